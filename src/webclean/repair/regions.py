"""Where in a line garbling may be, and which readings could have made it.

Each finder is cheap (a regular expression, or one decode with the C codecs and a walk over the result)
and proposes character spans; :mod:`webclean.repair.mojibake` then reconstructs each span and keeps what
is credible.

>>> latin_regions("标题：ÖÐÎÄÍøÒ³ 2025Äê")
[(3, 18)]
>>> decoded_regions("风雨交加銆備箻瀹�浜轰汉震恐", GBK_READING, UTF8)
[(4, 12)]
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import accumulate

from ..core.plausibility import NEUTRAL_PUNCT, char_cost, char_ranks, total_cost
from .garble_gate import CP1252_EXTRAS
from .leave_alone import other_script_words
from .reconstruct import BIG5, BIG5_READING, GBK, GBK_READING, UTF8, Reading, Source, encoded_length  # noqa: F401 (doctests)

__all__ = ["latin_regions", "decoded_regions", "pair_regions", "has_mixed_letters", "wide_after", "LATIN_CLASS"]

#: What a Latin reading writes: the Latin-1 high half, cp1252's extras, U+FFFD, and the letters a
#: "UTF-8 first" reader makes of two GBK/Big5 bytes that happen to be valid UTF-8 (U+0100-U+07FF).
LATIN_CLASS = "[\u0080-\u00ff" + re.escape(CP1252_EXTRAS) + "\u0100-\u07ff\ufffd]"
# A GBK/Big5 trail byte 0x40-0x7E read as Latin is ASCII, so one may follow each high character; a
# three- or four-byte UTF-8 sequence a "UTF-8 first" reader found (``꣬`` = EA A3 AC, ``죬``, ``ຢ``, even
# a hanzi such as ``磬``, or a supplementary character) sits between Latin characters: clean text never
# puts a character there.
_THREE_BYTE = "[\u0800-\ud7ff\ue000-\ufffc\U00010000-\U0010ffff]"
_RUN = (LATIN_CLASS + "(?:[\x40-\x7e]?(?:" + LATIN_CLASS + "|" + _THREE_BYTE + "(?=" + LATIN_CLASS + ")))*"
        "[\x40-\x7e]?")
# Runs a few ASCII characters apart are one region (``2025Äê9ÔÂ15ÈÕ``): more text, more evidence.
# Linear: the ASCII gap and the runs' first class never overlap.
_LATIN_REGION_RE = re.compile(_RUN + "(?:[\t\x20-\x7e]{1,12}" + _RUN + ")*")
_LATIN_EVIDENCE_RE = re.compile("[\u0080-\u00ff" + re.escape(CP1252_EXTRAS) + "]")
#: A region needs this many Latin characters: one alone (``©``, ``é``) is text, not a garbled pair.
MIN_LATIN = 2
# cp1252's extras (Œ š ƒ ‹ …) are what a plain cp1252 reading writes: no evidence of a "UTF-8 first" reader
_MIXED_LETTER_RE = re.compile("(?![" + re.escape(CP1252_EXTRAS) + "])(?:[\u0100-\u07ff]|" + _THREE_BYTE
                              + "(?=" + LATIN_CLASS + "))")


def latin_regions(line: str) -> list[tuple[int, int]]:
    """Spans of ``line`` a Latin reading (Latin-1, cp1252, or "UTF-8 first" with either) may have written.

    >>> latin_regions("ϵͳÏÔʾ：Ö¤È¯ ok")
    [(0, 10)]
    """
    return [m.span() for m in _LATIN_REGION_RE.finditer(line)
            if len(_LATIN_EVIDENCE_RE.findall(m.group())) >= MIN_LATIN]


def wide_after(line: str, end: int) -> bool:
    """Whether a Latin span ending at ``end`` is followed by a character of three or four UTF-8 bytes, which
    a "UTF-8 first" reader may have made of the span's last pair's trail and a full-width mark after it
    (``Ò档`` is 益。): a region that does not decode without it may take it in.

    >>> wide_after("ÊÜÒ档", 3), wide_after("Ö¤È¯ 档", 4)
    (True, False)
    """
    return end < len(line) and line[end - 1] >= "\x80" and _WIDE_AFTER_RE.match(line, end) is not None


_WIDE_AFTER_RE = re.compile(_THREE_BYTE)


def has_mixed_letters(text: str) -> bool:
    """Whether ``text`` holds letters only a "UTF-8 first" reader writes amid Latin mojibake (``ʾ ϵ ͳ ҳ``,
    or a three-byte character between Latin ones).

    >>> has_mixed_letters("ÏÔʾ"), has_mixed_letters("ÏÔÊ¾"), has_mixed_letters("ÕÅ‹\xa0£¨")
    (True, False, False)
    """
    return _MIXED_LETTER_RE.search(text) is not None


#: A character of a first-pass decode that looks like real text: a hanzi, kana, CJK punctuation or a
#: full-width form that costs less than this (see ``core.plausibility.char_cost``). Hangul is left out:
#: three random bytes from EA-ED on are as often as not a Hangul syllable.
GOOD_COST = 4.0
_GOOD_RE = re.compile("[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
#: Bytes of damage (invalid, lost) allowed between two good characters of one region: a lost byte and
#: the stranded bytes of its character.
MAX_DAMAGE = 4
#: A region needs this many good characters: one may be chance (clean GBK bytes read as UTF-8 now and
#: then form a real character).
MIN_GOOD = 2


def decoded_regions(line: str, reading: Reading, source: Source) -> list[tuple[int, int]]:
    """Spans of ``line`` that decode to real-looking text when its characters are turned back into
    ``reading`` bytes and decoded as ``source`` (one decode of the whole line; damage between good
    characters stays inside a region, where the reconstruction turns it into holes).

    >>> decoded_regions("今天鍙戝竷浜嗘柊鐗堟湰", GBK_READING, UTF8)
    [(2, 11)]
    """
    gate = _gate_bytes(line, reading, source)
    if gate is not None and len(_GOOD_RE.findall(gate.decode(source.codec, "surrogateescape"))) < MIN_GOOD:
        return []  # (clean text re-read this way is invalid bytes and stray letters: one C scan says so)
    chunks = [_chunk(ch, reading) for ch in line]
    decoded = b"".join(chunks).decode(source.codec, "surrogateescape")
    if len(_GOOD_RE.findall(decoded)) < MIN_GOOD:
        return []
    starts = list(accumulate((len(c) for c in chunks), initial=0))
    spans: list[list[int]] = []  # byte spans [start, end, good characters]
    pos = 0
    for ch in decoded:
        size = encoded_length(source, ch)
        o = ord(ch)
        if o >= 0x3000 and _GOOD_RE.match(ch) and (ch in NEUTRAL_PUNCT or char_cost(ch) < GOOD_COST):
            if spans and pos - spans[-1][1] <= MAX_DAMAGE:
                spans[-1][1] = pos + size
                spans[-1][2] += 1
            else:
                spans.append([pos, pos + size, 1])
        elif o < 0x80 and spans and spans[-1][1] == pos:
            spans[-1][1] = pos + size  # ASCII inside a region belongs to it
        pos += size
    out = []
    for a, b, good in spans:
        if good < MIN_GOOD:
            continue
        first = bisect.bisect_right(starts, a) - 1
        last = bisect.bisect_left(starts, b)
        # take in lost bytes right at the edges: U+FFFD are part of the damage
        while first > 0 and line[first - 1] == "\ufffd":
            first -= 1
        while last < len(line) and line[last] == "\ufffd":
            last += 1
        while first < last and line[first] < "\x80":
            first += 1
        while last > first and line[last - 1] < "\x80" and line[last - 1] != "\ufffd":
            last -= 1
        if out and first <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], last))
        elif last > first:
            out.append((first, last))
    return out


def _gate_bytes(line: str, reading: Reading, source: Source) -> bytes | None:
    """Bytes of ``line`` in ``reading`` from one encode in C, whose decoding as ``source`` holds the good
    characters that the per-character chunks (:func:`_chunk`) give; None where only the chunks tell.

    Most lines searched are clean text with two rare characters, and nearly all of them are turned down by
    that count: their chunks, with the byte offsets they give, are made only for the few that go on. A
    character with no bytes in the reading (``发`` in Big5) is ``?`` here and 0xFE in the chunks: in UTF-8
    both end any sequence open before them and decode to no good character, in a two-byte source 0xFE
    opens a pair. A lost byte (U+FFFD) has its own stand-in, so such a line goes by its chunks.

    >>> _gate_bytes("今天", GBK_READING, UTF8) == "今天".encode("gb18030"), _gate_bytes("今\ufffd", GBK_READING, UTF8)
    (True, None)
    >>> _gate_bytes("发布", BIG5_READING, UTF8), _gate_bytes("发布", BIG5_READING, GBK)
    (b'?\xa5\xac', None)
    """
    if "\ufffd" in line:
        return None
    try:
        return line.encode(reading.codec)   # a stateless codec: the chunks joined
    except UnicodeEncodeError:
        return None if source.two_byte else line.encode(reading.codec, "replace")


_LOST = b"\xff"  # a U+FFFD: a byte already lost, invalid in every source charset
_UNENCODABLE = b"\xfe"


@lru_cache(maxsize=65536)
def _chunk(ch: str, reading: Reading) -> bytes:
    if ch == "\ufffd":
        return _LOST
    try:
        return ch.encode(reading.codec)
    except UnicodeEncodeError:
        return _UNENCODABLE


#: What a lost byte (U+FFFD) adds to a pair span's gain: weak evidence that the span is garbled.
LOST_GAIN = 1.0
#: What a character that no pair reading can produce subtracts: a span cannot run through it.
NO_PAIR = -10.0
#: A pair span must hold more than this many non-ASCII characters: two-character clean words (崩溃) can
#: look like GBK read as Big5. Every partial corruption in the public cases is longer.
MIN_PAIR_SPAN = 3
#: A pair span must lower the summed cost by at least this much.
MIN_PAIR_GAIN = 4.0
#: A neighbour whose reversal is this many times more frequent joins the span (see :func:`_extend_by_frequency`).
RANK_RATIO = 4
# The rank of a character the frequency list does not hold: rarer than any it holds (it ranks 12,000).
_UNRANKED = 10**6


def pair_regions(line: str, reading: Reading, source: Source, foreign: frozenset[str] = frozenset()
                 ) -> list[tuple[int, int]]:
    """Spans where two-byte text was read in the other two-byte charset (Big5 read as GBK, or GBK read as
    Big5): each character maps to one character, so the spans with the largest summed gain in cost are
    where the garbling is (maximum-subarray, every span that gains enough).

    >>> pair_regions("今天" + "发布了新版本".encode("gbk").decode("big5"), BIG5_READING, GBK)
    [(2, 8)]
    """
    table = _gain_table(reading, source, foreign)
    gains = list(map(table.get, line))
    if None in gains:
        for i, ch in enumerate(line):
            if gains[i] is None:
                gains[i] = table[ch] = _pair_gain(ch, reading, source, foreign)
    for a, b in other_script_words(line):  # Greek and Cyrillic words are text: no span runs through them
        gains[a:b] = [NO_PAIR] * (b - a)
    out: list[tuple[int, int]] = []
    run, start, best, best_end = 0.0, 0, 0.0, -1
    for i, gain in enumerate(gains):
        run += gain
        if run > best:
            best, best_end = run, i + 1
        if run <= 0:
            if best >= MIN_PAIR_GAIN:
                out.append((start, best_end))
            run, start, best, best_end = 0.0, i + 1, 0.0, -1
    if best >= MIN_PAIR_GAIN:
        out.append((start, best_end))
    spans = []
    for a, b in out:
        a, b = _extend_by_frequency(line, (a, b), reading, source)
        if b < len(line) and "\x40" <= line[b] <= "\x7e":
            b += 1  # an ASCII letter right after may be the trail byte of the span's last pair
        if sum(ord(c) >= 0x80 for c in line[a:b]) > MIN_PAIR_SPAN:
            spans.append((a, b))
    return spans


@lru_cache(maxsize=65536)
def _pair_reversal(ch: str, reading: Reading, source: Source) -> str | None:
    try:
        out = ch.encode(reading.codec).decode(source.codec)
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return out if len(out) == 1 else None


@lru_cache(maxsize=16)
def _gain_table(reading: Reading, source: Source, foreign: frozenset[str]) -> dict[str, float]:
    """The gains of the characters met so far under one reading (one dictionary look-up per character)."""
    return {}


@lru_cache(maxsize=65536)
def _pair_gain(ch: str, reading: Reading, source: Source, foreign: frozenset[str]) -> float:
    if ch < "\x80":
        return 0.0
    if ch == "\ufffd":
        return LOST_GAIN
    out = _pair_reversal(ch, reading, source)
    if out is None:
        return NO_PAIR
    return total_cost(ch, foreign) - total_cost(out, foreign)


def _extend_by_frequency(line: str, span: tuple[int, int], reading: Reading, source: Source) -> tuple[int, int]:
    """Take in the zero-gain neighbours of a garbled span whose reversal is a clearly more frequent character.

    A neighbour that costs the same before and after reversal (both common hanzi) is ambiguous:
    ``帝`` after ``册だㄉ`` is Big5 ``著`` read as GBK ("閒聊分享著他"), but ``第`` next to a
    garbled span is usually a clean ``第`` that would become ``材``. Frequency rank breaks the tie:
    garbling maps a common character to an arbitrary one, so a neighbour that reverses to a
    character at least RANK_RATIO times more frequent (著 rank ~80 vs 帝 ~700) was probably garbled
    too, while a clean common character (第) reverses to a rarer one (材) and stays.

    >>> _extend_by_frequency("閒册だㄉ帝他", (1, 4), GBK_READING, BIG5)
    (1, 5)
    """
    a, b = span
    while b < len(line) and _more_frequent_reversal(line[b], reading, source):
        b += 1
    while a > 0 and _more_frequent_reversal(line[a - 1], reading, source):
        a -= 1
    return a, b


def _more_frequent_reversal(ch: str, reading: Reading, source: Source) -> bool:
    out = _pair_reversal(ch, reading, source) if ch >= "\x80" else None
    if out is None or char_cost(out) > char_cost(ch):
        return False
    ranks = char_ranks()
    return ranks.get(out, _UNRANKED) * RANK_RATIO < ranks.get(ch, _UNRANKED)
