"""Options: every setting of a Cleaner, typed, validated, documented.

Stages receive the same frozen :class:`Options`, so each is typed with it without importing the
pipeline that runs them.

>>> Options(script="keep").script
'keep'
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Options"]

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
