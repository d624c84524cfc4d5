"""datatrove: ``WebcleanExtractor``, a drop-in for datatrove's Trafilatura extractor step.

::

    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from webclean.integrations.datatrove import WebcleanExtractor

    pipeline = [WarcReader("crawl/"), WebcleanExtractor(), JsonlWriter("out/")]

Each document's ``text`` (the page HTML) becomes the cleaned body, and the
record's metadata (title, author, published, source, breadcrumb, spam score,
...) is added to ``doc.metadata``. Like datatrove's own extractors it runs in
a sandbox process with a per-document ``timeout``; documents that time out,
crash the sandbox or come out empty are dropped and counted in the step's
stats (datatrove's convention). Needs ``pip install 'webclean[datatrove]'``.
"""
from __future__ import annotations

from typing import Any, Iterator

from ..arrow import record_row
from ..pipeline import Cleaner

try:
    from datatrove.pipeline.extractors.base import BaseExtractor, ExtractorSandbox
    from datatrove.utils.typeshelper import StatHints
except ImportError:  # the module still imports, so docs and type checks work without the extra
    BaseExtractor = object  # type: ignore[assignment,misc]
    ExtractorSandbox = StatHints = None  # type: ignore[assignment,misc]

__all__ = ["WebcleanExtractor", "METADATA_FIELDS"]

#: Record fields copied into ``doc.metadata`` (lists stay lists; empty values are left out).
METADATA_FIELDS = ("title", "column", "author", "editor", "source", "published", "breadcrumb", "script",
                   "encoding", "spam_score", "page_kind", "flags", "error_kind", "error")


def record_metadata(row: dict[str, Any]) -> dict[str, Any]:
    """The metadata entries of one record row (see :func:`webclean.arrow.record_row`).

    >>> record_metadata({"title": "标题", "author": None, "breadcrumb": [], "spam_score": 0.0})
    {'title': '标题', 'spam_score': 0.0}
    """
    return {k: row[k] for k in METADATA_FIELDS if k in row and row[k] not in (None, "", [])}


class WebcleanExtractor(BaseExtractor):  # type: ignore[misc,valid-type]
    """A datatrove extractor step backed by a webclean :class:`~webclean.pipeline.Cleaner`."""

    name = "⛏ webclean"
    _requires_dependencies = ["datatrove"]

    def __init__(self, timeout: float | None = None, add_metadata: bool = True, cleaner: Cleaner | None = None,
                 **options: Any) -> None:
        if ExtractorSandbox is None:
            raise ImportError("WebcleanExtractor needs datatrove: pip install 'webclean[datatrove]'")
        self.cleaner = cleaner or Cleaner(**options)
        # The sandbox kills a document past ``timeout``; by default give the Cleaner's own budget room first.
        super().__init__(timeout if timeout is not None else self.cleaner.options.time_budget + 2)
        self.add_metadata = add_metadata

    def extract(self, text: str) -> str:
        """The cleaned body of one page (what datatrove's other extractors return)."""
        return self.cleaner.clean(text).body

    def clean_row(self, text: str, url: str | None) -> dict[str, Any]:
        """One page to its record row (runs inside the sandbox process)."""
        return record_row(self.cleaner.clean(text or "", url=url))

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        """Clean each document in a sandbox; set ``text`` to the body and add the record's metadata."""
        with ExtractorSandbox(timeout=self.timeout, warmup_text=("", None)) as sandbox:
            for doc in data:
                self.stat_update(StatHints.total)
                with self.track_time():
                    try:
                        row = sandbox.process_document((doc.text, doc.metadata.get("url")), self.clean_row)
                    except TimeoutError:
                        self.stat_update("timeout")
                        continue
                    except EOFError:
                        self.stat_update("broken_process")
                        continue
                self.stat_update("clean_error" if row["error"] else "extracted")
                doc.text = row["body"] or ""
                if self.add_metadata:
                    doc.metadata.update(record_metadata(row))
                if not doc.text:
                    self.stat_update(StatHints.dropped)
                    continue
                self.stat_update(StatHints.forwarded)
                self.update_doc_stats(doc)
                yield doc
