"""The inspection report: content, safety, and rendering in a real headless Chromium."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from webclean import Cleaner
from webclean.cli import main
from webclean.report import page_report, render_page_report, summary_report

HACKED = ("亚洲黄色网站,在线观看黄色视频,无码毛片在线播放,www.xx123.com,澳门赌场官网,百家乐在线\n\n"
          "网站首页 | 网站地图 | 联系我们\n\n"
          "首页 > 社会 > 正文\n\n"
          "社区食堂开进老小区\n\n"
          "2025-06-02 08:30\n\n"
          "记者走访发现，社区食堂每天中午为老人提供两荤两素的套餐，价格比外面便宜不少。\n\n"
          "居民说<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">，"
          "食堂开到家门口，日子更方便了。\n\n"
          "（作者：周蓉）\n")


def test_report_lists_fields_blocks_and_repairs():
    html = page_report(HACKED, name="hacked.txt")
    assert 'class="block removed removed-spam"' in html
    assert "社区食堂开进老小区" in html
    assert 'data-field="author"' in html and "周蓉" in html
    assert "<img src=x" not in html and "&lt;img src=x" in html


def test_report_counts_match_the_document():
    rec, doc = Cleaner().inspect(HACKED)
    html = render_page_report(rec, doc, "x")
    removed = sum(1 for b in doc.blocks if b.label not in (None, "body"))
    assert f"removed blocks: {removed}" in html
    assert f"repairs: {len(rec.repairs)}" in html


def test_report_has_no_script_and_forbids_scripts():
    html = page_report("<html><body><script>alert(1)</script><p>正文内容，足够长的一段话。</p>"
                       "<p onclick=\"alert(2)\">第二段正文。</p></body></html>")
    assert "<script" not in html.lower()
    assert "onclick" not in html.lower()
    assert "Content-Security-Policy" in html and "default-src 'none'" in html


def test_summary_counts_and_histogram():
    rows = [{"id": "a", "spam_score": 0.95, "removed": [{"kind": "spam"}, {"kind": "navigation"}],
             "repairs": [{"kind": "mojibake"}], "seconds": 0.5},
            {"id": "b", "spam_score": 0.05, "removed": [{"kind": "navigation"}], "repairs": [], "seconds": 0.1},
            {"id": "c", "error": "timeout: budget", "error_kind": "timeout"}]
    html = summary_report(rows)
    assert "rows: 3" in html and "errors: 1" in html
    assert "<svg" in html and html.count('class="bar"') == 10
    assert re.search(r"<td>navigation</td><td>2</td>", html)
    assert re.search(r"<td>timeout</td><td>1</td>", html)


def test_cli_report(tmp_path):
    page = tmp_path / "hacked.txt"
    page.write_text(HACKED, encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["report", str(page), "-o", str(out)]) == 0
    assert "removed-spam" in out.read_text(encoding="utf-8")


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
BROWSER_PAGES = {
    "inline": HACKED,
    "html-fixture": (FIXTURES / "html" / "spam_keyword_line_first.html").read_bytes(),
    "text-fixture": (FIXTURES / "text" / "spam_keyword_line_top.txt").read_bytes(),
}


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")
@pytest.mark.parametrize("name", sorted(BROWSER_PAGES))
def test_report_renders_in_headless_chromium(tmp_path: Path, name: str):
    rec, doc = Cleaner().inspect(BROWSER_PAGES[name])
    report = tmp_path / "report.html"
    report.write_text(render_page_report(rec, doc, name), encoding="utf-8")
    profile = tmp_path / "profile"
    run = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}"]
    dom = subprocess.run(run + ["--dump-dom", report.as_uri()], capture_output=True, timeout=120, text=True).stdout
    shot = tmp_path / "shot.png"
    subprocess.run(run + [f"--screenshot={shot}", "--window-size=1200,1600", report.as_uri()],
                   capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 10_000
    assert 'class="legend"' in dom
    removed = sum(1 for b in doc.blocks if b.label not in (None, "body"))
    assert f"removed blocks: {removed}" in dom
    assert 'class="block removed removed-spam"' in dom
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
