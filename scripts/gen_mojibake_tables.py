#!/usr/bin/env python3
"""Generate src/webclean/data/mojibake_char_ranks.txt (Chinese characters by frequency) and
mojibake_script_chars.txt (Simplified-only / Traditional-only characters).

Source: the word list shipped with jieba (``jieba/dict.txt``: word, count, tag). A character's
weight is the sum of the counts of the words it occurs in.  Traditional forms are added with
OpenCC (s2t, s2tw, s2hk, character by character) and inherit the weight of their Simplified form.
Only the order is kept (most frequent first), 50 characters per line; the mojibake scorer reads
ranks from it.  Re-run after upgrading jieba/OpenCC:

    .venv/bin/python scripts/gen_mojibake_tables.py
"""
from __future__ import annotations

import collections
import pathlib

import jieba
import opencc

TOP = 9000  # beyond ~9000 characters the weights are too small to tell common from rare
DATA = pathlib.Path(__file__).resolve().parents[1] / "src" / "webclean" / "data"
OUT = DATA / "mojibake_char_ranks.txt"
SCRIPT_OUT = DATA / "mojibake_script_chars.txt"


def simplified_weights() -> collections.Counter[str]:
    weights: collections.Counter[str] = collections.Counter()
    path = pathlib.Path(jieba.__file__).parent / "dict.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2 or not parts[1].isdigit():
            continue
        for ch in parts[0]:
            if "\u3400" <= ch <= "\u9fff":
                weights[ch] += int(parts[1])
    return weights


def main() -> None:
    weights = simplified_weights()
    merged: dict[str, int] = dict(weights)
    converters = [opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk")]
    for ch, w in weights.most_common(TOP):
        for conv in converters:
            t = conv.convert(ch)
            if len(t) == 1 and t != ch:
                merged[t] = max(merged.get(t, 0), w)
    ranked = sorted(merged, key=lambda c: (-merged[c], c))[: TOP + 3000]
    lines = ["".join(ranked[i:i + 50]) for i in range(0, len(ranked), 50)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(ranked)} characters to {OUT}")
    write_script_chars(ranked)


def write_script_chars(chars: list[str]) -> None:
    """Simplified-only and Traditional-only characters among the ranked ones (OpenCC s2t / t2s):
    line 1 = characters s2t changes, line 2 = characters t2s changes."""
    s2t, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    simplified_only = "".join(c for c in chars if s2t.convert(c) != c)
    traditional_only = "".join(c for c in chars if t2s.convert(c) != c)
    SCRIPT_OUT.write_text(simplified_only + "\n" + traditional_only + "\n", encoding="utf-8")
    print(f"wrote {len(simplified_only)} + {len(traditional_only)} characters to {SCRIPT_OUT}")


if __name__ == "__main__":
    main()
