"""Credits chosen from evidence: every value the page offers for author, editor or source is weighed at once.

The credit rules (labelled credits, datelines, meta tags, the row under the headline …) each offer what they
find as a :class:`~webclean.document.Candidate`. Offering order carries the rules' own priority (the strongest
evidence is looked for first), and :func:`weigh_credits` then weighs every candidate with features that hold
on any site:

- **fit**: how plausible the value is for the field (:func:`~webclean.core.names.person_plausibility` for
  people, outlet shape for a source); a value that fits another field better moves there (an outlet offered
  as the author, ``新京报作者：新京报``, is the page's source), a value that fits none is dropped;
- **agreement**: the same value from independent rules (the byline and the meta author) is stronger;
- **conflict**: a value offered as the editor is not the author unless a rule labelled it so (portals put the
  editor in ``<meta name="author">``);
- **order**: among equals, the rule that runs first wins, as it always did.

The winner fills the field; the runners-up stay in ``Document.runners_up`` and reach ``Record.evidence`` with
their scores.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from ..core.dates import CHINA_TZ
from ..core.names import (
    COMMON_WORD_COUNT,
    NAME_WITH_SURNAME,
    UNIT_IN_SOURCE_SLOT_MIN,
    bilingual_name,
    has_surname,
    latin_full_name,
    looks_like_outlet,
    looks_like_unit,
    person_plausibility,
    surnames,
)
from ..core.script import to_simplified, word_counts
from ..core.urls import host_of, registrable_domain
from ..core.vocabulary import alternation, read_vocabulary, section_alternation
from ..document import Candidate, Document, Field
from .kinds import blog_engine

__all__ = ["weigh_credits", "rank_offers", "person_fit", "source_fit", "platform_account", "name_in_affiliation",
           "shown_day_over_a_utc_clock",
           "outlet_and_person", "without_by"]

# Rules that name the author with a label or a reporter's dateline: the value is the author even when the
# same name is also the editor (a one-person desk signs both).
LABELLED_AUTHOR_RULES = frozenset(("author_label", "reporter_dateline", "reporter_line", "trailing_byline",
                                   "source_slot_person"))
# An outlet offered in a labelled author slot, moved to the source (作者: 中国台湾网).
_LABELLED_AUTHOR_OUTLETS = frozenset(f"{rule}_outlet" for rule in LABELLED_AUTHOR_RULES)
# Each further independent rule offering the same value adds this much (two agreeing rules beat one
# stronger-looking value).
AGREEMENT_BONUS = 0.5
# Rules that read one slot of a template twice agree by construction, not as independent evidence: a portal shows
# the outlet of its <meta name="author"> beside the date (新浪's 2017年10月05日 01:32 中国新闻网), so the two offers
# count once against the 来源：北京青年报 line under the text.
ONE_SLOT = {"meta_author_outlet": "header_slot", "dateline_source": "header_slot"}
# Offering order breaks ties only: a thousandth per step never outweighs a difference of fit.
ORDER_STEP = 0.001
# A candidate weighed below this fits its field too badly to fill it (a page word, an outlet as a person).
MIN_FIT = 0.25
# The editor's name offered as the author by an unlabelled rule (a portal's <meta name="author">) keeps this
# share of its fit: it fills the author only when nobody else is credited.
EDITOR_AS_AUTHOR = 0.3
# A rule that offers this many different values on one page is reading captions, quotes or comments, not the
# page's byline (``Illustrated by …`` under each picture): each of its values keeps half its fit.
DISPERSED_VALUES = 3
DISPERSED = 0.5
# ... and a value such a rule offers once only, among others it also offers once, is one entry's of a list
# (``by 荒神IN`` under each thread of a 猜你喜歡 box): it keeps a quarter, below MIN_FIT. The value it offers
# most often (a thread starter posting again and again) keeps the half.
DISPERSED_ONCE = 0.25
# What a rule's kind of evidence adds to a candidate's fit: a labelled credit (来源：, 作者：, a reporter's
# dateline) is what the page itself says the value is; a head value is only what the template filled in; an
# outlet moved from the author field was offered for something else.
RULE_PRIOR = {
    "author_label": 0.3, "reporter_label": 0.3, "editor_label": 0.3, "source_label": 0.3, "reporter_dateline": 0.3,
    "reporter_line": 0.3,
    "trailing_byline": 0.3, "source_slot_person": 0.3, "meta_author": 0.0, "meta_author_outlet": 0.0,
    # a picture's credit names the photographer: the page's author only when nobody else is credited
    # (a picture's agency is weaker still as the page's source: the story's own dispatch outlet wins over it)
    "photo_credit": -0.2, "photo_credit_outlet": -0.35,
    # the agency a dispatch opens with (新华社北京7月15日电) wrote the story; the page's 来源 (新华网) says
    # where it was published, and wins even when a photo credit names the agency too
    "dispatch_opening_outlet": -0.3,
    # an info row's opening handle (zzz6519003 · 1 月前) with no class naming a user: weaker than a poster cell
    "poster_row": -0.2,
    # a lone name beside the date line under the headline, with nothing naming it a writer: as weak
    "name_beside_its_date": -0.2,
    # a name in an element classed as the author's anywhere on the page (a blog's author card): as weak
    "classed_author": -0.2,
    # the holder of a personal blog's copyright (its footer) owns the blog: a guest's byline names the post's writer
    "copyright_owner": -0.2,
    # the name over a text page's profile card (its counts of posts and tags) is the blog's owner, named where the
    # blog shows its owner: above the copyright's holder, which may be the blog's own name (© 2023 rss2ebook)
    "profile_card_owner": -0.1,
}
MOVED_PRIOR = -0.2
# How a publication's name ends (a paper, a site, an agency, a station, a journal).
_PUBLICATION_END = re.compile(r"[报報网網社台刊志]$")
# The outlet a dispatch byline names (香港文匯報訊（記者…）, 新華社記者…攝) is the page's source when no 来源 says.
_DATELINE_RULES = ("agency", "bracket", "slash", "dispatch", "reporter_line", "outlet_slash")
# The editor in charge (责任编辑/责编) is the page's editor when a desk editor (编辑) is credited too.
RESPONSIBLE_EDITOR_PRIOR = 0.2
_RESPONSIBLE_EDITOR = re.compile(section_alternation("credit_labels.txt", "responsible editor"))
_FOLD = re.compile(r"[\s·・•]+")
_MAX_RUNNERS_UP = 3


def _key(value: str) -> str:
    return _FOLD.sub("", unicodedata.normalize("NFKC", value)).lower()


def platform_account(value: str, url: str | None) -> bool:
    """A value that names the site's own account or app (``sina_mobile`` on sina.com.cn), not a writer.

    >>> platform_account("sina_mobile", "https://finance.sina.com.cn/a.shtml"), platform_account("王帆", None)
    (True, False)
    """
    if latin_full_name(value):
        return False   # a personal site named after its writer (blog.theo.com.tw, by Theo Chen)
    host = host_of(url) if url else None
    label = registrable_domain(host).split(".")[0] if host else ""
    return len(label) >= 3 and label in value.lower()


# A name closed by an affiliation (方敏北京大学经济学院教授), or an affiliation closed by a role and a name
# (中国国际经济交流中心世界经济研究部部长、研究员徐占忱): the person is the name at either end.
_ORGANISATIONS = "organisations.txt"
_UNITS = alternation(read_vocabulary(_ORGANISATIONS, "units") + read_vocabulary(_ORGANISATIONS, "societies"))
_NAME_THEN_UNIT = re.compile(rf"(?P<name>[\u3400-\u9fff]{{2,3}}?)(?:[（(，,\s]?)"
                             rf"(?:[\u3400-\u9fff]{{0,20}}?(?:{_UNITS}))"
                             r"[^\n]{0,30}$")
_UNIT_THEN_NAME = re.compile(rf"(?:{section_alternation(_ORGANISATIONS, 'titles')})(?P<name>[\u3400-\u9fff]{{2,3}})$")


_BY = re.compile(r"[Bb][Yy]\s+(?=\S)")


def _subject_of(name: str, title: str) -> bool:
    """Whether an unlabelled name is the headline's subject: it stands inside the headline, not at its head
    (``知名摇滚歌手臧天朔因肝癌去世`` is about 臧天朔; ``茉莉：我是怎样卷入八九民运的`` opens with its writer).

    >>> _subject_of("臧天朔", "知名摇滚歌手臧天朔因肝癌去世"), _subject_of("茉莉", "茉莉：我是怎样卷入八九民运的")
    (True, False)
    >>> _subject_of("安言", "helloworldby安言")   # Hello World by 安言: the headline signs its writer
    False
    """
    return len(name) >= 2 and bool(title) and name in title and not title.startswith(name) \
        and not title.endswith("by" + name)   # (helloworldby安言: the headline signs its writer; keys fold spaces)


def without_by(value: str) -> str:
    """A writer's name without the English byline's ``By`` that a writer's cell may keep before it.

    >>> without_by("By Shannon Farrell"), without_by("Byron Lee"), without_by("by")
    ('Shannon Farrell', 'Byron Lee', 'by')
    """
    m = _BY.match(value)
    return value[m.end():] if m else value


def name_in_affiliation(value: str) -> str | None:
    """The person's name in a credit that also gives their unit or title; None when there is no such name.

    >>> name_in_affiliation("方敏北京大学经济学院教授")
    '方敏'
    >>> name_in_affiliation("中国国际经济交流中心世界经济研究部部长、“一带一路”研究部部长、研究员徐占忱")
    '徐占忱'
    >>> name_in_affiliation("心理咨询师熊玲")   # a profession glued before the name
    '熊玲'
    >>> name_in_affiliation("王帆"), name_in_affiliation("北京大学经济学院")
    (None, None)
    """
    if len(value) <= 4:
        return None
    value = value.strip()
    for pattern in (_UNIT_THEN_NAME, _NAME_THEN_UNIT):
        m = pattern.search(value) if pattern is _UNIT_THEN_NAME else pattern.fullmatch(value)
        if m and has_surname(m.group("name")) and person_plausibility(m.group("name")) >= 1.0:
            return m.group("name")
    return None


def outlet_and_person(value: str) -> tuple[str, str] | None:
    """A source slot that names the outlet and then the writer (``来源：中国新闻网 王帆``): both, or None.

    >>> outlet_and_person("中国新闻网 王帆"), outlet_and_person("县水利局"), outlet_and_person("人民网 北京")
    (('中国新闻网', '王帆'), None, None)
    >>> outlet_and_person("管理学院 黄翔")   # a school's department that contributed the piece, and its writer
    ('管理学院', '黄翔')
    """
    parts = value.split()
    if len(parts) == 2 and (looks_like_outlet(parts[0]) or looks_like_unit(parts[0], UNIT_IN_SOURCE_SLOT_MIN)) \
            and person_plausibility(parts[1]) >= 1.0:
        return parts[0], parts[1]
    return None


def _page_url(doc: Document) -> str | None:
    head = doc.head or {}
    og = (head.get("meta") or {}).get("og:url") or [None]
    return doc.url or head.get("canonical") or og[0]


def person_fit(value: str, url: str | None = None) -> float:
    """How well ``value`` fits a person field: each name of a list (``甲、乙``) must be one.

    >>> person_fit("奚丹霓、张赛"), person_fit("新京报"), person_fit("sina_mobile", "https://finance.sina.com.cn/")
    (1.0, 0.0, 0.0)
    >>> person_fit("Liu, An-Chi 劉安齊"), person_fit("毒理审评处")
    (1.0, 0.0)
    """
    if platform_account(value, url):
        return 0.0
    value = bilingual_name(value) or value   # Liu, An-Chi 劉安齊: one name in two scripts, its comma no list
    names = [n for n in re.split(r"[、，,]", value) if n.strip()]
    # (a body in the writer's slot, 作者：毒理审评处 or 江苏省农药总站, is no person: it contributed the text)
    return min((0.0 if body_name(n.strip()) else person_plausibility(n) for n in names), default=0.0)


#: A name of this many characters that ends as units end and has no surname's shape is a body (团区委, 林业局).
SHORT_BODY_MIN = 3


def body_name(value: str) -> bool:
    """A body's name in a person's slot: five characters or more ending as units end (毒理审评处), or three or four
    so ending without a surname's shape (团区委, 林业局: a person's name there would be a surname and a given name).

    >>> body_name("毒理审评处"), body_name("团区委"), body_name("林业局"), body_name("王小明"), body_name("李局")
    (True, True, True, False, False)
    """
    return looks_like_unit(value) or (looks_like_unit(value, SHORT_BODY_MIN)
                                       and person_plausibility(value) < NAME_WITH_SURNAME)


#: A common word this long that ends as bodies end is a body's name in a source slot (教育部, 财政部, 统计局); two
#: characters (学院, 城市) stay a word.
UNIT_AS_SOURCE_MIN = 3


def source_fit(value: str) -> float:
    """How well ``value`` fits the source field: an outlet fits, a person's name does not.

    >>> source_fit("光明网-《光明日报》"), source_fit("县水利局"), source_fit("王帆")
    (1.0, 0.6, 0.0)
    >>> source_fit("公告")   # a category (文章来源：公告), a common word, no outlet
    0.0
    >>> source_fit("教育部")   # a common word too, but a body's name (来源：教育部)
    0.6
    >>> source_fit("浦江同舟"), source_fit("欧阳娜娜")   # an account's four characters; a compound surname's name
    (0.6, 0.0)
    """
    if looks_like_outlet(value):
        return 1.0
    if word_counts().get(to_simplified(value.strip()), 0) >= COMMON_WORD_COUNT \
            and not looks_like_unit(value, UNIT_AS_SOURCE_MIN):
        return 0.0
    return 0.0 if _name_in_source_slot(value.strip()) else 0.6


#: A person's name in a source slot has at most this many characters behind a one-character surname's: four
#: characters (浦江同舟, a WeChat account of 统战 news) name an account or an outlet unless the surname is compound.
SOURCE_SLOT_NAME_MAX = 3


def _name_in_source_slot(value: str) -> bool:
    return person_plausibility(value) >= 1.0 and (len(value) <= SOURCE_SLOT_NAME_MAX or value[:2] in surnames())


def _blog_page(doc: Document) -> bool:
    """A page a blog engine built (its generator, or its footer's credit): a domain naming its owner is his."""
    generator = " ".join((doc.head.get("meta") or {}).get("generator", [])) if doc.head else ""
    return blog_engine(doc.blocks, generator)


def _score(doc: Document, c: Candidate, field: str, editors: set[str], offers: dict[str, set[str]],
           dispersed: dict[str, set[object]]) -> float:
    value = str(c.value)
    url = _page_url(doc)
    if field == "author":
        # (an issuing body by design; a site named after its owner, whose domain names him too: no platform)
        owner = c.rule == "site_owner" or (c.rule == "meta_author" and _blog_page(doc))
        # (an issuing body, and a reporter's surnamed name that ends as an outlet's does, 记者 何念台: as labelled)
        fit = 1.0 if c.rule in _NAMED_PERSONS else person_fit(value, None if owner else url)
        if _key(value) in editors and c.rule not in LABELLED_AUTHOR_RULES:
            fit *= EDITOR_AS_AUTHOR
    elif field == "editor":
        fit = person_fit(value, url)
        if fit > 0 and _RESPONSIBLE_EDITOR.search(c.text):
            fit += RESPONSIBLE_EDITOR_PRIOR
    else:
        fit = source_fit(value)
    if fit > 0:
        moved = c.rule.endswith("_outlet") and c.rule not in RULE_PRIOR and not c.rule.startswith(_DATELINE_RULES)
        fit += MOVED_PRIOR if moved else RULE_PRIOR.get(c.rule, 0.0)
    if c.rule in dispersed:
        fit *= DISPERSED if c.value in dispersed[c.rule] else DISPERSED_ONCE
    agreeing = len(offers.get(_key(value), ())) - 1
    if fit <= 0:
        return fit - ORDER_STEP * c.order   # rules agreeing on a value that fits nothing make it fit no better (林业局)
    return fit + AGREEMENT_BONUS * agreeing - ORDER_STEP * c.order


# A source label with nothing after it but the next label or the line's end (来源： 发布时间：…, …来源：).
_EMPTY_SOURCE_SLOT = re.compile(rf"(?:{section_alternation('credit_labels.txt', 'source')})\s?[:：]\s*"
                                rf"(?:$|(?:{section_alternation('credit_labels.txt', 'date')}"
                                rf"|{section_alternation('credit_labels.txt', 'author')})\s?[:：])")


# The author rules whose value is the writer although it reads as a body's or an outlet's name.
_NAMED_PERSONS = frozenset(("document_issuer", "reporter_label"))


def _moved(doc: Document, candidates: Iterable[Candidate]) -> list[Candidate]:
    """Author candidates that are outlets or bodies become source candidates (after every real source offer), but
    an issuing body and a reporter's name that ends as an outlet's does (记者 何念台) stay where they are."""
    moved = []
    base = len(doc.candidates)
    for c in candidates:
        if c.field != "author" or c.rule in _NAMED_PERSONS:
            continue
        if looks_like_outlet(str(c.value)):
            moved.append(Candidate("source", c.value, f"{c.rule}_outlet", c.text, base + c.order, block=c.block))
        elif body_name(str(c.value)) and _EMPTY_SOURCE_SLOT.search(c.text):
            # 作者：江苏省农药总站来源： (the source slot left empty): the body that sent the text is the source
            moved.append(Candidate("source", c.value, f"{c.rule}_unit", c.text, base + c.order, block=c.block))
    return moved


def weigh_credits(doc: Document) -> None:
    """Choose author, editor and source from all their candidates (see the module's description).

    >>> d = Document(raw="")
    >>> _ = d.set_field("author", "新京报", "author_label", "新京报作者：新京报")
    >>> _ = d.set_field("author", "奚丹霓、张赛", "author_label", "（总台央视记者 奚丹霓 张赛）")
    >>> weigh_credits(d)
    >>> d.value("author"), d.value("source"), d.runners_up["author"][0].value
    ('奚丹霓、张赛', '新京报', '新京报')
    """
    pool = [c for c in doc.candidates if c.field in ("author", "editor", "source")]
    if not pool:
        return
    for c in list(pool):
        if c.field in ("author", "editor") and isinstance(c.value, str):
            c.value = without_by(c.value)
            name = name_in_affiliation(c.value)
            if name:
                c.value, c.rule = name, f"{c.rule}_name_in_affiliation"
        elif c.field == "source" and isinstance(c.value, str):
            split = outlet_and_person(c.value)
            if split:
                c.value = split[0]
                pool.append(Candidate("author", split[1], "source_slot_person", c.text, c.order, block=c.block))
    pool += _moved(doc, pool)
    editors = {_key(str(c.value)) for c in pool if c.field == "editor"}
    # the author slot names the outlet (作者: 中国台湾网 选稿: 夏阳): the page credits no writer, and the editor a
    # template also put in <meta name="author"> is not one
    outlet_wrote_it = any(c.field == "source" and c.rule in _LABELLED_AUTHOR_OUTLETS for c in pool)
    # the editor of record (责任编辑, 责编) is assigned by the desk, never the writer: a CMS that fills
    # <meta name="author"> with that name, or signs it in brackets under the text (（郭旭）), credits no writer
    of_record = {_key(str(c.value)) for c in pool if c.field == "editor" and _RESPONSIBLE_EDITOR.search(c.text)}
    sources: set[str] = set()
    title = _key(str(doc.value("title") or ""))
    title = title if len(title) >= 2 else ""
    # the columns the breadcrumb names past its first step (首页 > 资讯 > 公司新闻): a column is no outlet, unless
    # it is named as a publication is (首頁 > 中國時報 > 要聞, 南开大学报 as a news site's column)
    columns = {_key(str(c)) for c in (doc.value("breadcrumb") or ())[1:] if not _PUBLICATION_END.search(str(c))}
    for field in ("editor", "source", "author"):
        offers: dict[str, set[str]] = {}
        values_of: dict[str, set[str]] = {}
        mine = [c for c in pool if c.field == field]
        for c in mine:
            offers.setdefault(_key(str(c.value)), set()).add(ONE_SLOT.get(c.rule, c.rule))
            values_of.setdefault(c.rule, set()).add(_key(str(c.value)))
        dispersed = {rule: _most_offered([c.value for c in mine if c.rule == rule])
                     for rule, values in values_of.items() if len(values) >= DISPERSED_VALUES}
        for c in mine:
            c.score = _score(doc, c, field, editors, offers, dispersed)
            if field == "source" and _key(str(c.value)) in columns:
                c.score = min(c.score, 0.0)   # 2019-12-07 / 公司新闻 under a crumb that ends 资讯 > 公司新闻
            if field == "author" and (c.rule not in LABELLED_AUTHOR_RULES or _bare_name(c)) and (
                    _key(str(c.value)) in sources or _key(str(c.value)) in of_record
                    or (outlet_wrote_it and _key(str(c.value)) in editors)
                    or (title and title in _key(str(c.value))) or _subject_of(_key(str(c.value)), title)):
                # the account credited as the source is not also the writer; the headline's subject (an
                # encyclopedia entry's 蔡健雅, in 蔡健雅图册) is not its writer
                c.score = min(c.score, 0.0)
        ranked = sorted(mine, key=lambda c: -c.score)
        if not ranked:
            continue
        best = ranked[0]
        if best.score < MIN_FIT:   # nobody credited: the page's words and outlets are no author
            doc.fields.pop(field, None)
            doc.runners_up[field] = ranked[:_MAX_RUNNERS_UP]
            continue
        doc.fields[field] = Field(best.value, best.rule, best.text, best.score)
        seen = {_key(str(best.value))}
        runners = []
        for c in ranked[1:]:
            if _key(str(c.value)) not in seen:
                seen.add(_key(str(c.value)))
                runners.append(c)
        doc.runners_up[field] = runners[:_MAX_RUNNERS_UP]
        if field == "editor":
            editors = {_key(str(best.value))} | {k for k in editors if k in offers}
        if field == "source":
            sources = {_key(str(best.value))}


def _most_offered(values: list[object]) -> set[object]:
    """The value offered more often than any other, when it is offered more than once (else none).

    >>> _most_offered(["华为家事", "ihuawei", "华为家事", "小小蚁"]), _most_offered(["甲", "乙", "丙"])
    ({'华为家事'}, set())
    """
    counts = Counter(values).most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[1][1] == counts[0][1]):
        return set()
    return {counts[0][0]}


def _bare_name(c: Candidate) -> bool:
    """A trailing byline that is a name alone in brackets (（郭旭）), no label saying it wrote the text."""
    return c.rule == "trailing_byline" and not _LABELLED_TRAILING.search(c.text)


_LABELLED_TRAILING = re.compile(rf"(?:{section_alternation('credit_labels.txt', 'trailing labels')})"
                                r"|[文/／:：]")


def _precision_of(doc: Document, offer: Candidate) -> str:
    """The precision the rule stated with its offer, else what the value itself shows."""
    for c in doc.candidates:
        if c.field == "published_precision" and c.rule == offer.rule and c.order > offer.order:
            return str(c.value)
    value = offer.value
    if hasattr(value, "hour"):
        return "second" if getattr(value, "second", 0) else "minute"
    return "day"


def _day(value: object) -> str:
    """The calendar day of a date or datetime value (the unit dates agree on), as text."""
    return str(value)[:10]


def rank_offers(doc: Document, field: str) -> None:
    """Score the offers of a field decided by the rules' order (title, published) and list the runners-up.

    Each offer is scored like a credit, by order and by the other rules that agree with it (on the same
    calendar day for dates, the same text for titles). The winner is the first offer of the strongest rule
    (see :mod:`webclean.extract.metadata`), except that a day more rules agree on than on the first offer's
    replaces it; ``Record.evidence`` shows what else the page offered and how strongly.

    >>> from datetime import date
    >>> d = Document(raw="")
    >>> _ = d.set_field("published", date(2024, 5, 9), "meta_published")
    >>> _ = d.set_field("published", date(2024, 5, 10), "dateline", "2024-05-10")
    >>> _ = d.set_field("published", date(2024, 5, 10), "url_date", "/2024/0510/")
    >>> rank_offers(d, "published")    # two rules agree on the 10th: they outweigh the meta tag's 9th
    >>> d.value("published").day, [(c.value.day, round(c.score, 3)) for c in d.runners_up["published"]]
    (10, [(9, 1.0)])
    """
    offers = [c for c in doc.candidates if c.field == field]
    winner = doc.fields.get(field)
    if winner is None or not offers:
        return
    key = _day if field == "published" else (lambda v: _key(str(v)))
    agreeing: dict[str, set[str]] = {}
    for c in offers:
        agreeing.setdefault(key(c.value), set()).add(c.rule)
    best: dict[str, Candidate] = {}
    for c in offers:
        c.score = 1.0 + AGREEMENT_BONUS * (len(agreeing[key(c.value)]) - 1) - ORDER_STEP * c.order
        if key(c.value) not in best or c.score > best[key(c.value)].score:
            best[key(c.value)] = c
    won = key(winner.value)
    top = max(best.values(), key=lambda c: c.score)
    # one more agreeing rule than the first offer's day has (the order's thousandths aside)
    if field == "published" and key(top.value) != won and top.score >= best.get(won, top).score + 0.9 * AGREEMENT_BONUS:
        # another day that independent rules agree on outweighs a single first offer (a stale meta tag)
        winner = Field(top.value, top.rule, top.text)
        doc.fields[field] = winner
        precision = _precision_of(doc, top)
        doc.fields["published_precision"] = Field(precision, top.rule, top.text)
        won = key(top.value)
    if field == "published" and not hasattr(winner.value, "hour"):
        # the day is decided; another rule's offer of the same day with its time says more (a blog's date
        # header "Thursday, July 28, 2011" and the post footer's <abbr class="published" title="…T12:11">)
        timed = [c for c in offers if key(c.value) == won and hasattr(c.value, "hour")]
        if timed:
            first = min(timed, key=lambda c: c.order)
            winner = Field(first.value, first.rule, first.text)
            doc.fields[field] = winner
            doc.fields["published_precision"] = Field(_precision_of(doc, first), first.rule, first.text)
    winner.score = best[won].score if won in best else 1.0
    doc.runners_up[field] = sorted((c for k, c in best.items() if k != won), key=lambda c: -c.score)[:_MAX_RUNNERS_UP]


#: The rules whose dates the page takes from its markup, not from what it shows its readers.
_MACHINE_DATE_RULES = ("meta_", "jsonld_", "script_", "url_")


def shown_day_over_a_utc_clock(doc: Document) -> None:
    """The day the page shows, over its machine time in UTC when the two agree in UTC: a static blog built on a
    UTC clock writes ``<meta property="article:published_time" content="2016-01-25T18:57:42+00:00">`` and shows
    ``Jan 25, 2016``; read in China's time (the record's clock for a UTC value) the time falls on the 26th, a day
    the page never shows. The published field becomes the shown day (precision ``day``).

    >>> from datetime import timezone
    >>> d = Document(raw="")
    >>> _ = d.set_field("published", datetime(2016, 1, 25, 18, 57, 42, tzinfo=timezone.utc), "meta_published")
    >>> _ = d.set_field("published", date(2016, 1, 25), "dateline", "Jan 25, 2016 in Blog")
    >>> shown_day_over_a_utc_clock(d)
    >>> d.value("published"), d.value("published_precision")
    (datetime.date(2016, 1, 25), 'day')

    A page that shows any of its dates in China's day reads its machine time that way, and the first date it
    shows must be the one that agrees (not a later entry's of a list).
    """
    won = doc.fields.get("published")
    when = won.value if won is not None else None
    if won is None or not isinstance(when, datetime) or when.utcoffset() != timedelta(0):
        return
    local = when.astimezone(CHINA_TZ).date()
    shown = [c for c in doc.candidates if c.field == "published" and not c.rule.startswith(_MACHINE_DATE_RULES)
             and isinstance(c.value, date)]
    if local == when.date() or not shown or any(_day(c.value) == str(local) for c in shown):
        return   # (a page that shows the time in China's day, 2022-10-08 00:20:58 for 16:20:58Z, reads it so)
    first = min(shown, key=lambda c: c.order)
    if not isinstance(first.value, datetime) and first.value == when.date():
        doc.fields["published"] = Field(first.value, first.rule, first.text, won.score)
        doc.fields["published_precision"] = Field("day", first.rule, first.text)
