"""Page metadata: title, column, author, editor, source and publication date.

``extract_metadata(doc, opts)`` runs after spam and boilerplate labelling and
before body selection. It works on plain-text pages (blocks are lines) and on
HTML pages (blocks plus ``doc.head``). Each heuristic is a small named function;
date parsing lives in :mod:`webclean.dates`. Regexes are linear-time
(alternations of literals, bounded classes, no nested quantifiers).
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from .dates import parse_date, parse_epoch, url_date
from .document import Block, Document
from .record import Removal

__all__ = ["extract_metadata", "parse_credits", "valid_person", "valid_source", "clean_value",
           "strip_site_suffix", "split_column", "clean_title", "looks_like_headline", "text_headline",
           "html_headline", "heading_headline", "name_under_headline", "drop_repeated_headline", "head_date", "dateline_source", "reporter_dateline", "posted_by", "head_author", "trailing_byline", "scan_credit_lines"]
# Label words and the field each one feeds. Longer forms first so 责任编辑 wins over 编辑.
_LABELS = (
    ("author", "本报记者|本報記者|特约记者|特約記者|记者|記者|通讯员|通訊員|作者|撰稿人|撰稿|撰文|文字|"
               "(?<![\u3400-\u9fff])文(?=\\s?[:：/／])|(?<![A-Za-z])by(?=\\s)"),
    ("editor", "责任编辑|責任編輯|责编|責編|编辑|編輯|主编|主編"),
    ("source", "来源|來源|出处|出處|稿源|稿件来源|稿件來源|转自|轉自"),
    ("date", "发布时间|發佈時間|發布時間|发布日期|發佈日期|發布日期|发表时间|發表時間|发表日期|發表日期|"
             "更新时间|更新時間|时间|時間|日期|发布于|發佈於|发布|發布|發佈"),
    # Other credits end the value before them but feed no field ("编辑：李四 审核：王五").
    ("other", "审核|審核|校对|校對|监制|監製|摄影|攝影|图片|圖片|出品|策划|策劃|统筹|統籌|点击|點擊|阅读|閱讀|浏览|瀏覽"),
)
_FIELD_OF = {}
for _field, _alts in _LABELS:
    for _alt in _alts.split("|"):
        _FIELD_OF[_alt.split("(?=")[0].replace("(?<![\u3400-\u9fff])", "").replace("(?<![A-Za-z])", "")] = _field
_ANY = "|".join(alts for _, alts in _LABELS)
# A label followed by a colon (or the slash of 文/), or by a space in a short line (记者 王明).
_LABEL = re.compile(r"(?P<lab>" + _ANY + r")\s?(?P<colon>[:：/／]?)\s?")
# Where a value ends: list separators, closing brackets, wide gaps.
_VALUE_END = re.compile(r"[|｜\]】)）》\[【(（/／]|\s{2,}|　")
_TRIM = " \t〓:：,，;；、.。·•-—_()（）[]【】<>《》\"'“”"
_JUNK = frozenset("size admin administrator 回复 回覆 佚名 匿名 未知 不详 none null unknown 网友 游客 管理员 "
                  "本报 本站 本网 小编 编辑 作者 来源 原创 转载 网络 互联网 待续 完 图 摄 "
                  "摘要 导语 正文 分享 打印 字号 收藏 返回 评论 简介 目录 图片 视频 关闭 点击 更多 登录 注册".split())
_OUTLET = re.compile(r"本报|本報|本站|本网|本網|新华社|新華社|中新社|报社|報社|日报|日報|晚报|晚報|网站|網站"
                     r"|网$|網$|记者站|通讯社|通訊社|電視台|电视台|杂志|雜誌|网络|網絡|新闻|新聞|传媒|傳媒|媒体|媒體"
                     r"|集团|集團|公司|[Tt]eam|Inc\b|政府|委员会|委員會")
_HAS_WORD = re.compile(r"[\u3400-\u9fffA-Za-z]")
_DIGITS_OR_DATE = re.compile(r"\d{2}|[年月日]\d|=")


def _field_of(label: str) -> str:
    return _FIELD_OF.get(label, "author")


def clean_value(value: str) -> str:
    """A label value cut at the next separator and trimmed of punctuation.

    >>> clean_value("人民网  作者：张三")
    '人民网'
    >>> clean_value("張堯]")
    '張堯'
    """
    m = _VALUE_END.search(value)
    if m:
        value = value[: m.start()]
    return value.strip(_TRIM).strip()


def valid_person(name: str) -> bool:
    """A value that can be a person's name (not an outlet, a date, a number or forum junk).

    >>> valid_person("馮稟壹"), valid_person("新华社"), valid_person('size="20"'), valid_person("2025-07-14")
    (True, False, False, False)
    """
    if not name or len(name) > 30 or not _HAS_WORD.search(name):
        return False
    if name.lower() in _JUNK or _DIGITS_OR_DATE.search(name):
        return False
    return not _OUTLET.search(name)


def valid_source(name: str) -> bool:
    """A value that can be an outlet name.

    >>> valid_source("人民网"), valid_source("2025-07-14")
    (True, False)
    """
    return (bool(name) and len(name) <= 40 and bool(_HAS_WORD.search(name)) and name.lower() not in _JUNK
            and "=" not in name and not parse_date(name))


# 本报记者罗科苏盈发自北京 / 記者林悅／南市報導 / （中央社記者邱俊欽桃園19日電）: a name glued to the
# label and closed by a place + dispatch. Names take 2..4 characters, greedy first so a 3-character name
# beats a 2-character one when a 2-character place follows.
_REPORTER = re.compile(r"(?:记者|記者)\s?(?P<name>[\u3400-\u9fff·]{2,4})\s?"
                       r"(?:发自|發自|报道|報導|报导|[/／]|[\u3400-\u9fff]{2,4}\d{1,2}日[电電])"
                       r"|[（(](?:记者|記者)\s?(?P<bracketed>[\u3400-\u9fff·]{2,4})[)）]")
# 由海姑娘张贴 @ 2005-06-14 / 本贴由大卫于2005年8月12日…发表 / 海姑娘写于2005年6月12日: blog and forum posters.
_POSTED_BY = re.compile(r"由\s?(?P<name>[^\s由于於@,，:：]{2,12}?)\s?(?:张贴|張貼|于\d|於\d|发表于|發表於)"
                        r"|^(?P<writer>[^\s由于於@,，:：]{2,12}?)\s?(?:写于|寫於)")


def reporter_dateline(text: str) -> str | None:
    """The reporter named in a news dateline at the start of a paragraph or in a short line.

    >>> reporter_dateline("（新华社记者张小明北京14日电）会议指出……")
    '张小明'
    >>> reporter_dateline("本报记者王明发自上海")
    '王明'
    >>> reporter_dateline("据新华社拉萨电（记者 格桑卓玛）记者近日从……")
    '格桑卓玛'
    """
    m = _REPORTER.search(text[:60])
    name = (m.group("name") or m.group("bracketed")) if m else None
    return name if name and valid_person(name) else None


def posted_by(text: str) -> str | None:
    """The poster of a blog entry or forum post.

    >>> posted_by("由小海张贴 @ 2005-06-14 03:25:55 (370)")
    '小海'
    >>> posted_by("本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表.")
    '大卫'
    """
    m = _POSTED_BY.search(text[:80])
    name = (m.group("name") or m.group("writer")) if m else None
    return name if name and valid_person(name) else None


def _labels(line: str) -> list[re.Match[str]]:
    """Label matches that start a value (a colon, 文/, or a space-separated name in a short line)."""
    out = []
    for m in _LABEL.finditer(line):
        lab = m.group("lab")
        if m.group("colon") or lab in ("文", "by"):
            out.append(m)
        elif _field_of(lab) in ("author", "editor") and len(line) <= 40 and m.end() > m.end("lab"):
            out.append(m)  # 光明日报记者 王建宏 (a space, no colon) only in a short credit line
    return out


def parse_credits(line: str) -> dict[str, str]:
    """Every labelled value in one line, by field (author, editor, source, date).

    >>> parse_credits("2025-07-14 11:49  来源：人民网  作者：张三  责任编辑：李四")
    {'source': '人民网', 'author': '张三', 'editor': '李四'}
    >>> parse_credits("[責任編輯:張堯]")
    {'editor': '張堯'}
    >>> parse_credits("记者 王明 通讯员 李华")
    {'author': '王明、李华'}
    >>> parse_credits("記者 王怡文／台北報導")
    {'author': '王怡文'}
    >>> parse_credits("作者：张三 审核：王五")
    {'author': '张三'}
    """
    line = line[:400]
    marks = _labels(line)
    # Credit lines open with their labels (a date may come first); a label after prose is a mention
    # inside a sentence or a trailing byline ("…过得舒心。(作者:林书言)"), not a credit line.
    # More than 20 Han characters before the first label is prose (dates, URLs and site names are not).
    if marks and (len(_CJK.findall(line, 0, marks[0].start())) > 20 or "。" in line[: marks[0].start()]):
        return {}
    out: dict[str, str] = {}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(line)
        field = _field_of(m.group("lab"))
        raw = line[m.end(): end]
        value = raw.strip(_TRIM) if field == "date" else clean_value(raw)
        if not value or field == "other":
            continue
        if field == "author" and "author" in out:
            if value not in out["author"]:
                out["author"] += "、" + value
            continue
        out.setdefault(field, value)
    return out


# ---------------------------------------------------------------- titles

_SITE_SEP = re.compile(r"\s?(?:[_|｜]|--?|—|–|::)\s?|\s[-·]\s")
_PICTURE = re.compile(r"\s?[(（](?:组图|組圖|图|圖|多图|多圖|图文|圖文|视频|視頻)[)）]\s?")
_COLUMN_SEP = re.compile(r"\s?[|｜]\s?")
_SENTENCE_END = re.compile(r"[。]$")  # headlines may end in ？ or ！, never in 。


def strip_site_suffix(head_title: str) -> str:
    """The headline part of a <title>: the first piece before a site-name separator.

    >>> strip_site_suffix("城市更新提速_新浪网")
    '城市更新提速'
    >>> strip_site_suffix("城市更新提速 - 中国日报网")
    '城市更新提速'
    """
    pieces = [p for p in _SITE_SEP.split(head_title.strip()) if p and p.strip()]
    return pieces[0].strip() if pieces else head_title.strip()


def split_column(title: str) -> tuple[str | None, str]:
    """A short column prefix before ``|`` / ``｜`` split off the headline.

    >>> split_column("人民論壇網評 | 踐行人民城市理念")
    ('人民論壇網評', '踐行人民城市理念')
    >>> split_column("踐行人民城市理念")
    (None, '踐行人民城市理念')
    """
    parts = _COLUMN_SEP.split(title, maxsplit=1)
    # A column name is short (<= 12 chars) and shorter than the headline after it.
    if len(parts) == 2 and 2 <= len(parts[0]) <= 12 and len(parts[1]) > len(parts[0]):
        return parts[0].strip(), parts[1].strip()
    return None, title


def clean_title(title: str) -> tuple[str, str | None, str | None]:
    """(headline, column, spam suffix): picture marker dropped, column split, spam trimmed.

    >>> clean_title("人民論壇網評 | 踐行人民城市理念（组图）")[:2]
    ('踐行人民城市理念', '人民論壇網評')
    """
    title = _PICTURE.sub("", title).strip()
    spam_part = None
    try:
        from .spam import strip_title_spam
        title, spam_part = strip_title_spam(title)
    except ImportError:  # spam.py not available: keep the title as it is
        pass
    column, title = split_column(title)
    return title.strip(), column, spam_part


def _norm(text: str) -> str:
    return _NON_WORD.sub("", text).lower()


_NON_WORD = re.compile(r"[^\w\u3400-\u9fff]+")


def looks_like_headline(text: str) -> bool:
    """A short line without sentence-final punctuation, not a date or a credit line.

    >>> looks_like_headline("踐行人民城市理念,繪好社區治理“工筆畫”")
    True
    >>> looks_like_headline("会议在北京举行。")
    False
    """
    # Chinese headlines run 4..60 characters; longer lines are paragraphs.
    if not 4 <= len(text) <= 60 or _SENTENCE_END.search(text):
        return False
    if parse_epoch(text) or (parse_date(text) and len(_norm(text)) < 20) or parse_credits(text):
        return False
    return len(_CJK.findall(text)) >= 2


_CJK = re.compile(r"[\u3400-\u9fff]")


def _open(doc: Document) -> list[Block]:
    return [b for b in doc.blocks if b.label is None]


def _first_long(blocks: list[Block]) -> int:
    """Position of the first prose paragraph (>= 80 chars with a full stop), or len(blocks)."""
    for i, b in enumerate(blocks):
        if len(b.text) >= 80 and ("。" in b.text or "，" in b.text):
            return i
    return len(blocks)


def _is_dateline(text: str) -> bool:
    return bool(parse_epoch(text)) or (len(text) <= 80 and parse_date(text) is not None) or bool(parse_credits(text))


def text_headline(blocks: list[Block]) -> Block | None:
    """The headline line of a text page: the last headline-like line before the first paragraph,
    preferring one followed by a date, epoch or credit line.

    Example: ``人民論壇網評 | 踐行人民城市理念…`` followed by ``1752464965434``.
    """
    stop = _first_long(blocks)
    candidates = [i for i in range(min(stop, len(blocks))) if looks_like_headline(blocks[i].text)]
    for i in reversed(candidates):
        if i + 1 < len(blocks) and _is_dateline(blocks[i + 1].text):
            return blocks[i]
    return blocks[candidates[-1]] if candidates else None


def _head_titles(doc: Document) -> list[str]:
    head = doc.head
    meta = head.get("meta") or {}
    out = [head.get("title") or ""]
    out += meta.get("og:title", []) + meta.get("twitter:title", [])
    for obj in head.get("jsonld") or []:
        if isinstance(obj, dict) and isinstance(obj.get("headline"), str):
            out.append(obj["headline"])
    return [t.strip() for t in out if t and t.strip()]


_FURNITURE_HINT = re.compile(r"nav|menu|side|foot|bottom|widget|banner|logo|header")
_TITLE_HINT = re.compile(r"title\b|title$|headline|biaoti|\bbt\b")


def _headline_score(blocks: list[Block], i: int) -> int:
    """Points for block i as a headline: heading level, a title class, and what follows it."""
    b = blocks[i]
    score = 2 if b.heading == 1 else 1 if b.heading == 2 else 0
    last_hint = b.hints.split()[-1] if b.hints.split() else ""
    score += 1 if _TITLE_HINT.search(last_hint) else 0
    if score == 0:
        return 0
    # A headline is followed by its dateline or by the first paragraph; a sidebar heading by links.
    after = [x.text for x in blocks[i + 1: i + 3]]
    if any(_is_dateline(t) or len(t) >= 60 for t in after):
        score += 2
    if _FURNITURE_HINT.search(" ".join(b.hints.split()[-3:])):
        score -= 3
    return score


def heading_headline(blocks: list[Block]) -> Block | None:
    """The best-scoring h1/h2 or title-classed block that reads like a headline.

    Example: a blog's ``<td class="post-title">湘菜粤菜 兵分两路 (图)</td>`` followed by its
    ``2005-06-14 03:25:55`` line beats the sidebar ``<h2 class="bottom_nav">博客导读</h2>``.
    """
    best, best_score = None, 0
    for i, b in enumerate(blocks):
        if b.link_density >= 0.5 or not looks_like_headline(_PICTURE.sub("", b.text)):
            continue
        score = _headline_score(blocks, i)
        if score > best_score:
            best, best_score = b, score
    return best


def html_headline(doc: Document, blocks: list[Block]) -> tuple[Block | None, str | None]:
    """The headline block that agrees with <title>/og:title, else the first h1/h2, else the head title.

    Example: <title>城市更新提速_新浪网</title> and an <h1>城市更新提速</h1> -> that h1.
    """
    heads = _head_titles(doc)
    keys = [_norm(t) for t in heads] + [_norm(strip_site_suffix(t)) for t in heads]
    keys = [k for k in keys if len(k) >= 4]
    limit = min(len(blocks), 400)
    best: tuple[int, int, Block] | None = None
    for pos, b in enumerate(blocks[:limit]):
        n = _norm(b.text)
        if not 4 <= len(n) <= 100:
            continue
        # Agreement: the block is the head title's prefix, or contains the stripped title.
        agree = any(k.startswith(n) and len(n) * 3 >= len(k) or (n.startswith(k) and len(n) <= len(k) * 1.5)
                    or (k in n and len(k) * 1.25 >= len(n)) for k in keys)
        if not agree:
            continue
        rank = (0 if b.heading else 1 if "title" in b.hints or b.tag in ("strong", "b") else 2)
        if best is None or rank < best[0]:
            best = (rank, pos, b)
    if best is not None:
        return best[2], None
    guess = heading_headline(blocks[:limit])
    if guess is not None:
        return guess, None
    guess = text_headline(blocks)
    if guess is not None:
        return guess, None
    if heads:
        return None, strip_site_suffix(heads[0])
    return None, None


def find_title(doc: Document, blocks: list[Block]) -> Block | None:
    """Set title and column; label the headline block; return it (the anchor for byline search)."""
    if doc.is_html or doc.head:
        block, head_text = html_headline(doc, blocks)
    else:
        block, head_text = text_headline(blocks), None
    raw = block.text if block is not None else head_text
    if not raw:
        return None
    title, column, spam_part = clean_title(raw)
    rule = "headline_block" if block is not None else "head_title"
    doc.set_field("title", title, rule, raw)
    doc.set_field("column", column, "column_prefix", raw)
    if block is not None:
        doc.remove_block(block, "title", rule)
    if spam_part:
        doc.removed.append(Removal("spam", spam_part, "title_spam_suffix", "title"))
    return block


# ---------------------------------------------------------------- credits and dates near the headline

_META_DATE_KEYS = ("article:published_time", "pubdate", "publishdate", "og:release_date", "datepublished",
                   "publish_date", "article:published", "og:published_time", "dc.date.issued", "dc.date")
_TRAILING = re.compile(r"[（(]\s?(?:(?P<lab>作者|记者|記者|文|撰稿|通讯员|通訊員)\s?[:：/／]?\s?(?P<name>[^()（）:：]{2,20})"
                       r"|(?P<bare>[\u3400-\u9fff·]{2,4})(?:\s?[\u3400-\u9fff]{0,4}(?:报道|報導))?)\s?[)）]\s?$")
# A credit line is short: longer lines are prose that merely mention a label word.
_CREDIT_LINE_MAX = 120


def head_date(doc: Document) -> tuple[date | datetime, str, str] | None:
    """(value, precision, rule) from meta tags, JSON-LD datePublished or <time datetime>.

    Example: meta article:published_time = "2025-07-14T11:49:25+08:00".
    """
    meta = doc.head.get("meta") or {}
    texts = [("meta_published", v) for k in _META_DATE_KEYS for v in meta.get(k, [])]
    for obj in doc.head.get("jsonld") or []:
        if isinstance(obj, dict) and isinstance(obj.get("datePublished"), str):
            texts.append(("jsonld_published", obj["datePublished"]))
    texts += [("time_element", t) for t in (doc.head.get("times") or [])[:1]]
    for rule, text in texts:
        parsed = parse_date(text) or ((parse_epoch(text), "second") if parse_epoch(text) else None)
        if parsed:
            return parsed[0], parsed[1], rule
    return None


def head_author(doc: Document) -> str | None:
    """meta author / JSON-LD author.name when it is a person.

    Example: <meta name="author" content="王明"> -> 王明; "Discuz! Team" style values are rejected by valid_person.
    """
    meta = doc.head.get("meta") or {}
    names = list(meta.get("author", [])) + list(meta.get("article:author", []))
    for obj in doc.head.get("jsonld") or []:
        a = obj.get("author") if isinstance(obj, dict) else None
        for item in a if isinstance(a, list) else [a]:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                names.append(item["name"])
    for text in meta.get("og:description", []) + meta.get("description", []):
        if reporter_dateline(text):
            return reporter_dateline(text)
    for name in names:
        name = name.strip()
        if valid_person(name) and len(name) <= 12 and " " not in name.strip():
            return name
    return None


def trailing_byline(doc: Document, blocks: list[Block]) -> bool:
    """A byline closing the last paragraph: ``…更有治理温度。(作者:馮稟壹)`` -> author 馮稟壹, text trimmed."""
    for b in blocks:
        m = _TRAILING.search(b.text[-40:])
        if not m:
            continue
        name = (m.group("name") or m.group("bare")).strip()
        # A bare bracketed name counts only after prose or as a block of its own: "…说。（姚峰 上海报道）".
        if not valid_person(name) or (m.group("bare") and len(b.text) > len(m.group()) + 1
                                      and b.text[-len(m.group()) - 1] not in "。！？”\"」"):
            continue
        if not doc.set_field("author", name, "trailing_byline", m.group()):
            return False
        cut = len(b.text) - len(b.text[-40:]) + m.start()
        doc.removed.append(Removal("byline", b.text[cut:].strip(), "trailing_byline", f"block {b.index}"))
        b.text = b.text[:cut].rstrip()
        if not b.text:
            b.mark("byline", "trailing_byline")
        return True
    return False


def _apply_credits(doc: Document, b: Block, credits: dict[str, str], near: bool, dated: bool = False) -> bool:
    """Set fields from one parsed line; True when the line is a credit line to remove."""
    used = False
    source = credits.get("source")
    if source and valid_source(source):
        used |= doc.set_field("source", source, "source_label", b.text) or True
    author = credits.get("author")
    if author:
        names = [n for n in re.split(r"[、,，\s]+", author) if n]
        good = [n for n in names if valid_person(n) and n != source] if len(names) > 1 else \
            ([author] if valid_person(author) and author != source else [])
        if good:
            doc.set_field("author", "、".join(good) if len(names) > 1 and len(good) > 1 else good[0] if len(good) == 1
                          else author, "author_label", b.text)
        used = True
    editor = credits.get("editor")
    if editor:
        if valid_person(editor.split()[0]):
            doc.set_field("editor", editor.split()[0] if len(editor.split()[0]) >= 2 else editor, "editor_label", b.text)
        used = True
    if "date" in credits or near or dated:
        if near and not credits:
            doc.set_field("source", dateline_source(b.text), "dateline_source", b.text)
        parsed = parse_date(credits.get("date") or b.text)
        if parsed:
            doc.set_field("published", parsed[0], "dateline", b.text)
            doc.set_field("published_precision", parsed[1], "dateline", b.text)
            used = True
    return used


# An outlet name standing next to the dateline: "2022-02-13 09:57 光明网", "某某中文站2016年10月14日07:17".
_OUTLET_NAME = re.compile(r"^[\w\u3400-\u9fff]{1,12}?(?:网|網|报|報|社|站|台|刊|客户端|客戶端|新闻|新聞)$")
_DATE_BITS = re.compile(r"\d{1,4}\s?[-/.:：年月日时時分秒号號]\s?|\d+|[年月日]")


def dateline_source(text: str) -> str | None:
    """The outlet written beside a date without a 来源 label (short lines only).

    >>> dateline_source("2022-02-13 09:57 光明网")
    '光明网'
    >>> dateline_source("2022-02-13 09:57 阅读10544次") is None
    True
    """
    if len(text) > 40 or parse_date(text) is None:
        return None
    rest = _DATE_BITS.sub(" ", text).split()
    if len(rest) == 1 and _OUTLET_NAME.match(rest[0]):
        return rest[0]
    return None


_BARE_NAME = re.compile(r"[\u3400-\u9fff]{2,4}|[A-Za-z][A-Za-z0-9_.]{2,19}")


def drop_repeated_headline(doc: Document, blocks: list[Block], anchor: int) -> None:
    """Label the body's repeat of the headline (``茉莉：我是怎样卷入八九民运的`` then ``我是怎样卷入八九民运的``)."""
    title = _norm(blocks[anchor].text)
    for b in blocks[anchor + 1: anchor + 3]:
        n = _norm(b.text)
        if len(n) >= 4 and n in title:
            doc.remove_block(b, "title", "repeated_headline")


def name_under_headline(blocks: list[Block], anchor: int) -> str | None:
    """A bare name on the line right under the headline (blogs, forums, essays).

    Example: ``我是怎样卷入八九民运的`` / ``茉莉`` / first paragraph -> 茉莉. The line must be a lone
    name (2..4 Han characters or one Latin handle) followed by prose, so a subtitle is not taken.
    """
    if anchor < 0 or anchor + 2 >= len(blocks):
        return None
    line, nxt = blocks[anchor + 1], blocks[anchor + 2]
    if line.label is not None or not _BARE_NAME.fullmatch(line.text) or not valid_person(line.text):
        return None
    return line.text if len(nxt.text) >= 30 else None


def _glued_author(doc: Document, b: Block) -> bool:
    """Reporter datelines and poster lines near the headline; True when the block was a pure credit line."""
    name, rule = reporter_dateline(b.text), "reporter_dateline"
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
    for n, i in enumerate(order):
        if n % 200 == 199:
            doc.check_budget("metadata")
        b = blocks[i]
        if b.label is not None or len(b.text) > _CREDIT_LINE_MAX:
            continue
        near = lo <= i < hi and anchor >= 0
        epoch = parse_epoch(b.text) if near else None
        if epoch is not None:
            doc.set_field("published", epoch, "epoch_line", b.text)
            doc.set_field("published_precision", "second", "epoch_line", b.text)
            doc.remove_block(b, "timestamp", "epoch_line")
            continue
        credits = parse_credits(b.text)
        if near and "author" not in credits and _glued_author(doc, b):
            continue
        if not near and (i < anchor or "published" in doc.fields):
            credits.pop("date", None)
            if not credits:
                continue
        elif not credits and not (len(b.text) <= 60 and parse_date(b.text) and len(_CJK.findall(b.text)) <= 20):
            continue
        # A credit line after the headline may date the page when the byline area did not.
        dated = bool(credits) and i > anchor and "published" not in doc.fields
        if _apply_credits(doc, b, credits, near, dated):
            named = set(credits) - {"date"}
            kind = "editor" if named == {"editor"} else "source" if named == {"source"} else \
                "byline" if named else "timestamp"
            if len(b.text) <= 80:
                doc.remove_block(b, kind, "credit_line")


# ---------------------------------------------------------------- the stage

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
        found = head_date(doc) if doc.head else None
        if found:
            doc.set_field("published", found[0], found[2], str(found[0]))
            doc.set_field("published_precision", found[1], found[2])
        scan_credit_lines(doc, blocks, anchor)
        if head_block is not None:
            after = [b for b in doc.blocks if b.index == head_block.index or b.label is None]
            pos = after.index(head_block)
            drop_repeated_headline(doc, after, pos)
            after = [b for b in after if b is head_block or b.label is None]
            name = name_under_headline(after, pos)
            if name and doc.set_field("author", name, "name_under_headline", name):
                doc.remove_block(after[pos + 1], "byline", "name_under_headline")
        start = head_block.index if head_block is not None else -1
        trailing_byline(doc, [b for b in _open(doc) if b.index > start])
        if doc.head:
            doc.set_field("author", head_author(doc), "meta_author")
        day = url_date(doc.url)
        if day is not None and doc.set_field("published", day, "url_date", doc.url or ""):
            doc.set_field("published_precision", "day", "url_date")
    except (ValueError, OverflowError, re.error) as exc:  # never let one odd value kill the page
        doc.warnings.append(f"metadata: {type(exc).__name__}: {exc}")
