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


# B. A change or a multiple in words rounds, as "about" does; two that differ still conflict.

_ROUNDED_A = ("Market report\n\nCar sales fell by a third in April, the SMMT said.\n\n"
              "Profits at the brewer almost halved in the year to March.\n\n"
              "Passengers on the line were twice as likely to face delays as those on the coast route.\n\n"
              "Ticket prices have been cut by a quarter since January.\n\n"
              "Exports to China dropped by two-thirds.\n")
_ROUNDED_B = ("Market report\n\nCar sales fell 35% in April, the SMMT said.\n\n"
              "Profits at the brewer fell 48% in the year to March.\n\n"
              "Passengers on the line were 2.2 times as likely to face delays as those on the coast route.\n\n"
              "Ticket prices have been cut by 27% since January.\n\n"
              "Exports to China dropped by 64%.\n")


def test_fractions_and_multiples_in_words_agree_with_their_rounded_figures():
    tally = tally_of(_ROUNDED_A, _ROUNDED_B)
    assert list(tally.conflicts) == []
    assert ("33%", ("s1",)) in values(tally, "percent")  # still read, shown as before
    assert ("2×", ("s1",)) in values(tally, "ratio")


def test_fractions_and_multiples_in_words_that_differ_still_conflict():
    a = ("Market report\n\nCar sales fell by a third in April, the SMMT said.\n\n"
         "Passengers on the line were twice as likely to face delays as those on the coast route.\n\n"
         "Exports to China dropped by half last year.\n")
    b = ("Market report\n\nCar sales fell by a quarter in April, the SMMT said.\n\n"
         "Passengers on the line were three times as likely to face delays as those on the coast route.\n\n"
         "Exports to China dropped by 40% last year.\n")
    tally = tally_of(a, b)
    assert sorted(conflicts_of(tally, "percent")) == [["25%", "33%"], ["40%", "50%"]]
    assert conflicts_of(tally, "ratio") == [["2×", "3×"]]


def test_a_multiple_in_digits_stays_exact():
    a = "Report\n\nPassengers on the line were 2 times as likely to face delays as those on the coast.\n"
    b = "Report\n\nPassengers on the line were 2.2 times as likely to face delays as those on the coast.\n"
    assert conflicts_of(tally_of(a, b), "ratio") == [["2.2×", "2×"]]
