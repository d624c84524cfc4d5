"""Shared vocabulary of page chrome: phrase lexicons, letter counts, and class/id hints.

The boilerplate rules (:mod:`webclean.strip.navigation` and :mod:`webclean.strip.boilerplate`) all measure a block the
same way: how much of its text is made of lexicon phrases (``phrase_coverage``) and whether its element
or an ancestor carries a class/id of a kind of chrome (``has_hint``).

>>> round(phrase_coverage("分享到：微信 微博", lexicon_regex("share")), 2)
1.0
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from typing import Any, NamedTuple

from ..core.data import read_terms
from ..core.vocabulary import alternation, read_vocabulary, trie_pattern
from ..document import Block

__all__ = ["load_lexicon", "lexicon_regex", "Lexicon", "fold", "blocks_matching",
           "phrase_coverage", "prose_span", "CATEGORIES"]

CATEGORIES = ("nav", "breadcrumb", "share", "related", "copyright", "icp", "comment", "ad", "app", "reader")


# ------------------------------------------------------------------------------------------ lexicons
@cache
def load_lexicon(category: str, section: str = "") -> tuple[str, ...]:
    """The phrases of ``data/boilerplate_<category>.txt`` (its ``section``; "" the phrases before any), each
    followed by its Traditional forms (the files are written in Simplified).

    >>> "网站首页" in load_lexicon("nav") and "網站首頁" in load_lexicon("nav")
    True
    """
    if category not in CATEGORIES:
        raise ValueError(f"unknown boilerplate lexicon {category!r}")
    return read_vocabulary(f"boilerplate_{category}.txt", section)


_ASCII_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold(text: str) -> str:
    """Lower-cased text of the same length (so match positions stay those of ``text``).

    ``str.lower`` is fast; the rare characters whose lower case is longer (``İ``) make it fall back
    to folding ASCII letters only.

    >>> fold("下载APP客户端 ©Copyright")
    '下载app客户端 ©copyright'
    """
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_FOLD)


def _fold_fragment(fragment: str) -> str:
    """Lower-case the letters of a regex fragment, leaving escapes (``\\s``, ``\\u4E00``) alone."""
    out, i = [], 0
    while i < len(fragment):
        if fragment[i] == "\\":
            out.append(fragment[i:i + 2])
            i += 2
        else:
            out.append(fold(fragment[i]))
            i += 1
    return "".join(out)


class Lexicon:
    """A lexicon alternation matched on :func:`fold`-ed text.

    Case-insensitive like ``re.I``, but compiled without it: with ``re.I`` the regex
    engine loses its first-character scan and tries every phrase at every position (6.7 vs 0.8 µs on a
    short line, and every block meets a dozen lexicons). Match positions are those of the input, since
    :func:`fold` keeps lengths; matched text comes back folded.
    """

    __slots__ = ("regex",)

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.regex.search(fold(text), pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.regex.match(fold(text), pos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.regex.fullmatch(fold(text))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(fold(text))

    def findall(self, text: str) -> list[Any]:
        return self.regex.findall(fold(text))


@cache
def lexicon_regex(category: str, section: str = "") -> Lexicon:
    """One alternation over a lexicon (or one ``section`` of it), longest phrase first, case-insensitive
    (see :class:`Lexicon`).

    Literal phrases are escaped; ``re:`` lines are bounded regex fragments.

    >>> lexicon_regex("share").findall("分享到：微信 微博 QQ空间")
    ['分享到', '微信', '微博', 'qq空间']
    """
    parts = [_fold_fragment(line[3:]) if line.startswith("re:") else re.escape(fold(line))
             for line in load_lexicon(category, section)]
    parts.sort(key=len, reverse=True)
    return Lexicon(re.compile("|".join(parts) or "(?!)"))


# Categories whose lexicon is literal phrases only: a block in which none of their phrases occurs
# cannot be taken by a rule that needs one (see boilerplate._RULES), so one trie search over the page
# (boilerplate.page_signals) settles it for all of them.
_GATED_CATEGORIES = ("nav", "related", "comment")


@cache
def phrase_gate() -> re.Pattern[str]:
    phrases = {fold(p) for c in _GATED_CATEGORIES for p in load_lexicon(c)}
    if any(p.startswith("re:") for p in phrases):
        raise ValueError("a gated lexicon holds a regex line: the phrase gate would miss it")
    return re.compile(trie_pattern(phrases))


# ------------------------------------------------------------------------------------------ page signals
_JOINER = "\x00"   # never in block text: the decode stage removes NUL, and no signal pattern matches it


def blocks_matching(texts: Sequence[str], patterns: Sequence[re.Pattern[str]]) -> list[int]:
    """Per text, a bit mask: bit ``k`` is set when ``patterns[k]`` may match inside the text.

    One C-level search per pattern over all texts joined (at most one hit per text and pattern),
    instead of a Python call per text and pattern. Never misses: a text in which a pattern matches
    always has its bit; a match running over a joiner sets the bits of every text it touches (a
    false alarm only costs the rule a look). Patterns must not match the empty string or anchor
    to ``^``/``$``.

    >>> blocks_matching(["首页 > 国内", "正文第一段。", "分享到：微信"], [re.compile(">"), re.compile("分享")])
    [1, 0, 2]
    """
    n = len(texts)
    if not n:
        return []
    joined = _JOINER.join(texts)
    if joined.count(_JOINER) != n - 1:           # a text holds the joiner: no signal can be trusted
        return [(1 << len(patterns)) - 1] * n
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    bits = [0] * n
    for k, pattern in enumerate(patterns):
        bit, at = 1 << k, 0
        while True:
            m = pattern.search(joined, at)
            if m is None:
                break
            first = bisect_right(starts, m.start()) - 1
            last = bisect_right(starts, max(m.start(), m.end() - 1)) - 1
            for i in range(first, last + 1):
                bits[i] |= bit
            if last + 1 >= n:
                break
            at = starts[last + 1]
    return bits


# ------------------------------------------------------------------------------------------ measures
# Everything that is not a letter or CJK character: the denominator of coverage ignores
# spaces, punctuation, separators and digits ("共 4 条评论" is 4 letters).
_FILLER = re.compile(r"[\W\d_]+")
# Sentence punctuation: a line holding it is prose (or a headline), never a menu.
SENTENCE = re.compile(r"[。！？；，,!?;“”「」『』《》]")
# Used on rstripped text only: no whitespace quantifier before "$" (that would be quadratic).
SENTENCE_END = re.compile(r"[。！？!?…][”」』）)]?$")


@lru_cache(maxsize=8192)
def letter_count(text: str) -> int:
    # cached: every rule gates on it, so each block's text is measured once, not a dozen times
    return len(_FILLER.sub("", text))


def phrase_coverage(text: str, pattern: Lexicon) -> float:
    """Share of the line's letters that sit inside phrases of ``pattern`` (0.0 .. 1.0).

    >>> round(phrase_coverage("共 4 条评论", lexicon_regex("comment")), 2)
    0.75
    >>> phrase_coverage("该作品的版权问题已经解决。", lexicon_regex("copyright"))
    0.0
    """
    total = letter_count(text)
    if not total:
        return 0.0
    covered = sum(letter_count(m.group()) for m in pattern.finditer(text))
    return min(1.0, covered / total)


FULL_STOP = re.compile(r"[。！？；]")


#: A body paragraph: this many letters at least, with a full stop (a comma-joined keyword line, the usual
#: spam header, has none) ...
PROSE_MIN_LETTERS = 30
#: ... and mostly unlinked text.
PROSE_MAX_LINK_DENSITY = 0.3


def is_prose_block(block: Block) -> bool:
    return (block.link_density < PROSE_MAX_LINK_DENSITY and letter_count(block.text) >= PROSE_MIN_LETTERS
            and bool(FULL_STOP.search(block.text)))


def prose_span(blocks: Sequence[Block]) -> tuple[int, int]:
    """Positions of the first and last prose block, or (len, -1) when there is none.

    On text pages navigation and breadcrumbs sit before the first prose line,
    share bars, copyright and related lists after the last one.

    >>> body = "会议强调，要以建设创新、宜居、美丽、韧性的现代化人民城市为目标，推动城市高质量发展。"
    >>> prose_span([Block(0, "首页 | 新闻"), Block(1, body)])
    (1, 1)
    """
    positions = [i for i, b in enumerate(blocks) if b.label in (None, "body") and is_prose_block(b)]
    return (positions[0], positions[-1]) if positions else (len(blocks), -1)


# ------------------------------------------------------------------------------------------ hints
_HINTS_FILE = "chrome_hints.txt"
# A part saying the opposite ("navigation-not-searchable", MediaWiki hatnotes): the class is no hint.
_NEGATION = re.compile(rf"(?:^|[-_])(?:{alternation(read_terms(_HINTS_FILE, 'negations'))})(?:[-_]|$)")
# A negation anywhere in a class/id string: where there is none (nearly always), no token need be searched
# alone. A literal alternation, found by its first characters: ten times faster than _NEGATION's search.
_NEGATION_ANYWHERE = re.compile(alternation(read_terms(_HINTS_FILE, "negations")))
_NOT_AFFIXED = frozenset(read_terms(_HINTS_FILE, "not affixed"))


class HintWords(NamedTuple):
    """The words of one class/id string, as every vocabulary test reads them."""

    tokens: frozenset[str]   # whole class/id tokens (but those saying the opposite, see _NEGATION)
    parts: frozenset[str]    # their ``-``/``_`` parts, and the tokens themselves
    spaced_parts: str        # every part, separated by spaces: a numbered ad slot is searched there
    affixable: str           # ``parts`` but those never affixed (_NOT_AFFIXED), joined by spaces


@lru_cache(maxsize=4096)
def hint_vocabulary_words(hints: str) -> HintWords:
    """The words of a class/id string, read once for every vocabulary (cached: a container's blocks share
    hints).

    >>> words = hint_vocabulary_words("share-box navigation-not-searchable")
    >>> sorted(words.tokens), sorted(words.parts)
    (['share-box'], ['box', 'share', 'share-box'])
    """
    tokens = hints.split()
    if _NEGATION_ANYWHERE.search(hints):
        tokens = [token for token in tokens if not _NEGATION.search(token)]
    token_set = frozenset(tokens)
    # the separators of parts as spaces (two replaces in C: translate goes through a dict per character); a
    # whole token that is a numbered ad slot has no separator, so it is one of these parts too
    spaced_parts = " ".join(tokens).replace("-", " ").replace("_", " ")
    parts = token_set.union(spaced_parts.split())
    return HintWords(token_set, parts, spaced_parts, " ".join(parts - _NOT_AFFIXED))


def hint_words(hints: str) -> tuple[frozenset[str], frozenset[str]]:
    """(whole class/id tokens, their ``-``/``_`` parts with the tokens).

    >>> sorted(hint_words("nav_main top")[1])
    ['main', 'nav', 'nav_main', 'top']
    """
    words = hint_vocabulary_words(hints)
    return words.tokens, words.parts


class _Hints(NamedTuple):
    """Class/id vocabulary of one kind of chrome.

    ``tokens`` must be a whole class/id ("header" is a page bar, "card-header"
    is not); ``parts`` may be a ``-``/``_`` part of one; ``affixes`` may start
    or end a part ("mainnav", "sharebtn16").
    """

    tokens: frozenset[str] = frozenset()
    parts: frozenset[str] = frozenset()
    affixes: tuple[str, ...] = ()
    # the affixes as one pattern over the parts joined by spaces: a part that starts or ends with one
    affixed: re.Pattern[str] | None = None
    # an affix anywhere: where none occurs, ``affixed`` finds nothing. Searched first, as it runs ten times
    # faster (a literal alternation is found by its first characters; ``affixed`` tries every position)
    affix_anywhere: re.Pattern[str] | None = None


def _hints(kind: str) -> _Hints:
    """The class/id vocabulary of one kind of chrome (``data/chrome_hints.txt``)."""
    affixes = read_terms(_HINTS_FILE, f"{kind} affixes")
    either = alternation(affixes)
    affixed = re.compile(rf"(?:^|\s)(?:{either})|(?:{either})(?:\s|$)") if affixes else None
    return _Hints(frozenset(read_terms(_HINTS_FILE, f"{kind} tokens")),
                  frozenset(read_terms(_HINTS_FILE, f"{kind} parts")), affixes, affixed,
                  re.compile(either) if affixes else None)


NAV_HINTS = _hints("nav")
SHARE_HINTS = _hints("share")
CRUMB_HINTS = _hints("crumb")
COMMENT_HINTS = _hints("comment")
RELATED_HINTS = _hints("related")
AD_HINTS = _hints("ad")
PLAYER_HINTS = _hints("player")
# A numbered ad slot (ad70, adR02, lower-cased) among parts joined by single spaces.
_AD_NUMBERED_PART = re.compile(r"(?:^| )ad[a-z]?\d+(?= |$)")


def has_hint(block: Block, vocabulary: _Hints) -> bool:
    return bool(block.hints) and hints_match(block.hints, vocabulary)


def words_match(words: HintWords, vocabulary: _Hints) -> bool:
    """Whether class/id words (:func:`hint_vocabulary_words`) hold a word of ``vocabulary``.

    >>> words_match(hint_vocabulary_words("mainnav"), NAV_HINTS), words_match(hint_vocabulary_words("ad70"), AD_HINTS)
    (True, True)
    """
    if not words.tokens.isdisjoint(vocabulary.tokens) or not words.parts.isdisjoint(vocabulary.parts):
        return True
    if vocabulary is AD_HINTS and _AD_NUMBERED_PART.search(words.spaced_parts):
        return True
    return (vocabulary.affixed is not None and vocabulary.affix_anywhere.search(words.affixable) is not None
            and vocabulary.affixed.search(words.affixable) is not None)


@lru_cache(maxsize=8192)
def hints_match(hints: str, vocabulary: _Hints) -> bool:
    # Cached per (hint string, vocabulary): the blocks of one container repeat both.
    return words_match(hint_vocabulary_words(hints), vocabulary)
