"""``Record.signals``: the quality figures a researcher filters a cleaned corpus by.

Filters that run after extraction (Gopher's and C4's rules, data-juicer's operators) see only the text that
came out. webclean also knows what it took out and what it repaired, so the spam and boilerplate shares of
the page and the repair counts come from ``Record.removed`` and ``Record.repairs`` at no extra cost. Each
figure's formula is in :class:`~webclean.record.Signals`; each is a named function below, tested alone.

>>> from webclean.record import Removal
>>> s = page_signals(("第一段正文。", "第一段正文。"), (Removal("spam", "澳门赌场", "spam_line"),), ())
>>> s.han_share, s.duplicate_lines, s.spam_share
(0.8333, 0.5, 0.25)
"""
from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Sequence

from ..record import Removal, Repair, Signals
from .fingerprint import SHINGLE_CHARS
from .shingles import SAMPLE_CHARS, fold_kept, han_in_kept, kept_chars, ngram_hashes

__all__ = ["page_signals", "signals_from_profile", "count_chars", "punctuation_chars",
           "duplicate_paragraphs", "repeated_ngram_chars", "removal_shares", "repair_counts", "METADATA_KINDS",
           "PUNCTUATION", "WHITESPACE", "SHORT_NGRAM", "LONG_NGRAM"]

#: What counts as whitespace (not a character of the text): spaces, tabs, line breaks, the no-break, thin,
#: zero-width and ideographic spaces a page's layout leaves in paragraphs.
WHITESPACE = " \t\n\r\f\v\xa0\u2002\u2003\u2009\u200b\u3000"

#: Punctuation: the ASCII marks of Python's ``string.punctuation``, General Punctuation (dashes, quotes,
#: ellipsis ‥ …), CJK Symbols and Punctuation (、。〈〉《》「」『』【】〔〕…) and the full-width forms of the
#: ASCII marks (，：；？！（）). Other symbols (￥, ℃, arrows, ©) are not punctuation.
PUNCTUATION = ("!-/:-@\\[-`{-~\u00a1\u00a7\u00ab\u00b6\u00b7\u00bb\u00bf\u2010-\u2027\u2030-\u205e"
               "\u3001-\u3003\u3008-\u3011\u3014-\u301f\u30fb\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40"
               "\uff5b-\uff65")
_PUNCTUATION_RUN = re.compile(f"[{PUNCTUATION}]+")

#: Removal kinds that are the page's metadata (moved into the record's fields), neither boilerplate nor spam.
METADATA_KINDS = frozenset(("title", "byline", "timestamp", "editor", "source", "image_credit"))

#: Gopher's duplicate n-gram fractions, on characters: the two n-gram lengths reported. Gopher counts
#: words, 5 to 10 of them; a Chinese word has one to three characters. The short one is the fingerprint's
#: n-gram, so that one set of hashes serves both.
SHORT_NGRAM, LONG_NGRAM = SHINGLE_CHARS, 10

# A repair event whose ``where`` reads "N more …" stands for N repairs of its kind (the pinyin stage
# aggregates a page's annotations past its first hundred into one event).
_MORE = re.compile(r"^(\d+) more\b")

_REPAIR_FIELDS = {"mojibake": "mojibake_repairs", "pinyin_annotation": "pinyin_repairs",
                  "lost_character": "lost_character_repairs", "script": "script_repairs",
                  "punctuation": "punctuation_repairs", "irrecoverable": "irrecoverable"}


def count_chars(text: str) -> int:
    """Characters other than :data:`WHITESPACE` (counted with ``str.count``, which is nearly free).

    >>> count_chars("第一段 正文\\n第二段\\u3000")
    8
    """
    return len(text) - sum(map(text.count, WHITESPACE))


def punctuation_chars(text: str) -> int:
    """Punctuation characters (:data:`PUNCTUATION`).

    >>> punctuation_chars("会议强调，要创新（试点）……3.5%")
    7
    """
    return sum(map(len, _PUNCTUATION_RUN.findall(text)))


def duplicate_paragraphs(paragraphs: Sequence[str]) -> tuple[int, int]:
    """Paragraphs equal (after trimming) to an earlier one, and their characters.

    >>> duplicate_paragraphs(["点击进入", "正文一段。", "点击进入", " 点击进入 "])
    (2, 8)
    """
    seen: set[str] = set()
    lines = chars = 0
    for paragraph in paragraphs:
        key = paragraph.strip()
        if key in seen:
            lines += 1
            chars += count_chars(key)
        else:
            seen.add(key)
    return lines, chars


def repeated_ngram_chars(hashes: Sequence[int], n: int, longer: int) -> tuple[int, int]:
    """Characters covered by a repeated ``n``-gram, and by a repeated ``longer``-gram, given the hashes of
    the text's ``n``-grams in order (Gopher's duplicate n-gram characters, each character counted once).

    An ``n``-gram repeats when it already occurred earlier in the text: ``first.setdefault`` returns where
    each one first occurred. A ``longer``-gram repeats when every ``n``-gram inside it repeats (which an
    exact repeat of it always does; the six 5-grams of a 10-gram that all occurred earlier but apart are
    rare in prose). The marks are one byte per position of an integer, spread over the characters they
    cover by shifts and counted by ``bit_count``: no Python loop over the text.

    >>> repeated_ngram_chars(ngram_hashes("一二三四五六七八九十〇一二三四五六七八九十", 5), 5, 10)
    (10, 10)
    >>> repeated_ngram_chars(ngram_hashes("一二三四五六七一二三四五六七", 5), 5, 10)
    (7, 0)
    """
    first: dict[int, int] = {}
    positions = range(len(hashes))
    repeats = int.from_bytes(bytes(map(operator.ne, map(first.setdefault, hashes, positions), positions)), "little")
    runs = repeats
    for shift in range(1, longer - n + 1):          # a longer-gram at i: the n-grams at i .. i + longer - n
        runs &= repeats >> (8 * shift)
    return _spread(repeats, n).bit_count(), _spread(runs, longer).bit_count()


def _spread(starts: int, width: int) -> int:
    """Marks at each position where a stretch of ``width`` characters starts, spread over the stretch."""
    covered = starts
    for shift in range(1, width):
        covered |= starts << (8 * shift)
    return covered


def removal_shares(removed: Iterable[Removal], body_chars: int) -> tuple[float, float]:
    """The spam and boilerplate shares of the page's text (the body and every removal).

    >>> removal_shares([Removal("spam", "澳门赌场", "r"), Removal("navigation", "首页|新闻", "r"),
    ...                 Removal("title", "标题", "r")], 9)
    (0.2, 0.25)
    """
    spam: list[str] = []
    boilerplate: list[str] = []
    metadata: list[str] = []
    for removal in removed:
        if removal.kind == "spam":
            spam.append(removal.text)
        elif removal.kind in METADATA_KINDS:
            metadata.append(removal.text)
        else:
            boilerplate.append(removal.text)
    spam_chars, boilerplate_chars = count_chars("".join(spam)), count_chars("".join(boilerplate))
    page_chars = body_chars + spam_chars + boilerplate_chars + count_chars("".join(metadata))
    if not page_chars:
        return 0.0, 0.0
    return _share(spam_chars, page_chars), _share(boilerplate_chars, page_chars)


def repair_counts(repairs: Iterable[Repair]) -> dict[str, int]:
    """The repairs of each kind, as :class:`~webclean.record.Signals` fields.

    >>> repair_counts([Repair("mojibake", "涓枃", "中文"), Repair("pinyin_annotation", "網(wǎng) …", "網 …",
    ...                                                           "40 more annotations")])
    {'mojibake_repairs': 1, 'pinyin_repairs': 40, 'lost_character_repairs': 0, 'script_repairs': 0, \
'punctuation_repairs': 0, 'irrecoverable': 0}
    """
    counts = dict.fromkeys(_REPAIR_FIELDS.values(), 0)
    for repair in repairs:
        name = _REPAIR_FIELDS.get(repair.kind)
        if name is not None:
            more = _MORE.match(repair.where)
            counts[name] += int(more.group(1)) if more else 1
    return counts


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def signals_from_profile(paragraphs: Sequence[str], removed: Iterable[Removal], repairs: Iterable[Repair],
                         body: str, kept: str, hashes: Sequence[int]) -> Signals:
    """:func:`page_signals` given the body, its :func:`~webclean.corpus.shingles.kept_chars` and the hashes of
    the 5-grams of its canonical text: the fingerprint needs the same, so a record is built with one pass
    over them (:func:`webclean.corpus.record_figures`)."""
    chars = count_chars(body)
    lines, line_chars = duplicate_paragraphs(paragraphs)
    spam, boilerplate = removal_shares(removed, chars)
    short, long = repeated_ngram_chars(hashes, SHORT_NGRAM, LONG_NGRAM)
    sample = min(len(kept), SAMPLE_CHARS)
    return Signals(
        chars=chars, han_share=_share(han_in_kept(kept), chars),
        punctuation_share=_share(punctuation_chars(body), chars),
        mean_paragraph_chars=round(chars / len(paragraphs), 1) if paragraphs else 0.0,
        spam_share=spam, boilerplate_share=boilerplate,
        duplicate_lines=_share(lines, len(paragraphs)), duplicate_line_chars=_share(line_chars, chars),
        duplicate_5gram_chars=_share(short, sample), duplicate_10gram_chars=_share(long, sample),
        **repair_counts(repairs))


def page_signals(paragraphs: Sequence[str], removed: Iterable[Removal], repairs: Iterable[Repair]) -> Signals:
    """The :class:`~webclean.record.Signals` of a cleaned page from its body paragraphs, removals and repairs.

    >>> page_signals(("一二三四五六一二三四五六。",), (), ()).duplicate_5gram_chars
    0.5
    """
    body = "\n".join(paragraphs)
    kept = kept_chars(body)
    hashes = ngram_hashes(fold_kept(kept[:SAMPLE_CHARS]), SHORT_NGRAM)
    return signals_from_profile(paragraphs, removed, repairs, body, kept, hashes)
