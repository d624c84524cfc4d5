"""Generate the data tables used by ``webclean.core.script``.

Writes, under ``src/webclean/data/``:

- ``pinyin_readings.txt``: ``char<TAB>reading,reading`` with tone-marked readings from
  pypinyin's single-character table, for every Han character of the BMP that table
  knows (so jieba's characters, their Traditional forms and rarer characters alike).
- ``pinyin_words.txt``: ``word<TAB>count`` for the Simplified words of 2-4 Han
  characters in jieba's dictionary whose count is at least ``MIN_WORD_COUNT``;
  the context model that picks a lost character.
- ``script_chars.txt``: line 1 the Simplified-only characters, line 2 the
  Traditional-only characters (see ``script_only_sets``).

Run: ``.venv/bin/python scripts/gen_pinyin_tables.py`` (needs pypinyin, jieba and
opencc, which the runtime does not import for these tables).
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import jieba
import opencc
from pypinyin.pinyin_dict import pinyin_dict

DATA = Path(__file__).resolve().parents[1] / "src" / "webclean" / "data"
HAN = re.compile(r"^[\u4e00-\u9fff]+$")
# Words seen fewer times than this in jieba's counts are mostly rare names and
# technical compounds; dropping them (70% of entries; jieba's median count is 3)
# keeps the file near 1.1 MB while every common word stays.
MIN_WORD_COUNT = 10


def jieba_entries() -> list[tuple[str, int]]:
    """(word, count) pairs of jieba's bundled dictionary."""
    path = Path(os.path.dirname(jieba.__file__)) / "dict.txt"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) >= 2 and parts[1].isdigit():
            out.append((parts[0], int(parts[1])))
    return out


def traditional_forms(chars: set[str]) -> set[str]:
    """Every Traditional form OpenCC gives for the characters (Taiwan, HK, generic)."""
    out: set[str] = set()
    for config in ("s2t", "s2tw", "s2hk"):
        conv = opencc.OpenCC(config)
        out.update(conv.convert("".join(sorted(chars))))
    return out


def readings_table(chars: set[str]) -> list[str]:
    """Lines ``char<TAB>readings`` for the characters pypinyin knows."""
    lines = []
    for ch in sorted(chars):
        reading = pinyin_dict.get(ord(ch))
        if reading:
            lines.append(f"{ch}\t{reading}")
    return lines


def script_only_sets() -> tuple[str, str]:
    """Simplified-only and Traditional-only characters of the CJK Unified block.

    Simplified-only: OpenCC s2t changes it and t2s leaves it (so it is not also a
    Traditional character, unlike 著 or 乾). Traditional-only: the reverse.
    """
    block = [chr(c) for c in range(0x4E00, 0xA000)]
    s2t = opencc.OpenCC("s2t")
    t2s = opencc.OpenCC("t2s")
    simp, trad = [], []
    for ch in block:
        to_t, to_s = s2t.convert(ch), t2s.convert(ch)
        if to_t != ch and to_s == ch:
            simp.append(ch)
        elif to_s != ch and to_t == ch:
            trad.append(ch)
    return "".join(simp), "".join(trad)


def main() -> None:
    entries = jieba_entries()
    chars = {c for word, _ in entries for c in word if HAN.match(c)}
    chars |= {c for c in traditional_forms(chars) if HAN.match(c)}
    chars |= {chr(cp) for cp in pinyin_dict if 0x3400 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF}
    readings = readings_table(chars)
    (DATA / "pinyin_readings.txt").write_text("\n".join(readings) + "\n", encoding="utf-8")
    words = sorted(
        ((w, n) for w, n in entries if 2 <= len(w) <= 4 and HAN.match(w) and n >= MIN_WORD_COUNT),
        key=lambda item: (-item[1], item[0]),
    )
    (DATA / "pinyin_words.txt").write_text("".join(f"{w}\t{n}\n" for w, n in words), encoding="utf-8")
    simp, trad = script_only_sets()
    (DATA / "script_chars.txt").write_text(f"{simp}\n{trad}\n", encoding="utf-8")
    print(f"{len(readings)} readings, {len(words)} words, {len(simp)} simplified-only, {len(trad)} traditional-only")


if __name__ == "__main__":
    main()
