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
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from typing import Callable, Mapping

from . import stages
from .document import BudgetExceeded, Document
from .record import Record

__all__ = ["Options", "Cleaner", "STAGES", "clean", "warm_up"]

Stage = Callable[[Document, "Options"], None]

#: The default stage order; users may pass their own list of (name, function).
STAGES: tuple[tuple[str, Stage], ...] = (
    ("decode", stages.decode_stage),
    ("repair", stages.repair_stage),
    ("parse", stages.parse_stage),
    ("strip", stages.strip_stage),
    ("extract", stages.extract_stage),
    ("normalise", stages.normalise_stage),
)

_SCRIPTS = ("auto", "keep", "simplified", "traditional")
_PUNCTUATION = ("cjk", "keep", "ascii")


@dataclass(frozen=True)
class Options:
    """Every setting of a Cleaner, with its default.

    script
        ``auto`` restores Simplified only where the page shows it was
        machine-converted; ``keep``, ``simplified``, ``traditional`` force it.
    punctuation
        ``cjk`` turns ASCII ``, : ; ? ! ( )`` between Chinese characters into
        full-width forms; ``ascii`` the reverse; ``keep`` leaves them.
    max_bytes
        pages longer than this are cut to it (a warning says so).
    time_budget
        seconds a page may take; past it the record carries ``error``.
    """

    script: str = "auto"
    punctuation: str = "cjk"
    keep_comments: bool = False
    keep_tables: bool = True
    include_links: bool = True
    min_paragraph_chars: int = 0
    max_bytes: int = 20_000_000
    max_depth: int = 4000
    max_blocks: int = 20_000
    time_budget: float = 10.0

    def __post_init__(self) -> None:
        if self.script not in _SCRIPTS:
            raise ValueError(f"script must be one of {_SCRIPTS}, not {self.script!r}")
        if self.punctuation not in _PUNCTUATION:
            raise ValueError(f"punctuation must be one of {_PUNCTUATION}, not {self.punctuation!r}")
        for name in ("max_bytes", "max_depth", "max_blocks"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive")
        if not self.time_budget > 0:
            raise ValueError("time_budget must be positive")


class Cleaner:
    """A reusable, thread-safe, picklable page cleaner.

    >>> cleaner = Cleaner(script="keep", punctuation="keep")
    >>> cleaner.options.script
    'keep'
    """

    def __init__(self, stages: tuple[tuple[str, Stage], ...] | None = None, **options: object) -> None:
        known = {f.name for f in fields(Options)}
        unknown = set(options) - known
        if unknown:
            raise TypeError(f"unknown option(s): {', '.join(sorted(unknown))}")
        self.options = Options(**options)  # type: ignore[arg-type]
        self.stages = tuple(stages) if stages is not None else STAGES

    def __repr__(self) -> str:
        return f"Cleaner({self.options!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Cleaner) and (self.options, self.stages) == (other.options, other.stages)

    def with_options(self, **changes: object) -> Cleaner:
        """A new Cleaner with some options changed."""
        new = Cleaner(self.stages)
        new.options = replace(self.options, **changes)  # type: ignore[arg-type]
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
        if isinstance(page, (bytearray, memoryview)):
            page = bytes(page)
        if not isinstance(page, (bytes, str)):
            raise TypeError(f"page must be bytes or str, not {type(page).__name__}")
        doc = Document(raw=page, url=url, headers=headers,
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
        return stages.build_record(doc, error), doc


@lru_cache(maxsize=1)
def warm_up() -> None:
    """Load every table and compile every lexicon now, once per process (about a quarter of a second).

    Without it the first pages a process cleans pay for what they first need (a Traditional page the
    OpenCC converters, a byline the word list): latency that says nothing about the page. Importing
    webclean calls it, so a worker process is ready before its first page.
    """
    from . import boilerplate, chrome, navigation, script, spam_lexicon

    for category in chrome.CATEGORIES:
        chrome.lexicon_regex(category)
    navigation._crumb_patterns()
    chrome._phrase_gate()
    boilerplate._signal_patterns()
    spam_lexicon._lexicon()
    script._script_sets()
    script._vocab_patterns()      # includes OpenCC's s2t converter
    script._converter("tw2s")
    script._word_counts()


_DEFAULT = Cleaner()
warm_up()


def clean(page: bytes | str, *, url: str | None = None, headers: Mapping[str, str] | None = None) -> Record:
    """Clean one page with the default options. See :meth:`Cleaner.clean`."""
    return _DEFAULT.clean(page, url=url, headers=headers)
