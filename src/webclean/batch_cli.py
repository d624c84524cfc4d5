"""The ``webclean batch`` subcommand: ``webclean batch INPUT... -o OUTPUT [--workers N] [--resume]``.

Wired into :mod:`webclean.cli` by ``add_batch_parser(subparsers)``.

Exit codes: 0 every row was cleaned; 1 at least one error row was written;
2 usage error (an existing output without ``--resume``, a bad option);
130 interrupted (run again with ``--resume``).

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="webclean"); sub = parser.add_subparsers()
>>> add_batch_parser(sub)
>>> args = parser.parse_args(["batch", "pages/", "-o", "out.parquet", "--workers", "2"])
>>> args.inputs, args.output, args.workers, args.func is run_batch_command
(['pages/'], 'out.parquet', 2, True)
"""
from __future__ import annotations

import argparse
import signal
import sys
from typing import Any

__all__ = ["add_batch_parser", "run_batch_command"]

EXIT_OK, EXIT_ROW_ERRORS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def add_batch_parser(subparsers: Any) -> None:
    """Add the ``batch`` subcommand to an argparse subparsers object."""
    p = subparsers.add_parser(
        "batch", help="clean directories, JSONL, WARC and Parquet into JSONL or Parquet",
        description="Stream pages through worker processes; one output row per input row; resumable.")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="page files, directories, .jsonl[.gz], .warc[.gz], .parquet")
    p.add_argument("-o", "--output", required=True, help="output file: *.parquet, otherwise JSON lines")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1; 0 = in this process)")
    p.add_argument("--resume", action="store_true", help="continue an interrupted run into the same output")
    p.add_argument("--html-field", default="html", help="JSONL field / Parquet column with the page (default html)")
    p.add_argument("--url-field", default="url", help="JSONL field / Parquet column with the URL (default url)")
    p.add_argument("--id-field", default=None, help="JSONL field / Parquet column with a row id")
    p.add_argument("--page-timeout", type=float, default=None,
                   help="hard seconds per page before its worker is killed (default 2 x time budget + 5)")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    p.add_argument("--script", choices=("auto", "keep", "simplified", "traditional"), default="auto")
    p.add_argument("--punctuation", choices=("cjk", "keep", "ascii"), default="cjk")
    p.add_argument("--keep-comments", action="store_true")
    p.add_argument("--time-budget", type=float, default=10.0, help="seconds per page (default 10)")
    p.set_defaults(func=run_batch_command)


def run_batch_command(args: argparse.Namespace) -> int:
    """Run ``webclean batch`` from parsed arguments; returns the exit code."""
    from .batch import run_batch
    from .io import ReadOptions
    from .pipeline import Cleaner

    if args.workers < 0:
        print("webclean batch: --workers must be 0 or more", file=sys.stderr)
        return EXIT_USAGE
    try:
        cleaner = Cleaner(script=args.script, punctuation=args.punctuation, keep_comments=args.keep_comments,
                          time_budget=args.time_budget)
        read = ReadOptions(html_field=args.html_field, url_field=args.url_field, id_field=args.id_field)
        summary = run_batch(args.inputs, args.output, cleaner=cleaner, workers=args.workers, resume=args.resume,
                            read_options=read, page_timeout=args.page_timeout, quiet=args.quiet)
    except (FileExistsError, ValueError) as exc:
        print(f"webclean batch: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not args.quiet:
        print(summary.describe(), file=sys.stderr)
    if summary.interrupted:
        return 128 + (summary.stop_signal or signal.SIGINT)  # 130 for Ctrl-C, 143 for SIGTERM
    return EXIT_ROW_ERRORS if summary.errors else EXIT_OK
