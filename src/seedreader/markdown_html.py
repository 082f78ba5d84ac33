"""Raw HTML and character references in a .md article, as a Markdown reader shows them.

Markdown lets an article hold HTML: saved pages and converters leave ``<p>``, ``<div>``, ``<br>``,
``<img ...>`` and ``&amp;``/``&nbsp;``/``&#8217;`` in it. A reader of the rendered article sees
none of the tags: ``without_tags`` takes them out (the content of script, style, noscript and
template elements with them; a ``<br>`` is a line break, a block element's tags a paragraph
break), and ``decode_references`` decodes the references in a line of text. Only known HTML
element names are tags: "<name of author>" or "a <b" stay text. A decoded character is cleaned
as ``sanitize`` cleans text: no control character, bidi override or line break comes out of one.

Both are linear in the text.
"""

from __future__ import annotations

import html
import re
import unicodedata

from .sanitize import strip_controls

# Elements whose content is no text a reader sees.
_HIDDEN = ("script", "style", "noscript", "template")
# Elements that make a block of their own: their tags part paragraphs.
_BLOCK = (
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dd", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"
)
_INLINE = (
    "a", "abbr", "audio", "b", "bdi", "bdo", "big", "button", "canvas", "caption", "cite",
    "code", "col", "colgroup", "data", "del", "dfn", "em", "embed", "font", "i", "iframe",
    "img", "input", "ins", "kbd", "label", "legend", "link", "map", "mark", "meta", "meter",
    "object", "option", "output", "picture", "progress", "q", "rp", "rt", "ruby", "s", "samp",
    "select", "small", "source", "span", "strike", "strong", "sub", "sup", "svg", "textarea",
    "time", "track", "tt", "u", "var", "video", "wbr"
)
_NAMES = "|".join(sorted({*_HIDDEN, *_BLOCK, *_INLINE, "br"}, key=lambda n: (-len(n), n)))
# A start or end tag of a known element, attributes and all (possessive: no backtracking; a
# run of "<" without ">" is read once). Names are matched whole: "<bridge>" is no "<br>".
_TAG = re.compile(rf"<(/?)({_NAMES})(?![A-Za-z0-9-])(?:\s[^<>]*+)?/?>", re.IGNORECASE)
_HIDDEN_SET = frozenset(_HIDDEN)
_BLOCK_SET = frozenset(_BLOCK)


def without_tags(text: str) -> str:
    """``text`` (Markdown, not inside a code block) without its HTML tags: see the module."""
    if "<" not in text:
        return text
    parts: list[str] = []
    at = 0
    unclosed: set[str] = set()  # hidden elements with no end tag after some point: none later
    for tag in _TAG.finditer(text):
        start = tag.start()
        if start < at:  # inside a hidden element taken out
            continue
        parts.append(text[at:start])
        at = tag.end()
        closing, name = tag.group(1), tag.group(2).lower()
        if name in _HIDDEN_SET and not closing and name not in unclosed:
            end = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(text, at)
            if end is None:
                unclosed.add(name)
            else:
                at = end.end()
        elif name == "br":
            parts.append("\n")
        elif name in _BLOCK_SET:
            parts.append("\n\n")
    parts.append(text[at:])
    return "".join(parts)


# A character reference: named, decimal or hexadecimal, with its ";" (as news text writes
# "AT&T" and "R&D", a reference without one is text).
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# What no decoded character may bring into a line: line breaks of every kind become a space.
_BREAKS = {ord(c): " " for c in "\n\r\x0b\x0c\x85\u2028\u2029\t"}


def _decoded(match: re.Match) -> str:
    return strip_controls(html.unescape(match.group()).translate(_BREAKS))


def decode_references(text: str) -> str:
    """``text`` with its character references decoded (``&amp;`` is "&", ``&#8217;`` "’"), no
    line break, control or invisible character among what they decode to, and NFC."""
    if "&" not in text:
        return text
    decoded = _REFERENCE.sub(_decoded, text)
    if decoded != text and not decoded.isascii():
        decoded = unicodedata.normalize("NFC", decoded)
    return decoded
