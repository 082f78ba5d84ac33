"""Regex building blocks shared by the segmenter and the fact extractors."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Between the columns of a table laid out as text (strip_markdown writes a Markdown table so): the
# segmenter reads a run of it as a column border and the figure reader never runs a phrase across it.
TABLE_GAP = "   "


def trie_pattern(words: Iterable[str]) -> str:
    """An alternation of ``words`` as a prefix tree (no capturing groups): Python's ``re`` tries
    ``a|b|c`` one word after another, a tree rejects a position at its first character.

    The result can be concatenated as is; wrap it in a group before adding a quantifier.
    """
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)
