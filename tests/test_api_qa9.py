"""The Python API as a scripter meets it (QA round 9): README's recipes, Corpus as a sequence,
the tally's lookups, to_dict() shapes, render_report's base, type errors."""

from __future__ import annotations

import collections.abc
import contextlib
import io
import re
from pathlib import Path

import pytest

from seedreader import load_corpus, tallied_sources, tally_facts
from seedreader.corpus import source_from_text
from seedreader.models import Corpus

README = Path(__file__).resolve().parent.parent / "README.md"

WIRE = ("Fire at paint works kills three\n\nThree workers were killed when fire tore through the "
        "paint works on Tuesday, officials said. About 45% of its output is made there.\n\n"
        "The fire broke out at 4:40 p.m. in a mixing hall.\n")
DAILY = ("Paint works inferno\n\nFour workers were feared dead after the blaze on Tuesday. "
         "About 45 per cent of the firm's output is made at the site.\n\n"
         "The fire began at 5:10 p.m. in the mixing hall, the company said.\n")


def _corpus(root: Path, texts: dict[str, str], name: str = "corp") -> Corpus:
    folder = root / name
    folder.mkdir(parents=True)
    rows = ["| file | title | outlet | published | url |", "|---|---|---|---|---|"]
    for file, text in texts.items():
        (folder / file).write_text(text, encoding="utf-8")
        rows.append(f"| {file} | {text.splitlines()[0]} | {file[:-4].title()} | 2026-03-03 | "
                    f"https://{file[:-4]}.example/fire |")
    (folder / "INDEX.md").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return load_corpus(folder)


@pytest.fixture
def corp(tmp_path) -> Corpus:
    return _corpus(tmp_path, {"wire.txt": WIRE, "daily.txt": DAILY})


# --- 1: a mention's source, whatever was tallied ------------------------------------------------
def test_a_mention_finds_its_text_when_a_source_is_given_twice(corp):
    sources = [corp["wire"], corp["wire"], corp["daily"]]
    tally = tally_facts(sources)
    assert tally.source_ids == ("wire", "daily")
    by_id = {s.id: s for s in tallied_sources(sources)}
    daily = tally.mentions_for("daily")
    assert daily
    for mention, _fact in daily:
        assert by_id[mention.source] is corp["daily"]
        assert by_id[mention.source].text[mention.start:mention.end] == mention.text
        assert corp[mention.source].text[mention.start:mention.end] == mention.text


def test_tallied_sources_are_tally_sources_in_order_with_the_ids_mentions_name(tmp_path):
    one = _corpus(tmp_path, {"a.txt": WIRE, "b.txt": DAILY}, "corp")
    two = _corpus(tmp_path, {"a.txt": DAILY}, "corp2")
    sources = [one[0], one[1], one[0], two[0]]
    tally = tally_facts(sources)
    tallied = tallied_sources(sources)
    assert tuple(s.id for s in tallied) == tally.source_ids == ("a", "b", "a (corp2)")
    assert tallied[2].text == two[0].text  # the second a.txt, under its tallied id
    by_id = {s.id: s for s in tallied}
    for fact in tally.facts:
        for mention in fact.mentions:
            assert by_id[mention.source].text[mention.start:mention.end] == mention.text
    assert [s.id for s in sources] == ["a", "b", "a", "a"]  # (the caller's sources unchanged)


def _readme_api_snippets() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Python API"):text.index("## Development")]
    return re.findall(r"```python\n(.*?)```", section, re.DOTALL)


def test_every_python_snippet_of_the_readme_runs_as_written():
    snippets = _readme_api_snippets()
    assert len(snippets) >= 2
    namespace: dict = {}
    with contextlib.redirect_stdout(io.StringIO()) as out:
        for snippet in snippets:  # (in order: a later one uses what an earlier one made)
            exec(compile(snippet, str(README), "exec"), namespace)  # noqa: S102 (our README)
    assert "of the left is in the right" in out.getvalue()


# --- 2: a Corpus is a sequence that also takes ids --------------------------------------------
def test_a_corpus_is_a_sequence(corp):
    assert isinstance(corp, collections.abc.Sequence)
    assert corp[0:2] == (corp[0], corp[1]) and corp[1:] == (corp[1],) and corp[::-1][0] is corp[1]
    assert list(reversed(corp)) == [corp[1], corp[0]]
    assert corp.index(corp[1]) == 1 and corp.index("daily") == corp.index(corp["daily"])
    assert corp.count(corp[0]) == 1
    # what worked keeps working
    assert corp["wire"] is corp[0] and corp[-1] is corp[1] and len(corp) == 2
    assert list(corp) == list(corp.sources) and "wire" in corp and corp[0] in corp
    assert tally_facts(corp[0:2]).source_ids == ("wire", "daily")  # (a slice tallies)


@pytest.mark.parametrize("key", [1.5, None, [0], b"wire"])
def test_a_key_that_is_neither_a_position_nor_an_id_is_a_type_error(corp, key):
    with pytest.raises(TypeError, match="position .* slice or a source id"):
        corp[key]


def test_index_of_a_source_not_there_is_a_value_error_and_of_an_id_a_key_error(corp, tmp_path):
    stranger = source_from_text("Other\n\nA story of its own.\n", id="other")
    with pytest.raises(ValueError, match="not in the corpus"):
        corp.index(stranger)
    with pytest.raises(KeyError, match="no source 'zzz'"):
        corp.index("zzz")
    with pytest.raises(TypeError, match="a Source or a source id"):
        corp.index(3)
    # start/stop, as for a list
    assert corp.index(corp[1], 1) == 1
    with pytest.raises(ValueError):
        corp.index(corp[0], 1)
    with pytest.raises(KeyError):
        corp.index("wire", 1)


def test_an_equal_source_made_again_is_found_as_for_a_list(corp):
    again = load_corpus(corp.path)["daily"]
    assert again is not corp["daily"] and corp.index(again) == 1


# --- 3: the tally's lookups take the objects too, and an unknown id is a KeyError -----------
def test_lookups_take_a_source_or_a_fact_as_well_as_its_id(corp):
    tally = tally_facts(corp)
    assert tally.facts_for(corp["daily"]) == tally.facts_for("daily") != ()
    assert tally.mentions_for(corp["wire"]) == tally.mentions_for("wire") != ()
    assert tally.facts_for(tally.sources[1]) == tally.facts_for("daily")  # (a SourceRef too)
    [conflict] = tally.conflicts
    fact = tally.fact(conflict.facts[0])
    assert tally.conflicts_for(fact) == tally.conflicts_for(fact.id) == (conflict,)
    assert tally.variants_for(fact) == tally.variants_for(fact.id)
    assert tally.near_for(fact) == tally.near_for(fact.id)


def test_an_id_the_tally_does_not_hold_is_a_key_error_with_the_closest(corp):
    tally = tally_facts(corp)
    with pytest.raises(KeyError, match=r"no source 'Wire' in the tally \(did you mean 'wire'\?\)"):
        tally.facts_for("Wire")
    with pytest.raises(KeyError, match="no source 'zzz' in the tally"):
        tally.mentions_for("zzz")
    fact = tally.facts[0]
    with pytest.raises(KeyError, match=f"did you mean {fact.id!r}"):
        tally.conflicts_for(fact.id + "x")
    for lookup in (tally.conflicts_for, tally.variants_for, tally.near_for, tally.fact):
        with pytest.raises(KeyError, match="no fact 'nope' in the tally"):
            lookup("nope")
    with pytest.raises(TypeError, match="by its id"):
        tally.facts_for(3)
    with pytest.raises(TypeError, match="by its id"):
        tally.conflicts_for(None)


def test_a_source_with_no_facts_is_no_error(corp):
    bare = source_from_text("Note\n\nNothing to count here.\n", id="bare")
    tally = tally_facts([*corp, bare])
    assert tally.facts_for(bare) == () and tally.mentions_for("bare") == ()


def test_a_filtered_tally_finds_the_related_fact_and_refuses_one_it_dropped(corp):
    tally = tally_facts(corp)
    [conflict] = tally.conflicts
    kind = tally.fact(conflict.facts[0]).kind
    shown = tally.filtered(min_support=2)
    other = next(f for f in tally.facts if f.kind != kind and f.support == 1
                 and not tally.conflicts_for(f) and not tally.near_for(f))
    with pytest.raises(KeyError):
        shown.conflicts_for(other)
    kept = tally.filtered(kind=kind)
    assert all(kept.conflicts_for(i) == (conflict,) for i in conflict.facts)


# --- 4: to_dict() shapes are the CLI's JSON ----------------------------------------------------
def _cli_json(capsys, *argv: str) -> dict:
    import json

    from seedreader.cli import main

    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_a_comparison_dict_has_the_sides_of_the_cli_pair_json(corp, capsys):
    from seedreader import compare

    data = compare(corp["wire"], corp["daily"]).to_dict()
    cli = _cli_json(capsys, "diff", "wire", "daily", str(corp.path), "--format", "json")
    for side in ("left", "right"):
        assert data[side] == cli[side]
        assert list(data[side]) == ["id", "title", "paragraphs", "outlet", "published", "url"]
    assert data["left"]["outlet"] == "Wire" and data["right"]["url"] == "https://daily.example/fire"
    assert data["blocks"] == cli["blocks"] and data["similarity"] == cli["similarity"]


def test_corpus_and_source_dicts_are_what_sources_json_prints(corp, capsys, tmp_path):
    cli = _cli_json(capsys, "sources", str(corp.path), "--format", "json")
    assert corp.to_dict() == cli
    assert [s.to_dict(corp) for s in corp] == cli["sources"]
    assert corp["daily"].to_dict()["file"] == "daily.txt" and cli["sources"][1]["text"]
    made = source_from_text("Note\n\nA line.\n", id="note")
    assert made.to_dict()["file"] is None and made.to_dict()["id"] == "note"


def test_a_source_in_a_subfolder_is_named_by_its_path_in_the_corpus(tmp_path, capsys):
    folder = tmp_path / "corp"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text(WIRE, encoding="utf-8")
    (folder / "b.txt").write_text(DAILY, encoding="utf-8")
    (folder / "INDEX.md").write_text("| file | title |\n|---|---|\n| sub/a.txt | A |\n"
                                     "| b.txt | B |\n", encoding="utf-8")
    corpus = load_corpus(folder)
    assert corpus.to_dict() == _cli_json(capsys, "sources", str(folder), "--format", "json")
    assert corpus[0].to_dict(corpus)["file"] == "sub/a.txt"
    assert corpus[0].to_dict()["file"] == "a.txt"  # (no corpus given: the file's name)


# --- 5: render_report's base: a Source or the CLI's str, never an int ---------------------------
def test_render_report_takes_a_source_or_the_clis_string_as_base(corp):
    import json

    from seedreader.export import render_report

    by_source = json.loads(render_report(corp, "json", base=corp[1]))
    assert by_source["base"] == "daily" and by_source["base_reason"] is None
    assert json.loads(render_report(corp, "json", base="2"))["base"] == "daily"  # (#2, 1-based)
    assert json.loads(render_report(corp, "json", base="daily"))["base"] == "daily"


@pytest.mark.parametrize("base", [0, 1, 3, -1])
def test_an_int_base_is_a_type_error_saying_what_base_takes(corp, base):
    from seedreader.export import render_report

    with pytest.raises(TypeError, match="a Source, or a str as the CLI's --base") as caught:
        render_report(corp, "md", base=base)
    if 0 <= base < len(corp):
        assert f"for corpus[{base}], give base=corpus[{base}] or base='{base + 1}'" in str(
            caught.value)


def test_a_base_that_is_not_the_corpuss_source_is_refused(corp):
    from seedreader import SeedreaderError
    from seedreader.export import render_report

    with pytest.raises(SeedreaderError, match="'other' is not one of the corpus"):
        render_report(corp, "md", base=source_from_text("Other\n\nText.\n", id="other"))
    with pytest.raises(TypeError, match="not float"):
        render_report(corp, "md", base=1.0)


# --- 6: type errors that say what to give ----------------------------------------------------
@pytest.mark.parametrize(("args", "kwargs", "named"), [
    ((b"abc",), {}, r"text must be a str, not bytes \(decode bytes first"),
    ((bytearray(b"abc"),), {}, "text must be a str, not bytearray"),
    (("abc",), {"id": 3}, "id must be a str, not int"),
    (("abc",), {"title": 3}, "title must be a str, not int"),
    (("abc",), {"outlet": b"AP"}, "outlet must be a str, not bytes"),
    (("abc",), {"path": 3}, "path must be a str or a path, not int"),
])
def test_source_from_text_names_the_argument_of_the_wrong_type(args, kwargs, named):
    with pytest.raises(TypeError, match=named):
        source_from_text(*args, **kwargs)


def test_source_from_text_takes_what_it_took(tmp_path):
    assert source_from_text("Title\n\nText.\n", title=None).title == "Title"  # (None: untitled)
    made = source_from_text("Text.\n", id="a", outlet="AP", path=tmp_path / "a.md")
    assert made.outlet == "AP" and made.path == tmp_path / "a.md"
    assert source_from_text("Text.\n", path=str(tmp_path / "a.txt")).text == "Text."


def test_tally_facts_of_one_source_says_to_give_a_list(corp):
    with pytest.raises(TypeError, match=r"not one Source \(for one, give a list: "
                                        r"tally_facts\(\[source\]\)\)"):
        tally_facts(corp[0])
    with pytest.raises(TypeError, match="a Corpus or a list of Sources, not int"):
        tally_facts(3)
    assert tally_facts([corp[0]]).source_ids == ("wire",)


def test_filtered_refuses_a_support_below_one(corp):
    tally = tally_facts(corp)
    for bad in (0, -1):
        with pytest.raises(ValueError, match=f"min_support must be 1 or more, not {bad}"):
            tally.filtered(min_support=bad)
    assert tally.filtered(min_support=1).facts == tally.facts


def test_filtered_takes_kinds_with_commas_as_the_cli_does(corp):
    tally = tally_facts(corp)
    both = tally.filtered(kind=("percent", "time"))
    assert {f.kind for f in both.facts} == {"percent", "time"}
    for written in ("percent,time", "percent, time", "time,percent,", ["percent,time"]):
        assert tally.filtered(kind=written) == both
    with pytest.raises(ValueError, match="',' names no kind"):
        tally.filtered(kind=",")
    with pytest.raises(ValueError, match=r"unknown kind 'dates' \(did you mean 'date'\?\)"):
        tally.filtered(kind="dates,time")


def test_render_facts_takes_the_same_kinds(corp):
    from seedreader.facts import render_facts

    tally = tally_facts(corp)
    one = render_facts(tally, "json", kind="percent,time")
    assert one == render_facts(tally, "json", kind=("percent", "time"))
