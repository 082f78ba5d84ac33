"""Quotes and speakers as written (QA round 10, quotes): straight single quotes, short quotes with
a described speaker, the person who speaks when another is named before "said", split quotes and
quotes over two paragraphs, attributions in other forms, and live-blog entry stamps."""

from __future__ import annotations

import pytest

from seedreader.corpus import source_from_text
from seedreader.facts import tally_facts
from seedreader.facts.extract import extract_source
from seedreader.facts.quotes import find_quotes


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.value, q.speaker) for q in find_quotes(text)]


def quote_facts(*texts: str) -> list:
    """The quote facts of sources a, b, … of ``texts``."""
    tally = tally_facts([source_from_text(t, id=i) for i, t in zip("abcd", texts, strict=False)])
    return [f for f in tally.facts if f.kind == "quote"]


def source_quotes(text: str) -> list[tuple[str, str | None]]:
    return [(f.value, f.speaker) for f in extract_source(source_from_text(text, id="a"))
            if f.kind == "quote"]


# Straight single quotes (UK style)


def test_a_straight_single_quote_opens_on_an_editor_s_bracket_or_an_ellipsis():
    assert quotes("Doe, 54, said that '[the plan] would cost less than the one it replaces.'") \
        == [("[the plan] would cost less than the one it replaces", "Doe")]
    assert quotes("She said: '...and we will not let patients wait any longer.'") \
        == [("...and we will not let patients wait any longer", "she")]
    # the outer quote is read whole, the inner one stays inside it
    (value, _speaker), = quotes("'[She] told me, \"I have not had a proper break in six years,\" "
                                "and that has stayed with me,' the minister said.")
    assert value.startswith("[She] told me") and value.endswith("stayed with me")


def test_a_plural_possessive_in_straight_single_quotes_does_not_close_the_quote():
    assert quotes("Doe said: 'The nurses' union will back the plan in full.'") \
        == [("The nurses' union will back the plan in full", "Doe")]
    assert quotes("'The patients' needs come first, and the nurses' too,' Doe said.") \
        == [("The patients' needs come first, and the nurses' too", "Doe")]


def test_an_apostrophe_inside_a_word_never_opens_or_closes_a_quote():
    assert quotes("I don't think Doe's plan will work, the nurses' union's chief said.") == []
    assert quotes("Doe said: 'I don't accept Reyes's figures at all.'") \
        == [("I don't accept Reyes's figures at all", "Doe")]


# Short quotes said by someone described, and descriptions that name a person

STORY = ("Health Secretary Jane Doe, 54, spoke in Manchester. Shadow Health Secretary Tom Reyes "
         "replied.\n\n")


def test_a_short_quote_opening_its_sentence_is_kept_when_someone_described_says_it():
    assert quotes('"We are not retreating," the minister said.') == [("We are not retreating", None)]
    assert quotes('"The funding is agreed," a spokesperson said.') == [("The funding is agreed", None)]
    assert quotes('"We are not retreating," an aide to Doe told reporters.') \
        == [("We are not retreating", None)]
    # a scare quote stays one
    assert quotes('The "reform" was costly, the minister said.') == []


def test_a_description_is_the_person_the_story_named_so_before():
    for said in ("the minister said", "the Health Secretary said", "the health secretary said",
                 "the 54-year-old said", "said the minister"):
        assert source_quotes(STORY + f'"We are not retreating," {said}.') \
            == [("We are not retreating", "Doe")], said
    assert source_quotes(STORY + 'The minister said: "We have listened to nurses and acted."') \
        == [("We have listened to nurses and acted", "Doe")]
    assert source_quotes(STORY + 'The shadow health secretary said: "We have heard it all before."') \
        == [("We have heard it all before", "Reyes")]


def test_a_description_of_no_one_named_or_of_someone_else_is_no_named_speaker():
    # no minister named before: no one named
    assert source_quotes('"We are not retreating," the minister said.') \
        == [("We are not retreating", None)]
    # two secretaries: which one is not said
    two = "Health Secretary Jane Doe met Home Secretary Ann Lee.\n\n"
    assert source_quotes(two + '"We are not retreating," the secretary said.') \
        == [("We are not retreating", None)]
    for said in ("an aide to Doe told reporters", "said Doe's spokesperson",
                 "a spokesperson for the ministry said", "the former health secretary said"):
        assert source_quotes(STORY + f'"We are not retreating," {said}.') \
            == [("We are not retreating", None)], said
    assert source_quotes(STORY + 'A spokesperson for the ministry said: "The funding has been '
                                 'agreed with the Treasury."') \
        == [("The funding has been agreed with the Treasury", None)]


# The person who speaks, not another named before "said"


def test_a_name_after_a_preposition_or_praised_is_not_the_speaker():
    assert quotes('Prime Minister Alan Smith praised Doe, saying: "This is the boldest plan in a '
                  'generation."') == [("This is the boldest plan in a generation", "Smith")]
    assert quotes('Reyes, responding to Doe, said: "This is the boldest plan in a generation."') \
        == [("This is the boldest plan in a generation", "Reyes")]
    assert quotes('An aide to Doe said: "This is the boldest plan in a generation."') \
        == [("This is the boldest plan in a generation", None)]
    for who in (("Pensioner Maureen Hall, 78, from Salford, who has waited 14 months for a hip "
                "operation,"), "Pensioner Maureen Hall, from Salford,"):
        assert quotes(f'{who} said: "I will believe it when I see it."') \
            == [("I will believe it when I see it", "Hall")]


def test_a_post_of_or_a_place_before_the_name_keeps_the_speaker():
    assert quotes('Secretary of State Marco Rubio said: "We will not accept it."') \
        == [("We will not accept it", "Rubio")]
    assert quotes('Speaking at Westminster, Doe said: "We will not wait."') \
        == [("We will not wait", "Doe")]
    assert quotes('Doe told Reyes: "We will not wait for anyone."') == [("We will not wait for anyone", "Doe")]


def test_the_same_words_from_the_named_speaker_and_from_one_praising_him_stay_apart():
    (fact,) = quote_facts(
        'Prime Minister Alan Smith praised Doe, saying: "This is the boldest plan in a generation."',
        'Smith said: "This is the boldest plan in a generation."')
    assert fact.speaker == "Smith" and fact.sources == ("a", "b")


# Attributions in other forms


def test_according_to_in_words_a_headline_and_a_verb_of_scorn_name_the_speaker():
    assert quotes('According to Doe, "the plan will cost less than the one it replaces."') \
        == [("the plan will cost less than the one it replaces", "Doe")]
    assert quotes('The headline promise, in Doe\'s words: "We will open three new hospitals."') \
        == [("We will open three new hospitals", "Doe")]
    assert quotes('The charge is "a press release in search of a policy", in the words of Shadow '
                  'Health Secretary Tom Reyes.') == [("a press release in search of a policy", "Reyes")]
    assert quotes('Labour\'s attack dog Tom Reyes sneered that the plan was "a press release in '
                  'search of a policy".') == [("a press release in search of a policy", "Reyes")]
    assert source_quotes("DOE: 'TWO NEW HOSPITALS IN EVERY REGION'\n\nHealth Secretary Jane Doe "
                         "spoke.") == [("TWO NEW HOSPITALS IN EVERY REGION", "Doe")]
    # a label before a colon is no one
    assert source_quotes("Update: 'We will open two new hospitals in every region'\n\nHealth "
                         "Secretary Jane Doe spoke.") \
        == [("We will open two new hospitals in every region", None)]


def test_a_quote_on_its_own_after_the_speaker_s_sentence_is_theirs():
    assert source_quotes('Doe said she had spent the summer visiting wards. "We have listened to '
                         'nurses, and they told us the same thing."') \
        == [("We have listened to nurses, and they told us the same thing", "Doe")]
    assert source_quotes('Doe said:\n\n"We have listened to nurses, and they told us the same '
                         'thing."') \
        == [("We have listened to nurses, and they told us the same thing", "Doe")]
    # not across a paragraph that does not lead into it, nor after someone who does not speak
    assert source_quotes('Doe said she had spent the summer visiting wards.\n\n"We have listened '
                         'to nurses, and they told us the same thing."')[0][1] is None
    assert source_quotes('Doe visited wards all summer. "We have listened to nurses, and they told '
                         'us the same thing."')[0][1] is None


def test_colleagues_or_neighbours_describing_someone_are_no_named_speaker():
    found = find_quotes('Colleagues described her as "relentless" and "impossible to brief against".')
    assert [(q.speaker, q.unnamed) for q in found] == [(None, True), (None, True)]
    (q,) = find_quotes('Neighbours described her as "a force of nature".')
    assert (q.speaker, q.unnamed) == (None, True)
    # a surname ending in "s", named in full in the story, still speaks
    assert source_quotes('Tom Reyes spoke.\n\nReyes said: "We will not wait for anyone."') \
        == [("We will not wait for anyone", "Reyes")]


# Live-blog entry stamps


def times(text: str) -> list[str]:
    return [f.value for f in extract_source(source_from_text(text, id="a")) if f.kind == "time"]


def test_a_live_blog_s_entry_stamps_are_no_time_facts():
    blog = ("Live: the speech\n\n11.20am\n\nA spokesperson has been in touch.\n\n10.09am - Doe is "
            "on stage.\n\n9.55am\n\nGood morning and welcome.")
    assert times(blog) == []
    # a time the story reports stays one, at the start of a paragraph too
    assert times("Title\n\nThe train left at 4.40pm.") == ["16:40"]
    assert times("Title\n\n4.40pm was when the last train left.") == ["16:40"]


# Split quotes, quotes over two paragraphs


def test_a_quote_split_by_its_attribution_is_one_quote():
    assert quotes('"This is a turning point," Doe said, "for the health service, and we will not '
                  'wait."') == [(("This is a turning point for the health service, and we will not "
                                 "wait"), "Doe")]
    assert quotes("“This is a turning point for the health service,” she said, “and we will not "
                  "let patients wait.”") \
        == [("This is a turning point for the health service, and we will not let patients wait",
             "she")]
    # two sentences, or a new one in capitals: two quotes
    assert len(quotes('"We will win," Doe said. "And then we rest."')) == 2
    assert len(quotes('"We will win," Doe said, "Nothing else matters."')) == 2
    assert len(quotes('He called it "a disgrace", said it was "unfair", and left.')) == 2


def test_a_quote_over_two_paragraphs_is_one_quote_with_the_speaker_named_at_its_end():
    text = ("Title\n\nHealth Secretary Jane Doe spoke.\n\n“We are going to do three things. First, "
            "we will train more nurses.\n\n“Second, we will build sites.\n\n“Third, we will give "
            "every patient a named clinician,” she said.")
    assert source_quotes(text) == [(("We are going to do three things. First, we will train more "
                                    "nurses. Second, we will build sites. Third, we will give "
                                    "every patient a named clinician"), "Doe")]
    # a closed quote, then another paragraph's: two
    closed = ("Title\n\nJane Doe spoke.\n\n“We will train more nurses,” she said.\n\n“We will "
              "build sites,” she added.")
    assert len(source_quotes(closed)) == 2


@pytest.mark.parametrize("whole, as_written", [
    # a split quote is the whole remark
    (('Jane Doe spoke. "This is a turning point for the health service, and we will not wait," '
     'Doe said.'),
     ('Jane Doe spoke. "This is a turning point," Doe said, "for the health service, and we will '
     'not wait."')),
    # an editor's words opening a quote stand for the speaker's
    (("Jane Doe said: \"A nurse in Leeds told me, 'I have not had a break in six years,' and that "
     "has stayed with me.\""),
     ("Jane Doe said: \"[She] told me, 'I have not had a break in six years,' and that has stayed "
     "with me.\"")),
])
def test_one_remark_split_or_opened_by_an_editor_is_one_fact(whole, as_written):
    (fact,) = quote_facts(whole, as_written)
    assert fact.sources == ("a", "b")


def test_a_name_after_said_in_another_clause_is_not_the_speaker():
    assert quotes('"We will win this fight," said a spokesperson, adding that Doe agreed.') \
        == [("We will win this fight", None)]
    assert quotes('"We are not retreating," the minister said, as Doe looked on.') \
        == [("We are not retreating", None)]
    assert quotes('"We will win this fight," the minister told Doe.') == [("We will win this fight", None)]
    assert quotes('The minister said the plan, which Doe announced, "will work for everyone".') \
        == [("will work for everyone", None)]
    # reported speech: the one who says the words
    assert quotes('Smith told reporters that Doe said: "We will win."') == [("We will win", "Doe")]
    assert quotes('"We will win this fight," Smith said after meeting Doe.') \
        == [("We will win this fight", "Smith")]


def _cpu_seconds(fn, text: str) -> float:
    import time

    from seedreader.caches import forget

    best = float("inf")
    for _ in range(3):  # (the least of three: one run can be slowed by other work)
        forget()
        start = time.process_time()
        fn(text)
        best = min(best, time.process_time() - start)
    return max(best, 0.02)  # (a floor for times too short to compare)


def test_many_described_speakers_and_many_paragraphs_of_one_quote_cost_linear_time():
    # Four times the quotes, about four times the work, sixteen if quadratic (each quote's
    # description searched the whole text before it; each paragraph joined re-read the whole
    # quote so far).
    def described(n):
        return "Health Secretary Jane Doe spoke. " + " ".join(
            f'"We are not retreating on point {i}," the minister said.' for i in range(n))

    def paragraphs(n):
        return "Title\n\n" + "\n\n".join("“We will go on and on" for _ in range(n)) + "”"

    found = find_quotes(described(3000))
    assert len(found) == 3000 and {q.speaker for q in found} == {"Doe"}
    assert len(source_quotes(paragraphs(3000))) == 1
    for fn, text in ((find_quotes, described), (source_quotes, paragraphs)):
        assert _cpu_seconds(fn, text(3000)) < 8 * _cpu_seconds(fn, text(750))


def test_someone_s_words_named_before_a_colon_or_that_are_theirs():
    blog = ('Health Secretary Jane Doe said: "We will open new hospitals."\n\nDoe has finished her '
            'speech.\n\nHer last line: "We have listened to nurses, and they told us."')
    assert source_quotes(blog)[1] == ("We have listened to nurses, and they told us", "Doe")
    assert quotes('Doe\'s pledge that "no patient will wait longer than a week" drew applause.') \
        == [("no patient will wait longer than a week", "Doe")]
    # not a relative's, nor words of no one named
    assert quotes('Her sister\'s words: "We will never forget this day."') \
        == [("We will never forget this day", None)]
    assert quotes('The last line: "We will never forget this day."') \
        == [("We will never forget this day", None)]
