"""Hidden text a script would reveal: kept, not dropped with the other hidden elements.

Two cases, both measured against the hidden-injection case they must not let through (link farms and
keyword runs are link lists or short, unpunctuated runs):

- :func:`shown_by_script`: the whole article hidden until a script shows it (WeChat's ``js_content``);
- :func:`folded_remainder`: the rest of an article folded behind a ``展开全文`` control on a mobile page.
"""
from __future__ import annotations

import re
from typing import Any

from ..core.vocabulary import alternation, read_vocabulary

__all__ = ["SHOWN_BY_SCRIPT_MIN", "folded_remainder", "hidden_prose", "shown_by_script"]

# A hidden element is the article itself when it holds this much prose and most of the page's text.
SHOWN_BY_SCRIPT_MIN = 300   # characters: a paragraph or two at least; injected hidden snippets are shorter
SHOWN_BY_SCRIPT_SHARE = 0.5
# Sentence ends that make hidden text prose: keyword runs and link lists have none, an article has many.
_PROSE_SENTENCE_ENDS = 3
# Characters per link at least: an article links now and then, a link farm is all links.
_CHARS_PER_LINK = 100


def _sentence_ends(text: str) -> int:
    return text.count("。") + text.count("！") + text.count("？")


def shown_by_script(text: str, n_links: int, page_chars: int) -> bool:
    """A hidden element that is the page's article, hidden until a script shows it.

    WeChat article pages ship their body as ``<div id="js_content" style="visibility: hidden;">`` and
    reveal it from JavaScript; a scraper sees an invisible article. Hidden injections (link farms,
    keyword text) are link lists or short runs, never most of the page: prose of 300+ characters with
    sentence ends, few links, and at least half of the page's text is kept.

    >>> article = "今天上午，社区组织了一次夏季防暑讲座，居民们听得很认真。" * 12
    >>> shown_by_script(article, 0, len(article) + 200)
    True
    >>> shown_by_script("澳门新葡京 百家乐 真人视讯 " * 30, 30, 5000)
    False
    """
    return hidden_prose(text, n_links) and len(text) >= SHOWN_BY_SCRIPT_SHARE * page_chars


def hidden_prose(text: str, n_links: int) -> bool:
    """The part of :func:`shown_by_script` that reads the hidden text alone: prose of 300+ characters with
    sentence ends and few links (the caller measures the page's text only for such an element).

    >>> article = "今天上午，社区组织了一次夏季防暑讲座，居民们听得很认真。" * 12
    >>> hidden_prose(article, 0), hidden_prose(article, 20), hidden_prose("百家乐 " * 100, 0)
    (True, False, False)
    """
    if len(text) < SHOWN_BY_SCRIPT_MIN or _sentence_ends(text) < _PROSE_SENTENCE_ENDS:
        return False
    return n_links * _CHARS_PER_LINK <= len(text)


# The fold controls (展开全文, 展开剩余80%) of data/page_controls.txt, which the strip stage removes later.
_FOLD_WORDS = re.compile(alternation(read_vocabulary("page_controls.txt", "fold")
                                     + read_vocabulary("page_controls.txt", "fold remaining")))
_FOLDED_MIN = 100   # characters: at least a paragraph of the article's rest
_SIBLINGS = 2       # elements looked at on each side: the control is next to the folded part or one further
_SIBLING_CHARS = 200   # characters of a sibling searched: a control is a short label, not a paragraph


def folded_remainder(el: Any, text: str, n_links: int) -> bool:
    """A hidden element of prose next to a fold control (``展开全文``): the rest of the article, folded.

    >>> from lxml import etree
    >>> page = etree.fromstring("<div><p>开头一段。</p><div style='display:none'>" + "后面的段落，写得很长。" * 12
    ...                         + "</div><div class='read-more'>展开全文</div></div>")
    >>> hidden = page[1]
    >>> folded_remainder(hidden, "".join(hidden.itertext()), 0)
    True
    >>> folded_remainder(hidden, "澳门新葡京 百家乐 真人视讯 " * 12, 12)
    False
    """
    if len(text) < _FOLDED_MIN or _sentence_ends(text) < _PROSE_SENTENCE_ENDS or n_links * _CHARS_PER_LINK > len(text):
        return False
    near = []
    prev, nxt = el.getprevious(), el.getnext()
    for _ in range(_SIBLINGS):
        for sib in (prev, nxt):
            if sib is not None and isinstance(sib.tag, str):
                near.append("".join(sib.itertext())[:_SIBLING_CHARS])
        prev = prev.getprevious() if prev is not None else None
        nxt = nxt.getnext() if nxt is not None else None
    return any(_FOLD_WORDS.search(t) for t in near)
