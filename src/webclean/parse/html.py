"""HTML pages to blocks: lxml parsing, head metadata, hidden-element removal, segmentation.

``parse_html`` fills ``doc.tree`` (the lxml root), ``doc.head`` (``<title>``,
meta tags, JSON-LD, canonical URL, language, ``<time>`` values) and
``doc.blocks`` (one :class:`~webclean.document.Block` per block-level
element's own text, in page order).

>>> from webclean.document import Document
>>> doc = Document(raw="", text="<html><body><div id='main'><p>第一段，<a href='#'>链接</a>。</p></div></body></html>")
>>> parse_html(doc, None)
>>> [(b.tag, b.text, b.links, b.link_chars) for b in doc.blocks]
[('p', '第一段，链接。', 1, 2)]

The tree walk is iterative (``etree.iterwalk``), so a page nested thousands
of levels deep costs no Python recursion.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import lxml.html
from lxml import etree

from ..core.vocabulary import read_vocabulary
from ..document import Document
from ..record import Removal
from .broken import (
    SWALLOWERS,
    gather_into_body,
    gross_weight,
    hoist_out_of_foreign,
    holds_prose,
    lenient_source,
    lost_text,
    reopened_after_html_end,
    text_weight,
    what_swallowed,
    without_xml_declaration,
)
from .reveal import folded_remainder, hidden_prose, shown_by_script
from .segment import segment
from .tables import join_data_rows
from .written import document_writes

__all__ = ["parse_html", "recover_lost_text", "parse_tree", "survey_tree", "TreeSurvey", "head_of", "clean_tree",
           "remove_hidden", "hidden_candidates", "strip_cleaneval_wrapper", "extract_head",
           "hidden_rule", "style_hiding_rule", "hidden_css_selectors", "shown_by_script", "folded_remainder",
           "script_dates", "flatten_deep_nesting", "limit_attributes", "long_start_tags"]

# ---------------------------------------------------------------------------------------------- tables
# Elements whose content is never page text. <form> is *not* here: ASP.NET and forum pages wrap the
# whole body in one; only its controls are dropped.
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "object", "embed", "select",
              "textarea", "button", "input", "option", "canvas", "video", "audio", "map", "head",
              "title")   # (a <title> lands in the body after a stray line before <html>; no browser shows it)

# libxml2 stops building the tree at 2048 levels even with XML_PARSE_HUGE (256 without it) and silently
# drops everything after; wrappers deeper than this are flattened before parsing.
_FLATTEN_DEPTH = 1000
# An end tag closes the nearest open element of its name among the last this many: a stray end tag
# (</div> with no <div> open) matches nothing, and the scan stays linear on a page of stray tags.
_END_TAG_REACH = 50
_VOID = frozenset(("br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed", "param",
                   "source", "track", "wbr", "keygen", "basefont", "frame", "isindex"))

_CLEANEVAL_OPEN = re.compile(r"\A\s*<text\b([^>]{0,2000})>", re.I)
_CLEANEVAL_CLOSE = re.compile(r"</text>\s*\Z", re.I)
# A name starts where the previous character is not a name character (else a long letter run is retried
# from each of its letters: quadratic).
_ATTR = re.compile(r"""(?<![a-zA-Z_:-])([a-zA-Z_:-]{1,60})\s{0,8}=\s{0,8}(?:"([^"]*)"|'([^']*)')""")
_TAG_TOKEN = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,15})\b[^<>]{0,4000}?(/?)>")

# Inline-style signs of invisible elements; each names the rule recorded in the Removal, with a pattern
# written in lower case and a shorter one every match of it holds (a literal start: found at the speed of
# str.find). A style is lower-cased once and searched case-sensitively: case-insensitive matching tries
# both cases at every character, several times slower on the 300-character styles editors paste.
_HIDDEN_STYLE_PATTERNS = (
    ("hidden_display_none", r"none", r"display\s*:\s*none"),
    ("hidden_visibility", r"hidden", r"visibility\s*:\s*hidden"),
    ("hidden_font_size_zero", r"font-size", r"font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:;|!|$)"),
    # left:-9999px, text-indent:-5000px, top:-1000px: pushed off screen (1000px+ is never layout).
    ("hidden_offscreen", r"-\d{4}", r"(?:left|top|text-indent|margin-left)\s*:\s*-\d{4,}"),
)
_ZERO_BOX_PATTERN = r"(?:^|[;\s])(?:width|height)\s*:\s*0(?:px)?\s*(?:;|$)"
_OVERFLOW_HIDDEN_PATTERN = r"overflow\s*:\s*hidden"
# Case-insensitive, for a style holding a letter only such matching equates with i or s (see _FOLDS_TO_ASCII).
_HIDDEN_STYLE = tuple((rule, re.compile(pattern, re.I)) for rule, _, pattern in _HIDDEN_STYLE_PATTERNS)
# What every rule above (and the zero box below) needs somewhere in the style: one search settles the
# ordinary styles (color, margin, float ...) instead of six.
_MAY_HIDE = re.compile(r"none|hidden|font-size|-\d{4}", re.I)
_ZERO_BOX = re.compile(_ZERO_BOX_PATTERN, re.I)
_OVERFLOW_HIDDEN = re.compile(_OVERFLOW_HIDDEN_PATTERN, re.I)
_HIDDEN_STYLE_LOWER = tuple((rule, re.compile(needs), re.compile(pattern))
                            for rule, needs, pattern in _HIDDEN_STYLE_PATTERNS)
_MAY_HIDE_LOWER = re.compile(r"none|hidden|font-size|-\d{4}")   # every needs above, and overflow:hidden
_ZERO_BOX_LOWER = re.compile(_ZERO_BOX_PATTERN)
_OVERFLOW_HIDDEN_LOWER = re.compile(_OVERFLOW_HIDDEN_PATTERN)
# `.cls{...display:none...}` or `#id{...}` in a <style> sheet: simple selectors only.
_CSS_SIMPLE = re.compile(r"^\s*([.#])([A-Za-z0-9_\-]{1,60})\s*$")
_CSS_HIDES = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


# ---------------------------------------------------------------------------------------------- helpers
def strip_cleaneval_wrapper(text: str) -> tuple[str, dict[str, str]]:
    """Remove a CleanEval ``<text id=... title=... encoding=...>`` wrapper and return its attributes.

    >>> strip_cleaneval_wrapper('<text id="http://a.cn/1.htm" title="标题" encoding="gb2312">\\n<html></html>')
    ('\\n<html></html>', {'id': 'http://a.cn/1.htm', 'title': '标题', 'encoding': 'gb2312'})
    >>> strip_cleaneval_wrapper("<html></html>")[1]
    {}
    """
    m = _CLEANEVAL_OPEN.match(text)
    if not m:
        return text, {}
    attrs = {k.lower(): (a if a is not None else b) for k, a, b in _ATTR.findall(m.group(1))}
    return _CLEANEVAL_CLOSE.sub("", text[m.end():]), attrs


def flatten_deep_nesting(text: str, limit: int) -> tuple[str, int]:
    """Drop start/end tags nested deeper than ``limit`` so libxml2 keeps the text inside them.

    Returns the new source and the number of tags removed. One linear scan over the tags.

    >>> flatten_deep_nesting("<div><div><div>深</div></div></div>", 2)
    ('<div><div>深</div></div>', 2)
    """
    out: list[str] = []
    stack: list[tuple[str, bool]] = []   # (tag name, kept)
    pos = removed = 0
    for m in _TAG_TOKEN.finditer(text):
        closing, name, selfclose = m.group(1), m.group(2).lower(), m.group(3)
        if not closing:
            if name in _VOID or selfclose:
                continue
            keep = len(stack) < limit
            stack.append((name, keep))
        else:
            keep = True
            for i in range(len(stack) - 1, max(-1, len(stack) - _END_TAG_REACH), -1):
                if stack[i][0] == name:
                    keep = stack[i][1]
                    del stack[i:]
                    break
        if not keep:
            out.append(text[pos:m.start()])
            pos = m.end()
            removed += 1
    out.append(text[pos:])
    return "".join(out), removed


# Start tags long enough to carry hundreds of attributes; only these are inspected. libxml2 checks each new
# attribute against all earlier ones of the element, which is quadratic: 40,000 attributes on one <div>
# take 13 s to parse, 1,000,000 would take hours.
_LONG_TAG_CHARS = 8000
_LONG_START_TAG = re.compile(rf"<[A-Za-z][A-Za-z0-9]{{0,20}}\s[^<>]{{{_LONG_TAG_CHARS},}}>")
_ATTRIBUTE = re.compile(r"""[^\s=<>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")
_MAX_ATTRIBUTES = 200


def long_start_tags(text: str, min_chars: int = _LONG_TAG_CHARS) -> list[tuple[int, int]]:
    """(start, end) of every start tag whose attributes run ``min_chars`` characters or more.

    Such a tag is a run of ``min_chars`` characters without ``<`` or ``>``, so it covers a whole window
    of ``min_chars // 2`` characters starting at a multiple of that: the scan tests one window in each
    stretch of that length with two ``str.find`` calls (a page has a tag edge every few dozen characters)
    and looks closer only where a window is clear. Linear, and about a hundredth of a regular-expression
    scan over every ``<`` of the page.

    >>> page = "<p>正文</p><div " + "a=1 " * 3000 + ">x</div>"
    >>> [(start, end - start) for start, end in long_start_tags(page)]
    [(9, 12006)]
    >>> long_start_tags("<p>" + "字" * 20000 + "</p>")
    []
    """
    pattern = _LONG_START_TAG if min_chars == _LONG_TAG_CHARS else re.compile(
        rf"<[A-Za-z][A-Za-z0-9]{{0,20}}\s[^<>]{{{min_chars},}}>")
    step = max(1, min_chars // 2)
    found = []
    at, size = 0, len(text)
    while at + step <= size:
        if text.find("<", at, at + step) >= 0 or text.find(">", at, at + step) >= 0:
            at += step
            continue
        # A clear window: the first of its run has the run's opening edge less than a step back (the
        # window before it was not clear); a later window of the same run finds no edge there.
        begin = max(text.rfind("<", max(0, at - step), at), text.rfind(">", max(0, at - step), at))
        if begin >= 0 and text[begin] == "<":
            match = pattern.match(text, begin)
            if match:
                found.append(match.span())
                at = match.end()
                continue
        at += step
    return found


def limit_attributes(text: str, limit: int = _MAX_ATTRIBUTES) -> tuple[str, int]:
    """Keep at most ``limit`` attributes per start tag (hostile pages carry millions).

    >>> html = "<div " + " ".join(f"a{i}=x" for i in range(3000)) + ">正文</div>"
    >>> out, cut = limit_attributes(html, 2)
    >>> out, cut
    ('<div a0=x a1=x>正文</div>', 1)
    """
    spans = long_start_tags(text)
    if not spans:
        return text, 0
    out, cut, last = [], 0, 0
    for start, end in spans:
        tag = text[start:end]
        name, _, rest = tag[1:-1].partition(" ")
        attrs = []
        for m in _ATTRIBUTE.finditer(rest):
            attrs.append(m.group())
            if len(attrs) > limit:
                break
        if len(attrs) > limit:
            cut += 1
            tag = f"<{name} {' '.join(attrs[:limit])}>"
        out += (text[last:start], tag)
        last = end
    out.append(text[last:])
    return "".join(out), cut


def _parse(text: str) -> tuple[Any, bool]:
    """Parse with libxml2's HTML parser; the flag says the depth limit cut the tree."""
    # The text goes in as UTF-8, libxml2's own encoding: a str is handed over as UTF-16 or UCS-4 (lxml reads
    # its storage as it is), which libxml2 converts on the way, 10 % of the parse of a Chinese page; the
    # encoding is told, so a <meta charset> in the page is no more read than it is for a str. A text UTF-8
    # cannot hold (a lone surrogate) is parsed as the str it is.
    try:
        data: str | bytes = text.encode("utf-8")
        encoding: str | None = "utf-8"
    except UnicodeEncodeError:
        data, encoding = text, None
    # collect_ids=False: no table of the page's ids (nothing looks an element up by its id), 7 % of the parse
    parser = etree.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True, no_network=True,
                              default_doctype=False, collect_ids=False, encoding=encoding)
    root = etree.fromstring(data, parser)
    too_deep = any("Excessive depth" in e.message for e in parser.error_log)
    return root, too_deep


def parse_tree(text: str, opts: Any, warnings: list[str]) -> Any:
    """The lxml root for ``text``, or None (with a warning) for empty or unparseable input.

    >>> warnings = []
    >>> parse_tree("<p>正文</p>", None, warnings).find("body/p").text, parse_tree("  ", None, warnings), warnings
    ('正文', None, ['parse: empty HTML page, no blocks'])
    """
    if not text.strip():
        warnings.append("parse: empty HTML page, no blocks")
        return None
    text, trimmed = limit_attributes(text)
    if trimmed:
        warnings.append(f"parse: {trimmed} start tags carried more than {_MAX_ATTRIBUTES} attributes; "
                        f"the rest were dropped before parsing")
    try:
        root, too_deep = _parse(text)
        limit = min(getattr(opts, "max_depth", 4000), _FLATTEN_DEPTH)
        if too_deep:
            flat, n = flatten_deep_nesting(text, limit)
            root, still = _parse(flat)
            warnings.append(f"parse: nesting beyond libxml2's depth limit; {n} tags deeper than {limit} levels "
                            f"flattened (their text kept, merged into the enclosing block) and the page re-parsed"
                            + ("; still too deep, text past the limit lost" if still else ""))
    except (etree.ParserError, ValueError) as exc:
        warnings.append(f"parse: HTML could not be parsed ({exc}), no blocks")
        return None
    if root is None:
        warnings.append("parse: HTML parser produced no tree, no blocks")
    return root


def _drop(el: Any) -> None:
    """Remove ``el`` but keep its tail text in the tree."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _text_of(el: Any) -> str:
    """The text under ``el`` with its whitespace runs as single spaces (``str.split`` splits where ``\\s``
    matches, faster than a regular expression)."""
    return " ".join("".join(el.itertext()).split())


# ---------------------------------------------------------------------------------------------- head
# A JSON-LD script longer than this is an application's state, not a page's metadata: not parsed.
_JSONLD_MAX_CHARS = 1_000_000
# Dates read from a page's scripts: the page's own time is among the first; later ones are list data.
_SCRIPT_DATES_MAX = 10


def _jsonld_objects(raw: str) -> list[dict[str, Any]]:
    """Parsed JSON-LD objects of one script, with ``@graph`` flattened; [] on bad JSON.

    >>> _jsonld_objects('{"@graph": [{"@type": "NewsArticle", "headline": "标题"}]}')
    [{'@type': 'NewsArticle', 'headline': '标题'}]
    >>> _jsonld_objects('{broken')
    []
    """
    raw = raw.strip().removeprefix("<!--").removesuffix("-->").strip()
    if not raw or len(raw) > _JSONLD_MAX_CHARS:
        return []
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return []
    items = data if isinstance(data, list) else [data]
    out: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, dict):
            graph = item.get("@graph")
            if isinstance(graph, list):
                out.extend(g for g in graph if isinstance(g, dict))
            else:
                out.append(item)
    return out


def _microdata_author(el: Any) -> str | None:
    """Whose author the nearest schema.org item around ``el`` is, when it is an ``author``
    (``itemprop="author"``): ``"answer"`` inside an answer's item (a Q&A page's replier), else ``"page"``;
    None when it is no author.

    >>> r = etree.fromstring('<div itemprop="author"><meta itemprop="name" content="王芳"/></div>')
    >>> _microdata_author(r[0])
    'page'
    >>> r = etree.fromstring('<div itemtype="http://schema.org/Answer" itemscope="">'
    ...                      '<div itemprop="author"><meta itemprop="name" content="甜阁下"/></div></div>')
    >>> _microdata_author(r[0][0])
    'answer'
    """
    for anc in el.iterancestors():
        prop = anc.get("itemprop")
        if prop:
            if prop.strip().lower() != "author":
                return None
            item = next((up for up in anc.iterancestors() if up.get("itemscope") is not None), None)
            return "answer" if item is not None and _ANSWER_TYPE.search(item.get("itemtype") or "") else "page"
    return None


_ANSWER_TYPE = re.compile(r"/(?:Answer|Comment)\b")


_HEAD_TAGS = ("title", "meta", "script", "link", "time")
# Everything the parse stage looks at outside the segmentation walk, found in one traversal: a traversal
# costs about the same whatever tags it looks for (0.1 ms on a corpus page), and there were six.
_SURVEYED = _HEAD_TAGS + ("style", "marquee", "svg", "math", "tr") + SWALLOWERS


@dataclass
class TreeSurvey:
    """The elements of a parsed page the parse stage handles apart from the segmentation walk."""

    head: list[Any] = field(default_factory=list)        # title, meta, script, link, time, in page order
    styles: list[Any] = field(default_factory=list)
    marquees: list[Any] = field(default_factory=list)
    foreign: list[Any] = field(default_factory=list)     # svg, math
    rows: list[Any] = field(default_factory=list)        # tr
    swallowers: list[Any] = field(default_factory=list)  # raw-text elements (broken.SWALLOWERS)
    entities: list[Any] = field(default_factory=list)


def survey_tree(root: Any) -> TreeSurvey:
    """One traversal of the tree (in C) for every element :func:`parse_html` handles outside the walk.

    >>> s = survey_tree(etree.fromstring("<html><head><title>题</title><style>.a{}</style></head>"
    ...                                  "<body><table><tr><td>1</td></tr></table></body></html>", etree.HTMLParser()))
    >>> [e.tag for e in s.head], len(s.styles), len(s.rows), [e.tag for e in s.swallowers]
    (['title'], 1, 1, ['title', 'style'])
    """
    survey = TreeSurvey()
    routes: dict[Any, tuple[list[Any], ...]] = dict.fromkeys(_HEAD_TAGS, (survey.head,))
    routes.update(dict.fromkeys(SWALLOWERS, (survey.swallowers,)))
    routes.update({"title": (survey.head, survey.swallowers), "style": (survey.styles, survey.swallowers),
                   "marquee": (survey.marquees,), "svg": (survey.foreign,), "math": (survey.foreign,),
                   "tr": (survey.rows,), etree.Entity: (survey.entities,)})
    for el in root.iter(etree.Entity, *_SURVEYED):
        for found in routes[el.tag]:
            found.append(el)
    return survey


def extract_head(root: Any) -> dict[str, Any]:
    """``<title>``, meta tags, JSON-LD, canonical URL, language and ``<time>`` values of a page.

    >>> r = etree.fromstring('<html lang="zh-CN"><head><title> 新闻 </title><meta name="Author" content="张三">'
    ...     '</head><body><time datetime="2024-01-02">1月2日</time></body></html>', etree.HTMLParser())
    >>> h = extract_head(r); (h["title"], h["meta"], h["lang"], h["times"])
    ('新闻', {'author': ['张三']}, 'zh-CN', ['2024-01-02'])
    """
    return head_of(root, list(root.iter(*_HEAD_TAGS)) if root is not None else [])


def head_of(root: Any, elements: list[Any]) -> dict[str, Any]:
    """What :func:`extract_head` gives, from the page's title, meta, script, link and time ``elements``
    (in page order), found by a traversal already made (:func:`survey_tree`)."""
    head: dict[str, Any] = {"title": None, "meta": {}, "jsonld": [], "canonical": None, "lang": None,
                            "times": [], "script_dates": [], "microdata_authors": [], "answer_authors": []}
    if root is None:
        return head
    for el in elements:
        tag = el.tag
        if tag == "meta":
            key = el.get("name") or el.get("property") or el.get("http-equiv") or el.get("itemprop")
            content = el.get("content")
            if key and content is not None:
                head["meta"].setdefault(key.strip().lower(), []).append(content.strip())
                whose = _microdata_author(el) if key == el.get("itemprop") and key.strip().lower() == "name" else None
                if whose == "page":
                    head["microdata_authors"].append(content.strip())
                elif whose == "answer":
                    head["answer_authors"].append(content.strip())
        elif tag == "title":
            if head["title"] is None:
                head["title"] = _text_of(el) or None
        elif tag == "script":
            if "ld+json" in (el.get("type") or "").lower():
                head["jsonld"].extend(_jsonld_objects(el.text or ""))
            elif el.text and len(head["script_dates"]) < _SCRIPT_DATES_MAX:
                head["script_dates"].extend(script_dates(el.text)[:_SCRIPT_DATES_MAX])
        elif tag == "link":
            if head["canonical"] is None and (el.get("rel") or "").strip().lower() == "canonical" and el.get("href"):
                head["canonical"] = el.get("href").strip()
        elif (el.get("datetime") or "").strip() and not in_comment(el):
            head["times"].append(el.get("datetime").strip())
    head["lang"] = root.get("lang") or root.get("xml:lang")
    return head


# A container of readers' comments, by its class or id (comment-meta, comments, respond, reply-list).
_COMMENT_CONTAINER = re.compile(r"comment|respond|reply", re.IGNORECASE)


def in_comment(el: Any) -> bool:
    """Whether an element sits in a readers' comment (a ``<time datetime>`` there dates a comment, not the page).

    >>> root = etree.fromstring('<div><ol class="commentlist"><li><time datetime="2009-02-06">x</time></li></ol>'
    ...                         '<span><time datetime="2009-01-16">y</time></span></div>')
    >>> [in_comment(t) for t in root.iter("time")]
    [True, False]
    """
    return any(_COMMENT_CONTAINER.search((a.get("class") or "") + " " + (a.get("id") or ""))
               for a in el.iterancestors())


# A publication time assigned to a script variable or property: ``var publish_time = "2025-07-15"``,
# ``pubDate: '2025-07-14 11:49'``, WeChat's ``var ct = "1752547283"`` (creation time, epoch seconds).
_SCRIPT_DATE = re.compile(
    r"(?<![A-Za-z0-9_$])(?P<key>publish_?time|publish_?date|pub_?date|pub_?time|create_?time|ct)[\"']?\s{0,3}[:=]"
    r"\s{0,3}(?:[\"'](?P<val>[0-9][0-9 :/\-.TZ+年月日]{3,30})[\"']|(?P<epoch>\d{10}(?:\d{3})?)(?![\d.]))", re.I)


_SCRIPT_DATE_KEYS = ("publish", "pubdate", "pub_date", "pubtime", "pub_time", "createtime", "create_time",
                     "var ct")


def script_dates(script: str) -> list[str]:
    """Date values assigned to publication-time variables in an inline script (``ct`` only as an epoch).

    >>> script_dates('var ct = "1752547283"; var publish_time = "2025-07-15" || "";')
    ['1752547283', '2025-07-15']
    >>> script_dates('var ct = "abc"; var cnt = "12"; x.createTime = "2024-03-01 08:00";')
    ['2024-03-01 08:00']
    >>> script_dates('window.__INITIAL_STATE__ = {"publishTime":1752547283,"id":7}')
    ['1752547283']
    """
    script = script[:200_000]
    low = script.lower()
    # substring tests first (fast scans in C): most scripts name no publication time at all
    if not any(key in low for key in _SCRIPT_DATE_KEYS):
        return []
    out = []
    for m in _SCRIPT_DATE.finditer(script):
        val = (m.group("val") or m.group("epoch")).strip()   # a JSON number: "publishTime":1752547283
        if m.group("key").lower() == "ct" and not (val.isdigit() and len(val) in (10, 13)):
            continue
        out.append(val)
    return out


# ---------------------------------------------------------------------------------------------- hidden
def hidden_css_selectors(sheet: str) -> frozenset[str]:
    """Simple ``.class`` / ``#id`` selectors that a style sheet hides (``display:none``).

    Only the rules that hide anything are read (linear in the sheet); rules inside ``@media`` blocks
    count too. The sheet is searched as lower-cased UTF-8 (see :func:`_hiding_declarations`); braces and
    commas are ASCII, so the rules are cut the same in bytes, and each selector is read as text.

    >>> sorted(hidden_css_selectors(".ad1,.ad2 { display : none } #x{color:red} div .y{display:none}"))
    ['.ad1', '.ad2']
    >>> sorted(hidden_css_selectors("@media print { #nav { visibility:hidden } } .a{DISPLAY:\u3000none} /* 隐藏 */"))
    ['#nav', '.a']
    """
    found: set[str] = set()
    data, starts = _hiding_declarations(sheet)
    rule_end, i = 0, 0
    while i < len(starts):
        # the rule around a declaration: from the "}" before it to the "}" after it; its selectors are
        # the text between its last two "{" (an @media block opens one more), its declarations after it
        rule_start = data.rfind(b"}", rule_end, starts[i]) + 1
        rule_end = data.find(b"}", starts[i])
        if rule_end < 0:
            rule_end = len(data)
        i = bisect_left(starts, rule_end, i)   # past this rule's declarations
        body_open = data.rfind(b"{", rule_start, rule_end)
        if body_open < 0 or starts[i - 1] < body_open:
            continue                             # no "{", or it hides only in a selector's text
        selectors_open = data.rfind(b"{", rule_start, body_open)
        selectors = data[selectors_open + 1 if selectors_open >= 0 else rule_start:body_open]
        for sel in selectors.decode("utf-8", "surrogatepass").split(","):
            m = _CSS_SIMPLE.match(sel)
            if m:
                found.add(m.group(1) + m.group(2))
    return frozenset(found)


# Case-insensitive matching also takes these for i, i and s, which lower() keeps (or, for U+0130, makes two
# characters); no other character lower-cases to an ASCII letter but U+212A, the Kelvin sign, to k (in no
# pattern here). Where none of them occurs, a case-insensitive search finds what a search of the lower-cased
# text finds.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f")
# \s of a text pattern (str.isspace()) written as UTF-8: ASCII whitespace with 0x1c-0x1f, then U+0085, U+00A0,
# U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
_SPACE_BYTES = (rb"(?:[\x09-\x0d\x1c-\x20]|\xc2[\x85\xa0]|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f"
                rb"|\xe3\x80\x80)*")
_HIDING_DECLARATIONS = (re.compile(rb"display" + _SPACE_BYTES + rb":" + _SPACE_BYTES + rb"none"),
                        re.compile(rb"visibility" + _SPACE_BYTES + rb":" + _SPACE_BYTES + rb"hidden"))


def _hiding_declarations(sheet: str) -> tuple[bytes, list[int]]:
    """The sheet as UTF-8, and where ``display:none`` or ``visibility:hidden`` starts in it.

    What ``_CSS_HIDES`` (case-insensitive, on the text) finds, found at the speed of ``bytes.find``: two
    searches with a literal start on bytes that ``bytes.lower()`` lower-cased (ASCII letters only, in
    place); case-insensitive matching tries every character of the text, and a 700 KB sheet of an
    application page lower-cased as text alone costs 4 ms. A sheet holding a letter only case-insensitive
    matching equates with i or s is searched the slow way.

    >>> _hiding_declarations("#a{DISPLAY: None} .b{visibility:hidden;display:none}")[1]
    [3, 21, 39]
    """
    data = sheet.encode("utf-8", "surrogatepass")
    if not data.isascii() and any(ch in sheet for ch in _FOLDS_TO_ASCII):
        starts, at, offset = [], 0, 0
        for m in _CSS_HIDES.finditer(sheet):   # text offsets to byte offsets, one stretch at a time
            offset += len(sheet[at:m.start()].encode("utf-8", "surrogatepass"))
            at = m.start()
            starts.append(offset)
        return data, starts
    folded = data.lower()
    return data, sorted(m.start() for pattern in _HIDING_DECLARATIONS for m in pattern.finditer(folded))


# Cached: a page repeats its inline styles (5,891 styles read on the corpus pages, 1,006 distinct), and a
# look-up costs a tenth of the searches.
@lru_cache(maxsize=4096)
def style_hiding_rule(style: str) -> str | None:
    """The rule by which an inline ``style`` hides its element, or None.

    >>> style_hiding_rule("COLOR:red; Display : NONE"), style_hiding_rule("font-size:12px; color:red")
    ('hidden_display_none', None)
    """
    if not style.isascii() and any(ch in style for ch in _FOLDS_TO_ASCII):
        if _MAY_HIDE.search(style):
            for rule, rx in _HIDDEN_STYLE:
                if rx.search(style):
                    return rule
            if _OVERFLOW_HIDDEN.search(style) and _ZERO_BOX.search(style):
                return "hidden_zero_box"
        return None
    style = style.lower()
    if not _MAY_HIDE_LOWER.search(style):     # one search settles the ordinary style (colour, margin …)
        return None
    for rule, needs, rx in _HIDDEN_STYLE_LOWER:
        if needs.search(style) and rx.search(style):
            return rule
    if _OVERFLOW_HIDDEN_LOWER.search(style) and _ZERO_BOX_LOWER.search(style):
        return "hidden_zero_box"
    return None


# An inline display other than none: the page's script showed the element (inline style wins over a sheet's rule).
_SHOWN_INLINE = re.compile(r"(?:^|;)\s*display\s*:\s*(?!none)[a-z]", re.IGNORECASE)


def shown_inline(style: str) -> bool:
    """Whether an inline ``style`` shows its element whatever a style sheet says: an inline declaration wins
    over a sheet's ``#id``/``.class`` rule, and a page's script shows what its sheet hides by writing one
    (明報: the story's text sits in ``<div id="lower" style="display: block;">`` under ``#lower{display:none;}``).

    >>> shown_inline("display: block;"), shown_inline("color:red; DISPLAY:flex"), shown_inline("display:none")
    (True, True, False)
    """
    return bool(_SHOWN_INLINE.search(style))


def hidden_rule(el: Any, hidden_selectors: frozenset[str] = frozenset()) -> str | None:
    """The rule by which ``el`` is invisible, or None.

    >>> hidden_rule(etree.fromstring('<div style="DISPLAY: none">x</div>'))
    'hidden_display_none'
    >>> hidden_rule(etree.fromstring('<div style="position:absolute;left:-9999px">x</div>'))
    'hidden_offscreen'
    >>> hidden_rule(etree.fromstring('<div style="width:0;height:0;overflow:hidden">x</div>'))
    'hidden_zero_box'
    >>> hidden_rule(etree.fromstring('<div class="a k9">x</div>'), frozenset({".k9"}))
    'hidden_css_class'
    >>> hidden_rule(etree.fromstring('<p style="color:red">x</p>')) is None
    True
    >>> hidden_rule(etree.fromstring('<div id="lower" style="display: block;">x</div>'), frozenset({"#lower"})) is None
    True
    """
    if el.get("hidden") is not None:
        return "hidden_attribute"
    style = el.get("style")
    if style:
        rule = style_hiding_rule(style)
        if rule is not None:
            return rule
    if hidden_selectors:
        cls = el.get("class")
        rule = ("hidden_css_id" if "#" + (el.get("id") or "") in hidden_selectors else
                "hidden_css_class" if cls and any("." + c in hidden_selectors for c in cls.split()) else None)
        # the inline display that overrides a sheet is looked for only where a selector hides the element:
        # nearly every styled element has none (hidden rules 0.12 -> 0.08 ms per corpus page)
        if rule is not None and not (style and shown_inline(style)):
            return rule
    return None


def hidden_candidates(root: Any, selectors: frozenset[str]) -> tuple[list[Any], list[Any]]:
    """The elements that may be invisible, in one pass over the tree: those with a ``style`` or ``hidden``
    attribute, and those a hidden ``#id`` or ``.class`` selector of the page selects, each list in document order.

    A pass in Python is linear in the page. libxml2's XPath for the first list (``//@style/..``, which was
    twice as fast as a predicate per element on a corpus page) adds every attribute's parent to its node set
    with a look through the set for a duplicate: on a cnblogs page of 2 MB with 27,089 styled elements it took
    490 ms against 12.5 ms for this pass (a corpus page: 0.240 and 0.242 ms). The selectors' elements used to
    take a second pass of their own.

    >>> root = etree.fromstring('<div><p style="color:red">a</p><p class="k9" hidden="">b</p><p id="x">c</p></div>')
    >>> styled, selected = hidden_candidates(root, frozenset({".k9", "#x"}))
    >>> [e.text for e in styled], [e.text for e in selected]
    (['a', 'b'], ['b', 'c'])
    """
    styled: list[Any] = []
    selected: list[Any] = []
    if not selectors:
        for el in root.iter(etree.Element):
            if el.get("style") is not None or el.get("hidden") is not None:
                styled.append(el)
        return styled, selected
    ids = {sel[1:] for sel in selectors if sel[0] == "#"}
    classes = {sel[1:] for sel in selectors if sel[0] == "."}
    for el in root.iter(etree.Element):
        get = el.get
        if get("style") is not None or get("hidden") is not None:
            styled.append(el)
        ident, cls = get("id"), get("class")
        if (ident is not None and ident in ids) or (cls and not classes.isdisjoint(cls.split())):
            selected.append(el)
    return styled, selected


def _attached(el: Any, root: Any) -> bool:
    """True while ``el`` is still in the tree (not inside an element dropped earlier)."""
    outermost = deque(el.iterancestors(), maxlen=1)  # the last ancestor, without a list of them all
    return (outermost[0] if outermost else el) is root and el is not root


# What the spam stage sees of a hidden element (hints["hidden_links"]): a link farm shows in its start.
_HIDDEN_SAMPLE_CHARS = 300
# What a removal records of a hidden element's text: enough to see what it was, bounded on a page that
# hides megabytes.
_REMOVED_TEXT_CHARS = 1000


def remove_hidden(root: Any, doc: Document, sheet: str) -> None:
    """Drop invisible elements; record those with text, and their link counts for the spam stage.

    ``sheet`` is the page's ``<style>`` text, whose simple ``.class`` / ``#id`` rules may hide elements.

    >>> root = etree.fromstring("<div><p class='k9'>广告</p><p style='display:none'>隐藏</p><p>正文</p></div>")
    >>> doc = Document(raw="")
    >>> remove_hidden(root, doc, ".k9 { display: none }")
    >>> etree.tostring(root, encoding=str), [(r.text, r.rule) for r in doc.removed]
    ('<div><p>正文</p></div>', [('隐藏', 'hidden_display_none'), ('广告', 'hidden_css_class')])
    """
    selectors = hidden_css_selectors(sheet) if sheet else frozenset()
    styled, selected = hidden_candidates(root, selectors)
    candidates = styled + selected
    hidden_links: list[tuple[str, int]] = doc.hints.setdefault("hidden_links", [])
    page_chars = -1
    for el in candidates:
        rule = hidden_rule(el, selectors)
        if rule is None or el.tag in ("html", "body") or not _attached(el, root):
            continue
        text = _text_of(el)
        if text:
            n_links = sum(1 for _ in el.iter("a"))
            if hidden_prose(text, n_links):   # the page's whole text is read only for such an element
                page_chars = len(_text_of(root)) if page_chars < 0 else page_chars
                if shown_by_script(text, n_links, page_chars):
                    doc.warnings.append(f"hidden: an invisible element ({rule}) holding most of the page's "
                                        "text was kept as the article a script would show")
                    continue
            if folded_remainder(el, text, n_links):
                doc.warnings.append(f"hidden: an invisible element ({rule}) after a 展开全文 control was kept as "
                                    "the folded rest of the article")
                continue
            hidden_links.append((text[:_HIDDEN_SAMPLE_CHARS], n_links))
            doc.removed.append(Removal("hidden", text[:_REMOVED_TEXT_CHARS], rule, "html"))
        _drop(el)


_MOBILE_ONLY = frozenset(read_vocabulary("page_hints.txt", "mobile only"))
_DESKTOP_ONLY = frozenset(read_vocabulary("page_hints.txt", "desktop only"))


# The class names to look for in the page's source: a name holding another (visible-xs-block) is found with it.
_MOBILE_MARKS = tuple(sorted(n for n in _MOBILE_ONLY if not any(o != n and o in n for o in _MOBILE_ONLY)))


# Whether any element can be a phone-only copy, by a look for each class name in the page's source (most pages:
# none; a C-level substring search, no pass over the tree).
def _may_hold_mobile_copies(source: str) -> bool:
    return any(name in source for name in _MOBILE_MARKS)


_EMBEDDED_POSTS = frozenset(read_vocabulary("page_hints.txt", "embedded posts"))


def drop_embedded_posts(root: Any, doc: Document, source: str) -> None:
    """Drop the embedded posts of social platforms, each recorded (``embedded_post``): a tweet quoted in a story
    (ETtoday's ``<blockquote class="twitter-tweet">`` holding a Japanese post, its author and its date) is another's
    text, which the platform's script draws in a frame; left in, its words count as the article's, its date as a
    credit line, its script as the page's.

    >>> page = ('<div><p>正文</p><blockquote class="twitter-tweet"><p>【朗報】処理水</p>— 滝沢 September 4, 2023'
    ...         '</blockquote></div>')
    >>> root, doc = etree.fromstring(page), Document(raw="")
    >>> drop_embedded_posts(root, doc, page)
    >>> etree.tostring(root, encoding=str), [(r.text, r.rule) for r in doc.removed]
    ('<div><p>正文</p></div>', [('【朗報】処理水— 滝沢 September 4, 2023', 'embedded_post')])
    """
    if not any(name in source for name in _EMBEDDED_POSTS):
        return   # (a search in C for each class name: nearly every page holds none)
    found = [el for el in root.iter(etree.Element)
             if (cls := el.get("class")) and not _EMBEDDED_POSTS.isdisjoint(cls.split())]
    for el in found:
        if not _attached(el, root):
            continue   # (inside an embedded post dropped already)
        text = _text_of(el)
        if text:
            doc.removed.append(Removal("embed", text[:_REMOVED_TEXT_CHARS], "embedded_post", "html"))
        _drop(el)


def drop_mobile_copies(root: Any, doc: Document, source: str) -> None:
    """Drop the elements a CSS framework shows only on a phone (``visible-xs``, ``d-md-none``) where the page
    also marks elements shown only on wider screens (``hidden-xs``): the page serves two copies of its menus
    and lists, and its reader at a desktop sees the wide one. Each dropped element with text is recorded
    (``mobile_copy``).

    Example: the 民進黨 新聞中心 list, whose ``<section class="news visible-xs">`` holds the top two entries
    of the ten in ``<section class="news hidden-xs">``.

    >>> page = ('<div><ul class="hidden-xs"><li>甲新闻</li><li>乙新闻</li></ul>'
    ...         '<ul class="visible-xs"><li>甲新闻</li></ul></div>')
    >>> root, doc = etree.fromstring(page), Document(raw="")
    >>> drop_mobile_copies(root, doc, page)
    >>> etree.tostring(root, encoding=str), [(r.text, r.rule) for r in doc.removed]
    ('<div><ul class="hidden-xs"><li>甲新闻</li><li>乙新闻</li></ul></div>', [('甲新闻', 'mobile_copy')])
    """
    if not _may_hold_mobile_copies(source):
        return
    mobile, desktop = [], False
    for el in root.iter(etree.Element):
        cls = el.get("class")
        if cls:
            tokens = cls.split()
            if not _MOBILE_ONLY.isdisjoint(tokens):
                mobile.append(el)
            elif not desktop and not _DESKTOP_ONLY.isdisjoint(tokens):
                desktop = True
    if not desktop:
        return   # a phone-only element with no wide twin is all the page has of it
    for el in mobile:
        if not _attached(el, root):
            continue
        text = _text_of(el)
        if text:
            doc.removed.append(Removal("hidden", text[:_REMOVED_TEXT_CHARS], "mobile_copy", "html"))
        _drop(el)


def write_out_scripts(elements: list[Any], doc: Document) -> int:
    """Put what each inline script of the body writes with ``document.write`` (:mod:`webclean.parse.written`)
    where the script stands, before scripts are dropped; the number of scripts written out.

    A county site's template prints the date so (``发布时间：<script>var pubdata='2018年02月13日';
    if(pubdata!=''){document.write(pubdata);}</script>``): a reader sees the date, a scraper saw ``发布时间：``.

    >>> root = etree.fromstring("<html><body><div>发布时间：<script>var d='2018年02月13日';document.write(d);"
    ...                         "</script> 字体：大</div></body></html>", etree.HTMLParser())
    >>> write_out_scripts(list(root.iter("script")), Document(raw=""))
    1
    >>> etree.strip_elements(root, "script", with_tail=False)
    >>> "".join(root.itertext())
    '发布时间：2018年02月13日 字体：大'
    """
    written = 0
    for el in elements:
        text = el.text
        if el.tag != "script" or not text or "document.write" not in text:
            continue
        parent = el.getparent()
        if parent is None or parent.tag == "head":
            continue
        html = document_writes(text)
        if not html:
            continue
        try:
            fragment = lxml.html.fragment_fromstring(html, create_parent="span")
        except (etree.ParserError, ValueError):
            continue
        el.addprevious(fragment)
        written += 1
    if written:
        doc.hints["written_by_script"] = written
    return written


def clean_tree(root: Any, doc: Document, survey: TreeSurvey | None = None) -> None:
    """Remove non-text elements, hidden elements and marquees (recorded in ``doc.hints``).

    ``survey`` is :func:`survey_tree` of ``root`` when the caller made it already.

    >>> root = etree.fromstring("<div><script>x=1</script>前<marquee>欢迎</marquee>后<p hidden=''>藏</p></div>")
    >>> doc = Document(raw="")
    >>> clean_tree(root, doc)
    >>> etree.tostring(root, encoding=str), doc.hints["marquee"]
    ('<div>前后</div>', ['欢迎'])
    """
    survey = survey if survey is not None else survey_tree(root)
    sheet = "\n".join(s.text or "" for s in survey.styles)
    write_out_scripts(survey.head, doc)
    # in C, each element with its content; its tail text stays where it was (what _drop does one by one)
    etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
    remove_hidden(root, doc, sheet)
    drop_mobile_copies(root, doc, doc.text)
    drop_embedded_posts(root, doc, doc.text)
    marquees = [m for m in survey.marquees if _attached(m, root)]   # not inside what went above
    if marquees:
        doc.hints["marquee"] = [t for t in (_text_of(m) for m in marquees) if t]
        etree.strip_elements(root, "marquee", with_tail=False)
    if survey.entities:
        etree.strip_elements(root, etree.Entity, with_tail=False)  # unknown entities: keep nothing


# ---------------------------------------------------------------------------------------------- segmentation
# ---------------------------------------------------------------------------------------------- stage
def parse_html(doc: Document, opts: Any) -> None:
    """Parse ``doc.text`` into ``doc.tree``, ``doc.head`` and ``doc.blocks``; never raises on content.

    Markup a browser reads and libxml2 does not is mended on the way (:mod:`webclean.parse.broken`), and a
    page whose tree holds far less text than its source is read again leniently.
    """
    text, wrapper = strip_cleaneval_wrapper(doc.text)
    if wrapper:
        doc.hints["cleaneval"] = wrapper
    text = without_xml_declaration(text)
    removed_before = len(doc.removed)
    root = parse_tree(text, opts, doc.warnings)
    doc.tree = root
    if root is None:
        doc.head = head_of(None, [])
        return
    survey = survey_tree(root)
    doc.head = head_of(root, survey.head)
    doc.check_budget("parse")
    _blocks_of_tree(doc, opts, root, survey)
    recover_lost_text(doc, opts, text, survey, removed_before)


def _blocks_of_tree(doc: Document, opts: Any, root: Any, survey: TreeSurvey) -> None:
    """Clean the tree and cut it into ``doc.blocks``."""
    if survey.foreign:
        hoist_out_of_foreign(survey.foreign)
    clean_tree(root, doc, survey)
    if survey.rows:
        join_data_rows(root)
    doc.check_budget("parse")
    segment(doc, opts, gather_into_body(root))


def _tree_weight(doc: Document, removed_from: int) -> int:
    """The text weight the parse kept: the blocks, and the hidden text it removed (the page held it)."""
    kept = "".join([b.text for b in doc.blocks] + [r.text for r in doc.removed[removed_from:]])
    return text_weight(kept)


# A headline longer than this is a <title> that swallowed the page (no headline runs to 300 characters).
_SWALLOWING_TITLE = 300


def recover_lost_text(doc: Document, opts: Any, source: str, survey: TreeSurvey, removed_from: int = 0) -> bool:
    """Read the page again when its tree lost text, and keep that reading when it holds the text.

    Three steps, each only where the one before says so: the page's bytes above ASCII (but its scripts'
    and style sheets') against the blocks' (sampled in C, on every page); what lost it, if anything did: what
    swallowed prose (an unclosed raw-text element among ``survey.swallowers``, an unterminated comment,
    an attribute's quote: read again from :func:`~webclean.parse.broken.lenient_source`), or a first
    ``</html>`` with the page going on after it (libxml2 stops there: read again without it); and that
    second parse. Returns whether it was kept; a warning says what happened. ``removed_from`` is where
    this parse's removals start in ``doc.removed``.

    >>> page = "<html><body><p>标题</p><textarea>留言" + "<p>正文内容写得很长。</p>" * 60
    >>> doc = Document(raw="", text=page, is_html=True)
    >>> parse_html(doc, None)
    >>> [b.text for b in doc.blocks[:3]], len(doc.blocks)
    (['标题', '留言', '正文内容写得很长。'], 62)
    >>> print(doc.warnings[0].replace("; ", ";\\n"))
    parse: <textarea> swallowed the page after it;
    the tree held a text weight of 4, the page read again leniently holds 1,088
    """
    held = _tree_weight(doc, removed_from)
    gross = gross_weight(doc.raw, doc.encoding, source)
    if not lost_text(held, gross):
        return False
    # scripts' strings and styles' font names are no page text (a style holding prose swallowed some)
    code = [el.text or "" for el in survey.head if el.tag == "script"]
    code += [sheet for sheet in (el.text or "" for el in survey.styles) if not holds_prose(sheet)]
    if not lost_text(held, gross - text_weight("".join(code))):
        return False
    after_html_end = False
    # (a frame's document first: its escaped text in an attribute would read as a quote that never closed)
    framed = framed_document(survey.swallowers)
    swallower = what_swallowed(survey.swallowers, doc.tree, source) if framed is None else None
    if framed is not None:
        culprit, again = "the page shows its document in an <iframe srcdoc> (a saved frame)", framed
    elif swallower is not None:
        culprit, again = f"{swallower} swallowed the page after it", lenient_source(source)
    else:
        again, after_html_end = reopened_after_html_end(source, doc.raw, doc.encoding)
        if not after_html_end:
            return False
        culprit = "a first </html> (libxml2 stops reading there)"
    second = Document(raw="", text=again, is_html=True, deadline=doc.deadline)
    root = parse_tree(second.text, opts, second.warnings)
    if root is None:
        return False
    survey = survey_tree(root)
    _blocks_of_tree(second, opts, root, survey)
    regained = _tree_weight(second, 0)
    if not lost_text(held, regained):
        return False
    head = head_of(root, survey.head)     # a page read on after </html> may bring its head only now
    title = doc.head.get("title")
    if head["title"] is None and title and len(title) <= _SWALLOWING_TITLE:
        head["title"] = title             # a lenient reading unwraps <title>: the first reading had it
    doc.tree, doc.blocks, doc.head = root, second.blocks, head
    doc.removed[removed_from:] = second.removed
    for key in ("containers", "hidden_links", "marquee"):
        if key in second.hints:
            doc.hints[key] = second.hints[key]
        else:
            doc.hints.pop(key, None)
    how = "without it" if after_html_end else "as that document" if framed is not None else "leniently"
    doc.warnings.append(f"parse: {culprit}; the tree held a text weight of {held:,}, the page read again "
                        f"{how} holds {regained:,}")
    return True


#: An ``<iframe srcdoc>`` this long at least is a document, not a widget's snippet.
SRCDOC_MIN_CHARS = 2000


def framed_document(swallowers: list[Any]) -> str | None:
    """The longest ``srcdoc`` of the page's ``<iframe>`` elements, when it is a document of its own: a page saved
    by a tool that frames what it saved (万维读者网's story under a wrapper whose ``<title>`` is ``creaders``, the
    whole rendered page HTML-escaped in ``<iframe id="bxscrappyFrame" srcdoc="…">``). The browser shows that
    document; the wrapper holds nothing else. :func:`recover_lost_text` reads it only where the page lost its text.

    >>> root = etree.fromstring('<html><body><iframe srcdoc="<p>' + '正文' * 1000 + '</p>"></iframe></body></html>',
    ...                         etree.HTMLParser())
    >>> framed_document(list(root.iter("iframe")))[:7]
    '<p>正文正文'
    """
    docs = [el.get("srcdoc") or "" for el in swallowers if el.tag == "iframe"]
    best = max(docs, key=len, default="")
    return best if len(best) >= SRCDOC_MIN_CHARS else None
