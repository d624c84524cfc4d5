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
its page could not be cleaned. Needs ``pip install 'webclean[spark]'``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

from ..arrow import RECORD_COLUMNS, RECORD_SCHEMA, clean_arrow_batch, worker_cleaner

if TYPE_CHECKING:
    from ..pipeline import Cleaner

__all__ = ["clean_dataframe", "record_struct_fields", "spark_type"]


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


def _partition_cleaner(options: Any, stages: Any, page_col: str, url_col: str | None,
                       headers_col: str | None) -> Any:
    """The function ``mapInArrow`` runs on each partition: input columns kept, record columns added."""
    import pyarrow as pa

    def clean_partition(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        cleaner = worker_cleaner(options, stages)
        for batch in batches:
            records = clean_arrow_batch(batch, page_col=page_col, url_col=url_col, headers_col=headers_col,
                                        cleaner=cleaner)
            yield pa.RecordBatch.from_arrays(batch.columns + records.columns,
                                             names=batch.schema.names + records.schema.names)

    return clean_partition


def clean_dataframe(df: Any, page_col: str = "html", url_col: str | None = None, *,
                    headers_col: str | None = None, cleaner: Cleaner | None = None) -> Any:
    """``df`` with every column kept plus the record columns of :data:`~webclean.arrow.RECORD_SCHEMA`.

    ``page_col`` is a string or binary column of pages; ``url_col`` and
    ``headers_col`` (a map<string,string> or JSON text) are optional.
    A column of ``df`` named like a record column is an error (rename it first).
    """
    from pyspark.sql.types import StructType

    clash = sorted(set(df.columns) & set(RECORD_COLUMNS))
    if clash:
        raise ValueError(f"DataFrame already has record column(s) {', '.join(clash)}; rename them first")
    for col in (page_col, url_col, headers_col):
        if col is not None and col not in df.columns:
            raise ValueError(f"no column {col!r} in DataFrame (columns: {', '.join(df.columns)})")
    from ..pipeline import Cleaner

    cleaner = cleaner or Cleaner()
    # Ship the settings, not a Cleaner: each worker rebuilds (and caches) its own.
    stages = None if cleaner.stages is _default_stages() else cleaner.stages
    schema = StructType(list(df.schema.fields) + record_struct_fields())
    fn = _partition_cleaner(cleaner.options, stages, page_col, url_col, headers_col)
    return df.mapInArrow(fn, schema)


def _default_stages() -> Any:
    from ..pipeline import STAGES

    return STAGES
