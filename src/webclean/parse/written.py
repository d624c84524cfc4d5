"""Text a page's inline script writes where it stands: ``document.write`` of string literals and of variables
the same script assigned a literal.

Old CMS templates of Chinese government and institution sites (TRS WCM, county sites) print the fields of a
page this way, so a scraper that drops scripts loses them while a reader sees them::

    发布时间：<script>var pubdata='2018年02月13日'; if(pubdata!=''){ document.write(pubdata); }</script>

Only what a reader would see for certain is written: every term of the written expression must be a literal or
a variable assigned a literal in the same script, and a write that uses a variable left empty is skipped (the
template guards it with ``if(x!='')``; ``document.write('文章来源：'+wzly)`` with ``wzly=''`` prints nothing).
Nothing is executed: a call, a property or an operator other than ``+`` gives up on that write.
"""
from __future__ import annotations

import re

__all__ = ["document_writes", "WRITTEN_MAX_CHARS"]

#: What one script may write (a field, a title, a line of links); a longer literal is a program's data.
WRITTEN_MAX_CHARS = 2000
#: Scripts longer than this are libraries and applications, not a template's field printer.
SCRIPT_MAX_CHARS = 20_000

_LITERAL = r"'[^'\\\n]{0,2000}'|\"[^\"\\\n]{0,2000}\""
_ASSIGNED = re.compile(rf"(?:var|let|const)\s{{1,8}}(?P<name>[A-Za-z_$][\w$]{{0,60}})\s{{0,8}}=\s{{0,8}}"
                       rf"(?P<val>{_LITERAL})")
_WRITE = re.compile(r"document\.write(?:ln)?\(")
# The one condition a field printer uses: its variable is not empty (if(x!=''), if (x != ""), if(x)).
_GUARD = re.compile(r"if\s{0,8}\(\s{0,8}[A-Za-z_$][\w$]{0,60}\s{0,8}(?:!==?\s{0,8}(?:''|\"\"))?\s{0,8}\)")
# Any other control flow or test makes a write uncertain (a phone's overlay, a function never called).
_CONDITION = re.compile(r"\b(?:if|else|for|while|switch|function|try)\b|\?|&&|\|\|")
# one term of the written expression, then a + or the closing parenthesis
_TERM = re.compile(rf"\s{{0,8}}(?:(?P<lit>{_LITERAL})|(?P<name>[A-Za-z_$][\w$]{{0,60}}))\s{{0,8}}(?P<next>[+)])")


def document_writes(script: str) -> str:
    """What ``script`` writes into the page with ``document.write``, as HTML ("" when nothing is certain).

    >>> document_writes("var  pubdata='2018年02月13日'; if(pubdata!=''){ document.write(pubdata); }")
    '2018年02月13日'
    >>> document_writes("var fbt='县人社局开展慰问活动'; if(fbt!=''){ document.write('<h2>'+fbt+'</h2>'); }")
    '<h2>县人社局开展慰问活动</h2>'
    >>> document_writes("var wzly=''; if(wzly!=''){ document.write('文章来源：'+wzly+'&emsp;'); }")   # left empty
    ''
    >>> document_writes("document.write(unescape('%3Cscript%3E')); document.write(x.title)")   # calls, properties
    ''
    >>> document_writes("if(/mobile/i.test(navigator.userAgent))document.write('<div>页面加载中…</div>')")
    ''
    """
    if len(script) > SCRIPT_MAX_CHARS or "document.write" not in script:
        return ""
    if _CONDITION.search(_GUARD.sub("", script)):
        return ""   # written only on some browsers, some pages, some clicks: not for certain
    values = {m.group("name"): m.group("val")[1:-1] for m in _ASSIGNED.finditer(script)}
    out: list[str] = []
    for m in _WRITE.finditer(script):
        written = _expression(script, m.end(), values)
        if written:
            out.append(written)
    text = "".join(out)
    return text if len(text) <= WRITTEN_MAX_CHARS else ""


def _expression(script: str, pos: int, values: dict[str, str]) -> str | None:
    """The value of the ``+``-joined literals and variables from ``pos`` up to the closing parenthesis, or None
    when a term is anything else or a variable is unknown or empty."""
    parts: list[str] = []
    while True:
        m = _TERM.match(script, pos)
        if m is None:
            return None
        if m.group("lit") is not None:
            parts.append(m.group("lit")[1:-1])
        else:
            value = values.get(m.group("name"))
            if not value:
                return None
            parts.append(value)
        pos = m.end()
        if m.group("next") == ")":
            return "".join(parts)
