"""What kind of page an article-like page is: article, blog post, forum thread or encyclopedia entry.

Body selection knows whether the page holds several posts (then it keeps the first); the kind of site
comes from the URL (hosts and paths name blogs, forums and encyclopedias in most languages of the web:
``blog.``, ``bbs.``, ``/forum/``, ``/wiki/``, ``baike``) and from the class names around the headline.
Listings and pages with no article (``other``) are decided in :mod:`webclean.extract.body`.

>>> page_kind("http://blog.example.com/archives.php?date=200506", [], -1, posts=True)
'blog-post'
>>> page_kind("http://bbs.example.edu.cn/archiver/?tid-1011.html", [], -1, posts=False)
'forum-thread'
>>> page_kind("https://zh.example.org/wiki/%E6%B0%B4%E6%9D%89", [], -1, posts=False)
'other'
>>> page_kind("https://news.example.com/2025/0603/a.html", [], -1, posts=False)
'article'
"""
from __future__ import annotations

import re

from ..core.urls import host_of
from ..core.vocabulary import section_alternation
from ..document import Block

__all__ = ["blog_engine", "is_blog", "is_community", "is_encyclopedia", "is_forum", "page_kind", "thread_controls"]

_KINDS = "site_kinds.txt"


def _words(section: str) -> str:
    """The alternation of one section of ``data/site_kinds.txt``, as written (host and path words)."""
    return section_alternation(_KINDS, section, traditional=False)


# A host label or a path segment that names the kind of site (label boundaries: "blogger", "cnblogs",
# "bbs2" and "forums" count; "bbsnews" inside a word does not matter, hosts rarely hide these words).
_BLOG = re.compile(_words("blog"), re.I)
_BLOG_PATH = re.compile(rf"/(?:{_words('blog paths')})/", re.I)
# a class word that starts with blog (blog-content-box, blogview); Weibo's WB_miniblog is not a blog
_BLOG_WORD = re.compile(rf"(?:^|[\s_\-])(?:{_words('blog')})")
_FORUM_HOST = re.compile(rf"(?:^|\.)(?:{_words('forum hosts')})\d*\.", re.I)
_FORUM_PATH = re.compile(rf"/(?:{_words('forum paths')})(?:[/.\-_?]|$)", re.I)
# Paths of community pages: a question or an answer, a topic, a thread or a post numbered in the path
# (/question/586816837/answer/2916374892, /topics/43661, /d/15648, /faq/1274706; a bare /p/ also numbers news).
_COMMUNITY_PATH = re.compile(rf"/(?:{_words('community paths')})/\d{{3,}}", re.I)
_COMMUNITY_HOST = re.compile(rf"(?:^|\.)(?:{_words('community hosts')})\.", re.I)
_WIKI = re.compile(rf"(?:^|[./])(?:{_words('encyclopedia hosts')})(?:[./]|$)", re.I)
# in a path only wiki names an encyclopedia: health and shopping sites keep articles under /baike/
_WIKI_PATH = re.compile(rf"/(?:{_words('encyclopedia paths')})/", re.I)


def _split(url: str | None) -> tuple[str, str]:
    host = host_of(url or "") or ""
    low = (url or "").lower()
    path = low.split(host, 1)[1] if host and host in low else ""
    return host, path.split("?", 1)[0]


def is_blog(url: str | None, blocks: list[Block], headline: int) -> bool:
    """The URL names a blog (``blog.example.com``, ``cnblogs``, ``/blog/``) or the headline's region does
    (``<div class="blog-content-box">``).

    >>> is_blog("https://blog.devnotes.example.com/u/article/details/1", [], -1)
    True
    >>> is_blog("https://news.example.com/2025/0603/a.html", [Block(0, "标题", hints="article-title")], 0)
    False
    """
    host, path = _split(url)
    if _BLOG.search(host) or _BLOG_PATH.search(path):
        return True
    return 0 <= headline < len(blocks) and _BLOG_WORD.search(blocks[headline].hints) is not None


_ENGINE = re.compile(rf"(?<![A-Za-z])(?:{_words('blog engines')})(?![A-Za-z])", re.I)
# A footer's credit to the engine: Powered by Hexo, Theme: Fog, 由 Typecho 强力驱动, 基于 Hugo 构建.
# The English words are case-insensitive but for their first letter, written in both cases: every branch
# then opens with a literal, so sre skips to the positions holding one (re.I over the whole pattern tried
# every branch at every character: blog_engine 0.067 -> 0.017 ms per corpus page, the same matches).
_ENGINE_CREDIT = re.compile(r"p(?i:owered)|P(?i:owered)|t(?i:heme)|T(?i:heme)|驱动|驅動|构建|構建|主题|主題|©")
#: An engine's credit is a footer line, not a sentence that mentions the engine.
ENGINE_CREDIT_MAX = 80


def blog_engine(blocks: list[Block], generator: str = "") -> bool:
    """The page credits a personal blog's engine in a short footer line, or names it as its generator.

    >>> blog_engine([Block(0, "Powered by Gridea | RSS")]), blog_engine([], "Hexo 5.4.0")
    (True, True)
    >>> blog_engine([Block(0, "本文介绍如何用 Hugo 搭建一个静态网站，并部署到服务器上，步骤如下。")])
    False
    """
    if generator and _ENGINE.search(generator):
        return True
    # The credit word first: nearly every block lacks one, and the engine names' pattern, which opens with a
    # look-behind, gives sre no first character to skip to (0.21 -> 0.09 ms per corpus page, same answers).
    return any(len(b.text) <= ENGINE_CREDIT_MAX and _ENGINE_CREDIT.search(b.text) is not None
               and _ENGINE.search(b.text) is not None for b in blocks)


def is_forum(url: str | None) -> bool:
    """The URL names a forum: a ``bbs.``/``forum.``/``club.`` host or a forum path.

    >>> is_forum("http://bj3.example.com/bbs/107245/messages/5234.html"), is_forum("https://bbs.example.cn/t/1")
    (True, True)
    >>> is_forum("https://news.example.com/threads-of-history.html")
    False
    """
    host, path = _split(url)
    return bool(_FORUM_HOST.search(host) or _FORUM_PATH.search(path))


def is_encyclopedia(url: str | None) -> bool:
    """The URL names an encyclopedia (a wiki, a 百科 "baike" site).

    >>> is_encyclopedia("https://zh.example.org/wiki/%E6%B0%B4%E6%9D%89"), is_encyclopedia("https://baike.example.com/item/x")
    (True, True)
    >>> is_encyclopedia("https://news.example.com/wikileaks-report.html")
    False
    """
    host, path = _split(url)
    return bool(_WIKI.search(host) or _WIKI_PATH.search(path))


def is_community(url: str | None) -> bool:
    """The URL names a community page: a question or answer, a topic, a numbered thread or post.

    >>> is_community("https://www.zhihu.com/question/586816837/answer/2916374892"), is_community("https://discuss.x.org/d/15648")
    (True, True)
    >>> is_community("https://news.example.com/2025/0603/a.html")
    False
    """
    host, path = _split(url)
    return bool(_COMMUNITY_HOST.search(host) or _COMMUNITY_PATH.search(path))


# A board's thread controls (只看楼主, 只看该作者 | 来自 - 湖北); a short row, not a sentence that quotes one.
_THREAD_CONTROLS = re.compile(section_alternation("post_lines.txt", "thread controls"))
THREAD_CONTROL_ROW_MAX = 60


def thread_controls(blocks: list[Block]) -> bool:
    """The page shows a control only boards have (``只看楼主``, ``只看该作者``, ``倒序看帖``) in a short row.

    >>> thread_controls([Block(0, "发表于 2024-4-11 11:52:24 | 只看该作者 来自 - 湖北")])
    True
    >>> thread_controls([Block(0, "市政府召开新闻发布会")])
    False
    """
    return any(len(b.text) <= THREAD_CONTROL_ROW_MAX and _THREAD_CONTROLS.search(b.text) for b in blocks)


def page_kind(url: str | None, blocks: list[Block], headline: int, posts: bool, posted: bool = False,
              engine: bool = False) -> str:
    """``blog-post``, ``forum-thread``, ``other`` (an encyclopedia entry) or ``article``.

    ``posts``: body selection found several posts and kept the first. ``posted``: the page is dated by a
    post's own time line (发表于…, a first floor's footer), as community pages are. A board's thread controls
    (:func:`thread_controls`) make a thread too. ``engine``: the page is served by a personal blog's engine
    (:func:`blog_engine`).
    """
    if is_blog(url, blocks, headline) or (posts and any(_BLOG_WORD.search(b.hints) for b in blocks[:50])):
        return "blog-post"
    if engine and not posts and not is_forum(url) and not is_community(url):
        return "blog-post"   # a personal blog's engine serves the page (Powered by Gridea)
    if posts or posted or is_forum(url) or is_community(url) or thread_controls(blocks):
        return "forum-thread"
    if is_encyclopedia(url):
        return "other"
    return "article"
