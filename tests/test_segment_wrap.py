"""Short hard-wrapped paragraphs at narrow widths (QA round 4: three lines of ~40 characters
read as preformatted, so the paragraph never paired with its one-line copy)."""

from __future__ import annotations

from seedreader.corpus import source_from_text

SENTENCE = ("Floodwaters closed the Riverton bridge on Tuesday, March 3, 2026, after the river rose "
            "4.5 metres in 12 hours, officials said.")
WRAPPED = ("Flood closes bridge\n\n"
           "Floodwaters closed the Riverton bridge on\n"
           "Tuesday, March 3, 2026, after the river rose\n"
           "4.5 metres in 12 hours, officials said.\n\n"
           "Mayor Jane Holt said 1,200 residents were evacuated.\n")


def kinds(source):
    return [s.kind for s in source.segments]


def test_a_short_narrow_wrapped_paragraph_is_joined_and_its_headline_stays_a_heading():
    source = source_from_text(WRAPPED)
    assert kinds(source) == ["heading", "paragraph", "paragraph"]
    assert source.paragraphs[1] == SENTENCE


def test_a_narrow_wrap_after_a_word_no_sentence_ends_with_joins():
    raw = "Storm hits coast\n\nThe council voted to close the old bridge on\nMonday after the flood.\n"
    assert source_from_text(raw).paragraphs[1] == (
        "The council voted to close the old bridge on Monday after the flood.")


def test_the_wrapped_and_the_flat_copy_pair():
    from seedreader import compare

    flat = source_from_text(WRAPPED.replace(SENTENCE.replace(" on Tuesday", " on\nTuesday")
                                            .replace("rose 4.5", "rose\n4.5"),
                                            "RIVERTON — " + SENTENCE))  # (a dateline more)
    assert len(flat.paragraphs) == 3
    blocks = compare(flat, source_from_text(WRAPPED)).blocks
    assert [(b.kind, b.left, b.right) for b in blocks] == [
        ("same", (0,), (0,)), ("changed", (1,), (1,)), ("same", (2,), (2,))]


def test_verse_and_addresses_broken_by_hand_stay_lines():
    verse = ("Whose woods these are I think I know,\n"
             "His house is in the village though,\n"
             "He will not see me stopping here\n"
             "To watch his woods fill up with snow.")
    address = ("Free Software Foundation, Inc.\n"
               "51 Franklin Street, Fifth Floor\n"
               "Boston, MA 02110-1301 USA")
    for raw in (verse, address):
        source = source_from_text("Some heading\n\n" + raw + "\n\nA closing line of prose here.")
        assert raw in source.paragraphs, source.paragraphs
    # short capitalised lines with no punctuation but at the end: no paragraph's length
    lines = "Riverton Gazette Newsroom\nMarket Street Office 12\nOpen Monday to Friday."
    assert lines in source_from_text("Contact\n\n" + lines + "\n\nWrite to us.").paragraphs


def test_rows_and_names_broken_by_hand_stay_lines():
    # (review t5/t4: the narrow-wrap rules joined a list of results under its heading, a cast
    # list, and the judges named one a line, into one paragraph each)
    results = ("Results so far\nNorthfield: Labour hold, 21,400 votes\n"
               "Southgate: Conservative gain, 18,950\nEastwood: Liberal Democrat hold, 9,870\n"
               "Westmarch: recount called for Friday.")
    cast = ("Hamlet, Prince of Denmark: Tom Hale\nOphelia, his beloved: Grace Munro\n"
            "Claudius, the usurper king: Ian Doyle\nGertrude: Ruth Sato, in her debut.")
    judges = ("The judgment was signed by\nJustice Mary Okafor\nJustice Liam Brennan and\n"
              "Justice Priya Raman of the\nCourt of Appeal, sitting in Dublin.")
    for block in (results, "Cast list\n" + cast, judges):
        source = source_from_text("Count goes on\n\n" + block + "\n\nTurnout was 61%, officials said.")
        assert block in source.paragraphs, source.paragraphs
    # the narrow wrap they were added for still joins (QA wrapbug), and so does a long
    # sentence wrapped at a narrow width with capitalised line starts
    assert source_from_text(WRAPPED).paragraphs[1] == SENTENCE
    raw = ("Storm hits coast\n\nOfficials from Riverton County and Harwick\n"
           "District met Governor Ana Ruiz in Columbus\nCity Hall to plan the repairs to the bridge.\n")
    assert source_from_text(raw).paragraphs[1] == (
        "Officials from Riverton County and Harwick District met Governor Ana Ruiz in Columbus "
        "City Hall to plan the repairs to the bridge.")
