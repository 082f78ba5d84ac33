"""Facts: figures, dates and quotes of a corpus, how many sources support each, and where they
contradict each other.

    from seedreader.facts import tally_facts, render_facts
    tally = tally_facts(corpus)          # a Corpus or any iterable of Sources
    render_facts(tally, "text")          # or "json", "csv"
"""

from __future__ import annotations

from .models import KINDS, Fact, FactLink, FactTally, Mention, SourceRef
from .render import FORMATS, render_facts
from .tally import tally_facts

__all__ = [
           "FORMATS",
           "KINDS",
           "Fact",
           "FactLink",
           "FactTally",
           "Mention",
           "SourceRef",
           "render_facts",
           "tally_facts",
]
