"""Which Traditional pages are machine conversions of mainland text, to bring back to Simplified.

``data/script_vocab.txt`` (hand-written) lists mainland and Taiwan/Hong Kong vocabulary; see
``data/SOURCES.md``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..core.data import read_data
from ..core.script import detect_script, script_sample, to_traditional

__all__ = ["looks_machine_converted", "vocabulary_patterns"]


@lru_cache(maxsize=1)
def vocabulary_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Mainland vocabulary (in Traditional form) and Taiwan/Hong Kong vocabulary, as two alternations.

    >>> mainland, regional = vocabulary_patterns()
    >>> bool(mainland.search("加強網絡建設")), bool(regional.search("網路法案"))
    (True, True)
    """
    sections: dict[str, list[str]] = {"mainland": [], "regional": []}
    current = "mainland"
    for line in read_data("script_vocab.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = line.strip("[]")
            continue
        sections[current].append(line)
    mainland = {to_traditional(term) for term in sections["mainland"]}
    regional = set(sections["regional"])

    def alternation(terms: set[str]) -> re.Pattern[str]:
        return re.compile("|".join(sorted(map(re.escape, terms), key=len, reverse=True)))

    return alternation(mainland), alternation(regional)


def looks_machine_converted(text: str, annotations: int = 0) -> bool:
    """True when a Traditional-character text was machine-converted from Simplified.

    Two or more pinyin annotations decide alone. Otherwise mainland vocabulary
    in Traditional form (網絡, 視頻, 黨建) must appear at least twice and more
    than twice as often as Taiwan/HK vocabulary (網路, 影片, 立法院): one hit
    can be a quotation, and a Taiwan article about the mainland still uses
    its own words around it.

    >>> looks_machine_converted("推動黨建引領社區治理，加強網絡建設。")
    True
    >>> looks_machine_converted("立法院今天審查網路法案，民眾關心資訊安全。")
    False
    """
    if detect_script(text) != "zh-Hant":
        return False
    if annotations >= 2:
        return True
    text = script_sample(text)
    mainland, regional = vocabulary_patterns()
    m, r = len(mainland.findall(text)), len(regional.findall(text))
    return m >= 2 and m > 2 * r


