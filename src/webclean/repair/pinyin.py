"""Pinyin annotations and lost characters: the repair of machine-converted mirror text.

Some mirrors machine-convert mainland articles to Traditional characters and glue
the reading after characters (``網(wǎng)站``); where the converter lost a character
it left ``?pinyin)`` instead (``要?jiǎng)?chuàng)新`` for 要创新). This module undoes
that: it drops annotations that are the reading of the character before them and
recovers each lost character from its reading and the word list.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from ..core.chars import HAN
from ..core.script import (
    TONE_MARKED,
    TONE_STRIP,
    detect_script,
    pinyin_readings,
    to_simplified,
    to_traditional,
    word_counts,
)
from ..record import Repair
from .lost_bytes import CONTEXT, MAX_WORD, MIN_WORD

__all__ = [
    "Restored", "restore_annotated_text", "remove_pinyin_annotations", "recover_lost_characters",
    "is_reading_of", "score_candidate", "choose_lost_character", "traditional_in_context", "has_annotation_sign",
]

_HAN = HAN
_TONED = TONE_MARKED
_TONE_STRIP = TONE_STRIP
_PY = f"[a-zü{_TONED}]"
# Longest syllables (zhuang, chuang, shuang) have 6 letters; the bound keeps
# every match short and the regexes linear.
# An annotation is looked for at its "(" (a literal: sre skips to it), the character before it read in
# Python: opening with the hanzi class, the pattern was tried at every character of the page (a 1 MB page
# with one "栈(stack)" took 5 ms, a tenth of it now).
_ANNOTATION = re.compile(rf"\(({_PY}{{1,6}})\)")
# A run of lost-character markers; each starts with a literal "?", so the
# repetition cannot backtrack into itself.
_LOST_RUN = re.compile(rf"\?\(?{_PY}{{1,6}}\)(?:\?\(?{_PY}{{1,6}}\))*")  # literal "?" first: fast scan
_LOST_ONE = re.compile(rf"\?\(?({_PY}{{1,6}})\)")
# The cheap gate: something either pass could act on (an annotation after a hanzi, or a lost-character
# marker).  "(a" in a script or "?id=" in a URL alone no longer sends a whole HTML page through both passes.
# Gates that start with a literal character, which the regex engine scans for quickly.
_PAREN_SYLLABLE = re.compile(rf"\({_PY}{{1,6}}\)")
_HAN_CHAR = re.compile(f"[{_HAN}]")
_MARKER = "\ufffd"
# Per-annotation repairs up to this many; the rest of a page's annotations are
# summed in one aggregate repair (spam mirrors carry thousands).
_MAX_ANNOTATION_REPAIRS = 50
# A real mirror page loses a handful of characters; past this many the page is
# garbage or hostile and each further marker is left as U+FFFD unscored.
_MAX_LOST_CHARACTERS = 200
# The best lost-character candidate must score this many times the runner-up.
_DECISION_MARGIN = 1.5
# Characters read on each side of a lost-character marker: the words around it and the script of the
# passage (Simplified or Traditional), a clause or two.
_MARKER_CONTEXT = 20


@dataclass(frozen=True)
class Restored:
    """What :func:`restore_annotated_text` returns."""

    text: str
    repairs: tuple[Repair, ...]
    warnings: tuple[str, ...]
    annotations: int


@lru_cache(maxsize=1)
def _candidates_by_reading() -> dict[str, tuple[str, ...]]:
    """Simplified characters (those in the word list) per toned and toneless reading."""
    known = {c for word in word_counts() for c in word}
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
        start, end = match.start() - 1, match.end()   # the annotated character and its annotation
        if start < 0 or not _HAN_CHAR.match(text, start) or not is_reading_of(text[start], match.group(1)):
            return match.group()
        repairs.append(Repair("pinyin_annotation", text[start:end], text[start], f"text[{start}:{end}]",
                              "reading_of_previous_char"))
        return ""

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
    words = word_counts()
    window = left[-CONTEXT:] + cand + right[:CONTEXT]
    pos = len(left[-CONTEXT:])
    score = 0.0
    for start in range(max(0, pos - CONTEXT), pos + 1):
        for end in range(max(pos + 1, start + MIN_WORD), min(len(window), start + MAX_WORD) + 1):
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
        before, after = text[max(0, start - _MARKER_CONTEXT):start], text[end:end + _MARKER_CONTEXT]
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
            char = traditional_in_context(left[-CONTEXT:], char, right[:CONTEXT])
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
    if not has_annotation_sign(text):
        return Restored(text, (), (), 0)
    cleaned, annotation_repairs = remove_pinyin_annotations(text)
    recovered, lost_repairs, warnings = recover_lost_characters(cleaned)
    repairs = tuple(_aggregate(annotation_repairs) + lost_repairs)
    return Restored(recovered, repairs, tuple(warnings), len(annotation_repairs))


def has_annotation_sign(text: str) -> bool:
    """Whether either pass could act: ``(syllable)`` right after a hanzi, or a lost-character marker.

    Both gates start with a literal (``(`` or ``?``), so an HTML page is scanned quickly; ``f(e)``
    in a script is skipped because no hanzi precedes it.

    >>> has_annotation_sign("網(wǎng)站"), has_annotation_sign("<script>f(e)</script>?id=3")
    (True, False)
    """
    if _LOST_RUN.search(text):
        return True
    return any(m.start() and _HAN_CHAR.match(text, m.start() - 1) for m in _PAREN_SYLLABLE.finditer(text))


