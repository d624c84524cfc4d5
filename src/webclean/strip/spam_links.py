"""Injected links: runs of link blocks to unrelated domains at the top or bottom of a hacked page.

A hacked CMS template often gets a block of links pasted above the header or
below the footer, each link to a different throw-away domain, with keyword
anchors (``北京网站优化``, ``股票配资开户``, ``www.8866cp.com``) so the
spammer's sites rank for them. Typical injected markup, before ``<div
class="header">`` of a county news site::

    <div><a href="http://www.bjseo-youhua.com/">北京网站优化</a>
    <a href="http://www.pz168.cc/">股票配资开户</a>
    <a href="http://www.8866cp.com/">www.8866cp.com</a>
    <a href="http://www.tjbanzheng.top/">天津办证刻章</a>
    <a href="http://www.sfdw-cx.xyz/">手机定位查询</a> ...</div>

:func:`foreign_link_cluster` finds such runs; :func:`mark_foreign_link_clusters`
removes them as spam with rule ``foreign_link_cluster``.

Legitimate chrome has the same shape (many links to other sites), so a run
must show evidence of injection beyond its shape:

* its hosts are FOREIGN: neither the page's own registrable domain (URL,
  canonical, ``og:url``), nor a domain most of the page's links use, nor a
  NEUTRAL host (government/education suffixes such as ``beian.miit.gov.cn``,
  big portals, media, social and CDN domains: ``weibo.com``, ``qq.com``);
* one link per domain (link exchanges of spam networks), short anchors;
* the anchors are spam: lexicon terms, domain-like tokens or commercial
  keyword phrases rather than organisation names (``河北新闻网``,
  ``清华大学``, ``国家税务总局`` are names; ``网站优化`` is a keyword).

A footer headed ``友情链接`` / ``合作伙伴`` is a link exchange the site chose:
there only lexicon spam terms or spammy hosts count. When in doubt the run is
left alone for the boilerplate stage, which drops link lists anyway.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..core.data import read_terms
from ..core.urls import host_of, registrable_domain
from ..core.vocabulary import alternation, read_vocabulary
from ..document import Block, Document
from .spam_lexicon import DOMAIN_RE, scan_terms

__all__ = ["RULE", "ClusterEvidence", "foreign_link_cluster", "mark_foreign_link_clusters", "registrable_domain",
           "page_domains", "home_domains", "neutral_host", "spammy_host", "anchor_texts", "spam_anchor",
           "domain_anchor", "keyword_anchor", "organisation_name", "labelled_link_section", "is_prose",
           "edge_link_runs", "judge_run"]

RULE = "foreign_link_cluster"

# ---------------------------------------------------------------- thresholds (why each value)

MIN_FOREIGN_DOMAINS = 5      # a share bar or a CDN gives 1-4 foreign hosts; injected runs carry 10-100
MIN_FOREIGN_SHARE = 0.7      # >= 70 % of the run's absolute links foreign: partner footers mix in .gov.cn
MIN_DISTINCT_RATIO = 0.6     # distinct foreign domains per foreign link: link farms spread over many domains
MAX_ANCHOR_CHARS = 16        # median anchor length: keyword anchors are short, headline links are longer
MIN_EVIDENCE = 3             # spam / domain-like / keyword anchors, at least this many ...
MIN_EVIDENCE_SHARE = 0.4     # ... and this share of all anchors of the run
LINK_DENSITY = 0.5           # a link block: at least half of its text sits inside <a>
HOME_SHARE = 0.2             # a domain with >= 20 % (and >= 3) of the page's absolute links is the site's own
HOME_MIN_LINKS = 3
MIN_ANCHOR_CHARS = 2         # a keyword anchor is a word at least
DOMAIN_ANCHOR_EXTRA = 4      # a domain anchor: the domain and a short word (官网, 入口, 首页) at most
SECTION_LABEL_WITHIN = 40    # a link section's label (友情链接) opens its heading
PROSE_MIN_CHARS = 40         # a paragraph of running text: a sentence or two ...
PROSE_MIN_CLAUSES = 2        # ... with clauses ...
PROSE_MAX_LINK_DENSITY = 0.3  # ... and little link text
LABELLED_MIN_SPAM = 2        # a labelled link section is injected with two spam anchors ...
LABELLED_MIN_SPAMMY_SHARE = 0.5  # ... or half its domains throw-away ones
FOREIGN_BLOCK_SHARE = 0.5    # a block of a run goes when more than half its links are foreign


# ---------------------------------------------------------------- hosts





def page_domains(doc: Document) -> frozenset[str]:
    """Registrable domains the page says are its own: ``doc.url``, ``<link rel=canonical>``, ``og:url``.

    >>> d = Document(raw="", url="https://www.qhnews.com.cn/sh/1.html",
    ...              head={"canonical": "//m.qhnews.com.cn/1.html", "meta": {"og:url": ["https://qh.cn/a"]}})
    >>> sorted(page_domains(d))
    ['qh.cn', 'qhnews.com.cn']
    """
    head = doc.head or {}
    meta = head.get("meta") or {}
    urls = [doc.url, head.get("canonical"), *(meta.get("og:url") or ())]
    out = set()
    for url in urls:
        host = host_of(url) if isinstance(url, str) else None
        if host:
            out.add(registrable_domain(host))
    return frozenset(out)


def home_domains(blocks: Iterable[Block]) -> frozenset[str]:
    """Domains holding >= 20 % (and >= 3) of the page's absolute links: the site's own, even without a URL.

    >>> bs = [Block(0, "新闻", hosts=("news.qq.com",)), Block(1, "体育", hosts=("sports.qq.com", "v.qq.com")),
    ...       Block(2, "友情链接", hosts=("a1.cc", "b2.cc", "c3.cc", "d4.cc"))]
    >>> sorted(home_domains(bs))
    ['qq.com']
    """
    return _home(Counter(registrable_domain(h) for b in blocks for h in b.hosts))


def _home(counts: Counter[str]) -> frozenset[str]:
    total = sum(counts.values())
    return frozenset(d for d, n in counts.items() if n >= HOME_MIN_LINKS and n >= HOME_SHARE * total)


_HOSTS = "spam_hosts.txt"
# Hosts no spammer controls: public institutions (and their ICP/police filing sites), the portals, media,
# social networks, app stores and CDNs that legitimate share bars, partner footers and widgets link to.
_NEUTRAL_SUFFIXES = read_terms(_HOSTS, "neutral suffixes")
_NEUTRAL_DOMAINS = frozenset(read_terms(_HOSTS, "neutral domains"))


@lru_cache(maxsize=4096)
def neutral_host(host: str) -> bool:
    """A host that legitimate chrome links to: institutions, filing sites, portals, media, social, CDNs.

    >>> neutral_host("beian.miit.gov.cn"), neutral_host("service.weibo.com"), neutral_host("www.tsinghua.edu.cn")
    (True, True, True)
    >>> neutral_host("www.pz168.cc")
    False
    """
    host = host.lower().rstrip(".")
    return host.endswith(_NEUTRAL_SUFFIXES) or registrable_domain(host) in _NEUTRAL_DOMAINS


# Throw-away domains of spam networks: cheap TLDs, or a first label mixing a run of digits with letters.
_SPAM_TLDS = frozenset(read_terms(_HOSTS, "spam tlds"))
_DIGIT_RUN = re.compile(r"\d{3}")
_LETTER = re.compile(r"[a-z]")


def spammy_host(host: str) -> bool:
    """A host shaped like a spam network's throw-away domain.

    >>> spammy_host("www.8866cp.com"), spammy_host("pz168.cc"), spammy_host("sfdw.xyz")
    (True, True, True)
    >>> spammy_host("www.hebnews.cn"), spammy_host("www.163.com")
    (False, False)
    """
    labels = host.lower().rstrip(".").split(".")
    if labels[-1] in _SPAM_TLDS:
        return True
    name = registrable_domain(host).split(".")[0]
    return bool(_DIGIT_RUN.search(name) and _LETTER.search(name))


# ---------------------------------------------------------------- anchors

_ANCHOR_SEP = re.compile(r"[\s|｜,，、·•/；;>»]+")


def anchor_texts(block: Block) -> list[str]:
    """The anchors of a link block: its text for one link, its separated phrases for several.

    Blocks carry no per-link text, so a many-link block is split at spaces and
    separators (the whitespace between ``<a>`` elements).

    >>> anchor_texts(Block(0, "北京网站优化 股票配资开户 | www.8866cp.com", links=3))
    ['北京网站优化', '股票配资开户', 'www.8866cp.com']
    >>> anchor_texts(Block(0, "河北新闻网", links=1))
    ['河北新闻网']
    """
    if block.links <= 1:
        return [block.text.strip()] if block.text.strip() else []
    return [p for p in _ANCHOR_SEP.split(block.text) if p]


def spam_anchor(text: str) -> bool:
    """An anchor holding a strong spam-lexicon term or a contact number.

    >>> spam_anchor("澳门新葡京"), spam_anchor("代开发票QQ 88661234")
    (True, True)
    >>> spam_anchor("市人民政府")
    False
    """
    scan = scan_terms(text)
    return bool(scan.strong) or scan.contact


def domain_anchor(text: str) -> bool:
    """An anchor that is (mostly) a domain-like token, as link exchanges of spam sites show.

    >>> domain_anchor("www.8866cp.com"), domain_anchor("k8.cc官网")
    (True, True)
    >>> domain_anchor("新华网"), domain_anchor("访问www.example.com.cn了解更多招生信息")
    (False, False)
    """
    m = DOMAIN_RE.search(text)
    # At most a short word beside it (官网, 入口, 首页); a sentence that quotes a URL is not a domain anchor.
    return m is not None and len(text) - len(m.group()) <= DOMAIN_ANCHOR_EXTRA


_ANCHORS = "spam_link_anchors.txt"
# Commercial keywords of SEO link injection: services, cheap goods, "which is best / how much" queries.
_KEYWORDS = re.compile(alternation(read_vocabulary(_ANCHORS, "keywords")), re.I)

# Endings of organisation and site names, the anchors of real partner and filing footers.
_NAME_ENDINGS = read_vocabulary(_ANCHORS, "organisation endings")


def organisation_name(text: str) -> bool:
    """An anchor that names an organisation or a site rather than a commercial keyword.

    >>> organisation_name("河北新闻网"), organisation_name("国家税务总局"), organisation_name("清华大学")
    (True, True, True)
    >>> organisation_name("北京网站优化")
    False
    """
    return text.rstrip("）)").endswith(_NAME_ENDINGS)


def keyword_anchor(text: str) -> bool:
    """A short anchor made of a commercial search keyword (``深圳网站优化``), not an organisation name.

    >>> keyword_anchor("深圳网站优化"), keyword_anchor("股票配资开户"), keyword_anchor("手机定位查询")
    (True, True, True)
    >>> keyword_anchor("中国网络电视台"), keyword_anchor("国家市场监督管理总局")
    (False, False)
    """
    return (MIN_ANCHOR_CHARS <= len(text) <= MAX_ANCHOR_CHARS and not organisation_name(text)
            and _KEYWORDS.search(text) is not None)


_SECTION_LABEL = re.compile(alternation(read_vocabulary(_ANCHORS, "link sections")))


def labelled_link_section(text: str) -> bool:
    """A heading that announces a link section the site chose (友情链接, 合作伙伴 ...).

    >>> labelled_link_section("友情链接："), labelled_link_section("合作伙伴")
    (True, True)
    >>> labelled_link_section("北京网站优化")
    False
    """
    return _SECTION_LABEL.search(text[:SECTION_LABEL_WITHIN]) is not None


# ---------------------------------------------------------------- page regions

_CLAUSE = re.compile(r"[，,。；;！？!?]")


def is_prose(block: Block) -> bool:
    """A paragraph of running text: >= 40 characters, >= 2 clause marks, under 30 % link text.

    >>> is_prose(Block(0, "会议指出，老旧小区改造要坚持居民自愿、政府引导，统筹推进加装电梯和管网更新，"
    ...                   "切实解决群众急难愁盼问题。"))
    True
    >>> is_prose(Block(0, "北京网站优化 股票配资开户 www.8866cp.com 天津办证刻章 手机定位查询", links=5, link_chars=40))
    False
    """
    return (block.label != "spam" and len(block.text) >= PROSE_MIN_CHARS and block.link_density < PROSE_MAX_LINK_DENSITY
            and len(_CLAUSE.findall(block.text)) >= PROSE_MIN_CLAUSES)


def _member(block: Block) -> bool:
    """A block that belongs to a link run: an open link block with absolute links, or a block already spam."""
    if block.label == "spam":
        return True
    return block.label is None and bool(block.hosts) and block.link_density >= LINK_DENSITY


_WORD = re.compile(r"\w")


def edge_link_runs(blocks: Sequence[Block]) -> list[list[Block]]:
    """Maximal runs of link blocks before the first prose paragraph and after the last one.

    Blocks without a word character (``|``, ``·``) neither join nor break a run.
    A page without prose has no edges: the rule leaves it alone.

    >>> bs = [Block(0, "a.cc b.cc", links=2, link_chars=8, hosts=("a.cc", "b.cc")),
    ...       Block(1, "会议指出，老旧小区改造要坚持居民自愿、政府引导，统筹推进加装电梯和管网更新，"
    ...                "切实解决群众急难愁盼问题。"),
    ...       Block(2, "首页", links=1, link_chars=2), Block(3, "c.cc", links=1, link_chars=4, hosts=("c.cc",))]
    >>> [[b.index for b in run] for run in edge_link_runs(bs)]
    [[0], [3]]
    """
    first = next((n for n, b in enumerate(blocks) if is_prose(b)), None)
    if first is None:
        return []
    last = next(n for n in range(len(blocks) - 1, first - 1, -1) if is_prose(blocks[n]))
    runs: list[list[Block]] = []
    for region in (blocks[:first], blocks[last + 1:]):
        run: list[Block] = []
        for block in region:
            if _member(block):
                run.append(block)
            elif _WORD.search(block.text):
                if run:
                    runs.append(run)
                run = []
        if run:
            runs.append(run)
    return runs


# ---------------------------------------------------------------- judging a run

@dataclass(frozen=True)
class ClusterEvidence:
    """What :func:`judge_run` saw in one run (also what the tests check).

    When the run is not shaped like a link farm (too few foreign domains, too
    many own/neutral links, one domain linked again and again) the anchors are
    not read and their fields stay 0.
    """

    foreign_domains: int      # distinct foreign registrable domains
    foreign_share: float      # foreign links / absolute links
    distinct_ratio: float     # distinct foreign domains / foreign links
    anchors: int
    median_anchor: int        # characters
    evidence: int             # spam + domain-like + keyword anchors
    spam_anchors: int
    spammy_hosts: int         # distinct foreign domains shaped like throw-away domains
    labelled: bool            # headed 友情链接 / 合作伙伴 ...
    injected: bool


def judge_run(run: Sequence[Block], own: frozenset[str], before: str = "") -> ClusterEvidence:
    """Weigh one run of link blocks; ``own`` are the page's and home domains, ``before`` the text above it.

    >>> run = [Block(0, t, links=1, link_chars=len(t), hosts=(h,)) for t, h in [
    ...     ("北京网站优化", "www.bjseo-youhua.com"), ("股票配资开户", "www.pz168.cc"),
    ...     ("www.8866cp.com", "www.8866cp.com"), ("天津办证刻章", "www.tjbanzheng.top"),
    ...     ("手机定位查询", "sfdw-cx.xyz"), ("无抵押贷款", "dk365.net")]]
    >>> judge_run(run, frozenset()).injected
    True
    """
    hosts = [h for b in run for h in b.hosts]
    foreign = [d for d in (registrable_domain(h) for h in hosts if not neutral_host(h)) if d not in own]
    domains = set(foreign)
    share = round(len(foreign) / len(hosts), 3) if hosts else 0.0
    ratio = round(len(domains) / len(foreign), 3) if foreign else 0.0
    if len(domains) < MIN_FOREIGN_DOMAINS or share < MIN_FOREIGN_SHARE or ratio < MIN_DISTINCT_RATIO:
        # Not shaped like a link farm: the anchors are not read (most runs of most pages stop here).
        return ClusterEvidence(len(domains), share, ratio, 0, 0, 0, 0, 0, False, False)
    anchors = [a for b in run for a in anchor_texts(b)]
    median = sorted(len(a) for a in anchors)[len(anchors) // 2] if anchors else 0
    spam = sum(1 for a in anchors if spam_anchor(a))
    evidence = sum(1 for a in anchors if spam_anchor(a) or domain_anchor(a) or keyword_anchor(a))
    spammy = sum(1 for d in domains if spammy_host(d))
    labelled = labelled_link_section(before) or labelled_link_section(run[0].text)
    if labelled:     # a link exchange the site chose: only lexicon spam or throw-away hosts betray it
        proof = spam >= LABELLED_MIN_SPAM or (spammy >= LABELLED_MIN_SPAMMY_SHARE * len(domains)
                                              and evidence >= MIN_EVIDENCE)
    else:
        proof = evidence >= MIN_EVIDENCE and evidence >= MIN_EVIDENCE_SHARE * len(anchors)
    return ClusterEvidence(len(domains), share, ratio, len(anchors), median, evidence, spam, spammy, labelled,
                           median <= MAX_ANCHOR_CHARS and proof)


# ---------------------------------------------------------------- the rule

def foreign_link_cluster(doc: Document) -> list[tuple[list[Block], ClusterEvidence]]:
    """Runs of injected links at the top or bottom of an HTML page, with the evidence for each.

    Pure: labels nothing (see :func:`mark_foreign_link_clusters`). Text pages
    have no link hosts and give ``[]``.
    """
    if not doc.is_html:
        return []
    counts = Counter(registrable_domain(h) for b in doc.blocks for h in b.hosts)
    own = page_domains(doc) | _home(counts)
    # Most pages link to fewer foreign domains than one run needs: done before looking for prose.
    if len(counts.keys() - own) < MIN_FOREIGN_DOMAINS:
        return []
    found = []
    for run in edge_link_runs(doc.blocks):
        verdict = judge_run(run, own, _text_above(doc.blocks, run[0]))
        if verdict.injected:
            found.append((run, verdict))
    return found


def _text_above(blocks: Sequence[Block], block: Block) -> str:
    """Text of the block before ``block`` (where a 友情链接 heading would stand)."""
    n = block.index if 0 <= block.index < len(blocks) and blocks[block.index] is block else \
        next(k for k, b in enumerate(blocks) if b is block)
    return blocks[n - 1].text if n else ""


def _foreign_block(block: Block, own: frozenset[str]) -> bool:
    """Most of the block's links go to foreign hosts (a partner block beside injected links stays)."""
    foreign = sum(1 for h in block.hosts if not neutral_host(h) and registrable_domain(h) not in own)
    return foreign > FOREIGN_BLOCK_SHARE * len(block.hosts)


def mark_foreign_link_clusters(doc: Document, opts: Any = None) -> int:
    """Remove the foreign blocks of injected runs as spam (rule ``foreign_link_cluster``); return how many.

    Blocks another spam rule already took stay as they are; they only count
    as evidence of the run.
    """
    clusters = foreign_link_cluster(doc)
    if not clusters:
        return 0
    own = page_domains(doc) | home_domains(doc.blocks)
    removed = 0
    for run, _ in clusters:
        for block in run:
            if block.label is None and _foreign_block(block, own):
                doc.remove_block(block, "spam", RULE)
                removed += 1
    return removed
