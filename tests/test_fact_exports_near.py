"""The fact exports carry what `seedreader facts` shows besides conflicts: near values (hedged
values of one thing), updates (a count that rose over the day) and denied mentions (CSV)."""

from __future__ import annotations

import csv
import io
import json

from seedreader import compare, tally_facts
from seedreader.corpus import source_from_text
from seedreader.export import render_pair, render_report
from seedreader.facts import render_facts
from seedreader.models import Corpus

VALLEY = "{} families live in the valley that the reservoir would have flooded, the census found."
TOLL = "{} people were killed when a passenger train derailed near Dunmore on Saturday morning, police said."
DAY = "2026-03-04"


def corpus(*items: tuple[str, str]) -> Corpus:
    return Corpus(None, tuple(source_from_text(text, id=f"s{n}", title=f"Story {n}", published=when)
                              for n, (text, when) in enumerate(items, 1)))


NEAR = corpus((VALLEY.format("About 3,400"), ""), (VALLEY.format("About 3,500"), ""))
DESK = corpus((TOLL.format("Three"), f"{DAY} 06:10"), (TOLL.format("Five"), f"{DAY} 08:30"),
              (TOLL.format("Seven"), f"{DAY} 12:00"))


def test_the_report_shows_near_values_as_it_shows_conflicts_but_not_as_one():
    md = render_report(NEAR, "md")
    assert "| **3,400 · about** ≈ near values 1 |" in md
    assert "### Near values" in md
    assert "- **1** · families live valley: **3,400 · about** (#1) · **3,500 · about** (#2)" in md
    assert "⚠" not in md and "### Conflicts" not in md
    html = render_report(NEAR, "html")
    assert "<span class=\"flag near\">≈ near values 1</span>" in html
    assert "<h3>Near values</h3>" in html and "<ul class=\"near\">" in html
    assert "class=\"conflict\"" not in html
    data = json.loads(render_report(NEAR, "json"))["facts"]
    assert [len(n["facts"]) for n in data["near"]] == [2] and data["conflicts"] == []


def test_a_pair_export_shows_the_near_values_of_its_facts():
    pair = compare(NEAR[0], NEAR[1])
    md = render_pair(pair, "md", corpus=NEAR)
    assert "≈ near values 1" in md and "### Near values" in md
    assert "**3,400 · about** (A) · **3,500 · about** (B)" in md
    data = json.loads(render_pair(pair, "json", corpus=NEAR))["facts"]
    assert data["near"] == [n.to_dict() for n in tally_facts(NEAR).near]


def test_the_exports_show_updates_with_their_times():
    md = render_report(DESK, "md")
    assert "| **5** ↑ update 1 |" in md and "### Updates" in md
    assert "- **1** · " in md and "**3** (06:10, #1) → **5** (08:30, #2) → **7** (12:00, #3)" in md
    assert "### Conflicts" not in md
    html = render_report(DESK, "html")
    assert "<span class=\"flag update\">↑ update 1</span>" in html
    assert "(<span class=\"date\">08:30</span>, <bdi>#2</bdi>) → " in html
    data = json.loads(render_report(DESK, "json"))["facts"]
    assert data["conflicts"] == [] and data["updates"][0]["moments"] == [
        f"{DAY} 06:10", f"{DAY} 08:30", f"{DAY} 12:00"]
    # a pair of the desk: its facts' update, the third value named by its number
    md = render_pair(compare(DESK[0], DESK[1]), "md", corpus=DESK)
    assert "**3** (06:10, A) → **5** (08:30, B) → **7** (12:00, #3 · Story 3)" in md


def test_the_facts_csv_has_near_and_denied_columns():
    rows = list(csv.DictReader(io.StringIO(render_facts(tally_facts(NEAR), "csv"))))
    near = {r["value"]: r["near"] for r in rows if r["kind"] == "count"}
    assert near == {"3400": "3500", "3500": "3400"}
    assert {r["conflict"] for r in rows} == {""} and {r["denied"] for r in rows} == {"no"}
    fixed = source_from_text("Nine cars derailed at 6:14 a.m., not 6:40 a.m. near Dunmore, the rail "
                             "company said.", id="fix")
    first = source_from_text("Nine cars derailed at 6:40 a.m. near Dunmore, the rail company said.",
                             id="first")
    rows = list(csv.DictReader(io.StringIO(render_facts(tally_facts([first, fixed]), "csv"))))
    times = [(r["value"], r["source"], r["denied"]) for r in rows if r["kind"] == "time"]
    assert ("06:40", "fix", "yes") in times and ("06:40", "first", "no") in times
    assert ("06:14", "fix", "no") in times
