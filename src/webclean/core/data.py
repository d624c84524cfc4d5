"""The one loader of the package's data files (word lists, tables), each described in ``data/SOURCES.md``.

>>> read_data("script_vocab.txt").startswith("#")
True
"""
from __future__ import annotations

from importlib import resources

__all__ = ["read_data"]


def read_data(name: str) -> str:
    """The text of ``webclean/data/<name>`` (UTF-8)."""
    return resources.files("webclean").joinpath("data", name).read_text(encoding="utf-8")
