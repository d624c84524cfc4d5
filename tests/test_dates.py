"""Tests for webclean.core.dates: Chinese/ISO date strings, epochs, URL date paths, hostile input."""
from __future__ import annotations

import time
from datetime import date, datetime, timedelta, timezone

import pytest

from webclean.core.dates import CHINA_TZ, date_line, parse_date, parse_epoch, plausible_year, url_date


@pytest.mark.parametrize("text, value, precision", [
    ("2025年7月14日 11:49", datetime(2025, 7, 14, 11, 49, tzinfo=CHINA_TZ), "minute"),
    ("发布时间：2025-07-14 11:49:25", datetime(2025, 7, 14, 11, 49, 25, tzinfo=CHINA_TZ), "second"),
    ("發佈日期：2025/03/05", date(2025, 3, 5), "day"),
    ("2025.03.05", date(2025, 3, 5), "day"),
    ("2025年07月", date(2025, 7, 1), "month"),
    ("创刊于2019年", date(2019, 1, 1), "year"),
    ("7/5/2005 9:23:57 PM", datetime(2005, 5, 7, 21, 23, 57, tzinfo=CHINA_TZ), "second"),
    ("9/17/2004 5:54:13 AM", datetime(2004, 9, 17, 5, 54, 13, tzinfo=CHINA_TZ), "second"),
    ("最新更新：2016/03/19 10:48", datetime(2016, 3, 19, 10, 48, tzinfo=CHINA_TZ), "minute"),
    ("２０２５年７月１４日", date(2025, 7, 14), "day"),          # full-width digits are digits too
    ("发布 24-5-13 17:07", datetime(2024, 5, 13, 17, 7, tzinfo=CHINA_TZ), "minute"),   # two-digit year
    ("二〇二五年三月五日", date(2025, 3, 5), "day"),              # no digit until the numerals are read
])
def test_parse_date_forms(text, value, precision):
    assert parse_date(text) == (value, precision)


def test_explicit_zone_respected():
    value, precision = parse_date("2025-07-14T03:49:25Z")
    assert value.utcoffset() == timedelta(0) and value.hour == 3 and precision == "second"
    value, _ = parse_date("2025-07-14T11:49:25+08:00")
    assert value == datetime(2025, 7, 14, 3, 49, 25, tzinfo=timezone.utc)


@pytest.mark.parametrize("text", ["1949年10月1日", "电话 0432-62099222", "第13期", "", "2025-13-40", "发布时间：未知",
                                  "第1期 第2版"])
def test_parse_date_rejects(text):
    assert parse_date(text) is None


def test_first_date_wins():
    value, _ = parse_date("2025-07-14 来源：人民网 相关：2024-01-01")
    assert value == date(2025, 7, 14)


def test_parse_epoch():
    assert parse_epoch("1752464965434") == datetime(2025, 7, 14, 11, 49, 25, tzinfo=CHINA_TZ)
    assert parse_epoch(" 1752464965 ") == datetime(2025, 7, 14, 11, 49, 25, tzinfo=CHINA_TZ)
    assert parse_epoch("0432620992") is None      # 1983: a phone number, not a page date
    assert parse_epoch("12345678901") is None     # 11 digits
    assert parse_epoch("9999999999999") is None   # year 2286


def test_plausible_year():
    assert plausible_year(1995) and plausible_year(2035)
    assert not plausible_year(1994) and not plausible_year(2036)


@pytest.mark.parametrize("url, day", [
    ("http://news.example.cn/2025/0714/c1001-123.html", date(2025, 7, 14)),
    ("http://example.com/a/20250714/123.html", date(2025, 7, 14)),
    ("https://example.cn/c/2025-07/14/c_123.htm", date(2025, 7, 14)),
    ("http://example.com/list/20.html", None),
    ("http://example.com/2025/1399/x.html", None),
    (None, None),
])
def test_url_date(url, day):
    assert url_date(url) == day


@pytest.mark.parametrize("bait", ["2025年" * 20000, "2025-" * 25000, "1/" * 50000, "2025年7月14日 11:" * 8000])
def test_hostile_input_is_fast(bait):
    start = time.process_time()     # CPU time of this process: other jobs on the machine do not count
    parse_date(bait)
    url_date("http://x/" + bait)
    parse_epoch(bait)
    assert time.process_time() - start < 0.5


@pytest.mark.parametrize("text,expected", [
    ("二〇二四年十一月二十日", (date(2024, 11, 20), "day")),
    ("二零二五年三月五日", (date(2025, 3, 5), "day")),
    ("二〇二三年十二月三十一日", (date(2023, 12, 31), "day")),
    ("二〇二四年十月", (date(2024, 10, 1), "month")),
    ("一九四九年十月一日", None),           # outside the web era, as in digits
    ("三十年前的十月", None),
])
def test_dates_in_chinese_numerals(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("– January 16, 2009Posted in: 思维改变生活", True),   # a blog template's date line and the post's category
    ("Sep. 18th 2009 分类：随笔", True),
    ("2009 年度回顾与总结", False),                           # a year alone makes no date line
])
def test_a_month_written_out_makes_a_date_line_as_digits_do(text: str, expected: bool) -> None:
    assert date_line(text) is expected


def test_a_text_blogs_date_line_with_its_month_written_out_dates_the_post() -> None:
    import webclean
    para = "有这么一句古老的箴言：如果你手里有一把锤子，所有东西看上去都像钉子。这句话说的是思维定势，我们每个人都有。"
    page = ("锤子和钉子\n所有文章\n思维改变生活\n锤子和钉子\nBy 刘未鹏\n– January 16, 2009Posted in: 思维改变生活\n"
            f"{para}\n{para}\n")
    assert str(webclean.clean(page).published)[:10] == "2009-01-16"


@pytest.mark.parametrize("text,day", [
    ("| 17-08-14 |  【大 中 小】【打印】【关闭】", "2017-08-14"),   # 紫金山天文台青海观测站's info cell
    ("发布日期：18-02-22", "2018-02-22"),
    ("编号 17-08-14", None),                                     # a code: no info row around it
    ("比分 24-05-13", None),
    ("【打印】 17-13-45", None),                                 # no such month
])
def test_a_two_digit_year_counts_only_in_an_info_row(text: str, day: str | None) -> None:
    found = parse_date(text)
    assert (str(found[0]) if found else None) == day


@pytest.mark.parametrize("text,day", [("DC19980424", None), ("weixin_20190312", None), ("发布 20240513", "2024-05-13")])
def test_a_compact_date_glued_to_letters_is_a_name(text: str, day: str | None) -> None:
    found = parse_date(text)
    assert (str(found[0]) if found else None) == day


def test_a_journal_issue_is_no_year_date() -> None:
    from webclean.core.dates import parse_date
    assert parse_date("来源：《世界知识》2020年第19期") is None   # the 19th issue of 2020, not 2020-01-01
    assert parse_date("2020年第一季度")[1] == "year"              # a quarter still names its year
