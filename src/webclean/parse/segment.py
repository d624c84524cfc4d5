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

Speed: the walk visits every element of the page, so an element that opens no block and counts nothing
(``span``, ``font``, ``b``, ``img``: most of a page) costs what lxml's own walk costs plus two list pushes
and pops (its role, and its ``tag#id.class`` name for block paths): its tag is looked up once in
:data:`_ROLES`, its class and id are read once, and its text joins the pending block with one append. Only
elements with a role (a block, a link, a list, a table, a heading, ``<pre>``, ``<br>``) go through
:func:`segment`'s helpers.
"""
from __future__ import annotations

import re
from typing import Any

from lxml import etree

from ..core.urls import host_of
from ..document import Block, Document
from .tables import CELL_MARK

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

# What an element does in the walk, decided once per tag (bits): it opens a block, a container, it is a link,
# a list, a table, a <pre>, a heading or a line break. Most elements of a page (span, font, b, img ...) have
# no role: they only carry their text.
_BLOCK, _CONTAINER, _LINK, _LIST, _TABLE, _PRE, _HEADING, _BR = 1, 2, 4, 8, 16, 32, 64, 128
_COUNTS = _LINK | _LIST | _TABLE | _PRE | _HEADING
# Set on an open element (not a tag's role) whose class/id words are on the hint stack: its end pops them
# without comparing depths.
_HINTED = 256


def _role_of(tag: str) -> int:
    """The role bits of one tag.

    >>> _role_of("ul") == _BLOCK | _CONTAINER | _LIST, _role_of("span")
    (True, 0)
    """
    role = (_BLOCK if tag in BLOCK_TAGS else 0) | (_CONTAINER if tag in _CONTAINER_TAGS else 0)
    role |= _LINK if tag == "a" else _LIST if tag in _LIST_TAGS else _TABLE if tag == "table" else 0
    role |= _PRE if tag == "pre" else _HEADING if tag in _HEADINGS else _BR if tag == "br" else 0
    return role


_ROLES = {tag: _role_of(tag) for tag in BLOCK_TAGS | _COUNTED | {"br"}}
_CELL_GAP = re.compile(" ?\ue000 ?")
_CLASS_SPLIT = re.compile(r"[^a-z0-9_\-\u4e00-\u9fff]+")
_BUDGET_EVERY = 2000   # elements between two time-budget checks: a few ms of work, a cheap clock read
_PATH_DEPTH = 4        # open elements in a block's path: a template's wrappers, not the whole document
_HINT_DEPTH = 8        # innermost class/id words a block carries: the chrome around it, not the page's frame


# Every ASCII character that separates class/id words (all but a-z, 0-9, _ and -) as a space: on ASCII
# attributes, nearly all of them, one translate does what _CLASS_SPLIT does at a tenth of its cost.
_ASCII_SEPARATORS = str.maketrans({chr(c): " " for c in range(128)
                                   if not (chr(c).isascii() and (chr(c).islower() or chr(c).isdigit()
                                                                 or chr(c) in "_-"))})


def _hint_words(cls: str, ident: str) -> str:
    """Lower-cased class/id words (:func:`segment` keeps them by attribute value: a page repeats its class
    names on every item).

    >>> _hint_words("Article-Body main", "content_1"), _hint_words("新闻.正文", "")
    ('article-body main content_1', '新闻 正文')
    """
    text = f"{cls} {ident}".lower()
    if text.isascii():
        return " ".join(text.translate(_ASCII_SEPARATORS).split())
    return " ".join(_CLASS_SPLIT.split(text)).strip()


def _described(cls: str | None, ident: str | None) -> str:
    """What follows the tag in a block path's ``tag#id.class`` for an element's class and id (first class only).

    >>> "div" + _described("article main", " news "), "p" + _described(None, None)
    ('div#news.article', 'p')
    """
    out = ""
    if ident:
        out += "#" + ident.strip()[:30]
    if cls and cls.split():
        out += "." + cls.split()[0][:30]
    return out


def _link_texts(pieces: list[str]) -> tuple[str, ...]:
    """The text of each link of a block, its whitespace as segmentation writes it.

    >>> _link_texts(["  更多 \\n新闻", " "])
    ('更多 新闻',)
    """
    if len(pieces) == 1:   # most blocks hold one link
        text = " ".join(pieces[0].split())
        return (text,) if text else ()
    return tuple(filter(None, [" ".join(piece.split()) for piece in pieces]))


def segment(doc: Document, opts: Any, root: Any) -> None:
    """Append the blocks of the tree under ``root`` to ``doc.blocks`` (iterative: no recursion).

    One flat loop over lxml's ``iterwalk``: the walk's state lives in this function's variables, an
    element's role comes from one dictionary look-up of its tag, and a call is made only to cut a block
    (:func:`flush`) or for text after a line break or inside a link (:func:`add_text`).
    """
    max_blocks = getattr(opts, "max_blocks", 20_000)
    max_depth = getattr(opts, "max_depth", 4000)
    blocks = doc.blocks
    roles = _ROLES
    # this page's (path suffix, class/id words) by class (and id) attribute: a page repeats its class names
    seen_attributes: dict[Any, tuple[str, str]] = {}
    # Every open element's role (block bits cleared past max_depth) and its ``tag#id.class`` for block paths,
    # in two stacks: a block's path is then a join of the last four strings, with no tuple hashed per block.
    open_roles: list[int] = []
    open_names: list[str] = []
    open_blocks: list[str] = []              # tags of the open block elements; the last owns the text
    hint_stack: list[str] = []               # class/id words of the open elements that have some
    containers: list[tuple[int, str, str]] = []   # (parent id, tag, own class/id words)
    container_stack: list[int] = []
    heading_stack: list[int] = []
    n_list = n_table = n_pre = link_depth = 0
    pieces: list[str] = []                   # the pending block's text
    link_chars = links = pending_br = 0      # pending_br > 0 only while pieces holds text
    hosts: list[str] = []
    link_pieces: list[str] = []              # text read inside each <a> element, for include_links=False
    link_serial = piece_serial = 0           # which <a> is open, and which one link_pieces[-1] belongs to
    too_deep = too_many = False
    line_cut = False                         # the pending text follows a <br> that cut its element's text

    def flush() -> None:
        """The pending text (``pieces``, never empty here) becomes a block of the innermost open block."""
        nonlocal pieces, link_chars, links, pending_br, hosts, link_pieces, too_many, line_cut
        raw = "".join(pieces)
        after_break, line_cut = line_cut, False
        block_link_chars, block_links, block_hosts = link_chars, links, tuple(hosts) if hosts else ()
        block_link_texts = _link_texts(link_pieces) if link_pieces else ()
        pieces, link_chars, links, pending_br, hosts, link_pieces = [], 0, 0, 0, [], []
        if n_pre:
            lines = [ln.rstrip() for ln in raw.split("\n")]  # code keeps its indentation
            text = "\n".join(ln for ln in lines if ln.strip()).strip("\n")
        else:
            text = " ".join(raw.split())  # str.split() splits at the same (Unicode) whitespace as \s
            if CELL_MARK in text:     # a data row (tables.join_data_rows): its cells are tab-separated
                text = _CELL_GAP.sub("\t", text).strip("\t ")
        if not text:
            return
        if len(blocks) >= max_blocks:
            too_many = True
            return
        blocks.append(Block(
            len(blocks), text, open_blocks[-1] if open_blocks else "body",
            "/".join(open_names[-_PATH_DEPTH:]),
            " ".join(hint_stack[-_HINT_DEPTH:]) if hint_stack else "",
            heading_stack[-1] if heading_stack else 0,
            min(block_link_chars, len(text)) if block_link_chars else 0, block_links,
            container_stack[-1] if container_stack else -1, n_list > 0, n_table > 0, False, block_hosts,
            block_link_texts, after_break))

    def add_text(text: str) -> None:
        """Text after a line break, or inside a link (the common case is inlined in the loop)."""
        nonlocal pending_br, link_chars, piece_serial, line_cut
        if not pieces and text.isspace():  # layout whitespace before any text: nothing to keep
            return
        if pending_br:
            if not text.strip():
                return
            flush()  # text after a <br> starts a new line block
            line_cut = True
        pieces.append(text)
        if link_depth:
            link_chars += len("".join(text.split()))
            if link_pieces and piece_serial == link_serial:
                link_pieces[-1] += text
            else:
                link_pieces.append(text)
                piece_serial = link_serial

    until_check = _BUDGET_EVERY
    # tag=etree.Element: comment/PI/entity nodes left by a broken page are skipped inside lxml
    for event, el in etree.iterwalk(root, events=("start", "end"), tag=etree.Element):
        if event == "start":
            until_check -= 1
            if not until_check:
                until_check = _BUDGET_EVERY
                doc.check_budget("parse")
            tag = el.tag
            role = roles.get(tag, 0)
            if role == _BR:
                pending_br += 1
                pieces.append("\n")
                open_roles.append(_BR)
                open_names.append("br")
                continue
            cls, ident = el.get("class"), el.get("id")
            if role & _BLOCK:
                if len(open_roles) >= max_depth:
                    role &= ~(_BLOCK | _CONTAINER)
                    too_deep = True
                else:
                    if pieces:
                        flush()
                    else:
                        links = 0
                        if hosts:
                            hosts = []
                    open_blocks.append(tag)
            words = ""
            if cls or ident:
                key = cls if ident is None else (cls, ident)   # most elements have a class and no id
                described = seen_attributes.get(key)
                if described is None:
                    described = (_described(cls, ident), _hint_words(cls or "", ident or ""))
                    seen_attributes[key] = described
                suffix, words = described
                open_names.append(tag + suffix)
                if words:
                    hint_stack.append(words)
                    role |= _HINTED
            else:
                open_names.append(tag)
            if role:
                if role & _CONTAINER:
                    containers.append((container_stack[-1] if container_stack else -1, tag, words))
                    container_stack.append(len(containers) - 1)
                if role & _COUNTS:
                    if role & _LINK:
                        link_depth += 1
                        links += 1
                        link_serial += 1
                        href = el.get("href")
                        if href and "//" in href:   # else relative, mailto:, javascript: no host
                            host = host_of(href)
                            if host:
                                hosts.append(host)
                    elif role & _LIST:
                        n_list += 1
                    elif role & _TABLE:
                        n_table += 1
                    elif role & _PRE:
                        n_pre += 1
                    else:
                        heading_stack.append(_HEADINGS[tag])
            open_roles.append(role)
            text = el.text
        else:
            role = open_roles[-1]
            if role:
                if role & _BLOCK:
                    if pieces:
                        flush()
                    else:
                        links = 0
                        if hosts:
                            hosts = []
                if role & _COUNTS:
                    if role & _LINK:
                        link_depth -= 1
                    elif role & _LIST:
                        n_list -= 1
                    elif role & _TABLE:
                        n_table -= 1
                    elif role & _PRE:
                        n_pre -= 1
                    elif heading_stack:
                        heading_stack.pop()
                if role & _BLOCK:
                    open_blocks.pop()
                    if role & _CONTAINER:
                        container_stack.pop()
            if role & _HINTED:
                hint_stack.pop()
            open_roles.pop()
            open_names.pop()
            text = el.tail
        if text:
            if pending_br or link_depth:
                add_text(text)
            elif pieces or not text.isspace():
                pieces.append(text)
    if pieces:
        flush()
    doc.hints["containers"] = containers
    if too_deep:
        doc.warnings.append(f"limit: elements deeper than max_depth={max_depth} merged into "
                            "their ancestor's block")
    if too_many:
        doc.warnings.append(f"limit: page cut at max_blocks={max_blocks} blocks")
