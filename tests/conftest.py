"""Shared fixtures: config and state never touch the user's real folders."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis profiles. "default" keeps the whole suite fast; "long" is for a fuzzing session:
#     SEEDREADER_HYPOTHESIS_PROFILE=long python -m pytest tests/test_properties.py
# A test that pins max_examples in its own @settings keeps that count under every profile; the
# property tests in test_properties.py pin none, so they follow the profile.
settings.register_profile("default", max_examples=40, deadline=None)
settings.register_profile("long", max_examples=3000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("SEEDREADER_HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("SEEDREADER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("SEEDREADER_STATE_DIR", str(tmp_path / "state"))
