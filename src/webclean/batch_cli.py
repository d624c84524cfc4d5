"""The ``webclean batch`` subcommand: ``webclean batch INPUT... -o OUTPUT [--workers N] [--resume]``.

Wired into :mod:`webclean.cli` by ``add_batch_parser(subparsers)``. ``-`` as
an input reads JSON lines or a WARC from standard input; ``-o -`` writes JSON
lines to standard output. The inputs are checked before the run starts: a
missing one, or a ``--html-field`` that none of the first rows of a JSONL or
Parquet input has, stops the command with one line.

``--min-han-share``, ``--max-spam-share`` and ``--drop-duplicates`` mark
rows (``filtered_by``, ``duplicate_of``) and never drop one; ``--dedup-report``
writes the near-duplicate groups (see :mod:`webclean.batch_dedup`).

Exit codes: 0 every row was cleaned (filtered rows included); 1 at least one error row was written
(including files that are not pages); 2 usage error (a bad option, an
existing output without ``--resume``, ``--resume`` over an output that other
inputs or settings made, a page field no row has); 3 an input could not be
read or the output folder does not exist; 130 interrupted by Ctrl-C and 143
by SIGTERM (rows flushed: run again with ``--resume``).

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="webclean"); sub = parser.add_subparsers()
>>> add_batch_parser(sub)
>>> args = parser.parse_args(["batch", "pages/", "-o", "out.parquet", "--workers", "2"])
>>> args.inputs, args.output, args.workers, args.func is run_batch_command
(['pages/'], 'out.parquet', 2, True)
"""
from __future__ import annotations

import argparse
import sys
from typing import Any

from .cli_options import (
    EXIT_ERRORS,
    EXIT_INTERRUPTED,
    EXIT_IO,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    add_cleaner_options,
    add_filter_options,
    cleaner_from_args,
    exit_code_for_signal,
    filters_from_args,
    non_negative_int,
    positive_float,
)

__all__ = ["add_batch_parser", "run_batch_command"]

EXIT_ROW_ERRORS = EXIT_ERRORS


def add_batch_parser(subparsers: Any) -> None:
    """Add the ``batch`` subcommand to an argparse subparsers object."""
    p = subparsers.add_parser(
        "batch", help="clean directories, JSONL, WARC and Parquet into JSONL or Parquet",
        description="Stream pages through worker processes; one output row per input row; resumable.",
        epilog="Exit codes: 0 ok; 1 some error rows; 2 usage error (also --resume over other inputs); "
               "3 an input or the output folder is missing; 130 Ctrl-C and 143 SIGTERM (resumable).")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="page files, directories, .jsonl[.gz], .warc[.gz], .parquet; - for standard input "
                        "(JSON lines or WARC)")
    p.add_argument("-o", "--output", required=True,
                   help="output file: *.parquet, otherwise JSON lines; - for standard output (JSON lines)")
    p.add_argument("--workers", type=non_negative_int, default=1,
                   help="worker processes (default 1; 0 = in this process)")
    p.add_argument("--resume", action="store_true", help="continue an interrupted run into the same output")
    p.add_argument("--ordered", action="store_true",
                   help="write rows in input order (by default rows are written as workers finish them)")
    p.add_argument("--html-field", default="html", help="JSONL field / Parquet column with the page (default html)")
    p.add_argument("--url-field", default="url", help="JSONL field / Parquet column with the URL (default url)")
    p.add_argument("--id-field", default=None, help="JSONL field / Parquet column with a row id")
    p.add_argument("--page-timeout", type=positive_float, default=None, metavar="S",
                   help="hard seconds per page before its worker is killed (default 2 x time budget + 5)")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    add_cleaner_options(p)
    add_filter_options(p)
    p.set_defaults(func=run_batch_command)


def run_batch_command(args: argparse.Namespace) -> int:
    """Run ``webclean batch`` from parsed arguments; returns the exit code."""
    from .batch import run_batch
    from .io import ReadOptions
    from .io.survey import MissingField, check_inputs

    if args.inputs.count("-") > 1:
        return _fail("standard input (-) can be read only once", EXIT_USAGE)
    read = ReadOptions(html_field=args.html_field, url_field=args.url_field, id_field=args.id_field)
    try:
        cleaner = cleaner_from_args(args)
        check_inputs(args.inputs, read)
        summary = run_batch(args.inputs, args.output, cleaner=cleaner, workers=args.workers, resume=args.resume,
                            read_options=read, page_timeout=args.page_timeout, quiet=args.quiet,
                            ordered=args.ordered, filters=filters_from_args(args), dedup_report=args.dedup_report)
    except (MissingField, FileExistsError, ValueError, ImportError) as exc:
        return _fail(str(exc), EXIT_USAGE)
    except OSError as exc:
        message = exc.strerror or str(exc)
        return _fail(f"{exc.filename}: {message}" if exc.filename else message, EXIT_IO)
    except CommandError as exc:
        return _fail(str(exc), exc.code)
    if not args.quiet:
        print(summary.describe(), file=sys.stderr)
    if summary.interrupted:
        return exit_code_for_signal(summary.stop_signal) if summary.stop_signal else EXIT_INTERRUPTED
    return EXIT_ROW_ERRORS if summary.errors else EXIT_OK


def _fail(message: str, code: int) -> int:
    print(f"webclean batch: {message}", file=sys.stderr)
    return code
