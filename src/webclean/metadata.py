"""Page metadata: title, column, author, editor, source and publication date.

Titles live in :mod:`webclean.titles`, credit parsing and name rules in :mod:`webclean.bylines`;
this module runs them in order and decides which finding fills which field.

``extract_metadata(doc, opts)`` runs after spam and boilerplate labelling and
before body selection. It works on plain-text pages (blocks are lines) and on
HTML pages (blocks plus ``doc.head``). Each heuristic is a small named function;
date parsing lives in :mod:`webclean.dates`. Regexes are linear-time
(alternations of literals, bounded classes, no nested quantifiers).
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from .bylines import (clean_value, dateline_source, head_author, name_under_headline, parse_credits, posted_by,
                      reporter_dateline, trailing_byline, valid_person, valid_source)
from .dates import parse_date, parse_epoch, url_date
from .document import Block, Document
from .titles import (clean_title, drop_repeated_headline, find_title, heading_headline, html_headline,
                     looks_like_headline, split_column, strip_site_suffix, text_headline)

# The stage entry point, plus the heuristics of bylines.py and titles.py re-exported for callers and tests.
__all__ = ["extract_metadata", "head_date", "scan_credit_lines", "parse_credits", "valid_person", "valid_source",
           "clean_value", "strip_site_suffix", "split_column", "clean_title", "looks_like_headline",
           "text_headline", "html_headline", "heading_headline", "name_under_headline", "drop_repeated_headline",
           "dateline_source", "reporter_dateline", "posted_by", "head_author", "trailing_byline", "find_title"]

_CJK = re.compile(r"[\u3400-\u9fff]")


def _open(doc: Document) -> list[Block]:
    return [b for b in doc.blocks if b.label is None]


_META_DATE_KEYS = ("article:published_time", "pubdate", "publishdate", "og:release_date", "datepublished",
                   "publish_date", "article:published", "og:published_time", "dc.date.issued", "dc.date")
# A credit line is short: longer lines are prose that merely mention a label word.
_CREDIT_LINE_MAX = 120


def head_date(doc: Document) -> tuple[date | datetime, str, str] | None:
    """(value, precision, rule) from meta tags, JSON-LD datePublished or <time datetime>.

    Example: meta article:published_time = "2025-07-14T11:49:25+08:00".
    """
    meta = doc.head.get("meta") or {}
    texts = [("meta_published", v) for k in _META_DATE_KEYS for v in meta.get(k, [])]
    for obj in doc.head.get("jsonld") or []:
        if isinstance(obj, dict) and isinstance(obj.get("datePublished"), str):
            texts.append(("jsonld_published", obj["datePublished"]))
    texts += [("time_element", t) for t in (doc.head.get("times") or [])[:1]]
    for rule, text in texts:
        parsed = parse_date(text) or ((parse_epoch(text), "second") if parse_epoch(text) else None)
        if parsed:
            return parsed[0], parsed[1], rule
    return None


def _apply_credits(doc: Document, b: Block, credits: dict[str, str], near: bool, dated: bool = False) -> bool:
    """Set fields from one parsed line; True when the line is a credit line to remove."""
    used = False
    source = credits.get("source")
    if source and valid_source(source):
        used |= doc.set_field("source", source, "source_label", b.text) or True
    author = credits.get("author")
    if author:
        names = [n for n in re.split(r"[、,，\s]+", author) if n]
        good = [n for n in names if valid_person(n) and n != source] if len(names) > 1 else \
            ([author] if valid_person(author) and author != source else [])
        if good:
            doc.set_field("author", "、".join(good) if len(names) > 1 and len(good) > 1 else good[0] if len(good) == 1
                          else author, "author_label", b.text)
        used = True
    editor = credits.get("editor")
    if editor:
        if valid_person(editor.split()[0]):
            doc.set_field("editor", editor.split()[0] if len(editor.split()[0]) >= 2 else editor, "editor_label", b.text)
        used = True
    if "date" in credits or near or dated:
        if near and not credits:
            doc.set_field("source", dateline_source(b.text), "dateline_source", b.text)
        parsed = parse_date(credits.get("date") or b.text)
        if parsed:
            doc.set_field("published", parsed[0], "dateline", b.text)
            doc.set_field("published_precision", parsed[1], "dateline", b.text)
            used = True
    return used


def _glued_author(doc: Document, b: Block) -> bool:
    """Reporter datelines and poster lines near the headline; True when the block was a pure credit line."""
    name, rule = reporter_dateline(b.text), "reporter_dateline"
    if name is None:
        name, rule = posted_by(b.text), "posted_by"
    if name is None or not doc.set_field("author", name, rule, b.text):
        return False
    parsed = parse_date(b.text) if rule == "posted_by" else None
    if parsed and doc.set_field("published", parsed[0], rule, b.text):
        doc.set_field("published_precision", parsed[1], rule, b.text)
    # Short lines are credit lines; a dateline opening a paragraph stays in the body.
    if len(b.text) <= 40 or (rule == "posted_by" and len(b.text) <= 120):
        doc.remove_block(b, "byline", rule)
        return True
    return False


def scan_credit_lines(doc: Document, blocks: list[Block], anchor: int) -> None:
    """Credit and date lines: the headline area first (anchor-3 .. anchor+10), then the whole page for
    labelled credits (editor lines usually close the article).

    Example: ``2025年07月14日 11:49 来源：人民网 作者：王明`` under the headline.
    """
    # The byline area: a few lines above the headline (kicker, dateline) and 15 below it.
    lo, hi = max(0, anchor - 3), min(len(blocks), anchor + 16)
    order = list(range(anchor, hi)) + list(range(lo, anchor)) if anchor >= 0 else []
    seen = set(order)
    order += [i for i in range(len(blocks)) if i not in seen]
    for n, i in enumerate(order):
        if n % 200 == 199:
            doc.check_budget("metadata")
        b = blocks[i]
        if b.label is not None or len(b.text) > _CREDIT_LINE_MAX:
            continue
        near = lo <= i < hi and anchor >= 0
        epoch = parse_epoch(b.text) if near else None
        if epoch is not None:
            doc.set_field("published", epoch, "epoch_line", b.text)
            doc.set_field("published_precision", "second", "epoch_line", b.text)
            doc.remove_block(b, "timestamp", "epoch_line")
            continue
        credits = parse_credits(b.text)
        if near and "author" not in credits and _glued_author(doc, b):
            continue
        if not near and (i < anchor or "published" in doc.fields):
            credits.pop("date", None)
            if not credits:
                continue
        elif not credits and not (len(b.text) <= 60 and parse_date(b.text) and len(_CJK.findall(b.text)) <= 20):
            continue
        # A credit line after the headline may date the page when the byline area did not.
        dated = bool(credits) and i > anchor and "published" not in doc.fields
        if _apply_credits(doc, b, credits, near, dated):
            named = set(credits) - {"date"}
            kind = "editor" if named == {"editor"} else "source" if named == {"source"} else \
                "byline" if named else "timestamp"
            if len(b.text) <= 80:
                doc.remove_block(b, kind, "credit_line")


# ---------------------------------------------------------------- the stage

def extract_metadata(doc: Document, opts: Any) -> None:
    """Title, column, author, editor, source and publication date; label the blocks that carry them."""
    try:
        blocks = _open(doc)
        head_block = find_title(doc, blocks)
        blocks = _open(doc)
        anchor = -1
        if head_block is not None:
            anchor = sum(1 for b in blocks if b.index < head_block.index)
        elif blocks:
            anchor = 0
        found = head_date(doc) if doc.head else None
        if found:
            doc.set_field("published", found[0], found[2], str(found[0]))
            doc.set_field("published_precision", found[1], found[2])
        scan_credit_lines(doc, blocks, anchor)
        if head_block is not None:
            after = [b for b in doc.blocks if b.index == head_block.index or b.label is None]
            pos = after.index(head_block)
            drop_repeated_headline(doc, after, pos)
            after = [b for b in after if b is head_block or b.label is None]
            name = name_under_headline(after, pos)
            if name and doc.set_field("author", name, "name_under_headline", name):
                doc.remove_block(after[pos + 1], "byline", "name_under_headline")
        start = head_block.index if head_block is not None else -1
        trailing_byline(doc, [b for b in _open(doc) if b.index > start])
        if doc.head:
            doc.set_field("author", head_author(doc), "meta_author")
        day = url_date(doc.url)
        if day is not None and doc.set_field("published", day, "url_date", doc.url or ""):
            doc.set_field("published_precision", "day", "url_date")
    except (ValueError, OverflowError, re.error) as exc:  # never let one odd value kill the page
        doc.warnings.append(f"metadata: {type(exc).__name__}: {exc}")
