"""Tests for webclean.extract.bylines heuristics added for multi-name credits (each tested alone)."""
from __future__ import annotations

import pytest

import webclean
from webclean.document import Block, Document
from webclean.extract import bylines
from webclean.extract.bylines import parse_credits

PROSE = ("近年来，下岗职工这一社会群体作为改革成本的承担者越来越引人注目，"
         "他们的生活保障和再就业问题成为社会关注的焦点。")


def test_person_list_joins_names():
    assert bylines.person_list("赵延东、风笑天") == "赵延东、风笑天"
    assert bylines.person_list("常书香 马丹阳 ") == "常书香、马丹阳"
    assert bylines.person_list("李明，王芳，张伟") == "李明、王芳、张伟"
    assert bylines.person_list("茉莉") == "茉莉"


def test_person_list_rejects_non_names():
    assert bylines.person_list("本报 通讯员") is None          # labels, not names
    assert bylines.person_list("新华社 人民网") is None        # outlets
    assert bylines.person_list("两岸关系与区域合作") is None    # a phrase longer than a name
    assert bylines.person_list("张三 2025年") is None
    assert bylines.person_list("") is None


def test_name_under_headline_takes_a_list_of_authors():
    blocks = [Block(0, "社会资本与再就业研究"), Block(1, "赵延东、风笑天"), Block(2, PROSE)]
    assert bylines.name_under_headline(blocks, 0) == "赵延东、风笑天"


def test_name_under_headline_needs_prose_after_the_list():
    blocks = [Block(0, "社会资本与再就业研究"), Block(1, "赵延东、风笑天"), Block(2, "目录")]
    assert bylines.name_under_headline(blocks, 0) is None


def test_trailing_byline_with_two_bare_names():
    doc = Document("")
    doc.blocks = [Block(0, "大家在红纸四周剪出了祝福语，表达了过一个平安祥和新春佳节的心愿。（常书香 马丹阳 ）")]
    assert bylines.trailing_byline(doc, doc.blocks)
    assert doc.value("author") == "常书香、马丹阳"
    assert doc.blocks[0].text.endswith("新春佳节的心愿。")


def test_trailing_byline_place_report_is_not_a_second_name():
    doc = Document("")
    doc.blocks = [Block(0, "会议还讨论了明年的工作安排，与会代表一致表示支持。（姚峰 上海报道）")]
    assert bylines.trailing_byline(doc, doc.blocks)
    assert doc.value("author") == "姚峰"


@pytest.mark.parametrize("text, author", [
    ("經濟壓力讓她兩度萌生自殺的念頭，所幸皆讓么女發現，送醫挽回一命。報導．攝影╱韓旭爾", "韓旭爾"),
    ("必須每天在幼稚園課後接到醫院同住的心疼。報導•攝影╱楊光翔", "楊光翔"),
    ("他在会上介绍了新的工作方案。整理／张小明", "张小明"),
    ("医生建议回家观察，暂无异常。 □记者 王芃", "王芃"),     # a reporter's label and name, set off by a box
    ("会议由市委书记主持。通讯员 李华", "李华"),
    ("赵本山特别强调徒弟要好好做人。首席记者 肖杨", "肖杨"),          # a rank before the label (腾讯娱乐 2008)
    ("市民可以到现场报道/王明", None),                     # no sentence closes before the roles
    ("他说：“记者到场报道。”报道团队/新华社", None),         # not a role and a name
])
def test_trailing_role_credit_closes_the_lead(text: str, author: str | None) -> None:
    doc = Document("")
    doc.blocks = [Block(0, text)]
    assert bylines.trailing_byline(doc, doc.blocks) is (author is not None)
    assert doc.value("author") == author
    if author:
        assert doc.blocks[0].text.endswith("。")


def test_trailing_bare_names_after_prose_without_full_stop_are_left():
    doc = Document("")
    doc.blocks = [Block(0, "本次活动的合作单位包括多所学校和（市图书馆 文化馆）")]
    assert not bylines.trailing_byline(doc, doc.blocks)
    assert doc.value("author") is None


def test_person_list_rejects_credit_words_and_set_phrases():
    assert bylines.person_list("摄影 张三") is None           # a labelled photo credit
    assert bylines.person_list("坚持创新 推动发展") is None     # a subtitle of four-character phrases
    assert bylines.person_list("文字 李四、王五") is None


def test_trailing_photo_credit_is_not_an_author():
    doc = Document("")
    doc.blocks = [Block(0, "活动现场气氛热烈，大家纷纷合影留念。（摄影 张三）")]
    assert not bylines.trailing_byline(doc, doc.blocks)


def _post(header: str, poster: Block | None = None) -> list[Block]:
    top = [poster] if poster is not None else []
    return top + [Block(1, "帖子 326 积分 1208"), Block(2, "周末环湖骑行路线分享", heading=1), Block(3, header),
                  Block(4, PROSE)]


def test_thread_starter_is_the_linked_poster_above_the_headline():
    blocks = _post("发表于 2025-05-12 21:36 | 只看该作者", Block(0, "风吹麦浪", links=1, link_chars=4))
    assert bylines.thread_starter(blocks, 2) == "风吹麦浪"


def test_thread_starter_needs_the_post_header():
    blocks = _post("2025-05-12 21:36 来源：某某网", Block(0, "风吹麦浪", links=1, link_chars=4))
    assert bylines.thread_starter(blocks, 2) is None


def test_thread_starter_needs_a_linked_name():
    assert bylines.thread_starter(_post("发表于 2025-05-12 21:36", Block(0, "风吹麦浪")), 2) is None
    admin = Block(0, "管理员", links=1, link_chars=3)
    assert bylines.thread_starter(_post("发表于 2025-05-12 21:36", admin), 2) is None
    assert bylines.thread_starter(_post("发表于 2025-05-12 21:36", Block(0, "户外骑行论坛版块", links=1, link_chars=8)),
                                  2) is None


@pytest.mark.parametrize("line,source", [
    ("发布时间：2025-04-02 09:30 来源：县水利局 浏览次数：328", "县水利局"),
    ("来源：县水利局 点击数：56", "县水利局"),
    ("來源：中央社 瀏覽次數：1,024", "中央社"),
    ("来源: 人民网  访问量：99 次", "人民网"),
])
def test_view_counters_end_the_source_value(line, source):
    assert parse_credits(line)["source"] == source


@pytest.mark.parametrize("tail", ["（北京 上海）", "（中国 美国）", "（北京）", "（宁波）", "（上海 报道）", "（供稿）",
                                  "（国务院 教育部）", "（春节 元宵）"])
def test_places_bodies_and_credit_words_in_a_closing_bracket_are_not_authors(tail):
    import webclean
    page = ("<html><head><title>市里召开会议_某网</title></head><body><h1>市里召开会议</h1>"
            "<p>会议强调，要进一步做好民生工作，推动城市高质量发展，让人民群众有更多获得感。</p>"
            f"<p>会议要求各部门抓好落实，确保各项任务按期完成。{tail}</p></body></html>")
    assert webclean.clean(page).author is None


def test_names_in_a_closing_bracket_are_authors():
    import webclean
    page = ("<html><head><title>市里召开会议_某网</title></head><body><h1>市里召开会议</h1>"
            "<p>会议强调，要进一步做好民生工作，推动城市高质量发展，让人民群众有更多获得感。</p>"
            "<p>会议要求各部门抓好落实，确保各项任务按期完成。（张明 李华）</p></body></html>")
    assert webclean.clean(page).author == "张明、李华"


def test_common_words_tells_places_from_names():
    assert bylines.common_words(["上海", "广州", "深圳"]) and bylines.common_words(["国务院", "教育部"])
    assert not bylines.common_words(["赵延东", "风笑天"]) and not bylines.common_words(["张三", "李娜"])


def test_wen_is_a_label_only_with_its_slash_or_colon() -> None:
    body = "社区活动\n近日，社区新时代文明实践站开展主题志愿服务活动，吸引了众多居民前来参加。\n"
    assert webclean.clean(body + "(文明西青)\n").author != "明西青"
    assert webclean.clean(body + "居民纷纷表示此次活动很有意义。(文/李明)\n").author == "李明"


@pytest.mark.parametrize("credit", ["文图/王小明", "(文圖/王小明)", "图文/王小明", "文图：王小明", "文/图 王小明"])
def test_text_and_pictures_labels_credit_the_author(credit: str) -> None:
    page = ("学校举行开学典礼\n" + credit + "\n9月1日上午，某某市第一中学举行新学期开学典礼，全校师生两千余人参加。"
            "校长在讲话中勉励同学们珍惜时光，努力学习。\n")
    rec = webclean.clean(page)
    assert rec.author == "王小明" and rec.title == "学校举行开学典礼"


def test_a_picture_storys_title_after_tuwen_is_no_author() -> None:
    page = ("蔡健雅\n蔡健雅，新加坡华语流行乐女歌手、音乐人，代表作品有《红色高跟鞋》。\n参考资料\n"
            "30. 图文：蔡健雅香港开唱--香港演唱会 ．新浪[引用日期2014-05-19]\n")
    assert webclean.clean(page).author is None


def test_a_label_on_its_own_line_takes_its_value_from_the_next_line_of_a_text_page() -> None:
    import webclean
    page = ("某某县开展防汛演练\n2024-06-01 09:30\n来源：\n河北日报\n责任编辑：\n倪仕轩\n"
            "6月1日上午，某某县在城西河段开展防汛应急演练，县应急、水利、消防等部门共三百余人参加，"
            "演练模拟了堤坝管涌、人员被困等险情。\n")
    rec = webclean.clean(page)
    assert (rec.source, rec.editor) == ("河北日报", "倪仕轩")
    assert "河北日报" not in rec.body and "倪仕轩" not in rec.body
    # a label left empty over a button or a caption takes nothing from it
    empty = page.replace("倪仕轩", "首赞").replace("河北日报", "会议指出，要把防汛责任落到实处。")
    rec = webclean.clean(empty)
    assert rec.source is None and rec.editor is None


def test_a_writer_credit_naming_an_outlet_gives_the_source_and_a_name_before_reported_the_author() -> None:
    import webclean
    prose = "黑莓制造商RIM今天向开发者提供了新的原型机，这款设备放弃了物理键盘，采用全触摸屏设计，售价尚未公布。"
    page = ("<html><head><title>RIM向开发者提供新原型机</title></head><body><h1>RIM向开发者提供新原型机</h1>"
            "<div class='byline'>{}</div><p>{}</p><p>{}</p></body></html>")
    rec = webclean.clean(page.format("文/搜狐IT", prose, prose))
    assert (rec.author, rec.source) == (None, "搜狐IT")
    rec = webclean.clean(page.format("ERIK ECKHOLM 报道 2012年08月02日", prose, prose))
    assert rec.author == "ERIK ECKHOLM" and rec.published.isoformat().startswith("2012-08-02")


def test_a_tables_header_row_credits_nobody() -> None:
    # 南京大学小百合 board: the header row of the thread table holds the label 作者 among its column heads
    assert "author" not in bylines.parse_credits("序号\t状态\t作者\t\t日期\t标题\t人气")
    assert bylines.parse_credits("作者 王明 李华") == {"author": "王明 李华"}
    assert bylines.parse_credits("Posted by K A at 12:11 PM") == {"author": "K A"}


@pytest.mark.parametrize("text, end, credits", [
    ("【供稿/党委学工部】为提高新进辅导员业务能力和专业素养，学校召开了座谈会。", 10, {"source": "党委学工部"}),
    ("（作者：李晓云）本周末市图书馆将举办一场面向小学生的科普讲座，欢迎家长带孩子参加。", 8, {"author": "李晓云"}),
    ("（编辑：小何）返回搜狐，查看更多", None, None),                                 # no prose after the bracket
    ("【独家】为提高新进辅导员业务能力，学校于12月9日召开了新老辅导员座谈会。", None, None),   # no credit in it
    ("（2024年5月1日）今天上午，市图书馆举办了一场面向小学生的科普讲座，家长们都来了。", None, None),   # a time
])
def test_credit_prefix_reads_a_bracketed_credit_opening_prose(text: str, end: int | None, credits) -> None:
    found = bylines.credit_prefix(text)
    assert (found is None) is (end is None)
    if found:
        assert found == (end, credits)


def test_a_credit_opening_the_first_paragraph_is_cut_and_the_paragraph_kept() -> None:
    html = ("<html><body><h1>学院召开新学期教学工作会议</h1>"
            "<p>发布时间：2024-03-01</p>"
            "<div class='article'><p>【供稿/管理学院 黄小明】2月28日下午，管理学院在行政楼会议室"
            "召开新学期教学工作会议，全体教师参加会议。</p><p>会上，院长对本学期的教学安排作了部署，要求各系认真落实教学计划，"
            "做好开学第一课的准备工作。</p></div></body></html>")
    rec = webclean.Cleaner().clean(html.encode())
    assert rec.body.startswith("2月28日下午，管理学院")
    assert (rec.author, rec.source) == ("黄小明", "管理学院")
    assert any(r.rule == "credit_prefix" and r.text == "【供稿/管理学院 黄小明】" for r in rec.removed)


@pytest.mark.parametrize("text, author", [
    ("（常书香 马丹阳 ）", "常书香、马丹阳"),    # reporters of local news, by their surnames
    ("（級分制）", None),                       # a note in brackets: no surname, no writer
    ("（資料照）", None),
])
def test_a_bare_bracket_names_people_by_their_surnames(text: str, author: str | None) -> None:
    doc = Document("")
    doc.blocks = [Block(0, "今年的比赛分成三轮进行，每轮的成绩单独计算。"), Block(1, text)]
    bylines.trailing_byline(doc, doc.blocks[1:])
    assert doc.value("author") == author


def test_a_lone_letter_is_no_writer() -> None:
    assert parse_credits(", by Q (Dec 22)") == {"author": "Q"}   # a reply's signature, read as a credit
    assert not bylines.valid_person("Q") and not bylines.valid_person("Q.")
    assert bylines.valid_person("K A") and bylines.valid_person("QQ")


@pytest.mark.parametrize("line, credits", [
    ("原创：39健康网2024-04-23 12:27:25", {"source": "39健康网"}),   # an outlet's own piece, its date glued on
    ("原創：張小明", {"author": "張小明"}),
    ("原创 闲云野鹤", {}),                                             # a self-media post's badge, no label
    ("作者：王小明2024-05-01 10:20", {"author": "王小明"}),
])
def test_original_work_credits_its_maker_and_a_glued_date_is_cut(line: str, credits: dict) -> None:
    assert parse_credits(line) == credits


@pytest.mark.parametrize("row, credits", [
    ("來源\t民主進步黨中央黨部 政策委員會", {"source": "民主進步黨中央黨部 政策委員會"}),   # two cells
    ("作者\t张小明\t日期\t2024-05-01", {"author": "张小明", "date": "2024-05-01"}),
    ("序号\t状态\t作者\t日期\t标题\t人气", {}),                                          # a header row
    ("来源 新华社", {}),                                   # a space is no cell boundary: a source label needs its colon
])
def test_a_label_filling_a_table_cell_reads_the_next_cell(row: str, credits: dict) -> None:
    assert parse_credits(row) == credits


def test_a_writers_name_over_the_first_paragraph_past_a_tool_row_is_the_author() -> None:
    text = ("如何推动区域经贸合作\n正文\n网友评论\n友善列印\n李武忠\n"
            "九合一选举揭晓，执政党遭到空前挫败，选前虽然大打经济牌，但似乎没有发生预期的效果。\n"
            "选举的结果让许多人对继续推动加入区域经贸合作组织感到悲观。其实危机就是转机。\n")
    assert webclean.Cleaner().clean(text.encode()).author == "李武忠"
    shared = text.replace("李武忠", "易信")                      # a share bar's platform, not a writer
    assert webclean.Cleaner().clean(shared.encode()).author is None


def test_the_editor_who_chose_the_piece_is_its_editor() -> None:
    assert parse_credits("来源:新华社 作者:周小政 韩洁 高攀 选稿:王珂然") == {
        "source": "新华社", "author": "周小政 韩洁 高攀", "editor": "王珂然"}
    assert parse_credits("上海奉贤 选稿：许文杰") == {"editor": "许文杰"}


def _page(*lines: str) -> bytes:
    head = "<html><head><title>新建的公交电子站牌投入使用</title></head><body><h1>新建的公交电子站牌投入使用</h1>"
    return (head + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>").encode()


def test_a_label_value_running_on_into_a_sentence_gives_only_the_names_it_opens_with() -> None:
    # the label's value runs on past the name into the reprint note after it
    page = _page(PROSE, PROSE, "原创文章，作者：周明，如若转载，请注明出处")
    assert webclean.Cleaner().clean(page).author == "周明"
    # a unit or title before the name is not a name
    assert webclean.Cleaner().clean(_page("作者：《江北企业家》记者 林涛", PROSE, PROSE)).author == "林涛"
    assert bylines.leading_names(["无戒", "有人说婚姻是爱情的坟墓。而于我来说"]) == ["无戒"]


def test_a_quotation_or_a_sentence_after_a_label_is_no_credit() -> None:
    said = "站长告诉记者：“互联网+的新时代，智慧公交将全面提速升级，市民看到的首个电子站牌已投入试运行。”"
    assert parse_credits(said) == {}
    assert webclean.Cleaner().clean(_page(said, PROSE, PROSE)).author is None
    assert parse_credits("汽车之家-原创：第二增加驾驶者的用户体验和安全系数。 哈弗的全新系统首次搭载") == {}


@pytest.mark.parametrize("line, source", [
    ("2012-12-13 17:31:30 来源：鲁网综合 查看评论 进入光明网BBS 手机看新闻", "鲁网综合"),   # a button ends it
    ("发布日期：2024-06-13 来源：教育部 下载 收藏", "教育部"),
    ("2020年07月04日 12:10 来源：求是网参与互动", "求是网"),              # a long button glued to it
    ("发布时间：2025-06-03 来源：浙江监管局 文章类型：原创", "浙江监管局"),
    ("来源：青木科技说 浙江 举报", "青木科技说"),                          # the IP region and a button
    ("來源：民主進步黨中央黨部 政策委員會", "民主進步黨中央黨部 政策委員會"),   # two words, no button
])
def test_the_page_buttons_after_a_source_are_cut(line: str, source: str) -> None:
    assert parse_credits(line)["source"] == source


def test_a_placeholder_from_the_internet_is_no_source() -> None:
    assert not bylines.valid_source("来自网络") and bylines.valid_source("教育部")


@pytest.mark.parametrize("word", ["收起", "菜单", "Login", "Powered", "Friday", "展開", "分享到", "November", "About"])
def test_interface_words_are_no_writer(word: str) -> None:
    assert not bylines.valid_person(word)
    page = ("<html><head><title>关系亲密的人之间要说谢谢吗</title></head><body><h1>关系亲密的人之间要说谢谢吗</h1>"
            f"<div class='author'>{word}</div><p>{PROSE}</p><p>{PROSE}</p></body></html>")
    assert webclean.Cleaner().clean(page.encode()).author is None


def test_a_web_address_is_no_source_and_a_file_name_no_writer() -> None:
    page = ("<html><head><title>浏览器新版本发布</title></head><body><h1>浏览器新版本发布</h1>"
            f"<p>{PROSE}</p><p>{PROSE}</p><p>原创文章，作者：周明，如若转载，请注明出处：https://example.cn/news/1.html</p>"
            "</body></html>")
    record = webclean.Cleaner().clean(page.encode())
    assert record.author == "周明" and record.source is None
    assert not bylines.valid_source("www.example.cn") and bylines.valid_source("新华网")
    from webclean.core.names import person_plausibility
    assert person_plausibility("google.JPG") == 0.0 and person_plausibility("Shannon Farrell") > 0


def test_an_english_byline_word_is_cut_from_the_writers_name() -> None:
    from webclean.extract.candidates import without_by
    assert without_by("By Shannon Farrell") == "Shannon Farrell" and without_by("Byron Lee") == "Byron Lee"


def test_an_outlets_desk_after_a_surname_like_character_is_no_person() -> None:
    # 鲁 is a surname, but 鲁网综合 closes with the word 综合: the source slot keeps it
    assert parse_credits("2012-12-13 17:31:30 来源：鲁网综合 查看评论")["source"] == "鲁网综合"
    page = ("<html><head><title>谢娜成微博女王</title></head><body><h1>谢娜成微博女王</h1>"
            f"<p>2012-12-13 17:31:30 来源：鲁网综合 查看评论</p><p>{PROSE}</p><p>{PROSE}</p></body></html>")
    assert webclean.Cleaner().clean(page.encode()).source == "鲁网综合"


@pytest.mark.parametrize("line, credits", [
    ("文丨政能亮特约评论员 韩涵", {"author": "韩涵"}),      # a Han stroke for the colon of a self-media byline
    ("作者丨张三丨编辑丨李四", {"author": "张三", "editor": "李四"}),
    ("文 | 张三", {"author": "张三"}),
    ("来源丨新华社", {"source": "新华社"}),
])
def test_a_bar_stands_for_the_labels_colon(line: str, credits: dict) -> None:
    assert parse_credits(line) == credits


def test_a_credit_naming_only_posts_gives_no_author():
    # a commentary closing with its writer's posts alone (sjtu.edu.cn reprint of a 求是 article): the posts are
    # no person, and a person addressed by a title still is
    from webclean.core.names import names_offices_only, person_plausibility
    page = ("<html><head><title>坚定中国特色世界一流大学建设的道路自信</title></head><body>"
            "<h1>坚定中国特色世界一流大学建设的道路自信</h1>"
            + "<p>中国特色世界一流大学必须面向国际前沿，推动人类进步，方才成为世界一流。</p>" * 6
            + "<p>（作者：上海市人大常委会副主任、上海交通大学党委书记）</p></body></html>")
    assert webclean.clean(page).author is None
    assert names_offices_only("北京大学中文系主任") and person_plausibility("北京大学中文系主任") == 0.0
    assert not names_offices_only("张伟教授") and not names_offices_only("王主任")


def test_the_editor_in_charge_labelled_with_its_person_word() -> None:
    # 凤凰网 writes 责任编辑人：姜君 PN151 (the label with 人, the staff code after the name)
    para = "员工大会期间，公司负责人回顾了过去一年的工作，并对新一年的发展提出了要求和期望，现场气氛热烈。"
    page = ("<html><head><title>年会演讲节选</title></head><body><h1>年会演讲节选</h1>"
            f"<div class='main'><p>{para}</p><p>{para}</p></div><div class='zb'>责任编辑人：姜君 PN151</div>"
            "</body></html>")
    assert webclean.clean(page).editor == "姜君"
    assert parse_credits("责任编辑人：姜君 PN151") == {"editor": "姜君 PN151"}


def test_a_reprints_source_line_names_its_writers_after_the_day() -> None:
    # a university news site's reprint: 来源：<paper> <day> <writers>
    found = parse_credits("来源：中国教育报 2015-1-2 施剑松 宋伟涛")
    assert found == {"author": "施剑松、宋伟涛", "source": "中国教育报"}
    assert parse_credits("来源：《人民日报》2015-2-12 董洪亮") == {"source": "人民日报", "author": "董洪亮"}
    assert parse_credits("来源：人民日报 2015-2-12 评论") == {"source": "人民日报"}     # a column, nobody
    assert parse_credits("作者：李四 来源：光明日报 2015-3-17 钱颖一")["author"] == "李四"   # the label wins


def test_a_capitalised_by_at_a_lines_start_credits_the_writer_but_not_inside_an_english_line():
    # a blog's byline under its headline (By 刘未鹏); a footer's "Theme By …" stays no credit
    assert parse_credits("By 刘未鹏") == {"author": "刘未鹏"}
    assert parse_credits("Theme By Foo") == {} and parse_credits("文章 By 张三") == {}


def test_a_head_author_in_latin_letters_counts_when_the_page_shows_it() -> None:
    # a Taiwan blog names its writer in <meta name="author"> and in its side bar; a government page's meta names
    # its developer, whom the page never shows; a month in the date line is no name
    para = "這次參加黑客松的經驗非常特別，我們在四十八小時內完成了一個資安工具的原型，也認識了很多新朋友。"
    def page(meta: str, shown: str) -> str:
        return (f"<html><head><title>黑客松心得</title><meta name='author' content='{meta}'></head><body>"
                f"<article><h1>黑客松心得</h1><div class='meta'><a href='/archives/2016/01'>Jan</a> 25, 2016 in "
                f"<a href='/blog'>Blog</a></div><p>{para}</p><p>{para}</p></article>"
                f"<aside><h4>{shown}</h4></aside></body></html>")
    assert webclean.clean(page("Theo Chen", "Theo Chen")).author == "Theo Chen"
    assert webclean.clean(page("Dilly Ho", "關於本站")).author is None
    assert parse_credits("By Allison Schrager") == {}   # an English byline is left to the head's author


@pytest.mark.parametrize("meta,footer,author", [
    ("刘文谈谈时尚", "", None),                   # an account the page never prints: the platform's, not the writer's
    ("刘文谈谈时尚", "<p>刘文谈谈时尚</p>", "刘文谈谈时尚"),
    ("王明", "", "王明"),                         # a name with its surname counts unprinted
    ("longitude", "", None),                      # FT partner content's research agency
    ("品牌策划：神州互动", "<p>品牌策划：神州互动</p>", None),   # 21cn-highway.com credits the agency that built it
    ("作者：王明", "<p>王明</p>", "王明"),         # a writer's label in the value keeps its name
])
def test_a_head_author_is_a_printed_name_not_another_credit(meta: str, footer: str, author: str | None) -> None:
    para = "今天上午，市政府召开新闻发布会，介绍了今年以来全市经济社会发展的主要情况，并回答了记者提问。"
    page = (f"<html><head><title>发布会</title><meta name='author' content='{meta}'></head><body>"
            f"<h1>市政府召开发布会</h1><p>2025-05-20 09:31</p><p>{para}</p><p>{para}</p>"
            f"<div class='footer'>{footer}</div></body></html>")
    assert webclean.clean(page).author == author


TW_LEAD = ("<p>文化機構保存了許多獨特藏品，也有關於藏品的豐富知識、活動展覽消息，以及訪客的資訊與回饋記錄。</p>"
           "<p>2011年九月，荷蘭開展「開放文化資料」計畫，希望能開放文化資料以激發更多有用且創新的應用程式產生。</p>")


@pytest.mark.parametrize("line,writer", [("柯俊如 /文", "柯俊如"), ("黃泰然／文", "黃泰然"), ("王小明 撰文", "王小明")])
def test_name_then_writer_label_credits_the_writer(line: str, writer: str) -> None:
    # creativecommons.tw sets the writer's name first and the label after it, on a line under the date
    page = (f"<html><body><h1>荷蘭開放文化資料促成多元應用程式產生</h1><p>2015-11-05</p><div>{line}</div>{TW_LEAD}"
            "</body></html>")
    record = webclean.clean(page)
    assert record.author == writer
    assert not record.body.startswith(writer)


@pytest.mark.parametrize("line", ["散文", "中英對照／文", "柯俊如 /文 2015-11-05 更多"])
def test_name_then_label_needs_a_name_and_nothing_else(line: str) -> None:
    assert bylines.name_then_label(line) is None


def test_a_name_in_two_scripts_beside_the_date_is_the_writer() -> None:
    # a Hexo theme's date list: <ul class="post-date"><li>2017-06-02</li><li>Liu, An-Chi 劉安齊</li></ul>
    page = ("<html><body><article class='post'><h2 class='post-title'>紀錄面試經驗──Tymphany</h2>"
            "<ul class='post-date'><li>2017-06-02</li><li>Liu, An-Chi 劉安齊</li></ul>"
            f"<div class='post-content'>{TW_LEAD}</div></article></body></html>")
    assert webclean.clean(page).author == "Liu, An-Chi 劉安齊"


def test_a_writer_credited_with_his_posts_after_a_comma() -> None:
    # 新浪科技《科学大家》: 撰文| 苟利军，中国科学院国家天文台研究员，… (the posts after the name are no speech)
    line = "撰文| 苟利军，中国科学院国家天文台研究员，恒星级黑洞研究团组首席科学家"
    assert parse_credits(line) == {"author": "苟利军"}
    assert parse_credits("记者：这件事情您是怎么看待的，能谈谈吗") == {}


def test_a_heading_under_the_headline_is_no_writers_name() -> None:
    # Hexo Butterfly: <h1>title</h1> then the post's first section, <h2>前言</h2> (the preface)
    text = "".join(f"<p>{p}</p>" for p in (TW_LEAD,))
    page = f"<html><body><h1>Hexo 标题自动编号</h1><h2>前言</h2>{text}</body></html>"
    record = webclean.clean(page)
    assert record.author is None and record.body.startswith("前言")


def test_a_dated_info_row_set_off_by_bars_glues_labels_to_values() -> None:
    # CSDN 资讯 (2015): 发表于<span>2015-05-19 16:07</span>| …| 来源<span>CSDN</span>| …| 作者<span>夏梦竹</span>
    row = ("<div class='tit_bar'>发表于<span class='ago'>2015-05-19 16:07</span>| <span>次阅读</span>| "
           "来源<span class='ago'>CSDN</span>| <span>0</span> 条评论| 作者<span class='ago'>夏梦竹</span></div>")
    page = f"<html><body><h1>专访唯品会架构师肖桦：做编码的架构师</h1>{row}{TW_LEAD}</body></html>"
    record = webclean.clean(page)
    assert (record.author, record.source) == ("夏梦竹", "CSDN")


def test_the_same_row_kept_one_cell_a_line_gives_the_same_credits() -> None:
    # a scraper's text of the row above: each cell on a line of its own, the bars kept at the cells' ends
    cells = ["发表于2015-05-19 16:07|", "次阅读|", "来源CSDN|", "0 条评论|", "作者夏梦竹"]
    body = ["唯品会是一家专门做特卖的网站，每天上午10点和晚上8点准时上线数百个品牌特卖。",
            "肖桦在唯品会负责架构工作，他认为架构师首先要是一名优秀的程序员，要坚持写代码。"]
    headline = "专访唯品会架构师肖桦：做编码的架构师"
    text = "\n".join([headline + "-CSDN.NET", "首页", "资讯", headline, *cells, *body])
    record = webclean.clean(text.encode())
    assert (record.author, record.source) == ("夏梦竹", "CSDN")
    assert "来源CSDN" not in record.body and "作者夏梦竹" not in record.body
    menu = text.replace("发表于2015-05-19 16:07|", "首页|")   # no date: a menu's cells, no credits
    assert webclean.clean(menu.encode()).author is None


def test_a_blog_named_after_its_owner_keeps_him_as_the_head_author() -> None:
    # Hexo Butterfly on blog.eurkon.com: article:author Eurkon, the site's name Eurkon, the copyright box names him
    page = ("<html><head><title>Hexo 标签云 | Eurkon</title><meta name='generator' content='Hexo 5.4.0'>"
            "<meta property='og:site_name' content='Eurkon'><meta property='article:author' content='Eurkon'></head>"
            f"<body><h1>Hexo 标签云</h1>{TW_LEAD}<div class='copyright'>文章著作权归 Eurkon 所有</div></body></html>")
    assert webclean.clean(page, url="https://blog.eurkon.com/post/6687849c.html").author == "Eurkon"


def test_a_share_buttons_label_under_the_headline_is_no_writer() -> None:
    page = f"<html><body><h1>川藏铁路雅林段开工建设</h1><div>我要分享</div>{TW_LEAD}</body></html>"
    assert webclean.clean(page).author is None


def test_a_closing_reprint_line_names_the_source() -> None:
    page = f"<html><body><h1>小牛电动赴美上市</h1>{TW_LEAD}<p>转自腾讯科技、新浪科技</p></body></html>"
    record = webclean.clean(page)
    assert record.source == "腾讯科技、新浪科技"


def test_typechos_unlabelled_byline_and_a_headline_signed_by_its_writer() -> None:
    # anyan.ml (Typecho, Bubble-dev): 于 <time>2020-04-19</time> 由 安言 发布, the headline 'Hello World by 安言'
    page = ("<html><body><h1>Hello World by 安言</h1><div class='meta'>于 <time>2020-04-19</time> 由 安言 发布</div>"
            f"{TW_LEAD}<footer>Made with ❤️ by AnYan</footer></body></html>")
    assert webclean.clean(page).author == "安言"


@pytest.mark.parametrize("line, credits", [
    ("4、资金来源：政府投资", {}),                              # a tender notice's item: where the funds come from
    ("数据来源：国家统计局", {}),                               # a chart's note
    ("来源：新华社 数据来源：国家统计局", {"source": "新华社"}),   # ... ends the page's source before it
    ("信息来源：新华社", {"source": "新华社"}),
    ("[编译自：TheVerge]", {"source": "TheVerge"}),                # cnBeta: the outlet a story was compiled from
    ("来源：Mart Production/Pexels", {}),                          # a removed picture's credit, a stock library's
    ("Posted by Mei Yifan on 2024-06-11", {"author": "Mei Yifan"}),   # 'on' and the day end the name
    ("文/王明 图/信息中心", {"author": "王明"}),                    # 图/ credits the pictures and ends the writer
    ("审稿人：蔡艳娟", {"editor": "蔡艳娟"}),                        # a school site's reviewer is its editor
    ("2014-10-13 09:45:51  次阅读 次推荐 稿源：大米评测 条评论", {"source": "大米评测"}),   # its counters unfilled
])
def test_sources_of_funds_and_data_are_not_the_page_source(line: str, credits: dict) -> None:
    assert parse_credits(line) == credits


def test_a_one_character_leftover_in_the_source_slot_is_no_source() -> None:
    # scjchc.cn's template with its 来源 slot empty: '来源： 网责任编辑：精诚合创'
    para = "今天上午，市政府召开新闻发布会，介绍了今年以来全市经济社会发展的主要情况，并回答了记者提问。"
    page = (f"<html><body><h1>市政府召开发布会</h1><p>来源： 网责任编辑：精诚合创 发表时间：2020-08-26</p>"
            f"<p>{para}</p><p>{para}</p></body></html>")
    assert webclean.clean(page).source is None


def test_writing_verbs_ending_a_phrase_and_share_controls_name_no_writer() -> None:
    # 頭條日報's list of other stories: 為澳洲海洋頻道撰文 余曉彤宣揚環境保育 (撰文 ends the phrase, no colon)
    assert parse_credits("為澳洲海洋頻道撰文 余曉彤宣揚環境保育") == {}
    assert parse_credits("撰文 余曉彤") == {"author": "余曉彤"}
    # 上報's share bar kept as text lines: Facebook / Line / Twitter / Copy right under the headline
    from webclean.document import Block
    from webclean.extract.bylines import name_under_headline
    text = "「柯氏語錄」既無具體步驟也缺政策可行性，其實是一碗又一碗心靈雞湯，聽來溫暖卻無法解決問題。"
    assert name_under_headline([Block(0, "柯文哲的心靈雞湯"), Block(1, "Copy"), Block(2, text)], 0) is None


def test_by_before_a_full_width_colon_labels_the_writer() -> None:
    # 今天写作了吗's posts: by：天天开心 over the text (a Chinese template's colon), not Powered by：…
    assert parse_credits("by：天天开心") == {"author": "天天开心"}
    assert parse_credits("By：木屋") == {"author": "木屋"}
    assert parse_credits("Powered by：Hexo") == {}


def test_a_schema_person_counts_unprinted_though_a_meta_tag_repeats_it() -> None:
    # Hugo PaperMod writes the site's author into <meta name="author"> and JSON-LD's author Person alike (calon)
    para = "法国队在这届比赛里踢出了许多奇迹般的比赛，每一场都让球迷们难以忘怀，也让对手无比头疼。"
    page = ("<html><head><title>法国队的奇迹</title><meta name='author' content='calon'>"
            '<script type="application/ld+json">{"@type": "BlogPosting", '
            '"author": {"@type": "Person", "name": "calon"}}'
            f"</script></head><body><h1>法国队的奇迹</h1><p>2022-12-19</p><p>{para}</p><p>{para}</p></body></html>")
    assert webclean.clean(page).author == "calon"


def test_an_office_signing_a_credit_is_no_person() -> None:
    # a county school's 编辑：党政办公室, a bureau's 文/办公室: desks, not people
    from webclean.extract.bylines import valid_person
    assert not valid_person("党政办公室") and not valid_person("办公室") and not valid_person("信息中心")
    assert valid_person("王明")


@pytest.mark.parametrize("line, credits", [
    ("文案：周静", {"author": "周静"}),              # a department's sign-off: the copy's writer
    ("文案策划：周静", {}),                          # a job, not the credit of this page
    ("公司文案写得好", {}),
])
def test_the_copy_label_credits_the_writer_only_before_its_colon(line: str, credits: dict) -> None:
    assert parse_credits(line) == credits


def test_a_review_line_with_two_reviewers_is_a_credit_line_of_no_field() -> None:
    from webclean.extract.bylines import other_credit_line
    assert other_credit_line("审核：张丽 冀宁") and other_credit_line("审核：张丽、冀宁")
    assert not other_credit_line("阅读 1234 5678")


@pytest.mark.parametrize("line, credits", [
    ("作者:丽水商会", {}),                        # a chamber of commerce signs for its staff
    ("(责任编辑：admin123)", {}),                  # a CMS's default account, numbered
    ("[ 编辑：raymon725 ]", {"editor": "raymon725"}),   # a person's handle with digits
])
def test_a_society_or_a_cms_account_in_a_credit_slot_names_nobody(line: str, credits: dict) -> None:
    page = ("<html><body><h1>陕西省浙江丽水商会召开第一次会员大会</h1><p>" + line + "</p>"
            + "<p>会议在西安召开，全体会员出席，选举产生了第一届理事会和监事会，审议通过了商会章程。</p>" * 3
            + "</body></html>")
    record = webclean.clean(page.encode())
    assert {f: v for f, v in (("author", record.author), ("editor", record.editor)) if v} == credits


def test_the_filing_time_label_ends_the_source_before_it() -> None:
    # 南开大学新闻网: 来源： 南开大学新闻网发稿时间：2021-03-10 11:04 (发稿时间, "filed at", glued to the value)
    assert parse_credits("来源： 南开大学新闻网发稿时间：2021-03-10 11:04") == {
        "source": "南开大学新闻网", "date": "2021-03-10 11:04"}


@pytest.mark.parametrize("line, credits", [
    ("澎湃新闻资深记者 何念台", {"author": "何念台"}),             # a given name ending in 台, after 记者
    ("作者：记者 宋芳科 来源：中国甘肃网", {"author": "宋芳科", "source": "中国甘肃网"}),   # ... in 科
    ("来源：江苏台", {"source": "江苏台"}),                         # a channel after another label
    ("供稿：练冬雯、张莉莉 摄影：吴新望", {"author": "练冬雯、张莉莉"}),   # people supplied the text
    ("供稿：化学学院  摄影：王磊  审核：刘洋", {"source": "化学学院"}),     # a body did
])
def test_a_reporters_name_is_a_person_and_people_in_a_source_slot_wrote_the_text(line: str, credits: dict) -> None:
    assert parse_credits(line) == credits
    page = ("<html><body><h1>铜陵街头持刀伤人案嫌疑人已被控制</h1><p>" + line + "</p>"
            + "<p>警方通报称，嫌疑人已被当场控制，伤者已送医救治，目前没有生命危险。</p>" * 3 + "</body></html>")
    record = webclean.clean(page.encode())
    assert (record.author, record.source) == (credits.get("author"), credits.get("source"))


@pytest.mark.parametrize("line, credits", [
    # 四川省教育厅's mirror: the site's name in brackets opens the info row (22 Han characters in it)
    ("[四川省教育厅科学技术处-四川省教育服务公共平台网站] 发布时间：2020-12-23 09:15 来源:省政府办公厅 分享：",
     {"date": "2020-12-23 09:15", "source": "省政府办公厅"}),
    # prose outside the brackets still makes the label a mention
    ("【通知】我校教师在全国青年教师教学竞赛中荣获一等奖的消息引起了广泛的关注和热烈的讨论，来源：本网",
     {}),
])
def test_a_bracketed_site_name_before_the_labels_is_no_prose(line: str, credits: dict) -> None:
    assert parse_credits(line) == credits


@pytest.mark.parametrize("line, field", [
    ("日期:2021/5/7 9:05:00 作者:网友整理 人气:0", "author"),     # compiled from netizens' posts: nobody
    ("发布日期： 2019-04-02 17:26:06 来源： 发布人：", "source"),   # an empty slot before the next label
    ("推荐人：匿名 来源: 网络日记 时间: 2015-02-14 11:40", "source"),  # a genre, no outlet
])
def test_placeholders_in_a_credit_slot_name_nobody(line: str, field: str) -> None:
    page = ("<html><body><h1>夏日的夜晚</h1><p>" + line + "</p>"
            + "<p>夏天的夜晚总是来得很慢，太阳落山以后，院子里的人们搬出竹椅，摇着蒲扇，说着一天里的新鲜事。</p>" * 3
            + "</body></html>")
    assert getattr(webclean.clean(page.encode()), field) is None


def test_a_member_level_badge_is_no_name() -> None:
    from webclean.core.names import is_credit_word
    assert is_credit_word("VIP3") and is_credit_word("LV5") and not is_credit_word("vipshop")


def test_an_administrators_account_by_another_name_is_no_writer() -> None:
    from webclean.core.names import is_credit_word
    assert is_credit_word("itadmin") and is_credit_word("webadmin2") and not is_credit_word("adminton")


def test_people_in_a_later_source_slot_wrote_the_text() -> None:
    # 首都师范大学 news: the outlet in 来源, the person who supplied the text in 供稿
    line = ("来源：数学科学学院/文 宣传部/图 供稿：董银花 值班编辑：陈雨桐 责任编辑：陈雨桐 点击次数："
            " 字号：【小 中 大】")
    assert parse_credits(line) == {"source": "数学科学学院", "author": "董银花", "editor": "陈雨桐"}


def test_a_captions_photographer_does_not_outrank_the_correspondents_byline() -> None:
    # 中国水利报 reposted: the picture's caption closes with its photographer, the byline under it names the writers
    para = "<p>四川省成都市新都区抓好抓实基层河湖管护工作，坚持生态优先、绿色发展，带动村民深度参与河湖治理。</p>"
    page = ("<html><body><h1>四川新都：幸福河湖润乡村</h1><p>发布时间：2024-03-09 21:47:56</p>"
            "<p><img src='a.jpg'></p><p>水梨村雪景 本报通讯员 张韬 摄</p><p>□本报通讯员 崔西岭 罗勇 罗姝娟</p>"
            + para * 3 + "</body></html>")
    record = webclean.clean(page.encode())
    assert record.author == "崔西岭、罗勇、罗姝娟"
    assert "张韬" not in record.body


@pytest.mark.parametrize("line, source", [
    ("来源：海右博纳品牌 欢迎分享，转载请注明出处！", "海右博纳品牌"),           # the site's notice after the value
    ("日期：2017-06-14 来源：品牌维观专栏 关键词：外卖品牌 品牌好看 品牌包装", "品牌维观专栏"),   # the keywords' label
])
def test_a_notice_or_the_keywords_after_a_source_end_it(line: str, source: str) -> None:
    assert parse_credits(line)["source"] == source


def test_a_menu_rows_author_tab_names_nobody() -> None:
    # 古诗文网's tabs: 推荐 诗文 名句 作者 古籍 (作者 is an item of the menu, 古籍 the next)
    assert parse_credits("推荐 诗文 名句 作者 古籍 我的 手机版") == {}
    assert parse_credits("本报讯 记者 王明") == {"author": "王明"}


def test_two_dictionary_words_under_the_headline_are_a_column_not_a_writer() -> None:
    para = "<p>近年来，电动车企业纷纷入局，造车新势力与传统车企之间的竞争日趋激烈，行业格局正在重塑。</p>"
    page = "<html><body><h1>造车新势力的下半场</h1><p>科技观察</p>" + para * 3 + "</body></html>"
    assert webclean.clean(page.encode()).author is None
    named = page.replace("<p>科技观察</p>", "<p>王建宏</p>")
    assert webclean.clean(named.encode()).author == "王建宏"


def test_the_pages_column_in_the_breadcrumb_is_no_source() -> None:
    para = "<p>12月6日，公司代表一行来到成都科技进修学校拜访，双方就校企合作的具体方式进行了深入交流。</p>"
    page = ("<html><body><div class='crumb'>当前位置：首页 &gt; 资讯 &gt; 公司新闻</div>"
            "<h1>公司代表拜访成都科技进修学校</h1><p>2019-12-07 / 公司新闻</p>" + para * 3 + "</body></html>")
    assert webclean.clean(page.encode()).source is None


def test_a_head_pen_name_set_one_character_apart_is_read_whole() -> None:
    para = "<p>陪伴是最长情的告白，这句话听了很多遍，直到那年冬天，我才真正懂得它的意思。</p>"
    page = ("<html><head><meta property='article:author' content='书 半 卷'><title>陪伴</title></head><body>"
            "<h1>陪伴</h1><p>书 半 卷</p>" + para * 3 + "</body></html>")
    assert webclean.clean(page.encode()).author == "书半卷"


@pytest.mark.parametrize("row, outlet", [
    ("http://www.sina.com.cn 2011年03月07日11:21 千龙网", "千龙网"),          # the portal's address first
    ("http://ent.QQ.com 2008年02月15日09:41 辽沈晚报 评论0条", "辽沈晚报"),    # a comment counter after it
    ("2010年12月05日 02:44 武汉晨报 【大 中 小】 【打印】 共有评论0条", "武汉晨报"),   # the row's tools after it
])
def test_the_outlet_in_a_portals_date_row_is_the_source(row: str, outlet: str) -> None:
    para = "<p>大年初五，赵本山将35位旧徒重新招集门下，论资排辈，这样大型的拜师仪式也是相当罕见的。</p>"
    page = ("<html><body><h1>赵本山弟子拜师仪式揭密</h1><div class='artfrom'>" + row + "</div>" + para * 3
            + "</body></html>")
    assert webclean.clean(page.encode()).source == outlet


def test_a_forums_name_written_as_its_application_and_author_names_no_writer() -> None:
    para = "<p>币安拔网线是真的频繁，并且拔网线都不是几分钟的事，每次都是半小时起步，真是让人头疼。</p>"
    page = ("<html><head><title>币安再次拔网线两小时 - 默认版块</title>"
            "<meta name='author' content='Dark Binance'><meta name='application-name' content='Dark Binance'>"
            "</head><body><h1>币安再次拔网线两小时</h1>" + para * 3 + "<p>Powered by Dark Binance</p></body></html>")
    assert webclean.clean(page.encode()).author is None
