"""How plausible text is as real Chinese: the measure every mojibake reversal is judged by.

A character costs little when it is common (by frequency rank) and a lot when it is what garbling
produces (rare hanzi, C1 controls, private use, Latin-1 symbols amid Chinese). A reversal of a span is
accepted only when it lowers the mean cost a great deal (see :mod:`webclean.repair.mojibake`).

>>> text_badness("中文网页") < 1 < text_badness("涓枃缃戦〉")
True
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from operator import add, or_

from .data import read_data
from .script import to_simplified, word_counts

__all__ = ["char_cost", "code_page_signs", "text_badness", "total_cost", "foreign_script_chars", "word_pairs",
           "is_word_pair", "simplified_char", "simplified_map", "word_pair_share", "pair_flags",
           "standalone_chars", "char_ranks", "core_hanzi", "NEUTRAL_PUNCT", "script_counts", "foreign_for"]

NEUTRAL_PUNCT = frozenset("，。、：；！？“”‘’《》（）…—·「」『』【】～　％＋－")


@lru_cache(maxsize=1)
def char_ranks() -> dict[str, int]:
    """Frequency rank of common Simplified and Traditional characters (see data/SOURCES.md)."""
    text = read_data("mojibake_char_ranks.txt")
    return {ch: i for i, ch in enumerate(text.replace("\n", ""))}


@lru_cache(maxsize=1)
def standalone_chars() -> frozenset[str]:
    """Characters that are words on their own (的 了 是 这 過 ...): the word list cannot vouch for them
    between other words (see data/SOURCES.md).

    >>> "的" in standalone_chars(), "這" in standalone_chars(), "般" in standalone_chars()
    (True, True, False)
    """
    return frozenset(read_data("mojibake_standalone_chars.txt").strip())


@lru_cache(maxsize=1)
def core_hanzi() -> frozenset[str]:
    """GB2312 level-1 hanzi (bytes B0A1-D7F9) and Big5 frequent hanzi (A440-C67E), from the codecs."""
    out = set()
    for lead in range(0xB0, 0xD8):
        out.update(bytes([lead, t]).decode("gb2312", "ignore") for t in range(0xA1, 0xFF))
    for lead in range(0xA4, 0xC7):
        for t in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            out.add(bytes([lead, t]).decode("big5", "ignore"))
    out.discard("")
    return frozenset(out)


@lru_cache(maxsize=65536)
def char_cost(ch: str) -> float:
    """How unlikely one character is in real text (0 = expected, 10 = almost surely garbage).

    Hanzi cost by frequency tier (rank below 1500 costs 0) plus 2 outside the GB2312 level-1 /
    Big5 frequent sets, because garbling mostly lands in the rare level-2 and extension areas.

    >>> char_cost("中"), char_cost("鍙"), char_cost("Ã"), char_cost("\\x8c")
    (0.0, 4.0, 3.0, 10.0)

    Box-drawing characters cost as little as kana: a GBK page's flowchart (``┌───┬───┐``) is real,
    and read as Big5 it would turn into plausible-looking hanzi (``軾偉偉偉``).
    """
    o = ord(ch)
    if o < 0x80 or ch in NEUTRAL_PUNCT:
        return 0.0
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
        rank = char_ranks().get(ch)
        tier = 6.0 if rank is None else 0.0 if rank < 1500 else 1.0 if rank < 3000 else 2.0 if rank < 6000 else 3.0
        return tier + (0.0 if ch in core_hanzi() else 2.0)
    if o == 0xE5E5:
        return 1.0  # GBK A3 A0, which GB2312 leaves empty, is a full-width space on many old pages
    if 0x80 <= o <= 0x9F or 0xE000 <= o <= 0xF8FF:
        return 10.0  # C1 controls and private use: never in real text
    if 0xC0 <= o <= 0xFF:
        return 3.0  # accented Latin letters: real in European text, frequent in mojibake
    if 0x3040 <= o <= 0x30FF or 0xAC00 <= o <= 0xD7AF or 0x100 <= o <= 0x24F:
        return 1.0  # kana and hangul are normal in Japanese/Korean text, Latin Extended in pinyin
    if 0x2500 <= o <= 0x259F:
        return 1.0  # box drawing: GBK and Big5 both carry it, and old pages draw tables and flowcharts with it
    if ch in _GBK_MARKS:
        return 1.0  # full-width punctuation (／ ［) and the marks of GBK rows A1-A2 that pages use (〓 〗 → ①)
    if o == 0xFFFD:
        return 1.0
    return 5.0  # Latin-1 symbols, box drawing, Greek, Cyrillic...: unusual amid Chinese


@lru_cache(maxsize=1)
def code_page_signs() -> frozenset[str]:
    """The signs the symbol rows of GBK (A1-A9) and Big5 (A140-A3BF) encode in the blocks of :data:`_SIGN_BLOCKS`:
    the numbers in circles and brackets, shapes and vertical forms that real pages list (a blog's list of
    symbols: ``⑴⑵⑶``, ``★☆♀◆◇◣◢◥▲▼△▽``, ``︵︷︿︹``). Letters, Latin-1's signs (§ °) and modifier letters are none.

    >>> all(c in code_page_signs() for c in "⑴◣︵♀★"), any(c in code_page_signs() for c in "αЖあ§°中ˉ")
    (True, False)
    """
    out: set[str] = set()
    for lead in range(0xA1, 0xAA):
        out.update(bytes([lead, t]).decode("gbk", "ignore") for t in range(0xA1, 0xFF))
    for lead in range(0xA1, 0xA4):
        for t in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            out.add(bytes([lead, t]).decode("big5", "ignore"))
    return frozenset(c for c in out if len(c) == 1 and any(lo <= ord(c) <= hi for lo, hi in _SIGN_BLOCKS))


# The Unicode blocks of those signs: enclosed numbers (⑴ ⒈ ①), geometric shapes (◆ ▲ ◣), miscellaneous symbols
# (★ ♀), vertical and small forms (︵ ﹁). They keep their price in the plausibility of a reading (a GBK page read
# half as UTF-8 throws them up among its garbage: priced low, such garbage read as text); a span made of nothing
# else is a list of symbols (webclean.repair.mojibake.credible_repair).
_SIGN_BLOCKS = ((0x2460, 0x24FF), (0x25A0, 0x25FF), (0x2600, 0x26FF), (0xFE10, 0xFE1F), (0xFE30, 0xFE4F))


def text_badness(text: str, foreign: frozenset[str] = frozenset()) -> float:
    """Mean :func:`char_cost` over the non-ASCII characters of ``text`` (0 when there are none).

    >>> text_badness("中文网页") < 1 < text_badness("涓枃缃戦〉")
    True
    """
    total, n = _cost_by_counts(text, foreign)
    return total / n if n else 0.0


def total_cost(text: str, foreign: frozenset[str] = frozenset()) -> float:
    """Summed :func:`char_cost` over the non-ASCII characters of ``text``.

    >>> total_cost("中文ab"), total_cost("鍙戝竷")
    (0.0, 13.0)
    """
    if len(text) == 1:  # (one character: the pair-span finders ask for thousands of them)
        return char_cost(text) + (_FOREIGN_COST if text in foreign else 0.0) if text >= "\x80" else 0.0
    return _cost_by_counts(text, foreign)[0]



def _cost_by_counts(text: str, foreign: frozenset[str]) -> tuple[float, int]:
    """(summed cost, number of non-ASCII characters) from one count of the distinct characters (a text
    repeats its characters a lot: one cost look-up each)."""
    total, n = 0.0, 0
    if text.isascii():
        return total, n
    for c, k in Counter(text).items():
        if c >= "\x80":
            total += k * (char_cost(c) + (_FOREIGN_COST if c in foreign else 0.0))
            n += k
    return total, n


# The signs of row A1 outside Latin-1 that pages write as symbols (★★☆☆☆ a rating, ● ■ ※ bullets, ℃ №): Big5
# carries them too, and at 5 a rating line read as GBK (」」「「「) cost less than the stars.
_GBK_MARKS = frozenset("〓〖〗【】〔〕〈〉《》「」『』〃々〇←↑→↓①②③④⑤⑥⑦⑧⑨⑩☆★○●◎◇◆□■△▲※№℃‰"
                       + "".join(chr(o) for o in range(0xFF01, 0xFF5F) if not chr(o).isalnum()))

# A Traditional-only character inside Simplified text (or the reverse) is what GBK read as Big5
# (Big5 read as GBK) looks like; real pages mix scripts rarely, so it costs as much as a rare character.
_FOREIGN_COST = 2.0


@lru_cache(maxsize=1)
def script_chars() -> tuple[frozenset[str], frozenset[str]]:
    """(Simplified-only, Traditional-only) characters, from OpenCC via the generator script."""
    simplified, traditional = read_data("mojibake_script_chars.txt").split("\n")[:2]
    return frozenset(simplified), frozenset(traditional)


def foreign_script_chars(text: str) -> frozenset[str]:
    """The characters that would be out of place in ``text``: Traditional-only ones when the text is
    clearly Simplified, Simplified-only ones when it is clearly Traditional, none when unclear.

    >>> "價" in foreign_script_chars("现代经济学的基本分析框架与研究方法")
    True
    >>> foreign_script_chars("2024 年")
    frozenset()
    """
    return foreign_for(*script_counts(text))


def script_counts(text: str) -> tuple[int, int]:
    """(Simplified-only, Traditional-only) characters in ``text``.

    >>> script_counts("现代經濟")   # 代 is the same in both
    (1, 2)
    """
    simplified, traditional = script_chars()
    counts = Counter(text)  # distinct characters are few: count them once, test each once
    return (sum(n for c, n in counts.items() if c in simplified),
            sum(n for c, n in counts.items() if c in traditional))


def foreign_for(n_simp: int, n_trad: int) -> frozenset[str]:
    """:func:`foreign_script_chars` from the counts of :func:`script_counts` (which add up over pieces).

    >>> len(foreign_for(0, 0)), "价" in foreign_for(1, 5)
    (0, True)
    """
    simplified, traditional = script_chars()
    # a clear majority (3:1, at least three characters) so that one garbled span cannot flip it
    if n_simp >= 3 and n_simp >= 3 * n_trad:
        return traditional
    if n_trad >= 3 and n_trad >= 3 * n_simp:
        return simplified
    return frozenset()


@lru_cache(maxsize=1)
def word_pairs() -> frozenset[str]:
    """Every two adjacent characters inside a word of the word list (jieba's words of 2-4 characters, see
    ``core.script.word_counts``): ``盲目``, ``不宜``, ``追高`` are in it, the misread ``猜灰``, ``灰虽`` are not.
    Where unigram costs cannot tell two readings apart (both give common characters), words can.

    >>> "盲目" in word_pairs(), "猜灰" in word_pairs()
    (True, False)
    """
    pairs = set()
    for word in word_counts():
        pairs.update(word[i:i + 2] for i in range(len(word) - 1))
    return frozenset(pairs)


@lru_cache(maxsize=1)
def simplified_map() -> dict[str, str]:
    """Traditional form -> Simplified form for the ranked characters that OpenCC changes (one character
    each): a dictionary look-up where a per-character OpenCC call would cost microseconds."""
    out = {}
    for ch in char_ranks():
        simple = to_simplified(ch)
        if len(simple) == 1 and simple != ch:
            out[ch] = simple
    return out


def simplified_char(ch: str) -> str:
    """The Simplified form of one character (itself when it has none or OpenCC gives more than one).

    >>> simplified_char("經"), simplified_char("经")
    ('经', '经')
    """
    return simplified_map().get(ch, ch)


def is_word_pair(a: str, b: str) -> bool:
    """Whether ``a`` ``b`` occur side by side in a word, in Simplified or in Traditional form.

    >>> is_word_pair("經", "濟"), is_word_pair("濟", "經")
    (True, False)
    """
    pairs = word_pairs()
    if a + b in pairs:
        return True
    simple = simplified_map()
    return simple.get(a, a) + simple.get(b, b) in pairs


@lru_cache(maxsize=1)
def _simplified_table() -> dict[int, str]:
    """``str.translate`` table of :func:`simplified_map` for the hanzi range the pairs are tested in."""
    return {ord(k): v for k, v in simplified_map().items() if "\u3400" <= k < "\ua000"}


def pair_flags(text: str) -> list[bool]:
    """For each two adjacent characters of ``text``, whether they are a word pair (:func:`is_word_pair`;
    the list of words holds only hanzi from U+3400-U+9FFF, so other characters never pair): one pass in C
    over the text and its Simplified form, where a call per pair costs a microsecond.

    >>> pair_flags("經濟的发展")
    [True, False, False, True]
    """
    pairs = word_pairs()
    flags = list(map(pairs.__contains__, map(add, text, text[1:])))
    if len(text) > 1 and _traditional_re().search(text):
        simple = text.translate(_simplified_table())
        flags = list(map(or_, flags, map(pairs.__contains__, map(add, simple, simple[1:]))))
    return flags


@lru_cache(maxsize=1)
def _traditional_re() -> re.Pattern[str]:
    """The characters :func:`_simplified_table` changes, as one class: most text holds none."""
    return re.compile("[" + "".join(re.escape(chr(o)) for o in sorted(_simplified_table())) + "]")


def word_pair_share(text: str) -> float:
    """Share of the hanzi of ``text`` that make a word (:func:`is_word_pair`) with a neighbour: real Chinese
    scores 0.6-0.9, common characters strung together at random (Korean EUC-KR bytes read as GBK, a
    misaligned GBK reading) 0.1-0.3. 0.0 when ``text`` holds no hanzi.

    >>> word_pair_share("单曲资料曲目") > 0.6 > word_pair_share("救斥窍技匡")
    True
    """
    n = len(_HANZI_RE.findall(text))
    if not n:
        return 0.0
    flags = pair_flags(text)
    if not any(flags):
        return 0.0
    paired = sum(map(or_, [False, *flags], [*flags, False]))  # a character pairs to its left or its right
    return paired / n


_HANZI_RE = re.compile("[\u3400-\u9fff]")
