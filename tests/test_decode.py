"""decode(): evidence order, whitelist, validation, superset upgrades, hostile bytes, real pages."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from webclean.decode.charset import declared_charsets, decode, normalise_charset, strict_decodes

CORPUS = Path(__file__).parents[1] / ".." / "shared" / "corpus"


def test_header_gbk_upgraded_to_gb18030():
    d = decode("新闻中心".encode("gbk"), {"CONTENT-TYPE": "text/html; charset=GBK"})
    assert d.encoding == "gb18030" and d.text == "新闻中心"


def test_declared_gb2312_but_valid_utf8_uses_utf8():
    d = decode('<meta charset="gb2312"><p>中文内容</p>'.encode())
    assert d.encoding == "utf-8" and "中文内容" in d.text and any("demoted" in e for e in d.evidence)


@pytest.mark.parametrize("label", ["base64", "zlib", "rot13", "hex", "bz2", "uu", "quopri", "nonsense"])
def test_non_text_codecs_ignored_and_reported(label):
    d = decode(f'<meta charset="{label}"><p>正文</p>'.encode())
    assert d.encoding == "utf-8" and "正文" in d.text and any(label in w for w in d.warnings)


def test_normalise_and_declared():
    assert normalise_charset("big5") == ("big5hkscs", None)
    assert declared_charsets(b"<?xml version='1.0' encoding='gbk'?>", None) == [("xml", "gbk")]


def test_big5_detected():
    d = decode(("臺北市政府今天宣布擴大公共運輸補助。" * 5).encode("big5"))
    assert d.encoding in ("big5hkscs", "cp950") and "臺北市" in d.text


def test_bom_and_utf16_without_bom():
    assert decode(codecs_bom() + "中文".encode()).text == "中文"
    assert decode(("中文abc" * 10).encode("utf-16-le")).text == "中文abc" * 10


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_nul_pattern_found_for_every_width_and_order(codec):
    d = decode(("<p>中文abc</p>" * 10).encode(codec))
    assert d.encoding == codec and d.evidence[-1] == f"nul-pattern:{codec}"


def test_a_few_stray_nuls_are_no_utf16():
    """A page with NULs, but fewer than UTF-16 puts in its pairs, is read by its other evidence."""
    d = decode(b"<p>" + "正文内容".encode() * 20 + b"\x00" * 10 + b"</p>")
    assert d.encoding == "utf-8" and not any(e.startswith("nul-pattern") for e in d.evidence)


def codecs_bom() -> bytes:
    return b"\xef\xbb\xbf"


def test_truncated_gbk_one_replacement_at_most():
    d = decode(("这是一段很长的正文内容。" * 30).encode("gbk")[:-1], {"Content-Type": "charset=gbk"})
    assert d.text.count("\ufffd") == 1 and strict_decodes("中".encode("gbk")[:1], "gb18030")


def test_mixed_utf8_page_with_gbk_block():
    d = decode("中文页面".encode() * 5 + "简体中文".encode("gbk") * 5)
    assert "简体中文" in d.text and "中文页面" in d.text


@pytest.mark.parametrize("data", [b"", b"\x00" * 50, bytes(range(256)), b"\xff\xfe", b"\x81", b"<meta charset="])
def test_never_raises(data):
    assert isinstance(decode(data).text, str)


@pytest.mark.skipif(not (CORPUS / "pages").exists(), reason="../shared absent")
def test_real_pages_encoding_and_no_replacement():
    for page in sorted((CORPUS / "pages").iterdir()):
        gold = json.loads((CORPUS / "gold" / f"{page.stem}.json").read_text("utf-8"))
        data = page.read_bytes()
        d = decode(data)
        assert d.encoding == gold["bytes_encoding"], page.name
        literal = data.count("\ufffd".encode("utf-8")) if d.encoding.startswith("utf-8") else 0
        assert d.text.count("\ufffd") <= literal + 1, page.name


def test_latin1_declared_french_page_stays_latin():
    d = decode("Un été à Paris, café crème.".encode("latin-1"), {"Content-Type": "text/html; charset=ISO-8859-1"})
    assert d.text == "Un été à Paris, café crème." and d.encoding == "cp1252"


def test_latin1_declared_over_gbk_bytes_not_trusted():
    d = decode("中文网页内容，新闻中心".encode("gbk"), {"Content-Type": "text/html; charset=ISO-8859-1"})
    assert d.encoding == "gb18030" and d.text == "中文网页内容，新闻中心"


def test_utf32_without_bom():
    assert decode("中文abc".encode("utf-32-be")).text == "中文abc"


def test_late_meta_in_first_16kb():
    page = b"<html><head><script>" + b"var a = 1;\n" * 1200 + b'</script><meta charset="gbk"></head>'
    d = decode(page + "<p>这是正文</p>".encode("gbk"))
    assert d.encoding == "gb18030" and "这是正文" in d.text and "meta:gbk->gb18030" in d.evidence


def test_cleaneval_wrapper_line():
    page = b'<text id="x" encoding="gb2312">\n' + "正文内容".encode("gbk")
    assert decode(page).evidence[1] == "wrapper:gb2312->gb18030"


def test_declared_gbk_with_one_corrupt_byte_keeps_declaration():
    body = ("这是一个真实网页的正文，中间有一个坏字节。" * 100).encode("gbk")
    d = decode(body[:1000] + b"\xff" + body[1000:], {"Content-Type": "text/html; charset=gbk"})
    assert d.encoding == "gb18030" and d.text.count("\ufffd") == 1 and "nearly-valid:gb18030" in d.evidence


def test_random_bytes_return_quickly_with_warning():
    import random

    data = random.Random(7).randbytes(200_000)
    d = decode(data)
    assert isinstance(d.text, str) and d.warnings


def test_docstring_examples():
    import doctest
    import importlib

    # webclean.decode is also the name of the function the package exports: fetch the module itself.
    module = importlib.import_module("webclean.decode.charset")
    assert doctest.testmod(module).failed == 0


def test_a_page_encoded_in_utf8_twice_keeps_the_bytes_its_repair_needs():
    # A 笔趣阁 chapter saved after a UTF-8 page was read as Latin-1: 。 is E3 80 82, ！ is EF BC 81, so the
    # twice-encoded text holds C1 controls. They are bytes of the mojibake, not controls to remove before its repair.
    import webclean
    chapter = "第37章 天价！又见天价！"
    para = "苏晓看着价格表，心里默默算了一笔账。这一碗面，竟然要价三千金币！"
    page = (f"<html><head><title>{chapter}</title></head><body><h1>{chapter}</h1><p>{para}</p><p>{para}</p>"
            "</body></html>")
    twice = page.encode("utf-8").decode("latin-1").encode("utf-8")
    rec = webclean.clean(twice)
    assert rec.title == chapter and list(rec.paragraphs) == [para, para]
    assert any(r.kind == "mojibake" and r.rule == "utf-8>latin-1" for r in rec.repairs)
    assert not any("control" in w for w in rec.warnings)


def test_controls_no_repair_takes_are_removed_after_it():
    # a UTF-8 sequence read as Latin-1 whose repair is refused (too short, alone among clean text) keeps no control
    import webclean
    para = "今天上午，市政府召开新闻发布会，介绍了今年以来全市经济社会发展的主要情况。"
    rec = webclean.clean(f"<html><body><h1>发布会</h1><p>{para}ï¼\x81</p><p>{para}</p></body></html>".encode())
    assert not any("\x80" <= ch <= "\x9f" for p in rec.paragraphs for ch in p)


def test_a_byte_order_mark_and_zero_width_spaces_inside_the_page_are_dropped():
    # 頭條日報's <h1> opens with a BOM; a CMS opens a paragraph with a zero-width space and leaves a line of one
    import webclean
    para = "​今天上午，市政府召开新闻发布会，介绍了今年以来全市经济社会发展的主要情况，并回答了记者提问。"
    page = (f"<html><body><h1>\ufeff全民免費檢測 最快兩周後展開</h1><p>{para}</p><p>\u200b</p><p>{para}</p>"
            "</body></html>")
    rec = webclean.clean(page.encode())
    assert rec.title == "全民免費檢測 最快兩周後展開"
    assert list(rec.paragraphs) == [para.replace("\u200b", "")] * 2
