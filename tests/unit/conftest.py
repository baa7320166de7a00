"""Fixtures of the unit tests: a small canonical briefing of the seed text, in a temp folder.

The tests build their own briefing instead of using ``briefings/`` (which the generator
rewrites), so ids and offsets here stay fixed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.core.ops import Editor
from tui.core.store import Loaded, load_briefing

from .helpers import Clock

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_d4146e07ab737f61.txt"

SMALL = """\
schema_version: 1
source:
  path: seed.txt
  title: Vladimir Putin has suffered a “strategic political defeat” in Syria
  date: '2024-12-09'
generator:
  name: hand
  version: '1'
summary:
  text: |-
    Russia's position in Syria collapsed.
    Bases may be evacuated.
  points:
  - id: kp-1
    text: The collapse is a strategic defeat for Moscow.
    evidence:
    - start: 1396
      end: 1438
      quote: is a strategic political defeat for Moscow
actors:
- id: actor-putin
  name: Vladimir Putin
  kind: person
  aliases:
  - Putin
  evidence:
  - start: 17
    end: 31
    quote: Vladimir Putin
- id: actor-russia
  name: Russia
  kind: state
  evidence:
  - start: 156
    end: 162
    quote: Russia
assets:
- id: asset-khmeimim
  name: Khmeimim Air Base
  type: air base
  owner: actor-russia
  evidence:
  - start: 2210
    end: 2227
    quote: Khmeimim Air Base
- id: asset-tartus
  name: Port of Tartus
  type: naval base
  owner: actor-russia
- id: asset-other
  name: Other
  type: other
open_questions:
- id: q-bases
  question: Will Russia keep its bases?
  why: The Kremlin says it is too early to say.
  status: open
  evidence:
  - start: 3089
    end: 3132
    quote: too early to say what the future would hold
places:
- id: place-syria
  name: Syria
"""


@pytest.fixture
def small_path(tmp_path: Path) -> Path:
    """A canonical small briefing next to a copy of the seed text."""
    shutil.copy(SEED, tmp_path / "seed.txt")
    path = tmp_path / "small.yaml"
    path.write_text(SMALL, encoding="utf-8")
    return path


@pytest.fixture
def small(small_path: Path) -> Loaded:
    loaded = load_briefing(small_path)
    assert loaded.warnings == []
    return loaded


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def editor(small: Loaded, clock: Clock) -> Editor:
    return Editor(small.briefing, author="alice", clock=clock, source_text=small.source_text)
