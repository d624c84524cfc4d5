from __future__ import annotations

import json
import subprocess
import sys

from webclean.cli import EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, main

PAGE = "首页 > 财经 > 正文\n\n一季度外贸数据发布\n\n2025年4月14日 10:00\n\n海关总署今天发布数据，一季度进出口总值同比增长，出口表现好于预期。\n\n（记者 赵强）\n"


def test_clean_prints_json_record(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["clean", str(page)]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
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
    assert len(lines) == 3 and all(json.loads(l)["title"] == "一季度外贸数据发布" for l in lines)


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


def test_stdin_via_subprocess():
    proc = subprocess.run([sys.executable, "-m", "webclean", "clean", "--format", "text", "-"],
                          input=PAGE.encode("utf-8"), capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode("utf-8")
    assert "title: 一季度外贸数据发布" in out
    assert "海关总署今天发布数据" in out


