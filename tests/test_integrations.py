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
