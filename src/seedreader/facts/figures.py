"""Figures in news prose: percentages, counts of things, money, durations and ages.

Precision over recall. A number becomes a fact only with something that says what it is: a unit
("50 per cent", "15-minute", "$3 million"), a counted noun ("300 troops", "four area hospitals"),
an age marker ("a 31-year-old", "aged 58", "Lopez, 58,", "the owner, 59,", "who is 58") or a
tally word ("the death toll rose to 12"). Bare numbers, numbers glued to letters ("100M",
"COVID-19"), section and version numbers, times and numbers in URLs never are.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from ..caches import memo
from ..patterns import TABLE_GAP, trie_pattern
from .changes import (
    absolute_change,
    changes_by_fraction,
    find_multiples,
    halving_at,
    halvings,
    multiple_at,
    of_rates,
)
from .dates import FOREIGN_MONTH_WORDS, MONTH_WORDS, WEEKDAY_WORDS
from .distinct import OUTCOME_STATES
from .found import Found, Spans
from .measures import MEASURE_AFTER, half_step, network_generation, temperature_change, unit_of
from .numbers import (
    COMMA_GROUPED,
    DIGITS,
    DOT_GROUPED,
    DOT_THOUSANDS,
    FRACTION_WORDS,
    FRACTIONS,
    IP_LIKE,
    WORD_NUMBER,
    bounds,
    find_numbers,
    fmt,
    hedge_before,
    is_vague,
    parse_number,
    vague_bounds,
)
from .words import STOPWORDS, as_ignorecase, fold, key_of, lowered, match_key, wordset

# Every currency sign, as written -> as shown; the patterns below are all built from it.
# The dollars of other countries are their own currencies: "HK$4.2bn" is no "$4.2bn".
_CURRENCY_SIGNS = {"US$": "$", "$": "$", "C$": "C$", "CA$": "C$", "A$": "A$", "AU$": "A$",
                   "MX$": "MX$", "HK$": "HK$", "NZ$": "NZ$", "S$": "S$", "SG$": "S$", "R$": "R$",
                   "NT$": "NT$", "€": "€", "£": "£", "¥": "¥"}
# ISO codes before an amount, as wires and filings write them: "USD 4.2 billion", "EUR 4.2bn".
_CURRENCY_CODES = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CAD": "C$", "AUD": "A$",
                   "HKD": "HK$", "NZD": "NZ$", "SGD": "S$", "BRL": "R$"}
_SIGN = ("(?:" + trie_pattern(_CURRENCY_SIGNS) + r"|(?<![\w$])" + trie_pattern(_CURRENCY_CODES)
         + r"[^\S\n]?)")
# (A sign or a code as a match of _SIGN has it, space and all -> as shown.)
_SIGN_OF = {**_CURRENCY_SIGNS, **_CURRENCY_CODES}
_CURRENCY_WORDS = {"€": "€", "dollar": "$", "dollars": "$", "usd": "$", "euro": "€", "euros": "€", "eur": "€",
                   "pound": "£", "pounds": "£", "gbp": "£", "peso": "pesos", "pesos": "pesos",
                   "mxn": "pesos", "yen": "¥", "yuan": "yuan", "rupees": "rupees"}
def _cur_of(cw: re.Match) -> str:
    """The currency word or sign a match of CURRENCY_AFTER found, lowered."""
    return match_key(cw.group("cur") or cw.group("sign"))


CURRENCY_BEFORE = re.compile(rf"{_SIGN}\s?$")
# (Also as French, German and Spanish write it after a number: "3,5 millions d’euros", "3,5
# millones de euros", "3,5 Mio. €", "12 000 €".)
CURRENCY_AFTER = re.compile(r"(?:(?:\s+|-)(?:U\.S\.\s+|US[\s-]|d[’']|de\s+)?(?P<cur>dollars?|euros?|pounds|pesos?|yen"
                            r"|yuan|rupees|USD|EUR|GBP|MXN)\b|\s?(?P<sign>€)(?!\w))", re.IGNORECASE)
# "$100M", "€2.5bn": with a sign a number takes any abbreviated scale; without, "k" and "bn" only.
# (Wire style too: "$4.2 bln", "$310 mln"; and "£6.3tn", "$1.2trn".) _MONEY_SCALES: those scales.
_MONEY_SCALES = "bn|bln|mn|mln|m|M|B|k|K|tn|trn"
MONEY_ABBR = re.compile(rf"(?P<cur>{_SIGN})(?P<num>{DIGITS})\s?(?P<scale>{_MONEY_SCALES})\b")
_ABBR_SCALE = {"bn": 1e9, "bln": 1e9, "b": 1e9, "mn": 1e6, "mln": 1e6, "m": 1e6, "k": 1e3,
               "tn": 1e12, "trn": 1e12}
# A scale after a number: "40 million", "1.5bn", "1.5 bn", "40k" (not "m": "100M" is no figure).
# French, German and Spanish scale words too ("3,5 millions", "3,5 Millionen", "3,5 Mio. €",
# "3,5 millones", "2 milliards", "3,5 M€").
SCALE = re.compile(r"(?:[\s-]?(?P<word>million|billion|trillion|thousand|millions|millones|millón"
                   r"|millionen|milliards?|milliarden?|mil\s+millones)\b|\s(?P<abbr>mio|mrd)\."
                   r"|\s?(?P<m>M)(?=€)|\s?(?P<bn>bn|(?-i:bln|mln|tn|trn))\b|(?P<k>k)\b)", re.IGNORECASE)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "k": 1e3,
          "bln": 1e9, "mln": 1e6, "tn": 1e12, "trn": 1e12,
          "millions": 1e6, "millones": 1e6, "millón": 1e6, "millionen": 1e6, "milliard": 1e9,
          "milliards": 1e9, "milliarde": 1e9, "milliarden": 1e9, "mil millones": 1e9, "mio": 1e6,
          "mrd": 1e9, "m": 1e6}
# ("three or four loud bangs": a range, 3–4, as the writer does not know which; never 4 bangs)
# (The second end may take an abbreviated scale for both: "$16-17bn"; see _read_range.)
RANGE = re.compile(rf"(?:\s*(?:[–—-]|to)\s*|\s+(?P<or>or)\s+){_SIGN}?(?P<n2>{DIGITS}|{WORD_NUMBER})"
                   rf"(?!(?!(?:{_MONEY_SCALES})\b)[\w:])", re.IGNORECASE)
# An abbreviated scale glued to a range's second end, with a currency sign: "$16-17bn", "€3-4m".
_ABBR_AFTER = re.compile(rf"\s?(?P<scale>{_MONEY_SCALES})\b")
# A range's second end after an amount in "bn" with a sign: "$16bn-$17bn", "$16bn to 17bn".
_ABBR_RANGE = re.compile(rf"[^\S\n]*(?:[–—-]|to)[^\S\n]*(?P<cur>{_SIGN})?(?P<num>{DIGITS})[^\S\n]?"
                         rf"(?P<scale>{_MONEY_SCALES})\b")
BETWEEN_AND = re.compile(rf"\s+and\s+{_SIGN}?(?P<n2>{DIGITS}|{WORD_NUMBER})(?![\w:])",
                         re.IGNORECASE)
# (Basis points are hundredths of a percentage point: "25 basis points", "25bp", "50 bps".)
BASIS_POINTS = re.compile(r"(?:[^\S\n]?|-)(?:basis(?:[^\S\n]|-)points?|(?-i:bps?))\b", re.IGNORECASE)
# A fraction of a percentage point in words: "a quarter of a point", "a quarter-point", "half a
# percentage point", "three-quarters of a percentage point" ("half a point", "a half-point lead"
# without "percentage" may be a game's).
POINT_FRACTION = re.compile(
    r"\b(?:(?P<q>(?:a|one)[^\S\n]+quarter|three(?:[^\S\n]|-)quarters)(?:[^\S\n]+of)?[^\S\n]+an?[^\S\n]+"
    r"(?:percentage(?:[^\S\n]|-))?point|(?P<h>half)[^\S\n]+an?[^\S\n]+percentage(?:[^\S\n]|-)point"
    r"|(?P<q2>a[^\S\n]+quarter)(?:[^\S\n]|-)(?:percentage(?:[^\S\n]|-))?point"
    r"|(?P<h2>a[^\S\n]+half)(?:[^\S\n]|-)percentage(?:[^\S\n]|-)point)\b(?!-)",
    re.IGNORECASE)


# "12%", "12 per cent", "12pc" (as British papers write it; "12 PC" is none).
PERCENT = re.compile(r"\s?(?P<unit>%|per\s?cent\b|pct\b|(?-i:pc)\b|percentage[\s-]points?\b|pour\s+cent\b"
                     r"|por\s+ciento\b|prozent\b)", re.IGNORECASE)
# After a percent, words that make it a level of confidence: "(95% CI 0.61-0.82)", "a 95%
# confidence interval", "95% credible interval", "90% CrI".
_CONFIDENCE_AFTER = re.compile(r"[^\S\n]*(?:(?-i:CI|CrI|UI)\b|(?:confidence|credible|uncertainty|prediction)"
                               r"[^\S\n]+(?:intervals?|levels?|limits?|bounds?|bands?)\b)", re.IGNORECASE)
AGE_AFTER = re.compile(r"[- ]years?[- ]old\b", re.IGNORECASE)
# The age of a group, told as its average: "The average age of participants was 58", "Their
# mean age was 58", "with a median age of 58".
_GROUP_AGE_BEFORE = re.compile(r"\b(?:average|mean|median)[^\S\n]+age(?:[^\S\n]+of(?:[^\S\n]+the)?"
                               r"[^\S\n]+[^\W\d_][\w’'-]*)?(?:[^\S\n]+(?:was|is|were|of|at))?[^\S\n]+$",
                               re.IGNORECASE)
# "Robert Hale, 67," / "Robert Hale, a 68-year-old farmer": the person an age is of, named right
# before it (see _person_named).
NAME_COMMA_BEFORE = re.compile(r"(?<![\w’'-])(?P<words>(?:[\w’'-]+\s+){0,5}[\w’'-]+),\s+$")
NAME_COMMA_A_BEFORE = re.compile(r"(?<![\w’'-])(?P<words>(?:[\w’'-]+\s+){0,5}[\w’'-]+),\s+an?\s+$")
# "... and his wife Linda, 64." : an age closing a sentence after a name, read only after a word
# of family ("Democrats won 40 seats and Republicans, 35." is a tally).
_SENTENCE_END_AFTER = re.compile(r"\.(?:\s|$)")
_FAMILY_WORDS = wordset("wife husband son daughter mother father brother sister partner")
# A capitalised word after these is a place ("In Texas, a 15-year-old boy", "from Texas, 34,"), no
# person an age is of.
_PLACE_BEFORE = wordset("in at near outside from across into inside within throughout around")
# Capitalised words that open a sentence and are no part of a name ("Then Robert Hale, 67").
_NOT_NAME_WORDS = wordset("the a an his her their its our my this that then but and or so also "
                          "meanwhile however")
# "The finance minister, 62,", "her mother, 80,": an age in apposition to a person named by a
# noun, after a determiner, not a name; and "the owner, who is 58," / "Lopez, who was 34,".
_PERSON_NOUNS = wordset(
    """minister owner mother father wife husband son daughter brother sister partner widow
    widower child boy girl man woman driver official spokesman spokeswoman spokesperson teacher
    victim suspect mayor president chief leader worker student pilot doctor nurse officer soldier
    farmer lawyer senator governor candidate resident actor actress singer author coach player
    survivor founder director manager executive employee passenger tourist patient friend
    neighbour neighbor grandmother grandfather uncle aunt nephew niece cousin colleague
    reporter editor writer poet painter dancer photographer producer presenter broadcaster
    headteacher lecturer professor scholar researcher engineer designer programmer developer
    banker baker butcher builder carpenter plumber electrician mechanic labourer laborer miner
    sailor fisherman firefighter paramedic surgeon physician dentist pharmacist therapist
    midwife carer caregiver caretaker cleaner housekeeper chef cook waiter waitress bartender
    member chairman chairwoman chairperson premier chancellor councillor councilor commissioner
    secretary ambassador diplomat envoy delegate lawmaker legislator congressman congresswoman
    nominee challenger incumbent rival opponent aide adviser advisor assistant clerk staffer
    intern pupil graduate supervisor boss employer tenant landlord landlady homeowner
    shopkeeper trader dealer merchant vendor buyer seller customer client shopper donor
    volunteer voter supporter protester protestor demonstrator activist campaigner organiser
    organizer judge juror prosecutor attorney defendant plaintiff witness prisoner inmate
    detainee convict hostage captive refugee migrant immigrant citizen visitor traveller
    traveler commuter pedestrian motorist cyclist rider runner swimmer athlete champion winner
    climber hiker boxer golfer goalkeeper striker defender referee trainer jockey detective
    inspector investigator sheriff policeman policewoman commander captain sergeant lieutenant
    colonel admiral general veteran retiree pensioner priest pastor bishop rabbi imam monk nun
    king queen prince princess duke duchess emperor heir heiress orphan baby toddler teenager
    infant youngster grandson granddaughter grandchild stepmother stepfather stepson
    stepdaughter girlfriend boyfriend fiance fiancee mum mom dad twin sibling relative person
    individual gentleman lady bystander gunman attacker assailant shooter killer murderer
    robber thief burglar kidnapper hijacker bomber smuggler trafficker offender informant
    whistleblower militant insurgent rebel fighter sniper casualty expert analyst economist
    scientist historian journalist artist guard guardian""")
# The keys (words.key_of) of the nouns of people, as a count's head has them.
PERSON_KEYS = frozenset(key_of(w) or w for w in _PERSON_NOUNS)
# Endings of nouns of people ("a historian", "the chairwoman"), after at least four letters (not
# "list", "median"). Not "-er" / "-or": "the remainder, 40,", "the latter, 30,", "the tower, 12,"
# are no persons; the nouns of people in "-er" / "-or" are listed.
_PERSON_ENDINGS = ("ist", "ian", "man", "woman", "person")
_PERSON_ENDING_STEM = 4
_DETERMINERS = wordset("the a an his her their its our my your this that")
WHO_IS_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<words>(?:[\w’'-]+\s+){0,5}[\w’'-]+),?\s+who\s+(?:is|was)\s+$")
# What may follow "who is N" for N to be an age: the clause ends, or "when" ("who was 12 when").
_AGE_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$|when\b)")
_NUMBER_AFTER_COMMA = re.compile(r",\s*(?:\d|" + WORD_NUMBER + r")", re.IGNORECASE)
_DURATION_UNITS = (r"(?:[- ]|\s+)(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?"
                   r"|months?|years?|decades?)\b(?![- ]old)(?!-year)")
DURATION = re.compile(_DURATION_UNITS + r"(?!\s+(?:ago|earlier|before|old)\b)", re.IGNORECASE)
# After "for" a duration may be followed by "before" or "earlier": "burned for nine hours before
# firefighters brought it under control" (elsewhere "nine hours before" is a time, not a length).
DURATION_FOR = re.compile(_DURATION_UNITS + r"(?!\s+(?:ago|old)\b)", re.IGNORECASE)
# Unit as written -> (unit shown, how many of it one is, seconds in the unit shown): "four
# decades" is shown as 40 years.
_DURATION_UNIT = {"s": ("s", 1, 1), "sec": ("s", 1, 1), "second": ("s", 1, 1),
                  "min": ("min", 1, 60), "minute": ("min", 1, 60),
                  "h": ("h", 1, 3600), "hr": ("h", 1, 3600), "hour": ("h", 1, 3600),
                  "day": ("days", 1, 86400), "week": ("weeks", 1, 604800),
                  "month": ("months", 1, 2629800), "year": ("years", 1, 31557600),
                  "decade": ("years", 10, 31557600)}
# ("the number of <noun>" only: "a number of protesters" is some; and never over another cue: "the
# number of seats is 150 and the number of parties is 12" counts parties at 12)
TALLY_BEFORE = re.compile(
    r"\b(?P<cue>toll|total|tally|count|(?<![\w-])the\s+number\s+of\s+(?P<of>[^\W\d_]+))\b"
    r"(?:(?!\b(?:toll|total|tally|count|number\s+of)\b)[\w\s,’']){0,100}?\b"
    r"(?:of|at|to|was|is|reached|hit|stands at|stood at|rose to|climbed to|now)\s+$",
    re.IGNORECASE,
)
# Numbers after these words are labels, not quantities ("Section 3", "No. 5", "Route 66").
_LABEL_WORDS = wordset(
    """section sections article articles chapter chapters clause clauses paragraph paragraphs page
    pages pp no nos nr item rule part figure fig table version v step route highway room flight unit
    code line level grade phase round game season episode vol volume issue exhibit amendment title
    act bill resolution case docket appendix annex schedule stage gate platform channel verse lot box
    suite apt floor precinct district ward term model number top rank ranked class category tier
    week day year hour minute pm am"""
)
# Labels written with a full stop ("No. 5", "Fig. 3"): after any other label word a full stop ends
# the sentence, and the number starts the next one ("for a week. Twelve people were injured").
_LABEL_ABBREVIATIONS = wordset("no nos nr pp fig v vol")
_IRREGULAR_PLURALS = wordset(
    "people children men women police personnel staff cattle feet teeth mice geese data media crew "
    "youth militia aircraft livestock fish sheep deer clergy"
)
# Plural-looking words after a number that are not things counted (besides STOPWORDS).
_NOT_COUNTED = wordset(
    "times points pm bps years days hours minutes seconds weeks months decades "
    "year day hour minute week month decade "
    "goes plus unless whereas news series "
    "halves thirds quarters fifths sixths eighths tenths "  # fractions ("two thirds of the way")
    # units of time in French, German and Spanish ("vers 23 heures", "16 Uhr", "78 años")
    "heure heures uhr stunde stunden hora horas minuten minutos secondes sekunden segundos "
    "jour jours tag tage dia dias semaine semaines woche wochen semana semanas mois monat monate "
    "mes meses an ans annee annees jahr jahre ano anos "
    "jahren tagen monaten wochen "  # (German plurals after mit, vor, nach: "vor 20 Jahren")
)
# German words after a number that count no thing ("3 Mal", "12 Grad", "B 51 Richtung Saarburg"):
# in a German sentence only ("12 grad students" count students)
_NOT_COUNTED_GERMAN = wordset("mal grad prozent euro richtung")
_MONTHS_AND_DAYS = MONTH_WORDS | WEEKDAY_WORDS


def _person_named(m: re.Match | None, family: bool = False) -> tuple[str, str] | None:
    """The person named by the words ``m`` found right before an age: (head, person), the key of
    the last name ("hale") and the capitalised words (up to four) at their end, folded and
    space-joined ("robert hale"); None for a place ("In Texas, a 15-year-old boy"), a month or a
    weekday. With ``family`` (an age closing its sentence), only a name after a word of family
    ("his wife Linda, 64.")."""
    if m is None:
        return None
    words = m.group("words").split()
    i = len(words)
    while i > 0 and len(words) - i < 4 and words[i - 1][:1].isupper():
        i -= 1
    previous = fold(words[i - 1]) if i else None
    run = [fold(w) for w in words[i:]]
    while run and run[0] in _NOT_NAME_WORDS:
        run.pop(0)  # "Then Robert Hale, 67"
    if (not run or run[-1] in _MONTHS_AND_DAYS or previous in _PLACE_BEFORE
            or run[0] in _PLACE_BEFORE or (family and previous not in _FAMILY_WORDS)):
        return None
    return key_of(run[-1]) or run[-1], " ".join(run)


def _person_ending(noun: str) -> bool:
    """Whether ``noun`` ends as nouns of people do ("economist", "civilian", "fireman")."""
    return any(noun.endswith(end) and len(noun) - len(end) >= _PERSON_ENDING_STEM
               for end in _PERSON_ENDINGS)


def _person_noun(m: re.Match | None) -> tuple[str, str] | None:
    """The person a noun phrase right before an age names ("The finance minister, 62,"): (head,
    person), the key of its noun ("minister") and the phrase's words after its determiner,
    folded ("finance minister"); None unless a determiner ("the", "her", "Lopez's") leads up to
    three words in lower case, the last a noun of a person (a listed one, or one of their
    endings: "historian", "fireman")."""
    if m is None:
        return None
    words = m.group("words").split()[-4:]
    noun = fold(words[-1])
    if not words[-1].isalpha() or not words[-1].islower() or noun in _LABEL_WORDS or not (
            noun in _PERSON_NOUNS or _person_ending(noun)):
        return None
    for i in range(len(words) - 2, -1, -1):
        word = fold(words[i])
        if word in _DETERMINERS or word.endswith("'s"):
            return key_of(noun) or noun, " ".join(fold(w) for w in words[i + 1:])
        if not words[i].isalpha() or not words[i].islower():
            return None
    return None


def same_person(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two facts' persons (``Found.person``) name one person: one name is the other or
    ends with it ("hale" / "robert hale"), not when the first names differ ("john smith" / "mary
    smith")."""
    return any(x == y or x.endswith(" " + y) or y.endswith(" " + x) for x in a for y in b)


def _glued(before: str) -> bool:
    """Whether the text before a number ties it to something else: "73 20", "24/7", "§ 4", "3.2",
    "-5", "10:30"."""
    if not before:
        return False
    c = before[-1]
    if c.isdigit() or c in "/#§.:-–":
        return True
    return c.isspace() and len(before) > 1 and (before[-2].isdigit() or before[-2] in "/#§")


_SIGN_ENDS = frozenset(sign[-1] for sign in _CURRENCY_SIGNS)  # "$", "€", "£", "¥"


def _sign_before(text: str, pos: int, floor: int) -> bool:
    """Whether one of the two characters before ``pos`` (and from ``floor`` on) is a currency
    sign, or a code and a space are ("USD 4.2"): CURRENCY_BEFORE can match nowhere else."""
    return ((pos - 1 >= floor and text[pos - 1] in _SIGN_ENDS)
            or (pos - 2 >= floor and text[pos - 2] in _SIGN_ENDS)
            or (pos - 4 >= floor and text[pos - 4:pos - 1] in _CURRENCY_CODES))


def _signed_runs(text: str, runs: list[int]) -> list[int]:
    """The runs of digits (``runs``, where each starts) right after a currency sign or code,
    spaces between at most: where the numbers of MONEY_ABBR and _SIGNED (a sign, a space at
    most, a number) start. (A test at each run costs far less than those patterns' scans.)"""
    out = []
    for r in runs:
        before = text[max(0, r - 5):r].rstrip()
        if before[-1:] in _SIGN_ENDS or before[-3:] in _CURRENCY_CODES:
            out.append(r)
    return out


def _money_abbr(text: str, signed: list[int]) -> Iterator[re.Match]:
    """The matches of MONEY_ABBR in ``text``, in order, as finditer gives them: each number of
    one is a run of ``signed`` (_signed_runs), its sign (a code and a space at most) right before."""
    end = 0
    for r in signed:
        for at in range(max(end, r - 4), r):
            if (m := MONEY_ABBR.match(text, at)) is not None and m.start("num") == r:
                yield m
                end = m.end()
                break


def _last_word(text: str) -> str:
    i = len(text)
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return text[i:]


def _label_before(trimmed: str) -> bool:
    """Whether the text before a number (trailing spaces off) ends in a label word that the
    number belongs to ("Section 3", "gate #4", "No. 5"); never one across a sentence end or a
    comma ("for a week. Twelve", "a week, 12 people")."""
    label = trimmed.removesuffix("#").rstrip()
    if label.endswith("."):
        return _last_word(label[:-1]).lower() in _LABEL_ABBREVIATIONS
    return _last_word(label).lower() in _LABEL_WORDS


# An hour before minutes, as French writes a clock time ("16 h 40", "16h 40").
_CLOCK_HOUR_BEFORE = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])[^\S\n]?h[^\S\n]?$")
_NUMBER_NEXT = re.compile(r"\s+\d")
_THOUSANDS_NEXT = re.compile(r"\s+\d{3}\b")
_TALLY_HINT = re.compile(r"toll|total|tally|count|number", re.IGNORECASE)
# "nine of its cars", "three of the victims": a count of the noun after a determiner.
_OF_DETERMINER = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|these|those)(?=\s)", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+(?P<w>[A-Za-z][A-Za-z’'-]*)")
_OF = re.compile(r"\s+of(?=\s)")
_SIGNED = re.compile(rf"(?P<cur>{_SIGN})\s?\d")
# A number right after these counts people, its noun left out ("injuring more than 1,000").
_HARM_BEFORE = re.compile(r"\b(?P<verb>killing|killed|injuring|injured|wounding|wounded)\s+$",
                          re.IGNORECASE)
# A number of people that what befell them follows, the noun left out: "23 were injured", "the 27
# injured", "Four dead, 27 hurt".
# A verb in the singular after a number above one makes it a label ("Terminal 5 was evacuated",
# "Inmate 4471 was killed"): group "one". "others" or "more" may come between: "three were
# killed and 14 others injured", "14 more were hurt".
_OUTCOME_AFTER = re.compile(
    r"\s+(?:(?:others|more)\s+)?(?:(?:were|are|have\s+been|had\s+been|remain|remained|(?P<one>was|is|has\s+been|remains))"
    r"\s+)?(?:(?:also|later|seriously|critically|badly|slightly|reportedly)\s+)?"
    rf"(?P<w>{'|'.join(w.replace('ized', 'i[sz]ed') for w in OUTCOME_STATES)})\b",
    re.IGNORECASE)
# Words between a number and its counted noun that leave the count as it is ("27 more people").
_COUNT_ADJECTIVES = wordset("more other additional")
# Units of measure, each as one and as several ("foot", "feet"): a count of one is a quantity
# (kilograms, grams and the units written in abbreviations are measures: measures.py)
# (tally.py's conflicts of measures, by UNIT_KEYS); joined to a number by a hyphen, the singular
# counts that unit: "the 3,000-gallon spill" is 3,000 gallons.
UNITS = (("gallon", "gallons"), ("litre", "litres"), ("liter", "liters"), ("barrel", "barrels"),
         ("ton", "tons"), ("tonne", "tonnes"), ("pound", "pounds"), ("mile", "miles"), ("kilometre", "kilometres"),
         ("kilometer", "kilometers"), ("metre", "metres"), ("meter", "meters"), ("foot", "feet"),
         ("yard", "yards"), ("acre", "acres"), ("hectare", "hectares"), ("megawatt", "megawatts"))
UNIT_KEYS = frozenset(k for forms in UNITS for w in forms if (k := key_of(w)) is not None)
_UNIT_COMPOUND = re.compile(
    rf"-(?P<unit>{trie_pattern(one for one, _several in UNITS)})(?![\w-])", re.IGNORECASE)
# "the real number is 41": a count of what the sentence's other count counts ("admit 31 dead").
_REAL_NUMBER_BEFORE = re.compile(
    r"\b(?:real|actual|true|correct|genuine)\s+(?:number|figure|toll|count|total|tally)"
    r"(?:\s+(?:is|was|could\s+be|may\s+be|might\s+be|stands\s+at|stood\s+at|is\s+closer\s+to))\s+$",
    re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"[.!?;]\s")  # (also tally.py's)
# A crowd's number is of people ("a crowd of 42000"); a ground's capacity is a count of its own
# ("which holds 38,500.", "a capacity of 38,500", "built for 40,000.", "38,500 capacity").
_CROWD_BEFORE = re.compile(r"\bcrowds?\s+of\s+$", re.IGNORECASE)
# ("holds"/"seats" only after a place: "Labour held 202." and "the Conservatives hold 365." are
# seats won, which differ from party to party)
_CAPACITY_BEFORE = re.compile(
    r"\b(?:capacity\s+of|built\s+for|designed\s+for|(?:which|that|stadium|ground|arena|venue|"
    r"hall|theatre|theater|it)\s+(?:holds|held|seats|seated|can\s+hold|could\s+hold))\s+$",
    re.IGNORECASE)
_CAPACITY_AFTER = re.compile(r"[\s-]capacity\b(?!-)", re.IGNORECASE)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;:!?)]|\s[-–—]\s|$)")
_OF_THE_NUMBER = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?\d[\d,]*(?=\s)")


_YEAR_LIKE = re.compile(r"1[89]\d\d|20\d\d")


def _is_year_like(raw: str) -> bool:
    return _YEAR_LIKE.fullmatch(raw) is not None


# Prefixes that make a counted noun another one: "2,100 non-citizens" are no citizens, "300
# ex-employees" no employees (a noun with one keeps it in its key, as its context words do).
_NOUN_PREFIXES = frozenset({"non", "ex", "former", "anti", "pre", "post", "counter", "un", "vice"})


def _noun_key(word: str) -> str:
    """The key of a counted noun, a compound's by its last part, as its context words have it
    ("87 sapeurs-pompiers" counts pompiers, as "87 pompiers" does; "40 co-workers" workers), but
    with a prefix that changes what it is ("non-citizens", "ex-employees")."""
    pieces = fold(word).split("-")
    last = pieces[-1]
    if len(pieces) > 1 and pieces[0] in _NOUN_PREFIXES:
        last = pieces[0] + pieces[1] if len(pieces) == 2 else last
    return key_of(last) or last


def _plural(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR_PLURALS:
        return True
    return len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))


# German nouns are written with a capital and most plurals end otherwise than in "s" ("12.000
# Menschen", "1.250 Helfer", "40 Häuser"): in a German sentence (_german_near) a capitalised word
# after a number is its counted noun, as a plural is in English.
_GERMAN_FUNCTION_WORDS = re.compile(
    r"\b(?:und|der|das|nicht|wurde|wurden|mit|sich|auf|ist|sind|eine|einen|einem|dem|für|von|bei"
    r"|im|zu|nach|haben|waren|mussten|sei|aber|kein|keine|wir|ihre|ihren|sie|auch|noch|nur|wird"
    r"|werden)\b")
_GERMAN_REACH = 160  # characters either side of a number
_GERMAN_MIN = 2  # German function words there
_WORD_AT = re.compile(r"[^\W\d_][\w’'-]*")


# A name's particles, between a name and a capitalised word ("Ursula von der Leyen", "Karl-Theodor
# zu Guttenberg"): no evidence of German.
_NAME_PARTICLES = re.compile(r"(?<=[^\W\d_]\s)(?:von|zu|van|vom)(?:\s+(?:der|dem|den))?(?=\s+[A-Z])")


def _german_near(text: str, pos: int) -> bool:
    """Whether the text around ``pos`` is German: _GERMAN_MIN of its function words (none of
    them English ones, none a name's particle) within _GERMAN_REACH characters either side."""
    lo, hi = max(0, pos - _GERMAN_REACH), pos + _GERMAN_REACH
    found = _GERMAN_FUNCTION_WORDS.finditer(text, lo, hi)
    if "von" in text[lo:hi] or "zu" in text[lo:hi]:
        names = [(m.start(), m.end()) for m in _NAME_PARTICLES.finditer(text, lo, hi)
                 if _capitalised_before(text, m.start())]
        found = (m for m in found if not any(a <= m.start() < b for a, b in names))
    return next(islice(found, _GERMAN_MIN - 1, None), None) is not None


_WORD_AT_END = re.compile(r"([^\W\d_][\w-]*)\s+$")  # the last word of a text, spaces after it


def _capitalised_before(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` is capitalised (a name's: "Ursula von")."""
    m = _WORD_AT_END.search(text[max(0, pos - 40):pos])
    return m is not None and m.group(1)[0].isupper()


def _counted_noun(text: str, pos: int, singular: bool, allow_of: bool) -> tuple[str, int] | None:
    """The counted noun in the next three words after ``pos`` ("four area hospitals"), and its end."""
    if allow_of and (m := _OF.match(text, pos)):
        pos = m.end()
    looked = 0
    while looked < 3:
        m = _NEXT_WORD.match(text, pos)
        if not m or TABLE_GAP in text[pos:m.start("w")]:
            return None  # (nor a word of the next cell: "1   Number of reports", a table's item)
        word = m.group("w")
        low = fold(word)
        if low == "and" and looked == 1:
            pos = m.end()  # "3,500 search and rescue workers"
            continue
        looked += 1
        if low in _COUNT_ADJECTIVES and looked == 1 and not singular:
            pos = m.end()  # "27 more people"
            continue
        if word[0].isupper() and (whole := _WORD_AT.match(text, m.start("w"))) is not None and (
                (folded := fold(whole.group())) not in STOPWORDS and folded not in _NOT_COUNTED
                and folded not in _NOT_COUNTED_GERMAN and folded not in FOREIGN_MONTH_WORDS and _german_near(text, pos)):
            return whole.group(), whole.end()  # "12.000 Menschen", "40 Häuser"
        if low in _NOT_COUNTED_GERMAN and word[0].isupper() and _german_near(text, pos):
            return None  # ("3 Mal", "B 51 Richtung Saarburg")
        if low in STOPWORDS or low in _NOT_COUNTED:  # (months and weekdays are stopwords)
            return None
        if _plural(word) or singular:
            return word, m.end()
        pos = m.end()
    return None


@memo(maxsize=4096)  # numbers as written repeat ("50", "twelve"): parse each once
def _number(raw: str) -> tuple[float, float] | None:
    if is_vague(raw):
        return vague_bounds(raw)
    n = parse_number(raw)
    return None if n is None else (n, n)


def _read(raw: str, thousands: bool) -> tuple[float, float] | None:
    """``_number``, with "40.000" read as forty thousand if ``thousands``, else as forty."""
    if thousands and DOT_THOUSANDS.fullmatch(raw):
        return _number(raw.replace(".", ""))
    return _number(raw)


def _dotted(raw: str) -> bool:
    """Whether ``raw`` is "d.ddd", which reads as a decimal or as thousands ("4.125", "40.000")."""
    return "." in raw and DOT_THOUSANDS.fullmatch(raw) is not None


# Spanish and French function words (in lower case: "El Paso", "Las Vegas", "Le Pen" are no
# evidence), for a "d.ddd" those languages write as German does ("1.500 euros" is 1,500 euros).
_SPANISH_FUNCTION_WORDS = re.compile(
    r"\b(?:el|la|los|las|del|y|se|con|que|por|para|una|según|pero|más|está|están|también|fue|han|sido|cada"
    r"|tras|sus|desde|hasta|entre)\b")
_FRENCH_FUNCTION_WORDS = re.compile(
    r"\b(?:le|la|les|des|du|se|il|elle|est|une|avec|pour|dans|sur|qui|ont|été|aussi|mais|selon|chaque|leur"
    r"|depuis|après|entre)\b|(?<!\S)à(?!\S)")


def _comma_language_near(text: str, pos: int) -> bool:
    """Whether the text around ``pos`` is German, Spanish or French (languages that write a
    decimal comma and group thousands with a full stop): _GERMAN_MIN of one language's function
    words within _GERMAN_REACH characters either side."""
    if _german_near(text, pos):
        return True
    lo, hi = max(0, pos - _GERMAN_REACH), pos + _GERMAN_REACH
    return any(next(islice(words.finditer(text, lo, hi), _GERMAN_MIN - 1, None), None) is not None
               for words in (_SPANISH_FUNCTION_WORDS, _FRENCH_FUNCTION_WORDS))


# How a source writes "d.ddd": it decides whether "4.125" and "40.000" are decimals or thousands.
DECIMAL = "decimal"  # it groups thousands with commas ("40,000"), or both ways: a decimal point
THOUSANDS = "thousands"  # it groups them with full stops only ("1.234.567", "1.234,56")
UNKNOWN = "unknown"  # it does neither: a decimal, unless nothing but a counted noun follows
# After "d.ddd", scale words of languages that write a decimal comma ("4.200 Mio. Euro", "1.500
# millones"): its full stop groups thousands, whatever the rest of the source does.
_COMMA_LANGUAGE_SCALE = re.compile(r"[^\S\n]?(?:Mio\.|Mrd\.|Millionen\b|Milliarden?\b|millones\b"
                                   r"|milliards?\b|mil[^\S\n]+millones\b)")


def _dot_thousands(text: str, start: int, end: int, style: Callable[[], str]) -> bool:
    """Whether "d.ddd" at ``text[start:end]`` groups thousands: the source groups them so
    (THOUSANDS), a scale word of a language with a decimal comma follows ("4.200 Mio. Euro"), or
    the source, grouping no thousands with commas, writes it in a German, Spanish or French
    sentence ("1.200 Euro je Paket", "pagará 1.500 euros a cada familia", as they write 1,200)."""
    kind = style()
    return kind == THOUSANDS or _COMMA_LANGUAGE_SCALE.match(text, end) is not None or (
        kind == UNKNOWN and _comma_language_near(text, start))



# Where a grouped number may be: found first by these (led by a literal, which Python's re scans
# for fast), then matched whole from the start of the digits.
_COMMA_GROUP_AT = re.compile(r",\d{3}")
_DOT_GROUPS_AT = re.compile(r"\.\d{3}[.,]\d")


def _grouped(text: str, at: re.Pattern, whole: re.Pattern) -> Iterator[re.Match]:
    """The numbers ``whole`` matches in ``text``, where ``at`` finds a place in them."""
    end = 0
    for c in at.finditer(text):
        if c.start() < end:
            continue  # (in the number just found)
        start = c.start()
        while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".,"):
            start -= 1
        if m := whole.match(text, start):
            end = m.end()
            yield m


def number_style(text: str) -> str:
    """How ``text`` groups thousands: DECIMAL, THOUSANDS or UNKNOWN (see above).

    Versions ("Version 1.234.567") and addresses ("192.168.100.200") tell nothing.
    """
    if next(_grouped(text, _COMMA_GROUP_AT, COMMA_GROUPED), None):
        return DECIMAL
    for m in _grouped(text, _DOT_GROUPS_AT, DOT_GROUPED):
        label = _label_before(text[max(0, m.start() - 40): m.start()].rstrip())
        if not label and not IP_LIKE.fullmatch(m.group()):
            return THOUSANDS
    return UNKNOWN


def _value(lo: float, hi: float, raw: str, raw2: str | None) -> str:
    if is_vague(raw) and raw2 is None:
        return raw.lower()
    return fmt(lo) if lo == hi else f"{fmt(lo)}–{fmt(hi)}"


def _money_value(cur: str, lo: float, hi: float) -> str:
    def one(x: float) -> str:
        for scale, name in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if x >= scale:
                return f"{fmt(round(x / scale, 4))} {name}"
        return fmt(x)

    amount = one(lo) if lo == hi else f"{one(lo)}–{one(hi)}"
    return f"{amount} {cur}" if cur.isalpha() else f"{cur}{amount}"  # "3 million pesos", "C$3"


def find_figures(text: str, taken: list[tuple[int, int]], runs: list[int], low: str | None = None
                 ) -> list[Found]:
    """Figures of a text, in order; ``taken`` are spans (dates, URLs) to stay out of.

    ``runs``: ``digit_runs(text)``; ``low``: ``lowered(text)``, when the caller has it.
    """
    claimed = Spans(taken)
    free = claimed.free
    found: list[Found] = []
    styles: list[str] = []

    def style() -> str:
        """``number_style(text)``, worked out the first time a "d.ddd" number needs it."""
        if not styles:
            styles.append(number_style(text))
        return styles[0]

    signed = _signed_runs(text, runs)
    currencies: list[str | None] = []

    def currency() -> str | None:
        """The currency the text writes most with a sign, worked out when first needed."""
        if not currencies:
            signs = Counter(_SIGN_OF[c.group("cur").rstrip()] for c in _SIGNED.finditer(text)) \
                if signed else Counter()
            currencies.append(signs.most_common(1)[0][0] if signs else None)
        return currencies[0]

    for m in _money_abbr(text, signed):
        if not free(m.start(), m.end()):
            continue
        num = m.group("num")
        n = _read(num, _dotted(num) and style() == THOUSANDS)[0] * _ABBR_SCALE[match_key(m.group("scale"))]
        cur = _SIGN_OF[m.group("cur").rstrip()]
        qualifier, start = hedge_before(text, m.start(), text.rfind("\n", 0, m.start()) + 1)
        n2, stop = n, m.end()
        if ((rm := _ABBR_RANGE.match(text, stop)) and (rm.group("cur") is None
                                                         or _SIGN_OF[rm.group("cur").rstrip()] == cur)
                and free(stop, rm.end())):
            num2 = rm.group("num")
            second = _read(num2, _dotted(num2) and style() == THOUSANDS)[0] * _ABBR_SCALE[
                match_key(rm.group("scale"))]
            if second > n:  # "$16bn-$17bn": one range of money
                n2, stop = second, rm.end()
        lo, hi = bounds(n, n2, qualifier)
        if (cw := CURRENCY_AFTER.match(text, stop)) and _CURRENCY_WORDS[_cur_of(cw)] == cur:
            stop = cw.end()  # "$1.5bn dollars": the word says what the sign said
        found.append(Found("money", start, stop, _money_value(cur, n, n2),
                           key=("money", cur, n, n2), qualifier=qualifier, low=lo, high=hi,
                           exact=qualifier is None and n == n2))
        claimed.add(m.start(), stop)

    low = lowered(text) if low is None else low
    folded = as_ignorecase(low)
    # (plain searches rule out most texts faster than FRACTION_SHARE's and POINT_FRACTION's scans)
    fractions = any(w in folded for w in FRACTION_WORDS)
    for m in POINT_FRACTION.finditer(text) if fractions and "oint" in text else ():
        if free(m.start(), m.end()) and (f := _point_fraction(text, m)) is not None:
            claimed.add(f.start, f.end)
            found.append(f)

    for m in _fraction_shares(text, folded) if fractions else ():
        if free(m.start(), m.end()) and (f := _fraction_share(text, m)) is not None:
            claimed.add(f.start, f.end)
            found.append(f)

    for m in changes_by_fraction(text, folded) if fractions else ():
        if (free(m.start("frac"), m.end()) and not of_rates(text, m)
                and (f := _change_fraction(text, m)) is not None):
            claimed.add(f.start, f.end)
            found.append(f)

    for m in find_multiples(text, folded):
        if free(m.start(), m.end()) and (f := _multiple(text, m)) is not None:
            claimed.add(f.start, f.end)
            found.append(f)

    for m in halvings(text, folded):
        if free(m.start(), m.end()) and halving_at(text, m):
            qualifier, start = hedge_before(text, m.start(), text.rfind("\n", 0, m.start()) + 1)
            claimed.add(start, m.end())
            found.append(_in_words(_share_figure(start, m.end(), 50.0, qualifier)))

    for m in find_numbers(text, runs, low):
        s, e = m.span()
        if not free(s, e):
            continue
        f = _classify(text, m, style, currency=currency)
        if f is None or not free(f.start, f.end):
            continue
        claimed.add(f.start, f.end)
        found.append(f)
    found.sort(key=lambda f: f.start)
    return found


# Words of rates around "a quarter of a point" (no "percentage" in it) that make it percentage
# points: "cut rates by a quarter of a point", "the margin narrowed by a quarter of a point"; not
# a game's or an index's ("Biles lost the gold by a quarter of a point").
_RATE_WORDS = re.compile(r"%|\b(?:per[^\S\n]?cent|percent(?:age)?|rates?|interest|yields?|inflation|"
                         r"unemployment|margins?|mortgages?|bonds?|polls?|polling|banks?|Fed|ECB|BoE|hikes?)\b", re.IGNORECASE)
_RATE_REACH = 120  # characters either side of the fraction, in its line


def _point_fraction(text: str, m: re.Match) -> Found | None:
    """The percentage points a fraction of a point in words is ("a quarter of a point": 0.25 pp),
    or None: "a quarter of a point" with no word of rates near it."""
    if "ercentage" not in m.group():
        floor = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        ceiling = min(m.end() + _RATE_REACH, len(text) if line_end < 0 else line_end)
        if not (_RATE_WORDS.search(text, max(floor, m.start() - _RATE_REACH), m.start())
                or _RATE_WORDS.search(text, m.end(), ceiling)):
            return None
    words = fold(m.group("q") or m.group("q2") or m.group("h") or m.group("h2"))
    value = 0.75 if words.startswith("three") else 0.5 if words.endswith("half") else 0.25
    qualifier, start = hedge_before(text, m.start(), text.rfind("\n", 0, m.start()) + 1)
    low, high = bounds(value, value, qualifier)
    return Found("percent", start, m.end(), f"{fmt(value)} pp", key=("percent", "pp", value, value),
                 qualifier=qualifier, low=low, high=high, exact=qualifier is None)


_LOOK_BACK = 1000  # (see _read_number's floor)


def _classify(text: str, m: re.Match, style: Callable[[], str], counted: bool = False,
              currency: Callable[[], str | None] | None = None) -> Found | None:
    """The figure number ``m`` starts, or None. ``style``: the text's ``number_style``.

    ``counted``: read "d.ddd" as thousands, and give nothing but a count of things ("2.500 troops"
    in a source of UNKNOWN style, where no sign, percent, unit or scale word made it a decimal).
    """
    n = _read_number(text, m, style, counted)
    if n is None:
        return None
    if n.unordered:
        # "900 to 1.200 people" is no range of decimals; it may be one of thousands
        return _as_thousands(text, m, style) if n.dotted and not n.thousands and not n.scaled else None
    if counted and n.scaled:
        return None  # a scale word says decimal: "1.125 million"
    return _figure_of(text, n, style, currency)


@dataclass(slots=True)
class _Number:
    """A number as ``_read_number`` read it where it stands, for ``_figure_of`` to tell its kind."""

    match: re.Match  # the number as found
    raw: str  # as written: "40", "twelve", "2.500", "dozens"
    lo: float  # its value, or its range's ends ("10 to 15"), times any scale word ("40 million")
    hi: float
    end: int  # after its scale word or range
    counted: bool  # read for a count of things only (see _classify)
    vague: bool  # "dozens", "hundreds": no range, no scale word
    dotted: bool  # "d.ddd", here or at its range's end: a decimal or thousands (see number_style)
    thousands: bool  # "d.ddd" read as thousands
    floor: int  # where its line starts, or as far back as any search before it may look
    before: str  # up to 40 characters before it, from the floor on
    trimmed: str  # those without trailing spaces
    last_word: str  # the word they end with, if they end with one
    raw2: str | None = None  # its range's second number as written
    scaled: bool = False  # by a scale word, here or at its range's end
    abbreviated: bool = False  # by "bn" ("1.5bn")
    sign: re.Match | None = None  # the currency sign right before it
    unordered: bool = False  # a range whose second end is no larger than its first
    start: int = 0  # where the figure starts: at its hedge ("more than"), "between" or sign
    qualifier: str | None = None  # its hedge
    exact: bool = False  # a point value, no hedge, not vague

    def found(self, kind: str, value: str, key: tuple, stop: int, head: str | None = None,
              scale: float = 1, noun: bool = False, start: int | None = None) -> Found | None:
        """The figure it makes, of ``kind``. ``scale``: what one of the figure's unit is in the unit
        compared (seconds); ``noun``: a count of the noun after it (all that a ``counted`` reading
        may give); ``start``: where it starts, if not at its hedge or sign."""
        if self.counted and not noun:
            return None  # a sign, percent or unit says decimal; a tally says nothing
        low, high = bounds(self.lo * scale, self.hi * scale, self.qualifier)
        return Found(kind, self.start if start is None else start, stop, value, key=key,
                     qualifier=self.qualifier, low=low, high=high, exact=self.exact, head=head)

    def shown(self) -> str:
        """Its value as a figure shows it (``_value``)."""
        return _value(self.lo, self.hi, self.raw, self.raw2)


def _read_number(text: str, m: re.Match, style: Callable[[], str], counted: bool) -> _Number | None:
    """Number ``m`` read with its scale word, range, currency sign and hedge, or None: no figure.

    What touches a number can say it is none: "G20", "24/7", "Section 3", "73 20", "192.168.100.200".
    """
    s, e = m.span()
    raw = m.group()
    # The start of the line (paragraph) the number is in, or a point far enough back: nothing
    # below looks further back than ~250 characters, and a search to the start of a long line
    # for each number would be quadratic.
    reach = max(0, s - _LOOK_BACK)
    floor = text.rfind("\n", reach, s) + 1 or reach
    before = text[max(floor, s - 40): s]
    if _glued(before) and not CURRENCY_BEFORE.search(before) and not (
            before[-1] == "-" and before[-2:-1] in ("", " ", "(") and PERCENT.match(text, e)):
        return None  # "73 20", "24/7", "§ 4", "-5": not a figure we can place ("-3.1%" is 3.1%)
    if before and (before[-1].isalnum() or before[-1] in "._"):
        return None  # "G20", "v2", "x.5"
    if "h" in before[-3:] and _CLOCK_HOUR_BEFORE.search(before):
        return None  # the minutes of a clock time, "16 h 40" (its "h" ends "before" or nearly)
    trimmed = before.rstrip()
    if _label_before(trimmed):
        return None  # "Section 3", "No. 5", "Route 66"
    if trimmed.endswith(("in", "every")) and _share_before(text, before, raw, e):
        return None  # the "five" of "one in five": a share's (_share), no count
    if _NUMBER_NEXT.match(text, e) and not _THOUSANDS_NEXT.match(text, e):
        return None  # "73 20"
    if raw.count(".") == 3 and IP_LIKE.fullmatch(raw):
        return None  # "192.168.100.200"
    dotted = _dotted(raw)
    thousands = counted or (dotted and _dot_thousands(text, s, e, style))
    val = _read(raw, thousands)
    if val is None:
        return None
    n = _Number(m, raw, val[0], val[1], e, counted, is_vague(raw), dotted, thousands, floor, before,
                trimmed, _last_word(trimmed))
    # A scale word multiplies ("40 million"); a range keeps both ends ("10 to 15", "22–23").
    if not n.vague and (sm := SCALE.match(text, e)):
        k = _scale_of(sm)
        n.lo, n.hi, n.end, n.scaled = n.lo * k, n.hi * k, sm.end(), True
        n.abbreviated = sm.lastgroup == "bn"
    # (A currency sign ends one or two characters before the number, or nothing is searched.)
    n.sign = CURRENCY_BEFORE.search(text, max(floor, s - 4), s) if _sign_before(text, s, floor) else None
    lead = n.sign.start() if n.sign else s  # "between" stands before the sign: "between $3 and $4"
    head = text[max(floor, lead - 40): lead] if n.sign else before
    head_trimmed = head.rstrip()
    between = (head != head_trimmed and head_trimmed[-7:].lower() == "between"
               and _last_word(head_trimmed).lower() == "between")
    if not n.vague and (rm := (BETWEEN_AND if between else RANGE).match(text, n.end)):
        if not _read_range(text, rm, n, style):
            return None
        if n.unordered:
            return n
    start = lead - (len(head) - len(head_trimmed) + 7) if between else lead
    n.qualifier, n.start = (None, start) if between else hedge_before(text, start, floor)
    n.exact = n.qualifier is None and n.lo == n.hi and not n.vague
    return n


def _scale_of(sm: re.Match) -> float:
    """What the scale word ``SCALE`` matched multiplies by ("million": 1,000,000)."""
    return _SCALE[" ".join(match_key(sm.group(sm.lastgroup)).split())]


def _read_range(text: str, rm: re.Match, n: _Number, style: Callable[[], str]) -> bool:
    """Extend ``n`` to the range ``rm`` found after it ("10 to 15"); False: its end is no number.

    "1.5 to 2 million" scales both ends; "between $3 and $4" is one too. A second end no larger
    than the first ("900 to 1.200" in a source of UNKNOWN style) sets ``n.unordered``.
    """
    if rm.groupdict().get("or") and not _or_range(text, rm, n):
        return True  # two figures, or one and another word: no range
    raw2 = n.raw2 = rm.group("n2")
    if _dotted(raw2) and not n.dotted:
        n.dotted = True
        n.thousands = n.counted or _dot_thousands(text, rm.start("n2"), rm.end("n2"), style)
    second = _read(raw2, n.thousands)
    if second is None or is_vague(raw2):
        return False
    lo2, hi2 = second
    end2 = rm.end()
    if (sm := SCALE.match(text, end2)):
        k = _scale_of(sm)
    elif n.sign and (am := _ABBR_AFTER.match(text, end2)):
        k, sm = _ABBR_SCALE[match_key(am.group("scale"))], am  # "$16-17bn", "€3-4m"
    elif end2 < len(text) and text[end2].isalnum():
        return False  # "16-17m" without a sign: no range of plain numbers
    else:
        sm = None
    if sm is not None:
        lo2, hi2, end2, n.scaled = lo2 * k, hi2 * k, sm.end(), True
        if n.lo < lo2 / 100:  # "1.5 to 2 million": the scale belongs to both ends
            n.lo *= k
    if not lo2 > n.lo:
        n.unordered = True
    else:
        n.hi, n.end = hi2, end2
    return True


def _or_range(text: str, rm: re.Match, n: _Number) -> bool:
    """Whether "N or M" (``rm`` after ``n``) is one range: plain numbers, M above N ("three or
    four", "10 or 12 hours"; not "up to £18 million or 10%", "14 or 12 people", "2 or 3 million")."""
    raw2 = rm.group("n2")
    if n.sign or n.scaled or n.dotted or _dotted(raw2) or is_vague(raw2) or SCALE.match(text, rm.end()):
        return False
    second = _read(raw2, n.thousands)
    return second is not None and second[0] > n.lo


# A share told as "one in five", "1 in 10", "one in every four": the number after "in".
_SHARE_AFTER = re.compile(rf"[^\S\n]+in[^\S\n]+(?:every[^\S\n]+)?(?P<d>\d{{1,4}}(?![\w.,:]|[.,]\d)|{WORD_NUMBER})",
                          re.IGNORECASE)
_SHARE_BEFORE = re.compile(rf"(?<![\w.,])(?P<a>\d{{1,4}}|{WORD_NUMBER})[^\S\n]+in[^\S\n]+(?:every[^\S\n]+)?$",
                           re.IGNORECASE)


def _share_of(numerator: float | None, raw: str, text: str, end: int) -> float | None:
    """The percent "N in <raw>" is, ``raw`` ending at ``end``, or None: no share (the first
    number not below the second, "killed 12 in two attacks"; a year; a length of time, "one in
    five years")."""
    d = None if _is_year_like(raw) or is_vague(raw) else _number(raw)
    if numerator is None or d is None or not 0 < numerator < d[0] or DURATION.match(text, end):
        return None
    return 100 * numerator / d[0]


def _share_before(text: str, before: str, raw: str, end: int) -> bool:
    """Whether the number ``raw`` (ending at ``end``) is the second of a share ("one in five"): a
    smaller number and "in" (or "in every") right before it (as ``_share_of`` tells)."""
    m = _SHARE_BEFORE.search(before)
    a = None if m is None else _number(m.group("a"))
    return a is not None and _share_of(a[0], raw, text, end) is not None


def _share(text: str, n: _Number, sm: re.Match) -> Found | None:
    """The percent a share is ("one in five" is 20%, "1 in 8" 12.5%, "one in three" 33%)."""
    pct = _share_of(n.lo, sm.group("d"), text, sm.end())
    return None if pct is None else _share_figure(n.start, sm.end(), pct, n.qualifier)


def _share_figure(start: int, end: int, pct: float, qualifier: str | None) -> Found:
    """A share as the percent it is: exact when a source could write it so ("one in five": 20%,
    "one in eight": 12.5%); else (a third is 33.33…%) the whole percent nearest, allowing the two
    whole percents around it (33% and 34% agree with "a third", 66% and 67% with "two-thirds")."""
    if round(pct, 1) == round(pct, 6):
        value = round(pct, 1)
        low, high = bounds(value, value, qualifier)
    else:
        value = round(pct)
        low, high = bounds(math.floor(pct), math.ceil(pct), qualifier)
    return Found("percent", start, end, fmt(value) + "%", key=("percent", "%", value, value),
                 qualifier=qualifier, low=low, high=high, exact=qualifier is None and value == pct)


# A share in words, of a group named after it: "a third of its revenue", "two-thirds of voters",
# "half of all staff", "a fifth of the warehouses" (not "the second half of the season", "a
# quarter of an hour", "a third time", "a third of the way up": how far along, no share of a
# group).
_FRACTION_TIMES = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
FRACTION_SHARE = re.compile(
    r"(?<![\w-])(?:(?P<n>a|one|two|three|four)(?:[^\S\n]|-))?(?P<f>half|thirds?|quarters?|fifths?|tenths?)"
    r"[^\S\n]+of[^\S\n]+(?!the[^\S\n]+way\b)"
    r"(?=(?:the|its|their|his|her|our|your|all|those|these|them|us|[a-z]+s)\b)",
    re.IGNORECASE)
_NUMBER_BEFORE_FRACTION = len("three-")  # FRACTION_SHARE's longest start before its fraction word


def _fraction_shares(text: str, folded: str) -> Iterator[re.Match]:
    """The matches of FRACTION_SHARE in ``text``, in order, as finditer gives them, found at its
    fraction words (in ``folded``, the text lowered and words.as_ignorecase): a scan of the whole
    text by the pattern costs far more than a plain search for each word."""
    places = []
    for word in FRACTION_WORDS:
        at = folded.find(word)
        while at >= 0:
            places.append(at)
            at = folded.find(word, at + 1)
    end = 0
    for at in sorted(places):
        for start in range(max(end, at - _NUMBER_BEFORE_FRACTION), at + 1):
            if (m := FRACTION_SHARE.match(text, start)) is not None and m.start("f") == at:
                yield m
                end = m.end()
                break


# Before "half of", words that make it a part of a time, a game or a thing: "the second half of".
_HALF_OF_BEFORE = re.compile(r"\b(?:the|first|second|other|latter|former|top|bottom|back|front|"
                             r"last|better|lower|upper|northern|southern|eastern|western)[^\S\n]+$",
                             re.IGNORECASE)


def _fraction_share(text: str, m: re.Match) -> Found | None:
    """The percent a share in words (FRACTION_SHARE's match) is: "a third of" 33%, "half of" 50%."""
    word = match_key(m.group("f"))
    times = _FRACTION_TIMES[match_key(m.group("n"))] if m.group("n") else None
    floor = text.rfind("\n", 0, m.start()) + 1
    if times is None:
        if word != "half" or _HALF_OF_BEFORE.search(text, max(floor, m.start() - 12), m.start()):
            return None  # "third of" alone is no share; nor "the second half of"
        times = 1
    elif (times > 1) != word.endswith("s") or (word == "half" and times > 1):
        return None  # "two third of", "two halves of"
    pct = 100 * times * FRACTIONS[word]
    if pct >= 100:
        return None
    qualifier, start = hedge_before(text, m.start(), floor)
    return _share_figure(start, m.end("f"), pct, qualifier)


def _measure(n: _Number, mm: re.Match) -> Found | None:
    """The measure number ``n`` and the unit ``mm`` found after it make, in its dimension's unit
    (measures.py), allowing what its last digit rounds."""
    if n.counted:
        return None
    shown, dimension, factor, offset = unit_of(mm)
    if dimension == "temperature" and temperature_change(n.before, mm):
        # "fell by 10°C" / "plunged 18°F": a change, 5/9 of a °F with no offset, and never
        # compared with a temperature
        dimension, offset = "temperature change", 0.0
    half = half_step(n.raw) if n.raw[0].isdigit() else 0.5
    half2 = half_step(n.raw2) if n.raw2 and n.raw2[0].isdigit() else half
    low, high = bounds((n.lo - half) * factor + offset, (n.hi + half2) * factor + offset, n.qualifier)
    value = n.shown() + ("" if shown.startswith("°") else " ") + shown
    return Found("measure", n.start, mm.end(), value,
                 key=("measure", dimension, round(n.lo * factor + offset, 6), round(n.hi * factor + offset, 6)),
                 qualifier=n.qualifier, low=low, high=high, exact=False)


def _multiple(text: str, m: re.Match) -> Found | None:
    """The ratio a multiple (changes.MULTIPLE's match) is: "twice as likely" 2×, "three times
    less likely" 3× less."""
    read = multiple_at(m)
    if read is None:
        return None
    value, way = read
    qualifier, start = hedge_before(text, m.start(), text.rfind("\n", 0, m.start()) + 1)
    low, high = bounds(value, value, qualifier)
    f = Found("ratio", start, m.end(), fmt(value) + "×" + (" less" if way == "less" else ""),
              key=("ratio", way, value, value), qualifier=qualifier, low=low, high=high,
              exact=qualifier is None)
    number = m.group("n") or m.group("f")
    return f if number is not None and number[0].isdigit() else _in_words(f)  # "2.5 times": digits


def _in_words(f: Found) -> Found:
    """A change or a multiple told in words ("by a third", "halved", "twice as likely") with no
    hedge, allowing what "about" allows: words round ("a third" and 35%, "twice" and 2.2× agree;
    "a third" and "a quarter" do not). A hedged one keeps its hedge's bounds ("almost halved")."""
    if f.qualifier is not None:
        return f
    f.low, f.high = bounds(f.low, f.high, "about")
    f.exact = False
    return f


def _change_fraction(text: str, m: re.Match) -> Found | None:
    """The percent a change by a fraction in words (BY_FRACTION's match) is: "by a third" 33%,
    "by half" 50%, "by two-thirds" 67%."""
    word = match_key(m.group("f"))
    times = _FRACTION_TIMES.get(match_key(m.group("n") or "a"), 1)
    if (times > 1) != word.endswith("s") or (word == "half" and times > 1):
        return None  # "by two third", "by two halves"
    if m.group("n") is None and word != "half":
        return None  # "by third", "by quarters"
    pct = 100 * times * FRACTIONS[word]
    if pct >= 100:
        return None
    qualifier, start = hedge_before(text, m.start("frac"), text.rfind("\n", 0, m.start()) + 1)
    return _in_words(_share_figure(start, m.end("frac"), pct, qualifier))


def _figure_of(text: str, n: _Number, style: Callable[[], str],
               currency: Callable[[], str | None] | None) -> Found | None:
    """Which figure a number is, by the words around it: money, percent, age, duration, count, none."""
    end = n.end
    if (n.raw2 is None and not n.sign and not n.scaled and not n.vague and (sm := _SHARE_AFTER.match(text, end))
            and _share_of(n.lo, sm.group("d"), text, sm.end()) is not None):
        return _share(text, n, sm)  # "one in five of its warehouses": 20%, no count
    if (cur := _unsigned_currency(text, n, currency)) is not None:
        # "a 1.2bn jury award": money in the currency the source writes with a sign
        return n.found("money", _money_value(cur, n.lo, n.hi), ("money", cur, n.lo, n.hi), end)
    if n.sign or (cw := CURRENCY_AFTER.match(text, end)):
        if n.vague:
            return None
        if n.sign:
            cur, stop = _SIGN_OF[n.sign.group().strip()], end
        else:
            cur, stop = _CURRENCY_WORDS[_cur_of(cw)], cw.end()
        return n.found("money", _money_value(cur, n.lo, n.hi), ("money", cur, n.lo, n.hi), stop)
    if (pm := PERCENT.match(text, end)):
        if _CONFIDENCE_AFTER.match(text, pm.end()):
            return None  # "95% CI", "a 95% confidence interval": how sure, no finding
        unit = "pp" if pm.group("unit").lower().startswith("percentage") else "%"
        value = n.shown() + ("%" if unit == "%" else " pp")
        if unit == "%" and absolute_change(text, n.start, n.floor):
            # "the absolute risk fell by 30%": points of the risk, not a relative 30%
            unit, value = "pp", value + " (absolute)"
        return n.found("percent", value, ("percent", unit, n.lo, n.hi), pm.end())
    if not n.vague and (bm := BASIS_POINTS.match(text, end)):
        n.lo, n.hi = n.lo / 100, n.hi / 100  # "25 basis points": 0.25 percentage points
        return n.found("percent", n.shown() + " pp", ("percent", "pp", n.lo, n.hi), bm.end())
    if (not n.vague and not n.scaled and (mm := MEASURE_AFTER.match(text, end))
            and not network_generation(text, mm)):
        return _measure(n, mm)  # "5.2 mmHg", "1.8kg", "30 grams", "190°C"
    integral = n.lo == int(n.lo) and n.hi == int(n.hi)
    if (n.raw[0].isdigit() and (um := _SUBUNIT_AFTER.match(text, end)) is not None
            and (unit := _subunit(text, n, um, integral)) is not None):
        # "212.40p", "50 pence", "8c", "8 cents": a price in pence or cents
        return n.found("money", _value(n.lo, n.hi, n.raw, n.raw2) + unit,
                       ("money", unit, n.lo, n.hi), um.end())
    age_like = integral and 0 < n.hi < 130 and not n.vague
    if (am := AGE_AFTER.match(text, end)) and age_like:
        named = _person_named(NAME_COMMA_A_BEFORE.search(n.before))
        return _of_person(n.found("age", n.shown(), ("age", n.lo, n.hi), am.end()), named)
    if (n.last_word in ("aged", "age") or (n.last_word.lower() == "between" and _last_word(
            n.trimmed[:-7].rstrip()).lower() in ("aged", "age"))) and n.before != n.trimmed and age_like:
        return n.found("age", n.shown(), ("age", n.lo, n.hi), end)
    if age_like and "age" in n.before.lower() and _GROUP_AGE_BEFORE.search(n.before):
        return n.found("age", n.shown(), ("age", n.lo, n.hi), end)  # "their average age was 58"
    if ((dm := (DURATION_FOR if n.last_word.lower() == "for" else DURATION).match(text, end))
            and not n.vague and not _is_year_like(n.raw)):
        if n.qualifier == "more than" and _over_as_during(text, n, dm.end()):
            n.qualifier, n.start, n.exact = None, n.match.start(), n.lo == n.hi
        return _duration(text, n, dm)
    if n.dotted and not n.thousands and not n.scaled:
        # No sign, percent, unit or scale word says "2.500 troops" or "40.000 dock workers" holds a
        # decimal; no count of things would: thousands, unless the source groups them with commas.
        return _as_thousands(text, n.match, style)
    if (n.raw.lower() == "one" or _is_year_like(n.raw) or not integral) and n.raw2 is None:
        return None  # "no one", "one of", "the 2024 election", "1.5 people"
    if (person := _age_person(text, n)) is not None:
        # "Ana Lopez, 58, said", "The finance minister, 62, resigned": the figure is the number
        return _of_person(n.found("age", fmt(n.lo), ("age", n.lo, n.hi), end, start=n.match.start()),
                          person)
    return _count(text, n)


# Pence and cents after a number: "212.40p", "50 pence", "8c", "8 cents" ("p" not of "4p.m.").
_SUBUNIT_AFTER = re.compile(r"(?:(?P<p>p(?!\.\s?m\b))|[^\S\n]+(?P<pence>(?i:pence))|(?P<c>c)|[^\S\n]?(?P<cents>(?i:cents?)|¢))"
                            r"(?![\w’'-])")
# What a source writes when its plain "212p" is pence, and its "8c" cents.
_POUNDS_WRITTEN = re.compile(r"£|\b(?:pence|pounds?|sterling|penny)\b", re.IGNORECASE)


@memo(maxsize=8)
def _writes_pounds(text: str) -> bool:
    """Whether a source writes pounds anywhere (once per text, not per number: a whole-text scan)."""
    return _POUNDS_WRITTEN.search(text) is not None
_CENTS_WRITTEN = re.compile(r"[$€¢]|\b(?:cents?|dividends?|(?:a|per)\s+share|shares|stock|prices?|fares?|"
                            r"costs?|paid|pay)\b", re.IGNORECASE)
# Numbers with a "p" that are a video's lines ("1080p"), and words before a "c" of degrees ("30c").
_RESOLUTIONS = frozenset({144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320})
_DEGREES_BEFORE = re.compile(r"\b(?:temperatures?|degrees?|heat|hot|warm|cold|weather|highs?|lows?)\b",
                             re.IGNORECASE)
# After a "c" of degrees: "35c heat", "30c in the shade", "a 12c high".
_DEGREES_AFTER = re.compile(r"[^\S\n]+(?:(?:of|in)[^\S\n]+the[^\S\n]+shade|heat|temperatures?|highs?|lows?|"
                            r"weather|sunshine)\b", re.IGNORECASE)


def _subunit(text: str, n: _Number, um: re.Match, integral: bool) -> str | None:
    """The unit ("p" for pence, "c" for cents) of number ``n`` that ``um`` found after it, or None.

    Words say it ("50 pence", "8 cents"); a "p" glued to it is pence with pennies ("212.40p"), or
    in a source that writes pounds ("212p" beside "£2.12"; never "1080p"); a "c" glued to it is
    cents below 100 in a paragraph that writes dollars, euros, cents, a dividend, a share or a
    price ("8c a share"), not beside words of weather ("highs of 30c", "in 35c heat"): a weather
    story's "It was 12c at noon" is degrees though its last paragraph writes a dollar.
    """
    if n.vague or n.sign:
        return None
    if um.group("pence") or um.group("cents"):
        return "p" if um.group("pence") else "c"
    if um.group("p"):
        if integral and (n.lo in _RESOLUTIONS or not _writes_pounds(text)):
            return None
        return "p"
    line_end = text.find("\n", n.start)
    if (n.hi < 100 and _CENTS_WRITTEN.search(text, text.rfind("\n", 0, n.start) + 1,
                                              len(text) if line_end < 0 else line_end)
            and not _DEGREES_BEFORE.search(text, max(n.floor, n.start - 60), n.start)
            and not _DEGREES_AFTER.match(text, um.end())):
        return "c"
    return None


def _unsigned_currency(text: str, n: _Number, currency: Callable[[], str | None] | None) -> str | None:
    """The currency of an amount in "bn" that names none ("a 1.2bn jury award"), or None.

    The one the source writes most with a sign, unless a percent or counted noun follows.
    """
    if (n.abbreviated and not n.sign and currency is not None and n.raw2 is None
            and not CURRENCY_AFTER.match(text, n.end) and not PERCENT.match(text, n.end)
            and _counted_noun(text, n.end, singular=False, allow_of=False) is None):
        return currency()
    return None


# After a length of time, words that make it a moment of a game or a countdown, the time left or
# gone at that moment ("with 12 seconds left", "3 seconds to go", "20 minutes into the second
# half", "at the 12-minute mark"): no event's duration (Found.moment).
# Two kinds: the time left ("left": a countdown's) and the time gone ("into": as elapsed as "after
# 23 minutes", one fact with it).
_MOMENT_AFTER = re.compile(r"[^\S\n]+(?:(?P<left>left|remaining|to[^\S\n]+(?:go|play|spare)|on[^\S\n]+the"
                           r"[^\S\n]+clock)|into|gone|elapsed|mark)\b", re.IGNORECASE)
# Before a length of time, words that make it the length of something ("talked for 14 hours into
# Sunday morning", "lasted 14 hours into the night", "took 20 minutes"): no moment.
_LENGTH_BEFORE = re.compile(r"\b(?:for|lasted|lasting|lasts|last|took|take|takes|taking|spent|"
                            r"spend|spends|spending|endured|within|over)[^\S\n]+"
                            r"(?:[a-z]+[^\S\n]+){0,2}$", re.IGNORECASE)


# Where the clause of a moment starts, before it: what happened at that moment is told after
# ("NASA said the rocket exploded 73 seconds into the flight": the rocket exploded).
_CLAUSE_START = re.compile(r"[,;:.!?()\[\]—–]|\b(?:and|but|before|after|then|while|when|as|until|"
                           r"said|says|told|reported|that)\b")
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*\b")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")
_SENTENCE_STOP = re.compile(r"[.;!?\n]")


def _clause_start(text: str, lo: int, hi: int) -> int:
    for m in _CLAUSE_START.finditer(text, lo, hi):
        lo = m.end()
    return lo


def _sentence_end(text: str, at: int) -> int:
    stop = _SENTENCE_STOP.search(text, at, at + 120)
    return stop.start() if stop else min(len(text), at + 120)


def _acts(text: str, lo: int, hi: int) -> frozenset[str]:
    """The keys of the lower-case words of a moment's clause ("Brooks hit the winning
    three-pointer with 12 seconds left": hit, winning, three-pointer): what happened then."""
    return frozenset(k for w in _LOWER_WORD.findall(text, lo, hi) if (k := key_of(fold(w))))


def _acts_after(text: str, at: int) -> frozenset[str]:
    """As _acts, the words after a moment that starts its clause ("With 12 seconds left, Brooks
    hit the winning three-pointer"), to the sentence's end."""
    return _acts(text, at, _sentence_end(text, at))


def _who(text: str, lo: int, hi: int) -> frozenset[str]:
    """The capitalised words of a moment's clause, folded, but stopwords ("The", "With"):
    who did what happened then ("Smith scored with 5 minutes to play": smith)."""
    return frozenset(w for m in _CAPITALISED.findall(text, lo, hi)
                     if (w := fold(m).removesuffix("'s").removesuffix("’s")) not in STOPWORDS)


def _duration(text: str, n: _Number, dm: re.Match) -> Found | None:
    """The duration of number ``n`` and the unit of time ``dm`` found after it."""
    unit_word = match_key(dm.group("unit")).rstrip("s") or "s"
    label, factor, seconds = _DURATION_UNIT[unit_word]
    n.lo, n.hi = n.lo * factor, n.hi * factor  # in the unit shown: "four decades" is 40 years
    value = n.shown()
    if label in ("days", "weeks", "months", "years") and n.lo == n.hi == 1:
        label = label[:-1]
    f = n.found("duration", f"{value} {label}", ("duration", n.lo * seconds, n.hi * seconds),
                dm.end(), scale=seconds)
    if f is not None and (mm := _MOMENT_AFTER.match(text, dm.end())) is not None and not (
            _LENGTH_BEFORE.search(text, max(n.floor, n.start - 40), n.start)):
        f.moment = "left" if mm.group("left") else "into"
        lo = _clause_start(text, max(n.floor, n.start - 120), n.start)
        f.acts = _acts(text, lo, n.start) or _acts_after(text, mm.end())
        f.who = _who(text, lo, n.start) or _who(text, mm.end(), _sentence_end(text, mm.end()))
    return f


# "over five years" is the time a change took ("reduced the risk by 30% over five years", "prices
# rose over two years"), no "more than", after a figure or a verb of change, or before the amount
# of one ("stroke over five years by three percentage points"); after other words it is a bound
# ("jailed for over five years", "in over a decade", "spent over five years in prison").
_CHANGE_BEFORE_OVER = re.compile(
    r"(?:%|\d|\b(?:per[^\S\n]?cent|pc|points?|pp|million|billion|bn|m|half|thirds?|quarters?|fifths?"
    r"|tenths?|rose|risen|rises|rising|fell|fallen"
    r"|falls|falling|grew|grown|grows|growing|declined|declines|dropped|drops|increased|increases"
    r"|decreased|decreases|reduced|reduces|cut|cuts|halved|halves|doubled|tripled|slashed|lowered"
    r"|raised|improved|changed|followed|tracked|monitored))[^\S\n]+over[^\S\n]+$", re.IGNORECASE)
_CHANGE_AFTER_OVER = re.compile(r"[^\S\n]+by[^\S\n]+(?:\d|a\b|an\b|half\b|" + WORD_NUMBER + ")",
                                re.IGNORECASE)


def _over_as_during(text: str, n: _Number, end: int) -> bool:
    """Whether the hedge "over" before a duration (ending at ``end``) says when, not how long:
    after a figure or a verb of change, or before the amount of a change."""
    return (text[n.start:n.match.start()].strip().lower() == "over"
            and (_CHANGE_BEFORE_OVER.search(text, max(n.floor, n.start - 30), n.match.start()) is not None
                 or _CHANGE_AFTER_OVER.match(text, end) is not None))


def _age_person(text: str, n: _Number) -> tuple[str, str] | None:
    """Whose age a bare number is (as ``_person_named`` gives it), or None: no person's.

    "Ana Lopez, 58, said", "his wife Linda, 64.", "the finance minister, 62,", "the owner, who is 58".
    """
    if n.raw2 is not None or not n.raw[0].isdigit() or not 0 < n.lo <= 120:
        return None
    end, before, trimmed = n.end, n.before, n.trimmed
    if (trimmed.endswith(",") and n.lo < 120
            and ((comma := text.startswith(",", end)) or _SENTENCE_END_AFTER.match(text, end))
            and (named := _person_named(NAME_COMMA_BEFORE.search(before), family=not comma))):
        return named
    return _appositive_age(text, before, trimmed, end)


# A name that a number is part of, right before it: an acronym ("FTSE 100", "S&P 500", "CAC 40")
# or a name of a list or index ("Fortune 500", "Nikkei 225", "Stoxx 600"); read as such only
# before a word in lower case (in "CUT 1,200 JOBS" capitals are a headline's).
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][A-Z&]*[A-Z]|\b(?:Fortune|Nikkei|Stoxx|Russell|Seng|Forbes|Global))\s$")
_LOWER_NEXT = re.compile(r"[^\S\n]+[a-z]")


def _count(text: str, n: _Number) -> Found | None:
    """The count a number is, by a counted noun, an outcome, a tally or a verb of harm, or None.

    "300 troops", "52 of the 141 seats", "23 were injured", "the death toll rose to 12", "killing 250".
    """
    end, lo, hi, raw, vague = n.end, n.lo, n.hi, n.raw, n.vague
    if (n.raw[0].isdigit() and n.raw2 is None and n.before[-1:] == " "
            and _NAME_BEFORE.search(n.before) and _LOWER_NEXT.match(text, end)):
        return None  # "the FTSE 100 logistics group", "a Fortune 500 company": a name's number
    if not vague and n.raw2 is None and (cm := _CAPACITY_AFTER.match(text, end)):
        return n.found("count", n.shown(), ("count", None, lo, hi), cm.end(), head="capacity",
                       noun=True)
    if not vague and n.raw2 is None and (um := _UNIT_COMPOUND.match(text, end)):
        unit = fold(um.group("unit"))
        return n.found("count", n.shown(), ("count", None, lo, hi), um.end(),
                       head=key_of(unit) or unit, noun=True)
    noun = _counted_noun(text, end, singular=(lo == hi == 1), allow_of=vague or "dozen" in raw.lower())
    if (not noun and not vague and (om := _OF_THE_NUMBER.match(text, end))
            and (noun := _counted_noun(text, om.end(), singular=False, allow_of=False))):
        noun = (noun[0], end)  # "took 52 of the 141 seats": seats too (the mention is "52")
    if (not noun and not vague and n.raw2 is None and (om := _OF_DETERMINER.match(text, end))
            and (noun := _counted_noun(text, om.end(), singular=False, allow_of=False))):
        noun = (noun[0], end)  # "nine of its cars": nine cars (the mention is "nine")
        part = True  # (some of them: Found.part)
    else:
        part = False
    if noun:
        word, stop = noun
        head = _noun_key(word)
        found = n.found("count", n.shown(), ("count", raw.lower() if vague else None, lo, hi), stop,
                        head=head, noun=True)
        if found is not None:
            found.part = part
        return found
    if (om := _OUTCOME_AFTER.match(text, end)) and n.raw2 is None and not (om.group("one") and hi > 1):
        return n.found("count", n.shown(), ("count", raw.lower() if vague else None, lo, hi), end)
    start = n.start
    window = max(n.floor, start - 130)
    tm = TALLY_BEFORE.search(text, window, start) if _TALLY_HINT.search(text, window, start) else None
    if tm and not vague:
        # ("the number of people killed ... has risen to seven": a count of people)
        of = tm.group("of")
        head = ("death" if tm.group("cue").lower() == "toll"
                else _noun_key(of) if of and _plural(of) else None)
        return n.found("count", n.shown(), ("count", None, lo, hi), end, head=head)
    if not vague and (vm := _HARM_BEFORE.search(text, max(n.floor, start - 16), start)):
        # "killing 250 people and injuring more than 1,000": the people are the verb's object
        return n.found("count", n.shown(), ("count", None, lo, hi), end,
                       head=key_of(vm.group("verb").lower()))
    if not vague and _CROWD_BEFORE.search(text, max(n.floor, start - 12), start):
        return n.found("count", n.shown(), ("count", None, lo, hi), end, head="people")
    if (not vague and _CAPACITY_BEFORE.search(text, max(n.floor, start - 24), start)
            and _CLAUSE_END_AFTER.match(text, end)):
        return n.found("count", n.shown(), ("count", None, lo, hi), end, head="capacity")
    if not vague and (rm := _REAL_NUMBER_BEFORE.search(text, max(n.floor, start - 40), start)):
        other = _other_count(text, max(n.floor, start - 250), rm.start())
        if other is not None:
            return n.found("count", n.shown(), ("count", None, lo, hi), end, head=other)
    return None


_BARE_NUMBER = re.compile(r"(?<![\w.,])\d[\d,]*(?![\w])")  # a number standing alone: "31", "1,200"


def _other_count(text: str, lo: int, hi: int) -> str | None:
    """What the last count of things in ``text[lo:hi]`` (in the same sentence as ``hi``) counts:
    its noun's key ("31 people": "people") or its outcome's ("31 dead": "death"); None if none."""
    breaks = list(SENTENCE_BREAK.finditer(text, lo, hi))
    lo = breaks[-1].end() if breaks else lo
    for m in reversed(list(_BARE_NUMBER.finditer(text[lo:hi]))):
        at = lo + m.end()
        if (noun := _counted_noun(text, at, singular=False, allow_of=False)) is not None:
            return _noun_key(noun[0])
        if (om := _OUTCOME_AFTER.match(text, at)) is not None:
            return key_of(fold(om.group("w"))) or fold(om.group("w"))
    return None


def _appositive_age(text: str, before: str, trimmed: str, end: int) -> tuple[str, str] | None:
    """The person (as ``_person_named`` gives it) of a number at ``end`` that is an age in
    apposition: ", N," after a noun of a person (``_person_noun``; not in a list, "1, 2, 3"), or
    "who is N" / "who was N" after a name or such a noun, the clause ending there."""
    if trimmed.endswith(","):
        if not text.startswith(",", end) or _NUMBER_AFTER_COMMA.match(text, end):
            return None
        return _person_noun(NAME_COMMA_BEFORE.search(before))
    if not trimmed.endswith(("who is", "who was")) or not _AGE_CLAUSE_END.match(text, end):
        return None
    m = WHO_IS_BEFORE.search(before)
    return _person_named(m) or _person_noun(m)


def _of_person(f: Found | None, named: tuple[str, str] | None) -> Found | None:
    """An age with the person it is of (``_person_named``), if named."""
    if f is not None and named is not None:
        f.head, f.person = named
    return f


def _as_thousands(text: str, m: re.Match, style: Callable[[], str]) -> Found | None:
    """The count of things a "d.ddd" number makes as thousands, in a source of UNKNOWN style."""
    return _classify(text, m, style, counted=True) if style() == UNKNOWN else None
