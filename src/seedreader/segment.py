"""Sanitized text to paragraphs: page furniture dropped, hard-wrapped lines joined, headings, lists
and preformatted blocks.

Layout is read block by block (a block: lines between blank lines), never for the whole document,
so documents that mix layouts come out right:

- lines of similar width that end mid-sentence are hard-wrapped: they are joined into paragraphs
  (a new one starts at a list item, or after a line that ends a sentence well short of the width);
- lines that end sentences are one paragraph each (news copy), with short unpunctuated lines
  between them as headings;
- lines indented deeper than the rest of their block (code, quotations) are read as a block of
  their own; lines laid out in columns (tabs, runs of spaces: tables, "Problem:   ..." records)
  stay lines, kept together with their spacing as one preformatted segment;
- other runs of short lines that are not prose (addresses, code at the margin) are preformatted;
- list items in a row are one list segment, but an item that is a paragraph of prose (two
  sentences or more, ``PROSE_ITEM`` characters), as legal texts and reports number their
  sections, is a paragraph of its own; lines that start with another enumerator ("(a)", "(iv)",
  "b)", "2.3") are items too, whatever their length, where two of a block's read as a sequence;
- a list of sources at the end, under a heading such as "Sources" or "References", is a list
  even when its lines have no bullets (``SOURCES_HEADING``, ``_sources_at_end``).

Furniture goes line by line (a line of parts, "By J. Doe | Updated 3 hours ago | 12 comments",
loses the parts that are), and an e-mail's header block at the top is its subject alone.

The cleaned text is the segments joined by a blank line, so ``text[s.start:s.end]`` is segment
``s``, and segmenting the cleaned text again gives the same text.

Work is linear in the text: whole-text regular expressions find the few lines that may be page
furniture and the blocks; only blocks with indentation or columns are looked at line by line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, chain, pairwise
from operator import add

from .labels import ITEM_LABEL, ITEM_MARK, in_sequence, label_readings
from .models import Segment, SegmentKind
from .patterns import trie_pattern

# --- page furniture -------------------------------------------------------------------------------
# Interface strings that scrapers carry along with an article. A line is furniture when it is short
# and not prose (no closing punctuation) and matches one of these shapes, or when it is a known
# boilerplate sentence (the phrase list). Matching is on the whole line, case-insensitively.
_UNITS = r"(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?)"
# Where a page was saved from: an app or a site by its name ("Saved from Pocket", "Clipped with
# Evernote"), not "Saved by the bell" or "Captured on camera".
_NAME = r"(?-i:[A-Z0-9])[\w'’.&-]*"
_SAVED_FROM = rf"(?:saved|clipped|archived)\s+(?:from|with|to|via|using)\s+{_NAME}(?:\s+{_NAME})?"
# A credit is a name, or names, often with an agency ("Jane Doe/Reuters", "Sam Lee / Riverton
# Gazette", "AFP via Getty Images"), not a sentence ("Graphic: where the money goes").
_CREDIT = (rf"{_NAME}(?:\s+(?:{_NAME}|(?-i:de|van|von|der|den|la|le|du|da|di|al|bin)))*"
           r"(?:(?:\s*[/|,;]\s*|\s+(?:via|for|and|&)\s+)" + rf"{_NAME}(?:\s+{_NAME})*)*")
# Social networks and ways to share that a row of sharing buttons names.
SHARE_NAMES = ("facebook", "twitter", "x", "email", "e-mail", "mail", "linkedin", "whatsapp",
               "reddit", "pinterest", "telegram", "instagram", "youtube", "tiktok", "threads",
               "bluesky", "mastodon", "messenger", "flipboard", "sms", "print", "copy link")
# The pattern is written with NET (a share name) and SEP (what stands between two) and compiled
# once, with them filled in.
_UI_LINE = re.compile((
    r"""^(?:
      (?:updated|published|posted)?\s*(?:\d+|an?|one)\s+""" + _UNITS + r"""\s+ago\b.*   # 1 day ago 3
    | (?:estimated\s+)?\d+\s*""" + _UNITS + r"""(?:\s+(?:read|listen|watch))?(?:\s+time)?  # 5 min read
    | (?:reading|listening)\s+time:?\s*\d+\s*""" + _UNITS + r"""?
    | (?:read|see|view)\s+(?:the\s+)?(?:entire|full|whole|complete|original)\s+(?:article|story)
    | (?:continue|keep)\s+reading(?:\s+(?:the\s+)?(?:article|story))?
    | (?:the\s+)?(?:story|article)\s+continues(?:\s+(?:below|after|under)(?:\s+(?:this|the))?
      (?:\s+(?:ad|advert|advertisement))?)?
    | (?:listen|watch)\s+(?:to\s+)?(?:this|the)\s+(?:article|story|video)
    | (?:play|pause|mute|unmute)(?:\s+(?:video|audio))?
    | (?:share|save|print|email|e-mail|copy)(?:\s+(?:this|the))?(?:\s+(?:article|story|link|page))?
      (?:\s+(?:on|via|to)\s+\S+)?
    | (?:subscribe|sign\s+up|sign\s+in|log\s+in|register)(?:\s+(?:now|here|today|for\s+free))?
    | (?:follow\s+us|like\s+us)(?:\s+on\s+.+)?
    | (?:skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|scroll\s+to\s+top|menu|search|close)
    | (?:related|recommended|most\s+(?:read|popular|viewed))(?:\s+(?:articles|stories|news))?
    | advertisement|advertising|sponsored(?:\s+content)?|ad|ads
    | (?:accept|reject|manage)(?:\s+all)?\s+cookies|cookie\s+(?:settings|preferences|policy)
    | (?:image|photo|video)\s+(?:source|credit)s?\s*:?.*
    | (?:photo(?:graph)?s?|images?|pictures?|illustrations?|graphics?)(?:\s*:|\s+by\s)\s*"""
      + _CREDIT + r"""                                                     # Photo: J. Doe
    | unsubscribe(?:\s+here)?(?:\s*:.*)?                        # Unsubscribe: https://...
    | view\s+(?:this\s+)?(?:e-?mail|newsletter)\s+(?:in|on)\s+(?:your|a|the)\s+(?:web\s+)?browser
    | """ + _SAVED_FROM + r"""                                    # Saved from Pocket
    | (?:(?:share|follow\s+us)(?:\s+(?:this|the))?(?:\s+(?:article|story|page|post))?
      (?:\s+(?:on|via))?\s*:?\s*""" + r"""(?:NET)(?:SEP(?:NET))*
      | (?:NET)(?:SEP(?:NET))+)                                    # Facebook Twitter Email
    | (?:comments?|shares?|views?)\s*:?\s*\d*|\d+\s+(?:comments?|shares?|views?)
    )$""").replace("NET", "|".join(n.replace(" ", r"\s+") for n in SHARE_NAMES))
    .replace("SEP", r"\s*[\s·•|,/]\s*"),
    re.IGNORECASE | re.VERBOSE,
)
# Boilerplate sentences, matched anywhere in a line of modest length.
FURNITURE_PHRASES = (
    "audio version of this article",
    "this article is generated by ai",
    "we use cookies",
    "by continuing to use this site",
    "by using this site, you agree",
    "sign up for our newsletter",
    "subscribe to our newsletter",
    "all rights reserved",
    "this content was produced by",
    "click here to",
    "you are receiving this",
)
_PHRASE = re.compile("|".join(re.escape(p) for p in FURNITURE_PHRASES), re.IGNORECASE)
# Ad labels printed in capitals ("ARTICLE AD BOX", "ADVERTISEMENT", "STORY CONTINUES BELOW AD"):
# every word is one of these, and one of them is an ad word.
_AD_WORDS = frozenset({"AD", "ADS", "ADVERT", "ADVERTS", "ADVERTISEMENT", "ADVERTISING",
                       "SPONSORED", "PROMOTED", "PROMOTION"})
_AD_LABEL_WORDS = _AD_WORDS | {"ARTICLE", "BOX", "SLOT", "BANNER", "STORY", "CONTINUES", "BELOW",
                               "AFTER", "CONTENT", "FROM", "OUR", "PARTNER", "PARTNERS", "PAID",
                               "POST", "TOP", "BOTTOM", "INLINE", "MID", "FEATURE", "BY", "THE"}
_WORD = re.compile(r"\w+")
_HAS_ALNUM = re.compile(r"[^\W_]")

FURNITURE_MAX_WORDS = 8
PHRASE_MAX_CHARS = 400


# A call to subscribe, which may end as a sentence does: "Subscribe to the Gazette newsletter!"
_CALL_LINE = re.compile(
    r"(?:subscribe|sign\s+up)(?:\s+(?:now|today|free))?\s+(?:to|for)\s+"
    r"(?:(?:[\w'’&.-]+\s+){0,4}?(?:newsletters?|digest|briefing)"  # (emergency alerts are no call:
    r"|our\s+(?:[\w'’&.-]+\s+){0,3}?(?:e-?mails?|alerts|updates))"  # only alerts of "our" site)
    r"(?:\s+(?:here|now|today|for\s+free|below))?\s*[.!]*", re.IGNORECASE)


def is_furniture(line: str, phrases: bool = True) -> bool:
    """Whether a stripped line is page furniture rather than article text (``phrases=False``:
    the caller knows it holds no boilerplate phrase)."""
    if not line or len(line) > PHRASE_MAX_CHARS:
        return False
    return (not _HAS_ALNUM.search(line) or phrases and bool(_PHRASE.search(line))
            or _is_interface_line(line)
            or line[:1] in "SsŞ>»›•·-–—|: \t" and _CALL_LINE.fullmatch(_bare(line)) is not None)


def _bare(line: str) -> str:
    """A line without the ornaments around interface strings."""
    return line.strip(" \t-–—|•·:›»>").strip()


# Bits of furniture in a line of parts ("By Jamie Reyes | Updated 3 hours ago | 128 comments",
# "Saved from Pocket · 5 min read"): the parts that are furniture go, the others stay.
_SEPARATORS = (b" | ", " \u00b7 ".encode(), " \u2022 ".encode())
_PART_BORDER = re.compile(r"\s+[|\u00b7\u2022]\s+")
MAX_PARTS = 6
PARTED_REACH = 4000  # bytes from either end of a text where lines of parts are looked for


# The parts that are clearly furniture: when a story was updated, how long it takes to read, how
# many comments or shares it has, where it was saved from. (A part "Close" or "Shares" is a cell.)
_FURNITURE_PART = re.compile(
    r"""(?:(?:updated|published|posted)\s+)?(?:\d+|an?|one)\s+""" + _UNITS + r"""\s+ago
    | (?:estimated\s+)?\d+\s*""" + _UNITS + r"""\s+(?:read|listen|watch)(?:\s+time)?
    | (?:reading|listening)\s+time:?\s*\d+\s*""" + _UNITS + r"""?
    | \d[\d,.]*k?\s+(?:comments?|shares?|views?|replies)|(?:comments?|shares?|views?):?\s*\d[\d,.]*k?
    | """ + _SAVED_FROM, re.IGNORECASE | re.VERBOSE)


def _without_furniture_parts(line: str) -> str | None:
    """``line`` (as text) without the parts of it that are clearly furniture ("" when all are),
    or None when none is (or it is no line of parts: a table row, "| a | b |", is left as it is,
    and so is a line of a run of such lines, which the caller does not pass)."""
    if line[:1] == "|" or line[-1:] == "|":
        return None
    borders = list(_PART_BORDER.finditer(line))
    if not borders or len(borders) >= MAX_PARTS:
        return None
    parts = _PART_BORDER.split(line)
    kept = [part for part in parts if _FURNITURE_PART.fullmatch(_bare(part)) is None]
    if len(kept) == len(parts):
        return None
    return borders[0].group().join(kept)


def _is_interface_line(line: str) -> bool:
    """A short line that is not prose and reads like an interface string or an ad label."""
    words = _WORD.findall(line)
    if len(words) > FURNITURE_MAX_WORDS or _closes_sentence(line):
        return False
    bare = _bare(line)
    if _UI_LINE.match(bare):
        return True
    return (line.isupper() and all(w in _AD_LABEL_WORDS for w in words)
            and any(w in _AD_WORDS for w in words))


# Finding furniture without looking at every line: one scan finds the lines that could be
# furniture (all that are, and some more), and only those go through is_furniture(). Furniture that
# is not a boilerplate phrase is a line with no letter or digit, or one whose first word (after
# ornaments) starts an interface string or an ad label. The scans run over the UTF-8 bytes
# lower-cased in ASCII: IGNORECASE would make `re` try every alternative on every line. (Lines
# that only IGNORECASE's non-ASCII look-alikes make furniture, "ſhare" for "share", stay text.)
_UI_WORDS = (  # the first word of each _UI_LINE shape, lower case
    "a", "an", "one", "the", "updated", "published", "posted", "estimated", "reading", "listening", "read", "see", "view",
    "views", "continue", "keep", "story", "article", "listen", "watch", "play", "pause", "mute",
    "unmute", "share", "shares", "save", "print", "email", "e-mail", "copy", "subscribe", "sign",
    "log", "register", "follow", "like", "skip", "back", "scroll", "menu", "search", "close",
    "related", "recommended", "most", "advertisement", "advertising", "sponsored", "ad", "ads",
    "accept", "reject", "manage", "cookie", "image", "photo", "video", "comment", "comments",
    "photos", "photograph", "photographs", "images", "picture", "pictures", "illustration",
    "illustrations", "graphic", "graphics", "saved", "clipped", "archived", "unsubscribe", *(name.split()[0] for name in SHARE_NAMES),
)


_FIRST_WORDS = trie_pattern(sorted({*_UI_WORDS, *(w.lower() for w in _AD_LABEL_WORDS)}))
# The rest of a line that starts with such a word (or a digit) can also rule it out, as
# is_furniture() would: nine words or more (runs of spaces and tabs split the line into parts;
# nine parts holding an ASCII letter or digit hold nine words at least), or a sentence's end
# (ASCII punctuation, then up to two closers). Prose lines that start with "the" or "a" stop
# there. Both look at most 1,000 bytes at a time (possessive: no backtracking), so a line longer
# than that stays a candidate instead of being read again and again. (\S rather than [^ \t\n]:
# much quicker in `re`.)
_MANY_WORDS = rb"(?:\S{0,1000}+[ \t][^a-z0-9_\n]{0,1000}+[a-z0-9_]){8}"
_ENDS_SENTENCE = (rb"[^\n]{0,1000}+(?=\n|\Z)(?:(?<=[.!?:;,])|(?<=[.!?:;,][ \t\"')\]*_])"
                  rb"|(?<=[.!?:;,][ \t\"')\]*_][ \t\"')\]*_]))")
_MAYBE_FURNITURE_LINE = (
    rb"(?:[^\S\n]*+[^a-z0-9\s][^a-z0-9\n]*+(?=\n|\Z)|[^a-z0-9\n]*+(?:(?:(?:" + _FIRST_WORDS.encode()
    + rb")\b|[0-9])(?!" + _MANY_WORDS + rb"|" + _ENDS_SENTENCE + rb")"
    # (a call to subscribe may end as a sentence does: _CALL_LINE)
    + rb"|(?:subscribe|sign[ \t]+up)\b(?!" + _MANY_WORDS + rb")))")
# Every line but the first starts after a newline: the scan jumps from one to the next (and
# leaves empty lines at once).
_MAYBE_FURNITURE = re.compile(rb"\n(?=[^\n])" + _MAYBE_FURNITURE_LINE)
_MAYBE_FURNITURE_FIRST = re.compile(_MAYBE_FURNITURE_LINE)
_PHRASES = tuple(p.lower().encode() for p in FURNITURE_PHRASES)


def _phrase_parts(shared: tuple[bytes, ...]) -> dict[bytes, list[tuple[bytes, int]]]:
    """What to look for in a text to find every phrase: a part two phrases share (one scan of
    the text for both), else the phrase; with the phrases that hold it, and where."""
    parts: dict[bytes, list[tuple[bytes, int]]] = {}
    for phrase in _PHRASES:
        part = next((part for part in shared if part in phrase), phrase)
        parts.setdefault(part, []).append((phrase, phrase.index(part)))
    return parts


_PHRASE_PARTS = _phrase_parts((b"this article", b"this site", b"our newsletter"))


def _drop_furniture(text: str, utf8: bytes | None = None) -> list[str]:
    """The parts of ``text`` before, between and after its furniture lines: ``"".join(parts)``
    would be ``text`` with those lines emptied (blank lines, which separate blocks), but no
    such copy of a long text is made. ``utf8``: ``text`` in UTF-8 (lone surrogates kept), if
    at hand."""
    if utf8 is None:
        utf8 = text.encode("utf-8", "surrogatepass")
    low = utf8.lower()
    starts = dict.fromkeys([m.start() + 1 for m in _MAYBE_FURNITURE.finditer(low)], False)
    if _MAYBE_FURNITURE_FIRST.match(low):
        starts[0] = False
    for part, phrases in _PHRASE_PARTS.items():
        at = low.find(part)
        while at >= 0:
            for phrase, offset in phrases:
                if at >= offset and low.startswith(phrase, at - offset):
                    starts[low.rfind(b"\n", 0, at - offset) + 1] = True
            at = low.find(part, at + 1)
    parted: set[int] = set()  # lines of parts, some of which may be furniture
    size = len(low)  # (only in the text's head and tail, where bylines stand: no pass over it all)
    for first, last in ((0, min(size, PARTED_REACH)), (max(size - PARTED_REACH, PARTED_REACH), size)):
        for separator in _SEPARATORS:
            at = low.find(separator, first, last)
            while at >= 0:
                parted.add(low.rfind(b"\n", 0, at) + 1)
                end = low.find(b"\n", at)
                at = low.find(separator, end, last) if end >= 0 else -1
    spans: list[tuple[int, int, str]] = []  # of the furniture lines, in bytes, and what stays
    for start in sorted(starts.keys() | parted):
        end = low.find(b"\n", start)
        if end < 0:
            end = len(low)
        line = _content(utf8[start:end].decode("utf-8", "surrogatepass"))
        # A line the scan found holds no phrase (the phrase search would have found it too).
        if start in starts and is_furniture(line, phrases=starts[start]):
            spans.append((start, end, ""))
        elif start in parted and not _in_a_run_of_parts(low, start, end) \
                and (kept := _without_furniture_parts(line)) is not None:
            spans.append((start, end, kept))
    if not spans:
        return [text]
    cuts = [0, *chain.from_iterable(span[:2] for span in spans), len(utf8)]
    if len(utf8) == len(text):  # ASCII: byte offsets are character offsets
        parts = [text[cuts[k]:cuts[k + 1]] for k in range(0, len(cuts), 2)]
    else:
        parts = [utf8[cuts[k]:cuts[k + 1]].decode("utf-8", "surrogatepass")
                 for k in range(0, len(cuts), 2)]
    if any(kept for _, _, kept in spans):  # (a line of its own: a part of its own)
        parts[1:] = chain.from_iterable((kept, part) if kept else (part,)
                                        for (_, _, kept), part in zip(spans, parts[1:]))
    return parts



def _in_a_run_of_parts(low: bytes, start: int, end: int) -> bool:
    """Whether the line at ``low[start:end]`` has a line of parts above or below it: the rows of
    a table ("Index | Open | Close" over "FTSE 100 | 7,412 | 7,356"), whose cells stay."""
    above = low.rfind(b"\n", 0, max(start - 1, 0)) + 1 if start else end
    below = low.find(b"\n", end + 1)
    below = len(low) if below < 0 else below
    return any(separator in low[above:start] or separator in low[end + 1:below]
               for separator in _SEPARATORS)


# --- line shapes -----------------------------------------------------------------------------------
_TRAILING_CLOSERS = "\"'”’»)]*_ 」』）"
_SENTENCE_END = ".!?…:;,。！？；：，、؟۔।"
_STOPS = ".!?…:。！？：؟۔।"  # the end of a sentence proper (not , or ;)
_MARK = r"(?:[-*•–+]|\d{1,3}[.)])"  # what starts a list item: a bullet or "1." "2)"
_BULLET = re.compile(rf"^{_MARK}\s+\S")
_BULLET_AT = rf"[^\S\n]*+{_MARK}[^\S\n]+\S"
_BULLET_FIRST, _BULLET_LATER = re.compile(_BULLET_AT), re.compile(r"\n" + _BULLET_AT)
# The enumerators of legal and technical lists besides _MARK's (labels.ITEM_MARK, the grammar
# pairing uses too): "(a)" "(IV)" "(3)" "a)" "iv)" "2.3". Lines that start with one are items,
# whatever their length, where two labels of the block read as a sequence ((a), (b); 2.3, 2.4:
# labels.in_sequence); so both sides of a list segment alike, and wrapped prose whose lines
# happen to start with a figure or a time ("1.200 Menschen", "10.30 Uhr") stays prose.
_ANY_MARK = re.compile(rf"(?:{_MARK}|{ITEM_MARK})\s+")
_LABEL_AT = rf"[^\S\n]*+{ITEM_MARK}[^\S\n]+\S"
# (the first line, and the others after a newline: a pattern that starts with a plain character
# is searched for in C far faster than one that starts with an alternative)
_LABEL_FIRST, _LABEL_LATER = re.compile(_LABEL_AT), re.compile(r"\n" + _LABEL_AT)

HEADING_MAX_WORDS = 14
HEADING_MAX_CHARS = 120
HEADLINE_MAX_WORDS = 30  # the first line may be a long headline
HEADLINE_MAX_CHARS = 220


def _closes_sentence(line: str) -> bool:
    end = line.rstrip(_TRAILING_CLOSERS)
    return bool(end) and end[-1] in _SENTENCE_END


def _ends_sentence(line: str) -> bool:
    end = line.rstrip(_TRAILING_CLOSERS)
    return bool(end) and end[-1] in _STOPS


def _ends_sentences(lines: list[str]) -> list[bool]:
    """_ends_sentence() of each (non-empty) line; most end in a letter, which decides at once."""
    return [line[-1] in _STOPS or (line[-1] in _TRAILING_CLOSERS and _ends_sentence(line))
            for line in lines]


def is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line))


def is_heading_line(line: str, *, first: bool = False) -> bool:
    """A short line that does not end like a sentence (longer allowed for a first-line headline)."""
    if line[-1] in _SENTENCE_END:  # most lines asked about: quicker than _closes_sentence()
        return False
    max_chars, max_words = (HEADLINE_MAX_CHARS, HEADLINE_MAX_WORDS) if first else (
        HEADING_MAX_CHARS, HEADING_MAX_WORDS)
    if len(line) > max_chars or _closes_sentence(line) or is_bullet(line):
        return False
    if line[-1] == ")" and _closes_sentence(_TRAILING_PARENTHESIS.sub("", line)):
        return False  # a sentence and then its source: "It works now. (Jane Doe)"
    return _LETTER.search(line) is not None and len(line.split()) <= max_words


_LETTER = re.compile(r"[^\W\d_]")
_TRAILING_PARENTHESIS = re.compile(r"\s*\([^()]*\)$")


def _collapse(text: str) -> str:
    """Runs of spaces and tabs as one space."""
    if "\t" in text:
        text = text.replace("\t", " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def _content(line: str) -> str:
    """A line as text: runs of spaces and tabs as one space, no space at either end."""
    return _collapse(line).strip()


def _first_word_len(line: str) -> int:
    space = line.find(" ")
    return len(line) if space < 0 else space


# --- one block -------------------------------------------------------------------------------------
# Units: the pieces a block breaks into, each with how it came to be.
LINE, JOINED, ITEM, PRE = "line", "joined", "item", "pre"
Unit = tuple[str, str]

WRAP_MIN_WIDTH, WRAP_MAX_WIDTH = 30, 120  # widths hard-wrapped text comes in
WRAP_NEAR = 25  # a wrapped paragraph's lines (but its last) are at most this much shorter than it
NARROW_WIDTH = 45  # below this, most wrapped lines must also go on with a lower-case word
DEEP = 4  # a line indented this much more than its block starts a block of its own
FIRST_LINE_INDENT = 5  # a paragraph's first line may be indented up to this much more
MAX_DEPTH = 4  # nested indented blocks handled; deeper ones are taken line by line
PARAGRAPH_CHARS = 100  # a line this long is a paragraph even without a full stop

_INDENTED = re.compile(r"\n[^\S\n]")
_EMPTY_OR_INDENTED = re.compile(r"\n(?:\s|\Z)")  # a line (but the first) empty or indented
# Line labels of the line-by-line path.
_PROSE, _ITEM, _HANG, _ROW, _ROWCONT, _DEEP = range(6)


def _has_columns(line: str) -> bool:
    """A run of 3+ spaces between words (a tab, before): a table row, a "Problem:    ..." record."""
    return "   " in line.strip()


@dataclass(slots=True)
class _Layout:
    """What one block's reading learns about the document, and may use.

    A short paragraph whose wrap fell at the end of a sentence ("...the move." over "Most now
    see...") looks like two one-line paragraphs; it is wrapped if its lines are full at the width the
    document's other wrapped blocks have. Such blocks are read again once that width is known.
    """

    width: int | None = None  # the document's wrap width, once known
    widths: list[int] | None = None  # widths of the wrapped blocks seen
    undecided: bool = False  # the block being read needs the document's width


def _is_wrapped(c: list[str], lens: list[int], ends: list[bool], item: list[bool] | None,
                layout: _Layout) -> bool:
    """Whether lines ``c`` are hard-wrapped: of similar width, most ending mid-sentence."""
    n = len(c)
    width = max(lens)
    if n < 2 or not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return False
    # The lines a wrap could have broken: not the last, not those before a list item.
    cands = range(n - 1) if item is None else [i for i in range(n - 1) if not item[i + 1]]
    k = len(cands)
    if not k:
        return False
    low = width - WRAP_NEAR
    if item is None:
        near, ending = sum(map(low.__le__, lens[:-1])), sum(ends[:-1])
    else:
        near, ending = sum(lens[i] >= low for i in cands), sum(ends[i] for i in cands)
    if 10 * near < 7 * k:
        return False
    if width < NARROW_WIDTH and 2 * sum(1 for i in cands if c[i + 1][:1].islower()) < k \
            and not (_full_lines(c, lens, cands, width)
                     and (2 * sum(1 for i in cands if _goes_on(c[i], c[i + 1])) >= k
                          or item is None and _one_wrapped_sentence(c, lens, ends))):
        return False
    if 2 * ending <= k:
        if layout.widths is not None:
            layout.widths.append(width)
        return True
    if layout.width is None:
        layout.undecided = True
        return False
    full = layout.width - 2
    return all(full - WRAP_NEAR <= lens[i] <= full + 4 and lens[i] + 1 + _first_word_len(c[i + 1])
               > full for i in cands)


# Words a sentence does not end with: a line ending with one goes on on the next ("the bridge on" /
# "Tuesday, March 3"), whatever that next line starts with.
_GOES_ON_WORDS = frozenset({
    "a", "an", "the", "of", "on", "in", "at", "to", "by", "for", "from", "with", "into",
    "onto", "upon", "over", "under", "after", "before", "since", "until", "during", "than",
    "as", "and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "its", "their",
    "his", "her", "our", "your", "my", "this", "these", "those", "is", "are", "was", "were",
    "be", "been", "has", "have", "had", "will", "would", "could", "should", "may", "might",
    "must", "can", "said", "says"
})


def _goes_on(line: str, below: str) -> bool:
    """Whether a narrow ``line`` is wrapped into the line ``below`` it: that goes on in lower
    case, or ``line`` ends with a word no sentence ends with."""
    if below[:1].islower():
        return True
    space = line.rfind(" ")
    return space > 0 and line[space + 1:].lower() in _GOES_ON_WORDS


def _full_lines(c: list[str], lens: list[int], cands: Iterable[int], width: int) -> bool:
    """Whether each line of ``cands`` is full: the next line's first word would not have fit on
    it at the block's width, as a wrap leaves lines. A line broken by hand, a list's row or a
    name under "signed by", is often short of that ("Results so far" / "Northfield: ...")."""
    return all(lens[i] + 1 + _first_word_len(c[i + 1]) > width for i in cands)


def _one_wrapped_sentence(c: list[str], lens: list[int], ends: list[bool]) -> bool:
    """Whether narrow lines ``c`` are one long sentence wrapped: only the last line ends with
    punctuation (a sentence's end), and together they are a paragraph's length ("RIVERTON —
    Floodwaters closed the bridge on" / "Tuesday, March 3, 2026, after the river rose" / "4.5
    metres in 12 hours, officials said."). Lines broken by hand (verse, an address) end with
    commas, or are short."""
    return (ends[-1] and sum(lens) + len(lens) - 1 > PARAGRAPH_CHARS
            and not any(_closes_sentence(line) for line in c[:-1])
            and not all(_LABELLED.match(line) for line in c))  # rows "Name: value"


_LABELLED = re.compile(r"[^:]{1,40}: \S")


def _heading_over_wrapped(c: list[str], lens: list[int], ends: list[bool],
                          item: list[bool] | None, hang: list[bool] | None,
                          layout: _Layout) -> bool:
    """Whether ``c[0]`` is a heading on top of a wrapped paragraph: well short of its width."""
    rest = lens[1:]
    if lens[0] + 1 + _first_word_len(c[1]) > 0.6 * max(rest):
        return False
    if item is not None and (item[0] or item[1]) or hang is not None and hang[1]:
        return False
    if not is_heading_line(c[0]):
        return False
    return len(c) == 2 or _is_wrapped(c[1:], rest, ends[1:], item and item[1:], layout)


def _flow_units(c: list[str], item: list[bool] | None, hang: list[bool] | None,
                layout: _Layout) -> list[Unit]:
    """Units of a run of prose lines and list items (``hang``: a hanging continuation line)."""
    n = len(c)
    if n == 1:
        return [(c[0], ITEM if item and item[0] else LINE)]
    lens = list(map(len, c))
    ends = _ends_sentences(c)
    head: list[Unit] = []
    if _heading_over_wrapped(c, lens, ends, item, hang, layout):
        head = [(c[0], LINE)]
        c, lens, ends = c[1:], lens[1:], ends[1:]
        item, hang = item and item[1:], hang and hang[1:]
        n -= 1
        if n == 1:
            return head + [(c[0], LINE)]
    if not _is_wrapped(c, lens, ends, item, layout):
        if item is None and hang is None:
            long = sum(1 for i in range(n) if ends[i] or lens[i] > PARAGRAPH_CHARS)
            # One paragraph per line, unless a sentence goes on on the next line: broken by hand.
            if 2 * long >= n and not any(not ends[i] and c[i + 1][:1].islower()
                                         for i in range(n - 1)):
                return head + [(line, LINE) for line in c]
            return head + [("\n".join(c), PRE)]  # lines that are not paragraphs
        breaks = [i for i in range(1, n) if not (hang and hang[i])]
    elif item is None and hang is None and not any(ends[:-1]):
        return head + [(_join(c), JOINED)]  # the common case: one wrapped paragraph
    else:
        width = max(lens)
        breaks = [i for i in range(1, n)
                  if (item and item[i])
                  or not (hang and hang[i])
                  and ((hang and hang[i - 1])  # back from a hanging indent
                       or ends[i - 1] and lens[i - 1] + 1 + _first_word_len(c[i]) <= width - 2)]
    units = head
    for a, b in zip([0, *breaks], [*breaks, n]):
        kind = ITEM if item and item[a] else JOINED if b - a > 1 else LINE
        units.append((c[a] if b - a == 1 else _join(c[a:b]), kind))
    return units


def _join(lines: list[str]) -> str:
    """Wrapped lines as one: a space between them, none after a word broken at its hyphen."""
    text = " ".join(lines)
    if "- " not in text:
        return text
    out = [lines[0]]
    for prev, line in pairwise(lines):
        hyphen = len(prev) > 1 and prev[-1] == "-" and prev[-2].isalpha() and line[0].isalpha()
        out.append(line if hyphen else " " + line)
    return "".join(out)


# Tabs become spaces (to the next stop of 8) before a block is read. A lone tab between words
# first gets two spaces before it: where the text ends just short of a tab stop, the gap goes on
# to the next stop and stays 3 spaces wide at least (a column, as the tab made it); elsewhere the
# stop and so the column are the same.
_TAB_BETWEEN_WORDS = re.compile(r"\t(?:(?<=\S\t)|(?<=\S \t))(?= ?\S)")


def _expand_tabs(text: str) -> str:
    if "\t" not in text:
        return text
    if _TAB_BETWEEN_WORDS.search(text):  # (few blocks have one: a search is quicker than sub)
        text = _TAB_BETWEEN_WORDS.sub("  \t", text)
    return text.expandtabs(8)


def _table_unit(lines: list[str]) -> Unit:
    """Rows kept as lines with their spacing, indented as they were relative to each other."""
    rows = [row.rstrip() for row in lines]
    margin = min(len(r) - len(r.lstrip()) for r in rows)
    if margin:
        rows = [r[margin:] for r in rows]
    rows[0] = rows[0].lstrip()
    return ("\n".join(rows), PRE)


# A block that is all rows (at the margin, with columns) and their indented continuations, under
# a caption line maybe: "Patch 8.0.0881" / "Problem:    ..." / "            ..." / "Files:  ...".
# Each line is matched in linear time and in one way only (possessive: no backtracking).
# A line that is not a list item: checked where the line starts with a non-space (so no
# indentation before the mark; trying to match some takes `re` much longer).
_NOT_ITEM = rf"(?!{_MARK}\s)"
_ROW_AT_MARGIN = rf"{_NOT_ITEM}\S++(?: {{1,2}}\S++)*+   [^\n]*+(?<=\S)"
_RECORD = re.compile(rf"{_NOT_ITEM}\S[^\n]*+(?<=\S)\n{_ROW_AT_MARGIN}"
                     rf"(?:\n(?: +\S[^\n]*+(?<=\S)|{_ROW_AT_MARGIN}))++")


def _has_bullet(block: str) -> bool:
    """Whether a line of ``block`` may be a list item (is_bullet() tells for sure)."""
    return _BULLET_FIRST.match(block) is not None or _BULLET_LATER.search(block) is not None


def _block_units(block: str, layout: _Layout, depth: int = 0) -> list[Unit]:
    """The units of one block: lines between empty lines, furniture gone (lines of nothing but
    spaces are blank lines too; _lined_units() splits at them)."""
    if "\n" not in block:
        line = _content(block)
        return [(line, ITEM if is_bullet(line) else LINE)] if line else []
    first = block[:block.index("\n")] if block[0].isspace() else ""
    if first.isspace():
        return _lined_units(block, _has_bullet(block), layout, depth)
    first_indent = len(first) - len(first.lstrip())
    if first_indent <= FIRST_LINE_INDENT and "   " not in block and not _INDENTED.search(block):
        # Fast path: no indentation (but the first line's), no columns: prose and list items.
        return _flow_units(*_prose_lines(block), None, layout)
    margin = "\n" + first[:first_indent]
    if first_indent and depth < MAX_DEPTH and block.count("\n") == block.count(margin):
        # Every line indented as the first (a quotation, a numbered section's body): with no
        # line deeper, none blank and no columns, _lined_units() reads one run of prose and
        # list items, as the fast path reads the block without that indentation.
        unindented = block[first_indent:].replace(margin, "\n")
        if "   " not in unindented and not _EMPTY_OR_INDENTED.search(unindented):
            return _flow_units(*_prose_lines(unindented), None, layout)
    return _lined_units(block, _has_bullet(block), layout, depth)


def _prose_lines(block: str) -> tuple[list[str], list[bool] | None]:
    """The lines of a block of prose and list items as text, and which are list items (None:
    none is)."""
    c = list(map(str.strip, _collapse(block).split("\n")))
    return c, _items(block, c, _has_bullet(block))


def _items(block: str, c: list[str], bullets: bool) -> list[bool] | None:
    """Which lines ``c`` (stripped) of ``block`` are list items: those that start with a bullet
    or "1." (``bullets``: ``_has_bullet(block)``, whether any may), and those that start with
    another enumerator (``labels.ITEM_MARK``) where two of those read as a sequence
    (``labels.in_sequence``). None when no line is."""
    if _LABEL_FIRST.match(block) is not None or _LABEL_LATER.search(block) is not None:
        found = [(k, m) for k, line in enumerate(c) if (m := ITEM_LABEL.match(line)) is not None]
        flags = in_sequence([label_readings(m) for _, m in found])
        if any(flags):  # a list: its lead-in "3.2 A risk assessment must consider:" an item too
            label = [False] * len(c)
            for k, _ in found:
                label[k] = True
            return [a or _BULLET.match(line) is not None for a, line in zip(label, c)]
    return [bool(_BULLET.match(line)) for line in c] if bullets else None


def _lined_units(block: str, bullets: bool, layout: _Layout, depth: int) -> list[Unit]:
    """Units of a block with indentation or columns, labelling it line by line."""
    lines = block.split("\n")
    c = list(map(str.strip, _collapse(block).split("\n")))
    if "" in c:  # a blank line (spaces): the blocks on either side are read on their own
        parts: list[Unit] = []
        at = 0
        for n, line in enumerate([*c, ""]):
            if not line:
                if n > at:
                    parts += _block_units("\n".join(lines[at:n]), layout, depth)
                at = n + 1
        return parts
    if depth >= MAX_DEPTH:
        return [(line, PRE) for line in c]
    indent = [len(line) - len(line.lstrip()) for line in lines]
    items = _items(block, c, bullets)
    base = min(indent)
    labels: list[int] = []
    item_indent = item_col = row_indent = 0
    for i, line in enumerate(c):
        ind, prev = indent[i], labels[-1] if labels else None
        bullet = items is not None and items[i]
        if prev in (_ITEM, _HANG) and not bullet and item_indent < ind <= item_col + 2:
            label = _HANG  # a list item's text going on under its first word
        elif prev in (_ROW, _ROWCONT) and ind > row_indent:
            label = _ROWCONT  # a table cell going on in its column
        elif ind - base >= (DEEP if i else FIRST_LINE_INDENT + 1):
            label = _DEEP
        elif bullet:
            label = _ITEM
            item_indent = ind
            item_col = ind + len(_ANY_MARK.match(lines[i].lstrip()).group())
        elif _has_columns(lines[i]):
            label = _ROW
            row_indent = ind
        else:
            label = _PROSE
        labels.append(label)
    n = len(lines)
    for i, label in enumerate(labels):  # a lone row among prose is prose with a stray gap
        if (label == _ROW and (i + 1 == n or labels[i + 1] not in (_ROW, _ROWCONT))
                and (i == 0 or labels[i - 1] not in (_ROW, _ROWCONT))):
            labels[i] = _PROSE
    runs: list[tuple[int, int, int]] = []  # (kind, start, end)
    i = 0
    while i < n:
        kind = labels[i]
        group = ((_ROW, _ROWCONT) if kind in (_ROW, _ROWCONT) else (_DEEP,) if kind == _DEEP
                 else (_PROSE, _ITEM, _HANG))
        j = i + 1
        while j < n and labels[j] in group:
            j += 1
        runs.append((_ROW if kind == _ROWCONT else kind, i, j))
        i = j
    # A first line of prose right over rows is their caption ("Patch 8.0.0881" over "Problem: ...").
    if len(runs) > 1 and runs[0][0] == _PROSE and runs[0][2] == 1 and runs[1][0] == _ROW:
        runs[:2] = [(_ROW, 0, runs[1][2])]
    units: list[Unit] = []
    for kind, i, j in runs:
        if kind == _DEEP:  # after prose, a line of its own is code, not a heading
            units += [(text, PRE if unit == LINE and i else unit)
                      for text, unit in _block_units("\n".join(lines[i:j]), layout, depth + 1)]
        elif kind == _ROW:
            units.append(_table_unit(lines[i:j]))
        else:
            run = labels[i:j]
            item = [label == _ITEM for label in run] if _ITEM in run else None
            hang = [label == _HANG for label in run] if _HANG in run else None
            units += _flow_units(c[i:j], item, hang, layout)
    return units


# --- a list of sources at the end -----------------------------------------------------------------
# A heading over the sources an article cites, and what a line of such a list looks like: short,
# not a paragraph of prose (a sentence's end is no bar when the line holds an address or a year:
# "Smith, J. (2026). Title. Reuters." is a citation), not a piece of a hard-wrapped sentence (a
# line that ends no sentence, the next going on in lower case). Unbulleted, such lines would read
# as paragraphs of the story (and their dates as its facts).
SOURCES_HEADING = re.compile(
    r"(?:sources?|references?|citations?|bibliography|further reading|read more|see also|notes"
    r"|external links|related(?: (?:articles|stories|links))?)\s*:?", re.IGNORECASE)
# The first letters of SOURCES_HEADING's words in any case ("ſ" is an s to re): a cheap test
# before the pattern.
SOURCES_HEADING_INITIALS = "sSſrRcCbBfFnNeE"
CITATION_MAX_CHARS = 300
CITATIONS_MAX_LINES = 100  # how far back from the end a sources heading is looked for
_CITATION_MARK = re.compile(r"https?://|www\.|\b(?:1[6-9]|20)\d\d\b", re.IGNORECASE)


def _is_citation(line: str) -> bool:
    """Whether a line (as text) may be a source in a list of them (not a list item)."""
    return (len(line) <= CITATION_MAX_CHARS and not _is_prose_item(line) and not is_bullet(line)
            and (not _ends_sentence(line) or _CITATION_MARK.search(line) is not None))


def _sources_at_end(text: str) -> tuple[int, list[Unit]] | None:
    """Where a list of unbulleted sources at the end of ``text`` starts (the line of its
    heading), and its units: the heading's line, then each source an item (furniture left out).
    None when the text does not end so (a bulleted list the blocks read as they are; lines in
    columns are a table)."""
    end = len(text)
    items: list[Unit] = []
    # The line below (none after furniture). A blank line between does not part them: the list
    # is written one source a line, and read again it must be read the same.
    below = ""
    below_columns = False  # whether that line is laid out in columns
    for _ in range(CITATIONS_MAX_LINES):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        raw = text[start:end]
        line = _content(raw)
        end = start - 1  # (before the line break that ends the line above)
        if not line:
            continue
        if is_furniture(line):
            below, below_columns = "", False
            continue
        if SOURCES_HEADING.fullmatch(line):
            return (start, [(line, LINE), *reversed(items)]) if items else None
        # (a tab between words is a gap, as the blocks read it: so the cleaned text, where it is
        # spaces, is read the same)
        columns = _has_columns(_expand_tabs(raw))
        # Rows of a table are no sources; a lone line with a gap among other lines is not a
        # table (the blocks read it as prose, and its gap as a space: so must this, or the
        # cleaned text would be read otherwise again)
        if columns and not below_columns:
            above = text[text.rfind("\n", 0, max(end, 0)) + 1:max(end, 0)]
            columns = _has_columns(_expand_tabs(above))
        if not _is_citation(line) or columns or _wraps_into(line, below):
            return None
        items.append((line, ITEM))
        below, below_columns = line, _has_columns(_expand_tabs(raw))
    return None


def _wraps_into(line: str, below: str) -> bool:
    """Whether ``line`` and the line ``below`` it are one sentence hard-wrapped, not two sources:
    ``line`` ends no sentence and ``below`` goes on with a word in lower case ("killed 12 people
    in the region" / "in March 2024, officials said."), not with an address ("reuters.com/...")."""
    if not below or _ends_sentence(line):
        return False
    word = below.split(" ", 1)[0].rstrip(",;:")
    return word.isalpha() and word.islower()


# --- segmenting ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Segmented:
    text: str
    segments: tuple[Segment, ...]


# A sentence ending inside a text: what a list item made of prose has.
_INNER_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+\S")
PROSE_ITEM = 200  # characters from which an item of two sentences or more is a paragraph


def _is_prose_item(item: str) -> bool:
    """A numbered or bulleted paragraph ("4. You may not copy ... This License ..."), as legal
    texts, reports and manuals number their sections: a paragraph of its own, not a list line."""
    return len(item) >= PROSE_ITEM and _INNER_SENTENCE_END.search(item) is not None


# A line that points to another article ("Related: Plant fined over solvents (2021)", "Read more:
# ...", "See also: ..."): the other story's headline, not this story's text. It is a heading
# wherever it stands, also last (a heading is otherwise never last): it pairs with headings, not
# with the other side's prose. One line of headline length only; a paragraph that starts so stays
# one.
_ASIDE = re.compile(
    r"(?:related(?:\s+(?:articles?|stor(?:y|ies)|links?|coverage|content|reading))?"
    r"|(?:read|see)\s+(?:more|also)|also\s+(?:read|see)|more\s+on\s+this(?:\s+story)?"
    r"|further\s+reading)\s*:\s*\S", re.IGNORECASE)
_ASIDE_INITIALS = frozenset("RrSsAaMmFf")


def is_aside_line(line: str) -> bool:
    """Whether one line of text is a pointer to another article (``_ASIDE``)."""
    return (line[:1] in _ASIDE_INITIALS and len(line) <= HEADLINE_MAX_CHARS
            and _ASIDE.match(line) is not None and len(line.split()) <= HEADLINE_MAX_WORDS)


# An e-mail's header block at the top of a text (a newsletter saved as text): its Subject is the
# title, the other fields are furniture. Two fields at least, a Subject and a From, To or Date
# among them, each on a line of its own, and then a blank line (or the end): a line "Subject: ..."
# in the text, or a memo's paragraph that starts "To: ...", is no header.
_MAIL_FIELD = re.compile(r"(subject|from|to|cc|bcc|date|sent|reply-to)[ \t]*:[ \t]*(\S[^\n]*)",
                         re.IGNORECASE)
MAIL_HEADER_MAX_LINES = 12


def _without_mail_header(text: str) -> str:
    """``text`` with an e-mail header block at its top as its subject line alone."""
    start = len(text) - len(text.lstrip())
    if text[start:start + 1] not in "SsFfTtCcBbDdRr":
        return text
    fields: dict[str, str] = {}
    at = start
    for _ in range(MAIL_HEADER_MAX_LINES):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        field = _MAIL_FIELD.fullmatch(text, at, end)
        if field is None:
            break
        fields.setdefault(field.group(1).lower(), field.group(2).strip())
        at = end + 1
        if at >= len(text) or text[at] == "\n":
            if len(fields) >= 2 and "subject" in fields and fields.keys() & {"from", "to", "date"}:
                return fields["subject"] + "\n\n" + text[at:]
            break
    return text


def segment(text: str, *, utf8: bytes | None = None) -> Segmented:
    """Paragraphs, headings, lists and preformatted blocks of sanitized ``text``, and the cleaned
    text they index. ``utf8``: ``text`` encoded (``sanitize_utf8`` gives it), saves encoding it."""
    if (headless := _without_mail_header(text)) is not text:
        text, utf8 = headless, None
    sources = _sources_at_end(text)
    if sources is not None:  # (read apart: the blocks would make paragraphs of unbulleted ones)
        text, utf8 = text[:sources[0]], None
    layout = _Layout(widths=[])
    units: list[Unit] = []
    undecided: list[tuple[int, int, str]] = []  # (its first unit, how many, the block)
    # The blocks of the text (its runs of non-empty lines), but those of each part between
    # furniture lines: a part holds whole lines, and the emptied line between parts ends a block.
    for block in chain.from_iterable(part.split("\n\n") for part in _drop_furniture(text, utf8)):
        block = block.strip("\n")
        if not block:
            continue
        if "\t" in block:  # (block by block: no pass over the whole text, and few blocks have tabs)
            block = _expand_tabs(block)
        if _RECORD.fullmatch(block):
            # What _lined_units() makes of a record (one table) at once: no line has space at
            # either end. Technical text can be made of little else: this is its fast path.
            units.append((block, PRE))
        else:
            layout.undecided = False
            first = len(units)
            units += _block_units(block, layout)
            if layout.undecided:
                undecided.append((first, len(units) - first, block))
    if undecided and layout.widths:
        widths = sorted(layout.widths)
        layout = _Layout(width=widths[len(widths) // 2])
        for first, count, block in reversed(undecided):  # (the units of those before stay put)
            units[first:first + count] = _block_units(block, layout)
    if sources is not None:
        units += sources[1]
    texts: list[str] = []
    kinds: list[SegmentKind] = []
    items: list[str] = []
    last = len(units) - 1
    for n, (unit, kind) in enumerate(units):
        if kind == ITEM and not _is_prose_item(unit):
            items.append(unit)
            continue
        if items:
            texts.append("\n".join(items))
            kinds.append("list")
            items = []
        if kind == PRE:
            texts.append(unit)
            kinds.append("preformatted")
            continue
        # A heading: one short line, not the last, not a caption over code or a table.
        # (is_heading_line()'s first test made here: most lines end a sentence, no call for them)
        heading = kind == LINE and (
            n < last and units[n + 1][1] != PRE and unit[-1] not in _SENTENCE_END
            and is_heading_line(unit, first=not texts) or is_aside_line(unit))
        texts.append(unit)
        kinds.append("heading" if heading else "paragraph")
    if items:
        texts.append("\n".join(items))
        kinds.append("list")
    # Segment n starts after the n texts before it and the blank line after each.
    lengths = list(map(len, texts))
    starts = list(map(add, accumulate(lengths, initial=0), range(0, 2 * len(texts), 2)))
    return Segmented("\n\n".join(texts), tuple(map(Segment, starts, map(add, starts, lengths),
                                                      kinds)))
