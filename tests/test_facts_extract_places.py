"""A fact's places list each paragraph once (QA round 6: "3 daily ¶7; 3 daily ¶7")."""

from __future__ import annotations

from seedreader.corpus import source_from_text
from seedreader.facts import render_facts, tally_facts

B = 'Title\n\n"We had 600 officers on duty tonight," Hollan said.'
C = 'Title\n\n"We had 400 officers on duty tonight," Hollan said.'


def test_a_quote_said_twice_in_one_paragraph_is_placed_once():
    text = ("Title\n\nIntro.\n\n"
            'Hollan said: "We had 600 officers on duty tonight." Later: "We had 600 officers on duty '
            'tonight."')
    tally = tally_facts([source_from_text(text, id="daily"), source_from_text(B, id="wire"),
                         source_from_text(C, id="blog")])
    out = render_facts(tally, "text")
    misquote = [line for line in out.splitlines() if "We had 600 officers" in line and " in " in line]
    assert misquote, out
    assert all(line.count("daily ¶3") == 1 for line in misquote), out
    # Two paragraphs are still two places.
    text2 = text + '\n\nHe repeated: "We had 600 officers on duty tonight."'
    tally = tally_facts([source_from_text(text2, id="daily"), source_from_text(B, id="wire"),
                         source_from_text(C, id="blog")])
    out = render_facts(tally, "text")
    line = next(line for line in out.splitlines() if "We had 600 officers" in line and " in " in line)
    assert "daily ¶3" in line and "daily ¶4" in line, out
