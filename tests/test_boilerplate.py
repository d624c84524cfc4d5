"""Boilerplate rules: each heuristic alone on realistic lines, then the stage on whole pages.

Lines and blocks here are written by us, modelled on the founding seed page and the
real pages in ../shared/corpus (read from there, never copied).
"""
from __future__ import annotations

import json
import re
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

import webclean
from webclean.document import Block, Document
from webclean.strip import boilerplate as bp

from .conftest import SHARED, page_of, real_page_sets


def line(text: str, index: int = 0) -> Block:
    return Block(index=index, text=text)


def element(text: str, tag: str = "div", hints: str = "", link_chars: int = 0, links: int = 0,
            container: int = 1, in_list: bool = False, index: int = 0) -> Block:
    heading = int(tag[1]) if re.fullmatch(r"h[1-6]", tag) else 0
    return Block(index=index, text=text, tag=tag, hints=hints, link_chars=link_chars, links=links,
                 container=container, in_list=in_list, heading=heading)


def text_page(*lines: str) -> Document:
    doc = Document(raw="")
    doc.blocks = [line(t, i) for i, t in enumerate(lines)]
    return doc


def labels(doc: Document) -> list[str | None]:
    return [b.label for b in doc.blocks]


BODY_1 = "社区治理是城市治理的基础环节，要把社区打造成为基层治理的前沿阵地，筑牢服务居民的终端枢纽。"
BODY_2 = "各地要完善服务运行机制，推动党群服务中心功能升级，在公共空间开展邻里活动，让美好社区建设落地见效。"


# ---------------------------------------------------------------------------------------------- lexicons
LEXICONS = [(c, "") for c in bp.CATEGORIES if c != "breadcrumb"] + [("breadcrumb", "label"), ("breadcrumb", "home")]


@pytest.mark.parametrize("category,section", LEXICONS)
def test_every_lexicon_loads_and_compiles(category, section):
    phrases = bp.load_lexicon(category, section)
    assert phrases and not any(p.startswith("#") for p in phrases)
    pattern = bp.lexicon_regex(category, section)
    plain = [p for p in phrases if not p.startswith("re:")]
    if plain:
        assert pattern.search(plain[0]) is not None


def test_lexicon_is_cached_once_per_process():
    assert bp.lexicon_regex("nav") is bp.lexicon_regex("nav")
    assert bp.load_lexicon("share") is bp.load_lexicon("share")


def test_unknown_lexicon_is_refused():
    with pytest.raises(ValueError):
        bp.load_lexicon("../../etc/passwd")


def test_longest_phrase_wins_in_the_alternation():
    assert bp.lexicon_regex("nav").match("网站首页").group() == "网站首页"


@pytest.mark.parametrize("category,section", LEXICONS)
def test_lexicons_list_both_scripts(category, section):
    opencc = pytest.importorskip("opencc")
    s2t, s2tw, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("s2tw"), opencc.OpenCC("t2s")
    lexicon = {p for p in bp.load_lexicon(category, section) if not p.startswith("re:")}
    missing = [p for p in lexicon if t2s.convert(p) == p and s2t.convert(p) != p
               and not {s2t.convert(p), s2tw.convert(p)} & lexicon]
    assert missing == []


# ---------------------------------------------------------------------------------------------- measures
def test_phrase_coverage_counts_letters_only():
    nav = bp.lexicon_regex("nav")
    assert bp.phrase_coverage("网站首页 | 网站地图", nav) == 1.0
    assert bp.phrase_coverage("首页 新闻", nav) == 0.5
    assert bp.phrase_coverage("", nav) == 0.0
    assert bp.phrase_coverage("||| 123", nav) == 0.0


def test_prose_span_finds_first_and_last_paragraph():
    blocks = [line("首页 | 新闻 | 体育"), line(BODY_1), line("短句"), line(BODY_2), line("版权所有")]
    assert bp.prose_span(blocks) == (1, 3)
    assert bp.prose_span([line("首页"), line("网站地图")]) == (2, -1)


def test_a_comma_joined_keyword_header_is_not_prose():
    spam_header = "在线观看网站,免费高清视频网站,最新电影电视剧在线观看,热门综艺节目大全免费看"
    assert bp.prose_span([line(spam_header), line(BODY_1)]) == (1, 1)


# ---------------------------------------------------------------------------------------------- breadcrumb
@pytest.mark.parametrize("text, crumbs", [
    ("首頁 > 人民論壇評論 > 正文", ["首頁", "人民論壇評論", "正文"]),
    ("当前位置：首页 > 国内 > 正文", ["首页", "国内", "正文"]),
    ("您的位置: 首页 >> 财经", ["首页", "财经"]),
    ("首页 » 新闻", ["首页", "新闻"]),
    ("首页 / 科技 / 正文", ["首页", "科技", "正文"]),
    ("网易首页--> 主频道--> 商业·能源--> 电力", ["网易首页", "主频道", "商业·能源", "电力"]),
    ("当前位置： 首页｜东北新闻｜人物专访", ["首页", "东北新闻", "人物专访"]),
    ("您所在的位置 首页 专题频道 国内专题", ["首页", "专题频道", "国内专题"]),
    ("首页>>人物聚焦>>2005人物", ["首页", "人物聚焦", "2005人物"]),
    ("地方新闻 > 正文", ["地方新闻", "正文"]),
    ("当前位置：洛阳", ["洛阳"]),
    ("位置：首页 > 新闻", ["首页", "新闻"]),
])
def test_breadcrumb_trail_forms(text, crumbs):
    assert bp.breadcrumb_trail(line(text)) == crumbs


@pytest.mark.parametrize("text", [
    "若 a > b 且 b > c，则 a > c。",
    "价格 > 100 元 > 预算",
    "人民论坛网评 | 践行人民城市理念，绘好社区治理“工笔画”",
    "首页这个词在网页设计里指的是网站的入口页面，设计时要突出导航。",
    "位置：北京市朝阳区建国路88号",
    BODY_1,
])
def test_breadcrumb_trail_rejects_prose_and_comparisons(text):
    assert bp.breadcrumb_trail(line(text)) is None


def test_breadcrumb_hint_accepts_a_trail_without_a_home_word():
    block = element("科技 > 要闻 > 正文页", hints="wrapper crumbs-article", link_chars=5, links=2)
    assert bp.breadcrumb_trail(block) == ["科技", "要闻", "正文页"]
    assert bp.breadcrumb_trail(element("科技 > 要闻 > 正文页", hints="wrapper main")) is None


# ---------------------------------------------------------------------------------------------- navigation
@pytest.mark.parametrize("text", [
    "網站首頁 | 網站地圖",
    "网站首页 | 网站地图",
    "首页 | 新闻 | 体育 | 财经",
    "首页 · 国内 · 国际",
    "公司简介 - 联系我们 - 广告服务 - 招聘信息 - 隐私权政策",
    "首页|商学院|高端阅读|评论|娱乐观察|专题|论坛",
    "即時│政治│娛樂│社會",
])
def test_nav_separator_run_positive(text):
    assert bp.nav_separator_run(line(text))


@pytest.mark.parametrize("text", [
    "人民论坛网评 | 践行人民城市理念，绘好社区治理“工笔画”",
    "人民論壇網評 | 踐行人民城市理念,繪好社區治理“工筆畫”",
    "图说洛阳 | 牡丹花开满城香",
    "体育 | 财经",
    "迈克尔·杰克逊",
    "2016-03-19",
    "联系电话：010-63070957 010-63070958",
    BODY_1,
])
def test_nav_separator_run_negative(text):
    assert not bp.nav_separator_run(line(text))


def test_nav_separator_run_spares_an_unlinked_heading():
    assert not bp.nav_separator_run(element("专题 | 两会 | 代表说", tag="h1"))
    assert bp.nav_separator_run(element("专题 | 两会 | 代表说", tag="div"))


@pytest.mark.parametrize("text", ["每日推薦", "每日推荐", "网站首页", "设为首页 加入收藏", "返回顶部", "登录 | 注册",
                                  "手机版", "關於我們"])
def test_nav_phrase_line_outside_the_body(text):
    assert bp.nav_phrase_line(line(text), outside_prose=True)


def test_nav_phrase_line_needs_two_phrases_inside_the_body():
    assert not bp.nav_phrase_line(line("关于我们"), outside_prose=False)
    assert bp.nav_phrase_line(line("联系我们 关于我们"), outside_prose=False)


@pytest.mark.parametrize("text", ["请先登录，再注册。", "欢迎联系我们的记者", "首页改版后的第一周，访问量明显上升。"])
def test_nav_phrase_line_spares_sentences(text):
    assert not bp.nav_phrase_line(line(text), outside_prose=True)


def test_nav_space_run():
    assert bp.nav_space_run(line("首頁 即時 影劇 播吧 運動 新奇 社會 政治"))
    assert not bp.nav_space_run(line("春眠 不觉晓 处处 闻啼鸟"))
    assert not bp.nav_space_run(line("张三 李四 王五 赵六 首页"[:-3]))


def test_nav_hint_block_needs_links_and_a_nav_hint():
    assert bp.nav_hint_block(element("财经", tag="li", hints="header-content main-nav nav-item", link_chars=2,
                                     links=1))
    assert not bp.nav_hint_block(element("财经", tag="li", hints="article content", link_chars=2, links=1))
    headline = element("践行人民城市理念，绘好社区治理“工笔画”", tag="h1", hints="page header")
    assert not bp.nav_hint_block(headline)


def test_ambiguous_hint_words_need_the_whole_class():
    headline = element("社区服务站有了新变化", tag="h1", hints="container position-relative", link_chars=10, links=1)
    assert bp.breadcrumb_trail(headline) is None
    card = element("社区服务站有了新变化", tag="div", hints="card card-header", link_chars=10, links=1)
    assert not bp.nav_hint_block(card)
    assert bp.nav_hint_block(element("社区", tag="li", hints="header", link_chars=2, links=1))
    assert not bp.nav_hint_block(element("社区", tag="li", hints="tit14 navy", link_chars=2, links=1))
    assert bp.nav_hint_block(element("社区", tag="li", hints="navsecond course", link_chars=2, links=1))


def test_negated_hint_words_are_ignored():
    hatnote = element("主条目：某某乐队", hints="mw-parser-output hatnote navigation-not-searchable",
                      link_chars=4, links=1)
    assert not bp.nav_hint_block(hatnote)


@pytest.mark.parametrize(("hints", "signal"), [
    ("mainnav", "NAV_HINT"),                    # an affix ending a part
    ("menu-list", "NAV_HINT"),                  # a part that is an affix
    ("tit14 navy", None),                       # a colour class, never affixed
    ("sharebtn16 clearfix", "SHARE_HINT"),      # an affix starting a part
    ("sidebar ad70", "AD_HINT"),                # a numbered ad slot
    ("sidebar ad70x", None),                    # no slot number at its end
    ("mw-parser-output navigation-not-searchable", None),   # the negated token says nothing
    ("navigation-not-searchable nav-top", "NAV_HINT"),       # but the others still do
    ("article content", None),
])
def test_hint_signals_table(hints, signal):
    expected = 0 if signal is None else int(bp.Signal[signal])
    assert bp.hint_signals(hints) == expected


# ---------------------------------------------------------------------------------------------- after the body
@pytest.mark.parametrize("text", ["QQ：12345678", "QQ群：123456"])
def test_share_line_spares_contact_lines(text):
    assert not bp.share_line(line(text))


@pytest.mark.parametrize("text", ["分享到：", "分享到 - 微信", "分享至：微信 微博 QQ空间 朋友圈", "微信 微博 QQ空间",
                                  "转播到腾讯微博", "[打印]"])
def test_share_line_positive(text):
    assert bp.share_line(line(text))


@pytest.mark.parametrize("text", ["谢谢分享文章！", "行程分享 (3)", "2008分享爱心演唱会",
                                  "他在微博上分享了自己参加社区志愿服务的经历，引来很多网友点赞。"])
def test_share_line_negative(text):
    assert not bp.share_line(line(text))


def test_share_hint_block():
    assert bp.share_line(element("一键转发", hints="article-tools bdshare_t"))
    assert not bp.share_line(element("一键转发", hints="article-tools"))


@pytest.mark.parametrize("text", ["相关阅读", "【相关新闻】", "推荐阅读：", "热门文章", "猜你喜欢", "延伸閱讀", "热点",
                                  ">>相关阅读", "更多>>"])
def test_related_heading_positive(text):
    assert bp.related_heading(line(text))


@pytest.mark.parametrize("text", ["找相关的原则", "相关团体 Turbo", "新歌推荐: 曹操-林俊杰", "【海姑娘的特别推荐】",
                                  "最新更新：2016/03/19 10:48", "热点论坛", "相关部门要立即停止办理有关证照。"])
def test_related_heading_negative(text):
    assert not bp.related_heading(line(text))


@pytest.mark.parametrize("text, expected", [
    ("相关阅读：社区服务站有了新变化", True),
    ("【相关新闻】邻里互助团走进老小区", True),
    (">>延伸阅读：楼栋自治试点扩大到全市", True),
    ("推荐阅读：这篇文章讲了社区服务站的变化。", False),
    ("相关阅读", False),
    ("热点问题：社区服务站为何频频更换负责人，居民意见很大", False),
    ("推荐人：社区居委会主任", False),
])
def test_related_inline_link(text, expected):
    assert bp.related_inline_link(line(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("上一篇：社区治理的三个抓手", True),
    ("下一篇： 走进莫内遇见落羽松", True),
    ("此分类上一篇： 美树营地 - 探访老鹰溪 (下) 2011/12/18", True),
    ("上一篇文章中我们讨论了城市治理的三个问题，这一篇继续。", False),
    ("下一步，社区将继续推进楼栋自治。", False),
])
def test_prev_next_link(text, expected):
    assert bp.prev_next_link(line(text)) is expected


@pytest.mark.parametrize("text", [
    "版权所有",
    "Copyright © 2010-2017 shjnet.cn All Rights Reserved",
    "© 2015-2020 Henan Daily, All Rights Reserved 河南日报版权所有",
    "未经授权禁止转载",
    "本网站所刊载信息，不代表本站观点。",
    "东森新媒体控股股份有限公司 版权所有 非经授权，不许转载本网站内容",
])
def test_copyright_line_positive(text):
    assert bp.copyright_line(line(text), after_body=False)


@pytest.mark.parametrize("text", [
    "他表示，该作品的版权所有者已授权本报刊登全文。",
    "本报记者就版权保护问题采访了相关专家，专家认为应加强执法。",
    "这家公司的版权所有权纠纷持续了三年。",
    "未经授权擅自使用他人作品，属于侵犯著作权的行为。",
    "The copyright law protects authors of original works.",
])
def test_copyright_line_negative(text):
    assert not bp.copyright_line(line(text), after_body=False)


def test_copyright_notice_late_in_a_line():
    footer = ("本站提供的内容仅用于学习和交流，不保证内容的正确性。通过使用本站内容带来的风险与本站无关。"
              "版权所有，保留一切权利。")
    assert bp.copyright_line(line(footer), after_body=False)  # two notice phrases
    mention = "记者了解到，这批作品均注明了“版权所有”字样，并在网站显著位置公示。"
    assert not bp.copyright_line(line(mention), after_body=False)
    assert bp.copyright_line(line(mention), after_body=True)


@pytest.mark.parametrize("text, expected", [
    ("京ICP备12345678号", True),
    ("吉ICP备10003441号", True),
    ("京公网安备11010502000001号", True),
    ("豫ICP证 050135号 增值电信业务经营许可证", True),
    ("按规定，网站须先办理ICP备案才能上线运营，监管部门近日开展了专项检查。", False),
    ("社区服务中心今年新增了八个便民窗口。", False),
])
def test_icp_line(text, expected):
    assert bp.icp_line(line(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("网友评论 0 条", True),
    ("我要评论(0)", True),
    ("发表评论", True),
    ("共 4 条评论", True),
    ("評論區", True),
    ("评论人：龚刚（清华大学经管学院）", False),
    ("专家评论认为，这一政策将带动社区服务升级。", False),
])
def test_comment_line(text, expected):
    assert bp.comment_line(line(text)) is expected


def test_comment_hint_block():
    assert bp.comment_hint_block(element("真是个美丽的好地方，感谢分享～", tag="li", hints="single-post comment-text"))
    assert not bp.comment_hint_block(element(BODY_1, tag="p", hints="article-content"))


@pytest.mark.parametrize("text, hints, expected", [
    ("广告", "", True),
    ("顶部通栏广告", "", True),
    ("侧栏广告02", "", True),
    ("推广链接", "", True),
    ("招聘广告", "", False),
    ("广告效应", "", False),
    ("热门品牌商品,超值购", "ad hidden span_adr02", True),
    ("新品抢鲜看", "sidebar ad70", True),
    ("新品抢鲜看", "sidebar adapter", False),
])
def test_ad_line(text, hints, expected):
    assert bp.ad_line(element(text, hints=hints)) is expected


@pytest.mark.parametrize("text, expected", [
    ("扫描二维码，下载客户端", True),
    ("扫码关注人民网", True),
    ("下载快报APP", True),
    ("长按识别二维码关注我们", True),
    ("来源：河南日报客户端", False),
    ("记者扫描二维码后发现，该网站并未备案，随即向有关部门反映。", False),
])
def test_app_prompt_line(text, expected):
    assert bp.app_prompt_line(line(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("（图片来源：视觉中国）", True),
    ("图/新华社", True),
    ("新华社记者 张三 摄", True),
    ("本报记者李四摄", True),
    ("图为7月14日拍摄的社区服务站。新华社记者 张三 摄", True),
    ("正在拍摄", False),
    ("两人在台上合唱了一首新歌。(李小文 攝)", True),           # the photographer in brackets after the sentence
    ("老人因头晕仍需留院观察。（陈大伟摄）", True),              # no space before 摄
    ("帖文恳请雇主尽快联络她。（网上截图）", True),              # the picture's note
    ("会议决定今年继续推进这项改革。（完）", False),
    ("他说：“这张照片是我摄的。”（王小明）", False),
    ("摄影爱好者在公园里拍下了这一幕，照片随后在网上广为流传。", False),
    ("图为7月14日拍摄的社区服务站，居民在这里办理各项业务，工作人员耐心解答各种问题，现场秩序井然，不少老人专程赶来体验新设备，"
     "对便民服务的改进赞不绝口。新华社记者 张三 摄", False),
])
def test_image_credit_line(text, expected):
    assert bp.image_credit_line(line(text)) is expected


# ---------------------------------------------------------------------------------------------- the stage
def test_seed_shaped_text_page():
    doc = text_page(
        "網站首頁 | 網站地圖",
        "每日推薦",
        "首頁 > 人民論壇評論 > 正文",
        "人民論壇網評 | 踐行人民城市理念,繪好社區治理“工筆畫”",
        "1752464965434",
        "中央城市工作會議在北京舉行。會議強調,以建設創新、宜居、美麗、韌性、文明、智慧的現代化人民城市為目標。",
        "社區雖小,卻連著千家萬戶。城市發展規模越大,治理精細度就要越高。(作者:馮稟壹)",
        "[責任編輯:張堯]",
    )
    bp.mark_boilerplate(doc, None)
    assert labels(doc) == ["navigation", "navigation", "breadcrumb", None, None, None, None, None]
    assert doc.value("breadcrumb") == ["首頁", "人民論壇評論", "正文"]
    assert doc.fields["breadcrumb"].text == "首頁 > 人民論壇評論 > 正文"
    assert [r.rule for r in doc.removed] == ["nav_separator_run", "nav_phrase_line", "breadcrumb_trail"]


def test_text_page_footer_chrome():
    doc = text_page(
        "首页 | 新闻 | 体育 | 财经",
        "当前位置：首页 > 国内 > 正文",
        "社区治理迎来新格局",
        BODY_1,
        "（图片来源：视觉中国）",
        BODY_2,
        "来源：人民网",
        "责任编辑：张尧",
        "分享到：微信 微博 QQ空间",
        "相关阅读",
        "社区服务站有了新变化",
        "邻里互助团走进老小区",
        "网友评论",
        "扫描二维码，下载客户端",
        "Copyright © 2025 某某网 版权所有",
        "京ICP备12345678号",
    )
    bp.mark_boilerplate(doc, None)
    assert labels(doc) == ["navigation", "breadcrumb", None, None, "image_credit", None, None, None, "share",
                           "related", "related", "related", "comment", "app_prompt", "copyright", "icp"]
    assert doc.value("breadcrumb") == ["首页", "国内", "正文"]


def test_related_list_stops_at_prose_and_metadata():
    doc = text_page(BODY_1, "相关新闻：", "邻里互助团走进老小区", "[责任编辑：张尧]", "社区服务站有了新变化", BODY_2)
    bp.mark_boilerplate(doc, None)
    assert labels(doc) == [None, "related", "related", None, None, None]
    doc = text_page(BODY_1, "延伸阅读", BODY_2, "社区服务站有了新变化")
    bp.mark_boilerplate(doc, None)
    assert labels(doc) == [None, "related", None, None]


def test_text_related_list_is_one_contiguous_run():
    doc = text_page(BODY_1, "相关文章", "社区服务站有了新变化", "邻里互助团走进老小区", "楼栋自治试点扩大到全市")
    doc.blocks[4].blank_before = True
    bp.mark_boilerplate(doc, None)
    assert labels(doc) == [None, "related", "related", "related", None]


def test_text_related_list_stops_at_a_bare_dateline():
    doc = text_page("相關文章", "Dec 28 Sat 2013 00:28", "新竹尖石_美樹營地賞楓 (2)",
                    "一波波低溫寒流報到 山巒披上嫣紅的彩衣")
    bp.mark_boilerplate(doc, None)
    assert labels(doc) == ["related", None, None, None]


def test_prose_controls_stay_unlabelled():
    controls = [
        "他在微博上分享了自己参加社区志愿服务的经历，引来很多网友点赞。",
        "本报记者就版权保护问题采访了相关专家，专家认为应加强执法。",
        "首页改版后的第一周，网站访问量明显上升。",
        "相关部门要立即停止办理该区域内项目及资源开发的有关证照。",
        "评论人：龚刚（清华大学经管学院）",
        "找相关的原则",
        "人民论坛网评 | 践行人民城市理念，绘好社区治理“工笔画”",
        "来源：河南日报客户端",
        "（作者：冯禀壹）",
        "2025-07-14 11:49:25",
        "来源：新华网 | 编辑：李四 | 2025-07-14",
        "发布时间：2025-07-14 11:49 | 来源：人民网",
        "[责任编辑：张尧]",
        "责编：王五 分享到：微信 微博",
    ]
    doc = text_page(BODY_1, *controls, BODY_2)
    bp.mark_boilerplate(doc, None)
    assert labels(doc) == [None] * len(doc.blocks)
    assert doc.removed == [] and "breadcrumb" not in doc.fields


def test_already_labelled_blocks_are_left_alone():
    doc = text_page("首页 | 新闻 | 体育 | 财经", BODY_1)
    doc.blocks[0].mark("spam", "keyword_stuffing")
    bp.mark_boilerplate(doc, None)
    assert doc.blocks[0].label == "spam" and doc.blocks[0].rule == "keyword_stuffing"
    assert doc.removed == []


def test_first_breadcrumb_sets_the_field_later_ones_are_only_removed():
    doc = text_page("首页 > 国内 > 正文", BODY_1, "首页 > 国内")
    bp.mark_boilerplate(doc, None)
    assert labels(doc) == ["breadcrumb", None, "breadcrumb"]
    assert doc.value("breadcrumb") == ["首页", "国内", "正文"]


def html_page() -> Document:
    doc = Document(raw="", is_html=True)
    doc.blocks = [
        element("首页", tag="li", hints="header nav main-nav", link_chars=2, links=1, container=0, in_list=True),
        element("财经", tag="li", hints="header nav main-nav", link_chars=2, links=1, container=0, in_list=True),
        element("新闻网", tag="div", hints="wrapper part_breadcrumb menu_bread_crumb", link_chars=3, links=1,
                container=1),
        element(">", tag="div", hints="wrapper part_breadcrumb menu_bread_crumb", container=1),
        element("地方", tag="div", hints="wrapper part_breadcrumb menu_bread_crumb", link_chars=2, links=1,
                container=1),
        element("践行人民城市理念，绘好社区治理“工笔画”", tag="h1", hints="article header", container=2),
        element(BODY_1, tag="p", hints="article content", container=2),
        element(BODY_2, tag="p", hints="article content", container=2),
        element("分享", tag="div", hints="article bdshare", container=2),
        element("推荐阅读", tag="h2", hints="side hot", container=3),
        element("社区服务站有了新变化", tag="li", hints="side hot", link_chars=10, links=1, container=3,
                in_list=True),
        element("邻里互助团走进老小区", tag="li", hints="side hot", link_chars=10, links=1, container=3,
                in_list=True),
        element("楼栋自治试点扩大到全市", tag="div", hints="other box", link_chars=11, links=1, container=4),
        element("真是个美丽的好地方，感谢分享～", tag="li", hints="comments comment-text", container=5),
        element("热门品牌商品,超值购", tag="li", hints="bar ad", link_chars=10, links=1, container=6),
        element("© 2015-2020 某某日报 版权所有 豫ICP备05013524号", tag="div", hints="footer copyright",
                container=7),
    ]
    return doc


def test_html_page_chrome():
    doc = html_page()
    bp.mark_boilerplate(doc, SimpleNamespace(keep_comments=False))
    assert labels(doc) == ["navigation", "navigation", "breadcrumb", "breadcrumb", "breadcrumb", None, None, None,
                           "share", "related", "related", "related", None, "comment", "ad", "icp"]
    assert doc.value("breadcrumb") == ["新闻网", "地方"]
    assert doc.fields["breadcrumb"].rule == "breadcrumb_trail"


def test_related_list_items_in_their_own_list_container_follow_the_heading():
    doc = Document(raw="", is_html=True)
    doc.blocks = [
        element("推荐阅读", tag="h2", hints="side hd", container=3),
        element("社区服务站有了新变化", tag="li", hints="side bd", link_chars=10, links=1, container=8, in_list=True),
        element("邻里互助团走进老小区", tag="li", hints="side bd", link_chars=10, links=1, container=8, in_list=True),
        element(BODY_1, tag="p", hints="article", container=9),
        element("楼栋自治试点扩大到全市", tag="li", hints="list", link_chars=11, links=1, container=10, in_list=True),
    ]
    bp.mark_boilerplate(doc, None)
    assert labels(doc) == ["related", "related", "related", None, None]


def test_hint_words_around_the_article_are_not_chrome():
    # A theme puts "ad-free comments-open" on <body>: every block inherits them.
    wide = "ad-free comments-open single-post"
    doc = Document(raw="", is_html=True)
    doc.blocks = [
        element("社区治理迎来新格局", tag="h1", hints=f"{wide} entry-header"),
        element("这是一个短段落。", tag="p", hints=f"{wide} entry-content"),
        element(BODY_1, tag="p", hints=f"{wide} entry-content"),
        element("短段落也要保留。", tag="p", hints=f"{wide} entry-content"),
        element("真是个美丽的好地方，感谢分享～", tag="li", hints=f"{wide} comment-list comment-body"),
        element("热门品牌商品,超值购", tag="div", hints=f"{wide} sidebar ad", link_chars=10, links=1),
    ]
    bp.mark_boilerplate(doc, None)
    assert labels(doc) == [None, None, None, None, "comment", "ad"]
    assert doc.blocks[1].hints.startswith("ad-free")  # the block itself is not rewritten


def test_an_ad_word_on_the_container_of_most_of_the_prose_is_no_ad_slot():
    # 8world's story sits in <section class="block programatic-ads field-content">, its first prose line (a photo
    # caption) outside it: the paragraphs holding most of the page's prose carry the word, so it wraps the article.
    story = "block programatic-ads field-content text"
    doc = Document(raw="", is_html=True)
    doc.blocks = [
        element("印度一场政府主导的大型集体婚礼出现严重混乱与踩踏事件，多名宾客在推挤中受伤。", tag="p",
                hints="article-media"),
        element(BODY_1, tag="p", hints=story),
        element("议员提前离开场地 使现场缺乏统筹管理", tag="h3", hints=story),
        element(BODY_1 + BODY_1, tag="p", hints=story),
        element("热门品牌商品,超值购", tag="div", hints="sidebar ad", link_chars=10, links=1),
    ]
    bp.mark_boilerplate(doc, None)
    assert labels(doc) == [None, None, None, None, "ad"]


def test_keep_comments_keeps_comment_bodies():
    doc = html_page()
    bp.mark_boilerplate(doc, SimpleNamespace(keep_comments=True))
    assert doc.blocks[13].label is None
    assert all(r.rule != "comment_hint_block" for r in doc.removed)


def test_stage_checks_the_time_budget():
    doc = text_page(*["首页 | 新闻 | 体育 | 财经"] * 500)
    doc.deadline = 0.0
    from webclean.document import BudgetExceeded
    with pytest.raises(BudgetExceeded):
        bp.mark_boilerplate(doc, None)


# ---------------------------------------------------------------------------------------------- hostile input
BAITS = [
    "首页>" * 50_000,
    "|" * 200_000,
    "版权" * 100_000,
    "a" * 200_000,
    "首页 " * 40_000,
    "记者" * 100_000 + "摄",
    "图为" + "社" * 200_000 + "。张三 摄",
    "下载" + "x" * 200_000,
    "ICP备" * 40_000,
    "分享到微信" * 40_000,
    # Long blank runs: a "\s*x\s*" separator or a "\s*$" tail would be quadratic here.
    " " * 200_000 + "x",
    "首页" + " " * 200_000 + "> 正文",
    "。" + " " * 200_000 + "x",
    "|" + " " * 200_000 + "|",
    "ICP备" + " " * 200_000,
    "copyright" + " " * 200_000,
    "当前位置" + " " * 200_000 + "：",
    "上一篇" + " " * 200_000,
    "张三" + " " * 200_000 + "摄",
    ("。 " * 100_000),
]


@pytest.mark.slow
@pytest.mark.parametrize("bait", BAITS, ids=range(len(BAITS)))
def test_rules_stay_linear_on_200k_bait(bait):
    start = time.process_time()     # CPU time of this process: other jobs on the machine do not count
    for category in bp.CATEGORIES:
        bp.phrase_coverage(bait, bp.lexicon_regex(category))
    block = element(bait, hints="nav share crumbs comment ad " * 50)
    for rule in (bp.breadcrumb_trail, bp.nav_separator_run, bp.nav_space_run, bp.nav_hint_block, bp.share_line,
                 bp.related_heading, bp.prev_next_link, bp.icp_line, bp.comment_line, bp.ad_line,
                 bp.app_prompt_line, bp.image_credit_line):
        rule(block)
    bp.nav_phrase_line(block, True)
    bp.copyright_line(block, True)
    bp.split_breadcrumb(bait)
    doc = text_page(bait, bait[:300], bait[:40])
    bp.mark_boilerplate(doc, None)
    assert time.process_time() - start < 2.0


def test_many_short_blocks_are_fast():
    lines = ["首页 | 新闻 | 体育 | 财经", BODY_1, "相关阅读", "社区服务站有了新变化", "版权所有"] * 4000
    doc = text_page(*lines)
    start = time.process_time()
    bp.mark_boilerplate(doc, None)
    assert time.process_time() - start < 5.0
    assert sum(1 for b in doc.blocks if b.label is None) == 4000


# ---------------------------------------------------------------------------------------------- real pages
def _gold_body(gold_path: Path) -> str:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return re.sub(r"\s+", "", gold.get("body") or "")


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("gb18030", "replace")


# Per real-page set: the share of removed blocks (8+ characters) that belong to the gold body, and the number
# of pages with a breadcrumb found. "first": the 31 pages ../shared/corpus first had; "added" (its x- pages)
# and "devset" (our own): ceilings that only fall as the work lands.
LOSS_CEILINGS = {"first": 0.01, "added": 0.14, "devset": 0.045, "devset2": 0.03, "devset3": 0.16, "devset4": 0.33,
                 "devset5": 0.01, "devset6": 0.01, "devset7": 0.04, "devset8": 0.01, "devset9": 0.53,
                 "devset10": 0.04, "devset11": 0.01, "devset12": 0.01,
                 "devset13": 0.01, "devset14": 0.01,
                 "devset15": 0.025, "devset16": 0.01, "devset17": 0.015,
                 "devset18": 0.01, "devset19": 0.01, "devset20": 0.01,
                 "devset21": 0.01, "devset22": 0.05, "devset23": 0.01, "devset24": 0.001,
                 "devset25": 0.01, "devset26": 0.01, "devset27": 0.01, "devset28": 0.05,
                 "devset29": 0.01, "devset30": 0.02, "devset31": 0.02, "devset32": 0.01, "devset33": 0.01,
                 "devset34": 0.01, "devset35": 0.01, "devset36": 0.11,
                 "devset37": 0.02, "devset38": 0.01, "devset39": 0.01,
                 "devset41": 0.01, "devset42": 0.01, "devset43": 0.01, "devset44": 0.01, "devset45": 0.01,
                 "devset46": 0.01, "devset47": 0.01, "devset48": 0.03, "devset49": 0.01,
                 "devset50": 0.01, "devset51": 0.01, "devset52": 0.01, "devset53": 0.01,
                 "devset55": 0.01, "devset56": 0.01, "devset57": 0.01, "devset58": 0.01,
                 "devset60": 0.01, "devset61": 0.03, "devset62": 0.01, "devset63": 0.01,
                 "devset64": 0.01, "devset65": 0.32, "devset66": 0.01, "devset67": 0.01}
# Removed blocks of 8+ characters a set must give for its share to mean anything (round 6 has 8 pages).
MIN_REMOVED = {"devset6": 20, "devset7": 20, "devset9": 50, "devset12": 50, "devset14": 50, "devset15": 40,
               "devset16": 20, "devset17": 20, "devset18": 20, "devset19": 20, "devset20": 10,
               "devset21": 20, "devset22": 20, "devset23": 20, "devset24": 20, "devset25": 20,
               "devset26": 20, "devset27": 20, "devset28": 20, "devset29": 20, "devset30": 20, "devset31": 20,
               "devset32": 5, "devset33": 20, "devset34": 20, "devset35": 10, "devset36": 20,
               "devset37": 20, "devset38": 20, "devset39": 20,
               "devset41": 20, "devset42": 20, "devset43": 20, "devset44": 20, "devset45": 20,
               "devset46": 20, "devset47": 20, "devset48": 20, "devset49": 3, "devset50": 0, "devset51": 20,
               "devset52": 0, "devset53": 20, "devset55": 10, "devset56": 20, "devset57": 20, "devset58": 20,
               "devset60": 20, "devset61": 20, "devset62": 20, "devset63": 20, "devset64": 20, "devset65": 20,
               "devset66": 20, "devset67": 20}
CRUMB_PAGES = {"first": 14, "added": 14, "devset": 31, "devset2": 18, "devset3": 4, "devset4": 6, "devset5": 9,
               "devset6": 5, "devset7": 2, "devset8": 3, "devset9": 6, "devset10": 7, "devset11": 6, "devset12": 6,
               "devset13": 3, "devset14": 6, "devset15": 0, "devset16": 5,
               "devset17": 0, "devset18": 7, "devset19": 0, "devset20": 0,
               "devset21": 6, "devset22": 0, "devset23": 0, "devset24": 0, "devset25": 9,
               "devset26": 1, "devset27": 0, "devset28": 3, "devset29": 3, "devset30": 5, "devset31": 2,
               "devset32": 3, "devset33": 0, "devset34": 11, "devset35": 0, "devset36": 0,
               "devset37": 0, "devset38": 7, "devset39": 7,
               "devset41": 5, "devset42": 6, "devset43": 3, "devset44": 8, "devset45": 5, "devset46": 12, "devset47": 8,
               "devset48": 5, "devset49": 0, "devset50": 0, "devset51": 4, "devset52": 0, "devset53": 4,
               "devset55": 4, "devset56": 5, "devset57": 7, "devset58": 6,
               "devset60": 7, "devset61": 0, "devset62": 0, "devset63": 9,
               "devset64": 9, "devset65": 2, "devset66": 6, "devset67": 2}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(real_page_sets()))
def test_real_pages_lose_almost_no_gold_body_text(name: str):
    """On the real pages, removed blocks of 8+ characters almost never belong to the gold body."""
    html = pytest.importorskip("webclean.parse.html")
    removed = in_gold = 0
    crumb_pages = set()
    for gold_path in real_page_sets()[name]:
        doc = Document(raw=b"", text=_decode(page_of(gold_path).read_bytes()), is_html=True)
        html.parse_html(doc, None)
        before = len(doc.removed)
        bp.mark_boilerplate(doc, None)
        body = _gold_body(gold_path)
        for r in doc.removed[before:]:
            text = re.sub(r"\s+", "", r.text)
            if len(text) >= 8 and body:
                removed += 1
                in_gold += text in body
        if doc.value("breadcrumb"):
            crumb_pages.add(gold_path.stem)
    print(name, in_gold, removed, round(in_gold / removed, 4), len(crumb_pages))
    assert removed > MIN_REMOVED.get(name, 100)
    assert in_gold / removed < LOSS_CEILINGS[name], (in_gold, removed)
    assert len(crumb_pages) >= CRUMB_PAGES[name]


# ---------------------------------------------------------------------------------------------- properties
KINDS = {"navigation", "breadcrumb", "share", "related", "copyright", "icp", "comment", "ad", "app_prompt",
         "image_credit"}


def test_empty_and_blank_pages():
    for doc in (text_page(), text_page("", " ", "\u3000")):
        bp.mark_boilerplate(doc, None)
        assert doc.removed == [] and "breadcrumb" not in doc.fields


hypothesis = pytest.importorskip("hypothesis")
st = hypothesis.strategies
_PIECES = ["首页", "首頁", " > ", " | ", "网站地图", "分享到", "微信", "版权所有", "©", "相关阅读", "评论", "广告",
           "ICP备", "123", "，", "。", "当前位置：", "摄", "记者", "图为", "正文", " ", "社区", "治理", "\n", "a",
           "-->"]


@pytest.mark.slow
@hypothesis.settings(max_examples=150, deadline=None)
@hypothesis.given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), max_size=25),
                  st.booleans())
def test_stage_never_raises_and_only_labels_open_blocks(lines, keep_comments):
    doc = text_page(*lines)
    if doc.blocks:
        doc.blocks[0].mark("spam", "keyword_stuffing")
    bp.mark_boilerplate(doc, SimpleNamespace(keep_comments=keep_comments))
    assert all(r.kind in KINDS for r in doc.removed)
    assert len(doc.removed) == sum(1 for b in doc.blocks if b.label in KINDS)
    if doc.blocks:
        assert doc.blocks[0].label == "spam"
    crumbs = doc.value("breadcrumb")
    assert crumbs is None or (isinstance(crumbs, list) and all(c.strip() == c and c for c in crumbs))


def test_crumbs_are_stripped_of_any_whitespace():
    assert bp.breadcrumb_trail(line("首页\t>\u00a0国内\n> 正文")) == ["首页", "国内", "正文"]


def test_dispatcher_size_bounds_repeat_each_rules_own_first_test() -> None:
    """The dispatcher skips a rule when a block exceeds its bounds; the rule itself must say no there too."""
    from webclean.strip.boilerplate import BOILERPLATE_RULES, Position
    examples = {"icp_line": "京ICP备12345678号", "copyright_line": "Copyright © 2010-2017 版权所有",
                "share_line": "分享到：微信 微博", "app_prompt_line": "扫描二维码，下载客户端",
                "comment_line": "我要评论(0)", "nav_hint_block": "首页 新闻",
                "related_heading": "【相关阅读】", "prev_next_link": "上一篇：走进莫内",
                "related_inline_link": "【相关阅读】社区服务站有了新变化", "nav_phrase_line": "每日推荐",
                "image_credit_line": "（图片来源：视觉中国）", "reader_prompt_line": "本章未完，请点击下一页继续阅读"}
    bounded = [r for r in BOILERPLATE_RULES if r.max_chars or r.max_letters]
    assert {r.name for r in bounded} == set(examples)
    where = Position(outside_prose=True, after_body=True)
    for rule in bounded:
        block = Block(0, examples[rule.name], hints="nav", link_chars=len(examples[rule.name]), links=2)
        assert _takes(rule, block, where), rule.name          # the example is one the rule takes
        pad = "甲" * (max(rule.max_chars, rule.max_letters) + 1)
        long = Block(0, examples[rule.name] + pad, hints="nav", link_chars=len(examples[rule.name] + pad), links=2)
        assert not _takes(rule, long, where), rule.name       # past the bound the rule itself declines


def _takes(rule, block: Block, where) -> bool:
    """Whether a registry rule takes ``block`` at position ``where`` (a boilerplate.Position)."""
    return rule.test(block, getattr(where, rule.reads)) if rule.reads else rule.test(block)


def test_every_rule_is_named_by_its_function_and_reads_a_position_it_takes() -> None:
    import inspect

    from webclean.strip.boilerplate import BOILERPLATE_RULES, Position
    names = [r.name for r in BOILERPLATE_RULES]
    assert len(set(names)) == len(names)
    for rule in BOILERPLATE_RULES:
        params = list(inspect.signature(rule.test).parameters)
        assert getattr(bp, rule.name) is rule.test, rule.name        # the public function of that name
        if rule.reads:
            assert rule.reads in Position._fields and params[1:] == [rule.reads], rule.name
        else:
            assert len(params) == 1, rule.name


def test_docstring_examples() -> None:
    import doctest

    from webclean.strip import boilerplate, chrome, navigation
    for module in (boilerplate, chrome, navigation):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__


def test_lexicons_ignore_case_and_report_positions_of_the_input() -> None:
    from webclean.strip.chrome import fold
    text = "© 2020 All Rights Reserved 下载快报APP"
    m = bp.lexicon_regex("app").search(text)
    assert m is not None and text[m.start():m.end()] == "下载快报APP"
    assert bp.copyright_line(Block(0, "COPYRIGHT © 2010-2017 SHJNET.CN"), False)
    assert bp.copyright_line(Block(0, "copyright © 2010-2017 shjnet.cn"), False)
    assert len(fold("İstanbul 新闻")) == len("İstanbul 新闻")     # never shifts positions


def _signal_pages() -> list[list[Block]]:
    """Blocks of every fixture page and corpus page, plus pages of hand-written chrome lines."""
    from webclean import Cleaner

    from .conftest import FIXTURES
    cleaner = Cleaner()
    paths = sorted((FIXTURES / "html").glob("*.html")) + sorted((FIXTURES / "text").glob("*.txt"))
    if (SHARED / "corpus" / "pages").is_dir():
        paths += sorted((SHARED / "corpus" / "pages").glob("*.html"))
    pages = [cleaner.inspect(p.read_bytes())[1].blocks for p in paths]
    chrome = ["京ICP备12345678号", "Copyright © 2010-2017 版权所有", "分享到：微信 微博", "扫描二维码，下载客户端",
              "我要评论(0)", "【相关阅读】", "上一篇：走进莫内", "【相关阅读】社区服务站有了新变化", "每日推荐",
              "（图片来源：视觉中国）", "新华社记者 张三 摄", "首页 | 新闻 | 体育", "首页 新闻 体育 财经 娱乐",
              "当前位置：首页 > 国内 > 正文", "侧栏广告02", "下载快报APP", "COPYRIGHT © 2010 SHJNET.CN"]
    pages.append([Block(i, t) for i, t in enumerate(chrome)])
    hinted = [Block(i, t, tag="li", hints=h, link_chars=len(t), links=2)
              for i, (t, h) in enumerate([("首页 新闻", "nav"), ("微信", "bdshare"), ("广告", "adbox"),
                                          ("国内", "breadcrumb"), ("好文章", "comment-text")])]
    pages.append(hinted)
    assert len(pages) > 30
    return pages


@pytest.mark.slow
def test_every_rule_fires_only_where_the_dispatcher_looks() -> None:
    """The dispatcher tries a rule only on blocks with one of its needed signals: on every block of
    the fixture and corpus pages, a rule that takes a block finds its needs there."""
    from webclean.strip.boilerplate import BOILERPLATE_RULES, Position, Signal, hint_signals, page_signals
    fired: set[str] = set()
    wheres = [Position(False, False), Position(True, False), Position(True, True)]
    for blocks in _signal_pages():
        for block, signals in zip(blocks, page_signals(blocks)):
            signals |= hint_signals(block.hints)
            if bp._METADATA_LINE.search(block.text):
                assert signals & Signal.METADATA, block.text
            if bp.breadcrumb_trail(block):
                assert signals & (Signal.CRUMB | Signal.CRUMB_LABEL | Signal.CRUMB_HINT), block.text
            for rule in BOILERPLATE_RULES:
                if any(_takes(rule, block, where) for where in wheres):
                    fired.add(rule.name)
                    assert signals & rule.needs, (rule.name, block.text)
    assert fired == {rule.name for rule in BOILERPLATE_RULES}   # every rule met a block it takes


@pytest.mark.slow
def test_dispatcher_with_page_signals_decides_as_trying_every_rule() -> None:
    from webclean.strip.boilerplate import _classify, _dispatch, page_signals
    decided = 0
    for blocks in _signal_pages():
        for block, signals in zip(blocks, page_signals(blocks)):
            for where in ((False, False), (True, True)):
                for kept in (frozenset(), frozenset({"keep_comments"})):
                    found = _classify(block, where, _dispatch(kept), signals)
                    assert found == _classify(block, where, _dispatch(kept), -1), block.text
                    decided += found is not None
    assert decided > 500


def test_blocks_matching_marks_every_text_a_pattern_matches_in() -> None:
    from webclean.strip.chrome import blocks_matching
    texts = ["首页", "分享到", "正文", "分享", "copyright"]
    share, latin = re.compile("分享"), re.compile("[a-z]+")
    assert blocks_matching(texts, [share, latin]) == [0, 1, 0, 1, 2]
    assert blocks_matching([], [share]) == []
    # a match running over the joiner marks both texts (a false alarm, never a miss)
    assert blocks_matching(["abc", "def"], [re.compile("c.d")]) == [1, 1]
    # a text holding the joiner itself: no signal can be trusted, every bit is set
    assert blocks_matching(["a\x00b", "c"], [share, latin]) == [3, 3]


@pytest.mark.parametrize("text,expected", [
    ("（图为活动现场）", True), ("(图中左一为张伟)", True), ("（示意图）", True), ("（资料图）", True),
    ("7月13日，社区纳凉点内，居民正在休息。新京报记者 张三 摄", True),
    ("深蓝睿动苏州工厂的装配线。图源：受访者", True), ("居民在新建的口袋公园里散步。图片来源：视觉中国", True),
    ("工厂的装配线已经运行三年。图源不明的照片在网上流传。", False),
    ("（本文图片由受访者提供）", True), ("桂园小区5栋新装的电梯投入使用。通讯员供图", True),
    ("（他说，这些资料由市档案馆提供）", False),
    ("（图为作者在会上发言，他说：城市更新要先问居民。）", False),
    ("图为社区工作人员正在为老人测量血压，这项服务已经持续了三年，深受居民欢迎，今年还将扩大到周边的五个小区。", False),
    ("他说：“我们在活动现场拍了很多照片。”", False),
])
def test_image_credit_line_takes_bracketed_notes_and_captioned_credits(text, expected):
    assert bp.image_credit_line(line(text)) is expected


@pytest.mark.parametrize("text,expected", [
    ("一秒记住【某某书屋】m.example.com，更新快，无弹窗！", True), ("本章未完，请点击下一页继续阅读", True),
    ("加入书签 投推荐票", True), ("这家书店的更新快慢，读者心里都有数。", False),
    ("他把书签夹进书里，说最新章节明天再看，今晚先睡。" * 2, False),
])
def test_reader_prompt_line(text, expected):
    assert bp.reader_prompt_line(line(text)) is expected


def test_trail_ending_in_the_headline_needs_three_crumbs_and_the_title():
    trail = line("某某书屋 > 都市小说 > 第十二章 雨夜来客")
    assert bp.breadcrumb_trail(trail, "第十二章 雨夜来客_某某小说_某某书屋") == [
        "某某书屋", "都市小说", "第十二章 雨夜来客"]
    assert bp.breadcrumb_trail(trail, "别的页面_某某书屋") is None
    assert bp.breadcrumb_trail(trail) is None
    assert bp.breadcrumb_trail(line("都市 > 小说"), "小说_某某书屋") is None     # two crumbs are not enough


def test_a_trail_may_end_in_the_full_headline_of_a_thread():
    title = "7路公交改线了，说说从江北到老城区的几种走法 - 临江杂谈 - 临江社区 - Powered by Discuz!"
    trail = line("临江社区»论坛 › 城市生活 › 临江杂谈 › 7路公交改线了，说说从江北到老城区的几种走法")
    assert bp.breadcrumb_trail(trail, title)[-1] == "7路公交改线了，说说从江北到老城区的几种走法"
    assert bp.breadcrumb_trail(trail, "别的页面 - 临江社区") is None     # a punctuated last crumb needs the title


def test_a_credit_row_with_bar_labels_is_left_to_metadata() -> None:
    import webclean
    page = ("<html><head><title>早安武汉</title></head><body><h1>早安武汉</h1><div class='rich_media_content'>"
            "<p>今天白天多云转晴，气温回升，最高气温十八度，市民出行注意早晚温差。</p>"
            "<p>地铁八号线三期工程今天开工建设，预计三年后建成通车，沿线将新设四座车站。</p>"
            "<p>编辑|张维纳 语音|徐佳 剪辑|李春 制图|张莉</p></div></body></html>")
    rec = webclean.clean(page)
    assert rec.editor == "张维纳"
    assert not any(r.rule == "nav_separator_run" for r in rec.removed)


def test_a_notice_set_apart_in_brackets_is_no_text() -> None:
    import webclean
    para = "为了给参与活动的玩家带来更好的体验，主办方今天公布了地面活动的详细安排，请大家提前规划好路线并准时到场。"
    page = ("<html><head><title>地面活动安排公布</title></head><body><h1>地面活动安排公布</h1>"
            f"<p>[某某游戏网原创专稿，未经允许请勿转载！]</p><p>{para}</p><p>{para}</p></body></html>")
    record = webclean.Cleaner().clean(page.encode())
    assert "请勿转载" not in record.body and para in record.body
    assert any(r.rule == "copyright_line" and "请勿转载" in r.text for r in record.removed)


@pytest.mark.parametrize("line, caption", [
    ("▲隧道内部图，可以清晰看到嫌犯所使用的挖隧道工具", True),      # the mark points up at the picture
    ("△ 被警方抓获的嫌疑人", True),
    ("警方表示，隧道内部可以清晰看到嫌犯所使用的挖隧道工具。", False),
    ("▲", False),                                                 # a lone mark says nothing
    ("▲top", False),                                              # a back-to-top link: no caption
])
def test_a_line_opening_with_an_upward_mark_is_a_caption(line: str, caption: bool) -> None:
    assert bp.image_credit_line(Block(0, line)) is caption


def test_a_numbered_figures_caption_is_no_text() -> None:
    # a Taiwan security blog's "Figure 1. 詐騙簡訊截圖" under each picture; a sentence about a figure stays
    import webclean
    para = "攻擊者透過詐騙簡訊引導受害者下載惡意程式，程式啟動後會從資源檔解碼出第二階段的酬載並執行。"
    page = ("<html><head><title>新 XLoader 變種</title></head><body><article><h1>新 XLoader 變種</h1>"
            f"<p>{para}</p><div><img src='a.png'></div><div>Figure 1. 詐騙簡訊截圖</div><p>{para}</p>"
            "<p>图1 所示的结构中，左边是输入，右边是输出，中间是处理的过程。</p></article></body></html>")
    record = webclean.clean(page)
    assert "Figure 1. 詐騙簡訊截圖" not in record.paragraphs
    assert any(p.startswith("图1 所示") for p in record.paragraphs)


def test_captions_with_an_outlets_dotted_name_or_a_bracketed_credit_are_image_notes() -> None:
    from webclean.document import Block
    from webclean.strip.boilerplate import image_credit_line
    assert image_credit_line(Block(0, "（鸟瞰瓦屋油茶基地。湖南日报·华声在线记者 徐行 摄）"))
    assert image_credit_line(Block(0, "台湾网友贴出的爆料照片（图源：台湾《联合报》）"))
    assert not image_credit_line(Block(0, "台湾网友贴出的爆料照片引发热议（据台湾《联合报》报道）"))
    assert not image_credit_line(Block(0, "赵勇任国家民委副主任 已任副部15年(图/简历)"))   # a headline's marker


def test_a_crumb_keeps_the_brackets_it_holds_a_pair_of():
    # TVBS's trail ends with the headline, 《食尚玩家》前進…; a crumb wholly in brackets loses them
    from webclean.strip.navigation import split_breadcrumb
    crumbs = split_breadcrumb("TVBS 新聞 > 旅遊玩家 > 《食尚玩家》前進南美印加帝國")[0]
    assert crumbs[-1] == "《食尚玩家》前進南美印加帝國"
    assert split_breadcrumb("首页 > 《人民日报》 > 正文")[0] == ["首页", "人民日报", "正文"]


def test_a_pictures_file_name_left_where_it_stood_is_no_text() -> None:
    para = "<p>昆明市公安局召开专题会议，部署全市公安机关扎实开展各项工作，确保社会治安大局持续稳定。</p>"
    page = ("<html><body><h1>昆明公安部署近期工作</h1>" + para + "<p>赵立功2.jpg</p><p>image.png</p>" + para * 2
            + "<p>报名表.png 请于周五前交回</p></body></html>")
    record = webclean.clean(page.encode())
    assert "赵立功2.jpg" not in record.body and "image.png" not in record.body
    assert "报名表.png 请于周五前交回" in record.body   # a sentence naming a file is text
