"""`seedreader facts`: the table a person reads, JSON and CSV, filters and errors."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest

from seedreader.cli import main
from seedreader.corpus import load_corpus, source_from_text
from seedreader.errors import UsageError
from seedreader.facts import FactTally, render_facts, tally_facts
from seedreader.models import Segment, Source


@pytest.fixture(scope="module")
def tally():
    return tally_facts(load_corpus())


def test_text_shows_support_as_k_of_n_with_which_sources(tally):
    out = render_facts(tally, "text")
    row = next(line for line in out.splitlines() if " 50%" in line)
    assert row.split()[:4] == ["5/5", "●●●●●", "percent", "50%"]
    forty = next(line for line in out.splitlines() if " 40%" in line)
    assert forty.split()[:2] == ["2/5", "●○○●○"]
    assert "1  000_01a57e45cf902546" in out  # the legend maps dots to sources


def test_text_lists_conflicts_with_values_and_sources(tally):
    out = render_facts(tally, "text")
    block = out[out.index("Conflicts (1)"):]
    jan23 = next(line for line in block.splitlines() if "January 23 " in line)
    jan22 = next(line for line in block.splitlines() if "January 22–23" in line)
    assert "000_01a57e45cf902546" in jan23 and "●○○○○" in jan23
    assert "001_32005ae63a8aedc1" in jan22 and "○●○○○" in jan22
    assert "Possible variants" in out


def test_json_is_to_dict_and_filters_apply(tally):
    from seedreader.export import SCHEMA_VERSION

    assert json.loads(render_facts(tally, "json")) == {"schema_version": SCHEMA_VERSION,
                                                       "kind": "facts", **tally.to_dict()}
    data = json.loads(render_facts(tally, "json", min_support=2, kind="percent"))
    assert [f["value"] for f in data["facts"]] == ["50%", "40%"]
    assert data["conflicts"] == []  # the conflict's dates are filtered out


def test_a_conflict_shows_each_source_s_own_wording():
    texts = ("Talks with the port authority will resume at a meeting on January 23rd in the capital.",
             "Negotiators are due to meet again on January 22–23 in the capital, the port authority said.",
             "A meeting between the union and the port authority is planned for Jan. 23 in the capital.",
             "The two sides will meet on January 23 in the capital.",
             "The two sides will meet on January 23 in the capital.")
    tally = tally_facts([source_from_text(f"Port talks\n\n{t}", id=f"a{i}")
                         for i, t in enumerate(texts, 1)])
    out = render_facts(tally, "text")
    [line] = [x for x in out[out.index("Conflicts (1)"):].splitlines() if "January 23 " in x]
    assert line.split("●  ", 1)[1] == ("“January 23rd” in 1 a1 ¶2 · “Jan. 23” in 3 a3 ¶2 · "
                                       "“January 23” in 4 a4 ¶2; 5 a5 ¶2")


def test_min_support_keeps_a_shown_fact_s_conflict_with_one_below_the_bar(tally):
    # January 23 (000) against January 22–23 (001): with support ≥ 1 of each it is the seeds'
    # conflict; a filter that hides one side must not make the other look uncontested.
    jan23 = next(f for f in tally.facts if f.value == "January 23")
    jan22 = next(f for f in tally.facts if f.value == "January 22–23")
    fake = FactTally(tally.sources, tuple(
        replace(f, support=2, sources=(*f.sources, "extra")) if f.id == jan23.id else f
        for f in tally.facts), tally.conflicts, tally.variants)
    shown = fake.filtered(min_support=2)
    assert [f.id for f in shown.related] == [jan22.id]
    assert [set(c.facts) for c in shown.conflicts] == [{jan23.id, jan22.id}]
    assert shown.fact(jan22.id) == jan22
    data = json.loads(render_facts(fake, "json", min_support=2))
    assert [c["facts"] for c in data["conflicts"]] == [[jan23.id, jan22.id]]
    assert [f["id"] for f in data["related"]] == [jan22.id]
    assert jan22.id not in {f["id"] for f in data["facts"]}
    out = render_facts(fake, "text", min_support=2)
    assert "January 23 !" in out
    block = out[out.index("Conflicts (1)"):]
    assert "January 22–23" in block and "below the support bar" in block
    # Neither side shown: no conflict to list.
    assert fake.filtered(min_support=3).conflicts == ()


def test_cli_min_support_lists_the_conflict_of_a_fact_shown(tmp_path, capsys):
    for name, text in (("a.txt", "Talks\n\nThe meeting will be held on January 23 in Ottawa."),
                       ("b.txt", "Talks\n\nThe meeting will be held on January 23 in Ottawa."),
                       ("c.txt", "Talks\n\nThe meeting will be held on January 24 in Ottawa.")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert main(["facts", str(tmp_path), "--format", "json", "--min-support", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [f["value"] for f in data["facts"]] == ["January 23"]
    assert [f["value"] for f in data["related"]] == ["January 24"]
    assert len(data["conflicts"]) == 1


def test_csv_has_one_row_per_mention(tally):
    rows = list(csv.DictReader(io.StringIO(render_facts(tally, "csv"))))
    assert len(rows) == sum(len(f.mentions) for f in tally.facts)
    fifty = [r for r in rows if r["value"] == "50%" and r["kind"] == "percent"]
    assert {r["text"] for r in fifty} >= {"about 50 per cent", "approximately 50%"}
    corpus = load_corpus()
    for r in rows:
        assert corpus[r["source"]].text[int(r["start"]):int(r["end"])] == r["text"]


def test_csv_counts_paragraphs_as_the_text_does_and_names_the_contradicting_values(tally):
    rows = list(csv.DictReader(io.StringIO(render_facts(tally, "csv"))))
    corpus = load_corpus()
    for r in rows:
        # The ¶ a person reads: paragraph 1 is the first of Source.paragraphs.
        assert r["text"] in corpus[r["source"]].paragraphs[int(r["paragraph"]) - 1]
    [jan23] = [r for r in rows if r["value"] == "January 23"]
    [jan22] = [r for r in rows if r["value"] == "January 22–23"]
    out = render_facts(tally, "text")
    assert f"1 000_01a57e45cf902546 ¶{jan23['paragraph']}" in out
    assert (jan23["conflict"], jan22["conflict"]) == ("January 22–23", "January 23")
    assert {r["conflict"] for r in rows if r["value"] not in ("January 23", "January 22–23")} == {""}
    # JSON keeps the 0-based index into Source.paragraphs (what the API and the reader use).
    for fact in json.loads(render_facts(tally, "json"))["facts"]:
        for m in fact["mentions"]:
            assert m["text"] in corpus[m["source"]].paragraphs[m["paragraph"]]


def test_min_support_and_kind_filter_the_text(tally):
    out = render_facts(tally, "text", min_support=5)
    assert "50%" in out and "40%" not in out and "Quotes" not in out
    out = render_facts(tally, "text", kind="quote")
    assert "Figures and dates" not in out and "cordial" in out
    assert "No facts match" in render_facts(tally, "text", min_support=6)


def test_unknown_kind_is_a_usage_error(tally):
    with pytest.raises(UsageError, match="unknown kind 'nope'"):
        render_facts(tally, "text", kind="nope")


def test_untrusted_text_cannot_drive_the_terminal_or_a_spreadsheet():
    source = source_from_text("“=HYPERLINK(1) \x1b[31mred\x1b[0m and \u202eevil text here,” Lopez said.",
                              id="x")
    tally = tally_facts([source])
    text = render_facts(tally, "text")
    assert "\x1b" not in text and "\u202e" not in text
    rows = list(csv.reader(io.StringIO(render_facts(tally, "csv"))))
    text_cell = rows[1][rows[0].index("text")]
    assert text_cell.startswith("'=")
    assert "\x1b" not in text_cell


def test_control_characters_are_removed_even_if_a_source_carries_them():
    raw = "“Ring the \x07bell and \x1b]0;title\x07 \u2066swap\u2069 it now,” Lopez said."
    source = Source(id="raw", title="t\x1b[2J", text=raw, segments=(Segment(0, len(raw)),))
    out = render_facts(tally_facts([source]), "text")
    assert "Ring the" in out
    assert not any(c in out for c in "\x07\x1b\u2066\u2069")


def test_cli_facts_text_json_csv(capsys):
    assert main(["facts"]) == 0
    assert "5/5" in capsys.readouterr().out
    assert main(["facts", "--format", "json", "--min-support", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data)[:2] == ["schema_version", "kind"] and data["kind"] == "facts"
    assert data["facts"] and all(f["support"] >= 2 for f in data["facts"])
    assert main(["facts", "--format", "csv", "--kind", "date"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and {r["kind"] for r in rows} == {"date"}


def test_cli_unknown_kind_exits_2_with_one_line(capsys):
    assert main(["facts", "--kind", "nope"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [("seedreader: error: unknown kind 'nope'; expected one of: percent, count, "
                    "money, measure, ratio, duration, age, vote, date, time, name, quote")]


def test_cli_writes_a_file(tmp_path, capsys):
    target = tmp_path / "facts.json"
    assert main(["facts", "--format", "json", "-o", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["facts"]


def test_cli_refuses_an_unknown_kind_before_tallying(capsys, monkeypatch):
    from seedreader import facts

    def no_tally(corpus):
        raise AssertionError("tallied before checking --kind")

    monkeypatch.setattr(facts, "tally_facts", no_tally)
    assert main(["facts", "--kind", "nope"]) == 2
    assert "unknown kind 'nope'" in capsys.readouterr().err


def test_titles_and_quotes_are_clipped_by_screen_columns_not_characters():
    from seedreader.textout import display_width

    wide = "北京会谈" * 30  # 120 characters, 240 columns
    quote = "我们不会接受这些关税" * 12
    source = Source(id="cjk", title=wide, text=f"“{quote},” Lopez said.",
                    segments=(Segment(0, len(quote) + 16),))
    other = source_from_text("“We will rebuild the bridge,” Lopez said.", id="en")
    out = render_facts(tally_facts([source, other]), "text")
    [header] = [line for line in out.splitlines() if line.startswith("   1  cjk  ")]
    assert header.endswith("…") and display_width(header) <= len("   1  cjk  ") + 60
    [row] = [line for line in out.splitlines() if "我们" in line]
    assert row.endswith("…”") and display_width(row[row.index("“"):]) <= 88 + 2


def test_a_misquote_shows_in_the_text_the_json_and_the_reader_s_facts_panel():
    from seedreader.ui.facts_model import FactsView

    tally = tally_facts([
        source_from_text("Tariffs\n\n“We will never accept these tariffs,” the minister said.", id="a"),
        source_from_text("Tariffs\n\n“We will accept these tariffs,” the minister said.", id="b")])
    never, accept = (next(f for f in tally.facts if f.value == v) for v in (
        "We will never accept these tariffs", "We will accept these tariffs"))
    out = render_facts(tally, "text")
    assert "“We will never accept these tariffs” !" in out  # marked in the quotes table
    head, first, second = out[out.index("Conflicts (1)"):].splitlines()[1:4]
    assert head.startswith("  quote, about: ") and "never" in head
    assert first.split() == ["●○", "“We", "will", "never", "accept", "these", "tariffs”", "in",
                             "1", "a", "¶2"]
    assert second.split()[:2] == ["○●", "“We"] and second.endswith("in 2 b ¶2")
    data = json.loads(render_facts(tally, "json"))
    assert [c["facts"] for c in data["conflicts"]] == [[never.id, accept.id]]
    view = FactsView.of(tally)  # what the reader's facts panel lists and marks with ≠
    assert view.in_conflict(never) and view.in_conflict(accept)
    assert view.counterparts(never) == [accept]
    assert [f.id for f in view.filtered("conflicts")] == [never.id, accept.id]


def test_a_misquote_s_about_keeps_what_changed_whole():
    tally = tally_facts([
        source_from_text('"We strongly disagree with the decision and believe the evidence does '
                         'not support the verdict," the company said in a statement.', id="a"),
        source_from_text('Agrilon said: "We strongly disagree with the decision and believe the '
                         'evidence supports the verdict."', id="b")])
    out = render_facts(tally, "text")
    about = next(line for line in out.splitlines() if line.startswith("  quote, about:"))
    assert about.endswith("(“not” in one, not the other)")
    assert "…" in about  # the words naming the remark are what gets clipped


def test_a_fact_of_many_sources_lists_them_all_in_runs():
    """QA desk: the text table cut the holders after 8 ("#16,18,19,20,22,24,25,26…")."""
    from seedreader import tally_facts
    from seedreader.corpus import source_from_text
    from seedreader.facts.render import render_facts

    texts = [f"Report {n}. Seven people were killed when a train derailed near Dunmore, police "
             "said." if n not in (2, 13) else f"Report {n}. The line stays closed until Monday."
             for n in range(1, 41)]
    tally = tally_facts([source_from_text(t, id=f"s{n:02d}") for n, t in enumerate(texts, 1)])
    out = render_facts(tally, "text")
    row = next(line for line in out.splitlines() if " 7 " in line and "count" in line)
    assert "#1, 3–12, 14–40" in row and "…" not in row.split("count")[0], row
