"""The parse stage: an HTML page into blocks through lxml, a text page into one block per line.

>>> from webclean.document import Document
>>> from webclean.options import Options
>>> doc = Document(raw=b"", text="首页 > 新闻\\n\\n正文第一段。")
>>> parse_stage(doc, Options())
>>> [b.text for b in doc.blocks]
['首页 > 新闻', '正文第一段。']
"""
from __future__ import annotations

from ..document import Document
from ..options import Options
from .html import parse_html
from .text_lines import segment_text

__all__ = ["parse_stage"]


def parse_stage(doc: Document, opts: Options) -> None:
    """HTML pages to blocks through lxml; text pages one block per line."""
    if doc.is_html:
        parse_html(doc, opts)
    else:
        segment_text(doc, opts)
