"""Checks of the arguments a caller passes to the public API: wrong types are the caller's mistake.

``clean()`` never raises on page *content*; an argument of the wrong type is
a programming error, and answering it with a garbage record (a header string
read as a mapping, a URL that is a number) hides it. These checks raise
``TypeError`` or ``ValueError`` with a message that names the argument.

>>> check_url("https://news.example.cn/1.html")
'https://news.example.cn/1.html'
>>> check_headers("text/html; charset=gbk")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
TypeError: headers must be a mapping of header names to values, such as {'Content-Type': ...}, not str
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["type_name", "check_page", "check_url", "check_headers", "check_text", "check_bytes"]


def type_name(value: Any) -> str:
    """The name a message shows for ``value``'s type.

    >>> type_name(None), type_name(5)
    ('NoneType', 'int')
    """
    return type(value).__name__


def check_page(page: Any) -> bytes | str:
    """A page to clean: bytes (or a bytes-like view, copied to bytes) or str.

    >>> check_page(bytearray(b"<p>x</p>"))
    b'<p>x</p>'
    """
    if isinstance(page, (bytearray, memoryview)):
        return bytes(page)
    if not isinstance(page, (bytes, str)):
        raise TypeError(f"page must be bytes or str, not {type_name(page)}")
    return page


def check_url(url: Any) -> str | None:
    """The page's URL: a str, or None when unknown."""
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type_name(url)}")
    return url


def check_headers(headers: Any, name: str = "headers") -> Mapping[str, str] | None:
    """HTTP headers: a mapping of str names to str values, or None.

    >>> check_headers({"Content-Type": 5})
    Traceback (most recent call last):
    ...
    TypeError: headers['Content-Type'] must be a str, not int
    """
    if headers is None:
        return None
    if not isinstance(headers, Mapping):
        raise TypeError(f"{name} must be a mapping of header names to values, such as "
                        f"{{'Content-Type': 'text/html; charset=gbk'}}, not {type_name(headers)}")
    for key, value in headers.items():
        if not isinstance(key, str):
            raise TypeError(f"{name} names must be str, not {type_name(key)} ({key!r})")
        if not isinstance(value, str):
            raise TypeError(f"{name}[{key!r}] must be a str, not {type_name(value)}")
    return headers


def check_text(text: Any, name: str = "text") -> str:
    """Text to repair: a str."""
    if not isinstance(text, str):
        raise TypeError(f"{name} must be a str, not {type_name(text)}")
    return text


def check_bytes(data: Any, name: str = "data") -> bytes:
    """Page bytes to decode: bytes or a bytes-like view (copied to bytes).

    >>> check_bytes("中文")
    Traceback (most recent call last):
    ...
    TypeError: data must be bytes, not str (a str is already decoded text)
    """
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    if not isinstance(data, bytes):
        hint = " (a str is already decoded text)" if isinstance(data, str) else ""
        raise TypeError(f"{name} must be bytes, not {type_name(data)}{hint}")
    return data
