"""Data tables: rows of short inline cells become one tab-separated line; other rows are left alone."""
from __future__ import annotations

import time

from lxml import etree

import webclean
from webclean.document import Document
from webclean.parse import html
from webclean.parse.tables import join_data_rows
from webclean.pipeline import Options

FIGURES = ("<table><tr><td><p>项目类别</p></td><td><p>项目数（个）</p></td><td><p>完成率</p></td></tr>"
           "<tr><td><p>产业项目</p></td><td><p>92</p></td><td><p>55.6%</p></td></tr>"
           "<tr><td>合计</td><td>186</td><td>54.3%</td></tr></table>")


def _blocks(page: str) -> list[str]:
    doc = Document(raw=page, text=page, is_html=True, deadline=time.monotonic() + 30)
    html.parse_html(doc, Options())
    return [b.text for b in doc.blocks]


def test_a_table_of_figures_reads_row_by_row() -> None:
    assert _blocks(f"<html><body>{FIGURES}</body></html>") == [
        "项目类别\t项目数（个）\t完成率", "产业项目\t92\t55.6%", "合计\t186\t54.3%"]


def test_rows_of_links_dates_and_layout_cells_stay_cell_by_cell() -> None:
    menu = "<table><tr><td><a href='/'>首页</a></td><td><a href='/n'>新闻</a></td></tr></table>"
    header = "<table><tr><td>湘菜粤菜 兵分两路 (图)</td><td>2005-06-14 03:25:55</td></tr></table>"
    layout = ("<table><tr><td><div><p>今天上午，市政府召开新闻发布会，介绍上半年全市经济运行情况。</p></div></td>"
              "<td>右栏</td></tr></table>")
    assert _blocks(f"<html><body>{menu}</body></html>") == ["首页", "新闻"]
    assert _blocks(f"<html><body>{header}</body></html>") == ["湘菜粤菜 兵分两路 (图)", "2005-06-14 03:25:55"]
    assert _blocks(f"<html><body>{layout}</body></html>") == [
        "今天上午，市政府召开新闻发布会，介绍上半年全市经济运行情况。", "右栏"]
    long_cell = "<table><tr><td>" + "很长的单元格文字" * 10 + "</td><td>x</td></tr></table>"
    assert join_data_rows(etree.fromstring(long_cell)) == 0


def test_a_figures_table_in_an_article_keeps_its_rows_in_the_body() -> None:
    page = ("<html><head><title>上半年重点项目建设进展</title></head><body><h1>上半年重点项目建设进展</h1>"
            "<div class='TRS_Editor'><p>今年以来，全市重点项目建设总体进展顺利，上半年完成投资三百一十二亿元。</p>"
            f"{FIGURES}<p>下一步，市发展改革委将加强调度，推动项目早竣工、早投产、早见效。</p></div></body></html>")
    rec = webclean.clean(page)
    assert "产业项目\t92\t55.6%" in rec.paragraphs
    assert rec.paragraphs[0].startswith("今年以来") and rec.paragraphs[-1].startswith("下一步")


def test_a_row_with_a_linked_name_and_a_plain_amount_is_data() -> None:
    ings = ("<table><tr><td class='name'><a href='/ing/1'>鸡蛋</a></td><td class='unit'>3个</td></tr>"
            "<tr><td class='name'>小葱</td><td class='unit'>1根</td></tr>"
            "<tr><td><a href='/'>首页</a></td><td></td><td><a href='/n'>新闻</a></td></tr></table>")
    assert _blocks(f"<html><body>{ings}</body></html>") == ["鸡蛋\t3个", "小葱\t1根", "首页", "新闻"]


def test_keep_tables_off_leaves_the_figures_out_and_says_so() -> None:
    page = ("<html><head><title>上半年重点项目建设进展</title></head><body><h1>上半年重点项目建设进展</h1>"
            "<div class='TRS_Editor'><p>今年以来，全市重点项目建设总体进展顺利，上半年完成投资三百一十二亿元。</p>"
            f"{FIGURES}<p>下一步，市发展改革委将加强调度，推动项目早竣工、早投产、早见效。</p></div></body></html>")
    rec = webclean.Cleaner(keep_tables=False).clean(page)
    assert not any("\t" in p for p in rec.paragraphs)
    assert rec.paragraphs[0].startswith("今年以来") and rec.paragraphs[-1].startswith("下一步")
    dropped = [r.text for r in rec.removed if r.rule == "keep_tables"]
    assert "产业项目\t92\t55.6%" in dropped and "合计\t186\t54.3%" in dropped


def test_include_links_off_cuts_the_link_text_out_of_paragraphs() -> None:
    page = ("<html><head><title>全市经济运行情况发布</title></head><body><h1>全市经济运行情况发布</h1><article>"
            "<p>今天上午，<a href='/gov'>市政府</a>召开新闻发布会，介绍上半年全市经济运行情况，"
            "详见<a href='/f'>附件<b>一</b></a>。</p>"
            "<p>上半年全市地区生产总值同比增长百分之五点八，增速高于全国平均水平。</p></article></body></html>")
    assert "详见附件一。" in webclean.clean(page).body
    rec = webclean.Cleaner(include_links=False).clean(page)
    assert rec.paragraphs[0] == "今天上午，召开新闻发布会，介绍上半年全市经济运行情况，详见。"
    assert rec.paragraphs[1].startswith("上半年全市")
    assert [(r.text, r.rule) for r in rec.removed if r.rule == "include_links"] == [("市政府 附件一", "include_links")]


def test_a_record_table_with_a_date_column_reads_row_by_row() -> None:
    # a court's list of cancelled hearings: five cells a row, one a date, no link; a forum list's row (its topic
    # a link) and a two-cell header (title | date) stay cell by cell
    rows = "".join(f"<tr><td>某某区人民法院</td><td>（2018）沪0115民初8581{i}号</td><td>离婚纠纷</td>"
                   f"<td>2018-12-0{i}</td><td>第{i}法庭</td></tr>" for i in range(1, 4))
    assert _blocks(f"<html><body><table>{rows}</table></body></html>") == [
        f"某某区人民法院\t（2018）沪0115民初8581{i}号\t离婚纠纷\t2018-12-0{i}\t第{i}法庭" for i in range(1, 4)]
    forum = ("<table><tr><td><a href='/t/1'>求助：显卡驱动装不上</a></td><td>小王</td><td>12</td>"
             "<td>2018-12-03</td></tr></table>")
    assert _blocks(f"<html><body>{forum}</body></html>") == ["求助：显卡驱动装不上", "小王", "12", "2018-12-03"]
