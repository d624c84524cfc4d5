"""The seed's family: the real spam-mirror text pages of ../shared/textpages, scored with the project's own
scorer (../shared/eval/score_text.py), held at floors that only rise. Skipped when ../shared is absent."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import SHARED

CASES = SHARED / "textpages" / "cases.jsonl"
SCORER = SHARED / "eval" / "score_text.py"

# Measured 2026-12-06 after the credits and picture stories of text pages landed: body F1 0.961, title 100% of 5,
# author 95% of 19, editor 100% of 9, source 79% of 19; nothing left that should not be (pinyin, Traditional, spam).
FLOORS = {"body_f1": 0.95, "title": 0.95, "author": 0.9, "editor": 0.95, "source": 0.75}


@pytest.mark.slow
@pytest.mark.skipif(not (CASES.is_file() and SCORER.is_file()), reason="../shared textpages or scorer absent")
def test_textpages_scores_hold_their_floors_and_nothing_is_left_behind(tmp_path) -> None:
    out = tmp_path / "textpages_scores.json"
    done = subprocess.run([sys.executable, str(SCORER), "--cases", str(CASES), "--cleaner", "webclean",
                           "--out", str(out)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    summary = json.loads(out.read_text(encoding="utf-8"))["summary"]
    print(summary)
    assert summary["body_f1"] >= FLOORS["body_f1"]
    for field in ("title", "author", "editor", "source"):
        assert summary["acc"][field][0] >= FLOORS[field], field
    assert summary["pinyin_left"] == 0 and summary["traditional_left"] == 0 and summary["spam_left"] == 0
