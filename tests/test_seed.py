"""The founding example must come out as its expected record, field for field."""
from __future__ import annotations

import json

import pytest

import webclean

from .conftest import SHARED, requires_shared

SEED = SHARED / "seeds" / "000_24ff825ab72e5945.txt"
EXPECTED = SHARED / "seeds" / "000_24ff825ab72e5945.expected.json"
FIELDS = ("title", "column", "author", "editor", "source", "published", "breadcrumb", "script", "paragraphs")


@pytest.fixture(scope="module")
def seed_record():
    return webclean.clean(SEED.read_bytes()).to_dict()


@requires_shared
@pytest.mark.parametrize("field", FIELDS)
def test_seed_field_matches(seed_record, field):
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert seed_record[field] == expected[field]


@requires_shared
def test_seed_provenance(seed_record):
    kinds = {r["kind"] for r in seed_record["removed"]}
    assert {"spam", "navigation", "breadcrumb", "title", "timestamp", "byline", "editor"} <= kinds
    repairs = {r["kind"] for r in seed_record["repairs"]}
    assert {"pinyin_annotation", "lost_character", "script", "punctuation"} <= repairs
    assert seed_record["spam_score"] >= 0.8
    assert "mirror" in seed_record["flags"]
