"""Near-identical paragraphs (boilerplate, a live blog's updates, a list of like items) pair with
their counterparts even when one side has a paragraph more, so that the quick "same place, same
count" pass does not apply and every word they share is common to the window.

And the counter-examples: like items of a list that name another person, place or charge, and
paragraphs of one story that share its vocabulary, stay apart.
"""

from __future__ import annotations

import pytest
from test_align import check_invariants

from seedreader import compare
from seedreader.corpus import source_from_text


def doc(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs) + "\n"


def paired(left: list[str], right: list[str]) -> set[tuple[str, str]]:
    """The (left, right) paragraph texts that share a block, checked both ways round."""
    found = []
    for a, b in ((left, right), (right, left)):
        c = compare(source_from_text(doc(a), id="a"), source_from_text(doc(b), id="b"))
        check_invariants(c)
        lp, rp = c.left.paragraphs, c.right.paragraphs
        found.append({(lp[i], rp[j]) for blk in c.blocks for i in blk.left for j in blk.right})
    there, back = found
    assert there == {(y, x) for x, y in back}
    return there


def update(k: int, day: int, share: int, hurt: str = "hurt") -> str:
    """The k-th of a run of paragraphs that differ only by their number."""
    return (f"In its note {k} on the mill, the council said 12 people were {hurt} on March {day}, "
            f"2026. \"We will not rebuild,\" said the mayor. About {share}% of residents agreed.")


@pytest.mark.parametrize("n", range(2, 9))
@pytest.mark.parametrize("where", ["start", "middle", "end"])
@pytest.mark.parametrize("side", ["left", "right"])
@pytest.mark.parametrize("titles", [("Mill fire", "Fire at the mill"), ("Mill fire", "Mill fire")])
def test_numbered_repeats_pair_when_one_side_has_a_line_more(n, where, side, titles):
    left = [update(k, 20, 40) for k in range(1, n + 1)]
    right = [update(k, 21, 41) for k in range(1, n + 1)]
    extra = "The council meets again on Friday."
    longer = left if side == "left" else right
    longer.insert({"start": 0, "middle": n // 2, "end": n}[where], extra)
    pairs = paired([titles[0], *left], [titles[1], *right])
    for k in range(1, n + 1):
        assert (update(k, 20, 40), update(k, 21, 41)) in pairs, k
    assert not any(extra in pair for pair in pairs)
    # each update once: nothing else pairs with an update
    assert len([p for p in pairs if p[0].startswith("In its note")]) == n


@pytest.mark.parametrize("n, m", [(2, 3), (3, 2), (5, 3), (4, 6), (3, 3), (8, 7)])
def test_identical_repeats_pair_in_order_whatever_their_counts(n, m):
    """Each side repeats one paragraph; the sides differ in a word and a figure; the extra
    paragraph of the longer side stays alone, in order."""
    one = ("The agency repeated that 12 people were hurt on Tuesday and that the road to the "
           "mill would stay closed until the inspectors had finished their work.")
    two = one.replace("hurt", "injured").replace("12", "14")
    left = ["Mill fire: the day", *[one] * n, "The council meets again on Friday."]
    right = ["Mill fire: the day", *[two] * m]
    c = compare(source_from_text(doc(left), id="a"), source_from_text(doc(right), id="b"))
    check_invariants(c)
    pairs = sorted((blk.left, blk.right) for blk in c.blocks if blk.left and blk.right)
    assert pairs == [((k,), (k,)) for k in range(min(n, m) + 1)]
    # what the reader shows: the figure and the word that differ, the rest equal
    blk = next(b for b in c.blocks if b.left == (1,))
    assert blk.kind == "changed"
    changed = {(s.op, s.text.strip()) for s in blk.spans if s.op != "equal"}
    assert {("delete", "12"), ("insert", "14")} <= changed


def test_a_heading_added_between_updates():
    left = ["Live: mill fire", *[update(k, 20, 40) for k in range(1, 5)]]
    right = ["Live: mill fire", *[update(k, 21, 41) for k in range(1, 3)], "## Later",
             *[update(k, 21, 41) for k in range(3, 5)]]
    pairs = paired(left, right)
    assert {(update(k, 20, 40), update(k, 21, 41)) for k in range(1, 5)} <= pairs
    assert not any("Later" in b for _, b in pairs)


def test_updates_that_differ_by_one_word_pair():
    left = [update(k, 20, 40) for k in range(1, 6)]
    right = [*(update(k, 20, 40, hurt="injured") for k in range(1, 6)), "The council meets again on Friday."]
    pairs = paired(["Live", *left], ["Live", *right])
    assert {(a, b) for a, b in zip(left, right)} <= pairs


ARREST = "Police said the {}, {}, was arrested in {} on {} and charged with {}."
ITEMS = [("man", 31, "Hull", "Tuesday", "theft"), ("woman", 45, "Leeds", "Monday", "fraud"),
         ("man", 52, "Leeds", "Tuesday", "burglary"), ("woman", 38, "Hull", "Monday", "theft"),
         ("woman", 54, "Leeds", "Tuesday", "theft")]


def police_log(last: tuple[str, int, str, str, str]) -> tuple[list[str], list[str]]:
    """Two sources' lists of arrests: the same first four (the second source's worded a little
    otherwise), each with one more item; every word is in several items."""
    left = ["Arrests this week", *(ARREST.format(*x) for x in ITEMS),
            "Names are published under the force's policy."]
    right = ["Police log", *(ARREST.format(*x).replace(" was ", " was later ") for x in ITEMS[:4]),
             ARREST.format(*last)]
    return left, right


def test_like_items_of_a_list_pair_with_their_own():
    left, right = police_log(("woman", 34, "Hull", "Tuesday", "burglary"))
    pairs = paired(left, right)
    for k in range(4):
        assert (left[k + 1], right[k + 1]) in pairs, k


def test_an_item_about_another_arrest_stays_alone():
    """Most characters agree (a template), but it names another woman, town and charge: not
    the same arrest told otherwise."""
    left, right = police_log(("woman", 34, "Hull", "Tuesday", "burglary"))
    pairs = paired(left, right)
    assert not any(right[-1] in pair for pair in pairs)
    assert not any(left[-2] in pair for pair in pairs)


def test_the_same_arrest_with_another_age_and_charge_pairs():
    """One figure and one word differ: the same arrest, on which the sources disagree."""
    left, right = police_log(("woman", 56, "Leeds", "Tuesday", "fraud"))
    assert (left[-2], right[-1]) in paired(left, right)


def test_paragraphs_of_one_story_that_share_its_words_stay_apart():
    """A story's paragraphs share its names and words, but each says something else."""
    left = ["Mill fire",
            "The council said 12 people were hurt in the fire at the mill on Tuesday night.",
            "The mayor said the council would not rebuild the mill, which closed in 1998.",
            "Residents said the council had ignored warnings about the mill for years.",
            "The council meets again on Friday."]
    right = ["Fire at the mill",
             "The council said 14 people were hurt in the fire at the mill on Tuesday night.",
             "Firefighters said the council's mill had no working alarms, the mayor said.",
             "The mill's owners said the council had not answered their letters since 2019."]
    pairs = paired(left, right)
    assert (left[1], right[1]) in pairs
    assert not any(right[2] in pair or right[3] in pair for pair in pairs)


def test_like_items_pair_by_what_they_name_not_by_a_figure_they_share():
    """Each district's turnout is a point higher on the right, so each figure of the left is
    another district's on the right: the districts pair, not the figures."""
    line = "In the {} district, turnout was {}% in 2024, the electoral office said."
    districts = ["north", "south", "east", "west"]
    left = ["Turnout", *(line.format(d, 61 + k) for k, d in enumerate(districts)),
            "The office publishes final figures on Monday."]
    right = ["Turnout by district", *(line.format(d, 62 + k) for k, d in enumerate(districts))]
    pairs = paired(left, right)
    for k in range(1, 5):
        assert (left[k], right[k]) in pairs, districts[k - 1]
