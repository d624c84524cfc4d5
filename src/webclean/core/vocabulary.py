r"""Word lists as regular expressions: vocabulary from ``data/`` files, in both scripts, compiled one way.

A logic module keeps its words in a data file by topic (``data/page_controls.txt`` ``[loading]``) and
builds its pattern around them: :func:`read_vocabulary` gives the entries with their Traditional forms
generated, :func:`alternation` one regex alternation over them (longest first, so ``相关阅读`` is tried
before ``相关``), :func:`trie_pattern` the same shaped as a trie for long lists. An entry written
``re:…`` is a short, bounded regex fragment, taken as it is; one written ``as-written:…`` is a word that gets
no generated forms (``as-written:台``, where the form ``臺`` would match inside another word).

>>> alternation(["展开", "展开全文", r"re:阅读\s?全文"])
'阅读\\s?全文|展开全文|展开'
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .data import read_terms
from .script import with_traditional

__all__ = ["read_vocabulary", "alternation", "section_alternation", "trie_pattern", "opening_characters",
           "REGEX_PREFIX", "AS_WRITTEN_PREFIX"]

#: An entry that is a regex fragment rather than a literal word.
REGEX_PREFIX = "re:"
#: A literal word taken as written, without generated Traditional forms.
AS_WRITTEN_PREFIX = "as-written:"


def read_vocabulary(name: str, section: str = "") -> tuple[str, ...]:
    """The entries of ``data/<name>`` (``section``), each literal word followed by its Traditional forms
    (an ``as-written:`` word alone, a ``re:`` fragment as it is).

    >>> read_vocabulary("surnames.txt")[:4]
    ('赵', '趙', '钱', '錢')
    >>> read_vocabulary("dispatch_bylines.txt", "photo outlet endings")
    ('社', '网', '網', '报', '報', '台')
    """
    out: dict[str, None] = {}
    for term in read_terms(name, section):
        if term.startswith(REGEX_PREFIX):
            forms: tuple[str, ...] = (term,)
        elif term.startswith(AS_WRITTEN_PREFIX):
            forms = (term[len(AS_WRITTEN_PREFIX):],)
        else:
            forms = with_traditional([term])
        for form in forms:
            out.setdefault(form, None)
    return tuple(out)


_GROUP = re.compile(r"\([^()]*\)")


def opening_characters(terms: Iterable[str]) -> str:
    r"""The characters a match of :func:`alternation` over ``terms`` opens with, for a look-ahead that lets sre
    skip the positions where no term starts (a case-insensitive pattern gets no first-character skip of its
    own). A ``re:`` fragment counts only when its opening is plain: two word characters, no alternation
    outside a group, no character class; any other raises, so the look-ahead can never hide a match.

    >>> opening_characters(["发表于", "發表於", r"re:posted\s?(?:@|on)"])
    'p发發'
    >>> opening_characters([r"re:\d{4}年"])
    Traceback (most recent call last):
    ...
    ValueError: a regex entry without a plain opening: '\\d{4}年'
    """
    firsts = set()
    for term in terms:
        if term.startswith(REGEX_PREFIX):
            fragment = top = term[len(REGEX_PREFIX):]
            while (inner := _GROUP.sub("", top)) != top:
                top = inner
            if not fragment[:2].isalnum() or len(fragment) < 2 or "[" in fragment or "|" in top:
                raise ValueError(f"a regex entry without a plain opening: {fragment!r}")
            term = fragment
        firsts.add(term[0])
    return "".join(sorted(firsts))


def alternation(terms: Iterable[str]) -> str:
    """One regex alternation: literal terms escaped, ``re:`` fragments as written; longest first, ties in
    the order given."""
    parts = [t[len(REGEX_PREFIX):] if t.startswith(REGEX_PREFIX) else re.escape(t) for t in terms]
    return "|".join(sorted(parts, key=len, reverse=True))


def section_alternation(name: str, section: str = "", *, traditional: bool = True) -> str:
    """The alternation of one section of ``data/<name>``: with the Traditional forms of its words, or as written
    (``traditional=False``: class names, host names).

    >>> section_alternation("metadata_labels.txt", "spaced labels")
    '作者|编辑|編輯'
    >>> section_alternation("chrome_hints.txt", "negations", traditional=False)
    'not|no'
    """
    return alternation(read_vocabulary(name, section) if traditional else read_terms(name, section))


#: A trie with more first characters than this has its branches tried in groups of this many, each behind a
#: look-ahead on its own first characters. sre tries the branches of an alternation one after another, so at a
#: position that starts no term of a 200-branch trie it tested every branch; with groups it tests a few
#: look-aheads and one group's branches (the spam gate, 195 first characters: 0.33 -> 0.21 ms per corpus page;
#: 16 to 64 measured alike). The branches that may match a character are tried in the same order as before,
#: so every match is the same.
TRIE_GROUP = 32


def _first_class(chars: Iterable[str]) -> str:
    """The inside of a character class holding ``chars`` and their one-character upper cases."""
    return "".join(re.escape(c) + (c.upper() if c.upper() != c and len(c.upper()) == 1 else "") for c in chars)


def _opening(top: list[tuple[str, dict[str, Any]]]) -> str:
    """What a match of a trie whose first level is ``top`` opens with, for its look-ahead: a first character
    and a second one of the same or another term, or a one-character term.

    >>> _opening([("a", {"v": {"": True}}), ("无", {"": True, "码": {"": True}}), ("毛", {"片": {"": True}})])
    '[aA无毛][vV片码]|[无]'
    """
    longer = [ch for ch, child in top if any(child)]
    seconds = sorted({ch for _, child in top for ch in child if ch})
    singles = [ch for ch, child in top if "" in child]
    parts = ([f"[{_first_class(longer)}][{_first_class(seconds)}]"] if longer else []) + \
        ([f"[{_first_class(singles)}]"] if singles else [])
    return "|".join(parts)


def trie_pattern(terms: Iterable[str]) -> str:
    """One regex alternation shaped as a trie, so the longest term at a position wins.

    >>> trie_pattern(["毛片", "毛片网", "无码", "av"])
    '(?=[aA无毛][vV片码])(?:[aA][vV]|无码|毛片(?:网)?)'

    Past :data:`TRIE_GROUP` first characters the branches are grouped (the same matches, found faster):

    >>> grouped = trie_pattern([chr(0x4e00 + k) + "字" for k in range(TRIE_GROUP + 1)])
    >>> grouped.count("(?=["), re.search(grouped, "一丁字").group()
    (3, '丁字')
    """
    trie: dict[str, Any] = {}
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = True

    def char(ch: str) -> str:
        # Case folding by character class: re.IGNORECASE would disable sre's first-character
        # prefilter and make the scan about 8 times slower.
        return f"[{ch}{ch.upper()}]" if ch.upper() != ch and len(ch.upper()) == 1 else re.escape(ch)

    def emit(node: dict[str, Any]) -> str:
        alts = [char(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?" if len(alts) == 1 else body + "?"
        return body

    # The leading lookahead on the first two characters of the terms lets sre skip non-starting positions
    # quickly (on the first character alone, measured 7x faster than the bare alternation on a 50 000-character
    # page; on the first two, the boilerplate phrase gate 0.10 -> 0.07 ms per corpus page: a common character
    # opens some phrase, and is seldom followed by the second character of one).
    top = sorted((ch, child) for ch, child in trie.items() if ch)
    opening = _opening(top)
    if len(top) <= TRIE_GROUP:
        return f"(?={opening})(?:" + "|".join(char(ch) + emit(child) for ch, child in top) + ")"
    groups = [top[k:k + TRIE_GROUP] for k in range(0, len(top), TRIE_GROUP)]
    return f"(?={opening})(?:" + "|".join(
        f"(?=[{_first_class(ch for ch, _ in group)}])(?:" + "|".join(char(ch) + emit(child) for ch, child in group)
        + ")" for group in groups) + ")"
