"""Inline code in a .md article is shown as it is (review of session 6): the HTML, character
reference and footnote passes left fenced code alone but read `<script>`, `<br>`, `&amp;` and
`[^0-9]` in backticks as HTML and Markdown, and a `<script>` in backticks took the prose up to the
next `</script>` with it."""

from __future__ import annotations

from pathlib import Path

from seedreader.corpus import source_from_text
from seedreader.strip_markdown import plain_markdown


def paragraphs(raw: str) -> tuple[str, ...]:
    return source_from_text(raw, id="a", path=Path("a.md")).paragraphs


def test_a_script_tag_in_inline_code_takes_no_prose_with_it():
    raw = ("# Hackers hit council website\n\n"
           "Attackers slipped a `<script>` tag into the contact form on Monday, the IT chief said.\n\n"
           "The injected code ran in visitors' browsers for six hours.\n\n"
           "The closing `</script>` tag was found in a comment field, investigators said.\n")
    assert paragraphs(raw) == (
        "Hackers hit council website",
        "Attackers slipped a <script> tag into the contact form on Monday, the IT chief said.",
        "The injected code ran in visitors' browsers for six hours.",
        "The closing </script> tag was found in a comment field, investigators said.")


def test_inline_code_keeps_tags_references_footnote_marks_and_emphasis_marks():
    assert plain_markdown("Write `<br>` for a break, not a new paragraph.") == (
        "Write <br> for a break, not a new paragraph.")
    assert plain_markdown("Use `&amp;` to write an ampersand.") == "Use &amp; to write an ampersand."
    assert plain_markdown("The pattern `[^0-9]` matches a non-digit.") == (
        "The pattern [^0-9] matches a non-digit.")
    assert plain_markdown("Type `a*b*c` and `[x](y)` as shown.") == "Type a*b*c and [x](y) as shown."
    assert plain_markdown("A span of two: ``a ` <b>`` ends here.") == "A span of two: a ` <b> ends here."


def test_outside_inline_code_html_references_and_footnotes_still_go():
    raw = ("Use `<br>` in code<br>and &amp; outside <script>alert('x')</script>it[^1].\n\n"
           "[^1]: A note.")
    assert plain_markdown(raw) == "Use <br> in code\nand & outside it.\n\n1. A note."
    # a code span ends with its paragraph: a lone backtick does not shield the next one's tags
    assert plain_markdown("One ` tick.\n\nTwo <b>bold</b> ` words.") == "One ` tick.\n\nTwo bold ` words."
    # emphasis around a code span pairs across it
    assert plain_markdown("*see `x` here*") == "see x here"
