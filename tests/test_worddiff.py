"""The word diff inside a block: whole numbers, phrases not confetti, minor differences."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from seedreader import compare, load_corpus
from seedreader.tokens import token_key, tokenize
from seedreader.worddiff import diff_texts, has_change


def changes(spans):
    """[(deleted, inserted)] of the changes that matter, in order."""
    out, dele, ins = [], "", ""
    for s in list(spans) + [None]:
        if s is not None and s.op != "equal" and not s.minor:
            if s.op == "delete":
                dele += s.text
            else:
                ins += s.text
        elif dele or ins:
            out.append((dele, ins))
            dele, ins = "", ""
    return out


def sides(spans):
    return ("".join(s.text for s in spans if s.op != "insert"),
            "".join(s.text for s in spans if s.op != "delete"))


def test_numbers_change_whole():
    spans, _ = diff_texts("Police counted 12 arrests and 40,000 people on 22–23 January.",
                          "Police counted 14 arrests and 45,000 people on 22–24 January.")
    assert changes(spans) == [("12", "14"), ("40,000", "45,000"), ("22–23", "22–24")]


def test_decimals_and_percentages_are_single_tokens():
    for text in ("2.5", "50%", "40,000", "22–23", "U.S.", "50 per cent", "23rd"):
        assert tokenize(text) == [text]


def test_percent_spellings_do_not_count():
    spans, sim = diff_texts("Trafficking fell by about 50 per cent over the past year.",
                            "Trafficking fell by about 50% over the past year.")
    assert not has_change(spans)
    assert [s.text for s in spans if s.minor] == ["50 per cent", "50%"]
    assert sim == 1.0


def test_quotes_hyphens_case_and_spelling_do_not_count_but_keep_their_text():
    left = "“We seek co-ordination,” she said of the U.S. programme’s colour."
    right = '"We seek coordination," she said of the US program\'s color.'
    spans, _ = diff_texts(left, right)
    assert not has_change(spans)
    assert sides(spans) == (left, right)
    assert {s.text for s in spans if s.minor and s.op == "delete"} >= {"co-ordination", "U.S."}


def test_us_stays_apart_from_the_pronoun():
    assert token_key("U.S.") == token_key("US") != token_key("us")


def test_changes_read_as_phrases_not_confetti():
    spans, _ = diff_texts("Fentanyl trafficking fell by about 50 per cent over the past year.",
                          "Fentanyl trafficking had decreased by approximately 50% over the past year.")
    assert changes(spans) == [("fell by about", "had decreased by approximately")]


def test_a_lone_space_or_article_between_two_changes_joins_them():
    spans, _ = diff_texts("the quick brown fox jumps", "the slow red fox jumps")
    assert changes(spans) == [("quick brown", "slow red")]
    spans, _ = diff_texts("she met the minister on Monday", "she called the president on Monday")
    assert changes(spans) == [("met the minister", "called the president")]


def test_a_number_is_never_split_into_digits():
    spans, _ = diff_texts("It cost 1234 dollars.", "It cost 1284 dollars.")
    assert changes(spans) == [("1234", "1284")]


def test_scripts_without_spaces_diff_by_character():
    assert tokenize("东京下雨了。") == ["东", "京", "下", "雨", "了", "。"]
    assert tokenize("今日はガ\u3099") == ["今", "日", "は", "ガ\u3099"]  # a mark stays on its letter
    assert tokenize("ดีมาก 2024年") == ["ดี", "ม", "า", "ก", " ", "2024", "年"]
    assert tokenize("Tokyo東京") == ["Tokyo", "東", "京"]
    spans, _ = diff_texts("서울에서 회의가 열렸다.", "부산에서 회의가 열렸다.")
    assert changes(spans) == [("서울", "부산")]


def test_identical_and_empty_texts():
    assert diff_texts("", "") == ((), 1.0)
    spans, sim = diff_texts("Same words.", "Same words.")
    assert [(s.op, s.text) for s in spans] == [("equal", "Same words.")] and sim == 1.0
    spans, sim = diff_texts("", "New text.")
    assert [(s.op, s.text) for s in spans] == [("insert", "New text.")] and sim == 0.0


def boundaries(text):
    out, pos = {0}, 0
    for tok in tokenize(text):
        pos += len(tok)
        out.add(pos)
    return out


def test_seed_diffs_only_cut_between_tokens():
    """No span on any seed pair starts or ends inside a word or number ("1[-2-]{+4+}")."""
    corpus = load_corpus()
    for a in corpus:
        for b in corpus:
            if a.id == b.id:
                continue
            for block in compare(a, b).blocks:
                for own in ("delete", "insert"):
                    pieces = [s.text for s in block.spans if s.op in ("equal", own)]
                    whole = "".join(pieces)
                    cuts, pos = boundaries(whole), 0
                    for piece in pieces:
                        pos += len(piece)
                        assert pos in cuts, (whole[max(0, pos - 20):pos + 20])


_words = st.sampled_from(("the", "a", "report", "12", "14", "50%", "2.5", "U.S.", "co-ordination",
                          "coordination", "“quoted”", "'quoted'", "per", "cent", "percent", "said",
                          "sheinbaum", "trump", "40,000", "-", ",", ".", "\n"))
_text = st.lists(_words, max_size=40).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(_text, _text)
def test_spans_rebuild_both_sides(left, right):
    spans, sim = diff_texts(left, right)
    assert sides(spans) == (left, right)
    assert 0.0 <= sim <= 1.0
    assert all(s.text for s in spans)
    for a, b in itertools.pairwise(spans):
        assert (a.op, a.minor) != (b.op, b.minor)  # adjacent spans of one kind are merged


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_tokens_rebuild_any_text(text):
    assert "".join(tokenize(text)) == text
