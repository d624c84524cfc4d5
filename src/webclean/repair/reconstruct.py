"""Byte-level reconstruction: the bytes a garbled span most probably came from, decoded in their own charset.

A garbled span is what a *reading* (the decoder that did not match) made of the bytes of a *source* charset.
Undoing it one character at a time allows what whole-span chains cannot: each character may have come
from more than one byte sequence (``é`` is the byte E9, or the UTF-8 pair C3 A9 when a "UTF-8 first"
reader found one), a U+FFFD or a byte lost on the way (a soft hyphen stripped, a C1 control dropped) stands
for bytes whose value is unknown or only partly known. A Viterbi search over these alternatives keeps, for
each way the source decoder can be left mid-character, the cheapest explanation so far: cost is what the
decoded characters cost as real text (:func:`webclean.core.plausibility.char_cost`) plus a price for every
byte that had to be assumed. A character whose bytes are not all known comes out as a :class:`Hole`; it is
never guessed here.

Most of a garbled span decodes cleanly with each character's first alternative, so the search runs in two
passes: the first decodes the whole span that way with the C codecs and notes where the result goes wrong
(an invalid byte, a U+FFFD, an unlikely character); the second allows the alternatives only in small windows
around those places and decodes the stretches between them with the C codecs again.

>>> from webclean.repair.reconstruct import LATIN, MIXED, GBK, reconstruct
>>> reconstruct("ϵͳÏÔʾ", MIXED, GBK).text()       # GBK read "UTF-8 first, else Latin-1"
'系统显示'
>>> reconstruct("¾­¹ý", LATIN, GBK).text()           # 经过 read as Latin-1
'经过'
>>> reconstruct("¾¹ý", LATIN, GBK).pieces            # ... and its soft hyphen (0xAD) stripped since
(Hole(BE ?33 gb18030), '过')
"""
from __future__ import annotations

import bisect
import codecs
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from itertools import accumulate, product

from ..core.plausibility import NEUTRAL_PUNCT, char_cost, char_ranks, core_hanzi, is_word_pair, pair_flags

__all__ = ["Hole", "Undecided", "undecided_stretches", "words_vouch", "words_hold_every_hanzi",
           "words_side_with_best", "CONTEST_MARGIN",
           "Reading", "Source", "Reconstruction", "reconstruct", "LATIN", "LATIN_STRICT", "MIXED", "LATIN_SHY",
           "MIXED_SHY", "GBK_READING", "BIG5_READING", "GBK", "BIG5", "UTF8", "ANY_LOST", "C1_LOST", "CP1252_UNDEFINED",
           "LATIN_LOST", "stripped_bytes", "with_stripped_bytes", "may_hide_a_misalignment", "STRIPPED_PRICE",
           "MIN_EXTENSION_PAIRS",
           "SOFT_HYPHEN", "hole_candidates", "trouble_marks", "first_trouble", "encoded_length", "default_bytes",
           "undecodable_before",
           "reconstruction_cost", "bad_share", "MAX_BAD_SHARE", "usual_bytes", "text_cost", "CJK_PUNCTUATION_CLASS",
           "TRAIL_ASCII_CLASS", "stray_trail_cost", "STRAY_TRAIL_COST"]

#: A byte of the source: known, or the set of values a lost byte may have had.
Byte = int | frozenset

# A decoder never loses an ASCII byte (every reading maps ASCII to itself), so a lost byte is >= 0x80.
ANY_LOST = frozenset(range(0x80, 0x100))
C1_LOST = frozenset(range(0x80, 0xA0))  # C1 controls, which text extractors strip after a Latin-1 reading
CP1252_UNDEFINED = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))  # cp1252 decodes these to nothing (or U+FFFD)
SOFT_HYPHEN = 0xAD  # Latin-1 U+00AD is invisible, and text extraction strips it
#: What a byte lost after a Latin reading may have been: a stripped soft hyphen or C1 control, or one of
#: cp1252's undefined bytes. A soft hyphen alone would make the lost byte certain, but nothing in the text
#: tells which of these processes ran, so a character with such a byte is a hole like any other.
LATIN_LOST = C1_LOST | {SOFT_HYPHEN}

# ------------------------------------------------------------------------------------------------ costs
#: What an unknown character costs in a reconstruction: about what a rare-but-real character costs, so a
#: span is not explained away as holes when a reading of its bytes gives real text.
HOLE_COST = 3.0
#: A character with one byte unknown costs this much more than its most plausible candidate: it may well
#: be filled from the word list, but it is still a guess until then.
HOLE_DOUBT = 1.0
#: Price of assuming a byte of unknown value was lost (a C1 control stripped, a byte a decoder dropped)
#: where nothing shows it: with the hole it leaves, more than the rarest real character costs (8), so a
#: loss is never assumed only to avoid one rare character (``µk`` is 祂, not 的-with-a-lost-byte + k);
#: a real loss misreads the characters after it until it is assumed, which costs far more.
ASSUMED_LOST_BYTE = 7.5
#: Price of assuming a stripped soft hyphen where a text shows soft-hyphen stripping may have happened:
#: the byte's value is known and such text loses one wherever one was, so it is cheap; but two must still
#: pay for themselves in words (``淡淡`` against ``档`` for ``µµ``).
SOFT_HYPHEN_PRICE = 1.0
#: Price of reading a Latin-1 character as a two-byte UTF-8 sequence where the span shows a "UTF-8 first"
#: reader at work (letters only it writes, ``ʾ ϵ ͳ``): a word pair's bonus (WORD_PAIR_BONUS), as a pair
#: read so makes one character more from the same bytes, and each character more may make one word pair
#: more (十二条公交 read with ``õ`` as C3 B5 is 十二堂德公交, where 二堂, 堂德 and 德公 are all in the list).
MIXED_PAIR = 1.5
#: The same where nothing in the span shows such a reader: ``¾¹ý`` is 经过 with its soft hyphen lost,
#: not 竟 and ``ý`` as the pair C3 BD (媒).
UNEVIDENCED_MIXED_PAIR = 8.0
#: Punctuation that clean Chinese text uses next to mojibake (``麦格劳—å¸å°``, a template's ``：`` between
#: two garbled fields): inside a Latin span it may be itself, written in the source charset, at this price.
LITERAL_PUNCT = frozenset("—…“”‘’–") | NEUTRAL_PUNCT
LITERAL_PRICE = 1.0
#: What an invalid byte costs inside a stretch decoded in one go (outside the windows a path cannot die).
INVALID_COST = 10.0
#: Characters at or above this cost mark the place where a first-pass decode went wrong: rare hanzi outside
#: the common sets, symbols, Latin letters amid hanzi, controls (a misaligned GBK pair is one of these
#: four times in five).
TROUBLE_COST = 4.0
#: What two characters side by side inside a word of the word list take off the cost: where two readings
#: both give common characters (``不宜盲目`` and ``猜灰虽目`` from one mixed reading), words tell them apart.
WORD_PAIR_BONUS = 1.5
#: Paths costlier than the best by more than this are dropped (a misaligned path loses ~5 per character).
PRUNE_MARGIN = 16.0
#: Paths kept at most after each character (the cheapest): a window rarely holds more than a few live
#: explanations, and each one kept costs every step after it.
BEAM = 6
#: Bytes before and after a place that went wrong in which alternatives are tried: a misaligned GBK pair
#: is a common character about one time in three, so a lost byte may show only a few characters later.
WINDOW_BACK = 10
WINDOW_AHEAD = 4
#: UTF-8 tells where every character starts: a byte lost or misread shows right where it happened.
UTF8_WINDOW = 1
#: Candidate byte combinations listed for a hole at most (one unknown byte gives at most 128).
MAX_CANDIDATES = 4096


@dataclass(frozen=True)
class Hole:
    """A character of the source whose bytes are only partly known: ``pattern`` holds each byte, known
    (an int) or the set of values it may have had.

    >>> Hole((0xE9, frozenset({0xA3, 0xA1}), 0x9E), "utf-8").candidates()
    ('類', '飞')
    """

    pattern: tuple[Byte, ...]
    codec: str

    def __repr__(self) -> str:
        shown = " ".join(f"{b:02X}" if isinstance(b, int) else f"?{len(b)}" for b in self.pattern)
        return f"Hole({shown} {self.codec})"

    @property
    def unknown(self) -> int:
        """How many of the bytes are unknown."""
        return sum(not isinstance(b, int) for b in self.pattern)

    def candidates(self) -> tuple[str, ...] | None:
        """Every character the pattern can decode to (``None`` when there are too many to list)."""
        return hole_candidates(self.pattern, self.codec)


@dataclass(frozen=True)
class Undecided:
    """A character that two readings of the same bytes, close in cost, write differently: ``best`` is the
    cheaper reading's, ``other`` what the other reading wrote over the same stretch. The bytes do not
    decide, so it is never written (U+FFFD stands in).

    >>> Undecided("栽", "原原")
    Undecided('栽' or '原原')
    """

    best: str
    other: str

    def __repr__(self) -> str:
        return f"Undecided({self.best!r} or {self.other!r})"


@lru_cache(maxsize=8192)
def hole_candidates(pattern: tuple[Byte, ...], codec: str) -> tuple[str, ...] | None:
    """The characters ``pattern`` can decode to in ``codec``, in byte order; ``None`` past MAX_CANDIDATES.

    >>> hole_candidates((0xE4, 0xB8, frozenset({0xAD})), "utf-8")
    ('中',)
    """
    choices = [(b,) if isinstance(b, int) else sorted(b) for b in pattern]
    n = 1
    for c in choices:
        n *= len(c)
    if n > MAX_CANDIDATES:
        return None
    out = []
    for combo in product(*choices):
        try:
            ch = bytes(combo).decode(codec)
        except UnicodeDecodeError:
            continue
        if len(ch) == 1:
            out.append(ch)
    return tuple(out)


# ---------------------------------------------------------------------------------------------- sources
@dataclass(frozen=True)
class Source:
    """The charset the bytes were written in: ``utf-8``, or a two-byte charset (GBK as GB18030's two-byte
    table, Big5). ``codec`` is the Python codec that decodes it."""

    name: str
    codec: str

    @property
    def two_byte(self) -> bool:
        return self.name != "utf-8"


GBK = Source("gbk", "gb18030")
BIG5 = Source("big5", "big5")
UTF8 = Source("utf-8", "utf-8")

_UTF8_CONT = frozenset(range(0x80, 0xC0))
_UTF8_LEAD2 = frozenset(range(0xC2, 0xE0))
_UTF8_LEAD3 = frozenset(range(0xE0, 0xF0))
_PAIR_LEADS = frozenset(range(0x81, 0xFF))


@lru_cache(maxsize=4)
def pair_table(codec: str) -> dict[int, str]:
    """Every valid two-byte character of ``codec`` as ``{lead << 8 | trail: char}``."""
    table: dict[int, str] = {}
    trails = list(range(0x40, 0x7F)) + list(range(0x80, 0xFF))
    for lead in range(0x81, 0xFF):
        # one decode per lead: pairs separated by newlines, failures come out as U+FFFD
        data = b"\n".join(bytes((lead, t)) for t in trails)
        for t, ch in zip(trails, data.decode(codec, "replace").split("\n")):
            if len(ch) == 1 and ch != "\ufffd":
                table[lead << 8 | t] = ch
    return table


@lru_cache(maxsize=4)
def _pair_trails(codec: str) -> frozenset[int]:
    return frozenset(k & 0xFF for k in pair_table(codec))


def _utf8_length(lead: Byte) -> int:
    first = lead if isinstance(lead, int) else min(lead)
    return 2 if first < 0xE0 else 3 if first < 0xF0 else 4


@lru_cache(maxsize=65536)
def _step(source: Source, pending: tuple[Byte, ...], byte: Byte) -> tuple[tuple[tuple[Byte, ...], object], ...]:
    """Feed one byte to the source decoder left at ``pending``: every (new pending, emitted) it allows,
    where emitted is None (mid-character), a character, or a :class:`Hole`. Empty: the byte cannot come here."""
    known = isinstance(byte, int)
    if not pending:
        if known and byte < 0x80:
            return (((), chr(byte)),)
        if source.two_byte:
            if known:
                return (((byte,), None),) if byte in _PAIR_LEADS else ()
            leads = byte & _PAIR_LEADS
            return (((leads,), None),) if leads else ()
        if known:
            return (((byte,), None),) if 0xC2 <= byte <= 0xF4 else ()
        out = []
        for leads in (byte & _UTF8_LEAD2, byte & _UTF8_LEAD3):
            if leads:
                out.append(((leads,), None))
        return tuple(out)
    if source.two_byte:
        lead = pending[0]
        if known:
            table = pair_table(source.codec)
            if isinstance(lead, int):
                ch = table.get(lead << 8 | byte)
                return (((), ch),) if ch else ()
            if any((one << 8 | byte) in table for one in lead):
                return (((), Hole((lead, byte), source.codec)),)
            return ()
        trails = byte & _pair_trails(source.codec)
        return (((), Hole((lead, trails), source.codec)),) if trails else ()
    # UTF-8 continuation byte
    if known and byte not in _UTF8_CONT:
        return ()
    cont = byte if known else byte & _UTF8_CONT
    if not known and not cont:
        return ()
    seq = pending + (cont,)
    if len(seq) < _utf8_length(seq[0]):
        return ((seq, None),)
    if all(isinstance(b, int) for b in seq):
        try:
            return (((), bytes(seq).decode("utf-8")),)
        except UnicodeDecodeError:
            return ()
    return (((), Hole(seq, "utf-8")),)


@lru_cache(maxsize=65536)
def _feed(source: Source, pending: tuple[Byte, ...], seq: tuple[Byte, ...]
          ) -> tuple[tuple[tuple[Byte, ...], tuple], ...]:
    """:func:`_step` over several bytes: every (new pending, emitted items) they allow."""
    paths: list[tuple[tuple[Byte, ...], tuple]] = [(pending, ())]
    for byte in seq:
        nxt = []
        for state, emitted in paths:
            for new_state, item in _step(source, state, byte):
                nxt.append((new_state, emitted + (item,) if item is not None else emitted))
        paths = nxt
        if not paths:
            break
    return tuple(paths)


# --------------------------------------------------------------------------------------------- readings
Options = tuple[tuple[tuple[Byte, ...], float], ...]


@dataclass(frozen=True)
class Reading:
    """The decoder that garbled the text: ``latin`` (Latin-1 or cp1252, with UTF-8 where a "UTF-8 first"
    reader found valid sequences), or a two-byte codec (``gbk`` as GB18030, ``big5``)."""

    name: str
    codec: str
    mixed_price: float | None = MIXED_PAIR  # None: a Latin character is always one byte
    soft_hyphens_lost: bool = False  # every 0xAD byte was stripped (as U+00AD) after the reading
    #: What a byte stripped without a trace was, where soft hyphens were: 0xAD, or a set of values where
    #: the text leaves open that other bytes were stripped too (:func:`stripped_bytes`).
    stripped: Byte = SOFT_HYPHEN
    #: What a byte lost without a trace may have been, and the price of assuming one: unknown and dear,
    #: or what the line shows its reader stripped, and cheap (:func:`with_stripped_bytes`).
    dropped: frozenset = LATIN_LOST
    dropped_price: float = ASSUMED_LOST_BYTE

    @property
    def by_words(self) -> bool:
        """Whether a misreading may leave nothing but common characters (pairs read as one byte, lost soft
        hyphens), so that places going wrong are found by words too (:func:`trouble_marks`)."""
        return self.name == "mixed" or self.loses_bytes

    @property
    def loses_bytes(self) -> bool:
        """Whether the text shows bytes were stripped after this reading (soft hyphens, C1 bytes), so
        that a clean decode may hide misaligned pairs."""
        return self.soft_hyphens_lost or self.dropped_price < ASSUMED_LOST_BYTE

    def options(self, ch: str, after: int | None = None) -> Options | None:
        """The byte sequences ``ch`` may stand for, each with its price, the usual one first; ``None`` when
        this reading cannot produce ``ch``. ``after`` is the first byte of what follows, when known: a byte
        a GBK or Big5 reader replaced by U+FFFD could not start a character with it."""
        return _options(self, ch, after if ch == "\ufffd" and self.name in ("gbk", "big5") else None)

    def gap_options(self, after: int | None = None) -> Options:
        """Bytes that may have been lost before a character starting with byte ``after`` without a trace."""
        if self.name in ("latin", "mixed"):
            lost = (((self.dropped,), self.dropped_price), ((self.dropped, self.dropped), 2 * self.dropped_price))
            return (((self.stripped,), SOFT_HYPHEN_PRICE),) + lost if self.soft_hyphens_lost else lost
        # a GBK or Big5 reader drops a bad lead, and often the byte after it too
        last = undecodable_before(self.codec, after)
        return (((last,), ASSUMED_LOST_BYTE), ((ANY_LOST, last), 2 * ASSUMED_LOST_BYTE))


#: Latin-1/cp1252 (a Latin character may still be a UTF-8 pair, at a higher price).
LATIN = Reading("latin", "cp1252", UNEVIDENCED_MIXED_PAIR)
#: Latin-1/cp1252 over UTF-8 bytes: a "UTF-8 first" reader would have read them right, so every
#: character is one byte.
LATIN_STRICT = Reading("latin", "cp1252", None)
#: A "UTF-8 first, else Latin-1/cp1252" reader, where the span shows its letters.
MIXED = Reading("mixed", "cp1252", MIXED_PAIR)
#: The same two, with every soft hyphen stripped after the reading (the text holds no U+00AD): a GBK
#: or Big5 byte 0xAD (经 BE AD, 個 AD D3) is gone, and its value is known.
LATIN_SHY = Reading("latin", "cp1252", UNEVIDENCED_MIXED_PAIR, soft_hyphens_lost=True)
MIXED_SHY = Reading("mixed", "cp1252", MIXED_PAIR, soft_hyphens_lost=True)

# What only a reader that kept the bytes 0x80-0x9F writes: the C1 controls (Latin-1) and cp1252's letters
# for them, less the punctuation clean Chinese text writes itself (“”‘’…—–, LITERAL_PUNCT) and the
# letters below U+0800 that a "UTF-8 first" reader makes of two GBK bytes as well (Ž is C5 BD, of 杜江).
_C1_KEPT_RE = re.compile("[\x80-\x9f€‚„†‡‰‹•™›]")
# The bytes of a Latin reading taken two at a time from each run's first high byte (other characters
# blanked first), as a GBK reader would take them ...
_PAIR_OR_BYTE_RE = re.compile("[\x81-\xfe][\x00-\xff]|[\x00-\xff]")
# ... and a pair outside GB2312 among them: a lead or a trail below 0xA1 (of those, a Latin-1 reader's
# C1 stripping leaves the lead 0xA0 and the trails 0x40-0x7E and 0xA0; where 0x80-0x9F were kept, some
# of them would show too).
_GBK_EXTENSION_PAIR_RE = re.compile("[\x81-\xa0][\x40-\x7e\x80-\xfe]|[\xa1-\xfe][\x40-\x7e\x80-\xa0]")
_WIDE_CHAR_RE = re.compile("[^\x00-\xff]")
# ... both in one scan: a pair outside GB2312 (group 1), or a run of bytes and pairs that are not, taken
# as a GBK reader takes them (a lead byte 0x81-0xFE always with the byte after it)
_EXTENSION_PAIR_OR_RUN_RE = re.compile("([\x81-\xa0][\x40-\x7e\x80-\xfe]|[\xa1-\xfe][\x40-\x7e\x80-\xa0])"
                                       "|(?:[\x00-\x80\xff]|[\x81-\xa0][\x00-\x3f\x7f\xff]"
                                       "|[\xa1-\xfe][\x00-\x3f\x7f\xa1-\xff])+")
#: Pairs outside GB2312 a line must show before their C1 bytes are missed: a third of GBK/4's pairs (lead
#: 0xAA-0xFE, trail 0x40-0xA0) have none, so one such pair alone (硏 B3 78 in 脸红的拉面硏究所) says
#: little, and read as C1 stripping it turned 拉面 of a text read byte for byte into U+FFFD.
MIN_EXTENSION_PAIRS = 2
# cp1252's undefined bytes kept (as C1 controls) or replaced (U+FFFD): the reader dropped none of them
_UNDEFINED_KEPT_RE = re.compile("[\x80-\x9f\ufffd]")
_CP1252_STRIPPED = CP1252_UNDEFINED | {SOFT_HYPHEN}


def _gbk_extension_pair(line: str) -> bool:
    """Whether the Latin characters of ``line``, read as GBK pairs, hold MIN_EXTENSION_PAIRS outside
    GB2312: ``\\xa0I`` (營 A0 49 in 露營圖文 read as Latin-1, its C1 bytes lost) and ``Þr`` (農 DE 72),
    not ``©I`` in ``£©ICSS`` (）ICSS), nor ``³x`` (硏 B3 78) alone.

    >>> _gbk_extension_pair("Â¶\xa0IDÎÄ£ºÞr"), _gbk_extension_pair("£©ICSS"), _gbk_extension_pair("³x¾¿")
    (True, False, False)
    """
    blanked = _WIDE_CHAR_RE.sub("\x00", line)
    # (one regex step per pair found, and none past the last one needed: a page-long line read as Latin
    # is thousands of pairs, each tested on its own before)
    found = 0
    for m in _EXTENSION_PAIR_OR_RUN_RE.finditer(blanked):
        if m.group(1) is not None:
            found += 1
            if found >= MIN_EXTENSION_PAIRS:
                return True
    return False


def stripped_bytes(line: str, source: Source) -> Byte:
    """What a byte that vanished without a trace from GBK or Big5 bytes read as Latin (in a line with no
    soft hyphen left) may have been. A stripped soft hyphen is 0xAD; but a Latin-1 reader's text loses
    its C1 bytes (0x80-0x9F) as easily, and where the line shows GBK pairs outside GB2312 (營 A0 49 is
    ``\xa0I``; 露營圖文 read so is ``Â¶\xa0IDÎÄ``, 圖 88 44 without its lead) but no byte of 0x80-0x9F,
    such a reader is at work: there the lost byte is any of them or 0xAD, and a character it makes is a
    hole the word list must decide (內文, 83 C8 CE C4, read so is ``ÈÎÄ``; 0xAD after ``È`` made 拳文,
    and 0x8D in 訊 D3 8D, lost, made 迎 D3 AD). A cp1252 reader writes some of them as its letters
    (``€`` for 0x80 of 還 DF 80): then it lost a soft hyphen or one of the five bytes it leaves undefined
    (81 8D 8F 90 9D), which a reader that drops them loses without a trace: 有愛 (D3 D0 90 DB) read so is
    ``ÓÐÛ``, and 0xAD put back made 迎雄 (D3 AD D0 DB). Where those five show too (as C1 controls or U+FFFD), or
    a Latin-1 reader kept its C1 controls, a soft hyphen is all that can be missing. Big5 has no byte in
    0x80-0xA0: only a soft hyphen takes a byte from it. (On the first 250 shared clean texts garbled so,
    wrong characters for GBK read as Latin-1 without its C1 bytes 238 -> 148, for GBK read as cp1252
    dropping its undefined bytes 89 -> 45.)

    >>> stripped_bytes("ÈÎÄÓÐ²»¶¨ÆÚµÄ¸üÐÂÂÃß[¡¢Â¶\xa0IDÎÄÓÏ¢ ÖxÖx!", GBK) == LATIN_LOST
    True
    >>> stripped_bytes("ÐÇÐÇ,ïL,ê–¹âß€ÓÐÛÇé", GBK) == CP1252_UNDEFINED | {SOFT_HYPHEN}   # 星星,風,陽光還有愛情
    True
    >>> stripped_bytes("ÖÐÎÄ‚Ç\x90", GBK), stripped_bytes("¾¹ý", GBK), stripped_bytes("ÈÎÄ", BIG5)
    (173, 173, 173)
    """
    if source.name != "gbk":
        return SOFT_HYPHEN
    if _C1_KEPT_RE.search(line):
        return SOFT_HYPHEN if _UNDEFINED_KEPT_RE.search(line) else _CP1252_STRIPPED
    if not _gbk_extension_pair(line):
        return SOFT_HYPHEN
    return LATIN_LOST


#: Price of assuming a byte lost where the line shows its reader stripped bytes (C1 bytes, cp1252's five
#: undefined ones) and kept its soft hyphens: such a text loses one wherever one stood, as a text that
#: lost its soft hyphens does (SOFT_HYPHEN_PRICE); at ASSUMED_LOST_BYTE, the pairs a loss misaligns read
#: as cheaper text than the holes it leaves (在鼓俊峨[藏 for 在節目《隱藏, 碓诘谝惠喬蕴 for 來在第一輪淘汰).
STRIPPED_PRICE = SOFT_HYPHEN_PRICE


def with_stripped_bytes(reading: Reading, line: str, evidence: Byte | None = None) -> Reading:
    """``reading`` (Latin, of GBK bytes) with what ``line`` shows its reader stripped (:func:`stripped_bytes`:
    C1 bytes, or cp1252's five undefined ones): a lost byte is one of those, cheap to assume
    (STRIPPED_PRICE), and the search also looks where words and stray letters say a pair went wrong
    (``Reading.loses_bytes``). A line that kept its soft hyphens (U+00AD) lost no 0xAD, and is read so
    by no reading that assumes stripped soft hyphens: at ASSUMED_LOST_BYTE, the pairs a loss misaligned
    read as cheaper text than the holes it leaves (在鼓俊峨[藏 for 在節目《隱藏, 節 B9 9D read by cp1252).
    A line without takes them too where it shows C1 bytes stripped, as those readings do: else its clean
    decode of misaligned pairs wins (化炉 for 化療, 療 AF 9F). Not a "UTF-8 first" reading: its letters
    below U+0800 hide cp1252's, and such a line looks as if it kept no C1 byte. Otherwise ``reading``.
    ``evidence``: ``stripped_bytes(line, GBK)`` when the caller has it already (it reads the whole line:
    asked again for each span of a long line, it made the span search quadratic).

    >>> line = "µÚÒ»Ý†ÌÔÌ\xadÙÑeÊ×Î»ÒÔ0Æ±ÌÔÌ\xadÆ±³ÉžéÌÔÌ\xadÆ±”µ×îµÍ"   # 賽 D9 90: cp1252 drops 0x90
    >>> kept = with_stripped_bytes(LATIN, line)
    >>> kept.dropped == CP1252_UNDEFINED, kept.loses_bytes, with_stripped_bytes(LATIN, "ÖÐÎÄ\xad") is LATIN
    (True, True, True)
    """
    if evidence is None:
        evidence = stripped_bytes(line, GBK)
    if not isinstance(evidence, frozenset):
        return reading
    if "\xad" in line:
        evidence = evidence - {SOFT_HYPHEN}
    elif reading.name != "latin":
        return reading
    return replace(reading, dropped=evidence, dropped_price=STRIPPED_PRICE)


GBK_READING = Reading("gbk", "gb18030")
BIG5_READING = Reading("big5", "big5")


_STRICT_CODEC = {"gb18030": "gbk", "big5": "big5"}  # what a decoder that writes U+FFFD accepts
_LEADS_LOST = frozenset(range(0x81, 0xFF))
_NON_ASCII = frozenset(range(0x80, 0xFF))


@lru_cache(maxsize=1024)
def undecodable_before(codec: str, after: int | None) -> frozenset[int]:
    """The bytes a GBK or Big5 reader cannot read when ``after`` follows (it replaces or drops them, then
    reads ``after`` afresh): bytes that start no character, and leads that make no pair with ``after``.
    GBK here is Python's strict ``gbk`` (user-defined areas invalid): browsers read those as private use.

    >>> 0x80 in undecodable_before("gb18030", 0xE9), 0xBE in undecodable_before("gb18030", 0xE9)
    (True, False)
    """
    if after is None:
        return ANY_LOST
    strict = _STRICT_CODEC.get(codec, codec)
    out = set()
    for x in range(0x80, 0x100):
        try:
            ch = bytes((x, after)).decode(strict)
        except UnicodeDecodeError:
            out.add(x)
            continue
        if len(ch) != 1:
            out.add(x)  # x alone was bad and ``after`` read as itself
    return frozenset(out)


@lru_cache(maxsize=65536)
def _options(reading: Reading, ch: str, after: int | None) -> Options | None:
    o = ord(ch)
    if o < 0x80:
        return (((o,), 0.0),)
    if ch == "\ufffd":
        if reading.mixed_price is None:
            return (((CP1252_UNDEFINED,), 0.0),)  # cp1252 replacing an undefined byte
        if reading.name in ("latin", "mixed"):
            # ... or a "UTF-8 first" reader replacing 1-3 bytes
            return (((CP1252_UNDEFINED,), 0.0), ((ANY_LOST,), 0.0), ((ANY_LOST, ANY_LOST), reading.mixed_price),
                    ((ANY_LOST, ANY_LOST, ANY_LOST), reading.mixed_price))
        # Python's CJK decoders write one U+FFFD per bad byte, browsers one per bad pair
        return (((undecodable_before(reading.codec, after),), 0.0), ((_LEADS_LOST, _NON_ASCII), 0.0))
    if 0xD800 <= o <= 0xDFFF:
        return None
    if reading.name in ("latin", "mixed"):
        utf8 = tuple(ch.encode("utf-8"))
        try:
            single = (ch.encode("cp1252")[0],) if o > 0xFF else (o,)
        except UnicodeEncodeError:
            # a letter only a "UTF-8 first" reader writes (ʾ ϵ ͳ for GBK pairs)
            return None if reading.mixed_price is None else ((utf8, 0.0),)
        if reading.mixed_price is None:
            return ((single, 0.0),)
        return ((single, 0.0), (utf8, reading.mixed_price))
    try:
        return ((tuple(ch.encode(reading.codec)), 0.0),)
    except UnicodeEncodeError:
        return None


# ------------------------------------------------------------------------------------------- the search
@dataclass(frozen=True)
class Reconstruction:
    """The decoded span: characters and holes, with what the explanation cost and how many bytes it assumed."""

    pieces: tuple[str | Hole, ...]
    cost: float
    assumed: int

    @property
    def holes(self) -> int:
        return sum(isinstance(p, Hole) for p in self.pieces)

    @property
    def undecided(self) -> int:
        """Characters two close readings write differently (:class:`Undecided`)."""
        return sum(isinstance(p, Undecided) for p in self.pieces)

    @property
    def invalid(self) -> int:
        """Bytes no character of the source explains (kept as lone surrogates U+DC80-U+DCFF)."""
        return sum(len(_INVALID_RE.findall(p)) for p in self.pieces if isinstance(p, str))

    def text(self, hole: str = "\ufffd") -> str:
        """The decoded text with ``hole`` for each character whose bytes are not all known (and for each
        byte no character explains)."""
        return _INVALID_RE.sub(hole, "".join(p if isinstance(p, str) else hole for p in self.pieces))


_INVALID_RE = re.compile("[\udc80-\udcff]")


class _Node:
    """A path of the search (a plain class with slots: the search makes one per move it keeps, and a frozen
    dataclass's ``__init__`` costs several times as much)."""

    __slots__ = ("assumed", "cost", "items", "last", "prev", "prices", "rival")

    def __init__(self, cost: float, assumed: int, prev: _Node | None, items: tuple, last: str = "",
                 prices: float = 0.0) -> None:
        self.cost = cost  # for comparing paths: a stretch decoded while one path is alive adds nothing
        self.assumed = assumed
        self.prev = prev
        self.items = items
        self.last = last  # the last character decoded on this path ("" after a hole), for the word-pair bonus
        self.prices = prices  # the prices of the alternatives and assumptions taken, summed along the path
        self.rival: list[_Node] | None = None  # paths that reached the same state for < CONTEST_MARGIN more


def _items_cost(items: tuple, last: str) -> tuple[float, str]:
    """Cost of decoded items after ``last``, and the new last character."""
    total = 0.0
    for item in items:
        if isinstance(item, Hole):
            cost, last = _hole_cost(item)
            total += cost
        elif item:
            total += _text_cost(item, last)
            last = item[-1]
    return total, last


@lru_cache(maxsize=16384)
def _hole_cost(hole: Hole) -> tuple[float, str]:
    """What a hole costs, and the character it most plausibly is ("" when it has too many): with one byte
    unknown, its best candidate's cost plus HOLE_DOUBT (a lost soft hyphen in 经 leaves 经 and a few rare
    characters: the path through it should not lose to a misreading of the neighbours); else HOLE_COST.
    A hole whose bytes leave one character costs what that character does, with no doubt: the character
    is written (:func:`~webclean.repair.lost_bytes.fill_holes`), and charged HOLE_DOUBT the path through
    it lost to a misreading (Big5 原 AD EC that lost its soft hyphen as Latin, in 大韓民國 水原站: the
    lost byte can only be 0xAD, yet 水�站 came out).

    >>> _hole_cost(Hole((LATIN_LOST, 0xEC), "big5")), _hole_cost(Hole((0xBE, LATIN_LOST), "gb18030"))[0]
    ((0.0, '原'), 1.0)
    """
    if hole.unknown == 1:
        candidates = hole.candidates()
        if candidates is not None and len(candidates) == 1 and reconstruction_cost(candidates[0]) < HOLE_COST:
            return reconstruction_cost(candidates[0]), candidates[0]  # no doubt: fill_holes writes it
        if candidates:
            best = min(candidates, key=reconstruction_cost)
            if reconstruction_cost(best) + HOLE_DOUBT < HOLE_COST:
                return reconstruction_cost(best) + HOLE_DOUBT, best
    return HOLE_COST, ""


#: What a letter from U+0100-U+07FF (Latin Extended, Greek, Cyrillic ...) costs in a reconstruction: two
#: bytes read as UTF-8 often make one (C8 A4 is ``Ȥ``), and amid hanzi it is garbage, whatever it costs in
#: pinyin text.
LETTER_AMID_HANZI = 9.0
#: What kana cost in a reconstruction: GBK and Big5 keep them in rows of their own (A4-A5, C6-C7), which
#: a misaligned reading lands in as often as anywhere (文章分类 read one byte off gives 文铡ぶ类), while a
#: Chinese page writes a kana hardly ever.
KANA_IN_RECONSTRUCTION = 4.0


def reconstruction_cost(ch: str) -> float:
    """:func:`~webclean.core.plausibility.char_cost` as a reconstruction counts it.

    >>> reconstruction_cost("中"), reconstruction_cost("Ȥ"), reconstruction_cost("ぶ")
    (0.0, 9.0, 4.0)
    """
    if "\u0100" <= ch < "\u0800":
        return max(LETTER_AMID_HANZI, char_cost(ch))
    if "\u3040" <= ch <= "\u30ff":
        return max(KANA_IN_RECONSTRUCTION, char_cost(ch))
    return char_cost(ch)


def _text_cost(text: str, last: str = "") -> float:
    """What ``text`` costs as real text after ``last``: character costs less the word-pair bonuses (each
    distinct character costed once; the pairs tested in one pass).

    >>> _text_cost("发布了新版本") < 0 < _text_cost("鍙戝竷")
    True
    """
    total = 0.0
    for c, k in Counter(text).items():
        if c >= "\x80":
            total += k * (INVALID_COST if "\udc80" <= c <= "\udcff" else reconstruction_cost(c))
    return total - WORD_PAIR_BONUS * sum(pair_flags(last + text if last else text))


#: The cost of a text as a reconstruction counts it (for comparing two repairs of one span).
text_cost = _text_cost


def encoded_length(source: Source, ch: str) -> int:
    """Bytes ``ch`` took in ``source`` (1 for a lone surrogate: one byte no character explained).

    >>> encoded_length(UTF8, "中"), encoded_length(GBK, "中"), encoded_length(GBK, chr(0xDCFF))
    (3, 2, 1)
    """
    o = ord(ch)
    if o < 0x80 or 0xDC80 <= o <= 0xDCFF:
        return 1
    if source.two_byte:
        return _gb_length(ch) if source.name == "gbk" else 2
    return 2 if o < 0x800 else 3 if o < 0x10000 else 4


@lru_cache(maxsize=65536)
def _gb_length(ch: str) -> int:
    try:
        return len(ch.encode("gb18030"))
    except UnicodeEncodeError:
        return 2


_PLACEHOLDER = 0xFF  # invalid in every source charset: a lost byte in the first pass
_PLACEHOLDER_BYTE = bytes((_PLACEHOLDER,))
#: Characters on each side of a lost byte in which alternatives are tried.
LOST_WINDOW = 2


def _default_chunk(option: tuple[Byte, ...]) -> bytes:
    return bytes(b if isinstance(b, int) else _PLACEHOLDER for b in option)


def default_bytes(text: str, reading: Reading) -> bytes:
    """The bytes ``reading`` most plausibly wrote ``text`` from (each character's usual reading; lost
    bytes and characters it cannot write are left out).

    >>> default_bytes("ÏÔʾ", MIXED).hex(" ")
    'cf d4 ca be'
    """
    out = []
    for ch in text:
        options = reading.options(ch)
        if options:
            out.append(bytes(b for b in options[0][0] if isinstance(b, int)))
    return b"".join(out)


_INVALID_RUN_RE = re.compile("[\udc80-\udcff]+")


def _utf8_windows(data: bytes, starts: list[int]) -> list[tuple[int, int]]:
    """Character windows around each run of bytes that is not UTF-8 (merged where they overlap): with
    UTF8_WINDOW bytes of margin, the characters whose bytes a lost or misread byte can involve.

    >>> _utf8_windows("风雨交加".encode("utf-8")[:-1] + b"X", list(range(0, 13, 3)) + [12])
    [(2, 5)]
    """
    decoded = data.decode("utf-8", "surrogateescape")
    runs = [m.span() for m in _INVALID_RUN_RE.finditer(decoded)]
    windows: list[tuple[int, int]] = []
    if not runs:
        return windows
    offsets = _byte_offsets(decoded, [i for run in runs for i in run], UTF8)
    n = len(starts) - 1
    for k in range(0, len(offsets), 2):
        first, last = offsets[k], offsets[k + 1]
        a = max(0, bisect.bisect_right(starts, first - UTF8_WINDOW) - 1)
        b = min(n, bisect.bisect_left(starts, last + UTF8_WINDOW) + 1)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], b))
        else:
            windows.append((a, b))
    return windows


def _next_window(text: str, data: bytes, starts: list[int], pos: int, pending: bytes,
                 reading: Reading, source: Source) -> tuple[int, int, bool]:
    """Characters around the first place in the next LOOKAHEAD bytes from ``pos`` where decoding the usual
    bytes (after the ``pending`` bytes of the best path) goes wrong, with True; or, when nothing does,
    where to go on from, with False."""
    end = min(len(text), bisect.bisect_left(starts, starts[pos] + LOOKAHEAD) + 1)
    decoder = codecs.getincrementaldecoder(source.codec)("surrogateescape")
    decoded = decoder.decode(pending + data[starts[pos]:starts[end]], final=end == len(text))
    first = _first_reading_mark(decoded, source, reading)
    if first is None:
        if end == len(text):
            return end, end, False
        # go on a little before the end, so the next look sees this one's last characters in context
        return max(pos + 1, bisect.bisect_right(starts, starts[end] - WINDOW_BACK) - 1), 0, False
    mark = starts[pos] + first - len(pending)
    back, ahead = (WINDOW_BACK, WINDOW_AHEAD) if source.two_byte else (UTF8_WINDOW, UTF8_WINDOW)
    a = max(pos, bisect.bisect_right(starts, mark - back) - 1)
    b = min(len(text), max(a + 1, bisect.bisect_left(starts, mark + ahead) + 1))
    return a, b, True


#: A reading whose first-pass decode is more than this share bad characters is the wrong reading: measured
#: on our passages, the right one scores 0.0-0.56 (mixed readers and lost bytes misalign stretches of it)
#: and the wrong ones 0.42-1.0, mostly above 0.7. Above this share no search is tried.
MAX_BAD_SHARE = 0.6
_LATIN_OUT = frozenset(chr(o) for o in range(0x80, 0x100)) | frozenset("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")


def _bad_share(decoded: str) -> float:
    """Share of characters that cost TROUBLE_COST or more among the non-ASCII ones of a first-pass decode.
    Latin-1 characters do not count (the first round of a double garbling reads back as Latin mojibake).

    >>> _bad_share("发布了新版本"), _bad_share(chr(0xDCE5) + "鎶" + chr(0xDCFF)) > MAX_BAD_SHARE, _bad_share("Ã¤Â¸Â")
    (0.0, True, 0.0)
    """
    bad = len(_bad_re().findall(decoded))
    high = len(decoded) - len(_NEUTRAL_RE.findall(decoded))
    return bad / high if high else 0.0


_NEUTRAL_RE = re.compile("[\x00-\x7f\x80-\xff" + re.escape("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ") + "]")


@lru_cache(maxsize=1)
def _bad_re() -> re.Pattern[str]:
    """One character class for the characters that cost TROUBLE_COST or more (all but ASCII and the cheap
    ones): counting them is one C scan."""
    good = sorted(set(_cheap_chars()) | {chr(o) for o in range(0x80)})
    ranges, i = [], 0
    while i < len(good):
        j = i
        while j + 1 < len(good) and ord(good[j + 1]) == ord(good[j]) + 1:
            j += 1
        ranges.append(re.escape(good[i]) if i == j else f"{re.escape(good[i])}-{re.escape(good[j])}")
        i = j + 1
    return re.compile("[^" + "".join(ranges) + "]")


@lru_cache(maxsize=1)
def _cheap_chars() -> frozenset[str]:
    """Non-ASCII characters that cost less than TROUBLE_COST: one set test per character, where a cost
    look-up is a function call."""
    candidates = set(char_ranks()) | set(core_hanzi()) | set(LITERAL_PUNCT)
    # Latin-1 read back is the first round of a double garbling, or Latin text: never a misreading
    return frozenset(c for c in candidates if reconstruction_cost(c) < TROUBLE_COST) | _LATIN_OUT


def _byte_offsets(decoded: str, indexes: list[int], source: Source) -> list[int]:
    """The byte offsets in ``source`` of the characters of ``decoded`` at ``indexes`` (ascending)."""
    out, pos, prev = [], 0, 0
    for i in indexes:
        pos += len(decoded[prev:i].encode(source.codec, "surrogateescape"))
        out.append(pos)
        prev = i
    return out


#: CJK punctuation (、。《》「」【】 and the full-width marks ，：（）！？, not the digits): a letter right after
#: a hanzi and before one of these is as odd as a letter between two hanzi.
CJK_PUNCTUATION_CLASS = "\u3001-\u3011\uff01-\uff0f\uff1a-\uff1f"
#: The ASCII a GBK or Big5 trail byte reads as (0x40-0x7E) and real text hardly sets alone between hanzi:
#: letters and @[\\]^`{}. Where a pair lost its lead, its trail is left as one of these. Not ``|`` and
#: ``_`` (separators: 首頁|新聞, a page title's 新闻_科技_网) nor ``~`` (informal text: 好~開心): charged
#: as strays, they turned 首頁|新聞 into 首頁|·s聞 (the search escaped through a literal ``·``).
TRAIL_ASCII_CLASS = r"A-Za-z@\[\\\]^`{}"
# What a stripped soft hyphen leaves in a decode that is otherwise clean: its pair's trail read as ASCII
# after a hanzi, before a hanzi or CJK punctuation (Big5 訂 AD 71 without its lead is ``q``, 臨 C1 7B after
# 面 B1 AD is ``{``; GBK 學 is 8C 57, and in 浙江大學 without 江's 0xAD it is left as ``W`` before the
# comma), …… (A1 AD A1 AD) read as A1 A1 (　) inside a line.
_SOFT_HYPHEN_TRACE_RE = re.compile(
    f"(?<=[\u3400-\u9fff])[{TRAIL_ASCII_CLASS}](?=[\u3400-\u9fff{CJK_PUNCTUATION_CLASS}])|(?<=[^\\s])\u3000")


def _reading_marks(decoded: str, source: Source, reading: Reading) -> list[int]:
    """:func:`trouble_marks` as ``reading`` needs them: by words for a "UTF-8 first" reading or lost soft
    hyphens, and for the latter also where a soft hyphen lost leaves its trace in clean text."""
    marks = trouble_marks(decoded, source, reading.by_words)
    if reading.soft_hyphens_lost:
        traces = [m.start() for m in _SOFT_HYPHEN_TRACE_RE.finditer(decoded)]
        if traces:
            ends = [i + 1 for i in traces]
            marks = sorted(set(marks) | set(_byte_offsets(decoded, sorted(set(traces + ends)), source)))
    return marks


def _first_reading_mark(decoded: str, source: Source, reading: Reading) -> int | None:
    """The first of :func:`_reading_marks` (None when there is none), found without marking the rest: the
    search looks ahead LOOKAHEAD bytes each time it goes on, and opens its next window at the first place
    only."""
    i = first_trouble(decoded, reading.by_words)
    if reading.soft_hyphens_lost:
        trace = _SOFT_HYPHEN_TRACE_RE.search(decoded)
        if trace is not None and (i is None or trace.start() < i):
            i = trace.start()
    return None if i is None else len(decoded[:i].encode(source.codec, "surrogateescape"))


def first_trouble(decoded: str, by_words: bool = True) -> int | None:
    """The index of the first character of ``decoded`` that went wrong as :func:`trouble_marks` sees it
    (None when none did), scanning no further than it: the rare or invalid characters in one regex search,
    the lone hanzi (``by_words``) only before the first of those.

    >>> first_trouble("是什粑侍猓肯刃恍淮蠹依玻《ヒ幌，别沉了。"), first_trouble("是什粑侍猓", by_words=False)
    (0, 2)
    >>> first_trouble("发布了新版本") is None
    True
    """
    m = _bad_re().search(decoded)
    first = m.start() if m is not None else len(decoded)
    if by_words and first:
        paired = pair_flags(decoded)
        paired.append(False)
        n = len(decoded)

        def lone(i: int) -> bool:  # a hanzi that makes a word with neither neighbour
            return "\u3400" <= decoded[i] < "\ua000" and not paired[i] and not (i and paired[i - 1])

        before, here = False, lone(0)
        for i in range(first):
            after = i + 1 < n and lone(i + 1)
            if here and (before or after):
                return i
            before, here = here, after
    return first if first < len(decoded) else None


def trouble_marks(decoded: str, source: Source, by_words: bool = True) -> list[int]:
    """Byte offsets in ``decoded`` where a stretch that went wrong begins, and where it ends.

    A character went wrong when it is an invalid byte, costs TROUBLE_COST or more, or (``by_words``) is a
    hanzi that forms a word with neither neighbour while the hanzi before or after it does not either (a
    misaligned GBK stream reads as common characters more often than not, but as words almost never).
    Only a "UTF-8 first" reading needs the words: its misreadings are pairs read as one byte, which leave
    no invalid byte behind; a byte lost elsewhere shows as invalid or rare characters soon enough.

    >>> trouble_marks("是什粑侍猓肯刃恍淮蠹依玻《ヒ幌，别沉了。", GBK)   # 是什么问题？先谢谢…, misaligned
    [0, 24, 26, 28, 32, 38]
    >>> trouble_marks("是什粑侍猓肯刃恍淮蠹依玻《ヒ幌，别沉了。", GBK, by_words=False)
    [4, 6, 26, 28]
    """
    if not decoded:
        return []
    if not by_words:
        cheap = _cheap_chars()
        marks, was_bad = [], False
        for i, c in enumerate(decoded):
            flag = c >= "\x80" and c not in cheap
            if flag != was_bad:
                marks.append(i)
                was_bad = flag
        return _byte_offsets(decoded, marks, source)
    cheap = _cheap_chars()
    hanzi = [("\u3400" <= c < "\ua000") for c in decoded]
    paired = pair_flags(decoded)
    paired.append(False)
    lone = [h and not paired[i] and not (i and paired[i - 1]) for i, h in enumerate(hanzi)]
    n = len(decoded)
    bad = [(c >= "\x80" and c not in cheap) or (lone[i] and ((i and lone[i - 1]) or (i + 1 < n and lone[i + 1])))
           for i, c in enumerate(decoded)]
    marks, was_bad = [], False
    for i, flag in enumerate(bad):
        if flag != was_bad:
            marks.append(i)
            was_bad = flag
    return _byte_offsets(decoded, marks, source)


def _first_pass(text: str, reading: Reading, source: Source) -> tuple[str, float] | None:
    """The decode of each character's usual bytes (lost bytes as 0xFF, which decodes to U+DCFF) and its
    share of bad characters; None when the reading cannot produce one of the characters. A reading that
    assumes lost soft hyphens has the same usual bytes as the one that does not: one pass serves both."""
    if reading.soft_hyphens_lost:
        reading = Reading(reading.name, reading.codec, reading.mixed_price)
    return _first_pass_of(text, reading, source)


@lru_cache(maxsize=512)
def _first_pass_of(text: str, reading: Reading, source: Source) -> tuple[str, float] | None:
    if reading.name in ("latin", "mixed") and len(_WIDE_RE.findall(text)) * 2 > len(text):
        return None  # mostly characters of three UTF-8 bytes: hanzi, not what a Latin reading writes
    data = usual_bytes(text, reading)
    if data is None:
        return None
    decoded = data.decode(source.codec, "surrogateescape")
    return decoded, _bad_share(decoded)


_WIDE_RE = re.compile("[\u0800-\uffff]")


def usual_bytes(text: str, reading: Reading) -> bytes | None:
    """Each character's usual bytes under ``reading`` (a lost byte as 0xFF); None when the reading cannot
    produce a character of ``text``.

    >>> usual_bytes("ÏÔʾ\ufffd", MIXED).hex(" "), usual_bytes("鍙戝竷", GBK_READING).hex(" ")
    ('cf d4 ca be ff', 'e5 8f 91 e5 b8 83')
    """
    if reading.name in ("latin", "mixed"):
        table = _latin_table(reading.mixed_price is not None)
        try:
            return text.translate(table).encode("latin-1")
        except UnicodeEncodeError:
            pass  # a character the table does not hold: one at a time
    else:
        try:
            if "\ufffd" not in text:
                return text.encode(reading.codec)
            return _PLACEHOLDER_BYTE.join(part.encode(reading.codec) for part in text.split("\ufffd"))
        except UnicodeEncodeError:
            return None
    out = []
    for ch in text:
        options = reading.options(ch)
        if options is None:
            return None
        out.append(_default_chunk(options[0][0]))
    return b"".join(out)


@lru_cache(maxsize=2)
def _latin_table(mixed: bool) -> dict[int, str]:
    """``str.translate`` table from characters to their usual bytes under a Latin reading, each byte as the
    Latin-1 character of the same number (characters up to U+00FF are their own byte and need no entry)."""
    reading = MIXED if mixed else LATIN_STRICT
    table = {0xFFFD: chr(_PLACEHOLDER)}
    for o in list(range(0x100, 0x800)) + [ord(c) for c in "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"]:
        options = reading.options(chr(o))
        if options:
            table[o] = _default_chunk(options[0][0]).decode("latin-1")
    return table


def clear_reconstruction_caches() -> None:
    """Forget the first passes and reconstructions remembered by text (the tables stay loaded)."""
    _first_pass_of.cache_clear()
    reconstruct.cache_clear()


def bad_share(text: str, reading: Reading, source: Source) -> float:
    """Share of bad characters when each character of ``text`` is read back its usual way (1.0 when the
    reading cannot produce ``text``): the cheap measure by which readings are tried, best first.

    >>> bad_share("ÖÐÎÄ", LATIN, GBK), bad_share("ÖÐÎÄ", LATIN_STRICT, UTF8)
    (0.0, 1.0)
    """
    first = _first_pass(text, reading, source)
    return 1.0 if first is None else first[1]


@lru_cache(maxsize=256)
def reconstruct(text: str, reading: Reading, source: Source, search: bool = True) -> Reconstruction | None:
    """The cheapest reconstruction of ``text`` as ``source`` bytes garbled by ``reading``; ``None`` when no
    sequence of the allowed alternatives decodes, when the reading is hopeless (MAX_BAD_SHARE), or, with
    ``search`` false, when the usual bytes do not decode cleanly as they are.

    >>> reconstruct("鍙戝竷", GBK_READING, UTF8).text()
    '发布'
    >>> r = reconstruct("椋庨洦浜ゅ姞銆", GBK_READING, UTF8)   # 风雨交加。 read as GBK, the last byte dropped
    >>> r.text(), r.assumed
    ('风雨交加\\ufffd', 1)
    """
    first = _first_pass(text, reading, source)
    if first is None:
        return None
    decoded = first[0]
    if not _INVALID_RUN_RE.search(decoded) and (
            not source.two_byte or not reading.by_words or not search
            or not may_hide_a_misalignment(text, reading)
            or _first_reading_mark(decoded, source, reading) is None):
        # decodes cleanly as it is: every byte valid (UTF-8 shows every misreading as invalid bytes, a
        # two-byte charset a lost byte soon enough), and for a reading whose misreadings leave only common
        # characters ("UTF-8 first", lost soft hyphens), nowhere reading oddly. Whatever it costs: the first
        # round of a double garbling reads back as garbage too, and credibility is the caller's to judge;
        # a search follows where the caller finds the result wanting.
        return Reconstruction((decoded,), _text_cost(decoded), 0)
    if not search or first[1] > MAX_BAD_SHARE:
        return None
    data = usual_bytes(text, reading)
    starts = list(accumulate(map(partial(_usual_length, reading), text), initial=0))
    return _search(text, data, starts, reading, source)  # type: ignore[arg-type]


#: A byte of 0x40-0x7E right after one of 0x80-0xFF in the bytes a Latin reading gives, or a GB18030
#: four-byte sequence (lead, digit, lead, digit): what a byte lost from GBK leaves in a decode that is
#: clean, where its misaligned pairs come back into step (:func:`may_hide_a_misalignment`).
_MISALIGNMENT_TRACE_RE = re.compile(b"[\x80-\xff][\x40-\x7e]|[\x81-\xfe][\x30-\x39][\x81-\xfe][\x30-\x39]")


def may_hide_a_misalignment(text: str, reading: Reading) -> bool:
    """Whether a clean decode of ``text`` under ``reading`` may still hide a lost byte that only the
    search finds. Always, but for a plain Latin reading of GBK that assumes lost bytes only because
    the line shows its reader stripped some (:func:`with_stripped_bytes`; not a "UTF-8 first" reading,
    nor one that assumes stripped soft hyphens): a byte lost there misaligns the pairs after it until an
    ASCII byte takes them back into step, and that byte either makes an invalid pair (no clean decode),
    closes a pair as its trail (0x40-0x7E after a lead), or, where the lost byte took a pair's lead,
    stands alone after the pair before it. Either way a byte of 0x40-0x7E follows one of 0x80-0xFF, and
    where none does the search has nothing to find. (It cost a GBK page read as cp1252 seven times its
    clean decode to search paragraph after paragraph of real text: cwced-fad52388 326 -> 45 ms.)

    >>> line = "µÚÒ»Ý†ÌÔÌ\xadÙÑeÊ×Î»"                  # 賽 D9 90 lost its 0x90: Ù then Ñe
    >>> dropped = with_stripped_bytes(LATIN, line)
    >>> may_hide_a_misalignment(line, dropped), may_hide_a_misalignment("µÚÒ»Ì\xad", dropped)
    (True, False)
    >>> may_hide_a_misalignment("µÚÒ»Ì\xad", LATIN_SHY), may_hide_a_misalignment("µÚÒ»", MIXED)
    (True, True)
    """
    if reading.name != "latin" or reading.soft_hyphens_lost or reading.dropped_price >= ASSUMED_LOST_BYTE:
        return True
    data = usual_bytes(text, reading)
    return data is None or _MISALIGNMENT_TRACE_RE.search(data) is not None


@lru_cache(maxsize=65536)
def _usual_length(reading: Reading, ch: str) -> int:
    options = reading.options(ch)
    return len(options[0][0]) if options else 1


def _window_options(text: str, i: int, data: bytes, starts: list[int], reading: Reading,
                    source: Source, seen: dict | None = None) -> tuple[Options, Options]:
    """The alternatives of character ``i`` and the bytes that may have been lost before it. What follows
    decides which bytes a GBK or Big5 reader could have lost: the first byte after, when it is known.
    ``seen`` remembers them by character and bytes around for one search (``reading`` and ``source``
    are the search's own)."""
    ch = text[i]
    nxt = starts[i + 1]
    after = data[nxt] if nxt < len(data) and data[nxt] != _PLACEHOLDER and ch == "\ufffd" else None
    first = data[starts[i]] if starts[i] < len(data) and data[starts[i]] != _PLACEHOLDER else None
    if seen is not None and (known := seen.get((ch, after, first))) is not None:
        return known
    options = reading.options(ch, after) + _literal(ch, reading, source)  # type: ignore[operator]
    found = options, reading.gap_options(first)
    if seen is not None:
        seen[ch, after, first] = found
    return found


@lru_cache(maxsize=256)
def _literal(ch: str, reading: Reading, source: Source) -> Options:
    """``ch`` as itself, for punctuation clean text puts next to Latin mojibake (LITERAL_PUNCT)."""
    if ch not in LITERAL_PUNCT or reading.name not in ("latin", "mixed"):
        return ()
    try:
        return ((tuple(ch.encode(source.codec)), LITERAL_PRICE),)
    except UnicodeEncodeError:
        return ()


#: Bytes decoded ahead to find the next place that goes wrong: long enough to see a misreading, short
#: enough that looking again after each window costs little (the search stays linear).
LOOKAHEAD = 96


def _search(text: str, data: bytes, starts: list[int], reading: Reading, source: Source) -> Reconstruction | None:
    """The Viterbi search, one window at a time. Over UTF-8 the windows are known at once: every place
    that went wrong shows as invalid bytes in the first pass. Over a two-byte charset a fix changes the
    alignment of everything after it, so the search decodes ahead along the best path so far, opens a
    window around the first place that goes wrong, and goes on after it."""
    n = len(text)
    # a state is the bytes the decoder holds and the last hanzi written: paths that end in different
    # characters must not merge, as the next character's word pair depends on it (小方|格 against 小路陆|格)
    states: dict[tuple[tuple[Byte, ...], str], _Node] = {((), ""): _Node(0.0, 0, None, ())}
    fixed = None if source.two_byte else iter(_utf8_windows(data, starts))
    seen: dict = {}  # the alternatives of each character met in this search (a text repeats its characters)
    stray = stray_trail_cost(reading, source)
    pairs: dict = {}  # the word pairs looked up in this search (the same few characters meet again and again)
    pos = 0
    while pos < n:
        if fixed is not None:
            a, b = next(fixed, (n, n))
            trouble = a < n
            a = max(a, pos)
        else:
            pending = min(states.items(), key=lambda kv: kv[1].cost)[0][0]
            if not all(isinstance(b, int) for b in pending):
                a, b, trouble = pos, pos + 1, True  # the best path waits on a lost byte: one character at a time
            else:
                a, b, trouble = _next_window(text, data, starts, pos, bytes(pending), reading, source)
        if not trouble:
            states = _macro(states, data[starts[pos]:starts[a]], source)
            pos = a
            continue
        if a > pos:
            states = _macro(states, data[starts[pos]:starts[a]], source)
        for i in range(a, b):
            options, gaps = _window_options(text, i, data, starts, reading, source, seen)
            states = _chars(states, options, gaps, source, pairs, stray)
            if not states:
                return None
        pos = max(pos, b)
    # a character cut off at the end lost its last bytes
    best: _Node | None = None
    finals: list[_Node] = []
    for (pending, _), node in states.items():
        if pending:
            if source.two_byte:
                missing, lost = 2 - len(pending), ANY_LOST & _pair_trails(source.codec)
            else:
                missing, lost = _utf8_length(pending[0]) - len(pending), _UTF8_CONT
            pattern = pending + (lost,) * missing
            node = _Node(node.cost + HOLE_COST + ASSUMED_LOST_BYTE * missing, node.assumed + missing, node,
                         (Hole(pattern, source.codec),), "", node.prices + ASSUMED_LOST_BYTE * missing)
        finals.append(node)
        if best is None or node.cost < best.cost:
            best = node
    if best is None:
        return None
    pieces: list = []
    node = best
    while node is not None:
        pieces.extend(reversed(node.items))
        node = node.prev
    pieces.reverse()
    # the path's own cost skipped the stretches decoded alone: count the whole text, so that readings
    # of one span compare
    cost = _items_cost(tuple(pieces), "")[0] + best.prices
    ends = [n for n in finals if n is not best and n.cost - best.cost < CONTEST_MARGIN]
    return Reconstruction(_with_undecided(pieces, undecided_stretches(best, ends)), cost, best.assumed)


def _macro(states: dict, data: bytes, source: Source) -> dict:
    """Decode a stretch with no alternatives in one go for each state (the C codec does the work). With a
    single path alive its cost is not needed: only differences between paths decide anything."""
    out: dict = {}
    alone = len(states) == 1
    for (pending, _), node in states.items():
        if not all(isinstance(b, int) for b in pending):
            continue  # an unknown byte left pending at a window's end: that path ends here
        decoder = codecs.getincrementaldecoder(source.codec)("surrogateescape")
        decoded = decoder.decode(bytes(pending) + data, final=False)
        left = tuple(decoder.getstate()[0])
        cost = node.cost if alone else node.cost + _text_cost(decoded, node.last)
        new = _Node(cost, node.assumed, node, (decoded,) if decoded else (), decoded[-1:] or node.last, node.prices)
        key = (left, _hanzi_or_none(new.last))
        old = out.get(key)
        if old is None or new.cost < old.cost:
            if old is not None and old.cost - new.cost < CONTEST_MARGIN:
                _add_rival(new, old)
            out[key] = new
        elif new.cost - old.cost < CONTEST_MARGIN:
            _add_rival(old, new)
    return _prune(out)


@lru_cache(maxsize=65536)
def _moves(source: Source, pending: tuple[Byte, ...], options: Options, gaps: Options) -> tuple:
    """Every way one character can leave the decoder at ``pending``: (new pending, items, price, bytes
    assumed, cost of the items, first character of the items when it is a hanzi or "", last character or
    "" after a hole, the hanzi of that last character or ""). Worked out once per decoder state and
    alternatives, so that the search's inner loop only adds up."""
    out = []
    for gap, gap_price in ((), 0.0), *gaps:
        for seq, price in options:
            for new_pending, items in _feed(source, pending, gap + seq):
                cost, last = _items_cost(items, "")
                first = items[0][0] if items and isinstance(items[0], str) and items[0] else ""
                text = "".join(item for item in items if isinstance(item, str)) if items else ""
                closes = bool(first) and _HANZI_OR_CJK_PUNCT_RE.match(first) is not None
                lone = len(items) == 1 and len(text) == 1 and _TRAIL_ASCII_RE.match(text) is not None
                last_key = _STRAY_MARK if _STRAY_END_RE.search(text) and text[-1] == last else _hanzi_or_none(last)
                out.append((new_pending, items, gap_price + price, len(gap), cost, _hanzi_or_none(first), last,
                            last_key, closes, lone))
    return tuple(out)


#: What a lone trail character costs inside the search, where the bytes may have lost a pair's lead (a
#: reading with stripped soft hyphens of GBK or Big5): ASCII costs nothing as a character, so without it
#: ``這是更n小心的`` (Big5 要 AD 6E without its 0xAD) costs less than ``這是更要小心的`` with its soft
#: hyphen assumed, and ``來面候z`` less than ``來敘述`` (述 AD 7A). The price of a word pair is 1.5 and of a
#: soft hyphen assumed 1.0: a lone letter between hanzi must cost more than a rare character (8) less a
#: soft hyphen, so that any real pair its lead makes wins, and as much as the readings' comparison charges
#: for one (STRAY_LETTER_COST in repair.mojibake, 6.0) would leave a rare pair (cost 6-8) losing to it.
STRAY_TRAIL_COST = 6.0
# a lone trail character after a hanzi (the state's key then holds this mark instead of a hanzi)
_STRAY_MARK = "\x00"
#: The trail characters the search charges for alone: lower-case letters and the symbols of TRAIL_ASCII_CLASS.
#: Not capitals: real text sets them alone between hanzi (A股, X光, T恤, 維生素C), and charged, the search
#: turns them into the Big5 pair a soft hyphen assumed before them makes (今天A股 read 今天耍股).
STRAY_TRAIL_CLASS = r"a-z@\[\\\]^`{}"
_TRAIL_ASCII_RE = re.compile(f"[{STRAY_TRAIL_CLASS}]")
_STRAY_END_RE = re.compile(f"[\u3400-\u9fff][{STRAY_TRAIL_CLASS}]$")
_HANZI_OR_CJK_PUNCT_RE = re.compile(f"[\u3400-\u9fff{CJK_PUNCTUATION_CLASS}]")


def stray_trail_cost(reading: Reading, source: Source) -> float:
    """What the search charges for a trail character left alone between hanzi (or before CJK punctuation)
    under ``reading`` of ``source`` bytes: STRAY_TRAIL_COST where a pair's lead may have vanished without a
    trace (soft hyphens stripped after a Latin reading of GBK or Big5), else nothing.

    >>> stray_trail_cost(LATIN_SHY, BIG5), stray_trail_cost(LATIN, BIG5), stray_trail_cost(LATIN_SHY, UTF8)
    (6.0, 0.0, 0.0)
    """
    return STRAY_TRAIL_COST if reading.loses_bytes and source.two_byte else 0.0


def _chars(states: dict, options: Options, gaps: Options, source: Source, pairs: dict | None = None,
           stray: float = 0.0) -> dict:
    """One character inside a window: every alternative, each optionally after a lost byte. A state's key
    holds the hanzi its path ends in (or ""): the word pair with the next character is read from it; with
    ``stray`` (:func:`stray_trail_cost`), it holds _STRAY_MARK after a lone trail character that follows a
    hanzi or CJK punctuation, and a hanzi or CJK punctuation after that costs ``stray`` more (wider than the
    readings' comparison, repair.mojibake's _STRAY_LETTER_RE: charged there too, ``（A股`` would turn into
    a Big5 pair with a soft hyphen assumed; here it only keeps the search from escaping into punctuation,
    ``！祂永`` read ``－〉k永``, while the comparison still judges the result). ``pairs`` remembers the word
    pairs looked up (for one search)."""
    out: dict = {}
    if pairs is None:
        pairs = {}
    for (pending, last_hanzi), node in states.items():
        base = node.cost
        for new_pending, items, price, assumed, items_cost, first, last, last_key, closes, lone in _moves(
                source, pending, options, gaps):
            cost = base + price + items_cost
            if stray:
                if closes and last_hanzi == _STRAY_MARK:
                    cost += stray
                if lone and ((last_hanzi and last_hanzi != _STRAY_MARK) or _HANZI_OR_CJK_PUNCT_RE.match(node.last)):
                    last_key = _STRAY_MARK
            elif last_key == _STRAY_MARK:
                last_key = ""
            if first and last_hanzi and last_hanzi != _STRAY_MARK:
                pair = last_hanzi + first
                paired = pairs.get(pair)
                if paired is None:
                    paired = pairs[pair] = is_word_pair(last_hanzi, first)
                if paired:
                    cost -= WORD_PAIR_BONUS
            if items:
                key = (new_pending, last_key)
            else:
                last, key = node.last, (new_pending, last_hanzi)
            old = out.get(key)
            if old is not None and old.cost <= cost:
                if cost - old.cost < CONTEST_MARGIN:
                    _add_rival(old, _Node(cost, node.assumed + assumed, node, items, last, node.prices + price))
                continue
            new = _Node(cost, node.assumed + assumed, node, items, last, node.prices + price)
            if old is not None and old.cost - cost < CONTEST_MARGIN:
                _add_rival(new, old)
            out[key] = new
    return _prune(out)


#: How much more than the best a path may cost to the same decoder state and still count as a reading the
#: bytes allow: a word pair's bonus (WORD_PAIR_BONUS 1.5) and a little. Two readings that differ by less
#: differ by about one word pair the list happens to hold (原原種 against 栽種 for Big5 D4 AD D4 AD with
#: the soft hyphens stripped: both real, only one a listed word), which is no evidence of what was written.
CONTEST_MARGIN = 0.75


_HANZI_RE = re.compile("[\u3400-\u9fff]")


def _add_rival(winner: _Node, loser: _Node) -> None:
    if winner.rival is None:
        winner.rival = [loser]
    else:
        winner.rival.append(loser)


def _items_text(items: tuple) -> str:
    return "".join(item if isinstance(item, str) else "\ufffd" for item in items)


def undecided_stretches(best: _Node, ends: list[_Node] = ()) -> dict[int, str]:  # type: ignore[assignment]
    """Where a path close in cost to ``best`` (a rival kept at a merge of the search, or one of ``ends``,
    the other final states) writes other characters over the same bytes: the offsets of ``best``'s text
    (a hole counts one) that the two disagree on, each with what the rival wrote over that stretch. The
    common start and end of the two stretches agree, and are kept.

    >>> root = _Node(0.0, 0, None, ())
    >>> a = _Node(1.0, 0, _Node(0.5, 0, root, ("原",)), ("栽種",), prices=1.0)  # a soft hyphen assumed
    >>> _add_rival(a, _Node(1.5, 0, _Node(0.5, 0, root, ("原",)), ("原原種",), prices=2.0))
    >>> undecided_stretches(a)
    {1: '原原'}
    """
    path: list[_Node] = []
    node: _Node | None = best
    while node is not None:
        path.append(node)
        node = node.prev
    path.reverse()
    index = {id(n): i for i, n in enumerate(path)}
    ends_at = list(accumulate(len(_items_text(n.items)) for n in path))
    out: dict[int, str] = {}
    for i, node in enumerate(path):
        rivals = list(node.rival or ()) + (list(ends) if node is best else [])
        for rival in rivals:
            other: list[str] = []
            walk: _Node | None = rival
            while walk is not None and id(walk) not in index:
                other.append(_items_text(walk.items))
                walk = walk.prev
            if walk is None:
                continue
            j = index[id(walk)]
            if node.prices <= path[j].prices:
                continue  # the best path read these bytes as they came, assuming nothing: they decide
            mine = "".join(_items_text(n.items) for n in path[j + 1:i + 1])
            theirs = "".join(reversed(other))
            if mine == theirs:
                continue
            head = 0
            while head < min(len(mine), len(theirs)) and mine[head] == theirs[head]:
                head += 1
            tail = 0
            while tail < min(len(mine), len(theirs)) - head and mine[-1 - tail] == theirs[-1 - tail]:
                tail += 1
            written = theirs[head:len(theirs) - tail]
            if not _HANZI_RE.search(written):
                continue  # a rival that leaves bytes unknown or letters as they came names no other character
            left, right = (path[j].last + theirs[:head])[-1:], theirs[len(theirs) - tail:][:1]
            stretch = mine[head:len(mine) - tail]
            if "\ufffd" in stretch:
                # where the best path has a hole, the hole says the bytes are unsure (the word list may fill
                # it); but a rival that lost as many bytes in other places pairs the known bytes around the
                # hole otherwise (lost_byte_placed_elsewhere)
                if not lost_byte_placed_elsewhere(rival, node, path[j]):
                    continue
                guess = _guess(path[j + 1:i + 1])[head:len(mine) - tail]
                if words_side_with_best(left, guess, written, right):
                    continue
            elif words_side_with_best(left, stretch, written, right):
                continue  # the rival is no real alternative (没┑么 for 没漏掉)
            start = ends_at[j]
            for k in range(start + head, start + len(mine) - tail):
                out.setdefault(k, written)
    return out


def lost_byte_placed_elsewhere(rival: _Node, best: _Node, fork: _Node) -> bool:
    """Whether ``rival`` and ``best``, which part at ``fork`` and meet again, assumed as many lost bytes
    in between (at least one): the same loss placed elsewhere. A Latin reader drops a byte without a
    trace, and each place pairs the known bytes around it otherwise: 內文 (83 C8 CE C4) read as Latin-1
    without its C1 bytes is ``ÈÎÄ``, ``? C8 | CE C4`` (a hole, 文) or ``C8 CE | C4 ?`` (任, a hole), and
    the bytes do not say which; 任 is no more known than 文.

    >>> fork = _Node(0.0, 0, None, ())
    >>> lost_byte_placed_elsewhere(_Node(2.0, 1, fork, ("任",)), _Node(2.0, 1, fork, ("文",)), fork)
    True
    """
    return rival.assumed == best.assumed > fork.assumed


def _guess(nodes: list[_Node]) -> str:
    """The text of ``nodes``' items with each hole as its most plausible character (:func:`_hole_cost`),
    U+FFFD where it has none: what the word list is asked about when a hole's neighbours are contested."""
    return "".join(item if isinstance(item, str) else (_hole_cost(item)[1] or "\ufffd")
                   for node in nodes for item in node.items)


def words_vouch(left: str, written: str, right: str) -> bool:
    """Whether the word list vouches for ``written`` between its neighbours ``left`` and ``right`` (one
    character each, "" at an edge) at all: two hanzi side by side there make a listed word pair.

    >>> words_vouch("原", "原", "種"), words_vouch("柳", "脫", "（"), words_vouch("", "经济", "")
    (True, False, True)
    """
    return any(pair_flags(left + written + right))


def words_hold_every_hanzi(left: str, written: str, right: str) -> bool:
    """Whether every hanzi of ``written`` is part of a listed word pair, with its neighbours ``left`` and
    ``right`` (one character each) counted, and ``written`` holds no Latin letter or digit: a reading that
    leaves one between hanzi (五O, 面q) took a hanzi's byte as it came, and its word pair is no evidence.

    >>> words_hold_every_hanzi("没", "漏掉", ","), words_hold_every_hanzi("結", "帐黔", "顯")
    (True, False)
    >>> words_hold_every_hanzi("後", "面q", '"')
    False
    """
    if _LATIN_OR_DIGIT_RE.search(written):
        return False
    text = left + written + right
    held = [False] * len(text)
    for i, pair in enumerate(pair_flags(text)):
        if pair:
            held[i] = held[i + 1] = True
    return any(held) and all(held[i] for i in range(len(left), len(left) + len(written))
                             if "\u3400" <= text[i] < "\ua000")


_LATIN_OR_DIGIT_RE = re.compile("[A-Za-z0-9~]")


def words_side_with_best(left: str, best: str, rival: str, right: str) -> bool:
    """Whether the word list takes the best reading's side against a close rival over the same bytes: it
    holds every hanzi the best reading wrote there (``best``, :func:`words_hold_every_hanzi`) and vouches
    for none of the rival's (``rival``, :func:`words_vouch`), both between the same neighbours. Such a
    rival is what a shifted byte leaves rather than another text the bytes could have been: on the GBK
    corpus pages read "UTF-8 first, else cp1252" it is 没┑么 against 没漏掉, 用半 against 的羽毛做, and
    contesting it only turns right characters into U+FFFD. Where a hanzi of the best reading is in no
    listed word (a name, 杨柳勇 against 杨柳脫; 結帐黔 against 結窄是, where 黔 is in none), or both
    sides are listed, the bytes still do not decide and the contest stands: one listed word pair is weak
    evidence, and on the shared clean texts garbled, a best reading it alone vouched for was as often the
    wrong one.

    >>> words_side_with_best("没", "漏掉", "┑么", ","), words_side_with_best("結", "帐黔", "窄是", "顯")
    (True, False)
    >>> words_side_with_best("柳", "勇", "脫", "（"), words_side_with_best("原", "栽", "原原", "種")
    (False, False)
    """
    return words_hold_every_hanzi(left, best, right) and not words_vouch(left, rival, right)


def _with_undecided(pieces: list, undecided: dict[int, str]) -> tuple:
    """``pieces`` with each character at an offset of ``undecided`` made an :class:`Undecided`."""
    if not undecided:
        return tuple(pieces)
    out: list = []
    pos = 0
    for piece in pieces:
        if not isinstance(piece, str):
            out.append(piece)
            pos += 1
            continue
        run = ""
        for ch in piece:
            if pos in undecided:
                if run:
                    out.append(run)
                    run = ""
                out.append(Undecided(ch, undecided[pos]))
            else:
                run += ch
            pos += 1
        if run:
            out.append(run)
    return tuple(out)


def _hanzi_or_none(ch: str) -> str:
    """The part of a path's last character a state keeps: a hanzi (it may pair with the next), else ""."""
    return ch if "\u3400" <= ch < "\ua000" else ""


def _prune(states: dict) -> dict:
    if len(states) <= 1:
        return states
    best = min(n.cost for n in states.values())
    kept = {k: n for k, n in states.items() if n.cost <= best + PRUNE_MARGIN}
    if len(kept) > BEAM:
        kept = dict(sorted(kept.items(), key=lambda kv: kv[1].cost)[:BEAM])
    return kept
