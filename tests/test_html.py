"""HTML parsing: head metadata, hidden/script removal, deep nesting, CleanEval wrapper, segmentation."""
from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from webclean.document import Document
from webclean.parse import html
from webclean.pipeline import Options


def parse(page: str, **opts: object) -> Document:
    doc = Document(raw=page, text=page, is_html=True, deadline=time.monotonic() + 30)
    html.parse_html(doc, Options(**opts))  # type: ignore[arg-type]
    return doc


def texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


PORTAL = """<html><head><title>市政府召开新闻发布会_新闻中心_某某网</title>
<meta name="keywords" content="发布会,民生"><meta property="og:title" content="市政府召开新闻发布会">
<link rel="canonical" href="http://news.example.cn/2004/1201/a.htm">
<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "headline": "发布会"},
 {"@type": "BreadcrumbList"}]}</script>
<script>var x = "不是正文";</script><style>.k9{display:none}</style></head>
<body><table><tr><td class="nav"><a href="/">首页</a> | <a href="/n">新闻</a></td></tr>
<tr><td
id="content"><font size="3">　　今天上午，市政府召开新闻发布会。<br><br>　　会议指出，要做好<b>民生</b>工作。</font>
</td></tr></table>
<div class="k9"><a href="http://spam.example">澳门赌场</a><a href="http://s2">彩票</a></div>
<div style="position:absolute;left:-9999px">隐藏文字</div><p hidden>也隐藏</p>
<marquee>欢迎光临本站</marquee><!-- 注释 --><noscript>请开启脚本</noscript><time datetime="2004-12-01T10:00">x</time>
</body></html>"""


def test_head_fields() -> None:
    doc = parse(PORTAL)
    head = doc.head
    assert head["title"] == "市政府召开新闻发布会_新闻中心_某某网"
    assert head["meta"]["keywords"] == ["发布会,民生"]
    assert head["meta"]["og:title"] == ["市政府召开新闻发布会"]
    assert head["canonical"] == "http://news.example.cn/2004/1201/a.htm"
    assert [j["@type"] for j in head["jsonld"]] == ["NewsArticle", "BreadcrumbList"]
    assert head["times"] == ["2004-12-01T10:00"]


def test_table_portal_br_paragraphs_and_removals() -> None:
    doc = parse(PORTAL)
    assert texts(doc) == ["首页 | 新闻", "今天上午，市政府召开新闻发布会。", "会议指出，要做好民生工作。", "x"]
    nav, p1 = doc.blocks[0], doc.blocks[1]
    assert (nav.tag, nav.links, nav.link_chars, nav.in_table) == ("td", 2, 4, True)
    assert "nav" in nav.hints and "content" in p1.hints and p1.container != nav.container
    rules = sorted(r.rule for r in doc.removed if r.kind == "hidden")
    assert rules == ["hidden_attribute", "hidden_css_class", "hidden_offscreen"]
    assert ("澳门赌场彩票", 2) in doc.hints["hidden_links"]
    assert doc.hints["marquee"] == ["欢迎光临本站"]
    joined = "".join(texts(doc))
    assert "不是正文" not in joined and "注释" not in joined and "请开启脚本" not in joined


def test_single_br_ends_a_line_block() -> None:
    # a forum post, a poem or a schedule written line by line: each <br> line is its own block
    page = ("<html><body><div class='d_post_content'>家里是老房子，住一楼。<br>去年刚刷过一遍乳胶漆。<br>"
            "想请教一下有经验的吧友：<br><br>先谢谢了！</div>"
            "<p>作者：张三<br>来源：新华社</p></body></html>")
    assert texts(parse(page)) == ["家里是老房子，住一楼。", "去年刚刷过一遍乳胶漆。", "想请教一下有经验的吧友：",
                                  "先谢谢了！", "作者：张三", "来源：新华社"]


def test_div_news_page_blocks_in_order_with_headings() -> None:
    page = ("<html><body><div id='header'><ul><li><a href='/'>首页</a></li><li><a href='/s'>社会</a></li></ul></div>"
            "<div class='article'><h1>标题在这里</h1><div class='info'>2024-01-02 来源：本站</div>"
            "<p>第一段<span>内容</span>，<a href='/x'>链接</a>。</p><pre>code line 1\n    code line 2</pre>"
            "</div></body></html>")
    doc = parse(page)
    assert texts(doc) == ["首页", "社会", "标题在这里", "2024-01-02 来源：本站", "第一段内容，链接。",
                          "code line 1\n    code line 2"]
    h1 = doc.blocks[2]
    assert (h1.tag, h1.heading) == ("h1", 1)
    assert doc.blocks[0].in_list and not doc.blocks[4].in_list
    assert doc.blocks[4].path.endswith("div.article/p")
    assert (doc.blocks[4].links, doc.blocks[4].link_chars) == (1, 2)


def test_div_direct_text_split_around_child_blocks() -> None:
    doc = parse("<html><body><div>前言文字<p>段落</p>后记文字</div></body></html>")
    assert [(b.tag, b.text) for b in doc.blocks] == [("div", "前言文字"), ("p", "段落"), ("div", "后记文字")]


def test_deep_nesting_keeps_text_and_warns() -> None:
    page = "<html><body><p>开头</p>" + "<div>" * 3000 + "深处的正文。" + "</div>" * 3000 + "<p>结尾</p></body></html>"
    doc = parse(page)
    assert texts(doc) == ["开头", "深处的正文。", "结尾"]
    assert any("flattened" in w for w in doc.warnings)


def test_max_depth_and_max_blocks_limits_warn() -> None:
    doc = parse("<html><body>" + "<div>" * 50 + "深" + "</div>" * 50 + "</body></html>", max_depth=10)
    assert texts(doc) == ["深"] and any("max_depth" in w for w in doc.warnings)
    doc = parse("<html><body>" + "<p>段</p>" * 30 + "</body></html>", max_blocks=5)
    assert len(doc.blocks) == 5 and any("max_blocks" in w for w in doc.warnings)


@pytest.mark.parametrize("page", ["", "   \n ", "<", "<html></html>", "\ufffd\ufffd<<>>", "<!-- only -->"])
def test_empty_or_garbage_input_never_raises(page: str) -> None:
    doc = parse(page)
    assert all(b.text.strip() for b in doc.blocks)
    assert isinstance(doc.head, dict) and "meta" in doc.head
    if not page.strip():
        assert doc.blocks == [] and doc.warnings


def test_cleaneval_wrapper_is_not_text_or_title() -> None:
    page = ('<text id="http://www.example.cn/a.asp?id=1" title="包装标题" encoding="gb2312">\n'
            "<html><head><title>真标题</title></head><body><p>正文一段。</p></body></html>\n</text>")
    doc = parse(page)
    assert texts(doc) == ["正文一段。"]
    assert doc.head["title"] == "真标题"
    assert doc.hints["cleaneval"]["id"] == "http://www.example.cn/a.asp?id=1"


def test_strip_cleaneval_wrapper_only_at_start() -> None:
    page = "<html><body><text>not a wrapper</text></body></html>"
    assert html.strip_cleaneval_wrapper(page) == (page, {})


def test_flatten_deep_nesting_balances_tags() -> None:
    out, n = html.flatten_deep_nesting("<div><div><br><div>深</div><p>浅</p></div><p>外</p></div>", 2)
    assert out == "<div><div><br>深浅</div><p>外</p></div>" and n == 4


def test_hidden_css_selectors_simple_only() -> None:
    sheet = ".hide1{display:none} #box { visibility: hidden } .menu a{display:none} .show{color:red}"
    assert html.hidden_css_selectors(sheet) == frozenset({".hide1", "#box"})


@pytest.mark.parametrize("style,rule", [
    ("display:none", "hidden_display_none"), ("VISIBILITY: HIDDEN", "hidden_visibility"),
    ("font-size:0px", "hidden_font_size_zero"), ("text-indent:-9999px", "hidden_offscreen"),
    ("height:0;overflow:hidden", "hidden_zero_box"), ("font-size:0.8em", None), ("left:-10px", None),
])
def test_hidden_rule_styles(style: str, rule: str | None) -> None:
    el = etree.fromstring(f'<div style="{style}">x</div>')
    assert html.hidden_rule(el) == rule


def test_jsonld_bad_json_is_skipped() -> None:
    doc = parse('<html><head><script type="application/ld+json">{"a": </script></head><body><p>文</p></body></html>')
    assert doc.head["jsonld"] == [] and texts(doc) == ["文"]


def test_form_wrapper_keeps_its_text() -> None:
    doc = parse("<html><body><form id='form1'><div><p>表单里的正文。</p><input value='提交'>"
                "<select><option>选项</option></select></div></form></body></html>")
    assert texts(doc) == ["表单里的正文。"]


def test_nested_hidden_elements_recorded_once() -> None:
    doc = parse("<html><head><style>.x{display:none}</style></head><body><div style='display:none'>外层"
                "<span class='x'>内层</span></div><p>正文</p></body></html>")
    assert [(r.text, r.rule) for r in doc.removed] == [("外层内层", "hidden_display_none")]
    assert texts(doc) == ["正文"]


@pytest.mark.parametrize("page,text", [
    ("<html><body>" + "<div>" * 100_000 + "未闭合的深层文字", "未闭合的深层文字"),
    ("<b>" * 50_000 + "粗体", "粗体"),
    ("<table><tr><td>" * 3000 + "单元格", "单元格"),
    ("<div><span>" * 2000 + "交错" + "</span></div>" * 2000, "交错"),
])
def test_hostile_nesting_keeps_text(page: str, text: str) -> None:
    start = time.process_time()     # CPU time of this process: other jobs on the machine do not count
    doc = parse(page)
    assert time.process_time() - start < 10
    assert texts(doc) == [text]


def test_blocks_carry_the_hosts_of_their_absolute_links() -> None:
    doc = parse('<html><body><div class="links"><a href="http://www.Example-Casino.com/a">友情链接甲</a>'
                '<a href="/news/1.html">本站新闻</a><a href=" //cdn.example.cn/x">乙</a></div>'
                '<p>今天上午，市政府召开新闻发布会，介绍了今年的民生工作安排。</p></body></html>')
    hosts = {b.text: b.hosts for b in doc.blocks}
    assert hosts["友情链接甲本站新闻乙"] == ("www.example-casino.com", "cdn.example.cn")
    assert hosts["今天上午，市政府召开新闻发布会，介绍了今年的民生工作安排。"] == ()


def test_docstring_examples() -> None:
    import doctest

    from webclean.parse import segment
    for module in (html, segment):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__


_STYLE_PARTS = ["display:none", "DISPLAY : None", "visibility:hidden", "Visibility: HIDDEN", "font-size:0",
                "font-size: 0px;", "FONT-SIZE:0.0em", "left:-9999px", "text-indent: -5000px", "top:-1000px",
                "width:0", "height:0px", "overflow:hidden", "color:red", "margin-top:-10px", "float:left",
                "font-size:12px", "position:absolute", "z-index:-1", "border:none", "left:-999px", ";", " "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_STYLE_PARTS), max_size=6))
def test_style_prefilter_never_hides_a_hiding_style(parts) -> None:
    """``_MAY_HIDE`` is a speed-up: the named rules decide exactly as they would without it."""
    style = ";".join(parts)
    expected = None
    for rule, rx in html._HIDDEN_STYLE:
        if rx.search(style):
            expected = rule
            break
    if expected is None and html._ZERO_BOX.search(style) and html._OVERFLOW_HIDDEN.search(style):
        expected = "hidden_zero_box"
    el = etree.fromstring(f'<div style="{style}">x</div>')
    assert html.hidden_rule(el) == expected


_ARTICLE = "".join(f"<p>第{i}段：入梅以后空气湿度维持在八成以上，墙角返潮、衣服发闷，"
                   "我们把读者最常问的地方按顺序说清楚。</p>" for i in range(8))


def test_article_hidden_until_a_script_shows_it_is_kept() -> None:
    """WeChat-style: the body div is visibility:hidden until JavaScript runs; it is the article."""
    from webclean import clean
    page = ("<html><body><div class='nav'><a href='/'>首页</a> <a href='/a'>关于</a></div><h1>入梅以后</h1>"
            f"<div id='js_content' style='visibility: hidden;'>{_ARTICLE}</div>"
            "<div style='display:none'><a href='http://a.example/'>澳门赌场</a> <a href='http://b.example/'>在线博彩</a></div>"
            "</body></html>").encode()
    rec = clean(page)
    assert len(rec.paragraphs) == 8 and rec.paragraphs[0].startswith("第0段")
    assert any("kept as the article" in w for w in rec.warnings)
    assert [r.rule for r in rec.removed if r.kind == "hidden"] == ["hidden_display_none"]  # the link farm still goes


def test_hidden_prose_that_is_not_most_of_the_page_goes() -> None:
    from webclean import clean
    hidden = "这是一段隐藏的推广文字，写得像正文。" * 20
    page = (f"<html><body><h1>标题在这里</h1>{_ARTICLE}{_ARTICLE}<div style='display:none'><p>{hidden}</p></div>"
            "</body></html>").encode()
    rec = clean(page)
    assert any(r.kind == "hidden" for r in rec.removed)
    assert not any("推广文字" in p for p in rec.paragraphs)
    assert not html.shown_by_script(hidden, 0, 3 * len(hidden))        # a third of the page: not the article
    assert not html.shown_by_script("链接" * 300, 10, 700)               # no sentence ends


def test_folded_rest_of_an_article_is_kept_and_hidden_spam_still_goes() -> None:
    rest = "".join(f"<p>第{i}段，社区党委书记告诉记者，加装电梯最大的难点在于邻里之间的意见统一。</p>"
                   for i in range(4))
    page = ("<html><body><h1>老旧小区加装电梯</h1>"
            "<div class='article'><p>三年没下过楼了，今天终于能自己到楼下晒晒太阳。</p>"
            f"<div id='moreContent' style='display:none'>{rest}</div><div class='read-more'>展开全文</div>"
            "<div style='display:none'>澳门新葡京 百家乐 真人视讯 澳门新葡京 百家乐 真人视讯 澳门新葡京 百家乐</div>"
            "</div></body></html>")
    doc = parse(page)
    text = "".join(texts(doc))
    assert "第3段" in text and "澳门新葡京" not in text
    assert any("展开全文" in w for w in doc.warnings)


def test_an_element_its_script_shows_inline_stays_whatever_the_sheet_hides() -> None:
    import webclean
    story = "".join(f"<p>第{i}段：立法會選舉昨日完結，今屆地區直選投票率較上屆多一點七個百分點，投票人數較少。</p>"
                    for i in range(4))
    page = ("<html><head><style>#lower{display:none;} .paywall{display:none}</style></head><body>"
            "<h1>投票率升1.7百分點</h1><p>【本報專訊】立法會選舉昨日完結，今屆地區直選投票率31.9％。</p>"
            f"<div id='lower' style='display: block;'>{story}</div>"
            "<div class='paywall'>訂閱後閱讀全文</div></body></html>")
    rec = webclean.clean(page)
    assert "第3段" in rec.body and "訂閱後閱讀全文" not in rec.body
    assert [r.rule for r in rec.removed if r.kind == "hidden"] == ["hidden_css_class"]


def test_a_phone_only_copy_goes_where_the_page_has_a_wide_one() -> None:
    import webclean
    wide = "".join(f"<li><span>2024-09-{d:02d}</span><a href='/n/{d}'>第{d}条消息的标题写在这里</a></li>"
                   for d in range(1, 11))
    narrow = "".join(f"<li><a href='/n/{d}'>第{d}条消息的标题写在这里</a></li>" for d in range(1, 3))
    page = (f"<html><body><h1>新闻中心</h1><ul class='news hidden-xs'>{wide}</ul>"
            f"<ul class='news visible-xs'>{narrow}</ul></body></html>")
    rec = webclean.Cleaner().clean(page.encode())
    assert any(r.rule == "mobile_copy" for r in rec.removed)
    alone = webclean.Cleaner().clean(page.replace("hidden-xs", "list").encode())   # no wide twin: kept
    assert not any(r.rule == "mobile_copy" for r in alone.removed)


def test_an_embedded_social_post_is_no_part_of_the_article() -> None:
    # ETtoday quotes a Japanese tweet in <blockquote class="twitter-tweet">: its text, its date and its script are
    # another's
    import webclean
    para = "日本在8月24日將福島核廢水排入海中，整個排放期預計長達30年，引發國際社會關注與討論。"
    page = ("<html><body><h1>日本國會議員福島衝浪</h1><p>2023年09月04日 21:24</p><div class='story'>"
            "<blockquote class='twitter-tweet'><p>【朗報】小泉進次郎さん、処理水の安全性をアピール</p>"
            "— 滝沢ガレソ (@takigare3) September 4, 2023</blockquote>"
            f"<p>{para}</p><p>{para}</p></div></body></html>")
    rec = webclean.clean(page)
    assert list(rec.paragraphs) == [para, para] and rec.script == "zh-Hant"
    assert any(r.rule == "embedded_post" for r in rec.removed)
