"""The replies of a thread that sit outside the box of its opening post.

Many boards lay out the opening post and its replies in boxes of their own: V2EX puts the topic in
``<div class="topic_content">`` and each reply in ``<div class="reply_content">`` inside a numbered cell
(``cell r_8855735``), under a header row with the poster and the time (``msn1983aa 5 小时 7 分钟前``).
Body selection then finds the opening post's region, and the replies, labelled comments by their class
names or left outside the region, are lost, while on a thread every post is the page's content.

A reply is recognised by the shape every board shares, not by a board's class names: text blocks of one
signature (tag and class words, digits dropped: ``r_8855735`` and ``r_8855809`` are one cell) that repeat
after the opening post, each one a poster's words (text, not links or counters), with a post header (a time,
a floor number, a posting word) just before each. A sidebar's profile text does not repeat; a list of
related threads is links; a feed of teasers is cut short.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..core.vocabulary import section_alternation
from ..document import Block

__all__ = ["POST_MARKS", "REPLY_MIN_REPEATS", "SIGNATURE_DEPTH", "client_line", "header_row", "later_replies",
           "post_header", "reply_text", "signature"]

_DIGITS = re.compile(r"\d+")
_LINES = "post_lines.txt"
# A post header names when (a date, a clock time, a relative time) or which floor, or says it posts/replies.
_TIME_UNITS = section_alternation(_LINES, "time units") + "|" + section_alternation(_LINES, "long time units")
#: What dates or numbers a post in its header: a date, a clock time, a floor (#2, 2楼); body selection reads
#: the same marks between post units (:mod:`webclean.extract.body`).
POST_MARKS = (r"\d{4}[-/.年]\d{1,2}|\d{1,2}:\d{2}|#\d+|(?<!\d)\d{1,5}\s{0,3}[楼樓]"
              rf"|{section_alternation(_LINES, 'post header words')}")
_HEADER = re.compile(rf"{POST_MARKS}|\d\s?(?:{_TIME_UNITS})\s?前|{section_alternation(_LINES, 'just now')}", re.I)
#: A post header is a short row (poster, time, floor, a client name); a reply that mentions 2020-04-21 is text.
HEADER_MAX_CHARS = 80
#: A signature must repeat this often after the opening post to be the replies' box: one reply box alone is
#: indistinguishable from a sidebar's paragraph.
REPLY_MIN_REPEATS = 2
#: Headers are looked for this many blocks before each reply (poster cell, time cell, floor number).
HEADER_REACH = 4
#: A reply is its poster's words: a block whose text is more than this share link text is a link line.
REPLY_LINK_DENSITY = 0.5
# A row of a post's buttons, maybe with their counts: 点赞 (5) / 回复 / 举报.
_ACTION = section_alternation(_LINES, "post actions")
_ACTION_GAP = r"[\s|｜·•()（）\d]{0,8}"
_ACTIONS = re.compile(rf"{_ACTION_GAP}(?:{_ACTION})(?:{_ACTION_GAP}(?:{_ACTION}))*{_ACTION_GAP}")
# A poster's stats beside the post (积分 : 3282, 帖子 326, 经验值：1,208): a label and a count, no words.
_STAT = re.compile(r"[^\d\s:：]{1,6}\s?[:：]?\s?\d[\d,.]*\s?[万千kKwW]?")
# A teaser cut short ("…", "...", maybe followed by its fold control) is not the post itself.
_CUT = re.compile(rf"(?:…|\.{{3}})\s*(?:{section_alternation('page_controls.txt', 'fold')})?\s*$")


# What a post was sent from: 来自 豆瓣App, 来自 iPhone客户端, 来自 天涯社区客户端.
_CLIENT_LINE = re.compile(rf"来自\s{{0,3}}[^\s，。]{{0,16}}(?:{section_alternation(_LINES, 'posting clients')})", re.I)
#: A client line names an app or a device and nothing else.
CLIENT_LINE_MAX_CHARS = 24


def client_line(block: Block) -> bool:
    """A post's line naming the app it was sent from: furniture of the post, not its words.

    >>> client_line(Block(0, "来自 豆瓣App")), client_line(Block(0, "来自 iPhone客户端"))
    (True, True)
    >>> client_line(Block(0, "来自北京的读者说，这款手机很好用。"))
    False
    """
    text = block.text.strip()
    return len(text) <= CLIENT_LINE_MAX_CHARS and _CLIENT_LINE.fullmatch(text) is not None


def post_header(block: Block) -> bool:
    """A short row that dates or numbers a post, or says it posts or replies; boards set it in a heading too
    (``<h4>Lily 2015-10-27 20:26:51</h4>``).

    >>> post_header(Block(0, "msn1983aa 5 小时 7 分钟前 1")), post_header(Block(0, "gazeldx #1 1 月前"))
    (True, True)
    >>> post_header(Block(0, "Lily 2015-10-27 20:26:51", heading=4))
    True
    >>> post_header(Block(0, "最近总有纯英文回复的机器人，估计看是纯英文就给删了。" * 4))
    False
    """
    return len(block.text) <= HEADER_MAX_CHARS and _HEADER.search(block.text) is not None


def reply_text(block: Block) -> bool:
    """A block that can be a poster's words: text (not mostly links), not a header row, not a cut teaser.

    >>> reply_text(Block(0, "机器人？")), reply_text(Block(0, "伸手必被捉，当大家白痴么"))
    (True, True)
    >>> reply_text(Block(0, "相关主题 百度网盘限速", links=1, link_chars=8)), reply_text(Block(0, "1 楼 2020-04-21"))
    (False, False)
    >>> reply_text(Block(0, "过分在乎别人的感受，在乎别人的… 显示全部")), reply_text(Block(0, "点赞 (5)"))
    (False, False)
    >>> reply_text(Block(0, "积分 : 3282")), reply_text(Block(0, "帖子 326")), reply_text(Block(0, "来自 安卓手机"))
    (False, False, False)
    """
    text = block.text.strip()
    return (len(text) >= 2 and not block.heading and block.link_density <= REPLY_LINK_DENSITY
            and not (len(text) <= HEADER_MAX_CHARS and _HEADER.fullmatch(text))
            and not _header_only(block) and not _ACTIONS.fullmatch(text) and not _STAT.fullmatch(text)
            and not _CUT.search(text) and not client_line(block))


def _header_only(block: Block) -> bool:
    # A row that is all header: a handle and a time (msn1983aa 5 小时 7 分钟前), nothing said.
    return post_header(block) and not re.search(r"[，。！？；,!?;]", block.text) and len(block.text) <= 40


def header_row(block: Block) -> bool:
    """A row that is all post header: a day with its clock time beside a handle or a post number, nothing said,
    no label (a schedule's ``8:30－8:50 开幕式`` has no day, ``发行日期：2001年12月14日`` is a labelled field), no
    mention (``@cdylng 2017-03-24 22:04:05`` heads a quotation inside a reply).

    >>> header_row(Block(0, "無名2021/12/03(五)14:22:16.015ID:iw3TyiasNo.25208031del"))
    True
    >>> header_row(Block(0, "tk wug vb 馨语 09:02:51 5/23/06 (无内容)"))
    True
    >>> header_row(Block(0, "2021年12月3日，市政府召开新闻发布会。")), header_row(Block(0, "8:30－8:50 开幕式"))
    (False, False)
    """
    text = block.text.strip()
    return (len(text) <= HEADER_MAX_CHARS and not block.heading and _DAY_AND_TIME.search(text) is not None
            and not re.search(r"[，。！？；,!?;]", text) and not _LABEL_OPENING.match(text))


# A day and its clock time, in either order (2021/12/03(五)14:22:16, 09:02:51 5/23/06).
_DAY = r"\d{1,4}[-/.年]\d{1,2}[-/.月]\d{1,2}"
_CLOCK = r"\d{1,2}:\d{2}"
_DAY_AND_TIME = re.compile(rf"{_DAY}.{{0,12}}?{_CLOCK}|{_CLOCK}.{{0,12}}?{_DAY}")
# A field's label opening the row (发行日期：, 时 间：), or a mention: a reply's words quoting another post
# (@cdylng 2017-03-24 22:04:05 above the quoted lines).
_LABEL_OPENING = re.compile(r"[^：:\d]{1,8}[：:]|@")


def signature(block: Block, depth: int = 0) -> str:
    """Tag and class words without digits: the numbered cells of one board's replies share it. With ``depth``,
    only the innermost words count: a reply nested under another (``sub-comment … comment-content``) shares
    its box's own words with a reply at the top level, not the trail of boxes around it.

    >>> signature(Block(0, "x", tag="div", hints="cell r_8855735 reply_content"))
    'div:cell r_ reply_content'
    >>> signature(Block(0, "x", hints="sub-comment ant-comment ant-comment-content comment-content"), depth=2)
    'line:ant-comment-content comment-content'
    """
    words = _DIGITS.sub("", block.hints)
    if depth:
        words = " ".join(words.split()[-depth:])
    return f"{block.tag}:{words}"


#: Replies are grouped by the innermost class words of their box, this many: deep enough to tell a reply's
#: text from its header row, shallow enough that nesting (a reply to a reply) does not split them.
SIGNATURE_DEPTH = 2


def later_replies(blocks: list[Block], after: int, candidates: Iterable[int]) -> list[int]:
    """Indices among ``candidates`` (blocks after ``after``, the opening post's last block) that are replies.

    A signature qualifies when at least REPLY_MIN_REPEATS of its blocks are reply text and a post header
    lies within HEADER_REACH blocks before each of them (a reply's second paragraph shares its first one's
    header). Every reply-text block of a qualifying signature is returned, in page order.

    >>> page = [Block(0, "主楼正文……"), Block(1, "msn1983aa 5 小时 7 分钟前", hints="cell r_1"),
    ...         Block(2, "伸手必被捉", hints="cell r_1 reply_content", container=2),
    ...         Block(3, "wszgrcy 4 小时前", hints="cell r_2"),
    ...         Block(4, "不激励了，但是带宽照样占用？", hints="cell r_2 reply_content", container=4),
    ...         Block(5, "本质上是个笨蛋，但只要努力就一定能做到", hints="user-simple description")]
    >>> later_replies(page, 0, range(1, 6))
    [2, 4]
    """
    groups: dict[str, list[int]] = {}
    for i in candidates:
        if i > after and reply_text(blocks[i]):
            groups.setdefault(signature(blocks[i], SIGNATURE_DEPTH), []).append(i)
    found: list[int] = []
    for members in groups.values():
        headed: list[int] = []
        for i in members:
            if (any(post_header(b) for b in blocks[max(after + 1, i - HEADER_REACH):i])
                    or (headed and headed[-1] >= i - HEADER_REACH)):
                headed.append(i)
        # replies sit in boxes of their own: lines of one element after a time (a page footer under the last
        # reply, VERSION … UTC 07:54) are no replies (where the elements are known: a text page has none)
        boxes = {blocks[i].container for i in headed}
        if len(headed) >= REPLY_MIN_REPEATS and (len(boxes) >= REPLY_MIN_REPEATS or min(boxes) < 0):
            found.extend(headed)
    return sorted(found)


