"""Bytes lost after a Latin reading of GBK or Big5: what the text says they were, and what a hole costs."""
from __future__ import annotations

import difflib
import re

import pytest

from webclean.repair.lost_bytes import (
    MIN_SPLICE_LOST,
    SPLICE_DOUBT_COST,
    doubt_spliced_pairs,
    lost_without_trace,
    may_be_spliced,
)
from webclean.repair.mojibake import (
    SPLICE_LOSS_SHARE,
    Hypothesis,
    latin_hypotheses,
    may_hide_a_second_round,
    mixed_pairs_may_hide_soft_hyphens,
    repair_text,
    without_spliced_pairs,
)
from webclean.repair.reconstruct import (
    BIG5,
    CP1252_UNDEFINED,
    GBK,
    LATIN,
    LATIN_LOST,
    LATIN_STRICT,
    MIXED,
    SOFT_HYPHEN,
    STRIPPED_PRICE,
    UTF8,
    Hole,
    Reconstruction,
    Undecided,
    reconstruct,
    reconstruction_cost,
    stripped_bytes,
    with_stripped_bytes,
)

_C1 = re.compile("[\x80-\x9f]")


def latin1_c1_lost(text: str) -> str:
    """``text`` in GBK read as Latin-1, its C1 controls stripped since (as text extraction does)."""
    return _C1.sub("", text.encode("gbk").decode("latin-1"))


def soft_hyphens_lost(text: str, codec: str) -> str:
    """``text`` in ``codec`` read as cp1252, its soft hyphens stripped since."""
    return text.encode(codec).decode("cp1252", "ignore").replace("\xad", "")


def wrong_characters(garbled: str, out: str, original: str) -> list[str]:
    """Characters ``out`` wrote that are neither kept from ``garbled`` nor where ``original`` has them
    (U+FFFD, a character marked lost, is never wrong): the benchmark's count, as a list."""
    written = set(range(len(out)))
    for reference in (garbled, original):
        for _, b, size in difflib.SequenceMatcher(None, reference, out, autojunk=False).get_matching_blocks():
            written -= set(range(b, b + size))
    return [out[j] for j in sorted(written) if out[j] != "\ufffd"]


@pytest.mark.parametrize("line, source, expected", [
    # Traditional text in GBK read as Latin-1, its C1 bytes lost: 營 A0 49 and 謝 D6 78 are left as pairs
    # outside GB2312 (``\xa0I``, ``Öx``), and no byte of 0x80-0x9F shows anywhere
    (latin1_c1_lost("露營圖文訊息 謝謝"), GBK, LATIN_LOST),
    # one such pair alone says little: a third of them hold no C1 byte (硏 B3 78, read byte for byte)
    ("脸红的拉面硏究所".encode("gbk").decode("latin-1"), GBK, SOFT_HYPHEN),
    # the same text read as cp1252 keeps those bytes as its letters (‚ for 0x82 ...): it lost a soft
    # hyphen or one of the five bytes cp1252 leaves undefined (81 8D 8F 90 9D), which no trace tells apart
    (soft_hyphens_lost("露營圖文訊息們", "gbk"), GBK, CP1252_UNDEFINED | {SOFT_HYPHEN}),
    # ... unless those five show too (here as U+FFFD): then only soft hyphens can be missing
    (soft_hyphens_lost("露營圖文訊息們", "gbk") + "\ufffd", GBK, SOFT_HYPHEN),
    # a Latin-1 reader that kept its C1 controls lost nothing but soft hyphens either
    ("露營圖文訊息們".encode("gbk").decode("latin-1"), GBK, SOFT_HYPHEN),
    # Ž after a "UTF-8 first" reading is C5 BD (of 杜江), no cp1252 letter for 0x8E: no evidence
    ("ÕԲýÎġ¢¶Ž¡¢Ñî¼Ǿü", GBK, SOFT_HYPHEN),
    # GB2312 text holds no byte below 0xA1: nothing but a soft hyphen can be missing from it
    (latin1_c1_lost("经过数据库的索引"), GBK, SOFT_HYPHEN),
    # full-width punctuation before ASCII is no pair outside GB2312 (）ICSS)
    ("£©ICSS:MV", GBK, SOFT_HYPHEN),
    # Big5 has no byte in 0x80-0xA0
    (soft_hyphens_lost("大韓民國 水原站", "big5"), BIG5, SOFT_HYPHEN),
])
def test_stripped_bytes_reads_what_the_line_lost(line, source, expected):
    assert stripped_bytes(line, source) == expected


def test_c1_lost_traditional_text_writes_no_character_a_soft_hyphen_would_make():
    """盛來運、閻芳 in GBK read as Latin-1 without its C1 bytes: read as a text that lost soft hyphens, a
    byte put back as 0xAD made 憝 for 來 and 迎 for 計; those bytes were C1 bytes, and the word list
    decides none of them, so they stay U+FFFD."""
    original = "盛來運、閻芳（國家統計局）種糧？不種糧？——關於糧食主產區農民增收問題的調查分析"
    garbled = latin1_c1_lost(original)
    out = repair_text(garbled)
    assert wrong_characters(garbled, out, original) == []
    assert "統計局" in out and "農民增收" in out  # what the bytes decide still comes back


def test_cp1252_text_that_dropped_undefined_bytes_writes_no_character_a_soft_hyphen_would_make():
    """有愛 (D3 D0 90 DB) read by a cp1252 reader that drops 0x90 is ``ÓÐÛ``: as a text that lost soft
    hyphens, 0xAD put back made 迎雄 (D3 AD D0 DB). The line shows cp1252 letters (€ for 還's 0x80), so
    the lost byte may be any of cp1252's five undefined ones as well: 愛 stays U+FFFD, 有 comes back."""
    original = "2005年\t星星,風,陽光還有愛情\t金鍾國"
    garbled = original.encode("gbk").decode("cp1252", "ignore")
    out = repair_text(garbled)
    assert wrong_characters(garbled, out, original) == []
    assert out.startswith("2005年\t星星,風,陽光還有")


def test_a_hole_with_one_candidate_costs_what_its_character_does():
    """Big5 原 (AD EC) read as cp1252 with its soft hyphen stripped: the lost lead can only be 0xAD, so
    the hole is 原 without doubt, and the path through it must not pay HOLE_DOUBT and lose to another."""
    hole = Hole((LATIN_LOST, 0xEC), "big5")
    assert hole.candidates() == ("原",)
    original = "2018年12月1日\t大韓民國 水原站\t樂天百貨水原店"
    assert repair_text(soft_hyphens_lost(original, "big5")) == original


def test_a_character_that_depends_on_where_a_lost_byte_stood_is_not_written():
    """內文 (83 C8 CE C4) read as Latin-1 without its C1 bytes is ``ÈÎÄ``: the lost byte may stand before
    È (a hole, then 文) or after Ä (任, then a hole), at the same cost, and the best path had 任. Its bytes
    are known only if the loss stood after Ä, which nothing says, and no word holds 任 there: U+FFFD."""
    original = "內文有不定期的更新旅遊、露營圖文訊息 謝謝!"
    garbled = latin1_c1_lost(original)
    out = repair_text(garbled)
    assert wrong_characters(garbled, out, original) == []
    assert out.startswith("\ufffd\ufffd有不定期的更新旅遊、露營")


def test_a_contested_hole_keeps_what_the_words_vouch_for():
    """经过 with its soft hyphen lost is ``¾¹ý`` (BE B9 FD): the lost byte may stand after ``¾`` (经?
    then 过) or after ``ý`` (竟, then a hole). The word list holds 经过 (the hole read as 经), not 竟
    and a hole: 过 is kept, and the hole is filled from the words."""
    rec = reconstruct("¾¹ý", LATIN, GBK)
    assert rec is not None and rec.pieces[1] == "过"
    assert repair_text("ÎÒÃÇ¾¹ýÁËÕâ¸ö³ÇÊÐ") == "我们经过了这个城市"


def test_garbage_a_lost_byte_left_is_not_undone_as_another_round():
    """飛機 in Big5 (AD B8 BE F7) read as cp1252 with its soft hyphens stripped: the first round reads the
    misaligned bytes as garbage (蜀...), and a second round, as GBK read as Big5, turned that into other
    characters (蜀髐阞贗O for 飛機升空是). Over GBK or Big5 bytes there is no second round."""
    assert not may_hide_a_second_round(Hypothesis(LATIN, BIG5))
    assert may_hide_a_second_round(Hypothesis(LATIN_STRICT, UTF8))
    original = ("飛機升空是飛機的航速、高度和攻角作用的結果。這三個因素共同使飛機飛行，在談論飛機做機動動作時，"
                "也應該同時考慮這三個因素。")
    garbled = soft_hyphens_lost(original, "big5")
    out = repair_text(garbled)
    assert "蜀" not in out
    assert out.startswith("飛機升空是飛機的航速、高度和攻角作用的結果。")


def test_a_line_that_kept_its_soft_hyphens_shows_what_else_it_lost():
    """GBK read as cp1252 that drops its undefined bytes (節 B9 9D, 來 81 ED) and keeps its soft hyphens
    (汰 CC AD): a lost byte is one of those five, and cheap to assume. At the price of a byte assumed
    without evidence, the pairs the losses misaligned read as cheaper text: 在鼓俊峨[藏 for 在節目《隱藏,
    碓诘谝惠喬蕴 for 來在第一輪淘汰."""
    original = ("金鍾國擁有男歌手罕有的中高音域，且聲線獨特擁有極高的辨認度，在節目《隱藏的歌手》中，"
                "金鍾國成為開播以來在第一輪淘汰賽裡首位以0票淘汰票成為淘汰票數最低的挑戰者。")
    garbled = original.encode("gbk").decode("cp1252", "ignore")
    assert "\xad" in garbled
    out = repair_text(garbled)
    assert wrong_characters(garbled, out, original) == []
    assert "《隱藏的歌手》中，金鍾國成為開播以" in out and "在第一輪淘汰賽" in out
    # the reading the line calls for: cp1252's five undefined bytes, at STRIPPED_PRICE
    kept = with_stripped_bytes(LATIN, garbled)
    assert kept.dropped == CP1252_UNDEFINED and kept.dropped_price == STRIPPED_PRICE
    # without its soft hyphens the line may have lost them too; a "UTF-8 first" reading is left as it is
    assert with_stripped_bytes(LATIN, garbled.replace("\xad", "")).dropped == CP1252_UNDEFINED | {SOFT_HYPHEN}
    assert with_stripped_bytes(MIXED, garbled.replace("\xad", "")) is MIXED


def test_a_latin_1_line_that_lost_its_c1_bytes_is_searched_for_them():
    """療 (AF 9F) read as Latin-1 without its C1 bytes leaves ``¯``; read as it stands, ``¯`` and the
    next byte made 炉 (化炉 for 化療), cheaper than a byte assumed lost at ASSUMED_LOST_BYTE. The line
    shows C1 bytes stripped, so the plain reading assumes them at STRIPPED_PRICE too: U+FFFD, no 炉."""
    original = ("美國臨床腫瘤學會（ASCO）第40屆年會今年6月8日落幕。據會議透露的訊息表明，“最受矚目的依然是化療新藥”。"
                "與會的2.5萬名各國腫瘤學者無一例外地把注意力投放在化療的突破上。但是，就在6月4 日，中國的一位年輕的醫生"
                "微笑著告訴記者：被稱之為最缺乏手術根治信心的肺癌，“我的手術病人很大一部分術後可以不做放、化療了。”")
    garbled = latin1_c1_lost(original)
    out = repair_text(garbled)
    assert wrong_characters(garbled, out, original) == []
    assert "投放在化\ufffd的突破上" in out


def test_a_clean_utf8_first_reading_is_weighed_against_lost_soft_hyphens():
    """地点：经济学院 in GBK read "UTF-8 first, else cp1252", its soft hyphens stripped: 经 (BE AD) left ``¾``,
    which the reader may also have written for C2 BE (戮). Read so, 点：戮济学院 looks plain, and was
    kept; with the soft hyphen back it is 经济学院."""
    assert mixed_pairs_may_hide_soft_hyphens("gbk>mixed", latin_hypotheses("ÏÔʾ"))
    assert not mixed_pairs_may_hide_soft_hyphens("gbk>latin-1", latin_hypotheses("ÏÔʾ"))
    original = "地  点：经济学院第二教学楼301"
    garbled = "µØ  µ㣺¾¼ÃѧԺµڶþ½Ìѧ¥301"  # (the reader's UTF-8 for 点： is 㣺, E3 A3 BA)
    assert repair_text(garbled) == original


def test_a_pair_two_lost_bytes_may_have_spliced_is_not_written():
    """電價 (EB 8A 83 72) in GBK read as Latin-1 and stripped of its C1 bytes is left as EB 72, 雛: a valid
    pair, cheaper read as it stands than the two holes it hides. Where the line shows such bytes lost, a
    rare pair the word list does not vouch for is written as U+FFFD."""
    for original in ("今年的電價上調以後，工廠的電費明顯增加了。", "超發電價的上調意味著銷售電價上漲。"):
        garbled = latin1_c1_lost(original)
        out = repair_text(garbled)
        assert "雛" not in out and "\ufffd" in out
        assert wrong_characters(garbled, out, original) == []


def test_which_pairs_may_be_spliced():
    # a splice needs two lost bytes side by side: where a line lost only cp1252's five undefined bytes
    # and soft hyphens, too rare to doubt every pair for
    assert len(CP1252_UNDEFINED | {SOFT_HYPHEN}) < MIN_SPLICE_LOST <= len(LATIN_LOST)
    assert may_be_spliced("雛", LATIN_LOST)
    assert not may_be_spliced("雛", CP1252_UNDEFINED | {SOFT_HYPHEN})
    # common characters (發 GBK/4, 的 GB2312) are what real text holds: read as they stand
    assert reconstruction_cost("發") < SPLICE_DOUBT_COST <= reconstruction_cost("雛")
    assert not may_be_spliced("發", LATIN_LOST) and not may_be_spliced("的", LATIN_LOST)
    # the word list vouches for a rare pair in a word (杜鹃花: 鵑 read as it stands is kept)
    assert may_be_spliced("鵑", LATIN_LOST)
    assert doubt_spliced_pairs(["杜鵑花"], LATIN_LOST) == ("杜", "鵑", "花")
    assert doubt_spliced_pairs(["小鵑家"], LATIN_LOST) == ("小", Undecided("鵑", ""), "家")
    # only a reading that lost such bytes (the line shows them stripped) doubts anything
    assert lost_without_trace(LATIN) == frozenset()
    assert doubt_spliced_pairs(["小鵑家"], lost_without_trace(LATIN)) == ("小鵑家",)


def test_pairs_are_doubted_only_where_the_span_shows_enough_lost_bytes():
    """A GBK page read whole as Latin-1 keeps every byte, yet its pairs outside GB2312 can make the line
    look as if it lost its C1 bytes (stripped_bytes): there a byte assumed here and there is a misreading,
    and the rare pairs around it (耻 of 无耻) stay as read. A span that shows lost bytes densely (Traditional
    text stripped of its C1 bytes) has them doubted."""
    reading = with_stripped_bytes(LATIN, latin1_c1_lost("露營圖文訊息 謝謝"))
    assert reading.dropped == LATIN_LOST
    hypothesis = Hypothesis(reading, GBK)
    text = "小鵑家" + "的" * 97
    few = int(SPLICE_LOSS_SHARE * len(text)) - 1
    many = int(SPLICE_LOSS_SHARE * len(text)) + 1
    assert without_spliced_pairs(text, Reconstruction((text,), 0.0, few), hypothesis, frozenset()) == text
    assert without_spliced_pairs(text, Reconstruction((text,), 0.0, many), hypothesis, frozenset()) == (
        "小\ufffd家" + "的" * 97)
    # a reading that lost no such bytes doubts nothing, however many it assumed
    plain = Hypothesis(LATIN, GBK)
    assert without_spliced_pairs(text, Reconstruction((text,), 0.0, many), plain, frozenset()) == text
