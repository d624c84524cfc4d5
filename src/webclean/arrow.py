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
from dataclasses import asdict
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Mapping

import pyarrow as pa

from .record import Record

if TYPE_CHECKING:
    from .pipeline import Cleaner, Options

__all__ = ["RECORD_SCHEMA", "RECORD_COLUMNS", "clean_arrow_batch", "record_row", "error_row",
           "error_kind_of", "rows_to_batch", "worker_cleaner"]

_LIST = pa.list_(pa.string())

#: The fixed schema of the record columns every adapter adds.
RECORD_SCHEMA = pa.schema([
    ("title", pa.string()), ("column", pa.string()), ("author", pa.string()), ("editor", pa.string()),
    ("source", pa.string()), ("published", pa.string()), ("breadcrumb", _LIST), ("body", pa.string()),
    ("paragraphs", _LIST), ("script", pa.string()), ("encoding", pa.string()), ("spam_score", pa.float64()),
    ("flags", _LIST), ("page_kind", pa.string()), ("warnings", _LIST), ("repairs_json", pa.string()),
    ("removed_json", pa.string()), ("error_kind", pa.string()), ("error", pa.string()),
])
RECORD_COLUMNS: tuple[str, ...] = tuple(RECORD_SCHEMA.names)

_PLAIN = ("title", "column", "author", "editor", "source", "script", "encoding", "page_kind", "error")
_LISTS = ("breadcrumb", "paragraphs", "flags", "warnings")


def error_kind_of(error: str | None) -> str | None:
    """The family of a record's error: the word before the first colon.

    >>> error_kind_of("timeout: time budget exceeded in strip")
    'timeout'
    >>> error_kind_of(None) is None
    True
    """
    if not error:
        return None
    head = error.split(":", 1)[0].strip()
    # A message without a "kind:" prefix (or with a long one) is still an error; call it internal.
    return head if head and len(head) <= 32 and " " not in head else "internal"


def record_row(rec: Record) -> dict[str, Any]:
    """One record as a dict of the :data:`RECORD_SCHEMA` columns.

    >>> row = record_row(Record(title="标题", paragraphs=("一。", "二。")))
    >>> row["body"], row["paragraphs"], row["error_kind"]
    ('一。\\n二。', ['一。', '二。'], None)
    """
    row: dict[str, Any] = {name: getattr(rec, name) for name in _PLAIN}
    row.update({name: list(getattr(rec, name)) for name in _LISTS})
    row["published"] = rec.to_dict()["published"] if rec.published is not None else None
    row["body"] = rec.body
    row["spam_score"] = float(rec.spam_score)
    row["repairs_json"] = json.dumps([asdict(r) for r in rec.repairs], ensure_ascii=False)
    row["removed_json"] = json.dumps([asdict(r) for r in rec.removed], ensure_ascii=False)
    row["error_kind"] = error_kind_of(rec.error)
    return row


def error_row(kind: str, message: str) -> dict[str, Any]:
    """A row for a page that produced no record (unreadable, empty, worker died...).

    >>> error_row("empty", "no page in column html")["error_kind"]
    'empty'
    """
    row: dict[str, Any] = dict.fromkeys(RECORD_COLUMNS)
    row.update({name: [] for name in _LISTS})
    row["error_kind"], row["error"] = kind, message
    return row


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
                      headers_col: str | None = None, cleaner: Cleaner | None = None) -> pa.RecordBatch:
    """Clean every page of ``batch[page_col]``; one row of :data:`RECORD_SCHEMA` per input row.

    ``page_col`` holds str or bytes pages; ``url_col`` optional URLs;
    ``headers_col`` optional HTTP headers (map, struct or JSON text).
    """
    if cleaner is None:
        from .pipeline import Cleaner

        cleaner = Cleaner()
    names = batch.schema.names
    for col in (page_col, url_col, headers_col):
        if col is not None and col not in names:
            raise KeyError(f"column {col!r} not in batch (columns: {', '.join(names)})")
    n = batch.num_rows
    pages = batch.column(page_col).to_pylist()
    urls = batch.column(url_col).to_pylist() if url_col else [None] * n
    headers = batch.column(headers_col).to_pylist() if headers_col else [None] * n
    return rows_to_batch(_clean_one(cleaner, p, u, h, page_col) for p, u, h in zip(pages, urls, headers))


@lru_cache(maxsize=8)
def worker_cleaner(options: Options, stages: tuple[Any, ...] | None = None) -> Cleaner:
    """One Cleaner per worker process and settings (engines call this once per batch).

    >>> from webclean.pipeline import Options
    >>> worker_cleaner(Options()) is worker_cleaner(Options())
    True
    """
    from dataclasses import asdict as _asdict

    from .pipeline import Cleaner

    return Cleaner(stages, **_asdict(options))
