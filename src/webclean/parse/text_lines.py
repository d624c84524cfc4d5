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
    for block in blocks:
        if "<" in block.text and markup_line(block.text):
            doc.remove_block(block, "boilerplate", "markup_line")


# Tags and comments as a text line quotes them (a page's script or template kept with its lines).
_TAG_OR_COMMENT = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,300})?/?>")
_LETTER = re.compile(r"[\u3400-\u9fffA-Za-z]")
#: What a markup line may say between its tags: a button's or a label's few words (重新播放, 组图：).
MARKUP_LINE_MAX_LETTERS = 6


def markup_line(text: str) -> bool:
    """Whether a text page's line is markup, not the page's words: it holds a tag, and between its tags and
    comments it says a few letters at most. A scraper that keeps text can keep a template or a script's
    markup with the page's lines.

    >>> markup_line('<div class="pic_midd mb20"> <!--插件的宽度依赖于pic_midd 的宽度-->')
    True
    >>> markup_line('<a href="javascript:void(0)" class="gary01">重新播放</a>')
    True
    >>> markup_line("<p>近日，安福寺镇吴家门村积极组织开展沟渠清淤工作。</p>"), markup_line("a < b 且 c > d")
    (False, False)
    """
    stripped, tags = _TAG_OR_COMMENT.subn("", text)
    return tags > 0 and len(_LETTER.findall(stripped)) <= MARKUP_LINE_MAX_LETTERS
