"""Regenerate the pictures: `pip install ".[screenshots]"`, then `python screenshots/make.py`.

Each picture of the reader is the reader on the bundled corpus, driven by keys as a person
would, with a fixed theme and fresh config/state folders so nothing of the user's leaks in (SVG
from Textual, PNG via cairosvg). The pictures of the HTML exports are taken by a headless
Chromium, when one is installed.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
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

# (name, seedreader's arguments for an HTML export of the bundled corpus, dark mode)
EXPORTS = [
    ("export-pair-3-1", ["diff", "3", "1", "--format", "html"], False),
    ("export-pair-3-1-dark", ["diff", "3", "1", "--format", "html"], True),
    ("export-report", ["export", "--format", "html"], False),
]
BROWSERS = ("chromium", "chromium-browser", "google-chrome")

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


def _export_shots(folder: Path) -> None:
    from seedreader.cli import main as seedreader

    browser = next(filter(None, map(shutil.which, BROWSERS)), None)
    if browser is None:
        print(f"no {', '.join(BROWSERS)}: the pictures of the HTML exports are left as they are")
        return
    for name, args, dark in EXPORTS:
        page = folder / f"{name}.html"
        seedreader([*args, "-o", str(page), "--force"])
        colours = ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"] if dark else []
        subprocess.run([browser, "--headless", "--no-sandbox", "--hide-scrollbars",
                        "--window-size=1400,1800", *colours, f"--screenshot={HERE / name}.png",
                        page.as_uri()], check=True, capture_output=True)
        print(f"screenshots/{name}.png: seedreader {' '.join(args)}{' (dark)' if dark else ''}")


def main() -> int:
    # A folder of the same name every time: the export dialog shows where it would write.
    work = Path(tempfile.gettempdir()) / "seedreader-screenshots"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    os.environ["SEEDREADER_CONFIG_DIR"] = str(work / "config")
    os.environ["SEEDREADER_STATE_DIR"] = str(work / "state")
    os.chdir(work)
    for name, size, keys, what in VIEWS:
        svg = asyncio.run(_shoot(name, size, keys))
        (HERE / f"{name}.svg").write_text(svg, encoding="utf-8")
        _png(svg, HERE / f"{name}.png")
        print(f"screenshots/{name}.svg, .png: {what}")
    _export_shots(work)
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
