"""The Arrow core: one record row per input row, a fixed schema, errors as rows."""
from __future__ import annotations

from datetime import date

import pytest

pa = pytest.importorskip("pyarrow")

from webclean.arrow import (  # noqa: E402
    RECORD_COLUMNS,
    RECORD_SCHEMA,
    clean_arrow_batch,
    error_kind_of,
    error_row,
    record_row,
    worker_cleaner,
)
from webclean.pipeline import Cleaner, Options  # noqa: E402
from webclean.record import Record, Removal, Repair  # noqa: E402


def news_stage(doc, opts) -> None:
    """Stand-in pipeline: line 1 title, line 2 a date, the rest paragraphs; headers' charset is the encoding."""
    text = doc.raw.decode("utf-8") if isinstance(doc.raw, bytes) else doc.raw
    if "POISON" in text:
        raise KeyError("poisoned page")
    lines = text.splitlines()
    doc.set_field("title", lines[0], "first_line")
    if len(lines) > 1 and lines[1][:4].isdigit():
        doc.set_field("published", date.fromisoformat(lines[1]), "second_line")
    doc.set_field("breadcrumb", ["首页", "新闻"], "test")
    doc.paragraphs = lines[2:]
    if doc.headers:
        doc.encoding = doc.headers.get("content-type", "").rpartition("charset=")[2] or None
    doc.removed.append(Removal("navigation", "首页 | 新闻", "test_nav"))


CLEANER = Cleaner(stages=(("news", news_stage),))
PAGES = ["地方新闻标题\n2024-03-05\n第一段。\n第二段。", "POISON", None, "另一个标题\n无日期\n正文。"]


@pytest.mark.slow
def test_one_row_per_input_row_with_the_fixed_schema():
    batch = pa.RecordBatch.from_pydict({"html": PAGES, "url": ["http://a.cn/1", None, None, "http://a.cn/4"]})
    out = clean_arrow_batch(batch, page_col="html", url_col="url", cleaner=CLEANER)
    assert out.schema == RECORD_SCHEMA and out.num_rows == 4
    rows = out.to_pylist()
    assert rows[0]["title"] == "地方新闻标题" and rows[0]["published"] == "2024-03-05"
    assert rows[0]["paragraphs"] == ["第一段。", "第二段。"] and rows[0]["body"] == "第一段。\n第二段。"
    assert rows[0]["breadcrumb"] == ["首页", "新闻"]
    assert rows[0]["removed"][0]["rule"] == "test_nav" and rows[0]["removed"][0]["kind"] == "navigation"
    assert (rows[1]["error_kind"], "KeyError" in rows[1]["error"]) == ("internal", True)
    assert rows[2]["error_kind"] == "empty" and rows[2]["paragraphs"] == []
    assert rows[3]["published"] is None and rows[3]["error"] is None


def test_binary_pages_and_headers_as_map_or_json():
    pages = pa.array(["标题\n2024-01-01\n正文。".encode()] * 2, pa.binary())
    headers = pa.array([[("content-type", "text/html; charset=utf-8")], None],
                       pa.map_(pa.string(), pa.string()))
    out = clean_arrow_batch(pa.RecordBatch.from_arrays([pages, headers], names=["page", "h"]),
                            page_col="page", headers_col="h", cleaner=CLEANER)
    assert out.column("encoding").to_pylist() == ["utf-8", None]
    as_json = pa.RecordBatch.from_pydict({"html": ["标题\n-\n正文。"], "h": ['{"content-type": "x; charset=gbk"}']})
    assert clean_arrow_batch(as_json, headers_col="h", cleaner=CLEANER).column("encoding").to_pylist() == ["gbk"]


def test_a_cell_of_the_wrong_type_is_a_bad_input_row():
    out = clean_arrow_batch(pa.RecordBatch.from_pydict({"html": [12, 13]}), cleaner=CLEANER)
    assert out.column("error_kind").to_pylist() == ["bad_input", "bad_input"]


def test_missing_column_is_reported_by_name():
    with pytest.raises(KeyError, match="content"):
        clean_arrow_batch(pa.RecordBatch.from_pydict({"html": ["x"]}), page_col="content", cleaner=CLEANER)


def test_record_row_serialises_events_and_partial_dates():
    rec = Record(title="题", published=date(2021, 1, 1), published_precision="year",
                 repairs=(Repair("mojibake", "涓枃", "中文", "text[0:2]", "utf-8>gbk"),), error="timeout: strip")
    row = record_row(rec)
    assert set(row) == set(RECORD_COLUMNS)
    assert row["published"] == "2021" and row["error_kind"] == "timeout"
    assert row["repairs"] == [{"kind": "mojibake", "before": "涓枃", "after": "中文",
                               "where": "text[0:2]", "rule": "utf-8>gbk"}]
    assert row["published_precision"] == "year"


def test_error_row_and_error_kind():
    assert set(error_row("empty", "x")) == set(RECORD_COLUMNS)
    assert error_kind_of("internal: ValueError in stage parse: boom") == "internal"
    assert error_kind_of("something went wrong") == "internal"


def test_worker_cleaner_is_built_once_per_settings():
    opts = Options(script="keep")
    assert worker_cleaner(opts) is worker_cleaner(Options(script="keep"))
    assert worker_cleaner(opts).options.script == "keep"
    assert worker_cleaner(Options()) is not worker_cleaner(opts)
