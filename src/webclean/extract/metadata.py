"""Page metadata: title, column, author, editor, source and publication date.

Titles live in :mod:`webclean.extract.titles`, credit parsing and name rules in :mod:`webclean.extract.bylines`;
this module runs them in order and decides which finding fills which field.

``extract_metadata(doc, opts)`` runs after spam and boilerplate labelling and
before body selection. It works on plain-text pages (blocks are lines) and on
HTML pages (blocks plus ``doc.head``). Each heuristic is a small named function;
date parsing lives in :mod:`webclean.core.dates`. Regexes are linear-time
(alternations of literals, bounded classes, no nested quantifiers).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from ..core.dates import date_line, hanzi_dates_as_digits, parse_date, parse_epoch, url_date
from ..core.names import is_credit_word, looks_like_outlet
from ..core.vocabulary import alternation, read_vocabulary, section_alternation
from ..document import Block, Document
from ..record import Removal
from .bylines import (
    author_unit_line,
    clean_value,
    credit_prefix,
    head_author,
    head_outlet,
    label_and_value,
    labelled_date,
    leading_names,
    name_over_the_text,
    name_under_headline,
    other_credit_line,
    parse_credits,
    person_list,
    posted_by,
    reporter_dateline,
    reporter_named,
    split_names,
    stock_photo_credit,
    subtitle_line,
    thread_starter,
    trailing_byline,
    trailing_editor,
    valid_person,
    valid_source,
)
from .candidates import rank_offers, shown_day_over_a_utc_clock, weigh_credits
from .credit_rows import (
    account_row,
    bar_row,
    classed_source,
    dateline_outlet,
    dateline_source,
    linked_account,
    linked_outlet_beside_date,
    linked_person,
    name_beside_the_date,
    outlet_after_date,
    paper_edition,
)
from .datelines import dispatch_byline, leading_dateline_end, outlet_report_opening
from .listings import headline_beside_its_date
from .posters import (
    account_row_writer,
    answerer,
    banner_owner,
    blog_owner,
    classed_author,
    copyright_owner,
    date_classed_time,
    date_opened_row,
    hinted_poster,
    info_row_poster,
    name_beside_its_date,
    outlet_beside_its_date,
    post_time,
    posted_at_footer,
    posted_info_row,
    profile_card_owner,
    rel_author,
    site_owner,
    time_line_poster,
    title_line_owner,
    tooltip_time,
)
from .threads import apply_bbs_header, apply_first_floor
from .titles import (
    clean_title,
    drop_original_headline_notes,
    drop_repeated_headline,
    find_title,
    heading_headline,
    html_headline,
    looks_like_headline,
    short_heading_title,
    split_column,
    strip_site_suffix,
    text_headline,
)

# The stage entry point, plus the heuristics of bylines.py and titles.py re-exported for callers and tests.
__all__ = [
    "clean_title",
    "clean_value",
    "dated_link_item",
    "dateline_source",
    "drop_repeated_headline",
    "extract_metadata",
    "find_title",
    "head_author",
    "head_date",
    "heading_headline",
    "html_headline",
    "looks_like_headline",
    "name_under_headline",
    "official_document_info",
    "parse_credits",
    "person_list",
    "posted_by",
    "poster_footer",
    "reporter_dateline",
    "scan_credit_lines",
    "short_heading_title",
    "split_column",
    "strip_site_suffix",
    "text_headline",
    "thread_starter",
    "trailing_byline",
    "valid_person",
    "valid_source",
]

_CJK = re.compile(r"[\u3400-\u9fff]")


def _open(doc: Document) -> list[Block]:
    return [b for b in doc.blocks if b.label is None]


_META_DATE_KEYS = ("article:published_time", "pubdate", "publishdate", "og:release_date", "datepublished",
                   "publish_date", "article:published", "og:published_time", "dc.date.issued", "dc.date",
                   "news:published_time", "og:time")
# A credit line is short: longer lines are prose that merely mention a label word.
_CREDIT_LINE_MAX = 120


def month_day_swapped(value: date | datetime, day: date) -> bool:
    """Whether ``value`` is ``day`` with its month and day read the other way round (a slash date such as
    ``2/7/2009`` that a US template writes month first).

    >>> month_day_swapped(date(2009, 7, 2), date(2009, 2, 7)), month_day_swapped(date(2009, 7, 7), date(2009, 7, 7))
    (True, False)
    """
    d = value.date() if isinstance(value, datetime) else value
    return d.year == day.year and d.month == day.day and d.day == day.month and d.month != d.day


def _read_as_the_url_reads(doc: Document, day: date) -> None:
    """A page date whose month and day are the URL's day swapped (``Mind Hacks @ 2/7/2009`` under
    ``/2009/02/07/``) was a month-first slash date read day first: the URL's order stands."""
    found = doc.fields.get("published")
    if found is not None and isinstance(found.value, (date, datetime)) and month_day_swapped(found.value, day):
        doc.set_field("published", day, "url_date_order", doc.url or "", override=True)
        doc.set_field("published_precision", "day", "url_date_order", override=True)


def head_date(doc: Document, scripts: bool = True) -> tuple[date | datetime, str, str] | None:
    """(value, precision, rule) from meta tags, JSON-LD datePublished or <time datetime>; with ``scripts``,
    a time assigned in the page's scripts when none of those gives one.

    Example: meta article:published_time = "2025-07-14T11:49:25+08:00".
    """
    meta = doc.head.get("meta") or {}
    texts = [("meta_published", v) for k in _META_DATE_KEYS for v in meta.get(k, [])]
    for obj in doc.head.get("jsonld") or []:
        if isinstance(obj, dict) and isinstance(obj.get("datePublished"), str):
            texts.append(("jsonld_published", obj["datePublished"]))
    texts += [("time_element", t) for t in (doc.head.get("times") or [])[:1]]
    scripted = script_date(doc.head.get("script_dates") or [])
    for rule, text in texts:
        parsed = parse_date(text) or ((parse_epoch(text), "second") if parse_epoch(text) else None)
        if parsed:
            return refine_day(parsed[0], parsed[1], rule, scripted)
    return scripted if scripts else None


def refine_day(value: date | datetime, precision: str, rule: str,
               finer: tuple[date | datetime, str, str] | None) -> tuple[date | datetime, str, str]:
    """A day-only value (``<meta name="publishdate" content="2025-07-15">``) takes the time of a finer
    value for the same day from the page's own data (a script's ``"pubTime": "2025-07-15 10:41:23"``).

    >>> refine_day(date(2025, 7, 15), "day", "meta_published", (datetime(2025, 7, 15, 10, 41), "minute", "s"))[1:]
    ('minute', 's')
    >>> refine_day(date(2025, 7, 15), "day", "meta_published", (datetime(2025, 7, 16, 9, 0), "minute", "s"))[1:]
    ('day', 'meta_published')
    """
    if (finer is not None and precision == "day" and isinstance(finer[0], datetime)
            and finer[0].date() == (value.date() if isinstance(value, datetime) else value)):
        return finer
    return value, precision, rule


_PRECISION_RANK = {"second": 0, "minute": 1, "hour": 2, "day": 3, "month": 4, "year": 5}


def script_date(values: list[str]) -> tuple[date | datetime, str, str] | None:
    """The most precise publication time assigned in the page's scripts (an epoch beats a day).

    >>> script_date(["1752547283", "2025-07-15"])[:2]
    (datetime.datetime(2025, 7, 15, 10, 41, 23, tzinfo=datetime.timezone(datetime.timedelta(seconds=28800))), 'second')
    """
    found = []
    for text in values:
        epoch = parse_epoch(text) if text.isdigit() else None
        parsed = (epoch, "second") if epoch else parse_date(text)
        if parsed:
            found.append(parsed)
    if not found:
        return None
    best = min(found, key=lambda f: _PRECISION_RANK.get(f[1], 9))
    return best[0], best[1], "script_published"


_OTHER_ARTICLE = re.compile(r"\s?(?:" + alternation(read_vocabulary("other_articles.txt")) + ")")


def about_another_article(text: str) -> bool:
    """A line about another article than the page's own, whose date is that article's.

    >>> about_another_article("最新推荐文章于 2024-05-07 22:12:13 发布"), about_another_article("2024-05-06 15:47 发布")
    (True, False)
    """
    return _OTHER_ARTICLE.match(text) is not None


def labelled_name(value: str) -> bool:
    """Whether a labelled credit's value can be a writer's or an editor's name: a person's name, or a handle of Latin
    letters and digits, which the label vouches for (cnBeta's ``[ 编辑：raymon725 ]``; unlabelled, a run of digits
    may be a date or a count).

    >>> labelled_name("王帆"), labelled_name("raymon725"), labelled_name("2025"), labelled_name("NF055")
    (True, True, False, False)
    >>> labelled_name("admin123")   # a CMS's default account (责任编辑：admin123)
    False
    """
    return valid_person(value) or (_LATIN_HANDLE.fullmatch(value) is not None and not is_credit_word(value))


# A handle of Latin letters, digits and _.- opening with a letter, three to twenty characters, with a lower-case word in
# it: a newsroom's staff code (责任编辑：NF055, 网易; UN021, 搜狐) is capitals and digits, and names nobody.
_LATIN_HANDLE = re.compile(r"(?=[A-Za-z0-9_.\-]{0,18}[a-z]{2})[A-Za-z][A-Za-z0-9_.\-]{2,19}")


def _apply_credits(doc: Document, b: Block, credits: dict[str, str], near: bool, dated: bool = False) -> bool:
    """Set fields from one parsed line; True when the line is a credit line to remove."""
    used = False
    source = credits.get("source")
    if source and valid_source(source):
        used |= doc.set_field("source", source, "source_label", b.text) or True
    author = credits.get("author")
    if author:
        names = split_names(author)
        reporter = len(names) == 1 and reporter_named(b.text, names[0])   # 资深记者 何念台: a name ending as outlets do
        good = [n for n in leading_names(names) if n != source] if len(names) > 1 else \
            ([names[0]] if names and (labelled_name(names[0]) or reporter) and names[0] != source else [])
        if good:
            doc.set_field("author", "、".join(good) if len(names) > 1 and len(good) > 1 else good[0] if len(good) == 1
                          else author, "reporter_label" if reporter else "author_label", b.text)
        elif looks_like_outlet(author):
            # 作者: 中国台湾网: the author slot names the outlet, which is no writer (candidates read it so)
            doc.set_field("source", author, "author_label_outlet", b.text)
        used = True
    editor = credits.get("editor")
    if editor:
        if labelled_name(editor.split()[0]):
            first = editor.split()[0]
            doc.set_field("editor", first if len(first) >= 2 else editor, "editor_label", b.text)
        used = True
    if ("date" in credits or near or dated) and not about_another_article(b.text):
        if near and not credits:
            doc.set_field("source", dateline_source(b.text) or linked_outlet_beside_date(b), "dateline_source", b.text)
            named = name_beside_the_date(b)
            if named:   # weighed last, only where nothing else names a source (_apply_name_beside_the_date)
                doc.hints.setdefault("name_beside_the_date", (named, b.text, b.index))
        parsed = parse_date(credits.get("date") or b.text)
        if parsed:
            if not doc.set_field("published", parsed[0], "dateline", b.text):
                _refine_published(doc, parsed, "dateline", b.text)
            doc.set_field("published_precision", parsed[1], "dateline", b.text)
            used = True
    return used


def _refine_published(doc: Document, parsed: tuple[date | datetime, str], rule: str, text: str) -> None:
    """A day-only date already taken (``<meta name="publishdate" content="2025-07-15">``) takes the time of
    the byline area's ``2025-07-15 10:41:23`` for the same day (see :func:`refine_day`)."""
    field = doc.fields.get("published")
    if field is None or doc.value("published_precision") != "day":
        return
    refined = refine_day(field.value, "day", field.rule, (parsed[0], parsed[1], rule))
    if refined[1] != "day":   # the finer time of the same day was taken
        doc.set_field("published", parsed[0], rule, text, override=True)
        doc.set_field("published_precision", parsed[1], rule, text, override=True)


def _apply_edition(doc: Document, b: Block, edition: tuple[str, tuple[date | datetime, str]]) -> None:
    """Source and issue day from a newspaper's edition line; the line leaves the text."""
    paper, (day, precision) = edition
    doc.set_field("source", paper, "paper_edition", b.text)
    if doc.set_field("published", day, "paper_edition", b.text):
        doc.set_field("published_precision", precision, "paper_edition", b.text)
    doc.remove_block(b, "source", "paper_edition")


# A summary cut short ends with an ellipsis: a teaser of another page, whatever credit it opens with.
_TRUNCATED = re.compile(r"(?:\.{3}|…{1,2})\s*$")


def _glued_author(doc: Document, b: Block) -> bool:
    """Reporter datelines and poster lines near the headline; True when the block was a pure credit line.
    A summary cut short (``（中央社記者蔡和穎台北13日電）外交部今晚表示，台灣...``) is another page's teaser."""
    if _TRUNCATED.search(b.text):
        return False
    name, rule = reporter_dateline(b.text), "reporter_dateline"
    if name is not None:
        doc.set_field("source", dateline_outlet(b.text), "dateline_outlet", b.text)
    if name is None:
        name, rule = posted_by(b.text), "posted_by"
    if name is None or not doc.set_field("author", name, rule, b.text):
        return False
    parsed = parse_date(b.text) if rule == "posted_by" else None
    if parsed and doc.set_field("published", parsed[0], rule, b.text):
        doc.set_field("published_precision", parsed[1], rule, b.text)
    # Short lines are credit lines; a dateline opening a paragraph stays in the body.
    if len(b.text) <= 40 or (rule == "posted_by" and len(b.text) <= 120):
        doc.remove_block(b, "byline", rule)
        return True
    return False


# The document-information table of a government notice (政府信息公开): label cells, often spaced out
# ("发文机关：", "成 文 日 期："), with the value after the colon or in the next cell.
_CREDITS = "credit_labels.txt"
_ISSUER_LABELS = read_vocabulary(_CREDITS, "issuer labels")
_WRITTEN_LABELS = read_vocabulary(_CREDITS, "written labels")
_PUBLISHER_LABELS = read_vocabulary(_CREDITS, "publisher labels")
_DOC_INFO = re.compile(rf"(?P<lab>{alternation(_ISSUER_LABELS + _PUBLISHER_LABELS + _WRITTEN_LABELS)})[:：]?"
                       rf"(?P<val>.{{0,40}})")
_ISSUER_ENDINGS = "".join(map(re.escape, read_vocabulary("organisations.txt", "issuer endings")))
_ISSUER = re.compile(rf"[\u3400-\u9fff（）()]{{2,30}}?(?:{section_alternation('organisations.txt', 'issuers')}"
                     rf"|[{_ISSUER_ENDINGS}])")
_SPACES = re.compile(r"\s+")
_COLON = re.compile(r"[:：]")
# The table sits just above or below the headline; 30 blocks either side covers the usual 4x2..8x2 grid.
_DOC_INFO_REACH = 30


def official_document_info(blocks: list[Block], anchor: int) -> dict[str, Any]:
    """Issuing body, publishing body and date of writing from the information table of an official
    document page.

    Government notices carry a grid like ``发文机关：`` | ``吉林省人民政府`` | ``成文日期：`` |
    ``2022年01月27日`` | ``发布日期：`` | ``2022年01月28日``. The issuing body is the document's author
    and the date of writing (成文日期, also the date signed under the text) is its date; 发布日期 is only
    when the web copy went up. The body that published it on the site (``发布机构：宜春市统计局`` on a
    statistical bulletin's disclosure table, ``责任部门：``) is where the page comes from: its source.
    Returns ``{"issuer": name, "publisher": name, "written": (value, precision), "text": line}`` with the
    keys found.

    >>> b = [Block(0, "发文机关："), Block(1, "吉林省人民政府"), Block(2, "成 文 日 期：2022年01月27日")]
    >>> info = official_document_info(b, 0)
    >>> info["issuer"], info["written"]
    ('吉林省人民政府', (datetime.date(2022, 1, 27), 'day'))
    >>> official_document_info([Block(0, "发文机关：国家发展改革委办公厅　成文日期：2024-03-05")], 0)["issuer"]
    '国家发展改革委办公厅'
    >>> official_document_info([Block(0, "发布机构："), Block(1, "宜春市统计局")], 0)
    {'publisher': '宜春市统计局'}

    """
    found: dict[str, Any] = {}
    lo, hi = max(0, anchor - _DOC_INFO_REACH), min(len(blocks), anchor + _DOC_INFO_REACH)
    for i in range(lo, hi):
        text = blocks[i].text
        if len(text) > 60 or ("机" not in text and "機" not in text and "成" not in text and "部" not in text):
            # cheap pre-test: 机/機 (发文机关, 发布机构), 成 (成文日期) or 部 (责任部门). 发文单位 holds none,
            # so a cell labelled so is passed over, as it always was.
            continue
        m = _DOC_INFO.match(_SPACES.sub("", text))
        if not m:
            continue
        # The value: after the colon in the same cell (up to the next gap), else the next cell.
        value = _COLON.split(text, maxsplit=1)[-1].strip() if m.group("val") else ""
        if not value and i + 1 < len(blocks):
            value = blocks[i + 1].text.strip()
        if m.group("lab") in _WRITTEN_LABELS:
            parsed = parse_date(value[:40])
            if parsed and "written" not in found:
                found["written"], found["text"] = parsed, text
        elif _ISSUER.fullmatch(value.split()[0][:30] if value else ""):
            key = "publisher" if m.group("lab") in _PUBLISHER_LABELS else "issuer"
            found.setdefault(key, value.split()[0][:30])
    return found


_DAY_ONLY = re.compile(r"\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?[日号號]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")


# A news item closed by its bracketed air or print time, maybe with the programme's name: (2014-12-12 12:00) 中晝新聞
_CLOSING_DATE = re.compile(r"[（(]\s?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s{1,2}\d{1,2}:\d{2})?\s?[)）]"
                           r"\s?[\u3400-\u9fff]{0,8}")


def closing_date_line(text: str) -> bool:
    """A line that closes a news item with its bracketed date (and a programme's name): like a signature's
    day, the page's date when nothing else dates it.

    >>> closing_date_line("(2014-12-12 12:00) 中晝新聞"), closing_date_line("(2014-12-12 12:00) 記者會上，市長表示")
    (True, False)
    """
    return len(text) <= 30 and _CLOSING_DATE.fullmatch(text.strip()) is not None


def signature_date(text: str) -> bool:
    """A line that is nothing but a day: under an official document's text it is the date it was signed
    (``二〇二四年十一月二十日``), part of the document, not a dateline (which follows the headline).

    >>> signature_date("2025年3月10日"), signature_date("二〇二四年十一月二十日")
    (True, True)
    >>> signature_date("2017年12月8日 19:34"), signature_date("《光明日报》（ 2022年02月13日 02版）")
    (False, False)
    """
    return len(text) <= 30 and _DAY_ONLY.fullmatch(hanzi_dates_as_digits(text).strip()) is not None


#: A link this long that holds a credit label is another story's headline (温家宝赴金边途中见记者:中国经济进一步趋稳),
#: not a linked name (作者：<a>张三</a>) or outlet.
LINKED_HEADLINE_MIN = 12


def linked_headline_with_label(block: Block) -> bool:
    """Whether the block's credit label sits inside a long link: a related story's headline that happens to
    hold 记者 or 来源 (``・<a>温家宝赴金边途中见记者:中国经济进一步趋稳(图)</a>``), not a credit line.

    >>> t = "温家宝赴金边途中见记者:中国经济进一步趋稳(图)"
    >>> linked_headline_with_label(Block(0, "・" + t, links=1, link_chars=len(t), link_texts=(t,)))
    True
    >>> linked_headline_with_label(Block(0, "作者：张三", links=1, link_chars=2, link_texts=("张三",)))
    False
    """
    return any(len(text) >= LINKED_HEADLINE_MIN and parse_credits(text) for text in block.link_texts)


def dated_link_item(block: Block) -> bool:
    """A list entry of a column page: a linked headline with its date beside it, not the page's dateline.

    ``<li><a href="/city/2025/018.html">菜篮子工程保障夏季蔬菜供应</a><span>2025-05-25</span></li>``
    gives the block ``菜篮子工程保障夏季蔬菜供应2025-05-25`` with 13 of its 23 characters in a link. A
    dateline may link its outlet (``2022-02-13 09:57 <a>光明网</a>``), but the link is then a small part
    of the line: 40% of the characters is the bar, and the link must be a headline (>= 4 characters).

    >>> dated_link_item(Block(0, "菜篮子工程保障夏季蔬菜供应2025-05-25", link_chars=13, links=1))
    True
    >>> dated_link_item(Block(0, "2022-02-13 09:57 光明网", link_chars=3, links=1))
    False
    >>> dated_link_item(Block(0, "2005-06-14 03:25:55", link_chars=19, links=1))
    False
    >>> dated_link_item(Block(0, "http://ent.QQ.com 2009年11月09日11:30 腾讯音乐 我要评论(0)", link_chars=28, links=3,
    ...                       link_texts=("http://ent.QQ.com", "腾讯音乐", "我要评论(0)")))
    False
    """
    # The linked part must be a headline: a blog's permalinked date (<a>2005-06-14 03:25:55</a>) is a dateline,
    # and so is a portal's bar whose links are short (… 2009年11月09日11:30 <a>腾讯音乐</a> <a>我要评论</a>).
    if headline_beside_its_date(block):
        return True
    if block.link_texts and not any(len(_CJK.findall(t)) >= LIST_ITEM_HEADLINE_CJK for t in block.link_texts):
        return False
    return (block.links >= 1 and block.link_chars >= 4 and block.link_chars >= 0.4 * len(block.text)
            and len(_CJK.findall(block.text)) >= 4)


#: A list entry's link is a headline: this many Chinese characters at least (an outlet, 我要评论, a URL are
#: shorter or have none).
LIST_ITEM_HEADLINE_CJK = 6


def poster_footer(blocks: list[Block], anchor: int, i: int) -> bool:
    """The poster line at ``i`` closes the first post: prose lies between the headline and it.

    A blog archive page holds several posts, each ``title / date / text / 由海姑娘张贴 @ 2005-06-14 …``;
    credits after the first post's footer (``(编辑：燕于)`` under a later post) are not the page's. A poster
    line straight under the headline (``本贴由大卫于2005年8月12日…发表``) opens the post instead.

    >>> prose = [Block(1, "那会儿小女生们爱玩跳房子，只要一支粉笔、一块石子儿就可以搞定，" * 2)] * 2
    >>> blocks = [Block(0, "湘菜粤菜 兵分两路"), *prose, Block(2, "由海姑娘张贴 @ 2005-06-14 03:25:55")]
    >>> poster_footer(blocks, 0, 3), poster_footer(blocks[:1] + blocks[3:], 0, 1)
    (True, False)
    """
    # 80 characters of punctuated text: more than a kicker or a dateline, less than any real post.
    return sum(len(b.text) for b in blocks[anchor + 1: i] if "。" in b.text or "，" in b.text) >= 80


def _prose_between(blocks: list[Block], anchor: int, i: int, prefix: list[int]) -> int:
    """Characters of punctuated text in ``blocks[anchor + 1: i]``, from prefix sums (filled on the first
    call), so a page of a thousand date lines costs one pass, not one per line."""
    if not prefix:
        prefix.append(0)
        for b in blocks:
            prefix.append(prefix[-1] + (len(b.text) if "。" in b.text or "，" in b.text else 0))
    return prefix[max(i, 0)] - prefix[min(max(anchor + 1, 0), max(i, 0))]


def linked_value(value: str, link_texts: tuple[str, ...]) -> str:
    """A credit's value that is one link followed by other links of its line is that link alone: the others are
    the line's page tools (来源：7706娱乐网 查看评论 进入光明网BBS 手机看新闻, each a link).

    >>> linked_value("7706娱乐网 查看评论 进入光明网BBS", ("7706娱乐网", "查看评论", "进入光明网BBS"))
    '7706娱乐网'
    >>> linked_value("人民日报 海外版", ("人民日报",))   # words that are no link stay part of the value
    '人民日报 海外版'
    """
    for link in link_texts:
        if value.startswith(link) and value != link:
            rest = value[len(link):].split()
            if rest and value[len(link)].isspace() and all(word in link_texts for word in rest):
                return link
    return value


def scan_credit_lines(doc: Document, blocks: list[Block], anchor: int) -> None:
    """Credit and date lines: the headline area first (anchor-3 .. anchor+10), then the whole page for
    labelled credits (editor lines usually close the article).

    Example: ``2025年07月14日 11:49 来源：人民网 作者：王明`` under the headline.
    """
    # The byline area: a few lines above the headline (kicker, dateline) and 15 below it.
    lo, hi = max(0, anchor - 3), min(len(blocks), anchor + 16)
    order = list(range(anchor, hi)) + list(range(lo, anchor)) if anchor >= 0 else []
    seen = set(order)
    order += [i for i in range(len(blocks)) if i not in seen]
    post_end = len(blocks)  # set at the poster footer that closes the first post, if any
    prose: list[int] = []   # prefix sums of punctuated text, built on first use (_prose_between)
    for n, i in enumerate(order):
        if n % 200 == 199:
            doc.check_budget("metadata")
        b = blocks[i]
        near = lo <= i < hi and anchor >= 0
        if near and b.label is None and _cut_credit_prefix(doc, b):
            continue
        if b.label is not None or len(b.text) > _CREDIT_LINE_MAX:
            continue
        if stock_photo_credit(b.text):
            doc.remove_block(b, "image_credit", "stock_photo_credit")
            continue
        if i > anchor >= 0 and timed_section(b.text, blocks[i - 1].text):
            continue   # a notice's own time (一、报名时间 / 2024年10月4日15:00之前), not the page's
        # a number that links somewhere is an id (a user's, a post's), never the page's time
        epoch = parse_epoch(b.text) if near and not b.links else None
        if epoch is not None:
            doc.set_field("published", epoch, "epoch_line", b.text)
            doc.set_field("published_precision", "second", "epoch_line", b.text)
            doc.remove_block(b, "timestamp", "epoch_line")
            continue
        if i > post_end:
            continue  # credits under a later post of a blog archive or thread page
        credits = {} if linked_headline_with_label(b) else parse_credits(b.text)
        value_line = None
        if not credits and near and b.tag == "line":
            credits = bar_row(blocks, i)   # 来源CSDN| among the info row's cells kept one a line
        if not credits and i + 1 < len(blocks) and blocks[i + 1].label is None:
            # a label on a line of its own, its value on the next (来源： over 半月谈)
            credits = label_and_value(b.text, blocks[i + 1].text)
            value_line = blocks[i + 1] if credits else None
            when = labelled_date(b.text, blocks[i + 1].text) if not credits and i < hi else None
            if when is not None:   # 发文日期： over 2023-04-18: a document's information table, one cell a line
                # (offered only: the cells are left to the rules that label the table's lines)
                if doc.set_field("published", when[0], "labelled_date", b.text + blocks[i + 1].text):
                    doc.set_field("published_precision", when[1], "labelled_date")
                continue
        if b.link_texts:
            credits = {field: value if field == "date" else linked_value(value, b.link_texts)
                       for field, value in credits.items()}
        if not credits and other_credit_line(b.text):
            doc.remove_block(b, "byline", "review_line")   # 二审：李红梅, 校对：王五: credits that fill no field
            continue
        outlet = outlet_after_date(b.text, blocks[i - 1].text) if near and i > 0 and not credits else None
        if outlet and doc.set_field("source", outlet, "outlet_after_date", b.text):
            doc.remove_block(b, "source", "outlet_after_date")
            continue
        edition = paper_edition(b.text) if not credits else None
        if edition:
            _apply_edition(doc, b, edition)
            continue
        if near and "author" not in credits and _glued_author(doc, b):
            if b.rule == "posted_by" and poster_footer(blocks, anchor, i):
                post_end = i
            continue
        if not near and (i < anchor or "published" in doc.fields):
            credits.pop("date", None)
            if not credits:
                continue
        elif not credits and (dated_link_item(b) or (not (near and dateline_source(b.text)) and not (
                len(b.text) <= 60 and parse_date(b.text) and date_line(b.text))
                and not (near and posted_info_row(b.text)) and not headline_info_row(b, doc)
                and not (i == anchor and date_opened_row(b.text)))):   # (the headline itself is out of blocks)
            continue   # (a list's entry is no dateline, whatever outlet its headline might name: OA系统优化 2021-07-01)
        if (signature_date(b.text) or closing_date_line(b.text)) and \
                _prose_between(blocks, anchor, i, prose) >= 80:   # as poster_footer
            doc.hints["signed"] = (parse_date(b.text), b.text)   # the last resort for the page's date
            continue
        # A credit line after the headline may date the page when the byline area did not.
        dated = bool(credits) and i > anchor and "published" not in doc.fields
        if _apply_credits(doc, b, credits, near, dated):
            named = set(credits) - {"date"}
            kind = "editor" if named == {"editor"} else "source" if named == {"source"} else \
                "byline" if named else "timestamp"
            if len(b.text) <= 80:
                doc.remove_block(b, kind, "credit_line")
            if value_line is not None:
                doc.remove_block(value_line, kind, "credit_value_line")


def timed_section(text: str, before: str) -> bool:
    """A numbered section of a notice that sets a time (a deadline, a talk's hour), on its line or on the line
    under its heading: ``四、报送材料时间： 2020 年10月19-20日，逾期不再受理。``, ``一、报名时间`` over
    ``2024年10月4日15:00之前``. It is the notice's text; the page's date is elsewhere.

    >>> timed_section("四、报送材料时间： 2020 年10月19-20日，逾期不再受理。", "")
    True
    >>> timed_section("2024年10月4日15:00之前", "一、报名时间")
    True
    >>> timed_section("发布时间：2024-10-01", "复旦大学计算机科学技术学院2025年推免生招生选拔工作通知")
    False

    An event's time labelled as such is the notice's text too (``报名时间：2021年3月8-11日``, ``会议时间：…``), not a
    publication label (``发布时间``, ``更新时间``):

    >>> timed_section("报名时间：2021年3月8-11日", ""), timed_section("更新时间：2021-03-01 10:00", "")
    (True, False)
    """
    if _ENUMERATED_TIME.match(text) or _EVENT_TIME.match(text):
        return True
    return len(text) <= TIMED_ANSWER_MAX_CHARS and bool(_ENUMERATED_TIME.match(before)) \
        and _TIME_HEADING_END.search(before) is not None


# A numbered section (一、, 四、, 1., （2）) whose heading names a time: 报名时间, 报送材料时间, 截止日期.
_ENUMERATION = (r"\s{0,2}(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}\s?[、.．)）]"
                r"|[（(][一二三四五六七八九十\d]{1,3}[）)])\s?")
_ENUMERATED_TIME = re.compile(_ENUMERATION + r"[\u3400-\u9fff]{0,10}?(?:时间|日期|时限|截止)")
# An event's time by its label (报名时间：, 考试时间：, 会议时间：), not the page's (发布时间, 更新时间, 录入时间 …).
_EVENT_WORDS = section_alternation("credit_labels.txt", "event times")
_EVENT_TIME = re.compile(rf"\s{{0,2}}(?:{_EVENT_WORDS})\s?(?:时间|日期)\s?[:：]")
_TIME_HEADING_END = re.compile(r"(?:时间|日期|时限)\s?[:：]?\s*$")
#: The time under such a heading is a short line (the date and a word: 之前, 截止).
TIMED_ANSWER_MAX_CHARS = 40


def headline_info_row(b: Block, doc: Document) -> bool:
    """A date row that repeats the page's headline before its date, a template's info row set under the text
    (hfdavco.com.cn: ``自粘防水卷材在施工中的应用要求  2021-2-21 本文被阅读 247 次`` after the last paragraph, in a
    ``<div class="time">``): what follows the headline is a date line.

    >>> doc = Document(raw="")
    >>> doc.set_field("title", "自粘防水卷材在施工中的应用要求", "headline_block")
    True
    >>> headline_info_row(Block(0, "自粘防水卷材在施工中的应用要求 2021-2-21 本文被阅读 247 次"), doc)
    True
    >>> headline_info_row(Block(0, "自粘防水卷材的施工注意事项 2021-2-20"), doc)   # another post's entry
    False
    """
    title = doc.fields.get("title")
    if title is None or not title.value or b.links:
        return False
    text = b.text.strip()
    if not text.startswith(title.value) or len(text) > _CREDIT_LINE_MAX:
        return False
    rest = text[len(title.value):].strip()
    return bool(rest) and parse_date(rest) is not None and date_line(rest)


def _cut_credit_prefix(doc: Document, b: Block) -> bool:
    """A paragraph of the byline area that opens with a credit in brackets (:func:`credit_prefix`) gives that
    credit's fields and loses only the bracket: the prose after it stays text.

    Example: ``【供稿/管理学院 黄翔】面对十四五发展……`` gives the source 管理学院, the writer 黄翔, and the
    paragraph starts at 面对.
    """
    found = credit_prefix(b.text)
    if found is None or dispatch_byline(b.text) is not None:
        return False   # (a reporter's bracket, （記者 陳國華 通訊員 劉芳）, is the dateline rules' to read)
    end, credits = found
    # the bracket alone is the credit line: a date further on in the prose is no dateline
    if not _apply_credits(doc, Block(b.index, b.text[:end]), credits, near=False):
        return False
    named = set(credits)
    kind = "editor" if named == {"editor"} else "source" if named == {"source"} else "byline"
    doc.removed.append(Removal(kind, b.text[:end], "credit_prefix", f"block {b.index}"))
    b.text = b.text[end:].lstrip()
    return True


# A date standing alone on its line, in brackets or not (（2023年4月12日）, 2023-07-12): no label says what it dates.
_BARE_DATE = re.compile(r"[\s()（）\[\]【】\d年月日号:：/.\-]+")


def bare_date(text: str) -> bool:
    """Whether ``text`` is a date and nothing else, no label or credit beside it.

    >>> bare_date("（2023年4月12日）"), bare_date("2023-07-12 10:30")
    (True, True)
    >>> bare_date("发文日期：2023-04-18"), bare_date("2025-07-14 11:49 来源：人民网")
    (False, False)
    """
    return bool(_BARE_DATE.fullmatch(text)) and any(c.isdigit() for c in text)


_PUBLICATION_LABEL = re.compile(r"\W{0,2}(?:" + alternation(read_vocabulary("metadata_labels.txt", "publication dates"))
                                + r")\s?[:：]")


def publication_label(text: str) -> bool:
    """Whether ``text`` opens with a label that says the day the page was published, not the day it was edited
    or a comment's.

    >>> publication_label("发文日期：2023-04-18"), publication_label("發布時間: 2023-04-18")
    (True, True)
    >>> publication_label("(最後修改日期 : 2006/10/26 上午 10:35:00)"), publication_label("留言时间：2025-04-27")
    (False, False)
    """
    return bool(_PUBLICATION_LABEL.match(text))


def _text_page(doc: Document) -> bool:
    """Whether the page came as text, one block a line (no markup, no ``<meta>``)."""
    return bool(doc.blocks) and all(b.tag == "line" for b in doc.blocks)


def _prefer_the_shown_date(doc: Document) -> None:
    """The date the page shows under a date label (``发布日期：2017-05-15 10:49:00``, ``发文日期：`` over
    ``2023-04-18``) over a ``<meta>`` date of another day: a CMS fills the head with the time a page was last
    saved (万载县统计局's 2015 bulletin, published 2017-05-15, carries 2022-04-24 10:00:43), the label says
    when the document was published. A text page has no head: there a bare date line (:func:`bare_date`), the
    day a bulletin was signed (（2023年4月12日） under it) or a listing's, gives way to the labelled one."""
    field = doc.fields.get("published")
    if field is None or not (field.rule.startswith("meta") or (
            field.rule == "dateline" and _text_page(doc) and bare_date(field.text))):
        return
    text_page = not field.rule.startswith("meta")   # the bare date line of a text page stands for the head
    shown = next((c for c in doc.candidates if c.field == "published" and (
        c.rule == "labelled_date" or (c.rule == "dateline" and "date" in parse_credits(c.text)))
        and (not text_page or publication_label(c.text))), None)
    if shown is None or str(shown.value)[:10] == str(field.value)[:10]:
        return
    precision = parse_date(shown.text)
    doc.set_field("published", shown.value, shown.rule, shown.text, override=True)
    if precision is not None:
        doc.set_field("published_precision", precision[1], shown.rule, override=True)


def _drop_subtitle(doc: Document, after: list[Block], pos: int) -> None:
    """A subtitle line (``——基于东部某市三个街道的观察``) right under the headline belongs to the title, not the
    body."""
    for b in after[pos + 1: pos + 3]:
        if b.label is None and subtitle_line(b.text):
            doc.remove_block(b, "title", "subtitle")
            return


# ---------------------------------------------------------------- the stage

def _apply_thread_starter(doc: Document, head_block: Block | None) -> None:
    """Author from the forum poster cell above the headline; the cell is labelled a byline."""
    pos = head_block.index if head_block is not None else -1
    if not 0 <= pos < len(doc.blocks) or doc.blocks[pos] is not head_block:
        return  # blocks are stored at their index; anything else is not a page we segmented
    starter = thread_starter(doc.blocks, pos) if pos >= 0 else None
    if starter and doc.set_field("author", starter, "thread_starter", starter):
        for b in doc.blocks[max(0, pos - 3): pos]:
            if b.label is None and b.text.strip() == starter:
                doc.remove_block(b, "byline", "thread_starter")


def _apply_post_time(doc: Document, head_block: Block | None) -> None:
    """Date from the post's time line near the headline (:func:`webclean.extract.posters.post_time`)."""
    found = post_time(doc.blocks, head_block.index) if head_block is not None else None
    if found is None:
        return
    (value, precision), line, rule = found
    if doc.set_field("published", value, rule, line.text, block=line.index):
        doc.set_field("published_precision", precision, rule, line.text)
    if rule != "edited_time":
        doc.hints["post_time_line"] = line.text


def _apply_time_line_poster(doc: Document) -> None:
    """Author from the handle the post's time line names (``posted @ 2024-05-09 14:45 好看的hk 阅读(430)``)."""
    line = doc.hints.get("post_time_line")
    if line:
        doc.set_field("author", time_line_poster(line), "time_line_poster", line)


def _apply_poster(doc: Document, head_block: Block | None) -> None:
    """Author from the poster cell around the headline (:func:`webclean.extract.posters.hinted_poster`); an
    open cell that holds only the name is labelled a byline."""
    found = hinted_poster(doc.blocks, head_block.index) if head_block is not None else None
    if found is None:
        return
    name, cell = found
    doc.set_field("author", name, "poster_hint", cell.text, block=cell.index)
    when = parse_date(cell.text) if len(cell.text) <= 80 else None   # 再睡一夏 | 455 | 2024-01-03
    if when and doc.set_field("published", when[0], "poster_row_time", cell.text, block=cell.index):
        doc.set_field("published_precision", when[1], "poster_row_time", cell.text)
    if cell.label is None and cell.text.strip() == name:
        doc.remove_block(cell, "byline", "poster_hint")


# A date row opens with its year (``2017-05-13 20:50 • 网络安全``); a leading dash or bullet may stand before it.
_OPENING_YEAR = re.compile(r"^\W{0,2}(?:19|20)\d\d\s?[-/.年]")
#: The rules the strip stage takes a text page's info row for: its counters, or its separators (``•`` between
#: the date, the category and the reads look like a menu's).
_INFO_ROW_STRIP_RULES = frozenset(("counter_line", "nav_separator_run"))


def opening_date_time(text: str) -> tuple[date | datetime, str] | None:
    """The date and time a post's info row opens with, or None: the row's other cells (a category, a counter)
    follow it, so a row that opens with a year and reads to the minute is a date row, whatever else it holds.

    >>> opening_date_time("2017-05-13 20:50 • 网络安全 • 阅读 8882")[0].isoformat()
    '2017-05-13T20:50:00+08:00'
    >>> opening_date_time("网络安全 • 2017-05-13 20:50") is None   # a date inside a menu row
    True
    >>> opening_date_time("2017-05-13 • 网络安全") is None   # a day alone may be any listing's
    True
    """
    if not _OPENING_YEAR.match(text):
        return None
    when = parse_date(text)
    return when if when and when[1] in ("minute", "second") else None


def _far_text_dateline(doc: Document, head_block: Block) -> bool:
    """Whether a text page's date was read from a date line past the rows under its headline (a pager's or a
    related list's date, not the post's)."""
    field = doc.fields.get("published")
    if field is None or field.rule != "dateline" or head_block.tag != "line":
        return False
    line = next((b.index for b in doc.blocks if b.text == field.text), -1)
    return line > head_block.index + _INFO_ROW_REACH


def _apply_counter_row_date(doc: Document, head_block: Block | None) -> None:
    """The date of a post's info row that the strip stage took for its counters (``2016.05.18 16:03* 字数 10002``
    under a blog post's headline): a full date and time in one of the rows right under the headline. On a text
    page the row may have been taken for a menu too (its cells split by ``•``): read when it opens with the date
    (:func:`opening_date_time`), and then it outranks a date line far below the headline (a pager's
    ``上一篇 2015-09-18 15:39``, a related list's)."""
    if head_block is None:
        return
    far = _far_text_dateline(doc, head_block)
    if "published" in doc.fields and not far:
        return
    for b in doc.blocks[head_block.index + 1: head_block.index + 1 + _INFO_ROW_REACH]:
        menu_row = b.tag == "line" and b.rule in _INFO_ROW_STRIP_RULES and opening_date_time(b.text)
        if (b.rule != "counter_line" or far) and not menu_row:
            continue
        when = parse_date(b.text)
        if when and when[1] in ("minute", "second") and doc.set_field("published", when[0], "counter_row_date", b.text,
                                                                       block=b.index, override=far):
            doc.set_field("published_precision", when[1], "counter_row_date", b.text)
            return


# A day and time shown without the year (百家号's 10-09 16:17, the two spans glued: 百家号10-0916:17).
_YEARLESS = re.compile(r"(?<![\d-])(?P<m>[01]\d)-(?P<d>[0-3]\d)\s?(?P<h>[0-2]?\d):(?P<mi>[0-5]\d)(?![\d:])")


def yearless_row_date(text: str, head_dates: list[str]) -> datetime | None:
    """The head's date whose month, day, hour and minute a row under the headline shows without its year: the
    page shows the day, the head (a ``<meta itemprop="dateUpdate">``) gives its year.

    >>> yearless_row_date("百家号10-0916:17", ["2018-10-09 16:17:42"]).isoformat()
    '2018-10-09T16:17:42+08:00'
    >>> yearless_row_date("百家号10-0916:17", ["2018-10-10 09:00:00"]) is None   # another day: no year given
    True
    """
    m = _YEARLESS.search(text)
    if m is None:
        return None
    shown = (int(m.group("m")), int(m.group("d")), int(m.group("h")), int(m.group("mi")))
    for raw in head_dates:
        found = parse_date(raw)
        if found and isinstance(found[0], datetime) and \
                (found[0].month, found[0].day, found[0].hour, found[0].minute) == shown:
            return found[0]
    return None


def _apply_yearless_row_date(doc: Document, head_block: Block | None) -> None:
    """The date of a row under the headline that shows it without the year, its year from a head date of the
    same minute (:func:`yearless_row_date`), when nothing else dated the page."""
    if head_block is None or "published" in doc.fields or not doc.head:
        return
    meta = doc.head.get("meta") or {}
    head_dates = [v for k, vs in meta.items() if "date" in k or "time" in k for v in vs]
    if not head_dates:
        return
    for b in doc.blocks[head_block.index + 1: head_block.index + 1 + _INFO_ROW_REACH]:
        when = yearless_row_date(b.text, head_dates) if len(b.text) <= _DATELINE_SHORT_LINE else None
        if when and doc.set_field("published", when, "yearless_row_date", b.text, block=b.index):
            doc.set_field("published_precision", "second", "yearless_row_date", b.text)
            return


def _apply_account_row(doc: Document, head_block: Block | None) -> None:
    """Source from the publishing account in the row under the headline: beside the author
    (``原创 陈静 江南生活志``) or, when nobody is credited, a linked account beside the date."""
    author = doc.value("author")
    if head_block is None or "source" in doc.fields:
        return
    # the first open line under the headline, or the dated line the credit scan already took
    start = head_block.index + 1
    below = [b for b in doc.blocks[start: start + 3] if b.label in (None, "timestamp")]
    for b in below[:1]:
        if author:
            account, rule = account_row(b, author), "account_row"
        else:
            nxt = " ".join(x.text for x in doc.blocks[b.index + 1: b.index + 3])
            account, rule = linked_account(b, nxt), "linked_account"
            person = None if account else linked_person(b, nxt)
            if person and doc.set_field("author", person, "linked_person", b.text) and b.label is None:
                doc.remove_block(b, "byline", "linked_person")
        if account and account != author and doc.set_field("source", account, rule, b.text) and b.label is None:
            doc.remove_block(b, "byline", rule)


#: A text page's title line is among its first lines (a scraper writes the page's <title> first).
_TEXT_TITLE_LINES = 3
_SITE_NAME_AFTER = re.compile(r"\s?[_|｜]\s?|\s[-·]\s")


def _apply_site_owner(doc: Document, head_block: Block) -> None:
    """The site's owner (:func:`webclean.extract.posters.site_owner`) as the author, when the row that names him
    holds the date (a post's info row: ``yyshino 9/13/2022 日常``) or another rule names him too (LoveIt's
    ``<a class="author" rel="author">xiaobinqt</a> 收录于 类别 …``), and the head names no other writer (hket's
    ``金融經濟 19:05 2020/02/28`` row under a <meta> author ``hket``). A menu row opening with the brand
    (``Reuters Photographers``) does neither."""
    # (a text page's <title> is its first line that a site's name follows: 消极 | yyshino, a scraper's copy)
    title = doc.head.get("title") or "" if doc.head else next(
        (b.text for b in doc.blocks[:_TEXT_TITLE_LINES] if b.tag == "line" and _SITE_NAME_AFTER.search(b.text)), "")
    owner = site_owner(title, doc.blocks, head_block.index)
    if owner is None:
        return
    name, row = owner
    offered = [str(c.value) for c in doc.candidates if c.field == "author"]
    meta = {str(c.value) for c in doc.candidates if c.field == "author" and c.rule == "meta_author"}
    if (meta and name not in meta) or not (parse_date(row.text) or name in offered):
        return
    doc.set_field("author", name, "site_owner", row.text, block=row.index)


def _apply_name_beside_the_date(doc: Document) -> None:
    """The last resort for the source: the name the date row under the headline sets after the date
    (:func:`webclean.extract.credit_rows.name_beside_the_date`), when no rule has offered a source and no writer
    goes by that name."""
    found = doc.hints.get("name_beside_the_date")
    if not found or any(c.field == "source" for c in doc.candidates):
        return
    name, text, index = found
    if any(c.field == "author" and c.value == name for c in doc.candidates):
        return
    doc.set_field("source", name, "name_beside_the_date", text, block=index)


def _apply_cell_beside_its_date(doc: Document, head_block: Block | None, field: str, kind: str,
                                finder: Callable[[list[Block], int], tuple[str, Block] | None]) -> None:
    """The last resort for ``field``: the info row's cell beside the date line under the headline that
    ``finder`` reads (a lone name for the author: :func:`webclean.extract.posters.name_beside_its_date`; an
    outlet's name for the source: :func:`webclean.extract.posters.outlet_beside_its_date`), only when no rule
    has offered a value; the cell is labelled ``kind``."""
    if head_block is None or any(c.field == field for c in doc.candidates):
        return
    found = finder(doc.blocks, head_block.index)
    if found and doc.set_field(field, found[0], finder.__name__, found[1].text, block=found[1].index) \
            and found[1].label is None:
        doc.remove_block(found[1], kind, finder.__name__)


# Dispatch bylines open the first paragraphs or close the last ones, or stand on a short line of their own;
# the info row under the headline may already carry a label (a dated line) and is read again.
_DATELINE_FIRST_BLOCKS = 12
_DATELINE_LAST_BLOCKS = 3
_DATELINE_SHORT_LINE = 60
_INFO_ROW_LABELS = frozenset(("timestamp", "source", "byline", "share"))
# A picture story: its sentences outside the captions (a lead, a caption apart from its credit) are no more.
PICTURE_STORY_TEXT = 300
_INFO_ROW_REACH = 8


def scan_datelines(doc: Document, start: int) -> None:
    """Reporters from dispatch bylines (:mod:`webclean.extract.datelines`) under the headline at ``start``:
    the first paragraphs, the last ones, short lines, and the info row already read for its date. A byline
    that is its whole block removes the block; one that opens or closes a paragraph is cut from it.

    Example: ``〔記者王憶紅／台北報導〕宏達電行銷長昨正式宣布……`` gives the author 王憶紅 and the paragraph
    starts at 宏達電.
    """
    blocks = [b for b in doc.blocks if b.index > start and (b.label is None or (
        b.label in _INFO_ROW_LABELS and b.index <= start + _INFO_ROW_REACH))]
    prose = [b for b in blocks if b.label is None and len(b.text) > _DATELINE_SHORT_LINE]
    captions = [b for b in doc.blocks if b.label == "image_credit"]   # wherever the pictures are
    seen: set[int] = set()
    photographers: list[tuple[int, str]] = []
    credited: set[int] = set()
    for b in blocks[:_DATELINE_FIRST_BLOCKS] + prose[-_DATELINE_LAST_BLOCKS:] + \
            [b for b in blocks if len(b.text) <= _DATELINE_SHORT_LINE] + captions:
        if b.index in seen or _TRUNCATED.search(b.text):
            continue   # (a summary cut short, 外交部今晚表示，台灣..., is another page's teaser)
        seen.add(b.index)
        found = dispatch_byline(b.text)
        if found is None:
            reported = outlet_report_opening(b.text)
            if reported and looks_like_outlet(reported):
                doc.set_field("source", reported, "outlet_report", b.text[:40], block=b.index)
            continue
        if found.outlet and looks_like_outlet(found.outlet):
            rule = "dispatch_opening_outlet" if found.opening else f"{found.rule}_outlet"
            doc.set_field("source", found.outlet, rule, b.text, block=b.index)
        if found.rule == "photo_credit":
            # a picture story credits its photographers: all of them, in page order, are one candidate
            photographers.append((b.index, found.names))
            credited.add(b.index)
            continue
        doc.set_field("author", found.names, "reporter_dateline", b.text, block=b.index)
        when = parse_date(b.text) if b.label is not None and len(b.text) <= _CREDIT_LINE_MAX else None
        if when and doc.set_field("published", when[0], "dateline", b.text, block=b.index):
            # the info row a strip rule already took for its class (a "sharebar" holding the dateline)
            doc.set_field("published_precision", when[1], "dateline", b.text)
        if b.label is not None:
            continue
        if found.end - found.start >= 0.8 * len(b.text.strip()):
            doc.remove_block(b, "byline", f"dateline_{found.rule}")
        elif leading_dateline_end(b.text, found):
            cut = leading_dateline_end(b.text, found)
            doc.removed.append(Removal("byline", b.text[:cut], f"dateline_{found.rule}", f"block {b.index}"))
            b.text = b.text[cut:].lstrip()
        elif found.start > 0 and found.end >= len(b.text.rstrip()) and b.text[found.start] in "（(〔【[":
            doc.removed.append(Removal("byline", b.text[found.start:], f"dateline_{found.rule}", f"block {b.index}"))
            b.text = b.text[:found.start].rstrip()
    # ... a story told in pictures: a text article with a photo in it credits its writer, not the photographer
    text = sum(len(b.text) for b in doc.blocks if b.label is None and b.index not in credited and "。" in b.text)
    if photographers and text <= PICTURE_STORY_TEXT:
        names: list[str] = []
        for _, found_names in sorted(photographers):   # in page order
            names += [n for n in found_names.split("、") if n not in names]
        doc.set_field("author", "、".join(names), "photo_credit")


# Blocks under the headline in which a head value must show to count as the page's visible credit.
_BYLINE_AREA = 6


def _apply_head_outlet(doc: Document, head_block: Block | None) -> None:
    """Source from an outlet the head names as the author, when the byline area shows it too: a platform
    that names itself in ``<meta name="author">`` (三立新聞網 on its own pages) credits no source."""
    outlet = head_outlet(doc) if doc.head else None
    if outlet is None or head_block is None:
        return
    below = doc.blocks[head_block.index + 1: head_block.index + 1 + _BYLINE_AREA]
    if any(outlet in b.text for b in below if b.label not in ("navigation", "breadcrumb")):
        doc.set_field("source", outlet, "meta_author_outlet")


#: The rules that read a post's writer from the rows around its headline, after the poster cells, in the order
#: they are offered (each named for its rule): the blog's owner under the headline, a self-media account row,
#: a question page's answerer, the blog's banner above it.
# A rel attribute naming the author link type, in the page's source (rel="author", rel='bookmark author'); it
# opens with its literal, so the search skips to each rel= (lower case, as pages write it).
_REL_AUTHOR_IN_SOURCE = re.compile(r"""rel=["']?[^"'>]{0,40}\bauthor\b""")
_POSTER_FINDERS = (blog_owner, account_row_writer, answerer, banner_owner, title_line_owner, posted_at_footer,
                   copyright_owner, profile_card_owner)


def extract_metadata(doc: Document, opts: Any) -> None:
    """Title, column, author, editor, source and publication date; label the blocks that carry them."""
    try:
        blocks = _open(doc)
        head_block = find_title(doc, blocks)
        blocks = _open(doc)
        anchor = -1
        if head_block is not None:
            anchor = sum(1 for b in blocks if b.index < head_block.index)
        elif blocks:
            anchor = 0
        info = official_document_info(blocks, anchor)
        doc.set_field("author", info.get("issuer"), "document_issuer", info.get("issuer", ""))
        if "written" in info and doc.set_field("published", info["written"][0], "document_written", info["text"]):
            doc.set_field("published_precision", info["written"][1], "document_written")
        found = head_date(doc, scripts=False) if doc.head else None
        if found:
            doc.set_field("published", found[0], found[2], str(found[0]))
            doc.set_field("published_precision", found[1], found[2])
        apply_first_floor(doc, head_block)
        apply_bbs_header(doc)
        scan_credit_lines(doc, blocks, anchor)
        # offered after the credit lines: a 来源 line of the page names the source more closely than the
        # disclosure table's publishing body
        doc.set_field("source", info.get("publisher"), "document_publisher", info.get("publisher", ""))
        _prefer_the_shown_date(doc)
        _apply_counter_row_date(doc, head_block)
        _apply_yearless_row_date(doc, head_block)
        _apply_post_time(doc, head_block)
        if head_block is not None:
            after = [b for b in doc.blocks if b.index == head_block.index or b.label is None]
            pos = after.index(head_block)
            drop_repeated_headline(doc, after, pos)
            after = [b for b in after if b is head_block or b.label is None]
            name = name_under_headline(after, pos)
            if name and doc.set_field("author", name, "name_under_headline", name):
                doc.remove_block(after[pos + 1], "byline", "name_under_headline")
                unit = after[pos + 2] if pos + 2 < len(after) else None
                if unit is not None and unit.label is None and author_unit_line(unit.text):
                    doc.remove_block(unit, "byline", "author_unit")
            over_text = name_over_the_text(after, pos) if not name else None
            if over_text and doc.set_field("author", over_text[0], "name_over_the_text", over_text[0]):
                doc.remove_block(after[over_text[1]], "byline", "name_over_the_text")
            _drop_subtitle(doc, after, pos)
        drop_original_headline_notes(doc)
        start = head_block.index if head_block is not None else -1
        scan_datelines(doc, start)
        trailing_editor(doc, [b for b in _open(doc) if b.index > start])
        trailing_byline(doc, [b for b in _open(doc) if b.index > start])
        _apply_thread_starter(doc, head_block)
        _apply_poster(doc, head_block)
        _apply_time_line_poster(doc)
        # an info row's handle only where no cell's class names the poster (the hinted cell is the thread's)
        hinted = any(c.rule == "poster_hint" for c in doc.candidates)
        row = info_row_poster(doc.blocks, head_block.index) if head_block is not None and not hinted else None
        if row:
            doc.set_field("author", row[0], "poster_row", row[1].text, block=row[1].index)
        for finder in _POSTER_FINDERS if head_block is not None else ():
            found = finder(doc.blocks, head_block.index)
            if found:
                doc.set_field("author", found[0], finder.__name__, found[1].text, block=found[1].index)
        if doc.head:
            doc.set_field("author", head_author(doc), "meta_author")
        classed = classed_author(doc.blocks) if doc.is_html else None
        if classed:
            doc.set_field("author", classed[0], "classed_author", classed[1].text, block=classed[1].index)
        outlet = classed_source(doc.blocks, head_block.index) if doc.is_html and head_block is not None else None
        if outlet:
            doc.set_field("source", outlet[0], "classed_source", outlet[1].text, block=outlet[1].index)
        if doc.tree is not None and _REL_AUTHOR_IN_SOURCE.search(doc.text):
            # (the source is searched first: walking every link of the tree costs a fifth of a millisecond)
            doc.set_field("author", rel_author(doc.tree), "rel_author")
        if head_block is not None:
            _apply_site_owner(doc, head_block)
        _apply_account_row(doc, head_block)
        _apply_cell_beside_its_date(doc, head_block, "author", "byline", name_beside_its_date)
        _apply_cell_beside_its_date(doc, head_block, "source", "source", outlet_beside_its_date)
        _apply_head_outlet(doc, head_block)
        _apply_name_beside_the_date(doc)
        # a relative time shown on the page (1 月前) with its absolute time in a tooltip: the post's own time
        # (or the time of a day already taken: a blog's date header over the post footer's microformat time)
        dated = "published" in doc.fields
        tooltip = tooltip_time(doc.tree) if not dated or doc.value("published_precision") == "day" else None
        if tooltip and dated:
            _refine_published(doc, tooltip[0], "tooltip_time", tooltip[1])
        elif tooltip and doc.set_field("published", tooltip[0][0], "tooltip_time", tooltip[1]):
            doc.set_field("published_precision", tooltip[0][1], "tooltip_time")
        # an element whose class names a date (a blog engine's <span class="date"> in the post's footer): the
        # last of the visible dates, where no dateline, post time or tooltip dated the page
        classed = date_classed_time(doc.tree) if "published" not in doc.fields else None
        if classed and doc.set_field("published", classed[0][0], "date_classed", classed[1]):
            doc.set_field("published_precision", classed[0][1], "date_classed")
        # a time assigned in a script is the weakest of the page's dates (60 % right on our real pages):
        # it comes after every visible one (datelines, post times, floor footers)
        scripted = script_date(doc.head.get("script_dates") or []) if doc.head else None
        if scripted and doc.set_field("published", scripted[0], scripted[2], str(scripted[0])):
            doc.set_field("published_precision", scripted[1], scripted[2])
        day = url_date(doc.url)
        if day is not None and doc.set_field("published", day, "url_date", doc.url or ""):
            doc.set_field("published_precision", "day", "url_date")
        elif day is not None:
            _read_as_the_url_reads(doc, day)
        signed = doc.hints.get("signed")
        if signed and signed[0] and doc.set_field("published", signed[0][0], "signature_date", signed[1]):
            doc.set_field("published_precision", signed[0][1], "signature_date")
        weigh_credits(doc)
        for field in ("title", "published"):
            rank_offers(doc, field)
        shown_day_over_a_utc_clock(doc)
    except (ValueError, OverflowError, re.error) as exc:  # never let one odd value kill the page
        doc.warnings.append(f"metadata: {type(exc).__name__}: {exc}")
