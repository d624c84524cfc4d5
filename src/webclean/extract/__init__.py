"""The extract stage: metadata (title, credits, dates: it labels their blocks), then the body from what is left."""
from __future__ import annotations

from ..core.script import word_counts
from ..document import Document
from ..options import Options
from .body import select_body
from .metadata import extract_metadata
from .titles import keep_own_headline_whole

__all__ = ["warm_up", "extract_stage"]


def extract_stage(doc: Document, opts: Options) -> None:
    """Metadata (it labels headline, byline and date blocks), then the body from what is left."""
    extract_metadata(doc, opts)
    doc.check_budget("extract")
    select_body(doc, opts)
    keep_own_headline_whole(doc)   # (the page's kind decides it: known once the body is chosen)


def warm_up() -> None:
    """Load the word list that tells a name from a word in credits."""
    word_counts()
