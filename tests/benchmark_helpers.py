"""Loading the benchmark scripts (they are scripts, not a package) and small hand-made pages for their tests.

The pages here are written by us, in our own words; nothing in this file comes from a third-party page.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT / "benchmarks"
SCORER = ROOT.parent / "shared" / "eval" / "score_extract.py"


def load_benchmark(name: str) -> ModuleType:
    """Import ``benchmarks/<name>.py`` under the name ``bench_<name>`` (once per process)."""
    module_name = f"bench_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(module_name, BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def scorer() -> ModuleType:
    """The shared scorer, loaded the way the benchmarks load it."""
    return load_benchmark("realpages").load_scorer(SCORER)


ARTICLE_ONE = """<html><head><meta charset="utf-8"><title>社区菜园开张了 - 小城日报</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/news">本地新闻</a> | <a href="/life">生活</a></div>
<div class="article">
<h1>社区菜园开张了</h1>
<div class="info">2024-03-05 09:30 来源：小城日报 作者：王小明</div>
<p>上周六，东街社区把闲置多年的空地改成了一片菜园，三十多户居民领到了自己的小菜畦。</p>
<p>居民李阿姨说，她打算种些青菜和番茄，周末带孙子来浇水，让孩子知道菜是怎么长出来的。</p>
<p>社区工作人员介绍，菜园用的是雨水收集桶里的水，肥料来自居民送来的厨余堆肥。</p>
<p>（责任编辑：赵一凡）</p>
</div>
<div class="footer">版权所有 小城日报社 未经授权禁止转载</div>
</body></html>"""

ARTICLE_TWO = """<html><head><meta charset="utf-8"><title>旧书市集周末回归_河畔网</title></head><body>
<ul class="menu"><li><a href="/">网站首页</a></li><li><a href="/city">城事</a></li></ul>
<div id="content">
<h1>旧书市集周末回归</h1>
<p class="meta">发布时间：2023年11月18日 作者：陈思雨</p>
<p>停办两年的河畔旧书市集将在本周末回到滨江步道，摊主们已经开始整理自家的藏书。</p>
<p>组织者表示，这次市集新增了以书换书的角落，读者带一本旧书就能换走另一本。</p>
<p>市集每天上午九点开放，下午五点收摊，遇雨顺延到下一个周末。</p>
</div>
<div class="copyright">Copyright 河畔网 备案号：示例备000001号</div>
</body></html>"""

GOLD_ONE = {
    "id": "fake-garden", "site": "xiaocheng.example", "url": "http://xiaocheng.example/2024/0305/1.html",
    "page_kind": "article", "title": "社区菜园开张了", "author": "王小明", "date": "2024-03-05T09:30:00",
    "editor": "赵一凡", "source": "小城日报",
    "body": ("上周六，东街社区把闲置多年的空地改成了一片菜园，三十多户居民领到了自己的小菜畦。\n"
             "居民李阿姨说，她打算种些青菜和番茄，周末带孙子来浇水，让孩子知道菜是怎么长出来的。\n"
             "社区工作人员介绍，菜园用的是雨水收集桶里的水，肥料来自居民送来的厨余堆肥。"),
    "fields_present": ["title", "author", "date", "editor", "source", "body"],
}

GOLD_TWO = {
    "id": "x-fake-books", "site": "hepan.example", "url": "http://hepan.example/city/88.html",
    "page_kind": "blog-post", "title": "旧书市集周末回归", "author": "陈思雨", "date": "2023-11-18",
    "editor": None, "source": None,
    "body": ("停办两年的河畔旧书市集将在本周末回到滨江步道，摊主们已经开始整理自家的藏书。\n"
             "组织者表示，这次市集新增了以书换书的角落，读者带一本旧书就能换走另一本。\n"
             "市集每天上午九点开放，下午五点收摊，遇雨顺延到下一个周末。"),
    "fields_present": ["title", "author", "date", "editor", "source", "body"],
}


def write_pages(folder: Path, pages: list[tuple[dict, str]]) -> Path:
    """Write (gold, html) pairs in the corpus layout (``pages/<id>.html``, ``gold/<id>.json``)."""
    (folder / "pages").mkdir(parents=True, exist_ok=True)
    (folder / "gold").mkdir(parents=True, exist_ok=True)
    for gold, html in pages:
        (folder / "pages" / f"{gold['id']}.html").write_bytes(html.encode("utf-8"))
        (folder / "gold" / f"{gold['id']}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return folder
