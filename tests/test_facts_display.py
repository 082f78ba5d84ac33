"""A fact's value as a person reads it: the digits of an amount grouped by thousands ("38,500",
as the articles write it), everywhere it is shown (the facts verb's text, its conflict lines,
the reader's facts panel and conflict notices, the HTML and Markdown exports), while what
programs rely on keeps the canonical value: Fact.value, the fact ids, JSON's "value", CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest
from ui_support import quiet_textual, running, settle, sync, write_corpus

from seedreader import compare, load_corpus, tally_facts
from seedreader.cli import main
from seedreader.export import render_pair, render_report
from seedreader.facts.models import value_label

__all__ = ["quiet_textual"]

STADIUM = {
    "a.txt": ("Stadium crush in Marova\n\n"
              "The stadium, which holds 38,500 people, was full on Saturday.\n\n"
              "Officials said 42,000 people were inside the ground when the gates gave way.\n\n"
              "The club was fined €12,000 in 2019 after a similar incident.\n\n"
              "The inquiry will cost between 20,000 and 25,000 euros, the ministry said.\n"),
    "b.txt": ("Marova stadium disaster\n\n"
              "The ground, which holds 38,500 people, was full on Saturday.\n\n"
              "Police said 45,000 people were inside the ground when the gates gave way.\n\n"
              "The club was fined €12,000 in 2019 after a similar incident.\n\n"
              "Thousands of fans were left outside.\n"),
}


@pytest.fixture
def stadium(tmp_path):
    return write_corpus(tmp_path / "stadium", STADIUM)


@pytest.mark.parametrize(("kind", "value", "label"), [
    ("count", "38500", "38,500"),
    ("count", "1500", "1,500"),
    ("count", "1200000", "1,200,000"),
    ("money", "€12000", "€12,000"),
    ("money", "12000 pesos", "12,000 pesos"),
    ("money", "C$12000–15000", "C$12,000–15,000"),
    ("count", "20000–25000", "20,000–25,000"),
    ("duration", "1500 days", "1,500 days"),
    ("percent", "1200%", "1,200%"),
    ("count", "12345.5", "12,345.5"),  # the whole part only
])
def test_an_amount_of_four_digits_or_more_is_grouped_by_thousands(kind, value, label):
    assert value_label(kind, value) == label


@pytest.mark.parametrize(("kind", "value"), [
    ("date", "2019"),  # years, dates and periods are never grouped
    ("date", "2026-03-04"),
    ("date", "2019–2020"),
    ("date", "March 2025"),
    ("count", "999"),  # three digits: nothing to group
    ("percent", "50%"),
    ("percent", "0.12345%"),  # a decimal's fraction is not grouped
    ("count", "3.14159"),
    ("money", "$3.8 million"),
    ("count", "thousands"),  # words
    ("quote", "We had 38500 officers on duty"),  # a source's own words
    ("time", "1430"),  # a kind that is not an amount (a clock time)
])
def test_dates_decimals_words_quotes_and_other_kinds_are_shown_as_they_are(kind, value):
    assert value_label(kind, value) == value


def test_a_fact_keeps_its_canonical_value_and_labels_it_grouped(stadium):
    tally = tally_facts(load_corpus(stadium))
    capacity = next(f for f in tally.facts if f.kind == "count" and f.value == "38500")
    assert capacity.label == "38,500" and capacity.support == 2
    assert "38,500" not in capacity.id  # the id is made of the canonical value
    year = next(f for f in tally.facts if f.kind == "date" and f.value == "2019")
    assert year.label == "2019"
    assert "label" not in capacity.to_dict()  # the API's dict and JSON: as they were


def test_the_facts_verb_shows_grouped_figures_and_a_year_as_it_is(stadium, capsys):
    assert main(["facts", str(stadium)]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[3]: line for line in out.splitlines() if line.startswith(("1/2", "2/2"))}
    assert rows["38,500"].split()[:3] == ["2/2", "●●", "count"]
    assert "€12,000" in rows and "€20,000–25,000" in rows and "thousands" in rows
    assert rows["2019"].split()[2] == "date"
    assert "38500" not in out and "42000" not in out and "2,019" not in out
    # The conflict's lines: the values grouped, the sources' wordings as they are.
    conflict = out[out.index("Conflicts (1)"):].splitlines()
    assert conflict[2].split()[:2] == ["42,000", "●○"] and "“42,000 people” in 1 a ¶3" in conflict[2]
    assert conflict[3].split()[:2] == ["45,000", "○●"]


def test_json_and_csv_keep_the_canonical_value(stadium, capsys):
    assert main(["facts", str(stadium), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    values = {f["value"] for f in data["facts"]}
    assert {"38500", "€12000", "42000", "45000", "2019"} <= values
    assert not any("," in v for v in values)
    assert main(["facts", str(stadium), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["value"] for r in rows if r["kind"] == "count"} >= {"38500", "42000", "45000"}
    assert {r["conflict"] for r in rows if r["value"] == "42000"} == {"45000"}
    assert {r["text"] for r in rows if r["value"] == "38500"} == {"38,500 people"}  # the source's


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_the_pair_and_report_exports_show_grouped_figures(stadium, fmt):
    corpus = load_corpus(stadium)
    pair = render_pair(compare(corpus["a"], corpus["b"]), fmt, corpus=corpus)
    report = render_report(corpus, fmt)
    for text in (pair, report):
        assert "38,500" in text and "€12,000" in text and "42,000" in text and "45,000" in text
        assert "2019" in text and "2,019" not in text
        assert "38500" not in text and "42000" not in text
    pair_json = json.loads(render_pair(compare(corpus["a"], corpus["b"]), "json", corpus=corpus))
    assert "38500" in {f["value"] for f in pair_json["facts"]["facts"]}


@sync
async def test_the_facts_panel_and_a_conflict_notice_show_grouped_figures(stadium):
    from seedreader.ui.widgets.facts_panel import FactsPanel

    async with running(load_corpus(stadium), size=(160, 48)) as (app, pilot):
        panel = app.screen.query_one(FactsPanel)
        rows = [str(panel.fact_list.get_option_at_index(i).prompt).split("\n")[0]
                for i in range(panel.fact_list.option_count)]
        capacity = next(row for row in rows if "38,500" in row)
        assert capacity.split()[-2:] == ["count", "38,500"]
        assert any(row.split()[-2:] == ["date", "2019"] for row in rows)
        assert not any("38500" in row or "2,019" in row for row in rows)
        index = next(i for i, f in enumerate(panel._shown) if f.value == "42000")
        await pilot.press("tab", "tab")
        app.focused.highlighted = index
        await pilot.pause()
        detail = " ".join(str(panel.query_one("#facts-detail").render()).split())
        assert detail.startswith("42,000") and "conflicts with 45,000 in 2" in detail
        await pilot.press("escape", "N")
        await settle(pilot)
        notice = list(app._notifications)[-1].message
        assert notice.startswith("42,000 in 1 (left) ≠ 45,000 in 2 (right)"), notice
