#!/usr/bin/env python3
"""Both directions of the script decision: converted mirrors back to Simplified, genuine Traditional kept.

    python benchmarks/script_decision.py [--extra texts.jsonl ...]

Converted mirrors: the pages of ``../shared/textpages/cases.jsonl`` whose artefacts include ``t2s``, each
through ``webclean.clean``: how many come out Simplified, how many Traditional characters are left (the
measure of ``../shared/eval/score_text.py``: characters OpenCC t2s changes that the gold does not hold), and
which rule decided, once as the pipeline runs and once with the pinyin annotations ignored (can the page
decide without them?).

Genuine Traditional pages: the pages of ``../shared/corpus`` whose gold body is Traditional
(``detect_script``), the cached development pages likewise (``.cache/devset``, when built), our Taiwan and
Hong Kong fixtures, and any ``--extra`` JSON-lines file of ``{"id", "text"}`` genuinely Traditional texts
(kept outside the repository): how many stay Traditional, with the page and its evidence where one does not.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))


def converted_mirrors(t2s) -> None:  # type: ignore[no-untyped-def]
    import webclean
    from webclean.normalise.convert import conversion_evidence
    from webclean.repair.pinyin import restore_annotated_text

    path = SHARED / "textpages" / "cases.jsonl"
    if not path.is_file():
        print("converted mirrors: ../shared/textpages is absent")
        return
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    cases = [c for c in cases if "t2s" in c["artefacts"]]
    simplified, left, rules, alone = 0, 0, Counter(), Counter()
    for case in cases:
        rec = webclean.clean(case["input"].encode("utf-8"))
        gold = set((case["gold"].get("title") or "") + (case["gold"].get("body") or ""))
        text = (rec.title or "") + rec.body
        left += sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" and ch not in gold and t2s(ch) != ch)
        simplified += rec.script == "zh-Hans"
        rules[next((f[len("converted_by_"):] for f in rec.flags if f.startswith("converted_by_")), "none")] += 1
        page = restore_annotated_text(case["input"]).text
        alone[conversion_evidence(page).decision or "none"] += 1
    plain = sum(1 for c in cases if "pinyin" not in c["artefacts"])
    print(f"converted mirrors (textpages, {len(cases)}; {plain} without pinyin): {simplified} Simplified, "
          f"{left} Traditional characters left")
    print("  decided by:", ", ".join(f"{k} {v}" for k, v in rules.most_common()))
    print("  pinyin ignored:", ", ".join(f"{k} {v}" for k, v in alone.most_common()))


def traditional_pages(extra: list[Path]) -> None:
    import webclean
    from webclean.core.script import detect_script

    pages: list[tuple[str, bytes, str | None]] = []
    for gold_dir, page_dir in ((SHARED / "corpus" / "gold", SHARED / "corpus" / "pages"),
                               (ROOT / ".cache" / "devset" / "gold", ROOT / ".cache" / "devset" / "pages")):
        for path in sorted(gold_dir.glob("*.json")) if gold_dir.is_dir() else []:
            gold = json.loads(path.read_text(encoding="utf-8"))
            body = gold.get("body") or " ".join(gold.get("body_snippets") or [])
            page = page_dir / f"{path.stem}.html"
            if detect_script(body) == "zh-Hant" and page.is_file():
                pages.append((path.stem, page.read_bytes(), gold.get("url")))
    for expected in sorted((ROOT / "fixtures").glob("*/*.expected.json")):
        if json.loads(expected.read_text(encoding="utf-8")).get("script") == "zh-Hant":
            page = next(p for p in expected.parent.glob(expected.name.replace(".expected.json", ".*"))
                        if p.suffix in (".html", ".txt"))
            pages.append((f"fixture/{page.name}", page.read_bytes(), None))
    for path in extra:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                pages.append((f"{path.stem}/{row['id']}", row["text"].encode("utf-8"), None))
    kept, wrong = 0, []
    for name, data, url in pages:
        rec = webclean.clean(data, url=url)
        if rec.script == "zh-Hant":
            kept += 1
        else:
            wrong.append((name, [e.text for e in rec.evidence if e.field == "script"]))
    print(f"genuine Traditional pages ({len(pages)}): {kept} stay Traditional")
    for name, evidence in wrong:
        print("  converted:", name, evidence)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--extra", type=Path, action="append", default=[],
                        help='JSON lines {"id", "text"} of genuinely Traditional texts')
    args = parser.parse_args()
    try:
        import opencc
    except ImportError as exc:
        raise SystemExit(f"opencc is needed: {exc}") from exc
    t2s = opencc.OpenCC("t2s").convert
    converted_mirrors(t2s)
    traditional_pages(args.extra)


if __name__ == "__main__":
    main()
