"""Fitting text into cells, the reader's one way: whole words, whole items."""

from __future__ import annotations

from textual.content import Content

from seedreader.ui.clip import clip_words, first_fitting


def test_clip_words_cuts_after_a_whole_word_in_cells():
    assert clip_words("Sheinbaum rules out U.S. military intervention", 30) == \
        "Sheinbaum rules out U.S.…"
    assert clip_words("short", 30) == "short"
    assert clip_words("墨西哥总统辛鲍姆", 9) == "墨西哥总…"  # wide characters: 2 cells each
    assert clip_words("Supercalifragilistic", 8) == "Superca…"  # no word ends: cut at the width


def test_first_fitting_takes_the_widest_version_that_fits():
    lines = [Content("seedreader   L 1 ⇄ R 2   difference 4 of 17"),
             Content("L 1 ⇄ R 2   difference 4 of 17"), Content("difference 4 of 17")]
    assert first_fitting(lines, 80) is lines[0]
    assert first_fitting(lines, 30) is lines[1]
    assert first_fitting(lines, 10) is lines[2]  # none fits: the narrowest
    assert first_fitting(lines, 0) is lines[0]  # not laid out yet: the whole line
