"""Page furniture that survived cleaning (QA round 4): bits of a byline, rows of sharing buttons,
calls to subscribe, "Saved from Pocket", an e-mail's header and unsubscribe footer, photo credits.
Each rule with the prose it must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from seedreader import load_corpus, tally_facts
from seedreader.corpus import source_from_text
from seedreader.segment import is_furniture

FIRST, LAST = "Officials ordered 42,000 residents to boil their water.", "Schools stay closed."


def between(line: str, path: str = "a.txt") -> tuple[str, ...]:
    return source_from_text(f"{FIRST}\n\n{line}\n\n{LAST}", id="a", path=Path(path)).paragraphs


@pytest.mark.parametrize("line", [
    "Share this article: Facebook · X · Email",
    "Facebook Twitter Email",
    "Share on: Facebook | Twitter | LinkedIn | WhatsApp",
    "Follow us: Instagram · TikTok",
    "Subscribe to the Gazette newsletter!",
    "Sign up for our daily briefing.",
    "Saved from Pocket · 5 min read",
    "Photo: Sam Lee / Riverton Gazette",
    "Photo by Jane Doe/Reuters",
    "You are receiving this because you subscribed. Unsubscribe: https://x.example/unsub",
    "Unsubscribe: https://x.example/unsub",
    "View this email in your browser",
])
def test_furniture_lines_go(line):
    assert between(line) == (FIRST, LAST)
    assert between(f"» {line}") == (FIRST, LAST)


def test_share_buttons_written_as_markdown_links_go():
    line = ("Share this article: [Facebook](https://facebook.com/share) · [X](https://x.com/share) "
            "· [Email](mailto:?)\n\n**Subscribe** to the Gazette newsletter!")
    assert between(line, "a.md") == (FIRST, LAST)


@pytest.mark.parametrize("line", [
    "Facebook said it removed 300 posts on Monday.",
    "Twitter and Facebook users shared the video",
    "Facebook",
    "Updated figures show 40 people died on Monday.",
    "Subscribers to the newsletter rose to 5,000.",
    "Subscribe to the newsletter, officials urged residents on Monday.",
    "Photos show the bridge collapsed on Monday.",
    "The photo: a bridge under water, taken on Monday by a resident who stayed.",
    "Saved from the flood by neighbours, the family returned on Monday.",
    "Reuters | March 3, 2026",
])
def test_prose_that_looks_like_furniture_stays(line):
    assert between(line) == (FIRST, line, LAST)


def test_a_bylines_furniture_parts_go_and_the_byline_stays(tmp_path):
    raw = ("Boil order for Riverton\n\n"
           "By Jamie Reyes, Staff Writer | Updated 3 hours ago | 128 comments\n\n"
           "Riverton's 42,000 residents were told on Tuesday to boil their water.\n")
    source = source_from_text(raw)
    story = "Riverton's 42,000 residents were told on Tuesday to boil their water."
    assert source.paragraphs == ("Boil order for Riverton", "By Jamie Reyes, Staff Writer", story)
    (tmp_path / "a.txt").write_text(raw, encoding="utf-8")
    counts = [f.value for f in tally_facts(load_corpus(tmp_path)).facts if f.kind == "count"]
    assert counts == ["42000"]  # "128 comments" is no figure of the story
    # a table row in a text file keeps its cells
    row = "| Ward 3 | 12 comments | closed |"
    assert row in source_from_text(f"Results\n\n{row}\n| Ward 4 | 3 comments | open |").text


NEWSLETTER = ("Subject: Riverton Weekly - Spill Special\n"
              "From: newsletter@rivertonweekly.example\n"
              "Date: Tue, 3 Mar 2026 18:00:00 -0500\n\n"
              "Hi friends,\n\nThis week the whole town is talking about the spill.\n\n"
              "--\nYou are receiving this because you subscribed. "
              "Unsubscribe: https://rivertonweekly.example/unsub\n")


def test_a_newsletters_header_is_its_title_and_its_footer_goes():
    source = source_from_text(NEWSLETTER)
    assert source.title == "Riverton Weekly - Spill Special"
    assert source.paragraphs == ("Riverton Weekly - Spill Special", "Hi friends,",
                                 "This week the whole town is talking about the spill.")
    assert source.segments[0].kind == "heading"
    # cleaned again, the same
    assert source_from_text(source.text).text == source.text


@pytest.mark.parametrize("raw", [
    "Subject: budget cuts\n\nThe council met on Monday.",  # one field: no header
    "The memo said:\nSubject: budget cuts\nFrom: the mayor\n\nThe council met on Monday.",
    "To: all staff\nFrom: the mayor\n\nThe council met on Monday.",  # no subject
    "Subject: budget cuts\nFrom: the mayor\nThe council met on Monday and cut the budget.",
])
def test_what_is_no_mail_header_stays(raw):
    assert "Subject: budget cuts" in source_from_text(raw).text or "To: all staff" in (
        source_from_text(raw).text)


def test_is_furniture_agrees():
    assert is_furniture("Subscribe to the Gazette newsletter!")
    assert not is_furniture("Subscribe to the newsletter, officials urged residents on Monday.")


def test_a_long_articles_byline_and_last_line_of_parts_lose_their_furniture():
    body = "\n\n".join(f"Paragraph {n} of the story says something new on Monday." for n in range(400))
    raw = (f"Storm hits coast\n\nBy Jane Doe | 12 comments\n\n{body}\n\n"
           "Posted by the newsroom | 3 hours ago\n")
    paragraphs = source_from_text(raw).paragraphs
    assert paragraphs[1] == "By Jane Doe" and paragraphs[-1] == "Posted by the newsroom"


# --- review of session 6: the rules above, narrowed (each with what it was added for) ---------

def test_a_text_table_without_outer_pipes_keeps_every_cell():
    # (review t9/t2: "Close" and "Shares" were read as furniture parts of a byline)
    table = ("Index | Open | Close | Change\nFTSE 100 | 7,412 | 7,356 | -0.8%\n"
             "DAX | 18,210 | 18,002 | -1.1%")
    assert between(table) == (FIRST, table, LAST)
    table = ("Segment | Revenue | Change\nCloud | $2.1bn | up 18%\nShares | 1.2bn | flat\n"
             "Views | n/a | n/a\nComments | 12 comments | 3 hours ago")
    assert between(table) == (FIRST, table, LAST)


def test_only_clearly_furniture_parts_leave_a_line_of_parts():
    assert between("By Jane Doe | Close to the action") == (
        FIRST, "By Jane Doe | Close to the action", LAST)
    assert between("Markets | Shares | Search") == (FIRST, "Markets | Shares | Search", LAST)
    for furniture in ("Updated 3 hours ago", "128 comments", "5 min read", "Comments: 12",
                      "Reading time: 4 minutes", "Published 2 days ago"):
        assert between(f"By Jane Doe | {furniture}") == (FIRST, "By Jane Doe", LAST)


@pytest.mark.parametrize("line", [
    "- Sign up for emergency alerts",
    "Sign up for text alerts from the county",
    "Saved by the bell",
    "Saved by the post",
    "Captured on camera",
    "Picture by picture: how the deal came together",
    "Graphic: where the money goes",
    "Images: the night in numbers",
    "Image: what the storm left behind",
    "Photo: the bridge under water",
])
def test_ordinary_lines_like_furniture_stay(line):
    # (review t1/t2/t10: subheadings and a bullet of advice were dropped as furniture)
    assert between(line) == (FIRST, line, LAST)


@pytest.mark.parametrize("line", [
    "Saved to Instapaper",
    "Clipped with Evernote",
    "Images: Jane Doe/Reuters",
    "Image: AFP via Getty Images",
    "Pictures by Sam Lee for The Riverton Gazette",
    "Graphic: Jane Doe",
    "Sign up for our breaking news alerts",
    "Subscribe to our email updates!",
])
def test_furniture_of_those_shapes_still_goes(line):
    assert between(line) == (FIRST, LAST)


def test_a_subheading_in_markdown_that_reads_like_furniture_stays():
    raw = ("# Rovers edge past City\n\nRovers beat City 2-1 on Saturday.\n\n## Saved by the post\n\n"
           "City hit the post twice.\n\n## Captured on camera\n\nA fan filmed the goal.\n")
    assert source_from_text(raw, id="a", path=Path("a.md")).paragraphs == (
        "Rovers edge past City", "Rovers beat City 2-1 on Saturday.", "Saved by the post",
        "City hit the post twice.", "Captured on camera", "A fan filmed the goal.")
