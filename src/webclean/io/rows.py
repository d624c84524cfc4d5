"""What every reader yields: one :class:`PageRow` per input row, in a stable order.

A row's ``position`` counts input rows across all inputs from 0, in the same
order on every run over the same inputs; ``webclean batch --resume`` uses it
to know which rows are already written. A row the reader could not turn into
a page (bad JSON, a missing field, an unreadable file) still comes out, with
``error_kind`` and ``error`` set, so it becomes an error row and is never
silently dropped.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["PageRow", "ReadOptions"]


@dataclass(frozen=True)
class PageRow:
    """One page to clean (or one input row that could not be read).

    >>> PageRow(0, "a.html", "a.html", page=b"<p>x</p>").error_kind is None
    True
    """

    position: int
    id: str
    source: str                              # the input file the row came from
    page: bytes | str | None = None
    url: str | None = None
    headers: Mapping[str, str] | None = None
    error_kind: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class ReadOptions:
    """Where pages sit in structured inputs (JSONL fields, Parquet columns).

    ``max_page_bytes`` caps what is read of one WARC record, so a single huge
    record cannot blow the memory bound (the Cleaner cuts pages at its own
    ``max_bytes`` anyway; 64 MB leaves it room to warn).
    """

    html_field: str = "html"
    url_field: str | None = "url"
    id_field: str | None = None
    batch_rows: int = 256
    max_page_bytes: int = 64_000_000
