"""Record.signals and Record.fingerprint reach every output: JSON rows, the Arrow batch (Parquet's schema),
datatrove's metadata and Scrapy items (Spark: tests/test_spark.py)."""
from __future__ import annotations

import json
from dataclasses import fields

import pytest

import webclean
from webclean.record import Signals
from webclean.schema import RECORD_COLUMNS, STRUCT_FIELDS, error_row, record_row

STORY = ("<html><head><title>社区菜园开张了</title></head><body><div class='nav'>首页 | 新闻</div>"
         "<h1>社区菜园开张了</h1><p>上周六，东街社区把闲置多年的空地改成了一片菜园，三十多户居民领到了自己的小菜畦。</p>"
         "<p>居民李阿姨说，她打算种些青菜和番茄，周末带孙子来浇水，让孩子知道菜是怎么长出来的。</p></body></html>")


def test_the_schema_has_the_corpus_columns_before_the_error_columns():
    assert RECORD_COLUMNS[-6:] == ("signals", "fingerprint", "filtered_by", "duplicate_of", "error_kind", "error")
    assert [name for name, _ in STRUCT_FIELDS["signals"]] == [f.name for f in fields(Signals)]
    types = dict(STRUCT_FIELDS["signals"])
    assert types["chars"] == "int64" and types["han_share"] == "double"


def test_a_json_row_carries_the_signals_as_an_object_and_the_fingerprint_as_an_integer():
    rec = webclean.clean(STORY)
    row = json.loads(json.dumps(record_row(rec), ensure_ascii=False))
    assert row["signals"] == {f.name: getattr(rec.signals, f.name) for f in fields(Signals)}
    assert row["fingerprint"] == rec.fingerprint and -(1 << 63) <= row["fingerprint"] < 1 << 63
    assert (row["filtered_by"], row["duplicate_of"]) == ([], None)


def test_an_error_row_has_the_corpus_columns_empty():
    row = error_row("empty", "no page")
    assert (row["signals"], row["fingerprint"], row["filtered_by"], row["duplicate_of"]) == (None, None, [], None)


def test_the_arrow_batch_carries_a_signals_struct_and_an_int64_fingerprint():
    pa = pytest.importorskip("pyarrow")
    from webclean.arrow import RECORD_SCHEMA, clean_arrow_batch

    assert pa.types.is_struct(RECORD_SCHEMA.field("signals").type)
    assert RECORD_SCHEMA.field("fingerprint").type == pa.int64()
    assert RECORD_SCHEMA.field("filtered_by").type == pa.list_(pa.string())
    out = clean_arrow_batch(pa.RecordBatch.from_pydict({"html": [STORY, None]}))
    rows = out.to_pylist()
    rec = webclean.clean(STORY)
    assert rows[0]["signals"] == record_row(rec)["signals"] and rows[0]["fingerprint"] == rec.fingerprint
    assert rows[1]["signals"] is None and rows[1]["fingerprint"] is None and rows[1]["error_kind"] == "empty"


def test_datatrove_metadata_carries_the_signals_and_the_fingerprint():
    pytest.importorskip("datatrove")
    from webclean.integrations.datatrove import record_metadata

    meta = record_metadata(record_row(webclean.clean(STORY)))
    assert meta["signals"]["han_share"] > 0.5 and isinstance(meta["fingerprint"], int)


def test_scrapy_items_carry_the_signals_and_the_fingerprint():
    pytest.importorskip("scrapy")
    from webclean.integrations.scrapy import ITEM_FIELDS, WebcleanPipeline

    assert {"signals", "fingerprint", "filtered_by", "duplicate_of"} <= set(ITEM_FIELDS)
    item = WebcleanPipeline().process_item({"html": STORY.encode("utf-8"), "url": "http://a.example.cn/1"})
    assert item["signals"]["chars"] > 40 and isinstance(item["fingerprint"], int)


# --- the filters in the adapters: every row comes out, marked -------------------------------------------------

GARDEN = ("<h1>社区菜园开张了</h1>"
          "<p>上周六，东街社区把闲置多年的空地改成了一片菜园，三十多户居民领到了自己的小菜畦。</p>"
          "<p>居民李阿姨说，她打算种些青菜和番茄，周末带孙子来浇水，让孩子知道菜是怎么长出来的。</p>")
BOOKS = ("<h1>旧书市集周末回归</h1><p>停办两年的河畔旧书市集将在本周末回到滨江步道，摊主们已经开始整理自家的藏书。</p>"
         "<p>组织者表示，这次市集新增了以书换书的角落，读者带一本旧书就能换走另一本。</p>")
ENGLISH = "<h1>Garden</h1><p>A community garden opened last Saturday; thirty households got a plot each.</p>"
NAV = "<div class='nav'><a href='/'>首页</a> | <a href='/n'>新闻</a> | <a href='/s'>社区</a></div>"
PAGES = [GARDEN, ENGLISH, NAV + GARDEN, BOOKS, GARDEN + "<div>版权所有 示例网</div>"]
EXPECTED_MARKS = [[], ["min_han_share"], ["duplicate"], [], ["duplicate"]]


def test_the_arrow_batch_marks_rows_and_keeps_every_one():
    pa = pytest.importorskip("pyarrow")
    from webclean.arrow import clean_arrow_batch
    from webclean.corpus import Filters

    batch = pa.RecordBatch.from_pydict({"html": PAGES})
    out = clean_arrow_batch(batch, filters=Filters(min_han_share=0.5, drop_duplicates=True))
    assert out.num_rows == len(PAGES)
    assert out.column("filtered_by").to_pylist() == EXPECTED_MARKS
    assert out.column("duplicate_of").to_pylist() == [None, None, "0", None, "0"]      # no id column: index
    with pytest.raises(TypeError, match="filters must be"):
        clean_arrow_batch(batch, filters={"min_han_share": 0.5})


def test_datatrove_marks_documents_and_passes_every_one_on():
    pytest.importorskip("datatrove")
    from datatrove.data import Document

    from webclean.corpus import Filters
    from webclean.integrations.datatrove import WebcleanExtractor

    step = WebcleanExtractor(filters=Filters(min_han_share=0.5, drop_duplicates=True))
    docs = [Document(text=page, id=f"doc{i}") for i, page in enumerate(PAGES)]
    out = list(step.run(iter(docs)))
    assert [d.id for d in out] == [f"doc{i}" for i in range(len(PAGES))]
    assert [d.metadata.get("filtered_by", []) for d in out] == EXPECTED_MARKS
    assert [d.metadata.get("duplicate_of") for d in out] == [None, None, "doc0", None, "doc0"]
    stats = step.stats.to_dict()["stats"]
    assert (stats["filtered_duplicate"], stats["filtered_min_han_share"]) == (2, 1)


def test_scrapy_marks_items_from_its_settings():
    pytest.importorskip("scrapy")
    from scrapy.utils.test import get_crawler

    from webclean.integrations.scrapy import WebcleanPipeline

    crawler = get_crawler(settings_dict={"WEBCLEAN_MIN_HAN_SHARE": 0.5, "WEBCLEAN_DROP_DUPLICATES": True})
    pipe = WebcleanPipeline.from_crawler(crawler)
    items = [pipe.process_item({"html": page.encode("utf-8"), "url": f"http://a.example.cn/{i}"})
             for i, page in enumerate(PAGES)]
    assert len(items) == len(PAGES) and [item["filtered_by"] for item in items] == EXPECTED_MARKS
    assert items[2]["duplicate_of"] == items[4]["duplicate_of"] == "http://a.example.cn/0"
    unfiltered = WebcleanPipeline.from_crawler(get_crawler(settings_dict={}))
    assert unfiltered.filters is None
    assert unfiltered.process_item({"html": ENGLISH, "url": None})["filtered_by"] == []
