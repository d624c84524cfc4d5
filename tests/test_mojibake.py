"""Mojibake repair: each heuristic alone, own fixtures (one per chain + clean controls), public cases."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from webclean.repair.lost_bytes import fill_holes
from webclean.repair.mojibake import char_cost, find_lossy_markers, repair_text, repair_text_with_repairs, text_badness
from webclean.repair.reconstruct import (
    BIG5,
    BIG5_READING,
    GBK,
    GBK_READING,
    LATIN,
    LATIN_STRICT,
    MIXED,
    UTF8,
    Hole,
    reconstruct,
)
from webclean.repair.regions import decoded_regions, latin_regions, pair_regions

ROOT = Path(__file__).parents[1]
SHARED = ROOT / ".." / "shared" / "mojibake" / "cases.jsonl"
OWN = [json.loads(line) for line in (ROOT / "fixtures" / "mojibake" / "cases.jsonl").read_text("utf-8").split("\n")
       if line.strip()]


def test_char_cost_orders_real_before_garbled():
    assert char_cost("中") < char_cost("鍙") < char_cost("\x8c")
    assert char_cost("a") == 0.0


def test_text_badness_separates_real_and_garbled():
    assert text_badness("中文网页") < 1.0 < 3.0 < text_badness("涓枃缃戦〉")


def test_reconstruct_exact_readings():
    assert reconstruct("ä¸­æ–‡", LATIN_STRICT, UTF8).text() == "中文"
    assert reconstruct("ÖÐÎÄÍøÒ³", LATIN, GBK).text() == "中文网页"
    assert reconstruct("¤¤¤å", LATIN, BIG5).text() == "中文"
    assert reconstruct("鍙戝竷", GBK_READING, UTF8).text() == "发布"
    assert reconstruct("Café", LATIN_STRICT, UTF8) is None  # 'é' alone is no UTF-8


def test_reconstruct_mixed_reader_pairs_read_as_one_byte():
    # 路 (C2 B7) and 么 (C3 B4) are valid UTF-8 pairs: a "UTF-8 first" reader writes · and ô for them
    garbled = "·ÓÉÆ÷ ÊÇʲô"
    assert reconstruct(garbled, MIXED, GBK).text() == "路由器 是什么"


def test_reconstruct_lost_bytes_become_holes():
    r = reconstruct("椋庨洦浜ゅ姞銆", GBK_READING, UTF8)  # 风雨交加。, the last byte dropped
    assert r.text() == "风雨交加\ufffd" and r.assumed == 1
    r = reconstruct("\ufffdA" + "中文".encode("big5").decode("gbk"), GBK_READING, BIG5)  # ，(A1 41) lost its lead
    assert isinstance(r.pieces[0], Hole)


def test_regions_locate_the_garbled_part():
    assert latin_regions("标题: ä¸­æ–‡ ok") == [(4, 10)]
    assert decoded_regions("今天鍙戝竷", GBK_READING, UTF8) == [(2, 5)]
    assert pair_regions("今天" + "发布了新版本".encode("gbk").decode("big5"), BIG5_READING, GBK) == [(2, 8)]


def test_find_lossy_markers():
    assert find_lossy_markers("价格锟斤拷元") == [(2, 5)]
    assert find_lossy_markers("烫烫烫烫") == [(0, 4)]


def test_holes_are_filled_only_when_the_bytes_or_words_leave_one_choice():
    any_cont = frozenset(range(0x80, 0xC0))
    # Big5 pairs never have a trail in 0x80-0x9F: a lost lead 0xAD before trail D3 can only be 個
    assert fill_holes([Hole((frozenset({0xAD}) | frozenset(range(0x80, 0xA0)), 0xD3), "big5")])[0] == "個"
    # 数?库 where a GBK reader dropped the byte (its place is known): only 数据库 is a word
    assert fill_holes(["数", Hole((0xE6, 0x8D, any_cont), "utf-8"), "库"], placed=True)[0] == "数据库"
    # 研究?法: 方法 文法 新法 ... are all words: no choice
    assert fill_holes(["研究", Hole((0xE6, 0x96, any_cont), "utf-8"), "法"], placed=True)[0] == "研究\ufffd法"


def test_a_byte_a_latin_reader_dropped_may_have_stood_anywhere_in_its_character():
    # 自动同步 as UTF-8 read as cp1252, 0x90 dropped: E5 ? 8C. Placed as E5 8C ? it reads 化 (自动化 is a
    # word); placed right it reads 同. Both places count, so neither is written.
    c1 = frozenset(range(0x80, 0xA0))
    assert fill_holes(["自动", Hole((0xE5, 0x8C, c1), "utf-8"), "步"])[0] == "自动\ufffd步"
    assert fill_holes(["自动", Hole((0xE5, 0x8C, c1), "utf-8"), "步"], placed=True)[0] == "自动化步"


@pytest.mark.parametrize("case", [c for c in OWN if c["kind"] in ("corrupt", "clean")], ids=lambda c: c["chain"])
def test_own_fixture(case):
    assert repair_text(case["input"]) == case["expected"]


@pytest.mark.parametrize("case", [c for c in OWN if c["kind"] == "lossy"], ids=lambda c: c["chain"])
def test_own_lossy_flagged_not_invented(case):
    out, repairs = repair_text_with_repairs(case["input"])
    assert any(r.kind == "irrecoverable" for r in repairs)
    allowed = set(case["input"]) | set(case["gold"]) | {"\ufffd"}
    assert set(out) <= allowed


def test_repairs_point_into_input():
    text = "通知：" + "今日发布新版指南".encode().decode("gb18030") + "，请查收。"
    out, repairs = repair_text_with_repairs(text)
    rep = repairs[0]
    a, b = map(int, rep.where[5:-1].split(":"))
    assert text[a:b] == rep.before and rep.rule == "utf-8>gbk" and rep.after in out


@pytest.mark.slow
@pytest.mark.skipif(not SHARED.exists(), reason="../shared absent")
def test_public_cases_meet_targets():
    rows = [json.loads(line) for line in SHARED.read_text("utf-8").split("\n") if line.strip()]
    per_chain: dict[str, list[int]] = {}
    damaged = invented = 0
    for r in rows:
        out = repair_text(r["input"])
        if r["kind"] == "clean":
            damaged += out != r["input"]
        elif r["kind"] == "corrupt" and r["irrecoverable"]:
            invented += bool(set(out) - set(r["input"]) - set(r["gold"]) - set("\ufffd?□"))
        elif r["kind"] == "corrupt":
            per_chain.setdefault(r["chain"], []).append(out == r["gold"])
    total = [ok for v in per_chain.values() for ok in v]
    assert damaged == 0
    assert invented == 0
    assert sum(total) / len(total) >= 0.99
    for chain, oks in per_chain.items():
        # chains with a handful of cases are held to "all but one" (one miss in 4 is 75 %)
        assert sum(oks) >= min(0.95 * len(oks), len(oks) - 1), chain


def test_fast_path_needs_two_odd_characters_close_together():
    from webclean.repair.garble_gate import _SUSPECT_PAIR_RE

    assert _SUSPECT_PAIR_RE.search("言茂松认为电价上调姗来迟") is None  # one rare name character
    assert _SUSPECT_PAIR_RE.search("鍙戝竷") is not None


def test_fast_path_passes_one_symbol_repeated():
    from webclean.repair.mojibake import looks_garbled

    # decoration: a rating, a rule, a comment banner, a GBK page's private-use indent (bytes A3A0)
    for clean in ("推荐指数：★★★★", "────────", "<!-- ☆☆☆共用meta 開始☆☆☆ -->",
                  "\ue5e5\ue5e5有一个法官，因为听见一位传道人常常说要凡事谢恩，就想试试他。"):
        assert not looks_garbled(clean), clean
    # the fill bytes of uninitialised memory stay flagged, and a garbled line with the indent is repaired
    assert looks_garbled("数据烫烫烫烫")
    garbled = "\ue5e5\ue5e5" + "今天发布了新版本".encode().decode("gb18030")
    assert repair_text(garbled) == "\ue5e5\ue5e5今天发布了新版本"


def test_lossy_span_keeps_clean_neighbours():
    garbled = "今日发布新版指南，居民可以领取宣传手册。".encode().decode("gb18030", "replace")
    out = repair_text("通知：" + garbled + "，请查收。")
    assert out.startswith("通知：今日发布新版指南，居民可以领取宣传手") and out.endswith("，请查收。")


def test_long_text_repaired_line_by_line_with_input_offsets():
    line = "今日发布新版指南".encode().decode("gb18030")
    text = "\n".join(["正文内容，没有问题。" * 30, "通知：" + line, "结尾。"])
    out, repairs = repair_text_with_repairs(text)
    assert "通知：今日发布新版指南" in out
    a, b = map(int, repairs[0].where[5:-1].split(":"))
    assert text[a:b] == repairs[0].before


def test_latin_run_keeps_latin_chains():
    text = "Café crème à la française, déjà vu."
    assert repair_text(text) == text


def test_flags_lossy_markers_without_changing_them():
    out, repairs = repair_text_with_repairs("温度：烫烫烫烫烫，正常。")
    assert out == "温度：烫烫烫烫烫，正常。"
    assert [r.kind for r in repairs] == ["irrecoverable"]


_ALPHABET = st.characters(min_codepoint=0, max_codepoint=0x10FFFF)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_never_raises_on_any_text(text):
    out, repairs = repair_text_with_repairs(text)
    assert isinstance(out, str)
    assert all(r.kind in ("mojibake", "irrecoverable", "lost_character", "flagged") for r in repairs)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严，。、：“”")))
def test_common_chinese_text_never_changes(text):
    assert repair_text(text) == text


def test_foreign_script_chars_follow_the_majority():
    from webclean.repair.mojibake import foreign_script_chars

    assert "價" in foreign_script_chars("现代经济学的基本分析框架与研究方法")
    assert "价" in foreign_script_chars("臺北市政府今天宣布擴大公共運輸補助")
    assert foreign_script_chars("2024 年") == frozenset()


def test_gbk_read_as_big5_inside_simplified_text():
    text = "1.自己预先查考圣" + "经，并填".encode("gbk").decode("big5") + "好课文中所留下的空栏。"
    assert repair_text(text) == "1.自己预先查考圣经，并填好课文中所留下的空栏。"


def test_bopomofo_gate_for_big5_read_punctuation():
    from webclean.repair.garble_gate import _SUSPECT_PAIR_RE

    assert _SUSPECT_PAIR_RE.search("圣冪ㄛ甜") is not None


def test_utf8_read_as_latin_on_latin_text_restores_accents():
    from webclean.repair.mojibake import is_latin_utf8_repair

    assert repair_text("CafÃ©, naÃ¯ve, SeÃ±or") == "Café, naïve, Señor"
    assert is_latin_utf8_repair("utf-8>cp1252", "Café") and not is_latin_utf8_repair("gbk>cp1252", "Caf茅")


def test_looks_garbled_is_the_fast_path():
    from webclean.repair.mojibake import looks_garbled

    assert not looks_garbled("今天天气很好。我们去公园散步吧！")
    assert looks_garbled("ä¸­æ–‡") and looks_garbled("正文\ufffd内容")


def test_garbled_span_in_long_paragraph_found_through_windows():
    clean = "本市今日发布了新版垃圾分类指南，居民可以在社区服务中心领取宣传手册。" * 4
    garbled = "今日发布新版指南".encode().decode("gb18030")
    assert repair_text(clean + garbled + clean) == clean + "今日发布新版指南" + clean


def test_docstring_examples():
    import doctest
    import importlib

    for name in ("repair.mojibake", "core.plausibility", "repair.garble_gate", "repair.reconstruct",
                 "repair.regions", "repair.lost_bytes", "repair.leave_alone", "repair.soft_hyphens"):
        module = importlib.import_module("webclean." + name)
        result = doctest.testmod(module)
        assert result.failed == 0 and result.attempted > 0, module.__name__


def test_extend_by_frequency_takes_in_a_garbled_neighbour_and_leaves_a_clean_one():
    from webclean.repair.regions import _extend_by_frequency
    # "聊分享著" written as Big5 and read as GBK is "册だㄉ帝": 帝 gains nothing on cost alone,
    # but its reversal 著 is far more frequent, so the span grows over it
    assert _extend_by_frequency("閒册だㄉ帝他", (1, 4), GBK_READING, BIG5) == (1, 5)
    # a clean frequent neighbour (第 -> 材, rarer) stays out
    assert _extend_by_frequency("第册だㄉ", (1, 4), GBK_READING, BIG5) == (1, 4)


def test_partial_big5_read_as_gbk_with_kana_and_bopomofo_is_repaired_whole():
    clean = "下午我們在咖啡館裡輕鬆地聊分享著彼此的近況與工作"
    garbled = clean.replace("聊分享著", "聊分享著".encode("big5").decode("gbk"))
    assert garbled != clean and "だ" in garbled
    assert repair_text(garbled) == clean


# clean Chinese, GBK-read UTF-8, cp1252-read UTF-8, lossy markers, symbols, kana, U+FFFD, private use, ASCII
_SUSPECT_ALPHABET = "今天发布了新闻，。鍙戝竷浜嗘柊ä¸­æ–‡锟斤拷★☆ㄉだこ\ufffd\ue5e5abc \n鹌鹑"


def test_suspect_pairs_window_does_not_cut_a_pair_that_starts_after_the_odd_character() -> None:
    # hypothesis found it: the first 锟's window ended before the pair at the second 锟 reached æ
    from webclean.repair.garble_gate import _SUSPECT_PAIR_RE, suspect_pairs
    text = "锟锟斤拷æ‡★鹑"
    assert list(suspect_pairs(text)) == [m.span() for m in _SUSPECT_PAIR_RE.finditer(text)] == [(1, 5), (5, 8)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(_SUSPECT_ALPHABET)), max_size=60))
def test_suspect_pairs_jumping_finds_exactly_what_the_full_scan_finds(text: str) -> None:
    from webclean.repair.garble_gate import _SUSPECT_PAIR_RE, suspect_pairs
    assert list(suspect_pairs(text)) == [m.span() for m in _SUSPECT_PAIR_RE.finditer(text)]


def test_long_page_repairs_only_the_garbled_line() -> None:
    clean_lines = ["<p>市政府今天召开新闻发布会，介绍民生工作安排。</p>"] * 300
    garbled = "<p>" + "发布时间".encode().decode("gbk") + "：2025年7月14日</p>"
    text = "\n".join(clean_lines[:150] + [garbled] + clean_lines[150:])
    out, repairs = repair_text_with_repairs(text)
    assert out == text.replace(garbled, "<p>发布时间：2025年7月14日</p>")
    assert [r.rule for r in repairs] == ["utf-8>gbk"]
    start = text.index(garbled) + 3
    assert repairs[0].where == f"text[{start}:{start + len('发布时间'.encode().decode('gbk'))}]"


def test_box_drawing_flowchart_is_left_as_drawn() -> None:
    # A GBK page that draws a flowchart with box characters: read as Big5 the rules would become
    # "岸岸岸" and the corners rare hanzi, which the cost model once preferred.
    chart = ("<tr><td><center>┌───┬─────────┼────────┐</center></td></tr>\n"
             "<tr><td>│<br>│<br>↓</td><td>└──-──┬─-───┘<br>↓</td></tr>\n"
             "<p>以上流程图说明了申请的各个步骤。</p>\n")
    assert repair_text_with_repairs(chart) == (chart, [])
    # the same characters garbled out of Big5 text (岸 A9A4 read as GBK is ─) are still repaired
    original = "岸邊的房子很多，海岸線很長，沿岸居民靠海為生。"
    garbled = original.encode("big5").decode("gb18030")  # how a GBK-labelled page decodes
    assert "─" in garbled
    assert repair_text(garbled) == original


def test_greek_and_cyrillic_words_are_text_not_big5_read_as_gbk() -> None:
    # A language menu on a Chinese page: Big5 read as GBK gives a Cyrillic letter for each Big5 character
    # with lead A7, so "Русский" looked like a garbled span and became 妓批扼扼抗我抄.
    for line in ('<li><a href="http://russian.china.org.cn/">Русский язык</a></li>', "新华网 Русский Ελληνικά 日本語"):
        assert repair_text_with_repairs(line) == (line, [])


def test_beyond_repair_flags_garbage_and_not_a_rare_name() -> None:
    garbage = "闂傚倸鍊搁崐鎼佸磹閹间礁纾归柟闂寸绾剧懓顪冪€ｎ亝鎹ｉ柣顓炴閵嗘帒顫濋敐鍛"
    out, repairs = repair_text_with_repairs(garbage)
    assert out == garbage and any(r.rule == "beyond_repair" for r in repairs)
    markup = '<a href="/wiki/x" title="金旻锺">金旻锺</a>连线'
    assert not any(r.rule == "beyond_repair" for r in repair_text_with_repairs(markup)[1])


# ------------------------------------------------------------------------------------ our own passages
PASSAGES = [json.loads(line) for line in
            (ROOT / "fixtures" / "mojibake" / "passages.jsonl").read_text("utf-8").split("\n") if line.strip()]
#: Processes that strip soft hyphens: a stripped 0xAD can leave other real text that decodes cleanly
#: (淡淡 B5 AD B5 AD without them is 档 B5 B5; …… A1 AD A1 AD is 　 A1 A1). The bytes cannot tell them
#: apart; the words around decide, or the character is left U+FFFD (repair/soft_hyphens.py): none is wrong.
SOFT_HYPHEN_WRONG_MAX = 0


def _wrong_characters(text: str, out: str, original: str) -> int:
    """Characters the repair wrote (not kept from ``text``) that do not stand where ``original`` has them
    (as benchmarks/mojibake.py counts them); U+FFFD is never wrong."""
    import difflib

    written = set(range(len(out)))
    for other in (text, original):
        for _, b, size in difflib.SequenceMatcher(None, other, out, autojunk=False).get_matching_blocks():
            written -= set(range(b, b + size))
    return sum(out[j] != "\ufffd" for j in written)


@pytest.fixture(scope="module")
def passage_results() -> dict[str, tuple[str, list]]:
    return {r["id"]: repair_text_with_repairs(r["input"]) for r in PASSAGES}


def test_own_byte_complete_passages_come_back_exactly(passage_results):
    rows = [r for r in PASSAGES if r["kind"] in ("complete", "partial")]
    assert len(rows) >= 60
    misses = [r["id"] for r in rows if passage_results[r["id"]][0] != r["original"]]
    assert len(misses) <= 1, misses


def test_own_clean_passages_never_change_and_quoted_mojibake_is_flagged(passage_results):
    for r in PASSAGES:
        if r["kind"] != "clean":
            continue
        out, repairs = passage_results[r["id"]]
        assert out == r["input"], r["id"]
        assert all(rep.kind != "mojibake" for rep in repairs), r["id"]
        if r["passage"].startswith("quoted-"):
            assert {(rep.kind, rep.rule) for rep in repairs} == {("flagged", "quoted_mojibake")}, r["id"]


def test_own_foreign_and_multi_round_passages_are_flagged_not_rewritten(passage_results):
    for r in PASSAGES:
        if r["kind"] != "leave":
            continue
        out, repairs = passage_results[r["id"]]
        assert out == r["input"], r["id"]
        rules = {rep.rule for rep in repairs}
        if r["process"].endswith("three-rounds"):
            assert "beyond_repair" in rules, r["id"]
        elif r["process"].endswith(">cp1252"):  # Korean, Japanese, Greek bytes read as cp1252
            assert rules == {"foreign_script"}, r["id"]


def test_own_lossy_passages_write_no_wrong_character(passage_results):
    wrong: dict[str, int] = {}
    for r in PASSAGES:
        if r["kind"] == "lossy":
            out = passage_results[r["id"]][0]
            if n := _wrong_characters(r["input"], out, r["original"]):
                wrong[r["id"]] = n
    soft = {k: v for k, v in wrong.items() if "soft-hyphen" in k}
    assert wrong == soft, wrong  # only where a stripped soft hyphen left other real text
    assert sum(soft.values()) <= SOFT_HYPHEN_WRONG_MAX, soft


def test_own_lossy_passages_that_lost_one_byte_in_many_are_mostly_recovered(passage_results):
    def f1(out: str, gold: str) -> float:
        from collections import Counter
        from itertools import pairwise

        have, want = Counter(pairwise(out)), Counter(pairwise(gold))
        hit = sum((have & want).values())
        return 2 * hit / (sum(have.values()) + sum(want.values())) if hit else 0.0

    floors = {"soft-hyphen-lost": 0.9, "utf-8>gbk-fffd-per-byte": 0.7, "utf-8>gbk-dropped": 0.7,
              "utf-8>cp1252-undefined-dropped": 0.7, "utf-8>gb18030": 0.85}
    for key, floor in floors.items():
        scores = [f1(passage_results[r["id"]][0], r["original"]) for r in PASSAGES
                  if r["kind"] == "lossy" and key in r["process"]]
        assert scores and sum(scores) / len(scores) >= floor, (key, sum(scores) / len(scores))


def mixed_decode(data: bytes) -> str:
    """A "UTF-8 first, else cp1252" reader (as scripts/garble.py writes it): ``ʾ`` for the GBK pair CA BE."""
    import re

    valid = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
                       rb"|\xed[\x80-\x9f][\x80-\xbf]|[\x00-\xff]")
    return "".join(m.group().decode("utf-8") if len(m.group()) > 1 else
                   (m.group().decode("cp1252", "ignore") or m.group().decode("latin-1")) for m in valid.finditer(data))


def test_search_work_grows_linearly_with_the_text():
    """The search's steps (characters tried inside windows) for a text and for the text 16 times over, on
    one line: linear, with a wide margin (a quadratic search would take 16 times more again)."""
    import webclean.repair.reconstruct as rec
    from webclean.repair.mojibake import clear_text_caches

    original = next(r["original"] for r in PASSAGES if r["id"] == "s-news-market/none").replace("\n", "")
    garblings = {
        "mixed reader": lambda t: mixed_decode(t.encode("gbk")),
        "UTF-8 read as GBK, U+FFFD per byte": lambda t: t.encode("utf-8").decode("gbk", "replace"),
    }
    steps = [0]
    real = rec._chars

    def counting(*args):
        steps[0] += 1
        return real(*args)

    rec._chars = counting
    try:
        for name, garble in garblings.items():
            counts = []
            for k in (1, 16):
                steps[0] = 0
                clear_text_caches()
                repair_text(garble(original * k))
                counts.append(steps[0])
            assert counts[0] > 0, name
            assert counts[1] <= 16 * counts[0] * 1.5, (name, counts)
    finally:
        rec._chars = real


CORPUS = ROOT / ".." / "shared" / "corpus"


def _read_as(data: bytes, reader: str) -> str:
    """The page's bytes as a reader that takes them for Latin text decodes them."""
    if reader == "latin-1":
        return data.decode("latin-1")
    if reader == "cp1252-ignore":
        return data.decode("cp1252", "ignore")
    return mixed_decode(data)


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared absent")
@pytest.mark.parametrize("reader, most_wrong", [("latin-1", 10), ("cp1252-ignore", 40), ("utf-8 first", 40)])
def test_real_gbk_pages_read_as_latin_come_back(reader, most_wrong):
    """The GBK pages of the corpus, read whole as Latin-1 (every byte kept), as cp1252 dropping the five
    bytes it leaves undefined, or by a "UTF-8 first, else cp1252" reader: the lines with Chinese in them
    that do not come back as the page decoded right. (On 2026-12-06 before this branch: 74, 101 and 1,686
    of 1,930 on all 19 pages; with it: 5, 32 and 79.)"""
    wrong = lines = 0
    golds = [g for g in sorted((CORPUS / "gold").glob("*.json"))
             if json.loads(g.read_text("utf-8")).get("bytes_encoding", "").startswith("gb")]
    if reader == "utf-8 first":
        golds = golds[:6]  # (the slowest reading: six pages, 609 lines with Chinese, 31 wrong)
    for gold in golds:
        data = (CORPUS / "pages" / f"{gold.stem}.html").read_bytes()
        right = data.decode("gb18030", "replace").split("\n")
        garbled = _read_as(data, reader)
        out = repair_text(garbled).split("\n")
        assert len(out) == len(right)
        lines += sum(not line.isascii() for line in right)
        wrong += sum(a != b for a, b in zip(right, out) if not a.isascii())
    assert lines > 500
    assert wrong <= most_wrong, wrong


def test_a_page_read_as_latin_is_read_one_way_throughout():
    # a flowchart line alone reads cheaper as Big5 (岸 for ─); the rest of the page says GBK
    page = "\n".join(line.encode("gbk").decode("latin-1") for line in [
        "流程说明", "第一步：提交申请", "第二步：审核材料", "第三步：公示结果", "┌───┬───┐", "浏 览", "〓"])
    out = repair_text(page).split("\n")
    assert out[-3:] == ["┌───┬───┐", "浏 览", "〓"]


def test_markup_naming_a_charset_is_no_talk_about_encodings():
    line = '<text title="' + "二十三、感赞".encode("gbk").decode("latin-1") + '" encoding="gb2312">'
    assert repair_text(line) == '<text title="二十三、感赞" encoding="gb2312">'


def test_gbk_a3a0_full_width_space_does_not_stop_a_repair():
    line = b"\xa3\xa0\xa3\xa0<b>" + "一、法官试验凡事谢恩".encode("gbk") + b"</b><br>"
    assert repair_text(line.decode("latin-1")) == line.decode("gb18030")


def test_a_dropped_unmapped_pair_costs_its_two_neighbours_not_the_line():
    """中文 in UTF-8 read by a GBK reader that takes AD E6 for one unmapped pair and drops it is 涓枃: the
    rest of the line is repaired, the two characters around the drop are flagged and left as they were."""
    original = "中文页面，标题乱码了"
    garbled = original.encode("utf-8").decode("gb18030").replace("\ue15f", "")   # AD E6 read as private use
    assert garbled.startswith("涓枃")
    out, repairs = repair_text_with_repairs(garbled)
    assert out == "涓枃页面，标题乱码了"
    assert [(r.kind, r.rule, r.before) for r in repairs] == [
        ("irrecoverable", "lost_bytes", "涓枃"), ("mojibake", "utf-8>gbk", garbled[2:])]
    # the same line with its end lost too: nothing written that is neither the input's nor the original's
    out, repairs = repair_text_with_repairs("涓枃椤甸潰锛屾爣棰樹贡鐮併€?")
    assert "页面，标题乱码" in out and not set(out) - set("涓枃椤甸潰锛屾爣棰樹贡鐮併€?") - set(original) - {"\ufffd"}
    assert any(r.kind == "mojibake" for r in repairs)


# ----------------------------------------------------------------- soft hyphens that leave other real text
def strip_soft_hyphens_after_latin(text: str, reader: str = "cp1252") -> str:
    """GBK text read as cp1252 (or "UTF-8 first") by a browser, then its soft hyphens stripped by a text
    extractor (as scripts/garble.py's gbk>*-soft-hyphen-lost processes do)."""
    if reader == "mixed":
        return mixed_decode(text.encode("gbk")).replace("\xad", "")
    data = text.encode("gbk")
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in data).replace("\xad", "")


def test_soft_hyphen_alternatives_are_the_characters_two_stripped_soft_hyphens_leave():
    from webclean.repair.soft_hyphens import soft_hyphen_alternatives

    assert soft_hyphen_alternatives("档", "gb18030") == ("淡淡",)        # B5 B5 = B5 AD B5 AD without 0xAD
    assert soft_hyphen_alternatives("\u3000", "gb18030") == ("……",)      # A1 A1 = A1 AD A1 AD
    assert soft_hyphen_alternatives("照", "gb18030") == ("窄窄",)
    assert soft_hyphen_alternatives("经", "gb18030") == ()               # BE AD holds one itself
    assert soft_hyphen_alternatives("中", "gb18030") == ("汁协",)        # most characters have one: words decide
    # Big5 限 is AD AD: a character made of soft hyphens alone vanishes, nothing shows where; not listed
    assert not any("限" in s for s in soft_hyphen_alternatives("有", "big5"))


def test_hidden_soft_hyphen_choice_by_the_words_around():
    from webclean.repair.soft_hyphens import hidden_soft_hyphen_choice as choice

    assert choice("飘来", "档", "的桂花", "gb18030") == "淡淡"           # 淡淡的 is a word, 来档 / 档的 none
    assert choice("这些", "档", "案已经", "gb18030") == "档"             # 档案: 淡淡案 makes no word with 案
    assert choice("他最爱拍", "照", "的老巷", "gb18030") == "\ufffd"      # 拍照的 and 拍窄窄的 both read
    assert choice("打了三次", "\u3000", "\n到现在", "gb18030") == "……"   # a full-width space dangling at a line end
    assert choice("发布时间", "\u3000", "来源", "gb18030") == "\u3000"     # a separator between fields stays
    assert choice("05-01", "\u3000", "\n", "gb18030") == "\u3000"          # ... and after a date at a line end


def test_stripped_soft_hyphens_that_leave_a_word_are_put_back_by_the_words():
    original = "晚风里飘来淡淡的桂花香，院子里很安静。"
    for reader in ("cp1252", "mixed"):
        garbled = strip_soft_hyphens_after_latin(original, reader)
        assert "µµµ" in garbled.replace("Ä", "")   # 淡淡的 read as 档的: B5 B5 B5 C4
        out, repairs = repair_text_with_repairs(garbled)
        assert out == original, reader
        assert ("lost_character", "word_list") in {(r.kind, r.rule) for r in repairs}
        assert any(r.rule.endswith("-soft-hyphen-lost") for r in repairs)


def test_stripped_soft_hyphens_the_words_cannot_settle_leave_fffd_and_say_so():
    original = "他最爱拍窄窄的老巷子，每条都拍了好几遍。"
    garbled = strip_soft_hyphens_after_latin(original)
    out, repairs = repair_text_with_repairs(garbled)
    assert out == "他最爱拍\ufffd的老巷子，每条都拍了好几遍。"   # not 拍照的: the bytes say either
    assert ("irrecoverable", "lost_bytes") in {(r.kind, r.rule) for r in repairs}


def test_ellipsis_that_lost_its_soft_hyphens_at_a_line_end_comes_back():
    original = "客服电话打了三次……\n到现在还没有人回复。"
    out, repairs = repair_text_with_repairs(strip_soft_hyphens_after_latin(original))
    assert out == original
    assert ("lost_character", "word_list") in {(r.kind, r.rule) for r in repairs}


def test_text_that_never_held_a_soft_hyphen_keeps_the_characters_they_could_hide():
    # the same bytes with nothing stripped (no GBK character of these holds 0xAD): 档 makes words with its
    # neighbours and the full-width spaces are indents and separators, so all stay as they are
    for original in ("这些档案都归档了，请到三楼查阅。", "\u3000\u3000发布时间：2025年3月\u3000来源：本站"):
        assert b"\xad" not in original.encode("gbk")
        garbled = strip_soft_hyphens_after_latin(original)
        assert repair_text(garbled) == original


def test_a_letter_before_cjk_punctuation_is_a_trace_of_a_stripped_soft_hyphen():
    # 江 is BD AD in GBK: without its 0xAD, 浙江大學 (D5 E3 BD AD B4 F3 8C 57) reads 浙酱髮 and the trail
    # of 學 (0x57) is left as "W" before the full-width comma: as much a trace as a letter between hanzi
    original = "她去年考進了浙江大學，讀的是經濟。"
    garbled = strip_soft_hyphens_after_latin(original)
    assert "ŒW£¬" in garbled
    assert repair_text(garbled) == original
    # a letter that belongs to the text before CJK punctuation is left as it is
    for line in ("我们用的是维生素C。", "这款手机支持5G，价格不高。"):
        assert repair_text(line) == line


def test_utf8_read_as_cp1252_dense_in_dropped_bytes_is_still_repaired():
    # 夏 前 条 小 着 子 名 hold one of cp1252's undefined bytes (E5 A4 8F, E5 89 8D ...): a cp1252 reader
    # drops it, and here 14 of 51 characters lost one (0.38 of the 37 left whole: MAX_ASSUMED_SHARE_UTF8)
    original = "夏天的傍晚，门前那条小河面上飘着淡淡的水汽，孩子们光着脚在浅滩上捉小鱼，直到大人在岸边喊着名字才回家。"
    garbled = original.encode("utf-8").decode("cp1252", "ignore")
    out, repairs = repair_text_with_repairs(garbled)
    assert out == "\ufffd天的\ufffd晚，门\ufffd那\ufffd\ufffd河面上飘\ufffd淡淡的水汽，孩\ufffd们光\ufffd脚在浅滩上" \
                  "\ufffd\ufffd鱼，直到大人在岸边喊\ufffd\ufffd字\ufffd回家。"
    assert {("mojibake", "utf-8>cp1252"), ("irrecoverable", "lost_bytes")} <= {(r.kind, r.rule) for r in repairs}


def big5_read_as_cp1252(text: str, strip_soft_hyphens: bool) -> str:
    """Big5 text read as cp1252 (C1 bytes kept), its soft hyphens stripped or not (scripts/garble.py)."""
    out = "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in text.encode("big5"))
    return out.replace("\xad", "") if strip_soft_hyphens else out


def test_a_lone_trail_character_between_hanzi_costs_in_the_search():
    from webclean.repair.reconstruct import BIG5, LATIN, LATIN_SHY, STRAY_TRAIL_COST, reconstruct, stray_trail_cost

    # 面 is B1 AD and 臨 C1 7B: without the soft hyphen, B1 C1 reads 掄 and 臨's trail is left as "{";
    # a letter costs nothing as a character, so only the charge makes 面臨 (one soft hyphen assumed) win
    assert stray_trail_cost(LATIN_SHY, BIG5) == STRAY_TRAIL_COST and stray_trail_cost(LATIN, BIG5) == 0.0
    garbled = big5_read_as_cp1252("將再次面臨上漲的壓力", strip_soft_hyphens=True)
    assert "±Á{" in garbled
    assert reconstruct(garbled, LATIN_SHY, BIG5).text() == "將再次面臨上漲的壓力"
    assert reconstruct(garbled, LATIN, BIG5).text() == "將再次掄{上漲的壓力"   # no soft hyphen lost: as read
    original = "油價將再次面臨上漲的壓力，民眾加油時要多留意。"
    assert repair_text(big5_read_as_cp1252(original, strip_soft_hyphens=True)) == original


def test_capitals_and_separators_between_hanzi_stay_text_in_a_soft_hyphen_reading():
    # A股, 維生素C and a menu's | are real text: charged as strays, A (0x41) would turn into the Big5 pair
    # AD 41 (耍) with a soft hyphen assumed before it
    original = "財經|新聞：今天A股上漲，維生素C價格不變。"
    for stripped in (True, False):
        assert repair_text(big5_read_as_cp1252(original, stripped)) == original


def _gbk_read_utf8_first(text: str) -> str:
    """GBK bytes read by a "UTF-8 first, else cp1252" reader (scripts/garble.py's gbk>mixed-cp1252)."""
    out, data, i = [], text.encode("gbk"), 0
    while i < len(data):
        for size in (3, 2):
            try:
                ch = data[i:i + size].decode("utf-8")
            except UnicodeDecodeError:
                continue
            if len(ch) == 1 and ord(ch) >= 0x80:
                out.append(ch)
                i += size
                break
        else:
            out.append(data[i:i + 1].decode("cp1252", "ignore") or chr(data[i]))
            i += 1
    return "".join(out)


@pytest.mark.parametrize("original", ["术后可以不做放、化疗了。", "此次超发电价上调姗姗来迟，暴露出"])
def test_close_readings_that_disagree_write_u_fffd_not_a_guess(original):
    # 放、 (B7 C5 A1 A2) read "UTF-8 first" is ·š¢, which also reads ·殺 at about the same cost; 姗姗 likewise
    # reads 忙╂漏. The bytes do not decide: U+FFFD stands in, and a Repair says characters stay lost
    garbled = _gbk_read_utf8_first(original)
    out, repairs = repair_text_with_repairs(garbled)
    assert not set(out) - set(original) - set(garbled) - {"\ufffd"}
    assert "\ufffd" in out and out.startswith(original[:4])
    assert any(r.kind == "irrecoverable" and r.rule == "lost_bytes" for r in repairs)


def test_an_undecided_character_is_never_filled_from_the_word_list():
    from webclean.repair.reconstruct import Undecided

    # 化疗 is a word of the list, but a character two readings disagree on is not a hole to fill
    assert fill_holes(["不做", Undecided("殺", "放、"), "化疗"], placed=True) == ("不做\ufffd化疗", 0, 1)


def test_bytes_read_as_they_came_are_not_contested_by_a_reading_that_assumes_one():
    # a soft hyphen assumed in ÓÐ makes 迎协 at about the cost of 有, but 有 needs no byte assumed
    original = "维生素B有调节类脂体代谢、抗皮脂、刺激毛发再生的功能。"
    garbled = original.encode("gbk").decode("latin-1")
    assert repair_text(garbled) == original


def test_the_word_list_siding_with_the_best_reading_ends_the_contest():
    from webclean.repair.reconstruct import words_hold_every_hanzi, words_side_with_best

    # the best reading's 漏掉 makes 没漏掉 with both characters in listed words; the rival's ┑么 makes none
    assert words_side_with_best("没", "漏掉", "┑么", ",")
    # neither side listed (a name) or both sides listed (栽種, 原種): the contest stands
    assert not words_side_with_best("柳", "勇", "脫", "（")
    assert not words_side_with_best("原", "栽", "原原", "種")
    # one pair that leaves a hanzi in no word (黔), or a Latin letter left between hanzi, is no evidence
    assert not words_side_with_best("結", "帐黔", "窄是", "顯")
    assert words_hold_every_hanzi("後", "面", '"') and not words_hold_every_hanzi("後", "面q", '"')


@pytest.mark.parametrize("original", ["每天放学后就开始听, 一集也没漏掉, 每集都很悬念", "用鸡的羽毛做成的毽子"])
def test_a_rival_no_word_vouches_for_does_not_undo_a_right_reading(original):
    # from GBK corpus pages read "UTF-8 first, else cp1252": a rival reading close in cost (没┑么, 的用半做)
    # once made the right characters U+FFFD
    assert repair_text(_gbk_read_utf8_first(original)) == original


@pytest.mark.parametrize("line", ["劇情對白 ★★☆☆☆", "音樂 ★★☆☆☆", "★★☆☆☆", "● 重點 ※ 注意 ℃"])
def test_clean_rating_stars_and_bullets_are_no_mojibake(line: str) -> None:
    # A film review's rating lines (loukafai.github.io): read as Big5 bytes taken for GBK, the stars became
    # 」」「「「 and 劇情對白 became 粿薄癸フ, because a star cost more than a bracket.
    assert repair_text(line) == line


@pytest.mark.parametrize("line", ["[ㄏㄨㄤ2] 但 cj;6 [ㄏㄨㄤ2]", "ㄅㄆㄇㄈ 注音符號", "我的注音是ㄓㄨˋ ㄧㄣ"])
def test_zhuyin_is_no_mojibake(line: str) -> None:
    # A Taiwan blog post on its input method (blog.linux.org.tw): zhuyin letters cost as much as an odd symbol,
    # so [ㄏㄨㄤ2] was "repaired" as Big5 read as GBK into [使刻其2], and 但 beside it into 筍.
    assert repair_text(line) == line


@pytest.mark.parametrize("line", ["⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽", "★☆♀◆◇◣◢◥▲▼△▽", "︵︷︿︹︽_﹁﹃︻︶︸﹀︺︾ˉ﹂﹄︼"])
def test_a_list_of_symbols_is_no_mojibake(line: str) -> None:
    # A 博客园 post listing symbols: read as GBK taken for Big5, ⑴⑵⑶ became 求囚酋 and ★☆♀◆ became 」「○』.
    assert repair_text(line) == line
