"""Posters of community pages (extract.posters): the class test, the handle of a cell, the page."""
from __future__ import annotations

import pytest

import webclean
from webclean.document import Block
from webclean.extract.posters import handle_of, hinted_poster, poster_hint


@pytest.mark.parametrize("hints, expected", [
    ("topic-header topic-nickname", True), ("j_l_post d_author p_author d_name", True),
    ("comment-meta postuser postuser-name", True), ("wgt-replyer-all wgt-replyer-all-box", True),
    ("woo-box-flex head_nick_1yix2", True), ("author-info author-info--right", True),
    ("card card-header media-body info", False), ("postercon bk_title_body bind-card", False), ("", False),
])
def test_poster_hint(hints: str, expected: bool) -> None:
    assert poster_hint(hints) is expected


@pytest.mark.parametrize("cell, handle", [
    ("小诺抓10月前", "小诺抓"), ("马亮南生 (楼主)2月前", "马亮南生"), ("再睡一夏 | 455 | 2024-01-03", "再睡一夏"),
    ("zzz6519003 · 1 月前 · 最后由 Catherine 回复于 19 天前 · 1350 次阅读", "zzz6519003"),
    ("henryspace @henryspace", "henryspace"), ("5点半的Allen", "5点半的Allen"),
    ("新手上路", None), ("联系作者", None), ("我要留言", None), ("时间", None), ("2024-01-03 12:00", None),
    ("新京报", None), ("即可领取500朵鲜花", None),
])
def test_handle_of(cell: str, handle: str | None) -> None:
    assert handle_of(cell) == handle


def test_the_first_cell_under_the_headline_before_the_post_text_is_the_poster() -> None:
    blocks = [Block(0, "论坛首页", hints="nav"), Block(1, "显卡驱动装不上怎么办", heading=1),
              Block(2, "晴天小院2019", hints="post-header postuser-name"),
              Block(3, "这个问题困扰我好几天了，换了三个版本的驱动都提示安装失败，有没有人遇到过？" * 2),
              Block(4, "路人甲乙丙", hints="comment postuser-name")]
    name, cell = hinted_poster(blocks, 1)
    assert name == "晴天小院2019" and cell.index == 2
    # under the post's text the cells are the repliers': none above the post means nobody is credited
    assert hinted_poster([blocks[1], blocks[3], blocks[4]], 0) is None


def test_a_thread_page_credits_its_poster() -> None:
    page = ("<html><head><title>显卡驱动装不上怎么办 - 某某论坛</title></head><body>"
            "<h1>显卡驱动装不上怎么办</h1><div class='post'><div class='post-user'><div class='username'>晴天小院2019</div>"
            "<div class='time'>3天前</div></div><div class='post-body'><p>这个问题困扰我好几天了，换了三个版本的驱动都提示"
            "安装失败，系统是刚装的，有没有人遇到过类似的情况？</p></div></div></body></html>")
    rec = webclean.clean(page)
    assert rec.author == "晴天小院2019"
    assert any(e.field == "author" and e.rule == "poster_hint" and e.rank == 0 for e in rec.evidence)
