"""The speed floor every benchmark compares webclean with: lxml's parse of the page and one walk over it.

``parse_and_walk`` is the least an HTML extractor built on lxml does: the page bytes parsed by libxml2's
HTML parser (which decodes them by their declared charset), then every element visited once in document
order, reading what a segmenter reads (tag, ``class``, ``id``, text and tail). webclean does that and all
of its cleaning on top; its rate as a share of this one says how much the Python around lxml costs.

>>> parse_and_walk("<html><body><p class='a'>正文<b>加粗</b>结尾</p></body></html>".encode("utf-8"))
'正文加粗结尾'
"""
from __future__ import annotations

from lxml import etree

__all__ = ["parse_and_walk"]


def parse_and_walk(page: bytes) -> str:
    """Parse ``page`` with lxml and walk every element once; returns the page's text, joined.

    >>> parse_and_walk(b"")
    ''
    """
    if not page.strip():
        return ""
    root = etree.fromstring(page, etree.HTMLParser(remove_comments=True, no_network=True))
    if root is None:
        return ""
    pieces, tags = [], set()
    for event, el in etree.iterwalk(root, events=("start", "end"), tag=etree.Element):
        if event == "start":
            tags.add(el.tag)       # what a segmenter reads of every element: its tag, class, id and text
            el.get("class")
            el.get("id")
            if el.text:
                pieces.append(el.text)
        elif el.tail:
            pieces.append(el.tail)
    return "".join(pieces)
