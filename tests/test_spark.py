"""Spark adapter on a real local SparkSession (local[2]); skips when pyspark or Java is absent."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")
pytestmark = [pytest.mark.skipif(shutil.which("java") is None and not os.environ.get("JAVA_HOME"),
                                 reason="Spark needs a Java runtime"),
              pytest.mark.slow]   # a Spark session takes half a minute to start

from webclean.arrow import RECORD_COLUMNS  # noqa: E402
from webclean.pipeline import Cleaner  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    saved = dict(os.environ)
    # Spark's Python workers are fresh interpreters: they must find this checkout and this venv.
    src = str(ROOT / "src")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    session = (SparkSession.builder.master("local[2]").appName("webclean-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
               .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
               .getOrCreate())
    yield session
    session.stop()
    os.environ.clear()
    os.environ.update(saved)


def _cleaner() -> Cleaner:
    def title_stage(doc, opts):  # a local function: cloudpickle ships it by value to the workers
        text = doc.raw if isinstance(doc.raw, str) else doc.raw.decode("utf-8")
        if "POISON" in text:
            raise RuntimeError("poisoned page")
        lines = [line for line in text.splitlines() if line.strip()]
        doc.set_field("title", lines[0], "first_line")
        doc.paragraphs = lines[1:]
        if doc.url:
            doc.set_field("source", doc.url.split("/")[2], "url_host")

    return Cleaner(stages=(("title", title_stage),))


def test_clean_dataframe_keeps_columns_and_adds_one_record_per_row(spark):
    from webclean.integrations.spark import clean_dataframe

    rows = [(f"d{i}", "zh", f"第{i}号标题\n第{i}篇正文第一段。\n第二段。" if i != 3 else "POISON",
             f"http://news{i}.example.cn/a.html") for i in range(6)]
    rows.append(("d6", "zh", None, None))
    df = spark.createDataFrame(rows, "doc_id string, lang string, html string, url string")
    out = clean_dataframe(df, page_col="html", url_col="url", cleaner=_cleaner())
    assert out.columns == ["doc_id", "lang", "html", "url", *RECORD_COLUMNS]
    got = {r["doc_id"]: r for r in out.collect()}
    assert len(got) == 7
    assert got["d2"]["title"] == "第2号标题" and got["d2"]["paragraphs"] == ["第2篇正文第一段。", "第二段。"]
    assert got["d2"]["source"] == "news2.example.cn" and got["d2"]["lang"] == "zh"
    assert got["d3"]["error_kind"] == "internal" and "poisoned page" in got["d3"]["error"]
    assert got["d6"]["error_kind"] == "empty"
    assert got["d2"]["repairs"] == [] and got["d2"]["published_precision"] is None
    (title_evidence,) = [e for e in got["d2"]["evidence"] if e["field"] == "title"]   # nested data as structs
    assert title_evidence["rule"] == "first_line" and title_evidence["value"] == "第2号标题"


def test_clean_dataframe_refuses_a_clashing_column(spark):
    from webclean.integrations.spark import clean_dataframe

    df = spark.createDataFrame([("<p>x</p>", "t")], "html string, title string")
    with pytest.raises(ValueError, match="title"):
        clean_dataframe(df)


NO_WEBCLEAN = """
import runpy, sys


class NoWebclean:
    '''An executor's Python without webclean: every import of it fails, as it would there.'''

    def find_spec(self, name, path=None, target=None):
        if name == "webclean" or name.startswith("webclean."):
            raise ModuleNotFoundError(f"No module named {name!r}")
        return None


sys.meta_path.insert(0, NoWebclean())
args = sys.argv[1:]
assert args[0] == "-m", args
sys.argv = args[1:]
runpy.run_module(args[1], run_name="__main__", alter_sys=True)
"""


def test_clean_dataframe_says_when_spark_workers_cannot_import_webclean(spark, tmp_path):
    """The workers run PYSPARK_PYTHON, not the driver's Python: say so, instead of a ModuleNotFoundError
    deep in a Java stack trace at the first action."""
    from webclean.integrations.spark import WorkersCannotImportWebclean, clean_dataframe

    blocker = tmp_path / "no_webclean.py"
    blocker.write_text(NO_WEBCLEAN, encoding="utf-8")
    python = tmp_path / "python-without-webclean"
    python.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{blocker}" "$@"\n', encoding="utf-8")
    python.chmod(0o755)
    df = spark.createDataFrame([("<p>正文。</p>",)], "html string")
    context = spark.sparkContext
    saved = context.pythonExec
    context.pythonExec = str(python)           # what the workers would run with PYSPARK_PYTHON pointing there
    try:
        with pytest.raises(WorkersCannotImportWebclean) as caught:
            clean_dataframe(df, cleaner=_cleaner())
        message = str(caught.value)
        assert "PYSPARK_PYTHON" in message and str(python) in message and "No module named" in message
        # without the check, the first action fails with the same sentence from the worker
        lazy = clean_dataframe(df, cleaner=_cleaner(), check_workers=False)
        with pytest.raises(Exception, match="cannot import webclean"):
            lazy.collect()
    finally:
        context.pythonExec = saved
    assert clean_dataframe(df, cleaner=_cleaner()).collect()[0]["error"] is None   # the right Python works


GARDEN = ("<h1>社区菜园开张了</h1>"
          "<p>上周六，东街社区把闲置多年的空地改成了一片菜园，三十多户居民领到了自己的小菜畦。</p>"
          "<p>居民李阿姨说，她打算种些青菜和番茄，周末带孙子来浇水，让孩子知道菜是怎么长出来的。</p>")
BOOKS = ("<h1>旧书市集周末回归</h1><p>停办两年的河畔旧书市集将在本周末回到滨江步道，摊主们已经开始整理自家的藏书。</p>"
         "<p>组织者表示，这次市集新增了以书换书的角落，读者带一本旧书就能换走另一本。</p>")


def _corpus_pages() -> list[tuple[str, str]]:
    nav = "<div class='nav'><a href='/'>首页</a> | <a href='/n'>新闻</a> | <a href='/s'>社区</a></div>"
    spam = "<div>澳门威尼斯人娱乐场官网,金沙娱乐,www.88cp8.com,时时彩,百家乐</div>"
    english = "<h1>Garden</h1><p>A community garden opened last Saturday; thirty households got a plot each.</p>"
    return [("d0", GARDEN), ("d1", BOOKS), ("d2", nav + GARDEN), ("d3", english), ("d4", spam + GARDEN),
            ("d5", BOOKS + "<div>版权所有 示例网</div>")]


def test_the_record_columns_carry_the_signals_struct_and_the_fingerprint(spark):
    from pyspark.sql import types as T

    import webclean
    from webclean.integrations.spark import clean_dataframe
    from webclean.schema import record_row

    df = spark.createDataFrame(_corpus_pages()[:2], "doc_id string, html string")
    out = clean_dataframe(df)
    assert isinstance(out.schema["signals"].dataType, T.StructType)
    assert isinstance(out.schema["fingerprint"].dataType, T.LongType)
    got = {r["doc_id"]: r for r in out.collect()}
    rec = webclean.clean(GARDEN)
    assert got["d0"]["fingerprint"] == rec.fingerprint
    assert got["d0"]["signals"].asDict() == record_row(rec)["signals"]


def test_clean_dataframe_filters_mark_rows_and_keep_every_row(spark):
    from webclean.corpus import Filters
    from webclean.integrations.spark import clean_dataframe

    df = spark.createDataFrame(_corpus_pages(), "doc_id string, html string").coalesce(2)
    filters = Filters(min_han_share=0.5, drop_duplicates=True)
    out = clean_dataframe(df, filters=filters, id_col="doc_id")
    assert out.count() == 6 and out.columns[:2] == ["doc_id", "html"]
    got = {r["doc_id"]: (r["filtered_by"], r["duplicate_of"]) for r in out.collect()}
    assert got == {"d0": ([], None), "d1": ([], None), "d2": (["duplicate"], "d0"), "d3": (["min_han_share"], None),
                   "d4": (["duplicate"], "d0"), "d5": (["duplicate"], "d1")}
    plain = {r["doc_id"]: r["filtered_by"] for r in clean_dataframe(df).collect()}
    assert all(marks == [] for marks in plain.values())
