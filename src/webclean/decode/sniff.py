"""Whether a decoded page is an HTML document or the plain text a scraper stored.

The parse stage reads the answer (``Document.is_html``): lxml for HTML, one block per line for text.
"""
from __future__ import annotations

import re

__all__ = ["looks_like_html"]

_HTML_STRONG = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>", re.I)
_HTML_TAG = re.compile(r"</?(?:div|p|br|table|tr|td|span|a|li|ul|h[1-6]|script|style|font|img)\b[^>]{0,200}>",
                       re.I)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML document rather than plain page text.

    >>> looks_like_html("<html><body><p>你好</p></body></html>")
    True
    >>> looks_like_html("首页 > 新闻\\n\\n正文第一段。")
    False
    """
    head = text[:8192]
    if quotes_markup(head):
        return False
    if _HTML_STRONG.search(head):
        return True
    return len(_HTML_TAG.findall(head)) >= 3


#: A text opening with this many lines is a page's text kept line by line (a document's markup opens with a tag).
TEXT_LINES_MIN = 20
#: ... when fewer than this share of its lines hold a tag: the rest is markup that a page's script or template
#: carried as text, which the scraper kept with the page's lines.
QUOTED_MARKUP_MAX_SHARE = 0.5


#: A document's skeleton this near the start makes the page a document whatever precedes it.
DOCUMENT_START_REACH = 1000
_DOCUMENT_START = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]", re.IGNORECASE)


def quotes_markup(head: str) -> bool:
    r"""Whether the opening of a page is plain text kept line by line that quotes some markup: it does not open
    with a tag, it runs over many lines, and most of them hold no tag. Read as HTML, its lines would run
    together into one paragraph.

    >>> lines = ["首页", "新闻", "短视频与大众文化生产", "时间：2024.05.11", "来源：光明日报 作者：南帆"] * 5
    >>> quotes_markup("\n".join(lines + ['<div class="pic_con">', "</div>", "<title>"]))
    True
    >>> quotes_markup("<html>\n" + "\n".join(lines)), quotes_markup("\n".join(lines[:3] + ["<p>a</p>"] * 3))
    (False, False)
    >>> quotes_markup("__FILE__\n<!DOCTYPE HTML PUBLIC>\n<HTML><HEAD>\n" + "\n".join(lines))
    False
    """
    opening = head.lstrip("\ufeff \t\r\n")
    if opening.startswith("<") or _DOCUMENT_START.search(opening, 0, DOCUMENT_START_REACH):
        return False   # (a stray line before the doctype, __FILE__ or a notice, leaves a document)
    lines = [line for line in opening.split("\n") if line.strip()]
    if len(lines) < TEXT_LINES_MIN:
        return False
    tagged = sum(1 for line in lines if "<" in line and _HTML_TAG.search(line))
    return tagged < QUOTED_MARKUP_MAX_SHARE * len(lines)
