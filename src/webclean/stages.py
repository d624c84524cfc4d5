"""The six pipeline stages as functions ``stage(doc, opts) -> None``.

Each stage delegates to the module that owns its job (decode, mojibake,
script, html/text, spam, boilerplate, metadata, body) and only wires the
results into the :class:`~webclean.document.Document`. ``build_record``
turns the finished document into the immutable :class:`~webclean.record.Record`.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from . import body, boilerplate, controls, html, metadata, script, spam, text
from .dates import CHINA_TZ
from .decode import decode
from .document import Document
from .mojibake import repair_text_with_repairs
from .record import Record, Repair

if TYPE_CHECKING:
    from .pipeline import Options

__all__ = ["decode_stage", "repair_stage", "parse_stage", "strip_stage", "extract_stage",
           "normalise_stage", "build_record"]

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
    doc.is_html = text.looks_like_html(doc.text)


def _control_replacement(match: re.Match[str]) -> str:
    ch = match.group()
    return "\ufffd" if "\ud800" <= ch <= "\udfff" else ("" if ch == "\x00" else " ")


def repair_stage(doc: Document, opts: Options) -> None:
    """Mojibake repair, then pinyin annotations and lost characters (script.restore_annotated_text).

    Pinyin annotations are removed here rather than in ``normalise`` because
    they break every later pattern (``責(zé)任編輯`` is not ``責任編輯``).
    """
    repaired, repairs = repair_text_with_repairs(doc.text, lambda: doc.check_budget("repair"))
    doc.text = repaired
    doc.repairs.extend(repairs)
    doc.check_budget("repair")
    restored = script.restore_annotated_text(doc.text)
    doc.text = restored.text
    doc.repairs.extend(restored.repairs)
    doc.warnings.extend(restored.warnings)
    doc.hints["pinyin_annotations"] = restored.annotations


def parse_stage(doc: Document, opts: Options) -> None:
    """HTML pages to blocks through lxml; text pages one block per line."""
    if doc.is_html:
        html.parse_html(doc, opts)
    else:
        text.segment_text(doc, opts)


def strip_stage(doc: Document, opts: Options) -> None:
    """Spam first (it may explain lines boilerplate rules would misname), then boilerplate."""
    spam.mark_spam(doc, opts)
    doc.check_budget("strip")
    boilerplate.mark_boilerplate(doc, opts)
    controls.mark_controls(doc, opts)


def extract_stage(doc: Document, opts: Options) -> None:
    """Metadata (it labels headline, byline and date blocks), then the body from what is left."""
    metadata.extract_metadata(doc, opts)
    doc.check_budget("extract")
    body.select_body(doc, opts)


_TEXT_FIELDS = ("title", "column", "author", "editor", "source")


def normalise_stage(doc: Document, opts: Options) -> None:
    """Script (OpenCC) and punctuation on every text field, paragraph and crumb."""
    sample = "\n".join([str(doc.value("title") or "")] + doc.paragraphs)
    convert = _converter(doc, opts, sample)
    if convert is not None:
        _apply(doc, convert[0], "script", convert[1])
    if opts.punctuation != "keep":
        mode = opts.punctuation
        _apply(doc, lambda s: script.normalise_punctuation(s, mode)[0], "punctuation", f"punctuation_{mode}")
    final = "\n".join([str(doc.value("title") or "")] + doc.paragraphs)
    if not final.strip():
        # Nothing kept (a page of pure spam, a listing): the script of the page itself still informs.
        final = "\n".join(b.text for b in doc.blocks[:500])
    doc.script = script.detect_script(final)


def _converter(doc: Document, opts: Options, sample: str) -> tuple[Any, str] | None:
    if opts.script == "simplified":
        return script.to_simplified, "opencc_tw2s"
    if opts.script == "traditional":
        return script.to_traditional, "opencc_s2t"
    if opts.script == "auto":
        annotations = int(doc.hints.get("pinyin_annotations", 0))
        if script.detect_script(sample) == "zh-Hant" and script.looks_machine_converted(sample, annotations):
            doc.flags.add("machine_converted")
            return script.to_simplified, "machine_converted_to_simplified"
    return None


def _apply(doc: Document, fn: Any, kind: str, rule: str) -> None:
    """Run ``fn`` over every text the record shows, recording each change."""
    for name in _TEXT_FIELDS:
        f = doc.fields.get(name)
        if f is not None and isinstance(f.value, str):
            new = fn(f.value)
            if new != f.value:
                doc.repairs.append(Repair(kind, f.value, new, name, rule))
                f.value = new
    crumbs = doc.fields.get("breadcrumb")
    if crumbs is not None:
        new_crumbs = [fn(c) for c in crumbs.value]
        if new_crumbs != list(crumbs.value):
            doc.repairs.append(Repair(kind, " > ".join(crumbs.value), " > ".join(new_crumbs), "breadcrumb", rule))
            crumbs.value = new_crumbs
    for i, para in enumerate(doc.paragraphs):
        new = fn(para)
        if new != para:
            doc.repairs.append(Repair(kind, para, new, f"paragraph {i}", rule))
            doc.paragraphs[i] = new


def build_record(doc: Document, error: str | None) -> Record:
    """Freeze a finished (or failed) document into a Record."""
    published = doc.value("published")
    if not isinstance(published, (date, datetime)):
        published = None
    elif isinstance(published, datetime) and published.utcoffset() == timedelta(0):
        # a machine timestamp in UTC (<time datetime="…Z">, JSON-LD): the same instant on the clock the
        # page's readers see, so the day is theirs (02:41Z and 20:00Z are 10:41 and 04:00 next day at +08:00)
        published = published.astimezone(CHINA_TZ)
    precision = doc.value("published_precision") if published is not None else None
    if published is not None and precision is None:
        precision = "second" if isinstance(published, datetime) else "day"
    crumbs = doc.value("breadcrumb") or ()
    return Record(
        title=doc.value("title"), column=doc.value("column"), author=doc.value("author"),
        editor=doc.value("editor"), source=doc.value("source"),
        published=published, published_precision=precision,
        breadcrumb=tuple(crumbs), paragraphs=tuple(doc.paragraphs), script=doc.script,
        encoding=doc.encoding, encoding_evidence=tuple(doc.encoding_evidence), page_kind=doc.page_kind,
        spam_score=round(float(doc.spam_score), 4), flags=tuple(sorted(doc.flags)),
        repairs=tuple(doc.repairs), removed=tuple(doc.removed), evidence=doc.evidence(),
        warnings=tuple(doc.warnings), error=error, url=doc.url,
    )
