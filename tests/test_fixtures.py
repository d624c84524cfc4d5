"""Every fixture page we wrote comes out as its expected record.

A fixture is ``fixtures/<dir>/<name>.txt`` or ``.html`` next to
``<name>.expected.json``; only the fields the expectation lists are compared
(see fixtures/README.md for the conventions).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import webclean

from .conftest import FIXTURES

PAGES = sorted(p for p in FIXTURES.glob("*/*") if p.suffix in (".txt", ".html", ".htm")
               and p.with_suffix(".expected.json").exists())
RECORD_FIELDS = ("title", "column", "author", "editor", "source", "published", "breadcrumb", "script",
                 "paragraphs", "page_kind")


def _id(p: Path) -> str:
    return f"{p.parent.name}/{p.stem}"


def test_there_are_fixtures():
    assert len(PAGES) >= 13


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_fixture(page: Path):
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    rec = webclean.clean(page.read_bytes(), url=expected.get("url"))
    got = rec.to_dict()
    assert rec.error is None
    for field in RECORD_FIELDS:
        if field in expected:
            assert got[field] == expected[field], field
    if "removed_kinds" in expected:
        assert set(expected["removed_kinds"]) <= {r.kind for r in rec.removed}
    if "spam_score_min" in expected:
        assert rec.spam_score >= expected["spam_score_min"]
    if "spam_score_max" in expected:
        assert rec.spam_score <= expected["spam_score_max"]
        assert not [r for r in rec.removed if r.kind == "spam"], "a control page lost text as spam"
    for flag in expected.get("flags", ()):
        assert flag in rec.flags
