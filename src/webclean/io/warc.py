"""WARC and WARC.gz: response records become pages, their HTTP headers go along.

FastWARC is used when it is installed (it is several times faster), warcio
otherwise; both stream record by record, so memory stays bounded by one
record (capped at ``ReadOptions.max_page_bytes``). Non-response records
(request, metadata, warcinfo) are not pages and are not rows.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from .rows import PageRow, ReadOptions

__all__ = ["read_warc", "read_warc_stream", "warc_backend", "iter_responses", "WarcResponse"]


def warc_backend() -> str:
    """``"fastwarc"`` or ``"warcio"``, whichever will read WARC files here."""
    try:
        import fastwarc.warc  # noqa: F401
    except ImportError:
        try:
            import warcio  # noqa: F401
        except ImportError:
            raise ImportError("reading WARC needs FastWARC or warcio: pip install '.[warc]'") from None
        return "warcio"
    return "fastwarc"


class WarcResponse(NamedTuple):
    """One response record: its ids, its HTTP headers and its payload (content encodings undone)."""

    record_id: str | None
    url: str | None
    date: str | None
    headers: dict[str, str]
    body: bytes


def _fastwarc_records(fh: Any, limit: int) -> Iterator[WarcResponse]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    # auto_decode undoes chunked transfer and gzip/deflate content encodings of the HTTP payload.
    for rec in ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=True, auto_decode="all"):
        headers = dict(rec.http_headers.items()) if rec.http_headers is not None else {}
        yield WarcResponse(rec.record_id, rec.headers.get("WARC-Target-URI"), rec.headers.get("WARC-Date"),
                           headers, rec.reader.read(limit))


def _warcio_records(fh: Any, limit: int) -> Iterator[WarcResponse]:
    from warcio.archiveiterator import ArchiveIterator

    for rec in ArchiveIterator(fh):
        if rec.rec_type != "response":
            continue
        headers = dict(rec.http_headers.headers) if rec.http_headers is not None else {}
        warc = rec.rec_headers
        yield WarcResponse(warc.get_header("WARC-Record-ID"), warc.get_header("WARC-Target-URI"),
                           warc.get_header("WARC-Date"), headers, rec.content_stream().read(limit))


def iter_responses(fh: Any, limit: int = ReadOptions.max_page_bytes, backend: str | None = None,
                   ) -> Iterator[WarcResponse]:
    """Every response record of a WARC stream (plain or gzip), none dropped for its type or content.

    ``backend`` defaults to :func:`warc_backend`; FastWARC needs a seekable
    file, so pass ``"warcio"`` for a pipe.
    """
    reader = _fastwarc_records if (backend or warc_backend()) == "fastwarc" else _warcio_records
    return reader(fh, limit)


def read_warc(path: str, start: int, opts: ReadOptions) -> Iterator[PageRow]:
    """One row per response record; a corrupt tail becomes one error row and ends the file."""
    with open(path, "rb") as fh:
        yield from read_warc_stream(fh, path, start, opts, warc_backend())


def read_warc_stream(fh: Any, source: str, start: int, opts: ReadOptions, backend: str) -> Iterator[PageRow]:
    """The rows of a WARC read from ``fh`` with ``backend`` (``fastwarc`` needs a seekable file; ``warcio``
    reads any stream, standard input included); ``source`` names it in the rows."""
    position = start
    try:
        for record_id, url, _, headers, body in iter_responses(fh, opts.max_page_bytes, backend):
            rid = record_id or f"{source}:{position - start}"
            if body:
                yield PageRow(position, rid, source, page=body, url=url, headers=headers)
            else:
                yield PageRow(position, rid, source, url=url, error_kind="empty", error="empty response body")
            position += 1
    except Exception as exc:  # noqa: BLE001 - a broken archive must still produce a row, not a crash
        yield PageRow(position, f"{source}@corrupt", source, error_kind="bad_input",
                      error=f"WARC read failed after {position - start} records: {type(exc).__name__}: {exc}"[:500])
