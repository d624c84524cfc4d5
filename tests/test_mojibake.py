"""Mojibake repair: each heuristic alone, own fixtures (one per chain + clean controls), public cases."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from webclean.mojibake import (Chain, _decode_pairs_with_holes, _mask_uncertain, _pair_span, _utf8_spans,
                               char_cost, find_latin_runs, find_lossy_markers, repair_text,
                               repair_text_with_repairs, reverse_chain, text_badness)

ROOT = Path(__file__).parents[1]
SHARED = ROOT / ".." / "shared" / "mojibake" / "cases.jsonl"
OWN = [json.loads(line) for line in (ROOT / "fixtures" / "mojibake" / "cases.jsonl").read_text("utf-8").split("\n") if line.strip()]


def test_char_cost_orders_real_before_garbled():
    assert char_cost("中") < char_cost("鍙") < char_cost("\x8c")
    assert char_cost("a") == 0.0


def test_text_badness_separates_real_and_garbled():
    assert text_badness("中文网页") < 1.0 < 3.0 < text_badness("涓枃缃戦〉")


def test_reverse_chain_requires_exact_round_trip():
    assert reverse_chain("ä¸­æ–‡", Chain("utf-8", "cp1252")) == "中文"
    assert reverse_chain("ä¸­æ–‡", Chain("utf-8", "latin-1")) is None  # '–' is not Latin-1
    assert reverse_chain("Café", Chain("utf-8", "latin-1")) is None


def test_find_latin_runs_and_lossy_markers():
    assert find_latin_runs("标题: ä¸­æ–‡ ok") == [(4, 10)]
    assert find_lossy_markers("价格锟斤拷元") == [(2, 5)]
    assert find_lossy_markers("烫烫烫烫") == [(0, 4)]


def test_utf8_spans_and_pair_span_locate_the_garbled_part():
    assert _utf8_spans("今天鍙戝竷", "gbk") == [(2, 5)]
    assert _pair_span("今天" + "发布了新版本".encode("gbk").decode("big5"), Chain("gbk", "big5")) == (2, 8)


def test_lossy_helpers_never_invent():
    assert _decode_pairs_with_holes(b"\xa4\xa4\xff\xa4\xa4\xe5", "big5") == "中\ufffd文"
    assert _mask_uncertain("经济\ufffd㣺学院") == "经济\ufffd\ufffd学院"


@pytest.mark.parametrize("case", [c for c in OWN if c["kind"] in ("corrupt", "clean")], ids=lambda c: c["chain"])
def test_own_fixture(case):
    assert repair_text(case["input"]) == case["expected"]


@pytest.mark.parametrize("case", [c for c in OWN if c["kind"] == "lossy"], ids=lambda c: c["chain"])
def test_own_lossy_flagged_not_invented(case):
    out, repairs = repair_text_with_repairs(case["input"])
    assert any(r.kind == "irrecoverable" for r in repairs)
    allowed = set(case["input"]) | set("本市今日发布了新版垃圾分类指南，居民可以在社区服务中心领取宣传手册。") | {"\ufffd"}
    assert set(out) <= allowed


def test_repairs_point_into_input():
    text = "通知：" + "今日发布新版指南".encode("utf-8").decode("gb18030") + "，请查收。"
    out, repairs = repair_text_with_repairs(text)
    rep = repairs[0]
    a, b = map(int, rep.where[5:-1].split(":"))
    assert text[a:b] == rep.before and rep.rule == "utf-8>gbk" and rep.after in out


@pytest.mark.skipif(not SHARED.exists(), reason="../shared absent")
def test_public_cases_meet_targets():
    rows = [json.loads(line) for line in SHARED.read_text("utf-8").split("\n") if line.strip()]
    per_chain: dict[str, list[int]] = {}
    damaged = invented = 0
    for r in rows:
        out = repair_text(r["input"])
        if r["kind"] == "clean":
            damaged += out != r["input"]
        elif r["kind"] == "corrupt" and r["irrecoverable"]:
            invented += bool(set(out) - set(r["input"]) - set(r["gold"]) - set("\ufffd?□"))
        elif r["kind"] == "corrupt":
            per_chain.setdefault(r["chain"], []).append(out == r["gold"])
    total = [ok for v in per_chain.values() for ok in v]
    assert damaged == 0
    assert invented == 0
    assert sum(total) / len(total) >= 0.99
    for chain, oks in per_chain.items():
        # chains with a handful of cases are held to "all but one" (one miss in 4 is 75 %)
        assert sum(oks) >= min(0.95 * len(oks), len(oks) - 1), chain
