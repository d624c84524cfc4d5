"""JSON lines: pages in, and the batch output journal (append-only, fsync'd, resumable).

The journal is how ``webclean batch`` survives ``kill -9``: rows are appended
as whole lines and flushed with ``fsync`` in batches, so after a crash the
file holds complete rows plus at most one truncated last line, which
:func:`recover_journal` cuts off before the run continues.
"""
from __future__ import annotations

import gzip
import json
import os
import time
from collections.abc import Iterable, Iterator
from typing import IO

from .rows import PageRow, ReadOptions

__all__ = ["read_jsonl", "read_jsonl_lines", "open_text", "recover_journal", "Journal", "StreamWriter", "iter_journal"]


def open_text(path: str) -> IO[str]:
    """A JSON lines file (``.gz`` or plain) as text; undecodable bytes become U+FFFD rather than stop the run."""
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")


def _row_from_object(obj: object, position: int, fallback_id: str, path: str, opts: ReadOptions) -> PageRow:
    if not isinstance(obj, dict):
        return PageRow(position, fallback_id, path, error_kind="bad_input", error="line is not a JSON object")
    rid = obj.get(opts.id_field) if opts.id_field else None
    rid = str(rid) if rid is not None else fallback_id
    url = obj.get(opts.url_field) if opts.url_field else None
    page = obj.get(opts.html_field)
    if not isinstance(page, str) or not page:
        return PageRow(position, rid, path, url=url if isinstance(url, str) else None, error_kind="empty",
                       error=f"no text in field {opts.html_field!r}")
    return PageRow(position, rid, path, page=page, url=url if isinstance(url, str) else None)


def read_jsonl(path: str, start: int, opts: ReadOptions) -> Iterator[PageRow]:
    """One row per non-blank line; a line that is not JSON becomes an error row.

    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "in.jsonl")
    >>> _ = open(p, "w").write('{"html": "<p>甲</p>", "url": "http://a/1"}\\n{oops\\n')
    >>> [(r.position, r.id.rsplit(":", 1)[1], r.error_kind) for r in read_jsonl(p, 5, ReadOptions())]
    [(5, '1', None), (6, '2', 'bad_input')]
    """
    with open_text(path) as fh:
        yield from read_jsonl_lines(fh, path, start, opts)


def read_jsonl_lines(lines: Iterable[str], source: str, start: int, opts: ReadOptions) -> Iterator[PageRow]:
    """The rows of JSON lines from any text stream (a file, standard input); ``source`` names it."""
    position = start
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        fallback = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield PageRow(position, fallback, source, error_kind="bad_input", error=f"not JSON: {exc}"[:300])
        else:
            yield _row_from_object(obj, position, fallback, source, opts)
        position += 1


def recover_journal(path: str) -> Iterator[dict]:
    """Yield the complete rows of a journal and cut off a truncated last line in place.

    A line counts when it ends with a newline and parses as a JSON object;
    the first line that does not is where a killed run stopped writing.
    """
    good_end = 0
    with open(path, "rb") as fh:
        for line in fh:
            if not line.endswith(b"\n"):
                break
            try:
                row = json.loads(line)
            except ValueError:
                break
            if not isinstance(row, dict):
                break
            good_end += len(line)
            yield row
    if os.path.getsize(path) != good_end:
        with open(path, "r+b") as fh:
            fh.truncate(good_end)
            fh.flush()
            os.fsync(fh.fileno())


def iter_journal(path: str) -> Iterator[dict]:
    """The rows of a finished journal, one dict per line."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


class Journal:
    """Append-only JSONL writer that fsyncs every ``every_rows`` rows or ``every_seconds``.

    Losing the last unsynced batch on a crash is fine: those rows are not in
    the file, so a resumed run cleans them again.
    """

    def __init__(self, path: str, every_rows: int = 64, every_seconds: float = 1.0) -> None:
        self.path = path
        self._fh = open(path, "ab")  # noqa: SIM115 - the journal holds its file open across writes; close() ends it
        self._pending: list[bytes] = []
        self._every_rows = every_rows
        self._every_seconds = every_seconds
        self._last_sync = time.monotonic()

    def write(self, line: str) -> None:
        """Queue one row (a JSON object without newline)."""
        self._pending.append(line.encode("utf-8") + b"\n")
        if len(self._pending) >= self._every_rows or time.monotonic() - self._last_sync >= self._every_seconds:
            self.sync()

    def sync(self) -> None:
        """Write queued rows as one append and fsync them.

        The queue is emptied before the write, so a Ctrl-C or SIGTERM that
        interrupts the write can leave at most a torn last line (which
        :func:`recover_journal` cuts off), never a row written twice.
        """
        if self._pending:
            data, self._pending = b"".join(self._pending), []
            self._fh.write(data)
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._last_sync = time.monotonic()

    def close(self) -> None:
        self.sync()
        self._fh.close()


class StreamWriter:
    """Output rows as JSON lines to a stream (``webclean batch -o -`` writes to standard output).

    Rows go out in batches like the journal's, flushed but never synced;
    such a run cannot be resumed (there is no file to look at).
    """

    path = "-"

    def __init__(self, stream: IO[bytes], every_rows: int = 64, every_seconds: float = 1.0) -> None:
        self._stream = stream
        self._pending: list[bytes] = []
        self._every_rows = every_rows
        self._every_seconds = every_seconds
        self._last_flush = time.monotonic()

    def write(self, line: str) -> None:
        """Queue one row (a JSON object without newline)."""
        self._pending.append(line.encode("utf-8") + b"\n")
        if len(self._pending) >= self._every_rows or time.monotonic() - self._last_flush >= self._every_seconds:
            self.sync()

    def sync(self) -> None:
        """Write the queued rows and flush the stream."""
        if self._pending:
            data, self._pending = b"".join(self._pending), []
            self._stream.write(data)
        self._stream.flush()
        self._last_flush = time.monotonic()

    def close(self) -> None:
        """Flush what is queued; the stream itself stays open (it is not ours)."""
        self.sync()
