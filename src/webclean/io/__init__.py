"""Readers for pages at scale (files, directories, JSONL, WARC, Parquet) and the batch output writers.

:func:`iter_pages` turns a list of inputs into one stream of
:class:`PageRow`, each with a stable ``position``; nothing is loaded whole.

>>> import tempfile, os
>>> d = tempfile.mkdtemp()
>>> _ = open(os.path.join(d, "a.html"), "w").write("<p>正文</p>")
>>> [(r.position, os.path.basename(r.id)) for r in iter_pages([d, os.path.join(d, "missing.html")])]
[(0, 'a.html'), (1, 'missing.html')]
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence

from .files import not_a_page, read_page_file, walk_files
from .jsonl import Journal, StreamWriter, iter_journal, read_jsonl, recover_journal
from .rows import PageRow, ReadOptions

__all__ = ["PageRow", "ReadOptions", "iter_pages", "input_kind", "Journal", "recover_journal", "iter_journal",
           "StreamWriter", "NOT_A_PAGE"]

#: The error kind of a row for a file that is not a web page (an image, a stylesheet, JSON...).
NOT_A_PAGE = "not_a_page"

_KINDS = (
    ((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"), "jsonl"),
    ((".warc", ".warc.gz", ".arc.gz"), "warc"),
    ((".parquet",), "parquet"),
)


def input_kind(path: str) -> str:
    """How a file is read, by its name: ``jsonl``, ``warc``, ``parquet`` or ``page``.

    >>> input_kind("crawl/CC-MAIN-0001.warc.gz"), input_kind("a.html"), input_kind("x.JSONL")
    ('warc', 'page', 'jsonl')
    """
    lower = path.lower()
    for suffixes, kind in _KINDS:
        if lower.endswith(suffixes):
            return kind
    return "page"


def _reader(kind: str) -> Callable[[str, int, ReadOptions], Iterator[PageRow]]:
    if kind == "jsonl":
        return read_jsonl
    if kind == "warc":
        from .warc import read_warc

        return read_warc
    from .parquet import read_parquet

    return read_parquet


def _read_file(path: str, start: int, opts: ReadOptions) -> Iterator[PageRow]:
    kind = input_kind(path)
    if kind == "page":
        page = read_page_file(path, opts.max_page_bytes)
        reason = not_a_page(path, page[:64])
        if reason is not None:
            yield PageRow(start, path, path, error_kind=NOT_A_PAGE, error=f"not a page: {reason}")
        else:
            yield PageRow(start, path, path, page=page)
        return
    yield from _reader(kind)(path, start, opts)


def iter_pages(inputs: Sequence[str], opts: ReadOptions | None = None) -> Iterator[PageRow]:
    """Every row of every input, positions counted from 0 across all of them; ``-`` is standard input.

    An input that cannot be opened (or breaks before its first row) gives one
    ``unreadable`` error row, so the count of output rows still accounts for it.
    """
    opts = opts or ReadOptions()
    position = 0
    for item in inputs:
        if item == "-":
            from .stdin import read_stdin

            for row in read_stdin(position, opts):
                position = row.position + 1
                yield row
            continue
        paths = walk_files(item) if os.path.isdir(item) else iter((item,))
        for path in paths:
            try:
                for row in _read_file(path, position, opts):
                    position = row.position + 1
                    yield row
            except (OSError, ImportError, ValueError) as exc:
                yield PageRow(position, path, path, error_kind="unreadable",
                              error=f"{type(exc).__name__}: {exc}"[:500])
                position += 1
