"""Garbling processes as they happen in the wild, to build test cases from text we wrote.

Each process is a named function ``text -> garbled text``: the bytes the original was written in, read by a
decoder that did not match, and sometimes a later step that lost bytes (a text extractor that strips soft
hyphens or C1 controls, a decoder that drops or replaces what it cannot read). Used by
``scripts/gen_mojibake_passages.py`` (the fixture set), ``benchmarks/mojibake.py`` and the tests.

>>> PROCESSES["gbk>mixed-cp1252"]("系统显示证券")
'ϵͳÏÔʾÖ¤È¯'
>>> PROCESSES["utf-8>gbk-dropped"]("风雨交加。")
'椋庨洦浜ゅ姞銆'
"""
from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["PROCESSES", "LOSSY", "mixed_decode", "gbk_per_sequence", "big5_per_sequence"]

# One valid UTF-8 multi-byte character (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF).
_UTF8_MULTI = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}|[\x00-\xff]")


def mixed_decode(data: bytes, fallback: str = "cp1252") -> str:
    """Decode UTF-8 wherever the bytes happen to be valid UTF-8 and byte by byte elsewhere: what a
    "try UTF-8 first" reader makes of a GBK page (``ʾ`` for the GBK pair CA BE, ``Ö¤`` elsewhere).

    >>> mixed_decode("显示".encode("gbk"))
    'ÏÔʾ'
    """
    out = []
    for m in _UTF8_MULTI.finditer(data):
        chunk = m.group()
        if len(chunk) > 1:
            out.append(chunk.decode("utf-8"))
        elif fallback == "cp1252":
            out.append(chunk.decode("cp1252", "ignore") or chunk.decode("latin-1"))  # browsers keep C1
        else:
            out.append(chunk.decode(fallback))
    return "".join(out)


def _per_sequence(data: bytes, codec: str, trail_ok: Callable[[int], bool]) -> str:
    """A two-byte decoder that writes one U+FFFD per bad sequence (as the WHATWG decoders do): a lead
    followed by a trail byte that maps to nothing loses both bytes; a lead followed by ASCII loses the
    lead alone and the ASCII byte is read again."""
    out, i = [], 0
    while i < len(data):
        b = data[i]
        if b < 0x80:
            out.append(chr(b))
            i += 1
            continue
        if 0x81 <= b <= 0xFE and i + 1 < len(data):
            pair = data[i:i + 2]
            try:
                out.append(pair.decode(codec))
                i += 2
                continue
            except UnicodeDecodeError:
                pass
            out.append("\ufffd")
            i += 2 if trail_ok(data[i + 1]) and data[i + 1] >= 0x80 else 1
            continue
        out.append("\ufffd")
        i += 1
    return "".join(out)


def gbk_per_sequence(data: bytes) -> str:
    """GBK with one U+FFFD per undecodable pair.

    >>> gbk_per_sequence("。".encode("utf-8") + b"\\n")
    '銆\\ufffd\\n'
    """
    return _per_sequence(data, "gbk", lambda t: 0x40 <= t <= 0xFE and t != 0x7F)


def big5_per_sequence(data: bytes) -> str:
    """Big5 with one U+FFFD per undecodable pair."""
    return _per_sequence(data, "big5", lambda t: 0x40 <= t <= 0x7E or 0xA1 <= t <= 0xFE)


_C1 = re.compile("[\x80-\x9f]")
_CP1252_UNDEFINED = re.compile("[\x81\x8d\x8f\x90\x9d]")


def _latin(text: str, source: str, reader: str) -> str:
    """``text`` in ``source`` bytes read as Latin-1, or as cp1252 the way browsers read it (the five
    undefined bytes kept as C1 controls)."""
    data = text.encode(source)
    if reader == "latin-1":
        return data.decode("latin-1")
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in data)


def _mixed_lines(text: str, source: str) -> str:
    """One reader per line, as when a title, a body and a caption went through different code: odd lines
    UTF-8-first, even lines plain cp1252 (so the same bytes show as ``ҳ`` on one line and ``Ò³`` on the next)."""
    lines = text.split("\n")
    out = [mixed_decode(line.encode(source)) if i % 2 == 0 else _latin(line, source, "cp1252")
           for i, line in enumerate(lines)]
    return "\n".join(out)


def _strip_soft_hyphens(text: str) -> str:
    return text.replace("\xad", "")


PROCESSES: dict[str, Callable[[str], str]] = {
    # byte-complete: every byte of the original is still in the text
    "gbk>cp1252": lambda t: _latin(t, "gbk", "cp1252"),
    "gbk>mixed-cp1252": lambda t: mixed_decode(t.encode("gbk")),
    "gbk>mixed-latin-1": lambda t: mixed_decode(t.encode("gbk"), "latin-1"),
    "gbk>mixed-by-line": lambda t: _mixed_lines(t, "gbk"),
    "big5>latin-1": lambda t: _latin(t, "big5", "latin-1"),
    "big5>cp1252": lambda t: _latin(t, "big5", "cp1252"),
    "utf-8>cp1252": lambda t: _latin(t, "utf-8", "cp1252"),
    "utf-8>gb18030": lambda t: t.encode("utf-8").decode("gb18030", "replace"),
    # lossy: bytes were dropped or replaced on the way
    "gbk>cp1252-soft-hyphen-lost": lambda t: _strip_soft_hyphens(_latin(t, "gbk", "cp1252")),
    "gbk>mixed-soft-hyphen-lost": lambda t: _strip_soft_hyphens(mixed_decode(t.encode("gbk"))),
    "big5>cp1252-soft-hyphen-lost": lambda t: _strip_soft_hyphens(_latin(t, "big5", "cp1252")),
    "gbk>latin-1-c1-lost": lambda t: _C1.sub("", _latin(t, "gbk", "latin-1")),
    "gbk>cp1252-undefined-dropped": lambda t: t.encode("gbk").decode("cp1252", "ignore"),
    "utf-8>cp1252-undefined-dropped": lambda t: t.encode("utf-8").decode("cp1252", "ignore"),
    "utf-8>latin-1-c1-lost": lambda t: _C1.sub("", _latin(t, "utf-8", "latin-1")),
    "utf-8>latin-1-soft-hyphen-lost": lambda t: _strip_soft_hyphens(_latin(t, "utf-8", "latin-1")),
    "utf-8>gbk-dropped": lambda t: t.encode("utf-8").decode("gbk", "ignore"),
    "utf-8>gbk-fffd-per-byte": lambda t: t.encode("utf-8").decode("gbk", "replace"),
    "utf-8>gbk-fffd-per-sequence": lambda t: gbk_per_sequence(t.encode("utf-8")),
    "utf-8>big5-fffd-per-byte": lambda t: t.encode("utf-8").decode("big5", "replace"),
    "utf-8>big5-fffd-per-sequence": lambda t: big5_per_sequence(t.encode("utf-8")),
    "big5>gbk-fffd-per-byte": lambda t: t.encode("big5").decode("gbk", "replace"),
    "gbk>utf-8-fffd": lambda t: t.encode("gbk").decode("utf-8", "replace"),
    "utf-8>gbk-three-rounds": lambda t: t.encode("utf-8").decode("gbk", "replace").encode("utf-8")
    .decode("gbk", "replace").encode("utf-8").decode("gbk", "replace"),
}

#: Processes after which some bytes of the original are gone for good.
LOSSY = frozenset(name for name in PROCESSES if name.split(">")[1] not in
                  ("cp1252", "mixed-cp1252", "mixed-latin-1", "mixed-by-line", "latin-1", "gb18030"))

#: Which processes apply to which script: a Big5 page holds Traditional text, and GBK holds both.
FOR_SCRIPT = {
    "simplified": [p for p in PROCESSES if not p.startswith("big5")],
    "traditional": [p for p in PROCESSES if p.startswith(("big5", "utf-8"))],
}

#: Text in other scripts garbled: a repair must leave it as it is (and flag it), never turn it into Chinese.
FOREIGN_PROCESSES: dict[str, Callable[[str], str]] = {
    "euc-kr>cp1252": lambda t: _latin(t, "euc-kr", "cp1252"),
    "euc-kr>gbk": lambda t: t.encode("euc-kr").decode("gbk", "replace"),
    "shift_jis>cp1252": lambda t: _latin(t, "shift_jis", "cp1252"),
    "shift_jis>gbk": lambda t: t.encode("shift_jis").decode("gbk", "replace"),
    "cp1253>cp1252": lambda t: _latin(t, "cp1253", "cp1252"),
    "utf-8>gbk": lambda t: t.encode("utf-8").decode("gbk", "replace"),
    "utf-8>cp1252": lambda t: _latin(t, "utf-8", "cp1252"),
}
FOREIGN_FOR = {"korean": ["euc-kr>cp1252", "euc-kr>gbk", "utf-8>gbk", "utf-8>cp1252"],
               "japanese": ["shift_jis>cp1252", "shift_jis>gbk", "utf-8>gbk", "utf-8>cp1252"],
               "greek": ["cp1253>cp1252", "utf-8>gbk", "utf-8>cp1252"]}
