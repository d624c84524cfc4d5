"""Shared test helpers: where ../shared is, and a skip for when it is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "fixtures"

requires_shared = pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared is not present")
