"""Shared test helpers: where ../shared is, and a skip for when it is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "fixtures"

requires_shared = pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared is not present")


_LOOPBACK = ("127.", "::1", "localhost", "0.0.0.0")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """The library never fetches anything: any connection beyond loopback fails the test."""
    import socket

    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def _check(address):
        host = address[0] if isinstance(address, tuple) else str(address)
        if isinstance(address, tuple) and not str(host).startswith(_LOOPBACK):
            raise AssertionError(f"network access attempted: {address!r}")

    def guarded_connect(self, address):
        _check(address)
        return real_connect(self, address)

    def guarded_connect_ex(self, address):
        _check(address)
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)
    yield


DEVSET = ROOT / ".cache" / "devset"


def real_page_sets() -> dict[str, list[Path]]:
    """The gold records of every real-page set we have, by set: ``first`` (the 31 pages ../shared/corpus first
    had), ``added`` (its 49 ``x-`` pages), ``devset``, ``devset2`` to ``devset67`` (our own set's
    rounds, rebuilt into .cache/devset by scripts/build_devset.py). Sets that are absent are left out; each test
    holds a floor per set."""
    sets: dict[str, list[Path]] = {}
    corpus = SHARED / "corpus" / "gold"
    if corpus.is_dir():
        golds = sorted(corpus.glob("*.json"))
        sets["first"] = [g for g in golds if not g.stem.startswith("x-")]
        sets["added"] = [g for g in golds if g.stem.startswith("x-")]
    if (DEVSET / "gold").is_dir():
        rounds = devset_rounds()
        built = [g for g in sorted((DEVSET / "gold").glob("*.json")) if (DEVSET / "pages" / f"{g.stem}.html").is_file()]
        sets["devset"] = [g for g in built if rounds.get(g.stem, 1) == 1]
        sets["devset2"] = [g for g in built if rounds.get(g.stem, 1) == 2]
        sets["devset3"] = [g for g in built if rounds.get(g.stem, 1) == 3]
        sets["devset4"] = [g for g in built if rounds.get(g.stem, 1) == 4]
        sets["devset5"] = [g for g in built if rounds.get(g.stem, 1) == 5]
        sets["devset6"] = [g for g in built if rounds.get(g.stem, 1) == 6]
        sets["devset7"] = [g for g in built if rounds.get(g.stem, 1) == 7]
        sets["devset8"] = [g for g in built if rounds.get(g.stem, 1) == 8]
        sets["devset9"] = [g for g in built if rounds.get(g.stem, 1) == 9]
        sets["devset10"] = [g for g in built if rounds.get(g.stem, 1) == 10]
        sets["devset11"] = [g for g in built if rounds.get(g.stem, 1) == 11]
        sets["devset12"] = [g for g in built if rounds.get(g.stem, 1) == 12]
        sets["devset13"] = [g for g in built if rounds.get(g.stem, 1) == 13]
        sets["devset14"] = [g for g in built if rounds.get(g.stem, 1) == 14]
        sets["devset15"] = [g for g in built if rounds.get(g.stem, 1) == 15]
        sets["devset16"] = [g for g in built if rounds.get(g.stem, 1) == 16]
        sets["devset17"] = [g for g in built if rounds.get(g.stem, 1) == 17]
        sets["devset18"] = [g for g in built if rounds.get(g.stem, 1) == 18]
        sets["devset19"] = [g for g in built if rounds.get(g.stem, 1) == 19]
        sets["devset20"] = [g for g in built if rounds.get(g.stem, 1) == 20]
        sets["devset21"] = [g for g in built if rounds.get(g.stem, 1) == 21]
        sets["devset22"] = [g for g in built if rounds.get(g.stem, 1) == 22]
        sets["devset23"] = [g for g in built if rounds.get(g.stem, 1) == 23]
        sets["devset24"] = [g for g in built if rounds.get(g.stem, 1) == 24]
        sets["devset25"] = [g for g in built if rounds.get(g.stem, 1) == 25]
        sets["devset26"] = [g for g in built if rounds.get(g.stem, 1) == 26]
        sets["devset27"] = [g for g in built if rounds.get(g.stem, 1) == 27]
        sets["devset28"] = [g for g in built if rounds.get(g.stem, 1) == 28]
        sets["devset29"] = [g for g in built if rounds.get(g.stem, 1) == 29]
        sets["devset30"] = [g for g in built if rounds.get(g.stem, 1) == 30]
        sets["devset31"] = [g for g in built if rounds.get(g.stem, 1) == 31]
        sets["devset32"] = [g for g in built if rounds.get(g.stem, 1) == 32]
        sets["devset33"] = [g for g in built if rounds.get(g.stem, 1) == 33]
        sets["devset34"] = [g for g in built if rounds.get(g.stem, 1) == 34]
        sets["devset35"] = [g for g in built if rounds.get(g.stem, 1) == 35]
        sets["devset36"] = [g for g in built if rounds.get(g.stem, 1) == 36]
        sets["devset37"] = [g for g in built if rounds.get(g.stem, 1) == 37]
        sets["devset38"] = [g for g in built if rounds.get(g.stem, 1) == 38]
        sets["devset39"] = [g for g in built if rounds.get(g.stem, 1) == 39]
        sets["devset41"] = [g for g in built if rounds.get(g.stem, 1) == 41]
        sets["devset42"] = [g for g in built if rounds.get(g.stem, 1) == 42]
        sets["devset43"] = [g for g in built if rounds.get(g.stem, 1) == 43]
        sets["devset44"] = [g for g in built if rounds.get(g.stem, 1) == 44]
        sets["devset45"] = [g for g in built if rounds.get(g.stem, 1) == 45]
        sets["devset46"] = [g for g in built if rounds.get(g.stem, 1) == 46]
        sets["devset47"] = [g for g in built if rounds.get(g.stem, 1) == 47]
        sets["devset48"] = [g for g in built if rounds.get(g.stem, 1) == 48]
        sets["devset49"] = [g for g in built if rounds.get(g.stem, 1) == 49]
        sets["devset50"] = [g for g in built if rounds.get(g.stem, 1) == 50]
        sets["devset51"] = [g for g in built if rounds.get(g.stem, 1) == 51]
        sets["devset52"] = [g for g in built if rounds.get(g.stem, 1) == 52]
        sets["devset53"] = [g for g in built if rounds.get(g.stem, 1) == 53]
        sets["devset55"] = [g for g in built if rounds.get(g.stem, 1) == 55]
        sets["devset56"] = [g for g in built if rounds.get(g.stem, 1) == 56]
        sets["devset57"] = [g for g in built if rounds.get(g.stem, 1) == 57]
        sets["devset58"] = [g for g in built if rounds.get(g.stem, 1) == 58]
        sets["devset60"] = [g for g in built if rounds.get(g.stem, 1) == 60]
        sets["devset61"] = [g for g in built if rounds.get(g.stem, 1) == 61]
        sets["devset62"] = [g for g in built if rounds.get(g.stem, 1) == 62]
        sets["devset63"] = [g for g in built if rounds.get(g.stem, 1) == 63]
        sets["devset64"] = [g for g in built if rounds.get(g.stem, 1) == 64]
        sets["devset65"] = [g for g in built if rounds.get(g.stem, 1) == 65]
        sets["devset66"] = [g for g in built if rounds.get(g.stem, 1) == 66]
        sets["devset67"] = [g for g in built if rounds.get(g.stem, 1) == 67]
    return {name: golds for name, golds in sets.items() if golds}


def devset_rounds() -> dict[str, int]:
    """The round each devset page was added in (``round`` in devset/sources/*.jsonl, 1 when absent): the 73
    pages of the first round are ``devset``, the 40 of the second ``devset2``, each with its own floors. The
    benchmarks read the rounds the same way (``benchmarks/realpages.devset_rounds``)."""
    from .benchmark_helpers import load_benchmark
    return load_benchmark("realpages").devset_rounds()


def page_of(gold_path: Path) -> Path:
    """The page file beside a gold record (``…/gold/<id>.json`` -> ``…/pages/<id>.html``)."""
    return gold_path.parent.parent / "pages" / f"{gold_path.stem}.html"
