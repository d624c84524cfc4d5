"""The decode stage: bytes to text with the evidence for the charset; a str page is sanitised.

>>> from webclean.document import Document
>>> from webclean.options import Options
>>> doc = Document(raw="标题".encode("gbk"), headers={"Content-Type": "text/html; charset=gbk"})
>>> decode_stage(doc, Options())
>>> doc.text, doc.encoding
('标题', 'gb18030')
"""
from __future__ import annotations

import re

from ..document import Document
from ..options import Options
from .charset import Decoded, decode
from .sniff import looks_like_html

__all__ = ["decode_stage", "decode", "Decoded", "bytes_may_hold_controls", "remove_controls", "without_invisible_marks"]

# C0/C1 controls other than tab and newline, and lone surrogates, never belong
# in output text; NUL bytes in a str page are the usual sign of binary junk.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# ... but a C1 control inside the Latin-1 reading of a UTF-8 sequence (a lead byte and its continuation bytes as
# characters: 'ï¼\x81' is ！) is one of the sequence's bytes, which the mojibake repair needs: the sequence is
# matched first and left as it is.
_CONTROL_OR_UTF8_READ_AS_LATIN1 = re.compile(
    r"(?P<seq>[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})|" + _CONTROL.pattern)


def decode_stage(doc: Document, opts: Options) -> None:
    """bytes -> str with evidence; str input is sanitised (controls, lone surrogates)."""
    raw = doc.raw
    may_hold_controls = True
    if isinstance(raw, bytes):
        if len(raw) > opts.max_bytes:
            doc.warnings.append(f"limit: page of {len(raw)} bytes cut to max_bytes={opts.max_bytes}")
            raw = raw[: opts.max_bytes]
        decoded = decode(raw, doc.headers)
        doc.text, doc.encoding = decoded.text, decoded.encoding
        doc.encoding_evidence = tuple(decoded.evidence)
        doc.warnings.extend(decoded.warnings)
        # (a page of mixed encodings is labelled UTF-8 but read in pieces with other codecs)
        mixed = any(e.startswith("mixed:") for e in decoded.evidence)
        may_hold_controls = mixed or bytes_may_hold_controls(raw, decoded.encoding)
    else:
        if len(raw) > opts.max_bytes:
            doc.warnings.append(f"limit: page of {len(raw)} characters cut to max_bytes={opts.max_bytes}")
            raw = raw[: opts.max_bytes]
        doc.text, doc.encoding = raw, None
        doc.encoding_evidence = ("input:str",)
    if may_hold_controls:
        cleaned, n = remove_controls(doc.text)
        if n:
            doc.text = cleaned
            doc.warnings.append(f"input: {n} control or surrogate characters removed")
        if _CONTROL.search(cleaned) is not None:
            doc.hints["utf8_bytes_kept"] = True   # (the repair stage removes what its repairs leave of them)
    doc.text = without_invisible_marks(doc.text)
    doc.is_html = looks_like_html(doc.text)


# A byte-order mark inside the text (a template pasted a file that began with one: 頭條日報's <h1>\ufeff全民免費檢測…)
# and a zero-width space (a CMS's paragraph opening with one, or a line holding nothing else) show nothing and break
# every comparison of texts; the joiners (U+200C, U+200D) are kept, as emoji and scripts need them.
def without_invisible_marks(text: str) -> str:
    """``text`` without byte-order marks and zero-width spaces (two searches in C where it holds none).

    >>> without_invisible_marks("\\ufeff全民免費檢測\\u200b"), without_invisible_marks("正文")
    ('全民免費檢測', '正文')
    """
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    if "\u200b" in text:
        text = text.replace("\u200b", "")   # (str.replace in C: str.translate looks up every character, 1.3 ms a page)
    return text


def remove_controls(text: str, keep_utf8_bytes: bool = True) -> tuple[str, int]:
    """``text`` without its controls (a NUL dropped, another control as a space, a lone surrogate as U+FFFD) and
    how many were removed; a C1 control that is a byte of a UTF-8 sequence read as Latin-1 stays for the
    mojibake repair (a page encoded in UTF-8 twice: 笔趣阁's ``ç¬¬37ç«\\xa0 å¤©ä»·ï¼\\x81`` is ``第37章 天价！``)
    unless ``keep_utf8_bytes`` is false (after the repair: what it left is no text).

    >>> remove_controls("正\\x00文\\x07"), remove_controls("å¤©ä»·ï¼\\x81\\x85")
    (('正文 ', 2), ('å¤©ä»·ï¼\\x81 ', 1))
    >>> remove_controls("ï¼\\x81", keep_utf8_bytes=False)
    ('ï¼ ', 1)
    """
    removed = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal removed
        if match.lastgroup == "seq":
            return match.group()
        removed += 1
        return _control_replacement(match)

    if _CONTROL.search(text) is None:
        return text, 0
    cleaned = (_CONTROL_OR_UTF8_READ_AS_LATIN1 if keep_utf8_bytes else _CONTROL).sub(replace, text)
    return cleaned, removed


# Every byte but those of the C0 controls _CONTROL removes (tab, newline and carriage return stay) and DEL.
_NOT_C0_BYTES = b"\t\n\r" + bytes(range(0x20, 0x7F)) + bytes(range(0x80, 0x100))
# How the C1 controls U+0080-U+009F are written in the codecs most pages come in (a search with a literal
# start: bytes.find speed).
_C1_WRITTEN = {"utf-8": re.compile(rb"\xc2[\x80-\x9f]"), "utf-8-sig": re.compile(rb"\xc2[\x80-\x9f]"),
               "gb18030": re.compile(b"|".join(re.escape(chr(c).encode("gb18030")) for c in range(0x80, 0xA0)))}


def bytes_may_hold_controls(raw: bytes, encoding: str | None) -> bool:
    """Whether text decoded from ``raw`` with ``encoding`` may hold a control character ``_CONTROL`` removes.

    In UTF-8 and GB18030 a C0 control or DEL is its own byte and appears in no longer sequence, and a C1
    control is one fixed sequence, so the bytes settle it: a ``bytes.translate`` that deletes every other
    byte and one search, a tenth of the text search over a page (whose replacement characters for bad
    sequences are no controls). Other codecs, and surrogates (only a str page has them), always say yes.

    >>> bytes_may_hold_controls("正文".encode("utf-8"), "utf-8"), bytes_may_hold_controls(b"a\\x00b", "utf-8")
    (False, True)
    >>> bytes_may_hold_controls("\\x85".encode("gb18030"), "gb18030"), bytes_may_hold_controls(b"x", "big5")
    (True, True)
    """
    written = _C1_WRITTEN.get(encoding or "")
    if written is None:
        return True
    return bool(raw.translate(None, _NOT_C0_BYTES)) or written.search(raw) is not None


def _control_replacement(match: re.Match[str]) -> str:
    ch = match.group()
    return "\ufffd" if "\ud800" <= ch <= "\udfff" else ("" if ch == "\x00" else " ")
