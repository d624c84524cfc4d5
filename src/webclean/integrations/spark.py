"""Apache Spark: clean a DataFrame of pages into the same DataFrame plus the record columns.

::

    from webclean.integrations.spark import clean_dataframe
    pages = spark.read.parquet("s3://bucket/pages/")            # columns: url, html, ...
    records = clean_dataframe(pages, page_col="html", url_col="url")
    records.write.parquet("s3://bucket/records/")

Rows travel as Arrow batches through ``mapInArrow`` into
:func:`webclean.arrow.clean_arrow_batch`; each Python worker builds its
Cleaner once (:func:`webclean.arrow.worker_cleaner`) and reuses it for every
batch. Every input row comes out once, with ``error_kind``/``error`` set when
its page could not be cleaned. Needs ``pip install '.[spark]'``.

``filters=Filters(min_han_share=..., max_spam_share=..., drop_duplicates=True)``
marks rows (``filtered_by``) and never drops one. The quality filters run in
the workers; near-duplicates are looked for across the whole DataFrame: the
cleaned rows are persisted, each fingerprint is cut into bands, rows sharing
a band are joined and compared (``bit_count(a ^ b)``), the pairs within the
threshold are collected and joined into groups on the driver, and every row
of a group but the first (in the DataFrame's order) gets ``duplicate`` and
``duplicate_of``: the first row's ``id_col``, else its ``url_col``, else its
row number.

Spark runs the cleaning in its own Python worker processes, started with
``PYSPARK_PYTHON`` (or ``spark.pyspark.python``), not with the driver's
Python: they must find webclean too. ``clean_dataframe`` checks that with a
one-task job before it returns and raises :class:`WorkersCannotImportWebclean`
naming the interpreter the workers run, instead of the ``ModuleNotFoundError``
buried in a Java stack trace at the first action.
"""
from __future__ import annotations

import pickle
from collections.abc import Iterator
from dataclasses import asdict
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..arrow import RECORD_COLUMNS, RECORD_SCHEMA, clean_arrow_batch, worker_cleaner
from ..corpus.dedup import band_masks, check_threshold, connected_groups
from ..corpus.filters import DUPLICATE, Filters

if TYPE_CHECKING:
    from ..pipeline import Cleaner

__all__ = ["clean_dataframe", "record_struct_fields", "spark_type", "check_spark_workers", "clean_partition_batches",
           "mark_dataframe_duplicates", "WorkersCannotImportWebclean", "WORKERS_CANNOT_IMPORT"]


def spark_type(arrow_type: Any) -> Any:
    """The Spark SQL type of an Arrow type of the record schema (strings, doubles, lists, structs)."""
    import pyarrow as pa
    from pyspark.sql import types as T

    if pa.types.is_list(arrow_type):
        return T.ArrayType(spark_type(arrow_type.value_type))
    if pa.types.is_struct(arrow_type):
        return T.StructType([T.StructField(f.name, spark_type(f.type), True) for f in arrow_type])
    if pa.types.is_floating(arrow_type):
        return T.DoubleType()
    if pa.types.is_integer(arrow_type):
        return T.LongType()
    return T.StringType()


def record_struct_fields() -> list[Any]:
    """The Spark ``StructField`` list matching :data:`webclean.arrow.RECORD_SCHEMA`."""
    from pyspark.sql.types import StructField

    return [StructField(f.name, spark_type(f.type), True) for f in RECORD_SCHEMA]


class WorkersCannotImportWebclean(RuntimeError):
    """Spark's Python workers run an interpreter that cannot import webclean."""


#: What a user is told when Spark's Python workers cannot import webclean (filled in on the worker).
WORKERS_CANNOT_IMPORT = (
    "Spark's Python workers cannot import webclean ({error}; they run {executable}): point them at the "
    "environment that has it, PYSPARK_PYTHON=/path/to/.venv/bin/python (or --conf spark.pyspark.python=...) "
    "before the session starts, or ship that environment to the executors (spark-submit --archives "
    "env.tar.gz#env --conf spark.pyspark.python=./env/bin/python); see the README's Spark section")


def _import_probe(message: str) -> Any:
    """A function for one Spark task: None when its worker imports webclean, else ``message`` filled in.

    It is shipped by value and touches nothing of webclean until it imports it, so it runs where
    webclean is missing.
    """

    def probe(_: Any) -> str | None:
        import sys

        try:
            import webclean.integrations.spark  # noqa: F401
        except ImportError as exc:
            return message.format(error=f"{type(exc).__name__}: {exc}", executable=sys.executable)
        return None

    return probe


def check_spark_workers(spark_context: Any) -> None:
    """Raise :class:`WorkersCannotImportWebclean` unless Spark's Python workers can import webclean."""
    problem = spark_context.parallelize([0], 1).map(_import_probe(WORKERS_CANNOT_IMPORT)).first()
    if problem:
        started_as = getattr(spark_context, "pythonExec", None)
        raise WorkersCannotImportWebclean(problem + (f" (Spark starts them as {started_as!r})" if started_as else ""))


def _partition_cleaner(settings: dict[str, Any], stages: bytes | None, page_col: str, url_col: str | None,
                       headers_col: str | None, quality: dict[str, Any]) -> Any:
    """The function ``mapInArrow`` runs on each partition: input columns kept, record columns added.

    It is shipped by value with plain data only (the settings as a dict, custom stages pickled to bytes):
    on a worker that cannot import webclean it raises the clear message, not an unpickling error.
    """
    message = WORKERS_CANNOT_IMPORT

    def clean_partition(batches: Iterator[Any]) -> Iterator[Any]:
        import sys

        try:
            from webclean.integrations import spark as webclean_spark
        except ImportError as exc:
            raise RuntimeError(message.format(error=f"{type(exc).__name__}: {exc}", executable=sys.executable)
                               ) from None
        yield from webclean_spark.clean_partition_batches(batches, settings, stages, page_col, url_col,
                                                          headers_col, quality)

    return clean_partition


@lru_cache(maxsize=8)
def _stages_from(blob: bytes | None) -> Any:
    return None if blob is None else pickle.loads(blob)


def clean_partition_batches(batches: Iterator[Any], settings: dict[str, Any], stages: bytes | None,
                            page_col: str, url_col: str | None, headers_col: str | None,
                            quality: dict[str, Any] | None = None) -> Iterator[Any]:
    """Clean one partition's Arrow batches (runs in Spark's Python workers); ``quality`` are the quality
    filters' settings (``Filters.settings()`` without the duplicates, which the driver marks)."""
    import pyarrow as pa

    from ..options import Options

    cleaner = worker_cleaner(Options(**settings), _stages_from(stages))
    filters = Filters(**quality) if quality else None
    for batch in batches:
        records = clean_arrow_batch(batch, page_col=page_col, url_col=url_col, headers_col=headers_col,
                                    cleaner=cleaner, filters=filters)
        yield pa.RecordBatch.from_arrays(batch.columns + records.columns,
                                         names=batch.schema.names + records.schema.names)


def clean_dataframe(df: Any, page_col: str = "html", url_col: str | None = None, *,
                    headers_col: str | None = None, cleaner: Cleaner | None = None,
                    check_workers: bool = True, filters: Filters | None = None, id_col: str | None = None) -> Any:
    """``df`` with every column kept plus the record columns of :data:`~webclean.arrow.RECORD_SCHEMA`.

    ``page_col`` is a string or binary column of pages; ``url_col`` and
    ``headers_col`` (a map<string,string> or JSON text) are optional.
    A column of ``df`` named like a record column is an error (rename it first).
    With ``check_workers`` (the default) a one-task job first makes sure
    Spark's Python workers can import webclean (see the module docstring).
    ``filters`` mark rows (see the module docstring); ``id_col`` names the
    column whose value ``duplicate_of`` gives.
    """
    from pyspark.sql.types import StructType

    clash = sorted(set(df.columns) & set(RECORD_COLUMNS))
    if clash:
        raise ValueError(f"DataFrame already has record column(s) {', '.join(clash)}; rename them first")
    for col in (page_col, url_col, headers_col, id_col):
        if col is not None and col not in df.columns:
            raise ValueError(f"no column {col!r} in DataFrame (columns: {', '.join(df.columns)})")
    if filters is not None and not isinstance(filters, Filters):
        raise TypeError(f"filters must be a webclean.corpus.Filters or None, not {type(filters).__name__}")
    from ..pipeline import STAGES, Cleaner

    cleaner = cleaner or Cleaner()
    if check_workers:
        context = _spark_context(df)
        if context is not None:
            check_spark_workers(context)
    # Ship the settings and stages as plain data: each worker rebuilds (and caches) its own Cleaner.
    stages = None if cleaner.stages is STAGES else _pickle_stages(cleaner.stages)
    schema = StructType(list(df.schema.fields) + record_struct_fields())
    quality = {k: v for k, v in (filters.settings() if filters else {}).items()
               if k not in ("drop_duplicates", "duplicate_threshold")}
    fn = _partition_cleaner(asdict(cleaner.options), stages, page_col, url_col, headers_col, quality)
    records = df.mapInArrow(fn, schema)
    if filters is not None and filters.drop_duplicates:
        records = mark_dataframe_duplicates(records, filters.duplicate_threshold, id_col or url_col)
    return records


# The helper columns the duplicate pass adds and drops again.
_ROW, _KEPT = "__webclean_row", "__webclean_kept"


def mark_dataframe_duplicates(records: Any, threshold: int, key_col: str | None = None) -> Any:
    """``records`` (a DataFrame with the record columns) with every row of a near-duplicate group but the
    first marked ``duplicate``, ``duplicate_of`` the first row's ``key_col`` value (its row number without
    one). The rows are persisted (cleaning runs once; ``spark.catalog.clearCache()`` frees them when the
    result is written); only the pairs within ``threshold`` bits come to the driver, which joins them into
    groups; the marks go back as a broadcast join. The row count is unchanged.
    """
    from pyspark.sql import functions as F

    check_threshold(threshold)
    columns = records.columns
    numbered = records.withColumn(_ROW, F.monotonically_increasing_id()).persist()
    key = F.col(key_col).cast("string") if key_col else F.col(_ROW).cast("string")
    bands = F.array(*(F.struct(F.lit(i).alias("band"), F.shiftright("fingerprint", shift).bitwiseAND(mask)
                               .alias("value")) for i, (shift, mask) in enumerate(band_masks(threshold))))
    banded = (numbered.where(F.col("fingerprint").isNotNull())
              .select(F.col(_ROW).alias("row"), "fingerprint", key.alias("key"), F.explode(bands).alias("b"))
              .select("row", "fingerprint", "key", "b.band", "b.value"))
    a, b = banded.alias("a"), banded.alias("b")
    pairs = (a.join(b, (F.col("a.band") == F.col("b.band")) & (F.col("a.value") == F.col("b.value"))
                    & (F.col("a.row") < F.col("b.row")))
             .where(F.bit_count(F.col("a.fingerprint").bitwiseXOR(F.col("b.fingerprint"))) <= threshold)
             .select(F.col("a.row").alias("first"), F.col("a.key").alias("first_key"),
                     F.col("b.row").alias("second"), F.col("b.key").alias("second_key"))
             .distinct().collect())
    kept = _kept_rows(pairs)
    if not kept:
        return numbered.select(*columns)
    marks = records.sparkSession.createDataFrame(list(kept.items()), f"{_ROW} long, {_KEPT} string")
    marked = numbered.join(F.broadcast(marks), on=_ROW, how="left")
    duplicate = F.col(_KEPT).isNotNull()
    marked = (marked.withColumn("filtered_by", F.when(duplicate, F.concat(
                  F.coalesce("filtered_by", F.array().cast("array<string>")), F.array(F.lit(DUPLICATE))))
                  .otherwise(F.col("filtered_by")))
              .withColumn("duplicate_of", F.when(duplicate, F.col(_KEPT)).otherwise(F.col("duplicate_of"))))
    return marked.select(*columns)


def _kept_rows(pairs: list[Any]) -> dict[int, str]:
    """Each duplicate row number -> the key of the first row of its group, from the pairs within the
    threshold (the groups are the connected components, their first row the smallest row number)."""
    keys: dict[int, str] = {}
    for first, first_key, second, second_key in pairs:
        keys[first], keys[second] = first_key, second_key
    rows = sorted(keys)
    index_of = {row: i for i, row in enumerate(rows)}
    groups = connected_groups(len(rows), ((index_of[first], index_of[second]) for first, _, second, _ in pairs))
    return {rows[member]: keys[rows[group[0]]] for group in groups for member in group[1:]}


def _spark_context(df: Any) -> Any:
    try:
        return df.sparkSession.sparkContext
    except Exception:  # noqa: BLE001 - Spark Connect has no SparkContext; the workers' own message still comes
        return None


def _pickle_stages(stages: Any) -> bytes:
    # cloudpickle (which PySpark ships) takes a stage defined in a notebook or a closure by value.
    from pyspark import cloudpickle

    return cloudpickle.dumps(stages)
