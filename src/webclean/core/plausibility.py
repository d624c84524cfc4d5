"""How plausible text is as real Chinese: the measure every mojibake reversal is judged by.

A character costs little when it is common (by frequency rank) and a lot when it is what garbling
produces (rare hanzi, C1 controls, private use, Latin-1 symbols amid Chinese). A reversal of a span is
accepted only when it lowers the mean cost a great deal (see :mod:`webclean.repair.mojibake`).

>>> text_badness("中文网页") < 1 < text_badness("涓枃缃戦〉")
True
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .data import read_data

__all__ = ["char_cost", "text_badness", "total_cost", "foreign_script_chars"]

NEUTRAL_PUNCT = frozenset("，。、：；！？“”‘’《》（）…—·「」『』【】～　％＋－")


@lru_cache(maxsize=1)
def char_ranks() -> dict[str, int]:
    """Frequency rank of common Simplified and Traditional characters (see data/SOURCES.md)."""
    text = read_data("mojibake_char_ranks.txt")
    return {ch: i for i, ch in enumerate(text.replace("\n", ""))}


@lru_cache(maxsize=1)
def core_hanzi() -> frozenset[str]:
    """GB2312 level-1 hanzi (bytes B0A1-D7F9) and Big5 frequent hanzi (A440-C67E), from the codecs."""
    out = set()
    for lead in range(0xB0, 0xD8):
        out.update(bytes([lead, t]).decode("gb2312", "ignore") for t in range(0xA1, 0xFF))
    for lead in range(0xA4, 0xC7):
        for t in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            out.add(bytes([lead, t]).decode("big5", "ignore"))
    out.discard("")
    return frozenset(out)


@lru_cache(maxsize=65536)
def char_cost(ch: str) -> float:
    """How unlikely one character is in real text (0 = expected, 10 = almost surely garbage).

    Hanzi cost by frequency tier (rank below 1500 costs 0) plus 2 outside the GB2312 level-1 /
    Big5 frequent sets, because garbling mostly lands in the rare level-2 and extension areas.

    >>> char_cost("中"), char_cost("鍙"), char_cost("Ã"), char_cost("\\x8c")
    (0.0, 4.0, 3.0, 10.0)

    Box-drawing characters cost as little as kana: a GBK page's flowchart (``┌───┬───┐``) is real,
    and read as Big5 it would turn into plausible-looking hanzi (``軾偉偉偉``).
    """
    o = ord(ch)
    if o < 0x80 or ch in NEUTRAL_PUNCT:
        return 0.0
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
        rank = char_ranks().get(ch)
        tier = 6.0 if rank is None else 0.0 if rank < 1500 else 1.0 if rank < 3000 else 2.0 if rank < 6000 else 3.0
        return tier + (0.0 if ch in core_hanzi() else 2.0)
    if 0x80 <= o <= 0x9F or 0xE000 <= o <= 0xF8FF:
        return 10.0  # C1 controls and private use: never in real text
    if 0xC0 <= o <= 0xFF:
        return 3.0  # accented Latin letters: real in European text, frequent in mojibake
    if 0x3040 <= o <= 0x30FF or 0xAC00 <= o <= 0xD7AF or 0x100 <= o <= 0x24F:
        return 1.0  # kana and hangul are normal in Japanese/Korean text, Latin Extended in pinyin
    if 0x2500 <= o <= 0x259F:
        return 1.0  # box drawing: GBK and Big5 both carry it, and old pages draw tables and flowcharts with it
    if o == 0xFFFD:
        return 1.0
    return 5.0  # Latin-1 symbols, box drawing, Greek, Cyrillic...: unusual amid Chinese


def text_badness(text: str, foreign: frozenset[str] = frozenset()) -> float:
    """Mean :func:`char_cost` over the non-ASCII characters of ``text`` (0 when there are none).

    >>> text_badness("中文网页") < 1 < text_badness("涓枃缃戦〉")
    True
    """
    if len(text) > _LONG:
        total, n = _cost_by_counts(text, foreign)
        return total / n if n else 0.0
    costs = [char_cost(c) + (_FOREIGN_COST if c in foreign else 0.0) for c in text if ord(c) >= 0x80]
    return sum(costs) / len(costs) if costs else 0.0


def total_cost(text: str, foreign: frozenset[str] = frozenset()) -> float:
    if len(text) > _LONG:
        return _cost_by_counts(text, foreign)[0]
    return sum(char_cost(c) + (_FOREIGN_COST if c in foreign else 0.0) for c in text if ord(c) >= 0x80)


# Past this length a text is costed per distinct character (a page line repeats its characters a lot).
_LONG = 200


def _cost_by_counts(text: str, foreign: frozenset[str]) -> tuple[float, int]:
    """(summed cost, number of non-ASCII characters) from one count of the distinct characters."""
    total, n = 0.0, 0
    for c, k in Counter(text).items():
        if ord(c) >= 0x80:
            total += k * (char_cost(c) + (_FOREIGN_COST if c in foreign else 0.0))
            n += k
    return total, n


# A Traditional-only character inside Simplified text (or the reverse) is what GBK read as Big5
# (Big5 read as GBK) looks like; real pages mix scripts rarely, so it costs as much as a rare character.
_FOREIGN_COST = 2.0


@lru_cache(maxsize=1)
def script_chars() -> tuple[frozenset[str], frozenset[str]]:
    """(Simplified-only, Traditional-only) characters, from OpenCC via the generator script."""
    simplified, traditional = read_data("mojibake_script_chars.txt").split("\n")[:2]
    return frozenset(simplified), frozenset(traditional)


def foreign_script_chars(text: str) -> frozenset[str]:
    """The characters that would be out of place in ``text``: Traditional-only ones when the text is
    clearly Simplified, Simplified-only ones when it is clearly Traditional, none when unclear.

    >>> "價" in foreign_script_chars("现代经济学的基本分析框架与研究方法")
    True
    >>> foreign_script_chars("2024 年")
    frozenset()
    """
    simplified, traditional = script_chars()
    counts = Counter(text)  # distinct characters are few: count them once, test each once
    n_simp = sum(n for c, n in counts.items() if c in simplified)
    n_trad = sum(n for c, n in counts.items() if c in traditional)
    # a clear majority (3:1, at least three characters) so that one garbled span cannot flip it
    if n_simp >= 3 and n_simp >= 3 * n_trad:
        return traditional
    if n_trad >= 3 and n_trad >= 3 * n_simp:
        return simplified
    return frozenset()
