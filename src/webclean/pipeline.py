"""The Cleaner: options, stage order, error capture and per-page limits.

A :class:`Cleaner` holds settings only (a frozen :class:`Options` and the
names of its stages), so it is safe to share between threads and cheap to
pickle to worker processes. Each call builds a fresh
:class:`~webclean.document.Document` and runs the stages over it in order::

    decode -> repair -> parse -> strip -> extract -> normalise

>>> rec = Cleaner().clean("首页 > 新闻 > 正文\\n\\n标题\\n\\n这是正文的第一段，内容足够长。")
>>> rec.breadcrumb
('首页', '新闻', '正文')
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import fields, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from .core.arguments import check_headers, check_page, check_url, type_name
from .core.dates import CHINA_TZ
from .corpus import record_figures
from .corpus import warm_up as corpus_warm_up
from .decode import decode_stage
from .document import BudgetExceeded, Document
from .extract import extract_stage
from .extract import warm_up as extract_warm_up
from .normalise import normalise_stage
from .normalise import warm_up as normalise_warm_up
from .options import Options, Punctuation, Script, describe_options
from .parse import parse_stage
from .record import Record
from .repair import repair_stage
from .repair import warm_up as repair_warm_up
from .strip import strip_stage
from .strip import warm_up as strip_warm_up

__all__ = ["Options", "Cleaner", "STAGES", "clean", "warm_up"]

Stage = Callable[[Document, Options], None]

#: The default stage order; users may pass their own list of (name, function).
STAGES: tuple[tuple[str, Stage], ...] = (
    ("decode", decode_stage),
    ("repair", repair_stage),
    ("parse", parse_stage),
    ("strip", strip_stage),
    ("extract", extract_stage),
    ("normalise", normalise_stage),
)

class Cleaner:
    """A reusable, thread-safe, picklable page cleaner.

    Every option is a keyword argument (a misspelt one is a ``TypeError``,
    and a type checker catches it); its value is checked by :class:`Options`.
    ``stages`` replaces the pipeline with your own ``(name, function)`` pairs.

    >>> cleaner = Cleaner(script="keep", punctuation="keep")
    >>> cleaner.options.script
    'keep'
    """

    def __init__(self, *, stages: Sequence[tuple[str, Stage]] | None = None, script: Script = "auto",
                 punctuation: Punctuation = "cjk", keep_comments: bool = False, keep_replies: bool = True,
                 keep_tables: bool = True,
                 include_links: bool = True, min_paragraph_chars: int = 0, max_bytes: int = 20_000_000,
                 max_depth: int = 4000, max_blocks: int = 20_000, time_budget: float = 10.0) -> None:
        self.options = Options(script=script, punctuation=punctuation, keep_comments=keep_comments,
                               keep_replies=keep_replies, keep_tables=keep_tables, include_links=include_links,
                               min_paragraph_chars=min_paragraph_chars, max_bytes=max_bytes, max_depth=max_depth,
                               max_blocks=max_blocks, time_budget=time_budget)
        self.stages = _check_stages(stages) if stages is not None else STAGES

    def __repr__(self) -> str:
        return f"Cleaner({self.options!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Cleaner) and (self.options, self.stages) == (other.options, other.stages)

    def with_options(self, **changes: Any) -> Cleaner:
        """A new Cleaner with some options changed (checked as in the constructor).

        >>> Cleaner().with_options(script="keep").options.script
        'keep'
        """
        unknown = sorted(set(changes) - {f.name for f in fields(Options)})
        if unknown:
            raise TypeError(f"unknown option(s): {', '.join(unknown)}")
        new = Cleaner(stages=self.stages)
        new.options = replace(self.options, **changes)
        return new

    def clean(self, page: bytes | bytearray | memoryview | str, *, url: str | None = None,
              headers: Mapping[str, str] | None = None) -> Record:
        """Clean one page (HTML or plain text, bytes or str) into a :class:`Record`.

        Never raises on page content: a failure gives a record whose ``error``
        says what went wrong, with whatever was extracted before it.
        """
        return self.inspect(page, url=url, headers=headers)[0]

    def inspect(self, page: bytes | bytearray | memoryview | str, *, url: str | None = None,
                headers: Mapping[str, str] | None = None) -> tuple[Record, Document]:
        """Like :meth:`clean`, but also return the working document (every block with its label).

        The inspection report uses it to show kept and removed text side by side.
        """
        page = check_page(page)
        doc = Document(raw=page, url=check_url(url), headers=check_headers(headers),
                       deadline=time.monotonic() + self.options.time_budget)
        error = None
        for name, stage in self.stages:
            try:
                stage(doc, self.options)
            except BudgetExceeded as exc:
                error = f"timeout: {exc}"
                break
            except RecursionError:
                error = f"too_deep: recursion limit reached in stage {name}"
                break
            except MemoryError:
                error = f"memory: out of memory in stage {name}"
                break
            except Exception as exc:  # noqa: BLE001 - the contract is: never raise on content
                error = f"internal: {type(exc).__name__} in stage {name}: {exc}"[:500]
                break
        return build_record(doc, error), doc


def _check_stages(stages: Any) -> tuple[tuple[str, Stage], ...]:
    """``stages``: (name, function) pairs, as :data:`STAGES`."""
    if isinstance(stages, (str, bytes)) or not isinstance(stages, Iterable):
        raise TypeError(f"stages must be a sequence of (name, function) pairs like STAGES, not {type_name(stages)}")
    checked = tuple(stages)
    for item in checked:
        if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str) and callable(item[1])):
            raise TypeError(f"stages must be (name, function) pairs like STAGES, not {item!r}")
    return checked


def build_record(doc: Document, error: str | None) -> Record:
    """Freeze a finished (or failed) document into a Record, with its signals and fingerprint
    (:func:`webclean.corpus.record_figures`)."""
    published = doc.value("published")
    if not isinstance(published, (date, datetime)):
        published = None
    elif isinstance(published, datetime) and published.utcoffset() == timedelta(0):
        # a machine timestamp in UTC (<time datetime="…Z">, JSON-LD): the same instant on the clock the
        # page's readers see, so the day is theirs (02:41Z and 20:00Z are 10:41 and 04:00 next day at +08:00)
        published = published.astimezone(CHINA_TZ)
    precision = doc.value("published_precision") if published is not None else None
    if published is not None and precision is None:
        precision = "second" if isinstance(published, datetime) else "day"
    crumbs = doc.value("breadcrumb") or ()
    paragraphs, removed, repairs = tuple(doc.paragraphs), tuple(doc.removed), tuple(doc.repairs)
    signals, fingerprint = record_figures(paragraphs, removed, repairs)
    return Record(
        title=doc.value("title"), column=doc.value("column"), author=doc.value("author"),
        editor=doc.value("editor"), source=doc.value("source"),
        published=published, published_precision=precision,
        breadcrumb=tuple(crumbs), paragraphs=paragraphs, script=doc.script,
        encoding=doc.encoding, encoding_evidence=tuple(doc.encoding_evidence), page_kind=doc.page_kind,
        spam_score=round(float(doc.spam_score), 4), flags=tuple(sorted(doc.flags)),
        repairs=repairs, removed=removed, evidence=doc.evidence(),
        warnings=tuple(doc.warnings), signals=signals, fingerprint=fingerprint, error=error, url=doc.url,
    )


@lru_cache(maxsize=1)
def warm_up() -> None:
    """Load every table and compile every lexicon now, once per process (about a quarter of a second).

    Without it the first pages a process cleans pay for what they first need (a Traditional page the
    OpenCC converters, a byline the word list): latency that says nothing about the page. Importing
    webclean calls it, so a worker process is ready before its first page.
    """
    for stage_warm_up in (repair_warm_up, strip_warm_up, extract_warm_up, normalise_warm_up, corpus_warm_up):
        stage_warm_up()

# help(Cleaner) lists every option with its meaning, from the one place they are written (Options' fields).
Cleaner.__doc__ = f"{Cleaner.__doc__}\n    Options (keyword-only):\n\n{describe_options()}\n"

_DEFAULT = Cleaner()
warm_up()


def clean(page: bytes | str, *, url: str | None = None, headers: Mapping[str, str] | None = None) -> Record:
    """Clean one page with the default options. See :meth:`Cleaner.clean`.

    A wrong argument type is refused, naming the argument (page content never is):

    >>> clean("<p>正文</p>", url=5)
    Traceback (most recent call last):
    ...
    TypeError: url must be a str or None, not int
    """
    return _DEFAULT.clean(page, url=url, headers=headers)
