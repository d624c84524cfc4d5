#!/usr/bin/env python3
"""Build fixtures/mojibake/passages.jsonl: our own passages (fixtures/mojibake/passages.txt) garbled by each
process of scripts/garble.py, with the exact original.

Rows: ``{id, passage, process, kind, input, original}``; ``kind`` is

- ``complete``: garbled with every byte kept; the repair should give back ``original`` exactly;
- ``lossy``: bytes were lost; the repair may leave U+FFFD where the bytes do not decide, never a wrong character;
- ``partial``: one sentence of the passage garbled (the rest clean), byte-complete or lossy as the process says;
- ``leave``: multi-round garbage, garbled Korean, Japanese, Greek, and Chinese that quotes mojibake on purpose:
  the repair must return ``input`` unchanged (and flag it);
- ``clean``: the passage itself, which must come back unchanged.

    .venv/bin/python scripts/gen_mojibake_passages.py
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from garble import FOR_SCRIPT, FOREIGN_FOR, FOREIGN_PROCESSES, LOSSY, PROCESSES  # noqa: E402

SOURCE = ROOT / "fixtures" / "mojibake" / "passages.txt"
OUT = ROOT / "fixtures" / "mojibake" / "passages.jsonl"

# Partial garbling (one sentence of a clean page garbled, as when one field went through another decoder).
PARTIAL = ("gbk>mixed-cp1252", "utf-8>gbk-fffd-per-byte", "utf-8>gbk-dropped", "big5>gbk-fffd-per-byte",
           "utf-8>latin-1-c1-lost")
MULTI_ROUND = "utf-8>gbk-three-rounds"


def read_passages() -> list[tuple[str, str, str, str]]:
    """(id, script, style, text) for each block of passages.txt."""
    out = []
    for block in re.split(r"^## ", SOURCE.read_text(encoding="utf-8"), flags=re.M)[1:]:
        head, _, text = block.partition("\n")
        pid, script, style = head.split()
        out.append((pid, script, style, text.strip("\n")))
    return out


def second_sentence(text: str) -> tuple[int, int]:
    """Span of the second sentence (after the first 。 or ，), where a partial garbling is put."""
    start = min((i for i in (text.find("。"), text.find("，")) if i >= 0), default=0) + 1
    end = text.find("。", start)
    return start, (len(text) if end < 0 else end + 1)


def rows() -> list[dict]:
    out = []
    for pid, script, style, text in read_passages():
        def add(process: str, kind: str, garbled: str, original: str = text, pid: str = pid) -> None:
            out.append({"id": f"{pid}/{process}" + ("/partial" if kind.startswith("partial") else ""),
                        "passage": pid, "process": process, "kind": kind, "input": garbled, "original": original})

        add("none", "clean", text)
        if style == "quoted":
            continue  # the mojibake in it is meant: unchanged is right
        if script in FOREIGN_FOR:
            for process in FOREIGN_FOR[script]:
                add(process, "leave", FOREIGN_PROCESSES[process](text), FOREIGN_PROCESSES[process](text))
            continue
        for process in FOR_SCRIPT[script]:
            if process == MULTI_ROUND:
                garbled = PROCESSES[process](text)
                add(process, "leave", garbled, garbled)
                continue
            garbled = PROCESSES[process](text)
            add(process, "lossy" if process in LOSSY or "\ufffd" in garbled else "complete", garbled)
            if process in PARTIAL and (script == "traditional") == process.startswith("big5"):
                a, b = second_sentence(text)
                garbled = text[:a] + PROCESSES[process](text[a:b]) + text[b:]
                lossy = process in LOSSY or "\ufffd" in garbled
                add(process, "partial-lossy" if lossy else "partial", garbled)
    return out


def main() -> None:
    found = rows()
    with OUT.open("w", encoding="utf-8") as f:
        for row in found:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(found)} rows to {OUT}")


if __name__ == "__main__":
    main()
