#!/usr/bin/env python3
"""Mojibake repair: webclean.repair_text against ftfy.fix_encoding, all measured in one run.

1. ``../shared/mojibake/cases.jsonl``: exact repair per chain (reversible cases), clean cases damaged,
   lossy cases turned into invented text, and recovery (character-bigram F1) on the lossy ones.
2. Our own passages (``fixtures/mojibake/passages.jsonl``, text we wrote garbled by the processes of
   ``scripts/garble.py``), per process: exact repairs, bigram F1 against the original, wrong characters
   (characters the fixer wrote that are neither the original's nor left from the input; U+FFFD is not
   wrong), passages that must stay unchanged (clean, and ``leave``: multi-round garbage, garbled Korean,
   Japanese, Greek, quoted mojibake) that changed.
3. Speed: MB/s of ``repair_text`` on clean, garbled (byte-complete) and lossy text, best of ``--rounds``
   passes, with the ratios between them; and ``clean()`` on the GBK pages of ``../shared/corpus`` read the
   way a careless crawler stores them (decoded as UTF-8 with U+FFFD) against the same pages decoded right.

4. ``--shared-garbled``: instead of the above, the clean texts of ``../shared/mojibake/cases.jsonl`` garbled
   by each process of ``scripts/garble.py`` (the first ``--limit`` texts with a hanzi that the process's
   source codec encodes), per process: exact, wrong characters, U+FFFD written, bigram F1. Held-out real
   passages look like these, and the wrong characters matter most there.

    python benchmarks/mojibake.py [--cases PATH] [--passages PATH] [--rounds 3] [--no-pages] [--markdown]
    python benchmarks/mojibake.py --shared-garbled [--limit 250] [--process NAME ...] [--show 5]
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
SHARED = ROOT.parent / "shared"
MARKERS = set("\ufffd?□")
Fixer = Callable[[str], str]


def load_fixers() -> dict[str, Fixer]:
    from webclean.repair.mojibake import repair_text

    fixers: dict[str, Fixer] = {"webclean": repair_text}
    try:
        import ftfy

        fixers["ftfy"] = ftfy.fix_encoding
    except ImportError:
        print("ftfy not installed: comparing webclean alone")
    return fixers


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").split("\n") if line.strip()]


def bigram_f1(out: str, gold: str) -> float:
    """F1 of the character bigrams of ``out`` against those of ``gold`` (1.0 for identical short strings)."""
    have = Counter(out[i:i + 2] for i in range(len(out) - 1))
    want = Counter(gold[i:i + 2] for i in range(len(gold) - 1))
    if not have or not want:
        return float(out == gold)
    hit = sum((have & want).values())
    if not hit:
        return 0.0
    precision, recall = hit / sum(have.values()), hit / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def wrong_characters(text: str, out: str, original: str) -> int:
    """Characters of ``out`` that the fixer wrote (not kept from ``text``) and that do not stand where the
    original has them. U+FFFD (a character marked lost) is never wrong."""
    written = set(range(len(out)))
    for _a, b, size in difflib.SequenceMatcher(None, text, out, autojunk=False).get_matching_blocks():
        written -= set(range(b, b + size))
    for _a, b, size in difflib.SequenceMatcher(None, original, out, autojunk=False).get_matching_blocks():
        written -= set(range(b, b + size))
    return sum(out[j] != "\ufffd" for j in written)


# ---------------------------------------------------------------------------------------------- shared cases
def score_shared(fix: Fixer, rows: list[dict]) -> dict:
    chains: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    damaged = invented = 0
    recovery = []
    for r in rows:
        out = fix(r["input"])
        if r["kind"] == "clean":
            damaged += out != r["input"]
        elif r["kind"] == "corrupt" and r["irrecoverable"]:
            invented += bool(set(out) - set(r["input"]) - set(r["gold"]) - MARKERS)
            recovery.append(bigram_f1(out, r["gold"]))
        elif r["kind"] == "corrupt":
            chains[r["chain"]][0] += out == r["gold"]
            chains[r["chain"]][1] += 1
    return {"chains": dict(chains), "damaged": damaged, "invented": invented,
            "recovery": sum(recovery) / max(1, len(recovery))}


def print_shared(results: dict[str, dict]) -> None:
    names = list(results)
    chains = sorted({c for res in results.values() for c in res["chains"]})
    print(f"{'shared cases: chain':40s}" + "".join(f"{n:>12s}" for n in names) + f"{'n':>6s}")
    for chain in chains:
        cells = ""
        for n in names:
            ok, total = results[n]["chains"].get(chain, [0, 1])
            cells += f"{ok / total:12.1%}"
        print(f"{chain:40s}{cells}{results[names[0]]['chains'][chain][1]:6d}")
    total = {n: [sum(v[0] for v in results[n]["chains"].values()), sum(v[1] for v in results[n]["chains"].values())]
             for n in names}
    print(f"{'all reversible':40s}" + "".join(f"{total[n][0] / max(1, total[n][1]):12.1%}" for n in names))
    for label, key, fmt in (("clean damaged", "damaged", "{:12d}"), ("lossy invented", "invented", "{:12d}"),
                            ("lossy recovery (bigram F1)", "recovery", "{:12.2f}")):
        print(f"{label:40s}" + "".join(fmt.format(results[n][key]) for n in names))


# -------------------------------------------------------------------------------------------- own passages
def score_passages(fix: Fixer, rows: list[dict]) -> dict[str, dict]:
    """Per process: n, exact, summed F1, wrong characters, changed (for rows that must stay unchanged)."""
    per: dict[str, dict] = defaultdict(lambda: {"n": 0, "exact": 0, "f1": 0.0, "wrong": 0, "changed": 0,
                                                "kinds": set()})
    for r in rows:
        out = fix(r["input"])
        key = r["process"] + (" (partial)" if r["kind"].startswith("partial") else "")
        if r["kind"] == "leave":
            key = "leave alone: " + r["process"]
        elif r["kind"] == "clean":
            key = "clean passages"
        cell = per[key]
        cell["n"] += 1
        cell["kinds"].add(r["kind"])
        cell["exact"] += out == r["original"]
        cell["f1"] += bigram_f1(out, r["original"])
        cell["wrong"] += wrong_characters(r["input"], out, r["original"])
        cell["changed"] += out != r["input"]
    return per


def kind_totals(per: dict[str, dict]) -> dict[str, dict]:
    totals: dict[str, dict] = defaultdict(lambda: {"n": 0, "exact": 0, "f1": 0.0, "wrong": 0, "changed": 0})
    for cell in per.values():
        kind = sorted(cell["kinds"])[0].replace("partial-lossy", "lossy").replace("partial", "complete")
        for k in ("n", "exact", "f1", "wrong", "changed"):
            totals[kind][k] += cell[k]
    return totals


def print_passages(results: dict[str, dict[str, dict]], markdown: bool) -> None:
    names = list(results)
    keys = sorted(results[names[0]], key=lambda k: (k.startswith(("leave", "clean")), k))
    head = ["process", "n"] + [f"{n} {m}" for n in names for m in ("exact", "F1", "wrong")]
    print("\nown passages (fixtures/mojibake/passages.jsonl)")
    if markdown:
        print("| " + " | ".join(head) + " |\n|" + "---|" * len(head))
    else:
        print(f"{'process':44s}{'n':>4s}" + "".join(f"{h:>16s}" for h in head[2:]))
    for key in keys:
        cells = []
        for n in names:
            c = results[n][key]
            if key.startswith(("leave", "clean")):
                cells += [f"{c['n'] - c['changed']}/{c['n']} kept", "", f"{c['changed']} changed"]
            else:
                cells += [f"{c['exact']}/{c['n']}", f"{c['f1'] / c['n']:.2f}", str(c["wrong"])]
        n_rows = results[names[0]][key]["n"]
        if markdown:
            print("| " + " | ".join([key, str(n_rows)] + cells) + " |")
        else:
            print(f"{key:44s}{n_rows:4d}" + "".join(f"{c:>16s}" for c in cells))
    for n in names:
        totals = kind_totals(results[n])
        parts = []
        for kind in ("complete", "lossy", "leave", "clean"):
            t = totals.get(kind)
            if t and kind in ("leave", "clean"):
                parts.append(f"{kind} {t['changed']}/{t['n']} changed")
            elif t:
                parts.append(f"{kind} exact {t['exact']}/{t['n']} F1 {t['f1'] / t['n']:.3f} wrong {t['wrong']}")
        print(f"{n}: " + "; ".join(parts))


# ------------------------------------------------------------------------------------ shared texts garbled
_HANZI = re.compile("[\u3400-\u9fff]")


def garbled_shared_texts(rows: list[dict], process: str, limit: int) -> list[tuple[str, str]]:
    """(garbled, original) for the first ``limit`` clean shared texts with a hanzi that ``process``'s source
    codec encodes (a Big5 process takes only the texts Big5 can hold)."""
    from garble import PROCESSES

    source = process.split(">")[0]
    out = []
    for r in rows:
        text = r["input"]
        if r["kind"] != "clean" or not _HANZI.search(text):
            continue
        try:
            text.encode(source)
        except UnicodeEncodeError:
            continue
        out.append((PROCESSES[process](text), text))
        if len(out) == limit:
            break
    return out


def score_shared_garbled(fix: Fixer, rows: list[dict], processes: list[str], limit: int, show: int) -> None:
    """Print per process: texts, exact, wrong characters, U+FFFD written (beyond those of the input), mean
    bigram F1; and up to ``show`` outputs with wrong characters."""
    print(f"{'shared clean texts garbled: process':40s}{'n':>5s}{'exact':>7s}{'wrong':>7s}{'fffd':>7s}{'F1':>7s}")
    totals = Counter()
    for process in processes:
        cases = garbled_shared_texts(rows, process, limit)
        exact = wrong = fffd = 0
        f1 = 0.0
        shown = []
        for garbled, original in cases:
            out = fix(garbled)
            exact += out == original
            bad = wrong_characters(garbled, out, original)
            wrong += bad
            fffd += max(0, out.count("\ufffd") - garbled.count("\ufffd"))
            f1 += bigram_f1(out, original)
            if bad and len(shown) < show:
                shown.append((original, out))
        totals.update(n=len(cases), exact=exact, wrong=wrong, fffd=fffd)
        print(f"{process:40s}{len(cases):5d}{exact:7d}{wrong:7d}{fffd:7d}{f1 / max(1, len(cases)):7.3f}")
        for original, out in shown:
            print(f"    {original}\n    {out}")
    print(f"{'all':40s}{totals['n']:5d}{totals['exact']:7d}{totals['wrong']:7d}{totals['fffd']:7d}")


# --------------------------------------------------------------------------------------------------- speed
def mb_per_s(fix: Fixer, texts: list[str], rounds: int, reset: Callable[[], None] = lambda: None) -> float:
    """CPU time, best of ``rounds`` passes (the machine is shared: the best pass is the least disturbed
    one); ``reset`` before each pass forgets what the fixer remembered of the texts (webclean's caches)."""
    size = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts)
    best = float("inf")
    for _ in range(rounds):
        reset()
        start = time.process_time()
        for text in texts:
            fix(text)
        best = min(best, time.process_time() - start)
    return size / 1e6 / max(best, 1e-9)


def speed_texts(shared: list[dict], passages: list[dict]) -> dict[str, list[str]]:
    """Inputs by kind: clean, garbled (every byte still there), lossy (bytes lost); the public cases and
    our passages together, and each apart."""
    groups: dict[str, list[str]] = defaultdict(list)
    for r in shared:
        kind = "clean" if r["kind"] == "clean" else "lossy" if r.get("irrecoverable") else "garbled"
        groups[kind].append(r["input"])
        groups[f"{kind} (public)"].append(r["input"])
    for r in passages:
        kind = {"clean": "clean", "complete": "garbled", "partial": "garbled"}.get(r["kind"], "lossy")
        if r["kind"] != "leave":
            groups[kind].append(r["input"])
            groups[f"{kind} (ours)"].append(r["input"])
    order = ["clean", "garbled", "lossy", "garbled (public)", "lossy (public)", "garbled (ours)", "lossy (ours)"]
    return {g: groups[g] for g in order if groups[g]}


def page_ratios(rounds: int) -> list[tuple[str, float, float, float]]:
    """(page, ms for the page decoded right, ms for it decoded as UTF-8 with U+FFFD, ms for it decoded as
    cp1252) over the GBK pages: CPU time, best of ``rounds``, the repair's caches forgotten each time."""
    import webclean
    from webclean.repair.mojibake import clear_text_caches

    out = []
    for gold in sorted((SHARED / "corpus" / "gold").glob("*.json")):
        meta = json.loads(gold.read_text("utf-8"))
        if not meta.get("bytes_encoding", "").startswith("gb"):
            continue
        data = (SHARED / "corpus" / "pages" / f"{gold.stem}.html").read_bytes()
        right, lossy = data.decode("gb18030", "replace"), data.decode("utf-8", "replace")
        garbled = data.decode("cp1252", "ignore")  # (a careless crawler's other way: every byte kept but 5)
        times = []
        for page in (right, lossy, garbled):
            webclean.clean(page)
            best = float("inf")
            for _ in range(rounds):
                clear_text_caches()
                start = time.process_time()
                webclean.clean(page)
                best = min(best, time.process_time() - start)
            times.append(best * 1000)
        out.append((gold.stem, times[0], times[1], times[2]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", default=str(SHARED / "mojibake" / "cases.jsonl"))
    ap.add_argument("--passages", default=str(ROOT / "fixtures" / "mojibake" / "passages.jsonl"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-pages", action="store_true", help="skip the page timing (needs ../shared/corpus)")
    ap.add_argument("--markdown", action="store_true", help="print the passage table as Markdown")
    ap.add_argument("--shared-garbled", action="store_true",
                    help="only garble the shared clean texts by our processes and score webclean on them")
    ap.add_argument("--limit", type=int, default=250, help="texts per process for --shared-garbled")
    ap.add_argument("--process", nargs="*", help="processes for --shared-garbled (default: all)")
    ap.add_argument("--show", type=int, default=0, help="outputs with wrong characters to print per process")
    args = ap.parse_args()
    if args.shared_garbled:
        from garble import PROCESSES

        from webclean.repair.mojibake import repair_text

        score_shared_garbled(repair_text, read_rows(Path(args.cases)), args.process or list(PROCESSES),
                             args.limit, args.show)
        return
    fixers = load_fixers()
    shared = read_rows(Path(args.cases)) if Path(args.cases).exists() else []
    passages = read_rows(Path(args.passages))
    if shared:
        print_shared({name: score_shared(fix, shared) for name, fix in fixers.items()})
    else:
        print(f"shared cases not found: {args.cases}")
    print_passages({name: score_passages(fix, passages) for name, fix in fixers.items()}, args.markdown)

    groups = speed_texts(shared, passages)
    print(f"\nspeed (MB/s of input text, CPU time, best of {args.rounds} passes)")
    from webclean.repair.mojibake import clear_text_caches, load_tables

    load_tables()
    resets = {"webclean": clear_text_caches}
    speeds = {name: {g: mb_per_s(fix, texts, args.rounds, resets.get(name, lambda: None))
                     for g, texts in groups.items()} for name, fix in fixers.items()}
    print(f"{'':10s}" + "".join(f"{g:>17s}" for g in groups))
    for name, row in speeds.items():
        print(f"{name:10s}" + "".join(f"{row[g]:17.2f}" for g in groups))
    wc = speeds["webclean"]
    against_ftfy = f"; clean x ftfy {wc['clean'] / speeds['ftfy']['clean']:.1f}" if "ftfy" in speeds else ""
    print(f"webclean, same run: garbled/clean {wc['garbled'] / wc['clean']:.4f}, lossy/clean "
          f"{wc['lossy'] / wc['clean']:.4f}; garbled {wc['garbled']:.2f} MB/s, lossy {wc['lossy']:.2f} MB/s "
          f"(target 1 MB/s){against_ftfy}")
    if not args.no_pages and (SHARED / "corpus").exists():
        pages = page_ratios(args.rounds)
        print()
        for col, what in ((2, "decoded as UTF-8 with U+FFFD (lossy)"), (3, "decoded as cp1252 (garbled)")):
            ratios = [p[col] / p[1] for p in pages]
            worst = max(pages, key=lambda p: p[col] / p[1])
            print(f"clean() on {len(pages)} GBK pages {what}, time / same page decoded right: median "
                  f"{statistics.median(ratios):.2f}x, worst {max(ratios):.2f}x ({worst[0]}: {worst[col]:.1f} ms "
                  f"against {worst[1]:.1f} ms)")


if __name__ == "__main__":
    main()
