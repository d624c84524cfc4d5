from __future__ import annotations

from webclean.decode.sniff import looks_like_html
from webclean.document import Document
from webclean.parse.text_lines import segment_text
from webclean.pipeline import Options


def test_lines_become_blocks_with_blank_line_flags():
    doc = Document(raw="", text="網站首頁 | 網站地圖\n\n每日推薦\n首頁 > 新聞 > 正文\r\n\r\n\u3000\u3000第一段。  \n")
    segment_text(doc, Options())
    assert [b.text for b in doc.blocks] == ["網站首頁 | 網站地圖", "每日推薦", "首頁 > 新聞 > 正文", "第一段。"]
    assert [b.blank_before for b in doc.blocks] == [False, True, False, True]
    assert [b.index for b in doc.blocks] == [0, 1, 2, 3]


def test_max_blocks_cuts_with_a_warning():
    doc = Document(raw="", text="\n".join(f"第{i}行" for i in range(50)))
    segment_text(doc, Options(max_blocks=10))
    assert len(doc.blocks) == 10
    assert any("max_blocks" in w for w in doc.warnings)


def test_html_detection():
    assert looks_like_html("<!DOCTYPE html><html><head><title>x</title></head></html>")
    assert looks_like_html('<text id="http://x" title="t">\n<div><p>一</p><p>二</p></div>')
    assert not looks_like_html("首页 > 新闻 > 正文\n\n文章里提到 <p> 标签也不会让它变成网页。")


# A page's text kept line by line, with a gallery template's markup that the page carried as text.
_QUOTING_PAGE = "\n".join(
    ["短视频与大众文化生产_要闻_电影网", "登录/注册", "首页", "新闻", "视频", "影库", "客户端"]
    + ['<div class="pic_midd mb20"> <!--插件的宽度依赖于pic_midd 的宽度-->', '<div id="pic_con" >',
       '<a href="javascript:void(0)" class="gary01">重新播放</a>', "</div>", "</div>"]
    + ["短视频与大众文化生产", "时间：2024.05.11", "来源：光明日报 作者：南帆", "分享到："]
    + ["短视频已成为这个时代极为醒目的媒介景观，捕捉着日常色彩斑斓的瞬间，是市井烟火的一瞥，是人文风情的剪影。"] * 3
    + ["相关新闻", "返回顶部", "关于我们", "联系我们"])


def test_a_text_quoting_some_markup_stays_text_and_its_markup_lines_are_recorded_as_removed():
    import webclean
    assert not looks_like_html(_QUOTING_PAGE)
    rec = webclean.clean(_QUOTING_PAGE.encode("utf-8"))
    assert (rec.title, rec.author, rec.source) == ("短视频与大众文化生产", "南帆", "光明日报")
    assert "<" not in rec.body
    assert sum(1 for r in rec.removed if r.rule == "markup_line") == 5
    # markup from the first character on is a document, however few its tags
    assert looks_like_html("<div>\n" + _QUOTING_PAGE)


def test_a_whole_page_texts_article_ends_with_its_longest_run_of_paragraphs():
    import webclean
    para = ("世界排名第五的茲韋列夫今天再度在義大利網賽封王，為下週末登場的法國公開賽做好暖身，"
            "他在賽後感性地說羅馬對他意義非凡。")
    teaser = "（法新社巴黎21日電）網球名將納達爾昨天現身法國公開賽球場練球，今年參賽與否23日大會抽籤時即可揭曉。"
    page = "\n".join(["義大利公開賽 茲韋列夫封王", "2024-05-20 10:00", para, para, para, "其他人也在看",
                      "法新社·2 天前", "納達爾現身練球6千人爭睹", "打不打法網就將揭曉", "熱門新聞", "更多", teaser,
                      "關於我們", "聯絡我們"])
    rec = webclean.clean(page.encode("utf-8"))
    assert rec.body.count("茲韋列夫") == 3 and "納達爾" not in rec.body
    assert any(r.rule == "after_the_text" and "納達爾" in r.text for r in rec.removed)


def test_a_stray_line_before_the_doctype_leaves_a_document():
    import webclean
    lines = "\n".join(f"<p>第{i}段：店方称蛋糕中吃出玻璃碴不太可能，市民表示将向有关部门投诉，工商部门已介入调查。</p>"
                      for i in range(3))
    page = ("__FILE__\n<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<HTML><HEAD>\n"
            "<TITLE>蛋糕中吃出玻璃碴_新闻网</TITLE>\n<script>\nvar a = 1;\nfunction copy() {\n alert('复制完成!');\n}\n"
            + "\n".join(f"var v{i} = {i};" for i in range(20))
            + "\n</script>\n</HEAD><BODY>\n<h1>蛋糕中吃出玻璃碴</h1>\n" + lines + "\n</BODY></HTML>")
    assert looks_like_html(page)
    rec = webclean.clean(page.encode("utf-8"))
    assert rec.title == "蛋糕中吃出玻璃碴" and "alert" not in rec.body


def test_a_run_of_lines_without_a_sentence_after_the_last_paragraph_is_another_region():
    import webclean
    para = "县图书馆今年新添了两千册少儿读物，周末来借书的家长和孩子明显多了，馆里因此把开放时间延长到晚上八点。"
    ending = ["（完）"]
    sidebar = ["本地要闻", "老街改造进入第二阶段", "春季植树活动报名开始", "城东菜市场周末照常营业", "图片新闻",
               "联系我们"]
    page = "\n".join(["县图书馆延长开放时间", "2024-03-02 09:00", para, para, para] + ending + sidebar)
    rec = webclean.clean(page.encode("utf-8"))
    assert rec.body.count("县图书馆今年") == 3 and rec.body.endswith("（完）")
    assert "老街改造" not in rec.body and "本地要闻" not in rec.body
    assert any(r.rule == "after_the_text" and "老街改造" in r.text for r in rec.removed)
    # a short close (a signature, a date) after the last paragraph stays: it is no region of its own
    short = webclean.clean("\n".join(["县图书馆延长开放时间", para, para, para] + ending + sidebar[:2]).encode())
    assert "老街改造" in short.body


def test_a_bare_section_name_right_after_the_last_paragraph_opens_the_region_not_the_articles_close():
    import webclean
    para = "县图书馆今年新添了两千册少儿读物，周末来借书的家长和孩子明显多了，馆里因此把开放时间延长到晚上八点。"
    sidebar = ["精彩专栏", "老街改造进入第二阶段", "春季植树活动报名开始", "城东菜市场周末照常营业", "图片新闻"]
    rec = webclean.clean("\n".join(["县图书馆延长开放时间", para, para, para] + sidebar).encode())
    assert rec.body.count("县图书馆今年") == 3 and "精彩专栏" not in rec.body


def test_headlines_under_a_closing_related_heading_after_the_article_are_cut():
    import webclean
    para = "县图书馆今年新添了两千册少儿读物，周末来借书的家长和孩子明显多了，馆里因此把开放时间延长到晚上八点。"
    heads = ["讲真！老街的夜市重新开张，摊主们究竟都回来了没有？", "三分钟看懂今年的公交新线路，上班族再也不用绕路了",
             "春季植树活动报名开始，这几个地点离你家最近！"]
    rec = webclean.clean("\n".join(["县图书馆延长开放时间", para, para, "大家都在看"] + heads).encode())
    assert rec.body.count("县图书馆今年") == 2 and "老街" not in rec.body and "公交" not in rec.body
    assert any(r.rule == "list_under_closing_heading" and "公交" in r.text for r in rec.removed)
    # the same heading with the article's sentences going on below it is a list set inside the text: they stay
    more = "\n".join(["县图书馆延长开放时间", para, "大家都在看", heads[0], "馆长表示，下个月还将开设亲子阅读课。"])
    assert "亲子阅读课" in webclean.clean(more.encode()).body
    # scores of stopless lines under such a heading are a text written without stops, not a list
    from webclean.document import Block, Document
    from webclean.extract.body import list_under_a_closing_heading
    doc = Document(raw="")
    doc.blocks = [Block(0, para, tag="line"), Block(1, "相关文章", tag="line", label="related", rule="related_heading")]
    doc.blocks += [Block(i + 2, f"第{i}张 山路两旁的枫叶红了 游客沿着步道慢慢往上走", tag="line") for i in range(60)]
    kept = [b for b in doc.blocks if b.label is None]
    assert list_under_a_closing_heading(doc, kept) == -1 and list_under_a_closing_heading(doc, kept[:20]) == 1


def test_a_one_paragraph_page_loses_the_region_after_its_paragraph_too():
    import webclean
    para = "县图书馆今年新添了两千册少儿读物，周末来借书的家长和孩子明显多了，馆里因此把开放时间延长到晚上八点。"
    sidebar = ["本地要闻", "老街改造进入第二阶段", "春季植树活动报名开始", "城东菜市场周末照常营业", "图片新闻"]
    rec = webclean.clean("\n".join(["县图书馆延长开放时间", para] + sidebar).encode())
    assert rec.body == para
    assert any(r.rule == "after_the_text" and "老街改造" in r.text for r in rec.removed)


def test_a_video_players_lines_inside_the_article_are_cut_and_the_paragraphs_around_them_stay():
    import webclean
    first = "大火過後，區內三個票站遷到附近的中學，政府安排了專車接送受影響的選民。"
    second = "特首昨天早上到票站投票，並呼籲市民踴躍參與，他說今屆投票的意義在於參與。"
    player = ["Continue to video", "Playback speed", "1x Normal", "Quality", "360p", "Now Playing",
              "【一分鐘看新聞】颱風明早最接近本港", "01:12", "Now Playing", "【一分鐘看新聞】新巴士線下月通車", "00:58"]
    rec = webclean.clean("\n".join(["票站遷址 選民乘專車投票", first, first] + player + [second, second]).encode())
    assert rec.body.count("票站遷到") == 2 and rec.body.count("特首昨天") == 2
    assert "Now Playing" not in rec.body and "颱風" not in rec.body
    assert any(r.rule == "player_controls" and r.text == "Playback speed" for r in rec.removed)
    # two such words alone (a caption's 播放, a dialog's close) are no player
    alone = webclean.clean("\n".join(["票站遷址 選民乘專車投票", first, "播放", "close", second]).encode())
    assert "播放" in alone.body


def test_headlines_that_ask_or_shout_after_the_last_paragraph_are_a_list_not_the_article():
    import webclean
    para = "县图书馆今年新添了两千册少儿读物，周末来借书的家长和孩子明显多了，馆里因此把开放时间延长到晚上八点。"
    heads = ["老街夜市重新开张 摊主们都回来了吗？", "城东菜市场周末照常营业", "春季植树活动报名开始！名额有限",
             "三分钟看懂今年的公交新线路", "县一中新校区明年启用？教育局回应"]
    rec = webclean.clean("\n".join(["县图书馆延长开放时间", para, para, para] + heads).encode())
    assert rec.body.count("县图书馆今年") == 3 and "老街" not in rec.body and "教育局" not in rec.body
    # the article's own numbered items and labels after its last full stop are no such list
    items = ["1、借书要带什么证件？", "2、每人最多借几本？", "3、逾期怎么办？", "联系电话：", "8812 3456"]
    faq = webclean.clean("\n".join(["县图书馆延长开放时间", para, para, para] + items).encode())
    assert "逾期怎么办" in faq.body
    # a text that leaves its full stops off cannot tell its last lines from headlines by them: they stay
    loose = "县图书馆今年新添了两千册少儿读物，周末来借书的家长和孩子明显多了，开放时间也延长到晚上八点"
    blog = webclean.clean("\n".join(["县图书馆延长开放时间", para, loose, loose, loose] + heads).encode())
    assert "教育局" in blog.body


def test_the_articles_own_numbered_list_between_two_runs_of_paragraphs_keeps_them_one_article():
    import webclean
    para = "县图书馆今年新添了两千册少儿读物，周末来借书的家长和孩子明显多了，馆里因此把开放时间延长到晚上八点。"
    rules = ["借书须知", "1、凭读者证借书", "2、每人最多借五本", "3、借期为一个月", "续借办法", "联系电话："]
    later = "馆长表示，下个月还将开设亲子阅读课，欢迎家长带着孩子报名参加，名额按报名先后确定。"
    rec = webclean.clean("\n".join(["县图书馆延长开放时间", para, para, para] + rules + [later, later]).encode())
    assert rec.body.count("县图书馆今年") == 3 and "每人最多借五本" in rec.body and rec.body.count("亲子阅读课") == 2


def test_a_list_of_headlines_between_the_title_and_the_article_is_cut_but_the_lead_lines_stay():
    import webclean
    para = "县图书馆今年新添了两千册少儿读物，周末来借书的家长和孩子明显多了，馆里因此把开放时间延长到晚上八点。"
    top = ["县图书馆延长开放时间_本地新闻网", "县图书馆延长开放时间"]
    heads = ["老街夜市重新开张 摊主陆续回归", "城东菜市场周末照常营业", "春季植树活动报名开始",
             "三分钟看懂今年的公交新线路", "县一中新校区明年启用", "暴雨过后 河堤巡查加密"]
    lead = ["少儿读物增加，借阅人数明显上升", "周末开放时间延长至晚上八点"]
    rec = webclean.clean("\n".join(top + heads + lead + [para, para]).encode())
    assert rec.title == "县图书馆延长开放时间"
    assert "老街" not in rec.body and "河堤" not in rec.body and "借阅人数明显上升" in rec.body
    assert any(r.rule == "headlines_before_the_text" and "公交" in r.text for r in rec.removed)
    # a notice's own numbered lines before its first sentence are the notice
    items = ["一、项目编号：", "ZC2024-017", "二、项目名称：", "少儿读物采购", "三、采购方式：", "公开招标"]
    notice = webclean.clean("\n".join(top + items + lead + [para, para]).encode())
    assert "少儿读物采购" in notice.body
    # one paragraph after them is no article the lines stand before (a footer's notice under its links)
    lone = webclean.clean("\n".join(top + heads + lead + [para]).encode())
    assert "河堤" in lone.body


def test_a_query_and_its_output_between_two_runs_of_paragraphs_keep_them_one_article():
    import webclean
    para = "为了看清楼层表上建了哪些索引，我们先用一条查询把它们列出来，再逐个说明每个索引覆盖了哪些列。"
    code = ["SQL", "SHOW INDEX FROM floors;", "+-------+----------+", "| Table | Key_name |",
            "+-------+----------+", "| floors | PRIMARY |", "+-------+----------+"]
    later = "可以看到，楼层表只有一个主索引，它由楼号和层号两列组成，按楼号查询时就能用上它。"
    rec = webclean.clean("\n".join(["楼层表的索引怎么看", para, para, para] + code + [later, later]).encode())
    assert rec.body.count("为了看清楼层表") == 3 and rec.body.count("楼层表只有一个主索引") == 2


def test_the_lines_between_the_headline_and_its_date_line_are_the_bylines_not_the_articles():
    import webclean
    para = "城南菜市场今天重新开门，摊位从八十个增加到一百二十个，市民说买菜方便多了，价格也比超市便宜一些。"
    lines = ["城南菜市场重新开门_某某生活网", "首页", "城南菜市场重新开门", "某某生活网", "http://life.example.com",
             "2024-06-01 08:30:00", para, para, para]
    rec = webclean.clean("\n".join(lines).encode())
    assert rec.title == "城南菜市场重新开门" and rec.body.count("城南菜市场今天") == 3
    assert "life.example.com" not in rec.body


def test_a_toolbars_counters_kept_as_a_word_line_and_a_number_line_leave_the_body():
    import webclean
    para = "先到官网下载安装包，解压到不含中文的目录，再打开命令行进入bin目录，运行启动命令就能看到服务起来了。"
    lines = ["在电脑上装一个消息服务_某某博客", "在电脑上装一个消息服务", "2024-03-14 14:52:42", para, para,
             "点赞数", "49", para, "第三步要改的配置有三项：", "3", para]
    rec = webclean.clean("\n".join(lines).encode())
    assert rec.body.count("先到官网下载") == 4 and "点赞数" not in rec.body and "\n49\n" not in f"\n{rec.body}\n"
    assert "\n3\n" in f"\n{rec.body}\n"   # a number with no counter's word beside it stays


def test_a_comment_counter_and_a_dateline_are_no_text_pages_headline() -> None:
    import webclean
    para = "国务院常务会议部署加快稳经济一揽子政策措施落地生效，会议指出要按照总体思路推出稳经济的政策措施。"
    text = ("政能亮丨稳经济需要跑出加速度_某某网\n栏目首页\n政能亮丨稳经济需要跑出加速度\n"
            "2022-06-02 09:52:19政能亮 来自北京市\n5人参与2评论\n文丨政能亮特约评论员 韩涵\n" + (para + "\n") * 3)
    record = webclean.Cleaner().clean(text.encode())
    assert record.title.endswith("稳经济需要跑出加速度") and record.author == "韩涵"
    assert record.published is not None and record.published.day == 2


def test_a_text_pages_info_row_taken_for_a_menu_still_gives_the_date_it_opens_with():
    import webclean
    para = "周末去城西的湿地公园走了一圈，芦苇刚刚泛黄，步道边新修了几处观鸟台，带孩子去正合适，门票也不贵。"
    lines = ["城西湿地公园半日游_某某小站", "首页", "游记", "城西湿地公园半日游", "2023-10-21 16:40 • 游记 • 阅读 356",
             para, para, para]
    rec = webclean.clean("\n".join(lines).encode())
    assert rec.published is not None and rec.published.isoformat().startswith("2023-10-21T16:40")
    # ... and outranks a date line far below the headline (the pager's link to the post before)
    paged = webclean.clean("\n".join(lines + [para] * 6 + ["赞 (3)", "秋天去哪里看银杏 上一篇 2023-10-18 09:12",
                                               "下一篇 城北老街的早点铺子"]).encode())
    assert paged.published is not None and paged.published.isoformat().startswith("2023-10-21T16:40")


def test_a_text_pages_labelled_publication_date_outranks_the_bare_date_it_was_signed_on():
    import webclean
    para = "全年全县新建改建农村公路一百二十公里，新增公交线路六条，城乡客运一体化覆盖全部行政村，群众出行更加便捷。"
    # the information table, one cell a line, then the bulletin under its headline: its issuer and the day it was
    # signed, four days before it was published
    lines = ["某县2023年交通运输发展公报 |", "某县人民政府", "首页>政务公开>统计公报>",
             "索 引 号：", "001234567N/2024-0012345", "发布机构：", "某县交通运输局",
             "发文日期：", "2024-03-29", "公开方式：", "主动公开", "分类：", "统计公报",
             "某县2023年交通运输发展公报", "某县交通运输局", "（2024年3月25日）", para, para, para]
    rec = webclean.clean("\n".join(lines).encode())
    assert rec.published is not None and rec.published.isoformat() == "2024-03-29"
    # a label for the day the page was edited is no publication date
    edited = webclean.clean("\n".join(lines).replace("发文日期：", "最后修改日期：").encode())
    assert edited.published is not None and edited.published.isoformat() == "2024-03-25"


def test_a_run_under_the_headline_closed_by_a_credit_is_the_article_though_a_later_run_weighs_more():
    import webclean
    first = "县图书馆今年新添了两千册少儿读物，周末来借书的家长和孩子明显多了。"
    second = "馆里因此把开放时间延长到晚上八点，并增设了两个自习区。"
    teasers = [f"第{i}则：城东菜市场周末照常营业，附近居民可以放心前往采购新鲜蔬菜和水果，商户们也表示欢迎。"
               for i in range(4)]
    sidebar = ["本地要闻", "老街改造进入第二阶段", "春季植树活动报名开始", "城西公园花展", "图片新闻"]
    lines = ["县图书馆延长开放时间", first, second, "责任编辑：张毅"] + sidebar + teasers
    rec = webclean.clean("\n".join(lines).encode())
    assert rec.body == f"{first}\n{second}"
    assert any(r.rule == "after_the_text" and "城东菜市场" in r.text for r in rec.removed)
    # without the credit closing it, the heavier run stays (it may be the article's own, after its code or table)
    rec = webclean.clean("\n".join(lines[:3] + sidebar + teasers).encode())
    assert "城东菜市场" in rec.body


def test_a_blog_typed_one_clause_a_line_is_one_run_that_outweighs_the_comment_form_under_it():
    import webclean
    clauses = ["今日早上，", "三節課去考資訊競賽的上機，", "時間差不多過了一半我就寫完了XD", "只可惜第一題看錯範圍，",
               "中午回來吃了個麵包，", "就開始補寫兩張國文考卷，", "一直到下午第一節的國文課才寫完，",
               "幸好老師下午才對答案，",
               "老師真厲害！", "晚上放學陪同學到北車，", "之後去書局看國文參考書，", "但我買不起參考書啊！",
               "回到家後先去打了一場地下城，", "因為差不多要睡了這樣，", "所以我要去睡了，各位掰！"]
    form = ["推薦此文章", "Post A Comment", "Remember Me", "Yes", "No", "Recent Articles"]
    notices = ["留言請遵守本站規範，請勿張貼廣告、人身攻擊或違反法律的內容，違者將由站方刪除並停權處理。",
               "本站保留刪除任何留言之權利，留言內容僅代表留言者個人意見，與本站立場無關，敬請各位網友見諒。"]
    head = ["資訊校內複賽 :: 某某的部落格 :: 無名小站", "首頁", "相簿", "部落格", "資訊校內複賽", "發文"]
    rec = webclean.clean("\n".join([*head, *clauses, *form, *notices]).encode())
    assert rec.body.startswith("今日早上") and "所以我要去睡了" in rec.body
    assert "留言請遵守" not in rec.body and "Remember Me" not in rec.body


def test_the_heavier_run_under_a_related_list_is_its_teasers_and_the_article_is_above_it():
    import webclean
    para = "县图书馆今年新添了两千册少儿读物，周末来借书的家长和孩子明显多了，馆里因此把开放时间延长到晚上八点。"
    related = ["延伸阅读：", "老街改造进入第二阶段", "春季植树活动报名开始", "城西公园花展本周开幕"]
    teasers = [f"城东菜市场第{i}期改造完工，周末照常营业，附近居民可以放心前往采购新鲜蔬菜和水果。" for i in range(4)]
    lines = ["县图书馆延长开放时间", para, para, *related, "头条新闻", "精彩节目", *teasers]
    rec = webclean.clean("\n".join(lines).encode())
    assert rec.body == f"{para}\n{para}"
    assert any(r.rule == "after_the_text" and "城东菜市场" in r.text for r in rec.removed)


def test_the_lines_under_the_editors_credit_that_closes_a_text_pages_article_leave_the_body():
    import webclean
    para = "县图书馆今年新添了两千册少儿读物，周末来借书的家长和孩子明显多了，馆里因此把开放时间延长到晚上八点。"
    tail = ["分享让更多人看到", "本网专稿", "- 图为工作人员出发前，拆开装有被检查单位名单的信封。"]
    rec = webclean.clean("\n".join(["县图书馆延长开放时间", para, para, para, "(责编:秦洁、张祎)", *tail]).encode())
    assert rec.body == "\n".join([para] * 3) and rec.editor == "秦洁、张祎"
    assert any(r.rule == "after_article_end" and "信封" in r.text for r in rec.removed)
