"""The palette's Screenshot saves to a folder that exists, and says where."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import platformdirs
from ui_support import quiet_textual, running, settle, sync

from seedreader import paths

__all__ = ["quiet_textual"]


def toasts(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def screenshot_from_the_palette(app, pilot) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*"Screenshot")
    await pilot.pause(0.3)
    await pilot.press("enter")
    for _ in range(20):  # the palette waits 0.1 s, the driver writes in a thread
        await pilot.pause(0.05)
        await asyncio.sleep(0.05)
        if any("screenshot" in t for t in toasts(app)):
            break
    await settle(pilot)


@sync
async def test_without_a_downloads_folder_the_screenshot_goes_to_the_current_one(
        tmp_path, monkeypatch):
    monkeypatch.setattr(platformdirs, "user_downloads_path", lambda: tmp_path / "no-downloads")
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    async with running(size=(120, 36)) as (app, pilot):
        await screenshot_from_the_palette(app, pilot)
        saved = list(here.glob("*.svg"))
        assert len(saved) == 1
        assert any(str(saved[0]) in t for t in toasts(app))  # the toast says where
        assert not any("Failed" in t or "could not" in t for t in toasts(app))


@sync
async def test_a_downloads_folder_that_exists_is_used(tmp_path, monkeypatch):
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    monkeypatch.setattr(platformdirs, "user_downloads_path", lambda: downloads)
    monkeypatch.chdir(tmp_path)
    async with running(size=(120, 36)) as (app, pilot):
        await screenshot_from_the_palette(app, pilot)
        assert len(list(downloads.glob("*.svg"))) == 1
        assert not list(tmp_path.glob("*.svg"))


def test_an_unwritable_current_folder_falls_back_to_the_state_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(platformdirs, "user_downloads_path", lambda: tmp_path / "none")
    monkeypatch.chdir(tmp_path)
    state = tmp_path / "state"
    monkeypatch.setenv("SEEDREADER_STATE_DIR", str(state))
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == tmp_path
                        else real(p, mode))
    assert paths.screenshot_dir() == state and state.is_dir()
