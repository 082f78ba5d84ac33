"""The terminal word diff: [-deleted-]{+inserted+}; colour only when asked; no escape codes
out of an article."""

from __future__ import annotations

import re

from export_support import hostile_pair, make_source, synthetic_comparison

from seedreader import compare
from seedreader.export import render_pair
from seedreader.export.text import BOLD, DIM, GREEN, RED, RESET

OUR_CODES = re.compile("|".join(re.escape(c) for c in (BOLD, DIM, GREEN, RED, RESET)))
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


EXPECTED = """\
--- A L: Left title
+++ B R: Right title
similarity 60%, 5 blocks: 1 same, 1 changed, 1 moved, 1 only in A, 1 only in B
word for word: 7 of A's 11 words (64%) are in B; 7 of B's 14 words (50%) are in A

@@ changed A ¶1 ↔ B ¶1 (80%) @@
Alpha [-beta-]{+delta+} gamma.

@@ only in A ¶2 @@
[-Only left here.-]

@@ same A ¶4 ↔ B ¶2 (100%) @@
Same words.

@@ moved A ¶3 ↔ B ¶3 (90%) @@
Moved text stays{+ put+}.

@@ only in B ¶4–5 @@
{+Only right here.
Second half.+}
"""


def test_word_diff_of_a_synthetic_pair():
    # (legend=False: the terminal's compact form; an export adds the "how to read" lines)
    assert render_pair(synthetic_comparison(), "text", legend=False) == EXPECTED


def test_no_colour_unless_asked():
    out = render_pair(synthetic_comparison(), "text")
    assert "\x1b" not in out
    coloured = render_pair(synthetic_comparison(), "text", color=True)
    assert f"{RED}[-beta-]{RESET}" in coloured and f"{GREEN}{{+delta+}}{RESET}" in coloured
    # Colour is applied per line: a pager showing half a block still resets at each line end.
    assert f"{GREEN}{{+Only right here.{RESET}\n{GREEN}Second half.+}}{RESET}" in coloured
    assert OUR_CODES.sub("", coloured) == out


def test_differences_that_do_not_count_show_both_sides_as_a_substitution():
    # QA round 5: they showed as A has them only, so without colour B read misquoted. Both
    # sides' wording now shows, as CriticMarkup writes a substitution, {~~A~>B~~}, dimmed.
    comparison = compare("She said “we seek co-ordination” on 50 per cent of it.\n\nThe end is near.",
                         "She said \"we seek coordination\" on 50% of it.\nThe end is far.")
    out = render_pair(comparison, "text", legend=False)
    assert ("She said {~~“~>\"~~}we seek {~~co-ordination”~>coordination\"~~} on {~~50 per cent~>50%~~} "
            "of it.") in out
    assert "[-near-]{+far+}" in out
    assert out.count("[-") == out.count("{+") == 1  # none for quote marks, hyphens, "%"
    coloured = render_pair(comparison, "text", color=True, legend=False)
    assert f"{DIM}{{~~co-ordination”~>coordination\"~~}}{RESET}" in coloured
    assert f"{DIM}{{~~50 per cent~>50%~~}}{RESET}" in coloured
    assert OUR_CODES.sub("", coloured) == out


def test_each_side_reads_as_written_from_the_text_diff():
    # What a reader of the text (no colour) takes each side to say: A drops {+..+} and takes
    # the left of {~~A~>B~~}; B drops [-..-] and takes the right. (QA: "{+Eight +}Of the".)
    import re

    a = "Of the 27 injured, eight remained in hospital. Safety is our priority, she said."
    b = "Eight of the injured remained in hospital. safety is our priority, she said."
    comparison = compare(a, b)
    assert len(comparison.blocks) == 1
    line = render_pair(comparison, "text", legend=False).split("\n")[6]  # (4 header lines, @@)
    sub = re.compile(r"\{~~(.*?)~>(.*?)~~\}")
    side_a = sub.sub(r"\1", re.sub(r"\{\+.*?\+\}", "", line)).replace("[-", "").replace("-]", "")
    side_b = sub.sub(r"\2", re.sub(r"\[-.*?-\]", "", line)).replace("{+", "").replace("+}", "")
    assert side_a == a and side_b == b, line


def test_a_minor_pair_that_differs_only_in_spacing_shows_once():
    a = "The mayor said the town will rebuild every home that the flood destroyed this week."
    comparison = compare(a, a.replace("every home", "every\nhome"))
    out = render_pair(comparison, "text", legend=False)
    assert "{~" not in out


def test_a_paragraph_split_on_one_side_shows_as_two_lines():
    a = ("The storm hit the northern coast on Tuesday night, flooding hundreds of homes in three "
         "fishing towns. Rescue crews worked through the night to reach trapped families.")
    comparison = compare(a, a.replace("towns. ", "towns.\n\n"))
    assert [(b.kind, b.left, b.right) for b in comparison.blocks] == [("same", (0,), (0, 1))]
    assert render_pair(comparison, "text").endswith(
        "@@ same A ¶1 ↔ B ¶1–2 (100%) @@\n"
        "The storm hit the northern coast on Tuesday night, flooding hundreds of homes in three "
        "fishing towns.\nRescue crews worked through the night to reach trapped families.\n")


def test_an_article_cannot_send_escape_codes():
    left, right = hostile_pair()
    comparison = compare(left, right)
    for color in (False, True):
        out = render_pair(comparison, "text", color=color)
        assert not CONTROL.search(OUR_CODES.sub("", out).replace("\t", ""))
    # Also for text that never went through the loader: a source made in code.
    raw = make_source("x\x1b[2J", ["Title \x1b]0;pwned\x07 here \x9b31m."], title="\x1b[5mT")
    out = render_pair(compare(raw, make_source("y", ["Other."])), "text", color=True)
    assert not CONTROL.search(OUR_CODES.sub("", out))
    assert "]0;pwned" in out


def test_exports_remove_invisible_characters_that_loading_would_remove():
    raw = make_source("x", ["Zero\u200bwidth soft\u00adhyphen tag\U000e0041 mark"], title="T")
    out = render_pair(compare(raw, raw), "text")
    assert "\u200b" not in out and "\u00ad" not in out and "\U000e0041" not in out
    assert "Zerowidth softhyphen tag mark" in out


def test_a_comparison_one_word_short_of_equal_is_not_called_100_percent_alike():
    words = " ".join(f"word{i}" for i in range(3000))
    comparison = compare(words + " end.", words + " stop.")
    assert 0.995 <= comparison.similarity < 1
    for fmt in ("text", "md", "html"):
        out = render_pair(comparison, fmt)
        assert "99.9%" in out
        assert not any(said in out for said in ("similarity 100%", "100% alike", ">100%<"))
