"""Exports of a comparison (a pair) or of a whole corpus, shared by the CLI and the reader.

MINIMAL VERSION: text and json only; html and md come with the exports issue.
"""

from __future__ import annotations

import json

from ..errors import SeedreaderError
from ..models import Comparison, Corpus

PAIR_FORMATS = ("html", "md", "json", "text")
REPORT_FORMATS = ("html", "md", "json")


def render_pair(comparison: Comparison, fmt: str, *, corpus: Corpus | None = None,
                color: bool = False) -> str:
    if fmt == "json":
        return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "text":
        from .text import render_text

        return render_text(comparison, color=color)
    raise SeedreaderError(f"the {fmt} export is not built yet")


def render_report(corpus: Corpus, fmt: str, *, base: str | None = None) -> str:
    raise SeedreaderError(f"the {fmt} corpus report is not built yet")
