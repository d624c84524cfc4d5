"""Injected spam lists and casino anchors: numbered runs of spam anchors anywhere in a hacked article.

A hacked article often carries a list of casino or porn anchors pasted between its paragraphs, at its
top, or glued after a sentence::

    <p>…目前已有三十五个小区完成方案公示。1. <a href="http://…">澳门新葡京娱乐场官网</a>
    2. <a href="http://…">金沙国际娱乐网址</a> 3. <a href="http://…">威尼斯人线上平台</a> …</p>

or one item a line (``<br>``), or an ``<ol>`` whose numbers the browser draws. Each anchor alone may be
unknown to the spam lexicon (spammers invent brands faster than lists grow), but its SHAPE is known: a
casino name and an offer word (:func:`casino_anchor`: 金沙 + 国际 + 娱乐网址), or a lexicon term, or a
domain. The list is judged as a whole (:func:`spam_list`): enough short items, most of them spam-shaped.
Legitimate numbered lists (``1. 坚持问题导向 2. 强化责任落实``) and news listing Macau's casino groups
(``1. 银河娱乐 2. 金沙中国 3. 永利澳门``: one anchor-shaped item of three) are left alone.

:func:`mark_spam_lists` labels whole item blocks (rule ``numbered_spam_list``) and cuts runs out of
paragraphs that also hold real text (recorded as a partial removal).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ..core.vocabulary import read_vocabulary, trie_pattern
from ..document import Block, Document
from ..record import Removal
from .spam_lexicon import compiled_lexicon, scan_terms

__all__ = ["RULE", "casino_anchor", "casino_anchor_pattern", "spam_item", "spam_list", "numbered_runs", "NumberedRun",
           "list_item_text",
           "mark_spam_lists", "MIN_LIST_ITEMS", "MAX_ITEM_CHARS", "MIN_SPAM_SHARE", "MIN_SPAM_ITEMS"]

RULE = "numbered_spam_list"

#: A list has at least three items: two spam lines are left to the line rules (spam_phrase_line).
MIN_LIST_ITEMS = 3
#: Anchors are keyword phrases; an item longer than this is a sentence or a headline, not an anchor.
MAX_ITEM_CHARS = 30
#: Share of items that must be spam-shaped: news listing casino groups has one anchor-shaped name
#: among ordinary ones (银河娱乐, 金沙中国, 永利澳门, 澳博控股), an injected list has almost nothing else.
MIN_SPAM_SHARE = 0.6
#: ... and at least this many spam-shaped items, whatever the share.
MIN_SPAM_ITEMS = 2
#: A casino name may follow a short lead (2025最新), and the offer word a short tail (下载, 首页).
_MAX_LEAD, _MAX_TAIL = 6, 6
#: Between two list numbers: an item and the spaces around it.
ITEM_SLACK = 2
#: A line that is a link (an item of a list of links): mostly link text.
LINK_LINE_MIN_DENSITY = 0.5


# ---------------------------------------------------------------- anchors

def _terms(name: str) -> list[str]:
    """The words of ``data/<name>`` with their Traditional forms, lower case."""
    return [term.lower() for term in read_vocabulary(name)]


def _alternation(terms: list[str]) -> str:
    """A trie-shaped alternation (one scan whatever the list size); a Latin name (ag, bet365) must not
    sit inside a longer Latin word (agent, tag)."""
    latin = [t for t in terms if re.match(r"[a-z0-9]", t)]
    other = [t for t in terms if not re.match(r"[a-z0-9]", t)]
    parts = [trie_pattern(other)] if other else []
    if latin:       # few: a plain alternation, longest first, bounded by non-letters on both sides
        parts.append(r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, sorted(latin, key=len, reverse=True)))
                     + r")(?![a-z])")
    return "(?:" + "|".join(parts) + ")"


@lru_cache(maxsize=1)
def casino_anchor_pattern() -> re.Pattern[str]:
    """A casino name, up to six characters, an offer word (lower-cased text; see the data files)."""
    names = _terms("spam_brand.txt")
    brands, cues = _alternation(names), _alternation(_terms("spam_anchor_cue.txt"))
    # The leading look-ahead on the names' first characters lets sre skip every other position.
    firsts = "".join(sorted({re.escape(name[0]) for name in names}))
    return re.compile(rf"(?=[{firsts}]){brands}[^\s，,。；;、|｜]{{0,6}}?{cues}")


def casino_anchor(text: str) -> bool:
    """A short phrase shaped like a casino anchor: a casino name and an offer word, little else.

    >>> casino_anchor("澳门新葡京娱乐场官网"), casino_anchor("金沙国际娱乐网址"), casino_anchor("九游体育app下载")
    (True, True, True)
    >>> casino_anchor("银河娱乐一季度净收益增长两成"), casino_anchor("金沙中国"), casino_anchor("澳门特区政府")
    (False, False, False)
    """
    text = text.strip().lower()
    if not text or len(text) > MAX_ITEM_CHARS:
        return False
    m = casino_anchor_pattern().search(text)
    return m is not None and m.start() <= _MAX_LEAD and len(text) - m.end() <= _MAX_TAIL


def spam_item(text: str) -> str | None:
    """What makes a list item spam by itself: ``term`` (a strong lexicon term), ``anchor`` (a casino
    anchor), ``domain`` (a domain-like token), else None.

    >>> spam_item("日韩无码在线观看"), spam_item("永利皇宫娱乐"), spam_item("www.8866cp.com")
    ('term', 'anchor', 'domain')
    >>> spam_item("坚持问题导向"), spam_item("警方查处百家乐赌博窝点")
    (None, None)
    """
    scan = scan_terms(text)
    if scan.reporting:
        return None
    if scan.strong:
        return "term"
    if casino_anchor(text):
        return "anchor"
    return "domain" if scan.domains else None


def spam_list(items: Sequence[str], known_spam: int = 0) -> bool:
    """Items that together are an injected spam list; ``known_spam`` more items are already spam lines.

    Domains support a list but never make one: a news group's footer lists its sister sites
    (``DainikBhaskar.com``, ``DivyaBhaskar.com`` …), so at least :data:`MIN_SPAM_ITEMS` items must hold a
    spam term or a casino anchor.

    >>> spam_list(["澳门新葡京娱乐场官网", "金沙国际娱乐网址", "威尼斯人线上平台", "银河娱乐官方入口"])
    True
    >>> spam_list(["银河娱乐", "金沙中国", "永利澳门", "美高梅中国", "澳博控股"])
    False
    >>> spam_list(["坚持问题导向", "强化责任落实", "注重工作实效"])
    False
    >>> spam_list(["DainikBhaskar.com", "DivyaBhaskar.com", "DivyaMarathi.com"])
    False
    """
    total = len(items) + known_spam
    if total < MIN_LIST_ITEMS or any(len(item) > MAX_ITEM_CHARS or "。" in item for item in items):
        return False
    kinds = [spam_item(item) for item in items]
    content = known_spam + sum(1 for kind in kinds if kind in ("term", "anchor"))
    spam = content + kinds.count("domain")
    return content >= MIN_SPAM_ITEMS and spam >= MIN_SPAM_SHARE * total


# ---------------------------------------------------------------- numbered runs inside a text

# A list number: at the start or after a space or a clause mark, 1-2 digits and a list mark, not a
# decimal (3.5) or a date (3.8); the spaces around are bounded so the pattern stays linear.
_MARKER = re.compile(r"(?:^|(?<=[\s。；;，,：:！？!?”」）)]))(\d{1,2})\s{0,2}[.．、)）](?![\d.])\s{0,3}")
# The last item ends at a space or a clause mark.
_ITEM_END = re.compile(r"[\s。；;，,！？!?]")


@dataclass(frozen=True)
class NumberedRun:
    """Consecutively numbered items found in one text: ``text[start:end]`` is the whole run."""

    start: int
    end: int
    items: tuple[str, ...]


def numbered_runs(text: str) -> list[NumberedRun]:
    """Runs of at least :data:`MIN_LIST_ITEMS` items numbered n, n+1, n+2 … in ``text``.

    >>> [r.items for r in numbered_runs("公示。1. 澳门新葡京娱乐场官网 2. 金沙国际娱乐网址 3. 永利皇宫娱乐")]
    [('澳门新葡京娱乐场官网', '金沙国际娱乐网址', '永利皇宫娱乐')]
    >>> numbered_runs("以“3.5”学雷锋纪念日为契机，共有3.8万人参加")
    []
    """
    markers = [(m.start(), m.end(), int(m.group(1))) for m in _MARKER.finditer(text)]
    runs: list[NumberedRun] = []
    chain: list[tuple[int, int, int]] = []
    for marker in markers + [(len(text) + 1, len(text) + 1, -1)]:       # a sentinel closes the last chain
        if chain and marker[2] == chain[-1][2] + 1 and marker[0] - chain[-1][1] <= MAX_ITEM_CHARS + ITEM_SLACK:
            chain.append(marker)
            continue
        if len(chain) >= MIN_LIST_ITEMS:
            run = _close_run(text, chain)
            if run is not None:
                runs.append(run)
        chain = [marker]
    return runs


def _close_run(text: str, chain: list[tuple[int, int, int]]) -> NumberedRun | None:
    items = [text[a_end:b_start].strip() for (_, a_end, _), (b_start, _, _) in pairwise(chain)]
    last_start = chain[-1][1]
    stop = _ITEM_END.search(text, last_start)
    end = stop.start() if stop else len(text)
    if end - last_start > MAX_ITEM_CHARS:
        return None
    items.append(text[last_start:end].strip())
    return NumberedRun(chain[0][0], end, tuple(items))


# A list number (3、 3. (3) 3）) rather than a figure (2025年, 3.5万), or a bullet.
_NUMBER = r"[(（\[【]?\d{1,3}(?:[)）\]】][、.．]?|[、.．:：](?![\d.]))"
_NUMBER_PREFIX = re.compile(r"^\s{0,3}" + _NUMBER)
_LIST_PREFIX = re.compile(r"^\s{0,3}(?:" + _NUMBER + r"|[•·▪●◆■★☆\-*])\s{0,3}")


def list_item_text(text: str) -> str:
    """A line's text without its list number or bullet.

    >>> list_item_text("3、威尼斯人线上平台"), list_item_text("• 太阳城申博官网")
    ('威尼斯人线上平台', '太阳城申博官网')
    """
    return _LIST_PREFIX.sub("", text, count=1).strip()


# ---------------------------------------------------------------- the rule

_WORD = re.compile(r"\w")


def _item_block(block: Block) -> bool:
    """A block that can be one item of a list: numbered, or an HTML list item, or a link line; short."""
    if block.label not in (None, "spam") or not block.text.strip():
        return False
    if block.label == "spam":
        return True
    text = block.text.strip()
    numbered = _NUMBER_PREFIX.match(text) is not None
    shaped = numbered or block.in_list or (block.links > 0 and block.link_density >= LINK_LINE_MIN_DENSITY)
    return shaped and len(list_item_text(text)) <= MAX_ITEM_CHARS and "。" not in text


def _suspects(blocks: Sequence[Block], gated: set[int] | None) -> set[int]:
    """Positions of the open blocks that may hold a spam item.

    What every spam item holds: a strong lexicon term or a domain sign (the lexicon's gate; ``gated``
    when the caller already ran it block by block), or a casino name before an offer word (ONE scan of
    the page's text, with sre's first-character skip).
    """
    open_blocks = [(n, b.text) for n, b in enumerate(blocks) if b.label is None and b.text]
    if not open_blocks:
        return set()
    starts, offset = [], 0
    for _, text in open_blocks:
        starts.append(offset)
        offset += len(text) + 1
    joined = "\n".join(text for _, text in open_blocks).lower()
    hits = [m.start() for m in casino_anchor_pattern().finditer(joined)]
    if gated is None:
        hits += [m.start() for m in compiled_lexicon().gate.finditer(joined)]
    found = {open_blocks[bisect_right(starts, start) - 1][0] for start in hits}
    if gated is not None:
        found |= {n for n in gated if blocks[n].label is None}
    return found


def _block_runs(blocks: Sequence[Block], around: set[int]) -> list[list[int]]:
    """Maximal runs (positions) of consecutive item blocks that hold a position of ``around``; blocks
    without a word character (``|``, ``·``) neither join nor break a run."""
    def joins(n: int) -> bool:
        return _item_block(blocks[n]) or not _WORD.search(blocks[n].text or "")

    runs: list[list[int]] = []
    done = -1
    for n in sorted(around):
        if n <= done or not _item_block(blocks[n]):
            continue
        lo = hi = n
        while lo > 0 and joins(lo - 1):
            lo -= 1
        while hi + 1 < len(blocks) and joins(hi + 1):
            hi += 1
        done = hi
        runs.append([k for k in range(lo, hi + 1) if _item_block(blocks[k])])
    return runs


def mark_spam_lists(doc: Document, gated: set[int] | None = None) -> int:
    """Remove injected spam lists: whole item blocks and numbered runs inside paragraphs; how many found.

    Blocks another rule already labelled spam count as spam items of a run and stay as they are.
    ``gated``: positions of the blocks where the caller found the lexicon's gate (saves a scan).
    """
    # Most blocks of most pages hold nothing a spam item needs: one scan of the page finds the few that
    # may (and the blocks another rule took); only runs around them are read item by item.
    blocks = doc.blocks
    suspect = _suspects(blocks, gated)
    labelled = {n for n, b in enumerate(blocks) if b.label == "spam"}
    found = 0
    for run in _block_runs(blocks, suspect | labelled):
        open_items = [n for n in run if blocks[n].label is None]
        known = len(run) - len(open_items)
        if not open_items or known + sum(1 for n in open_items if n in suspect) < MIN_SPAM_ITEMS:
            continue
        if spam_list([list_item_text(blocks[n].text) for n in open_items], known):
            for n in open_items:
                doc.remove_block(blocks[n], "spam", RULE)
            found += 1
    for n in sorted(suspect):
        block = blocks[n]
        if block.label is not None:
            continue
        for run in reversed(numbered_runs(block.text)):      # from the end: earlier offsets stay valid
            if not spam_list(run.items):
                continue
            found += 1
            removed = block.text[run.start:run.end]
            rest = (block.text[:run.start].rstrip() + block.text[run.end:].lstrip()).strip()
            if not _WORD.search(rest):
                doc.remove_block(block, "spam", RULE)
                break
            doc.removed.append(Removal("spam", removed, RULE, f"block {block.index} (part)"))
            block.text = rest
    return found
