"""What the extractors find in one paragraph, before grouping: an internal, mutable record."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Found:
    """One figure, date or quote at ``text[start:end]`` of the paragraph's source.

    ``key`` is what must be equal for two mentions to state the same value (kind-specific);
    ``low``/``high`` the values it allows (dates: day numbers within a year), ``exact`` whether it
    is a point value without a hedge. ``head`` is the counted noun or unit for counts and ages.
    """

    kind: str
    start: int
    end: int
    value: str
    key: tuple
    qualifier: str | None = None
    low: float = 0.0
    high: float = 0.0
    exact: bool = True
    head: str | None = None
    speaker: str | None = None
    norm: str = ""
    # Filled in by the extractor driver: which source and paragraph, and the context words.
    source: str = ""
    source_index: int = 0
    paragraph: int = 0
    context: dict[str, float] = field(default_factory=dict)
    surfaces: dict[str, str] = field(default_factory=dict)
