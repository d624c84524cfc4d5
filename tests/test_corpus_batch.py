"""webclean batch with the corpus signals: every output carries them, filters mark rows and never drop one,
near-duplicates are marked once every row is in, and the groups go to --dedup-report.

The pages are ours: one article in several copies (another template, spam around it, converted to
Traditional), other articles, a page in English and a page of spam.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import webclean
from webclean.batch import ResumeRefused, run_batch
from webclean.batch_dedup import dedup_journal
from webclean.corpus import Filters

ROOT = Path(__file__).resolve().parents[1]

GARDEN = ("上周六，东街社区把闲置多年的空地改成了一片菜园，三十多户居民领到了自己的小菜畦。",
          "居民李阿姨说，她打算种些青菜和番茄，周末带孙子来浇水，让孩子知道菜是怎么长出来的。",
          "社区工作人员介绍，菜园用的是雨水收集桶里的水，肥料来自居民送来的厨余堆肥。")
BOOKS = ("停办两年的河畔旧书市集将在本周末回到滨江步道，摊主们已经开始整理自家的藏书。",
         "组织者表示，这次市集新增了以书换书的角落，读者带一本旧书就能换走另一本。",
         "市集每天上午九点开放，下午五点收摊，遇雨顺延到下一个周末。")
BRIDGE = ("市政部门昨天宣布，老城区的人行桥将在下月封闭维修，工期预计四十天。",
          "维修期间，行人可以绕行南侧的临时便道，公交车站也将向东移动约两百米。",
          "施工方承诺夜间不进行高噪音作业，并在桥两端设置引导标识和值守人员。")


def article(title: str, paragraphs: tuple[str, ...], before: str = "", after: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{before}"
            f"<div class='article'><h1>{title}</h1>{body}</div>{after}</body></html>")


def pages() -> dict[str, str]:
    """Name -> page, in input order; garden_* are one article, the first of them the original."""
    nav = "<div class='nav'><a href='/'>首页</a> | <a href='/n'>新闻</a> | <a href='/s'>社区</a></div>"
    spam = "<div>澳门威尼斯人娱乐场官网,金沙娱乐,www.88cp8.com,时时彩,百家乐</div>"
    traditional = tuple(webclean.core.script.to_traditional(p) for p in GARDEN)
    return {
        "garden": article("社区菜园开张了", GARDEN),
        "books": article("旧书市集周末回归", BOOKS),
        "garden_renav": article("社区菜园开张了", GARDEN, before=nav, after="<div>版权所有 示例网</div>"),
        "english": article("Community garden opens", ("A community garden opened last Saturday on an empty "
                                                      "lot; thirty households received a plot each.",) * 2),
        "garden_hacked": article("社区菜园开张了", GARDEN, before=spam),
        "bridge": article("老城人行桥下月封闭维修", BRIDGE),
        "garden_converted": article("社區菜園開張了", traditional),
        "spam": "<html><body><div>澳门威尼斯人娱乐场官网,金沙娱乐,www.88cp8.com,时时彩,百家乐,六合彩,太阳城集团</div>"
                "<div>真人娱乐,网上娱乐城,新葡京,百家乐,bet365,www.7799ab.com</div></body></html>",
    }


def write_input(folder: Path) -> Path:
    src = folder / "pages.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for name, page in pages().items():
            fh.write(json.dumps({"id": name, "html": page}, ensure_ascii=False) + "\n")
    return src


def rows_of(path: Path) -> list[dict]:
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def by_id(rows: list[dict]) -> dict[str, dict]:
    return {row["id"]: row for row in rows}


def run(tmp_path: Path, name: str = "out.jsonl", **kwargs) -> tuple[Path, object]:
    src = write_input(tmp_path)
    out = tmp_path / name
    from webclean.io import ReadOptions

    summary = run_batch([str(src)], str(out), workers=kwargs.pop("workers", 0), quiet=True,
                        read_options=ReadOptions(id_field="id"), **kwargs)
    return out, summary


@pytest.mark.parametrize("name", ["out.jsonl", "out.parquet"])
def test_every_output_row_carries_signals_and_a_fingerprint(tmp_path, name):
    if name.endswith(".parquet"):
        pytest.importorskip("pyarrow")
    out, _ = run(tmp_path, name)
    rows = by_id(rows_of(out))
    garden = rows["garden"]
    assert set(garden["signals"]) >= {"han_share", "spam_share", "boilerplate_share", "duplicate_5gram_chars",
                                      "mojibake_repairs"}
    assert isinstance(garden["fingerprint"], int) and garden["filtered_by"] == [] and garden["duplicate_of"] is None
    assert rows["english"]["signals"]["han_share"] < 0.1
    assert rows["garden_hacked"]["signals"]["spam_share"] > 0
    assert rows["garden"]["fingerprint"] == rows["garden_renav"]["fingerprint"]


def test_no_filter_marks_nothing(tmp_path):
    out, summary = run(tmp_path)
    rows = rows_of(out)
    assert len(rows) == len(pages()) and all(row["filtered_by"] == [] for row in rows)
    assert not summary.filtered and summary.duplicate_groups is None


@pytest.mark.parametrize("name", ["out.jsonl", "out.parquet"])
@pytest.mark.parametrize("workers", [0, 2])
def test_filters_mark_rows_and_n_rows_in_give_n_rows_out(tmp_path, name, workers):
    if name.endswith(".parquet"):
        pytest.importorskip("pyarrow")
    filters = Filters(min_han_share=0.5, max_spam_share=0.3, drop_duplicates=True)
    out, summary = run(tmp_path, name, workers=workers, filters=filters)
    rows = rows_of(out)
    assert len(rows) == len(pages()) and sorted(r["position"] for r in rows) == list(range(len(pages())))
    marks = {row["id"]: row["filtered_by"] for row in rows}
    assert marks["garden"] == [] and marks["books"] == [] and marks["bridge"] == []
    assert marks["english"] == ["min_han_share"]
    assert marks["spam"] == ["min_han_share", "max_spam_share"]
    for copy in ("garden_renav", "garden_hacked", "garden_converted"):
        assert marks[copy] == ["duplicate"], copy
        assert by_id(rows)[copy]["duplicate_of"] == "garden"          # the first by input position is kept
    assert summary.filtered == {"min_han_share": 2, "max_spam_share": 1, "duplicate": 3}
    assert summary.duplicate_groups == 1 and summary.rows == len(pages())
    kept = [row for row in rows if not row["filtered_by"]]
    assert sorted(row["id"] for row in kept) == ["books", "bridge", "garden"]


def test_the_dedup_report_lists_each_group_with_its_distances(tmp_path):
    report = tmp_path / "groups.jsonl"
    out, summary = run(tmp_path, dedup_report=str(report))
    groups = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert len(groups) == 1 and groups[0]["kept"] == "garden" and groups[0]["size"] == 4
    members = groups[0]["rows"]
    assert [m["id"] for m in members] == ["garden", "garden_renav", "garden_hacked", "garden_converted"]
    assert members[0]["distance"] == 0 and all(0 <= m["distance"] <= 4 for m in members)
    assert members[1]["title"] == "社区菜园开张了" and members[1]["position"] == 2
    assert all(row["filtered_by"] == [] for row in rows_of(out))       # a report alone marks nothing
    assert summary.duplicate_groups == 1 and "1 near-duplicate groups (report:" in summary.describe()


def test_marking_twice_gives_the_same_rows(tmp_path):
    out, _ = run(tmp_path, filters=Filters(drop_duplicates=True))
    first = out.read_text(encoding="utf-8")
    assert dedup_journal(str(out), 4, mark=True, report=None).marked == 3
    assert out.read_text(encoding="utf-8") == first


def test_a_tighter_threshold_clears_earlier_marks_and_keeps_other_marks(tmp_path):
    journal = tmp_path / "out.jsonl"
    rows = [{"id": "a", "position": 0, "fingerprint": 0b1111, "filtered_by": []},
            {"id": "b", "position": 1, "fingerprint": 0b1111, "filtered_by": ["min_han_share"]},
            {"id": "c", "position": 2, "fingerprint": 0b0011, "filtered_by": []},
            {"id": "d", "position": 3, "fingerprint": None, "filtered_by": []}]
    journal.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert dedup_journal(str(journal), 4, mark=True, report=None).marked == 2
    marks = {r["id"]: (r["filtered_by"], r["duplicate_of"]) for r in rows_of(journal)}
    assert marks == {"a": ([], None), "b": (["min_han_share", "duplicate"], "a"), "c": (["duplicate"], "a"),
                     "d": ([], None)}
    assert dedup_journal(str(journal), 0, mark=True, report=None).marked == 1
    marks = {r["id"]: (r["filtered_by"], r["duplicate_of"]) for r in rows_of(journal)}
    assert marks["c"] == ([], None) and marks["b"] == (["min_han_share", "duplicate"], "a")


def test_resume_with_other_filters_is_refused(tmp_path):
    run(tmp_path, filters=Filters(min_han_share=0.5))
    with pytest.raises(ResumeRefused, match=r"filters \(min_han_share 0.5, not 0.6\)"):
        run(tmp_path, resume=True, filters=Filters(min_han_share=0.6))
    again, summary = run(tmp_path, resume=True, filters=Filters(min_han_share=0.5))
    assert summary.rows == 0 and len(rows_of(again)) == len(pages())


def test_an_output_made_before_filters_existed_resumes_without_filters(tmp_path):
    out, _ = run(tmp_path)
    note = Path(str(out) + ".run.json")
    record = json.loads(note.read_text())
    del record["filters"]
    note.write_text(json.dumps(record))
    _, summary = run(tmp_path, resume=True)
    assert summary.rows == 0


def test_duplicates_and_reports_need_an_output_file(tmp_path):
    with pytest.raises(ValueError, match="need an output file"):
        run_batch([str(write_input(tmp_path))], "-", filters=Filters(drop_duplicates=True), quiet=True)
    with pytest.raises(ValueError, match="need an output file"):
        run_batch([str(write_input(tmp_path))], "-", dedup_report=str(tmp_path / "r.jsonl"), quiet=True)
    with pytest.raises(TypeError, match="filters must be"):
        run_batch([str(write_input(tmp_path))], str(tmp_path / "o.jsonl"), filters={"min_han_share": 0.5})


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "webclean.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


@pytest.mark.slow   # starts the command line in a process of its own
def test_the_command_line_marks_reports_and_exits_0(tmp_path):
    src = write_input(tmp_path)
    proc = _cli("batch", str(src), "--id-field", "id", "-o", "out.jsonl", "--workers", "0",
                "--min-han-share", "0.5", "--drop-duplicates", "--dedup-report", "groups.jsonl", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    rows = rows_of(tmp_path / "out.jsonl")
    assert len(rows) == len(pages()) and sum(bool(r["filtered_by"]) for r in rows) == 5
    assert (tmp_path / "groups.jsonl").read_text(encoding="utf-8").count("\n") == 1
    assert "filtered: duplicate 3, min_han_share 2 (rows kept, marked in filtered_by)" in proc.stderr


@pytest.mark.slow   # starts the command line in a process of its own
@pytest.mark.parametrize("argv,code,words", [
    (["--min-han-share", "60"], 2, "must be a share from 0 to 1"),
    (["--duplicate-threshold", "40"], 2, "from 0 to 16"),
    (["--drop-duplicates", "-o", "-"], 2, "need an output file"),
    (["--dedup-report", "missing/groups.jsonl"], 3, "does not exist"),
])
def test_command_line_mistakes_give_one_line_and_their_exit_code(tmp_path, argv, code, words):
    src = write_input(tmp_path)
    output = [] if "-o" in argv else ["-o", "out.jsonl"]
    proc = _cli("batch", str(src), "--workers", "0", *output, *argv, cwd=tmp_path)
    assert proc.returncode == code and words in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr
