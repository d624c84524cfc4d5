"""Characters with a lost byte: emitted only when the bytes, or the words around them, leave one choice.

A reconstruction (:mod:`webclean.repair.reconstruct`) gives a :class:`Hole` where a character's bytes are
not all known. With one byte unknown, the charset itself narrows the choice (``E4 B8 ?`` is one of 64
characters, a Big5 pair that lost its lead 0xAD to soft-hyphen stripping is one of one), and the words of
the word list narrow it further: of the 64 characters ``E6 8D ?`` can be, only 据 makes a word between
数 and 库. A character is written only when exactly one candidate is left; otherwise the hole stays U+FFFD.

>>> from webclean.core.plausibility import foreign_script_chars
>>> from webclean.repair.reconstruct import Hole
>>> text = ["建立", Hole((0xE6, 0x95, frozenset(range(0x80, 0xC0))), "utf-8"), "据库的索引"]
>>> fill_holes(text, foreign_script_chars("在设计表结构时建立据库的索引"), placed=True)  # Simplified: 數 is out
('建立数据库的索引', 1, 0)
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..core.plausibility import NEUTRAL_PUNCT, is_word_pair, simplified_char, standalone_chars
from ..core.script import word_counts
from .reconstruct import ASSUMED_LOST_BYTE, Hole, Reading, Undecided, hole_candidates, reconstruction_cost

__all__ = ["fill_holes", "decide_by_words", "word_supported", "word_support", "MIN_WORD", "MAX_WORD", "CONTEXT",
           "doubt_spliced_pairs", "may_be_spliced", "lost_without_trace", "MIN_SPLICE_LOST",
           "SPLICE_DOUBT_COST"]

#: Candidates at or above this cost are never a hole's answer: controls, private use, symbols amid hanzi.
#: A lost byte leaves many such "valid" decodings that no real text holds.
CANDIDATE_MAX_COST = 6.0
#: Words shorter than this do not count as support (two characters already make a word).
MIN_WORD = 2
#: The word list's longest words (data/pinyin_words.txt holds words of two to four characters).
MAX_WORD = 4
#: A word this long holding a character with its neighbours vouches for it alone; a two-character word on
#: one side does not (see :func:`word_support`).
LONG_WORD = 3
#: Characters of known context looked at on each side of a hole: as far as a word of MAX_WORD reaches.
CONTEXT = MAX_WORD - 1


def fill_holes(pieces: Sequence[str | Hole | Undecided], foreign: frozenset[str] = frozenset(),
               placed: bool = False) -> tuple[str, int, int]:
    """The text of a reconstruction with each hole filled where exactly one candidate is left, U+FFFD
    elsewhere; with the number of holes filled and of holes left. ``foreign`` holds the characters out of
    place in this text (Traditional-only ones in Simplified text: ``core.plausibility.foreign_script_chars``),
    which are never an answer: 舉 would make 一举 through its Simplified form. ``placed``: the reading that
    lost the bytes read two bytes at a time (GBK, Big5), so a lost byte's place among its character's bytes
    is known (see :func:`hole_readings`).

    >>> from webclean.repair.reconstruct import Hole
    >>> cont = frozenset(range(0x80, 0xC0))
    >>> fill_holes(["数", Hole((0xE6, 0x8D, cont), "utf-8"), "库"], placed=True)  # only 数据库
    ('数据库', 1, 0)
    >>> fill_holes(["研究", Hole((0xE6, 0x96, cont), "utf-8"), "法"], placed=True)  # 方法 文法 新法 ...
    ('研究\\ufffd法', 0, 1)
    >>> fill_holes(["经", Hole((0xE8, 0xBF, cont), "utf-8")], placed=True)  # 经过, but 经这?
    ('经\\ufffd', 0, 1)
    """
    texts = [p if isinstance(p, str) else "" for p in pieces]
    out, filled, left_open = [], 0, 0
    for i, piece in enumerate(pieces):
        if isinstance(piece, str):
            out.append(piece)
            continue
        if isinstance(piece, Undecided):  # two readings close in cost disagree: the bytes do not decide
            out.append("\ufffd")
            left_open += 1
            continue
        choice = _decide(piece, _left_context(texts, i), _right_context(texts, i), foreign, placed)
        if choice is None:
            out.append("\ufffd")
            left_open += 1
        else:
            out.append(choice)
            texts[i] = choice  # a filled hole is context for the next one
            filled += 1
    return "".join(out), filled, left_open


def _left_context(texts: list[str], i: int) -> str:
    """Known text right before piece ``i`` (stops at a hole, which is an empty string here)."""
    out = ""
    for j in range(i - 1, -1, -1):
        if not texts[j]:
            break
        out = texts[j][-CONTEXT:] + out
        if len(out) >= CONTEXT:
            break
    return out[-CONTEXT:]


def _right_context(texts: list[str], i: int) -> str:
    out = ""
    for j in range(i + 1, len(texts)):
        if not texts[j]:
            break
        out += texts[j][:CONTEXT]
        if len(out) >= CONTEXT:
            break
    return out[:CONTEXT]


@lru_cache(maxsize=4096)
def _decide(hole: Hole, left: str, right: str, foreign: frozenset[str], placed: bool) -> str | None:
    """(Remembered: the readings of a span, and the wider span that checks its edges, meet the same holes.)"""
    if hole.unknown != 1:
        return None  # two unknown bytes leave thousands of characters: no word list decides that
    candidates = hole.candidates() if placed else hole_readings(hole)
    if not candidates:
        return None
    plausible = [c for c in _plausible(hole, placed) if c not in foreign]
    if len(candidates) == 1:
        return plausible[0] if plausible else None
    return decide_by_words(left, plausible, right)


@lru_cache(maxsize=4096)
def _plausible(hole: Hole, placed: bool) -> tuple[str, ...]:
    candidates = hole.candidates() if placed else hole_readings(hole)
    return tuple(c for c in candidates or () if reconstruction_cost(c) < CANDIDATE_MAX_COST)


@lru_cache(maxsize=4096)
def hole_readings(hole: Hole) -> tuple[str, ...] | None:
    """Every character the bytes behind ``hole`` can be. A UTF-8 character that lost one continuation byte
    shows its other continuation bytes, but not where the lost one stood: ``E5 8C`` with one byte of
    0x80-0x9F lost is ``E5 ? 8C`` (同 E5 90 8C, 包 E5 8C 85 ...) as much as ``E5 8C ?`` (化 E5 8C 96 ...),
    whichever place the search happened to give it (a Latin reader drops a byte without a trace; a GBK
    or Big5 reader's lost bytes sit between the pairs it read, and their place is known).

    >>> lost = frozenset(range(0x80, 0xA0))
    >>> "同" in hole_readings(Hole((0xE5, 0x8C, lost), "utf-8"))
    True
    >>> "化" in hole_readings(Hole((0xE5, lost, 0x8C), "utf-8"))
    True
    """
    pattern = hole.pattern
    if hole.codec != "utf-8" or hole.unknown != 1 or len(pattern) < 3 or not isinstance(pattern[0], int):
        return hole.candidates()
    known = [b for b in pattern[1:] if isinstance(b, int)]
    lost = next(b for b in pattern if not isinstance(b, int))
    out: dict[str, None] = {}
    for at in range(len(known) + 1):
        placed = (pattern[0], *known[:at], lost, *known[at:])
        found = hole_candidates(placed, hole.codec)
        if found is None:
            return None
        out.update(dict.fromkeys(found))
    return tuple(out)


def clear_hole_caches() -> None:
    """Forget the holes decided (for fair timing)."""
    _decide.cache_clear()


def decide_by_words(left: str, candidates: Sequence[str], right: str) -> str | None:
    """The one candidate the word list vouches for (:func:`word_support` 2), or ``None`` when none or
    several are, when another candidate makes any word at all with a neighbour (中?网: 中新网 is a word,
    but so is 中文), or when another candidate is a punctuation mark or a frequent character that is a word
    on its own (:func:`~webclean.core.plausibility.standalone_chars`): the word list knows words, not the
    characters between them (自己的記憶: 的 makes no word, 死 makes 死记).

    >>> decide_by_words("的", "逞類颞飞餞饞馞駞", "机场")
    '飞'
    >>> decide_by_words("", "逞類颞飞", "") is None
    True
    >>> decide_by_words("自己", "死的姿首笑", "記憶") is None     # 死记 is a word, but 的 is far more frequent
    True
    >>> decide_by_words("更多", "天孩", "子受益") is None         # 多天 and 天子, but 孩子 too
    True
    """
    levels = [(word_support(left, c, right), c) for c in candidates]
    strong = [c for level, c in levels if level == 2]
    if len(strong) != 1 or sum(level > 0 for level, _ in levels) > 1:
        return None
    choice = strong[0]
    alone = standalone_chars()
    for other in candidates:
        if other != choice and (other in NEUTRAL_PUNCT or other in alone):
            return None
    return choice


def word_supported(left: str, char: str, right: str) -> bool:
    """Whether the word list vouches for ``char`` between ``left`` and ``right`` (:func:`word_support` 2).

    >>> word_supported("数", "据", "库"), word_supported("一", "般", "有"), word_supported("年度歌手", "套", "")
    (True, False, False)
    """
    return word_support(left, char, right) == 2


def word_support(left: str, char: str, right: str) -> int:
    """How far the word list (2-4 characters, Simplified; Traditional context is compared in Simplified
    form) vouches for ``char`` between ``left`` and ``right``: 2 when a word of three or four characters
    holds it with its neighbours, or two-character words hold it on both sides; 1 when a two-character
    word holds it on one side; 0 when no word does.

    A single two-character word on one side is not enough to choose: the characters a lost byte hides are
    as often parts of names and compounds the list lacks (陈秋霖: 秋霜 is a word, 秋霖 is not), and measured
    on the public clean texts a lone two-character word chose wrong one time in twenty. A word that takes a
    neighbour away from the word it already makes with the next character out does not count either: in
    年度歌手?, 手套 would take 手 from 歌手.

    >>> word_support("数", "据", "库"), word_support("一", "般", "有"), word_support("一", "舀", "有")
    (2, 1, 0)
    """
    if not ("\u3400" <= char < "\ua000"):
        return 0
    if not ((left and is_word_pair(left[-1], char)) or (right and is_word_pair(char, right[0]))):
        return 0  # no word of the list holds either pair, so no longer word does either
    words = word_counts()
    window = "".join(simplified_char(c) for c in left + char + right)
    at = len(left)
    sides = set()
    for start in range(max(0, at - CONTEXT), at + 1):
        for end in range(max(at + 1, start + MIN_WORD), min(len(window), start + MAX_WORD) + 1):
            if window[start:end] in words and not _takes_bound_neighbour(window, start, end, at):
                if end - start >= LONG_WORD:
                    return 2
                sides.add("left" if start < at else "right")
    return 2 if len(sides) == 2 else 1 if sides else 0


def _takes_bound_neighbour(window: str, start: int, end: int, at: int) -> bool:
    """Whether the word ``window[start:end]`` (holding position ``at``) lies on one side of it only and
    its outermost character already makes a word with the character beyond."""
    words = word_counts()
    if start < at and end == at + 1 and start > 0:
        return window[start - 1:start + 1] in words
    if start == at and end > at + 1 and end < len(window):
        return window[end - 1:end + 1] in words
    return False



# ------------------------------------------------------------------------------------------ spliced pairs
# A GBK pair read from two bytes with two lost bytes between them: the lead of one character whose trail
# was stripped, and the trail of the next, whose lead was stripped too. Such a pair is as valid as any, and
# read as it stands it costs less than the two holes it hides (雛 EB 72 for 電價 EB 8A 83 72 read as
# Latin-1, its C1 bytes gone; 亟 D8 BD for 財經 D8 94 BD 9B).

#: Byte values a line must have lost before its pairs are doubted as splices: a splice needs the trail of
#: one character and the lead of the next both among them, so it is common where all 32 C1 bytes go
#: (Latin-1 text stripped of its controls) and rare where cp1252 drops its five undefined bytes; there,
#: doubting the pairs outside GB2312 cost 24 of 199 exact texts (gbk>cp1252-undefined-dropped on the
#: shared clean texts) for 5 wrong characters fewer.
MIN_SPLICE_LOST = 16
#: A pair read as it stands is doubted only from this cost up (reconstruction_cost: 0 for the commonest
#: characters, 1 for common ones): a splice makes a random pair, mostly a rare character (雛 亟 蛔 叠 2,
#: 磉 8), while what the text really holds is mostly common (發 說 農 與 經 0, 貿 輝 1). On the shared clean
#: texts garbled by gbk>latin-1-c1-lost: doubting the pairs outside GB2312 of any cost wrote 233 more
#: U+FFFD for 7 wrong characters fewer; from cost 1, 36 more for 7; every pair from cost 2, 54 for 20
#: (a splice that makes a common character, 晋 BD FA for 經濟 BD 9B 9D FA, is still written).
SPLICE_DOUBT_COST = 2.0


def lost_without_trace(reading: Reading) -> frozenset[int]:
    """The bytes ``reading`` (of GBK read as Latin) is known to have stripped without a trace, beyond soft
    hyphens: what the line shows its reader stripped (:func:`~webclean.repair.reconstruct.with_stripped_bytes`
    makes them cheap to assume; :func:`~webclean.repair.reconstruct.stripped_bytes` for a reading that lost
    its soft hyphens too). Empty for a reading that assumes no such loss.

    >>> from dataclasses import replace
    >>> from webclean.repair.reconstruct import LATIN, LATIN_LOST, STRIPPED_PRICE
    >>> len(lost_without_trace(replace(LATIN, dropped=LATIN_LOST, dropped_price=STRIPPED_PRICE)))
    33
    >>> lost_without_trace(LATIN)
    frozenset()
    """
    if reading.name not in ("latin", "mixed"):
        return frozenset()
    lost = reading.dropped if reading.dropped_price < ASSUMED_LOST_BYTE else frozenset()
    if reading.soft_hyphens_lost and isinstance(reading.stripped, frozenset):
        lost = lost | reading.stripped
    return lost


@lru_cache(maxsize=8192)
def may_be_spliced(char: str, lost: frozenset[int]) -> bool:
    """Whether ``char``, a GBK pair no commoner than SPLICE_DOUBT_COST, may be the lead of one character and
    the trail of the next with a byte of ``lost`` stripped from each: both characters then have a candidate
    real text writes (cost below CANDIDATE_MAX_COST), so the bytes do not decide between the pair and the two.

    >>> from webclean.repair.reconstruct import LATIN_LOST
    >>> may_be_spliced("雛", LATIN_LOST), may_be_spliced("的", LATIN_LOST), may_be_spliced("雛", frozenset())
    (True, False, False)
    """
    if len(lost) < MIN_SPLICE_LOST or reconstruction_cost(char) < SPLICE_DOUBT_COST:
        return False
    try:
        data = char.encode("gbk")
    except UnicodeEncodeError:
        return False
    if len(data) != 2:
        return False
    lead, trail = data
    first = hole_candidates((lead, lost), "gb18030") or ()
    second = hole_candidates((lost, trail), "gb18030") or ()
    return (any(reconstruction_cost(c) < CANDIDATE_MAX_COST for c in first)
            and any(reconstruction_cost(c) < CANDIDATE_MAX_COST for c in second))


def doubt_spliced_pairs(pieces: Sequence[str | Hole | Undecided], lost: frozenset[int]
                        ) -> tuple[str | Hole | Undecided, ...]:
    """``pieces`` of a reconstruction from GBK read as Latin that lost ``lost`` without a trace, with each
    character that :func:`may_be_spliced` and that the word list does not vouch for (:func:`word_supported`)
    as :class:`~webclean.repair.reconstruct.Undecided`: the bytes do not decide it, so U+FFFD is written.
    In 超發電價的上調 read as Latin-1 and stripped of its C1 bytes, 電價 (EB 8A 83 72) is left as EB 72, 雛.

    >>> from webclean.repair.reconstruct import LATIN_LOST
    >>> doubt_spliced_pairs(["超發", "雛的上調"], LATIN_LOST)   # 發 and 調 (GBK/4 too) are common
    ('超', '發', Undecided('雛' or ''), '的', '上', '調')
    >>> doubt_spliced_pairs(["超發雛的上調"], frozenset())
    ('超發雛的上調',)
    """
    if len(lost) < MIN_SPLICE_LOST or not any(isinstance(p, str) and _may_hold_splice(p, lost) for p in pieces):
        return tuple(pieces)
    flat: list[str | Hole | Undecided] = []
    for piece in pieces:
        flat.extend(piece if isinstance(piece, str) else (piece,))
    texts = [p if isinstance(p, str) else "" for p in flat]
    out = list(flat)
    for i, piece in enumerate(flat):
        if isinstance(piece, str) and may_be_spliced(piece, lost) and not word_supported(
                _left_context(texts, i), piece, _right_context(texts, i)):
            out[i] = Undecided(piece, "")
    return tuple(out)


def _may_hold_splice(text: str, lost: frozenset[int]) -> bool:
    return any(may_be_spliced(c, lost) for c in text if c >= "\u3400")
