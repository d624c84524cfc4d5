"""Forum threads laid out floor by floor: the first floor's poster and time.

Forums such as Tieba or Tianya number their posts in a footer under each one (``1楼 2025-04-02 21:14``)
and put the poster's name, a profile link, in a cell just above the post. The first floor is the thread
starter's post: its footer dates the page and its poster cell names the author. (Discuz puts the poster
cell above the headline instead: :func:`webclean.extract.bylines.thread_starter`.)

Blocks are read whatever their label: the footer of a post often sits in a "reply" box that the
boilerplate stage has already labelled a comment.
"""
from __future__ import annotations

import re
from datetime import datetime

from ..core.dates import parse_date
from ..core.vocabulary import section_alternation
from ..document import Block, Document
from ..record import Removal
from .bylines import valid_handle

__all__ = ["apply_first_floor", "apply_bbs_header", "bbs_header", "first_floor", "floor_poster", "floor_time"]

# The first floor's number alone in its footer cell, or opening the footer line: 1楼, 第1楼, 1#, #1.
_FIRST_FLOOR = re.compile(r"(?:第\s?)?[1１]\s?楼|[1１]\s?#|#\s?[1１]")
# A footer line may open with the client it was posted from (来自Android客户端1楼2022-10-02 23:02回复).
_FLOOR_LINE = re.compile(r"(?<![\d#])(?:第\s?)?[1１]\s?楼(?=[\s|｜]*\d{4})")
_FOOTER_LINE_MAX = 60
# How far the first floor's footer may lie after the start of its post, and its poster cell before it.
_FOOTER_REACH = 12
_CELL_REACH = 6


def _is_prose(b: Block) -> bool:
    return len(b.text) >= 20 and ("，" in b.text or "。" in b.text)


def first_floor(blocks: list[Block], head: int) -> tuple[int, int] | None:
    """(first post's first block, its floor footer) after the headline at ``head``, or None.

    The footer is a block that is exactly a first-floor number (``1楼``, ``#1``) or a line that opens with
    one and a date; the post is the first prose after the headline, and the footer must follow it closely.

    >>> blocks = [Block(0, "求助：老房子墙面返潮怎么处理", heading=3), Block(1, "晴天小院2019", links=1, link_chars=8),
    ...           Block(2, "家里是九十年代的老房子，住一楼。最近连着下了几场雨，墙皮起泡。"), Block(3, "1楼"),
    ...           Block(4, "2025-04-02 21:14")]
    >>> first_floor(blocks, 0)
    (2, 3)
    >>> first_floor(blocks[:3] + [Block(3, "来自Android客户端1楼2022-10-02 23:02回复")], 0)
    (2, 3)
    """
    start = next((i for i in range(head + 1, len(blocks)) if _is_prose(blocks[i])), -1)
    if start < 0:
        return None
    for i in range(start + 1, min(len(blocks), start + _FOOTER_REACH)):
        text = blocks[i].text.strip()
        if _FIRST_FLOOR.fullmatch(text) or (len(text) <= _FOOTER_LINE_MAX and _FLOOR_LINE.search(text)):
            return start, i
    return None


def floor_time(blocks: list[Block], footer: int) -> tuple[datetime, str] | None:
    """The date of the first floor's footer: in the footer line itself or in one of the next two cells.

    >>> floor_time([Block(0, "1楼"), Block(1, "2025-04-02 21:14")], 0)[0].isoformat()
    '2025-04-02T21:14:00+08:00'
    """
    for b in blocks[footer: footer + 3]:
        found = parse_date(b.text) if len(b.text) <= 60 else None
        if found:
            return found
    return None


def floor_poster(blocks: list[Block], head: int, start: int) -> str | None:
    """The poster cell of the first floor: the last block between the headline and the post that is one
    linked handle (a profile link), within a few blocks of the post.

    >>> blocks = [Block(0, "标题", heading=3), Block(1, "只看楼主", links=1, link_chars=4),
    ...           Block(2, "晴天小院2019", links=1, link_chars=8), Block(3, "7"), Block(4, "正文……")]
    >>> floor_poster(blocks, 0, 4)
    '晴天小院2019'
    """
    for b in reversed(blocks[max(head + 1, start - _CELL_REACH): start]):
        name = b.text.strip()
        if b.links >= 1 and b.link_chars >= len(name) and valid_handle(name):
            return name
    return None


def apply_first_floor(doc: Document, head: Block | None) -> None:
    """Author and date from the first floor of a thread whose posts carry floor footers."""
    blocks = doc.blocks
    if head is None or not 0 <= head.index < len(blocks) or blocks[head.index] is not head:
        return
    found = first_floor(blocks, head.index)
    if found is None:
        return
    start, footer = found
    when = floor_time(blocks, footer)
    if when and doc.set_field("published", when[0], "first_floor_footer", blocks[footer].text):
        doc.set_field("published_precision", when[1], "first_floor_footer")
    name = floor_poster(blocks, head.index, start)
    if name and doc.set_field("author", name, "first_floor_poster", name):
        for b in blocks[max(head.index + 1, start - _CELL_REACH): start]:
            if b.label is None and b.text.strip() == name:
                doc.remove_block(b, "byline", "first_floor_poster")


# The header a telnet BBS writes over each post (data/post_lines.txt [bbs sender], [bbs board], [bbs station]):
# the sender's id (a nickname in brackets after it), the board, a title line, and the station with the time.
_POSTS = "post_lines.txt"
_SENDER = section_alternation(_POSTS, "bbs sender")
_BOARD = section_alternation(_POSTS, "bbs board")
_STATION = section_alternation(_POSTS, "bbs station")
_BBS_HEADER = re.compile(
    rf"\s{{0,4}}(?:{_SENDER})\s?[:：]\s?(?P<id>[A-Za-z0-9_.\-]{{2,20}})"
    rf"\s?(?:[(（][^()（）\n]{{0,40}}[)）])?\s?[,，]\s?(?:{_BOARD})\s?[:：][^\n]{{0,60}}\n"
    r"[^\n]{0,160}\n"
    rf"\s{{0,4}}(?:{_STATION})\s?[:：][^\n(（]{{0,40}}[(（](?P<time>[^)）\n]{{6,40}})[)）]"
    r"[^\n]{0,60}(?:\n|$)")


def bbs_header(text: str) -> tuple[str, tuple[datetime, str] | None, int] | None:
    """A telnet BBS post's header opening ``text``: the sender's id, the time the station gives, and where the
    header ends (the post's text follows).

    >>> head = ("发信人: InnJayHee(跨时代), 信区: TrafficInfo\\n标  题: 交通指南\\n"
    ...         "发信站: 饮水思源 (2010年05月12日00:48:34 星期三)\\n相关链接：交通指南")
    >>> sender, (when, precision), end = bbs_header(head)
    >>> sender, when.isoformat(), head[end:]
    ('InnJayHee', '2010-05-12T00:48:34+08:00', '相关链接：交通指南')
    >>> bbs_header("发信人说：明天见。") is None
    True
    """
    m = _BBS_HEADER.match(text)
    if m is None or not valid_handle(m.group("id")):
        return None
    return m.group("id"), parse_date(m.group("time")), m.end()


def apply_bbs_header(doc: Document) -> None:
    """Author and date from the header of a telnet BBS post (:func:`bbs_header`) opening an open block; the
    header is cut from the block, which keeps the post's text."""
    for b in doc.blocks:
        if b.label is not None or "\n" not in b.text[:200]:
            continue   # (the header is three lines of one block: a <pre>)
        found = bbs_header(b.text)
        if found is None:
            continue
        sender, when, end = found
        doc.set_field("author", sender, "bbs_header", b.text[:end])
        if when is not None and doc.set_field("published", when[0], "bbs_header", b.text[:end]):
            doc.set_field("published_precision", when[1], "bbs_header")
        doc.removed.append(Removal("byline", b.text[:end].strip(), "bbs_header", f"block {b.index}"))
        b.text = b.text[end:].lstrip("\n")
        return
