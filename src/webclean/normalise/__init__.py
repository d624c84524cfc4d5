"""The normalise stage: script conversion (OpenCC) and punctuation on every text the record shows.

In ``auto`` mode Traditional text goes back to Simplified only where the page shows it was
machine-converted (:func:`~webclean.normalise.convert.looks_machine_converted`).
"""
from __future__ import annotations

from typing import Any

from ..core.script import detect_script, opencc_converter, script_sets, to_simplified, to_traditional
from ..document import Document
from ..options import Options
from ..record import Repair
from .convert import looks_machine_converted, vocabulary_patterns
from .punctuation import normalise_punctuation

__all__ = ["warm_up", "normalise_stage"]

_TEXT_FIELDS = ("title", "column", "author", "editor", "source")


def normalise_stage(doc: Document, opts: Options) -> None:
    """Script (OpenCC) and punctuation on every text field, paragraph and crumb."""
    sample = "\n".join([str(doc.value("title") or "")] + doc.paragraphs)
    convert = _converter(doc, opts, sample)
    if convert is not None:
        _apply(doc, convert[0], "script", convert[1])
    if opts.punctuation != "keep":
        mode = opts.punctuation
        _apply(doc, lambda s: normalise_punctuation(s, mode)[0], "punctuation", f"punctuation_{mode}")
    final = "\n".join([str(doc.value("title") or "")] + doc.paragraphs)
    if not final.strip():
        # Nothing kept (a page of pure spam, a listing): the script of the page itself still informs.
        final = "\n".join(b.text for b in doc.blocks[:500])
    doc.script = detect_script(final)


def _converter(doc: Document, opts: Options, sample: str) -> tuple[Any, str] | None:
    if opts.script == "simplified":
        return to_simplified, "opencc_tw2s"
    if opts.script == "traditional":
        return to_traditional, "opencc_s2t"
    if opts.script == "auto":
        annotations = int(doc.hints.get("pinyin_annotations", 0))
        if detect_script(sample) == "zh-Hant" and looks_machine_converted(sample, annotations):
            doc.flags.add("machine_converted")
            return to_simplified, "machine_converted_to_simplified"
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


def warm_up() -> None:
    """Load the script tables and build the OpenCC converters."""
    script_sets()
    vocabulary_patterns()      # includes OpenCC's s2t converter
    opencc_converter("tw2s")
