"""The layout's rules, checked on the source: imports run one way and never reach into private names.

Outer ring -> pipeline -> corpus -> stages in order -> core. A stage imports ``core``, the shared vocabulary
(``document``, ``record``, ``options``) and the public names of earlier stages; never a later stage, the
pipeline or the outer ring; ``corpus`` (the signals and fingerprint the pipeline adds to a finished record)
comes after the stages and before the pipeline; no module imports another module's ``_private`` name.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "webclean"
STAGES = ("decode", "repair", "parse", "strip", "extract", "normalise")
SHARED_VOCABULARY = ("core", "document", "record", "options")
AFTER_STAGES = ("corpus",)
OUTER = ("pipeline", "cli", "batch", "batch_cli", "batch_dedup", "report", "arrow", "io", "integrations")
OUTER_RANK = len(STAGES) + 2


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py"))


def _dotted(path: Path) -> list[str]:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return parts[:-1] if parts[-1] == "__init__" else parts


def _imports(path: Path) -> list[tuple[list[str], list[str], int]]:
    """(target module as parts under webclean, imported names, line) for each relative or webclean import."""
    here = _dotted(path)
    package = here if path.name == "__init__.py" else here[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
                target = base + (node.module.split(".") if node.module else [])
            elif node.module and node.module.split(".")[0] == "webclean":
                target = node.module.split(".")[1:]
            else:
                continue
            found.append((target, [a.name for a in node.names], node.lineno))
    return found


def _rank(parts: list[str]) -> int | None:
    """Position in the one-way order: shared vocabulary 0, stages 1..6, corpus 7, outer ring 8; None for the
    top."""
    if not parts:
        return None
    head = parts[0]
    if head in SHARED_VOCABULARY:
        return 0
    if head in STAGES:
        return 1 + STAGES.index(head)
    if head in AFTER_STAGES:
        return len(STAGES) + 1
    if head in OUTER:
        return OUTER_RANK
    return None


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_imports_run_one_way(path: Path) -> None:
    own = _rank(_dotted(path))
    if own is None or own == OUTER_RANK:
        return  # the package root and the outer ring may import anything below them
    for target, _names, line in _imports(path):
        rank = _rank(target)
        if not target or rank is None:
            continue
        if own == 0 and target[0] in ("document", "record", "options", "core"):
            continue  # the shared vocabulary builds on itself
        assert rank <= own, f"{path.name}:{line} imports {'.'.join(target)}, a later stage or the outer ring"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_imports_another_modules_private_names(path: Path) -> None:
    for target, names, line in _imports(path):
        private = [n for n in names if n.startswith("_") and not n.startswith("__")]
        assert not private, f"{path.name}:{line} imports private {private} from {'.'.join(target)}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_reads_private_attributes_of_another_module(path: Path) -> None:
    """``navigation._crumb_patterns()`` from another module is a private name reached by attribute."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("webclean")):
            for alias in node.names:
                if alias.name.islower() and not alias.name.startswith("_"):
                    modules.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules
                and node.attr.startswith("_") and not node.attr.startswith("__")):
            # only a module bound by an import counts: functions named in lower case are not modules
            target = SRC.rglob(f"{node.value.id}.py")
            if any(True for _ in target):
                raise AssertionError(f"{path.name}:{node.lineno} reads {node.value.id}.{node.attr}")


def test_corpus_comes_after_the_stages_and_before_the_pipeline() -> None:
    """The signals are computed from a finished record: corpus may read core and record, never the pipeline
    (which calls it) nor the outer ring."""
    assert _rank(["corpus"]) == len(STAGES) + 1 < _rank(["pipeline"])
    for path in (SRC / "corpus").glob("*.py"):
        for target, _, line in _imports(path):
            assert target and target[0] in ("core", "record", "corpus"), f"corpus/{path.name}:{line} imports {target}"


def test_the_layout_shows_the_six_stages_and_the_core() -> None:
    packages = {p.name for p in SRC.iterdir() if (p / "__init__.py").is_file()}
    assert set(STAGES) | {"core"} <= packages
    for stage in STAGES:
        source = (SRC / stage / "__init__.py").read_text(encoding="utf-8")
        assert f"def {stage}_stage(" in source, f"{stage}/__init__.py defines no {stage}_stage"
