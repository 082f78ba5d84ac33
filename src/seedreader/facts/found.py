"""What the extractors find in one paragraph, before grouping: an internal, mutable record."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
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
    # An age's person, the whole name as written before it, folded ("robert hale"; its head is
    # "hale"): two ages are one person's only when one name ends with the other (figures.same_person).
    person: str | None = None
    speaker: str | None = None
    pronoun: bool = False  # the speaker is "he"/"she" as written, not yet resolved to a name
    # A quote said by someone described but not named, who is not one of the people the story
    # names by title ("a fan told us “…”"; not "the police chief said"): speaker None. For a
    # figure or a date: said inside such a quote.
    unnamed: bool = False
    norm: str = ""
    # Filled in by the extractor driver: which source and paragraph, and the context words.
    source: str = ""
    source_index: int = 0
    paragraph: int = 0
    context: dict[str, float] = field(default_factory=dict)
    surfaces: dict[str, str] = field(default_factory=dict)
    # What tells it apart from a look-alike about another thing (see distinct.py): its close words
    # and marks (ordinals, periods, stances, places), the periods beside a figure ("12% in
    # 2024": years and months, not days) and the figures beside such a period.
    close: frozenset[str] = frozenset()
    marks: frozenset[str] = frozenset()
    near: list[Found] = field(default_factory=list)
    # A date's event, named right beside it ("the Monday conversation"): its key, weighed up in
    # its context.
    event: str | None = None
    # A figure's earlier value, given beside its current one ("rose to 4.3% from 4.2%"): never a
    # rival of another source's current value.
    earlier: bool = False
    # A date's sentence's names, each with the lower-case word right before it (its role, an
    # article skipped): "The Hawks beat the Bulls on March 3" has ("beat", "bulls"). Two dates
    # whose sentences name others in one role ("beat the Knicks") are of two events (tally.py).
    names: frozenset[tuple[str, str]] = frozenset()
    # A weekday that is the day of a statement ("Hale said on Monday", "announced Monday"), not
    # of the story's event.
    said: bool = False
    # For a day that dates a figure's update ("the toll rose to 312 on Friday"), that figure:
    # the day is the figure's, not a date in dispute.
    updated: Found | None = None
    # What befalls those a count counts, as its own clause says ("23 were injured": "injuries";
    # distinct.outcome): counts of two outcomes are two things, whatever else they share.
    outcome: str | None = None
    # For a count its own source states only to dispute it ("The authorities admit 31 dead, but
    # ... the real number is 41"), the figure the source gives instead (tally._mark_disputed).
    disputed: Found | None = None
    # A value its source denies ("derailed at 6:14 a.m., not 6:40 a.m.", "rather than 6:40",
    # "instead of 6:40"): a mention of the value, no support of it (tally._mark_negated).
    negated: bool = False
    # A count told as the new value of a rise ("the toll rose to 14"): a lower count elsewhere may
    # be the value it rose from, no contradiction (tally._mark_tolls).
    risen: bool = False
    # A duration that is the time left or gone at a moment of a game or countdown, not the length
    # of an event: "left" ("with 12 seconds left", "3 seconds to go") or "into" ("20 minutes into
    # the second half", "at the 12-minute mark", one fact with "after 20 minutes"); None if
    # neither. Moments are compared with moments of their kind only, kept apart by their events
    # (tally._comparable, _Thing.different).
    moment: str | None = None
    # A moment's clause before it, the keys of its lower-case words ("Brooks hit the winning
    # three-pointer with 12 seconds left": hit, winning...): what happened then. Two moments whose
    # clauses share none are of two events, no conflict.
    acts: frozenset[str] = frozenset()
    # Who is named in that clause, folded ("Smith scored with 5 minutes to play": smith): two
    # moments naming only others ("Jones scored …") are of two events too.
    who: frozenset[str] = frozenset()
    # The keys of the figures (not dates) of its sentence, its own among them ("nine hours" beside
    # "60 firefighters"): a figure told beside the same other one in two sources is one fact.
    mates: frozenset = frozenset()
    # A count of some of a group ("two of the victims", "nine of its cars"): no count of the whole
    # group ("the seven victims"), which it never contradicts.
    part: bool = False
    # A denied value's correction ("6:14" of "6:14 a.m., not 6:40 a.m."; with negated)
    corrects: Found | None = None


class Spans:
    """Ranges of a text already claimed, for "is [start, end) still free?" in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans or ()):
            if self.ends and start < self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)  # overlapping: merge
            else:
                self.starts.append(start)
                self.ends.append(end)

    def free(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and self.ends[i] > start:
            return False
        return i + 1 >= len(self.starts) or self.starts[i + 1] >= end

    def add(self, start: int, end: int) -> None:
        """Claim a free range."""
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
