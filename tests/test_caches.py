"""``caches.forget()`` empties everything the engine keeps between calls (benchmarks rely on it
to time a first comparison), and a comparison after it is the same as before."""

from __future__ import annotations

from seedreader import caches, compare, load_corpus, pairing, tally_facts, tokens


def test_forget_empties_every_cache_and_changes_no_result():
    corpus = load_corpus()
    a, b = corpus.sources[0], corpus.sources[3]
    first = compare(a, b).to_dict()
    tally_facts(corpus.sources)
    assert tokens.token_key.cache_info().currsize > 0
    assert tokens._CONTENT and pairing._KNOWN

    caches.forget()

    assert tokens.token_key.cache_info().currsize == 0
    assert not tokens._CONTENT and not tokens._SPACED_TOKENS and not tokens._PIECE_TOKENS
    assert not pairing._KNOWN
    from seedreader.facts import words
    assert words.fold_word.cache_info().currsize == 0
    assert compare(a, b).to_dict() == first
