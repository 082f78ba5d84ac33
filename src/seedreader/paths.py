"""The one place that knows where seedreader keeps files (platformdirs) and the bundled seeds."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "seedreader"


def bundled_seeds() -> Path:
    """The bundled corpus: inside the installed package, or seeds/ of a source checkout."""
    packaged = Path(__file__).resolve().parent / "seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "seeds"


def config_dir() -> Path:
    override = os.environ.get("SEEDREADER_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def state_dir() -> Path:
    override = os.environ.get("SEEDREADER_STATE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_state_path

    return user_state_path(APP_NAME, appauthor=False)


def config_file() -> Path:
    return config_dir() / "config.json"


def state_file() -> Path:
    return state_dir() / "state.json"


def screenshot_dir() -> Path:
    """Where a screenshot goes: Downloads if there is one, else the current folder if it can be
    written to, else the state folder (made if need be)."""
    from platformdirs import user_downloads_path

    downloads = user_downloads_path()
    if downloads.is_dir() and os.access(downloads, os.W_OK):
        return downloads
    here = Path.cwd()
    if os.access(here, os.W_OK):
        return here
    folder = state_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder
