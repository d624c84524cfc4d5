"""Find and undo mojibake: text whose bytes were read with the wrong charset, sometimes losing bytes on the way.

A garbled line goes through three questions:

1. *Where?* :mod:`webclean.repair.regions` proposes spans and the readings that could have written them
   (Latin-1/cp1252 or "UTF-8 first" over GBK, Big5 or UTF-8 bytes; GBK or Big5 over UTF-8 bytes; Big5 and
   GBK read as each other).
2. *What?* :mod:`webclean.repair.reconstruct` rebuilds the bytes of each span one character at a time
   (alternatives, lost bytes, U+FFFD) and decodes them; :mod:`webclean.repair.lost_bytes` fills a character
   with a lost byte only where one candidate is left, and leaves U+FFFD elsewhere.
3. *Whether?* :func:`credible_repair` keeps a result only when it is far more plausible than the span and
   plainly real text; :mod:`webclean.repair.leave_alone` flags what must not be rewritten (quoted mojibake,
   other scripts, garbling beyond any reading).

Every change is a :class:`~webclean.record.Repair`: ``mojibake`` for a repaired span (``rule`` the
garbling, ``gbk>cp1252``, ``utf-8>gbk+utf-8>gbk``), ``irrecoverable`` where characters stay lost
(``lost_bytes``) or a span is flagged (``lossy_marker``, ``beyond_repair``), ``flagged`` for what is left
alone on purpose (``quoted_mojibake``, ``foreign_script``).

>>> repair_text("鍙戝竷浜嗘柊鐗堟湰")
'发布了新版本'
>>> repair_text("ä¸­æ–‡ç½‘é¡µ")
'中文网页'
>>> repair_text("ÖÐÎÄÍøÒ³")
'中文网页'
>>> repair_text("ϵͳÏÔʾ")             # GBK read "UTF-8 first, else Latin-1"
'系统显示'
>>> repair_text("今天天气很好。")
'今天天气很好。'
"""
from __future__ import annotations

import difflib
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, chain

from ..core.arguments import check_text
from ..core.plausibility import (
    NEUTRAL_PUNCT,
    char_cost,
    code_page_signs,
    foreign_for,
    foreign_script_chars,
    script_counts,
    text_badness,
    total_cost,
    word_pair_share,
)
from ..record import Repair
from .garble_gate import CP1252_EXTRAS, ODD_RE, looks_garbled, odd_class, suspect_pairs
from .leave_alone import (
    FOREIGN_SHARE,
    foreign_letters_share,
    foreign_reading,
    looks_beyond_repair,
    mentions_encoding,
    other_script_text,
)
from .lost_bytes import clear_hole_caches, doubt_spliced_pairs, fill_holes, lost_without_trace
from .reconstruct import (
    BIG5,
    BIG5_READING,
    CJK_PUNCTUATION_CLASS,
    GBK,
    GBK_READING,
    LATIN,
    LATIN_SHY,
    LATIN_STRICT,
    MAX_BAD_SHARE,
    MIXED,
    MIXED_SHY,
    TRAIL_ASCII_CLASS,
    UTF8,
    Reading,
    Reconstruction,
    Source,
    bad_share,
    clear_reconstruction_caches,
    first_trouble,
    reconstruct,
    stripped_bytes,
    text_cost,
    usual_bytes,
    with_stripped_bytes,
)
from .regions import decoded_regions, has_mixed_letters, latin_regions, pair_regions, wide_after
from .soft_hyphens import CONTEXT, settle_hidden_soft_hyphens

__all__ = ["repair_text", "repair_text_with_repairs", "text_badness", "char_cost", "foreign_script_chars",
           "may_hide_a_second_round", "mixed_pairs_may_hide_soft_hyphens", "without_spliced_pairs", "SPLICE_LOSS_SHARE",
           "looks_garbled", "is_latin_utf8_repair", "find_lossy_markers", "credible_repair", "Hypothesis",
           "clear_text_caches", "load_tables"]


@dataclass(frozen=True)
class Hypothesis:
    """One way a span was garbled: ``source`` bytes read by ``reading``."""

    reading: Reading
    source: Source

    def rule(self, span: str) -> str:
        """The garbling as a rule name: ``gbk>cp1252``, ``gbk>mixed``, ``utf-8>gbk``.

        >>> Hypothesis(LATIN, GBK).rule("Ö¤È¯"), Hypothesis(LATIN, GBK).rule("ÓÃ‘")
        ('gbk>latin-1', 'gbk>cp1252')
        """
        shy = "-soft-hyphen-lost" if self.reading.soft_hyphens_lost else ""
        if self.reading.name == "mixed":
            return f"{self.source.name}>mixed{shy}"
        if self.reading.name == "latin":
            return f"{self.source.name}>" + ("cp1252" if _CP1252_RE.search(span) else "latin-1") + shy
        return f"{self.source.name}>{self.reading.name}"


_CP1252_RE = re.compile("[" + re.escape(CP1252_EXTRAS) + "]")
_DECODED = (Hypothesis(GBK_READING, UTF8), Hypothesis(BIG5_READING, UTF8))
_PAIRS = (Hypothesis(BIG5_READING, GBK), Hypothesis(GBK_READING, BIG5))


def latin_hypotheses(span: str, shy: bool = True, line: str = "", stripped: int | frozenset | None = None
                     ) -> tuple[Hypothesis, ...]:
    """The readings a Latin-looking span may come from: GBK or Big5 read as Latin (the "UTF-8 first"
    reading where its letters show), and UTF-8 read as Latin; with ``shy`` (no soft hyphen anywhere in the
    text), also GBK or Big5 read as Latin with every soft hyphen stripped afterwards (what else the
    ``line`` around shows was stripped: :func:`~webclean.repair.reconstruct.stripped_bytes`, which the
    caller passes as ``stripped`` when it asks for every span of one line: it reads the whole line).

    >>> [h.rule("ʾ") for h in latin_hypotheses("ÏÔʾ")]
    ['gbk>mixed', 'big5>mixed', 'utf-8>latin-1', 'gbk>mixed-soft-hyphen-lost', 'big5>mixed-soft-hyphen-lost']
    """
    mixed = has_mixed_letters(span)
    reading = MIXED if mixed else LATIN
    if stripped is None:
        stripped = stripped_bytes(line or span, GBK)
    gbk = with_stripped_bytes(reading, line or span, stripped)  # the line may show what its reader stripped
    out = (Hypothesis(gbk, GBK), Hypothesis(reading, BIG5), Hypothesis(LATIN_STRICT, UTF8))
    if shy and "\xad" not in span:  # no soft hyphen left: they may all have been stripped
        shy = MIXED_SHY if mixed else LATIN_SHY
        # ... or C1 bytes with them, where the line says so: then a stripped byte is not surely 0xAD
        gbk_shy = replace(shy, stripped=stripped)
        out += (Hypothesis(gbk_shy, GBK), Hypothesis(shy, BIG5))
    return out


# ----------------------------------------------------------------------------------------- credibility
#: A repair must lower the mean character cost by this much: garbled spans score 3-5, real Chinese 0-1
#: (measured on the public cases), so the margin keeps clean text clean.
MIN_GAIN = 1.2
#: ... and land at or below this mean cost.
GOOD = 1.6
#: Where bytes were lost or assumed, the known characters must be plainly real text.
GOOD_LOSSY = 0.8
#: Characters that must be recovered in a lossy span: fewer prove nothing.
MIN_RECOVERED_LOSSY = 3
#: Where bytes were lost or assumed, this share of the recovered hanzi must make words with a neighbour
#: (real Chinese: 0.6-0.9; common characters strung at random by a wrong reading: 0.0-0.3) ...
MIN_WORD_SHARE_LOSSY = 0.4
#: ... counted once a span recovers this many hanzi (fewer say little either way).
WORD_SHARE_MIN_HANZI = 6
#: Bytes assumed lost per recovered character at most: a reading that needs more is inventing its bytes.
MAX_ASSUMED_SHARE = 0.15
#: ... over UTF-8, where every byte assumed must complete a valid sequence and the characters around it
#: are sure: cp1252 readers drop five of the 64 continuation bytes (81 8D 8F 90 9D), one character in
#: five or six of Chinese text on average, but a passage dense in 前 条 小 着 子 名 (E5 89 8D, E6 9D A1,
#: E5 B0 8F ...) loses one in three or four (a third of its known characters: 0.35 on our prose passage,
#: which 0.3 left wholly garbled); a GBK reader that drops what it cannot read loses as much. Half is
#: still far from a reading that invents its bytes (each assumed byte must sit inside a valid sequence);
#: a Latin-1 reader's C1 bytes (half the continuation bytes) are past repair anyway.
MAX_ASSUMED_SHARE_UTF8 = 0.5
#: A reconstruction whose hanzi make words at most this share of the time may be another script's text.
FOREIGN_MAX_WORD_SHARE = 0.3

_ASCII_RE = re.compile("[\x00-\x7f]")
_HANZI_RE = re.compile("[\u3400-\u9fff]")
_BLANK_LATIN = dict.fromkeys(range(0x80, 0x800))  # str.translate table that drops U+0080-U+07FF
_LATIN_LETTERS_RE = re.compile("[\x00-\x7f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")


def is_latin_utf8_repair(rule: str, repaired: str) -> bool:
    """UTF-8 read as Latin that turns back into accented Latin letters is plausible as it stands:
    ``CafÃ©`` is ``Café``, not Chinese, even though ``Ã©`` is also valid GBK (``茅``).

    >>> is_latin_utf8_repair("utf-8>cp1252", "Café, naïve")
    True
    >>> is_latin_utf8_repair("gbk>cp1252", "Caf茅")
    False
    """
    return (rule.startswith("utf-8>") and rule.split(">")[1] in ("latin-1", "cp1252") and not repaired.isascii()
            and _LATIN_LETTERS_RE.fullmatch(repaired) is not None)


def credible_repair(before: str, after: str, lossy: bool, foreign: frozenset[str] = frozenset()) -> bool:
    """Whether ``after`` (U+FFFD where characters stay lost) may replace the garbled ``before``: far more
    plausible, plainly real text, most characters recovered, and no ASCII that was not there (stray bytes
    decode as letters: ``'�J�G'`` is invention).

    >>> credible_repair("鍙戝竷浜嗘柊", "发布了新", False), credible_repair("今天天气", "浠婂ぉ", False)
    (True, False)
    >>> credible_repair("鍩屾径", "\\ufffdJ\\ufffdG", True)
    False
    """
    if sign_list(before) or zhuyin_syllable(before):
        return False
    known = after.replace("\ufffd", "")
    lost = len(after) - len(known)
    recovered = len(known) - len(_ASCII_RE.findall(known))
    if lost and (recovered < MIN_RECOVERED_LOSSY or lost > recovered):
        return False
    if recovered == 0 or not _ascii_kept(before, after):
        return False
    badness = text_badness(known, foreign)
    if _badness_of(before, foreign) - badness < MIN_GAIN or badness > (GOOD_LOSSY if lossy else GOOD):
        return False
    if lossy and looks_garbled(known):
        return False  # with bytes lost, a span that still looks garbled is another round's garbage
    if lossy and sum("\u3400" <= c < "\ua000" for c in known) >= WORD_SHARE_MIN_HANZI:
        return word_pair_share(known) >= MIN_WORD_SHARE_LOSSY
    return True


def sign_list(span: str) -> bool:
    """A span of nothing but signs (numbers in circles or brackets, shapes, vertical forms), two kinds at least:
    a page's list of symbols, never garbled text, which always mixes letters or hanzi among them (a 博客园 post's
    ``⑴⑵⑶⑷⑸``, read as GBK taken for Big5, became 求囚酋泅趋; ``★☆♀◆◇◣◢◥`` became 」「○』『ⅸⅷⅹ).

    >>> sign_list("⑴⑵⑶⑷⑸"), sign_list("★☆♀◆◇◣"), sign_list("鍙戝竷★"), sign_list("★★")
    (True, True, False, False)
    """
    signs = code_page_signs()
    rest = [c for c in span if not c.isspace() and c not in NEUTRAL_PUNCT and not c.isascii()]
    return len(set(rest)) >= 2 and all(c in signs for c in rest)


# Two zhuyin letters or more, closed by a tone mark, a tone's digit, a space, a bracket or the end: a syllable
# written out (ㄓㄨˋ, [ㄏㄨㄤ2], ㄅㄆㄇㄈ 注音). Big5 read as GBK throws zhuyin up among hanzi, not so closed.
_ZHUYIN_SYLLABLE = re.compile(r"[\u3105-\u3129]{2,4}(?:[ˊˇˋ˙1-5\s\]）)]|$)")


def zhuyin_syllable(span: str) -> bool:
    """Whether a span writes a zhuyin syllable out (Taiwan's phonetic letters, a post on an input method:
    ``[ㄏㄨㄤ2]``, ``ㄓㄨˋ ㄧㄣ``), which garbling never closes with a tone.

    >>> zhuyin_syllable("[ㄏㄨㄤ2] 但"), zhuyin_syllable("我的注音是ㄓㄨˋ"), zhuyin_syllable("銝ㄛ嚗ㄐ撠")
    (True, True, False)
    """
    return _ZHUYIN_SYLLABLE.search(span) is not None


@lru_cache(maxsize=256)
def _badness_of(span: str, foreign: frozenset[str]) -> float:
    """:func:`text_badness` of a span, remembered: every reading of the span is judged against it."""
    return text_badness(span, foreign)


def _ascii_kept(before: str, after: str) -> bool:
    """Whether ``after`` writes no ASCII character that ``before`` did not hold (as often)."""
    if after.isascii() or not _ASCII_RE.search(after):
        return True
    return not Counter(_ASCII_RE.findall(after)) - Counter(_ASCII_RE.findall(before))


# ---------------------------------------------------------------------------------------------- search
@dataclass(frozen=True)
class _Found:
    """A credible repair of ``line[start:end]``, or a flag (``kind`` not ``mojibake``)."""

    start: int
    end: int
    after: str
    rule: str
    kind: str = "mojibake"
    lost: int = 0  # characters left as U+FFFD
    filled: int = 0  # characters a lost byte hid that the word list decided
    cost: float = 0.0
    assumed: int = 0  # bytes assumed lost
    searched: bool = False  # the usual bytes did not decode cleanly: alternatives were searched
    trimmed: tuple[int, int] = (0, 0)  # characters of the garbled span left out at each end (EDGE_TRIM)


#: Rounds of garbling undone at most: two-step chains exist in the wild (UTF-8 read as Latin twice, GBK
#: read as Latin and the result as UTF-8 again); more rounds than that are flagged, not repaired.
MAX_ROUNDS = 2
#: A repair in two rounds ranks below one in one round that is as plausible.
ROUND_PRICE = 5.0




def _trimmed(line: str) -> tuple[int, int]:
    """``line`` without the ASCII at its ends, except a letter right after the last non-ASCII character
    (it may be the trail byte of a pair: Big5 究 = A8 73 reads as ``悒s`` in GBK)."""
    a, b = 0, len(line)
    while a < b and line[a] < "\x80":
        a += 1
    while b > a and line[b - 1] < "\x80":
        b -= 1
    if a < b < len(line) and "\x40" <= line[b] <= "\x7e":
        b += 1
    return a, b


#: A line is tried whole (beside its regions) when its mean character cost is at least this: garbled
#: throughout, not clean text with a rare name in it.
WHOLE_LINE_BADNESS = 2.0
# What garbling by a two-byte reading leaves: rare hanzi, CJK symbols, kana, bopomofo, lost bytes.
_CJK_ODD_RE = re.compile("(?=[\u2e80-\uffff])" + odd_class())


def _latin_spans(line: str, foreign: frozenset[str] = frozenset(), shy: bool = True
                 ) -> list[tuple[int, int, tuple[Hypothesis, ...]]]:
    """Latin-looking spans, with the readings that could have written each (what the line shows its reader
    stripped is read once for the line, not once per span)."""
    regions = latin_regions(line)
    if not regions:
        return []
    stripped = stripped_bytes(line, GBK)
    return [(a, b, latin_hypotheses(line[a:b], shy, line, stripped)) for a, b in regions]


def _two_byte_spans(family: tuple[Hypothesis, ...], finder: Callable[..., list[tuple[int, int]]]):
    """A finder of spans for a family of two-byte readings: their regions, and the whole line when it is
    garbled throughout (for short lines, or where one reading reverses it exactly)."""
    def spans(line: str, foreign: frozenset[str], shy: bool = True) -> list[tuple[int, int, tuple[Hypothesis, ...]]]:
        if other_script_text(line):
            return []
        out = []
        for hypothesis in family:
            out += [(a, b, (hypothesis,)) for a, b in finder(line, hypothesis.reading, hypothesis.source, foreign)]
        return out
    return spans


def _whole_line(line: str, foreign: frozenset[str] = frozenset(), shy: bool = True
                ) -> list[tuple[int, int, tuple[Hypothesis, ...]]]:
    """The line itself (without ASCII at its ends) with every reading, when it is garbled throughout: tried
    first, it spares the search for regions, and a table row or a heading (``華  萸ㄩ冪撳悝``) has fields
    too short to stand out one by one."""
    a, b = _trimmed(line)
    if b - a < 2 or text_badness(line[a:b]) < WHOLE_LINE_BADNESS:
        return []
    regions = latin_regions(line)
    # Latin readings only where the line is Latin throughout (beside ASCII): a Latin span inside Chinese
    # text is a region of its own
    latin = bool(regions) and not _HANZI_RE.search(line[a:b].translate(_BLANK_LATIN))
    hypotheses = latin_hypotheses(line[a:b], shy, line) if latin else ()
    if not latin and not other_script_text(line):  # (a Latin line is no two-byte reading's work)
        hypotheses += _DECODED + _PAIRS
    return [(a, b, hypotheses)] if hypotheses else []


#: The families of readings, tried in this order on what the earlier ones left garbled: the whole line
#: when it is garbled throughout, Latin readings (their spans are plain to see), GBK or Big5 read over
#: UTF-8 bytes (most common, and UTF-8 checks itself), then Big5 and GBK read as each other.
_FAMILIES = (
    (_whole_line, False),
    (_latin_spans, False),
    (_two_byte_spans(_DECODED, lambda line, reading, source, foreign: decoded_regions(line, reading, source)), True),
    (_two_byte_spans(_PAIRS, pair_regions), True),
)


def _evaluate(line: str, a: int, b: int, hypothesis: Hypothesis, rounds: int, search: bool = True) -> _Found | None:
    """The repair of ``line[a:b]`` under ``hypothesis`` (and one more round inside when the result is still
    garbled), if credible; with ``search`` false, only where the usual bytes decode cleanly as they are.
    Remembered for the line being repaired: the same span comes up under more than one family."""
    return _evaluate_once(line, a, b, hypothesis, rounds, search)


@lru_cache(maxsize=1024)
def _evaluate_once(line: str, a: int, b: int, hypothesis: Hypothesis, rounds: int, search: bool) -> _Found | None:
    span = line[a:b]
    rec = reconstruct(span, hypothesis.reading, hypothesis.source, search)
    if rec is None or rec.invalid:
        return None
    outside, inside = _outside_counts(line, a, b), script_counts(rec.text(""))
    foreign = foreign_for(outside[0] + inside[0], outside[1] + inside[1])
    placed = hypothesis.reading.name in ("gbk", "big5")
    after, filled, lost = fill_holes(rec.pieces, foreign, placed)
    rule = hypothesis.rule(span)
    lossy = lost > 0 or rec.assumed > 0 or rec.holes > 0 or "\ufffd" in span
    if is_latin_utf8_repair(rule, after):
        return _Found(a, b, after, rule, cost=0.0)
    limit = MAX_ASSUMED_SHARE if hypothesis.source.two_byte else MAX_ASSUMED_SHARE_UTF8
    if rec.assumed > limit * max(1, len(after) - lost):
        return None
    if lossy and hypothesis.source.two_byte:  # UTF-8 tells where characters start: its edges are sure
        after = stable_edges(line, a, b, hypothesis, after, foreign)
        lost = after.count("\ufffd")
    if credible_repair(span, after, lossy, foreign):
        # the pairs lost bytes may have spliced are marked only now: they compete as read (a reading that
        # marks more would lose to one that misreads them), but none is written as a guess
        written = without_spliced_pairs(after, rec, hypothesis, foreign)
        lost += written.count("\ufffd") - after.count("\ufffd")
        return _Found(a, b, written, rule, lost=lost, filled=filled, cost=_rank(after, rec),
                      assumed=rec.assumed,
                      searched=search and reconstruct(span, hypothesis.reading, hypothesis.source, False) is None)
    if rounds > 1 and not lost and looks_garbled(after) and may_hide_a_second_round(hypothesis):
        inner, found = _repair_line(after, rounds - 1, shy=False)
        repaired = [f for f in found if f.kind == "mojibake"]
        if repaired and credible_repair(span, inner, lossy or "\ufffd" in inner, foreign):
            inner_rule = "+".join(sorted({f.rule for f in repaired}))
            lost_inner = sum(f.lost for f in repaired)
            return _Found(a, b, inner, f"{inner_rule}+{rule}", lost=lost_inner, cost=_rank(inner, rec) + ROUND_PRICE)
    return None


#: Share of a span's characters that must show a lost byte (a byte assumed lost, a trail left alone between
#: hanzi: 工S的 for 工廠的) before its rare pairs are doubted as splices: a line's pairs outside GB2312 make
#: stripped_bytes suspect C1 stripping in GBK pages read whole as Latin-1 too, where a byte assumed here and
#: there (1-2 in 100-500 characters) is a misreading, not a loss; doubted there, 耻 and 契 of a Simplified
#: page read as Latin-1 became U+FFFD (lines not back 5 -> 6). Traditional text that lost its C1 bytes
#: shows far more. On the shared clean texts garbled by gbk>latin-1-c1-lost, wrong characters 83 -> 59 at
#: 0.03 (and no GBK corpus page read as Latin-1 loses a line), 67 at 0.04 and 0.05, 71 at 0.08.
SPLICE_LOSS_SHARE = 0.03


def without_spliced_pairs(after: str, rec: Reconstruction, hypothesis: Hypothesis, foreign: frozenset[str]) -> str:
    """``after`` (the text of ``rec``, its edges settled) with U+FFFD for each GBK pair that two characters'
    lost bytes may have spliced (:func:`~webclean.repair.lost_bytes.doubt_spliced_pairs`), where the reading
    lost such bytes and the span shows enough of them (SPLICE_LOSS_SHARE): 今年的電價上調以後，工廠的電費
    in GBK read as Latin-1 without its C1 bytes reads 今年的雛上調以後，工S的胭M as it stands, and comes back
    as 今年的�上調以後，工S的�M."""
    if hypothesis.source is not GBK:
        return after
    shown = rec.assumed + len(_STRAY_LETTER_RE.findall(after))
    if not shown or shown < SPLICE_LOSS_SHARE * len(after):
        return after  # too few signs of lost bytes: byte-complete text read with a misreading or two
    lost = lost_without_trace(hypothesis.reading)
    doubted = doubt_spliced_pairs(rec.pieces, lost)
    if doubted == rec.pieces:
        return after
    marked, _, _ = fill_holes(doubted, foreign, hypothesis.reading.name in ("gbk", "big5"))
    if len(marked) != len(after):
        return after
    return "".join("\ufffd" if m == "\ufffd" else c for c, m in zip(after, marked))


def may_hide_a_second_round(hypothesis: Hypothesis) -> bool:
    """Whether a repair under ``hypothesis`` that still reads as garbage may be one more round of
    garbling to undo: only where the bytes were UTF-8 (double UTF-8; GBK read as Latin and then as UTF-8
    again). Where they were GBK or Big5 read as Latin, garbage left is what a lost byte's misalignment
    makes (飛機 in Big5 is AD B8 BE F7; its soft hyphen stripped, ``¸¾÷`` reads 蜀 and more), and a
    second round turned it into other characters (蜀髐阞贗 as GBK read as Big5, for 飛機升空): on the
    first 250 shared clean texts garbled as Big5 read as cp1252 with the soft hyphens stripped, 24 of
    69 wrong characters, and no exact repair, came from such rounds.

    >>> may_hide_a_second_round(Hypothesis(LATIN_STRICT, UTF8)), may_hide_a_second_round(Hypothesis(LATIN, BIG5))
    (True, False)
    """
    return not hypothesis.source.two_byte


#: Characters at each end of a lossy repair checked against a repair of the span one character wider.
EDGE_ZONE = 3
#: In a longer span, each end is checked against a repair of this many characters around it only.
EDGE_PIECE = 16


def stable_edges(line: str, a: int, b: int, hypothesis: Hypothesis, after: str, foreign: frozenset[str]) -> str:
    """``after`` with U+FFFD for the characters near its ends that a repair of the span one character
    wider on each side does not give too. Where bytes were lost, a span found by its characters may start
    or end inside a pair: its edge characters are then decoded from the wrong bytes (并不是说 read as Big5
    and back: a span starting at 不's trail byte gives 皇 for 是).

    >>> line = "絞\ufffd誨炬３銘г紫扔正寎の\ufffd妘憩珨隅夔劂蜊囡"   # 当然，并不是说单单… GBK read as Big5
    >>> h = Hypothesis(BIG5_READING, GBK)
    >>> searched = "皇是说单单控制\ufffd食就一定能够改善"   # as a search once had it
    >>> stable_edges(line, 5, len(line), h, searched, frozenset())
    '\ufffd是说单单控制\ufffd食就一定能够改善'
    """
    x, y = max(0, a - 1), min(len(line), b + 1)
    if (x, y) == (a, b):
        return after
    n = len(after)
    zone = set(range(min(EDGE_ZONE, n))) | set(range(max(0, n - EDGE_ZONE), n))
    if b - a <= 2 * EDGE_PIECE:
        checks = [(line[x:y], after, 0)]
    else:  # each end against a repair of the stretch around it only: a two-byte stream realigns quickly
        checks = [(line[x:a + EDGE_PIECE], after[:EDGE_PIECE], 0) if x < a else None,
                  (line[b - EDGE_PIECE:y], after[-EDGE_PIECE:], n - EDGE_PIECE) if y > b else None]
    agreed = [True] * n
    for i in zone:
        agreed[i] = False
    for check in checks:
        if check is None:
            continue
        piece, mine, offset = check
        rec = reconstruct(piece, hypothesis.reading, hypothesis.source)
        if rec is None:
            return after
        other, _, _ = fill_holes(rec.pieces, foreign, hypothesis.reading.name in ("gbk", "big5"))
        for i, _, size in difflib.SequenceMatcher(None, mine, other, autojunk=False).get_matching_blocks():
            agreed[offset + i:offset + i + size] = [True] * size
    if len(checks) == 2:  # an end with nothing beyond it on the line is not in doubt
        if checks[0] is None:
            agreed[:EDGE_ZONE] = [True] * min(EDGE_ZONE, n)
        if checks[1] is None:
            agreed[max(0, n - EDGE_ZONE):] = [True] * (n - max(0, n - EDGE_ZONE))
    return "".join("\ufffd" if i in zone and not agreed[i] and c >= "\x80" else c for i, c in enumerate(after))


@lru_cache(maxsize=256)
def _outside_counts(line: str, a: int, b: int) -> tuple[int, int]:
    """:func:`~webclean.core.plausibility.script_counts` of the line around a span, remembered."""
    return script_counts(line[:a] + line[b:])


def _rank(after: str, rec: Reconstruction) -> float:
    """Lower is better: what the reconstruction cost (characters less word pairs, holes, the price of
    every assumption), and characters still lost after the word list had its say. A character two close
    readings disagree on (``rec.undecided``) is not charged: the reading is no worse for being honest
    about it, and charged, another reading that is sure of a wrong character would win."""
    return rec.cost + LOST_RANK * (after.count("\ufffd") - rec.undecided)


#: What a character left as U+FFFD adds to a repair's rank.
LOST_RANK = 3.0
# a trail character (a letter or one of @[\\]^_`{|}~) alone after a hanzi, before a hanzi or CJK
# punctuation; a full-width space after text
_STRAY_LETTER_RE = re.compile(f"[\u3400-\u9fff][{TRAIL_ASCII_CLASS}][\u3400-\u9fff]"
                              f"|[\u3400-\u9fff][{TRAIL_ASCII_CLASS}](?=[{CJK_PUNCTUATION_CLASS}])|[^\\n\\s]\u3000")


#: What a letter standing alone between hanzi costs when readings are compared: a trail byte 0x40-0x7E
#: whose lead was lost reads as one (Big5 訂 is AD 71; without the soft hyphen, ``q``; 臨 after 面 B1 AD
#: is C1 7B, and without 面's soft hyphen ``{`` is left). The search charges as much (STRAY_TRAIL_COST).
STRAY_LETTER_COST = 6.0


def _with_strays(found: _Found) -> float:
    return found.cost + STRAY_LETTER_COST * len(_STRAY_LETTER_RE.findall(found.after))


#: What each soft hyphen a repair assumes must save beyond its own price, against the decode as it is:
#: otherwise a rare name (黄玖立, 邢鹂) turns into common characters by a stripped soft hyphen assumed.
SOFT_HYPHEN_GAIN = 1.0


def _suspect_soft_hyphens(text: str, by_words: bool = False) -> bool:
    """Whether a clean decode of a Latin span reads oddly where a stripped soft hyphen would: unlikely
    characters, a lone letter between hanzi (Big5 訂 is AD 71: without its lead, ``q``), an ideographic
    space inside a line (…… is A1 AD A1 AD: without the soft hyphens, A1 A1); after a "UTF-8 first"
    reading (``by_words``), also hanzi that make no words, since its misreadings leave common characters.

    >>> _suspect_soft_hyphens("暫停線上q購與會員"), _suspect_soft_hyphens("暫停線上訂購與會員")
    (True, False)
    """
    if _STRAY_LETTER_RE.search(text):
        return True
    return first_trouble(text, by_words=by_words) is not None


def _repair_line(line: str, rounds: int = MAX_ROUNDS, shy: bool = True) -> tuple[str, list[_Found]]:
    """Repair one line (or a short text); the spans found, repaired or flagged, in line order.

    Each family of readings (:data:`_FAMILIES`) is tried on what the earlier ones left garbled, longer
    spans first; a span that overlaps one already repaired or flagged is skipped. Spans no reading repairs
    are flagged at the end when they are plainly garbled.
    """
    if _mostly_lost(line):
        return line, []  # its lost-byte markers are flagged by the caller
    foreign = foreign_script_chars(line)
    about_encoding = mentions_encoding(line)
    found: list[_Found] = []
    unrepaired: list[tuple[int, int, tuple[Hypothesis, ...]]] = []
    for finder, needs_cjk in _FAMILIES:
        if needs_cjk and not _odd_cjk_left(line, found):
            continue
        for a, b, hypotheses in sorted(set(finder(line, foreign, shy)), key=lambda s: (s[0] - s[1], s[0])):
            if any(a < f.end and f.start < b for f in found):
                continue
            span = line[a:b]
            best = _best_repair(line, a, b, hypotheses, rounds)
            if finder is _latin_spans and wide_after(line, b):
                # the last pair may have been read together with a full-width mark after it: take the
                # wide character in where that decodes the span completely
                longer = _best_repair(line, a, b + 1, hypotheses, rounds, exact_only=True)
                if longer is not None and not longer.lost and (
                        best is None or total_cost(longer.after) < total_cost(best.after + line[b])):
                    best, span = longer, line[a:b + 1]
                    b += 1
            if best is None and (best := _trimmed_repair(line, a, b, hypotheses, rounds)) is not None:
                a, b = best.start, best.end
                span = line[a:b]
                if any(a < f.end and f.start < b for f in found):
                    continue
            if best is None:
                unrepaired.append((a, b, hypotheses))
            elif about_encoding:
                found.append(_Found(a, b, span, "quoted_mojibake", kind="flagged"))
            elif foreign_letters_share(best.after) >= FOREIGN_SHARE or (
                    _HANZI_RE.search(best.after) and word_pair_share(best.after) <= FOREIGN_MAX_WORD_SHARE
                    and foreign_reading_of(span, hypotheses)):
                found.append(_Found(a, b, span, "foreign_script", kind="flagged"))
            else:
                found.append(best)
    found = _drop_islands(line, found)
    found += _trimmed_edges(line, found)
    for a, b, hypotheses in sorted(unrepaired, key=lambda s: s[0] - s[1]):
        if any(a < f.end and f.start < b for f in found):
            continue
        if foreign_reading_of(line[a:b], hypotheses):  # Korean, Japanese or Greek bytes no reading undoes
            found.append(_Found(a, b, line[a:b], "foreign_script", kind="flagged"))
        elif looks_beyond_repair(line[a:b]):
            kind, rule = ("flagged", "quoted_mojibake") if about_encoding else ("irrecoverable", "beyond_repair")
            found.append(_Found(a, b, line[a:b], rule, kind=kind))
    found.sort(key=lambda f: f.start)
    pieces, pos = [], 0
    for f in found:
        pieces += [line[pos:f.start], f.after]
        pos = f.end
    return "".join(pieces) + line[pos:], found


#: Share of U+FFFD among a line's non-ASCII characters past which no reading is tried: UTF-8 read as GBK
#: with replacement shows one U+FFFD in ten characters or so, Big5 read as GBK up to one in three ...
MOSTLY_LOST = 0.5
#: ... and the lower share at which a line is given up when most of the rest are the letters a GBK or Big5
#: page decoded as UTF-8 keeps (pairs that happen to be valid UTF-8, U+0080-U+07FF: ``ϵͳ``): such a page
#: is 60-80% U+FFFD, and what is left sits at unknown offsets ...
LOST_WITH_LETTERS = 0.3
#: ... U+FFFD and those letters together making up more than this share of them.
LOST_OR_LETTERS = 0.6


def _mostly_lost(line: str) -> bool:
    """Whether the bytes behind ``line`` are mostly gone (see MOSTLY_LOST, LOST_WITH_LETTERS).

    >>> page_line = "中文网页的标题".encode("gbk").decode("utf-8", "replace")
    >>> _mostly_lost(page_line), _mostly_lost("风雨交加\ufffd")
    (True, False)
    """
    lost = line.count("\ufffd")
    if not lost:
        return False
    high = len(line) - len(_ASCII_RE.findall(line))
    if lost > MOSTLY_LOST * high:
        return True
    return lost > LOST_WITH_LETTERS * high and lost + len(_UTF8_LETTER_RE.findall(line)) > LOST_OR_LETTERS * high


_UTF8_LETTER_RE = re.compile("[\u0080-\u07ff]")


def _odd_cjk_left(line: str, found: list[_Found]) -> bool:
    """Whether ``line`` holds an odd CJK character (or a lost byte) outside the spans already handled."""
    return any(not any(f.start <= m.start() < f.end for f in found) for m in _CJK_ODD_RE.finditer(line))


#: A repair this short (characters) that stays surrounded by garbling no reading undid is an accident of
#: the bytes (a few characters of a multi-round garbling that read as something), not a repair.
ISLAND_MAX = 8


def _drop_islands(line: str, found: list[_Found]) -> list[_Found]:
    """Drop short repairs whose neighbours in the repaired line are still garbled: in ``MBC濮濆矁鍩冩径褏``
    (two rounds of UTF-8 read as GBK, with bytes lost) one round turns 鍩冩径 into 埃澶, which is the
    first round's garbage, not text.

    >>> line = "MBC濮濆矁鍩冩径褏銈\ufffd閸忛潻绱為獮"
    >>> _drop_islands(line, [_Found(6, 9, "埃澶", "utf-8>gbk")])
    []
    """
    repaired = [f for f in found if f.kind == "mojibake"]
    if not repaired:
        return found
    out = []
    for f in found:
        if f.kind == "mojibake" and len(f.after) <= ISLAND_MAX:
            left, right = _final_neighbours(line, found, f)
            if _still_garbled(left) or _still_garbled(right):
                continue
        out.append(f)
    return out


#: Characters looked at on each side of a short repair.
ISLAND_CONTEXT = 4
_MARKER_RE = re.compile("[\ufffd锟斤拷]")


#: Mean character cost at which the neighbours of a short repair are garbling left as it was.
ISLAND_NEIGHBOUR_BADNESS = 2.5
#: Odd characters or lost-byte markers that make the neighbours garbling, and non-ASCII characters needed
#: before their mean cost is read: one of either may be a symbol the text really holds.
ISLAND_NEIGHBOUR_ODD = 2


def _still_garbled(text: str) -> bool:
    """Whether the neighbours of a short repair look garbled: two odd characters or lost-byte markers, or
    a mean cost of ISLAND_NEIGHBOUR_BADNESS (multi-round garbage is often made of characters common
    enough in Traditional text: 櫅閻℃瑩). Private-use characters do not count (GBK pages indent with them).

    >>> _still_garbled("櫅閻℃瑩"), _still_garbled("\ue5e5\ue5e5"), _still_garbled("风雨交加")
    (True, False, False)
    """
    plain = text.translate(_BLANK_PRIVATE)
    if len(ODD_RE.findall(plain)) + len(_MARKER_RE.findall(text)) >= ISLAND_NEIGHBOUR_ODD:
        return True
    return sum(c >= "\x80" for c in plain) >= ISLAND_NEIGHBOUR_ODD and text_badness(plain) >= ISLAND_NEIGHBOUR_BADNESS


_BLANK_PRIVATE = dict.fromkeys(range(0xE000, 0xF900))


def _final_neighbours(line: str, found: list[_Found], f: _Found) -> tuple[str, str]:
    """The ISLAND_CONTEXT characters before and after ``f`` in the line as repaired by ``found``."""
    n = ISLAND_CONTEXT
    # the characters a trimmed repair left out are the garbled span's own (flagged by _trimmed_edges),
    # not garbling around it: its neighbours are those of the whole span
    start, end = f.start - f.trimmed[0], f.end + f.trimmed[1]
    left, right = line[max(0, start - n):start], line[end:end + n]
    for g in found:
        if g.kind == "mojibake" and g is not f:
            if g.end == start:
                left = g.after[-n:]
            elif g.start == end:
                right = g.after[:n]
    return left, right


def _trimmed_edges(line: str, found: list[_Found]) -> list[_Found]:
    """Flags for the characters trimmed repairs left out: garbled, and their bytes not all there.

    >>> _trimmed_edges("涓枃椤甸潰", [_Found(2, 5, "页面", "utf-8>gbk", trimmed=(2, 0))])
    [_Found(start=0, end=2, after='涓枃', rule='lost_bytes', kind='irrecoverable', lost=0, filled=0, cost=0.0, \
assumed=0, searched=False, trimmed=(0, 0))]
    """
    edges = []
    for f in found:
        before, after = f.trimmed
        if before:
            edges.append(_Found(f.start - before, f.start, line[f.start - before:f.start], "lost_bytes",
                                kind="irrecoverable"))
        if after:
            edges.append(_Found(f.end, f.end + after, line[f.end:f.end + after], "lost_bytes", kind="irrecoverable"))
    return edges


#: Readings whose first pass is this much worse than the best one's are not searched.
SEARCH_MARGIN = 0.25
#: Once a reading decodes cleanly and credibly, readings whose first pass is this much worse are not tried.
EXACT_MARGIN = 0.15


#: Characters a span over UTF-8 may shed at each end when no reading repairs it whole. A GBK or Big5
#: reader that takes a lead and a trail for one pair that maps to nothing, and drops it, takes a byte from
#: each character around the drop (中文 in UTF-8 read so is 涓枃: E4 B8 | AD E6 dropped | 96 87): those
#: two are lost either way, and the bytes assumed for them can sink a span whose rest decodes cleanly.
EDGE_TRIM = 2
#: A trimmed span keeps at least this many characters (fewer say too little to be credible).
MIN_TRIMMED = 4


def _trimmed_repair(line: str, a: int, b: int, hypotheses: tuple[Hypothesis, ...], rounds: int) -> _Found | None:
    """The repair of ``line[a:b]`` without up to EDGE_TRIM characters at either end (least trimmed first),
    for a span that a GBK or Big5 reading over UTF-8 may have written and that no reading repairs whole.

    >>> _trimmed_repair("涓枃椤甸潰锛屾爣棰樹贡", 0, 11, _DECODED, MAX_ROUNDS).after
    '页面，标题乱'
    """
    over_utf8 = tuple(h for h in hypotheses if h in _DECODED)
    if not over_utf8:
        return None
    cuts = sorted(((start, end) for start in range(EDGE_TRIM + 1) for end in range(EDGE_TRIM + 1)
                   if start or end), key=lambda cut: (sum(cut), cut))
    for start, end in cuts:
        if b - end - (a + start) < MIN_TRIMMED:
            continue
        found = _best_repair(line, a + start, b - end, over_utf8, rounds)
        if found is not None:
            return replace(found, trimmed=(start, end))
    return None


def _best_repair(line: str, a: int, b: int, hypotheses: tuple[Hypothesis, ...], rounds: int,
                 exact_only: bool = False) -> _Found | None:
    """The most plausible credible repair of ``line[a:b]`` (:func:`_best_reading`); where the text may
    have lost its soft hyphens, with the characters they may hide settled by the words around
    (:func:`hidden_soft_hyphens`)."""
    best = _best_reading(line, a, b, hypotheses, rounds, exact_only)
    if best is None or not any(h.reading.soft_hyphens_lost for h in hypotheses):
        return best
    return hidden_soft_hyphens(line, best)


_LATIN_TWO_BYTE_RULE_RE = re.compile("(gbk|big5)>(latin-1|cp1252|mixed)(-soft-hyphen-lost)?$")
_SOURCE_CODECS = {"gbk": GBK.codec, "big5": BIG5.codec}


def hidden_soft_hyphens(line: str, found: _Found) -> _Found:
    """``found`` (a repair of GBK or Big5 read as Latin, in a text with no soft hyphen left) with the
    characters that stripped soft hyphens may hide settled (:func:`~webclean.repair.soft_hyphens.
    settle_hidden_soft_hyphens`): 档 that the words say was 淡淡 becomes 淡淡 (two soft hyphens assumed),
    a character both readings make words of becomes U+FFFD (a ``lost_bytes`` Repair says so).

    >>> line = "ºÓÃæÉÏÆ®×ÅµµµÄË®Æû¡£"      # 河面上飘着淡淡的水汽。 read as Latin-1, its 0xAD bytes stripped
    >>> hidden_soft_hyphens(line, _Found(0, len(line), "河面上飘着档的水汽。", "gbk>latin-1")).after
    '河面上飘着淡淡的水汽。'
    """
    m = _LATIN_TWO_BYTE_RULE_RE.match(found.rule) if found.kind == "mojibake" else None
    if m is None:
        return found
    before, after = line[max(0, found.start - CONTEXT):found.start], line[found.end:found.end + CONTEXT]
    settled, decided, lost = settle_hidden_soft_hyphens(found.after, _SOURCE_CODECS[m.group(1)], before, after)
    if not decided and not lost:
        return found
    rule = found.rule if not decided or m.group(3) else found.rule + "-soft-hyphen-lost"
    return replace(found, after=settled, rule=rule, lost=found.lost + lost, filled=found.filled + decided,
                   assumed=found.assumed + 2 * decided)


def _best_reading(line: str, a: int, b: int, hypotheses: tuple[Hypothesis, ...], rounds: int,
                  exact_only: bool = False) -> _Found | None:
    """The most plausible credible repair of ``line[a:b]``. Readings are tried best first by their first
    pass (:func:`~webclean.repair.reconstruct.bad_share`): where one decodes cleanly as it is and is
    credible, no search runs; the search runs for the readings close to the best; a second round only
    where one round repairs nothing without losing characters. Readings that assume stripped soft hyphens
    come last, and win only where each soft hyphen they assume pays for itself (SOFT_HYPHEN_GAIN).
    ``exact_only``: only the best reading at first sight, searched only for a "UTF-8 first" reader's pairs."""
    span = line[a:b]
    scored = [(share, h) for share, _, h in
              sorted((bad_share(span, h.reading, h.source), i, h) for i, h in enumerate(hypotheses))]
    plain = [(share, h) for share, h in scored if not h.reading.soft_hyphens_lost]
    if exact_only:  # (a "UTF-8 first" reading needs its pairs searched even where nothing is lost)
        found = [f for share, h in plain[:1]
                 if (f := _evaluate(line, a, b, h, 1, search=h.reading.name == "mixed")) is not None]
        best = min(found, key=lambda f: f.cost, default=None)
    else:
        best = _best_plain(line, a, b, plain, rounds)
    if best is not None and not best.lost and not best.searched and not _suspect_soft_hyphens(
            best.after, "mixed" in best.rule) and not mixed_pairs_may_hide_soft_hyphens(best.rule, hypotheses):
        return best
    near = min(MAX_BAD_SHARE, scored[0][0] + SEARCH_MARGIN) if scored else 0.0
    if best is not None and not best.searched and not exact_only:
        # a clean decode that reads oddly: a "UTF-8 first" reader's pairs (three GBK bytes that happen to
        # be one UTF-8 character) may hide in it, which only the search finds
        for share, h in plain:
            if share <= near and h.reading.by_words:
                result = _evaluate(line, a, b, h, 1)
                if result is not None and result.cost < best.cost:
                    best = result
    plain_best, shy_best = best, None
    for share, h in scored:
        if h.reading.soft_hyphens_lost and share <= near:
            result = _evaluate(line, a, b, h, 1)
            if result is None:
                continue
            if shy_best is None or _shy_cost(result) < _shy_cost(shy_best):
                shy_best = result
    if shy_best is None:
        return best
    if best is None or _shy_cost(shy_best) < _with_strays(best):
        best = shy_best
    if plain_best is not None and (plain_best.searched or plain_best.lost):
        # bytes were lost either way: where the two readings disagree, each stretch is settled alone
        settled = settle_soft_hyphens(plain_best.after, shy_best.after)
        if settled != best.after:
            best = replace(best, after=settled, lost=settled.count("\ufffd"))
    return best


def mixed_pairs_may_hide_soft_hyphens(rule: str, hypotheses: tuple[Hypothesis, ...]) -> bool:
    """Whether a clean "UTF-8 first" reading (``rule``) must still be weighed against the readings that
    assume stripped soft hyphens (among ``hypotheses``), however plainly it reads. Such a reader may have
    taken a Latin letter for a UTF-8 pair: ``¾`` is the byte BE, or C2 BE, and where 经 (BE AD) lost its
    soft hyphen, ``£º¾¼Ã`` (：经济) read with C2 BE is 点：戮济学院, whose words hold every character but
    戮, so nothing looks amiss; with the soft hyphen back it is 点：经济学院. On the first 250 shared clean
    texts garbled so (GBK read "UTF-8 first" with the soft hyphens stripped), exact 210 -> 217 and
    wrong characters 18 -> 11, no other process changed. Not for other readings: there, checking the
    clean ones too turned two of our byte-complete Big5 passages into wrong characters.

    >>> shown = latin_hypotheses("ÏÔʾ")   # (a text with no soft hyphen left: they may have been stripped)
    >>> mixed_pairs_may_hide_soft_hyphens("gbk>mixed", shown), mixed_pairs_may_hide_soft_hyphens("gbk>cp1252", shown)
    (True, False)
    """
    return "mixed" in rule and any(h.reading.soft_hyphens_lost for h in hypotheses)


def _shy_cost(found: _Found) -> float:
    return _with_strays(found) + SOFT_HYPHEN_GAIN * found.assumed


#: Where a reading that assumes stripped soft hyphens and one that does not disagree on a stretch, the
#: stretch of the one is taken when it costs this much less than the other's; closer than that, neither
#: is sure and the characters stay lost (U+FFFD). A word pair is worth WORD_PAIR_BONUS (1.5), a stray
#: letter STRAY_LETTER_COST (6): one word more and nothing else is no proof.
SETTLE_MARGIN = 2.5
#: Characters of agreed context on each side of a disputed stretch that its cost takes in.
SETTLE_CONTEXT = 2


def settle_soft_hyphens(plain: str, shy: str) -> str:
    """``shy`` (the winning reading that assumes stripped soft hyphens) with each stretch where ``plain``
    (the reading that does not, which had to assume lost bytes too) disagrees settled alone: the stretch
    that reads clearly better in its context wins, and where neither does its characters are U+FFFD.
    A reading wins as a whole on its total cost, but a Big5 page that lost its 0xAD bytes is read right
    by one reading in one place and by the other in the next.

    >>> settle_soft_hyphens("本週六凌晨兩點，我戔N有專人", "本週五領晨兩點，我們將有專人")  # 週六凌晨, 週五領晨?
    '本週\ufffd\ufffd晨兩點，我們將有專人'
    >>> settle_soft_hyphens("也看不太出來哪一間", "也看不太平X來哪一間")
    '也看不太出來哪一間'
    """
    out, pos = [], 0
    matcher = difflib.SequenceMatcher(None, plain, shy, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        left, right = shy[max(0, j1 - SETTLE_CONTEXT):j1], shy[j2:j2 + SETTLE_CONTEXT]
        mine = _settle_cost(left + shy[j1:j2] + right)
        theirs = _settle_cost(left + plain[i1:i2] + right)
        out.append(shy[pos:j1])
        if theirs + SETTLE_MARGIN <= mine:
            out.append(plain[i1:i2])
        elif mine + SETTLE_MARGIN <= theirs:
            out.append(shy[j1:j2])
        else:
            out.append("".join("\ufffd" if c >= "\x80" else c for c in shy[j1:j2]))
        pos = j2
    out.append(shy[pos:])
    return "".join(out)


def _settle_cost(text: str) -> float:
    return text_cost(text) + STRAY_LETTER_COST * len(_STRAY_LETTER_RE.findall(text)) + LOST_RANK * text.count("\ufffd")


def _best_plain(line: str, a: int, b: int, scored: list[tuple[float, Hypothesis]], rounds: int) -> _Found | None:
    best: _Found | None = None
    best_share = 1.0
    for share, h in scored:
        if best is not None and share > best_share + EXACT_MARGIN:
            break  # a reading this much worse at first sight will not read better
        result = _evaluate(line, a, b, h, 1, search=False)
        if result is not None and (best is None or result.cost < best.cost):
            best, best_share = result, share
    if best is not None and not best.lost:
        return best
    if best is None and rounds >= 2:
        # a second round where the first reads back cleanly but as garbage still (double UTF-8, GBK read
        # as Latin and then as UTF-8 again): cheap, as both rounds decode as they are
        for share, h in scored:
            if share > scored[0][0] + EXACT_MARGIN:
                break
            result = _evaluate(line, a, b, h, rounds, search=False)
            if result is not None and (best is None or result.cost < best.cost):
                best = result
        if best is not None and not best.lost:
            return best
    near = [h for share, h in scored if share <= min(MAX_BAD_SHARE, scored[0][0] + SEARCH_MARGIN)] if scored else []
    for h in near:
        result = _evaluate(line, a, b, h, 1)
        if result is not None and (best is None or result.cost < best.cost):
            best = result
    if best is not None or rounds < 2:
        return best
    for _, h in scored:  # a second round after a search
        if h in near:
            result = _evaluate(line, a, b, h, rounds)
            if result is not None and (best is None or result.cost < best.cost):
                best = result
    return best


def foreign_reading_of(span: str, hypotheses: tuple[Hypothesis, ...]) -> str | None:
    """Korean, Japanese or Greek when the bytes behind ``span`` (as one of its readings wrote them) read as
    that script's own text.

    >>> foreign_reading_of("¿À´Ã ¼­¿ïÀÇ ³¯¾¾´Â ¸¼°í", latin_hypotheses("¿À´Ã"))
    'korean'
    """
    for reading in dict.fromkeys(h.reading for h in hypotheses if not h.reading.soft_hyphens_lost):
        data = usual_bytes(span, reading)
        script = foreign_reading(data.replace(b"\xff", b"")) if data is not None else None
        if script:
            return script
    return None


# ------------------------------------------------------------------------------------------------ API
_LOSSY_RE = re.compile("(?=[锟烫屯\ufffd?])(?:(?:锟斤拷)+|烫{3,}|屯{3,}|\ufffd+|(?<=[\u4e00-\u9fff])\\?{2,})")


def find_lossy_markers(text: str) -> list[tuple[int, int]]:
    """Spans of characters that betray bytes already lost: U+FFFD runs, ``锟斤拷``, ``烫烫烫``, ``屯屯屯``, ``??``.

    ``锟斤拷`` is two U+FFFD written as UTF-8 and read as GBK; ``烫``/``屯`` are the GBK reading of
    0xCC/0xCD fill bytes of uninitialised memory.  None of them can be turned back into text.

    >>> find_lossy_markers("价格锟斤拷元")
    [(2, 5)]
    """
    return [m.span() for m in _LOSSY_RE.finditer(text)]


#: A line longer than this (characters) is repaired in stretches around its odd characters: an HTML page
#: is often one line, and a paragraph is rarely longer.
LONG_LINE = 2000
#: A stretch takes in odd characters less than this far apart, and this much clean text on each side.
STRETCH_GAP = 24
#: A stretch of dense garbling is cut near this length, at an ASCII character where one is near.
STRETCH_MAX = 4000


def _piece_around(text: str, m_start: int, m_end: int) -> tuple[int, int]:
    """The piece of ``text`` to repair around a suspect pair at ``m_start:m_end``: its line, or in a long
    line the stretch of odd characters around it.

    >>> text = "正文。" * 1000 + "鍙戝竷浜嗘柊" + "正文。" * 1000
    >>> a, b = _piece_around(text, 3000, 3003); (a, b)
    (2976, 3030)
    """
    start = text.rfind("\n", 0, m_start) + 1
    end = text.find("\n", max(start, m_end - 1))
    end = len(text) if end < 0 else end + 1
    if end - start <= LONG_LINE:
        return start, end
    a, b = max(start, m_start - STRETCH_GAP), m_end
    while b - a < STRETCH_MAX:
        nxt = ODD_RE.search(text, b, min(end, b + STRETCH_GAP))
        if nxt is None:
            break
        b = nxt.end()
    if b - a >= STRETCH_MAX:
        cut = text.find(" ", b, min(end, b + STRETCH_GAP))
        return a, (cut + 1 if cut >= 0 else b)
    return a, min(end, b + STRETCH_GAP)


def repair_text_with_repairs(text: str, check: Callable[[], None] | None = None) -> tuple[str, list[Repair]]:
    """Repair mojibake in ``text`` and say what was done (``where`` indexes the input string).

    Text is repaired line by line (garbling follows the lines and blocks of a page), and only lines that
    hold a suspect pair are looked at. ``check``, when given, is called before each line and may raise to
    stop the work (the pipeline passes its time-budget check).

    >>> repair_text_with_repairs("标题：ä¸­æ–‡")[1][0].rule
    'utf-8>cp1252'
    """
    check_text(text)
    if check is not None and not callable(check):
        raise TypeError(f"check must be a function or None, not {type(check).__name__}")
    if not text:
        return text, []
    pos = 0

    def handled_up_to() -> int:
        """Where the pieces repaired so far end: read by the search each time it resumes."""
        return pos

    # The gate and the search are one scan: the first suspect pair (clean text has none) is where the
    # search starts, so a garbled text is not scanned up to it twice.
    pairs = suspect_pairs(text, skip_to=handled_up_to)
    first = next(pairs, None)
    if first is None:
        return text, []
    # soft hyphens are stripped from a whole text or not at all: one left anywhere rules the reading out
    shy = "\xad" not in text
    done: list[tuple[int, int, list[_Found]]] = []  # pieces repaired: start, end, spans found (in the text)
    for m_start, m_end in chain((first,), pairs):
        start, end = _piece_around(text, m_start, m_end)
        start = max(start, pos)  # (a stretch may reach back into the piece before it)
        if start >= end:
            continue
        if check is not None:
            check()  # the pipeline's time budget: raises when the page has run out of time
        found = _repair_line(text[start:end], shy=shy)[1]
        done.append((start, end, [replace(f, start=f.start + start, end=f.end + start) for f in found]))
        pos = end
    everything, more = _page_reading_repairs(text, [f for _, _, found in done for f in found])
    again = iter(everything)
    repairs = [r for start, end, found in done for r in _repairs_of(text, start, end, [next(again) for _ in found])]
    repairs += _repairs_of(text, 0, 0, more)
    pieces, pos = [], 0
    for f in sorted((f for f in everything + more if f.kind == "mojibake"), key=lambda f: f.start):
        pieces += [text[pos:f.start], f.after]
        pos = f.end
    pieces.append(text[pos:])
    return "".join(pieces), repairs


def _repairs_of(text: str, start: int, end: int, found: list[_Found]) -> list[Repair]:
    """The Repairs for the spans found in ``text[start:end]`` (in the text's offsets), and the lost-byte
    markers there that no span covers."""
    repairs: list[Repair] = []
    for f in found:
        where = f"text[{f.start}:{f.end}]"
        before = text[f.start:f.end]
        if f.kind != "mojibake":
            repairs.append(Repair(f.kind, before, before, where, f.rule))
            continue
        repairs.append(Repair("mojibake", before, f.after, where, f.rule))
        if f.filled:
            repairs.append(Repair("lost_character", before, f.after, where, "word_list"))
        if f.lost:
            repairs.append(Repair("irrecoverable", before, f.after, where, "lost_bytes"))
    for a, b in find_lossy_markers(text[start:end]):
        a, b = a + start, b + start
        if not any(f.start <= a and b <= f.end for f in found):
            repairs.append(Repair("irrecoverable", text[a:b], text[a:b], f"text[{a}:{b}]", "lossy_marker"))
    return repairs


#: A page is known to be GBK (or Big5) read as Latin once this many spans were repaired that way ...
PAGE_READING_MIN = 3
#: ... and they are this share of the page's repairs at least.
PAGE_READING_SHARE = 0.8
_LATIN_RUN_RE = re.compile("[\u00a1-\u00ff" + re.escape(CP1252_EXTRAS) + "\u0100-\u07ff]{2,}|[\u0100-\u07ff]")
_PAGE_RULE_RE = re.compile("(gbk|big5)>(latin-1|cp1252|mixed)$")


def _page_reading_repairs(text: str, found: list[_Found]) -> tuple[list[_Found], list[_Found]]:
    """Once a page is known to be GBK or Big5 read as Latin (PAGE_READING_MIN repairs that way, at least
    PAGE_READING_SHARE of them from one source), the spans and runs that reading explains are read that way:

    - a span repaired from the other source, where the page's own source decodes it credibly too: a line
      that is a flowchart (``©°©¤©¤`` is ``┌──`` in GBK, ``庚岸岸`` in Big5) reads cheaper as common hanzi;
    - short runs of Latin letters left, where they decode cleanly and credibly: a menu word between spaces
      (``ä¯ ÀÀ`` for 浏 览), a full-width space (``¡¡``), a name alone on a line (``ÜÔÀò`` for 茉莉) are too
      short to stand out by themselves.

    Returns the spans found, some read again, and the new ones.

    >>> page = "ÐÂÎÅ ¹«¸æ|ÌåÓý ²Æ¸»|¿Æ¼¼ ÓéÀÖ|<td>¡¡</td>".replace("|", "\\n")
    >>> repair_text_with_repairs(page)[0].split("\\n")[-1]
    '<td>\\u3000</td>'
    """
    counts: Counter[str] = Counter()
    for f in found:
        if f.kind == "mojibake" and (m := _PAGE_RULE_RE.match(f.rule)):
            counts[m.group(1)] += 1
    total = sum(counts.values())
    if not counts or total < PAGE_READING_MIN:
        return found, []
    name, n = counts.most_common(1)[0]
    if n < PAGE_READING_SHARE * total or n < PAGE_READING_SHARE * sum(f.kind == "mojibake" for f in found):
        return found, []
    source = GBK if name == "gbk" else BIG5
    # a Latin reader never writes ʾ for CA BE: a few such repairs show a "UTF-8 first" reader throughout
    mixed = sum(f.rule == f"{name}>mixed" for f in found) >= PAGE_READING_MIN
    again = []
    for f in found:
        m = _PAGE_RULE_RE.match(f.rule) if f.kind == "mojibake" else None
        g = _page_read(text, f.start, f.end, source) if m and m.group(1) != name else None
        if g is None and m and mixed and m.group(2) != "mixed":
            g = _page_read_mixed(text, f, source)
        again.append(f if g is None else g)
    covered = _Covered((f.start, f.end) for f in found)
    more = []
    for m in _LATIN_RUN_RE.finditer(text):
        a, b = m.span()
        if not covered.overlaps(a, b) and (g := _page_read(text, a, b, source)) is not None:
            more.append(g)
    return again, more


class _Covered:
    """Spans of a text, asked whether a stretch overlaps any of them: a page holds hundreds of spans and
    thousands of Latin runs, and testing every span for every run made the page reading quadratic.

    >>> covered = _Covered([(10, 20), (2, 4)])
    >>> covered.overlaps(4, 10), covered.overlaps(3, 5), covered.overlaps(19, 30), covered.overlaps(20, 30)
    (False, True, True, False)
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))  # furthest end among the first k

    def overlaps(self, a: int, b: int) -> bool:
        """Whether some span starts before ``b`` and ends after ``a``."""
        i = bisect_left(self.starts, b) - 1
        return i >= 0 and self.reach[i] > a


def _page_read_mixed(text: str, f: _Found, source: Source) -> _Found | None:
    """A span repaired as read by a plain Latin reader, read again by the "UTF-8 first" reader that read the
    rest of the page, where that reconstruction costs less: a span with no letter of its own to show that
    reader (``ÍøÂçµÀ·``: · is C2 B7, 路, which a Latin reading takes for B7 alone) is a plain span only
    at first sight."""
    span = text[f.start:f.end]
    rec = reconstruct(span, MIXED, source)
    if rec is None or rec.invalid or rec.cost >= f.cost:
        return None
    after, filled, lost = fill_holes(rec.pieces)
    if not credible_repair(span, after, lost > 0):
        return None
    return _Found(f.start, f.end, after, f"{source.name}>mixed", lost=lost, filled=filled, cost=rec.cost)


def _page_read(text: str, a: int, b: int, source: Source) -> _Found | None:
    """``text[a:b]`` read as ``source`` bytes read as Latin, if that decodes cleanly and credibly."""
    span = text[a:b]
    data = usual_bytes(span, MIXED)
    try:
        after = data.decode("gbk" if source is GBK else "big5") if data is not None else ""
    except UnicodeDecodeError:
        return None
    if after and all(c < "\x80" or (c >= "\u2000" and char_cost(c) < PAGE_READING_MAX_COST) for c in after):
        return _Found(a, b, after, f"{source.name}>" + ("cp1252" if _CP1252_RE.search(span) else "latin-1"))
    return None


#: Characters a page reading may write (it needs no other proof): hanzi of the word list's ranks, CJK
#: punctuation and symbols (↓ 〓), box drawing, the full-width space GBK A3 A0; not the rare hanzi and
#: private-use characters a wrong reading writes.
PAGE_READING_MAX_COST = 6.0


def load_tables() -> None:
    """Load the tables and compile the patterns the repair uses, so that the first garbled line a process
    meets does not pay for them (the word pairs, character classes, the Latin readings' byte tables).

    >>> load_tables()
    """
    from ..core.plausibility import pair_flags, script_chars, standalone_chars

    repair_text("鍙戝竷浜嗘柊鐗堟湰 ÖÐÎÄÍøÒ³ 經濟")
    pair_flags("經濟发展")
    script_chars()
    standalone_chars()
    clear_text_caches()


def clear_text_caches() -> None:
    """Forget the reconstructions remembered by text (for timing repairs fairly; tables stay loaded).

    >>> clear_text_caches()
    """
    _evaluate_once.cache_clear()
    _badness_of.cache_clear()
    _outside_counts.cache_clear()
    clear_reconstruction_caches()
    clear_hole_caches()


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
