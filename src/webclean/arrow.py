"""The engine-agnostic core: a pyarrow RecordBatch of pages in, a batch of records out.

Every adapter (``webclean batch`` Parquet output, Spark, datatrove) goes
through the two functions here, so a record looks the same wherever it was
made. One output row per input row, always: a page that cannot be cleaned
becomes a row whose ``error_kind`` and ``error`` say why, never a dropped row.

>>> import pyarrow as pa
>>> from webclean.pipeline import Cleaner
>>> def title_stage(doc, opts):
...     doc.set_field("title", doc.raw.splitlines()[0], "first_line")
>>> cleaner = Cleaner(stages=(("title", title_stage),))
>>> batch = pa.RecordBatch.from_pydict({"html": ["标题\\n正文", None]})
>>> out = clean_arrow_batch(batch, cleaner=cleaner)
>>> out.column("title").to_pylist(), out.column("error_kind").to_pylist()
(['标题', None], [None, 'empty'])
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from .corpus.filters import Filters, mark_duplicates, mark_quality
from .schema import (
    EVENT_FIELDS,
    OUTPUT_FIELDS,
    RECORD_COLUMNS,
    RECORD_FIELDS,
    STRUCT_FIELDS,
    error_kind_of,
    error_row,
    record_row,
)

if TYPE_CHECKING:
    from .pipeline import Cleaner, Options

__all__ = ["RECORD_SCHEMA", "RECORD_COLUMNS", "OUTPUT_SCHEMA", "arrow_schema", "clean_arrow_batch", "record_row",
           "error_row", "error_kind_of", "rows_to_batch", "worker_cleaner"]


_SCALAR_TYPES = {"string": pa.string(), "double": pa.float64(), "int64": pa.int64()}


def _arrow_type(name: str, kind: str) -> pa.DataType:
    if kind == "list<event>":
        return pa.list_(pa.struct([(f, _SCALAR_TYPES[t]) for f, t in EVENT_FIELDS[name]]))
    if kind == "struct":
        return pa.struct([(f, _SCALAR_TYPES[t]) for f, t in STRUCT_FIELDS[name]])
    if kind == "list<string>":
        return pa.list_(pa.string())
    return _SCALAR_TYPES[kind]


def arrow_schema(columns: tuple[tuple[str, str], ...]) -> pa.Schema:
    """The Arrow schema of :mod:`webclean.schema` columns (events become lists of structs, ``signals`` a
    struct, ``fingerprint`` an int64)."""
    return pa.schema([(name, _arrow_type(name, kind)) for name, kind in columns])


#: The fixed schema of the record columns every adapter adds (see :mod:`webclean.schema`).
RECORD_SCHEMA = arrow_schema(RECORD_FIELDS)

#: The schema of a ``webclean batch`` Parquet output: the same columns as its JSON lines rows.
OUTPUT_SCHEMA = arrow_schema(OUTPUT_FIELDS)


def rows_to_batch(rows: Iterable[Mapping[str, Any]], schema: pa.Schema = RECORD_SCHEMA) -> pa.RecordBatch:
    """Rows (dicts) to a RecordBatch of ``schema``; missing keys become nulls."""
    rows = list(rows)
    arrays = [pa.array([r.get(f.name) for r in rows], type=f.type) for f in schema]
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def _headers(value: Any) -> Mapping[str, str] | None:
    """Headers cell to a mapping: Arrow map (list of pairs), struct (dict) or JSON text."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    if isinstance(value, list):
        return {str(k): str(v) for k, v in value if v is not None}
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items() if v is not None}
    return None


def _clean_one(cleaner: Cleaner, page: Any, url: Any, headers: Any, page_col: str) -> dict[str, Any]:
    if page is None or (isinstance(page, (str, bytes)) and not page):
        return error_row("empty", f"no page in column {page_col}")
    try:
        rec = cleaner.clean(page, url=url if isinstance(url, str) else None, headers=_headers(headers))
    except Exception as exc:  # noqa: BLE001 - TypeError for a wrong cell type; one row must come out
        return error_row("bad_input", f"{type(exc).__name__}: {exc}"[:500])
    return record_row(rec)


def clean_arrow_batch(batch: pa.RecordBatch, page_col: str = "html", url_col: str | None = None,
                      headers_col: str | None = None, cleaner: Cleaner | None = None, *,
                      filters: Filters | None = None, id_col: str | None = None) -> pa.RecordBatch:
    """Clean every page of ``batch[page_col]``; one row of :data:`RECORD_SCHEMA` per input row.

    ``page_col`` holds str or bytes pages; ``url_col`` optional URLs;
    ``headers_col`` optional HTTP headers (map, struct or JSON text).
    ``filters`` (:class:`~webclean.corpus.Filters`) mark rows and never drop
    one: ``filtered_by`` names the filters a row fails; with
    ``drop_duplicates``, every row of a near-duplicate group in this batch but
    the first gets ``duplicate`` and ``duplicate_of``: the first row's
    ``id_col`` value, or its index in the batch when there is no ``id_col``.

    >>> from webclean.corpus import Filters
    >>> story = ("<h1>菜园开张</h1><p>上周六，东街社区把闲置多年的空地改成了一片菜园，"
    ...          "三十多户居民领到了自己的小菜畦，周末带孩子来浇水。</p>")
    >>> batch = pa.RecordBatch.from_pydict({"html": [story, "<p>Hello, world.</p>", story], "id": ["a", "b", "c"]})
    >>> out = clean_arrow_batch(batch, id_col="id", filters=Filters(min_han_share=0.5, drop_duplicates=True))
    >>> out.column("filtered_by").to_pylist(), out.column("duplicate_of").to_pylist()
    ([[], ['min_han_share'], ['duplicate']], [None, None, 'a'])
    """
    if cleaner is None:
        from .pipeline import Cleaner

        cleaner = Cleaner()
    names = batch.schema.names
    for col in (page_col, url_col, headers_col, id_col):
        if col is not None and col not in names:
            raise KeyError(f"column {col!r} not in batch (columns: {', '.join(names)})")
    if filters is not None and not isinstance(filters, Filters):
        raise TypeError(f"filters must be a webclean.corpus.Filters or None, not {type(filters).__name__}")
    n = batch.num_rows
    pages = batch.column(page_col).to_pylist()
    urls = batch.column(url_col).to_pylist() if url_col else [None] * n
    headers = batch.column(headers_col).to_pylist() if headers_col else [None] * n
    rows = [_clean_one(cleaner, p, u, h, page_col) for p, u, h in zip(pages, urls, headers)]
    if filters is not None:
        for row in rows:
            mark_quality(row, filters)
        if filters.drop_duplicates:
            ids = [str(v) for v in batch.column(id_col).to_pylist()] if id_col else None
            mark_duplicates(rows, filters.duplicate_threshold, ids)
    return rows_to_batch(rows)


@lru_cache(maxsize=8)
def worker_cleaner(options: Options, stages: tuple[Any, ...] | None = None) -> Cleaner:
    """One Cleaner per worker process and settings (engines call this once per batch).

    >>> from webclean.pipeline import Options
    >>> worker_cleaner(Options()) is worker_cleaner(Options())
    True
    """
    from dataclasses import asdict as _asdict

    from .pipeline import Cleaner

    return Cleaner(stages=stages, **_asdict(options))
