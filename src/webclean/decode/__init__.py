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

__all__ = ["decode_stage", "decode", "Decoded"]

# C0/C1 controls other than tab and newline, and lone surrogates, never belong
# in output text; NUL bytes in a str page are the usual sign of binary junk.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def decode_stage(doc: Document, opts: Options) -> None:
    """bytes -> str with evidence; str input is sanitised (controls, lone surrogates)."""
    raw = doc.raw
    if isinstance(raw, bytes):
        if len(raw) > opts.max_bytes:
            doc.warnings.append(f"limit: page of {len(raw)} bytes cut to max_bytes={opts.max_bytes}")
            raw = raw[: opts.max_bytes]
        decoded = decode(raw, doc.headers)
        doc.text, doc.encoding = decoded.text, decoded.encoding
        doc.encoding_evidence = tuple(decoded.evidence)
        doc.warnings.extend(decoded.warnings)
    else:
        if len(raw) > opts.max_bytes:
            doc.warnings.append(f"limit: page of {len(raw)} characters cut to max_bytes={opts.max_bytes}")
            raw = raw[: opts.max_bytes]
        doc.text, doc.encoding = raw, None
        doc.encoding_evidence = ("input:str",)
    cleaned, n = _CONTROL.subn(_control_replacement, doc.text)
    if n:
        doc.text = cleaned
        doc.warnings.append(f"input: {n} control or surrogate characters removed")
    doc.is_html = looks_like_html(doc.text)


def _control_replacement(match: re.Match[str]) -> str:
    ch = match.group()
    return "\ufffd" if "\ud800" <= ch <= "\udfff" else ("" if ch == "\x00" else " ")
