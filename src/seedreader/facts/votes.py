"""Votes: how a court, a chamber or a board split ("the court ruled 5-4", "voted 52-48", "a 7-2
majority", "by a vote of 5-4", "by 215 votes to 207", "215 in favour and 207 against", "voted
seven to two").

A vote is a figure of its own (kind "vote"): two numbers, the larger first ("5-4"), that one body
cast on one question. Two numbers joined by a hyphen are a vote only with a word of voting right
before them (a verb, "by a vote of") or after them ("decision", "majority"), and never when a unit
or a counted noun follows (a range: "5-10 people", "10-15%"); dates, times and ranges claimed
first are never read again ("22-23 January").
"""

from __future__ import annotations

import re

from .figures import _plural
from .found import Found, Spans
from .numbers import UNIT_WORDS, UNITS
from .words import STOPWORDS, as_ignorecase, fold, lowered, match_key

_N = r"\d{1,3}(?:,\d{3})?"
# Two numbers joined by a hyphen or a dash ("5-4", "52–48"), not part of a longer run ("1-2-3",
# "2019-20", "5-4/3").
_PAIR = re.compile(rf"(?<![\w.,/:–—-])(?P<a>{_N})[^\S\n]?[-–—][^\S\n]?(?P<b>{_N})"
                   r"(?![\w/:]|[.,]\d|[^\S\n]?[-–—][^\S\n]?\d)")
# "voted 52 to 48", "ruled 5 to 4": "to" joins them only right after a verb of voting.
_TO_PAIR = re.compile(rf"(?<![\w.,])(?P<a>{_N})[^\S\n]+to[^\S\n]+(?P<b>{_N})(?![\w:/-]|[.,]\d)")
_VOTE_VERBS = "voted|votes|vote|ruled|rules|decided|split|splits"
_TO_BEFORE = re.compile(rf"\b(?:{_VOTE_VERBS})[^\S\n]+$", re.IGNORECASE)
# "voted seven to two", "split seven to two": in words, found at " to " (a literal, fast to scan
# for) and read back to the verb (an adverb may stand between: "voted narrowly five to four").
_WORD_TO = re.compile(rf" to[^\S\n]+(?P<b>{UNIT_WORDS})\b(?![-–])")  # (in as_ignorecase(low))
_WORD_TO_BEFORE = re.compile(rf"\b(?:{_VOTE_VERBS})[^\S\n]+(?:[a-z]+ly[^\S\n]+)?(?P<a>{UNIT_WORDS})$",
                             re.IGNORECASE)
# "by 215 votes to 207", "215 votes to 207 against".
_VOTES_TO = re.compile(rf"(?<![\w.,])(?P<a>{_N})[^\S\n]+votes?[^\S\n]+(?:to|against)[^\S\n]+"
                       rf"(?P<b>{_N})(?![\w:/-]|[.,]\d)", re.IGNORECASE)
# "215 in favour and 207 against", "12 for, 3 against".
_FOR_AGAINST = re.compile(rf"(?<![\w.,])(?P<a>{_N})[^\S\n]+(?:votes?[^\S\n]+)?(?:in[^\S\n]+favou?r|for)"
                          rf"(?:[^\S\n]*,|[^\S\n]+and|[^\S\n]+to|[^\S\n]+with)?[^\S\n]+(?P<b>{_N})"
                          r"[^\S\n]+(?:votes?[^\S\n]+)?against\b", re.IGNORECASE)
# A word of voting before the numbers: a verb ("ruled", "voted", "passed the bill"; an adverb may
# stand between, "ruled narrowly") or a noun with "of" ("by a vote of", "a margin of").
_VOTE_BEFORE = re.compile(
    r"\b(?:vot(?:ed|es|e|ing)|rul(?:ed|es|ing)|decided|decides|split|splits|passed|passes"
    r"|approved|approves|rejected|rejects|upheld|upholds|overturned|overturns|struck[^\S\n]+down"
    r"|strikes[^\S\n]+down|backed|backs|endorsed|endorses|confirmed|confirms|affirmed|affirms"
    r"|reversed|reverses|sided|adopted|adopts|carried|acquitted|convicted"
    r"|(?:vote|margin|tally|majority)[^\S\n]+(?:of|was|is|stood[^\S\n]+at|ended))"
    r"(?:[^\S\n]+[a-z]+ly)?"
    r"(?:[^\S\n]+(?:the|a|an|its|their|his|her)(?:[^\S\n]+[a-z]+){0,2})?[^\S\n]+$", re.IGNORECASE)
# A noun of voting after them: "a 7-2 majority", "the 5-4 decision".
_VOTE_AFTER = re.compile(r"[^\S\n]+(?:narrow[^\S\n]+)?(?:decision|ruling|vote|votes|majority|verdict"
                         r"|judg(?:e)?ment|opinion|split|margin|tally)\b", re.IGNORECASE)
# After the numbers, what makes them a range or a score of something else: a unit, a scale, a
# time of day ("5-10 people" is told by its counted noun, below).
_NOT_VOTE_AFTER = re.compile(
    r"[^\S\n]?(?:%|per[^\S\n]?cent\b|percent\b|pp\b|points?\b|times\b|years?\b|months?\b|weeks?\b"
    r"|days?\b|hours?\b|minutes?\b|seconds?\b|million\b|billion\b|thousand\b|bn\b|[ap]\.?m\b"
    r"|[-–][^\S\n]?(?:year|month|week|day|hour|minute|second|point|metre|meter|mile)s?\b"
    r"|[^\S\n]?(?:GMT|UTC|BST|CET|ET)\b)", re.IGNORECASE)
_VOTE_NOUNS = frozenset({"votes", "decisions", "rulings", "majorities", "verdicts", "opinions",
                         "judgments", "judgements", "splits", "margins"})
_LOOK_BACK = 60  # characters searched for a word of voting before the numbers


def _number(raw: str) -> int:
    return int(raw.replace(",", ""))


def _vote(start: int, end: int, a: str, b: str) -> Found:
    x, y = _number(a), _number(b)
    big, small = max(x, y), min(x, y)
    return Found("vote", start, end, f"{big}-{small}", key=("vote", big, small), low=big, high=big)


_NEXT_WORDS = re.compile(r"[^\S\n]+([^\W\d_][\w’'-]*)(?:[^\S\n]+([^\W\d_][\w’'-]*))?")
_ADJECTIVES = frozenset({"new", "more", "other", "additional", "extra", "further"})


def _counted_after(text: str, end: int) -> bool:
    """Whether a plural noun (not of voting) follows the numbers, an adjective or none between:
    "20-30 new homes", "5-10 people" are ranges."""
    m = _NEXT_WORDS.match(text, end)
    for word in m.groups() if m else ():
        if word is None:
            break
        low = fold(word)
        if low in _ADJECTIVES:
            continue
        return low not in STOPWORDS and low not in _VOTE_NOUNS and _plural(low)
    return False


def find_votes(text: str, taken: list[tuple[int, int]], runs: list[int], low: str | None = None
               ) -> list[Found]:
    """The votes of a text, in order; ``taken``: spans (dates, times, URLs) to stay out of;
    ``runs``: where its runs of digits start (``numbers.digit_runs``), where a vote may;
    ``low``: ``lowered(text)``, when the caller has it."""
    claimed = Spans(taken)
    found: list[Found] = []
    for at in runs:
        for pattern in (_VOTES_TO, _FOR_AGAINST, _PAIR, _TO_PAIR):
            if (m := pattern.match(text, at)) is None:
                continue
            s, e = m.span()
            if not claimed.free(s, e):
                break
            if pattern is _PAIR or pattern is _TO_PAIR:
                floor = text.rfind("\n", max(0, s - _LOOK_BACK), s) + 1 or max(0, s - _LOOK_BACK)
                before = text[floor:s]
                cue_before = (_TO_BEFORE if pattern is _TO_PAIR else _VOTE_BEFORE).search(before)
                cue_after = pattern is _PAIR and _VOTE_AFTER.match(text, e)
                if not (cue_before or cue_after) or _NOT_VOTE_AFTER.match(text, e):
                    continue
                if not cue_after and _counted_after(text, e):
                    continue  # "approved 20-30 new homes": a range of homes
            found.append(_vote(s, e, m.group("a"), m.group("b")))
            claimed.add(s, e)
            break
    for m in _WORD_TO.finditer(as_ignorecase(lowered(text) if low is None else low)):
        bm = _WORD_TO_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if bm is None or not claimed.free(bm.start("a"), m.end()):
            continue
        a, b = UNITS[match_key(bm.group("a"))], UNITS[match_key(m.group("b"))]
        if a == b or _NOT_VOTE_AFTER.match(text, m.end()) or _counted_after(text, m.end()):
            continue  # ("split two to three ways", "voted three to four times")
        found.append(_vote(bm.start("a"), m.end(), str(a), str(b)))
        claimed.add(bm.start("a"), m.end())
    found.sort(key=lambda f: f.start)
    return found
