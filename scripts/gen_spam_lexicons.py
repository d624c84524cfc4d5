"""Append Traditional-script forms to the hand-written spam lexicons.

Spam-mirror sites machine-convert stolen pages (and the spam injected into
them) to Traditional characters, so every lexicon term needs its
Traditional forms too. The hand-written part of each
``src/webclean/data/spam_*.txt`` file is kept as is; everything after the
marker line is regenerated with OpenCC (s2t, s2tw, s2hk)::

    .venv/bin/python scripts/gen_spam_lexicons.py

Running it twice gives the same files.
"""
from __future__ import annotations

from pathlib import Path

import opencc

DATA = Path(__file__).resolve().parents[1] / "src" / "webclean" / "data"
MARKER = "# --- generated below by scripts/gen_spam_lexicons.py: Traditional forms (OpenCC s2t, s2tw, s2hk) ---"


def regenerate(path: Path, converters: list[opencc.OpenCC]) -> int:
    """Rewrite one lexicon file; return the number of generated forms."""
    hand = path.read_text(encoding="utf-8").split(MARKER)[0].rstrip("\n").split("\n")
    terms = [line.strip() for line in hand if line.strip() and not line.startswith("#")]
    seen = {t.lower() for t in terms}
    generated: list[str] = []
    for term in terms:
        for conv in converters:
            form = conv.convert(term)
            if form.lower() not in seen:
                seen.add(form.lower())
                generated.append(form)
    path.write_text("\n".join(hand + [MARKER] + generated) + "\n", encoding="utf-8")
    return len(generated)


def main() -> None:
    converters = [opencc.OpenCC(name) for name in ("s2t", "s2tw", "s2hk")]
    for path in sorted(DATA.glob("spam_*.txt")):
        print(f"{path.name}: {regenerate(path, converters)} Traditional forms")


if __name__ == "__main__":
    main()
