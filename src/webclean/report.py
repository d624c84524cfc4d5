"""Self-contained HTML inspection reports: what webclean kept, removed and repaired, and why.

``page_report(page)`` renders one page: the record (every field with its
evidence), then the page's blocks in order — kept ones plain, removed ones
coloured by reason with the rule that fired — and the repairs with before and
after. ``summary_report(rows)`` renders a batch output: rows, errors by kind,
removals by reason, repairs by kind, slowest pages and a spam-score histogram
drawn as inline SVG.

The output has no external assets and no scripts; every piece of page text is
escaped, and a Content-Security-Policy forbids scripts outright, so opening the
report of a hacked page runs nothing from that page.

>>> html = page_report("首页 > 新闻\\n\\n标题\\n\\n正文第一段，内容。")
>>> "<script" in html.lower()
False
"""
from __future__ import annotations

import difflib
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

from .document import Document
from .pipeline import Cleaner
from .record import Record

__all__ = ["page_report", "render_page_report", "summary_report", "REASON_COLOURS"]

#: Background colour per removal family; the legend is generated from this table.
REASON_COLOURS: dict[str, str] = {
    "spam": "#f8b4b4", "navigation": "#bfdbfe", "breadcrumb": "#c7d2fe", "hidden": "#e5e7eb",
    "comment": "#fde68a", "boilerplate": "#fed7aa", "metadata": "#bbf7d0",
}
_FAMILY = {
    "spam": "spam", "navigation": "navigation", "breadcrumb": "breadcrumb", "hidden": "hidden",
    "comment": "comment", "title": "metadata", "byline": "metadata", "editor": "metadata", "source": "metadata",
    "timestamp": "metadata", "date": "metadata",
}

_CSS = """
body{font:14px/1.55 system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:24px;color:#111;max-width:1100px}
h1{font-size:20px;margin:0 0 8px} h2{font-size:16px;margin:24px 0 8px;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}
.counts span{display:inline-block;margin-right:14px;font-weight:600}
.legend span{display:inline-block;padding:2px 8px;margin:2px;border-radius:3px}
.block{padding:4px 8px;margin:2px 0;border-left:4px solid #22c55e;white-space:pre-wrap}
.removed{border-left-color:#555}
.rule{font:11px monospace;color:#333;float:right;margin-left:8px}
ins{background:#86efac;text-decoration:none} del{background:#fca5a5}
.repair-list li{margin:4px 0}
.error{color:#b91c1c;font-weight:600}
"""
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _page(title: str, body: str) -> str:
    return ("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_CSP}\">"
            f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>{body}</body></html>\n")


def _family(kind: str | None) -> str:
    if kind is None or kind == "body":
        return "kept"
    return _FAMILY.get(kind, "boilerplate")


def _legend() -> str:
    items = "".join(f'<span class="legend-item removed-{k}" style="background:{c}">{k}</span>'
                    for k, c in REASON_COLOURS.items())
    return f'<div class="legend"><b>Legend:</b> <span class="legend-item kept">kept</span>{items}</div>'


def _inline_diff(before: str, after: str) -> str:
    """Before/after with changed spans marked: ``<del>`` old text, ``<ins>`` new text."""
    out = []
    for op, a0, a1, b0, b1 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(escape(after[b0:b1]))
            continue
        if a1 > a0:
            out.append(f"<del>{escape(before[a0:a1])}</del>")
        if b1 > b0:
            out.append(f"<ins>{escape(after[b0:b1])}</ins>")
    return "".join(out)


def _fields_table(rec: Record) -> str:
    evidence = {e.field: e for e in rec.evidence if e.rank == 0}
    rows = []
    data = rec.to_dict()
    for name in ("title", "column", "author", "editor", "source", "published", "breadcrumb", "script",
                 "page_kind", "encoding"):
        value = data.get(name)
        if isinstance(value, list):
            value = " > ".join(value)
        ev = evidence.get(name)
        how = f"{escape(ev.rule)}: <code>{escape(ev.text)}</code>" if ev else ""
        rows.append(f'<tr class="field" data-field="{name}"><th>{name}</th><td>{escape(str(value))}</td>'
                    f"<td>{how}</td></tr>")
    return "<table><tr><th>field</th><th>value</th><th>evidence</th></tr>" + "".join(rows) + "</table>"


def _blocks_html(doc: Document) -> str:
    parts = []
    for block in doc.blocks:
        fam = _family(block.label)
        if fam == "kept":
            parts.append(f'<div class="block kept" data-index="{block.index}">{escape(block.text)}</div>')
            continue
        colour = REASON_COLOURS.get(fam, "#eee")
        parts.append(f'<div class="block removed removed-{fam}" data-kind="{escape(block.label or "")}" '
                     f'data-index="{block.index}" style="background:{colour}">'
                     f'<span class="rule">{escape(block.label or "")} · {escape(block.rule or "")}</span>'
                     f"{escape(block.text)}</div>")
    return "".join(parts)


def _repairs_html(rec: Record) -> str:
    if not rec.repairs:
        return "<p>No repairs.</p>"
    items = []
    for r in rec.repairs[:2000]:
        items.append(f'<li class="repair repair-{escape(r.kind)}"><b>{escape(r.kind)}</b> '
                     f"<code>{escape(r.rule)}</code> at {escape(r.where)}: {_inline_diff(r.before, r.after)}</li>")
    more = f"<p>… and {len(rec.repairs) - 2000} more.</p>" if len(rec.repairs) > 2000 else ""
    return f'<ul class="repair-list">{"".join(items)}</ul>{more}'


def render_page_report(rec: Record, doc: Document, name: str = "page") -> str:
    """The report of one cleaned page (see :func:`page_report`)."""
    removed = Counter(_family(b.label) for b in doc.blocks if _family(b.label) != "kept")
    kept = sum(1 for b in doc.blocks if _family(b.label) == "kept")
    counts = (f'<div class="counts"><span class="count-kept">kept blocks: {kept}</span>'
              f'<span class="count-removed">removed blocks: {sum(removed.values())}</span>'
              f'<span class="count-repairs">repairs: {len(rec.repairs)}</span>'
              f'<span class="spam-score">spam score: {rec.spam_score:.2f}</span>'
              f'<span class="paragraphs">paragraphs: {len(rec.paragraphs)}</span></div>')
    by_reason = " ".join(f'<span class="count-{k}">{k}: {v}</span>' for k, v in sorted(removed.items()))
    encoding = (f"<p>Encoding: <b>{escape(str(rec.encoding))}</b> — "
                f"{escape('; '.join(rec.encoding_evidence))}</p>")
    flags = f"<p>Flags: {escape(', '.join(rec.flags) or 'none')}</p>"
    error = f'<p class="error">Error: {escape(rec.error)}</p>' if rec.error else ""
    warnings = "".join(f"<li>{escape(w)}</li>" for w in rec.warnings)
    body = (f"<h1>webclean report: {escape(name)}</h1>{counts}<p class=\"by-reason\">{by_reason}</p>"
            f"{encoding}{flags}{error}{_legend()}"
            f"<h2>Record</h2>{_fields_table(rec)}"
            f"<h2>Blocks in page order</h2><div class=\"blocks\">{_blocks_html(doc)}</div>"
            f"<h2>Repairs</h2>{_repairs_html(rec)}"
            + (f"<h2>Warnings</h2><ul>{warnings}</ul>" if warnings else ""))
    return _page(f"webclean report: {name}", body)


def page_report(page: bytes | str, *, name: str = "page", cleaner: Cleaner | None = None,
                url: str | None = None, headers: Mapping[str, str] | None = None) -> str:
    """Clean ``page`` and return its inspection report as one self-contained HTML string."""
    rec, doc = (cleaner or Cleaner()).inspect(page, url=url, headers=headers)
    return render_page_report(rec, doc, name)


def _histogram_svg(values: list[float], bins: int = 10) -> str:
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, max(0, int(v * bins)))] += 1
    top = max(counts) or 1
    width, height, bar = 420, 160, 40
    rects = []
    for i, c in enumerate(counts):
        h = round(120 * c / top)
        rects.append(f'<rect class="bar" x="{i * bar + 10}" y="{130 - h}" width="{bar - 4}" height="{h}" '
                     f'fill="#ef4444"><title>{i / bins:.1f}-{(i + 1) / bins:.1f}: {c}</title></rect>'
                     f'<text x="{i * bar + 28}" y="150" font-size="10" text-anchor="middle">{i / bins:.1f}</text>'
                     f'<text x="{i * bar + 28}" y="{126 - h}" font-size="10" text-anchor="middle">{c}</text>')
    return (f'<svg class="histogram" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'role="img" aria-label="spam score histogram">{"".join(rects)}</svg>')


def _count_table(title: str, counter: Counter[str], cls: str) -> str:
    rows = "".join(f"<tr><td>{escape(k)}</td><td>{v}</td></tr>" for k, v in counter.most_common())
    return f'<h2>{title}</h2><table class="{cls}"><tr><th>kind</th><th>count</th></tr>{rows}</table>'


def summary_report(rows: Iterable[Mapping[str, Any]], name: str = "batch") -> str:
    """Summarise batch output rows (dicts as written by ``webclean batch`` or ``Record.to_dict``)."""
    total, errors, removals, repairs = 0, Counter(), Counter(), Counter()
    scores: list[float] = []
    timings: list[tuple[float, str]] = []
    for row in rows:
        total += 1
        if row.get("error"):
            errors[str(row.get("error_kind") or str(row["error"]).split(":", 1)[0])] += 1
        for r in _events(row, "removed"):
            removals[str(r.get("kind"))] += 1
        for r in _events(row, "repairs"):
            repairs[str(r.get("kind"))] += 1
        if isinstance(row.get("spam_score"), (int, float)):
            scores.append(float(row["spam_score"]))
        seconds = row.get("seconds")
        if isinstance(seconds, (int, float)):
            timings.append((float(seconds), str(row.get("id") or row.get("path") or row.get("url") or total)))
    slow = "".join(f"<tr><td>{escape(i)}</td><td>{s:.3f}</td></tr>" for s, i in sorted(timings, reverse=True)[:10])
    body = (f"<h1>webclean batch summary: {escape(name)}</h1>"
            f'<div class="counts"><span class="rows">rows: {total}</span>'
            f'<span class="errors">errors: {sum(errors.values())}</span></div>'
            + _count_table("Errors by kind", errors, "errors-by-kind")
            + _count_table("Removals by reason", removals, "removals-by-reason")
            + _count_table("Repairs by kind", repairs, "repairs-by-kind")
            + f"<h2>Spam scores</h2>{_histogram_svg(scores)}"
            + (f'<h2>Slowest pages</h2><table class="slowest"><tr><th>page</th><th>seconds</th></tr>{slow}</table>'
               if slow else ""))
    return _page(f"webclean summary: {name}", body)


def _events(row: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = row.get(key)
    if value is None and isinstance(row.get(f"{key}_json"), str):
        try:
            value = json.loads(row[f"{key}_json"])
        except ValueError:
            value = None
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []
