"""The command line as a user meets it: output shapes, options, one-line errors and exit codes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import webclean
from webclean.cli import EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, main

ROOT = Path(__file__).resolve().parents[1]

PAGE = ("首页 > 财经 > 正文\n\n一季度外贸数据发布\n\n2025年4月14日 10:00\n\n"
        "海关总署今天发布数据，一季度进出口总值同比增长，出口表现好于预期。\n\n（记者 赵强）\n")


def test_clean_prints_json_record(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["clean", str(page)]) == EXIT_OK
    (data,) = json.loads(capsys.readouterr().out)      # --format json is always an array, one page or many
    assert data["title"] == "一季度外贸数据发布"
    assert data["breadcrumb"] == ["首页", "财经", "正文"]
    assert data["path"] == str(page)


def test_jsonl_one_line_per_page(tmp_path, capsys):
    paths = []
    for i in range(3):
        p = tmp_path / f"p{i}.txt"
        p.write_text(PAGE, encoding="utf-8")
        paths.append(str(p))
    assert main(["clean", "--format", "jsonl", *paths]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and all(json.loads(line)["title"] == "一季度外贸数据发布" for line in lines)


def test_multiple_pages_as_json_array(tmp_path, capsys):
    p = tmp_path / "p.txt"
    p.write_text(PAGE, encoding="utf-8")
    assert main(["clean", str(p), str(p)]) == EXIT_OK
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_unreadable_input_exits_3_and_still_cleans_the_rest(tmp_path, capsys):
    p = tmp_path / "p.txt"
    p.write_text(PAGE, encoding="utf-8")
    assert main(["clean", "--format", "text", str(tmp_path / "missing.txt"), str(p)]) == EXIT_UNREADABLE
    out = capsys.readouterr()
    assert "cannot read" in out.err and "missing.txt" in out.err
    assert "一季度外贸数据发布" in out.out


def test_usage_error_exits_2(capsys):
    assert main(["clean"]) == EXIT_USAGE


@pytest.mark.slow
def test_stdin_via_subprocess():
    proc = subprocess.run([sys.executable, "-m", "webclean", "clean", "--format", "text", "-"],
                          input=PAGE.encode("utf-8"), capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode("utf-8")
    assert "title: 一季度外贸数据发布" in out
    assert "海关总署今天发布数据" in out




def _one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_version(capsys):
    assert main(["--version"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == f"webclean {webclean.__version__}"


def test_json_is_an_array_for_one_page_many_pages_and_none(tmp_path, capsys):
    p = tmp_path / "p.txt"
    p.write_text(PAGE, encoding="utf-8")
    for paths, expected in (([str(p)], 1), ([str(p)] * 3, 3)):
        assert main(["clean", *paths]) == EXIT_OK
        data = json.loads(capsys.readouterr().out)
        assert isinstance(data, list) and len(data) == expected
    assert main(["clean", str(tmp_path / "missing.txt")]) == EXIT_UNREADABLE
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize("argv, code, words", [
    (["clean", "PAGE", "--time-budget", "0"], 2, "--time-budget"),
    (["clean", "PAGE", "--min-paragraph-chars", "-5"], 2, "--min-paragraph-chars"),
    (["clean", "PAGE", "--charset", "no-such-charset"], 2, "no-such-charset"),
    (["clean", "PAGE", "-H", "not a header"], 2, "Name: value"),
    (["report", "PAGE", "-o", "OUT/r.html", "--time-budget", "0"], 2, "--time-budget"),
    (["report", "PAGE", "-o", "MISSING/r.html"], 3, "does not exist"),
    (["report", "--summary", "PAGE", "-o", "OUT/r.html"], 3, "not a batch output"),
    (["batch", "PAGE", "-o", "MISSING/out.jsonl"], 3, "does not exist"),
    (["batch", "PAGE", "-o", "OUT/out.jsonl", "--page-timeout", "0"], 2, "--page-timeout"),
    (["batch", "PAGE", "-o", "OUT/out.jsonl", "--workers", "-1"], 2, "--workers"),
    (["batch", "MISSING.jsonl", "-o", "OUT/out.jsonl"], 3, "MISSING.jsonl"),
    (["batch", "-", "-", "-o", "OUT/out.jsonl"], 2, "only once"),
    (["batch", "PAGE", "-o", "-", "--resume"], 2, "standard output"),
])
def test_mistakes_give_one_line_and_their_exit_code(tmp_path, capsys, argv, code, words):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    (tmp_path / "OUT").mkdir()
    argv = [str(page) if a == "PAGE" else a.replace("OUT/", f"{tmp_path}/OUT/").replace("MISSING", f"{tmp_path}/none")
            for a in argv]
    assert main(argv) == code
    err = capsys.readouterr().err
    line = err.strip().splitlines()[-1]     # argparse prints its usage line first
    assert "Traceback" not in err and words.replace("MISSING", "none") in line, err
    assert not list((tmp_path / "OUT").iterdir())           # nothing written


def test_batch_stops_before_the_run_on_a_field_no_row_has(tmp_path, capsys):
    src = tmp_path / "pages.jsonl"
    src.write_text("".join(json.dumps({"content": PAGE, "url": f"http://a.cn/{i}"}, ensure_ascii=False) + "\n"
                           for i in range(20)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(src), "-o", str(out), "--workers", "0"]) == EXIT_USAGE
    line = _one_line_error(capsys.readouterr().err)
    assert "'html'" in line and "content" in line and "--html-field" in line
    assert not out.exists()
    assert main(["batch", str(src), "-o", str(out), "--workers", "0", "--html-field", "content", "--quiet"]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 20


def test_batch_parquet_input_without_the_page_column_stops(tmp_path, capsys):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "pages.parquet"
    pq.write_table(pa.table({"body": [PAGE]}), src)
    assert main(["batch", str(src), "-o", str(tmp_path / "o.jsonl")]) == EXIT_USAGE
    assert "no column 'html'" in _one_line_error(capsys.readouterr().err)


def _run(args: list[str], stdin: bytes = b"", cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-m", "webclean", *args], input=stdin, capture_output=True,
                          timeout=120, env=env, cwd=cwd)


@pytest.mark.slow
def test_batch_reads_stdin_and_writes_stdout(tmp_path):
    lines = "".join(json.dumps({"html": PAGE, "id": i}, ensure_ascii=False) + "\n" for i in range(4))
    proc = _run(["batch", "-", "-o", "-", "--workers", "2", "--ordered", "--id-field", "id"],
                lines.encode("utf-8"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    rows = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["0", "1", "2", "3"] and [r["input"] for r in rows] == ["<stdin>"] * 4
    assert all(r["title"] == "一季度外贸数据发布" for r in rows)
    assert "4 rows written to -" in proc.stderr.decode()
    assert list(tmp_path.iterdir()) == []                  # no file named "-", no run record


@pytest.mark.slow
def test_batch_reads_a_warc_from_stdin(tmp_path):
    pytest.importorskip("warcio")
    sys.path.insert(0, str(ROOT / "tests"))
    from test_batch import _warc_bytes, make_page

    proc = _run(["batch", "-", "-o", "-", "--workers", "0", "--quiet"], _warc_bytes([make_page(i) for i in range(3)],
                                                                               True), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    rows = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [r["url"] for r in rows] == [f"http://news.example.cn/{i}.html" for i in range(3)]
    assert rows[1]["title"] == "第1号新闻标题" and rows[1]["encoding"] == "gb18030"


GBK_PAGE = "<p>这是一个很短的中文页面，说明新品种水稻的试种情况。</p>".encode("gbk")


@pytest.mark.parametrize("option", [["--charset", "gbk"], ["-H", "Content-Type: text/html; charset=gbk"],
                                    ["--headers", "content-type: text/html;charset=GBK"]])
def test_clean_passes_the_declared_charset(tmp_path, capsys, option):
    page = tmp_path / "p.html"
    page.write_bytes(GBK_PAGE)
    assert main(["clean", str(page), *option]) == EXIT_OK
    (rec,) = json.loads(capsys.readouterr().out)
    assert any(e.startswith("header:gbk") for e in rec["encoding_evidence"])


def test_clean_takes_the_library_options(tmp_path, capsys):
    from webclean.cli import build_parser
    from webclean.cli_options import cleaner_from_args

    args = build_parser().parse_args(["clean", "p", "--no-tables", "--no-links", "--min-paragraph-chars", "12",
                                      "--keep-comments", "--script", "keep", "--punctuation", "ascii"])
    options = cleaner_from_args(args).options
    assert (options.keep_tables, options.include_links, options.min_paragraph_chars) == (False, False, 12)
    assert (options.keep_comments, options.script, options.punctuation) == (True, "keep", "ascii")
    assert options.keep_replies is True
    first_post = build_parser().parse_args(["clean", "p", "--first-post-only"])
    assert cleaner_from_args(first_post).options.keep_replies is False
    page = tmp_path / "p.txt"
    page.write_text(PAGE + "\n短句。\n", encoding="utf-8")
    assert main(["clean", str(page), "--min-paragraph-chars", "8"]) == EXIT_OK
    (rec,) = json.loads(capsys.readouterr().out)
    assert rec["paragraphs"] and all(len(p) >= 8 for p in rec["paragraphs"])


def test_markdown_output(tmp_path, capsys):
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["clean", "--format", "markdown", str(page), str(page)]) == EXIT_OK
    out = capsys.readouterr().out
    first, second = out.split("\n---\n\n")
    assert first.startswith("# 一季度外贸数据发布\n\n") and first == second
    assert "- author: 赵强" in first and "- breadcrumb: 首页 \\> 财经 \\> 正文" in first
    assert "\n\n海关总署今天发布数据，一季度进出口总值同比增长，出口表现好于预期。\n" in first


def test_markdown_escapes_page_text():
    from webclean.cli import markdown_escape

    assert markdown_escape("# 不是标题") == "\\# 不是标题"
    assert markdown_escape("<script>x</script>") == "\\<script\\>x\\</script\\>"
    assert markdown_escape("2024. 年度") == "2024\\. 年度"
