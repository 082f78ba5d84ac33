"""Numbers as news writes them: digits with separators, written numbers, hedges and ranges.

A figure is kept as what the text says: "more than 40%" is 40 with the qualifier "more than", never
41; "10 to 15" is the range 10–15, never 12.5. For telling whether two figures contradict each other
each one also has the interval of values it allows (``bounds``).
"""

from __future__ import annotations

import math
import re

from ..patterns import trie_pattern
from ..tokens import COMMA_GROUPS, DOT_GROUPS, GROUP_MARKS, SPACE_GROUPS
from .measures import GLUED_UNITS
from .words import lowered, match_key

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
# Amounts that are not one number: kept as words, with the values they allow.
# Fractions in words (shares, "a third of voters"; changes, "cut by a third") and their values;
# FRACTION_WORDS: their singular forms, which a plain search of a lowered text looks for first.
FRACTIONS = {"half": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4, "quarters": 1 / 4,
             "fifth": 1 / 5, "fifths": 1 / 5, "tenth": 1 / 10, "tenths": 1 / 10}
FRACTION_WORDS = tuple(w for w in FRACTIONS if not w.endswith("s"))
VAGUE = {
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 999_999_999),
}

UNIT_WORDS = "|".join(sorted(UNITS, key=len, reverse=True))  # an alternation, longest first
_ONE_TO_NINE = "one|two|three|four|five|six|seven|eight|nine"
_TENS_WORDS = "|".join(TENS)
_SMALL = rf"(?:(?:{_TENS_WORDS})(?:[- ](?:{_ONE_TO_NINE})\b)?|(?:{UNIT_WORDS}))"
WORD_NUMBER = (
    rf"(?:(?:a|{_SMALL})[- ]hundred(?:(?: and)? {_SMALL}\b)?(?: thousand\b)?"
    rf"|(?:a|{_SMALL}) thousand\b"
    rf"|half a dozen\b|a dozen\b"
    rf"|(?:tens|hundreds) of thousands\b|dozens\b|scores\b|hundreds\b|thousands\b|millions\b"
    rf"|{_SMALL}\b)"
)
# Thousands are grouped by commas ("40,000"), spaces of any width ("40 000", no-break, narrow
# no-break and thin spaces) or, in European style, full stops ("1.234.567"; "40.000" alone could be
# forty: see DOT_THOUSANDS): tokens.COMMA_GROUPS, SPACE_GROUPS, DOT_GROUPS, which the word diff
# reads numbers with too.
# A decimal comma, as French, German and Spanish write it ("3,5 millions", "2,4 %", "3,5 Mio. €"):
# one or two digits after the comma (three are thousands: "3,500"), and only before a unit or scale
# word that English never writes after such a number (DECIMAL_COMMA_UNITS), so that "3,5" alone
# (a list, a score) is no number.
DECIMAL_COMMA_UNITS = (
    r"%|pour[^\S\n]+cent\b|por[^\S\n]+ciento\b|[Pp]rozent\b|millions\b|millones\b|millón\b"
    r"|[Mm]illion(?:en)?\b|Mio\.|milliards?\b|[Mm]illiarden?\b|Mrd\.|mil[^\S\n]+millones\b|M?€"
    r"|[Ee]uros?\b")
_DECIMAL_COMMA = rf"\d+,\d{{1,2}}(?!\d)(?=[^\S\n]?(?:{DECIMAL_COMMA_UNITS}))"
DIGITS = rf"{_DECIMAL_COMMA}|{COMMA_GROUPS}(?:\.\d+)?|{DOT_GROUPS}|{SPACE_GROUPS}(?:\.\d+)?|\d+(?:\.\d+)?"
# A number may touch letters only to take a scale ("40k", "1.5bn", "4.2bln", "6.3tn", "2.4million"; not "100M":
# see figures.py), a unit of money or percent that figures.py reads ("212.40p", "8c", "12pc",
# "25bp", "50bps") or a unit of measure (measures.py: "1.8kg", "30g", "0.4mmol/L").
DIGIT_NUMBER = re.compile(rf"(?<![\w.,])(?:{DIGITS})"
                          r"(?!(?!(?:k|K|bn|bln|mln|tn|trn|p|c|pc|bps?|million|billion|trillion|mmol|"
                          rf"{GLUED_UNITS})\b)\w|[.,]\d)")
# One group of three digits after a full stop: forty thousand in Europe, forty elsewhere; how the
# source writes its other numbers decides (see figures.number_style).
DOT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
# Numbers that show how a source groups thousands, as whole tokens: "40,000" (English), and
# "1.234.567" or "1.234,56" (European, where "40.000" is forty thousand).
COMMA_GROUPED = re.compile(r"(?<![\w.,/])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w]|[.,]\d)")
DOT_GROUPED = re.compile(r"(?<![\w.,/])\d{1,3}(?:(?:\.\d{3}){2,}|(?:\.\d{3})+,\d+)(?![\w]|[.,]\d)")
# "192.168.100.200" is grouped like a number: an address, neither a figure nor a sign of style.
IP_LIKE = re.compile(r"(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d)){3}")
_COMMA_DECIMAL = re.compile(r"\d+,\d{1,2}")
_SEPARATORS = re.compile(rf"[{GROUP_MARKS}]")
_DOT_GROUPS = re.compile(DOT_GROUPS)
DIGIT_RUN = re.compile(r"\d[\d,.]*")  # where numbers and years can start: one scan, shared
WORD_NUMBER_AT = re.compile(rf"\b{WORD_NUMBER}", re.IGNORECASE)
# Words that can start a written number. Matching the long alternation above at every word of a text
# is slow in Python's re, so candidates are found first, in the lowered text, by a prefix tree.
_FIRST_WORDS = frozenset(UNITS) | frozenset(TENS) | {"half", "tens", "hundreds", "dozens", "scores",
                                                     "thousands", "millions"}
_CANDIDATE_WORDS = r"(?:" + trie_pattern(_FIRST_WORDS) + r"|a[- ](?:hundred|thousand|dozen))(?![a-z])"
# Led by the character before the word: a pattern that starts with a character class is scanned
# far faster by Python's re than one that starts with a look-behind or \b.
_CANDIDATE = re.compile(r"[\s\"“‘'(\[—–](?P<w>" + _CANDIDATE_WORDS + ")")
_CANDIDATE_AT_START = re.compile(_CANDIDATE_WORDS)


def digit_runs(text: str) -> list[int]:
    """Where each run of digits (with inner commas and points) starts."""
    return [d.start() for d in DIGIT_RUN.finditer(text)]


def find_numbers(text: str, runs: list[int], low: str | None = None) -> list[re.Match]:
    """Numbers written with digits or words ("40,000", "Twelve", "a dozen"), in text order.

    ``runs``: ``digit_runs(text)``; ``low``: ``lowered(text)``, when the caller has it.
    """
    # Digit runs first, by a plain pattern; the exact one (with its look-behind) only where one starts.
    match = DIGIT_NUMBER.match
    found = [n for d in runs if (n := match(text, d))]
    low = lowered(text) if low is None else low
    starts = [c.start("w") for c in _CANDIDATE.finditer(low)]
    if _CANDIDATE_AT_START.match(low):
        starts.insert(0, 0)
    end = -1
    for start in starts:
        if start < end:
            continue
        if (w := WORD_NUMBER_AT.match(text, start)) is not None:
            found.append(w)
            end = w.end()
    found.sort(key=lambda m: m.start())
    return found


# Hedges before a figure, longest first; each maps to the qualifier shown and compared.
HEDGES = {
    "about": ("about", "approximately", "approx.", "around", "roughly", "some", "an estimated",
              "estimated", "circa", "an approximate", "approximate", "close to"),
    "more than": ("more than", "over", "above", "upwards of", "in excess of", "just over",
                  "greater than", "well over"),
    "at least": ("at least", "no fewer than", "no less than", "a minimum of"),
    "nearly": ("nearly", "almost", "just under", "not quite", "just shy of"),
    "less than": ("less than", "fewer than", "under", "below"),
    "up to": ("up to", "as many as", "as much as", "at most", "no more than", "a maximum of"),
}
_HEDGE_OF = {phrase: canonical for canonical, phrases in HEDGES.items() for phrase in phrases}
HEDGE_BEFORE = re.compile(r"\b(?P<hedge>" + trie_pattern(_HEDGE_OF) + r")\s+$", re.IGNORECASE)
# The last words of the hedges, for a test before the search (case aside, in ASCII text).
_HEDGE_ENDS = tuple(sorted({phrase.split()[-1] for phrase in _HEDGE_OF}))
_HEDGE_END_CHARS = max(map(len, _HEDGE_ENDS))


def hedge_before(text: str, pos: int, floor: int = 0) -> tuple[str | None, int]:
    """The qualifier ending right before ``pos`` and where its phrase starts (or None, pos).

    Nothing before ``floor`` (the start of the line) is looked at.
    """
    if pos <= floor or not text[pos - 1].isspace():
        return None, pos  # a hedge ends in a space before the figure
    lo = max(floor, pos - 30)
    end = text[lo:pos].rstrip()[-_HEDGE_END_CHARS:]
    if end.isascii() and not end.lower().endswith(_HEDGE_ENDS):
        return None, pos  # (no hedge's last word there: cheaper to tell than to search)
    m = HEDGE_BEFORE.search(text, lo, pos)
    if not m:
        return None, pos
    hedge = _HEDGE_OF[match_key(m.group("hedge"))]
    if hedge == "up to" and m.group("hedge").lower() == "up to" and _CHANGE_BEFORE_UP.search(
            text, max(floor, m.start("hedge") - 20), m.start("hedge")):
        return None, pos  # "edged up to 4.3%", "rose up to": a level reached, not a ceiling
    return hedge, m.start("hedge")


# Verbs of change before "up to": "unemployment edged up to 4.3%" is no ceiling. ("up" is the verb's.)
_CHANGE_BEFORE_UP = re.compile(
    r"\b(?:edged|edges|edging|edge|moved|moves|moving|crept|creeps|ticked|ticks|ticking|went|goes|"
    r"shot|shoots|jumped|jumps|climbed|climbs|rose|rises|risen|rising|inched|inches|inching|"
    r"picked|picks|revised|revises|ramped|stepped|pushed|bumped|gone|come|came|comes)\s+$",
    re.IGNORECASE)


_WORD_SEPARATOR = re.compile(r"[\s-]+")


def parse_number(text: str) -> float | None:
    """The value of one number as written: "40,000", "40 000", "1.234.567", "1.5", "Twelve",
    "twenty-one", "a dozen". ("40.000" is 40.0 here: the caller knows what it counts.)"""
    t = text.strip().lower()
    if t[:1].isdigit():
        if _COMMA_DECIMAL.fullmatch(t):
            return float(t.replace(",", "."))  # "3,5": a decimal comma (see DIGITS)
        t = _SEPARATORS.sub("", t)
        if _DOT_GROUPS.fullmatch(t):
            t = t.replace(".", "")
        try:
            return float(t)
        except ValueError:
            return None
    if t == "a dozen":
        return 12.0
    if t == "half a dozen":
        return 6.0
    total = 0
    current = 0
    seen = False
    for word in _WORD_SEPARATOR.split(t):
        if word in ("and", ""):
            continue
        if word == "a":
            current = 1
            seen = True
        elif word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
    return float(total + current) if seen else None


def is_vague(text: str) -> bool:
    return match_key(text.strip()) in VAGUE


def vague_bounds(text: str) -> tuple[float, float]:
    return VAGUE[match_key(text.strip())]


def fmt(value: float) -> str:
    """A number without float noise or separators: 40000, 1.5, 0.25."""
    if math.isfinite(value) and value == int(value):
        return str(int(value))
    return f"{value:.6g}"


def bounds(low: float, high: float, qualifier: str | None) -> tuple[float, float]:
    """The interval of values a figure allows, given its hedge: "more than 40" is (40, inf)."""
    if qualifier == "about":
        return low * 0.9, high * 1.1
    if qualifier == "more than":
        return math.nextafter(high, math.inf), math.inf
    if qualifier == "at least":
        return low, math.inf
    if qualifier == "nearly":
        return low * 0.85, high
    if qualifier == "less than":
        return -math.inf, math.nextafter(low, -math.inf)
    if qualifier == "up to":
        return -math.inf, high
    return low, high
