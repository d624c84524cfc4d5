"""Site chrome: navigation, breadcrumbs, share bars, related lists, copyright, ICP, comments, ads.

``mark_boilerplate`` labels the blocks that are page furniture rather than
content, through ``doc.remove_block(block, kind, rule)``; blocks an earlier
stage (spam) already labelled are left alone. It works on text pages (every
block a line) and on HTML pages (blocks also carry class/id ``hints``,
``link_chars``, ``links``, ``in_list``, ``container``).

Phrases live in data files (``data/boilerplate_<category>.txt``), each
compiled once per process into one alternation regex. A phrase must
*dominate* a short line before the line goes: prose that merely mentions
版权, 相关 or 首页 stays. Only ``breadcrumb`` also sets a field: the trail of
the first breadcrumb on the page.

>>> from webclean.document import Block, Document
>>> doc = Document(raw="")
>>> doc.blocks = [Block(0, "網站首頁 | 網站地圖"), Block(1, "首頁 > 人民論壇評論 > 正文"),
...               Block(2, "人民論壇網評 | 踐行人民城市理念，繪好社區治理“工筆畫”")]
>>> mark_boilerplate(doc, None)
>>> [b.label for b in doc.blocks], doc.value("breadcrumb")
(['navigation', 'breadcrumb', None], ['首頁', '人民論壇評論', '正文'])
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, NamedTuple, Sequence

from .document import Block, Document

__all__ = ["mark_boilerplate", "load_lexicon", "lexicon_regex", "phrase_coverage", "prose_span",
           "split_breadcrumb", "breadcrumb_trail", "nav_separator_run", "nav_phrase_line", "nav_space_run",
           "nav_hint_block", "share_line", "related_heading", "related_inline_link", "prev_next_link", "copyright_line",
           "icp_line", "comment_line", "comment_hint_block", "ad_line", "app_prompt_line",
           "image_credit_line", "CATEGORIES"]

_DATA = Path(__file__).resolve().parent / "data"
CATEGORIES = ("nav", "breadcrumb", "share", "related", "copyright", "icp", "comment", "ad", "app")


# ------------------------------------------------------------------------------------------ lexicons
@lru_cache(maxsize=None)
def load_lexicon(category: str) -> tuple[str, ...]:
    """The phrases of ``data/boilerplate_<category>.txt`` (comments and blank lines dropped).

    >>> "网站首页" in load_lexicon("nav") and "網站首頁" in load_lexicon("nav")
    True
    """
    if category not in CATEGORIES:
        raise ValueError(f"unknown boilerplate lexicon {category!r}")
    text = (_DATA / f"boilerplate_{category}.txt").read_text("utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=None)
def lexicon_regex(category: str, prefix: str = "") -> re.Pattern[str]:
    """One case-insensitive alternation over a lexicon, longest phrase first.

    Literal phrases are escaped; ``re:`` lines are bounded regex fragments. With
    ``prefix`` only the lines starting ``prefix`` are used (prefix removed).

    >>> lexicon_regex("share").findall("分享到：微信 微博 QQ空间")
    ['分享到', '微信', '微博', 'QQ空间']
    """
    parts: list[str] = []
    for line in load_lexicon(category):
        if prefix:
            if not line.startswith(prefix):
                continue
            line = line[len(prefix):]
        parts.append(line[3:] if line.startswith("re:") else re.escape(line))
    parts.sort(key=len, reverse=True)
    return re.compile("|".join(parts), re.I)


# ------------------------------------------------------------------------------------------ measures
# Everything that is not a letter or CJK character: the denominator of coverage ignores
# spaces, punctuation, separators and digits ("共 4 条评论" is 4 letters).
_FILLER = re.compile(r"[\W\d_]+")
# Sentence punctuation: a line holding it is prose (or a headline), never a menu.
_SENTENCE = re.compile(r"[。！？；，,!?;“”「」『』《》]")
# Used on rstripped text only: no whitespace quantifier before "$" (that would be quadratic).
_SENTENCE_END = re.compile(r"[。！？!?…][”」』）)]?$")


@lru_cache(maxsize=8192)
def _letters(text: str) -> int:
    # cached: every rule gates on it, so each block's text is measured once, not a dozen times
    return len(_FILLER.sub("", text))


def phrase_coverage(text: str, pattern: re.Pattern[str]) -> float:
    """Share of the line's letters that sit inside phrases of ``pattern`` (0.0 .. 1.0).

    >>> round(phrase_coverage("共 4 条评论", lexicon_regex("comment")), 2)
    0.75
    >>> phrase_coverage("该作品的版权问题已经解决。", lexicon_regex("copyright"))
    0.0
    """
    total = _letters(text)
    if not total:
        return 0.0
    covered = sum(_letters(m.group()) for m in pattern.finditer(text))
    return min(1.0, covered / total)


_FULL_STOP = re.compile(r"[。！？；]")


def _is_prose(block: Block) -> bool:
    # A body paragraph: 30+ letters with a full stop and mostly unlinked text (a comma-joined
    # keyword line, the usual spam header, has no full stop).
    return block.link_density < 0.3 and _letters(block.text) >= 30 and bool(_FULL_STOP.search(block.text))


def prose_span(blocks: Sequence[Block]) -> tuple[int, int]:
    """Positions of the first and last prose block, or (len, -1) when there is none.

    On text pages navigation and breadcrumbs sit before the first prose line,
    share bars, copyright and related lists after the last one.

    >>> prose_span([Block(0, "首页 | 新闻"), Block(1, "会议强调，要以建设创新、宜居、美丽、韧性的现代化人民城市为目标，推动城市高质量发展。")])
    (1, 1)
    """
    positions = [i for i, b in enumerate(blocks) if b.label in (None, "body") and _is_prose(b)]
    return (positions[0], positions[-1]) if positions else (len(blocks), -1)


# ------------------------------------------------------------------------------------------ hints
@lru_cache(maxsize=4096)
def _hint_words(hints: str) -> tuple[frozenset[str], frozenset[str]]:
    """(whole class/id tokens, their ``-``/``_`` parts); cached, as a container's blocks share hints."""
    tokens: set[str] = set()
    parts: set[str] = set()
    for token in hints.split():
        if re.search(r"(?:^|[-_])not?(?:[-_]|$)", token):
            continue  # "navigation-not-searchable" (MediaWiki hatnotes) says the opposite
        tokens.add(token)
        parts.update(w for w in re.split(r"[-_]+", token) if w)
    return frozenset(tokens), frozenset(parts | tokens)


class _Hints(NamedTuple):
    """Class/id vocabulary of one kind of chrome.

    ``tokens`` must be a whole class/id ("header" is a page bar, "card-header"
    is not); ``parts`` may be a ``-``/``_`` part of one; ``affixes`` may start
    or end a part ("mainnav", "sharebtn16").
    """

    tokens: frozenset[str] = frozenset()
    parts: frozenset[str] = frozenset()
    affixes: tuple[str, ...] = ()


_NAV_HINTS = _Hints(frozenset(("header", "footer", "topbar", "toolbar", "sitemap")),
                    frozenset(("nav", "navbar", "navigation", "navi", "menu", "menubar", "daohang")), ("nav", "menu"))
_SHARE_HINTS = _Hints(parts=frozenset(("share", "bdshare", "bshare", "jiathis", "social", "sns", "fenxiang")),
                      affixes=("share",))
# "position"/"location" only as whole classes: "position-relative" is a CSS utility.
_CRUMB_HINTS = _Hints(frozenset(("position", "location", "current-location", "curposition", "nowposition",
                                 "weizhi", "dangqian", "当前位置")),
                      frozenset(("breadcrumb", "breadcrumbs", "crumb", "crumbs", "bread")), ("crumb",))
_COMMENT_HINTS = _Hints(parts=frozenset(("comment", "comments", "cmt", "pinglun", "reply", "replies", "gentie")),
                        affixes=("comment",))
_AD_HINTS = _Hints(parts=frozenset(("ad", "ads", "adv", "advert", "adverts", "advertise", "advertisement",
                                    "advertising", "adtop", "adbox", "sponsor", "sponsored", "guanggao", "gg",
                                    "adsbygoogle")))
_AD_NUMBERED = re.compile(r"^ad[a-z]?\d+$")  # ad70, adR02 (lower-cased): numbered ad slots
_NOT_AFFIXED = frozenset(("navy",))            # a colour class, not a menu


def _has_hint(block: Block, vocabulary: _Hints) -> bool:
    return bool(block.hints) and _hints_match(block.hints, vocabulary)


@lru_cache(maxsize=8192)
def _hints_match(hints: str, vocabulary: _Hints) -> bool:
    # Cached per (hint string, vocabulary): the blocks of one container repeat both.
    tokens, parts = _hint_words(hints)
    if tokens & vocabulary.tokens or parts & vocabulary.parts:
        return True
    if any(_AD_NUMBERED.match(w) for w in parts) and vocabulary is _AD_HINTS:
        return True
    return any(w.startswith(a) or w.endswith(a) for w in parts - _NOT_AFFIXED for a in vocabulary.affixes)


# ------------------------------------------------------------------------------------------ breadcrumb
# Separators carry no whitespace quantifiers (split pieces are stripped): "\s*x\s*" is quadratic on long blanks.
_ARROW = re.compile(r"-{1,2}>|={1,2}>|>{1,2}|＞{1,2}|»|›|→|/|／")
_BAR = re.compile(r"[|｜│]")
_CRUMB_STRIP = "：:·•[]【】()（）<>《》 \u3000\u00a0\t\r\n"
_BARE_LABEL = re.compile(r"^\s*[【\[]?位置")
_TRAIL_END = frozenset(("正文", "内容", "內容", "正文内容", "詳情", "详情", "文章"))


@lru_cache(maxsize=None)
def _crumb_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    label = lexicon_regex("breadcrumb", "label:").pattern
    home = lexicon_regex("breadcrumb", "home:").pattern
    return (re.compile(rf"^\s{{0,3}}[【\[]?(?:{label})\s{{0,3}}[:：]?\s{{0,3}}[】\]]?\s{{0,3}}", re.I),
            re.compile(rf"^[\w]{{0,6}}?(?:{home})$", re.I))


def split_breadcrumb(text: str) -> tuple[list[str], bool]:
    """Crumbs of a breadcrumb-shaped line and whether it carried a location label.

    >>> split_breadcrumb("当前位置：首页 > 国内 > 正文")
    (['首页', '国内', '正文'], True)
    >>> split_breadcrumb("网易首页--> 主频道--> 消费真相")
    (['网易首页', '主频道', '消费真相'], False)
    """
    label_re, _ = _crumb_patterns()
    m = label_re.match(text)
    rest = text[m.end():] if m else text
    if _ARROW.search(rest):
        parts = _ARROW.split(rest)
    elif m and _BAR.search(rest):
        parts = _BAR.split(rest)
    elif m:
        parts = rest.split()
    else:
        parts = [rest]
    crumbs = [p.strip(_CRUMB_STRIP) for p in parts]
    return [c for c in crumbs if c], m is not None


def breadcrumb_trail(block: Block) -> list[str] | None:
    """The crumbs when ``block`` is a breadcrumb, else None.

    A trail is labelled (当前位置/您的位置 ...), starts with a home word
    (首页, 网易首页, Home), ends in 正文, or sits in a breadcrumb-hinted element;
    crumbs are short (<= 20 chars) and hold no sentence punctuation.

    >>> breadcrumb_trail(Block(0, "首頁 > 人民論壇評論 > 正文"))
    ['首頁', '人民論壇評論', '正文']
    >>> breadcrumb_trail(Block(0, "若 a > b 且 b > c，则 a > c。")) is None
    True
    """
    text = block.text
    if len(text) > 150 or _SENTENCE_END.search(text.rstrip()):
        return None
    # Every way to a trail needs a location label, an arrow-like separator or a crumb hint: most
    # blocks have none and are settled here without being split.
    if not (_ARROW.search(text) or _crumb_patterns()[0].match(text) or _has_hint(block, _CRUMB_HINTS)):
        return None
    crumbs, labelled = split_breadcrumb(text)
    if not crumbs or len(crumbs) > 10 or any(len(c) > 20 or _SENTENCE.search(c) for c in crumbs):
        return None
    # A hinted element holds a trail only when linked or split, and never a headline.
    hinted = (_has_hint(block, _CRUMB_HINTS) and not 0 < block.heading <= 3
              and (block.links >= 1 or len(crumbs) >= 2 or len(block.text) <= 3))
    if hinted and len(crumbs) == 1 and block.links >= 2:
        crumbs = text.split()
    # A bare "位置：" label also opens address lines ("位置：北京市朝阳区建国路88号"): it needs a trail.
    if labelled and len(crumbs) == 1 and _BARE_LABEL.match(text):
        return None
    if labelled or hinted:
        return crumbs
    _, home_re = _crumb_patterns()
    if len(crumbs) >= 2 and (home_re.match(crumbs[0]) or crumbs[-1] in _TRAIL_END):
        return crumbs
    return None


# ------------------------------------------------------------------------------------------ navigation
_NAV_SEP = re.compile(r"[|｜│¦]|(?<=\s)[·•・\-–—/／](?=\s)")
# Item length limits: menus hold labels of 2-8 characters; 12 allows 人民论坛评论-like
# channel names; latin labels ("About NetEase") get twice the room.
_ITEM_MAX = 12


def _item_ok(item: str) -> bool:
    limit = _ITEM_MAX * 2 if item.isascii() else _ITEM_MAX
    return 0 < len(item) <= limit and not _SENTENCE.search(item)


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
    items = [i.strip() for i in _NAV_SEP.split(block.text)]
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
    if _letters(text) > 30 or _SENTENCE.search(text):
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
    if len(items) < 4 or not all(len(i) <= 6 and not _SENTENCE.search(i) for i in items):
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
            and _has_hint(block, _NAV_HINTS))


# ------------------------------------------------------------------------------------------ after the body
def share_line(block: Block) -> bool:
    """A share bar: share prompts and platform names make up a short line or a share-hinted block.

    >>> share_line(Block(0, "分享到：微信 微博 QQ空间 朋友圈"))
    True
    >>> share_line(Block(0, "谢谢分享文章！"))
    False
    """
    text = block.text
    if _letters(text) > 40:
        return False
    # 0.7: the share widget is all platform names; "行程分享 (3)" (0.5) is a blog category.
    if phrase_coverage(text, lexicon_regex("share")) >= 0.7:
        return True
    return len(text) <= 60 and _has_hint(block, _SHARE_HINTS)


def related_heading(block: Block) -> bool:
    """The heading of a related / recommended / popular list (相关阅读, 猜你喜欢, 【热门推荐】).

    >>> related_heading(Block(0, "【相关阅读】"))
    True
    >>> related_heading(Block(0, "找相关的原则"))
    False
    """
    # 12 letters and 0.75 coverage: a heading is the phrase plus brackets or a word of decoration.
    # A year or time in the line makes it a dateline ("最新更新：2016/03/19 10:48"), which metadata owns.
    text = block.text
    return (_letters(text) <= 12 and not re.search(r"\d{4}|\d:\d", text)
            and phrase_coverage(text, lexicon_regex("related")) >= 0.75)


_LEAD = re.compile(r"^[\W_]{0,3}")


def related_inline_link(block: Block) -> bool:
    """A related heading with its one link on the same line (``相关阅读：社区服务站有了新变化``).

    >>> related_inline_link(Block(0, "【相关阅读】社区服务站有了新变化"))
    True
    >>> related_inline_link(Block(0, "推荐阅读：这篇文章讲了社区服务站的变化。"))
    False
    """
    text = block.text
    # 60 chars and no sentence end: a title, not a paragraph that begins with a heading word.
    if len(text) > 60 or _SENTENCE_END.search(text.rstrip()):
        return False
    start = _LEAD.match(text).end()
    m = lexicon_regex("related").match(text, start)
    return m is not None and bool(re.match(r"\s{0,3}[:：】\]》>]", text[m.end():])) and _letters(text[m.end():]) > 0


_PREV_NEXT = re.compile(r"^\W{0,3}(?:此分[类類])?[上下]一(?:篇|則|则|条|條|篇文章)\s{0,3}[:：]?")


def prev_next_link(block: Block) -> bool:
    """A previous/next article link (``上一篇：走进莫内遇见落羽松``).

    >>> prev_next_link(Block(0, "下一篇： 走進莫內遇見落羽松_菁芳園"))
    True
    >>> prev_next_link(Block(0, "上一篇文章中我们讨论了城市治理的三个问题，这一篇继续。"))
    False
    """
    return len(block.text) <= 80 and bool(_PREV_NEXT.match(block.text)) and not _SENTENCE.search(block.text)


_DIGITS = re.compile(r"\d")


def _list_item(block: Block, heading: Block, taken: int) -> bool:
    """Whether ``block`` continues the link list under a related heading (``taken`` items so far)."""
    text = block.text
    if len(_DIGITS.findall(text)) >= 4 and _letters(text) <= 6:
        return False  # a bare date/time line starts the next post or the byline, not a title
    if heading.tag != "line" or block.tag != "line":
        # HTML: linked titles right after the heading, in its container or in a list (the
        # <ul> of titles is usually a container of its own).
        near = heading.container < 0 or block.container == heading.container or block.in_list
        return near and block.link_density >= 0.5 and len(text) <= 120
    # Text: one contiguous run of title lines (60 chars, no sentence end); a blank line after
    # the first item ends it, as scraped text separates page regions with blank lines.
    if taken and block.blank_before:
        return False
    return len(text) <= 60 and "。" not in text and not _SENTENCE_END.search(text.rstrip())


_WEAK_NOTICE = frozenset(("未经授权", "未經授權", "非经授权", "非經授權", "不得转载", "不得轉載", "禁止转载", "禁止轉載"))
# "版权所有者/人/方": prose about a rights holder, not a notice.
_COPYRIGHT_PROSE = re.compile(r"版[权權]所有(?:者|人|方|权|權)")


def copyright_line(block: Block, after_body: bool) -> bool:
    """A copyright or reprint notice (``Copyright © 2010-2017 shjnet.cn 版权所有``).

    The notice opens the line (first 20 chars, no clause before it), or two notice phrases meet in
    it, or it follows the body; lines stay under 300 chars. A short line
    qualifies when notice phrases make up half of it.

    >>> copyright_line(Block(0, "© 2015-2020 Henan Daily, All Rights Reserved 河南日报版权所有"), False)
    True
    >>> copyright_line(Block(0, "他表示，该作品的版权所有者已授权本报刊登全文。"), False)
    False
    >>> copyright_line(Block(0, "未经书面授权不得复制或建立镜像"), False)
    True
    >>> copyright_line(Block(0, "他说未经书面授权的转载已被法院认定侵权。"), False)
    False
    """
    text = block.text
    if len(text) > 300 or _COPYRIGHT_PROSE.search(text):
        return False
    pattern = lexicon_regex("copyright")
    matches = list(pattern.finditer(text))
    if not matches:
        return False
    if after_body or len(matches) >= 2:
        return True
    # "Opens the line": within 20 chars and no clause before it ("记者了解到，…“版权所有”" is prose).
    # A lone "未经授权/不得转载" opening a sentence that ends in 。 is prose about the law.
    first = matches[0]
    opens = first.start() <= 20 and not _SENTENCE.search(text[:first.start()])
    weak = first.group() in _WEAK_NOTICE or first.group()[:2] in ("未经", "未經")
    if opens and not (weak and _FULL_STOP.search(text)):
        return True
    return _letters(text) <= 30 and phrase_coverage(text, pattern) >= 0.5


def icp_line(block: Block) -> bool:
    """An ICP filing or licence line (``京ICP备12345678号``, ``京公网安备11010502000001号``).

    >>> icp_line(Block(0, "吉ICP备10003441号"))
    True
    >>> icp_line(Block(0, "按规定，网站须先办理ICP备案才能上线运营，监管部门近日开展了专项检查。"))
    False
    """
    text = block.text
    if len(text) > 200 or lexicon_regex("icp").search(text) is None:
        return False
    # A sentence about ICP rules is prose; a licence line has no sentence end.
    return not (_is_prose(block) and _SENTENCE_END.search(text.rstrip()))


def comment_line(block: Block) -> bool:
    """A comment-area prompt or heading (``网友评论 0 条``, ``我要评论(0)``, ``发表评论``).

    >>> comment_line(Block(0, "我要评论(0)"))
    True
    >>> comment_line(Block(0, "评论人：龚刚（清华大学经管学院）"))
    False
    """
    # 20 letters, 0.6 coverage: prompts are short and all chrome.
    return _letters(block.text) <= 20 and phrase_coverage(block.text, lexicon_regex("comment")) >= 0.6


def comment_hint_block(block: Block) -> bool:
    """A block inside a comment-hinted element (reader comments on HTML pages).

    >>> comment_hint_block(Block(0, "真是個美麗的好地方，感謝分享～", tag="li", hints="post-text comment-text"))
    True
    """
    return _has_hint(block, _COMMENT_HINTS)


def ad_line(block: Block) -> bool:
    """An ad slot label (``广告``, ``顶部通栏广告``) or a short block in an ad-hinted element.

    >>> ad_line(Block(0, "侧栏广告02"))
    True
    >>> ad_line(Block(0, "招聘广告"))
    False
    """
    text = block.text
    # 12 letters and 0.6: "招聘广告" (a song title, 0.5) stays.
    if _letters(text) <= 12 and phrase_coverage(text, lexicon_regex("ad")) >= 0.6:
        return True
    if len(text) > 200 or not block.hints:
        return False
    return _has_hint(block, _AD_HINTS)


def app_prompt_line(block: Block) -> bool:
    """An app-download or QR-code prompt (``扫描二维码关注我们``, ``下载快报APP``).

    >>> app_prompt_line(Block(0, "扫描二维码，下载客户端"))
    True
    >>> app_prompt_line(Block(0, "来源：河南日报客户端"))
    False
    """
    # 30 letters, 0.4: the prompt plus a site name ("扫码关注人民网") is still a prompt.
    return _letters(block.text) <= 30 and phrase_coverage(block.text, lexicon_regex("app")) >= 0.4


_CREDIT = re.compile(
    r"^[（(【\[]?\s{0,3}(?:图片来源|圖片來源|图片提供|圖片提供|图片|圖片|图源|圖源|配图|配圖|题图|題圖|资料图片?|資料圖片?"
    r"|摄影|攝影|图|圖)\s{0,3}[:：/／]\s{0,3}[^\s，。！？]{1,20}(?:\s[^\s，。！？]{1,20}){0,3}\s{0,3}[）)】\]]?$")
_NAMES = r"[\u4e00-\u9fff·]{2,4}(?:(?:\s?、\s?|\s{1,3})[\u4e00-\u9fff·]{2,4}){0,3}"
# "…记者 张三 摄" or "张三 摄" (a space before 摄, so 拍摄-like words do not match).
_PHOTO_BY = re.compile(
    rf"^[（(]?(?:[图圖][为為][^。]{{0,60}}。\s{{0,3}})?(?:[\u4e00-\u9fff]{{0,10}}[记記]者\s{{0,3}}{_NAMES}\s{{0,3}}|{_NAMES}\s{{1,3}})"
    r"[摄攝](?:影)?[）)]?$")


def image_credit_line(block: Block) -> bool:
    """An image credit standing alone (``（图片来源：视觉中国）``, ``新华社记者 张三 摄``).

    A caption sentence with a credit goes only when short (80 chars); longer
    captions describe the picture and are left to body selection.

    >>> image_credit_line(Block(0, "（图片来源：视觉中国）"))
    True
    >>> image_credit_line(Block(0, "图为7月14日拍摄的社区服务站。新华社记者 张三 摄"))
    True
    >>> image_credit_line(Block(0, "摄影爱好者在公园里拍下了这一幕，照片随后在网上广为流传。"))
    False
    """
    text = block.text
    if len(text) > 80:
        return False
    return bool(_CREDIT.match(text) or _PHOTO_BY.match(text))


# ------------------------------------------------------------------------------------------ the stage
# A rule sees the block and where it sits: (outside the body span, after the body span).
_Test = Callable[[Block, "tuple[bool, bool]"], bool]
# Each rule with the size bounds it checks first itself (max characters, max letters; 0 = none): the
# dispatcher skips a rule the block is too long for without calling it, which matters on pages of
# thousands of blocks. The bounds repeat the rules' own first test, so skipping changes nothing.
# Order matters: specific kinds first, navigation (the broadest) last but one.
_RULES: tuple[tuple[str, str, _Test, int, int], ...] = (
    ("icp", "icp_line", lambda b, w: icp_line(b), 200, 0),
    ("copyright", "copyright_line", lambda b, w: copyright_line(b, w[1]), 300, 0),
    ("share", "share_line", lambda b, w: share_line(b), 0, 40),
    ("app_prompt", "app_prompt_line", lambda b, w: app_prompt_line(b), 0, 30),
    ("comment", "comment_line", lambda b, w: comment_line(b), 0, 20),
    ("navigation", "nav_hint_block", lambda b, w: nav_hint_block(b), 100, 0),
    ("related", "related_heading", lambda b, w: related_heading(b), 0, 12),
    ("related", "prev_next_link", lambda b, w: prev_next_link(b), 80, 0),
    ("related", "related_inline_link", lambda b, w: related_inline_link(b), 60, 0),
    ("ad", "ad_line", lambda b, w: ad_line(b), 0, 0),
    ("navigation", "nav_separator_run", lambda b, w: nav_separator_run(b), 0, 0),
    ("navigation", "nav_phrase_line", lambda b, w: nav_phrase_line(b, w[0]), 0, 30),
    ("navigation", "nav_space_run", lambda b, w: nav_space_run(b), 0, 0),
    ("image_credit", "image_credit_line", lambda b, w: image_credit_line(b), 80, 0),
)
# Labelled credit and date lines belong to metadata ("来源：新华网 | 编辑：李四 | 2025-07-14" is
# not a menu): no rule here takes a short one, and they end a related list.
_METADATA_LINE = re.compile(r"(?:[责責]任[编編][辑輯]|[责責][编編]|(?<![图圖]片)[来來]\s?源|作\s?者|[编編]\s?[辑輯]|[发發][布佈表](?:时间|時間|日期))"
                            r"\s{0,3}[:：]")
_MAX_LIST = 30     # a related list longer than this is a listing page, not a side list
_MAX_TEXT = 400    # no rule labels a block longer than this: it is content (or spam's business)


def _crumb_run(blocks: Sequence[Block], start: int) -> list[Block]:
    """A hinted breadcrumb and the crumb-hinted blocks right after it (HTML trails split per element)."""
    first = blocks[start]
    run = [first]
    if first.tag == "line" or len(split_breadcrumb(first.text)[0]) > 1 or not _has_hint(first, _CRUMB_HINTS):
        return run
    for block in blocks[start + 1:start + 20]:
        # 30 chars: one crumb or a separator; anything longer is the page again.
        if block.label is not None or len(block.text) > 30 or not _has_hint(block, _CRUMB_HINTS):
            break
        run.append(block)
    return run


def _classify(block: Block, where: tuple[bool, bool], keep_comments: bool) -> tuple[str, str, list[str] | None] | None:
    # 150 chars: a byline or dateline is short; a long notice that quotes "来源：" is still a notice.
    if len(block.text) > _MAX_TEXT or (len(block.text) <= 150 and _METADATA_LINE.search(block.text)):
        return None
    crumbs = breadcrumb_trail(block)
    if crumbs:
        return "breadcrumb", "breadcrumb_trail", crumbs
    size, letters = len(block.text), _letters(block.text)
    for kind, rule, test, max_size, max_letters in _RULES:
        if (max_size and size > max_size) or (max_letters and letters > max_letters):
            continue
        if test(block, where):
            return kind, rule, None
    if not keep_comments and comment_hint_block(block):
        return "comment", "comment_hint_block", None
    return None


@lru_cache(maxsize=4096)
def _without(hints: str, wide: frozenset[str]) -> str:
    return " ".join(t for t in hints.split() if t not in wide)


def _page_wide_hints(blocks: Sequence[Block], first: int) -> frozenset[str]:
    """Class/id tokens around the first prose paragraph: they wrap the article, so they are not chrome.

    ``<body class="ad-free comments-open">`` would otherwise make every block an ad or a comment.
    """
    return _hint_words(blocks[first].hints)[0] if first < len(blocks) and blocks[first].hints else frozenset()


def mark_boilerplate(doc: Document, opts: Any) -> None:
    """Label navigation, breadcrumb, share, related, copyright, ICP, comment, ad, app and credit blocks.

    The first breadcrumb found also sets the ``breadcrumb`` field. After a
    related heading, the link list that follows it is labelled too.
    """
    blocks = doc.blocks
    first, last = prose_span(blocks)
    keep_comments = bool(getattr(opts, "keep_comments", False))
    wide = _page_wide_hints(blocks, first)
    heading: Block | None = None
    items = 0
    for i, block in enumerate(blocks):
        if i % 200 == 199:
            doc.check_budget("boilerplate")
        if block.label is not None:
            continue
        own_hints = block.hints
        if wide and own_hints:
            # the rules see the block without the page-wide words (restored right after: the
            # document is this call's own, so the brief swap is invisible outside)
            block.hints = _without(own_hints, wide)
        try:
            found = _classify(block, (i < first or i > last, i > last), keep_comments)
        finally:
            block.hints = own_hints
        if heading is not None and found is None and items < _MAX_LIST and _list_item(block, heading, items) \
                and not _METADATA_LINE.search(block.text):
            doc.remove_block(block, "related", "related_list_item")
            items += 1
            continue
        heading = None
        if found is None:
            continue
        kind, rule, crumbs = found
        if crumbs:
            run = _crumb_run(blocks, i)
            crumbs = [c for b in run for c in split_breadcrumb(b.text)[0]]
            doc.set_field("breadcrumb", crumbs, rule, " ".join(b.text for b in run))
            for extra in run[1:]:
                doc.remove_block(extra, kind, rule)
        doc.remove_block(block, kind, rule)
        if rule == "related_heading":
            heading, items = block, 0
