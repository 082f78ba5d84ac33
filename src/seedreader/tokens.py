"""Splitting text into diff tokens and the keys that decide when two tokens count as equal.

A token is a word (``co-ordination`` and ``Trump’s`` are one), a whole number (``40,000`` ``50%``
``50 per cent`` ``22–23`` ``2.5`` ``23rd``), an abbreviation (``U.S.``), a punctuation character
(or a run of a repeated one such as ``---`` or ``...``), or a run of whitespace. Concatenating
the tokens of a text gives the text back exactly.

A token's *key* erases differences that do not matter to a reader comparing two reports: curly vs
straight quotes, letter case, ``per cent`` vs ``percent`` vs ``%``, hyphenation (``co-ordination``),
common UK/US spellings, the kind of whitespace. Tokens with equal keys are aligned as equal, but
the original text of each side is always kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NUMBER = r"\d+(?:[.,:/–—‐-]\d+)*"
_PERCENT = r"(?:\s?%|\s*per\s?cent\b|\s*percent\b)"
# Most frequent first (spaces, words); an abbreviation and "per cent" before plain words.
TOKEN_RE = re.compile(
    r"\s+"
    r"|(?:[^\W\d_]\.){2,}"
    r"|\bper\s?cent\b"
    r"|[^\W\d_][^\W_]*(?:['’‐-][^\W_]+)*"
    rf"|{_NUMBER}(?:{_PERCENT}|(?:st|nd|rd|th|s)\b)?"
    r"|[^\W_]+(?:['’‐-][^\W_]+)*"
    r"|-{2,}|={2,}|\.{2,}|\*{2,}|~{2,}|#{2,}|\+{2,}|/{2,}|!{2,}|\?{2,}|_+|[^\w\s]",
    re.IGNORECASE,
)

FOLD = str.maketrans({
    "’": "'", "‘": "'", "‛": "'", "`": "'", "´": "'", "′": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "…": "...",
})

# UK spellings that a US-spelled copy of the same wire story would change. Suffix rules below
# handle -ise/-isation/-yse; words where a rule would be wrong ("four" -> "for") stay out.
_UK_US = {
    "colour": "color", "favour": "favor", "honour": "honor", "labour": "labor",
    "neighbour": "neighbor", "behaviour": "behavior", "harbour": "harbor", "rumour": "rumor",
    "endeavour": "endeavor", "vigour": "vigor", "armour": "armor", "humour": "humor",
    "centre": "center", "theatre": "theater", "metre": "meter", "litre": "liter", "fibre": "fiber",
    "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
    "programme": "program", "catalogue": "catalog", "dialogue": "dialog", "analogue": "analog",
    "travelled": "traveled", "travelling": "traveling", "traveller": "traveler",
    "cancelled": "canceled", "cancelling": "canceling", "modelled": "modeled",
    "labelled": "labeled", "fuelled": "fueled", "counselled": "counseled",
    "signalled": "signaled", "totalled": "totaled", "grey": "gray", "cheque": "check",
    "tyre": "tire", "aluminium": "aluminum", "manoeuvre": "maneuver", "judgement": "judgment",
    "ageing": "aging", "enrol": "enroll", "fulfil": "fulfill", "sceptical": "skeptical",
    "pyjamas": "pajamas", "plough": "plow", "jewellery": "jewelry", "kerb": "curb",
    "paediatric": "pediatric", "anaesthetic": "anesthetic", "oestrogen": "estrogen",
}
_OUR_SUFFIXES = ("s", "ed", "ing", "ite", "ites", "able", "ably", "ful", "al", "ally")
_ISE = re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations|er|ers)$")
_YSE = re.compile(r"(?<=[a-z]{3})ys(e|es|ed|ing)$")


def _us_spelling(word: str) -> str:
    if word.endswith("'s"):
        return _us_spelling(word[:-2]) + "'s"
    if word in _UK_US:
        return _UK_US[word]
    for suffix in _OUR_SUFFIXES:
        if word.endswith(suffix) and word[:-len(suffix)] in _UK_US:
            return _UK_US[word[:-len(suffix)]] + suffix
    word = _ISE.sub(r"iz\1", word)
    return _YSE.sub(r"yz\1", word)


@lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """The normalised form of one token (equal keys = a difference that does not matter)."""
    first = token[0]
    if first.isspace():
        return " "
    if first.isdigit():
        t = token.translate(FOLD).lower()
        t = re.sub(r"\s*(?:%|per\s?cent|percent)$", "%", t)
        return t
    if first.isalpha() or first == "_":
        if "." in token:  # an abbreviation such as U.S. or e.g.
            letters = token.replace(".", "")
            return letters.upper() if letters.isupper() else letters.lower()
        t = token.translate(FOLD).replace("-", "")
        if t.isupper() and len(t) > 1:
            return t  # NATO, US: keep apart from "us"
        t = t.lower()
        if t.startswith("per") and re.fullmatch(r"per\s?cent", t):
            return "percent"
        return _us_spelling(t) if t.isascii() else t
    return token.translate(FOLD)


def tokenize(text: str) -> list[str]:
    """The tokens of ``text``; ``"".join(tokenize(text)) == text``."""
    return TOKEN_RE.findall(text)


STOPWORDS = frozenset((
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "but", "with",
    "from", "as", "that", "this", "these", "those", "is", "are", "was", "were", "be",
    "been", "being", "has", "have", "had", "it", "its", "their", "they", "them", "he",
    "she", "his", "her", "we", "our", "us", "you", "your", "i", "my", "me", "not", "no",
    "so", "if", "than", "then", "there", "which", "who", "whom", "what", "when", "where",
    "while", "also", "would", "could", "should", "will", "can", "may", "might", "do",
    "does", "did", "about", "into", "over", "after", "before", "such", "any", "all", "some",
    "more", "most", "other", "out", "up", "said", "says", "say", "told",
))

_WORDS_RE = re.compile(
    rf"{_NUMBER}(?:{_PERCENT}|(?:st|nd|rd|th|s)\b)?|(?:[^\W\d_]\.){{2,}}|\bper\s?cent\b"
    r"|[^\W_]+(?:['’‐-][^\W_]+)*",
    re.IGNORECASE,
)
_STEMS: dict[str, str] = {}


def _stem(word: str, stem: int) -> str:
    key = token_key(word)
    if key.lower() in STOPWORDS:
        return ""
    return key if key[0].isdigit() else key.removesuffix("'s")[:stem]


def match_text(paragraph: str, stem: int = 6, limit: int | None = None) -> str:
    """A paragraph reduced to what pairing paragraphs should look at.

    Content words only (no stopwords), keys instead of spellings, words cut to ``stem`` letters so
    that "collaborate" meets "collaborating" — a crude stemmer, but a fast one. ``limit``: at
    most that many words (from the start), so scoring stays cheap on enormous paragraphs.
    """
    stems = _STEMS if stem == 6 else {}
    out = []
    for word in _WORDS_RE.findall(paragraph):
        s = stems.get(word)
        if s is None:
            if len(stems) > 200_000:
                stems.clear()
            s = stems[word] = _stem(word, stem)
        if s:
            out.append(s)
            if limit is not None and len(out) >= limit:
                break
    return " ".join(out)
