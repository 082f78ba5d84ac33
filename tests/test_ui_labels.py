"""How the reader names sources: list numbers, the compared pair marked, outlet · date."""

from __future__ import annotations

from export_support import make_source

from seedreader import load_corpus
from seedreader.ui.source_labels import byline_items, numbered, position

SEEDS = load_corpus()
IDS = SEEDS.ids


def test_sources_are_numbered_as_the_list_shows_them_with_the_pair_marked():
    assert [position(SEEDS, sid) for sid in IDS] == [1, 2, 3, 4, 5]
    holders = [IDS[4], IDS[0], "not-in-the-corpus", IDS[2], IDS[4]]
    assert numbered(SEEDS, holders, (IDS[0], IDS[2])) == [(1, "L"), (3, "R"), (5, "")]
    assert numbered(SEEDS, [IDS[1]], (IDS[1], IDS[1])) == [(2, "LR")]  # a corpus of one
    assert numbered(SEEDS, [], (IDS[0], IDS[1])) == []


def test_the_byline_is_outlet_and_date_shown_safely():
    wire = make_source("w", ["Text."], outlet="Wire\x1b]0;x\x07 News", published="2025-01-02")
    assert byline_items(wire) == ["Wire␛]0;x␇ News", "2025-01-02"]
    assert byline_items(make_source("d", ["Text."], published="2025-01-02")) == ["2025-01-02"]
    assert byline_items(make_source("n", ["Text."])) == []
