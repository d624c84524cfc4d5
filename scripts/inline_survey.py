#!/usr/bin/env python3
"""Count what is left to move out of logic modules: inline vocabulary and unexplained thresholds.

    python scripts/inline_survey.py [PACKAGE ...]        # default: every package under src/webclean

Inline vocabulary: word-like alternatives written in regular expressions (``责任编辑|责编|来源``: each
alternative holding two or more CJK characters or three or more Latin letters counts once), Chinese words
in tuple/set/list displays of two or more strings, and words in ``frozenset(...)`` displays (class names,
domains); ``__all__`` is not vocabulary. Thresholds: numeric literals other than 0, 1
and -1 that a comparison tests against (``len(text) > 200``, ``coverage >= 0.5``), anywhere but in the
assignment of an upper-case named constant or an index (``text[:2]``). Docstrings are skipped. The counts
are a guide for the work left, not a grade.
"""
from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "webclean"
_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


_CJK_CLASS = re.compile(r"\[([\u3400-\u9fff]+)\]")          # [编編]: one character in either script
_GLUE = re.compile(r"\(\?(?:<?[=!][^()]*\)|:)|[()?^$]|\\s[?*]|\\s\{\d*,?\d*\}")   # groups, anchors, optional spaces


def _word_like(piece: str) -> bool:
    """A literal word (maybe with S/T character classes and optional spaces), not a structural pattern."""
    bare = _GLUE.sub("", _CJK_CLASS.sub(lambda m: m.group(1)[0], piece))
    if any(ch in bare for ch in "[]{}\\.*+"):
        return False
    return len(_CJK.findall(bare)) >= 2 or bool(_LATIN_WORD.search(bare))


def _all_lists(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            ids.update(id(n) for n in ast.walk(node.value))
    return ids


def _frozenset_args(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "frozenset":
            for arg in node.args:
                ids.update(id(n) for n in ast.walk(arg))
    return ids


def vocabulary(tree: ast.AST) -> int:
    skip = _docstrings(tree) | _all_lists(tree)
    in_frozenset = _frozenset_args(tree)
    count = 0
    counted: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.Set, ast.List)) and id(node) not in skip:
            strings = [e for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(strings) >= 2 and len(strings) == len(node.elts):
                words = [e for e in strings if "|" not in e.value
                         and (len(_CJK.findall(e.value)) >= 1 or (id(e) in in_frozenset and _word_like(e.value)))]
                count += len(words)
                counted.update(id(e) for e in words)
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
                and id(node) not in counted and "|" in node.value):
            count += sum(1 for piece in node.value.split("|") if _word_like(piece))
    return count


def _named_constant_values(tree: ast.Module) -> set[int]:
    ids = set()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        else:
            targets = [node.target] if isinstance(node, ast.AnnAssign) else []
        names = [t for t in targets if isinstance(t, ast.Name)] + [e for t in targets if isinstance(t, ast.Tuple)
                                                                    for e in t.elts if isinstance(e, ast.Name)]
        if names and all(n.id.lstrip("_").isupper() for n in names) and node.value is not None:
            ids.update(id(n) for n in ast.walk(node.value))
    return ids


def _indices(tree: ast.AST) -> set[int]:
    """Constants that index or slice (``text[:2]``, ``marker[2]``): positions, not thresholds."""
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript):
            ids.update(id(n) for n in ast.walk(node.slice))
    return ids


def thresholds(tree: ast.Module) -> int:
    return len(threshold_nodes(tree))


def threshold_nodes(tree: ast.Module) -> list[ast.Constant]:
    """Numeric literals a comparison tests against, outside named constants and indices."""
    skip = _named_constant_values(tree) | _indices(tree)
    found: dict[int, ast.Constant] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            for side in [node.left, *node.comparators]:
                for sub in ast.walk(side):
                    if (isinstance(sub, ast.Constant) and type(sub.value) in (int, float)
                            and sub.value not in (0, 1, -1) and id(sub) not in skip):
                        found[id(sub)] = sub
    return list(found.values())


def survey(packages: list[str]) -> Counter[tuple[str, str]]:
    totals: Counter[tuple[str, str]] = Counter()
    for package in packages:
        for path in sorted((SRC / package).rglob("*.py")) if (SRC / package).is_dir() else [SRC / f"{package}.py"]:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            totals[(package, "vocabulary")] += vocabulary(tree)
            totals[(package, "thresholds")] += thresholds(tree)
    return totals


def main(argv: list[str]) -> int:
    packages = argv or sorted(p.name for p in SRC.iterdir() if (p / "__init__.py").is_file())
    totals = survey(packages)
    print(f"{'package':<14}{'inline vocabulary':>20}{'inline thresholds':>20}")
    for package in packages:
        print(f"{package:<14}{totals[(package, 'vocabulary')]:>20}{totals[(package, 'thresholds')]:>20}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
