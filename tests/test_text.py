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
