"""A wire desk's write-through repeats an earlier item under a new top paragraph: the one-paragraph
flash it grew from pairs with it. One paragraph alone on its side cannot tell the story's words
(in every paragraph) from its own, so a pair that shares only such words is taken when its score
reaches the bar of pairs with nothing around them that agrees (FAR_MIN).

And the counter-examples: a one-paragraph item that shares a company's name and a place with a
paragraph of another subject stays apart; in documents of several paragraphs, the rare-words test
still keeps apart paragraphs that share only the story's vocabulary.
"""

from __future__ import annotations

from test_pairing_repeats import doc, paired

from seedreader import compare
from seedreader.corpus import source_from_text

FLASH = ("A Harbour Line passenger ferry is on fire near Port Elwin, the coastguard said. "
         "There are reports of injuries.")
TOP = ("The number of people injured in the fire on a Harbour Line passenger ferry near Port Elwin "
       "rose to 12, the coastguard said, as crews fought the blaze.")
LEDE = ("At least five people were injured when fire broke out on a Harbour Line passenger ferry "
        "near Port Elwin on Tuesday evening, officials said.")
SHIP = ("The ferry, the Maid of Skerra, was built in 1998 and can carry 400 passengers and 60 "
        "cars.")
ROUTE = ("The crossing between Port Elwin and Skerra Island carries about 3,000 passengers a day, "
         "according to Harbour Line.")
WRITE_THROUGH = [TOP, LEDE, SHIP, ROUTE]


def test_flash_pairs_with_a_new_top_and_its_lede() -> None:
    # every word the flash shares with the two is in all three paragraphs
    found = paired([FLASH], [TOP, LEDE])
    assert len(found) == 1
    assert found <= {(FLASH, TOP), (FLASH, LEDE)}


def test_flash_pairs_with_a_write_through_once() -> None:
    found = paired([FLASH], WRITE_THROUGH)
    assert len(found) == 1
    ((_, partner),) = found
    assert partner in (TOP, LEDE)  # not the ship or the route
    # what the list's bars, the report's matrix and "Closest" show: no longer 0%
    c = compare(source_from_text(doc([FLASH]), id="f"), source_from_text(doc(WRITE_THROUGH), id="w"))
    assert c.similarity > 0.1


def test_one_paragraph_sharing_a_name_and_a_place_stays_apart() -> None:
    # the company and the port, but another subject: no pair with the route or anything else
    other = "Harbour Line cancelled all crossings from Port Elwin until Friday, the company said."
    assert paired([other], WRITE_THROUGH) == set()
    timetable = "Harbour Line said its Port Elwin ferries would run a winter timetable from Monday."
    assert paired([timetable], WRITE_THROUGH) == set()
    assert paired([timetable], [TOP, LEDE]) == set()


def test_several_paragraphs_still_need_rare_words() -> None:
    # two paragraphs of each side: the rule is for a side with one paragraph only, and these
    # share only the story's words with the write-through's top (below the higher bar anyway)
    left = ["Smoke was seen over a Harbour Line ferry near Port Elwin on Tuesday.",
            "Skerra Island's council opened its hall to travellers stuck in Port Elwin."]
    found = paired(left, WRITE_THROUGH)
    assert (left[1], TOP) not in found and (left[1], SHIP) not in found


def test_flash_with_a_kept_paragraph_pairs_with_the_write_through() -> None:
    # the paragraph both keep pairs as the same; the flash is then the one left to pair
    found = paired([FLASH, SHIP], WRITE_THROUGH)
    assert (SHIP, SHIP) in found
    assert len(found) == 2
    assert {x for x, _ in found} == {FLASH, SHIP}
    assert {y for _, y in found} <= {SHIP, TOP, LEDE}
