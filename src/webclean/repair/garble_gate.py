"""The fast gate in front of mojibake repair: is there anything garbled-looking in the text at all?

Clean text (nearly every page) must cost one character-class scan; only text with two odd characters
close together, a Bopomofo letter after a hanzi, or a lossy marker goes on to the span search.

>>> looks_garbled("今天天气很好。"), looks_garbled("鍙戝竷浜嗘柊")
(False, True)
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..core.plausibility import NEUTRAL_PUNCT, char_ranks, core_hanzi, script_chars

__all__ = ["looks_garbled", "suspect_pairs", "non_ascii_runs", "odd_class", "ODD_RE", "CP1252_EXTRAS", "CP1252_RARE"]

CP1252_EXTRAS = "€‚ƒ„†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ…"
# the cp1252 extras that clean Chinese text does not use (it uses “”‘’…— all the time)
CP1252_RARE = "".join(c for c in CP1252_EXTRAS if c not in "‘’“”…—–•")


def odd_class() -> str:
    """The fast-path gate: two odd characters close together, a Bopomofo letter after a hanzi, or a
    lossy marker.  "Odd" = what garbling chains produce and clean text rarely holds: hanzi outside
    the GB2312 level-1 / Big5 frequent sets, Latin-1 high half, rare cp1252 extras, private use,
    U+FFFD, Greek/Cyrillic, enclosed and box symbols, kana, Bopomofo."""
    safe = set(core_hanzi()) | set(NEUTRAL_PUNCT)
    rare = [chr(o) for o in range(0x3400, 0xA000) if chr(o) not in safe]
    return ("[" + _ranges(rare) + "\u0080-\u00ff\ue000-\uf8ff\ufffd" + re.escape(CP1252_RARE)
            + "\u0370-\u04ff\u2460-\u27bf\u3040-\u30ff\u3100-\u312f\u3200-\u33ff烫屯锟]")


def _build_suspect_re() -> re.Pattern[str]:
    one = odd_class()
    # Garbling turns every character it touches into something odd, so garbled text shows two odd
    # characters at most one apart; clean text with one rare name character (锺, 蒯) stays on the
    # fast path.  The bounded gap keeps the search linear.
    # The second odd character must differ from the first: one symbol repeated (★★★, ────, a GBK
    # page's private-use indent \ue5e5\ue5e5) is decoration, and garbled text always shows other pairs.
    # A Bopomofo letter next to hanzi is GBK full-width punctuation read as Big5 (，-> ㄛ): one is enough.
    return re.compile("(" + one + ").{0,2}(?!\\1)" + one
                      + "|[\u4e00-\u9fff][\u3105-\u312f]|\ufffd|锟斤拷|烫烫烫|屯屯屯", re.S)


def _ranges(chars: list[str]) -> str:
    out, i = [], 0
    while i < len(chars):
        j = i
        while j + 1 < len(chars) and ord(chars[j + 1]) == ord(chars[j]) + 1:
            j += 1
        out.append(chars[i] if i == j else f"{chars[i]}-{chars[j]}")
        i = j + 1
    return "".join(out)


#: The longest match of :data:`_SUSPECT_PAIR_RE`: two odd characters with two between them.
PAIR_SPAN_MAX = 4

# Built once at import (about 100 ms with the data files) so the first call on clean text is as fast as the rest.
ODD_RE = re.compile(odd_class())
_SUSPECT_PAIR_RE = _build_suspect_re()
char_ranks(), script_chars()  # load the data files now too, not inside the first timed call


def looks_garbled(text: str) -> bool:
    """The fast path: one scan for any odd character (clean text usually has none), then the full
    gate from there.  Clean text returns ``False`` after a single character-class search.

    >>> looks_garbled("今天天气很好。"), looks_garbled("鍙戝竷浜嗘柊")
    (False, True)
    """
    return next(suspect_pairs(text), None) is not None


def suspect_pairs(text: str, skip_to: Callable[[], int] | None = None) -> Iterator[tuple[int, int]]:
    """Spans of :data:`_SUSPECT_PAIR_RE` matches, found by jumping from odd character to odd character.

    Every alternative of the pair pattern holds an odd character at its first or second position,
    so the pattern is only tried in a window around each odd character: a one-class scan is many
    times faster on a long page than the alternation tried at every position, and only in the stretches
    that hold a character outside ASCII (:func:`non_ascii_runs`; a corpus page's scan 0.41 -> 0.31 ms,
    garbled text, one run, about 4 % slower for the stretches' test). ``skip_to``, when given,
    says before each step where the caller wants the search to go on from (past a line it has handled).

    >>> list(suspect_pairs("今天鍙戝竷了，正常文字★。"))
    [(2, 5)]
    """
    pos, end = 0, len(text)
    runs = non_ascii_runs(text)
    run, stop = 0, 0   # the run searched last (those before it end at or before pos), and its end

    def next_odd(pos: int) -> re.Match[str] | None:
        """The first odd character from ``pos`` on, run by run."""
        nonlocal run, stop
        while run < len(runs):
            start, stop = runs[run]
            if pos < stop:
                odd = ODD_RE.search(text, max(pos, start), stop)
                if odd is not None:
                    return odd
            run += 1
        return None

    odd = next_odd(0)
    while odd is not None:
        if skip_to is not None and skip_to() > odd.start():
            pos = skip_to()
            odd = next_odd(pos)
            continue
        # a pair starts at most one character before an odd one and spans at most PAIR_SPAN_MAX characters;
        # it is matched only where it may start, so a window never cuts short a pair that starts later
        # (锟锟斤拷æ: the pair at the second 锟 runs to æ, past the first 锟's window)
        m = None
        for start in (odd.start() - 1, odd.start()):
            if start >= pos:
                m = _SUSPECT_PAIR_RE.match(text, start, min(end, start + PAIR_SPAN_MAX))
                if m is not None:
                    break
        if m is not None:
            yield m.span()
            pos = m.end()
        else:
            pos = odd.end()
        # the run searched last first, without a call: in garbled text (one run) the next odd character is
        # near, and a call per character would cost a quarter of the search
        odd = ODD_RE.search(text, pos, stop) if pos < stop else None
        odd = odd if odd is not None else next_odd(pos)


#: Characters :func:`non_ascii_runs` tests for ASCII at a time: half the stretches of this length in the corpus
#: pages are markup, scripts or styles alone.
ASCII_STRETCH = 1024


def non_ascii_runs(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that hold a character outside ASCII, in stretches of :data:`ASCII_STRETCH`
    (adjacent ones merged): every odd character is in one, and the character-class scan (about 2.8 ns a
    character) need not read the others. A stretch is tested by a slice's ``isascii`` (a copy in C).

    >>> non_ascii_runs("<p>" * 1000 + "正文" + "<p>" * 1000)
    [(2048, 3072)]
    """
    runs: list[tuple[int, int]] = []
    if text.isascii():   # (known to the str object: no scan)
        return runs
    for start in range(0, len(text), ASCII_STRETCH):
        stop = min(start + ASCII_STRETCH, len(text))
        if text[start:stop].isascii():
            continue
        if runs and runs[-1][1] == start:
            runs[-1] = (runs[-1][0], stop)
        else:
            runs.append((start, stop))
    return runs

