"""datatrove extractor step and Scrapy item pipeline, each with the real library (skipped when absent)."""
from __future__ import annotations

import time

import pytest

from webclean.pipeline import Cleaner

PAGE = ("<html><head><title>{title}</title></head><body><p>{title}的正文第一段，讲清楚事情的经过。</p>"
        "<p>第二段。</p></body></html>")


def page_stage(doc, opts) -> None:
    """Stand-in pipeline: <title> is the title, <p> texts are paragraphs; POISON raises, HANG hangs."""
    text = doc.raw.decode("utf-8") if isinstance(doc.raw, bytes) else doc.raw
    if "POISON" in text:
        raise ValueError("poisoned page")
    if "HANG" in text:
        time.sleep(60)
    if "<title>" in text:
        doc.set_field("title", text.split("<title>", 1)[1].split("</title>", 1)[0], "test_title")
    doc.paragraphs = [p.rsplit(">", 1)[-1] for p in text.split("</p>")[:-1]]
    if doc.url:
        doc.set_field("source", doc.url.split("/")[2], "url_host")


STAGES = (("page", page_stage),)


@pytest.mark.slow
def test_datatrove_extractor_sets_body_and_metadata():
    pytest.importorskip("datatrove")
    from datatrove.data import Document
    from datatrove.pipeline.extractors.base import BaseExtractor

    from webclean.integrations.datatrove import WebcleanExtractor

    step = WebcleanExtractor(timeout=1.5, cleaner=Cleaner(stages=STAGES))
    assert isinstance(step, BaseExtractor)
    docs = [Document(text=PAGE.format(title="市政新闻"), id="a", metadata={"url": "http://gov.example.cn/1"}),
            Document(text="POISON", id="b"),
            Document(text=PAGE.format(title="HANG"), id="c"),
            Document(text=PAGE.format(title="体育快讯"), id="d")]
    out = list(step.run(iter(docs)))
    assert [d.id for d in out] == ["a", "d"]  # b has no body (error), c timed out: datatrove drops both
    assert out[0].text == "市政新闻的正文第一段，讲清楚事情的经过。\n第二段。"
    assert out[0].metadata["title"] == "市政新闻" and out[0].metadata["source"] == "gov.example.cn"
    assert out[0].metadata["url"] == "http://gov.example.cn/1"
    assert docs[1].metadata["error_kind"] == "internal"
    stats = step.stats.to_dict()["stats"]
    assert (stats["total"], stats["extracted"], stats["clean_error"], stats["timeout"]) == (4, 2, 1, 1)


def test_datatrove_extract_returns_the_body():
    pytest.importorskip("datatrove")
    from webclean.integrations.datatrove import WebcleanExtractor

    step = WebcleanExtractor(cleaner=Cleaner(stages=STAGES))
    assert step.extract(PAGE.format(title="标题")).endswith("第二段。")


def _crawler(settings: dict):
    pytest.importorskip("scrapy")
    from scrapy.utils.test import get_crawler

    return get_crawler(settings_dict=settings)


@pytest.mark.slow
def test_scrapy_pipeline_adds_record_fields(monkeypatch):
    import webclean.pipeline as pipeline

    crawler = _crawler({"WEBCLEAN_HTML_FIELD": "body_html", "WEBCLEAN_PREFIX": "clean_",
                        "WEBCLEAN_OPTIONS": {"time_budget": 5.0}})
    from webclean.integrations.scrapy import WebcleanPipeline

    monkeypatch.setattr(pipeline, "STAGES", STAGES)  # from_crawler builds a default-stage Cleaner
    pipe = WebcleanPipeline.from_crawler(crawler)
    assert pipe.cleaner.options.time_budget == 5.0
    item = pipe.process_item({"body_html": PAGE.format(title="财经要闻").encode(), "url": "http://fin.example.cn/9"})
    assert item["clean_title"] == "财经要闻" and item["clean_source"] == "fin.example.cn"
    assert item["clean_paragraphs"][-1] == "第二段。" and item["clean_error"] is None
    poisoned = pipe.process_item({"body_html": "POISON"})
    assert poisoned["clean_error_kind"] == "internal"
    untouched = {"other": 1}
    assert pipe.process_item(untouched) == {"other": 1}


def test_scrapy_pipeline_fills_declared_item_fields():
    pytest.importorskip("scrapy")
    import scrapy

    from webclean.integrations.scrapy import WebcleanPipeline

    class PageItem(scrapy.Item):
        html = scrapy.Field()
        url = scrapy.Field()
        title = scrapy.Field()
        body = scrapy.Field()

    pipe = WebcleanPipeline(cleaner=Cleaner(stages=STAGES), fields=("title", "body"))
    item = pipe.process_item(PageItem(html=PAGE.format(title="天气预报"), url=None))
    assert item["title"] == "天气预报" and item["body"].startswith("天气预报的正文")


# --- Scrapy: a real crawl of a local server, exported the way Scrapy users export -------------------------

ARTICLE = ("<html><head><title>{title}</title></head><body><div class=\"nav\">首页 | 新闻 | 社会</div>"
           "<h1>{title}</h1><p>2024-05-06 08:00 来源：本报</p><p>{body}</p>"
           "<p>居民们说，这件事让大家的生活方便了很多，希望以后能坚持办下去。</p></body></html>")
CRAWL_PAGES = {
    # served as GBK with the charset only in the HTTP header: only the headers tell how to read the bytes
    "/a.html": (ARTICLE.format(title="社区食堂开进老小区",
                               body="记者走访发现，社区食堂每天中午为老人提供两荤两素的套餐。")
                .encode("gbk"), "text/html; charset=gbk"),
    "/b.html": (ARTICLE.format(title="公交新线路开通",
                               body="新线路连接了城东的几个大型小区和地铁站，早晚高峰加密班次。")
                .encode("utf-8"), "text/html; charset=utf-8"),
}
SPIDER = '''
import scrapy


class PagesSpider(scrapy.Spider):
    name = "pages"
    start_urls = [{base!r} + "/"]
    custom_settings = {{
        "ITEM_PIPELINES": {{"webclean.integrations.scrapy.WebcleanPipeline": 300}},
        "WEBCLEAN_OPTIONS": {{"time_budget": 20.0}},
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        **{extra},
    }}

    def parse(self, response):
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href, self.parse_page)

    def parse_page(self, response):
        yield {{"url": response.url, "html": response.body, "headers": response.headers}}
'''


@pytest.fixture()
def local_site():
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/":
                body, ctype = b'<html><body><a href="/a.html">a</a> <a href="/b.html">b</a></body></html>', "text/html"
            elif self.path in CRAWL_PAGES:
                body, ctype = CRAWL_PAGES[self.path]
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _crawl(tmp_path, base: str, extra: dict, out_name: str = "out.jsonl"):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    spider = tmp_path / "spider.py"
    spider.write_text(SPIDER.format(base=base, extra=repr(extra)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "src"), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run([sys.executable, "-m", "scrapy", "runspider", str(spider), "-O", out_name],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180)
    return proc, tmp_path / out_name


@pytest.mark.slow
def test_scrapy_crawl_exports_cleaned_items_without_the_page_bytes(tmp_path, local_site):
    """`scrapy crawl -O out.jsonl` used to fail on every item (bytes are not JSON serializable)."""
    pytest.importorskip("scrapy")
    import json

    proc, out = _crawl(tmp_path, local_site, {})
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = out.read_text(encoding="utf-8").splitlines()                # -O out.jsonl: one item per line
    items = {item["url"].rsplit("/", 1)[1]: item for item in map(json.loads, lines)}
    assert sorted(items) == ["a.html", "b.html"]
    gbk = items["a.html"]
    assert "html" not in gbk and "headers" not in gbk                 # dropped by default
    assert gbk["title"] == "社区食堂开进老小区" and "两荤两素" in gbk["body"]
    assert gbk["encoding"] == "gb18030" and any(e.startswith("header:gbk") for e in gbk["encoding_evidence"])
    assert items["b.html"]["title"] == "公交新线路开通" and items["b.html"]["error"] is None


def test_scrapy_pipeline_keeps_the_page_when_asked_and_passes_headers():
    pytest.importorskip("scrapy")
    from scrapy.http import Headers

    from webclean.integrations.scrapy import WebcleanPipeline

    page, _ = CRAWL_PAGES["/a.html"]
    headers = Headers({"Content-Type": "text/html; charset=gbk"})
    kept = WebcleanPipeline(keep_page=True).process_item({"html": page, "headers": headers, "url": "http://a.cn/"})
    assert kept["html"] == page and kept["headers"] is headers and kept["title"] == "社区食堂开进老小区"
    dropped = WebcleanPipeline().process_item({"html": page, "headers": headers})
    assert "html" not in dropped and "headers" not in dropped and dropped["title"] == "社区食堂开进老小区"
    assert any(e.startswith("header:gbk") for e in dropped["encoding_evidence"])
    with pytest.raises(ValueError, match="titel"):
        WebcleanPipeline(fields=("titel",))


# --- datatrove: the README's pipeline, run as printed ----------------------------------------------------

def _readme_datatrove_pipeline() -> str:
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- datatrove-pipeline -->\n```python\n(.*?)```\n<!-- /datatrove-pipeline -->", readme, re.S)
    assert match, "the README shows no datatrove pipeline"
    return match.group(1)


def _warc_with_pages(path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        pages = [(ARTICLE.format(title="社区食堂开进老小区",
                                 body="记者走访发现，社区食堂每天中午为老人提供两荤两素的套餐。")
                  .encode("gbk"), "text/html; charset=gbk", "text/html"),
                 # plain text: datatrove's WarcReader drops it for its payload type
                 ("公交新线路开通\n\n新线路连接了城东的几个大型小区和地铁站，早晚高峰加密班次，市民出行更方便。\n"
                  .encode(), "text/plain; charset=utf-8", "text/plain"),
                 # HTML that opens with a script: magic's guess is not text/html
                 (("<script>var a = 1;</script>" + ARTICLE.format(
                     title="老旧小区加装电梯", body="今年全市共有两百多个老旧小区申请加装电梯，审批时间缩短了一半。"))
                  .encode("utf-8"), "text/html; charset=utf-8", None)]
        for i, (body, ctype, payload_type) in enumerate(pages):
            url = f"http://news.example.cn/{i}.html"
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            extra = {"WARC-Identified-Payload-Type": payload_type} if payload_type else None
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                               warc_headers_dict=extra)
            writer.write_record(record)


@pytest.mark.slow
def test_readme_datatrove_pipeline_keeps_every_page(tmp_path):
    pytest.importorskip("datatrove")
    pytest.importorskip("warcio")
    pytest.importorskip("orjson")
    import gzip
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    (tmp_path / "crawl").mkdir()
    _warc_with_pages(tmp_path / "crawl" / "part-0.warc.gz")
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "src"), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run([sys.executable, "-c", _readme_datatrove_pipeline()], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    (out,) = (tmp_path / "out").iterdir()
    with gzip.open(out, "rt", encoding="utf-8") as lines:
        docs = [json.loads(line) for line in lines]
    by_url = {d["metadata"]["url"].rsplit("/", 1)[1]: d for d in docs}
    assert sorted(by_url) == ["0.html", "1.html", "2.html"]          # none dropped for its type
    gbk = by_url["0.html"]
    assert gbk["metadata"]["title"] == "社区食堂开进老小区" and "两荤两素" in gbk["text"]
    assert gbk["metadata"]["encoding"] == "gb18030"                   # read with the HTTP charset
    assert by_url["1.html"]["metadata"]["title"] == "公交新线路开通" and "地铁站" in by_url["1.html"]["text"]
    assert "审批时间" in by_url["2.html"]["text"]
    assert all(not d.get("media") for d in docs)                       # the raw page is not written out


def test_datatrove_extra_installs_what_the_readme_pipeline_needs():
    """Each step's own declared dependencies are in `pip install '.[datatrove]'` (or datatrove's core)."""
    pytest.importorskip("datatrove")
    tomllib = pytest.importorskip("tomllib")
    import re
    from importlib import metadata
    from pathlib import Path

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    code = _readme_datatrove_pipeline()
    namespace: dict = {}
    for line in code.splitlines():
        if line.startswith("from "):
            exec(line, namespace)                                        # the README's imports, as written
    steps = [v for k, v in namespace.items() if isinstance(v, type) and re.search(rf"\b{k}\(", code)]
    assert {s.__name__ for s in steps} >= {"WarcPageReader", "WebcleanExtractor", "JsonlWriter"}
    pyproject = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    extra = {canonicalize_name(Requirement(r).name) for r in pyproject["project"]["optional-dependencies"]["datatrove"]}
    core = {canonicalize_name(Requirement(r).name) for r in metadata.requires("datatrove") or []
            if "extra ==" not in r}
    for step in steps:
        for cls in step.mro():
            for dep in getattr(cls, "_requires_dependencies", None) or ():
                package = dep[1] if isinstance(dep, tuple) else dep
                assert canonicalize_name(package) in extra | core | {"datatrove"}, (step.__name__, package)
