"""Broken markup keeps its article: what libxml2 loses of a page a browser shows is read back (parse.broken).

Each breakage is written into a well-formed page of ours; the broken page must give the paragraphs its
well-formed twin gives. Before the parse stage mended them, every one of these pages came out empty.
"""
from __future__ import annotations

import json
import time

import pytest
from lxml import etree

import webclean
from webclean.document import Document
from webclean.options import Options
from webclean.parse import broken
from webclean.parse.html import parse_html

from .conftest import SHARED

PARAGRAPHS = [
    "近日，市农业农村局组织技术人员深入田间地头，指导农户做好夏季病虫害防治工作。技术人员现场讲解了科学用药的方法。",
    "据介绍，今年全市共落实统防统治面积十二万亩，比去年增加一成多，群众反映良好。下一步还将继续加强巡查。",
    "技术人员还走访了多个合作社，详细了解种植情况，帮助解决实际困难。农户们表示，有了专家的指导，心里更有底了。",
    "农业农村局有关负责人说，夏季是病虫害高发期，各乡镇要安排专人值守，发现苗头及时处置，确保粮食丰收。",
]
ARTICLE = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
HEAD = "<head><meta charset='utf-8'><title>市农业农村局开展夏季病虫害防治指导_本地新闻</title></head>"
NAV = "<div class='nav'><a href='/'>首页</a> <a href='/news'>新闻</a> <a href='/about'>关于我们</a></div>"
HEADLINE = "<h1>市农业农村局开展夏季病虫害防治指导</h1><div class='info'>2025-06-12 来源：本地日报</div>"
WELL_FORMED = f"<html>{HEAD}<body>{NAV}{HEADLINE}<div class='article'>{ARTICLE}</div></body></html>"

# (breakage, page): each page holds the article of WELL_FORMED, broken the way real pages are.
BROKEN = {
    "xml declaration": f'<?xml version="1.0" encoding="utf-8"?>\n{WELL_FORMED}',
    "</html> after the header include": f"<html>{HEAD}<body>{NAV}</body></html>{HEADLINE}<div class='article'>"
                                        f"{ARTICLE}</div></body></html>",
    "redirect stub before <html>": "<html><head><meta http-equiv='refresh' content='0;url=/a.html'></head><body>"
                                   f"</body></html>\n{WELL_FORMED}",
    "content after </body>, a second <body>": f"<html>{HEAD}<body>{NAV}</body><body class='a'>{HEADLINE}"
                                             f"<div class='article'>{ARTICLE}</div></body></html>",
    "custom CMS tags": f"<html>{HEAD}<body>{NAV}<sohu_cms_include:/inc/art.inc><cms:article id='x'>{HEADLINE}"
                       f"<div class='article'>{ARTICLE}</div></cms:article><sohu_cms_include:ad_slot /></body></html>",
    "unclosed <svg>": f"<html>{HEAD}<body>{NAV}<div class='article'><svg class='icon'><use href='#i'/>{HEADLINE}"
                      f"{ARTICLE}</div></body></html>",
    "unclosed attribute quote": f"<html>{HEAD}<body>{NAV}{HEADLINE}<div class=\"article>{ARTICLE}"
                                "<div class=\"foot\">版权所有</div></body></html>",
    "unclosed <title>": f"<html><head><title>防治指导<title></head><body>{NAV}{HEADLINE}<div class='article'>"
                        f"{ARTICLE}</div></body></html>",
    "unclosed <textarea>": f"<html>{HEAD}<body>{NAV}<textarea name='c'>留言{HEADLINE}<div class='article'>"
                           f"{ARTICLE}</div></body></html>",
    "unterminated comment": f"<html>{HEAD}<body>{NAV}<!-- 广告位 {HEADLINE}<div class='article'>{ARTICLE}</div>"
                            "</body></html>",
    "unclosed <iframe>": f"<html>{HEAD}<body>{NAV}<iframe src='/ad.html'>{HEADLINE}<div class='article'>{ARTICLE}"
                         "</div></body></html>",
    "unclosed <style> in the body": f"<html>{HEAD}<body>{NAV}<style>.a{{color:red}}{HEADLINE}<div class='article'>"
                                    f"{ARTICLE}</div></body></html>",
    "article only in <noscript>": f"<html>{HEAD}<body>{NAV}<noscript>{HEADLINE}<div class='article'>{ARTICLE}"
                                  "</div></noscript><div id='app'></div></body></html>",
}


@pytest.mark.parametrize("breakage", sorted(BROKEN))
def test_broken_page_keeps_the_article_of_its_well_formed_twin(breakage: str) -> None:
    twin = webclean.clean(WELL_FORMED.encode("utf-8"))
    assert list(twin.paragraphs) == PARAGRAPHS
    rec = webclean.clean(BROKEN[breakage].encode("utf-8"))
    assert list(rec.paragraphs) == PARAGRAPHS, breakage
    assert rec.title == "市农业农村局开展夏季病虫害防治指导"


@pytest.mark.parametrize("breakage", ["</html> after the header include", "unclosed attribute quote",
                                      "unclosed <title>", "unclosed <textarea>", "unterminated comment"])
def test_a_second_reading_says_so(breakage: str) -> None:
    rec = webclean.clean(BROKEN[breakage].encode("utf-8"))
    assert any(w.startswith("parse: ") and "read again" in w for w in rec.warnings), rec.warnings


def test_a_well_formed_page_is_read_once() -> None:
    rec = webclean.clean(WELL_FORMED.encode("utf-8"))
    assert not any("read again" in w for w in rec.warnings)


def test_a_comment_ended_too_late_stays_a_comment() -> None:
    """``<!-- 正文开始 >`` without its ``--``: every browser hides the article up to the next ``-->``; so do we
    (a lenient comment that ends at its first ``>`` would show the commented-out markup of every page)."""
    page = (f"<html>{HEAD}<body>{NAV}<!-- 正文开始 >{HEADLINE}<div class='article'>{ARTICLE}</div><!-- 正文结束 -->"
            "</body></html>")
    assert webclean.clean(page.encode("utf-8")).paragraphs == ()


def test_prose_kept_out_of_the_page_on_purpose_is_not_read_back() -> None:
    """A page whose article is intact is read once, whatever prose its scripts and selects hold."""
    filler = "".join(f"<option>第{i}期：我们的城市正在变得更好。居民生活更方便了。</option>" for i in range(40))
    page = (f"<html>{HEAD}<body>{NAV}{HEADLINE}<div class='article'>{ARTICLE}</div><select>{filler}</select>"
            "<script>var intro = '这是一段介绍。内容很多。非常详细。' ;</script></body></html>")
    rec = webclean.clean(page.encode("utf-8"))
    assert list(rec.paragraphs) == PARAGRAPHS
    assert not any("read again" in w for w in rec.warnings)


def test_str_pages_are_mended_too() -> None:
    """A str page (no bytes to look at) takes the text paths of the checks."""
    rec = webclean.clean(BROKEN["</html> after the header include"])
    assert list(rec.paragraphs) == PARAGRAPHS


# ---------------------------------------------------------------------------------------------- the parts
def test_without_xml_declaration_only_at_the_start() -> None:
    page = "\ufeff  <?xml version='1.0' encoding='gb2312'?><html></html>"
    assert broken.without_xml_declaration(page) == "<html></html>"
    later = "<html><?xml version='1.0'?></html>"
    assert broken.without_xml_declaration(later) == later


@pytest.mark.parametrize("raw_kind", ["bytes", "str"])
def test_reopened_after_html_end(raw_kind: str) -> None:
    page = "<html><body><p>头</p></body></HTML>\n<p>尾</p></html>"
    raw = page.encode("utf-8") if raw_kind == "bytes" else page
    text, reopened = broken.reopened_after_html_end(page, raw, "utf-8")
    assert reopened and "</html>" not in text.lower() and text.rstrip().endswith("<p>尾</p>")
    quiet = "<html><body><p>头</p></body></html>\r\n  "
    assert broken.reopened_after_html_end(quiet, quiet.encode(), "utf-8") == (quiet, False)
    assert broken.reopened_after_html_end("<p>无结尾</p>", b"<p>x</p>", "utf-8") == ("<p>无结尾</p>", False)


def test_gather_into_body_keeps_page_order_and_text() -> None:
    root = etree.fromstring("<html><body><p>一</p></body>二<div>三</div><body>四<p>五</p></body>六</html>",
                            etree.HTMLParser())
    body = broken.gather_into_body(root)
    assert " ".join("".join(body.itertext()).split()) == "一二三四五六"
    assert [c.tag for c in root] == ["body"]
    plain = etree.fromstring("<html><body><p>一</p></body></html>", etree.HTMLParser())
    assert etree.tostring(broken.gather_into_body(plain), encoding=str) == "<body><p>一</p></body>"


def test_hoist_leaves_closed_icons_alone() -> None:
    root = etree.fromstring("<div><svg><path d='M0'/></svg><p>正文</p></div>", etree.HTMLParser())
    assert broken.hoist_out_of_foreign(list(root.iter("svg"))) == 0
    swallowed = etree.fromstring("<div><svg><g><p>正文</p></g><p>二</p></svg></div>", etree.HTMLParser())
    assert broken.hoist_out_of_foreign(list(swallowed.iter("svg"))) == 1
    div = swallowed.find(".//div")
    assert [c.tag for c in div] == ["svg", "g", "p"] and len(div[0]) == 0


def test_lost_text_thresholds() -> None:
    assert broken.lost_text(0, broken.LOST_MIN)
    assert not broken.lost_text(0, broken.LOST_MIN - 1)                 # less than a paragraph lost
    assert not broken.lost_text(5000, 9000)                             # more than half held
    assert broken.lost_text(1000, 5000)


def test_gross_weight_estimates_the_body_bytes_of_the_page() -> None:
    """Every eighth byte of the body is counted: an estimate within a few percent on a page of prose."""
    body = "".join(f"<p>第{i}段：今天的天气很好，我们一起去公园散步。</p>" for i in range(200))
    head = f"<head><title>很长的标题</title><meta name='description' content='{'描述' * 500}'></head>"
    page = f"<html>{head}<body>{body}</body></html>"
    exact = broken.text_weight(body)
    for codec in ("utf-8", "gb18030"):
        assert abs(broken.gross_weight(page.encode(codec), codec, page) - exact) < 0.05 * exact, codec
    assert broken.gross_weight(page, None, page) == broken.text_weight(page)   # a str page: all of it, exactly


def test_what_swallowed_names_the_culprit() -> None:
    prose = "这是一个完整的句子。" * 40
    comment = f"<html><body><p>头</p><!-- {prose}"
    assert broken.what_swallowed([], None, comment) == "an unterminated comment"
    tree = etree.fromstring(f'<html><body><div class="a>{prose}"></div></body></html>', etree.HTMLParser())
    assert broken.what_swallowed([], tree, "") == "an attribute quote never closed"
    menu = etree.fromstring("<select>" + "<option>首页 新闻 体育</option>" * 50 + "</select>", etree.HTMLParser())
    assert broken.what_swallowed(list(menu.iter("select")), menu, "") is None


def test_lenient_source_only_touches_what_swallows() -> None:
    page = ('<p class="a b" id=\'x\'>一</p><script>if (a<b) {}</script><!-- c --><div title="t>二</div>'
            "<textarea>三</textarea>")
    out = broken.lenient_source(page)
    assert '<p class="a b" id=\'x\'>' in out            # balanced quotes untouched
    assert "<div title= t>" in out and "script" not in out and "<!--" not in out
    assert "<textarea>三</textarea>" in out             # a textarea of plain text stays one
    assert broken.lenient_source("<textarea>留言<p>正文</p>") == "留言<p>正文</p>"


def test_recovery_replaces_this_parse_s_removals_only() -> None:
    """Removals made before the parse (none today, but a stage may add one) survive a second reading."""
    from webclean.record import Removal

    hidden = "<div class='article'><p style='display:none'>藏</p>"
    page = BROKEN["unclosed <textarea>"].replace("<div class='article'>", hidden)
    doc = Document(raw="", text=page, is_html=True, deadline=time.monotonic() + 30)
    earlier = Removal("spam", "先前的", "earlier_stage", "x")
    doc.removed.append(earlier)
    parse_html(doc, Options())
    assert doc.removed[0] is earlier
    assert [r.text for r in doc.removed[1:]] == ["藏"]
    assert any("read again" in w for w in doc.warnings)


@pytest.mark.skipif(not (SHARED / "corpus" / "pages").is_dir(), reason="../shared/corpus is absent")
def test_no_real_page_is_read_twice() -> None:
    """On the real pages of ../shared/corpus, the tree always holds the page's text: no second reading."""
    read_again = []
    for gold in sorted((SHARED / "corpus" / "gold").glob("*.json")):
        url = json.loads(gold.read_text(encoding="utf-8")).get("url")
        rec = webclean.clean((SHARED / "corpus" / "pages" / f"{gold.stem}.html").read_bytes(), url=url)
        if any("read again" in w for w in rec.warnings):
            read_again.append(gold.stem)
    assert read_again == []


def test_a_closed_textarea_holding_a_galleries_captions_swallowed_nothing() -> None:
    # 网易家居's gallery keeps its captions as markup in a closed, hidden <textarea> for its script: what it
    # holds is its own, the page after it is read as it is (no lenient second reading)
    captions = "".join(f"<li><img src='p{i}.jpg'><p>第{i}张：花园一角，阳光很好。绿植多。</p></li>" for i in range(40))
    story = "<p>" + "这个花园的主人花了三年时间打理它，每一株植物都有自己的故事。" * 6 + "</p>"
    page = (f"<html><head><title>花园</title></head><body><h1>花园</h1>{story}"
            f"<textarea class='hidden' id='photoList1'>{captions}</textarea></body></html>")
    rec = webclean.clean(page.encode())
    assert not any("swallowed" in w for w in rec.warnings)
    assert "花园一角" not in rec.body and "每一株植物" in rec.body
    unclosed = page.replace("</textarea>", "")
    assert any("swallowed" in w for w in webclean.clean(unclosed.encode()).warnings)


def test_a_page_saved_as_an_iframe_srcdoc_is_read_from_the_frame() -> None:
    # a saving tool's wrapper (<title>creaders</title>) shows the saved page HTML-escaped in <iframe srcdoc="…">
    import html as html_module

    import webclean
    para = "10月13日深夜，山东聊城发生一起重大交通事故，造成8人死亡4人受伤，当地官方随后发布了情况通报。"
    framed = ("<html><head><title>山东深夜重大车祸8死4伤</title></head><body><h1>山东深夜重大车祸8死4伤</h1>"
              "<p>2025-10-14 21:38:00</p>" + f"<p>{para}</p>" * 50 + "</body></html>")
    page = (f"<html><head><title>creaders</title></head><body><div id='wrap'>"
            f"<iframe id='frame' srcdoc=\"{html_module.escape(framed)}\"></iframe></div></body></html>")
    rec = webclean.clean(page.encode())
    assert rec.title == "山东深夜重大车祸8死4伤" and list(rec.paragraphs) == [para] * 50
    assert any("srcdoc" in w for w in rec.warnings)
