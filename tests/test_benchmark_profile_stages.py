"""benchmarks/profile_stages.py: every stage and step timed on pages of our own, the peer in the same rounds."""
from __future__ import annotations

from .benchmark_helpers import ARTICLE_ONE, ARTICLE_TWO, load_benchmark

profile = load_benchmark("profile_stages")


def test_every_step_is_found_in_the_stage_modules():
    """A step renamed in the package would silently drop out of the README's profile."""
    timers = profile.Timers()
    restore, missing = profile.install_step_timers(timers)
    for module, attribute, func in restore:
        setattr(module, attribute, func)
    assert missing == []
    assert len(restore) == len(profile.STEPS)


def test_the_profile_of_two_pages(tmp_path, capsys):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "one.html").write_text(ARTICLE_ONE, encoding="utf-8")
    (pages / "two.html").write_text(ARTICLE_TWO, encoding="utf-8")
    assert profile.main(["--corpus", str(tmp_path), "--rounds", "2"]) == 0
    out = capsys.readouterr().out
    for stage in ("decode", "repair", "parse", "strip", "extract", "normalise"):
        assert f"| **{stage}** |" in out
    for step in ("segmentation into blocks", "tree cleaning", "mojibake", "body selection", "spam"):
        assert step in out
    assert "| **`clean()`** |" in out and "lxml parse and walk" in out
    rows = profile.run(profile.corpus_pages(tmp_path, False), 1, False)
    total = rows["clean"][0]
    stages = sum(rows[s][0] for s in ("decode", "repair", "parse", "strip", "extract", "normalise"))
    assert 0 < stages <= total                      # the stages are timed inside the call
    assert rows["parse/segment"][0] <= rows["parse"][0]
