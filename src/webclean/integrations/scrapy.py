"""Scrapy: ``WebcleanPipeline``, an item pipeline that adds the cleaned record's fields to each item.

The spider yields the page as it came, with its HTTP headers (they carry the
charset, which decides how the bytes are read)::

    def parse(self, response):
        yield {"url": response.url, "html": response.body, "headers": response.headers}

In ``settings.py``::

    ITEM_PIPELINES = {"webclean.integrations.scrapy.WebcleanPipeline": 300}
    WEBCLEAN_HTML_FIELD = "html"          # item field holding the page (bytes or str)
    WEBCLEAN_URL_FIELD = "url"            # item field holding its URL (optional)
    WEBCLEAN_HEADERS_FIELD = "headers"    # item field holding the response headers (optional)
    WEBCLEAN_KEEP_PAGE = False            # True keeps the page and headers fields in the item
    WEBCLEAN_PREFIX = ""                  # e.g. "clean_" to get clean_title, clean_body...
    WEBCLEAN_FIELDS = [...]               # record fields to add (default ITEM_FIELDS)
    WEBCLEAN_OPTIONS = {"script": "simplified"}   # Cleaner options
    WEBCLEAN_MIN_HAN_SHARE = 0.5          # corpus filters: mark items, never drop them (filtered_by)
    WEBCLEAN_MAX_SPAM_SHARE = 0.2
    WEBCLEAN_DROP_DUPLICATES = True       # an item that repeats an earlier one of the crawl: duplicate_of
    WEBCLEAN_DUPLICATE_THRESHOLD = 4      # fingerprint bits near-duplicates may differ in

The filters mark an item (``filtered_by``, ``duplicate_of``: the first
item's URL, or its number in the crawl without one) and pass it on; drop
marked items in a pipeline of your own that comes later if you want them
gone. The near-duplicate index lives in the pipeline object, for one crawl
(a few hundred bytes per item).

By default the page and headers fields are removed once the page is cleaned:
they are bytes, which ``scrapy crawl -O out.jsonl`` (and every feed exporter)
cannot write, and the record holds what was worth keeping. Items without a
page pass through untouched. ``scrapy.Item`` classes must declare the added
fields; dict items take them as they are. Needs ``pip install '.[scrapy]'``
(itemadapter comes with Scrapy).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..corpus.dedup import DEFAULT_THRESHOLD, DuplicateIndex
from ..corpus.filters import Filters, mark_quality, set_duplicate
from ..pipeline import Cleaner
from ..schema import RECORD_COLUMNS, record_row

__all__ = ["WebcleanPipeline", "ITEM_FIELDS", "headers_as_text"]

#: Record fields written to items by default: every column of the record schema (see
#: :mod:`webclean.schema`) but the provenance events, which ``WEBCLEAN_FIELDS`` can add.
ITEM_FIELDS: tuple[str, ...] = tuple(c for c in RECORD_COLUMNS if c not in ("repairs", "removed", "evidence"))


def _text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        value = value[0] if value else b""
    return value.decode("latin-1") if isinstance(value, (bytes, bytearray)) else str(value)


def headers_as_text(headers: Any) -> dict[str, str] | None:
    """Response headers (Scrapy's ``Headers``: bytes names, lists of bytes values; or any mapping) as text.

    HTTP header bytes are ISO-8859-1 by the HTTP standard; a repeated header
    keeps its first value, as a browser does for ``Content-Type``.

    >>> headers_as_text({b"Content-Type": [b"text/html; charset=gbk"]})
    {'Content-Type': 'text/html; charset=gbk'}
    """
    if not isinstance(headers, Mapping) or not headers:
        return None
    return {_text(name): _text(value) for name, value in headers.items()}


class WebcleanPipeline:
    """Clean ``item[html_field]`` (with the headers in ``item[headers_field]``) and write the record fields
    into the item; the page and headers fields are then dropped unless ``keep_page``."""

    def __init__(self, cleaner: Cleaner | None = None, html_field: str = "html", url_field: str | None = "url",
                 prefix: str = "", fields: Sequence[str] = ITEM_FIELDS, headers_field: str | None = "headers",
                 keep_page: bool = False, filters: Filters | None = None) -> None:
        unknown = sorted(set(fields) - set(RECORD_COLUMNS))
        if unknown:
            raise ValueError(f"WEBCLEAN_FIELDS: not record fields: {', '.join(unknown)} "
                             f"(record fields: {', '.join(RECORD_COLUMNS)})")
        self.cleaner = cleaner or Cleaner()
        self.html_field, self.url_field, self.prefix, self.fields = html_field, url_field, prefix, tuple(fields)
        self.headers_field, self.keep_page = headers_field, keep_page
        if filters is not None and not isinstance(filters, Filters):
            raise TypeError(f"filters must be a webclean.corpus.Filters or None, not {type(filters).__name__}")
        self.filters = filters
        self._seen = DuplicateIndex(filters.duplicate_threshold) if filters and filters.drop_duplicates else None
        self._seen_keys: list[str] = []

    @classmethod
    def from_crawler(cls, crawler: Any) -> WebcleanPipeline:
        """Build from the crawler's ``WEBCLEAN_*`` settings."""
        s = crawler.settings
        return cls(cleaner=Cleaner(**s.getdict("WEBCLEAN_OPTIONS")), html_field=s.get("WEBCLEAN_HTML_FIELD", "html"),
                   url_field=s.get("WEBCLEAN_URL_FIELD", "url"), prefix=s.get("WEBCLEAN_PREFIX", ""),
                   fields=s.getlist("WEBCLEAN_FIELDS") or ITEM_FIELDS,
                   headers_field=s.get("WEBCLEAN_HEADERS_FIELD", "headers"),
                   keep_page=s.getbool("WEBCLEAN_KEEP_PAGE", False), filters=_filters_from(s))

    def process_item(self, item: Any, spider: Any = None) -> Any:
        """Add the record fields to ``item`` (``spider`` is accepted for older Scrapy versions)."""
        from itemadapter import ItemAdapter

        adapter = ItemAdapter(item)
        page = adapter.get(self.html_field)
        if not isinstance(page, (str, bytes)) or not page:
            return item
        url = adapter.get(self.url_field) if self.url_field else None
        headers = headers_as_text(adapter.get(self.headers_field)) if self.headers_field else None
        row = record_row(self.cleaner.clean(page, url=url if isinstance(url, str) else None, headers=headers))
        if self.filters is not None:
            self._mark(row, url)
        for name in self.fields:
            adapter[self.prefix + name] = row[name]
        if not self.keep_page:
            for name in (self.html_field, self.headers_field):
                if name and name in adapter:
                    _drop(adapter, name)
        return item


    def _mark(self, row: dict[str, Any], url: Any) -> None:
        """Mark the row with the quality filters it fails, and as a duplicate of the first item of the crawl
        its fingerprint is near."""
        mark_quality(row, self.filters)
        if self._seen is not None:
            first = self._seen.add(row["fingerprint"])
            self._seen_keys.append(url if isinstance(url, str) and url else f"item {len(self._seen_keys)}")
            if first is not None:
                set_duplicate(row, self._seen_keys[first])


def _filters_from(settings: Any) -> Filters | None:
    """The Filters that ``WEBCLEAN_MIN_HAN_SHARE``, ``WEBCLEAN_MAX_SPAM_SHARE``, ``WEBCLEAN_DROP_DUPLICATES`` and
    ``WEBCLEAN_DUPLICATE_THRESHOLD`` describe (None when none is set)."""
    min_han, max_spam = settings.get("WEBCLEAN_MIN_HAN_SHARE"), settings.get("WEBCLEAN_MAX_SPAM_SHARE")
    filters = Filters(min_han_share=float(min_han) if min_han is not None else None,
                      max_spam_share=float(max_spam) if max_spam is not None else None,
                      drop_duplicates=settings.getbool("WEBCLEAN_DROP_DUPLICATES", False),
                      duplicate_threshold=settings.getint("WEBCLEAN_DUPLICATE_THRESHOLD", DEFAULT_THRESHOLD))
    return filters if filters.active else None


def _drop(adapter: Any, name: str) -> None:
    try:
        del adapter[name]
    except (KeyError, TypeError, NotImplementedError):   # a dataclass or attrs item cannot lose a field
        adapter[name] = None
