"""The fact tally on the bundled seeds: the figures, dates and quotes a reader checks first."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import seedreader
from seedreader.corpus import load_corpus
from seedreader.facts import Fact, FactTally, tally_facts
from seedreader.facts.words import normalise_quote

S000, S001, S002, S003, S004 = (
    "000_01a57e45cf902546", "001_32005ae63a8aedc1", "002_709c97691079b0b5",
    "003_9fbe53a63cb7d28f", "004_6211ef95165c6f03",
)
ALL = {S000, S001, S002, S003, S004}


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


@pytest.fixture(scope="module")
def tally(corpus) -> FactTally:
    return tally_facts(corpus)


def facts(tally: FactTally, kind: str, value: str | None = None) -> list[Fact]:
    return [f for f in tally.facts if f.kind == kind and (value is None or f.value == value)]


def quote_containing(tally: FactTally, words: str) -> list[Fact]:
    return [f for f in facts(tally, "quote") if normalise_quote(words) in normalise_quote(f.value)]


def test_the_50_percent_fall_is_one_fact_that_all_five_support(tally):
    [fifty] = facts(tally, "percent", "50%")
    assert set(fifty.sources) == ALL
    assert fifty.support == 5
    wordings = {m.text for m in fifty.mentions}
    assert {"approximately 50%", "50 percent", "about 50 per cent"} <= wordings
    # The hedges are kept, per mention and on the fact.
    assert {m.qualifier for m in fifty.mentions} == {None, "about"}
    assert "about" in fifty.qualifier
    assert "fentanyl" in fifty.about or "drop" in fifty.about


def test_the_40_percent_fall_in_drug_deaths_is_supported_by_the_two_that_report_it(tally):
    [forty] = facts(tally, "percent", "40%")
    assert set(forty.sources) == {S000, S003}
    assert {m.text for m in forty.mentions} == {"more than 40%", "40 percent"}
    assert "more than" in forty.qualifier


def test_the_15_minute_call_is_supported_by_its_two_sources(tally):
    [call] = facts(tally, "duration", "15 min")
    assert set(call.sources) == {S000, S003}
    assert {m.text for m in call.mentions} == {"15-minute"}


def test_coordination_without_subordination_is_one_quote_across_two_spellings(tally):
    [quote] = quote_containing(tally, "coordination without subordination")
    assert set(quote.sources) == {S003, S004}
    texts = {m.source: m.text for m in quote.mentions}
    assert "co-ordination" in texts[S004]
    assert texts[S003] == "coordination without subordination"
    assert quote.speaker == "Sheinbaum"


def test_the_january_23rd_and_january_22_23_meeting_is_a_conflict(tally):
    [jan23] = facts(tally, "date", "January 23")
    [jan22_23] = facts(tally, "date", "January 22–23")
    assert jan23.sources == (S000,) and jan22_23.sources == (S001,)
    assert jan23.mentions[0].text == "January 23rd"
    [conflict] = tally.conflicts_for(jan23.id)
    assert set(conflict.facts) == {jan23.id, jan22_23.id}
    assert "meeting" in conflict.about or "meet" in conflict.about


def test_no_other_conflicts_on_the_seeds(tally):
    # January 12 (the call), January 3 (Venezuela), "early January" and "in January" (Maduro's
    # capture), Monday and Sunday: different things or compatible values, never contradictions.
    assert len(tally.conflicts) == 1


def test_weekdays_tied_to_the_event_are_supported_across_sources(tally):
    [sunday] = facts(tally, "date", "Sunday")
    assert set(sunday.sources) == {S000, S003, S004}  # the Rubio–de la Fuente talks
    mondays = facts(tally, "date", "Monday")
    assert {S000, S003, S004} <= {s for f in mondays for s in f.sources}


def test_the_monday_of_the_call_is_one_fact(corpus, tally):
    # "The Monday conversation" (000) and "a “good conversation” on Monday with President Donald
    # Trump" (004) name the same event beside the date, though 000's sentence names neither
    # leader. (003's "moved to quell those fears Monday" is the day of her announcement.)
    [call] = [f for f in facts(tally, "date", "Monday") if S000 in f.sources]
    [in_000] = call.mentions_in(S000)
    assert corpus[S000].text[in_000.start:].startswith("Monday conversation")
    text_004 = corpus[S004].text
    assert text_004.index("conversation” on Monday") + len("conversation” on ") in {
        m.start for m in call.mentions_in(S004)}


def test_cordial_is_quoted_speech_but_help_and_boots_on_the_ground_are_scare_quotes(tally):
    [cordial] = quote_containing(tally, "cordial")
    assert set(cordial.sources) == {S000, S003}
    assert cordial.speaker == "Sheinbaum"
    values = {normalise_quote(f.value) for f in facts(tally, "quote")}
    assert "help" not in values
    assert "boots on the ground" not in values
    assert "tangible results" in values  # "Rubio pressed for “tangible results”" is speech


def test_the_trailing_sources_list_is_not_read(corpus, tally):
    source = corpus[S003]
    listed = [i for i, seg in enumerate(source.segments) if seg.kind == "list"]
    assert listed, "the seed ends with a Sources list"
    for fact in tally.facts:
        for m in fact.mentions_in(S003):
            assert m.paragraph < listed[0]
    values = {normalise_quote(f.value) for f in facts(tally, "quote")}
    assert "not on table" not in values


def test_speakers_are_named_and_pronouns_resolved(tally):
    [operate] = quote_containing(tally, "We operate in Mexico")  # “…,” she added.
    assert operate.speaker == "Sheinbaum"
    [act] = quote_containing(tally, "Mexico has to get their act together")
    assert act.speaker == "Trump"
    [own] = quote_containing(tally, "We continue to collaborate within the framework")
    assert own.speaker == "Sheinbaum"  # “…,” she said — after a sentence that ends "from Trump"


def test_translation_variants_are_linked_not_counted_as_support(tally):
    [a] = quote_containing(tally, "We continue to collaborate and coordinate")
    [b] = quote_containing(tally, "We continue to collaborate within the framework")
    assert a.support == b.support == 1
    [link] = tally.variants_for(a.id)
    assert b.id in link.facts
    assert link.about.startswith("Sheinbaum")


def test_every_mention_points_at_its_text_and_paragraph(corpus, tally):
    for fact in tally.facts:
        assert fact.support == len(set(fact.sources)) == len({m.source for m in fact.mentions})
        for m in fact.mentions:
            source = corpus[m.source]
            assert source.text[m.start:m.end] == m.text
            segment = source.segments[m.paragraph]
            assert segment.start <= m.start and m.end <= segment.end


def test_no_figures_from_page_furniture(tally):
    durations = {f.value for f in facts(tally, "duration")}
    assert durations == {"15 min"}  # not "Estimated 2 minutes", not "1 day ago"


def test_ids_are_unique_and_stable(corpus, tally):
    ids = [f.id for f in tally.facts]
    assert len(ids) == len(set(ids))
    again = tally_facts(list(reversed(corpus.sources)))
    # Ids come from content, not from order: the same facts get the same ids.
    assert {f.id for f in facts(tally, "percent")} == {f.id for f in facts(again, "percent")}
    assert [f.id for f in tally_facts(corpus).facts] == ids


def test_to_dict_has_the_documented_shape(tally):
    data = json.loads(json.dumps(tally.to_dict()))
    # "related": facts a filtered tally hides that its conflicts name (none in the whole tally).
    assert set(data) == {"sources", "facts", "conflicts", "variants", "related", "near", "updates"}
    assert data["related"] == []
    assert [s["id"] for s in data["sources"]] == sorted(ALL)
    assert set(data["sources"][0]) == {"id", "title"}
    fact = data["facts"][0]
    assert set(fact) == {"id", "kind", "value", "qualifier", "about", "speaker", "sources",
                         "support", "mentions"}
    assert set(fact["mentions"][0]) == {"source", "text", "start", "end", "paragraph"}
    assert set(data["conflicts"][0]) == {"about", "facts"}
    assert data["facts"][0]["support"] == 5  # most supported first


def test_lookups_for_the_reader(tally):
    fifty = facts(tally, "percent", "50%")[0]
    assert tally.fact(fifty.id) is fifty
    assert fifty in tally.facts_for(S002)
    mentions = tally.mentions_for(S002)
    assert [m.start for m, _f in mentions] == sorted(m.start for m, _f in mentions)
    assert any(f is fifty for _m, f in mentions)
    assert tally.source_ids == tuple(sorted(ALL))
    with pytest.raises(KeyError):
        tally.fact("no-such-fact")


def test_package_level_api_and_plain_iterables(corpus):
    tally = seedreader.tally_facts(iter(corpus.sources[:2]))
    assert tally.source_ids == corpus.ids[:2]
    assert all(set(f.sources) <= set(corpus.ids[:2]) for f in tally.facts)


def test_the_same_corpus_gives_the_same_tally_in_every_process():
    code = ("import json; from seedreader import load_corpus, tally_facts; "
            "print(json.dumps(tally_facts(load_corpus()).to_dict(), sort_keys=True))")
    outputs = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             env=env, check=True)
        outputs.add(run.stdout)
    assert len(outputs) == 1
