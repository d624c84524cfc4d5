"""Generate ``src/webclean/data/script_conversion_chars.txt``: characters that betray a machine conversion.

Two lines, read by ``webclean.normalise.convert``:

1. **Simplified leftovers**: Simplified characters that Taiwan and Hong Kong writing never uses. A
   character qualifies when OpenCC's Taiwan (``s2tw``) and Hong Kong (``s2hk``) conversions both change
   it and it appears in no ``s2tw``/``s2hk`` output of any word of ``data/pinyin_words.txt`` (jieba's
   words) or of any single character. ``台``, ``峰``, ``吃``, ``里``, ``后`` do not qualify (Taiwan
   writes 台北, 山峰, 吃飯, 公里, 皇后); ``让``, ``开``, ``并``, ``愿`` do. One of them inside a
   Traditional sentence is a character the converter missed.
2. **OpenCC s2t forms**: characters of OpenCC's generic Traditional output (``s2t``) that neither the
   Taiwan nor the Hong Kong output ever contains (``爲`` where both write ``為``, ``衆`` for ``眾``),
   minus :data:`BOTH_IN_USE`, forms that Taiwan or Hong Kong writers also use. A page written with them
   was converted by a program, not typed by a Taiwan or Hong Kong writer.

Run: ``.venv/bin/python scripts/gen_conversion_tables.py`` (needs opencc, a runtime dependency anyway).
Running it twice gives the same file.
"""
from __future__ import annotations

from pathlib import Path

import opencc

DATA = Path(__file__).resolve().parents[1] / "src" / "webclean" / "data"
CJK = [chr(code) for code in range(0x4E00, 0xA000)]
# s2t-only forms that Taiwan or Hong Kong writers also type (dictionary variants in real use):
# 祕密 (Taiwan's standard form), 癡/痴, 脣/唇, 喫/吃, 稜/棱, 踴/踊.
BOTH_IN_USE = frozenset("祕癡脣喫棱踊")
# Simplified-looking characters that Taiwan or Hong Kong writing uses although OpenCC converts them
# (found on real Taiwan and Hong Kong news pages): 雇 (解雇, 雇主 in Taiwan news), and the Cantonese
# 吓 (睇吓) and 晒 (失晒信) of Hong Kong papers and forums.
REGIONAL_USE = frozenset("雇吓晒")


def words() -> list[str]:
    """The Simplified words of the generated word list (jieba's, see SOURCES.md)."""
    text = (DATA / "pinyin_words.txt").read_text(encoding="utf-8")
    return [line.split("\t")[0] for line in text.splitlines() if line]


def conversion_chars() -> tuple[str, str]:
    """(Simplified leftovers, OpenCC s2t-only forms), each a sorted string of characters."""
    s2t, s2tw, s2hk, t2s = (opencc.OpenCC(name) for name in ("s2t", "s2tw", "s2hk", "t2s"))
    source = "\n".join(words()) + "\n" + "".join(CJK)
    regional = set(s2tw.convert(source)) | set(s2hk.convert(source))
    leftovers = [c for c in CJK if c not in regional and c not in REGIONAL_USE and t2s.convert(c) == c
                 and s2tw.convert(c) != c and s2hk.convert(c) != c]
    generic = set(s2t.convert(source))
    s2t_only = [c for c in CJK if c in generic and c not in regional and c not in BOTH_IN_USE]
    return "".join(sorted(leftovers)), "".join(sorted(s2t_only))


def main() -> None:
    leftovers, s2t_only = conversion_chars()
    (DATA / "script_conversion_chars.txt").write_text(f"{leftovers}\n{s2t_only}\n", encoding="utf-8")
    print(f"script_conversion_chars.txt: {len(leftovers)} Simplified leftovers, {len(s2t_only)} s2t-only forms")


if __name__ == "__main__":
    main()
