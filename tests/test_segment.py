"""Paragraphs, headings, lists and page furniture: what a reader sees as the article."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from seedreader.corpus import load_corpus, load_source, source_from_text
from seedreader.segment import is_furniture, segment

FIXTURES = Path(__file__).parent / "fixtures"

PARAS = [
    ("WASHINGTON (Wire) - The central bank raised its benchmark rate by a quarter point on Wednesday, "
    "the third increase this year, and signalled that more were likely as inflation stayed well "
    "above its target."),
    ("\"We are not done yet,\" the bank's chair told reporters after the two-day meeting. \"Prices "
    "are still rising too fast for comfort, and the labour market remains tight.\""),
    ("Stocks rose modestly after the decision. The yield on the two-year note, which tracks rate "
    "expectations, was little changed at 4.7 per cent."),
    ("Economists polled before the meeting had expected the move. Most now see one more increase "
    "before the end of the year."),
]


def kinds(source):
    return [s.kind for s in source.segments]


def assert_consistent(source):
    """Segments in order, not overlapping, joined by a blank line into the text, trimmed."""
    assert source.text == "\n\n".join(source.paragraphs)
    pos = 0
    for seg in source.segments:
        assert seg.start == pos and seg.end > seg.start
        piece = source.text[seg.start:seg.end]
        assert piece == piece.strip() and "\n\n" not in piece
        pos = seg.end + 2


# --- the three layouts ------------------------------------------------------------------------------
def test_one_paragraph_per_line():
    source = source_from_text("\n".join(PARAS) + "\n")
    assert list(source.paragraphs) == PARAS
    assert_consistent(source)


def test_paragraphs_separated_by_blank_lines():
    source = source_from_text("\n\n\n".join(PARAS).replace("\n", "\r\n"))
    assert list(source.paragraphs) == PARAS


@pytest.mark.parametrize("width", [50, 60, 68, 72, 79])
def test_hard_wrapped_paragraphs_are_joined_with_one_space(width):
    raw = "\n\n".join(textwrap.fill(p, width) for p in PARAS)
    assert max(len(line) for line in raw.splitlines()) <= width
    source = source_from_text(raw)
    assert list(source.paragraphs) == PARAS
    assert all(p in source.text for p in PARAS)
    assert_consistent(source)


def test_hard_wrapped_without_blank_lines_splits_at_short_last_lines():
    raw = "\n".join(textwrap.fill(p, 66) for p in PARAS)
    assert list(source_from_text(raw).paragraphs) == PARAS


def test_wire_copy_fixture():
    source = load_source(FIXTURES / "wire_wrapped.txt")
    assert source.paragraphs[0] == "Port strike ends after three weeks as dockers accept new pay deal"
    assert source.title == source.paragraphs[0]
    assert kinds(source) == ["heading", "paragraph", "paragraph", "paragraph", "heading", "paragraph",
                             "paragraph"]
    assert source.paragraphs[2] == (
        "The union said 78% of its members backed the deal, which raises wages by 4.5% this year and "
        "3.8% in each of the next two years. Employers had originally offered 2.5%.")
    assert source.paragraphs[4] == "Backlog to take weeks"
    assert source.paragraphs[6].startswith("Freight rates on routes from Asia, which jumped")
    assert source.paragraphs[6].endswith("were expected to ease in the coming days.")


def test_uniform_sentence_per_line_text_is_not_mistaken_for_wrapped():
    lines = [f"This is sentence number {i:03d} of a long text." for i in range(200)]
    assert list(source_from_text("\n".join(lines)).paragraphs) == lines


# --- technical and mixed text: layout read block by block -----------------------------------------
LICENCE = """\
                    EXAMPLE PUBLIC LICENCE
                       Version 9, May 2031

                            Preamble

  The licences for most software are designed to take away your
freedom to share and change it.  By contrast, this Licence is meant
to guarantee your freedom to share and change free software.

  When we speak of free software, we are referring to freedom, not
price.

  1. You may copy and distribute verbatim copies of the Program's
source code as you receive it, in any medium.

    a) You must cause the modified files to carry prominent notices
    stating that you changed the files and the date of any change.
"""


def test_licence_paragraphs_are_joined_and_only_short_lines_are_headings():
    source = source_from_text(LICENCE)
    para = dict(zip(source.paragraphs, kinds(source)))
    assert para["Preamble"] == "heading"
    first = ("The licences for most software are designed to take away your freedom to share and "
             "change it. By contrast, this Licence is meant to guarantee your freedom to share and "
             "change free software.")
    assert para[first] == "paragraph"  # its first line is not a heading of its own
    assert para["When we speak of free software, we are referring to freedom, not price."] == (
        "paragraph")  # two lines, the wrap fell at a comma
    assert para["1. You may copy and distribute verbatim copies of the Program's source code as you "
                "receive it, in any medium."] == "list"
    assert para["a) You must cause the modified files to carry prominent notices stating that you "
                "changed the files and the date of any change."] == "paragraph"
    assert source.title == "EXAMPLE PUBLIC LICENCE"
    assert not any(p.startswith("The licences for most") and "\n" in p for p in source.paragraphs)
    assert_consistent(source)


HELP = """\
Vim script enhancements					*new-vim-script*
-----------------------

The |:let| command can now use "+=", "-=" and ".=".  Use it like this to
add to a variable: >
	:let var += expr
	:let var -= expr
Then the variable holds the sum.  This also works for lists and strings,
as long as both sides are of the same type.

Command		Vim 6.x		Vim 7.x ~
	:edit foo	foo		foo"888
	:next foo	foo888		foo"888

Items that were fixed:
- repeating "R" with a count only overwrites text once; added the 'X' flag to
  'cpoptions' |cpo-X|
- a vertical movement command that moves to a non-existing line fails; added
  the '-' flag to 'cpoptions' |cpo--|
Other languages are installed in similar places.
"""


def test_help_text_keeps_code_and_tables_apart_from_its_wrapped_prose():
    source = source_from_text(HELP)
    got = list(zip(kinds(source), source.paragraphs))
    assert got[0] == ("heading", "Vim script enhancements *new-vim-script*")  # "-----" is furniture
    assert got[1] == ("paragraph", ('The |:let| command can now use "+=", "-=" and ".=". Use it like '
                                   "this to add to a variable: >"))
    assert got[2] == ("preformatted", ":let var += expr\n:let var -= expr")  # lines kept, dedented
    assert got[3] == ("paragraph", ("Then the variable holds the sum. This also works for lists and "
                                   "strings, as long as both sides are of the same type."))
    kind, table = got[4]
    rows = table.split("\n")
    assert kind == "preformatted" and len(rows) == 3
    assert rows[0].split() == ["Command", "Vim", "6.x", "Vim", "7.x", "~"]
    assert rows[1].split() == [":edit", "foo", "foo", 'foo"888']
    # columns stay aligned: the tabs became spaces to the same stops on every row
    columns = [[m.start() for m in re.finditer(r"\S+", row)] for row in rows[1:]]
    assert columns[0] == columns[1] == [8, 14, 24, 40]
    assert got[5] == ("paragraph", "Items that were fixed:")
    assert got[6] == ("list", ("- repeating \"R\" with a count only overwrites text once; added the "
                              "'X' flag to 'cpoptions' |cpo-X|\n- a vertical movement command that "
                              "moves to a non-existing line fails; added the '-' flag to "
                              "'cpoptions' |cpo--|"))
    assert got[7] == ("paragraph", "Other languages are installed in similar places.")
    assert len(got) == 8
    assert_consistent(source)


def test_records_with_columns_and_hanging_indents_stay_one_block():
    raw = ("Patch 8.0.0882\n"
           "Problem:    term_scrape() and term_getline() require two arguments but it is\n"
           "            not enforced.\n"
           "Solution:   Correct minimal number of arguments. (Hirohito Higashi)\n"
           "Files:\t    src/evalfunc.c, runtime/doc/eval.txt\n"
           "\n"
           "Patch 8.0.0883\n"
           "Problem:    Invalid memory access with nonsensical script.\n"
           "Solution:   Check \"dstlen\" being positive. (Dominique Pelle)\n"
           "Files:      src/misc1.c\n")
    source = source_from_text(raw)
    assert kinds(source) == ["preformatted", "preformatted"]
    assert source.paragraphs[0].split("\n") == [
        "Patch 8.0.0882",
        "Problem:    term_scrape() and term_getline() require two arguments but it is",
        "            not enforced.",
        "Solution:   Correct minimal number of arguments. (Hirohito Higashi)",
        "Files:      src/evalfunc.c, runtime/doc/eval.txt"]
    assert source.paragraphs[1].endswith("Files:      src/misc1.c")


_WORDS = st.sampled_from(["Patch", "8.0.1", "Problem:", "Files:", "src/a.c,", "it", "broke.", "-",
                          "1.", "x", "(Jane)"])
_PHRASE = st.lists(_WORDS, min_size=1, max_size=4).map(" ".join)
_ROW = st.tuples(st.just(""), _PHRASE, st.sampled_from(["   ", "    ", "  "]), _PHRASE)
_RECORD_LINES = st.tuples(
    st.tuples(st.sampled_from(["", "", " "]), _PHRASE, st.sampled_from(["", "", "   "]), _PHRASE),
    _ROW,
    st.lists(st.one_of(_ROW, st.tuples(st.sampled_from([" ", "    ", "            "]), _PHRASE,
                                       st.sampled_from(["", "   "]), _PHRASE)),
             min_size=1, max_size=6)).map(lambda t: [t[0], t[1], *t[2]])


@given(_RECORD_LINES)
@settings(deadline=None)
def test_records_read_at_once_read_as_line_by_line(rows):
    # segment() takes a block that matches _RECORD as one table without labelling its lines:
    # the line-by-line reading must agree.
    from seedreader.segment import _RECORD, PRE, _has_bullet, _Layout, _lined_units

    block = "\n".join(f"{indent}{a}{gap}{b}".rstrip() or "x" for indent, a, gap, b in rows)
    if _RECORD.fullmatch(block):
        assert _lined_units(block, _has_bullet(block), _Layout(widths=[]), 0) == [(block, PRE)]


_PROSE_LINE = st.tuples(
    st.sampled_from(["", "", "", "", "", "- ", "1. ", "a) ", "  ", "     "]),  # "  ": deeper
    st.lists(st.sampled_from(["The", "licence", "applies", "to", "any", "program.", "work,", "x",
                              "“quoted”", "(1)", "é", "  "]), min_size=0, max_size=8).map(" ".join),
).map("".join)


@given(st.sampled_from([" ", "  ", "    ", "\t", "\u00a0"]), st.lists(_PROSE_LINE, min_size=2,
                                                                     max_size=8),
       st.sampled_from([None, 60, 72]), st.integers(0, 4))
@settings(deadline=None, max_examples=300)
def test_uniformly_indented_blocks_read_as_line_by_line(indent, lines, width, depth):
    # _block_units() reads a block whose lines are all indented alike (no deeper line, no
    # columns) without its indentation: the line-by-line reading must agree.
    from seedreader.segment import _block_units, _has_bullet, _Layout, _lined_units

    block = "\n".join(indent + line for line in lines)
    layouts = [_Layout(width=width, widths=[]) for _ in range(2)]
    assert (_block_units(block, layouts[0], depth)
            == _lined_units(block, _has_bullet(block), layouts[1], depth))
    assert layouts[0] == layouts[1]


def test_layout_is_read_per_block_in_a_mixed_document():
    wrapped = textwrap.fill(PARAS[2], 64)
    raw = "\n".join([PARAS[0], PARAS[1], "", wrapped, "", "What Comes Next", PARAS[3]])
    source = source_from_text(raw)
    assert list(source.paragraphs) == [PARAS[0], PARAS[1], PARAS[2], "What Comes Next", PARAS[3]]
    assert kinds(source) == ["paragraph", "paragraph", "paragraph", "heading", "paragraph"]


def test_a_wrap_that_falls_at_a_full_stop_still_joins_at_the_documents_width():
    # Alone, "...the move.\nMost now see..." reads as two one-line paragraphs; the other blocks
    # show the text is wrapped at 60, and at 60 the first line is full.
    short = ("Economists polled before the meeting had expected the move.\n"
             "Most now see one more increase before the end of the year.")
    raw = "\n\n".join([textwrap.fill(PARAS[0], 60), textwrap.fill(PARAS[2], 60), short])
    assert source_from_text(raw).paragraphs[2] == short.replace("\n", " ")
    alone = source_from_text(short)  # no other block to tell the width: one paragraph per line
    assert list(alone.paragraphs) == short.split("\n")


def test_lines_broken_by_hand_stay_lines_and_hold_no_heading():
    raw = ("If the program is interactive, make it output a short notice like this:\n\n"
           "    <program>  Copyright (C) <year>  <name of author>\n"
           "    This program comes with ABSOLUTELY NO WARRANTY; for details type `show w'.\n"
           "    This is free software, and you are welcome to redistribute it\n"
           "    under certain conditions; type `show c' for details.\n\n"
           "The commands should show the appropriate parts of the Licence.")
    source = source_from_text(raw)
    assert kinds(source) == ["paragraph", "preformatted", "paragraph"]
    assert source.paragraphs[1].split("\n")[2:] == [
        "This is free software, and you are welcome to redistribute it",
        "under certain conditions; type `show c' for details."]


def test_a_sentence_with_its_source_in_brackets_is_not_a_heading():
    raw = ("Fixed the crash on start.\n\nMotif: it opened the window anyway. (David Harrison)\n\n"
           "Next Steps (updated)\n\nMore text follows here.")
    assert kinds(source_from_text(raw)) == ["paragraph", "paragraph", "heading", "paragraph"]


def test_short_lines_that_are_not_prose_stay_together():
    raw = "Free Software Foundation\n51 Franklin Street\nBoston, MA 02110\n\nWrite to us."
    source = source_from_text(raw)
    assert list(source.paragraphs) == ["Free Software Foundation\n51 Franklin Street\nBoston, MA 02110",
                                       "Write to us."]
    assert kinds(source) == ["preformatted", "paragraph"]


# --- headings and lists -----------------------------------------------------------------------------
def test_short_unpunctuated_lines_between_paragraphs_are_headings():
    raw = "A first paragraph, ending properly.\nWhat Comes Next\nA second paragraph here.\nBy the way"
    source = source_from_text(raw)
    assert kinds(source) == ["paragraph", "heading", "paragraph", "paragraph"]  # last line: prose


def test_headline_first_line_becomes_the_title():
    source = source_from_text("Port strike ends after three weeks\n\nDock workers voted on Tuesday.")
    assert kinds(source) == ["heading", "paragraph"]
    assert source.title == "Port strike ends after three weeks"


def test_list_items_form_one_list_segment():
    raw = ("Intro paragraph.\n\nIngredients\n- flour\n- water\n\n- salt\n1. mix\n2) bake\n"
           "Then eat it.")
    source = source_from_text(raw)
    assert kinds(source) == ["paragraph", "heading", "list", "paragraph"]
    assert source.paragraphs[2] == "- flour\n- water\n- salt\n1. mix\n2) bake"


def test_numbered_sections_of_prose_are_paragraphs_not_one_list():
    sections = [
        f"  {n}. You may not copy, modify, sublicense, or distribute the Program\n"
        f"except as expressly provided under this License (clause {n}).  Any attempt\n"
        "otherwise to copy, modify, sublicense or distribute the Program is\n"
        "void, and will automatically terminate your rights under this License."
        for n in (4, 5, 6)]
    raw = "Terms and conditions\n\n" + "\n\n".join(sections) + "\n\nSources\n- AP\n- Reuters\n"
    source = source_from_text(raw)
    assert kinds(source) == ["heading", "paragraph", "paragraph", "paragraph", "heading", "list"]
    assert source.paragraphs[2].startswith("5. You may not copy")
    assert source.paragraphs[2].endswith("terminate your rights under this License.")
    assert source_from_text(source.text).paragraphs == source.paragraphs  # stable


def test_cjk_and_right_to_left_text():
    raw = ("墨西哥总统否认美国军事干预\n"
           "墨西哥总统辛鲍姆周一表示，她与特朗普通话后排除了美国军事干预的可能。\n"
           "下一步\n"
           "两国同意保持外交渠道畅通。\n"
           "قالت الرئيسة إنها رفضت التدخل العسكري؟\n")
    source = source_from_text(raw)
    assert kinds(source) == ["heading", "paragraph", "heading", "paragraph", "paragraph"]
    assert source.paragraphs[4] == "قالت الرئيسة إنها رفضت التدخل العسكري؟"
    assert source.title == "墨西哥总统否认美国军事干预"


# --- the seeds --------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seeds():
    return load_corpus()


SEED_FURNITURE = ["1 day ago", "ARTICLE AD BOX", "Read Entire Article", "Listen to this article",
                  "Estimated 2 minutes", "audio version of this article", "Mispronunciations"]


@pytest.mark.parametrize("sid", ["001_32005ae63a8aedc1", "004_6211ef95165c6f03"])
def test_no_furniture_survives_cleaning_of_the_seeds(seeds, sid):
    source = seeds[sid]
    for phrase in SEED_FURNITURE:
        assert phrase.lower() not in source.text.lower()
    assert not any(is_furniture(line) for line in source.text.split("\n"))


def test_seed_001_paragraphs_and_headings(seeds):
    source = seeds["001_32005ae63a8aedc1"]
    headings = [p for p, s in zip(source.paragraphs, source.segments) if s.kind == "heading"]
    assert headings == [
        ("Mexico’s Sheinbaum tells Trump ‘we do not agree with interventions,’ rebuffing US military "
        "aid against drug cartels"),
        "Call follows Maduro seizure",
        "Trump renews cartel warnings",
        "Security cooperation and fentanyl claims",
        "Balancing diplomacy and differences",
    ]
    assert len(source.paragraphs) == 18
    assert source.paragraphs[1].startswith("Mexican President Claudia Sheinbaum has once again")
    assert source.paragraphs[3] == "“We operate in Mexico,” she added. “No one else does.”"
    assert source.paragraphs[-1].endswith("so that there are no misunderstandings and solutions "
                                          "can be found.”")


def test_seed_003_headings_and_sources_list(seeds):
    source = seeds["003_9fbe53a63cb7d28f"]
    headings = [p for p, s in zip(source.paragraphs, source.segments) if s.kind == "heading"]
    assert headings == ["Tensions High Following Venezuela Operation",
                        "Diplomats Seek “Tangible Results”", "Mexico Defends Security Strategy",
                        "Next Steps", "Sources"]
    assert source.paragraphs[0].startswith("MEXICO CITY — Mexican President")  # a dateline, kept
    assert kinds(source)[-2:] == ["heading", "list"]
    items = source.paragraphs[-1].split("\n")
    assert len(items) == 7 and all(item.startswith("- ") for item in items)
    assert items[0] == "- ABC News: Mexican president tells Trump US intervention against cartels is " \
                       "unnecessary"
    assert sum(s.kind == "list" for s in source.segments) == 1


def test_seed_004_keeps_its_article_and_the_video_caption(seeds):
    source = seeds["004_6211ef95165c6f03"]
    assert source.paragraphs[0].startswith("Mexican President Claudia Sheinbaum said she ruled out")
    assert any(p.startswith("U.S. President Donald Trump says the United States needs to ‘own’ "
                            "Greenland") for p in source.paragraphs)
    assert len(source.paragraphs) == 12 and set(kinds(source)) == {"paragraph"}


def test_one_paragraph_per_line_seeds(seeds):
    assert len(seeds["000_01a57e45cf902546"].paragraphs) == 5
    assert len(seeds["002_709c97691079b0b5"].paragraphs) == 6


def test_every_seed_paragraph_sits_at_its_offsets(seeds):
    for source in seeds:
        assert_consistent(source)


# --- furniture rules --------------------------------------------------------------------------------
FURNITURE = [
    "1 day ago 3", "2 hours ago", "Updated 5 minutes ago", "3 weeks ago",
    "Estimated 2 minutes", "5 min read", "Reading time: 4 min",
    "Read Entire Article", "Read the full story", "Continue reading", "Story continues below advertisement",
    "Listen to this article", "Watch the video",
    "Advertisement", "ADVERTISEMENT", "ARTICLE AD BOX", "SPONSORED CONTENT", "STORY CONTINUES BELOW AD",
    "Share", "Share this article", "Share on Facebook", "Subscribe", "Sign up for free", "Follow us on X",
    "Accept all cookies", "Skip to main content", "Related articles", "Most read", "12 comments",
    "Image source, Getty Images", "* * *", "•",
    ("The audio version of this article is generated by AI-based technology. Mispronunciations can "
    "occur."),
    "We use cookies to give you the best experience. By continuing you agree.",
    "© 2026 Example Media. All rights reserved.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", FURNITURE)
def test_every_furniture_line_is_dropped_from_a_text(line):
    # segment() does not ask is_furniture() about every line: a scan picks the lines to ask about.
    for shown in (line, line.upper(), f"  \t{line}  ", f"» {line}"):
        raw = f"First paragraph here.\n{shown}\nSecond paragraph here."
        assert list(source_from_text(raw).paragraphs) == ["First paragraph here.",
                                                          "Second paragraph here."], shown


@pytest.mark.parametrize("line", [
    "Next Steps", "Sources", "Call follows Maduro seizure", "ADVERTISING INDUSTRY REELS",
    "Share prices fell 3% on Monday.", "Subscribers doubled to 5 million.",
    "Advertisement revenue rose 5%", "Three days ago, the minister resigned.",
    "“We operate in Mexico,” she added.", "MEXICO CITY — Mexican President Claudia Sheinbaum said so.",
    "- Reuters: Mexico’s Sheinbaum urges closer US coordination", "2026", "中文标题",
])
def test_real_lines_are_not_furniture(line):
    assert not is_furniture(line)


def test_furniture_between_paragraphs_is_dropped_wherever_it_is():
    raw = ("Headline Here\n3 hours ago\nFirst paragraph.\nADVERTISEMENT\nSecond paragraph.\n"
           "Share this article\nRead the full article")
    assert list(source_from_text(raw).paragraphs) == ["Headline Here", "First paragraph.",
                                                      "Second paragraph."]


@pytest.mark.parametrize("text", [
    "ADVERTISEMENT\nLe café ferme.\nADVERTISEMENT\nADVERTISEMENT\n\nDernière ligne.\nADVERTISEMENT",
    "Share this article\nÉté.\nShare this article\n",
    "中文\n* * *\n中文\n* * *",
    "ADVERTISEMENT\nADVERTISEMENT",
    "Plain ASCII.\nADVERTISEMENT\nMore.",
    "Ünïcode ADVERTISEMENT\nADVERTISEMENT\nADVERTISEMENT Ünïcode",
])
def test_furniture_lines_are_emptied_where_they_are(text):
    # _drop_furniture() finds lines in UTF-8 and cuts the text around them: where a character
    # takes more than a byte, it finds each line again in the text (first, last, repeated).
    from seedreader.segment import _content, _drop_furniture

    expected = "\n".join("" if is_furniture(_content(line)) else line for line in text.split("\n"))
    assert "".join(_drop_furniture(text)) == expected


# --- any text at all --------------------------------------------------------------------------------
_NASTY = st.sampled_from(["\n", "\n\n", "\r\n", "\r", "\t", " ", "\x1b[31m", "\x1b]0;t\x07", "\x1b",
                          "\x9b", "\x85", "\u202e", "\u2066", "\u200b", "- ", "1. ", ".", "”", "\x00",
                          "ADVERTISEMENT", "2 hours ago", "Sources", "é", "e\u0301", "中文"])
_TEXTS = st.lists(st.one_of(st.text(max_size=40), _NASTY, st.text(alphabet="ab .\n", max_size=90)),
                  max_size=40).map("".join)
# Technical layouts: indentation, tabs, columns, list items, code.
_LINE_PARTS = st.sampled_from(["The report said", "forty two", "cases rose.", "by 50%", "Problem:",
                               "- item", "1. step", ":set x", "Sources", "x", "foo:", "(bar)"])
_GAPS = st.sampled_from([" ", " ", " ", "  ", "   ", "\t", " \t", "    "])
_INDENTS = st.sampled_from(["", "", "", " ", "  ", "   ", "    ", "\t", "\t\t", "            "])
_TECHNICAL = st.lists(
    st.one_of(st.just(""), st.tuples(_INDENTS, st.lists(st.tuples(_LINE_PARTS, _GAPS), min_size=1,
                                                          max_size=12))
              .map(lambda t: t[0] + "".join(a + b for a, b in t[1]).rstrip(" \t"))),
    max_size=30).map("\n".join)
_ANY_TEXT = st.one_of(_TEXTS, _TECHNICAL)


@given(_ANY_TEXT)
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_segments_cleanly(raw):
    source = source_from_text(raw)
    assert_consistent(source)
    assert not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F
                   or 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in source.text)
    assert "\t" not in source.text  # tabs are spaces to their stops (so columns stay where they were)
    assert source.title == source.title.strip() and "\n" not in source.title


@given(_ANY_TEXT)
@settings(deadline=None)
@example("The report said\nSources\nThe report said   The report said")  # (a lone gap: no table)
@example("Sources\nThe report said The report said\n\nforty two")  # (a sentence across a blank line)
def test_segmenting_cleaned_text_again_changes_nothing(raw):
    first = source_from_text(raw)
    again = segment(first.text)
    assert again.text == first.text


def test_trie_pattern_matches_exactly_its_words():
    from seedreader.patterns import trie_pattern

    words = ["share", "shared", "sh", "a.m", "tweet", "(ad)"]
    pattern = re.compile(trie_pattern(words))
    for word in words:
        assert pattern.fullmatch(word)
    for other in ["s", "shar", "sharedx", "am", "tweets", "ad", ""]:
        assert not pattern.fullmatch(other)
    assert re.compile(r"(?:" + trie_pattern(["ab"]) + r")?c").fullmatch("c")


# --- an unbulleted list of sources at the end (QA: its lines read as paragraphs, and the facts
# counted the citations' dates) ------------------------------------------------------------------
STORY = ("Officials said 12 people died when the storm struck the coast on Monday.\n"
         "The governor said about half of the region lost power.\n")


def _read(text):
    result = segment(text)
    return [(s.kind, result.text[s.start:s.end]) for s in result.segments]


@pytest.mark.parametrize("heading", ["Sources", "Sources:", "References", "Further reading",
                                     "SOURCES", "See also"])
def test_unbulleted_sources_at_the_end_are_a_list(heading):
    cites = ['Reuters, "Mexico\'s Sheinbaum urges closer US coordination", January 13, 2026',
             'ABC News, "Mexican president tells Trump US intervention is unnecessary", January 12, 2026']
    for tail in ("\n".join(cites), "\n\n".join(cites),  # one block, or a line each
                 cites[0] + "\nhttps://www.reuters.com/world/mexico-talks-2026-01-13/",
                 "Smith, J. (2026). Storm hits coast. Reuters.\n" + cites[1]):  # APA: ends in "."
        read = _read(f"{STORY}{heading}\n{tail}\n\nShare this article\n")
        assert read[-1] == ("list", "\n".join(line for line in tail.split("\n") if line))
        assert read[-2][1] == heading
        assert read[:-2] == _read(STORY)  # the story before it is read as without it


def test_what_is_not_a_list_of_sources():
    # prose under the heading, a heading that is not at the end, a table, a heading alone
    for text in (f"{STORY}\nReferences\nShe said the talks would resume on Monday.\n",
                 f"{STORY}\nSources\nReuters, January 13, 2026\n\n{STORY}",
                 f"{STORY}\nSources\nReuters      January 13, 2026\nAP           January 12, 2026\n",
                 f"{STORY}\nSources\n",
                 f"{STORY}\nThe sources\nReuters, January 13, 2026\n"):
        assert "list" not in [kind for kind, _ in _read(text)], text


def test_a_bulleted_list_of_sources_is_read_as_before():
    text = f"{STORY}\nSources\n- ABC News: Mexican president\n  tells Trump no\n- Reuters: talks\n"
    assert _read(text)[-2:] == [("heading", "Sources"),
                                ("list", "- ABC News: Mexican president tells Trump no\n- Reuters: talks")]


def test_facts_leave_out_the_dates_of_unbulleted_sources(tmp_path):
    from seedreader import tally_facts
    cites = ('Sources\nReuters, "Mexico\'s Sheinbaum urges closer US coordination", January 13, 2026\n'
             'ABC News, "Mexican president tells Trump US intervention is unnecessary", January 12, 2026\n')
    (tmp_path / "a.txt").write_text("The two leaders spoke by phone on January 12.\n" + cites)
    (tmp_path / "b.txt").write_text("The leaders spoke by phone on January 12, officials said.\n")
    facts = tally_facts(load_corpus(tmp_path)).to_dict()
    shown = str(facts)
    assert "2026-01-13" not in shown and "January 13" not in shown


def test_hard_wrapped_prose_under_a_sources_heading_is_no_list():
    # (review: "See also" over a wrapped sentence made 3 list items, and its facts vanished)
    for text in ((f"{STORY}\nSee also\nA similar storm killed 12 people in the region\n"
                  "in March 2024, officials said.\n"),
                 (f"{STORY}\nSources\nThe figures come from the regional health ministry,\n"
                  "which counted 12 deaths by March 2024.\n")):
        read = _read(text)
        assert "list" not in [kind for kind, _ in read], read
        assert "killed 12 people in the region in March 2024" in read[-1][1] \
            or "health ministry, which counted 12 deaths" in read[-1][1]


def test_hard_wrapped_prose_keeps_its_facts(tmp_path):
    from seedreader import tally_facts
    (tmp_path / "a.txt").write_text(f"{STORY}\nSee also\nA similar storm killed 12 people in "
                                    "the region\nin March 2024, officials said.\n")
    assert "2024-03" in str(tally_facts(load_corpus(tmp_path)).to_dict())


def test_sources_whose_next_line_is_an_address_or_a_capital_stay_a_list():
    # a citation then its address (lower case, but no word), or two citations, none ending a
    # sentence: no wrap
    for tail in (('Reuters, "Storm hits coast", January 13, 2026\nreuters.com/world/storm-2026\n'
                  'AP, "Thousands evacuated", January 12, 2026'),
                 'Reuters: Storm hits coast\nAP: Thousands evacuated',
                 'Smith, J. (2026). Storm hits coast. Reuters.\nin: Annual Review of Storms, 2026'):
        read = _read(f"{STORY}Sources\n{tail}\n")
        assert read[-1] == ("list", tail), read
    # (the QA's article, its two citations after "Sources": test_unbulleted_sources_at_the_end...)


def test_a_tab_in_a_line_under_sources_reads_as_its_cleaned_text_does():
    # (hypothesis: the tab kept the line from being a source, and the cleaned text, where it is a
    # space, was then read as a heading and a list: segmenting again changed the text)
    raw = "The report said\nSources\nThe report said\tThe report said"
    first = source_from_text(raw)
    assert source_from_text(first.text).text == first.text
