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

from .spam_lexicon import SPACES_RE, term_coverage, scan_terms

__all__ = ["keyword_stuffed_line", "stacked_spam_terms", "injected_ad", "spam_phrase_line", "is_spam_text"]


_PHRASE_SEP = re.compile(r"[,，、|｜/;；_\s]+")
_SENTENCE_END = re.compile(r"[。！？!?]")


def keyword_stuffed_line(text: str) -> bool:
    """A run of short phrases dominated by spam terms and domain-like tokens.

    Counts phrases holding a strong term or a domain (must be >= 40 % and at
    least 2) and phrases holding any term (must be >= 60 %); the average
    phrase is short (<= 16 characters, prose clauses are longer).

    >>> keyword_stuffed_line("www.a在线看网站,日韩黄色网站大全,国产一级无码毛片,自拍偷拍在线观看,三级视频网址,看片wwwxx")
    True
    >>> keyword_stuffed_line("春天,细雨,杏花,小桥,流水,人家,古道,西风,瘦马")
    False
    """
    phrases = [p for p in _PHRASE_SEP.split(text) if p]
    if len(phrases) < 4 or len(SPACES_RE.sub("", text)) / len(phrases) > 16:
        return False
    ends = len(_SENTENCE_END.findall(text))
    # Stuffing has almost no sentence ends; a short enumeration that ends a sentence is prose.
    if ends * 4 > len(phrases) or (ends and len(phrases) < 10):
        return False
    whole = scan_terms(text)
    if whole.reporting and whole.domains < 2:        # news enumerating casino games, not stuffing
        return False
    scans = [scan_terms(p) for p in phrases]
    lexical = sum(1 for s in scans if s.strong)
    strong = sum(1 for s in scans if s.strong or s.domains)
    any_hit = sum(1 for s in scans if s.strong or s.domains or s.covered)
    # A list of domains alone is a friendly-links footer: spam terms must be there too.
    return (lexical >= 2 or (lexical >= 1 and strong >= 2)) and strong >= 0.4 * len(phrases) \
        and any_hit >= 0.6 * len(phrases)


def stacked_spam_terms(text: str) -> bool:
    """Three or more strong terms (two distinct) covering >= 25 % of the text, outside reporting prose.

    >>> stacked_spam_terms("澳门新葡京百家乐真人视讯，注册送彩金，首存即送体验金")
    True
    >>> stacked_spam_terms("警方查获百家乐、时时彩、六合彩等赌博网站三个，涉案人员被依法刑拘。")
    False
    """
    scan = scan_terms(text)
    if len(scan.strong) < 3 or len({t for _, _, t in scan.strong}) < 2:
        return False
    if scan.reporting and not (scan.domains or scan.contact):
        return False
    return term_coverage(scan) >= 0.25


def injected_ad(text: str) -> bool:
    """A short ad: spam offer plus a contact number or a domain, not a warning about such ads.

    >>> injected_ad("代开发票 各地增值税普通发票 联系微信：fp8866123")
    True
    >>> injected_ad("无抵押信用贷款 黑户也能下款 当天到账 www.dk365daikuan.net")
    True
    >>> injected_ad("税务部门提醒：代开发票属违法行为，请拨打举报电话12366。")
    False
    """
    # Ads are short; long prose that quotes a number is not one (a longer ad must stack two terms).
    if len(text) > 400:
        return False
    scan = scan_terms(text)
    if len(text) > 200 and len(scan.strong) < 2:
        return False
    # Three distinct offer words (代开/发票/专票, 黑户/下款/到账) make an ad without a strong term.
    offer = bool(scan.strong) or scan.offers >= 3
    return offer and (scan.contact or scan.domains > 0) and not scan.reporting


_LIST_PREFIX = re.compile(r"^(?:[(（\[【]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）\]】]?[、.．:：\s]?)?\s*")


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
    if not body or len(body) > 40 or "。" in body:
        return 0
    scan = scan_terms(body)
    if not scan.strong or scan.reporting or term_coverage(scan) < 0.5:
        return 0
    sure = len({t for _, _, t in scan.strong}) >= 2 or scan.domains or scan.contact
    return 2 if sure else 1


def is_spam_text(text: str) -> str | None:
    """The name of the first spam rule that ``text`` matches, else None.

    >>> is_spam_text("国产自拍偷拍,日韩av在线,一级毛片,www.kk8.cc,三级视频")
    'keyword_stuffed_line'
    >>> is_spam_text("青春期性教育应关注孩子的心理健康与性别认同。") is None
    True
    """
    for rule in (keyword_stuffed_line, stacked_spam_terms, injected_ad):
        if rule(text):
            return rule.__name__
    return "spam_phrase_line" if spam_phrase_line(text) == 2 else None
