"""Script restoration: pinyin annotations, lost characters, Traditional/Simplified, punctuation.

Some mirrors machine-convert mainland articles to Traditional characters and glue
the reading after characters (``網(wǎng)站``); where the converter lost a character
it left ``?pinyin)`` instead (``要?jiǎng)?chuàng)新`` for 要创新). This module undoes
that, tells scripts apart, and converts with OpenCC.

Data files (``data/pinyin_readings.txt``, ``data/pinyin_words.txt``,
``data/script_chars.txt``) come from ``scripts/gen_pinyin_tables.py``;
``data/script_vocab.txt`` is hand-written. See ``data/SOURCES.md``.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .record import Repair

__all__ = [
    "Restored", "restore_annotated_text", "traditional_in_context", "looks_machine_converted", "detect_script",
    "to_simplified", "to_traditional", "normalise_punctuation", "pinyin_readings",
]

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PY = f"[a-zü{_TONED}]"
# Longest syllables (zhuang, chuang, shuang) have 6 letters; the bound keeps
# every match short and the regexes linear.
_ANNOTATION = re.compile(rf"([{_HAN}])\(({_PY}{{1,6}})\)")
# A run of lost-character markers; each starts with a literal "?", so the
# repetition cannot backtrack into itself.
_LOST_RUN = re.compile(rf"\?\(?{_PY}{{1,6}}\)(?:\?\(?{_PY}{{1,6}}\))*")  # literal "?" first: fast scan
_LOST_ONE = re.compile(rf"\?\(?({_PY}{{1,6}})\)")
# The cheap gate: something either pass could act on (an annotation after a hanzi, or a lost-character
# marker).  "(a" in a script or "?id=" in a URL alone no longer sends a whole HTML page through both passes.
# Gates that start with a literal character, which the regex engine scans for quickly.
_PAREN_SYLLABLE = re.compile(rf"\({_PY}{{1,6}}\)")
_HAN_CHAR = re.compile(f"[{_HAN}]")
_TONE_STRIP = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ", "aaaaeeeeiiiioooouuuuvvvvvnnnm")
_MARKER = "\ufffd"
# Per-annotation repairs up to this many; the rest of a page's annotations are
# summed in one aggregate repair (spam mirrors carry thousands).
_MAX_ANNOTATION_REPAIRS = 50
# A real mirror page loses a handful of characters; past this many the page is
# garbage or hostile and each further marker is left as U+FFFD unscored.
_MAX_LOST_CHARACTERS = 200
# The best lost-character candidate must score this many times the runner-up.
_DECISION_MARGIN = 1.5


@dataclass(frozen=True)
class Restored:
    """What :func:`restore_annotated_text` returns."""

    text: str
    repairs: tuple[Repair, ...]
    warnings: tuple[str, ...]
    annotations: int


def _data_text(name: str) -> str:
    return (Path(__file__).parent / "data" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def pinyin_readings() -> dict[str, frozenset[str]]:
    """Tone-marked readings per character (from pypinyin's table, via the generator).

    >>> sorted(pinyin_readings()["創"])
    ['chuàng', 'chuāng', 'qiāng']
    """
    table: dict[str, frozenset[str]] = {}
    for line in _data_text("pinyin_readings.txt").splitlines():
        char, _, readings = line.partition("\t")
        table[char] = frozenset(readings.split(","))
    return table


@lru_cache(maxsize=1)
def _word_counts() -> dict[str, int]:
    out: dict[str, int] = {}
    for line in _data_text("pinyin_words.txt").splitlines():
        word, _, count = line.partition("\t")
        out[word] = int(count)
    return out


@lru_cache(maxsize=1)
def _candidates_by_reading() -> dict[str, tuple[str, ...]]:
    """Simplified characters (those in the word list) per toned and toneless reading."""
    known = {c for word in _word_counts() for c in word}
    index: dict[str, list[str]] = {}
    for char, readings in pinyin_readings().items():
        if char not in known:
            continue
        for reading in readings | {r.translate(_TONE_STRIP) for r in readings}:
            index.setdefault(reading, []).append(char)
    return {k: tuple(v) for k, v in index.items()}


def is_reading_of(char: str, syllable: str) -> bool:
    """True when ``syllable`` is a reading of ``char``: exact with tone marks, or toneless.

    >>> is_reading_of("網", "wǎng"), is_reading_of("前", "qian"), is_reading_of("網", "wàng")
    (True, True, False)
    """
    readings = pinyin_readings().get(char)
    if not readings:
        return False
    normal = syllable.replace("v", "ü")
    if normal in readings:
        return True
    if any(mark in normal for mark in _TONED):
        return False  # tone-marked but not this tone: not an annotation of this char
    return any(r.translate(_TONE_STRIP) == syllable.translate(_TONE_STRIP) for r in readings)


def remove_pinyin_annotations(text: str) -> tuple[str, list[Repair]]:
    """Drop ``(pinyin)`` glued after a character when it is that character's reading.

    >>> remove_pinyin_annotations("會(huì)議強(qiáng)調(diào)")[0]
    '會議強調'
    >>> remove_pinyin_annotations("首席执行官(CEO)與(a)項")[0]
    '首席执行官(CEO)與(a)項'
    """
    repairs: list[Repair] = []

    def replace(match: re.Match[str]) -> str:
        char, syllable = match.group(1), match.group(2)
        if not is_reading_of(char, syllable):
            return match.group()
        repairs.append(Repair("pinyin_annotation", match.group(), char,
                              f"text[{match.start()}:{match.end()}]", "reading_of_previous_char"))
        return char

    return _ANNOTATION.sub(replace, text), repairs


def _aggregate(repairs: list[Repair]) -> list[Repair]:
    if len(repairs) <= _MAX_ANNOTATION_REPAIRS:
        return repairs
    rest = repairs[_MAX_ANNOTATION_REPAIRS:]
    summary = Repair("pinyin_annotation", " ".join(r.before for r in rest[:5]) + " …",
                     " ".join(r.after for r in rest[:5]) + " …",
                     f"{len(rest)} more annotations", "reading_of_previous_char")
    return repairs[:_MAX_ANNOTATION_REPAIRS] + [summary]


def score_candidate(left: str, cand: str, right: str) -> float:
    """Word-list support for ``cand`` between Simplified contexts ``left`` and ``right``.

    Sums log counts of the jieba words (2-4 characters) that cover ``cand`` and
    fit the neighbours, longer words weighing more.

    >>> score_candidate("要", "创", "新") > score_candidate("要", "闯", "新")
    True
    """
    words = _word_counts()
    window = left[-3:] + cand + right[:3]
    pos = len(left[-3:])
    score = 0.0
    for start in range(max(0, pos - 3), pos + 1):
        for end in range(max(pos + 1, start + 2), min(len(window), start + 4) + 1):
            count = words.get(window[start:end])
            if count:
                score += (end - start) * math.log10(count + 1)
    return score


def choose_lost_character(left: str, syllable: str, right: str) -> str | None:
    """The character read ``syllable`` that the word list prefers between the neighbours.

    ``left``/``right`` are Simplified. None when no candidate is supported or
    the best is not clearly ahead (1.5x the runner-up; below that a guess
    would be a coin toss between real words).

    >>> choose_lost_character("江门日", "bào", "记者"), choose_lost_character("", "bào", "")
    ('报', None)
    """
    candidates = _candidates_by_reading().get(syllable.replace("v", "ü"), ())
    scored = sorted(((score_candidate(left, c, right), c) for c in candidates), reverse=True)
    if not scored or scored[0][0] <= 0:
        return None
    if len(scored) > 1 and scored[0][0] < _DECISION_MARGIN * scored[1][0]:
        return None
    return scored[0][1]


def traditional_in_context(left: str, char: str, right: str) -> str:
    """The Traditional form of ``char`` as OpenCC s2t writes it between its neighbours.

    Converting with context picks the right form of one-to-many characters.

    >>> traditional_in_context("剪头", "发", "的人"), traditional_in_context("", "发", "展")
    ('髮', '發')
    """
    converted = to_traditional(left + char + right)
    if len(converted) == len(left) + 1 + len(right):
        return converted[len(left)]
    return to_traditional(char)


@lru_cache(maxsize=1)
def _valid_syllables() -> frozenset[str]:
    toned = {r for rs in pinyin_readings().values() for r in rs}
    return frozenset(toned | {r.translate(_TONE_STRIP) for r in toned})


def _looks_like_list_label(syllable: str) -> bool:
    """A toneless one-letter "syllable" (``?(a)``, ``?(e)``) is a quiz option, not a lost character.

    >>> _looks_like_list_label("a"), _looks_like_list_label("ā"), _looks_like_list_label("bao")
    (True, False, False)
    """
    return len(syllable) == 1 and syllable.isascii()


def recover_lost_characters(text: str) -> tuple[str, list[Repair], list[str]]:
    """Replace ``?pinyin)`` / ``?(pinyin)`` runs with the lost character.

    In a run of markers every marker followed by another is a phantom; the
    last one carries the lost character's reading. The recovered character
    takes the script of its surroundings.

    >>> recover_lost_characters("要?jiǎng)?chuàng)新基層")[0]
    '要創新基層'
    >>> recover_lost_characters("江門日?(bào)記者")[0]
    '江門日報記者'
    """
    repairs: list[Repair] = []
    warnings: list[str] = []
    valid = _valid_syllables()
    skipped: list[int] = []

    def replace(match: re.Match[str]) -> str:
        syllable = _LOST_ONE.findall(match.group())[-1]
        start, end = match.start(), match.end()
        before, after = text[max(0, start - 20):start], text[end:end + 20]
        near_han = re.search(f"[{_HAN}]$", before) or re.match(f"[{_HAN}]", after)
        if syllable.replace("v", "ü") not in valid or not near_han or _looks_like_list_label(syllable):
            return match.group()
        where = f"text[{start}:{end}]"
        if len(repairs) + len(warnings) >= _MAX_LOST_CHARACTERS:
            skipped.append(start)  # hostile input: stop paying for word-context lookups
            return _MARKER
        left, right = to_simplified(before), to_simplified(after)
        char = choose_lost_character(left, syllable, right)
        if char is None:
            warnings.append(f"lost character at {where} (read {syllable}) left as U+FFFD: context undecided")
            return _MARKER
        if detect_script(before + after) == "zh-Hant":
            char = traditional_in_context(left[-3:], char, right[:3])
        repairs.append(Repair("lost_character", match.group(), char, where, "reading_and_word_context"))
        return char

    out = _LOST_RUN.sub(replace, text)
    if skipped:
        warnings.append(f"{len(skipped)} lost characters beyond the first {_MAX_LOST_CHARACTERS} left as U+FFFD")
    return out, repairs, warnings


def restore_annotated_text(text: str) -> Restored:
    """Remove pinyin annotations, then recover lost characters.

    Repairs: one ``pinyin_annotation`` per removed annotation for the first 50,
    then one aggregate repair for the rest (``where`` says how many); one
    ``lost_character`` per recovered character. ``where`` of annotations is in
    the input text, of lost characters in the annotation-free text.

    >>> r = restore_annotated_text("人民論壇網(wǎng)評(píng),要?jiǎng)?chuàng)新")
    >>> r.text, r.annotations
    ('人民論壇網評,要創新', 2)
    """
    if not _has_annotation_sign(text):
        return Restored(text, (), (), 0)
    cleaned, annotation_repairs = remove_pinyin_annotations(text)
    recovered, lost_repairs, warnings = recover_lost_characters(cleaned)
    repairs = tuple(_aggregate(annotation_repairs) + lost_repairs)
    return Restored(recovered, repairs, tuple(warnings), len(annotation_repairs))


def _has_annotation_sign(text: str) -> bool:
    """Whether either pass could act: ``(syllable)`` right after a hanzi, or a lost-character marker.

    Both gates start with a literal (``(`` or ``?``), so an HTML page is scanned quickly; ``f(e)``
    in a script is skipped because no hanzi precedes it.

    >>> _has_annotation_sign("網(wǎng)站"), _has_annotation_sign("<script>f(e)</script>?id=3")
    (True, False)
    """
    if _LOST_RUN.search(text):
        return True
    return any(m.start() and _HAN_CHAR.match(text, m.start() - 1) for m in _PAREN_SYLLABLE.finditer(text))


@lru_cache(maxsize=1)
def _script_sets() -> tuple[re.Pattern[str], re.Pattern[str]]:
    simplified, traditional = _data_text("script_chars.txt").splitlines()[:2]
    return re.compile(f"[{simplified}]"), re.compile(f"[{traditional}]")


_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_HAN_RE = re.compile(f"[{_HAN}]")
_NON_HAN_RUN = re.compile(f"[^{_HAN}]+")


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
    han = len(_NON_HAN_RUN.sub("", text))  # what is left is the hanzi: faster than a list of each one
    kana = len(_KANA.findall(text))
    hangul = len(_HANGUL.findall(text))
    if kana >= 2 and kana >= 0.05 * han:
        return "ja"
    if hangul and hangul >= han:
        return "ko"
    if not han:
        return None
    simplified, traditional = _script_sets()
    if len(traditional.findall(text)) > len(simplified.findall(text)):
        return "zh-Hant"
    return "zh-Hans"


@lru_cache(maxsize=1)
def _vocab_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    sections: dict[str, list[str]] = {"mainland": [], "regional": []}
    current = "mainland"
    for line in _data_text("script_vocab.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = line.strip("[]")
            continue
        sections[current].append(line)
    mainland = {to_traditional(term) for term in sections["mainland"]}
    regional = set(sections["regional"])

    def alternation(terms: set[str]) -> re.Pattern[str]:
        return re.compile("|".join(sorted(map(re.escape, terms), key=len, reverse=True)))

    return alternation(mainland), alternation(regional)


def looks_machine_converted(text: str, annotations: int = 0) -> bool:
    """True when a Traditional-character text was machine-converted from Simplified.

    Two or more pinyin annotations decide alone. Otherwise mainland vocabulary
    in Traditional form (網絡, 視頻, 黨建) must appear at least twice and more
    than twice as often as Taiwan/HK vocabulary (網路, 影片, 立法院): one hit
    can be a quotation, and a Taiwan article about the mainland still uses
    its own words around it.

    >>> looks_machine_converted("推動黨建引領社區治理，加強網絡建設。")
    True
    >>> looks_machine_converted("立法院今天審查網路法案，民眾關心資訊安全。")
    False
    """
    if detect_script(text) != "zh-Hant":
        return False
    if annotations >= 2:
        return True
    text = script_sample(text)
    mainland, regional = _vocab_patterns()
    m, r = len(mainland.findall(text)), len(regional.findall(text))
    return m >= 2 and m > 2 * r


@lru_cache(maxsize=None)
def _converter(config: str):  # type: ignore[no-untyped-def]
    import opencc  # imported lazily: OpenCC objects cannot be pickled, so never stored

    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Traditional (Taiwan) to Simplified with OpenCC ``tw2s``: 著力 becomes 着力.

    >>> to_simplified("要著力打造網絡")
    '要着力打造网络'
    """
    return _converter("tw2s").convert(text) if text else text


def to_traditional(text: str) -> str:
    """Simplified to Traditional with OpenCC ``s2t``.

    >>> to_traditional("网站首页")
    '網站首頁'
    """
    return _converter("s2t").convert(text) if text else text


_CJK_CONTEXT = f"{_HAN}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u201c\u201d\u2018\u2019"
# One space or tab after the mark ("你好, 世界") goes too: full-width forms carry their own spacing.
_ASCII_PUNCT = re.compile(rf"(?<=[{_CJK_CONTEXT}])([,:;?!])[ \t]?(?=[{_CJK_CONTEXT}]|$)", re.M)
# Bracket content is bounded (400) so an unclosed "(" costs at most one short scan.
_PAREN_PAIR = re.compile(r"\(([^()\n]{1,400})\)")
_TO_FULL = str.maketrans(",:;?!", "，：；？！")
_FULL_CHARS = "，：；？！（）"
_TO_ASCII = str.maketrans(_FULL_CHARS, ",:;?!()")


def _full_width_brackets(match: re.Match[str]) -> str:
    inner = match.group(1)
    return f"（{inner}）" if _HAN_RE.search(inner) else match.group()


def normalise_punctuation(text: str, mode: str = "cjk") -> tuple[str, int]:
    """Full-width (``cjk``) or ASCII (``ascii``) punctuation; ``keep`` changes nothing.

    ``cjk``: an ASCII , : ; ? ! preceded by a Chinese character or CJK
    punctuation/quote and followed by one (or ending the line) becomes
    full-width (a single space after it is dropped); a ( ) pair whose content holds a Chinese character becomes
    （ ）. Digits and Latin around stay ASCII (``3,000``, ``12:30``,
    ``时间:2025``), and so do brackets around Latin or numbers (``(CEO)``,
    ``(2025)``). ``ascii``: every ，：；？！（） becomes ASCII. Returns the text and
    the number of characters changed.

    >>> normalise_punctuation("会议强调,以建设(作者:冯)为目标(CEO),共3,000人")
    ('会议强调，以建设（作者：冯）为目标(CEO),共3,000人', 4)
    """
    if mode == "keep":
        return text, 0
    if mode == "ascii":
        changed = sum(text.count(c) for c in _FULL_CHARS)
        return (text.translate(_TO_ASCII), changed) if changed else (text, 0)
    if mode != "cjk":
        raise ValueError(f"mode must be 'cjk', 'ascii' or 'keep', not {mode!r}")
    before_full = text.count("（")
    text = _PAREN_PAIR.sub(_full_width_brackets, text)
    text, marks = _ASCII_PUNCT.subn(lambda m: m.group(1).translate(_TO_FULL), text)
    pairs = text.count("（") - before_full
    return text, 2 * pairs + marks
