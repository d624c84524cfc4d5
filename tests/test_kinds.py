"""Page kinds: each URL signal alone, the posts signal, and agreement with the annotated public corpus."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import webclean
from webclean.document import Block
from webclean.extract.kinds import is_blog, is_encyclopedia, is_forum, page_kind

from .conftest import page_of, real_page_sets

SHARED = Path(__file__).parents[1] / ".." / "shared"


@pytest.mark.parametrize("url, expected", [
    ("http://blog.example.com/archives.php?date=200506&blogID=1854", True),
    ("https://www.cnblogs.example/someone/p/123.html", True),
    ("https://www.example.com/blog/2025/06/orders.html", True),
    ("https://news.example.com/2025/0603/a.html", False),
    (None, False),
])
def test_is_blog_from_the_url(url: str | None, expected: bool) -> None:
    assert is_blog(url, [], -1) is expected


def test_is_blog_from_the_headline_region() -> None:
    blocks = [Block(0, "导航", hints="nav blog-nav"),
              Block(1, "用 pandas 清洗订单数据", hints="blog-content-box title")]
    assert is_blog("https://example.com/a/1", blocks, 1)
    assert not is_blog("https://example.com/a/1", blocks, -1)   # a blog word in the menu alone is not enough


@pytest.mark.parametrize("url, expected", [
    ("http://bbs.example.edu.cn/archiver/?tid-1011.html", True),
    ("http://bj3.example.com/bbs/107245/messages/5234.html", True),
    ("https://club.example.com/p/9012345678", True),
    ("https://www.example.com/forum/viewthread.php?tid=8", True),
    ("https://news.example.com/threads-of-history.html", False),
    ("https://www.bbsnews.example.com/2025/a.html", False),
])
def test_is_forum_from_the_url(url: str, expected: bool) -> None:
    assert is_forum(url) is expected


@pytest.mark.parametrize("url, expected", [
    ("https://zh.example.org/wiki/%E6%B0%B4%E6%9D%89", True),
    ("https://baike.example.com/item/%E6%B0%B4%E6%9D%89/104892", True),
    ("https://news.example.com/wikileaks-report.html", False),
])
def test_is_encyclopedia_from_the_url(url: str, expected: bool) -> None:
    assert is_encyclopedia(url) is expected


def test_posts_make_a_thread_unless_the_site_is_a_blog() -> None:
    assert page_kind("https://www.example.com/t/1.html", [], -1, posts=True) == "forum-thread"
    assert page_kind("http://blog.example.com/archives.php", [], -1, posts=True) == "blog-post"
    assert page_kind("https://www.example.com/t/1.html", [], -1, posts=False) == "article"


# Share of pages whose kind agrees with the gold page_kind, per real-page set: "first" (the 31 pages
# ../shared/corpus first had: 29 of 31 on 2026-11-29, the two tutorials read as articles); "added" (its x-
# pages, forums, Q&A, blogs) and "devset" (our own): floors that only rise as the work lands. devset5 (22 pages of
# a fifth round, 2026-12-07) at the level first wired: 11 of 22; 18 of 22 once a blog engine's credit made blog posts.
KIND_FLOORS = {"first": 0.93, "added": 0.85, "devset": 0.97, "devset2": 0.92, "devset3": 0.6, "devset4": 0.89,
               "devset5": 0.81, "devset6": 0.99, "devset7": 0.57, "devset8": 0.66, "devset9": 0.99,
               "devset10": 0.58, "devset11": 0.78, "devset12": 0.99, "devset13": 0.66,
               "devset14": 0.9, "devset15": 0.66, "devset16": 0.99,
               "devset17": 0.5, "devset18": 0.81, "devset19": 0.4, "devset20": 0.25,
               "devset21": 0.99, "devset22": 0.72,
               "devset23": 0.99, "devset24": 0.9, "devset25": 0.99, "devset26": 0.99, "devset27": 0.99, "devset28": 0.0,
               "devset29": 0.99, "devset30": 0.99, "devset31": 0.99, "devset32": 0.99,
               "devset33": 0.57, "devset34": 0.99, "devset35": 0.99, "devset36": 0.72,
               "devset37": 0.88, "devset38": 0.99, "devset39": 0.99,
               "devset41": 0.99, "devset42": 0.87, "devset43": 0.99, "devset44": 0.99, "devset45": 0.99,
               "devset46": 0.99, "devset47": 0.99, "devset48": 0.99, "devset49": 0.99,
               "devset50": 0.99, "devset51": 0.99, "devset52": 0.99, "devset53": 0.7,
               "devset55": 0.87, "devset56": 0.77, "devset57": 0.91, "devset58": 0.83,
               "devset60": 0.99, "devset61": 0.58, "devset62": 0.7, "devset63": 0.9,
               "devset64": 0.9, "devset65": 0.99, "devset66": 0.99, "devset67": 0.33}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(real_page_sets()))
def test_page_kinds_agree_with_the_annotated_real_pages(name: str) -> None:
    agree = total = 0
    for gold_path in real_page_sets()[name]:
        gold = json.loads(gold_path.read_text("utf-8"))
        rec = webclean.clean(page_of(gold_path).read_bytes(), url=gold.get("url"))
        total += 1
        agree += rec.page_kind == gold.get("page_kind")
    print(name, agree, total, round(agree / total, 3))
    assert agree >= KIND_FLOORS[name] * total


def test_health_baike_paths_and_microblog_wrappers_are_articles() -> None:
    assert not is_encyclopedia("https://www.health.example.com/baike/neike/284571.html")
    assert is_encyclopedia("https://baike.example.com/item/x")
    weibo = [Block(0, "城市里的鸟，比你想象的多", hints="wb_miniblog main_editor title")]
    assert not is_blog("https://card.weibo.example.com/article/m/show/id/1", weibo, 0)


def test_community_urls_and_post_time_lines_make_a_forum_thread() -> None:
    from webclean.extract.kinds import is_community
    assert is_community("https://www.zhihu.com/question/586816837/answer/2916374892")
    assert is_community("https://zhidao.baidu.com/question/1247295277789522099.html")
    assert not is_community("https://j.example.com/p/1716193079034519")      # /p/ numbers news articles too
    assert page_kind("https://news.example.com/a.html", [], -1, posts=False, posted=True) == "forum-thread"
    board = ("<html><head><title>显卡驱动装不上怎么办</title></head><body><h1>显卡驱动装不上怎么办</h1>"
             "<div class='postinfo'>发表于 2024-4-5 23:20:45 | 只看该作者</div><p>换了三个版本的驱动都提示安装失败，"
             "系统是刚装的，有没有人遇到过类似的情况？</p></body></html>")
    news = ("<html><head><title>城市更新提速</title></head><body><h1>城市更新提速</h1>"
            "<div class='info'>2024-05-18 16:56发布于北京某报新媒体官方账号</div><p>今天上午，市政府召开新闻发布会，"
            "介绍了今年以来全市城市更新工作的进展情况。</p></body></html>")
    assert webclean.clean(board).page_kind == "forum-thread"
    assert webclean.clean(news).page_kind == "article"


def test_a_boards_thread_controls_make_a_thread_whatever_the_url() -> None:
    replies = "".join(f"<div class='comment-item'><div class='comment-user'>网友{i}</div>"
                      f"<div class='comment-time'>2020.06.0{i + 1} 09:42 发布</div><div class='floor-id'>#{i + 1}</div>"
                      f"<p class='comment-comment'>第{i + 1}条回复：这个问题我也遇到过，换个思路就好了。</p></div>"
                      for i in range(3))
    page = ("<html><body><h1>2020专利直播课程正在筹备中，你期待改写哪个专利呢</h1><div class='post-content'>"
            "<p>大家还记得之前的直播课程吗？李鑫老师点评了50佳专利中的部分专利，还点评了一些公司的专利。</p></div>"
            "<div class='head-title'>4个评论</div><div class='operation-list'>倒序看帖</div>"
            f"<div class='operation-list'>仅看楼主</div>{replies}</body></html>")
    rec = webclean.clean(page, url="https://www.example.com/post/1234")
    assert rec.page_kind == "forum-thread"
    assert rec.paragraphs[-1] == "第3条回复：这个问题我也遇到过，换个思路就好了。"
    lone = ("<html><body><h1>2020专利直播课程正在筹备中</h1><div class='post-content'><p>大家还记得之前的直播课程吗？"
            "李鑫老师点评了50佳专利中的部分专利，还点评了一些公司的专利。</p></div>{}</body></html>")
    url = "https://news.example.com/2020/0609/a.html"
    assert webclean.clean(lone.format("<div class='ops'>仅看楼主</div>"), url=url).page_kind == "forum-thread"
    assert webclean.clean(lone.format(""), url=url).page_kind == "article"


def test_a_page_served_by_a_personal_blog_engine_is_a_blog_post() -> None:
    prose = "可用性测试是让一群具有代表性的用户对产品进行典型操作，同时观察员在一旁观察、聆听、做记录的方法。"
    page = ("<html><head><title>可用性测试方法论总结 | turkey-life</title>{}</head><body>"
            "<h1>可用性测试方法论总结</h1><div class='date'>2021-03-05</div>"
            f"<div class='content'><p>{prose}</p><p>{prose}</p></div><footer>{{}}</footer></body></html>")
    assert webclean.clean(page.format("", "Powered by Gridea | RSS")).page_kind == "blog-post"
    assert webclean.clean(page.format("<meta name='generator' content='Hexo 5.4.0'>", "")).page_kind == "blog-post"
    # a news site's WordPress, or an article that names an engine, is no personal blog
    assert webclean.clean(page.format("<meta name='generator' content='WordPress 6.1'>", "")).page_kind == "article"
    mention = "本站介绍如何用 Hugo 搭建一个静态网站，并部署到服务器上，步骤都写在这里。"
    assert webclean.clean(page.format("", mention)).page_kind == "article"
