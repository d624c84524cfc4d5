"""Segmentation of plain page text into blocks (one per non-empty line).

Scrapers that store text keep one paragraph per line and separate page
regions with blank lines, as the founding seed page does::

    網站首頁 | 網站地圖          <- block 0 (blank_before=False)
                                 (blank line)
    每日推薦                     <- block 1 (blank_before=True)
    首頁 > 人民論壇評論 > 正文    <- block 2 (blank_before=False)

>>> from webclean.document import Document
>>> doc = Document(raw="", text="標題\\n\\n第一段。\\n第二段。")
>>> segment_text(doc, None)
>>> [(b.text, b.blank_before) for b in doc.blocks]
[('標題', False), ('第一段。', True), ('第二段。', False)]
"""
from __future__ import annotations

import re
from typing import Any

from ..document import Block, Document

__all__ = ["segment_text"]

# Horizontal whitespace including the ideographic space U+3000 and NBSP that
# scraped Chinese text uses for paragraph indents.
_SPACE_RUN = re.compile(r"[ \t\u00a0\u3000\u2002-\u200b\ufeff]+")
_LINE_BREAK = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_BUDGET_EVERY = 2000   # lines between two time-budget checks: a few ms of work, a cheap clock read

# A page is HTML when its start holds markup a text page would not: a doctype,
# <html>/<head>/<body>, or several block tags. Plain text mentioning "<p>" once
# in prose stays text.
def segment_text(doc: Document, opts: Any) -> None:
    """Split ``doc.text`` into one :class:`Block` per non-empty line.

    Whitespace inside a line is collapsed to one space and trimmed; a blank
    line before a block sets ``blank_before``. Stops at ``opts.max_blocks``
    blocks with a warning.
    """
    max_blocks = getattr(opts, "max_blocks", 1_000_000)
    text = _LINE_BREAK.sub("\n", doc.text)
    blocks: list[Block] = []
    blank = False
    for number, line in enumerate(text.split("\n")):
        line = _SPACE_RUN.sub(" ", line).strip()
        if not line:
            blank = True
            continue
        if len(blocks) >= max_blocks:
            doc.warnings.append(f"limit: max_blocks={max_blocks} reached at line {number}; the rest was cut")
            break
        blocks.append(Block(index=len(blocks), text=line, tag="line", blank_before=blank and bool(blocks)))
        blank = False
        if number % _BUDGET_EVERY == _BUDGET_EVERY - 1:
            doc.check_budget("parse")
    doc.blocks = blocks
