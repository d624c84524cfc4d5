"""datatrove: ``WarcPageReader``, which keeps every page of a WARC, and ``WebcleanExtractor``, a drop-in for
datatrove's Trafilatura extractor step.

::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.writers import JsonlWriter
    from webclean.integrations.datatrove import WarcPageReader, WebcleanExtractor

    pipeline = [WarcPageReader("crawl/"), WebcleanExtractor(), JsonlWriter("out/")]
    LocalPipelineExecutor(pipeline=pipeline, tasks=1, logging_dir="logs/").run()

datatrove's own ``WarcReader`` drops a response record whose
``WARC-Identified-Payload-Type`` header is not HTML, and where the record has
no such header it guesses the type from the bytes (``python-magic``) and
drops what it does not take for HTML: a page of plain text, or an HTML page
that opens with text or a script. It also decodes the bytes itself (UTF-8, or
a ``cchardet`` guess; a page neither can read is dropped) and leaves the HTTP
headers behind. ``WarcPageReader`` keeps every response record: the text is
webclean's decoding with the HTTP headers, and the page's own bytes and
headers travel with the document (as a ``Media`` entry) so that
``WebcleanExtractor`` cleans the bytes exactly as ``webclean batch`` would.

``WebcleanExtractor`` sets each document's ``text`` to the cleaned body and
adds the record's metadata (title, author, published, source, breadcrumb,
spam score, signals, fingerprint...) to ``doc.metadata``. With
``filters=Filters(...)`` it marks documents, and forwards them: a document
that fails a quality filter, or repeats (near enough) one this task already
passed on, gets ``filtered_by`` (and ``duplicate_of``, the first one's id) in
its metadata, and a ``filtered_<name>`` count in the step's stats; a later
step keeps or drops them as it likes. Like datatrove's own extractors it runs
in a sandbox process with a per-document ``timeout``; documents that time
out, crash the sandbox or come out empty are dropped and counted in the
step's stats (datatrove's convention). Needs ``pip install '.[datatrove]'``.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from ..corpus.dedup import DuplicateIndex
from ..corpus.filters import Filters, mark_quality, set_duplicate
from ..decode.charset import decode
from ..pipeline import Cleaner
from ..schema import record_row

try:
    from datatrove.data import MediaType
    from datatrove.pipeline.extractors.base import BaseExtractor, ExtractorSandbox
    from datatrove.pipeline.readers.base import BaseDiskReader
    from datatrove.utils.typeshelper import StatHints
except ImportError:  # the module still imports, so docs and type checks work without the extra
    BaseExtractor = BaseDiskReader = object  # type: ignore[assignment,misc]
    ExtractorSandbox = StatHints = MediaType = None  # type: ignore[assignment,misc]

__all__ = ["WebcleanExtractor", "WarcPageReader", "METADATA_FIELDS", "PAGE_MEDIA_ID"]

#: Record fields copied into ``doc.metadata`` (lists stay lists; empty values are left out).
METADATA_FIELDS = ("title", "column", "author", "editor", "source", "published", "published_precision",
                   "breadcrumb", "script", "encoding", "spam_score", "page_kind", "flags", "signals", "fingerprint",
                   "filtered_by", "duplicate_of", "error_kind", "error")

#: The ``Media.id`` of the raw page that :class:`WarcPageReader` attaches (the extractor removes it).
PAGE_MEDIA_ID = "webclean:page"

_NEEDS_DATATROVE = "needs datatrove: pip install '.[datatrove]'"


def record_metadata(row: dict[str, Any]) -> dict[str, Any]:
    """The metadata entries of one record row (see :func:`webclean.schema.record_row`).

    >>> record_metadata({"title": "标题", "author": None, "breadcrumb": [], "spam_score": 0.0})
    {'title': '标题', 'spam_score': 0.0}
    """
    return {k: row[k] for k in METADATA_FIELDS if k in row and row[k] not in (None, "", [])}


class WarcPageReader(BaseDiskReader):  # type: ignore[misc,valid-type]
    """Read every response record of WARC files (plain or gzip) as a document; drop none.

    ``doc.text`` is the page decoded by webclean (HTTP charset, meta, BOM,
    detection), ``doc.metadata`` has ``url``, ``date`` and ``content_type``,
    and the page's bytes and HTTP headers ride along as a ``Media`` entry with
    id :data:`PAGE_MEDIA_ID` for :class:`WebcleanExtractor`. Takes datatrove's
    reader options (``limit``, ``skip``, ``glob_pattern``, ``recursive``...)
    as keywords.
    """

    name = "🕷 webclean WARC pages"
    _requires_dependencies: ClassVar[list[str]] = ["warcio"]

    def __init__(self, data_folder: Any, glob_pattern: str | None = "**/*.warc*", **reader_options: Any) -> None:
        if MediaType is None:
            raise ImportError(f"WarcPageReader {_NEEDS_DATATROVE}")
        super().__init__(data_folder, glob_pattern=glob_pattern, **reader_options)

    def read_file(self, filepath: str) -> Iterator[Any]:
        """One document per response record of ``filepath``."""
        from ..io.warc import iter_responses

        # warcio reads any stream, and the file is opened as stored: a .warc.gz is decompressed by warcio.
        with self.data_folder.open(filepath, "rb") as fh:
            for index, response in enumerate(iter_responses(fh, backend="warcio")):
                with self.track_time():
                    document = self.get_document_from_dict(_page_data(response), filepath, index)
                if document:
                    yield document


def _page_data(response: Any) -> dict[str, Any]:
    content_type = next((v for k, v in response.headers.items() if k.lower() == "content-type"), None)
    # Never empty: datatrove skips a document without text, and an empty response is still a record.
    text = decode(response.body, response.headers).text if response.body else " "
    data = {"text": text, "metadata": {"url": response.url, "date": response.date, "content_type": content_type},
            "media": [{"id": PAGE_MEDIA_ID, "type": MediaType.DOCUMENT, "url": response.url or "",
                       "media_bytes": response.body, "metadata": {"http_headers": dict(response.headers)}}]}
    if response.record_id:
        data["id"] = response.record_id
    return data


def _page_of(doc: Any) -> tuple[Any, dict[str, str] | None]:
    """The page to clean: the raw bytes and headers a :class:`WarcPageReader` attached, else the text."""
    for media in getattr(doc, "media", None) or ():
        if media.id == PAGE_MEDIA_ID and media.media_bytes is not None:
            return media.media_bytes, (media.metadata or {}).get("http_headers")
    return doc.text, None


class WebcleanExtractor(BaseExtractor):  # type: ignore[misc,valid-type]
    """A datatrove extractor step backed by a webclean :class:`~webclean.pipeline.Cleaner`."""

    name = "⛏ webclean"
    _requires_dependencies: ClassVar[list[str]] = ["datatrove"]

    def __init__(self, timeout: float | None = None, add_metadata: bool = True, cleaner: Cleaner | None = None,
                 filters: Filters | None = None, **options: Any) -> None:
        if ExtractorSandbox is None:
            raise ImportError(f"WebcleanExtractor {_NEEDS_DATATROVE}")
        if filters is not None and not isinstance(filters, Filters):
            raise TypeError(f"filters must be a webclean.corpus.Filters or None, not {type(filters).__name__}")
        self.cleaner = cleaner or Cleaner(**options)
        self.filters = filters
        # The sandbox kills a document past ``timeout``; by default give the Cleaner's own budget room first.
        super().__init__(timeout if timeout is not None else self.cleaner.options.time_budget + 2)
        self.add_metadata = add_metadata

    def extract(self, text: str) -> str:
        """The cleaned body of one page (what datatrove's other extractors return)."""
        return self.cleaner.clean(text).body

    def clean_row(self, page: Any, url: str | None, headers: dict[str, str] | None = None) -> dict[str, Any]:
        """One page to its record row (runs inside the sandbox process)."""
        return record_row(self.cleaner.clean(page or "", url=url, headers=headers))

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        """Clean each document in a sandbox; set ``text`` to the body and add the record's metadata."""
        dedup = self.filters is not None and self.filters.drop_duplicates
        seen = DuplicateIndex(self.filters.duplicate_threshold) if dedup else None
        seen_ids: list[str] = []
        with ExtractorSandbox(timeout=self.timeout, warmup_text=("", None)) as sandbox:
            for doc in data:
                self.stat_update(StatHints.total)
                page, headers = _page_of(doc)
                doc.media = [m for m in doc.media if m.id != PAGE_MEDIA_ID]   # the bytes are not kept
                with self.track_time():
                    try:
                        row = sandbox.process_document((page, doc.metadata.get("url"), headers), self.clean_row)
                    except TimeoutError:
                        self.stat_update("timeout")
                        continue
                    except EOFError:
                        self.stat_update("broken_process")
                        continue
                self.stat_update("clean_error" if row["error"] else "extracted")
                self._mark(row, doc, seen, seen_ids)
                doc.text = row["body"] or ""
                if self.add_metadata:
                    doc.metadata.update(record_metadata(row))
                if not doc.text:
                    self.stat_update(StatHints.dropped)
                    continue
                self.stat_update(StatHints.forwarded)
                self.update_doc_stats(doc)
                yield doc

    def _mark(self, row: dict[str, Any], doc: Any, seen: DuplicateIndex | None, seen_ids: list[str]) -> None:
        """Mark the row with the filters it fails; a near-copy of a document already passed on is a
        duplicate of the first of its group (only documents with a body join the index: the others are
        dropped anyway)."""
        if self.filters is None:
            return
        mark_quality(row, self.filters)
        if seen is not None and row["body"]:
            first = seen.add(row["fingerprint"])
            seen_ids.append(str(doc.id))
            if first is not None:
                set_duplicate(row, seen_ids[first])
        for name in row["filtered_by"]:
            self.stat_update(f"filtered_{name}")
