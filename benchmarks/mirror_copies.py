#!/usr/bin/env python3
"""Hacked and mirror copies of real pages, made at run time with a fixed seed: the near-duplicate test set.

    .venv/bin/python benchmarks/mirror_copies.py --out .cache/mirror_copies    # write them, to look at

The pages are third-party (``../shared/corpus``), so their copies are never committed: every run makes them
again, the same for the same seed. Each page gets four copies, each what spam sites do to an article:

- ``hacked``: the page as a hacked site serves it: a keyword-stuffed spam line above the page, a hidden
  link farm, a spam suffix on ``<title>``, a numbered list of casino anchors and an advertising line that no
  lexicon knows inside the article;
- ``mirror``: a spam mirror's copy: every text converted to Traditional characters (OpenCC ``s2t``), with
  the reading glued after some of the converted characters (``網(wǎng)站``), the mirror's navigation bar
  and a spam line on top;
- ``renav``: the article in another site's template: a navigation bar, a breadcrumb, a sidebar listing six
  other articles of the set and a footer with a filing number;
- ``mirror_text``: the page as a scraper keeps a mirror's copy, as plain text: one line per block of the
  page (its navigation and footer too), converted and annotated as ``mirror``, with spam lines around it.

The spam words come from webclean's own lexicons (``src/webclean/data/spam_*.txt``) and from phrases made
up here, so some of the spam is of a kind webclean does not know.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import lxml.html  # noqa: E402

from webclean import decode  # noqa: E402
from webclean.core.data import read_data, read_terms  # noqa: E402
from webclean.core.script import opencc_converter, with_traditional  # noqa: E402

VARIANTS = ("hacked", "mirror", "renav", "mirror_text")
SEED = 20251206

#: Share of the converted characters a mirror glues a reading after (the seed page annotates about half).
ANNOTATED_SHARE = 0.5

_SPAM_FILES = ("spam_gambling.txt", "spam_porn.txt", "spam_loan.txt", "spam_invoice.txt", "spam_pharmacy.txt")
_MADE_UP_ADS = ("加微信领取内部资料，每天稳赚三千", "扫码进群，免费领取今日必中号码", "兼职日结，手机操作，在家就能做",
                "点击下载官方客户端，注册即送体验金", "最新福利资源合集，私信获取链接")
_NAV = ("首页", "新闻中心", "国内", "国际", "财经", "科技", "体育", "娱乐", "专题", "图片", "视频", "网站地图")
_BLOCK_TAGS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "br", "section", "article",
               "table", "ul", "ol", "dd", "dt", "title", "header", "footer")


def spam_terms() -> list[str]:
    """Every term of webclean's strong spam lexicons: each file's hand-written terms, then the Traditional
    forms webclean generates from them (in this order, so that a seed gives the same copies as when the
    files stored those forms)."""
    terms = []
    for name in _SPAM_FILES:
        hand = list(read_terms(name))
        seen = {term.lower() for term in hand}
        terms += hand
        for term in hand:
            for form in with_traditional([term]):
                if form.lower() not in seen:
                    seen.add(form.lower())
                    terms.append(form)
    return terms


def _domain(rng: random.Random) -> str:
    letters = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(rng.randint(3, 6)))
    return f"www.{letters}{rng.randint(10, 9999)}.{rng.choice(['com', 'net', 'cc', 'vip', 'top'])}"


def stuffed_line(rng: random.Random, terms: list[str]) -> str:
    """A keyword-stuffed spam line: spam terms and domains run together with commas."""
    parts = [rng.choice(terms) for _ in range(rng.randint(6, 10))] + [_domain(rng) for _ in range(2)]
    rng.shuffle(parts)
    return ",".join(parts)


def _tree(page: bytes) -> lxml.html.HtmlElement | None:
    text = decode(page).text
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)   # lxml refuses a str with an encoding declaration
    try:
        return lxml.html.document_fromstring(text)
    except (ValueError, lxml.etree.ParserError):
        return None


def _utf8(root: lxml.html.HtmlElement) -> bytes:
    """The page as UTF-8 bytes that say so (the original's charset declaration goes)."""
    for meta in root.xpath("//meta[@charset or translate(@http-equiv, 'CONTENT-TYPE', 'content-type')"
                           "='content-type']"):
        meta.getparent().remove(meta)
    head = root.find("head")
    if head is None:
        head = lxml.html.Element("head")
        root.insert(0, head)
    head.insert(0, lxml.html.Element("meta", charset="utf-8"))
    return lxml.html.tostring(root, encoding="utf-8", doctype="<!DOCTYPE html>")


def _body(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    body = root.find("body")
    if body is None:
        body = lxml.html.Element("body")
        root.append(body)
    return body


def _article_paragraphs(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return [p for p in root.iter("p") if len((p.text_content() or "").strip()) >= 20]


def hacked_copy(page: bytes, rng: random.Random, terms: list[str]) -> bytes | None:
    """The page with spam injected where hacked sites put it."""
    root = _tree(page)
    if root is None:
        return None
    body = _body(root)
    line = lxml.html.Element("div")
    line.text = stuffed_line(rng, terms)
    body.insert(0, line)
    farm = lxml.html.fragment_fromstring(
        '<div style="display:none">' + "".join(f'<a href="http://{_domain(rng)}/">{rng.choice(terms)}</a>'
                                               for _ in range(20)) + "</div>")
    body.append(farm)
    title = root.find(".//title")
    if title is not None:
        title.text = f"{title.text or ''}_{rng.choice(terms)}"
    paragraphs = _article_paragraphs(root)
    anchor = paragraphs[min(1, len(paragraphs) - 1)] if paragraphs else body[-1]
    items = "".join(f"<li>{i}. <a href='http://{_domain(rng)}/'>{rng.choice(terms)}</a></li>" for i in range(1, 6))
    spam_list = lxml.html.fragment_fromstring(f"<ul>{items}</ul>")
    anchor.addnext(spam_list)
    advert = lxml.html.Element("p")
    advert.text = rng.choice(_MADE_UP_ADS)
    (paragraphs[-1] if paragraphs else body[-1]).addnext(advert)
    return _utf8(root)


@lru_cache(maxsize=1)
def _first_readings() -> dict[str, str]:
    table = {}
    for line in read_data("pinyin_readings.txt").splitlines():
        char, _, readings = line.partition("\t")
        table[char] = readings.split(",")[0]
    return table


def first_reading(char: str) -> str | None:
    """The character's most common reading: the first one webclean's table lists (pypinyin's order)."""
    return _first_readings().get(char)


def annotate(text: str, rng: random.Random) -> str:
    """``text`` in Traditional characters, with the reading glued after some converted characters."""
    converted = opencc_converter("s2t").convert(text)
    if len(converted) != len(text):      # a conversion that changed the length: convert, no annotations
        return converted
    out = []
    for before, after in zip(text, converted):
        out.append(after)
        reading = first_reading(after) if before != after else None
        if reading and rng.random() < ANNOTATED_SHARE:
            out.append(f"({reading})")
    return "".join(out)


def _convert_tree(root: lxml.html.HtmlElement, rng: random.Random) -> None:
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            if isinstance(element.tag, str) and element.tail:
                element.tail = annotate(element.tail, rng)
            continue
        if element.text:
            element.text = annotate(element.text, rng)
        if element.tail:
            element.tail = annotate(element.tail, rng)


def mirror_copy(page: bytes, rng: random.Random, terms: list[str]) -> bytes | None:
    """The page as a spam mirror serves it: converted, annotated, with the mirror's navigation and spam."""
    root = _tree(page)
    if root is None:
        return None
    _convert_tree(root, rng)
    body = _body(root)
    nav = lxml.html.fragment_fromstring(
        "<div class='topnav'>" + " | ".join(f"<a href='/{i}/'>{opencc_converter('s2t').convert(word)}</a>"
                                            for i, word in enumerate(_NAV[:6])) + "</div>")
    body.insert(0, nav)
    spam = lxml.html.Element("div")
    spam.text = stuffed_line(rng, terms)
    body.insert(0, spam)
    return _utf8(root)


def renav_copy(page: bytes, rng: random.Random, other_titles: list[str]) -> bytes | None:
    """The article in another site's template: navigation, breadcrumb, related articles, footer."""
    root = _tree(page)
    if root is None:
        return None
    body = _body(root)
    nav = " ".join(f"<a href='/{i}/'>{word}</a>" for i, word in enumerate(rng.sample(_NAV, 8)))
    body.insert(0, lxml.html.fragment_fromstring(f"<div class='nav'>{nav}</div>"))
    body.insert(1, lxml.html.fragment_fromstring(
        "<div class='crumbs'><a href='/'>首页</a> &gt; <a href='/news/'>新闻中心</a> &gt; 正文</div>"))
    related = "".join(f"<li><a href='/news/{rng.randint(1000, 9999)}.html'>{title}</a></li>"
                      for title in rng.sample(other_titles, min(6, len(other_titles))))
    body.append(lxml.html.fragment_fromstring(f"<div class='sidebar'><h3>相关阅读</h3><ul>{related}</ul></div>"))
    body.append(lxml.html.fragment_fromstring(
        f"<div class='footer'>版权所有 © 2025 某某资讯网 未经授权禁止转载 "
        f"备案号：京ICP备{rng.randint(10**7, 10**8)}号</div>"))
    return _utf8(root)


def page_text(page: bytes) -> str | None:
    """The page's text one block a line, as a scraper that keeps text saves it (navigation and all)."""
    root = _tree(page)
    if root is None:
        return None
    for element in root.xpath("//script|//style|//noscript"):
        element.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    text = root.text_content()
    lines = (re.sub(r"\s+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def mirror_text_copy(page: bytes, rng: random.Random, terms: list[str]) -> bytes | None:
    """A mirror's copy kept as plain text: converted, annotated, between spam lines."""
    text = page_text(page)
    if text is None:
        return None
    lines = [stuffed_line(rng, terms), annotate("网站首页 | 网站地图", rng)]
    lines += [annotate(line, rng) for line in text.splitlines()]
    lines.append(stuffed_line(rng, terms))
    return "\n".join(lines).encode("utf-8")


def page_title(page: bytes) -> str | None:
    root = _tree(page)
    title = root.find(".//title") if root is not None else None
    return (title.text or "").strip() or None if title is not None else None


def make_copies(pages: dict[str, bytes], seed: int = SEED) -> dict[str, dict[str, bytes]]:
    """Every page's copies by variant, ``{page_id: {variant: bytes}}``; the same for the same seed."""
    terms = spam_terms()
    titles = {pid: page_title(page) for pid, page in pages.items()}
    out: dict[str, dict[str, bytes]] = {}
    for pid, page in sorted(pages.items()):
        rng = random.Random(f"{seed}:{pid}")
        others = [t for other, t in sorted(titles.items()) if other != pid and t]
        made = {"hacked": hacked_copy(page, rng, terms), "mirror": mirror_copy(page, rng, terms),
                "renav": renav_copy(page, rng, others), "mirror_text": mirror_text_copy(page, rng, terms)}
        out[pid] = {variant: data for variant, data in made.items() if data is not None}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the copies to (e.g. .cache/…)")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    pages = {p.stem: p.read_bytes() for p in sorted((args.corpus / "pages").glob("*.html"))}
    if not pages:
        raise SystemExit(f"no pages under {args.corpus / 'pages'}")
    args.out.mkdir(parents=True, exist_ok=True)
    for pid, copies in make_copies(pages, args.seed).items():
        for variant, data in copies.items():
            suffix = ".txt" if variant == "mirror_text" else ".html"
            (args.out / f"{pid}.{variant}{suffix}").write_bytes(data)
    print(f"{len(pages)} pages, copies written to {args.out}")


if __name__ == "__main__":
    main()
