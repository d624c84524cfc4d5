"""Inputs found by fuzzing (fuzz/fuzz_clean.py) that once hung or crashed, kept as regression tests."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import webclean
from webclean.extract.body import is_pagination

ROOT = Path(__file__).resolve().parents[1]


def test_long_digit_run_on_a_pager_like_line_does_not_hang():
    # atheris found a text page whose date line ran on into "080000…": the pager pattern split the digit
    # run in exponentially many ways under fullmatch (seconds per extra digit).
    line = "4050-07-15 08" + "0" * 40
    started = time.process_time()   # CPU time of this process: other jobs on the machine do not count
    assert is_pagination(line) is False
    assert is_pagination("0" * 110) is False
    assert is_pagination("." * 110) is False
    page = "标题\n\n" + line + "\n\n正文第一段，内容足够长，用来测试。\n" + "1 " * 50 + "\n"
    rec = webclean.clean(page)
    assert time.process_time() - started < 5
    assert "正文第一段" in rec.body


atheris = pytest.importorskip("atheris")


@pytest.mark.slow
def test_fuzz_target_runs_for_a_bounded_time(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for page in sorted((ROOT / "fixtures" / "text").glob("*.txt"))[:6]:
        shutil.copy(page, seeds / page.name)
    proc = subprocess.run([sys.executable, str(ROOT / "fuzz" / "fuzz_clean.py"), "-runs=300", "-max_len=1024",
                           "-timeout=30", str(seeds)], capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Done 300 runs" in proc.stderr
