"""Date parsing for page metadata: Chinese and ISO date strings, epochs, URL date paths.

Pure functions; every regex is linear-time (bounded digit runs, no nested
quantifiers). Values without an explicit zone get China time (+08:00), the
zone of the pages this library is written for.

>>> parse_date("发布时间：2025年7月14日 11:49")
(datetime.datetime(2025, 7, 14, 11, 49, tzinfo=datetime.timezone(datetime.timedelta(seconds=28800))), 'minute')
>>> parse_date("2025-07-14T03:49:25Z")[0].isoformat()
'2025-07-14T03:49:25+00:00'
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from .vocabulary import section_alternation

__all__ = ["DATE_BITS", "CHINA_TZ", "parse_date", "parse_epoch", "url_date", "plausible_year", "hanzi_dates_as_digits",
           "date_line"]

#: The pieces of a written date or time (2024-05-13, 18:25, 5月13日, 13号): cut out, what is left of a
#: line shows whether it says more than a date.
DATE_BITS = re.compile(r"\d{1,4}\s?[-/.:：年月日时時分秒号號]\s?|\d+|[年月日]")

CHINA_TZ = timezone(timedelta(hours=8))

# Pages of the web era: earlier "years" are page numbers, phone prefixes or
# history ("1949年"); later ones are typos or counters.
_MIN_YEAR, _MAX_YEAR = 1995, 2035

_TIME = r"(?:[\sT　]{0,3}(?P<h>\d{1,2})\s?[:：时時点點](?P<mi>\d{2})(?:\s?[:：分](?P<s>\d{2}))?(?:\.\d{1,9})?" \
        r"\s?(?P<ampm>[AaPp][Mm])?\s?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
_YMD_SEP = re.compile(r"(?<!\d)(?P<y>\d{4})\s?(?P<sep>[-/.])\s?(?P<m>\d{1,2})\s?(?P=sep)\s?(?P<d>\d{1,2})(?!\d)"
                      + _TIME)
_YMD_CN = re.compile(r"(?<!\d)(?P<y>\d{4})\s?年\s?(?P<m>\d{1,2})\s?月(?:\s?(?P<d>\d{1,2})\s?[日号號]?)?" + _TIME)
_DMY = re.compile(r"(?<!\d)(?P<d>\d{1,2})(?P<sep>[/-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)" + _TIME)
# Old forum software writes d/m/yyyy ("7/5/2005 9:23:57 PM" for 7 May); m/d/yyyy is the fallback
# when the first number cannot be a day-of-month reading ("9/17/2004"). Hyphens the same (05-19-2013).
_MDY = re.compile(r"(?<!\d)(?P<m>\d{1,2})(?P<sep>[/-])(?P<d>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)" + _TIME)
# (not glued to letters: DC19980424 is a user's name, weixin_20190312 an account, not days)
_COMPACT = re.compile(r"(?<![\dA-Za-z_])(?P<y>(?:199|20[0-3])\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\dA-Za-z_])")
# A two-digit year, only with its time (a microblog's post header: 24-5-13 17:07 来自 微博网页版); a bare
# 24-5-13 is as likely a code or a score.
_YY_MD_TIME = re.compile(r"(?<![\d.:/-])(?P<yy>\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
                         r"\s(?P<h>\d{1,2}):(?P<mi>\d{2})(?![\d:])")
# A two-digit year with a padded month and day (17-08-14), read only in a page's info row: beside its tools
# (【大 中 小】【打印】【关闭】) or after its date label (发布日期：17-08-14).
_YY_MM_DD = re.compile(r"(?<![\d.:/-])(?P<yy>\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d:/-])")
_INFO_ROW_WORDS = re.compile(section_alternation("date_rows.txt", "info row words"))
# A month written out, as blog templates and English-language pages write dates: September 18, 2009;
# Sep. 18th 2009; 18 September 2009 (a day before a month name) - the names are facts of the calendar.
_MONTH_NAMES = {name: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december")), start=1) for name in names}
_MONTH = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
_ORDINAL = r"(?:st|nd|rd|th)?"
_MONTH_DAY_YEAR = re.compile(rf"(?<![A-Za-z])(?P<mon>{_MONTH})\.?\s(?P<d>\d{{1,2}}){_ORDINAL},?\s(?P<y>\d{{4}})(?!\d)"
                             + _TIME, re.I)
_DAY_MONTH_YEAR = re.compile(rf"(?<!\d)(?P<d>\d{{1,2}}){_ORDINAL}\s(?P<mon>{_MONTH})\.?,?\s(?P<y>\d{{4}})(?!\d)"
                             + _TIME, re.I)
# (a year before 第…期 is a journal issue's, 《世界知识》2020年第19期: no date)
_YEAR_ONLY = re.compile(r"(?<!\d)(?P<y>\d{4})\s?年(?!\s?\d)(?!\s?第\s?\d{1,3}\s?期)")
# Every pattern above holds a year of four digits, or of two (_YY_MD_TIME): a text without two digits in a
# row holds no date.
_TWO_DIGITS = re.compile(r"\d\d")
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")
_URL_DATE = re.compile(
    r"/(?P<y>(?:199|20[0-3])\d)(?:[-_/]?(?P<m>[01]\d)[-_/]?(?P<d>[0-3]\d)|[-_/](?P<m2>[01]?\d)[-_/](?P<d2>[0-3]?\d))(?=[/_\-.]|\d{0,12}[/_.])")


# Dates written in Chinese numerals, as judgements and official documents sign them: 二〇二四年十一月二十日.
_HANZI_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "Ｏ": 0}
_HANZI_DATE = re.compile(r"(?P<y>[〇○零Ｏ一二三四五六七八九]{4})\s?年\s?(?P<m>十[一二]?|[一二三四五六七八九])\s?月"
                         r"(?:\s?(?P<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s?[日号號])?")


def _hanzi_number(text: str) -> int:
    """一 -> 1, 十 -> 10, 十二 -> 12, 二十 -> 20, 三十一 -> 31."""
    if "十" not in text:
        return _HANZI_DIGIT[text]
    tens, _, ones = text.partition("十")
    return (_HANZI_DIGIT[tens] if tens else 1) * 10 + (_HANZI_DIGIT[ones] if ones else 0)


def hanzi_dates_as_digits(text: str) -> str:
    """Chinese-numeral dates rewritten in digits, so the date patterns read them.

    >>> hanzi_dates_as_digits("二〇二四年十一月二十日")
    '2024年11月20日'
    >>> hanzi_dates_as_digits("二零二五年三月五日 发布")
    '2025年3月5日 发布'
    """
    def digits(m: re.Match[str]) -> str:
        year = "".join(str(_HANZI_DIGIT[c]) for c in m.group("y"))
        day = f"{_hanzi_number(m.group('d'))}日" if m.group("d") else ""
        return f"{year}年{_hanzi_number(m.group('m'))}月{day}"

    return _HANZI_DATE.sub(digits, text)


def plausible_year(year: int) -> bool:
    """A publication year of the web era.

    >>> plausible_year(2025), plausible_year(1949)
    (True, False)
    """
    return _MIN_YEAR <= year <= _MAX_YEAR


def _zone(tz: str | None) -> timezone:
    if not tz:
        return CHINA_TZ
    if tz == "Z":
        return timezone.utc
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def _build(m: re.Match[str]) -> tuple[date | datetime, str] | None:
    """A (value, precision) from a match with groups y, m (or a month's name, mon), d and the optional time
    groups."""
    gd = m.groupdict()
    y = int(gd["y"])
    mo = _MONTH_NAMES[gd["mon"].lower()] if gd.get("mon") else int(gd["m"])
    if not plausible_year(y) or not 1 <= mo <= 12:
        return None
    if not gd.get("d"):
        return date(y, mo, 1), "month"
    try:
        day = date(y, mo, int(gd["d"]))
    except ValueError:
        return None
    if gd.get("h") is None:
        return day, "day"
    h, mi = int(gd["h"]), int(gd["mi"])
    ampm = (gd.get("ampm") or "").lower()
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    sec = gd.get("s")
    if h > 23 or mi > 59 or (sec is not None and int(sec) > 59):
        return day, "day"
    value = datetime(y, mo, day.day, h, mi, int(sec or 0), tzinfo=_zone(gd.get("tz")))
    return value, "second" if sec is not None else "minute"


def parse_date(text: str) -> tuple[date | datetime, str] | None:
    """The first plausible date in ``text`` as (value, precision), or None.

    >>> parse_date("2025-07-14 11:49:25 来源：人民网")[1]
    'second'
    >>> parse_date("2025.03.05")
    (datetime.date(2025, 3, 5), 'day')
    >>> parse_date("9/17/2004 5:54:13 AM")[0].isoformat()
    '2004-09-17T05:54:13+08:00'
    >>> parse_date("@ 05-19-2013")
    (datetime.date(2013, 5, 19), 'day')
    >>> parse_date("2019年")
    (datetime.date(2019, 1, 1), 'year')
    >>> parse_date("电话 0432-62099222") is None
    True
    >>> parse_date("二〇二四年十一月二十日")
    (datetime.date(2024, 11, 20), 'day')
    >>> parse_date("24-5-13 17:07 来自 微博网页版")[0].isoformat(), parse_date("比分 24-5-13")
    ('2024-05-13T17:07:00+08:00', None)
    >>> parse_date("| 17-08-14 |  【大 中 小】【打印】【关闭】"), parse_date("编号 17-08-14")   # an info row; a code
    ((datetime.date(2017, 8, 14), 'day'), None)
    >>> parse_date("September 18, 2009"), parse_date("18 Sep 2009")
    ((datetime.date(2009, 9, 18), 'day'), (datetime.date(2009, 9, 18), 'day'))
    >>> parse_date("Maybe 18, 2009") is None
    True
    """
    if not text:
        return None
    text = text[:2000]  # a date line is short; bound the work on hostile input
    if "年" in text and not text.isascii():
        text = hanzi_dates_as_digits(text)
    if not _TWO_DIGITS.search(text):
        return None   # most lines offered hold no date: one search instead of ten
    found: list[tuple[int, tuple[date | datetime, str]]] = []
    for rx in (_YMD_SEP, _YMD_CN, _DMY, _MDY, _MONTH_DAY_YEAR, _DAY_MONTH_YEAR):
        for m in rx.finditer(text):
            built = _build(m)
            if built is not None:
                found.append((m.start(), built))
                break
    if found:
        return min(found, key=lambda f: f[0])[1]
    for m in _YY_MD_TIME.finditer(text):
        try:
            value = datetime(2000 + int(m.group("yy")), int(m.group("m")), int(m.group("d")), int(m.group("h")),
                             int(m.group("mi")), tzinfo=_zone(None))
        except ValueError:
            continue
        if plausible_year(value.year):
            return value, "minute"
    m = _YY_MM_DD.search(text)
    if m and _INFO_ROW_WORDS.search(text):
        try:
            value = date(2000 + int(m.group("yy")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            value = None
        if value is not None and plausible_year(value.year):
            return value, "day"
    for m in _COMPACT.finditer(text):
        built = _build(m)
        if built is not None:
            return built
    for m in _YEAR_ONLY.finditer(text):
        y = int(m.group("y"))
        if plausible_year(y):
            return date(y, 1, 1), "year"
    return None


def parse_epoch(text: str) -> datetime | None:
    """A bare 10-digit (seconds) or 13-digit (milliseconds) epoch in China time, or None.

    >>> parse_epoch("1752464965434").isoformat()
    '2025-07-14T11:49:25+08:00'
    >>> parse_epoch("0432620992") is None
    True
    """
    s = (text or "").strip()
    if not _EPOCH.fullmatch(s):
        return None
    seconds = int(s) // 1000 if len(s) == 13 else int(s)
    value = datetime.fromtimestamp(seconds, CHINA_TZ)
    return value if plausible_year(value.year) else None


def url_date(url: str | None) -> date | None:
    """A publication day from a dated URL path (``/2025/0714/``, ``/20250714/``, ``/2025-07/14/``).

    >>> url_date("https://news.example.cn/c/2025-07/14/c_123.htm")
    datetime.date(2025, 7, 14)
    >>> url_date("http://example.com/a/20250714/123.html")
    datetime.date(2025, 7, 14)
    >>> url_date("http://example.com/list/20.html") is None
    True
    """
    if not url:
        return None
    for m in _URL_DATE.finditer(url[:2000]):
        mo, d = m.group("m") or m.group("m2"), m.group("d") or m.group("d2")
        try:
            return date(int(m.group("y")), int(mo), int(d))
        except ValueError:
            continue
    return None


# Han characters a date line may hold besides the date (星期二 农历六月廿一, 发布时间 浏览次数).
_DATE_LINE_WORDS = 12
# A sentence's marks: a line with a clause break or a full stop is text, whatever date it opens with.
_CLAUSE = re.compile(r"[，。！？；]")


def date_line(text: str) -> bool:
    """A line that is a date with a few words around it, not a heading that opens with a year.

    >>> date_line("2025年7月15日 星期二 农历六月廿一"), date_line("2025年上半年全市重点项目建设进展情况")
    (True, False)
    >>> date_line("2024年5月9日，雄安高新区正式揭牌启动。")   # a sentence that opens with its event's date
    False
    >>> date_line("– January 16, 2009Posted in: 思维改变生活")   # a month written out, and the post's category
    True
    """
    if _CLAUSE.search(text):
        return False
    text = hanzi_dates_as_digits(text)   # 二〇二四年十一月二十日 is a date, not eleven words
    words = len(_DATE_LINE_HAN.findall(DATE_BITS.sub(" ", text)))
    limit = _DATE_LINE_WORDS if _DATE_SHAPE.search(text) else 0   # a bare year: nothing else on the line
    return len(_DATE_LINE_HAN.findall(text)) <= 20 and words <= limit


# a full date (year, month and day, or month and day with a time, or a month written out with its day and year as a
# blog template writes it: – January 16, 2009Posted in: 思维改变生活): a year alone does not make a date line
_DATE_SHAPE = re.compile(r"\d{1,4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}|\d{1,2}\s?月\s?\d{1,2}\s?日|\d{1,2}:\d{2}"
                         rf"|(?<![A-Za-z])(?:{_MONTH})\.?\s\d{{1,2}}{_ORDINAL},?\s\d{{4}}", re.I)



_DATE_LINE_HAN = re.compile(r"[\u3400-\u9fff]")
