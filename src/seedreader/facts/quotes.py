"""Quotations: text in quotation marks of any style, nested, with apostrophes never taken for quote
marks, short scare quotes told apart from quoted speech, and the speaker where the sentence says.

Marks: “ ” „ ‘ ’ ‚ « » ‹ › and straight " '. An apostrophe between letters (Mexico’s, don’t) or
before a digit (’90s) is never a mark. Only top-level quotes become facts; nested quotes stay inside
their outer quote's text.
"""

from __future__ import annotations

import re

from .found import Found
from .words import fold, normalise_quote, sentence_bounds, wordset

# Quotes of up to this many words need a cue that they are speech (scare quotes otherwise).
SHORT_QUOTE_WORDS = 4
_CUE_WINDOW = {1: 8}  # words between the cue and a one-word quote; 12 for longer short quotes
CUE_WORDS = wordset(
    """said say says saying told tell tells telling stated states stating added adds adding called
    calls calling described describes describing characterized characterised characterizes
    characterises characterizing characterising labeled labelled labels labeling labelling termed
    terms dubbed dubs branded deemed suggested suggests suggesting warned warns warning vowed vows
    promised promises pledged insisted insists insisting argued argues arguing claimed claims
    declared declares announced asked asks urged urges urging pressed demanded demands reiterated
    reiterates stressed stresses emphasized emphasised emphasizes emphasises emphasizing noted notes
    wrote writes tweeted posted replied responded threatened accused praised hinted acknowledged
    admitted explained explains according quoted quoting joked recalled repeated remarked
    described"""
)
SPEECH_VERBS = (
    r"said|says|told|tells|stated|states|added|adds|adding|wrote|writes|asked|asks|replied|"
    r"responded|explained|explains|continued|noted|notes|insisted|insists|argued|argues|warned|"
    r"warns|declared|declares|stressed|stresses|emphasi[sz]ed|reiterated|acknowledged|admitted|"
    r"recalled|remarked|tweeted|posted|announced|characteri[sz]ed|described|describes|called|calls|"
    r"suggested|suggests|urged|urges|pressed|labels|label(?:l)?ed|vowed|promised|threatened|"
    r"claimed|claims|hinted|saying|telling"
)
_NAME = r"(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*"
AFTER = re.compile(
    rf"^[\s,.!?;:—–-]*(?:(?P<pro>[Hh]e|[Ss]he)\s+(?:{SPEECH_VERBS})\b"
    rf"|(?P<name1>{_NAME})\s+(?:(?:also|then|later|again|had|has)\s+)?(?:{SPEECH_VERBS})\b"
    rf"|(?:{SPEECH_VERBS})\s+(?P<name2>{_NAME}))"
)
VERB = re.compile(rf"\b(?:{SPEECH_VERBS}|according to)\b")
SUBJECT = re.compile(
    rf"(?:(?P<pro>\b[Hh]e|\b[Ss]he)|(?P<name>{_NAME}))"
    r"(?:\s+(?:also|had|has|have|then|later|again|publicly|repeatedly|reportedly|once|earlier|"
    r"previously|recently|firmly|further|clearly|explicitly)){0,2}\s+$"
)
ACCORDING = re.compile(rf"\baccording to\s+(?:{_NAME}\s+)?(?P<name>{_NAME})")
# Capitalised words that are not people.
_NOT_NAMES = wordset(
    """the a an it its this that these those he she they we i you his her their our my in on at
    but and or so if as meanwhile however earlier later then also after before when while since
    monday tuesday wednesday thursday friday saturday sunday president secretary minister mr mrs
    ms dr state department government ministry officials police us u.s mexico united states"""
)

_OPENERS = {"“": "d", "„": "d", "«": "g", "‹": "h", "‚": "s"}
_CLOSERS = {"”": "d", "»": "g", "›": "h"}
_SPACE_BEFORE = " \t\n([{—–-/"
_CLOSE_FOLLOW = " \t\n.,;:!?)]}—–-…"


def _apostrophe(prev: str, nxt: str) -> bool:
    return (prev.isalnum() and nxt.isalpha()) or (prev.isspace() and nxt.isdigit())


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

    for i, c in enumerate(text):
        if c not in "“”„‘’‚«»‹›\"'":
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        kinds = [k for k, _ in stack]
        left = (prev in _SPACE_BEFORE or prev in _OPENERS or prev in "‘\"'") and not nxt.isspace()
        right = not prev.isspace() and (nxt in _CLOSE_FOLLOW or nxt in _CLOSERS or nxt in "’\"'")
        if c == "„" or c == "‚" or c == "«" or c == "‹":
            stack.append((_OPENERS[c], i))
        elif c == "“":
            if "d" in kinds and stack[-1][0] == "d" and text[stack[-1][1]] == "„":
                close("d", i)  # German „…“
            else:
                stack.append(("d", i))
        elif c in _CLOSERS:
            if _CLOSERS[c] in kinds:
                close(_CLOSERS[c], i)
        elif c == "‘":
            if not _apostrophe(prev, nxt):
                stack.append(("s", i))
        elif c == "’":
            if _apostrophe(prev, nxt) or "s" not in kinds:
                continue
            if prev in "sS" and nxt == " " and i + 2 < n and text[i + 2].islower() \
                    and "’" in text[i + 1:]:
                continue  # "the students’ union": a plural possessive, the quote closes later
            close("s", i)
        elif c == '"':
            if "D" in kinds and (right or not left):
                close("D", i)
            elif left:
                stack.append(("D", i))
        elif c == "'":
            if _apostrophe(prev, nxt):
                continue
            if "S" in kinds and right:
                close("S", i)
            elif left and nxt.isalpha():
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


def _surname(run: str | None) -> str | None:
    if not run:
        return None
    tokens = [re.sub(r"[’']s$", "", t).strip(".,") for t in run.split()]
    tokens = [t for t in tokens if t and fold(t) not in _NOT_NAMES]
    if not tokens:
        return None
    return tokens[-1]


def _words_before(text: str) -> list[str]:
    return [fold(w) for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text)]


def _speaker_before(before: str) -> tuple[str | None, bool]:
    """(speaker, is_pronoun) from the sentence text before a quote: "Trump said earlier, adding ..."."""
    for verb in reversed(list(VERB.finditer(before))):
        if verb.group() == "according to":
            m = ACCORDING.match(before, verb.start())
            if m and (name := _surname(m.group("name"))):
                return name, False
            continue
        m = SUBJECT.search(before, 0, verb.start())
        if not m:
            if re.search(r"\b[a-z]{3,}\s+$", before[: verb.start()]):
                return None, False  # "what the administration labels “…”": someone unnamed
            continue  # ", adding that …": the subject is further back
        if m.group("pro"):
            return m.group("pro").lower(), True
        if (name := _surname(m.group("name"))):
            return name, False
    return None, False


def find_quotes(text: str, offset: int = 0) -> list[Found]:
    """Quotes of one paragraph with their speakers as written ("she" unresolved: see resolve)."""
    sentences = sentence_bounds(text)
    found: list[Found] = []
    previous: Found | None = None
    for open_at, close_at in quote_spans(text):
        start, end = _trim(text, open_at, close_at)
        inner = text[start:end]
        norm = normalise_quote(inner)
        if not norm:
            continue
        n_words = len(norm.split())
        sent_start = next((s for s, e in sentences if s <= open_at - 1 < e), 0)
        sent_end = next((e for s, e in sentences if s <= close_at < e), len(text))
        before = text[sent_start: max(sent_start, open_at - 1)]
        after = text[min(close_at + 1, len(text)): max(sent_end, close_at + 1)]
        am = AFTER.match(after)
        speaker, pronoun = None, False
        if am:
            if am.group("pro"):
                speaker, pronoun = am.group("pro").lower(), True
            else:
                speaker = _surname(am.group("name1") or am.group("name2"))
        if speaker is None:
            speaker, pronoun = _speaker_before(before)
        starts_sentence = not before.strip() and inner[:1].isupper()
        if n_words <= SHORT_QUOTE_WORDS and not am:
            window = _CUE_WINDOW.get(n_words, 12)
            cue = any(w in CUE_WORDS for w in _words_before(before)[-window:])
            continued = starts_sentence and previous is not None and previous.speaker is not None
            if not cue and not continued:
                continue  # a scare quote ("offer of “help”"), not speech
        if speaker is None and previous is not None and starts_sentence:
            speaker, pronoun = previous.speaker, previous.head == "pronoun"
        f = Found("quote", start + offset, end + offset, inner, key=("quote", norm), norm=norm,
                  speaker=speaker)
        if pronoun:
            f.head = "pronoun"  # resolved against the source's named speakers later
        found.append(f)
        previous = f
    return found


_PRONOUN = re.compile(r"\b(?P<p>[Hh]e|[Ss]he)\b")  # "her"/"his" often belong to someone else
_GENDER = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}
_OBJECT_BEFORE = re.compile(r"\b(?:with|from|to|by|for|about|against|of|on|at|and|between|told|"
                            r"asked|called|tells)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")


def _genders(names: set[str], text: str) -> dict[str, str]:
    """He or she for each name, from the first "he"/"she" within a few words after it, if any."""
    votes: dict[str, dict[str, int]] = {n: {} for n in names}
    others = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    for name in names:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            window = re.split(r"[.!?]", text[m.end(): m.end() + 80], maxsplit=1)[0]
            window = " ".join(window.split()[:8])
            p = _PRONOUN.search(window)
            if p and not others.search(window, 0, p.start()):
                g = _GENDER[p.group("p").lower()]
                votes[name][g] = votes[name].get(g, 0) + 1
    return {n: max(v, key=v.get) for n, v in votes.items() if v}


def resolve_pronouns(quotes: list[Found], text: str) -> None:
    """Replace "he"/"she" speakers with the named speaker most recently the subject of a sentence.

    Names come from the source's own attributions; an occurrence counts as subject unless it follows
    a preposition ("a call with Trump") or is possessive ("Trump’s offer"). A name known to go with
    the other pronoun ("Trump said ... he") is passed over.
    """
    pending = [q for q in quotes if q.head == "pronoun"]
    if not pending:
        return
    names = {q.speaker for q in quotes if q.speaker and q.head != "pronoun"}
    genders = _genders(names, text) if names else {}
    occurrences: dict[str, list[int]] = {}
    for name in names:
        occurrences[name] = [
            m.start() for m in re.finditer(rf"\b{re.escape(name)}\b(?![’']s\b)", text)
            if not _OBJECT_BEFORE.search(text, max(0, m.start() - 60), m.start())
        ]
    for q in pending:
        want = _GENDER.get(q.speaker or "")
        best, best_pos = None, -1
        for name, positions in occurrences.items():
            if want and genders.get(name, want) != want:
                continue
            pos = max((p for p in positions if p < q.start), default=-1)
            if pos > best_pos:
                best, best_pos = name, pos
        q.speaker = best
        q.head = None
