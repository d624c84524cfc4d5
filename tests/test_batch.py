"""webclean batch: one row out per row in, error rows, dead and hung workers, WARC/JSONL/Parquet, resume after SIGKILL.

The pages are our own small news pages; the Cleaner runs a test stage (so a
page can be poisoned, kill its worker or hang on purpose) and, in one test,
the real pipeline.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from webclean.batch import BatchSummary, ResumeRefused, _Positions, journal_path_for, run_batch
from webclean.batch_cli import add_batch_parser
from webclean.io import ReadOptions, iter_pages, recover_journal
from webclean.pipeline import Cleaner

ROOT = Path(__file__).resolve().parents[1]

TEMPLATE = ("<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>"
            "<div class=\"nav\">首页 | 新闻 | 财经</div><h1>{title}</h1>"
            "<p class=\"info\">2023-05-0{day} 10:2{day} 来源：本报记者</p>"
            "<p>{body}</p><p>第二段，说明事情的经过与各方回应。</p></body></html>")


def make_page(i: int, marker: str = "") -> str:
    return TEMPLATE.format(title=f"第{i}号新闻标题{marker}", day=i % 9 + 1, body=f"这是第{i}篇报道的正文第一段。")


def _text(doc) -> str:
    raw = doc.raw
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:  # the WARC test pages are GBK
        return raw.decode("gb18030", "replace")


def test_stage(doc, opts) -> None:
    """A stand-in pipeline: the <title> is the title, <p> texts the paragraphs; markers misbehave."""
    text = _text(doc)
    if "POISON" in text:
        raise ValueError("poisoned page")
    if "KILLWORKER" in text:
        os.kill(os.getpid(), signal.SIGKILL)
    if "HANG" in text:
        time.sleep(120)
    start, end = text.find("<title>"), text.find("</title>")
    if start >= 0 and end > start:
        doc.set_field("title", text[start + 7:end], "test_title")
    if doc.headers:
        doc.set_field("source", dict(doc.headers).get("Content-Type", ""), "test_header")
    doc.paragraphs = [p.rsplit(">", 1)[-1] for p in text.split("</p>")[:-1]]


test_stage.__test__ = False  # a pipeline stage, not a pytest test
STAGES = (("test", test_stage),)


def cleaner() -> Cleaner:
    return Cleaner(stages=STAGES)


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_jsonl(path: Path, pages: list[str]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i, page in enumerate(pages):
            fh.write(json.dumps({"doc_id": f"d{i}", "html": page, "url": f"http://news.example.cn/{i}.html"},
                                ensure_ascii=False) + "\n")


def test_poisoned_page_gives_an_error_row_and_n_rows_out(tmp_path):
    src = tmp_path / "in.jsonl"
    pages = [make_page(i, "POISON" if i == 7 else "") for i in range(20)]
    write_jsonl(src, pages)
    with src.open("a", encoding="utf-8") as fh:
        fh.write("{not json\n")
        fh.write(json.dumps({"doc_id": "no-html", "body": "x"}) + "\n")
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(src)], str(out), cleaner=cleaner(), workers=2, quiet=True,
                        read_options=ReadOptions(id_field="doc_id"))
    rows = read_rows(out)
    assert sorted(r["position"] for r in rows) == list(range(22))
    by_id = {r["id"]: r for r in rows}
    assert by_id["d7"]["error_kind"] == "internal" and "ValueError" in by_id["d7"]["error"]
    assert by_id["d3"]["title"] == "第3号新闻标题" and by_id["d3"]["url"] == "http://news.example.cn/3.html"
    assert by_id["d3"]["error"] is None and by_id["d3"]["paragraphs"][-1].startswith("第二段")
    assert by_id["no-html"]["error_kind"] == "empty"
    assert [r["error_kind"] for r in rows if r["position"] == 20] == ["bad_input"]
    assert summary.rows == 22 and summary.errors == {"internal": 1, "empty": 1, "bad_input": 1}


def test_worker_killed_mid_run_loses_only_its_page(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(12):
        (pages / f"p{i:02d}.html").write_text(make_page(i, "KILLWORKER" if i == 5 else ""), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(pages)], str(out), cleaner=cleaner(), workers=2, quiet=True)
    rows = read_rows(out)
    assert sorted(r["position"] for r in rows) == list(range(12))
    died = [r for r in rows if r["error_kind"]]
    assert [Path(r["id"]).name for r in died] == ["p05.html"]
    assert died[0]["error_kind"] == "worker_died" and "exit code -9" in died[0]["error"]
    assert summary.cleaned == 11


@pytest.mark.slow
def test_hung_page_is_killed_at_the_hard_timeout_and_the_run_goes_on(tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [make_page(i, "HANG" if i == 1 else "") for i in range(4)])
    out = tmp_path / "out.jsonl"
    start = time.monotonic()
    summary = run_batch([str(src)], str(out), cleaner=cleaner(), workers=1, page_timeout=1.0, quiet=True)
    assert time.monotonic() - start < 15
    rows = sorted(read_rows(out), key=lambda r: r["position"])
    assert [r["error_kind"] for r in rows] == [None, "hard_timeout", None, None]
    assert rows[3]["title"] == "第3号新闻标题"  # the replacement worker cleaned the pages after it
    assert summary.errors == {"hard_timeout": 1}


def _warc_bytes(pages: list[str], compress: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)
    for i, page in enumerate(pages):
        url = f"http://news.example.cn/{i}.html"
        req = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        writer.write_record(req)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=gbk")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(url, "response", payload=io.BytesIO(page.encode("gbk")),
                                        http_headers=headers)
        writer.write_record(rec)
    return buf.getvalue()


@pytest.mark.parametrize("backend", ["fastwarc", "warcio"])
@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_responses_become_rows_with_their_http_headers(tmp_path, monkeypatch, backend, name):
    pytest.importorskip("warcio")
    if backend == "fastwarc":
        pytest.importorskip("fastwarc")
    import webclean.io.warc as warc

    monkeypatch.setattr(warc, "warc_backend", lambda: backend)
    path = tmp_path / name
    path.write_bytes(_warc_bytes([make_page(i) for i in range(5)], name.endswith(".gz")))
    out = tmp_path / "out.jsonl"
    run_batch([str(path)], str(out), cleaner=cleaner(), workers=0, quiet=True)
    rows = sorted(read_rows(out), key=lambda r: r["position"])
    assert len(rows) == 5  # request records are not pages
    assert rows[2]["url"] == "http://news.example.cn/2.html" and rows[2]["id"].startswith("<urn:uuid:")
    assert rows[2]["source"] == "text/html; charset=gbk"  # the HTTP headers reached the Cleaner
    assert rows[2]["title"] == "第2号新闻标题" and "第2篇报道" in rows[2]["body"]


def test_corrupt_warc_tail_gives_one_error_row(tmp_path):
    pytest.importorskip("warcio")
    path = tmp_path / "broken.warc.gz"
    data = _warc_bytes([make_page(i) for i in range(3)], True)
    path.write_bytes(data + gzip.compress(b"WARC/1.0\r\nthis is not a header block")[:40])
    rows = list(iter_pages([str(path)]))
    assert [r.error_kind for r in rows][:3] == [None, None, None]
    assert all(r.error_kind == "bad_input" for r in rows[3:]) and len(rows) <= 4


def test_parquet_in_parquet_out_one_row_per_row(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from webclean.io.parquet import OUTPUT_SCHEMA

    pages = [make_page(i).encode("utf-8") for i in range(30)]
    pages[4] = None
    table = pa.table({"doc_id": [f"d{i}" for i in range(30)], "content": pa.array(pages, pa.binary())})
    src = tmp_path / "in.parquet"
    pq.write_table(table, src, row_group_size=8)
    out = tmp_path / "out.parquet"
    summary = run_batch([str(src)], str(out), cleaner=cleaner(), workers=2, quiet=True,
                        read_options=ReadOptions(html_field="content", id_field="doc_id", batch_rows=5))
    result = pq.read_table(out)
    assert result.schema == OUTPUT_SCHEMA
    assert sorted(result.column("position").to_pylist()) == list(range(30))
    rows = {r["id"]: r for r in result.to_pylist()}
    assert rows["d4"]["error_kind"] == "empty" and rows["d9"]["title"] == "第9号新闻标题"
    assert rows["d9"]["body"].endswith("各方回应。") and rows["d9"]["repairs"] == []
    assert summary.errors == {"empty": 1}
    assert not Path(journal_path_for(str(out))).exists()


def test_unreadable_input_is_an_error_row(tmp_path):
    out = tmp_path / "out.jsonl"
    run_batch([str(tmp_path / "missing.jsonl")], str(out), cleaner=cleaner(), workers=0, quiet=True)
    (row,) = read_rows(out)
    assert row["error_kind"] == "unreadable" and "missing.jsonl" in row["id"]


def test_resume_drops_a_torn_last_line_and_skips_written_rows(tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [make_page(i) for i in range(10)])
    out = tmp_path / "out.jsonl"
    run_batch([str(src)], str(out), cleaner=cleaner(), workers=0, quiet=True)
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:4]) + lines[4][:25], encoding="utf-8")  # as if killed mid-write
    summary = run_batch([str(src)], str(out), cleaner=cleaner(), workers=0, quiet=True, resume=True)
    rows = read_rows(out)
    assert sorted(r["position"] for r in rows) == list(range(10))
    assert summary.skipped == 4 and summary.rows == 6


def test_existing_output_needs_resume(tmp_path):
    import argparse

    src = tmp_path / "in.jsonl"
    write_jsonl(src, [make_page(0)])
    out = tmp_path / "out.jsonl"
    out.write_text("")
    parser = argparse.ArgumentParser()
    add_batch_parser(parser.add_subparsers())
    args = parser.parse_args(["batch", str(src), "-o", str(out), "--quiet"])
    assert args.func(args) == 2
    with pytest.raises(FileExistsError):
        run_batch([str(src)], str(out), cleaner=cleaner(), quiet=True)


DRIVER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r})
    import test_batch as tb
    from webclean.batch import run_batch
    from webclean.pipeline import Cleaner

    def slow_stage(doc, opts):
        time.sleep(0.01)
        tb.test_stage(doc, opts)

    run_batch([{src!r}], {out!r}, cleaner=Cleaner(stages=(("slow", slow_stage),)), workers=2,
              resume="--resume" in sys.argv, quiet=True)
""")


@pytest.mark.slow
def test_whole_run_killed_with_sigkill_then_resumed(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    n = 300
    write_jsonl(src, [make_page(i) for i in range(n)])
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER.format(tests=str(ROOT / "tests"), src=str(src), out=str(out)))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, str(driver)], env=env, start_new_session=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the runner and its workers, as kill -9 would
    proc.wait(10)
    before = len(out.read_bytes().splitlines())
    assert 0 < before < n, "the run must be killed part-way for this test to mean anything"
    done = subprocess.run([sys.executable, str(driver), "--resume"], env=env, timeout=60)
    assert done.returncode == 0
    rows = read_rows(out)
    positions = [r["position"] for r in rows]
    assert len(positions) == len(set(positions)) == n
    assert all(r["title"] == f"第{r['position']}号新闻标题" for r in rows)


def test_recover_journal_keeps_complete_rows_only(tmp_path):
    path = tmp_path / "j.jsonl"
    path.write_bytes(b'{"position": 0}\n{"position": 1}\n{"posi')
    assert [r["position"] for r in recover_journal(str(path))] == [0, 1]
    assert path.read_bytes() == b'{"position": 0}\n{"position": 1}\n'


def test_positions_bitmap_counts_each_position_once():
    done = _Positions()
    for p in (0, 5, 5, 100_000):
        done.add(p)
    assert len(done) == 3 and 100_000 in done and 99_999 not in done


def test_summary_line_reports_errors_and_rate():
    text = BatchSummary("o.jsonl", rows=4, skipped=2, seconds=2.0).describe()
    assert "4 rows" in text and "2.0 pages/s" in text and "2 rows already done" in text


def test_real_pipeline_on_our_pages(tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [make_page(i) for i in range(3)])
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(src)], str(out), workers=1, quiet=True)
    rows = read_rows(out)
    assert len(rows) == 3 and summary.rows == 3
    assert all(r["error"] is None and r["title"] for r in rows)
    assert any("正文第一段" in r["body"] for r in rows)


def test_resume_with_other_inputs_is_refused(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_jsonl(a, [make_page(i) for i in range(3)])
    write_jsonl(b, [make_page(i) for i in range(5)])
    out = tmp_path / "out.jsonl"
    note = tmp_path / "out.jsonl.run.json"
    note.write_text(json.dumps({"inputs": [str(a)], "read": {}}))  # as an interrupted run leaves it
    out.write_text("")
    with pytest.raises(ValueError, match="same inputs"):
        run_batch([str(b)], str(out), cleaner=cleaner(), workers=0, quiet=True, resume=True)
    note.unlink()
    # Without its run record nobody can tell which inputs made the output: refused too (it used to pass).
    with pytest.raises(ResumeRefused, match="no run record"):
        run_batch([str(b)], str(out), cleaner=cleaner(), workers=0, quiet=True, resume=True)
    out.unlink()
    run_batch([str(b)], str(out), cleaner=cleaner(), workers=0, quiet=True, resume=True)
    assert len(read_rows(out)) == 5 and note.exists()     # the record stays with the finished output


def _batch_cli(*argv: str) -> int:
    import argparse

    parser = argparse.ArgumentParser()
    add_batch_parser(parser.add_subparsers())
    args = parser.parse_args(["batch", *argv])
    return args.func(args)


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_resume_over_a_finished_output_refuses_other_inputs(tmp_path, monkeypatch, capsys, suffix):
    """The issue's case: --resume over a finished output with different inputs used to say '0 rows written'
    and exit 0; the run record kept with the output refuses it in one line with exit code 2."""
    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    import webclean.pipeline as pipeline

    monkeypatch.setattr(pipeline, "STAGES", STAGES)
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_jsonl(a, [make_page(i) for i in range(4)])
    write_jsonl(b, [make_page(i, "乙") for i in range(6)])
    out = tmp_path / f"out{suffix}"
    assert _batch_cli(str(a), "-o", str(out), "--workers", "0", "--quiet") == 0
    finished = out.read_bytes()
    capsys.readouterr()
    assert _batch_cli(str(b), "-o", str(out), "--workers", "0", "--resume") == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "other inputs" in err and str(a) in err and str(b) in err
    assert out.read_bytes() == finished                    # untouched
    # other settings are refused the same way, naming the setting
    assert _batch_cli(str(a), "-o", str(out), "--workers", "0", "--resume", "--script", "keep") == 2
    assert "script auto, not keep" in capsys.readouterr().err
    # the same inputs and settings: nothing left to do
    assert _batch_cli(str(a), "-o", str(out), "--workers", "0", "--resume") == 0
    assert "0 rows written" in capsys.readouterr().err and out.read_bytes() == finished


def test_parquet_output_carries_its_run_record(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    from webclean.run_record import PARQUET_METADATA_KEY, RunRecord

    src = tmp_path / "in.jsonl"
    write_jsonl(src, [make_page(i) for i in range(3)])
    out = tmp_path / "out.parquet"
    run_batch([str(src)], str(out), cleaner=cleaner(), workers=0, quiet=True)
    record = RunRecord.from_json(pq.read_schema(out).metadata[PARQUET_METADATA_KEY])
    assert record.inputs == (str(src),) and record.complete and record.rows == 3
    assert record.settings["script"] == "auto"
    assert record.stages[0].startswith("test=") and record.stages[0].endswith("test_batch.test_stage")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.parquet"]   # no journal or note left


def test_cli_exit_codes_and_summary(tmp_path, monkeypatch, capsys):
    import argparse

    import webclean.pipeline as pipeline

    monkeypatch.setattr(pipeline, "STAGES", STAGES)  # the command builds a default-stage Cleaner
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(3):
        (pages / f"{i}.html").write_text(make_page(i, "POISON" if i == 2 else ""), encoding="utf-8")
    parser = argparse.ArgumentParser()
    add_batch_parser(parser.add_subparsers())

    def run(*argv: str) -> int:
        args = parser.parse_args(["batch", *argv])
        return args.func(args)

    assert run(str(pages / "0.html"), "-o", str(tmp_path / "ok.jsonl"), "--workers", "0") == 0
    assert run(str(pages), "-o", str(tmp_path / "out.parquet"), "--workers", "1") == 1
    err = capsys.readouterr().err
    assert "3 rows written" in err and "internal 1" in err


def test_page_queued_behind_a_killing_page_goes_to_the_replacement_worker(tmp_path):
    """One worker, two pages in flight: the page waiting in the pipe behind the one that kills the
    worker is cleaned by the new worker, not lost and not reported as an error."""
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [make_page(i, "KILLWORKER" if i in (1, 4) else "") for i in range(8)])
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(src)], str(out), cleaner=cleaner(), workers=1, quiet=True)
    rows = sorted(read_rows(out), key=lambda r: r["position"])
    assert [r["position"] for r in rows] == list(range(8))
    assert [r["error_kind"] for r in rows] == [None, "worker_died", None, None, "worker_died", None, None, None]
    assert rows[2]["title"] == "第2号新闻标题" and rows[5]["title"] == "第5号新闻标题"
    assert summary.errors == {"worker_died": 2}


def _slow_stage(doc, opts) -> None:
    time.sleep(0.3)
    test_stage(doc, opts)


def test_pool_queues_one_page_behind_a_busy_worker_and_only_if_it_fits_the_pipe(tmp_path):
    from webclean.batch import WorkerPool
    from webclean.io import PageRow
    pool = WorkerPool(Cleaner(stages=(("slow", _slow_stage),)), 1, page_timeout=30)
    try:
        room = pool.workers[0].room
        assert room >= 16_000          # a third of the pipe's send buffer: tens of kB at least

        def row(i: int, size: int = 0) -> PageRow:
            page = make_page(i) + "<!--" + "x" * size + "-->"
            return PageRow(position=i, id=str(i), source="test", page=page.encode("utf-8"))

        assert pool.offer(row(0))                      # an idle worker takes it
        assert not pool.offer(row(1, size=room + 1))   # too big to wait in the pipe: held by the caller
        assert pool.offer(row(1))                      # a small one queues behind the page being cleaned
        assert not pool.offer(row(2))                  # two in flight: full
        assert pool.busy == 2
        done = []
        deadline = time.monotonic() + 20
        while len(done) < 2 and time.monotonic() < deadline:
            done += pool.collect(0.5)
        assert sorted(r.position for r, result in done if result.kind is None) == [0, 1]
        assert pool.busy == 0
    finally:
        pool.close()


# --- workers end with their runner, whatever ends it --------------------------------------------------------

CLI_DRIVER = textwrap.dedent("""
    import os, sys, time
    sys.path.insert(0, {tests!r})
    import test_batch as tb
    import webclean.pipeline as pipeline
    from webclean.cli import main

    def slow_stage(doc, opts):
        open(os.path.join({pids!r}, str(os.getpid())), "w").close()   # who the workers are
        time.sleep(0.01)
        tb.test_stage(doc, opts)

    pipeline.STAGES = (("slow", slow_stage),)
    sys.exit(main(["batch", {src!r}, "-o", {out!r}, "--workers", "2", "--quiet", *sys.argv[1:]]))
""")


def _alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie waiting for its new parent to reap it counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state not in ("Z", "X")


def _start_cli_run(tmp_path: Path, n: int) -> tuple[subprocess.Popen, Path, Path, list[str], dict]:
    src, out, pids = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "pids"
    pids.mkdir()
    write_jsonl(src, [make_page(i) for i in range(n)])
    driver = tmp_path / "driver.py"
    driver.write_text(CLI_DRIVER.format(tests=str(ROOT / "tests"), src=str(src), out=str(out), pids=str(pids)))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, str(driver)], env=env, start_new_session=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.05)
    return proc, out, pids, [sys.executable, str(driver)], env


def _worker_pids(pids: Path, runner: int) -> list[int]:
    found = [int(p.name) for p in pids.iterdir() if int(p.name) != runner]
    assert len(found) >= 2, "both workers must have cleaned pages before the runner is stopped"
    return found


def _wait_gone(pids: list[int], seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.05)
    return [p for p in pids if _alive(p)]


def _resume_and_check(cmd: list[str], env: dict, out: Path, n: int) -> None:
    done = subprocess.run([*cmd, "--resume"], env=env, timeout=120)
    assert done.returncode == 0
    rows = read_rows(out)
    positions = [r["position"] for r in rows]
    assert len(positions) == len(set(positions)) == n          # every row once
    assert all(r["title"] == f"第{r['position']}号新闻标题" for r in rows)


@pytest.mark.slow
def test_runner_killed_alone_with_sigkill_leaves_no_worker_and_resume_completes(tmp_path):
    """An orchestrator or the OOM killer kills the runner only, not its process group."""
    n = 400
    proc, out, pids, cmd, env = _start_cli_run(tmp_path, n)
    try:
        workers = _worker_pids(pids, proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        left = _wait_gone(workers, 5.0)
    finally:
        for pid in pids.iterdir():           # never leave a stray process behind, even when the test fails
            if int(pid.name) != proc.pid and _alive(int(pid.name)):
                os.kill(int(pid.name), signal.SIGKILL)
    assert left == [], f"workers {left} outlived their runner"
    before = len(out.read_bytes().splitlines())
    assert 0 < before < n, "the run must be killed part-way for this test to mean anything"
    _resume_and_check(cmd, env, out, n)


@pytest.mark.slow
def test_sigterm_stops_the_run_like_ctrl_c(tmp_path, capsys):
    n = 400
    proc, out, pids, cmd, env = _start_cli_run(tmp_path, n)
    try:
        workers = _worker_pids(pids, proc.pid)
        os.kill(proc.pid, signal.SIGTERM)          # the runner alone, as `timeout` or a scheduler would
        code = proc.wait(20)
        left = _wait_gone(workers, 5.0)
    finally:
        for pid in pids.iterdir():
            if int(pid.name) != proc.pid and _alive(int(pid.name)):
                os.kill(int(pid.name), signal.SIGKILL)
    assert code == 128 + signal.SIGTERM
    assert left == []
    data = out.read_bytes()
    assert data.endswith(b"\n")                    # rows flushed whole: no torn line to cut on resume
    assert 0 < len(data.splitlines()) < n
    _resume_and_check(cmd, env, out, n)


def test_summary_names_the_signal_that_stopped_the_run():
    text = BatchSummary("o.jsonl", rows=3, interrupted=True, stop_signal=signal.SIGTERM).describe()
    assert "INTERRUPTED by SIGTERM" in text and "--resume" in text


ORPHAN = textwrap.dedent("""
    import os, sys, time
    from webclean.parent_watch import watch_parent

    parent = os.getpid()                 # taken before the fork, as the runner passes it to its workers: a
    child = os.fork()                    # getppid() read after the fork races a parent killed at once
    if child == 0:                       # the worker: only the portable watchdog, no kernel signal
        watch_parent(parent, interval=0.1)
        time.sleep(120)
        os._exit(0)
    print(child, flush=True)
    time.sleep(120)
""")


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_watchdog_ends_a_worker_whose_parent_died_without_the_kernel_signal(tmp_path):
    """The fallback for systems without PR_SET_PDEATHSIG: the worker sees it was orphaned and exits."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-c", ORPHAN], env=env, stdout=subprocess.PIPE, text=True,
                            start_new_session=True)
    child = int(proc.stdout.readline())
    try:
        assert _alive(child)
        proc.kill()
        proc.wait(10)
        assert _wait_gone([child], 5.0) == []
    finally:
        if _alive(child):
            os.kill(child, signal.SIGKILL)


# --- the everyday command: progress, files that are not pages, output order ---------------------------------

def test_progress_bar_has_a_total_and_an_eta_when_the_input_size_is_known(tmp_path, capsys):
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(6):
        (pages / f"{i}.html").write_text(make_page(i), encoding="utf-8")
    src = tmp_path / "more.jsonl"
    write_jsonl(src, [make_page(i) for i in range(4)])
    run_batch([str(pages), str(src)], str(tmp_path / "out.jsonl"), cleaner=cleaner(), workers=0, progress=True)
    bar = capsys.readouterr().err.replace("\r", "\n").strip().splitlines()[-1]
    assert re.search(r"\b10/10 \[\d\d:\d\d<\d\d:\d\d", bar), bar      # done/total [elapsed<remaining


def test_progress_bar_counts_without_a_total_when_the_size_is_unknown(tmp_path, capsys):
    pytest.importorskip("warcio")
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc_bytes([make_page(i) for i in range(3)], True))
    run_batch([str(path)], str(tmp_path / "out.jsonl"), cleaner=cleaner(), workers=0, progress=True)
    bar = capsys.readouterr().err.replace("\r", "\n").strip().splitlines()[-1]
    assert re.search(r"\b3page \[", bar) and "/3" not in bar, bar


def test_files_that_are_not_pages_become_warning_rows_and_a_note(tmp_path, monkeypatch, capsys):
    import webclean.pipeline as pipeline

    monkeypatch.setattr(pipeline, "STAGES", STAGES)
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    (crawl / "a.html").write_text(make_page(1), encoding="utf-8")
    (crawl / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (crawl / "meta.json").write_text('{"crawl": "2024"}', encoding="utf-8")
    (crawl / "0002").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))       # an image saved without a name ending
    (crawl / "b").write_text(make_page(2), encoding="utf-8")              # a page saved without one
    out = tmp_path / "out.jsonl"
    assert _batch_cli(str(crawl), "-o", str(out), "--workers", "0") == 1
    rows = {Path(r["id"]).name: r for r in read_rows(out)}
    assert rows["a.html"]["title"] == "第1号新闻标题" and rows["b"]["title"] == "第2号新闻标题"
    assert rows["logo.png"]["error_kind"] == "not_a_page" and rows["logo.png"]["error"] == "not a page: .png file"
    assert rows["0002"]["error"] == "not a page: PNG image"
    assert rows["meta.json"]["error_kind"] == "not_a_page" and ".jsonl" in rows["meta.json"]["error"]
    assert "3 files were not pages" in capsys.readouterr().err


def _order_stage(doc, opts) -> None:
    if "SLOW" in _text(doc):
        time.sleep(1.0)
    test_stage(doc, opts)


@pytest.mark.slow
def test_ordered_output_keeps_input_order_with_workers(tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [make_page(i, "SLOW" if i in (0, 5) else "") for i in range(12)])
    slow = Cleaner(stages=(("order", _order_stage),))
    unordered, ordered = tmp_path / "unordered.jsonl", tmp_path / "ordered.jsonl"
    run_batch([str(src)], str(unordered), cleaner=slow, workers=2, quiet=True)
    run_batch([str(src)], str(ordered), cleaner=slow, workers=2, quiet=True, ordered=True)
    assert [r["position"] for r in read_rows(unordered)] != list(range(12))   # workers finish out of order
    assert [r["position"] for r in read_rows(ordered)] == list(range(12))
    assert [r["title"].removesuffix("SLOW") for r in read_rows(ordered)] == [f"第{i}号新闻标题" for i in range(12)]


# --- one record schema for JSON lines, Parquet and Arrow ----------------------------------------------------

def _schema_inputs(tmp_path: Path) -> Path:
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    for i in range(3):
        (crawl / f"{i}.html").write_bytes(make_page(i).encode("utf-8"))
    (crawl / "3.html").write_bytes("涓枃椤甸潰锛屾爣棰樹贡鐮併€?".encode())   # mojibake: a repair event
    (crawl / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (crawl / "empty.jsonl").write_text('{"html": ""}\n{oops\n', encoding="utf-8")
    return crawl


def test_jsonl_and_parquet_outputs_carry_the_same_columns_and_values(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    from webclean.schema import OUTPUT_COLUMNS

    crawl = _schema_inputs(tmp_path)
    as_jsonl, as_parquet = tmp_path / "out.jsonl", tmp_path / "out.parquet"
    run_batch([str(crawl)], str(as_jsonl), workers=0, quiet=True)
    run_batch([str(crawl)], str(as_parquet), workers=0, quiet=True)
    jsonl_rows = read_rows(as_jsonl)
    assert all(tuple(r) == OUTPUT_COLUMNS for r in jsonl_rows)         # error rows too: every column, in order
    table = pq.read_table(as_parquet)
    assert tuple(table.schema.names) == OUTPUT_COLUMNS
    parquet_rows = {r["position"]: r for r in table.to_pylist()}
    assert len(jsonl_rows) == len(parquet_rows) == 7
    for row in jsonl_rows:
        other = parquet_rows[row["position"]]
        assert {k: v for k, v in row.items() if k != "seconds"} == {k: v for k, v in other.items() if k != "seconds"}
    kinds = sorted((Path(r["id"]).name.split(":")[0], r["error_kind"]) for r in jsonl_rows if r["error_kind"])
    assert kinds == [("empty.jsonl", "bad_input"), ("empty.jsonl", "empty"), ("logo.png", "not_a_page")]
    assert all(r["title"] is None and r["paragraphs"] == [] for r in jsonl_rows if r["error_kind"])
    page = next(r for r in jsonl_rows if r["id"].endswith("1.html"))
    assert page["removed"] and page["evidence"] and page["published_precision"] and page["encoding_evidence"]
    mojibake = next(r for r in jsonl_rows if r["id"].endswith("3.html"))
    assert mojibake["repairs"] and set(mojibake["repairs"][0]) == {"kind", "before", "after", "where", "rule"}


def test_arrow_batch_carries_the_record_columns_of_the_batch_output(tmp_path):
    pa = pytest.importorskip("pyarrow")
    from webclean.arrow import RECORD_SCHEMA, clean_arrow_batch
    from webclean.schema import RECORD_COLUMNS

    out = tmp_path / "out.jsonl"
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [make_page(i) for i in range(2)])
    run_batch([str(src)], str(out), workers=0, quiet=True)
    urls = [f"http://news.example.cn/{i}.html" for i in range(2)]
    batch = clean_arrow_batch(pa.RecordBatch.from_pydict({"html": [make_page(i) for i in range(2)], "url": urls}),
                              url_col="url")
    assert batch.schema == RECORD_SCHEMA and tuple(batch.schema.names) == RECORD_COLUMNS
    for arrow_row, jsonl_row in zip(batch.to_pylist(), read_rows(out)):
        assert arrow_row == {name: jsonl_row[name] for name in RECORD_COLUMNS}


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_report_summary_reads_jsonl_and_parquet_outputs(tmp_path, suffix):
    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    from webclean.cli import main

    crawl = _schema_inputs(tmp_path)
    out = tmp_path / f"out{suffix}"
    run_batch([str(crawl)], str(out), workers=0, quiet=True)
    report = tmp_path / "summary.html"
    assert main(["report", "--summary", str(out), "-o", str(report)]) == 0
    html = report.read_text(encoding="utf-8")
    assert "rows: 7" in html and "errors: 3" in html
    assert re.search(r"<td>not_a_page</td><td>1</td>", html) and re.search(r"<td>navigation</td><td>\d+</td>", html)
    assert re.search(r"<td>mojibake</td><td>\d+</td>", html)
