"""``Record.fingerprint``: 64 bits that stay nearly the same across mirror copies of one article.

The fingerprint is a one-bit, one-permutation MinHash of the body's
:func:`~webclean.corpus.shingles.canonical_text` (Simplified script, no punctuation or spaces, small letters:
what mirrors change is folded away), over its :data:`SHINGLE_CHARS`-character n-grams:

1. every n-gram is hashed to 64 bits (:func:`~webclean.corpus.shingles.ngram_hashes`);
2. the range of the hashes is cut into 64 equal bins, and each bin keeps the smallest hash that falls in it
   (an empty bin, which only a short body has, borrows the minimum of the next bin that has one);
3. bit ``b`` of the fingerprint is the lowest bit of bin ``b``'s minimum.

Two bodies whose n-gram sets have Jaccard similarity ``J`` have the same minimum in a bin with probability
``J``, and then the same bit; otherwise the bits agree by chance, half the time. So the number of bits they
differ in is about ``64 * (1 - J) / 2``: 3 bits for ``J = 0.9``, 6 for ``J = 0.8``, 32 for unrelated texts.

>>> article = "中央城市工作会议7月14日至15日在北京举行。会议强调，要创新基层治理模式，绘好社区治理工笔画。"
>>> mirror = "中央城市工作會議7月14日至15日在北京舉行, 會議強調,要創新基層治理模式,繪好社區治理工筆畫"
>>> other = "东街社区把闲置多年的空地改成了一片菜园，三十多户居民领到了自己的小菜畦，周末带孩子来浇水。"
>>> hamming_distance(body_fingerprint(article), body_fingerprint(mirror))
0
>>> hamming_distance(body_fingerprint(article), body_fingerprint(other)) > 16
True

Why this and not a 64-bit SimHash, the other classic: both fit one 64-bit integer (eight bytes in Parquet, a
``bigint`` in Spark, where ``bit_count(a ^ b)`` is the distance). But a SimHash's distance follows the angle
between the two n-gram count vectors, and each of its bits is a vote that a few changed n-grams flip when it
is close: tried first on the generated mirror set (``benchmarks/near_duplicates.py``), copies sharing 85 to
95 % of their n-grams with the original lay 7 to 12 bits from it, and SimHash needed a threshold of 8 bits
to reach the recall this MinHash has at 3. A small threshold is what keeps grouping fast: near-duplicates
are found by cutting the 64 bits into ``threshold + 1`` bands that one of them must match whole
(:mod:`webclean.corpus.dedup`), and 13-bit bands make buckets 64 times smaller than the 7-bit bands a
threshold of 8 needs. A MinHash signature of 64 to 256 full minima would estimate ``J`` more finely, but a
deduplicator asks only whether two bodies are nearly the same, and it costs eight to thirty-two times the
space. Bodies too short for a stable sample get no fingerprint (:data:`MIN_FINGERPRINT_CHARS`).
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from .shingles import SAMPLE_CHARS, canonical_text, ngram_hashes

__all__ = ["SHINGLE_CHARS", "MIN_FINGERPRINT_CHARS", "FINGERPRINT_BITS", "FINGERPRINT_SAMPLE", "body_fingerprint",
           "fingerprint_of_hashes", "hamming_distance"]

#: Characters per n-gram. Five Chinese characters are two or three words: long enough that two unrelated
#: articles share few of them (common bigrams such as 我们 or 发展 are everywhere), short enough that a few
#: changed characters (a mirror's lost character, a leftover annotation) spoil only a few n-grams.
SHINGLE_CHARS = 5

#: A body with fewer canonical characters gets no fingerprint: with fewer n-grams than bins most bins are
#: empty and borrow their neighbours' minima, and one changed character moves many bits; such pages (a
#: caption, a one-line post) are not worth deduplicating either.
MIN_FINGERPRINT_CHARS = 40

FINGERPRINT_BITS = 64

#: The fingerprint samples the n-grams of the first this many canonical characters: a mirror copies an
#: article whole, so its head is the article's head, and the bins' minima come from one sort of the
#: sample, the fingerprint's main cost (two thousand characters are a long news article).
FINGERPRINT_SAMPLE = 1000

# The signed 64-bit hash range cut into 64 equal bins: bin b holds [EDGES[b], EDGES[b + 1]).
_BIN_EDGES = tuple(-(1 << 63) + (b << 58) for b in range(FINGERPRINT_BITS + 1))


def fingerprint_of_hashes(hashes: Sequence[int]) -> int:
    """The one-bit MinHash of a sequence of signed 64-bit n-gram hashes (its first
    :data:`FINGERPRINT_SAMPLE`), as a signed 64-bit integer.

    The bins' minima come from one sort (in C) and a binary search per bin, not a Python loop over the
    hashes.

    >>> bin_0, bin_1 = -(1 << 63) + 1, -(1 << 63) + (1 << 58) + 2     # an odd minimum in bin 0, even in bin 1
    >>> fingerprint_of_hashes([bin_0, bin_1]) == -3                    # bins 2 to 63 borrow bin 0's: 1...101
    True
    """
    ordered = sorted(hashes[:FINGERPRINT_SAMPLE])
    minima: list[int | None] = []
    for low, high in pairwise(_BIN_EDGES):
        i = bisect_left(ordered, low)
        minima.append(ordered[i] if i < len(ordered) and ordered[i] < high else None)
    value = 0
    for b in range(FINGERPRINT_BITS):
        minimum, step = minima[b], 1
        while minimum is None and step < FINGERPRINT_BITS:     # an empty bin borrows from the next one
            minimum, step = minima[(b + step) % FINGERPRINT_BITS], step + 1
        if minimum is not None and minimum & 1:
            value |= 1 << b
    return value - (1 << 64) if value >> 63 else value


def body_fingerprint(text: str) -> int | None:
    """The fingerprint of a body, or None when it has fewer than :data:`MIN_FINGERPRINT_CHARS` canonical
    characters.

    >>> body_fingerprint("太短了") is None
    True
    """
    canonical = canonical_text(text)[:SAMPLE_CHARS]
    if len(canonical) < MIN_FINGERPRINT_CHARS:
        return None
    return fingerprint_of_hashes(ngram_hashes(canonical, SHINGLE_CHARS))


def hamming_distance(a: int, b: int) -> int:
    """How many of the 64 bits two fingerprints differ in (signed or unsigned, as stored).

    >>> hamming_distance(0b1011, 0b0001), hamming_distance(-1, 0)
    (2, 64)
    """
    return ((a ^ b) & 0xFFFF_FFFF_FFFF_FFFF).bit_count()
