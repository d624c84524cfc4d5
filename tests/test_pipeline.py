from __future__ import annotations

import pickle
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import webclean
from webclean.document import Document
from webclean.pipeline import STAGES, Cleaner, Options

PAGE = ("网站首页 | 网站地图\n\n首页 > 国内 > 正文\n\n城市更新让老街区焕发新活力\n\n2025-03-05 09:30:00\n\n"
        "今年以来，本市启动了二十个老旧小区改造项目，涉及居民一万余户。改造内容包括管网更新、加装电梯和公共空间提升。\n\n"
        "居民王女士说，楼里装上电梯以后，家里老人下楼散步方便多了，小区环境也越来越好。\n\n"
        "（作者：李明）\n")


def test_unknown_option_is_a_type_error():
    with pytest.raises(TypeError):
        Cleaner(scirpt="auto")


@pytest.mark.parametrize("kw", [{"script": "latin"}, {"punctuation": "fancy"}, {"max_bytes": 0},
                                {"time_budget": 0}])
def test_invalid_option_values_are_rejected(kw):
    with pytest.raises(ValueError):
        Options(**kw)


def test_cleaner_pickles_and_gives_the_same_record():
    cleaner = Cleaner(punctuation="keep")
    clone = pickle.loads(pickle.dumps(cleaner))
    assert clone == cleaner
    assert clone.clean(PAGE) == cleaner.clean(PAGE)


def test_cleaner_is_thread_safe():
    cleaner = Cleaner()
    expected = cleaner.clean(PAGE)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: cleaner.clean(PAGE), range(16)))
    assert all(r == expected for r in results)


def test_text_page_end_to_end():
    rec = webclean.clean(PAGE.encode("utf-8"))
    assert rec.error is None
    assert rec.title == "城市更新让老街区焕发新活力"
    assert rec.breadcrumb == ("首页", "国内", "正文")
    assert rec.paragraphs[0].startswith("今年以来")
    assert len(rec.paragraphs) == 2
    assert rec.author == "李明"
    assert rec.published is not None and rec.published.isoformat() == "2025-03-05T09:30:00+08:00"
    kinds = {r.kind for r in rec.removed}
    assert {"navigation", "breadcrumb"} <= kinds


def _boom(doc: Document, opts: Options) -> None:
    raise ValueError("poisoned page")


def test_a_failing_stage_gives_an_error_record_not_an_exception():
    cleaner = Cleaner(stages=STAGES[:3] + (("boom", _boom),) + STAGES[3:])
    rec = cleaner.clean(PAGE)
    assert rec.error is not None and "poisoned page" in rec.error and "boom" in rec.error
    assert rec.paragraphs == ()


def _slow(doc: Document, opts: Options) -> None:
    time.sleep(0.05)
    doc.check_budget("slow")


def test_time_budget_is_enforced_between_stages():
    cleaner = Cleaner(stages=STAGES[:1] + (("slow", _slow),) + STAGES[1:], time_budget=0.01)
    rec = cleaner.clean(PAGE)
    assert rec.error is not None and rec.error.startswith("timeout")


def test_max_bytes_cuts_with_a_warning():
    rec = Cleaner(max_bytes=200).clean(PAGE.encode("utf-8"))
    assert any("max_bytes" in w for w in rec.warnings)


def test_non_page_input_is_a_type_error():
    with pytest.raises(TypeError):
        webclean.clean(12345)  # type: ignore[arg-type]


@pytest.mark.parametrize("page", [b"", "", b"   \n\n", "\x00\x00abc", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
                                  "a\ud800b"])
def test_junk_never_raises(page):
    rec = webclean.clean(page)
    assert isinstance(rec, webclean.Record)
    assert all("\ud800" not in p for p in rec.paragraphs)


def test_importing_webclean_loads_tables_before_the_first_page():
    from webclean.core import script
    from webclean.normalise import convert
    from webclean.pipeline import warm_up
    from webclean.strip import chrome, spam_lexicon
    warm_up()  # idempotent: a second call does nothing
    assert warm_up.cache_info().hits >= 1
    for loader in (convert.vocabulary_patterns, script.word_counts, spam_lexicon.compiled_lexicon, chrome.phrase_gate):
        assert loader.cache_info().currsize == 1, loader.__name__
