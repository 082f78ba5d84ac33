"""Exports of a comparison (a pair) or of a whole corpus, shared by the CLI and the reader.

Pure functions of their inputs: no UI, no clock, no paths of this machine in the output, so the
same comparison always gives the same bytes.

- ``render_pair(comparison, fmt, corpus=..., color=...)``: html, md, json or text.
- ``render_report(corpus, fmt, base=...)``: html, md or json; every source against a base, a
  similarity matrix and the fact tally.
"""

from __future__ import annotations

from ..errors import SeedreaderError
from ..models import Comparison, Corpus, Source
from .common import SCHEMA_VERSION

PAIR_FORMATS = ("html", "md", "json", "text")
REPORT_FORMATS = ("html", "md", "json")
SUFFIXES = {"html": ".html", "md": ".md", "json": ".json", "text": ".txt"}
# What a file name's suffix says its format is (lower case): SUFFIXES and the usual variants.
SUFFIX_FORMATS = {**{suffix: fmt for fmt, suffix in SUFFIXES.items()},
                  ".htm": "html", ".markdown": "md", ".csv": "csv"}  # (csv: the facts verb)

__all__ = ["PAIR_FORMATS", "REPORT_FORMATS", "SCHEMA_VERSION", "SUFFIXES", "SUFFIX_FORMATS",
           "format_of", "render_pair", "render_report"]


def format_of(file_name: str) -> str | None:
    """The export format a file name's suffix says ("pair.HTML": "html"), or None."""
    from pathlib import PurePath

    return SUFFIX_FORMATS.get(PurePath(file_name).suffix.lower())  # (".md" has no suffix)


def render_pair(comparison: Comparison, fmt: str, *, corpus: Corpus | None = None,
                color: bool = False, tally=None, legend: bool = True) -> str:
    """``comparison`` in format ``fmt``; facts supported across ``corpus`` (else the pair).

    A comparison made with ``compare(..., spans=False)`` gets its word diffs filled in first:
    the export is the same as for a full ``compare()``. ``tally``: ``tally_facts(corpus)`` if
    the caller has it already (the output is the same, without counting the corpus again).
    ``legend``: text only; False leaves out its "how to read" line (the CLI's terminal output).
    """
    if fmt not in PAIR_FORMATS:  # (before the word diffs, which take a while on a long pair)
        raise SeedreaderError(f"unknown format {fmt!r} (expected one of: {', '.join(PAIR_FORMATS)})")
    from ..align import with_word_diffs
    from .factview import distinct_sides

    comparison = distinct_sides(with_word_diffs(comparison), corpus)
    if fmt == "text":
        from .text import render_text

        return render_text(comparison, color=color, legend=legend)
    from .factview import pair_facts

    facts = pair_facts(comparison, corpus, tally)
    if fmt == "html":
        from .html import render_pair_html

        return render_pair_html(comparison, facts)
    if fmt == "md":
        from .markdown import render_pair_md

        return render_pair_md(comparison, facts)
    from .jsonfmt import render_pair_json

    return render_pair_json(comparison, facts)


def render_report(corpus: Corpus, fmt: str, *, base: str | Source | None = None) -> str:
    """The corpus report in format ``fmt``, every source against ``base``: a Source of the
    corpus (``corpus[2]``), or a str as the CLI's ``--base`` takes it (an id, the 1-based
    position of ``seedreader sources``' ``#``: "3" is ``corpus[2]``, a file name or path);
    None: the first source, unless it is much shorter than the others (``default_base``).
    An int is a TypeError: ``corpus[n]`` counts from 0 and the CLI from 1, so it would be
    read one way or the other by mistake."""
    if fmt not in REPORT_FORMATS:
        raise SeedreaderError(
            f"unknown report format {fmt!r} (expected one of: {', '.join(REPORT_FORMATS)})")
    from .report import build_report

    report = build_report(corpus, _base_ref(corpus, base))
    if fmt == "html":
        from .html import render_report_html

        return render_report_html(report)
    if fmt == "md":
        from .markdown import render_report_md

        return render_report_md(report)
    from .jsonfmt import render_report_json

    return render_report_json(report)


def _base_ref(corpus: Corpus, base: object) -> str | None:
    """``render_report``'s ``base`` as ``build_report`` takes it: a Source by its id (checked
    to be the corpus's), a str or None as it is; TypeError for anything else, an int above all."""
    if base is None or isinstance(base, str):
        return base
    if isinstance(base, Source):
        if base not in corpus:
            raise SeedreaderError(f"unknown base: source {base.id!r} is not one of the corpus")
        return base.id
    if isinstance(base, int) and not isinstance(base, bool):
        meant = []  # (what to give for each way of reading it)
        if 0 <= base < len(corpus):
            meant.append(f"for corpus[{base}], give base=corpus[{base}] or "
                         f"base={str(base + 1)!r}")
        if 1 <= base <= len(corpus):
            meant.append(f"for #{base} of 'seedreader sources', base=corpus[{base - 1}] or "
                         f"base={str(base)!r}")
        same = f" ({'; '.join(meant)})" if meant else ""
        raise TypeError(f"base is a Source, or a str as the CLI's --base takes it (an id, a "
                        f"file, or a position counted from 1 as 'seedreader sources' shows), not "
                        f"an int: positions count from 0 in corpus[n] and from 1 in the CLI{same}")
    raise TypeError(f"base is a Source, or a str as the CLI's --base takes it (an id, a "
                    f"position counted from 1, a file), not {type(base).__name__}")
