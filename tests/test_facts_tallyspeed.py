"""The facts' extraction shortcuts (session 9's speed pass) give what the full readings give."""


from hypothesis import given, settings
from hypothesis import strategies as st
from test_facts_accented_words import _reference as _accented_reference

from seedreader.facts.words import _LETTERS, _SEARCHED_WORDS, _written, accented_words, fold_word

_MANY = [f"{a}{b}" for a in ("é", "ü", "ç", "ñ", "ø") for b in ("lan", "ber", "a", "x", "té")]
_PLAIN = [fold_word(w) for w in _MANY] + ["élan2", "x", "2", "_", "-", "cafe", "dé"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MANY + _PLAIN), max_size=60),
       st.lists(st.sampled_from([" ", "", ",", "'", "\n", "_"]), min_size=60, max_size=60))
def test_accented_words_by_search_or_by_listing_agree_with_the_reference(words, seps):
    text = "".join(w + s for w, s in zip(words, seps))
    assert accented_words(text) == _accented_reference(text)


def test_accented_words_past_the_searched_number_lists_the_words():
    many = [w for w in _MANY if fold_word(w).isascii()]
    assert len(many) > _SEARCHED_WORDS
    text = " ".join(many) + " " + fold_word(many[0]) + " " + fold_word(many[1]) + "s"
    forms = accented_words(text)
    assert forms == _accented_reference(text)
    assert forms[fold_word(many[0])] is None and forms[fold_word(many[1])] == many[1]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab é_2²½ᵃ-'\u0301", max_size=30),
       st.text(alphabet="ab é_2²½ᵃ-'\u0301", max_size=4))
def test_a_word_searched_for_is_a_word_the_listing_finds(text, word):
    assert _written(word, text) == (word in set(_LETTERS.findall(text)))


# --- tests before searches: each says no where the search would find nothing ---------------------

_HEDGE_TEXT = st.lists(st.sampled_from(
    ["about", "ABOUT", "close to", "approx.", "Approx", "up to", "upwards of", "some", "handsome",
     "more than", "than", "over", "just", "rose", "edged up to", "least", "at", "éome", "aBout",
     "40", "x", "é", "—", "(", ",", "\n", "  ", " ", "\t"]), max_size=10)


@settings(max_examples=400, deadline=None)
@given(_HEDGE_TEXT, st.integers(min_value=0, max_value=5))
def test_a_hedge_before_a_figure_is_found_as_the_search_alone_finds_it(words, floor):
    from seedreader.facts import numbers

    text = " ".join(words) + " 40"
    pos = len(text) - 2
    floor = min(floor, pos)

    def searched(text: str, pos: int, floor: int) -> tuple[str | None, int]:
        if pos <= floor or not text[pos - 1].isspace():
            return None, pos
        m = numbers.HEDGE_BEFORE.search(text, max(floor, pos - 30), pos)
        if not m:
            return None, pos
        hedge = numbers._HEDGE_OF[m.group("hedge").lower()]
        if hedge == "up to" and m.group("hedge").lower() == "up to" and numbers._CHANGE_BEFORE_UP.search(
                text, max(floor, m.start("hedge") - 20), m.start("hedge")):
            return None, pos
        return hedge, m.start("hedge")

    assert numbers.hedge_before(text, pos, floor) == searched(text, pos, floor)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "fan", "one", "woman", "said", "told", "us", "Told", "saying",
                                 "sayings", "resaid", ":", ",", "\n", " ", "—", "é", "Fan"]),
                max_size=12))
def test_no_verb_of_speech_no_one_described_before_a_quote(words):
    from seedreader.facts.quotes import _DESCRIBED_BEFORE, VERB

    text = " ".join(words) + " "
    if VERB.search(text) is None:
        assert _DESCRIBED_BEFORE.search(text) is None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789hH \t\n\r.,x\u00a0", max_size=12))
def test_no_h_at_the_end_no_clock_hour_before(before):
    from seedreader.facts.figures import _CLOCK_HOUR_BEFORE

    if "h" not in before[-3:]:
        assert _CLOCK_HOUR_BEFORE.search(before) is None


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Transport", "Minister", "David", "U.S.", "President", "the",
                                 "(Mayor", "Ana", "Dr.", "O’Neil", "said", "\n", " ", "  ", "\t",
                                 ",", "x" * 30, "Élan"]), max_size=14))
def test_a_first_name_is_searched_for_in_the_last_four_words_only(words):
    from seedreader.facts.names import _BEFORE, _REACH

    text = "".join(words) + " Okafor"
    at = len(text) - len("Okafor")
    lo = max(0, at - _REACH)
    head = text[lo:at].rsplit(None, 4)
    near = lo + len(head[0]) if len(head) == 5 else lo
    whole, last = _BEFORE.search(text, lo, at), _BEFORE.search(text, near, at)
    assert (whole and (whole.span(), whole.groupdict())) == (last and (last.span(), last.groupdict()))
