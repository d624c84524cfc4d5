"""Credits written without a label: the row under a headline and the outlet lines around it.

- the row under a headline: the account beside the author (``原创 陈静 江南生活志``), a linked self-media
  account (``楚天民生观察``) or a linked writer's name (``北岸听潮``) beside the date;
- outlets beside a date (``2022-02-13 09:57 光明网``, ``荆楚晨报 3小时前``, ``来自 中国新闻网``), opening a
  Taiwanese byline (``聯合報／記者…``) or closing an e-paper article (``《大江日报》（2025年07月15日 04 版）``).

Split from :mod:`webclean.extract.bylines` (labelled credits and names), whose tests of a name they use.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from ..core.dates import DATE_BITS, parse_date
from ..core.names import NAME_WITH_SURNAME, common_word_pieces, looks_like_outlet, looks_like_unit, person_plausibility
from ..core.vocabulary import read_vocabulary, section_alternation
from ..document import Block
from .bylines import common_words, parse_credits, valid_handle, valid_source

__all__ = ["account_row", "bar_row", "dateline_outlet", "dateline_source", "name_beside_the_date", "linked_account",
           "linked_outlet_beside_date", "linked_person", "classed_source",
           "outlet_after_date", "paper_edition"]


_CREDITS = "credit_labels.txt"
_ORGANISATIONS = "organisations.txt"
# the space sets a name apart
_FROM_OUTLET = re.compile(rf"(?:{section_alternation(_CREDITS, 'from outlet')})\s(?P<src>[^\s，,。:：]{{2,20}})")


def outlet_after_date(line: str, before: str) -> str | None:
    """The outlet of a meta row that shows ``2025年07月15日 10:41:23`` then ``来自 中国新闻网``.

    来自 ("from") names the source only right after the row's date: ``来自Android客户端`` under a post
    and ``来自北京的游客`` in a sentence are not sources.

    >>> outlet_after_date("来自 中国新闻网", "2025年07月15日 10:41:23")
    '中国新闻网'
    >>> (outlet_after_date("来自 中国新闻网", "热点推荐") is None,
    ...  outlet_after_date("来自北京的游客", "2025-07-15") is None)
    (True, True)
    >>> outlet_after_date("来自 微博发布平台专业版", "24-5-13 17:07") is None
    True
    """
    m = _FROM_OUTLET.fullmatch(line.strip())
    if m is None or len(before) > 40 or not parse_date(before):
        return None
    src = m.group("src")
    # what a post is sent from (来自 微博发布平台专业版, 来自 iPhone客户端) is a client, not a source
    return src if valid_source(src) and not _CLIENT.search(src) else None


_CLIENT = re.compile(section_alternation("post_lines.txt", "posting clients"), re.I)


# 聯合報／記者王小明／台北即時報導: the outlet opens a Taiwanese byline, set off by a slash.
_DATELINE_OUTLET = re.compile(rf"(?P<outlet>[\u3400-\u9fff]{{2,8}})\s?[/／]\s?"
                              rf"(?:{section_alternation('dispatch_bylines.txt', 'reporter')})")


def dateline_outlet(text: str) -> str | None:
    """The outlet opening a byline of the form outlet／記者 name／place 報導.

    >>> dateline_outlet("聯合報／記者王小明／台北即時報導"), dateline_outlet("記者王小明／台北報導")
    ('聯合報', None)
    """
    m = _DATELINE_OUTLET.match(text.strip())
    if m is None or not _OUTLET_NAME.match(m.group("outlet")):
        return None
    return m.group("outlet") if valid_source(m.group("outlet")) else None


# 《大江日报》（2025年07月15日 04 版）: the paper and issue day closing an e-paper or reprinted article.
_PAPER_EDITION = re.compile(r"《(?P<paper>[^《》]{2,12})》\s?[（(]\s?(?P<day>\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)"
                            r"\s?(?:第?\s?\d{1,3}\s?版)?(?:[：:][^）)]{0,10})?\s?[）)]")


# A newspaper clipping's reference closing a reposted report: 【 2003-04-25/經濟日報/6版/企業要聞 】.
_CLIP_REFERENCE = re.compile(r"【\s?(?P<day>\d{4}-\d{1,2}-\d{1,2})\s?/\s?(?P<paper>[^/【】]{2,12}?)\s?/"
                             r"\s?[A-Z]?\d{1,3}\s?版(?:\s?/\s?[^/【】]{1,12})?\s?】")


def paper_edition(text: str) -> tuple[str, tuple[date | datetime, str]] | None:
    """(paper, (issue day, precision)) from a line that is only a newspaper edition credit.

    >>> paper_edition("《大江日报》（2025年07月15日 04 版）")
    ('大江日报', (datetime.date(2025, 7, 15), 'day'))
    >>> paper_edition("他在《大江日报》（2025年07月15日 04 版）上读到这篇报道。") is None
    True
    >>> paper_edition("【 2003-04-25/經濟日報/6版/企業要聞 】")   # a clipping's reference (聯合知識庫's form)
    ('經濟日報', (datetime.date(2003, 4, 25), 'day'))
    """
    if "《" not in text and "【" not in text:   # most blocks: one C-level test instead of the patterns
        return None
    m = _PAPER_EDITION.fullmatch(text.strip()) or _CLIP_REFERENCE.fullmatch(text.strip())
    if m is None or not valid_source(m.group("paper")):
        return None
    day = parse_date(m.group("day"))
    return (m.group("paper"), day) if day else None


# Tags a byline row shows beside the names: original / repost / exclusive badges.
_ROW_TAGS = frozenset(read_vocabulary(_CREDITS, "row badges"))


def account_row(block: Block, author: str) -> str | None:
    """The publishing account in the row under a headline that names the author and one linked account.

    A WeChat-style article shows ``原创 陈静 江南生活志`` under its headline: a badge, the writer (already
    known from ``<meta name="author">``) and the account that published it, a link to its profile. The
    account is the source. The row must hold the author as a whole word, exactly one other name, and
    links covering exactly that name, so a row of several links or a sentence is never read.

    >>> account_row(Block(1, "原创 陈静 江南生活志", links=1, link_chars=5), "陈静")
    '江南生活志'
    >>> account_row(Block(1, "陈静 江南生活志 王芳", links=1, link_chars=5), "陈静") is None
    True
    """
    tokens = [t for t in block.text.split() if t not in _ROW_TAGS and not parse_date(t)]
    if len(block.text) > 40 or author not in tokens or len(tokens) != 2 or block.links != 1:
        return None
    account = tokens[0] if tokens[1] == author else tokens[1]
    if block.link_chars != len(account) or not valid_source(account):
        return None
    return account


_TIME_TOKEN = re.compile(r"[\d:：\-/.·・|｜]+")
_DATE_HINT = re.compile(rf"{section_alternation(_CREDITS, 'date hints')}|\d{{1,2}}[-/.月]\d{{1,2}}")

# Words that make a self-media name an account (a beat, a channel, a brand), not a writer's pen name:
# 楚天民生观察, 鹿鸣财经观察, 某某科技说 are accounts; 南城旧书客, 厨房里的小满 are people.
_FOLLOW = re.compile(rf"\+?(?:{section_alternation(_CREDITS, 'follow buttons')})")   # the follow button beside a name
_ACCOUNT_WORDS = re.compile(section_alternation(_ORGANISATIONS, "account words"))


def linked_account(block: Block, next_text: str = "") -> str | None:
    """A self-media account beside the date under a headline: one name that is a link to its profile,
    too long or too outlet-like to be a person (``原创 2025-07-15 10:41 · 楚天民生观察``; a Baijiahao
    ``鹿鸣财经观察`` above ``发布时间:07-15 10:41``). It is the source of the page.

    >>> linked_account(Block(1, "原创 2025-07-15 10:41 · 楚天民生观察", links=1, link_chars=6))
    '楚天民生观察'
    >>> linked_account(Block(1, "鹿鸣财经观察", link_chars=6), "发布时间:07-15 10:41")
    '鹿鸣财经观察'
    >>> linked_account(Block(1, "2025-07-15 张三", links=1, link_chars=2)) is None   # a person's name
    True
    """
    if len(block.text) > 60:
        return None
    tokens = [t for t in block.text.split() if t not in _ROW_TAGS and not _TIME_TOKEN.fullmatch(t)
              and not parse_date(t)]
    if len(tokens) != 1 or not (parse_date(block.text) or _DATE_HINT.search(next_text[:30])):
        return None
    name = tokens[0]
    if block.link_chars < len(name) or not valid_source(name):
        return None
    outlet_like = _ACCOUNT_WORDS.search(name) or _OUTLET_NAME.match(name)
    return name if outlet_like else None


# A pen name beside the date is short (南城旧书客, 厨房里的小满, 秋水长天2016); longer handles are rows of words.
_PEN_NAME_MAX = 12


def linked_person(block: Block, next_text: str = "") -> str | None:
    """The writer's linked name opening the row under a headline, beside the date: a reviewer's or a
    blogger's nickname (``北岸听潮 长夜将尽 2025-07-15 10:41:23``; ``周慕言 鸟类科普作者`` above
    ``发布于 2025-07-15 10:41``). Dictionary words (channel names such as 国内) and outlets are not names.

    >>> linked_person(Block(1, "北岸听潮 长夜将尽 2025-07-15 10:41:23", links=3, link_chars=8))
    '北岸听潮'
    >>> linked_person(Block(1, "周慕言 鸟类科普作者 自然笔记博主", links=2, link_chars=3), "发布于 2025-07-15 10:41")
    '周慕言'
    >>> linked_person(Block(1, "新华社 2025-07-15", links=1, link_chars=3)) is None
    True
    >>> linked_person(Block(1, "北京同志中心 北同文化 2014年02月16日", links=1, link_chars=6)) is None
    True
    >>> linked_person(Block(1, "厨房里的小满", links=1, link_chars=6), "关注 小时候放学回家……")
    '厨房里的小满'
    >>> linked_person(Block(1, "学生登陆", links=1, link_chars=4), "2014-09-25")   # a login button: common words
    """
    tokens = block.text.split()
    # beside the date, or before a follow button (厨房里的小满 | 关注): the profile of the page's writer
    follow = next_text.split(maxsplit=1)[:1]
    beside = parse_date(block.text) or _DATE_HINT.search(next_text[:30]) or (follow and _FOLLOW.fullmatch(follow[0]))
    if not tokens or len(block.text) > 60 or not beside:
        return None
    name = tokens[0]
    if block.link_chars < len(name) or len(name) > _PEN_NAME_MAX or _ACCOUNT_WORDS.search(name):
        return None
    if looks_like_unit(name):
        return None   # 北京同志中心: a body's account, not a writer
    return None if not valid_handle(name) or common_words([name]) or common_word_pieces(name) else name


# An outlet name standing next to the dateline: "2022-02-13 09:57 光明网", "某某中文站2016年10月14日07:17".
_OUTLET_NAME = re.compile(rf"^[\w\u3400-\u9fff]{{1,12}}?(?:{section_alternation(_ORGANISATIONS, 'outlet endings')})$")


# A site's own address in its info row (http://ent.QQ.com, www.sina.com.cn).
_ROW_ADDRESS = re.compile(r"(?:https?://|www\.)[\w./-]{1,60}", re.I)
# Where an info row's tools begin: a bar, a bracketed button (【大 中 小】), a comment counter (评论0条, 共有评论0条).
_ROW_TAIL = re.compile(rf"\s?[|｜【]|\s[\u3400-\u9fff]{{0,2}}(?:{section_alternation(_CREDITS, 'value end comments')})")
# The font-size buttons an info row ends with (A-A+, A- A+, T大 T小).
_FONT_SIZE = re.compile(r"(?:A[-+]|A－|A＋){1,2}|T[大中小]")
# A mobile page's relative time beside the outlet: 3小时前 / 25分钟前 / 刚刚 (the crawl time decides it: never a date)
_POSTS = "post_lines.txt"
_RELATIVE_TIME = re.compile(rf"\d{{1,3}}\s?(?:{section_alternation(_POSTS, 'time units')})前"
                            rf"|{section_alternation(_POSTS, 'just now')}")




def linked_outlet_beside_date(block: Block) -> str | None:
    """The outlet linked in a short info row that holds the date among other links: the row's one link whose
    text is an outlet's name (腾讯's ``军事要闻`` | ``环球时报`` | ``[微博]`` | 2014-10-15 15:35, links set side by side
    with nothing between them).

    >>> row = Block(0, "军事要闻环球时报 [微博] 2014-10-15 15:35", links=3, link_texts=("军事要闻", "环球时报", "微博"))
    >>> linked_outlet_beside_date(row)
    '环球时报'
    >>> linked_outlet_beside_date(Block(0, "军事要闻 2014-10-15 15:35", links=1, link_texts=("军事要闻",))) is None
    True
    >>> linked_outlet_beside_date(Block(0, "2018-04-06 华商君 华商报", links=1, link_texts=("华商报",))) is None
    True
    """
    if not LINKED_ROW_LINKS[0] <= len(block.link_texts) <= LINKED_ROW_LINKS[1] or len(block.text) > LINKED_ROW_MAX \
            or parse_date(block.text) is None:
        return None   # (one link is an account's name, a WeChat row's; many are the page's tools: 打印 投稿 电子报)
    outlets = [t for t in block.link_texts if _OUTLET_NAME.match(t) and looks_like_outlet(t)]
    return outlets[0] if len(outlets) == 1 else None


#: An info row of links beside the date is short: a column, an outlet, a badge and the date ...
LINKED_ROW_MAX = 60
#: ... with two or three links.
LINKED_ROW_LINKS = (2, 3)


def name_beside_the_date(block: Block) -> str | None:
    """The one name an info row sets after the date, with no label, when it is no person's: the account, desk or
    column that published the page (新浪's date-source slot: ``2019年10月09日 07:42 长安街知事``, a WeChat account;
    ``2018年05月06日 09:38 新浪娱乐``; ``2019-10-08 17:06:56 智选车``), the row's one link, in an element classed as
    the source slot (``<div class="date-source">``).

    >>> slot = "top-bar-inner clearfix date-source"
    >>> row = Block(0, "2019年10月09日 07:42 长安街知事", links=1, link_texts=("长安街知事",), hints=slot)
    >>> name_beside_the_date(row)
    '长安街知事'
    >>> name_beside_the_date(Block(0, "2019年10月09日 13:55 科学大家", hints=slot)) is None   # not linked
    True
    >>> name_beside_the_date(Block(0, "2019-10-09 职场点滴", links=1, link_texts=("职场点滴",), hints="post-meta"))
    >>> name_beside_the_date(Block(0, "长安街知事 2019年10月09日 07:42"))   # a name before the date is another row's
    """
    text = block.text.strip()
    if len(text) > NAME_ROW_MAX or parse_date(text) is None:
        return None
    rest = [t for t in DATE_BITS.sub(" ", text).split() if not _FOLLOW.fullmatch(t) and not _FONT_SIZE.fullmatch(t)]
    if len(rest) != 1 or not text.endswith(rest[0]):
        return None
    name = rest[0]
    if not _ACCOUNT_NAME.fullmatch(name) or block.link_texts != (name,):
        return None   # (unlinked, a name is as likely a place or a label: the link to its page says account)
    if not any(_SOURCE_SLOT.search(token) for token in _HINT_TOKENS.split(" ".join(block.hints.split()[-2:]))):
        return None   # (a blog's meta row sets its category there, 2019-10-09 <a>职场点滴</a>: a source slot's class)
    if name.startswith(_FROM) or any(button in name for button in _TAIL_BUTTONS):
        return None   # 来自福建 (the poster's region), 友善列印 (a print button)
    if person_plausibility(name) >= NAME_WITH_SURNAME or common_words([name]):
        return None   # a writer's name (the author rules read it), a weekday, a place
    return name


def classed_source(blocks: list[Block], head: int) -> tuple[str, Block] | None:
    """The outlet an element classed as the page's source slot holds alone, without a label (中國時報's
    ``<div class="meta-info source">中國時報</div>`` beside the writer's cell), in the rows around the headline at
    ``head`` (a feed's items name their sources too: RFI's ``news__metadata__source`` 法新社 over other stories):
    every such cell must name the same outlet, and the name must read as one (an outlet's ending: 報, 网, 社, 台 …).

    >>> classed_source([Block(0, "标题"), Block(1, "中國時報", hints="meta-info-wrapper meta-info source")], 0)[0]
    '中國時報'
    >>> classed_source([Block(0, "标题"), Block(1, "职场点滴", hints="post-meta source")], 0) is None   # no outlet
    True
    >>> classed_source([Block(0, "标题"), Block(1, "来源：半月谈网", hints="source")], 0) is None   # the label rules'
    True
    """
    found: list[tuple[str, Block]] = []
    for b in blocks[max(0, head - CLASSED_SOURCE_REACH_BEFORE):head + 1 + CLASSED_SOURCE_REACH]:
        words = b.hints.split()
        if not words or not any(_SOURCE_SLOT.search(t) for t in _HINT_TOKENS.split(words[-1])):
            continue
        name = b.text.strip()
        if not _OUTLET_CELL.fullmatch(name) or not looks_like_outlet(name) or not valid_source(name):
            continue   # (来源：半月谈网 is the label rules'; 打开APP央视网新闻 is an app's prompt)
        found.append((name, b))
    return found[0] if found and len({name for name, _ in found}) == 1 else None


#: The source cell sits in the rows around the headline: this many blocks under it, and a few over it.
CLASSED_SOURCE_REACH = 8
CLASSED_SOURCE_REACH_BEFORE = 3
# A source cell holding an outlet's name alone: Han characters only, no label, no prompt, ten at most.
_OUTLET_CELL = re.compile(r"[\u3400-\u9fff·]{2,10}")


_FROM = ("来自", "來自")
_TAIL_BUTTONS = tuple(read_vocabulary("credit_labels.txt", "source tail buttons"))
_SOURCE_SLOT = re.compile(rf"^(?:{section_alternation('page_hints.txt', 'source slot', traditional=False)})$")
_HINT_TOKENS = re.compile(r"[\s_\-]+")
#: A date row with a name after it is short: a date, a time, one name.
NAME_ROW_MAX = 40
# An account's, desk's or column's name: three to twelve Han characters, letters or digits, starting with Han.
_ACCOUNT_NAME = re.compile(r"[\u3400-\u9fff][\u3400-\u9fffA-Za-z0-9]{2,11}")


def dateline_source(text: str) -> str | None:
    """The outlet written beside a date without a 来源 label (short lines only).

    >>> dateline_source("2022-02-13 09:57 光明网")
    '光明网'
    >>> dateline_source("2022-02-13 09:57 阅读10544次") is None, dateline_source("荆楚晨报 3小时前 +关注")
    (True, '荆楚晨报')
    >>> dateline_source("央视新闻客户端 央视新闻客户端 2019年10月04日 12:34 A-A+")   # logo, name, font size
    '央视新闻客户端'
    >>> dateline_source("2018-02-01 07:16 凤凰新闻综合")   # a portal desk's compiled story
    '凤凰新闻综合'

    A portal's row may open with its own address and close with its tools, which name no outlet (新浪娱乐 2011,
    腾讯娱乐 2008):

    >>> dateline_source("http://www.sina.com.cn 2011年03月07日11:21 千龙网")
    '千龙网'
    >>> dateline_source("http://ent.QQ.com 2008年02月15日09:41 辽沈晚报 评论0条")
    '辽沈晚报'
    >>> dateline_source("2010年12月05日 02:44 武汉晨报 【大 中 小】 【打印】 共有评论0条")
    '武汉晨报'
    """
    text = _ROW_TAIL.split(_ROW_ADDRESS.sub(" ", text), maxsplit=1)[0]
    if len(text) > 40 or (parse_date(text) is None and not _RELATIVE_TIME.search(text)):
        return None
    rest = [t for t in DATE_BITS.sub(" ", _RELATIVE_TIME.sub(" ", text)).split()
            if not _FOLLOW.fullmatch(t) and not _FONT_SIZE.fullmatch(t)]
    rest = list(dict.fromkeys(rest))   # (the outlet's logo and its name: 央视新闻客户端 央视新闻客户端)
    if len(rest) == 1 and _OUTLET_NAME.match(rest[0]):
        return rest[0]
    return None


#: A row kept one cell a line ends each cell but the last with a bar; a row is a few cells.
BAR_ROW_CELLS = 8
_BARS = ("|", "｜")


def bar_row(blocks: list[Block], i: int) -> dict[str, str]:
    """The credits of line ``i`` when it is a cell of an info row that a scraper kept one cell a line, each cell
    but the last ending with the bar the page set between them (CSDN 资讯's ``发表于2015-05-22 15:11|`` /
    ``次阅读|`` / ``来源CSDN|`` / ``0 条评论|`` / ``作者胡茂华``): the cells are read as the row they were, and
    line ``i`` gives the credits whose values it holds. Text lines only; {} for any other line.

    >>> cells = ["发表于2015-05-22 15:11|", "次阅读|", "来源CSDN|", "0 条评论|", "作者胡茂华", "摘要：……"]
    >>> rows = [Block(k, c, tag="line") for k, c in enumerate(cells)]
    >>> bar_row(rows, 2), bar_row(rows, 4), bar_row(rows, 5)
    ({'source': 'CSDN'}, {'author': '胡茂华'}, {})
    >>> menu = [Block(k, c, tag="line") for k, c in enumerate(["首页 |", "来源地图 |", "作者投稿"])]
    >>> bar_row(menu, 2)   # a menu: no date in the row
    {}
    """
    def cell(k: int) -> bool:
        return 0 <= k < len(blocks) and blocks[k].tag == "line" and blocks[k].text.rstrip().endswith(_BARS)

    if blocks[i].tag != "line" or not (cell(i) or cell(i - 1)):
        return {}
    first = i
    while cell(first - 1) and i - first < BAR_ROW_CELLS:
        first -= 1
    last = i
    while cell(last) and last + 1 < len(blocks) and last - first < BAR_ROW_CELLS:
        last += 1
    row = " ".join(b.text.strip() for b in blocks[first:last + 1])
    own = blocks[i].text
    return {field: value for field, value in parse_credits(row).items() if field != "date" and value in own}
