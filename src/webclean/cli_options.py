"""What the ``webclean`` subcommands share: exit codes, checked option values, and the Cleaner's options.

Every command exits with one of these codes, and says why on one line of
standard error (never a traceback for a user's mistake):

====  =====================================================================
0     every page was cleaned
1     some record or output row carries an error (the rest were cleaned)
2     usage error: a bad option or value, an output that exists without
      ``--resume``, a ``--resume`` over an output other inputs made, a page
      field that no input row has
3     a file could not be read or written: a missing input, a missing
      output folder (``clean`` still cleans its other pages)
130   interrupted by Ctrl-C (``batch``: rows flushed, run again with ``--resume``)
143   stopped by SIGTERM (``batch``: as for Ctrl-C)
====  =====================================================================

>>> parser = argparse.ArgumentParser(prog="webclean clean", exit_on_error=False)
>>> add_cleaner_options(parser)
>>> cleaner_from_args(parser.parse_args(["--no-tables", "--min-paragraph-chars", "8"])).options.keep_tables
False
"""
from __future__ import annotations

import argparse
import codecs
import signal
from collections.abc import Mapping

from .corpus import DEFAULT_THRESHOLD, Filters
from .corpus.dedup import MAX_THRESHOLD
from .pipeline import Cleaner

__all__ = ["EXIT_OK", "EXIT_ERRORS", "EXIT_USAGE", "EXIT_IO", "EXIT_INTERRUPTED", "exit_code_for_signal",
           "positive_float", "non_negative_int", "header_line", "charset_name", "add_cleaner_options",
           "cleaner_from_args", "add_page_options", "headers_from_args", "CommandError", "share",
           "threshold_bits", "add_filter_options", "filters_from_args"]

EXIT_OK, EXIT_ERRORS, EXIT_USAGE, EXIT_IO = 0, 1, 2, 3
EXIT_INTERRUPTED = 128 + signal.SIGINT


def exit_code_for_signal(signum: int) -> int:
    """The shell's convention: 128 plus the signal number (130 for Ctrl-C, 143 for SIGTERM).

    >>> exit_code_for_signal(signal.SIGTERM)
    143
    """
    return 128 + int(signum)


class CommandError(Exception):
    """A command stops with ``message`` (one line) and exit ``code``."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def positive_float(text: str) -> float:
    """An option value that must be a number above zero (seconds).

    >>> positive_float("2.5")
    2.5
    >>> positive_float("0")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: must be a number of seconds above 0, not '0'
    """
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number of seconds above 0, not {text!r}")
    return value


def non_negative_int(text: str) -> int:
    """An option value that must be a whole number, 0 or more.

    >>> non_negative_int("3")
    3
    """
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be a whole number, 0 or more, not {text!r}")
    return value


def share(text: str) -> float:
    """An option value that must be a share from 0 to 1.

    >>> share("0.5")
    0.5
    >>> share("50")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: must be a share from 0 to 1 (0.5 is half), not '50'
    """
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"must be a share from 0 to 1 (0.5 is half), not {text!r}")
    return value


def threshold_bits(text: str) -> int:
    """An option value that must be a number of fingerprint bits from 0 to 16.

    >>> threshold_bits("4")
    4
    """
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= MAX_THRESHOLD:
        raise argparse.ArgumentTypeError(f"must be a whole number of bits from 0 to {MAX_THRESHOLD}, not {text!r}")
    return value


def header_line(text: str) -> tuple[str, str]:
    """``Name: value``, as an HTTP header line is written (``curl -H`` style).

    >>> header_line("Content-Type: text/html; charset=gbk")
    ('Content-Type', 'text/html; charset=gbk')
    """
    name, sep, value = text.partition(":")
    if not sep or not name.strip() or " " in name.strip():
        raise argparse.ArgumentTypeError(f"must be 'Name: value' (e.g. 'Content-Type: text/html; charset=gbk'), "
                                         f"not {text!r}")
    return name.strip(), value.strip()


def charset_name(text: str) -> str:
    """A character set Python knows (``gbk``, ``big5``, ``utf-8``...).

    >>> charset_name("GB2312")
    'GB2312'
    """
    try:
        codecs.lookup(text)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown character set {text!r}") from None
    return text


def add_cleaner_options(p: argparse.ArgumentParser) -> None:
    """The Cleaner's options, as every command that cleans pages takes them."""
    g = p.add_argument_group("cleaning options")
    g.add_argument("--script", choices=("auto", "keep", "simplified", "traditional"), default="auto",
                   help="output script: auto restores Simplified only on machine-converted pages (default auto)")
    g.add_argument("--punctuation", choices=("cjk", "keep", "ascii"), default="cjk",
                   help="punctuation between Chinese characters (default cjk: full-width)")
    g.add_argument("--keep-comments", action="store_true", help="keep reader comments in the body")
    g.add_argument("--first-post-only", dest="keep_replies", action="store_false",
                   help="on a forum thread or Q&A page keep the opening post only, not the replies")
    g.add_argument("--no-tables", dest="keep_tables", action="store_false", help="leave data tables out of the body")
    g.add_argument("--no-links", dest="include_links", action="store_false",
                   help="leave link text out of paragraphs")
    g.add_argument("--min-paragraph-chars", type=non_negative_int, default=0, metavar="N",
                   help="drop body paragraphs shorter than N characters (default 0)")
    g.add_argument("--time-budget", type=positive_float, default=10.0, metavar="S",
                   help="seconds a page may take (default 10)")


def cleaner_from_args(args: argparse.Namespace) -> Cleaner:
    """The Cleaner that parsed :func:`add_cleaner_options` arguments describe."""
    return Cleaner(script=args.script, punctuation=args.punctuation, keep_comments=args.keep_comments,
                   keep_replies=args.keep_replies, keep_tables=args.keep_tables, include_links=args.include_links,
                   min_paragraph_chars=args.min_paragraph_chars, time_budget=args.time_budget)


def add_filter_options(p: argparse.ArgumentParser) -> None:
    """The corpus filters (``webclean.corpus.Filters``): rows that fail one are marked, never dropped."""
    g = p.add_argument_group("corpus filters (a filtered row stays in the output, named in filtered_by)")
    g.add_argument("--min-han-share", type=share, default=None, metavar="SHARE",
                   help="mark rows whose body has a smaller share of Han characters (signals.han_share)")
    g.add_argument("--max-spam-share", type=share, default=None, metavar="SHARE",
                   help="mark rows whose page had a larger share of spam (signals.spam_share)")
    g.add_argument("--drop-duplicates", action="store_true",
                   help="mark every row of a near-duplicate group but the first (duplicate_of names it)")
    g.add_argument("--duplicate-threshold", type=threshold_bits, default=DEFAULT_THRESHOLD, metavar="BITS",
                   help=f"fingerprint bits near-duplicates may differ in (default {DEFAULT_THRESHOLD})")
    g.add_argument("--dedup-report", default=None, metavar="FILE",
                   help="write the near-duplicate groups to FILE (JSON lines, one group a line)")


def filters_from_args(args: argparse.Namespace) -> Filters:
    """The Filters that parsed :func:`add_filter_options` arguments describe.

    >>> parser = argparse.ArgumentParser(); add_filter_options(parser)
    >>> filters_from_args(parser.parse_args(["--min-han-share", "0.6", "--drop-duplicates"])).settings()
    {'min_han_share': 0.6, 'drop_duplicates': True, 'duplicate_threshold': 4}
    """
    return Filters(min_han_share=args.min_han_share, max_spam_share=args.max_spam_share,
                   drop_duplicates=args.drop_duplicates, duplicate_threshold=args.duplicate_threshold)


def add_page_options(p: argparse.ArgumentParser) -> None:
    """What a user can say about a single page: its URL and its HTTP headers."""
    p.add_argument("--url", default=None, help="page URL (helps date and title extraction)")
    p.add_argument("-H", "--header", "--headers", dest="headers", type=header_line, action="append", default=[],
                   metavar="'NAME: VALUE'", help="an HTTP header of the page, as served (repeatable)")
    p.add_argument("--charset", type=charset_name, default=None,
                   help="the page's character set as the server declared it (same as "
                        "-H 'Content-Type: text/html; charset=...')")


def headers_from_args(args: argparse.Namespace) -> Mapping[str, str] | None:
    """The HTTP headers given with ``--header`` and ``--charset`` (None when none were)."""
    headers = dict(args.headers)
    if args.charset:
        headers["Content-Type"] = f"text/html; charset={args.charset}"
    return headers or None
