"""Messages that thread workers post to the main screen (workers never touch widgets)."""

from __future__ import annotations

from textual.message import Message

from .compare_rows import Prepared
from .facts_model import FactsView


class ComparisonReady(Message):
    """compare() finished for the pair asked for; ready to show."""

    def __init__(self, prepared: Prepared) -> None:
        super().__init__()
        self.prepared = prepared


class SimilarityReady(Message):
    """How close one source is to the left one (a comparison made in the background);
    ``prepared`` too when the source is a near neighbour of the right one (ready for ] and [)."""

    def __init__(self, left_id: str, source_id: str, similarity: float,
                 prepared: Prepared | None = None) -> None:
        super().__init__()
        self.left_id = left_id
        self.source_id = source_id
        self.similarity = similarity
        self.prepared = prepared


class WordsCounted(Message):
    """The length of every source in words, by source id."""

    def __init__(self, words: dict[str, int]) -> None:
        super().__init__()
        self.words = words


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
