"""benchmarks/rules.py: judging blocks and fields against gold, tallying rules over pages, the summary.

Two fake pages with gold, made up here; the tests that need the shared scorer skip when ../shared is absent.
"""
from __future__ import annotations

import doctest
from pathlib import Path
from types import SimpleNamespace

import pytest

from .benchmark_helpers import ARTICLE_ONE, ARTICLE_TWO, GOLD_ONE, GOLD_TWO, SCORER, load_benchmark, scorer, write_pages

rules = load_benchmark("rules")
realpages = load_benchmark("realpages")
needs_scorer = pytest.mark.skipif(not SCORER.is_file(), reason="../shared (the scorer) is not present")

GOLD_BODY = {"body": "居民在空地上开辟了一片菜园。\n孩子们周末来浇水，学会了分辨青菜和菠菜。",
             "fields_present": ["body"]}


def block(label: str, rule: str, text: str) -> SimpleNamespace:
    return SimpleNamespace(label=label, rule=rule, text=text)


def test_doctests_of_the_module():
    failures, tried = doctest.testmod(rules)
    assert tried > 0 and failures == 0


def test_a_block_is_in_the_gold_body_exactly_or_by_most_of_its_bigrams():
    gold = rules.GoldBody.of(GOLD_BODY)
    assert gold.holds("居民在空地上 开辟了一片菜园。")                   # whitespace and NFKC do not matter
    assert gold.holds("孩子们周末来浇水,学会了分辨青菜和菠菜。")            # half-width comma: NFKC equal
    # long and nearly the same (a prefix the annotator trimmed): most bigrams are in the gold
    assert gold.holds("本报讯孩子们周末来浇水，学会了分辨青菜和菠菜。")
    assert not gold.holds("【本报讯】孩子们周末来浇水，学会了分辨。")          # a quarter of it is not gold
    # short and not exact: not in it, however many of its bigrams are
    assert not gold.holds("开辟了菜园")
    assert not gold.holds("相关阅读：社区新建停车场，居民出行更方便了")
    assert rules.GoldBody.of({"body": "有正文", "fields_present": ["title"]}) is None   # body not annotated


def test_body_blocks_must_be_in_the_gold_and_removed_blocks_must_not():
    gold = rules.GoldBody.of(GOLD_BODY)
    paragraph = "居民在空地上开辟了一片菜园。"
    assert rules.judge_block("body", paragraph, gold) is True
    assert rules.judge_block("boilerplate", paragraph, gold) is False
    assert rules.judge_block("navigation", "网站首页 新闻中心 联系我们", gold) is True
    assert rules.judge_block("body", "网站首页 新闻中心 联系我们", gold) is False
    assert rules.judge_block("navigation", "首页", gold) is None        # too short to say
    assert rules.judge_block("body", paragraph, None) is None           # no gold body


@needs_scorer
def test_fields_are_judged_with_the_scorers_matching_where_annotated():
    se = scorer()
    gold = {"title": "社区菜园开张了", "author": "王小明", "date": "2024-03-05T09:30:00", "editor": None,
            "source": "小城日报", "fields_present": ["title", "author", "date", "editor", "source"]}
    assert rules.judge_field(se, "title", "社区菜园开张了！", gold) is True
    assert rules.judge_field(se, "author", "记者 王小明", gold) is True
    assert rules.judge_field(se, "author", "李四", gold) is False
    assert rules.judge_field(se, "published", "2024-03-05 09:30:00+08:00", gold) is True
    assert rules.judge_field(se, "published", "2024-03-06", gold) is False
    assert rules.judge_field(se, "editor", "赵一凡", gold) is False       # the gold says nobody: spurious
    assert rules.judge_field(se, "breadcrumb", "首页 > 新闻", gold) is None   # no gold counterpart
    assert rules.judge_field(se, "source", "小城日报", {**gold, "fields_present": ["title"]}) is None
    assert rules.judge_field(se, "published", "2024-01-01", {**gold, "date": "2024"}) is None   # year only


def test_only_the_chosen_evidence_of_each_field_counts():
    plain = [SimpleNamespace(field="author", value="甲"), SimpleNamespace(field="title", value="题"),
             SimpleNamespace(field="author", value="乙")]
    assert [e.value for e in rules.chosen_evidence(plain)] == ["甲", "题"]
    ranked = [SimpleNamespace(field="author", value="甲", rank=1), SimpleNamespace(field="author", value="乙", rank=0),
              SimpleNamespace(field="title", value="题", rank=0)]
    assert [e.value for e in rules.chosen_evidence(ranked)] == ["乙", "题"]
    twice = ranked + [SimpleNamespace(field="title", value="又一题", rank=0)]
    assert [e.value for e in rules.chosen_evidence(twice)] == ["乙", "题"]


def fake_pages() -> tuple[list, object]:
    """Two pages of two sites with gold, and what a cleaner could have made of them."""
    se = scorer()
    one = realpages.Page("p-garden", Path("/unused"), {**GOLD_BODY, "site": "garden.example", "title": "菜园开张",
                         "author": "王小明", "fields_present": ["body", "title", "author"]})
    two = realpages.Page("x-books", Path("/unused"), {"site": "books.example", "title": "旧书市集",
                         "author": None, "body": "旧书市集本周末回到滨江步道，摊主们正在整理藏书。",
                         "fields_present": ["body", "title", "author"]})
    doc_one = SimpleNamespace(blocks=[
        block("body", "main_content", "居民在空地上开辟了一片菜园。"),
        block("body", "main_content", "孩子们周末来浇水，学会了分辨青菜和菠菜。"),
        block("navigation", "nav_phrase_line", "网站首页 本地新闻 生活服务"),
        block("related", "odd_rule", "孩子们周末来浇水，学会了分辨青菜和菠菜。"),   # removes body text: wrong
        block("share", "share_line", "分享到"),                                     # too short: not judged
    ])
    record_one = SimpleNamespace(
        removed=[SimpleNamespace(kind="navigation", text="网站首页 本地新闻 生活服务", rule="nav_phrase_line",
                                 where="block 2"),
                 SimpleNamespace(kind="hidden", text="隐藏的广告文字出现在这里", rule="hidden_display_none",
                                 where="html")],
        evidence=[SimpleNamespace(field="title", value="菜园开张", rule="headline_block"),
                  SimpleNamespace(field="author", value="王小明", rule="author_label"),
                  SimpleNamespace(field="published_precision", value="day", rule="dateline")])
    doc_two = SimpleNamespace(blocks=[
        block("body", "main_content", "旧书市集本周末回到滨江步道，摊主们正在整理藏书。"),
        block("body", "main_content", "版权所有 河畔网 未经授权禁止转载"),                # kept boilerplate: wrong
        block("navigation", "nav_phrase_line", "网站首页 城事 联系我们"),
    ])
    record_two = SimpleNamespace(removed=[], evidence=[
        SimpleNamespace(field="title", value="旧书市集", rule="headline_block"),
        SimpleNamespace(field="author", value="河畔网", rule="author_label")])       # gold: nobody
    return [(one, rules.page_firings(se, one, record_one, doc_one)),
            (two, rules.page_firings(se, two, record_two, doc_two))], se


@needs_scorer
def test_tallies_count_pages_sites_and_right_decisions():
    done, _ = fake_pages()
    tallies = rules.tally(done)
    body = tallies[("block", "body", "main_content")]
    assert (len(body.pages), len(body.sites), body.fired, body.right, body.wrong) == (2, 2, 4, 3, 1)
    assert body.examples() == ["x-books"] and not body.flags()
    nav = tallies[("block", "navigation", "nav_phrase_line")]
    assert (len(nav.pages), nav.right, nav.wrong, nav.right_share) == (2, 2, 0, 1.0)
    odd = tallies[("block", "related", "odd_rule")]
    assert odd.flags() == ["one site", "wrong > 1/3"] and odd.examples() == ["p-garden"]
    share = tallies[("block", "share", "share_line")]
    assert (share.fired, share.judged, share.right_share) == (1, 0, None)
    hidden = tallies[("removal", "hidden", "hidden_display_none")]
    assert (hidden.right, hidden.wrong) == (1, 0)
    assert ("removal", "navigation", "nav_phrase_line") not in tallies    # a block's removal is counted once
    author = tallies[("field", "author", "author_label")]
    assert (author.right, author.wrong, author.wrong_share) == (1, 1, 0.5) and author.often_wrong
    assert (("field", "published_precision", "dateline")) not in tallies  # a companion field
    assert tallies[("field", "title", "headline_block")].right == 2
    assert dict(body.pages_per_set) == {"shared-first": 1, "shared-added": 1}


@needs_scorer
def test_report_orders_by_group_then_pages_and_summarises():
    done, _ = fake_pages()
    tallies = rules.tally(done)
    order = [(t.group, t.rule) for t in rules.ordered(tallies)]
    assert order[0] == ("body", "main_content")
    assert order.index(("title", "headline_block")) < order.index(("author", "author_label"))
    assert order.index(("navigation", "nav_phrase_line")) < order.index(("related", "odd_rule"))
    worst = rules.worst(tallies)
    assert [(t.group, t.rule) for t in worst] == [("related", "odd_rule"), ("author", "author_label"),
                                                  ("body", "main_content")]
    text = rules.summary(tallies, pages=2, sites=2)
    assert "7 rules" in text and "**3 fire on one site only**" in text
    assert "`odd_rule` (label `related`, garden.example)" in text and "2 are wrong on more than a third" in text
    table = rules.rule_table(tallies)
    cells = "1/1/" + "/".join(["0"] * 64)   # pages per set, in report order
    assert f"| label `body` | `main_content` | 2 | {cells} | 2 | 4 | 4 | 75% |  | x-books |" in table


@needs_scorer
def test_the_real_cleaner_on_two_pages_of_our_own(tmp_path):
    se = scorer()
    corpus = write_pages(tmp_path / "corpus", [(GOLD_ONE, ARTICLE_ONE), (GOLD_TWO, ARTICLE_TWO)])
    done, failed = rules.run(se, realpages.real_pages(corpus, tmp_path / "none"))
    assert failed == [] and len(done) == 2
    tallies = rules.tally(done)
    body = [t for t in tallies.values() if t.family == "block" and t.group == "body"]
    assert sum(len(t.pages) for t in body) >= 2 and all(t.wrong == 0 for t in body)
    titles = [t for t in tallies.values() if t.family == "field" and t.group == "title"]
    assert sum(t.right for t in titles) == 2 and sum(t.wrong for t in titles) == 0
