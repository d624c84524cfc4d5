"""The normalise stage: script conversion (OpenCC) and punctuation on every text the record shows.

In ``auto`` mode a Traditional page goes back to Simplified only where the page shows it was
machine-converted (:func:`~webclean.normalise.convert.conversion_evidence`: pinyin annotations,
conversion traces, mainland terms against Taiwan/Hong Kong ones). The decision and its evidence are in
the record either way: the ``script`` evidence (``machine_converted:<rule>`` or ``kept_traditional``),
the ``machine_converted`` and ``converted_by_<rule>`` flags, and the rule of every script repair.
"""
from __future__ import annotations

from typing import Any

from ..core.script import detect_script, opencc_converter, script_sets, to_simplified, to_traditional
from ..document import Document, Field
from ..options import Options
from ..record import Repair
from .convert import conversion_evidence, one_to_many_pairs, s2t_forms, vocabulary_patterns
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
    if opts.script == "auto" and detect_script(sample) == "zh-Hant":
        annotations = int(doc.hints.get("pinyin_annotations", 0))
        evidence = conversion_evidence(_evidence_text(doc, sample), annotations)
        decision = evidence.decision
        if decision is None:
            doc.fields["script"] = Field("zh-Hant", "kept_traditional", evidence.summary())
            return None
        doc.fields["script"] = Field("zh-Hans", f"machine_converted:{decision}", evidence.summary())
        doc.flags.update(("machine_converted", f"converted_by_{decision}"))
        return to_simplified, f"machine_converted_to_simplified:{decision}"
    return None


# Labels of blocks left out of the evidence: spam (often Simplified, injected) and hidden text are not
# the page's own writing; body blocks are already in the sample as paragraphs.
_FOREIGN_LABELS = frozenset(("spam", "hidden", "body"))


def _evidence_text(doc: Document, sample: str) -> str:
    """The headline and body, then the page's other own lines (credits, source, copyright, template).

    A mirror's credit line (``中新社發 劉新 攝``) and its copyright notice name the mainland outlet the
    body never names; injected spam and hidden text are not the page's writing and stay out.
    """
    fields = [str(doc.value(name) or "") for name in ("source", "author", "editor", "column")]
    others = [b.text for b in doc.blocks if b.label is not None and b.label not in _FOREIGN_LABELS]
    return "\n".join([sample, *fields, *others])


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
    vocabulary_patterns()      # includes OpenCC's s2t, s2tw and s2hk converters
    opencc_converter("tw2s")
    one_to_many_pairs()
    s2t_forms("")              # loads the generated conversion characters
