"""The ``webclean`` command.

``webclean clean PATH... [--format json|jsonl|text]`` cleans pages (``-`` reads
standard input) and prints their records; ``webclean report PAGE -o report.html``
writes the HTML inspection report of one page, ``webclean report --summary
OUT.jsonl -o summary.html`` the summary of a batch output; ``webclean batch
INPUT... -o OUT`` streams directories, JSONL, WARC and Parquet (see batch_cli).

Exit codes: 0 every page was read and cleaned; 1 at least one record carries an
``error``; 2 usage error; 3 at least one input could not be read (its message
goes to standard error; the other inputs are still cleaned).
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

from .pipeline import Cleaner
from .record import Record

EXIT_OK, EXIT_RECORD_ERROR, EXIT_USAGE, EXIT_UNREADABLE = 0, 1, 2, 3


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as fh:
        return fh.read()


def _format(rec: Record, fmt: str, path: str) -> str:
    if fmt == "text":
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
    data = rec.to_dict()
    data["path"] = path
    if fmt == "jsonl":
        return json.dumps(data, ensure_ascii=False) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _add_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--script", choices=("auto", "keep", "simplified", "traditional"), default="auto")
    p.add_argument("--punctuation", choices=("cjk", "keep", "ascii"), default="cjk")
    p.add_argument("--keep-comments", action="store_true")
    p.add_argument("--time-budget", type=float, default=10.0, help="seconds per page (default 10)")
    p.add_argument("--url", default=None, help="page URL (helps date and title extraction)")


def cmd_clean(args: argparse.Namespace) -> int:
    cleaner = Cleaner(script=args.script, punctuation=args.punctuation, keep_comments=args.keep_comments,
                      time_budget=args.time_budget)
    status = EXIT_OK
    out = sys.stdout
    if args.format == "json" and len(args.paths) > 1:
        out.write("[\n")
    for i, path in enumerate(args.paths):
        try:
            data = _read(path)
        except OSError as exc:
            print(f"webclean: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
            status = EXIT_UNREADABLE
            continue
        rec = cleaner.clean(data, url=args.url)
        if rec.error and status == EXIT_OK:
            print(f"webclean: {path}: {rec.error}", file=sys.stderr)
            status = EXIT_RECORD_ERROR
        text = _format(rec, args.format, path)
        if args.format == "json" and len(args.paths) > 1:
            text = text.rstrip("\n") + (",\n" if i < len(args.paths) - 1 else "\n")
        out.write(text)
    if args.format == "json" and len(args.paths) > 1:
        out.write("]\n")
    return status


def cmd_report(args: argparse.Namespace) -> int:
    from .report import page_report, summary_report

    try:
        if args.summary:
            with open(args.page, encoding="utf-8") as fh:
                rows = (json.loads(line) for line in fh if line.strip())
                html = summary_report(rows, name=args.page)
        else:
            cleaner = Cleaner(script=args.script, punctuation=args.punctuation, keep_comments=args.keep_comments,
                              time_budget=args.time_budget)
            html = page_report(_read(args.page), name=args.page, cleaner=cleaner, url=args.url)
    except OSError as exc:
        print(f"webclean: cannot read {args.page}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    except ValueError as exc:
        print(f"webclean: {args.page} is not JSON lines: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    with open(args.output, "w", encoding="utf-8") as fh:
        fh.write(html)
    print(f"webclean: report written to {args.output}", file=sys.stderr)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="webclean", description="Clean scraped Chinese web pages.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("clean", help="clean pages and print their records")
    p.add_argument("paths", nargs="+", metavar="PATH", help="page files (HTML or text); - for stdin")
    p.add_argument("--format", choices=("json", "jsonl", "text"), default="json")
    _add_options(p)
    p.set_defaults(func=cmd_clean)
    r = sub.add_parser("report", help="write a self-contained HTML inspection report")
    r.add_argument("page", metavar="PAGE", help="a page file (- for stdin), or with --summary a batch JSONL output")
    r.add_argument("-o", "--output", required=True, help="the HTML file to write")
    r.add_argument("--summary", action="store_true", help="summarise a batch output (JSONL) instead of one page")
    _add_options(r)
    r.set_defaults(func=cmd_report)
    from .batch_cli import add_batch_parser

    add_batch_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
