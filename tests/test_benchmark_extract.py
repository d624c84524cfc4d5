"""benchmarks/extract.py: rows scored with the shared scorer, aggregated per set and per page kind, rendered.

The pages are made up here (no third-party page); the tests that need the scorer skip when ../shared is absent.
"""
from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest

from .benchmark_helpers import ARTICLE_ONE, ARTICLE_TWO, GOLD_ONE, GOLD_TWO, SCORER, load_benchmark, scorer, write_pages

extract = load_benchmark("extract")
realpages = load_benchmark("realpages")
needs_scorer = pytest.mark.skipif(not SCORER.is_file(), reason="../shared (the scorer) is not present")


def page(page_id: str, kind: str = "article", site: str = "a.example", author: str | None = None) -> object:
    """A page whose gold has a body, the title 菜园开张 and an author (None: the page credits nobody)."""
    gold = {"id": page_id, "site": site, "page_kind": kind, "title": "菜园开张", "author": author,
            "body": "今天社区开了一个新菜园，居民都来帮忙。", "fields_present": ["body", "title", "author"]}
    return realpages.Page(page_id, Path("/unused"), gold)


def test_doctests_of_the_benchmark_modules():
    for module in (realpages, extract):
        failures, tried = doctest.testmod(module)
        assert tried > 0 and failures == 0, module.__name__


def test_pages_fall_into_sets_by_id_and_devset_only_with_its_prefix(tmp_path):
    corpus = write_pages(tmp_path / "corpus", [({**GOLD_ONE}, ARTICLE_ONE), ({**GOLD_TWO}, ARTICLE_TWO)])
    devset = write_pages(tmp_path / "devset", [({**GOLD_ONE, "id": "d-garden"}, ARTICLE_ONE),
                                                ({**GOLD_ONE, "id": "stray"}, ARTICLE_ONE)])
    (corpus / "gold" / "no-page.json").write_text("{}", encoding="utf-8")   # gold without bytes: left out
    pages = realpages.real_pages(corpus, devset)
    assert [(p.id, p.set) for p in pages] == [
        ("fake-garden", "shared-first"), ("x-fake-books", "shared-added"), ("d-garden", "devset")]
    assert realpages.real_pages(corpus, tmp_path / "absent") == pages[:2]


@needs_scorer
def test_rows_carry_set_kind_and_empty_body():
    se = scorer()
    full = page("p-1")
    ran_empty = extract.score_row(se, full, "ok", {"body": "  ", "title": "菜园开张"})
    crashed = extract.score_row(se, full, "error", None)
    right = extract.score_row(se, page("x-2", kind="forum-thread"), "ok",
                              {"body": "今天社区开了一个新菜园，居民都来帮忙。", "title": "菜园开张"})
    assert (ran_empty["set"], ran_empty["kind"], ran_empty["empty_body"]) == ("shared-first", "article", True)
    assert crashed["empty_body"] is False and crashed["status"] == "error"
    assert right["body_f1"] == pytest.approx(1.0) and right["title_ok"] and not right["empty_body"]
    assert right["set"] == "shared-added" and right["kind"] == "forum-thread"


@needs_scorer
def test_aggregation_keeps_each_set_apart_and_all_together():
    se = scorer()
    body = "今天社区开了一个新菜园，居民都来帮忙。"
    rows = [extract.score_row(se, page("p-1", site="a.example"), "ok", {"body": body}),
            extract.score_row(se, page("p-2", site="b.example"), "ok", {"body": ""}),
            extract.score_row(se, page("x-3", site="c.example"), "timeout", None),
            extract.score_row(se, page("x-4", site="c.example"), "ok", {"body": body})]
    sets = extract.by_set(se, rows)
    assert list(sets) == ["shared-first", "shared-added", "all"]          # no devset row: no devset entry
    assert sets["shared-first"]["pages"] == 2 and sets["shared-first"]["body_f1"] == pytest.approx(0.5)
    assert sets["shared-first"]["empty_bodies"] == 1 and sets["shared-first"]["timeouts"] == 0
    assert sets["shared-added"]["timeouts"] == 1 and sets["shared-added"]["empty_bodies"] == 0
    assert sets["all"]["pages"] == 4 and sets["all"]["sites"] == 3
    assert sets["all"]["body_f1"] == pytest.approx(0.5) and sets["all"]["empty_bodies"] == 1


@needs_scorer
def test_aggregation_per_kind_counts_pages_per_set_and_scores_authors():
    se = scorer()
    body = "今天社区开了一个新菜园，居民都来帮忙。"
    rows = [extract.score_row(se, page("p-1", kind="forum-thread", author="王小明"), "ok",
                              {"body": body, "author": "王小明"}),
            extract.score_row(se, page("d-2", kind="forum-thread", author="李四"), "ok",
                              {"body": body, "author": "张三"}),
            extract.score_row(se, page("x-3", kind="no-such-kind"), "ok", {"body": body, "author": "张三"})]
    kinds = extract.by_kind(se, rows)
    assert list(kinds) == ["forum-thread", "other"]                       # KINDS order; unknown kind is other
    assert kinds["forum-thread"]["author_acc"] == pytest.approx(0.5)
    assert dict(kinds["forum-thread"]["per_set"]) == {"shared-first": 1, "devset": 1}
    assert kinds["other"]["author_spurious_rate"] == pytest.approx(1.0)   # gold credits nobody, a name came out


@needs_scorer
def test_report_has_a_table_per_set_a_kind_table_and_same_run_ratios():
    se = scorer()
    body = "今天社区开了一个新菜园，居民都来帮忙。"
    rows_fast = [extract.score_row(se, page("p-1"), "ok", {"body": body}),
                 extract.score_row(se, page("d-2", kind="blog-post"), "ok", {"body": body})]
    rows_slow = [extract.score_row(se, page("p-1"), "ok", {"body": ""}),
                 extract.score_row(se, page("d-2", kind="blog-post"), "error", None)]
    results = [
        {"extractor": "webclean", "version": "9.9", "sets": extract.by_set(se, rows_fast),
         "kinds": extract.by_kind(se, rows_fast), "speed": extract.speed_by_set({"p-1": [0.025, 0.05]})},
        {"extractor": "trafilatura", "version": "1.0", "sets": extract.by_set(se, rows_slow),
         "kinds": extract.by_kind(se, rows_slow), "speed": extract.speed_by_set({"p-1": [0.1, 0.1]})},
        {"extractor": "gne", "skipped": "ImportError: no module named gne"},
        {"extractor": "lxml-walk", "version": "6.0", "sets": {}, "kinds": {},
         "speed": extract.speed_by_set({"p-1": [0.005, 0.005]})},
    ]
    text = extract.report(results, "# header")
    # all shared, first, added; then the rate as a share of the lxml walk's (200 pages/s)
    assert "| webclean 9.9 | 2 | 26.7 | 2.7x | 26.7 | 2.7x | - | - | 0.13 |" in text
    assert "| trafilatura 1.0 | 2 | 10.0 | 1.0x | 10.0 | 1.0x | - | - | 0.05 |" in text
    assert "| lxml-walk 6.0 | 2 | 200.0 | 20.0x | 200.0 | 20.0x | - | - | 1.00 |" in text
    assert "lxml-walk" not in text.split("## shared corpus, first pages")[1]     # timed, never scored
    assert "## shared corpus, added pages (ids `x-…`)\n\nabsent in this run" in text
    devset_table = text.split("## our devset")[1].split("##")[0]
    assert "| webclean 9.9 | 1.000 |" in devset_table and "| trafilatura 1.0 | 0.000 |" in devset_table
    assert devset_table.count("| gne | skipped") == 1
    cells = "0/0/1/" + "/".join(["0"] * 63)   # pages per set, in report order
    assert f"| blog-post | 1 ({cells}) | webclean 9.9 | 1.000 |" in text
    slow_first = text.split("## shared corpus, first pages")[1].split("##")[0]
    assert "| trafilatura 1.0 | 0.000 | 0.0% | - | 0.0% | - | - | - | 1 | 0 |" in slow_first   # one empty body


def test_readme_section_rewrite_keeps_the_markers(tmp_path):
    readme = tmp_path / "README.md"
    marked = "intro\n<!-- extract-sets -->\n{}\n<!-- /extract-sets -->\nafter\n"
    readme.write_text(marked.format("old table"), encoding="utf-8")
    realpages.update_readme("extract-sets", "| new |", readme)
    assert readme.read_text(encoding="utf-8") == marked.format("| new |")
    with pytest.raises(ValueError):
        realpages.update_readme("rules-summary", "x", readme)


@needs_scorer
def test_a_whole_run_on_two_pages_of_our_own(tmp_path):
    """The run loop end to end with webclean alone (about a second: one worker process)."""
    corpus = write_pages(tmp_path / "corpus", [(GOLD_ONE, ARTICLE_ONE), (GOLD_TWO, ARTICLE_TWO)])
    out = tmp_path / "extract.md"
    assert extract.main(["--corpus", str(corpus), "--devset", str(tmp_path / "none"), "--extractors", "webclean",
                         "--repeat", "2", "--out", str(out), "--rows", str(tmp_path / "rows.json")]) == 0
    text = out.read_text(encoding="utf-8")
    assert "| webclean 0.1.0 | 4 | " in text                            # two shared pages timed twice
    assert "## our devset, first round (`.cache/devset`, ids `d-…`)\n\nabsent in this run" in text
    first = text.split("## shared corpus, first pages")[1].split("##")[0]
    assert "1 pages, 1 sites" in first
    rows = json.loads((tmp_path / "rows.json").read_text(encoding="utf-8"))
    assert sorted((r["extractor"], r["id"], r["set"]) for r in rows) == [
        ("webclean", "fake-garden", "shared-first"), ("webclean", "x-fake-books", "shared-added")]
    assert all(r["status"] == "ok" and r["pred"]["body"] for r in rows)


@needs_scorer
def test_the_lxml_walk_peer_is_timed_in_the_same_run_and_never_scored(tmp_path):
    corpus = write_pages(tmp_path / "corpus", [(GOLD_ONE, ARTICLE_ONE), (GOLD_TWO, ARTICLE_TWO)])
    out, rows_path = tmp_path / "extract.md", tmp_path / "rows.json"
    assert extract.main(["--corpus", str(corpus), "--devset", str(tmp_path / "none"),
                         "--extractors", "webclean,lxml-walk", "--out", str(out), "--rows", str(rows_path)]) == 0
    speed = out.read_text(encoding="utf-8").split("## Speed")[1].split("##")[0]
    walk_row = next(line for line in speed.splitlines() if line.startswith("| lxml-walk "))
    assert walk_row.endswith("| 1.00 |")
    webclean_row = next(line for line in speed.splitlines() if line.startswith("| webclean "))
    assert 0 < float(webclean_row.rsplit("|", 2)[1]) < 1      # slower than lxml's bare walk, measured
    assert {r["extractor"] for r in json.loads(rows_path.read_text(encoding="utf-8"))} == {"webclean"}
