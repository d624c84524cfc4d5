"""Corpus signals: the quality figures (``Record.signals``) and the near-duplicate fingerprint
(``Record.fingerprint``) of every record, the grouping of near-duplicates, and the filters that mark rows by
them (:class:`Filters`).

This package runs after the stages, on what they finished: the pipeline calls :func:`record_figures` once
per record, from the body, the removals and the repairs. It imports only ``core`` and ``record``.

>>> from webclean.record import Removal
>>> body = ("中央城市工作会议7月14日至15日在北京举行。会议强调，要创新基层治理模式。",
...         "践行人民城市理念，绘好社区治理“工笔画”，让城市更宜居。")
>>> signals, fingerprint = record_figures(body, (Removal("spam", "澳门赌场官网", "keyword_stuffed_line"),), ())
>>> signals.spam_share, signals.han_share, isinstance(fingerprint, int)
(0.0833, 0.803, True)
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..record import Removal, Repair, Signals
from .dedup import DEFAULT_THRESHOLD, DuplicateIndex, check_threshold, near_duplicates
from .filters import DUPLICATE, MAX_SPAM_SHARE, MIN_HAN_SHARE, Filters, mark_duplicates, mark_quality
from .fingerprint import MIN_FINGERPRINT_CHARS, SHINGLE_CHARS, body_fingerprint, fingerprint_of_hashes, hamming_distance
from .shingles import SAMPLE_CHARS, canonical_text, fold_kept, kept_chars, ngram_hashes
from .signals import page_signals, signals_from_profile

__all__ = ["record_figures", "page_signals", "body_fingerprint", "hamming_distance", "near_duplicates",
           "DuplicateIndex", "DEFAULT_THRESHOLD", "check_threshold", "canonical_text", "Filters", "mark_quality",
           "mark_duplicates", "MIN_HAN_SHARE", "MAX_SPAM_SHARE", "DUPLICATE", "warm_up"]


def record_figures(paragraphs: Sequence[str], removed: Iterable[Removal],
                   repairs: Iterable[Repair]) -> tuple[Signals, int | None]:
    """The signals and the fingerprint of a record, with one pass over the body's canonical text."""
    body = "\n".join(paragraphs)
    kept = kept_chars(body)
    hashes = ngram_hashes(fold_kept(kept[:SAMPLE_CHARS]), SHINGLE_CHARS)
    signals = signals_from_profile(paragraphs, removed, repairs, body, kept, hashes)
    record_fingerprint = fingerprint_of_hashes(hashes) if len(kept) >= MIN_FINGERPRINT_CHARS else None
    return signals, record_fingerprint


def warm_up() -> None:
    """Build the script-folding table now (OpenCC, about ten milliseconds), not on the first record."""
    canonical_text("網")
