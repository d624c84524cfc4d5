"""Controls inside the article region: each heuristic alone, then through the pipeline."""
from __future__ import annotations

import pytest

import webclean
from webclean.document import Block
from webclean.strip.controls import repeated_control, strip_edit_link, tag_line


def _linked(i: int, text: str) -> Block:
    return Block(i, text, links=1, link_chars=len(text))


def test_repeated_control_take_a_linked_label_standing_alone_three_times() -> None:
    blocks = []
    for i, heading in enumerate(("形态特征", "分布范围", "生长习性")):
        blocks += [Block(3 * i, heading, heading=2), _linked(3 * i + 1, "编辑播报"),
                   Block(3 * i + 2, "水杉为高大乔木，成年树高可达三十五米以上。")]
    assert [b.text for b in repeated_control(blocks)] == ["编辑播报"] * 3
    assert repeated_control(blocks[:6]) == []                      # twice is not yet a pattern


def test_repeated_control_leave_refrains_headings_and_plain_occurrences() -> None:
    refrain = [Block(i, "风吹过") for i in range(4)]                 # a poem's refrain: no link
    assert repeated_control(refrain) == []
    headings = [Block(i, "相关链接", heading=3, links=1, link_chars=4) for i in range(3)]
    assert repeated_control(headings) == []
    mixed = [_linked(0, "回复"), _linked(1, "回复"), _linked(2, "回复"), Block(3, "回复")]
    assert repeated_control(mixed) == []                           # one plain occurrence: it is text here
    replies = [_linked(i, "回复，谢谢") for i in range(3)]           # punctuated: a short reply, not a control
    assert repeated_control(replies) == []


@pytest.mark.parametrize("text, expected", [
    ("词条标签：生物物种 ， 植物 ， 科学", True),
    ("文章标签： python pandas 数据清洗", True),
    ("关键词：城市更新 老旧小区 加装电梯", True),
    ("Tags: pandas, 数据清洗", True),
    ("#生活小妙招 #梅雨季", True),
    ("#话题一# #话题二#", True),
    ("标签：这次改造让居民们都很满意。", False),                      # a sentence after the label
    ("关于本次活动的关键词，大家讨论了很久，最后定为“共建”。", False),
    ("#1", False),
])
def test_tag_line(text: str, expected: bool) -> None:
    assert tag_line(Block(0, text)) is expected


def test_a_heading_is_never_a_tag_line() -> None:
    assert tag_line(Block(0, "关键词：城市更新 老旧小区", heading=2)) is False


@pytest.mark.parametrize("text, heading, after", [
    ("个人生活[编辑]", 3, "个人生活"),
    ("Early life [edit]", 2, "Early life"),
    ("經歷[編輯]", 2, "經歷"),
    ("[编辑]", 2, "[编辑]"),                      # nothing would be left: kept as it is
    ("编辑手记[编辑]", 0, "编辑手记[编辑]"),       # not a heading
])
def test_strip_edit_link(text: str, heading: int, after: str) -> None:
    block = Block(0, text, heading=heading)
    strip_edit_link(block)
    assert block.text == after


def test_encyclopedia_controls_through_the_pipeline() -> None:
    sections = "".join(
        f"<div class='para-title'><h2>{h}</h2><a href='#edit{i}'>编辑</a><a href='#play{i}'>播报</a></div>"
        f"<div class='para'>{p}</div>"
        for i, (h, p) in enumerate((
            ("形态特征", "水杉为高大乔木，成年树高可达三十五米以上，树干基部常膨大，幼树树冠呈尖塔形。"),
            ("分布范围", "野生水杉的天然分布范围十分狭窄，主要集中在湖北西南部、重庆东部和湖南西北部。"),
            ("生长习性", "水杉喜光，喜温暖湿润的气候，对土壤要求不严，但不耐长期干旱，也不宜种在积水洼地。"))))
    page = ("<html><head><title>水杉_百科</title></head><body><div class='main-content'>"
            "<div class='top-tool'><a href='#'>添加义项</a> <a href='#'>讨论</a> <a href='#'>收藏</a> 1532 有用+1</div>"
            "<h1>水杉</h1><div class='summary'>水杉是柏科水杉属的落叶乔木，也是该属现存的唯一物种，被称为活化石。</div>"
            + sections + "<div class='tag'>词条标签：生物物种 ， 植物 ， 科学</div></div></body></html>")
    rec = webclean.clean(page, url="https://baike.example.com/item/%E6%B0%B4%E6%9D%89")
    joined = "\n".join(rec.paragraphs)
    assert "形态特征" in rec.paragraphs and "水杉喜光" in joined
    assert "播报" not in joined and "词条标签" not in joined and "添加义项" not in joined
    rules = {r.rule for r in rec.removed}
    assert {"repeated_control", "tag_line", "above_headline_tools"} <= rules
    assert rec.page_kind == "other"


def test_table_of_contents_takes_the_heading_and_its_linked_list() -> None:
    from webclean.strip.controls import table_of_contents

    items = [_linked(i, f"{i}{h}") for i, h in enumerate(("形态特征", "分布范围", "生长习性"), start=1)]
    prose = Block(9, "水杉为高大乔木，成年树高可达三十五米以上。")
    for heading in ("目录", "目錄", "文章目录", "Contents"):
        assert [b.text for b in table_of_contents([Block(0, heading), *items, prose], 0)] == [heading] + [
            b.text for b in items]
    assert table_of_contents([Block(0, "目录"), items[0], prose], 0) == []           # one item: not a list
    assert table_of_contents([Block(0, "目录学概论"), *items], 0) == []              # a word that begins with 目录


def test_citation_lines_stay_in_the_body() -> None:
    from webclean.extract.body import citation_line

    assert citation_line("2.秋日里的水杉林 ．城市植物园 ．2021-10-18[引用日期2024-03-01]")
    assert citation_line("金鍾國台灣之家. [2017-04-13]. （原始内容存档于2019-07-01）.")
    assert not citation_line("市政府召开全市安全生产会议 2025-07-14")


ARTICLE = ("<p>土豆，听名字就“土”得掉渣。可这几天，在土豆产区，记者却看到了另外一番景象，种薯繁育中心里一片忙碌。</p>"
           "<p>走进智能温室，水汽扑面而来，放眼望去，翠绿的秧苗在箱体中亭亭玉立，工人们正在采收原原种。</p>")
NOTICE = ("<p>反侵权公告：</p>"
          "<p>根据《中华人民共和国著作权法》等法律法规，未经书面许可，擅自转载本报社作品的，将涉嫌侵权。</p>"
          "<p>一、任何单位或个人使用本报社原创内容，必须事先取得书面授权，并注明来源。</p>"
          "<p>陈律师（法律顾问）0432-62000000</p>")


def test_a_legal_notice_under_the_article_is_copyright() -> None:
    page = (f"<html><body><h1>土豆变身致富薯</h1><div class='article'>{ARTICLE}</div>"
            f"<div id='used'>{NOTICE}</div></body></html>")
    rec = webclean.clean(page)
    assert "反侵权公告：" not in rec.paragraphs and not any("陈律师" in p or "著作权法" in p for p in rec.paragraphs)
    assert [r.rule for r in rec.removed if r.kind == "copyright"].count("notice_section") == 4
    assert any("智能温室" in p for p in rec.paragraphs)


def test_a_notice_heading_inside_the_article_stays() -> None:
    # the same words as a subheading of an article about copyright share the article's container
    page = f"<html><body><h1>一份反侵权公告引发的讨论</h1><div class='article'>{ARTICLE}{NOTICE}</div></body></html>"
    rec = webclean.clean(page)
    assert "反侵权公告：" in rec.paragraphs
    assert not any(r.rule == "notice_section" for r in rec.removed)


@pytest.mark.parametrize("text, placeholder", [("正在加载...", True), ("加载中…", True), ("Loading...", True),
                                               ("载入中", True),
                                               ("正在加载的数据模型还需要一周才能完成训练，工程师们都在等。", False)])
def test_loading_placeholder(text: str, placeholder: bool) -> None:
    page = (f"<html><body><h1>标题</h1><div class='article'>{ARTICLE}<div class='player'><p>{text}</p></div>"
            "</div></body></html>")
    rec = webclean.clean(page)
    assert (text not in rec.paragraphs) is placeholder
    assert any(r.rule == "loading_placeholder" for r in rec.removed) is placeholder


@pytest.mark.parametrize("text, linked, back", [
    ("返回搜狐，查看更多", True, True), ("返回列表", True, True), ("« 返回上一页", True, True),
    ("返回搜狐，查看更多", False, False),                        # plain text, not a link
    ("返回家乡的路上，他看到了更多变化。", True, False),           # a sentence
])
def test_back_link(text: str, linked: bool, back: bool) -> None:
    body = f"<a href='/'>{text}</a>" if linked else text
    page = f"<html><body><h1>标题</h1><div class='article'>{ARTICLE}<p>{body}</p></div></body></html>"
    rec = webclean.clean(page)
    assert any(r.rule == "back_link" for r in rec.removed) is back


@pytest.mark.parametrize("text, attachment", [
    ("附件：2025年上半年重点项目清单.xls", True), ("附件2：申报表.docx", True), ("附件 项目申报指南.pdf", True),
    ("附件：项目清单", False),                                            # no file
    ("附件中的表格请各单位认真填写，并于7月20日前报送市发展改革委。", False),
])
def test_attachment_line(text: str, attachment: bool) -> None:
    page = f"<html><body><h1>标题</h1><div class='article'>{ARTICLE}<p>{text}</p></div></body></html>"
    rec = webclean.clean(page)
    assert any(r.rule == "attachment_line" for r in rec.removed) is attachment


@pytest.mark.parametrize("text, fold", [
    ("展开全文 打开APP，阅读全文", True), ("展开剩余80%", True), ("海量资讯、精准解读，尽在新浪财经APP", True),
    ("新浪财经APP", True), ("打开APP 查看更多精彩", True),
    ("这款APP上线三个月，下载量已经超过一千万次，用户评价普遍不错。", False),
])
def test_fold_and_app_controls(text: str, fold: bool) -> None:
    page = ("<html><head><title>土豆变身致富薯</title></head><body><h1>土豆变身致富薯</h1>"
            f"<div class='article'>{ARTICLE}<p>{text}</p></div></body></html>")
    rec = webclean.clean(page)
    assert (text not in rec.paragraphs) is fold     # an app prompt rule may take it first: gone either way
    from webclean.strip.controls import fold_control
    assert fold_control(Block(0, text)) is fold


@pytest.mark.parametrize("text, disclaimer", [
    ("新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，"
     "并不意味着赞同其观点或证实其描述。", True),
    ("免责声明：本文仅代表作者个人观点，与本站无关。", True),
    ("公司发布声明：经核查，网传的裁员消息不实，公司经营一切正常。", False),
])
def test_disclaimer_line(text: str, disclaimer: bool) -> None:
    page = ("<html><head><title>土豆变身致富薯</title></head><body><h1>土豆变身致富薯</h1>"
            f"<div class='article'>{ARTICLE}<p>{text}</p></div></body></html>")
    rec = webclean.clean(page)
    assert (text not in rec.paragraphs) is disclaimer
    from webclean.strip.controls import disclaimer_line
    assert disclaimer_line(Block(0, text)) is disclaimer


@pytest.mark.parametrize("text, tip", [("喜欢这篇文章，就请作者喝杯咖啡吧", True), ("赞赏 已有 38 人赞赏", True),
                                       ("打赏作者", True), ("他请作者喝了一杯咖啡，两人聊到深夜才散。", False)])
def test_tip_prompt(text: str, tip: bool) -> None:
    from webclean.strip.controls import tip_prompt
    assert tip_prompt(Block(0, text)) is tip


COMMENTS = ("<div class='list_li'><div class='WB_text'>"
            "<a href='/u/1'>青柠不加冰</a>：原来我们小区里天天在树上叫的是白头鹎！</div>"
            "<div class='WB_from'>7月15日 11:08 来自 iPhone客户端</div></div>"
            "<div class='list_li'><div class='WB_text'>"
            "<a href='/u/2'>河边跑步的老王</a>：求推荐一款入门望远镜，谢谢博主。</div>"
            "<div class='WB_from'>7月15日 12:30</div></div>")


def test_comments_without_a_comment_class_are_found_by_their_shape() -> None:
    page = (f"<html><head><title>土豆变身致富薯</title></head><body><h1>土豆变身致富薯</h1><div class='main_editor'>"
            f"<div class='article'>{ARTICLE}</div>{COMMENTS}</div></body></html>")
    rec = webclean.clean(page)
    assert not any("白头鹎" in p or "来自" in p for p in rec.paragraphs)
    assert [r.rule for r in rec.removed].count("speaker_comment") == 4
    kept = webclean.Cleaner(keep_comments=True).clean(page)
    assert any("白头鹎" in p for p in kept.paragraphs)


def test_an_interview_is_not_a_comment_list() -> None:
    qa = ("<p>记者：这些年最让您骄傲的是什么？</p><p>7月15日 12:30</p>"
          "<p>钟秀兰：是孩子们一个个走出大山，又有好几个回来当了老师。</p><p>7月15日 12:31</p>")
    page = f"<html><head><title>山村小学</title></head><body><h1>山村小学</h1><div>{ARTICLE}{qa}</div></body></html>"
    rec = webclean.clean(page)
    assert "记者：这些年最让您骄傲的是什么？" in rec.paragraphs


def test_items_of_a_related_list_element_without_a_heading() -> None:
    related = ("<div class='reviews related-reviews'>"
               "<h2><a href='/r'>《长夜将尽》的影评</a> · · · ( <a href='/all'>全部 328 条</a> )</h2>"
               "<div class='main-bd'><h3><a href='/review/1'>今年最好的国产现实题材，没有之一</a></h3>"
               "<p class='short-content'>首映场看的，片尾字幕出来的时候全场没有一个人起身，很久没有这样的体验了。</p>"
               "</div></div>")
    page = (f"<html><head><title>土豆变身致富薯</title></head><body><h1>土豆变身致富薯</h1><div class='review-content'>"
            f"{ARTICLE}</div>{related}</body></html>")
    rec = webclean.clean(page)
    assert {r.text for r in rec.removed if r.rule == "related_hint_item"} >= {"今年最好的国产现实题材，没有之一"}
    assert not any("最好的国产" in p for p in rec.paragraphs)


def test_platform_notices_in_chinese_and_english() -> None:
    from webclean.strip.controls import disclaimer_line
    assert disclaimer_line(Block(0, "特别声明：本文（含图片、视频）由自媒体平台“网易号”的用户上传发布，"
                                    "本平台只提供信息存储空间服务。"))
    assert disclaimer_line(Block(0, "Notice: this article was uploaded and published by a user; "
                                    "the platform only provides storage."))
    assert not disclaimer_line(Block(0, "Notice: the museum will close at 5 pm on Monday for maintenance."))


@pytest.mark.parametrize("text, counters", [
    ("综合评分 8.7（123人做过）", True), ("36人点赞", True), ("字数 2,345 阅读 1,234", True),
    ("十分钟快手家常菜 2.1万人收藏", True), ("07-16 18:22 赞 15", True), ("阅读 3266 · 评论 58", True),
    ("全市已有120万人关注这项改革。", False), ("关注", False), ("2345", False),
    ("截至目前，已有1200人报名参加", False), ("8.6 52310人评价", True), ("共有300多人评价这家店的服务。", False),
])
def test_counter_line(text: str, counters: bool) -> None:
    from webclean.strip.controls import counter_line
    assert (counter_line([Block(0, text)]) != []) is counters


def _control_pages() -> list[list[Block]]:
    """Blocks of every fixture page and corpus page, plus a page of hand-written controls."""
    from webclean import Cleaner

    from .conftest import FIXTURES, SHARED
    cleaner = Cleaner()
    paths = sorted((FIXTURES / "html").glob("*.html")) + sorted((FIXTURES / "text").glob("*.txt"))
    if (SHARED / "corpus" / "pages").is_dir():
        paths += sorted((SHARED / "corpus" / "pages").glob("*.html"))
    pages = [cleaner.inspect(p.read_bytes())[1].blocks for p in paths]
    for blocks in pages:            # the rules see the blocks as the stage does: open
        for b in blocks:
            b.label = b.rule = None
    examples = ["正在加载...", "附件2：申报表.docx", "展开全文 打开APP，阅读全文",
                "免责声明：本文仅代表作者个人观点，与本站无关。", "打赏作者", "关键词：城市更新 老旧小区",
                "#生活小妙招 #梅雨季", "反侵权公告：", "根据著作权法，未经许可不得转载。",
                "------分隔线----------------------------"]
    hand = [Block(i, t, container=i) for i, t in enumerate(examples)]
    n = len(hand)
    hand += [Block(n, "返回列表", links=1, link_chars=4), Block(n + 1, "目录"),
             Block(n + 2, "1形态特征", links=1, link_chars=4), Block(n + 3, "2分布范围", links=1, link_chars=4)]
    pages.append(hand)
    return pages


@pytest.mark.slow
def test_every_control_rule_takes_only_blocks_holding_its_cue() -> None:
    """The stage tries the run and block rules only on blocks the cue scan finds: every block a rule
    takes, on every fixture and corpus page, holds a word of the rule's cue."""
    from webclean.strip.controls import BLOCK_RULES, RUN_RULES, Cue, cue_pattern
    fired: set[str] = set()
    for blocks in _control_pages():
        for i, block in enumerate(blocks):
            for rule in BLOCK_RULES:
                if rule.test(block):
                    fired.add(rule.name)
                    assert cue_pattern(rule.needs).search(block.text), (rule.name, block.text)
            for rule in RUN_RULES:
                if rule.test(blocks, i):
                    fired.add(rule.name)
                    assert cue_pattern(rule.needs).search(block.text), (rule.name, block.text)
            if block.heading and strip_edit_link(Block(0, block.text, heading=block.heading)):
                assert cue_pattern(Cue.EDIT).search(block.text), block.text
    assert fired == {rule.name for rule in BLOCK_RULES + RUN_RULES}   # every rule met a block it takes


def test_every_control_rule_is_named_by_its_function() -> None:
    from webclean.strip import controls
    rules = controls.PAGE_RULES + controls.RUN_RULES + controls.BLOCK_RULES
    assert len({r.name for r in rules}) == len(rules)
    for rule in rules:
        assert getattr(controls, rule.name) is rule.test, rule.name


def test_a_media_players_controls_are_not_the_article() -> None:
    labels = ("00:00/00:00", "倍速", "2.0X", "1.5X", "高清", "标清")
    controls = "".join(f"<div class='playercontrol box'>{c}</div>" for c in labels)
    page = (f"<html><body><h1>标题</h1><div class='article'><div class='mplayer playercontainer'>{controls}</div>"
            f"{ARTICLE}</div></body></html>")
    rec = webclean.clean(page)
    assert not any(p in ("倍速", "2.0X", "高清") for p in rec.paragraphs)
    assert {r.text for r in rec.removed if r.rule == "player_control"} >= {"倍速", "2.0X", "高清", "00:00/00:00"}


def test_a_code_boxs_line_numbers_are_no_text() -> None:
    from webclean.strip.controls import line_number_gutter
    box = [Block(0, "运行下面的代码即可。"), Block(1, "1"), Block(2, "2"), Block(3, "3"),
           Block(4, "import requests"), Block(5, "r = requests.get(url)"), Block(6, "print(r.status_code)")]
    assert [b.index for b in line_number_gutter(box)] == [1, 2, 3]
    pager = [Block(1, "1", links=1, link_chars=1), Block(2, "2", links=1, link_chars=1), Block(3, "下一页")]
    assert line_number_gutter(pager) == []                  # a pager's numbers are links
    sample = [Block(0, "范例输入："), Block(1, "3"), Block(2, "265"), Block(3, "111")]
    assert line_number_gutter(sample) == []                 # a sample's figures do not count from 1


@pytest.mark.parametrize("text, expected", [
    ("以上信息是否解决了您的问题", True),
    ("对你是否有帮助？", True),
    ("这篇文章对您有帮助吗？ 有帮助(128) 没帮助(3)", True),
    ("市民可拨打热线，问题是否解决了您的问题都可以在三个工作日内得到答复并公开处理结果。", False),   # a sentence
])
def test_a_help_pages_feedback_box_is_no_text(text: str, expected: bool) -> None:
    from webclean.strip.controls import feedback_prompt
    assert feedback_prompt(Block(0, text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("如遇日历牌无法正常显示，为IE版本兼容问题造成。请将您的浏览器设置为兼容模式，或选择其它浏览器查看本页面。", True),
    ("為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。", True),
    ("（建议使用1024×768分辨率 IE70以上版本浏览器）", True),
    ("因为浏览器不支持文件系统，所以 template(filename, data) 不支持传入文件路径。", False),   # a manual's sentence
    ("(如有符号显示不正常，请更换浏览器或操作系统浏览。)", False),                          # the article's own note
    ("这款浏览器主打隐私保护，建议使用者定期清理缓存。" * 6, False),                         # too long for a notice
])
def test_a_notice_about_the_readers_browser_is_no_text(text: str, expected: bool) -> None:
    from webclean.strip.controls import browser_notice
    assert browser_notice(Block(0, text)) is expected


def test_a_back_link_run_into_the_last_line_is_cut_and_the_editor_read() -> None:
    # 搜狐号: <p>责任编辑：李弘宇<a href="//www.sohu.com/?strategyid=00001">返回搜狐，查看更多</a></p>
    text = "".join(f"<p>{p}</p>" for p in ("直升机当天在山区执行救援任务，成功转运两名受伤的登山者。",
                                             "救援人员表示，山区天气多变，提醒市民出行前关注天气预报。"))
    page = (f"<html><body><h1>直升机山区救援</h1><article>{text}<p>责任编辑：李弘宇"
            "<a href='https://www.sohu.com/?spm=smpc'>返回搜狐，查看更多</a></p></article></body></html>")
    record = webclean.clean(page)
    assert record.editor == "李弘宇"
    assert "返回搜狐" not in record.body
    assert any(r.rule == "back_link" and r.text == "返回搜狐，查看更多" for r in record.removed)


def test_badge_links_after_names_are_cut_from_the_sentence() -> None:
    page = ("<html><body><h1>杨紫为张一山送画</h1><p>新浪娱乐讯 5月5日是张一山<a href='https://weibo.com/u/1'>[微博]</a>"
            "的生日，好友杨紫<a href='https://weibo.com/u/2'>[微博]</a>都在微博为其送上生日祝福，十分热闹。</p>"
            "<p>网友们则乐得看这几个朋友隔空互怼，纷纷留言称这样的友情真好，还有人说要收藏这幅画。</p></body></html>")
    record = webclean.clean(page)
    assert record.body.startswith("新浪娱乐讯 5月5日是张一山的生日，好友杨紫都在微博为其送上生日祝福")
    assert sum(r.rule == "badge_link" for r in record.removed) == 2


def test_a_dedecms_vote_box_and_separator_line_are_no_text_but_a_bumping_reply_is() -> None:
    from webclean.strip.controls import separator_line, vote_box
    box = [Block(i, t) for i, t in enumerate(["顶一下", "(0)", "0%", "踩一下", "(0)", "0%"])]
    assert [b.index for b in vote_box(box)] == [0, 1, 2, 3, 4, 5]
    assert vote_box([Block(0, "顶一下"), Block(1, "楼主说得对，支持一下")]) == []   # a reply on a forum
    assert separator_line(Block(0, "------分隔线----------------------------"))
    assert not separator_line(Block(0, "分隔线在排版中用来区分不同的内容区域。"))


@pytest.mark.parametrize("text, expected", [
    ("原文地址：https://zhuanlan.zhihu.com/p/37237106", True),             # a repost's original
    ("本文地址：/a/redianzhuanti/2018/0805/115.html", True),               # DedeCMS's permalink
    ("文章链接: https://dklyj.github.io/2020/11/13/senlinfanghuo/", True),  # a Hexo theme's licence box
    ("本文地址：北京市朝阳区建国路88号", False),                            # a street address
    ("原文地址：https://zhuanlan.zhihu.com/p/37237106 作者认为汇率将继续走低。", False),   # more than the link
])
def test_a_posts_address_printed_under_it_is_no_text(text: str, expected: bool) -> None:
    from webclean.strip.controls import permalink_line
    assert permalink_line(Block(0, text)) is expected
