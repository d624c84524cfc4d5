"""Find and reverse mojibake: text that was encoded with one charset and decoded with another.

A *chain* ``A>B`` means the original text was ``text.encode(A).decode(B)``; repairing it means
``garbled.encode(B).decode(A)``.  A reversal is accepted only when it round-trips byte for byte and
the result is far more plausible (see :func:`text_badness`) than the garbled span.  Lossy garbling
(U+FFFD runs, ``锟斤拷``, ``烫烫烫``) is repaired only where every output character is certain and
is otherwise flagged as ``irrecoverable``.

>>> repair_text("鍙戝竷浜嗘柊鐗堟湰")
'发布了新版本'
>>> repair_text("ä¸­æ–‡ç½‘é¡µ")
'中文网页'
>>> repair_text("ÖÐÎÄÍøÒ³")
'中文网页'
>>> repair_text("今天天气很好。")
'今天天气很好。'
"""
from __future__ import annotations

import collections
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from .garble_gate import ODD_RE, CP1252_EXTRAS, suspect_pairs, looks_garbled
from ..core.arguments import check_text
from ..core.plausibility import char_ranks, char_cost, foreign_script_chars, text_badness
from ..core.plausibility import total_cost as _total_cost
from ..record import Repair

__all__ = ["repair_text", "repair_text_with_repairs", "text_badness", "char_cost", "reverse_chain",
           "foreign_script_chars", "looks_garbled", "is_latin_utf8_repair",
           "find_latin_runs", "find_lossy_markers", "Chain", "CHAINS"]


@dataclass(frozen=True)
class Chain:
    """One garbling ``original>seen``: repair by encoding with ``seen`` and decoding with ``original``."""

    original: str
    seen: str

    @property
    def name(self) -> str:
        return f"{self.original}>{self.seen}"


# Order matters only for ties: the UTF-8 chains validate most strongly, so they go first.
CHAINS = (
    Chain("utf-8", "latin-1"), Chain("utf-8", "cp1252"), Chain("utf-8", "gbk"), Chain("utf-8", "big5"),
    Chain("gbk", "latin-1"), Chain("gbk", "cp1252"), Chain("big5", "latin-1"),
    Chain("big5", "gbk"), Chain("gbk", "big5"),
)
_LATIN_SEEN = ("latin-1", "cp1252")
_MAX_STEPS = 3  # two-step chains exist in the wild (utf-8>gbk twice); a third step is a safety margin

_CP1252_EXTRAS = CP1252_EXTRAS
# GBK/Big5 trail bytes 0x40-0x7E read as Latin are ASCII, so one may follow each high character
_LATIN_RUN_RE = re.compile("(?:[\u0080-\u00ff" + re.escape(_CP1252_EXTRAS) + "][\x40-\x7e]?)+")
# The leading look-ahead on the markers' first characters lets the engine skip every other position
# (10x faster on a long line than trying the five alternatives everywhere).
_LOSSY_RE = re.compile("(?=[锟烫屯\ufffd?])(?:(?:锟斤拷)+|烫{3,}|屯{3,}|\ufffd+|(?<=[\u4e00-\u9fff])\\?{2,})")
_CJK_RUN_RE = re.compile("[^\x00-\x7f]+")
_UTF8_CHAR = rb"(?:[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}|\xff)"
# runs of UTF-8 multi-byte characters (0xFF = a byte already lost), ASCII allowed between them;
# linear: the ASCII class and the lead bytes of _UTF8_CHAR never overlap
_UTF8_RUN_RE = re.compile(_UTF8_CHAR + rb"(?:[\x00-\x7f]*" + _UTF8_CHAR + rb")*")
_CP1252_TO_BYTE = {ch: bytes([b]) for b in range(0x80, 0xA0)
                   if (ch := bytes([b]).decode("cp1252", "ignore"))}
_CP1252_AS_LATIN1 = {ord(ch): b.decode("latin-1") for ch, b in _CP1252_TO_BYTE.items()}
_KANA_RUN_RE = re.compile("[\u3041-\u3093]{2}[\u3041-\u30ff]*[\u4e00-\u9fff]")


def _encode_seen(text: str, seen: str) -> bytes:
    """Bytes the garbling decoder saw; U+FFFD (a byte it already lost) becomes 0xFF, invalid in every target."""
    if seen == "cp1252":
        # browsers decode the five undefined cp1252 bytes as C1 controls: map them back to themselves
        text = text.translate(_CP1252_AS_LATIN1)
        seen = "latin-1"
    codec = "gb18030" if seen == "gbk" else seen
    if "\ufffd" not in text:
        return text.encode(codec)
    return b"\xff".join(part.encode(codec) for part in text.split("\ufffd"))


def reverse_chain(text: str, chain: Chain, lossy: bool = False) -> str | None:
    """Undo one chain on ``text``; ``None`` unless it round-trips exactly (or, when ``lossy``, with markers).

    >>> reverse_chain("ä¸­æ–‡", Chain("utf-8", "cp1252"))
    '中文'
    >>> reverse_chain("中文", Chain("utf-8", "latin-1")) is None
    True
    """
    if "\ufffd" in text and not lossy:
        return None
    try:
        data = _encode_seen(text, chain.seen)
    except UnicodeEncodeError:
        return None
    codec = "gb18030" if chain.original == "gbk" else chain.original
    if lossy and codec != "utf-8" and b"\xff" in data:
        return _decode_pairs_with_holes(data, codec)
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        if not lossy:
            return None
    out = _mask_uncertain(data.decode(codec, "replace"))
    # most characters must survive, or the "repair" is mostly markers and proves nothing
    return out if out.count("\ufffd") <= max(1, len(out) // 2) else None


def _mask_uncertain(text: str) -> str:
    """Replace rare characters in a lossy decode by U+FFFD: next to lost bytes, stray bytes of
    neighbouring characters can line up into a valid but wrong (and then rare) character.

    >>> _mask_uncertain("经济\ufffd㣺学院")
    '经济\ufffd\ufffd学院'
    """
    return "".join(c if c == "\ufffd" or char_cost(c) < 3 else "\ufffd" for c in text)


# one character of a two-byte charset: ASCII, or lead + trail; 0xFF marks a byte lost upstream
_PAIR_TOKEN_RE = re.compile(rb"[\x00-\x7f]|[\x80-\xff][\x00-\xff]?")


def _decode_pairs_with_holes(data: bytes, codec: str) -> str | None:
    """Decode a two-byte charset stream in which lost bytes were replaced by 0xFF.

    Upstream decoders lose one byte at a time but never an ASCII byte, so walking from the start
    keeps character boundaries: a pair holding 0xFF becomes one U+FFFD and everything else is
    exact.  (Decoding from the hole onward would pair a trail with the next lead and invent text.)

    >>> _decode_pairs_with_holes(bytes.fromhex("a4a4 ffa4 a4e5"), "big5")
    '中\ufffd文'
    """
    out = []
    for token in _PAIR_TOKEN_RE.findall(data):
        if b"\xff" in token:
            out.append("\ufffd")
            continue
        try:
            out.append(token.decode(codec))
        except UnicodeDecodeError:
            return None
    return "".join(out)


# A reversal must lower badness by this much and land below _GOOD: garbled spans score 3-5,
# real Chinese 0-1 (measured on the public cases), so the margin keeps clean text clean.
_MIN_GAIN = 1.2
_GOOD = 1.6
_GOOD_LOSSY = 0.8  # stricter: with bytes lost, only confidently real text is worth emitting


_ASCII_RE = re.compile("[\x00-\x7f]")
_LATIN_LETTERS_RE = re.compile("[\x00-\x7f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")


def is_latin_utf8_repair(chain: Chain, repaired: str) -> bool:
    """UTF-8 read as Latin that turns back into accented Latin letters is plausible as it stands:
    ``CafÃ©`` is ``Café``, not Chinese, even though ``Ã©`` is also valid GBK (``茅``).

    The strict UTF-8 round trip is the evidence: random Latin-1 pairs are rarely valid UTF-8.

    >>> is_latin_utf8_repair(Chain("utf-8", "cp1252"), "Café, naïve")
    True
    >>> is_latin_utf8_repair(Chain("gbk", "cp1252"), "Caf茅")
    False
    """
    return (chain.original == "utf-8" and chain.seen in _LATIN_SEEN and not repaired.isascii()
            and _LATIN_LETTERS_RE.fullmatch(repaired) is not None)


def _lossy_output_credible(before: str, after: str) -> bool:
    """A lossy reversal must recover at least three characters, more than it marks as lost, and
    may not create ASCII (stray trail bytes decode as letters: ``'�J�G'`` is invention).

    >>> _lossy_output_credible("鍩屾径", "\ufffdJ\ufffdG")
    False
    """
    recovered = len(after) - after.count("\ufffd") - len(_ASCII_RE.findall(after))
    if recovered < 3 or after.count("\ufffd") > recovered:
        return False
    have = collections.Counter(_ASCII_RE.findall(before))
    return not collections.Counter(_ASCII_RE.findall(after)) - have


def _best_reversal(text: str, lossy: bool, depth: int = 1, chains: tuple[Chain, ...] = CHAINS,
                   foreign: frozenset[str] = frozenset()) -> tuple[str, list[str]] | None:
    """The most plausible accepted reversal of ``text`` (one chain, or two when the first is an
    intermediate still-garbled step such as ``utf-8>latin-1`` on double-encoded text)."""
    before = text_badness(text, foreign)
    if before < _MIN_GAIN:
        return None  # every acceptance below needs before - after >= _MIN_GAIN with after >= 0
    best: tuple[float, str, list[str]] | None = None
    for chain in chains:
        out = reverse_chain(text, chain, lossy)
        if out is None or out == text:
            continue
        after = 0.0 if is_latin_utf8_repair(chain, out) else text_badness(out, foreign)
        if lossy and not _lossy_output_credible(text, out):
            continue
        if lossy and text_badness(out.replace("\ufffd", "")) > _GOOD_LOSSY:
            after = _GOOD + 1  # lossy output must be plainly real text once the markers are set aside
        if before - after < _MIN_GAIN and not depth:
            continue
        names = [chain.name]
        if after > _GOOD:
            if not depth:
                continue
            nxt = _best_reversal(out, lossy, depth - 1, chains, foreign)
            if nxt is None:
                continue
            out, names = nxt[0], nxt[1] + names
            after = text_badness(out, foreign)
        if before - after >= _MIN_GAIN and (best is None or after < best[0]):
            best = (after, out, names)
    return (best[1], best[2]) if best else None


def _repair_whole(text: str, lossy: bool, utf8_only: bool = False, chains: tuple[Chain, ...] = CHAINS,
                  foreign: frozenset[str] = frozenset()) -> tuple[str, list[str]]:
    """Apply the best reversal to the whole string repeatedly (two-step chains); return text and chain names.

    Names are in the order the garbling happened: ``["gbk>latin-1", "utf-8>latin-1"]``.
    """
    names: list[str] = []
    for _ in range(_MAX_STEPS):
        found = _best_reversal(text, lossy, chains=chains, foreign=foreign)
        if found is not None and utf8_only and not all(n.startswith("utf-8>") for n in found[1]):
            found = None
        if found is None:
            break
        text = found[0]
        names = found[1] + names
        if text_badness(text) == 0.0 or _LATIN_LETTERS_RE.fullmatch(text):
            break  # nothing odd is left: a further "repair" could only invent
    return text, names


def find_latin_runs(text: str) -> list[tuple[int, int]]:
    """Spans of Latin-1/cp1252 high characters, where Latin-read mojibake lives.

    >>> find_latin_runs("标题: ä¸­æ–‡ ok")
    [(4, 10)]
    """
    return [m.span() for m in _LATIN_RUN_RE.finditer(text)]


def _seen_bytes_by_char(text: str, seen: str) -> tuple[bytes, list[int]]:
    """``text`` as the garbling decoder's bytes, with each character's start offset.

    Characters the codec cannot encode become 0xFE, which no UTF-8 run contains.
    """
    pieces, starts, pos = [], [], 0
    for ch in text:
        piece = _char_bytes(ch, seen)
        starts.append(pos)
        pieces.append(piece)
        pos += len(piece)
    starts.append(pos)
    return b"".join(pieces), starts


@lru_cache(maxsize=65536)
def _char_bytes(ch: str, seen: str) -> bytes:
    try:
        return _encode_seen(ch, seen)
    except UnicodeEncodeError:
        return b"\xfe"


def _utf8_spans(text: str, seen: str) -> list[tuple[int, int]]:
    """Character spans whose ``seen`` bytes form UTF-8 multi-byte runs (candidates for ``utf-8>seen``).

    >>> _utf8_spans("今天鍙戝竷", "gbk")
    [(2, 5)]
    """
    data, starts = _seen_bytes_by_char(text, seen)
    index = {p: i for i, p in enumerate(starts)}
    spans = []
    for m in _UTF8_RUN_RE.finditer(data):
        a, b = m.span()
        while a < b and a not in index:
            a += 1
        while b > a and b not in index:
            b -= 1
        if b - a >= 4:  # two UTF-8 bytes or fewer: too little evidence to act on
            spans.append((index[a], index[b]))
    return spans


def _pair_span(text: str, chain: Chain, foreign: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """Best contiguous span for a two-byte-to-two-byte chain (``big5>gbk``, ``gbk>big5``).

    Each character maps to one character, so the span with the largest summed gain in
    :func:`char_cost` (maximum-subarray) is where the garbling is.

    >>> _pair_span("今天" + "发布了新版本".encode("gbk").decode("big5"), Chain("gbk", "big5"))
    (2, 8)
    """
    gains = [_pair_gain(ch, chain, foreign) for ch in text]
    best, best_span, run, start = 0.0, None, 0.0, 0
    for i, gain in enumerate(gains):
        if run <= 0:
            run, start = 0.0, i
        run += gain
        if run > best:
            best, best_span = run, (start, i + 1)
    return _extend_by_frequency(text, best_span, chain) if best_span else None


def _extend_by_frequency(text: str, span: tuple[int, int], chain: Chain) -> tuple[int, int]:
    """Take in the zero-gain neighbours of a garbled span whose reversal is a clearly more frequent character.

    A neighbour that costs the same before and after reversal (both common hanzi) is ambiguous:
    ``帝`` after ``册だㄉ`` is Big5 ``著`` read as GBK ("閒聊分享著他"), but ``第`` next to a
    garbled span is usually a clean ``第`` that would become ``材``.  Frequency rank breaks the tie:
    garbling maps a common character to an arbitrary one, so a neighbour that reverses to a
    character at least _RANK_RATIO times more frequent (著 rank ~60 vs 帝 ~700) was probably garbled
    too, while a clean common character (第) reverses to a rarer one (材) and stays.

    >>> _extend_by_frequency("閒册だㄉ帝他", (1, 4), Chain("big5", "gbk"))
    (1, 5)
    """
    a, b = span
    while b < len(text) and _more_frequent_reversal(text[b], chain):
        b += 1
    while a > 0 and _more_frequent_reversal(text[a - 1], chain):
        a -= 1
    return a, b


_RANK_RATIO = 4  # a garbled neighbour's original is typically 10x+ more frequent; clean ones rarely 4x


def _more_frequent_reversal(ch: str, chain: Chain) -> bool:
    out = reverse_chain(ch, chain) if ord(ch) >= 0x80 else None
    if out is None or len(out) != 1 or char_cost(out) > char_cost(ch):
        return False
    ranks = char_ranks()
    return ranks.get(out, 10**6) * _RANK_RATIO < ranks.get(ch, 10**6)


@lru_cache(maxsize=65536)
def _pair_gain(ch: str, chain: Chain, foreign: frozenset[str]) -> float:
    # cached: a page's odd windows repeat the same characters, and each costs two encodings
    if ord(ch) < 0x80:
        return 0.0
    out = reverse_chain(ch, chain)
    if out is None or len(out) != 1:
        return -10.0
    return _total_cost(ch, foreign) - _total_cost(out, foreign)


_LATIN_CHAINS = tuple(c for c in CHAINS if c.seen in _LATIN_SEEN)


def _candidate_spans(text: str, foreign: frozenset[str]) -> list[tuple[int, int, tuple[Chain, ...]]]:
    """Spans worth trying, each with the chains that can explain it (a run of Latin letters was
    read as Latin; Latin letters re-read as GBK pinyin letters would be nonsense)."""
    latin = [(a, b, _LATIN_CHAINS) for a, b in find_latin_runs(text)]
    spans: list[tuple[int, int]] = []
    for seen in ("gbk", "big5"):
        spans += _utf8_spans(text, seen)
    if latin:
        latin += [(a, b, _LATIN_CHAINS) for seen in _LATIN_SEEN for a, b in _utf8_spans(text, seen)]
    clean_prefix = text.split("\ufffd", 1)[0]  # after a lost byte the pairing is unknown
    if _KANA_RUN_RE.search(text):
        # Japanese: kana runs are real, and kanji re-paired as Big5/GBK look plausible
        return latin + [(a, b, CHAINS) for a, b in spans]
    for chain in (Chain("big5", "gbk"), Chain("gbk", "big5")):
        span = _pair_span(clean_prefix, chain, foreign)
        if span and len(_CJK_RUN_RE.sub("", text[span[0]:span[1]])) < span[1] - span[0] - _MIN_SPAN:
            spans.append(span)
    return latin + [(a, b, CHAINS) for a, b in spans]


# Two garbled characters carry too little evidence: clean two-character words ("崩溃") can look
# like GBK read as Big5.  Every real partial corruption in the public cases is longer.
_MIN_SPAN = 3  # (two Latin-1 characters are one GBK/Big5 character: allowed, the round trip is strict)
_EDGE = 3


def _repair_spans(text: str, lossy: bool, foreign: frozenset[str] | None = None,
                  ) -> list[tuple[int, int, str, list[str]]]:
    """Non-overlapping (start, end, repaired, chains) for garbled spans inside otherwise clean text."""
    found: list[tuple[int, int, str, list[str]]] = []
    foreign = foreign_script_chars(text) if foreign is None else foreign
    for a, b, chains in sorted(set(_candidate_spans(text, foreign)), key=lambda s: s[0] - s[1]):
        if any(a < fb and fa < b for fa, fb, _, _ in found):
            continue
        best = None
        # run edges may take in a clean neighbour whose bytes happen to continue the run:
        # try trimming up to _EDGE characters on each side and keep the most plausible result
        for x in range(a, min(a + _EDGE, b) + 1):
            for y in range(b, max(b - _EDGE, x) - 1, -1):
                if y - x < _MIN_SPAN and not (y - x == 2 and _LATIN_RUN_RE.fullmatch(text, x, y)):
                    continue
                out, names = _repair_whole(text[x:y], lossy, lossy and "\ufffd" in text[:y], chains, foreign)
                # total cost removed: a wrongly included clean neighbour adds garbage and lowers it
                score = _total_cost(out, foreign) - _total_cost(text[x:y], foreign)
                if names and (best is None or score < best[0]):
                    best = (score, (x, y, out, names))
        if best:
            found.append(best[1])
    return sorted(found)


def find_lossy_markers(text: str) -> list[tuple[int, int]]:
    """Spans of characters that betray bytes already lost: U+FFFD runs, ``锟斤拷``, ``烫烫烫``, ``屯屯屯``, ``??``.

    ``锟斤拷`` is two U+FFFD written as UTF-8 and read as GBK; ``烫``/``屯`` are the GBK reading of
    0xCC/0xCD fill bytes of uninitialised memory.  None of them can be turned back into text.

    >>> find_lossy_markers("价格锟斤拷元")
    [(2, 5)]
    """
    return [m.span() for m in _LOSSY_RE.finditer(text)]



def repair_text_with_repairs(text: str, check: Callable[[], None] | None = None) -> tuple[str, list[Repair]]:
    """Repair mojibake in ``text`` and say what was done (``where`` indexes the input string).

    Long texts are repaired line by line (garbling follows lines and blocks of a page, and it keeps
    the span search on each piece short). ``check``, when given, is called before each line and may
    raise to stop the work (the pipeline passes its time-budget check).

    >>> repair_text_with_repairs("标题：ä¸­æ–‡")[1][0].rule
    'utf-8>cp1252'
    """
    check_text(text)
    if check is not None and not callable(check):
        raise TypeError(f"check must be a function or None, not {type(check).__name__}")
    if not text or not looks_garbled(text):
        return text, []
    if len(text) <= _LINE_SPLIT or "\n" not in text:
        return _repair_piece(text, 0)
    pieces, repairs, pos = [], [], 0
    # Only the lines holding a suspect pair are worth a look; the rest of the page is copied as is.
    # Lines are cut at "\n" only: str.splitlines would also split at C1 mojibake.
    for m_start, m_end in suspect_pairs(text):
        start = text.rfind("\n", 0, m_start) + 1
        if start < pos:
            continue  # this line was already repaired
        end = text.find("\n", max(start, m_end - 1))
        end = len(text) if end < 0 else end + 1
        if check is not None:
            check()  # the pipeline's time budget: raises when the page has run out of time
        fixed, found = _repair_piece(text[start:end], start)
        pieces += [text[pos:start], fixed]
        repairs += found
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces), repairs


_LINE_SPLIT = 2000  # characters; a paragraph is rarely longer, a page usually is


def _apply(text: str, spans: list[tuple[int, int, str, list[str]]]) -> str:
    pieces, pos = [], 0
    for a, b, fixed, _ in spans:
        pieces += [text[pos:a], fixed]
        pos = b
    return "".join(pieces) + text[pos:]


_WINDOW = 24  # characters of context kept around odd characters; garbled runs are denser than this
# Lossy text longer than this is searched window by window like clean text: the whole-text search is
# superlinear, and a page-long line full of U+FFFD (a GBK page read as UTF-8) took 15 s.
_LOSSY_WHOLE = 4000


def _repair_windows(text: str, lossy: bool) -> list[tuple[int, int, str, list[str]]]:
    """:func:`_repair_spans` on the stretches around odd characters only: a long clean paragraph
    with one odd pair costs a short search, and dense garbling merges into one window.

    Lossy text is searched whole: the pairing after a lost byte depends on everything before it.
    """
    if (lossy and len(text) <= _LOSSY_WHOLE) or len(text) <= 4 * _WINDOW:
        return _repair_spans(text, lossy)
    windows: list[list[int]] = []
    for m in ODD_RE.finditer(text):
        a, b = max(0, m.start() - _WINDOW), min(len(text), m.end() + _WINDOW)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    foreign = foreign_script_chars(text)
    return [(a + x, b + x, fixed, names) for x, y in windows
            for a, b, fixed, names in _repair_spans(text[x:y], lossy, foreign)]


def _repair_piece(text: str, offset: int) -> tuple[str, list[Repair]]:
    if not looks_garbled(text):
        return text, []
    lossy = "\ufffd" in text
    repairs: list[Repair] = []
    out, names = _repair_whole(text, lossy) if len(text) <= _LOSSY_WHOLE or not lossy else (text, [])
    spans = [(0, len(text), out, names)] if names else _repair_windows(text, lossy)
    if names and lossy:
        # with bytes lost, a whole-text reversal also turns clean neighbours into markers:
        # keep the span-by-span repair when it leaves less garbage behind
        by_span = _repair_windows(text, lossy)
        if by_span and _total_cost(_apply(text, by_span)) <= _total_cost(out):
            spans = by_span
    for a, b, fixed, chain_names in spans:
        where = f"text[{a + offset}:{b + offset}]"
        repairs.append(Repair("mojibake", text[a:b], fixed, where, "+".join(chain_names)))
    for a, b in find_lossy_markers(text):
        where = f"text[{a + offset}:{b + offset}]"
        repairs.append(Repair("irrecoverable", text[a:b], text[a:b], where, "lossy_marker"))
    return _apply(text, spans), repairs


def repair_text(text: str) -> str:
    """Repair mojibake in ``text``; clean text comes back unchanged (one regex search).

    >>> repair_text("鍙戝竷")
    '发布'
    >>> repair_text(None)
    Traceback (most recent call last):
    ...
    TypeError: text must be a str, not NoneType
    """
    return repair_text_with_repairs(text)[0]
