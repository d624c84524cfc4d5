"""webclean.near_duplicates: groups are the connected components of pairs within the threshold, found by bands."""
from __future__ import annotations

import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import webclean
from webclean.corpus import DuplicateIndex, hamming_distance, near_duplicates
from webclean.corpus.dedup import MAX_THRESHOLD, fingerprint_of
from webclean.record import Record


def brute_force_groups(fingerprints: list[int | None], threshold: int) -> list[list[int]]:
    """Every pair compared: the reference the band index must agree with."""
    parent = list(range(len(fingerprints)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for a in range(len(fingerprints)):
        for b in range(a):
            fa, fb = fingerprints[a], fingerprints[b]
            if fa is not None and fb is not None and hamming_distance(fa, fb) <= threshold:
                ra, rb = root(a), root(b)
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for i in range(len(fingerprints)):
        groups.setdefault(root(i), []).append(i)
    return [g for _, g in sorted(groups.items()) if len(g) > 1]


def flip(value: int, bits: list[int]) -> int:
    for bit in bits:
        value ^= 1 << bit
    return value - (1 << 64) if value >= 1 << 63 else value


def planted(rng: random.Random, originals: int, copies: int, max_flips: int) -> list[int | None]:
    out: list[int | None] = []
    for _ in range(originals):
        base = rng.getrandbits(64) - (1 << 63)
        out.append(base)
        for _ in range(rng.randint(0, copies)):
            out.append(flip(base & ((1 << 64) - 1), rng.sample(range(64), rng.randint(0, max_flips))))
        if rng.random() < 0.1:
            out.append(None)
    rng.shuffle(out)
    return out


@pytest.mark.parametrize("threshold", [0, 1, 3, 4, 6, 10])
def test_band_index_finds_exactly_the_brute_force_groups(threshold):
    rng = random.Random(threshold)
    fingerprints = planted(rng, originals=60, copies=3, max_flips=threshold + 2)
    assert near_duplicates(fingerprints, threshold) == brute_force_groups(fingerprints, threshold)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.none(), st.integers(-(1 << 63), (1 << 63) - 1),
                          st.sampled_from([0, 1, 3, -1, -2, 1 << 40, (1 << 40) | 1])), max_size=40),
       st.integers(0, MAX_THRESHOLD))
def test_any_fingerprints_at_any_threshold(fingerprints, threshold):
    assert near_duplicates(fingerprints, threshold) == brute_force_groups(fingerprints, threshold)


def test_a_copy_of_a_copy_joins_the_group_of_the_original():
    a = 0
    b = flip(a, [1, 2, 3])          # 3 bits from a
    c = flip(b, [10, 11, 12])       # 3 bits from b, 6 from a
    assert near_duplicates([a, c, b], threshold=3) == [[0, 1, 2]]
    assert near_duplicates([a, c], threshold=3) == []


def test_records_rows_and_fingerprints_are_accepted_and_none_is_in_no_group():
    items = [Record(fingerprint=7), {"fingerprint": 7, "id": "x"}, 7, None, Record(), {"error": "empty"}]
    assert near_duplicates(items) == [[0, 1, 2]]
    with pytest.raises(TypeError, match="fingerprint is an int"):
        fingerprint_of({"fingerprint": "7"})


@pytest.mark.parametrize("bad", [-1, MAX_THRESHOLD + 1, 2.5, True, "3"])
def test_a_bad_threshold_is_refused(bad):
    with pytest.raises(ValueError, match="threshold"):
        near_duplicates([1, 2], bad)


def test_the_index_says_which_group_a_new_record_joins():
    index = DuplicateIndex(threshold=2)
    assert [index.add(f) for f in (100, 1 << 50, 101, None, 1 << 50, 103)] == [None, None, 0, None, 1, 0]
    assert index.groups() == [[0, 2, 5], [1, 4]]
    assert index.group_of(5) == 0 and index.group_of(3) == 3 and len(index) == 6


def test_many_exact_copies_stay_fast():
    fingerprints = [12345] * 20_000 + [flip(12345, [3])] * 5
    start = time.process_time()     # CPU time of this process: other jobs on the machine do not count
    groups = near_duplicates(fingerprints, threshold=4)
    assert len(groups) == 1 and len(groups[0]) == 20_005
    assert time.process_time() - start < 5          # a quadratic index would compare 2e8 pairs


def test_cleaned_copies_group_and_other_articles_do_not():
    story = ("上周六，东街社区把闲置多年的空地改成了一片菜园，三十多户居民领到了自己的小菜畦。"
             "居民李阿姨说，她打算种些青菜和番茄，周末带孙子来浇水，让孩子知道菜是怎么长出来的。")
    other = "停办两年的河畔旧书市集将在本周末回到滨江步道，摊主们已经开始整理自家的藏书，读者带一本旧书就能换走另一本。"
    pages = [f"<p>{story}</p>", f"<div>网站首页 | 新闻中心</div><p>{story}</p><p>澳门威尼斯人娱乐场官网</p>",
             f"<p>{other}</p>", webclean.repair_text(story)]
    assert webclean.near_duplicates([webclean.clean(p) for p in pages]) == [[0, 1, 3]]
