"""Dispatch bylines (extract.datelines): each shape alone, the texts that must not read as one, and the stage."""
from __future__ import annotations

import pytest

import webclean
from webclean.extract.datelines import DATELINE_PATTERNS, byline_outlet, dispatch_byline


@pytest.mark.parametrize("rule, text, names", [
    ("bracket", "〔記者王憶紅／台北報導〕宏達電行銷長昨正式宣布，將與國際巨星合作。", "王憶紅"),
    ("bracket", "……證明了良心是經營生意的不二法門。（民視新聞陳韻平、郭文海台北報導）", "陳韻平、郭文海"),
    ("bracket", "香港文匯報訊（記者 鄭治祖）不少法庭訴訟往往需時數月，甚至數年處理。", "鄭治祖"),
    ("bracket", "新华社乌鲁木齐5月9日电（记者邹伟）国务院总理5月7日至9日在新疆调研。", "邹伟"),
    ("bracket", "咖啡業者依然持續將高漲的成本逐步轉嫁給消費者，供應仍然吃緊，價格恐怕還會再漲。"
                "（劉利貞／綜合外電報導）", "劉利貞"),
    ("slash", "2020-10-04 15:05聯合報 記者林宸誼／即時報導", "林宸誼"),
    ("bracket", "【聯合晚報╱記者楊正海╱即時報導】", "楊正海"),
    ("slash", "新頭殼newtalk2014.10.24 金名/高雄報導", "金名"),
    ("dispatch", "新华社北京5月19日电（刘艺、杨吉）中国科学院专家19日在北京介绍项目进展情况。", "刘艺、杨吉"),
    ("reporter_line", "新华社记者邹多为、唐诗凝、丁乐", "邹多为、唐诗凝、丁乐"),
    ("reporter_line", "記者賴淑敏 蔣龍祥 台北報導", "賴淑敏、蔣龍祥"),
    ("outlet_slash", "上報快訊／范姜佳鈺 2020年03月12日 20:19:00", "范姜佳鈺"),
    ("photo_credit", "3月13日，全国政协会议在人民大会堂举行闭幕会。这是记者在会场拍摄。 新华社记者 殷博古 摄",
     "殷博古"),
    ("photo_credit", "中共麗水市委常委、宣傳部長在歡迎晚宴上致辭。 (中國臺灣網 王偉 攝)", "王偉"),
    ("bracket", "枝江融媒(通訊員 李意)近日，安福寺鎮吳家門村積極組織開展溝渠清淤工作。", "李意"),
    ("bracket", "(总台采访人员 戴峰 肖中仁)", "戴峰、肖中仁"),
    ("sent_from", "腾讯《一线》 纪振宇 10月10日发自硅谷", "纪振宇"),
])
def test_each_dateline_shape(rule: str, text: str, names: str) -> None:
    found = dispatch_byline(text)
    assert found is not None and (found.rule, found.names) == (rule, names)


@pytest.mark.parametrize("text", [
    "据介绍，北京／上海两地的试点已经开始，记者从会上了解到，相关工作进展顺利。",
    "……屍體由檢察官發回家屬處理。（圖／記者林悅翻攝）",        # a photo credit
    "記者會上，發言人表示將持續關注此事。",                        # 記者會 is a press conference
    "（本报综合报道）",                                              # an outlet, nobody named
    "中国记者协会发布报道称，新闻工作者应当坚守职业操守。",
    "他从小喜欢摄影，后来成了职业摄影师。",                        # 摄影 is photography, not a credit
    "我们在10月10日发自硅谷的消息中提到了这件事",                   # the day and 发自 inside a sentence
    "江坤宇再見安打，全場歡聲雷動。（記者廖耀東攝）",                 # a photographer's credit under a picture
])
def test_texts_that_are_not_bylines(text: str) -> None:
    assert dispatch_byline(text) is None


def test_every_pattern_is_named_and_reachable() -> None:
    assert {name for name, _ in DATELINE_PATTERNS} == {"agency", "bracket", "slash", "dispatch", "report_opening",
                                                        "reporter_line", "outlet_slash", "photo_credit", "sent_from"}


def test_the_stage_credits_the_reporter_and_cuts_the_dateline_from_the_paragraph() -> None:
    page = ("<html><head><title>統一發票開獎</title></head><body><h1>統一發票開獎</h1><p>2025-03-25 10:00</p>"
            "<p>〔記者王小明／台北報導〕財政部今天下午公布本期統一發票中獎清冊，千萬元特別獎共開出十八張。</p>"
            "<p>財政部表示，中獎人可於四月六日起至七月五日止，持中獎發票至郵局領獎，逾期不候。</p></body></html>")
    rec = webclean.clean(page)
    assert rec.author == "王小明"
    assert rec.paragraphs[0].startswith("財政部今天下午")
    assert any(r.rule == "dateline_bracket" and r.text.startswith("〔記者") for r in rec.removed)


def test_a_picture_story_credits_its_photographers_and_their_agency() -> None:
    caption = "3月2日，政协会议在北京人民大会堂举行新闻发布会，大会发言人介绍会议有关情况并回答中外记者提问。"
    text = (f"{caption}新华社记者 丁林 摄\n\n{caption} 新华社发 (王申 摄)\n\n{caption}新华社记者 燕雁 摄\n")
    rec = webclean.clean(text.encode())
    assert rec.author == "丁林、王申、燕雁" and rec.source == "新华社"


def test_a_text_article_with_a_photo_does_not_credit_the_photographer() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (
        "今天上午，市政府召开新闻发布会，介绍了今年以来全市经济社会发展的主要情况，各项指标稳中向好。",
        "会议指出，要继续做好民生保障工作，确保各项政策落到实处，让群众得到实惠，切实增强获得感。",
        "据了解，今年全市新增就业岗位三万余个，城镇居民人均可支配收入同比增长百分之六，物价总体平稳。",
        "下一步，全市将围绕重点项目建设、营商环境优化等方面持续发力，推动经济高质量发展，再上新台阶。",
        "会上，相关部门负责人还就群众关心的教育、医疗、住房等问题回答了记者提问，并介绍了下半年的工作安排。",
        "发布会还通报了全市安全生产形势，要求各地各部门压实责任，抓好汛期和高温天气下的各项防范工作。") * 2)
    page = (f"<html><body><h1>市政府召开新闻发布会</h1><div class='content'>{paragraphs}"
            "<p class='caption'>发布会现场。新华社记者 丁林 摄</p></div></body></html>")
    assert webclean.clean(page).author is None


def test_the_outlet_that_opens_a_dispatch_is_the_source() -> None:
    page = ("国家主席会见来访的外国客人\n"
            "4月30日，国家主席在北京人民大会堂会见来访的客人。 中新社发 盛佳鹏 摄\n"
            "中新网北京四月三十日电 (记者 孙宇挺)国家主席三十日下午在人民大会堂会见来访的客人，"
            "双方就两国关系交换了意见。\n"
            "会见中，双方表示愿意加强各领域交流合作，推动两国关系持续健康发展。\n")
    rec = webclean.clean(page)
    assert rec.source == "中新网" and rec.author == "孙宇挺"
    county = "沟渠清淤保春耕\n枝江融媒(通讯员 李意)近日，安福寺镇积极组织开展沟渠清淤工作，为明年的春耕生产做足准备。\n"
    assert webclean.clean(county).source == "枝江融媒"


def test_an_outlet_report_in_the_opening_bracket_is_the_source() -> None:
    page = ("国家主席会见来访的外国客人\n【环球网综合报道】据外国政府发言人在会见后的一份声明中称，"
            "双方领导人希望不久举行会晤。\n"
            "声明说，双方同意继续就共同关心的问题保持沟通。\n[责任编辑:张晓静]\n")
    rec = webclean.clean(page)
    assert rec.source == "环球网" and rec.editor == "张晓静"
    assert webclean.clean(page.replace("【环球网综合报道】", "【图】")).source is None


def test_an_agency_dispatch_names_its_reporter_and_its_closing_credit_the_editor() -> None:
    page = ("<html><head><title>縣府宴請參訪團</title></head><body><h1>縣府宴請參訪團</h1><div class='paragraph'>"
            "<p>（中央社記者盧太城台東縣12日電）經貿交流團今天參訪台東，上午前往森林博物館，晚上縣長設宴款待。</p>"
            "<p>交流團傍晚參觀史前文化館，縣長晚上在知本宴請團員，雙方就觀光合作交換意見。（編輯：蘇龍麒）1031212</p>"
            "</div></body></html>")
    rec = webclean.clean(page)
    assert rec.author == "盧太城" and rec.editor == "蘇龍麒"
    assert rec.paragraphs[0].startswith("經貿交流團") and rec.paragraphs[-1].endswith("交換意見。")


@pytest.mark.parametrize("line, outlet", [
    ("2020-10-04 15:05聯合報 記者林宸誼／即時報導", "聯合報"), ("【聯合晚報╱記者楊正海╱即時報導】", "聯合晚報"),
    ("〔記者王憶紅／台北報導〕", ""), ("本報記者 王明／台北報導", ""),
])
def test_the_paper_a_reporters_byline_names(line: str, outlet: str) -> None:
    assert byline_outlet(line) == outlet


def test_the_paper_before_the_reporter_is_the_pages_source() -> None:
    page = ("<html><body><h1>郝龍斌：贊成修憲和內閣制</h1>"
            "<div class='story_author'>【聯合晚報╱記者楊正海╱即時報導】</div>"
            "<p>台北市長郝龍斌今天表示，他贊成修憲，也贊成內閣制，但修憲必須凝聚社會共識，不能操之過急。</p></body></html>")
    rec = webclean.clean(page)
    assert (rec.author, rec.source) == ("楊正海", "聯合晚報")


def test_a_picture_storys_own_paper_photographer_is_its_author() -> None:
    text = ("12日，我市组织开展街道卫生大扫除活动，各单位两千多名干部职工走上街头清扫垃圾。\n"
            "本报记者 林小雨 摄\n上一篇:社区举办摄影展 下一篇:关爱困难群众\n")
    assert webclean.Cleaner().clean(text.encode()).author == "林小雨"
    assert dispatch_byline("本报记者 林小雨 摄").rule == "photo_credit"


def test_a_report_opening_names_its_staff_each_after_their_role() -> None:
    from webclean.extract.datelines import dispatch_byline
    found = dispatch_byline("东方网通讯员龙钢、记者朱贝尔1月11日报道：虹口区今年将新建养老床位500张。")
    assert (found.names, found.outlet, found.rule) == ("龙钢、朱贝尔", "东方网", "report_opening")
    assert dispatch_byline("记者会上，发言人1月11日报道：经济运行总体平稳。") is None


@pytest.mark.parametrize("text, names", [
    ("南开新闻网讯（记者 郝静秋 摄影 宗琪琪）3月13日，会议在八里台校区举行。", "郝静秋"),   # not the photographer
    ("本报讯（记者 丛敏 通讯员 于涛）3月13日，发布会在天开高教科创园举行。", "丛敏、于涛"),   # 丛, a surname
    ("本报讯（记者 李淼 摄影 田为）1月6日，全省督导现场会在成都召开。", "李淼"),
    ("东北网7月10日讯（记者郭会桥 通讯员龚伟）7月10日，公交集团召开会议。", "郭会桥、龚伟"),   # roles glued to names
])
def test_a_bracketed_byline_credits_its_reporters_and_not_its_photographer(text: str, names: str) -> None:
    found = dispatch_byline(text)
    assert found is not None and found.names == names
