"""Rules as named data: each stage keeps its rules in a registry of :class:`Rule` records.

A rule is a named function; its name is the rule's name in every ``Removal`` and ``Evidence`` event, so
the record of a page says which function made each decision. Its :class:`Rule` says what the stage needs
to know to run it without reading its body: the kind of block it labels, the signals a block must show
before the rule can take it, the sizes past which it declines anyway, the position fact it reads and
the option that turns it off. Adding a rule is one function and one line in its stage's registry.

>>> def bare_home_link(block: str) -> bool:
...     return block == "首页"
>>> rule = Rule(bare_home_link, "navigation", max_chars=2)
>>> rule.name, rule.kind, rule.test("首页")
('bare_home_link', 'navigation', True)
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["Rule"]


@dataclass(frozen=True)
class Rule:
    """One entry of a stage's rule registry.

    ``needs`` is a set of the stage's signal flags (an ``enum.IntFlag``; 0: no gate): the stage tries the
    rule only on blocks showing at least one of them, and its tests check that the rule never takes a
    block without one. ``max_chars`` and ``max_letters`` (0: no bound) repeat the rule's own first test,
    so a dispatcher skips a block that is too long without calling the rule. ``reads`` names the position
    fact the rule takes as its second argument (for boilerplate: ``outside_prose`` or ``after_body``);
    ``kept_by`` names the :class:`~webclean.options.Options` flag that keeps what the rule would remove
    (``keep_comments``).

    >>> def comment_prompt(text: str) -> bool:
    ...     return text.startswith("我要评论")
    >>> Rule(comment_prompt, "comment", kept_by="keep_comments").kept_by
    'keep_comments'
    """

    test: Callable[..., Any]
    kind: str
    needs: int = 0
    max_chars: int = 0
    max_letters: int = 0
    reads: str = ""
    kept_by: str = ""

    @property
    def name(self) -> str:
        """The rule's name in ``Removal`` and ``Evidence`` events: its function's name."""
        return self.test.__name__
