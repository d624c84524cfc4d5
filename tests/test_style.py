"""ruff keeps the formatting and imports uniform: the checkout passes `ruff check` with the project's configuration.

ruff comes with the test extra (`pip install ".[test]"`); a missing ruff fails here rather than letting the
style regress unseen.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _ruff(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    try:
        import ruff  # noqa: F401 - only to say what is missing
    except ImportError as exc:   # pragma: no cover - the test extra installs it
        raise AssertionError("ruff is not installed: install the test extra, pip install '.[test]'") from exc
    return subprocess.run([sys.executable, "-m", "ruff", *args], cwd=ROOT, input=stdin, capture_output=True,
                          text=True, timeout=120, check=False)


def test_ruff_check_passes_on_the_checkout() -> None:
    done = _ruff("check", "--no-cache", ".")
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_the_project_configuration_is_the_one_applied() -> None:
    """A line of 130 characters and an unsorted import in a new module are found with pyproject.toml's rules."""
    source = "import sys\nimport os\n\nX = " + repr("a" * 130) + "\nprint(os, sys)\n"
    done = _ruff("check", "--no-cache", "--stdin-filename", "src/webclean/new_module.py", "-", stdin=source)
    assert done.returncode == 1
    assert "E501" in done.stdout and "I001" in done.stdout
