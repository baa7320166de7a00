"""Export an SVG screenshot of the review app (``make screenshot`` -> docs/screenshot.svg).

Runs the real app headless at 120x40 on a briefing, moves to the asset the source mentions
most (so the detail and several evidence marks show), steps to its second mention, and saves the screen with Textual's own ``App.save_screenshot``.
Usage: ``python -m tui.app.screenshot BRIEFING OUTPUT.svg``.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path


async def take(briefing: Path, output: Path, size: tuple[int, int] = (120, 40)) -> Path:
    """Open ``briefing`` in the app, show its most mentioned asset, save the screen to ``output``."""
    from tui.app.app import BriefingApp
    from tui.app.screens.review import ReviewScreen
    from tui.app.settings import Settings

    app = BriefingApp(briefing, settings=Settings(author="analyst"))
    async with app.run_test(size=size) as pilot:
        for _ in range(200):
            await app.workers.wait_for_complete()
            await pilot.pause()
            if isinstance(app.screen, ReviewScreen):
                break
        else:
            raise SystemExit(f"{briefing}: the review screen did not open")
        assets = app.screen.loaded.briefing.assets
        most = max(range(len(assets)), key=lambda i: len(assets[i].evidence), default=0)
        await pilot.press("3", *["j"] * most, "right_square_bracket")
        await pilot.pause()
        output.parent.mkdir(parents=True, exist_ok=True)
        app.save_screenshot(filename=output.name, path=str(output.parent))
    return output


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m tui.app.screenshot BRIEFING OUTPUT.svg", file=sys.stderr)
        return 2
    # The user's keymap and recovery files stay out of the documentation picture.
    os.environ["BRIEFING_CONFIG_FILE"] = os.devnull
    with tempfile.TemporaryDirectory() as data:
        os.environ["BRIEFING_DATA_DIR"] = data
        out = asyncio.run(take(Path(args[0]), Path(args[1])))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
