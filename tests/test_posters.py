"""Posters of community pages (extract.posters): the class test, the handle of a cell, the page."""
from __future__ import annotations

import pytest

import webclean
from webclean.document import Block
from webclean.extract.posters import handle_of, hinted_poster, poster_hint


@pytest.mark.parametrize("hints, expected", [
    ("topic-header topic-nickname", True), ("j_l_post d_author p_author d_name", True),
    ("comment-meta postuser postuser-name", True), ("wgt-replyer-all wgt-replyer-all-box", True),
    ("woo-box-flex head_nick_1yix2", True), ("author-info author-info--right", True),
    ("card card-header media-body info", False), ("postercon bk_title_body bind-card", False), ("", False),
])
def test_poster_hint(hints: str, expected: bool) -> None:
    assert poster_hint(hints) is expected


@pytest.mark.parametrize("cell, handle", [
    ("小诺抓10月前", "小诺抓"), ("马亮南生 (楼主)2月前", "马亮南生"), ("再睡一夏 | 455 | 2024-01-03", "再睡一夏"),
    ("zzz6519003 · 1 月前 · 最后由 Catherine 回复于 19 天前 · 1350 次阅读", "zzz6519003"),
    ("henryspace @henryspace", "henryspace"), ("5点半的Allen", "5点半的Allen"),
    ("新手上路", None), ("联系作者", None), ("我要留言", None), ("时间", None), ("2024-01-03 12:00", None),
    ("新京报", None), ("即可领取500朵鲜花", None),
])
def test_handle_of(cell: str, handle: str | None) -> None:
    assert handle_of(cell) == handle


def test_the_first_cell_under_the_headline_before_the_post_text_is_the_poster() -> None:
    blocks = [Block(0, "论坛首页", hints="nav"), Block(1, "显卡驱动装不上怎么办", heading=1),
              Block(2, "晴天小院2019", hints="post-header postuser-name"),
              Block(3, "这个问题困扰我好几天了，换了三个版本的驱动都提示安装失败，有没有人遇到过？" * 2),
              Block(4, "路人甲乙丙", hints="comment postuser-name")]
    name, cell = hinted_poster(blocks, 1)
    assert name == "晴天小院2019" and cell.index == 2
    # under the post's text the cells are the repliers': none above the post means nobody is credited
    assert hinted_poster([blocks[1], blocks[3], blocks[4]], 0) is None


def test_a_thread_page_credits_its_poster() -> None:
    page = ("<html><head><title>显卡驱动装不上怎么办 - 某某论坛</title></head><body>"
            "<h1>显卡驱动装不上怎么办</h1><div class='post'><div class='post-user'>"
            "<div class='username'>晴天小院2019</div>"
            "<div class='time'>3天前</div></div><div class='post-body'><p>这个问题困扰我好几天了，"
            "换了三个版本的驱动都提示"
            "安装失败，系统是刚装的，有没有人遇到过类似的情况？</p></div></div></body></html>")
    rec = webclean.clean(page)
    assert rec.author == "晴天小院2019"
    assert any(e.field == "author" and e.rule == "poster_hint" and e.rank == 0 for e in rec.evidence)


@pytest.mark.parametrize("line, rule, iso", [
    ("发表于 2024-4-5 23:20:45 | 只看该作者 来自 - 贵州遵义", "posted_time", "2024-04-05T23:20:45+08:00"),
    ("于 2024-03-14 14:52:42 首次发布", "posted_time", "2024-03-14T14:52:42+08:00"),
    ("来自iPhone客户端1楼2021-11-27 10:38", "posted_time", "2021-11-27T10:38:00+08:00"),
    ("编辑于 2023-03-01 15:45・IP 属地北京", "edited_time", "2023-03-01T15:45:00+08:00"),
])
def test_post_time_lines(line: str, rule: str, iso: str) -> None:
    from webclean.extract.posters import post_time
    found = post_time([Block(0, "标题", heading=1), Block(1, line)], 0)
    assert found is not None and found[2] == rule and found[0][0].isoformat() == iso


def test_a_posting_time_beats_an_edit_time_and_a_script_time_comes_last() -> None:
    from webclean.extract.posters import post_time
    blocks = [Block(0, "标题", heading=1), Block(1, "编辑于 2023-03-02 08:00"), Block(2, "发表于 2023-03-01 15:45")]
    assert post_time(blocks, 0)[2] == "posted_time"
    page = ("<html><head><title>老房子墙面返潮怎么处理</title><script>var pubDate = '2020-10-05 21:57:11';</script>"
            "</head>"
            "<body><h1>老房子墙面返潮怎么处理</h1><div class='post'><div class='username'>晴天小院2019</div>"
            "<p>家里是九十年代的老房子，住一楼。最近连着下了几场雨，客厅靠外墙的那面墙全湿了。</p>"
            "<div class='tail'>来自Android客户端1楼2022-10-02 23:02回复</div></div></body></html>")
    rec = webclean.clean(page)
    assert rec.published.isoformat() == "2022-10-02T23:02:00+08:00"
    assert [e.rule for e in rec.evidence if e.field == "published" and e.rank == 0] != ["script_published"]


def test_a_poster_row_with_a_date_dates_the_post() -> None:
    page = ("<html><head><title>简历无法下载，提示服务器出现问题。 - 开发者社区</title></head><body>"
            "<h1>简历无法下载，提示服务器出现问题。</h1>"
            "<div class='posts-author-info'>再睡一夏 | 455 | 2024-01-03</div>"
            "<p>点击下载按钮以后一直转圈，过一会儿提示服务器出现问题，换了浏览器也一样。</p></body></html>")
    rec = webclean.clean(page)
    assert rec.author == "再睡一夏" and str(rec.published) == "2024-01-03"


def test_a_blog_post_closed_by_its_time_line_has_its_poster_and_time() -> None:
    paragraphs = "".join(f"<p>第{n}段：本文以线上的实际例子，分享容器部署中踩过的坑和解决办法，"
                         "希望对读者有一点帮助。</p>"
                         for n in range(1, 40))
    page = ("<html><head><title>容器使用经验 - 好看的hk - 博客园</title></head><body>"
            "<div class='post'><h1 class='postTitle'>容器使用经验</h1>"
            f"<div class='postBody'>{paragraphs}</div>"
            "<div class='postDesc'>posted @ 2024-05-09 14:45 好看的hk 阅读(430) 评论(2) 编辑 收藏 举报</div></div>"
            "<div class='feedback'><div class='feedbackItem'>#1楼 2024-05-10 09:12 路人甲</div>"
            "<div class='blog_comment_body'>写得很清楚，谢谢分享。</div></div></body></html>")
    rec = webclean.clean(page)
    assert rec.author == "好看的hk"
    assert rec.published is not None and rec.published.isoformat() == "2024-05-09T14:45:00+08:00"


def test_the_owner_of_the_blog_a_post_is_on_is_its_author() -> None:
    page = ("<html><head><title>window系统设置代理</title><meta name='author' content='Summer'></head><body>"
            "<div class='article-content'><div class='title'><h1>window系统设置代理</h1></div>"
            "<p class='book-article-meta'><a href='/blog/my38778570'>my38778570 的个人博客</a> / 187 / 11 / "
            "创建于 1周前</p><div class='markdown-body'><p>以猫猫为例，在命令行里设置代理，然后测试是否生效。</p>"
            "<pre>set http_proxy=http://127.0.0.1:59727</pre></div></div></body></html>")
    assert webclean.clean(page).author == "my38778570"


def test_an_info_row_opening_with_a_handle_and_a_time_names_the_poster() -> None:
    page = ("<html><head><title>Ruby：极致的脚本语言 · Ruby China</title></head><body>"
            "<div class='topic-title'><h1>Ruby：极致的脚本语言</h1></div>"
            "<div class='card-header info'><a href='/zzz6519003'>zzz6519003</a> · 1 月前 · "
            "最后由 Catherine 回复于 19 天前 · 1350 次阅读</div><div class='topic-detail'>"
            "<p>Ruby 的许多特性强烈地偏向对脚本语言的良好支持，写起来顺手，读起来也清楚。</p></div></body></html>")
    assert webclean.clean(page).author == "zzz6519003"


@pytest.mark.parametrize("row, poster", [
    ("<a href='/member/alphadog619'>alphadog619</a> · 5 小时 15 分钟前 · 2989 次点击", "alphadog619"),
    ("来自: <a href='/people/misss/'>miss.S</a> 2015-10-27 20:26:11", "miss.S"),
    ("来自: 中国新闻网 2015-10-27 20:26:11", None),
])
def test_info_rows_in_more_shapes(row: str, poster: str | None) -> None:
    """A relative time in two units, and a labelled row with no separator before the date; an outlet is no
    handle."""
    page = ("<html><head><title>网盘道歉 将取消激励计划 - 社区</title></head><body>"
            f"<div class='header'><h1>网盘道歉 将取消激励计划</h1><h3>{row}</h3></div><div class='topic-content'>"
            "<p>4 月 20 日晚间，网盘做出回应，表示对于默认让用户加入激励计划深表歉意，并紧急开发了新版本。</p>"
            "</div></body></html>")
    assert webclean.clean(page).author == poster


@pytest.mark.parametrize("cell, iso", [
    ("<abbr class='timeago' title='2024年04月22日'>1 月前</abbr>", "2024-04-22"),
    ("创建于 <span title='2024-05-13 18:25:18'>1周前</span>", "2024-05-13T18:25:18+08:00"),
    ("<a data-tooltip='2023-05-28 10:28:25'>11个月前</a>", "2023-05-28T10:28:25+08:00"),
])
def test_a_relative_time_with_its_absolute_time_in_a_tooltip_dates_the_post(cell: str, iso: str) -> None:
    page = ("<html><head><title>Ruby：极致的脚本语言</title></head><body><h1>Ruby：极致的脚本语言</h1>"
            f"<div class='info'><a href='/u/zzz'>zzz6519003</a> {cell}</div><div class='topic-detail'>"
            "<p>Ruby 的许多特性强烈地偏向对脚本语言的良好支持，写起来顺手，读起来也清楚。</p></div>"
            "<div class='reply'><span title='2024-06-01 08:00'>3 天前</span><p>同意，写脚本很顺手。</p></div>"
            "</body></html>")
    rec = webclean.clean(page)
    assert rec.published is not None and rec.published.isoformat() == iso


def test_a_tooltip_on_other_text_is_no_time() -> None:
    page = ("<html><body><h1>市政府召开新闻发布会</h1><p><a title='2024-05-13'>首页</a></p>"
            "<p>今天上午，市政府召开新闻发布会，介绍一季度经济运行情况。</p></body></html>")
    assert webclean.clean(page).published is None


def test_a_posts_microformat_time_dates_it() -> None:
    page = ("<html><body><h2 class='date-header'>Thursday, July 28, 2011</h2><h3 class='post-title'>只能想念你</h3>"
            "<div class='post-body'><p>当你说你要离开，我的世界忽然安静下来，窗外的雨一直下个不停，"
            "我想起了我们走过的那条街。</p>"
            "</div><div class='post-footer'>Posted by K A at <abbr class='published' "
            "title='2011-07-28T12:11:00+08:00'>12:11 PM</abbr></div></body></html>")
    rec = webclean.clean(page)
    assert rec.published is not None and rec.published.isoformat() == "2011-07-28T12:11:00+08:00"


# A lone name beside the date line under the headline: the cells of an info row kept one a line.
_HEAD = Block(0, "美联储维持联邦基金利率目标区间不变")


@pytest.mark.parametrize("cells, name", [
    (["2023-06-15 08:10", "来源：中国新闻网", "王帆", "字号减小"], "王帆"),        # after the 来源 line
    (["私~川流", "2017-09-30 21:38:07"], "私~川流"),                             # a handle over its date
    (["58沈剑", "2018-01-03"], "58沈剑"), (["Jeremy Tsheng", "于 2023-03-12 13:08:03 发布"], "Jeremy Tsheng"),
    (["剑来", "作者：烽火戏诸侯"], None),                                         # the row names its writer
    (["早上好~", "2018-04-06"], None), (["高級搜索", "2020-02-19"], None),        # common words
    (["5秒", "2012-06-01"], None), (["Link", "2014/12/1 18:13"], None), (["Facebook", "2014-12-01"], None),
    (["王帆", "阅读全文"], None),                                                 # no date beside it
    (["来源：广西交通设计集团有限公司 时间：2020-12-21", "NO.1"], None),             # a section's number
    (["这是第一段正文，说了很多很多的话。", "王帆", "2023-06-15"], None),             # past the text's start
    (["2020-09-11作者：浏览次数：", "铛铛铛上课啦~"], None),                          # the text's exclamation
])
def test_a_lone_name_beside_the_date_line_under_the_headline(cells: list[str], name: str | None) -> None:
    from webclean.extract.posters import name_beside_its_date
    found = name_beside_its_date([_HEAD] + [Block(i + 1, c) for i, c in enumerate(cells)], 0)
    assert (found[0] if found else None) == name


def test_a_lone_name_beside_the_date_is_the_author_of_a_text_page_only_when_nobody_else_is_credited() -> None:
    headline = "美联储维持联邦基金利率目标区间不变"
    text = "\n".join([headline + "_中国新闻网", "首页 > 国际", headline, "2023-06-15 08:10",
                      "来源：中国新闻网", "王帆", "字号减小",
                      "美国联邦储备委员会14日结束为期两天的货币政策会议，宣布维持联邦基金利率目标区间不变。" * 3])
    assert webclean.clean(text.encode()).author == "王帆"
    credited = text.replace("来源：中国新闻网", "来源：中国新闻网 作者：李明")
    assert webclean.clean(credited.encode()).author == "李明"


@pytest.mark.parametrize("row, name", [
    ("洪毅 2023年08月31日 21:00:00", "洪毅"),            # 上報: the name, then the date and time
    ("2023/08/25 徐子軒", "徐子軒"),                      # 轉角國際: the date, then the name
    ("國際 2023-08-31", None),                            # a column beside the date
    ("新华网 2022-09-13", None),                          # an outlet
    ("cnBeta.COM 2017-02-24 15:25:43", None),             # the site's address
    ("洪毅 2023年08月31日 星期四", None),                  # a third word that is no piece of the date
    ("洪毅 李明 2023-08-31", None),                        # two names
])
def test_a_name_and_the_date_joined_on_one_line_is_the_info_row(row: str, name: str | None) -> None:
    from webclean.extract.posters import name_beside_its_date, name_in_date_row
    assert name_in_date_row(row) == name
    found = name_beside_its_date([_HEAD, Block(1, "讚 87"), Block(2, row), Block(3, "分享")], 0)
    assert (found[0] if found else None) == name
    in_h4 = name_beside_its_date([_HEAD, Block(1, row, tag="h4", heading=4)], 0)   # a VSB template's <h4> row
    assert (in_h4[0] if in_h4 else None) == name


def test_a_text_page_whose_info_row_joins_the_name_and_the_date_credits_that_name() -> None:
    headline = "華為低調推新機 中國官媒卻嗨喊「打贏對美科技戰」"
    body = "華為本週悄悄在官網上架新款手機，沒有舉行發表會，也沒有公布晶片的型號與製程細節。" * 3
    text = "\n".join([headline + " -- 上報 / 國際", "國際", headline, "洪毅 2023年08月31日 21:00:00", "分享 :",
                      "Facebook", body])
    assert webclean.clean(text.encode()).author == "洪毅"
    assert webclean.clean(text.replace("洪毅 2023", "國際 2023").encode()).author is None


def test_a_text_pages_copyright_holder_that_its_title_line_names_the_site_after_is_the_writer() -> None:
    body = ["今天终于换了一张一米八的床，躺上去的那一刻觉得整个人都舒展开了。" * 2,
            "以前的床太窄，翻个身都要小心翼翼，现在可以随便打滚，睡得也踏实多了。" * 2]
    blog = "\n".join(["1.8m处的生活 | Cpiz's blog", "首页", "归档", "1.8m处的生活", "发表于", "2007-01-14", *body,
                      "© 2019", "Cpiz", "由 Hexo 强力驱动"])
    assert webclean.clean(blog.encode()).author == "Cpiz"
    notice = "Copyright Cpiz的小窝. All Rights Reserved"
    nest = blog.replace("Cpiz's blog", "Cpiz的小窝").replace("© 2019\nCpiz", notice)
    assert webclean.clean(nest.encode()).author == "Cpiz"
    company = blog.replace("Cpiz's blog", "生活频道").replace("Cpiz\n", "Acme\n")   # the title names no site after him
    assert webclean.clean(company.encode()).author is None


def test_the_rel_author_link_names_the_writer_when_it_names_one_person_only() -> None:
    para = "<p>" + "我们需要把两处相似的代码的共性抽象出来，这是最简单的法则，也是最难应用的法则。" * 3 + "</p>"
    post = ("<html><head><title>优质代码的十诫 | 酷 壳</title></head><body><article><h1>优质代码的十诫</h1>"
            "<div class='entry-meta'><time datetime='2009-06-07T19:20:56+08:00'>2009年06月07日</time> "
            "<span class='author vcard'><a href='/haoel' rel='author'>陈皓</a></span> 32 条评论</div>"
            + para + "</article></body></html>")
    assert webclean.clean(post.encode()).author == "陈皓"
    listing = post.replace("<a href='/haoel' rel='author'>陈皓</a>", "<a rel='author'>陈皓</a> <a rel='author'>Leo</a>")
    assert webclean.clean(listing.encode()).author != "Leo"


def _qa_page(answerers: list[str]) -> str:
    answers = "".join(
        f"<div itemprop='suggestedAnswer' itemscope itemtype='http://schema.org/Answer'>"
        f"<div itemprop='author' itemscope itemtype='http://schema.org/Person'><meta itemprop='name' content='{name}'>"
        f"</div><p>{name}的回答：性别差异是统计上的，刻板印象是把统计当成了每一个人，这两件事要分开来看。</p></div>"
        for name in answerers)
    return ("<html><head><title>如何看待性别刻板印象？ - 知乎</title></head><body><h1>如何看待性别刻板印象？</h1>"
            f"{answers}</body></html>")


def test_an_answers_microdata_author_is_the_pages_only_on_that_answers_page() -> None:
    two = _qa_page(["志可君Zacharia", "私人信息管你皮事"]).encode()
    assert webclean.clean(two, url="https://www.zhihu.com/question/365611870").author is None   # repliers
    assert webclean.clean(two, url="https://www.zhihu.com/question/365611870/answer/969736650").author \
        == "志可君Zacharia"
    one = _qa_page(["甜阁下"]).encode()
    assert webclean.clean(one, url="https://www.zhihu.com/question/24825703").author == "甜阁下"


def test_a_date_classed_footer_dates_a_page_nothing_else_dates() -> None:
    para = "<p>" + "社会工程学利用人的弱点获取信息，攻击者往往不需要技术手段就能得到想要的东西。" * 3 + "</p>"
    post = ("<html><head><title>社会工程学文章 | 某某的博客</title></head><body>"
            "<h2 class='post-title'>社会工程学文章</h2>"
            f"{para * 20}<div class='post-footer'><span class='date'>2015-09-09</span> <span>安全</span></div>"
            "</body></html>")
    assert webclean.clean(post.encode()).published.isoformat() == "2015-09-09"
    calendar = post.replace("<span class='date'>2015-09-09</span>", "<span class='date'>上一月 下一月 2020年8月</span>")
    assert webclean.clean(calendar.encode()).published is None


@pytest.mark.parametrize("cells, outlet", [
    (["2024年05月10日 00:26", "每日经济新闻", "举报"], "每日经济新闻"),
    (["2014-12-13 01:06", "中國時報"], "中國時報"),
    (["每日经济新闻", "阅读全文"], None),                               # no date beside it
    (["2022-01-28", "吉林省人民政府关于禁止在"], None),                   # a headline's opening cut short
    (["2017-12-09 00:26", "ETtoday新聞雲"], None),                      # ends as no outlet's name ends
])
def test_an_outlets_name_alone_beside_the_date_line_under_the_headline(cells: list[str], outlet: str | None) -> None:
    from webclean.extract.posters import outlet_beside_its_date
    found = outlet_beside_its_date([_HEAD] + [Block(i + 1, c) for i, c in enumerate(cells)], 0)
    assert (found[0] if found else None) == outlet


def test_an_html_blog_footer_names_its_writer_before_the_at_of_its_time() -> None:
    import webclean
    para = "今天下午收到学校放台风假的通知，于是就没有出门，在家把这学期的读书笔记整理了一遍，顺便看完了两本小说。"
    page = ("<html><head><title>放假的一天</title></head><body><div class='blogbody'><h2>放假的一天</h2>"
            f"<p>{para}</p><p>{para}</p><div class='posted'>smallfish2009</div>"
            "<p class='posted'>at 某某小站 at 11:59 PM post | Reply(0) | Trackback(0)</p></div></body></html>")
    assert webclean.Cleaner().clean(page.encode()).author == "smallfish2009"


def test_a_section_heading_under_the_date_is_no_writer() -> None:
    # a Gridea post: headline, "2015-12-08 / 1 min read", then its first section's <h3>
    import webclean
    para = "这次练习把一个习惯养成应用的界面从头画了一遍，记录下配色、图标和交互上的一些想法，方便以后回顾和改进。"
    page = ("<html><head><title>ui练习</title></head><body><article><h1>ui练习</h1>"
            "<div class='post-info'>2015-12-08 / 1 min read</div><h3>好习惯APP设计总结</h3>"
            f"<p>{para}</p><p>{para}</p></article></body></html>")
    assert webclean.Cleaner().clean(page.encode()).author is None


def test_a_microformat_time_kept_in_utc_gives_the_day_the_post_shows() -> None:
    # WordPress on a UTC clock: the abbr shows January 16, its title says 21:25 UTC (the 17th in Beijing)
    import webclean
    para = "读书的时候总觉得自己记住了，合上书却什么也说不出来，于是开始试着把每一章的要点写下来，效果好了很多。"
    page = ("<html><head><title>锤子和钉子</title></head><body><div class='post'><h1>锤子和钉子</h1>"
            "<p class='meta'>By 刘未鹏 – <abbr class='published' title='2009-01-16T21:25:00+00:00'>January 16, 2009"
            f"</abbr></p><p>{para}</p><p>{para}</p></div></body></html>")
    record = webclean.Cleaner().clean(page.encode())
    assert str(record.published)[:10] == "2009-01-16"


def test_an_author_card_names_the_writer_where_nothing_else_does() -> None:
    # a Hugo blog's author card under the post; a commenter's name and a follow card name nobody
    import webclean
    para = "本地部署大模型的门槛越来越低，这篇记录一下在自己的电脑上用 Ollama 跑模型的过程和遇到的几个问题。"
    page = ("<html><head><title>Ollama 本地部署</title></head><body><article><h1>Ollama 本地部署</h1>"
            f"<p>{para}</p><p>{para}</p></article><div class='card'><h4 class='author'>51ak</h4></div>"
            "</body></html>")
    assert webclean.Cleaner().clean(page.encode()).author == "51ak"
    follow = page.replace("class='author'", "class='wx_follow_nickname'")
    assert webclean.Cleaner().clean(follow.encode()).author is None


@pytest.mark.parametrize("notice", [["Copyrights © 2025 Theo Chen. All Rights Reserved."], ["©", "2021", "Theo Chen"]])
def test_a_text_blogs_copyright_holder_shown_in_its_side_bar_is_its_writer(notice: list[str]) -> None:
    # a personal blog kept as text: no <meta name="author">, but the side bar's profile box and the footer's
    # copyright notice (on one line, or its parts a line each) name the same person
    para = ("高中畢業了整整20天，說實在的現在要我回想那20天我做了什麼，"
            "我只能告訴你我好像沒做什麼，只知道那段時間我都在學習。")
    lines = ["網站架設的心路歷程 - <Theo/>", "<Theo/>", "Theo Chen", "Penetration Testing / Malware Analysis",
             "網站架設的心路歷程", "Aug 20, 2015", para, para, *notice]
    assert webclean.clean("\n".join(lines) + "\n").author == "Theo Chen"
    # a holder the page shows nowhere else may be the template's maker: not taken
    assert webclean.clean("\n".join(lines[:2] + lines[3:]) + "\n").author is None


def test_a_text_pages_copyright_holder_that_is_a_body_is_no_writer() -> None:
    para = ("随着春天的到来，原本萧索的细枝已布满了小小的新芽，"
            "物业管理部积极开展绿化美化工作，近期专门对牡丹苑进行施肥。")
    lines = ["部门动态 - 某某大学后勤集团", "某某大学后勤集团", "后勤集团物业管理部开展牡丹花施肥工作", "2016-03-15",
             para, para, "Copyright © 2006 - 2020 某某大学后勤集团"]
    assert webclean.clean("\n".join(lines) + "\n").author is None


def test_a_text_pages_owner_row_under_a_toolbars_counts_names_the_blogs_owner() -> None:
    # a community blog kept as text: the toolbar's counts come one a line between the headline and the owner's row
    para = ("在设置里打开代理服务器选项，填写本地代理的地址和端口，"
            "保存之后浏览器的流量就会经过代理，命令行程序另需设置。")
    lines = ["window系统设置代理 - 某某社区", "登录", "window系统设置代理", "1", "1", "11",
             "my38778570 的个人博客", "/", "187", "/", "创建于 1周前", para, para]
    assert webclean.clean("\n".join(lines) + "\n").author == "my38778570"


BLOG_TEXT = ("<p>如果消极的看法占了上风，人就很难再看到事情好的一面，这是我最近读书时想到的一点。</p>"
             "<p>主观是人的一种思考方式，与客观相对，它受到经历和情绪的影响，常常不自觉地发生。</p>")


@pytest.mark.parametrize("title,row,author", [
    ("消极 | yyshino", "<div class='page-title'><a href='/'>yyshino</a> 9/13/2022 日常</div>", "yyshino"),
    ("消极 - xiaobinqt 博客 - 技术改变生活",
     "<div class='post-meta'><a class='author' rel='author' href='/'>xiaobinqt</a> 收录于 类别 读书</div>",
     "xiaobinqt"),
    ("消极_网游小说_笔趣阁", "<div>笔趣阁 &gt; 网游小说 &gt; 消极</div>", None),      # a breadcrumb opens with the site
    ("消极 | yyshino", "<div>日常 9/13/2022</div>", None),                         # the row names nobody
])
def test_the_site_named_after_a_handle_the_row_by_the_headline_opens_with_is_its_owner(title: str, row: str,
                                                                                      author: str | None) -> None:
    page = (f"<html><head><title>{title}</title></head><body><h1>消极</h1>{row}<article>{BLOG_TEXT}</article>"
            "</body></html>")
    assert webclean.clean(page, url="https://v-blog.yyshino.top/blogs/x.html").author == author


def test_a_menu_row_opening_with_the_brand_names_no_owner() -> None:
    page = ("<html><head><title>Healthcare worker in Scotland diagnosed with Ebola | Reuters</title></head><body>"
            "<div><a href='/news/pictures'>Reuters Photographers</a></div><h1>苏格兰一名医护人员确诊感染埃博拉</h1>"
            f"<article>{BLOG_TEXT}</article></body></html>")
    assert webclean.clean(page).author is None


def test_a_login_button_beside_the_date_is_no_linked_writer() -> None:
    # 学生登陆 (students' log-in) is two common words side by side, not a pen name
    from webclean.extract.credit_rows import linked_person
    assert linked_person(Block(1, "学生登陆", links=1, link_chars=4), "2014-09-25 18:10") is None
    assert linked_person(Block(1, "北岸听潮 长夜将尽 2025-07-15 10:41:23", links=3, link_chars=8)) == "北岸听潮"


def test_author_classed_cells_of_a_side_list_name_no_writer() -> None:
    # 信報's 編輯推介 list: one cell holds a lone name (StartupBeat), the others a column and a day
    from webclean.extract.posters import classed_author
    side = [Block(52, "StartupBeat", hints="hkej_sc-editor_choice_container editor_choice_author", label="related"),
            Block(59, "獨眼香江_肺炎襲港 ｜ 今日", hints="top_news_right silder_editor_choice_author"),
            Block(61, "獨眼香江 ｜ 今日", hints="top_news_right silder_editor_choice_author")]
    assert classed_author(side) is None
    card = Block(53, "51ak", hints="main post author", label="boilerplate")
    assert classed_author([Block(0, "正文"), card, Block(54, "51ak", hints="footer author")])[0] == "51ak"


def test_a_row_of_the_date_and_the_sites_name_under_the_headline_dates_the_page() -> None:
    # a TRS school site: <h4>headline</h4> over <div>2020-11-16 <site name></div>, no date meta, no label
    para = "<div>11月5号下午2点35分，随着上课音乐声的准时响起，三年级的同学走进了STEAM课堂，体验动手制作的乐趣。</div>"
    page = ("<html><head><title>STEAM教育进校园，景田学子展活力_校园动态_某某小学</title></head><body>"
            "<h4>STEAM教育进校园，景田学子展活力</h4>"
            "<div class='dttop04'>2020-11-16 某某区北关小学-某某县桥山中学</div>"
            + para * 3 + "</body></html>")
    assert str(webclean.clean(page.encode()).published) == "2020-11-16"
    later = page.replace("<div class='dttop04'>2020-11-16 某某区北关小学-某某县桥山中学</div>", "") \
        .replace("</body>", "<div>2020-11-16 某某区北关小学-某某县桥山中学</div></body>")
    assert webclean.clean(later.encode()).published is None   # far from the headline: another entry's row


def test_a_text_blogs_profile_card_names_its_owner_as_the_writer() -> None:
    # Hexo NexT's side bar kept as text: the owner's name, a motto, then the counts of posts, categories and tags;
    # the footer's copyright names the blog's own name (rss2ebook), the card its writer
    para = "睡眠障碍是一组影响睡眠时间、质量或数量的睡眠障碍，也称为睡眠-觉醒障碍，包括多种不同症状的疾病。"
    lines = ["什么是失眠？ | RSS2EBOOK", "RSS2EBOOK", "首页", "归档", "站点概览", "benben",
             "免费RSS源生成带图电子书或者杂志", "19", "posts", "5", "categories", "26", "tags", "什么是失眠？",
             "Posted on", "2023-03-27", para, para,
             "© 2021 – 2023 rss2ebook"]
    assert webclean.clean("\n".join(lines) + "\n").author == "benben"
    one_count = lines[:9] + lines[13:]   # a number and a word once: no card
    assert webclean.clean("\n".join(one_count) + "\n").author != "benben"
    undated = lines[:14] + lines[16:]    # the headline without its date under it: a list page's, no writer's
    assert webclean.clean("\n".join(undated) + "\n").author != "benben"


def test_a_text_pages_name_over_its_date_names_the_writer() -> None:
    para = "明年1月1日起，在公立医院求医且通过骨髓捐赠计划成功匹配到本地捐赠者的病患，可获全额津贴验证和采集干细胞。"
    # 联合早报 kept as text: the name under the headline, the date's label on a line of its own, the date
    lines = ["明年起骨髓病患采集干细胞可获全额津贴 | 联合早报", "订阅", "明年起骨髓病患采集干细胞可获全额津贴",
             "郑智浩", "发布/", "2025年11月22日 13:00", para, para]
    assert webclean.clean("\n".join(lines) + "\n").author == "郑智浩"
    # Hexo Fluid's banner: the blog's name and the date over the headline, the title line naming the site after it
    fluid = ["桃花依旧笑 - Kovacs", "Kovacs", "首页", "归档", "关灯", "Kovacs", "2015年12月28日 下午", "280 字",
             "桃花依旧笑", para, para]
    assert webclean.clean("\n".join(fluid) + "\n").author == "Kovacs"
    # a list's entry over its date, over the headline, names nobody
    listed = ["桃花依旧笑 - 随笔集", "首页", "Sqlmap使用文档", "2015年12月28日", "桃花依旧笑", para, para]
    assert webclean.clean("\n".join(listed) + "\n").author is None
