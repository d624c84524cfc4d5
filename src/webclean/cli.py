"""The ``webclean`` command.

``webclean clean PAGE... [--format json|jsonl|text|markdown]`` cleans pages
(``-`` reads standard input) and prints their records: ``json`` is always one
JSON array (one element per page read), ``jsonl`` one record per line.
``webclean report PAGE -o report.html`` writes the HTML inspection report of
one page, ``webclean report --summary OUT -o summary.html`` the summary of a
batch output (JSON lines or Parquet); ``webclean batch INPUT... -o OUT``
streams directories, JSONL, WARC and Parquet (see :mod:`webclean.batch_cli`).
``webclean --version`` prints the version.

Exit codes (the same for every command, see :mod:`webclean.cli_options`): 0
every page was cleaned; 1 at least one record carries an ``error``; 2 usage
error; 3 an input could not be read or an output not written (``clean``
reports it on standard error and still cleans the other pages); 130 Ctrl-C;
143 SIGTERM.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any

from . import __version__
from .cli_options import (
    EXIT_ERRORS,
    EXIT_INTERRUPTED,
    EXIT_IO,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    add_cleaner_options,
    add_page_options,
    cleaner_from_args,
    headers_from_args,
)
from .record import Record

__all__ = ["main", "build_parser", "EXIT_OK", "EXIT_RECORD_ERROR", "EXIT_USAGE", "EXIT_UNREADABLE"]

EXIT_RECORD_ERROR, EXIT_UNREADABLE = EXIT_ERRORS, EXIT_IO   # the names this module has always exported

FORMATS = ("json", "jsonl", "text", "markdown")


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as fh:
        return fh.read()


def _text(rec: Record, path: str) -> str:
    lines = [f"# {path}"]
    for name in ("title", "column", "author", "editor", "source"):
        value = getattr(rec, name)
        if value:
            lines.append(f"{name}: {value}")
    if rec.published is not None:
        lines.append(f"published: {rec.to_dict()['published']}")
    if rec.breadcrumb:
        lines.append("breadcrumb: " + " > ".join(rec.breadcrumb))
    if rec.error:
        lines.append(f"error: {rec.error}")
    lines.append("")
    lines.extend(rec.paragraphs)
    return "\n".join(lines) + "\n"


# Characters that would turn page text into Markdown markup (emphasis, links, code, raw HTML), and line
# starts that would make a paragraph a heading, a quote, a list item or a rule.
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>|])")
_MARKDOWN_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


def markdown_escape(text: str) -> str:
    """Page text as Markdown that renders as the same text, never as markup.

    >>> markdown_escape("1. 第一条 <b>加粗</b> *注*")
    '1\\\\. 第一条 \\\\<b\\\\>加粗\\\\</b\\\\> \\\\*注\\\\*'
    """
    escaped = _MARKDOWN_INLINE.sub(r"\\\1", text)
    return _MARKDOWN_LINE_START.sub(lambda m: m.group(1) + _escape_start(m.group(2)), escaped)


def _escape_start(token: str) -> str:
    return token[:-1] + "\\" + token[-1] if token[:1].isdigit() else "\\" + token


def _markdown(rec: Record, path: str) -> str:
    """A record as Markdown: the title as a heading, the metadata as a list, the paragraphs as paragraphs."""
    out = [f"# {markdown_escape(rec.title or os.path.basename(path))}", ""]
    meta = [(name, getattr(rec, name)) for name in ("column", "author", "editor", "source")]
    meta.append(("published", rec.to_dict()["published"]))
    meta.append(("breadcrumb", " > ".join(rec.breadcrumb)))
    meta.append(("error", rec.error))
    items = [f"- {name}: {markdown_escape(str(value))}" for name, value in meta if value]
    if items:
        out += items + [""]
    out += [line for p in rec.paragraphs for line in (markdown_escape(p), "")]
    return "\n".join(out)


class _RecordWriter:
    """Writes records in one format; ``json`` is always one array, whatever the number of pages."""

    def __init__(self, fmt: str, out: IO[str]) -> None:
        self.fmt, self.out, self.count = fmt, out, 0

    def write(self, rec: Record, path: str) -> None:
        if self.fmt in ("json", "jsonl"):
            data = rec.to_dict()
            data["path"] = path
        if self.fmt == "jsonl":
            text = json.dumps(data, ensure_ascii=False) + "\n"
        elif self.fmt == "json":
            text = ("[\n" if self.count == 0 else ",\n") + json.dumps(data, ensure_ascii=False, indent=2)
        elif self.fmt == "markdown":
            text = ("\n---\n\n" if self.count else "") + _markdown(rec, path)
        else:
            text = ("\n" if self.count else "") + _text(rec, path)
        self.out.write(text)
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if self.count else "[]\n")
        self.out.flush()


def cmd_clean(args: argparse.Namespace) -> int:
    """``webclean clean``: clean each page and print its record."""
    cleaner = cleaner_from_args(args)
    headers = headers_from_args(args)
    if args.paths.count("-") > 1:
        raise CommandError("standard input (-) can be read only once")
    status = EXIT_OK
    writer = _RecordWriter(args.format, sys.stdout)
    try:
        for path in args.paths:
            try:
                data = _read(path)
            except OSError as exc:
                print(f"webclean clean: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
                status = EXIT_UNREADABLE
                continue
            rec = cleaner.clean(data, url=args.url, headers=headers)
            if rec.error and status == EXIT_OK:
                print(f"webclean clean: {path}: {rec.error}", file=sys.stderr)
                status = EXIT_RECORD_ERROR
            writer.write(rec, path)
    finally:
        writer.close()
    return status


def _check_writable(path: str) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise CommandError(f"cannot write {path}: folder {folder} does not exist", EXIT_IO)
    if os.path.isdir(path):
        raise CommandError(f"cannot write {path}: it is a folder", EXIT_IO)


def summary_rows(path: str) -> Iterator[dict[str, Any]]:
    """The rows of a batch output, JSON lines or Parquet (told by the name or the ``PAR1`` magic)."""
    with open(path, "rb") as fh:
        parquet = path.lower().endswith(".parquet") or fh.read(4) == b"PAR1"
    if parquet:
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise CommandError(f"reading {path} needs pyarrow: pip install '.[batch]'") from None
        for batch in pq.ParquetFile(path).iter_batches(batch_size=1024):
            yield from batch.to_pylist()
        return
    with open(path, encoding="utf-8", errors="replace") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError:
                raise CommandError(f"{path} is not a batch output: line {lineno} is not JSON", EXIT_IO) from None
            if isinstance(row, dict):
                yield row


def cmd_report(args: argparse.Namespace) -> int:
    """``webclean report``: the inspection report of one page, or the summary of a batch output."""
    from .report import page_report, summary_report

    _check_writable(args.output)
    try:
        if args.summary:
            html = summary_report(summary_rows(args.page), name=args.page)
        else:
            html = page_report(_read(args.page), name=args.page, cleaner=cleaner_from_args(args), url=args.url,
                               headers=headers_from_args(args))
    except OSError as exc:
        raise CommandError(f"cannot read {args.page}: {exc.strerror or exc}", EXIT_UNREADABLE) from None
    with open(args.output, "w", encoding="utf-8") as fh:
        fh.write(html)
    print(f"webclean report: written to {args.output}", file=sys.stderr)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The ``webclean`` argument parser with its three subcommands."""
    parser = argparse.ArgumentParser(prog="webclean", description="Clean scraped Chinese web pages.",
                                     epilog="Exit codes: 0 ok; 1 some record has an error; 2 usage error; "
                                            "3 a file could not be read or written; 130 Ctrl-C; 143 SIGTERM.")
    parser.add_argument("--version", action="version", version=f"webclean {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("clean", help="clean pages and print their records")
    p.add_argument("paths", nargs="+", metavar="PAGE", help="page files (HTML or text); - for standard input")
    p.add_argument("--format", choices=FORMATS, default="json",
                   help="json: one array of records (default); jsonl: one record per line; text; markdown")
    add_page_options(p)
    add_cleaner_options(p)
    p.set_defaults(func=cmd_clean)
    r = sub.add_parser("report", help="write a self-contained HTML inspection report")
    r.add_argument("page", metavar="PAGE",
                   help="a page file (- for standard input), or with --summary a batch output (JSONL or Parquet)")
    r.add_argument("-o", "--output", required=True, help="the HTML file to write")
    r.add_argument("--summary", action="store_true", help="summarise a batch output instead of one page")
    add_page_options(r)
    add_cleaner_options(r)
    r.set_defaults(func=cmd_report)
    from .batch_cli import add_batch_parser

    add_batch_parser(sub)
    return parser


def _quiet_broken_pipe() -> None:
    # The reader of our output went away (`webclean clean ... | head`): stop quietly, and keep Python from
    # complaining when it flushes standard output at exit.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (``python -m webclean`` exits with it)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help and --version
        return int(exc.code or 0)
    try:
        return int(args.func(args))
    except CommandError as exc:
        print(f"webclean {args.command}: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print(f"webclean {args.command}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_broken_pipe()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
