"""Record.signals: each figure against a hand count on text we wrote, and on real records."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import webclean
from webclean.corpus import page_signals, record_figures
from webclean.corpus.shingles import SAMPLE_CHARS, han_in_kept, kept_chars, ngram_hashes
from webclean.corpus.signals import (
    count_chars,
    duplicate_paragraphs,
    punctuation_chars,
    removal_shares,
    repair_counts,
    repeated_ngram_chars,
)
from webclean.record import Record, Removal, Repair, Signals

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEED = ROOT.parent / "shared" / "seeds" / "000_24ff825ab72e5945.txt"


def test_han_punctuation_and_length_against_a_hand_count():
    # 春天来了，花开了。 -> 7 Han, 2 marks; "GDP增长5%" -> 3 letters, 2 Han, 1 digit, 1 mark
    paragraphs = ("春天来了，花开了。", "GDP增长5%")
    s = page_signals(paragraphs, (), ())
    assert s.chars == 9 + 7
    assert s.han_share == round(9 / 16, 4)
    assert s.punctuation_share == round(3 / 16, 4)
    assert s.mean_paragraph_chars == 8.0


def test_whitespace_is_not_counted():
    assert count_chars("第一段 正文\n\t第二段\u3000\xa0") == 8
    assert page_signals(("一 二 三",), (), ()).chars == 3


def test_full_width_letters_are_not_han():
    assert han_in_kept(kept_chars("ＧＤＰ增长５％，ｇｄｐ")) == 2


def test_punctuation_covers_cjk_ascii_and_general_marks_but_not_symbols():
    assert punctuation_chars("“引号”《书名》【括号】、—…,.!?") == 13
    assert punctuation_chars("".join(__import__("string").punctuation)) == 32
    assert punctuation_chars("￥100 ℃ → ©") == 0


def test_an_empty_body_gives_zero_shares_not_a_division_error():
    s = page_signals((), (Removal("navigation", "首页 | 新闻", "nav"),), ())
    assert (s.chars, s.han_share, s.mean_paragraph_chars, s.duplicate_lines) == (0, 0.0, 0.0, 0.0)
    assert s.boilerplate_share == 1.0


def test_duplicate_lines_are_gopher_line_fractions():
    paragraphs = ["点击查看原文", "今天的会议讨论了三件事。", "点击查看原文", "点击查看原文"]
    assert duplicate_paragraphs(paragraphs) == (2, 12)
    s = page_signals(tuple(paragraphs), (), ())
    assert s.duplicate_lines == 0.5
    assert s.duplicate_line_chars == round(12 / (6 * 3 + 12), 4)


def test_repeated_ngrams_cover_the_repeating_characters_once():
    text = "春眠不觉晓处处闻啼鸟" + "夜来风雨声" + "春眠不觉晓处处闻啼鸟"     # a 10-character line said twice
    five, ten = repeated_ngram_chars(ngram_hashes(text, 5), 5, 10)
    assert (five, ten) == (10, 10)
    s = page_signals((text,), (), ())
    assert s.duplicate_5gram_chars == s.duplicate_10gram_chars == round(10 / 25, 4)


def test_a_short_repeat_counts_for_five_grams_only():
    text = "会议强调指出" + "今天天气很好" + "会议强调指出" + "明天还要下雨"
    s = page_signals((text,), (), ())
    assert s.duplicate_5gram_chars == round(6 / 24, 4) and s.duplicate_10gram_chars == 0.0


def test_fresh_prose_has_no_repeats():
    s = page_signals(("东街社区把闲置多年的空地改成了一片菜园，三十多户居民领到了自己的小菜畦。",), (), ())
    assert s.duplicate_5gram_chars == s.duplicate_10gram_chars == 0.0


def test_repetition_ignores_punctuation_and_script():
    # the same sentence in Simplified and in Traditional with other punctuation is a repeat
    s = page_signals(("会议强调，要创新基层治理模式。", "會議強調:要創新基層治理模式!"), (), ())
    assert s.duplicate_5gram_chars == 0.5


def test_repetition_is_measured_on_the_sample_only():
    fresh = "".join(chr(0x4E00 + i) for i in range(SAMPLE_CHARS))
    s = page_signals((fresh, fresh), (), ())
    assert s.duplicate_5gram_chars == 0.0           # the repeat lies past the sample
    assert s.duplicate_lines == 0.5                 # the line figures see the whole body


def test_spam_and_boilerplate_shares_leave_metadata_out_of_both():
    removed = [Removal("spam", "澳门赌场官网", "keyword_stuffed_line"), Removal("navigation", "首页|新闻|财经", "nav"),
               Removal("hidden", "隐藏", "hidden_css_class"), Removal("title", "标题", "headline_block"),
               Removal("byline", "作者：某某", "credit_line")]
    spam, boilerplate = removal_shares(removed, 10)
    page = 10 + 6 + 8 + 2 + 2 + 5
    assert (spam, boilerplate) == (round(6 / page, 4), round(10 / page, 4))


def test_repair_counts_by_kind_with_summary_events():
    repairs = [Repair("mojibake", "涓枃", "中文", "text[0:2]", "utf-8>gbk"),
               Repair("mojibake", "鍙戝竷", "发布", "text[9:11]", "utf-8>gbk"),
               Repair("pinyin_annotation", "網(wǎng)", "網", "text[1:8]", "reading_of_previous_char"),
               Repair("pinyin_annotation", "評(píng) …", "評 …", "57 more annotations", "reading_of_previous_char"),
               Repair("lost_character", "?(chuàng)", "創", "text[3:12]", "reading_and_word_context"),
               Repair("script", "網站", "网站", "paragraph 0", "machine_converted_to_simplified:pinyin"),
               Repair("punctuation", "a,b", "a，b", "paragraph 0", "punctuation_cjk"),
               Repair("irrecoverable", "锟斤拷", "锟斤拷", "text[0:3]", "lossy_marker")]
    assert repair_counts(repairs) == {"mojibake_repairs": 2, "pinyin_repairs": 58, "lost_character_repairs": 1,
                                      "script_repairs": 1, "punctuation_repairs": 1, "irrecoverable": 1}


def test_every_record_carries_signals_and_they_survive_json():
    rec = webclean.clean((FIXTURES / "text" / "spam_keyword_line_top.txt").read_bytes())
    assert isinstance(rec.signals, Signals) and rec.signals.spam_share > 0.05
    back = Record.from_dict(json.loads(rec.to_json()))
    assert back.signals == rec.signals and back.fingerprint == rec.fingerprint


def test_spam_share_is_zero_on_a_clean_page_and_high_on_a_spam_only_page():
    clean = webclean.clean((FIXTURES / "text" / "clean_simple_page.txt").read_bytes())
    spam = webclean.clean((FIXTURES / "text" / "spam_only_page.txt").read_bytes())
    assert clean.signals.spam_share == 0.0 and clean.signals.han_share > 0.7
    assert spam.signals.spam_share > 0.5 and spam.signals.chars == 0


def test_repairs_show_in_the_counts_of_a_mirror_page():
    rec = webclean.clean((FIXTURES / "text" / "mirror_pinyin_epoch_full.txt").read_bytes())
    assert rec.signals.pinyin_repairs > 0 and rec.signals.script_repairs > 0
    assert rec.signals.pinyin_repairs == repair_counts(rec.repairs)["pinyin_repairs"]


@pytest.mark.skipif(not SEED.is_file(), reason="../shared is absent")
def test_the_seed_page_signals():
    rec = webclean.clean(SEED.read_bytes())
    s = rec.signals
    assert s.spam_share > 0 and s.pinyin_repairs > 100 and s.lost_character_repairs >= 1 and s.script_repairs > 0
    assert 0.75 < s.han_share < 0.95 and s.duplicate_lines == 0.0


def test_a_failed_record_still_has_signals_of_what_it_kept():
    def boom(doc, opts):
        doc.paragraphs = ["第一段正文，内容足够长，说明了事情的经过与结果。"]
        raise RuntimeError("boom")

    rec = webclean.Cleaner(stages=(("boom", boom),)).clean("x")
    assert rec.error and rec.signals.chars > 0


def test_record_figures_and_page_signals_agree():
    paragraphs = ("第一段正文，内容足够长，说明了事情的经过与结果。", "第二段继续说明各方的回应和下一步的安排。")
    removed = (Removal("spam", "澳门赌场", "r"),)
    assert record_figures(paragraphs, removed, ())[0] == page_signals(paragraphs, removed, ())
