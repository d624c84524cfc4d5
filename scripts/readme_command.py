#!/usr/bin/env python3
"""Print a command that the README marks for machines to run, exactly as a reader sees it.

    python3 scripts/readme_command.py run      # the set-up and example run
    python3 scripts/readme_command.py test     # the whole test suite
    python3 scripts/readme_command.py --list   # every marked command's name

The README marks a command by wrapping its fenced block in ``<!-- NAME-command -->`` and
``<!-- /NAME-command -->``. ``.ci/run`` runs the ``run`` and ``test`` commands through this script, so a set-up
line that breaks on a fresh machine cannot land; ``tests/test_readme.py`` checks the marked commands.
Standard library only: CI runs it before any virtual environment exists.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"

_MARKED = re.compile(r"<!-- (?P<name>[\w-]+)-command -->\n(?P<body>.*?)<!-- /(?P=name)-command -->", re.S)


def marked_commands(text: str) -> dict[str, str]:
    """Every marked command of a README text, by name, without its fence lines and blank lines.

    >>> marked_commands("<!-- run-command -->\\n```\\necho hi\\n```\\n<!-- /run-command -->\\n")
    {'run': 'echo hi'}
    """
    out = {}
    for match in _MARKED.finditer(text):
        lines = [line for line in match["body"].splitlines() if line.strip() and not line.startswith("```")]
        out[match["name"]] = "\n".join(lines)
    return out


def main(argv: list[str]) -> int:
    commands = marked_commands(README.read_text(encoding="utf-8"))
    if argv == ["--list"]:
        print("\n".join(commands))
        return 0
    if len(argv) != 1 or not commands.get(argv[0]):
        print(f"readme_command: no such marked command: {' '.join(argv)} (marked: {', '.join(commands)})",
              file=sys.stderr)
        return 1
    print(commands[argv[0]])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
