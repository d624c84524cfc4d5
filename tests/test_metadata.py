"""Tests for webclean.extract.metadata: one per heuristic, hand-built text and HTML pages, and the corpus figures."""
from __future__ import annotations

import json
import time
from datetime import date, datetime
from pathlib import Path

import pytest

import webclean
from webclean.core.dates import CHINA_TZ
from webclean.document import Block, Document
from webclean.extract import metadata as md
from webclean.extract.titles import without_glued_control
from webclean.parse.text_lines import segment_text
from webclean.pipeline import Options

from .conftest import page_of, real_page_sets

SHARED = Path(__file__).parents[1] / ".." / "shared"

# A text page shaped like the seed (column | headline, epoch line, paragraphs, trailing byline,
# bracketed editor line); the wording is our own.
TEXT_PAGE = """網站首頁 | 網站地圖

評論頻道 > 正文

人民論壇網評 | 做好老舊小區改造,寫好民生“細文章”

1752464965434

老舊小區改造牽動千家萬戶。各地在推進改造時,要把居民的急難愁盼放在首位,先問需於民,再問計於民,讓改造方案真正貼合群眾生活,讓每一處改動都經得起時間檢驗。

改造不是一刷了之。要建立長效管理機制,讓物業服務、社區治理和居民自治形成合力,使小區既有新面貌,也有好秩序,真正做到住得安心、過得舒心。(作者:林書言)

[責任編輯:陳立]
"""


def text_doc(text: str) -> Document:
    doc = Document(text)
    doc.text = text
    segment_text(doc, Options())
    return doc


def html_doc(blocks: list[tuple[str, str]], head: dict, url: str | None = None) -> Document:
    doc = Document("", url=url, is_html=True)
    doc.blocks = [Block(i, text, tag=tag, heading=int(tag[1]) if tag in ("h1", "h2", "h3") else 0)
                  for i, (tag, text) in enumerate(blocks)]
    doc.head = {"title": None, "meta": {}, "jsonld": [], "canonical": None, "lang": None, "times": [], **head}
    return doc


PARA = ("城市更新行动在多地加快推进，老旧小区改造、完整社区建设和城市基础设施更新同步展开，"
        "居民生活条件明显改善，各地还在探索可持续的投融资模式。")


# ---------------------------------------------------------------- whole pages

def test_text_page_like_seed():
    doc = text_doc(TEXT_PAGE)
    md.extract_metadata(doc, Options())
    assert doc.value("title") == "做好老舊小區改造,寫好民生“細文章”"
    assert doc.value("column") == "人民論壇網評"
    assert doc.value("published") == datetime(2025, 7, 14, 11, 49, 25, tzinfo=CHINA_TZ)
    assert doc.value("published_precision") == "second"
    assert doc.value("author") == "林書言"
    assert doc.value("editor") == "陳立"
    last = next(b for b in doc.blocks if b.text.startswith("改造不是"))
    assert last.text.endswith("過得舒心。") and last.label is None
    assert any(r.kind == "byline" and r.text == "(作者:林書言)" for r in doc.removed)
    labels = {b.text: b.label for b in doc.blocks}
    assert labels["1752464965434"] == "timestamp"
    assert labels["[責任編輯:陳立]"] == "editor"
    assert labels["人民論壇網評 | 做好老舊小區改造,寫好民生“細文章”"] == "title"


def test_html_portal_page():
    doc = html_doc([("a", "首页"), ("h1", "城市更新按下快进键"),
                    ("div", "2025年07月14日 11:49 来源：人民网 作者：王明"),
                    ("p", PARA), ("p", PARA), ("div", "责任编辑：李华")],
                   {"title": "城市更新按下快进键_新浪网"})
    md.extract_metadata(doc, Options())
    assert doc.value("title") == "城市更新按下快进键"
    assert doc.value("source") == "人民网" and doc.value("author") == "王明" and doc.value("editor") == "李华"
    assert doc.value("published") == datetime(2025, 7, 14, 11, 49, tzinfo=CHINA_TZ)
    assert [b.label for b in doc.blocks] == [None, "title", "byline", None, None, "editor"]


def test_html_jsonld_and_meta():
    doc = html_doc([("h2", "新能源汽车下乡活动启动（组图）"), ("p", PARA)],
                   {"title": "新能源汽车下乡活动启动 - 中国日报网",
                    "meta": {"article:published_time": ["2025-07-14T03:49:25Z"]},
                    "jsonld": [{"@type": "NewsArticle", "author": {"@type": "Person", "name": "赵敏"}}]})
    md.extract_metadata(doc, Options())
    assert doc.value("title") == "新能源汽车下乡活动启动"
    assert doc.value("published").isoformat() == "2025-07-14T03:49:25+00:00"
    assert doc.value("author") == "赵敏"


def test_html_url_date_and_no_author():
    doc = html_doc([("h1", "暑期文旅消费持续升温"), ("p", PARA)], {"title": "暑期文旅消费持续升温|文旅频道|某某网",
                   "meta": {"author": ["某某网"]}}, url="http://travel.example.cn/2025/0714/c1-9.html")
    md.extract_metadata(doc, Options())
    assert doc.value("published") == date(2025, 7, 14) and doc.value("published_precision") == "day"
    assert doc.value("author") is None


# ---------------------------------------------------------------- named heuristics

def test_parse_credits_one_line():
    assert md.parse_credits("2025-07-14 11:49  来源：人民网  作者：张三  责任编辑：李四") == \
        {"source": "人民网", "author": "张三", "editor": "李四"}
    assert md.parse_credits("來源:中央社｜編輯:黃小文") == {"source": "中央社", "editor": "黃小文"}
    assert md.parse_credits("记者 王明 通讯员 李华") == {"author": "王明、李华"}
    assert md.parse_credits("文/周立") == {"author": "周立"}
    assert md.parse_credits("他说今天天气很好") == {}


def test_valid_person_rejects_outlets_and_junk():
    assert md.valid_person("馮稟壹") and md.valid_person("Alice")
    for bad in ("新华社", "本报", "admin", "回复", 'size="20"', "2025-07-14", "12345", "人民网", "大汉网络"):
        assert not md.valid_person(bad), bad


def test_valid_source():
    assert md.valid_source("人民网") and not md.valid_source('size="20"') and not md.valid_source("2025-07-14")


def test_clean_value():
    assert md.clean_value("人民网  作者：张三") == "人民网"
    assert md.clean_value("張堯]") == "張堯"


def test_strip_site_suffix():
    assert md.strip_site_suffix("城市更新提速_新浪网") == "城市更新提速"
    assert md.strip_site_suffix("城市更新提速-人民网") == "城市更新提速"
    assert md.strip_site_suffix("城市更新提速 - 中国日报网") == "城市更新提速"
    assert md.strip_site_suffix("城市更新提速|财经|某网") == "城市更新提速"


def test_split_column():
    assert md.split_column("人民論壇網評｜踐行人民城市理念") == ("人民論壇網評", "踐行人民城市理念")
    assert md.split_column("短|长一点的标题内容") == (None, "短|长一点的标题内容")


def test_clean_title_drops_picture_marker_and_spam():
    assert md.clean_title("海上风电装机创新高(图)")[0] == "海上风电装机创新高"
    title, _, spam_part = md.clean_title("城市更新何以绘就“同心圆”?|天天爱天天做天天爽")
    assert title == "城市更新何以绘就“同心圆”?" and spam_part == "天天爱天天做天天爽"


def test_looks_like_headline():
    assert md.looks_like_headline("做好老旧小区改造,写好民生“细文章”")
    assert not md.looks_like_headline("会议在北京举行。")
    assert not md.looks_like_headline("2025-07-14 11:49")
    assert not md.looks_like_headline(PARA)


def test_text_headline_prefers_line_before_dateline():
    blocks = [Block(0, "每日推荐"), Block(1, "高温天气持续 多地发布预警"), Block(2, "2025-07-14 11:49"), Block(3, PARA)]
    assert md.text_headline(blocks).index == 1


@pytest.mark.parametrize("top, line, title", [
    ("37岁丁俊晖身价过亿，家世显赫_【快资讯】", "37岁丁俊晖身价过亿，家世显赫播报文章", "37岁丁俊晖身价过亿，家世显赫"),
    ("廉署貪污舉報今年跌11% | 星島日報", "廉署貪污舉報今年跌11% （港聞）", "廉署貪污舉報今年跌11%"),
    # a longer headline is no label glued to the title line's
    ("廉署貪污舉報今年跌11% | 星島日報", "廉署貪污舉報今年跌11%的原因", "廉署貪污舉報今年跌11%的原因"),
    ("夏粮收购进度过半_某某网", "夏粮收购进度过半，多地加快入库进度", "夏粮收购进度过半，多地加快入库进度"),
])
def test_a_controls_label_glued_to_the_headline_is_cut_where_the_title_line_ends(top, line, title):
    blocks = [Block(0, top), Block(1, line), Block(2, "2024-05-08 23:23"), Block(3, PARA)]
    assert md.text_headline(blocks).index == 1
    assert without_glued_control(line, blocks, blocks[1]) == title


def test_text_headline_over_a_desk_line_beats_the_desk_over_the_date():
    blocks = [Block(0, "國際"), Block(1, "油價跌跌不休 重挫歐美股市"), Block(2, "產生縮網址"), Block(3, "編譯中心"),
              Block(4, "2014-12-13 09:33"), Block(5, PARA)]
    assert md.text_headline(blocks).index == 1


def test_text_headline_with_its_own_date_glued_to_it():
    blocks = [Block(0, "無綫新聞 - 財經 - 市料美零售銷售與消費者信心續升 - tvb.com"), Block(1, "2014年12月13日(六)"),
              Block(2, "天晴，天氣乾燥。明早天氣相當清涼，市區最低氣溫約14度，新界再低幾度。"),
              Block(3, "市料美零售銷售與消費者信心續升 2014-12-08 06:49"), Block(4, PARA)]
    assert md.text_headline(blocks).index == 3
    blocks[3] = Block(3, "出版：2014-12-08 06:49 更新：2014-12-08 06:49")
    assert md.text_headline(blocks).index != 3


def test_text_headline_may_open_with_its_year():
    blocks = [Block(0, "2019年中国货币政策大事记"), Block(1, "网站地图"),
              Block(2, "2020年10月28日 星期三 | 我的位置:首页 > 货币政策司 > 货币政策大事记"),
              Block(3, "2019年中国货币政策大事记"), Block(4, "字号 大 中 小"), Block(5, PARA)]
    assert md.text_headline(blocks).index == 3
    assert not md.looks_like_headline("2020年10月28日 星期三") and md.looks_like_headline("2019年中国货币政策大事记")


def test_text_headline_with_a_dash_of_its_own_repeats_the_title_line():
    top = "《我牛逼的2011年大总结套餐》————【5400字，做好长篇阅读准备】_谢莱纳_新浪博客"
    blocks = [Block(0, top), Block(1, "正文"), Block(2, top.split("_")[0]), Block(3, "(2011-12-31 23:10:50)转载▼"),
              Block(4, "杂谈"), Block(5, "我牛逼的2011年大总结套餐"), Block(6, PARA)]
    assert md.text_headline(blocks).index == 2


def test_text_headline_repeats_a_title_line_holding_a_media_word_even_when_it_went_as_a_menu():
    from webclean.extract.titles import echoes_title_line
    top = Block(0, "媒体评县领导办公室装门禁：你是县长 你怕谁？|门禁|县长|吴起县_新浪新闻")
    blocks = [Block(1, "新浪首页"), Block(2, "媒体评县领导办公室装门禁：你是县长 你怕谁？"),
              Block(3, "2018年09月28日 19:20"), Block(4, "新浪新闻综合"),
              Block(5, "原标题：奇葩！办公室装门禁，你是县长，你怕谁？"), Block(6, PARA)]
    # the title line went as a menu of | pieces: the page's top lines still count
    assert md.text_headline(blocks, tops=[top, blocks[0]]).index == 2
    assert echoes_title_line([top] + blocks, 2)


def test_text_headline_repeats_a_run_of_the_title_lines_pieces():
    # the title line sets the headline before a spaced slash and the party's name; the party's name and
    # slogan come again over the day of the post, and must not win as the title line's repeat
    top = "社區志工站出來：一起守護老街 / 某某黨 - 品質保證"
    blocks = [Block(0, top), Block(1, "首頁"), Block(2, "某某黨 - 品質保證"), Block(3, "2023-02-24"),
              Block(4, "社區志工站出來：一起守護老街"), Block(5, PARA)]
    assert md.text_headline(blocks).index == 4


def test_text_headline_after_a_latin_site_name_and_a_colon():
    top = "Pinyin Song Corner: Ye Guang Xia De Lu - Chen Xiao (夜光下的路 - 陈晓)"
    blocks = [Block(0, top), Block(1, "Pinyin Song Corner"), Block(2, "Monday, May 2, 2011"),
              Block(3, "Ye Guang Xia De Lu - Chen Xiao (夜光下的路 - 陈晓)"), Block(4, "夜里走过的路 灯一盏一盏"),
              Block(5, "Ye li zou guo de lu deng yi zhan yi zhan"), Block(6, PARA)]
    assert md.text_headline(blocks).index == 3


def test_a_copy_of_the_headline_in_a_box_under_the_article_does_not_replace_it():
    top = "社区食堂开到家门口｜老人吃饭不再难-某某网城市频道-某某网"
    blocks = [Block(0, top), Block(1, "正文"), Block(2, "社区食堂开到家门口｜老人吃饭不再难"),
              Block(3, "2024-05-15 08:58:52来源：某某网"), Block(4, PARA), Block(5, "查看更多"),
              Block(6, "社区食堂开到家门口｜老人吃饭不再难"), Block(7, "另一条新闻的标题写在这里 2024-05-24")]
    assert md.text_headline(blocks).index == 2


def test_text_headline_past_a_cookie_notice_may_sit_under_its_edition_day():
    top = "投票率31.9% 升1.7百分點 少3.3萬人 - 20251208 - 要聞 - 每日明報 - 明報新聞網"
    blocks = [Block(0, top), Block(1, "本網站有使用Cookies，請確定同意接受才繼續瀏覽。 了解更多接受"), Block(2, "要聞"),
              Block(3, "2025年12月8日星期一"), Block(4, "投票率31.9% 升1.7百分點 少3.3萬人"),
              Block(5, "有宏福街坊票站重聚 有因火災再投票"), Block(6, PARA)]
    assert md.text_headline(blocks).index == 4


def test_text_headline_is_never_the_reporters_dateline():
    # a scraper's text of a 聯合晚報 story: the headline line went with the related list above it, and the
    # bracketed dateline under it (a byline, not a headline) must not take its place
    blocks = [Block(0, "相關新聞："), Block(1, "【聯合晚報╱記者楊正海╱即時報導】"), Block(2, "2014.12.13 01:06 pm"),
              Block(3, PARA)]
    assert md.text_headline(blocks) is None
    blocks.insert(1, Block(1, "郝龍斌：贊成修憲和內閣制"))
    assert md.text_headline(blocks).text == "郝龍斌：贊成修憲和內閣制"


def test_html_headline_agrees_with_title():
    doc = html_doc([("h1", "某某网"), ("h2", "夏粮收购进度过半"), ("p", PARA)], {"title": "夏粮收购进度过半 某某网"})
    block, text = md.html_headline(doc, doc.blocks)
    assert block.index == 1 and text is None


def test_head_date_and_author():
    doc = html_doc([], {"jsonld": [{"datePublished": "2025-07-14", "author": [{"name": "李雷"}]}]})
    assert md.head_date(doc)[:2] == (date(2025, 7, 14), "day")
    assert md.head_author(doc) == "李雷"
    doc = html_doc([], {"meta": {"description": ["（中央社記者林大文台北14日電）颱風逼近。"]}})
    assert md.head_author(doc) == "林大文"


def test_reporter_dateline_and_posted_by():
    assert md.reporter_dateline("（新华社记者张小明北京14日电）会议指出") == "张小明"
    assert md.reporter_dateline("記者林小悅／台南報導") == "林小悅"
    assert md.reporter_dateline("据介绍，今年的活动规模更大。") is None
    assert md.reporter_dateline("新华社北京7月15日电（记者刘晓峰、陈佳怡）记者从有关部门获悉") == "刘晓峰、陈佳怡"
    assert md.reporter_dateline("本报讯（记者 王明 李华）") == "王明、李华"
    assert md.reporter_dateline("（记者 王明、北京市）") is None     # every bracketed item must be a person
    assert md.posted_by("由小海张贴 @ 2005-06-14 03:25:55 (370)") == "小海"


@pytest.mark.parametrize("line, poster", [
    ("老张写代码 于 2025-06-03 14:22:10 发布", "老张写代码"),          # a blog's info bar
    ("data_whale 于 2024-11-02 09:15:33 修改 发布", "data_whale"),
    ("林間小路 發佈於 2023-05-06", "林間小路"),
    ("会议于2025年3月1日发布", None),                                 # a sentence: no space sets a name apart
    ("[点击此处收藏本文] 发表于2005年09月07日 11:57 AM", None),        # a button before the post time
    ("本文 于 2025-06-03 发布", None),                                 # a word, not a name
])
def test_posted_by_reads_a_blog_info_bar(line: str, poster: str | None) -> None:
    assert md.posted_by(line) == poster


def test_heading_headline_skips_sidebar_headings():
    blocks = [Block(0, "博客导读", tag="h2", heading=2, hints="bottom_nav"),
              Block(1, "湘江边的早茶店 (图)", tag="td", hints="table-bg post-title"),
              Block(2, "2005-06-14 03:25:55", tag="td"), Block(3, PARA, tag="td")]
    assert md.heading_headline(blocks).index == 1


def test_dateline_source():
    assert md.dateline_source("2022-02-13 09:57 光明网") == "光明网"
    assert md.dateline_source("某某中文站2016年10月14日07:17") == "某某中文站"
    assert md.dateline_source("2004-12-10 阅读10544次") is None


def test_name_under_headline_and_repeat():
    doc = html_doc([("td", "林木：我为什么回到乡村"), ("p", "我为什么回到乡村"), ("p", "林木"), ("p", PARA)], {})
    md.drop_repeated_headline(doc, doc.blocks, 0)
    assert doc.blocks[1].label == "title"
    open_blocks = [b for b in doc.blocks if b.label is None]
    assert md.name_under_headline(open_blocks, 0) == "林木"
    assert md.name_under_headline([Block(0, "标题很长很长"), Block(1, "会议议程"), Block(2, "短")], 0) is None


def test_trailing_byline_trims_paragraph():
    doc = html_doc([("p", "社区虽小，连着千家万户。（作者：林书言）"), ("p", PARA + "（周明 上海报道）")], {})
    assert md.trailing_byline(doc, doc.blocks)
    assert doc.value("author") == "林书言" and doc.blocks[0].text == "社区虽小，连着千家万户。"


def test_scan_credit_lines_labels_blocks():
    doc = html_doc([("h1", "标题在这里很长"), ("div", "发布时间：2025年7月14日"), ("p", PARA),
                    ("div", "來源:中央社")], {})
    md.scan_credit_lines(doc, doc.blocks, 0)
    assert doc.value("published") == date(2025, 7, 14) and doc.value("source") == "中央社"
    assert doc.blocks[1].label == "timestamp" and doc.blocks[3].label == "source"


def test_labelled_blocks_are_left_alone():
    doc = html_doc([("h1", "夏粮收购进度过半"), ("div", "作者：王明"), ("p", PARA)], {"title": "夏粮收购进度过半"})
    doc.blocks[1].mark("navigation", "test")
    md.extract_metadata(doc, Options())
    assert doc.value("author") is None and doc.blocks[1].label == "navigation"


def test_short_heading_title_for_entries_and_columns():
    doc = html_doc([("h2", "目录"), ("h1", "金锺国"), ("h2", "简介[编辑]"), ("p", PARA)],
                   {"title": "金锺国 - 维基百科，自由的百科全书"})
    block, text = md.html_headline(doc, doc.blocks)
    assert block.text == "金锺国" and text is None
    # A two-character name that is only the site's name in <title> is not a headline.
    doc = html_doc([("h1", "某网"), ("p", PARA)], {"title": "夏粮收购进度过半_某网"})
    assert md.short_heading_title(doc.blocks, ["夏粮收购进度过半_某网"]) is None


def test_short_heading_title_ignores_links():
    blocks = [Block(0, "城事", tag="h2", heading=2, link_chars=2, links=1), Block(1, "城事", tag="h2", heading=2)]
    assert md.short_heading_title(blocks, ["城事_江城晚报"]).index == 1


def test_dated_link_item_is_not_the_page_date():
    assert md.dated_link_item(Block(0, "地铁五号线南延段完成轨道铺设2025-06-11", links=1, link_chars=14))
    assert not md.dated_link_item(Block(0, "2022-02-13 09:57 光明网", links=1, link_chars=3))
    assert not md.dated_link_item(Block(0, "2025-06-11 10:20"))
    assert not md.dated_link_item(Block(0, "2005-06-14 03:25:55", links=1, link_chars=19))  # a permalinked date
    blocks = [Block(0, "城事", tag="h2", heading=2)] + [
        Block(i, f"第{i}条新闻的标题文字2025-06-{i:02d}", tag="li", links=1, link_chars=10) for i in range(1, 6)]
    doc = html_doc([], {"title": "城事_江城晚报"})
    doc.blocks = blocks
    md.extract_metadata(doc, Options())
    assert doc.value("title") == "城事" and doc.value("published") is None


GOV_GRID = [("td", "索 引 号："), ("td", "11220000013544357T/2025-00101"),
            ("td", "发文机关："), ("td", "江北省人民政府"),
            ("td", "成文日期："), ("td", "2025年03月05日"), ("td", "标      题："),
            ("td", "江北省人民政府关于划定河道管理范围的通告"), ("td", "发布日期："), ("td", "2025年03月07日"),
            ("div", "江北省人民政府关于划定河道管理范围的通告"), ("div", PARA), ("div", "江北省人民政府"),
            ("div", "2025年3月5日")]


def test_official_document_info_reads_the_grid():
    doc = html_doc(GOV_GRID, {})
    info = md.official_document_info(doc.blocks, 7)
    assert info["issuer"] == "江北省人民政府" and info["written"] == (date(2025, 3, 5), "day")
    assert md.official_document_info([Block(0, "发文机关："), Block(1, "点击查看")], 0) == {}
    assert md.official_document_info([Block(0, "成文日期："), Block(1, "暂无")], 0) == {}


def test_government_notice_page_credits_the_issuer_and_the_date_written():
    doc = html_doc(GOV_GRID, {"title": "江北省人民政府关于划定河道管理范围的通告",
                              "meta": {"pubdate": ["2025-03-07 00:00:00"]}})
    md.extract_metadata(doc, Options())
    assert doc.value("author") == "江北省人民政府"
    assert doc.value("published") == date(2025, 3, 5)


BULLETIN_GRID = [("td", "索 引 号："), ("td", "014717475N/2025-0001234"), ("td", "发布机构："),
                 ("td", "江北市统计局"), ("td", "发文日期："), ("td", "2025-03-31"), ("td", "公开方式："),
                 ("td", "主动公开"), ("h1", "江北市2024年国民经济和社会发展统计公报"), ("div", PARA)]


def test_bulletin_disclosure_table_names_its_publisher_as_the_source_not_the_author():
    # 发布机构 is the body that put the document on the site, not its writer (发文机关 is that)
    doc = html_doc(BULLETIN_GRID, {"title": "江北市2024年国民经济和社会发展统计公报"})
    md.extract_metadata(doc, Options())
    assert doc.value("source") == "江北市统计局" and doc.value("author") is None
    # a 来源 line of the page names the source more closely than the table
    doc = html_doc(BULLETIN_GRID + [("div", "来源：江北日报")], {"title": "江北市2024年国民经济和社会发展统计公报"})
    md.extract_metadata(doc, Options())
    assert doc.value("source") == "江北日报"


def test_page_without_document_grid_keeps_meta_date_and_no_author():
    doc = html_doc([("h1", "江北省召开河道管理工作会议"), ("p", PARA)],
                   {"title": "江北省召开河道管理工作会议", "meta": {"pubdate": ["2025-03-07 00:00:00"]}})
    md.extract_metadata(doc, Options())
    assert doc.value("author") is None and doc.value("published").date() == date(2025, 3, 7)


def test_forum_repost_credits_the_paper_authors():
    doc = html_doc([("div", "2003-5-29 09:07 高山流水"), ("div", "社会资本与下岗职工的再就业"),
                    ("div", "社会资本与下岗职工的再就业"), ("div", "赵延东、风笑天"), ("div", PARA)],
                   {"title": "社会资本与下岗职工的再就业(页 1) - 学术前沿 - 某某论坛"})
    md.extract_metadata(doc, Options())
    assert doc.value("author") == "赵延东、风笑天" and doc.blocks[3].label == "byline"


def _blog_archive(first_extra: list[tuple[str, str]]) -> Document:
    return html_doc([("td", "湘江边的早茶店 (图)"), ("td", "2005-06-14 03:25:55"), ("td", PARA), ("td", PARA)]
                    + first_extra
                    + [("td", "由小海张贴 @ 2005-06-14 03:25:55 (370) 共 11 篇评论"), ("td", "回忆童年的露天电影院"),
                       ("td", "2005-06-10 05:53:20"), ("td", PARA), ("td", "(编辑：燕子)"),
                       ("td", "由小海张贴 @ 2005-06-10 05:53:20 (993)")], {"title": "湘江边的早茶店 - 小海的博客"})


def test_credits_under_a_later_post_are_not_the_pages():
    doc = _blog_archive([])
    md.extract_metadata(doc, Options())
    assert doc.value("author") == "小海" and doc.value("editor") is None
    assert md.poster_footer(doc.blocks, 0, 4)


def test_credits_inside_the_first_post_still_count():
    doc = _blog_archive([("td", "(编辑：李梅)")])
    md.extract_metadata(doc, Options())
    assert doc.value("author") == "小海" and doc.value("editor") == "李梅"


def test_poster_line_under_the_headline_opens_the_post():
    blocks = [Block(0, "心灵体操"), Block(1, "本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表."), Block(2, PARA)]
    assert not md.poster_footer(blocks, 0, 1)


@pytest.mark.parametrize("bait", ["2025年" * 20000, "来源:" * 50000, "记者" * 50000, "(作者:" * 30000, "由" * 100000])
def test_hostile_lines_are_fast(bait):
    doc = text_doc(bait + "\n" + bait)
    start = time.process_time()     # CPU time of this process: other jobs on the machine do not count
    md.extract_metadata(doc, Options())
    assert time.process_time() - start < 1.0


# ---------------------------------------------------------------- the shared corpus (skipped without it)

def _corpus_scores(golds: list[Path]) -> dict[str, list[bool]]:
    import sys
    sys.path.insert(0, str(SHARED / "eval"))
    from score_extract import date_match, norm_text, person_match, title_match

    from webclean.pipeline import STAGES
    scores: dict[str, list[bool]] = {}
    for gold_path in golds:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw = page_of(gold_path).read_bytes()
        doc = Document(raw, url=gold.get("url"))
        for _name, stage in STAGES[:4]:  # decode, repair, parse, strip
            stage(doc, Options())
        md.extract_metadata(doc, Options())
        present = set(gold.get("fields_present") or [])
        for f, pred in (("title", doc.value("title")), ("author", doc.value("author")),
                        ("editor", doc.value("editor")), ("source", doc.value("source")),
                        ("date", doc.value("published"))):
            if f not in present:
                continue
            want = gold.get(f)
            if f == "title" and want:
                scores.setdefault(f, []).append(title_match(pred, want))
            elif f == "date" and want:
                scores.setdefault(f, []).append(date_match(pred, want))
            elif f in ("author", "editor", "source"):
                key, ok = (f, person_match(pred, want)) if want else (f + "_spurious", bool(norm_text(pred)))
                scores.setdefault(key, []).append(ok)
    return scores


# Floors (ceilings for the spurious shares) per real-page set, a little under the measured figures so that a
# regression fails. "first": the 31 pages ../shared/corpus first had (title 1.0, author 1.0, spurious 0.0,
# date 0.958, editor 1.0, source 1.0 on 2026-11-29); "added" (its x- pages) and "devset" (our own set): floors
# that only rise, ceilings that only fall, as the work lands.
METADATA_FLOORS = {
    "first": {"title": 0.96, "author": 0.94, "author_spurious": 0.10, "date": 0.95, "editor": 0.95, "source": 0.95},
    # raised 2026-12-07 to the level measured then (added: title 0.935, author 0.8, spurious 0.0, date 0.955,
    # source 0.941; devset: author 0.944, date 0.957, source 1.0; devset2: title 0.861, author 0.75, spurious
    # 0.182, date 0.966, editor 1.0; devset3: author 0.833, date 0.9)
    # (raised on 2026-12-07, third session: added title 0.957, author 0.8; devset title 0.973, author 0.972;
    # devset2 author 0.875; devset4 author 0.556, source 0.75; devset7 title 0.8)
    "added": {"title": 0.95, "author": 0.8, "author_spurious": 0.01, "date": 0.95, "editor": 0.99, "source": 0.94},
    "devset": {"title": 0.97, "author": 0.97, "author_spurious": 0.02, "date": 0.95, "editor": 0.99, "source": 0.99},
    "devset2": {"title": 0.86, "author": 0.87, "author_spurious": 0.19, "date": 0.96, "editor": 0.99, "source": 0.99},
    # 10 pages of a third round (2026-12-07), at the level they were first scored.
    "devset3": {"title": 0.99, "author": 0.99, "author_spurious": 0.0, "date": 0.89, "editor": 0.99, "source": 0.79},
    # 19 pages of a fourth round (2026-12-07), at the level first wired (title 0.947, author 0.333, spurious 0.0,
    # date 0.636, editor 1.0, source 0.5): blogs and board pages whose posters and times are still missed; raised
    # the same day (author 0.444, date 0.909; devset3 author 1.0); author 0.889 (fourth session) once a blog
    # footer's time element opening with "at" named the writer before it.
    "devset4": {"title": 0.94, "author": 0.88, "author_spurious": 0.0, "date": 0.99, "editor": 0.99, "source": 0.75},
    # 22 pages of a fifth round (2026-12-07), at the level first wired (title 0.818, author 0.6, spurious 0.059,
    # date 0.895, editor 1.0, source 0.25).
    # raised the same day (title 0.909, author 0.8, source 1.0; devset6: title 0.75, date 1.0, source 0.5, no spurious).
    "devset5": {"title": 0.9, "author": 0.8, "author_spurious": 0.06, "date": 0.89, "editor": 0.99, "source": 0.99},
    # 8 pages of a sixth round (2026-12-07), at the level first wired (title 0.625, author 0/1, spurious 0.143,
    # date 0.6, editor 0/1, source 0.25).
    "devset6": {"title": 0.75, "author": 0.0, "author_spurious": 0.0, "date": 0.99, "editor": 0.0, "source": 0.5},
    # 7 pages of a seventh round (2026-12-07), at the level first wired (title 0.6, author 0.333, date 0.6);
    # author 1.0 once 'By' named nobody.
    "devset7": {"title": 0.8, "author": 0.99, "author_spurious": 0.0, "date": 0.6},
    # 18 pages of an eighth round (2026-12-07), at the level first wired.
    # raised the same day: author 0.556 with no spurious one (a trailing role credit, rel="author", a table's
    # header row, a body's account, a question page's repliers).
    "devset8": {"title": 0.94, "author": 0.55, "author_spurious": 0.0, "date": 0.99, "editor": 0.66, "source": 0.8},
    # 12 pages of a ninth round (2026-12-07), at the level first wired (source spurious 0.333 is not held).
    # raised the same day (third session): a bracketed credit gave its writer, a signature under the text gave way
    # to the <h1> over it (title 0.917, author 1.0).
    "devset9": {"title": 0.91, "author": 0.99, "author_spurious": 0.0, "date": 0.99, "source": 0.99},
    # 12 pages of a tenth round (2026-12-07), at the level first wired (source 0/1 is not held).
    # raised the same day once a label filling a table cell read the next cell (source 1/1).
    "devset10": {"title": 0.7, "author": 0.66, "author_spurious": 0.12, "date": 0.83, "source": 0.99},
    # 14 pages of an eleventh round (2026-12-07), at the level first wired (title 0.786, author 0.333, date 0.8,
    # editor 0.6, source 0.625); raised the same day once 选稿 was an editor's label, a telnet BBS header and an
    # info row's linked outlet were read (author 0.667, date 0.9, editor 0.8, source 0.875).
    "devset11": {"title": 0.78, "author": 0.66, "author_spurious": 0.0, "date": 0.9, "editor": 0.8, "source": 0.87},
    # 8 pages of a twelfth round (2026-12-07), at the level first wired (source 0/4 is not held); date 3/7 -> 7/7
    # once a date shown under its label beat a head date of another day; source 0/4 -> 3/4 and no spurious author
    # (0.4 before) once a disclosure table's 发布机构 named the source, not the writer (fourth session).
    "devset12": {"title": 0.99, "author": 0.33, "author_spurious": 0.0, "date": 0.99, "source": 0.75},
    # 9 pages of a thirteenth round (2026-12-07, fourth session), at the level first wired (its first scoring,
    # before this session's credit rules: author 4/5 only by the scorer's containment, source 2/4 with 3 spurious).
    "devset13": {"title": 0.99, "author": 0.8, "author_spurious": 0.0, "date": 0.88, "editor": 0.99,
                 "source": 0.5, "source_spurious": 0.0},
    # 10 pages of a fourteenth round (2026-12-07, fifth session), at the level first wired: title 7/10 (three
    # <title>s that name only the column), author 2/7, source 5/6, no spurious credit; title 10/10 once a head title
    # naming the column gave way to the headline under it, author 5/7 once a reprint's source line named its writers.
    "devset14": {"title": 0.99, "author": 0.71, "author_spurious": 0.0, "date": 0.99, "editor": 0.99,
                 "source": 0.83, "source_spurious": 0.0},
    # 9 pages of a fifteenth round (2026-12-07, fifth session; three Taiwan blogs and a community site), at the
    # level first wired: author 3/9 (a date line's month taken for a name on six pages), date 7/9; author 9/9 once
    # a Latin head author shown on the page counted, date 9/9 once a UTC clock's shown day won.
    "devset15": {"title": 0.99, "author": 0.99, "date": 0.99, "editor_spurious": 0.0, "source_spurious": 0.0},
    # 10 pages of a sixteenth round (2026-12-07, fifth session; Shanghai and Hunan news sites), at the level first
    # wired: title 8/10, author 5/6 with 1 of 4 spurious (a 选稿 editor offered as the author), source 7/8; then
    # title 9/10 (a series' name with a figure is the column), no spurious author (an author slot naming the
    # outlet credits no writer), source 8/8 (a four-character account fills a source slot), author 6/6 (a report's
    # opening names its staff after their roles).
    "devset16": {"title": 0.9, "author": 0.99, "author_spurious": 0.0, "date": 0.99, "editor": 0.99,
                 "editor_spurious": 0.0, "source": 0.99},
    # 12 blog posts of a seventeenth round (2026-12-07, fifth session; four Hugo and Hexo blogs), at the level first
    # wired: author 6/12 (a writer named only in a side bar), no spurious editor or source; author 9/12 once an
    # author-classed card counted.
    "devset17": {"title": 0.99, "author": 0.75, "date": 0.99, "editor_spurious": 0.0, "source_spurious": 0.0},
    # 11 pages of an eighteenth round (2026-12-07, sixth session; government and institution sites), at the level
    # first wired: title 10/11, date 6/10 (dates a script writes, two-digit years), source 3/5, 4 of 11 spurious
    # authors (a division or a bureau in the 作者 slot).
    "devset18": {"title": 0.9, "author_spurious": 0.0, "date": 0.99, "editor_spurious": 0.0, "source": 0.8,
                 "source_spurious": 0.0},
    # 10 Traditional pages of a nineteenth round (Taiwan, Hong Kong, Macau; sixth session): author 5/10 at its
    # first scoring, 10/10 when wired (a name before its label, 柯俊如 /文; a name in two scripts in a date list).
    "devset19": {"title": 0.99, "author": 0.99, "date": 0.99, "editor_spurious": 0.0, "source_spurious": 0.0},
    # 4 pages of a twentieth round (a WeChat article, three CSDN 资讯 pages whose info line glues labels to values).
    "devset20": {"title": 0.99, "author": 0.99, "date": 0.99, "editor": 0.99, "editor_spurious": 0.0, "source": 0.75},
    # 11 portal pages of a twenty-first round (新浪 and 搜狐 sub-sites, sixth session): author 5/8, editor 4/5, source
    # 5/9 at its first scoring; source 8/9 and author 6/8 when wired (新浪's date-source slot, 撰文| name，posts).
    "devset21": {"title": 0.99, "author": 0.75, "author_spurious": 0.0, "date": 0.99, "editor": 0.99,
                 "editor_spurious": 0.0, "source": 0.88, "source_spurious": 0.0},
    # 11 blog posts of a twenty-second round (Hugo LoveIt, Hexo Fluid and Butterfly, VuePress reco; sixth session):
    # author 0/11 at its first scoring, 9/11 when wired (the site named after a handle the row by the headline
    # opens with; a heading under the headline no name).
    "devset22": {"title": 0.99, "author": 0.81, "date": 0.99, "editor_spurious": 0.0, "source_spurious": 0.0},
    # Rounds 23-25 (sixth session), at the level first wired: 8 community pages (贴吧, 知乎, 百度知道, CSDN, 博客园),
    # 10 Movable Type posts of blog.linux.org.tw (its <title> 'blog: post' and banner <h1>: title 1/10), 13 pages of
    # government, school, trading-centre and hospital sites (a committee in the 作者 slot: 2 of 13 spurious). Raised
    # where the session's work landed (round 18 date 10/10, no spurious author; round 20 author 3/3; round 24 title
    # 10/10, author 9/10; round 25 no spurious author, source 2/3; round 23 title 7/8, date 5/5).
    "devset23": {"title": 0.87, "author": 0.5, "author_spurious": 0.5, "date": 0.99, "editor_spurious": 0.0,
                 "source_spurious": 0.0},
    "devset24": {"title": 0.99, "author": 0.9, "date": 0.99, "editor_spurious": 0.0, "source": 0.99,
                 "source_spurious": 0.0},
    "devset25": {"title": 0.99, "author_spurious": 0.0, "date": 0.99, "editor": 0.99, "editor_spurious": 0.0,
                 "source": 0.66, "source_spurious": 0.0},
    # Rounds 26 (eight 百家号 articles, news.cctv.com, chinanews.com) and 28 (docs, a wiki, how-tos, recipes: page
    # kind 'other' none yet, 0/11; title 8/11, 10/11 once a sole h1 extending the <title> beat MkDocs' header bar),
    # at the level first wired: round 26 date 2/10 (百家号's year-less 10-09 16:17),
    # 10/10 once such a row took its year from the head date of its minute.
    "devset26": {"title": 0.99, "author": 0.8, "author_spurious": 0.2, "date": 0.99, "editor": 0.99,
                 "editor_spurious": 0.0, "source": 0.99, "source_spurious": 0.2},
    # Round 27 (8 posts of Typecho, VuePress Theme Hope and Hexo blogs): author 3/6 at its first scoring, 5/6 when
    # wired (the blog's owner named by the site), 6/6 with Typecho's byline; no source read (a 「差评」 repost note).
    "devset27": {"title": 0.99, "author": 0.99, "author_spurious": 0.0, "date": 0.99, "editor_spurious": 0.0,
                 "source_spurious": 0.0},
    "devset28": {"title": 0.9, "author_spurious": 0.0, "date": 0.99, "editor_spurious": 0.0, "source_spurious": 0.0},
    # Rounds 29 to 31 (seventh session: overseas Chinese news and FT partner content; trade press and company news;
    # forum threads and novel chapters), wired after the fixes their first scoring asked for (see devset/README.md):
    # round 29 no source read (搜狐 after the date in a bar row), round 30 an editor's slot holding the site owner
    # (精诚合创, gold: the source), round 31 no forum author (NGA's side cell, Bangumi's one-character name).
    "devset29": {"title": 0.99, "author": 0.99, "author_spurious": 0.0, "date": 0.99, "editor_spurious": 0.0,
                 "source_spurious": 0.0},
    "devset30": {"title": 0.99, "author_spurious": 0.0, "date": 0.99, "editor": 0.99, "editor_spurious": 0.17,
                 "source": 0.75, "source_spurious": 0.0},
    "devset31": {"title": 0.99, "author_spurious": 0.0, "date": 0.5, "editor_spurious": 0.0, "source_spurious": 0.0},
    # Rounds 32 to 34 (a Sichuan portal's reposts; cnBeta, 掘金 and tech home pages; Taiwan and Hong Kong papers), as
    # wired after this session's fixes: round 32 the agency of a dispatch taken as the source on a repost site (gold
    # null), round 33 a feed's writer row on a home page, round 34 a partner's 圖文／CTWANT credit as the author.
    "devset32": {"title": 0.99, "author": 0.99, "author_spurious": 0.0, "date": 0.99, "editor_spurious": 0.0,
                 "source_spurious": 0.34},
    "devset33": {"title": 0.99, "author": 0.5, "author_spurious": 0.2, "date": 0.99, "editor": 0.66,
                 "editor_spurious": 0.0, "source": 0.99, "source_spurious": 0.0},
    "devset34": {"title": 0.99, "author": 0.8, "author_spurious": 0.2, "date": 0.99, "editor_spurious": 0.0,
                 "source": 0.33, "source_spurious": 0.09},
    # Round 35 (essays and group blogs), as wired after 'by：' and the reading-time line: two two-character headlines
    # in a plain div under a <title> naming the site only (故乡, 渔夫) are missed.
    "devset35": {"title": 0.83, "author": 0.99, "author_spurious": 0.0, "date": 0.99, "editor_spurious": 0.0,
                 "source": 0.99, "source_spurious": 0.0},
    # Rounds 36 (sports: a ticket seller's posts, a Jekyll demo of pasted stories, Hugo blogs) and 37 (health, science
    # and military posts), as wired: a demo site's <meta> author over a pasted story's own sign-off, a footer date
    # under a long text, a headline's series prefix that the gold keeps.
    "devset36": {"title": 0.99, "author": 0.9, "date": 0.9, "editor_spurious": 0.0, "source_spurious": 0.1},
    "devset37": {"title": 0.88, "author": 0.99, "date": 0.99, "editor_spurious": 0.0, "source": 0.99,
                 "source_spurious": 0.0},
    # Round 39 (a city education bureau, a teachers' school, a price association, a primary school), as wired after
    # 审稿 read as the editor: the posting account in the 作者 slot over the writer's 撰稿 line (gold: the writer),
    # an office (文/办公室) as the author, a TRS school row of a bare date and the school dropped.
    # Round 38 (central-media texts reposted on small sites), as wired after offices ceased to be editors: the
    # upstream's pasted info row and print credit date the repost (dates 4/8), a dispatch head as the source.
    "devset38": {"title": 0.99, "author": 0.99, "author_spurious": 0.0, "date": 0.5, "editor_spurious": 0.0,
                 "source": 0.99, "source_spurious": 0.5},
    "devset39": {"title": 0.99, "author": 0.5, "author_spurious": 0.2, "date": 0.77, "editor": 0.99,
                 "editor_spurious": 0.0, "source": 0.71, "source_spurious": 0.0},
    # Rounds 41 (中国福彩网's news and notices) and 42 (南开大学's news sites, a 科技日报 layout page), as wired after
    # the fixes their first scoring asked for (a photographer in a bracketed byline, 丛 as a surname, 文案：, two
    # reviewers, an issue number before the headline): the site's own name in a 来源 row over a closing credit
    # （财政部网站）, and a CMS's site name as a source (来源：南开主页-新版).
    "devset41": {"title": 0.99, "author_spurious": 0.0, "date": 0.99, "editor_spurious": 0.0, "source": 0.8},
    "devset42": {"title": 0.99, "author": 0.99, "author_spurious": 0.25, "date": 0.99, "editor": 0.99,
                 "editor_spurious": 0.0, "source": 0.99, "source_spurious": 0.25},
    # Round 43 (three universities' sites), as wired after a tilde closing an exclamation stopped making a handle
    # (铛铛铛上课啦~ under an empty 作者 slot).
    "devset43": {"title": 0.99, "author": 0.99, "author_spurious": 0.0, "date": 0.99, "editor_spurious": 0.0,
                 "source": 0.99, "source_spurious": 0.0},
    # Rounds 44 (provincial portals' stories reposted on small sites) and 45 (a lab's VSB site, DedeCMS sites of a
    # stamp exchange, a chamber of commerce and an institute), as wired after a bracketed byline's role-glued second
    # name, societies and CMS accounts as no person, and DedeCMS's template furniture: a bus company's channel name
    # after the date taken as the source (round 44's gold: a channel, no source). Round 45's author raised to 2/2
    # once a VSB template's <h4> of a name and the date was read as the info row.
    "devset44": {"title": 0.99, "author": 0.88, "author_spurious": 0.0, "date": 0.99, "editor_spurious": 0.0,
                 "source": 0.71, "source_spurious": 1.0},
    "devset45": {"title": 0.99, "author": 0.99, "author_spurious": 0.0, "date": 0.99, "editor_spurious": 0.0,
                 "source_spurious": 0.0},
    # Round 47 (a Suzhou middle school's and a university college's VSB sites), as first scored: every field right.
    # Round 46 (帝国CMS, PHPCMS, DedeCMS, 动易 sites and a provincial site cluster), as wired after an event's
    # labelled time and 本网站: two bare names in brackets after 本报讯 with no label (彩奕, no surname of ours).
    "devset46": {"title": 0.99, "author": 0.66, "author_spurious": 0.0, "date": 0.99, "editor": 0.99,
                 "editor_spurious": 0.0, "source": 0.99, "source_spurious": 0.0},
    # Rounds 48 (small sites: a church association, an insurer, DedeCMS and 帝国CMS companies) and 49 (WeChat
    # articles of twelve accounts), as wired after a dated separator row, 供稿 naming people, a reporter's name
    # ending in 台: a company's brand in the 作者 slot (作者:格兰斯), a seminary supplying a notice (供稿：安徽神学院,
    # gold: no source), a job ad's 作者：线上作者, reprint notes (转自“…”公众号, …授权转载) as no source.
    "devset48": {"title": 0.99, "author": 0.99, "author_spurious": 0.23, "date": 0.99, "editor": 0.99,
                 "editor_spurious": 0.0, "source": 0.99, "source_spurious": 0.15},
    "devset49": {"title": 0.99, "author": 0.99, "author_spurious": 0.25, "date": 0.99, "editor": 0.99,
                 "editor_spurious": 0.0, "source": 0.6, "source_spurious": 0.0},
    # Rounds 50 (WeChat articles of twelve more accounts) and 51 (网易 reposts, a 知乎 column), as wired after a
    # journal issue stopped making a year-only date: the account as the author (its card's linked name, ZAKER's
    # <meta>), a masthead's deputy editor over the post's 编辑, a brand account's schema Person on 知乎, 编辑于 dropped.
    "devset50": {"title": 0.99, "author": 0.99, "author_spurious": 0.29, "date": 0.99, "editor": 0.66,
                 "editor_spurious": 0.0, "source": 0.6, "source_spurious": 0.0},
    "devset51": {"title": 0.99, "author": 0.99, "author_spurious": 0.25, "date": 0.8, "editor": 0.99,
                 "editor_spurious": 0.0, "source": 0.99, "source_spurious": 0.0},
    # Rounds 52 (aka.org.cn 1998-2000, GB2312 and GBK) and 53 (legal explainers, a 值得买 blog, a ThinkPad forum, a
    # stone company's how-to), as first scored: a notice without a headline element titled by a body line, a blog's
    # pen name of common words in its date row (0 老鲫鱼) as no author. Round 53's gold takes a forum thread's first
    # post as its body, where the set's convention (devset/README.md) keeps every post: webclean keeps them all.
    "devset52": {"title": 0.8, "author": 0.99, "author_spurious": 0.0, "editor_spurious": 0.0, "source_spurious": 0.0},
    "devset53": {"title": 0.99, "author": 0.5, "author_spurious": 0.0, "date": 0.99, "editor_spurious": 0.0,
                 "source_spurious": 0.0},
    # Rounds 55 (literature: novel chapters, 美文网, a 古诗文网 favourites list), 56 (travel notes, Q&A, classified and
    # hotel lists), 57 and 58 (sites of expired-domain mirrors), as first wired: a chapter's heading under the book's
    # h1, a travel note's author bar, a caption's photographer over the correspondents' byline. Round 57 raised once
    # its placeholders named nobody and a school's plain headline under its greeting banner was read.
    "devset55": {"title": 0.5, "author": 0.66, "author_spurious": 0.2, "date": 0.99, "editor_spurious": 0.0,
                 "source": 0.99, "source_spurious": 0.0},
    "devset56": {"title": 0.99, "author": 0.0, "author_spurious": 0.0, "date": 0.99, "editor_spurious": 0.0,
                 "source": 0.99, "source_spurious": 0.0},
    "devset57": {"title": 0.99, "author": 0.99, "author_spurious": 0.0, "date": 0.91, "editor": 0.99,
                 "editor_spurious": 0.0, "source": 0.6, "source_spurious": 0.15},
    "devset58": {"title": 0.91, "author": 0.33, "author_spurious": 0.0, "date": 0.88, "editor": 0.99,
                 "editor_spurious": 0.0, "source": 0.66, "source_spurious": 0.17},
    # Rounds 60 (sites of expired-domain mirrors) and 61 (personal blogs on GitHub Pages), as first wired: a headline
    # in a plain div outside the chosen region, a title with a bar inside it read as column | headline, a blog named
    # for its writer crediting no one else, a list item's 编辑 DOM read as an editor.
    "devset60": {"title": 0.9, "author": 0.99, "author_spurious": 0.0, "date": 0.99, "editor_spurious": 0.0,
                 "source": 0.99, "source_spurious": 0.0},
    "devset61": {"title": 0.83, "author": 0.75, "author_spurious": 0.0, "date": 0.99, "editor_spurious": 0.09,
                 "source_spurious": 0.0},
    # Rounds 62 (blogs on GitHub Pages: Butterfly, NexT, Sakura, Fluid, Hux, Yilia, Even) and 63 (an agency's client
    # sites), as first wired: a Sakura post titled by its writer's name, a poem of short lines left out as no prose.
    "devset62": {"title": 0.7, "author": 0.6, "author_spurious": 0.0, "date": 0.99, "editor_spurious": 0.0,
                 "source_spurious": 0.0},
    "devset63": {"title": 0.9, "author_spurious": 0.0, "date": 0.99, "editor_spurious": 0.0, "source": 0.99,
                 "source_spurious": 0.0},
    # Round 64 (five portals' entertainment pages of 2005-2011, a news extractor's test data), as first wired: the
    # outlet after the time in the date row, unlabelled, not read; a date row left out with its region.
    "devset64": {"title": 0.99, "author": 0.33, "author_spurious": 0.0, "date": 0.9, "editor": 0.99,
                 "editor_spurious": 0.0, "source": 0.5},
    # Round 65 (threads of 豆瓣小组, bgm.tv, a Discuz! forum), as first wired; raised once a forum's <meta
    # name="author"> equal to its application-name (Dark Binance) named no writer (1 of 1 spurious -> 0).
    "devset65": {"title": 0.83, "author": 0.25, "author_spurious": 0.0, "date": 0.99, "editor_spurious": 0.0,
                 "source_spurious": 0.0},
    # Round 67 (static blogs: Z-Blog, Typecho handsome, WordPress themes), as first wired: a theme's hidden
    # reader-mode copy of the post kept (hidden by an external style sheet); raised once an administrator's account by
    # another name (itadmin) named no writer (2 of 4 spurious -> 0).
    "devset66": {"title": 0.91, "author_spurious": 0.0, "date": 0.99, "editor_spurious": 0.0, "source": 0.99,
                 "source_spurious": 0.0},
    "devset67": {"title": 0.99, "author": 0.5, "author_spurious": 0.0, "date": 0.91, "editor_spurious": 0.0,
                 "source_spurious": 0.0},
    "devset47": {"title": 0.99, "author": 0.99, "author_spurious": 0.0, "date": 0.99, "editor": 0.99,
                 "editor_spurious": 0.0, "source_spurious": 0.0},
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(real_page_sets()))
def test_real_pages_metadata_accuracy(name: str):
    scores = {k: sum(v) / len(v) for k, v in _corpus_scores(real_page_sets()[name]).items()}
    print(name, {k: round(v, 3) for k, v in sorted(scores.items())})
    for field, bound in METADATA_FLOORS[name].items():
        if field.endswith("_spurious"):
            assert scores.get(field, 0.0) <= bound, field
        else:
            assert scores.get(field, 1.0) >= bound, field


def test_docstring_examples():
    import doctest

    from webclean.core import dates
    from webclean.extract import bylines, credit_rows, threads, titles
    attempted = 0
    for module in (md, bylines, titles, dates, threads, credit_rows):
        result = doctest.testmod(module)
        assert result.failed == 0, module.__name__
        attempted += result.attempted
    # metadata.py was split into metadata/bylines/titles: the examples moved with their functions.
    assert attempted > 20


def test_credit_labels_of_department_news_and_portals():
    # 供稿 names the contributing unit: the source; 摄影 and 审核 feed nothing
    assert md.parse_credits("供稿：化学学院  摄影：王磊  审核：刘洋") == {"source": "化学学院"}
    # a portal's staff code after the editor's name is not part of it
    assert md.parse_credits("责任编辑：陈宇_NB2345") == {"editor": "陈宇"}
    assert md.clean_value("王晨_BJ101") == "王晨" and md.clean_value("Alice_B2") == "Alice_B2"
    # page tools beside an 编辑 link are not an editor
    for tool in ("锁定", "讨论", "举报", "纠错"):
        assert not md.valid_person(tool), tool


def test_html_microdata_author_and_script_time():
    from webclean import clean
    page = ("<html><head><title>老街区改造，别急着把早市赶走</title>"
            "<script>var pageInfo = {pubDate: '2025-05-20 09:31'}; var ct = \"1747704660\";</script></head>"
            "<body><h1>老街区改造，别急着把早市赶走</h1>"
            "<div itemprop=\"author\" itemscope=\"\"><meta itemprop=\"name\" content=\"王芳\"/>"
            "<a href=\"/people/wf\">王芳</a></div>"
            f"<p>{PARA}</p><p>{PARA}</p></body></html>").encode()
    rec = clean(page)
    assert rec.author == "王芳"
    # the epoch (to the second) beats the minute, both from the page's script
    assert rec.published == datetime(2025, 5, 20, 9, 31, tzinfo=CHINA_TZ) and rec.published_precision == "second"
    assert any(e.field == "published" and e.rule == "script_published" for e in rec.evidence)


def test_script_time_never_beats_a_meta_date():
    from webclean import clean
    page = ("<html><head><title>标题</title><meta property=\"article:published_time\""
            " content=\"2024-01-02T08:00:00+08:00\">"
            "<script>var publish_time = \"2025-07-15\";</script></head>"
            f"<body><h1>暑期文旅消费持续升温</h1><p>{PARA}</p><p>{PARA}</p></body></html>").encode()
    assert clean(page).published == datetime(2024, 1, 2, 8, 0, tzinfo=CHINA_TZ)


def test_headline_under_a_title_that_prefixes_the_issuer():
    """A notice's <title> puts the issuer before the headline; the <h1> (the headline alone) is the title,
    not the issuer cell of the information grid that happens to start the <title>."""
    doc = html_doc([("td", "发文机关："), ("td", "江北省住房和城乡建设厅"),
                    ("h1", "关于加强城镇老旧小区改造工作的通知"),
                    ("p", PARA), ("p", PARA)],
                   {"title": "江北省住房和城乡建设厅关于加强城镇老旧小区改造工作的通知_政策文件"
                             "_江北省住房和城乡建设厅"})
    md.extract_metadata(doc, Options())
    assert doc.value("title") == "关于加强城镇老旧小区改造工作的通知"


def test_date_signed_under_the_text_dates_the_page_only_as_a_last_resort():
    assert md.signature_date("2025年3月10日") and md.signature_date("二〇二四年十一月二十日")
    assert not md.signature_date("2017年12月8日 19:34") and not md.signature_date("发布时间：2025年3月10日")
    doc = html_doc([("h1", "某某物业服务合同纠纷一审民事判决书"), ("p", PARA), ("p", PARA), ("p", PARA),
                    ("p", "二〇二四年十一月二十日")], {})
    md.extract_metadata(doc, Options())
    assert doc.value("published") == date(2024, 11, 20) and doc.fields["published"].rule == "signature_date"
    assert doc.blocks[-1].label is None       # the date stays in the document's text


def _floor_page(footer: str, poster: str = "晴天小院2019", cell_class: str = "p_author") -> str:
    post = "家里是九十年代的老房子，住一楼。最近连着下了几场雨，客厅靠外墙的那面墙全湿了。<br>想请教一下有经验的吧友。"
    reply = "先分清是哪种潮。如果只是下雨后才湿、天晴几天就干，多半是外墙或者窗台渗水。"
    return ("<html><head><title>求助：老房子墙面返潮怎么处理_装修吧</title></head><body>"
            "<h3 class='core_title_txt'>求助：老房子墙面返潮怎么处理</h3>"
            "<ul class='btns'><li><a href='?see_lz=1'>只看楼主</a></li><li><a href='#'>收藏</a></li></ul>"
            f"<div class='post'><ul class='{cell_class}'><li><a class='{cell_class}_name' href='/home?"
            f"id=1'>{poster}</a></li>"
            "<li>7</li></ul>"
            f"<div class='d_post_content'>{post}</div><div class='core_reply'>{footer}</div></div>"
            "<div class='post'><ul class='p_author'><li><a href='/home?id=2'>老木匠阿强</a></li></ul>"
            f"<div class='d_post_content'>{reply}</div><div class='core_reply'><ul><li>2楼</li>"
            "<li>2025-04-02 21:40</li></ul></div></div></body></html>")


@pytest.mark.parametrize("footer", ["<ul><li><span>1楼</span></li><li><span>2025-04-02 21:14</span></li></ul>",
                                    "<p>1楼 2025-04-02 21:14 来自Android客户端</p>",
                                    "<ul><li>#1</li><li>2025-04-02 21:14</li></ul>"])
def test_first_floor_footer_dates_the_thread_and_its_cell_names_the_poster(footer: str) -> None:
    rec = webclean.clean(_floor_page(footer))
    assert rec.published is not None and rec.published.isoformat() == "2025-04-02T21:14:00+08:00"
    assert rec.author == "晴天小院2019"
    assert {e.rule for e in rec.evidence if e.field in ("author", "published")} == {"first_floor_poster",
                                                                                      "first_floor_footer"}


def test_without_a_first_floor_footer_no_poster_or_time_is_taken() -> None:
    # the second floor's footer alone dates nothing, and a linked name without floors is not a poster
    rec = webclean.clean(_floor_page("<ul><li>回复</li></ul>", cell_class="info"))
    assert rec.author is None
    assert all(e.rule not in ("first_floor_poster", "first_floor_footer") for e in rec.evidence)
    # ... unless the page's own markup names the cell as the author's (extract.posters): then it is
    marked = webclean.clean(_floor_page("<ul><li>回复</li></ul>"))
    assert marked.author == "晴天小院2019"
    assert [e.rule for e in marked.evidence if e.field == "author" and e.rank == 0] == ["poster_hint"]


def test_floor_poster_must_be_one_linked_handle() -> None:
    from webclean.extract.threads import floor_poster

    post = Block(3, "家里是九十年代的老房子，住一楼。最近连着下了几场雨。")
    head = Block(0, "标题", heading=3)
    # plain text (not a profile link), a page tool and a level number are not posters
    assert floor_poster([head, Block(1, "晴天小院2019"), Block(2, "7"), post], 0, 3) is None
    assert floor_poster([head, Block(1, "收藏", links=1, link_chars=2), post], 0, 2) is None
    assert floor_poster([head, Block(1, "zhang_san", links=1, link_chars=9), post], 0, 2) == "zhang_san"


def _account_page(row: str) -> str:
    prose = "".join(f"<p>{p}</p>" for p in (
        "这两天气象台已经宣布入梅，接下来差不多一个月，空气湿度都会维持在八成以上，很多人家里开始返潮。",
        "霉菌喜欢温暖、潮湿又不通风的角落。我们整理了读者留言里被问得最多的几个地方，一处一处说清楚。"))
    return ("<html><head><title>入梅以后，家里这四个地方最容易发霉</title><meta name='author' content='陈静'></head>"
            f"<body><h1>入梅以后，家里这四个地方最容易发霉</h1><div class='meta'>{row}</div>"
            f"<div class='content'>{prose}</div></body></html>")


@pytest.mark.parametrize("row, source", [
    ("<span>原创</span> <span>陈静</span> <a href='#profile'>江南生活志</a>", "江南生活志"),
    ("<span>陈静</span> <a href='#profile'>江南生活志</a> <span>2025-07-15</span>", "江南生活志"),
    ("<span>江南生活志</span> <a href='#profile'>陈静</a>", None),          # the link is the author, not an account
    ("<a href='#a'>陈静</a> <a href='#b'>江南生活志</a>", None),             # two links: a list, not an account row
    ("<span>原创</span> <a href='#profile'>江南生活志</a>", None),           # the author is not in the row
])
def test_account_row_under_the_headline_names_the_source(row: str, source: str | None) -> None:
    rec = webclean.clean(_account_page(row))
    assert rec.author == "陈静"
    assert rec.source == source


def test_a_day_only_meta_date_takes_the_time_a_script_gives_for_that_day() -> None:
    def page(script_time: str) -> str:
        return ("<html><head><title>会议召开</title><meta name='publishdate' content='2025-07-15'>"
                f"<script>var _pageInfo = {{\"pubTime\": \"{script_time}\"}};</script></head><body><h1>会议召开</h1>"
                "<p>会议指出，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动经济持续回升向好。</p>"
                "<p>会议强调，要加大宏观政策调控力度，着力扩大国内需求，推动新质生产力加快发展。</p></body></html>")
    rec = webclean.clean(page("2025-07-15 10:41:23"))
    assert rec.published is not None and rec.published.isoformat() == "2025-07-15T10:41:23+08:00"
    other_day = webclean.clean(page("2025-07-16 08:00:00"))     # a different day: the meta tag stands
    assert other_day.published is not None and other_day.published.isoformat() == "2025-07-15"


def test_bar_labels_and_a_reprinted_accounts_note() -> None:
    assert md.parse_credits("作者｜周牧之") == {"author": "周牧之"}
    assert md.parse_credits("编辑|李若溪") == {"editor": "李若溪"}
    note = "本文来自微信公众号“硬核智造观察”（ID：yinghezhizao），作者：周牧之，36氪经授权发布。"
    assert md.parse_credits(note)["source"] == "硬核智造观察"
    # a sentence that mentions an account later on is not a reprint note
    assert "source" not in md.parse_credits("据悉，该文章最早发布在一个名为“硬核智造观察”的本文来自微信公众号里。")


@pytest.mark.parametrize("row, source", [
    ("<span>2025年07月15日 10:41:23</span><div><span>来自 </span><a href='#'>中国新闻网</a></div>", "中国新闻网"),
    ("<span>热点推荐</span><div><span>来自 </span><a href='#'>中国新闻网</a></div>", None),  # no date before it
    ("<span>2025年07月15日 10:41:23</span><div>来自北京的游客越来越多</div>", None),     # a sentence
])
def test_outlet_after_the_date_of_a_meta_row(row: str, source: str | None) -> None:
    page = ("<html><head><title>暑运航班</title></head><body><h1>暑运航班</h1>" f"<div class='meta'>{row}</div>"
            "<div class='main_content'><p>中新网7月15日电 据民航局网站消息，"
            "暑运期间全国民航预计运输旅客一亿三千万人次，同比增长。</p>"
            "<p>民航局提醒，暑运期间出行旅客较多，旅客应提前确认航班动态，预留充足的值机和安检时间。</p></div></body></html>")
    assert webclean.clean(page).source == source


def test_newspaper_credits_padded_names_outlet_bylines_and_edition_lines() -> None:
    from webclean.extract.bylines import split_names
    from webclean.extract.credit_rows import dateline_outlet, paper_edition

    assert split_names("张晓峰 李 婧") == ["张晓峰", "李婧"]
    assert md.parse_credits("本报记者 张晓峰 李 婧") == {"author": "张晓峰 李 婧"}
    assert dateline_outlet("聯合報／記者王小明／台北即時報導") == "聯合報"
    assert dateline_outlet("本報訊／記者王小明") is None            # not an outlet's name
    paper, (day, precision) = paper_edition("《大江日报》（2025年07月15日 04 版）")
    assert (paper, day.isoformat(), precision) == ("大江日报", "2025-07-15", "day")
    assert paper_edition("《光明日报》（ 2022年02月13日 02版）")[0] == "光明日报"
    assert paper_edition("据《大江日报》（2025年07月15日 04 版）报道，该市……") is None


def test_padded_reporter_names_through_the_pipeline() -> None:
    page = ("<html><head><title>沿江新区开工</title></head><body><h1>沿江新区开工</h1>"
            "<p class='sec'>本报记者&nbsp;&nbsp;张晓峰&nbsp;&nbsp;李&nbsp;&nbsp;婧</p>"
            "<div id='ozoom'><p>　　7月14日，沿江新区首批十二个重点项目集中开工，总投资约三百亿元，"
            "涵盖先进制造和现代物流。</p>"
            "<p>　　市有关负责人表示，新区将坚持规划引领，推动产城融合，努力建成高质量发展的新引擎。</p></div>"
            "<p>《大江日报》（2025年07月15日 04 版）</p></body></html>")
    rec = webclean.clean(page)
    assert rec.author == "张晓峰、李婧"
    assert rec.source == "大江日报"
    assert rec.published is not None and rec.published.isoformat() == "2025-07-15"


@pytest.mark.parametrize("meta_row, source", [
    ("<span>原创</span> <span>2025-07-15 10:41</span> · <a href='/c/user/1/'>楚天民生观察</a>", "楚天民生观察"),
    ("<span>2025-07-15 10:41</span> <a href='/c/user/1/'>张三</a>", None),          # a person's name: not an account
    ("<span>2025-07-15 10:41</span> <span>楚天民生观察</span>", None),               # not a profile link
])
def test_linked_account_beside_the_date_is_the_source(meta_row: str, source: str | None) -> None:
    page = ("<html><head><title>社区长者食堂开到家门口</title></head><body><h1>社区长者食堂开到家门口</h1>"
            f"<div class='article-meta'>{meta_row}</div><article>"
            "<p>早上十点半，江岸区一个老小区里的长者食堂刚开门，门口已经排起了十几个人的队，老人们拿着饭盒等着。</p>"
            "<p>像这样的社区食堂，今年在当地已经开到了两百多家，大多由社区提供场地、引入餐饮企业运营。</p>"
            "</article></body></html>")
    rec = webclean.clean(page)
    assert rec.source == source
    assert rec.author is None


def test_credit_values_and_labels_met_on_portals_and_forums() -> None:
    assert md.parse_credits("来源：第一财经日报 网友评论 0 条") == {"source": "第一财经日报"}
    assert md.parse_credits("Powered by Discuz! X3.4") == {}
    assert md.parse_credits("〓 网易娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓") == {"author": "duscha"}
    assert md.parse_credits("发布于 2025-07-15 10:41") == {"date": "2025-07-15 10:41"}
    assert md.parse_credits("发布于北京的报告显示") == {}                  # 发布于 + a place: no date follows
    assert not md.valid_person("Discuz!")


def test_date_lines_and_headings_that_open_with_a_year() -> None:
    assert md.date_line("2025年7月15日 星期二 农历六月廿一")
    assert md.date_line("发布时间：2025-07-15 10:41 浏览次数：1234")
    assert not md.date_line("2025年上半年全市重点项目建设进展情况")
    assert md.date_line("2025年") and md.date_line("二〇二四年十一月二十日")   # a year alone is a (year-precision) date
    assert not md.date_line("2025年工作要点")
    assert md.clean_title("标  题：\t关于做好防汛工作的通知")[0] == "关于做好防汛工作的通知"


def test_interview_questions_roles_titles_and_descriptions_are_not_credits() -> None:
    assert md.parse_credits("记者：您刚到岩口村小学的时候，学校是什么样子？") == {}
    assert md.parse_credits("记者 谭湘宁 通讯员 彭丽 2025-07-15 10:41:23 字号：大 中 小")["author"].startswith("谭湘宁")
    assert md.reporter_dateline("荆楚晨报讯（记者 郑雨桐 通讯员 刘凯）昨日") == "郑雨桐、刘凯"
    assert not md.valid_person("主治医师") and not md.valid_person("通讯员")
    assert "author" not in md.parse_credits("鸟类科普作者 自然笔记博主")      # 作者 ending a word: a description
    assert md.parse_credits("作者 张三") == {"author": "张三"}


def test_interview_page_keeps_its_questions_and_takes_the_byline_row() -> None:
    qa = "".join(f"<p><strong>记者：{q}</strong></p><p>钟秀兰：{a}</p>" for q, a in (
        ("您刚到岩口村小学的时候，学校是什么样子？",
         "那时候只有两间教室，下雨天屋顶漏水，孩子们就把桌子挪到墙角上课。"),
        ("这些年最让您骄傲的是什么？", "是孩子们一个个走出大山，又有好几个回来当了老师，接着教下一代。")))
    page = ("<html><head><title>山村小学的三十年</title><meta name='publishdate' content='2025-07-15'></head><body>"
            "<h1>山村小学的三十年</h1><div class='info'>记者 谭湘宁 通讯员 彭丽 <span>2025-07-15 10:41:23"
            "</span> 字号：大 中 小</div>"
            f"<div class='content'><p>三十年前，钟秀兰来到岩口村小学任教，从此再也没有离开过这所山村学校。</p>{qa}"
            f"</div></body></html>")
    rec = webclean.clean(page)
    assert rec.author == "谭湘宁、彭丽"
    assert rec.published is not None and rec.published.isoformat() == "2025-07-15T10:41:23+08:00"
    assert sum(p.startswith("记者：") for p in rec.paragraphs) == 2


def test_relative_time_beside_the_outlet_and_a_json_epoch() -> None:
    from webclean.extract.credit_rows import dateline_source
    from webclean.parse.html import script_dates

    assert dateline_source("荆楚晨报 3小时前 +关注") == "荆楚晨报"
    assert dateline_source("3小时前 +关注") is None
    assert script_dates('{"publishTime":1752547283,"x":1}') == ["1752547283"]
    assert script_dates('{"publishTime":17525472830000}') == []           # not an epoch's length


@pytest.mark.parametrize("row, after, author", [
    ("<a href='/people/1/'>北岸听潮</a> <a href='/subject/2/'>长夜将尽</a> <span>2025-07-15 10:41:23</span>", "",
     "北岸听潮"),
    ("<a href='/u/1'>周慕言</a> 鸟类科普作者", "<div>发布于 2025-07-15 10:41</div>", "周慕言"),
    ("<a href='/world/'>国内</a> <span>2025-07-15 10:41:23</span>", "", None),         # a channel link
    ("<span>北岸听潮</span> <span>2025-07-15 10:41:23</span>", "", None),              # not a link
])
def test_linked_person_opening_the_row_under_the_headline(row: str, after: str, author: str | None) -> None:
    page = ("<html><head><title>迟到二十年的道歉</title></head><body><h1>迟到二十年的道歉</h1>"
            f"<header>{row}</header>{after}<div class='review-content'>"
            "<p>看完电影走出影院，已经快十二点了。停车场里只剩几辆车，我在车里坐了很久才发动。</p>"
            "<p>故事并不复杂，导演显然没打算拍一部悬疑片，镜头一直停留在那些证人的脸上。</p></div></body></html>")
    assert webclean.clean(page).author == author


def test_platform_names_are_not_authors_and_source_tails_go() -> None:
    from webclean.extract.bylines import site_names
    assert md.parse_credits("来源: 青木科技说 浙江 举报") == {"source": "青木科技说"}
    assert md.parse_credits("来源：新华社 北京") == {"source": "新华社"}
    doc = Document(raw="", head={"title": "国产手机新品扎堆_网易订阅", "meta": {"author": ["网易"]}})
    assert "网易订阅" in site_names(doc) and md.head_author(doc) is None
    doc = Document(raw="", head={"title": "国产手机新品扎堆_网易订阅", "meta": {"author": ["王明"]}})
    assert md.head_author(doc) == "王明"


def test_a_utc_timestamp_is_given_on_the_readers_clock() -> None:
    page = ("<html><head><title>夜里发布的通知</title>"
            "<meta property='article:published_time' content='2025-07-15T20:30:00Z'></head><body><h1>夜里发布的通知"
            "</h1>"
            "<p>会议指出，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动经济持续回升向好。</p>"
            "<p>会议强调，要加大宏观政策调控力度，着力扩大国内需求，推动新质生产力加快发展。</p></body></html>")
    rec = webclean.clean(page)
    assert rec.published is not None and rec.published.isoformat() == "2025-07-16T04:30:00+08:00"   # the same instant


def test_an_h1_beats_a_section_heading_that_only_extends_it() -> None:
    page = ("<html><head><title>【家常番茄炒蛋的做法步骤图，家常番茄炒蛋怎么做好吃】小满_下厨房</title></head><body>"
            "<h1>家常番茄炒蛋</h1><p>酸甜下饭的家常菜，十分钟就能端上桌，番茄要选熟透的才出汁。</p>"
            "<h2>家常番茄炒蛋的做法步骤</h2><p>把鸡蛋打散，加少许盐，热锅凉油炒至凝固后盛出备用。</p></body></html>")
    assert webclean.clean(page).title == "家常番茄炒蛋"


def test_pen_names_and_accounts_beside_the_date_or_a_follow_button() -> None:
    from webclean.extract.credit_rows import linked_account, linked_person

    row = Block(1, "南城旧书客", links=1, link_chars=5)
    assert linked_account(row, "2025.07.15 10:41:23 字数 2,345") is None            # a pen name, not an account
    assert linked_person(row, "2025.07.15 10:41:23 字数 2,345") == "南城旧书客"
    assert linked_person(Block(1, "厨房里的小满", links=1, link_chars=6), "关注 小时候……") == "厨房里的小满"
    assert linked_account(Block(1, "鹿鸣财经观察", link_chars=6), "发布时间:07-15 10:41") == "鹿鸣财经观察"
    assert linked_person(Block(1, "鹿鸣财经观察", link_chars=6), "发布时间:07-15 10:41") is None
    # no date, no button
    assert linked_person(Block(1, "厨房里的小满", links=1, link_chars=6), "小时候放学回家……") is None


def test_a_linked_number_near_the_headline_is_an_id_not_a_time() -> None:
    page = ("<html><head><title>游戏全屏问题，希望大家出个主意</title></head><body>"
            "<h1>游戏全屏问题，希望大家出个主意</h1><table><tr><td class='pls'>"
            "<div class='authi'><a href='/space-uid-53961.html'>1657811359</a></div></td>"
            "<td class='plc'><div class='authi'>发表于 2024-5-18 19:27:00 | <a href='/a'>只看该作者"
            "</a> 来自 - 四川南充 |"
            "<a href='/r'>倒序浏览</a> |<a href='/m'>阅读模式</a></div>"
            "<p>我的电脑分辨率是2560*1440，登录游戏以后全屏显示，有的地方看不到了，调了分辨率也没用。</p>"
            "</td></tr></table></body></html>")
    rec = webclean.clean(page)
    assert rec.published == datetime(2024, 5, 18, 19, 27, tzinfo=CHINA_TZ)
    assert webclean.clean("<html><body><h1>标题在此</h1><div>1752464965</div><p>正文第一段，内容在此。</p></body>"
                          "</html>"
                          ).published == datetime.fromtimestamp(1752464965, CHINA_TZ)


def test_a_line_about_another_article_does_not_date_the_page() -> None:
    page = ("<html><head><title>为什么这个工具不火了？</title></head><body><h1>为什么这个工具不火了？</h1>"
            "<div class='up-time'>最新推荐文章于 2024-05-07 22:12:13 发布</div>"
            "<div class='bar'><a href='/u'>肖老师</a> 于 2024-05-06 15:47:53 发布</div>"
            "<div class='article'><p>最近一段时间，身边用这个工具的人明显少了，原因大概有三个。</p>"
            "<p>第一，新鲜感过去以后，很多人发现它解决不了自己的实际问题。</p></div></body></html>")
    assert webclean.clean(page).published == datetime(2024, 5, 6, 15, 47, 53, tzinfo=CHINA_TZ)


def test_a_teasers_reporter_is_not_the_pages_author() -> None:
    page = ("<html><head><title>旅行團遊覽車車禍</title></head><body><h1>旅行團遊覽車車禍</h1>"
            "<p>（中央社台北13日電）一個旅行團的遊覽車在國外發生車禍，造成一死七傷，旅行社已派人前往協助。</p>"
            "<div class='box'><p>（中央社記者蔡和穎台北13日電）外交部今晚表示，駐外館處已經...</p></div></body></html>")
    assert webclean.clean(page).author is None


def test_a_news_item_closed_by_its_bracketed_air_time_is_dated_by_it() -> None:
    paragraphs = "".join(f"<p>第{n}段：消防局表示，火勢在一個小時內撲滅，現場沒有人員受傷，起火原因仍在調查。</p>"
                         for n in range(1, 4))
    page = (f"<html><head><title>工廠火警</title></head><body><h1>工廠火警</h1><div class='page'>{paragraphs}"
            "<p>記者王小明 台北報導</p><p>(2014-12-12 19:00) 晚間新聞</p></div></body></html>")
    assert webclean.clean(page).published == datetime(2014, 12, 12, 19, 0, tzinfo=CHINA_TZ)


def test_a_portal_bar_with_short_links_is_the_dateline_not_a_list_entry() -> None:
    page = ("<html><body><div class='title'>曹方新碟发布会创意无限 特制入场门票体现心意</div><div id='ArtFrom'>"
            "<a href='http://ent.qq.com'>http://ent.QQ.com</a>\u3000 2009年11月09日11:30 \u3000"
            "<a href='/m'>腾讯音乐</a>"
            " <a href='/c'>我要评论(0)</a></div><div id='Cnt'><p>腾讯音乐讯 昨日，歌手曹方在北京举行新专辑发布会，"
            "现场来宾凭特制的门票入场，这张门票由她亲手设计。</p></div></body></html>")
    rec = webclean.clean(page)
    assert rec.published is not None and rec.published.isoformat() == "2009-11-09T11:30:00+08:00"


@pytest.mark.parametrize("key", ["og:time", "news:published_time"])
def test_more_meta_keys_of_a_publication_time(key: str) -> None:
    page = (f"<html><head><meta name='{key} ' content='2024-01-25 18:03:35'></head><body>"
            "<h1>巴以冲突，困住中国外贸人</h1>"
            "<p>红海航线受阻以后，不少外贸企业的货物只能绕行好望角，运费和交期都成了难题，订单也受到影响。</p></body></html>")
    rec = webclean.clean(page)
    assert rec.published is not None and rec.published.isoformat() == "2024-01-25T18:03:35+08:00"


def test_a_counter_row_under_the_headline_dates_the_post():
    # A blog's info row holds the post's time beside its word count; the strip stage takes the row for counters,
    # and the date is still the post's.
    page = ("<html><body><h1>索引背后的数据结构</h1><div class='meta'>2016.05.18 16:03* 字数 10002</div>"
            "<div class='show-content'><p>数据库索引是存储引擎用于快速找到记录的一种数据结构，这是索引的基本功能。</p>"
            "<p>本文以常见的存储引擎为例，讨论索引背后的数据结构和算法原理，并结合实例说明其用法。</p></div>"
            "</body></html>")
    rec = webclean.clean(page)
    assert rec.published is not None and rec.published.isoformat() == "2016-05-18T16:03:00+08:00"


def test_a_body_named_in_the_head_as_author_is_the_publisher_not_the_author() -> None:
    prose = "依据有关法律规定，对该公司合计罚款一百五十八万元，对相关责任人员分别给予警告并处罚款。"
    page = ("<html><head><meta name='author' content='{}'><title>行政处罚信息公开表</title></head><body>"
            "<h1>行政处罚信息公开表</h1><div>发布时间：2024-07-12</div><p>{}</p></body></html>")
    assert webclean.clean(page.format("国家金融监督管理总局", prose)).author is None
    assert webclean.clean(page.format("王小明", prose)).author == "王小明"


def test_a_wordpress_by_line_credits_the_name_after_it_and_a_comments_time_dates_no_page() -> None:
    prose = "小时候听人说，手里拿着锤子的人，看什么都像钉子。后来才明白，这句话说的其实是我们思考问题的方式。"
    page = ("<html><head><title>锤子和钉子 | 思维改变生活</title></head><body>"
            "<h1 class='entry-title'>锤子和钉子</h1><div class='entry-info entry-author'>By</div>"
            "<address class='author vcard'>刘未鹏</address><div class='entry-content'>"
            f"<p>{prose}</p><p>{prose}</p></div><ol class='commentlist'><li class='comment'>"
            "<time datetime='2009-02-06T23:11:43+00:00'>2009-02-06</time><p>写得真好。</p></li></ol></body></html>")
    rec = webclean.clean(page)
    assert rec.author == "刘未鹏"
    assert rec.published is None or rec.published.isoformat()[:10] != "2009-02-07"


def test_a_month_first_slash_date_is_read_as_the_url_reads_it() -> None:
    prose = "我在二〇〇九年的第一天给自己写了一封信，一年过去了，我想看看当初的自己说了些什么，又做到了多少。"
    page = ("<html><head><title>独立日</title></head><body><h1>独立日</h1><div class='meta'>Mind Hacks @ 2/7/2009</div>"
            f"<div class='entry-content'><p>{prose}</p><p>{prose}</p></div></body></html>")
    rec = webclean.clean(page, url="http://blog.example.cn/2009/02/07/independence-day/")
    assert rec.published.isoformat()[:10] == "2009-02-07"


def test_an_info_row_with_the_outlets_logo_name_and_font_size_buttons_names_the_source() -> None:
    html = ("<html><body><h1>纪录片今晚播出第四集</h1>"
            "<div class='info'>某某新闻客户端 某某新闻客户端 2019年10月04日 12:34 A-A+</div>"
            "<div class='text'><p>七集纪录片于10月2日至8日在综合频道每天中午播出，今晚将播出第四集。</p>"
            "<p>本片创作团队历时半年，在多地寻访数十位亲历者，还原了那段往事。</p></div></body></html>")
    rec = webclean.Cleaner().clean(html.encode())
    assert rec.source == "某某新闻客户端" and rec.published.isoformat().startswith("2019-10-04T12:34")
    assert "A-A+" not in rec.body


def test_an_info_row_of_links_names_the_linked_outlet_beside_the_date() -> None:
    html = ("<html><body><h1>某型无人机完成首飞</h1><div class='info'><a href='/mil'>军事要闻</a>"
            "<a href='http://paper.example.com'>环球时报</a> [<a href='/wb'>微博</a>] 2014-10-15 15:35</div>"
            "<div class='text'><p>据报道，某型无人机日前在西北某试验场完成首飞，试飞过程顺利。</p>"
            "<p>专家表示，这一型号的续航时间和载荷能力都有明显提升。</p></div></body></html>")
    assert webclean.Cleaner().clean(html.encode()).source == "环球时报"


def test_the_date_a_page_shows_under_its_label_beats_a_head_date_of_another_day() -> None:
    table = ("<html><head><meta name='PubDate' content='2023-05-16 12:34:05'></head><body>"
             "<div class='xxgk'><dl><dd>发布机构：</dd><dd>某市统计局</dd><dd>发文日期：</dd></dl>"
             "<div>2023-04-18</div></div>"
             "<h1>某市2022年国民经济和社会发展统计公报</h1>"
             "<p>2022年，全市上下坚持稳中求进工作总基调，经济运行总体平稳，发展质量稳步提升。</p>"
             "<p>初步核算，全年地区生产总值比上年增长百分之四点九。</p></body></html>")
    assert webclean.Cleaner().clean(table.encode()).published.isoformat().startswith("2023-04-18")
    same_day = table.replace("2023-05-16 12:34:05", "2023-04-18 09:30:00")
    assert webclean.Cleaner().clean(same_day.encode()).published.isoformat().startswith("2023-04-18")


def test_a_text_pages_title_line_names_the_blogs_owner_before_the_platform():
    para = "搬家前一周就该把书装箱，每箱不超过二十斤，箱子侧面写上房间名，到了新家拆箱就快多了。"
    lines = ["搬家前一周要做的事 - 慢慢走的hk - 博客园", "首页", "慢慢走的hk", "搬家前一周要做的事",
             "2024-03-02 10:15", para, para, "收藏该文"]
    assert webclean.clean("\n".join(lines).encode()).author == "慢慢走的hk"
    # without a line of the page naming the owner alone, the piece may be a column's or a site's name
    lines[2] = "博客园首页"
    assert webclean.clean("\n".join(lines).encode()).author is None


def test_a_blog_footer_kept_on_lines_of_its_own_names_the_writer_before_at_and_the_time():
    para = "今天早上去山上看日出，风很大，可是等到太阳出来的那一刻，觉得一切都值得了。"
    lines = ["Morning Notes: 山顶看日出", "Morning Notes", "Sunday, May 5, 2013", "山顶看日出", para, para,
             "Posted by", "Lin Xiao", "at", "6:40 AM", "No comments:", "Post a Comment"]
    assert webclean.clean("\n".join(lines).encode()).author == "Lin Xiao"
    lines[8] = "on"   # no footer's "at" line: the name line is no footer's
    assert webclean.clean("\n".join(lines).encode()).author != "Lin Xiao"


def test_the_title_lines_repeat_beats_a_channels_link_right_over_the_date():
    top = "城南菜市场重新开门 摊位多了四成_本地频道"
    blocks = [Block(0, top), Block(1, "首页 - 新闻 - 本地"), Block(2, "城南菜市场重新开门 摊位多了四成"),
              Block(3, "某某本地报道"), Block(4, "http://local.example.com"), Block(5, "查看本地部落"),
              Block(6, "2024-06-01 08:30:00"), Block(7, PARA)]
    assert md.text_headline(blocks).index == 2


def test_a_text_pages_headline_over_its_date_line_after_a_tickers_sentences():
    ticker = ["快訊", "颱風外圍環流影響，東半部今晚起有短暫陣雨，山區的民眾請注意落石與坍方，並避免前往溪邊。",
              "央行理事會明天召開，市場普遍預期利率維持不變，但房貸的信用管制可能再加碼。", "首頁 > 新聞網", "> 生活"]
    blocks = [Block(i, t) for i, t in enumerate(["某某電台全球資訊網", "訓練班"] + ticker)]
    blocks += [Block(7, "寒流週末報到 北部低溫探十度"), Block(8, "2014/12/11 18:58 報導"), Block(9, PARA)]
    assert md.text_headline(blocks).index == 7


def test_a_blog_on_a_utc_clock_gives_the_day_it_shows() -> None:
    # a static blog's head says 18:57Z (the 26th in Beijing); its date line shows Jan 25: the shown day wins, unless
    # the page shows its dates in China's day
    import webclean
    para = "這次參加黑客松的經驗非常特別，我們在四十八小時內完成了一個資安工具的原型，也認識了很多新朋友。"
    def page(shown: str) -> str:
        return ("<html><head><title>黑客松心得</title>"
                "<meta property='article:published_time' content='2016-01-25T18:57:42+00:00'></head><body>"
                f"<article><h1>黑客松心得</h1><div class='post-meta'>{shown} in Blog</div>"
                f"<p>{para}</p><p>{para}</p></article></body></html>")
    assert str(webclean.clean(page("Jan 25, 2016")).published) == "2016-01-25"
    assert str(webclean.clean(page("2016-01-26 02:57")).published)[:10] == "2016-01-26"


def test_a_blog_themes_info_row_under_the_headline_is_no_text() -> None:
    # Hexo NexT: 发表于 … 更新于 … 分类于 … 本文字数 … 阅读时长, more words around the date than a date line holds
    import webclean
    para = "这篇文章记录了我学习古典密码的过程，从单表代换讲到多表代换，最后用程序实现了加密和解密的全过程。"
    page = ("<html><head><title>Playfair 密码</title></head><body><article><h1>Playfair 密码</h1>"
            "<div class='post-meta'>发表于 2019-03-20 更新于 2021-11-17 分类于 密码学 本文字数： 4.1k"
            " 阅读时长 ≈ 4 分钟</div>"
            f"<div class='post-body'><p>{para}</p><p>{para}</p></div></article></body></html>")
    record = webclean.clean(page)
    assert not any("阅读时长" in p for p in record.paragraphs) and str(record.published)[:10] == "2019-03-20"


SINA_TEXT = ("<div id='article'><p>新加坡总理李显龙在联合国大会期间会见了美国总统，双方就贸易问题交换了意见。</p>"
             "<p>分析人士认为，这次会面释放了重要信号，值得各方关注和研究。</p></div>")


@pytest.mark.parametrize("row,source", [
    ("2019年10月09日 07:42 <a href='https://weibo.com/u/1'>长安街知事</a>", "长安街知事"),   # an account
    ("2018年05月06日 09:38 <a href='https://ent.sina.com.cn/'>新浪娱乐</a>", "新浪娱乐"),      # the site's desk
    ("2019年10月09日 07:42 <a href='/ip'>来自福建</a>", None),                               # a poster's region
    ("2019年10月09日 07:42 <a href='#print'>友善列印</a>", None),                             # a print button
    ("2019年10月09日 07:42 <a href='/u/2'>王小明</a>", None),                                # a writer's name
    ("2019年10月09日 13:55 科学大家", None),                                                 # not linked
])
def test_the_name_after_the_date_is_the_source_when_nothing_else_names_one(row: str, source: str | None) -> None:
    page = (f"<html><body><h1 class='main-title'>当着特朗普的面 新加坡总理做了关键决断</h1>"
            f"<div class='date-source'>{row}</div>{SINA_TEXT}</body></html>")
    assert webclean.clean(page).source == source


def test_a_labelled_source_outranks_the_name_after_the_date() -> None:
    page = (f"<html><body><h1>当着特朗普的面 新加坡总理做了关键决断</h1><div>2019年10月09日 07:42 新浪新闻综合</div>"
            f"{SINA_TEXT}<p>来源：北京青年报</p></body></html>")
    assert webclean.clean(page).source == "北京青年报"


def test_a_row_date_without_its_year_takes_the_year_of_the_head_date_of_its_minute() -> None:
    # 百家号: <span class="date">10-09</span><span class="time">16:17</span>, <meta itemprop="dateUpdate" …>
    page = ("<html><head><title>恶意芯片究竟是啥</title><meta itemprop='dateUpdate' content='2018-10-09 16:17:42'>"
            "</head><body><h2 class='article-title'>恶意芯片究竟是啥</h2><div class='article-source'>百家号"
            "<span class='date'>10-09</span><span class='time'>16:17</span></div>"
            "<p>彭博社上周的一篇报道引起了轩然大波，指责一家公司出售的主板包含恶意芯片，引发了广泛的讨论。</p>"
            "<p>多家公司随即发表声明否认了这一说法，并表示从未发现任何恶意硬件或者后门程序的存在。</p></body></html>")
    record = webclean.clean(page)
    assert record.published is not None and record.published.isoformat() == "2018-10-09T16:17:42+08:00"


def test_an_info_row_repeating_the_headline_under_the_text_dates_the_page() -> None:
    # hfdavco.com.cn sets its info row after the article: the headline again, the date, the read count
    para = "防水卷材的种类有很多种，根据其特点应用范围也是不一样的，下面给大家介绍下自粘防水卷材在施工中的应用要求。"
    head = "自粘防水卷材在施工中的应用要求"
    page = (f"<html><body><h1>{head}</h1><p>{para}</p><p>{para}</p><div class='time'>{head} 2021-2-21 本文被阅读 247 次"
            "</div><ul><li><a href='/n/2'>自粘防水卷材的施工注意事项</a></li></ul></body></html>")
    rec = webclean.clean(page)
    assert rec.published is not None and rec.published.isoformat() == "2021-02-21"
    assert list(rec.paragraphs) == [para, para]


def test_a_text_pages_title_line_names_the_blogs_owner_with_the_row_under_the_headline() -> None:
    # a VuePress blog kept as text: 消极 | yyshino first, then yyshino 9/13/2022 日常 under the headline
    lines = ["消极 | yyshino", "yyshino", "Blog", "主页", "归档", "消极", "yyshino 9/13/2022 日常",
             "人生满是遗憾，有的只是适应、习惯、麻木，人的经历不同，对一件事的看法也不同，这是很正常的事情。",
             "想象基于现实，但未必真正高于现实，部分情况下只是我们了解的太少了，还需要多看多想。"]
    rec = webclean.clean("\n".join(lines).encode())
    assert rec.author == "yyshino"
    lines[0] = "消极 | 新华网"   # an outlet's name is no owner
    assert webclean.clean("\n".join(lines).encode()).author is None


def test_a_labelled_editor_may_be_a_handle_with_digits_but_not_a_staff_code() -> None:
    # cnBeta closes with [ 编辑：raymon725 ]; 网易 signs 责任编辑：NF055, a staff code naming nobody
    para = "今天上午，市政府召开新闻发布会，介绍了今年以来全市经济社会发展的主要情况，并回答了记者提问。"
    def page(credit: str) -> str:
        return (f"<html><body><h1>市政府召开发布会</h1><p>2017-02-24 15:25:43</p><p>{para}</p><p>{para}</p>"
                f"<div>{credit}</div></body></html>")
    assert webclean.clean(page("[ 编辑：raymon725 ]")).editor == "raymon725"
    assert webclean.clean(page("责任编辑：NF055")).editor is None


def test_cells_classed_as_the_writer_and_the_source_slot_name_them() -> None:
    # 中國時報: <div class="meta-info source">中國時報</div><div class="meta-info author">胡欣男 、新聞透視</div>
    para = "黑道利用社群平台吸引年輕人，專家建議從金流下手，才能真正斷絕其經濟來源，並呼籲平台負起責任。"
    page = ("<html><body><h1>黑道變網紅 斷金流才是反制之道</h1><div class='meta-info-wrapper'>"
            "<div class='meta-info time'>2023/09/04 04:10</div><div class='meta-info source'>中國時報</div>"
            "<div class='meta-info author'><a href='/reporter/1'>胡欣男</a> 、新聞透視</div></div>"
            f"<div class='article-body'><p>{para}</p><p>{para}</p></div></body></html>")
    rec = webclean.clean(page)
    assert (rec.author, rec.source) == ("胡欣男", "中國時報")


def test_a_stock_photo_credit_left_by_a_removed_picture_is_no_source_and_no_text() -> None:
    # a translated post keeps its pictures' credits as lines: 来源：Mart Production/Pexels, 集市生产/Pexels
    para = "研究发现，视频会议让很多人在家里喝得更多，因为没有了下班路上的那段时间来切换自己的状态。"
    page = (f"<html><body><h1>视频会议与饮酒</h1><p>2021-03-02</p><p>{para}</p><p>来源：Mart Production/Pexels<br>"
            f"集市生产/Pexels</p><p>{para}</p></body></html>")
    rec = webclean.clean(page)
    assert rec.source is None and list(rec.paragraphs) == [para, para]
    assert sum(r.rule == "stock_photo_credit" for r in rec.removed) == 2


def test_a_notices_numbered_time_section_is_its_text_not_the_pages_date() -> None:
    # 复旦 CS: the date row under the headline, then 一、报名时间 over 2024年10月4日15:00之前 in the text
    lines = ["<p class='arti_metas'>2024.10.01</p>", "<p>一、报名时间</p>", "<p>2024年10月4日15:00之前</p>",
             "<p>二、报名条件和报名专业</p>",
             "<p>全国各高等学校2025年应届本科毕业生，学习成绩优秀，已获得推免资格，对科学研究有浓厚兴趣。</p>" * 2]
    page = ("<html><head><title>推免生招生选拔（第二轮）工作通知</title></head><body>"
            "<h1>推免生招生选拔（第二轮）工作通知</h1>" + "".join(lines) + "</body></html>")
    record = webclean.clean(page.encode())
    assert str(record.published) == "2024-10-01" and "2024年10月4日15:00之前" in record.body
    assert md.timed_section("四、报送材料时间： 2020 年10月19-20日，逾期不再受理。", "")
    assert not md.timed_section("发布时间：2024-10-01", "推免生招生选拔（第二轮）工作通知")


def test_an_events_labelled_time_is_the_notices_text_and_this_website_is_no_source() -> None:
    # 广州自考网: 报名时间 is the item's fact; its 来源 slot says 本网站 ("this website")
    lines = ["<p>发布时间：2021-02-25 来源：本网站</p>", "<p>报名时间：2021年3月8-11日</p>",
             "<p>广东省2021年4月自学考试报名工作即将开始，考生须在规定时间内登录系统完成报名和缴费。</p>" * 2]
    page = ("<html><head><title>2021年4月自考报名时间</title></head><body><h1>2021年4月自考报名时间</h1>"
            + "".join(lines) + "</body></html>")
    record = webclean.clean(page.encode())
    assert str(record.published) == "2021-02-25" and "报名时间：2021年3月8-11日" in record.body
    assert record.source is None
