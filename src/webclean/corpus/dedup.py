"""Near-duplicate groups of records by their fingerprints: :func:`near_duplicates` and the index behind it.

Two records are near-duplicates when their fingerprints differ in at most ``threshold`` of their 64 bits;
a group is a set of records linked by such pairs (the connected components, so a copy of a copy joins the
group of the original). Candidates are found by the pigeonhole principle: split the 64 bits into
``threshold + 1`` bands, and two fingerprints within ``threshold`` bits agree on at least one whole band, so
only records sharing a band value are compared (at the default threshold, 5 bands of 12 or 13 bits: a
record is compared with about one in 1,600 others when fingerprints spread evenly; exact copies are linked
to their first holder and not compared again). A record without a fingerprint (a body too short, an error
row) is in no group. Memory: a few hundred bytes per record.

>>> a, b, c = 0x0123_4567_89AB_CDEF, 0x0123_4567_89AB_CDEE, 0x7654_3210_FEDC_BA98
>>> near_duplicates([a, c, b, None, a], threshold=3)
[[0, 2, 4]]
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import pairwise
from typing import Any

__all__ = ["DEFAULT_THRESHOLD", "MAX_THRESHOLD", "DuplicateIndex", "near_duplicates", "fingerprint_of",
           "check_threshold", "band_masks", "connected_groups"]

#: Bits two fingerprints may differ in and still be near-duplicates: about a Jaccard similarity of 0.875
#: between their n-gram sets (a copy that shares seven eighths of its 5-grams with the original). On the
#: corpus pages and their generated hacked, mirror and re-templated copies (``benchmarks/near_duplicates.py``,
#: README) 4 bits find every copy whose original has a fingerprint but one (7 bits away); 3 bits miss two more.
#: Each step up makes the bands shorter and the buckets to compare eight times fuller on average.
DEFAULT_THRESHOLD = 4

#: Past this many bits the bands get so short (4 bits) that most records share one and nearly every record
#: is compared with every other; unrelated bodies differ in about 32 bits anyway.
MAX_THRESHOLD = 16

_MASK64 = (1 << 64) - 1


def check_threshold(threshold: Any) -> int:
    """``threshold`` if it is a whole number from 0 to :data:`MAX_THRESHOLD`, else a clear error.

    >>> check_threshold(3)
    3
    >>> check_threshold(40)
    Traceback (most recent call last):
    ...
    ValueError: threshold must be a whole number of bits from 0 to 16, not 40
    """
    if isinstance(threshold, bool) or not isinstance(threshold, int) or not 0 <= threshold <= MAX_THRESHOLD:
        raise ValueError(f"threshold must be a whole number of bits from 0 to {MAX_THRESHOLD}, not {threshold!r}")
    return threshold


def fingerprint_of(item: Any) -> int | None:
    """The fingerprint of a record, an output row (a mapping with a ``fingerprint``) or a fingerprint itself.

    >>> from webclean.record import Record
    >>> fingerprint_of(Record(fingerprint=5)), fingerprint_of({"fingerprint": -3}), fingerprint_of(None)
    (5, -3, None)
    """
    if item is None or (isinstance(item, int) and not isinstance(item, bool)):
        return item
    value = item.get("fingerprint") if isinstance(item, Mapping) else getattr(item, "fingerprint", None)
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise TypeError(f"a fingerprint is an int, not {type(value).__name__}")
    return value


def band_masks(threshold: int) -> tuple[tuple[int, int], ...]:
    """(shift, mask) of each of the ``threshold + 1`` bands the 64 bits are cut into, as even as they go:
    two fingerprints within ``threshold`` bits have one band, ``(value >> shift) & mask``, the same.

    >>> [(shift, mask.bit_length()) for shift, mask in band_masks(3)]
    [(0, 16), (16, 16), (32, 16), (48, 16)]
    """
    count = check_threshold(threshold) + 1
    edges = [round(i * 64 / count) for i in range(count + 1)]
    return tuple((lo, (1 << (hi - lo)) - 1) for lo, hi in pairwise(edges))


class DuplicateIndex:
    """Fingerprints added one at a time, each linked to the earlier ones within ``threshold`` bits.

    ``add`` returns the position of the first record of the group the new one joins (None when it joins
    none), which is what a stream marks a duplicate with; ``groups`` gives the final groups.

    >>> index = DuplicateIndex(threshold=2)
    >>> [index.add(fp) for fp in (0b1111, 0b1110, 1 << 40, 0b1111, None)]
    [None, 0, None, 0, None]
    >>> index.groups()
    [[0, 1, 3]]
    """

    def __init__(self, threshold: int = DEFAULT_THRESHOLD) -> None:
        self.threshold = check_threshold(threshold)
        self._bands = band_masks(self.threshold)
        self._buckets: list[dict[int, list[int]]] = [{} for _ in self._bands]
        self._first_with: dict[int, int] = {}      # each distinct fingerprint -> the first position holding it
        self._parent: list[int] = []               # union-find over positions; roots are group minima
        self._fingerprints: list[int | None] = []

    def __len__(self) -> int:
        return len(self._parent)

    def _root(self, position: int) -> int:
        parent = self._parent
        while parent[position] != position:
            parent[position] = parent[parent[position]]
            position = parent[position]
        return position

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._root(a), self._root(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def add(self, item: Any) -> int | None:
        """Add the next record (or row, or fingerprint); the first position of its group, or None."""
        fingerprint = fingerprint_of(item)
        position = len(self._parent)
        self._parent.append(position)
        self._fingerprints.append(fingerprint)
        if fingerprint is None:
            return None
        value = fingerprint & _MASK64
        same = self._first_with.get(value)
        if same is not None:
            # An exact copy matches whatever the first holder matches: link it and keep the buckets short.
            self._union(position, same)
            return self._root(position)
        self._first_with[value] = position
        seen: set[int] = set()
        for (shift, mask), bucket in zip(self._bands, self._buckets):
            members = bucket.setdefault((value >> shift) & mask, [])
            for other in members:
                if other not in seen:
                    seen.add(other)
                    if ((value ^ self._fingerprints[other]) & _MASK64).bit_count() <= self.threshold:
                        self._union(position, other)
            members.append(position)
        root = self._root(position)
        return None if root == position else root

    def group_of(self, position: int) -> int:
        """The first position of the group ``position`` is in (itself when alone)."""
        return self._root(position)

    def groups(self) -> list[list[int]]:
        """Every group of two or more, each in input order, ordered by their first record."""
        members: dict[int, list[int]] = {}
        for position in range(len(self._parent)):
            members.setdefault(self._root(position), []).append(position)
        return [group for root, group in sorted(members.items()) if len(group) > 1]


def connected_groups(count: int, pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The groups (two or more) that ``pairs`` of positions below ``count`` link, as :meth:`DuplicateIndex.groups`
    gives them: each in order, ordered by their first position.

    >>> connected_groups(6, [(4, 1), (1, 0), (3, 5)])
    [[0, 1, 4], [3, 5]]
    """
    parent = list(range(count))

    def root(position: int) -> int:
        while parent[position] != position:
            parent[position] = parent[parent[position]]
            position = parent[position]
        return position

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[int]] = {}
    for position in range(count):
        members.setdefault(root(position), []).append(position)
    return [group for _, group in sorted(members.items()) if len(group) > 1]


def near_duplicates(records: Iterable[Any], threshold: int = DEFAULT_THRESHOLD) -> list[list[int]]:
    """Group near-duplicate records: lists of positions in ``records``, two or more each.

    ``records`` are :class:`~webclean.record.Record` objects, output rows (mappings with a ``fingerprint``,
    as ``webclean batch`` writes them) or fingerprints; ``threshold`` is the most bits two fingerprints may
    differ in (default :data:`DEFAULT_THRESHOLD`).

    >>> import webclean
    >>> story = ("上周六，东街社区把闲置多年的空地改成了一片菜园，三十多户居民领到了自己的小菜畦。"
    ...          "居民李阿姨说，她打算种些青菜和番茄。")
    >>> other = "旧书市集周末回归，摊主们已经开始整理自家的藏书，读者带一本旧书就能换走另一本。"
    >>> pages = [story, "网站首页 | 新闻\\n" + story, other]
    >>> webclean.near_duplicates([webclean.clean(p) for p in pages])
    [[0, 1]]
    """
    index = DuplicateIndex(threshold)
    for item in records:
        index.add(item)
    return index.groups()
