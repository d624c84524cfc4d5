"""The entries of a listing page: its body when the page has no article.

A channel page, a search result or a disclosure list holds no article; what it holds is a run of entries,
each a linked headline with a line or two under it (a date, the outlet and a relative time, a teaser):
``00后比90后少了4700万！…`` / ``21世纪经济报道9小时前`` on a portal's 要闻 page, ``蔡英文：提升疫苗覆蓋率…`` /
``2021/07/14 15:44`` on a news agency's section page. Returning nothing would hand back less than the page
holds; the entries, in page order, with the page kind ``listing`` and a warning, say what the page is.

The list is found by its shape, not by a site's class names: linked headline lines of one signature (tag and
class words, the words that carry numbers dropped: ``20200704a04hvx_1`` names one item, not the kind of
item) repeated at least LIST_MIN_ENTRIES times; the signature holding the most headline text is the list.
Between its first and last entry every line that says something is kept (dates, outlets, teasers); bare
counts, badges and pagers are not.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from itertools import pairwise

from ..core.dates import parse_date
from ..document import Block

__all__ = ["LIST_MIN_ENTRIES", "entry_headline", "headline_beside_its_date", "list_entries", "list_signature",
           "entry_name_line", "told_entry_names", "another_column", "entries_before_the_first_link",
           "entry_fact_lines", "entry_rank_numbers"]

#: A list has at least this many entries of one kind: fewer linked headlines are a related-links box.
LIST_MIN_ENTRIES = 5
#: An entry's headline is a line this long (a word is a menu item, a paragraph is no headline).
ENTRY_MIN_CHARS = 6
ENTRY_MAX_CHARS = 90
#: A headline line is a link: at least this share of its text is link text.
ENTRY_LINK_DENSITY = 0.5
#: The last entry's own lines (its date, its outlet) follow it: this many blocks are looked at.
TAIL_REACH = 4
_CJK = re.compile(r"[\u3400-\u9fff]")
_HAS_DIGIT = re.compile(r"\d")
_WORDS = re.compile(r"[\u3400-\u9fffA-Za-z]")


def list_signature(block: Block) -> str:
    """Tag and the class words that carry no number: every item of one list shares it.

    >>> list_signature(Block(0, "x", tag="h3", hints="list item cf 20200704a04hvx_1 detail"))
    'h3:list item cf detail'
    """
    return f"{block.tag}:" + " ".join(w for w in block.hints.split() if not _HAS_DIGIT.search(w))


# The slash of a byline between an outlet and a reporter (上報快訊／范姜佳鈺).
_CREDIT_SLASH = re.compile(r"[／/╱]")
#: What a list entry sets beside its linked headline, when that is all it sets: a date and its brackets.
DATE_BESIDE_MAX_CHARS = 24


def headline_beside_its_date(block: Block) -> bool:
    """A linked headline with its date after it and nothing else (``<li><a>OA系统优化</a> 2021-07-01</li>``):
    a list's entry however short the headline is against its date.

    >>> headline_beside_its_date(Block(0, "OA系统优化 2021-07-01", links=1, link_chars=6, link_texts=("OA系统优化",)))
    True
    >>> headline_beside_its_date(Block(0, "2022-02-13 09:57 光明网", links=1, link_chars=3, link_texts=("光明网",)))
    False
    >>> byline = "上報快訊／范姜佳鈺"
    >>> headline_beside_its_date(Block(0, byline + " 2020年3月12日", links=1, link_texts=(byline,)))
    False
    """
    rest = _after_the_linked_headline(block)
    if rest is None or _CREDIT_SLASH.search(block.link_texts[0]):
        return False   # (a linked byline beside its date is a dateline: 上報快訊／范姜佳鈺 2020年03月12日 20:19)
    return 0 < len(rest) <= DATE_BESIDE_MAX_CHARS and not _WORDS.search(rest.replace("年", "").replace("月", "")
                                                                           .replace("日", "")) \
        and parse_date(rest) is not None


def _after_the_linked_headline(block: Block) -> str | None:
    """What a line says after the one link it opens with, when that link reads as a headline (four Han
    characters or more); None for any other line (a date first and a link after it is a dateline with its
    outlet: 2014年11月21日 04:10 中國時報)."""
    if block.links != 1 or len(block.link_texts) != 1 or len(_CJK.findall(block.link_texts[0])) < 4:
        return None
    if not block.text.lstrip().startswith(block.link_texts[0].strip()):
        return None
    return block.text.replace(block.link_texts[0], " ", 1).strip()


#: What a list entry may set after its linked headline besides a date: the outlet, a size, a count
#: (`` - 世界日报 (3863 bytes) 11/21/12 (380 reads)``), that many characters at most ...
ENTRY_META_MAX_CHARS = 48
#: ... with this many Han characters at most (an outlet's name), digits, and no sentence.
ENTRY_META_MAX_CJK = 6
_SENTENCE = re.compile(r"[。！？!?；;]")


def headline_with_its_meta(block: Block) -> bool:
    """A linked headline followed only by its entry's facts: the outlet, the size, the date, the reads.

    >>> t = "来自北京的游客骑单车横越美国 只花了1600美元(图)"
    >>> headline_with_its_meta(Block(0, t + " - 世界日报 (3863 bytes) 11/21/12 (380 reads)", links=1, link_texts=(t,)))
    True
    >>> headline_with_its_meta(Block(0, t + "，他说这趟旅程改变了自己。", links=1, link_texts=(t,)))
    False
    """
    rest = _after_the_linked_headline(block)
    return rest is not None and (0 < len(rest) <= ENTRY_META_MAX_CHARS and _HAS_DIGIT.search(rest) is not None
            and len(_CJK.findall(rest)) <= ENTRY_META_MAX_CJK and not _SENTENCE.search(rest))


def entry_headline(block: Block) -> bool:
    """A linked line of headline length with words in it (Chinese, or a few Latin words).

    >>> entry_headline(Block(0, "三大战区海军演练同步展开", links=1, link_chars=12))
    True
    >>> entry_headline(Block(0, "首页", links=1, link_chars=2))
    False
    >>> entry_headline(Block(0, "会议指出，要继续做好民生保障工作。"))
    False
    """
    text = block.text.strip()
    return (ENTRY_MIN_CHARS <= len(text) <= ENTRY_MAX_CHARS
            and (block.link_density >= ENTRY_LINK_DENSITY or headline_beside_its_date(block)
                 or headline_with_its_meta(block))
            and (len(_CJK.findall(text)) >= 4 or len(text.split()) >= 3))


def _says_something(block: Block, is_pager: Callable[[str], bool]) -> bool:
    # an entry's own line: a date, an outlet and a time, a teaser; not a count (845), a badge (PDF) or a pager
    text = block.text.strip()
    if not text or is_pager(text):
        return False
    return bool(len(_CJK.findall(text)) >= 2 or (parse_date(text) and len(text) <= 40)
                or len(_WORDS.findall(text)) >= 8)


def list_entries(blocks: list[Block], candidates: Iterable[int], is_pager: Callable[[str], bool]) -> list[int]:
    """Indices of the page's main list among ``candidates`` (blocks no earlier stage labelled furniture), in
    page order: its entries' headlines and the lines that go with them; [] when the page has no such list.

    >>> page = [Block(0, "首页 新闻 体育", links=3, link_chars=6)]
    >>> for i in range(6):
    ...     page.append(Block(len(page), f"第{i}条新闻的标题写在这里", tag="h3", hints=f"item it{i}", links=1,
    ...                       link_chars=11))
    ...     page.append(Block(len(page), f"2021/07/14 15:4{i}", hints="item date"))
    ...     page.append(Block(len(page), str(800 + i), hints="item count", links=1, link_chars=3))
    >>> [page[i].text for i in list_entries(page, range(len(page)), lambda t: False)][:3]
    ['第0条新闻的标题写在这里', '2021/07/14 15:40', '第1条新闻的标题写在这里']
    >>> len(list_entries(page, range(len(page)), lambda t: False))
    12
    """
    open_ = sorted(set(candidates))
    groups: dict[str, list[int]] = {}
    for i in open_:
        if entry_headline(blocks[i]):
            groups.setdefault(list_signature(blocks[i]), []).append(i)
    # headlines set as headings name the entries before any other linked line (a card linked as a whole makes
    # its facts line a link too: 'CSIG| 深圳,中国| 技术| 2021年02月14日' under '<h4>26699-…工程师</h4>')
    best = max((g for g in groups.values() if len(g) >= LIST_MIN_ENTRIES),
               key=lambda g: (blocks[g[0]].heading > 0, sum(len(blocks[i].text) for i in g)), default=None)
    if best is None:
        return []
    members = set(best)
    first, last = best[0], best[-1]
    inside = [i for i in open_ if first <= i <= last]
    seen = {list_signature(blocks[i]) for i in inside}
    head = entries_before_the_first_link(blocks, [i for i in open_ if i < first], list_signature(blocks[first]),
                                         seen)
    tail = [i for i in open_ if last < i <= last + TAIL_REACH and list_signature(blocks[i]) in seen]
    return [i for i in head + inside + tail if i in members or _says_something(blocks[i], is_pager)]


def entries_before_the_first_link(blocks: list[Block], before: list[int], headline: str, seen: set[str]) -> list[int]:
    """The entries above a list's first linked headline whose headline lost its link (a board's deleted posts,
    ``4-2-5 (已被yoche2000刪除) <siugwai>``, shown in the title's place): going up from the first entry, the
    lines set like the list's lines (``seen``: their signatures) up to the highest one set like its headline
    (``headline``); a line set otherwise (the pager above the list) ends them.

    >>> page = [Block(0, "最舊 上頁 下頁", tag="div", hints="action-bar paging"),
    ...         Block(1, "(本文已被刪除) [someone]", tag="div", hints="r-ent title"),
    ...         Block(2, "5/12", tag="div", hints="r-ent date"),
    ...         Block(3, "[請益] 今天大盤怎麼看", tag="div", hints="r-ent title", links=1, link_chars=11)]
    >>> entries_before_the_first_link(page, [0, 1, 2], "div:r-ent title", {"div:r-ent title", "div:r-ent date"})
    [1, 2]
    >>> entries_before_the_first_link(page, [0, 2], "div:r-ent title", {"div:r-ent title", "div:r-ent date"})
    []
    """
    start = len(before)
    for k in range(len(before) - 1, -1, -1):
        mark = list_signature(blocks[before[k]])
        if mark not in seen:
            break
        if mark == headline:
            start = k
    return before[start:]


# ------------------------------------------------------------------------------ entries told, names dropped
#: An entry's name may be a word or two (a product ``HEXA``, a film ``肖申克的救赎 / The Shawshank Redemption``):
#: this many letters at least, so that a vote count (``69``) or a rank is no name.
ENTRY_NAME_MIN_LETTERS = 2
#: A list is told entry by entry when this share of its names has a line of its own kept after it (a tagline,
#: a quote, an abstract): two in three, as a list may hold a few entries without one.
ENTRY_TOLD_SHARE = 2 / 3
#: ... and the page is the list, not an article with a feed under it, when the list's span holds this share of
#: the text kept as body.
LIST_BODY_SHARE = 0.5
_LETTER = re.compile(r"[^\W\d_]")
# A full stop closing the line, before its closing quotes or brackets: a sentence, not a name.
_CLOSING_STOP = re.compile(r"[。][”」』）)]*$")


def entry_name_line(block: Block) -> bool:
    """A line that can name a list's entry: mostly link text, a headline's length at most, words more than
    figures (two letters at least, and more letters than digits) and not closed by a full stop (a name may end in
    a question, ``为什么学了很多东西，依然没有洞见力？``, or quote a sentence: ``“只能靠自己。” | 怎样走出工作迷茫期``).

    >>> entry_name_line(Block(0, "HEXA", links=1, link_chars=4)), entry_name_line(Block(0, "69", links=1, link_chars=2))
    (True, False)
    >>> entry_name_line(Block(0, "Replies(2):>>25208138>>25208141", links=2, link_chars=20))   # post numbers
    False
    >>> entry_name_line(Block(0, "国内研发的全地形六脚机器人，颇有波士顿动力的感觉"))
    False
    >>> entry_name_line(Block(0, "请点击这里查看全部内容。", links=1, link_chars=12))
    False
    """
    text = block.text.strip()
    if len(text) > ENTRY_MAX_CHARS or block.link_density < ENTRY_LINK_DENSITY or _CLOSING_STOP.search(text):
        return False
    letters = len(_LETTER.findall(text))
    return letters >= ENTRY_NAME_MIN_LETTERS and letters > len(_DIGIT.findall(text))


_DIGIT = re.compile(r"\d")


def _ancestry(parents: list[int], container: int) -> list[int]:
    """The container and its ancestors, innermost first (a parent's id is below its child's)."""
    chain = []
    while container >= 0 and container not in chain:
        chain.append(container)
        container = parents[container] if container < len(parents) else -1
    return chain


def _own_elements(around: set[int], others: list[set[int]]) -> set[int]:
    """The elements around an entry's name that hold no other entry's name: its container's ancestors up to
    (not including) the first one a neighbouring name sits in too (``<li class="item">`` around a film's name
    and its quote; an article's container holds every link). A line after the name is the entry's own when its
    ancestry meets these: the innermost element holding both is then below every shared one."""
    return around.difference(*others)


def _entry_spans(names: list[int]) -> list[tuple[int, int]]:
    """Each name's entry, as the block range after it up to the next name; the last entry as long as the
    longest one before it."""
    pairs = list(pairwise(names))
    reach = max((b - a for a, b in pairs), default=TAIL_REACH)
    return pairs + [(names[-1], names[-1] + reach)]


def told_entry_names(blocks: list[Block], kept: set[int], dropped: Iterable[int],
                     parents: list[int] | None = None) -> list[int]:
    """Indices among ``dropped`` of the names of a list whose entries the body tells: name lines of one signature
    (:func:`list_signature`; kept or dropped), :data:`LIST_MIN_ENTRIES` or more, two in three of them followed by
    a kept line of their own before the next name, in an element of the entry's own that holds no other name
    (``parents``: the parent of each container, ``-1`` for none; without it the blocks' containers are taken for
    the entries' elements), the list's span holding most of the kept text. Of several
    such lists the one with the most name text, all its names (kept and dropped) in page order; [] when there is
    none or its names are all kept.

    Example: a film chart keeps each film's credits line and one-line quote, and drops the film's linked name
    (``肖申克的救赎 / The Shawshank Redemption``), a line of links with no punctuation; it is the entry's name.

    >>> page = []
    >>> for i in range(5):
    ...     page.append(Block(len(page), f"第{i}部影片的名字", hints="item hd", links=1, link_chars=8, container=i))
    ...     page.append(Block(len(page), f"这是第{i}部影片的一句短评。", hints="item quote", container=i))
    >>> told_entry_names(page, {1, 3, 5, 7, 9}, [0, 2, 4, 6, 8])
    [0, 2, 4, 6, 8]
    >>> told_entry_names(page, {1, 3}, [0, 2, 4, 6, 8])   # three entries say nothing: a list of links
    []
    >>> for b in page:
    ...     b.container = 0   # one element holds them all: links between an article's paragraphs
    >>> told_entry_names(page, {1, 3, 5, 7, 9}, [0, 2, 4, 6, 8])
    []
    """
    dropped = set(dropped)
    ancestry = parents if parents is not None else []
    chains: dict[int, list[int]] = {}
    sets: dict[int, set[int]] = {}

    def chain_of(container: int) -> list[int]:
        # each container's ancestry once a call: a list's spans test every kept line against its name
        found = chains.get(container)
        if found is None:
            found = chains[container] = _ancestry(ancestry, container)
        return found

    def set_of(container: int) -> set[int]:
        found = sets.get(container)
        if found is None:
            found = sets[container] = set(chain_of(container))
        return found

    groups: dict[str, list[int]] = {}
    for i in sorted(dropped | kept):
        if entry_name_line(blocks[i]):
            groups.setdefault(list_signature(blocks[i]), []).append(i)
    kept_text = sum(len(blocks[i].text) for i in kept)
    kept_in_order = sorted(kept)
    lists: list[list[int]] = []
    for names in groups.values():
        if len(names) < LIST_MIN_ENTRIES or not dropped.intersection(names):
            continue
        members = set(names)
        spans = _entry_spans(names)
        # the cheap test first: on an article page the list's span holds little of the kept text
        inside = sum(len(blocks[i].text) for i in kept if names[0] <= i < spans[-1][1])
        if inside < LIST_BODY_SHARE * kept_text:
            continue
        told = 0
        for k, (a, b) in enumerate(spans):
            own = _own_elements(set_of(blocks[a].container),
                                [set_of(blocks[names[j]].container) for j in (k - 1, k + 1) if 0 <= j < len(names)])
            lines = kept_in_order[bisect_right(kept_in_order, a):bisect_left(kept_in_order, min(b, len(blocks)))]
            # the lines of one container answer alike (an article's paragraphs share theirs)
            containers = {blocks[i].container for i in lines if i not in members}
            told += any(not own.isdisjoint(chain_of(c)) for c in containers)
        if told < ENTRY_TOLD_SHARE * len(names):
            continue
        lists.append(names)
    if not lists:
        return []
    best = max(lists, key=lambda names: sum(len(blocks[i].text) for i in names))
    # more entries of the same list set apart (those shown after a 展开其余 11 个产品, a class word apart) are
    # names too; a group that sits beside the names entry by entry is another column of the entries (the
    # poster of each abstract), not their name
    found = set(best)
    for names in lists:
        if names is not best and not another_column(best, names):
            found.update(names)
    return sorted(found)


#: A group of lines beside a list's names is another column of its entries when one of its lines sits between
#: this share of the names' consecutive pairs, entry by entry.
COLUMN_SHARE = 0.5


def another_column(names: list[int], group: list[int]) -> bool:
    """Whether the lines of ``group`` sit beside the ``names`` entry by entry (one between most pairs of
    consecutive names: a poster above each title), rather than in entries of their own (a run of more entries
    after the names, a later day's list).

    >>> another_column([0, 4, 8, 12], [1, 5, 9, 13]), another_column([0, 4, 8, 12], [14, 16, 18, 20])
    (True, False)
    """
    lines = sorted(group)
    pairs = list(pairwise(names))
    beside = sum(1 for a, b in pairs if _any_between(lines, a, b))
    return bool(pairs) and beside >= COLUMN_SHARE * len(pairs)


def _any_between(lines: list[int], a: int, b: int) -> bool:
    """Whether a line of the sorted ``lines`` lies strictly between ``a`` and ``b``."""
    at = bisect_right(lines, a)
    return at < len(lines) and lines[at] < b


def entry_fact_lines(blocks: list[Block], names: list[int], kept: set[int], separated: Iterable[int]) -> list[int]:
    """Indices among ``separated`` (unlinked lines taken for menus by their separators) that are an entry's facts:
    inside an entry of the list named by ``names``, in the element of a kept line of that entry.

    Example: a film's ``1994 / 美国 / 犯罪 剧情`` sits in the same paragraph as its kept ``导演: …`` line; a menu is
    links, and this line holds none.

    >>> page = [Block(0, "影片甲", links=1, link_chars=3), Block(1, "导演: 某某", hints="bd"),
    ...         Block(2, "1994 / 美国 / 剧情", hints="bd"), Block(3, "影片乙", links=1, link_chars=3)]
    >>> entry_fact_lines(page, [0, 3], {1}, [2])
    [2]
    """
    spans = _entry_spans(sorted(names)) if names else []
    found = []
    for i in sorted(set(separated)):
        if blocks[i].links:
            continue
        span = next(((a, b) for a, b in spans if a < i < b), None)
        if span is not None and any(k in kept and list_signature(blocks[k]) == list_signature(blocks[i])
                                    for k in range(span[0] + 1, span[1])):
            found.append(i)
    return found


_RANK = re.compile(r"[#＃№]?\d{1,4}[.、]?")


def entry_rank_numbers(blocks: list[Block], names: list[int], kept: set[int]) -> list[int]:
    """Indices among ``kept`` of bare numbers that rank or count the entries of the list named by ``names``
    (``1``, ``2`` … set before each film of a chart): one in two entries or more carries one, and a number alone
    says nothing of the entry.

    >>> page = []
    >>> for i in range(4):
    ...     page += [Block(len(page), str(i + 1)), Block(len(page) + 1, f"影片{i}", links=1, link_chars=3)]
    >>> entry_rank_numbers(page, [1, 3, 5, 7], {0, 2, 4, 6})
    [0, 2, 4, 6]
    >>> entry_rank_numbers(page, [1, 3, 5, 7], {0})   # one number for four entries: a figure, not a rank
    []
    """
    if not names:
        return []
    first, end = names[0], _entry_spans(sorted(names))[-1][1]
    found = [i for i in sorted(kept) if first <= i < end and _RANK.fullmatch(blocks[i].text.strip())]
    # the rank before the first name belongs to the first entry
    before = [i for i in sorted(kept) if first - TAIL_REACH <= i < first and _RANK.fullmatch(blocks[i].text.strip())]
    found = before[-1:] + found
    return found if len(found) * 2 >= len(names) else []
