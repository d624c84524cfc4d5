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
# Raised on 2026-12-07 (branch textbody31: the editor's credit closing a text page's article cuts what follows):
# body F1 0.965, author 100% of 19, source 95% of 19.
FLOORS = {"body_f1": 0.96, "title": 0.95, "author": 0.95, "editor": 0.95, "source": 0.9}


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


# Real pages with gold (the shared corpus and our devset) kept as whole-page text by a scraper
# (benchmarks/text_forms.py, form "text": one block a line, <title>, bars and footer included). Measured on
# 2026-12-07 over the 162 article and blog pages: 44fb3fe gave title 53 %, author 66 %, date 80 %; the text
# headline chosen on evidence (a repeat of the title line, a date line under it) gave 83 %, 69 %, 86 %; a label on
# its own line reading its value from the next: editor 86 -> 95 %, source 66 -> 76 %; text quoting markup kept as
# text: title 85 %, author 71 %, date 88 %, editor 98 %, source 82 %.
# Raised the same day once an outlet's name alone stopped being a headline: title 0.876, date 0.889, source 0.831.
# Raised again on 2026-12-07 (second session) once a lone name beside the date named the author, a reporter's
# dateline stopped being a headline and a heading could open with its year: title 0.907, author 0.825, date
# 0.895, editor 0.977, source 0.845, body 0.842.
# Raised on 2026-12-07 (branch textbody29: runs of the title line's pieces, the title line's repeat over a dated
# line, a headline past a ticker; a blog's owner in the title line, a footer's name over "at" and its time):
# title 0.938 -> 0.963, author 0.850 -> 0.925, date 0.908 -> 0.915.
# Raised on 2026-12-07 (branch textbody31) to what the 162 pages then gave: source 0.930 (66 of 71).
# Raised on 2026-12-07 (branch textbody32: a blog owner's row past a toolbar's counts kept one a line): author
# 0.925 -> 0.950 (76 of 80).
TEXT_FORM_FLOORS = {"title": 0.96, "author": 0.95, "date": 0.91, "editor": 0.97, "source": 0.92}
TEXT_FORM_MIN_PAGES = 150
# The article and blog pages of the devset's fifth round (wired 2026-12-07 after the floors above were set on the
# 162 pages before it): held apart at the level first measured (title 14/19, date 15/19). Date raised on branch
# textbody30 (a text page's dated info row taken for a menu, a labelled publication date over a bare date line):
# devset12 1/4 -> 4/4, devset13 6/9 -> 7/9; the info row over a far date line: devset13 7/9 -> 9/9.
# Raised in the seventh session: a short headline repeating the title line over its date (devset17 title 10/12 ->
# 11/12, date 10/12 -> 11/12; devset22 title 10/11 -> 11/11, date 9/11 -> 10/11; devset27 title 6/8 -> 7/8), and
# Movable Type's 'blog: post' title lines (devset24 title 5/10 -> 10/10), the blog's owner named by a text page's
# title line and the row under its headline (devset22 author 0/11 -> 3/11).
# Raised on branch textbody32: a title line naming the column gives way to the headline under the column's name
# (devset11 title 8/9 -> 9/9, devset14 6/9 -> 8/9), a date row under its headline is no rival headline (devset14
# 8/9 -> 9/9), a text blog's copyright holder shown in its side bar is its writer (devset15 author 3/9 -> 8/9), a
# month written out makes a date line (devset7 date 3/5 -> 5/5: – January 16, 2009Posted in: …).
TEXT_FORM_LATER_SETS = {"devset5": {"title": 0.73, "date": 0.78}, "devset6": {"title": 0.99, "date": 0.99},
                        "devset7": {"author": 0.99, "date": 0.99},
                        "devset8": {"title": 0.99, "author": 0.74, "date": 0.99, "source": 0.8},
                        "devset9": {"title": 0.9, "author": 0.99, "date": 0.99, "source": 0.99},
                        "devset10": {"title": 0.99, "author": 0.5, "date": 0.59},
                        "devset12": {"title": 0.99, "date": 0.99, "source": 0.75},
                        "devset13": {"title": 0.99, "author": 0.8, "editor": 0.99, "source": 0.75, "date": 0.99},
                        # (fifth session's round, as first wired)
                        "devset14": {"title": 0.99, "author": 0.83, "editor": 0.99, "source": 0.83, "date": 0.99},
                        "devset15": {"title": 0.88, "author": 0.88, "date": 0.99},
                        "devset16": {"title": 0.9, "author": 0.83, "editor": 0.99, "source": 0.99, "date": 0.99},
                        "devset17": {"title": 0.91, "author": 0.25, "date": 0.91},
                        # (sixth session's rounds, as first wired)
                        "devset18": {"title": 0.99, "source": 0.6, "date": 0.6},
                        "devset19": {"title": 0.9, "author": 0.7, "date": 0.99},
                        "devset20": {"title": 0.75, "editor": 0.99, "source": 0.25, "date": 0.75},
                        "devset21": {"title": 0.99, "author": 0.75, "editor": 0.8, "source": 0.55, "date": 0.99},
                        "devset22": {"title": 0.99, "author": 0.27, "date": 0.9},
                        "devset23": {"title": 0.99, "author": 0.5, "date": 0.66},
                        "devset24": {"title": 0.99, "author": 0.9, "date": 0.99},
                        "devset25": {"title": 0.69, "editor": 0.99, "source": 0.33, "date": 0.99},
                        "devset26": {"title": 0.99, "author": 0.6, "editor": 0.99, "source": 0.99, "date": 0.2},
                        "devset27": {"title": 0.87, "author": 0.5, "date": 0.66},
                        # (seventh session's rounds, as first wired)
                        "devset29": {"title": 0.7, "author": 0.33, "date": 0.71},
                        "devset30": {"title": 0.9, "editor": 0.99, "source": 0.75, "date": 0.99},
                        "devset31": {"title": 0.75},
                        "devset32": {"title": 0.99, "author": 0.99, "date": 0.99},
                        "devset33": {"title": 0.99, "editor": 0.66, "source": 0.66, "date": 0.99},
                        "devset34": {"title": 0.99, "author": 0.3, "date": 0.71},
                        "devset35": {"title": 0.75, "author": 0.33, "source": 0.99, "date": 0.99},
                        "devset36": {"title": 0.72, "author": 0.63, "date": 0.72},
                        "devset37": {"title": 0.88, "author": 0.44, "source": 0.99, "date": 0.99},
                        "devset38": {"title": 0.75, "author": 0.99, "source": 0.99, "date": 0.5},
                        "devset39": {"title": 0.99, "author": 0.5, "editor": 0.99, "source": 0.71, "date": 0.77},
                        # (eighth session's rounds, as first wired)
                        "devset41": {"title": 0.99, "source": 0.8, "date": 0.99},
                        "devset42": {"title": 0.99, "author": 0.99, "editor": 0.99, "source": 0.99, "date": 0.99},
                        "devset43": {"title": 0.99, "author": 0.99, "source": 0.99, "date": 0.99},
                        "devset44": {"title": 0.99, "author": 0.99, "source": 0.71, "date": 0.99},
                        "devset45": {"title": 0.99, "author": 0.99, "date": 0.91},
                        "devset46": {"title": 0.91, "author": 0.66, "editor": 0.99, "source": 0.99, "date": 0.99},
                        "devset48": {"title": 0.75, "author": 0.99, "editor": 0.99, "source": 0.99, "date": 0.99},
                        # (round 49 raised once a WeChat page's title line and account card were read: title
                        # 4/12 -> 7/12, body 0.953 -> 0.963)
                        "devset49": {"title": 0.58, "author": 0.87, "editor": 0.99, "source": 0.6},
                        "devset50": {"title": 0.75, "author": 0.6, "editor": 0.66, "source": 0.6},
                        "devset51": {"title": 0.99, "author": 0.99, "editor": 0.99, "source": 0.99, "date": 0.8},
                        "devset52": {"title": 0.4, "author": 0.99},
                        "devset53": {"title": 0.99, "date": 0.99},
                        "devset55": {"title": 0.57, "author": 0.66, "source": 0.99, "date": 0.99},
                        "devset56": {"title": 0.99, "source": 0.99, "date": 0.99},
                        "devset57": {"title": 0.83, "author": 0.99, "editor": 0.99, "source": 0.6, "date": 0.83},
                        "devset58": {"title": 0.91, "author": 0.33, "editor": 0.99, "source": 0.66, "date": 0.99},
                        "devset60": {"title": 0.9, "author": 0.99, "source": 0.99, "date": 0.99},
                        "devset61": {"title": 0.91, "author": 0.58, "date": 0.99},
                        "devset62": {"title": 0.9, "author": 0.5, "date": 0.8},
                        "devset63": {"title": 0.9, "source": 0.99, "date": 0.99},
                        "devset64": {"title": 0.99, "author": 0.33, "editor": 0.99, "source": 0.2, "date": 0.7},
                        "devset66": {"title": 0.91, "source": 0.99, "date": 0.99},
                        "devset67": {"title": 0.66, "author": 0.37, "date": 0.99},
                        "devset47": {"title": 0.99, "author": 0.99, "editor": 0.99, "date": 0.99},
                        "devset11": {"title": 0.99, "author": 0.75, "date": 0.99, "editor": 0.8, "source": 0.75}}
# Body F1 over the pages whose gold gives a body: 0.736 on the 162 pages once their text headline was chosen on
# evidence, 0.839 once a text page's article ends with its longest run of paragraphs (_cut_after_the_text_run);
# 0.874 (from 0.846) once the regions around the article were told by their lines (branch textbody28: a region
# after the last paragraph, headlines under a closing heading or asking and shouting, a player's controls, the
# article's own numbered list between two runs, a headline list under the title); 0.892 (from 0.874) on branch
# textbody29 (code between two runs, the byline area under the headline, a toolbar's counters on two lines); 0.925
# (from 0.892) on branch textbody31 (the run under the headline closed by a credit, a blog typed a clause a line,
# the article above a related list, the editor's credit closing a text page's article).
TEXT_FORM_BODY_F1 = 0.92
# Body F1 of the later sets, first held on branch textbody31 (devset7's author 1/3 -> 3/3 there too: By 刘未鹏).
TEXT_FORM_LATER_BODY_F1 = {"devset5": 0.82, "devset6": 0.96, "devset7": 0.9, "devset8": 0.87, "devset9": 0.96,
                           "devset10": 0.64, "devset11": 0.99, "devset12": 0.99, "devset13": 0.94,
                           # (sixth session: round 22 from 0.580 once a licence box's repeat of the headline lost to
                           # the repeat over the text)
                           "devset22": 0.79,
                           # (seventh session's rounds, as first wired: round 29's BBC, RFI and 8world text forms
                           # keep little of their text, 0.01-0.09)
                           "devset29": 0.49, "devset30": 0.96, "devset31": 0.88, "devset32": 0.99,
                           "devset33": 0.97, "devset34": 0.87, "devset35": 0.96,
                           "devset36": 0.95, "devset37": 0.89, "devset38": 0.98,
                           "devset39": 0.97,
                           "devset41": 0.99, "devset42": 0.97, "devset43": 0.96, "devset44": 0.91, "devset45": 0.91,
                           "devset46": 0.95, "devset47": 0.96,
                           "devset48": 0.93, "devset49": 0.96,
                           "devset50": 0.92, "devset51": 0.96,
                           "devset52": 0.75, "devset53": 0.97, "devset55": 0.94, "devset56": 0.91,
                           "devset57": 0.92, "devset58": 0.9,
                           "devset60": 0.92, "devset61": 0.92, "devset62": 0.69, "devset63": 0.96,
                           "devset64": 0.9, "devset66": 0.99, "devset67": 0.9}


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "corpus" / "gold").is_dir() or not (SHARED / "eval" / "score_text.py").is_file(),
                    reason="../shared corpus or text scorer absent")
def test_real_pages_kept_as_whole_page_text_hold_their_field_floors() -> None:
    from .benchmark_helpers import load_benchmark
    forms = load_benchmark("text_forms")
    pages = forms.realpages.real_pages()
    by_set = forms.measure(pages, ("text",))["text"]
    rows = [r for name, found in by_set.items() if name != "all" and name not in TEXT_FORM_LATER_SETS for r in found]
    if len(pages) > 80:   # the devset is built: every set together
        assert len(rows) >= TEXT_FORM_MIN_PAGES
    for field, floor in TEXT_FORM_FLOORS.items():
        right, total = forms.share(rows, field)
        assert total and right / total >= floor - (0.1 if len(pages) <= 80 else 0), (field, right, total)
    scored = [r["f1"] for r in rows if r["f1"] is not None]
    assert sum(scored) / len(scored) >= TEXT_FORM_BODY_F1 - (0.1 if len(pages) <= 80 else 0)
    for name, floors in TEXT_FORM_LATER_SETS.items():
        for field, floor in floors.items() if by_set.get(name) else ():
            right, total = forms.share(by_set[name], field)
            assert total and right / total >= floor, (name, field, right, total)
    for name, floor in TEXT_FORM_LATER_BODY_F1.items():
        scored = [r["f1"] for r in by_set.get(name) or () if r["f1"] is not None]
        assert not scored or sum(scored) / len(scored) >= floor, (name, sum(scored) / len(scored))
