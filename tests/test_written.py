"""Text a page's inline script writes with document.write (webclean.parse.written)."""
from __future__ import annotations

import pytest

import webclean
from webclean.parse.written import document_writes

TEMPLATE = """<html><head><title>县人社局开展慰问退休老干部活动-道真县人力资源网</title></head><body>
<div class="content"><h2>县人社局开展慰问退休老干部活动</h2>
<div class="toolbar">发布时间：<script type="text/javascript">
  var  pubdata='{date}';
  if(pubdata!=''){{ document.write(pubdata); }}
</script> 字体：<span>小</span><span>中</span><span>大</span>
<script type="text/javascript">var wzly=''; if(wzly!=''){{ document.write('文章来源：'+wzly+'&emsp;'); }}</script>
</div>
<p>春节前夕，县人社局领导班子成员分组走访慰问了退休老干部，送去节日的问候和慰问品。</p>
<p>每到一户，慰问组都与老干部亲切交谈，详细询问他们的身体状况和生活情况，并祝他们新春愉快。</p>
</div></body></html>"""


def test_a_date_a_template_writes_with_a_script_dates_the_page() -> None:
    record = webclean.clean(TEMPLATE.format(date="2018年02月13日"))
    assert str(record.published)[:10] == "2018-02-13"
    assert record.source is None   # the empty 文章来源 is not written


def test_a_page_whose_script_writes_nothing_has_no_date() -> None:
    assert webclean.clean(TEMPLATE.format(date="")).published is None


@pytest.mark.parametrize("script", [
    "if(/android|mobile/i.test(navigator.userAgent))document.write('<div>页面加载中…</div>')",   # only on phones
    "function show(){ document.write('2018年02月13日'); }",                                   # never called here
    "var d = new Date(); document.write(d.getFullYear())",                                     # computed
    "document.write(title + '2018')",                                                          # unknown variable
])
def test_uncertain_writes_are_not_written(script: str) -> None:
    assert document_writes(script) == ""


def test_literals_and_assigned_variables_are_joined() -> None:
    script = "var a='来源：'; var b=\"新华社\"; document.write(a + b + '<br>'); document.writeln('作者：王明')"
    assert document_writes(script) == "来源：新华社<br>作者：王明"
