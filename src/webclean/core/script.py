"""Scripts of Chinese text: Simplified or Traditional, the readings of characters, OpenCC conversion.

Shared by the repair stage (pinyin annotations, lost characters), the extract stage (the word list tells
names from words) and the normalise stage (script conversion). Data files (``data/pinyin_readings.txt``,
``data/pinyin_words.txt``, ``data/script_chars.txt``) come from ``scripts/gen_pinyin_tables.py``; see
``data/SOURCES.md``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import islice

from .chars import HAN
from .data import read_data

__all__ = [
    "TONE_MARKED", "TONE_STRIP", "pinyin_readings", "word_counts", "script_sample", "detect_script",
    "opencc_converter", "to_simplified", "to_traditional", "with_traditional",
]

#: Vowels and nasals with a tone mark, as mirrors print readings (wǎng, ńg).
TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
#: Drops tone marks (ü as v), so a toneless reading compares with a toned one.
TONE_STRIP = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ", "aaaaeeeeiiiioooouuuuvvvvvnnnm")


@lru_cache(maxsize=1)
def pinyin_readings() -> dict[str, frozenset[str]]:
    """Tone-marked readings per character (from pypinyin's table, via the generator).

    >>> sorted(pinyin_readings()["創"])
    ['chuàng', 'chuāng', 'qiāng']
    """
    table: dict[str, frozenset[str]] = {}
    for line in read_data("pinyin_readings.txt").splitlines():
        char, _, readings = line.partition("\t")
        table[char] = frozenset(readings.split(","))
    return table



@lru_cache(maxsize=1)
def word_counts() -> dict[str, int]:
    """Word frequencies of the jieba dictionary (words of two to four characters).

    >>> word_counts()["创新"] > word_counts().get("闯新", 0)
    True
    """
    out: dict[str, int] = {}
    for line in read_data("pinyin_words.txt").splitlines():
        word, _, count = line.partition("\t")
        out[word] = int(count)
    return out


@lru_cache(maxsize=1)
def script_sets() -> tuple[re.Pattern[str], re.Pattern[str]]:
    simplified, traditional = read_data("script_chars.txt").splitlines()[:2]
    return re.compile(f"[{simplified}]"), re.compile(f"[{traditional}]")


_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_HAN_RE = re.compile(f"[{HAN}]")
_NON_HAN_RUN = re.compile(f"[^{HAN}]+")


# Script is a property of the whole page: a long text is judged on its head, middle and tail
# (three 20,000-character stretches), so a 10 MB page costs what a long article does.
_SAMPLE_PART = 20_000


def script_sample(text: str) -> str:
    """``text`` itself when short, else its head, middle and tail joined.

    >>> len(script_sample("中" * 10_000_000)) == 3 * _SAMPLE_PART + 2
    True
    """
    if len(text) <= 3 * _SAMPLE_PART:
        return text
    mid = len(text) // 2 - _SAMPLE_PART // 2
    return "\n".join((text[:_SAMPLE_PART], text[mid:mid + _SAMPLE_PART], text[-_SAMPLE_PART:]))


def detect_script(text: str) -> str | None:
    """``zh-Hans``, ``zh-Hant``, ``ja``, ``ko``, or None when the text has no CJK.

    Kana (two or more, and at least 5% of the Han count: a stray の in a
    Chinese brand name is not Japanese) means ``ja``; Hangul outnumbering Han
    means ``ko``. Otherwise the larger count of Simplified-only vs
    Traditional-only characters decides; a tie (only shared characters such as
    中文) is ``zh-Hans``, the common case on the web.

    >>> detect_script("網站首頁"), detect_script("网站首页"), detect_script("ひらがなの日本語")
    ('zh-Hant', 'zh-Hans', 'ja')
    """
    return _detect_sample(script_sample(text))


# Cached on the sample (at most 60,000 characters, 8 of them): normalise asks twice about the same
# text (detection, then machine conversion).
@lru_cache(maxsize=8)
def _detect_sample(text: str) -> str | None:
    kana = len(_KANA.findall(text))
    hangul = len(_HANGUL.findall(text))
    if kana >= 2 or hangul:   # only then does the number of hanzi matter, not just whether there are any
        han = len(_NON_HAN_RUN.sub("", text))  # what is left is the hanzi: faster than a list of each one
        if kana >= 2 and kana >= 0.05 * han:
            return "ja"
        if hangul and hangul >= han:
            return "ko"
    else:
        han = int(_HAN_RE.search(text) is not None)   # 1 for "some": no count is read below
    if not han:
        return None
    simplified, traditional = script_sets()
    traditional_only = len(traditional.findall(text))
    # Simplified-only characters are counted up to that number: whether they reach it is all that decides (a
    # Simplified page holds thousands, a Traditional one a few, and each counted match is a new string)
    if sum(1 for _ in islice(simplified.finditer(text), traditional_only)) < traditional_only:
        return "zh-Hant"
    return "zh-Hans"



@cache
def opencc_converter(config: str):  # type: ignore[no-untyped-def]
    """The OpenCC converter of ``config`` (``tw2s``, ``s2t``), built once per process.

    >>> opencc_converter("s2t").convert("网络")
    '網絡'
    """
    import opencc  # imported lazily: OpenCC objects cannot be pickled, so never stored

    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Traditional (Taiwan) to Simplified with OpenCC ``tw2s``: 著力 becomes 着力.

    >>> to_simplified("要著力打造網絡")
    '要着力打造网络'
    """
    return opencc_converter("tw2s").convert(text) if text else text


def to_traditional(text: str) -> str:
    """Simplified to Traditional with OpenCC ``s2t``.

    >>> to_traditional("网站首页")
    '網站首頁'
    """
    return opencc_converter("s2t").convert(text) if text else text




#: The OpenCC configurations whose output a word list gains: generic Traditional, Taiwan and Hong Kong
#: characters (網絡, 網路 is vocabulary, not a character form, and is written by hand where it matters).
TRADITIONAL_CONFIGS = ("s2t", "s2tw", "s2hk")


def with_traditional(words: Iterable[str]) -> tuple[str, ...]:
    """The words followed by their Traditional forms (OpenCC s2t, s2tw, s2hk), each form once, in order.

    Word lists are written once, in Simplified; the Traditional forms are generated when they are loaded.

    >>> with_traditional(["网站首页", "English"])
    ('网站首页', '網站首頁', 'English')
    """
    converters = [opencc_converter(config) for config in TRADITIONAL_CONFIGS]
    out: dict[str, None] = {}
    for word in words:
        out[word] = None
        for converter in converters:
            out.setdefault(converter.convert(word), None)
    return tuple(out)
