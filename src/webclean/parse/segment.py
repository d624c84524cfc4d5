"""Block segmentation: one walk over the cleaned lxml tree that cuts block-level text into Blocks.

Each block-level element's own text (its inline children included, its block children not) becomes
one :class:`~webclean.document.Block`, with the features later stages use: tag path and class/id hints,
heading level, link characters, link count and hosts, list/table membership, and the nearest content
container. A ``<br>`` ends a line: what follows starts a new block (portals, forum posts and poems write
line by line; whitespace-only text after a ``<br>`` is layout).

>>> from lxml import etree
>>> from webclean.document import Document
>>> doc = Document(raw="")
>>> root = etree.fromstring("<html><body><p>第一段<br><br>第二段，<a href='http://a.cn/'>链接</a>。</p></body></html>",
...                         etree.HTMLParser())
>>> segment(doc, None, root)
>>> [(b.text, b.links, b.hosts) for b in doc.blocks]
[('第一段', 0, ()), ('第二段，链接。', 1, ('a.cn',))]
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from lxml import etree

from ..document import Block, Document
from .tables import CELL_MARK
from ..core.urls import host_of

__all__ = ["segment", "BLOCK_TAGS"]

BLOCK_TAGS = frozenset(("p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "dl",
                        "blockquote", "pre", "section", "article", "main", "header", "footer", "nav", "aside",
                        "ul", "ol", "table", "tr", "tbody", "thead", "tfoot", "caption", "form", "fieldset",
                        "legend", "figure", "figcaption", "center", "address", "body", "html", "details",
                        "summary", "hr", "menu", "dir"))
# Ancestors that can hold a whole article; body selection scores these.
_CONTAINER_TAGS = frozenset(("body", "div", "td", "th", "article", "section", "main", "blockquote", "center",
                             "form", "table", "ul", "ol", "dl", "aside", "nav", "header", "footer"))
_LIST_TAGS = frozenset(("li", "ul", "ol", "dl", "dd", "dt", "menu", "dir"))
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_COUNTED = frozenset(("a", "table", "pre")) | _LIST_TAGS | frozenset(_HEADINGS)
_BLOCK_TAGS = BLOCK_TAGS
_CELL_GAP = re.compile(" ?\ue000 ?")
_CLASS_SPLIT = re.compile(r"[^a-z0-9_\-\u4e00-\u9fff]+")


@lru_cache(maxsize=4096)
def _hint_words(cls: str, ident: str) -> str:
    """Lower-cased class/id words (cached: a page repeats its class names on every item).

    >>> _hint_words("Article-Body main", "content_1")
    'article-body main content_1'
    """
    return " ".join(_CLASS_SPLIT.split(f"{cls} {ident}".lower())).strip()


def segment(doc: Document, opts: Any, root: Any) -> None:
    """Append the blocks of the tree under ``root`` to ``doc.blocks`` (iterative: no recursion)."""
    _Segmenter(doc, opts).run(root)


def _describe(el: Any) -> str:
    """``tag#id.class`` of one element (first class only), for block paths."""
    out = el.tag
    ident, cls = el.get("id"), el.get("class")
    if ident:
        out += "#" + ident.strip()[:30]
    if cls and cls.split():
        out += "." + cls.split()[0][:30]
    return out


class _Segmenter:
    """One pass over the cleaned tree that cuts block-level text into Blocks (iterative, no recursion)."""

    def __init__(self, doc: Document, opts: Any) -> None:
        self.doc = doc
        self.max_blocks = getattr(opts, "max_blocks", 20_000)
        self.max_depth = getattr(opts, "max_depth", 4000)
        self.frames: list[list[Any]] = []                   # [element, is_block, container id, path part]
        self.hint_stack: list[tuple[int, str]] = []          # (depth, class/id words)
        self.containers: list[tuple[int, str, str]] = []     # (parent id, tag, own class/id words)
        self.container_stack: list[int] = []
        self.heading_stack: list[int] = []
        self.n_list = self.n_table = self.n_pre = self.link_depth = 0
        self.pieces: list[str] = []
        self.link_chars = self.links = self.pending_br = 0
        self.hosts: list[str] = []
        self.too_deep = self.too_many = False

    def run(self, root: Any) -> None:
        start, end, n = self.start, self.end, 0
        # tag=etree.Element: comment/PI/entity nodes left by a broken page are skipped inside lxml
        for event, el in etree.iterwalk(root, events=("start", "end"), tag=etree.Element):
            if event == "start":
                start(el)
                n += 1
                if n % 2000 == 0:
                    self.doc.check_budget("parse")
            else:
                end(el)
        self.flush()
        self.doc.hints["containers"] = self.containers
        if self.too_deep:
            self.doc.warnings.append(f"limit: elements deeper than max_depth={self.max_depth} merged into "
                                     "their ancestor's block")
        if self.too_many:
            self.doc.warnings.append(f"limit: page cut at max_blocks={self.max_blocks} blocks")

    def start(self, el: Any) -> None:
        tag = el.tag
        if tag == "br":
            self.pending_br += 1
            self.pieces.append("\n")
            self.frames.append([el, False, -1, None])
            return
        depth = len(self.frames)
        block = tag in _BLOCK_TAGS
        if block and depth >= self.max_depth:
            block, self.too_deep = False, True
        if block:
            self.flush()
        cls, ident = el.get("class"), el.get("id")
        words = ""
        if cls or ident:
            words = _hint_words(cls or "", ident or "")
            if words:
                self.hint_stack.append((depth, words))
        cid = -1
        if block and tag in _CONTAINER_TAGS:
            cid = len(self.containers)
            parent = self.container_stack[-1] if self.container_stack else -1
            self.containers.append((parent, tag, words))
            self.container_stack.append(cid)
        if tag in _COUNTED:
            self._enter_counters(tag, 1)
            if tag == "a":
                host = host_of(el.get("href") or "")
                if host:
                    self.hosts.append(host)
        self.frames.append([el, block, cid, None])
        if el.text:
            self.add_text(el.text)

    def _enter_counters(self, tag: str, step: int) -> None:
        if tag == "a":
            self.link_depth += step
            if step > 0:
                self.links += 1
        elif tag in _LIST_TAGS:
            self.n_list += step
        elif tag == "table":
            self.n_table += step
        elif tag == "pre":
            self.n_pre += step
        elif tag in _HEADINGS:
            if step > 0:
                self.heading_stack.append(_HEADINGS[tag])
            elif self.heading_stack:
                self.heading_stack.pop()

    def end(self, el: Any) -> None:
        frames = self.frames
        _, block, cid, _ = frames[-1]
        tag = el.tag
        if tag != "br":
            if block:
                self.flush()
            if tag in _COUNTED:
                self._enter_counters(tag, -1)
            if cid >= 0:
                self.container_stack.pop()
            hint_stack = self.hint_stack
            if hint_stack and hint_stack[-1][0] == len(frames) - 1:
                hint_stack.pop()
        frames.pop()
        tail = el.tail
        if tail:
            self.add_text(tail)

    def add_text(self, text: str) -> None:
        if not self.pieces and text.isspace():  # layout whitespace before any text: nothing to keep
            return
        if self.pending_br:
            if not text.strip():
                return
            self.flush()  # text after a <br> starts a new line block
            self.pending_br = 0
        self.pieces.append(text)
        if self.link_depth:
            self.link_chars += len("".join(text.split()))

    def flush(self) -> None:
        if not self.pieces:
            self.links = self.pending_br = 0
            if self.hosts:
                self.hosts = []
            return
        raw = "".join(self.pieces)
        link_chars, links, hosts = self.link_chars, self.links, tuple(self.hosts)
        self.pieces, self.link_chars, self.links, self.pending_br, self.hosts = [], 0, 0, 0, []
        if self.n_pre:
            lines = [ln.rstrip() for ln in raw.split("\n")]  # code keeps its indentation
            text = "\n".join(ln for ln in lines if ln.strip()).strip("\n")
        else:
            text = " ".join(raw.split())  # str.split() splits at the same (Unicode) whitespace as \s
            if CELL_MARK in text:     # a data row (tables.join_data_rows): its cells are tab-separated
                text = _CELL_GAP.sub("\t", text).strip("\t ")
        if not text:
            return
        if len(self.doc.blocks) >= self.max_blocks:
            self.too_many = True
            return
        block = self.make_block(text, min(link_chars, len(text)), links)
        block.hosts = hosts
        self.doc.blocks.append(block)

    def make_block(self, text: str, link_chars: int, links: int) -> Block:
        frames = self.frames
        owner = "body"
        for f in reversed(frames):
            if f[1]:
                owner = f[0].tag
                break
        parts = []
        for f in frames[-4:]:
            if f[3] is None:
                f[3] = _describe(f[0])
            parts.append(f[3])
        hint_stack, containers, headings = self.hint_stack, self.container_stack, self.heading_stack
        return Block(len(self.doc.blocks), text, owner, "/".join(parts),
                     " ".join([w for _, w in hint_stack[-8:]]) if hint_stack else "",
                     headings[-1] if headings else 0, link_chars, links,
                     containers[-1] if containers else -1, self.n_list > 0, self.n_table > 0)
