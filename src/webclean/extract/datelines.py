"""News bylines written around the reporter's name: the dispatch forms of mainland, Taiwan and Hong Kong papers.

A reporter is credited without a 作者： label in a handful of shapes that every Chinese newsroom uses:

======================  =========================================================================
``bracket``             ``〔記者王憶紅／台北報導〕`` · ``（民視新聞陳韻平、郭文海台北報導）``
                        · ``香港文匯報訊（記者 鄭治祖）``
``slash``               ``聯合報 記者林宸誼／即時報導`` · ``吳垠慧／台北報導`` · ``（劉利貞／綜合外電報導）``
``dispatch``            ``新华社北京5月19日电（刘艺、杨吉）``
``reporter_line``       ``新华社记者邹多为、唐诗凝、丁乐`` · ``記者賴淑敏 蔣龍祥 台北報導`` (a line of its own)
``outlet_slash``        ``上報快訊／范姜佳鈺 2020年03月12日 20:19:00``
``sent_from``           ``腾讯《一线》 纪振宇 10月10日发自硅谷`` (the writer, the day, where it was sent from)
``photo_credit``        ``……接受記者採訪。新華社記者 殷博古 攝`` · ``（中國臺灣網 王偉 攝）``
                        (the photographer of a picture story)
======================  =========================================================================

Each shape is a named pattern in :data:`DATELINE_PATTERNS`; every name it yields must be a plausible person's
name (a surname and not a word, :func:`~webclean.core.names.person_plausibility`), which keeps place names,
outlets and phrases out. :func:`dispatch_byline` returns the names joined by 、 and where the byline is.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..core.names import has_surname, person_plausibility
from ..core.vocabulary import read_vocabulary, section_alternation

__all__ = ["Dateline", "DATELINE_PATTERNS", "byline_outlet", "dispatch_byline", "dispatch_outlet",
           "leading_dateline_end", "outlet_report_opening"]

_WORDS = "dispatch_bylines.txt"


def _words(section: str) -> str:
    """The alternation of one section of ``data/dispatch_bylines.txt``, both scripts."""
    return section_alternation(_WORDS, section)


_NAME = r"[\u3400-\u9fff·]{2,4}"
_REPORT = rf"(?:{_words('report')})"
_SLASH = r"[/／╱]"
_OPEN = r"[（(〔【\[]"
_CLOSE = r"[)）〕】\]]"
# 记者, and the other words a newsroom credits its staff with: 通讯员 (correspondent), 采访人员 (CCTV's word).
_REPORTER = rf"(?:{_words('staff rank')})?(?:{_words('staff')})"
# Names in a list, each after a separator; a later one may come after its role glued to it (记者郭会桥 通讯员龚伟).
_NAMES = rf"{_NAME}(?:(?:[、，,]|\s{{1,2}})(?:{_REPORTER})?{_NAME}){{0,4}}"
_SHOT = r"[摄攝](?!影)"
# A photo credit in brackets (（圖／記者林悅翻攝）) credits a picture, not the text.
_PHOTO = rf"[圖图]\s?[/／╱:：]|{_words('photo')}"
# Where a name list ends and the place of the dispatch begins: 陳韻平、郭文海 | 台北報導.
_PLACE = r"[\u3400-\u9fff]{2,3}"

#: The byline shapes, each a pattern whose ``names`` group holds the reporters. Bounded repetitions and
#: literal anchors keep every one linear; each is tried on the first and the last stretch of a block only.
# An agency's bracketed dispatch: （中央社記者溫貴香台北21日電）, （中央社記者盧太城台東縣12日電）. The name runs into
# the place with nothing between them: a name of three characters is tried first, then two.
_AGENCY_NAME = r"(?:[\u3400-\u9fff·]{3}|[\u3400-\u9fff·]{2})"

DATELINE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("agency", re.compile(rf"{_OPEN}[\u3400-\u9fff]{{0,8}}?{_REPORTER}\s?"
                          rf"(?P<names>{_AGENCY_NAME}(?:[、，,]{_AGENCY_NAME}){{0,4}})"
                          rf"\s?[\u3400-\u9fff]{{2,4}}?\s?\d{{1,2}}日\s?[电電]\s?{_CLOSE}")),
    ("bracket", re.compile(rf"{_OPEN}(?!{_PHOTO})[^（(〔【\[)）〕】\]]{{0,12}}?{_REPORTER}\s?(?P<names>{_NAMES})"
                           rf"(?:\s?{_SLASH}?\s?[\u3400-\u9fff]{{0,8}}?{_REPORT})?\s?{_CLOSE}"
                           rf"|{_OPEN}(?:[\u3400-\u9fff]{{1,8}}?(?:{_words('bracket outlet endings')}))?"
                           rf"(?P<names2>{_NAMES})"
                           rf"\s?{_SLASH}?\s?(?:{_PLACE}|{_words('compiled')})?{_REPORT}{_CLOSE}")),
    ("slash", re.compile(rf"{_REPORTER}\s?(?P<names>{_NAMES})\s?{_SLASH}"
                         rf"|(?:^|{_OPEN}|\s)(?P<names2>{_NAMES})\s?{_SLASH}\s?[\u3400-\u9fff]{{0,6}}?{_REPORT}")),
    ("dispatch", re.compile(rf"[电電]\s?[（(](?P<names>{_NAMES})[)）]")),
    # a paragraph opening with its outlet, its staff each with their role, the day and 报道：
    # 东方网通讯员龙钢、记者朱贝尔1月11日报道：…
    ("report_opening", re.compile(rf"^(?P<outlet>[\u3400-\u9fff]{{2,8}}?)(?P<names>{_REPORTER}\s?{_NAME}"
                                  rf"(?:[、，,]\s?(?:{_REPORTER})?\s?{_NAME}){{0,3}})\s?\d{{1,2}}\s?月\s?\d{{1,2}}\s?日\s?"
                                  rf"{_REPORT}\s?[:：]")),
    ("reporter_line", re.compile(rf"^[\u3400-\u9fff]{{0,8}}?(?:{_words('own paper')})?{_REPORTER}\s?(?P<names>{_NAMES})"
                                 rf"(?:\s?{_PLACE}{_REPORT})?$")),
    # the writer, the day and where the story was sent from, a line of its own over the text, after the outlet's
    # column or not (the whole line is the byline): 腾讯《一线》 纪振宇 10月10日发自硅谷
    ("sent_from", re.compile(rf"^(?:[^\s]{{2,12}}\s)?(?P<names>{_NAMES})\s?\d{{1,2}}\s?月\s?\d{{1,2}}\s?日\s?"
                             rf"(?:{_words('sent from')})[\u3400-\u9fff]{{2,8}}$")),
    ("outlet_slash", re.compile(rf"^[\u3400-\u9fff]{{2,6}}(?:{_words('newsflash endings')}){_SLASH}"
                                rf"(?P<names>{_NAME})(?:\s|$)")),
    # the credit closing a picture's caption: 新華社記者 殷博古 攝 / 中新社發 劉新 攝 / （中國臺灣網 王偉 攝）
    ("photo_credit", re.compile(rf"(?:(?:(?P<outlet>[\u3400-\u9fff]{{2,8}}?(?:{_words('photo outlet endings')}))"
                                rf"|{_words('own paper')})\s?"
                                rf"(?:{_words('photo by')})?\s?)?(?P<names>{_NAMES})\s?{_SHOT}\s?[)）]?$")),
)

# What every byline shape holds somewhere (a slash, 电, 摄, a staff or a report word): a line without any is
# no byline, and the seven patterns are not tried on it.
_ANCHOR = re.compile(rf"[/／╱电電摄攝]|{_words('staff')}|{_REPORT}|{_words('sent from')}")
_SPLIT = re.compile(r"[、，,\s]+")
_REPORT_END = re.compile(_REPORT + "$")
_ROLE_WORDS = frozenset(read_vocabulary(_WORDS, "role words"))
# A byline opens a paragraph or closes it: the first and last stretches of a block are all that is read.
_HEAD, _TAIL = 60, 50


class Dateline(NamedTuple):
    """Reporters found in a dispatch byline, the pattern's name, the byline's span in the text, and the
    outlet the byline names, when it names one."""

    names: str
    rule: str
    start: int
    end: int
    outlet: str = ""
    opening: bool = False   # the outlet is the one the paragraph opens with (中新网北京…电), not the byline's own


_ROLE = re.compile(_REPORTER)
# The photographer's role word in a byline's list of staff: the names after it took the pictures.
_PHOTOGRAPHERS = re.compile(rf"\s?(?:{_words('photo')})\s?[:：]?")


def _names_of(match: re.Match[str]) -> str | None:
    raw = match.group("names") or (match.groupdict().get("names2") or "")
    raw = _PHOTOGRAPHERS.split(raw, maxsplit=1)[0]   # (记者 郝静秋 摄影 宗琪琪: the photographer shot the pictures)
    raw = _ROLE.sub("、", raw)   # (通讯员龙钢、记者朱贝尔: each name after its role)
    # a list read up to the place of the dispatch (賴淑敏 蔣龍祥 台北報導) drops the place
    names = [n for n in _SPLIT.split(raw) if n and n not in _ROLE_WORDS and not _REPORT_END.search(n)]
    if names and names[-1][-1] in "摄攝":
        return None   # （記者廖耀東攝）: a photographer's credit under a picture, not the story's byline
    if not names or any(not has_surname(n) or person_plausibility(n) < 1.0 for n in names):
        return None
    return "、".join(names)


def dispatch_byline(text: str) -> Dateline | None:
    """The reporters credited by a dispatch byline at the start or the end of ``text``.

    >>> dispatch_byline("〔記者王憶紅／台北報導〕宏達電行銷長昨正式宣布……").names
    '王憶紅'
    >>> dispatch_byline("……證明了良心是經營生意的不二法門。（民視新聞陳韻平、郭文海台北報導）").names
    '陳韻平、郭文海'
    >>> dispatch_byline("新华社北京5月19日电（刘艺、杨吉）中国科学院专家19日介绍……").rule
    'dispatch'
    >>> dispatch_byline("新华社记者邹多为、唐诗凝、丁乐").names
    '邹多为、唐诗凝、丁乐'
    >>> found = dispatch_byline("东方网通讯员龙钢、记者朱贝尔1月11日报道：虹口区今年将新建养老床位500张。")
    >>> found.names, found.outlet
    ('龙钢、朱贝尔', '东方网')
    >>> dispatch_byline("……在北京人民大會堂舉行閉幕會。新華社記者 殷博古 攝")
    Dateline(names='殷博古', rule='photo_credit', start=16, end=27, outlet='新華社', opening=False)
    >>> dispatch_byline("本報記者 黃冉 攝").names   # the paper's own photographer
    '黃冉'
    >>> dispatch_byline("南开新闻网讯（记者 郝静秋 摄影 宗琪琪）3月13日，会议举行。").names   # the reporter only
    '郝静秋'
    >>> dispatch_byline("东北网7月10日讯（记者郭会桥 通讯员龚伟）7月10日，会议召开。").names   # each after its role
    '郭会桥、龚伟'
    >>> dispatch_byline("据介绍，北京／上海两地的试点已经开始。") is None
    True
    >>> dispatch_byline("……屍體由檢察官發回家屬處理。（圖／記者林悅翻攝）") is None
    True
    """
    text = text.strip()
    if not text or not _ANCHOR.search(text):
        return None
    stretches = [(0, text[:_HEAD])]
    if len(text) > _HEAD:
        stretches.append((len(text) - _TAIL, text[-_TAIL:]))
    for offset, stretch in stretches:
        for rule, pattern in DATELINE_PATTERNS:
            if rule in ("reporter_line", "outlet_slash") and (offset or len(text) > _HEAD):
                continue   # a whole line of its own, or the opening of a short info line
            if rule == "photo_credit" and stretch is not stretches[-1][1]:
                continue   # a caption's credit closes it
            for match in pattern.finditer(stretch):
                names = _names_of(match)
                if names:
                    outlet = match.groupdict().get("outlet") or ""
                    if not outlet and rule in ("bracket", "slash"):
                        outlet = byline_outlet(stretch[:match.start()] + match.group())
                    opening = not outlet and offset == 0
                    if opening:
                        outlet = dispatch_outlet(stretch[:match.start()])
                    return Dateline(names, rule, offset + match.start(), offset + match.end(), outlet,
                                    opening and bool(outlet))
    return None


# The paper a reporter's byline names before the reporter: 聯合報 記者林宸誼／即時報導,
# 【聯合晚報╱記者楊正海╱即時報導】.
_BYLINE_OUTLET = re.compile(rf"(?P<outlet>[\u3400-\u9fff]{{1,8}}?(?:{_words('bracket outlet endings')}))"
                            rf"\s?{_SLASH}?\s?{_REPORTER}")


def byline_outlet(text: str) -> str:
    """The outlet named right before the first reporter word of a byline, or ''.

    >>> byline_outlet("2020-10-04 15:05聯合報 記者林宸誼／即時報導"), byline_outlet("【聯合晚報╱記者楊正海╱即時報導】")
    ('聯合報', '聯合晚報')
    >>> byline_outlet("〔記者王憶紅／台北報導〕"), byline_outlet("本报记者 王明"), byline_outlet("本報記者 王明")
    ('', '', '')
    """
    m = _BYLINE_OUTLET.search(text)
    outlet = m.group("outlet") if m else ""
    # the paper's own staff (本报记者) names no outlet
    return "" if not outlet or _OWN_PAPER.fullmatch(outlet) else outlet


_OWN_PAPER = re.compile(rf"(?:{_words('own paper')})")


# The outlet that opens a dispatch before its reporters: 中新网北京四月三十日电 (记者 孙宇挺), 新华社北京5月19日电
# (…), 荆楚晨报讯（记者…）, 枝江融媒(通讯员 李意): an outlet name, maybe a place and a date, then 电/讯 or nothing.
_DISPATCH_HEAD = re.compile(rf"(?:{_words('dispatch head lead')})?"
                            rf"(?P<outlet>[\u3400-\u9fff]{{2,8}}?(?:{_words('dispatch head outlet endings')}))"
                            r"(?:[\u3400-\u9fff]{0,6}?[\d〇○零一二三四五六七八九十]{1,3}月[\d〇○零一二三四五六七八九十]{1,3}日)?"
                            rf"\s?(?:{_words('dispatch head marks')})?\s?")


def dispatch_outlet(head: str) -> str:
    """The outlet a dispatch opens with, when ``head`` (the text before its bracketed reporters) is only that.

    >>> dispatch_outlet("中新网北京四月三十日电 "), dispatch_outlet("枝江融媒"), dispatch_outlet("荆楚晨报讯")
    ('中新网', '枝江融媒', '荆楚晨报')
    >>> dispatch_outlet("会上，市长王明")
    ''
    """
    m = _DISPATCH_HEAD.fullmatch(head.strip())
    return m.group("outlet") if m else ""


def leading_dateline_end(text: str, dateline: Dateline) -> int:
    """Where the paragraph's own text starts after a bracketed byline that opens it, or 0 to keep all.

    A bracketed dispatch before the first sentence (``〔記者王憶紅／台北報導〕宏達電…``) is a credit, not text;
    a byline inside a sentence stays.

    >>> t = "〔記者王憶紅／台北報導〕宏達電行銷長昨正式宣布……"
    >>> leading_dateline_end(t, dispatch_byline(t))
    12
    >>> t = "东方网记者朱贝尔1月11日报道：虹口区近日发布行动计划。"   # a report's opening is the sentence's start
    >>> leading_dateline_end(t, dispatch_byline(t))
    0
    """
    if dateline.start == 0 and text[:1] in "（(〔【[" and dateline.end < len(text):
        return dateline.end
    return 0


# A paragraph that opens by naming its outlet's report in brackets, with no reporter: 【环球网综合报道】,
# 【环球时报报道】, （央视新闻讯）.
_OUTLET_REPORT = re.compile(rf"[【\[（(〔]\s?(?P<outlet>[\u3400-\u9fff]{{2,8}}?(?:{_words('bracket outlet endings')}))"
                            rf"(?:{_words('outlet report compiled')})?"
                            rf"(?:{_words('report')}|{_words('outlet report marks')})\s?[】\]）)〕]")


def outlet_report_opening(text: str) -> str:
    """The outlet a paragraph's opening bracket names as its report, or ``""``.

    >>> outlet_report_opening("【环球网综合报道】据美国国务院代理发言人称……"), outlet_report_opening("【图】会场")
    ('环球网', '')
    """
    m = _OUTLET_REPORT.match(text.lstrip())
    return m.group("outlet") if m else ""
