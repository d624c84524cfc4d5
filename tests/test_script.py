"""Tests for the script modules: pinyin annotations and lost characters (repair.pinyin), scripts
(core.script), machine conversion (normalise.convert) and punctuation (normalise.punctuation).

Sentences here are our own, written in the shapes seen on machine-converted mirrors.
"""
from __future__ import annotations

import doctest
import json
import pickle
import re
import time
from pathlib import Path

import pytest

from webclean.core import script as core_script
from webclean.core.script import detect_script, to_simplified, to_traditional
from webclean.normalise import convert, punctuation
from webclean.normalise.convert import looks_machine_converted
from webclean.normalise.punctuation import normalise_punctuation
from webclean.repair import pinyin
from webclean.repair.pinyin import Restored, restore_annotated_text

SHARED = Path(__file__).parents[1] / ".." / "shared"
SEED = SHARED / "seeds" / "000_24ff825ab72e5945"
DATA = Path(__file__).parents[1] / "src" / "webclean" / "data"


@pytest.mark.parametrize("module", [core_script, pinyin, convert, punctuation])
def test_module_doctests(module) -> None:
    result = doctest.testmod(module)
    assert result.attempted >= 1
    assert result.failed == 0


# --- pinyin annotations -------------------------------------------------------------------

def test_tone_marked_annotations_removed() -> None:
    r = restore_annotated_text("我們(men)的(de)工(gōng)廠(chǎng)今年擴(kuò)大生(shēng)產(chǎn)")
    assert r.text == "我們的工廠今年擴大生產"
    assert r.annotations == 7
    assert [x.kind for x in r.repairs] == ["pinyin_annotation"] * 7
    assert r.repairs[2].before == "工(gōng)" and r.repairs[2].after == "工"


def test_toneless_annotations_removed() -> None:
    r = restore_annotated_text("这篇文章讲(jiang)的(de)是(shi)乱码的历(li)史(shi)")
    assert r.text == "这篇文章讲的是乱码的历史"
    assert r.annotations == 5


def test_annotation_with_wrong_reading_kept() -> None:
    # 李 is never read zhou; 網 is wǎng, not wàng: neither is an annotation.
    r = restore_annotated_text("老李(zhou)說網(wàng)站")
    assert r.text == "老李(zhou)說網(wàng)站"
    assert r.annotations == 0 and r.repairs == ()


@pytest.mark.parametrize("text", [
    "首都北京（Běijīng）位於華北平原",       # glossary with full-width brackets
    "首都北京(Běijīng)位於華北平原",         # whole-word reading, capitalised
    "公司首席執行官(CEO)昨天辭職",
    "請選擇選項(a)或選項(b)",
    "集團年報(2025)已經發佈",
    "社區要辦好實事。(作者:李文華)",
])
def test_legitimate_parentheses_kept(text: str) -> None:
    r = restore_annotated_text(text)
    assert r.text == text
    assert r.annotations == 0


def test_many_annotations_are_aggregated() -> None:
    text = "網(wǎng)站" * 80
    r = restore_annotated_text(text)
    assert r.text == "網站" * 80
    assert r.annotations == 80
    assert len(r.repairs) == 51  # 50 itemised, then one summary
    assert r.repairs[-1].where == "30 more annotations"


# --- lost characters ----------------------------------------------------------------------

def test_lost_character_with_phantom_traditional() -> None:
    r = restore_annotated_text("今天的天?qì)?qì)很好，適合出門")
    assert r.text == "今天的天氣很好，適合出門"
    lost = [x for x in r.repairs if x.kind == "lost_character"]
    assert len(lost) == 1 and lost[0].after == "氣" and lost[0].before == "?qì)?qì)"


def test_lost_character_phantom_with_other_reading() -> None:
    r = restore_annotated_text("據廣東江門日?qǐng)?bào)消息，當地今年新建三所學校")
    assert r.text == "據廣東江門日報消息，當地今年新建三所學校"


def test_lost_character_parenthesised_form() -> None:
    assert restore_annotated_text("他在學?(xiào)讀書多年").text == "他在學校讀書多年"


def test_lost_character_takes_simplified_script_of_surroundings() -> None:
    assert restore_annotated_text("我们去图书?(guǎn)借书").text == "我们去图书馆借书"


def test_lost_character_after_annotations() -> None:
    # The neighbours are read after annotations are gone: 新(xīn)?(wén) -> 新聞.
    r = restore_annotated_text("新(xīn)?(wén)發(fā)佈會")
    assert r.text == "新聞發佈會"
    assert r.annotations == 2


def test_undecidable_lost_character_leaves_marker_and_warning() -> None:
    r = restore_annotated_text("甲?(shi)乙")
    assert r.text == "甲\ufffd乙"
    assert len(r.warnings) == 1 and "shi" in r.warnings[0]
    assert not [x for x in r.repairs if x.kind == "lost_character"]


def test_question_mark_that_is_not_a_marker_kept() -> None:
    for text in ("他問?(xx)", "見 index.php?id) 頁", "你好?(OK)", "下列哪項正確?(a)甲 (b)乙"):
        assert restore_annotated_text(text).text == text


def test_clean_text_fast_path() -> None:
    text = "這是一段乾淨的文字，沒有任何注音。" * 1000
    start = time.process_time()     # CPU time of this process: other jobs on the machine do not count
    r = restore_annotated_text(text)
    assert time.process_time() - start < 0.5  # typical 0.1 ms
    assert r == Restored(text, (), (), 0)


@pytest.mark.parametrize("hostile", [
    "(" * 200_000,
    "?a)" * 60_000,
    "中?(shi)" * 5_000,
    "字(" + "a" * 100_000,
    "(" + "中" * 100_000,
])
def test_hostile_input_is_fast(hostile: str) -> None:
    start = time.process_time()
    r = restore_annotated_text(hostile)
    normalise_punctuation(hostile)
    assert time.process_time() - start < 5
    assert isinstance(r.text, str)


def test_lost_character_cap_warns() -> None:
    r = restore_annotated_text("中?(shi)" * 300)
    assert any("beyond the first 200" in w for w in r.warnings)


# --- machine conversion and script --------------------------------------------------------

TAIWAN = ("行政院今天召開記者會，說明新台幣匯率與捷運票價調整，民眾可以上網路查詢相關資訊；"
          "立法院下週也將審查軟體產業補助條例。")
MAINLAND_IN_TRADITIONAL = ("社區黨委要加強黨建引領，推動基層治理與網絡信息化建設，"
                           "不斷提升公共服務質量，讓人民群眾有更多獲得感。")


def test_taiwan_paragraph_is_not_machine_converted() -> None:
    assert detect_script(TAIWAN) == "zh-Hant"
    assert looks_machine_converted(TAIWAN) is False


def test_mainland_paragraph_in_traditional_is_machine_converted() -> None:
    assert detect_script(MAINLAND_IN_TRADITIONAL) == "zh-Hant"
    assert looks_machine_converted(MAINLAND_IN_TRADITIONAL) is True


def test_annotations_alone_mark_machine_conversion() -> None:
    text = "這裡是一段繁體文字，記者在現場採訪。"
    assert looks_machine_converted(text) is False
    assert looks_machine_converted(text, annotations=5) is True


def test_simplified_text_is_never_machine_converted() -> None:
    assert looks_machine_converted("社区党委加强党建引领，推动网络信息化建设。", annotations=9) is False


@pytest.mark.parametrize("text, expected", [
    ("东京的天气很好，我们一起去公园散步吧。", "zh-Hans"),
    ("東京的天氣很好，我們一起去公園散步吧。", "zh-Hant"),
    ("東京都の天気は晴れです。明日は雨が降るでしょう。", "ja"),
    ("서울의 날씨는 맑습니다. 내일은 비가 옵니다.", "ko"),
    ("Hello, world 2025!", None),
    ("", None),
    ("中文", "zh-Hans"),
    ("网網", "zh-Hans"),                # as many of each: a tie is Simplified
    ("网網網", "zh-Hant"),              # one more Traditional-only character decides
    ("韩国 한국어 문장", "ko"),          # Hangul outnumbering the hanzi
    ("汉字가", "zh-Hans"),              # but not when fewer
    ("한", "ko"),                       # Hangul without any hanzi
    ("の", None),                       # one kana is no Japanese, and there is no hanzi
])
def test_detect_script(text: str, expected: str | None) -> None:
    assert detect_script(text) == expected


def test_stray_kana_in_chinese_is_not_japanese() -> None:
    assert detect_script("这家店叫做“鸟の巢”，位于北京市朝阳区的一条小街上，生意很好。") == "zh-Hans"


# --- the page-level conversion decision, each heuristic alone --------------------------------

@pytest.mark.parametrize("text, found", [
    ("儀式結束后，大家合影留念。", ("束后，→束後，",)),                       # 后 left for 後
    ("會議將于9月在杭州舉行。", ("將于9→將於9",)),                          # 于 left for 於
    ("雙方回顧了兩國關系的發展。", ("關系的→關係的",)),                  # 系 left for 係
    ("記者在現場采訪了多位居民。", ("場采訪→場採訪",)),
    ("未經授權禁止轉載、復制。", ("、復制。→、複製。",)),                    # wrong pick 復, one error per word
    ("皇后與公主都來了，全程共十公里。", ()),                                # 后 and 里 used rightly
    ("台北市長今天宣布，發布新措施。", ()),                                  # 台/臺, 布/佈: both accepted
    ("以后都不要這樣了", ("以后都→以後都",)),
])
def test_one_to_many_errors(text: str, found: tuple[str, ...]) -> None:
    assert convert.one_to_many_errors(text) == found


def test_simplified_leftovers_only_inside_traditional_sentences() -> None:
    assert convert.simplified_leftovers("各志愿服務隊代表暢所欲言，并結合自身經歷分享經驗。") == ("志愿服", "，并結")
    # a sentence the writer typed in Simplified carries no trace of a converter
    assert convert.simplified_leftovers("反正金矿让人很难忘呢。總之這趟旅程非常愉快。") == ()
    # characters Taiwan writes although OpenCC's s2t would change them are not leftovers
    assert convert.simplified_leftovers("台北的山峰很高，我們吃飯後起床出發。") == ()


def test_s2t_forms() -> None:
    assert convert.s2t_forms("爲了讓群衆滿意，也爲自己") == ("爲", "衆", "爲")
    assert convert.s2t_forms("為了讓民眾滿意") == ()


def test_traditional_part_drops_simplified_clauses_and_template_lines() -> None:
    text = "我的博客\n回国后学了很多，這是繁體的一句話。\n首页 | 留言"
    assert convert.traditional_part(text) == "，這是繁體的一句話。"


def test_mainland_and_regional_markers() -> None:
    assert convert.mainland_markers("新華網記者報道，全國政協委員在關工委座談") == ("新華網", "全國政協", "關工委")
    assert convert.regional_markers("（中央社記者台北報導）民國114年的預算案") == ("中央社", "報導", "民國114年")
    # corner quotes count once, and only where they outnumber curly quotes
    assert convert.regional_markers("他說「好」，她說「不」") == ("「」",)
    assert convert.regional_markers("他說“好”，她說“不”，他又說「嗯」") == ()


def test_hong_kong_words_are_not_mainland_markers() -> None:
    # 網絡, 軟件, 打印機, 渠道, 博客 are Hong Kong words too
    assert convert.mainland_markers("公司透過網絡渠道推出新軟件，並設打印機及博客專頁") == ()


@pytest.mark.parametrize("text, annotations, decision", [
    ("這裡是一段繁體文字，記者在現場採訪。", 3, "pinyin_annotations"),
    ("6月18日，我院組織醫護人員到衛生院開展義診，大家請求以后每年舉辦。", 0, "traces_and_mainland_terms"),
    ("推動黨建引領社區治理，加強基層治理。", 0, "mainland_vocabulary"),
    ("會談于5月20日舉行。雙方回顧了兩國關系的歷程，并就合作交換意見。會談結束后，雙方對于關系發展表示滿意。",
     0, "dense_traces"),
    # one trace and no mainland term: a Taiwan blog quoting a converted guide stays
    ("鹿港龍山寺始建于明朝末年，寺內木雕難得，被譽為台灣的藝術殿堂。", 0, None),
    # mainland terms quoted in a Taiwan report: regional evidence dominates
    ("（中央社記者台北報導）陸委會今天回應全國人大的決議，立法院朝野「一致譴責」，民國114年預算不受影響。",
     0, None),
    ("立法院今天審查網路法案，民眾關心資訊安全。", 0, None),
])
def test_conversion_decision(text: str, annotations: int, decision: str | None) -> None:
    assert convert.conversion_evidence(text, annotations).decision == decision


def test_dense_traces_need_density() -> None:
    traces = "會談于5月舉行，雙方回顧了兩國關系，并就合作交換意見，會談結束后表示滿意。"
    assert convert.conversion_evidence(traces).decision == "dense_traces"
    padding = "高山上的雲霧繚繞，遠方的溪流蜿蜒，田野間的稻穗隨風搖曳，農夫們在烈日下辛勤耕作。" * 15
    diluted = convert.conversion_evidence(traces + padding)
    assert diluted.traces == convert.conversion_evidence(traces).traces >= convert.MIN_DENSE_TRACES
    assert diluted.decision is None


def test_evidence_summary_names_what_was_found() -> None:
    ev = convert.conversion_evidence("儀式結束后，志愿者們前往社區，關工委負責人表示滿意。")
    assert ev.summary() == "one-to-many: 束后，→束後，; leftovers: 志愿者; mainland: 關工委"


def test_conversion_evidence_is_in_the_record() -> None:
    from webclean import clean
    page = ("城南街道舉辦志愿服務集市\n\n為進一步弘揚志愿精神,城南街道關工委于4月16日上午在文化廣場舉辦志愿服務集市,"
            "吸引了三百余名居民參與。\n\n活動結束后,各社區志愿服務隊交流了工作經驗,表示以后將每月開展一次。")
    rec = clean(page.encode())
    assert rec.script == "zh-Hans" and rec.paragraphs[0].startswith("为进一步弘扬志愿精神")
    assert {"machine_converted", "converted_by_traces_and_mainland_terms"} <= set(rec.flags)
    script = [e for e in rec.evidence if e.field == "script"]
    assert script and script[0].rule == "machine_converted:traces_and_mainland_terms"
    assert "關工委" in script[0].text and "以后將→以後將" in script[0].text
    assert {r.rule for r in rec.repairs if r.kind == "script"} == {
        "machine_converted_to_simplified:traces_and_mainland_terms"}
    kept = clean("（中央社記者台北報導）行政院今天宣布，捷運票價不調整。\n\n交通部表示，民眾可上網路查詢。".encode())
    assert kept.script == "zh-Hant" and "machine_converted" not in kept.flags
    assert [e.rule for e in kept.evidence if e.field == "script"] == ["kept_traditional"]


# --- OpenCC ---------------------------------------------------------------------------------

def test_to_simplified_uses_taiwan_config() -> None:
    # Plain t2s keeps 著 in 著力/連著; the mainland original has 着. 智慧 stays 智慧.
    assert to_simplified("要著力推進，社區連著千家萬戶，建設智慧城市") == "要着力推进，社区连着千家万户，建设智慧城市"


def test_to_traditional_and_empty() -> None:
    assert to_traditional("网络信息") == "網絡信息"
    assert to_simplified("") == "" and to_traditional("") == ""


def test_module_state_stays_picklable() -> None:
    to_simplified("網絡")
    assert pickle.loads(pickle.dumps(restore_annotated_text("網(wǎng)站"))).text == "網站"


# --- punctuation ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected, changes", [
    ("今天开会,讨论预算;明天休息!", "今天开会，讨论预算；明天休息！", 3),
    ("你吃饭了吗?\n吃了", "你吃饭了吗？\n吃了", 1),
    ("你好, 世界! 再见", "你好，世界！再见", 2),
    ("他说:“好”,然后走了", "他说：“好”，然后走了", 2),
    ("本报讯(记者王明)今天", "本报讯（记者王明）今天", 2),
    ("会议于12:30开始,约3,000人", "会议于12:30开始，约3,000人", 1),
    ("公司首席执行官(CEO)表示", "公司首席执行官(CEO)表示", 0),
    ("年报(2025)显示", "年报(2025)显示", 0),
    ("Hello, world: yes; no?", "Hello, world: yes; no?", 0),
    (",开头,", ",开头，", 1),                       # a mark needs a Chinese character before it
    ("好!!好", "好!!好", 0),                        # each ! has an ASCII mark on one side
    ("好,\t好,\n好", "好，好，\n好", 2),            # a tab after the mark goes; a line end is an end
])
def test_normalise_punctuation_cjk(text: str, expected: str, changes: int) -> None:
    assert normalise_punctuation(text) == (expected, changes)


def test_normalise_punctuation_ascii_and_keep() -> None:
    assert normalise_punctuation("你好，世界（测试）！", "ascii") == ("你好,世界(测试)!", 4)
    assert normalise_punctuation("你好,世界", "keep") == ("你好,世界", 0)
    with pytest.raises(ValueError):
        normalise_punctuation("你好", "fancy")


# --- data -----------------------------------------------------------------------------------

def test_data_files_small() -> None:
    total = sum(p.stat().st_size for p in DATA.glob("pinyin_*")) + sum(
        p.stat().st_size for p in DATA.glob("script_*"))
    assert total < 3_000_000


# --- against real pages (skip without ../shared) --------------------------------------------

@pytest.mark.skipif(not SEED.with_suffix(".txt").is_file(), reason="../shared is not present")
def test_seed_body_paragraphs_restored_exactly() -> None:
    raw = SEED.with_suffix(".txt").read_text(encoding="utf-8")
    expected = json.loads(SEED.with_suffix(".expected.json").read_text(encoding="utf-8"))
    out = []
    for line in (ln for ln in raw.splitlines() if len(ln) > 100):
        restored = restore_annotated_text(line)
        assert restored.annotations > 0 and not restored.warnings
        text, _ = normalise_punctuation(to_simplified(restored.text))
        out.append(re.sub(r"（作者：[^（）]*）$", "", text))
    assert out == expected["paragraphs"]


@pytest.mark.skipif(not SEED.with_suffix(".txt").is_file(), reason="../shared is not present")
def test_seed_page_is_machine_converted() -> None:
    restored = restore_annotated_text(SEED.with_suffix(".txt").read_text(encoding="utf-8"))
    assert restored.annotations > 100
    assert not re.search(r"[(?][a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)", restored.text)
    assert looks_machine_converted(restored.text, restored.annotations)
    assert looks_machine_converted(restored.text)  # its vocabulary alone gives it away
    assert detect_script(to_simplified(restored.text)) == "zh-Hans"


@pytest.mark.skipif(not (SHARED / "corpus" / "gold").is_dir(), reason="../shared is not present")
@pytest.mark.parametrize("name", ["twnews-cna", "twnews-ettoday", "twnews-setn", "readability-pixnet",
                                  "cwced-8f1cdd94"])
def test_taiwan_corpus_pages_not_machine_converted(name: str) -> None:
    gold = json.loads((SHARED / "corpus" / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    body = gold.get("body") or " ".join(gold.get("body_snippets") or [])
    assert detect_script(body) == "zh-Hant"
    assert looks_machine_converted(body) is False


def _textpage_cases() -> list[dict]:
    path = SHARED / "textpages" / "cases.jsonl"
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _traditional_left(text: str, gold: str) -> list[str]:
    """Characters OpenCC t2s would change and the gold does not hold (the measure of score_text.py)."""
    import opencc
    t2s, keep = opencc.OpenCC("t2s"), set(gold)
    return [ch for ch in text if "\u4e00" <= ch <= "\u9fff" and ch not in keep and t2s.convert(ch) != ch]


@pytest.mark.skipif(not _textpage_cases(), reason="../shared is not present")
def test_converted_mirrors_come_back_simplified() -> None:
    from webclean import clean
    converted = [c for c in _textpage_cases() if "t2s" in c["artefacts"]]
    assert len(converted) >= 25
    for case in converted:
        rec = clean(case["input"].encode("utf-8"))
        gold = (case["gold"].get("title") or "") + "\n" + (case["gold"].get("body") or "")
        assert _traditional_left((rec.title or "") + "\n" + rec.body, gold) == [], case["id"]
        assert "machine_converted" in rec.flags, case["id"]


@pytest.mark.skipif(not _textpage_cases(), reason="../shared is not present")
def test_plain_mirrors_decided_by_the_page_without_pinyin() -> None:
    plain = [c for c in _textpage_cases() if "t2s" in c["artefacts"] and "pinyin" not in c["artefacts"]]
    assert len(plain) >= 5
    for case in plain:
        assert convert.conversion_evidence(case["input"]).decision is not None, case["id"]
    # the annotated mirrors too, most of them without counting their annotations
    annotated = [c for c in _textpage_cases() if "pinyin" in c["artefacts"] and "t2s" in c["artefacts"]]
    decided = sum(convert.conversion_evidence(restore_annotated_text(c["input"]).text).decision is not None
                  for c in annotated)
    assert decided >= 0.7 * len(annotated)


def _traditional_corpus_pages() -> list[str]:
    """Corpus pages whose gold body is Traditional (Taiwan news, pixnet, a wenxuecity blog)."""
    gold_dir = SHARED / "corpus" / "gold"
    found = []
    for path in sorted(gold_dir.glob("*.json")) if gold_dir.is_dir() else []:
        gold = json.loads(path.read_text(encoding="utf-8"))
        body = gold.get("body") or " ".join(gold.get("body_snippets") or [])
        if detect_script(body) == "zh-Hant":
            found.append(path.stem)
    return found


@pytest.mark.skipif(not _traditional_corpus_pages(), reason="../shared is not present")
def test_traditional_corpus_pages_stay_traditional() -> None:
    from webclean import clean
    names = _traditional_corpus_pages()
    assert len(names) >= 5
    for name in names:
        gold = json.loads((SHARED / "corpus" / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        rec = clean((SHARED / "corpus" / "pages" / f"{name}.html").read_bytes(), url=gold.get("url"))
        assert rec.script == "zh-Hant", name
        assert "machine_converted" not in rec.flags, name


def test_traditional_devset_pages_stay_traditional() -> None:
    """Taiwan and Hong Kong news of the development set (newsdiff, newsdiffHK, htmldate, Yahoo HK), when built."""
    from webclean import clean
    cache = Path(__file__).parents[1] / ".cache" / "devset"
    names = []
    for path in sorted((cache / "gold").glob("*.json")) if (cache / "gold").is_dir() else []:
        gold = json.loads(path.read_text(encoding="utf-8"))
        if detect_script(gold.get("body") or "") == "zh-Hant" and (cache / "pages" / f"{path.stem}.html").is_file():
            names.append((path.stem, gold.get("url")))
    if not names:
        pytest.skip("the devset cache is not built (scripts/build_devset.py)")
    for name, url in names:
        rec = clean((cache / "pages" / f"{name}.html").read_bytes(), url=url)
        assert rec.script == "zh-Hant" and "machine_converted" not in rec.flags, name


# --- named heuristics alone and properties ----------------------------------------------------

def test_is_reading_of() -> None:
    assert pinyin.is_reading_of("產", "chǎn")
    assert pinyin.is_reading_of("綠", "lv") and pinyin.is_reading_of("綠", "lǜ")
    assert not pinyin.is_reading_of("產", "chàn")
    assert not pinyin.is_reading_of("A", "a")


def test_choose_lost_character_uses_both_sides() -> None:
    # Only the right neighbour decides: 馆 (图书馆) vs 管 (管理) for guǎn.
    assert pinyin.choose_lost_character("图书", "guǎn", "借书") == "馆"
    assert pinyin.choose_lost_character("我们要加强", "guǎn", "理") == "管"


@pytest.mark.parametrize("text", ["", "abc", "中文(", "?", "字(zi", "a?b)c", "(作者:)", "??a))"])
def test_restore_never_raises_on_fragments(text: str) -> None:
    assert isinstance(restore_annotated_text(text).text, str)


def test_properties_with_hypothesis() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    alphabet = st.sampled_from(list("網站中文字的是(zìde)?（），,:;!ā京北abc 12\n"))

    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet, max_size=60))
    def check(text: str) -> None:
        restored = restore_annotated_text(text)
        assert len(restored.text) <= len(text)
        if not any(c in text for c in "，：；？！（） "):  # cjk mode drops a space after a mark
            cjk, _ = normalise_punctuation(text)
            assert normalise_punctuation(cjk, "ascii")[0] == text

    check()


def test_recovered_character_takes_traditional_form_from_context() -> None:
    # 发 has two Traditional forms: 髮 (hair) and 發 (develop); the neighbours choose.
    assert restore_annotated_text("她昨天剪了頭?(fa)，很好看").text == "她昨天剪了頭髮，很好看"
    assert restore_annotated_text("經濟?(fā)展很快，人們很高興").text == "經濟發展很快，人們很高興"
    assert pinyin.traditional_in_context("", "发", "") == "發"


def test_annotation_gate_ignores_script_calls_and_urls_but_sees_annotations() -> None:
    from webclean.repair.pinyin import has_annotation_sign, restore_annotated_text
    page = '<script>$(e).on("click", f(a))</script><a href="/x?id=3">x</a><p>正常的新闻正文(zhèng)。</p>'
    assert not has_annotation_sign(page.replace("(zhèng)", ""))
    assert has_annotation_sign(page)                                # after a hanzi
    assert has_annotation_sign("要?jiǎng)?chuàng)新")                   # lost-character markers alone
    assert has_annotation_sign("乱码的(de)问题")                      # toneless annotations count too
    assert restore_annotated_text(page.replace("(zhèng)", "")).text == page.replace("(zhèng)", "")


def test_script_of_a_huge_page_is_judged_on_a_sample() -> None:
    from webclean.core.script import detect_script, script_sample
    huge = "網站首頁，" * 400_000 + "网站首页，" * 10
    assert len(script_sample(huge)) < 70_000
    assert detect_script(huge) == "zh-Hant"
