"""Spam in text: the line-level rules of the spam stage (keyword stuffing, stacked terms, ads, spam lists).

Each rule looks at one line or block of text and needs lexicon dominance or an explicit spam shape, so
prose that mentions gambling or pornography (a court report, a health article) is left alone.

>>> is_spam_text("www.a在线看网站,日韩黄色网站大全,国产一级无码毛片,自拍偷拍在线观看,三级视频网址,看片wwwxx")
'keyword_stuffed_line'
>>> is_spam_text("法院审理了一起开设赌场案，被告人被判处有期徒刑三年。") is None
True
"""
from __future__ import annotations

import re

from ..core.rules import Rule
from .spam_lexicon import SPACES_RE, scan_terms, term_coverage

__all__ = ["keyword_stuffed_line", "stacked_spam_terms", "injected_ad", "spam_phrase_line", "is_spam_text",
           "LINE_RULES"]


_PHRASE_SEP = re.compile(r"[,，、|｜/;；_\s]+")
_SENTENCE_END = re.compile(r"[。！？!?]")


#: Stuffing is a run of phrases: four at least ...
STUFFED_MIN_PHRASES = 4
#: ... of this many characters on average at most (prose clauses are longer) ...
STUFFED_MAX_PHRASE_CHARS = 16
#: ... with almost no sentence ends: one per this many phrases at most, and none in a list this short
#: (a short enumeration that ends a sentence is prose).
STUFFED_PHRASES_PER_END = 4
STUFFED_SHORT_LIST = 10
#: Reporting words veto it unless the text holds this many domains (news enumerating casino games).
REPORTING_VETO_MAX_DOMAINS = 2
#: Phrases holding a strong term (or a domain): two at least (one with a domain), and this share ...
STUFFED_LEXICAL_PHRASES = 2
STUFFED_MIN_STRONG_SHARE = 0.4
#: ... and phrases holding any term or domain: this share.
STUFFED_MIN_ANY_SHARE = 0.6


def keyword_stuffed_line(text: str) -> bool:
    """A run of short phrases dominated by spam terms and domain-like tokens.

    Counts phrases holding a strong term or a domain (must be >= 40 % and at
    least 2) and phrases holding any term (must be >= 60 %); the average
    phrase is short (<= 16 characters, prose clauses are longer).

    >>> keyword_stuffed_line("www.a在线看网站,日韩黄色网站大全,国产一级无码毛片,自拍偷拍在线观看,看片wwwxx")
    True
    >>> keyword_stuffed_line("春天,细雨,杏花,小桥,流水,人家,古道,西风,瘦马")
    False
    """
    phrases = [p for p in _PHRASE_SEP.split(text) if p]
    if len(phrases) < STUFFED_MIN_PHRASES or len(SPACES_RE.sub("", text)) / len(phrases) > STUFFED_MAX_PHRASE_CHARS:
        return False
    ends = len(_SENTENCE_END.findall(text))
    if ends * STUFFED_PHRASES_PER_END > len(phrases) or (ends and len(phrases) < STUFFED_SHORT_LIST):
        return False
    whole = scan_terms(text)
    if whole.reporting and whole.domains < REPORTING_VETO_MAX_DOMAINS:
        return False
    scans = [scan_terms(p) for p in phrases]
    lexical = sum(1 for s in scans if s.strong)
    strong = sum(1 for s in scans if s.strong or s.domains)
    any_hit = sum(1 for s in scans if s.strong or s.domains or s.covered)
    # A list of domains alone is a friendly-links footer: spam terms must be there too.
    return (lexical >= STUFFED_LEXICAL_PHRASES or (lexical >= 1 and strong >= STUFFED_LEXICAL_PHRASES)) \
        and strong >= STUFFED_MIN_STRONG_SHARE * len(phrases) and any_hit >= STUFFED_MIN_ANY_SHARE * len(phrases)


#: Stacked terms: three strong ones at least, two of them distinct, covering this share of the text.
STACKED_MIN_TERMS = 3
STACKED_MIN_DISTINCT = 2
STACKED_MIN_COVERAGE = 0.25


def stacked_spam_terms(text: str) -> bool:
    """Three or more strong terms (two distinct) covering >= 25 % of the text, outside reporting prose.

    >>> stacked_spam_terms("澳门新葡京百家乐真人视讯，注册送彩金，首存即送体验金")
    True
    >>> stacked_spam_terms("警方查获百家乐、时时彩、六合彩等赌博网站三个，涉案人员被依法刑拘。")
    False
    """
    scan = scan_terms(text)
    if len(scan.strong) < STACKED_MIN_TERMS or len({t for _, _, t in scan.strong}) < STACKED_MIN_DISTINCT:
        return False
    if scan.reporting and not (scan.domains or scan.contact):
        return False
    return term_coverage(scan) >= STACKED_MIN_COVERAGE


#: Ads are short; long prose that quotes a number is not one ...
AD_MAX_CHARS = 400
#: ... and past this length an ad must stack two strong terms.
AD_LONG_CHARS = 200
AD_LONG_MIN_TERMS = 2
#: Three distinct offer words (代开/发票/专票, 黑户/下款/到账) make an ad without a strong term.
AD_MIN_OFFERS = 3


def injected_ad(text: str) -> bool:
    """A short ad: spam offer plus a contact number or a domain, not a warning about such ads.

    >>> injected_ad("代开发票 各地增值税普通发票 联系微信：fp8866123")
    True
    >>> injected_ad("无抵押信用贷款 黑户也能下款 当天到账 www.dk365daikuan.net")
    True
    >>> injected_ad("税务部门提醒：代开发票属违法行为，请拨打举报电话12366。")
    False
    """
    if len(text) > AD_MAX_CHARS:
        return False
    scan = scan_terms(text)
    if len(text) > AD_LONG_CHARS and len(scan.strong) < AD_LONG_MIN_TERMS:
        return False
    offer = bool(scan.strong) or scan.offers >= AD_MIN_OFFERS
    return offer and (scan.contact or scan.domains > 0) and not scan.reporting


_LIST_PREFIX = re.compile(r"^(?:[(（\[【]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）\]】]?[、.．:：\s]?)?\s*")


#: A spam list item is a short phrase ...
PHRASE_LINE_MAX_CHARS = 40
#: ... mostly spam terms; two distinct strong terms (or a domain or contact) make it sure.
PHRASE_LINE_MIN_COVERAGE = 0.5
PHRASE_LINE_SURE_TERMS = 2
#: The levels :func:`spam_phrase_line` gives.
SURE, BESIDE_SPAM, NOT_SPAM = 2, 1, 0


def spam_phrase_line(text: str) -> int:
    """A short line (list item) dominated by spam terms: 2 = sure, 1 = only beside other spam, 0 = no.

    Sure when two distinct strong terms or a domain/contact are present;
    a single term (``1、澳门百家乐``) counts only next to other spam lines.

    >>> spam_phrase_line("3、久久精品日韩av在线观看")
    2
    >>> spam_phrase_line("1、澳门百家乐")
    1
    >>> spam_phrase_line("警惕裸聊诈骗")
    0
    """
    body = _LIST_PREFIX.sub("", text, count=1)
    if not body or len(body) > PHRASE_LINE_MAX_CHARS or "。" in body:
        return NOT_SPAM
    scan = scan_terms(body)
    if not scan.strong or scan.reporting or term_coverage(scan) < PHRASE_LINE_MIN_COVERAGE:
        return NOT_SPAM
    sure = len({t for _, _, t in scan.strong}) >= PHRASE_LINE_SURE_TERMS or scan.domains or scan.contact
    return SURE if sure else BESIDE_SPAM


#: The line rules in the order they are tried: the first that takes a line names its removal
#: (spam_phrase_line, which may need the lines around, is judged apart).
LINE_RULES: tuple[Rule, ...] = (
    Rule(keyword_stuffed_line, "spam"),
    Rule(stacked_spam_terms, "spam"),
    Rule(injected_ad, "spam"),
)


def is_spam_text(text: str) -> str | None:
    """The name of the first spam rule that ``text`` matches, else None.

    >>> is_spam_text("国产自拍偷拍,日韩av在线,一级毛片,www.kk8.cc,三级视频")
    'keyword_stuffed_line'
    >>> is_spam_text("青春期性教育应关注孩子的心理健康与性别认同。") is None
    True
    """
    for rule in LINE_RULES:
        if rule.test(text):
            return rule.name
    return spam_phrase_line.__name__ if spam_phrase_line(text) == SURE else None
