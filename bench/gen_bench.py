"""Generation throughput: articles per second with the rules engine, one core and two processes.

The articles are the bundled seed and the labelled test texts, generated in turn. The baseline
is the same machine's raw work rate: one process's wall-clock rate is the reference the
two-process figure is divided by (ideal scaling on two cores is x2).
"""

from __future__ import annotations

import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def available() -> bool:
    """True when the generator (tui.generate) is importable."""
    try:
        from tui.generate import make_briefing  # noqa: F401
    except Exception:  # noqa: BLE001
        return False
    return True


def articles() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data" / "texts").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def _work(args: tuple[list[str], float]) -> tuple[int, float]:
    """Generate briefings from ``texts`` round-robin for ``seconds`` after a warm-up.

    Returns ``(count, elapsed)``: the rate is taken inside the worker, so the process pool's
    start-up (a fixed cost, not throughput) does not count.
    """
    from tui.generate import get_engine, make_briefing

    texts, seconds = args
    engine = get_engine("rules")
    for text in texts[:2]:  # warm up: regex caches
        make_briefing(text, source_path="x.txt", sha256="0", engine=engine)
    done = 0
    start = time.perf_counter()
    end = start + seconds
    while time.perf_counter() < end:
        text = texts[done % len(texts)]
        make_briefing(text, source_path="x.txt", sha256="0", engine=engine)
        done += 1
    return done, time.perf_counter() - start


def seed_article_seconds(rounds: int = 5, per_round: int = 20) -> tuple[float, int]:
    """Median CPU seconds to generate the seed's briefing (issue 3's speed bar: >= 50 such
    articles a second on one core, i.e. <= 20 ms each), and the seed's length in characters.

    CPU time of this one process, so other jobs on a shared machine do not count.
    """
    import statistics

    from tui.generate import get_engine, make_briefing

    text = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
    engine = get_engine("rules")
    for _ in range(3):  # warm up: regex caches
        make_briefing(text, source_path="x.txt", sha256="0", engine=engine)
    times = []
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(per_round):
            make_briefing(text, source_path="x.txt", sha256="0", engine=engine)
        times.append((time.process_time() - start) / per_round)
    return statistics.median(times), len(text)


def measure(seconds: float) -> dict[str, float]:
    """Articles per second in one process, and summed over two worker processes (``--jobs 2``),
    plus the CPU time of one seed-sized article."""
    texts = articles()
    seed_seconds, seed_chars = seed_article_seconds()
    count, elapsed = _work((texts, seconds))
    one = count / elapsed
    with ProcessPoolExecutor(2) as pool:
        results = list(pool.map(_work, [(texts, seconds)] * 2))
    two = sum(c / e for c, e in results)
    return {"articles": len(texts), "chars": sum(map(len, texts)) / len(texts), "one": one, "two": two,
            "seed_seconds": seed_seconds, "seed_chars": seed_chars}
