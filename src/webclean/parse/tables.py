"""Data tables: each row one line, its cells separated by tabs.

Segmentation cuts a page at block elements, and a table cell is one: a table of figures pasted into an
article (``项目类别 | 项目数（个） | 年度计划投资（亿元）``) would come back one number per paragraph. A row
whose cells are all short and hold only inline content is a data row; its cells become inline elements
with a cell mark between them, so the row is one block, and segmentation turns the
mark into a tab. Layout tables (an old portal's whole page in ``<td>``s) have long or block-filled cells,
rows whose every cell is a link are menus, and a row with a date cell is a list item's or a post's header
(unless it is a record of four cells or more with no link: a court's list of hearings): all are left alone.

>>> from lxml import etree
>>> root = etree.fromstring("<table><tr><td>产业项目</td><td><p>92</p></td><td>55.6%</td></tr>"
...                         "<tr><td><div><p>整篇文章……</p><p>第二段</p></div></td><td>x</td></tr></table>")
>>> join_data_rows(root)
1
>>> [etree.tostring(tr, encoding=str) for tr in root.iter("tr")][0]
'<tr><span>产业项目</span>\\ue000<span><span>92</span></span>\\ue000<span>55.6%</span></tr>'
"""
from __future__ import annotations

import re
from typing import Any

from lxml import etree

__all__ = ["CELL_MARK", "join_data_rows"]

CELL_MARK = "\ue000"   # private use: segmentation turns it into a tab (no page text is left holding one)
_CELL_TAGS = frozenset(("td", "th"))
# What a data cell may hold: text-level markup, and the paragraphs Word pastes into every cell.
_INLINE_OK = frozenset(("a", "span", "font", "b", "strong", "i", "em", "u", "sup", "sub", "small", "big", "br",
                        "img", "p", "center", "label", "abbr", "code", "s", "del", "ins", "nobr", "o:p"))
_CELL_MAX = 60     # characters: a figure, a name, a short label; longer cells are layout or prose
_ROW_MAX = 400


def _cell_text(cell: Any) -> str:
    return " ".join("".join(cell.itertext()).split())


# A cell that is only a date: the row is a post's or a list item's header (title | 2005-06-14 03:25:55),
# which the title and date rules read cell by cell.
_DATE_CELL = re.compile(r"\d{4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}\s?日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")


#: A row of this many cells with no link is a record of a data table even with a date among its cells (a court's
#: list of cancelled hearings: court | case number | cause | 2018-12-03 | court room); a post's or a list item's
#: header has fewer cells (title | date), or links (a forum list's topic | author | replies | last post).
RECORD_ROW_CELLS = 4


def _data_row(cells: list[Any]) -> bool:
    total = date_cells = 0
    linked = False
    for cell in cells:
        for el in cell.iterdescendants():
            if not isinstance(el.tag, str) or el.tag not in _INLINE_OK:
                return False
            linked = linked or el.tag == "a"
        text = _cell_text(cell)
        if len(text) > _CELL_MAX:
            return False
        if _DATE_CELL.fullmatch(text):
            date_cells += 1
        total += len(text)
    if date_cells and (linked or len(cells) < RECORD_ROW_CELLS):
        return False   # a post's or a list item's header, which the title and date rules read cell by cell
    return total <= _ROW_MAX


# Rows worth a look, found in C: two cells or more, and at least one cell without a link (a row of links
# is a menu; 鸡蛋 | 3个 with the ingredient linked is data).
_ROWS = etree.XPath("//tr[*[2]][*[not(.//a)][normalize-space()]]")   # (an empty spacer cell does not count)


def join_data_rows(root: Any) -> int:
    """Turn every data row under ``root`` into one line of inline cells; return how many rows were joined."""
    joined = 0
    for tr in _ROWS(root):
        cells = [c for c in tr if isinstance(c.tag, str)]
        if len(cells) < 2 or any(c.tag not in _CELL_TAGS for c in cells) or not _data_row(cells):
            continue
        for i, cell in enumerate(cells):
            for el in cell.iter("p", "center"):
                el.tag = "span"   # Word's <p class="MsoNormal"> in each cell: inline now
            cell.tag = "span"   # its class/id stay: they still speak for the block
            if i < len(cells) - 1:
                cell.tail = CELL_MARK + (cell.tail or "").strip()
            else:
                cell.tail = (cell.tail or "").strip() or None
        joined += 1
    return joined
