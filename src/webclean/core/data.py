"""The one loader of the package's data files (word lists, tables), each described in ``data/SOURCES.md``.

>>> read_data("script_vocab.txt").startswith("#")
True
>>> read_terms("boilerplate_breadcrumb.txt", "home")[0]
'首页'
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

__all__ = ["read_data", "read_terms"]


def read_data(name: str) -> str:
    """The text of ``webclean/data/<name>`` (UTF-8)."""
    return resources.files("webclean").joinpath("data", name).read_text(encoding="utf-8")


# A section header: an ASCII name in brackets (a phrase such as "[编辑]" is an entry, not a header).
_HEADER = re.compile(r"\[([a-z0-9_ -]+)\]")


@cache
def _sections(name: str) -> dict[str, tuple[str, ...]]:
    sections: dict[str, list[str]] = {"": []}
    current = sections[""]
    for raw in read_data(name).splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        header = _HEADER.fullmatch(line)
        if header:
            current = sections.setdefault(header.group(1).strip(), [])
            continue
        current.append(line)
    return {key: tuple(lines) for key, lines in sections.items()}


def read_terms(name: str, section: str = "") -> tuple[str, ...]:
    """The entries of a word-list file: one a line, ``#`` comments and blank lines dropped.

    A line ``[name]`` (ASCII letters, digits, ``_``, ``-``, spaces) opens a section; ``section`` picks the
    lines under it ("" the lines before any section). An unknown section is an error, so a misspelt name
    cannot give an empty list.

    >>> labels = read_terms("boilerplate_breadcrumb.txt", "label")
    >>> labels[0], "位置" in labels
    ('当前位置', True)
    >>> read_terms("boilerplate_breadcrumb.txt", "labels")
    Traceback (most recent call last):
    ...
    KeyError: 'data/boilerplate_breadcrumb.txt has no section [labels]'
    """
    sections = _sections(name)
    if section not in sections:
        raise KeyError(f"data/{name} has no section [{section}]")
    return sections[section]
