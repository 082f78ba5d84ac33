"""meaning_change reads each figure of a quote whole (3.5, 1,200, 22–23) itself (session 6, facts-c)."""

from seedreader.facts.meaning import meaning_change


def test_decimal_figures_are_whole_numbers():
    assert meaning_change("We will pay 3.5 million euros to the families",
                          "We will pay 4.5 million euros to the families") == "“3.5” against “4.5”"


def test_grouped_figures_shown_as_written():
    assert meaning_change("We will pay 1,200 euros to every family now",
                          "We will pay 1,300 euros to every family now") == "“1,200” against “1,300”"


def test_ranges_shown_as_written():
    assert meaning_change("The hearings on April 22–23 will be public",
                          "The hearings on April 22–24 will be public") == "“22–23” against “22–24”"


def test_one_figure_written_two_ways_is_no_change():
    assert meaning_change("We will pay 1,200 euros to every family now",
                          "We will pay 1200 euros to every family now") is None


def test_a_part_of_a_decimal_is_not_a_number_of_its_own():
    # "3.5 million" against "5 million": one figure against another, not "3" added
    assert meaning_change("We promised 3.5 million euros for the families",
                          "We promised 5 million euros for the families") == "“3.5” against “5”"


def test_plain_numbers_and_number_words_unchanged():
    assert meaning_change("We had 600 officers on duty that day",
                          "We had 400 officers on duty that day") == "“600” against “400”"
    assert meaning_change("We had three officers on duty that day",
                          "We had four officers on duty that day") == "“three” against “four”"
