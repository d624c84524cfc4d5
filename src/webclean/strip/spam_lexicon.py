"""Spam lexicons and the one-pass scanner behind every rule in :mod:`webclean.strip.spam`.

Terms come from ``data/spam_<category>.txt`` (strong terms: porn, gambling,
invoice, loan, pharmacy, illegal), ``data/spam_weak.txt`` (words that only
count towards dominance) and ``data/spam_offer.txt`` (weak words that also
count as ad offers). All are compiled into ONE trie-shaped regex,
so a text is scanned once whatever the lexicon size; :func:`scan_terms` returns
what every rule needs (strong terms, coverage, domains, contacts, reporting
context) and is cached per text.

>>> s = scan_terms("日韩av在线 www.kk8.cc 联系QQ 12345678")
>>> [t for _, _, t in s.strong], s.domains, s.contact
(['日韩av'], 1, True)
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from ..core.data import read_terms
from ..core.vocabulary import alternation, read_vocabulary, trie_pattern

CATEGORIES = ("porn", "gambling", "invoice", "loan", "pharmacy", "illegal")
_WEAK = "weak"
_OFFER = "offer"          # weak terms that also count as ad offers (see data/spam_offer.txt)
_SOFT = (_WEAK, _OFFER)


# ---------------------------------------------------------------- lexicon

# Domain-like tokens: "www.xxx", "wwwxx", "name.tld" with the TLDs spam uses. Bounded repeats keep it linear.
_TLD_TERMS = read_terms("spam_hosts.txt", "domain tlds")
if not all(tld.isalnum() for tld in _TLD_TERMS):   # the gate's look-ahead takes their first letters
    raise ValueError("a domain TLD that is not letters and digits: the spam gate would miss it")
_TLDS = alternation(_TLD_TERMS)
DOMAIN_RE = re.compile(
    r"(?<![a-z0-9.\-])(?:www\.?[a-z0-9\-]{1,40}(?:\.[a-z0-9\-]{1,40}){0,3}"
    r"|[a-z0-9\-]{1,40}(?:\.[a-z0-9\-]{1,40}){0,2}\.(?:" + _TLDS + r"))(?![a-z0-9])", re.I)
# What every domain-like token holds: "www", or a dot and a TLD at the end of a word. Tried only at
# "w" and "." (the token itself is tried at every letter and digit: on ASCII-heavy blocks most of
# the gate's time), it lets through every block DOMAIN_RE matches in, and a few more.
_DOMAIN_SIGN = r"www|\.(?:" + _TLDS + r")(?![a-z0-9])"

class _Lexicon(NamedTuple):
    regex: re.Pattern[str]            # every term, weak and strong
    gate: re.Pattern[str]             # strong terms or a domain sign: cheap "could be spam?" test
    category: dict[str, str]          # lower-cased term -> category (or "weak")


def _read_terms(name: str) -> list[str]:
    """The terms of ``data/spam_<name>.txt`` with their Traditional forms, lower case."""
    return [term.lower() for term in read_vocabulary(f"spam_{name}.txt")]


@lru_cache(maxsize=1)
def compiled_lexicon() -> _Lexicon:
    category: dict[str, str] = {}
    for name in _SOFT + CATEGORIES:       # strong categories overwrite weak on a shared term
        for term in _read_terms(name):
            category[term] = name
    strong = [t for t, c in category.items() if c not in _SOFT]
    # The gate is matched on lower-cased text and compiled without re.I, which would cost sre its
    # first-character scan (about twice slower on a typical block; it runs on every block).
    # The leading look-ahead names the first two characters a match can open with (a term's first two, or
    # "ww" and "." with a TLD's first letter for a domain sign; a one-character term alone), so the engine
    # skips all other positions: common characters open some term (大, 在, 代), and with the first character
    # alone sre entered the trie at one position in six (the gate 0.21 -> 0.12 ms per corpus page).
    tld_firsts = {tld[0] for tld in _TLD_TERMS}
    firsts = _both_cases({t[0] for t in strong if len(t) > 1} | {"w", "."})
    seconds = _both_cases({t[1] for t in strong if len(t) > 1} | {"w"} | tld_firsts)
    singles = _both_cases({t for t in strong if len(t) == 1})
    opening = f"[{firsts}][{seconds}]" + (f"|[{singles}]" if singles else "")
    gate = re.compile(f"(?={opening})(?:" + _split_trie_pattern(strong) + "|" + _DOMAIN_SIGN + ")")
    return _Lexicon(re.compile(_split_trie_pattern(category)), gate, category)


def _both_cases(chars: Iterable[str]) -> str:
    """The inside of a character class holding ``chars`` and their one-character upper cases (the tries match
    a letter in either case).

    >>> _both_cases(["a", "大", "1"])
    '1Aa大'
    """
    return "".join(sorted({re.escape(c) for ch in chars for c in (ch, ch.upper()) if len(c) == 1}))


def _split_trie_pattern(terms: Iterable[str]) -> str:
    """One trie for terms opening with a Chinese character, one for terms opening with a letter or digit.

    A term that opens with a letter or digit must start a word (``porn`` is not found in ``xporn``);
    the look-behind also keeps a 10-million-letter line linear and fast, because sre otherwise
    enters the whole alternation at every position of an ASCII run.

    >>> re.search(_split_trie_pattern(["av在线", "无码"]), "javascript av在线") is not None
    True
    >>> re.search(_split_trie_pattern(["porn"]), "xporn") is None
    True
    """
    terms = list(terms)
    wordish = [t for t in terms if _ASCII_WORD.match(t)]
    other = [t for t in terms if not _ASCII_WORD.match(t)]
    parts = [trie_pattern(other)] if other else []
    if wordish:
        parts.append("(?<![a-z0-9A-Z])" + trie_pattern(wordish))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def maybe_spam(text: str) -> bool:
    """Fast pre-test: every block rule needs a strong term or a domain-like token somewhere."""
    return compiled_lexicon().gate.search(text.lower()) is not None


# ---------------------------------------------------------------- scanning

class _Scan(NamedTuple):
    strong: tuple[tuple[int, int, str], ...]   # (start, end, term) of strong-lexicon matches
    covered: int                               # characters covered by strong or weak matches
    spans: tuple[tuple[int, int], ...]         # (start, end) of every match, strong and weak
    offers: int                                # distinct ad-offer terms (代开, 黑户, 下款, 投注 ...)
    size: int                                  # characters of the text without spaces
    domains: int                               # domain-like tokens (www.xxx, xxx.com)
    contact: bool                              # phone / QQ / WeChat number
    reporting: bool                            # news/court/warning context words


_ASCII_WORD = re.compile(r"[a-z0-9]", re.I)
# Contact numbers of ads: a QQ/WeChat/phone label followed by an id, or a bare mainland mobile number.
_CONTACT = re.compile(
    rf"(?:{alternation(read_vocabulary('spam_context.txt', 'contact labels'))})"
    r"[\s:：号號码碼]{0,4}[a-z0-9_\-]{5,20}|(?<!\d)1[3-9]\d{9}(?!\d)", re.I)
# Words of news, court and warning prose ABOUT spam topics: their presence vetoes the softer rules.
_REPORTING = re.compile(alternation(read_vocabulary("spam_context.txt", "reporting")))
SPACES_RE = re.compile(r"\s+")


@lru_cache(maxsize=8192)
def scan_terms(text: str) -> _Scan:
    lex = compiled_lexicon()
    strong: list[tuple[int, int, str]] = []
    covered = 0
    spans: list[tuple[int, int]] = []
    offers: set[str] = set()
    for m in lex.regex.finditer(text):
        start, end = m.span()
        term = m.group().lower()
        # Latin terms ("jav", "av在线") must not sit inside a longer Latin word ("java").
        if (_ASCII_WORD.match(term[0]) and start and _ASCII_WORD.match(text[start - 1])) or (
                _ASCII_WORD.match(term[-1]) and end < len(text) and _ASCII_WORD.match(text[end])):
            continue
        covered += end - start
        spans.append((start, end))
        kind = lex.category.get(term, _WEAK)
        if kind == _OFFER:
            offers.add(term)
        elif kind != _WEAK:
            strong.append((start, end, term))
    return _Scan(tuple(strong), covered, tuple(spans), len(offers), len(SPACES_RE.sub("", text)),
                 len(DOMAIN_RE.findall(text)),
                 _CONTACT.search(text) is not None, _REPORTING.search(text) is not None)


def term_coverage(scan: _Scan) -> float:
    return scan.covered / scan.size if scan.size else 0.0
