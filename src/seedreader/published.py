"""When a source was published: INDEX.md's ``published`` read as an ISO date, maybe with a time.

One reader for every part that reads it: the reader's list (``ui.source_labels``), the corpus
report's "dated earlier" (``export.report``) and the fact tally's updates (a count that rises as
the day goes on, ``facts.updates``). Only ISO forms are read: "2026-11-21", "2026-11-21 06:58",
"2026-11-21T06:58:10", with or without a zone after the time ("Z", "+01:00", " CET"). Anything
else ("21 November 2026", "06:58" alone, which names no day) is no date: nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

# An ISO day at the start, then maybe a time of day (seconds and their fraction are read and
# dropped), then whatever follows (a zone as written: "Z", "+01:00", " CET"; or other words).
_STAMP = re.compile(r"(?P<day>\d{4}-\d{2}-\d{2})(?!\d)"
                    r"(?:[ T](?P<hour>\d{1,2}):(?P<minute>[0-5]\d)"
                    r"(?P<seconds>:[0-5]\d(?:\.\d+)?)?(?!\d))?(?P<rest>.*)", re.DOTALL)
# A zone that is a fixed offset from UTC, written right after the time.
_OFFSET = re.compile(r"(?P<sign>[+-])(?P<h>\d{2}):?(?P<m>\d{2})")
_UTC_NAMES = frozenset({"z", "utc", "gmt"})


@dataclass(frozen=True, slots=True)
class Published:
    """A published date as read: ``day`` ("2026-11-21"), ``time`` ("06:58" as written, "" when
    none; seconds dropped), ``seconds`` (":10", as written, or ""), ``zone`` (what follows the
    time, stripped: "Z", "+01:00", "CET"; or what follows a day with no time), and ``plain``:
    nothing follows but a zone written as "Z" or an offset right after the time (the forms the
    reader's list shortens)."""

    day: str
    time: str = ""
    seconds: str = ""
    zone: str = ""
    plain: bool = True

    @property
    def year(self) -> str:
        return self.day[:4]

    @property
    def month_day(self) -> str:
        return self.day[5:]

    @property
    def clock(self) -> str:
        """The time of day with two digits for the hour ("6:58": "06:58"), "" without one."""
        return self.time.zfill(5) if self.time else ""

    @property
    def offset(self) -> timedelta | None:
        """The zone as an offset from UTC ("Z", "UTC", "GMT", "+01:00", "-0500"); None for a
        zone named otherwise ("CET") or none at all (the time is local, zone unknown)."""
        if not self.time:
            return None
        if self.zone.lower() in _UTC_NAMES:
            return timedelta(0)
        found = _OFFSET.fullmatch(self.zone)
        if found is None:
            return None
        sign = -1 if found["sign"] == "-" else 1
        return sign * timedelta(hours=int(found["h"]), minutes=int(found["m"]))

    def label(self, zone: bool = False) -> str:
        """'2026-11-21 06:58' (with its zone as written when ``zone``: '2026-11-21 06:58+01:00'),
        or the day alone when it gives no time."""
        if not self.time:
            return self.day
        return f"{self.day} {self.clock}" + (_zone_suffix(self.zone) if zone and self.zone else "")


def _zone_suffix(zone: str) -> str:
    return zone if zone[0] in "+-" or zone == "Z" else f" {zone}"


def read_published(text: str) -> Published | None:
    """``text`` (INDEX.md's ``published``) read, or None when it does not start with an ISO day
    that is a real date ("2026-11-3", "2026-13-01", "Nov 3, 2026": None). An hour past 23 leaves
    the time unread (the day alone, with what follows)."""
    found = _STAMP.fullmatch(text.strip())
    if found is None:
        return None
    try:
        date.fromisoformat(found["day"])
    except ValueError:
        return None
    rest = found["rest"]
    if found["hour"] is None or int(found["hour"]) > 23:
        rest = text.strip()[len(found["day"]):]  # (the time's digits too, when unread)
        return Published(found["day"], zone=rest.strip(), plain=not rest)
    time = f"{found['hour']}:{found['minute']}"
    plain = not rest or bool(re.fullmatch(r"Z|[+-]\d{2}:?\d{2}", rest))
    return Published(found["day"], time, found["seconds"] or "", rest.strip(), plain)


def same_clock(a: Published, b: Published) -> bool:
    """Whether the times of day of ``a`` and ``b`` can be compared as written: both give one, in
    the same zone as written (or both none)."""
    return bool(a.time and b.time) and a.zone == b.zone


def on_one_footing(stamps: Sequence[Published]) -> tuple[list[tuple], list[str]]:
    """Keys that order ``stamps`` in time, and a label of each as precise as its key: by time of
    day when every stamp gives one and their zones are all written alike (a desk's "06:58",
    "13:15") or are all offsets from UTC (then compared in UTC, each labelled with its zone when
    the zones differ); else by day alone, each labelled with its day. Equal keys: moments that
    cannot be told apart."""
    if stamps and all(s.time for s in stamps):
        zones = {s.zone for s in stamps}
        if len(zones) == 1:
            return [(s.day, s.clock) for s in stamps], [s.label() for s in stamps]
        offsets = [s.offset for s in stamps]
        if all(o is not None for o in offsets):
            keys = [(datetime.fromisoformat(f"{s.day} {s.clock}") - o).isoformat()
                    for s, o in zip(stamps, offsets, strict=True)]
            return [(k,) for k in keys], [s.label(zone=True) for s in stamps]
    return [(s.day,) for s in stamps], [s.day for s in stamps]


def shortened(labels: Sequence[str]) -> list[str]:
    """Labels of one link's moments as they read best together: the time alone when every label
    is a time on one day ("06:10", "08:30"); as they are otherwise."""
    days = {label.split(" ", 1)[0] for label in labels}
    if len(days) == 1 and all(" " in label for label in labels):
        return [label.split(" ", 1)[1] for label in labels]
    return list(labels)
