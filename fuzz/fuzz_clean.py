#!/usr/bin/env python3
"""Coverage-guided fuzzing of decode + clean with atheris.

    python fuzz/fuzz_clean.py -runs=1000000 -max_len=4096 fuzz/corpus   # long run
    python fuzz/fuzz_clean.py -max_total_time=60                         # what CI does (bounded)

The target feeds the bytes to ``webclean.decode`` and to ``webclean.clean`` both
as bytes and as text, and fails on any exception or on output that breaks the
record contract (control characters, lone surrogates, JSON that will not
serialise). Each crash found becomes a regression test in tests/test_fuzz_regressions.py.
"""
from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import webclean

CLEANER = webclean.Cleaner(time_budget=5.0)


def check(rec: webclean.Record) -> None:
    for text in (rec.title or "", rec.author or "", rec.editor or "", rec.source or "", *rec.paragraphs):
        for ch in text:
            o = ord(ch)
            if (o < 32 and ch != "\n") or 0xD800 <= o < 0xE000:
                raise AssertionError(f"bad character U+{o:04X} in output")
    rec.to_json()


def test_one_input(data: bytes) -> None:
    webclean.decode(data)
    check(CLEANER.clean(data))
    fdp = atheris.FuzzedDataProvider(data)
    check(CLEANER.clean(fdp.ConsumeUnicodeNoSurrogates(len(data))))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
