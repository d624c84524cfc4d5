"""Tests for webclean.strip.spam_links: each heuristic alone, the rule on blocks, the whole pipeline, the corpus.

Pages and anchors are written for these tests, modelled on injected link
blocks of hacked Chinese sites and on the partner / filing / share footers of
legitimate ones; real pages are only read from ../shared.
"""
from __future__ import annotations

import time

import pytest

import webclean
from webclean.document import Block, Document
from webclean.strip import spam_links as sl

from .conftest import FIXTURES, SHARED, requires_shared

RULE = "foreign_link_cluster"

INJECTED = [  # (anchor, host): keyword and domain anchors, one throw-away domain each
    ("北京网站优化", "www.bjseo-youhua.com"), ("股票配资开户", "www.pz168.cc"), ("www.8866cp.com", "www.8866cp.com"),
    ("天津办证刻章", "www.tjbanzheng.top"), ("手机定位软件", "sfdw-cx.xyz"), ("上海外墙清洗", "www.shqingxi365.net"),
    ("深圳网站建设", "www.szjianzhan.com"), ("毕业论文代写", "www.lwdx88.com"),
]
PARTNERS = [  # a local media partner footer: other sites, no neutral host, but organisation names
    ("荆楚网", "www.cnhubei.com"), ("湖北广播电视台", "www.hbtv.com.cn"), ("汉江晚报", "www.hjdaily.com.cn"),
    ("襄阳日报", "www.xyrb.cn"), ("汉江传媒网", "www.hjcm.net"), ("长江商报", "www.changjiangtimes.com"),
    ("大楚网", "www.dachuw.com"),
]
SERVICES = [  # 便民服务 footer: useful tools on other sites, short anchors, one domain each
    ("快递查询", "www.kuaidi100.com"), ("天气预报", "www.weather.com.cn"), ("火车票查询", "www.12306.cn"),
    ("违章查询", "www.122.gov.cn"), ("航班查询", "flights.ctrip.com"), ("地图导航", "map.baidu.com"),
    ("公积金查询", "www.hjgjj.com"), ("社保查询", "www.hbsi.org"),
]
FILING = [  # 备案 / police / reporting links of a footer: all institutions
    ("冀ICP备09011223号", "beian.miit.gov.cn"), ("冀公网安备13010202000123号", "www.beian.gov.cn"),
    ("网上有害信息举报", "www.12377.cn"), ("网络警察", "www.cyberpolice.cn"),
    ("河北互联网举报中心", "jubao.hebei.gov.cn"), ("中国网信网", "www.cac.gov.cn"),
]
SHARE = [  # share bar: platforms
    ("微博", "service.weibo.com"), ("QQ", "connect.qq.com"), ("QQ空间", "sns.qzone.qq.com"),
    ("豆瓣", "www.douban.com"), ("Facebook", "www.facebook.com"),
]
PROSE = "会议指出，老旧小区改造要坚持居民自愿、政府引导，统筹推进加装电梯和管网更新，切实解决群众急难愁盼问题。"


def link_blocks(pairs, start: int = 0) -> list[Block]:
    return [Block(start + n, text, "li", links=1, link_chars=len(text), hosts=(host,), in_list=True)
            for n, (text, host) in enumerate(pairs)]


def page(*parts: list[Block], url: str | None = None, head: dict | None = None) -> Document:
    blocks = [b for part in parts for b in part]
    for n, b in enumerate(blocks):
        b.index = n
    return Document(raw="", url=url, is_html=True, head=head or {}, blocks=blocks)


def prose(n: int = 3) -> list[Block]:
    return [Block(0, PROSE, "p") for _ in range(n)]


# ---------------------------------------------------------------- hosts

@pytest.mark.parametrize("host,domain", [
    ("www.8866cp.com", "8866cp.com"), ("News.Sina.com.cn", "sina.com.cn"), ("beian.miit.gov.cn", "miit.gov.cn"),
    ("www.cna.com.tw", "cna.com.tw"), ("localhost", "localhost"), ("192.168.0.12", "192.168.0.12"),
    ("www.bbc.co.uk", "bbc.co.uk"), ("a.b.example.org", "example.org"), ("www.hubei.gov.cn.", "hubei.gov.cn"),
])
def test_registrable_domain(host, domain):
    assert sl.registrable_domain(host) == domain


def test_page_domains_from_url_canonical_and_og_url():
    doc = Document(raw="", url="https://www.lcnews.com.cn/a.html",
                   head={"canonical": "//m.lcnews.cn/a.html", "meta": {"og:url": ["http://lc.example.com/x"]}})
    assert sl.page_domains(doc) == {"lcnews.com.cn", "lcnews.cn", "example.com"}
    assert sl.page_domains(Document(raw="", head={"canonical": "/relative/a.html"})) == frozenset()


def test_home_domains_are_the_sites_own_not_an_injected_run():
    own = [Block(n, "栏目", hosts=(f"{c}.qq.com",)) for n, c in enumerate(("news", "sports", "ent", "v"))]
    injected = link_blocks(INJECTED, 10)
    assert sl.home_domains(own + injected) == {"qq.com"}
    assert sl.home_domains(injected) == frozenset()       # one link per domain: nothing is "home"


@pytest.mark.parametrize("host", ["beian.miit.gov.cn", "www.beian.gov.cn", "service.weibo.com", "connect.qq.com",
                                  "www.tsinghua.edu.cn", "cdn.jsdelivr.net", "www.12377.cn", "www.people.com.cn"])
def test_neutral_hosts(host):
    assert sl.neutral_host(host)


@pytest.mark.parametrize("host", ["www.pz168.cc", "www.bjseo-youhua.com", "www.cnhubei.com", "weibo.com.fake.cc"])
def test_not_neutral_hosts(host):
    assert not sl.neutral_host(host)


@pytest.mark.parametrize("host,expected", [
    ("www.8866cp.com", True), ("pz168.cc", True), ("www.tjbanzheng.top", True), ("kq520.vip", True),
    ("www.hebnews.cn", False), ("www.163.com", False), ("www.cnhubei.com", False), ("www.12306.cn", False),
])
def test_spammy_host(host, expected):
    assert sl.spammy_host(host) is expected


# ---------------------------------------------------------------- anchors

def test_anchor_texts_split_a_many_link_block():
    block = Block(0, "友情链接： 北京网站优化 | 股票配资开户 · www.8866cp.com", links=3)
    assert sl.anchor_texts(block) == ["友情链接：", "北京网站优化", "股票配资开户", "www.8866cp.com"]
    assert sl.anchor_texts(Block(0, "湖北 广播电视台", links=1)) == ["湖北 广播电视台"]


@pytest.mark.parametrize("text,expected", [
    ("澳门新葡京", True), ("北京私家侦探", True), ("代开发票QQ 88661234", True),
    ("北京网站优化", False), ("市人民政府", False), ("新华网", False),
])
def test_spam_anchor(text, expected):
    assert sl.spam_anchor(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("www.8866cp.com", True), ("k8.cc官网", True), ("WWW.KQ520.VIP", True),
    ("新华网", False), ("北京网站优化", False), ("访问www.example.com.cn了解更多招生与报名信息", False),
])
def test_domain_anchor(text, expected):
    assert sl.domain_anchor(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("河北新闻网", True), ("国家税务总局", True), ("清华大学", True), ("湖北广播电视台", True), ("中国银行", True),
    ("中央通訊社", True), ("臺北市政府", True), ("國立臺灣大學", True),
    ("北京网站优化", False), ("白癜风治疗哪家好", False), ("快递查询", False),
])
def test_organisation_name(text, expected):
    assert sl.organisation_name(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("深圳网站建设", True), ("股票配资开户", True), ("手机定位软件", True), ("奶茶加盟多少钱", True),
    ("空调维修", True), ("杭州seo排名", True), ("台北網站優化", True), ("汽車貸款", True),
    ("中国网络电视台", False),          # an organisation, although it holds no keyword either
    ("网站优化培训中心", False),        # a name: 中心
    ("快递查询", False), ("客户端下载", False), ("娱乐频道", False),   # service / channel links
    ("深圳哪家医院治疗白癜风最好最专业最便宜", False),              # too long for an anchor keyword
])
def test_keyword_anchor(text, expected):
    assert sl.keyword_anchor(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("友情链接：", True), ("合作伙伴", True), ("友情鏈接", True), ("合作媒体 | 兄弟网站", True),
    ("北京网站优化", False), ("网站地图", False),
])
def test_labelled_link_section(text, expected):
    assert sl.labelled_link_section(text) is expected


# ---------------------------------------------------------------- regions

def test_is_prose():
    assert sl.is_prose(Block(0, PROSE))
    assert not sl.is_prose(Block(0, PROSE, links=5, link_chars=len(PROSE)))       # a link list
    assert not sl.is_prose(Block(0, "临川古城墙修缮工程进入收尾阶段"))              # a headline
    spam = Block(0, PROSE)
    spam.mark("spam", "spam_tail")
    assert not sl.is_prose(spam)


def test_edge_link_runs_top_and_bottom_only():
    top, middle, bottom = link_blocks(INJECTED[:3]), link_blocks(INJECTED[3:5]), link_blocks(INJECTED[5:])
    doc = page(top, prose(1), middle, prose(1), bottom)
    runs = sl.edge_link_runs(doc.blocks)
    assert [[b.text for b in r] for r in runs] == [[t for t, _ in INJECTED[:3]], [t for t, _ in INJECTED[5:]]]


def test_edge_link_runs_separators_and_spam_blocks_do_not_break_a_run():
    before, after = link_blocks(INJECTED[:3]), link_blocks(INJECTED[3:])
    already = Block(0, "澳门新葡京 百家乐", links=2, link_chars=8)
    already.mark("spam", "spam_phrase_line")
    doc = page(prose(2), before, [Block(0, "|"), already], after)
    runs = sl.edge_link_runs(doc.blocks)
    assert len(runs) == 1 and len(runs[0]) == len(INJECTED) + 1


def test_edge_link_runs_break_at_text_and_relative_links():
    doc = page(prose(1), link_blocks(INJECTED[:4]), [Block(0, "首页", links=1, link_chars=2)],
               link_blocks(INJECTED[4:]))
    assert [len(r) for r in sl.edge_link_runs(doc.blocks)] == [4, 4]


def test_no_prose_no_edges():
    assert sl.edge_link_runs(page(link_blocks(INJECTED)).blocks) == []


# ---------------------------------------------------------------- judging runs

def test_judge_injected_keyword_run():
    verdict = sl.judge_run(link_blocks(INJECTED), frozenset())
    assert verdict.injected
    assert verdict.foreign_domains == len(INJECTED) and verdict.distinct_ratio == 1.0
    # 上海外墙清洗 holds no listed keyword: every other anchor is evidence.
    assert verdict.evidence == len(INJECTED) - 1 and verdict.spammy_hosts >= 4


def test_judge_injected_run_as_one_block_of_links():
    text = " ".join(t for t, _ in INJECTED)
    block = Block(0, text, "div", links=len(INJECTED), link_chars=len(text), hosts=tuple(h for _, h in INJECTED))
    assert sl.judge_run([block], frozenset()).injected


@pytest.mark.parametrize("name,pairs", [("partners", PARTNERS), ("services", SERVICES)])
def test_judge_legitimate_footers(name, pairs):
    verdict = sl.judge_run(link_blocks(pairs), frozenset())
    assert verdict.foreign_domains >= 5            # the shape alone would qualify ...
    assert not verdict.injected                    # ... the anchors are names and services, not keywords


def test_judge_needs_many_distinct_foreign_domains():
    assert not sl.judge_run(link_blocks(INJECTED[:4]), frozenset()).injected        # four hosts: too few
    same = [(t, "www.bjseo-youhua.com") for t, _ in INJECTED]                       # one site linked 8 times
    assert not sl.judge_run(link_blocks(same), frozenset()).injected


def test_judge_own_and_neutral_hosts_are_not_foreign():
    own = {sl.registrable_domain(h) for _, h in INJECTED}
    assert not sl.judge_run(link_blocks(INJECTED), frozenset(own)).injected
    neutral = [(t, f"www.site{n}.gov.cn") for n, (t, _) in enumerate(INJECTED)]
    assert sl.judge_run(link_blocks(neutral), frozenset()).foreign_domains == 0


def test_judge_long_anchors_are_headlines_not_keywords():
    headlines = [(f"{t}行业调查：价格战之下中小企业如何突围", h) for t, h in INJECTED]
    verdict = sl.judge_run(link_blocks(headlines), frozenset())
    assert verdict.median_anchor > sl.MAX_ANCHOR_CHARS and not verdict.injected


def test_judge_labelled_link_exchange_needs_lexicon_spam():
    keywords = link_blocks(INJECTED[:1] + INJECTED[5:] + [("上海seo优化", "www.shseo.com"),
                                                            ("苏州网站推广", "www.sztg.com")])
    assert not sl.judge_run(keywords, frozenset(), before="友情链接").injected
    assert sl.judge_run(keywords, frozenset()).injected        # the same run without the label
    spam = keywords + link_blocks([("澳门新葡京", "www.xpj01.com"), ("北京私家侦探", "www.bjzt.com")])
    assert sl.judge_run(spam, frozenset(), before="友情链接").injected


# ---------------------------------------------------------------- the rule on a Document

def test_foreign_link_cluster_finds_the_bottom_run_and_marks_only_foreign_blocks():
    icp = Block(0, "赣ICP备10004567号-2", links=1, link_chars=17, hosts=("beian.miit.gov.cn",))
    doc = page(prose(3), [icp], link_blocks(INJECTED), url="http://www.lcnews.com.cn/a.html")
    clusters = sl.foreign_link_cluster(doc)
    assert len(clusters) == 1 and clusters[0][1].injected
    assert all(b.label is None for b in doc.blocks)               # finding is pure
    assert sl.mark_foreign_link_clusters(doc) == len(INJECTED)
    assert icp.label is None
    assert [r.rule for r in doc.removed] == [RULE] * len(INJECTED)


def test_blocks_already_removed_count_but_are_not_removed_twice():
    already = link_blocks([("澳门新葡京", "www.xpj01.com")])[0]
    already.mark("spam", "spam_phrase_line")
    doc = page(prose(2), [already], link_blocks(INJECTED))
    assert sl.mark_foreign_link_clusters(doc) == len(INJECTED)
    assert already.rule == "spam_phrase_line"


def test_the_pages_own_domain_is_never_foreign():
    doc = page(prose(2), link_blocks(INJECTED))
    doc.url = "http://www.8866cp.com/"
    assert sl.mark_foreign_link_clusters(doc) == len(INJECTED) - 1
    assert [b.label for b in doc.blocks if "8866cp" in b.text] == [None]


def test_text_pages_have_no_clusters():
    doc = page(prose(2), link_blocks(INJECTED))
    doc.is_html = False
    assert sl.foreign_link_cluster(doc) == []


def test_many_links_stay_fast():
    pairs = [(f"{t}{n}", f"www.{n}{h.split('.')[-2]}.com") for n in range(400) for t, h in INJECTED]
    doc = page(prose(2), link_blocks(pairs))
    start = time.process_time()     # CPU time of this process: other jobs on the machine do not count
    removed = sl.mark_foreign_link_clusters(doc)
    assert removed == len(pairs)
    assert time.process_time() - start < 2.0


# ---------------------------------------------------------------- whole pipeline

HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>社区食堂开进老街坊_清河新闻网</title></head><body>
{top}<div class="nav"><a href="/">首页</a> | <a href="/sh/">社会</a> | <a href="/cj/">财经</a></div>
<h1>社区食堂开进老街坊</h1><div class="info">2025-08-02 10:05　来源：清河日报</div>
<div class="content"><p>{p1}</p><p>{p2}</p></div>
<div class="footer"><p>Copyright © 2025 清河新闻网 版权所有</p>
<p><a href="https://beian.miit.gov.cn/">冀ICP备09011223号</a></p></div>
{bottom}</body></html>"""
P1 = "老城区第一家社区食堂日前开门营业，每天供应早餐和午餐，六十岁以上老人凭卡用餐可享受八折优惠，附近居民排起了长队。"
P2 = ("街道负责人介绍，食堂由闲置的社区用房改造而成，菜品和价格每周公示，居民可以通过意见簿提出建议，"
      "后续还将开通送餐上门服务。")


def _links(pairs, sep: str = " ") -> str:
    return sep.join(f'<a href="http://{h}/" target="_blank">{t}</a>' for t, h in pairs)


def _clean(top: str = "", bottom: str = "", url: str | None = None):
    return webclean.clean(HTML.format(top=top, bottom=bottom, p1=P1, p2=P2).encode(), url=url)


def _assert_hacked(rec, pairs):
    assert any(r.rule == RULE for r in rec.removed)
    text = rec.title + "\n" + rec.body
    assert not any(t in text for t, _ in pairs)
    assert rec.paragraphs == (P1, P2)
    assert rec.spam_score >= 0.8 and "hacked" in rec.flags


def test_pipeline_top_div_of_injected_links():
    rec = _clean(top=f'<div>{_links(INJECTED)}</div>')
    _assert_hacked(rec, INJECTED)
    assert rec.title == "社区食堂开进老街坊"


def test_pipeline_bottom_list_of_injected_links():
    rec = _clean(bottom="<ul>" + "".join(f"<li>{_links([p])}</li>" for p in INJECTED) + "</ul>")
    _assert_hacked(rec, INJECTED)
    assert [r for r in rec.removed if r.text == "冀ICP备09011223号" and r.kind == "spam"] == []


@pytest.mark.parametrize("name,bottom", [
    ("partners", '<div class="yqlj"><h4>友情链接</h4>' + _links(PARTNERS) + "</div>"),
    ("unlabelled partners", "<ul>" + "".join(f"<li>{_links([p])}</li>" for p in PARTNERS) + "</ul>"),
    ("services", '<div class="bmfw">便民服务：' + _links(SERVICES, " | ") + "</div>"),
    ("police and filing", "<p>" + _links(FILING) + "</p>"),
    ("share", '<div class="share">分享到：' + _links(SHARE) + "</div>"),
])
def test_pipeline_controls_lose_nothing_to_the_rule(name, bottom):
    rec = _clean(bottom=bottom)
    assert [r for r in rec.removed if r.rule == RULE] == []
    assert rec.spam_score <= 0.2 and "hacked" not in rec.flags
    assert rec.paragraphs == (P1, P2)


def test_pipeline_a_sites_own_links_are_not_foreign():
    own = [(t, f"{h.split('.')[-2]}.qhnews.com.cn") for t, h in INJECTED]
    rec = _clean(bottom=f"<div>{_links(own)}</div>", url="http://www.qhnews.com.cn/sh/1.html")
    assert [r for r in rec.removed if r.rule == RULE] == []


@pytest.mark.parametrize("name", ["hacked_injected_links_top", "hacked_injected_links_bottom"])
def test_hacked_fixtures_are_removed_by_this_rule(name):
    rec = webclean.clean((FIXTURES / "html" / f"{name}.html").read_bytes())
    removed = [r.text for r in rec.removed if r.rule == RULE]
    assert removed and all(t not in rec.body and t not in rec.title for t in removed)
    assert rec.spam_score >= 0.8 and "hacked" in rec.flags


def test_control_fixture_keeps_its_partner_footer_out_of_spam():
    rec = webclean.clean((FIXTURES / "html" / "control_partner_links_footer.html").read_bytes())
    assert [r for r in rec.removed if r.kind == "spam"] == []
    assert rec.spam_score <= 0.2
    assert any(r.text == "人民网" for r in rec.removed)     # the footer still goes, as boilerplate


@pytest.mark.slow
@requires_shared
def test_public_corpus_loses_nothing_to_the_rule():
    pages = sorted((SHARED / "corpus" / "pages").glob("*.html"))
    assert pages
    hits = []
    for path in pages:
        rec = webclean.clean(path.read_bytes())
        hits += [(path.name, r.text[:40]) for r in rec.removed if r.rule == RULE]
    assert hits == []



def test_urls_module_doctests_and_hosts():
    import doctest

    from webclean.core import urls
    result = doctest.testmod(urls)
    assert result.attempted > 0 and result.failed == 0
    assert urls.host_of("ftp://files.example.org/a") == "files.example.org"
    assert urls.host_of("mailto:someone@example.org") is None
