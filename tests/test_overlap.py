"""overlap(): how many words of each side the other side has word for word (a press release
against the story that copied part of it)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from seedreader import compare, load_corpus
from seedreader.overlap import overlap, words

RELEASE = [
    "Halvorsen Rail will open a new factory in Leeds next spring, creating 400 jobs.",
    "The plant will build carriages for regional lines across the north of England.",
    "Chief executive Ingrid Halvorsen said the company had chosen Leeds for its skills.",
    "The company was founded in Trondheim in 1962 and employs 3,000 people worldwide.",
]


def test_a_story_copying_two_paragraphs_shares_their_words_and_only_theirs():
    story = [RELEASE[0], "Local councillors welcomed the news on Monday evening.", RELEASE[3]]
    o = overlap(compare("\n\n".join(RELEASE), "\n\n".join(story)))
    copied = words(RELEASE[0]) + words(RELEASE[3])
    assert (o.left_shared, o.left_words) == (copied, sum(map(words, RELEASE)))
    assert (o.right_shared, o.right_words) == (copied, sum(map(words, story)))
    assert o.right_share > o.left_share


def test_a_reworded_paragraph_shares_only_its_equal_words():
    left = "The plant will build carriages for regional lines across the north of England."
    right = "The plant is to build carriages for regional lines across the north of England."
    o = overlap(compare(left, right))
    assert (o.left_words, o.right_words) == (13, 14)
    assert o.left_shared == o.right_shared == 12  # "will" / "is to" differ


def test_differences_that_do_not_count_are_shared():
    o = overlap(compare("Prices rose 50 per cent, he said.", "Prices rose 50 percent, he said."))
    assert o.left_share == o.right_share == 1.0


def test_punctuation_is_not_a_word():
    assert words("“Yes,” he said — twice.") == 4
    assert words("他说是的") == 4


def test_without_spans_gives_the_same_and_the_seeds_are_consistent():
    corpus = load_corpus()
    a, b = corpus.sources[2], corpus.sources[0]
    assert overlap(compare(a, b, spans=False)) == overlap(compare(a, b))
    assert overlap(compare(a, a)).left_share == 1.0


def test_nothing_in_common_and_empty_texts():
    o = overlap(compare("Cats sleep all day long.", "Markets fell sharply in Tokyo."))
    assert (o.left_shared, o.right_shared) == (0, 0)
    assert overlap(compare("", "")).left_share == 0.0


words_st = st.sampled_from(["the", "rail", "factory", "jobs", "Leeds", "400", "said", "new"])
paragraph = st.lists(words_st, min_size=1, max_size=12).map(" ".join)
text = st.lists(paragraph, min_size=0, max_size=6).map("\n\n".join)


@settings(max_examples=60, deadline=None)
@given(text, text)
def test_shared_words_never_exceed_a_sides_words(a, b):
    o = overlap(compare(a, b))
    assert 0 <= o.left_shared <= o.left_words and 0 <= o.right_shared <= o.right_words


def test_a_word_counts_as_shared_only_when_all_of_it_is_equal():
    o = overlap(compare("Missiles hit Kyiv/Kharkiv overnight in a strike—the third this week.",
                        "Missiles hit Kyiv/Odesa overnight in an attack—the third this week."))
    assert o.left_shared == o.left_words - 3  # Kyiv/Kharkiv, a, strike—the
    assert o.right_shared == o.right_words - 3
    o = overlap(compare("Talks on Israel/Gaza/Lebanon resumed.", "Talks on Israel/Hamas/Lebanon resumed."))
    assert (o.left_shared, o.left_words) == (3, 4)
