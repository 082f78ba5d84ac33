"""Golden files: each export format of one fixed pair of seeds (diff 3 1) and the corpus report.

When the engine changes what it finds, regenerate and review the goldens by eye:

    SEEDREADER_UPDATE_GOLDEN=1 python -m pytest tests/test_export_golden.py
    git diff tests/golden/
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from seedreader import compare, load_corpus
from seedreader.export import render_pair, render_report

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("SEEDREADER_UPDATE_GOLDEN") == "1"
SEEDS = load_corpus()


def check(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8", newline="")
        return
    assert path.exists(), f"no golden {name}: run with SEEDREADER_UPDATE_GOLDEN=1 and review it"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(list(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            f"golden/{name}", "now", n=1))[:60])
        pytest.fail(f"{name} differs from its golden (SEEDREADER_UPDATE_GOLDEN=1 to accept):\n"
                    f"{diff}", pytrace=False)


@pytest.mark.parametrize("fmt,suffix", [("html", "html"), ("md", "md"), ("json", "json"),
                                        ("text", "txt")])
def test_pair_3_1(fmt, suffix):
    # `seedreader diff 3 1`: the third source against the first.
    comparison = compare(SEEDS[2], SEEDS[0])
    check(f"pair-3-1.{suffix}", render_pair(comparison, fmt, corpus=SEEDS))


@pytest.mark.parametrize("fmt", ["html", "md", "json"])
def test_corpus_report(fmt):
    check(f"report.{fmt}", render_report(SEEDS, fmt))
