"""Main-content selection on pages we wrote, modelled on portals, forums, listings and tutorials."""
from __future__ import annotations

import json
import re
import time
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

import webclean
from webclean.document import Block, Document
from webclean.extract import body
from webclean.parse import html
from webclean.pipeline import Options

from .conftest import page_of, real_page_sets

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
CORPUS = SHARED / "corpus"

PROSE = ("今天上午，市政府召开新闻发布会，介绍了今年以来全市经济社会发展的主要情况。",
         "会议指出，要继续做好民生保障工作，确保各项政策落到实处，让群众得到实惠。",
         "据了解，今年全市新增就业岗位三万余个，城镇居民人均可支配收入同比增长百分之六。")


def run(page: str, **opts: object) -> Document:
    options = Options(**opts)  # type: ignore[arg-type]
    doc = Document(raw=page, text=page, is_html=True, deadline=time.monotonic() + 30)
    html.parse_html(doc, options)
    body.select_body(doc, options)
    return doc


def nav_links(n: int, word: str = "栏目") -> str:
    return "".join(f"<a href='/c{i}'>{word}{i}</a> " for i in range(n))


def test_table_portal_content_td_chosen() -> None:
    page = ("<html><body><table><tr><td class='left'>" + nav_links(12) + "</td><td>"
            "<table><tr><td><h1>市政府召开新闻发布会</h1></td></tr><tr><td>"
            + "<br><br>".join("　　" + p for p in PROSE) + "</td></tr></table></td>"
            "<td class='right'>" + "".join(f"<p><a href='/h{i}'>热点新闻标题第{i}条</a></p>" for i in range(8))
            + "</td></tr></table><div class='footer'>版权所有 某某网 备案号</div></body></html>")
    doc = run(page)
    assert doc.paragraphs == list(PROSE)
    removed = {r.text for r in doc.removed if r.kind == "boilerplate"}
    assert "热点新闻标题第3条" in removed and "版权所有 某某网 备案号" in removed


def test_div_news_page_drops_related_and_comments() -> None:
    page = ("<html><body><div id='nav'><ul>" + "".join(f"<li><a href='/{i}'>频道{i}</a></li>" for i in range(10))
            + "</ul></div><div class='main'><div class='article-content'><h1>标题</h1>"
            + "".join(f"<p>{p}</p>" for p in PROSE)
            + "<p>上一页 1 2 3 下一页</p></div><div class='related'><h3>相关阅读</h3>"
            + "".join(f"<p><a href='/r{i}'>相关新闻：这是一条相关的新闻链接{i}</a></p>" for i in range(5))
            + "</div><div class='comment-list'><p>网友评论：写得很好，支持一下，希望多报道这类新闻，谢谢。</p></div>"
            "</div></body></html>")
    doc = run(page)
    assert doc.paragraphs == list(PROSE)
    assert "pagination" in doc.flags
    assert [r.text for r in doc.removed if r.kind == "pagination"] == ["上一页 1 2 3 下一页"]
    assert doc.page_kind == "article"


def test_forum_thread_keeps_every_post_without_headers() -> None:
    """Every post of a thread is its content (keep_replies, the default); keep_replies=False keeps the opening
    post only and records the replies as removed comments."""
    posts = [PROSE, ("回复：说得很对，我们小区也是这样，希望有关部门能够重视这个问题，尽快解决。",
                     "这个问题已经存在很久了，大家一起关注吧，谢谢楼主的分享和整理。"),
             ("三楼的意见我赞同，不过还要看具体落实情况，空口说说是没有用的，大家说是不是？",)]
    html_posts = "".join(
        f"<table class='t_table'><tr><td class='postauthor'>用户{i}<br>发表于 2005-6-{i + 1}</td>"
        f"<td><div id='postmessage_{100 + i}' class='t_msgfont'>" + "<br><br>".join(p) + "</div></td></tr></table>"
        for i, p in enumerate(posts))
    page = "<html><body><div class='nav'>" + nav_links(6) + "</div><form>" + html_posts + "</form></body></html>"
    doc = run(page)
    assert doc.paragraphs == [p for post in posts for p in post]   # the poster cells are not text
    assert doc.page_kind == "forum-thread"
    first = run(page, keep_replies=False)
    assert first.paragraphs == list(PROSE) and first.page_kind == "forum-thread"
    later = {r.text for r in first.removed if r.rule == "later_post"}
    assert all(p in later for post in posts[1:] for p in post)
    replies = run(page, keep_comments=True).paragraphs
    # the poster cells (用户N<br>发表于 …) stay too, one line each: set them aside
    poster_cells = {f"用户{i}" for i in range(len(posts))}
    assert [p for p in replies if "发表于" not in p and p not in poster_cells] == [p for post in posts for p in post]


def test_same_class_paragraph_divs_are_not_posts() -> None:
    page = "<html><body><div class='content'>" + "".join(f"<div class='para'>{p}</div>" for p in PROSE) + \
        "</div></body></html>"
    doc = run(page)
    assert doc.paragraphs == list(PROSE) and doc.page_kind == "article"


def test_a_listing_pages_body_is_its_entries_said_as_such() -> None:
    """No article: the body is the list's entries in page order (each with its date), not the menu or the pager,
    with the kind ``listing`` and a warning that says so."""
    items = "".join(f"<li><a href='/n/{i}.html'>某某县召开第{i}次工作会议</a><span>2024-01-{i % 28 + 1:02d}</span></li>"
                    for i in range(25))
    page = "<html><body><div class='nav'>" + nav_links(8) + f"</div><ul class='list'>{items}</ul>" \
        "<div class='pages'>上一页 1 2 3 下一页</div></body></html>"
    doc = run(page)
    assert doc.paragraphs == [f"某某县召开第{i}次工作会议2024-01-{i % 28 + 1:02d}" for i in range(25)]
    assert doc.page_kind == "listing" and "listing" in doc.flags
    assert any(w.startswith("body: the page is a listing") for w in doc.warnings)


def test_a_few_linked_headlines_are_no_list() -> None:
    items = "".join(f"<li><a href='/n/{i}.html'>某某县召开第{i}次工作会议</a></li>" for i in range(4))
    page = f"<html><body><div class='nav'>{nav_links(8)}</div><ul class='list'>{items}</ul></body></html>"
    doc = run(page)
    assert doc.paragraphs == [] and any(w.startswith("body: empty") for w in doc.warnings)


def test_tutorial_keeps_code_blocks() -> None:
    page = ("<html><body><div class='sidebar'>" + nav_links(15, "教程") + "</div><div class='main-content'>"
            "<h1>NumPy 简介</h1><p>NumPy 用于处理数组，它提供了多维数组对象和各种派生对象，运算速度很快。</p>"
            "<pre>import numpy as np\narr = np.array([1, 2, 3])</pre><p>输出结果如上所示，数组对象称为 ndarray。</p>"
            "</div></body></html>")
    doc = run(page)
    assert doc.paragraphs == ["NumPy 用于处理数组，它提供了多维数组对象和各种派生对象，运算速度很快。",
                              "import numpy as np\narr = np.array([1, 2, 3])", "输出结果如上所示，"
                                                                               "数组对象称为 ndarray。"]


def test_hidden_link_farm_not_in_body() -> None:
    farm = "".join(f"<a href='http://spam{i}.example'>澳门赌场{i}</a>" for i in range(30))
    page = (f"<html><body><div style='display:none'>{farm}</div><div class='text'>"
            + "".join(f"<p>{p}</p>" for p in PROSE) + "</div></body></html>")
    doc = run(page)
    assert doc.paragraphs == list(PROSE)
    assert doc.hints["hidden_links"][0][1] == 30


def test_min_paragraph_chars_drops_short_lines() -> None:
    page = "<html><body><div class='content'><p>短句。</p>" + "".join(f"<p>{p}</p>" for p in PROSE) + \
        "</div></body></html>"
    assert run(page).paragraphs[0] == "短句。"
    assert run(page, min_paragraph_chars=10).paragraphs == list(PROSE)


def test_empty_page_no_paragraphs() -> None:
    doc = run("")
    assert doc.paragraphs == [] and doc.blocks == []


def test_text_page_after_title_line() -> None:
    doc = Document(raw="")
    lines = ["网站首页 | 网站地图", "市政府召开新闻发布会", "首页", *PROSE]
    doc.blocks = [Block(i, t) for i, t in enumerate(lines)]
    doc.remove_block(doc.blocks[0], "navigation", "nav_separator_run")
    doc.blocks[1].mark("title", "headline")
    doc.blocks[2].label = None
    body.select_body(doc, Options())
    assert doc.paragraphs == list(PROSE)
    assert [r.rule for r in doc.removed][-1] == "label_before_body"


def test_text_page_without_title_keeps_all_prose() -> None:
    doc = Document(raw="")
    doc.blocks = [Block(i, t) for i, t in enumerate(PROSE)]
    body.select_body(doc, Options())
    assert doc.paragraphs == list(PROSE)


@pytest.mark.parametrize("text,expected", [
    ("上一页 1 2 3 下一页", True), ("[1] [2] [3] [4]", True), ("第1页 共5页", True), ("1 2", True),
    ("2024年1月2日", False), ("下一篇：市政府召开会议", False), ("12", False),
])
def test_is_pagination(text: str, expected: bool) -> None:
    assert body.is_pagination(text) is expected


def test_prose_score_orders_prose_above_links() -> None:
    prose = Block(0, PROSE[0])
    links = Block(1, "首页 新闻 体育 娱乐 财经 科技", link_chars=14, links=6)
    label = Block(2, "责任编辑")
    assert body.prose_score(prose) > body.prose_score(label) > body.prose_score(links)


# ---------------------------------------------------------------------------------------------- corpus
def _bigram_f1(pred: str, gold: str) -> float:
    def grams(t: str) -> Counter[str]:
        t = re.sub(r"\s+", "", unicodedata.normalize("NFKC", t))
        return Counter(t[i:i + 2] for i in range(len(t) - 1))
    p, g = grams(pred), grams(gold)
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


# Floors per real-page set, a little under the measured figure so that a regression fails. "first": the 31
# pages ../shared/corpus first had (0.965 on 2026-11-29); "added": its 49 x- pages, "devset" and "devset2": our
# own set's two rounds (devset2: 40 pages added on 2026-12-06, 0.727 then), floors that only rise as the work lands
# (2026-12-07, thread replies kept: added 0.849, devset 0.867, devset2 0.745, devset3 0.947; then listings and
# boxed replies: added 0.875, devset 0.914, devset2 0.860, devset3 0.953).
# (2026-12-07, second session: opening posts apart, reply link lines, closing related headings, the tiny-body
# fallback: first 0.958, added 0.882, devset 0.920, devset2 0.875, devset3 0.953, devset4 0.846).
# devset5: 22 pages of a fifth round (2026-12-07), at the level first wired (0.762); devset6: 8 pages (0.783);
# raised the same day once their failure classes were fixed (0.840, 0.873); devset7: 7 pages (0.798); devset8:
# 18 pages of an eighth round (0.830 when wired, the helper's first scoring 0.851), raised the same day once a
# table's header row credited nobody and a closed <textarea> swallowed nothing (0.872); devset9: 12 pages of a
# ninth round (0.939 when wired); devset10: 12 pages of a tenth round (0.848 when wired). Raised the same day
# (third session) once listings kept their entries' names, a phone-only copy gave way to the wide one and a
# bracketed credit opening a paragraph was cut from it: devset 0.939, devset2 0.882, devset4 0.857, devset9 0.952,
# devset10 0.894. devset11: 14 pages of an eleventh round (0.935 when wired); devset12: 8 pages of a
# twelfth round (0.983 when wired); devset13: 9 pages of a thirteenth round (0.924 when wired); devset14: 10
# pages of a fourteenth round (fifth session, 0.982 when wired, by this test's measure); devset15: 9 pages of a
# fifteenth round (0.967 when wired; 0.98 once links showing their addresses were kept and numbered figures' captions
# went); devset16 and devset17 (0.981, 0.897 when wired); devset13 raised to 0.94 (0.942 measured); devset18, devset19
# and devset20 (sixth session: 0.893, 0.975, 0.920 when wired, by this test's measure).
BODY_F1_FLOORS = {"first": 0.95, "added": 0.88, "devset": 0.93, "devset2": 0.88, "devset3": 0.95, "devset4": 0.85,
                  "devset5": 0.84, "devset6": 0.87, "devset7": 0.79,
                  "devset8": 0.87, "devset9": 0.95, "devset10": 0.89, "devset11": 0.93, "devset12": 0.98,
                  "devset13": 0.94, "devset14": 0.98,
                  "devset15": 0.98, "devset16": 0.98, "devset17": 0.89,
                  "devset18": 0.89, "devset19": 0.97, "devset20": 0.92,
                  "devset21": 0.95, "devset22": 0.87,
                  "devset23": 0.83, "devset24": 0.95, "devset25": 0.96, "devset26": 0.98, "devset27": 0.87,
                  "devset28": 0.97, "devset29": 0.94, "devset30": 0.93, "devset31": 0.71,
                  "devset32": 0.99, "devset33": 0.72, "devset34": 0.95, "devset35": 0.99, "devset36": 0.92,
                  "devset37": 0.99, "devset38": 0.99, "devset39": 0.97,
                  "devset41": 0.99, "devset42": 0.85, "devset43": 0.99, "devset44": 0.97, "devset45": 0.9,
                  "devset46": 0.95, "devset47": 0.97, "devset48": 0.94, "devset49": 0.97,
                  "devset50": 0.93, "devset51": 0.93, "devset52": 0.97, "devset53": 0.87,
                  "devset55": 0.97, "devset56": 0.85, "devset57": 0.88, "devset58": 0.93,
                  "devset60": 0.82, "devset61": 0.94, "devset62": 0.89, "devset63": 0.95,
                  "devset64": 0.91, "devset65": 0.74, "devset66": 0.95, "devset67": 0.91}
# Pages each set must score (a set whose cache is half built fails rather than passes on what is left).
MIN_SCORED_PAGES = {"devset3": 10, "devset4": 19, "devset5": 22, "devset6": 8, "devset7": 7, "devset8": 18,
                    "devset9": 12, "devset10": 12, "devset11": 14,
                    "devset12": 8, "devset13": 9, "devset14": 10, "devset15": 9, "devset16": 10,
                    "devset17": 12, "devset18": 11, "devset19": 10, "devset20": 4,
                    "devset21": 11, "devset22": 11, "devset23": 8, "devset24": 10, "devset25": 13,
                    "devset26": 10, "devset27": 8, "devset28": 11, "devset29": 10, "devset30": 10, "devset31": 6,
                    "devset32": 3, "devset33": 7, "devset34": 15, "devset35": 12, "devset36": 11,
                    "devset37": 9, "devset38": 8, "devset39": 9,
                    "devset41": 5, "devset42": 8, "devset43": 10, "devset44": 10, "devset45": 12,
                    "devset46": 12, "devset47": 8, "devset48": 12, "devset49": 12, "devset50": 12, "devset51": 5,
                    "devset52": 5, "devset53": 10, "devset55": 8, "devset56": 9, "devset57": 12, "devset58": 12,
                    "devset60": 11, "devset61": 12, "devset62": 10, "devset63": 11, "devset64": 10, "devset65": 6,
                    "devset66": 12, "devset67": 12}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(real_page_sets()))
def test_real_pages_body_f1_floor(name: str) -> None:
    """parse_html + select_body alone (no metadata/boilerplate stages), per real-page set."""
    from webclean.decode.charset import decode
    scores = []
    for gold_path in real_page_sets()[name]:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if not gold.get("body"):
            continue
        raw = page_of(gold_path).read_bytes()
        # The page's URL is an input, as in clean(page, url=...): it names blogs and boards (kinds.py), which
        # decides whether later posts are replies to keep or other articles of an archive page.
        doc = Document(raw=raw, text=decode(raw, None).text, is_html=True, url=gold.get("url"),
                       deadline=time.monotonic() + 30)
        html.parse_html(doc, Options())
        body.select_body(doc, Options())
        scores.append(_bigram_f1("\n".join(doc.paragraphs), gold["body"]))
    assert len(scores) >= MIN_SCORED_PAGES.get(name, 20)
    print(name, round(sum(scores) / len(scores), 4))
    assert sum(scores) / len(scores) >= BODY_F1_FLOORS[name]


def test_article_sections_with_subheadings_are_not_posts() -> None:
    sections = "".join(f"<h2>第{i}部分</h2><div class='section'><p>{PROSE[i]}</p><p>{PROSE[(i + 1) % 3]}</p></div>"
                       for i in range(3))
    doc = run(f"<html><body><div class='article'>{sections}</div></body></html>")
    assert len(doc.paragraphs) == 9 and doc.page_kind == "article"


def test_post_header_between() -> None:
    blocks = [Block(0, "二、会议内容", heading=2), Block(1, "2楼 用户甲"), Block(2, "正文")]
    assert not body._post_header_between(blocks, 0, 1)
    assert body._post_header_between(blocks, 0, 2)


def test_short_brief_among_many_links_is_an_article() -> None:
    brief = ("本报讯 今天上午，全市安全生产工作会议在市政府召开，副市长出席会议并讲话，"
             "要求各地各部门压实责任，确保安全。")
    page = ("<html><body><ul class='menu'>" + "".join(f"<li><a href='/{i}'>新闻栏目{i}</a></li>" for i in range(30))
            + f"</ul><div><p>{brief}</p></div></body></html>")
    doc = run(page)
    assert doc.paragraphs == [brief] and doc.page_kind == "article"


def test_logo_h1_is_not_the_headline() -> None:
    page = ("<html><head><title>市政府召开新闻发布会_某某网</title></head><body><h1>某某网</h1>"
            "<div class='content'><h1>市政府召开新闻发布会</h1>" + "".join(f"<p>{p}</p>" for p in PROSE)
            + "</div></body></html>")
    doc = run(page)
    assert doc.paragraphs == list(PROSE)
    assert [(r.text, r.rule) for r in doc.removed if r.kind == "title"] == [("市政府召开新闻发布会", "first_h1")]


def test_thread_with_thousands_of_posts_stays_fast_and_keeps_every_post() -> None:
    post = ("<div class='post'><p>用户{i} 发表于 2005-6-1 12:00</p><div class='msg'>第{i}楼的回复内容，写得足够长，"
            "有标点符号，也有很多字，可以当作正文来看待。</div></div>")
    page = "<html><body>" + "".join(post.format(i=i) for i in range(3000)) + "</body></html>"
    start = time.process_time()     # CPU time of this process: other jobs on the machine do not count
    doc = run(page)
    first = run(page, keep_replies=False)
    assert time.process_time() - start < 40
    text = "第{i}楼的回复内容，写得足够长，有标点符号，也有很多字，可以当作正文来看待。"
    assert doc.paragraphs == [text.format(i=i) for i in range(3000)]
    assert first.paragraphs == [text.format(i=0)]


def test_blocks_removed_as_furniture_count_against_their_container() -> None:
    page = ("<html><body><div id='wrap'><div id='side'><p>栏目</p><p>这是侧栏里的一段说明文字，介绍本站的情况，"
            "也有标点。</p></div>"
            "<div id='post'>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</div></div></body></html>")
    doc = Document(raw=page, text=page, is_html=True, deadline=time.monotonic() + 30)
    html.parse_html(doc, Options())
    doc.remove_block(doc.blocks[0], "navigation", "test_nav")
    body.select_body(doc, Options())
    assert doc.paragraphs == list(PROSE)


@pytest.mark.parametrize("hints,factor", [
    ("wrap main-content", 1.3), ("wrap sideBar", -0.3), ("box pinglun_list", -0.3), ("wrap inside", 1.0),
    ("article comment-text", -0.3), ("zhengwen", 1.3), ("header", 1.0), ("mod ads", -0.3),
    ("blkContainerSblk blkContainerSblkCon BSHARE_POP artibody", 1.3),
])
def test_hint_factor(hints: str, factor: float) -> None:
    assert body.hint_factor(hints.lower()) == factor


def test_text_marked_for_a_share_plugin_is_still_the_text() -> None:
    # 新浪科技's text element wears bShare's marker class (select a sentence to share it); "bshare" reads as a
    # share bar, and the print/feedback line under the text had become the body.
    page = ("<html><body><div id='J_Article_Wrap'><div class='blkContainerSblk'>"
            "<h1 id='artibodyTitle'>谷歌两年花170亿美元并购</h1>"
            "<div class='blkContainerSblkCon BSHARE_POP' id='artibody'>"
            + "".join(f"<p>{p}</p>" for p in PROSE) + "</div><div class='content_aboutNews'><h2>相关新闻</h2><ul>"
            + "".join(f"<li><a href='/n{i}.shtml'>谷歌2013年获得近2000项专利之{i}</a></li>" for i in range(3))
            + "</ul></div><div class='content_shareto'>分享到:</div></div>"
            "<div class='content_print'>意见反馈 值班电话：010-62675595保存 | 打印 | 关闭</div></div></body></html>")
    assert run(page).paragraphs == list(PROSE)


def test_post_among_board_rules_narrowed_to_the_post() -> None:
    post = "".join(f"<p>{p}</p>" for p in PROSE * 4)
    rules = "".join(f"<tr><td>{i}. 禁止发表违反法律法规的言论；</td></tr>" for i in range(1, 4))
    page = (f"<html><body><center><table><tr><td><div>{post}</div></td></tr></table>"
            f"<div>郑重声明</div><table>{rules}</table></center></body></html>")
    doc = run(page)
    assert doc.paragraphs == list(PROSE * 4)


def test_text_page_short_line_after_footer_dropped() -> None:
    doc = Document(raw="")
    lines = ["标题行", *PROSE, "版权所有 © 2025 某某网", "未经书面授权不得复制或建立镜像"]
    doc.blocks = [Block(i, t) for i, t in enumerate(lines)]
    doc.blocks[0].mark("title", "headline")
    doc.remove_block(doc.blocks[4], "copyright", "copyright_line")
    body.select_body(doc, Options())
    assert doc.paragraphs == list(PROSE)
    assert doc.blocks[5].rule == "label_after_footer"


def _thread(replies: list[str], header: str = "发表于 2025-05-1{i} 2{i}:05") -> str:
    first = ("<table class='plhin'><tr><td class='pls'><a href='/u/1'>楼主</a><p>帖子 326 积分 1208</p></td>"
             "<td class='plc'><div class='authi'>" + header.format(i=0) + "</div><div class='t_f'>"
             + "<br><br>".join(PROSE) + "</div></td></tr></table>")
    rest = "".join(f"<table class='plhin'><tr><td class='pls'><a href='/u/{i + 2}'>网友{i}</a></td>"
                   f"<td class='plc'><div class='authi'>{header.format(i=i + 1)}</div>"
                   f"<div class='t_f'>{r}</div></td></tr></table>" for i, r in enumerate(replies))
    return ("<html><body><div class='nav'>" + nav_links(6)
            + f"</div><div id='postlist'>{first}{rest}</div></body></html>")


ONE_LINERS = ["收藏了，北岸那段确实黑，上次差点迷路。", "楼主能发一下轨迹吗？下个月算我一个。", "那"
                                                           "家农家乐的鱼确实好吃。"]


def test_thread_with_one_line_replies_keeps_them_after_the_first_post() -> None:
    doc = run(_thread(ONE_LINERS))
    # The first post's 发表于 header stays for metadata to take as the date (select_body runs alone here);
    # the poster's stats cell and the replies' headers are out, the one-line replies are the thread's text.
    assert [p for p in doc.paragraphs if "发表于" not in p] == list(PROSE) + ONE_LINERS
    assert doc.page_kind == "forum-thread"
    first = run(_thread(ONE_LINERS), keep_replies=False)
    assert [p for p in first.paragraphs if "发表于" not in p] == list(PROSE)


def _thread_with_opening_post_apart(replies: list[str]) -> str:
    # The opening post in a box of its own under the headline and the poster's row; the replies in units of
    # another class, each under its header (as Tianya and Q&A pages lay them out).
    opening = ("<h1>夜里骑行北岸绿道的一点经验</h1><div class='op-info'>楼主：骑行老张 时间：2025-05-10 20:05</div>"
               "<div class='op-body'>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</div>")
    rest = "".join(f"<div class='floor-item'><div class='atl-info'>作者：网友{i} 时间：2025-05-1{i} 21:0{i}</div>"
                   f"<div class='floor-text'>{r}</div><div class='atl-tools'>举报 | {i + 2}楼 | 回复</div></div>"
                   for i, r in enumerate(replies))
    return ("<html><body><div class='nav'>" + nav_links(6)
            + f"</div><div id='thread'>{opening}<div class='floors'>{rest}</div></div></body></html>")


LONG_REPLIES = [f"第{i}次跟着楼主的路线骑了一遍，北岸那段路灯确实少，建议带两个车灯，再带一件反光背心。"
                f"回来的路上在农家乐吃了鱼，味道不错，价格也公道，下个月还想再去一次。" for i in range(1, 7)]


def test_an_opening_post_boxed_apart_from_the_replies_is_kept() -> None:
    doc = run(_thread_with_opening_post_apart(LONG_REPLIES))
    assert doc.page_kind == "forum-thread"
    for paragraph in PROSE:
        assert paragraph in doc.paragraphs
    assert LONG_REPLIES[0] in doc.paragraphs
    assert {b.rule for b in doc.blocks if b.text in PROSE} == {"opening_post_apart"}


def test_short_units_without_post_headers_are_not_replies() -> None:
    # Same layout, but nothing between the units reads as a post header: one article in several boxes.
    doc = run(_thread(ONE_LINERS, header="图{i}"))
    assert doc.page_kind == "article"
    assert "收藏了，北岸那段确实黑，上次差点迷路。" in doc.paragraphs


def test_is_short_reply_needs_two_blocks_and_prose() -> None:
    tree = body._Tree([-1], ["td:plc"], [0], [3], [4], [12.0], [12.0])
    assert body.is_short_reply(tree, 0)
    assert not body.is_short_reply(tree._replace(last=[3]), 0)       # one block: a paragraph div
    assert not body.is_short_reply(tree._replace(gain=[0.0]), 0)      # no prose: a username and a date


def test_body_docstring_examples() -> None:
    import doctest
    result = doctest.testmod(body)
    assert result.attempted > 5 and result.failed == 0


@pytest.mark.parametrize("url, hints, kind", [
    ("https://blog.devnotes.example.com/laozhang/article/details/1", "article-title", "blog-post"),
    ("https://www.example.com/blogs/2025/06/orders.html", "article-title", "blog-post"),
    ("https://news.example.com/2025/0603/a.html", "blog-content-box title-article", "blog-post"),
    ("https://news.example.com/2025/0603/a.html", "article-title", "article"),
])
def test_single_article_on_a_blog_is_a_blog_post(url: str, hints: str, kind: str) -> None:
    page = ("<html><body><div class='nav'>" + nav_links(6) + f"</div><div class='{hints}'>"
                                                             f"<h1>用 pandas 清洗订单数据</h1>"
            "</div><div class='content'>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</div></body></html>")
    doc = Document(raw=page, text=page, is_html=True, url=url, deadline=time.monotonic() + 30)
    html.parse_html(doc, Options())
    body.select_body(doc, Options())
    assert doc.paragraphs == list(PROSE)
    assert doc.page_kind == kind


def test_page_tools_above_the_headline_are_not_body_but_a_lead_is_kept() -> None:
    lead = "新华社北京7月14日电，国务院新闻办公室今天举行发布会，介绍上半年经济运行情况。"
    page = ("<html><body><div class='nav'>" + nav_links(6) + "</div><div class='content'>"
            "<div class='tools'><a href='#'>收藏</a> <a href='#'>讨论</a> 1532 有用+1</div>"
            f"<p>{lead}</p><h1>上半年经济运行情况发布会</h1>"
            + "".join(f"<p>{p}</p>" for p in PROSE) + "</div></body></html>")
    doc = run(page)
    assert doc.paragraphs == [lead, *PROSE]
    assert [r.text for r in doc.removed if r.rule == "above_headline_tools"] == ["收藏 讨论 1532 有用+1"]


def test_a_copyright_word_that_names_rich_text_is_content() -> None:
    # Zhihu's answer text sits in class="RichText ztext CopyrightRichText-richText"
    assert body.hint_factor("richtext ztext copyrightrichtext-richtext") > 1
    assert body.hint_factor("footer copyright") < 0
    assert body.hint_factor("footer-copyright-box") < 0


def test_a_row_of_figures_is_not_a_pager() -> None:
    assert body.is_pagination("1 2 4 10")
    assert not body.is_pagination("1\t2\t4\t10")


def test_a_compound_class_word_with_link_is_not_a_links_box() -> None:
    # Douban's review text sits in <div id="link-report">
    assert body.hint_factor("main review-item link-report review-content") > 0
    assert body.hint_factor("footer links") < 0


def test_a_feed_of_teaser_cards_does_not_outweigh_a_short_article() -> None:
    """A picture column under a three-paragraph article: eight cards, each a linked headline and a summary,
    hold more prose than the article, and every card's summary would otherwise look like a paragraph."""
    cards = "".join(
        f"<div class='guest_text'><div><a href='/p{i}.html'>某地第{i}个乡村振兴示范点建成投用</a></div>"
        f"<p>近日，当地第{i}个示范点正式投用，村民在新建的广场上跳起了广场舞，场面十分热闹，吸引了不少游客前来参观。"
        f"<a href='/p{i}.html'>【详细】</a></p><p>图片推荐 2024-05-2{i % 10} 09:41:17</p></div>"
        for i in range(8))
    page = ("<html><body><div class='page'><h1>市政府召开新闻发布会</h1><div class='info'>2024-05-20 来源：某某网</div>"
            "<div class='article'>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</div>"
            f"<div class='pics'><ul class='list'>{cards}</ul></div></div></body></html>")
    doc = run(page)
    assert doc.paragraphs[-3:] == list(PROSE) and not any("示范点" in p for p in doc.paragraphs)
    assert sum(1 for r in doc.removed if r.rule == "teaser_card") >= 8 * 2
    assert doc.page_kind == "article"


# ------------------------------------------------------------------------- never a silent empty or truncated body
def _real_and_fixture_pages() -> list[tuple[str, bytes, str | None]]:
    root = Path(__file__).resolve().parents[1]
    pages = [(p.name, p.read_bytes(), None) for p in sorted((root / "fixtures" / "html").glob("*.html"))]
    pages += [(p.name, p.read_bytes(), None) for p in sorted((root / "fixtures" / "text").glob("*.txt"))]
    for corpus in (CORPUS, root / ".cache" / "devset"):
        for gold_path in sorted((corpus / "gold").glob("*.json")) if (corpus / "gold").is_dir() else []:
            page = corpus / "pages" / f"{gold_path.stem}.html"
            if page.is_file():
                url = json.loads(gold_path.read_text(encoding="utf-8")).get("url")
                pages.append((gold_path.stem, page.read_bytes(), url))
    return pages


@pytest.mark.slow
def test_every_block_is_kept_or_recorded_as_removed_and_no_empty_body_is_silent() -> None:
    """On every page we have (fixtures, and the real pages of ../shared/corpus and .cache/devset when present):
    each text block is a body paragraph or has a Removal naming its rule, and an empty body has a warning."""
    from webclean.pipeline import Cleaner

    cleaner = Cleaner()
    pages = _real_and_fixture_pages()
    assert len(pages) >= 100
    for name, data, url in pages:
        rec, doc = cleaner.inspect(data, url=url)
        where = {r.where for r in rec.removed}
        for b in doc.blocks:
            if b.text.strip() and b.label != "body":
                assert f"block {b.index}" in where, (name, b.index, b.label, b.text[:40])
        assert sum(1 for b in doc.blocks if b.label == "body") == len(rec.paragraphs), name
        if not rec.paragraphs and rec.error is None:
            assert any(w.startswith("body: ") for w in rec.warnings), name


def test_an_empty_selection_falls_back_to_the_densest_prose_region_with_a_warning() -> None:
    doc = Document(raw="")
    doc.blocks = [Block(0, "首页 新闻 体育 财经 娱乐 汽车 房产", links=7, link_chars=14, container=1),
                  Block(1, PROSE[0], container=2), Block(2, PROSE[1], container=2),
                  Block(3, "相关阅读：某地召开会议", links=1, link_chars=9, container=3)]
    doc.hints["containers"] = [(-1, "body", ""), (0, "div", "nav"), (0, "div", "x"), (0, "div", "more")]
    for b in doc.blocks[1:3]:
        doc.remove_block(b, "boilerplate", "outside_main_content")   # what a wrong region choice leaves
    kept = body.ensure_body(doc, [])
    assert [b.index for b in kept] == [1, 2] and "body_fallback" in doc.flags
    assert any("fallback kept 2 paragraphs" in w for w in doc.warnings)
    assert not any(r.where in ("block 1", "block 2") for r in doc.removed)   # their removals were undone


def test_far_more_prose_outside_the_chosen_region_is_a_truncation_warning() -> None:
    # A body of a paragraph or two (not a tiny one: see the next test) with four times its text left out.
    doc = Document(raw="")
    kept = [Block(0, "本报讯 " + PROSE[0] + PROSE[1])]
    doc.blocks = kept + [Block(i, PROSE[i % 3] * 5) for i in range(1, 5)]
    for b in doc.blocks[1:]:
        doc.remove_block(b, "boilerplate", "outside_main_content")
    assert body.ensure_body(doc, kept) == kept
    assert any(w.startswith("body: may be truncated") for w in doc.warnings)
    quiet = Document(raw="")
    quiet.blocks = kept + [Block(1, PROSE[0] * 3, hints="recommend-list")]
    quiet.remove_block(quiet.blocks[1], "boilerplate", "outside_main_content")
    body.ensure_body(quiet, kept)
    assert not quiet.warnings   # prose in a region named as furniture (recommended reading) does not count


def test_a_tiny_body_among_many_left_out_lines_carries_a_warning() -> None:
    # 科技日报's layout page: its five headlines (links) left out, the page's name 第01版：今日要闻 the only line kept
    doc = Document(raw="")
    kept = [Block(0, "第01版：今日要闻")]
    lines = ["新时代十年伟大变革奠定坚实基础", "开放共享 让大型科研仪器“忙”起来",
             "中国式现代化是中国共产党领导的社会主义现代化", "在纳米级薄膜上，飞秒激光实现全彩色无油墨打印",
             "第02版：综 合", "第03版：综 合"]
    doc.blocks = kept + [Block(i + 1, t, tag=("div", "li", "td", "span", "p", "dd")[i]) for i, t in enumerate(lines)]
    for b in doc.blocks[1:]:
        doc.remove_block(b, "boilerplate", "outside_main_content")
    assert body.ensure_body(doc, kept) == kept
    assert any(w.startswith("body: may be truncated: only 9 characters kept") for w in doc.warnings)
    whole = Document(raw="")
    whole.blocks = [Block(0, PROSE[0] + PROSE[1])] + doc.blocks[1:]
    for b in whole.blocks[1:]:
        whole.remove_block(b, "boilerplate", "outside_main_content")
    body.ensure_body(whole, whole.blocks[:1])
    assert not whole.warnings   # an article's paragraphs are no tiny body


def test_a_tiny_body_gives_way_to_the_prose_the_page_left_out() -> None:
    # A blog whose article element is named like an ad slot (sina_keyword_ad_area2): selection kept one line of
    # the comment box; the article, left out, holds many times more prose and becomes the body, with a warning.
    doc = Document(raw="")
    kept = [Block(5, "以上网友发言只代表其个人观点。", container=3)]
    article = [Block(i, PROSE[i % 3] * 2, container=2) for i in range(5)]
    doc.blocks = article + kept
    doc.hints["containers"] = [(-1, "body", ""), (0, "div", "sidebar"), (0, "div", "articalcontent"),
                               (0, "div", "comment")]
    for b in article:
        doc.remove_block(b, "boilerplate", "outside_main_content")
    chosen = body.ensure_body(doc, kept)
    assert chosen == article
    assert kept[0].rule == "not_the_text"
    assert any("kept only" in w and "fallback" in w for w in doc.warnings)
    assert "body_fallback" in doc.flags


def test_a_wrapper_class_naming_ads_does_not_make_the_article_a_listing() -> None:
    """Every article of one site sits in <div class="newspapers_ad">: the class word says nothing of the prose."""
    menu = "".join(f"<li><a href='/c{i}'>新闻栏目第{i}个</a></li>" for i in range(20))
    page = (f"<html><body><ul class='menu'>{menu}</ul><h1>市政府召开新闻发布会</h1>"
            "<div class='newspapers_ad clear-fix'>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</div></body></html>")
    doc = run(page)
    assert doc.paragraphs == list(PROSE) and doc.page_kind != "listing"


def test_paragraphs_that_mention_a_date_are_not_posts() -> None:
    """Each paragraph in its own div, two of them naming a month: one article, not a thread of posts."""
    paras = [PROSE[0], "国际油价12日继续刷新五年低点。2015年1月交货的原油期货价格下挫，为2009年5月以来新低。",
             PROSE[1], "截至当天收盘，股指下跌百分之一点七九，收于2014年12月以来的低位，市场情绪明显转弱。", PROSE[2]]
    page = ("<html><body><h1>油价跌跌不休 重挫股市</h1><div class='content'>"
            + "".join(f"<div class='newsdesc'>{p}</div>" for p in paras) + "</div></body></html>")
    doc = run(page)
    assert doc.paragraphs == paras and doc.page_kind == "article"


def test_the_region_under_the_headline_beats_a_larger_one_far_below_it() -> None:
    """A short post right under its headline; far below, after a run of links, a notice box holding more prose."""
    doc = Document(raw="")
    doc.blocks = [Block(0, "解决新项目的依赖报错", heading=1, container=1), Block(1, "前言", heading=2, container=2),
                  Block(2, "每次打开别人新的项目都会缺少依赖，记录一下处理的办法。", container=2),
                  Block(3, "安装以后在项目目录里运行检查命令，按提示补装缺少的依赖就可以了。", container=2)]
    doc.blocks += [Block(4 + i, f"推荐课程{i}", links=1, link_chars=5, container=3) for i in range(20)]
    doc.blocks += [Block(24 + i, p, container=4) for i, p in enumerate(PROSE[:2])]
    doc.hints["containers"] = [(-1, "body", ""), (0, "div", "main"), (1, "div", "markdown"), (0, "div", "ads"),
                               (0, "div", "notice")]
    scores = body._block_scores(doc.blocks, 0)
    tree = body._container_tree(doc, scores)
    assert tree.gain[4] > tree.gain[2]    # the notice holds more prose than the post
    assert body._prefer_region_under_headline(doc, tree, scores, 0, 4) == 2
    doc.blocks[1:4] = [Block(i, "。", container=2) for i in range(1, 4)]   # nothing of weight under the headline
    scores = body._block_scores(doc.blocks, 0)
    tree = body._container_tree(doc, scores)
    assert body._prefer_region_under_headline(doc, tree, scores, 0, 4) == 4


def test_a_dialog_a_script_opens_is_never_the_article() -> None:
    form = "".join(f"<div class='field'><label>{p}</label></div>" for p in PROSE * 3)
    page = ("<html><body><h1>解决新项目的依赖报错</h1><div class='content'><p>记录一下处理缺少依赖的办法，很简单。"
            "</p></div>"
            + "".join(f"<p><a href='/x{i}'>推荐文章第{i}篇</a></p>" for i in range(12))
            + f"<div class='ui modal small report'><form class='ui form'>{form}</form></div></body></html>")
    doc = run(page)
    assert doc.paragraphs == ["记录一下处理缺少依赖的办法，很简单。"]
    assert sum(1 for r in doc.removed if r.rule == "script_dialog") == 9


def test_a_page_canvas_named_dialog_is_no_dialog() -> None:
    """Drupal wraps every page in ``<div class="dialog-off-canvas-main-canvas">`` (8world): a container named as a
    dialog that spans most of the page is its canvas, and the article inside it is kept."""
    story = "".join(f"<p>{p}</p>" for p in PROSE)
    page = ("<html><body><div class='dialog-off-canvas-main-canvas'><h1>解决新项目的依赖报错</h1>"
            + "".join(f"<p><a href='/x{i}'>推荐文章第{i}篇</a></p>" for i in range(3))
            + f"<div class='article-content'>{story}</div></div></body></html>")
    doc = run(page)
    assert doc.paragraphs == list(PROSE)
    assert not any(r.rule == "script_dialog" for r in doc.removed)


def test_a_lead_form_dialog_filling_most_of_a_short_page_is_still_a_dialog() -> None:
    # a commuter service's page: its wizard's modal holds three quarters of the page's blocks, not its whole canvas
    ask = "请告诉我们您的通勤起点、终点和上下班时间，我们会在一个工作日内与您联系，帮您找到同路的人。"
    fields = "".join(f"<div class='field'><label>{ask}</label></div>" for _ in range(24))
    page = ("<html><body><h1>通勤服务</h1><div class='content'>" + "".join(f"<p>{p}</p>" for p in PROSE)
            + f"</div><div class='modal fade leadform'><div class='modal-body'>{fields}</div></div></body></html>")
    doc = run(page)
    assert doc.paragraphs == list(PROSE)


def test_a_picture_story_keeps_its_captions_as_its_text() -> None:
    import webclean
    caption = "3月2日，政协会议在北京人民大会堂举行新闻发布会，大会发言人介绍会议有关情况并回答中外记者提问。"
    page = "\n\n".join(f"{caption}新华社记者 {name} 摄" for name in ("丁林", "燕雁", "王申")) + "\n"
    rec = webclean.clean(page.encode())
    assert list(rec.paragraphs) == [caption] * 3
    assert rec.author == "丁林、燕雁、王申"
    assert sum(1 for r in rec.removed if r.rule == "photo_credit") == 3


def test_a_mirrors_id_and_url_lines_under_its_editor_line_are_not_text() -> None:
    import webclean
    page = ("外交部长的记者会总是颇受关注，今年又将回答中外记者的提问。\n\n在此之前，"
            "我们先回顾一下往年记者会上的精彩时刻。\n\n"
            "?\n\n【责任编辑:马文英】\n\nVIDEO\n\nWS60431a79a3101e7ce974294c\n\nhttp://m.example.cn/a/202103/06/WS60431a79.html\n")
    rec = webclean.clean(page.encode())
    assert rec.paragraphs[-1].startswith("在此之前") and rec.editor == "马文英"


def _thread_of_comment_posts() -> str:
    posts = [("寒冰", "访问社区时自动弹出登录窗口，访问子页会自动跳转到首页，有没有插件可以强制用户先登录？"),
             ("小路", "可以试试私有论坛插件，安装以后游客只能看到登录页，我这里测试过，是免费的，兼容最新版本。"),
             ("寒冰", "我安装了，但它不是我想要的效果，我想在进入标签页或者内容页的时候才弹出登录窗口，"
                      "或者跳转到登录页。"),
             ("小路", "那可以配置页面规则，除了首页之外的页面都要求先登录，效果差不多，设置起来也更简单。"),
             ("寒冰", "明白了，我去试一下页面规则的办法，谢谢你的耐心解答，问题解决以后我再来反馈。")]
    items = "".join(f"<article class='CommentPost Post'><header><h3 class='PostUser'>{who}</h3>"
                    f"<span class='PostMeta'>发布 #{n} 2024年5月{15 + n}日</span></header>"
                    f"<div class='Post-body'><p>{text}</p></div></article>"
                    for n, (who, text) in enumerate(posts, 1))
    return ("<html><head><title>有没有强制用户登录插件？ - 中文社区</title></head><body>"
            "<div class='consent'>本网站使用 cookie 来保证网站正常运行，并帮助我们为您提供更好的浏览体验。"
            "点击“同意”即表示您接受我们使用 cookie。<a href='/p'>了解更多</a></div>"
            "<nav><a href='/'>首页</a> <a href='/d'>文档</a></nav>"
            f"<h1>有没有强制用户登录插件？</h1><div class='PostStream'>{items}</div></body></html>")


def test_a_thread_whose_software_calls_every_post_a_comment_keeps_its_posts() -> None:
    rec = webclean.clean(_thread_of_comment_posts())
    first_post = "访问社区时自动弹出登录窗口，访问子页会自动跳转到首页，有没有插件可以强制用户先登录？"
    assert rec.paragraphs[0] == first_post and len(rec.paragraphs) == 5
    assert rec.paragraphs[1].startswith("可以试试私有论坛插件") and rec.paragraphs[4].startswith("明白了")
    assert rec.page_kind == "forum-thread" and rec.author == "寒冰"
    first = webclean.Cleaner(keep_replies=False).clean(_thread_of_comment_posts())
    assert list(first.paragraphs) == [first_post]
    later = [r.text for r in first.removed if r.kind == "comment"]
    assert any(t.startswith("可以试试私有论坛插件") for t in later)


def _article_with_unhinted_comments() -> str:
    comments = [("Yang7569", "2024-05-11 10:46", "这篇文章写得不错，把事情的来龙去脉讲清楚了，支持作者。"),
                ("zzf12345", "2024-05-10 17:46", "标题和内容对不上，希望下次写得认真一点，别再这样了。")]
    items = "".join(f"<div class='item'><div class='item-name'>{who}</div><div class='item-time'>{when}</div>"
                    f"<div class='item-body'>{text}</div></div>" for who, when, text in comments)
    return ("<html><head><title>老街改造完成 居民迎来新生活</title></head><body><div class='main'>"
            "<h1>老街改造完成 居民迎来新生活</h1><div class='text'>"
            "<p>经过一年多的施工，城东老街的改造工程日前全部完成，沿街三百多户居民用上了新的管网。</p>"
            "<p>改造保留了老街原有的石板路和骑楼，新增了两处口袋公园和一个便民服务站。</p></div>"
            f"<div class='bottom-box'><h3>评论 2</h3>{items}</div></div></body></html>")


def test_what_follows_a_comment_section_heading_is_comments() -> None:
    rec = webclean.clean(_article_with_unhinted_comments())
    assert rec.paragraphs[-1].startswith("改造保留了老街")
    assert not any("支持作者" in p or "Yang7569" in p for p in rec.paragraphs)
    assert {r.text for r in rec.removed if r.rule == "after_comment_heading"} >= {
        "Yang7569", "这篇文章写得不错，把事情的来龙去脉讲清楚了，支持作者。"}
    kept = webclean.Cleaner(keep_comments=True).clean(_article_with_unhinted_comments()).body
    assert "支持作者" in kept


def test_the_editor_credit_closes_the_article_and_what_follows_is_furniture() -> None:
    page = ("<html><head><title>全市上半年经济运行情况发布</title></head><body><div class='article'>"
            "<h1>全市上半年经济运行情况发布</h1><div class='info'>2024-07-15 10:17</div>"
            "<div class='con'><p>今天上午，市政府召开新闻发布会，介绍上半年全市经济运行情况。</p>"
            "<p>上半年全市地区生产总值同比增长百分之五点八，增速高于全国平均水平。</p>"
            "<p>下一步，全市将继续抓好重点项目建设，推动经济持续回升向好。</p></div>"
            "<div class='edit'>责编：王小明</div><p class='sign'>版权作品，未经本网书面授权，严禁转载。</p>"
            "<div class='tool'>阅读数(6616）</div><div class='feedback'><ul><li>广告软文</li><li>重复、旧闻</li>"
            "<li>文章质量差</li></ul><p>感谢您的反馈，我们将会减少此类文章的推荐</p></div></div></body></html>")
    rec = webclean.clean(page)
    assert rec.editor == "王小明"
    assert rec.paragraphs[-1].startswith("下一步") and len(rec.paragraphs) == 3
    assert "广告软文" in {r.text for r in rec.removed if r.rule == "after_article_end"}


def test_a_banner_chosen_over_a_disclosure_list_gives_way_to_the_list() -> None:
    """A fund company's disclosure list: body selection picks the welcome banner, the only line with
    punctuation; the page's list holds ten times its text, so the page is a listing and the list is its body."""
    items = "".join(f"<li><a href='/d/{i}.pdf'>某某基金管理有限公司关于旗下基金第{i}次调整申购费率的公告</a>"
                    f"<span>2020-06-{i + 1:02d}</span></li>" for i in range(10))
    page = ("<html><body><div class='top'>欢迎您来到某某基金管理有限公司，投资有风险，购买需谨慎！</div>"
            f"<div class='nav'>{nav_links(8)}</div><h2>信息披露</h2><ul class='news-list'>{items}</ul></body></html>")
    rec = webclean.clean(page)
    assert rec.page_kind == "listing" and rec.title == "信息披露"
    assert rec.paragraphs[0] == "某某基金管理有限公司关于旗下基金第0次调整申购费率的公告2020-06-01"
    assert "欢迎您来到某某基金管理有限公司，投资有风险，购买需谨慎！" not in rec.paragraphs
    assert "欢迎您来到某某基金管理有限公司，投资有风险，购买需谨慎！" in {r.text for r in rec.removed}
    assert len(rec.paragraphs) == 10 and any(w.startswith("body: the page is a listing") for w in rec.warnings)


def test_a_listing_without_a_heading_is_named_by_the_section_its_breadcrumb_ends_with() -> None:
    items = "".join(f"<li><h2><a href='/n/{i}.html'>立法院今日三讀通過第{i}項修正草案</a></h2>"
                    f"<div class='date'>2021/07/14 15:{i + 10:02d}</div></li>" for i in range(12))
    page = ("<html><head><title>政治 | 某某社</title></head><body><div class='breadcrumb'><a href='/'>首頁</a> / "
            f"<a href='/list/aipl.aspx'>政治</a></div><ul class='mainList'>{items}</ul></body></html>")
    rec = webclean.clean(page)
    assert rec.page_kind == "listing" and rec.title == "政治"
    assert rec.paragraphs[:2] == ("立法院今日三讀通過第0項修正草案", "2021/07/14 15:10")


def test_a_listing_credits_nobody_but_a_labelled_credit() -> None:
    items = "".join(f"<li><a href='/n/{i}.html'>某某县召开第{i}次工作会议部署全年工作</a>"
                    f"<div class='meta'>某某日报{i + 1}小时前</div></li>" for i in range(12))
    page = ("<html><head><meta name='author' content='某某网'><meta name='author' content='xinhongru'></head><body>"
            f"<h2>要闻</h2><ul class='list'>{items}</ul></body></html>")
    rec = webclean.clean(page)
    assert rec.page_kind == "listing"
    assert (rec.author, rec.editor, rec.source) == (None, None, None)


def test_repeated_post_header_rows_leave_the_text_and_make_a_thread() -> None:
    # An imageboard-like thread whose posts body selection does not tell apart: each reply sits under a row of
    # handle, day and time, post number; the rows go, the replies stay, the page is a thread.
    replies = [f"第{i}个回应：我觉得这件事情还要再看看，大家先别急着下结论，过两天就知道了。" for i in range(1, 6)]
    posts = "".join(f"<div class='post reply'><div class='post-head'>無名2021/12/03(五)14:2{i}:16 No.2520803{i}</div>"
                    f"<div class='quote'>{r}</div></div>" for i, r in enumerate(replies))
    page = f"<html><body><h1>週末去哪裡</h1><div class='thread'>{posts}</div></body></html>"
    doc = run(page)
    assert doc.paragraphs == replies
    assert {b.rule for b in doc.blocks if "No.2520803" in b.text} == {"post_header_row"}
    assert doc.page_kind == "forum-thread"


def test_a_list_of_short_linked_headlines_each_beside_its_date_is_a_listing_not_its_footer() -> None:
    import webclean
    items = ["统一身份认证系统升级完成", "自助服务新增", "人事系统：博士后新进 上线", "OA系统优化",
             "邮件系统扩容", "研究生系统：学位数据上报申请上线",
             "科研管理系统：项目结题与结转 上线", "网上办事服务大厅优化", "本科生教务系统：培养方案管理 上线",
             "研究生系统：宿舍信息查询", "研究生系统：博士生宣讲", "科研管理系统：移动端 上线", "网上办事服务大厅",
             "OA系统优化", "科研管理系统：经费开借票 上线", "OA系统优化"]
    entries = "".join(f"<li class='news n{i}'><a href='/{i}.htm'>{t}</a> <span>2021-0{7 - i % 3}-01</span></li>"
                      for i, t in enumerate(items))
    page = ("<html><head><title>信息化动态</title></head><body><ul class='menu'>"
            + "".join(f"<li><a href='/m{i}'>栏目{i}</a></li>" for i in range(8))
            + f"</ul><h2>信息化动态</h2><ul class='news_list'>{entries}</ul>"
            "<div class='foot'><p>025-89683791</p><p>服务时间：每天（8：00-19：00）</p><p>地点：图书馆后面</p>"
            "<p>联系邮箱 itsc@example.edu.cn</p></div></body></html>")
    rec = webclean.clean(page)
    assert rec.page_kind == "listing"
    assert rec.body.count("OA系统优化") == 3 and "025-89683791" not in rec.body
    assert rec.published is None      # a list entry's date is no dateline of the page


def test_a_short_post_in_its_own_text_element_is_its_body_not_a_listing_or_a_far_region() -> None:
    import webclean
    recs = "".join(f"<div class='recommend-item'><a href='/r{i}'>SolVES模型教程第{i}篇——建议收藏</a>"
                   f"<span>05-{10 + i}</span></div>" for i in range(20))
    page = ("<html><head><title>SolVES模型的生态系统社会价值评估代做</title></head><body>"
            "<div class='blog-content-box'><h1 class='title-article'>SolVES模型的生态系统社会价值评估代做</h1>"
            "<div class='article-info-box'>最新推荐文章于 2023-09-04 17:53:10 发布</div>"
            "<div class='article_content content_views'><p>SolVES模型的生态系统社会价值评估代做</p>"
            "<p>1107436458 某鹅 说明来处</p></div></div>"
            f"<div class='recommend-box'>{recs}</div>"
            "<div class='pay-notes'><p>抵扣说明：</p>"
            "<p>1.余额是钱包充值的虚拟货币，按照1:1的比例进行支付金额的抵扣。</p>"
            "<p>2.余额无法直接购买下载，可以购买VIP、付费专栏及课程。</p></div></body></html>")
    rec = webclean.clean(page)
    assert rec.page_kind != "listing"
    assert "1107436458 某鹅 说明来处" in rec.body and "抵扣说明" not in rec.body and "建议收藏" not in rec.body


def test_a_listings_name_comes_from_its_title_over_a_sort_button_above_the_list() -> None:
    import webclean
    entries = "".join(f"<li class='item'><a href='/n/{i}.html'>第{i}条新闻：市政府召开新闻发布会介绍有关情况</a></li>"
                      for i in range(20))
    page = ("<html><head><title>要闻-中国新闻-多维新闻网</title></head><body>"
            "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/yw'>要闻</a></li></ul>"
            f"<div class='newslist'><div class='tit paixu'>时间</div><ul>{entries}</ul></div></body></html>")
    rec = webclean.clean(page)
    assert rec.page_kind == "listing" and rec.title == "要闻"


# A film chart modelled on a ratings site's Top list: per entry a rank, the film's linked name (its titles joined
# by slashes, a badge after the link), the credits line and the year / country / genre line in one paragraph,
# the rating with its count of ratings, and a one-line quote. Films, people and quotes are made up.
_CHART = [("山城旧事", "Old Town Tales", "山城往事(港)", "1987 / 中国大陆 / 剧情 家庭", "一座城，几代人。"),
          ("北方来信", "Letters from the North", "北方的信(台)", "2003 / 中国大陆 / 剧情 爱情",
           "信写到一半，人已经走远。"),
          ("海边的钟", "The Clock by the Sea", "海钟(港)", "1995 / 中国香港 / 剧情 悬疑", "钟停了，故事才开始。"),
          ("夜航船", "Night Ferry", "夜渡(港)", "2011 / 中国台湾 / 剧情", "一船的人，各有各的去处。"),
          ("纸上花园", "Paper Garden", "纸花园(台)", "2016 / 日本 / 动画 奇幻", "画出来的花，也会凋谢。"),
          ("雪地里的狐狸", "Fox in the Snow", "雪狐(港)", "2008 / 美国 / 剧情 冒险", "孤独的时候，脚印最清楚。")]


def _chart_page() -> str:
    items = "".join(
        f"<li><div class='item'><div class='pic'><em>{i + 1}</em><a href='/s/{i}/'>"
        f"<img alt='{name}' src='/p{i}.jpg'></a></div><div class='info'><div class='hd'><a href='/s/{i}/'>"
        f"<span class='title'>{name}</span>"
        f"<span class='title'>&nbsp;/&nbsp;{latin}</span><span class='other'>&nbsp;/&nbsp;{other}</span></a>"
        f"<span class='playable'>[可播放]</span></div><div class='bd'><p>导演: 某导演{i} Director Number{i} "
        f"主演: 某演员{i} Actor Number{i} / 另一位演员 Another Actor...<br>{facts}</p>"
        f"<div><span class='rating_num'>9.{9 - i}</span> <span>{31000 + i * 977}人评价</span></div>"
        f"<p class='quote'><span>{quote}</span></p></div></div></div></li>"
        for i, (name, latin, other, facts, quote) in enumerate(_CHART))
    return ("<html><head><title>某某电影 Top 100</title></head><body><div class='nav'><a href='/'>首页</a> "
            "<a href='/a'>选电影</a> <a href='/b'>排行榜</a> <a href='/c'>影评</a></div><div id='content'>"
            f"<h1>某某电影 Top 100</h1><div class='article'><ol class='grid_view'>{items}</ol></div></div>"
            "</body></html>")


def test_a_chart_told_entry_by_entry_keeps_each_films_linked_name_and_its_facts_line() -> None:
    """Selection keeps each film's credits and quote; the film's name is a line of links with no punctuation and
    its year / country / genre line reads like a menu of slashes, yet both are the entry's: they come back
    (``entry_name``, ``entry_facts``), the ranks and the rating counts go, and the page is a listing."""
    rec = webclean.clean(_chart_page())
    assert rec.page_kind == "listing"
    for name, latin, _, facts, quote in _CHART:
        line = next(p for p in rec.paragraphs if p.startswith(name + " / "))
        assert latin in line
        assert facts in rec.paragraphs and quote in rec.paragraphs
        assert rec.paragraphs.index(line) < rec.paragraphs.index(facts) < rec.paragraphs.index(quote)
    assert not any(p.isdigit() for p in rec.paragraphs) and "人评价" not in rec.body
    assert {r.text for r in rec.removed if r.rule == "entry_rank"} == {str(i + 1) for i in range(len(_CHART))}
    assert {r.rule for r in rec.removed if "人评价" in r.text} == {"counter_line"}


def test_links_between_an_articles_paragraphs_are_no_entry_names() -> None:
    """An article that follows each paragraph with a link to a source it cites: link and paragraph share the
    article's element, which holds every link, so the links are no list's names and stay out."""
    paragraphs = [f"第{i}部分：课题组对城郊{i}号村的走访显示，村里的老人大多愿意留在家中养老，希望社区提供上门服务。"
                  for i in range(1, 8)]
    cited = "".join(f"<p>{p}</p><p><a href='/ref/{i}'>城郊养老调查报告之{i} Survey Report</a></p>"
                    for i, p in enumerate(paragraphs))
    page = (f"<html><head><title>城郊养老调查</title></head><body><h1>城郊养老调查</h1><div class='article'>{cited}"
            "</div></body></html>")
    rec = webclean.clean(page)
    assert rec.page_kind != "listing"
    assert list(rec.paragraphs) == paragraphs
    assert not any(r.rule == "entry_name" for r in rec.removed) and "Survey Report" not in rec.body


def test_a_feeds_posters_beside_its_titles_are_another_column_not_entry_names() -> None:
    """A feed whose entries each show the poster's linked name above the linked title, then the abstract: both
    link groups repeat, entry by entry, in each entry's own element; the titles (the most name text) name the
    entries, and the posters, one beside each title, are another column of the same entries."""
    from webclean.extract.listings import another_column, told_entry_names
    blocks: list[Block] = []
    for i in range(6):
        blocks.append(Block(len(blocks), f"用户{i}号", hints="feed entry author", links=1, link_chars=4,
                            container=i + 1))
        blocks.append(Block(len(blocks), f"周末去城郊第{i}座山的路线推荐", hints="feed entry title", links=1,
                            link_chars=14, container=i + 1))
        blocks.append(Block(len(blocks), f"从地铁终点站出发，沿着溪边小路走两个小时，就能到第{i}座山顶…",
                            hints="feed entry abstract", container=i + 1))
    parents = [-1] + [0] * 6
    kept = {b.index for b in blocks if "abstract" in b.hints}
    dropped = [b.index for b in blocks if b.links]
    titles = [b.index for b in blocks if "title" in b.hints]
    posters = [b.index for b in blocks if "author" in b.hints]
    assert told_entry_names(blocks, kept, dropped, parents) == titles
    assert another_column(titles, posters)
    # one element holding every line is an article's, not a list's entries
    for b in blocks:
        b.container = 1
    assert told_entry_names(blocks, kept, dropped, parents) == []


def test_a_board_lists_deleted_posts_above_its_first_linked_title_are_entries_too() -> None:
    """A board's index (modelled on a PTT-like board): each entry a title cell, an author and a date; the first two
    posts were deleted, so their title cells hold a note and no link. They sit above the first linked title, set
    like the titles, and are the list's first entries; the pager above the list is not."""
    deleted = [f"本文已被版主刪除 [user{i}]" for i in range(2)]
    titles = [f"[問卦] 第{i}個關於週末天氣的問題" for i in range(16)]
    rows = "".join(f"<div class='r-ent'><div class='title'>{t}</div><div class='meta'><div class='author'>-</div>"
                   "<div class='date'>5/12</div></div></div>" for t in deleted)
    rows += "".join(f"<div class='r-ent'><div class='title'><a href='/b/{i}.html'>{t}</a></div><div class='meta'>"
                    f"<div class='author'>poster{i}</div><div class='date'>5/12</div></div></div>"
                    for i, t in enumerate(titles))
    page = ("<html><head><title>看板 Weather 文章列表</title></head><body><div class='action-bar'>"
            "<div class='paging'><a href='/o'>最舊</a> <a href='/p'>‹ 上頁</a> <a href='/n'>下頁 ›</a></div></div>"
            f"<div class='r-list-container'>{rows}</div></body></html>")
    rec = webclean.clean(page)
    assert rec.page_kind == "listing"
    assert [p for p in rec.paragraphs if "刪除" in p or "問卦" in p][:4] == deleted + titles[:2]
    assert "上頁" not in rec.body


def test_a_list_of_cards_linked_whole_is_named_by_its_heading_lines_not_its_longer_facts_lines() -> None:
    """Job cards each linked as a whole (``<a>`` around the ``<h4>`` title, the facts line and the duties): every
    line is a link, and the facts lines hold more text than the titles; the titles, set as headings, name the
    entries, so the first card's title is in the list and the last card's is no page headline."""
    jobs = [(f"1000{i}-{role}", f"某事业群| {city}，中国| 技术| 2021年02月14日 更新")
            for i, (role, city) in enumerate([("后台开发工程师", "深圳"), ("前端开发", "北京"), ("数据分析师", "上海"),
                                               ("测试工程师", "广州"), ("运维开发", "成都"), ("产品经理", "深圳"),
                                               ("交互设计师", "深圳"), ("算法工程师", "北京")])]
    cards = "".join(f"<div class='job'><a class='job-link' href='/job/{i}'><h4 class='job-title'>{title}</h4>"
                    f"<p class='job-tips'>{tips}</p><p class='job-text'>负责第{i}个方向的设计与开发工作</p></a>"
                    "<div class='job-share'>分享</div></div>" for i, (title, tips) in enumerate(jobs))
    rec = webclean.clean(f"<div class='job-list'>{cards}</div>")
    assert rec.page_kind == "listing"
    assert [p for p in rec.paragraphs if p.startswith("1000")] == [title for title, _ in jobs]
    assert rec.title != jobs[-1][0]


def test_a_body_that_is_one_card_of_a_teaser_list_says_so() -> None:
    # a portal's front page: story after story with its teaser and date; the one left as the body is a card too
    cards = "".join(
        f"<div class='story-list__news'><div class='story-list__text'><h3><a href='/n/{i}'>"
        f"第{i}条新闻的标题写在这里很长很长</a></h3><p>这是第{i}条新闻的导语，市政府今天宣布了新的交通安排，市民出行需要留意。</p>"
        f"<div class='story-list__info'>2021-08-06 17:{i:02d}</div></div></div>" for i in range(30))
    top = ("<section class='story-list__holder'><div class='story-list__news'><div class='story-list__text'><h3>"
           "<a href='/n/top'>头条新闻的标题写在这里</a></h3>"
           "<p>头条新闻的导语，今天下午发生了一件大事，各界都很关注后续进展。</p>"
           "<div class='story-list__info'>2021-08-06 18:00</div></div></div></section>")
    page = (f"<html><head><title>新闻网站首页</title></head><body>{top}"
            f"<div class='story-list__holder'>{cards}</div></body></html>")
    record = webclean.Cleaner().clean(page.encode())
    assert any("list of teaser cards" in w for w in record.warnings)


def test_a_summary_box_repeating_the_text_is_no_text() -> None:
    lead = ["为了给参与活动的玩家带来更好的体验，主办方公开招募现场志愿者。", "报名截止到本月底，名额有限，先到先得。"]
    more = "志愿者需要提前一小时到场，负责引导玩家签到、发放物料和维持现场秩序，主办方会提供午餐和纪念品。"
    box = "<div class='summary'>“” " + " ".join(lead) + "</div>"
    text = "<div class='article-con'>" + "".join(f"<p>{x}</p>" for x in lead + [more, more]) + "</div>"
    page = f"<html><head><title>志愿者招募</title></head><body><h1>志愿者招募</h1>{box}{text}</body></html>"
    record = webclean.Cleaner().clean(page.encode())
    assert record.body.count(lead[0]) == 1 and any(r.rule == "summary_repeat" for r in record.removed)
    # a box that says what the text does not is the page's own lead, and stays
    own = page.replace("报名截止到本月底，名额有限，先到先得。</div>", "今年的活动规模是去年的两倍。</div>", 1)
    assert "今年的活动规模是去年的两倍" in webclean.Cleaner().clean(own.encode()).body


def test_links_that_show_their_addresses_are_the_texts_references() -> None:
    # a security post lists the accounts it found, each a link showing its address; a menu's links show words
    import webclean
    para = "攻擊者在多個平台註冊帳號，用來存放第二階段的設定資料，下表列出我們觀察到的帳號與對應的釣魚網域。"
    rows = "".join(f"<p><a href='https://www.pinterest.com/user{i}/'>https://www.pinterest.com/user{i}/</a></p>"
                   for i in range(4))
    page = ("<html><head><title>新 XLoader 變種</title></head><body><article><h1>新 XLoader 變種</h1>"
            f"<p>{para}</p>{rows}<p>{para}</p><p><a href='/tags/a'>資安</a></p></article></body></html>")
    body = webclean.clean(page, url="https://blog.example.tw/xloader/").body
    assert "https://www.pinterest.com/user2/" in body and "資安" not in body


def test_footer_under_the_copyright_notice_is_not_the_body_of_a_picture_notice() -> None:
    # A school's notice published as one picture: the article holds no text, and the address line under the
    # copyright notice was the only prose left. The body is empty and says why.
    nav = "".join(f"<li><a href='/c{i}.html'>栏目{i}</a></li>" for i in range(8))
    page = (f"<html><body><ul class='nav'>{nav}</ul><div class='con'><h2>5.22跑操量化考核反馈</h2>"
            "<div class='info'>文章来源： 作者： 发布时间：2026年05月22日 点击数： 次</div>"
            "<div class='conTxt'><p><img src='/up/202605221535391907.png'></p></div>"
            "<div>上一篇：<a href='/i/1.html'>高三跑操马甲回收通知</a></div></div>"
            "<div class='bottom'><p>绍兴市第一中学 版权所有 Copyright © SXYZ.NET All Rights Reserved.</p>"
            "<p>地址：绍兴市站前大道1898号 电话&传真：0575-85173853</p>"
            "<p>浙公网安备 33060202000394号 ICP证：浙ICP备14042003号-1</p></div></body></html>")
    record = webclean.clean(page)
    assert record.title == "5.22跑操量化考核反馈"
    assert record.body == ""
    assert any("holds no text" in w for w in record.warnings)
    assert any(r.rule == "footer_after_the_notice" and "站前大道" in r.text for r in record.removed)


def test_short_text_above_the_copyright_notice_stays_the_body() -> None:
    page = ("<html><body><div class='con'><h2>放假通知</h2><div>发布时间：2026年05月22日</div>"
            "<p>端午节放假三天，请各位老师做好安排。</p></div>"
            "<div class='bottom'><p>绍兴市第一中学 版权所有 Copyright © SXYZ.NET All Rights Reserved.</p>"
            "<p>地址：绍兴市站前大道1898号 电话&传真：0575-85173853</p></div></body></html>")
    assert webclean.clean(page).body == "端午节放假三天，请各位老师做好安排。"


def test_numbered_footnotes_whose_reference_is_a_link_stay_in_the_text() -> None:
    notes = ("[4] See <a href='https://www.telegraph.co.uk/x'>The Telegraph, The Richest Songs in the World</a>",
             "[6] <a href='https://law.justia.com/y'>Marya v. Warner/ Chappel Music (C.D. Cal 2015)</a>")
    page = ("<html><body><h1>生日快樂歌的著作權爭議</h1><div class='field-item'>"
            + "".join(f"<p>{p}</p>" for p in PROSE) + "".join(f"<p>{n}</p>" for n in notes) + "</div></body></html>")
    paragraphs = run(page).paragraphs
    assert paragraphs[-2:] == ["[4] See The Telegraph, The Richest Songs in the World",
                               "[6] Marya v. Warner/ Chappel Music (C.D. Cal 2015)"]


def test_the_lead_a_template_set_apart_is_kept_with_the_text() -> None:
    # A county site's TRS editor wraps the first paragraph alone, the rest in a <div> of its own: selection
    # narrowed to the <div> and lost the lead.
    lead = "4月14日，国家林业和草原局召开新闻发布会，解读国办印发的《关于加强草原保护修复的若干意见》。"
    rest = "".join(f"<p>{p}</p>" for p in PROSE * 6)
    page = (f"<html><body><h1>我国草原进入加强保护修复新阶段</h1><div class='trs_editor'><p>{lead}</p><div>{rest}</div>"
            "</div></body></html>")
    assert run(page).paragraphs == [lead, *PROSE * 6]


def test_a_paragraph_leading_into_its_list_is_kept() -> None:
    items = "".join(f"<li>{p}</li>" for p in PROSE * 6)
    page = ("<html><body><h1>創用CC授權條款3.0版正式推出</h1><div class='field-item'>"
            "<p>創用CC授權條款3.0版在眾人殷殷期盼之下，已經在2007年2月底推出了。</p><p>3.0版主要有以下幾點變動：</p>"
            f"<ol>{items}</ol></div></body></html>")
    paragraphs = run(page).paragraphs
    assert paragraphs[:2] == ["創用CC授權條款3.0版在眾人殷殷期盼之下，已經在2007年2月底推出了。",
                              "3.0版主要有以下幾點變動："]


def test_the_writers_signature_closing_a_column_is_no_text() -> None:
    # 蘋果日報's opinion page: the column signed under the last paragraph, the writer's trade under his name
    page = ("<html><body><h1>不要溫順地走進那個良夜（林海）</h1><div class='authors'>作者：林海</div>"
            + "".join(f"<p>{p}</p>" for p in PROSE) + "<p>林海</p><p>傳媒工作者</p></body></html>")
    record = webclean.clean(page)
    assert record.author == "林海"
    assert record.body.split("\n") == list(PROSE)
    assert any(r.rule == "closing_signature" and r.text == "傳媒工作者" for r in record.removed)


def test_a_wrapper_named_like_a_menu_does_not_cancel_the_article_under_the_headline() -> None:
    # a company site's news item sits in <div class="caseCmenu"> ("menu" inside the class word): its paragraphs
    # score as furniture, and the header's phone line above the headline had been chosen as the body
    para = ("近日，《关于做好地方政府专项债券发行及项目配套融资工作的通知》中，允许地方专项债作为项目资本金的消息，"
            "点燃了市场热情，A股方面，基建板块一度全线上涨。")
    page = ("<html><body><div class='topxunpan'><div class='center'><p>TEL：19983727888 TEL：13458195618（微信同号）"
            " E-MAIL：949532654@qq.com</p></div></div><ul class='nav'><li><a href='/'>首页</a></li>"
            "<li><a href='/news/'>新闻资讯</a></li></ul>"
            "<div class='caseCenter'><div class='caseCmenu'><h3>基建潮送暖风 大宗商品“铁公基”迎利好</h3>"
            "<span class='casemfx'>发布时间：2021-03-15</span><div class='caseContainer'>"
            + f"<p>{para}</p>" * 6 + "</div></div></div></body></html>")
    record = webclean.clean(page.encode())
    assert para in record.body and "TEL" not in record.body


def test_a_poem_of_short_lines_under_the_headline_is_the_text_when_nothing_else_is() -> None:
    lines = "".join(f"<p>{t}</p>" for t in ["夜", "连接", "白与黑", "重铸黎明", "万物欣向荣", "恰逢黄昏", "树和路"])
    page = ("<html><body><div class='post'><h1 class='post-title'>路灯下的夜</h1>"
            "<div class='post-meta'>发表于 2016-12-27</div><div class='post-body'>" + lines + "</div>"
            "<div class='reward'>请我喝杯☕!</div></div></body></html>")
    record = webclean.clean(page.encode())
    assert record.body.split("\n")[:3] == ["夜", "连接", "白与黑"] and "请我喝杯" not in record.body
    assert any("short lines under the headline" in w for w in record.warnings)
