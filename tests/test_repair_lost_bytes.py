"""Bytes lost after a Latin reading of GBK or Big5: what the text says they were, and what a hole costs."""
from __future__ import annotations

from webclean.repair.mojibake import repair_text
from webclean.repair.reconstruct import LATIN_LOST, Hole


def soft_hyphens_lost(text: str, codec: str) -> str:
    """``text`` in ``codec`` read as cp1252, its soft hyphens stripped since."""
    return text.encode(codec).decode("cp1252", "ignore").replace("\xad", "")


def test_a_hole_with_one_candidate_costs_what_its_character_does():
    """Big5 原 (AD EC) read as cp1252 with its soft hyphen stripped: the lost lead can only be 0xAD, so
    the hole is 原 without doubt, and the path through it must not pay HOLE_DOUBT and lose to another."""
    hole = Hole((LATIN_LOST, 0xEC), "big5")
    assert hole.candidates() == ("原",)
    original = "2018年12月1日\t大韓民國 水原站\t樂天百貨水原店"
    assert repair_text(soft_hyphens_lost(original, "big5")) == original
