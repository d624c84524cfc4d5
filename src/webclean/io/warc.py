"""WARC and WARC.gz: response records become pages, their HTTP headers go along.

FastWARC is used when it is installed (it is several times faster), warcio
otherwise; both stream record by record, so memory stays bounded by one
record (capped at ``ReadOptions.max_page_bytes``). Non-response records
(request, metadata, warcinfo) are not pages and are not rows.
"""
from __future__ import annotations

from typing import Any, Iterator

from .rows import PageRow, ReadOptions

__all__ = ["read_warc", "warc_backend"]


def warc_backend() -> str:
    """``"fastwarc"`` or ``"warcio"``, whichever will read WARC files here."""
    try:
        import fastwarc.warc  # noqa: F401
    except ImportError:
        try:
            import warcio  # noqa: F401
        except ImportError:
            raise ImportError("reading WARC needs FastWARC or warcio: pip install 'webclean[warc]'") from None
        return "warcio"
    return "fastwarc"


def _fastwarc_records(fh: Any, limit: int) -> Iterator[tuple[str, str | None, dict[str, str], bytes]]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    # auto_decode undoes chunked transfer and gzip/deflate content encodings of the HTTP payload.
    for rec in ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=True, auto_decode="all"):
        headers = dict(rec.http_headers.items()) if rec.http_headers is not None else {}
        yield rec.record_id, rec.headers.get("WARC-Target-URI"), headers, rec.reader.read(limit)


def _warcio_records(fh: Any, limit: int) -> Iterator[tuple[str, str | None, dict[str, str], bytes]]:
    from warcio.archiveiterator import ArchiveIterator

    for rec in ArchiveIterator(fh):
        if rec.rec_type != "response":
            continue
        headers = dict(rec.http_headers.headers) if rec.http_headers is not None else {}
        yield (rec.rec_headers.get_header("WARC-Record-ID"), rec.rec_headers.get_header("WARC-Target-URI"),
               headers, rec.content_stream().read(limit))


def read_warc(path: str, start: int, opts: ReadOptions) -> Iterator[PageRow]:
    """One row per response record; a corrupt tail becomes one error row and ends the file."""
    records = _fastwarc_records if warc_backend() == "fastwarc" else _warcio_records
    position = start
    with open(path, "rb") as fh:
        try:
            for record_id, url, headers, body in records(fh, opts.max_page_bytes):
                rid = record_id or f"{path}:{position - start}"
                if body:
                    yield PageRow(position, rid, path, page=body, url=url, headers=headers)
                else:
                    yield PageRow(position, rid, path, url=url, error_kind="empty", error="empty response body")
                position += 1
        except Exception as exc:  # noqa: BLE001 - a broken archive must still produce a row, not a crash
            yield PageRow(position, f"{path}@corrupt", path, error_kind="bad_input",
                          error=f"WARC read failed after {position - start} records: {type(exc).__name__}: {exc}"[:500])
