"""The top line: which two sources are compared, how alike, where the cursor is, the tally."""

from __future__ import annotations

from bisect import bisect_left

from textual.content import Content
from textual.widgets import Static

from ...models import Comparison, Corpus
from ..source_labels import position


class StatusBar(Static):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: Content | None = None

    def show(self, corpus: Corpus, left: str, right: str, comparison: Comparison | None,
             differences: tuple[int, ...], cursor: int, facts=None) -> None:
        parts: list = [("seedreader", "bold $accent"), "  ",
                       ("L ", "bold"), f"{position(corpus, left)}", ("  ⇄  ", "$accent"),
                       ("R ", "bold"), f"{position(corpus, right)}",
                       (f"  of {len(corpus)} sources", "dim")]
        if comparison is not None:
            parts.append(f"   similarity {comparison.similarity:.0%}")
            if differences:
                n = bisect_left(differences, cursor)
                here = n < len(differences) and differences[n] == cursor
                parts.append(f"   difference {n + 1} of {len(differences)}" if here
                             else f"   difference {len(differences)} in all")
            else:
                parts.append("   no differences")
        else:
            parts.append(("   comparing…", "dim italic"))
        if facts is not None:
            n = len(facts.conflicts)
            parts.append((f"   {len(facts.facts)} facts, {n} conflict{'s' * (n != 1)}", "dim"))
        content = Content.assemble(*parts)
        if content != self._shown:  # one line, always: no layout pass
            self._shown = content
            self.update(content, layout=False)
