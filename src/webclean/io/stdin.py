"""Standard input as a batch input (``webclean batch - -o OUT``): JSON lines, or a WARC (plain or gzip).

The kind is told from the first bytes, since a pipe has no file name: a WARC
starts with ``WARC/`` (after gzip decompression for a ``.warc.gz``), anything
else is read as JSON lines (``.jsonl.gz`` piped in is decompressed first).
A pipe cannot seek, so WARC from standard input is read with warcio.
"""
from __future__ import annotations

import gzip
import io
import sys
from collections.abc import Iterator
from typing import BinaryIO

from .jsonl import read_jsonl_lines
from .rows import PageRow, ReadOptions

__all__ = ["read_stdin", "STDIN_SOURCE"]

#: How rows from standard input name their source.
STDIN_SOURCE = "<stdin>"

_GZIP_MAGIC = b"\x1f\x8b"


def _peekable(stream: BinaryIO) -> io.BufferedReader:
    return stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[arg-type]


def read_stdin(start: int, opts: ReadOptions, stream: BinaryIO | None = None) -> Iterator[PageRow]:
    """The rows of standard input (or of ``stream``), JSON lines or WARC by its first bytes.

    >>> import io
    >>> rows = read_stdin(0, ReadOptions(), io.BytesIO('{"html": "<p>甲</p>"}\\n'.encode()))
    >>> [(r.position, r.id, r.error_kind) for r in rows]
    [(0, '<stdin>:1', None)]
    """
    data = _peekable(stream if stream is not None else sys.stdin.buffer)
    if data.peek(2)[:2] == _GZIP_MAGIC:
        data = io.BufferedReader(gzip.GzipFile(fileobj=data))  # type: ignore[arg-type]
    if data.peek(5)[:5] == b"WARC/":
        from .warc import read_warc_stream

        try:
            import warcio  # noqa: F401
        except ImportError:
            yield PageRow(start, STDIN_SOURCE, STDIN_SOURCE, error_kind="unreadable",
                          error="reading WARC from standard input needs warcio: pip install '.[warc]'")
            return
        yield from read_warc_stream(data, STDIN_SOURCE, start, opts, "warcio")
        return
    text = io.TextIOWrapper(data, encoding="utf-8", errors="replace")
    yield from read_jsonl_lines(text, STDIN_SOURCE, start, opts)
