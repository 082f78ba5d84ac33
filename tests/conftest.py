"""Shared fixtures: config and state never touch the user's real folders."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("SEEDREADER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("SEEDREADER_STATE_DIR", str(tmp_path / "state"))
