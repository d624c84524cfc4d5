"""The corpus benchmarks on our own pages: the cost script times the figures inside clean(), the grouping
score counts pairs right, and the copies are the same for the same seed."""
from __future__ import annotations

from types import SimpleNamespace

from webclean import pipeline

from .benchmark_helpers import ARTICLE_ONE, ARTICLE_TWO, load_benchmark


def test_the_cost_is_timed_inside_clean_and_the_pipeline_is_left_as_it_was():
    signals = load_benchmark("signals")
    before = pipeline.record_figures
    clean_total, figures_total, calls = signals.measure([ARTICLE_ONE.encode(), ARTICLE_TWO.encode()], repeat=2)
    assert calls == 4 and 0 < figures_total < clean_total
    assert pipeline.record_figures is before


def test_the_copies_are_the_same_for_the_same_seed_and_differ_for_another():
    copies = load_benchmark("mirror_copies")
    pages = {"one": ARTICLE_ONE.encode(), "two": ARTICLE_TWO.encode()}
    first, again, other = copies.make_copies(pages, 1), copies.make_copies(pages, 1), copies.make_copies(pages, 2)
    assert first == again and first != other
    mirror = first["one"]["mirror"].decode("utf-8")
    assert "社區菜園" in mirror and "(" in mirror and "<meta charset=\"utf-8\">" in mirror


def _record(fingerprint):
    return SimpleNamespace(fingerprint=fingerprint)


def test_the_grouping_score_counts_pairs():
    score = load_benchmark("near_duplicates").score
    items = [("a", "original", _record(0)), ("a", "hacked", _record(1)), ("a", "mirror", _record(0b111 << 40)),
             ("b", "original", _record(3)), ("b", "hacked", _record(None))]
    result = score(items, threshold=2, variants=("hacked", "mirror"))
    # grouped: a/original, a/hacked, b/original (3 pairs, 1 right); a/mirror alone; b/hacked has no fingerprint
    assert (result["grouped"], result["right"], result["same"]) == (3, 1, 4)
    assert result["precision"] == 1 / 3 and result["recall"] == 1 / 4
    assert result["variants"] == {"hacked": (1, 2), "mirror": (0, 1)}
    assert len(result["wrong"]) == 2
