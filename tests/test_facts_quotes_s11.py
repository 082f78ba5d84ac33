"""Speakers and misquotes of science copy (session 11, QA health & science reporter: F1–F3,
F14, F15): the person before "of <Body>" or ", <role> at <Body>," speaks, not the body; a
heading is no speaker; a quote of two sentences is compared sentence by sentence."""

from __future__ import annotations

from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts
from seedreader.facts.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=s) for s, t in zip("abcdef", texts, strict=False)])


def quote_conflicts(tally: FactTally) -> list[str | None]:
    return [c.change for c in tally.conflicts if tally.fact(c.facts[0]).kind == "quote"]


def test_the_person_before_of_a_body_or_a_role_at_a_body_speaks_not_the_body():
    assert speakers('Professor Jane Okoro of Northfield University said: "We saw the benefit '
                    'within two years."') == ["Okoro"]
    assert speakers('"We saw the benefit within two years," Professor Jane Okoro of Northfield '
                    'University said.') == ["Okoro"]
    assert speakers('Dr Samuel Reyes, associate medical director at the Heart Research Trust, who '
                    'was not involved in the study, said: "The benefit is modest."') == ["Reyes"]
    assert speakers('Judge Mary Hale of Leeds Crown Court said: "This was a cruel and cowardly '
                    'attack."') == ["Hale"]
    # A body itself, or someone of it not named, is no person's name.
    assert speakers('The Bank of England said: "Inflation will fall back to target next '
                    'year."') == ["Bank of England"]
    assert speakers('A spokesman for the Heart Research Trust said: "The benefit is modest, '
                    'really."') == [None]
    assert speakers('Secretary of State Marco Rubio said: "We will not accept these terms at '
                    'all."') == ["Rubio"]


def test_one_remark_given_with_the_speaker_s_body_is_no_misattribution():
    tally = tally_of(
        'Report A\n\nProfessor Jane Okoro of Northfield University said: "We saw the benefit '
        'within two years."',
        'Report B\n\n"We saw the benefit within two years," said Professor Jane Okoro.',
        'Report C\n\nDr Samuel Reyes, associate medical director at the Heart Research Trust, '
        'who was not involved in the study, said: "The absolute benefit is modest, and people '
        'should not stop taking their statins."',
        'Report D\n\n"The absolute benefit is modest, and people should not stop taking their '
        'statins," said Dr. Samuel Reyes of the Heart Research Trust.')
    assert quote_conflicts(tally) == []
    assert sorted(f.speaker for f in tally.facts if f.kind == "quote") == ["Okoro", "Reyes"]


def quote_speakers(text: str) -> list[tuple[str, str | None]]:
    return [(f.value[:20], f.speaker) for f in tally_of(text).facts if f.kind == "quote"]


def test_a_heading_is_no_speaker_and_she_is_the_one_described_speaking_before():
    text = ("Study C\n\nWhat the lead researcher said\n\nLead researcher Prof. Jane Okoro was "
            "enthusiastic about the results. \"This is a miracle cure, and it is a meaningful "
            "change,\" she said.\n\nShe also said: \"People should not stop taking their statins.\"")
    assert quote_speakers(text) == [("This is a miracle cu", "Okoro"), ("People should not st", "Okoro")]
    # "She also said:" right after the sentence that names her, with no quote before.
    assert quote_speakers("Report\n\nLead researcher Prof Jane Okoro was enthusiastic about the "
                          "results. She also said: \"The absolute benefit is modest, and people "
                          "should not stop taking their statins.\"") == [("The absolute benefit", "Okoro")]
    # The same in a sports report; a heading ending in "said" names no one.
    text = ("Match report\n\nWhat the manager said\n\nManager Tom Reyes was upbeat after the win. "
            "\"We were superb from start to finish,\" he said.")
    assert quote_speakers(text) == [("We were superb from ", "Reyes")]
    # Someone in a state, or who did something else, is not taken for the speaker.
    assert quote_speakers("The driver, Tom Reyes, was critical last night. \"He is a fighter and "
                          "always has been,\" she said.") == [("He is a fighter and ", None)]
    assert quote_speakers("Mayor Ana Lopez visited the site. \"We will rebuild the bridge,\" she "
                          "said.") == [("We will rebuild the ", None)]


def test_a_misquote_after_a_heading_is_found_and_the_misattribution_stated():
    a = ('Study A\n\nLead researcher Prof Jane Okoro of Northfield University said: "This is not a '
         'miracle cure, but it is a meaningful change."')
    b = ('Study B\n\nProfessor Jane Okoro, who led the study, said: "This is not a miracle cure, '
         'but it is a meaningful change." Dr Samuel Reyes said: "The absolute benefit is modest, '
         'and people should not stop taking their statins."')
    c = ('Study C\n\nWhat the lead researcher said\n\nLead researcher Prof. Jane Okoro was '
         'enthusiastic about the results. "This is a miracle cure, and it is a meaningful change," '
         'she said.\n\nShe also said: "The absolute benefit is modest, and people should not stop '
         'taking their statins."')
    changes = quote_conflicts(tally_of(a, b, c))
    assert "“not” in one, not the other" in changes
    assert "said by “Reyes” against “Okoro”" in changes


def supporters(tally: FactTally, start: str) -> list[tuple[str, ...]]:
    return [f.sources for f in tally.facts if f.kind == "quote" and f.value.startswith(start)]


def test_a_remark_of_two_sentences_is_compared_sentence_by_sentence():
    a = ('A\n\nProfessor Jane Okoro said: "This is not a miracle cure, but it is a meaningful '
         'change. We saw the benefit within two years, and it lasted."')
    b = ('B\n\n"This is not a miracle cure, but it is a meaningful change," said Professor Jane '
         'Okoro.\n\nOkoro added: "We saw the benefit within two years, and it lasted."')
    c = ('C\n\nProfessor Jane Okoro spoke to reporters. "This is a miracle cure, and it is a '
         'meaningful change," she said.\n\nOkoro added: "We saw the benefit within two years, and '
         'it lasted."')
    tally = tally_of(a, b, c)
    assert quote_conflicts(tally) == ["“not” in one, not the other"]
    # The source that drops "not" supports the sentence it gives right, not the one it changes.
    assert supporters(tally, "This is not a miracle") == [("a", "b")]
    assert supporters(tally, "We saw the benefit") == [("a", "b", "c")]
    # The same in a sports report.
    tally = tally_of(
        'Match\n\nCoach Ana Ruiz said: "We were not good enough today. The fans deserved much '
        'more from us."',
        'Match\n\n"We were not good enough today," said coach Ana Ruiz.',
        'Match\n\n"We were good enough today," Ruiz said. "The fans deserved much more from us," '
        'she added.')
    assert quote_conflicts(tally) == ["“not” in one, not the other"]
    assert supporters(tally, "We were not good") == [("a", "b")]
    # A source that gives both sentences in one quote, one changed, is compared so too.
    tally = tally_of(
        'Weather\n\nForecaster Ana Ruiz said: "The worst of the rain has passed. Tomorrow will be '
        'dry and bright."',
        'Weather\n\nForecaster Ana Ruiz said: "The worst of the rain has passed."',
        'Weather\n\nForecaster Ana Ruiz said: "The worst of the rain has not passed. Tomorrow '
        'will be dry and bright."')
    assert quote_conflicts(tally) == ["“not” in one, not the other"]
    assert supporters(tally, "Tomorrow will be dry") == [("a", "c")]


def test_a_part_is_no_support_of_a_remark_its_source_misquotes_elsewhere():
    tally = tally_of(
        'Report\n\nThe minister, Jane Doe, said: "We will not raise taxes this year, and we will '
        'cut waste in every department."',
        'Report\n\nJane Doe said: "We will not raise taxes this year, and we will cut waste in '
        'every department."',
        'Report\n\nJane Doe said: "We will raise taxes this year." She added that "we will cut '
        'waste in every department".')
    assert quote_conflicts(tally) == ["“not” in one, not the other"]
    assert supporters(tally, "We will not raise") == [("a", "b")]
    # A remark quoted whole in one source and in part in another is still one fact.
    tally = tally_of('Report\n\nJane Doe said: "We will not raise taxes this year, and we will cut '
                     'waste in every department."',
                     'Report\n\nJane Doe said "we will cut waste in every department".')
    assert quote_conflicts(tally) == []
    assert supporters(tally, "We will not raise") == [("a", "b")]


def test_a_misquote_s_conflict_lines_show_where_the_wordings_differ():
    from seedreader.facts import render_facts

    said = ("This is not a miracle cure, but it is a meaningful change that most people could "
            "make, and we saw the benefit within two years of the start of the trial")
    tally = tally_of(f'A\n\nJane Okoro said: "{said}."', f'B\n\nJane Okoro said: "{said}."',
                     f'C\n\nJane Okoro said: "{said.replace("two years", "three years")}."')
    block = render_facts(tally).split("Conflicts (1)")[1]
    lines = [line for line in block.splitlines() if "“" in line and "about:" not in line]
    assert len(lines) == 2
    assert "within two years" in lines[0] and "within three years" in lines[1]
    assert "“…" in lines[0]  # (the start they share is left out)


def test_an_occupation_in_lower_case_between_said_and_the_name_keeps_the_speaker():
    assert speakers('"We will not survive two months of this," said baker Tom Reyes.') == ["Reyes"]
    assert speakers('"We will survive, but only just," said local shop owner Ana Ruiz.') == ["Ruiz"]
    assert speakers('"We had 600 officers on duty," said police chief Marek Hollan.') == ["Hollan"]
    # Someone of theirs, or a clause about them, is not the name's.
    assert speakers('"We will survive, but only just," said a friend of Tom Reyes.') == [None]
    assert speakers('"We will survive, but only just," said that Tom Reyes would go.') == [None]


def test_a_person_described_before_a_colon_speaks_the_quote_after_it():
    assert speakers('Dr Samuel Reyes of the Heart Research Trust, who was not involved, was '
                    'blunter: "The absolute benefit is modest, and people should not stop taking '
                    'their statins."') == ["Reyes"]
    assert speakers('Coach Ana Ruiz was more cautious: "We have won nothing yet, not a '
                    'thing."') == ["Ruiz"]
    # A thing described so is no one: "The verdict was damning:", "The message was simple:".
    assert speakers('The verdict was damning: "This was a cruel and cowardly attack on '
                    'him."') == [None]
    assert speakers('Residents of the Old Town were angry: "Nobody asked us about any of '
                    'this."') == [None]
