"""Arguments are checked at the public boundary: a wrong type or range is a TypeError or ValueError naming the
argument, never a garbage record; page content still never raises."""
from __future__ import annotations

import inspect
import pydoc
from dataclasses import MISSING, fields

import pytest

import webclean
from webclean import Cleaner, Options, clean, decode, repair_text, repair_text_with_repairs
from webclean.batch import run_batch

PAGE = "<html><body><h1>标题</h1><p>这是正文的第一段，内容足够长，说明事情的经过。</p></body></html>"


@pytest.mark.parametrize("call, error, words", [
    # the cases, each of which used to return something instead of raising
    (lambda: clean(PAGE.encode("gbk"), headers="text/html; charset=gbk"), TypeError, "headers must be a mapping"),
    (lambda: clean(PAGE, url=5), TypeError, "url must be a str or None, not int"),
    (lambda: Cleaner(min_paragraph_chars=-5), ValueError, "min_paragraph_chars must be 0 or more, not -5"),
    (lambda: repair_text(None), TypeError, "text must be a str, not NoneType"),
    (lambda: decode(None), TypeError, "data must be bytes, not NoneType"),
    (lambda: Cleaner("auto"), TypeError, "positional"),
    # and their neighbours
    (lambda: clean(None), TypeError, "page must be bytes or str"),
    (lambda: clean(PAGE, headers={"Content-Type": b"text/html"}), TypeError, "headers['Content-Type'] must be a str"),
    (lambda: clean(PAGE, headers={1: "x"}), TypeError, "headers names must be str"),
    (lambda: decode("已经是文字"), TypeError, "data must be bytes, not str"),
    (lambda: decode(b"<p>x</p>", headers=[("Content-Type", "text/html")]), TypeError, "headers must be a mapping"),
    (lambda: repair_text(b"\xe4\xb8\xad"), TypeError, "text must be a str, not bytes"),
    (lambda: repair_text_with_repairs("文字", check=5), TypeError, "check must be a function"),
    (lambda: Cleaner(stages="auto"), TypeError, "stages must be a sequence"),
    (lambda: Cleaner(stages=[("decode",)]), TypeError, "stages must be (name, function) pairs"),
    (lambda: Cleaner(scirpt="auto"), TypeError, "scirpt"),
    (lambda: Cleaner(script="latin"), ValueError, "script must be one of"),
    (lambda: Cleaner(script=None), ValueError, "script must be one of"),
    (lambda: Cleaner(punctuation="fancy"), ValueError, "punctuation must be one of"),
    (lambda: Cleaner(keep_tables="no"), TypeError, "keep_tables must be True or False"),
    (lambda: Cleaner(keep_comments=1), TypeError, "keep_comments must be True or False"),
    (lambda: Cleaner(max_bytes=True), TypeError, "max_bytes must be a whole number"),
    (lambda: Cleaner(max_depth=2.5), TypeError, "max_depth must be a whole number"),
    (lambda: Cleaner(max_blocks=0), ValueError, "max_blocks must be positive"),
    (lambda: Cleaner(time_budget="10"), TypeError, "time_budget must be a number of seconds"),
    (lambda: Cleaner(time_budget=float("inf")), ValueError, "time_budget must be a number of seconds above 0"),
    (lambda: Cleaner(time_budget=0), ValueError, "time_budget"),
    (lambda: Cleaner().with_options(scirpt="keep"), TypeError, "scirpt"),
    (lambda: Cleaner().with_options(max_bytes=-1), ValueError, "max_bytes must be positive"),
    (lambda: run_batch("in.jsonl", "/nonexistent-folder/out.jsonl"), TypeError, "inputs must be a list of paths"),
    (lambda: run_batch(["in.jsonl"], "/nonexistent-folder/out.jsonl", workers=-1), ValueError, "workers must be"),
    (lambda: run_batch(["in.jsonl"], "/nonexistent-folder/out.jsonl", page_timeout=0), ValueError,
     "page_timeout must be"),
])
def test_wrong_arguments_raise_naming_the_argument(call, error, words):
    with pytest.raises(error) as caught:
        call()
    assert words in str(caught.value)


@pytest.mark.parametrize("page", [b"", "", b"\x00\xff\xfe" * 100, "\ud800 lone surrogate", b"\x89PNG\r\n\x1a\n"])
def test_page_content_still_never_raises(page):
    rec = clean(page, url="http://a.cn/", headers={"Content-Type": "text/html; charset=utf-8"})
    assert isinstance(rec, webclean.Record)


def test_bytes_like_pages_and_no_headers_are_accepted():
    data = PAGE.encode("utf-8")
    assert clean(bytearray(data)) == clean(memoryview(data)) == clean(data)
    assert "这是正文的第一段" in clean(data).body
    assert decode(bytearray(b"<p>x</p>"), headers=None).text == "<p>x</p>"


def test_cleaner_options_are_keyword_only_and_typed_like_options():
    """What lets a type checker catch a misspelt option: every option is a named, annotated keyword
    parameter (no **kwargs), with Options' own default."""
    params = inspect.signature(Cleaner).parameters
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params.values())
    assert "stages" in params
    for f in fields(Options):
        param = params[f.name]
        assert param.default == f.default and f.default is not MISSING
        assert param.annotation == f.type, f.name
    assert set(params) - {"stages"} == {f.name for f in fields(Options)}


def test_help_lists_every_option_with_its_meaning():
    text = pydoc.render_doc(Cleaner, renderer=pydoc.plaintext)
    for f in fields(Options):
        assert f"{f.name}: " in text, f.name
        first_words = " ".join(f.metadata["doc"].split()[:4])
        assert first_words in " ".join(text.replace("|", " ").split()), f.name
