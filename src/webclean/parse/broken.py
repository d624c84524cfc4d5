"""Broken markup: what libxml2 loses of a page that a browser shows, and how the parse stage gets it back.

Old portal pages are templates stitched together, and the stitches show: a header include that closes
``</body></html>`` before the article, a second ``<html><body>`` from the next include, a wrapper line or an
XML declaration before ``<html>``, custom CMS tags (``<sohu_cms_include:…>``) around the article. A browser
reads all of it into one body. libxml2 does not, in four ways, each handled here before or after parsing:

- :func:`without_xml_declaration`: lxml refuses a str that opens with ``<?xml … encoding=…?>`` (XHTML
  gazettes and portals), so the whole page came out empty;
- :func:`reopened_after_html_end`: libxml2 drops everything after the first ``</html>``;
- :func:`gather_into_body`: what follows ``</body>`` (and a second ``<body>``) lands beside the body, where
  segmentation never looked;
- :func:`hoist_out_of_foreign`: an unclosed ``<svg>`` or ``<math>`` keeps the rest of the page inside it
  (a browser closes it at the first ``<p>``, ``<div>`` …), and the tree cleaning drops it with the icon.

What is left is markup that swallows the rest of the page in every parser (an unclosed ``<textarea>``,
``<title>`` or attribute quote, a script whose ``<!--`` is never closed). When the tree holds far less text
than the page (:func:`lost_text`), the page is read again from :func:`lenient_source`, and the parse
stage keeps whichever reading holds more text, saying so in a warning.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from lxml import etree

__all__ = ["without_xml_declaration", "reopened_after_html_end", "gather_into_body", "hoist_out_of_foreign",
           "text_weight", "gross_weight", "lost_text", "holds_prose", "what_swallowed", "all_closed", "lenient_source",
           "SWALLOWERS", "LOST_SHARE", "LOST_MIN"]

# ---------------------------------------------------------------------------------------------- before parsing
_XML_DECLARATION = re.compile(r"\A\ufeff?\s{0,200}<\?xml[^>]{0,500}\?>")


def without_xml_declaration(text: str) -> str:
    """The page without a leading ``<?xml … ?>`` declaration (lxml refuses a str that carries one).

    >>> without_xml_declaration('<?xml version="1.0" encoding="utf-8"?>\\n<html><body>正文</body></html>')
    '\\n<html><body>正文</body></html>'
    >>> without_xml_declaration("<html></html>")
    '<html></html>'
    """
    m = _XML_DECLARATION.match(text)
    return text[m.end():] if m else text


_HTML_END = re.compile(r"</html\s*>", re.I)
_HTML_END_SPELLINGS = ("</html", "</HTML", "</Html")


def reopened_after_html_end(text: str, raw: bytes | str = "", encoding: str | None = None) -> tuple[str, bool]:
    """The page with its ``</html>`` end tags removed when anything but white space follows the first one.

    libxml2 ends the document at the first ``</html>`` and drops the rest; a browser goes on reading into
    the body. A page stitched from templates can close ``</html>`` in its header include and bring the
    article after it. Where the page came as bytes in an ASCII-compatible codec, ``bytes.find`` (a
    memchr scan, ten times a str search's speed) settles the ordinary page.

    >>> reopened_after_html_end("<html><body><p>头部</p></body></html><p>正文</p></html>")
    ('<html><body><p>头部</p></body> <p>正文</p> ', True)
    >>> page = "<html><body><p>正文</p></body></html>\\n"
    >>> reopened_after_html_end(page, page.encode("utf-8"), "utf-8")
    ('<html><body><p>正文</p></body></html>\\n', False)
    """
    if isinstance(raw, bytes) and raw and encoding and not encoding.startswith(("utf-16", "utf-32")):
        found_bytes = [at for at in (raw.find(s.encode()) for s in _HTML_END_SPELLINGS) if at >= 0]
        if not found_bytes:
            return text, False
        close = raw.find(b">", min(found_bytes))
        if close < 0 or not raw[close + 1:].strip():
            return text, False
    found = [at for at in (text.find(spelling) for spelling in _HTML_END_SPELLINGS) if at >= 0]
    if not found:
        return text, False
    first = _HTML_END.match(text, min(found))
    if first is None or not text[first.end():].strip():
        return text, False
    return text[:first.start()] + " " + _HTML_END.sub(" ", text[first.end():]), True


# ---------------------------------------------------------------------------------------------- after parsing
def gather_into_body(root: Any) -> Any:
    """The element to segment: the body, with whatever the parser left beside it moved into it, in page order.

    After ``</body>`` libxml2 puts what follows beside the body, and a second ``<body>`` becomes a second
    body element; a browser reads both into the one body. An ordinary page (the body alone under
    ``<html>`` once the head is dropped) is returned untouched. Without a body, ``root`` itself.

    >>> root = etree.fromstring("<html><body><p>头部</p></body><p>正文</p><body><p>尾部</p></body></html>")
    >>> body = gather_into_body(root)
    >>> [p.text for p in body], len(root)
    (['头部', '正文', '尾部'], 1)
    """
    body = root.find("body")
    if body is None:
        return root
    if len(root) == 1 and not (root.text or "").strip() and not (body.tail or "").strip():
        return body
    before, after, seen_body = [], [], False
    for child in root:
        if child is body:
            seen_body = True
        elif isinstance(child.tag, str):
            (after if seen_body else before).append(child)
    if (root.text or "").strip():
        body.text = root.text + (body.text or "")
    root.text = None
    for child in reversed(before):
        body.insert(0, child)
    stray = body.tail
    body.tail = None
    if stray and stray.strip():
        _append_text(body, stray)
    for child in after:
        if child.tag == "body":          # a second body: its content, not the element
            _append_text(body, child.text)
            tail = child.tail
            for grandchild in list(child):
                body.append(grandchild)
            root.remove(child)
            _append_text(body, tail)
        else:
            body.append(child)           # its tail travels with it
    return body


def _append_text(parent: Any, text: str | None) -> None:
    """Add ``text`` at the end of ``parent``'s content."""
    if not text:
        return
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


# HTML start tags that end foreign content in a browser (HTML standard, "parsing main inforeign").
_BREAKOUT = ("b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed",
             "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol",
             "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul",
             "var")


def hoist_out_of_foreign(foreign_elements: list[Any]) -> int:
    """Move the page content an unclosed ``<svg>`` or ``<math>`` swallowed out of it, as a browser does.

    libxml2 keeps everything after an unclosed ``<svg>`` inside it, and the tree cleaning drops ``svg``
    with its content; a browser leaves foreign content at the first ``<p>``, ``<div>``, ``<span>`` ….
    From the svg's child holding the first such element on, its children move after it. Returns how many
    of ``foreign_elements`` (the page's svg and math elements) gave content back.

    >>> root = etree.fromstring("<div><svg><path d='M0'/><p>正文</p><p>二</p></svg>尾</div>", etree.HTMLParser())
    >>> hoist_out_of_foreign(list(root.iter("svg"))), etree.tostring(root.find(".//div"), encoding=str)
    (1, '<div><svg><path d="M0"/></svg><p>正文</p><p>二</p>尾</div>')
    """
    hoisted = 0
    for foreign in foreign_elements:
        parent = foreign.getparent()
        # An unclosed one is its parent's last child (what followed it is inside it): icons, which have
        # siblings after them, cost one call each.
        if parent is None or foreign.getnext() is not None:
            continue
        first = next(foreign.iter(*_BREAKOUT), None)
        if first is None or foreign.find(".//foreignObject") is not None:
            continue
        while first.getparent() is not foreign:
            first = first.getparent()
        moving = [first] + list(first.itersiblings())
        at = parent.index(foreign)
        tail, foreign.tail = foreign.tail, None
        for offset, child in enumerate(moving, 1):
            parent.insert(at + offset, child)
        _append_after(moving[-1], tail)
        hoisted += 1
    return hoisted


def _append_after(element: Any, text: str | None) -> None:
    if text:
        element.tail = (element.tail or "") + text


# ---------------------------------------------------------------------------------------------- lost text
# The tree holds less than this share of the page's text, and at least LOST_MIN less: something swallowed
# a part of the page (a paragraph or more); the lenient reading is tried.
LOST_SHARE = 0.5
LOST_MIN = 300   # text weight: about 150 Chinese characters, a paragraph
_HIGH_BYTES = bytes(range(0x80, 0x100))
_SENTENCE_ENDS = ("。", "！", "？")
_PROSE_SENTENCES = 3   # sentence ends that make swallowed text prose: a menu or a script has none


def text_weight(text: str) -> int:
    """How much prose a text holds, in the unit the checks compare: UTF-8 bytes beyond one per character
    (a Chinese character weighs 2, ASCII nothing: menus of links and markup count little).

    >>> text_weight("正文abc"), text_weight("menu")
    (4, 0)
    """
    return len(text.encode("utf-8", "surrogatepass")) - len(text)


def lost_text(tree_weight: int, page_weight: int) -> bool:
    """Whether a tree holding ``tree_weight`` of a page of ``page_weight`` lost a part of it.

    >>> lost_text(100, 4000), lost_text(3000, 4000), lost_text(10, 300)
    (True, False, False)
    """
    return tree_weight < LOST_SHARE * page_weight and page_weight - tree_weight >= LOST_MIN


# Bytes above ASCII per unit of text weight: a Chinese character weighs 2 and takes 3 bytes in UTF-8, 2 in
# the two-byte codecs.
_PER_CHARACTER_BYTES = {"utf-8": 1.5, "utf-8-sig": 1.5, "gb18030": 1.0, "gbk": 1.0, "gb2312": 1.0, "big5": 1.0,
                        "big5hkscs": 1.0, "cp950": 1.0}


# Every this many bytes one is looked at: the gross weight is an estimate for a threshold, and an eighth
# of the page counts in an eighth of the time.
_GROSS_SAMPLE_STEP = 8
_BODY_WITHIN = 65_536   # bytes: where <body> opens on nearly every page (looked for no further)


def gross_weight(raw: bytes | str, encoding: str | None, source: str) -> int:
    """A quick upper estimate of the :func:`text_weight` of the page's body, markup, scripts and all: the
    bytes above ASCII from ``<body`` on (every eighth byte, counted in C), where the page came as bytes in a
    codec whose characters take 2 or 3 of them; else the whole text's weight.

    >>> page = ("<title>标题</title><body>" + "正文" * 100).encode("utf-8")
    >>> gross_weight(page, "utf-8", ""), gross_weight("正文", None, "正文")
    (400, 4)
    """
    per_character = _PER_CHARACTER_BYTES.get(encoding or "")
    if not isinstance(raw, bytes) or per_character is None:
        return text_weight(source)
    starts = [at for at in (raw.find(b"<body", 0, _BODY_WITHIN), raw.find(b"<BODY", 0, _BODY_WITHIN)) if at >= 0]
    sample = raw[min(starts) if starts else 0::_GROSS_SAMPLE_STEP]
    return int(_GROSS_SAMPLE_STEP * (len(sample) - len(sample.translate(None, _HIGH_BYTES))) / per_character)


def holds_prose(text: str) -> bool:
    """Sentences, not a menu or a script: three sentence ends or more, and a paragraph's weight.

    >>> holds_prose("今天天气很好。我们去公园。公园里人很多。" * 8), holds_prose("首页 新闻 体育 财经 " * 40)
    (True, False)
    """
    return sum(text.count(end) for end in _SENTENCE_ENDS) >= _PROSE_SENTENCES and text_weight(text) >= LOST_MIN


# Elements whose content a parser reads as raw text up to their end tag or keeps out of the page, and
# which the tree cleaning drops: where an unclosed one swallowed the rest of the page, the prose is there.
SWALLOWERS = ("title", "textarea", "iframe", "noscript", "noembed", "noframes", "select", "template", "style")
# Attribute values holding a sentence end: an unclosed quote swallowed what followed it.
_PROSE_ATTRIBUTES = etree.XPath("//@*[contains(., '。')]")


def what_swallowed(swallowers: list[Any], root: Any, source: str) -> str | None:
    """What swallowed prose of the page, by name, or None: an unclosed raw-text element (``swallowers``:
    those the parsed tree held, kept before the cleaning dropped them), an unterminated comment, or an
    attribute whose quote never closed.

    >>> tree = etree.fromstring("<html><body><textarea>" + "正文的句子写在这里。" * 40 + "</textarea></body></html>",
    ...                         etree.HTMLParser())
    >>> what_swallowed(list(tree.iter("textarea")), tree, ""), what_swallowed([], tree, "<p>正文</p>")
    ('<textarea>', None)
    """
    closed: dict[str, bool] = {}
    for element in swallowers:
        if not holds_prose("".join(element.itertext())):
            continue
        if element.tag not in closed:
            # a closed form field or template holds its own data; a closed <noscript> still holds the page's
            # fallback text, which a page rendered by its script shows nowhere else
            closed[element.tag] = element.tag in DATA_HOLDERS and all_closed(element.tag, source)
        if not closed[element.tag]:
            return f"<{element.tag}>"
    opened = source.rfind("<!--")
    if opened > source.rfind("-->") and holds_prose(source[opened:]):
        return "an unterminated comment"
    if root is not None and any(holds_prose(value) for value in _PROSE_ATTRIBUTES(root)):
        return "an attribute quote never closed"
    return None


# Raw-text elements whose content is the element's own data (a form field's value, a template, a title), never
# text the page shows in their place.
DATA_HOLDERS = frozenset(("textarea", "select", "template", "title", "style"))


def all_closed(tag: str, source: str) -> bool:
    """Whether every ``<tag>`` the page's markup opens is closed again: then what the element holds is its own
    (网易's photo gallery keeps its captions as markup in a closed ``<textarea class="hidden">`` for its
    script), not the rest of the page that an unclosed one swallowed.

    >>> all_closed("textarea", "<textarea class=hidden><li>图</li></textarea><p>正文</p>")
    True
    >>> all_closed("textarea", "<textarea>留言<p>正文</p>"), all_closed("textarea", "")
    (False, False)
    """
    opened = len(re.findall(rf"<{tag}\b", source, re.I))
    return opened > 0 and len(re.findall(rf"</{tag}\s*>", source, re.I)) >= opened


# The lenient reading: what swallows the rest of a page is taken apart.
_CODE_OR_COMMENT = re.compile(r"<(script|style)\b[^>]{0,2000}>|<!--", re.I)
_CODE_OR_COMMENT_END = {"script": re.compile(r"</script\s*>", re.I), "style": re.compile(r"</style\s*>", re.I),
                        "comment": re.compile(r"-->")}
# an unterminated comment loses its opening and the text up to the next tag (or its first ">")
_UNTERMINATED_COMMENT = re.compile(r"<!--[^<>]{0,2000}>?")


def _ends(pattern: re.Pattern[str], text: str) -> tuple[list[int], list[int]]:
    """Where each match of ``pattern`` in ``text`` starts and ends (one pass)."""
    starts, ends = [], []
    for m in pattern.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def _without_code_and_comments(text: str) -> str:
    """``text`` without scripts, styles and comments, each ending at its first end (``</script>``,
    ``-->``): an unclosed script or style loses only its tag, an unterminated comment its opening.

    The ends of each kind are found once and looked up by bisection: linear whatever the page holds.

    >>> _without_code_and_comments("<p>一<script>if (a<b) x()</script>二<!-- 注 -->三<!-- 断<p>四</p>")
    '<p>一 二 三 <p>四</p>'
    """
    found: dict[str, tuple[list[int], list[int]]] = {}
    out, at = [], 0
    for m in _CODE_OR_COMMENT.finditer(text):
        if m.start() < at:
            continue
        kind = (m.group(1) or "comment").lower()
        if kind not in found:
            found[kind] = _ends(_CODE_OR_COMMENT_END[kind], text)
        starts, ends = found[kind]
        i = bisect_left(starts, m.end())
        if i < len(starts):
            cut = ends[i]
        elif kind == "comment":
            cut = _UNTERMINATED_COMMENT.match(text, m.start()).end()
        else:
            cut = m.end()
        out += (text[at:m.start()], " ")
        at = cut
    out.append(text[at:])
    return "".join(out)


# Elements whose content a parser reads as raw text up to their end tag, or keeps out of the page (a select
# swallows the markup after it into its options): where what they hold is markup of the page, their tags go.
_SWALLOWING_NAMES = ("textarea", "title", "xmp", "iframe", "noscript", "noembed", "noframes", "plaintext",
                     "template", "select", "option", "optgroup")
_SWALLOWING_OPEN = re.compile(r"<(" + "|".join(_SWALLOWING_NAMES) + r")\b[^>]{0,2000}>", re.I)
_SWALLOWING_CLOSE = {name: re.compile(rf"</{name}\s*>", re.I) for name in _SWALLOWING_NAMES}
_PAGE_MARKUP = re.compile(r"<(?:p|div|br|h[1-6]|table|tr|td|li|ul|ol|dl|section|article|span|a|font|center)\b"
                          r"|</(?:p|div|td|li|a|span)\s*>", re.I)
_START_TAG = re.compile(r"<[A-Za-z][^<>]{0,4000}>")


def _unwrapped_swallowers(text: str) -> str:
    """``text`` without the tags of the raw-text elements (and selects) that hold markup of the page.

    The end tags of each kind and the page's markup are found once; each start tag looks up its end and
    the markup after it with a bisection, so a page of thousands of unclosed ones stays linear.

    >>> _unwrapped_swallowers("<title>题</title><textarea>留言<p>正文</p></body>")
    '<title>题</title>留言<p>正文</p></body>'
    """
    closes: dict[str, list[int]] = {}
    markup: list[int] | None = None
    out, at = [], 0
    for m in _SWALLOWING_OPEN.finditer(text):
        if m.start() < at:
            continue
        name = m.group(1).lower()
        ends = closes.get(name)
        if ends is None:
            ends = closes[name] = [c.start() for c in _SWALLOWING_CLOSE[name].finditer(text)]
        if markup is None:
            markup = [p.start() for p in _PAGE_MARKUP.finditer(text)]
        i = bisect_left(ends, m.end())
        content_end = ends[i] if i < len(ends) else len(text)
        j = bisect_left(markup, m.end())
        if j < len(markup) and markup[j] < content_end:
            out.append(text[at:m.start()])
            at = m.end()
    out.append(text[at:])
    return "".join(out)


def _unquoted(tag: re.Match[str]) -> str:
    """A start tag without its quotes when one of them is never closed (``<div class="article>``)."""
    text = tag.group()
    if text.count('"') % 2 or text.count("'") % 2:
        return text.replace('"', " ").replace("'", " ")
    return text


def lenient_source(source: str) -> str:
    """The page rewritten so that nothing in it can swallow what follows.

    Scripts and styles end at their first end tag (and an unclosed one loses only its tag), comments at
    their first ``-->`` (an unterminated one loses its opening), raw-text elements (``textarea``, ``title``,
    ``iframe``, ``noscript`` …) and selects that hold markup of the page lose their tags, a start tag with a
    quote that never closes loses its quotes, and ``</html>`` end tags go.

    >>> lenient_source('<p class="a>一</p><textarea>二<p id="x">三</p></body></html>')
    '<p class= a>一</p>二<p id="x">三</p></body> '
    """
    text = _unwrapped_swallowers(_without_code_and_comments(source))
    text = _HTML_END.sub(" ", text)
    return _START_TAG.sub(_unquoted, text)
