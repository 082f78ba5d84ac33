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
