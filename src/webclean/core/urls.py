"""Hosts and registrable domains of URLs, shared by segmentation (link hosts) and the spam rules.

>>> host_of(" //Cdn.Example.cn/x.js"), registrable_domain("News.Sina.com.cn")
('cdn.example.cn', 'sina.com.cn')
"""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["host_of", "registrable_domain"]

# Any scheme (or none: protocol-relative) followed by "//"; relative links, mailto: and javascript:
# have no host. Bounded repeats keep it linear.
_URL_HOST = re.compile(r"[ \t\r\n]{0,8}(?:[a-z][a-z0-9+.\-]{0,20}:)?//([^/:?#\s\\]{1,253})", re.I)


def host_of(url: str) -> str | None:
    """The lower-cased host of an absolute or protocol-relative URL, else None.

    >>> host_of("https://www.A.com/x?y=1"), host_of("/news/1.html"), host_of("javascript:void(0)")
    ('www.a.com', None, None)
    """
    m = _URL_HOST.match(url)
    return m.group(1).lower() if m else None


# Second-level labels under a country code that are public suffixes (xinhua.com.cn, cna.com.tw, bbc.co.uk).
_PUBLIC_SECOND = frozenset(("com", "net", "org", "gov", "edu", "ac", "mil", "co", "idv", "gob", "or", "ne", "go"))
_IP = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


@lru_cache(maxsize=4096)        # a page repeats its hosts; the cache keeps this off the profile
def registrable_domain(host: str) -> str:
    """The registrable part of a host: two labels, three under ``com.cn``-style public suffixes.

    >>> registrable_domain("News.Sina.com.cn")
    'sina.com.cn'
    >>> registrable_domain("www.8866cp.com")
    '8866cp.com'
    >>> registrable_domain("beian.miit.gov.cn")
    'miit.gov.cn'
    """
    host = host.strip().strip(".").lower()
    if _IP.fullmatch(host):
        return host
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _PUBLIC_SECOND else 2
    return ".".join(labels[-keep:])
