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
from typing import Any, Callable, Sequence

from .chrome import (AD_HINTS, COMMENT_HINTS, NAV_HINTS, SHARE_HINTS, CATEGORIES, FULL_STOP, SENTENCE, SENTENCE_END,
                     has_hint, hint_words, hints_match, is_prose_block, letter_count, phrase_gate, blocks_matching, fold, load_lexicon,
                     lexicon_regex, phrase_coverage, prose_span)
from ..document import Block, Document
from .navigation import (ARROW, CRUMB_HINTS, NAV_SEP, breadcrumb_trail, nav_hint_block, nav_phrase_line,
                         nav_separator_run, nav_space_run, split_breadcrumb)

__all__ = ["mark_boilerplate", "load_lexicon", "lexicon_regex", "phrase_coverage", "prose_span",
           "split_breadcrumb", "breadcrumb_trail", "nav_separator_run", "nav_phrase_line", "nav_space_run",
           "nav_hint_block", "share_line", "related_heading", "related_inline_link", "prev_next_link", "copyright_line",
           "icp_line", "comment_line", "comment_hint_block", "ad_line", "app_prompt_line", "reader_prompt_line",
           "image_credit_line", "CATEGORIES"]


# ------------------------------------------------------------------------------------------ after the body
def share_line(block: Block) -> bool:
    """A share bar: share prompts and platform names make up a short line or a share-hinted block.

    >>> share_line(Block(0, "分享到：微信 微博 QQ空间 朋友圈"))
    True
    >>> share_line(Block(0, "谢谢分享文章！"))
    False
    """
    text = block.text
    if letter_count(text) > 40:
        return False
    # 0.7: the share widget is all platform names; "行程分享 (3)" (0.5) is a blog category.
    if phrase_coverage(text, lexicon_regex("share")) >= 0.7:
        return True
    return len(text) <= 60 and has_hint(block, SHARE_HINTS)


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
    return (letter_count(text) <= 12 and not re.search(r"\d{4}|\d:\d", text)
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
    if len(text) > 60 or SENTENCE_END.search(text.rstrip()):
        return False
    start = _LEAD.match(text).end()
    m = lexicon_regex("related").match(text, start)
    return m is not None and bool(re.match(r"\s{0,3}[:：】\]》>]", text[m.end():])) and letter_count(text[m.end():]) > 0


_PREV_NEXT = re.compile(r"^\W{0,3}(?:此分[类類])?[上下]一(?:篇|則|则|条|條|篇文章)\s{0,3}[:：]?")


def prev_next_link(block: Block) -> bool:
    """A previous/next article link (``上一篇：走进莫内遇见落羽松``).

    >>> prev_next_link(Block(0, "下一篇： 走進莫內遇見落羽松_菁芳園"))
    True
    >>> prev_next_link(Block(0, "上一篇文章中我们讨论了城市治理的三个问题，这一篇继续。"))
    False
    """
    return len(block.text) <= 80 and bool(_PREV_NEXT.match(block.text)) and not SENTENCE.search(block.text)


_DIGITS = re.compile(r"\d")


def _list_item(block: Block, heading: Block, taken: int) -> bool:
    """Whether ``block`` continues the link list under a related heading (``taken`` items so far)."""
    text = block.text
    if len(_DIGITS.findall(text)) >= 4 and letter_count(text) <= 6:
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
    return len(text) <= 60 and "。" not in text and not SENTENCE_END.search(text.rstrip())


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
    opens = first.start() <= 20 and not SENTENCE.search(text[:first.start()])
    weak = first.group() in _WEAK_NOTICE or first.group()[:2] in ("未经", "未經")
    if opens and not (weak and FULL_STOP.search(text)):
        return True
    return letter_count(text) <= 30 and phrase_coverage(text, pattern) >= 0.5


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
    return not (is_prose_block(block) and SENTENCE_END.search(text.rstrip()))


def comment_line(block: Block) -> bool:
    """A comment-area prompt or heading (``网友评论 0 条``, ``我要评论(0)``, ``发表评论``).

    >>> comment_line(Block(0, "我要评论(0)"))
    True
    >>> comment_line(Block(0, "评论人：龚刚（清华大学经管学院）"))
    False
    """
    # 20 letters, 0.6 coverage: prompts are short and all chrome.
    return letter_count(block.text) <= 20 and phrase_coverage(block.text, lexicon_regex("comment")) >= 0.6


def comment_hint_block(block: Block) -> bool:
    """A block inside a comment-hinted element (reader comments on HTML pages).

    >>> comment_hint_block(Block(0, "真是個美麗的好地方，感謝分享～", tag="li", hints="post-text comment-text"))
    True
    """
    return has_hint(block, COMMENT_HINTS)


def ad_line(block: Block) -> bool:
    """An ad slot label (``广告``, ``顶部通栏广告``) or a short block in an ad-hinted element.

    >>> ad_line(Block(0, "侧栏广告02"))
    True
    >>> ad_line(Block(0, "招聘广告"))
    False
    """
    text = block.text
    # 12 letters and 0.6: "招聘广告" (a song title, 0.5) stays.
    if letter_count(text) <= 12 and phrase_coverage(text, lexicon_regex("ad")) >= 0.6:
        return True
    if len(text) > 200 or not block.hints:
        return False
    return has_hint(block, AD_HINTS)


def app_prompt_line(block: Block) -> bool:
    """An app-download or QR-code prompt (``扫描二维码关注我们``, ``下载快报APP``).

    >>> app_prompt_line(Block(0, "扫描二维码，下载客户端"))
    True
    >>> app_prompt_line(Block(0, "来源：河南日报客户端"))
    False
    """
    # 30 letters, 0.4: the prompt plus a site name ("扫码关注人民网") is still a prompt.
    return letter_count(block.text) <= 30 and phrase_coverage(block.text, lexicon_regex("app")) >= 0.4


# A credit standing alone or closing a one-sentence caption ("装配线。图源：受访者").
_CREDIT = re.compile(
    r"^(?:[^。！？]{1,60}[。！？]\s{0,3})?[（(【\[]?\s{0,3}(?:图片来源|圖片來源|图片提供|圖片提供|图片|圖片|图源|圖源|配图|配圖|题图|題圖|资料图片?|資料圖片?"
    r"|摄影|攝影|图|圖)\s{0,3}[:：/／]\s{0,3}[^\s，。！？]{1,20}(?:\s[^\s，。！？]{1,20}){0,3}\s{0,3}[）)】\]]?$")
_NAMES = r"[\u4e00-\u9fff·]{2,4}(?:(?:\s?、\s?|\s{1,3})[\u4e00-\u9fff·]{2,4}){0,3}"
# "…记者 张三 摄" or "张三 摄" (a space before 摄, so 拍摄-like words do not match).
_PHOTO_BY = re.compile(
    rf"^[（(]?(?:[^。]{{0,60}}。\s{{0,3}})?(?:[\u4e00-\u9fff]{{0,10}}[记記]者\s{{0,3}}{_NAMES}\s{{0,3}}|{_NAMES}\s{{1,3}})"
    r"[摄攝](?:影)?[）)]?$")


def reader_prompt_line(block: Block) -> bool:
    """A reading site's prompt: remember the site, no pop-ups, the chapter goes on (``本章未完，请点击下一页继续阅读``).

    Web-novel and article-mirror templates put them inside the text itself; two prompt phrases, or prompts
    making up most of the line, and a short line (40 letters: a site name or domain fits beside them).

    >>> reader_prompt_line(Block(0, "一秒记住【某某书屋】m.example.com，更新快，无弹窗！"))
    True
    >>> reader_prompt_line(Block(0, "本章未完，请点击下一页继续阅读"))
    True
    >>> reader_prompt_line(Block(0, "这家书店的更新快慢，读者心里都有数。"))
    False
    """
    text = block.text
    if letter_count(text) > 40:
        return False
    pattern = lexicon_regex("reader")
    phrases = {m.group() for m in pattern.finditer(text)}
    # 0.3 with two phrases: the site's name and domain take the rest; 0.6 for a single phrase.
    coverage = phrase_coverage(text, pattern)
    return (len(phrases) >= 2 and coverage >= 0.3) or coverage >= 0.6


# A bracketed picture note standing alone: （图为活动现场）, （图中左一为张三）, （示意图）.
_BRACKETED_CAPTION = re.compile(r"^[（(](?:[图圖][为為中示]|示意[图圖]|资料[图圖]|資料[圖])[^（）()。！？]{0,30}[）)]$")


# （本文图片由受访者提供） / （图片由市气象局提供）, and a caption closed by "通讯员供图" / "张三 供图".
_GIVEN_BY = re.compile(r"^[（(](?:本文)?(?:图片|圖片|照片)由[^（）()。！？]{1,20}提供[）)]$"
                       r"|^(?:[^。！？]{1,60}[。！？]\s{0,3})?[^。！？\s]{1,12}\s{0,2}供[图圖]$")


def image_credit_line(block: Block) -> bool:
    """An image credit or bracketed picture note standing alone (``（图片来源：视觉中国）``,
    ``新华社记者 张三 摄``, ``（图为活动现场）``).

    A caption sentence with a photographer's credit goes only when short (80 chars); longer
    captions describe the picture and are left to body selection.

    >>> image_credit_line(Block(0, "（图片来源：视觉中国）"))
    True
    >>> image_credit_line(Block(0, "图为7月14日拍摄的社区服务站。新华社记者 张三 摄"))
    True
    >>> image_credit_line(Block(0, "7月13日，社区纳凉点内，居民正在休息。新京报记者 张三 摄"))
    True
    >>> image_credit_line(Block(0, "（图为活动现场）"))
    True
    >>> image_credit_line(Block(0, "深蓝睿动苏州工厂的装配线。图源：受访者"))
    True
    >>> image_credit_line(Block(0, "（本文图片由受访者提供）")), image_credit_line(Block(0, "新装的电梯投入使用。通讯员供图"))
    (True, True)
    >>> image_credit_line(Block(0, "摄影爱好者在公园里拍下了这一幕，照片随后在网上广为流传。"))
    False
    >>> image_credit_line(Block(0, "（图为作者在会上发言，他说：城市更新要先问居民。）"))
    False
    """
    text = block.text
    if len(text) > 80:
        return False
    if _CREDIT.match(text) or _BRACKETED_CAPTION.match(text) or _GIVEN_BY.match(text):
        return True
    # the photographer's credit always ends in 摄/攝: a cheap test before the name pattern
    return ("摄" in text or "攝" in text) and _PHOTO_BY.match(text) is not None


# ------------------------------------------------------------------------------------------ the stage
# What a rule needs in a block before it can fire, as bits of a per-block mask. Text signals are found
# for the whole page at once (chrome.blocks_matching: one C-level search per pattern instead of a dozen
# Python calls per block); hint signals are the class/id tests some rules take instead of a phrase.
# A rule whose needs are absent from a block would decline it, so skipping it changes nothing (tested
# by running every rule on every block of the fixture and corpus pages).
(_META, _CRUMB, _CRUMB_LABEL, _PHRASE, _ICP, _COPYRIGHT, _SHARE, _APP, _AD, _PREV, _SEP, _PHOTO, _READER,
 _SHARE_HINT, _AD_HINT, _CRUMB_HINT, _NAV_HINT, _COMMENT_HINT) = (1 << k for k in range(18))


@lru_cache(maxsize=1)
def signal_patterns() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """(patterns searched in the text as it is, patterns searched in :func:`chrome.fold`-ed text).

    Raw pattern k sets ``_RAW_BITS[k]``, folded pattern k ``_FOLDED_BITS[k]``.
    """
    label = lexicon_regex("breadcrumb", "label").pattern
    raw = (_METADATA_LINE, ARROW, re.compile(label, re.I), _PREV_WORD, NAV_SEP, _CREDIT_CHAR)
    folded = (phrase_gate(),) + tuple(lexicon_regex(c).regex for c in ("icp", "copyright", "share", "app", "ad",
                                                                        "reader"))
    return raw, folded


_RAW_BITS = (_META, _CRUMB, _CRUMB_LABEL, _PREV, _SEP, _PHOTO)
_FOLDED_BITS = (_PHRASE, _ICP, _COPYRIGHT, _SHARE, _APP, _AD, _READER)
_PREV_WORD = re.compile("[上下]一")          # prev_next_link: 上一篇 / 下一则 ...
_CREDIT_CHAR = re.compile("[图圖摄攝]")      # image_credit_line: every credit word holds one


def page_signals(blocks: Sequence[Block]) -> list[int]:
    """The text-signal mask of every block (see ``_RULES``).

    >>> masks = page_signals([Block(0, "首页 > 国内 > 正文"), Block(1, "京ICP备12345678号")])
    >>> bool(masks[0] & _CRUMB), bool(masks[1] & _ICP), bool(masks[1] & _CRUMB)
    (True, True, False)
    """
    texts = [b.text for b in blocks]
    raw, folded = signal_patterns()
    out = [0] * len(texts)
    for bits, patterns, source in ((_RAW_BITS, raw, texts), (_FOLDED_BITS, folded, [fold(t) for t in texts])):
        for i, found in enumerate(blocks_matching(source, patterns)):
            if found:
                out[i] |= sum(bit for k, bit in enumerate(bits) if found >> k & 1)
    return out


# A rule sees the block and where it sits: (outside the body span, after the body span).
_Test = Callable[[Block, "tuple[bool, bool]"], bool]
# Each rule with the size bounds it checks first itself (max characters, max letters; 0 = none): the
# dispatcher skips a rule the block is too long for without calling it, which matters on pages of
# thousands of blocks. The bounds repeat the rules' own first test, so skipping changes nothing.
# The last field is the rule's needs: it is tried only when the block has one of these signals.
# Order matters: specific kinds first, navigation (the broadest) last but one.
_RULES: tuple[tuple[str, str, _Test, int, int, int], ...] = (
    ("icp", "icp_line", lambda b, w: icp_line(b), 200, 0, _ICP),
    ("copyright", "copyright_line", lambda b, w: copyright_line(b, w[1]), 300, 0, _COPYRIGHT),
    ("share", "share_line", lambda b, w: share_line(b), 0, 40, _SHARE | _SHARE_HINT),
    ("app_prompt", "app_prompt_line", lambda b, w: app_prompt_line(b), 0, 30, _APP),
    ("navigation", "reader_prompt_line", lambda b, w: reader_prompt_line(b), 0, 40, _READER),
    ("comment", "comment_line", lambda b, w: comment_line(b), 0, 20, _PHRASE),
    ("navigation", "nav_hint_block", lambda b, w: nav_hint_block(b), 100, 0, _NAV_HINT),
    ("related", "related_heading", lambda b, w: related_heading(b), 0, 12, _PHRASE),
    ("related", "prev_next_link", lambda b, w: prev_next_link(b), 80, 0, _PREV),
    ("related", "related_inline_link", lambda b, w: related_inline_link(b), 60, 0, _PHRASE),
    ("ad", "ad_line", lambda b, w: ad_line(b), 0, 0, _AD | _AD_HINT),
    ("navigation", "nav_separator_run", lambda b, w: nav_separator_run(b), 0, 0, _SEP),
    ("navigation", "nav_phrase_line", lambda b, w: nav_phrase_line(b, w[0]), 0, 30, _PHRASE),
    ("navigation", "nav_space_run", lambda b, w: nav_space_run(b), 0, 0, _PHRASE),
    ("image_credit", "image_credit_line", lambda b, w: image_credit_line(b), 80, 0, _PHOTO),
)
# Labelled credit and date lines belong to metadata ("来源：新华网 | 编辑：李四 | 2025-07-14" is
# not a menu): no rule here takes a short one, and they end a related list.
_METADATA_LINE = re.compile(r"(?=[责責来來作编編发發])(?:[责責]任[编編][辑輯]|[责責][编編]|(?<![图圖]片)[来來]\s?源|作\s?者|[编編]\s?[辑輯]|[发發][布佈表](?:时间|時間|日期))"
                            r"\s{0,3}[:：]")
_MAX_LIST = 30     # a related list longer than this is a listing page, not a side list
_MAX_TEXT = 400    # no rule labels a block longer than this: it is content (or spam's business)


def _crumb_run(blocks: Sequence[Block], start: int) -> list[Block]:
    """A hinted breadcrumb and the crumb-hinted blocks right after it (HTML trails split per element)."""
    first = blocks[start]
    run = [first]
    if first.tag == "line" or len(split_breadcrumb(first.text)[0]) > 1 or not has_hint(first, CRUMB_HINTS):
        return run
    for block in blocks[start + 1:start + 20]:
        # 30 chars: one crumb or a separator; anything longer is the page again.
        if block.label is not None or len(block.text) > 30 or not has_hint(block, CRUMB_HINTS):
            break
        run.append(block)
    return run


@lru_cache(maxsize=4096)
def _hint_bits(hints: str) -> int:
    """The hint signals of a class/id string (cached: a container's blocks share it)."""
    if not hints:
        return 0
    bits = 0
    for bit, vocabulary in ((_SHARE_HINT, SHARE_HINTS), (_AD_HINT, AD_HINTS), (_CRUMB_HINT, CRUMB_HINTS),
                            (_NAV_HINT, NAV_HINTS), (_COMMENT_HINT, COMMENT_HINTS)):
        if hints_match(hints, vocabulary):
            bits |= bit
    return bits


def _classify(block: Block, where: tuple[bool, bool], keep_comments: bool,
              signals: int = -1, title: str = "") -> tuple[str, str, list[str] | None] | None:
    """The first rule that takes ``block`` (kind, rule, breadcrumb trail) or None.

    ``signals`` is the block's mask from :func:`page_signals` (-1: unknown, every rule is tried);
    ``title`` is the page's ``<title>`` (a trail may end in the headline).
    """
    text = block.text
    # 150 chars: a byline or dateline is short; a long notice that quotes "来源：" is still a notice.
    if len(text) > _MAX_TEXT or (len(text) <= 150 and signals & _META and _METADATA_LINE.search(text)):
        return None
    signals |= _hint_bits(block.hints)
    if not signals:
        return None   # no rule's needs are met: nearly every body paragraph and menu-less block
    if signals & (_CRUMB | _CRUMB_LABEL | _CRUMB_HINT):
        crumbs = breadcrumb_trail(block, title)
        if crumbs:
            return "breadcrumb", "breadcrumb_trail", crumbs
    size, letters = len(text), letter_count(text)
    for kind, rule, test, max_size, max_letters, needs in _RULES:
        if (max_size and size > max_size) or (max_letters and letters > max_letters):
            continue
        if not signals & needs:
            continue
        if test(block, where):
            return kind, rule, None
    if not keep_comments and signals & _COMMENT_HINT and comment_hint_block(block):
        return "comment", "comment_hint_block", None
    return None


@lru_cache(maxsize=4096)
def _without(hints: str, wide: frozenset[str]) -> str:
    return " ".join(t for t in hints.split() if t not in wide)


def _page_wide_hints(blocks: Sequence[Block], first: int) -> frozenset[str]:
    """Class/id tokens around the first prose paragraph: they wrap the article, so they are not chrome.

    ``<body class="ad-free comments-open">`` would otherwise make every block an ad or a comment.
    """
    return hint_words(blocks[first].hints)[0] if first < len(blocks) and blocks[first].hints else frozenset()


def mark_boilerplate(doc: Document, opts: Any) -> None:
    """Label navigation, breadcrumb, share, related, copyright, ICP, comment, ad, app and credit blocks.

    The first breadcrumb found also sets the ``breadcrumb`` field. After a
    related heading, the link list that follows it is labelled too.
    """
    blocks = doc.blocks
    first, last = prose_span(blocks)
    keep_comments = bool(getattr(opts, "keep_comments", False))
    wide = _page_wide_hints(blocks, first)
    signals = page_signals(blocks)
    title = (doc.head or {}).get("title") or ""
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
            found = _classify(block, (i < first or i > last, i > last), keep_comments, signals[i], title)
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
