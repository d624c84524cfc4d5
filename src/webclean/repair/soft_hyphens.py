"""Stripped soft hyphens that leave other real text: where the bytes do not decide, the words may.

A text extractor that strips U+00AD after a Latin reading takes the byte 0xAD out of every GBK or Big5
character that holds it. Mostly that leaves a trace (a pair misaligned, a lone letter between hanzi), and
the reconstruction (:mod:`webclean.repair.reconstruct`) puts the byte back there. But two characters that
each end in 0xAD lose one byte each and leave a pair that is a character of its own: 淡淡 (B5 AD B5 AD)
reads 档 (B5 B5), …… (A1 AD A1 AD) reads a full-width space (A1 A1). Nothing in the bytes tells such a
character from the two it may stand for; only the text around it can.

:func:`settle_hidden_soft_hyphens` looks at every character of a repair that a placement of two stripped
soft hyphens would read differently (:func:`soft_hyphen_alternatives`): the other reading is taken where the
word list vouches for it and for nothing else, the character stays where it is the one that reads as text,
and where both do, U+FFFD stands in its place.

>>> settle_hidden_soft_hyphens("面上飘着档的水汽", "gb18030")     # 淡淡 (B5 AD B5 AD) without its 0xAD bytes
('面上飘着淡淡的水汽', 1, 0)
>>> settle_hidden_soft_hyphens("档案已经归档了", "gb18030")       # 档 is a word with its neighbours here
('档案已经归档了', 0, 0)
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..core.plausibility import NEUTRAL_PUNCT, is_word_pair, simplified_char
from ..core.script import word_counts
from .lost_bytes import CANDIDATE_MAX_COST, MAX_WORD, word_support
from .reconstruct import SOFT_HYPHEN, reconstruction_cost

__all__ = ["soft_hyphen_alternatives", "settle_hidden_soft_hyphens", "hidden_soft_hyphen_choice",
           "holds_with_neighbour", "dangling_full_width_space"]

#: What a decoder that writes U+FFFD accepts (GBK without its user-defined areas, which read as private use).
_STRICT_CODEC = {"gb18030": "gbk", "gbk": "gbk", "big5": "big5"}
#: Characters of the repaired text looked at on each side of a character in doubt: as far as a word of the
#: word list reaches.
CONTEXT = MAX_WORD - 1
_HANZI_RE = re.compile("[\u3400-\u9fff]")


@lru_cache(maxsize=65536)  # a table by character, like the codec's own: kept when text caches are cleared
def soft_hyphen_alternatives(ch: str, codec: str) -> tuple[str, ...]:
    """The two-character texts the two bytes of ``ch`` read as in ``codec`` with two 0xAD bytes put back
    anywhere among them: the characters that would have lost their soft hyphens to leave ``ch``. Texts
    holding ``ch`` itself are left out (a character that was all soft hyphens, Big5 限 AD AD, vanishes
    without a trace: nothing shows where it stood), and so are texts with a character no reconstruction
    accepts (private use, controls, the rarest hanzi).

    >>> soft_hyphen_alternatives("档", "gb18030"), soft_hyphen_alternatives("\\u3000", "gb18030")
    (('淡淡',), ('……',))
    >>> soft_hyphen_alternatives("经", "gb18030")   # BE AD: it holds a soft hyphen itself
    ()
    """
    strict = _STRICT_CODEC.get(codec)
    if strict is None:
        return ()
    try:
        data = ch.encode(strict)
    except UnicodeEncodeError:
        return ()
    if len(data) != 2 or SOFT_HYPHEN in data:
        return ()
    shy = bytes((SOFT_HYPHEN,))
    out: dict[str, None] = {}
    for first in range(3):
        for second in range(first, 3):
            candidate = data[:first] + shy + data[first:second] + shy + data[second:]
            try:
                text = candidate.decode(strict)
            except UnicodeDecodeError:
                continue
            if (len(text) == 2 and ch not in text and all(c >= "\x80" for c in text)
                    and all(reconstruction_cost(c) < CANDIDATE_MAX_COST for c in text)):
                out[text] = None
    return tuple(out)


def holds_with_neighbour(left: str, text: str, right: str) -> bool:
    """Whether a word of the word list holds all of ``text`` and a neighbour of it: 淡淡 in 着淡淡的 (淡淡的
    is a word). A word inside ``text`` alone does not count: two common characters side by side make a
    word often enough by chance (翻江 for 方, 窄窄 for 照), which no neighbour then confirms.

    >>> holds_with_neighbour("飘着", "淡淡", "的水"), holds_with_neighbour("能够", "窄窄", "他的")
    (True, False)
    """
    words = word_counts()
    window = "".join(simplified_char(c) for c in left[-CONTEXT:] + text + right[:CONTEXT])
    a = len(left[-CONTEXT:])
    b = a + len(text)
    for start in range(0, a + 1):
        for end in range(max(b, start + 2), min(len(window), start + MAX_WORD) + 1):
            if (start < a or end > b) and window[start:end] in words:
                return True
    return False


def _may_hold_with_neighbour(left: str, pair: str, right: str) -> bool:
    """What :func:`holds_with_neighbour` needs of two characters, in three set look-ups: a word holding
    both and a neighbour holds them side by side, and the neighbour beside one of them."""
    return is_word_pair(pair[0], pair[1]) and (
        (bool(left) and is_word_pair(left[-1], pair[0])) or (bool(right) and is_word_pair(pair[1], right[0])))


def dangling_full_width_space(left: str, ch: str, right: str) -> bool:
    """Whether ``ch`` is a full-width space right after a hanzi at the end of a line: an indent stands at a
    line's start, a separator between words or after a date or a number (``2024-05-01　``); at a line's
    end right after a word it is the trace of …… (A1 AD A1 AD) that lost its soft hyphens.

    >>> dangling_full_width_space("一直占线", "\\u3000", "\\n"), dangling_full_width_space("时间", "\\u3000", "来源")
    (True, False)
    >>> dangling_full_width_space("2024-05-01", "\\u3000", "\\n")
    False
    """
    return (ch == "\u3000" and bool(left) and _HANZI_RE.match(left[-1]) is not None
            and (not right or right[0] in "\r\n"))


def hidden_soft_hyphen_choice(left: str, ch: str, right: str, codec: str) -> str:
    """What ``ch`` between ``left`` and ``right`` (repaired text) should read as, when soft hyphens may
    have been stripped: ``ch`` itself, the one alternative (:func:`soft_hyphen_alternatives`) the text
    vouches for, or U+FFFD where the bytes and the text leave more than one reading.

    - a hanzi: an alternative counts where a word of the list holds it with a neighbour
      (:func:`holds_with_neighbour`); ``ch`` counts where it makes any word with a neighbour
      (:func:`~webclean.repair.lost_bytes.word_support`). One of them counting decides; both, or two
      alternatives, leave U+FFFD; none, ``ch`` stays (it needs no byte assumed);
    - a full-width space dangling at a line's end (:func:`dangling_full_width_space`) is the one
      punctuation alternative (……), or U+FFFD where there are several.

    >>> hidden_soft_hyphen_choice("飘着", "档", "的水汽", "gb18030")
    '淡淡'
    >>> hidden_soft_hyphen_choice("一直占线", "\\u3000", "\\n", "gb18030")
    '……'
    >>> hidden_soft_hyphen_choice("清", "淡", "的", "gb18030")   # B5 AD holds a soft hyphen: never in doubt
    '淡'
    """
    alternatives = soft_hyphen_alternatives(ch, codec)
    if not alternatives:
        return ch
    if _HANZI_RE.match(ch):
        supported = [s for s in alternatives if _may_hold_with_neighbour(left, s, right)
                     and holds_with_neighbour(left, s, right)]
        if not supported:
            return ch
        if len(supported) == 1 and word_support(left[-CONTEXT:], ch, right[:CONTEXT]) == 0:
            return supported[0]
        return "\ufffd"
    if dangling_full_width_space(left, ch, right):
        marks = [s for s in alternatives if all(c in NEUTRAL_PUNCT for c in s)]
        if len(marks) == 1:
            return marks[0]
        return "\ufffd" if marks else ch
    return ch


def settle_hidden_soft_hyphens(text: str, codec: str, before: str = "", after: str = "") -> tuple[str, int, int]:
    """``text`` (a repair of bytes in ``codec`` read as Latin, from a page that may have lost its soft
    hyphens) with each character settled by :func:`hidden_soft_hyphen_choice`; ``before`` and ``after``
    are the line around it. Returns the text, the characters the words decided (each two soft hyphens put
    back), and the characters left U+FFFD.

    >>> settle_hidden_soft_hyphens("打客服电话也一直占线\\u3000", "gb18030", after="\\n")
    ('打客服电话也一直占线……', 1, 0)
    """
    out: list[str] = []
    decided = lost = 0
    for i, ch in enumerate(text):
        if ch < "\x80" or not soft_hyphen_alternatives(ch, codec):
            out.append(ch)
            continue
        left = (before + "".join(out[-CONTEXT:]))[-CONTEXT:]
        right = (text[i + 1:] + after)[:CONTEXT]
        choice = hidden_soft_hyphen_choice(left, ch, right, codec)
        if choice == "\ufffd":
            lost += 1
        elif choice != ch:
            decided += 1
        out.append(choice)
    return "".join(out), decided, lost

