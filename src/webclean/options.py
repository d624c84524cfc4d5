"""Options: every setting of a Cleaner, typed, validated, documented.

Stages receive the same frozen :class:`Options`, so each is typed with it without importing the
pipeline that runs them. Each field carries its meaning (``metadata["doc"]``), from which both
``help(Options)`` and ``help(Cleaner)`` list every option; a value of the wrong type or out of range
is refused with a message naming the option.

>>> Options(script="keep").script
'keep'
>>> Options(min_paragraph_chars=-5)
Traceback (most recent call last):
...
ValueError: min_paragraph_chars must be 0 or more, not -5
"""
from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass, field, fields
from typing import Literal, get_args

__all__ = ["Options", "Script", "Punctuation", "SCRIPTS", "PUNCTUATION", "describe_options"]

Script = Literal["auto", "keep", "simplified", "traditional"]
Punctuation = Literal["cjk", "keep", "ascii"]
SCRIPTS: tuple[str, ...] = get_args(Script)
PUNCTUATION: tuple[str, ...] = get_args(Punctuation)


def _doc(text: str) -> dict[str, str]:
    return {"doc": text}


@dataclass(frozen=True)
class Options:
    """Every setting of a Cleaner, with its default and meaning (the list is made from the fields):"""

    script: Script = field(default="auto", metadata=_doc(
        "output script: 'auto' restores Simplified only where the page shows it was machine-converted "
        "(pinyin annotations, mainland vocabulary in Traditional characters); 'keep', 'simplified' and "
        "'traditional' force it"))
    punctuation: Punctuation = field(default="cjk", metadata=_doc(
        "'cjk' turns ASCII , : ; ? ! ( ) between Chinese characters into full-width forms; 'ascii' the "
        "reverse; 'keep' leaves them"))
    keep_comments: bool = field(default=False, metadata=_doc("keep reader comments in the body"))
    keep_replies: bool = field(default=True, metadata=_doc(
        "on a forum thread, Q&A or micro-post page keep the replies after the opening post in the body (every "
        "post is the page's content); False keeps the opening post only (the replies are recorded as removed)"))
    keep_tables: bool = field(default=True, metadata=_doc(
        "keep data tables in the body; False leaves their rows out (recorded as removed)"))
    include_links: bool = field(default=True, metadata=_doc(
        "keep link text inside paragraphs; False cuts it out of body paragraphs (recorded as removed)"))
    min_paragraph_chars: int = field(default=0, metadata=_doc(
        "drop body paragraphs shorter than this many characters (0 keeps all)"))
    max_bytes: int = field(default=20_000_000, metadata=_doc(
        "longer pages are cut to this many bytes (characters for a str page), with a warning"))
    max_depth: int = field(default=4000, metadata=_doc(
        "HTML nesting handled before deeper elements are flattened, with a warning"))
    max_blocks: int = field(default=20_000, metadata=_doc("blocks per page before the rest is cut, with a warning"))
    time_budget: float = field(default=10.0, metadata=_doc(
        "seconds a page may take; past it the record carries error='timeout: ...'"))

    def __post_init__(self) -> None:
        for name, choices in (("script", SCRIPTS), ("punctuation", PUNCTUATION)):
            value = getattr(self, name)
            if value not in choices or not isinstance(value, str):
                raise ValueError(f"{name} must be one of {', '.join(map(repr, choices))}, not {value!r}")
        for name in ("keep_comments", "keep_replies", "keep_tables", "include_links"):
            _check_bool(name, getattr(self, name))
        _check_int("min_paragraph_chars", self.min_paragraph_chars, 0)
        for name in ("max_bytes", "max_depth", "max_blocks"):
            _check_int(name, getattr(self, name), 1)
        budget = self.time_budget
        if isinstance(budget, bool) or not isinstance(budget, (int, float)):
            raise TypeError(f"time_budget must be a number of seconds, not {type(budget).__name__}")
        if not (budget > 0 and math.isfinite(budget)):
            raise ValueError(f"time_budget must be a number of seconds above 0, not {budget!r}")


def _check_bool(name: str, value: object) -> None:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {type(value).__name__} ({value!r})")


def _check_int(name: str, value: object, least: int) -> None:
    # bool is an int subclass in Python; True as a byte limit is a mistake, not 1.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be a whole number, not {type(value).__name__} ({value!r})")
    if value < least:
        raise ValueError(f"{name} must be {'0 or more' if least == 0 else 'positive'}, not {value!r}")


_HELP_WIDTH = 96  # help() indents a class docstring by 4: the lines stay within 100 columns


def describe_options(indent: str = "    ") -> str:
    """Every option with its default and meaning, one paragraph each (for ``help()``).

    >>> describe_options().splitlines()[0]
    "    script: Literal['auto', 'keep', 'simplified', 'traditional'] = 'auto'"
    """
    out = []
    for f in fields(Options):
        kind = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
        kind = {"Script": repr(Script).replace("typing.", ""),
                "Punctuation": repr(Punctuation).replace("typing.", "")}.get(kind, kind)
        out.append(f"{indent}{f.name}: {kind} = {f.default!r}")
        out.extend(textwrap.wrap(f.metadata["doc"], _HELP_WIDTH, break_on_hyphens=False,
                                 initial_indent=indent + "    ", subsequent_indent=indent + "    "))
    return "\n".join(out)


Options.__doc__ = f"{Options.__doc__}\n\n{describe_options()}\n"
