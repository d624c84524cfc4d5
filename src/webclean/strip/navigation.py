"""Navigation and breadcrumbs: menus of short linked labels, and the "you are here" trail.

>>> nav_separator_run(Block(0, "首页 | 新闻 | 体育 | 财经")), breadcrumb_trail(Block(0, "首页 > 国内 > 正文"))
(True, ['首页', '国内', '正文'])
"""
from __future__ import annotations

import re
from functools import cache

from ..document import Block
from .chrome import (
    CRUMB_HINTS,
    NAV_HINTS,
    SENTENCE,
    SENTENCE_END,
    has_hint,
    letter_count,
    lexicon_regex,
    load_lexicon,
    phrase_coverage,
)

__all__ = ["split_breadcrumb", "breadcrumb_trail", "nav_separator_run", "nav_phrase_line", "nav_space_run",
           "nav_hint_block"]


# ------------------------------------------------------------------------------------------ breadcrumb
# Separators carry no whitespace quantifiers (split pieces are stripped): "\s*x\s*" is quadratic on long blanks.
# Every branch opens with a literal (--?> for -{1,2}>): sre skips to the positions holding one. (A leading
# look-ahead on those characters, as before, is itself tried at every position: three times slower.)
ARROW = re.compile(r"--?>|==?>|>>?|＞＞?|»|›|→|/|／")
_BAR = re.compile(r"[|｜│]")
_BARE_LABEL = re.compile(r"^\s*[【\[]?位置")
_TRAIL_END = frozenset(load_lexicon("breadcrumb", "end"))


@cache
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
    crumbs = [crumb_text(p) for p in parts]
    return [c for c in crumbs if c], m is not None


_CRUMB_SPACES = "：:·• \u3000\u00a0\t\r\n"
_BRACKET_PAIRS = {"[": "]", "【": "】", "(": ")", "（": "）", "<": ">", "《": "》"}
_CLOSERS = {close: open_ for open_, close in _BRACKET_PAIRS.items()}


def crumb_text(part: str) -> str:
    """One crumb of a trail without its padding: spaces and colons, brackets around the whole crumb (``[国内]``,
    ``《人民日报》``) and a bracket left alone at an end, but not a bracket whose pair the crumb holds (TVBS's last
    crumb ``《食尚玩家》前進南美印加帝國－秘魯五部曲``, the headline).

    >>> crumb_text(" 《人民日报》 "), crumb_text("《食尚玩家》前進南美"), crumb_text("国内】"), crumb_text("[ 首页 ]")
    ('人民日报', '《食尚玩家》前進南美', '国内', '首页')
    """
    crumb = part.strip(_CRUMB_SPACES)
    while crumb[1:] and crumb[0] in _BRACKET_PAIRS and crumb[-1] == _BRACKET_PAIRS[crumb[0]] \
            and crumb.count(crumb[-1]) == 1:
        crumb = crumb[1:-1].strip(_CRUMB_SPACES)
    while crumb and crumb[0] in _BRACKET_PAIRS and _BRACKET_PAIRS[crumb[0]] not in crumb:
        crumb = crumb[1:].strip(_CRUMB_SPACES)
    while crumb and crumb[-1] in _CLOSERS and _CLOSERS[crumb[-1]] not in crumb:
        crumb = crumb[:-1].strip(_CRUMB_SPACES)
    return crumb


#: A trail is one short line; a longer block is text that happens to hold arrows.
TRAIL_MAX_CHARS = 150
#: A trail that starts at home or ends at 正文 (or sits in a hinted element) has two crumbs at least.
TRAIL_MIN_CRUMBS = 2
#: Crumbs are short labels, and a trail has a few of them ...
CRUMB_MAX_CHARS = 20
MAX_CRUMBS = 10
#: ... except a last crumb that is the page's own headline (three crumbs at least, 2-80 characters:
#: a one-character crumb is found in any title).
HEADLINE_TRAIL_MIN_CRUMBS = 3
HEADLINE_CRUMB_MIN_CHARS = 2
HEADLINE_CRUMB_MAX_CHARS = 80
#: A hinted element whose text is this short (a separator, 首页) belongs to the trail around it.
HINTED_CRUMB_MAX_CHARS = 3
#: A hinted element holding one crumb but several links is a trail joined by spaces.
HINTED_SPACE_TRAIL_LINKS = 2
#: Headings h1-h3 in a crumb-hinted element are the page's headline, never a trail.
HEADLINE_LEVELS = 3


def breadcrumb_trail(block: Block, title: str = "") -> list[str] | None:
    """The crumbs when ``block`` is a breadcrumb, else None.

    A trail is labelled (当前位置/您的位置 ...), starts with a home word
    (首页, 网易首页, Home), ends in 正文 or in the page's own headline (three crumbs or more, the last
    one found in ``title``, the page's ``<title>``), or sits in a breadcrumb-hinted element;
    crumbs are short (:data:`CRUMB_MAX_CHARS`) and hold no sentence punctuation.

    >>> breadcrumb_trail(Block(0, "首頁 > 人民論壇評論 > 正文"))
    ['首頁', '人民論壇評論', '正文']
    >>> breadcrumb_trail(Block(0, "某某书屋 > 都市小说 > 第十二章 雨夜来客"), "第十二章 雨夜来客_某某书屋")
    ['某某书屋', '都市小说', '第十二章 雨夜来客']
    >>> breadcrumb_trail(Block(0, "若 a > b 且 b > c，则 a > c。")) is None
    True
    >>> trail = Block(0, "临江社区»论坛 › 临江杂谈 › 7路改线了，说说几种走法")
    >>> breadcrumb_trail(trail, "7路改线了，说说几种走法 - 临江杂谈")[-1]
    '7路改线了，说说几种走法'
    """
    text = block.text
    if len(text) > TRAIL_MAX_CHARS or SENTENCE_END.search(text.rstrip()):
        return None
    # Every way to a trail needs a location label, an arrow-like separator or a crumb hint: most
    # blocks have none and are settled here without being split.
    if not (ARROW.search(text) or crumb_patterns()[0].match(text) or has_hint(block, CRUMB_HINTS)):
        return None
    crumbs, labelled = split_breadcrumb(text)
    # The last crumb may be the page's own headline, punctuation and all (a forum thread's title).
    headline_last = (len(crumbs) >= HEADLINE_TRAIL_MIN_CRUMBS and bool(title) and crumbs[-1] in title
                     and HEADLINE_CRUMB_MIN_CHARS <= len(crumbs[-1]) <= HEADLINE_CRUMB_MAX_CHARS)
    strict = crumbs[:-1] if headline_last else crumbs
    if not crumbs or len(crumbs) > MAX_CRUMBS or any(len(c) > CRUMB_MAX_CHARS or SENTENCE.search(c) for c in strict):
        return None
    # A hinted element holds a trail only when linked or split, and never a headline.
    hinted = (has_hint(block, CRUMB_HINTS) and not 0 < block.heading <= HEADLINE_LEVELS
              and (block.links >= 1 or len(crumbs) >= TRAIL_MIN_CRUMBS or len(block.text) <= HINTED_CRUMB_MAX_CHARS))
    if hinted and len(crumbs) == 1 and block.links >= HINTED_SPACE_TRAIL_LINKS:
        crumbs = text.split()
    # A bare "位置：" label also opens address lines ("位置：北京市朝阳区建国路88号"): it needs a trail.
    if labelled and len(crumbs) == 1 and _BARE_LABEL.match(text):
        return None
    if labelled or hinted:
        return crumbs
    _, home_re = crumb_patterns()
    if len(crumbs) >= TRAIL_MIN_CRUMBS and (home_re.match(crumbs[0]) or crumbs[-1] in _TRAIL_END):
        return crumbs
    if (len(crumbs) >= HEADLINE_TRAIL_MIN_CRUMBS and title and len(crumbs[-1]) >= HEADLINE_CRUMB_MIN_CHARS
            and crumbs[-1] in title):
        return crumbs
    return None


# ------------------------------------------------------------------------------------------ navigation
# A bar, or a dot, dash or slash between spaces. The pattern opens with the class of every separator (sre skips
# to the positions holding one; a look-ahead on it is tried at every position, three times slower), and the
# look-behinds read the character just matched.
NAV_SEP = re.compile(r"[|｜│¦·•・\-–—/／](?:(?<=[|｜│¦])|(?<=\s[·•・\-–—/／])(?=\s))")
#: Menus hold labels of 2-8 characters; 12 allows 人民论坛评论-like channel names ...
NAV_ITEM_MAX = 12
#: ... and Latin labels ("About NetEase") get twice the room.
NAV_LATIN_ITEM_MAX = 2 * NAV_ITEM_MAX
#: A heading is a menu only when mostly linked.
NAV_HEADING_LINKED = 0.5
#: A menu has two items at least; three items always make one; two only when mostly nav phrases
#: (``栏目 | 短标题`` is a headline).
NAV_MIN_ITEMS = 2
NAV_SEPARATED_ITEMS = 3
NAV_TWO_ITEMS_MIN_COVERAGE = 0.5


# A full date (2018-01-11, 2018年1月11日): an info row's cell, never a menu item.
_DAY = re.compile(r"(?<!\d)\d{4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}(?!\d)")


def _item_ok(item: str) -> bool:
    limit = NAV_LATIN_ITEM_MAX if item.isascii() else NAV_ITEM_MAX
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
    >>> nav_separator_run(Block(0, "2018-01-11 | 阅读： | 供稿：通讯员 林超群"))   # an info row: a menu holds no day
    False
    """
    if block.heading and block.link_density < NAV_HEADING_LINKED:
        return False
    items = [i.strip() for i in NAV_SEP.split(block.text)]
    items = [i for i in items if i]
    if len(items) < NAV_MIN_ITEMS or not all(_item_ok(i) for i in items) or any(_DAY.search(i) for i in items):
        return False
    if len(items) >= NAV_SEPARATED_ITEMS:
        return True
    return phrase_coverage(block.text, lexicon_regex("nav")) >= NAV_TWO_ITEMS_MIN_COVERAGE


#: Longer lines are sentences or link lists, not one menu.
NAV_PHRASE_MAX_LETTERS = 30
#: A menu line may carry a stray word ("最新更新设为首页收藏本站" is 0.67: kept).
NAV_PHRASE_MIN_COVERAGE = 0.8
#: Inside the body span the line needs two phrases or mostly linked text (a paragraph may be titled 关于我们).
NAV_PHRASES_INSIDE = 2
NAV_LINKED = 0.5
#: Space-separated menus: at least four items of at most six characters ...
NAV_SPACE_MIN_ITEMS = 4
NAV_SPACE_ITEM_MAX = 6
#: ... and five items with one nav phrase (首页 + four channels), or two phrases, or a linked menu.
NAV_SPACE_ONE_PHRASE_ITEMS = 5
NAV_SPACE_PHRASES = 2
NAV_SPACE_LINKED = 0.6


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
    if letter_count(text) > NAV_PHRASE_MAX_LETTERS or SENTENCE.search(text):
        return False
    pattern = lexicon_regex("nav")
    if phrase_coverage(text, pattern) < NAV_PHRASE_MIN_COVERAGE:
        return False
    return outside_prose or block.link_density >= NAV_LINKED or len(pattern.findall(text)) >= NAV_PHRASES_INSIDE


def nav_space_run(block: Block) -> bool:
    """Space-separated menu items with at least one nav phrase (``首頁 即時 影劇 運動 政治``).

    >>> nav_space_run(Block(0, "首页 新闻 体育 财经 娱乐"))
    True
    >>> nav_space_run(Block(0, "张三 李四 王五"))
    False
    """
    items = block.text.split()
    if len(items) < NAV_SPACE_MIN_ITEMS or not all(len(i) <= NAV_SPACE_ITEM_MAX and not SENTENCE.search(i)
                                                    for i in items):
        return False
    phrases = sum(1 for i in items if lexicon_regex("nav").fullmatch(i))
    return ((phrases >= 1 and len(items) >= NAV_SPACE_ONE_PHRASE_ITEMS) or phrases >= NAV_SPACE_PHRASES
            or (phrases >= 1 and block.link_density >= NAV_SPACE_LINKED))


#: Menus are short ...
NAV_HINT_MAX_CHARS = 100
#: ... and made of links: a headline in <header> is not.
NAV_HINT_MIN_LINK_DENSITY = 0.6


def nav_hint_block(block: Block) -> bool:
    """A short, link-dominated block inside nav/menu/header/footer elements (HTML).

    >>> nav_hint_block(Block(0, "首頁 即時 影劇 運動", hints="inner nav_2 header", link_chars=10, links=4))
    True
    >>> nav_hint_block(Block(0, "黨建引領城市社區治理", tag="h1", hints="header"))
    False
    """
    return (len(block.text) <= NAV_HINT_MAX_CHARS and block.link_density >= NAV_HINT_MIN_LINK_DENSITY
            and has_hint(block, NAV_HINTS))
