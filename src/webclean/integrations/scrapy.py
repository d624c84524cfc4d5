"""Scrapy: ``WebcleanPipeline``, an item pipeline that adds the cleaned record's fields to each item.

In ``settings.py``::

    ITEM_PIPELINES = {"webclean.integrations.scrapy.WebcleanPipeline": 300}
    WEBCLEAN_HTML_FIELD = "html"          # item field holding the page (str or bytes)
    WEBCLEAN_URL_FIELD = "url"            # item field holding its URL (optional)
    WEBCLEAN_PREFIX = ""                  # e.g. "clean_" to get clean_title, clean_body...
    WEBCLEAN_OPTIONS = {"script": "simplified"}   # Cleaner options

Items without a page pass through untouched. Items that are ``scrapy.Item``
classes must declare the added fields (``title``, ``body``, ... with the
prefix); dict and dataclass-free items take them as they are. Needs
``pip install 'webclean[scrapy]'`` (itemadapter comes with Scrapy).
"""
from __future__ import annotations

from typing import Any, Sequence

from ..arrow import record_row
from ..pipeline import Cleaner

__all__ = ["WebcleanPipeline", "ITEM_FIELDS"]

#: Record fields written to items (see :data:`webclean.arrow.RECORD_SCHEMA`).
ITEM_FIELDS = ("title", "column", "author", "editor", "source", "published", "breadcrumb", "body", "paragraphs",
               "script", "encoding", "spam_score", "flags", "page_kind", "warnings", "error_kind", "error")


class WebcleanPipeline:
    """Clean ``item[html_field]`` and write the record fields into the item."""

    def __init__(self, cleaner: Cleaner | None = None, html_field: str = "html", url_field: str | None = "url",
                 prefix: str = "", fields: Sequence[str] = ITEM_FIELDS) -> None:
        self.cleaner = cleaner or Cleaner()
        self.html_field, self.url_field, self.prefix, self.fields = html_field, url_field, prefix, tuple(fields)

    @classmethod
    def from_crawler(cls, crawler: Any) -> WebcleanPipeline:
        """Build from the crawler's ``WEBCLEAN_*`` settings."""
        s = crawler.settings
        return cls(cleaner=Cleaner(**s.getdict("WEBCLEAN_OPTIONS")), html_field=s.get("WEBCLEAN_HTML_FIELD", "html"),
                   url_field=s.get("WEBCLEAN_URL_FIELD", "url"), prefix=s.get("WEBCLEAN_PREFIX", ""))

    def process_item(self, item: Any, spider: Any = None) -> Any:
        """Add the record fields to ``item`` (``spider`` is accepted for older Scrapy versions)."""
        from itemadapter import ItemAdapter

        adapter = ItemAdapter(item)
        page = adapter.get(self.html_field)
        if not isinstance(page, (str, bytes)) or not page:
            return item
        url = adapter.get(self.url_field) if self.url_field else None
        row = record_row(self.cleaner.clean(page, url=url if isinstance(url, str) else None))
        for name in self.fields:
            adapter[self.prefix + name] = row[name]
        return item
