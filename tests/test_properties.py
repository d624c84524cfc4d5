"""Properties that must hold for any input (hypothesis)."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import webclean
from webclean import Record

# Common Simplified characters (GB2312 level 1 starts at 0xB0A1) and Chinese punctuation.
_COMMON = "".join(bytes([hi, lo]).decode("gb2312") for hi in range(0xB0, 0xB8) for lo in range(0xA1, 0xFF))
hanzi = st.text(alphabet=_COMMON, min_size=4, max_size=30)
sentence = st.builds(lambda a, b: f"{a}，{b}。", hanzi, hanzi)
paragraph = st.lists(sentence, min_size=2, max_size=4).map("".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _no_controls(text: str) -> bool:
    return not any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) < 0xA0 or 0xD800 <= ord(c) < 0xE000
                   for c in text)


@SETTINGS
@given(st.binary(max_size=3000))
def test_any_bytes_give_clean_unicode(data):
    rec = webclean.clean(data)
    for text in (rec.title or "", rec.author or "", *rec.paragraphs):
        assert _no_controls(text)
    json.loads(rec.to_json())


@SETTINGS
@given(st.text(max_size=3000))
def test_any_str_gives_clean_unicode(text):
    rec = webclean.clean(text)
    for t in (rec.title or "", *rec.paragraphs):
        assert _no_controls(t)


@SETTINGS
@given(st.lists(paragraph, min_size=1, max_size=5))
def test_cleaning_a_clean_body_again_changes_nothing(paragraphs):
    first = webclean.clean("\n\n".join(paragraphs))
    again = webclean.clean(first.body)
    assert again.paragraphs == first.paragraphs


@SETTINGS
@given(st.lists(paragraph, min_size=1, max_size=5))
def test_plain_chinese_text_is_left_alone_by_repair(paragraphs):
    text = "\n".join(paragraphs)
    assert webclean.repair_text(text) == text


@SETTINGS
@given(hanzi, st.lists(paragraph, min_size=1, max_size=4))
def test_record_round_trips_through_json(title, paragraphs):
    page = ("首页 > 新闻 > 正文\n\n" + title + "\n\n2025-07-14 11:49\n\n" + "\n\n".join(paragraphs)
            + "\n\n（作者：王明）")
    rec = webclean.clean(page)
    assert Record.from_dict(json.loads(rec.to_json())) == rec
