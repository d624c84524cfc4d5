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
from collections.abc import Callable, Iterable

from ..core.dates import parse_date
from ..document import Block

__all__ = ["LIST_MIN_ENTRIES", "entry_headline", "headline_beside_its_date", "list_entries", "list_signature"]

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
    best = max((g for g in groups.values() if len(g) >= LIST_MIN_ENTRIES),
               key=lambda g: sum(len(blocks[i].text) for i in g), default=None)
    if best is None:
        return []
    members = set(best)
    first, last = best[0], best[-1]
    inside = [i for i in open_ if first <= i <= last]
    seen = {list_signature(blocks[i]) for i in inside}
    tail = [i for i in open_ if last < i <= last + TAIL_REACH and list_signature(blocks[i]) in seen]
    return [i for i in inside + tail if i in members or _says_something(blocks[i], is_pager)]
