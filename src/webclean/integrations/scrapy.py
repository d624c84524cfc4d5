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

By default the page and headers fields are removed once the page is cleaned:
they are bytes, which ``scrapy crawl -O out.jsonl`` (and every feed exporter)
cannot write, and the record holds what was worth keeping. Items without a
page pass through untouched. ``scrapy.Item`` classes must declare the added
fields; dict items take them as they are. Needs ``pip install '.[scrapy]'``
(itemadapter comes with Scrapy).
"""
from __future__ import annotations

from typing import Any, Mapping, Sequence

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
                 keep_page: bool = False) -> None:
        unknown = sorted(set(fields) - set(RECORD_COLUMNS))
        if unknown:
            raise ValueError(f"WEBCLEAN_FIELDS: not record fields: {', '.join(unknown)} "
                             f"(record fields: {', '.join(RECORD_COLUMNS)})")
        self.cleaner = cleaner or Cleaner()
        self.html_field, self.url_field, self.prefix, self.fields = html_field, url_field, prefix, tuple(fields)
        self.headers_field, self.keep_page = headers_field, keep_page

    @classmethod
    def from_crawler(cls, crawler: Any) -> WebcleanPipeline:
        """Build from the crawler's ``WEBCLEAN_*`` settings."""
        s = crawler.settings
        return cls(cleaner=Cleaner(**s.getdict("WEBCLEAN_OPTIONS")), html_field=s.get("WEBCLEAN_HTML_FIELD", "html"),
                   url_field=s.get("WEBCLEAN_URL_FIELD", "url"), prefix=s.get("WEBCLEAN_PREFIX", ""),
                   fields=s.getlist("WEBCLEAN_FIELDS") or ITEM_FIELDS,
                   headers_field=s.get("WEBCLEAN_HEADERS_FIELD", "headers"),
                   keep_page=s.getbool("WEBCLEAN_KEEP_PAGE", False))

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
        for name in self.fields:
            adapter[self.prefix + name] = row[name]
        if not self.keep_page:
            for name in (self.html_field, self.headers_field):
                if name and name in adapter:
                    _drop(adapter, name)
        return item


def _drop(adapter: Any, name: str) -> None:
    try:
        del adapter[name]
    except (KeyError, TypeError, NotImplementedError):   # a dataclass or attrs item cannot lose a field
        adapter[name] = None
