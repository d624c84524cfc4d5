"""Names of people and of outlets: how plausible a string is as either, from facts that hold on every site.

A credit slot on a page may hold a person (``王帆``), a pen name or handle (``5点半的Allen``), an outlet
(``新京报``, ``香港電台-財經``), an editor's name offered again as the author, or a page word that is no
name at all (``已编辑``, ``新手上路``). The extract stage weighs its candidates with these tests; the
surname table is public fact (``data/surnames.txt``, see ``data/SOURCES.md``).

>>> person_plausibility("王帆") > person_plausibility("高新区") > 0
True
>>> looks_like_outlet("香港電台-財經"), looks_like_outlet("新京报"), looks_like_outlet("王帆")
(True, True, False)
"""
from __future__ import annotations

import re
from functools import lru_cache

from .chars import HAN
from .data import read_terms
from .script import to_simplified, with_traditional, word_counts
from .vocabulary import section_alternation

__all__ = ["bilingual_name", "surnames", "has_surname", "person_plausibility", "looks_like_outlet", "looks_like_unit",
           "OUTLET_RE",
           "UNIT_IN_SOURCE_SLOT_MIN", "credit_words", "is_credit_word", "outlet_names", "latin_full_name",
           "common_word_pieces"]

#: Words that make a credit value an outlet or an organisation rather than a person: 本报 and the big
#: agencies, 报/网/社/台 endings, broadcasters, magazines, media groups, companies, government bodies, and
#: the channel words portals put after their name (新浪财经, 香港電台-財經, 中新网客户端).
OUTLET_RE = re.compile(
    r"本报|本報|本站|本网|本網|新华社|新華社|中新社|法新社|美联社|美聯社|路透社?|共同社|塔斯社|中央社|"
    r"报社|報社|日报|日報|晚报|晚報|早报|早報|周报|週報|时报|時報|网站|網站|网$|網$|记者站|記者站|通讯社|通訊社|"
    r"电视台|電視台|電台|电台|卫视|衛視|广播|廣播|杂志|雜誌|网络|網絡|新闻|新聞|传媒|傳媒|媒体|媒體|融媒|客户端|客戶端|"
    r"财经|財經|集团|集團|公司|[Tt]eam|Inc\b|政府|委员会|委員會|[报報社刊台]$")
_HAN_ONLY = re.compile(f"[{HAN}·]+")
# A place or a unit, not a person, however it begins (高新区, 王庄村, 李家镇, 宣传部).
# (a body's two-character endings too: 北京同志中心, 某某协会, 某某公司; not 心 or 会 alone, which end given names)
_PLACE_OR_UNIT_END = re.compile(r"(?:[区區市县縣省镇鎮乡鄉村局厅廳部处處科所院校站队隊组組办辦]"
                                r"|中心|协会|協會|学会|學會|商会|商會|公司|集团|集團|银行|銀行|基金会|基金會|委员会|委員會"
                                r"|[小中大]学|[小中大]學|幼儿园|幼兒園"
                                r"|[区區市县縣省镇鎮乡鄉团團党黨纪紀]委)$")   # (团区委, 市委: a committee)
_HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9_.\- ]{1,24}|[\w\u3400-\u9fff·~\-]{2,16}")

# Scores of a candidate as a person's name, on a 0..1 scale: a surname and not a dictionary word is a
# name; a pen name or handle is plausible; a Han string that opens with no surname or is a common word
# may still be a pen name, so it keeps a little weight rather than none.
NAME_WITH_SURNAME = 1.0
HANDLE = 0.6
WORD_OR_NO_SURNAME = 0.3
# A word of the dictionary this frequent is a word first (高新 563, 高度, 马上), whatever its first character;
# the dictionary also lists some people (王明 368), so the bar sits above them.
COMMON_WORD_COUNT = 500


def common_word_pieces(text: str) -> bool:
    """Whether the Han text reads as common words side by side, two characters at a time (a lone last character
    allowed): a greeting or a control's label (``早上好``, ``高級搜索``, ``学生登陆``), not a name or a handle.

    >>> common_word_pieces("早上好"), common_word_pieces("学生登陆"), common_word_pieces("北岸听潮")
    (True, True, False)
    >>> common_word_pieces("go3k")
    False
    """
    han = to_simplified("".join(_HAN_CHAR.findall(text)))   # (the word counts are Simplified; a mirror is not)
    counts = word_counts()
    pieces = [han[i:i + 2] for i in range(0, len(han) - 1, 2)]
    return bool(pieces) and all(counts.get(p, 0) >= COMMON_WORD_COUNT for p in pieces)


_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=1)
def credit_words() -> frozenset[str]:
    """Words a credit slot may hold that name nobody (``data/credit_words.txt``), both scripts, lower case.

    >>> "新手上路" in credit_words(), "編輯" in credit_words(), "admin" in credit_words()
    (True, True, True)
    """
    return frozenset(w.lower() for w in with_traditional(read_terms("credit_words.txt")))


def is_credit_word(value: str) -> bool:
    """The whole value is a page word, a role or a placeholder, not a name.

    >>> is_credit_word("已编辑"), is_credit_word("王帆")
    (True, False)
    >>> is_credit_word("admin123"), is_credit_word("raymon725")   # a CMS's default account, numbered; a handle
    (True, False)
    """
    word = value.strip().lower()
    return word in credit_words() or (word.isascii() and word.rstrip("0123456789") in credit_words()
                                      and word[:1].isalpha())


@lru_cache(maxsize=1)
def outlet_names() -> frozenset[str]:
    """Outlets and platforms whose names carry no outlet-shaped ending (``data/outlet_names.txt``).

    >>> "路透" in outlet_names(), "視覺中國" in outlet_names()
    (True, True)
    """
    return frozenset(with_traditional(read_terms("outlet_names.txt")))


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Single and compound surnames, Simplified and Traditional.

    >>> "欧阳" in surnames(), "馮" in surnames(), "冯" in surnames()
    (True, True, True)
    """
    return frozenset(with_traditional(read_terms("surnames.txt")))


def has_surname(name: str) -> bool:
    """The name opens with a surname (a compound one counts when the rest is a given name).

    >>> has_surname("欧阳娜娜"), has_surname("王帆"), has_surname("网友")
    (True, True, False)
    """
    table = surnames()
    return (len(name) >= 3 and name[:2] in table) or (len(name) >= 2 and name[0] in table)


# A full stop, question or exclamation mark or a quotation mark ends or opens a sentence: no name holds one; nor
# does a file's name (google.JPG, a picture's alt text under a headline).
_SENTENCE_MARK = re.compile(r"[。！？“”「」]|\.(?i:jpe?g|png|gif|webp|bmp|svg|s?html?|php|pdf)$")


def person_plausibility(name: str) -> float:
    """How plausible ``name`` is as one person's name or pen name, 0..1 (0 for an outlet).

    >>> person_plausibility("徐占忱"), person_plausibility("my38778570"), person_plausibility("新浪财经")
    (1.0, 0.6, 0.0)
    >>> person_plausibility("時間"), person_plausibility("陳述"), person_plausibility("楊正海")
    (0.3, 0.3, 1.0)
    >>> person_plausibility("关于音乐"), person_plausibility("欧阳娜娜")   # a phrase that opens with 关于
    (0.3, 1.0)
    >>> person_plausibility("鲁网综合")   # an outlet's desk: the word 综合 closes it
    0.3
    >>> person_plausibility("第二增加驾驶者的用户体验和安全系数。"), person_plausibility("google.JPG")
    (0.0, 0.0)
    >>> person_plausibility("晴天小院2019"), person_plausibility("自幼倆相依13歲子祈求父回家")   # a handle, a headline
    (0.6, 0.3)
    """
    name = name.strip()
    if not name or looks_like_outlet(name) or is_credit_word(name) or _SENTENCE_MARK.search(name) \
            or names_offices_only(name):
        return 0.0
    if _HAN_ONLY.fullmatch(name):
        # (the word counts are Simplified: a Traditional page's 時間 is the word 时间, not a 時 surname)
        counts = word_counts()
        simple = to_simplified(name)
        if (2 <= len(name) <= 4 and has_surname(name) and counts.get(simple, 0) < COMMON_WORD_COUNT
                and not (len(name) >= 3 and _PLACE_OR_UNIT_END.search(name))
                # four characters behind a one-character surname: 关于音乐 opens with the word 关于, 鲁网综合
                # (an outlet's desk) closes with the word 综合
                and not (len(name) == 4 and name[:2] not in surnames()
                         and (counts.get(simple[:2], 0) >= COMMON_WORD_COUNT
                              or counts.get(simple[2:], 0) >= COMMON_WORD_COUNT))):
            return NAME_WITH_SURNAME
        return WORD_OR_NO_SURNAME
    if len(_HAN.findall(name)) >= HANDLE_HAN_MAX:
        return WORD_OR_NO_SURNAME   # a phrase with a figure in it (自幼倆相依13歲子祈求父回家), not a handle
    return HANDLE if _HANDLE.fullmatch(name) else WORD_OR_NO_SURNAME


#: A credit part this long or longer that ends with a title or an office names a post (清华大学教授, 学院院长); a
#: shorter one is how a person is addressed (王教授, 李局长).
OFFICE_PART_MIN = 4
_OFFICE_END = re.compile(rf"(?:{section_alternation('organisations.txt', 'titles')}"
                         rf"|{section_alternation('organisations.txt', 'offices')})$")
_CREDIT_PARTS = re.compile(r"[、，,/／\s]+")


def names_offices_only(value: str) -> bool:
    """Every part of a credit value is a post, none a person: the value names offices, not who holds them.

    A commentary's closing credit may give the writer's posts alone, the name being in the headline
    (``姜斯宪：坚定中国特色世界一流大学建设的道路自信`` closes with
    ``（作者：上海市人大常委会副主任、上海交通大学党委书记）``).
    A post ends with an office or a title (``[titles]`` and ``[offices]`` of ``data/organisations.txt``) and is
    at least :data:`OFFICE_PART_MIN` Han characters long; what comes before the office must not be a person's
    name or a surname (``欧阳教授``, ``张伟教授`` address a person).

    >>> names_offices_only("上海市人大常委会副主任、上海交通大学党委书记"), names_offices_only("清华大学教授")
    (True, True)
    >>> names_offices_only("王教授"), names_offices_only("欧阳教授"), names_offices_only("张伟教授")
    (False, False, False)
    >>> names_offices_only("研究部部长、研究员徐占忱"), names_offices_only("徐占忱")
    (False, False)
    """
    parts = [part for part in _CREDIT_PARTS.split(value.strip()) if part]
    return bool(parts) and all(_is_office(part) for part in parts)


def _is_office(part: str) -> bool:
    m = _OFFICE_END.search(part)
    if m is None or len(part) < OFFICE_PART_MIN or not _HAN_ONLY.fullmatch(part):
        return False
    holder = part[:m.start()]
    return len(holder) >= 2 and holder not in surnames() and person_plausibility(holder) < NAME_WITH_SURNAME


# A given name and a family name in Latin letters, each capitalised, a hyphen allowed within one (Theo Chen,
# Huei-Horng Yo, Jeremy Tsheng).
_LATIN_FULL_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z]?[a-z]+)?){1,2}")


def latin_full_name(value: str) -> bool:
    """A person's full name written in Latin letters: two or three capitalised words (a space in a name slot is
    otherwise a list or a team: 张三 李四, Discuz! Team, sina mobile).

    >>> latin_full_name("Theo Chen"), latin_full_name("Huei-Horng Yo"), latin_full_name("Discuz! Team")
    (True, True, False)
    >>> latin_full_name("sina_mobile"), latin_full_name("Theo")
    (False, False)
    """
    return _LATIN_FULL_NAME.fullmatch(value.strip()) is not None


_LATIN_NAME = r"[A-Z][a-z]+,?(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2}"   # Liu, An-Chi; Chan Tai-man
_BILINGUAL = re.compile(rf"{_LATIN_NAME} (?P<han>[{HAN}]{{2,4}})|(?P<han2>[{HAN}]{{2,4}}) {_LATIN_NAME}")


def bilingual_name(value: str) -> str | None:
    """The Han name of a person's name written in both scripts, as Taiwan and Hong Kong writers sign (``Liu,
    An-Chi 劉安齊``, ``陳大文 Chan Tai-man``): a Latin full name and a Han full name with a surname, either first.

    >>> bilingual_name("Liu, An-Chi 劉安齊"), bilingual_name("陳大文 Chan Tai-man")
    ('劉安齊', '陳大文')
    >>> bilingual_name("Read More 閱讀全文"), bilingual_name("Liu An-Chi")
    (None, None)
    """
    m = _BILINGUAL.fullmatch(value.strip())
    if m is None:
        return None
    han = m.group("han") or m.group("han2")
    return han if person_plausibility(han) >= NAME_WITH_SURNAME else None


#: A handle mixing Han and other characters holds fewer Han characters than this (晴天小院2019, 海纳百川_spark);
#: more, with a figure among them, is a headline's phrase.
HANDLE_HAN_MAX = 8
_HAN = re.compile(f"[{HAN}]")


#: A Han name this long that ends like a place or a unit names a body: 国家金融监督管理总局, 某某市教育局 (a
#: three-character name may be a person's: 李局 is how staff address a bureau chief, 王一所 a given name).
UNIT_NAME_MIN = 5
#: In a source slot (来源：, 供稿/) a person is no candidate for the value's head, so a four-character name
#: ending as units end is a body: 管理学院, 宣传部门 (two and three characters stay ambiguous: 学院, 王一所).
UNIT_IN_SOURCE_SLOT_MIN = 4


def looks_like_unit(name: str, shortest: int = UNIT_NAME_MIN) -> bool:
    """A body (a bureau, a department, a school, a district) rather than a person: a Han name of
    ``shortest`` characters or more (:data:`UNIT_NAME_MIN` unless the slot it fills says more, as a source
    slot does) ending as places and units end.

    >>> looks_like_unit("国家金融监督管理总局"), looks_like_unit("某某市教育局"), looks_like_unit("王一所")
    (True, True, False)
    >>> looks_like_unit("鞍山市铁东区胜利小学"), looks_like_unit("王兴学")   # a school; a given name in 学
    (True, False)
    >>> looks_like_unit("管理学院"), looks_like_unit("管理学院", shortest=UNIT_IN_SOURCE_SLOT_MIN)
    (False, True)
    """
    name = name.strip()
    return len(name) >= shortest and _HAN_ONLY.fullmatch(name) is not None \
        and _PLACE_OR_UNIT_END.search(name) is not None


def looks_like_outlet(name: str) -> bool:
    """An outlet, agency, channel or organisation rather than a person.

    >>> looks_like_outlet("每日经济新闻"), looks_like_outlet("法新社"), looks_like_outlet("sina_mobile")
    (True, True, False)
    """
    name = name.strip()
    return OUTLET_RE.search(name) is not None or any(outlet in name for outlet in outlet_names())
