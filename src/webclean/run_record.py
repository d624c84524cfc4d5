"""What produced a batch output: its inputs and settings, kept with the output so ``--resume`` can check them.

``webclean batch --resume`` skips the input positions an output already
holds. Positions only name the same rows when the inputs, their order, the
field options and the Cleaner's settings are the same; resuming with anything
else would silently mix two runs (or finish at once with the wrong records).
So every output carries a run record:

* a JSON lines output has it beside it, in ``OUTPUT.run.json``, kept after
  the run completes (``"complete": true``);
* a Parquet output has it in the file's own metadata (key ``webclean.run``);
  while the run is in progress it sits beside the journal.

A resume over an output whose record differs, or that has none, is refused
with :class:`ResumeRefused`, whose message is one line naming what differs.

>>> a = RunRecord(inputs=("/data/a.jsonl",), read={"html_field": "html"}, settings={"script": "auto"})
>>> b = RunRecord(inputs=("/data/b.jsonl",), read={"html_field": "html"}, settings={"script": "keep"})
>>> a.differences(b)
['inputs (/data/a.jsonl, not /data/b.jsonl)', 'settings (script auto, not keep)']
"""
from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

__all__ = ["RunRecord", "ResumeRefused", "run_record_path", "PARQUET_METADATA_KEY", "STDIN_NAME"]

#: The key of the run record in a finished Parquet output's schema metadata.
PARQUET_METADATA_KEY = b"webclean.run"

#: How standard input is named among the inputs (its content cannot be checked, only that it was stdin).
STDIN_NAME = "<stdin>"

# A long input list is shown by its first entries: the message has to stay one readable line.
_SHOWN_INPUTS = 3


class ResumeRefused(ValueError):
    """``--resume`` over an output that other inputs or settings produced (or that has no run record)."""


def run_record_path(journal: str) -> str:
    """Where the run record of a journal is kept.

    >>> run_record_path("out.jsonl")
    'out.jsonl.run.json'
    """
    return journal + ".run.json"


def _stage_name(name: str, function: Any) -> str:
    module = getattr(function, "__module__", None) or "?"
    return f"{name}={module}.{getattr(function, '__qualname__', type(function).__name__)}"


@dataclass(frozen=True)
class RunRecord:
    """The inputs (absolute paths in order), field options, Cleaner settings, stages and filters of one run
    (``filters`` lists only the filters that were on, so records written before filters existed match a run
    without them)."""

    inputs: tuple[str, ...]
    read: Mapping[str, Any]
    settings: Mapping[str, Any]
    stages: tuple[str, ...] = ()
    complete: bool = False
    rows: int | None = None
    filters: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def of_run(cls, inputs: Sequence[str], read: Any, cleaner: Any, filters: Any = None) -> RunRecord:
        """The record of a run over ``inputs`` with ``read`` options (a dataclass), ``cleaner`` and
        ``filters`` (a :class:`~webclean.corpus.filters.Filters` or None)."""
        paths = tuple(STDIN_NAME if p == "-" else os.path.abspath(p) for p in inputs)
        return cls(inputs=paths, read=asdict(read), settings=asdict(cleaner.options),
                   stages=tuple(_stage_name(name, fn) for name, fn in cleaner.stages),
                   filters=filters.settings() if filters is not None else {})

    def finished(self, rows: int) -> RunRecord:
        """This record, marked complete with the output's row count."""
        return replace(self, complete=True, rows=rows)

    def to_json(self) -> str:
        data = {"inputs": list(self.inputs), "read": dict(self.read), "settings": dict(self.settings),
                "stages": list(self.stages), "complete": self.complete, "rows": self.rows,
                "filters": dict(self.filters)}
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | bytes) -> RunRecord:
        """Parse a stored record; ``ValueError`` when it is not one."""
        data = json.loads(text)
        if not isinstance(data, dict) or not isinstance(data.get("inputs"), list):
            raise ValueError("not a webclean run record")
        return cls(inputs=tuple(data["inputs"]), read=data.get("read") or {}, settings=data.get("settings") or {},
                   stages=tuple(data.get("stages") or ()), complete=bool(data.get("complete")),
                   rows=data.get("rows"), filters=data.get("filters") or {})

    def differences(self, other: RunRecord) -> list[str]:
        """What differs between this (earlier) run and ``other``, one short phrase per part."""
        out = []
        if self.inputs != other.inputs:
            out.append(f"inputs ({_short(self.inputs)}, not {_short(other.inputs)})")
        for part, label in (("read", "field options"), ("settings", "settings"), ("filters", "filters")):
            mine, theirs = getattr(self, part), getattr(other, part)
            changed = [f"{k} {mine.get(k)}, not {theirs.get(k)}" for k in sorted(set(mine) | set(theirs))
                       if mine.get(k) != theirs.get(k)]
            if changed:
                out.append(f"{label} ({'; '.join(changed)})")
        if self.stages != other.stages:
            out.append(f"stages ({', '.join(self.stages)}, not {', '.join(other.stages)})")
        return out

    def save(self, path: str) -> None:
        """Write the record to ``path`` atomically (a run killed mid-write leaves the old record whole)."""
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(self.to_json() + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: str) -> RunRecord | None:
        """The record stored at ``path``, or None when there is none (or it is unreadable)."""
        try:
            with open(path, encoding="utf-8") as fh:
                return cls.from_json(fh.read())
        except (OSError, ValueError):
            return None

    def check_resume(self, earlier: RunRecord | None, output: str, where: str) -> None:
        """Refuse (``ResumeRefused``) to continue ``output`` unless ``earlier`` is this run's record."""
        if earlier is None:
            raise ResumeRefused(f"--resume: {output} has no run record ({where}), so the inputs that made it "
                                "are unknown; remove it to start again, or write to a new output")
        differs = earlier.differences(self)
        if differs:
            raise ResumeRefused(f"--resume: {output} was made from other {'; '.join(differs)}; "
                                "resume with the same inputs and options, or write to a new output")


def _short(paths: Sequence[str]) -> str:
    if not paths:
        return "none"
    shown = ", ".join(paths[:_SHOWN_INPUTS])
    return shown + (f" and {len(paths) - _SHOWN_INPUTS} more" if len(paths) > _SHOWN_INPUTS else "")
