"""Hostile and broken input: clean() must return a sensible record within the time budget, never raise.

Every input is generated here (no large binaries in the repository).
"""
from __future__ import annotations

import bz2
import gzip
import io
import time
import zipfile
import zlib

import pytest

import webclean
from webclean import Cleaner

BUDGET = 10.0
SLACK = 8.0  # parsing a 20 MB page before the first budget check, on a slow shared machine
# The budget is wall-clock time, so the bound that holds whatever else the machine runs is on this
# process's CPU time: a page never costs more than the budget and the slack. Wall-clock time, which other
# jobs stretch (two cores shared), must only show that nothing waits or hangs.
WALL_MARGIN = 3


def _clean_timed(clean, page) -> tuple[webclean.Record, float, float]:
    """(record, wall seconds, CPU seconds of this process)."""
    wall, cpu = time.monotonic(), time.process_time()
    rec = clean(page)
    return rec, time.monotonic() - wall, time.process_time() - cpu

ARTICLE = ("<html><head><meta charset='{cs}'><title>测试标题_示例网</title></head><body>"
           "<h1>测试标题</h1><p>这是一段用于测试的正文，包含足够多的中文字符和标点符号。</p>"
           "<p>第二段正文继续说明情况，确保抽取器能够找到主要内容。</p></body></html>")


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", "中文" * 100)
    return buf.getvalue()


def _deep(n: int) -> bytes:
    return ("<html><body>" + "<div>" * n + "<p>深层嵌套里的正文内容，仍然应该被保留下来。</p>" + "</div>" * n
            + "</body></html>").encode()


HOSTILE: dict[str, bytes | str] = {
    "empty-bytes": b"",
    "empty-str": "",
    "whitespace": " \n\t\r\n\u3000" * 100,
    "nul-bytes": b"\x00" * 10_000,
    "nul-in-text": "正文\x00内容" * 100,
    "png-magic": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64,
    "pdf-magic": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 64,
    "gzip": gzip.compress("<html><body><p>压缩的页面</p></body></html>".encode() * 100),
    "zip": _zip_bytes(),
    "bz2": bz2.compress(b"x" * 10000),
    "unclosed-misnested": b"<html><body><div><p>\xe6\xad\xa3\xe6\x96\x87<b><i>\xe5\x86\x85</b></i><table><tr><td>"
                          b"<div></td></p></span></html><p>" * 200,
    "utf16-bom": "\ufeff".encode("utf-16-le") + ARTICLE.format(cs="utf-16").encode("utf-16-le"),
    "utf16-no-bom": ARTICLE.format(cs="utf-16").encode("utf-16-le"),
    "utf32-bom": ARTICLE.format(cs="utf-32").encode("utf-32"),
    "utf32-no-bom": ARTICLE.format(cs="utf-32").encode("utf-32-le"),
    "invalid-utf8": ARTICLE.format(cs="utf-8").encode() + b"\xff\xfe\xc3\x28\xe2\x82" * 500,
    "lone-surrogates": "正文\ud800内容\udfff" * 100,
    "entity-flood": ("<html><body><p>" + "&amp;&#20013;&#x6587;&lt;&nbsp;" * 100_000 + "</p></body></html>"),
    "entity-bomb": ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;'
                    '&lol;&lol;">]><html><body><p>&lol2;&lol2;</p></body></html>'),
    "long-line-10mb": "中" * 10_000_000,
    "long-ascii-line": "a" * 10_000_000,
    "header-bom-meta-disagree": b"\xef\xbb\xbf" + ARTICLE.format(cs="big5").encode("utf-8"),
    "deep-3000": _deep(3000),
    "deep-100000": _deep(100_000),
    "many-attributes": ("<html><body><div " + " ".join(f"a{i}='{i}'" for i in range(1_000_000))
                        + "><p>属性很多的元素里的正文。</p></div></body></html>"),
    "many-blocks": "<html><body>" + "<p>短段落。</p>" * 200_000 + "</body></html>",
}

for _codec in ("base64", "zlib", "rot13", "hex", "bz2", "uu", "quopri", "x-no-such-codec"):
    HOSTILE[f"meta-charset-{_codec}"] = ARTICLE.format(cs=_codec).encode("utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_gives_a_record_in_time(name):
    page = HOSTILE[name]
    rec, wall, cpu = _clean_timed(webclean.clean, page)
    assert isinstance(rec, webclean.Record)
    assert cpu < BUDGET + SLACK, f"{name} took {cpu:.1f}s of CPU"
    assert wall < WALL_MARGIN * (BUDGET + SLACK), f"{name} took {wall:.1f}s"
    for text in (rec.title or "", *rec.paragraphs):
        assert not any("\ud800" <= ch <= "\udfff" for ch in text)
        assert not any(ord(ch) < 32 and ch not in "\n" for ch in text)
    rec.to_json()  # always serialisable


@pytest.mark.parametrize("codec", ["base64", "zlib", "rot13", "hex", "bz2", "uu", "quopri"])
def test_bytes_codecs_named_by_meta_are_ignored_and_reported(codec):
    rec = webclean.clean(ARTICLE.format(cs=codec).encode("utf-8"))
    assert rec.title == "测试标题"
    assert any(codec in w for w in rec.warnings)


def test_deep_nesting_keeps_its_text():
    rec = webclean.clean(_deep(3000))
    assert "深层嵌套里的正文内容" in rec.body


def test_very_deep_nesting_keeps_its_text_or_says_what_was_cut():
    rec = webclean.clean(_deep(100_000))
    assert "深层嵌套里的正文内容" in rec.body or any("depth" in w for w in rec.warnings)


@pytest.mark.slow
def test_huge_page_is_cut_with_a_warning():
    page = ("<html><body>" + "<p>很长的页面里重复的段落，用来测试大小限制。</p>" * 800_000 + "</body></html>").encode()
    assert len(page) > 50_000_000
    rec, wall, cpu = _clean_timed(Cleaner(time_budget=BUDGET).clean, page)
    assert cpu < BUDGET + SLACK and wall < WALL_MARGIN * (BUDGET + SLACK)
    assert any("max_bytes" in w for w in rec.warnings)


def test_utf16_page_is_decoded():
    rec = webclean.clean(HOSTILE["utf16-bom"])
    assert rec.title == "测试标题"
    assert "这是一段用于测试的正文" in rec.body


def test_compressed_bytes_are_not_mistaken_for_text():
    rec = webclean.clean(zlib.compress("中文正文".encode() * 1000))
    assert "中文正文" not in rec.body
