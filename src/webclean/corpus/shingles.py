"""The canonical text of a body and the hashes of its character n-grams, shared by the fingerprint and the
repetition signals.

Mirror copies of one article differ in what a reader does not count as the article: the script (a mirror
converts to Traditional characters), punctuation (half-width or full-width, or none), spacing, letter case.
:func:`canonical_text` folds those away, so that only the article's words are compared:

>>> canonical_text("網站首頁, 人民論壇評論：ＡＢＣ 2025")
'网站首页人民论坛评论abc2025'

Each :func:`ngram_hashes` value is a 64-bit hash of ``n`` consecutive characters of that text. The hash is
CPython's tuple hash of the characters' code points (an xxHash-style round per code point: multiply, rotate,
multiply), which CPython computes in C; :func:`xx_tuple_hash` is the same function written out, used instead
wherever the interpreter's own differs (another Python, a 32-bit build), so a fingerprint is the same number
on every machine.

>>> ngram_hashes("网站首页", 2) == [xx_tuple_hash((ord(a), ord(b))) for a, b in ("网站", "站首", "首页")]
True
"""
from __future__ import annotations

import re
import sys
from array import array
from collections.abc import Sequence
from functools import lru_cache

from ..core.chars import HAN
from ..core.data import read_data
from ..core.script import opencc_converter

__all__ = ["canonical_text", "kept_chars", "han_in_kept", "fold_kept", "code_points", "ngram_hashes",
           "xx_tuple_hash", "SAMPLE_CHARS"]

#: The repetition figures and the fingerprint look at the first this many characters of the canonical
#: text: the whole body of 62 of the 80 corpus pages, of every news article among them. It bounds their
#: cost on a huge page (a forum thread of 35,000 characters), where the issue allows them 5 % of a
#: ``clean()`` call; what repeats in a page that long shows in its first 3,000 characters too.
SAMPLE_CHARS = 3000

# What the canonical text keeps: Han characters, ASCII letters and digits, and their full-width forms
# (folded to ASCII below). Punctuation, spaces, symbols and pinyin tone marks are not the article's words.
# (Runs of what is kept, found and joined: faster than deleting the runs of the rest.)
_KEPT_RUN = re.compile(f"[{HAN}0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
_FULL_WIDTH = re.compile("[\uff10-\uff19\uff41-\uff5a]")
_FULL_WIDTH_ANY_CASE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_FULL_WIDTH_TO_ASCII = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF41, 0xFF5B))}


@lru_cache(maxsize=1)
def _traditional() -> tuple[re.Pattern[str], dict[int, int]]:
    """The Traditional-only characters as a regex class, and each one's Simplified form (OpenCC ``t2s``,
    one character at a time, so that no phrase decides)."""
    traditional = read_data("script_chars.txt").splitlines()[1]
    simplified = opencc_converter("t2s").convert("\n".join(traditional)).split("\n")
    table = {ord(t): ord(s) for t, s in zip(traditional, simplified) if len(s) == 1 and s != t}
    return re.compile(f"[{''.join(map(chr, table))}]"), table


def kept_chars(text: str) -> str:
    """The Han characters, ASCII letters and digits of ``text`` (and their full-width forms), in order.

    >>> kept_chars("2025年，ＧＤＰ增长5%！")
    '2025年ＧＤＰ增长5'
    """
    return "".join(_KEPT_RUN.findall(text))


def han_in_kept(kept: str) -> int:
    """The Han characters of a :func:`kept_chars` text: all but its ASCII and full-width letters and digits
    (the ASCII ones counted by encoding, in C; full-width ones are rare and looked for first).

    >>> han_in_kept(kept_chars("2025年，ＧＤＰ增长5%"))
    3
    """
    han = len(kept) - len(kept.encode("ascii", "ignore"))
    if _FULL_WIDTH_ANY_CASE.search(kept):
        han -= len(_FULL_WIDTH_ANY_CASE.findall(kept))
    return han


def fold_kept(kept: str) -> str:
    """:func:`kept_chars` text in Simplified script, with small ASCII letters and digits.

    The folding tables run only where the text needs them: a Simplified page pays for one regex search.

    >>> fold_kept("會議ＧＤＰ")
    '会议gdp'
    """
    kept = kept.lower()
    pattern, table = _traditional()
    if pattern.search(kept):
        kept = kept.translate(table)
    if _FULL_WIDTH.search(kept):
        kept = kept.translate(_FULL_WIDTH_TO_ASCII)
    return kept


def canonical_text(text: str) -> str:
    """``text`` with only Han characters, letters and digits left, in Simplified script and small letters.

    >>> canonical_text("會議強調，要創新 Base-Level 治理")
    '会议强调要创新baselevel治理'
    """
    return fold_kept(kept_chars(text))


def code_points(text: str) -> array:
    """The code points of ``text`` as an unsigned 32-bit array (built in C from the UTF-32 bytes).

    >>> code_points("中a").tolist()
    [20013, 97]
    """
    codes = array("I")
    codes.frombytes(text.encode("utf-32-le" if sys.byteorder == "little" else "utf-32-be"))
    return codes


# CPython's tuple hash on 64-bit builds (Objects/tupleobject.c since 3.8), written out: the constants are
# xxHash's primes. Integers hash to themselves modulo the Mersenne prime 2**61 - 1 (with -1 reserved).
_XXPRIME_1 = 11400714785074694791
_XXPRIME_2 = 14029467366897019727
_XXPRIME_5 = 2870177450012600261
_MASK64 = (1 << 64) - 1
_MODULUS = (1 << 61) - 1


def _int_hash(value: int) -> int:
    digest = abs(value) % _MODULUS
    digest = -digest if value < 0 else digest
    return -2 if digest == -1 else digest


def xx_tuple_hash(items: Sequence[int]) -> int:
    """The 64-bit hash of a tuple of integers as CPython computes it, in Python.

    >>> xx_tuple_hash((20013, 25991)) == hash((20013, 25991)) or sys.hash_info.width != 64
    True
    """
    acc = _XXPRIME_5
    for item in items:
        acc = (acc + (_int_hash(item) & _MASK64) * _XXPRIME_2) & _MASK64
        acc = ((acc << 31) | (acc >> 33)) & _MASK64
        acc = (acc * _XXPRIME_1) & _MASK64
    acc = (acc + (len(items) ^ (_XXPRIME_5 ^ 3527539))) & _MASK64
    if acc == _MASK64:
        return 1546275796
    return acc - (1 << 64) if acc >> 63 else acc


def _native_tuple_hash_matches() -> bool:
    """Does this interpreter's ``hash(tuple)`` compute :func:`xx_tuple_hash`? Checked once, on tuples of
    the kinds hashed here (code points, 64-bit hashes of either sign)."""
    samples = [(20013, 25991), (97, 0x9FFF, 0x3400, 48, 122), (-(1 << 63), (1 << 63) - 1), (-1, -2, 5), ()]
    return all(hash(sample) == xx_tuple_hash(sample) for sample in samples)


_TUPLE_HASH = hash if _native_tuple_hash_matches() else xx_tuple_hash


def ngram_hashes(text: str, n: int) -> list[int]:
    """The hash of every ``n`` consecutive characters of ``text``, in order (empty when it is shorter).

    The code points become Python integers once (``tolist``); the ``n`` shifted slices share them, and
    ``zip`` and ``map`` run in C.

    >>> len(ngram_hashes("一二三四五六", 5)), len(ngram_hashes("一二", 5))
    (2, 0)
    """
    codes = code_points(text).tolist()
    return list(map(_TUPLE_HASH, zip(*(codes[i:] for i in range(n)))))
