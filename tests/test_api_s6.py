"""The Python API's edges (QA round 4, scripting): what a script gets for what it does."""

from __future__ import annotations

from pathlib import Path

import pytest

from seedreader import load_corpus, tally_facts
from seedreader.corpus import source_from_text

STORY = ("Flood closes bridge\n\nThe river rose 1,200 millimetres on Tuesday, officials said. "
         "About 40% of homes were evacuated.\n")


def _folder(root: Path, name: str, texts: dict[str, str]) -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    for file, text in texts.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


# --- 1: two sources with one id ---------------------------------------------------------------
def test_two_folders_merged_with_the_same_file_names_tally_as_distinct_sources(tmp_path):
    one = _folder(tmp_path, "corp", {"a.txt": STORY, "b.txt": STORY})
    two = _folder(tmp_path, "corp2", {"a.txt": STORY, "b.txt": STORY})
    sources = list(load_corpus(one)) + list(load_corpus(two))
    tally = tally_facts(sources)
    assert tally.source_ids == ("a", "b", "a (corp2)", "b (corp2)")
    fact = next(f for f in tally.facts if f.value == "40%")
    assert fact.support == 4 and len(fact.mentions) == 4
    assert fact.sources == tally.source_ids
    for mention in fact.mentions:  # offsets point into the text of the source they name
        source = sources[tally.source_ids.index(mention.source)]  # (tally.sources[i]: the i-th)
        assert source.text[mention.start:mention.end] == mention.text
    assert [s.id for s in sources] == ["a", "b", "a", "b"]  # (the caller's sources as they were)


def test_duplicate_ids_without_folders_to_tell_them_apart_are_numbered(tmp_path):
    one = _folder(tmp_path / "x", "corp", {"a.txt": STORY})
    two = _folder(tmp_path / "y", "corp", {"a.txt": STORY})
    texts = [source_from_text(STORY, id="a"), source_from_text(STORY, id="a (2)")]
    tally = tally_facts([*load_corpus(one), *load_corpus(two), *texts])
    assert tally.source_ids == ("a", "a (3)", "a (4)", "a (2)")
    fact = next(f for f in tally.facts if f.value == "40%")
    assert fact.support == 4


def test_one_source_given_twice_counts_once():
    # (review of session 6: [s, s] was tallied as 'a' and 'a (2)', support 2 for each figure)
    source = source_from_text(STORY, id="a")
    other = source_from_text(STORY.replace("40%", "45%"), id="b")
    for given in ([source, source], [source, source_from_text(STORY, id="a")]):
        tally = tally_facts(given)
        assert tally.source_ids == ("a",)
        assert next(f for f in tally.facts if f.value == "40%").support == 1
    tally = tally_facts([source, other, source])
    assert tally.source_ids == ("a", "b")
    assert next(f for f in tally.facts if f.value == "40%").sources == ("a",)
    # another text under the same id is another source, renamed as before
    tally = tally_facts([source, source_from_text(STORY.replace("40%", "45%"), id="a")])
    assert tally.source_ids == ("a", "a (2)")


def test_distinct_ids_of_sources_made_from_texts_are_fine():
    tally = tally_facts([source_from_text(STORY, id="x"), source_from_text(STORY, id="y")])
    assert tally.source_ids == ("x", "y")


# --- 2: FactTally.filtered checks what it is given ---------------------------------------------
@pytest.fixture(scope="module")
def seed_tally():
    return tally_facts(load_corpus())


@pytest.mark.parametrize("kind", ["dates", "DATE", "Percent"])
def test_filtered_by_a_mistyped_kind_says_what_was_meant(seed_tally, kind):
    with pytest.raises(ValueError, match=r"unknown kind .*did you mean '(date|percent)'"):
        seed_tally.filtered(kind=kind)


def test_filtered_by_an_unknown_kind_lists_the_kinds(seed_tally):
    with pytest.raises(ValueError, match="expected one of: percent, count, money"):
        seed_tally.filtered(kind="weather")


@pytest.mark.parametrize("bad", ["2", 2.0, True, None])
def test_filtered_min_support_must_be_an_int(seed_tally, bad):
    with pytest.raises(TypeError, match="min_support must be a whole number"):
        seed_tally.filtered(min_support=bad)


def test_filtered_by_known_kinds_keeps_those_facts(seed_tally):
    dates = seed_tally.filtered(kind="date").facts
    percents = seed_tally.filtered(kind="percent", min_support=2).facts
    assert dates and all(f.kind == "date" for f in dates)
    assert {f.value for f in percents} == {"50%", "40%"}
    both = seed_tally.filtered(kind=("date", "percent")).facts
    assert {f.id for f in both} == {f.id for f in seed_tally.facts if f.kind in ("date", "percent")}
    assert [f.id for f in both] == [f.id for f in seed_tally.facts if f.id in {g.id for g in both}]


# --- 3, 4: corpus[...] and `in` --------------------------------------------------------------
def test_corpus_positions_count_from_0_and_ids_are_looked_up_by_id():
    corpus = load_corpus()
    assert corpus[3] is corpus.sources[3] and corpus[-1] is corpus.sources[-1]
    assert corpus[corpus.sources[3].id] is corpus.sources[3]


def test_a_missing_id_says_which_ids_there_are_and_how_positions_count():
    corpus = load_corpus()
    with pytest.raises(KeyError) as caught:
        corpus["nope"]
    message = caught.value.args[0]
    assert "no source 'nope'" in message and corpus.ids[0] in message
    assert "corpus[n] counts from 0" in message
    with pytest.raises(KeyError) as caught:
        corpus["3"]  # the CLI's #3
    assert "corpus[2]" in caught.value.args[0] and "#3" in caught.value.args[0]
    with pytest.raises(KeyError, match="no source 'nope'"):
        corpus.index("nope")


def test_a_missing_id_of_a_big_corpus_names_a_few_ids(tmp_path):
    for n in range(12):
        (tmp_path / f"s{n:02}.txt").write_text(f"Story {n}\n\nText {n}.\n", encoding="utf-8")
    with pytest.raises(KeyError) as caught:
        load_corpus(tmp_path)["nope"]
    assert "s00, s01, s02, s03, s04 and 7 more" in caught.value.args[0]


def test_a_source_of_the_corpus_is_in_it_and_others_are_not():
    corpus = load_corpus()
    assert all(source in corpus for source in corpus)
    assert corpus[0].id in corpus and "nope" not in corpus
    stranger = source_from_text("Another story\n\nNothing alike.", id=corpus[0].id)
    assert stranger not in corpus  # same id, another text
    assert source_from_text("x", id="x") not in corpus
    assert [] not in corpus and 3 not in corpus


# --- 6: errors a script can catch, and where they come from -----------------------------------
def test_seedreader_error_and_source_from_text_are_importable_from_seedreader(tmp_path):
    import seedreader
    from seedreader import SeedreaderError
    from seedreader import source_from_text as from_text

    assert from_text is source_from_text
    assert SeedreaderError is seedreader.errors.SeedreaderError
    with pytest.raises(SeedreaderError, match="does not exist"):
        load_corpus(tmp_path / "missing")
    assert "SeedreaderError" in (load_corpus.__doc__ or "")
    assert "unique" in (tally_facts.__doc__ or "")


def test_tally_of_a_text_names_a_function_that_exists():
    import seedreader

    with pytest.raises(TypeError) as caught:
        tally_facts("The river rose 40% on Tuesday.")
    assert "seedreader.source_from_text(text)" in str(caught.value)
    assert callable(seedreader.source_from_text)


# --- 10: short reprs, dir(seedreader) ------------------------------------------------------------
def test_reprs_are_short_and_say_what_they_hold():
    from seedreader import compare

    corpus = load_corpus()
    comparison = compare(corpus[3], corpus[0])
    tally = tally_facts(corpus)
    for thing in (corpus, corpus[0], comparison, comparison.blocks[0], tally, tally.facts[0]):
        assert len(repr(thing)) < 400, type(thing).__name__
    assert repr(corpus).startswith(f"Corpus(path={str(corpus.path)!r}, 5 sources: {corpus.ids[0]}")
    assert repr(corpus[0]) == (f"Source(id={corpus[0].id!r}, title='Sheinbaum rules out U.S. "
                               f"military inter…', 5 paragraphs, {len(corpus[0].text)} chars)")
    assert repr(comparison).startswith(f"Comparison(left={corpus[3].id!r}, "
                                       f"right={corpus[0].id!r}, similarity=0.")
    assert repr(tally) == (f"FactTally(5 sources, {len(tally.facts)} facts, "
                           f"{len(tally.conflicts)} conflict{'s' if len(tally.conflicts) != 1 else ''}, "
                           f"{len(tally.variants)} variants)")
    fifty = next(f for f in tally.facts if f.value == "50%")
    assert repr(fifty).startswith(f"Fact(id={fifty.id!r}, kind='percent', value='50%', support=5")


def test_a_huge_text_has_a_short_repr():
    source = source_from_text("Title\n\n" + "A long paragraph of words. " * 50_000, id="big")
    assert len(repr(source)) < 200 and len(repr(tally_facts([source]))) < 200


def test_dir_of_seedreader_lists_the_api():
    import seedreader

    names = dir(seedreader)
    for name in ("load_corpus", "compare", "tally_facts", "source_from_text", "SeedreaderError"):
        assert name in names and getattr(seedreader, name) is not None
