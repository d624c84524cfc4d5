"""Spam: keyword stuffing, spam headline suffixes, injected ads, hidden link farms, spam mirrors.

Hacked and mirrored Chinese pages carry spam in a few recurring shapes:
a first line of comma-separated porn phrases with ``www`` tokens, a
``|天天爱天天做天天爽`` tail on the headline, numbered lists of casino names
between article paragraphs, short ads for fake invoices or loans with a
QQ/WeChat number, link farms hidden with ``display:none``, text after
``</html>``, and ``document.write`` of encoded markup. Each shape is one
named rule below.

Legitimate text mentions the same topics (health articles, lottery news,
court reports about gambling or pornography), so no rule fires on a single
word in prose: a rule needs lexicon DOMINANCE of a short-phrase run, or an
explicit spam shape (domain-like tokens, contact numbers, stacked terms).

Terms come from ``data/spam_<category>.txt`` (strong terms) and
``data/spam_weak.txt`` (words that only count towards dominance), compiled
into ONE trie-shaped regex by :mod:`webclean.strip.spam_lexicon`, so a page is
scanned once per block whatever the lexicon size.

Page score: every signal found adds a weight ``w_i`` in [0, 1) and
``spam_score = 1 - prod(1 - w_i)`` (independent pieces of evidence; one
keyword-stuffed line alone gives 0.85, two spam list lines 0.84).
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from types import MappingProxyType
from typing import Any
from urllib.parse import unquote

from ..core.data import read_terms
from ..core.urls import host_of, registrable_domain
from ..core.vocabulary import alternation
from ..document import Block, Document
from ..record import Removal
from .spam_lexicon import CATEGORIES, maybe_spam, scan_terms, term_coverage
from .spam_links import mark_foreign_link_clusters
from .spam_lists import casino_anchor, mark_spam_lists
from .spam_rules import (
    LINE_RULES,
    SURE,
    injected_ad,
    is_spam_text,
    keyword_stuffed_line,
    spam_phrase_line,
    stacked_spam_terms,
)

__all__ = ["mark_spam", "strip_title_spam", "foreign_spam_title", "is_spam_text", "keyword_stuffed_line",
           "stacked_spam_terms", "injected_ad", "spam_phrase_line", "spam_tail", "hidden_link_farm", "text_after_html",
           "encoded_document_write", "referrer_cloak", "combine_score", "CATEGORIES"]


# Signal weights (see the module docstring for the formula). A removal by a
# strong rule is itself proof of a hacked page, so those weigh >= 0.8; signals
# >= 0.6 set the "hacked" flag. Pinyin annotations (0.45) mark a spam mirror
# but prove no injected spam; a foreign canonical URL (0.1) is often syndication.
_WEIGHTS = MappingProxyType({
    "keyword_stuffed_line": 0.85, "stacked_spam_terms": 0.8, "injected_ad": 0.8,
    "spam_phrase_line": 0.8, "spam_phrase_line_weak": 0.6, "spam_title_suffix": 0.8, "spam_tail": 0.8,
    "spam_meta": 0.5, "hidden_link_farm": 0.85, "marquee_spam": 0.7, "text_after_html": 0.8,
    "encoded_document_write": 0.7, "referrer_cloak": 0.6, "pinyin_annotations": 0.45,
    "foreign_canonical": 0.1, "foreign_link_cluster": 0.85,   # injected link runs (spam_links.py)
    "numbered_spam_list": 0.85,                                # injected anchor lists (spam_lists.py)
    "spam_title": 0.8,                                         # a <title> replaced by spam the page never shows
})
#: A signal this heavy is proof of injected spam: the page is flagged ``hacked``.
HACKED_WEIGHT = 0.6


# ---------------------------------------------------------------- titles

# Space runs are bounded: an unbounded `\s*` before the separator is retried from every space of a long
# blank run (quadratic); titles never pad a separator with more than a few spaces.
_TITLE_SEP = re.compile(r"\s{0,8}[|｜_]\s{0,8}|\s{1,8}[-—–]{1,4}\s{1,8}|\s{0,8}——\s{0,8}")


#: A spam title segment: a strong term plus one more term at least (``减肥秘诀|天天做运动`` keeps its tail,
#: ``|天天爱天天做天天爽`` loses it), the terms making up this share of it.
SEGMENT_MIN_TERMS = 2
SEGMENT_MIN_COVERAGE = 0.5


def _spam_segment(segment: str) -> bool:
    """A title segment that is spam: a strong term plus at least one more term, together >= half of it."""
    scan = scan_terms(segment)
    if scan.reporting:
        return False
    return ((bool(scan.strong) and len(scan.spans) >= SEGMENT_MIN_TERMS and term_coverage(scan) >= SEGMENT_MIN_COVERAGE)
            or is_spam_text(segment) is not None)


#: A trailing spam run: terms with gaps of this many characters at most ...
RUN_MAX_GAP = 3
#: ... two terms at least ...
RUN_MIN_TERMS = 2
#: ... after this many characters of the title at least (a run from the start is a spam title).
RUN_MIN_START = 4
#: "天天爱天天做天天爽": a head of the same shape ("天天" + one character) belongs to the run.
RUN_HEAD_CHARS = 3


def _trailing_spam_run(title: str) -> int | None:
    """Start of a run of >= 2 terms (one strong) that ends the title, with gaps of <= 3 characters.

    >>> _trailing_spam_run("社区治理绘就同心圆天天爱天天做天天爽")
    9
    """
    scan = scan_terms(title)
    spans = scan.spans
    if len(spans) < RUN_MIN_TERMS or not scan.strong or spans[-1][1] != len(title):
        return None
    start, count = spans[-1][0], 1
    for s, e in reversed(spans[:-1]):
        if start - e > RUN_MAX_GAP:
            break
        start, count = s, count + 1
    head = RUN_HEAD_CHARS
    if start >= head and title[start - head:start - 1] == title[start:start + head - 1]:
        start -= head
    strong_in_run = any(s >= start for s, _, _ in scan.strong)
    return start if count >= RUN_MIN_TERMS and strong_in_run and start >= RUN_MIN_START else None


def strip_title_spam(title: str) -> tuple[str, str | None]:
    """Split spam prefixes/suffixes off a headline; a wholly stuffed title gives ``("", title)``.

    >>> strip_title_spam("城市更新何以绘就“同心圆”?|天天爱天天做天天爽")
    ('城市更新何以绘就“同心圆”?', '天天爱天天做天天爽')
    >>> strip_title_spam("彩票销售额同比增长 | 财经频道")
    ('彩票销售额同比增长 | 财经频道', None)
    """
    if not title or not title.strip():
        return title, None
    if keyword_stuffed_line(title) or stacked_spam_terms(title):
        return "", title
    pieces = _TITLE_SEP.split(title)
    seps = _TITLE_SEP.findall(title)
    lo, hi = 0, len(pieces)
    while hi - lo > 1 and _spam_segment(pieces[hi - 1]):
        hi -= 1
    while hi - lo > 1 and _spam_segment(pieces[lo]):
        lo += 1
    if (lo, hi) != (0, len(pieces)):
        kept = "".join(p + s for p, s in zip(pieces[lo:hi], seps[lo:hi - 1] + [""]))
        removed = [p for p in pieces[:lo] + pieces[hi:] if p]
        return kept.strip(), " ".join(removed)
    cut = _trailing_spam_run(title)
    if cut is not None:
        return title[:cut].rstrip(), title[cut:]
    return title, None


#: The page's headline splits its <title> when it is this long at least (a shorter one may be a word of the spam).
TITLE_HEADLINE_MIN_CHARS = 4
#: A title segment is foreign to the page when fewer than this share of its character pairs occur in
#: the page's text: a hacker's casino title shares none with a story on housing, while a real headline
#: about a casino group (澳门银河娱乐公布业绩) is the page's own subject and shares most of them.
FOREIGN_TITLE_OVERLAP = 0.34
_HAN_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")


def _pairs(text: str) -> set[str]:
    return set(_HAN_PAIR.findall(text))


def _spam_shaped(segment: str) -> bool:
    """A title segment holding a strong spam term or shaped like a casino anchor, outside reporting."""
    segment = segment.strip()
    if not segment:
        return False
    scan = scan_terms(segment)
    return not scan.reporting and (bool(scan.strong) or casino_anchor(segment))


def _foreign(segment: str, page_text: str) -> bool:
    """Fewer than :data:`FOREIGN_TITLE_OVERLAP` of the segment's character pairs occur in the page."""
    pairs = _pairs(segment)
    return not pairs or sum(1 for pair in pairs if pair in page_text) < FOREIGN_TITLE_OVERLAP * len(pairs)


def _title_spam_segment(segment: str, page_text: str) -> bool:
    """A segment with a strong spam term or a casino anchor that the page's own text never shows."""
    return _spam_shaped(segment) and _foreign(segment.strip(), page_text)


def foreign_spam_title(title: str, page_text: str, headline: str | None = None) -> tuple[str, str | None]:
    """Split off ``<title>`` segments that are spam and foreign to the page; ``("", title)`` when all are.

    Hacked pages get their ``<title>`` rewritten for search engines while the article stays: one casino
    anchor or a lone spam term, which :func:`strip_title_spam` (two terms needed) lets through, is spam
    when the page's text never shows it. The segments are the separator pieces, or what stands around
    the page's own headline.

    >>> page = "老旧小区改造惠及万户居民。今年以来，我市持续推进老旧小区改造。"
    >>> foreign_spam_title("澳门威尼斯人官网", page)
    ('', '澳门威尼斯人官网')
    >>> foreign_spam_title("澳门新葡京娱乐场官网老旧小区改造惠及万户居民", page, "老旧小区改造惠及万户居民")
    ('老旧小区改造惠及万户居民', '澳门新葡京娱乐场官网')
    >>> foreign_spam_title("澳门银河娱乐公布季度业绩_财经", "澳门银河娱乐今日公布季度业绩，收益增长两成。")
    ('澳门银河娱乐公布季度业绩_财经', None)
    """
    if not title or not title.strip():
        return title, None
    headline = (headline or "").strip()
    if len(headline) >= TITLE_HEADLINE_MIN_CHARS and headline in title and headline != title.strip():
        before, _, after = title.partition(headline)
        spam = [part for part in (before, after) if _title_spam_segment(_TITLE_SEP.sub("", part), page_text)]
        if spam:
            kept = headline + ("" if after in spam else after)
            kept = kept if before in spam else before + kept
            return kept.strip(), " ".join(_TITLE_SEP.sub("", part).strip() for part in spam)
    pieces = _TITLE_SEP.split(title)
    seps = _TITLE_SEP.findall(title)
    flags = [_title_spam_segment(piece, page_text) for piece in pieces]
    if not any(flags):
        return title, None
    if all(flags):
        return "", title
    kept = "".join(p + s for p, s, f in zip(pieces, seps + [""], flags) if not f)
    removed = " ".join(p.strip() for p, f in zip(pieces, flags) if f)
    return kept.strip(" |｜_-—–"), removed     # the separator after a dropped last piece goes too


# ---------------------------------------------------------------- page signals (HTML source and hints)

#: A hidden link farm: a hidden element with this many links at least whose text is spam (or holds this many
#: strong terms); hidden drop-down menus are common and harmless.
FARM_MIN_LINKS = 2
FARM_MIN_TERMS = 3


def hidden_link_farm(hidden: Iterable[tuple[str, int]]) -> bool:
    """Hidden elements (removed by html.py) whose text is spam and that hold links: a hidden link farm.

    Hidden drop-down menus are common and harmless, so links alone are not
    enough: the hidden text must itself be spam.

    >>> hidden_link_farm([("澳门新葡京 百家乐 时时彩 北京赛车pk10 六合彩开奖", 5)])
    True
    >>> hidden_link_farm([("首页 新闻 体育 财经 娱乐 科技 汽车 房产", 8)])
    False
    """
    for text, n_links in hidden:
        if n_links >= FARM_MIN_LINKS and (is_spam_text(text) is not None
                                          or len(scan_terms(text).strong) >= FARM_MIN_TERMS):
            return True
    return False


_TAG = re.compile(r"<[^<>]{0,2000}>")
_LINK = re.compile(r"<a\s", re.I)
#: Links after </html> carrying a spam term or a domain: two make injected spam (one may be a stray counter).
TAIL_MIN_LINKS = 2


def text_after_html(source: str) -> str | None:
    """Plain text of spam appended after the closing ``</html>`` tag, else None.

    >>> text_after_html('<html><body><p>正文</p></body></html>\\n<a href="http://x.cc">百家乐</a><a href="http://y.cc">时时彩</a>')
    '百家乐 时时彩'
    >>> text_after_html('<html><body></body></html>\\n<script src="/stat.js"></script>') is None
    True
    """
    end = max(source.rfind("</html>"), source.rfind("</HTML>"), source.rfind("</Html>"))
    if end < 0:
        return None
    tail = source[end + 7:]
    plain = " ".join(_TAG.sub(" ", tail).split())
    if not plain:
        return None
    scan = scan_terms(plain)
    if (len(_LINK.findall(tail)) >= TAIL_MIN_LINKS and (scan.strong or scan.domains)) or is_spam_text(plain):
        return plain
    return None


_WRITE_CALL = "document.write"
_WRITE = re.compile(r"document\.write(?:ln)?\s*\(")        # JavaScript is case-sensitive
# String literals without escaped quotes (encoded payloads use %22 or \x22): linear, no nested repeats.
_STRING = re.compile(r"\"([^\"\n]{0,4000})\"|'([^'\n]{0,4000})'")
_ESCAPE = re.compile(r"\\x([0-9a-f]{2})|\\u([0-9a-f]{4})|&#(\d{2,6});", re.I)
_ENCODED = re.compile(r"%[0-9a-f]{2}|\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|&#\d{2,6};", re.I)
_REDIRECT = re.compile(r"location(?:\.href)?\s*=|location\.replace\s*\(|window\.open\s*\(", re.I)
#: Writes read per page: a page of thousands is generated code, and the first ones tell.
MAX_WRITES = 50
#: Characters of script read after each write, and where its encoded argument must start.
WRITE_WINDOW = 8000
ENCODED_WITHIN = 400
#: String literals read per write, and escapes that make one an encoded payload.
MAX_LITERALS = 20
MIN_ESCAPES = 4
#: Characters of decoded text kept when it has no visible text (a redirect).
DECODED_KEPT = 300


def _unescape(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16) if (m.group(1) or m.group(2)) else int(m.group(3))
        return chr(code) if code <= sys.maxunicode else ""
    return _ESCAPE.sub(one, unquote(text))


def _calls(source: str, name: str, call: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """What ``call.finditer(source)`` finds, for a pattern that starts with the literal ``name``: the places
    are found with ``str.find`` (a page's whole source is searched: several times faster than the regex's
    own scan) and the pattern is matched there only.

    >>> [m.span() for m in _calls("a.write(1); document.writeln (2)", "document.write", _WRITE)]
    [(12, 30)]
    """
    at = source.find(name)
    while at >= 0:
        m = call.match(source, at)
        if m is not None:
            yield m
            at = source.find(name, m.end())
        else:
            at = source.find(name, at + 1)


def encoded_document_write(source: str) -> str | None:
    """Decoded text of a ``document.write`` of encoded markup that hides spam or a redirect, else None.

    Statistics snippets also write ``unescape("%3Cscript ...")``, so the
    decoded markup must itself carry spam terms or a redirect.

    >>> spam = "%E7%99%BE%E5%AE%B6%E4%B9%90%E6%BE%B3%E9%97%A8%E6%96%B0%E8%91%A1%E4%BA%AC"
    >>> encoded_document_write(f'<script>document.write(unescape("{spam}"))</script>')
    '百家乐澳门新葡京'
    >>> stat = "%3Cscript src=%22/s.js%22%3E%3C/script%3E"
    >>> encoded_document_write(f"<script>document.write(unescape('{stat}'))</script>") is None
    True
    """
    for count, m in enumerate(_calls(source, _WRITE_CALL, _WRITE)):
        if count >= MAX_WRITES:
            break
        window = source[m.end():m.end() + WRITE_WINDOW]
        if not _ENCODED.search(window, 0, ENCODED_WITHIN):      # plain writes (most of them) need no decoding
            continue
        literals = [a or b for a, b in _STRING.findall(window)[:MAX_LITERALS]]
        encoded = [s for s in literals if len(_ENCODED.findall(s)) >= MIN_ESCAPES]
        if not encoded:
            continue
        decoded = _unescape("".join(encoded))
        plain = " ".join(_TAG.sub(" ", decoded).split())
        if scan_terms(plain).strong or _REDIRECT.search(decoded):
            return plain or decoded[:DECODED_KEPT]
    return None


_REFERRER_READ = "document.referrer"
_REFERRER = re.compile(r"document\.referrer")
_ENGINE = re.compile(alternation(read_terms("spam_hosts.txt", "search engines")), re.I)
#: Referrer reads looked at per page, and the script around each where the engine test and the
#: redirect must stand.
MAX_REFERRERS = 20
REFERRER_BEFORE, REFERRER_AFTER = 300, 600


def referrer_cloak(source: str) -> bool:
    """JavaScript that redirects visitors arriving from a search engine (cloaking of hacked pages).

    >>> referrer_cloak('<script>var r=document.referrer;if(r.indexOf("baidu")>0){location.href="http://a.cc"}</script>')
    True
    >>> referrer_cloak('<script>if(/Mobile/.test(navigator.userAgent)){location.href="/m/"}</script>')
    False
    """
    for count, m in enumerate(_calls(source, _REFERRER_READ, _REFERRER)):
        if count >= MAX_REFERRERS:
            break
        window = source[max(0, m.start() - REFERRER_BEFORE):m.end() + REFERRER_AFTER]
        if _ENGINE.search(window) and _REDIRECT.search(window):
            return True
    return False


def combine_score(weights: Iterable[float]) -> float:
    """``1 - prod(1 - w_i)``: independent signals, each able to raise but never to lower the score.

    >>> combine_score([0.85])
    0.85
    >>> round(combine_score([0.6, 0.6]), 2)
    0.84
    >>> combine_score([])
    0.0
    """
    keep = 1.0
    for w in weights:
        keep *= 1.0 - min(max(w, 0.0), 1.0)
    return round(1.0 - keep, 4)


# ---------------------------------------------------------------- the stage

def mark_spam(doc: Document, opts: Any) -> None:
    """Label spam blocks, clean spam out of ``doc.head``, set ``doc.spam_score`` and flags.

    Signals are collected as ``(name, weight)`` pairs; the score is
    :func:`combine_score` of their weights. ``hacked`` is set when spam was
    injected into the page (or the page is nothing but spam); ``mirror`` when
    the page shows spam-mirror signs (pinyin annotations, foreign canonical
    URL) next to spam, or many annotations.
    """
    signals: list[tuple[str, float]] = []
    _mark_blocks(doc, signals)
    if doc.is_html:
        _check_head(doc, signals)
        _check_html(doc, signals)
        if mark_foreign_link_clusters(doc):
            signals.append(("foreign_link_cluster", _WEIGHTS["foreign_link_cluster"]))
    injected = any(w >= HACKED_WEIGHT for _, w in signals)
    if injected:
        _mark_spam_page(doc, signals)
    _check_mirror(doc, signals, injected)
    doc.spam_score = combine_score(w for _, w in signals)
    doc.hints["spam_signals"] = signals          # for the inspection report: which signal weighed what
    if injected:
        doc.flags.add("hacked")


#: Blocks between two checks of the page's time budget.
BUDGET_CHECK_EVERY = 300


def _mark_blocks(doc: Document, signals: list[tuple[str, float]]) -> None:
    """Strong rules block by block, then spam list lines judged with their neighbours."""
    candidates: dict[int, tuple[int, Block]] = {}
    gated: set[int] = set()          # blocks with a strong term or a domain sign: items of spam lists
    for n, block in enumerate(doc.blocks):
        if n % BUDGET_CHECK_EVERY == BUDGET_CHECK_EVERY - 1:
            doc.check_budget("spam")
        if block.label is not None or not block.text or not maybe_spam(block.text):
            continue
        gated.add(n)
        rule = next((r.name for r in LINE_RULES if r.test(block.text)), None)
        if rule:
            doc.remove_block(block, "spam", rule)
            signals.append((rule, _WEIGHTS[rule]))
        elif level := spam_phrase_line(block.text):     # a whole spam line beats trimming its tail
            candidates[n] = (level, block)
        elif trimmed := _trim_suffix(doc, block):
            signals.append((trimmed, _WEIGHTS[trimmed]))
    page_has_spam = bool(signals)
    for n, (level, block) in candidates.items():
        beside = any(m in candidates or (0 <= m < len(doc.blocks) and doc.blocks[m].label == "spam")
                     for m in (n - 1, n + 1))
        if level == SURE or beside or page_has_spam:
            doc.remove_block(block, "spam", "spam_phrase_line")
            signals.append(("spam_phrase_line", _WEIGHTS["spam_phrase_line" if level == SURE
                                                          else "spam_phrase_line_weak"]))
    if mark_spam_lists(doc, gated):   # after the line rules: their spam lines count as items of a list
        signals.append(("numbered_spam_list", _WEIGHTS["numbered_spam_list"]))


def spam_tail(text: str) -> int | None:
    """Where a spam run glued after the last sentence of a paragraph starts, else None.

    >>> spam_tail("会议强调，要创新社区治理方式，推动形成共建共治共享的格局。澳门新葡京百家乐真人视讯")
    29
    >>> spam_tail("会议强调，要严厉打击网络赌博，彩票销售要规范。") is None
    True
    """
    cut = _trailing_spam_run(text)
    # Only after a sentence end: the paragraph itself finished before the spam began.
    return cut if cut is not None and text[cut - 1] in "。！？!?.；;…”\"" else None


#: Longer blocks are paragraphs (a spam tail is cut after their last sentence); shorter ones headlines.
HEADLINE_MAX_CHARS = 120


def _trim_suffix(doc: Document, block: Block) -> str | None:
    """Cut a spam tail/head off a headline (``标题|天天爱天天做天天爽``) or a spam tail off a paragraph."""
    if len(block.text) > HEADLINE_MAX_CHARS:
        rule, cut = "spam_tail", spam_tail(block.text)
        kept, removed = (block.text, None) if cut is None else (block.text[:cut], block.text[cut:])
    else:
        rule, (kept, removed) = "spam_title_suffix", strip_title_spam(block.text)
    if removed is None or not kept:
        return None
    doc.removed.append(Removal("spam", removed, rule, f"block {block.index} (part)"))
    block.text = kept
    return rule


def _check_head(doc: Document, signals: list[tuple[str, float]]) -> None:
    """Stuffed ``<title>`` and meta title/keywords/description: cleaned in ``doc.head``, removal recorded."""
    page_text, headline = _page_text(doc)
    title = doc.head.get("title")
    if isinstance(title, str) and title:
        kept, removed = strip_title_spam(title)
        if removed:
            doc.head["title"] = title = kept or None
            doc.removed.append(Removal("spam", removed, "spam_title_suffix", "head.title"))
            signals.append(("spam_title_suffix", _WEIGHTS["spam_title_suffix"]))
        if title:
            kept, removed = foreign_spam_title(title, page_text, headline)
            if removed:
                doc.head["title"] = kept or None
                doc.removed.append(Removal("spam", removed, "spam_title", "head.title"))
                signals.append(("spam_title", _WEIGHTS["spam_title"]))
    meta = doc.head.get("meta") or {}
    for key in ("og:title", "twitter:title", "keywords", "description", "og:description"):
        values = meta.get(key)
        if not values:
            continue
        cleaned: list[str] = []
        for value in values:
            if not isinstance(value, str):
                continue
            if key.endswith("title"):
                kept, removed = strip_title_spam(value)
                if not removed:
                    kept, removed = foreign_spam_title(value, page_text, headline)
            else:
                stuffed = keyword_stuffed_line(value) or stacked_spam_terms(value)
                kept, removed = ("", value) if stuffed else (value, None)
            if removed:
                doc.removed.append(Removal("spam", removed, "spam_meta", f"head.meta.{key}"))
                signals.append(("spam_meta", _WEIGHTS["spam_meta"]))
            if kept:
                cleaned.append(kept)
        meta[key] = cleaned


# Enough of the page to tell what it is about (a title is judged against it); a huge page costs no more.
_PAGE_TEXT_CHARS = 50_000


def _page_text(doc: Document) -> tuple[str, str | None]:
    """The page's own visible text (no spam, no hidden text) and its first ``<h1>``, if any."""
    parts, size = [], 0
    for block in doc.blocks:
        if block.label in ("spam", "hidden") or not block.text:
            continue
        parts.append(block.text)
        size += len(block.text)
        if size > _PAGE_TEXT_CHARS:
            break
    headline = next((b.text for b in doc.blocks if b.heading == 1 and b.label not in ("spam", "hidden")), None)
    return "\n".join(parts), headline


def _check_html(doc: Document, signals: list[tuple[str, float]]) -> None:
    """Hidden link farms, spam marquees, text after ``</html>``, encoded writes, referrer cloaking."""
    hidden = doc.hints.get("hidden_links") or ()
    if hidden_link_farm(hidden):
        signals.append(("hidden_link_farm", _WEIGHTS["hidden_link_farm"]))
        # html.py already removed these elements as "hidden"; say also that they were spam.
        for text, n_links in hidden:
            if hidden_link_farm([(text, n_links)]):
                doc.removed.append(Removal("spam", text, "hidden_link_farm", "hidden element"))
    marquee = doc.hints.get("marquee")
    if isinstance(marquee, (list, tuple)) and any(isinstance(t, str) and is_spam_text(t) for t in marquee):
        signals.append(("marquee_spam", _WEIGHTS["marquee_spam"]))
    source = doc.text
    tail = text_after_html(source)
    if tail:
        signals.append(("text_after_html", _WEIGHTS["text_after_html"]))
        removed_any = False
        for block in reversed(doc.blocks):      # html parsers move trailing text into the last blocks
            if block.label is not None or not block.text or block.text not in tail:
                break
            doc.remove_block(block, "spam", "text_after_html")
            removed_any = True
        if not removed_any:                     # libxml2 dropped it: record it all the same
            doc.removed.append(Removal("spam", tail, "text_after_html", "after </html>"))
    if encoded_document_write(source):
        signals.append(("encoded_document_write", _WEIGHTS["encoded_document_write"]))
    if referrer_cloak(source):
        signals.append(("referrer_cloak", _WEIGHTS["referrer_cloak"]))


#: A page whose spam makes up this share of its text is a spam page: a hacked article keeps most of its
#: text in real paragraphs, a spam page's few other lines are filler between spam lists.
SPAM_PAGE_SHARE = 0.6
#: The weight of a spam page's signal, its spam share, stops short of certainty.
SPAM_PAGE_MAX_WEIGHT = 0.95


def _mark_spam_page(doc: Document, signals: list[tuple[str, float]]) -> None:
    """A page whose content is mostly spam (:data:`SPAM_PAGE_SHARE`) is nothing but spam: its remaining
    blocks go too."""
    spam_chars = sum(len(b.text) for b in doc.blocks if b.label == "spam")
    open_blocks = [b for b in doc.blocks if b.label is None and b.text]
    other = sum(len(b.text) for b in open_blocks)
    if not spam_chars or spam_chars < SPAM_PAGE_SHARE * (spam_chars + other):
        return
    for block in open_blocks:
        if not _clean_prose(block.text):     # a short real article under a big spam block stays
            doc.remove_block(block, "spam", "spam_page")
    share = spam_chars / (spam_chars + other)
    signals.append(("spam_page", min(SPAM_PAGE_MAX_WEIGHT, share)))


_CLAUSE = re.compile(r"[，,。；;！？]")
#: Clean prose under a spam block: a sentence or two, with clauses.
PROSE_MIN_CHARS = 40
PROSE_MIN_CLAUSES = 2


def _clean_prose(text: str) -> bool:
    """Sentences without spam terms: >= 40 characters, >= 2 clause marks, no strong term.

    >>> _clean_prose("会议指出，老旧小区改造要坚持居民自愿、政府引导，统筹推进加装电梯和管网更新，"
    ...              "切实解决群众急难愁盼问题。")
    True
    >>> _clean_prose("信誉平台 24小时在线")
    False
    """
    return (len(text) >= PROSE_MIN_CHARS and len(_CLAUSE.findall(text)) >= PROSE_MIN_CLAUSES
            and not scan_terms(text).strong)


def _site(url: Any) -> str | None:
    """The registrable domain of a URL (``news.sina.com.cn`` -> ``sina.com.cn``), or None."""
    host = host_of(url) if isinstance(url, str) else None
    return registrable_domain(host) if host else None


#: Pinyin annotations that make a mirror without spam beside them (one or two may be a glossary's).
MIRROR_ANNOTATIONS = 3


def _check_mirror(doc: Document, signals: list[tuple[str, float]], spam_found: bool) -> None:
    """Spam-mirror signs: pinyin annotations inserted by the mirror's converter, a foreign canonical URL."""
    annotations = doc.hints.get("pinyin_annotations") or 0
    annotations = annotations if isinstance(annotations, int) else 0
    mirror = False
    if annotations >= MIRROR_ANNOTATIONS or (annotations and spam_found):
        signals.append(("pinyin_annotations", _WEIGHTS["pinyin_annotations"]))
        mirror = True
    page, canonical = _site(doc.url), _site(doc.head.get("canonical") if doc.head else None)
    if page and canonical and page != canonical:
        signals.append(("foreign_canonical", _WEIGHTS["foreign_canonical"]))
        mirror = mirror or spam_found
    if mirror:
        doc.flags.add("mirror")
