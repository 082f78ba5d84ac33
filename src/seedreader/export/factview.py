"""The facts an export shows: those of a pair of sources, or the whole tally of a corpus.

Both are read from the tally's JSON form (``tally_facts(corpus).to_dict()``), which the JSON export
writes as it is: every format shows the same data. Support is always counted across every source
of the corpus, so a pair's fact says "4/5" even though the export shows two.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..models import Comparison, Corpus, Source
from .common import counted, one_line, short_title

QUOTE_KINDS = frozenset({"quote"})


@dataclass(frozen=True)
class FactSelection:
    """A selection of a tally's facts, with what is needed to render them."""

    sources: tuple[dict, ...]  # {"id", "title", "outlet"} of every source counted, in corpus order
    facts: tuple[dict, ...]  # the selected facts, in tally order
    conflicts: tuple[dict, ...]  # conflicts that involve a selected fact
    variants: tuple[dict, ...]  # quote variants that involve a selected fact
    all_facts: dict[str, dict] = field(default_factory=dict)  # every fact of the tally, by id
    # near links (hedged values of one thing, FactTally.near) and updates (a count that rose over
    # time, FactTally.updates, with "moments") that involve a selected fact
    near: tuple[dict, ...] = ()
    updates: tuple[dict, ...] = ()

    @property
    def n(self) -> int:
        return len(self.sources)

    @property
    def figures(self) -> tuple[dict, ...]:
        return tuple(f for f in self.facts if f["kind"] not in QUOTE_KINDS)

    @property
    def quotes(self) -> tuple[dict, ...]:
        return tuple(f for f in self.facts if f["kind"] in QUOTE_KINDS)

    def in_conflict(self, fact_id: str) -> bool:
        return any(fact_id in c["facts"] for c in self.conflicts)

    def conflict_numbers(self, fact_id: str) -> list[int]:
        """The 1-based numbers of the conflicts ``fact_id`` is in, as the Conflicts list
        numbers them."""
        return _numbers(self.conflicts, fact_id)

    def is_misquote(self, conflict: dict) -> bool:
        """A conflict over the words of a remark (quotes), not over a value."""
        return any(self.all_facts.get(i, {}).get("kind") in QUOTE_KINDS for i in conflict["facts"])

    def to_dict(self) -> dict:
        """The tally's to_dict() shape, restricted to this selection, plus ``related``: facts
        outside it that its conflicts and variants name (the other side of a contradiction)."""
        chosen = {f["id"] for f in self.facts}
        named = self._grouped()
        return {
            "sources": [dict(s) for s in self.sources],
            "source_count": self.n,  # the N of every "support k/N"
            "facts": [dict(f) for f in self.facts],
            "conflicts": [dict(c) for c in self.conflicts],
            "variants": [dict(v) for v in self.variants],
            "related": [dict(f) for i, f in self.all_facts.items()
                        if i in named and i not in chosen],
            "near": [dict(n) for n in self.near],
            "updates": [dict(u) for u in self.updates],
        }

    def stating(self) -> set[str]:
        """The ids of the sources that state a selected fact or a fact its conflicts and
        variants name (each one the export names somewhere)."""
        facts = list(self.facts) + [self.all_facts[i] for i in self._grouped()
                                    if i in self.all_facts]
        return {sid for fact in facts for sid in fact["sources"]}

    def _grouped(self) -> set[str]:
        """The ids of the facts the selection's conflicts, variants, near links and updates
        name."""
        return {i for group in self.conflicts + self.variants + self.near + self.updates
                for i in group["facts"]}


def _numbers(groups: tuple[dict, ...], fact_id: str) -> list[int]:
    """The 1-based numbers of the groups ``fact_id`` is in, as their list numbers them."""
    return [n for n, g in enumerate(groups, 1) if fact_id in g["facts"]]


def _tally(corpus: Corpus) -> dict:
    from ..facts import tally_facts

    return tally_facts(corpus).to_dict()


def _select(tally: dict, keep, corpus: Corpus | None = None) -> FactSelection:
    """The tally's facts that ``keep``; each source with its outlet from ``corpus``."""
    outlets = {s.id: s.outlet for s in corpus.sources} if corpus is not None else {}
    facts = tuple(f for f in tally["facts"] if keep(f))
    ids = {f["id"] for f in facts}

    def touching(groups: list[dict]) -> tuple[dict, ...]:
        return tuple(g for g in groups if ids.intersection(g["facts"]))

    return FactSelection(
        sources=tuple({**s, "outlet": outlets.get(s["id"], s.get("outlet", ""))}
                      for s in tally["sources"]),
        facts=facts,
        conflicts=touching(tally.get("conflicts", [])),
        variants=touching(tally.get("variants", [])),
        all_facts={f["id"]: f for f in tally["facts"]},
        near=touching(tally.get("near", [])),
        updates=touching(tally.get("updates", [])),
    )


def corpus_facts(corpus: Corpus) -> FactSelection:
    """Every fact of the corpus."""
    return _select(_tally(corpus), lambda fact: True, corpus)


def distinct_sides(comparison: Comparison, corpus: Corpus | None = None) -> Comparison:
    """``comparison`` with sides that are two different sources under one id (``d1/a.txt`` and
    ``d2/a.txt``, both "a") given distinct ids, "a (d1)" and "a (d2)" (or "a (A)" and "a (B)"):
    the tally keys its mentions by id and would take the two for one source. A side that is the
    corpus's own source of that id keeps it, so its support is still counted across the corpus."""
    left, right = comparison.left, comparison.right
    if left.id != right.id or same_file(left, right):
        return comparison
    own = corpus[left.id] if corpus is not None and left.id in corpus else None
    taken = set(corpus.ids) if corpus is not None else set()
    folders = [s.path.parent.name if s.path is not None else "" for s in (left, right)]
    tags = folders if all(folders) and folders[0] != folders[1] else ["A", "B"]
    sides = []
    for source, tag in zip((left, right), tags):
        if source is own or (own is not None and same_file(source, own)):
            sides.append(source)
            continue
        new_id, n = f"{source.id} ({tag})", 2
        while new_id in taken:
            new_id, n = f"{source.id} ({tag} {n})", n + 1
        taken.add(new_id)
        sides.append(replace(source, id=new_id))
    return replace(comparison, left=sides[0], right=sides[1])


def same_file(a: Source, b: Source) -> bool:
    """Whether ``a`` and ``b`` are one source: one object, or read from one file."""
    if a is b:
        return True
    try:
        return a.path is not None and b.path is not None and a.path.resolve() == b.path.resolve()
    except (OSError, RuntimeError):
        return False


def scope_corpus(comparison: Comparison, corpus: Corpus | None) -> Corpus:
    """The sources a pair's support is counted over: the corpus, plus a side not in it.

    Without a corpus, when neither side belongs to it (two files compared by path), or when a
    side's id clashes with a different source of the corpus, only the two sides count.
    """
    sides: list[Source] = [comparison.left]
    if comparison.right.id != comparison.left.id:
        sides.append(comparison.right)
    if corpus is None:
        return Corpus(path=None, sources=tuple(sides))
    extra = []
    for source in sides:
        if source.id in corpus:
            if corpus[source.id].text != source.text:
                return Corpus(path=None, sources=tuple(sides))
        else:
            extra.append(source)
    if not extra:
        return corpus
    if len(extra) == len(sides):
        return Corpus(path=None, sources=tuple(sides))
    return Corpus(path=corpus.path, sources=corpus.sources + tuple(extra), warnings=corpus.warnings,
                  unlisted=corpus.unlisted)


def pair_facts(comparison: Comparison, corpus: Corpus | None, tally=None) -> FactSelection:
    """Facts mentioned by either side of ``comparison``, with support across ``corpus``;
    ``tally``: ``tally_facts(corpus)`` if at hand (used when the support is counted over
    ``corpus`` itself; other scopes are tallied here)."""
    pair = {comparison.left.id, comparison.right.id}
    scope = scope_corpus(comparison, corpus)
    tally = tally.to_dict() if tally is not None and scope is corpus else _tally(scope)
    return _select(tally, lambda fact: any(m["source"] in pair for m in fact["mentions"]), scope)


def pair_names(comparison: Comparison, facts: FactSelection | None) -> Callable[[str], str]:
    """How a pair export names a source: A, B, or (another source of the corpus) its dot's
    number and its title, "#5 · Sheinbaum rules out U.S. military inter…": two titles cut alike
    stay apart, and the key (``source_key``) lists it under that number."""
    names = {comparison.left.id: "A", comparison.right.id: "B"}
    titles = ({s["id"]: (n, s.get("title", "")) for n, s in enumerate(facts.sources, 1)}
              if facts else {})

    def name(source_id: str) -> str:
        if source_id in names:
            return names[source_id]
        if source_id not in titles:
            return short_title(source_id)
        n, title = titles[source_id]
        # The dot between: a title opening with a number ("2 recounts, 1 result, …") never
        # reads as part of the source's number.
        return f"#{n} · {short_title(title or source_id)}"

    return name


@dataclass(frozen=True)
class KeyRow:
    """One source in the key to the support dots: its dot's place (1-based), which side of the
    pair it is ("A (left)", "B (right)", or "other": named "#place title"; ``SILENT`` if it
    states none of the facts shown), its id, title and outlet."""

    position: int
    name: str
    id: str
    title: str
    outlet: str


def source_key(facts: FactSelection, comparison: Comparison | None = None) -> list[KeyRow]:
    """The key to the support dots: every source counted, in dot order, so that no dot is left
    unnamed; a source that states none of the facts shown (an empty dot in every row) is
    "other" that says so."""
    sides = ({comparison.left.id: "A (left)", comparison.right.id: "B (right)"}
             if comparison is not None else {})
    stating = facts.stating()
    return [KeyRow(n, sides.get(s["id"]) or ("other" if s["id"] in stating else SILENT),
                   s["id"], s.get("title", ""), s.get("outlet", ""))
            for n, s in enumerate(facts.sources, 1)]


SILENT = "other, states none of these facts"  # a key row's source: an empty dot in every row
KEY_NOTE = ("The Support column has one dot per source counted, in this order: ● the source "
            "states the fact, ○ it does not. Elsewhere, a source other than A and B is named by "
            "its number here and the start of its title.")


SAME_WORDS = "✓"


def pair_intro(facts: FactSelection | None, comparison: Comparison) -> str:
    n = facts.n if facts else 0
    pair = {comparison.left.id, comparison.right.id}
    if facts is None or all(s["id"] in pair for s in facts.sources):
        scope = "out of these two sources" if n == 2 else "in this one source"
    else:
        scope = f"out of the {counted(n, 'source')} of the corpus"
    return (f"Figures, dates and quotes that A or B state. Support counts how many sources state "
            f"the same thing, {scope}; {SAME_WORDS} means a source has the quote in exactly "
            f"these words, — that it does not state it.")


def conflicts_note(facts: FactSelection) -> str:
    """What the Conflicts list holds: values, and misquotes when there is one."""
    misquote = any(facts.is_misquote(c) for c in facts.conflicts)
    return ("Sources that give different values for the same thing"
            + (", or disagree on the words of a remark (a misquote)." if misquote else "."))


def conflict_refs(facts: FactSelection, fact_id: str) -> str:
    """'conflict 1' or 'conflicts 1, 3': where a fact's conflict is listed; '' when none."""
    return _refs("conflict", facts.conflict_numbers(fact_id))


def near_refs(facts: FactSelection, fact_id: str) -> str:
    """'near values 1': where a fact's near link is listed; '' when none."""
    return _refs("near values", _numbers(facts.near, fact_id), "near values")


def update_refs(facts: FactSelection, fact_id: str) -> str:
    """'update 1' or 'updates 1, 2': where a fact's update is listed; '' when none."""
    return _refs("update", _numbers(facts.updates, fact_id))


def _refs(one: str, numbers: list[int], several: str | None = None) -> str:
    if not numbers:
        return ""
    return (one if len(numbers) == 1 else several or one + "s") + " " + ", ".join(map(str, numbers))


# Each mark an export shows after a fact's value, with what it refers to: the conflicts (⚠),
# near values (≈) and updates (↑) lists. The reader's facts list and `seedreader facts` use ≠, ≈, ↑.
FACT_FLAGS = (("⚠", "conflict", conflict_refs), ("≈", "near", near_refs), ("↑", "update", update_refs))
NEAR_NOTE = ("One thing told with values that a hedge allows all of (“about”: ±10%): near values, "
             "not a contradiction.")
UPDATES_NOTE = ("A count that rose as the story developed: by the published times of the corpus's "
                "index, no source gives less than one published before it. An update, not a "
                "contradiction; each value with when it was first published.")


def update_steps(facts: FactSelection, group: dict, name: Callable[[str], str]
                 ) -> list[tuple[dict, str, str]]:
    """An update's facts that the tally holds, in the order of their moments, each with who
    states it (names joined by ", ") and when it was first published ("06:10" on a one-day
    desk; ``published.shortened``)."""
    from ..published import shortened

    moments = shortened(group.get("moments") or [""] * len(group["facts"]))
    return [(fact, who, when) for (fact, who), when in zip(
        group_values(facts, group, name),
        (m for fid, m in zip(group["facts"], moments, strict=True) if fid in facts.all_facts),
        strict=True)]


def group_values(facts: FactSelection, group: dict, name: Callable[[str], str]
                 ) -> list[tuple[dict, str]]:
    """A conflict's or variant's facts that the tally holds, each with who states it (names
    joined by ", "), in the group's order; in a misattribution (one remark given to different
    speakers), whose each is said to be first: "said by Doe: A, #3 · …"."""
    from ..facts.models import MISATTRIBUTED  # (the engine: loaded when facts are shown)

    said = (group.get("change") or "").startswith(MISATTRIBUTED)
    values = []
    for fact_id in group["facts"]:
        fact = facts.all_facts.get(fact_id)
        if fact is not None:
            who = ", ".join(name(s) for s in fact["sources"])
            if said:
                speaker = fact.get("speaker")
                who = (f"said by {one_line(speaker)}: " if speaker else "no speaker named: ") + who
            values.append((fact, who))
    return values


def group_sides(facts: FactSelection, group: dict, name: Callable[[str], str]
                ) -> list[list[tuple[dict, str]]]:
    """``group_values`` side by side: a misquote's wordings that say the same thing (its
    "sides", FactLink.sides) together, each other value a side of its own."""
    values = group_values(facts, group, name)
    side_of = {fid: n for n, side in enumerate(group.get("sides") or ()) for fid in side}
    sides: dict[object, list[tuple[dict, str]]] = {}
    for fact, who in values:
        sides.setdefault(side_of.get(fact["id"], ("own", fact["id"])), []).append((fact, who))
    return list(sides.values())


SAME_SIDE = " · "  # between a misquote's wordings that say the same thing (group_sides)


def corpus_intro(facts: FactSelection | None) -> str:
    n = facts.n if facts else 0
    return (f"Every figure, date and quote found, with how many sources state it, out of "
            f"{counted(n, 'source')}.")


def fact_label(fact: dict) -> str:
    """A fact's value as the exports show it (``facts.models.value_label``): "38,500" for the
    count 38500, a year as it is; the JSON export keeps the canonical "value"."""
    from ..facts.models import value_label  # (the engine: loaded when facts are shown)

    return value_label(fact["kind"], str(fact["value"]))


DENIED = " (denied)"


def wordings(fact: dict, source_id: str) -> list[str]:
    """How one source words a fact: its distinct mention texts, on one line each; a quote given
    in exactly its canonical words is :data:`SAME_WORDS` (the table shows those already)."""
    texts: list[str] = []
    value = one_line(str(fact["value"]))
    for mention in fact["mentions"]:
        text = one_line(mention["text"])
        if fact["kind"] in QUOTE_KINDS and text == value:
            text = SAME_WORDS
        if mention.get("denied"):
            text += DENIED  # (the source names the value only to deny it: no support)
        if mention["source"] == source_id and text not in texts:
            texts.append(text)
    return texts
