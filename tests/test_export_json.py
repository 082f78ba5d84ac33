"""The JSON exports: compare().to_dict() plus facts, with a schema version; the report as data."""

from __future__ import annotations

import json

from export_support import fake_view, make_source, synthetic_comparison

from seedreader import compare, load_corpus
from seedreader.export import SCHEMA_VERSION, jsonfmt, render_pair, render_report
from seedreader.export.jsonfmt import dump_json, pair_dict, render_pair_json
from seedreader.export.report import build_report

SEEDS = load_corpus()
EXTRA = {"outlet", "published", "url"}


def test_pair_json_is_compare_to_dict_plus_facts_and_a_version():
    comparison = compare(SEEDS[2], SEEDS[0])
    data = json.loads(render_pair(comparison, "json", corpus=SEEDS))
    assert data["schema_version"] == SCHEMA_VERSION == 2
    assert data["kind"] == "pair"
    expected = comparison.to_dict()
    for side in ("left", "right"):
        assert EXTRA <= set(data[side])
        assert {k: v for k, v in data[side].items() if k not in EXTRA} == {
            k: v for k, v in expected[side].items() if k not in EXTRA}
        assert data[side] == expected[side]  # (to_dict() has outlet, published, url too: QA9)
    assert data["blocks"] == expected["blocks"]
    assert data["similarity"] == expected["similarity"]
    assert "facts" in data


def test_pair_facts_in_json_keep_the_tally_shape():
    comparison = synthetic_comparison()
    view = fake_view([comparison.left, comparison.right, make_source("third", ["x"])])
    data = json.loads(render_pair_json(comparison, view))
    facts = data["facts"]
    assert set(facts) == {"sources", "source_count", "facts", "conflicts", "variants", "related",
                          "near", "updates"}
    assert [s["id"] for s in facts["sources"]] == ["L", "R", "third"]
    assert {f["id"] for f in facts["facts"]} >= {"f1", "f3", "f4"}
    assert facts["conflicts"] == [{"about": "security meeting", "facts": ["f3", "f4"]}]


def test_pair_json_carries_source_details():
    left = make_source("l", ["a"], outlet="AP", published="2026-01-12", url="https://x.org/")
    data = pair_dict(compare(left, make_source("r", ["b"])), None)
    assert (data["left"]["outlet"], data["left"]["published"], data["left"]["url"]) == (
        "AP", "2026-01-12", "https://x.org/")
    assert data["facts"] is None


def test_pair_json_names_the_other_side_of_each_conflict():
    comparison = compare(SEEDS[2], SEEDS[0])
    data = json.loads(render_pair(comparison, "json", corpus=SEEDS))["facts"]
    pair = {comparison.left.id, comparison.right.id}
    assert data["facts"] and all(
        any(m["source"] in pair for m in f["mentions"]) for f in data["facts"])
    known = {f["id"] for f in data["facts"] + data["related"]}
    for group in data["conflicts"] + data["variants"]:
        assert set(group["facts"]) <= known
        assert set(group["facts"]) & {f["id"] for f in data["facts"]}
    assert all(f["support"] == len(f["sources"]) for f in data["facts"])
    assert len(data["sources"]) == len(SEEDS)


def test_small_json_is_indented_in_full():
    comparison = compare(SEEDS[2], SEEDS[0])
    data = pair_dict(comparison, None)
    assert dump_json(data) == json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_large_json_puts_each_record_on_a_line_and_holds_the_same_data(monkeypatch):
    # Large output (here: forced) is written by json's C encoder, one record per line.
    comparison = compare(SEEDS[3], SEEDS[0])
    data = pair_dict(comparison, None)
    monkeypatch.setattr(jsonfmt, "FULLY_INDENTED", 0)
    text = dump_json(data)
    assert json.loads(text) == data
    lines = text.splitlines()
    assert lines[:3] == ["{", '  "schema_version": 2,', '  "kind": "pair",']
    for block in data["blocks"]:  # each block whole on one line of its own
        line = json.dumps(block, ensure_ascii=False, separators=(", ", ": "))
        assert f"    {line}," in lines or f"    {line}" in lines
    report = json.loads(render_report(SEEDS, "json"))
    assert report["comparisons"] == [c.to_dict() for c in build_report(SEEDS).comparisons]


def test_json_of_a_20000_paragraph_diff_is_whole():
    left = "\n\n".join(f"Paragraph {i} says one thing." for i in range(20_000))
    right = left.replace("Paragraph 500 says one", "Paragraph 500 says another")
    text = render_pair(compare(left, right, spans=False), "json")
    assert len(text) > jsonfmt.FULLY_INDENTED  # written the fast way
    data = json.loads(text)
    assert len(data["blocks"]) == 20_000 and len(data["left"]["paragraphs"]) == 20_000
    assert [b["kind"] for b in data["blocks"]].count("changed") == 1
