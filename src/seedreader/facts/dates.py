"""Dates in news prose: "January 23rd", "Feb. 3", "January 22–23", "3 March 2025", "late 2024",
"in January", and weekdays tied to the event ("on Monday", "Sunday’s talks").

Values: "January 23" (no year given), "2026-01-23" (year given), "January 22–23", "January",
"2024", "Monday". Dates are compared within a year by day number, (month - 1) * 31 + day.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from ..patterns import trie_pattern
from .found import Found, Spans
from .words import fold, match_key

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
         "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
MONTH_NUMBER = {name: i for i, name in enumerate(MONTHS, 1)} | _ABBR
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The same as words (lower case), for word lists.
MONTH_WORDS = frozenset(m.lower() for m in MONTHS)
WEEKDAY_WORDS = frozenset(d.lower() for d in WEEKDAYS)

# A date never runs across a line end: the cleaned text ends every paragraph with one, and a month
# closing one paragraph with the next starting "12 soldiers" is no "March 12". Hence _SP, a space
# that is not a line end, wherever a date's pattern spans a space.
_SP = r"[^\S\n]"
# Only an abbreviation takes a full stop ("Jan. 3"): after "March" it ends the sentence.
_ABBR_DOT = "(?:(?:" + "|".join(f"(?<={abbr})" for abbr in _ABBR) + r")\.)"
_MONTH = r"(?P<month>" + "|".join(MONTHS) + "|" + "|".join(sorted(_ABBR, key=len, reverse=True)) \
    + rf")\b{_ABBR_DOT}?"
_MONTH_FULL = r"(?P<month>" + "|".join(MONTHS) + r")\b"
_DAY = (r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        rf"(?![\d:%]|[.,]\d|\w|-year|{_SP}?(?:per{_SP}?cent|percent))")
_SEP = rf"(?:{_SP}*[–—-]{_SP}*|{_SP}+(?:to|and|through|until|&){_SP}+)"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)(?![\d%:]|[.,]\d|\w)"

MONTH_DAY = re.compile(rf"\b{_MONTH}{_SP}+(?P<d1>{_DAY})(?:{_SEP}(?P<d2>{_DAY}))?(?:,?{_SP}+{_YEAR})?")
DAY_MONTH = re.compile(
    rf"(?<![\d,.])\b(?P<d1>{_DAY})(?:{_SEP}(?P<d2>{_DAY}))?{_SP}+(?:of{_SP}+)?{_MONTH}"
    rf"(?:,?{_SP}+{_YEAR})?"
)
# "January 22 to January 24": one range when the month is said twice.
MONTH_DAY_TWICE = re.compile(
    rf"\b{_MONTH}{_SP}+(?P<d1>{_DAY}){_SEP}(?P=month){_SP}+(?P<d2>{_DAY})(?:,?{_SP}+{_YEAR})?")
# "between 2009 and 2016", "from 2009 to 2016", "from 2009 through 2016", "in 2009–2016".
YEAR_SPAN = re.compile(
    rf"(?P<year>1[89]\d\d|20\d\d)(?P<sep>{_SP}*[–—-]{_SP}*|{_SP}+(?:to|and|through|until){_SP}+)"
    rf"(?P<year2>1[89]\d\d|20\d\d)(?![\d%:]|[.,]\d|\w)", re.IGNORECASE)
_SPAN_CUE = re.compile(rf"\b(?:(?P<between>between)|from|in|during|over){_SP}+$", re.IGNORECASE)
MONTH_YEAR = re.compile(rf"\b{_MONTH}{_SP}+(?:of{_SP}+)?{_YEAR}")
_PART = (r"(?:(?P<part>early|mid|late|the end of|end of|the beginning of|the start of|the middle of)"
         rf"(?:{_SP}|-)+)")
# A month or a year alone is a date only after one of these ("in January", "late 2024").
_CUE_BEFORE = re.compile(
    rf"(?:\b{_PART}|\b(?:in|by|from|last|next|this|since|until|after|during|before|through) )$",
    re.IGNORECASE,
)
_CUE_BEFORE_YEAR = re.compile(
    rf"(?:\b{_PART}|\b(?:in|by|of|from|since|until|after|during|before|through) )$",
    re.IGNORECASE,
)
MONTH_ALONE = re.compile(rf"{_MONTH_FULL}(?![’']s\b)")
YEAR_ALONE = re.compile(rf"(?<![\d,.$€£-])\b{_YEAR}(?!{_SP}*[–—-]{_SP}*\d)")
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_AND = re.compile(r"\s(?:and|&)\s")
_WEEKDAY_SET = frozenset(WEEKDAYS)
_ANCHOR = re.compile(trie_pattern(frozenset(MONTHS) | frozenset(_ABBR) | _WEEKDAY_SET))
_ANCHOR_HINT = re.compile(r"[A-Z]")  # every anchor is capitalised
_POSSESSIVE = re.compile(r"[’']s\b")
_FOLLOWED_BY_MONTH = re.compile(rf",?{_SP}+(?:" + trie_pattern(MONTHS) + r")\b")
_FOLLOWED_BY_NAME = re.compile(rf",?{_SP}+(?:the{_SP}+)?\d|{_SP}+[A-Z][a-z]")
# "Black Friday", "Super Tuesday", "Bloody Sunday" are names, not dates.
_NAMED_DAY_BEFORE = re.compile(rf"\b(?:Black|Good|Super|Cyber|Ash|Palm|Holy|Easter|Bloody|Giving){_SP}+$")
# "any day other than a Saturday, a Sunday", "every Sunday", "on a Monday": a kind of day, no date.
_ANY_DAY_BEFORE = re.compile(rf"\b(?:[Aa]n?|[Aa]ny|[Ee]very|[Ee]ach|[Nn]o){_SP}+$")
_PARTS = {"early": "early", "mid": "mid", "late": "late", "the end of": "late", "end of": "late",
          "the beginning of": "early", "the start of": "early", "the middle of": "mid"}
_PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31), None: (1, 31)}
_PART_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), None: (1, 12)}


# Days of a month as French, German and Spanish write them, day first: "23 janvier 2026", "le 1er
# février", "23. Januar 2026", "am 14. März", "23 de enero de 2026", "el 9 de agosto", and the
# German "14.03.2025". Each language's own form only: the French month in lower case after the day
# ("mars", "mai" alone, or "Mars", are no month), the German after "23.", the Spanish after "23 de".
FRENCH_MONTHS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5,
                 "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
                 "novembre": 11, "décembre": 12, "decembre": 12}
GERMAN_MONTHS = {"Januar": 1, "Jänner": 1, "Februar": 2, "März": 3, "Maerz": 3, "April": 4,
                 "Mai": 5, "Juni": 6, "Juli": 7, "August": 8, "September": 9, "Oktober": 10,
                 "November": 11, "Dezember": 12}
SPANISH_MONTHS = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
                  "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
                  "noviembre": 11, "diciembre": 12}
_FOREIGN_MONTH = FRENCH_MONTHS | GERMAN_MONTHS | SPANISH_MONTHS
# The same as words (folded, lower case), for word lists.
FOREIGN_MONTH_WORDS = frozenset(map(fold, _FOREIGN_MONTH))
_D = r"(?:[12]\d|3[01]|0?[1-9])"
_DASH = rf"{_SP}*[–—-]{_SP}*"
_FOREIGN_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d%:]|[.,]\d|\w)"
FOREIGN_DAY = re.compile(
    rf"(?<![\w.,])(?:"
    rf"(?P<fd1>1er|{_D})(?:(?:{_DASH}|{_SP}+au{_SP}+)(?P<fd2>{_D}))?{_SP}+(?P<fm>{trie_pattern(FRENCH_MONTHS)})\b"
    rf"(?:{_SP}+(?P<fy>{_FOREIGN_YEAR}))?"
    rf"|(?P<gd1>{_D})\.(?:(?:{_DASH}|{_SP}+bis{_SP}+(?:zum{_SP}+)?)(?P<gd2>{_D})\.)?{_SP}*(?P<gm>{trie_pattern(GERMAN_MONTHS)})\b"
    rf"(?:{_SP}+(?P<gy>{_FOREIGN_YEAR}))?"
    rf"|(?P<ed1>{_D})(?:(?:{_DASH}|{_SP}+al{_SP}+)(?P<ed2>{_D}))?{_SP}+de{_SP}+(?P<em>{trie_pattern(SPANISH_MONTHS)})\b"
    rf"(?:{_SP}+del?{_SP}+(?P<ey>{_FOREIGN_YEAR}))?"
    rf"|(?P<nd1>[012]\d|3[01])\.(?P<nm>0[1-9]|1[0-2])\.(?P<ny>{_FOREIGN_YEAR}))")


# Without a year, a French or German day of a month is read only after a word that says a date
# follows ("le 23 janvier", "jeudi 23 janvier", "am 14. März", "Freitag, den 14. März"): "3 mars"
# is a sweet in English, "2. August" a list's end before a sentence.
_FRENCH_CUE = re.compile(
    rf"(?:\b(?:le|les|du|au|dès|ce|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    rf"|jusqu[’']au|d[’']ici{_SP}+au){_SP}+$", re.IGNORECASE)
_GERMAN_CUE = re.compile(
    rf"\b(?:am|vom|bis|zum|seit|den|dem|ab|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag"
    rf"|Sonntag),?{_SP}+$", re.IGNORECASE)
_FOREIGN_CUES = {"f": _FRENCH_CUE, "g": _GERMAN_CUE}


def _foreign_dates(text: str, runs: list[int]) -> Iterator[Found | None]:
    """Days of a month as French, German and Spanish write them (FOREIGN_DAY), by the runs of
    digits they start with: the same values and keys as the English ones ("January 23"), ranges
    too ("du 16 au 22 juin", "vom 16. bis 22. Juni", "del 16 al 22 de junio": June 16–22)."""
    match = FOREIGN_DAY.match
    for at in runs:
        if (m := match(text, at)) is None:
            continue
        lang = m.lastgroup[0]  # (f, g, e: French, German, Spanish; n: "14.03.2025")
        month = int(m.group("nm")) if lang == "n" else _FOREIGN_MONTH[m.group(lang + "m")]
        d1 = m.group(lang + "d1")
        d2 = m.group(lang + "d2") if lang != "n" else None
        year = m.group(lang + "y")
        if (not year and lang in _FOREIGN_CUES and d1 != "1er"
                and _FOREIGN_CUES[lang].search(text, max(0, at - 24), at) is None):
            continue
        yield _day_found(m, month, 1 if d1 == "1er" else int(d1), _day(d2),
                         int(year) if year else None)


def _day(text: str | None) -> int | None:
    return int(_DIGITS.match(text).group()) if text else None


def day_number(month: int, day: int) -> int:
    return (month - 1) * 31 + day


def _month_day(m: re.Match) -> Found | None:
    d1, d2 = _day(m.group("d1")), _day(m.group("d2"))
    if d2 is not None and d1 is not None and _AND.search(m.group()) and d2 != d1 + 1:
        return None  # "May 5 and 7" are two dates, not a range; "January 23 and 5 people" none
    return _day_found(m, MONTH_NUMBER[m.group("month")], d1, d2,
                      int(m.group("year")) if m.group("year") else None)


def _day_found(m: re.Match, month: int, d1: int, d2: int | None, year: int | None) -> Found | None:
    """The date of day ``d1`` (to ``d2``) of ``month`` (and ``year``) that match ``m`` reads."""
    if d2 is not None and d2 <= d1:
        return None
    name = MONTHS[month - 1]
    days = f"{d1}–{d2}" if d2 else f"{d1}"
    if year:
        value = f"{year}-{month:02d}-{d1:02d}" + (f"/{year}-{month:02d}-{d2:02d}" if d2 else "")
    else:
        value = f"{name} {days}"
    return Found("date", m.start(), m.end(), value,
                 key=("day", year, month, d1, d2 or d1),
                 low=day_number(month, d1), high=day_number(month, d2 or d1), exact=True)


def _anchors(text: str) -> list[re.Match]:
    """Month names and weekdays standing as words: where a date can be. One fast scan."""
    out = []
    for m in _ANCHOR.finditer(text):
        s, e = m.span()
        if (s and text[s - 1].isalnum()) or (e < len(text) and text[e].isalpha()):
            continue  # "Marching", "Decades", "Mondays"
        out.append(m)
    return out


def find_dates(text: str, runs: list[int]) -> list[Found]:
    """Dates of a text, non-overlapping, in order.

    Longer readings win: "January 22–23, 2026" before "January 2026" before "in January". Each
    kind is read in its turn, and a date overlapping one read before it is dropped.
    ``runs``: ``digit_runs(text)`` (the caller has them for figures too).
    """
    found: list[Found] = []
    taken = Spans()
    anchors = _anchors(text) if _ANCHOR_HINT.search(text) else []
    months = [a for a in anchors if a.group() in MONTH_NUMBER]
    for f in chain(_foreign_dates(text, runs), _period_dates(text, runs),
                   _day_dates(text, months), _month_year_dates(text, months),
                   _month_dates(text, months), _year_span_dates(text, runs),
                   _year_dates(text, runs), _weekday_dates(text, anchors)):
        if f is not None and taken.free(f.start, f.end):
            found.append(f)
            taken.add(f.start, f.end)
    found.sort(key=lambda f: f.start)
    return found


def _day_dates(text: str, months: list[re.Match]) -> Iterator[Found | None]:
    """Days of a month named in ``months``: "Jan. 23", "3 March 2025", "January 22 to 24"."""
    for a in months:
        if (m := MONTH_DAY_TWICE.match(text, a.start())) is not None:
            yield _month_day(m)
        if (m := MONTH_DAY.match(text, a.start())) is not None:
            yield _month_day(m)
        if _DIGIT.search(text, max(0, a.start() - 32), a.start()) is None:
            continue  # no day before the month: "3 March" cannot end here
        m = DAY_MONTH.search(text, max(0, a.start() - 32), a.end() + 24)
        if m is not None and m.start("month") == a.start():
            yield _month_day(m)


def _month_year_dates(text: str, months: list[re.Match]) -> Iterator[Found]:
    """Months of a year, by the month's name in ``months``: "January 2026", "March of 2024"."""
    for a in months:
        if (m := MONTH_YEAR.match(text, a.start())) is not None:
            month, year = MONTH_NUMBER[m.group("month")], int(m.group("year"))
            yield Found("date", m.start(), m.end(), f"{year}-{month:02d}",
                        key=("month", year, month, None), low=day_number(month, 1),
                        high=day_number(month, 31), exact=False)


def _month_dates(text: str, months: list[re.Match]) -> Iterator[Found]:
    """Months named alone after a cue (_CUE_BEFORE): "in January", "late March"."""
    for a in months:
        m = MONTH_ALONE.match(text, a.start())
        cue = _CUE_BEFORE.search(text, max(0, a.start() - 24), a.start()) if m else None
        if cue is None:
            continue
        month = MONTH_NUMBER[m.group("month")]
        part = _PARTS.get(match_key(cue.group("part") or ""))
        lo, hi = _PART_DAYS[part]
        start = cue.start("part") if part else m.start()
        yield Found("date", start, m.end(), MONTHS[month - 1],
                    key=("month", None, month, part), qualifier=part, low=day_number(month, lo),
                    high=day_number(month, hi), exact=False)


def _year_span_dates(text: str, runs: list[int]) -> Iterator[Found]:
    """Spans of years after a cue (_SPAN_CUE): "between 2009 and 2016", "from 2009 to 2016"."""
    for y in runs:
        if ((m := YEAR_SPAN.match(text, y)) is not None
                and (cue := _SPAN_CUE.search(text, max(0, y - 10), y)) is not None):
            y1, y2 = int(m.group("year")), int(m.group("year2"))
            if y2 > y1 and (m.group("sep").strip().lower() == "and") == bool(cue.group("between")):
                yield Found("date", y, m.end(), f"{y1}–{y2}",
                            key=("years", y1, y2), low=day_number(1, 1), high=day_number(12, 31),
                            exact=False)


def _year_dates(text: str, runs: list[int]) -> Iterator[Found]:
    """Years alone after a cue (_CUE_BEFORE_YEAR): "in 2024", "late 2024"."""
    # A year alone starts a run of digits (nothing of [\d,.] before it).
    for y in runs:
        m = YEAR_ALONE.match(text, y)
        cue = _CUE_BEFORE_YEAR.search(text, max(0, y - 24), y) if m else None
        if cue is None:
            continue
        year = int(m.group("year"))
        part = _PARTS.get(match_key(cue.group("part") or ""))
        lo, hi = _PART_MONTHS[part]
        start = cue.start("part") if part else m.start()
        yield Found("date", start, m.end(), str(year),
                    key=("year", year, None, part), qualifier=part,
                    low=day_number(lo, 1), high=day_number(hi, 31), exact=False)


# A part of a year that a company reports on, before the year: a quarter ("Q3 2026", "3Q 2026",
# "the third quarter of 2026", "third-quarter 2026"), a half ("H1 2026", "the first half of 2026")
# or a fiscal year ("FY2025", "FY25", "fiscal 2025", "financial year 2025", "Q3 FY2026"). It is
# the year with a part ("Q3", "H1", "FY"), as "late 2024" is: two quarters of one year are two
# periods (dates_conflict), so figures beside them are two periods' figures.
_ORDINAL_PART = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_PERIOD_BEFORE = re.compile(
    rf"(?:\b(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q|H(?P<h>[12])"
    rf"|(?i:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?:{_SP}|-)+(?P<unit>quarter|half)))"
    rf"(?:{_SP}+(?i:of))?(?:{_SP}+(?i:the))?(?:{_SP}+(?P<fy1>FY|(?i:fiscal|financial)(?:{_SP}+(?i:year))?))?"
    rf"|\b(?P<fy>FY|(?i:fiscal|financial)(?:{_SP}+(?i:year))?)){_SP}?$")
_PERIOD_YEAR = re.compile(r"(?:(?P<year>1[89]\d\d|20\d\d)|(?P<yy>\d\d))(?![\d%:]|[.,]\d|\w)")
QUARTERS = frozenset({"Q1", "Q2", "Q3", "Q4", "H1", "H2"})  # the parts of a year that exclude each other


def _period_dates(text: str, runs: list[int]) -> Iterator[Found]:
    """Years with the part a company reports on before them (_PERIOD_BEFORE): "Q3 2026", "FY2025"."""
    for y in runs:
        if y == 0 or (m := _PERIOD_YEAR.match(text, y)) is None:
            continue
        if (p := _PERIOD_BEFORE.search(text, max(0, y - 40), y)) is None:
            continue
        fiscal = p.group("fy") or p.group("fy1")
        if m.group("yy") and not (fiscal and fiscal.startswith("FY")):
            continue  # "FY25" only: "Q3 25" is no year
        year = int(m.group("year") or "20" + m.group("yy"))
        if p.group("fy") is not None:
            part, lo, hi = "FY", 1, 12
        else:
            if p.group("ord"):
                n = _ORDINAL_PART[p.group("ord").lower()]
                half = p.group("unit").lower() == "half"
                if half and n > 2:
                    continue
            else:
                half = p.group("h") is not None
                n = int(p.group("q") or p.group("q2") or p.group("h"))
            part = f"H{n}" if half else f"Q{n}"
            lo, hi = ((6 * n - 5, 6 * n) if half else (3 * n - 2, 3 * n))
        yield Found("date", p.start(), m.end(), str(year), key=("year", year, None, part),
                    qualifier=part, low=day_number(lo, 1), high=day_number(hi, 31), exact=False)


def _weekday_dates(text: str, anchors: list[re.Match]) -> Iterator[Found]:
    """Weekdays in ``anchors`` that are neither a name ("Black Friday") nor part of a full date."""
    for a in anchors:
        wd = a.group()
        if wd not in _WEEKDAY_SET:
            continue
        after = text[a.end(): a.end() + 20]
        if _POSSESSIVE.match(after):
            after = after[2:]
        if (_NAMED_DAY_BEFORE.search(text, max(0, a.start() - 12), a.start())
                or _ANY_DAY_BEFORE.search(text, max(0, a.start() - 8), a.start())):
            continue
        if _FOLLOWED_BY_NAME.match(after) or _FOLLOWED_BY_MONTH.match(after):
            # "Monday Night Football", "Sunday Times"; "Monday, January 12" keeps the full date.
            continue
        yield Found("date", a.start(), a.end(), wd, key=("weekday", wd), exact=True)


def dates_conflict(a: Found, b: Found) -> bool:
    """Whether two dates about the same thing cannot both be right.

    Day-precise dates conflict whenever they differ (January 23 vs January 22–23); vaguer ones
    only when they cannot overlap (early January vs January 3 agree). Weekdays are compared with
    weekdays only: without a year a weekday says nothing about a calendar date.
    """
    ka, kb = a.key, b.key
    if ka[0] == "weekday" or kb[0] == "weekday":
        return ka[0] == kb[0] == "weekday" and ka[1] != kb[1]
    if ka[0] == "years" or kb[0] == "years":
        # A span of years against a span: ends that differ; against a date: nothing to compare.
        return ka[0] == kb[0] and ka[1:] != kb[1:]
    year_a, year_b = ka[1], kb[1]
    if year_a is not None and year_b is not None and year_a != year_b:
        return True
    if ka[0] == kb[0] == "year" and ka[3] in QUARTERS and kb[3] in QUARTERS:
        return a.high < b.low or b.high < a.low  # "Q3 2026" / "Q4 2026": two quarters
    if ka[0] == "year" or kb[0] == "year":
        return False  # a year against a date without one: nothing to compare
    if ka[0] == kb[0] == "day":
        return ka[2:] != kb[2:]
    return a.high < b.low or b.high < a.low


# Dates that stamp the page, not the story (no facts; see page_stamp). A wire's dateline opens its
# first paragraph: a place, the date, maybe the agency, a dash; the place in capitals ("LONDON,
# May 13 -", "WASHINGTON, D.C., Jan. 5 —"), or capitalised before the agency ("Geneva, 3 March
# (Wire) —"; not "In London, May 13 - the day of the vote - was chaotic").
_CAPS_WORD = r"[A-Z][A-Z.’'-]+"
_NAME_WORD = r"[A-Z][\w.’'-]*"
_REGION = rf"(?:,{_SP}*{_NAME_WORD}(?:{_SP}+{_NAME_WORD}){{0,2}})?,{_SP}*"  # ", D.C.," / ","
_DATELINE_CAPS = re.compile(rf"[*_\s]*{_CAPS_WORD}(?:{_SP}+{_CAPS_WORD}){{0,3}}{_REGION}")
_DATELINE_NAMED = re.compile(rf"[*_\s]*{_NAME_WORD}(?:{_SP}+{_NAME_WORD}){{0,3}}{_REGION}")
_DATELINE_END = re.compile(rf"{_SP}*(?:[-–—]|--)")
_DATELINE_AGENCY = re.compile(rf"{_SP}*\([^()\n]{{1,40}}\){_SP}*(?:[-–—]|--)")
# The page's own dates, told where a sentence starts, or after its "This article was": "Last
# updated 16 May 2026", "Page last reviewed: 3 March", "Updated: 14:05", "First published on 13 May",
# "This article was amended on 14 May 2026 to correct ...".
_STAMP_WORDS = re.compile(
    rf"(?:^|(?<=[.!?*_|]){_SP}*|(?<=\n))[*_\s]*(?:(?:this|the){_SP}+(?:article|page|story|post)"
    rf"{_SP}+(?:was|is|has{_SP}+been){_SP}+|(?:page|article|story|post){_SP}+)?"
    rf"(?:(?:last|first){_SP}+(?:updated|modified|reviewed|edited|revised|published|posted)"
    rf"(?:{_SP}+on)?{_SP}*:?|(?:updated|modified|reviewed|published|posted){_SP}*:"
    rf"|(?:has{_SP}+been{_SP}+|was{_SP}+)?(?:amended|corrected|updated){_SP}+on)[*_]*{_SP}*$",
    re.IGNORECASE)
_STAMP_REACH = 60  # characters before a date searched for _STAMP_WORDS


def page_stamp(text: str, seg_start: int, d: Found) -> bool:
    """Whether date ``d`` of the segment starting at ``seg_start`` dates the page, not its story:
    a wire's dateline at the segment's start ("LONDON, May 13 (Wire) - A diet ...") or a date
    after words that stamp the page where a sentence starts ("Last updated 16 May 2026", "This
    article was last reviewed on 3 March", "Published: 13 May 2026"; not "The study was published
    on 14 May", nor "The rules were last updated on 3 March", which are the story's)."""
    if ((_DATELINE_CAPS.fullmatch(text, seg_start, d.start) is not None
         and (_DATELINE_END.match(text, d.end) or _DATELINE_AGENCY.match(text, d.end)))
            or (_DATELINE_NAMED.fullmatch(text, seg_start, d.start) is not None
                and _DATELINE_AGENCY.match(text, d.end))):
        return True
    return _STAMP_WORDS.search(text, max(seg_start, d.start - _STAMP_REACH), d.start) is not None
