"""Parquet: pages from a column, read in row batches; records written from the journal.

Reading goes through ``ParquetFile.iter_batches`` with only the needed
columns, so memory is bounded by one batch. Writing converts the finished
JSONL journal batch by batch (Parquet cannot be appended to after a crash,
which is why the journal exists).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..arrow import OUTPUT_SCHEMA, rows_to_batch
from ..schema import OUTPUT_COLUMNS, OUTPUT_FIELDS, error_kind_of
from .rows import PageRow, ReadOptions

__all__ = ["read_parquet", "write_parquet", "OUTPUT_SCHEMA", "arrow_row"]

_LISTS = tuple(name for name, kind in OUTPUT_FIELDS if kind.startswith("list"))


def read_parquet(path: str, start: int, opts: ReadOptions) -> Iterator[PageRow]:
    """One row per Parquet row; the page is ``opts.html_field`` (str or binary)."""
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    names = set(pf.schema_arrow.names)
    if opts.html_field not in names:
        yield PageRow(start, f"{path}@schema", path, error_kind="bad_input",
                      error=f"no column {opts.html_field!r} (columns: {', '.join(sorted(names))})")
        return
    wanted = [c for c in (opts.html_field, opts.url_field, opts.id_field) if c and c in names]
    position = start
    for batch in pf.iter_batches(batch_size=opts.batch_rows, columns=list(dict.fromkeys(wanted))):
        cols = {name: batch.column(name).to_pylist() for name in batch.schema.names}
        for i in range(batch.num_rows):
            rid = cols[opts.id_field][i] if opts.id_field in cols else None
            rid = str(rid) if rid is not None else f"{path}:{position - start}"
            url = cols[opts.url_field][i] if opts.url_field in cols else None
            page = cols[opts.html_field][i]
            if not page:
                yield PageRow(position, rid, path, url=url, error_kind="empty",
                              error=f"no page in column {opts.html_field!r}")
            else:
                yield PageRow(position, rid, path, page=page, url=url)
            position += 1


def arrow_row(row: dict[str, Any]) -> dict[str, Any]:
    """A batch output row as written to the journal, with every output column (missing lists empty).

    >>> arrow_row({"id": "a", "position": 0, "title": "标", "paragraphs": ["一"], "error": "timeout: x"})["error_kind"]
    'timeout'
    """
    out = {name: row.get(name) for name in OUTPUT_COLUMNS}
    if out["error_kind"] is None:
        out["error_kind"] = error_kind_of(row.get("error"))
    for name in _LISTS:
        out[name] = out[name] or []
    if out["body"] is None and row.get("paragraphs"):
        out["body"] = "\n".join(row["paragraphs"])
    return out


def write_parquet(rows: Iterable[dict[str, Any]], path: str, batch_rows: int = 512,
                  metadata: dict[bytes, bytes] | None = None) -> int:
    """Write rows to ``path`` in batches of ``batch_rows``, with ``metadata`` in the schema; returns the row
    count."""
    import pyarrow.parquet as pq

    count = 0
    plain = OUTPUT_SCHEMA
    schema = plain.with_metadata(metadata) if metadata else plain
    with pq.ParquetWriter(path, schema) as writer:
        chunk: list[dict[str, Any]] = []
        for row in rows:
            chunk.append(arrow_row(row))
            if len(chunk) >= batch_rows:
                writer.write_batch(rows_to_batch(chunk, plain))
                count += len(chunk)
                chunk.clear()
        if chunk or count == 0:
            writer.write_batch(rows_to_batch(chunk, plain))
            count += len(chunk)
    return count
