"""Main-content selection over the blocks the earlier stages left unlabelled.

HTML pages: every unlabelled block gets a prose score (characters outside
links, Chinese punctuation, link density, class/id hints, position against
the headline); each container of the page (``doc.hints["containers"]``, from
:mod:`webclean.parse.html`) gets the sum of its subtree, boilerplate counting
against it; the best container wins and its prose blocks, in page order, are
the body. Text pages: the unlabelled lines after the title line.

>>> from webclean.document import Block, Document
>>> doc = Document(raw="")
>>> doc.blocks = [Block(0, "首页 新闻 体育", tag="td", link_chars=7, links=3, container=1),
...               Block(1, "今天上午，市政府召开新闻发布会，介绍了今年的主要工作。", tag="p", container=2),
...               Block(2, "会议指出，要继续做好民生保障工作。", tag="p", container=2)]
>>> doc.hints["containers"] = [(-1, "body", ""), (0, "td", "nav"), (0, "div", "content")]
>>> select_body(doc, None)
>>> doc.paragraphs
['今天上午，市政府召开新闻发布会，介绍了今年的主要工作。', '会议指出，要继续做好民生保障工作。']
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import pairwise
from typing import Any, NamedTuple

from ..core.data import read_terms
from ..core.dates import parse_date
from ..core.names import looks_like_outlet, looks_like_unit
from ..core.vocabulary import alternation, read_vocabulary, section_alternation
from ..document import Block, Document
from ..record import Removal
from .datelines import dispatch_byline
from .kinds import blog_engine, is_community, is_forum, page_kind, thread_controls
from .listings import (
    entry_fact_lines,
    entry_headline,
    entry_rank_numbers,
    headline_beside_its_date,
    list_entries,
    list_signature,
    told_entry_names,
)
from .replies import POST_MARKS, SIGNATURE_DEPTH, client_line, header_row, later_replies, reply_text, signature
from .titles import strip_site_suffix

__all__ = ["select_body", "prose_score", "is_pagination", "hint_factor", "is_listing", "teaser_card", "title_link",
           "ensure_body", "densest_prose_region", "prose_block"]

_CJK_PUNCT = re.compile(r"[，。！？；：、“”]")
# Author rules that read a blog's owner: the page they credit is a blog post.
_BLOG_OWNER_RULES = frozenset(("blog_owner", "banner_owner"))
# Date rules that read a post's own time line: a page they date is a community page.
_POST_ROW_RULES = frozenset(("first_floor_footer", "poster_row_time"))
_POST_TIME_RULES = frozenset(("posted_time", "edited_time", "dateline"))
# ... when the line says it the way boards and Q&A sites do (发表于, 1楼, posted @; 编辑于 dates Zhihu columns too):
# a news account's "发布于北京" or a news page's 发表时间 dates an article.
_COMMUNITY_TIME = re.compile(section_alternation("post_lines.txt", "community time"), re.I)
_SPACES = re.compile(r"\s+")
# A line with no punctuation and under this many characters is a label, menu item, caption or notice, not
# prose (a Chinese sentence that long carries a comma or a stop).
LABEL_MAX_CHARS = 20
# A pager is one short row of links; a longer line of numbers and arrows is a table row or a listing.
PAGER_MAX_CHARS = 120
_LINES = "body_lines.txt"
# Pager words as written, in Simplified (see data/body_lines.txt).
_PAGER_STEPS = section_alternation(_LINES, "pager steps", traditional=False)
# 上一页 1 2 3 下一页 / [1] [2] / 第1页 共3页 / 首页 尾页: nothing but pager words and numbers.
# Each alternative consumes a whole run (a number ends where its digits end, dots where the dots end), so
# the repetition has one way to split a line: `\d{1,3}` alone made "0800000…" exponential under fullmatch.
_PAGER = re.compile(rf"(?:{alternation(read_terms(_LINES, 'pager steps') + read_terms(_LINES, 'pager ends'))}"
                    r"|\[?\d{1,3}(?!\d)\]?|第\s*\d+\s*页|共\s*\d+\s*页|"
                    r"[<>«»‹›|/…\-]|\.{2,}(?!\.)|\s)+", re.I)
_PAGER_WORD = re.compile(rf"{_PAGER_STEPS}|第\s*\d+\s*页|共\s*\d+\s*页", re.I)
_PAGER_NUMBERS = re.compile(r"\d{1,3}")
# Class/id tokens of page furniture, matched per token (split at - and _) so "comment-text" and
# "leftNav" are furniture while "inside" and "head" are not.
_HINTS = "page_hints.txt"


def _hint_words(section: str) -> str:
    """The alternation of one section of ``data/page_hints.txt``, as written (class names)."""
    return section_alternation(_HINTS, section, traditional=False)


# A token holding a furniture word anywhere, starting with a furniture prefix, or being a furniture token.
_BAD_HINTS = re.compile(rf"{_hint_words('furniture parts')}|^(?:{_hint_words('furniture prefixes')})"
                        rf"|^(?:{_hint_words('furniture tokens')})$")
_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
# An element named as the text itself (newscontent, article-content, zhengwen); replies and related lists
# around it still speak against it.
_CONTENT_WORD = re.compile(_hint_words("content words"))
_RESPONSE_WORD = re.compile(_hint_words("response words"))
_GOOD_HINTS = re.compile(_hint_words("text words"))
_LINK_BOXES = frozenset(read_terms(_HINTS, "link boxes"))


def prose_score(block: Block) -> float:
    """How much readable prose a block holds: non-link characters, boosted by punctuation, minus links.

    >>> prose_score(Block(0, "今天上午，市政府召开新闻发布会。"))
    22.0
    >>> prose_score(Block(0, "首页 新闻 体育 娱乐", link_chars=8, links=4)) < 0
    True
    """
    text = block.text
    # Every whitespace character but the ASCII space is unprintable: on a printable text (nearly every
    # block) one count does what the regex does, at a third of the cost.
    n = len(text) - text.count(" ") if text.isprintable() else len(_SPACES.sub("", text))
    if not n:
        return 0.0
    links = min(block.link_chars, n)
    plain = n - links
    punct = len(_CJK_PUNCT.findall(text))
    # A line with no punctuation and few plain characters is a label, menu item or caption, not prose: it
    # neither helps nor hurts much.
    if punct == 0 and plain < LABEL_MAX_CHARS:
        return -0.5 * links - (1.0 if block.links else 0.0)
    # Punctuation is the strongest Chinese prose signal: each mark adds ~ one short clause (capped).
    bonus = min(punct, plain / 8) * 3
    return plain + bonus - 1.0 * links


@lru_cache(maxsize=4096)
def hint_factor(hints: str) -> float:
    """Multiplier for a block's score from the class/id words of its ancestors.

    >>> hint_factor("wrapper article-content")
    1.3
    >>> hint_factor("footer copyright")
    -0.3
    >>> hint_factor("article comment-text")
    -0.3
    >>> hint_factor("inside-box head")
    1.0
    >>> hint_factor("richtext ztext copyrightrichtext-richtext"), hint_factor("main link-report review-content")
    (1.3, 1.3)
    >>> hint_factor("lmain newsdes share newscontent"), hint_factor("post comment-content")
    (1.3, -0.3)
    >>> hint_factor("comment-box user-post-text comment-text single-post post-text")
    -0.3
    >>> hint_factor("")
    1.0
    """
    if not hints:
        return 1.0
    # Only the innermost words speak for the block: a page-wide wrapper id says nothing about it.
    inner = hints.split(" ")[-4:]
    # The element's own last word naming it as content (newscontent) outranks a furniture word above it
    # (a wrapper "newsdes share" around both the share bar and the text).
    last = inner[-1]
    if (_CONTENT_WORD.search(last) and not any(_BAD_HINTS.search(w) for w in _TOKEN_SPLIT.split(last))
            and not any(_RESPONSE_WORD.search(w) for w in inner)):
        return 1.3
    if any(_BAD_HINTS.search(t) for t in _TOKEN_SPLIT.split(" ".join(inner))):
        return -0.3
    if any(w in _LINK_BOXES for w in inner):   # a links box; "link-report" (Douban's review) is not
        return -0.3
    if _GOOD_HINTS.search(hints):
        return 1.3
    return 1.0


def is_pagination(text: str) -> bool:
    """A pager line: only page numbers and prev/next words, with at least two numbers or a pager word.

    >>> is_pagination("上一页 1 2 3 下一页")
    True
    >>> is_pagination("[1] [2] [3]")
    True
    >>> is_pagination("2004年12月11日"), is_pagination("256 12")
    (False, False)
    """
    text = text.strip()
    # a tab: cells of a table row (a row of figures), not the links of a pager
    if not text or len(text) > PAGER_MAX_CHARS or "\t" in text or not _PAGER.fullmatch(text):
        return False
    if _PAGER_WORD.search(text):
        return True
    # numbers alone: a pager counts up from its first number (1 2 3 … 20, [3] [4] [5]); counters side by
    # side (赞 256 踩 12) do not
    numbers = [int(n) for n in _PAGER_NUMBERS.findall(text)]
    return len(numbers) >= 2 and numbers[1] == numbers[0] + 1


# A listing page (is_listing). A headline link with its date beside it ("某某会议 2024-01-02") is about half
# link text, so a line this linked is a list entry.
LISTING_LINK_DENSITY = 0.4
# Prose counts from blocks scoring above this (about one sentence; labels and list entries score less).
LISTING_PROSE_BLOCK = 30
# Under this much prose against this many link lines, and no paragraph scoring this much, there is no
# article to extract (a short news brief has one real paragraph and is kept as an article).
LISTING_MAX_PROSE = 100
LISTING_MIN_LINK_LINES = 15
LISTING_MAX_PARAGRAPH = 60
#: ... unless one element holds this much punctuated text (two paragraphs' worth) in this many short lines.
SHORT_LINES_TEXT = 200
SHORT_LINES_MIN = 8


#: The headline's own text element sits within this many blocks under it (its info bar and tools between).
OWN_TEXT_REACH = 15
#: ... and says this much at least, unlinked: a short post's line or two, not a label.
OWN_TEXT_MIN_CHARS = 10


def text_of_its_own(blocks: list[Block], headline: int) -> bool:
    """Whether the headline has a text element of its own under it, however short the text: unlinked blocks
    whose own element is named as the text (``article_content … content_views``), within
    :data:`OWN_TEXT_REACH` blocks. A short post (a blog post of two lines among its site's recommendations) is
    an article, not a listing.

    >>> hl = Block(0, "SolVES模型的生态系统社会价值评估代做", heading=1)
    >>> post = Block(1, "1107436458 某鹅 说明来处", hints="blog-content-box article_content content_views")
    >>> text_of_its_own([hl, post], 0), text_of_its_own([hl, Block(1, "1107436458 某鹅 说明来处")], 0)
    (True, False)
    """
    if headline < 0:
        return False
    own = sum(len(b.text) for b in blocks[headline + 1: headline + 1 + OWN_TEXT_REACH]
              if (b.label is None or b.rule in _SELECTION_RULES) and b.link_density < 0.3 and _own_text_block(b))
    return own >= OWN_TEXT_MIN_CHARS


def _own_text_over_a_far_region(doc: Document, kept: list[Block]) -> list[Block]:
    """The headline's own text element (:func:`text_of_its_own`), when selection chose a region that holds
    none of it and starts far below it: a short post's two lines are its body, not the site's payment notes
    under a long list of recommendations, whatever their punctuation."""
    headline = _headline_index(doc)
    if headline < 0 or not kept or not text_of_its_own(doc.blocks, headline):
        return kept
    own = [b for b in doc.blocks[headline + 1: headline + 1 + OWN_TEXT_REACH]
           if (b.label is None or b.rule in _SELECTION_RULES) and b.link_density < 0.3 and _own_text_block(b)]
    if not own or any(b in kept for b in own) or kept[0].index - own[-1].index <= OWN_TEXT_REACH:
        return kept
    # the same element further down the page is a later post's text (a board's floors, each
    # <div class="c-article__content">): the page's posts, as a thread's replies are kept
    signatures = {list_signature(b) for b in own}
    own = [b for b in doc.blocks[headline + 1:] if (b.label is None or b.rule in _SELECTION_RULES)
           and b.link_density < 0.3 and list_signature(b) in signatures]
    doc.restore_blocks(b for b in own if b.label is not None)
    for b in own:
        b.mark("body", "own_text")   # (ensure_body keeps a short own text: it is the post, not a banner)
    for b in kept:
        doc.remove_block(b, "boilerplate", "outside_main_content")
    return own


def lead_of_the_region(doc: Document, kept: list[Block]) -> list[Block]:
    """The paragraphs right before the chosen region that its enclosing element holds as its own text: the lead
    a template set apart from the rest of the text, which selection narrowed away.

    A county site's TRS editor wraps the first paragraph alone (``<div class="trs_editor"><p>4月14日，国家林业和草原局
    召开新闻发布会…</p><div><p>长期以来…</p>…</div></div>``); a post leads into its list with a paragraph
    (``創用CC授權條款3.0版…已經在2007年2月底推出了。`` over the ``<ol>`` of changes). Each must be a sentence
    (a full stop), not a line of links, below the headline; a board's rules in an element of their own are a
    sibling's text, not the region's lead.
    """
    if not kept:
        return []
    containers = doc.hints.get("containers") or []
    enclosing: set[int] = set()
    cid = kept[0].container
    while 0 <= cid < len(containers) and cid not in enclosing:
        enclosing.add(cid)
        cid = containers[cid][0]
    headline = _headline_index(doc)
    lead: list[Block] = []
    for b in reversed(doc.blocks[max(headline + 1, 0):kept[0].index]):
        if (b.rule != "outside_main_content" or b.container not in enclosing or b.container == kept[0].container
                or b.link_density >= 0.5 or not (_SENTENCE_STOP.search(b.text) or b.text.endswith(("：", ":")))):
            break   # (a line closing on a colon leads into what follows: 3.0版主要有以下幾點變動：)
        lead.append(b)
    return lead[::-1]


def _lead_of_the_region(doc: Document, kept: list[Block]) -> list[Block]:
    lead = lead_of_the_region(doc, kept)
    if not lead:
        return kept
    doc.restore_blocks(lead)
    for b in lead:
        b.mark("body", "lead_of_the_region")
    return lead + kept


def _own_text_block(block: Block) -> bool:
    last = block.hints.rsplit(" ", 1)[-1] if block.hints else ""
    return bool(last) and _CONTENT_WORD.search(last) is not None and not any(
        _BAD_HINTS.search(w) for w in _TOKEN_SPLIT.split(last))


def is_listing(blocks: list[Block], scores: list[float]) -> bool:
    """A listing page: many short link lines and little prose anywhere on the page.

    >>> bl = [Block(i, f"新闻标题第{i}条", link_chars=7, links=1) for i in range(20)]
    >>> is_listing(bl, [prose_score(b) for b in bl])
    True
    """
    link_lines = sum(1 for b in blocks if b.links and (b.link_density >= LISTING_LINK_DENSITY
                                                      or headline_beside_its_date(b)))
    prose = sum(s for s in scores if s > LISTING_PROSE_BLOCK)
    return (link_lines >= LISTING_MIN_LINK_LINES and prose < LISTING_MAX_PROSE
            and max(scores, default=0.0) < LISTING_MAX_PARAGRAPH and not text_in_short_lines(blocks))


def text_in_short_lines(blocks: list[Block]) -> bool:
    """One element holding a text set in short lines (a diary, a poem, lyrics: ``今日早上，`` /
    ``三節課去考資訊競賽的上機，``): no line scores as a paragraph, but together they are the page's text, not a
    list. Counted per element, over unlinked lines that carry punctuation; a list's teasers sit one per entry.

    >>> diary = [Block(i, "三節課去考資訊競賽的上機，", container=36) for i in range(30)]
    >>> text_in_short_lines(diary), text_in_short_lines(diary[:5])
    (True, False)
    """
    text: Counter[int] = Counter()
    lines: Counter[int] = Counter()
    for b in blocks:
        if not b.links and _CJK_PUNCT.search(b.text):
            text[b.container] += len(b.text)
            lines[b.container] += 1
    return any(chars >= SHORT_LINES_TEXT and lines[box] >= SHORT_LINES_MIN for box, chars in text.items())


def _headline_index(doc: Document) -> int:
    """Index of the headline: the block labelled title, else the first h1 that the ``<title>`` names
    (a logo or widget h1 is not a headline); the first h1 when the page has no ``<title>``; -1 if none.

    >>> d = Document(raw="", head={"title": "市政府召开发布会_新闻中心"})
    >>> d.blocks = [Block(0, "某某网", heading=1), Block(1, "市政府召开发布会", heading=1)]
    >>> _headline_index(d)
    1
    """
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.label == "title":
            return i
    head = doc.head or {}
    names = [n.strip() for n in [head.get("title") or ""] + (head.get("meta") or {}).get("og:title", [])
             if n.strip()]
    for i, b in enumerate(blocks):
        if b.heading == 1 and b.label is None and (not names or any(_names(b.text, n) for n in names)):
            return i
    return -1


def _names(text: str, title: str) -> bool:
    """The ``<title>`` names this heading: it contains it, or is most of it (40%+, not just the site name).

    >>> (_names("市政府召开新闻发布会", "市政府召开新闻发布会_新闻中心_某某网"),
    ...  _names("某某网", "市政府召开新闻发布会_某某网"))
    (True, False)
    """
    return title in text or (text in title and len(text) >= 0.4 * len(title))


def _block_scores(blocks: list[Block], headline: int, use_hints: bool = True,
                  thread: frozenset[int] = frozenset(), prose: list[float] | None = None) -> list[float]:
    """Prose score of each unlabelled block, weighted by hints and by position against the headline.

    The blocks of ``thread`` (posts their software calls comments) are weighed without their hints.
    ``prose`` is the :func:`prose_score` of every block at its position when the caller has it already.

    A block an earlier stage removed (navigation, share bar, spam...) counts against its container:
    it is evidence of page furniture, up to 25 points. The headline and metadata lines count zero.
    """
    scores = []
    for i, b in enumerate(blocks):
        if b.label is not None:
            scores.append(-min(len(b.text), 50) * 0.5 if b.label in _FURNITURE else 0.0)
            continue
        s = prose_score(b) if prose is None else prose[i]
        if s > 0:
            if use_hints and i not in thread:
                s *= hint_factor(b.hints)
            # Prose before the headline is usually a teaser or a sidebar, rarely the article.
            if headline >= 0 and i < headline:
                s *= 0.4
        scores.append(s)
    return scores


class _Tree(NamedTuple):
    """Containers of the page (ids in document pre-order) with subtree sums and block spans."""

    parent: list[int]
    key: list[str]       # tag + class/id words without digits: the "signature" of repeated units
    end: list[int]       # last container id inside each subtree (a subtree is an id range)
    first: list[int]     # first and last block index inside each subtree
    last: list[int]
    total: list[float]   # sum of block scores inside each subtree
    gain: list[float]    # sum of the positive (prose) scores only


def _container_tree(doc: Document, scores: list[float]) -> _Tree:
    """One forward pass over blocks and one reverse pass over containers (a parent's id is below
    its children's, so the reverse pass folds every subtree into its parent)."""
    containers = doc.hints.get("containers") or []
    n = len(containers)
    parent = [c[0] for c in containers]
    # a page repeats its class names (184 containers, 70 distinct words on a corpus page): each loses its digits once
    undigited = {words: _DIGITS.sub("", words) for words in {c[2] for c in containers}}
    key = [c[1] + ":" + undigited[c[2]] for c in containers]
    end, total, gain = list(range(n)), [0.0] * n, [0.0] * n
    first, last = [len(doc.blocks)] * n, [-1] * n
    for i, (b, s) in enumerate(zip(doc.blocks, scores)):
        c = b.container
        if 0 <= c < n:
            total[c] += s
            if s > 0:
                gain[c] += s
            if first[c] > i:
                first[c] = i
            last[c] = i
    for cid in range(n - 1, -1, -1):
        p = parent[cid]
        if 0 <= p < cid:
            total[p] += total[cid]
            gain[p] += gain[cid]
            if end[cid] > end[p]:
                end[p] = end[cid]
            if first[cid] < first[p]:
                first[p] = first[cid]
            if last[cid] > last[p]:
                last[p] = last[cid]
    return _Tree(parent, key, end, first, last, total, gain)


_DIALOG = re.compile(rf"(?:^|[\s:_-])(?:{_hint_words('dialog')})(?:$|[\s_-])")


#: A container named as a dialog that spans this share of the page's blocks at least is the page's canvas (Drupal wraps
#: every page in ``<div class="dialog-off-canvas-main-canvas">``: 158 of 8world's 159 blocks). Less is no test: a lead
#: form's wizard fills 83 of the 111 blocks of a commuter service's page (suzhoujjw.cn), and its prose neither (a
#: report form's rules may outweigh a short post, learnku's ``ui modal small report``).
DIALOG_MAX_SHARE = 0.9


def dialog_containers(tree: _Tree) -> frozenset[int]:
    """Containers inside a dialog that a script opens (``<div class="ui modal small report">``: a "report this
    post" form): hidden until clicked, never the article, however much text its rules hold. A container whose name
    says dialog but that spans nearly all the page's blocks (:data:`DIALOG_MAX_SHARE`) is none: Drupal's
    ``dialog-off-canvas-main-canvas`` holds 8world's whole page.

    >>> t = _Tree([-1, 0, 1, 0], ["body:", "div:ui modal report", "form:ui form", "div:article"], [3, 2, 2, 3],
    ...           [0, 0, 0, 2], [9, 1, 1, 9], [0.0] * 4, [0.0] * 4)
    >>> sorted(dialog_containers(t))
    [1, 2]
    >>> canvas = _Tree([-1, 0, 1], ["body:", "div:dialog-off-canvas-main-canvas", "div:article"], [2, 2, 2],
    ...                [0, 0, 0], [9, 9, 9], [10.0, 10.0, 9.0], [10.0, 10.0, 9.0])
    >>> sorted(dialog_containers(canvas))
    []
    """
    in_dialog = {key: bool(_DIALOG.search(key.lower())) for key in set(tree.key)}   # each distinct key once
    spans = [last - first + 1 for first, last, parent in zip(tree.first, tree.last, tree.parent) if parent < 0]
    page = sum(span for span in spans if span > 0)
    inside: list[bool] = []
    for cid, parent in enumerate(tree.parent):
        named = in_dialog[tree.key[cid]] and not (
            page > 0 and tree.last[cid] - tree.first[cid] + 1 >= DIALOG_MAX_SHARE * page)
        inside.append(named or (0 <= parent < cid and inside[parent]))
    return frozenset(cid for cid, flag in enumerate(inside) if flag)


def _best_container(tree: _Tree) -> int:
    """The container whose subtree holds the most prose net of boilerplate (children win ties), or -1;
    then narrowed to a child that holds 90%+ of its prose (a post among a board's rules and menus)."""
    best, best_score = -1, 0.0
    for cid in range(len(tree.total) - 1, -1, -1):
        if tree.total[cid] > best_score:
            best, best_score = cid, tree.total[cid]
    while best >= 0:
        children = [c for c in range(best + 1, tree.end[best] + 1) if tree.parent[c] == best]
        child = max(children, key=tree.gain.__getitem__, default=-1)
        if child >= 0 and tree.gain[child] >= NARROW * tree.gain[best]:
            best = child
            continue
        child = max(children, key=tree.total.__getitem__, default=-1)
        if child < 0 or not mixed_surroundings(tree, best, child):
            break
        best = child
    return best


#: What a region adds around its best child is a mixed feed when furniture cancels this much of its prose...
MIXED_NET_SHARE = 0.2
#: ... and the child keeps this share of the region's net prose.
MIXED_CHILD_SHARE = 0.75


def mixed_surroundings(tree: _Tree, region: int, child: int) -> bool:
    """True when ``region`` beats ``child`` only by adding a feed: teasers and lists whose prose their own
    links and labels nearly cancel, so the child (the article) is the content.

    Example: a film site's news page, its one-paragraph article in ``div.pic-content`` (net 334) inside a
    page column (net 373) that adds five teaser summaries and dated link lists (prose 649, furniture 598).

    >>> t = _Tree([-1, 0], ["div:grid", "div:pic-content"], [1, 1], [0, 2], [9, 5], [373.0, 334.0], [993.0, 344.0])
    >>> mixed_surroundings(t, 0, 1)
    True
    >>> mixed_surroundings(t._replace(total=[600.0, 334.0], gain=[620.0, 344.0]), 0, 1)
    False
    """
    extra_gain = tree.gain[region] - tree.gain[child]
    extra_net = tree.total[region] - tree.total[child]
    return (extra_gain > 0 and extra_net < MIXED_NET_SHARE * extra_gain
            and tree.total[child] >= MIXED_CHILD_SHARE * tree.total[region])


NARROW = 0.9  # a child with 90%+ of the prose is the content; the rest is a board's rules, a caption...


_FURNITURE = frozenset(("spam", "navigation", "breadcrumb", "share", "related", "copyright", "icp", "comment",
                        "ad", "app_prompt", "pagination", "boilerplate"))
_DIGITS = re.compile(r"\d+")


# A teaser card: a linked headline and a summary of two or three lines (a "you may also like" feed, a
# picture column's items). More than this much summary is a post or an article section, not a teaser.
CARD_MAX_PROSE = 300
# A feed is three or more cards side by side; two could be an article's pair of linked subsections.
CARD_MIN_UNITS = 3
# Teaser prose counts for nothing: it is real Chinese prose, but the summary of other pages; even a fifth
# of a long feed outweighs a short article in their common ancestor.
CARD_FACTOR = 0.0
_HEADLINE_CHARS = re.compile(r"[\u3400-\u9fffA-Za-z]")


def title_link(block: Block) -> bool:
    """A linked headline: a short line that is (almost) all link, with words in it.

    >>> title_link(Block(0, "山东日照：小蓝莓助力农业发展", links=1, link_chars=14))
    True
    >>> (title_link(Block(0, "5月22日，农户在采摘蓝莓。【详细】", links=1, link_chars=4)),
    ...  title_link(Block(0, "张三", links=1, link_chars=2)))
    (False, False)
    """
    text = block.text.strip()
    return (block.links >= 1 and block.link_density >= 0.8 and 6 <= len(text) <= 80
            and len(_HEADLINE_CHARS.findall(text)) >= 6)


def teaser_card(blocks: list[Block]) -> bool:
    """The blocks of one repeated unit are a teaser card: a linked headline among its first three blocks,
    then a short summary that is not itself a link.

    Example (a news site's picture column): ``山东日照：小蓝莓助力农业发展`` (linked), ``5月22日，在山东省日照市东港区
    陈疃镇蓝莓产学研基地，农户在采摘蓝莓。【详细】``, ``强图打榜 2024-05-23 09:41:17``.

    >>> teaser_card([Block(0, "山东日照：小蓝莓助力农业发展", links=1, link_chars=14),
    ...              Block(1, "5月22日，在山东省日照市东港区陈疃镇蓝莓产学研基地，农户在采摘蓝莓。【详细】",
    ...                    links=1, link_chars=4)])
    True
    >>> teaser_card([Block(0, "用户甲", links=1, link_chars=3), Block(1, "这个问题我也遇到过，重装驱动就好了。")])
    False
    """
    if not 2 <= len(blocks) <= 8:
        return False
    title = next((i for i, b in enumerate(blocks[:3]) if title_link(b)), -1)
    if title < 0:
        return False
    summary = [b for b in blocks[title + 1:] if b.link_density < 0.5 and len(b.text.strip()) >= 10]
    prose = sum(len(b.text) for b in blocks if not title_link(b))
    return bool(summary) and prose <= CARD_MAX_PROSE


def teaser_card_units(doc: Document, tree: _Tree) -> list[int]:
    """Containers that are cards of a feed: three or more siblings of one signature, two thirds of them
    :func:`teaser_card`. Their prose is the summary of other pages, so it must not outweigh an article.

    >>> d = Document(raw="")
    >>> card = [Block(0, "某地小麦陆续开镰收割", links=1, link_chars=10),
    ...         Block(0, "近日，当地小麦进入成熟期，陆续开镰收割。")]
    >>> d.blocks = [Block(i, b.text, links=b.links, link_chars=b.link_chars, container=1 + i // 2)
    ...             for i, b in enumerate(card * 3)]
    >>> d.hints["containers"] = [(-1, "ul", "list"), (0, "li", "item"), (0, "li", "item"), (0, "li", "item")]
    >>> teaser_card_units(d, _container_tree(d, [1.0] * 6))
    [1, 2, 3]
    """
    children: dict[tuple[int, str], list[int]] = {}
    for cid, parent in enumerate(tree.parent):
        if parent >= 0 and tree.last[cid] >= tree.first[cid]:
            children.setdefault((parent, tree.key[cid]), []).append(cid)
    units: list[int] = []
    for group in children.values():
        if len(group) < CARD_MIN_UNITS:
            continue
        misses = 0
        for cid in group:
            if not teaser_card(doc.blocks[tree.first[cid]: tree.last[cid] + 1]):
                misses += 1
                if 3 * misses > len(group):
                    break   # two thirds of the group can no longer be cards
        else:
            units.extend(group)
    return sorted(units)


# The article starts right under its headline: the first prose within this many blocks of it opens the
# region under the headline (credits, a share bar and an info row may come between).
ADJACENT_BLOCKS = 8
# A region under the headline wins over a larger one elsewhere on the page (a report dialog, a sidebar of
# ads) unless that one holds this many times its prose.
ADJACENT_BONUS = 1.5


def _prefer_region_under_headline(doc: Document, tree: _Tree, scores: list[float], headline: int,
                                  best: int) -> int:
    """The region that starts right under the headline, when the best region lies elsewhere and holds less
    than :data:`ADJACENT_BONUS` times its prose.

    Example: a blog post of two headings and two code blocks under its ``<h1>``, and a hidden "report" dialog
    at the foot of the page with a paragraph of rules: the dialog holds more prose, the post is the article.
    """
    if headline < 0 or best < 0 or tree.first[best] <= headline + ADJACENT_BLOCKS:
        return best   # the best region already starts under the headline (or holds it)
    blocks = doc.blocks
    start = next((i for i in range(headline + 1, min(len(blocks), headline + 1 + ADJACENT_BLOCKS))
                  if blocks[i].label is None and scores[i] > 0), -1)
    if start < 0 or tree.first[best] <= start <= tree.last[best]:
        return best
    region = blocks[start].container
    if not 0 <= region < len(tree.parent):
        return best
    # widen to the largest ancestor that still starts under the headline and leaves the best region out
    while True:
        parent = tree.parent[region]
        if parent < 0 or tree.first[parent] <= headline or tree.first[parent] <= tree.first[best] <= tree.last[parent]:
            break
        region = parent
    return region if ADJACENT_BONUS * tree.gain[region] >= tree.gain[best] else best


#: The text under the headline outweighs a region above the headline this many times over, before the hints weigh in,
#: when the hints alone made that region the best.
HINTS_OVERRULED = 5


def hints_cancel_the_text(blocks: list[Block], tree: _Tree, best: int, prose: list[float], scores: list[float],
                          headline: int) -> bool:
    """Whether the class/id hints cancelled the article's own text: the best region lies wholly above the headline,
    while the open blocks right under the headline, paragraphs of one container, hold :data:`HINTS_OVERRULED` times
    its prose, and the hints turn all of it to furniture. A wrapper's name then speaks for the whole article (a
    company site's ``caseCmenu`` around its news item, read as a menu: 20 paragraphs lost to the header's phone
    number line). Lines of several containers under a headline (a pager, a footer's address under a listing's last
    entry) are no article.

    >>> head = [Block(0, "TEL：19983727888 E-MAIL：949532654@qq.com"), Block(1, "基建潮送暖风", heading=3)]
    >>> text = [Block(i, "近日，专项债新政点燃了市场热情，基建板块一度全线上涨，大宗商品期货也普遍大涨。", container=0)
    ...         for i in (2, 3)]
    >>> tree = _Tree([-1], ["div:center"], [0], [0], [0], [24.0], [24.0])
    >>> hints_cancel_the_text(head + text, tree, 0, [24.0, 0.0, 80.0, 80.0], [24.0, 0.0, -24.0, -24.0], 1)
    True
    >>> hints_cancel_the_text(head + text, tree, 0, [24.0, 0.0, 80.0, 80.0], [24.0, 0.0, 80.0, -24.0], 1)
    False
    """
    if headline < 0 or best < 0 or tree.last[best] >= headline:
        return False
    under = [i for i in range(headline + 1, min(len(blocks), headline + 1 + ADJACENT_BLOCKS))
             if blocks[i].label is None and prose[i] > 0]
    return len(under) >= 2 and len({blocks[i].container for i in under}) == 1 and all(scores[i] <= 0 for i in under) \
        and sum(prose[i] for i in under) >= HINTS_OVERRULED * tree.gain[best]


# A post holds real prose from this score on (a few sentences); shorter units count only as replies.
POST_PROSE = 50
# Posts of one signature are the region's content when they hold this share of its prose; less, and they
# are paragraphs or sections of one article.
POST_SHARE = 0.6


def _post_units(tree: _Tree, best: int) -> dict[str, list[int]]:
    """Outermost containers under ``best`` that can be posts, grouped by signature: those holding real
    prose (score >= POST_PROSE) and short replies (some prose plus another block, such as the 发表于 header)."""
    groups: dict[str, list[int]] = {}
    group_end: dict[str, int] = {}
    for cid in range(best + 1, tree.end[best] + 1):
        if (tree.total[cid] >= POST_PROSE or is_short_reply(tree, cid)) and cid > group_end.get(tree.key[cid], -1):
            groups.setdefault(tree.key[cid], []).append(cid)
            group_end[tree.key[cid]] = tree.end[cid]   # skip same-signature units nested in this one
    return groups


def is_short_reply(tree: _Tree, cid: int) -> bool:
    """A container too short to be prose on its own that still looks like a reply: some prose (the one-line
    message, score > 0) in two or more blocks (the message and its ``发表于 2025-05-12 22:05`` header or
    username). A lone paragraph ``<div class="para">`` is one block, so it never counts.

    >>> t = _Tree([-1], ["td:plc"], [0], [3], [4], [12.0], [12.0])
    >>> is_short_reply(t, 0), is_short_reply(t._replace(last=[3]), 0)
    (True, False)
    """
    return tree.gain[cid] > 0 and tree.last[cid] > tree.first[cid]


def thread_posts(doc: Document, tree: _Tree, best: int) -> list[int]:
    """The repeated, separated post containers of the region ``best`` (forum thread, blog front page), or [].

    Units of one signature (two or more, each with prose, not nested in each other, the first with real
    prose and the later ones possibly one-line replies) that hold
    >= POST_SHARE (60%) of the region's prose and have a post header (date, floor number) around each later
    one are posts, not paragraphs. Of several such groups the innermost wins: the post text without its
    header (poster, time, floor number and buttons lie outside the units).
    """
    found: list[int] = []
    for top in _post_units(tree, best).values():
        # The first post is the content: it holds real prose even when every reply is a one-liner.
        if (len(top) < 2 or tree.total[top[0]] < POST_PROSE
                or sum(tree.total[u] for u in top) < POST_SHARE * tree.total[best]):
            continue
        spans = [(tree.first[u], tree.last[u]) for u in top]
        # The header of a later post sits between the posts or in its own first/last lines.
        headed = all(_post_header_between(doc.blocks, a[1] + 1, b[0] + 2) or
                     _post_header_between(doc.blocks, b[1] - 1, b[1] + 1) for a, b in pairwise(spans))
        if headed and (not found or top[0] > found[0]):
            found = top
    return found


def same_kind_units(tree: _Tree, region: int, posts: list[int]) -> list[int]:
    """The later posts of a thread: every outermost container of the posts' signature in the region after the
    first post, the one-line ones too (a post unit must hold real prose or two blocks to be found; a reply
    ``赞一个`` in a Flarum ``post-body`` of its own holds neither, yet it is a post of the same kind).

    >>> t = _Tree([-1, 0, 0, 0], ["div:stream", "div:post-body", "div:post-body", "div:post-body"],
    ...           [3, 1, 2, 3], [0, 0, 1, 2], [2, 0, 1, 2], [90.0, 60.0, 4.0, 26.0], [90.0, 60.0, 4.0, 26.0])
    >>> same_kind_units(t, 0, [1, 3])
    [2, 3]
    """
    key = tree.key[posts[0]]
    found: list[int] = []
    end = posts[0]
    for cid in range(posts[0] + 1, tree.end[region] + 1):
        if cid > tree.end[end] and tree.key[cid] == key:
            found.append(cid)
            end = cid
    return found


def reply_unit(blocks: list[Block], scores: list[float], tree: _Tree, cid: int) -> bool:
    """A later post unit is a reply when it holds words of its own (:func:`webclean.extract.replies.reply_text`:
    text, not links, not a header row, not a teaser cut short) and is not mostly links.

    A ranking or a feed of teasers repeats like posts (``1`` / linked headline / ``點閱：302次``) but holds
    only links and counters; a Q&A page's other answers under the chosen one are cut short
    (``…在乎别人的… 显示全部``); a reply, however short (``元旦快乐！``), is text.

    >>> t = _Tree([-1], ["div:post"], [0], [0], [1], [9.0], [9.0])
    >>> reply_unit([Block(0, "2楼"), Block(1, "我也遇到了，重装驱动就好了。")], [-1.0, 16.0], t, 0)
    True
    >>> ranking = [Block(0, "勞動局長遴選挨批", links=1, link_chars=8), Block(1, "點閱：302次，全台第一")]
    >>> reply_unit(ranking, [-4.0, 6.0], t, 0)
    False
    >>> reply_unit([Block(0, "2楼"), Block(1, "过分在乎别人的感受，在乎别人的… 显示全部")], [-1.0, 20.0], t, 0)
    False
    """
    span = range(tree.first[cid], tree.last[cid] + 1)
    chars = sum(len(blocks[i].text) for i in span)
    linked = sum(blocks[i].link_chars for i in span)
    return linked <= REPLY_LINK_SHARE * chars and any(blocks[i].label is None and reply_text(blocks[i]) for i in span)


def titled_posts(blocks: list[Block], tree: _Tree, posts: list[int], headline: int) -> bool:
    """Every later post opens under a title of its own, set like the page's headline: the page is a run of
    separate articles, and the first one is its content.

    A blog's archive page shows each post under its title (``<td class="post-title">澳坛真的累了</td>``, the
    same cell as the headline ``湘菜粤菜 兵分两路``), and an old message board gives each message a subject
    line (``如果``, ``Re:《清洁》…``) in the headline's cell; a thread's replies have no titles.

    >>> t = _Tree([-1, -1], ["td:post-body", "td:post-body"], [0, 1], [1, 3], [1, 3], [60.0, 60.0], [60.0, 60.0])
    >>> page = [Block(0, "湘菜粤菜 兵分两路", tag="td", hints="post-title"), Block(1, "湘菜粤菜兵分两路……"),
    ...         Block(2, "澳坛真的累了", tag="td", hints="post-title"), Block(3, "我真的累了。")]
    >>> titled_posts(page, t, [0, 1], 0)
    True
    >>> page[2] = Block(2, "wszgrcy 4 小时前", tag="td", hints="reply-header")
    >>> titled_posts(page, t, [0, 1], 0)
    False
    """
    if headline < 0 or len(posts) < 2:
        return False
    mark = signature(blocks[headline])
    return all(any(signature(b) == mark for b in blocks[tree.last[prev] + 1:tree.first[u]] if b.index != headline)
               for prev, u in pairwise(posts))


#: A reply is its poster's words: a unit whose text is more than this share link text is a list of links
#: (a ranking, a feed of teasers) that repeats like posts. A reply quoting a link or naming @someone stays
#: well under it.
REPLY_LINK_SHARE = 0.3


# A post header: a date or time, a floor number or a posting verb (发表于 2005-6-1 / #2 / 2楼 / 回复).
# The floor number is bounded and must start a number: `\d+\s*楼` was quadratic on a long digit run.
_POST_HEADER = re.compile(POST_MARKS, re.I)


def _post_header_between(blocks: list[Block], start: int, stop: int) -> bool:
    """True when a non-heading block between two units looks like a post header (so they are posts,
    not sections of one article separated by subheadings).

    >>> _post_header_between([Block(0, "用户2 发表于 2005-6-2")], 0, 1)
    True
    >>> _post_header_between([Block(0, "二、会议内容", heading=2)], 0, 1)
    False
    """
    return any(not b.heading and len(b.text) <= POST_HEADER_MAX and not _SENTENCE_STOP.search(b.text[-2:])
               and _POST_HEADER.search(b.text) for b in blocks[start:stop])


# A post header is a short line (poster, time, floor) that ends no sentence; a paragraph that mentions
# 2015年1月 is text.
POST_HEADER_MAX = 80


def above_headline_tools(block: Block) -> bool:
    """A short linked line above the headline inside the article region: page tools or a kicker menu,
    not text (an article starts at its headline).

    Example: an encyclopedia entry's ``添加义项 讨论 收藏 查看我的收藏 1532 有用+1 已投票`` sits in the
    entry's region just above ``<h1>水杉</h1>``.

    >>> above_headline_tools(Block(0, "添加义项 讨论 收藏 查看我的收藏 1532 有用+1 已投票", links=3, link_chars=8))
    True
    >>> above_headline_tools(Block(0, "新华社北京7月14日电，国务院新闻办公室今天举行发布会。", links=1, link_chars=3))
    False
    """
    return block.links >= 1 and len(block.text) <= 60 and not _CJK_PUNCT.search(block.text)


def _keep(block: Block, score: float, own: frozenset[str] = frozenset()) -> bool:
    """Inside the chosen region: keep prose, subheadings and code; drop link lines without punctuation.

    >>> (_keep(Block(0, "市政府召开全市安全生产会议", link_chars=13, links=1), -5.0),
    ...  _keep(Block(0, "一、会议内容"), -1.0))
    (False, True)
    >>> _keep(Block(0, "陳吉仲：天氣回穩 雞蛋2月下旬可逐步恢復產量", link_chars=22, links=1), 10.0)
    False
    """
    if block.tag == "pre" or citation_line(block.text) or shows_its_addresses(block, own):
        return True
    if block.link_density > 0.5 and not _CJK_PUNCT.search(block.text):
        return False
    # a line that is all one link and no sentence is another article's headline, whatever its colon
    # (陳吉仲：天氣回穩 雞蛋2月下旬可逐步恢復產量 under a news agency's story)
    return not (block.link_density >= OTHER_HEADLINE_LINK_DENSITY and len(block.text) <= HEADLINE_LINE_MAX
                and len(_HAN_CHAR.findall(block.text)) >= HEADLINE_MIN_HAN and not _SENTENCE_STOP.search(block.text))


_ADDRESS_TEXT = re.compile(r"(?:https?://|www\.)\S+")


def shows_its_addresses(block: Block, own: frozenset[str] = frozenset()) -> bool:
    """Every link of the line shows its own address: a reference, a download or an indicator the text lists (a
    security post's table of phishing accounts, ``https://www.pinterest.com/amicenorton4874/  http://nttdocomo-hha[.]com``,
    ``https://pastebin.com/5yBLXbQ4``), not a menu's or a related list's link, which shows words, nor the page's
    own address (``own``, as :func:`own_addresses` gives it) that a reprint notice closes with.

    >>> url = "https://pastebin.com/5yBLXbQ4"
    >>> shows_its_addresses(Block(0, url, links=1, link_texts=(url,)))
    True
    >>> more = Block(0, "更多新闻", links=1, link_texts=("更多新闻",))
    >>> shows_its_addresses(more), shows_its_addresses(Block(0, "正文"))
    (False, False)
    """
    return bool(block.link_texts) and all(_ADDRESS_TEXT.fullmatch(t) and _bare_address(t) not in own
                                          for t in block.link_texts)


def _bare_address(url: str) -> str:
    """An address without its scheme, ``www.`` and closing slash, to compare two spellings of one page.

    >>> _bare_address("https://www.example.com/2014/01/a.html/"), _bare_address("http://example.com/2014/01/a.html")
    ('example.com/2014/01/a.html', 'example.com/2014/01/a.html')
    """
    bare = url.split("://", 1)[-1]
    return bare.removeprefix("www.").rstrip("/")


def own_addresses(doc: Document) -> frozenset[str]:
    """The page's own address as its URL, ``<link rel="canonical">`` and ``og:url`` give it (bare)."""
    head = doc.head or {}
    urls = [doc.url, head.get("canonical"), *((head.get("meta") or {}).get("og:url") or [])]
    return frozenset(_bare_address(u) for u in urls if isinstance(u, str) and u)


#: A line this much link text is a link, not a sentence with a link in it ...
OTHER_HEADLINE_LINK_DENSITY = 0.9
#: ... and a headline is at most this long, with this many Chinese characters at least (a reference's bare URL,
#: 参考：https://…, is kept: it is not another article's headline).
HEADLINE_LINE_MAX = 60
HEADLINE_MIN_HAN = 6


# An access or archive date in a reference: [引用日期2024-03-01], [2017-04-13], （原始内容存档于2019-07-01）.
_CITATION = re.compile(rf"[\[［](?:{section_alternation(_LINES, 'citation labels')})?\d{{4}}-\d{{1,2}}-\d{{1,2}}[\]］]"
                       rf"|{section_alternation(_LINES, 'archived')}", re.I)


# A reference is a line or two (a title, an outlet, a date); a longer block with a date in brackets is prose.
CITATION_LINE_MAX = 300


def citation_line(text: str) -> bool:
    """A reference of an encyclopedia entry or a paper: its title is a link, but the line is content.

    >>> citation_line("2.秋日里的水杉林 ．城市植物园 ．2021-10-18[引用日期2024-03-01]")
    True
    >>> citation_line("市政府召开全市安全生产会议 2025-07-14")
    False
    """
    return len(text) <= CITATION_LINE_MAX and (_CITATION.search(text) is not None or footnote_line(text))


#: A footnote holds a reference after its number: an outlet and a title, a case and its court.
FOOTNOTE_MIN_CHARS = 20
_FOOTNOTE = re.compile(r"[\[［]\d{1,3}[\]］]\s?(?=\S)")


def footnote_line(text: str) -> bool:
    """A numbered footnote of the text (``[6] Marya v. Warner/ Chappel Music (C.D. Cal 2015)``): its reference is
    often a link, but the note is the writer's. A pager's ``[1] [2]`` holds no words after its numbers.

    >>> footnote_line("[6] Marya v. Warner/ Chappel Music (C.D. Cal 2015)"), footnote_line("[1] [2] [3] 下一页")
    (True, False)
    """
    m = _FOOTNOTE.match(text)
    return m is not None and len(text) - m.end() >= FOOTNOTE_MIN_CHARS and not is_pagination(text)


def _mark_pagination(doc: Document) -> None:
    for b in doc.blocks:
        if b.label is None and is_pagination(b.text):
            doc.remove_block(b, "pagination", "pager_numbers")
            doc.flags.add("pagination")


#: Forum software that calls every post a comment (Flarum's ``CommentPost``): the comment-hinted blocks are
#: the thread when they hold this much prose, the rest of the page at most this share of it, and nothing
#: but them holds prose under the headline (a news page's article sits between its headline and comments).
THREAD_AS_COMMENTS_MIN_PROSE = 60.0
THREAD_AS_COMMENTS_MAX_REST_SHARE = 0.5
#: ... or, on a page without a headline, the rest holds at most this share of it.
THREAD_AS_COMMENTS_MAX_REST_SHARE_HEADLESS = 0.25
#: A block under the headline with this much prose is an article paragraph, not a post header.
ARTICLE_PARAGRAPH_MIN_PROSE = 20.0


def posts_taken_for_comments(doc: Document, headline: int) -> list[Block]:
    """The blocks the comment hints removed when they are the page's thread itself, or ``[]``.

    A class name says "comment" for any post on some forum software (``CommentPost`` on a Flarum thread:
    the question and every answer). Where the page's prose is mostly in such blocks and they are what
    follows the headline, the first post is the content, not a reader comment; the blocks come back for
    body selection, which keeps the first post and labels the later ones as comments (``later_post``).
    A news page with a comment section has its article between the headline and the comments, so
    nothing comes back.

    >>> d = Document(raw="")
    >>> d.blocks = [Block(0, "本站使用 cookie 来保证网站正常运行，点击“同意”即表示您接受。", links=1, link_chars=4),
    ...             Block(1, "有没有强制用户登录插件？", heading=1, label="title"),
    ...             Block(2, "问题描述：访问社区，自动弹出登录窗口，访问子页会自动跳转到首页。",
    ...                   hints="commentpost post-body"),
    ...             Block(3, "测试了，可以安装，是免费的，我这里已经用了一段时间。感谢！",
    ...                   hints="commentpost post-body")]
    >>> for b in d.blocks[2:]:
    ...     d.remove_block(b, "comment", "comment_hint_block")
    >>> [b.index for b in posts_taken_for_comments(d, 1)]
    [2, 3]
    >>> d.blocks.insert(2, Block(2, "新华社北京7月14日电，国务院新闻办公室今天举行新闻发布会。"))
    >>> posts_taken_for_comments(d, 1)
    []
    """
    hinted = [b for b in doc.blocks if b.rule == "comment_hint_block"]
    if not hinted:
        return []
    thread = sum(max(prose_score(b), 0.0) for b in hinted)
    rest = sum(max(prose_score(b), 0.0) for b in doc.blocks if b.label is None)
    if thread < THREAD_AS_COMMENTS_MIN_PROSE:
        return []
    if headline < 0:
        return hinted if rest <= THREAD_AS_COMMENTS_MAX_REST_SHARE_HEADLESS * thread else []
    first_post = next((b.index for b in hinted if b.index > headline and prose_score(b) > 0), -1)
    if first_post < 0 or rest > THREAD_AS_COMMENTS_MAX_REST_SHARE * thread:
        return []
    between = doc.blocks[headline + 1:first_post]
    if any(b.label is None and prose_score(b) >= ARTICLE_PARAGRAPH_MIN_PROSE for b in between):
        return []
    return hinted


def _select_html(doc: Document, opts: Any) -> list[Block]:
    """The body blocks of an HTML page (and ``doc.page_kind``), removing the others as boilerplate."""
    blocks = doc.blocks
    headline = _headline_index(doc)
    thread = posts_taken_for_comments(doc, headline)
    doc.restore_blocks(thread)
    if headline >= 0 and blocks[headline].label is None:
        # The first <h1> when metadata named no headline: it is the title, not a paragraph.
        doc.remove_block(blocks[headline], "title", "first_h1")
    # each open block's prose once: the weighted scores and the listing test both read it
    prose = [prose_score(b) if b.label is None else 0.0 for b in blocks]
    scores = _block_scores(blocks, headline, thread=frozenset(b.index for b in thread), prose=prose)
    open_blocks = [b for b in blocks if b.label is None]
    # A listing is judged on the prose itself: a class word of the page's wrapper (newspapers_ad) is no
    # evidence that the page holds no article.
    if is_listing(open_blocks, [prose[i] for i, b in enumerate(blocks) if b.label is None]) \
            and not text_of_its_own(blocks, headline):
        doc.page_kind = "listing"
        doc.flags.add("listing")
        for b in open_blocks:
            doc.remove_block(b, "boilerplate", "listing_page")
        return []
    tree = _container_tree(doc, scores)
    first_best = _best_container(tree)
    if first_best < 0 or hints_cancel_the_text(blocks, tree, first_best, prose, scores, headline):
        # No region holds net prose once the class/id hints weigh in: the hints name a wrapper of the whole
        # page (a site whose every article sits in "newspapers_ad"), or they cancel the text under the
        # headline, so the prose itself decides.
        scores = _block_scores(blocks, headline, use_hints=False)
        tree = _container_tree(doc, scores)
    cards = teaser_card_units(doc, tree)
    if cards:
        in_card = [False] * len(blocks)
        for cid in cards:
            for i in range(tree.first[cid], tree.last[cid] + 1):
                in_card[i] = True
                if scores[i] > 0:
                    scores[i] *= CARD_FACTOR
        tree = _container_tree(doc, scores)
    dialogs = dialog_containers(tree)
    if dialogs:
        for cid in dialogs:
            for i in range(tree.first[cid], tree.last[cid] + 1):
                if blocks[i].label is None:
                    doc.remove_block(blocks[i], "boilerplate", "script_dialog")
                scores[i] = 0.0
        tree = _container_tree(doc, scores)
    best = _best_container(tree)
    best = _prefer_region_under_headline(doc, tree, scores, headline, best)
    if best < 0:
        return _fallback(doc, scores)
    posts = thread_posts(doc, tree, best)
    first = posts[0] if posts else -1
    dated = doc.fields.get("published")
    posted = dated is not None and (dated.rule in _POST_ROW_RULES or (
        dated.rule in _POST_TIME_RULES and bool(_COMMUNITY_TIME.search(dated.text))))
    generator = " ".join((doc.head.get("meta") or {}).get("generator", [])) if doc.head else ""
    doc.page_kind = page_kind(doc.url, blocks, headline, posts=first >= 0, posted=posted,
                              engine=blog_engine(blocks, generator))
    owner = doc.fields.get("author")
    if doc.page_kind == "article" and owner is not None and owner.rule in _BLOG_OWNER_RULES:
        doc.page_kind = "blog-post"   # the author is the blog's owner (谢莱纳的博客, X 的个人博客): a blog's post
    # A thread's replies are its content (keep_replies, the default): every post unit that holds words of
    # its own is kept, the headers between them are not. Otherwise the first post only; keep_comments keeps
    # the whole region as it stands.
    replies: list[int] = []
    if getattr(opts, "keep_comments", False):
        first = -1
    elif (first >= 0 and getattr(opts, "keep_replies", True) and doc.page_kind == "forum-thread"
            and not titled_posts(blocks, tree, posts, headline)):
        replies = [u for u in same_kind_units(tree, best, posts) if reply_unit(blocks, scores, tree, u)]
    thread_lo, thread_hi = best, tree.end[best]   # the posts' region, when the first post is chosen
    if first >= 0:
        best = first
    lo, hi = best, tree.end[best]   # the chosen subtree is a range of container ids
    in_reply = [False] * len(tree.key)   # the containers inside a kept reply unit (one pass, not a scan a block)
    for u in replies:
        for cid in range(u, tree.end[u] + 1):
            in_reply[cid] = True
    boxed: set[int] = set()
    if (doc.page_kind == "forum-thread" and getattr(opts, "keep_replies", True)
            and not getattr(opts, "keep_comments", False)):
        boxed = _boxed_replies(doc, tree, lo, hi, replies)
    kept = []
    own = own_addresses(doc)
    for b, s in zip(blocks, scores):
        if b.index in boxed:
            if b.label is not None:
                doc.restore_block(b)
            b.mark("body", "boxed_reply")   # why it is body: select_body keeps the rule
            kept.append(b)
            continue
        if b.label is not None:
            continue
        inside = lo <= b.container <= hi or (0 <= b.container < len(in_reply) and in_reply[b.container])
        if inside and b.index < headline and above_headline_tools(b):
            doc.remove_block(b, "boilerplate", "above_headline_tools")
        elif inside and _keep(b, s, own):
            kept.append(b)
        elif not inside and cards and in_card[b.index]:
            doc.remove_block(b, "related", "teaser_card")
        elif (not inside and first >= 0 and thread_lo <= b.container <= thread_hi
                and opening_post_apart(b, s, headline, tree.first[first])):
            b.mark("body", "opening_post_apart")
            kept.append(b)
        elif not inside and first >= 0 and thread_lo <= b.container <= thread_hi:
            doc.remove_block(b, "comment", "later_post")   # a reply, or a later post of an archive page
        else:
            doc.remove_block(b, "boilerplate", "link_line_in_content" if inside else "outside_main_content")
    return kept


def opening_post_apart(block: Block, score: float, headline: int, first_unit: int) -> bool:
    """Prose of a thread between its headline and the first of its repeated post units is the opening post,
    which many boards set in a box of its own (a different class from the replies' boxes), not a later post.

    Example: a Tianya thread's first post sits in ``atl-con-bd bbs-content clearfix`` under the headline and
    the poster's row, its replies in ``atl-content atl-con-bd bbs-content`` units; the units are the thread's
    posts, and the five paragraphs above the first of them are the story the thread is about.

    >>> opening_post_apart(Block(13, "先介绍一下我现在的基本情况，80后女，一线城市外企上班。"), 20.0, 5, 20)
    True
    >>> opening_post_apart(Block(30, "只要三观正就好，出生也没法改变。"), 12.0, 5, 20)
    False
    """
    return headline < block.index < first_unit and score > 0 and prose_block(block)


def _boxed_replies(doc: Document, tree: _Tree, lo: int, hi: int, replies: list[int]) -> set[int]:
    """Replies in boxes of their own after the opening post's region (:mod:`webclean.extract.replies`): blocks
    left outside the region, or labelled comments by their class names (``reply_content``)."""
    blocks = doc.blocks
    after = max([tree.last[lo]] + [tree.last[u] for u in replies])
    candidates = [b.index for b in blocks[after + 1:]
                  if not (lo <= b.container <= hi) and (b.label is None or b.rule in _REPLY_LABEL_RULES)]
    found = set(later_replies(blocks, after, candidates))
    return found | set(reply_links(blocks, found, candidates))


def reply_links(blocks: list[Block], words: set[int], candidates: list[int]) -> list[int]:
    """The link lines in a kept reply's box, beside its words, are the post too, up to a signature's rule.

    Example: a compilation thread's replies each give a story as ``第一个故事：``, the linked story title and
    its address; the reply is all three lines. A ``------------------------------`` rule in the box opens the
    poster's signature (``我的博客 眉间尺梦蝶 http://…``), which stays out.

    >>> bs = [Block(0, "第一个故事：", container=7), Block(1, "天了噜，非洲蚊子也能刮起龙卷风", container=7, links=1,
    ...       link_chars=15), Block(2, "-" * 30, container=8), Block(3, "我的博客 http://blog.example.com",
    ...       container=8, links=1, link_chars=23), Block(4, "写得好", container=8)]
    >>> reply_links(bs, {0, 4}, [0, 1, 2, 3, 4])
    [1]
    """
    boxes = {blocks[i].container for i in words}
    signed: set[int] = set()
    found = []
    for i in candidates:
        box = blocks[i].container
        if box not in boxes or i in words or box in signed:
            continue
        if _SIGNATURE_RULE.fullmatch(blocks[i].text.strip()):
            signed.add(box)
        elif (blocks[i].link_density >= REPLY_LINK_LINE and len(blocks[i].text.strip()) >= REPLY_LINK_MIN_CHARS
              and _LETTER.search(blocks[i].text) and not client_line(blocks[i])):
            found.append(i)   # a counter's link (0, 赞 3) has no words
    return found


_LETTER = re.compile(r"[^\W\d_]{2}")
# A signature's rule: a run of dashes, underscores or equals signs alone on a line.
_SIGNATURE_RULE = re.compile(r"[-_=—─━~～]{6,}")
#: A line at least this much link text is a link line (a linked title, an address) ...
REPLY_LINK_LINE = 0.5
#: ... and a title is at least this long: a linked word or two (预告片, 查看原图) is a control.
REPLY_LINK_MIN_CHARS = 6


# The labels an earlier stage gives a reply's box by its class names alone, which a thread overrides.
_REPLY_LABEL_RULES = frozenset({"comment_hint_block"})


def _fallback(doc: Document, scores: list[float]) -> list[Block]:
    """No container holds net prose: keep every block that is prose on its own (page kind "other")."""
    doc.page_kind = "other"
    kept = []
    for b, s in zip(doc.blocks, scores):
        if b.label is None:
            if s > 0:
                kept.append(b)
            else:
                doc.remove_block(b, "boilerplate", "not_prose")
    return kept


def account_card_end(blocks: list[Block], title: int) -> int:
    """Where a WeChat account's card ends on a text page: the card (the account's name, ``Weixin ID`` and the id,
    ``About Feature`` and its one-line description, ``收录于话题``) stands between the headline and the text's first
    sentence. Its words (``[account card]`` in body_lines.txt) standing alone there mark it; it ends after the last of
    them and the value a label takes. -1 when there is none.

    >>> lines = ["陈晏调研工作推进情况", "贵阳发布", "Weixin ID", "Cool-Guiyang", "About Feature",
    ...          "中共贵阳市委宣传部官方微信", "收录于话题", "10月6日，市长陈晏到观山湖区调研工作推进情况。"]
    >>> account_card_end([Block(i, t) for i, t in enumerate(lines)], 0)
    7
    >>> account_card_end([Block(0, "标题"), Block(1, "收录于合集"), Block(2, "绥德县举行"), Block(3, "会议。")], 0)
    2
    >>> account_card_end([Block(0, "标题"), Block(1, "贵阳发布"), Block(2, "10月6日，市长到观山湖区调研。")], 0)
    -1
    """
    end = -1
    for i in range(title + 1, min(len(blocks), title + 1 + ACCOUNT_CARD_LINES)):
        text = blocks[i].text.strip()
        if len(text) > ACCOUNT_CARD_LINE_MAX or _SENTENCE_STOP.search(text):
            break   # the text has begun
        if text in _ACCOUNT_CARD:
            end = i + 1 + (text in _CARD_LABELS)   # (Weixin ID and About Feature: their value under them)
    return end


_ACCOUNT_CARD = frozenset(read_vocabulary(_LINES, "account card"))
_CARD_LABELS = frozenset(("微信号", "Weixin ID", "功能介绍", "About Feature"))
#: The card is a dozen short lines at most, none a sentence.
ACCOUNT_CARD_LINES = 14
ACCOUNT_CARD_LINE_MAX = 30


def _select_text(doc: Document) -> list[Block]:
    """Text pages: unlabelled lines after the title line; short bare labels before the first prose dropped."""
    blocks = doc.blocks
    title = next((i for i, b in enumerate(blocks) if b.label == "title"), -1)
    card = account_card_end(blocks, title)
    kept: list[Block] = []
    for i, b in enumerate(blocks):
        if b.label is not None:
            continue
        if i < title:
            doc.remove_block(b, "boilerplate", "before_title")
        elif i < card:
            doc.remove_block(b, "boilerplate", "account_card")
        elif not kept and len(b.text) < 12 and not _CJK_PUNCT.search(b.text):
            # A short line without punctuation before any prose: a menu item or label left over.
            doc.remove_block(b, "boilerplate", "label_before_body")
        else:
            kept.append(b)
    kept = _cut_byline_area(doc, _cut_split_counters(doc, kept), title)
    return _trim_tail(doc, _cut_after_the_text_run(doc, _cut_headline_list_before(doc, _cut_player_lines(doc, kept))))


# A count alone on its line (49, 3.3k, 1,037, 2万+) and a counter's word alone on its line (点赞, 收藏, 阅读数,
# 点赞数): a text page keeps a toolbar's counter as two lines, the word and its number.
_BARE_COUNT = re.compile(r"\+?\d[\d,.]{0,12}\s?[万千kKwW]?\+?")
_COUNTER_WORD = re.compile(rf"(?:{section_alternation('page_controls.txt', 'counter before')}"
                           rf"|{section_alternation('page_controls.txt', 'counter after')})[数數量]?")


def split_counter_lines(blocks: list[Block]) -> set[int]:
    """Positions in ``blocks`` (a text page's lines in page order) of a toolbar's counters that a scraper's
    text set on two lines: a counter's word alone (``点赞数``, ``收藏``) with a count alone right under or over
    it (``49``). A count with no counter's word beside it (a table's cell, a list's number) stays.

    >>> lines = [Block(i, t) for i, t in enumerate(["收藏", "70", "点赞数", "49", "第一步先下载安装包。", "3"])]
    >>> sorted(split_counter_lines(lines))
    [0, 1, 2, 3]
    """
    found: set[int] = set()
    for k, b in enumerate(blocks):
        if not _COUNTER_WORD.fullmatch(b.text.strip()):
            continue
        for n in (k - 1, k + 1):
            if 0 <= n < len(blocks) and _BARE_COUNT.fullmatch(blocks[n].text.strip()):
                found.update((k, n))
    return found


def _cut_split_counters(doc: Document, kept: list[Block]) -> list[Block]:
    """A toolbar's counters kept on two lines each (:func:`split_counter_lines`) go."""
    counters = {id(doc.blocks[k]) for k in split_counter_lines(doc.blocks)}
    for b in kept:
        if id(b) in counters:
            doc.remove_block(b, "boilerplate", "split_counter")
    return [b for b in kept if id(b) not in counters]


#: The labels of the credit lines a text page sets under its headline (its date, its source, its writer).
_CREDIT_LABELS = frozenset(("timestamp", "source", "byline"))
#: A credit line this many lines under the headline at most closes the headline's byline area.
BYLINE_AREA_REACH = 6


def byline_area(blocks: list[Block], title: int) -> int:
    """Position in ``blocks`` (a text page's lines) of the last credit line (its date, source or writer, labelled
    by the metadata stage) within :data:`BYLINE_AREA_REACH` lines under the headline at ``title``, or -1: the
    lines between that are no sentence belong to the byline (the channel's name and link over the date,
    ``网易商业报道`` / ``http://biz.163.com``; an account's name shown twice), not to the article.

    >>> lines = [Block(0, "耐克鞋的气垫伤机"), Block(1, "某某商业报道"), Block(2, "http://biz.example.com"),
    ...          Block(3, "2004-12-10 11:55:08"), Block(4, "拥有一双气垫鞋，是不少青少年梦寐以求的。")]
    >>> lines[0].label, lines[3].label = "title", "timestamp"
    >>> byline_area(lines, 0), byline_area(lines[:3], 0)
    (3, -1)
    """
    if title < 0:
        return -1
    last = -1
    for k in range(title + 1, min(title + 1 + BYLINE_AREA_REACH, len(blocks))):
        if blocks[k].label in _CREDIT_LABELS:
            last = k
    return last


def _cut_byline_area(doc: Document, kept: list[Block], title: int) -> list[Block]:
    """The lines of a text page's byline area (:func:`byline_area`) that are no sentence go (an account's
    blurb written in sentences stays: it cannot be told from a lead paragraph)."""
    end = byline_area(doc.blocks, title)
    if end < 0:
        return kept
    lines = doc.blocks[title + 1:end]
    if any(b.label is None and document_item(b.text) for b in lines):
        return kept   # an official document's particulars (发文字号： …), which it prints as its own
    area = {id(b) for b in lines if not prose_block(b)}
    for b in kept:
        if id(b) in area:
            doc.remove_block(b, "boilerplate", "byline_area")
    return [b for b in kept if id(b) not in area]


#: The lines right before a text page's first paragraph that may open the article though no sentence: a
#: subtitle, a reporter's line (記者潘照文／台北報導), a picture's caption.
LEAD_IN_LINES = 2


def headline_list_before(kept: list[Block]) -> int:
    """How many of a text page's lines kept after its title are a list of other pages' headlines before the
    article (0 when none): :data:`TEXT_RUN_GAP` lines or more before its first paragraph (:func:`text_paragraph`)
    besides the :data:`LEAD_IN_LINES` right before it, none of them a numbered item or a label of the text
    (:func:`document_item`), on a text that marks its sentences with full stops (:func:`writes_full_stops`).

    >>> heads = [Block(i, f"其他新聞標題第{i}則", tag="line") for i in range(6)]
    >>> para = Block(8, "氣象局表示，明天白天北部低溫約只有13度。", tag="line")
    >>> lead = [Block(6, "記者王小明／台北報導", tag="line"), Block(7, "圖為氣象局", tag="line")]
    >>> headline_list_before(heads + lead + [para, para]), headline_list_before(heads[:3] + lead + [para, para])
    (6, 0)
    """
    first = next((k for k, b in enumerate(kept) if text_paragraph(b)), None)
    if first is None or first < TEXT_RUN_GAP + LEAD_IN_LINES:
        return 0
    if any(document_item(b.text) for b in kept[:first]) or sum(map(text_paragraph, kept[first:])) < 2:
        return 0   # (an article follows the list: two paragraphs at least, not a footer's one notice)
    return first - LEAD_IN_LINES if writes_full_stops([b for b in kept if prose_block(b)]) else 0


def _cut_headline_list_before(doc: Document, kept: list[Block]) -> list[Block]:
    """A list of headlines kept between a text page's title and its article goes (:func:`headline_list_before`)."""
    cut = headline_list_before(kept)
    for b in kept[:cut]:
        doc.remove_block(b, "boilerplate", "headlines_before_the_text")
    return kept[cut:]


_PLAYER_CONTROL = re.compile(rf"(?:{section_alternation(_LINES, 'player controls')}"
                             r"|\d{3,4}p|\d(?:\.\d{1,2})?x(?: Normal)?|\d{1,2}:\d{2}(?: ?/ ?\d{1,2}:\d{2})?)", re.I)
#: A player shows its controls close together: within this many lines of each other they belong to one player
#: (its playlist puts a title and a duration between two 'Now Playing' lines).
PLAYER_REACH = 3
#: So many controls close together are a player; one or two such words (播放, close) may stand alone on a page.
PLAYER_MIN_CONTROLS = 5


def player_lines(kept: list[Block]) -> list[int]:
    """Positions in ``kept`` of a video player's lines on a text page: from the first to the last of a cluster
    of :data:`PLAYER_MIN_CONTROLS` control lines or more (Now Playing, Playback speed, 360p, 1x Normal, 00:46:
    ``[player controls]`` in body_lines.txt), each within :data:`PLAYER_REACH` lines of the next; the titles
    of its playlist between them go with them. A scraper that keeps text keeps a player embedded in the
    article as lines among its paragraphs.

    >>> lines = ["大火後票站遷至同區三間學校，政府安排專車接送選民。", "Continue to video", "HK01", "Playback speed",
    ...          "1x Normal", "Now Playing", "【01秒看娛樂】某藝人宣布離巢", "00:46", "Now Playing",
    ...          "特首昨晨到票站投票，並呼籲市民踴躍參與。"]
    >>> player_lines([Block(i, t, tag="line") for i, t in enumerate(lines)])
    [1, 2, 3, 4, 5, 6, 7, 8]
    """
    controls = [k for k, b in enumerate(kept) if _PLAYER_CONTROL.fullmatch(b.text.strip())]
    found: list[int] = []
    cluster: list[int] = []
    for k in controls + [None]:
        if cluster and (k is None or kept[k].index - kept[cluster[-1]].index > PLAYER_REACH):
            if len(cluster) >= PLAYER_MIN_CONTROLS:
                found.extend(range(cluster[0], cluster[-1] + 1))
            cluster = []
        if k is not None:
            cluster.append(k)
    return found


def _cut_player_lines(doc: Document, kept: list[Block]) -> list[Block]:
    """A video player's lines among a text page's lines go (:func:`player_lines`)."""
    return _cut_at(doc, kept, player_lines(kept), "boilerplate", "player_controls")


#: On a text page, this many lines without a sentence between two paragraphs end the article: what follows
#: is another region (a sidebar, a related list with its teasers, a footer) kept with the page's lines.
TEXT_RUN_GAP = 5


def _cut_after_the_text_run(doc: Document, kept: list[Block]) -> list[Block]:
    """A text page's article is its longest run of paragraphs; the runs after it, each set apart by
    :data:`TEXT_RUN_GAP` lines or more without a sentence, are other regions of the page (a scraper kept the
    whole page's text: the related list under 其他人也在看 with its teasers, a sidebar, the footer). So are the
    lines after the last paragraph when they are a region of their own (:func:`region_after_the_text`).

    >>> d = Document(raw="")
    >>> para = "世界排名第五的茲韋列夫今天再度在義大利網賽封王，為下週末登場的法國公開賽做好暖身。"
    >>> lines = [para, para, para] + [f"選單{i}" for i in range(5)] + ["法新社巴黎電，網球名將今天現身練球。"]
    >>> d.blocks = [Block(i, t, tag="line") for i, t in enumerate(lines)]
    >>> [b.text[:4] for b in _cut_after_the_text_run(d, list(d.blocks))][2:]   # the credits' two lines stay
    ['世界排名', '選單0', '選單1']
    """
    paragraph = run_paragraph(kept)
    prose = [i for i, b in enumerate(kept) if paragraph(b)]
    if not prose or (len(prose) == 1 and not region_after_the_text(kept, prose[0])):
        return kept
    last_paragraph = headline_list_after(kept, prose)
    headline_list = last_paragraph >= 0
    if headline_list:   # its headlines may ask and shout (能否"计件反腐"?): no paragraphs of the article
        prose = [i for i in prose if i <= last_paragraph]
    # runs of paragraphs, split where the page's own lines between two of them hold no sentence for a while
    runs: list[tuple[int, int]] = []
    start = prose[0]
    for a, b in pairwise(prose):
        if kept[b].index - kept[a].index - 1 >= TEXT_RUN_GAP and not code_between(doc, kept[a], kept[b]):
            runs.append((start, a))
            start = b
    runs.append((start, prose[-1]))
    region_after = headline_list or region_after_the_text(kept, prose[-1])
    if len(runs) == 1 and not region_after:
        return kept
    weight = [sum(len(kept[i].text) for i in range(lo, hi + 1) if paragraph(kept[i])) for lo, hi in runs]
    best = max(range(len(runs)), key=lambda r: weight[r])
    if best and closed_run_under_the_headline(doc, kept, runs[0]):
        best = 0
    best = article_above_a_related_list(doc, kept, runs, weight, best)
    while best + 1 < len(runs) and own_list_between(doc, kept[runs[best][1]], kept[runs[best + 1][0]]):
        runs[best + 1] = (runs[best][0], runs[best + 1][1])
        best += 1
    end = runs[best][1]
    # the lines right after the article's last paragraph that are no sentence (its credits) stay with it
    tail = end + 1
    while tail < len(kept) and not paragraph(kept[tail]) and kept[tail].index - kept[end].index <= 2:
        if region_after and end == prose[-1] and not closing_line(kept[tail].text):
            break   # the region's first lines (数字报, 精彩专栏), no credit of the article
        tail += 1
    for b in kept[tail:]:
        doc.remove_block(b, "boilerplate", "after_the_text")
    return kept[:tail]


#: A related list's heading is told by so many lines under it that an earlier stage took for its items (a hacked
#: page's spam list under 热门推荐： is spam, not related items, and the article's paragraphs go on under it).
RELATED_ITEMS_SEEN = 2
#: The runs above a related list must weigh this share at least of the heavier run under it to be the article: a
#: page whose headline was missed may begin its text under a 相关新闻 list, after a stray line or two.
RELATED_RUN_SHARE = 0.3


def article_above_a_related_list(doc: Document, kept: list[Block], runs: list[tuple[int, int]],
                                 weight: list[int], best: int) -> int:
    """Which of a text page's runs of paragraphs (``runs``, positions in ``kept``; ``weight`` their prose) is
    the article when the heaviest (``best``) lies under a related list: a closing related heading
    (:func:`closing_related_heading`) between two runs before it, the :data:`RELATED_ITEMS_SEEN` lines under the
    heading taken for the list's items. The runs under the list are its teasers (a portal's 頭條新聞 and
    精彩節目 with a sentence under each headline); the article is the heaviest run above the heading when it weighs
    :data:`RELATED_RUN_SHARE` of ``best`` at least. Else ``best``.

    Example: a TV news site's report of five paragraphs, then 延伸閱讀： with its headlines, then fifteen
    teasers of other programmes that weigh more than the report.

    >>> d = Document(raw="")
    >>> para = "頂新集團被砲轟是黑心企業，不僅賣黑心油給台灣人，還把債務留給台灣！"
    >>> teaser = "台灣國防近期可說是處多事之秋，日前驚爆共諜疑雲，今日更傳出國防部副部長夜宴中共官員的消息。"
    >>> lines = [para, para, "延伸閱讀：", "台灣米銷陸僅推一期", "張盛和勸魏家主動退出101", "頭條新聞", "精彩節目",
    ...          teaser, teaser, teaser]
    >>> d.blocks = [Block(i, t, tag="line") for i, t in enumerate(lines)]
    >>> d.blocks[2].label, d.blocks[2].rule = "related", "related_heading"
    >>> d.blocks[3].label = d.blocks[4].label = "related"
    >>> kept = [b for b in d.blocks if b.label is None]
    >>> article_above_a_related_list(d, kept, [(0, 1), (4, 6)], [66, 135], 1)
    0
    >>> d.blocks[4].label = None   # one line under the heading taken for an item: no list told
    >>> article_above_a_related_list(d, kept, [(0, 1), (4, 6)], [66, 135], 1)
    1
    """
    for q in range(best):
        gap = _lines_between(doc, kept[runs[q][1]], kept[runs[q + 1][0]])
        for j, b in enumerate(gap):
            items = gap[j + 1:j + 1 + RELATED_ITEMS_SEEN]
            if (b.rule == "related_heading" and closing_related_heading(b.text) and len(items) == RELATED_ITEMS_SEEN
                    and all(x.label == "related" for x in items)):
                above = max(range(q + 1), key=lambda r: weight[r])
                return above if weight[above] >= RELATED_RUN_SHARE * weight[best] else best
    return best


# A line that ends with a clause's mark (，、；), not a sentence's.
_CLAUSE_END = re.compile(r"[，、；,]$")
#: A clause line holds this many Han characters at least: a lone ``是，`` or a list's ``甲、`` says nothing.
CLAUSE_MIN_HAN = 4


def clause_line(block: Block) -> bool:
    """A text page's line that ends a clause, not a sentence: unlinked, :data:`CLAUSE_MIN_HAN` Han characters
    or more, a clause's mark at its end (``三節課去考資訊競賽的上機，``, ``游客排队上厕所，那就将一个职工食堂都改成了
    洗手间；``).

    >>> lines = [Block(0, "三節課去考資訊競賽的上機，"), Block(1, "是，"), Block(2, "推薦此文章")]
    >>> [clause_line(b) for b in lines]
    [True, False, False]
    """
    text = block.text.strip()
    return (block.link_density < 0.5 and _CLAUSE_END.search(text) is not None
            and len(_HAN.findall(text)) >= CLAUSE_MIN_HAN)


def run_paragraph(kept: list[Block]) -> Callable[[Block], bool]:
    """What counts as a paragraph when a text page's runs of paragraphs are found (:func:`_cut_after_the_text_run`):
    prose (:func:`prose_block`); on a text that does not mark its sentences with full stops
    (:func:`writes_full_stops`), a line that ends a clause too (:func:`clause_line`). A blog typed fast sets its
    text one clause a line (``今日早上，`` / ``三節課去考資訊競賽的上機，`` / ``時間差不多過了一半我就寫完了XD``):
    without its clauses the article holds a handful of "paragraphs" and the comment form under it outweighs them.

    >>> typed = [Block(0, "中午回來，"), Block(1, "三節課去考資訊競賽的上機，"), Block(2, "老師真厲害！")]
    >>> [run_paragraph(typed)(b) for b in typed]
    [True, True, True]
    >>> stopped = typed[1:] + [Block(3, "今天上午，市政府召开新闻发布会。"), Block(4, "发布会通报了进展。")]
    >>> [run_paragraph(stopped)(b) for b in stopped]
    [False, True, True, True]
    """
    if writes_full_stops([b for b in kept if prose_block(b)]):
        return prose_block
    return lambda block: prose_block(block) or clause_line(block)


#: The labels an earlier stage gives the lines that close an article: its writer's or its editor's credit
#: (原创文章，作者：老D，如若转载，请注明出处; 责任编辑：张毅), a blog post's footer ([打印], 由…张贴 @ …, 共 3 篇评论),
#: a copyright note. Not a related list's heading: a hacked page injects one (热门推荐：) between two paragraphs.
_CLOSING_LABELS = frozenset(("byline", "editor", "share", "comment", "copyright"))
#: A closing line this many lines at most after a run's last paragraph closes that run (a caption or a tag line
#: may sit between).
CLOSING_MARK_REACH = 3


def closed_run_under_the_headline(doc: Document, kept: list[Block], run: tuple[int, int]) -> bool:
    """Whether a text page's first run of paragraphs (``run``: its first and last positions in ``kept``) is the
    article although a later run weighs more: it opens within :data:`BYLINE_AREA_REACH` lines under the headline
    and a line that closes an article (:data:`_CLOSING_LABELS`) follows its last paragraph within
    :data:`CLOSING_MARK_REACH` lines. What comes after such a close is another region of the page: a blog's
    older posts, the teasers of related stories, a footer's notices in sentences. The article's own code,
    tables and lists between its runs carry no such label.

    Example: a news site's brief (快讯：奥巴马计划递交管制枪支的提议) is two paragraphs closed by
    ``[博讯首发,转载请注明出处]- 支持此文作者/记者``, then forty related headlines and the footer's two notices,
    which weigh more than the brief.

    >>> d = Document(raw="")
    >>> lines = ["快讯：奥巴马计划递交管制枪支的提议", "博讯据外电报道：奥巴马周三对外宣布，将向国会递交提议。",
    ...          "美国多数民众不支持禁枪，但会支持加强管理。", "[博讯首发,转载请注明出处]", "相关报道：",
    ...          "・奥巴马支持禁售", "・纽约市长敦促国会", "・美国康州枪击案余波未平",
    ...          "声明：博讯由编辑、义务留学生、学者维护，如有版权问题，请联系我们。"]
    >>> d.blocks = [Block(i, t, tag="line") for i, t in enumerate(lines)]
    >>> d.blocks[0].label, d.blocks[3].label = "title", "byline"
    >>> kept = d.blocks[1:3] + d.blocks[4:]
    >>> closed_run_under_the_headline(d, kept, (0, 1))
    True
    >>> d.blocks[3].label = None   # no close: the later run may be the article's own
    >>> closed_run_under_the_headline(d, kept, (0, 1))
    False
    """
    position = {id(b): i for i, b in enumerate(doc.blocks)}
    title = next((i for i, b in enumerate(doc.blocks) if b.label == "title"), -1)
    first, last = position[id(kept[run[0]])], position[id(kept[run[1]])]
    if title < 0 or not 0 < first - title <= BYLINE_AREA_REACH:
        return False
    return any(b.label in _CLOSING_LABELS for b in doc.blocks[last + 1:last + 1 + CLOSING_MARK_REACH])


#: A gap between two runs of paragraphs that numbers or labels this share of its lines is the article's own
#: list (一、服务项目, 1.预约的图书必须是“在架”状态；, 联系人和联系电话：); a sidebar's lines are headlines and names.
OWN_LIST_SHARE = 0.3


def _lines_between(doc: Document, last: Block, first: Block) -> list[Block]:
    """The page's blocks strictly between two of its blocks."""
    position = {id(b): i for i, b in enumerate(doc.blocks)}
    return doc.blocks[position[id(last)] + 1:position[id(first)]]


def own_list_between(doc: Document, last: Block, first: Block) -> bool:
    """Whether the lines of a text page between two runs of paragraphs (``last`` ends one, ``first`` opens the
    next) are the article's own list, so that the runs are one article: no line there is furniture an earlier
    stage removed, and :data:`OWN_LIST_SHARE` of them at least are numbered items or labels (:func:`document_item`).

    >>> d = Document(raw="")
    >>> lines = ["读者可以在图书馆主页预约图书。", "（二）借阅管理", "1、预约的图书必须在架", "2、每人每次最多预约5册",
    ...          "3、取书时间为每周一、三、五下午", "联系人：赵老师", "图书馆将根据疫情防控情况，适时调整开放服务。"]
    >>> d.blocks = [Block(i, t, tag="line") for i, t in enumerate(lines)]
    >>> own_list_between(d, d.blocks[0], d.blocks[6])
    True
    >>> d.blocks[3].label = "navigation"
    >>> own_list_between(d, d.blocks[0], d.blocks[6])
    False
    """
    between = _lines_between(doc, last, first)
    if not between or any(b.label is not None for b in between):
        return False
    return sum(1 for b in between if document_item(b.text)) >= OWN_LIST_SHARE * len(between)


#: A gap between two runs of paragraphs that is code or a table's rows for this share of its lines at least is
#: the article's own listing (a query, its output, a shell script); a sidebar's lines are words, not code.
CODE_GAP_SHARE = 0.5
# A line of code: no Han character, two Latin letters or more and a mark that code or a table's row uses; or a
# table's rule (+----+-----+).
_CODE_MARK = re.compile(r"[=(){}\[\];<>#$\\|&*+]|^\s*(?:--|//|/\*)")
_TABLE_RULE = re.compile(r"^\s*[+|](?:[-=+|]){4,}\s*$")
_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN_LETTERS = re.compile(r"[A-Za-z].*[A-Za-z]")


def code_line(text: str) -> bool:
    """A line of a program, a query or a table's output printed in an article: no Han character, Latin
    letters and a mark of code (``SELECT * FROM t WHERE id='1';``, ``if(node == null) return null;``), or a
    table's rule (``+----+------+``).

    >>> code_line("SHOW INDEX FROM employees.titles;"), code_line("+--------+------------+")
    (True, True)
    >>> code_line("MySQL"), code_line("2年前"), code_line("|"), code_line("Clown In The Moon")
    (False, False, False, False)
    """
    if _HAN.search(text):
        return False
    return _TABLE_RULE.match(text) is not None or (
        _LATIN_LETTERS.search(text) is not None and _CODE_MARK.search(text) is not None)


def code_between(doc: Document, last: Block, first: Block) -> bool:
    """Whether the lines of a text page between two paragraphs (``last`` and ``first``) are the article's own
    code: :data:`CODE_GAP_SHARE` of them at least are :func:`code_line` (a query and its output between two
    paragraphs that explain them), so that a gap of :data:`TEXT_RUN_GAP` lines does not split the article.

    >>> d = Document(raw="")
    >>> lines = ["下面先查看表上有哪些索引：", "MySQL", "SHOW INDEX FROM staff;", "+------+-------+",
    ...          "| Table | Key_name |", "+------+-------+", "可以看到，主索引只有一个。"]
    >>> d.blocks = [Block(i, t, tag="line") for i, t in enumerate(lines)]
    >>> code_between(d, d.blocks[0], d.blocks[6])
    True
    >>> code_between(d, d.blocks[0], d.blocks[2])
    False
    """
    between = _lines_between(doc, last, first)
    return bool(between) and sum(1 for b in between if code_line(b.text.strip())) >= CODE_GAP_SHARE * len(between)


def region_after_the_text(kept: list[Block], last: int, paragraph: Callable[[Block], bool] | None = None) -> bool:
    """Whether the lines after a text page's last paragraph (position ``last`` in ``kept``) are another region
    of the page: :data:`TEXT_RUN_GAP` lines or more, none of them a sentence, to the page's end (the related
    list under 大家都在看 with its headlines, a category menu, the footer's links). The page's end parts
    regions as a gap does; a few lines (the credits, 基金會編號：A3721) close the article.

    >>> para = Block(0, "世界排名第五的茲韋列夫今天再度在義大利網賽封王。", tag="line")
    >>> heads = [Block(i, f"體育新聞標題{i}", tag="line") for i in range(1, 7)]
    >>> region_after_the_text([para] + heads, 0), region_after_the_text([para] + heads[:2], 0)
    (True, False)
    """
    tail = kept[last + 1:]
    is_paragraph = paragraph or prose_block
    return len(tail) >= TEXT_RUN_GAP and not any(is_paragraph(b) for b in tail)


def headline_list_after(kept: list[Block], prose: list[int]) -> int:
    """Position in ``kept`` of a text page's last paragraph (:func:`text_paragraph`) when what follows it to
    the page's end is a list of other pages' headlines, some of which ask or shout and so read as prose
    (``公众反腐愿通过何渠道？调查显示"网络曝光"列第一``); else -1. The lines after it must be a region
    (:func:`region_after_the_text`), hold none of the article's own numbered items or labels
    (:func:`document_item`), and the text must mark its sentences with full stops (:func:`writes_full_stops`).
    ``prose`` are the positions of the prose lines (:func:`prose_block`).

    >>> para = Block(0, "安徽省司法厅日前出台办法，以加强对领导干部的日常监督。", tag="line")
    >>> titles = ["刷爆举报网站的热情需要引导", "反腐愿通过何渠道？网络曝光列第一", "网络反腐进党建词典",
    ...           "把反腐倡廉建设摆在更加突出的位置", "能否计件反腐?"]
    >>> heads = [Block(i, t, tag="line") for i, t in enumerate(titles, start=1)]
    >>> headline_list_after([para, para] + heads, [0, 1, 3, 6])
    1
    """
    paragraphs = [i for i in prose if text_paragraph(kept[i])]
    if not paragraphs or not region_after_the_text(kept, paragraphs[-1], text_paragraph):
        return -1
    if any(document_item(b.text) for b in kept[paragraphs[-1] + 1:]):
        return -1
    return paragraphs[-1] if writes_full_stops([kept[i] for i in prose]) else -1


def text_paragraph(block: Block) -> bool:
    """A text page's line that is a paragraph of an article: prose (:func:`prose_block`) that is not a
    headline, a line of a headline's length (:data:`HEADLINE_LINE_MAX`) without a full stop. A list of other
    stories' headlines may ask and shout (能否"计件反腐"?, 讲真！…), but has no 。.

    >>> text_paragraph(Block(0, "安徽省司法厅厅长说，开展预警告诫工作，旨在通过警示提醒防患于未然。"))
    True
    >>> text_paragraph(Block(0, '河南反贪"后进单位问责制"引争议 能否"计件反腐"?'))
    False
    """
    return prose_block(block) and (len(block.text) > HEADLINE_LINE_MAX or _STOP.search(block.text) is not None)


#: A full stop, or a half-width one that ends a sentence (a text typed with half-width punctuation), not "...".
_STOP = re.compile(r"[。｡]|(?<![.])\.(?=\s|$)")
#: An item the text numbers (1、 （二） 第三組) at a line's start, or a label it fills in at the end (名称：).
_DOCUMENT_ITEM = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[、)）.．]"
                            r"|第[一二三四五六七八九十\d]{1,3}[组組条條章节節步])|[：:]\s*$")


#: A text whose paragraphs end with a full stop this often marks its sentences; one that leaves them off (a
#: blog typed fast: 配置好后保存php.ini，并重启phpstudy的服务) cannot be told from headlines by its stops.
FULL_STOP_SHARE = 0.5


def writes_full_stops(paragraphs: list[Block]) -> bool:
    """Whether a text's prose lines mostly hold a full stop (:data:`FULL_STOP_SHARE`), so that lines without
    one after them read as headlines, not as more of the text.

    >>> writes_full_stops([Block(0, "今天上午，市政府召开新闻发布会。"), Block(1, "发布会通报了今年的工程进展。")])
    True
    >>> writes_full_stops([Block(0, "配置好后保存php.ini，并重启phpstudy的服务"), Block(1, "打开phpinfo，搜索Xdebug")])
    False
    """
    stopped = sum(1 for b in paragraphs if _STOP.search(b.text))
    return bool(paragraphs) and stopped >= FULL_STOP_SHARE * len(paragraphs)


def document_item(text: str) -> bool:
    """A line of the article's own lists: an item it numbers (``1、明确研究目标``, ``（二）借阅管理``,
    ``第三組：今天吃什麼``) or a label it fills in (``联系人和联系电话：``). A list of other pages' headlines has
    neither.

    >>> document_item("3、用户找几个?"), document_item("（二）借阅管理"), document_item("名称：")
    (True, True, True)
    >>> document_item("公众反腐愿通过何渠道？调查显示网络曝光列第一")
    False
    """
    return _DOCUMENT_ITEM.search(text) is not None


def closing_line(text: str) -> bool:
    """A line that can close an article after its last paragraph: a signature or a note that says a date, a
    number or a label (``县图书馆 2024年3月2日``, ``基金會編號：A3721``, ``（完）``), not a bare name of a section
    (``精彩专栏``) that opens the region after it.

    >>> closing_line("县图书馆 2024年3月2日"), closing_line("基金會編號：A3721"), closing_line("（完）")
    (True, True, True)
    >>> closing_line("精彩专栏"), closing_line("十八大保守势力依然强大")
    (False, False)
    """
    return not _tail_junk(text) or _CLOSING_MARK.search(text) is not None


_CLOSING_MARK = re.compile(r"[\d（()【】\[\]：:]")


# A comment section's heading, with the count sites print around it (评论13, 全部评论（8）, 13条评论).
_COMMENT_HEADING = re.compile(r"\d{0,6}\s?(?:" + alternation(read_vocabulary("comment_headings.txt"))
                              + r")\s?[（(]?\s?\d{0,6}\s?[)）]?", re.I)
#: A comment heading is a short line; a sentence that mentions 评论 is text.
COMMENT_HEADING_MAX_CHARS = 16


def comment_section_start(doc: Document, kept: list[Block]) -> int:
    """Position in ``kept`` of the first block after a removed comment-section heading, or -1.

    The region chosen for the body may hold the comment section under the article (a self-media page:
    ``评论13``, then each commenter's name, time, region and words). Once an earlier stage has removed
    the section's heading, what the region keeps after it is the comments. A heading needs article prose
    kept above it.

    >>> d = Document(raw="")
    >>> d.blocks = [Block(0, "有人说每个成功男人背后，必定有一位伟大女人的付出。"),
    ...             Block(1, "评论13", label="boilerplate"),
    ...             Block(2, "Yang7569"), Block(3, "这篇文章是人写的吗？")]
    >>> comment_section_start(d, [d.blocks[0], d.blocks[2], d.blocks[3]])
    1
    >>> d.blocks[1] = Block(1, "专家评论认为，改革成效明显。", label="boilerplate")
    >>> comment_section_start(d, [d.blocks[0], d.blocks[2], d.blocks[3]])
    -1
    """
    for k, between in _gaps_after_prose(doc, kept):
        if any(b.label is not None and len(b.text) <= COMMENT_HEADING_MAX_CHARS
               and _COMMENT_HEADING.fullmatch(b.text.strip()) for b in between):
            return k
    return -1


def _gaps_after_prose(doc: Document, kept: list[Block]) -> Iterator[tuple[int, list[Block]]]:
    """Each gap between two kept blocks once the text has begun (a prose block kept before it): the position in
    ``kept`` of the block after the gap, and the page's blocks in the gap (what selection left out there)."""
    position = {id(b): i for i, b in enumerate(doc.blocks)}
    seen_prose = False
    for k in range(1, len(kept)):
        seen_prose = seen_prose or prose_block(kept[k - 1])
        if seen_prose:
            yield k, doc.blocks[position[id(kept[k - 1])] + 1:position[id(kept[k])]]


def _cut_from(doc: Document, kept: list[Block], start: int, kind: str, rule: str) -> list[Block]:
    """The kept blocks from position ``start`` on are removed as ``kind`` by ``rule`` (none when start < 0)."""
    if start < 0:
        return kept
    for b in kept[start:]:
        doc.remove_block(b, kind, rule)
    return kept[:start]


def _cut_at(doc: Document, kept: list[Block], positions: list[int], kind: str, rule: str) -> list[Block]:
    """The kept blocks at ``positions`` are removed as ``kind`` by ``rule``; the others stay, in order."""
    drop = set(positions)
    for k in sorted(drop):
        doc.remove_block(kept[k], kind, rule)
    return [b for k, b in enumerate(kept) if k not in drop] if drop else kept


def related_items(doc: Document, kept: list[Block]) -> list[int]:
    """Positions in ``kept`` of what a related-list heading after the article's prose heads: under a full
    phrase (``【熱門點閱】``, ``相关推荐``: :func:`closing_related_heading`) everything kept after it; under a bare
    word (``更多``) the linked items (``●傳武肺病毒恐侵害免疫系統 張上淳：…``, a link to another story) up to the next
    block with no link (the article, or another section, goes on).

    >>> d = Document(raw="")
    >>> d.blocks = [Block(0, "王婉諭呼籲，若他還認為自己是綜藝一哥，作為公眾人物，發表言論時應更加謹慎。", container=1),
    ...             Block(1, "【熱門點閱】", label="related", rule="related_heading", container=2),
    ...             Block(2, "●傳武肺病毒恐侵害免疫系統 張上淳：需有更多資訊", links=1, link_chars=14, container=2),
    ...             Block(3, "防疫專家說，這類病毒的變化還需要更多資料才能判斷。", container=2)]
    >>> related_items(d, [d.blocks[0], d.blocks[2], d.blocks[3]])
    [1, 2]
    >>> d.blocks[1] = Block(1, "更多", label="related", rule="related_heading", container=2)
    >>> related_items(d, [d.blocks[0], d.blocks[2], d.blocks[3]])
    [1]
    >>> d.blocks[3].container = 1   # the text's own element goes on after the list
    >>> d.blocks[1] = Block(1, "【熱門點閱】", label="related", rule="related_heading", container=2)
    >>> related_items(d, [d.blocks[0], d.blocks[2], d.blocks[3]])
    [1]
    """
    position = {id(b): i for i, b in enumerate(doc.blocks)}
    found: list[int] = []
    seen_prose = False
    under_heading = ended = False
    text_boxes: set[int] = set()   # the elements holding the page's own text before the heading
    for k, block in enumerate(kept):
        if k and seen_prose:
            between = doc.blocks[position[id(kept[k - 1])] + 1:position[id(block)]]
            headings = [b for b in between if b.rule == "related_heading"]
            under_heading = under_heading or bool(headings)
            ended = ended or any(closing_related_heading(b.text) for b in headings)
            if not ended and story_list_heading(block.text):
                ended = True   # the heading was kept as a line of the text (其它生活新聞 in the article's column)
                found.append(k)
                continue
        # a list set in the text's own element (spam injected under 热门推荐： inside a mirror's article) ends
        # where the text goes on; a list in its own element holds all that follows
        if (ended and block.container not in text_boxes) or (
                under_heading and block.links and len(block.text) <= HEADLINE_LINE_MAX):
            found.append(k)
            continue
        under_heading = False   # a block with no link: the article, or another section, goes on
        seen_prose = seen_prose or prose_block(block)
        if not ended:
            text_boxes.add(block.container)
    return found


def closing_related_heading(text: str) -> bool:
    """A related-list heading of a full phrase (相关推荐, 延伸閱讀, 【熱門點閱】, 特别推荐) closes the page's own
    text: whatever is kept after it (a feed of other accounts' posts, teasers with their lines) is the list's.
    A bare word (更多, 推荐) may head a section of the page itself, and only its linked items go.

    Example: a weibo page keeps the post, then ``相关推荐`` and six posts of other accounts, laid out like replies.

    >>> closing_related_heading("相关推荐"), closing_related_heading("【熱門點閱】"), closing_related_heading("更多")
    (True, True, False)
    """
    return len(_WORD_CHARS.findall(text)) >= CLOSING_HEADING_MIN_CHARS


def story_list_heading(text: str) -> bool:
    """A heading over a list of other stories: a lead word and a kind of story, a section's name between
    (``其它生活新聞``, ``更多财经新闻``, ``热门影音``); a line of the text is longer or says more.

    >>> story_list_heading("其它生活新聞"), story_list_heading("更多财经新闻")
    (True, True)
    >>> story_list_heading("其他地方的新闻发布会")
    False
    """
    return len(text) <= STORY_LIST_HEADING_MAX and _STORY_LIST_HEADING.fullmatch(text.strip()) is not None


_STORY_LIST_HEADING = re.compile(rf"[\W_]{{0,2}}(?:{section_alternation(_LINES, 'story list leads')})"
                                 rf"[^\W\d_]{{0,4}}(?:{section_alternation(_LINES, 'story list kinds')})[\W_]{{0,2}}")
#: Such a heading is a lead, a section name of four characters at most and a kind: a dozen characters.
STORY_LIST_HEADING_MAX = 12
_WORD_CHARS = re.compile(r"[^\W\d_]")
#: A related heading of this many letters is a phrase (相关推荐), not a lone word (更多).
CLOSING_HEADING_MIN_CHARS = 4


def _cut_related_items(doc: Document, kept: list[Block]) -> list[Block]:
    """The linked items under a related-list heading are related stories (:func:`related_items`)."""
    # (the headline's own text element, and its repeats down a board's floors, is never another story's)
    found = [k for k in related_items(doc, kept) if kept[k].rule != "own_text"]
    kept = _cut_at(doc, kept, found, "related", "after_related_heading")
    return _cut_from(doc, kept, list_under_a_closing_heading(doc, kept), "related", "list_under_closing_heading")


#: A related list shows a handful of headlines, two dozen at most; hundreds of lines under such a heading are a
#: text of its own written without stops (a photo blog's captions set apart by spaces), not a list.
RELATED_LIST_MAX_LINES = 30
#: The full stop that ends a written sentence; a headline has none (a truncated teaser's "..." is no stop).
_FULL_STOP = re.compile(r"[。｡]")


def list_under_a_closing_heading(doc: Document, kept: list[Block]) -> int:
    """Position in ``kept`` of the first line under a closing related-list heading (大家都在看, 推荐阅读:
    :func:`closing_related_heading`) on a text page, when the article's prose is above the heading and what
    is kept under it is a list of headlines: a few lines (:data:`RELATED_LIST_MAX_LINES`), each of a
    headline's length, none with a full stop (a teaser's headline may shout, 讲真！…谁顶得住嘛！, but it has
    no 。); else -1. A text keeps no links and no elements, so the list can only be told by its lines; a
    heading set inside the article (spam under 热门推荐： with the article's paragraphs going on below) has
    sentences under it and stays.

    >>> d = Document(raw="")
    >>> d.blocks = [Block(0, "今天上午，市政府召开新闻发布会，通报了今年的民生工程进展。"),
    ...             Block(1, "大家都在看", label="related", rule="related_heading"),
    ...             Block(2, "讲真！这座城市的夜景究竟有多美"), Block(3, "三分钟看懂今年的新政策")]
    >>> list_under_a_closing_heading(d, [d.blocks[0], d.blocks[2], d.blocks[3]])
    1
    >>> d.blocks[3] = Block(3, "发布会上，有关负责人回答了记者提问。")
    >>> list_under_a_closing_heading(d, [d.blocks[0], d.blocks[2], d.blocks[3]])
    -1
    """
    if not kept or any(b.tag != "line" for b in kept):
        return -1
    for k, between in _gaps_after_prose(doc, kept):
        if not any(b.rule == "related_heading" and closing_related_heading(b.text) for b in between):
            continue
        # every line under the heading counts, those an earlier stage took as the list's items too
        few = kept[-1].index - kept[k - 1].index <= RELATED_LIST_MAX_LINES
        if few and all(len(b.text) <= HEADLINE_LINE_MAX and not _FULL_STOP.search(b.text) for b in kept[k:]):
            return k
    return -1


def repeated_post_headers(kept: list[Block]) -> list[int]:
    """Positions in ``kept`` of post header rows that repeat in one signature: the posts of a board whose units
    body selection did not tell apart, each under its header (a handle, a time, a post number), nothing said.

    Example: an imageboard thread keeps ``無名2021/12/03(五)14:22:16.015ID:iw3TyiasNo.25208031del`` above each
    reply; the replies are the thread's text, the 60 header rows are not.

    >>> rows = [Block(i, f"無名2021/12/03(五)14:2{i}:16 No.2520803{i}", hints="post reply post-head") for i in range(3)]
    >>> said = [Block(9, "阿凜什麼都不在意 只要有遊戲玩就好", hints="post reply quote")]
    >>> repeated_post_headers(rows + said), repeated_post_headers(rows[:2] + said)
    ([0, 1, 2], [])
    """
    groups: dict[str, list[int]] = {}
    for k, block in enumerate(kept):
        if header_row(block):
            groups.setdefault(signature(block, SIGNATURE_DEPTH), []).append(k)
    return sorted(k for found in groups.values() if len(found) >= POST_HEADERS_MIN for k in found)


def headline_runs(doc: Document, kept: list[Block]) -> list[int]:
    """Positions in ``kept`` of other articles' headlines set one after another under the text: runs of lines
    that are each one link and a headline's length (``彭明輝／台灣真的會更好嗎？``, ``快評／基神，歡迎回到凡間！``),
    counting those selection already dropped, at least :data:`HEADLINE_RUN_MIN` long and after the first
    paragraph. A headline may end in a question or an exclamation mark, which keeps a lone one in the text;
    several in a row are a list.

    >>> d = Document(raw="")
    >>> d.blocks = [Block(0, "選舉的結果讓許多人對台灣繼續推動加入區域經貿合作組織以及兩岸經貿合作感到憂心。")] + [
    ...     Block(i, f"第{i}篇：台灣真的會更好嗎？", links=1, link_chars=12) for i in range(1, 5)]
    >>> headline_runs(d, d.blocks), headline_runs(d, d.blocks[:3])
    ([1, 2, 3, 4], [])
    """
    blocks = doc.blocks
    position = {b.index: k for k, b in enumerate(kept)}
    found: list[int] = []
    seen_prose = False
    run: list[int] = []
    last = kept[-1].index if kept else -1
    for b in blocks[kept[0].index if kept else 0: last + 1]:
        headline_link = (b.link_density >= OTHER_HEADLINE_LINK_DENSITY and len(b.text) <= HEADLINE_LINE_MAX
                         and len(_HAN_CHAR.findall(b.text)) >= HEADLINE_MIN_HAN)
        if seen_prose and headline_link and (b.index in position or b.rule == "link_line_in_content"):
            run.append(b.index)
            continue
        if len(run) >= HEADLINE_RUN_MIN:
            found += [position[i] for i in run if i in position]
        run = []
        seen_prose = seen_prose or (b.index in position and prose_block(b))
    if len(run) >= HEADLINE_RUN_MIN:
        found += [position[i] for i in run if i in position]
    return sorted(found)


#: Linked headlines this many in a row are a list of other articles.
HEADLINE_RUN_MIN = 3


def _cut_headline_runs(doc: Document, kept: list[Block]) -> list[Block]:
    """Runs of other articles' linked headlines under the text are related links (:func:`headline_runs`)."""
    return _cut_at(doc, kept, headline_runs(doc, kept), "related", "headline_run")


#: Header rows of one signature repeated this often are posts' headers (two could be a dateline and an update).
POST_HEADERS_MIN = 3


def _cut_repeated_post_headers(doc: Document, kept: list[Block]) -> list[Block]:
    """The repeated post header rows of a board are not its text (:func:`repeated_post_headers`), and they make
    the page a thread."""
    headers = repeated_post_headers(kept)
    if headers and doc.page_kind in ("article", "other"):
        doc.page_kind = "forum-thread"
    return _cut_at(doc, kept, headers, "byline", "post_header_row")


def _cut_comment_section(doc: Document, kept: list[Block], opts: Any) -> list[Block]:
    """Without ``keep_comments``, the kept blocks after a comment-section heading are comments (on a thread
    with ``keep_replies`` they are its replies: ``8条评论`` heads the replies of a board that calls them so)."""
    if getattr(opts, "keep_comments", False) or (
            doc.page_kind == "forum-thread" and getattr(opts, "keep_replies", True)):
        return kept
    return _cut_from(doc, kept, comment_section_start(doc, kept), "comment", "after_comment_heading")


#: The editor's credit ends the article when this share of the kept prose lies above it (a short news item
#: of three paragraphs and a one-sentence copyright notice below its credit: 0.78).
ARTICLE_END_PROSE_SHARE = 0.7


#: A writer's trade under his signature is a few words (傳媒工作者, 资深媒体人, 大学讲师).
SIGNATURE_TRADE_MAX_CHARS = 12
_SIGNATURE_DASHES = " —–-－~～"


def closing_signature(kept: list[Block], author: str) -> int:
    """Where the writer's signature closing the text starts (its position in ``kept``), or -1: a line that is the
    record's author alone (dashes before it allowed), last or over one short line of his trade. An opinion page
    signs its column so (蘋果日報's ``林海`` / ``傳媒工作者`` under the last paragraph); the author is already read.

    >>> lines = [Block(0, "在這個時代，我們仍要記得自己是誰。"), Block(1, "林海"), Block(2, "傳媒工作者")]
    >>> closing_signature(lines, "林海"), closing_signature(lines[:2], "林海"), closing_signature(lines, "王明")
    (1, 1, -1)
    >>> doc = [Block(0, "特此通知。"), Block(1, "某某省住房和城乡建设厅"), Block(2, "2025年3月10日")]
    >>> closing_signature(doc, "某某省住房和城乡建设厅")   # a document's issuer and date are its own lines
    -1
    """
    if not author or len(kept) < 2 or looks_like_unit(author) or looks_like_outlet(author):
        return -1   # (an issuing body signs a document with its date under it: the document's own lines)
    for at in (len(kept) - 1, len(kept) - 2):
        if at < 1 or kept[at].text.strip(_SIGNATURE_DASHES) != author:
            continue
        after = kept[at + 1:]
        if all(len(b.text) <= SIGNATURE_TRADE_MAX_CHARS and not _CJK_PUNCT.search(b.text)
               and parse_date(b.text) is None for b in after):
            return at
    return -1


def _cut_closing_signature(doc: Document, kept: list[Block]) -> list[Block]:
    at = closing_signature(kept, str(doc.value("author") or ""))
    return _cut_from(doc, kept, at, "byline", "closing_signature") if at >= 0 else kept


def after_editor_credit(doc: Document, kept: list[Block]) -> int:
    """Position in ``kept`` of the first block after the editor's credit that closes the article, or -1.

    News pages sign the article off with its editor (``责编：郭姝婷``); what the region keeps below that line
    in other containers than the article's paragraphs (on a text page: below it) is page furniture: a copyright
    notice, a read counter, a "not interested" feedback form (``广告软文 / 重复、旧闻 / 文章质量差``). The credit
    must close the article: nearly all the kept prose lies above it.

    >>> d = Document(raw="")
    >>> d.blocks = [Block(0, "据日媒报道，日本政府计划在下个月取消对中国和其他国家的旅行禁令。" * 3, container=8),
    ...             Block(1, "责编：郭姝婷", label="editor", container=10), Block(2, "阅读数(6616）", container=14),
    ...             Block(3, "感谢您的反馈，我们将会减少此类文章的推荐", container=21)]
    >>> after_editor_credit(d, [d.blocks[0], d.blocks[2], d.blocks[3]])
    1

    A text page keeps no containers (every line has the same): the share of prose above the credit decides, and
    a mirror's ``分享讓更多人看到`` / ``本網專稿`` and a teaser of another story under ``(責編:秦潔、張祎)`` go.

    >>> lines = ["本次活动由国台办与中华全国新闻工作者协会共同主办，两岸记者联合采访始于1992年。" * 3,
    ...          "(責編:秦潔、張祎)", "分享讓更多人看到", "本網專稿", "- 圖為執法人員出發前，拆開裝有被檢查的信封。"]
    >>> d.blocks = [Block(i, t, tag="line") for i, t in enumerate(lines)]
    >>> d.blocks[1].label = "editor"
    >>> after_editor_credit(d, [b for b in d.blocks if b.label is None])
    1
    """
    editor = next((b.index for b in reversed(doc.blocks) if b.label == "editor"), -1)
    if editor < 0 or not kept or kept[-1].index < editor:
        return -1
    start = next(k for k, b in enumerate(kept) if b.index > editor)
    if start == 0:
        return -1
    above, below = kept[:start], kept[start:]
    prose_above = sum(len(b.text) for b in above if prose_block(b))
    prose_below = sum(len(b.text) for b in below if prose_block(b))
    if prose_above < ARTICLE_END_PROSE_SHARE * (prose_above + prose_below):
        return -1
    if all(b.tag == "line" for b in kept):
        return start   # a text page's lines keep no elements: the prose above the credit decides alone
    article = {b.container for b in above if prose_block(b)}
    if any(b.container in article for b in below):
        return -1   # the article's own container goes on below the credit: a mid-article credit
    return start


def _cut_after_editor_credit(doc: Document, kept: list[Block]) -> list[Block]:
    """The kept blocks below the editor's credit that closes the article are furniture (``after_article_end``)."""
    return _cut_from(doc, kept, after_editor_credit(doc, kept), "boilerplate", "after_article_end")


def closing_disclaimers(kept: list[Block]) -> list[int]:
    """Positions in ``kept`` of the disclaimers among its last lines: a site's or a platform's word that the
    text is its writer's view only (``本文仅为作者观点，不代表网易立场。``, ``…仅代表作者本人的观点，与78小说网的
    立场无关``, ``言論不代表本報立場``), with the reprint or submission note it comes with. Unlabelled, unlike
    ``免责声明：…`` (the strip stage's :func:`~webclean.strip.controls.disclaimer_line`).

    >>> text = Block(0, "今年全市新增就业岗位三万余个，城镇居民人均可支配收入同比增长百分之六。")
    >>> note = Block(1, "本文为康斯坦丁授权网易财经发布，转载请注明出处。本文仅为作者观点，不代表网易立场。")
    >>> closing_disclaimers([text, note]), closing_disclaimers([note] + [text] * 6)
    ([1], [])
    """
    start = max(0, len(kept) - DISCLAIMER_REACH)
    return [k for k in range(start, len(kept))
            if len(kept[k].text) <= DISCLAIMER_MAX_CHARS and _DISCLAIMS.search(kept[k].text)]


# The text is its writer's view, not the site's: 不代表本站立场, 仅代表作者本人的观点, 与本站立场无关.
_DISCLAIMS = re.compile(r"(?:並|并)?不代表[^，。！？,.!?]{0,12}(?:立场|立場|观点|觀點)"
                        r"|[仅只僅](?:代表|为|為)作者(?:本人|个人|個人)?的?(?:观点|觀點)"
                        r"|[与與][^，。！？]{0,16}(?:立场|立場)(?:无关|無關)")
#: A disclaimer closes the text: it is looked for among the last few kept lines only (a novel site signs off in
#: five lines of them) ...
DISCLAIMER_REACH = 6
#: ... and it is a note of a few sentences, not a paragraph of the story that quotes one.
DISCLAIMER_MAX_CHARS = 200


_SUMMARY_BOXES = frozenset(read_vocabulary(_LINES, "summary boxes"))
# A sentence of a summary box, cut after its stop; shorter pieces (a greeting, Hi,Agent.) say nothing.
_BOX_SENTENCE = re.compile(r"[^。！？!?~～]+[。！？!?~～]*")
SUMMARY_SENTENCE_MIN = 8
#: The block's own class words are the last of its hint words; two cover ``article summary``.
OWN_CLASS_WORDS = 2
_QUOTES_AND_SPACE = re.compile(r"[\s“”\"]+")


def summary_repeats(kept: list[Block], opening: str = "") -> list[Block]:
    """The summary boxes over the text that only repeat it: a block whose class names a summary (``summary``,
    ``introduction``; :data:`_SUMMARY_BOXES`) and every sentence of which comes again in the text after it.

    Example: a game site's ``<div class="summary">“” 为了给参与活动的玩家带来更好的体验。 目前…公开招募npc~</div>``
    over the article that opens with the same two sentences. A box that says something the text does not is
    kept: it is the page's own lead. ``opening`` is the text's first line when the title stage took it (DedeCMS's
    digest starts with the whole headline that opens the text under a headline cut short).

    >>> box = Block(0, "“” 为了给参与活动的玩家带来更好的体验。 目前公开招募现场志愿者~", hints="article summary")
    >>> text = [Block(1, "为了给参与活动的玩家带来更好的体验。"), Block(2, "目前公开招募现场志愿者~")]
    >>> [b.index for b in summary_repeats([box] + text)], summary_repeats([box, text[0]])
    ([0], [])
    """
    found = []
    for i, b in enumerate(kept):
        if not b.hints or _SUMMARY_BOXES.isdisjoint(b.hints.split()[-OWN_CLASS_WORDS:]):
            continue   # (an ancestor's summary class, far up, names the whole article's part)
        sentences = [s for s in (_QUOTES_AND_SPACE.sub("", m.group()) for m in _BOX_SENTENCE.finditer(b.text))
                     if len(s) >= SUMMARY_SENTENCE_MIN]
        later = _QUOTES_AND_SPACE.sub("", opening + "".join(x.text for x in kept[i + 1:]))
        if sentences and all(s in later for s in sentences):
            found.append(b)
    return found


def _cut_summary_repeats(doc: Document, kept: list[Block]) -> list[Block]:
    """Summary boxes that repeat the text under them are not text (:func:`summary_repeats`)."""
    opening = "".join(b.text for b in doc.blocks if b.rule == "repeated_headline")
    repeats = summary_repeats(kept, opening)
    for b in repeats:
        doc.remove_block(b, "boilerplate", "summary_repeat")
    return [b for b in kept if b not in repeats] if repeats else kept


def _cut_closing_disclaimers(doc: Document, kept: list[Block]) -> list[Block]:
    """The disclaimers closing the text are the site's notes (:func:`closing_disclaimers`)."""
    return _cut_at(doc, kept, closing_disclaimers(kept), "copyright", "closing_disclaimer")


def _tail_junk(text: str) -> bool:
    """A line that closes no article: a short unpunctuated label or notice, or one with no Chinese at all
    (a video placeholder ``VIDEO``, an article id, a URL, a lone ``?``)."""
    return (len(text) < LABEL_MAX_CHARS and not _CJK_PUNCT.search(text)) or not _HAN_CHAR.search(text)


def _trim_tail(doc: Document, kept: list[Block]) -> list[Block]:
    """Drop the run of junk lines left at the end after a removed footer line (share bar, editor,
    copyright): "未经书面授权不得复制或建立镜像" below "版权所有 ©..." is page furniture, not the last paragraph,
    and so are a mirror's ``VIDEO`` / ``WS60431a79…`` / URL lines under its ``【責任編輯:…】``.

    >>> d = Document(raw="")
    >>> d.blocks = [Block(0, "正文第一段，内容。"), Block(1, "版权所有", label="copyright"),
    ...             Block(2, "未经授权不得转载")]
    >>> [b.text for b in _trim_tail(d, [d.blocks[0], d.blocks[2]])]
    ['正文第一段，内容。']
    >>> d.blocks = [Block(0, "正文第一段，内容。"), Block(1, "?"), Block(2, "【责任编辑:马文英】", label="editor"),
    ...             Block(3, "VIDEO"), Block(4, "http://m.example.cn/a/202103/06/WS60431a79.html")]
    >>> [b.text for b in _trim_tail(d, [d.blocks[0], d.blocks[1], d.blocks[3], d.blocks[4]])]
    ['正文第一段，内容。']
    """
    position = {id(b): i for i, b in enumerate(doc.blocks)}
    run = len(kept)
    while run > 1 and _tail_junk(kept[run - 1].text):
        run -= 1
    # the run must follow a footer the earlier stages removed; junk before that footer goes with it
    footer = next((i for i in range(run, len(kept)) if any(
        b.label for b in doc.blocks[position[id(kept[i - 1])] + 1:position[id(kept[i])]])), None)
    if footer is None:
        return kept
    start = footer
    while start > 1 and _tail_junk(kept[start - 1].text):
        start -= 1
    for b in kept[start:]:
        doc.remove_block(b, "boilerplate", "label_after_footer")
    return kept[:start]


_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")


# Rules of body selection itself: what they removed is prose the page still holds.
_SELECTION_RULES = frozenset(("outside_main_content", "not_prose", "link_line_in_content", "listing_page"))
# Truncation: the prose left outside the chosen region is this many times what was kept, and at least this
# long (a sidebar of summaries beside a two-line brief is common; a whole second article is not).
TRUNCATION_RATIO = 3.0
TRUNCATION_MIN_CHARS = 500


def prose_block(block: Block) -> bool:
    """A block that reads as a paragraph: mostly unlinked text that ends a sentence, or a long clause.

    A headline (``新华社：监管鬼秤才真正可怕``) or a menu is not one, however many there are.

    >>> prose_block(Block(0, "今天上午，市政府召开新闻发布会。")), prose_block(Block(0, "新华社：监管鬼秤才真正可怕"))
    (True, False)
    """
    if block.link_density >= 0.5:
        return False
    return bool(_SENTENCE_STOP.search(block.text)) or (len(block.text) >= 40 and bool(_CJK_PUNCT.search(block.text)))


_SENTENCE_STOP = re.compile(r"[。！？!?]")


def densest_prose_region(doc: Document, candidates: list[Block]) -> list[Block]:
    """The fallback selection: the container whose subtree holds the most prose weighted by how dense it is
    (prose characters squared over all characters), and the candidate blocks inside it in page order.

    >>> d = Document(raw="")
    >>> d.blocks = [Block(0, "首页 新闻 体育 财经 娱乐 汽车", links=6, link_chars=12, container=1),
    ...             Block(1, "会议指出，要继续做好民生保障工作。", container=2),
    ...             Block(2, "确保各项政策落到实处。", container=2)]
    >>> d.hints["containers"] = [(-1, "body", ""), (0, "div", "nav"), (0, "div", "x")]
    >>> [b.index for b in densest_prose_region(d, d.blocks[1:])]
    [1, 2]
    """
    containers = doc.hints.get("containers") or []
    if not containers or not candidates:
        return candidates
    n = len(containers)
    prose, total = [0] * n, [0] * n
    wanted = {id(b) for b in candidates}
    for b in doc.blocks:
        if 0 <= b.container < n:
            total[b.container] += len(b.text)
            if id(b) in wanted:
                prose[b.container] += len(b.text)
    for cid in range(n - 1, 0, -1):   # a parent's id is below its children's: fold subtrees upwards
        parent = containers[cid][0]
        if 0 <= parent < cid:
            prose[parent] += prose[cid]
            total[parent] += total[cid]
    best = max(range(n), key=lambda c: (prose[c] * prose[c] / total[c] if total[c] else 0.0, -c))
    end = best
    while end + 1 < n and _inside(containers, end + 1, best):
        end += 1
    return [b for b in candidates if best <= b.container <= end]


def _inside(containers: list[tuple[int, str, str]], cid: int, ancestor: int) -> bool:
    while cid > ancestor:
        cid = containers[cid][0]
    return cid == ancestor


#: A body of fewer characters than this is no article's (a banner, a form's labels, a film's credits) ...
LISTING_TINY_BODY = 60
#: ... and when the page's list holds this many times its text, the page is the list.
LISTING_OVER_TINY_BODY = 10


def ensure_body(doc: Document, kept: list[Block]) -> list[Block]:
    """Never a silent empty or truncated body: when selection kept nothing, the densest prose region of what
    it left out is the body, with a warning; a listing or a page without prose says so; when far more prose
    stays outside the chosen region than inside it, a warning says the body may be truncated.

    Example: a question page whose only text is the answers' one-line replies gives no article region; the
    record still says why its body is empty.
    """
    footer = footer_lines_after_the_notice(doc, kept)
    if footer:
        for b in footer:
            doc.remove_block(b, "boilerplate", "footer_after_the_notice")
        kept = kept[:len(kept) - len(footer)]   # the footer is the tail of the body
        if not kept and dated_headline(doc):
            # an article (its headline and dateline) whose text is not text: a picture, a document to download
            doc.warnings.append("body: empty: the article under the headline holds no text (its content may be "
                                f"images or a file); the {sum(len(b.text) for b in footer)} characters chosen were "
                                "the page's footer, under its copyright notice")
            return []
    left_out = [b for b in doc.blocks if b.rule in _SELECTION_RULES and prose_block(b)]
    kept_chars = sum(len(b.text) for b in kept)
    if kept and kept_chars < LISTING_TINY_BODY and not all(b.rule == "own_text" for b in kept):
        # a few short lines chosen (a welcome banner, a search form's labels, a film's credits) on a page that
        # holds a list: of entries (linked headlines), or of posts (a film's short reviews, each under its
        # poster and time), whichever holds more
        entries = _listing_entries(doc)
        posts = _posts_of_the_page(doc)
        # ... or the article itself, left out (its element named like an ad slot: sina_keyword_ad_area2)
        prose = densest_prose_region(doc, [b for b in left_out if b.rule != "listing_page"])
        chosen = max((entries, posts, prose), key=lambda found: sum(len(b.text) for b in found))
        if sum(len(b.text) for b in chosen) >= LISTING_OVER_TINY_BODY * kept_chars:
            for b in kept:
                if b not in chosen:
                    doc.remove_block(b, "boilerplate", "not_the_list" if chosen is not prose else "not_the_text")
            if chosen is prose:
                return _fallback_kept(doc, prose, f"main-content selection kept only {kept_chars} characters")
            return _as_listing(doc, chosen)
    if kept:
        kept_chars = sum(len(b.text) for b in kept)
        # prose in a region named as furniture (a recommended article, a comment box) is not the page's own
        outside = sum(len(b.text) for b in left_out if b.rule == "outside_main_content" and hint_factor(b.hints) > 0)
        if outside >= TRUNCATION_MIN_CHARS and outside >= TRUNCATION_RATIO * kept_chars:
            doc.warnings.append(f"body: may be truncated: {outside} characters of prose outside the chosen region, "
                                f"{kept_chars} kept")
        elif kept_chars < LISTING_TINY_BODY:
            # (a newspaper's layout page: its few headlines left out as links, 第01版：今日要闻 kept)
            lines = sum(len(b.text) for b in doc.blocks if b.rule in _SELECTION_RULES)
            if lines >= LISTING_OVER_TINY_BODY * kept_chars:
                doc.warnings.append(f"body: may be truncated: only {kept_chars} characters kept, {lines} characters "
                                    "of short lines left out around them")
        cards = cards_like_the_body(doc, kept)
        if cards:
            doc.warnings.append(f"body: the page is a list of teaser cards ({cards} lines of them): the body kept "
                                f"({kept_chars} characters) is one card of the list, not an article")
        return kept
    replies = _replies_of_an_empty_post(doc)
    if replies:
        return replies
    entries = _listing_entries(doc) if doc.page_kind == "listing" or not any(
        b.rule != "listing_page" for b in left_out) else []
    if entries:
        return _as_listing(doc, entries)
    if doc.page_kind == "listing":
        doc.warnings.append("body: empty: the page is a listing (many link lines, little prose), no article")
        return []
    verse = lines_under_the_headline(doc)
    if verse:
        return _fallback_kept(doc, verse, "main-content selection kept nothing",
                              "the short lines under the headline (a poem, a list)")
    fallback = densest_prose_region(doc, [b for b in left_out if b.rule != "listing_page"])
    if not fallback:
        open_text = sum(len(b.text) for b in doc.blocks if b.label is None or b.rule in _SELECTION_RULES)
        doc.warnings.append("body: empty: no prose left after spam, boilerplate and metadata were removed"
                            + (f" ({open_text} characters of short lines)" if open_text else ""))
        return []
    return _fallback_kept(doc, fallback, "main-content selection kept nothing")


#: Lines under the page's copyright or ICP notice are its footer when they hold at most this much text (an
#: address, a telephone and fax line) ...
FOOTER_LINES_MAX_CHARS = 200
#: ... and end within this many blocks of the page's end.
FOOTER_TAIL_BLOCKS = 10
_NOTICE_LABELS = frozenset(("copyright", "icp"))


def footer_lines_after_the_notice(doc: Document, kept: list[Block]) -> list[Block]:
    """The blocks of the chosen body that are the page's footer: a few short lines that come after its copyright
    or ICP notice (the first one under the headline), at the foot of the page.

    Where the article held no text of its own, the contact line under the notice was the only prose left: a
    school's notice published as one picture (绍兴一中, ``5.22跑操量化考核反馈``: the body was ``地址：绍兴市站前大道
    1898号 电话&传真：0575-85173853``), a university office's calendar page (``通讯地址：上海市东川路800号教务处
    邮编：200240 联系电话：…``); where it held a short text, a region holding both could be chosen.

    >>> from webclean.document import Block, Document
    >>> d = Document(raw="")
    >>> d.blocks = [Block(0, "5.22跑操量化考核反馈", tag="h2"), Block(1, "绍兴市第一中学 版权所有 Copyright ©"),
    ...             Block(2, "地址：绍兴市站前大道1898号 电话&传真：0575-85173853", tag="p")]
    >>> d.remove_block(d.blocks[0], "title", "headline_block")
    >>> d.remove_block(d.blocks[1], "copyright", "copyright_notice")
    >>> [b.index for b in footer_lines_after_the_notice(d, [d.blocks[2]])]
    [2]
    >>> footer_lines_after_the_notice(d, [d.blocks[0]])   # text above the notice
    []
    """
    blocks = doc.blocks
    if not kept or kept[-1].index < len(blocks) - FOOTER_TAIL_BLOCKS:
        return []
    headline = _headline_index(doc)
    notice = next((i for i in range(max(headline + 1, 0), kept[-1].index) if blocks[i].label in _NOTICE_LABELS), -1)
    if notice < 0:
        return []
    if any(b.container == blocks[notice].container for b in kept if b.index < notice):
        return []   # a notice inside the text's own element: quoted (a screenshot's footer), not the page's
    footer = [b for b in kept if b.index > notice]
    if any(_SENTENCE_STOP.search(b.text) for b in footer):
        return []   # sentences: the text itself under a notice that opens it (原创专稿，未经允许请勿转载)
    return footer if sum(len(b.text) for b in footer) <= FOOTER_LINES_MAX_CHARS else []


#: A dateline this many blocks under the headline at most is the headline's own.
DATELINE_REACH = 3


def dated_headline(doc: Document) -> bool:
    """Whether the page's headline has its dateline right under it (within :data:`DATELINE_REACH` blocks): the
    headline of an article, not a list's heading.

    >>> from webclean.document import Block, Document
    >>> d = Document(raw="")
    >>> d.blocks = [Block(0, "5.22跑操量化考核反馈", tag="h2"), Block(1, "发布时间：2026年05月22日")]
    >>> d.remove_block(d.blocks[0], "title", "headline_block")
    >>> dated_headline(d)
    False
    >>> d.remove_block(d.blocks[1], "timestamp", "credit_line")
    >>> dated_headline(d)
    True
    """
    headline = _headline_index(doc)
    if headline < 0:
        return False
    return any(b.label == "timestamp" for b in doc.blocks[headline + 1:headline + 1 + DATELINE_REACH])


#: The body is one card of a list when every block of it repeats, by the last levels of its path, this many
#: teaser cards the strip stage took out (a news portal's front page: story after story, headline, teaser, date).
CARD_LIST_MIN = 5
_CARD_PATH_DEPTH = 3


def cards_like_the_body(doc: Document, kept: list[Block]) -> int:
    """How many teaser cards share the body's shape, when the body is one more card of their list; 0 when not.

    Example: a portal's front page is fifty ``div.story-list__news/div.story-list__text/h3`` headlines, each
    with its teaser and date; body selection keeps one of them as if it were the article. A short article with
    a long list of related teasers under it keeps paragraphs of another shape, so it is not one of its cards.

    >>> d = Document(raw="")
    >>> card = ["news/text/h3", "news/text/p"]
    >>> d.blocks = [Block(i, "头条", path="list/" + card[i % 2], label="related", rule="teaser_card")
    ...             for i in range(12)]
    >>> kept = [Block(12, "头条", path="top/" + card[0]), Block(13, "导语", path="top/" + card[1])]
    >>> cards_like_the_body(d, kept), cards_like_the_body(d, [Block(12, "正文", path="article/div/p")])
    (12, 0)
    """
    def shape(b: Block) -> str:
        return "/".join(b.path.split("/")[-_CARD_PATH_DEPTH:])

    shapes = {shape(b) for b in kept}
    if "" in shapes:
        return 0   # a text page's lines have no path to compare
    counts: dict[str, int] = {}
    for b in doc.blocks:
        if b.rule == "teaser_card":
            key = shape(b)
            if key in shapes:
                counts[key] = counts.get(key, 0) + 1
    if len(counts) < len(shapes) or min(counts.values(), default=0) < CARD_LIST_MIN:
        return 0
    return sum(counts.values())


#: A poem or a list of short lines under the headline: this many lines at least ...
VERSE_LINES_MIN = 4
#: ... each no longer than this.
VERSE_LINE_MAX = 30


def lines_under_the_headline(doc: Document) -> list[Block]:
    """The short lines that follow the headline (and its credit lines) in one container, when selection kept
    nothing: a post that is a poem (NexT's 路灯下的夜 over 夜 / 连接 / 白与黑 / …, each line its own paragraph, none
    prose enough to count), or a list. Lines with links, or labelled by any rule but selection's, end the run.

    >>> d = Document(raw="")
    >>> d.blocks = [Block(0, "路灯下的夜", label="title"), Block(1, "发表于 2016-12-27", label="timestamp")] + [
    ...     Block(i, t, container=3, label="boilerplate", rule="not_prose")
    ...     for i, t in enumerate(["夜", "连接", "白与黑", "重铸黎明", "万物欣向荣"], start=2)] + [
    ...     Block(7, "请我喝杯☕!", container=4, label="boilerplate", rule="not_prose")]
    >>> [b.text for b in lines_under_the_headline(d)]
    ['夜', '连接', '白与黑', '重铸黎明', '万物欣向荣']
    """
    head = _headline_index(doc)
    if head < 0:
        return []
    blocks = doc.blocks
    i = head + 1
    while i < len(blocks) and blocks[i].label in _HEAD_CREDIT_LABELS:
        i += 1   # the date and credit lines under the headline
    run: list[Block] = []
    for b in blocks[i:]:
        if b.rule not in _SELECTION_RULES or b.links or len(b.text.strip()) > VERSE_LINE_MAX or (
                run and b.container != run[0].container):
            break
        run.append(b)
    return run if len(run) >= VERSE_LINES_MIN else []


_HEAD_CREDIT_LABELS = frozenset(("timestamp", "byline", "source", "editor"))


def _fallback_kept(doc: Document, fallback: list[Block], why: str,
                   where: str = "the densest prose region") -> list[Block]:
    """The densest prose region (or ``where`` the fallback found its lines) is the body, said as such."""
    doc.restore_blocks(fallback)
    doc.warnings.append(f"body: {why}; fallback kept {len(fallback)} paragraphs "
                        f"({sum(len(b.text) for b in fallback)} characters) from {where}")
    doc.flags.add("body_fallback")
    return fallback


def _posts_of_the_page(doc: Document) -> list[Block]:
    """The posts under the headline, each a poster's words under its header row
    (:func:`webclean.extract.replies.later_replies`), among the blocks left out or labelled comments."""
    head = _headline_index(doc)
    candidates = [b.index for b in doc.blocks[head + 1:]
                  if b.label is None or b.rule in _REPLY_LABEL_RULES or b.rule in _SELECTION_RULES]
    words = set(later_replies(doc.blocks, head, candidates))
    return [doc.blocks[i] for i in sorted(words | set(reply_links(doc.blocks, words, candidates)))]


def _replies_of_an_empty_post(doc: Document) -> list[Block]:
    """A thread or question whose opening post holds no text (an empty ``## 问题描述`` template) still holds its
    replies: on a community page (its URL, or a board's thread controls) the replies under the headline
    (:func:`webclean.extract.replies.later_replies`) are the body, with a warning."""
    if not (is_forum(doc.url) or is_community(doc.url) or thread_controls(doc.blocks)):
        return []
    found = _posts_of_the_page(doc)
    if not found:
        return []
    doc.restore_blocks(b for b in found if b.label is not None)
    doc.page_kind = "forum-thread"
    doc.warnings.append(f"body: the opening post holds no text: the body is the thread's replies ({len(found)})")
    return found


def _as_listing(doc: Document, entries: list[Block]) -> list[Block]:
    """No article, and a list: the page holds its entries (headlines and their lines), said as such."""
    entries = _entry_taken_for_the_headline(doc, entries)
    doc.restore_blocks(b for b in entries if b.label is not None)
    _said_a_listing(doc, entries)
    return entries


def _said_a_listing(doc: Document, entries: list[Block]) -> None:
    """The page kind ``listing``, its flag and warning, and no credit but a labelled one."""
    doc.page_kind = "listing"
    doc.flags.add("listing")
    # said once, with the list as it ends (a list found by its headlines may be told again with its names)
    doc.warnings[:] = [w for w in doc.warnings if not w.startswith(_LISTING_WARNING)]
    doc.warnings.append(f"{_LISTING_WARNING} ({len(entries)} lines of entries)")
    # a list credits nobody: a poster or an outlet read near its entries (野原小新君, 腾讯新闻5小时前) is an
    # entry's, the template's <meta name="author"> the site's; only a labelled credit (作者：…) stays
    for name in ("author", "editor", "source"):
        found = doc.fields.get(name)
        if found is not None and found.rule not in _LISTING_CREDIT_RULES:
            del doc.fields[name]


_LISTING_CREDIT_RULES = frozenset(("author_label", "editor_label", "source_label"))
_LISTING_WARNING = "body: the page is a listing, no article: the body is its list"


def _entry_taken_for_the_headline(doc: Document, entries: list[Block]) -> list[Block]:
    """On a listing, a headline block set like the list's entries is the first entry, not the page's headline:
    it goes back into the list, and the page's title is the name just above the list (``<h2>信息披露</h2>``
    over a fund company's disclosures; a heading first, else a short line), else the section the breadcrumb
    ends with, else none.

    Example: a disclosure list whose only heading is a four-character ``信息披露`` had its first entry
    ``恒生前海基金管理有限公司关于旗下基金新增…`` taken for the headline.
    """
    head = next((b for b in doc.blocks if b.label == "title" and b.rule == "headline_block"), None)
    marks = Counter(list_signature(b) for b in entries if entry_headline(b))
    if head is None or not marks or list_signature(head) != marks.most_common(1)[0][0]:
        return entries
    doc.restore_block(head)
    entries = sorted(entries + [head], key=lambda b: b.index)
    first = entries[0].index
    above = [b for b in reversed(doc.blocks[max(0, first - LISTING_HEADING_REACH):first])
             if (b.label is None or b.rule in _SELECTION_RULES) and _LISTING_NAME.fullmatch(b.text.strip())]
    # the name the page's <title> gives its section (要闻-中国新闻-多维新闻网) beats a short line above the
    # list that is no heading (时间, a sort button), and names the line that repeats it
    head_title = str((doc.head or {}).get("title") or "")
    pieces = [p.strip() for p in _TITLE_PIECES.split(head_title) if p.strip()]
    head_name = strip_site_suffix(head_title).strip()
    if not (_LISTING_NAME.fullmatch(head_name) and len(head_name) <= LISTING_HEAD_NAME_MAX):
        head_name = ""
    heading = next((b for b in above if len(b.text.strip()) >= 2 and any(b.text.strip() in p for p in pieces)), None) \
        or next((b for b in above if b.heading), None)
    crumbs = doc.value("breadcrumb") or ()
    crumb_name = bool(crumbs) and bool(_LISTING_NAME.fullmatch(str(crumbs[-1]).strip()))
    if heading is None and head_name and not crumb_name:
        doc.set_field("title", head_name, "listing_head_title", head_name, override=True)
        return entries
    heading = heading or (above[0] if above and not head_name else None)
    if heading is not None:
        doc.set_field("title", heading.text.strip(), "listing_heading", heading.text, override=True,
                      block=heading.index)
        doc.remove_block(heading, "title", "listing_heading")
    elif crumb_name:
        # no heading of its own: the section the trail ends with (首頁 / 政治) names the list
        doc.set_field("title", str(crumbs[-1]).strip(), "listing_crumb", " / ".join(map(str, crumbs)),
                      override=True)
    else:
        doc.fields.pop("title", None)
    return entries


# A list's name: a short line of words without sentence or label punctuation (信息披露, 滚动新闻, 政治).
_LISTING_NAME = re.compile(r"[^\s，。：:；;！!？?\d][^，。：:；;！!？?]{1,19}")


_TITLE_PIECES = re.compile(r"[_|｜–—]|\s-\s|-")
#: A <title>'s first piece this short names a list's section (要闻, 滚动新闻, 信息披露), not an article.
LISTING_HEAD_NAME_MAX = 10
#: The list's own heading sits just above its first entry (a few blocks: a tab bar, a date filter) ...
LISTING_HEADING_REACH = 8


# What left a list's entry names out of the body: selection's link lines and non-prose, and a name read as a
# menu for the slashes between its titles (肖申克的救赎 / The Shawshank Redemption / 月黑高飞(港)).
_ENTRY_NAME_DROPS = frozenset(("link_line_in_content", "not_prose", "nav_separator_run"))


def _told_list(doc: Document, kept: list[Block]) -> list[Block]:
    """A body that tells a list entry by entry (each entry's tagline, quote or abstract kept) keeps each entry's
    name, which selection dropped as a link line (:func:`webclean.extract.listings.told_entry_names`, rule
    ``entry_name``), and the entries' unlinked facts lines taken for menus (``entry_facts``); the bare numbers
    ranking the entries go (``entry_rank``). The page is a listing.

    Example: a film chart kept each film's ``导演: …`` line and quote ``希望让人自由。`` and dropped its linked
    name ``肖申克的救赎 / The Shawshank Redemption …`` and its ``1994 / 美国 / 犯罪 剧情`` line; both come back,
    the rank ``1`` before the film goes. A thread's poster names beside its posts are no entries' names.
    """
    if not kept or doc.page_kind == "forum-thread":
        return kept
    blocks = doc.blocks
    kept_at = {b.index for b in kept}
    parents = [c[0] for c in doc.hints.get("containers") or []]
    names = told_entry_names(blocks, kept_at, [b.index for b in blocks if b.rule in _ENTRY_NAME_DROPS], parents)
    if not names:
        return kept
    facts = entry_fact_lines(blocks, names, kept_at, [b.index for b in blocks if b.rule == "nav_separator_run"])
    ranks = set(entry_rank_numbers(blocks, names, kept_at))
    back = [blocks[i] for i in names if i not in kept_at] + [blocks[i] for i in facts]
    marked = [(blocks[i], "entry_name") for i in names if i not in kept_at] + [(blocks[i], "entry_facts")
                                                                             for i in facts]
    doc.restore_blocks(b for b, _ in marked)
    for b, rule in marked:
        b.mark("body", rule)
    for i in sorted(ranks):
        doc.remove_block(blocks[i], "boilerplate", "entry_rank")
    entries = sorted([b for b in kept if b.index not in ranks] + back, key=lambda b: b.index)
    # (the list's own heading just above it, when taken for its name, leaves the body)
    entries = [b for b in _entry_taken_for_the_headline(doc, entries) if b.label in (None, "body")]
    _said_a_listing(doc, entries)
    return entries


def _listing_entries(doc: Document) -> list[Block]:
    """The page's main list (:mod:`webclean.extract.listings`) among the blocks no earlier stage labelled as
    furniture: the ones left open or left out by body selection."""
    candidates = [b.index for b in doc.blocks if b.label is None or b.rule in _SELECTION_RULES]
    return [doc.blocks[i] for i in list_entries(doc.blocks, candidates, is_pagination)]


def captions_of_a_picture_story(doc: Document, kept: list[Block]) -> list[Block]:
    """A story told in pictures is its captions: when the captions the strip stage took for photo credits hold
    more sentences than the body kept, they come back into it, in page order, each without its credit.

    Example: a mirror's photo page is five captions, each closing with ``新華社記者 丁林 攝``; the body is
    the five captions, the photographers the author (:mod:`webclean.extract.datelines`).

    >>> d = Document(raw="")
    >>> d.blocks = [Block(0, "3月2日，政协会议在人民大会堂举行新闻发布会。新华社记者 丁林 摄", label="image_credit")]
    >>> [b.text for b in captions_of_a_picture_story(d, [])]
    ['3月2日，政协会议在人民大会堂举行新闻发布会。']
    """
    captions = [b for b in doc.blocks if b.label == "image_credit" and "。" in b.text]
    told = sum(len(b.text) for b in kept if "。" in b.text)
    if not captions or told >= sum(len(b.text) for b in captions):
        return kept
    for b in captions:
        credit = dispatch_byline(b.text)
        doc.restore_block(b)
        if credit is not None and credit.rule == "photo_credit" and credit.start > 0:
            doc.removed.append(Removal("image_credit", b.text[credit.start:], "photo_credit", f"block {b.index}"))
            b.text = b.text[:credit.start].rstrip()
    return sorted(kept + captions, key=lambda b: b.index)


def without_link_text(text: str, link_texts: tuple[str, ...]) -> str:
    """A paragraph without the text of its links (``include_links=False``), each link cut once, in order.

    >>> without_link_text("详见附件一。更多阅读：统计公报", ("附件一", "统计公报"))
    '详见。更多阅读：'
    """
    out, at = [], 0
    for link in link_texts:
        where = text.find(link, at)
        if where < 0:
            continue
        out.append(text[at:where])
        at = where + len(link)
    out.append(text[at:])
    return " ".join("".join(out).split())


def apply_output_options(doc: Document, kept: list[Block], opts: Any) -> list[Block]:
    """The body as the caller asked for it: data tables out (``keep_tables=False``), link text out of
    paragraphs (``include_links=False``); what goes is recorded as removed.

    >>> d = Document(raw="")
    >>> d.blocks = [Block(0, "项目\\t数量", in_table=True), Block(1, "详见附件一。", link_texts=("附件一",))]
    >>> class Off: keep_tables = include_links = False
    >>> [b.text for b in apply_output_options(d, d.blocks, Off())], [r.rule for r in d.removed]
    (['详见。'], ['keep_tables', 'include_links'])
    """
    keep_tables = getattr(opts, "keep_tables", True)
    include_links = getattr(opts, "include_links", True)
    if keep_tables and include_links:
        return kept
    out = []
    for b in kept:
        if not keep_tables and b.in_table and "\t" in b.text:   # a data row (parse.tables)
            doc.remove_block(b, "boilerplate", "keep_tables")
            continue
        if not include_links and b.link_texts:
            text = without_link_text(b.text, b.link_texts)
            if text != b.text:
                doc.removed.append(Removal("boilerplate", " ".join(b.link_texts), "include_links",
                                           f"block {b.index}"))
                if not text.strip():
                    b.mark("boilerplate", "include_links")
                    continue
                b.text = text
        out.append(b)
    return out


def select_body(doc: Document, opts: Any) -> None:
    """Choose the main content: fills ``doc.paragraphs`` and ``doc.page_kind``; labels the rest."""
    _mark_pagination(doc)
    is_text = bool(doc.blocks) and all(b.tag == "line" for b in doc.blocks)
    kept = _select_text(doc) if is_text else _lead_of_the_region(doc, _own_text_over_a_far_region(
        doc, _select_html(doc, opts)))
    kept = _cut_comment_section(doc, kept, opts)
    kept = _cut_related_items(doc, kept)
    kept = _cut_repeated_post_headers(doc, kept)
    kept = _cut_headline_runs(doc, kept)
    kept = _cut_after_editor_credit(doc, kept)
    kept = _cut_closing_signature(doc, kept)
    kept = _cut_closing_disclaimers(doc, kept)
    kept = _cut_summary_repeats(doc, kept)
    kept = captions_of_a_picture_story(doc, kept)
    kept = ensure_body(doc, kept)
    kept = kept if is_text else _told_list(doc, kept)
    kept = apply_output_options(doc, kept, opts)
    min_chars = getattr(opts, "min_paragraph_chars", 0) or 0
    paragraphs = []
    for b in kept:
        if len(b.text) < min_chars:
            doc.remove_block(b, "boilerplate", "min_paragraph_chars")
            continue
        b.mark("body", b.rule if b.label == "body" and b.rule else "main_content")
        paragraphs.append(b.text)
    doc.paragraphs = paragraphs
