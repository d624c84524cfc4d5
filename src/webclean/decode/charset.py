"""Bytes to text, with the evidence for the charset chosen.

Order of evidence: BOM, HTTP ``Content-Type`` charset, ``<meta charset>`` / http-equiv (first 16 KB),
XML declaration, then validation (a declaration that does not decode cleanly is demoted and the
alternatives tried), then detection with charset-normalizer.  Only text codecs from a whitelist are
ever used; anything else named by a page is ignored and reported.

>>> decode("中文".encode("gbk"), {"Content-Type": "text/html; charset=GB2312"}).encoding
'gb18030'
>>> decode("中文".encode("utf-8"), {"content-type": "text/html; charset=gb2312"}).encoding
'utf-8'
"""
from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..core.arguments import check_bytes, check_headers
from ..core.plausibility import text_badness

__all__ = ["Decoded", "decode", "normalise_charset", "declared_charsets", "strict_decodes"]


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the Python codec used, a 0..1 confidence, the steps taken and any warnings."""

    text: str
    encoding: str
    confidence: float
    evidence: tuple[str, ...]
    warnings: tuple[str, ...]


# Text codecs a page may name.  Anything else (base64, zlib, rot13, hex, bz2, uu, quopri, ...)
# is a bytes-to-bytes or non-text codec and must never be applied to a page.
_SAFE = frozenset({
    "utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "gb18030",
    "big5hkscs", "cp950", "euc-jp", "shift_jis", "cp932", "iso2022_jp", "euc-kr", "cp949", "latin-1",
    "cp1252", "ascii", "iso8859-2", "iso8859-5", "iso8859-15", "cp1250", "cp1251", "koi8-r", "hz",
    "iso2022_kr", "euc_jis_2004", "cp874", "tis-620",
})
# Superset upgrades: pages declaring the older charset routinely use characters of the newer one.
_UPGRADE = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "big5": "big5hkscs",
            "iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252"}
_FALLBACKS = ("utf-8", "gb18030", "big5hkscs", "cp950")
_META_RE = re.compile(rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.I)
_XML_RE = re.compile(rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]{1,40})""", re.I)
_CE_RE = re.compile(rb"""<text[^>]{0,300}?encoding\s*=\s*["']?([A-Za-z0-9_.:\-]{1,40})""", re.I)
_HEADER_RE = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:\-]{1,40})""", re.I)
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_SCAN = 16384  # Chinese pages often declare late, after long <script> blocks


def normalise_charset(label: str) -> tuple[str | None, str | None]:
    """Map a declared label to a safe Python codec (with superset upgrade), or ``(None, warning)``.

    >>> normalise_charset("x-gbk")
    ('gb18030', None)
    >>> normalise_charset("base64")[0] is None
    True
    """
    name = label.strip().lower().removeprefix("x-")
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None, f"charset '{label}' is unknown: ignored"
    codec = _UPGRADE.get(codec, codec)
    if codec not in _SAFE:
        return None, f"charset '{label}' is not a text encoding: ignored"
    return codec, None


def declared_charsets(data: bytes, headers: Mapping[str, str] | None) -> list[tuple[str, str]]:
    """``(source, label)`` pairs in order of authority: header, meta, XML declaration, CleanEval wrapper.

    >>> declared_charsets(b'<meta charset="gbk">', {"Content-Type": "text/html"})
    [('meta', 'gbk')]
    """
    found = []
    for key, value in (headers or {}).items():
        if key.lower() == "content-type" and (m := _HEADER_RE.search(str(value))):
            found.append(("header", m.group(1)))
    head = data[:_SCAN]
    for source, regex in (("meta", _META_RE), ("xml", _XML_RE), ("wrapper", _CE_RE)):
        if m := regex.search(head):
            found.append((source, m.group(1).decode("ascii", "replace")))
    return found


def strict_decodes(data: bytes, codec: str) -> bool:
    """True when ``data`` decodes without error, allowing one truncated multi-byte character at the end.

    >>> strict_decodes("中文".encode("gbk")[:-1], "gb18030")
    True
    """
    try:
        codecs.getincrementaldecoder(codec)().decode(data, final=False)
        return True
    except UnicodeDecodeError:
        return False


def _strict_text(data: bytes, codec: str) -> tuple[bool, str | None]:
    """:func:`strict_decodes`, with the text when the bytes decode whole (no truncated character left at the end):
    the text :func:`_finish` would make again, so a valid page is decoded once, not twice (0.1 ms a corpus page).

    >>> _strict_text("中文".encode("gbk"), "gb18030"), _strict_text("中文".encode("gbk")[:-1], "gb18030")
    ((True, '中文'), (True, None))
    """
    decoder = codecs.getincrementaldecoder(codec)()
    try:
        text = decoder.decode(data, final=False)
    except UnicodeDecodeError:
        return False, None
    return True, None if decoder.getstate()[0] else text


def _from_bom(data: bytes) -> Decoded | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, "replace").lstrip("\ufeff")
            return Decoded(text, codec, 1.0, (f"bom:{codec}",), ())
    return None


# UTF-16 without BOM: at least this share of its pairs hold a NUL on one side (ASCII markup has one in every
# pair). UTF-32 has more (one in every four bytes, a quarter of the bytes), so a page with no more NULs than
# this share of its pairs is neither, and its four strided copies need not be made.
_NUL_SHARE_UTF16 = 0.3


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16/32 without BOM: NUL bytes at fixed positions (ASCII in UTF-16 has one in every pair,
    any BMP text in UTF-32 has two in every four).

    >>> _utf16_without_bom("中文abc".encode("utf-32-le"))
    'utf-32-le'
    """
    if len(data) < 4 or 0 not in data:   # one memchr settles nearly every page: no NUL, no UTF-16/32
        return None
    half, quarter = len(data) // 2, len(data) // 4
    if data.count(0) <= _NUL_SHARE_UTF16 * half:   # each test below needs more NULs than that
        return None
    if len(data) % 4 == 0 and data[3::4].count(0) == quarter and data[2::4].count(0) > 0.9 * quarter:
        return "utf-32-le"
    if len(data) % 4 == 0 and data[0::4].count(0) == quarter and data[1::4].count(0) > 0.9 * quarter:
        return "utf-32-be"
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd > _NUL_SHARE_UTF16 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > _NUL_SHARE_UTF16 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _detect(data: bytes) -> tuple[str | None, float]:
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data[:200_000]).best()
    except Exception:  # noqa: BLE001 -- detection is a best effort, never a crash
        return None, 0.0
    if best is None:
        return None, 0.0
    codec, _ = normalise_charset(best.encoding)
    return codec, 0.5


def _finish(data: bytes, codec: str, conf: float, evidence: list[str], warnings: list[str],
            text: str | None = None) -> Decoded:
    """The page decoded with ``codec`` (``text``: already decoded strictly, see :func:`_strict_text`)."""
    text = data.decode(codec, "replace") if text is None else text
    bad = text.count("\ufffd")
    if bad:
        warnings.append(f"{bad} undecodable byte sequence(s) replaced")
    return Decoded(text, codec, conf, tuple(evidence), tuple(warnings))


def decode(data: bytes, headers: Mapping[str, str] | None = None) -> Decoded:
    """Decode page bytes; never raises on their content (an unexpected failure becomes UTF-8 with
    replacement and a warning). ``data`` must be bytes and ``headers`` a mapping of str to str, or
    ``TypeError`` names the argument.

    >>> decode(b"\\xef\\xbb\\xbf<p>hi</p>").evidence
    ('bom:utf-8-sig',)
    >>> decode(b'<meta charset="base64">abc').warnings
    ("charset 'base64' is not a text encoding: ignored",)
    >>> decode(None)
    Traceback (most recent call last):
    ...
    TypeError: data must be bytes, not NoneType
    """
    data = check_bytes(data)
    headers = check_headers(headers)
    try:
        return _decode(data, headers)
    except Exception as exc:  # noqa: BLE001 -- a page must never take the pipeline down
        raw = bytes(data) if isinstance(data, (bytes, bytearray, memoryview)) else str(data).encode()
        return Decoded(raw.decode("utf-8", "replace"), "utf-8", 0.0, ("fallback:utf-8",),
                       (f"decoding failed ({type(exc).__name__}): UTF-8 with replacement used",))


def _decode(data: bytes, headers: Mapping[str, str] | None) -> Decoded:
    if not isinstance(data, (bytes, bytearray, memoryview)):
        return Decoded(str(data), "utf-8", 0.0, ("not-bytes",), ("input was not bytes",))
    data = bytes(data)
    if not data:
        return Decoded("", "utf-8", 1.0, ("empty",), ("empty input",))
    if (bom := _from_bom(data)) is not None:
        return bom
    evidence, warnings = ["bom:none"], []
    near: str | None = None
    if (u16 := _utf16_without_bom(data)) is not None:
        return _finish(data, u16, 0.8, evidence + [f"nul-pattern:{u16}"], warnings)
    for source, label in declared_charsets(data, headers):
        codec, warning = normalise_charset(label)
        if codec is None:
            warnings.append(warning or "")
            continue
        evidence.append(f"{source}:{label.lower()}->{codec}")
        if codec in ("utf-16", "utf-32"):
            continue  # a page read as ASCII cannot really be UTF-16/32 without BOM or NULs
        if codec == "cp1252" and not data.isascii() and not strict_decodes(data, "utf-8"):
            # latin-1/ascii declared over high-bit bytes is a server default more often than not:
            # let the text decide between it and the Chinese charsets
            options = [c for c in ("gb18030", "big5hkscs", "cp1252") if strict_decodes(data, c)]
            alt = _most_plausible(data, options) if options else "cp1252"
            if alt != "cp1252":
                evidence.append(f"demoted:{codec}")
                return _finish(data, alt, 0.7, evidence + [f"plausible:{alt}"], warnings)
        valid, text = _strict_text(data, codec)
        if valid:
            if codec != "utf-8" and not data.isascii():
                valid, utf8 = _strict_text(data, "utf-8")
                if valid:
                    evidence.append(f"demoted:{codec}")
                    return _finish(data, "utf-8", 0.9, evidence + ["validated:utf-8"], warnings, utf8)
            return _finish(data, codec, 0.95, evidence + ["validated"], warnings, text)
        evidence.append(f"demoted:{codec}")
        near = near or (codec if _nearly_decodes(data, codec) else None)
    valid, text = _strict_text(data, "utf-8")
    if valid:
        return _finish(data, "utf-8", 0.9, evidence + ["validated:utf-8"], warnings, text)
    share = _utf8_share(data)
    if share >= 0.5:
        return _mixed(data, evidence, warnings)
    if near is not None:  # a real page with a few corrupt bytes: its declaration still holds
        return _finish(data, near, 0.7, evidence + [f"nearly-valid:{near}"], warnings)
    detected, _ = _detect(data)
    candidates = [c for c in dict.fromkeys(("gb18030", "big5hkscs", detected)) if c and strict_decodes(data, c)]
    if candidates:
        codec = _most_plausible(data, candidates)
        return _finish(data, codec, 0.6, evidence + [f"plausible:{codec}"], warnings)
    if detected is not None:
        return _finish(data, detected, 0.3, evidence + [f"detected:{detected}"], warnings)
    if share >= 0.2:
        return _mixed(data, evidence, warnings)
    warnings.append("no charset fits these bytes (binary?): GB18030 with replacement used")
    return _finish(data, "gb18030", 0.1, evidence + ["fallback:gb18030"], warnings)


def _nearly_decodes(data: bytes, codec: str) -> bool:
    """At most one undecodable sequence per 1,000 bytes (and at least two allowed).

    >>> _nearly_decodes(("正文" * 600).encode("gbk") + bytes([0xFF]) + "结尾".encode("gbk"), "gb18030")
    True
    """
    return data.decode(codec, "replace").count("\ufffd") <= max(2, len(data) // 1000)


_UTF8_MB_RE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


_HIGH_BYTES = bytes(range(0x80, 0x100))


def _utf8_share(data: bytes) -> float:
    """Share of high-bit bytes that sit in valid UTF-8 sequences (GBK text scores well under 0.3).

    >>> _utf8_share("中文".encode("utf-8") + "中文".encode("gbk"))
    0.6
    """
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    covered = sum(len(m) for m in _UTF8_MB_RE.findall(data))
    return covered / high if high else 0.0


def _most_plausible(data: bytes, candidates: list[str]) -> str:
    """Among codecs that all decode the bytes, the one whose text looks most like real writing.

    GB18030 accepts nearly every Big5 byte pair, so validity alone cannot choose; frequent
    characters (see ``mojibake.text_badness``) can.

    >>> _most_plausible("臺北市政府今天宣布".encode("big5"), ["gb18030", "big5hkscs"])
    'big5hkscs'
    """
    sample = data[:65536]
    return min(candidates, key=lambda c: text_badness(sample.decode(c, "replace")))


def _first_valid(data: bytes, candidates: tuple[str, ...]) -> str | None:
    return next((c for c in candidates if strict_decodes(data, c)), None)


# ASCII and 3/4-byte UTF-8 only: GBK pairs often look like 2-byte UTF-8 by accident
_UTF8_SEQ_RE = re.compile(rb"(?:[\x00-\x7f]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})+")


def _mixed(data: bytes, evidence: list[str], warnings: list[str]) -> Decoded:
    """Segment by segment: valid UTF-8 runs as UTF-8, the bytes between as GB18030 (else cp1252)."""
    parts, pos = [], 0
    for m in _UTF8_SEQ_RE.finditer(data):
        if m.start() > pos:
            parts.append(_decode_island(data[pos:m.start()]))
        parts.append(m.group().decode("utf-8", "replace"))  # the regex admits a few invalid forms
        pos = m.end()
    if pos < len(data):
        parts.append(_decode_island(data[pos:]))
    text = "".join(parts)
    warnings.append("mixed encodings: decoded segment by segment")
    bad = text.count("\ufffd")
    if bad:
        warnings.append(f"{bad} undecodable byte sequence(s) replaced")
    return Decoded(text, "utf-8", 0.4, tuple(evidence + ["mixed:utf-8+gb18030"]), tuple(warnings))


def _decode_island(chunk: bytes) -> str:
    if len(chunk) >= 2 and strict_decodes(chunk, "gb18030"):
        return chunk.decode("gb18030", "replace")
    return chunk.decode("cp1252", "replace")
