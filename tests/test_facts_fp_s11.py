"""False conflicts the session-11 review found in ordinary copy (/work/notes/s11/REVIEW_FP_REPORT.md,
B, C, D): a change of temperature read as a temperature, "twice as" + a clause read as a multiple,
fractions and multiples in words read as exact."""

from __future__ import annotations

from facts_support import conflicts_of, tally_of, values

# C. A change of temperature is 5/9 of a °F, with no -32 offset; temperatures still convert.

def test_a_change_in_celsius_and_one_in_fahrenheit_agree():
    a = "Cold snap\n\nTemperatures fell by 10°C overnight in Denver, to 5°C.\n"
    b = "Cold snap\n\nTemperatures in Denver plunged 18°F overnight, to 41°F.\n"
    tally = tally_of(a, b)
    assert conflicts_of(tally, "measure") == []
    assert ("5°C", ("s1", "s2")) in values(tally, "measure")  # the temperatures, one value
    assert ("10°C", ("s1", "s2")) in values(tally, "measure")  # the changes, one value


def test_changes_of_temperature_that_differ_still_conflict():
    a = "Heatwave\n\nTemperatures in Madrid rose by 10°C over the weekend.\n"
    b = "Heatwave\n\nTemperatures in Madrid rose by 30°F over the weekend.\n"
    assert conflicts_of(tally_of(a, b), "measure") == [["10°C", "30°F"]]


def test_a_temperature_is_no_change_of_temperature():
    # 5°C is 41°F as a temperature; a rise of 41°F would be 23°C: the levels agree
    a = "Weather\n\nIn Oslo the temperature was 5°C at noon, forecasters said.\n"
    b = "Weather\n\nIn Oslo the temperature was 41°F at noon, forecasters said.\n"
    tally = tally_of(a, b)
    assert conflicts_of(tally, "measure") == []
    assert values(tally, "measure") == [("5°C", ("s1", "s2"))]


# D. "twice as" + a clause is no multiple; "twice as <adjective or adverb>" is one.

def test_twice_as_a_clause_is_no_ratio():
    a = ("Derby\n\nTom Hale scored twice as Rovers beat City 3-1.\n\n"
         "The two leaders have met twice as relations thawed.\n\n"
         "Shares fell three times as investors took fright.\n")
    b = ("Derby\n\nTom Hale scored three times as Rovers beat City 4-1.\n\n"
         "The two leaders have met three times as relations thawed.\n\n"
         "Shares fell twice as investors took fright.\n")
    tally = tally_of(a, b)
    assert values(tally, "ratio") == []
    assert conflicts_of(tally, "ratio") == []


def test_multiples_that_compare_are_still_read():
    a = ("Match stats\n\nRovers had twice as many shots as City and three times as many corners.\n\n"
         "The new strain is three times as contagious as the old one, doctors said.\n")
    b = ("Match stats\n\nRovers had three times as many corners as City, and twice as many shots.\n\n"
         "The new strain is twice as contagious as the old one, doctors said.\n")
    tally = tally_of(a, b)
    assert ("2×", ("s1", "s2")) in values(tally, "ratio")
    assert ("3×", ("s1", "s2")) in values(tally, "ratio")
    assert conflicts_of(tally, "ratio") == [["2×", "3×"]]  # the strain: a real difference
