"""The repair stage: mojibake, then pinyin annotations and lost characters.

>>> from webclean.document import Document
>>> from webclean.options import Options
>>> doc = Document(raw=b"", text="網(wǎng)站首頁")
>>> repair_stage(doc, Options())
>>> doc.text, doc.hints["pinyin_annotations"]
('網站首頁', 1)
"""
from __future__ import annotations

from ..core.script import pinyin_readings, word_counts
from ..decode import remove_controls
from ..document import Document
from ..options import Options
from .mojibake import load_tables, repair_text, repair_text_with_repairs
from .pinyin import restore_annotated_text

__all__ = ["warm_up", "repair_stage", "repair_text", "repair_text_with_repairs"]


def repair_stage(doc: Document, opts: Options) -> None:
    """Mojibake repair, then pinyin annotations and lost characters (restore_annotated_text).

    Pinyin annotations are removed here rather than in ``normalise`` because
    they break every later pattern (``責(zé)任編輯`` is not ``責任編輯``).
    """
    repaired, repairs = repair_text_with_repairs(doc.text, lambda: doc.check_budget("repair"))
    doc.text = repaired
    doc.repairs.extend(repairs)
    if doc.hints.get("utf8_bytes_kept"):
        # the C1 controls the decode stage kept as bytes of UTF-8 read as Latin-1 that no repair took are no text
        leftover, n = remove_controls(doc.text, keep_utf8_bytes=False)
        if n:
            doc.text = leftover
            doc.warnings.append(f"input: {n} control characters left by the mojibake repair removed")
    doc.check_budget("repair")
    restored = restore_annotated_text(doc.text)
    doc.text = restored.text
    doc.repairs.extend(restored.repairs)
    doc.warnings.extend(restored.warnings)
    doc.hints["pinyin_annotations"] = restored.annotations


def warm_up() -> None:
    """Load the readings and the word list that lost-character recovery needs, and the mojibake tables."""
    pinyin_readings()
    word_counts()
    load_tables()
