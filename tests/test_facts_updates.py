"""A count that rises over the day (by INDEX.md's published times) is an update, not a conflict.

A wire desk's flash at 06:10 says three were killed, its update at 08:30 five, its write-through
at 12:00 seven: the toll rising, not three outlets that disagree. A later source with a lower
value, a source without a published time, two sources of one moment, or a kind that does not
rise as a story develops (a share, a vote, passengers on a train) keep the conflict.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from seedreader import load_corpus, tally_facts
from seedreader.corpus import source_from_text
from seedreader.facts import render_facts
from seedreader.published import on_one_footing, read_published, shortened

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

FLASH = "Three people were killed when a passenger train derailed near Dunmore on Saturday morning, police said."
UPDATE = ("The death toll has risen to five after a passenger train derailed near Dunmore on Saturday "
          "morning, police said.")
WRITE_THROUGH = "Seven people were killed when a passenger train derailed near Dunmore on Saturday morning, police said."
DAY = "2026-03-04"


def desk(*items: tuple[str, str]):
    """The tally of (text, published) items, as sources s1, s2, ... in that order."""
    return tally_facts([source_from_text(text, id=f"s{n}", published=published)
                        for n, (text, published) in enumerate(items, 1)])


def counts(tally, links) -> list[list[str]]:
    return [[tally.fact(fid).value for fid in link.facts] for link in links
            if tally.fact(link.facts[0]).kind == "count"]


def test_a_toll_rising_over_the_day_is_an_update_not_a_conflict(tmp_path):
    tally = desk((FLASH, f"{DAY} 06:10"), (UPDATE, f"{DAY} 08:30"), (WRITE_THROUGH, f"{DAY} 12:00"))
    assert counts(tally, tally.conflicts) == []
    assert counts(tally, tally.updates) == [["3", "5", "7"]]  # in the order of their moments
    update = tally.updates[0]
    assert update.moments == (f"{DAY} 06:10", f"{DAY} 08:30", f"{DAY} 12:00")
    assert [tally.fact(fid).sources for fid in update.facts] == [("s1",), ("s2",), ("s3",)]
    assert tally.updates_for(update.facts[1]) == (update,)
    assert tally.conflicts_for(update.facts[1]) == ()
    # JSON: "updates", with the moments; not in "conflicts"
    data = json.loads(render_facts(tally, "json"))
    assert data["updates"] == [{"about": update.about, "facts": list(update.facts),
                                "moments": list(update.moments)}]
    assert data["conflicts"] == []
    # the text: the values in order, with their times of day (one day: the time alone) and sources
    text = render_facts(tally, "text")
    assert "rose: 3 (06:10, #1) → 5 (08:30, #2) → 7 (12:00, #3)" in text
    assert "Updates (1)" in text and "Conflicts" not in text
    assert "3 ↑" in text and "7 ↑" in text and " !" not in text
    # CSV: the other values of the update, in order; none in "conflict"
    rows = list(csv.DictReader(io.StringIO(render_facts(tally, "csv"))))
    by_value = {r["value"]: r for r in rows if r["kind"] == "count"}
    assert by_value["5"]["update"] == "3; 7" and by_value["5"]["conflict"] == ""
    # a filter that hides two sides keeps the update, the hidden sides related
    shown = tally.filtered(kind="count").filtered(min_support=1)
    assert counts(shown, shown.updates) == [["3", "5", "7"]]


def test_a_desk_corpus_reads_its_index(tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    rows = ["| file | title | outlet | published |", "|---|---|---|---|"]
    for name, text, when in (("flash", FLASH, "06:10"), ("update", UPDATE, "08:30"),
                             ("wt", WRITE_THROUGH, "12:00")):
        (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        rows.append(f"| {name}.txt | {name} | Wire | {DAY} {when} |")
    (folder / "INDEX.md").write_text("\n".join(rows) + "\n", encoding="utf-8")
    tally = tally_facts(load_corpus(folder))
    assert counts(tally, tally.updates) == [["3", "5", "7"]] and tally.conflicts == ()


def test_the_same_values_falling_over_the_day_stay_a_conflict():
    tally = desk((WRITE_THROUGH, f"{DAY} 06:10"), (UPDATE, f"{DAY} 08:30"), (FLASH, f"{DAY} 12:00"))
    assert tally.updates == ()
    assert sorted(counts(tally, tally.conflicts)[0]) == ["3", "5", "7"]
    # revised down at the end: a conflict too
    tally = desk((FLASH, f"{DAY} 06:10"), (WRITE_THROUGH, f"{DAY} 08:30"), (UPDATE, f"{DAY} 12:00"))
    assert tally.updates == () and len(counts(tally, tally.conflicts)) == 1


def test_a_source_without_a_published_time_keeps_the_conflict():
    for missing in ("", "Saturday morning", "08:30", "March 4, 2026"):
        tally = desk((FLASH, f"{DAY} 06:10"), (UPDATE, missing), (WRITE_THROUGH, f"{DAY} 12:00"))
        assert tally.updates == (), missing
        assert len(counts(tally, tally.conflicts)) == 1, missing


def test_equal_moments_keep_the_conflict():
    tally = desk((FLASH, f"{DAY} 08:30"), (WRITE_THROUGH, f"{DAY} 08:30"))
    assert tally.updates == () and counts(tally, tally.conflicts) == [["3", "7"]]
    # a day and a time of that day cannot be told apart either
    tally = desk((FLASH, DAY), (WRITE_THROUGH, f"{DAY} 12:00"))
    assert tally.updates == () and len(tally.conflicts) == 1


def test_days_and_zones_order_moments():
    # days alone: the next day's toll is higher
    tally = desk((FLASH, "2026-03-04"), (WRITE_THROUGH, "2026-03-05"))
    assert counts(tally, tally.updates) == [["3", "7"]]
    assert tally.updates[0].moments == ("2026-03-04", "2026-03-05")
    # offsets from UTC compared in UTC: 06:10+01:00 is 05:10Z, before 05:30Z
    tally = desk((FLASH, f"{DAY}T06:10+01:00"), (WRITE_THROUGH, f"{DAY}T05:30Z"))
    assert counts(tally, tally.updates) == [["3", "7"]]
    assert tally.updates[0].moments == (f"{DAY} 06:10+01:00", f"{DAY} 05:30Z")
    tally = desk((WRITE_THROUGH, f"{DAY}T06:10+01:00"), (FLASH, f"{DAY}T05:30Z"))
    assert tally.updates == () and len(tally.conflicts) == 1


def test_kinds_that_do_not_rise_over_a_story_stay_conflicts():
    share = "{} of residents backed the plan to close the bridge, the council survey found."
    tally = desk((share.format("40%"), f"{DAY} 06:10"), (share.format("50%"), f"{DAY} 12:00"))
    assert tally.updates == () and len(tally.conflicts) == 1
    vote = "The Supreme Court ruled {} that the state may not build the dam on the river."
    tally = desk((vote.format("5-4"), f"{DAY} 06:10"), (vote.format("6-3"), f"{DAY} 12:00"))
    assert tally.updates == () and len(tally.conflicts) == 1
    passengers = "The derailed train near Dunmore was carrying {} passengers, the operator said."
    tally = desk((passengers.format("180"), f"{DAY} 06:10"), (passengers.format("212"), f"{DAY} 12:00"))
    assert tally.updates == () and len(tally.conflicts) == 1


@pytest.mark.parametrize("text", [
    "{} people were injured when a passenger train derailed near Dunmore on Saturday, police said.",
    "Police arrested {} people after the protest outside the Dunmore town hall on Saturday.",
    "Rescuers pulled {} people alive from the collapsed Dunmore mine on Saturday, officials said.",
])
def test_other_counts_that_rise_as_a_story_develops(text):
    tally = desk((text.format(12), f"{DAY} 06:10"), (text.format(20), f"{DAY} 12:00"))
    assert counts(tally, tally.updates) == [["12", "20"]] and tally.conflicts == ()


def test_the_seeds_facts_are_unchanged():
    tally = tally_facts(load_corpus(SEEDS))
    assert tally.updates == ()
    assert [sorted(tally.fact(fid).value for fid in c.facts) for c in tally.conflicts] == [
        ["January 22–23", "January 23"]]


# --- the one reader of published dates -------------------------------------------------------

def test_read_published():
    p = read_published(" 2026-11-21T06:58:10Z ")
    assert (p.day, p.time, p.seconds, p.zone, p.plain) == ("2026-11-21", "06:58", ":10", "Z", True)
    assert p.offset is not None and p.offset.total_seconds() == 0
    p = read_published("2026-11-21 6:58 CET")
    assert (p.clock, p.zone, p.plain, p.offset) == ("06:58", "CET", False, None)
    assert read_published("2026-11-21 13:15+01:00").offset.total_seconds() == 3600
    assert read_published("2026-11-21").label() == "2026-11-21"
    for unread in ("", "06:58", "21 November 2026", "2026-11-3", "2026-13-01"):
        assert read_published(unread) is None, unread


def test_moments_on_one_footing():
    stamps = [read_published(t) for t in ("2026-11-21 06:58", "2026-11-21 13:15")]
    keys, labels = on_one_footing(stamps)
    assert keys[0] < keys[1] and shortened(labels) == ["06:58", "13:15"]
    stamps = [read_published(t) for t in ("2026-11-21 06:58", "2026-11-22")]
    keys, labels = on_one_footing(stamps)
    assert labels == ["2026-11-21", "2026-11-22"] and shortened(labels) == labels


def test_a_source_that_disputes_or_denies_a_value_keeps_the_conflict():
    official = "Officials said 31 people died in the crush at the Arvel Park stadium on Saturday."
    blog = ("The official story about Saturday's crush at Arvel Park does not add up. The "
            "authorities admit 31 dead, but sources inside the hospital tell me the real number is 41.")
    tally = desk((official, "2026-03-15"), (blog, "2026-03-16"))
    assert tally.updates == () and counts(tally, tally.conflicts) == [["31", "41"]]


# --- the reader: its own marks in the facts list, the update in a fact's detail, explained in ? ---

def test_the_reader_marks_updates_and_near_values_in_the_list(tmp_path):
    import asyncio

    from ui_support import running, settle, write_corpus

    from seedreader.ui.dialogs.help import ON_SCREEN

    folder = write_corpus(tmp_path / "desk", {
        "a.txt": f"Flash\n\n{FLASH} About 3,400 families live in the valley near the line.",
        "b.txt": f"Update\n\n{UPDATE} About 3,500 families live in the valley near the line.",
        "c.txt": f"Write-through\n\n{WRITE_THROUGH}"})
    (folder / "INDEX.md").write_text(
        "| file | title | published |\n|---|---|---|\n"
        f"| a.txt | Flash | {DAY} 06:10 |\n| b.txt | Update | {DAY} 08:30 |\n"
        f"| c.txt | Write-through | {DAY} 12:00 |\n", encoding="utf-8")

    async def check() -> None:
        async with running(load_corpus(folder), size=(160, 48)) as (app, pilot):
            await settle(pilot)
            panel = app.screen.facts_panel
            view = panel.view
            by_value = {f.value: f for f in view.facts if f.kind == "count"}
            assert view.mark(by_value["5"]) == "update" and view.mark(by_value["3400"]) == "near"
            first = [str(panel._prompt(by_value[v], 60, "")).split("\n")[0] for v in ("5", "3400")]
            assert first[0].startswith("↑ count") and first[1].startswith("≈ count"), first
            assert not any("≠" in line for line in first)
            panel._show_detail(by_value["5"])
            await settle(pilot)
            detail = " ".join(str(panel.query_one("#facts-detail").render()).split())
            assert "↑ rose: 3 (06:10, 1 L) → 5 (08:30, 2 R) → 7 (12:00, 3)" in detail, detail
            assert "conflicts with" not in detail

    asyncio.run(check())
    shown = [mark for mark, _what in ON_SCREEN]
    assert "↑" in shown and "≈" in shown


def test_a_filter_that_hides_earlier_values_keeps_the_update_and_names_them_related():
    tally = desk((FLASH, f"{DAY} 06:10"), (UPDATE, f"{DAY} 08:30"), (WRITE_THROUGH, f"{DAY} 12:00"),
                 (WRITE_THROUGH, f"{DAY} 12:30"))
    shown = tally.filtered(min_support=2, kind="count")
    assert [f.value for f in shown.facts] == ["7"]
    assert counts(shown, shown.updates) == [["3", "5", "7"]]
    assert sorted(f.value for f in shown.related) == ["3", "5"]
    assert json.loads(render_facts(tally, "json", min_support=2))["updates"] == [
        u.to_dict() for u in tally.updates]
    assert "rose: 3 (06:10, #1) … → 5 (08:30, #2) … → 7 (12:00, #3, #4)" in render_facts(
        tally, "text", min_support=2)
