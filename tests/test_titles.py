"""Titles (extract.titles): each way a page shows its headline, and the order the evidence is weighed in."""
from __future__ import annotations

import pytest

import webclean
from webclean.document import Document
from webclean.extract import titles
from webclean.extract.titles import head_article_title, split_column

PROSE = ("受强冷空气影响，明天白天北部低温约只有十三四度，南部约十七到十九度，夜间气温还将继续下降。"
         "气象部门提醒，民众外出注意保暖，老人和儿童尤其要防范感冒。")


@pytest.mark.parametrize("raw, column, title", [
    ("人民論壇網評 | 踐行人民城市理念", "人民論壇網評", "踐行人民城市理念"),
    ("政能亮丨“稳经济”需要跑出“加速度”", "政能亮", "“稳经济”需要跑出“加速度”"),
    ("【中国稳健前行】坚定实施扩大内需战略", "中国稳健前行", "坚定实施扩大内需战略"),
    ("【16】李兆基續增持新地2.5萬股", None, "【16】李兆基續增持新地2.5萬股"),   # a number is no column
])
def test_column_prefixes(raw: str, column: str | None, title: str) -> None:
    assert split_column(raw) == (column, title)


def test_a_headline_cell_carrying_its_date_agrees_with_the_title_and_loses_the_date() -> None:
    page = ("<html><head><title>良心包子重视食安 亏损两年出头天</title></head><body><div class='logo'>"
            "<h1>某某电视公司</h1></div>"
            f"<div class='newstop'>良心包子重视食安 亏损两年出头天2014/12/1 18:13</div><p>{PROSE}</p></body></html>")
    assert webclean.clean(page).title == "良心包子重视食安 亏损两年出头天"


def test_a_headline_in_the_middle_of_the_title() -> None:
    page = ("<html><head><title>无线新闻 - 财经 - 市场料美国零售销售与消费者信心续升 - tv.example.com</title>"
            "</head><body>"
            "<h4>警方下周一早上清除障碍物</h4><h4>市场料美国零售销售与消费者信心续升 2014-12-08 06:49</h4>"
            f"<p>{PROSE}</p></body></html>")
    assert webclean.clean(page).title == "市场料美国零售销售与消费者信心续升"


def test_a_greeting_in_the_title_yields_to_the_line_above_the_credits() -> None:
    page = ("<html><head><title>谢谢您访问本中心</title></head><body><table><tr><td>茉莉：我是怎样卷入那场运动的"
            "</td></tr>"
            f"<tr><td>作者：茉莉 来源：本站 发布日期：2005-07-05</td></tr><tr><td>{PROSE}</td></tr></table></body>"
            f"</html>")
    assert webclean.clean(page).title == "茉莉：我是怎样卷入那场运动的"


def test_the_title_of_the_page_beats_a_logo_heading() -> None:
    doc = Document(raw="", head={"title": "良心包子重视食安 亏损两年出头天", "meta": {}})
    assert head_article_title(doc) == "良心包子重视食安 亏损两年出头天"
    assert head_article_title(Document(raw="", head={"title": "某某广播公司全球资讯网", "meta": {}})) is None
    page = ("<html><head><title>良心包子重视食安 亏损两年出头天</title></head><body><h1>某某电视公司</h1>"
            f"<ul><li><a href='/a'>新闻</a></li><li><a href='/b'>节目</a></li></ul><p>{PROSE}</p></body></html>")
    assert webclean.clean(page).title == "良心包子重视食安 亏损两年出头天"


def test_a_single_page_app_titled_with_its_name_has_its_h1_as_headline() -> None:
    page = ("<html><head><title>南生论坛</title></head><body><ul class='menu'><li><a href='/'>首页</a></li>"
            "<li><a href='/t'>话题</a></li></ul><div class='article'><h1>南生运营的理念（商用）</h1>"
            "<div class='author-name'>马亮南生</div><p>南生系列的产品只考虑业务，不考虑基础服务，拒绝重复的工作。</p>"
            "</div><div class='side'><div class='doc-card'>🌟南生论坛文档</div></div></body></html>")
    rec = webclean.clean(page)
    assert rec.title == "南生运营的理念（商用）"


def test_the_board_name_before_a_headline_is_not_part_of_it() -> None:
    page = ("<html><head><title>Ruby：极致的脚本语言 · Ruby China</title></head><body>"
            "<div class='topic-title'><h1><a class='node' href='/n'>Ruby</a> <span class='title'>Ruby：极致的脚本语言"
            "</span></h1></div><div class='topic-detail'><p>Ruby 的许多特性强烈地偏向对脚本语言的良好支持，写起来顺手，"
            "读起来也清楚。</p></div></body></html>")
    assert webclean.clean(page).title == "Ruby：极致的脚本语言"


def test_a_news_ticker_above_the_headline_does_not_end_the_search_for_it() -> None:
    ticker = "".join(f"<li><a href='/n/{n}'>第{n}条速报：某地今天发生的事情，详细情况正在进一步了解之中。</a></li>"
                     for n in range(1, 4))
    page = ("<html><head><title>中国广播公司全球资讯网</title></head><body>"
            f"<ul class='marquee'>{ticker}</ul><div class='crumb'>首页 &gt; 新闻 &gt; 生活</div>"
            "<div class='tt26'>强烈冷气团明发威 愈晚愈冷</div><div class='tt27'>2014/12/11 18:58 报导</div>"
            "<div class='tx'><p>受强烈冷气团影响，明天白天北部低温约十三度，中南部约十五度，早晚温差大。</p>"
            "<p>气象部门表示，冷气团在明天到后天清晨最强，各地都要注意保暖。</p></div></body></html>")
    assert webclean.clean(page).title == "强烈冷气团明发威 愈晚愈冷"


def test_a_trail_of_links_that_repeats_the_site_name_is_not_the_headline() -> None:
    page = ("<html><head><title>公共电视台 新闻网</title><meta property='og:title' content='-公视新闻网'></head><body>"
            "<table><tr><td class='news_page_tittle'><a href='/'>公视新闻网</a> / <a href='/c'>医疗</a></td></tr>"
            "<tr><td class='news_page_tittle'>中风年轻化 十四岁少年脑溢血</td></tr></table>"
            "<div class='page'><p>中风年龄越来越年轻！一名十四岁的少年日前突然脑溢血，被紧急送医抢救。</p>"
            "<p>医师表示，四十五岁以下的年轻型中风发生率约为百分之十二，需要提高警觉。</p></div></body></html>")
    assert webclean.clean(page).title == "中风年轻化 十四岁少年脑溢血"


def test_a_text_pages_headline_line_loses_the_site_name_a_scraper_kept() -> None:
    page = ("安福寺镇开展沟渠清淤工作 保障春耕用水_枝江新闻网\n2024-12-05\n"
            "近日，安福寺镇吴家门村积极组织开展沟渠清淤工作，为明年的春耕生产做足准备，全力保障农业生产用水。\n")
    assert webclean.clean(page).title == "安福寺镇开展沟渠清淤工作 保障春耕用水"
    # a headline whose last piece is not an outlet keeps it
    kept = page.replace("_枝江新闻网", " - 村民点赞")
    assert webclean.clean(kept).title == "安福寺镇开展沟渠清淤工作 保障春耕用水 - 村民点赞"


def test_a_headline_cell_that_carries_its_date_dates_the_story_over_the_sites_clock() -> None:
    page = ("<html><body><div class='top'>2014/12/13 星期六 │加入最愛│手機版</div>"
            "<div class='newstitle'>「良心包子」重視食安 虧損2年出頭天2014/12/1 18:13</div><div class='newscontent'>"
            "<p>內湖有家包子店，開業3年來，堅持使用新鮮原料，不加防腐劑，虧損兩年後終於轉虧為盈。</p></div></body></html>")
    rec = webclean.clean(page)
    assert rec.title == "「良心包子」重視食安 虧損2年出頭天"
    assert rec.published is not None and rec.published.isoformat() == "2014-12-01T18:13:00+08:00"


# A scraper that keeps a page's whole text: <title> first, then the site's bars, then the article.
WHOLE_PAGE_TEXT = ("煮一碗好吃的腊八粥，请记好这几个小窍门_健康网_饮食\n登录注册\n问医生\n找医院\n"
                   "首页 > 饮食 > 烹饪 > 正文\n煮一碗好吃的腊八粥，请记好这几个小窍门\n举报/反馈\n"
                   "2021-01-20 04:29 健康网\n"
                   "腊八节要吃腊八粥，但很多年轻人并不知道腊八粥该怎样做。今天就来教大家怎样做一碗好吃的腊八粥，"
                   "米和豆子要提前泡好，火候也有讲究。\n")


def test_a_text_pages_headline_repeats_its_title_line_over_a_tool_line_with_the_date() -> None:
    assert webclean.clean(WHOLE_PAGE_TEXT).title == "煮一碗好吃的腊八粥，请记好这几个小窍门"
    # without the title line the headline still wins: the tool line right over the date is too short to be a
    # full headline, so the date counts for it as a near one only (it won here until 1eb60f1)
    assert webclean.clean(WHOLE_PAGE_TEXT.split("\n", 1)[1]).title == "煮一碗好吃的腊八粥，请记好这几个小窍门"


def test_a_text_pages_headline_may_carry_its_date_and_sit_in_a_piece_of_the_title_line() -> None:
    page = WHOLE_PAGE_TEXT.replace("煮一碗好吃的腊八粥，请记好这几个小窍门_健康网_饮食",
                                   "健康网 | 煮一碗好吃的腊八粥，请记好这几个小窍门 | 饮食频道")
    page = page.replace("小窍门\n举报/反馈", "小窍门2021/1/20 04:29\n举报/反馈")
    assert webclean.clean(page).title == "煮一碗好吃的腊八粥，请记好这几个小窍门"


def test_a_label_waiting_for_its_value_is_never_a_text_pages_headline() -> None:
    page = ("茉莉：我是怎样卷入那场运动的\n作者：\n来源：\n发布日期：\n7/5/2005 9:23:57 PM\n"
            "一九八九年四月，我在湖南张家界开一个全省教学研究会议。按照惯例，会议安排了一天时间，让与会者去风景点"
            "游玩观赏，那一天正好是四月十五日。\n")
    assert webclean.clean(page).title == "茉莉：我是怎样卷入那场运动的"


def test_a_text_pages_headline_after_a_trail_word_is_no_related_list_entry() -> None:
    page = ("新闻 >\n热点\n亚洲首艘圆筒型海上油气加工厂启运珠江口盆地\n2024-05-12 17:19\n来源：新华网\n"
            "新华社深圳5月12日电（记者戴小河、印朋）由我国自主设计建造的亚洲首艘圆筒型海上油气加工厂12日离港启运，"
            "为我国首个深水油田二次开发项目年内投产奠定基础。\n")
    rec = webclean.clean(page)
    assert rec.title == "亚洲首艘圆筒型海上油气加工厂启运珠江口盆地"
    assert not any(r.rule == "related_list_item" for r in rec.removed)


def test_a_text_pages_headline_far_past_a_notice_in_sentences_is_its_title_lines_repeat_over_its_date() -> None:
    notice = "本網站使用相關技術提供更好的閱讀體驗，同時尊重使用者隱私，點這裡瞭解本網站的隱私權政策。"
    page = ("鄭文燦：多元方案解決蛋荒 預估3月初緩解 | 政治 | 某某社\n更多推薦新聞：\n"
            "美國知名律師殺妻兒判終身監禁 記者追案促司法破除沉痾\n" + notice + "\n"
            + "".join(f"選單第{n}項\n" for n in range(30))
            + "首頁 / 政治\n鄭文燦：多元方案解決蛋荒 預估3月初緩解\n2023/2/21 21:20\n"
            "（某某社記者溫貴香台北21日電）行政院副院長鄭文燦今天表示，這一波是全球性的雞蛋減產問題，"
            "目前日產量與需求數有個差距，必須進口。\n")
    assert webclean.clean(page).title == "鄭文燦：多元方案解決蛋荒 預估3月初緩解"
    # a repeat with no date under it, past the notice, is a list's entry: not taken
    undated = page.replace("預估3月初緩解\n2023/2/21 21:20\n", "預估3月初緩解\n")
    assert webclean.clean(undated).title != "鄭文燦：多元方案解決蛋荒 預估3月初緩解"


def test_a_text_pages_headline_closing_a_run_of_trail_lines_is_no_related_list_entry() -> None:
    page = ("关注青少年心理健康服务项目启动--健康--某某网\n相关新闻\n消费 食品 经济 科技\n某某网>>健康\n"
            "关注青少年心理健康服务项目启动\n2024年05月17日08:59 来源：北京青年报\n"
            "本报讯（记者叶婉）近日，青少年心理健康服务项目在北京市青年宫正式启动，将以基层社区、学校为重点服务领域，"
            "帮助更多青年提升心理素质。\n")
    rec = webclean.clean(page)
    assert rec.title == "关注青少年心理健康服务项目启动"
    assert not any(r.rule == "related_list_item" and "心理健康" in r.text for r in rec.removed)


@pytest.mark.parametrize("site_title", ["turkey-life", "欢迎来到德莱联盟", "某某市教育局"])
def test_a_site_name_title_gives_way_to_the_heading_over_the_text(site_title: str) -> None:
    page = (f"<html><head><title>{site_title}</title></head><body><h1 class='logo'>{site_title}</h1>"
            "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/a'>归档</a></li></ul>"
            "<h1 class='post-title'>可用性测试方法论总结</h1><div class='date'>2021-03-05</div>"
            f"<div class='post-content'><p>{PROSE}</p></div></body></html>")
    assert webclean.clean(page).title == "可用性测试方法论总结"


def test_a_short_headline_as_the_title_is_kept_over_a_later_heading() -> None:
    page = ("<html><head><title>绥德：33名退役军人被表彰</title></head><body><h1>绥德：33名退役军人被表彰</h1>"
            "<p>绥德县</p><h1>庆八一双拥文艺汇演暨表彰大会</h1><div>2023-08-01</div>"
            f"<p>{PROSE}</p></body></html>")
    assert webclean.clean(page).title == "绥德：33名退役军人被表彰"


def test_an_outlets_name_alone_is_never_a_text_pages_headline() -> None:
    page = ("中國廣播公司全球資訊網\n強烈大陸冷氣團明發威 愈晚愈冷\n中國廣播公司全球資訊網\n2014-12-11 18:58\n"
            "強烈大陸冷氣團明天發威，氣象局預報，北部及宜蘭低溫只有十三四度，中南部十七到十九度，愈晚愈冷。\n")
    assert webclean.clean(page).title == "強烈大陸冷氣團明發威 愈晚愈冷"


def test_a_government_pages_article_title_meta_agrees_with_its_heading() -> None:
    # the meta set of Chinese government sites names the article (ArticleTitle) beside the site (SiteName);
    # <title> holds the site's name only, and the heading the meta names wins over the account box's heading
    table = "".join(f"<tr><td>项目{i}</td><td>行政处罚决定书文号金罚决字〔2024〕{i}号，罚款人民币三十万元。</td></tr>"
                    for i in range(8))
    page = ("<html><head><title>国家金融监督管理总局</title>"
            "<meta name='SiteName' content='国家金融监督管理总局'>"
            "<meta name='ArticleTitle' content='国家金融监督管理总局行政处罚信息公开表(金罚决字〔2024〕36号)'>"
            "</head><body><div>国家金融监督管理总局官微</div>"
            "<div class='wenzhang-title'>国家金融监督管理总局行政处罚信息公开表</div>"
            f"<div><table>{table}</table></div></body></html>")
    assert webclean.clean(page.encode()).title == "国家金融监督管理总局行政处罚信息公开表"


def test_a_reprints_original_headline_note_is_no_body_text() -> None:
    para = "<p>" + "美国约翰斯·霍普金斯大学发布的最新统计数据显示，美国累计确诊病例超过278万例。" * 2 + "</p>"
    page = ("<html><head><title>美国确诊病例超278万_网易新闻</title></head><body><h1>美国确诊病例超278万</h1>"
            f"<div class='post_body'><p>（原标题：美国新冠肺炎确诊病例超过278万例）</p>{para}{para}</div>"
            "</body></html>")
    rec = webclean.clean(page.encode())
    assert "原标题" not in rec.body and "278万例。" in rec.body
    assert any(r.rule == "original_headline" for r in rec.removed)


def test_a_four_character_headline_opening_with_a_surname_character_is_no_name() -> None:
    # 关于音乐 opens with 关, a surname, but 关于 is a word: the page's headline, repeated under its title line
    text = ("关于音乐\n关于音乐\n原创\n2018-04-07\n山间闲人\n微信号\n"
            "小时候没有收音机，也没有电视，山里的鸟叫和奶奶做早饭的声音就是我听到的第一种音乐。\n"
            "后来上了小学，语文老师会弹钢琴，每节音乐课都教我们唱一首新歌。\n")
    rec = webclean.Cleaner().clean(text.encode())
    assert rec.title == "关于音乐"
    assert rec.published is not None and rec.published.isoformat().startswith("2018-04-07")


def test_a_notices_signature_agreeing_with_the_site_title_is_no_headline() -> None:
    html = ("<html><head><title>某某市终身学习学分银行-学分银行</title></head><body><div>新闻中心</div>"
            "<h1>关于公布专家库组成人员名单的公示</h1>"
            "<p>根据有关通知要求，某市学分银行管理中心组织开展了专家推荐工作，现将专家库组成人员名单予以公示。</p>"
            "<p>公示期5天。凡对名单有异议的，可与工作人员联系。</p>"
            "<p>某某市终身学习学分银行管理中心</p><p>2020年9月16日</p></body></html>")
    assert webclean.Cleaner().clean(html.encode()).title == "关于公布专家库组成人员名单的公示"


def test_a_text_pages_headline_at_the_end_of_a_menu_run_is_still_the_headline() -> None:
    menu = "\n".join(["台灣", "香港", "推薦", "熱門", "動物", "體育", "娛樂", "時尚", "生活", "社會", "國際", "財經",
                      "地產", "政治"])
    text = ("阿拉比卡咖啡豆價格重挫 | 即時新聞 | 每日新報\n" + menu + "\n阿拉比卡咖啡豆價格重挫\n字級：\n"
            "2014年12月12日13:47\n"
            "阿拉比卡咖啡豆價格在周四墜入空頭，但別急著期待你每天喝的咖啡降價，因為全球最大產地巴西近來降雨。\n"
            "美國洲際期貨交易所的阿拉比卡咖啡豆期貨昨下跌，寫下近5個月來的最低收盤價。\n")
    assert webclean.Cleaner().clean(text.encode()).title == "阿拉比卡咖啡豆價格重挫"


def test_a_text_pages_headline_on_two_lines_is_read_whole() -> None:
    text = ("回望历史 激发情怀 我校组织教师观看纪录片-某某大学\n回望历史 激发情怀\n我校组织教师观看纪录片\n"
            "发布时间：2020-12-24 21:07:39\n"
            "今年是志愿军出国作战七十周年。为深入学习有关讲话精神，学校组织全体教师集中观看了纪录片。\n"
            "该片通过六集的时长全面回顾了那段光辉历程，大家无不深受感动。\n")
    rec = webclean.Cleaner().clean(text.encode())
    assert rec.title == "回望历史 激发情怀 我校组织教师观看纪录片"
    assert "回望历史" not in rec.body


def test_a_more_heading_over_a_list_is_no_headline() -> None:
    rows = "".join(f"<tr><td><a href='/t/{i}'>整租一室一厅，近地铁站，拎包入住第{i}号</a></td><td>房东{i}</td></tr>"
                   for i in range(8))
    html = ("<html><head><title>某某租房小组</title></head><body><h1>更多小组讨论</h1>"
            f"<table>{rows}</table><p>本小组欢迎大家发布真实房源，请勿发布中介广告，违者删帖。</p></body></html>")
    assert webclean.Cleaner().clean(html.encode()).title != "更多小组讨论"


def test_a_headline_in_latin_letters_is_a_headline() -> None:
    # a Chinese student paper's English story: the h1 is the headline, not a Chinese entry of the sidebar menu
    page = ("<html><head><title>Model UN 2024 News</title></head><body><h1>What a Shame! A Dominant Country Lost "
            "Control in the Conference</h1><p>2024/1/26 15:12</p>"
            + "<p>The committee members did not expect the delegation to stay silent for two days, and said so.</p>" * 3
            + "<ul class='menu'><li><a href='/'>Home</a></li><li>中文委員會</li><li><a href='/f'>未來焦點</a></li></ul>"
            "</body></html>")
    assert webclean.Cleaner().clean(page.encode()).title.startswith("What a Shame")
    assert not titles.latin_headline("About Us") and titles.latin_headline("Hello World from the Blog")


def test_a_latin_page_control_is_no_headline() -> None:
    # only a page's one h1 (or a text page's repeat of its title line) in Latin letters is a headline: a Latin
    # control line of lesser rank is not (Share this article under a Chinese headline-less page)
    page = ("<html><head><title>新闻网站首页</title></head><body><h2>Share this article with friends</h2>"
            + f"<p>{PROSE}</p>" * 3 + "</body></html>")
    assert webclean.Cleaner().clean(page.encode()).title != "Share this article with friends"


def test_a_head_title_naming_the_column_gives_way_to_the_headline_under_it() -> None:
    # a university service group's engine titles each article with its column path; the column's name stands
    # over the column's menu, the article's <h1> (which names the group: 集团) over its credit lines
    import webclean
    para = "随着春天的到来，细枝已布满了小小的新芽，物业管理部为创建校园优美环境，近期专门对牡丹苑进行了施肥。"
    menu = "".join(f"<li><a href='/c{i}'>{c}</a></li>" for i, c in enumerate(("新闻动态", "集团新闻", "部门动态")))
    page = ("<html><head><title>部门动态 - 新闻动态 - 某大学后勤集团</title></head><body>"
            f"<div class='name'>部门动态</div><ul class='menu'>{menu}</ul>"
            "<div class='crumb'>首页&gt; 新闻动态&gt; 部门动态</div>"
            "<h1>后勤集团物业管理部开展牡丹苑牡丹花施肥工作</h1><div>来源：物业管理部 文/林子</div>"
            f"<div>编辑：曾瑶 时间：2016-03-15</div><p>{para}</p><p>{para}</p></body></html>")
    assert webclean.clean(page).title == "后勤集团物业管理部开展牡丹苑牡丹花施肥工作"


def test_a_series_name_with_a_figure_in_brackets_is_the_column() -> None:
    from webclean.extract.titles import split_column
    assert split_column("【致敬70年·虹口统战】庆祝新中国成立70周年，虹口统战追梦起航！") == (
        "致敬70年·虹口统战", "庆祝新中国成立70周年，虹口统战追梦起航！")
    assert split_column("【2019年3月5日】政府工作报告全文")[0] is None   # a date in brackets names no column
    assert split_column("【12.5】促消费政策出台")[0] is None


def test_a_text_pages_date_row_under_its_headline_is_no_rival_headline() -> None:
    # a self-media page kept as text: the headline (its <title>, not repeated), then a badge, the pen name and the
    # time on one row; the row carries a date of its own but says too little before it to be a headline
    para = ("德雷蒙德格林，一谈起这位勇士队的首发大前锋，非勇士球迷一般都会有这样的印象：踢人，技术犯规，性情暴躁。"
            "稍微了解一点他的球迷还应该知道他是联盟中的防守悍将。")
    page = f"场均11+7.9+7.6 很多球迷质疑他能不能被称为巨星？\n原创 紫醉金迷 2018-01-19 22:20:24\n{para}\n{para}\n"
    assert webclean.clean(page).title == "场均11+7.9+7.6 很多球迷质疑他能不能被称为巨星？"


@pytest.mark.parametrize("title_line, column", [("新闻动态", "新闻动态"),
                                                ("部门动态 - 集团新闻 - 某某集团", "部门动态")])
def test_a_text_pages_title_line_naming_the_column_gives_way_to_the_headline_under_it(title_line: str,
                                                                                      column: str) -> None:
    # a company's news page kept as text: its <title> is the column's name (or the column's path), which stands
    # again over the headline at the end of the menu; a calendar badge's day and the date come before the text
    para = ("“用科技让复杂的世界更简单”是百度的企业使命。百度人在技术创新的同时，也在积极用技术解决社会问题。"
            "从2019年7月起，百度将定期对外公布在解决社会问题方面取得的新成果和新进展。")
    page = (f"{title_line}\n关于百度\n集团新闻\n加入我们\n联系我们\n首页>\n{column}\n"
            f"百度发布企业社会责任季报：AI寻人三年帮助超6700个家庭团聚\n16\n07月\n2019\n2019-07-16\n{para}\n")
    assert webclean.clean(page).title == "百度发布企业社会责任季报：AI寻人三年帮助超6700个家庭团聚"
    # a short headline over its credit line stays the headline
    short = page.replace("百度发布企业社会责任季报：AI寻人三年帮助超6700个家庭团聚\n16\n07月\n2019\n", "来源：百度\n")
    assert webclean.clean(short).title == column


def test_the_title_repeat_over_the_text_beats_a_licence_box_repeating_it_after() -> None:
    # A Hexo Fluid post kept as text: the headline over the poem, and the licence box after it repeats the
    # headline over the post's address and its date (a stronger date than the headline's own row).
    text = "\n".join(["桃花依旧笑 - Kovacs", "首页", "归档", "Kovacs", "2015年12月28日 下午", "280 字", "桃花依旧笑",
                      "昔年，有人于林中念动《桃木诗》，不知含意，如诵“咒语歌”般，便能夺了魂、摄了魄去，恍恍不可终日。",
                      "我想写点桃花", "却不知从何写起", "随笔", "桃花依旧笑",
                      "https://mritd.com/2015/12/28/tao-hua-yi-jiu-xiao/", "作者", "Kovacs", "发布于", "2015年12月28日",
                      "许可协议", "CentOS 6.7_x64 minimal 网络初始化配置", "上一篇"])
    record = webclean.clean(text)
    assert record.title == "桃花依旧笑"
    assert record.body.startswith("昔年，有人于林中念动")


def test_a_blog_engines_banner_over_its_post_heading_gives_the_post_title() -> None:
    # Movable Type: <title>lloyd: 我的注音輸入法</title>, the banner <h1>lloyd</h1>, the date <h2>, the post <h3>
    page = ("<html><head><title>lloyd: 我的注音輸入法</title></head><body><div id='banner'><h1>lloyd</h1></div>"
            "<div class='blog'><h2 class='date'>July 14, 2003</h2>"
            "<div class='blogbody'><h3 class='title'>我的注音輸入法</h3>"
            "<p>用了這麼多年的注音輸入法，我想談談自己的經驗，以及一些常見的輸入問題。</p>"
            "<p>大部分的人都是從小學就開始學注音符號，所以這是最自然的輸入方式。</p></div></div></body></html>")
    record = webclean.clean(page)
    assert record.title == "我的注音輸入法"
    assert not record.body.startswith("我的注音輸入法")


def test_the_pages_only_h1_extending_the_title_beats_a_bar_bearing_the_title() -> None:
    # MkDocs Material: the header's topic repeats the menu's name for the page (可乐鸡翅), the page's h1 extends it
    page = ("<html><head><title>可乐鸡翅 - How To Cook</title></head><body><header><div class='md-header__topic'>"
            "可乐鸡翅</div></header><article><h1>可乐鸡翅的做法</h1><p>可乐鸡翅是一道家常菜，做法简单，适合新手尝试。</p>"
            "<p>鸡翅洗净后用刀划两道口子，方便入味，再用料酒和姜片腌制十五分钟。</p></article></body></html>")
    assert webclean.clean(page).title == "可乐鸡翅的做法"


def test_a_headline_set_on_two_lines_by_a_break_is_one_title() -> None:
    # FT partner content: <h1>现代传承：<br>释放家族价值观的潜力</h1>; a board's trail over a topic is no part of it
    import webclean
    para = "若希望长久延续家族传承，必然需要构筑坚实的根基，而这种根基不仅关乎于财富与人脉，更深植于家族的核心价值观。"
    def page(h1: str, title: str) -> str:
        return (f"<html><head><title>{title}</title></head><body><div class='hero'><h1 class='headline'>{h1}</h1>"
                f"</div><p>{para}</p><p>{para}</p></body></html>")
    rec = webclean.clean(page("现代传承：<br>释放家族价值观的潜力", "星展私人银行"))
    assert rec.title == "现代传承：释放家族价值观的潜力" and "现代传承：" not in rec.paragraphs
    assert webclean.clean(page("靠谱人生茶话会 » 讨论<br>来推冻鳗群啦！", "来推冻鳗群啦！")).title == "来推冻鳗群啦！"


def test_a_caption_repeating_the_title_is_no_headline_and_the_sole_h1_is() -> None:
    # BBC 中文's video story: <title> names the story one way, the player's <figcaption> repeats it (with a label
    # for screen readers), the page's only <h1> names it another way; the h1 is the headline
    import webclean
    para = "30歲的鄭宇君從軍八年，是台灣首批在裝甲部隊的女性，她數月前在公開操演中駕駛戰車的影片引起關注。"
    page = ("<html><head><title>從軍隊窄門到首批女性裝甲兵：台灣女性軍人如何突破「天花板」？ - BBC News 中文</title>"
            "</head>"
            "<body><div class='bar'>BBC News, 中文</div><main><h1>開戰車的女人：我是如何突破軍隊「天花板」？</h1>"
            "<figure><figcaption>音頻加註文字，從軍隊窄門到首批女性裝甲兵：台灣女性軍人如何突破「天花板」？"
            "</figcaption></figure>"
            f"<time>2025年11月30日</time><p>{para}</p><p>{para}</p></main></body></html>")
    assert webclean.clean(page).title == "開戰車的女人：我是如何突破軍隊「天花板」？"


def test_a_short_headline_repeating_the_title_line_over_its_date_heads_a_text_page() -> None:
    # a Hexo blog kept as text: 回归 | AmorFati at the top, 回归 over 发表于 2021-11-17; the engine's credit at the
    # foot is never the headline, and a page's own name (首页 | 某某网) names no headline
    import webclean
    lines = ["回归 | AmorFati", "AmorFati", "首页", "关于", "标签", "回归", "发表于", "2021-11-17",
             "我又回来了！这一年发生了很多事情，工作换了城市，生活也慢慢安定下来，以后会常常更新这个小站。",
             "© 2018 – 2022 AmorFati", "由 Hexo & NexT.Gemini 强力驱动"]
    assert webclean.clean("\n".join(lines).encode()).title == "回归"
    lines[0], lines[5] = "首页 | AmorFati", "首页"
    assert webclean.clean("\n".join(lines).encode()).title != "首页"
    assert webclean.clean("\n".join(lines).encode()).title != "由 Hexo & NexT.Gemini 强力驱动"


@pytest.mark.parametrize("title_line, headline", [
    ("lloyd: 我的注音輸入法", "我的注音輸入法"),                        # Movable Type: the blog's name, ': ', the post
    ("黑麻吉達康: 好個主機板大國~", "好個主機板大國~"),
    ("Tumi's Cabaret 分部: 爛水手責怪風向: QBQ 讀後感", "爛水手責怪風向: QBQ 讀後感"),
])
def test_a_blog_engines_name_colon_post_title_line_is_echoed_by_the_headline(title_line: str, headline: str) -> None:
    import webclean
    lines = [title_line, title_line.split(": ")[0], "« 上一篇文章 |", "回到主頁面", "| 下一篇文章 »", "July 14, 2003",
             headline, "一般來說純粹的注音輸入法，輸入的瓶頸在於同音字過多，選字率偏低，所以打字速度有限。",
             "目前的輸入法大致上分為幾類，各有長處，也各有讓人頭痛的地方，下面一一說明。"]
    assert webclean.clean("\n".join(lines).encode()).title == headline


@pytest.mark.parametrize("title, column, headline", [
    ("中職》隊友全楞住！江坤宇驚喜再見轟", "中職", "隊友全楞住！江坤宇驚喜再見轟"),   # 自由時報
    ("新聞透視》黑道變網紅 斷金流才是反制之道", "新聞透視", "黑道變網紅 斷金流才是反制之道"),   # 中國時報
    ("陳嘉宏專欄：柯文哲的心靈雞湯", "陳嘉宏專欄", "柯文哲的心靈雞湯"),                 # 上報
    ("《人民日报》评论员文章：坚定信心", None, "《人民日报》评论员文章：坚定信心"),
])
def test_a_column_marked_before_the_headline_is_the_column(title: str, column: str | None, headline: str) -> None:
    from webclean.extract.titles import split_column
    assert split_column(title) == (column, headline)


def test_a_wechat_text_pages_title_line_is_its_headline_over_the_account_name_shown_twice() -> None:
    # a WeChat article kept as text: its <title> is the headline alone, the account's name comes twice under it
    headline = "刚刚，交大校友黄旭华、吴文俊被授予国家最高荣誉！"
    lines = [headline, "上海交通大学", "上海交通大学", "微信号", "love_SJTU", "功能介绍",
             "这里是高教信源、时政平台、微型课堂，用图解、短文、视频等形式推送媒体信息。欢迎关注上海交通大学！",
             "9月29日上午10点，国家勋章和国家荣誉称号颁授仪式在人民大会堂隆重举行。" * 2,
             "“人民科学家”国家荣誉称号获得者", "吴文俊，男，汉族，1919年5月生，上海市人，中国科学院研究员。"]
    assert webclean.clean("\n".join(lines).encode()).title == headline
    # with a site's name after the headline the title line is no whole headline: its repeat decides
    site = "\n".join([headline + " - 上海交通大学"] + lines[1:])
    assert webclean.clean(site.encode()).title != headline + " - 上海交通大学"


@pytest.mark.parametrize("raw, title", [
    ("【1465期】共价有机框架材料全球首次吨级量产", "共价有机框架材料全球首次吨级量产"),   # 南开大学报's issue
    ("【总第123期】校园新闻周报", "校园新闻周报"),
    ("【3月5日】政府工作报告全文", "【3月5日】政府工作报告全文"),   # a day is no issue number
])
def test_an_issue_number_in_brackets_opening_a_headline_is_dropped(raw: str, title: str) -> None:
    from webclean.extract.titles import clean_title
    assert clean_title(raw)[0] == title


def test_the_articles_own_header_class_is_no_page_furniture_for_its_headline() -> None:
    # 文汇报's e-paper: <h2> in div.news_header.news_title over the text; a date picker's label over the issue's date
    para = ("<div class='newscontent'>本报讯 （记者姜澎）当地时间9月12日15时，在北极圈内的北纬77°57′、东经93°24′，"
            "正在执行北极航行任务的“天佑轮”上，五星红旗冉冉升起。</div>")
    page = ("<html><head><title>电子报_内容详情</title></head><body><div class='datenav'>日期选择</div>"
            "<p class='text'>2019-09-17 第26,259号</p>"
            "<div class='news_box news_header'><h2 class='news_title'>五星红旗在商船航线最高纬度升起</h2></div>"
            + para * 3 + "</body></html>")
    assert webclean.clean(page.encode()).title == "五星红旗在商船航线最高纬度升起"
    aside = page.replace("news_box news_header", "sidebar side_header")
    assert webclean.clean(aside.encode()).title != "五星红旗在商船航线最高纬度升起"   # a side bar's heading


def test_the_whole_headline_opening_the_text_under_a_cut_one_is_no_text() -> None:
    # DedeCMS cuts the headline at its length limit; the text opens with the whole headline; the digest box over the
    # text repeats the text's opening, headline included
    text = ("2017年4月25日下午西安市委常委、统战部长史晓红及市工商联乔书记一行5人莅临陕西省浙江丽水商会参观、指导工作，"
            "商会会长杨发和、副会长徐德龙热情接待了史部长一行，并参加了座谈。")
    page = ("<html><head><title>西安市统战部史部长与市工商联一行莅临我会参_商会公告</title></head><body>"
            "<h2>西安市统战部史部长与市工商联一行莅临我会参</h2><div class='info'>时间:2017-11-21 16:43</div>"
            "<div class='intro'>西安市统战部史部长与市工商联一行莅临我会参观指导工作 " + text + "</div>"
            "<div class='content'><p>西安市统战部史部长与市工商联一行莅临我会参观指导工作</p><p>" + text + "</p></div>"
            "</body></html>")
    record = webclean.clean(page.encode())
    assert record.body == text
    sentence = page.replace("<p>西安市统战部史部长与市工商联一行莅临我会参观指导工作</p>",
                            "<p>西安市统战部史部长与市工商联一行莅临我会参观，并指导工作</p>")
    assert "并指导工作" in webclean.clean(sentence.encode()).body   # a sentence opening with the headline stays


def test_a_wechat_text_page_keeps_its_title_line_over_the_account_card_and_drops_the_card() -> None:
    # a scraper's text of a WeChat article: the title line, the account's card, the text; the title comes again in
    # the page's share dialog at its foot
    headline = "陈晏调研“千村整治·百村示范”工作推进情况"
    text = ["10月6日，市委副书记、市长陈晏到观山湖区和清镇市调研“千村整治·百村示范”工作推进情况。",
            "当天，陈晏首先来到观山湖区金华镇翁井村，听汇报、看展板，详细了解千村整治、污水治理等进展情况。"]
    card = ["贵阳发布", "贵阳发布", "Weixin ID", "Cool-Guiyang", "About Feature", "中共贵阳市委宣传部官方微信", "Today",
            "收录于话题"]
    lines = [headline, *card, *text, "微信扫一扫", headline, "Cancel"]
    record = webclean.clean("\n".join(lines).encode())
    assert record.title == headline
    assert record.body.startswith("10月6日") and "About Feature" not in record.body


def test_a_latin_headline_with_its_numbers_is_the_title_lines_repeat() -> None:
    # a Hexo NexT post kept as text: its headline holds two numbers and two words (Photography #1: 2019 Review)
    para = "想說 2019 都要結束了，仔細想想今年，比較值得一提的大概也只有拍照這檔事，從本來自己一個人四處晃晃拍。"
    lines = ["Photography #1: 2019 Review | Elmo's writeup", "Elmo's writeup", "Home", "About", "Archives",
             "Photography #1: 2019 Review", "Posted on", "2019-12-30", para, para]
    assert webclean.clean("\n".join(lines) + "\n").title == "Photography #1: 2019 Review"
    menu = ["Best of 2014 | Apartment Therapy", "Apartment Therapy", "Best of 2014", "Posted on", "2019-12-30", para]
    assert webclean.clean("\n".join(menu) + "\n").title != "Best of 2014"   # one number: a menu's label


def test_a_series_lists_repeat_past_the_text_takes_no_tie_from_the_headline() -> None:
    # Hexo Butterfly kept as text: the series list under the post repeats the headline with its date glued on
    para = "本节主要介绍凸分析的二阶条件，二阶条件是判断函数凸性最常用的方法，比用定义验证简单得多。"
    # (the formulas come a short line each, so the first paragraph stands far under the headline)
    short = ["Theorem 1.11", "Let f ∈ C2. Then", "f is a convex function over a", "convex set Ω", "这个定理的意思是：",
             "Hessian 矩阵 ∇2f(x)", "在整个 Ω", "上半正定。"]
    lines = ["Theorem 1.11 & Theorem 1.12 | Old Guard's Blogs", "Home", "Archives",
             "Theorem 1.11 & Theorem 1.12", "发表于2025-10-27|更新于2025-10-27|课程笔记", *short, para, para, para,
             "系列文章", "Theorem 1.132025-10-27", "Theorem 1.11 & Theorem 1.122025-10-27", "Theorem 1.102025-10-27"]
    record = webclean.clean("\n".join(lines) + "\n")
    assert record.title == "Theorem 1.11 & Theorem 1.12"
    assert para in record.body


def test_under_a_site_name_title_the_first_line_over_its_date_is_the_headline() -> None:
    # a school site: <title> is the school's name, a banner line greets, the headline is a plain <div class="tit">
    para = "<p class='info_con'>网上报名现场确认所需材料：户口本原件及复印件、房产证原件及复印件。</p>"
    page = ("<html><head><title>鞍山市铁东区胜利小学</title></head><body>"
            "<p class='ny_ritle'>鞍山市铁东区胜利小学欢迎您！</p><p class='crumb'>首页 > 详情信息</p>"
            "<div class='sys_info tit'>鞍山市铁东区胜利小学户籍生现场材料审核公告</div>"
            "<div class='pub_time'>[发布时间2018年5月25日]</div>"
            "<p class='info_con'>鞍山市铁东区胜利小学（东校区）</p><p class='info_con'>时间：2018年6月9日上午8:30</p>"
            + para * 3 + "</body></html>")
    assert webclean.clean(page.encode()).title == "鞍山市铁东区胜利小学户籍生现场材料审核公告"
    listing = ("<html><head><title>鞍山市铁东区胜利小学</title></head><body>"
               "<p class='ny_ritle'>鞍山市铁东区胜利小学欢迎您！</p>"
               + "".join(f"<div class='item'>学校召开第{n}次家长会</div><div class='date'>2018-05-2{n}</div>"
                         f"<p class='summary'>本次家长会围绕学生安全教育展开，家长们积极参与讨论。</p>"
                         for n in range(1, 4))
               + "</body></html>")
    assert webclean.clean(listing.encode()).title != "学校召开第1次家长会"   # a list's entries, each over its date


def test_a_lower_heading_over_its_date_line_beats_a_title_piece_inside_the_text() -> None:
    # 龙图教育: <title>龙图教育教育集团-K12教育</title> agrees with a short line inside the text (龙图教育); the
    # article's headline is an <h3> with its date line under it
    para = ("<p>2019年4月，龙图教育教育集团与武汉三牛中美中学达成战略合作，"
            "此次合作将进一步完善集团在华中地区的学校布局。</p>")
    page = ("<html><head><title>龙图教育教育集团-K12教育</title></head><body>"
            "<div class='xwxq-header'><h3>龙图教育与武汉三牛中美中学达成战略合作</h3><p>2019.04.26</p></div>"
            "<div class='bjb'>" + para * 2 + "<p>龙图教育</p><p>点亮孩子的未来</p>" + para + "</div></body></html>")
    record = webclean.clean(page.encode())
    assert (record.title, str(record.published)) == ("龙图教育与武汉三牛中美中学达成战略合作", "2019-04-26")


def test_a_reading_sites_chapter_heading_is_the_title_not_the_books_name() -> None:
    # a 笔趣阁-style mirror: <title> is the book, the chapter and 全文免费阅读; the header's <h1> is the book's name
    # and the chapter's heading stands over the text, apart from it
    para = "<div class='nr'>柴贤皱了皱眉，反问道：“大师又为何在此？”净心收起金钵，凝视着几丈外的黑衣人。</div>"
    page = ("<html><head><title>大奉打更人 第五十三章 对质（一）全文免费阅读 - 某某小说网移动版</title></head><body>"
            "<div class='header'><h1>大奉打更人</h1><a href='/'>首页</a></div><div class='set'>关灯</div>"
            "<div class='set'>护眼</div><div class='nr_title'>第五十三章 对质（一）</div>" + para * 4
            + "</body></html>")
    assert webclean.clean(page.encode()).title == "第五十三章 对质（一）"


def test_an_angle_between_the_headline_and_the_sites_name_is_a_separator() -> None:
    # Hexo Fluid types its banner title by script: the <title> (雪山 < 风倾客栈 ✧) is all a scraper keeps
    para = "<p>清晨五点出发，沿着山脊一路向上，雪线之上的风很大，太阳出来的时候整座山都被染成了金色。</p>"
    page = "<html><head><title>雪山 &lt; 风倾客栈 ✧</title></head><body>" + para * 3 + "</body></html>"
    assert webclean.clean(page.encode()).title == "雪山"


def test_a_heading_past_the_text_is_no_post_under_the_blog_name() -> None:
    # Hexo Sakura: <title>人类的赞歌就是勇气的赞歌 | 莉莉娅</title> reads like "blog: post", but the post's <h1> comes
    # first and the writer's card (<h3>莉莉娅</h3>) stands under the text
    para = "<p>看了两本书，《JavaScript语言精粹》和《图解TCP/IP》，网课我也一直在上，时间过得比想象中快得多。</p>"
    page = ("<html><head><title>人类的赞歌就是勇气的赞歌 | 莉莉娅</title></head><body>"
            "<h1 class='entry-title'>人类的赞歌就是勇气的赞歌</h1><p>莉莉娅 · 2020-3-3</p>" + para * 4
            + "<div class='author-profile'><h3>莉莉娅</h3><p>一个好奇的人</p></div></body></html>")
    assert webclean.clean(page.encode()).title == "人类的赞歌就是勇气的赞歌"


def test_a_blog_posts_own_bar_stays_in_its_headline() -> None:
    para = "<p>这个月一直在下雨，营地里的路全是泥，卡车开不进来，我们只好每天步行去镇上买菜，倒也看了不少风景。</p>"
    post = ("<html><head><title>五月 | 非洲的雨季 - GoldMaple</title><meta name='generator' content='Hugo 0.111'>"
            "</head><body><article><h1>五月 | 非洲的雨季</h1><p>2023-05-31</p>" + para * 3
            + "</article></body></html>")
    record = webclean.clean(post.encode(), url="https://goldmaple.example/posts/may/")
    assert (record.page_kind, record.title, record.column) == ("blog-post", "五月 | 非洲的雨季", None)
    news = post.replace("五月 | 非洲的雨季", "人民論壇網評 | 踐行人民城市理念").replace("Hugo 0.111", "TRS")
    record = webclean.clean(news.encode(), url="https://www.rmlt.com.cn/2025/0714/1.shtml")
    assert (record.title, record.column) == ("踐行人民城市理念", "人民論壇網評")   # a newsroom's column


def test_a_threads_later_page_drops_the_reply_mark_before_its_title() -> None:
    para = "<p>妹妹今天又把我的零食吃光了，还理直气壮地说是帮我减肥，我真是哭笑不得，只好又去买了一包。</p>"
    page = ("<html><head><title>【图片】回复：我与妹妹的日常【缘之空吧】_百度贴吧</title></head><body>"
            "<h3 class='core_title_txt'>回复：我与妹妹的日常</h3>" + para * 3 + "</body></html>")
    assert webclean.clean(page.encode()).title == "我与妹妹的日常"
