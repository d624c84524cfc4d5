"""Plain page files and directories of them.

A directory is walked in sorted order (so positions are stable between runs);
inside it each file is read by its kind (``.jsonl``, ``.warc.gz``,
``.parquet``...) and any other file is one page.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

__all__ = ["walk_files", "read_page_file"]


def walk_files(root: str) -> Iterator[str]:
    """Every regular file under ``root`` in sorted order, hidden files and folders skipped.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("b.html", "a/c.html", ".hidden"):
    ...     (d / name).parent.mkdir(exist_ok=True); _ = (d / name).write_text("x")
    >>> [os.path.relpath(p, d) for p in walk_files(str(d))]
    ['b.html', 'a/c.html']
    """
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield os.path.join(dirpath, name)


def read_page_file(path: str, limit: int) -> bytes:
    """The first ``limit`` bytes of one page file (the Cleaner cuts longer pages itself)."""
    with Path(path).open("rb") as fh:
        return fh.read(limit)
