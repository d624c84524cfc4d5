"""The strip stage: spam, then boilerplate, then the controls inside the article's own region.

Blocks are labelled, never deleted: each label comes with a :class:`~webclean.record.Removal` naming the rule.
"""
from __future__ import annotations

from ..document import Document
from ..options import Options
from .boilerplate import mark_boilerplate, signal_patterns
from .chrome import CATEGORIES, lexicon_regex, phrase_gate
from .controls import mark_controls
from .navigation import crumb_patterns
from .spam import mark_spam
from .spam_lexicon import compiled_lexicon
from .spam_lists import casino_anchor_pattern

__all__ = ["warm_up", "strip_stage"]


def strip_stage(doc: Document, opts: Options) -> None:
    """Spam first (it may explain lines boilerplate rules would misname), then boilerplate, then controls.

    >>> from webclean.document import Block, Document
    >>> doc = Document(raw="")
    >>> doc.blocks = [Block(0, "首页 | 新闻 | 体育"), Block(1, "正文第一段，说明了事情的经过，也写了后来的变化。"),
    ...               Block(2, "版权所有 © 2025 示例网")]
    >>> strip_stage(doc, Options())
    >>> [(b.label, b.rule) for b in doc.blocks]
    [('navigation', 'nav_separator_run'), (None, None), ('copyright', 'copyright_line')]
    """
    mark_spam(doc, opts)
    doc.check_budget("strip")
    mark_boilerplate(doc, opts)
    mark_controls(doc, opts)


def warm_up() -> None:
    """Compile the stage's lexicons and patterns now (see :func:`webclean.pipeline.warm_up`)."""
    for category in CATEGORIES:
        lexicon_regex(category)
    crumb_patterns()
    phrase_gate()
    signal_patterns()
    compiled_lexicon()
    casino_anchor_pattern()
