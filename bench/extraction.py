#!/usr/bin/env python3
"""Extraction quality and speed of `briefing generate`, against hand-labelled references.

    python bench/extraction.py                      # seed + tests/data/texts, rules engine
    python bench/extraction.py --engine spacy       # the same with the spaCy engine
    python bench/extraction.py --briefing B.yaml --gold G.gold.yaml   # score an existing file
    python bench/extraction.py --speed              # articles per second on one core (+ --jobs 2)

Scores are precision / recall / F1 for actors, assets and open questions with the gold files'
alias-aware matching rules (tui/generate/scoring.py), plus a count of evidence spans whose quote
is not the source slice (must be 0). Exit status 1 when the seed misses its targets.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.core.store import load_briefing  # noqa: E402
from tui.generate.engine import get_engine  # noqa: E402
from tui.generate.extract import make_briefing  # noqa: E402
from tui.generate.scoring import Report, Score, load_gold, score_briefing  # noqa: E402

SEED = ROOT / "seeds" / "000_d4146e07ab737f61.txt"
GOLD_DIR = ROOT / "tests" / "data" / "gold"
TEXT_DIR = ROOT / "tests" / "data" / "texts"


def pairs(folder: Path | None = None) -> list[tuple[Path, Path]]:
    """(source text, gold file) for the seed and every labelled text in tests/data/texts.

    With ``folder``: the pairs of an outside set instead (``folder/texts/*.txt`` with
    ``folder/gold/*.gold.yaml``), e.g. articles kept out of the repository as a hold-out.
    """
    if folder is not None:
        texts, golds, out = folder / "texts", folder / "gold", []
    else:
        texts, golds, out = TEXT_DIR, GOLD_DIR, [(SEED, GOLD_DIR / f"{SEED.stem}.gold.yaml")]
    for text in sorted(texts.glob("*.txt")):
        gold = golds / f"{text.stem}.gold.yaml"
        if gold.exists():
            out.append((text, gold))
    return out


def score_text(text_path: Path, gold_path: Path, engine_name: str = "rules") -> Report:
    """Generate a briefing for ``text_path`` in memory and score it against ``gold_path``."""
    raw = text_path.read_bytes()
    text = raw.decode("utf-8")
    briefing = make_briefing(text, source_path=text_path.name, sha256=hashlib.sha256(raw).hexdigest(), engine=get_engine(engine_name))
    return score_briefing(briefing, load_gold(gold_path), text)


def _row(name: str, r: Report) -> str:
    a, s, q = r.actors, r.assets, r.questions
    return (
        f"{name:<34} {a.precision:5.2f} {a.recall:5.2f} {a.f1:5.2f}  {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f}"
        f"  {r.question_precision:5.2f} {q.recall:5.2f}  {len(r.bad_evidence):3d}"
    )


def print_table(results: list[tuple[str, Report]], verbose: bool) -> None:
    print(f"{'text':<34} {'actors P/R/F1':^17}  {'assets P/R/F1':^17}  {'questions P/R':^11}  bad")
    for name, r in results:
        print(_row(name, r))
        if verbose:
            for label, sc in (("actors", r.actors), ("assets", r.assets), ("questions", r.questions)):
                if sc.missed:
                    print(f"    missed {label}: {', '.join(sc.missed)}")
                if sc.wrong:
                    print(f"    wrong {label}: {' | '.join(sc.wrong)}")
            for bad in r.bad_evidence:
                print(f"    bad evidence: {bad}")
    if len(results) > 1:
        print(_totals(results))


def _totals(results: list[tuple[str, Report]]) -> str:
    """Mean of the per-text F1 (macro) and F1 of the summed counts (micro), per list."""
    parts = []
    for label in ("actors", "assets"):
        scores = [getattr(r, label) for _, r in results]
        macro = sum(s.f1 for s in scores) / len(scores)
        total = Score(tp=sum(s.tp for s in scores), fp=sum(s.fp for s in scores),
                      dup=sum(s.dup for s in scores), total=sum(s.total for s in scores))
        parts.append(f"{label} F1 macro {macro:.2f} micro {total.f1:.2f}")
    recall = sum(r.questions.recall for _, r in results) / len(results)
    return f"{len(results)} texts: " + "; ".join(parts) + f"; question recall macro {recall:.2f}"


def _work(args: tuple[str, int]) -> int:
    text, n = args
    engine = get_engine("rules")
    for _ in range(n):
        make_briefing(text, source_path="x.txt", sha256="0", engine=engine)
    return n


def speed(jobs: int) -> None:
    """Articles of the seed's size per second with the rules engine: one core, then ``jobs``."""
    text = SEED.read_text(encoding="utf-8")
    _work((text, 3))  # warm up regex caches
    n = 200
    t0, c0 = time.perf_counter(), time.process_time()
    _work((text, n))
    one = n / (time.process_time() - c0)  # CPU time: fair on a machine other jobs share
    wall = n / (time.perf_counter() - t0)
    print(f"rules engine, 1 core: {one:7.1f} articles/s of CPU time ({wall:.1f}/s wall clock; {len(text)} chars each)")
    if jobs > 1:
        t0 = time.perf_counter()
        with ProcessPoolExecutor(jobs) as pool:
            done = sum(pool.map(_work, [(text, n)] * jobs))
        many = done / (time.perf_counter() - t0)
        print(f"rules engine, {jobs} processes: {many:7.1f} articles/s wall clock (x{many / wall:.2f} of one process's wall clock rate, incl. start-up)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", default="rules", choices=("rules", "spacy", "auto"))
    parser.add_argument("--briefing", help="score this existing briefing file")
    parser.add_argument("--gold", help="reference for --briefing")
    parser.add_argument("--speed", action="store_true", help="measure articles per second")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--set", type=Path, metavar="DIR",
                        help="score DIR/texts/*.txt against DIR/gold/*.gold.yaml instead of the bundled set")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and false positives")
    args = parser.parse_args(argv)
    if args.speed:
        speed(args.jobs)
        return 0
    if args.briefing:
        if not args.gold:
            parser.error("--briefing needs --gold")
        loaded = load_briefing(args.briefing)
        if loaded.source_text is None:
            print(f"{args.briefing}: its source text cannot be read", file=sys.stderr)
            return 2
        report = score_briefing(loaded.briefing, load_gold(args.gold), loaded.source_text)
        print_table([(Path(args.briefing).name, report)], args.verbose)
        return 0
    results = [(text.name, score_text(text, gold, args.engine)) for text, gold in pairs(args.set)]
    print_table(results, args.verbose)
    if args.set is not None:
        return 0
    seed = results[0][1]
    ok = seed.actors.f1 >= 0.9 and seed.assets.f1 >= 0.9 and seed.questions.recall >= 0.85 and not seed.bad_evidence
    print("seed targets (actors/assets F1 >= 0.9, question recall >= 0.85, no bad evidence):", "met" if ok else "NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `python bench/extraction.py | head`
        sys.exit(0)
