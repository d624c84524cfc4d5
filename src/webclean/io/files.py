"""Plain page files and directories of them.

A directory is walked in sorted order (so positions are stable between runs);
inside it each file is read by its kind (``.jsonl``, ``.warc.gz``,
``.parquet``...) and any other file is one page, unless its name or its
first bytes show it is something else (an image, a stylesheet, a JSON
document, an archive): such a file becomes a ``not_a_page`` row instead of a
garbage record.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

__all__ = ["walk_files", "read_page_file", "not_a_page", "NOT_PAGE_SUFFIXES"]

#: Name endings of files that are never web pages (what a crawl folder or a saved page's assets hold).
#: ``.json``, ``.csv`` and ``.xml`` are data, not pages; JSON lines are read as rows when named ``.jsonl``.
NOT_PAGE_SUFFIXES = frozenset((
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".ico", ".tif", ".tiff", ".avif", ".svg", ".psd",
    ".css", ".js", ".mjs", ".map", ".json", ".csv", ".tsv", ".xml", ".yaml", ".yml", ".sqlite", ".db",
    ".woff", ".woff2", ".ttf", ".otf", ".eot",
    ".mp3", ".mp4", ".m4a", ".webm", ".avi", ".mov", ".flv", ".wav", ".ogg", ".mkv",
    ".zip", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".7z", ".rar", ".tar",
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".epub",
    ".exe", ".dll", ".so", ".bin", ".pyc", ".class", ".jar", ".wasm",
))

#: First bytes of binary formats a page file can turn out to be, whatever its name. Each signature is
#: specific enough that no HTML or text page starts with it.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"), (b"%PDF-", "PDF document"), (b"PK\x03\x04", "ZIP archive (or an Office document)"),
    (b"\x1f\x8b\x08", "gzip-compressed data"), (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"), (b"(\xb5/\xfd", "zstd-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"), (b"Rar!\x1a\x07", "RAR archive"), (b"\x7fELF", "executable"),
    (b"wOFF", "web font"), (b"wOF2", "web font"), (b"OggS", "Ogg media"), (b"\x00asm", "WebAssembly"),
    (b"SQLite format 3\x00", "SQLite database"), (b"PAR1", "Parquet file (name it .parquet to read its rows)"),
    (b"\x00\x00\x01\x00", "icon image"),
)


def not_a_page(path: str, head: bytes) -> str | None:
    """Why the file at ``path``, starting with ``head``, is not a page; None when it may be one.

    >>> not_a_page("crawl/logo.png", b"")
    '.png file'
    >>> not_a_page("crawl/0001", bytes.fromhex("89504e470d0a1a0a") + b"...")
    'PNG image'
    >>> not_a_page("crawl/index.html", b"<!DOCTYPE html>") is None
    True
    """
    name = os.path.basename(path).lower()
    suffix = os.path.splitext(name)[1]
    if suffix in NOT_PAGE_SUFFIXES:
        hint = " (name it .jsonl to read it as JSON lines)" if suffix == ".json" and head[:1] == b"{" else ""
        return f"{suffix} file{hint}"
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if head[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "RIFF media (" + head[8:12].decode("ascii").strip() + ")"
    return None


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
