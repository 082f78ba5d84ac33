"""Measures: a number with a unit of measure, as science, health and weather copy writes them
("5.2 mmHg", "1.8kg", "30 grams", "50 ml", "190°C", "0.4 mmol/L").

A measure is compared in one unit per dimension (grams, metres, millilitres, °C), so that "1.8 kg"
and "1.8 kilograms" are one value and "1.8 lb" another; each allows the values its last written
digit rounds ("1.8 kg": 1.75–1.85 kg), so that "1.8 kg" and "4 lb", one weight converted, agree.
Units that measure one thing in ways no factor converts ("mmol/L" and "mg/dL") are never compared.
The words of figures.UNITS ("5,000 gallons", "12 miles") stay counts of their unit.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..patterns import trie_pattern
from .words import HEDGE

# Unit as written -> (as shown, dimension, how many of the dimension's unit one is, offset).
_MASS = {"mg": ("mg", 0.001), "g": ("g", 1.0), "kg": ("kg", 1000.0), "kgs": ("kg", 1000.0),
         "lb": ("lb", 453.59237), "lbs": ("lb", 453.59237), "oz": ("oz", 28.349523125)}
_LENGTH = {"mm": ("mm", 0.001), "cm": ("cm", 0.01), "km": ("km", 1000.0)}
_VOLUME = {"ml": ("ml", 1.0), "mL": ("ml", 1.0), "cl": ("cl", 10.0)}
# Written as words (any case), the same units.
_MASS_WORDS = {"milligram": "mg", "milligrams": "mg", "gram": "g", "grams": "g", "gramme": "g",
               "grammes": "g", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg",
               "kilogrammes": "kg", "kilo": "kg", "kilos": "kg", "ounce": "oz", "ounces": "oz"}
_LENGTH_WORDS = {"millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
                 "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm"}
_VOLUME_WORDS = {"millilitre": "ml", "millilitres": "ml", "milliliter": "ml", "milliliters": "ml"}
_OTHER = {"mmHg": ("mmHg", "pressure", 1.0), "mm Hg": ("mmHg", "pressure", 1.0),
          "mmol/L": ("mmol/L", "mmol/L", 1.0), "mmol/l": ("mmol/L", "mmol/L", 1.0),
          "mg/dL": ("mg/dL", "mg/dL", 1.0), "mg/dl": ("mg/dL", "mg/dL", 1.0),
          "kcal": ("kcal", "energy", 1.0)}
UNIT_OF: dict[str, tuple[str, str, float, float]] = {
    **{w: (shown, "mass", k, 0.0) for w, (shown, k) in _MASS.items()},
    **{w: (shown, "length", k, 0.0) for w, (shown, k) in _LENGTH.items()},
    **{w: (shown, "volume", k, 0.0) for w, (shown, k) in _VOLUME.items()},
    **{w: (shown, dim, k, 0.0) for w, (shown, dim, k) in _OTHER.items()},
}
_WORD_UNIT: dict[str, tuple[str, str, float, float]] = {
    **{w: UNIT_OF[u] for table in (_MASS_WORDS, _LENGTH_WORDS, _VOLUME_WORDS) for w, u in table.items()},
    # Temperatures in °C; °F converted ((F - 32) × 5/9).
    "°c": ("°C", "temperature", 1.0, 0.0), "°f": ("°F", "temperature", 5 / 9, -32 * 5 / 9),
    "degrees celsius": ("°C", "temperature", 1.0, 0.0), "degrees centigrade": ("°C", "temperature", 1.0, 0.0),
    "degrees c": ("°C", "temperature", 1.0, 0.0),
    "degrees fahrenheit": ("°F", "temperature", 5 / 9, -32 * 5 / 9), "degrees f": ("°F", "temperature", 5 / 9, -32 * 5 / 9),
}
# After a number: a space or a hyphen ("a 30-gram bar"), or nothing; the unit, then no letter,
# digit or slash ("30g", "50 ml", "0.4 mmol/L"; not "5 grammar", "30 gigs", "5 g/km" half read).
MEASURE_AFTER = re.compile(
    r"(?:[^\S\n]?|-)(?:(?P<abbr>" + trie_pattern(UNIT_OF) + r")|(?P<word>(?i:"
    + trie_pattern(_WORD_UNIT).replace(" ", r"[^\S\n]+") + r")))(?![\w/])")
# What a number may be glued to, as numbers.DIGIT_NUMBER lets it touch letters.
GLUED_UNITS = "|".join(sorted((re.escape(w) for w in UNIT_OF if w.isalpha()), key=len, reverse=True))


def unit_of(m: re.Match) -> tuple[str, str, float, float]:
    """(as shown, dimension, factor, offset) of the unit MEASURE_AFTER found."""
    if m.group("abbr") is not None:
        return UNIT_OF[m.group("abbr")]
    return _WORD_UNIT[" ".join(m.group("word").lower().split())]


# Just under half a unit of the last digit: "30°C" and "31°C" do not meet at 30.5.
_HALF = 0.499


def half_step(raw: str) -> float:
    """What a number as written allows either side, just under half the unit of its last digit:
    "5.2" 0.0499, "30" 0.499."""
    digits = raw.replace(",", "")
    try:
        exponent = Decimal(digits).as_tuple().exponent
    except ArithmeticError:
        return _HALF
    return _HALF * 10.0 ** min(0, int(exponent)) if isinstance(exponent, int) else _HALF


# After "4g" or "5g", words of a mobile network: a generation, no grams.
_NETWORK_AFTER = re.compile(r"[^\S\n]+(?:networks?|signals?|phones?|coverage|masts?|services?|"
                            r"connections?|speeds?|rollout|handsets?|mobile)\b", re.IGNORECASE)


# Around a number of degrees, words that make it a change of temperature, no temperature: before it
# "fell by", "plunged", "up", "a rise of" (and a hedge: "fell by about"), after it "warmer", "a
# drop", "above average" (not "below zero", "above freezing": a temperature). A change in °F is
# 5/9 of one in °C, with no -32 offset, so changes and temperatures are two dimensions.
_CHANGE_BEFORE = re.compile(
    r"\b(?:by|up|down|ris(?:es|en)|rose|f[ae]ll(?:s|en)?|(?:dropp|plung|plummet|climb|soar|jump|surg|dipp"
    r"|slump|tumbl|increas|decreas|warm|cool|spik)(?:ed|s|es)?|sank|sunk"
    r"|(?:rises?|falls?|drops?|increases?|decreases?|jumps?|swings?|changes?|differences?)[^\S\n]+of)"
    r"[^\S\n]+" + HEDGE + r"$", re.IGNORECASE)
_CHANGE_AFTER = re.compile(
    r"[^\S\n]+(?:warmer|colder|cooler|hotter|higher|lower|rises?|drops?|falls?|increases?|decreases?"
    r"|jumps?|swings?|changes?|(?:above|below)(?![^\S\n]+(?:zero|freezing)\b))\b", re.IGNORECASE)


def temperature_change(before: str, m: re.Match) -> bool:
    """Whether the degrees MEASURE_AFTER found (``before``: the text before their number) are a
    change of temperature ("fell by 10°C", "plunged 18°F", "2°C warmer"), no temperature."""
    return (_CHANGE_BEFORE.search(before) is not None
            or _CHANGE_AFTER.match(m.string, m.end()) is not None)


def network_generation(text: str, m: re.Match) -> bool:
    """Whether the "g" MEASURE_AFTER found is a mobile network's generation ("a 4g signal")."""
    return m.group("abbr") == "g" and _NETWORK_AFTER.match(text, m.end()) is not None
