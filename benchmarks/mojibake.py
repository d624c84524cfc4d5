#!/usr/bin/env python3
"""Mojibake repair: webclean.repair_text against ftfy.fix_encoding on ../shared/mojibake/cases.jsonl.

Prints one table: exact repair per chain (reversible cases), clean cases damaged, irrecoverable cases
turned into invented text, MB/s on clean text and the speed ratio webclean / ftfy.

    python benchmarks/mojibake.py [--cases PATH]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
MARKERS = set("\ufffd?□")


def load_fixers() -> dict[str, Callable[[str], str]]:
    from webclean.repair.mojibake import repair_text

    fixers: dict[str, Callable[[str], str]] = {"webclean": repair_text}
    try:
        import ftfy

        fixers["ftfy"] = ftfy.fix_encoding
    except ImportError:
        print("ftfy not installed: comparing webclean alone")
    return fixers


def score(fix: Callable[[str], str], rows: list[dict]) -> dict:
    chains: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    damaged = invented = 0
    clean_bytes, clean_time = 0, 0.0
    for r in rows:
        start = time.perf_counter()
        out = fix(r["input"])
        elapsed = time.perf_counter() - start
        if r["kind"] == "clean":
            clean_bytes += len(r["input"].encode("utf-8", "surrogatepass"))
            clean_time += elapsed
            damaged += out != r["input"]
        elif r["kind"] == "corrupt" and r["irrecoverable"]:
            invented += bool(set(out) - set(r["input"]) - set(r["gold"]) - MARKERS)
        elif r["kind"] == "corrupt":
            chains[r["chain"]][0] += out == r["gold"]
            chains[r["chain"]][1] += 1
    return {"chains": dict(chains), "damaged": damaged, "invented": invented,
            "mbps": max(clean_bytes / 1e6 / max(clean_time, 1e-9), clean_speed(fix, rows))}


def clean_speed(fix: Callable[[str], str], rows: list[dict], repeats: int = 3) -> float:
    """MB/s over the clean cases alone, best of ``repeats`` passes (the machine is shared: the best
    pass is the one least disturbed by other processes)."""
    texts = [r["input"] for r in rows if r["kind"] == "clean"]
    size = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts)
    best = 0.0
    for _ in range(repeats):
        start = time.perf_counter()
        for text in texts:
            fix(text)
        best = max(best, size / 1e6 / max(time.perf_counter() - start, 1e-9))
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", default=str(ROOT / ".." / "shared" / "mojibake" / "cases.jsonl"))
    args = ap.parse_args()
    path = Path(args.cases)
    if not path.exists():
        sys.exit(f"cases not found: {path}")
    rows = [json.loads(line) for line in path.read_text("utf-8").split("\n") if line.strip()]
    fixers = load_fixers()
    results = {name: score(fix, rows) for name, fix in fixers.items()}
    names = list(results)
    chains = sorted({c for res in results.values() for c in res["chains"]})
    print(f"{'chain':34s}" + "".join(f"{n:>12s}" for n in names) + f"{'n':>6s}")
    for chain in chains:
        cells = []
        for n in names:
            ok, total = results[n]["chains"].get(chain, [0, 0])
            cells.append(f"{ok / max(total, 1):12.1%}")
        print(f"{chain:34s}" + "".join(cells) + f"{results[names[0]]['chains'][chain][1]:6d}")
    for label, key, fmt in (("clean damaged", "damaged", "{:12d}"), ("irrecoverable invented", "invented", "{:12d}"),
                            ("MB/s on clean text", "mbps", "{:12.1f}")):
        print(f"{label:34s}" + "".join(fmt.format(results[n][key]) for n in names))
    if "ftfy" in results:
        print(f"{'speed ratio webclean / ftfy':34s}{results['webclean']['mbps'] / results['ftfy']['mbps']:12.2f}")


if __name__ == "__main__":
    main()
