"""Paths shared by the generator tests."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
BRIEFINGS = ROOT / "briefings"
TEXTS = ROOT / "tests" / "data" / "texts"
GOLD = ROOT / "tests" / "data" / "gold"
SEED = SEEDS / "000_d4146e07ab737f61.txt"
