"""Regenerate the reader's pictures: `python screenshots/make.py` (SVG from Textual, PNG via cairosvg).

Each picture is the reader on the bundled corpus, driven by keys as a person would, with a fixed
theme and fresh config/state folders so nothing of the user's leaks in.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

# (name, terminal size, keys, what the picture shows)
VIEWS = [
    ("main", (160, 48), ["n", "n"], "two reports side by side, differences highlighted"),
    ("facts-conflicts", (160, 48), ["tab", "tab", "facts:conflicts"],
     "the facts panel filtered to conflicts: January 23 against January 22-23"),
    ("fact-50-percent", (160, 48), ["tab", "tab"], "the 50% figure selected in both columns"),
    ("search", (160, 48), ["slash", *"Trump", "enter", "greater_than_sign"],
     "search: every match marked, the current one brighter"),
    ("help", (120, 48), ["question_mark"], "every key"),
    ("export", (100, 30), ["e"], "the export dialog"),
    ("small-terminal", (80, 24), ["n"], "an 80x24 terminal: one panel at a time"),
]

PNG_FONT = "DejaVu Sans Mono"  # Textual's SVG asks for Fira Code; cairosvg needs one it has


async def _shoot(name: str, size: tuple[int, int], keys: list[str]) -> str:
    from seedreader import load_corpus
    from seedreader.config import Config
    from seedreader.ui.app import SeedreaderApp

    app = SeedreaderApp(load_corpus(), config=Config(theme="textual-dark"))
    app.animation_level = "none"
    async with app.run_test(size=size) as pilot:
        async def settle() -> None:
            for _ in range(3):
                await app.workers.wait_for_complete()
                await pilot.pause()

        await settle()
        for key in keys:
            if key.startswith("facts:"):
                app.screen.facts_panel.filter = key.split(":", 1)[1]
            else:
                await pilot.press(key)
            await settle()
        await pilot.pause(0.3)
        return app.export_screenshot(title=f"seedreader — {name}")


def _png(svg: str, target: Path) -> None:
    import cairosvg

    svg = svg.replace('"Fira Code"', f'"{PNG_FONT}"').replace("Fira Code, monospace", PNG_FONT)
    cairosvg.svg2png(bytestring=svg.encode("utf-8"), write_to=str(target))


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SEEDREADER_CONFIG_DIR"] = str(Path(tmp) / "config")
        os.environ["SEEDREADER_STATE_DIR"] = str(Path(tmp) / "state")
        os.chdir(tmp)  # the export dialog shows where it would write
        for name, size, keys, what in VIEWS:
            svg = asyncio.run(_shoot(name, size, keys))
            (HERE / f"{name}.svg").write_text(svg, encoding="utf-8")
            _png(svg, HERE / f"{name}.png")
            print(f"screenshots/{name}.svg, .png: {what}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
