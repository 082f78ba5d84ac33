"""Helpers for the reader's tests: a quiet app (no animation, no blinking cursor, a fixed theme),
small corpora written to disk, and readers of what the compare view draws."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from textual.widgets import Input

from seedreader import load_corpus
from seedreader.config import Config, State
from seedreader.ui.app import SeedreaderApp

THEME = "textual-dark"
STORM = [  # a short report, for corpora made up in tests
    "The storm reached the coast on Tuesday night and flooded the harbour district.",
    "Officials said 12 people were killed and hundreds were left without power.",
    "Rescue teams worked through the night to reach villages cut off by the water.",
    "The mayor asked residents to stay indoors until the wind dropped.",
    "Forecasters expect more rain over the weekend across the region.",
    "A relief fund opened on Wednesday and raised 40,000 euros in its first day.",
]


@pytest.fixture(autouse=True)
def quiet_textual(monkeypatch):
    """Cursor blink off: a screenshot never catches the cursor half-way."""
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)


def make_app(corpus=None, *, config: Config | None = None, state: State | None = None,
             notices: list[str] | None = None) -> SeedreaderApp:
    corpus = corpus if corpus is not None else load_corpus()
    app = SeedreaderApp(corpus, config=config or Config(theme=THEME), state=state,
                        notices=notices)
    app.animation_level = "none"
    return app


async def settle(pilot) -> None:
    """Let workers finish and the screen catch up."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def write_corpus(folder: Path, articles: dict[str, str], index: bool = True) -> Path:
    """Write ``{file name: text}`` (and an INDEX.md listing them in order) to ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = ["| file | title |", "| --- | --- |"]
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(f"| {name} | {Path(name).stem.replace('_', ' ')} |")
    if index:
        (folder / "INDEX.md").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def screen_text(app) -> str:
    """Every character the compare view draws on its visible rows (its own lines only)."""
    from seedreader.ui.widgets.compare_view import CompareView

    view = app.screen.query_one(CompareView)
    return "\n".join(view.render_line(y).text for y in range(view.size.height))


def visible_rows(view) -> range:
    top = round(view.scroll_y)
    return range(top, top + view.scrollable_content_region.height)


def sync(test):
    """Run an ``async def`` test without an async plugin for pytest (none is a dependency)."""
    import asyncio
    import functools
    import inspect

    @functools.wraps(test)
    def wrapper(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    wrapper.__signature__ = inspect.signature(test)
    return wrapper


@contextlib.asynccontextmanager
async def running(corpus=None, size: tuple[int, int] = (160, 48), **options):
    """``async with running() as (app, pilot)``: a quiet app, started and settled."""
    app = make_app(corpus, **options)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        yield app, pilot
