from __future__ import annotations

import json
import pickle
from datetime import date, datetime, timedelta, timezone

import pytest

from webclean.record import Evidence, Record, Removal, Repair

CN = timezone(timedelta(hours=8))


def sample() -> Record:
    return Record(
        title="践行人民城市理念", column="人民论坛网评", author="冯禀壹", editor="张尧",
        published=datetime(2025, 7, 14, 11, 49, 25, tzinfo=CN), published_precision="second",
        breadcrumb=("首页", "人民论坛评论", "正文"), paragraphs=("第一段。", "第二段。"),
        script="zh-Hans", repairs=(Repair("mojibake", "涓枃", "中文", "text[0:2]", "utf-8>gbk"),),
        removed=(Removal("navigation", "网站首页 | 网站地图", "nav_separator_run", "block 1"),),
        evidence=(Evidence("author", "冯禀壹", "trailing_byline", "(作者:冯禀壹)"),),
    )


def test_body_joins_paragraphs():
    assert sample().body == "第一段。\n第二段。"


def test_record_is_frozen():
    with pytest.raises(AttributeError):
        sample().title = "x"  # type: ignore[misc]


def test_to_dict_is_json_ready_and_round_trips():
    rec = sample()
    data = json.loads(rec.to_json())
    assert data["published"] == "2025-07-14T11:49:25+08:00"
    assert data["breadcrumb"] == ["首页", "人民论坛评论", "正文"]
    assert data["repairs"][0] == {"kind": "mojibake", "before": "涓枃", "after": "中文",
                                  "where": "text[0:2]", "rule": "utf-8>gbk"}
    assert data["body"] == "第一段。\n第二段。"
    assert Record.from_dict(data) == rec


@pytest.mark.parametrize("value,precision,text", [
    (date(2025, 1, 1), "year", "2025"),
    (date(2025, 7, 1), "month", "2025-07"),
    (date(2025, 7, 14), "day", "2025-07-14"),
])
def test_partial_dates_serialise_at_their_precision(value, precision, text):
    rec = Record(published=value, published_precision=precision)
    assert rec.to_dict()["published"] == text
    assert Record.from_dict(rec.to_dict()).published == value


def test_record_pickles():
    rec = sample()
    assert pickle.loads(pickle.dumps(rec)) == rec


def test_events_serialise_as_dataclasses_asdict_does():
    from dataclasses import asdict
    rec = sample()
    data = rec.to_dict()
    for name in ("repairs", "removed", "evidence"):
        assert data[name] == [asdict(v) for v in getattr(rec, name)]
        assert all(list(d) == list(type(v).__dataclass_fields__) for d, v in zip(data[name], getattr(rec, name)))
