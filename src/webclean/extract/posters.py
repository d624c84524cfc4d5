"""The poster of a community page: the user who started a thread, wrote a blog post, asked or answered.

Forums, blogs, Q&A and microblog pages credit their writer with no label: a short handle in an element whose
class names it (``topic_username``, ``postuser-name``, ``author-name-meta``, ``wgt-replyer-all``,
``p_author d_name``, ``head_nick``), near the headline, often beside a time (``小诺抓10月前``,
``zzz6519003 · 1 月前 · 最后由 Catherine 回复于 19 天前``, ``再睡一夏 | 455 | 2024-01-03``). The first such handle
around the headline is the thread's or the post's writer; later ones are the repliers.

>>> handle_of("马亮南生 (楼主)2月前"), handle_of("henryspace @henryspace"), handle_of("posted @ 2024-05-09 14:45")
('马亮南生', 'henryspace', None)
"""
from __future__ import annotations

import re
from typing import Any

from ..core.data import read_terms
from ..core.dates import CHINA_TZ, DATE_BITS, date_line, parse_date
from ..core.names import (
    COMMON_WORD_COUNT,
    HANDLE,
    NAME_WITH_SURNAME,
    bilingual_name,
    common_word_pieces,
    credit_words,
    is_credit_word,
    latin_full_name,
    looks_like_outlet,
    person_plausibility,
)
from ..core.script import to_simplified, word_counts
from ..core.vocabulary import alternation, opening_characters, read_vocabulary, section_alternation
from ..document import Block
from .bylines import SHARE_WORDS, parse_credits

__all__ = ["date_opened_row", "posted_info_row", "classed_author",
           "poster_hint", "handle_of", "hinted_poster", "post_time", "time_line_poster", "blog_owner",
           "poster_row",
           "info_row_poster", "tooltip_time", "banner_owner", "account_row_writer", "answerer", "name_beside_its_date",
           "site_owner",
           "rel_author", "date_classed_time", "outlet_beside_its_date", "title_line_owner",
           "posted_at_footer", "copyright_owner", "profile_card_owner", "rows_past_counters"]

# Class/id words of an element that holds a user's name, matched on the parts of each word split at - and _
# (topic_username, postuser-name, author-info--right, wgt-replyer-all, p_author, head_nick_1yix2); a
# "postercon" banner is not a poster.
_HINTS = "page_hints.txt"
_HINT_PARTS = frozenset(read_terms(_HINTS, "poster parts"))
_HINT_WORDS = re.compile(section_alternation(_HINTS, "poster words", traditional=False), re.I)
_WORD_PARTS = re.compile(r"[-_]+")
# What follows a handle in its cell: the OP mark, a role tag, a relative or absolute time, counters.
_POSTS = "post_lines.txt"
_TIME_UNITS = alternation(read_vocabulary(_POSTS, "time units") + read_vocabulary(_POSTS, "long time units"))
_RECENT = alternation(read_vocabulary(_POSTS, "just now") + read_vocabulary(_POSTS, "recent days"))
_DECORATION = re.compile(rf"\s?[(（\[【]\s?(?:{section_alternation(_POSTS, 'op marks')})\s?[)）\]】].*$"
                         rf"|\s?\d{{1,3}}\s?(?:{_TIME_UNITS})前.*$"
                         rf"|\s?(?:{_RECENT})\s?.*$")
_SEPARATORS = re.compile(r"\s?[·•|｜@:：]\s?|\s{2,}")
_HANDLE = re.compile(r"[\u3400-\u9fffA-Za-z0-9_.\-·~]{2,20}")
_HAS_WORD = re.compile(r"[\u3400-\u9fffA-Za-z]")
_HAN = re.compile(r"[\u3400-\u9fff]")
# The post's own text starts under its poster cell: a sentence this long ends the search under the
# headline (the handles after it are the repliers').
POST_TEXT = 15
_SENTENCE = re.compile(r"[。！？!?]")
# A poster cell sits close to the headline: above it (the poster column of a board) or under it (the
# info row of a post); this many blocks either way.
POSTER_REACH_BEFORE = 12
POSTER_REACH_AFTER = 30
_CELL_MAX = 40


def poster_hint(hints: str) -> bool:
    """The innermost class/id words name a user (the element holds a poster's name).

    >>> poster_hint("topic-header topic-nickname"), poster_hint("card-header media-body info"), poster_hint("")
    (True, False, False)
    >>> poster_hint("postercon bk_title_body bind-card"), poster_hint("j_l_post d_author p_author d_name")
    (False, True)
    """
    return any(_HINT_WORDS.search(word) or any(part in _HINT_PARTS for part in _WORD_PARTS.split(word.lower()))
               for word in hints.split()[-4:])


_ACCOUNT_CARDS = read_terms(_HINTS, "account cards")


def classed_author(blocks: list[Block]) -> tuple[str, Block] | None:
    """The writer a page names in elements of its own whose class says so, wherever they stand: a blog's author
    card under the post (``<h4 class="author">51ak</h4>``, dboop.com). Every such element on the page must hold the
    same lone name or handle (a list of comments or of other posts names many), and the element's own class word
    must be the user word itself (``author``, ``post-author``), not a wrapper's.

    >>> card = Block(53, "51ak", hints="main post author", label="boilerplate")
    >>> classed_author([Block(0, "正文"), card])[0]
    '51ak'
    >>> classed_author([card, Block(60, "荒神IN", hints="comment author")]) is None   # two names: a list
    True
    >>> classed_author([Block(82, "北同文化AllForQueer", hints="wx_follow_info wx_follow_nickname")]) is None
    True
    >>> side = [Block(52, "StartupBeat", hints="editor_choice_author"),
    ...         Block(59, "獨眼香江 ｜ 今日", hints="editor_choice_author")]
    >>> classed_author(side) is None   # a side list's cells: one name among other things
    True
    """
    found: list[tuple[str, Block]] = []
    cells: set[str] = set()
    for b in blocks:
        words = b.hints.split()
        if not words or not poster_hint(words[-1]) or len(b.text) > _CELL_MAX or b.label == "comment" \
                or any(card in words[-1] for card in _ACCOUNT_CARDS):
            continue   # (a commenter's name, however often they comment, is no writer's)
        cells.add(b.text.strip())
        name = handle_of(b.text)
        if name is None or name != b.text.strip() or person_plausibility(name) < HANDLE:
            name = _name_before_its_column(b.text)
            if name is None:
                continue
        found.append((name, b))
    if len(cells) > 1 and len({name for name, _ in found}) == 1 and len(cells) > len(found):
        return None   # the cells name other things too: a list of other posts (信報's 編輯推介 side list: StartupBeat,
        # 獨眼香江 ｜ 今日 …), its one name no writer of the page's
    return found[0] if found and len({name for name, _ in found}) == 1 else None


# A writer's name, then 、 or a comma and the column or desk the piece ran in: 胡欣男 、新聞透視 (中國時報).
_NAME_THEN_COLUMN = re.compile(r"(?P<name>[\u3400-\u9fff·]{2,4})\s?[、，,]\s?(?P<column>[\u3400-\u9fff]{2,8})")


def _name_before_its_column(text: str) -> str | None:
    """The writer in an author cell that names the column after him (中國時報's ``胡欣男 、新聞透視``): a name with its
    surname first, then words that are no one's name.

    >>> _name_before_its_column("胡欣男 、新聞透視"), _name_before_its_column("張三、李四") is None
    ('胡欣男', True)
    """
    m = _NAME_THEN_COLUMN.fullmatch(text.strip())
    if m is None or person_plausibility(m.group("name")) < NAME_WITH_SURNAME:
        return None
    return m.group("name") if person_plausibility(m.group("column")) < NAME_WITH_SURNAME else None


def handle_of(text: str) -> str | None:
    """The handle a poster cell or info row opens with, without its decorations; None when it opens with
    something else (a date, a page word, an outlet).

    >>> (handle_of("小诺抓10月前"), handle_of("再睡一夏 | 455 | 2024-01-03"),
    ...  handle_of("zzz6519003 · 1 月前 · 最后由 C 回复"))
    ('小诺抓', '再睡一夏', 'zzz6519003')
    >>> handle_of("新手上路"), handle_of("2024-01-03 12:00")
    (None, None)
    """
    text = text.strip()
    if not text or len(text) > _CELL_MAX * 3:
        return None
    text = _DECORATION.sub("", text)
    first = _SEPARATORS.split(text, maxsplit=1)[0].strip()
    # (a Western-style name of two or three capitalised words, Jeremy Tsheng, Huei-Horng Yo, is no handle's shape)
    if not (_HANDLE.fullmatch(first) or latin_full_name(first)) or not _HAS_WORD.search(first) \
            or first.isdigit():
        return None
    if is_credit_word(first) or looks_like_outlet(first) or parse_date(first) or _page_word(first):
        return None
    return first


def _page_word(handle: str) -> bool:
    """A Han handle that is a common word (时间, 发布) or holds a page label (联系作者, 我要留言, 418亿总阅读)."""
    han = "".join(_HAN.findall(handle))
    if not han:
        return False
    # (the word counts are Simplified; a mirror converted to Traditional is read in Simplified)
    if han == handle.replace("·", "") and word_counts().get(to_simplified(han), 0) >= COMMON_WORD_COUNT:
        return True
    return any(han[i:i + n] in credit_words() for n in (2, 3, 4) for i in range(len(han) - n + 1))


def hinted_poster(blocks: list[Block], head: int) -> tuple[str, Block] | None:
    """The first poster cell around the headline at index ``head`` of ``blocks`` (the page's blocks): the
    nearest one under it, else the nearest above it.

    Example: mlog.club's thread shows ``鹿小町`` in ``<div class="topic-nickname">`` right above the headline;
    Baidu Tieba's first floor shows ``绫清逸`` in ``<li class="d_name">`` under it.
    """
    if head < 0:
        return None
    after = []
    for b in blocks[head + 1: head + 1 + POSTER_REACH_AFTER]:
        if len(b.text) >= POST_TEXT and b.link_density < 0.5 and _SENTENCE.search(b.text):
            break
        after.append(b)
    before = list(reversed(blocks[max(0, head - POSTER_REACH_BEFORE): head]))
    for b in after + before:
        if len(b.text) <= _CELL_MAX * 3 and poster_hint(b.hints):
            name = handle_of(b.text)
            if name:
                return name, b
    return None


def name_beside_its_date(blocks: list[Block], head: int) -> tuple[str, Block] | None:
    """A line holding only a name or a handle, set beside the date or credit line under the headline at
    ``head``: the info row of a story or a post, kept one cell a line (a scraper's text of the page, or
    cells the page sets as blocks of their own).

    Examples: a 中国新闻网 story's ``2023-06-15 08:10`` / ``来源：中国新闻网`` / ``王帆`` / ``字号减小``; a
    豆瓣 note's ``两万字长文 | 月亮的100个故事`` / ``私~川流`` / ``2017-09-30 21:38:07``.

    >>> rows = [Block(0, "月亮的100个故事"), Block(1, "私~川流"), Block(2, "2017-09-30 21:38:07")]
    >>> name_beside_its_date(rows, 0)[0]
    '私~川流'
    >>> name_beside_its_date([rows[0], Block(1, "Facebook"), rows[2]], 0) is None   # a share button
    True
    >>> name_beside_its_date([rows[0], rows[1], Block(2, "阅读全文")], 0) is None     # no date beside it
    True
    >>> name_beside_its_date([rows[0], Block(1, "早上好~"), rows[2]], 0) is None      # a greeting
    True
    >>> name_beside_its_date([rows[0], Block(1, "管不饿关注"), Block(2, "2024-05-08 23:23来自甘肃")], 0)[0]
    '管不饿'
    >>> name_beside_its_date([rows[0], rows[2], Block(2, "好习惯APP设计总结", heading=3)], 0) is None   # a section
    True
    >>> name_beside_its_date([rows[0], Block(1, "郑智浩"), Block(2, "发布/"), Block(3, "2025年11月22日 13:00")], 0)[0]
    '郑智浩'
    >>> banner = [Block(i, t, tag="line") for i, t in enumerate(["桃花依旧笑 - Kovacs", "关灯", "Kovacs",
    ...           "2015年12月28日 下午", "280 字", "桃花依旧笑"])]
    >>> name_beside_its_date(banner, 5)[0]
    'Kovacs'

    """
    if head < 0:
        return None
    end = min(len(blocks), head + 1 + NAME_DATE_REACH)
    # a text page's banner may set the name and the date over the headline (Hexo Fluid: Kovacs / 2015年12月28日 下午
    # / 280 字 / 3 分钟 / 桃花依旧笑): those lines are read too, nearest the headline first, for the name the title
    # line names the site after (桃花依旧笑 - Kovacs)
    above = range(head - 1, max(head - 1 - NAME_DATE_REACH, 0), -1) if blocks and blocks[0].tag == "line" else ()
    site_names = _title_line_names(blocks[TITLE_LINE].text) if above else set()   # (read once)
    below = []
    for i in range(head + 1, end):
        text = blocks[i].text.strip()
        if len(text) >= POST_TEXT and _SENTENCE.search(text):
            break   # the text has begun
        below.append(i)
    for i in [*below, *above]:
        b = blocks[i]
        text = b.text.strip()
        if i < head and len(text) >= POST_TEXT and _SENTENCE.search(text):
            break
        if i < head and text.casefold() not in site_names:
            continue   # over the headline only the name the title line gives the site after (a list's entries
            # stand there too, each over its date)
        joined = name_in_date_row(text)
        if joined and not b.links:
            return joined, b   # the row's cells joined by a space: 洪毅 2023年08月31日 21:00:00 (in a VSB
            # template's <h4> too: a name and a date make no section's heading)
        text = _FOLLOW_TAIL.sub("", text)   # (管不饿关注: the handle and its follow button)
        # (a heading under the date opens a section: <h3>好习惯APP设计总结</h3> after 2015-12-08 / 1 min read)
        if b.links or b.heading or (handle_of(text) != text and not bilingual_name(text)) or not (
                _lone_name(text) or text.casefold() in site_names):
            continue   # (one Latin word is a control's label, unless the title line names the site after it: Kovacs)
        beside = [blocks[k].text for k in (i - 1, i + 1)
                  if (head < k if i > head else k != head) and 0 <= k < len(blocks)]
        if i + 2 < len(blocks) and _DATE_LABEL_LINE.fullmatch(blocks[i + 1].text.strip()):
            beside.append(blocks[i + 1].text + " " + blocks[i + 2].text)   # 郑智浩 / 发布/ / 2025年11月22日 13:00
        if any(_credits_a_writer(t) for t in beside):
            return None   # the row names its writer with a label (作者：烽火戏诸侯): the lone name is something else
        if any(_credit_or_date_line(t) for t in beside):
            return text, b
    return None


# A date's label kept on a line of its own between the name and the date (联合早报's 发布/, 发表于).
_DATE_LABEL_LINE = re.compile(r"[\u3400-\u9fff]{1,4}\s?[/／:：]?")


def outlet_beside_its_date(blocks: list[Block], head: int) -> tuple[str, Block] | None:
    """A line holding only an outlet's name, set beside the date line right under the headline at ``head``:
    the info row's source cell, kept one cell a line (``2024年05月10日 00:26`` / ``每日经济新闻`` / ``举报``).

    >>> rows = [Block(0, "城市有轨电车之困"), Block(1, "2024年05月10日 00:26"), Block(2, "每日经济新闻")]
    >>> outlet_beside_its_date(rows, 0)[0]
    '每日经济新闻'
    >>> outlet_beside_its_date([rows[0], Block(1, "每日经济新闻"), Block(2, "阅读全文")], 0) is None
    True
    """
    if head < 0:
        return None
    for i in range(head + 1, min(len(blocks), head + 1 + NAME_DATE_REACH)):
        b = blocks[i]
        text = b.text.strip()
        if len(text) >= POST_TEXT and _SENTENCE.search(text):
            return None   # the text has begun
        # the whole cell is the name: it ends as outlets' names end (not 吉林省人民政府关于禁止在, a headline's
        # opening cut short, which holds 政府)
        if b.links or len(text) > OUTLET_CELL_MAX or not _OUTLET_CELL_END.search(text) or not looks_like_outlet(text):
            continue
        if any(_date_cell(blocks[k].text) for k in (i - 1, i + 1) if head < k < len(blocks)):
            return text, b
    return None


#: An outlet's name alone in its cell is this short (每日经济新闻, 香港電台).
OUTLET_CELL_MAX = 12
_OUTLET_CELL_END = re.compile(r"(?:[网網报報社台刊]|新闻|新聞|财经|財經|电视|電視|广播|廣播)$")


def _date_cell(text: str) -> bool:
    text = text.strip()
    return len(text) <= DATE_CELL_MAX and parse_date(text) is not None and date_line(text)


#: The info row's cells sit right under the headline: a name this many lines down at most (a date, a
#: 来源 line and a subtitle may come first).
NAME_DATE_REACH = 4
#: A date line beside the name holds the date and a few words (来自甘肃, 已于 … 修改, 发布) at most.
DATE_CELL_MAX = 40
# a follow button a scraper's text glues to the handle beside it (管不饿关注, 某某 +关注)
_FOLLOW_TAIL = re.compile(rf"(?<=\S)\s?\+?(?:{section_alternation('credit_labels.txt', 'follow buttons')})$")
_LATIN_ONLY = re.compile(r"[A-Za-z]+")


def _lone_name(text: str) -> bool:
    """A cell that can be a writer's name or handle: a name or a handle as plausible as a handle, not a share
    button (Facebook), not one bare Latin word (Link, More), which a page's controls use as often as a
    person, and not a common word dressed up (早上好~, a greeting).

    >>> _lone_name("管不饿"), _lone_name("T大"), _lone_name("5秒"), _lone_name("早上好")
    (True, False, False, False)
    >>> _lone_name("Liu, An-Chi 劉安齊"), _lone_name("NO.1"), _lone_name("No. 12")
    (True, False, False)
    >>> _lone_name("铛铛铛上课啦~"), _lone_name("私~川流")   # an exclamation's tilde; a handle's own
    (False, True)
    >>> _lone_name("06月28日")
    False
    """
    if bilingual_name(text):
        return True   # Liu, An-Chi 劉安齊: a writer signing in both scripts
    if text.endswith(_TRAILING_TILDES) and len(text.rstrip("~～")) >= 2:
        return _lone_name(text.rstrip("~～"))   # a tilde closing an exclamation (铛铛铛上课啦~), not a handle's
    if text in SHARE_WORDS or _LATIN_ONLY.fullmatch(text) or person_plausibility(text) < HANDLE \
            or not DATE_BITS.sub("", text).strip():
        return False   # (06月28日: a date's pieces, no name)
    if _QUANTITY.fullmatch(text) or _LETTER_AND_HAN.fullmatch(text) or _NUMBERING.fullmatch(text):
        return False   # a count or a time (5秒, 12月, 3楼); a control's letter and word (T大, the font size); a
        # section's number (NO.1 over the first award of a company's release, 广西交通设计集团 on 21cn-highway.com)
    return not common_word_pieces(text)   # 早上好, 高級搜索: common words side by side


_TRAILING_TILDES = ("~", "～")
_QUANTITY = re.compile(r"\d{1,6}\s?[\u3400-\u9fff]")   # (bounded: linear on a run of digits)
# A section's number: NO.1, No. 2, Part 3, #4.
_NUMBERING = re.compile(r"(?:[Nn][Oo]|NO|Part|PART|#)\.?\s?\d{1,4}")
# One Latin letter and one Han character: a page control's label (T大 / T小, the font size; A+ is no name already).
_LETTER_AND_HAN = re.compile(r"[A-Za-z][\u3400-\u9fff]|[\u3400-\u9fff][A-Za-z]")


def name_in_date_row(text: str) -> str | None:
    """The name of an info row that holds a name and the date only, its cells joined by a space where a scraper
    kept the row as one line (上報's ``洪毅 2023年08月31日 21:00:00``, 轉角國際's ``2023/08/25 徐子軒``): the name
    opens or closes the row, every other word of it is a piece of the date; None for any other line.

    >>> name_in_date_row("洪毅 2023年08月31日 21:00:00"), name_in_date_row("2023/08/25 徐子軒")
    ('洪毅', '徐子軒')
    >>> name_in_date_row("國際 2023-08-31"), name_in_date_row("新华网 2022-09-13")   # a column, an outlet
    (None, None)
    >>> name_in_date_row("洪毅 2023年08月31日 星期四"), name_in_date_row("2023-08-31")   # more than a date; no name
    (None, None)
    >>> name_in_date_row("cnBeta.COM 2017-02-24 15:25:43")   # a site's address

    """
    if len(text) > DATE_CELL_MAX or parse_date(text) is None:
        return None
    words = text.split()
    if len(words) < 2:
        return None
    names = [k for k, w in enumerate(words) if DATE_BITS.sub("", w)]
    if len(names) != 1 or names[0] not in (0, len(words) - 1):
        return None
    name = words[names[0]]
    if handle_of(name) != name or not _lone_name(name) or is_credit_word(name) or _DOMAIN.search(name):
        return None   # (cnBeta.COM 2017-02-24 15:25:43: the site's address is the row's outlet)
    return name


_DOMAIN = re.compile(r"\.[A-Za-z]{2,}")


def _credits_a_writer(text: str) -> bool:
    return len(text) <= DATE_CELL_MAX * 2 and "author" in parse_credits(text)


def _credit_or_date_line(text: str) -> bool:
    """A cell of the info row: a short date line (2017-09-30 21:38:07, 2024-05-08 23:23来自甘肃) or a
    labelled credit (来源：中国新闻网)."""
    text = text.strip()
    if len(text) > DATE_CELL_MAX:
        return False
    return parse_date(text) is not None or bool(parse_credits(text))


def answerer(blocks: list[Block], head: int) -> tuple[str, Block] | None:
    """The first answer's poster on a question page (the headline asks: it ends in ？): the first poster cell named
    as an answer's under the question's own text, within :data:`ANSWER_REACH` blocks (``甜阁下，心理咨询师`` above
    the answer).

    >>> page = [Block(0, "关系亲密的人之间要说谢谢吗？", heading=2), Block(1, "从小父母都教我们要说谢谢。"),
    ...         Block(2, "甜阁下，心理咨询师", heading=3, hints="zm-item-answer-author-info")]
    >>> answerer(page, 0)[0]
    '甜阁下'
    >>> answerer([Block(0, "市政府召开发布会", heading=1)] + page[1:], 0) is None
    True
    """
    if head < 0 or not blocks[head].text.strip().endswith(("？", "?")):
        return None
    for b in blocks[head + 1: head + 1 + ANSWER_REACH]:
        if len(b.text) <= _CELL_MAX and poster_hint(b.hints) and _ANSWER_HINT.search(b.hints):
            name = handle_of(_BIO.split(b.text.strip(), maxsplit=1)[0])
            if name:
                return name, b
    return None


# The poster cell is an answer's (zm-item-answer-author-info, best-answer … wgt-replyer-all): a self-media article
# whose headline asks a question has its account's cell, which is no answerer.
_ANSWER_HINT = re.compile(r"answer", re.I)
# A poster's name and the bio after it (甜阁下，心理咨询师).
_BIO = re.compile(r"[，,]")
#: The first answer's poster cell follows the question's text and its tools within this many blocks.
ANSWER_REACH = 40


def info_row_poster(blocks: list[Block], head: int) -> tuple[str, Block] | None:
    """The handle opening the info row under the headline at ``head``, when no cell's class names a user:
    ``zzz6519003 · 1 月前 · 最后由 Catherine 回复于 19 天前`` (a handle, a separator, the post's time).

    >>> rows = [Block(0, "Ruby：极致的脚本语言", heading=1), Block(1, "zzz6519003 · 1 月前 · 1350 次阅读")]
    >>> info_row_poster(rows, 0)[0]
    'zzz6519003'
    >>> info_row_poster([rows[0], Block(1, "来自: miss.S 2015-10-27 20:26:11")], 0)[0]
    'miss.S'
    """
    if head < 0:
        return None
    for b in blocks[head + 1: head + 1 + POSTER_REACH_AFTER]:
        if len(b.text) >= POST_TEXT and b.link_density < 0.5 and _SENTENCE.search(b.text):
            break   # the post's own text: the rows after it are the repliers'
        if len(b.text) <= _CELL_MAX * 3 and poster_row(b.text):
            labelled = _LABELLED_ROW.match(b.text.strip())
            name = handle_of(labelled.group("handle") if labelled else b.text)
            if name:
                return name, b
    return None


# An info row under a post's headline: a handle, a separator, then the post's time (relative or a date).
# A relative time may count in two units (5 小时 15 分钟前). A labelled row (来自: miss.S 2015-10-27 20:26:11)
# needs no separator between the handle and the date.
_ROW_TIME = rf"(?:(?:\d{{1,3}}\s?(?:{_TIME_UNITS})\s?){{1,2}}前|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}})"
_ROW_LABEL = rf"(?:{section_alternation(_POSTS, 'poster labels')})\s?[:：]\s?"
_LABELLED_ROW = re.compile(rf"{_ROW_LABEL}(?P<handle>[^\s·•|｜:：]{{2,20}})\s+{_ROW_TIME}")
_POSTER_ROW = re.compile(rf"[^\s·•|｜]{{2,20}}\s?[·•|｜]\s?{_ROW_TIME}|{_LABELLED_ROW.pattern}")


def poster_row(text: str) -> bool:
    """An info row that opens with a handle and its post's time, whatever the cell's class says.

    >>> poster_row("zzz6519003 · 1 月前 · 最后由 Catherine 回复于 19 天前 · 1350 次阅读"), poster_row("首页 · 社区")
    (True, False)
    >>> poster_row("alphadog619 · 5 小时 15 分钟前 · 2989 次点击"), poster_row("来自: miss.S 2015-10-27 20:26:11")
    (True, True)
    """
    return _POSTER_ROW.match(text.strip()) is not None


# A post's time line: a posting verb beside the date (发表于 2024-4-5 23:20:45, 于 2024-03-14 14:52:42 首次发布,
# posted @ 2024-05-09 14:45). An edit time (编辑于 2023-03-01 15:45) is taken only when no posting time is shown.
# The look-ahead names every character a match opens with (the posting words', 于/於, 第 or the floor's 1): the
# pattern ignores case, which costs sre its own first-character skip (0.24 -> 0.08 ms per corpus page).
_POSTED = re.compile(rf"(?=[{re.escape(opening_characters(read_vocabulary(_POSTS, 'posted')))}于於第1１])"
                     rf"(?:{section_alternation(_POSTS, 'posted')}"
                     rf"|[于於]\s?\d{{4}}\s?[-/.年].{{0,24}}?(?:{section_alternation(_POSTS, 'post verbs')})"
                     # the first floor's footer: 1楼 2021-11-27
                     r"|(?<![\d#])(?:第\s?)?[1１]\s?楼(?=[\s|｜]*\d{4}))", re.I)
_EDITED = re.compile(section_alternation(_POSTS, "edited"))
TIME_LINE_MAX = 120


def post_time(blocks: list[Block], head: int) -> tuple[tuple, Block, str] | None:
    """The time a post or thread was published: the first line near the headline at ``head`` with a posting
    verb and a date (``posted_time``), else one with an edit verb (``edited_time``). Lines are read whatever
    their label: a post's footer is often in a box already labelled a comment.

    >>> b = [Block(0, "显卡驱动装不上怎么办", heading=1),
    ...      Block(1, "发表于 2024-4-5 23:20:45 | 只看该作者 来自 - 贵州遵义")]
    >>> found = post_time(b, 0)
    >>> found[0][0].isoformat(), found[2]
    ('2024-04-05T23:20:45+08:00', 'posted_time')
    """
    if head < 0:
        return None
    before = blocks[max(0, head - POSTER_REACH_BEFORE): head]
    window = blocks[head + 1: head + 1 + POSTER_REACH_AFTER] + list(reversed(before))
    # a blog's post closes with its time line (posted @ 2024-05-09 14:45 好看的hk 阅读(430)): past the
    # window, the first posting line under the headline is the post's own footer, before any reply's
    farther = blocks[head + 1 + POSTER_REACH_AFTER:]
    for pattern, rule, lines in ((_POSTED, "posted_time", window), (_EDITED, "edited_time", window),
                                 (_POSTED, "post_footer_time", farther)):
        for b in lines:
            if len(b.text) <= TIME_LINE_MAX and pattern.search(b.text) and (
                    lines is not farther or time_line_poster(b.text)):   # a footer names its poster
                found = parse_date(b.text)
                if found:
                    return found, b, rule
    return None


_DATE_TIME = re.compile(r"\d{4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}日?(?:\s?\d{1,2}:\d{2}(?::\d{2})?)?")


_LABEL_COLON = re.compile(r"[:：]")
_TIME_LABEL = re.compile(section_alternation(_POSTS, "time labels"))
# A run of this many common words is a heading (最新推荐文章), not a user's name.
PHRASE_WORDS = 3


def _phrase_of_words(handle: str) -> bool:
    """A Han handle that splits into :data:`PHRASE_WORDS` or more common two-character words.

    >>> _phrase_of_words("最新推荐文章"), _phrase_of_words("头条新闻"), _phrase_of_words("软唐知产小傅")
    (True, False, False)
    >>> _phrase_of_words("最新推薦文章")   # a mirror's Traditional, read in Simplified
    True
    """
    handle = to_simplified(handle)
    counts = word_counts()
    pieces = [handle[i:i + 2] for i in range(0, len(handle) - 1, 2)]
    return (len(handle) % 2 == 0 and len(pieces) >= PHRASE_WORDS
            and all(counts.get(p, 0) >= COMMON_WORD_COUNT for p in pieces))


#: A post's info row is short: the posting time and a few facts (its category, its length, its reading time).
INFO_ROW_MAX = 80
_OPENING_POSTED = re.compile(rf"\s{{0,2}}(?:{section_alternation(_POSTS, 'posted')})\s?[:：]?\s?\d{{4}}\s?[-/.年]",
                             re.I)
_CLAUSE_MARK = re.compile(r"[，。！？；]")


def posted_info_row(text: str) -> bool:
    """A post's info row that opens with its posting time: a blog theme's ``发表于 2021-11-17 更新于 2022-05-14
    分类于 随笔 本文字数： 58 阅读时长 ≈ 1 分钟`` (Hexo NexT), more words around the date than a date line holds.

    >>> posted_info_row("发表于 2021-11-17 更新于 2022-05-14 分类于 随笔 本文字数： 58 阅读时长 ≈ 1 分钟")
    True
    >>> posted_info_row("发表于2021年11月17日，我们在会上讨论了新的方案。"), posted_info_row("更新于 2022-05-14")
    (False, False)
    """
    return len(text) <= INFO_ROW_MAX and _OPENING_POSTED.match(text) is not None and not _CLAUSE_MARK.search(text)


def date_opened_row(text: str) -> bool:
    """An info row that opens with the page's full date and sets one short name after it, no label (a TRS school
    site's ``2020-11-16 蒲城县北关小学-蒲城县桥山中学`` under its ``<h4>`` headline, the site's name in the source's
    place): the line right under a headline dates the page although its words outnumber a date line's.

    >>> date_opened_row("2020-11-16 蒲城县北关小学-蒲城县桥山中学"), date_opened_row("2020年11月16日 10:05 某某中学")
    (True, True)
    >>> date_opened_row("2020-11-16，我校举行了STEAM课程展示活动"), date_opened_row("蒲城县北关小学 2020-11-16")
    (False, False)
    """
    m = _OPENING_FULL_DATE.match(text)
    if m is None:
        return False
    rest = text[m.end():].strip()
    return 0 < len(rest) <= DATE_ROW_NAME_MAX and " " not in rest and not _CLAUSE_MARK.search(rest)


#: The name a date-opened row sets after its date is one short word (a site's, a school's name).
DATE_ROW_NAME_MAX = 30
_OPENING_FULL_DATE = re.compile(r"\s{0,2}\d{4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}日?"
                                r"(?:\s{1,3}\d{1,2}:\d{2}(?::\d{2})?)?\s")


def time_line_poster(text: str) -> str | None:
    """The handle a post's time line names beside its date: before the posting verb (``小林 发表于 2024-4-5``)
    or right after the date (``posted @ 2024-05-09 14:45 好看的hk 阅读(430) 评论(2)``).

    >>> time_line_poster("posted @ 2024-05-09 14:45 好看的hk 阅读(430) 评论(2) 编辑 收藏 举报")
    '好看的hk'
    >>> time_line_poster("小林 发表于 2024-4-5 23:20:45"), time_line_poster("发表于 2024-5-18 19:27:00 | 只看该作者")
    ('小林', None)
    >>> time_line_poster("发表人邮件：sky@163.com	发表时间：2004-12-11 9:51:00") is None
    True
    >>> (time_line_poster("最新推荐文章于 2023-09-04 17:53:10 发布"),
    ...  time_line_poster("王小明 于 2023-09-04 17:53:10 发布"))
    (None, '王小明')
    >>> time_line_poster("Jeremy Tsheng 于 2023-03-12 13:08:03 发布")
    'Jeremy Tsheng'
    >>> time_line_poster("Huei-Horng Yo 發表於 Sun, 22 Sep 2013 21:14:00 +0800")
    'Huei-Horng Yo'
    >>> time_line_poster("文章最后发布于: 2019-10-10 10:00:51") is None
    True
    >>> time_line_poster("它的最后一个版本发布于2002年10月。可能是因为功能很简单") is None   # a sentence
    True
    >>> time_line_poster("Posted on 2018-12-02 In Speech Disqus:") is None   # the category after the date
    True
    """
    verb = _POSTED.search(text)
    if verb is None or text[verb.end():].lstrip().startswith((":", "：")) or "。" in text:
        # (a sentence is no time line: 它的最后一个版本发布于2002年10月。可能是因为…)
        return None   # 文章最后发布于: 2019-10-10 10:00:51 — the verb is a label's, and no poster stands before it
    before = text[:verb.start()].strip()
    if before:   # a label row (发表人邮件：… 发表时间：…, 网易娱乐 明星话题 发布时间 …) names no poster
        if _LABEL_COLON.search(before) or _TIME_LABEL.search(verb.group()):
            return None
        # the last word before the verb, or a whole Latin name (Jeremy Tsheng 于 2023-03-12 13:08:03 发布)
        name = handle_of(before if latin_full_name(before) else before.split()[-1])
        return None if name is None or _phrase_of_words(name) else name
    when = _DATE_TIME.search(text, verb.end())
    if when is None:
        return None
    after = text[when.end():].strip()
    if not after or after.split()[0].lower() in _CATEGORY_OPENERS:
        return None   # Posted on 2018-12-02 In Speech: the post's category follows, no poster
    return handle_of(after.split()[0])


_CATEGORY_OPENERS = frozenset(read_terms(_POSTS, "category openers"))


# "X 的个人博客" / "X的专栏" in the row under a post's headline: X owns the blog the post is on.
_OWNER = re.compile(rf"([^\s/|｜·]{{2,20}})\s?的(?:{section_alternation(_POSTS, 'owner words')})?"
                    rf"(?:{section_alternation(_POSTS, 'owned pages')})(?=$|[\s/|｜·])")
_PRONOUN_END = re.compile(f"[{''.join(map(re.escape, read_vocabulary(_POSTS, 'pronoun endings')))}]$")
#: The owner row sits right under the headline.
OWNER_REACH = 3


def blog_owner(blocks: list[Block], head: int) -> tuple[str, Block] | None:
    """The owner a post's info row names (``my38778570 的个人博客 / 187 / 11 / 创建于 1周前``), or None.

    >>> b = [Block(0, "window系统设置代理", heading=1), Block(1, "my38778570 的个人博客 / 187 / 11 / 创建于 1周前")]
    >>> blog_owner(b, 0)[0]
    'my38778570'
    >>> blog_owner([Block(0, "标题", heading=1), Block(1, "欢迎来到我的个人博客")], 0) is None
    True
    """
    if head < 0:
        return None
    for b in rows_past_counters(blocks, head, OWNER_REACH):
        if len(b.text) > _CELL_MAX * 3:
            continue
        m = _OWNER.match(b.text.strip())
        name = handle_of(m.group(1)) if m else None
        if name and not _PRONOUN_END.search(name):   # 欢迎来到我的个人博客 names nobody
            return name, b
    return None


# The site's name as its <title> closes: the owner's name, then what the site is to him (xiaobinqt 博客,
# 某某的个人博客, Kovacs's Blog).
_SITE_OF = re.compile(rf"\s?(?:的|'s\s)?(?:{section_alternation(_POSTS, 'owner words')})?"
                      rf"(?:{section_alternation(_POSTS, 'owned pages')}|[Bb]log)$")
#: The owner's row is by the headline: the rows right above it (a theme's banner) or right under it.
SITE_OWNER_REACH = 3


def site_owner(title: str, blocks: list[Block], head: int) -> tuple[str, Block] | None:
    """The blog's owner, when the page's ``<title>`` names the site after a person's handle and a row by the
    headline opens with that same handle: two places agree (the row alone may be a category, the title alone a
    brand). VuePress reco's ``消极 | yyshino`` over the row ``yyshino 9/13/2022 日常``; Hexo Fluid's ``… - Kovacs``
    with its banner ``Kovacs 2021年6月4日 晚上``; LoveIt's ``… - xiaobinqt 博客 - 技术改变生活`` with ``xiaobinqt 收录于
    类别 开发者手册``.

    >>> rows = [Block(0, "消极", heading=1), Block(1, "yyshino 9/13/2022 日常")]
    >>> site_owner("消极 | yyshino", rows, 0)[0]
    'yyshino'
    >>> site_owner("消极 | 新华网", [Block(0, "消极", heading=1), Block(1, "新华网 2022-09-13")], 0) is None
    True
    >>> site_owner("消极 | yyshino", [Block(0, "消极", heading=1), Block(1, "日常 9/13/2022")], 0) is None
    True
    >>> site_owner("第四章_主神崛起_笔趣阁", [Block(0, "笔趣阁 > 网游小说 > 主神崛起"), Block(1, "第四章")], 1)

    """
    if head < 0 or not title:
        return None
    pieces = [p.strip() for p in _TITLE_PIECE_SEP.split(title.strip()) if p.strip()]
    names = {_SITE_OF.sub("", piece).strip() for piece in pieces[1:]}
    names = {n for n in names if n and handle_of(n) == n and not looks_like_outlet(n) and not is_credit_word(n)}
    if not names:
        return None
    for b in blocks[max(0, head - SITE_OWNER_REACH):head + 1 + SITE_OWNER_REACH]:
        text = b.text.strip()
        if b.index == blocks[head].index or len(text) > SITE_OWNER_ROW_MAX:
            continue
        first = _ROW_OPENING.match(text)   # the name opens a row, then a date or words: not a lone logo
        if first and first.group(1) in names and not _TRAIL_MARKS.search(text):
            return first.group(1), b   # (笔趣阁 > 网游小说 > …, V2EX › 分享发现: a breadcrumb opens with the site)
    return None


#: The owner's row is short: the name, a date, a category.
SITE_OWNER_ROW_MAX = 60
_ROW_OPENING = re.compile(r"([^\s|｜·,，/]{2,30})[\s|｜·,，/]+\S")
_TRAIL_MARKS = re.compile(r"[>›»＞]")


def rows_past_counters(blocks: list[Block], head: int, reach: int) -> list[Block]:
    """The first ``reach`` blocks under the headline at ``head``, a text page's bare counters not counted: a
    scraper keeps a toolbar's counts one a line (``window系统设置代理`` / ``1`` / ``1`` / ``11`` / ``my38778570 的个人
    博客``), where the HTML page shows them as one row of icons beside the headline.

    >>> rows = [Block(0, "window系统设置代理"), Block(1, "1"), Block(2, "1"), Block(3, "11"),
    ...         Block(4, "某某 的个人博客")]
    >>> [b.text for b in rows_past_counters(rows, 0, 1)]
    ['1', '1', '11', '某某 的个人博客']
    """
    out: list[Block] = []
    for b in blocks[head + 1:]:
        out.append(b)
        if not (b.tag == "line" and b.text.strip().isdigit()):
            reach -= 1
        if reach <= 0:
            break
    return out


# The separators between a text page's title line's pieces (headline, owner, platform); a hyphen inside a
# name (emqx windows-CSDN博客) is none.
_TITLE_PIECE_SEP = re.compile(r"\s?[_|｜]\s?|\s[-·]\s")
# The platform's name that closes a blog post's title line (…_谢莱纳_新浪博客, … - 好看的hk - 博客园).
_BLOG_PLATFORM = re.compile(rf"(?:{section_alternation(_POSTS, 'blog platform endings')})$")
#: The title line is the first of a text page's lines; the owner's own line (the blog's banner, its profile
#: box) may come anywhere on the page.
TITLE_LINE = 0


def title_line_owner(blocks: list[Block], head: int) -> tuple[str, Block] | None:
    """The blog's owner a text page's title line names, or None: a piece after the headline that says whose
    blog it is (``… - 编程随想的博客``), or the piece right before the platform's name that closes the line
    (``对于Docker的一点使用经验 - 好看的hk - 博客园``) when a line of the page reads that name alone or as its
    blog (``好看的hk``, ``谢莱纳的博客``): a scraper that keeps text keeps no banner heading to read it from.
    Text lines only (an HTML page's ``<title>`` is read from its head).

    >>> lines = [Block(0, "一次搬家的经验 - 慢慢走的hk - 博客园"), Block(1, "慢慢走的hk"), Block(2, "一次搬家的经验")]
    >>> title_line_owner(lines, 2)[0]
    '慢慢走的hk'
    >>> title_line_owner([Block(0, "论双重标准 - 某某随想的博客"), Block(1, "论双重标准")], 1)[0]
    '某某随想'
    >>> title_line_owner([Block(0, "一次搬家的经验 - 新华网 - 博客园"), Block(1, "一次搬家的经验")], 1) is None
    True
    """
    if not blocks or blocks[TITLE_LINE].tag != "line" or head <= TITLE_LINE:
        return None
    top = blocks[TITLE_LINE]
    pieces = [p.strip() for p in _TITLE_PIECE_SEP.split(top.text.strip()) if p.strip()]
    for piece in pieces[1:]:
        m = _OWNER.fullmatch(piece)
        name = handle_of(m.group(1)) if m else None
        if name and not _PRONOUN_END.search(name) and not looks_like_outlet(name):
            return name, top
    if len(pieces) < 3 or not _BLOG_PLATFORM.search(pieces[-1]):
        return None
    name = handle_of(pieces[-2])
    if not name or name != pieces[-2] or looks_like_outlet(name):
        return None
    for b in blocks[TITLE_LINE + 1:]:
        line = b.text.strip()
        m = _OWNER.fullmatch(line)
        if line == name or (m is not None and m.group(1) == name):
            return name, top
    return None


# A blog engine's footer set on lines of their own in a scraper's text: [Posted by] / NAME / at / TIME.
_AT_LINE = re.compile(r"at", re.I)
_AT_OPENING = re.compile(r"at\s", re.I)
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
#: The footer's name is a handle or a person's name of a line, not a sentence.
FOOTER_NAME_MAX = 30


def posted_at_footer(blocks: list[Block], head: int) -> tuple[str, Block] | None:
    """The writer a blog post's footer names when a text page keeps it on lines of their own: a name, then a line
    ``at`` alone, then the time (``Posted by`` / ``K A`` / ``at`` / ``12:11 PM``, or ``fafnar123`` / ``at`` /
    ``無名小站 at 11:59 PM post |``), the first such after the headline at ``head``; else None. In HTML the ``at``
    opens the time's own element, right after the name's.

    >>> lines = [Block(0, "歌詞"), Block(1, "愛 逝去的愛"), Block(2, "Posted by"), Block(3, "K A"), Block(4, "at"),
    ...          Block(5, "12:11 PM")]
    >>> posted_at_footer(lines, 0)[0]
    'K A'
    >>> posted_at_footer(lines[:5] + [Block(5, "home")], 0) is None
    True
    >>> html = [Block(0, "愛 逝去的愛", tag="h2"), Block(1, "fafnar123", tag="div"),
    ...         Block(2, "at 無名小站 at 11:59 PM post | Reply(0)", tag="p"), Block(3, "Post A Comment", tag="p")]
    >>> posted_at_footer(html, 0)[0]
    'fafnar123'
    """
    for i in range(max(head, 0) + 1, len(blocks) - 1):
        b, after = blocks[i], blocks[i + 1].text.strip()
        if b.tag == "line":
            if i + 2 >= len(blocks) or not _AT_LINE.fullmatch(after) or not _CLOCK.search(blocks[i + 2].text):
                continue
        elif not (_AT_OPENING.match(after) and _CLOCK.search(after)):
            continue   # in HTML the at opens the time's own element: fafnar123 | at 無名小站 at 11:59 PM post
        text = b.text.strip()
        if 0 < len(text) <= FOOTER_NAME_MAX and not _CLOCK.search(text) and not looks_like_outlet(text):
            return text, b
    return None


# A personal blog's copyright notice: its mark (©, Copyright), the years, an optional "By", the holder and the
# closing formula (Copyrights © 2025 Theo Chen. All Rights Reserved.; ©2020 - 2022 By Moyu).
_COPYRIGHT_MARK = re.compile(rf"(?:{section_alternation(_POSTS, 'copyright marks')})", re.I)
_NOTICE_YEARS = re.compile(r"(?:\d{4}\s?(?:[-–~]\s?\d{4}\s?)?)+")
_NOTICE_BY = re.compile(r"by\s", re.I)
_RIGHTS_RESERVED = re.compile(rf"[.,，。]?\s?(?:{section_alternation(_POSTS, 'rights reserved')})[.。]?$", re.I)
#: A footer's copyright notice is a short line (the mark, the years and a name); a longer one is a site's notice
#: (1995 - 2014 China Times Inc. 請尊重智慧財產權勿任意轉載違者依法必究。).
COPYRIGHT_LINE_MAX = 60
#: A text page may keep the notice's parts on lines of their own: the mark, the years, the holder (© / 2021 /
#: Elmo Hsiao).
COPYRIGHT_LINES = 3


def _copyright_holder(lines: list[str]) -> str:
    """The holder a copyright notice names, read from its first line and, where that holds the mark and the years
    only, the lines after it; "" when it names none.

    >>> _copyright_holder(["Copyrights © 2025 Theo Chen. All Rights Reserved."]), _copyright_holder(["©", "2021",
    ...                                                                                                "Elmo Hsiao"])
    ('Theo Chen', 'Elmo Hsiao')
    """
    rest = ""
    for k, line in enumerate(lines[:COPYRIGHT_LINES]):
        rest = line.strip()
        if k == 0:
            m = _COPYRIGHT_MARK.match(rest)
            if m is None:
                return ""
            while m is not None:   # (Copyrights ©: the word and the mark)
                rest = rest[m.end():].strip()
                m = _COPYRIGHT_MARK.match(rest)
        years = _NOTICE_YEARS.match(rest)
        rest = rest[years.end():].strip() if years else rest
        by = _NOTICE_BY.match(rest)
        rest = _RIGHTS_RESERVED.sub("", rest[by.end():] if by else rest).strip()
        if rest:
            return rest
    return ""


def copyright_owner(blocks: list[Block], head: int) -> tuple[str, Block] | None:
    """The writer of a personal blog a text page's footer names as its copyright holder, or None: a person's name
    (a Latin full name, or a Han name that is surely one) that the page also shows on a line of its own, in the
    side bar's profile box (``Copyrights © 2025 Theo Chen. All Rights Reserved.`` under the post, ``Theo Chen``
    over ``Penetration Testing / Malware Analysis``). A scraper that keeps text keeps no ``<meta name="author">``,
    which the HTML page reads the same name from. Text lines only; a company's or a site's notice (Copyright ©
    2006 - 2020 某某大学后勤集团, © Baidu) names no person.

    >>> lines = [Block(0, "網站架設的心路歷程 - <Theo/>"), Block(1, "Theo Chen"), Block(2, "網站架設的心路歷程"),
    ...          Block(3, "Copyrights © 2025 Theo Chen. All Rights Reserved.")]
    >>> copyright_owner(lines, 2)[0]
    'Theo Chen'
    >>> copyright_owner(lines[:1] + lines[2:], 1) is None   # the name nowhere else on the page
    True

    A handle that is no person's name counts when the title line names the site after it too (Hexo NexT's
    ``1.8m处的生活 | Cpiz's blog`` over the footer's ``©`` / ``2019`` / ``Cpiz``; a company's ``© 2020 Baidu`` under
    ``百度一下 | 百度`` names no site after it):

    >>> blog = [Block(0, "1.8m处的生活 | Cpiz's blog"), Block(1, "1.8m处的生活"), Block(2, "© 2019"), Block(3, "Cpiz")]
    >>> copyright_owner(blog, 1)[0]
    'Cpiz'
    >>> copyright_owner([Block(0, "1.8m处的生活")] + blog[1:], 1) is None
    True
    """
    if not blocks or blocks[0].tag != "line":
        return None
    for i in range(len(blocks) - 1, max(head, 0), -1):
        b = blocks[i]
        if len(b.text) > COPYRIGHT_LINE_MAX or not _COPYRIGHT_MARK.match(b.text.strip()):
            continue
        holder = _copyright_holder([x.text for x in blocks[i: i + COPYRIGHT_LINES]])
        owner = _SITE_OF.sub("", holder).strip()   # (Copyright 111QQZ的小窝: the site named after him)
        if owner and owner.casefold() in _title_line_names(blocks[TITLE_LINE].text) and \
                handle_of(owner) == owner and not looks_like_outlet(owner):
            return owner, b   # the title line names the site after him as well: two places agree
        if not (latin_full_name(holder) or person_plausibility(holder) >= 1.0) or looks_like_outlet(holder):
            continue
        notice = range(i, i + COPYRIGHT_LINES)
        if any(x.text.strip() == holder for k, x in enumerate(blocks) if k not in notice):
            return holder, b
    return None


_PROFILE_COUNTS = frozenset(w.casefold() for w in read_vocabulary(_POSTS, "profile counts"))
_COUNTED = re.compile(r"\d{1,6}\s?(?P<after>[^\s\d]{1,12})|(?P<before>[^\s\d]{1,12})\s?\d{1,6}")
_BARE_COUNT = re.compile(r"\d{1,6}")
#: A profile card counts at least two things (posts and categories, posts and tags).
PROFILE_COUNTS_MIN = 2
#: The counts of one card follow each other closely (a number and its word on a line each).
PROFILE_COUNT_GAP = 2
#: The owner's name stands right over the first count, or over one line of the blog's motto.
PROFILE_NAME_REACH = 2
#: The card names the writer of a post: a page whose headline has its dated line this close under it (``回归`` /
#: ``发表于`` / ``2021-11-17``), not a blog's list of posts or tags.
PROFILE_POST_DATE_REACH = 4
_FULL_YEAR = re.compile(r"(?:19|20)\d\d")


def _profile_count(lines: list[str], k: int) -> tuple[str, int] | None:
    """The thing line ``k`` counts and the line its number stands on, or None: ``19 posts``, ``文章 19``, or a
    count word whose line before is its bare number (``55`` / ``日志``)."""
    text = lines[k].strip()
    if text.casefold() in _PROFILE_COUNTS:
        if k > 0 and _BARE_COUNT.fullmatch(lines[k - 1].strip()):
            return text.casefold(), k - 1
        if k + 1 < len(lines) and _BARE_COUNT.fullmatch(lines[k + 1].strip()):
            return text.casefold(), k
        return None
    m = _COUNTED.fullmatch(text)
    word = (m.group("after") or m.group("before")).casefold() if m else ""
    return (word, k) if word in _PROFILE_COUNTS else None


def profile_card_owner(blocks: list[Block], head: int) -> tuple[str, Block] | None:
    """The owner a personal blog's profile card names on a text page, or None: the one name over the card's
    counts of posts, categories and tags (Hexo NexT's side bar, kept as text: ``AmorFati`` / ``55`` / ``日志`` /
    ``9`` / ``分类``; ``benben`` / its motto / ``19`` / ``posts`` / ``5`` / ``categories``). The HTML page marks
    the name with its class (``site-author-name``, :func:`classed_author`); a scraper's text keeps only the card's
    shape. A page with two such cards (a list of users) names nobody.

    >>> lines = [Block(i, t, tag="line") for i, t in enumerate(["回归 | AmorFati", "首页", "AmorFati", "55", "日志",
    ...                                                          "9", "分类", "回归", "发表于", "2021-11-17"])]
    >>> profile_card_owner(lines, 7)[0]
    'AmorFati'
    >>> lines = [Block(i, t, tag="line") for i, t in enumerate(["什么是失眠？ | RSS2EBOOK", "2023-03-27", "benben",
    ...          "免费RSS源生成带图电子书或者杂志，并使用邮箱推送到电子设备", "19", "posts", "5", "categories"])]
    >>> profile_card_owner(lines, 0)[0]
    'benben'
    >>> profile_card_owner(lines[:6], 0) is None   # one count: a line that happens to hold a number and a word
    True
    >>> tag = [Block(i, t, tag="line") for i, t in enumerate(["标签: Anyplayer | Cpiz's blog", "Anyplayer 1.0.5",
    ...        "12-14", "AnyPlayer - 为WordPress嵌入各种类型播放器", "01-19", "Cpiz", "170", "日志", "10", "分类"])]
    >>> profile_card_owner(tag, 1) is None   # a tag's list of posts
    True
    """
    after = blocks[head + 1: head + 1 + PROFILE_POST_DATE_REACH]
    if not blocks or blocks[0].tag != "line" or not any(_FULL_YEAR.search(b.text) and parse_date(b.text)
                                                         for b in after):
        return None
    lines = [b.text for b in blocks]
    cards: list[tuple[int, set[str]]] = []   # (the line of the first number, the things counted)
    last = -PROFILE_COUNT_GAP - 1
    for k in range(len(lines)):
        found = _profile_count(lines, k)
        if found is None:
            continue
        word, at = found
        if cards and at - last <= PROFILE_COUNT_GAP:
            cards[-1][1].add(word)
        else:
            cards.append((at, {word}))
        last = k
    cards = [card for card in cards if len(card[1]) >= PROFILE_COUNTS_MIN]
    if len(cards) != 1:
        return None
    start = cards[0][0]
    for k in range(start - 1, max(start - 1 - PROFILE_NAME_REACH, 0), -1):
        text = blocks[k].text.strip()
        name = handle_of(text)
        if name == text and not looks_like_outlet(name) and name.casefold() not in _PROFILE_COUNTS:
            return name, blocks[k]
    return None


def _title_line_names(line: str) -> set[str]:
    """The names a text page's title line gives its site after the headline, folded (``以父之名 | go3k``,
    ``1.8m处的生活 | Cpiz's blog``: go3k, cpiz).

    >>> sorted(_title_line_names("1.8m处的生活 | Cpiz's blog")), sorted(_title_line_names("以父之名"))
    (['cpiz'], [])
    """
    pieces = [p.strip() for p in _TITLE_PIECE_SEP.split(line.strip()) if p.strip()]
    return {_SITE_OF.sub("", piece).strip().casefold() for piece in pieces[1:]} - {""}


def banner_owner(blocks: list[Block], head: int) -> tuple[str, Block] | None:
    """The owner a blog's banner names above the post's headline (``<h1>谢莱纳的博客</h1>``), or None: a heading
    that is only a name and its page word, as blog platforms title every page of one owner's blog.

    >>> b = [Block(0, "谢莱纳的博客", heading=1), Block(1, "《我牛逼的2011年大总结套餐》", heading=2)]
    >>> banner_owner(b, 1)[0]
    '谢莱纳'
    >>> banner_owner([Block(0, "我的博客", heading=1), Block(1, "标题", heading=2)], 1) is None
    True
    >>> banner_owner([Block(0, "谢莱纳的博客 · 首页 · 相册", heading=1), Block(1, "标题", heading=2)], 1) is None
    True
    """
    for b in blocks[max(0, head - BANNER_REACH):max(0, head)]:
        text = b.text.strip()
        if not b.heading or len(text) > _CELL_MAX:
            continue
        m = _OWNER.fullmatch(text)
        name = handle_of(m.group(1)) if m else None
        if name and not _PRONOUN_END.search(name):
            return name, b
    return None


def account_row_writer(blocks: list[Block], head: int) -> tuple[str, Block] | None:
    """The writer a self-media post's row names between its date and its account, the account shown twice (its
    link and its name): ``原创 2018-04-07 闲云野鹤 闲云野鹤古刹 闲云野鹤古刹`` under the headline, or None.

    >>> rows = [Block(0, "关于音乐", heading=2), Block(1, "原创 2018-04-07 闲云野鹤 闲云野鹤古刹 闲云野鹤古刹")]
    >>> account_row_writer(rows, 0)[0]
    '闲云野鹤'
    >>> account_row_writer([rows[0], Block(1, "2018-03-19 读武汉关注☞ 长江日报 长江日报")], 0) is None
    True
    """
    if head < 0:
        return None
    for b in blocks[head + 1: head + 1 + ACCOUNT_ROW_REACH]:
        m = _ACCOUNT_ROW.fullmatch(b.text.strip())
        if m and m.group("name") != m.group("account") and parse_date(m.group("date")):
            name = handle_of(m.group("name"))
            if name == m.group("name"):
                return name, b
    return None


# [原创] date, writer, account, account again.
_ACCOUNT_ROW = re.compile(r"(?:原创\s{1,3})?(?P<date>\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s{1,3}(?P<name>\S{2,20})"
                          r"\s{1,3}(?P<account>\S{2,30})\s{1,3}(?P=account)")
#: The account row is the first line or two under the headline.
ACCOUNT_ROW_REACH = 2


#: The blog's banner sits within this many blocks above the post's headline (menus and counters between).
BANNER_REACH = 40


# A time shown relative to the reader (1 月前, 11个月前, 5 小时 15 分钟前, 刚刚, 昨天 12:30, 3 days ago).
_RELATIVE_TIME = re.compile(rf"(?:(?:\d{{1,3}}\s?(?:{_TIME_UNITS})\s?){{1,2}}前"
                            rf"|(?:{_RECENT})(?:\s?\d{{1,2}}:\d{{2}})?"
                            r"|\d{1,3}\s?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s?ago)", re.I)
# The microformat class of a post's publication time, whose title holds it in full (hAtom:
# <abbr class="published" title="2011-07-28T12:11:00+08:00">12:11 PM</abbr>; microformats2: dt-published).
_PUBLISHED_CLASS = re.compile(r"(?:^|\s)(?:dt-)?published(?:\s|$)")
# The attributes a page puts the absolute time of a relative one in (a timeago <abbr title>, a tooltip).
_TIME_ATTRIBUTES = ("title", "data-tooltip", "data-time", "data-original-title", "datetime")
# The attribute nodes, in document order (an element's attributes side by side): a union of five attribute paths
# reads each attribute once (0.22 ms on a corpus page against 0.42 ms for ``//*[@title or …]``). Their parents are
# taken in Python: libxml2's ``/parent::*`` step looks through the node set so far for each parent it adds, which
# grows with the square of the page's tooltips (2,000 titled spans 3 ms, 16,000 117 ms; this way 4.7 and 38 ms).
_TOOLTIP_ATTRIBUTES = "|".join(f"//@{name}" for name in _TIME_ATTRIBUTES)
#: A relative time's element is short: its text (whitespace runs as one space, as XPath's normalize-space counts)
#: at most this long.
TOOLTIP_TEXT_MAX = 24
_XML_SPACE = re.compile("[ \t\r\n]+")


def rel_author(root: Any) -> str | None:
    """The name the page's ``rel="author"`` link gives (the HTML link type for the author of the article; a
    WordPress theme's ``<span class="author vcard"><a rel="author">陈皓</a></span>``), when every such link
    names the same person: a list of posts links each entry's writer, so several names say nothing.

    >>> from lxml import etree
    >>> page = '<html><body><h1>优质代码的十诫</h1><span><a href="/haoel" rel="author">陈皓</a></span></body></html>'
    >>> rel_author(etree.fromstring(page, etree.HTMLParser()))
    '陈皓'
    >>> two = '<html><body><a rel="author">陈皓</a><a rel="author">Leo</a></body></html>'
    >>> rel_author(etree.fromstring(two, etree.HTMLParser())) is None
    True
    """
    if root is None:
        return None
    names = {" ".join("".join(a.itertext()).split()) for a in root.xpath(_REL_AUTHOR_XPATH)}
    if len(names) != 1:
        return None
    name = names.pop()
    return name if person_plausibility(name) >= HANDLE and not is_credit_word(name) else None


_REL_AUTHOR_XPATH = "//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]"


def tooltip_time(root: Any) -> tuple[tuple, str] | None:
    """The absolute time behind the page's first relative one: ``<abbr class="timeago" title="2024年04月22日">1 月前
    </abbr>`` (Ruby China), ``<span title="2024-05-13 18:25:18">1周前</span>`` (learnku), or behind a post's
    microformat time (``<abbr class="published" title="…">12:11 PM</abbr>``, Blogger); ((value, precision),
    the attribute's text), or None. Timeago widgets print the reader's "1 month ago" and keep the time itself
    in an attribute; the first one on the page is the post's own (the replies' come after it).

    >>> from lxml import etree
    >>> root = etree.fromstring('<html><body><h1>题</h1><p>创建于 <span title="2024-05-13 18:25:18">1周前</span></p>'
    ...                         '<p><span title="2024-05-14 09:00">6天前</span></p></body></html>', etree.HTMLParser())
    >>> found = tooltip_time(root); found[0][0].isoformat(), found[1]
    ('2024-05-13T18:25:18+08:00', '2024-05-13 18:25:18')
    >>> tooltip_time(etree.fromstring('<html><body><a title="首页">首页</a></body></html>', etree.HTMLParser()))
    >>> blogger = '<html><body><abbr class="published" title="2011-07-28T12:11:00+08:00">12:11 PM</abbr></body></html>'
    >>> tooltip_time(etree.fromstring(blogger, etree.HTMLParser()))[1]
    '2011-07-28T12:11:00+08:00'
    """
    if root is None:
        return None
    last = None
    for attribute in root.xpath(_TOOLTIP_ATTRIBUTES):
        el = attribute.getparent()
        if el is last:
            continue   # (another of the same element's attributes)
        last = el
        whole = "".join(el.itertext())
        if len(_XML_SPACE.sub(" ", whole).strip(" \t\r\n")) > TOOLTIP_TEXT_MAX:
            continue
        text = whole.strip()
        if not (_RELATIVE_TIME.fullmatch(text) or _PUBLISHED_CLASS.search(el.get("class") or "")):
            continue
        for name in _TIME_ATTRIBUTES:
            value = (el.get(name) or "").strip()
            parsed = parse_date(value) if value else None
            if parsed:
                return _shown_day(parsed, text) or (parsed, value)
    return None


def _shown_day(parsed: tuple, text: str) -> tuple[tuple, str] | None:
    """The day an element shows, when its attribute's time falls on another day in China's time: the blog kept its
    clock in UTC and printed the day it read there (``<abbr class="published" title="2009-01-16T21:25:00+00:00">
    January 16, 2009</abbr>``: 05:25 on the 17th in Beijing, but the post says, and was written on, the 16th).

    >>> from datetime import datetime, timezone
    >>> utc = (datetime(2009, 1, 16, 21, 25, tzinfo=timezone.utc), "second")
    >>> _shown_day(utc, "January 16, 2009")[0][0].isoformat(), _shown_day(utc, "12:11 PM")
    ('2009-01-16', None)
    """
    when = parsed[0]
    shown = parse_date(text) if len(text) <= DATE_CELL_MAX and date_line(text) else None
    if shown is None or shown[1] != "day" or not hasattr(when, "hour"):
        return None
    local = when.astimezone(CHINA_TZ).date() if when.tzinfo else when.date()
    return (shown, text) if local != shown[0] else None


def date_classed_time(root: Any) -> tuple[tuple, str] | None:
    """The date of the first element whose class names a date (``post-date``, ``entry-date``, ``date``,
    ``pubdate``, ``publish-time``, ``post-time``) and whose text is a short date line: a blog engine's
    ``<span class="date">2015-09-09</span>`` in the post's footer. The page's last resort for its date, after
    every dateline, post time and tooltip.

    >>> from lxml import etree
    >>> page = '<html><body><h2>社会工程学</h2><p>正文。</p><div><span class="date">2015-09-09</span></div>'
    >>> found = date_classed_time(etree.fromstring(page + '</body></html>', etree.HTMLParser()))
    >>> found[0][0].isoformat(), found[1]
    ('2015-09-09', '2015-09-09')
    >>> date_classed_time(etree.fromstring('<html><body><div class="update">2015-09-09</div></body></html>',
    ...                                    etree.HTMLParser())) is None
    True
    >>> glued = '<div class="post-date">2020-08-23623</div>'   # a counter printed straight after the day
    >>> date_classed_time(etree.fromstring(f'<html><body>{glued}</body></html>', etree.HTMLParser()))[1]
    '2020-08-23'
    >>> entries = '<span class="date">2021/07/14 15:44</span><span class="date">2021/07/13 16:22</span>'
    >>> date_classed_time(etree.fromstring(f'<html><body>{entries}</body></html>', etree.HTMLParser())) is None
    True
    """
    if root is None:
        return None
    found: list[tuple[tuple, str]] = []
    for el in root.xpath(_DATE_CLASS_XPATH):
        if not _DATE_CLASS.search(el.get("class") or ""):
            continue
        text = " ".join("".join(el.itertext()).split())
        # a date line (not a calendar's 上一月 下一月 2020年8月)
        parsed = parse_date(text) if len(text) <= DATE_CELL_MAX and date_line(text) else None
        glued = _DAY_AND_COUNTER.fullmatch(text) if parsed is None else None
        if glued:
            # a theme that prints a counter straight after the day (2020-08-23623: the day, 623 reads)
            parsed, text = parse_date(glued.group(1)), glued.group(1)
        if parsed:
            found.append((parsed, text))
    # one day only: a list of posts dates each entry, and its days say nothing of the page's
    days = {str(parsed[0])[:10] for parsed, _ in found}
    return found[0] if len(days) == 1 else None


# A zero-padded day with digits glued after it (a count of reads): the day is whole at ten characters.
_DAY_AND_COUNTER = re.compile(r"(\d{4}-[01]\d-[0-3]\d)\d{1,6}")
# The class words of an element that holds the post's date; the XPath finds the candidates in C, the pattern
# checks the whole word (not "update", "validate").
_DATE_CLASS = re.compile(r"(?:^|[\s_-])(?:date|pubdate|(?:post|entry|publish)[-_]?(?:date|time))(?:$|\s)", re.I)
_DATE_CLASS_XPATH = "//*[contains(@class, 'date') or contains(@class, 'time') or contains(@class, 'Date')]"

