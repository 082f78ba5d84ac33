"""A pair export read on paper: which source each support dot is, and every source the facts name.

Support is counted across the corpus ("●○● 2/3"), so a pair's export names sources beyond its two
sides: the key ("Sources counted") lists them in dot order with their title, outlet and id, and
the JSON lists every source the facts refer to.
"""

from __future__ import annotations

import json
import re

from export_support import Page, make_source, md_tokens

from seedreader import compare
from seedreader.export import render_pair
from seedreader.models import Corpus

A = make_source("a", ["At least 14 people were killed when the dam failed on March 3.",
                      "Damage is put at $45 million."], title="Dam fails", outlet="Daily A")
QUIET = make_source("n", ["The weather was calm and residents gathered."], title="Calm day",
                    outlet="Quiet Post")
B = make_source("b", ["At least 16 people were killed when the dam failed on March 3.",
                      "Damage is put at $45 million."], title="Toll rises", outlet="B Times")
C = make_source("c", ["Officials said 14 people were killed in the dam failure on March 3."],
                title="What we know", outlet="C Wire")
CORPUS = Corpus(None, (A, QUIET, B, C))  # dot order: a, n, b, c


def _key_rows_md(text: str) -> list[list[str]]:
    section = text[text.index("### Sources counted"):]
    section = section[:section.index("\n### ", 5)]
    tokens = md_tokens(section)
    rows, row = [], None
    for i, token in enumerate(tokens):
        if token.type == "tr_open":
            row = []
        elif token.type == "td_open":
            row.append(tokens[i + 1].content)
        elif token.type == "tr_close" and row:
            rows.append(row)
    return rows


def test_markdown_key_names_every_dot_in_corpus_order():
    text = render_pair(compare(A, B), "md", corpus=CORPUS)
    rows = _key_rows_md(text)
    # Every source at its dot's place, the one that states none of their facts said to (review:
    # a key going #1, #3, #4 left dot 2 unnamed).
    assert rows == [["● #1", "A (left)", "Dam fails", "Daily A", "a"],
                    ["● #2", "other, states none of these facts", "Calm day", "Quiet Post", "n"],
                    ["● #3", "B (right)", "Toll rises", "B Times", "b"],
                    ["● #4", "other", "What we know", "C Wire", "c"]]
    # Every dot string has one dot per source counted; "14" is stated by a and c: dots 1 and 4.
    line = next(ln for ln in text.splitlines() if ln.startswith("| **14"))
    assert "●○○● 2/4" in line
    # The conflict names the third source by the number and title the key lists.
    conflict = next(ln for ln in text.splitlines() if ln.startswith("- **1** · "))
    assert "(A, #4 · What we know)" in conflict and "(B)" in conflict


def test_html_key_names_every_dot_without_a_tooltip():
    markup = render_pair(compare(A, B), "html", corpus=CORPUS)
    facts = markup[markup.index('<section class="facts"'):]
    key = facts[facts.index("Sources counted</h3>"):]
    key = key[:key.index("</table>")]
    text = re.sub(r"<[^>]+>", " ", key)
    words = " ".join(text.split())
    for needle in ("#1 A (left) Dam fails Daily A a",
                   "#2 other, states none of these facts Calm day Quiet Post n",
                   "#3 B (right) Toll rises B Times b", "#4 other What we know C Wire c"):
        assert needle in words
    assert [int(n) for n in re.findall(r"#(\d+) ", words)] == [1, 2, 3, 4]  # every dot named
    assert len(Page(markup).tables) == 1  # still one diff table


def test_json_lists_every_source_the_facts_refer_to_and_the_corpus_size():
    data = json.loads(render_pair(compare(A, B), "json", corpus=CORPUS))
    facts = data["facts"]
    listed = [s["id"] for s in facts["sources"]]
    assert listed == ["a", "n", "b", "c"] and facts["source_count"] == 4
    referred = {sid for f in facts["facts"] + facts["related"] for sid in f["sources"]}
    referred |= {m["source"] for f in facts["facts"] + facts["related"] for m in f["mentions"]}
    assert "c" in referred and referred <= set(listed)
    by_id = {s["id"]: s for s in facts["sources"]}
    assert by_id["c"] == {"id": "c", "title": "What we know", "outlet": "C Wire", "side": None}
    assert (by_id["a"]["side"], by_id["b"]["side"]) == ("A", "B")
    # Backward compatible: the tally's keys and the pair's keys are all still there.
    assert {"sources", "facts", "conflicts", "variants", "related"} <= set(facts)
    assert {"schema_version", "kind", "left", "right", "similarity", "blocks"} <= set(data)


def test_without_a_corpus_the_key_is_the_two_sides():
    text = render_pair(compare(A, B), "md")
    assert _key_rows_md(text) == [["● #1", "A (left)", "Dam fails", "Daily A", "a"],
                                  ["● #2", "B (right)", "Toll rises", "B Times", "b"]]
    assert "state none of these facts" not in text
    data = json.loads(render_pair(compare(A, B), "json"))
    assert data["facts"]["source_count"] == 2


def test_a_pair_without_facts_has_no_key():
    left = make_source("l", ["The river was calm."])
    right = make_source("r", ["The river was quiet."])
    for fmt in ("md", "html"):
        assert "Sources counted" not in render_pair(compare(left, right), fmt)


def test_sources_whose_titles_cut_alike_stay_apart():
    # Two other sources whose titles share their first 40 characters: named by their number.
    lead = "Officials give an update on the dam failure and "
    d = make_source("d", ["Officials said 14 people were killed in the dam failure."],
                    title=lead + "the toll")
    e = make_source("e", ["Officials said 14 people were killed when the dam failed."],
                    title=lead + "the damage")
    text = render_pair(compare(A, B), "md", corpus=Corpus(None, (A, B, d, e)))
    conflict = next(ln for ln in text.splitlines() if ln.startswith("- **1** · "))
    names = re.findall(r"#(\d) · Officials give an update", conflict)
    assert names == ["3", "4"]


def test_every_dot_is_named_however_many_sources_state_nothing():
    """Review: with an archive's sources, the key went #10, #12 and a line about "the other
    source counted" that named no dot; every position is listed now, in both formats."""
    quiet = [make_source(f"q{n}", [f"Residents gathered for the {n}th calm evening."],
                         title=f"Calm {n}") for n in range(3)]
    corpus = Corpus(None, (quiet[0], A, quiet[1], B, C, quiet[2]))
    text = render_pair(compare(A, B), "md", corpus=corpus)
    rows = _key_rows_md(text)
    assert [r[0] for r in rows] == [f"● #{n}" for n in range(1, 7)]
    assert [r[4] for r in rows] == ["q0", "a", "q1", "b", "c", "q2"]
    assert [r[1] for r in rows if r[1].startswith("other")] == [
        "other, states none of these facts", "other, states none of these facts", "other",
        "other, states none of these facts"]
    markup = render_pair(compare(A, B), "html", corpus=corpus)
    key = markup[markup.index("Sources counted</h3>"):]
    key = " ".join(re.sub(r"<[^>]+>", " ", key[:key.index("</table>")]).split())
    assert [int(n) for n in re.findall(r"#(\d+) ", key)] == [1, 2, 3, 4, 5, 6]


def test_a_title_opening_with_a_number_never_runs_into_the_source_number():
    """Review: "(#3 2 recounts, 1 result, and a city that s…)" read as source 32."""
    blog = make_source("blog", ["Officials said 15 people were killed when the dam failed."],
                       title="2 recounts, 1 result, and a city that still can't decide")
    text = render_pair(compare(A, B), "md", corpus=Corpus(None, (A, B, blog)))
    conflict = next(ln for ln in text.splitlines() if ln.startswith("- **1** · "))
    assert "(#3 · 2 recounts, 1 result, and a city that s…)" in conflict
    assert "#3 2" not in text
