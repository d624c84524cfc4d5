#!/usr/bin/env python3
"""Generate src/webclean/data/mojibake_char_ranks.txt (Chinese characters by frequency),
mojibake_script_chars.txt (Simplified-only / Traditional-only characters) and
mojibake_standalone_chars.txt (characters that are words on their own: 的 了 是 在 ...).

Source: the word list shipped with jieba (``jieba/dict.txt``: word, count, tag). A character's
weight is the sum of the counts of the words it occurs in.  Traditional forms are added with
OpenCC (s2t, s2tw, s2hk, character by character) and inherit the weight of their Simplified form;
so are the Big5 and GBK characters that OpenCC turns back into a weighed Simplified character (t2s,
tw2s, hk2s): ``週`` (week) is only written for ``周`` in phrases, which a character-by-character s2t
never produces, and without this it would count as a rare character.
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
STANDALONE_OUT = DATA / "mojibake_standalone_chars.txt"
# A character counted this often as a word of its own in jieba's list is one the word list cannot vouch
# for between other words (的, 这, 就 ...): about 150 characters.
STANDALONE_MIN = 20000


def jieba_words() -> list[tuple[str, int]]:
    out = []
    path = pathlib.Path(jieba.__file__).parent / "dict.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[1].isdigit():
            out.append((parts[0], int(parts[1])))
    return out


def simplified_weights() -> collections.Counter[str]:
    weights: collections.Counter[str] = collections.Counter()
    for word, count in jieba_words():
        for ch in word:
            if "\u3400" <= ch <= "\u9fff":
                weights[ch] += count
    return weights


def write_standalone_chars() -> None:
    """Characters that are a word of their own at least STANDALONE_MIN times, most frequent first, each
    followed by its Traditional forms (OpenCC s2t, s2tw, s2hk) that differ."""
    converters = [opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk")]
    singles = sorted(((c, w) for w, c in jieba_words() if len(w) == 1 and "\u3400" <= w <= "\u9fff"
                      and c >= STANDALONE_MIN), reverse=True)
    chars: list[str] = []
    for _, ch in singles:
        for form in [ch] + [conv.convert(ch) for conv in converters]:
            if len(form) == 1 and form not in chars:
                chars.append(form)
    STANDALONE_OUT.write_text("".join(chars) + "\n", encoding="utf-8")
    print(f"wrote {len(chars)} characters to {STANDALONE_OUT}")


def main() -> None:
    weights = simplified_weights()
    merged: dict[str, int] = dict(weights)
    converters = [opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk")]
    for ch, w in weights.most_common(TOP):
        for conv in converters:
            t = conv.convert(ch)
            if len(t) == 1 and t != ch:
                merged[t] = max(merged.get(t, 0), w)
    back = [opencc.OpenCC(c) for c in ("t2s", "tw2s", "hk2s")]
    for ch in codec_hanzi():
        for conv in back:
            s = conv.convert(ch)
            if len(s) == 1 and s != ch and s in weights:
                merged[ch] = max(merged.get(ch, 0), weights[s])
    ranked = sorted(merged, key=lambda c: (-merged[c], c))[: TOP + 3000]
    lines = ["".join(ranked[i:i + 50]) for i in range(0, len(ranked), 50)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(ranked)} characters to {OUT}")
    write_script_chars(ranked)
    write_standalone_chars()


def codec_hanzi() -> list[str]:
    """Every hanzi of Big5 and of GBK, in byte order."""
    out = []
    for codec in ("big5", "gbk"):
        for lead in range(0x81, 0xFF):
            for trail in range(0x40, 0xFF):
                try:
                    ch = bytes((lead, trail)).decode(codec)
                except UnicodeDecodeError:
                    continue
                if "\u3400" <= ch <= "\u9fff":
                    out.append(ch)
    return out


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
