"""Quotations: text in quotation marks of any style, nested, with apostrophes never taken for quote
marks, short scare quotes told apart from quoted speech, and the speaker where the sentence says.

Marks: “ ” „ ‘ ’ ‚ « » ‹ › and straight " '; German „…“, ‚…‘, »…« and ›…‹ too. An apostrophe between letters (Mexico’s, don’t) or
before a digit (’90s) is never a mark. Only top-level quotes become facts; nested quotes stay inside
their outer quote's text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence

from ..caches import memo
from ..patterns import trie_pattern
from .dates import MONTH_WORDS
from .found import Found
from .words import fold, fold_word, normalise_quote, sentence_bounds, wordset

# Quotes of up to this many words need a cue that they are speech (scare quotes otherwise).
SHORT_QUOTE_WORDS = 4
_CUE_WINDOW = {1: 8}  # words between the cue and a one-word quote; 12 for longer short quotes
# Verbs that tie a quote to a speaker ("…,” Sheinbaum said; Trump told reporters “…”).
SPEECH_VERB_WORDS = wordset(
    """said says told tells stated states added adds adding wrote writes asked asks replied
    responded explained explains continued noted notes insisted insists argued argues warned warns
    declared declares stressed stresses emphasized emphasised reiterated acknowledged admitted
    recalled remarked tweeted posted announced characterized characterised described describes
    called calls suggested suggests urged urges pressed labels labeled labelled vowed promised
    threatened claimed claims hinted saying telling sneered sneers scoffed quipped retorted
    countered boasted complained
    sagte sagt sagten erklärte erklärt erklärten betonte betont meinte warnte bestätigte
    versicherte berichtete
    dijo afirmó declaró aseguró explicó señaló añadió indicó advirtió subrayó lamentó relató"""
)
# Words before a short quote that make it speech, not scare quotes: the speech verbs but
# "continued" ("talks continued “in good faith”"), and words that name or frame a remark.
CUE_WORDS = (SPEECH_VERB_WORDS - {"continued"}) | wordset(
    """say tell stating calling describing characterizes characterises characterizing
    characterising labeling labelling termed terms dubbed dubs branded deemed suggesting warning
    vows promises pledged insisting arguing demanded demands reiterates emphasizes emphasises
    emphasizing urging accused praised according quoted quoting joked repeated"""
)
SPEECH_VERBS = trie_pattern(SPEECH_VERB_WORDS)


# A capital: an ASCII one, or any letter beyond ASCII (a class of all upper-case letters makes the
# name patterns several times slower); _surname drops a word whose first letter is not upper case.
_CAPITAL = r"(?:[A-Z]|[^\W\d_\x00-\x7f])"
# A name: up to six words that start with a capital of any script ("Vilija Blinkeviciute",
# "ZOË ÅNGSTRÖM", "Ağrı"), a title of three words before it too ("Chief Fire Officer Helen Marsh").
_NAME = rf"(?:{_CAPITAL}[\w’'.\-]*\s+){{0,5}}{_CAPITAL}[\w’'\-]*"
# Said of the name between it and the verb: an age, a description ("Blinkeviciute, 70, a former
# labor minister, told"), or only the comma closing a name in apposition ("Hale's lawyer, Daniel
# Ortiz, said").
_APPOSITION = (r"(?:,\s+(?:\d{1,3}|(?:a|an|the|who|whose|his|her|its|their)\b[^,“”\"«»\n]{0,60})){0,2}"
               r",?")
# A title in lower case before a name after a quote ("…,” police chief Marek Hollan said", "…,”
# the club's head coach, Ana Ruiz, said"): up to two words, then a title, then the name.
TITLE_WORDS = wordset(
    """chief head director mayor minister secretary spokesman spokeswoman spokesperson president
    chairman chairwoman chair coach manager captain commissioner governor senator judge
    prosecutor lawyer attorney inspector superintendent commander officer sergeant deputy
    professor doctor dr official adviser advisor ambassador leader founder ceo owner organiser
    organizer"""
)
# (the words before the title are no preposition: "a friend of coach Ana Ruiz" and "a lawyer for
# minister Jan Kos" are not Ruiz or Kos)
_TITLE = (r"(?:(?:the|a|an|its|his|her|their)\s+)?"
          r"(?:(?!(?:of|for|to|with|by|from|at|on|in|near|close)\b)[a-z][\w’'\-]*\s+){0,2}?"
          rf"(?:{trie_pattern(TITLE_WORDS)}),?\s+")
# Nouns of bodies that make "X of Y" one name ("Central Bank of Ireland", "High Court of Justice").
_BODY_WORDS = wordset(
    """bank ministry department university court council office institute museum church board
    chamber commission committee agency authority college academy society federation
    association union republic government league parliament assembly senate house congress
    embassy foundation fund trust service hospital school centre center clinic laboratory"""
)
# The body a named person speaks for, after the name: "Dr Sarah Lindqvist of the Institute for
# Fiscal Research said", "Andrew Bailey, of the Bank of England, said", and with no "the" a
# body's name that ends in a word of _BODY_WORDS ("Professor Jane Okoro of Northfield University
# said"): the person speaks, not the body (its name's last word is no speaker).
_ORG_WORD = rf"{_CAPITAL}[\w’'.\-]*"
_OF_BODY = (rf"(?:,?\s+(?:of|from|at)\s+(?:the\s+{_ORG_WORD}"
            rf"(?:\s+(?:(?:of|for|and|on|in|&)\s+)?{_ORG_WORD}){{0,6}}"
            rf"|(?:{_ORG_WORD}\s+){{0,4}}(?:{trie_pattern(w.capitalize() for w in _BODY_WORDS)})"
            rf"(?![\w’'\-])))?")
# A name "X of Y", Y one word: an institution ("the Bank of England said", "the Mayor of London
# said"), a person of a place ("Claudia Sheinbaum of Mexico said"), or no one named ("Residents of
# Paris said"), as _of_name decides. (Y of more words is not read so: "Secretary of State Marco
# Rubio said" is Rubio.)
_INSTITUTION = rf"(?P<inst>{_NAME}\s+of\s+{_CAPITAL}[\w’'\-]*(?![\w’'\-]))"
# A post "X of Y" before a name: "Secretary of State Marco Rubio", "Chief of Staff Susie Wiles".
_POST_OF = rf"(?:{trie_pattern(w.capitalize() for w in TITLE_WORDS)})\s+of\s+{_CAPITAL}[\w’'\-]*\s+(?={_CAPITAL})"
# Words in lower case between the verb after a quote and a full name: an occupation or a role
# ("“…,” said baker Tom Reyes", "said local shop owner Ana Ruiz"), up to three words, none a word
# that starts a clause or names a time or an object ("said that Tom Reyes", "said to Ana Ruiz").
_ROLE_AFTER_VERB = (r"(?:(?!(?:that|to|on|in|at|of|for|with|by|from|when|after|before|as|if|while|"
                    r"and|but|or|so|it|this|he|she|they|we|i|you|there|then|earlier|later|"
                    r"yesterday|today|tonight|last|next|goodbye|sorry|thanks|hello)\b)"
                    rf"[a-z][\w’'\-]*\s+){{1,3}}(?={_CAPITAL}[\w’'\-]*\s+{_CAPITAL})")
AFTER = re.compile(
    rf"^[\s,.!?;:—–-]*(?:(?P<pro>[Hh]e|[Ss]he)\s+(?:{SPEECH_VERBS})\b"
    rf"|(?:{_TITLE}|{_POST_OF})?(?P<name1>{_NAME}){_OF_BODY}{_APPOSITION}\s+(?:(?:also|then|later|again|had|has)\s+)?"
    rf"(?:{SPEECH_VERBS})\b"
    rf"|(?:the\s+)?{_INSTITUTION}{_APPOSITION}\s+(?:{SPEECH_VERBS})\b"
    rf"|(?:{SPEECH_VERBS})\s+(?:{_POST_OF}|{_ROLE_AFTER_VERB})?(?P<name2>{_NAME}))"
)
VERB = re.compile(rf"\b(?:{SPEECH_VERBS}|[Aa]ccording to)\b")  # a prefix tree: fast to search
# Up to two adverbs or auxiliaries between a name and its verb ("Hale also said", "she had
# repeatedly told").
_ADVERBS = (r"(?:\s+(?:also|had|has|have|then|later|again|publicly|repeatedly|reportedly|once|"
            r"earlier|previously|recently|firmly|further|clearly|explicitly|actually|in\s+fact|"
            r"simply|only)){0,2}")
SUBJECT = re.compile(rf"(?:(?P<pro>\b[Hh]e|\b[Ss]he)|(?P<name>{_NAME}){_OF_BODY}{_APPOSITION}"
                     rf"|(?:\b[Tt]he\s+)?{_INSTITUTION}{_APPOSITION})"
                     rf"{_ADVERBS}\s+$")
ACCORDING = re.compile(rf"\b[Aa]ccording to\s+(?:{_NAME}\s+)?(?P<name>{_NAME})")
# Capitalised words that are not people.
_NOT_NAMES = wordset(
    """the a an it its this that these those he she they we i you his her their our my in on at
    but and or so if as meanwhile however earlier later then also after before when while since
    monday tuesday wednesday thursday friday saturday sunday president secretary minister mr mrs
    ms dr state department government ministry officials police us u.s mexico united states"""
)

_OPENERS = {"“": "d", "„": "d", "«": "g", "‹": "h", "‚": "s"}
_CLOSERS = {"”": "d", "»": "g", "›": "h"}
# German writes guillemets the other way round, »…« and ›…‹: a "»" or "›" that closes nothing
# and stands where a quote opens opens one of these kinds, which "«" or "‹" closes.
_MIRROR = {"»": "«", "›": "‹"}
_REVERSED = {"«": "G", "‹": "H"}
# The marks that may open a quote, and those that may close one (as quote_spans reads them:
# German „…“, ‚…‘ and »…« close on “, ‘ and «).
OPENING_MARKS = frozenset(_OPENERS) | frozenset(_MIRROR) | frozenset("‘\"'")
CLOSING_MARKS = frozenset(_CLOSERS) | frozenset(_REVERSED) | frozenset("“‘’\"'")
# Any quote mark but an apostrophe between letters (Mexico’s, don’t), which never opens or closes.
QUOTE_MARK = re.compile("[“”„‚«»‹›\"'’‘](?<![^\\W_]['’‘](?=[^\\W\\d_]))")
_SPACE_BEFORE = " \t\n([{—–-/"
_CLOSE_FOLLOW = " \t\n.,;:!?)]}—–-…"


def _apostrophe(prev: str, nxt: str) -> bool:
    return (prev.isalnum() and nxt.isalpha()) or (prev.isspace() and nxt.isdigit())


def _possessive_plural(text: str, i: int, mark: str) -> bool:
    """Whether the mark at ``text[i]``, after an "s", reads as a plural possessive ("the
    students’ union", "the nurses' too"): a lower-case word follows it, and the same mark stands
    later in the paragraph to close the quote."""
    return (i + 2 < len(text) and text[i + 1] == " " and text[i + 2].islower()
            and text.find(mark, i + 1) != -1)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the inner text of each top-level quotation in one paragraph."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    n = len(text)

    def close(kind: str, i: int) -> None:
        while stack:
            k, pos = stack.pop()
            if k == kind:
                if not stack:
                    spans.append((pos + 1, i))
                return

    def left(prev: str, nxt: str) -> bool:
        return (prev in _SPACE_BEFORE or prev in _OPENERS or prev in "‘\"'") and not nxt.isspace()

    def right(prev: str, nxt: str) -> bool:
        return not prev.isspace() and (nxt in _CLOSE_FOLLOW or nxt in _CLOSERS or nxt in "’\"'")

    for mark in QUOTE_MARK.finditer(text):
        i, c = mark.start(), mark.group()
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if c == "’":  # the most frequent mark, mostly an apostrophe
            if _apostrophe(prev, nxt) or not any(k == "s" for k, _ in stack):
                continue
            if prev in "sS" and _possessive_plural(text, i, "’"):
                continue  # "the students’ union": a plural possessive, the quote closes later
            close("s", i)
        elif c == "«" or c == "‹":
            if any(k == _REVERSED[c] for k, _ in stack) and right(prev, nxt):
                close(_REVERSED[c], i)  # German »…«, ›…‹
            else:
                stack.append((_OPENERS[c], i))
        elif c == "„" or c == "‚":
            stack.append((_OPENERS[c], i))
        elif c == "“":
            if stack and stack[-1][0] == "d" and text[stack[-1][1]] == "„":
                close("d", i)  # German „…“
            else:
                stack.append(("d", i))
        elif c in _CLOSERS:
            if any(k == _CLOSERS[c] for k, _ in stack):
                close(_CLOSERS[c], i)
            elif c in _MIRROR and any(k == _REVERSED[_MIRROR[c]] for k, _ in stack) and right(prev, nxt):
                close(_REVERSED[_MIRROR[c]], i)  # Swedish, Danish »…»: closed by "«" or "»", the first
            elif left(prev, nxt) and nxt.isalnum():
                # German »…«: opens, "«" closes (its words start right after it; a French "»"
                # closing what no "«" opened here, "… », a-t-il dit", opens nothing)
                stack.append((_REVERSED[_MIRROR[c]], i))
        elif c == "‘":
            if stack and stack[-1][0] == "s" and text[stack[-1][1]] == "‚" and right(prev, nxt):
                close("s", i)  # German ‚…‘
            elif not _apostrophe(prev, nxt):
                stack.append(("s", i))
        elif c == '"':
            if any(k == "D" for k, _ in stack) and (right(prev, nxt) or not left(prev, nxt)):
                close("D", i)
            elif left(prev, nxt):
                stack.append(("D", i))
        elif c == "'":
            if _apostrophe(prev, nxt):
                continue
            if any(k == "S" for k, _ in stack) and right(prev, nxt):
                if prev in "sS" and _possessive_plural(text, i, "'"):
                    continue  # "the nurses' union": a plural possessive, the quote closes later
                close("S", i)
            elif left(prev, nxt) and (nxt.isalpha() or nxt in "[…" or text.startswith("...", i + 1)):
                # (a quote may open on an editor's bracket or an ellipsis: '[the plan] would …',
                # '...and we will')
                stack.append(("S", i))
    # A quote left open runs to the end of the paragraph only when it opens the paragraph (the
    # convention for quotes that continue into the next paragraph).
    if stack and not text[: stack[0][1]].strip():
        spans.append((stack[0][1] + 1, n))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Inner text without the spaces and the sentence's own punctuation at its ends."""
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"
                           or (text[end - 1] == "." and text[end - 2: end - 1] != ".")):
        end -= 1
    return start, end


def quote_sentences(inner: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a quote's inner text, trimmed as the quote is (_trim)."""
    return [span for s, e in sentence_bounds(inner) if (span := _trim(inner, s, e))[0] < span[1]]


_POSSESSIVE_S = re.compile(r"[’']s$")
_LOWER_WORD_AT_END = re.compile(r"\b[a-z]{3,}\s+$")


# Posts that end a run of capitalised words naming no one: "The Technology Secretary said", "the
# Prime Minister", "Chief Fire Officer" (the run names the post; not the words before it).
_POSTS = wordset(
    """minister secretary president chancellor premier officer constable executive commissioner
    spokesman spokeswoman spokesperson governor senator superintendent inspector commander
    sergeant director chairman chairwoman ambassador prosecutor attorney adviser advisor official
    deputy mayor"""
)


# The last word of a body's or a place's name that speaks for one ("Downing Street said", "the
# Health Ministry said", "Scotland Yard said"): the speaker is the whole name, not its last word
# as a surname ("Street", "Health", "Yard"). And (after "the" only) "the Supreme Court said":
# "Margaret Court said" is Court.
_BODY_ENDS = wordset(
    """street palace yard house office ministry department police commission council agency
    authority rail"""
)
_BODY_ENDS_AFTER_THE = wordset("court bank service board")


def _surname(run: str | None) -> str | None:
    if not run:
        return None
    tokens = [_POSSESSIVE_S.sub("", t).strip(".,") for t in run.split()]
    if fold(tokens[-1]) in _POSTS:
        return None  # a post, no one named
    last = fold(tokens[-1])
    if last in _BODY_ENDS or (last in _BODY_ENDS_AFTER_THE and fold(tokens[0]) == "the"):
        body = [t for t in tokens if t and t[0].isupper() and fold(t) != "the"]
        return " ".join(body) if len(body) > 1 or fold(body[0]) not in _NOT_NAMES else None
    tokens = [t for t in tokens if t and t[0].isupper() and fold(t) not in _NOT_NAMES]
    if not tokens:
        return None
    return tokens[-1]


_OF_SPLIT = re.compile(r"\s+of\s+")


def _of_name(said: str, inst: str, whole: str) -> str | None:
    """The speaker a name "X of Y" (``inst``, as SUBJECT or AFTER found it in ``said``) gives: the
    whole name when it is a body's or a post's ("the Bank of England", "Central Bank of Ireland",
    "Mayor of London"), X's surname when X reads as a person ("Claudia Sheinbaum of Mexico"),
    none for a plural noun ("Residents of Paris said")."""
    x, y = _OF_SPLIT.split(inst, maxsplit=1)
    words = x.split()
    the = fold(said.lstrip(" ,.!?;:—–-")[:4]) == "the " or fold(words[0]) in _DETERMINERS
    words = [w for w in words if fold(w) not in _DETERMINERS]
    if not words:
        return _surname(y)
    if the or any(fold(w) in _BODY_WORDS for w in words):
        return " ".join(words + ["of", y])
    surname = _surname(" ".join(words))
    if surname and _a_person(" ".join(words), surname, whole, None):
        return surname
    if len(words) == 1:
        one = fold(words[0])
        if one in _SOME_OF or (one.endswith("s") and not one.endswith("ss")):
            return None  # "Residents of Paris", "People of Gaza", "Much of Europe": no one named
        if one not in TITLE_WORDS and one not in _POSTS_OF and fold(y) not in _NOT_NAMES:
            return words[0]  # "Smith of Reuters said": Smith
    return " ".join(words + ["of", y])


# One word before "of" that names no one ("People of Gaza said", "Much of Europe", "Police of
# Lismore"), and posts named by their place ("the Archbishop of Canterbury", "Duke of Kent").
_SOME_OF = wordset("""people police children men women folk staff crew much some many most all few
    several none both half each part rest majority minority""")
_POSTS_OF = wordset("""king queen prince princess duke duchess earl countess archbishop bishop
    emperor empress lord lady sultan emir pope dean rector provost""")


def _last_words(text: str, n: int) -> list[str]:
    """The last ``n`` words of ``text``, folded.

    Read from a tail of the text first: when the tail holds more than ``n`` words, its first one
    (perhaps cut) is not among the last ``n``, which are then the same as the whole text's.
    """
    tail = len(text) - 8 * (n + 1)
    if tail > 0:
        found = _WORD.findall(text, tail)
        if len(found) > n:
            return [fold_word(w) for w in found[-n:]]
    return [fold_word(w) for w in _WORD.findall(text)[-n:]]


# Someone described, not named, who is one of the public or of those a story meets, not a person
# it names by title or one who speaks for them ("a fan told us", "one woman said"; not "the
# police chief said", "an aide said", "the company said", "officials told").
_SOMEONE_ELSE = wordset(
    """fan fans supporter supporters witness witnesses resident residents neighbour neighbours
    neighbor neighbors woman women man men boy boys girl girls bystander bystanders onlooker
    onlookers spectator spectators survivor survivors steward stewards student students parent
    parents mother father son daughter brother sister relative relatives friend friends victim
    victims customer customers worker workers employee employees local locals passer passerby
    driver drivers passenger passengers visitor visitors attendee attendees voter voters
    protester protesters protestor protestors shopper shoppers teenager teenagers child children
    pensioner pensioners commuter commuters colleague colleagues"""
)
_DESCRIBED_AFTER = re.compile(rf"^[\s,.!?;:—–-]*((?:[a-z][\w’'\-]*\s+){{1,4}})(?:{SPEECH_VERBS})\b")
# (before a quote: "a fan told us: “…”", "one steward said “…”")
_DESCRIBED_BEFORE = re.compile(rf"((?:[A-Za-z][\w’'\-]*\s+)(?:[a-z][\w’'\-]*\s+){{0,3}})(?:{SPEECH_VERBS})\b"
                               r"(?:\s+[a-z]+){0,2}[\s:,]*$")


def _someone_else(words: str) -> bool:
    """Whether lower-case words that say who speaks ("a fan", "one of the stewards") describe
    someone unnamed of _SOMEONE_ELSE."""
    return any(w in _SOMEONE_ELSE for w in words.lower().split())


_BODY_AFTER = re.compile(r",?\s+(?:of|from|at)\s")


def _speaks_for_body(m: re.Match, group: str, name: str, whole: str) -> bool:
    """Whether the name of ``group`` in ``m``, followed by the body it speaks for ("Lindqvist of
    the Institute said"), is a person's: a one-word run must read as a name as the speaker rules
    elsewhere decide (_a_person: a surname the text writes after a given name or a title), not
    a plural noun starting a sentence ("Residents of the Old Town said", "Members of the
    European Parliament said"); a name with no body after it is left as it was."""
    if not _BODY_AFTER.match(m.string, m.end(group)):
        return True
    return _a_person(m.group(group), name, whole, None)


# A speaker described, not named, right after a quote ("“…,” the minister said", "“…,” a
# spokesperson for the ministry said", "“…,” said Doe's spokesperson"): a determiner or a
# possessive, then up to five words, then the verb (or the verb first).
_DESCRIPTION = (r"(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+"
                rf"|{_CAPITAL}[\w\-]*[’']s\s+(?=[a-z]))"
                r"[\w’'\-]+(?:,?\s+[\w’'\-]+){0,4}?")
_DESCRIBED_SPEAKER = re.compile(
    rf"^[\s,.!?;:—–-]*(?:(?P<desc>{_DESCRIPTION}),?{_ADVERBS}\s+(?:{SPEECH_VERBS})\b"
    rf"|(?:{SPEECH_VERBS})\s+(?P<desc2>{_DESCRIPTION})(?=\s*(?:[.,;:!?]|$)))")
# The same before its verb, starting its clause: "The minister told …", "A spokesperson for the
# ministry said", "The 54-year-old told", "An aide to Doe said".
_DESCRIPTION_BEFORE = re.compile(rf"(?:^|(?<=[\s“\"‘'(]))(?P<desc>{_DESCRIPTION}),?{_ADVERBS}\s+$")
# Words that make a description someone else's: "an aide to Doe", "a spokesperson for the
# ministry", "a friend of Doe", "Doe's spokesperson".
_SOMEONE_OF = re.compile(r"\b(?:to|for|of|with|from|at|close)\s|[’']s\s")
_AGED = re.compile(r"\b(\d{1,3})-year-old\b")
# Posts told apart from the post they qualify ("Shadow Health Secretary" is not "the Health
# Secretary", "the former minister" not the minister).
_OTHER_POST = wordset("shadow former ex deputy vice assistant junior acting opposition prime "
                      "late outgoing incoming would-be")
# Words for one post: a secretary of a government is one of its ministers ("Health Secretary Jane
# Doe … the minister said").
_SAME_POST = {"minister": ("minister", "secretary"), "secretary": ("secretary", "minister")}
_GIVEN_NAMES = rf"(?:(?:Dame|Sir|Dr|Mr|Mrs|Ms|Lord|Lady)\.?\s+)?{_CAPITAL}[\w’'\-]*(?:\s+{_CAPITAL}[\w’'\-]*)+"


_NAME_AFTER_COMMA = re.compile(rf",\s+({_GIVEN_NAMES}),?\s*$")  # "the Health Secretary, Jane Doe,"
_TITLES_AND_POSTS = TITLE_WORDS | _POSTS


def _described(desc: str, whole: str, at: int) -> str | None:
    """The person a description names, as the text before ``at`` names them: "the minister" or
    "the Health Secretary" is the one person named earlier with that post ("Health Secretary
    Jane Doe", "Jane Doe, the health secretary,"), "the 54-year-old" the one named with that age
    ("Doe, 54,"); else None: someone not named ("a spokesperson", "an aide to Doe", "Doe's
    spokesperson"). A full name in the description is that person ("the Health Secretary, Jane
    Doe,")."""
    named = _NAME_AFTER_COMMA.search(desc)
    if named:
        return _surname(named.group(1))
    if _SOMEONE_OF.search(desc):
        return None
    if (age := _AGED.search(desc)) is not None:
        return _one_named(whole, ("age", age.group(1)), at)
    words = [fold(w) for w in _WORD.findall(desc)]
    while words and words[0] in _DETERMINERS:
        words.pop(0)
    if not words or words[-1] not in _TITLES_AND_POSTS:
        return None
    return _one_named(whole, ("post", *words), at)


def _one_named(whole: str, what: tuple, at: int) -> str | None:
    """The one person ``whole`` names with an age or a post (``what``: see _named_with) before
    ``at``, or None when it names none or several."""
    starts, only = _named_with(whole, what)
    return only[bisect_left(starts, at)]


@memo(maxsize=64)
def _named_with(whole: str, what: tuple) -> tuple[list[int], list[str | None]]:
    """Where ``whole`` names a person with an age (``("age", "54")``: "Doe, 54,") or a post
    (``("post", "health", "secretary")``: "Health Secretary Jane Doe", "Jane Doe, the health
    secretary,"; a minister's post is a secretary's too, _SAME_POST), and for each count of
    those places from the first, the one surname they name, None if none or several (one table
    for a whole source: its quotes ask in turn)."""
    found: list[tuple[int, str]] = []
    if what[0] == "age":
        for hit in re.finditer(rf",\s+{what[1]}\b", whole):  # (the name right before)
            m = _NAME_BEFORE_AGE.search(whole, max(0, hit.start() - 80), hit.start())
            if m is not None and (name := _surname(m.group(1))):
                found.append((hit.start(), name))
    else:
        words = list(what[1:])
        for head in _SAME_POST.get(words[-1], (words[-1],)):
            title = r"\s+".join(words[:-1] + [head])
            post = rf"(?P<post>(?:[\w’'\-]+\s+){{0,2}}){title}"
            before_name = re.compile(rf"(?i:\b{post}),?\s+(?P<name>{_GIVEN_NAMES})")
            after_name = re.compile(rf"(?P<name>{_GIVEN_NAMES}),\s+(?i:(?:the|a)\s+{post})\b")
            # (each place the post's last word is written, read around it)
            for hit in re.finditer(rf"(?i:\b{head}\b)", whole):
                lo = max(0, hit.start() - 100)
                for pattern in (before_name, after_name):
                    for m in pattern.finditer(whole, lo, hit.end() + 80):
                        if (m.start("post") <= hit.start() < m.end()
                                and not any(fold(w) in _OTHER_POST for w in m.group("post").split())
                                and (name := _surname(m.group("name")))):
                            found.append((m.start(), name))
    found.sort()
    starts = [at for at, _name in found]
    only: list[str | None] = [None]
    names: set[str] = set()
    for _at, name in found:
        names.add(name)
        only.append(name if len(names) == 1 else None)
    return starts, only


_NAME_BEFORE_AGE = re.compile(rf"({_NAME})$")


# Prepositions a name is the object of ("An aide to Doe said", "Reyes, responding to Doe, said",
# "Maureen Hall, from Salford, said", "Reyes, a director at the Heart Research Trust, said"),
# with only "the", title words or first names between.
_OBJECT_BEFORE = re.compile(r"\b(?:to|for|of|with|by|from|at|on|about|against|towards?|behind|"
                            rf"praised|thanked|criticised|criticized|attacked|backed)\s+(?:the\s+)?(?:{_CAPITAL}[\w’'.\-]*\s+)*$")
# The subject that starts a sentence, before a clause set off by commas or the verb of a clause
# a participle attaches to: "Pensioner Maureen Hall, 78, from Salford, … said", "Prime Minister
# Alan Smith praised Doe, saying".
_CLAUSE_AFTER_SUBJECT = re.compile(rf",[^“”\"«»]{{1,200}},{_ADVERBS}\s+$")
_PARTICIPLES = frozenset({"saying", "adding", "telling", "writing", "insisting", "arguing",
                          "warning", "explaining", "declaring", "stating", "calling"})
_LEAD = re.compile(r"[\s“\"‘'(]*")
# "in Doe's words", "in the words of Tom Reyes" (before the quote or after it).
IN_WORDS = re.compile(rf"\bin\s+(?:(?P<poss>{_NAME})[’']s\s+(?:own\s+)?words"
                      rf"|the\s+(?:own\s+)?words\s+of\s+(?:{_TITLE})?(?P<of>{_NAME}))")
# Someone's words named before a colon or "that": "Her last line: “…”", "Doe's pledge that
# “…”", "His answer:".
_WHOSE_WORDS = re.compile(
    rf"(?:^|(?<=[\s(]))(?:(?P<name>{_NAME})[’']s|(?P<pro>[Hh]er|[Hh]is))\s+(?:[a-z][\w\-]*\s+){{0,2}}?"
    r"(?:line|lines|words|message|answer|reply|promise|pledge|verdict|response|warning|vow|"
    r"words|remark|remarks|comment|comments|retort)(?:\s+that)?[\s:,—–-]*$")
# A speaker named alone before a colon, starting the sentence (a headline "DOE: 'TWO NEW …'").
_NAME_COLON = re.compile(rf"^[\s“\"‘']*(?P<name>{_CAPITAL}[\w’'\-]*(?:\s+{_CAPITAL}[\w’'\-]*){{0,2}}):\s*$")


_RELATIVE_BEFORE = re.compile(r"\b(?:which|whom)\s+$")
# How someone was when they spoke, a colon opening their words: "Reyes was blunter: “…”", "Doe
# was more cautious:", "Okoro is clear:".
_SAID_HOW = re.compile(r"\s+(?:was|is|were|are|seemed|sounded|remained)\s+"
                       r"(?:(?:more|less|even|far|much|very|rather)\s+)?[a-z][\w\-]*\s*:\s*$")


def _object(before: str, at: int) -> bool:
    """Whether the name at ``before[at:]`` is the object of a preposition or verb before it ("an
    aide to Doe"), not a post's "of" ("Secretary of State Rubio")."""
    m = _OBJECT_BEFORE.search(before, 0, at)
    if m is None:
        return False
    word = _WORD_BEFORE.search(before, max(0, m.start() - 40), m.start())
    return word is None or not word.group(1)[:1].isupper() or word.group(1)[-1:] in ",;:"


def _sentence_subject(before: str, end: int, participle: bool) -> str | None:
    """The person named at the start of ``before`` (the quote's sentence up to a verb at ``end``)
    when the verb is theirs: after a clause set off by commas ("Reyes, responding to Doe, said"),
    or the verb is a participle after a clause of theirs ("Smith praised Doe, saying")."""
    run = _NAME_RUN.match(before, _LEAD.match(before).end())
    if run is None or (name := _surname(run.group())) is None:
        return None
    rest = before[run.end():end]
    if participle:
        ok = re.match(r"\s+[a-z][\w’'\-]*\b[^“”\"«»]*,\s+$", rest) is not None
    else:
        ok = _CLAUSE_AFTER_SUBJECT.match(rest) is not None
    return name if ok else None


def _plural_noun(run: str, whole: str) -> bool:
    """Whether a one-word run starting a sentence is a plural noun, no one named ("Colleagues
    described her", "Neighbours said"): it ends in "s" and the text never names it in full
    ("Tom Reyes")."""
    return (" " not in run and run.endswith("s") and not run.endswith("ss")
            and not _named_in_full(whole, run))


def _as_written(name: str, whole: str) -> str:
    """A name in capitals ("DOE") as the text writes it elsewhere ("Doe"), else capitalised."""
    if not name.isupper():
        return name
    m = re.search(rf"\b{re.escape(name[0])}(?i:{re.escape(name[1:])})\b(?<!{re.escape(name)})", whole)
    return m.group() if m else name.capitalize()


def _speaker_before(before: str, whole: str = "", at: int | None = None,
                    from_start: bool = False) -> tuple[str | None, bool]:
    """(speaker, is_pronoun) from the sentence text before a quote: "Trump said earlier, adding ...".
    ``whole``: the source's text (where a surname is named in full); ``at``: where the quote
    stands in it (a description names someone named before, _described); ``from_start``:
    ``before`` starts where its sentence does."""
    whole = whole or before
    at = len(whole) if at is None else at
    if before.endswith((":", ": ")) and (said := _SAID_HOW.search(before)) is not None:
        # "Reyes, of the Trust, was blunter: “…”": the subject of the clause the colon ends
        head = before[:said.start()] + " "
        m = SUBJECT.search(head, max(0, len(head) - 200))
        if m is not None and m.group("pro"):
            return m.group("pro").lower(), True
        if m is not None and m.group("inst"):
            return _of_name(m.group(), m.group("inst"), whole), False
        if (m is not None and not _object(head, m.start())
                and (name := _surname(m.group("name"))) and _speaks_for_body(m, "name", name, whole)):
            return name, False
    for verb in reversed(list(VERB.finditer(before))):
        if verb.group().lower() == "according to":
            m = ACCORDING.match(before, verb.start())
            if m and (name := _surname(m.group("name"))):
                return name, False
            continue
        if (from_start and verb.group() in _PARTICIPLES
                and before[:verb.start()].rstrip().endswith(",")
                and (name := _sentence_subject(before, verb.start(), True)) is not None):
            return name, False  # "Smith praised Doe, saying": Smith
        m = SUBJECT.search(before, max(0, verb.start() - 90), verb.start())
        if m and m.group("name") and _RELATIVE_BEFORE.search(before, max(0, m.start() - 12), m.start()):
            continue  # "the plan, which Doe announced, “…”": a clause about the plan's object
        if m and m.group("name") and _object(before, m.start()):
            # "An aide to Doe said", "Reyes, responding to Doe, said": Doe is no subject
            if from_start and (name := _sentence_subject(before, verb.start(), False)):
                return name, False
            desc = _DESCRIPTION_BEFORE.search(before, 0, verb.start())
            return (_described(desc.group("desc"), whole, at) if desc else None), False
        if not m:
            if _LOWER_WORD_AT_END.search(before, 0, verb.start()):
                # "The minister said": the one the story named so, else no one named; "what the
                # administration labels “…”": someone unnamed
                desc = _DESCRIPTION_BEFORE.search(before, 0, verb.start())
                return (_described(desc.group("desc"), whole, at) if desc else None), False
            continue  # ", adding that …": the subject is further back
        if m.group("pro"):
            return m.group("pro").lower(), True
        if m.group("inst"):
            return _of_name(m.group(), m.group("inst"), whole), False
        if (name := _surname(m.group("name"))):
            if not _speaks_for_body(m, "name", name, whole):
                return None, False  # "Residents of the Old Town said": no one named
            if (from_start and m.group("name") == name and not _LEAD.match(before).end() < m.start()
                    and _plural_noun(name, whole)):
                return None, False  # "Colleagues described her as": no one named
            return name, False
    if (w := IN_WORDS.search(before)) is not None:
        return _surname(w.group("poss") or w.group("of")), False  # "in Doe's words: “…”"
    if (w := _WHOSE_WORDS.search(before, max(0, len(before) - 120))) is not None:
        if w.group("pro"):
            return ("she" if w.group("pro").lower() == "her" else "he"), True  # "Her last line:"
        return _surname(w.group("name")), False  # "Doe's promise: “…”"
    if from_start and (c := _NAME_COLON.match(before)) is not None:
        name = _surname(c.group("name"))
        if name and _a_person(c.group("name"), _as_written(name, whole), whole, None):
            return _as_written(name, whole), False  # a headline "DOE: '…'"
    return None, False


def find_quotes(text: str, offset: int = 0,
                sentences: list[tuple[int, int]] | None = None, whole: str | None = None) -> list[Found]:
    """Quotes of one paragraph with their speakers as written ("she" unresolved: see resolve).

    ``sentences``: the paragraph's sentence_bounds, when the caller has them already; ``whole``:
    the source's text (where a surname is named in full), the paragraph's if not given.
    """
    whole = text if whole is None else whole
    spans = quote_spans(text)
    if not spans:
        return []
    sentences = sentences or sentence_bounds(text)
    starts = [s for s, _e in sentences]
    found: list[Found] = []
    previous: Found | None = None
    previous_close = 0
    parts: dict[int, list[tuple[Found, str]]] = {}  # a split quote's continuations (_join_parts)
    for open_at, close_at in spans:
        start, end = _trim(text, open_at, close_at)
        inner = text[start:end]
        n_words = len(inner.split())
        if not n_words:
            continue
        sent_start = sentences[max(0, bisect_right(starts, open_at - 1) - 1)][0]
        sent_end = sentences[max(0, bisect_right(starts, close_at) - 1)][1]
        # Attribution is looked for near the quote: the 300 characters of its sentence either side.
        before = text[max(sent_start, open_at - 301): max(sent_start, open_at - 1)]
        after = text[min(close_at + 1, len(text)): max(min(sent_end, close_at + 301), close_at + 1)]
        am = AFTER.match(after)
        if am and am.group("name2") and _POSSESSIVE_S.search(am.group("name2")):
            am = None  # "“…,” said Doe's spokesperson": someone of Doe's, not Doe
        # "“…,” the minister said", "“…,” a spokesperson for the ministry said"
        dm = None if am else _DESCRIBED_SPEAKER.match(after)
        starts_sentence = not before.strip() and inner[:1].isupper()
        if n_words <= SHORT_QUOTE_WORDS and not am:
            window = _CUE_WINDOW.get(n_words, 12)
            cue = any(w in CUE_WORDS for w in _last_words(before[-200:], window))
            continued = starts_sentence and previous is not None and previous.speaker is not None
            # (a quote that opens its sentence, said by someone described right after it, is
            # speech: "“We are not retreating,” the minister said.")
            said = dm is not None and not before.strip()
            if not cue and not continued and not said and not _attributed_after(before, after, n_words):
                continue  # a scare quote ("offer of “help”"), not speech
        speaker, pronoun = None, False
        if am:
            if am.group("pro"):
                speaker, pronoun = am.group("pro").lower(), True
            elif am.group("inst"):
                speaker = _of_name(am.group(), am.group("inst"), whole)
            else:
                speaker = _surname(am.group("name1") or am.group("name2"))
                if speaker and am.group("name1") and not _speaks_for_body(am, "name1", speaker, whole):
                    speaker = None  # "“…,” Supporters of the Green Party said": no one named
        if speaker is None and dm is not None:
            speaker = _described(dm.group("desc") or dm.group("desc2"), whole, offset + open_at)
        elif speaker is None:
            # "“…”, in the words of Tom Reyes"
            if (w := IN_WORDS.match(after, len(after) - len(after.lstrip(" ,")))) is not None:
                speaker = _surname(w.group("poss") or w.group("of"))
            else:
                speaker, pronoun = _speaker_before(before, whole, offset + open_at,
                                                   open_at - 301 <= sent_start)
        norm = quote_norm(inner)
        if not norm:
            continue
        unnamed = False
        if speaker is None:
            # Said by someone described, not named ("a fan told us “…”", "“…,” one woman said").
            # (a verb of speech must be there for the one before: the search for it is cheap)
            described = (_DESCRIBED_AFTER.match(after) if not am else None) or (
                _DESCRIBED_BEFORE.search(tail) if VERB.search(tail := before[-80:]) else None)
            unnamed = described is not None and _someone_else(described.group(1))
        if (speaker is None and previous is not None and not unnamed
                and _AND_QUOTE.fullmatch(text, previous.end - offset, open_at)):
            # “relentless” and “impossible to brief against”: the first one's speaker's
            speaker, pronoun, unnamed = previous.speaker, previous.pronoun, previous.unnamed
        elif speaker is None and previous is not None and starts_sentence:
            speaker, pronoun = previous.speaker, previous.pronoun
            unnamed = previous.unnamed and speaker is None
        elif (speaker is None and not unnamed and previous is None and not before.strip()
              and not am and dm is None and not after.strip(" .!?”\"’'")):
            # A quote that is a sentence of its own, after one whose subject speaks: "Doe said
            # she had visited wards. “…”", "Doe said:" closing the paragraph before.
            speaker = _speaker_of_sentence_before(whole, offset, offset + open_at)
        # A "he"/"she" speaker is resolved against the source's named speakers later.
        f = Found("quote", start + offset, end + offset, inner, key=("quote", norm), norm=norm,
                  speaker=speaker, pronoun=pronoun, unnamed=unnamed)
        if previous is not None and _split_quote(text, previous_close, open_at, inner):
            # “This is a turning point,” Doe said, “for the health service …”: one quote
            parts.setdefault(id(previous), []).append((f, ""))
        else:
            found.append(f)
            previous = f
        previous_close = close_at
    return _join_parts(found, parts)


# Between the parts of a quote split by its attribution: “…,” Doe said, “…” (the first part
# closes on a comma, the attribution holds a verb of speech and no sentence's end).
_SPLIT_GAP = re.compile(r"[”\"’'»]?,?[^\S\n]+(?P<said>[^“”\"«».!?;:\n]{1,80}?),[^\S\n]*[“\"‘'«]")
_JOINING = wordset("and but or because so while which who yet then")


def _split_quote(text: str, close: int, open_at: int, inner: str) -> bool:
    """Whether the quote whose inner text starts at ``open_at`` continues the one that closed at
    ``close``: its first part ends on a comma, an attribution stands between ("Doe said", "she
    said"), and it goes on in lower case."""
    if not inner[:1].islower() or text[close - 1: close + 2].find(",") == -1:
        return False
    m = _SPLIT_GAP.fullmatch(text, close, open_at)
    return m is not None and VERB.search(m.group("said")) is not None


def _join_parts(found: list[Found], parts: dict[int, list[tuple[Found, str]]]) -> list[Found]:
    """``found``, each quote made one with its continuations (``parts``, by id of the quote: each
    part, in order, with the end of the sentence before it, if any): its text runs on, its span
    covers all; the first speaker named among them when it had none."""
    for first in found:
        if id(first) not in parts:
            continue
        values = [first.value]
        for part, stop in parts[id(first)]:
            comma = not stop and part.value.split(None, 1)[0] in _JOINING
            values.append((stop or ("," if comma else "")) + " " + part.value)
            if first.speaker is None and part.speaker is not None:
                first.speaker, first.pronoun, first.unnamed = part.speaker, part.pronoun, False
            first.end = max(first.end, part.end)
        first.value = "".join(values)
        first.norm = quote_norm(first.value)
        first.key = ("quote", first.norm)
    return found


def join_across_paragraphs(quotes: list[Found], text: str, segments: list) -> list[Found]:
    """``quotes`` (of ``text``, in order, each of the paragraph ``segments[q.paragraph]``) with
    those running over two paragraphs or more joined into one: a paragraph that opens a quote
    and never closes it, and the next one opening with a quote mark again, as the convention
    goes (“We will do three things. First … ¶ “Third, …,” she said.): one quote, its speaker
    the one named at its end when none is named at its start."""
    out: list[Found] = []
    parts: dict[int, list[tuple[Found, str]]] = {}
    last: Found | None = None  # the last quote seen (a part or not)
    for q in quotes:
        if (last is not None and q.paragraph == last.paragraph + 1
                and _opens(text, segments[last.paragraph].start, last.start)
                and CLOSING_MARKS.isdisjoint(rest := text[last.end:segments[last.paragraph].end])
                and _opens(text, segments[q.paragraph].start, q.start)):
            stop = rest.strip()[:1]
            parts.setdefault(id(out[-1]), []).append((q, stop if stop in (".", "!", "?") else ""))
        else:
            out.append(q)
        last = q
    return _join_parts(out, parts)


def _opens(text: str, start: int, at: int) -> bool:
    """Whether ``text[start:at]`` is only a quote mark opening a paragraph."""
    mark = text[start:at].strip()
    return len(mark) == 1 and mark in OPENING_MARKS


_AND_QUOTE = re.compile(r"[”\"’'»,.]*\s+(?:and|or)\s+[“\"‘'«]")


# An editor's words opening a quote ("[She] told me", "[the plan] would cost"), standing for the
# speaker's own.
_EDITORS_OPENING = re.compile(r"\[[^\[\]]{1,40}\][^\S\n]*")


def quote_norm(inner: str) -> str:
    """The words a quote is compared by (normalise_quote), without an editor's words in square
    brackets opening it: "[She] told me, …" is the speaker's "A nurse in Leeds told me, …"
    quoted from its second word."""
    if inner.startswith("[") and (m := _EDITORS_OPENING.match(inner)) is not None:
        return normalise_quote(inner[m.end():]) or normalise_quote(inner)
    return normalise_quote(inner)


def _speaker_of_sentence_before(whole: str, paragraph: int, at: int) -> str | None:
    """The person who speaks in the sentence or two before ``at`` (see _person_before), within
    the paragraph that starts at ``paragraph``, or the one before it when it ends on a colon
    ("Doe said:")."""
    lo = paragraph
    base = max(0, paragraph - 200)
    head = whole[base:paragraph].rstrip()
    if head.endswith(":"):
        lo = base + head.rfind("\n") + 1
    lo = max(lo, at - PERSON_LOOKBACK)  # (as far as _person_before reads)
    return _person_before(whole[lo:at], at - lo, frozenset())[0]


# A short quote whose sentence closes on who said it is speech when a verb that finds or judges
# something, or a verb of being, leads into it: "found “no material breaches”, a spokesperson
# said.", "… found “no material breaches” at the site, officials said.", "The offer was
# “insulting”, aides said." (not a clause of a relative pronoun: "the “green deal”, which officials
# said would cost …"). A quoted name or term (after "the", "in", …: "entered the “buffer zone” on
# Monday, the army said", "started in the “mixing hall”, the company said") is no speech of theirs.
_ATTRIBUTED_AFTER = re.compile(
    r"(?P<gap>[^“”\"«»,.!?;]{0,60}),\s+(?!(?:which|that|who|whom|whose|where|when)\b)"
    rf"(?:[\w’'\-]+\s+){{1,6}}?(?:{SPEECH_VERBS})\b(?:\s+[\w’'\-]+){{0,5}}[\s.!?”\"]*$")
_LEAD_IN_WORDS = wordset(
    """found finds find concluded concludes ruled rules judged judges considered considers rated
    rates assessed assesses showed shows revealed reveals confirmed confirms
    is are was were be been being remains remained seemed seems looked looks sounded sounds
    proved proves became becomes"""
)
# Between the verb and the quote: "called it “…”", "described as “…”", "found them “…”".
_LEAD_IN_OBJECTS = wordset("it them this that him her us me as")


def _led_in(before: str) -> bool:
    """Whether the words right before a quote lead into words of the speaker's own (_LEAD_IN_WORDS
    or CUE_WORDS, an object pronoun or "as" between)."""
    words = _last_words(before[-40:], 2)
    if words and words[-1] in _LEAD_IN_OBJECTS:
        words = words[:-1]
    return bool(words) and (words[-1] in _LEAD_IN_WORDS or words[-1] in CUE_WORDS)


def _attributed_after(before: str, after: str, n_words: int) -> bool:
    """Whether the rest of a short quote's sentence (``after``) says who said it
    (_ATTRIBUTED_AFTER) and the words ``before`` it lead into it (_led_in); a one-word quote only
    right before the attribution ("“help”, aides said"; not "the offer of “help” came late, aides
    said": a word of theirs or a scare quote)."""
    if not _led_in(before):
        return False
    m = _ATTRIBUTED_AFTER.match(after)
    return m is not None and (n_words > 1 or not m.group("gap").strip())


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_GENDER = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}
# A name right after these is an object ("a call with Trump", "told Trump"), not a subject.
_OBJECT_WORDS = wordset("with from to by for about against of on at and between told asked called "
                        "tells")
_SENTENCE_STOP = re.compile(r"[.!?]")
_PRONOUN = re.compile(r"\bs?he\b", re.IGNORECASE)


def _is_object(text: str, start: int) -> bool:
    before = text[max(0, start - 60): start].split()
    for word in reversed(before[-4:]):
        if word[:1].isupper():
            continue  # titles and first names: "with President Donald Trump"
        return word.lower() in _OBJECT_WORDS
    return False


def _gender_after(text: str, end: int, names: set[str]) -> str | None:
    """"he" or "she" within eight words after a name, before any other name; else None."""
    window = _SENTENCE_STOP.split(text[end: end + 80], maxsplit=1)[0]
    if not _PRONOUN.search(window):
        return None  # (most windows: no "he" or "she" at all)
    for word in window.split()[:8]:
        word = word.strip(",;:“”\"'’‘()")
        if word in names:
            return None
        if word.lower() in ("he", "she"):  # "her"/"his" often belong to someone else
            return _GENDER[word.lower()]
    return None


@memo(maxsize=256)
def _names_pattern(names: frozenset[str]) -> re.Pattern:
    # Led by the names (a prefix tree): re then skips ahead to their first letters. The word
    # boundary before a name is checked by _name_matches.
    return re.compile(r"(?:" + trie_pattern(names) + r")\b(?P<poss>[’']s\b)?")


def _name_matches(names: frozenset[str], text: str) -> Iterator[re.Match]:
    """What ``finditer`` of ``\b(?:names)\b…`` gives: each name that starts a word."""
    pattern = _names_pattern(names)
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            pos = start + 1  # inside a word ("McTrump")
            continue
        yield m
        pos = m.end()


def resolve_pronouns(quotes: list[Found], text: str, paragraph_start: dict[int, int],
                     heading_ends: Sequence[int] = ()) -> None:
    """Replace "he"/"she" speakers with the named speaker most recently the subject of a sentence.

    Names come from the source's own attributions; an occurrence counts as subject unless it follows
    a preposition ("a call with Trump") or is possessive ("Trump’s offer"). A name known to go with
    the other pronoun ("Trump said ... he") is passed over. When the quote's own paragraph names
    a person before it who could not be told to be the speaker or not ("Maria Gomez died. “…,” he
    said."), no speaker of an earlier paragraph is taken instead (``paragraph_start``: where each
    quote's paragraph, by ``Found.paragraph``, starts in ``text``).

    A speaker never comes from before a heading (``heading_ends``: where each heading ends in
    ``text``, in order), nor from the heading itself ("What Professor Tom Hale thinks" names whom
    the section is about, not who speaks): a new section may quote someone not named before, so
    with no one named in the section the quote stands with no speaker rather than a wrong one.
    """
    pending = [q for q in quotes if q.pronoun]
    if not pending:
        return
    names = {q.speaker for q in quotes if q.speaker and not q.pronoun}
    votes: dict[str, Counter[str]] = {n: Counter() for n in names}
    subjects: list[tuple[int, str]] = []
    if names:
        for m in _name_matches(frozenset(names), text):
            name = m.group().removesuffix(m.group("poss") or "")
            if (g := _gender_after(text, m.end(), names)) is not None:
                votes[name][g] += 1
            if not m.group("poss") and not _is_object(text, m.start()):
                subjects.append((m.start(), name))
    genders = {n: v.most_common(1)[0][0] for n, v in votes.items() if v}
    starts = [p for p, _n in subjects]
    gender_of: dict[str, str | None] = {}
    known = frozenset(names)
    for q in pending:
        want = _GENDER.get(q.speaker or "")
        q.speaker, q.pronoun = None, False
        # The one person named in the sentence or two before when known to go with this pronoun,
        # or when no named speaker is; else the last named speaker of that pronoun.
        h = bisect_right(heading_ends, q.start)
        section = heading_ends[h - 1] if h else 0
        near, named_at = _person_before(text, q.start, known, section)
        floor = section
        if named_at == q.start:
            floor = q.start  # (several speak in the sentence before: none of them, nor earlier)
        elif near is None and named_at is not None:
            start = paragraph_start.get(q.paragraph, 0)
            floor = max(floor, start) if named_at >= start else floor
        if near is not None:
            if want and near not in gender_of:
                gender_of[near] = _gender_of(near, text, names | {near})
            gender = gender_of[near] if want else want
            confirmed = want and any(genders.get(name) == want
                                     for _p, name in subjects[:bisect_left(starts, q.start)])
            if gender == want or (gender is None and not confirmed):
                q.speaker = near
                continue
        for i in range(bisect_left(starts, q.start) - 1, bisect_left(starts, floor) - 1, -1):
            name = subjects[i][1]
            if not want or genders.get(name, want) == want:
                q.speaker = name
                break


def _gender_of(name: str, text: str, names: set[str]) -> str | None:
    """The pronoun most used right after ``name`` in ``text`` (see _gender_after), or None."""
    votes: Counter[str] = Counter()
    for m in _name_matches(frozenset({name}), text):
        if not m.group("poss") and (g := _gender_after(text, m.end(), names)) is not None:
            votes[g] += 1
    return votes.most_common(1)[0][0] if votes else None


_NAME_RUN = re.compile(_NAME)
_PLACE_WORDS = wordset("in at near outside from across into")
_DETERMINERS = wordset("the a an this that these those its their our")
_NOT_SUBJECT_AFTER = _PLACE_WORDS | _OBJECT_WORDS
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|«[^»]*»")
PERSON_LOOKBACK = 600  # characters: the quote's sentence and the two before it, at most


def _written_lower(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` (lower case) as a word of its own somewhere."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (not at or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalpha()):
            return True
        at = text.find(word, at + 1)
    return False


def _person_before(text: str, pos: int, known: frozenset[str],
                   floor: int = 0) -> tuple[str | None, int | None]:
    """The person named in the sentence of ``pos`` (before it) or, when none is, in the one or
    two before it, when that person is the subject of a verb of speech there: "Simonyte conceded
    defeat. “…,” she said."; of several named there, the one who speaks ("One of the dead was a
    forklift operator, his sister, Carla Mendez, told reporters. “…,” she said."), not one named
    in what the speaker reports ("Sheinbaum said … that Trump acknowledged …", "Lopez said her
    lawyer, David Kim, had told her …"). None when none of them speaks there: two named ("Trump
    met Sheinbaum."), or the one named does something else ("Maria Gomez, 34, died in the
    collapse. “…,” he said.": the one who speaks is someone else; "Mayor Ana Lopez visited the
    site. “…,” she added."); None too when several speak there, each in a clause of their own.

    Also where (in ``text``) the first person there is named (a name of ``known``, or of two
    words or more not after a determiner: not "Dunmore", "The Red Cross", "Acme"), or None when
    none is; ``pos`` when several speak (no speaker before them may be taken).

    A person is a run of capitalised words not after a preposition ("in Vilnius", "with Trump"),
    not possessive, not a month or weekday, and not one word starting a sentence that the text
    also writes in lower case ("Party leader Vilija Blinkeviciute ... the party's").

    Nothing before ``floor`` is read (the end of a heading: a new section).
    """
    lo = max(floor, pos - PERSON_LOOKBACK)
    # (Names inside quotes are no one's attribution: blanked, offsets kept.)
    window = _QUOTED.sub(lambda m: " " * len(m.group()), text[lo:pos])
    bounds = _paragraph_sentences(window)
    if lo > floor and len(bounds) > 1:
        bounds = bounds[1:]  # (the first may be cut)
    for s_start, s_end in reversed(bounds[-3:]):
        named_at = pos
        speaks: dict[str, bool] = {}  # each person named: whether a subject of a verb of speech
        said_to = None  # where the first speaker's verb ends: a clause it reports may follow
        sentence = window[s_start:s_end]
        first = len(sentence) - len(sentence.lstrip(" “”\"\n"))
        for m in _NAME_RUN.finditer(sentence):
            run = m.group()
            if sentence.startswith(("’s", "'s"), m.end()):
                continue
            word = _WORD_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
            if word and word.group(1).lower().strip(",;:“”\"") in _NOT_SUBJECT_AFTER:
                continue
            if m.start() == first and " " not in run and _written_lower(text, run.lower()):
                continue  # "Party leader ...": a common word, written in lower case elsewhere
            name = _surname(run)
            if name and fold(name) not in MONTH_WORDS:
                end = _speech_end(sentence, m, word)
                if (end is not None and said_to is not None
                        and _reported(text[lo + s_start:lo + s_end], said_to, m.start())):
                    end = None  # "Sheinbaum said … that Trump acknowledged": Sheinbaum speaks
                if end is not None and said_to is None:
                    said_to = end
                speaks[name] = speaks.get(name, False) or end is not None
                if named_at == pos and (name in known or _a_person(run, name, text, word)):
                    named_at = lo + s_start + m.start()  # (the first: names go left to right)
        if speaks:
            spoken = [name for name, spoke in speaks.items() if spoke]
            if len(spoken) > 1:
                return None, pos  # (several speak there: no one can be told the speaker)
            return (spoken[0] if spoken else None), (named_at if named_at < pos else None)
    return None, None


_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def _paragraph_sentences(text: str) -> list[tuple[int, int]]:
    """sentence_bounds of ``text``, each sentence cut where a paragraph ends too: a heading with
    no stop after it ("What the lead researcher said") is a sentence of its own, not the start of
    the next paragraph's."""
    bounds = sentence_bounds(text)
    if "\n" not in text:
        return bounds
    out: list[tuple[int, int]] = []
    for start, end in bounds:
        for m in _PARAGRAPH_BREAK.finditer(text, start, end):
            out.append((start, m.end()))
            start = m.end()
        out.append((start, end))
    return out


# What ends a clause that a speaker reports: a semicolon, a clause of its own ("…, and Kim
# answered"), or the speaker's own words in quotes ("Trump said: “…” Smith replied").
_CLAUSE_BREAK = re.compile(r"[;“”\"]|,\s+(?:and|but|while|whereas)\b|\s+(?:while|whereas)\b")


def _reported(sentence: str, said_to: int, at: int) -> bool:
    """Whether a name at ``at`` in ``sentence`` stands in what the speaker whose verb of speech
    ends at ``said_to`` reports ("Lopez said her lawyer, David Kim, had told her"), not in a
    clause of its own ("Lopez spoke first, and Kim answered questions")."""
    return at >= said_to and not _CLAUSE_BREAK.search(sentence, said_to, at)


_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][\w’'\-]*)\s+$")


@memo(1024)
def _named_in_full(text: str, name: str) -> bool:
    """Whether ``text`` writes the one word ``name`` after a capitalised word that is not a
    determiner, as a person's surname ("Claudia Sheinbaum", "Fire Chief Dana Whitfield")."""
    # (each place of the name found by str.find, the word before it read: a pattern of the
    # name's own, made for each call, cost a tenth of tally_facts)
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if end == len(text) or not (text[end].isalnum() or text[end] == "_"):
            m = _CAPITALISED_BEFORE.search(text, max(0, at - 80), at)
            if m and fold(m.group(1)) not in _DETERMINERS:
                return True
        at = text.find(name, at + 1)
    return False


def _a_person(run: str, name: str, text: str, before: re.Match | None) -> bool:
    """Whether a run of capitalised words reads as a person's name: not after a determiner (in
    the run or the word ``before`` it), and of two words or more or a surname ``text`` writes
    after a given name or title elsewhere ("Maria Gomez", "Sheinbaum"; not "Dunmore", "The Red
    Cross", "the Red Cross", "The Supreme Court", "Acme")."""
    tokens = run.split()
    if fold(tokens[0]) in _DETERMINERS or (
            before is not None and fold(before.group(1).strip(",;:“”\"")) in _DETERMINERS):
        return False
    return len(tokens) > 1 or _named_in_full(text, name)


# What a person says, does when speaking or states ("Mayor Ana Lopez spoke later", "Simonyte
# conceded defeat"), besides the verbs that attribute a quote.
_STATEMENT_VERBS = CUE_WORDS | {"continued"} | wordset(
    "spoke speaks conceded concedes confirmed confirms denied denies answered commented comments "
    "testified addressed")
# What a person is, said of how they speak or what they think of what they speak about ("Prof
# Jane Okoro was enthusiastic about the results. “…,” she said."): the one who speaks next; not a
# state ("Maria Gomez was injured", "was critical", "was positive"), which says nothing of
# speaking.
_STANCE_WORDS = wordset(
    """enthusiastic cautious cautiously optimistic pessimistic upbeat confident adamant defiant
    blunt candid frank emphatic scathing sceptical skeptical hopeful dismissive unrepentant
    unapologetic forthright outspoken effusive bullish gloomy downbeat keen insistent unequivocal
    circumspect scornful angry furious delighted pleased disappointed"""
)
_COPULAS = wordset("was is were are seemed seems sounded sounds remained remains appeared appears")
_VERB_AFTER_NAME = re.compile(rf"{_OF_BODY}{_APPOSITION}{_ADVERBS}\s+(?P<verb>[a-z]+)\b"
                              r"(?:\s+(?:more\s+|less\s+|very\s+|far\s+|clearly\s+)?(?P<stance>[a-z]+)\b)?")


def _speech_end(sentence: str, name: re.Match, word_before: re.Match | None) -> int | None:
    """Where the verb of speech that the person ``name`` (a match in ``sentence``) is the subject
    of ends there, or None when that person does not speak: "Ana Lopez spoke", "Blinkeviciute,
    70, told", "said Tom Reyes" (``word_before``: the word before the name, if any)."""
    if word_before and word_before.group(1).lower() in SPEECH_VERB_WORDS:
        return name.end()
    verb = _VERB_AFTER_NAME.match(sentence, name.end())
    if verb is None:
        return None
    if verb.group("verb") in _STATEMENT_VERBS:
        return verb.end("verb")
    if verb.group("verb") in _COPULAS and verb.group("stance") in _STANCE_WORDS:
        return verb.end()  # "Okoro was enthusiastic": how she speaks
    return None
