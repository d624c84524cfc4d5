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
    if _HTML_STRONG.search(head):
        return True
    return len(_HTML_TAG.findall(head)) >= 3
