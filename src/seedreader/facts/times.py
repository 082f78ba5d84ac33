"""Times of day in news prose: "at 16:40", "4.40pm", "4:40 p.m.", "16.40 GMT", "10am ET", "at
noon", "midnight".

Precision over recall. A time is a time only when the text says so: an "am"/"pm", a time zone
("GMT", "ET", "local time") or "hrs" after it, or, for "16:40" written with a colon, a word of
time before it ("at", "by", "until", "around", "shortly after" ...). So "4.30" in a score or a
price, "2.5" metres, a "1:0" score, "John 3:16", a "3:1" ratio and a race time "2:45:10" are
none; nor is "16.40" without "pm" or a zone (a price "at 16.40").

Values: 24-hour "16:40", with its zone if one is given ("16:40 GMT"); the key is the minute of
the day and the zone. Times are compared within one zone, or across zones whose offsets are
known (GMT, ET, CET...: converted to UTC, a zone with summer time allowing both offsets: "10am
ET" is 14:00 or 15:00 GMT). A time with no zone is never compared with one with a zone, nor a
zone not known with another (``times_conflict``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .found import Found
from .words import match_key

DAY = 24 * 60
_SP = r"[^\S\n]"
# Zones by their offsets from UTC in hours: one, or two for a zone named without saying whether
# summer time is on ("ET": EST or EDT).
ZONES: dict[str, tuple[float, ...]] = {
    "GMT": (0,), "UTC": (0,), "BST": (1,), "WET": (0,), "WEST": (1,), "CET": (1,), "CEST": (2,),
    "EET": (2,), "EEST": (3,), "MSK": (3,), "JST": (9,), "KST": (9,), "AEST": (10,),
    "AEDT": (11,), "ET": (-5, -4), "EST": (-5,), "EDT": (-4,), "CT": (-6, -5), "CST": (-6,),
    "CDT": (-5,), "MT": (-7, -6), "MST": (-7,), "MDT": (-6,), "PT": (-8, -7), "PST": (-8,),
    "PDT": (-7,),
}
# Zones a time may name whose offsets are not compared (one name, several zones: "IST" is India's,
# Ireland's or Israel's). Not "GST" (a tax as well: "12.40 GST per bag"), nor any other capitals
# ending in T ("12.45 MT" metric tonnes).
_OTHER_ZONES = frozenset({"IST", "SGT", "HKT", "PHT", "WIB", "AKST", "AKDT", "HST", "AST", "ADT",
                          "NST", "NDT", "NZST", "NZDT", "AWST", "ACST", "ACDT", "SAST", "WAT",
                          "EAT", "CAT", "BRT", "ART", "PKT", "ICT", "TRT"})
# Names that are units as well ("12.45 MT" metric tonnes, "3.5 PT" points): a zone only after a
# time said otherwise (am/pm, a colon).
_UNIT_LIKE = frozenset({"MT", "PT", "CT"})
# After a time: a zone, with an offset after UTC/GMT ("UTC+1", "GMT-5", "UTC+05:30"), "local time"
# (the event's: as no zone); after "16:40", "hrs".
_AFTER = re.compile(rf"{_SP}?(?:(?P<zone>[A-Z]{{2,4}}(?:(?<=UTC|GMT)(?P<off>[+−-](?:1[0-4]|0?\d)"
                    rf"(?::?[0-5]\d)?))?)\b(?![.’'-]\w)|(?P<local>local{_SP}+time)\b)")
_PER = re.compile(rf"{_SP}+(?:per|a|an|each|of)\b", re.IGNORECASE)  # "12.40 GST per bag"
_HRS = re.compile(rf"{_SP}?hrs\b")
# (A full stop after "am"/"pm" without dots ends the sentence: "at 6am.")
_AMPM = re.compile(rf"{_SP}?(?P<ampm>[aApP])(?:\.[mM]\b\.?|[mM]\b)")
# A clock time: "16:40", "4.40", "4"; then, for its reading, am/pm or what follows.
_CLOCK = re.compile(r"(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[:.])(?P<m>[0-5]\d))?(?![\d]|[:.,]\d)")
# Words before a clock time written "16:40" that say it is one (the time something happened,
# began or ended). Not "in" or "of": "finished in 2:45", "a ratio of 3:1".
_CUE = re.compile(rf"\b(?:at|by|until|till|from|before|after|around|about|approximately|"
                  rf"roughly|circa|since|between|shortly|just|soon|past){_SP}+$",
                  re.IGNORECASE)
# A bare "H:MM" that is a game's clock, not a time of day: "at 1:45 of the seventh round", "at
# 3:12 of overtime", "at 12:30 into the second half", "at 2:10 remaining". ("to" is no word of
# time for it: "runs to 3:45", "cut to 2:01".)
_GAME_CLOCK = re.compile(
    rf"{_SP}+(?:(?:of|into|in){_SP}+(?:the{_SP}+)?(?:[\w-]+{_SP}+)?"
    rf"(?:round|period|quarter|half|overtime|inning|innings|frame|set|extra{_SP}+time|"
    rf"stoppage{_SP}+time|injury{_SP}+time|game|match|bout|fight|race|lap)s?\b|"
    rf"(?:remaining|left|to{_SP}+(?:play|go)|elapsed|gone)\b)", re.IGNORECASE)
# "from 2:01 to 2:00", "from 11:10 to 10:11", "from 3:16 to 3:18": two bare "H:MM" in a "from ...
# to" pair are a record, odds, verses more often than times of day: neither is read (the second
# has no word of time before it).
_BARE = rf"(?<![\d.,:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d]|[:.,]\d)(?!{_SP}?(?:[aApP]\.?[mM]\b|[A-Z]{{2,4}}\b|hrs\b))"
_FROM_PAIR_AFTER = re.compile(rf"{_SP}+(?:to|and|-|–){_SP}+{_BARE}")
# Hedges before a time, as their values allow it (minutes before, minutes after).
_BETWEEN_AND = re.compile(rf"\bbetween{_SP}+\S+{_SP}+and{_SP}+$", re.IGNORECASE)  # "between 16:00 and 17:00"
_HEDGES = {"about": ("about", -30, 30), "around": ("about", -30, 30),
           "approximately": ("about", -30, 30), "roughly": ("about", -30, 30),
           "circa": ("about", -30, 30), "shortly after": ("shortly after", 0, 30),
           "just after": ("shortly after", 0, 30), "soon after": ("shortly after", 0, 30),
           "shortly before": ("shortly before", -30, 0), "just before": ("shortly before", -30, 0),
           "after": ("after", 0, 180), "before": ("before", -180, 0),
           "just past": ("shortly after", 0, 30), "past": ("after", 0, 180)}
_HEDGE_BEFORE = re.compile(
    rf"\b(?P<hedge>(?:shortly|just|soon){_SP}+(?:after|before|past)|about|around|approximately|"
    rf"roughly|circa|after|before|past)(?:{_SP}+(?:about|around))?{_SP}+(?:at{_SP}+)?$",
    re.IGNORECASE)
_WORDS = re.compile(r"\b(?:(?P<noon>noon|midday)|(?P<midnight>midnight))\b", re.IGNORECASE)
# "noon"/"midnight" are a time after one of these ("at noon", "by midnight", "shortly after
# midnight"), not in "the midnight deadline" (an adjective) nor "noon prayers".
_WORD_CUE = re.compile(rf"\b(?:at|by|until|till|from|to|before|after|around|about|past|since|"
                       rf"12){_SP}+$", re.IGNORECASE)


def _zone_of(m: re.Match | None) -> tuple[str | None, bool]:
    """The zone a match of _AFTER names (None: none, or "local time"), and whether it says the
    number before it is a time at all."""
    if m is None:
        return None, False
    if m.group("zone"):
        zone = m.group("zone").replace("−", "-")
        if (zone in ZONES or zone in _OTHER_ZONES or m.group("off")) and not _PER.match(
                m.string, m.end()):
            return zone, True
        return None, False  # (not "IT", "AT", "GST per bag")
    return None, True


_OFFSET_ZONE = re.compile(r"(?:UTC|GMT)([+-])(\d{1,2}):?(\d\d)?")  # "UTC+1", "GMT-05:30"


def _offsets(zone: str) -> tuple[float, ...] | None:
    """A zone's offsets from UTC in hours ("UTC+1": 1; "GMT-05:30": -5.5), None if not known."""
    if zone in ZONES:
        return ZONES[zone]
    m = _OFFSET_ZONE.fullmatch(zone)
    if m is None:
        return None
    hours = int(m.group(2)) + int(m.group(3) or 0) / 60
    return (hours if m.group(1) == "+" else -hours,)


# "about" widens a time as far as its own precision: "about 6 a.m." by half an hour either way,
# "about 6:30" by a quarter, "about 6:40" by five minutes, "about 6:14" (to the minute) by two:
# "about 6:40" and "about 6:14" are two times (a corrected one), "about 6:14" and "6:15" one.
_ABOUT_BY_GRAIN = ((60, 30), (30, 15), (15, 8), (10, 5), (5, 3))
_ABOUT_TO_THE_MINUTE = 2


def _about(minute: int) -> int:
    """How many minutes either way "about" allows a time given to ``minute``."""
    return next((w for grain, w in _ABOUT_BY_GRAIN if minute % grain == 0), _ABOUT_TO_THE_MINUTE)


def _found(start: int, end: int, minute: int, zone: str | None, hedge: str | None) -> Found:
    shown = f"{minute // 60:02d}:{minute % 60:02d}" + (f" {zone}" if zone else "")
    qualifier, before, after = _HEDGES[" ".join(match_key(hedge).split())] if hedge else (None, 0, 0)
    if qualifier == "about":
        before, after = -_about(minute), _about(minute)
    # (UTC and GMT: one zone, two names, one key; "UTC+1" is "GMT+1")
    key_zone = ("GMT" + zone[3:] if zone.startswith("UTC") else zone) if zone else None
    return Found("time", start, end, shown, key=("time", key_zone, minute), qualifier=qualifier,
                 low=minute + before, high=minute + after, exact=qualifier is None)


def _hedge(text: str, start: int) -> tuple[str | None, int]:
    """The hedge ending right before ``start`` ("shortly after", "around") and where it starts."""
    m = _HEDGE_BEFORE.search(text, max(0, start - 24), start)
    return (m.group("hedge"), m.start()) if m else (None, start)


# Clock times as French, German and Spanish news write them, read in 24 hours: "à 16 h 40",
# "vers 16h40", "vers 23 heures", "um 16.40 Uhr", "16 Uhr", "a las 16.40 horas", "a las 16:40".
# An hour and a unit ("h", "heures", "Uhr", "horas"), minutes before or after it; or, after a
# word of time below, "16:40" (and after a Spanish "a las", "16.40").
_FOREIGN_CLOCK = re.compile(
    rf"(?P<h>[01]?\d|2[0-3])(?:"
    rf"(?P<hu>{_SP}?h)(?:{_SP}?(?P<hm>[0-5]\d))?(?![\w]|[:.,]\d)"  # "16 h 40", "16h40", "16 h"
    rf"|(?:[:.](?P<wm>[0-5]\d))?{_SP}+(?P<word>Uhr|heures?|horas?)\b"  # "16.40 Uhr", "23 heures"
    rf"(?:{_SP}+(?P<wm2>[0-5]\d)\b(?![:.,]\d)"  # "16 heures 40"
    rf"(?!{_SP}+(?!(?:du|de|d[’']|et|à|au)\b)[^\W\d_A-Z]))?"  # not "16 heures 40 voix"
    rf"|(?P<sep>[:.])(?P<m>[0-5]\d)(?![\d]|[:.,]\d))")  # "16:40" (after a word of time)
# Words of time right before such a clock time, with the hedge each makes (None: none). Without
# one, only "Uhr" says a time ("gemessen 16.40 Uhr"): "2 h 30" and "12 heures" are lengths of
# time too ("un film de 2 h 30", "12 heures de négociations").
_FOREIGN_CUES = {
    "à": None, "dès": None, "jusqu’à": None, "jusqu'à": None, "vers": "about",
    "aux alentours de": "about", "autour de": "about", "peu après": "shortly after",
    "peu avant": "shortly before", "um": None, "ab": None, "bis": None, "gegen": "about",
    "kurz nach": "shortly after", "kurz vor": "shortly before", "a las": None, "a la": None,
    "hacia las": "about", "sobre las": "about", "hasta las": None, "desde las": None,
    "pasadas las": "shortly after", "poco después de las": "shortly after",
    "poco antes de las": "shortly before",
}
_FOREIGN_CUE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<cue>" + "|".join(
        sorted((re.escape(c).replace(r"\ ", rf"{_SP}+") for c in _FOREIGN_CUES), key=len,
               reverse=True)) + rf"){_SP}+$", re.IGNORECASE)
# Spanish words of time that say a "16.40" after them is a clock time (not a price, a measure).
_LAS = frozenset(c for c in _FOREIGN_CUES if c.endswith((" las", " la")))
# After a clock time, words that make it another reading or another thing: a part of the day
# ("um 4 Uhr nachmittags", "a las 4 de la tarde": 16:00), am/pm, a unit or a currency ("à 16.40
# euros"); and after "h" or "heures", a distance or a length ("à 10 heures de route", "à 2 h de
# Paris"). No time is read.
_FOREIGN_NOT_AFTER = re.compile(
    rf"{_SP}*(?:(?:nachmittags|abends|morgens|nachts|früh|vormittags|mittags|"
    rf"de{_SP}+la{_SP}+(?:mañana|tarde|noche|madrugada)|del{_SP}+mediod[ií]a|du{_SP}+(?:matin|soir)|"
    rf"[ap]\.?m\b|€|euros?|\$|dollars?|%|pour{_SP}+cent|por{_SP}+ciento|prozent|minut\w*|min|mn)"
    rf"(?![^\W\d_])|[’'](?=\w))", re.IGNORECASE)
# A range's second end ("zwischen 16 und 18 Uhr", "de 16 h à 18 h"): neither end is the time.
_RANGE_BEFORE = re.compile(rf"(?<![\d.,:])\d{{1,2}}(?:[:.]\d\d)?{_SP}*(?:h|Uhr|heures?|horas?)?{_SP}*(?:und|et|y|bis|à|a|[-–—]){_SP}*$",
                           re.IGNORECASE)
_FRENCH_NOT_AFTER = re.compile(rf"{_SP}*(?:de|du|des|d[’'])(?![^\W\d_])", re.IGNORECASE)


def _foreign_times(text: str, runs: list[int]) -> Iterator[Found]:
    end = 0
    for at in runs:
        if at < end or (at and (text[at - 1].isalnum() or text[at - 1] in ".,:/-–$€£#")):
            continue
        m = _FOREIGN_CLOCK.match(text, at)
        if m is None:
            continue
        cue = _FOREIGN_CUE.search(text, max(0, at - 24), at)
        said = " ".join(match_key(cue.group("cue")).split()) if cue else None
        word = m.group("word")
        if word:
            if word != "Uhr" and said is None:
                continue  # "12 heures", "16 horas": a length of time as well as a time
            minute = m.group("wm") or m.group("wm2")
        elif m.group("hu"):
            if said is None:
                continue  # "un film de 2 h 30": a length of time
            minute = m.group("hm")
        elif said is not None and (m.group("sep") == ":" or said in _LAS):
            minute = m.group("m")  # "à 16:40", "a las 16.40"
        else:
            continue  # "16.40" alone or after "à": a price or a measure, as well
        if _RANGE_BEFORE.search(text, max(0, at - 16), at) or _FOREIGN_NOT_AFTER.match(text, m.end()) or (
                (m.group("hu") or (word and word.startswith("heure")))
                and _FRENCH_NOT_AFTER.match(text, m.end())):
            continue
        stop = m.end()
        after = _AFTER.match(text, stop)
        zone, known = _zone_of(after)
        if known and after.group("zone"):
            stop = after.end()  # "16 h 40 GMT"
        else:
            zone = None
        hedge = _FOREIGN_CUES[said] if said else None
        end = stop
        yield _found(cue.start() if hedge else at, stop, int(m.group("h")) * 60 + int(minute or 0),
                     zone, hedge)


def find_times(text: str, runs: list[int]) -> list[Found]:
    """Times of day of a text, in order. ``runs``: ``digit_runs(text)``."""
    found = list(_foreign_times(text, runs))
    if found:
        taken = [(f.start, f.end) for f in found]
        found += [f for f in _clock_times(text, runs)
                  if not any(f.start < e and s < f.end for s, e in taken)]
        found.sort(key=lambda f: f.start)
    else:
        found = list(_clock_times(text, runs))
    if "noon" in text or "midnight" in text or "midday" in text:
        found += _word_times(text)
        found.sort(key=lambda f: f.start)
    return found


def _clock_times(text: str, runs: list[int]) -> Iterator[Found]:
    for at in runs:
        if at and (text[at - 1].isalnum() or text[at - 1] in ".,:/-–$€£#"):
            continue  # "v4.40", "3.4.40", "2:45:10", "1/2", "-5"
        m = _CLOCK.match(text, at)
        if m is None:
            continue
        end = m.end()
        hour, minute = int(m.group("h")), int(m.group("m") or 0)
        if (ampm := _AMPM.match(text, end)) is not None:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if ampm.group("ampm").lower() == "p" else 0)
            end = ampm.end()
            after = _AFTER.match(text, end)
            zone, said = _zone_of(after)
            if said:
                end = after.end()  # "10am ET", "4:40 p.m. local time"
        elif m.group("sep") is None:
            continue  # "4" alone is no time
        else:
            after = _AFTER.match(text, end)
            zone, said = _zone_of(after)
            if said and m.group("sep") == "." and zone in _UNIT_LIKE:
                zone, said = None, False  # "12.45 MT": metric tonnes
            if said:
                end = after.end()
            elif m.group("sep") != ":":
                continue  # "4.30" in a score or a price: no time said
            elif (hrs := _HRS.match(text, end)) is not None:
                end = hrs.end()  # "16:40 hrs"
            elif not ((cue := _CUE.search(text, max(0, at - 16), at))
                      or _BETWEEN_AND.search(text, max(0, at - 32), at)):
                continue  # "John 3:16", "finished in 2:45", "16:40" alone: no time said
            elif _GAME_CLOCK.match(text, end):
                continue  # "at 1:45 of the seventh round": a game's clock
            elif (cue is not None and cue.group().lower().startswith("from")
                  and _FROM_PAIR_AFTER.match(text, end)):
                continue  # "from 2:01 to 2:00": a record, odds, verses
        hedge, start = _hedge(text, at)
        yield _found(start, end, hour * 60 + minute, zone, hedge)


def _word_times(text: str) -> Iterator[Found]:
    for m in _WORDS.finditer(text):
        at = m.start()
        if not _WORD_CUE.search(text, max(0, at - 12), at):
            continue
        minute = 12 * 60 if m.group("noon") else 0
        start = at
        if text[max(0, at - 3):at].rstrip() == "12":
            start = at - 3 if text[at - 3:at - 1] == "12" else start  # "12 noon"
        hedge, start = _hedge(text, start)
        after = _AFTER.match(text, m.end())
        zone, said = _zone_of(after)
        yield _found(start, after.end() if said else m.end(), minute, zone, hedge)


def moment_key(key: tuple) -> tuple:
    """The key of a time as one moment: a zone of one known offset read in UTC ("16:40 UTC+1",
    "15:40 GMT" and "16:40 CET" are one moment, "15:40 UTC"), so that one moment written in two
    zones is one fact; a time without a zone, in a zone with summer time unsaid ("ET") or in one
    not known keeps its own."""
    zone = key[1]
    offsets = _offsets(zone) if zone else None
    if offsets is None or len(offsets) != 1:
        return key
    return ("time", "GMT", round(key[2] - offsets[0] * 60) % DAY)


def _utc(minute: float, offsets: tuple[float, ...]) -> list[float]:
    return [minute - offset * 60 for offset in offsets]


def times_conflict(a: Found, b: Found) -> bool:
    """Whether two times about the same thing cannot both be right: compared within a zone (no
    zone is the story's own), or across two zones of known offsets in UTC; never a time without a
    zone against one with one, nor a zone not known against another."""
    za, zb = a.key[1], b.key[1]
    if za == zb:
        return _apart([(a.low, a.high)], [(b.low, b.high)])
    oa, ob = (_offsets(za) if za else None), (_offsets(zb) if zb else None)
    if oa is None or ob is None:
        return False
    spans_a = [(lo, hi) for lo, hi in zip(_utc(a.low, oa), _utc(a.high, oa), strict=True)]
    spans_b = [(lo, hi) for lo, hi in zip(_utc(b.low, ob), _utc(b.high, ob), strict=True)]
    return _apart(spans_a, spans_b)


def _apart(spans_a: list[tuple[float, float]], spans_b: list[tuple[float, float]]) -> bool:
    """Whether no span of a meets a span of b, on a clock of DAY minutes (23:50 meets 00:10 +
    a day)."""
    for lo_a, hi_a in spans_a:
        for lo_b, hi_b in spans_b:
            for shift in (-DAY, 0, DAY):
                if not (hi_a < lo_b + shift or hi_b + shift < lo_a):
                    return False
    return True
