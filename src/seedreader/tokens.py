"""Splitting text into diff tokens and the keys that decide when two tokens count as equal.

A token is a word (``co-ordination`` and ``Trump’s`` are one), a whole number (``40,000`` ``50%``
``50 per cent`` ``22–23`` ``2.5`` ``23rd``), an abbreviation (``U.S.``), a punctuation character
(or a run of a repeated one such as ``---`` or ``...``), a run of whitespace, or one character of
Chinese, Japanese, Korean, Thai or Lao (written without spaces between words, or, in Korean, with
particles glued to them). Concatenating the tokens of a text gives the text back exactly.

A token's *key* erases differences that do not matter to a reader comparing two reports: curly vs
straight quotes, letter case, ``per cent`` vs ``percent`` vs ``%``, hyphenation (``co-ordination``),
common UK/US spellings, accents on Latin letters (``Ramón``: wire copy often drops them), the kind
of whitespace. Tokens with equal keys are aligned as equal, but the original text of each side
is always kept.

``content_words`` gives what pairing compares. On the way it keeps the keys and tokens of the
words it sees (``_KEYS``, ``_SPACED_TOKENS``), which ``token_key`` and ``tokenize`` look up
before working them out: the word diff after pairing meets most of those words again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from itertools import chain, pairwise
from typing import TypeVar

from .caches import memo, table

V = TypeVar("V")  # what a cache of ``looked_up`` holds per key

_NUMBER = r"\d+(?:[.,:/–—‐-]\d+)*"
# "per cent" as news in English, French, Spanish, Italian, Portuguese, German and Dutch writes it
_PERCENT_WORDS = r"(?:per\s?cent|percent|pour\s?cent|p[eo]r\s?cento|por\s?ciento|prozent|procent)"
_PERCENT = rf"(?:\s?%|\s*{_PERCENT_WORDS}\b)"
# Thousands grouped by spaces of any width ("12 000", no-break, narrow no-break and thin spaces),
# as French and German write them; commas ("12,000") are in _NUMBER. (Not full stops: "12.000" is
# twelve thousand in Europe but twelve in English.)
GROUP_SPACES = " \u00a0\u202f\u2009"
# Digits grouped in thousands (the one definition: the facts read numbers with these too), a
# whole number without its decimals: by commas; by spaces; by full stops two times or more
# ("1.234.567": one, "12.000", is twelve in English)
COMMA_GROUPS = r"\d{1,3}(?:,\d{3})+"
SPACE_GROUPS = rf"\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}})+"
DOT_GROUPS = r"\d{1,3}(?:\.\d{3}){2,}"
GROUP_MARKS = "," + GROUP_SPACES  # what groups digits but the full stop
_SPACED_NUMBER = rf"{SPACE_GROUPS}(?!\d)(?:[.,]\d+)?"
# What, after a number, goes on with it as one token across a space: "%", "per cent", "000"
NUMBER_GOES_ON = re.compile(rf"{_PERCENT}|[{GROUP_SPACES}]\d{{3}}(?!\d)", re.IGNORECASE)
# Han and kana (the words a Chinese or Japanese word count counts one character each), without
# the half-width voicing marks ﾞﾟ, which sit on the kana before them.
_HAN_KANA = ("\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3038-\u303c\u3041-\u3096\u309d-\u309f"
             "\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
             "\uff66-\uff9d\U00020000-\U0003ffff")
_HALF_WIDTH_VOICING = "\uff9e\uff9f"
# Scripts written without spaces between words: each character is a token there (with the marks
# that sit on it), so that one changed character is a change of one character, not of the whole
# run. Han (with 々〆〇 and the CJK compatibility and supplementary ideographs), kana, Hangul
# syllables and jamo, Thai and Lao.
_UNSPACED = (
    "\u0e01-\u0e30\u0e32\u0e33\u0e3f-\u0e46\u0e4f-\u0e5b"  # Thai, without its marks
    "\u0e81-\u0eb0\u0eb2\u0eb3\u0ebd-\u0ec6\u0edc-\u0edf"  # Lao, likewise
    "\u1100-\u11ff\u3131-\u318e\ua960-\ua97f\uac00-\ud7ff"  # Hangul
    + _HAN_KANA + _HALF_WIDTH_VOICING
)
# Thai and Lao vowel and tone marks, kana voicing marks, the vowels and final consonants of a
# syllable spelled in conjoining jamo, variation selectors, combining accents.
_MARKS = ("\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ece\u3099\u309a"
          "\u1160-\u11ff\ud7b0-\ud7ff\ufe00-\ufe0f\U000e0100-\U000e01ef\u0300-\u036f")
# (Compiled without case folding even inside the patterns that ignore case: they match the
# same characters either way, and folding their wide sets doubles what compiling them costs,
# some 30 ms of every start.)
_CHAR_TOKEN = rf"(?-i:[{_UNSPACED}][{_MARKS}]*)"
_LETTER = rf"(?-i:[^\W\d_{_UNSPACED}])"  # a letter of a script that spaces its words
_ALNUM = rf"(?-i:[^\W_{_UNSPACED}])"
# A sum of money: a currency sign, its number and its scale ("$1.5", "€20", "£3.2bn", "$100M",
# "$1.5 billion"), one token as the facts read it, so that a changed sum is one changed token and
# "$1.5bn" is "$1.5 billion" told shorter (their keys are equal: ``_money_key``).
CURRENCY_SIGNS = "$€£¥"
_SCALE_WORDS = r"(?:billion|million|trillion|thousand)\b"
_MONEY = (rf"[{CURRENCY_SIGNS}](?:{_SPACED_NUMBER}|\d+(?:[.,]\d+)*)"
          rf"(?:(?:bn|mn|tn|[mbkt])\b|[ \u00a0]?{_SCALE_WORDS})?")
# A dollar sum after its country's capitals ("US$4.2bn", "A$3m", "HK$1bn"): one token too.
_PREFIXED_DOLLARS = rf"(?-i:[A-Z]{{1,3}})(?=\$\d){_MONEY}"
# Most frequent first (spaces, words); an abbreviation and "per cent" before plain words.
TOKEN_RE = re.compile(
    r"\s+"
    rf"|(?:{_LETTER}\.){{2,}}"
    r"|\bper\s?cent\b"
    rf"|{_PREFIXED_DOLLARS}"
    rf"|{_LETTER}{_ALNUM}*(?:['’‐-]{_ALNUM}+)*"
    rf"|(?:{_SPACED_NUMBER}|{_NUMBER})(?:{_PERCENT}|(?:st|nd|rd|th|s)\b)?"
    rf"|{_MONEY}"
    rf"|{_CHAR_TOKEN}"
    rf"|{_ALNUM}+(?:['’‐-]{_ALNUM}+)*"
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


_ISE_ENDS = tuple("is" + e for e in ("e", "es", "ed", "ing", "ation", "ations", "er", "ers"))
_YSE_ENDS = ("yse", "yses", "ysed", "ysing")
_RESPELLED_ENDS = ("'s", *_ISE_ENDS, *_YSE_ENDS)


def _uk_us_table() -> dict[str, str]:
    """Every UK word above, alone or with one of its suffixes, and its US spelling."""
    table: dict[str, str] = {}
    for suffix in ("", *_OUR_SUFFIXES):
        for uk, us in _UK_US.items():
            table.setdefault(uk + suffix, us + suffix)  # a bare word before a suffixed one
    return table


_UK_US_ALL = _uk_us_table()


def us_spelling(word: str) -> str:
    """The US spelling of one lowercase word ("colour's" -> "color's"): the diff's and the facts'."""
    us = _UK_US_ALL.get(word)  # (no word with "'s" is in the table)
    if us is not None:
        return us
    # (the endings checked first, all at once: most words have none of them)
    if word.endswith(_RESPELLED_ENDS):
        if word.endswith("'s"):
            return us_spelling(word[:-2]) + "'s"
        if word.endswith(_ISE_ENDS):
            word = _ISE.sub(r"iz\1", word)
        if word.endswith(_YSE_ENDS):
            word = _YSE.sub(r"yz\1", word)
    return word




# Accents on a Latin letter, once the word is decomposed; other scripts' marks stay (Cyrillic
# "й" is not "и", Thai vowels are letters of the word).
_LATIN_ACCENTS = re.compile(r"(?<=[A-Za-z])[\u0300-\u036f]+")


def _without_accents(word: str) -> str:
    """A word with the accents of its Latin letters off: "Ramón" -> "Ramon"."""
    return unicodedata.normalize("NFC", _LATIN_ACCENTS.sub("", unicodedata.normalize("NFD", word)))


_PERCENT_END = re.compile(rf"\s*(?:%|{_PERCENT_WORDS})$")
# A whole number with its thousands grouped (COMMA_GROUPS, SPACE_GROUPS, DOT_GROUPS), not inside
# a longer run of digits and separators ("1.234,5", "3,4,5")...
_GROUPED = re.compile(rf"(?<![\d.,]){COMMA_GROUPS}(?![\d,])|(?<![\d.,]){SPACE_GROUPS}(?!\d)"
                      rf"|(?<![\d.,]){DOT_GROUPS}(?![\d.,])")
# ...but by commas where a comma may be the decimal one: before "per cent" in a language that
# writes decimals so ("2,500 Prozent" is two and a half; "2500 Prozent" is no minor change of it)
_GROUPED_NO_COMMA = re.compile(rf"(?<![\d.,]){SPACE_GROUPS}(?!\d)"
                               rf"|(?<![\d.,]){DOT_GROUPS}(?![\d.,])")
_DECIMAL_COMMA_WORDS = re.compile(r"(?:pour\s?cent|p[eo]r\s?cento|por\s?ciento|prozent|procent)$")
_GROUP_MARKS = str.maketrans("", "", GROUP_MARKS + ".")  # (only DOT_GROUPS hold full stops)
_PER_CENT_WORD = re.compile(r"per\s?cent")
# Zeros ending a decimal of one or two places: "4.50%" is "4.5%", "$3.00" is "$3" (house style).
# Not of three places: "12.000" may be twelve thousand.
_DECIMAL_ZEROS = re.compile(r"(?<![\d.,])(\d+)\.(?:0|00|(\d)0)(?![\d.,])")


def _no_decimal_zeros(m: re.Match) -> str:
    whole, tenth = m.group(1, 2)
    return f"{whole}.{tenth}" if tenth else whole


def _caps_key(word: str) -> str:
    """The key of an all-caps word (folded, at least two letters): itself for an acronym, else
    the word's in lower case."""
    if len(word) <= ACRONYM_MAX_LETTERS and word not in _CAPITALIZED_WORDS:
        return word
    low = word.lower()
    return us_spelling(low) if low.isascii() else low


@memo(maxsize=65536)
def token_key(token: str) -> str:
    """The normalised form of one token (equal keys = a difference that does not matter)."""
    key = _KEYS.get(token)
    if key is not None:
        return key
    key = _cased_key(token)
    if key.isupper() and len(key) > 1 and "." not in token and token[0].isalpha():
        return _caps_key(key)
    return key


def _cased_key(token: str) -> str:
    """``token_key`` but that words in capitals keep them (what pairing reads acronyms from)."""
    first = token[0]
    if first.isspace():
        return " "
    if first.isdigit():
        t = token.translate(FOLD).lower()
        grouped = _GROUPED_NO_COMMA if "," in t and _DECIMAL_COMMA_WORDS.search(t) else _GROUPED
        t = _PERCENT_END.sub("%", t)
        if "," in t or not t.isalnum():  # "12,000", "12 000" and "12000" are one number
            t = grouped.sub(_ungrouped, t)
        if "0" in t and "." in t:
            t = _DECIMAL_ZEROS.sub(_no_decimal_zeros, t)
        return t
    if first.isalpha() or first == "_":
        if "$" in token:  # "US$4.2bn" is "$4.2bn"; "A$4.2bn", Australian, is not
            at = token.index("$")
            country = token[:at].lower()
            return ("" if country == "us" else country) + _money_key(token[at:])
        if "." in token:  # an abbreviation such as U.S. or e.g.
            letters = token.replace(".", "")
            return letters.upper() if letters.isupper() else letters.lower()
        t = token.translate(FOLD).replace("-", "")
        if not t.isascii():
            t = _without_accents(t)
        if t.isupper() and len(t) > 1:
            return t  # NATO, US (token_key keeps short ones apart from "us")
        t = t.lower()
        if t.startswith("per") and _PER_CENT_WORD.fullmatch(t):
            return "percent"
        return us_spelling(t) if t.isascii() else t
    if first in CURRENCY_SIGNS:
        return _money_key(token)
    key = token.translate(FOLD)
    return '"' if key == "'" else key  # a quote mark, single or double: a matter of house style


def _ungrouped(m: re.Match) -> str:
    return m.group().translate(_GROUP_MARKS)


_MONEY_SCALE = re.compile(r"\s?([a-z]+)$")
# Each scale, however it is written, as one abbreviation ("$100M", "$100m", "$100 million").
_SCALE_KEYS = {"billion": "bn", "bn": "bn", "b": "bn", "million": "m", "mn": "m", "m": "m",
               "trillion": "tn", "tn": "tn", "t": "tn", "thousand": "k", "k": "k"}


def _money_key(token: str) -> str:
    """The key of a sum of money: "$1.5bn", "$1.5B" and "$1.5 billion" are one."""
    low = token.lower()
    if "," in low or not low[1:].isalnum():  # "$12,000", "€12 000" and "$12000" are one sum
        low = low[0] + _GROUPED.sub(_ungrouped, low[1:])
    if "0" in low and "." in low:
        low = low[0] + _DECIMAL_ZEROS.sub(_no_decimal_zeros, low[1:])
    scale = _MONEY_SCALE.search(low)
    if scale is None:
        return low
    return low[:scale.start()] + _SCALE_KEYS.get(scale.group(1), scale.group(1))


# Keys that content_words worked out (``_content_of_plain``), read by token_key first: the word
# diff after pairing meets most of pairing's words again.
_KEYS: dict[str, str] = table()
# token_key(token) of a token in _KEYS, None for another: a dict lookup in C, where a caller meets
# many tokens new to token_key's own cache (the word diff's encoder).
known_key = _KEYS.get


_LONE = frozenset(",.;:!?()\"'")  # ASCII punctuation that is a token of its own next to a letter


def _word_tokens(part: str) -> tuple[str, ...]:
    """The tokens of a run of non-spaces: the pattern's, skipped for a word of ASCII letters
    alone or with one punctuation mark on either side ("(word", "word," ...), most runs."""
    if part.isascii():
        if part.isalpha():
            return (part,)
        if len(part) > 1:
            if part[-1] in _LONE:
                if part[:-1].isalpha():
                    return (part[:-1], part[-1])
                if len(part) > 2 and part[0] in _LONE and part[1:-1].isalpha():
                    return (part[0], part[1:-1], part[-1])
            elif part[0] in _LONE and part[1:].isalpha():
                return (part[0], part[1:])
    return tuple(TOKEN_RE.findall(part))


def _spaced_word_tokens(part: str) -> tuple[str, ...]:
    return (*_word_tokens(part), " ")


def _piece_tokens(part: str) -> tuple[str, ...]:
    return (part,) if part[:1].isspace() else _word_tokens(part)


def looked_up(cache: dict[str, V], keys: list[str], make: Callable[[str], V]) -> list[V]:
    """``[make(k) for k in keys]``, each distinct key made once and kept in ``cache``.

    The lookups run in C (``map``, ``list.index``); Python runs once per key not in the cache.
    Worker threads share the caches, and another thread may clear one at any time: a key is
    read from ``cache`` once, and what this call made it keeps in ``found``."""
    found = list(map(cache.get, keys))
    end = len(found)
    found.append(None)  # (where the search for a key not made yet ends: no exception)
    index = found.index
    k = index(None)
    if k == end:  # every key known (once warm, most calls)
        found.pop()
        return found
    if len(cache) > 200_000:
        cache.clear()
    while k < end:
        key = keys[k]
        value = cache.get(key)  # (made for an earlier place in ``keys``)
        if value is None:
            value = cache[key] = make(key)
        found[k] = value
        k = index(None, k + 1)
    found.pop()
    return found


_SPACES = re.compile(r"(\s+)")
# A space next to another whitespace character (the literal space first: found fast).
_SPACE_BY_SPACE = re.compile(r" (?:(?=\s)|(?<=\s ))")
_PIECE_TOKENS: dict[str, tuple[str, ...]] = table()
# A run's tokens and a space (content_words keeps them too, for the plain words, whole numbers
# and words wrapped in one mark that it sees).
_SPACED_TOKENS: dict[str, tuple[str, ...]] = table()


# Wherever a token of TOKEN_RE may hold whitespace between other characters: "per cent" and
# figures ("50 per cent", "50 percent", "50 %", "50 pour cent", "12 000").
_WHITESPACE_IN_TOKEN = re.compile(
    rf"p(?:e|ou)r\s+cent|por\s+ciento|\d\s+(?:%|per|pour|por|prozent|procent)|\d[{GROUP_SPACES}]\d{{3}}(?!\d)"
    rf"|[{CURRENCY_SIGNS}]\d[\d.,]*[ \u00a0]{_SCALE_WORDS}", re.IGNORECASE)
# Words that may end such a token (in lower case), looked for before the pattern above
_IN_TOKEN_WORDS = ("cent", "illion", "housand", "ciento", "rozent", "rocent")
_DIGIT_GROUP = re.compile(rf"\d[{GROUP_SPACES}]\d\d\d")  # (a cheap test for "12 000")
# The same in ASCII text (where \d is 0-9 and the space the one group space): a pattern that starts
# with a set of characters, which the regex engine skips to in C, twice as fast on long text.
_ASCII_DIGIT_GROUP = re.compile(r"[0-9] [0-9]{3}")
_PLAIN_DIGIT_GROUP = re.compile(r"\d \d\d\d")


# Words after which a number names something rather than counts it ("Ward 7", "May 15", "Route
# 66"): a plain space and three digits after such a number are the next number, not its thousands
# ("In Ward 7 312 ballots were spoiled", "On May 15 200 protesters marched"). Any capitalized
# word but the first of a sentence is one too (a name, a label); _NAMING_WORDS (below) are the
# ones in lower case or first in a sentence: months (English, French, Spanish, German, Italian)
# and labels.
_SENTENCE_ENDS = frozenset('.!?:;"“”«»()[]')
# A token of a number grouped by one plain space: its first part ("7" of "7 312"; two groups or
# more, "1 200 000", are one number after any word)
_PLAIN_GROUPED = re.compile(r"\d{1,3}(?= \d{3}(?! \d{3}))")


def _naming(tokens: list[str], k: int) -> bool:
    """Whether a number right after ``tokens[:k]`` names something (see ``_NAMING_WORDS``):
    the word before it is a month, a label, or a capitalized word that starts no sentence."""
    if k < 2 or tokens[k - 1] != " ":
        return False
    word = tokens[k - 2]
    if not word[0].isalpha():
        return False
    if word.lower().rstrip(".") in _NAMING_WORDS:
        return True
    if not word[0].isupper() or word.isupper() and len(word) > 1:
        return False  # (a word in capitals: a headline)
    before = tokens[k - 3] if k >= 3 else ""  # the space before the word, if any
    if before and before.isspace() and before != "\n" and "\n" not in before and k >= 4:
        return tokens[k - 4][-1:] not in _SENTENCE_ENDS
    return False


def _split_naming(tokens: list[str]) -> list[str]:
    """``tokens`` with each number grouped by plain spaces whose first part names something
    (``_naming``) cut after that part: "7 312" after "Ward" is two numbers."""
    out: list[str] = []
    for token in tokens:
        if token[0].isdigit() and " " in token and (m := _PLAIN_GROUPED.match(token)) \
                and _naming(out, len(out)):
            out += [m.group(), " "]
            out += TOKEN_RE.findall(token[m.end() + 1:])
        else:
            out.append(token)
    return out


def tokenize(text: str) -> list[str]:
    """The tokens of ``text``; ``"".join(tokenize(text)) == text``."""
    # (a text with "%" goes the pattern's way whatever else it holds: on vim's help, full of
    # them, tokenizing its runs between spaces was slower, caches empty)
    if "%" in text or (any(map(text.lower().__contains__, _IN_TOKEN_WORDS))
                       or (_ASCII_DIGIT_GROUP if text.isascii() else _DIGIT_GROUP).search(text)
                       ) and _WHITESPACE_IN_TOKEN.search(text):
        tokens = TOKEN_RE.findall(text)  # "50 per cent", "50 %": a token across a space
        return _split_naming(tokens) if _PLAIN_DIGIT_GROUP.search(text) else tokens
    # Otherwise no token holds whitespace ("recent", "percent", "centre" keep to their runs):
    # each run of non-spaces is tokenized once and kept (words repeat: cheaper than the
    # pattern over the whole text).
    # Words between single spaces, the common case: each space is a token, and the runs between
    # them are tokenized alone (a line break inside one too: "LICENSE\nVersion"). Every
    # whitespace character but the space is unprintable, so a printable text without "  " has
    # no space next to another whitespace character (which would make one token with it).
    # A space at either end is a run of its own too: it cuts an empty part off, whose tokens
    # are the space alone (the middle of a diffed block starts with one: see worddiff._trim).
    parts = text.split(" ")
    if "  " not in text if text.isprintable() else not _SPACE_BY_SPACE.search(text):
        found = looked_up(_SPACED_TOKENS, parts, _spaced_word_tokens)
        out = list(chain.from_iterable(found))
        out.pop()  # the space after the last word
        return out
    # ("" at either end when the text starts or ends with a space)
    found = looked_up(_PIECE_TOKENS, _SPACES.split(text), _piece_tokens)
    return list(chain.from_iterable(found))


# Words so common that an equal run of one of them between two changes joins them (worddiff).
GLUE_WORDS = frozenset((
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "but", "with",
    "from", "as", "that", "this", "these", "those", "is", "are", "was", "were", "be",
    "been", "being", "has", "have", "had", "it", "its", "their", "they", "them", "he",
    "she", "his", "her", "we", "our", "us", "you", "your", "i", "my", "me", "not", "no",
    "so", "if", "than", "then", "there", "which", "who", "whom", "what", "when", "where",
    "while", "also", "would", "could", "should", "will", "can", "may", "might", "do",
    "does", "did", "about", "into", "over", "after", "before", "such", "any", "all", "some",
    "more", "most", "other", "out", "up", "said", "says", "say", "told",
))

# All-caps words of at most this many letters are acronyms ("US", "WHO", "CIA"), kept apart from
# the word in lower case; longer ones are headlines and labels set in capitals ("STORM BATTERS
# COAST", "MEXICO CITY", "NATO" and "Nato"), the same words as in any other case.
ACRONYM_MAX_LETTERS = 3
# Short words set in capitals in headlines that are no acronym ("THE", "AND", "OF"): the function
# words, but those that are acronyms too.
# Function words that are acronyms too: in capitals, always the acronym.
ACRONYM_WORDS = frozenset({"US", "IT", "WHO"})
_CAPITALIZED_WORDS = frozenset(w.upper() for w in GLUE_WORDS
                               if 1 < len(w) <= ACRONYM_MAX_LETTERS) - ACRONYM_WORDS


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# (the words of _naming: see its comment above)
_NAMING_WORDS = _wordset("""
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre
    décembre decembre enero febrero marzo abril mayo junio julio agosto septiembre setiembre
    octubre noviembre diciembre januar jänner februar märz maerz juni juli oktober dezember
    gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
    ward room route page no nr number article section chapter district precinct platform gate
    flight line row seat figure table item paragraph level stage phase round game week day
    highway road street lane bus apartment flat unit box exit pier terminal bay block zone
    """)


# Words that carry no content for pairing: function words, reporting verbs ("said", "stated",
# "told": every paragraph of a news story has them), vague time words. Keys are lower case.
STOPWORDS = _wordset("""
    a an the of to in on at by for and or but nor with from as that this these those is are was were
    be been being am has have had having it its itself their theirs they them themselves he him his
    himself she her hers herself we our ours us you your yours i my me mine not no so if than then
    there here which who whom whose what when where why how while also would could should will shall
    can cannot may might must do does did doing done about into onto over under after before during
    since until such any all some more most other others out up down off again once just only very
    too even still yet already both each either neither every few many much own same several per
    via amid amidst among against between through throughout toward towards within without upon
    however meanwhile moreover furthermore additionally also though although because whether well
    said says say saying told tells tell stated added adds noted notes mentioned according
    asked reported claimed insisted explained described called indicated revealed reiterated
    mr mrs ms dr st one including include includes
    make makes made making take takes took taken get gets got go goes going gone went come comes
    came put set keep keeps kept seem seems seemed remain remains remained become became stand
    stands standing way ways thing things part lot kind really quite rather almost around away
    back ever never always often perhaps maybe possible able like use used want wants wanted need
    needs needed know knew think thought see saw seen look looks far seek seeks seeking sought
""")

# Paraphrases common in news copy: each word stands for the first of its group, so "reduction"
# meets "drop" and "fatalities" meets "deaths". Kept small and general on purpose.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("drop", "reduction", "reduce", "reduced", "decrease", "decreased", "fall", "fell", "fallen",
     "falling", "decline", "declining", "lower", "plunge", "plummet", "slump", "shrink", "dip"),
    ("rise", "rose", "risen", "increase", "increased", "growth", "grow", "grew", "jump", "surge",
     "climb", "soar", "spike"),
    ("death", "dead", "die", "died", "fatality", "fatalities", "killed", "killing", "fatal"),
    ("drug", "narcotic", "narcotics"),
    ("call", "phone", "telephone", "conversation", "phonecall"),
    ("meet", "meeting", "met", "summit"),
    ("discuss", "discussion", "talks", "negotiation", "negotiate"),
    ("cooperation", "cooperate", "collaboration", "collaborate", "coordination", "coordinate"),
    ("help", "assistance", "assist", "aid"),
    ("intervention", "intervene", "incursion", "interference"),
    ("troops", "soldiers", "forces", "army"),
    ("strike", "attack", "raid", "bombing"),
    ("conference", "briefing"),
    ("capture", "captured", "seize", "seized", "seizure", "detain", "detained", "arrest",
     "arrested"),
    ("weapon", "weapons", "arms", "firearms", "guns"),
    ("minister", "secretary"),
    ("reject", "rejected", "refuse", "refused", "rebuff", "rebuffed", "dismiss", "dismissed"),
    ("agreement", "deal", "accord", "pact", "treaty"),
    ("position", "stance", "view", "views", "opinion"),
    ("US", "USA", "America"),
)
# Prefixes that make one word with what follows ("co-operation" is "cooperation"); other
# hyphenated words count as their parts ("non-intervention", "drug-related", "year-on-year").
_GLUED = _wordset("co re pre multi inter sub semi bi tri mid post e")

_WORDS_RE = re.compile(
    rf"{_NUMBER}(?:{_PERCENT}|(?:st|nd|rd|th|s)\b)?|(?:{_LETTER}\.){{2,}}|\bper\s?cent\b"
    rf"|(?:{_CHAR_TOKEN})+|{_ALNUM}+(?:['’‐-]{_ALNUM}+)*",
    re.IGNORECASE,
)
_UNSPACED_CHAR = re.compile(_CHAR_TOKEN)
# A word for counting: a Han or kana character (Chinese and Japanese word counts count
# characters; not Hangul, which Korean spaces by words), else a run of other characters that
# are not spaces, nor the ideographic space and punctuation (、。「」！) those scripts use.
_WIDE_PUNCTUATION = "\u3000-\u3004\u3008-\u3020\uff01-\uff0f\uff1a-\uff20"
COUNTED_WORD = re.compile(
    rf"[{_HAN_KANA}][{_MARKS}{_HALF_WIDTH_VOICING}]*|[^\s{_HAN_KANA}{_WIDE_PUNCTUATION}]+")
_UNITED_STATES = re.compile(r"\bUnited\s+States\b")
# As the tokens have it: "50%", "50 %", "50 per cent", "50 Percent" are one figure.
_PER_CENT = re.compile(rf"(?<=\d)(?:\s?%|\s*{_PERCENT_WORDS}\b)", re.IGNORECASE)
_PERCENT_HINTS = ("cent", "ciento", "rozent", "rocent")  # in every word of _PERCENT_WORDS
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)$")
_HYPHEN = re.compile(r"[-‐]")
_RANGE_MARK = re.compile(r"[-–/:]")
_SUFFIXES = ("ings", "ing", "edly", "ed", "es", "s", "ly")
_DOUBLING = ("ings", "ing", "edly", "ed")  # after which a doubled consonant is one
# The suffixes above by their last letter, in the same order: the ones a word may end with.
_SUFFIXES_BY_LAST = {last: tuple(s for s in _SUFFIXES if s[-1] == last) for last in "sgyd"}


def stem(word: str) -> str:
    """A crude, consistent stem of a lower-case word: "meetings" and "meet", "planned" and "plan",
    "trafficking" and "traffic", "coordination" and "coordinate" meet; at most six letters."""
    w = word
    suffixes = _SUFFIXES_BY_LAST.get(w[-1:])  # (one lookup: most words end in none of them)
    if suffixes is not None and w.endswith(suffixes):  # ("ies" too)
        if suffixes[0] == "ings" and w.endswith("ies") and len(w) > 4:
            w = w[:-3] + "y"
        else:
            for suffix in suffixes:
                if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                    if suffix in ("s", "es") and w.endswith(("ss", "us", "is")):
                        break
                    w = w[:-len(suffix)]
                    if suffix in _DOUBLING and w[-1] == w[-2] and w[-1] not in "lsz":
                        w = w[:-1]  # planned -> plan, dropping -> drop
                    break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w[:6]


def _synonym_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for group in SYNONYMS:
        head = group[0] if group[0].isupper() else stem(group[0])
        for word in group:
            table[word if word.isupper() else stem(word.lower())] = head
    return table


_SYNONYM = _synonym_table()
_STOP_STEMS = frozenset(stem(w) for w in STOPWORDS if "'" not in w)
# What ``_stem_of`` gives for a stem other than (stem,): nothing, or the head of its synonyms.
_STEM_CONTENT = {**{s: (head,) for s, head in _SYNONYM.items()}, **dict.fromkeys(_STOP_STEMS, ())}
_CONTENT: dict[str, tuple[str, ...]] = table()


def _content_of(word: str) -> tuple[str, ...]:
    """The content stems of one word as the pattern found it (none for a stopword)."""
    if ("-" in word or "‐" in word) and word[0].isalpha():
        parts = _HYPHEN.split(word)
        if parts[0].lower() not in _GLUED:
            return tuple(s for part in parts if part for s in _content_of(part))
    key = _cased_key(word) if word.isupper() else token_key(word)
    if key[0].isdigit():
        key = _ORDINAL.sub("", key.replace(",", ""))
        parts = _RANGE_MARK.split(key) if "-" in key or "/" in key or ":" in key else ()
        # "22–23" also holds 22 and 23, so that it meets "the 23rd"
        return (key, *(p for p in parts if p and p != key))
    if key.isupper() and len(key) <= 5:  # an acronym: NATO, US (not "us")
        return (_SYNONYM.get(key, key),)
    return _stem_of(key.lower().removesuffix("'s"))


def _stem_of(key: str) -> tuple[str, ...]:
    """The content stem of a lower-case word key: none for a stopword or a single letter (list
    markers, initials), else its stem or the head of its synonyms."""
    if key in STOPWORDS or len(key) < 2:
        return ()
    s = stem(key)
    content = _STEM_CONTENT.get(s)
    return (s,) if content is None else content


def _bigrams(run: str) -> list[str]:
    """The words of a run of a script without spaces: its overlapping pairs of characters (how
    search engines index Chinese or Japanese without a dictionary); a lone character itself."""
    chars = _UNSPACED_CHAR.findall(run)
    return chars if len(chars) == 1 else [a + b for a, b in pairwise(chars)]


def _content_of_plain(word: str) -> tuple[str, ...]:
    """``_content_of(word)`` for a word of ASCII letters only (most words), without its
    detours: no hyphen, no digit, nothing for ``token_key`` to fold but case."""
    # The word diff meets most of these words next: their tokens and keys are kept for it.
    _SPACED_TOKENS[word] = (word, " ")
    if word.isupper() and len(word) > 1:
        _KEYS[word] = _caps_key(word)
        if len(word) <= 5:  # an acronym: NATO, US (not "us")
            return (_SYNONYM.get(word, word),)
        key = word.lower()  # (token_key keeps long capitals as they are: no US spelling)
        return _stem_of(key)
    low = word.lower()
    # us_spelling respells only the words of its table and some endings, all with "is" or "ys"
    # in a word of letters (the substring tests are cheaper than endswith's 13 endings)
    key = _KEYS[word] = us_spelling(low) if low in _UK_US_ALL or (
        ("is" in low or "ys" in low) and low.endswith(_RESPELLED_ENDS)) else low
    if low != word:  # "Program": the content of "program" if known (its own piece, same key)
        content = _CONTENT.get(low)
        if content is not None:
            return content
    return _stem_of(key)


# Around a word, characters that are never part of a word the content pattern finds.
_WRAPPING = "\"'()[]{},.;:!?*“”‘’«»<>`"
# Words of ASCII letters joined by hyphens or slashes: "machine-readable", "and/or", "it--as".
_COMPOUND = re.compile(r"[A-Za-z]+(?:(?:-+|/+)[A-Za-z]+)+")
_COMPOUND_SPLIT = re.compile(r"--+|/+")  # (what the content pattern does not join)


def _plain_content(word: str) -> tuple[str, ...]:
    """``_content_of_plain(word)``, kept under the bare word."""
    words = _CONTENT.get(word)
    if words is None:
        words = _CONTENT[word] = _content_of_plain(word)
    return words


def _compound_content(core: str) -> tuple[str, ...]:
    """``_content_of_piece`` of a ``_COMPOUND``: each word's, a hyphenated one as ``_content_of``
    has it (its parts', or, after a prefix such as "co", the word's without hyphens)."""
    out: list[str] = []
    for word in _COMPOUND_SPLIT.split(core):
        parts = word.split("-")
        if len(parts) > 1 and parts[0].lower() in _GLUED:
            out += _plain_content(word.replace("-", ""))
        else:
            for part in parts:
                out += _plain_content(part)
    return tuple(out)


def _keep_wrapped_tokens(piece: str, core: str) -> None:
    """Keeps ``_spaced_word_tokens(piece)`` for tokenize, where ``core`` (``piece`` without its
    wrapping) is one token, a word of ASCII letters or a whole number, and the wrapping is the
    common kind: one mark of ``_LONE`` after it, before it, or on each side ("Program,", "(1)").
    The word diff meets many of these pieces again."""
    last = piece[-1]
    if len(piece) - len(core) == 1:
        if last in _LONE:  # (a letter or digit when the mark is before the core)
            _SPACED_TOKENS[piece] = (core, last, " ")
        elif (first := piece[0]) in _LONE:
            _SPACED_TOKENS[piece] = (first, core, " ")
    elif len(piece) - len(core) == 2 and last in _LONE and (first := piece[0]) in _LONE:
        _SPACED_TOKENS[piece] = (first, core, last, " ")


def _content_of_piece(piece: str) -> tuple[str, ...]:
    """The content words of one run of non-spaces (``content_words``), with shortcuts for the
    common kinds of words; keeps the tokens of some kinds for tokenize."""
    core = piece.strip(_WRAPPING)
    if core.isascii():  # shortcuts for the common kinds of words
        if core.isalpha():  # (_plain_content, inline: most pieces)
            if core is piece:  # a bare word: content_words looked it up just now, and keeps it
                return _content_of_plain(core)
            _keep_wrapped_tokens(piece, core)
            # (kept under the bare word too: "Program," "Program." and "(Program" share it)
            words = _CONTENT.get(core)
            if words is None:
                words = _CONTENT[core] = _content_of_plain(core)
            return words
        if core.isdigit():  # "1991", "(2)", "3."
            if core is piece:
                _SPACED_TOKENS[piece] = (piece, " ")
            else:
                _keep_wrapped_tokens(piece, core)
            return (core,)
        if _COMPOUND.fullmatch(core):
            return _compound_content(core)
    if core.endswith(("'s", "’s")) and (word := core[:-2]).isalpha() and word.isascii():
        return _plain_content(word.lower())  # "Program's", "Mexico’s" as "program", "mexico"
    out: list[str] = []
    for word in _WORDS_RE.findall(piece):
        if _UNSPACED_CHAR.match(word):
            out.extend(_bigrams(word))
        else:
            out.extend(_content_of(word))
    return tuple(out)


def content_words(paragraph: str, limit: int | None = None) -> list[str]:
    """The content words of a paragraph, in order: what pairing paragraphs looks at.

    Stopwords dropped; keys instead of spellings (quotes, case, "per cent", UK/US spelling);
    crude stems (``stem``); common news paraphrases as one word (``SYNONYMS``); "United
    States", "U.S." and "US" as one word; numbers without thousands separators and ordinal
    endings, a range also as its ends; in scripts without spaces, pairs of characters.
    ``limit``: at most that many words (from the start), so scoring stays cheap on enormous
    paragraphs. Keeps the keys and tokens of the words it sees for the word diff (see the
    module's docstring).
    """
    if len(_KEYS) > 200_000:  # (bounds what _content_of_plain keeps for the word diff)
        _KEYS.clear()
        _SPACED_TOKENS.clear()
    if "United" in paragraph:
        paragraph = _UNITED_STATES.sub("US", paragraph)
    if "%" in paragraph or any(map(paragraph.lower().__contains__, _PERCENT_HINTS)):
        paragraph = _PER_CENT.sub("%", paragraph)
    # Whitespace-separated pieces, each looked up once: far cheaper than a regex over the text.
    pieces = paragraph.split()
    if limit is None or len(pieces) <= limit:
        out = list(chain.from_iterable(looked_up(_CONTENT, pieces, _content_of_piece)))
        return out if limit is None or len(out) <= limit else out[:limit]
    out = []  # an enormous paragraph: only as many pieces as the first ``limit`` words need
    for start in range(0, len(pieces), limit):
        out += chain.from_iterable(looked_up(_CONTENT, pieces[start:start + limit],
                                              _content_of_piece))
        if len(out) >= limit:
            break
    return out[:limit]
