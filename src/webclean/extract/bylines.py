"""Bylines: who wrote, edited and published a page.

Label grammar (``作者：`` ``记者`` ``责任编辑：`` ``来源：``), name validation, and the unlabelled forms
of a credit: a reporter's dateline, a forum poster, a trailing ``(作者:…)``, a bare name under the
headline, ``<meta name=author>``, an outlet beside the date and the issuing body of an official
document. Every function is pure over strings or blocks; :mod:`webclean.extract.metadata` decides which
field each finding fills. Regexes are linear-time (alternations of literals, bounded classes).
"""
from __future__ import annotations

import re

from ..core.dates import date_line, parse_date
from ..core.names import HANDLE as HANDLE_PLAUSIBILITY
from ..core.names import (
    NAME_WITH_SURNAME,
    common_word_pieces,
    has_surname,
    is_credit_word,
    latin_full_name,
    looks_like_outlet,
    looks_like_unit,
    outlet_names,
    person_plausibility,
)
from ..core.vocabulary import alternation, read_vocabulary, section_alternation
from ..document import Block, Document
from ..record import Removal
from .kinds import blog_engine

__all__ = [
    "author_unit_line",
    "other_credit_line",
    "subtitle_line",
    "SHARE_WORDS",
    "split_names",
    "clean_value",
    "credit_prefix",
    "head_author",
    "head_outlet",
    "label_and_value",
    "labelled_date",
    "leading_names",
    "name_over_the_text",
    "name_then_label",
    "name_under_headline",
    "parse_credits",
    "person_list",
    "posted_by",
    "reporter_dateline",
    "trailing_byline",
    "trailing_editor",
    "valid_handle",
    "valid_person",
    "valid_source",
]

# Label words (data/credit_labels.txt) and the field each one feeds; "other" credits end the value before
# them but feed no field (编辑：李四 审核：王五). Within a field the longer word is tried first, so 责任编辑 wins
# over 编辑; a regex entry (文/, by) is a word with look-arounds that say where it counts.
_CREDITS = "credit_labels.txt"
_LABEL_FIELDS = ("author", "editor", "source", "date", "other")


def _label_words(field: str) -> tuple[str, ...]:
    words = read_vocabulary(_CREDITS, field)
    return words + read_vocabulary(_CREDITS, "date preposition") if field == "date" else words


def _bare_word(entry: str) -> str:
    """The word a label entry matches: a regex entry without its look-arounds (``文``, ``by``)."""
    if not entry.startswith("re:"):
        return entry
    return re.sub(r"\(\?<[!=][^)]*\)", "", entry[len("re:"):].split("(?=")[0])


_LABELS = tuple((field, alternation(_label_words(field))) for field in _LABEL_FIELDS)
_FIELD_OF = {_bare_word(entry): field for field in _LABEL_FIELDS for entry in _label_words(field)}
# Labels that need no colon: their own pattern says what follows them (文/, by and a space).
_SELF_DELIMITED = frozenset(_bare_word(e) for e in read_vocabulary(_CREDITS, "author") if e.startswith("re:"))
# 发布于 2025-07-15 10:41: the preposition stands for the colon when a date follows.
_DATE_PREPOSITIONS = frozenset(read_vocabulary(_CREDITS, "date preposition"))
_ANY = "|".join(alts for _, alts in _LABELS)
# A label followed by a colon (or the slash of 文/), or by a space in a short line (记者 王明).
# The look-ahead on the labels' first characters lets the engine skip every other position (the
# alternation alone is tried at each character: 11 µs on a short line, and every block meets it).
_LABEL_FIRSTS = "".join(sorted({re.escape(label[0]) for label in _FIELD_OF}))
# 作者｜周牧之 / 编辑｜李若溪: tech media set the label off with a vertical bar.
# (丨, a Han stroke, stands for the colon in self-media bylines: 作者丨张三, 文丨政能亮特约评论员 韩涵)
_LABEL = re.compile(r"(?=[" + _LABEL_FIRSTS + r"])(?P<lab>" + _ANY + r")\s?(?P<colon>[:：/／｜|丨]?)\s?")


def _first_atom(word: str) -> str:
    r"""The characters a regex label's bare word (:func:`_bare_word`) opens with: its first character, or the
    members of a plain character class; anything else raises, so :data:`_LABEL_OPENING` can never miss a label.

    >>> _first_atom("文[图圖]"), _first_atom("[图圖]文"), _first_atom("by")
    ('文', '图圖', 'b')
    >>> _first_atom("\\s?文")
    Traceback (most recent call last):
    ...
    ValueError: a label without a plain opening: '\\s?文'
    """
    if word[:1] == "[" and "]" in word:
        members = word[1:word.index("]")]
        if members and not set(members) & set("\\^-[") and word[len(members) + 2:][:1] not in ("?", "*", "{"):
            return members
    elif word and word[0] not in "\\()[].^$|?*+{" and word[1:2] not in ("?", "*", "{"):
        return word[0]
    raise ValueError(f"a label without a plain opening: {word!r}")


def _label_opening() -> re.Pattern[str]:
    """Where a label may start: the first two characters of a literal label (each first character with the
    second characters it takes), the opening of a regex label. Every branch opens with a literal, so sre
    skips to the positions that hold one; :data:`_LABEL`'s look-ahead is tried at every position."""
    seconds: dict[str, set[str]] = {}
    regex_openings: set[str] = set()
    for field in _LABEL_FIELDS:
        for entry in _label_words(field):
            if entry.startswith("re:"):
                regex_openings.update(_first_atom(_bare_word(entry)))
            elif len(entry) < 2:
                raise ValueError(f"a one-character label: {entry!r}")
            else:
                seconds.setdefault(entry[0], set()).add(entry[1])
    pairs = [re.escape(first) + "[" + "".join(map(re.escape, sorted(chars))) + "]"
             for first, chars in sorted(seconds.items()) if first not in regex_openings]
    return re.compile("|".join(pairs + [re.escape(c) for c in sorted(regex_openings)]))


# Nearly every line holds no label: this search says so at a tenth of the cost of the look-ahead's
# (0.7 us on a short line), and only lines it finds something in go to _LABEL.
_LABEL_OPENING = _label_opening()
# Where a value ends: list separators, closing brackets, wide gaps, a comment counter after it
# ("来源：第一财经日报 网友评论 0 条"), an English time or date after it (Posted by K A at 12:11 PM, … at October
# 20, 2003 05:08 PM).
_VALUE_END = re.compile(r"[|｜丨\]】)）》\[【(（/／]|\s{2,}|　"
                        rf"|\s(?:{section_alternation(_CREDITS, 'value end commenters')})?"
                        rf"(?:{section_alternation(_CREDITS, 'value end comments')})"
                        r"|\s(?:at|on)\s(?:\d|[A-Z][a-z]{2,8}\.?\s\d)")
_TRIM = " \t〓:：,，;；、.。·•-—_()（）[]【】<>《》\"'“”"
_HAS_WORD = re.compile(r"[\u3400-\u9fffA-Za-z]")
_DIGITS_OR_DATE = re.compile(r"\d{2}|[年月日]\d|[=!！]")


def _field_of(label: str) -> str:
    return _FIELD_OF.get(label, "author")


# A newsroom staff code glued to an editor's name: 陈宇_NB2345, 王晨_BJ101, 罗诗琳_NOGZS11504 (portals sign edits
# this way; 网易's desk codes run to five letters).
_STAFF_CODE = re.compile(r"(?<=[\u3400-\u9fff])[_＿][A-Za-z]{1,6}\d{1,6}$")


def clean_value(value: str) -> str:
    """A label value cut at the next separator, trimmed of punctuation and of a staff code.

    >>> clean_value("人民网  作者：张三")
    '人民网'
    >>> clean_value("張堯]")
    '張堯'
    >>> clean_value("陈宇_NB2345"), clean_value("罗诗琳_NOGZS11504")
    ('陈宇', '罗诗琳')
    >>> clean_value("河北新闻网16.12")   # a figure a CMS glued to the name (a dotted date or version)
    '河北新闻网'
    """
    m = _VALUE_END.search(value)
    if m:
        value = value[: m.start()]
    value = value.strip(_TRIM).strip()
    return _GLUED_FIGURE.sub("", _STAFF_CODE.sub("", value))


# A dotted figure glued to a Han name's end (河北新闻网16.12): no name ends so.
_GLUED_FIGURE = re.compile(r"(?<=[\u3400-\u9fff])\d{1,4}(?:[.．]\d{1,4})+$")


_LONE_LETTER = re.compile(r"[A-Za-z]\.?")


def valid_person(name: str) -> bool:
    """A value that can be a person's name (not an outlet, a date, a number or forum junk).

    >>> valid_person("馮稟壹"), valid_person("新华社"), valid_person('size="20"'), valid_person("2025-07-14")
    (True, False, False, False)
    >>> valid_person("Q")   # a lone letter is an initial, a grade or a reply's Q: ", by Q (Dec 22)"
    False
    >>> valid_person("党政办公室"), valid_person("丽水商会"), valid_person("王学会")   # an office, a chamber; a person
    (False, False, True)
    """
    if not name or len(name) > 30 or not _HAS_WORD.search(name) or _LONE_LETTER.fullmatch(name.strip()):
        return False
    if is_credit_word(name) or _DIGITS_OR_DATE.search(name) or _OFFICE_END.search(name):
        return False
    if len(name) >= SOCIETY_NAME_MIN and _SOCIETY_END.search(name):
        return False   # 作者:丽水商会: a chamber signs for its staff
    return not looks_like_outlet(name)


# An office or a centre signs as a desk, never as a person (编辑：党政办公室, 文/办公室, 图/信息中心).
_OFFICE_END = re.compile(r"(?:办公室|辦公室|中心)$")
# ... and so does a society (丽水商会, 某某协会, 某某学会); two or three characters may be a given name (王学会).
_SOCIETY_END = re.compile(r"(?:商会|商會|协会|協會|学会|學會)$")
SOCIETY_NAME_MIN = 4


# A forum handle or pen name: hanzi, letters, digits and _.-· (晴天小院2019, zhang_san, 南城旧书客), with at least
# one letter or hanzi. Bounded look-ahead: linear.
_HANDLE = re.compile(r"(?=\S{0,19}[\u3400-\u9fffA-Za-z])[\u3400-\u9fffA-Za-z0-9_.\-·]{2,20}")


def valid_handle(name: str) -> bool:
    """A handle that can be a poster's or writer's name: not a page tool, an outlet, a number or a date.

    >>> valid_handle("晴天小院2019"), valid_handle("回复"), valid_handle("2025-04-02"), valid_handle("12")
    (True, False, False, False)
    """
    return (bool(_HANDLE.fullmatch(name)) and not is_credit_word(name) and not looks_like_outlet(name)
            and parse_date(name) is None)


def valid_source(name: str) -> bool:
    """A value that can be an outlet name.

    >>> valid_source("人民网"), valid_source("2025-07-14")
    (True, False)
    >>> valid_source("https")   # 如若转载，请注明出处：https://…, the address cut at its colon
    False
    >>> valid_source("网")      # a template's leftover (来源： 网责任编辑：…): no outlet has a one-character name
    False
    """
    return (len(name) >= 2 and len(name) <= 40 and bool(_HAS_WORD.search(name)) and not is_credit_word(name)
            and "=" not in name and not parse_date(name) and not _ADDRESS.match(name))


# A web address or what is left of one cut at its colon: no outlet's name.
_ADDRESS = re.compile(r"(?i:https?|ftp)$|(?i:https?://|www\.)")


# 本报记者罗科苏盈发自北京 / 記者林悅／南市報導 / （中央社記者邱俊欽桃園19日電）: a name glued to the
# label and closed by a place + dispatch. Names take 2..4 characters, greedy first so a 3-character name
# beats a 2-character one when a 2-character place follows.
_DISPATCH = "dispatch_bylines.txt"
_REPORTER_WORD = section_alternation(_DISPATCH, "reporter")
_REPORT = section_alternation(_DISPATCH, "report")
_SENT_FROM_OR_REPORT = alternation(read_vocabulary(_DISPATCH, "sent from") + read_vocabulary(_DISPATCH, "report"))
_REPORTER = re.compile(rf"(?:{_REPORTER_WORD})\s?(?P<name>[\u3400-\u9fff·]{{2,4}})\s?"
                       rf"(?:{_SENT_FROM_OR_REPORT}"
                       r"|[/／]|[\u3400-\u9fff]{2,4}\d{1,2}日[电電])"
                       rf"|[（(](?:{_REPORTER_WORD})\s?"
                       r"(?P<bracketed>[\u3400-\u9fff·]{2,4}(?:[、，,\s][\u3400-\u9fff·]{2,4}){0,4})[)）]")
# 由海姑娘张贴 @ 2005-06-14 / 本贴由大卫于2005年8月12日…发表 / 海姑娘写于2005年6月12日: blog and forum posters.
# 老张写代码 于 2025-06-03 14:22:10 发布 / 老张 发布于 2025-06-03: a blog's info bar (a handle set apart by
# a space, so neither a sentence such as 会议于2025年3月1日发布 nor a [收藏本文] button is read as one).
_POSTS = "post_lines.txt"
_POSTED_AT = section_alternation(_POSTS, "posted at")
#: A body's name this long (3 characters: 办公厅, 林业局) ending as units end issues, it does not post.
SHORT_UNIT = 3
_POSTED_BY_OR_AT = alternation(read_vocabulary(_POSTS, "posted by") + read_vocabulary(_POSTS, "posted at"))
_POSTED_BY = re.compile(r"由\s?(?P<name>[^\s由于於@,，:：]{2,12}?)\s?"
                        rf"(?:{_POSTED_BY_OR_AT}|(?:{section_alternation(_POSTS, 'post verbs')})(?=$|\s)"
                        r"|于\d|於\d)"
                        rf"|^(?P<writer>[^\s由于於@,，:：]{{2,12}}?)\s?(?:{section_alternation(_POSTS, 'written at')})"
                        r"|^(?:\d{1,6}\s)?(?P<poster>[\u3400-\u9fffA-Za-z0-9_.·-]{2,20}?)\s+(?:[于於]\s*\d{4}[-/.年]\d{1,2}.{0,24}?"
                        rf"(?:{section_alternation(_POSTS, 'post verbs')})|(?:{_POSTED_AT})\s*\d{{4}})")


_ROLES = frozenset(read_vocabulary(_CREDITS, "roles between names"))
_PLACE_END = re.compile(rf"[市省县縣区區镇鎮乡鄉州]$|(?:{_REPORT})$")


def reporter_dateline(text: str) -> str | None:
    """The reporter named in a news dateline at the start of a paragraph or in a short line.

    >>> reporter_dateline("（新华社记者张小明北京14日电）会议指出……")
    '张小明'
    >>> reporter_dateline("本报记者王明发自上海")
    '王明'
    >>> reporter_dateline("据新华社拉萨电（记者 格桑卓玛）记者近日从……")
    '格桑卓玛'
    >>> reporter_dateline("新华社北京7月15日电（记者刘晓峰、陈佳怡）记者从……")
    '刘晓峰、陈佳怡'
    >>> reporter_dateline("荆楚晨报讯（记者 郑雨桐 通讯员 刘凯）昨日……")
    '郑雨桐、刘凯'
    """
    m = _REPORTER.search(text[:60])
    if m is None:
        return None
    if m.group("name"):
        return m.group("name") if valid_person(m.group("name")) else None
    # （记者 郑雨桐 通讯员 刘凯）: role words between the names are labels, not names
    names = [n for n in re.split(r"[、，,\s]+", m.group("bracketed")) if n and n not in _ROLES]
    # （记者 王明 北京报道）: a place or a dispatch word in the bracket means it is not a list of names
    if any(not valid_person(n) or _PLACE_END.search(n) for n in names):
        return None
    return "、".join(names)


def posted_by(text: str) -> str | None:
    """The poster of a blog entry or forum post.

    >>> posted_by("由小海张贴 @ 2005-06-14 03:25:55 (370)")
    '小海'
    >>> posted_by("本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表.")
    '大卫'
    >>> (posted_by("由 ddos8919发布于 2024-02-24 14:02:08"),
    ...  posted_by("82 华为家事 于 2015-12-10 09:30 发表在 [职场天地]"))
    ('ddos8919', '华为家事')
    >>> posted_by("老张写代码 于 2025-06-03 14:22:10 发布"), posted_by("会议于2025年3月1日发布")
    ('老张写代码', None)
    >>> posted_by("于 2020-04-19 由 安言 发布"), posted_by("由 国务院办公厅 发布")   # Typecho's line; a body
    ('安言', None)
    """
    m = _POSTED_BY.search(text[:80])
    name = (m.group("name") or m.group("writer") or m.group("poster")) if m else None
    if name and (looks_like_outlet(name) or looks_like_unit(name, SHORT_UNIT)):
        return None   # 由国务院办公厅发布: a body issues a document, nobody posted it
    return name if name and (valid_person(name) or valid_handle(name)) else None   # a poster's handle may hold digits


# Labels that end words and phrases as well (科普作者, 為…撰文): glued to a Han character before them, with no colon,
# they describe rather than credit.
_WORD_ENDING_LABELS = frozenset(("作者", "撰文"))


def _labels(line: str) -> list[re.Match[str]]:
    """Label matches that start a value (a colon, 文/, or a space-separated name in a short line)."""
    out = []
    if _LABEL_OPENING.search(line) is None:
        return out
    for m in _LABEL.finditer(line):
        lab = m.group("lab")
        if m.group("colon") or lab in _SELF_DELIMITED or _whole_cell(line, m) or _bar_cell(line, m):
            out.append(m)
        elif (_field_of(lab) in ("author", "editor", "other")
              and (len(line) <= 40 or (m.start() == 0 and not _FULL_STOP.search(line)))
              and m.end() > m.end("lab") and not (lab in _WORD_ENDING_LABELS and m.start()
                                                  and _CJK.match(line, m.start() - 1))
              and (out or not _MENU_WORDS_BEFORE.fullmatch(line[:m.start()]))):
            # (a long line opening with the label and holding a sentence is about the writer: 作者 Paul Graham
            # 不但是硅谷的技术大牛。…)
            # (作者 ending a word, 科普作者 自然笔记博主, is a description, not a label; so is 撰文 ending a phrase,
            # 為澳洲海洋頻道撰文 余曉彤宣揚環境保育, a headline of 頭條日報's list of other stories)
            # 光明日报记者 王建宏 (a space, no colon) only in a short credit line or one that opens with it, not in a
            # menu's row of short words (诗文 名句 作者 古籍 我的: 古诗文网's tabs)
            # (记者 谭湘宁 通讯员 彭丽 2025-07-15 10:41:23 字号：大 中 小)
            out.append(m)
        elif lab in _DATE_PREPOSITIONS and parse_date(line[m.end():m.end() + 25]):
            out.append(m)  # 发布于 2025-07-15 10:41: the preposition stands for the colon
        elif (lab in _SOURCE_VERB and len(line) <= SOURCE_VERB_LINE_MAX
              and line[:m.start()].strip(" \t　(（[【") in _SOURCE_VERB_OPENINGS):
            out.append(m)  # 本文来源于国家统计局　2024-05-11: a short line opening with it, not a sentence
    return out


def _bar_cell(line: str, m: re.Match[str]) -> bool:
    """The label opens a cell of a dated info row set off by bars, its value right after it (CSDN 资讯: ``发表于
    2015-05-19 16:07| 次阅读| 来源CSDN| 0 条评论| 作者夏梦竹``, each value in a span of its own): the bar stands for
    the line break, the label's end for the colon.

    >>> parse_credits("发表于2015-05-19 16:07| 次阅读| 来源CSDN| 0 条评论| 作者夏梦竹")
    {'source': 'CSDN', 'author': '夏梦竹'}
    >>> parse_credits("首页 | 来源地图 | 作者投稿 | 联系我们 | 关于本站 | 网站导航 | 帮助中心")   # a menu: no date
    {}
    """
    start = m.start("lab")
    before = line[:start].rstrip(" ")
    return (line.count("|") + line.count("｜") >= BAR_ROW_MIN and (not before or before[-1] in "|｜")
            and parse_date(line) is not None)   # (a menu row is dated by nothing)


#: An info row set off by bars has at least this many of them (a date, counters, the credits).
BAR_ROW_MIN = 2


def _whole_cell(line: str, m: re.Match[str]) -> bool:
    """The label fills a cell of a table row kept as tab-separated cells (``來源⇥民主進步黨中央黨部``): the cell
    boundary stands for the colon."""
    return (m.start("lab") == 0 or line[m.start("lab") - 1] == "\t") and line[m.end("lab"):].lstrip(" ")[:1] == "\t"


#: A line that opens with 来源于 and is this short is a credit row; longer, it is a sentence about sources.
SOURCE_VERB_LINE_MAX = 60
_SOURCE_VERB = frozenset(read_vocabulary(_CREDITS, "source verb"))
# the line opens with the verb itself or with one of these words (本文来源于…)
_SOURCE_VERB_OPENINGS = frozenset(("", *read_vocabulary(_CREDITS, "source verb openings")))


def column_heads(value: str) -> bool:
    """A credit value of two or more words none of which can be a person's name, one of them a label itself or
    each in a cell of its own: the column heads after the label in a table's header row (作者 日期 标题 人气,
    话题 作者 回应 最后回应), not the people credited.

    >>> column_heads("日期\t标题\t人气"), column_heads("王明 李华"), column_heads("K A")
    (True, False, False)
    >>> column_heads("回应\\t最后回应"), column_heads("回应 最后回应")   # (a row's cells, tab-separated)
    (True, False)
    """
    words = [w for w in _HEAD_SPLIT.split(value) if w]
    return len(words) >= 2 and all(person_plausibility(w) < HANDLE_PLAUSIBILITY for w in words) \
        and ("\t" in value.strip() or any(_labels(w + "：") for w in words))


_HEAD_SPLIT = re.compile(r"[\s、，,]+")


def reporter_named(line: str, value: str) -> bool:
    """Whether ``value`` is a name the reporter's label vouches for although it ends as an outlet's name may
    (``澎湃新闻资深记者 何念台``: a given name ending in 台): a surnamed name of three characters at most right
    after 记者. (A desk's ``文/搜狐IT`` or a channel's ``江苏台`` after another label is still the outlet.)

    >>> reporter_named("澎湃新闻资深记者 何念台", "何念台"), reporter_named("来源：江苏台", "江苏台")
    (True, False)
    """
    if len(value) > REPORTER_NAME_MAX or not has_surname(value):
        return False
    return re.search(rf"(?:{_REPORTER_WORD})\s?{re.escape(value)}", line) is not None


def people_named(value: str) -> bool:
    """Whether a source slot's value names people, each by a surnamed name of two or three characters
    (中国基督教网's ``供稿：练冬雯、张莉莉``), not an outlet or a body (``供稿：化学学院``, ``来源：人民网``).

    >>> people_named("练冬雯、张莉莉"), people_named("化学学院"), people_named("人民网"), people_named("安徽神学院")
    (True, False, False, False)
    """
    names = [n for n in _NAME_SPLIT.split(value.strip()) if n]
    return bool(names) and all(2 <= len(n) <= REPORTER_NAME_MAX and has_surname(n)
                               and person_plausibility(n) >= NAME_WITH_SURNAME and not looks_like_outlet(n)
                               and not looks_like_unit(n, SHORT_UNIT) for n in names)


_NAME_SPLIT = re.compile(r"[、，,\s]+")
#: A reporter's name after his label has three characters at most (a fourth makes an outlet's name likelier).
REPORTER_NAME_MAX = 3


def parse_credits(line: str) -> dict[str, str]:
    """Every labelled value in one line, by field (author, editor, source, date).

    >>> parse_credits("2025-07-14 11:49  来源：人民网  作者：张三  责任编辑：李四")
    {'source': '人民网', 'author': '张三', 'editor': '李四'}
    >>> parse_credits("[責任編輯:張堯]"), parse_credits("编辑：倪仕轩 责任编辑：杨格")
    ({'editor': '張堯'}, {'editor': '杨格'})
    >>> parse_credits("记者 王明 通讯员 李华")
    {'author': '王明、李华'}
    >>> parse_credits("作者：新华社记者 王小明"), parse_credits("文：《中国新闻周刊》新媒体主笔 城南君")
    ({'author': '王小明'}, {'author': '城南君'})
    >>> parse_credits("記者 王怡文／台北報導")
    {'author': '王怡文'}
    >>> parse_credits("(一審 何唯 二審 潘德銘 三審 龔春梅)")
    {'editor': '何唯'}
    >>> parse_credits("作者：张三 审核：王五")
    {'author': '张三'}
    >>> parse_credits("作者｜周牧之"), parse_credits("文丨张三丨编辑丨李四")   # a bar for the colon
    ({'author': '周牧之'}, {'author': '张三', 'editor': '李四'})
    >>> parse_credits("来源：人民日报2024-05-13 08:49"), parse_credits("天水有轨电车 图片来源：天水融媒")
    ({'source': '人民日报'}, {})
    >>> parse_credits("来源：四川行政学院学报 2022年4期")
    {'source': '四川行政学院学报'}
    >>> parse_credits("发布于 2025-07-15 10:41・IP 属地上海")
    {'date': '2025-07-15 10:41・IP 属地上海'}
    >>> parse_credits("本文来自微信公众号“硬核智造观察”（ID：yinghezhizao），作者：周牧之，36氪经授权发布。")["source"]
    '硬核智造观察'
    >>> parse_credits("Posted by K A at 12:11 PM"), parse_credits("Design by NEWMEDIAMAX")
    ({'author': 'K A'}, {})
    >>> parse_credits("Posted by aloysius at October 20, 2003 05:08 PM")   # (Movable Type's English footer)
    {'author': 'aloysius'}
    >>> parse_credits("Brain repair may be boosted by curry spice 咖哩香料可能促進大腦修復")
    {}
    >>> parse_credits("本文来源于国家统计局　2024-05-11 09:36:26"), parse_credits("这些数据来源于国家统计局　2024年")
    ({'source': '国家统计局'}, {})
    >>> parse_credits("新闻来源: 凤凰卫视 于November 21, 2012 敬请注意:新闻取自各大新闻媒体,观点内容不代表本网立场!")
    {'source': '凤凰卫视'}
    >>> parse_credits("文/搜狐IT"), parse_credits("ERIK ECKHOLM 报道 2012年08月02日")
    ({'source': '搜狐IT'}, {'author': 'ERIK ECKHOLM'})
    >>> parse_credits("魏定国告诉记者：“互联网+的新时代，智慧公交将全面提速升级”")   # a quotation, no credit
    {}
    >>> parse_credits("作者 Paul Graham 不但是硅谷的技术大牛，还是硅谷的创业教父。他的文章很有见地")   # about him
    {}
    >>> parse_credits("撰文| 苟利军，中国科学院国家天文台研究员，黑洞研究团组首席科学家")   # the name, his posts
    {'author': '苟利军'}
    >>> parse_credits("来源：海右博纳品牌 欢迎分享，转载请注明出处！")   # the site's notice after the source
    {'source': '海右博纳品牌'}
    >>> parse_credits("推荐 诗文 名句 作者 古籍 我的 手机版")   # a menu's row: its items, no label
    {}
    >>> parse_credits("水梨村雪景 本报通讯员 张韬 摄")   # a caption's photographer: the dateline scan reads it
    {}
    >>> parse_credits("来源：数学科学学院 供稿：董银花 责任编辑：陈雨桐")   # the outlet, then who supplied it
    {'source': '数学科学学院', 'author': '董银花', 'editor': '陈雨桐'}
    """
    line = line[:400]
    marks = _labels(line)
    reprint = _REPRINT.match(line.lstrip(" （(【["))
    # Credit lines open with their labels (a date may come first); a label after prose is a mention
    # inside a sentence or a trailing byline ("…过得舒心。(作者:林书言)"), not a credit line.
    # More than 20 Han characters before the first label is prose (dates, URLs and site names are not; nor is a
    # name in brackets: [四川省教育厅科学技术处-四川省教育服务公共平台网站] 发布时间：… 来源:省政府办公厅).
    if marks and (len(_CJK.findall(_BRACKETED_NAME.sub("", line[: marks[0].start()]))) > PROSE_BEFORE_LABEL
                  or "。" in line[: marks[0].start()]):
        return {}
    out: dict[str, str] = {}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(line)
        field = _field_of(m.group("lab"))
        raw = line[m.end(): end]
        notice = _NOTICE_AFTER.search(raw)
        if notice:
            raw = raw[:notice.start()]   # 来源：海右博纳品牌 欢迎分享，…: the site's notice after it
        value = raw.strip(_TRIM) if field == "date" else clean_value(raw)
        if not value or field == "other" or (field == "date" and _whole_cell(line, m) and not parse_date(value)):
            continue   # (a header row's 日期 cell heads a column: 日期⇥标题⇥人气)
        if field != "date" and _SPEECH.search(raw.strip()[:SPEECH_REACH]):
            titled = _NAME_THEN_TITLES.match(raw.strip())
            if not (field == "author" and titled and person_plausibility(titled.group("name")) >= NAME_WITH_SURNAME):
                return {}   # 记者：您刚到的时候，学校是什么样子？ — an interview's question, not a credit
            value = titled.group("name")   # 撰文| 苟利军，中国科学院国家天文台研究员，…: the writer, then his posts

        if (field == "author" and i + 1 < len(marks) and raw and not raw[-1].isspace()
                and _field_of(marks[i + 1].group("lab")) == "author" and looks_like_outlet(value)):
            continue   # 作者：新华社记者 王小明: the agency employs the reporter the next label credits
        if field == "author" and _SHOT_END.search(raw):
            continue   # 水梨村雪景 本报通讯员 张韬 摄: a picture's credit (its photographer), read by the dateline scan
        if field == "author":   # before the value is cut at its first space: 本报评论员 李强
            value = titled_name(raw.strip(_TRIM).strip()) or value
            value = _SOURCE_DATE.sub("", value) or value   # 原创：39健康网2024-04-23 12:27:25: the date glued on
        if field == "author" and "author" in out:
            if value not in out["author"]:
                out["author"] += "、" + value
            continue
        if field == "editor" and m.group("lab") in _RESPONSIBLE_EDITOR:
            out["editor"] = value   # 编辑：倪仕轩 责任编辑：杨格: the editor in charge is the page's editor
            continue
        if field == "source" and "source" in out and "author" not in out and people_named(value):
            out["author"] = value   # 来源：数学科学学院 … 供稿：董银花: the outlet named, then who supplied the text
            continue
        if field == "source":
            writers = writers_after_source_date(raw)
            if writers and not any(_field_of(k.group("lab")) == "author" for k in marks):
                out.setdefault("author", writers)
            value = _SOURCE_TAIL.sub("", value) or value   # 青木科技说 浙江 举报: the IP region and a button
            value = _SOURCE_DATE.sub("", value) or value   # 人民日报2024-05-13 08:49: the dateline after it
            value = _SOURCE_AT_DATE.sub("", value) or value   # 凤凰卫视 于November 21, 2012 …: when it came
        out.setdefault(field, value)
    for field in ("author", "editor"):
        if field in out and column_heads(out[field]):
            del out[field]   # 序号 状态 作者 日期 标题 人气: a table's header row, its label among the others
    if reprint:
        out.setdefault("source", clean_value(reprint.group("src")))
    if "source" in out and "author" not in out and people_named(out["source"]):
        out["author"] = out.pop("source")   # 供稿：练冬雯、张莉莉: people wrote what they supplied
    if "author" in out and "source" not in out and "、" not in out["author"] and looks_like_outlet(out["author"]) \
            and not reporter_named(line, out["author"]):
        out["source"] = out.pop("author")   # 文/搜狐IT: the text is the outlet's, and it names no person
    if not marks:
        reported = reported_by(line) or name_then_label(line)
        if reported:
            out["author"] = reported
        elif "source" not in out:
            origin = reprinted_from(line)
            if origin:
                out["source"] = origin
    if "source" in out and _STOCK_PHOTO.search(line):
        del out["source"]   # 来源：Mart Production/Pexels: a picture's credit left by a removed image, no outlet
    return out


# A notice after a credit's value, set apart by a space (来源：海右博纳品牌 欢迎分享，转载请注明出处！).
_NOTICE_AFTER = re.compile(rf"\s(?:{section_alternation(_CREDITS, 'value end notices')})")
# Two or more short words set apart by spaces before a label without its colon: a menu's row, the label one of its
# items (诗文 名句 作者 古籍).
_MENU_WORDS_BEFORE = re.compile(r"(?:[\u3400-\u9fff]{1,4}\s+){2,}")
# A value closed by the shot mark (摄, not 摄影) credits a picture's photographer, not the text's writer.
_SHOT_END = re.compile(r"\s?[摄攝](?!影)\s?[)）]?\s*$")
#: More Han characters than this before a line's first label make the line prose that mentions the label.
PROSE_BEFORE_LABEL = 20
# A name in square brackets, the site's or the column's, which says nothing of prose.
_BRACKETED_NAME = re.compile(r"\[[^\[\]]*\]|【[^【】]*】")

# The stock-photo libraries a picture's credit names after its photographer (… /Pexels, … / Unsplash).
_STOCK_PHOTO = re.compile(rf"[/／]\s?(?:{section_alternation('image_credits.txt', 'stock photo libraries')})\b", re.I)
#: A picture's credit is a short line.
STOCK_CREDIT_MAX = 60


def stock_photo_credit(text: str) -> bool:
    """A short line crediting a picture to a stock-photo library, left where an image was removed (a translated
    post's ``来源：Mart Production/Pexels``, its translation ``集市生产/Pexels``).

    >>> stock_photo_credit("来源：Mart Production/Pexels"), stock_photo_credit("集市生产/Pexels")
    (True, True)
    >>> stock_photo_credit("我们在 Pexels 上找到了这张照片，它拍得很好。")
    False
    """
    return len(text) <= STOCK_CREDIT_MAX and _STOCK_PHOTO.search(text) is not None


# A reprint's source line: the paper, the day it printed the piece, and its writers (清华新闻网's
# 来源：中国教育报 2015-1-2 施剑松 宋伟涛, 来源：《人民日报》2015-2-12 董洪亮). Each name is two to four Han characters;
# at most four of them.
_SOURCE_DATE_WRITERS = re.compile(r"[\s》」”]\d{4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}日?\s+"
                                  r"(?P<names>[\u3400-\u9fff·]{2,4}(?:[\s、，,][\u3400-\u9fff·]{2,4}){0,3})\s?$")


def writers_after_source_date(value: str) -> str | None:
    """The writers a source line names after the day the source printed the piece, joined with 、, or None: each
    must be a full name (a surname and a given name, no common word), so a column (人民日报 2015-2-12 评论) or a
    place after the date names nobody.

    >>> writers_after_source_date("中国教育报 2015-1-2 施剑松 宋伟涛")
    '施剑松、宋伟涛'
    >>> writers_after_source_date("光明日报 2015-3-17 钱颖一")
    '钱颖一'
    >>> writers_after_source_date("人民日报 2015-2-12 评论"), writers_after_source_date("《人民日报》2015-2-12 董洪亮")
    (None, '董洪亮')
    """
    m = _SOURCE_DATE_WRITERS.search(value.rstrip())
    if m is None:
        return None
    names = [n for n in re.split(r"[\s、，,]+", m.group("names")) if n]
    if not all(person_plausibility(n) >= NAME_WITH_SURNAME for n in names):
        return None
    return "、".join(names)


# A credit in brackets opening a paragraph: the bracket closes within this many characters (【供稿/管理学院 黄翔】
# is 12; a longer bracket is an aside or a headline kept in brackets, not a credit).
CREDIT_PREFIX_MAX = 30
# What follows the bracket must be a sentence of at least this many Han characters for the bracket to be cut
# from it rather than the line removed whole: (编辑：小何)返回搜狐，查看更多 ends in a page control, not prose.
CREDIT_PREFIX_PROSE_MIN = 20
_CREDIT_PREFIX = re.compile(r"\s{0,3}(?:【(?P<a>[^【】]{2,30})】|〔(?P<b>[^〔〕]{2,30})〕"
                            r"|[（(](?P<c>[^（）()]{2,30})[）)])")


def credit_prefix(text: str) -> tuple[int, dict[str, str]] | None:
    """A labelled credit in brackets at the head of a paragraph of prose: where the bracket ends, and its
    credits. The credit is cut from the paragraph, the paragraph stays text.

    >>> credit_prefix("【供稿/党委学工部】为提高新进辅导员业务能力和专业素养，学校召开了座谈会。")
    (10, {'source': '党委学工部'})
    >>> credit_prefix("（编辑：小何）返回搜狐，查看更多")   # no prose after it
    >>> credit_prefix("【独家】为提高新进辅导员业务能力和专业素养，学校召开了座谈会。")   # no credit in it
    """
    m = _CREDIT_PREFIX.match(text)
    if m is None:
        return None
    rest = text[m.end():]
    if len(_CJK.findall(rest)) < CREDIT_PREFIX_PROSE_MIN or not _SENTENCE_END.search(rest):
        return None
    credits = parse_credits(m.group("a") or m.group("b") or m.group("c"))
    credits.pop("date", None)   # (2024年5月1日) opening a paragraph is its time, no credit
    return (m.end(), credits) if credits else None


_SENTENCE_END = re.compile(r"[。！？!?]")


# A name opening a byline before 报道 (ERIK ECKHOLM 报道 2012年08月02日, 王小明 報導), a date at most after it.
_REPORTED_BY = re.compile(r"^\s*(?P<name>[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){1,3}|[\u3400-\u9fff·]{2,4})"
                          r"\s?(?:报道|報導)(?P<rest>[^\u3400-\u9fff]{0,30}|\s?\d{4}年.{0,20})$")


def reported_by(line: str) -> str | None:
    """The reporter of a byline that puts the name before 报道 and nothing but a date after it.

    >>> reported_by("ERIK ECKHOLM 报道 2012年08月02日"), reported_by("王小明 报道")
    ('ERIK ECKHOLM', '王小明')
    >>> reported_by("据新华社报道"), reported_by("媒体报道")
    (None, None)
    """
    m = _REPORTED_BY.match(line)
    if m is None:
        return None
    name = m.group("name").strip()
    return name if valid_person(name) and person_plausibility(name) >= SURE_NAME_OR_LATIN else None


# The writer's name, then the writer label (柯俊如 /文, 王小明 撰文): the whole line, nothing after it.
_NAME_THEN_LABEL = re.compile(
    r"(?P<name>[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){1,3}|[\u3400-\u9fff·]{2,4})"
    rf"(?:\s?[/／]\s?(?:{section_alternation(_CREDITS, 'labels after the name and a slash')})"
    rf"|\s(?:{section_alternation(_CREDITS, 'labels after the name')}))")


def name_then_label(line: str) -> str | None:
    """The writer of a credit line that sets the name first and the writer label after it, alone on its line
    (creativecommons.tw's ``柯俊如 /文`` under the date; ``王小明 撰文``).

    >>> name_then_label("柯俊如 /文"), name_then_label("黃泰然／文"), name_then_label("王小明 撰文")
    ('柯俊如', '黃泰然', '王小明')
    >>> name_then_label("散文"), name_then_label("中英對照／文"), name_then_label("柯俊如 /文 2015-11-05 更多")
    (None, None, None)
    """
    if len(line) > NAME_THEN_LABEL_MAX:
        return None
    m = _NAME_THEN_LABEL.fullmatch(line.strip())
    if m is None:
        return None
    name = m.group("name")
    return name if valid_person(name) and person_plausibility(name) >= SURE_NAME_OR_LATIN else None


# A short line saying where the text was reprinted from, alone: 转自腾讯科技、新浪科技 (百家号 reposts),
# 本文转载自新浪科技.
_REPRINTED_FROM = re.compile(rf"(?:{section_alternation(_CREDITS, 'reprint opening')})?"
                             rf"(?:{section_alternation(_CREDITS, 'reprint verb')})?"
                             rf"(?:{section_alternation(_CREDITS, 'reprint line verbs')})\s?"
                             r"(?P<src>[^、，,。:：\s]{2,12}(?:、[^、，,。:：\s]{2,12}){0,3})\s?[。.]?")


def reprinted_from(line: str) -> str | None:
    """The outlets a short closing line says the text was reprinted from, joined with 、, when each is an outlet.

    >>> reprinted_from("转自腾讯科技、新浪科技"), reprinted_from("转自腾讯"), reprinted_from("本文转载自新浪科技")
    ('腾讯科技、新浪科技', '腾讯', '新浪科技')
    >>> reprinted_from("转自朋友圈的一段话"), reprinted_from("来自Android客户端")   # a phrase; a poster's client
    (None, None)
    """
    if len(line) > REPRINTED_FROM_MAX:
        return None
    m = _REPRINTED_FROM.fullmatch(line.strip())
    if m is None:
        return None
    outlets = m.group("src").split("、")
    return m.group("src") if all(looks_like_outlet(o) or o in _KNOWN_OUTLETS for o in outlets) else None


#: A reprint line is short: the verb and a few outlets' names.
REPRINTED_FROM_MAX = 40
_KNOWN_OUTLETS = frozenset(outlet_names())
#: A name-then-label credit line is a name (up to four Latin words) and its label.
NAME_THEN_LABEL_MAX = 40
#: A name before 报道 must be surely a person's (媒体报道 is a phrase): a surname and given name, or a Latin name.
SURE_NAME_OR_LATIN = 0.6


#: A label set on a line of its own is short: the label word and its colon (稿件来源：, 责任编辑：).
BARE_LABEL_MAX = 8
#: The value that follows a bare label on the next line is a name or an outlet, never a sentence.
LABEL_VALUE_MAX = 30
#: ... and a word or two (新华社 北京), not a row of tags (超時 法朋 血汗勞工 工作超時 under 新聞來源：).
LABEL_VALUE_WORDS = 2


def label_and_value(label_line: str, next_line: str) -> dict[str, str]:
    """The credits of a label set on a line of its own and its value on the next, as a scraper that keeps a
    page's text breaks them when the page sets them in two cells (``来源：`` over ``半月谈``); empty when
    ``label_line`` is not a bare label or the value does not read as one.

    >>> label_and_value("稿件来源：", "河北日报"), label_and_value("作者：", "王小明")
    ({'source': '河北日报'}, {'author': '王小明'})
    >>> label_and_value("来源：", "会议指出，要把人民城市理念落到实处。"), label_and_value("责任编辑：", "首赞")
    ({}, {})
    >>> label_and_value("新聞來源：", "超時 法朋 血汗勞工 工作超時")
    {}
    """
    label = label_line.strip()
    value = next_line.strip()
    if not (2 <= len(label) <= BARE_LABEL_MAX and label[-1] in ":：") or not 0 < len(value) <= LABEL_VALUE_MAX \
            or parse_credits(label) or _SENTENCE_END_CHAR.search(value) or len(value.split()) > LABEL_VALUE_WORDS:
        return {}
    credits = parse_credits(label + value)
    # a name on a line of its own must be surely a person's: the line after a label left empty is as often a
    # button (首赞) or a caption (有图有真相); a date label's value stays with the page's other date rules
    return {field: found for field, found in credits.items() if found and found in value and field != "date"
            and (field == "source" or person_plausibility(found) >= SURE_NAME)}


def labelled_date(label_line: str, next_line: str) -> tuple | None:
    """The date a date label on a line of its own gives the next line (a government page's information table
    kept one cell a line: ``发文日期：`` over ``2023-04-18``), parsed; None when the label line is no bare date
    label or the next line is no date alone.

    >>> labelled_date("发文日期：", "2023-04-18")[0].isoformat(), labelled_date("作者：", "2023-04-18")
    ('2023-04-18', None)
    >>> labelled_date("发布日期：", "2023-04-18 国家统计局发布了一季度数据，经济运行开局良好。")
    """
    label, value = label_line.strip(), next_line.strip()
    if not (2 <= len(label) <= BARE_LABEL_MAX and label[-1] in ":：") or len(value) > LABEL_VALUE_MAX:
        return None
    marks = _labels(label + value)
    if len(marks) != 1 or _field_of(marks[0].group("lab")) != "date" or not date_line(value):
        return None
    return parse_date(value)


#: The plausibility (core.names.person_plausibility) of a name read from the line after its label: a surname
#: and a given name (王小明 1.0), not a word or a nickname (首赞, 小何: 0.3).
SURE_NAME = 0.5
_SENTENCE_END_CHAR = re.compile(r"[。！？；]")


def titled_name(value: str) -> str | None:
    """The name after a writer's title in a credit's value (the outlet and the title before it say who employs
    the writer), or None when the value holds no title.

    >>> titled_name("本报评论员 李强"), titled_name("《中国新闻周刊》新媒体主笔 城南君"), titled_name("张三")
    ('李强', '城南君', None)
    """
    m = _TITLED_NAME.fullmatch(value)
    return m.group("name") if m and valid_person(m.group("name")) else None


_TITLED_NAME = re.compile(rf".{{0,30}}?(?:{section_alternation(_CREDITS, 'writer titles')})"
                          r"\s?(?P<name>[^\s、，,]{2,20})")
_RESPONSIBLE_EDITOR = frozenset(read_vocabulary(_CREDITS, "responsible editor"))
# A date glued after a source (来源：人民日报2024-05-13 08:49), or the issue of a journal (城市管理研究 2023年第2期,
# 四川行政学院学报 2022年4期, 学报 2022(4)).
_SOURCE_DATE = re.compile(r"\s?\d{4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}.{0,20}$"
                          r"|\s?\d{4}\s?年\s?(?:第\s?)?\d{1,3}\s?期.{0,10}$|\s?\d{4}\s?[(（]\d{1,3}[)）]$")
# After a source on self-media pages: the poster's IP region (a province) and page buttons; a button ends the
# source with whatever follows it (鲁网综合 查看评论 进入光明网BBS), and one of four characters or more may be glued
# to it (求是网参与互动: two characters, 收藏, may end an outlet's name).
_TAIL_BUTTONS = read_vocabulary(_CREDITS, "source tail buttons")
_GLUED_BUTTONS = [w for w in _TAIL_BUTTONS if len(w) >= 4]
_SOURCE_TAIL = re.compile(rf"(?:\s(?:{section_alternation(_CREDITS, 'ip regions')}"
                          rf"|\+?(?:{section_alternation(_CREDITS, 'follow buttons')}))"
                          rf"|\s(?:{alternation(_TAIL_BUTTONS)})|(?:{alternation(_GLUED_BUTTONS)}))"
                          r"(?:[\s:：].*)?$")

# A question or a sentence after a label: the speaker of an interview (记者：…？), never a credit value.
# The time a source's text came, after the outlet: 于 and a date in digits or an English month (于November 21, 2012).
_SOURCE_AT_DATE = re.compile(r"\s于?\s?(?:(?:January|February|March|April|May|June|July|August|September|October|"
                             r"November|December) \d{1,2}, \d{4}|\d{4}\s?[-/.年]).*$")
#: An interview's question follows its label at once (记者：您刚到的时候，学校是什么样子？), and so does a quotation
#: (魏定国告诉记者：“互联网+的新时代，…”) or a sentence going on past its full stop before any gap
#: (原创：第二增加…安全系数。 哈弗…; a name and a gap come first in 文/无戒 有人说婚姻是爱情的坟墓。…);
#: a notice further along the line (新闻来源: 凤凰卫视 于… 敬请注意:…观点内容不代表本网立场!)
#: leaves the credit a credit. (Every repeat is bounded.)
SPEECH_REACH = 24
_SPEECH = re.compile(r"^[“「『]|^[^\s，,、]{1,23}。\s*\S|[？?！!]|[\u3400-\u9fff]{6,30}[，,][\u3400-\u9fff]{4}")

# A writer's full name, then a comma and the posts he holds (苟利军，中国科学院国家天文台研究员，…).
_NAME_THEN_TITLES = re.compile(r"(?P<name>[\u3400-\u9fff]{2,4})[，,][\u3400-\u9fff《]")

# 本文来自微信公众号“硬核智造观察”（ID：…）: a reprint note opens with the account it comes from (the source).
_REPRINT = re.compile(rf"(?:{section_alternation(_CREDITS, 'reprint opening')})"
                      rf"(?:{section_alternation(_CREDITS, 'reprint verb')})?"
                      rf"(?:{section_alternation(_CREDITS, 'reprinted from')})"
                      rf"(?:{section_alternation(_CREDITS, 'official account')})[:：\s]?[“\"「『]?"
                      r"(?P<src>[^”\"」』（(，,。:：\s]{2,20})")


_CJK = re.compile(r"[\u3400-\u9fff]")

# 文 is a label only with its slash or colon: (文明西青) is an account's name, not 文 + 明西青.
_TRAILING = re.compile(rf"[（(]\s?(?:(?P<lab>(?:{section_alternation(_CREDITS, 'trailing labels')})\s?[:：/／]?"
                       rf"|(?:{section_alternation(_CREDITS, 'trailing marked labels')})\s?[:：/／])\s?"
                       r"(?P<name>[^()（）:：]{2,20})"
                       r"|(?P<bare>[\u3400-\u9fff·]{2,4}(?:[、\s][\u3400-\u9fff·]{2,4}){0,3}?)"
                       rf"(?:\s?[\u3400-\u9fff]{{0,4}}(?:{_REPORT}))?)\s?[)）]\s?$")


def head_author(doc: Document) -> str | None:
    """meta author / JSON-LD author.name when it is a person the page prints.

    Example: <meta name="author" content="王明"> -> 王明; "Discuz! Team" style values are rejected by valid_person;
    a pen name set one character apart (``<meta property="article:author" content="书 半 卷">``) is read whole.
    A value that is a credit line of its own names the writer only by a writer's label (``作者：王明``): a CMS's
    ``<meta name="author" content="品牌策划：神州互动">`` credits the agency that built the site (21cn-highway.com,
    all its pages). A ``<meta>`` name the page never prints is the template's or the platform's, not the writer's
    the reader sees: FT partner content's ``longitude`` (a research agency), a 新浪看点 page's ``刘文谈谈时尚``; a
    schema's Person (JSON-LD, microdata) is the writer however the page shows it.
    """
    meta = doc.head.get("meta") or {}
    names = _head_author_names(doc)
    for text in meta.get("og:description", []) + meta.get("description", []):
        if reporter_dateline(text):
            return reporter_dateline(text)
    site = site_names(doc)
    # a name given by the page's schema (not a <meta> tag a template fills): JSON-LD author.name, microdata
    # (the head names the <meta> tags' first: what follows them is the schema's, whatever the tags repeat of it)
    typed = {n.strip() for n in names[len(meta.get("author", [])) + len(meta.get("article:author", [])):]}
    printed: str | None = None   # the page's text without spaces, joined once where a name needs it
    for name in names:
        name = name.strip()
        if _SPACED_HAN.fullmatch(name):
            name = name.replace(" ", "")   # 书 半 卷: a pen name set one character apart (Hexo Yilia's article:author)
        if _LABEL_COLON.search(name):
            name = parse_credits(name).get("author") or ""
        # (a body named as the page's author is its publisher: <meta name="author" content="国家金融监督管理总局">)
        if not (valid_person(name) and len(name) <= 12 and (" " not in name.strip() or _shown_full_name(doc, name))
                and (not any(name in n for n in site) or _owner_named_blog(doc, name)) and not looks_like_unit(name)):
            continue
        if name in typed or person_plausibility(name) >= NAME_WITH_SURNAME:
            return name   # (a schema's Person, JSON-LD or microdata, or a Chinese name with its surname, is the
            # writer whether the page prints it or not)
        if printed is None:
            printed = "".join("".join(b.text.split()) for b in doc.blocks)
        if "".join(name.split()) in printed:
            return name
    return None


_LABEL_COLON = re.compile(r"[:：]")
# Two to four Han characters, each set apart by a space.
_SPACED_HAN = re.compile(r"[\u3400-\u9fff](?: [\u3400-\u9fff]){1,3}")


def _owner_named_blog(doc: Document, name: str) -> bool:
    """A head author that is also the site's name, on a personal blog named after its owner (a blog engine's
    page: Hexo Butterfly's ``<meta property="article:author" content="Eurkon">`` on the site 'Eurkon', the owner
    shown in its copyright box ``文章著作权归 Eurkon 所有``): the owner, not a portal's brand."""
    generator = " ".join((doc.head.get("meta") or {}).get("generator", []))
    return blog_engine(doc.blocks, generator) and any(name in b.text and len(b.text) > len(name) for b in doc.blocks)


def _shown_full_name(doc: Document, name: str) -> bool:
    """A head author written as a Latin full name that the page also shows (a personal blog's side bar or footer:
    ``Theo Chen``, ``© 2021 Elmo Hsiao``); a template's name nowhere on the page is the developer's (a government
    site's ``<meta name="author" content="Dilly Ho">``)."""
    return latin_full_name(name) and any(name in b.text for b in doc.blocks)


_ANSWER_PAGE = re.compile(r"/answers?/\d")


def _head_author_names(doc: Document) -> list[str]:
    """Every author name the head gives: meta author tags, microdata, JSON-LD ``author.name``."""
    meta = doc.head.get("meta") or {}
    names = list(meta.get("author", [])) + list(meta.get("article:author", []))
    names += doc.head.get("microdata_authors") or []      # <div itemprop="author"><meta itemprop="name" …>
    # an answer's author is the page's where the page is that answer's (…/question/586816837/answer/2916374892,
    # the first answer shown) or holds one answer; a question page with several lists its repliers
    answers = doc.head.get("answer_authors") or []
    url = doc.url or doc.head.get("canonical") or ""
    if answers and (len(set(answers)) == 1 or _ANSWER_PAGE.search(url)):
        names += answers[:1]
    for obj in doc.head.get("jsonld") or []:
        a = obj.get("author") if isinstance(obj, dict) else None
        for item in a if isinstance(a, list) else [a]:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                names.append(item["name"])
    return names


def head_outlet(doc: Document) -> str | None:
    """An outlet the head names as the author (``<meta property="article:author" content="每日经济新闻">``):
    the page's source, when no 来源 says otherwise.

    >>> head_outlet(Document(raw="", head={"meta": {"article:author": ["新浪财经"]}}))
    '新浪财经'
    >>> head_outlet(Document(raw="", head={"meta": {"author": ["王明"]}})) is None
    True
    """
    for name in _head_author_names(doc):
        name = name.strip()
        if 2 <= len(name) <= 20 and looks_like_outlet(name) and valid_source(name):
            return name
    return None


_TITLE_SEP = re.compile(r"[_|｜\-–—]")   # parts are stripped after the split (no \s* under search)


def site_names(doc: Document) -> list[str]:
    """The site's own names: ``og:site_name``, ``application-name`` and the last part of the ``<title>`` (a meta
    author equal to one of them, such as 网易 on ``…_网易订阅``, or a Discuz! forum's name that its template writes
    as its application's and its author's, Dark Binance, is the platform, not a writer).

    >>> site_names(Document(raw="", head={"title": "国产手机新品扎堆_网易订阅",
    ...                                   "meta": {"og:site_name": ["网易新闻"]}}))
    ['网易新闻', '网易订阅']
    >>> site_names(Document(raw="", head={"title": "币安再次拔网线两小时 - 默认版块",
    ...                                   "meta": {"application-name": ["Dark Binance"]}}))
    ['Dark Binance', '默认版块']
    """
    head = doc.head or {}
    meta = head.get("meta") or {}
    names = [n.strip() for n in meta.get("og:site_name", []) + meta.get("application-name", []) if n.strip()]
    parts = [p.strip() for p in _TITLE_SEP.split(head.get("title") or "")]
    if len(parts) >= 2 and parts[-1]:
        names.append(parts[-1])
    return names


# The editor closing the last paragraph in brackets, maybe with the newsroom's edit code after it:
# …緩解。（編輯：蘇龍麒）1120221 (an agency's code: the day in the ROC calendar and a serial).
_TRAILING_EDITOR = re.compile(rf"[（(]\s?(?:{section_alternation(_CREDITS, 'trailing editor labels')})\s?[:：]\s?"
                              r"(?P<name>[\u3400-\u9fff·]{2,4})\s?[)）]\s?(?P<code>\d{6,8})?\s*$")
# A bare edit code closing the last paragraph after its full stop: …在知本宴請團員。1031212
_SENTENCE_CLOSERS = "。！？!?」”』"
_EDIT_CODE = re.compile(rf"(?<=[{_SENTENCE_CLOSERS}])\s?\d{{7}}\s*$")


def trailing_editor(doc: Document, blocks: list[Block]) -> bool:
    """The editor (and edit code) closing the last paragraph: ``…緩解。（編輯：蘇龍麒）1120221`` -> editor
    蘇龍麒, text trimmed; a bare code after the last full stop (``…宴請團員。1031212``) is cut too.

    >>> d = Document(raw="")
    >>> d.blocks = [Block(0, "今天上午前往台東參觀。"), Block(1, "農委會要盡全力緩解。（編輯：蘇龍麒）1120221")]
    >>> trailing_editor(d, d.blocks), d.value("editor"), d.blocks[1].text
    (True, '蘇龍麒', '農委會要盡全力緩解。')
    """
    for b in reversed(blocks):
        m = _TRAILING_EDITOR.search(b.text[-30:])
        # glued to a paragraph's last sentence (a credit line of its own is scan_credit_lines' business, which
        # knows whose post it closes)
        cut = len(b.text) - len(b.text[-30:]) + m.start() if m and valid_person(m.group("name")) else -1
        if cut > 0 and b.text[cut - 1] in _SENTENCE_CLOSERS:
            doc.set_field("editor", m.group("name"), "trailing_editor", m.group())
            rule = "trailing_editor"
        else:
            code = _EDIT_CODE.search(b.text[-12:])
            if code is None:
                continue
            cut = len(b.text) - len(b.text[-12:]) + code.start()
            rule = "edit_code"
        doc.removed.append(Removal("editor" if rule == "trailing_editor" else "boilerplate", b.text[cut:].strip(),
                                   rule, f"block {b.index}"))
        b.text = b.text[:cut].rstrip()
        if not b.text:
            b.mark("editor", rule)
        return True
    return False


def trailing_byline(doc: Document, blocks: list[Block]) -> bool:
    """A byline closing the last paragraph: ``…更有治理温度。(作者:馮稟壹)`` -> author 馮稟壹, text trimmed;
    a credit with its roles and a slash closing the lead: ``…送醫挽回一命。報導．攝影╱韓旭爾`` -> 韓旭爾; a
    reporter's label and name after the last sentence: ``…医生建议回家观察。 □记者 王芃`` -> 王芃.

    Bare bracketed names after a full stop are the reporters of local news: ``…廉洁的新春佳节。（常书香
    马丹阳 ）`` -> ``常书香、马丹阳``; ``…他说。（姚峰 上海报道）`` -> ``姚峰``.
    """
    for b in blocks:
        m = _TRAILING.search(b.text[-40:]) or _ROLE_CREDIT.search(b.text[-40:]) or _LABEL_CREDIT.search(b.text[-40:])
        if not m:
            continue
        name = m.group("name").strip() if m.group("name") else person_list(m.group("bare"))
        # A bare bracketed name counts only after prose or as a block of its own: "…说。（姚峰 上海报道）".
        alone_or_after_prose = len(b.text) <= len(m.group()) + 1 or b.text[-len(m.group()) - 1] in "。！？”\"」"
        if not name or not valid_person(name.split("、")[0]) or (m.group("bare") and not alone_or_after_prose):
            continue
        if m.group("bare") and all(person_plausibility(n) < NAME_WITH_SURNAME for n in name.split("、")):
            continue   # an unlabelled bracket names people by their surnames: (級分制) is a note, no writer
        if not doc.set_field("author", name, "trailing_byline", m.group()):
            return False
        cut = len(b.text) - len(b.text[-40:]) + m.start()
        doc.removed.append(Removal("byline", b.text[cut:].strip(), "trailing_byline", f"block {b.index}"))
        b.text = b.text[:cut].rstrip()
        if not b.text:
            b.mark("byline", "trailing_byline")
        return True
    return False


# 報導．攝影╱韓旭爾 after the lead's last sentence: roles joined by a dot, a slash, the name (no brackets).
_ROLE_CREDIT = re.compile(rf"(?<=[。！？」”])\s?(?:{section_alternation(_CREDITS, 'trailing roles')})"
                          rf"(?:\s?[．•·・、]\s?(?:{section_alternation(_CREDITS, 'trailing roles')}))*"
                          r"\s?[╱/／]\s?(?P<name>[\u3400-\u9fff·]{2,4})(?P<bare>)\s?$")
# □记者 王芃 after the last sentence: a reporter's label (作者, 记者, 通讯员; a box or bullet may set it off; a rank
# before it: 首席记者 肖杨) and the name, closing the paragraph without brackets.
_LABEL_CREDIT = re.compile(rf"(?<=[。！？」”])\s?[□■●◎]?\s?(?:{section_alternation(_DISPATCH, 'staff rank')})?"
                           rf"(?:{section_alternation(_CREDITS, 'trailing labels')})"
                           r"\s?(?P<name>[\u3400-\u9fff·]{2,4})(?P<bare>)\s?$")
_BARE_NAME = re.compile(r"[\u3400-\u9fff]{2,4}|[A-Za-z][A-Za-z0-9_.]{2,19}")
# Two to five Han names in one line, separated by 、 ， , or a few spaces: "赵延东、风笑天", "常书香 马丹阳".
# Listed names take 2-3 characters: four-character items are set phrases ("坚持创新 推动发展" subtitles).
_NAME_LIST = re.compile(r"[\u3400-\u9fff·]{2,4}|[\u3400-\u9fff]{2,3}(?:(?:[、，,]|\s{1,3})[\u3400-\u9fff]{2,3}){1,4}")
_NAME_SEP = re.compile(r"[、，,\s]+")


_NAME_SPLIT = re.compile(r"[、,，\s]+")
_LIST_SPLIT = re.compile(r"[、,，]+")
# (a name starts a word: the look-behind keeps a search from re-reading a long word from each of its letters)
_LATIN_NAME = re.compile(r"(?<![A-Za-z.\-'])[A-Za-z][A-Za-z.\-']*(?: [A-Za-z][A-Za-z.\-']*){1,3}")
_ONE_HAN = re.compile(r"[\u3400-\u9fff]")


def split_names(value: str) -> list[str]:
    """The names of a credit value; single characters in a row are one name padded to line up
    (newspapers set a two-character name as ``李  婧`` beside ``张晓峰``).

    >>> split_names("张晓峰 李 婧"), split_names("王明、李华")
    (['张晓峰', '李婧'], ['王明', '李华'])
    >>> split_names("Ben Thompson、王明")   # a Latin name keeps its space
    ['Ben Thompson', '王明']
    """
    out: list[str] = []
    run: list[str] = []
    items = []
    for part in _LIST_SPLIT.split(value):
        part = part.strip()
        items += [part] if _LATIN_NAME.fullmatch(part) else _NAME_SPLIT.split(part)
    for item in [n for n in items if n]:
        if _ONE_HAN.fullmatch(item):
            run.append(item)
            continue
        if run:
            out.append("".join(run))
            run = []
        out.append(item)
    if run:
        out.append("".join(run))
    return out


_FULL_STOP = re.compile(r"[。！？]")


def leading_names(names: list[str]) -> list[str]:
    """The names of a labelled list of values (items that are no person at all, an outlet or a number, passed
    over). Where some item is a name by its shape (a surname and a given name, a handle), the items that read
    as words are not names: those before the first name are a unit or a title (``作者：《中国企业家》记者
    林涛``), and the first one after a name ends the list, the label's value having run on into the sentence
    after it. Where no item is a name by its shape, all are kept: the weighing decides (an affiliation with
    the name glued at its end, ``研究部部长、研究员徐占忱``, is read there). A sentence ends the list.

    >>> leading_names(split_names("老D，如若转载，请注明出处"))   # 原创文章，作者：老D，如若转载，请注明出处：…
    ['老D']
    >>> leading_names(split_names("中国企业家 林涛")), leading_names(["任祝景", "尚必武"])
    (['林涛'], ['任祝景', '尚必武'])
    >>> leading_names(split_names("无戒 有人说婚姻是爱情的坟墓。而于我来说婚姻是成长"))
    ['无戒']
    """
    valid = []
    for name in names:
        if _FULL_STOP.search(name):
            break   # a sentence: the list ended before it (文/无戒 有人说婚姻是爱情的坟墓。…)
        if valid_person(name):
            valid.append(name)
    shaped = [person_plausibility(name) >= HANDLE_PLAUSIBILITY for name in valid]
    if not any(shaped):
        return valid
    first = shaped.index(True)
    out = []
    for name, is_name in zip(valid[first:], shaped[first:]):
        if not is_name:
            break
        out.append(name)
    return out


def person_list(text: str) -> str | None:
    """One or more person names making up the whole text, joined by ``、``; None when any is not a name.

    Several authors of a paper or reporters of a story share one line. Every item must pass
    :func:`valid_person` (so ``新华社 记者`` or ``图片 视频`` are not a list of names).

    >>> person_list("赵延东、风笑天"), person_list("常书香 马丹阳 "), person_list("茉莉")
    ('赵延东、风笑天', '常书香、马丹阳', '茉莉')
    >>> person_list("本报 通讯员") is None, person_list("两岸关系与区域合作") is None, person_list("摄影 张三") is None
    (True, True, True)
    >>> person_list("坚持创新 推动发展") is None
    True
    """
    text = text.strip()
    if not _NAME_LIST.fullmatch(text):
        return None
    names = _NAME_SEP.split(text)
    # A credit word among the items ("摄影 张三", "编辑 李四") makes it a labelled credit, not a list of names.
    ok = all(valid_person(n) and n not in _FIELD_OF for n in names)
    if ok and common_words(names):
        return None
    return "、".join(names) if ok else None


# Word counts of the segmentation dictionary (data/pinyin_words.txt): personal names are rarely in it,
# places, bodies and holidays are, and often. 1000: 广州 5640, 教育部 1216 (李娜 438 is a famous name).
_COMMON_WORD = 1000
_DICTIONARY_WORD = 100


def common_words(items: list[str]) -> bool:
    """Whether a list of short items reads as common words (places, bodies, festivals), not names.

    Any item that is a very frequent word (count >= 1000), or more than half of them dictionary
    words (count >= 100), and the list is not one of people.

    >>> common_words(["北京", "上海"]), common_words(["臺灣", "香港"]), common_words(["常书香", "马丹阳"])
    (True, True, False)
    """
    from ..core.script import to_simplified, word_counts  # the dictionary loads once, on the first list of names

    words = word_counts()
    counts = [max(words.get(item, 0), words.get(to_simplified(item), 0)) for item in items]
    return max(counts) >= _COMMON_WORD or 2 * sum(c >= _DICTIONARY_WORD for c in counts) > len(counts)


def name_under_headline(blocks: list[Block], anchor: int) -> str | None:
    """A bare name on the line right under the headline (blogs, forums, essays).

    Example: ``我是怎样卷入八九民运的`` / ``茉莉`` / first paragraph -> 茉莉 (not a share button's ``我要分享``). The
    line must be a lone
    name (2..4 Han characters or one Latin handle) or a list of names (a paper reposted on a forum:
    ``社会资本、人力资本与下岗职工的再就业`` / ``赵延东、风笑天`` -> ``赵延东、风笑天``) followed by prose,
    so a subtitle is not taken, nor a post's time label kept on a line of its own.

    >>> text = Block(3, "今天终于换了一张一米八的床，躺上去的那一刻觉得整个人都舒展开了，睡得也踏实多了。")
    >>> name_under_headline([Block(0, "一米八的床"), Block(1, "茉莉"), text], 0)
    '茉莉'
    >>> name_under_headline([Block(0, "一米八的床"), Block(1, "发表于"), text], 0) is None
    True
    >>> name_under_headline([Block(0, "一米八的床"), Block(1, "科技观察"), text], 0) is None   # a column's name
    True
    """
    if anchor < 0 or anchor + 2 >= len(blocks):
        return None
    line, nxt = blocks[anchor + 1], blocks[anchor + 2]
    if _UNIT_LINE.fullmatch(nxt.text.strip()) and anchor + 3 < len(blocks):
        nxt = blocks[anchor + 3]   # the authors' unit in brackets on a line of its own comes between
    if line.label is not None or len(nxt.text) < 30 or line.heading:
        return None   # (a heading opens the text: <h2>前言</h2>, the preface, names nobody)
    if _BARE_NAME.fullmatch(line.text):
        if line.text.strip() in SHARE_WORDS or any(word in line.text for word in _SHARE_PARTS):
            return None   # a share button's label (我要分享, Copy) under the headline
        if line.text.strip() in _TIME_WORDS:
            return None   # a post's time label kept apart from its date (Hexo NexT: 发表于 / 2007-01-14)
        if common_word_pieces(line.text.strip()) and person_plausibility(line.text.strip()) < NAME_WITH_SURNAME:
            return None   # two words of the dictionary (科技观察): the column the piece ran in, over its text
        return line.text if valid_person(line.text) else None
    return person_list(line.text)


# A post's time labels (发表于, 更新于): a scraper's text may keep one on a line of its own, over its date.
_TIME_WORDS = frozenset(read_vocabulary("post_lines.txt", "posted") + read_vocabulary("post_lines.txt", "edited"))
#: A share bar's prompts and platforms (微信, 易信, Facebook): controls beside a name, never a writer's name.
SHARE_WORDS = frozenset(read_vocabulary("boilerplate_share.txt"))
# ... the Han ones of two characters or more, found inside a label (我要分享 holds 分享)
_SHARE_PARTS = tuple(w for w in SHARE_WORDS if len(w) >= 2 and not w.isascii())
#: Lines under the headline within which a writer's name set over the first paragraph is looked for: the tool
#: row (正文 / 網友評論 / 友善列印) or the date and link line of a paper's page may come between.
NAME_OVER_TEXT_REACH = 5
#: A line between the headline and the name is short: a tool's label, a date, the paper's address.
BETWEEN_LINE_MAX = 40


def name_over_the_text(blocks: list[Block], anchor: int) -> tuple[str, int] | None:
    """A writer's bare name on the line right over the first paragraph, a few short lines under the headline at
    ``anchor``: the name and its position. Farther from the headline than :func:`name_under_headline`'s line,
    the name must be surely a person's (a surname, not a word), and nothing between may be text.

    >>> text = "台灣九合一選舉揭曉，執政黨遭到空前挫敗，選前儘管大打經濟牌，但是似乎沒有發生預期效果。"
    >>> lines = [Block(0, "如何推動區域經貿合作"), Block(1, "正文"), Block(2, "友善列印"), Block(3, "李武忠"),
    ...          Block(4, text)]
    >>> name_over_the_text(lines, 0)
    ('李武忠', 3)
    >>> name_over_the_text(lines[:3] + [Block(3, "国际"), lines[4]], 0) is None
    True
    """
    if anchor < 0:
        return None
    for k in range(anchor + 2, min(len(blocks) - 1, anchor + 1 + NAME_OVER_TEXT_REACH)):
        line, nxt = blocks[k], blocks[k + 1]
        if len(nxt.text) < 30 or "。" not in nxt.text:
            if len(line.text) > BETWEEN_LINE_MAX or "。" in line.text:
                return None   # the text has begun
            continue
        name = line.text.strip()
        if line.label is None and _BARE_NAME.fullmatch(name) and person_plausibility(name) >= NAME_WITH_SURNAME \
                and valid_person(name) and name not in SHARE_WORDS:   # (易信, a share bar's last platform)
            return name, k
        return None
    return None


# The authors' unit (and postcode) in brackets on the line under their names:
# （西部农业大学 人文学院，陕西 杨凌 712100）.
_UNIT_LINE = re.compile(r"[（(][^（()）]{2,80}[)）]")
_UNIT_WORDS = re.compile(rf"{section_alternation('organisations.txt', 'units')}|\d{{6}}")
_SUBTITLE = re.compile(r"(?:——|－－|--)\s?\S")   # tried on the stripped line: linear


def author_unit_line(text: str) -> bool:
    """The authors' unit in brackets on a line of its own (a university, an institute, a postcode).

    >>> author_unit_line("（西部农业大学 人文学院，陕西 杨凌 712100）"), author_unit_line("（图文无关）")
    (True, False)
    """
    text = text.strip()
    return bool(_UNIT_LINE.fullmatch(text)) and bool(_UNIT_WORDS.search(text))


def subtitle_line(text: str) -> bool:
    """A subtitle opened by a dash (``——基于上海市某区经验的探讨``), at most a headline's length.

    >>> subtitle_line("——基于东部某市三个街道的观察"), subtitle_line("这是正文。——作者注")
    (True, False)
    """
    return len(text) <= 80 and bool(_SUBTITLE.match(text.strip()))


def other_credit_line(text: str) -> bool:
    """A line that is only credits filling no field (``二审：李红梅``, ``校对 王五 审核 李六``).

    >>> other_credit_line("二审：李红梅"), other_credit_line("三審:趙建軍"), other_credit_line("阅读 1234")
    (True, True, False)
    >>> other_credit_line("审核：张丽 冀宁"), other_credit_line("审核：张丽、冀宁")   # two reviewers
    (True, True)
    >>> other_credit_line("审核：张 辉"), other_credit_line("审校：加恩")   # a two-character name spaced out
    (True, True)
    """
    text = text.strip()
    if len(text) > 40:
        return False
    marks = _labels(text)
    if not marks or marks[0].start() > 1 or any(_field_of(m.group("lab")) != "other" for m in marks):
        return False
    values = [text[m.end(): (marks[i + 1].start() if i + 1 < len(marks) else len(text))] for i, m in enumerate(marks)]
    return all(_REVIEWER.fullmatch(clean_value(v) or "") for v in values)


# The names after a review or proofreading label: people (审核：张丽 冀宁), not a number of views.
_REVIEWER_NAME = r"(?:[\u3400-\u9fff·]{2,4}|[\u3400-\u9fff]\s[\u3400-\u9fff])"   # (张 辉: a name spaced out)
_REVIEWER = re.compile(rf"{_REVIEWER_NAME}(?:[\s、，,]{{1,2}}{_REVIEWER_NAME}){{0,3}}")
# A post header under a forum thread's headline: "发表于 2025-05-12 21:36 | 只看该作者".
_POST_HEADER = re.compile(section_alternation(_POSTS, "post header"))
# The poster cell sits among the few blocks above the headline (username, avatar caption, stats line),
# or under it before the first post's header (within _HEADER_REACH blocks: name, counters, group, buttons).
_POSTER_REACH = 3
_HEADER_REACH = 20


def thread_starter(blocks: list[Block], head: int) -> str | None:
    """The first post's author of a forum thread: a linked username just above the headline, with the
    post header (``发表于 …``) just below it.

    Discuz lays a post out as ``<td class="pls"><a href="space-uid-501.html">风吹麦浪</a> 帖子 326 积分 1208``
    then ``<td class="plc"><h1>周末环湖骑行…</h1> 发表于 2025-05-12 21:36``: the thread starter is
    风吹麦浪. The name must be the whole text of its block and a link (a profile), so a kicker or a
    column name above a news headline is not taken, and the 发表于 line must follow within two blocks.

    >>> blocks = [Block(0, "风吹麦浪", links=1, link_chars=4), Block(1, "帖子 326 积分 1208"),
    ...           Block(2, "周末环湖骑行路线分享", heading=1), Block(3, "发表于 2025-05-12 21:36 | 只看该作者")]
    >>> thread_starter(blocks, 2)
    '风吹麦浪'
    >>> thread_starter(blocks[:3] + [Block(3, "2025-05-12 21:36 来源：某某网")], 2) is None
    True
    >>> x3 = [Block(0, "周末环湖骑行路线分享", heading=1), Block(1, "[复制链接]", links=1, link_chars=4),
    ...       Block(2, "风吹麦浪", links=1, link_chars=4), Block(3, "积分"),
    ...       Block(4, "中级会员", links=1, link_chars=4),
    ...       Block(5, "发表于 2025-05-12 21:36 | 只看该作者")]
    >>> thread_starter(x3, 0)
    '风吹麦浪'
    """
    def poster(b: Block) -> str | None:
        name = b.text.strip()
        if (b.label is None and b.links == 1 and b.link_chars >= len(name) and _BARE_NAME.fullmatch(name)
                and valid_person(name)):
            return name
        return None

    if any(_POST_HEADER.search(b.text[:40]) for b in blocks[head + 1: head + 3]):
        for b in reversed(blocks[max(0, head - _POSTER_REACH): head]):
            if poster(b):
                return poster(b)
        return None
    # Discuz X3 puts the poster cell under the headline, before the post header (name, then the
    # user's counters and group links): the first linked name after the headline.
    header = next((i for i in range(head + 1, min(len(blocks), head + _HEADER_REACH))
                   if _POST_HEADER.search(blocks[i].text[:40])), -1)
    if header < 0:
        return None
    for b in blocks[head + 1: header]:
        if poster(b):
            return poster(b)
    return None

