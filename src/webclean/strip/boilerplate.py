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
from collections.abc import Sequence
from enum import IntFlag
from functools import lru_cache
from typing import Any, NamedTuple

from ..core.rules import Rule
from ..core.vocabulary import alternation, read_vocabulary
from ..document import Block, Document
from .chrome import (
    AD_HINTS,
    CATEGORIES,
    COMMENT_HINTS,
    FULL_STOP,
    NAV_HINTS,
    SENTENCE,
    SENTENCE_END,
    SHARE_HINTS,
    blocks_matching,
    fold,
    has_hint,
    hint_vocabulary_words,
    hint_words,
    is_prose_block,
    letter_count,
    lexicon_regex,
    load_lexicon,
    phrase_coverage,
    phrase_gate,
    prose_span,
    words_match,
)
from .navigation import (
    ARROW,
    CRUMB_HINTS,
    NAV_HINT_MAX_CHARS,
    NAV_PHRASE_MAX_LETTERS,
    NAV_SEP,
    breadcrumb_trail,
    nav_hint_block,
    nav_phrase_line,
    nav_separator_run,
    nav_space_run,
    split_breadcrumb,
)

__all__ = ["mark_boilerplate", "load_lexicon", "lexicon_regex", "phrase_coverage", "prose_span",
           "split_breadcrumb", "breadcrumb_trail", "nav_separator_run", "nav_phrase_line", "nav_space_run",
           "nav_hint_block", "share_line", "related_heading", "related_inline_link", "prev_next_link", "copyright_line",
           "icp_line", "comment_line", "comment_hint_block", "ad_line", "app_prompt_line", "reader_prompt_line",
           "image_credit_line", "related_list_item", "page_signals", "hint_signals", "Signal", "Position",
           "BOILERPLATE_RULES", "CATEGORIES"]


# ------------------------------------------------------------------------------------------ after the body
#: A share bar is a short row of platform names; longer lines are prose about sharing.
SHARE_MAX_LETTERS = 40
#: The share widget is all platform names; "行程分享 (3)" (0.5) is a blog category.
SHARE_MIN_COVERAGE = 0.7
#: A share-hinted element of this size at most is the bar itself, not an article inside a share box.
SHARE_HINTED_MAX_CHARS = 60


def share_line(block: Block) -> bool:
    """A share bar: share prompts and platform names make up a short line or a share-hinted block.

    >>> share_line(Block(0, "分享到：微信 微博 QQ空间 朋友圈"))
    True
    >>> share_line(Block(0, "谢谢分享文章！"))
    False
    """
    text = block.text
    if letter_count(text) > SHARE_MAX_LETTERS:
        return False
    if phrase_coverage(text, lexicon_regex("share")) >= SHARE_MIN_COVERAGE:
        return True
    return len(text) <= SHARE_HINTED_MAX_CHARS and has_hint(block, SHARE_HINTS)


#: A heading is the phrase plus brackets or a word of decoration ("【热门推荐】").
RELATED_HEADING_MAX_LETTERS = 12
RELATED_HEADING_MIN_COVERAGE = 0.75
# A year or time in the line makes it a dateline ("最新更新：2016/03/19 10:48"), which metadata owns.
_DATE_OR_TIME = re.compile(r"\d{4}|\d:\d")


def related_heading(block: Block) -> bool:
    """The heading of a related / recommended / popular list (相关阅读, 猜你喜欢, 【热门推荐】).

    >>> related_heading(Block(0, "【相关阅读】"))
    True
    >>> related_heading(Block(0, "找相关的原则"))
    False
    """
    text = block.text
    return (letter_count(text) <= RELATED_HEADING_MAX_LETTERS and not _DATE_OR_TIME.search(text)
            and phrase_coverage(text, lexicon_regex("related")) >= RELATED_HEADING_MIN_COVERAGE)


_LEAD = re.compile(r"^[\W_]{0,3}")
_HEADING_END = re.compile(r"\s{0,3}[:：】\]》>]")
#: A heading with its one link is a title's length; a longer line is a paragraph opening with a heading word.
RELATED_LINK_MAX_CHARS = 60


def related_inline_link(block: Block) -> bool:
    """A related heading with its one link on the same line (``相关阅读：社区服务站有了新变化``).

    >>> related_inline_link(Block(0, "【相关阅读】社区服务站有了新变化"))
    True
    >>> related_inline_link(Block(0, "推荐阅读：这篇文章讲了社区服务站的变化。"))
    False
    """
    text = block.text
    if len(text) > RELATED_LINK_MAX_CHARS or SENTENCE_END.search(text.rstrip()):
        return False
    lead = _LEAD.match(text)
    m = lexicon_regex("related").match(text, lead.end() if lead else 0)
    return m is not None and bool(_HEADING_END.match(text, m.end())) and letter_count(text[m.end():]) > 0


#: A previous/next link is a label and a title; longer text is a sentence that mentions 上一篇.
PREV_NEXT_MAX_CHARS = 80
_PREV_NEXT = re.compile(rf"^\W{{0,3}}(?:{alternation(load_lexicon('related', 'prev next scope'))})?"
                        rf"(?:{alternation(load_lexicon('related', 'prev next'))})\s{{0,3}}[:：]?")


def prev_next_link(block: Block) -> bool:
    """A previous/next article link (``上一篇：走进莫内遇见落羽松``).

    >>> prev_next_link(Block(0, "下一篇： 走進莫內遇見落羽松_菁芳園"))
    True
    >>> prev_next_link(Block(0, "上一篇文章中我们讨论了城市治理的三个问题，这一篇继续。"))
    False
    """
    return len(block.text) <= PREV_NEXT_MAX_CHARS and bool(_PREV_NEXT.match(block.text)) \
        and not SENTENCE.search(block.text)


_DIGITS = re.compile(r"\d")
#: A line of four digits or more and a few letters at most is a bare date or time ("2025-07-14 10:30"):
#: it starts the next post or the byline, not a title of the list.
DATELINE_MIN_DIGITS = 4
DATELINE_MAX_LETTERS = 6
#: HTML list items are linked titles: mostly link text, a headline's length at most.
LIST_ITEM_MIN_LINK_DENSITY = 0.5
LIST_ITEM_MAX_CHARS = 120
#: A text page's list item is one title line.
LIST_LINE_MAX_CHARS = 60


def related_list_item(block: Block, heading: Block, taken: int) -> bool:
    """Whether ``block`` continues the link list under a related ``heading`` (``taken`` items so far).

    >>> heading = Block(0, "相关阅读")
    >>> related_list_item(Block(1, "社区服务站有了新变化"), heading, 0)
    True
    >>> related_list_item(Block(1, "2025-07-14 10:30"), heading, 0)
    False
    """
    text = block.text
    if len(_DIGITS.findall(text)) >= DATELINE_MIN_DIGITS and letter_count(text) <= DATELINE_MAX_LETTERS:
        return False
    if heading.tag != "line" or block.tag != "line":
        # HTML: linked titles right after the heading, in its container or in a list (the
        # <ul> of titles is usually a container of its own).
        near = heading.container < 0 or block.container == heading.container or block.in_list
        return near and block.link_density >= LIST_ITEM_MIN_LINK_DENSITY and len(text) <= LIST_ITEM_MAX_CHARS
    # Text: one contiguous run of title lines (no sentence end); a blank line after the first item
    # ends it, as scraped text separates page regions with blank lines.
    if taken and block.blank_before:
        return False
    return len(text) <= LIST_LINE_MAX_CHARS and "。" not in text and not SENTENCE_END.search(text.rstrip())


def headline_over_its_date(blocks: Sequence[Block], i: int) -> bool:
    """Whether text line ``i``, above the first prose line, is a headline set over its date line: a scraper's
    text of a page runs the trail's last words (``热点``) into the headline, and above the article a line
    right over a date line is its headline, not another article's title.

    >>> lines = [Block(0, "热点", tag="line"), Block(1, "亚洲首艘圆筒型海上油气加工厂启运", tag="line"),
    ...          Block(2, "2024-05-12 17:19", tag="line")]
    >>> headline_over_its_date(lines, 1), headline_over_its_date(lines[:2], 1)
    (True, False)
    """
    if blocks[i].tag != "line" or i + 1 >= len(blocks):
        return False
    after = blocks[i + 1].text
    # a bare date, or a date with its labelled credits (2024年05月17日08:59 来源：北京青年报)
    return len(_DIGITS.findall(after)) >= DATELINE_MIN_DIGITS and (
        letter_count(after) <= DATELINE_MAX_LETTERS or bool(_METADATA_LINE.search(after)))


_WEAK_NOTICE = frozenset(load_lexicon("copyright", "weak"))
_WEAK_OPENING = tuple(load_lexicon("copyright", "weak opening"))
# "版权所有者/人/方": prose about a rights holder, not a notice.
_COPYRIGHT_PROSE = re.compile(alternation(load_lexicon("copyright", "rights holder")))


#: Notices are a line or two; a longer block quoting 版权所有 is an article about copyright.
COPYRIGHT_MAX_CHARS = 300
#: Two notice phrases in one line make it a notice wherever they stand.
COPYRIGHT_PHRASES_ENOUGH = 2
#: "Opens the line": the first notice phrase starts within this many characters.
NOTICE_OPENING_CHARS = 20
#: A line wholly in brackets that holds a notice phrase is the notice, set apart from the text, wherever the phrase
#: sits in it; a bracket this long is an aside of the writer's.
BRACKETED_NOTICE_MAX = 60
_BRACKETED_LINE = re.compile(r"\[[^\[\]]+\]|【[^【】]+】|（[^（）]+）|\([^()]+\)")
#: A short line (letters) qualifies when notice phrases make up this share of it.
COPYRIGHT_SHORT_LETTERS = 30
COPYRIGHT_SHORT_MIN_COVERAGE = 0.5


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
    >>> copyright_line(Block(0, "[某某网原创专稿，未经允许请勿转载！]"), False)   # a notice in brackets
    True
    """
    text = block.text
    if len(text) > COPYRIGHT_MAX_CHARS or _COPYRIGHT_PROSE.search(text):
        return False
    pattern = lexicon_regex("copyright")
    matches = list(pattern.finditer(text))
    if not matches:
        return False
    if after_body or len(matches) >= COPYRIGHT_PHRASES_ENOUGH:
        return True
    # No clause before the notice either ("记者了解到，…“版权所有”" is prose).
    # A lone "未经授权/不得转载" opening a sentence that ends in 。 is prose about the law.
    first = matches[0]
    opens = first.start() <= NOTICE_OPENING_CHARS and not SENTENCE.search(text[:first.start()])
    weak = first.group() in _WEAK_NOTICE or first.group().startswith(_WEAK_OPENING)
    if opens and not (weak and FULL_STOP.search(text)):
        return True
    if len(text) <= BRACKETED_NOTICE_MAX and _BRACKETED_LINE.fullmatch(text.strip()):
        return True   # a notice set apart in brackets: [Ingress17173原创专稿，未经允许请勿转载！]
    return (letter_count(text) <= COPYRIGHT_SHORT_LETTERS
            and phrase_coverage(text, pattern) >= COPYRIGHT_SHORT_MIN_COVERAGE)


#: A filing or licence line is short; a longer block that names ICP is prose (or a footer already split).
ICP_MAX_CHARS = 200


def icp_line(block: Block) -> bool:
    """An ICP filing or licence line (``京ICP备12345678号``, ``京公网安备11010502000001号``).

    >>> icp_line(Block(0, "吉ICP备10003441号")), icp_line(Block(0, "Sina.cn(京ICP0000007) 09-28 17:17"))
    (True, True)
    >>> icp_line(Block(0, "按规定，网站须先办理ICP备案才能上线运营，监管部门近日开展了专项检查。"))
    False
    """
    text = block.text
    if len(text) > ICP_MAX_CHARS or lexicon_regex("icp").search(text) is None:
        return False
    # A sentence about ICP rules is prose; a licence line has no sentence end.
    return not (is_prose_block(block) and SENTENCE_END.search(text.rstrip()))


#: Comment prompts are short and all chrome.
COMMENT_MAX_LETTERS = 20
COMMENT_MIN_COVERAGE = 0.6


def comment_line(block: Block) -> bool:
    """A comment-area prompt or heading (``网友评论 0 条``, ``我要评论(0)``, ``发表评论``).

    >>> comment_line(Block(0, "我要评论(0)"))
    True
    >>> comment_line(Block(0, "评论人：龚刚（清华大学经管学院）"))
    False
    """
    return (letter_count(block.text) <= COMMENT_MAX_LETTERS
            and phrase_coverage(block.text, lexicon_regex("comment")) >= COMMENT_MIN_COVERAGE)


def comment_hint_block(block: Block) -> bool:
    """A block inside a comment-hinted element (reader comments on HTML pages).

    >>> comment_hint_block(Block(0, "真是個美麗的好地方，感謝分享～", tag="li", hints="post-text comment-text"))
    True
    """
    return has_hint(block, COMMENT_HINTS)


#: An ad slot label is a few letters, nearly all ad words: "招聘广告" (a song title, 0.5) stays.
AD_LABEL_MAX_LETTERS = 12
AD_LABEL_MIN_COVERAGE = 0.6
#: A block in an ad-hinted element of this size at most is the ad; longer text is an article in a box.
AD_HINTED_MAX_CHARS = 200


def ad_line(block: Block) -> bool:
    """An ad slot label (``广告``, ``顶部通栏广告``) or a short block in an ad-hinted element.

    >>> ad_line(Block(0, "侧栏广告02"))
    True
    >>> ad_line(Block(0, "招聘广告"))
    False
    """
    text = block.text
    if (letter_count(text) <= AD_LABEL_MAX_LETTERS
            and phrase_coverage(text, lexicon_regex("ad")) >= AD_LABEL_MIN_COVERAGE):
        return True
    if len(text) > AD_HINTED_MAX_CHARS or not block.hints:
        return False
    return has_hint(block, AD_HINTS)


#: The prompt plus a site name ("扫码关注人民网") is still a prompt.
APP_MAX_LETTERS = 30
APP_MIN_COVERAGE = 0.4


def app_prompt_line(block: Block) -> bool:
    """An app-download or QR-code prompt (``扫描二维码关注我们``, ``下载快报APP``).

    >>> app_prompt_line(Block(0, "扫描二维码，下载客户端"))
    True
    >>> app_prompt_line(Block(0, "来源：河南日报客户端"))
    False
    """
    return (letter_count(block.text) <= APP_MAX_LETTERS
            and phrase_coverage(block.text, lexicon_regex("app")) >= APP_MIN_COVERAGE)


# A credit standing alone or closing a one-sentence caption ("装配线。图源：受访者").
_CREDIT_WORDS = "image_credits.txt"
_CREDIT_LABEL = alternation(read_vocabulary(_CREDIT_WORDS, "credit"))
_CREDIT = re.compile(
    rf"^(?:[^。！？]{{1,60}}[。！？]\s{{0,3}})?[（(【\[]?\s{{0,3}}(?:{_CREDIT_LABEL})"
    r"\s{0,3}[:：/／]\s{0,3}[^\s，。！？]{1,20}(?:\s[^\s，。！？]{1,20}){0,3}\s{0,3}[）)】\]]?$")
_NAMES = r"[\u4e00-\u9fff·]{2,4}(?:(?:\s?、\s?|\s{1,3})[\u4e00-\u9fff·]{2,4}){0,3}"
# A caption phrase closed by its credit in brackets, a colon after the label (台湾网友贴出的爆料照片（图源：
# 台湾《联合报》）; 赵勇任国家民委副主任(图/简历) is a headline marked as having a picture, not a credit).
_CAPTION_THEN_CREDIT = re.compile(rf"^[^。！？（()）]{{1,60}}[（(]\s{{0,3}}(?:{_CREDIT_LABEL})\s{{0,3}}[:：]\s{{0,3}}"
                                  r"[^\s，。！？()（）]{1,20}[）)]$")
# "…记者 张三 摄" or "张三 摄" (a space before 摄, so 拍摄-like words do not match), after a caption sentence or a
# caption phrase set apart by a space (水梨村雪景 本报通讯员 张韬 摄).
_STAFF = alternation(read_vocabulary("dispatch_bylines.txt", "staff"))
_PHOTO_BY = re.compile(
    r"^[（(]?(?:[^。]{0,60}。\s{0,3}[（(]?|[^。！？\s（()）]{1,20}\s{1,3})?"
    rf"(?:[\u4e00-\u9fff·]{{0,12}}(?:{_STAFF})\s{{0,3}}{_NAMES}\s{{0,3}}|{_NAMES}\s{{1,3}})"
    r"[摄攝](?:影)?[）)]?$")


#: A site name or domain fits beside the prompts; a longer line is a reader's sentence.
READER_MAX_LETTERS = 40
#: Two prompt phrases may leave the rest to the site's name and domain; a single one must dominate.
READER_PHRASES_ENOUGH = 2
READER_TWO_PHRASES_MIN_COVERAGE = 0.3
READER_ONE_PHRASE_MIN_COVERAGE = 0.6


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
    if letter_count(text) > READER_MAX_LETTERS:
        return False
    pattern = lexicon_regex("reader")
    phrases = {m.group() for m in pattern.finditer(text)}
    coverage = phrase_coverage(text, pattern)
    return ((len(phrases) >= READER_PHRASES_ENOUGH and coverage >= READER_TWO_PHRASES_MIN_COVERAGE)
            or coverage >= READER_ONE_PHRASE_MIN_COVERAGE)


# A caption's sentence closed by its picture's note or photographer in brackets, a space or none before 摄:
# …仍留院，懇請僱主聯絡她。（網上截圖） / …仍因頭暈需留院。（梁偉權攝）.
_CLOSING_NOTE = re.compile(rf"^[^。！？]{{1,60}}[。！？]\s{{0,3}}[（(]\s{{0,2}}"
                           rf"(?:{_NAMES}\s{{0,3}}[摄攝]|{alternation(read_vocabulary(_CREDIT_WORDS, 'closing note'))})"
                           r"\s{0,2}[）)]$")
# A bracketed picture note standing alone: （图为活动现场）, （图中左一为张三）, （示意图）.
_CAPTION = alternation(read_vocabulary(_CREDIT_WORDS, "caption"))
_BRACKETED_CAPTION = re.compile(rf"^[（(](?:{_CAPTION})[^（）()。！？]{{0,30}}[）)]$")


# （本文图片由受访者提供） / （图片由市气象局提供）, and a caption closed by "通讯员供图" / "张三 供图".
_GIVEN = alternation(read_vocabulary(_CREDIT_WORDS, "given by"))
_GIVEN_BY = re.compile(rf"^[（(](?:本文)?(?:{_GIVEN})由[^（）()。！？]{{1,20}}提供[）)]$"
                       r"|^(?:[^。！？]{1,60}[。！？]\s{0,3})?[^。！？\s]{1,12}\s{0,2}供[图圖]$")


# A numbered figure's caption: the figure word, its number and a short label with no sentence in it (Figure 1.
# 詐騙簡訊截圖, 图1 信用袋登录页面); 图1所示的结构中，… goes on as a sentence and is text.
_FIGURE_CAPTION = re.compile(rf"^(?:{alternation(read_vocabulary(_CREDIT_WORDS, 'figure words'))})\s?\d{{1,3}}"
                             r"(?:[.．:：、-]\d{0,2})?[.．:：、]?\s[^。！？，,；;]{1,40}$")
# A line that is only a picture's file name (赵立功2.jpg, mmexport1622443359929.png, image.png).
_IMAGE_EXTENSIONS = alternation(read_vocabulary(_CREDIT_WORDS, "image file extensions"))
_IMAGE_FILE = re.compile(rf"[^\s/\\]{{1,60}}\.(?:{_IMAGE_EXTENSIONS})", re.I)
# Marks that open a caption under its picture, pointing up at it (▲图为…, △…).
_CAPTION_MARKS = "▲△"
_HAN_IN_CAPTION = re.compile(r"[\u3400-\u9fff]")
#: A caption with a photographer's credit goes only when short; longer captions describe the picture and
#: are left to body selection.
IMAGE_CREDIT_MAX_CHARS = 80


def image_credit_line(block: Block) -> bool:
    """An image credit or bracketed picture note standing alone (``（图片来源：视觉中国）``,
    ``新华社记者 张三 摄``, ``（图为活动现场）``).

    A caption sentence with a photographer's credit goes only when short (:data:`IMAGE_CREDIT_MAX_CHARS`); longer
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
    >>> image_credit_line(Block(0, "（本文图片由受访者提供）"))
    True
    >>> image_credit_line(Block(0, "新装的电梯投入使用。通讯员供图"))
    True
    >>> image_credit_line(Block(0, "Jay Fung說與MC認識的經過。(梁碧玲 攝)"))   # the credit in brackets after it
    True
    >>> image_credit_line(Block(0, "印傭雖與老僱主及時逃生，但仍因頭暈需留院。（梁偉權攝）"))
    True
    >>> image_credit_line(Block(0, "社交平台流傳一則帖文，懇請僱主聯絡她。（網上截圖）"))
    True
    >>> image_credit_line(Block(0, "▲隧道内部图，可以清晰看到嫌犯所使用的挖隧道工具"))   # a caption under its picture
    True
    >>> image_credit_line(Block(0, "Figure 1. 詐騙簡訊截圖")), image_credit_line(Block(0, "图1 信用袋登录页面"))
    (True, True)
    >>> image_credit_line(Block(0, "台湾网友贴出的爆料照片（图源：台湾《联合报》）"))   # a caption, its credit
    True
    >>> image_credit_line(Block(0, "（鸟瞰基地。湖南日报·华声在线记者 徐行 摄）"))
    True
    >>> image_credit_line(Block(0, "水梨村雪景 本报通讯员 张韬 摄"))   # a caption phrase, its photographer
    True
    >>> image_credit_line(Block(0, "赵立功2.jpg")), image_credit_line(Block(0, "见附件 报名表.png 和说明"))
    (True, False)
    >>> image_credit_line(Block(0, "图1 所示的结构中，左边是输入，右边是输出"))   # a sentence about the figure
    False
    >>> image_credit_line(Block(0, "摄影爱好者在公园里拍下了这一幕，照片随后在网上广为流传。"))
    False
    >>> image_credit_line(Block(0, "（图为作者在会上发言，他说：城市更新要先问居民。）"))
    False
    """
    text = block.text
    if len(text) > IMAGE_CREDIT_MAX_CHARS:
        return False
    if _CREDIT.match(text) or _BRACKETED_CAPTION.match(text) or _GIVEN_BY.match(text) or _CLOSING_NOTE.match(text) \
            or _FIGURE_CAPTION.match(text) \
            or _CAPTION_THEN_CREDIT.match(text):
        return True
    if _IMAGE_FILE.fullmatch(text.strip()):
        return True   # a picture's file name left where the picture was
    if text[:1] in _CAPTION_MARKS and _HAN_IN_CAPTION.search(text):
        return True   # ▲被警方抓获的嫌疑人: the mark points up at the picture the line describes (▲top goes up)
    # the photographer's credit always ends in 摄/攝: a cheap test before the name pattern
    return ("摄" in text or "攝" in text) and _PHOTO_BY.match(text) is not None


# ------------------------------------------------------------------------------------------ signals
class Signal(IntFlag):
    """What a rule needs in a block before it can fire, one bit each (see :data:`BOILERPLATE_RULES`).

    Text signals are found for the whole page at once (:func:`page_signals`: one C-level search per
    pattern instead of a dozen Python calls per block); hint signals are the class/id tests some rules
    take instead of a phrase (:func:`hint_signals`). A rule whose needs are absent from a block would
    decline it, so skipping it changes nothing (tested by running every rule on every block of the
    fixture and corpus pages).
    """

    METADATA = 1 << 0       # a labelled credit or date line ("来源：", "责任编辑："): metadata's, no rule here takes it
    CRUMB = 1 << 1          # an arrow-like separator (>, », →, /): a breadcrumb trail
    CRUMB_LABEL = 1 << 2    # a location label (当前位置)
    PHRASE = 1 << 3         # a phrase of the nav, related or comment lexicon
    ICP = 1 << 4
    COPYRIGHT = 1 << 5
    SHARE = 1 << 6
    APP = 1 << 7
    AD = 1 << 8
    PREV = 1 << 9           # 上一 / 下一: a previous/next link
    SEPARATOR = 1 << 10     # a menu separator (|, ·, / between spaces)
    PHOTO = 1 << 11         # 图 / 摄: every credit word holds one
    READER = 1 << 12
    SHARE_HINT = 1 << 13
    AD_HINT = 1 << 14
    CRUMB_HINT = 1 << 15
    NAV_HINT = 1 << 16
    COMMENT_HINT = 1 << 17


# Labelled credit and date lines belong to metadata ("来源：新华网 | 编辑：李四 | 2025-07-14" is
# not a menu): no rule here takes a short one, and they end a related list.
_LABELS = "metadata_labels.txt"


def _spaced(word: str) -> str:
    """A label sites also print with a space between its characters (作 者)."""
    return r"\s?".join(map(re.escape, word))


def _metadata_line() -> re.Pattern[str]:
    labels = read_vocabulary(_LABELS, "labels")
    spaced = read_vocabulary(_LABELS, "spaced labels")
    source = read_vocabulary(_LABELS, "source")
    if any(word.startswith("re:") for word in labels + spaced + source):
        raise ValueError(f"{_LABELS} holds a regex line: its labels are read as literal words")
    # Every branch opens with a literal, so sre skips to the positions holding one (a leading look-ahead on
    # those characters is tried at every position, three times slower): a source label reads what comes
    # before it (图片来源 is an image credit) after its first character.
    not_image = [re.escape(word[0]) + rf"(?<![图圖]片{re.escape(word[0])})" + _spaced(word)[len(re.escape(word[0])):]
                 for word in source]
    # 编辑：张维纳, or 编辑|张维纳 (a magazine-style credit row sets the label off with a bar before the name)
    return re.compile(rf"(?:{alternation(labels)}|{'|'.join(map(_spaced, spaced))}|{'|'.join(not_image)})"
                      r"(?:\s{0,3}[:：]|[｜|](?=[\u3400-\u9fff]))")


_METADATA_LINE = _metadata_line()
_PREV_WORD = re.compile("[上下]一")          # prev_next_link: 上一篇 / 下一则 ...
# image_credit_line: every credit word holds one, a caption its mark, a numbered figure's caption its word
_CREDIT_CHAR = re.compile("[图圖摄攝▲△]|" + alternation([w for w in read_vocabulary(_CREDIT_WORDS, "figure words")
                                                          if w.isascii()]) + rf"|(?i:\.(?:{_IMAGE_EXTENSIONS}))")


def _text_signals() -> tuple[tuple[Signal, re.Pattern[str], bool], ...]:
    """(signal, pattern, searched in :func:`chrome.fold`-ed text) for every text signal."""
    return ((Signal.METADATA, _METADATA_LINE, False), (Signal.CRUMB, ARROW, False),
            (Signal.CRUMB_LABEL, re.compile(lexicon_regex("breadcrumb", "label").pattern, re.I), False),
            (Signal.PREV, _PREV_WORD, False), (Signal.SEPARATOR, NAV_SEP, False), (Signal.PHOTO, _CREDIT_CHAR, False),
            (Signal.PHRASE, phrase_gate(), True), (Signal.ICP, lexicon_regex("icp").regex, True),
            (Signal.COPYRIGHT, lexicon_regex("copyright").regex, True),
            (Signal.SHARE, lexicon_regex("share").regex, True),
            (Signal.APP, lexicon_regex("app").regex, True), (Signal.AD, lexicon_regex("ad").regex, True),
            (Signal.READER, lexicon_regex("reader").regex, True))


@lru_cache(maxsize=1)
def _signal_bits() -> tuple[tuple[int, ...], tuple[int, ...]]:
    table = _text_signals()
    return tuple(tuple(int(signal) for signal, _, f in table if f is folded) for folded in (False, True))


@lru_cache(maxsize=1)
def signal_patterns() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """(patterns searched in the text as it is, patterns searched in :func:`chrome.fold`-ed text)."""
    table = _text_signals()
    return tuple(tuple(pattern for _, pattern, f in table if f is folded) for folded in (False, True))


def page_signals(blocks: Sequence[Block]) -> list[int]:
    """The text-signal mask of every block (see :class:`Signal`).

    >>> masks = page_signals([Block(0, "首页 > 国内 > 正文"), Block(1, "京ICP备12345678号")])
    >>> bool(masks[0] & Signal.CRUMB), bool(masks[1] & Signal.ICP), bool(masks[1] & Signal.CRUMB)
    (True, True, False)
    """
    texts = [b.text for b in blocks]
    raw, folded = signal_patterns()
    raw_bits, folded_bits = _signal_bits()
    out = [0] * len(texts)
    for bits, patterns, source in ((raw_bits, raw, texts), (folded_bits, folded, [fold(t) for t in texts])):
        for i, found in enumerate(blocks_matching(source, patterns)):
            if found:
                out[i] |= sum(bit for k, bit in enumerate(bits) if found >> k & 1)
    return out


# Plain ints: an IntFlag operation goes through the enum machinery.
_HINT_SIGNALS = tuple((int(signal), vocabulary) for signal, vocabulary in (
    (Signal.SHARE_HINT, SHARE_HINTS), (Signal.AD_HINT, AD_HINTS), (Signal.CRUMB_HINT, CRUMB_HINTS),
    (Signal.NAV_HINT, NAV_HINTS), (Signal.COMMENT_HINT, COMMENT_HINTS)))


@lru_cache(maxsize=4096)
def hint_signals(hints: str) -> int:
    """The hint signals of a class/id string (cached: a container's blocks share it).

    >>> hint_signals("bdshare-box") == Signal.SHARE_HINT, hint_signals("")
    (True, 0)
    """
    if not hints:
        return 0
    words = hint_vocabulary_words(hints)   # read once for the five vocabularies
    bits = 0
    for signal, vocabulary in _HINT_SIGNALS:
        if words_match(words, vocabulary):
            bits |= signal
    return bits


# ------------------------------------------------------------------------------------------ the registry
class Position(NamedTuple):
    """Where a block sits relative to the page's prose, the facts a rule may read (:attr:`Rule.reads`)."""

    outside_prose: bool     # before the first or after the last prose block
    after_body: bool        # after the last prose block


#: The boilerplate rules in the order they are tried: the first that takes a block labels it. Specific
#: kinds first, navigation (the broadest) last but one; reader comments last, kept with ``keep_comments``.
#: A breadcrumb (:func:`breadcrumb_trail`) is tried before them all, as it also sets a field.
BOILERPLATE_RULES: tuple[Rule, ...] = (
    Rule(icp_line, "icp", Signal.ICP, max_chars=ICP_MAX_CHARS),
    Rule(copyright_line, "copyright", Signal.COPYRIGHT, max_chars=COPYRIGHT_MAX_CHARS, reads="after_body"),
    Rule(share_line, "share", Signal.SHARE | Signal.SHARE_HINT, max_letters=SHARE_MAX_LETTERS),
    Rule(app_prompt_line, "app_prompt", Signal.APP, max_letters=APP_MAX_LETTERS),
    Rule(reader_prompt_line, "navigation", Signal.READER, max_letters=READER_MAX_LETTERS),
    Rule(comment_line, "comment", Signal.PHRASE, max_letters=COMMENT_MAX_LETTERS),
    Rule(nav_hint_block, "navigation", Signal.NAV_HINT, max_chars=NAV_HINT_MAX_CHARS),
    Rule(related_heading, "related", Signal.PHRASE, max_letters=RELATED_HEADING_MAX_LETTERS),
    Rule(prev_next_link, "related", Signal.PREV, max_chars=PREV_NEXT_MAX_CHARS),
    Rule(related_inline_link, "related", Signal.PHRASE, max_chars=RELATED_LINK_MAX_CHARS),
    Rule(ad_line, "ad", Signal.AD | Signal.AD_HINT),
    Rule(nav_separator_run, "navigation", Signal.SEPARATOR),
    Rule(nav_phrase_line, "navigation", Signal.PHRASE, max_letters=NAV_PHRASE_MAX_LETTERS, reads="outside_prose"),
    Rule(nav_space_run, "navigation", Signal.PHRASE),
    Rule(image_credit_line, "image_credit", Signal.PHOTO, max_chars=IMAGE_CREDIT_MAX_CHARS),
    Rule(comment_hint_block, "comment", Signal.COMMENT_HINT, kept_by="keep_comments"),
)


_Dispatch = tuple[tuple[str, str, Any, int, int, int, int], ...]


@lru_cache(maxsize=4)
def _dispatch(kept: frozenset[str]) -> _Dispatch:
    """The registry as plain tuples for the per-block loop, without the rules the options in ``kept`` turn off:
    (name, kind, test, max chars, max letters, needs, index of the position fact read or -1)."""
    return tuple((rule.name, rule.kind, rule.test, rule.max_chars, rule.max_letters, int(rule.needs),
                  Position._fields.index(rule.reads) if rule.reads else -1)
                 for rule in BOILERPLATE_RULES if not (rule.kept_by and rule.kept_by in kept))


#: A related list longer than this is a listing page, not a side list.
MAX_LIST = 30
#: No rule labels a block longer than this: it is content (or spam's business).
MAX_TEXT = 400
#: A labelled credit or date line is short; a long notice that quotes "来源：" is still a notice.
METADATA_LINE_MAX_CHARS = 150
#: An HTML trail split over elements: the crumb-hinted blocks within this many after the first ...
CRUMB_RUN_REACH = 20
#: ... each one crumb or a separator; anything longer is the page again.
CRUMB_ELEMENT_MAX_CHARS = 30
#: Blocks between two checks of the page's time budget.
BUDGET_CHECK_EVERY = 200


def _crumb_run(blocks: Sequence[Block], start: int) -> list[Block]:
    """A hinted breadcrumb and the crumb-hinted blocks right after it (HTML trails split per element)."""
    first = blocks[start]
    run = [first]
    if first.tag == "line" or len(split_breadcrumb(first.text)[0]) > 1 or not has_hint(first, CRUMB_HINTS):
        return run
    for block in blocks[start + 1:start + CRUMB_RUN_REACH]:
        if block.label is not None or len(block.text) > CRUMB_ELEMENT_MAX_CHARS or not has_hint(block, CRUMB_HINTS):
            break
        run.append(block)
    return run


# Plain ints for the per-block tests (an IntFlag operation goes through the enum machinery).
_METADATA_BIT = int(Signal.METADATA)
_CRUMB_BITS = int(Signal.CRUMB | Signal.CRUMB_LABEL | Signal.CRUMB_HINT)


def _classify(block: Block, where: tuple[bool, bool], rules: _Dispatch,
              signals: int = -1, title: str = "") -> tuple[str, str, list[str] | None] | None:
    """The first rule that takes ``block`` (kind, rule, breadcrumb trail) or None.

    ``where`` holds the :class:`Position` facts in their order (a plain tuple: one is made per block);
    ``rules`` the registry as :func:`_dispatch` gives it for the page's options; ``signals`` is
    the block's mask from :func:`page_signals` (-1: unknown, every rule is tried); ``title`` is the
    page's ``<title>`` (a trail may end in the headline).
    """
    text = block.text
    if len(text) > MAX_TEXT or (len(text) <= METADATA_LINE_MAX_CHARS and signals & _METADATA_BIT
                                and _METADATA_LINE.search(text)):
        return None
    signals |= hint_signals(block.hints)
    if not signals:
        return None   # no rule's needs are met: nearly every body paragraph and menu-less block
    if signals & _CRUMB_BITS:
        crumbs = breadcrumb_trail(block, title)
        if crumbs:
            return "breadcrumb", "breadcrumb_trail", crumbs
    size, letters = len(text), letter_count(text)
    for name, kind, test, max_size, max_letters, needs, reads in rules:
        if (max_size and size > max_size) or (max_letters and letters > max_letters):
            continue
        if not signals & needs:
            continue
        if test(block) if reads < 0 else test(block, where[reads]):
            return kind, name, None
    return None


@lru_cache(maxsize=4096)
def _without(hints: str, wide: frozenset[str]) -> str:
    return " ".join(t for t in hints.split() if t not in wide)


#: An ad token carried by the prose blocks that hold at least this share of the page's prose letters wraps the
#: article: no ad slot holds most of a page's prose (8world's story sits in ``<section class="… programatic-ads …">``).
#: Only ad words: a thread's replies (``comment-content``) may well outweigh its post.
ARTICLE_TOKEN_SHARE = 0.5


def _page_wide_hints(blocks: Sequence[Block], first: int) -> frozenset[str]:
    """Class/id tokens that wrap the article, so they are not chrome: those around the first prose paragraph,
    and the ad words that the paragraphs holding most of the page's prose letters carry (:data:`ARTICLE_TOKEN_SHARE`).

    ``<body class="ad-free comments-open">`` would otherwise make every block an ad or a comment, and 8world's
    article container ``<section class="block programatic-ads field-content">`` (a slot where ads may be put
    between its paragraphs) every paragraph of the story an ad line.

    >>> text = "印度一场政府主导的大型集体婚礼出现严重混乱与踩踏事件，多人受伤，其中包括一名被热茶烫伤的儿童。"
    >>> blocks = [Block(0, text[:30] + "。", hints="article-media"), Block(1, text, hints="programatic-ads text"),
    ...           Block(2, text, hints="programatic-ads text"), Block(3, "广告", hints="ad-slot")]
    >>> sorted(_page_wide_hints(blocks, 0))
    ['article-media', 'programatic-ads']
    """
    wide = hint_words(blocks[first].hints)[0] if first < len(blocks) and blocks[first].hints else frozenset()
    letters_by_token: dict[str, int] = {}
    total = 0
    for block in blocks[first:]:
        if block.label not in (None, "body") or not is_prose_block(block):
            continue
        letters = letter_count(block.text)
        total += letters
        for token in hint_words(block.hints)[0] if block.hints else ():
            letters_by_token[token] = letters_by_token.get(token, 0) + letters
    carried = {token for token, letters in letters_by_token.items() if letters >= ARTICLE_TOKEN_SHARE * total
               and words_match(hint_vocabulary_words(token), AD_HINTS)}
    return wide | carried if carried else wide


def _kept(opts: Any) -> frozenset[str]:
    """The options set that keep what some rule would remove."""
    return frozenset(r.kept_by for r in BOILERPLATE_RULES if r.kept_by and getattr(opts, r.kept_by, False))


def mark_boilerplate(doc: Document, opts: Any) -> None:
    """Label navigation, breadcrumb, share, related, copyright, ICP, comment, ad, app and credit blocks.

    The first breadcrumb found also sets the ``breadcrumb`` field. After a
    related heading, the link list that follows it is labelled too.
    """
    blocks = doc.blocks
    first, last = prose_span(blocks)
    rules = _dispatch(_kept(opts))
    wide = _page_wide_hints(blocks, first)
    signals = page_signals(blocks)
    title = (doc.head or {}).get("title") or ""
    heading: Block | None = None
    items = 0
    for i, block in enumerate(blocks):
        if i % BUDGET_CHECK_EVERY == BUDGET_CHECK_EVERY - 1:
            doc.check_budget("boilerplate")
        if block.label is not None:
            continue
        own_hints = block.hints
        if wide and own_hints:
            # the rules see the block without the page-wide words (restored right after: the
            # document is this call's own, so the brief swap is invisible outside)
            block.hints = _without(own_hints, wide)
        try:
            found = _classify(block, (i < first or i > last, i > last), rules, signals[i], title)
        finally:
            block.hints = own_hints
        if heading is not None and found is None and items < MAX_LIST and related_list_item(block, heading, items) \
                and not _METADATA_LINE.search(block.text) \
                and not (i < first and headline_over_its_date(blocks, i)):
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
        if rule == related_heading.__name__:
            heading, items = block, 0
