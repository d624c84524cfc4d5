"""Page controls inside the text: repeated control labels, tag lines and headings' edit links.

These sit inside the article's own region, where the per-block boilerplate rules (which look for
menus, share bars and the like) do not reach them, and they would otherwise come back as paragraphs:

- :func:`repeated_controls`: one short linked label standing alone again and again (``编辑播报`` after
  each section heading of an encyclopedia entry, ``举报`` under each post);
- :func:`tag_line`: the page's tags (``词条标签：生物物种 ， 植物``, ``关键词：…``, ``#生活小妙招 #梅雨季``);
- :func:`strip_edit_link`: a heading's own edit link (``简介[编辑]`` on a wiki), cut from its text;
- :func:`table_of_contents`: a ``目录`` heading and the linked section list under it;
- :func:`notice_section`: a legal notice under the article (``反侵权公告：`` and its numbered clauses);
- :data:`_LOADING`: a widget's loading placeholder standing alone (``正在加载...``);
- :data:`_BACK_LINK`: a link back to the site closing the article (``返回搜狐，查看更多``, ``返回列表``);
- :data:`_ATTACHMENT`: an attachment's file name (``附件：2025年上半年重点项目清单.xls``);
- :data:`_FOLD`: a fold or app control (``展开全文 打开APP，阅读全文``, ``尽在新浪财经APP``);
- :data:`_DISCLAIMER`: a platform's disclaimer (``新浪声明：此消息系转载自…，不代表本网观点``);
- :data:`_TIP`: a tip prompt (``喜欢这篇文章，就请作者喝杯咖啡吧``, ``赞赏 已有 38 人赞赏``);
- :data:`_COUNTERS`: a line of counters (``综合评分 8.7（123人做过）``, ``36人点赞``, ``字数 2,345 阅读 1,234``);
- :func:`related_items`: the linked items of an element named as a related or recommended list
  (``<div class="related-reviews">``), which carries no 相关阅读 heading;
- :func:`speaker_comments`: comments without a comment class (``青柠不加冰：原来…`` over ``7月15日 11:08 来自
  iPhone客户端``), found by their shape: a linked name and a colon, then a time line.

>>> from webclean.document import Document
>>> doc = Document(raw="")
>>> doc.blocks = [Block(0, "形态特征", heading=2), Block(1, "编辑播报", links=1, link_chars=2),
...               Block(2, "分布范围", heading=2), Block(3, "编辑播报", links=1, link_chars=2),
...               Block(4, "生长习性", heading=2), Block(5, "编辑播报", links=1, link_chars=2),
...               Block(6, "词条标签：生物物种 ， 植物 ， 科学")]
>>> mark_controls(doc, None)
>>> [b.label for b in doc.blocks]
[None, 'navigation', None, 'navigation', None, 'navigation', 'related']
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .chrome import RELATED_HINTS, has_hint, blocks_matching
from ..document import Block, Document

__all__ = ["mark_controls", "notice_section", "related_items", "repeated_controls", "speaker_comments",
           "strip_edit_link",
           "table_of_contents", "tag_line"]

# A control label: a few characters, no sentence punctuation (a refrain or a short reply has some).
_CONTROL_MAX = 8
_SENTENCE_PUNCT = re.compile(r"[，。！？；、,.!?;]")
_MIN_REPEATS = 3

_TAG_LABEL = re.compile(r"(?:[\u4e00-\u9fff]{0,4}(?:标签|標籤|关键词|關鍵詞|关键字|關鍵字)|tags?)\s*[:：]", re.I)
_TAG_SEP = re.compile(r"\s*[，,、|｜/;；]\s*|\s+")
_HASHTAGS = re.compile(r"(?:#[^#\s]{1,20}#?\s*){2,}")
_TAG_MAX_ITEM = 15
_TAG_MAX_ITEMS = 15
_EDIT_LINK = re.compile(r"[\[［【](?:编辑|編輯|edit|修改)[\]］】]\s*$", re.I)


def repeated_controls(blocks: list[Block]) -> list[Block]:
    """Open blocks whose whole text is a short linked label that stands alone three times or more.

    >>> bs = [Block(i, "编辑播报" if i % 2 else f"第{i}节", links=i % 2, link_chars=2 * (i % 2)) for i in range(6)]
    >>> [b.index for b in repeated_controls(bs)]
    [1, 3, 5]
    >>> repeated_controls([Block(i, "风吹过") for i in range(3)])   # a refrain with no link: text
    []
    """
    def candidate(b: Block) -> bool:
        return (b.links >= 1 and len(b.text) <= _CONTROL_MAX and b.label is None and not b.heading
                and not _SENTENCE_PUNCT.search(b.text))

    counts = Counter(b.text for b in blocks if b.links and candidate(b))
    repeated = {text for text, n in counts.items() if n >= _MIN_REPEATS}
    if not repeated:
        return []
    # every standing occurrence must be a link: one plain occurrence makes the label text
    plain = {b.text for b in blocks if b.label is None and b.text in repeated and not candidate(b)}
    return [b for b in blocks if candidate(b) and b.text in repeated and b.text not in plain]


def tag_line(text: str) -> bool:
    """A line listing the page's tags or keywords: a tag label and short items, or hashtags only.

    >>> tag_line("词条标签：生物物种 ， 植物 ， 科学"), tag_line("关键词：城市更新 老旧小区"), tag_line("#生活小妙招 #梅雨季")
    (True, True, True)
    >>> tag_line("标签：这次改造让居民们都很满意。")
    False
    """
    if len(text) > 200:
        return False
    if _HASHTAGS.fullmatch(text.strip()):
        return True
    text = text.lstrip()
    m = _TAG_LABEL.match(text)
    if m is None or "。" in text:
        return False
    items = [t for t in _TAG_SEP.split(text[m.end():].strip()) if t]
    return 1 <= len(items) <= _TAG_MAX_ITEMS and all(len(t) <= _TAG_MAX_ITEM for t in items)


def strip_edit_link(block: Block) -> bool:
    """Cut a heading's trailing edit link (``简介[编辑]`` -> ``简介``); True when the text changed.

    >>> b = Block(0, "个人生活[编辑]", heading=3)
    >>> strip_edit_link(b), b.text
    (True, '个人生活')
    """
    if not block.heading:
        return False
    cut = _EDIT_LINK.sub("", block.text).rstrip()
    if cut == block.text or not cut:
        return False
    block.text = cut
    return True


_TOC_HEADING = re.compile(r"(?:文章|本文|内容|內容)?(?:目录|目錄)|contents|table of contents", re.I)
_TOC_ITEM_MAX = 40
_TOC_MAX_ITEMS = 200


def table_of_contents(blocks: list[Block], start: int) -> list[Block]:
    """The ``目录`` heading at ``start`` and the linked section list right under it (two items or more).

    >>> bs = [Block(0, "目录"), Block(1, "1形态特征", links=1, link_chars=4), Block(2, "2分布范围", links=1, link_chars=4),
    ...       Block(3, "水杉为高大乔木，成年树高可达三十五米以上。")]
    >>> [b.index for b in table_of_contents(bs, 0)]
    [0, 1, 2]
    >>> table_of_contents([Block(0, "目录"), Block(1, "水杉为高大乔木，成年树高可达三十五米以上。")], 0)
    []
    """
    if not _TOC_HEADING.fullmatch(blocks[start].text.strip()):
        return []
    items = []
    for b in blocks[start + 1: start + 1 + _TOC_MAX_ITEMS]:
        if b.label is not None and b.label != "boilerplate":
            break
        if len(b.text) > _TOC_ITEM_MAX or b.link_density < 0.5:
            break
        items.append(b)
    return [blocks[start], *items] if len(items) >= 2 else []


# Titles of the legal notices sites put under every article (a bare 声明 may be news: not listed).
_NOTICE_TITLE = re.compile(r"(?:反侵权|反侵權|侵权|侵權)(?:公告|声明|聲明)|(?:版权|版權|免责|免責|法律|转载|轉載)(?:声明|聲明|说明|說明)"
                           r"|(?:版权|版權)(?:公告|所有声明)")
_NOTICE_MAX = 30   # clauses of one notice; more is a page of its own


def notice_section(blocks: list[Block], start: int) -> list[Block]:
    """A legal-notice heading at ``start`` (``反侵权公告：``, ``免责声明``) and the blocks of the same
    container right after it: the notice's clauses, contacts and signature.

    >>> bs = [Block(0, "土豆，曾经的“救命蛋”，如今的“致富薯”。", container=1), Block(1, "反侵权公告：", container=2),
    ...       Block(2, "根据《著作权法》等法律法规，未经书面许可，擅自转载本报社作品的，将涉嫌侵权。", container=2),
    ...       Block(3, "陈律师（法律顾问）0432-62099222", container=2), Block(4, "网站地图", container=3)]
    >>> [b.index for b in notice_section(bs, 1)]
    [1, 2, 3]
    """
    head = blocks[start]
    title = head.text.strip().rstrip(":：").strip()
    if len(title) > 10 or not _NOTICE_TITLE.fullmatch(title):
        return []
    # A site's notice is its own template element: it opens a container and ends with it. A subheading
    # 免责声明 inside an article shares the article's container with the text before it.
    if start > 0 and blocks[start - 1].container == head.container:
        return []
    out = [head]
    for b in blocks[start + 1:]:
        if b.container != head.container:
            return out
        if len(out) > _NOTICE_MAX:
            return []
        out.append(b)
    return out


# A player's or a feed's placeholder until a script fills it: 正在加载... / 加载中 / Loading...
_LOADING = re.compile(r"(?:正在|努力)?(?:加载|加載|载入|載入)(?:中)?\s*[.。…]*|loading\s*[.…]*", re.I)

# A link back to the site or the list after the article: 返回搜狐，查看更多 / 返回列表 / 返回上一页.
_BACK_LINK = re.compile(r"[<《«]?\s?(?:返回|回到)[^\s，,。！]{1,8}(?:[，,]\s?查看更多)?\s?[>》»]?")

# An attachment line: 附件：清单.xls / 附件2：申报表.docx (a file to download, not text).
_ATTACHMENT = re.compile(r"附件\s?\d{0,2}\s?[:：.．、]?\s?[^\n]{1,80}?\.(?:xlsx?|docx?|pdf|zip|rar|7z|wps|et|pptx?|txt|ofd)\s?",
                         re.I)

# Fold and app controls: 展开全文 / 阅读全文 / 展开剩余80% / 打开APP，阅读全文 / 海量资讯、精准解读，尽在某某APP.
_FOLD = re.compile(r"(?:\s?(?:展开全文|展開全文|展开全部|展開全部|阅读全文|閱讀全文|查看全文|展开剩余\s?\d{0,3}%?|继续阅读|繼續閱讀"
                   r"|打开\s?APP[，,\s]*(?:阅读全文|查看更多精彩|看更多|查看全文)?"
                   r"|(?:[^。！？\s]{0,16}[，,])?尽在[^。！？\s]{1,10}APP|[^。！？\s]{2,8}APP)[。！]?)+", re.I)
# A platform's disclaimer under the article: 新浪声明：此消息系转载自…，不代表本网观点或立场…
_DISCLAIMER = re.compile(r"[^。！？：:]{0,8}(?:声明|聲明)[:：].{0,300}?(?:转载|轉載|观点|觀點|立场|立場|不构成|不構成"
                         r"|仅供参考|僅供參考|不代表|上传|上傳|存储|存儲)"
                         r"|(?:notice|disclaimer|statement)\s?:.{0,300}?(?:uploaded|posted|opinions?|views|storage)",
                         re.S | re.I)

# A tip box under a post: 喜欢这篇文章，就请作者喝杯咖啡吧 / 赞赏 已有 38 人赞赏 / 打赏作者.
_TIP = re.compile(r"(?:赞赏|讚賞|打赏|打賞)(?:作者|支持)?(?:\s?已有\s?\d+\s?人(?:赞赏|讚賞|打赏|打賞))?"
                  r"|[^。！？]{0,12}请作者喝(?:一)?杯咖啡[吧！!]?")

# One counter (digit runs bounded: linear under search, a few ways at most to split a run of digits
# between counters): 36人点赞 / 2.1万人收藏 / 阅读 1,234 / 字数：2345 / 赞 (15) / 综合评分 8.7（123人做过）.
_COUNTER = (r"(?:\d[\d,.]{0,12}\s?[万千]?\s?(?:人|次|条|個|个|篇)?\s?(?:点赞|點讚|收藏|阅读|閱讀|浏览|瀏覽|评论|評論|做过|做過"
            r"|关注|關注|粉丝|粉絲|赞赏|讚賞|喜欢|喜歡|转发|轉發|分享|回应|回應)"
            r"|(?:字数|字數|阅读|閱讀|浏览|瀏覽|点赞|點讚|收藏|评论|評論|粉丝|粉絲|关注|關注|评分|評分|综合评分|赞|讚)"
            r"\s?[:：]?\s?[(（]?\d[\d,.]{0,12}\s?[万千]?[)）]?(?:\s?[（(]\d[\d,.]{0,12}\s?[万千]?人(?:做过|做過)[）)])?)")
_DIGIT = re.compile(r"\d")
# A line of them, maybe after a short name (十分钟快手家常菜 2.1万人收藏) and separated by spaces, · or |.
_COUNTERS = re.compile(r"(?:\d{1,4}[-./]\d{1,2}(?:[-./]\d{1,2})?\s?(?:\d{1,2}:\d{2}(?::\d{2})?)?\s)?"
                       r"(?:[^\s。，！？,]{1,16}\s)?" + _COUNTER + r"(?:\s?[·|｜/]?\s?" + _COUNTER + r")*")

# Everything the per-block rules below look for holds one of these: one search over the page finds the
# few blocks worth a look (chrome.blocks_matching). The look-ahead on the first characters lets the
# engine skip the positions where no alternative can start.
_SIGNAL = re.compile(r"(?=[签籤录錄#\[［【关關OoAaNnDdSs声聲说說公加载載返回附全阅閱展继繼赞讚打咖])(?:[签籤录錄#\[［【]|关键|關鍵|ontents|ags?\s*[:：]|[声聲说說公][明告]|[加载載][载載入]|oading|返回|回到|附件|全文|阅读|閱讀|app|[声聲]明|展开|展開|继续|繼續|[赞讚打][赏賞]|咖啡|notice|disclaimer|statement)", re.I)


# A comment: a linked name, maybe a reply to someone, and a colon (青柠不加冰： / 周慕言 回复 @老王：).
_SPEAKER = re.compile(r"[^\s：:]{1,20}(?:\s?回复\s?@[^\s：:]{1,20})?\s?[：:]")
# Its time line: 7月15日 11:08 / 2025-07-15 11:08 / 10分钟前, and the device it came from.
_COMMENT_TIME = re.compile(r"(?:\d{4}[-/.])?\d{1,2}(?:月\d{1,2}日|[-/.]\d{1,2})\s?\d{1,2}:\d{2}|\d{1,3}\s?(?:分钟|小时)前"
                           r"|刚刚|今天\s?\d{1,2}:\d{2}")
_TIME_LINE_MAX = 40
_COMMENT_REACH = 3


def speaker_comments(blocks: list[Block]) -> list[Block]:
    """Comment units with no comment class: a block that opens with a linked name and a colon, then,
    within a few blocks, a short time line. Two units or more make a comment list.

    >>> bs = [Block(0, "青柠不加冰：原来我们小区里天天叫的是白头鹎！", links=1, link_chars=5),
    ...       Block(1, "7月15日 11:08 来自 iPhone客户端"),
    ...       Block(2, "河边跑步的老王：求推荐一款入门望远镜，谢谢博主。", links=1, link_chars=6),
    ...       Block(3, "7月15日 12:30")]
    >>> [b.index for b in speaker_comments(bs)]
    [0, 1, 2, 3]
    >>> speaker_comments([Block(0, "记者：这些年最让您骄傲的是什么？"), Block(1, "7月15日 12:30")])
    []
    """
    units: list[Block] = []
    for i, b in enumerate(blocks):
        if b.label is not None or not b.links or len(b.text) > 500:
            continue
        m = _SPEAKER.match(b.text)
        if m is None or b.link_chars < len(m.group().split()[0].rstrip("：:")) // 2 + 1:
            continue   # the speaker's name is the link: a colon after plain text is a label or a quote
        for t in blocks[i + 1: i + 1 + _COMMENT_REACH]:
            if len(t.text) <= _TIME_LINE_MAX and _COMMENT_TIME.match(t.text):
                units += [b, t]
                break
    return units if len(units) >= 4 else []


_RELATED_ITEM_MAX = 80


def related_items(blocks: list[Block]) -> list[Block]:
    """Short, mostly linked blocks inside an element whose class names a related or recommended list.

    >>> bs = [Block(0, "《长夜将尽》的影评 · · · · · · ( 全部 328 条 )", links=2, link_chars=20, hints="reviews related-reviews"),
    ...       Block(1, "今年最好的国产现实题材，没有之一", links=1, link_chars=16, hints="related-reviews main-bd"),
    ...       Block(2, "首映场看的，片尾字幕出来的时候全场没有一个人起身。", hints="related-reviews short-content")]
    >>> [b.index for b in related_items(bs)]
    [0, 1]
    """
    return [b for b in blocks if b.label is None and b.links and len(b.text) <= _RELATED_ITEM_MAX
            and b.link_density >= 0.5 and has_hint(b, RELATED_HINTS)]


def mark_controls(doc: Document, opts: Any) -> None:
    """Label repeated control labels (navigation), tables of contents (navigation) and tag lines
    (related); cut headings' edit links."""
    blocks = doc.blocks
    for b in repeated_controls(blocks):
        doc.remove_block(b, "navigation", "repeated_control")
    for b in related_items(blocks):
        doc.remove_block(b, "related", "related_hint_item")
    for b in blocks:   # counters are short and hold a digit: two cheap tests before the pattern
        if len(b.text) <= 50 and b.label is None and _DIGIT.search(b.text) and _COUNTERS.fullmatch(b.text):
            doc.remove_block(b, "boilerplate", "counter_line")
    if not getattr(opts, "keep_comments", False):
        for b in speaker_comments(blocks):
            if b.label is None:
                doc.remove_block(b, "comment", "speaker_comment")
    signals = blocks_matching([b.text for b in blocks], (_SIGNAL,))
    for i in [i for i, found in enumerate(signals) if found]:
        b = blocks[i]
        if b.label is not None:
            continue
        if len(b.text) <= 20:
            for item in notice_section(blocks, i):
                if item.label is None:
                    doc.remove_block(item, "copyright", "notice_section")
            for item in table_of_contents(blocks, i):
                if item.label is None:
                    doc.remove_block(item, "navigation", "table_of_contents")
            if b.label is not None:
                continue
        if _LOADING.fullmatch(b.text):
            doc.remove_block(b, "boilerplate", "loading_placeholder")
        elif b.link_density >= 0.8 and _BACK_LINK.fullmatch(b.text):
            doc.remove_block(b, "navigation", "back_link")
        elif _ATTACHMENT.fullmatch(b.text):
            doc.remove_block(b, "boilerplate", "attachment_line")
        elif len(b.text) <= 60 and _FOLD.fullmatch(b.text):
            doc.remove_block(b, "app_prompt", "fold_control")
        elif len(b.text) <= 400 and _DISCLAIMER.match(b.text):
            doc.remove_block(b, "copyright", "disclaimer_line")
        elif len(b.text) <= 40 and _TIP.fullmatch(b.text):
            doc.remove_block(b, "boilerplate", "tip_prompt")

        elif b.heading:
            strip_edit_link(b)
        elif tag_line(b.text):
            doc.remove_block(b, "related", "tag_line")
