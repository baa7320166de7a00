"""Same source and engine give byte-identical YAML, and briefings/ is up to date with seeds/."""

from __future__ import annotations

import hashlib
import os

from tui.core.store import dump_briefing, load_briefing
from tui.generate import get_engine, make_briefing
from tui.generate.runner import generate_one

from .conftest import BRIEFINGS, SEED, SEEDS


def _generate(text_path, engine_name: str) -> str:
    raw = text_path.read_bytes()
    rel = os.path.relpath(text_path, BRIEFINGS).replace(os.sep, "/")
    briefing = make_briefing(raw.decode("utf-8"), source_path=rel, sha256=hashlib.sha256(raw).hexdigest(), engine=get_engine(engine_name))
    return dump_briefing(briefing)


def test_same_source_same_bytes(tmp_path) -> None:
    first = _generate(SEED, "rules")
    second = _generate(SEED, "rules")
    assert first == second
    a = generate_one(SEED, tmp_path / "a", "rules")
    b = generate_one(SEED, tmp_path / "b", "rules")
    assert a.status == b.status == "written"
    assert (tmp_path / "a" / f"{SEED.stem}.yaml").read_bytes() == (tmp_path / "b" / f"{SEED.stem}.yaml").read_bytes()
    assert "generated:" not in first  # a timestamp would break byte-identity (documented choice)


def test_every_seed_has_an_up_to_date_briefing() -> None:
    """Fails when a seed changed, or the generator changed, and briefings/ was not regenerated:
    run `briefing generate seeds/ --engine rules` and commit the result."""
    seeds = sorted(SEEDS.glob("*.txt"))
    assert seeds
    for seed in seeds:
        target = BRIEFINGS / f"{seed.stem}.yaml"
        assert target.exists(), f"{target} is missing: run `briefing generate seeds/ --engine rules`"
        on_disk = load_briefing(target, load_source=False).briefing
        engine = on_disk.generator.engine or "rules"
        assert engine == "rules", f"{target} must be generated with the default rules engine"
        expected = _generate(seed, engine)
        assert target.read_text(encoding="utf-8") == expected, (
            f"{target} is out of date with {seed.name} and the generator: "
            "run `briefing generate seeds/ --engine rules`"
        )


def test_bundled_briefing_is_valid_and_evidence_matches() -> None:
    loaded = load_briefing(BRIEFINGS / f"{SEED.stem}.yaml")
    assert loaded.source_text is not None
    assert loaded.warnings == []
    b = loaded.briefing
    assert b.source.path == "../seeds/000_d4146e07ab737f61.txt"
    assert b.source.date == "2024-12-09"
    assert b.generator.engine == "rules" and b.generator.engine_version
    assert b.generator.extra["source_sha256"] == b.source.sha256
