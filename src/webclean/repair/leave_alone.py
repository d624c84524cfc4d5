"""What the mojibake repair must not touch: each a named test that flags a span instead of rewriting it.

- mojibake quoted on purpose, in text about encodings (``文件名变成了“鏂板缓鏂囦欢澶”这样的乱码``);
- text in other scripts: a reconstruction that gives Korean, Japanese, Greek or Cyrillic, and Korean,
  Japanese or Greek bytes read as Latin or GBK, are not turned into Chinese;
- garbling no reading undoes (several rounds of UTF-8 read as GBK: ``闂傚倸鍊搁崐``).

>>> mentions_encoding("解压后文件名变成了乱码"), mentions_encoding("今天天气很好")
(True, False)
>>> foreign_letters_share("안녕하세요") > 0.9
True
"""
from __future__ import annotations

import re

from ..core.plausibility import text_badness, word_pair_share
from ..core.vocabulary import alternation, read_vocabulary
from .garble_gate import ODD_RE

__all__ = ["mentions_encoding", "quoted", "foreign_letters_share", "foreign_reading", "looks_beyond_repair",
           "other_script_text", "other_script_words"]

_ENCODING_TOPIC_RE = re.compile(f"{alternation(read_vocabulary('encoding_words.txt'))}"
                                f"|(?i:{alternation(read_vocabulary('encoding_words.txt', 'latin'))})")


def mentions_encoding(line: str) -> bool:
    """Whether a line talks about encodings or garbled text: mojibake in it is likely quoted on purpose.
    Markup that names a charset (``<text title="¶þÊ®Èý" encoding="gb2312">``, ``charset=gbk``) talks about
    nothing: tags and ``charset=`` values are left out first.

    >>> mentions_encoding("把GBK编码的页面当成了西欧编码"), mentions_encoding("Ö¤È¯")
    (True, False)
    >>> mentions_encoding('<text title="¶þÊ®Èý¡¢¸ÐÔÞ" encoding="gb2312">')
    False
    """
    if _ENCODING_TOPIC_RE.search(line) is None:
        return False
    return _ENCODING_TOPIC_RE.search(_MARKUP_RE.sub(" ", line)) is not None


# Tags, and charset declarations outside them (an HTTP header copied into a page).
_MARKUP_RE = re.compile("<[^<>]*>|(?i:(?:charset|encoding)\\s*=\\s*[\"']?[\\w-]*[\"']?)")


_OPENING = "“‘「『《〈\"'（(【"
_CLOSING = "”’」』》〉\"'）)】"


def quoted(line: str, start: int, end: int) -> bool:
    """Whether ``line[start:end]`` stands between a pair of quotation marks or brackets (allowing the span
    to take in the marks themselves).

    >>> quoted("文件名变成了“鏂板缓鏂囦欢澶”这样的乱码", 7, 14), quoted("鏂板缓鏂囦欢澶", 0, 7)
    (True, False)
    """
    before = line[start - 1] if start > 0 else ""
    after = line[end] if end < len(line) else ""
    if before and before in _OPENING and after and after in _CLOSING:
        return True
    inner = line[start:end]
    return len(inner) >= 2 and inner[0] in _OPENING and inner[-1] in _CLOSING


# Letters of the scripts whose garbled text must not become Chinese.
_FOREIGN_LETTER_RE = re.compile("[\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_CJK_OR_LETTER_RE = re.compile("[\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
                               "\u3400-\u9fff\uf900-\ufaff]")
#: Share of Greek, Cyrillic, kana or Hangul among the letters of a reconstruction at which it is text in
#: another script: Japanese has kanji too, but kana are at least a third of any Japanese sentence.
FOREIGN_SHARE = 0.3


def foreign_letters_share(text: str) -> float:
    """Share of Greek, Cyrillic, kana and Hangul among the letters and hanzi of ``text``.

    >>> foreign_letters_share("本日は晴天に恵まれ") > FOREIGN_SHARE > foreign_letters_share("今天天气很好")
    True
    """
    letters = len(_CJK_OR_LETTER_RE.findall(text))
    return len(_FOREIGN_LETTER_RE.findall(text)) / letters if letters else 0.0


_HIRAGANA_RUN_RE = re.compile("[\u3041-\u309f]{2,}")
_KANA_RE = re.compile("[\u3040-\u30ff]")
_HANGUL_RE = re.compile("[\uac00-\ud7a3]")
#: Runs of two or more hiragana that make a text Japanese: every Japanese sentence of our controls has
#: four or more, Big5 read as GBK (whose commonest characters have the lead bytes of GBK's kana)
#: scatters kana among hanzi but strings at most one such run (measured on the public cases) ...
JAPANESE_RUNS = 3
#: ... or two runs where kana are this share of the letters.
JAPANESE_KANA_SHARE = 0.4


#: Greek or Cyrillic letters in a row that make a word: Big5 read as GBK gives a Greek or Cyrillic letter
#: for each Big5 character with lead A6 or A7, but hardly ever three in a row.
SCRIPT_WORD = 3
_GREEK_OR_CYRILLIC_WORD_RE = re.compile(f"[\u0370-\u03ff\u0400-\u04ff]{{{SCRIPT_WORD},}}")


def other_script_words(text: str) -> list[tuple[int, int]]:
    """Spans of Greek or Cyrillic words in ``text`` (a language menu's ``Русский язык``): text as it stands.

    >>> other_script_words("<li>Русский язык</li>"), other_script_words("閒册Жㄉ帝他")
    ([(4, 11), (12, 16)], [])
    """
    return [m.span() for m in _GREEK_OR_CYRILLIC_WORD_RE.finditer(text)]


def other_script_text(text: str) -> bool:
    """Whether ``text`` is Japanese or Korean as it stands, or holds Greek or Cyrillic words (so no
    two-byte reading of it is tried).

    >>> other_script_text("このソフトウェアは文字化けを自動的に修正します。"), other_script_text("閒册だㄉ帝他")
    (True, False)
    >>> other_script_text("오늘 서울의 날씨는 맑고"), other_script_text("今天天气很好"), other_script_text("Русский")
    (True, False, True)
    """
    if _GREEK_OR_CYRILLIC_WORD_RE.search(text):
        return True
    runs = len(_HIRAGANA_RUN_RE.findall(text))
    letters = max(1, len(_CJK_OR_LETTER_RE.findall(text)))
    if runs >= JAPANESE_RUNS or (runs >= 2 and len(_KANA_RE.findall(text)) >= JAPANESE_KANA_SHARE * letters):
        return True
    return len(_HANGUL_RE.findall(text)) >= FOREIGN_SHARE * letters


# How the garbled bytes of other scripts look: Korean (EUC-KR), Japanese (Shift_JIS) and Greek (cp1253)
# written out and read as Latin-1/cp1252 or GBK. Each is tried with the C codecs only.
_FOREIGN_CODECS = (("korean", "cp949"), ("japanese", "shift_jis"), ("greek", "cp1253"),
                   ("korean", "utf-8"), ("japanese", "utf-8"), ("greek", "utf-8"))
#: A foreign decode must turn this share of the span's non-ASCII characters into its letters: Korean
#: reads back as Hangul nearly throughout, where GBK bytes read as EUC-KR give Hangul and Hanja mixed.
FOREIGN_DECODE_SHARE = 0.85
#: ... and hold this many of its letters at least: two GBK characters read as Latin (``ÈÕ ¼Ç``, 日 记, a
#: menu word) read as two Hangul syllables with a space between them, like Korean.
FOREIGN_MIN_LETTERS = 4
#: Korean and Greek separate words with spaces: at least one space per this many letters (GBK bytes
#: read as cp1253 are nearly all Greek letters too, but never spaced like words).
LETTERS_PER_SPACE = 12
#: Japanese sentences are at least this share kana (GBK bytes read as Shift_JIS give kanji and half-width
#: kana, hardly any full-width kana).
KANA_SHARE = 0.25
#: Greek text is mostly lower-case letters with accents (ά-ώ) at least at this share of its letters; other
#: bytes read as cp1253 give capitals and unaccented letters as often.
GREEK_LOWER_SHARE = 0.6
_LETTERS = {"korean": re.compile("[\uac00-\ud7a3]"), "japanese": re.compile("[\u3040-\u30ff\u4e00-\u9fff]"),
            "greek": re.compile("[\u0370-\u03ff]")}
_KANA = re.compile("[\u3040-\u30ff]")
_GREEK_LOWER = re.compile("[\u03ac-\u03ce]")


def foreign_reading(data: bytes) -> str | None:
    """The script whose charset reads ``data`` (the bytes behind a garbled span) as its own text: Korean,
    Japanese or Greek; None when none does.

    >>> foreign_reading("오늘 서울의 날씨는 맑고 기온은".encode("euc-kr"))
    'korean'
    >>> foreign_reading("今天天气很好".encode("gbk")) is None
    True
    >>> foreign_reading("Η συνάντηση της επιτροπής".encode("cp1253"))
    'greek'
    >>> foreign_reading("Η συνάντηση της επιτροπής".encode("utf-8"))
    'greek'
    """
    for script, codec in _FOREIGN_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        high = sum(ord(c) >= 0x80 for c in text)
        letters = len(_LETTERS[script].findall(text))
        if letters < FOREIGN_MIN_LETTERS or letters < FOREIGN_DECODE_SHARE * high:
            continue
        if script == "japanese" and len(_KANA.findall(text)) >= KANA_SHARE * high:
            return script
        spaced = text.count(" ") * LETTERS_PER_SPACE >= letters
        if script == "korean" and spaced:
            return script
        if script == "greek" and spaced and len(_GREEK_LOWER.findall(text)) >= GREEK_LOWER_SHARE * letters:
            return script
    return None


#: Mean character cost at which a span is garbled beyond doubt (garbled text scores 3-5, real Chinese 0-1,
#: a line with a rare name about 1) ...
BEYOND_REPAIR_BADNESS = 3.0
#: ... over at least this many characters ...
BEYOND_REPAIR_MIN = 8
#: ... nearly all different (garbling spreads bytes over many characters; a rare name written three times
#: in a page's markup, 金旻锺, repeats its few) ...
BEYOND_REPAIR_DISTINCT = 0.6
#: ... of which at least this share are odd (multi-round garbage is nearly all odd) ...
BEYOND_REPAIR_ODD_SHARE = 0.6
#: ... and at most this share of the hanzi make words.
BEYOND_REPAIR_WORD_SHARE = 0.2


def looks_beyond_repair(text: str) -> bool:
    """Whether a span no reading could undo is still plainly garbled (to flag it, not to rewrite it).

    >>> looks_beyond_repair("闂傚倸鍊搁崐鎼佸磹閹间礁纾归柟"), looks_beyond_repair('金锺旼">金锺旼</a>连线')
    (True, False)
    """
    high = [c for c in text if c >= "\x80"]
    non_ascii = len(high)
    if non_ascii < BEYOND_REPAIR_MIN or len(set(high)) < BEYOND_REPAIR_DISTINCT * non_ascii:
        return False
    if text_badness(text) < BEYOND_REPAIR_BADNESS:
        return False
    if len(ODD_RE.findall(text)) < BEYOND_REPAIR_ODD_SHARE * non_ascii:
        return False
    return word_pair_share(text) <= BEYOND_REPAIR_WORD_SHARE
