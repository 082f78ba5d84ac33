"""Words for comparing contexts and quotes: sentences, tokens, crude lemmas, synonyms, spelling.

Nothing here tries to be a linguist. The rules are small and applied the same way to both sides of
every comparison, so a crude lemma ("meeting" -> "meet", "fatalities" -> "fatality") only has to
be consistent, not right.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import accumulate

from ..caches import memo
from ..tokens import us_spelling

# A hedge before an amount, and its space ("about ", "just over ", "at least "), or nothing.
HEDGE = (r"(?:(?:about|around|almost|nearly|roughly|some|over|just[^\S\n]+over|just[^\S\n]+under"
         r"|more[^\S\n]+than|less[^\S\n]+than|up[^\S\n]+to|at[^\S\n]+least)[^\S\n]+)?")


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (for word lists in the source)."""
    return frozenset(text.split())


def lowered(text: str) -> str:
    """``text.lower()`` with every offset kept: "İ", the one letter whose lowercase is two
    characters ("i" and a combining dot), becomes "i"."""
    low = text.lower()
    return low if len(low) == len(text) else text.replace("İ", "I").lower()


def as_ignorecase(low: str) -> str:
    """``low`` (a lowered text) with the letters that re.IGNORECASE matches to ASCII ones and
    lowering keeps ("ſ", "ı") as those: a lowercase ASCII pattern, without IGNORECASE (which
    costs a pattern its literal prefix, and with it a fast scan), matches in it where it would
    match the text with IGNORECASE. Offsets are kept."""
    if "ſ" in low or "ı" in low:
        return low.replace("ſ", "s").replace("ı", "i")
    return low


# The letters that Python's re.IGNORECASE matches to others whose lowercase they are not: "ſ"
# (long s) is "s", "K" (Kelvin) "k", "ı" and "İ" "i", "Å" (Ångström) "å", "Ω" (ohm) "ω".
_IGNORECASE_TWINS = str.maketrans({"ſ": "s", "\u212a": "k", "ı": "i", "İ": "i", "\u212b": "å",
                                   "\u2126": "ω"})


def match_key(text: str) -> str:
    """The lowercase key of what a case-insensitive pattern matched, for a table keyed by its
    words in lowercase: "ſome" matches "some" (re.IGNORECASE) and is looked up as it."""
    low = text.lower()
    return low if low.isascii() else text.translate(_IGNORECASE_TWINS).lower()


ARTICLES = frozenset(("the", "a", "an"))


# --- sentences -------------------------------------------------------------------------------------
# Words ending in a period that do not end a sentence ("U.S. President", "Jan. 3", "Mr. Smith").
ABBREVIATIONS = wordset(
    "u.s u.k u.n e.u d.c mr mrs ms dr st jr sr no vs etc e.g i.e gov sen rep gen lt col sgt capt "
    "prof inc corp ltd co jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m approx est "
    "fig pp vol dept univ ave blvd rd mt ft"
)
# One mark, then the rest: a pattern led by a plain character class lets re skip ahead quickly.
_SENTENCE_END = re.compile(r"[.!?…][.!?…]*[\"”’')\]]*(?=\s+[\"“‘'(\[„‚»›]?[A-Z0-9¿¡«])")
_LAST_WORD = re.compile(r"([\w.]+)$")
_INITIAL = re.compile(r"[A-Z]")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``; the spans cover the text without gaps."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == ".":
            word = _LAST_WORD.search(text, max(start, m.start() - 12), m.start())
            if word and (word.group(1).lower().strip(".") in ABBREVIATIONS
                         or _INITIAL.fullmatch(word.group(1))):
                continue
        bounds.append((start, m.end()))
        start = m.end()
    if start < len(text) or not bounds:
        bounds.append((start, len(text)))
    return bounds


# --- tokens ----------------------------------------------------------------------------------------
# "U.S." is one word; letters with inner apostrophes or hyphens are one token (split later).
TOKEN = re.compile(r"U\.S\.(?:A\.)?|[^\W\d_]+(?:['’\-‐][^\W\d_]+)*")
TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")  # re.split by this: gap, token, gap, ..., gap
_COUNTRY_US = frozenset({"U.S.", "U.S.A.", "US", "USA"})
# Prefixes kept glued when hyphenated ("co-operation" = "cooperation").
_GLUED_PREFIXES = wordset(
    "co re pre non anti narco counter multi inter post sub semi bi tri un mid ex former vice"
)

STOPWORDS = wordset(
    """a about above after again against all almost also although am among an and any are as at
    be because been before being below between both but by can cannot could did do does doing done
    down during each either else even ever every few for from further had has have having he her
    here hers herself him himself his how however i if in into is it its itself just least less
    let like many may me might more most much must my myself neither no nor not now of off on once
    one only or other others our ours ourselves out over own per percent cent pct same several
    shall she should since so some such than that the their theirs them themselves then there
    these they this those though through thus to too toward towards under until up upon us very
    was we were what when where whether which while who whom whose why will with within without
    would yet you your yours yourself yourselves
    said say says saying stated state told tell tells added add adds according noted note asked
    announced announce reported report described called claimed insisted argued explained
    mr mrs ms dr president minister secretary spokesperson spokesman
    new recent recently including include included likely reportedly
    earlier later last next first second early late mid today yesterday tomorrow
    monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    zero two three four five six seven eight nine ten eleven twelve dozen hundred thousand
    million billion trillion
    """
) | wordset(
    # French, German and Spanish function words, folded (facts are read in English; these say
    # nothing of what a figure is about). Not those that are English words, or whose lemmas
    # are, too: "die", "war", "hat", "man", "son", "car", "den", "dem", "han", "con", "sin",
    # "fur", "un" (the UN), "pour" (pouring), "par", "tout" (touted), "mit" (MIT), "als", "ma",
    # "meme", "encore", "sein" (the Seine), "er" (the ER), "plus", "pendant", "ni", "al", "se",
    # "ne", "aus", "mon", "ins", "esa", "um", "lo", "ha", "para".
    """le la les une des du de au aux ce cet cette ces sa ses leur leurs mes notre nos
    votre vos et ou mais donc que qui quoi dont pas il ils elle elles nous vous je tu
    lui eux en est sont etait etaient ete etre ont avait avaient avoir fait sera seront serait
    dans sur sous avec sans chez vers entre selon depuis avant apres lors contre tous
    tres aussi deja ainsi comme autre autres cela ceci celle celui ceux dit environ
    der das des ein eine einer eines einem einen und oder aber sondern nicht kein keine keinen im
    auf bei nach von vor zu zum zur unter zwischen durch gegen ohne bis seit ist sind
    waren wird werden wurde wurden haben hatte hatten sei ihre ihr ihren es sie
    wir sich auch noch nur schon sehr dass wie wenn
    el los las una unos unas del o pero su sus le es fue fueron habia ser esta
    este esto estos estas ese por sobre desde hasta segun tras como mas muy tambien ya
    cuando donde"""
)

# Words that mean the same for the purpose of "what is this figure about". Canonical word first.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("drop", "reduction", "reduce", "decrease", "fall", "fell", "fallen", "decline", "cut", "lower",
     "plunge", "plummet", "dip", "slump", "shrink", "slide"),
    ("rise", "increase", "rose", "risen", "growth", "grow", "grew", "jump", "surge", "climb", "gain",
     "soar", "spike"),
    ("death", "dead", "die", "died", "fatality", "kill", "killed", "toll", "fatal", "perish"),
    ("injury", "injured", "wound", "wounded", "hurt"),
    ("call", "conversation", "exchange", "phone", "telephone", "chat", "phonecall"),
    ("meet", "meeting", "met", "summit", "gathering"),
    ("discuss", "discussion", "talk", "talks", "negotiation", "negotiate"),
    ("trafficking", "traffic", "smuggling", "smuggle", "crossing", "flow", "shipment"),
    ("drug", "narcotic", "narcotics"),
    ("people", "person", "persons", "individual", "resident", "civilian"),
    ("troop", "soldier", "servicemember", "personnel"),
    # a company's people: "38,500 staff", "38,500 employees", "a workforce of 38,500", "employs 38,500"
    ("staff", "staffer", "employee", "workforce", "headcount", "employ", "employs", "employed"),
    # and the jobs it cuts: "1,200 jobs", "1,200 roles", "1,200 layoffs", "1,200 redundancies"
    ("job", "role", "layoff", "redundancy"),
    ("us", "u.s.", "america", "american"),
    ("official", "officer", "authority", "administration"),
    ("hospital", "clinic"),
    ("arrest", "detain", "detention", "detained"),
    ("pay", "paid", "paying", "pays", "payment"),
    ("settle", "settlement", "settled", "settling"),
    ("rescue", "rescuer", "rescuers"),
    # units of measure as Spanish and French write them ("3.000 galones", "1.200 hectáreas")
    ("gallon", "galon", "galones"),
    ("hectare", "hectarea", "hectareas"),
    ("mile", "milla", "millas"),
    ("win", "won", "winning", "take", "took", "taken", "taking", "secure", "secured", "capture",
     "captured"),  # seats, votes
)


def fold(text: str) -> str:
    """Lowercase, accents off, curly quotes straight: "Ramón’s" -> "ramon's"."""
    text = text.replace("’", "'").replace("‘", "'").replace("‐", "-")
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        if not text.isascii():
            text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


fold_word = memo(maxsize=65536)(fold)  # the same, for single words: they repeat a lot


def _undouble(stem: str) -> str:
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    return stem


@memo(maxsize=65536)
def lemma(word: str) -> str:
    """A crude lemma of a folded word: US spelling (the word diff's), plurals, -ing and -ed off;
    consistent rather than correct."""
    w = us_spelling(word)
    w = w.removesuffix("'s")
    w = w.rstrip("'")
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("sses"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ics")):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        w = _undouble(w[:-3])
    elif len(w) > 4 and w.endswith("ied"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("ed") and not w.endswith("eed"):
        w = _undouble(w[:-2])
    if len(w) > 7 and w.endswith("ation"):
        w = w[:-3]  # coordination -> coordinat, as coordinate and coordinating
    elif w.endswith("e") and not w.endswith("ee") and (
            len(w) > 4 or (len(w) == 4 and w not in STOPWORDS and w[:-1] not in STOPWORDS)):
        # (four letters too: "vote" as "voted" and "voting" are, "vot"; not a stopword, "same",
        # nor a word that would become one, "wire")
        w = w[:-1]
    return w


def _build_synonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for group in SYNONYMS:
        canonical = group[0]
        for word in group:
            table[word] = canonical
            table[lemma(word)] = canonical
    return table


_SYNONYM_OF = _build_synonyms()
_STOP_LEMMAS = frozenset(lemma(w) for w in STOPWORDS) | STOPWORDS


@memo(maxsize=65536)
def key_of(word: str) -> str | None:
    """The comparison key of one folded word, or None for stopwords and noise."""
    if len(word) < 2 or word in STOPWORDS or "'" in word:
        return None  # "'" left: contractions (don't, they're), not content
    base = lemma(word)
    if base in _SYNONYM_OF:
        return _SYNONYM_OF[base]
    if word in _SYNONYM_OF:
        return _SYNONYM_OF[word]
    if base in _STOP_LEMMAS or len(base) < 2:
        return None
    return base


@memo(maxsize=65536)
def word_parts(raw: str) -> tuple[tuple[str, int, int], ...]:
    """The folded word(s) of one token, with offsets relative to the token."""
    if raw in _COUNTRY_US:
        return (("u.s.", 0, len(raw)),)
    folded = fold_word(raw).removesuffix("'s")
    if "-" not in folded:
        return ((folded, 0, len(raw)),)
    pieces = folded.split("-")
    if pieces[0] in _GLUED_PREFIXES:
        return (("".join(pieces), 0, len(raw)),)
    out, pos = [], 0
    for piece in pieces:
        out.append((piece, pos, pos + len(piece)))
        pos += len(piece) + 1
    return tuple(out)


@memo(maxsize=65536)
def single_word(raw: str) -> str | None:
    """The folded word of a token that stays one word, or None when it splits at hyphens."""
    parts = word_parts(raw)
    return parts[0][0] if len(parts) == 1 else None


def words(text: str, base: int = 0) -> tuple[list[str], list[int]]:
    """The folded words of ``text`` and where each starts (plus ``base``): hyphenated words split
    unless glued, possessives lose their "'s", "U.S."/"US"/"United States" are one word, "u.s.".

    Little Python work per word: the text is split by TOKEN at once, and only tokens that split at
    hyphens or a "United States" take a slower path.
    """
    pieces = TOKEN_SPLIT.split(text)  # gap, token, gap, token, ..., gap
    tokens = pieces[1::2]
    words_ = list(map(single_word, tokens))
    starts = list(accumulate(map(len, pieces), initial=base))[1:-1:2]
    if None not in words_ and ("united" not in words_ or "states" not in words_):
        return words_, starts
    # Tokens that split at hyphens (None) and "states" after "united"; the runs of plain tokens
    # in between are copied whole.
    out_words: list[str] = []
    out_starts: list[int] = []
    i = 0
    for j in [j for j, word in enumerate(words_) if word is None or word == "states"]:
        out_words += words_[i:j]
        out_starts += starts[i:j]
        if words_[j] is None:
            for part, a, _b in word_parts(tokens[j]):
                out_words.append(part)
                out_starts.append(starts[j] + a)
        elif out_words and out_words[-1] == "united":
            out_words[-1] = "u.s."
        else:
            out_words.append("states")
            out_starts.append(starts[j])
        i = j + 1
    out_words += words_[i:]
    out_starts += starts[i:]
    return out_words, out_starts


# --- quote text ------------------------------------------------------------------------------------
_CONTRACTION = re.compile(r"\b(?:can't|won't|shan't|cannot)\b|n't\b|'(?:re|ve|ll|m|d)\b")
_EXPANDED = {"can't": "can not", "won't": "will not", "shan't": "shall not", "cannot": "can not",
             "n't": " not", "'re": " are", "'ve": " have", "'ll": " will", "'m": " am",
             "'d": " would"}
_NON_WORD = re.compile(r"[^\w\s]+")
_HYPHEN_IN_WORD = re.compile(r"(?<=\w)[-‐‑](?=\w)")
_DASHES = re.compile(r"[–—―/]")


# A whole figure in a quote, one word: "3.5", "1,200" and "1 200" (written 1200), "22–23" (22-23),
# with the letters glued to it ("90s", "3.5m"); not the digits of a word ("covid-19", "g7"). A time
# of day is one figure too: "4:30" and "4.30" (written 4.30), "7:15 p.m.", "7.15pm" (7.15pm).
# A range is one figure however written: "20,000-25,000", "20,000 – 25,000", "20,000 to 25,000"
# and "between 20,000 and 25,000" are all 20000-25000 (not "from 20 to 25", a change, nor
# "20 and 25" without "between", two figures).
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.,]\d)|\d+(?:\.\d+)?"
QUOTE_FIGURE = re.compile(
    r"(?<![\w.,:\-‐])(?:"
    r"(?P<hour>\d{1,2})(?:[:.](?P<minute>[0-5]\d))?\s?(?P<ampm>[ap])\.?m\.?(?![\w])"
    r"|(?P<clock_h>\d{1,2}):(?P<clock_m>[0-5]\d)(?![\d:])"
    rf"|(?:(?P<between>between[^\S\n]+)(?P<blow>{_NUM})[^\S\n]+and[^\S\n]+(?P<bhigh>{_NUM})\b"
    rf"|(?P<fr>(?<=from ))?(?P<low>{_NUM})"
    rf"(?:(?:[^\S\n]*[–—-][^\S\n]*|(?(fr)(?!)|[^\S\n]+to[^\S\n]+))(?P<high>{_NUM}))?)"
    r"(?P<letters>[^\W\d_]*)(?![\w]))")
# Scales glued to a figure, written as the word: "3.5m" is "3.5 million", "$1.2bn" "1.2 billion".
_SCALE_LETTERS = {"k": "thousand", "m": "million", "mn": "million", "mln": "million",
                  "b": "billion", "bn": "billion", "tn": "trillion", "trn": "trillion"}
_GROUP_SPACE = re.compile(r"[ ,\u00a0\u2009\u202f]")


def figure_word(m: re.Match[str]) -> str:
    """One figure of a quote (a QUOTE_FIGURE match) as normalise_quote writes it, by its value:
    "1,200" and "1 200" are "1200", "3.5m" "3.5 million", "4:30" "4.30", "7:15 p.m." "7.15pm"."""
    if m["ampm"]:
        minute = m["minute"] if m["minute"] and m["minute"] != "00" else ""
        return f"{int(m['hour'])}{'.' + minute if minute else ''}{m['ampm']}m"
    if m["clock_h"]:
        return f"{int(m['clock_h'])}.{m['clock_m']}"
    low, high = (m["blow"], m["bhigh"]) if m["between"] else (m["low"], m["high"])
    word = _GROUP_SPACE.sub("", low)
    if high:
        word += "-" + _GROUP_SPACE.sub("", high)
    letters = m["letters"].lower()
    if letters in _SCALE_LETTERS:
        return f"{word} {_SCALE_LETTERS[letters]}"
    return word + us_spelling(letters)


@memo(maxsize=16384)  # the same quote is carried by several sources
def normalise_quote(text: str) -> str:
    """Quote text for comparison: case, accents, punctuation, hyphens, contractions, UK/US spelling;
    "%", "per cent" and "percent" alike; German "ß" as "ss"; each figure one word, as a whole, by its value ("3.5", "1,200" and "1 200" as 1200, "22–23" as
    22-23, "4:30" as 4.30, "7:15 p.m." as 7.15pm; "3.5m" as "3.5 million", see figure_word).

    "We seek co-ordination without subordination." == "we seek coordination without subordination"
    """
    t = fold(text)
    if "ß" in t:
        t = t.replace("ß", "ss")  # "Straße" as Swiss German writes it, "Strasse"
    if any(c.isdigit() for c in t):
        out: list[str] = []
        start = 0
        for m in QUOTE_FIGURE.finditer(t):
            out += [_normalise_words(t[start:m.start()]), figure_word(m)]
            start = m.end()
        if out:
            out.append(_normalise_words(t[start:]))
            return " ".join(w for w in out if w)
    return _normalise_words(t)


def _normalise_words(t: str) -> str:
    """normalise_quote of folded text without figures (or whose figures are read digit by digit)."""
    # (Each pattern runs only where it can match: most quotes have no hyphen and no apostrophe.)
    if "-" in t or "‐" in t or "‑" in t:
        t = _HYPHEN_IN_WORD.sub("", t)
    t = _DASHES.sub(" ", t)
    t = t.replace("per cent", "percent")
    if "%" in t:
        t = t.replace("%", " percent ")  # "2%" as "2 per cent" and "2 percent" are
    if "'" in t or "cannot" in t:
        t = _CONTRACTION.sub(lambda m: _EXPANDED[m.group()], t)
        t = t.replace("'s", "s")
    t = _NON_WORD.sub(" ", t)
    return " ".join(map(us_spelling, t.split()))


_LETTER_BEYOND_ASCII = re.compile(r"[^\W\d_\x00-\x7f]")
_LETTERS = re.compile(r"[^\W\d_]+")  # a word's letters, up to the first non-letter


@memo(maxsize=4096)  # (a source's text, once per tally; quotes repeat across sources)
def accented_words(text: str) -> dict[str, str | None]:
    """The words of ``text`` written with letters beyond ASCII, by their folded form: each as
    written, in lower case ("mobilisés" for "mobilises", "häuser" for "hauser"); None for one
    the text writes in more ways than one ("Schäden" and "Schaden": which one depends on where);
    {} for a text in ASCII."""
    if text.isascii():
        return {}
    text = unicodedata.normalize("NFC", text)  # (NFD accents: one letter each)
    out: dict[str, str | None] = {}
    pos, n = 0, len(text)
    while (m := _LETTER_BEYOND_ASCII.search(text, pos)) is not None:
        start, end = m.start(), m.end()
        while start and text[start - 1].isalpha():
            start -= 1
        while end < n and text[end].isalpha():
            end += 1
        word = text[start:end].lower()
        folded = fold_word(word)
        if out.get(folded, word) != word:
            out[folded] = None
        elif folded not in out:
            out[folded] = word
        pos = end
    if out:
        lowered = text.lower()
        asked = [folded for folded, word in out.items() if word is not None and folded.isascii()]
        if len(asked) > _SEARCHED_WORDS:
            # (one pass for the words of the text, not one search of the whole text per word:
            # on a 2 MB text with many accented words those took seconds)
            written = set(_LETTERS.findall(lowered))
            unaccented = [folded for folded in asked if folded in written]
        else:  # (a few words: a search for each costs less than listing every word of the text)
            unaccented = [folded for folded in asked if _written(folded, lowered)]
        for folded in unaccented:
            out[folded] = None  # written without its accents too
    return out


_SEARCHED_WORDS = 16  # up to this many words, accented_words looks for each in the text
_LETTER = re.compile(r"[^\W\d_]")


def _written(word: str, text: str) -> bool:
    """Whether ``text`` holds ``word`` as a whole run of letters (as _LETTERS finds them)."""
    if _LETTERS.fullmatch(word) is None:
        return False
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        if ((pos == 0 or _LETTER.match(text, pos - 1) is None)
                and _LETTER.match(text, end) is None):
            return True
        pos = text.find(word, pos + 1)
    return False


def as_written(words_: list[str], text: str) -> list[str]:
    """Folded words as ``text`` writes them, in lower case: accents kept ("evacue" -> "évacué"),
    where the text writes a word one way only."""
    forms = accented_words(text)
    return [forms.get(w) or w for w in words_] if forms else words_


def content_words(text: str) -> list[str]:
    """The content words of ``text`` as written (folded), in order, without repeats."""
    return list(dict.fromkeys(w for w in words(text)[0] if key_of(w) is not None))
