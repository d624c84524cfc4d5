"""Navigation and breadcrumbs: menus of short linked labels, and the "you are here" trail.

>>> nav_separator_run(Block(0, "首页 | 新闻 | 体育 | 财经")), breadcrumb_trail(Block(0, "首页 > 国内 > 正文"))
(True, ['首页', '国内', '正文'])
"""
from __future__ import annotations

import re
from functools import lru_cache

from .chrome import (CRUMB_HINTS, NAV_HINTS, SENTENCE, SENTENCE_END, has_hint, letter_count, lexicon_regex,
                     phrase_coverage)
from ..document import Block

__all__ = ["split_breadcrumb", "breadcrumb_trail", "nav_separator_run", "nav_phrase_line", "nav_space_run",
           "nav_hint_block"]


# ------------------------------------------------------------------------------------------ breadcrumb
# Separators carry no whitespace quantifiers (split pieces are stripped): "\s*x\s*" is quadratic on long blanks.
# (the leading look-ahead names the characters a separator starts with, so other positions are skipped)
ARROW = re.compile(r"(?=[-=>＞»›→/／])(?:-{1,2}>|={1,2}>|>{1,2}|＞{1,2}|»|›|→|/|／)")
_BAR = re.compile(r"[|｜│]")
_CRUMB_STRIP = "：:·•[]【】()（）<>《》 \u3000\u00a0\t\r\n"
_BARE_LABEL = re.compile(r"^\s*[【\[]?位置")
_TRAIL_END = frozenset(("正文", "内容", "內容", "正文内容", "詳情", "详情", "文章"))


@lru_cache(maxsize=None)
def crumb_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    label = lexicon_regex("breadcrumb", "label").pattern
    home = lexicon_regex("breadcrumb", "home").pattern
    return (re.compile(rf"^\s{{0,3}}[【\[]?(?:{label})\s{{0,3}}[:：]?\s{{0,3}}[】\]]?\s{{0,3}}", re.I),
            re.compile(rf"^[\w]{{0,6}}?(?:{home})$", re.I))


def split_breadcrumb(text: str) -> tuple[list[str], bool]:
    """Crumbs of a breadcrumb-shaped line and whether it carried a location label.

    >>> split_breadcrumb("当前位置：首页 > 国内 > 正文")
    (['首页', '国内', '正文'], True)
    >>> split_breadcrumb("网易首页--> 主频道--> 消费真相")
    (['网易首页', '主频道', '消费真相'], False)
    >>> split_breadcrumb("当前位置：首页>>会议>>秘书处" + chr(9) + "双击自动滚屏")   # a table row's next cell
    (['首页', '会议', '秘书处'], True)
    """
    if "\t" in text:   # a table row (tables.join_data_rows): the trail ends with the last cell holding one
        cells = text.split("\t")
        last = max((i for i, c in enumerate(cells) if ARROW.search(c)), default=len(cells) - 1)
        text = " ".join(cells[: last + 1])
    label_re, _ = crumb_patterns()
    m = label_re.match(text)
    rest = text[m.end():] if m else text
    if ARROW.search(rest):
        parts = ARROW.split(rest)
    elif m and _BAR.search(rest):
        parts = _BAR.split(rest)
    elif m:
        parts = rest.split()
    else:
        parts = [rest]
    crumbs = [p.strip(_CRUMB_STRIP) for p in parts]
    return [c for c in crumbs if c], m is not None


def breadcrumb_trail(block: Block, title: str = "") -> list[str] | None:
    """The crumbs when ``block`` is a breadcrumb, else None.

    A trail is labelled (当前位置/您的位置 ...), starts with a home word
    (首页, 网易首页, Home), ends in 正文 or in the page's own headline (three crumbs or more, the last
    one found in ``title``, the page's ``<title>``), or sits in a breadcrumb-hinted element;
    crumbs are short (<= 20 chars) and hold no sentence punctuation.

    >>> breadcrumb_trail(Block(0, "首頁 > 人民論壇評論 > 正文"))
    ['首頁', '人民論壇評論', '正文']
    >>> breadcrumb_trail(Block(0, "某某书屋 > 都市小说 > 第十二章 雨夜来客"), "第十二章 雨夜来客_某某书屋")
    ['某某书屋', '都市小说', '第十二章 雨夜来客']
    >>> breadcrumb_trail(Block(0, "若 a > b 且 b > c，则 a > c。")) is None
    True
    >>> breadcrumb_trail(Block(0, "临江社区»论坛 › 临江杂谈 › 7路改线了，说说几种走法"), "7路改线了，说说几种走法 - 临江杂谈")[-1]
    '7路改线了，说说几种走法'
    """
    text = block.text
    if len(text) > 150 or SENTENCE_END.search(text.rstrip()):
        return None
    # Every way to a trail needs a location label, an arrow-like separator or a crumb hint: most
    # blocks have none and are settled here without being split.
    if not (ARROW.search(text) or crumb_patterns()[0].match(text) or has_hint(block, CRUMB_HINTS)):
        return None
    crumbs, labelled = split_breadcrumb(text)
    # The last crumb may be the page's own headline, punctuation and all (a forum thread's title).
    headline_last = len(crumbs) >= 3 and bool(title) and 2 <= len(crumbs[-1]) <= 80 and crumbs[-1] in title
    strict = crumbs[:-1] if headline_last else crumbs
    if not crumbs or len(crumbs) > 10 or any(len(c) > 20 or SENTENCE.search(c) for c in strict):
        return None
    # A hinted element holds a trail only when linked or split, and never a headline.
    hinted = (has_hint(block, CRUMB_HINTS) and not 0 < block.heading <= 3
              and (block.links >= 1 or len(crumbs) >= 2 or len(block.text) <= 3))
    if hinted and len(crumbs) == 1 and block.links >= 2:
        crumbs = text.split()
    # A bare "位置：" label also opens address lines ("位置：北京市朝阳区建国路88号"): it needs a trail.
    if labelled and len(crumbs) == 1 and _BARE_LABEL.match(text):
        return None
    if labelled or hinted:
        return crumbs
    _, home_re = crumb_patterns()
    if len(crumbs) >= 2 and (home_re.match(crumbs[0]) or crumbs[-1] in _TRAIL_END):
        return crumbs
    # 2 characters at least: a one-character crumb is found in any title
    if len(crumbs) >= 3 and title and len(crumbs[-1]) >= 2 and crumbs[-1] in title:
        return crumbs
    return None


# ------------------------------------------------------------------------------------------ navigation
# (the look-ahead names every character a separator can be: sre then skips other positions fast)
NAV_SEP = re.compile(r"(?=[|｜│¦·•・\-–—/／])(?:[|｜│¦]|(?<=\s)[·•・\-–—/／](?=\s))")
# Item length limits: menus hold labels of 2-8 characters; 12 allows 人民论坛评论-like
# channel names; latin labels ("About NetEase") get twice the room.
_ITEM_MAX = 12


def _item_ok(item: str) -> bool:
    limit = _ITEM_MAX * 2 if item.isascii() else _ITEM_MAX
    return 0 < len(item) <= limit and not SENTENCE.search(item)


def nav_separator_run(block: Block) -> bool:
    """A separator-joined run of short menu items.

    Three or more short items always qualify; two items only when the line is
    mostly nav phrases, because ``栏目 | 短标题`` is how headlines carry a column.

    >>> nav_separator_run(Block(0, "首页 | 新闻 | 体育 | 财经"))
    True
    >>> nav_separator_run(Block(0, "網站首頁 | 網站地圖"))
    True
    >>> nav_separator_run(Block(0, "人民论坛网评 | 践行人民城市理念，绘好社区治理“工笔画”"))
    False
    """
    if block.heading and block.link_density < 0.5:
        return False
    items = [i.strip() for i in NAV_SEP.split(block.text)]
    items = [i for i in items if i]
    if len(items) < 2 or not all(_item_ok(i) for i in items):
        return False
    if len(items) >= 3:
        return True
    return phrase_coverage(block.text, lexicon_regex("nav")) >= 0.5


def nav_phrase_line(block: Block, outside_prose: bool) -> bool:
    """A short line made of navigation phrases (每日推薦, 设为首页 加入收藏, 返回顶部).

    Inside the body span one phrase is not enough (a paragraph may be titled
    "关于我们"); there the line needs two phrases or mostly linked text.

    >>> nav_phrase_line(Block(0, "每日推薦"), True)
    True
    >>> nav_phrase_line(Block(0, "请先登录，再注册。"), True)
    False
    """
    text = block.text
    # 30 letters: longer lines are sentences or link lists, not one menu.
    if letter_count(text) > 30 or SENTENCE.search(text):
        return False
    pattern = lexicon_regex("nav")
    # 0.8: a menu line may carry a stray word ("最新更新设为首页收藏本站" is 0.67: kept).
    if phrase_coverage(text, pattern) < 0.8:
        return False
    return outside_prose or block.link_density >= 0.5 or len(pattern.findall(text)) >= 2


def nav_space_run(block: Block) -> bool:
    """Space-separated menu items with at least one nav phrase (``首頁 即時 影劇 運動 政治``).

    >>> nav_space_run(Block(0, "首页 新闻 体育 财经 娱乐"))
    True
    >>> nav_space_run(Block(0, "张三 李四 王五"))
    False
    """
    items = block.text.split()
    if len(items) < 4 or not all(len(i) <= 6 and not SENTENCE.search(i) for i in items):
        return False
    phrases = sum(1 for i in items if lexicon_regex("nav").fullmatch(i))
    # Five items with one nav phrase (首页 + four channels), or two phrases, or a linked menu.
    return (phrases >= 1 and len(items) >= 5) or phrases >= 2 or (phrases >= 1 and block.link_density >= 0.6)


def nav_hint_block(block: Block) -> bool:
    """A short, link-dominated block inside nav/menu/header/footer elements (HTML).

    >>> nav_hint_block(Block(0, "首頁 即時 影劇 運動", hints="inner nav_2 header", link_chars=10, links=4))
    True
    >>> nav_hint_block(Block(0, "黨建引領城市社區治理", tag="h1", hints="header"))
    False
    """
    # 0.6 link density: menus are links; a headline in <header> is not. 100 chars: menus are short.
    return (len(block.text) <= 100 and block.link_density >= 0.6
            and has_hint(block, NAV_HINTS))
