"""The README's commands work on a fresh machine as printed, and CI runs the ones a new user runs first."""
from __future__ import annotations

import os
import re
import runpy
import subprocess
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
marked_commands = runpy.run_path(str(ROOT / "scripts" / "readme_command.py"))["marked_commands"]
COMMANDS = marked_commands(README)


def test_readme_marks_its_set_up_run_test_and_benchmark_commands():
    assert {"run", "test", "bench"} <= set(COMMANDS)
    assert "webclean clean fixtures/" in COMMANDS["run"]
    assert "pytest" in COMMANDS["test"] and "benchmarks/extract.py" in COMMANDS["bench"]


def test_ci_runs_the_readme_run_command_and_test_command_as_printed():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    # A .ci/run without the dry-run switch would install and run the whole suite from inside this test.
    assert "CI_DRY_RUN" in script, ".ci/run has no dry run, so it cannot be checked here"
    env = {**os.environ, "CI_DRY_RUN": "1"}
    proc = subprocess.run(["bash", str(ROOT / ".ci" / "run")], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    ran = [line.split(" command: ", 1)[1] for line in proc.stdout.splitlines() if line.startswith("ci: running")]
    assert ran == [COMMANDS["run"], COMMANDS["test"]]


def test_readme_installs_webclean_from_the_checkout():
    """webclean is not published on a package index: `pip install "webclean[...]"` fails on a fresh machine."""
    installs = re.findall(r"pip install[^\n]*", README)
    assert installs
    for line in installs:
        assert not re.search(r"""pip install (-\S+ )*["']?webclean""", line), line


def _requirements(dist: str, extras: set[str]) -> list:
    from packaging.requirements import Requirement

    out = []
    for text in metadata.requires(dist) or []:
        req = Requirement(text)
        envs = [{"extra": e} for e in extras] or [{"extra": ""}]
        if req.marker is None or any(req.marker.evaluate(env) for env in envs):
            out.append(req)
    return out


def _extra_spellings(extras: set[str]) -> dict[tuple[str, str], set[str]]:
    """Every ``package[extra]`` that installing webclean with ``extras`` asks for, by normalised name, with
    the spellings used (walked through the installed distributions' metadata)."""
    from packaging.utils import canonicalize_name

    spellings: dict[tuple[str, str], set[str]] = {}
    seen: set[tuple[str, frozenset]] = set()
    todo = [("webclean", frozenset(extras))]
    while todo:
        dist, wanted = todo.pop()
        if (dist, wanted) in seen:
            continue
        seen.add((dist, wanted))
        try:
            reqs = _requirements(dist, set(wanted))
        except metadata.PackageNotFoundError:
            continue
        for req in reqs:
            for extra in req.extras:
                spellings.setdefault((canonicalize_name(req.name), canonicalize_name(extra)), set()).add(extra)
            todo.append((req.name, frozenset(req.extras)))
    return spellings


def test_readme_installs_work_with_the_pip_a_fresh_venv_brings():
    """pip before 23.3 (23.2 comes with `python3 -m venv` on Python 3.11) stops with an internal resolver
    error when one package's extra is asked for under two spellings (``lxml[html_clean]`` by one peer,
    ``lxml[html-clean]`` by another): a README command installing such an extra must upgrade pip first."""
    pytest.importorskip("packaging")
    checked = 0
    for command in re.findall(r"^\s*(.*pip install.*)$", README, re.M):   # marked or not, fenced or indented
        name = command.strip()
        for match in re.finditer(r"""pip install (?:-\S+ )*["']?\.\[([\w,-]+)\]""", command):
            extras = set(match.group(1).split(","))
            if not all(_installed_extra(e) for e in extras):
                continue                        # its packages are not here to inspect
            checked += 1
            clashes = {k: v for k, v in _extra_spellings(extras).items() if len(v) > 1}
            if clashes:
                upgrade = command.find("pip install -q -U pip")
                assert 0 <= upgrade < match.start(), (
                    f"README {name} command installs .[{match.group(1)}], which asks for {clashes} under two "
                    "spellings: it must upgrade pip before")
    if not checked:
        pytest.skip("no README extra is installed here to inspect")


def _installed_extra(extra: str) -> bool:
    reqs = _requirements("webclean", {extra})
    try:
        return all(metadata.version(r.name) for r in reqs)
    except metadata.PackageNotFoundError:
        return False
