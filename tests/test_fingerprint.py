"""Record.fingerprint: the canonical text, the n-gram hashes, and copies that match while other articles do not."""
from __future__ import annotations

import random
import statistics
import sys
from itertools import combinations
from pathlib import Path

import pytest

import webclean
from webclean.corpus import body_fingerprint, hamming_distance
from webclean.corpus.fingerprint import FINGERPRINT_SAMPLE, MIN_FINGERPRINT_CHARS, SHINGLE_CHARS, fingerprint_of_hashes
from webclean.corpus.shingles import canonical_text, ngram_hashes, xx_tuple_hash

from .benchmark_helpers import ARTICLE_ONE, ARTICLE_TWO, load_benchmark

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

STORY = ("上周六，东街社区把闲置多年的空地改成了一片菜园，三十多户居民领到了自己的小菜畦。"
         "居民李阿姨说，她打算种些青菜和番茄，周末带孙子来浇水，让孩子知道菜是怎么长出来的。"
         "社区工作人员介绍，菜园用的是雨水收集桶里的水，肥料来自居民送来的厨余堆肥。")


@pytest.mark.parametrize("text,canonical", [
    ("會議強調，要創新", "会议强调要创新"),
    ("Base-Level 2025 年", "baselevel2025年"),
    ("ＧＤＰ增长５％", "gdp增长5"),
    ("網(wǎng)站", "网wng站"),           # a leftover annotation keeps only its plain letters
    ("  \n\t ，。！", ""),
])
def test_canonical_text_folds_what_mirrors_change(text, canonical):
    assert canonical_text(text) == canonical


def test_ngram_hashes_are_the_written_out_tuple_hash():
    text = canonical_text(STORY)
    expected = [xx_tuple_hash(tuple(map(ord, text[i:i + 5]))) for i in range(len(text) - 4)]
    assert ngram_hashes(text, 5) == expected


@pytest.mark.skipif(sys.hash_info.width != 64 or sys.implementation.name != "cpython",
                    reason="the check is of CPython's 64-bit tuple hash")
def test_the_written_out_tuple_hash_is_cpythons():
    rng = random.Random(5)
    for _ in range(2000):
        items = tuple(rng.choice([rng.randrange(0x110000), rng.getrandbits(64) - (1 << 63), -1])
                      for _ in range(rng.randint(0, 6)))
        assert xx_tuple_hash(items) == hash(items), items


def test_the_fingerprint_of_a_text_does_not_change_between_versions():
    # Fingerprints are stored in datasets and compared across runs and machines: a change of hash, n-gram,
    # canonical text or bins must be deliberate and announced. The value on the day the scheme was chosen:
    assert body_fingerprint(STORY) == -2709906662569995297


def test_bins_keep_their_minimum_and_its_low_bit():
    low = -(1 << 63)
    hashes = [low + (b << 58) + 2 * k + (b % 2) for b in range(64) for k in (5, 3, 9)]   # every bin filled
    assert fingerprint_of_hashes(hashes) == int("10" * 32, 2) - (1 << 64)               # odd bins set
    assert fingerprint_of_hashes(list(reversed(hashes))) == fingerprint_of_hashes(hashes)


def test_only_the_sample_counts():
    hashes = ngram_hashes(canonical_text(STORY * 40), SHINGLE_CHARS)
    assert len(hashes) > FINGERPRINT_SAMPLE
    tail = hashes[:FINGERPRINT_SAMPLE] + [h ^ 0x5555 for h in hashes[FINGERPRINT_SAMPLE:]]
    assert fingerprint_of_hashes(tail) == fingerprint_of_hashes(hashes)


def test_a_body_too_short_has_no_fingerprint():
    assert body_fingerprint("短讯：今日无事。") is None
    assert webclean.clean("<p>短讯：今日无事。</p>").fingerprint is None
    assert body_fingerprint("字" * MIN_FINGERPRINT_CHARS) is not None


def test_the_same_article_converted_annotated_and_repunctuated_fingerprints_the_same():
    mirror = webclean.repair_text(STORY)
    traditional = "上週六，東街社區把閒置多年的空地改成了一片菜園,三十多戶居民領到了自己的小菜畦." \
                  "居民李阿姨說,她打算種些青菜和番茄,週末帶孫子來澆水,讓孩子知道菜是怎麼長出來的。" \
                  "社區工作人員介紹,菜園用的是雨水收集桶裡的水,肥料來自居民送來的廚餘堆肥。"
    assert hamming_distance(body_fingerprint(STORY), body_fingerprint(mirror)) == 0
    assert hamming_distance(body_fingerprint(STORY), body_fingerprint(traditional)) <= 2


LONG_STORY = STORY + (
    "菜园开张那天，社区请来了农业技术站的老师，在现场讲解怎样给番茄搭架、怎样防治蚜虫。"
    "不少年轻家长带着孩子参加，孩子们第一次拿起小铲子，认真地把菜苗一棵棵种进土里。"
    "社区书记表示，菜园的管理办法由居民共同商定，每户每季交十元的用水费，收成归种菜的家庭。"
    "如果有人外出无法照看，可以委托邻居代管，社区会在公告栏上登记，避免菜畦荒废。"
    "下一步，社区还打算在菜园旁边建一个小小的堆肥站，让更多家庭参与垃圾分类。")


def test_a_copy_with_a_sentence_more_is_near_and_another_article_is_far():
    other = ("停办两年的河畔旧书市集将在本周末回到滨江步道，摊主们已经开始整理自家的藏书。"
             "组织者表示，这次市集新增了以书换书的角落，读者带一本旧书就能换走另一本。"
             "市集每天上午九点开放，下午五点收摊，遇雨顺延到下一个周末。")
    longer = LONG_STORY + "记者在现场看到，几位老人正在给新栽的辣椒苗搭架子。"
    assert hamming_distance(body_fingerprint(LONG_STORY), body_fingerprint(longer)) <= 6
    assert hamming_distance(body_fingerprint(LONG_STORY), body_fingerprint(other)) > 16


def test_unrelated_pages_differ_in_about_half_the_bits():
    bodies = []
    for path in sorted((FIXTURES / "html").glob("*.html")) + sorted((FIXTURES / "text").glob("*.txt")):
        rec = webclean.clean(path.read_bytes())
        if rec.fingerprint is not None and not path.name.startswith(("mirror", "control", "taiwan")):
            bodies.append(rec.fingerprint)
    distances = [hamming_distance(a, b) for a, b in combinations(bodies, 2)]
    assert len(bodies) >= 20
    assert 26 <= statistics.mean(distances) <= 38
    assert sum(d <= 6 for d in distances) <= len(distances) // 200


def test_generated_mirror_copies_of_our_pages_keep_their_fingerprint():
    mirror_copies = load_benchmark("mirror_copies")
    pages = {"one": ARTICLE_ONE.encode(), "two": ARTICLE_TWO.encode()}
    copies = mirror_copies.make_copies(pages)
    originals = {pid: webclean.clean(page) for pid, page in pages.items()}
    assert hamming_distance(originals["one"].fingerprint, originals["two"].fingerprint) > 16
    for pid, variants in copies.items():
        assert set(variants) == set(mirror_copies.VARIANTS)
        for variant in ("hacked", "mirror", "renav"):
            rec = webclean.clean(variants[variant])
            assert hamming_distance(rec.fingerprint, originals[pid].fingerprint) <= 3, (pid, variant)
