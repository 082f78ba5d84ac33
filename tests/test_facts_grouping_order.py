"""The facts of a corpus do not depend on the order of its sources (QA round 4, item 1): the same
values with the same supporting sources and the same conflicts for every order. (Fact ids and
the order of rows may follow the corpus; what they say may not.)

tests/fixtures/qa6_stadium: the fact-checker's five reports of a stadium crush (a planted
contradiction in each of several kinds, and traps that must not be conflicts)."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from seedreader.corpus import load_corpus, source_from_text
from seedreader.facts import FactTally, tally_facts

STADIUM = Path(__file__).resolve().parent / "fixtures" / "qa6_stadium"

SPILL = (
    ("reuters", ("Officials in Riverton ordered 42,000 residents to boil their tap water on Tuesday "
                 "after a tanker truck spilled about 3,000 gallons of industrial solvent into the "
                 "Miller River.\n\n\"We are not taking any chances with public health,\" Mayor Linda "
                 "Okafor told reporters. She said the notice would remain in effect for at least 72 "
                 "hours.\n\nThe spill happened at 6:40 a.m. on March 3, 2026, when the truck "
                 "overturned on Route 9. Schools in the district were closed on Wednesday.")),
    ("local", ("Riverton's 42,000 residents were told on Tuesday to boil their water after a tanker "
               "spilled roughly 4,000 gallons of solvent into the Miller River.\n\nThe boil notice "
               "will last at least 48 hours, the mayor said. Schools were closed on Wednesday and "
               "will stay closed on Thursday.")),
    ("blog", ("Residents said the spill was 5,000 gallons, not 3,000, and that the notice covered "
              "45,000 people. The spill happened on March 4, 2026.\n\n\"We are taking chances with "
              "public health,\" Mayor Linda Okafor said, according to a resident.")),
    ("newsletter", ("On Tuesday, March 3, 2026, a tanker truck overturned on Route 9 and spilled "
                    "about 3,000 gallons of solvent into the Miller River. The mayor ordered 42,000 "
                    "residents to boil their water for at least 72 hours.")),
)


def what_it_says(tally: FactTally) -> tuple[list, list]:
    """The facts as (kind, value, supporting sources) and the conflicts as their facts, sorted:
    what a reader relies on, whatever the ids and the order of rows."""
    by_id = {f.id: f for f in tally.facts}

    def fact(fid: str) -> tuple:
        f = by_id[fid]
        return f.kind, f.value, tuple(sorted(f.sources))

    facts = sorted(fact(f.id) for f in tally.facts)
    conflicts = sorted(tuple(sorted(fact(fid) for fid in c.facts)) for c in tally.conflicts)
    return facts, conflicts


def orders(n: int, how_many: int) -> list[tuple[int, ...]]:
    every = list(itertools.permutations(range(n)))
    random.Random(6).shuffle(every)
    return every[:how_many]


def corpora():
    yield "seeds", list(load_corpus())
    yield "stadium", list(load_corpus(STADIUM))
    yield "spill", [source_from_text(text, id=name) for name, text in SPILL]


@pytest.mark.parametrize("name", ["seeds", "stadium", "spill"])
def test_the_facts_are_the_same_for_every_order_of_the_sources(name):
    sources = dict(corpora())[name]
    expected = what_it_says(tally_facts(sources))
    for order in orders(len(sources), 24):
        assert what_it_says(tally_facts([sources[i] for i in order])) == expected, order


def test_the_stadium_corpus_sorted_by_file_name_says_what_it_says_in_index_order():
    sources = list(load_corpus(STADIUM))
    by_name = sorted(sources, key=lambda s: s.id)
    assert [s.id for s in sources] != [s.id for s in by_name]
    assert what_it_says(tally_facts(by_name)) == what_it_says(tally_facts(sources))


def test_rows_and_ids_still_follow_the_corpus_order():
    sources = list(load_corpus(STADIUM))
    tally = tally_facts(sources)
    assert [s.id for s in tally.sources] == [s.id for s in sources]
    supports = [f.support for f in tally.facts if f.kind != "quote"]
    assert supports == sorted(supports, reverse=True)


# The stadium corpus in any order: a part of a day shared by two dates ("on Saturday night", "by
# Sunday night") says when, not what; it alone makes no conflict of two days of other things.

def two(a: str, b: str) -> FactTally:
    return tally_facts([source_from_text(a, id="a"), source_from_text(b, id="b")])


def dates_in_conflict(tally: FactTally) -> list[set[str]]:
    return [{tally.fact(fid).value for fid in c.facts} for c in tally.conflicts
            if tally.fact(c.facts[0]).kind == "date"]


def test_two_days_of_other_things_that_share_only_night_are_no_conflict():
    sources = list(load_corpus(STADIUM))
    for order in (sources, sorted(sources, key=lambda s: s.id)):
        assert {"Saturday", "Sunday"} not in dates_in_conflict(tally_facts(order))
    tally = two("Crush\n\nThe toll has risen to 31, up from 27 on Saturday night, after four more "
                "victims died in hospital.",
                "Crush\n\nClub president Ivo Brandt spoke at a vigil on Sunday night.")
    assert dates_in_conflict(tally) == []


def test_one_event_on_two_nights_is_still_a_conflict():
    tally = two("Fire\n\nThe fire broke out at the Kestrel warehouse on Saturday night, the fire "
                "service said.",
                "Fire\n\nThe fire broke out at the Kestrel warehouse on Sunday night, the fire "
                "service said.")
    assert dates_in_conflict(tally) == [{"Saturday", "Sunday"}]
