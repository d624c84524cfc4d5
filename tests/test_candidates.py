"""Credits chosen from evidence (extract.candidates) and the name tests they use (core.names): each feature
alone, on values shaped like the ones real pages offer."""
from __future__ import annotations

import pytest

import webclean
from webclean.core import names
from webclean.document import Document
from webclean.extract import candidates as cand


@pytest.mark.parametrize("value, expected", [
    ("王帆", names.NAME_WITH_SURNAME), ("欧阳娜娜", names.NAME_WITH_SURNAME), ("馮稟壹", names.NAME_WITH_SURNAME),
    ("5点半的Allen", names.HANDLE), ("my38778570", names.HANDLE), ("私~川流", names.HANDLE),
    ("远瞳", names.WORD_OR_NO_SURNAME),            # a pen name without a surname keeps a little weight
    ("新京报", 0.0), ("香港電台-財經", 0.0), ("每日经济新闻", 0.0), ("路透", 0.0), ("视觉中国", 0.0),
    ("已编辑", 0.0), ("新手上路", 0.0), ("昨天", 0.0), ("后略", 0.0),
])
def test_person_plausibility(value: str, expected: float) -> None:
    assert names.person_plausibility(value) == expected


def test_surnames_cover_both_scripts_and_compound_names() -> None:
    assert {"张", "張", "欧阳", "歐陽", "司马"} <= names.surnames()
    assert not names.has_surname("网友")


def test_an_outlet_offered_as_the_author_becomes_the_source() -> None:
    doc = Document(raw="")
    doc.set_field("author", "新京报", "author_label", "2024年05月16日 17:02 新京报作者：新京报")
    doc.set_field("author", "奚丹霓、张赛", "author_label", "（总台央视记者 奚丹霓 张赛）")
    cand.weigh_credits(doc)
    assert doc.value("author") == "奚丹霓、张赛" and doc.value("source") == "新京报"
    assert doc.fields["source"].rule == "author_label_outlet"


def test_the_editor_offered_as_author_by_a_template_yields_to_a_credited_author() -> None:
    doc = Document(raw="")
    doc.set_field("editor", "倪仕轩", "editor_label", "编辑：倪仕轩 责任编辑：杨格")
    doc.set_field("author", "倪仕轩", "meta_author")
    alone = Document(raw="")
    alone.set_field("editor", "李楠", "editor_label", "编辑:李楠")
    alone.set_field("author", "李楠", "meta_author")
    doc.set_field("author", "王帆", "source_slot_person", "来源：中国新闻网 王帆")
    cand.weigh_credits(doc)
    cand.weigh_credits(alone)
    assert doc.value("author") == "王帆"
    assert alone.value("author") == "李楠"     # nobody else is credited: the one name is kept


def test_a_rule_offering_many_different_names_reads_captions_not_the_byline() -> None:
    doc = Document(raw="")
    for who in ("EndWhereIBegin", "John D. Batten", "Leonid Tishkov", "Kay Nielsen"):
        doc.set_field("author", who, "author_label", f"Illustration by {who}")
    doc.set_field("author", "私~川流", "meta_author")
    cand.weigh_credits(doc)
    assert doc.value("author") == "私~川流"


def test_agreeing_rules_beat_a_single_one() -> None:
    doc = Document(raw="")
    doc.set_field("author", "赵磊", "name_under_headline", "赵磊")
    doc.set_field("author", "钱芳", "meta_author")
    doc.set_field("author", "钱芳", "linked_person", "钱芳 2025-07-14")
    cand.weigh_credits(doc)
    assert doc.value("author") == "钱芳"


def test_page_words_and_platform_accounts_credit_nobody() -> None:
    doc = Document(raw="", url="https://finance.sina.com.cn/money/a.shtml")
    doc.set_field("author", "已编辑", "name_under_headline", "已编辑")
    doc.set_field("author", "sina_mobile", "meta_author")
    cand.weigh_credits(doc)
    assert doc.value("author") is None
    assert {c.value for c in doc.runners_up["author"]} == {"已编辑", "sina_mobile"}


@pytest.mark.parametrize("value, name", [
    ("方敏北京大学经济学院教授", "方敏"),
    ("中国国际经济交流中心世界经济研究部部长、“一带一路”研究部部长、研究员徐占忱", "徐占忱"),
    ("何继新（天津城建大学）", "何继新"),
    ("王帆", None), ("北京大学经济学院", None),
])
def test_name_in_affiliation(value: str, name: str | None) -> None:
    assert cand.name_in_affiliation(value) == name


def test_the_record_shows_the_winner_and_the_runners_up_with_their_scores() -> None:
    page = ("<html><head><title>老街区改造</title><meta name='author' content='张倩'></head><body>"
            "<h1>老街区改造，别急着把早市赶走</h1><p>2025-05-20 09:31 来源：光明日报</p>"
            "<p>今天上午，市政府召开新闻发布会，介绍了今年以来全市经济社会发展的主要情况。</p>"
            "<p>会议指出，要继续做好民生保障工作，确保各项政策落到实处。（记者 王帆）</p><p>[ 责编：张倩 ]</p>"
            "</body></html>")
    rec = webclean.clean(page)
    authors = [e for e in rec.evidence if e.field == "author"]
    assert rec.author == "王帆" and rec.editor == "张倩" and rec.source == "光明日报"
    assert authors[0].rank == 0 and authors[0].value == "王帆"
    assert [(e.rank, e.value) for e in authors[1:]] == [(1, "张倩")]
    assert authors[0].score > authors[1].score
    assert webclean.Record.from_dict(rec.to_dict()).evidence == rec.evidence


def test_a_source_slot_naming_the_outlet_and_the_writer_gives_both() -> None:
    doc = Document(raw="")
    doc.set_field("source", "中国新闻网 王帆", "source_label", "2023-06-15 08:10 来源：中国新闻网 王帆")
    doc.set_field("author", "倪仕轩", "meta_author")
    doc.set_field("editor", "倪仕轩", "editor_label", "编辑：倪仕轩")
    cand.weigh_credits(doc)
    assert (doc.value("source"), doc.value("author")) == ("中国新闻网", "王帆")


def test_the_editor_in_charge_beats_a_desk_editor_on_another_line() -> None:
    doc = Document(raw="")
    doc.set_field("editor", "周褶褶", "editor_label", "编辑 周褶褶 ｜ 排版 魏蔚")
    doc.set_field("editor", "杜智", "editor_label", "[责任编辑：杜智 PX209]")
    cand.weigh_credits(doc)
    assert doc.value("editor") == "杜智"


def test_a_picture_credit_and_a_glued_date_are_not_the_source() -> None:
    from webclean.extract.bylines import parse_credits
    assert parse_credits("天水有轨电车 图片来源：天水融媒") == {}
    assert parse_credits("来源：人民日报2024-05-13 08:49") == {"source": "人民日报"}
    assert parse_credits("编辑：倪仕轩 责任编辑：杨格") == {"editor": "杨格"}


def test_title_and_date_evidence_lists_what_else_the_page_offered() -> None:
    page = ("<html><head><title>谢谢您访问本中心</title><meta name='pubdate' content='2025-07-13'></head><body>"
            "<h1>老街区改造，别急着把早市赶走</h1><p>2025-07-14 09:31 来源：光明日报</p>"
            "<p>今天上午，市政府召开新闻发布会，介绍了今年以来全市经济社会发展的主要情况，各项指标稳中向好。</p></body></html>")
    rec = webclean.clean(page, url="https://news.example.cn/2025/0714/a.html")
    dates = [e for e in rec.evidence if e.field == "published"]
    titles = [e for e in rec.evidence if e.field == "title"]
    assert dates[0].rank == 0 and {e.rank for e in dates[1:]} == {1}
    # the byline and the URL agree on the 14th, the meta tag alone says the 13th
    assert str(rec.published)[:10] == "2025-07-14" and dates[0].score > dates[1].score
    assert titles[0].value == "老街区改造，别急着把早市赶走"
    assert [e.value for e in titles[1:]] == ["谢谢您访问本中心"]


def _credited(head: str, tail: str) -> str:
    return (f"<html><head>{head}</head><body><h1>北京：古北水镇文旅融合系列IP推出</h1><div class='content'>"
            "<p>近日，古北水镇推出“光之城”文旅融合系列活动，夜游、演出和灯光展同步开放，吸引大批游客前来打卡。</p>"
            f"{tail}</div></body></html>")


@pytest.mark.parametrize("head, tail", [
    ("<meta name='author' content='刘峻凌'>", "<p>【责任编辑：刘峻凌】</p>"),
    ("", "<p>景区负责人表示，系列活动将持续到年底。（郭旭）</p><p>【责任编辑：郭旭】</p>"),
])
def test_the_editor_of_record_is_no_writer_where_nothing_labels_one(head: str, tail: str) -> None:
    rec = webclean.clean(_credited(head, tail))
    assert rec.author is None and rec.editor in ("刘峻凌", "郭旭")


@pytest.mark.parametrize("head, tail, author", [
    ("", "<p>作者：郭旭</p><p>【责任编辑：郭旭】</p>", "郭旭"),               # a labelled credit says so
    ("<meta name='author' content='李楠'>", "<p>编辑:李楠</p>", "李楠"),      # a desk editor may be the writer
])
def test_a_labelled_writer_or_a_desk_editor_stays_the_author(head: str, tail: str, author: str) -> None:
    assert webclean.clean(_credited(head, tail)).author == author


@pytest.mark.parametrize("value, name", [
    ("心理咨询师熊玲", "熊玲"), ("执业律师王小明", "王小明"), ("资深分析师李华", "李华"),
    ("心理咨询师", None), ("律师事务所", None),
])
def test_a_profession_glued_before_a_name_leaves_the_name(value: str, name: str | None) -> None:
    assert cand.name_in_affiliation(value) == name


def test_a_template_slot_read_twice_does_not_outweigh_a_labelled_source() -> None:
    # the head's <meta name="author"> and the date row beside the headline show one slot of the template
    d = Document(raw="")
    d.set_field("source", "中国新闻网", "dateline_source", "2017年10月05日 01:32 中国新闻网")
    d.set_field("source", "中国新闻网", "meta_author_outlet", "中国新闻网")
    d.set_field("source", "北京青年报", "source_label", "来源：北京青年报")
    cand.weigh_credits(d)
    assert d.value("source") == "北京青年报"
    # two independent rules still agree: a labelled line and a dispatch opening beat one labelled line
    d = Document(raw="")
    d.set_field("source", "人民网", "source_label", "来源：人民网")
    d.set_field("source", "新华网", "source_label", "来源：新华网")
    d.set_field("source", "新华网", "dateline_source", "2024-05-13 08:49 新华网")
    cand.weigh_credits(d)
    assert d.value("source") == "新华网"


def test_the_headlines_subject_is_not_its_writer() -> None:
    d = Document(raw="")
    d.set_field("title", "知名歌手张三因病去世 享年54岁", "headline_block")
    d.set_field("author", "张三", "name_under_headline", "张三")
    cand.weigh_credits(d)
    assert d.value("author") is None
    # a column opening with its writer's name keeps the writer
    d = Document(raw="")
    d.set_field("title", "茉莉：我是怎样卷入八九民运的", "headline_block")
    d.set_field("author", "茉莉", "name_under_headline", "茉莉")
    cand.weigh_credits(d)
    assert d.value("author") == "茉莉"


def test_an_author_slot_naming_the_outlet_credits_no_writer() -> None:
    # 东方网: 作者: 中国台湾网 选稿: 夏阳, and <meta name="author"> holds the web editor 夏阳
    import webclean
    para = "近日，某部队组织开展实战化训练，官兵们在复杂环境中锤炼本领，检验了部队的快速反应和协同作战能力。"
    page = ("<html><head><title>实战化训练</title><meta name='author' content='夏阳'></head><body><h1>实战化训练</h1>"
            "<div>2019-10-12 08:40:33　来源: 中国台湾网　作者: 中国台湾网　选稿: 夏阳</div>"
            f"<p>{para}</p><p>{para}</p></body></html>")
    record = webclean.clean(page)
    assert (record.author, record.editor, record.source) == (None, "夏阳", "中国台湾网")


def test_a_four_character_account_fills_the_source_slot() -> None:
    # 来源:浦江同舟 (a WeChat account) reads like 浦 + a given name, but four characters behind a one-character
    # surname name an account; a three-character name in the slot still names a person
    from webclean.extract.candidates import source_fit
    assert source_fit("浦江同舟") > 0 and source_fit("王小明") == 0.0


@pytest.mark.parametrize("row,author,source", [
    ("作者：毒理审评处 来源： 农药检定所", None, "农药检定所"),   # a division of the source
    ("作者：江苏省农药总站 来源：", None, "江苏省农药总站"),        # the body that sent the text, 来源 left empty
    ("作者：王小明 来源： 农药检定所", "王小明", "农药检定所"),
])
def test_a_body_in_the_writer_slot_is_no_person(row: str, author: str | None, source: str) -> None:
    # capda.org.cn's JEECMS info row: 作者：<span>江苏省农药总站</span>来源：<span></span>
    lead = "".join(f"<p>{p}</p>" for p in ("芋头是重要的特色经济作物，病虫害发生种类多、危害重，需要全程防控。",
                                           "各地植保部门要加强监测预报，指导农民科学安全用药，减少损失。"))
    page = f"<html><body><h1>芋头病虫防控全程解决方案</h1><div>2020-08-05 {row}</div>{lead}</body></html>"
    record = webclean.clean(page)
    assert (record.author, record.source) == (author, source)


def test_a_committee_in_the_writer_slot_is_the_source() -> None:
    # qccy.org.cn (ASP.NET): 来源：<span id="lblOrigion"></span> 作者：<span id="lblCreator">团区委</span>
    lead = "".join(f"<p>{p}</p>" for p in ("原定于本周六举行的见习活动因天气原因取消，请各单位及时通知参加活动的青年。",
                                           "活动另行安排时间，具体时间将另行通知，给大家带来不便，敬请谅解。"))
    page = f"<html><body><h1>关于取消见习活动的通知</h1><div>2021-05-20 来源： 作者：团区委</div>{lead}</body></html>"
    record = webclean.clean(page)
    assert (record.author, record.source) == (None, "团区委")
