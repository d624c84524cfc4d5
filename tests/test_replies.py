"""A thread's replies, kept after its opening post (webclean.extract.replies and body selection)."""
from __future__ import annotations

import webclean
from webclean.document import Block
from webclean.extract.replies import later_replies, post_header, reply_text

TOPIC = ("4 月 20 日晚间，某网盘做出回应，表示对于默认让电脑端用户加入上传激励计划深表歉意，并紧急开发了新版本。"
         "4 月 21 日发布的新版本将对全部用户做取消处理，用户无需手动关闭。")
REPLIES = [("msn1983aa", "5 小时 7 分钟前", "伸手必被捉，当大家白痴么"),
           ("wszgrcy", "4 小时 55 分钟前 via Android", "不激励了，但是带宽照样占用？"),
           ("mokeyjay", "4 小时 54 分钟前", "实际上是隐藏开关，然后背地里加大力度"),
           ("Tyuans", "4 小时 51 分钟前", "机器人？")]


def _boxed_thread(replies: list[tuple[str, str, str]] = REPLIES, sidebar: str = "") -> str:
    """A board that boxes the topic and each reply apart (V2EX-like markup, our own words)."""
    cells = "".join(
        f"<div class='cell' id='r_{8855735 + n}'><table><tr><td><strong><a href='/member/{who}'>{who}</a></strong>"
        f" <span class='ago'>{when}</span> <span class='no'>{n + 1}</span></td></tr></table>"
        f"<div class='reply_content'>{text}</div><div class='actions'>点赞 (2)</div></div>"
        for n, (who, when, text) in enumerate(replies))
    return ("<html><head><title>某网盘道歉 将取消上传激励计划 - 社区</title></head><body>"
            "<div id='Top'><a href='/'>首页</a> <a href='/go/tech'>技术</a> <a href='/go/life'>生活</a></div>"
            f"<div id='Rightbar'>{sidebar}</div>"
            "<div id='Main'><div class='box'><div class='header'><h1>某网盘道歉 将取消上传激励计划</h1>"
            "<small><a href='/member/alphadog'>alphadog</a> · 2020-04-21 10:39:21 +08:00 · 3866 次点击</small></div>"
            f"<div class='cell'><div class='topic_content'>{TOPIC}</div></div></div>"
            f"<div class='box'><div class='cell'>{len(replies)} 条回复</div>{cells}</div></div>"
            "<div id='Bottom'>© 2020 社区 · 关于 · 帮助</div></body></html>")


def test_replies_boxed_apart_follow_the_opening_post() -> None:
    rec = webclean.clean(_boxed_thread(), url="https://bbs.example.com/t/664539")
    assert rec.page_kind == "forum-thread"
    assert list(rec.paragraphs) == [TOPIC] + [text for _, _, text in REPLIES]
    assert not any(p.startswith(("msn1983aa", "点赞")) for p in rec.paragraphs)


def test_first_post_only_records_the_replies_as_removed() -> None:
    rec = webclean.Cleaner(keep_replies=False).clean(_boxed_thread(), url="https://bbs.example.com/t/664539")
    assert list(rec.paragraphs) == [TOPIC]
    removed = {r.text for r in rec.removed}
    assert all(text in removed for _, _, text in REPLIES)


def test_a_sidebar_paragraph_is_not_a_reply() -> None:
    sidebar = "<div class='profile'><p>本质上是个笨蛋，但只要努力就一定能做到。</p></div>"
    rec = webclean.clean(_boxed_thread(sidebar=sidebar), url="https://bbs.example.com/t/664539")
    assert "本质上是个笨蛋，但只要努力就一定能做到。" not in rec.paragraphs


def test_one_boxed_reply_alone_is_not_taken() -> None:
    # A single box of its kind cannot be told from a sidebar's paragraph: it stays out (recorded as removed).
    rec = webclean.clean(_boxed_thread(REPLIES[:1]), url="https://bbs.example.com/t/664539")
    assert REPLIES[0][2] not in rec.paragraphs
    assert REPLIES[0][2] in {r.text for r in rec.removed}


def test_an_article_keeps_its_comments_out() -> None:
    comments = "".join(f"<div class='comment-item'><span class='comment-time'>{when}</span>"
                       f"<div class='comment-content'>{text}</div></div>" for _, when, text in REPLIES)
    page = ("<html><body><h1>某网盘道歉 将取消上传激励计划</h1><div class='article-content'>"
            + "".join(f"<p>{TOPIC}</p>" for _ in range(3)) + f"</div><div class='comments'>{comments}</div>"
            "</body></html>")
    rec = webclean.clean(page, url="https://news.example.com/2020/0421/a.html")
    assert rec.page_kind == "article"
    assert not any(text in rec.paragraphs for _, _, text in REPLIES)


def test_post_header_rows() -> None:
    assert post_header(Block(0, "wszgrcy 4 小时 55 分钟前 via Android"))
    assert post_header(Block(0, "Rei #5 1 月前")) and post_header(Block(0, "2021-01-01 10:34:38"))
    assert not post_header(Block(0, "我们放一天上一天再放一天"))


def test_reply_text_refuses_buttons_links_headers_and_teasers() -> None:
    assert reply_text(Block(0, "羡慕！！！"))
    assert reply_text(Block(0, "@5G 斗鱼至少基本功能能用", links=1, link_chars=3))
    assert not reply_text(Block(0, "回复 (3) 举报"))
    assert not reply_text(Block(0, "相关主题推荐", links=1, link_chars=6))
    assert not reply_text(Block(0, "msn1983aa 5 小时 7 分钟前"))
    assert not reply_text(Block(0, "同一句话，不同的人说出来效果完全不同…"))


def test_later_replies_need_a_header_before_each() -> None:
    rows = [Block(0, "主楼"), Block(1, "第一条说明文字。", hints="note"), Block(2, "第二条说明文字。", hints="note")]
    assert later_replies(rows, 0, range(1, 3)) == []
    headed = [Block(0, "主楼"), Block(1, "甲 1 小时前"), Block(2, "第一条回复。", hints="note"),
              Block(3, "乙 2 小时前"), Block(4, "第二条回复。", hints="note")]
    assert later_replies(headed, 0, range(1, 5)) == [2, 4]


def test_a_nested_reply_shares_its_boxes_inner_words() -> None:
    """A reply to a reply sits in a deeper trail of boxes; its own box's words are the top-level reply's."""
    reply = ("<div class='comment-inner'><div class='comment-author'>{who} 10月前</div>"
             "<div class='comment-content'>{text}</div><div class='comment-actions'>回复</div></div>")
    page = ("<html><body><h1>买了四个平板，总算解决了</h1><div class='topic-content'><p>花了一天半的时间买了四个平板，"
            "总算是把家里几个孩子上网课的问题解决了。</p></div><div class='comments'><div class='comment'>"
            + reply.format(who="马亮南生", text="花钱就可以解决问题嘛？")
            + "<div class='nested sub-comment'>" + reply.format(who="小诺抓 (楼主)", text="有句话叫 有钱能使鬼推磨")
            + "</div></div></div></body></html>")
    rec = webclean.clean(page, url="https://bbs.example.com/topic/detail/1102")
    assert rec.paragraphs[1:] == ("花钱就可以解决问题嘛？", "有句话叫 有钱能使鬼推磨")


def test_one_line_posts_of_the_same_kind_are_replies_too() -> None:
    posts = [("寒冰", "访问社区时自动弹出登录窗口，访问子页会自动跳转到首页，有没有插件可以强制用户先登录？"
                     "这个问题困扰我很久了。"),
             ("小路", "赞一个"), ("阿青", "可以试试私有论坛插件，安装以后游客只能看到登录页，我这里测试过，是免费的。"),
             ("寒冰", "谢谢")]
    items = "".join(f"<article class='post'><header><h3 class='post-user'>{who}</h3>"
                    f"<span class='post-meta'>发布 #{n} 2024年5月{15 + n}日</span></header>"
                    f"<div class='post-body'><p>{text}</p></div></article>" for n, (who, text) in enumerate(posts, 1))
    page = f"<html><body><h1>有没有强制用户登录插件？</h1><div class='stream'>{items}</div></body></html>"
    rec = webclean.clean(page, url="https://discuss.example.org/d/15648")
    assert list(rec.paragraphs) == [text for _, text in posts]


def test_a_question_with_an_empty_description_gives_its_replies_with_a_warning() -> None:
    answers = [("歪哦釉 [作者]", "5天前", "已优化下载体验，现在应该可以下载了"),
               ("ZG", "1周前", "现在确实可以了，感谢"), ("小王", "1周前", "我还以为是我网络的问题")]
    items = "".join(f"<div class='comment-item'><div class='comment-user base-info'>{who} | {when}</div>"
                    f"<div class='comment-detail'>{text}</div><div class='comment-action'>|</div></div>"
                    for who, when, text in answers)
    page = ("<html><head><title>简历无法下载，提示服务器出现问题。 - 开发者社区</title></head><body>"
            "<h1>简历无法下载，提示服务器出现问题。</h1><div class='question-content'><p>## 问题描述</p></div>"
            f"<div class='comments'>{items}</div></body></html>")
    rec = webclean.clean(page, url="https://www.example.pub/faq/1312719")
    assert rec.page_kind == "forum-thread"
    assert list(rec.paragraphs) == [text for _, _, text in answers]
    assert any(w.startswith("body: the opening post holds no text") for w in rec.warnings)


def test_a_tiny_body_gives_way_to_the_pages_posts() -> None:
    """Selection kept a film's credits (导演/类型, 13 characters); the page holds twenty short reviews, each under
    its poster and time: they are the body, the credits recorded as removed (the shape of a film's 短评 page)."""
    from webclean.document import Document
    from webclean.extract import body

    doc = Document(raw="", is_html=True)
    blocks = [Block(0, "不够善良的我们 短评", heading=1, label="title", rule="headline_block"),
              Block(1, "导演：徐誉庭"), Block(2, "类型：剧情")]
    texts = ["我们的善良和恶毒都不够纯粹，所以痛苦。", "细腻程度好评，两位女演员也有这样的好戏可演。",
             "编剧能力惊人，车上那场戏写得不卑不亢。", "看到她在前任面前哭的那一刻，我也跟着难过了很久。",
             "把婚后生活拍得很真实，羡慕那个角色的勇气。", "旁白一出来，就一个“诶”字，我就知道稳了。",
             "为什么要把单身女性塑造得那么可怜啊，有点失望。", "台剧已经在下一个层次了，剧情和表演都很扎实。"]
    for n, text in enumerate(texts):
        blocks.append(Block(len(blocks), f"{n + 1}00 有用 用户{n} 看过 2024-04-0{n + 1} 13:19:20", tag="h3",
                            hints="comments comment-item comment-info"))
        blocks.append(Block(len(blocks), text, hints="comments comment-item comment-content"))
    doc.blocks = blocks
    for b in blocks[3:]:
        doc.remove_block(b, "boilerplate", "outside_main_content")
    kept = body.ensure_body(doc, blocks[1:3])
    assert [b.text for b in kept] == texts
    assert {r.text for r in doc.removed} >= {"导演：徐誉庭", "类型：剧情"}
    assert doc.page_kind == "listing" and any(w.startswith("body: the page is a listing") for w in doc.warnings)


def test_a_telnet_bbs_posts_header_gives_its_sender_and_time() -> None:
    import webclean
    page = ("<html><head><title>某某BBS - 文章阅读</title></head><body>"
            "<center>[转寄][删除][上一篇][下一篇]</center><pre>"
            "发信人: lightrain(小雨), 信区: Traffic\n标  题: 校区周边公交线路指南\n"
            "发信站: 某某BBS (2010年05月12日00:48:34 星期三)\n\n"
            "为方便师生出行，现整理校区周边的公交线路如下，供大家参考。\n"
            "一、从东门出发，可乘坐两条线路直达地铁站，全程大约二十分钟。\n</pre></body></html>")
    rec = webclean.Cleaner().clean(page.encode())
    assert rec.author == "lightrain"
    assert rec.published is not None and rec.published.isoformat().startswith("2010-05-12T00:48")
    assert "发信人" not in rec.body and rec.body.startswith("为方便师生出行")
