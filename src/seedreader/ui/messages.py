"""Messages that thread workers post to the main screen (workers never touch widgets)."""

from __future__ import annotations

from textual.message import Message

from ..models import Comparison
from .compare_rows import Layout, Unit
from .facts_model import FactsView


class ComparisonReady(Message):
    """compare() finished for a pair; ``units``/``layout`` are ready to show."""

    def __init__(self, comparison: Comparison, units: tuple[Unit, ...],
                 layout: Layout | None) -> None:
        super().__init__()
        self.comparison = comparison
        self.units = units
        self.layout = layout


class SimilarityReady(Message):
    """How close one source is to the left one (a comparison made in the background)."""

    def __init__(self, comparison: Comparison, units: tuple[Unit, ...]) -> None:
        super().__init__()
        self.comparison = comparison
        self.units = units


class FactsReady(Message):
    def __init__(self, view: FactsView) -> None:
        super().__init__()
        self.view = view


class WorkFailed(Message):
    """A worker raised: ``what`` failed because of ``error`` (shown as one line)."""

    def __init__(self, what: str, error: str) -> None:
        super().__init__()
        self.what = what
        self.error = error
