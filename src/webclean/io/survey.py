"""Looking at the inputs before a run: are they there, do they hold pages where the options say, how many rows.

``webclean batch`` checks its inputs before it starts, so a missing file or a
``--html-field`` that no row has stops the run with one message instead of
turning into thousands of ``unreadable`` or ``empty`` rows; and it counts the
rows where that is cheap, so the progress bar has a total and an ETA.
"""
from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterator, Sequence

from .files import walk_files
from .jsonl import open_text
from .rows import ReadOptions

__all__ = ["check_inputs", "count_rows", "MissingField", "PEEK_ROWS"]

#: Rows of a JSON lines input looked at for the page field. A file whose first hundred rows all lack it
#: was given the wrong ``--html-field``; reading further would cost a pass over a file that may hold
#: millions of rows.
PEEK_ROWS = 100

# Plain JSON lines are counted by their newlines in chunks of this size (about 1 GB/s, memory flat).
_COUNT_CHUNK = 1 << 20


class MissingField(ValueError):
    """A JSON lines or Parquet input has no page where ``--html-field`` says."""


def _files(inputs: Sequence[str]) -> Iterator[str]:
    for item in inputs:
        if item == "-":
            continue
        if os.path.isdir(item):
            yield from walk_files(item)
        elif os.path.exists(item):
            yield item
        else:
            raise FileNotFoundError(errno.ENOENT, f"cannot read {item}: no such file or folder")


def check_inputs(inputs: Sequence[str], opts: ReadOptions) -> None:
    """Raise before a run that cannot work: ``FileNotFoundError`` for a missing input, ``MissingField``
    for a JSON lines or Parquet input without the page field, ``OSError`` for one that cannot be opened.

    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "pages.jsonl")
    >>> _ = open(path, "w").write('{"content": "<p>x</p>", "url": "http://a.cn/"}\\n')
    >>> check_inputs([path], ReadOptions(html_field="html"))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    webclean.io.survey.MissingField: pages.jsonl: none of its first rows has the field 'html' (fields: content, url);...
    """
    from . import input_kind

    for path in _files(inputs):
        kind = input_kind(path)
        if kind == "jsonl":
            _check_jsonl(path, opts.html_field)
        elif kind == "parquet":
            _check_parquet(path, opts.html_field)
        elif kind == "page" or kind == "warc":
            with open(path, "rb"):
                pass


def _check_jsonl(path: str, field: str) -> None:
    seen: dict[str, None] = {}
    objects = 0
    with open_text(path) as fh:
        for line in fh:
            if objects >= PEEK_ROWS:
                break
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError:
                continue                 # a broken line becomes a bad_input row; it says nothing of the field
            if isinstance(row, dict):
                if field in row:
                    return
                objects += 1
                seen.update(dict.fromkeys(row))
    if objects:
        fields = ", ".join(list(seen)[:12])
        raise MissingField(f"{os.path.basename(path)}: none of its first rows has the field {field!r} "
                           f"(fields: {fields}); name the page field with --html-field")


def _check_parquet(path: str, column: str) -> None:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise ImportError(f"reading {os.path.basename(path)} needs pyarrow: pip install '.[batch]'") from None
    names = pq.read_schema(path).names
    if column not in names:
        raise MissingField(f"{os.path.basename(path)} has no column {column!r} (columns: {', '.join(names)}); "
                           "name the page column with --html-field")


def count_rows(inputs: Sequence[str], opts: ReadOptions) -> int | None:
    """How many rows the inputs hold, or None where that is not known without reading them whole
    (standard input, WARC, compressed JSON lines). Plain JSON lines count their lines.

    >>> import tempfile, os
    >>> d = tempfile.mkdtemp()
    >>> _ = open(os.path.join(d, "a.html"), "w").write("<p>x</p>")
    >>> _ = open(os.path.join(d, "b.jsonl"), "w").write('{"html": "x"}\\n{"html": "y"}\\n')
    >>> count_rows([d], ReadOptions()), count_rows([d, "-"], ReadOptions())
    (3, None)
    """
    from . import input_kind

    if "-" in inputs:
        return None
    total = 0
    try:
        for path in _files(inputs):
            kind = input_kind(path)
            if kind == "page":
                total += 1
            elif kind == "parquet":
                import pyarrow.parquet as pq

                total += pq.ParquetFile(path).metadata.num_rows
            elif kind == "jsonl" and not path.lower().endswith(".gz"):
                total += _count_lines(path)
            else:
                return None
    except (OSError, ImportError, ValueError):
        return None
    return total


def _count_lines(path: str) -> int:
    lines, last = 0, b"\n"
    with open(path, "rb") as fh:
        while chunk := fh.read(_COUNT_CHUNK):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines + (last != b"\n")
