"""The reader's tidy-up after a newcomer's review: module names that say what they hold, keymap
ids checked outside the help dialog, styles in app.tcss as component classes."""

from __future__ import annotations

import importlib

import pytest

from seedreader import load_corpus, tally_facts


@pytest.fixture(scope="module")
def seeds():
    corpus = load_corpus()
    return corpus, tally_facts(corpus)


def test_mention_offsets_live_in_mention_places_not_a_second_places_module(seeds):
    """ui.mention_places holds where a fact's mentions sit in the paragraphs; no ui module is
    called like facts.places (countries and states) any more."""
    from seedreader.ui.mention_places import mention_places

    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("seedreader.ui.fact_places")
    corpus, tally = seeds
    fifty = next(f for f in tally.facts if f.value == "50%")
    assert fifty.support == 5
    for source_id in fifty.sources:
        source = corpus[source_id]
        places = mention_places(fifty, source)
        assert places, source_id
        for paragraph, start, end in places:
            text = source.text[source.segments[paragraph].start:source.segments[paragraph].end]
            assert "50" in text[start:end]


def test_the_dialogs_package_says_what_it_holds():
    """Its docstring names every dialog module (it said "help, export" and held four)."""
    import pkgutil

    import seedreader.ui.dialogs as dialogs

    names = [m.name for m in pkgutil.iter_modules(dialogs.__path__)]
    assert {"help", "export", "warnings", "text_dialog"} <= set(names)
    for name in names:
        assert name in dialogs.__doc__, name
