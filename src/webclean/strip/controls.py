"""Page controls inside the text: repeated control labels, tag lines and headings' edit links.

These sit inside the article's own region, where the per-block boilerplate rules (which look for
menus, share bars and the like) do not reach them, and they would otherwise come back as paragraphs:

- :func:`repeated_control`: one short linked label standing alone again and again (``编辑播报`` after
  each section heading of an encyclopedia entry, ``举报`` under each post);
- :func:`tag_line`: the page's tags (``词条标签：生物物种 ， 植物``, ``关键词：…``, ``#生活小妙招 #梅雨季``);
- :func:`strip_edit_link`: a heading's own edit link (``简介[编辑]`` on a wiki), cut from its text;
- :func:`table_of_contents`: a ``目录`` heading and the linked section list under it;
- :func:`notice_section`: a legal notice under the article (``反侵权公告：`` and its numbered clauses);
- :func:`loading_placeholder`: a widget's loading placeholder standing alone (``正在加载...``);
- :func:`back_link`: a link back to the site closing the article (``返回搜狐，查看更多``, ``返回列表``), and
  :func:`cut_back_link` the same link run into the text's last line, cut from it;
- :func:`cut_badge_links`: a portal's badge links after names inside a sentence (``张一山[微博]``), cut;
- :func:`attachment_line`: an attachment's file name (``附件：2025年上半年重点项目清单.xls``);
- :func:`fold_control`: a fold or app control (``展开全文 打开APP，阅读全文``, ``尽在新浪财经APP``);
- :func:`disclaimer_line`: a platform's disclaimer (``新浪声明：此消息系转载自…，不代表本网观点``);
- :func:`feedback_prompt`: a help page's feedback question (``以上信息是否解决了您的问题``);
- :func:`tip_prompt`: a tip prompt (``喜欢这篇文章，就请作者喝杯咖啡吧``, ``赞赏 已有 38 人赞赏``);
- :func:`counter_line`: lines of counters (``综合评分 8.7（123人做过）``, ``36人点赞``, ``字数 2,345 阅读 1,234``);
- :func:`line_number_gutter`: a code box's line numbers read as blocks of their own (``1`` ``2`` ``3`` over the
  code);
- :func:`related_hint_item`: the linked items of an element named as a related or recommended list
  (``<div class="related-reviews">``), which carries no 相关阅读 heading;
- :func:`speaker_comment`: comments without a comment class (``青柠不加冰：原来…`` over ``7月15日 11:08 来自
  iPhone客户端``), found by their shape: a linked name and a colon, then a time line.

Each is a rule of one of three registries, by what it looks at: :data:`PAGE_RULES` judge the page's
blocks together, :data:`RUN_RULES` take a heading and what runs under it, :data:`BLOCK_RULES` one
block; the run and block rules are tried only on the blocks one scan of the page finds holding a
:class:`Cue` word.

>>> from webclean.document import Document
>>> doc = Document(raw="")
>>> doc.blocks = [Block(0, "形态特征", heading=2), Block(1, "编辑播报", links=1, link_chars=2),
...               Block(2, "分布范围", heading=2), Block(3, "编辑播报", links=1, link_chars=2),
...               Block(4, "生长习性", heading=2), Block(5, "编辑播报", links=1, link_chars=2),
...               Block(6, "词条标签：生物物种 ， 植物 ， 科学")]
>>> mark_controls(doc, None)
>>> [b.label for b in doc.blocks]
[None, 'navigation', None, 'navigation', None, 'navigation', 'related']
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from enum import IntFlag
from typing import Any

from ..core.rules import Rule
from ..core.vocabulary import alternation, read_vocabulary, trie_pattern
from ..document import Block, Document
from ..record import Removal
from .chrome import PLAYER_HINTS, RELATED_HINTS, blocks_matching, has_hint

__all__ = ["mark_controls", "notice_section", "related_hint_item", "repeated_control", "speaker_comment",
           "strip_edit_link", "cut_back_link", "cut_badge_links", "table_of_contents", "tag_line",
           "loading_placeholder", "back_link",
           "attachment_line", "fold_control", "disclaimer_line", "tip_prompt", "feedback_prompt", "counter_line",
           "line_number_gutter",
           "Cue", "PAGE_RULES", "RUN_RULES", "BLOCK_RULES", "cue_pattern"]

_WORDS = "page_controls.txt"


def _words(section: str) -> str:
    """The alternation of one section of ``data/page_controls.txt``, both scripts."""
    return alternation(read_vocabulary(_WORDS, section))


#: A control label is a few characters ...
CONTROL_MAX_CHARS = 8
#: ... with no sentence punctuation (a refrain or a short reply has some) ...
_SENTENCE_PUNCT = re.compile(r"[，。！？；、,.!?;]")
#: ... standing alone this many times: twice is not yet a pattern.
CONTROL_MIN_REPEATS = 3

_TAG_LABEL = re.compile(rf"(?:[\u4e00-\u9fff]{{0,4}}(?:{_words('tag label')})|{_words('tag label latin')})\s*[:：]",
                        re.I)
_TAG_SEP = re.compile(r"\s*[，,、|｜/;；]\s*|\s+")
_HASHTAGS = re.compile(r"(?:#[^#\s]{1,20}#?\s*){2,}")
#: Tags are words: each item this long at most, this many items at most; longer is a sentence or a list.
TAG_MAX_ITEM_CHARS = 15
TAG_MAX_ITEMS = 15
#: A tag line is one short line.
TAG_LINE_MAX_CHARS = 200
_EDIT_LINK = re.compile(rf"[\[［【](?:{_words('edit')})[\]］】]\s*$", re.I)


def repeated_control(blocks: Sequence[Block]) -> list[Block]:
    """Open blocks whose whole text is a short linked label that stands alone three times or more.

    >>> bs = [Block(i, "编辑播报" if i % 2 else f"第{i}节", links=i % 2, link_chars=2 * (i % 2)) for i in range(6)]
    >>> [b.index for b in repeated_control(bs)]
    [1, 3, 5]
    >>> repeated_control([Block(i, "风吹过") for i in range(3)])   # a refrain with no link: text
    []
    """
    def candidate(b: Block) -> bool:
        return (b.links >= 1 and len(b.text) <= CONTROL_MAX_CHARS and b.label is None and not b.heading
                and not _SENTENCE_PUNCT.search(b.text))

    counts = Counter(b.text for b in blocks if b.links and candidate(b))
    repeated = {text for text, n in counts.items() if n >= CONTROL_MIN_REPEATS}
    if not repeated:
        return []
    # every standing occurrence must be a link: one plain occurrence makes the label text
    plain = {b.text for b in blocks if b.label is None and b.text in repeated and not candidate(b)}
    return [b for b in blocks if candidate(b) and b.text in repeated and b.text not in plain]


def tag_line(block: Block) -> bool:
    """A line listing the page's tags or keywords: a tag label and short items, or hashtags only.

    A heading is never one (its ``[编辑]`` link is cut instead: :func:`strip_edit_link`).

    >>> tag_line(Block(0, "词条标签：生物物种 ， 植物 ， 科学")), tag_line(Block(0, "#生活小妙招 #梅雨季"))
    (True, True)
    >>> tag_line(Block(0, "标签：这次改造让居民们都很满意。")), tag_line(Block(0, "关键词：城市更新", heading=2))
    (False, False)
    """
    text = block.text
    if len(text) > TAG_LINE_MAX_CHARS or block.heading:
        return False
    if _HASHTAGS.fullmatch(text.strip()):
        return True
    text = text.lstrip()
    m = _TAG_LABEL.match(text)
    if m is None or "。" in text:
        return False
    items = [t for t in _TAG_SEP.split(text[m.end():].strip()) if t]
    return 1 <= len(items) <= TAG_MAX_ITEMS and all(len(t) <= TAG_MAX_ITEM_CHARS for t in items)


def strip_edit_link(block: Block) -> bool:
    """Cut a heading's trailing edit link (``简介[编辑]`` -> ``简介``); True when the text changed.

    >>> b = Block(0, "个人生活[编辑]", heading=3)
    >>> strip_edit_link(b), b.text
    (True, '个人生活')
    """
    if not block.heading:
        return False
    cut = _EDIT_LINK.sub("", block.text).rstrip()
    if cut == block.text or not cut:
        return False
    block.text = cut
    return True


_TOC_HEADING = re.compile(rf"(?:{_words('toc scope')})?(?:{_words('toc')})|{_words('toc latin')}", re.I)
#: A contents entry is a section title ...
TOC_ITEM_MAX_CHARS = 40
#: ... and mostly link text ...
TOC_ITEM_MIN_LINK_DENSITY = 0.5
#: ... and a list of more than this is a page of its own.
TOC_MAX_ITEMS = 200
#: A table of contents has two entries at least.
TOC_MIN_ITEMS = 2
#: The heading of a run (目录, 反侵权公告：) is a short line.
RUN_HEADING_MAX_CHARS = 20


def table_of_contents(blocks: Sequence[Block], start: int) -> list[Block]:
    """The ``目录`` heading at ``start`` and the linked section list right under it (two items or more).

    >>> bs = [Block(0, "目录"), Block(1, "1形态特征", links=1, link_chars=4),
    ...       Block(2, "2分布范围", links=1, link_chars=4), Block(3, "水杉为高大乔木，成年树高可达三十五米以上。")]
    >>> [b.index for b in table_of_contents(bs, 0)]
    [0, 1, 2]
    >>> table_of_contents([Block(0, "目录"), Block(1, "水杉为高大乔木，成年树高可达三十五米以上。")], 0)
    []
    """
    text = blocks[start].text
    if len(text) > RUN_HEADING_MAX_CHARS or not _TOC_HEADING.fullmatch(text.strip()):
        return []
    items = []
    for b in blocks[start + 1: start + 1 + TOC_MAX_ITEMS]:
        if b.label is not None and b.label != "boilerplate":
            break
        if len(b.text) > TOC_ITEM_MAX_CHARS or b.link_density < TOC_ITEM_MIN_LINK_DENSITY:
            break
        items.append(b)
    return [blocks[start], *items] if len(items) >= TOC_MIN_ITEMS else []


# Titles of the legal notices sites put under every article (a bare 声明 may be news: not listed).
_NOTICE_TITLE = re.compile(_words("notice"))
#: Clauses of one notice; more is a page of its own.
NOTICE_MAX_BLOCKS = 30
#: A notice's title is a few words (反侵权公告, 免责声明).
NOTICE_TITLE_MAX_CHARS = 10


def notice_section(blocks: Sequence[Block], start: int) -> list[Block]:
    """A legal-notice heading at ``start`` (``反侵权公告：``, ``免责声明``) and the blocks of the same
    container right after it: the notice's clauses, contacts and signature.

    >>> bs = [Block(0, "土豆，曾经的“救命蛋”，如今的“致富薯”。", container=1), Block(1, "反侵权公告：", container=2),
    ...       Block(2, "根据《著作权法》等法律法规，未经书面许可，擅自转载本报社作品的，将涉嫌侵权。", container=2),
    ...       Block(3, "陈律师（法律顾问）0432-62099222", container=2), Block(4, "网站地图", container=3)]
    >>> [b.index for b in notice_section(bs, 1)]
    [1, 2, 3]
    """
    head = blocks[start]
    title = head.text.strip().rstrip(":：").strip()
    if len(head.text) > RUN_HEADING_MAX_CHARS or len(title) > NOTICE_TITLE_MAX_CHARS \
            or not _NOTICE_TITLE.fullmatch(title):
        return []
    # A site's notice is its own template element: it opens a container and ends with it. A subheading
    # 免责声明 inside an article shares the article's container with the text before it.
    if start > 0 and blocks[start - 1].container == head.container:
        return []
    out = [head]
    for b in blocks[start + 1:]:
        if b.container != head.container:
            return out
        if len(out) > NOTICE_MAX_BLOCKS:
            return []
        out.append(b)
    return out


# A player's or a feed's placeholder until a script fills it: 正在加载... / 加载中 / Loading...
_LOADING = re.compile(rf"(?:{_words('loading lead')})?(?:{_words('loading')})(?:中)?\s*[.。…]*"
                      rf"|(?:{_words('loading latin')})\s*[.…]*", re.I)

# A link back to the site or the list after the article: 返回搜狐，查看更多 / 返回列表 / 返回上一页.
_BACK_LINK = re.compile(rf"[<《«]?\s?(?:{_words('back')})[^\s，,。！]{{1,8}}(?:[，,]\s?(?:{_words('back more')}))?"
                        r"\s?[>》»]?")

# An attachment line: 附件：清单.xls / 附件2：申报表.docx (a file to download, not text).
_ATTACHMENT = re.compile(rf"(?:{_words('attachment')})\s?\d{{0,2}}\s?[:：.．、]?\s?[^\n]{{1,80}}?"
                         rf"\.(?:{_words('file types')})\s?", re.I)

# Fold and app controls: 展开全文 / 阅读全文 / 展开剩余80% / 打开APP，阅读全文 / 海量资讯、精准解读，尽在某某APP.
_APP = _words("app")
_FOLD = re.compile(rf"(?:\s?(?:{_words('fold')}|(?:{_words('fold remaining')})\s?\d{{0,3}}%?"
                   rf"|(?:{_words('app open')})\s?(?:{_APP})[，,\s]*(?:{_words('app more')})?"
                   rf"|(?:[^。！？\s]{{0,16}}[，,])?(?:{_words('all in')})[^。！？\s]{{1,10}}(?:{_APP})"
                   rf"|[^。！？\s]{{2,8}}(?:{_APP}))[。！]?)+",
                   re.I)
# A platform's disclaimer under the article: 新浪声明：此消息系转载自…，不代表本网观点或立场…
_DISCLAIMER = re.compile(rf"(?:[^。！？：:]{{0,8}}(?:{_words('disclaimer label')})[:：]"
                         rf"|[“\"]?(?:{_words('disclaimer opening')}))"
                         rf".{{0,300}}?(?:{_words('disclaimer words')})"
                         rf"|(?:{_words('disclaimer label latin')})\s?:"
                         rf".{{0,300}}?(?:{_words('disclaimer words latin')})", re.S | re.I)

# A tip box under a post: 喜欢这篇文章，就请作者喝杯咖啡吧 / 赞赏 已有 38 人赞赏 / 打赏作者.
_TIP_WORDS = _words("tip")
_TIP = re.compile(rf"(?:{_TIP_WORDS})(?:{_words('tip target')})?(?:\s?已有\s?\d+\s?人(?:{_TIP_WORDS}))?"
                  rf"|[^。！？]{{0,12}}(?:{_words('tip coffee')})[吧！!]?")

# One counter (digit runs bounded: linear under search, a few ways at most to split a run of digits
# between counters): 36人点赞 / 2.1万人收藏 / 阅读 1,234 / 字数：2345 / 赞 (15) / 综合评分 8.7（123人做过）.
_COUNTER = (rf"(?:\d[\d,.]{{0,12}}\s?[万千]?\s?[人次条個个篇]?\s?(?:{_words('counter after')})"
            rf"|(?:{_words('counter before')})"
            rf"\s?[:：]?\s?[(（]?\d[\d,.]{{0,12}}\s?[万千]?[)）]?"
            rf"(?:\s?[（(]\d[\d,.]{{0,12}}\s?[万千]?人(?:{_words('counter done')})[）)])?)")
_DIGIT = re.compile(r"\d")
#: A line of counters is short: a longer line with a count in it is a sentence.
COUNTER_MAX_CHARS = 50
# A line of them, maybe after a short name (十分钟快手家常菜 2.1万人收藏) and separated by spaces, · or |.
_COUNTERS = re.compile(r"(?:\d{1,4}[-./]\d{1,2}(?:[-./]\d{1,2})?\s?(?:\d{1,2}:\d{2}(?::\d{2})?)?\s)?"
                       r"(?:[^\s。，！？,]{1,16}\s)?" + _COUNTER + r"(?:\s?[·|｜/]?\s?" + _COUNTER + r")*")


# A comment: a linked name, maybe a reply to someone, and a colon (青柠不加冰： / 周慕言 回复 @老王：).
_SPEAKER = re.compile(r"[^\s：:]{1,20}(?:\s?回复\s?@[^\s：:]{1,20})?\s?[：:]")
# Its time line: 7月15日 11:08 / 2025-07-15 11:08 / 10分钟前, and the device it came from.
_COMMENT_TIME = re.compile(rf"(?:\d{{4}}[-/.])?\d{{1,2}}(?:月\d{{1,2}}日|[-/.]\d{{1,2}})\s?\d{{1,2}}:\d{{2}}"
                           rf"|\d{{1,3}}\s?(?:{_words('time ago')})前|{_words('just now')}"
                           rf"|(?:{_words('today')})\s?\d{{1,2}}:\d{{2}}")
#: A comment's time line is short (time, device) ...
TIME_LINE_MAX_CHARS = 40
#: ... and follows its text within this many blocks.
COMMENT_REACH = 3
#: A comment is a post of a few sentences; a longer block is an article's paragraph.
COMMENT_MAX_CHARS = 500
#: Two comments (text and time line each) make a comment list; one is an interview's line.
COMMENT_MIN_BLOCKS = 4
#: The speaker's name is the link (more than this share of it): a colon after plain text is a label or a quote.
SPEAKER_LINKED_SHARE = 0.5


def speaker_comment(blocks: Sequence[Block]) -> list[Block]:
    """Comment units with no comment class: a block that opens with a linked name and a colon, then,
    within a few blocks, a short time line. Two units or more make a comment list.

    >>> bs = [Block(0, "青柠不加冰：原来我们小区里天天叫的是白头鹎！", links=1, link_chars=5),
    ...       Block(1, "7月15日 11:08 来自 iPhone客户端"),
    ...       Block(2, "河边跑步的老王：求推荐一款入门望远镜，谢谢博主。", links=1, link_chars=6),
    ...       Block(3, "7月15日 12:30")]
    >>> [b.index for b in speaker_comment(bs)]
    [0, 1, 2, 3]
    >>> speaker_comment([Block(0, "记者：这些年最让您骄傲的是什么？"), Block(1, "7月15日 12:30")])
    []
    """
    units: list[Block] = []
    for i, b in enumerate(blocks):
        if b.label is not None or not b.links or len(b.text) > COMMENT_MAX_CHARS:
            continue
        m = _SPEAKER.match(b.text)
        if m is None or b.link_chars <= SPEAKER_LINKED_SHARE * len(m.group().split()[0].rstrip("：:")):
            continue
        for t in blocks[i + 1: i + 1 + COMMENT_REACH]:
            if len(t.text) <= TIME_LINE_MAX_CHARS and _COMMENT_TIME.match(t.text):
                units += [b, t]
                break
    return units if len(units) >= COMMENT_MIN_BLOCKS else []


#: An item of a related list is a linked title ...
RELATED_ITEM_MAX_CHARS = 80
#: ... mostly link text.
RELATED_ITEM_MIN_LINK_DENSITY = 0.5


def related_hint_item(blocks: Sequence[Block]) -> list[Block]:
    """Short, mostly linked blocks inside an element whose class names a related or recommended list.

    >>> bs = [Block(0, "《长夜将尽》的影评 · · · · · · ( 全部 328 条 )", links=2, link_chars=20,
    ...             hints="reviews related-reviews"),
    ...       Block(1, "今年最好的国产现实题材，没有之一", links=1, link_chars=16, hints="related-reviews main-bd"),
    ...       Block(2, "首映场看的，片尾字幕出来的时候全场没有一个人起身。", hints="related-reviews short-content")]
    >>> [b.index for b in related_hint_item(bs)]
    [0, 1]
    """
    return [b for b in blocks if b.label is None and b.links and len(b.text) <= RELATED_ITEM_MAX_CHARS
            and b.link_density >= RELATED_ITEM_MIN_LINK_DENSITY and has_hint(b, RELATED_HINTS)]


def counter_line(blocks: Sequence[Block]) -> list[Block]:
    """Open blocks that are a line of counters (``36人点赞``, ``阅读 3266 · 评论 58``, ``综合评分 8.7（123人做过）``).

    >>> [b.index for b in counter_line([Block(0, "阅读 3266 · 评论 58"), Block(1, "全市已有120万人关注这项改革。")])]
    [0]
    """
    # counters are short and hold a digit: two cheap tests before the pattern
    return [b for b in blocks if len(b.text) <= COUNTER_MAX_CHARS and b.label is None and _DIGIT.search(b.text)
            and _COUNTERS.fullmatch(b.text)]


def vote_box(blocks: Sequence[Block]) -> list[Block]:
    """Open blocks of a vote box: its buttons (``顶一下``, ``踩一下``) and the tallies beside them (``(0)``, ``0%``),
    set one a block by DedeCMS's default article template under the text.

    >>> box = [Block(0, "顶一下"), Block(1, "(0)"), Block(2, "0%"), Block(3, "踩一下"), Block(4, "(0)"), Block(5, "0%")]
    >>> [b.index for b in vote_box(box + [Block(6, "(2)")])]
    [0, 1, 2, 3, 4, 5]
    >>> vote_box([Block(0, "(0)"), Block(1, "大家顶一下这个帖子吧")])   # a tally with no button; a sentence
    []
    >>> vote_box([Block(0, "顶一下"), Block(1, "楼主说得对")])   # a forum reply bumping the thread
    []
    """
    found: list[Block] = []
    for i, b in enumerate(blocks):
        if b.label is not None or b.text.strip() not in _VOTE_WORDS:
            continue
        tallies = []
        for tally in blocks[i + 1:i + 1 + VOTE_TALLIES]:
            if tally.label is not None or not _TALLY.fullmatch(tally.text.strip()):
                break
            tallies.append(tally)
        if tallies:   # (a reply that says 顶一下, bumping a thread, has no tally beside it)
            found += [b, *tallies]
    return found


#: A vote button is followed by its count and its share at most.
VOTE_TALLIES = 2
_VOTE_WORDS = frozenset(read_vocabulary(_WORDS, "vote"))
_TALLY = re.compile(r"[(（]?\d{1,7}[)）]?|\d{1,3}(?:\.\d{1,2})?%")


def separator_line(block: Block) -> bool:
    """A template's separator line under the text, dashes around its name (``------分隔线------------``).

    >>> separator_line(Block(0, "------分隔线----------------------------")), separator_line(Block(0, "分隔线的用法"))
    (True, False)
    """
    return _SEPARATOR.fullmatch(block.text.strip()) is not None


_SEPARATOR = re.compile(rf"[-—=_*~·\s]{{2,40}}(?:{_words('separator')})[-—=_*~·\s]{{0,40}}")
#: A separator line is a name between dashes.
SEPARATOR_MAX_CHARS = 100


def permalink_line(block: Block) -> bool:
    """A post's address printed under it: the label and the address alone (DedeCMS's ``本文地址：/a/2018/115.html``, a
    repost's ``原文地址：https://zhuanlan.zhihu.com/p/37237106``, CSDN's ``本文链接：https://blog.csdn.net/…``).

    >>> permalink_line(Block(0, "原文地址：https://zhuanlan.zhihu.com/p/37237106"))
    True
    >>> permalink_line(Block(0, "本文地址：/a/redianzhuanti/2018/0805/115.html"))
    True
    >>> permalink_line(Block(0, "本文地址：北京市朝阳区建国路88号"))   # a street address in the text
    False
    """
    return _PERMALINK.fullmatch(block.text.strip()) is not None


_PERMALINK = re.compile(rf"(?:{_words('permalink')})\s?[:：]\s?(?:https?://|www\.|/)\S{{1,300}}")
#: A permalink line is its label and one address.
PERMALINK_MAX_CHARS = 320


#: A code box's gutter numbers its lines from 1, one number a block: two lines at least (a lone 1 may be text).
GUTTER_MIN_LINES = 2
#: A gutter's cell holds a number of four digits at most and its padding (a cheap test before the pattern).
GUTTER_CELL_MAX_CHARS = 12
_LINE_NUMBER = re.compile(r"\s{0,4}[1-9]\d{0,3}\s{0,4}")


def line_number_gutter(blocks: Sequence[Block]) -> list[Block]:
    """Open blocks that are a code box's line-number gutter: a run of blocks each holding one number, counting
    1, 2, 3 … with no link (a highlighter sets the gutter apart from the code lines, so a scraper reads it as
    blocks of its own). A pager counts with links; a sample's figures (265, 111, 1234) do not count from 1.

    Example: 静觅's Crayon boxes, ``1`` ``2`` … ``8`` over ``import requests`` and the lines after it.

    >>> code = [Block(0, "1"), Block(1, "2"), Block(2, "3"), Block(3, "import requests"), Block(4, "r = get(u)")]
    >>> [b.index for b in line_number_gutter(code)]
    [0, 1, 2]
    >>> line_number_gutter([Block(0, "3"), Block(1, "265"), Block(2, "111")]), line_number_gutter(code[:1] + code[3:])
    ([], [])
    """
    out: list[Block] = []
    run: list[Block] = []
    for b in [*blocks, Block(-1, "")]:   # (a sentinel closes the last run)
        number = int(b.text) if b.label is None and not b.links and len(b.text) <= GUTTER_CELL_MAX_CHARS \
            and _LINE_NUMBER.fullmatch(b.text) else 0
        if number and number == len(run) + 1:
            run.append(b)
            continue
        if len(run) >= GUTTER_MIN_LINES:
            out += run
        run = [b] if number == 1 else []
    return out


#: A media player's control is a word or a figure (倍速, 2.0X, 高清, 00:00/00:00).
PLAYER_CONTROL_MAX_CHARS = 16
_SENTENCE_MARKS = re.compile(r"[。！？!?，,；;]")


def player_control(blocks: Sequence[Block]) -> list[Block]:
    """Open blocks that are a media player's controls: short labels without a sentence in an element whose
    class names a player (``mplayer playercontainer playercontrol``: ``00:00/00:00``, ``倍速``, ``1.5X``, ``高清``).

    >>> bar = [Block(0, "倍速", hints="video mplayer playercontrol"), Block(1, "2.0X", hints="mplayer playbackratebox")]
    >>> [b.index for b in player_control(bar + [Block(2, "时长：01:45", hints="pic-info")])]
    [0, 1]
    >>> player_control([Block(0, "本片讲述了一位老人的故事，感人至深。", hints="video-player intro")])
    []
    """
    # (a loading placeholder inside a player is named for what it is, by loading_placeholder)
    return [b for b in blocks if b.label is None and b.hints and len(b.text) <= PLAYER_CONTROL_MAX_CHARS
            and not _SENTENCE_MARKS.search(b.text) and has_hint(b, PLAYER_HINTS) and not loading_placeholder(b)]


#: A link back closing the article is nearly all link.
BACK_LINK_MIN_LINK_DENSITY = 0.8
#: Fold and app controls are a few words.
FOLD_MAX_CHARS = 60
#: A platform's disclaimer is a paragraph at most.
DISCLAIMER_MAX_CHARS = 400
#: A tip prompt is one short line.
TIP_MAX_CHARS = 40


def loading_placeholder(block: Block) -> bool:
    """A widget's loading placeholder standing alone (``正在加载...``, ``Loading…``).

    >>> loading_placeholder(Block(0, "正在加载...")), loading_placeholder(Block(0, "正在加载新的数据集。"))
    (True, False)
    """
    return _LOADING.fullmatch(block.text) is not None


def back_link(block: Block) -> bool:
    """A link back to the site or the list closing the article (``返回搜狐，查看更多``, ``返回列表``).

    >>> back_link(Block(0, "返回搜狐，查看更多", links=1, link_chars=9)), back_link(Block(0, "返回列表"))
    (True, False)
    """
    return block.link_density >= BACK_LINK_MIN_LINK_DENSITY and _BACK_LINK.fullmatch(block.text) is not None


def cut_back_link(block: Block) -> str:
    """Cut a link back to the site that closes a block's text without a break (搜狐号's ``…就是朋友。返回搜狐，
    查看更多``, ``责任编辑：李弘宇返回搜狐，查看更多``); the cut text ("" when the block does not end with one).

    >>> b = Block(0, "责任编辑：李弘宇返回搜狐，查看更多", links=1, link_chars=9, link_texts=("返回搜狐，查看更多",))
    >>> cut_back_link(b), b.text
    ('返回搜狐，查看更多', '责任编辑：李弘宇')
    >>> cut_back_link(Block(0, "他说：返回搜狐，查看更多"))   # no link: the words are the text's own
    ''
    """
    if not block.link_texts:
        return ""
    last = block.link_texts[-1]
    if not block.text.endswith(last) or len(block.text) == len(last) or _BACK_LINK.fullmatch(last) is None:
        return ""
    block.text = block.text[:-len(last)].rstrip()
    block.link_chars = max(0, block.link_chars - len(last))
    block.links = max(0, block.links - 1)
    block.link_texts = block.link_texts[:-1]
    return last


_BADGES = frozenset(f"{o}{w}{c}" for w in read_vocabulary(_WORDS, "badges") for o, c in (("[", "]"), ("【", "】")))


def cut_badge_links(block: Block) -> list[str]:
    """Cut the badge links a portal sets after names inside a sentence (新浪娱乐: ``张一山[微博]的生日``, each
    ``[微博]`` a link to the star's Weibo card); the badges cut.

    >>> b = Block(0, "5月5日是张一山[微博]的生日，好友杨紫[微博]送上祝福", links=2, link_chars=8,
    ...           link_texts=("[微博]", "[微博]"))
    >>> cut_badge_links(b), b.text
    (['[微博]', '[微博]'], '5月5日是张一山的生日，好友杨紫送上祝福')
    """
    badges = [t for t in block.link_texts if t in _BADGES]
    if not badges or block.text in _BADGES:
        return []
    for badge in set(badges):
        block.text = block.text.replace(badge, "")
    block.link_chars = max(0, block.link_chars - sum(map(len, badges)))
    block.links = max(0, block.links - len(badges))
    block.link_texts = tuple(t for t in block.link_texts if t not in _BADGES)
    return badges


def attachment_line(block: Block) -> bool:
    """An attachment's file name standing alone (``附件：2025年上半年重点项目清单.xls``).

    >>> attachment_line(Block(0, "附件2：申报表.docx")), attachment_line(Block(0, "附件是一份申报表。"))
    (True, False)
    """
    return _ATTACHMENT.fullmatch(block.text) is not None


def fold_control(block: Block) -> bool:
    """A fold or app control (``展开全文``, ``展开剩余80%``, ``打开APP，阅读全文``, ``尽在新浪财经APP``).

    >>> fold_control(Block(0, "展开全文 打开APP，阅读全文"))
    True
    >>> fold_control(Block(0, "这款APP上线三个月，下载量已经过千万。"))
    False
    """
    return len(block.text) <= FOLD_MAX_CHARS and _FOLD.fullmatch(block.text) is not None


def disclaimer_line(block: Block) -> bool:
    """A platform's disclaimer under the article (``新浪声明：此消息系转载自…，不代表本网观点``).

    >>> disclaimer_line(Block(0, "免责声明：本文仅代表作者个人观点，与本站无关。"))
    True
    >>> disclaimer_line(Block(0, "公司发布声明：经核查，网传的裁员消息不实，公司经营一切正常。"))
    False
    >>> disclaimer_line(Block(0, '以上内容（包括图片及视频）为创作者平台"快传号"用户上传并发布，本平台仅提供信息存储'))
    True
    """
    return len(block.text) <= DISCLAIMER_MAX_CHARS and _DISCLAIMER.match(block.text) is not None


def tip_prompt(block: Block) -> bool:
    """A tip box under a post (``喜欢这篇文章，就请作者喝杯咖啡吧``, ``赞赏 已有 38 人赞赏``, ``打赏作者``).

    >>> tip_prompt(Block(0, "打赏作者")), tip_prompt(Block(0, "他请作者喝了一杯咖啡，两人聊到深夜才散。"))
    (True, False)
    """
    return len(block.text) <= TIP_MAX_CHARS and _TIP.fullmatch(block.text) is not None


#: A feedback box's question is one short line.
FEEDBACK_MAX_CHARS = 40


def feedback_prompt(block: Block) -> bool:
    """A help page's "was this helpful" question (``以上信息是否解决了您的问题``, ``这篇文章对您有帮助吗？``). Its
    thanks (``感谢您的反馈``) is left to the rules that read the page's end (a form under the editor's credit).

    >>> feedback_prompt(Block(0, "以上信息是否解决了您的问题")), feedback_prompt(Block(0, "这篇文章对您有帮助吗？"))
    (True, True)
    >>> feedback_prompt(Block(0, "市民可拨打热线进行问题反馈，部门将在三个工作日内答复并公开处理结果。"))
    False
    """
    return len(block.text) <= FEEDBACK_MAX_CHARS and _FEEDBACK.search(block.text) is not None


_FEEDBACK = re.compile(_words("feedback"))

#: A browser notice is a sentence or two.
BROWSER_NOTICE_MAX_CHARS = 120


def browser_notice(block: Block) -> bool:
    """A notice about the reader's browser, which belongs to the page's frame, not its text (科技日报's layout
    page: ``如遇日历牌无法正常显示，为IE版本兼容问题造成。请将您的浏览器设置为兼容模式…``; a footer's
    ``建议使用IE8以上浏览器，1024*768分辨率浏览本站``).

    >>> browser_notice(Block(0, "您的浏览器版本过低，请升级浏览器。"))
    True
    >>> browser_notice(Block(0, "建议使用IE8以上浏览器浏览本站"))
    True
    >>> browser_notice(Block(0, "这款浏览器主打隐私保护，上线首月用户突破百万。"))   # news about a browser
    False
    >>> browser_notice(Block(0, "因为浏览器不支持文件系统，所以不支持传入文件路径"))   # a manual
    False
    >>> browser_notice(Block(0, "#exclude 排除某些软件在升级名单之外，可以用通配符"))   # no browser named
    False
    """
    text = block.text
    return len(text) <= BROWSER_NOTICE_MAX_CHARS and _BROWSER.search(text) is not None \
        and _BROWSER_ADVICE.search(text) is not None


_BROWSER = re.compile(_words("browser"))
_BROWSER_ADVICE = re.compile(_words("browser advice"))


# ------------------------------------------------------------------------------------------ the registries
class Cue(IntFlag):
    """A word every block a run or block rule takes holds (see :func:`cue_pattern`)."""

    LOADING = 1 << 0
    BACK = 1 << 1
    ATTACHMENT = 1 << 2
    FOLD = 1 << 3
    DISCLAIMER = 1 << 4
    TIP = 1 << 5
    TAG = 1 << 6
    TOC = 1 << 7
    NOTICE = 1 << 8
    EDIT = 1 << 9       # a heading's [编辑] link (strip_edit_link)
    FEEDBACK = 1 << 10
    BROWSER = 1 << 11
    SEPARATOR = 1 << 12
    PERMALINK = 1 << 13


# The sections of data/page_controls.txt whose words make each cue: each rule's pattern cannot match
# without one of them. A hashtag line's cue is its mark.
_CUE_SECTIONS = {
    Cue.LOADING: ("loading", "loading latin"),
    Cue.BACK: ("back",),
    Cue.ATTACHMENT: ("attachment",),
    Cue.FOLD: ("fold", "fold remaining", "app"),
    Cue.DISCLAIMER: ("disclaimer label", "disclaimer label latin", "disclaimer opening"),
    Cue.TIP: ("tip", "tip coffee"),
    Cue.TAG: ("tag label", "tag label latin"),
    Cue.TOC: ("toc", "toc latin"),
    Cue.NOTICE: ("notice",),
    Cue.EDIT: ("edit",),
    Cue.FEEDBACK: ("feedback",),
    Cue.BROWSER: ("browser",),
    Cue.SEPARATOR: ("separator",),
    Cue.PERMALINK: ("permalink",),
}
_CUE_MARKS = {Cue.TAG: ("#",)}


def cue_pattern(cues: int = -1) -> re.Pattern[str]:
    """One pattern over the words of ``cues`` (all by default), shaped as a trie: one scan of the page finds
    the few blocks worth a look.

    >>> bool(cue_pattern(Cue.TIP).search("打赏作者")), bool(cue_pattern(Cue.TIP).search("返回列表"))
    (True, False)
    """
    words = {w.lower() for cue, sections in _CUE_SECTIONS.items() if cue & cues
             for section in sections for w in read_vocabulary(_WORDS, section)}
    words |= {mark for cue, marks in _CUE_MARKS.items() if cue & cues for mark in marks}
    return re.compile(trie_pattern(words))


_CUES = cue_pattern()

#: Rules that judge the page's blocks together (repeats, rows, comment units), in this order; each
#: returns the open blocks it takes.
PAGE_RULES: tuple[Rule, ...] = (
    Rule(repeated_control, "navigation"),
    Rule(related_hint_item, "related"),
    Rule(counter_line, "boilerplate"),
    Rule(player_control, "boilerplate"),
    Rule(line_number_gutter, "boilerplate"),
    Rule(vote_box, "boilerplate"),
    Rule(speaker_comment, "comment", kept_by="keep_comments"),
)
#: Rules that take a short heading and the blocks that run under it (``rule(blocks, start)``).
RUN_RULES: tuple[Rule, ...] = (
    Rule(notice_section, "copyright", Cue.NOTICE, max_chars=RUN_HEADING_MAX_CHARS),
    Rule(table_of_contents, "navigation", Cue.TOC, max_chars=RUN_HEADING_MAX_CHARS),
)
#: Rules for one block, in the order they are tried; a heading no rule takes has its edit link cut.
BLOCK_RULES: tuple[Rule, ...] = (
    Rule(loading_placeholder, "boilerplate", Cue.LOADING),
    Rule(back_link, "navigation", Cue.BACK),
    Rule(attachment_line, "boilerplate", Cue.ATTACHMENT),
    Rule(fold_control, "app_prompt", Cue.FOLD, max_chars=FOLD_MAX_CHARS),
    Rule(disclaimer_line, "copyright", Cue.DISCLAIMER, max_chars=DISCLAIMER_MAX_CHARS),
    Rule(tip_prompt, "boilerplate", Cue.TIP, max_chars=TIP_MAX_CHARS),
    Rule(feedback_prompt, "boilerplate", Cue.FEEDBACK, max_chars=FEEDBACK_MAX_CHARS),
    Rule(browser_notice, "boilerplate", Cue.BROWSER, max_chars=BROWSER_NOTICE_MAX_CHARS),
    Rule(separator_line, "boilerplate", Cue.SEPARATOR, max_chars=SEPARATOR_MAX_CHARS),
    Rule(permalink_line, "copyright", Cue.PERMALINK, max_chars=PERMALINK_MAX_CHARS),
    Rule(tag_line, "related", Cue.TAG, max_chars=TAG_LINE_MAX_CHARS),
)


def mark_controls(doc: Document, opts: Any) -> None:
    """Label repeated control labels (navigation), tables of contents (navigation), tag lines (related)
    and the other controls of the registries; cut headings' edit links."""
    blocks = doc.blocks
    for rule in PAGE_RULES:
        if rule.kept_by and getattr(opts, rule.kept_by, False):
            continue
        for b in rule.test(blocks):
            if b.label is None:
                doc.remove_block(b, rule.kind, rule.name)
    for b in blocks:
        if b.label is None and b.link_texts and not _BADGES.isdisjoint(b.link_texts):
            for badge in cut_badge_links(b):
                doc.removed.append(Removal("navigation", badge, "badge_link", f"block {b.index} (part)"))
    cued = blocks_matching([b.text for b in blocks], (_CUES,))
    for i in [i for i, found in enumerate(cued) if found]:
        b = blocks[i]
        if b.label is not None:
            continue
        for rule in RUN_RULES:
            if len(b.text) <= rule.max_chars:
                for item in rule.test(blocks, i):
                    if item.label is None:
                        doc.remove_block(item, rule.kind, rule.name)
        if b.label is not None:
            continue
        for rule in BLOCK_RULES:
            if (not rule.max_chars or len(b.text) <= rule.max_chars) and rule.test(b):
                doc.remove_block(b, rule.kind, rule.name)
                break
        else:
            if b.heading:
                strip_edit_link(b)
            cut = cut_back_link(b)
            if cut:
                doc.removed.append(Removal("navigation", cut, "back_link", f"block {b.index} (part)"))
