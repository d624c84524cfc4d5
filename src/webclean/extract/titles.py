"""Titles: the headline block of a page, its column prefix and the site suffix of ``<title>``.

An HTML page's headline is the block that agrees with ``<title>``/og:title (else the best-scoring
``<h1>``/``<h2>``/title-classed block, else the head title); a text page's is the last headline-like
line before the first paragraph. Regexes are linear-time.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..core.dates import date_line, parse_date, parse_epoch
from ..core.names import is_credit_word, looks_like_outlet, looks_like_unit, person_plausibility
from ..core.vocabulary import read_vocabulary, section_alternation
from ..document import Block, Document
from ..record import Removal
from .bylines import parse_credits, person_list
from .datelines import dispatch_byline
from .kinds import blog_engine

__all__ = [
    "clean_title",
    "drop_repeated_headline",
    "find_title",
    "heading_headline",
    "heading_lines",
    "html_headline",
    "joined_lines",
    "looks_like_headline",
    "short_heading_title",
    "split_column",
    "strip_site_suffix",
    "text_headline",
    "without_outlet_suffix",
]

_SITE_SEP = re.compile(r"\s?(?:[_|｜]|--?|—|–|::)\s?|\s[-·<‹«]\s")
# The separators that set a site's name after a headline and never stand inside one (a dash may: 《…》————【…】).
_NAME_SEP = re.compile(r"\s?[_|｜]\s?|\s[-·]\s")
_PICTURE = re.compile(rf"\s?[(（](?:{section_alternation('headline_words.txt', 'picture markers')})[)）]\s?")
# 丨 (U+4E28) is the bar Chinese media set between a column and a headline (政能亮丨“稳经济”…).
_COLUMN_SEP = re.compile(r"\s?[|｜丨]\s?")
# A column in lenticular brackets opening the headline: 【中国稳健前行】坚定实施扩大内需战略; a series' name may hold a
# figure (【致敬70年·虹口统战】) when it has words enough besides, but not a date (【2019年3月5日】, 【12.5】).
_BRACKET_COLUMN = re.compile(r"^【(?P<column>[^【】]{2,12})】(?P<rest>.{4,})$")
_COLUMN_WORDS_WITH_FIGURE = 4
# A column named before a lone closing 》 (Taiwan's papers: 中職》…, 新聞透視》黑道變網紅…; a 《 before it would make a
# title in guillemets) or a columnist's column before its colon (陳嘉宏專欄：柯文哲的心靈雞湯).
_MARKED_COLUMN = re.compile(r"^(?P<column>[^《》\s]{2,6})》\s?(?P<rest>.{4,})$"
                            r"|^(?P<column2>[^：:\s]{1,10}(?:专栏|專欄))\s?[：:]\s?(?P<rest2>.{4,})$")
_HAN = re.compile(r"[\u3400-\u9fff]")
_COLUMN_DATE = re.compile(r"\d{1,2}\s?月|\d{4}\s?[-/.]|\d{1,2}\s?日|\d[.:]\d")
_SENTENCE_END = re.compile(r"[。]")  # headlines may hold ？ or ！, never a 。 (a caption ends one, then credits)
# Chinese headlines run 4..60 characters: shorter is a label or a name, longer a paragraph.
HEADLINE_MIN_CHARS = 4
HEADLINE_MAX_CHARS = 60
# A block agreeing with the head title may carry a subtitle or the issuer before it; past this it is a
# paragraph that happens to quote the title.
AGREEING_BLOCK_MAX = 100


def strip_site_suffix(head_title: str) -> str:
    """The headline part of a <title>: the first piece before a site-name separator.

    >>> strip_site_suffix("城市更新提速_新浪网")
    '城市更新提速'
    >>> strip_site_suffix("城市更新提速 - 中国日报网"), strip_site_suffix("雪山 < 风倾客栈 ✧")   # (Hexo Fluid's angle)
    ('城市更新提速', '雪山')
    """
    pieces = [p for p in _SITE_SEP.split(head_title.strip()) if p and p.strip()]
    return pieces[0].strip() if pieces else head_title.strip()


def without_outlet_suffix(line: str) -> str:
    """A text page's headline line without the site name a scraper kept from its ``<title>``: the last piece
    after a site-name separator, when it names an outlet (网, 报, 新闻, 政府…) and a headline stays before it.

    >>> without_outlet_suffix("安福寺镇开展沟渠清淤工作 保障春耕用水_枝江新闻网")
    '安福寺镇开展沟渠清淤工作 保障春耕用水'
    >>> without_outlet_suffix("巴黎奥运会 - 中国队首金"), without_outlet_suffix("某某市人民政府")
    ('巴黎奥运会 - 中国队首金', '某某市人民政府')
    """
    pieces = _SITE_SEP.split(line.strip())
    if len(pieces) < 2 or not looks_like_outlet(pieces[-1].strip()):
        return line
    cut = line.strip()[: line.strip().rfind(pieces[-1])]
    head = cut.rstrip(" _|｜-—–:·").strip()
    return head if len(_norm(head)) >= HEADLINE_MIN_CHARS else line


def split_column(title: str) -> tuple[str | None, str]:
    """A short column prefix before ``|`` / ``｜`` split off the headline.

    >>> split_column("人民論壇網評 | 踐行人民城市理念")
    ('人民論壇網評', '踐行人民城市理念')
    >>> split_column("踐行人民城市理念")
    (None, '踐行人民城市理念')
    >>> split_column("政能亮丨“稳经济”需要跑出“加速度”"), split_column("【中国稳健前行】坚定实施扩大内需战略")
    (('政能亮', '“稳经济”需要跑出“加速度”'), ('中国稳健前行', '坚定实施扩大内需战略'))
    >>> split_column("【致敬70年·虹口统战】庆祝新中国成立70周年"), split_column("【3月5日】政府工作报告全文")[0]
    (('致敬70年·虹口统战', '庆祝新中国成立70周年'), None)
    >>> split_column("新聞透視》黑道變網紅 斷金流才是反制之道"), split_column("陳嘉宏專欄：柯文哲的心靈雞湯")
    (('新聞透視', '黑道變網紅 斷金流才是反制之道'), ('陳嘉宏專欄', '柯文哲的心靈雞湯'))
    >>> split_column("《人民日报》评论员文章：坚定信心")[0]   # a title in guillemets
    """
    parts = _COLUMN_SEP.split(title, maxsplit=1)
    # A column name is short (<= 12 chars) and shorter than the headline after it.
    if len(parts) == 2 and 2 <= len(parts[0]) <= 12 and len(parts[1]) > len(parts[0]):
        return parts[0].strip(), parts[1].strip()
    bracketed = _BRACKET_COLUMN.match(title.strip())
    column = bracketed.group("column") if bracketed else ""
    if bracketed and any(ch.isdigit() for ch in column) and (
            _COLUMN_DATE.search(column) or len(_HAN.findall(column)) < _COLUMN_WORDS_WITH_FIGURE):
        bracketed = None   # a date or a number in brackets, not a column's name
    if bracketed and len(bracketed.group("rest")) > len(bracketed.group("column")):
        return bracketed.group("column").strip(), bracketed.group("rest").strip()
    marked = _MARKED_COLUMN.match(title.strip())
    if marked:
        column, rest = marked.group("column") or marked.group("column2"), marked.group("rest") or marked.group("rest2")
        if len(rest) > len(column):
            return column.strip(), rest.strip()
    return None, title


def _spaced_label(forms: tuple[str, ...]) -> str:
    r"""A label in either script with spaces allowed between its characters (标  题, 標 題): a class of the
    forms' characters at each place.

    >>> _spaced_label(("标题", "標題"))
    '[标標]\\s*[题題]'
    """
    return r"\s*".join("[" + "".join(map(re.escape, dict.fromkeys(chars))) + "]" for chars in zip(*forms))


# A document grid's label cell joined to its value (tables.join_data_rows): 标  题：\t…
_TITLE_LABEL = re.compile(rf"^\s*{_spaced_label(read_vocabulary('headline_words.txt', 'title label'))}\s*[:：]\s*")


# An issue's number in brackets opening a headline (【1465期】, 【第12期】, 【总第123期】): the paper's issue.
_ISSUE_PREFIX = re.compile(r"[【\[](?:总?第)?\s?\d{1,5}\s?期[】\]]\s*")
_BOARD_SUFFIX = re.compile(rf"【[^【】]{{1,20}}(?:{section_alternation('headline_words.txt', 'board endings')})】\s*$")
_REPLY_MARK = re.compile(rf"^(?:{section_alternation('headline_words.txt', 'reply marks')})\s?")
_READING_SUFFIX = re.compile(rf"\s?(?:{section_alternation('headline_words.txt', 'reading site endings')})\s*$")


def clean_title(title: str) -> tuple[str, str | None, str | None]:
    """(headline, column, spam suffix): picture marker dropped, column split, spam trimmed.

    >>> clean_title("人民論壇網評 | 踐行人民城市理念（组图）")[:2]
    ('踐行人民城市理念', '人民論壇網評')
    >>> clean_title("标 题：\t吉林省人民政府关于禁止新增建设项目的通告")[0]
    '吉林省人民政府关于禁止新增建设项目的通告'
    >>> clean_title("【图片】我与妹妹的日常【缘之空吧】")[:2]
    ('我与妹妹的日常', '图片')
    >>> clean_title("【1465期】共价有机框架材料全球首次吨级量产")[:2], clean_title("【第12期】校园新闻周报")[0]
    (('共价有机框架材料全球首次吨级量产', None), '校园新闻周报')
    >>> clean_title("回复：我与妹妹的日常")[0], clean_title("Re: 关于选课系统的几个问题")[0]   # a thread's later page
    ('我与妹妹的日常', '关于选课系统的几个问题')
    """
    title = _TITLE_LABEL.sub("", _PICTURE.sub("", title)).strip()
    issue = _ISSUE_PREFIX.match(title)
    if issue and len(_norm(title[issue.end():])) >= HEADLINE_MIN_CHARS:
        title = title[issue.end():]   # 【1465期】…: the paper's issue a university weekly's page names, no column
    reply = _REPLY_MARK.match(title)
    if reply and len(_norm(title[reply.end():])) >= HEADLINE_MIN_CHARS:
        title = title[reply.end():]   # 回复：我与妹妹的日常, a thread's later page: the thread's title follows the mark
    board = _BOARD_SUFFIX.search(title)
    if board and len(_norm(title[:board.start()])) >= HEADLINE_MIN_CHARS:
        title = title[:board.start()].rstrip()   # 我与妹妹的日常【缘之空吧】: the thread's board, not its title
    spam_part = None
    try:
        from ..strip.spam import strip_title_spam
        title, spam_part = strip_title_spam(title)
    except ImportError:  # spam.py not available: keep the title as it is
        pass
    column, title = split_column(title)
    return title.strip(), column, spam_part


def _norm(text: str) -> str:
    return _NON_WORD.sub("", text).lower()


_NON_WORD = re.compile(r"[^\w\u3400-\u9fff]+")


#: A headline in Latin letters (an English page, a Chinese blog's ``Hello World``) counts its words: three at
#: least (two are a menu's ``About Us``), at most this many (more is a sentence), and no more characters than
#: a Latin headline runs to. Numbers count as words where there are two of them beside two words at least
#: (``Photography #1: 2019 Review``); one is a label's year or page (``Best of 2014`` in a menu, ``Page 2 of``).
LATIN_HEADLINE_WORDS = (3, 20)
LATIN_HEADLINE_MAX_CHARS = 150
LATIN_HEADLINE_LETTER_WORDS = 2
LATIN_HEADLINE_NUMBERS = 2
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|(?<![A-Za-z0-9])(?P<number>\d+)(?![A-Za-z0-9])")


def latin_headline(text: str) -> bool:
    """A headline written in Latin letters: three to twenty words, not a sentence closed by a full stop, not a
    date or a credit line.

    >>> latin_headline("What a Shame!!! A Dominant Country Lost Control in the Conference")
    True
    >>> latin_headline("About Us"), latin_headline("Posted by K A at 12:11 PM")
    (False, False)
    >>> latin_headline("Photography #1: 2019 Review"), latin_headline("Best of 2014"), latin_headline("RSS2Ebook")
    (True, False, False)
    """
    tokens = [m.group("number") is None for m in _LATIN_WORD.finditer(text)]
    letters = sum(tokens)
    words = letters if len(tokens) - letters < LATIN_HEADLINE_NUMBERS else len(tokens)
    lo, hi = LATIN_HEADLINE_WORDS
    if not lo <= words <= hi or letters < LATIN_HEADLINE_LETTER_WORDS or len(text) > LATIN_HEADLINE_MAX_CHARS \
            or text.rstrip().endswith(".") or "@" in text or "://" in text:
        return False   # (an address, hongbinc@buffalo.edu, is none)
    return not (parse_date(text) or parse_credits(text))


def looks_like_headline(text: str) -> bool:
    """A short line without sentence-final punctuation, not a date or a credit line.

    >>> looks_like_headline("踐行人民城市理念,繪好社區治理“工筆畫”")
    True
    >>> looks_like_headline("会议在北京举行。"), looks_like_headline("会议在北京举行。 新华社发 (王申 摄)")
    (False, False)
    >>> looks_like_headline("——基于东部某市三个街道的观察"), looks_like_headline("张晓燕，刘建国")
    (False, False)
    >>> looks_like_headline("【聯合晚報╱記者楊正海╱即時報導】")
    False
    >>> looks_like_headline("☰ 菜单"), looks_like_headline("方案二：")   # a menu toggle, a section's lead-in
    (False, False)
    >>> looks_like_headline("约630字 | 需 1 分钟"), looks_like_headline("三字经里的2000字")   # a post's reading time
    (False, True)
    """
    if not HEADLINE_MIN_CHARS <= len(text) <= HEADLINE_MAX_CHARS or _SENTENCE_END.search(text):
        return False
    # a subtitle (——基于…的探讨), a unit in brackets under the names (（天津城建大学，天津 300384）), a line of
    # authors' names: parts of the credits around a headline, not the headline
    if _SUBTITLE.match(text.strip()) or _BRACKETED.fullmatch(text.strip()) or _names_line(text):
        return False
    # a date line (10月28日 星期三), not a heading that opens with its year (2019年中国货币政策大事记)
    if parse_epoch(text) or (parse_date(text) and len(_norm(text)) < 20 and date_line(text)) or parse_credits(text):
        return False
    if dispatch_byline(text):
        return False   # a reporter's dateline (【聯合晚報╱記者楊正海╱即時報導】) credits the story under the headline
    if _READING_META.search(text) and len(_CJK.findall(_READING_META.sub("", text))) < HEADLINE_MIN_CHARS:
        return False   # a post's length and reading time (约630字 | 需 1 分钟), a blog theme's meta line
    stripped = text.rstrip()
    if stripped.endswith(("：", ":")) or is_credit_word(_NOT_LETTERS.sub("", stripped)):
        return False   # a section's lead-in (方案二：) or an interface word (☰ 菜单) heads no page
    return len(_CJK.findall(text)) >= 2


# A post's length and its reading time, as blog themes print them over the text: 约630字, 约2.1k字, 需 1 分钟,
# 阅读时长 ≈ 5 分钟, 本文字数：58, 5 min read.
# (A digit run is tried from its first digit only: linear on a page of digits.)
_READING_META = re.compile(r"(?<!\d)\d+(?:\.\d+)?\s?[kKwW千万]?\s?字"
                           r"|(?:需|阅读时长|閱讀時長|阅读时间|閱讀時間)\s?[≈约:：]?\s?\d+\s?分"
                           r"|本文字数|本文字數|(?<!\d)\d+\s?min(?:ute)?s?\s(?:read|阅读)")
_NOT_LETTERS = re.compile(r"[^\w]+")
# A day and its time of day opening a text page's line: a dateline however long the rest (2022-06-02 09:52:19政能亮
# 来自北京市; a headline may open with a year or a day, 2019年中国货币政策大事记, 6月1日国常会, but not with the minute
# it was posted). HTML lists of dated entries keep their own reading (listings).
_OPENS_WITH_TIME = re.compile(r"\d{4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}日?\s{0,2}\d{1,2}:\d{2}")


_CJK = re.compile(r"[\u3400-\u9fff]")
_SUBTITLE = re.compile(r"——|—|－－|--")   # tried with match on the stripped line


def _names_line(text: str) -> bool:
    """A line of authors' names: two or more, or one that is surely a person's (a surname, not a word)."""
    names = person_list(text)
    return names is not None and ("、" in names or person_plausibility(names) >= 1.0)
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")


def _open(doc: Document) -> list[Block]:
    return [b for b in doc.blocks if b.label is None]


def _first_long(blocks: list[Block]) -> int:
    """Position of the first prose paragraph, or len(blocks)."""
    for i, b in enumerate(blocks):
        if b.link_density >= 0.5:
            continue   # a linked teaser (a news ticker's items) is another page's sentence
        # a sentence ended with 。 (a headline holds none), or a long run of clauses; mirrors and converters
        # leave half-width commas in Chinese prose
        if (len(b.text) >= _SENTENCE_LINE and "。" in b.text) or (
                len(b.text) >= 80 and ("，" in b.text or _HALF_WIDTH_CLAUSE.search(b.text))):
            return i
    return len(blocks)


_SENTENCE_LINE = 30


_HALF_WIDTH_CLAUSE = re.compile(r"[\u3400-\u9fff][,.][\u3400-\u9fff]")


def _is_dateline(text: str) -> bool:
    return bool(parse_epoch(text)) or (len(text) <= 80 and parse_date(text) is not None and not _year_heading(text)) \
        or bool(parse_credits(text))


def _year_heading(text: str) -> bool:
    """A heading that opens with its year and says more (2019年中国货币政策大事记): no date line."""
    return _OPENING_YEAR.match(text) is not None and not date_line(text)


_OPENING_YEAR = re.compile(r"\s{0,4}\d{4}\s?年(?!\s?\d)")


#: The top lines of a text page where a scraper keeps the page's ``<title>`` (the headline and the site's name).
TITLE_LINE_REACH = 3
#: Lines under a headline within which its date or credit line is looked for (a tool row such as 举报/反馈 or
#: a subtitle may come between).
DATELINE_REACH = 3
#: Lines past the first prose line within which a repeat of the title line over its date is still the
#: headline: a cookie or browser notice written in sentences can come long before the article.
ECHO_PAST_PROSE = 400
# A line that ends in a colon is a label waiting for its value (发布日期：, 作者：), never a headline.
_LABEL_END = re.compile(r"[:：]\s*$")
_LABEL_COLON = re.compile(r"[\u3400-\u9fff]\s?[:：]")   # a label's colon (出版：), not a time's (06:30)
_CELL_BAR = re.compile(r"[|｜]")


def _title_line_keys(top: str) -> set[str]:
    """What a headline repeating title line ``top`` can read: the whole line, its first piece before a
    site-name separator (not an outlet's name), and any other piece long enough to be a headline on its
    own (熱血時報 | 羅范：朋友移民唔係怕共產黨… | 熱血編輯部 | 熱血新聞)."""
    keys = {_norm(top)}
    pieces = [p.strip() for p in _SITE_SEP.split(top) if p and p.strip()]
    if pieces and not _outlet_piece(pieces[0]):
        keys.add(_norm(pieces[0]))
    # the headline before the site's name when it holds a dash of its own (《…》————【…】_谢莱纳_新浪博客)
    first = _NAME_SEP.split(top, maxsplit=1)[0].strip()
    if first and not _outlet_piece(first):
        keys.add(_norm(first))
    keys.update(n for n in (_norm(p) for p in pieces[1:]) if len(n) >= _PIECE_MIN)
    return {k for k in keys if len(k) >= HEADLINE_MIN_CHARS}


# What sets a headline apart from the site's or the blog's name in a text page's title line, besides
# :data:`_SITE_SEP`: a spaced slash (民進黨：… / 民主進步黨), a spaced at sign (賞楓 (2) @ 史蒂文的家) and a colon
# closing a Latin site name (Chinese Pinyin Lyrics: Zhi Neng …); a full-width colon stays inside a headline.
_RUN_SEP = re.compile(r"\s?(?:[_|｜]|--?|—|–|::)\s?|\s[-·/@]\s|(?<=[A-Za-z]): ")
# A site's name in Latin letters set before the headline with a colon (Chinese Pinyin Lyrics: …).
# ... and Movable Type's default <title>, the blog's name, an ASCII colon and a space, then the post's title, whatever
# the blog's name holds (Tumi's Cabaret 分部: 爛水手責怪風向: QBQ 讀後感, 黑麻吉達康: 好個主機板大國~): the whole post
# title after it counts from four characters on (lloyd: 我的注音輸入法), as a headline does.
_LATIN_SITE_OPENING = re.compile(r"^[A-Za-z][A-Za-z0-9 .&'-]{2,40}: |^[^\s:：][^:：]{1,40}: ")
#: A title line cut into more pieces than this is a breadcrumb or a menu, not a headline with its site's name.
TITLE_LINE_PIECES_MAX = 8


def title_line_runs(top: str) -> set[str]:
    """The runs of whole pieces of title line ``top`` (as :func:`_norm` reads them) that may be its headline:
    those that open the line and stop before its end, where the site's name stands (``新竹尖石_美樹營地賞楓 (2)
    @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::``: the headline holds a separator of its own, so its first piece alone is
    too short), or, after a site's name in Latin letters and a colon, those that close it (``Chinese Pinyin
    Lyrics: Zhi Neng Xiang Nian Ni - Jam Hsiao``). Only runs long enough to be a headline count.

    >>> sorted(title_line_runs("新竹尖石_美樹營地賞楓 (2) @ 某人的家_藍天"))
    ['新竹尖石_美樹營地賞楓2', '新竹尖石_美樹營地賞楓2某人的家']
    >>> sorted(title_line_runs("客家鄉親站出來，挺培慧 / 某某黨 - 品質保證"))
    ['客家鄉親站出來挺培慧', '客家鄉親站出來挺培慧某某黨']
    >>> sorted(title_line_runs("Pinyin Lyrics: Zhi Neng - Jam Hsiao"))
    ['jamhsiao', 'zhinengjamhsiao']
    >>> sorted(title_line_runs("Tumi's Cabaret 分部: 爛水手責怪風向: QBQ 讀後感"))
    ['爛水手責怪風向qbq讀後感']
    >>> title_line_runs("lloyd: 我的注音輸入法")
    {'我的注音輸入法'}
    """
    cuts = [0] + [e for m in _RUN_SEP.finditer(top) for e in (m.start(), m.end())] + [len(top)]
    starts, ends = cuts[0::2], cuts[1::2]
    if len(starts) > TITLE_LINE_PIECES_MAX:
        return set()
    opening = _LATIN_SITE_OPENING.match(top)
    if opening:
        runs = (_norm(top[a:]) for a in starts[1:])
        after = _norm(top[opening.end():])
        if len(after) >= HEADLINE_MIN_CHARS:
            return {r for r in runs if len(r) >= _PIECE_MIN} | {after}
    else:
        runs = (_norm(top[:b]) for b in ends[:-1])
    return {r for r in runs if len(r) >= _PIECE_MIN}


def _outlet_piece(piece: str) -> bool:
    """A title line's piece that is an outlet's name (中国新闻网, 熱血時報): short, with an outlet's word; a
    headline may hold one (媒体评县领导办公室装门禁：你是县长 你怕谁？) and stays a headline."""
    return len(_norm(piece)) <= OUTLET_NAME_MAX and looks_like_outlet(piece)


def echoes_title_line(blocks: list[Block], i: int, tops: list[Block] | None = None) -> bool:
    """Whether line ``i`` repeats a title line at the top of the text page, or its headline part: a scraper
    that keeps a page's whole text starts it with ``<title>`` (often the headline, a separator and the
    site's name), and the headline comes again above the article (its date may be glued to it).

    >>> lines = [Block(0, "煮一碗好吃的腊八粥，请记好这几个小窍门_39健康网_饮食"), Block(1, "首页 > 饮食 > 正文"),
    ...          Block(2, "煮一碗好吃的腊八粥，请记好这几个小窍门"), Block(3, "举报/反馈")]
    >>> echoes_title_line(lines, 2), echoes_title_line(lines, 3)
    (True, False)
    >>> lines = [Block(0, "「良心包子」重視食安 虧損2年出頭天"),
    ...          Block(1, "「良心包子」重視食安 虧損2年出頭天2014/12/1 18:13")]
    >>> echoes_title_line(lines, 1)
    True
    """
    # the page's own top lines when given (a title line with separators may have gone as a menu), else the
    # first lines of ``blocks`` above line i
    return _echoes(blocks, i, _top_line_keys(blocks[:min(TITLE_LINE_REACH, i)] if tops is None else tops))


def _top_line_keys(tops: list[Block]) -> list[tuple[Block, set[str]]]:
    """Each line that may be the title line, with its :func:`_title_line_keys` (read once for all the lines
    below)."""
    # the runs of a title line's pieces are read on text pages only: an HTML page's top blocks are a banner's
    # and menus' (深圳，中国| 技术| is a job's cells), its title line is <title>
    return [(b, _title_line_keys(b.text.strip()) | (title_line_runs(b.text.strip()) if b.tag == "line" else set()))
            if len(b.text) <= TITLE_LINE_MAX_CHARS else (b, set()) for b in tops]


#: A line longer than this is no title line, however it is cut (a keyword-stuffed <title> runs to a few hundred
#: characters); its keys are not read (a script's data saved as a page, 560,000 characters on one line, took a
#: quarter of a second to cut into pieces and normalise).
TITLE_LINE_MAX_CHARS = 1000


def _echoes(blocks: list[Block], i: int, top_keys: list[tuple[Block, set[str]]]) -> bool:
    """:func:`echoes_title_line` given the top lines and their keys: a line above line ``i`` whose keys line i
    reads, whole or with a control's label glued to it."""
    line = blocks[i]
    undated = _TRAILING_DATE.sub("", line.text).strip()
    n = _norm(undated)
    if len(n) < HEADLINE_MIN_CHARS:
        return False
    return any(top is not line and top.index < line.index
               and (n in keys or _glued_control_end(undated, keys) is not None)
               for top, keys in top_keys)


#: A control's label a scraper glues to the headline it sits beside (播报文章) or a column's name in brackets
#: (（港聞）) is this short, in characters that count as words.
GLUED_CONTROL_MAX = 4
_GLUED_CONTROLS = frozenset(read_vocabulary("page_controls.txt", "glued to the headline"))
_BRACKETED_TAIL = re.compile(r"[（(【\[][^（()）【】\[\]]{1,8}[)）】\]]")


def _glued_control_end(raw: str, keys: set[str]) -> int | None:
    """Where the headline ends in line ``raw`` when it is one of the title line's ``keys`` with a control's
    label (播报文章) or a bracketed column name (（港聞）) glued after it, else None. Only keys long enough to be
    a headline of their own count, and only labels of the word list or brackets, so a longer headline
    (廉署貪污舉報今年跌11%的原因) is never cut to the title line's."""
    n = _norm(raw)
    for key in keys:
        if len(key) >= _PIECE_MIN and n.startswith(key) and 0 < len(n) - len(key) <= GLUED_CONTROL_MAX:
            # the longest opening of the line that reads as the key (its closing punctuation kept: 11%)
            # (without the space or the opening bracket of what is glued after it)
            end = max(e for e in range(len(raw) + 1) if _norm(raw[:e]) == key)
            end = len(raw[:end].rstrip(" （([【「『"))
            tail = raw[end:].strip()
            if tail in _GLUED_CONTROLS or _BRACKETED_TAIL.fullmatch(tail):
                return end
    return None


def without_glued_control(raw: str, blocks: list[Block], block: Block) -> str:
    """Headline text ``raw`` (of ``block``) without a control's label glued to its end, where a title line at
    the top of the text page (in ``blocks``) holds the headline without it; else ``raw`` as it is.

    >>> lines = [Block(0, "37岁丁俊晖身价过亿，家世显赫_【快资讯】"), Block(1, "37岁丁俊晖身价过亿，家世显赫播报文章")]
    >>> without_glued_control(lines[1].text, lines, lines[1])
    '37岁丁俊晖身价过亿，家世显赫'
    >>> lines = [Block(0, "廉署貪污舉報今年跌11% | 星島日報"), Block(1, "廉署貪污舉報今年跌11% （港聞）")]
    >>> without_glued_control(lines[1].text, lines, lines[1])
    '廉署貪污舉報今年跌11%'
    """
    raw = raw.strip()
    pos = next((k for k, b in enumerate(blocks) if b is block), 0)
    for top in blocks[:min(TITLE_LINE_REACH, pos)]:
        end = _glued_control_end(raw, _title_line_keys(top.text.strip()))
        if end is not None:
            return raw[:end]
    return raw


def _dated_within(blocks: list[Block], i: int, stop: int, datelines: dict[int, bool]) -> int:
    """How near under line ``i`` its date, epoch or credit line is: 2 on the next line, 1 within
    :data:`DATELINE_REACH`, 0 when none is. ``datelines`` keeps, by position, the lines already judged
    (neighbouring candidates look at the same lines)."""
    for k in range(i + 1, min(i + 1 + DATELINE_REACH, len(blocks), stop + 1)):
        dateline = datelines.get(k)
        if dateline is None:
            dateline = datelines[k] = _is_dateline(blocks[k].text)
        if dateline:
            return 2 if k == i + 1 else 1
    return 0


def line_over_the_headline(blocks: list[Block], block: Block, tops: list[Block]) -> Block | None:
    """The first line of a headline set on two lines in a text page: the line right over the chosen one when
    the title line at the top reads both together (``回望抗美援朝历史 激发保家卫国情怀`` over ``我校组织全体教师观看
    大型纪录片《为了和平》``, under the ``<title>`` that holds both), else None.

    >>> lines = [Block(0, "引题写在这里 主标题写在这里-某某大学"), Block(1, "引题写在这里"), Block(2, "主标题写在这里")]
    >>> line_over_the_headline(lines, lines[2], lines[:1]).text, line_over_the_headline(lines, lines[1], lines[:1])
    ('引题写在这里', None)
    """
    k = block.index - 1
    if k < 1 or blocks[block.index] is not block or blocks[k].label is not None:
        return None
    over = blocks[k]
    joined = _norm(over.text + block.text)
    if not looks_like_headline(over.text) or len(joined) > HEADLINE_MAX_CHARS:
        return None
    return over if any(joined in keys for top, keys in _top_line_keys(tops) if top is not over) else None


def heading_lines(blocks: list[Block], block: Block) -> list[Block]:
    """The lines of the heading element the headline ``block`` is one line of: a ``<br>`` in an ``<h1>`` cuts it in
    blocks that share its tag, heading level, path, class words and container, side by side, each after the first
    one cut by the break (:attr:`Block.after_break`; FT partner content's
    ``<h1>现代传承：<br>释放家族价值观的潜力</h1>``). Just ``[block]`` for a heading of one line, and for two headings
    alike side by side (``<h4>…</h4><h4>…</h4>``).

    >>> lines = [Block(0, "现代传承：", tag="h1", heading=1, hints="herobanner__headline", container=3),
    ...          Block(1, "释放家族价值观的潜力", tag="h1", heading=1, hints="herobanner__headline", container=3,
    ...                after_break=True),
    ...          Block(2, "0%", tag="p", hints="progress-circle", container=4)]
    >>> [b.text for b in heading_lines(lines, lines[1])], [b.text for b in heading_lines(lines, lines[2])]
    (['现代传承：', '释放家族价值观的潜力'], ['0%'])
    """
    if not block.heading or blocks[block.index] is not block:
        return [block]

    def same_element(other: Block) -> bool:
        return (other.label is None and other.heading == block.heading and other.tag == block.tag
                and other.path == block.path and other.hints == block.hints and other.container == block.container)

    first = last = block.index
    while first > 0 and blocks[first].after_break and same_element(blocks[first - 1]):
        first -= 1
    while last + 1 < len(blocks) and blocks[last + 1].after_break and same_element(blocks[last + 1]):
        last += 1
    lines = blocks[first:last + 1]
    if len(lines) > HEADING_LINES_MAX or len(_norm("".join(b.text for b in lines))) > HEADLINE_MAX_CHARS:
        return [block]   # (a run of headings alike is a list of headlines, not one headline on lines)
    if any(_TRAIL_MARK.search(b.text) for b in lines):
        return [block]   # (Bangumi: <h1>靠谱人生茶话会 » 讨论<br>来推冻鳗群啦！</h1>, the group trail over a topic)
    return lines


#: A headline set on lines has this many at most (a kicker, the headline, a deck line).
HEADING_LINES_MAX = 3
# The separators of a breadcrumb trail.
_TRAIL_MARK = re.compile(r"[»›>|｜]")


def joined_lines(texts: list[str]) -> str:
    """Lines of one headline as one: no space where Han text meets (``现代传承：`` + ``释放…`` ->
    ``现代传承：释放…``), one between Latin words.

    >>> joined_lines(["现代传承：", "释放家族价值观的潜力"]), joined_lines(["Modern legacy:", "family values"])
    ('现代传承：释放家族价值观的潜力', 'Modern legacy: family values')
    """
    out = texts[0].strip()
    for text in texts[1:]:
        text = text.strip()
        glue = "" if (out and not out[-1].isascii()) or (text and not text[0].isascii()) else " "
        out += glue + text
    return out


def listed_headline(blocks: list[Block], tops: list[Block]) -> Block | None:
    """A text page's line that repeats its title line (the ``<title>`` a scraper keeps first) but that a strip rule
    took for an entry of a list of links: the headline set at the end of a menu's run of short lines (蘋果日報's
    ``阿拉比卡墜空頭！要咖啡降價？別想了～`` after 政治 / 論壇 / 陣線), the first such line over the text.

    >>> lines = [Block(0, "阿拉比卡墜空頭！要咖啡降價？別想了～ | 即時新聞 | 蘋果日報"), Block(1, "政治"),
    ...          Block(2, "阿拉比卡墜空頭！要咖啡降價？別想了～")]
    >>> lines[2].mark("related", "related_list_item")
    >>> listed_headline(lines, lines[:1]).index
    2
    """
    keys = _top_line_keys(tops)
    for i, b in enumerate(blocks):
        if b.label is None and len(b.text) >= _SENTENCE_LINE and "。" in b.text:
            return None   # the text has begun
        if b.rule in _LIST_ENTRY_RULES and looks_like_headline(b.text) and _echoes(blocks, i, keys):
            return b
    return None


# The strip rules that take a line for a list's entry: a headline repeated at the end of a menu may be taken so.
_LIST_ENTRY_RULES = frozenset(("related_list_item",))


#: The title line's repeat this many lines over the first long line at most heads the text itself (an audio player's
#: notice, a quote under the headline may come between).
ECHO_OVER_TEXT = 5
#: ... and a later repeat heads the article only when a paragraph follows it within this many lines (its date,
#: source and share buttons may come between).
ECHO_TEXT_REACH = 12


def text_headline(blocks: list[Block], dated_only: bool = False, tops: list[Block] | None = None) -> Block | None:
    """The headline line of a text page, from the headline-like lines before the first paragraph: one that
    repeats the page's title line scores most, then one with its date, epoch or credit line under it (next
    line first), then a line long enough to be more than a label (:data:`ECHO_WEIGHT`); the later line wins a
    tie. A line too short to be a full headline counts a date line right under it as a near one only: the desk
    or the name over the date (``編譯中心`` under ``油價跌跌不休 重挫歐美股市``) is the byline, not the headline.

    Examples: ``人民論壇網評 | 踐行人民城市理念…`` followed by ``1752464965434``; ``煮一碗好吃的腊八粥，
    请记好这几个小窍门`` under ``煮一碗…小窍门_39健康网_饮食`` and over ``举报/反馈`` and its date line.
    With ``dated_only`` a line must have its date line right under it or repeat the title line.
    """
    stop = _first_long(blocks)
    best, best_score, best_at, best_echo = None, 0, -1, False
    whole = headline_title_line(blocks) if not dated_only else None
    if whole is not None:   # a dated line or the title line's repeat still beats it; an undated line does not
        best, best_score, best_at = whole, WHOLE_TITLE_LINE_SCORE, 0
    top_lines = blocks[:TITLE_LINE_REACH] if tops is None else tops
    top_keys = _top_line_keys(top_lines)
    short_keys = _short_headline_keys(top_lines)
    datelines: dict[int, bool] = {}
    for i in range(min(stop + ECHO_PAST_PROSE, len(blocks))):
        text = blocks[i].text
        headline = looks_like_headline(text)
        latin = not headline and latin_headline(text)
        short = not headline and _norm(text) in short_keys and \
            _dated_within(blocks, i, max(stop, i + DATELINE_REACH), datelines) > 0
        dateline = blocks[i].tag == "line" and _OPENS_WITH_TIME.match(text.lstrip()) is not None   # (text pages only)
        if not (latin or headline or short) or _LABEL_END.search(text) or dateline or (
                _OUTLET_END.search(text) and len(_norm(text)) <= OUTLET_NAME_MAX) or blog_engine([blocks[i]]):
            continue   # (an outlet's name alone is the site's logo or a source line: 中国新闻网, 經濟日報; an engine's
            # credit, 由 Hexo & NexT.Gemini 强力驱动, closes a blog's page)
        if dated_row_under_a_headline(blocks, i):
            continue   # the headline's date row (原创 紫醉金迷 2018-01-19 22:20:24), not a rival headline
        echo = short or _echoes(blocks, i, top_keys)
        if latin and not echo:
            continue   # a line in Latin letters is the headline only as the title line's repeat
        if doubled_line(blocks, i):
            continue   # a name shown twice over the text is the site's or the account's (上海交通大学 / 上海交通大学)
        # a headline line may carry its own date (市料美零售銷售與消費者信心續升 2014-12-08 06:49), not a
        # labelled date line (出版：2025-12-04 06:30更新：2025-12-04 06:30) or a row of cells (CSIG| 深圳| 2021年…)
        own_date = _TRAILING_DATE.search(text) is not None and not (
            _LABEL_COLON.search(text) or _CELL_BAR.search(text))
        dated = 2 if own_date else _dated_within(blocks, i, max(stop, i + DATELINE_REACH), datelines)
        if i >= stop and not (echo and (dated or (i > 0 and _is_dateline(blocks[i - 1].text)))) and not (
                blocks[i].tag == "line" and dated == 2 and not own_date and len(_norm(text)) >= _FULL_HEADLINE
                and i < stop + TICKER_REACH and best_score <= UNDATED_SCORE):
            continue   # past a notice's sentence (a cookie banner), only the title line's repeat by its date
            # (under it, or right over it as a paper's edition day: 2025年12月8日星期一 / 投票率31.9% …), or, on
            # a text page where nothing before had any evidence, a line over its date line (a ticker came first)
        if dated_only and not (dated == 2 or echo):
            continue   # (an HTML page's last resort before its <title> takes only a line dated right under it)
        after = blocks[i + 1:i + 1 + ECHO_TEXT_REACH]
        if i >= stop and best_echo and stop - best_at <= ECHO_OVER_TEXT and _first_long(after) == len(after):
            continue   # the title's repeat right over the text is the headline; a later one that no text follows
            # is a licence box's (桃花依旧笑 / https://mritd.com/2015/12/28/… / 作者 Kovacs under a Hexo Fluid post),
            # where one over its own text heads the article past a teaser of it (中国日报网's summary up top)
        full = len(_norm(text)) >= _FULL_HEADLINE
        score = ECHO_WEIGHT * echo + 2 * (dated if full else min(dated, 1)) + full + 1
        # a repeat past the text that no text follows takes no tie from the title line's repeat before the text (a
        # series list's ``Theorem 1.11 & Theorem 1.122025-10-27`` under a Hexo Butterfly post)
        late_repeat = i >= stop and best_echo and _first_long(after) == len(after)
        if score > best_score or (score == best_score and best is not whole and not late_repeat
                                  and not (i >= stop and same_line_again(best, blocks[i]))):
            best, best_score, best_at, best_echo = blocks[i], score, i, echo
    if best_echo:
        # the title line's repeat may be the column's name over the article's own headline
        return headline_under_a_column_line(blocks, best_at, stop) or best
    return best


def headline_title_line(blocks: list[Block]) -> Block | None:
    """The title line itself as the headline, when it is one whole headline and the page repeats it nowhere: a
    WeChat article's ``<title>`` is its headline with no site's name after it, and the page prints the account's
    name where a site prints its headline (``刚刚，习近平总书记为他们颁奖！交大校友…`` over ``上海交通大学`` twice).
    A line under it that no date follows is no better evidence than the page's own ``<title>``.

    >>> lines = [Block(0, "刚刚，交大校友被授予国家最高荣誉", tag="line"), Block(1, "上海交通大学", tag="line")]
    >>> headline_title_line(lines).index
    0
    >>> headline_title_line([Block(0, "国家金融监督管理总局", tag="line")] + lines[1:]) is None   # a site's name
    True
    >>> headline_title_line([Block(0, "交大校友获最高荣誉 | 上海交通大学", tag="line")]) is None   # a site after it
    True
    >>> headline_title_line([Block(0, "烽火逃兵 正文 22.第22章 活下去的理由 78小说网", tag="line")]) is None
    True
    """
    if not blocks or blocks[0].index != _TITLE_LINE or blocks[0].tag != "line":
        return None
    top = blocks[0].text.strip()
    if not looks_like_headline(top) or _PIECE_SEP.search(top) or _SITE_SEP.search(top) or site_name_title(top) \
            or _OUTLET_END.search(top) or without_outlet_suffix(top) != top:
        return None   # (烽火逃兵 正文 22.第22章 活下去的理由 78小说网: the site's name closes it)
    if any(b.text.strip() == top for b in blocks[1:_first_long(blocks)]):
        return None   # repeated over the text, it is an echo's to decide (a repeat under the text is a share
        # dialog's or a licence box's: WeChat's 18人死亡：… again at the page's foot)
    return blocks[0]


# A text page's first line is its title line (a scraper writes the page's <title> first).
_TITLE_LINE = 0


def doubled_line(blocks: list[Block], i: int) -> bool:
    """Whether line ``i`` repeats the line right over it: a name a page shows twice over its text, a banner's name
    and its logo's, a WeChat account's name in its profile and in its card (``上海交通大学`` / ``上海交通大学`` under
    the article's title line). A headline is printed once there; its repeat comes later, by the text.

    The title line's own repeat right under it is the headline, not a doubled line (a page whose ``<title>`` is
    its headline and that shows nothing over it).

    >>> lines = [Block(0, "刚刚，交大校友被授予国家最高荣誉！"), Block(1, "上海交通大学"), Block(2, "上海交通大学")]
    >>> doubled_line(lines, 2), doubled_line(lines, 1), doubled_line(lines, 0)   # (Block's tag is "line")
    (True, False, False)
    >>> doubled_line([Block(0, "交大校友被授予国家最高荣誉"), Block(1, "交大校友被授予国家最高荣誉")], 1)
    False
    """
    return i > 0 and blocks[i].tag == "line" and blocks[i - 1].index > _TITLE_LINE \
        and blocks[i].text.strip() == blocks[i - 1].text.strip()   # (text pages: an HTML page's <title> decides)


def _short_headline_keys(tops: list[Block]) -> set[str]:
    """The headline piece of a text page's title line when it is too short to pass for a headline alone (two or
    three characters: ``回归 | AmorFati``, ``消极 | yyshino``, ``碎碎念 - 安言的个人博客``): a line that repeats it
    with a date line under it is the headline (:func:`text_headline`). The piece must be the title line's first,
    before a site's name, and no page word (``首页 | 某某网`` names no headline).

    >>> sorted(_short_headline_keys([Block(0, "回归 | AmorFati")])), _short_headline_keys([Block(0, "首页 | 某某网")])
    (['回归'], set())
    >>> _short_headline_keys([Block(0, "刘未鹏 | Mind Hacks 思维改变生活", tag="div")])   # an HTML page's banner
    set()
    """
    keys = set()
    for b in tops:
        if b.tag != "line" or len(b.text) > TITLE_LINE_MAX_CHARS:
            continue   # (an HTML page: its top blocks are a banner, 刘未鹏 | Mind Hacks 思维改变生活; <title> decides)
        pieces = [p.strip() for p in _SITE_SEP.split(b.text.strip()) if p.strip()]
        if len(pieces) < 2:
            continue
        key = _norm(pieces[0])
        if 2 <= len(key) < HEADLINE_MIN_CHARS and not is_credit_word(pieces[0]) and not _outlet_piece(pieces[0]) \
                and key not in _SHORT_PAGE_WORDS:
            keys.add(key)
    return keys


# Page words that open a title line as its page's name, not a headline (首页 | 某某网, 归档 - 某某的博客).
_SHORT_PAGE_WORDS = frozenset(read_vocabulary("headline_words.txt", "page names"))


def dated_row_under_a_headline(blocks: list[Block], i: int) -> bool:
    """Whether text line ``i`` is the date row of the headline over it rather than a headline carrying its own
    date: a short name before the date (a badge and the writer's pen name, an outlet's name) right under a full
    headline. A self-media page kept as text shows ``原创 紫醉金迷 2018-01-19 22:20:24`` under ``场均11+7.9+7.6+1.3+
    1.3 很多球迷质疑他能不能被称为巨星？``; a headline that carries its date says more before it (``「良心包子」重視食安
    虧損2年出頭天2014/12/1 18:13``).

    >>> lines = [Block(0, "场均11+7.9+7.6+1.3+1.3 很多球迷质疑他能不能被称为巨星？"),
    ...          Block(1, "原创 紫醉金迷 2018-01-19 22:20:24")]
    >>> dated_row_under_a_headline(lines, 1), dated_row_under_a_headline(lines, 0)
    (True, False)
    >>> lines = [Block(0, "1999網友新聞"), Block(1, "「良心包子」重視食安 虧損2年出頭天2014/12/1 18:13")]
    >>> dated_row_under_a_headline(lines, 1)
    False
    """
    line = blocks[i]
    if i == 0 or line.tag != "line":
        return False
    undated = _TRAILING_DATE.sub("", line.text).strip()
    name = len(_norm(undated))
    if undated == line.text.strip() or name > DATED_ROW_NAME_MAX:
        return False
    over = blocks[i - 1].text
    return looks_like_headline(over) and len(_norm(over)) >= max(_FULL_HEADLINE, name + 1)


#: What a date row puts before its date is this short at most: a badge and a pen name (原创 紫醉金迷), an outlet's
#: or a client's name (TNW中文站, 央视新闻客户端); a headline that carries its own date says more (16 characters in
#: 「良心包子」重視食安 虧損2年出頭天).
DATED_ROW_NAME_MAX = 8


def headline_under_a_column_line(blocks: list[Block], at: int, stop: int) -> Block | None:
    """The article's headline on the text line under line ``at`` when line ``at``, the repeat of the page's title
    line, is the name of the page's column: many site engines title an article's page with its column (``新闻动态``,
    ``部门动态 - 新闻动态 - 某大学后勤集团``) and set the column's name over the article's headline at the end of the
    breadcrumb. The name is short (:data:`COLUMN_NAME_MAX`, as in :func:`headline_under_a_column`, the HTML
    pages' reading of the same layout); the line under it is a longer full headline, no date line, and the last
    headline-like line before the text (``stop``, the first paragraph): only date and credit lines come between.

    >>> text = "随着春天的到来，物业管理部积极开展绿化美化工作，近期专门对牡丹苑的牡丹花进行了施肥作业。"
    >>> lines = [Block(0, "部门动态 - 新闻动态 - 某大学后勤集团"), Block(1, "新闻动态>"), Block(2, "部门动态"),
    ...          Block(3, "物业管理部开展牡丹花施肥工作"), Block(4, "编辑：曾瑶 时间：2016-03-15"), Block(5, text)]
    >>> headline_under_a_column_line(lines, 2, 5).text
    '物业管理部开展牡丹花施肥工作'
    >>> lines[3] = Block(3, "来源：物业管理部")   # a short headline over its credits stays the headline
    >>> headline_under_a_column_line(lines, 2, 5) is None
    True
    """
    name = blocks[at]
    if name.tag != "line" or len(_norm(name.text)) > COLUMN_NAME_MAX or at + 1 >= min(stop, len(blocks)):
        return None
    under = blocks[at + 1]
    n = len(_norm(under.text))
    if not looks_like_headline(under.text) or n < max(_FULL_HEADLINE, len(_norm(name.text)) + 1) \
            or _LABEL_END.search(under.text) or _is_dateline(under.text):
        return None
    if any(looks_like_headline(b.text) and not _LABEL_END.search(b.text) for b in blocks[at + 2: stop]):
        return None   # another headline-like line before the text: the short line may be the headline itself
    return under


def same_line_again(first: Block | None, later: Block) -> bool:
    """Whether ``later`` repeats headline candidate ``first`` word for word: a copy past the first paragraph (in
    a box of the site's stories under the article) that ties with the first does not replace it, as a later line
    otherwise wins a tie.

    >>> same_line_again(Block(3, "新华视界｜某地：农机服务助力生产"), Block(55, "新华视界｜某地：农机服务助力生产"))
    True
    >>> same_line_again(None, Block(55, "某地：农机服务助力生产"))
    False
    """
    return first is not None and _norm(first.text) == _norm(later.text)


#: A candidate scoring this at most has neither the title line's repeat nor a date line under it: only its length.
UNDATED_SCORE = 2
#: The title line as a whole headline (:func:`headline_title_line`) scores above an undated line and below a dated
#: one or the title line's repeat; a later line scoring the same does not take its place (WeChat's 收录于话题 over
#: the writer's credit line).
WHOLE_TITLE_LINE_SCORE = UNDATED_SCORE + 1
#: Lines past the first prose line within which a line over its own date line is still the headline when nothing
#: before the prose had any evidence: the prose was a news ticker's sentences over the story (速報 …).
TICKER_REACH = 20


#: What repeating the title line adds to a headline candidate's score: more than the best date evidence (a date
#: line right under it, 2 × 2), so that the title line's repeat with no date under it is not tied, and then
#: passed by the later line, by a line right over the date that repeats nothing: a channel's link (查看商业部落)
#: or an account's name (北同文化AllForQueer) set between the headline and its date.
ECHO_WEIGHT = 5


#: A line this short that ends as outlets' names end is a name alone (中國廣播公司全球資訊網, 中国新闻网), not a
#: headline (搜索引擎与网站之间的约定 names a site in its middle).
OUTLET_NAME_MAX = 12
_OUTLET_END = re.compile(r"(?:网|網|报|報|社|台|刊)\s*$")
# A headline of this many characters says something; shorter lines are as often a tool's or a label's name.
_FULL_HEADLINE = 6


def _head_titles(doc: Document) -> list[str]:
    head = doc.head
    meta = head.get("meta") or {}
    out = [head.get("title") or ""]
    # (ArticleTitle: the article's title in the meta set the standard for Chinese government sites defines,
    # beside SiteName, ColumnName, PubDate and ContentSource)
    out += meta.get("og:title", []) + meta.get("twitter:title", []) + meta.get("articletitle", [])
    for obj in head.get("jsonld") or []:
        if isinstance(obj, dict) and isinstance(obj.get("headline"), str):
            out.append(obj["headline"])
    return [t.strip() for t in out if t and t.strip()]


_HINTS = "page_hints.txt"
_FURNITURE_HINT = re.compile(section_alternation(_HINTS, "headline furniture", traditional=False))
_TITLE_HINT = re.compile(section_alternation(_HINTS, "headline", traditional=False))
_ARTICLE_HEADER = re.compile(section_alternation(_HINTS, "article header", traditional=False))


def _structure_score(b: Block) -> int:
    """Points for a block as a headline from its element: an h1 2, an h2 1, a title class of its own 1.

    >>> _structure_score(Block(0, "标题", heading=1, hints="article title")), _structure_score(Block(0, "正文"))
    (3, 0)
    """
    score = 2 if b.heading == 1 else 1 if b.heading == 2 else 0
    last_hint = b.hints.split()[-1] if b.hints.split() else ""
    return score + (1 if _TITLE_HINT.search(last_hint) else 0)


def _headline_score(blocks: list[Block], i: int) -> int:
    """Points for block i as a headline: heading level, a title class, and what follows it."""
    b = blocks[i]
    score = _structure_score(b)
    if score == 0:
        return 0
    # A headline is followed by its dateline or by the first paragraph; a sidebar heading by links.
    after = [x.text for x in blocks[i + 1: i + 3]]
    if any(_is_dateline(t) or len(t) >= 60 for t in after):
        score += 2
    furniture = [t for t in b.hints.split()[-3:] if _FURNITURE_HINT.search(t)]
    if furniture and not all(_ARTICLE_HEADER.search(t) for t in furniture):
        score -= 3   # (a sidebar's bottom_nav; not the article's own news_header over its news_title)
    return score


#: A heading this short may be the site's logo, an outlet's name (中国人民大学后勤集团); a longer one that holds such a
#: word is a headline about it (后勤集团物业管理部开展双趣园牡丹苑牡丹花施肥工作).
LOGO_MAX_CHARS = 16


def heading_headline(blocks: list[Block], min_score: int = 1) -> Block | None:
    """The best-scoring h1/h2 or title-classed block that reads like a headline.

    Example: a blog's ``<td class="post-title">湘菜粤菜 兵分两路 (图)</td>`` followed by its
    ``2005-06-14 03:25:55`` line beats the sidebar ``<h2 class="bottom_nav">博客导读</h2>``.
    """
    best, best_score = None, min_score - 1
    h1_count = sum(1 for b in blocks if b.heading == 1)
    for i, b in enumerate(blocks):
        if min_score >= 1 and not _structure_score(b):
            continue   # no heading level nor title class: it scores 0 (tested first: nearly every block)
        shown = _PICTURE.sub("", b.text)
        # a page's one h1 in Latin letters is its headline too (an English story on a Chinese site); a Latin
        # line of lesser rank is more often a page control (Share this article, Back to Top)
        if b.link_density >= 0.5 or not (looks_like_headline(shown) or (b.heading == 1 and h1_count == 1
                                                                         and latin_headline(shown))) \
                or (len(b.text) <= LOGO_MAX_CHARS and looks_like_outlet(b.text)) \
                or _MORE_HEADING.match(b.text.strip()):
            continue   # a heading that is an outlet's name is the site's logo; 更多小组讨论 heads a list of others
        score = _headline_score(blocks, i)
        if score > best_score:
            best, best_score = b, score
    return best


_MORE_HEADING = re.compile(section_alternation("headline_words.txt", "more headings"))
# A heading with this much structural evidence (a heading level or title class, and a dateline or the first
# paragraph right after it) is the headline even when <title> says something else (a greeting, a site name).
STRONG_HEADING = 3


def short_heading_title(blocks: list[Block], heads: list[str]) -> Block | None:
    """A heading of two or three characters that is exactly the headline part of ``<title>``.

    Encyclopedia entries, people and column pages have very short names, too short for the 4-character
    agreement of :func:`html_headline` (which keeps single words like a site name from agreeing by
    chance): ``<title>金锺国 - 维基百科，自由的百科全书</title>`` with ``<h1>金锺国</h1>`` -> that h1;
    ``<title>城事_江城晚报</title>`` with ``<h2>城事</h2>`` over a column's list -> that h2. Only an
    ``<h1>``/``<h2>`` (or a title-classed block) that is not a link counts, so a menu item does not.

    >>> short_heading_title([Block(0, "目录", heading=2), Block(1, "金锺国", heading=1)], ["金锺国 - 维基百科"]).text
    '金锺国'
    >>> short_heading_title([Block(0, "城事", tag="a", link_chars=2, links=1)], ["城事_江城晚报"]) is None
    True
    """
    keys = {_norm(strip_site_suffix(t)) for t in heads}
    keys = {k for k in keys if 2 <= len(k) <= 3}
    if not keys:
        return None
    for b in blocks:
        if (b.heading in (1, 2) or _TITLE_HINT.search(b.hints)) and b.link_density < 0.5 and _norm(b.text) in keys:
            return b
    return None


#: A block of two or more links this dense is a trail (site / column), whatever head title it repeats.
TRAIL_LINK_DENSITY = 0.6


#: A title's start and its end shown apart cover this share of it (a book's name and a chapter's heading).
WHOLE_TITLE_SHARE = 0.8


def _agreeing_block(blocks: list[Block], keys: list[str], stripped: list[str]) -> tuple[int, int, Block] | None:
    """The best block that agrees with one of the head-title ``keys`` (rank, position, block), or None."""
    best: tuple[int, int, Block] | None = None
    ends: list[tuple[int, str]] = []   # blocks that agree as the end of a stripped title: (position, text)
    if not keys:
        return None   # nothing to agree with (a page without a head title, a title without long pieces)
    # Every agreement below makes the block's text part of a key or a key part of it: a block that is
    # neither (nearly every block) is passed over by one search of the keys joined and one test per key.
    all_keys = "\n".join(keys + stripped)   # (a normalised text holds no line break)
    for pos, b in enumerate(blocks):
        if b.links >= 2 and b.link_density >= TRAIL_LINK_DENSITY:
            continue   # a trail of links (公視新聞網 / 醫療) names the site and its column
        if b.tag == "figcaption":
            continue   # a picture's or a player's caption may repeat the <title> (BBC 中文's video story: its
            # caption 音頻加註文字，從軍隊窄門到… over the <h1> 開戰車的女人：…); it is never the page's headline
        # a headline cell may carry its date (「良心包子」重視食安 虧損2年出頭天2014/12/1 18:13); the date ends
        # the text but for a space, so a text ending otherwise is not searched for one
        text = b.text
        last = text.rstrip()[-1:]
        n = _norm(_TRAILING_DATE.sub("", text) if last.isdecimal() or last == "日" else text)
        if not HEADLINE_MIN_CHARS <= len(n) <= AGREEING_BLOCK_MAX or (n not in all_keys
                                                                       and not any(k in n for k in keys)):
            continue
        # Agreement: the block is the head title's prefix, or its end (a notice's <title> puts the issuer
        # before the headline: 某某省住房和城乡建设厅关于…的通知 over an <h1> of 关于…的通知), or contains the
        # stripped title.
        agree = any((k.startswith(n) and len(n) * 3 >= len(k)) or (n.startswith(k) and len(n) <= len(k) * 1.5)
                    or (k in n and len(k) * 1.25 >= len(n)) for k in keys) \
            or any(k.endswith(n) and len(n) * 2 >= len(k) for k in stripped)   # (site suffix gone: not the site name)
        if not agree:
            continue
        if any(k.endswith(n) and len(n) * 2 >= len(k) for k in stripped):
            ends.append((pos, n))
        # Headings first, then title-classed cells; within a rank the exact copy of a head title beats a
        # block that is only its start (a notice's issuer cell "某省人民政府" before the full headline).
        rank = (0 if b.heading else 2 if "title" in b.hints or b.tag in ("strong", "b") else 4) + (n not in keys)
        if best is None or rank < best[0]:
            best = (rank, pos, b)
    if best is not None and ends:
        # the best is the title's start and a later block apart from it its end, the two the whole title between
        # them: the start names the book or the column (a reading site's <h1>大奉打更人</h1> in its header), the
        # end is the page's own headline (its chapter, 第五十三章 对质（一）, over the text); an end right under the
        # start is its deck (FT's <h1>零售业的未来</h1> over 沙特零售业的未来构想)
        head = _norm(_TRAILING_DATE.sub("", best[2].text))
        for pos, n in ends:
            if pos > best[1] + 1 and n != head and any(
                    k.startswith(head) and k.endswith(n) and WHOLE_TITLE_SHARE * len(k) <= len(head) + len(n) <= len(k)
                    for k in stripped):
                return (best[0], pos, blocks[pos])
    return best


def html_headline(doc: Document, blocks: list[Block]) -> tuple[Block | None, str | None]:
    """The headline block that agrees with <title>/og:title, else the first h1/h2, else the head title.

    Example: <title>城市更新提速_新浪网</title> and an <h1>城市更新提速</h1> -> that h1.
    """
    heads = _head_titles(doc)
    stripped = [k for k in (_norm(strip_site_suffix(t)) for t in heads) if len(k) >= HEADLINE_MIN_CHARS]
    # ... and as the title is cleaned: a column in brackets before it, a board's name after it (【图片】我与妹妹的
    # 日常【缘之空吧】_百度贴吧 agrees with the thread's <h3>我与妹妹的日常</h3>)
    # ... and without a reading site's ending (…第五十三章 对质（一）全文免费阅读), its chapter's heading agrees
    stripped += [k for k in (_norm(_READING_SUFFIX.sub("", strip_site_suffix(t))) for t in heads)
                 if len(k) >= HEADLINE_MIN_CHARS and k not in stripped]
    stripped += [k for k in (_norm(_BOARD_SUFFIX.sub("", split_column(strip_site_suffix(t))[1])) for t in heads)
                 if len(k) >= HEADLINE_MIN_CHARS and k not in stripped]
    keys = [k for k in (_norm(t) for t in heads) if len(k) >= HEADLINE_MIN_CHARS] + stripped
    limit = min(len(blocks), 400)
    only_h1 = sole_h1_under_a_site_name(blocks[:limit], heads)
    if only_h1 is not None:
        return only_h1, None
    post = post_under_the_blog_name(blocks[:limit], heads)
    if post is not None:
        return post, None
    best = _agreeing_block(blocks[:limit], keys, stripped)
    if best is None:
        # a headline in the middle of <title> (无綫新聞 - 財經 - 市料美零售銷售… - tvb.com): its pieces long
        # enough to be one, the last (the site's name) excepted
        pieces = [k for t in heads for k in [_norm(p) for p in _SITE_SEP.split(t) if p.strip()][:-1]
                  if len(k) >= _PIECE_MIN]
        best = _agreeing_block(blocks[:limit], pieces, [])
    if best is not None and not best[2].heading:
        sole = sole_h1_sharing_the_title(blocks[:limit], heads)
        if sole is not None:
            return sole, None   # a bar bears the title (MkDocs' header topic 可乐鸡翅); the page's h1 extends it
    if best is not None:
        signed = h1_over_the_text(blocks[:limit], best[1])
        if signed is not None:
            return signed, None
        over_text = headline_over_the_text(blocks[:limit], best[1], heads) \
            or headline_under_a_column(blocks[:limit], best[1], doc.value("breadcrumb") or ())
        if over_text is not None:
            return over_text, None
        return _h1_it_extends(blocks[:best[1]], best[2]), None
    guess = short_heading_title(blocks[:limit], heads) or sole_h1_sharing_the_title(blocks[:limit], heads)
    if guess is not None:
        return guess, None
    guess = heading_headline(blocks[:limit], STRONG_HEADING) or sole_h1_headline(blocks[:limit]) \
        or text_headline(blocks, dated_only=True)
    if guess is not None:
        return guess, None
    article_title = head_article_title(doc)
    if article_title:
        return None, article_title   # the page's own <title>, over a weak heading that does not agree with it
    guess = heading_headline(blocks[:limit])
    if guess is not None:
        return guess, None
    guess = text_headline(blocks)
    if guess is not None:
        return guess, None
    if heads:
        return None, strip_site_suffix(heads[0])
    return None, None


# A blog engine's <title>: the blog's name, a colon (or a guillemet), the post's title (Movable Type, Blogger).
_BLOG_THEN_POST = re.compile(r"(?P<blog>[^:：»|]{1,40}?)\s?[:：»|]\s?(?P<post>\S.{0,120})")


def post_under_the_blog_name(blocks: list[Block], heads: list[str]) -> Block | None:
    """The post's heading when the ``<title>`` reads "blog: post" and the page sets both as headings, the blog's
    name first (Movable Type's banner ``<h1>lloyd</h1>`` over ``<h3 class="title">我的注音輸入法</h3>``, the
    ``<title>`` ``lloyd: 我的注音輸入法``): the banner is the site's, the heading matching the rest is the headline.

    >>> rows = [Block(0, "lloyd", heading=1), Block(1, "July 14, 2003", heading=2),
    ...         Block(2, "我的注音輸入法", heading=3)]
    >>> post_under_the_blog_name(rows, ["lloyd: 我的注音輸入法"]).text
    '我的注音輸入法'
    >>> post_under_the_blog_name(rows, ["我的注音輸入法"]) is None
    True
    >>> text = Block(1, "看了两本书，《JavaScript语言精粹》、《图解TCP/IP》，网课我也一直在上，时间过得很快。")
    >>> post_under_the_blog_name([Block(0, "人类的赞歌", heading=1), text, text, Block(2, "莉莉娅", heading=3)],
    ...                          ["人类的赞歌 | 莉莉娅"]) is None   # a heading past the text: the author's card
    True
    """
    for title in heads:
        m = _BLOG_THEN_POST.fullmatch(title.strip())
        if m is None:
            continue
        blog, post = _norm(m.group("blog")), _norm(m.group("post"))
        if not blog or len(post) < 2:
            continue
        banner = next((b.index for b in blocks if b.heading and _norm(b.text) == blog), None)
        if banner is None:
            continue
        found = next((b for b in blocks if b.heading and b.index > banner and _norm(b.text) == post), None)
        if found is not None and sum(1 for b in blocks if banner < b.index < found.index
                                     and len(b.text) >= _SENTENCE_LINE) < _TEXT_BETWEEN:
            return found   # (a heading past the text is no post's: Sakura's author card <h3>莉莉娅</h3> under the
            # post, its <title> 人类的赞歌就是勇气的赞歌 | 莉莉娅 the post, then the blog)
    return None


#: Lines of text between the blog's banner and a heading that make that heading one past the text (a banner's
#: one-line motto, tumi: a technical savvy but a programming muggle., is not the text).
_TEXT_BETWEEN = 2
#: A head title this short is a site's name (南生论坛, 微博), never an article's title.
SITE_NAME_MAX = 6
#: A head title without a separator and no longer than this may be a site's or a blog's name alone
#: (turkey-life, 欢迎来到德莱联盟, 国家金融监督管理总局); the page's blocks decide whether it is.
SITE_TITLE_MAX = 12


_SITE_GREETING = re.compile(rf"^(?:{section_alternation('headline_words.txt', 'site greetings')})")
_NO_HAN = re.compile(r"[^\u3400-\u9fff]+")


def site_name_title(title: str) -> bool:
    """Whether a page's ``<title>`` is a site's name and nothing else: short, in one piece, and a name by its
    shape: a greeting (欢迎来到德莱联盟), a blog's Latin handle (turkey-life), an outlet's or a body's name
    (国家金融监督管理总局); a short headline (绥德：33名退役军人被表彰) is none of these.

    >>> [site_name_title(t) for t in ("欢迎来到德莱联盟", "turkey-life", "国家金融监督管理总局")]
    [True, True, True]
    >>> site_name_title("绥德：33名退役军人被表彰")
    False
    """
    title = title.strip()
    if len(_norm(title)) > SITE_TITLE_MAX or _PIECE_SEP.search(title):
        return False
    return bool(_SITE_GREETING.match(title) or _NO_HAN.fullmatch(title) or looks_like_outlet(title)
                or looks_like_unit(title))


# A separator between a title's pieces (a hyphen inside a Latin name, turkey-life, is none).
_PIECE_SEP = re.compile(r"[_|｜—–]|\s[-·:]\s|::")


def headline_over_the_text(blocks: list[Block], agreeing: int, heads: list[str]) -> Block | None:
    """The heading set over the article when the block agreeing with ``<title>`` is the site's name: the head
    title names the site (:func:`site_name_title`: a blog's or an agency's name, as many templates title every page),
    the agreeing block (the banner's ``<h1>``) has neither a date line nor the text under it, and a later
    heading does (a heading or title-classed block followed by its date line or the first paragraph).

    >>> text = "可用性测试是让一群具有代表性的用户对产品进行典型操作，同时观察员在一旁观察、聆听、做记录的方法。"
    >>> blocks = [Block(0, "turkey-life", heading=1), Block(1, "首页"), Block(2, "归档"),
    ...           Block(3, "可用性测试方法论总结", heading=1), Block(4, "2021-03-05"), Block(5, text)]
    >>> headline_over_the_text(blocks, 0, ["turkey-life"]).text
    '可用性测试方法论总结'
    >>> headline_over_the_text(blocks, 0, ["可用性测试方法论总结 - turkey-life"]) is None
    True
    """
    if not heads or not all(site_name_title(t) for t in heads):
        return None
    if _headline_score(blocks, agreeing) >= STRONG_HEADING:
        return None   # the head title is the article's own short headline, over its text
    return heading_headline(blocks[agreeing + 1:], STRONG_HEADING) or first_dated_line(blocks, agreeing + 1)


#: How far under the site's name the first line with its date line under it is looked for ...
DATED_LINE_REACH = 30
#: ... how many more lines of its shape, each over its date, make the page a list of entries ...
LISTED_DATED_LINES = 1
#: ... and within how many blocks under its date line the article's text opens (a pager, a footer: no article).
DATED_LINE_TEXT_REACH = 4
#: A date line is short (a paragraph that mentions a day is none).
DATE_LINE_MAX = 80


def _date_line_under(text: str) -> bool:
    """A short line that is a date or a credit line with one (not a paragraph that mentions a year)."""
    return len(text) <= DATE_LINE_MAX and parse_date(text) is not None and (date_line(text)
                                                                         or bool(parse_credits(text)))


def first_dated_line(blocks: list[Block], start: int) -> Block | None:
    """The first open line from ``start`` that reads as a headline and has its date line right under it: the
    headline of a page whose template marks it with no heading or title class (a school's ``<div class="tit">``
    over ``[发布时间2018年5月25日]``, under the banner's ``鞍山市铁东区胜利小学欢迎您！``). The first, not the best: a
    notice's own dated sections come later (``鞍山市铁东区胜利小学（西校区）`` over ``时间：2018年6月9－10日…``).

    >>> blocks = [Block(0, "鞍山市铁东区胜利小学欢迎您！"), Block(1, "首页 > 详情信息", label="breadcrumb"),
    ...           Block(2, "户籍生现场材料审核公告", hints="sys_info tit"), Block(3, "[发布时间2018年5月25日]"),
    ...           Block(4, "胜利小学（西校区）", hints="info_con"), Block(5, "时间：2018年6月9－10日上午8:30－11:00"),
    ...           Block(6, "网上报名现场确认所需材料：", hints="info_con")]
    >>> first_dated_line(blocks, 1).text
    '户籍生现场材料审核公告'
    >>> posts = [Block(i, t, hints="post-title" if i % 2 else "post-meta") for i, t in enumerate(
    ...     ["turkey-life", "可用性测试方法论总结", "2021-03-05", "豪恩网关设备体验与优化", "2021-02-11"])]
    >>> first_dated_line(posts, 1) is None   # a blog's home page
    True
    """
    dated = [i for i in range(start, min(len(blocks) - 1, start + DATED_LINE_REACH))
             if looks_like_headline(blocks[i].text) and _date_line_under(blocks[i + 1].text)]
    if not dated:
        return None
    at = dated[0]
    first = blocks[at]
    if sum(1 for i in dated[1:] if blocks[i].hints == first.hints) >= LISTED_DATED_LINES:
        return None   # entries of one shape, each over its date: a list of posts (a blog's home page)
    if first.label is not None or parse_date(first.text) or any(_FURNITURE_HINT.search(w) for w in
                                                               first.hints.split()[-3:]):
        return None   # a list's dated entry (2014-11-03[学校新闻]…), a side bar's clock over its day
    after = blocks[at + 2: at + 2 + DATED_LINE_TEXT_REACH]
    return first if any(b.label is None and len(b.text) >= HEADLINE_MIN_CHARS for b in after) else None


#: A column's name is short (部门动态, 集团新闻, 政策法规); a headline that a breadcrumb ends with is longer.
COLUMN_NAME_MAX = 8
_MENU_LABELS = frozenset(("navigation", "breadcrumb"))


def headline_under_a_column(blocks: list[Block], agreeing: int, crumbs: Sequence[str]) -> Block | None:
    """The heading set over the article when the block agreeing with ``<title>`` names the page's column: many
    site engines title an article's page with its column path (``<title>部门动态 - 新闻动态 - 某大学后勤集团``), and
    the column's name stands over the column's menu as well as in the breadcrumb; the article's own headline is a
    later heading with its credit or date line or its first paragraph under it.

    >>> text = "随着春天的到来，物业管理部积极开展绿化美化工作，近期专门对牡丹苑的牡丹花进行了施肥作业。"
    >>> blocks = [Block(0, "部门动态"), Block(1, "首页> 新闻动态> 部门动态", label="breadcrumb"),
    ...           Block(2, "物业管理部开展牡丹花施肥工作", heading=1), Block(3, "编辑：曾瑶 时间：2016-03-15"),
    ...           Block(4, text)]
    >>> headline_under_a_column(blocks, 0, ["首页", "新闻动态", "部门动态"]).text
    '物业管理部开展牡丹花施肥工作'
    >>> headline_under_a_column(blocks, 2, ["首页", "新闻动态", "部门动态"]) is None   # the agreeing block is it
    True
    """
    name = _norm(blocks[agreeing].text)
    if len(name) > COLUMN_NAME_MAX or _headline_score(blocks, agreeing) >= STRONG_HEADING:
        return None
    columns = {_norm(c) for c in crumbs}
    columns.update(_norm(b.text) for b in blocks if b.label in _MENU_LABELS and len(b.text) <= COLUMN_NAME_MAX * 2)
    if name not in columns:
        return None
    return heading_headline(blocks[agreeing + 1:], STRONG_HEADING)


def h1_over_the_text(blocks: list[Block], agreeing: int) -> Block | None:
    """The ``<h1>`` over the article when the block agreeing with ``<title>`` comes after the article's text: a
    notice signed by its issuer under the text agrees with a ``<title>`` that names the site after the same
    body (重庆市终身学习学分银行管理中心 over 2020年9月16日, ``<title>重庆市终身学习学分银行-学分银行``); a
    signature is no headline, the heading over the text is.

    >>> text = "根据有关通知要求，管理中心组织开展了专家推荐工作，现将专家库组成人员名单予以公示。"
    >>> blocks = [Block(0, "专家库组成人员公示", heading=1), Block(1, text), Block(2, "某市学分银行管理中心")]
    >>> h1_over_the_text(blocks, 2).text, h1_over_the_text(blocks[:1] + blocks[2:], 1)
    ('专家库组成人员公示', None)

    A heading of a lower level counts with its date line under it (龙图教育's ``<h3>`` over ``2019.04.26``, where
    ``<title>龙图教育教育集团-K12教育`` agrees with a line inside the text, 龙图教育):

    >>> h3 = [Block(0, "龙图教育与三牛中学达成战略合作", heading=3), Block(1, "2019.04.26"), Block(2, text),
    ...       Block(3, "龙图教育")]
    >>> h1_over_the_text(h3, 3).text
    '龙图教育与三牛中学达成战略合作'
    """
    if blocks[agreeing].heading:
        return None
    for k in range(agreeing - 1, -1, -1):
        if blocks[k].heading == 1 or (blocks[k].heading and k + 1 < agreeing and _date_line_under(blocks[k + 1].text)):
            text_between = any(len(b.text) >= _SENTENCE_LINE and "。" in b.text for b in blocks[k + 1: agreeing])
            return blocks[k] if text_between and looks_like_headline(blocks[k].text) \
                and not _MORE_HEADING.match(blocks[k].text.strip()) else None
    return None


def sole_h1_under_a_site_name(blocks: list[Block], heads: list[str]) -> Block | None:
    """The page's only ``<h1>`` when its ``<title>`` is no more than the site's name.

    A single-page app titles every page with its name (``<title>南生论坛</title>``); a block that happens to
    hold that name (a menu's ``🌟南生论坛文档``) agrees with it, but the headline is the page's one ``<h1>``.

    >>> blocks = [Block(0, "🌟南生论坛文档"), Block(1, "南生运营的理念（商用）", heading=1)]
    >>> sole_h1_under_a_site_name(blocks, ["南生论坛"]).text
    '南生运营的理念（商用）'
    >>> sole_h1_under_a_site_name(blocks, ["南生运营的理念（商用）_南生论坛"]) is None
    True
    """
    names = [_norm(t) for t in heads if t.strip()]
    if not names or any(len(n) > SITE_NAME_MAX for n in names):
        return None
    h1s = [b for b in blocks if b.heading == 1 and b.label is None]
    if len(h1s) != 1 or len(_norm(h1s[0].text)) < HEADLINE_MIN_CHARS or _norm(h1s[0].text) in names \
            or _MORE_HEADING.match(h1s[0].text.strip()):
        return None   # (更多小组讨论 heads the list of the group <title>上海租房小组 names)
    return h1s[0]


#: The shorter of the <h1> and the <title>'s piece holds at least this share of the longer.
SHARED_TITLE_SHARE = 0.5


def sole_h1_sharing_the_title(blocks: list[Block], heads: list[str]) -> Block | None:
    """The page's only ``<h1>`` when it and the ``<title>``'s headline piece hold one another but differ (MkDocs'
    ``<h1>可乐鸡翅的做法</h1>`` under ``<title>可乐鸡翅 - How To Cook</title>``, ``<h1>焯水</h1>`` under ``学习焯水``):
    the menu names the page shortly or loosely, the page's heading is its title.

    >>> sole_h1_sharing_the_title([Block(0, "可乐鸡翅的做法", heading=1)], ["可乐鸡翅 - How To Cook"]).text
    '可乐鸡翅的做法'
    >>> sole_h1_sharing_the_title([Block(0, "How To Cook", heading=1)], ["可乐鸡翅 - How To Cook"]) is None
    True
    """
    h1s = [b for b in blocks if b.heading == 1 and b.label is None]
    if len(h1s) != 1:
        return None
    h1 = _norm(h1s[0].text)
    for title in heads:
        piece = _norm(strip_site_suffix(title))
        if len(h1) >= 2 and len(piece) >= 2 and h1 != piece and (h1 in piece or piece in h1) \
                and min(len(h1), len(piece)) >= SHARED_TITLE_SHARE * max(len(h1), len(piece)):
            return h1s[0]   # (half at least: a column's name before ｜ held in another story's h1 is no match)
    return None


def sole_h1_headline(blocks: list[Block]) -> Block | None:
    """The page's only ``<h1>``, where it reads as a headline (not a logo, not a link) and the article's text
    follows it: the headline when nothing on the page agrees with a ``<title>`` that names the story otherwise
    (BBC 中文's video story: ``<h1>開戰車的女人：我是如何突破軍隊「天花板」？</h1>`` under the ``<title>``
    ``從軍隊窄門到首批女性裝甲兵：…``, the site's bar ``BBC News, 中文`` over it).

    >>> text = "30歲的鄭宇君從軍八年，是台灣首批在裝甲部隊的女性，她數月前在公開操演中，駕駛戰車的影片引起關注。"
    >>> rows = [Block(0, "BBC News, 中文"), Block(1, "開戰車的女人：我是如何突破軍隊「天花板」？", heading=1),
    ...         Block(2, "2025年11月30日"), Block(3, text)]
    >>> sole_h1_headline(rows).index
    1
    >>> sole_h1_headline(rows[:3]) is None   # no text under it
    True
    """
    h1s = [pos for pos, b in enumerate(blocks) if b.heading == 1 and b.label is None]
    if len(h1s) != 1:
        return None
    h1 = blocks[h1s[0]]
    if h1.link_density >= 0.5 or not looks_like_headline(h1.text) or looks_like_outlet(h1.text):
        return None
    after = blocks[h1s[0] + 1:h1s[0] + 1 + SOLE_H1_TEXT_REACH]
    return h1 if _first_long(after) < len(after) else None


#: The text follows the page's only h1 within this many blocks (a caption, a deck, a date row between).
SOLE_H1_TEXT_REACH = 6


# A <title> piece this long can be a headline on its own; shorter pieces are site and channel names.
_PIECE_MIN = 8
_TRAILING_DATE = re.compile(r"\s?\d{4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}日?(?:\s?\d{1,2}:\d{2}(?::\d{2})?)?\s?$")
# A head title this long that is no outlet's name reads as the article's title.
_ARTICLE_TITLE_MIN = 8


def head_article_title(doc: Document) -> str | None:
    """The headline part of ``<title>`` (or og:title) when it reads as an article's title rather than the
    site's name: long enough, not an outlet, not the og:site_name.

    >>> head_article_title(Document(raw="", head={"title": "「良心包子」重視食安 虧損2年出頭天", "meta": {}}))
    '「良心包子」重視食安 虧損2年出頭天'
    >>> head_article_title(Document(raw="", head={"title": "中國廣播公司全球資訊網", "meta": {}})) is None
    True
    """
    site = {_norm(n) for n in (doc.head.get("meta") or {}).get("og:site_name", [])}
    for text in _head_titles(doc):
        piece = strip_site_suffix(text)
        n = _norm(piece)
        if (len(n) >= _ARTICLE_TITLE_MIN and n not in site and not looks_like_outlet(piece)
                and looks_like_headline(piece)):
            return piece
    return None


def _h1_it_extends(before: list[Block], chosen: Block) -> Block:
    """The ``<h1>`` above a lower heading that only extends it: a recipe's ``<h1>家常番茄炒蛋</h1>`` over the
    section heading ``家常番茄炒蛋的做法步骤`` that its ``<title>`` repeats. Otherwise the chosen block.

    >>> h1, h2 = Block(0, "家常番茄炒蛋", heading=1), Block(5, "家常番茄炒蛋的做法步骤", heading=2)
    >>> _h1_it_extends([h1], h2).text, _h1_it_extends([Block(0, "下厨房", heading=1)], h2).text
    ('家常番茄炒蛋', '家常番茄炒蛋的做法步骤')
    """
    if chosen.heading <= 1:
        return chosen
    n = _norm(chosen.text)
    for b in before:
        if b.heading == 1 and b.label is None:
            h = _norm(b.text)
            if len(h) >= HEADLINE_MIN_CHARS and n.startswith(h) and h != n:
                return b
    return chosen


#: A board or category name set before the headline in its cell is a word or two.
NODE_PREFIX_MAX = 10


def without_node_prefix(raw: str, heads: list[str]) -> str:
    """The headline without the board or category name its cell puts first, where ``<title>`` gives the
    headline alone (``<h1><span class="node">Ruby</span> Ruby：极致的脚本语言</h1>``).

    >>> without_node_prefix("Ruby Ruby：极致的脚本语言", ["Ruby：极致的脚本语言 · Ruby China"])
    'Ruby：极致的脚本语言'
    >>> without_node_prefix("我们的 新时代", ["新时代 - 某某网"])   # no headline is two characters
    '我们的 新时代'
    """
    for title in heads:
        piece = strip_site_suffix(title).strip()
        if len(_norm(piece)) < HEADLINE_MIN_CHARS or not raw.endswith(piece) or raw == piece:
            continue
        prefix = raw[:len(raw) - len(piece)]
        if prefix[-1:].isspace() and 0 < len(prefix.strip()) <= NODE_PREFIX_MAX:
            return piece
    return raw


def without_counter_suffix(raw: str, heads: list[str]) -> str:
    """The headline without a counter its cell sets after it (``<h1>第二章 失乡号的船长<span class="review-count">241
    </span></h1>``), where ``<title>`` gives the headline alone.

    >>> without_counter_suffix("第二章 失乡号的船长241", ["第二章 失乡号的船长_黎明之剑_远瞳"])
    '第二章 失乡号的船长'
    >>> without_counter_suffix("十四五规划2035", ["十四五规划 - 某某网"])   # a year the <title> drops is no counter
    '十四五规划2035'
    """
    tail = _COUNTER_TAIL.search(raw)
    if tail is None:
        return raw
    head = raw[:tail.start()].rstrip()
    for title in heads:
        if _norm(strip_site_suffix(title).strip()) == _norm(head) or _norm(title.split("_")[0]) == _norm(head):
            return head
    return raw


# A counter glued to the end of a headline cell: digits, maybe in thousands (241, 1.2万, 3k), not a year.
_COUNTER_TAIL = re.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{1,6}(?:\.\d)?[万kK]?$")


def find_title(doc: Document, blocks: list[Block]) -> Block | None:
    """Set title and column; label the headline block; return it (the anchor for byline search)."""
    if doc.is_html or doc.head:
        block, head_text = html_headline(doc, blocks)
    else:
        # the page's first lines are its title line wherever a strip rule put them (a menu of | pieces)
        tops = doc.blocks[:TITLE_LINE_REACH]
        block, head_text = text_headline(blocks, tops=tops), None
        if block is None or not _echoes(doc.blocks, block.index, _top_line_keys(tops)):
            listed = listed_headline(doc.blocks, tops)
            if listed is not None:
                doc.restore_block(listed)
                block = listed
    over = line_over_the_headline(doc.blocks, block, tops) if not doc.is_html and block is not None else None
    lines = heading_lines(doc.blocks, block) if doc.is_html and block is not None else [block]
    raw = (over.text.strip() + " " + block.text.strip()) if over is not None else \
        joined_lines([b.text for b in lines]) if len(lines) > 1 else block.text if block is not None else head_text
    if not raw:
        return None
    undated = _TRAILING_DATE.sub("", raw)
    if undated != raw and len(_norm(undated)) >= HEADLINE_MIN_CHARS:
        # a headline cell that carries its date (…虧損2年出頭天2014/12/1 18:13): the date is the story's own,
        # offered before any date line of the page's bar (2014/12/13 星期六 │加入最愛, the site's clock)
        when = parse_date(raw[len(undated):])
        if when and doc.set_field("published", when[0], "headline_date", raw):
            doc.set_field("published_precision", when[1], "headline_date", raw)
        raw = undated
    if block is not None and doc.head:
        raw = without_counter_suffix(without_node_prefix(raw, _head_titles(doc)), _head_titles(doc))
    if not doc.is_html:
        raw = without_outlet_suffix(without_glued_control(raw, doc.blocks, block) if block is not None else raw)
    title, column, spam_part = clean_title(raw)
    rule = "headline_block" if block is not None else "head_title"
    doc.set_field("title", title, rule, raw)
    doc.set_field("column", column, "column_prefix", raw)
    if doc.head:
        # what else the page offers as its title, for the record's evidence (the choice above stands)
        other = head_article_title(doc)
        if other:
            doc.set_field("title", clean_title(other)[0], "head_title", other)
    if block is not None:
        doc.remove_block(block, "title", rule)
    if over is not None:
        doc.remove_block(over, "title", "headline_first_line")
    for line in lines:
        if line is not block:
            doc.remove_block(line, "title", "headline_line")
    if spam_part:
        doc.removed.append(Removal("spam", spam_part, "title_spam_suffix", "title"))
    return block


#: The page kind whose writer titles their own posts: a bar in the headline is theirs, not a desk's column. (A
#: forum thread is left out: a news page taken for one, hk01's 宏福苑大火 | …, would lose its column.)
_OWN_HEADLINE_KINDS = frozenset(("blog-post",))


def keep_own_headline_whole(doc: Document) -> None:
    """A blog's post keeps a bar its writer set in the headline (``五月 | 非洲的雨季``, ``向光而生 |
    「盐与避难所」随笔``): the column split off before the bar is a newsroom's convention (``人民論壇網評 | 踐行…``),
    and the page's kind, known once the body is chosen, says whose headline it is. A column in brackets stays split
    (a board's marker, 【图片】).

    >>> d = Document(raw="")
    >>> _ = d.set_field("title", "「盐与避难所」随笔", "headline_block", "向光而生 |「盐与避难所」随笔")
    >>> _ = d.set_field("column", "向光而生", "column_prefix", "向光而生 |「盐与避难所」随笔")
    >>> d.page_kind = "blog-post"
    >>> keep_own_headline_whole(d)
    >>> d.value("title"), d.value("column")
    ('向光而生 |「盐与避难所」随笔', None)
    """
    column = doc.fields.get("column")
    title = doc.fields.get("title")
    if doc.page_kind not in _OWN_HEADLINE_KINDS or column is None or title is None or column.rule != "column_prefix":
        return
    raw = column.text.strip()
    pieces = _COLUMN_SEP.split(raw, maxsplit=1)
    end = raw.find(str(title.value), len(pieces[0]))
    if len(pieces) != 2 or pieces[0].strip() != str(column.value) or end < 0:
        return   # (a column in brackets, or a raw the title was cleaned from otherwise)
    whole = raw[:end + len(str(title.value))]
    doc.fields.pop("column", None)
    doc.set_field("title", whole, "own_headline_whole", column.text, override=True)


def original_headline_note(text: str) -> bool:
    """A reprint's note of the story's original headline on a line of its own (``原标题：奇葩！办公室装门禁，
    你是县长，你怕谁？``, ``（原标题：美国新冠肺炎确诊病例超过278万例）``): the page's metadata, not its text.

    >>> original_headline_note("（原标题：美国新冠肺炎确诊病例超过278万例）"), original_headline_note("原標題:战时内阁")
    (True, True)
    >>> original_headline_note("报道的原标题：美国新冠肺炎确诊病例超过278万例，编辑部后来改了。")
    False
    """
    return len(text) <= ORIGINAL_HEADLINE_MAX and _ORIGINAL_HEADLINE.fullmatch(text.strip()) is not None


#: A note of the original headline is the headline and its label: a line this long at most.
ORIGINAL_HEADLINE_MAX = 100
_ORIGINAL_HEADLINE = re.compile(rf"[（(]?\s?(?:{section_alternation('headline_words.txt', 'original headline')})"
                                r"\s?[:：]\s?[^。]{2,80}?[。]?[)）]?")


def drop_original_headline_notes(doc: Document) -> None:
    """Label every open line that notes the original headline (:func:`original_headline_note`)."""
    for b in doc.blocks:
        if b.label is None and original_headline_note(b.text):
            doc.remove_block(b, "title", "original_headline")


#: A site cuts its headlines at a fixed length (DedeCMS's 20 or 30 characters by default); a headline this long may
#: have been cut, and its whole form, up to this many times longer, may open the text.
CUT_HEADLINE_MIN = 12
CUT_HEADLINE_GROWTH = 2
# (a cut headline's whole form says no clause after a comma: 现象，如图 opens a sentence)
_CLAUSE_MARKS = re.compile(r"[，,；;]")


def drop_repeated_headline(doc: Document, blocks: list[Block], anchor: int) -> None:
    """Label the body's repeat of the headline (``茉莉：我是怎样卷入八九民运的`` then ``我是怎样卷入八九民运的``), and
    the whole headline that opens the text under a headline cut by the site's length limit (DedeCMS's
    ``西安市统战部史部长与市工商联一行莅临我会参`` over ``西安市统战部史部长与市工商联一行莅临我会参观指导工作``)."""
    title = _norm(blocks[anchor].text)
    for b in blocks[anchor + 1: anchor + 3]:
        n = _norm(b.text)
        if (len(n) >= HEADLINE_MIN_CHARS and n in title) or whole_cut_headline(title, b.text):
            doc.remove_block(b, "title", "repeated_headline")


def whole_cut_headline(title: str, line: str) -> bool:
    """Whether ``line`` is the whole form of the normalised headline ``title`` that the site cut at its length limit:
    it opens with it and goes on as a headline, not as a sentence opening with it.

    >>> cut = _norm("西安市统战部史部长与市工商联一行莅临我会参")
    >>> whole_cut_headline(cut, "西安市统战部史部长与市工商联一行莅临我会参观指导工作")
    True
    >>> whole_cut_headline(_norm("Windows 10 2004更新蓝屏"), "Windows 10 2004更新蓝屏现象，如图")
    False
    """
    if len(title) < CUT_HEADLINE_MIN or not looks_like_headline(line):
        return False
    n = _norm(line)
    return n.startswith(title) and len(n) <= len(title) * CUT_HEADLINE_GROWTH and not _CLAUSE_MARKS.search(line)
