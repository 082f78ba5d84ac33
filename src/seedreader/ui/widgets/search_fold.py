"""Text folded as a person searches: case, accents, quote styles and ligatures ignored, with the
offsets of the folded text mapped back so a match highlights exactly the original characters.

"Vénissieux" is found by "venissieux", "Œuvray" by "oeuvray", "Ibáñez" by "Ibanez", "n’y a" by
"n'y a"; a typed accent is folded too, so "Vénissieux" still finds itself. Single and double quote
marks are one mark: a quote typed "like this" finds it quoted ‘like this’ or 'like this' (outlets
differ in which marks they quote with). No Textual here.
"""

from __future__ import annotations

import unicodedata
from array import array
from itertools import chain, repeat

# Quote marks, single or double, straight or curly: each is read as the straight double one.
_QUOTES = dict.fromkeys("'\u2018\u2019\u201a\u201b\u2032\u2035\u02bc\u02bb\u00b4\uff07"
                        '"\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\uff02', '"')
_SPACES = {c: " " for c in "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003"}  # as a typed space
_LIGATURES = {"œ": "oe", "æ": "ae", "ß": "ss", "ĳ": "ij", "ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff",
              "ﬃ": "ffi", "ﬄ": "ffl", "ﬆ": "st", "ø": "o", "đ": "d", "ł": "l", "ħ": "h"}


class _Folds(dict):
    """char code -> what the character reads as when searching, computed once per character:
    a table for ``str.translate``, which then folds a text at C speed."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = _QUOTES.get(char) or _SPACES.get(char)
        if folded is None:
            folded = "".join(c for c in unicodedata.normalize("NFD", char.casefold())
                             if not unicodedata.combining(c))
            folded = "".join(_LIGATURES.get(c, c) for c in folded)
        self[code] = folded
        return folded


class _Lengths(dict):
    """char code -> the length of its fold, as one character (for ``str.translate``)."""

    def __missing__(self, code: int) -> str:
        length = self[code] = chr(len(_FOLDS[code]))
        return length


_FOLDS = _Folds()
_LENGTHS = _Lengths()


def fold(text: str) -> str:
    """``text`` as it is compared when searching (see the module's description)."""
    return _ascii_fold(text) if text.isascii() else text.translate(_FOLDS)


def _ascii_fold(text: str) -> str:
    return text.lower().replace("'", '"')


class Folded:
    """One text folded, and where each folded character came from."""

    __slots__ = ("_length", "_starts", "text")

    def __init__(self, text: str) -> None:
        self._length = len(text)
        self._starts: array | None = None  # folded index -> original index; None: the same
        if text.isascii():
            self.text = _ascii_fold(text)
            return
        self.text = text.translate(_FOLDS)
        if len(self.text) == len(text) and all(len(_FOLDS[ord(c)]) == 1 for c in set(text)):
            return  # one for one: offsets unchanged
        # Each original index repeated as many times as its fold has characters (all in C).
        lengths = text.translate(_LENGTHS).encode("latin-1")
        self._starts = array("l", chain.from_iterable(map(repeat, range(len(text)), lengths)))

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The original range a match [start, end) of the folded text covers: whole characters
        (a match in "oe" of "œ" covers "œ"), with the accents that follow its last one."""
        starts = self._starts
        if starts is None:
            return start, end
        # The original characters up to the next folded one: those between fold to nothing
        # (the accents of a decomposed "é" belong to the last character matched).
        after = starts[end] if end < len(starts) else self._length
        return starts[start], max(after, starts[end - 1] + 1)

    def find_all(self, query: str) -> list[tuple[int, int]]:
        """Every non-overlapping match of ``query`` (folded too), as original ranges."""
        needle = fold(query)
        out: list[tuple[int, int]] = []
        if not needle:
            return out
        text, n = self.text, len(needle)
        i = text.find(needle)
        while i >= 0:
            a, b = self.original(i, i + n)
            if not out or a >= out[-1][1]:  # not twice in one "ß" for "s"
                out.append((a, b))
            i = text.find(needle, i + n)
        return out
