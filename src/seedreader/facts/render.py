"""The fact tally as text for a terminal, JSON or CSV.

Article text is untrusted: every string taken from it goes through ``sanitize_line`` (control
codes and escape sequences out, one line) before it is printed, and CSV cells that a spreadsheet
would run as a formula are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from ..errors import UsageError
from ..export.common import named_list
from ..published import shortened
from ..sanitize import sanitize_line
from ..textout import clip_width, display_width, quote_excerpt, table
from .models import Fact, FactLink, FactTally, Mention, check_kinds

FORMATS = ("text", "json", "csv")
# Above this many sources the support strip (●○○●…) would not fit a line; positions are listed.
MAX_DOTS = 20
QUOTE_WIDTH = 88
ABOUT_WIDTH = 34
TITLE_WIDTH = 60

CONTRADICTED = "(! contradicted by another source: see Conflicts)"
NEAR = "≈"  # a fact with near values (FactTally.near)
ROSE = "↑"  # a count that rose as the story developed (FactTally.updates)
MARKED = {NEAR: f"({NEAR} near values of one thing: see Near values)",
          ROSE: f"({ROSE} a count that rose over time, not a conflict: see Updates)"}

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe_line(text: str | None) -> str:
    """One line of untrusted text that is safe to print ("" for None)."""
    return sanitize_line(text) if text else ""


def _kinds(kind: str | Iterable[str] | None) -> tuple[str, ...] | None:
    """The kinds ``kind`` names, in order, each once (None: all): the order the header names them."""
    return None if kind is None else tuple(dict.fromkeys((kind,) if isinstance(kind, str) else kind))


def check_options(fmt: str, kind: str | Iterable[str] | None) -> None:
    """UsageError unless ``render_facts`` takes ``fmt`` and ``kind`` (one kind, several, or None;
    ask before tallying): ``check_kinds``'s message, as a usage error."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; expected one of: {', '.join(FORMATS)}")
    try:
        check_kinds(kind)
    except (ValueError, TypeError) as error:
        raise UsageError(str(error)) from None


def render_facts(tally: FactTally, fmt: str = "text", *, min_support: int = 1,
                 kind: str | Iterable[str] | None = None) -> str:
    """``tally`` as ``fmt`` (text, json or csv), keeping facts of ``kind`` (one kind, several:
    facts of any of them, or None: all) with enough support; the text's header names them."""
    kind = _kinds(kind)
    check_options(fmt, kind)
    shown = tally.filtered(min_support=min_support, kind=kind)
    if fmt == "json":
        from ..export.common import SCHEMA_VERSION
        from ..export.jsonfmt import dump_json  # indent=2 when small, fast when large

        # (first, as every JSON seedreader writes: a script can tell which it holds)
        return dump_json({"schema_version": SCHEMA_VERSION, "kind": "facts", **shown.to_dict()})
    if fmt == "csv":
        return _csv(shown)
    return _text(shown, min_support=min_support, kind=kind)


# --- csv -------------------------------------------------------------------------------------------
# "position" (of the source) and "paragraph" count from 1, as the text's "¶"; in JSON and the API
# a mention's paragraph is the 0-based index of Source.paragraphs. "conflict": the values that
# contradict the fact's, "; "-separated (empty when none; a misquote's: those of the other sides,
# FactLink.sides; a misattribution's: each with who it is said by, "… (said by Alder)", or "(no
# speaker named)"). Values are canonical, as in JSON
# ("38500", not the text's "38,500", Fact.label): data a script or a spreadsheet parses and
# compares, with no separator that a locale reads as a decimal point or a field break.
# "near": the values a hedge allows as well as the fact's (FactTally.near), as "conflict" lists
# them; "update": the other values of a count that rose over time (FactTally.updates), in the
# order of their moments; "denied": "yes" for a mention whose source states the value only to deny
# it ("6:14 a.m., not 6:40 a.m."; Mention.denied: no support), "no" otherwise.
CSV_COLUMNS = ("fact_id", "kind", "value", "qualifier", "about", "speaker", "support", "source",
               "position", "paragraph", "start", "end", "text", "mention_value",
               "mention_qualifier", "conflict", "near", "update", "denied")


def _cell(value: object) -> str:
    text = _safe_line(None if value is None else str(value))
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv(tally: FactTally) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    position = {sid: i for i, sid in enumerate(tally.source_ids, 1)}
    for f in tally.facts:
        linked = ["; ".join(_others(tally, links(f.id), f)) for links in (
            tally.conflicts_for, tally.near_for, tally.updates_for)]
        for m in f.mentions:
            writer.writerow([_cell(v) for v in (
                f.id, f.kind, f.value, f.qualifier, f.about, f.speaker, f.support, m.source,
                position.get(m.source, ""), m.paragraph + 1, m.start, m.end, m.text, m.value,
                m.qualifier, *linked, "yes" if m.denied else "no")])
    return out.getvalue()


def _others(tally: FactTally, links: Iterable[FactLink], fact: Fact) -> list[str]:
    """The values of the other facts of ``links`` (the conflicts, near links or updates that
    name ``fact``), in the order they name them, each once."""
    # (A misquote's wordings on the fact's side say what it says: not against it.)
    values = [_other_value(tally.fact(i), fact) if link.misattribution else tally.fact(i).value
              for link in links for i in link.facts if i not in link.side_of(fact.id)]
    return list(dict.fromkeys(values))


def _other_value(other: Fact, fact: Fact) -> str:
    """The value of ``other`` as the CSV's "conflict" lists it beside ``fact`` in a
    misattribution (the same words, said by someone else): with who said it, "… (said by
    Alder)", or "(no speaker named)"."""
    if other.speaker == fact.speaker:
        return other.value
    return f"{other.value} ({'said by ' + other.speaker if other.speaker else 'no speaker named'})"


# --- text ------------------------------------------------------------------------------------------
def _strip(sources: tuple[str, ...], ids: tuple[str, ...]) -> str:
    """Which sources state a fact: ●○●○○ in corpus order, or their positions when there are many."""
    have = set(sources)
    if len(ids) <= MAX_DOTS:
        return "".join("●" if sid in have else "○" for sid in ids)
    # All of them, runs collapsed ("#16, 18–20, 22"), as the exports list them: none cut.
    return _holders(sources, ids)


def _text(tally: FactTally, *, min_support: int, kind: tuple[str, ...] | None) -> str:
    ids = tally.source_ids
    n = len(ids)
    lines: list[str] = []
    filters = []
    if min_support > 1:
        filters.append(f"support ≥ {min_support}")
    if kind:
        filters.append(f"kind {' or '.join(kind)}")
    lines.append(f"Facts in {n} source{'s' if n != 1 else ''}"
                 + (f" ({', '.join(filters)})" if filters else "")
                 + ": support k/N counts the sources that state a fact; ● states it, ○ does not.")
    id_width = max((display_width(_safe_line(ref.id)) for ref in tally.sources), default=0)
    for i, ref in enumerate(tally.sources, 1):
        pad = " " * (id_width - display_width(_safe_line(ref.id)))  # titles in one column
        title = clip_width(_safe_line(ref.title), TITLE_WIDTH)
        lines.append(f"  {i:>2}  {_safe_line(ref.id)}{pad}  {title}")
    figures = [f for f in tally.facts if f.kind != "quote"]
    quotes = [f for f in tally.facts if f.kind == "quote"]
    conflicted = {fid for c in tally.conflicts for fid in c.facts}
    marked = {mark: {fid for link in links for fid in link.facts}
              for mark, links in ((NEAR, tally.near), (ROSE, tally.updates))}

    def marks(f: Fact) -> str:
        return "".join(f" {mark}" for mark, fids in marked.items() if f.id in fids)

    if figures:
        lines += ["", f"Figures and dates ({len(figures)})"]
        rows = [[f"{f.support}/{n}", _strip(f.sources, ids), f.kind,
                 _safe_line(f.label) + (" !" if f.id in conflicted else "") + marks(f),
                 _safe_line(f.qualifier) or "-", clip_width(_safe_line(f.about), ABOUT_WIDTH)] for f in figures]
        lines.append(table(["support", "sources", "kind", "value", "qualifier", "about"], rows)[:-1])
        if not conflicted.isdisjoint(f.id for f in figures):
            lines.append(CONTRADICTED)
        lines += [note for mark, note in MARKED.items() if any(f.id in marked[mark] for f in figures)]
    if quotes:
        lines += ["", f"Quotes ({len(quotes)})"]
        rows = [[f"{f.support}/{n}", _strip(f.sources, ids), _safe_line(f.speaker) or "-",
                 "“" + clip_width(_safe_line(f.value), QUOTE_WIDTH) + "”"
                 + (" !" if f.id in conflicted else "")] for f in quotes]
        lines.append(table(["support", "sources", "speaker", "quote"], rows)[:-1])
        if not conflicted.isdisjoint(f.id for f in quotes):
            lines.append(CONTRADICTED)
    if not tally.facts:
        lines += ["", "No facts" + (" match these filters." if filters else " found.")]
    if tally.conflicts:
        lines += ["", (f"Conflicts ({len(tally.conflicts)}): sources disagree on a value, or on "
                       "the words of a remark (a misquote)")]
        for link in tally.conflicts:
            lines += _link_block(tally, link, conflict=True)
    if tally.variants:
        lines += ["", (f"Possible variants ({len(tally.variants)}): likely the same remark in "
                       "other words (not counted as support)")]
        for link in tally.variants:
            lines += _link_block(tally, link, conflict=False)
    if tally.near:
        lines += ["", (f"Near values ({len(tally.near)}): one thing told with values that a hedge "
                       "allows both of (“about”: ±10%), not a conflict")]
        for link in tally.near:
            lines += _link_block(tally, link, conflict=True)
    if tally.updates:
        lines += ["", (f"Updates ({len(tally.updates)}): a count that rose as the story developed: "
                       "by INDEX.md's published times, no source gives less than an earlier one "
                       "(not a conflict)")]
        for link in tally.updates:
            lines += _update_block(tally, link)
    if tally.related:
        lines += ["", "(…: below the support bar, so not in the lists above)"]
    return "\n".join(lines) + "\n"


def _where(tally: FactTally, m: Mention) -> str:
    position = tally.source_ids.index(m.source) + 1 if m.source in tally.source_ids else 0
    return f"{position} {_safe_line(m.source)} ¶{m.paragraph + 1}"


def _link_block(tally: FactTally, link: FactLink, *, conflict: bool) -> list[str]:
    """A conflict's or a variant's lines: what it is about, then each value (figures: with each
    source's wording; quotes: where they are)."""
    facts: list[Fact] = [tally.fact(fid) for fid in link.facts]
    head = facts[0].kind
    figures = conflict and head != "quote"
    lines = [f"  {head}, about: {_about_line(link, head)}"]
    ids = tally.source_ids
    width = max(display_width(_safe_line(f.label)) for f in facts) if figures else 0
    hidden = {f.id for f in tally.related}
    # A remark given to two speakers (a misattribution): each wording says whose it is.
    said = link.misattribution
    for n, f in enumerate(facts):
        if n and any(side[0] == f.id for side in link.sides):
            lines.append(AGAINST)  # (a misquote's wordings that say the same: one side)
        below = "  …" if f.id in hidden else ""
        if figures:
            qualifier = f" ({_safe_line(f.qualifier)})" if f.qualifier else ""
            value = _safe_line(f.label)
            pad = " " * (width - display_width(value))
            # (A mention that denies it: "6:14, not 6:40"; Mention.denied)
            held = [m for m in f.mentions if not m.denied]
            denied = [m for m in f.mentions if m.denied]
            denials = f" · denied in {_places(tally, denied)}" if denied else ""
            lines.append(f"    {value}{pad}  {_strip(f.sources, ids)}{qualifier}  "
                         f"{_wordings(tally, held)}{denials}{below}")
        else:
            who = (f"said by {_safe_line(f.speaker)} " if f.speaker else "no speaker named, ") \
                if said else ""
            # A misquote's wording cut where it differs from the other sides' ("“…within three
            # years…”"), as the reader shows it: cut at one place, the change may be off the line.
            others = [_safe_line(o.value) for o in facts
                      if conflict and not said and o.id not in link.side_of(f.id)]
            quote = quote_excerpt(_safe_line(f.value), others, QUOTE_WIDTH - 6)
            lines.append(f"    {_strip(f.sources, ids)}  {quote}"
                         f"  {who}in {_places(tally, f.mentions)}{below}")
    return lines


# Between the sides of a misquote (FactLink.sides) in a conflict's lines.
AGAINST = "    against"


def _update_block(tally: FactTally, link: FactLink) -> list[str]:
    """An update's lines: what it is about, then each value with when it was first told and the
    sources that give it: "rose: 3 (06:10, #1) → 5 (08:30, #2) → 7 (12:00, #3–5)"."""
    facts = [tally.fact(fid) for fid in link.facts]
    hidden = {f.id for f in tally.related}
    steps = [f"{_safe_line(f.label)} ({_safe_line(when)}, {_holders(f.sources, tally.source_ids)})"
             + (" …" if f.id in hidden else "")
             for f, when in zip(facts, shortened(link.moments), strict=True)]
    return [f"  {facts[0].kind}, about: {_about_line(link, facts[0].kind)}",
            "    rose: " + " → ".join(steps)]


def _holders(sources: tuple[str, ...], ids: tuple[str, ...]) -> str:
    """The positions of ``sources`` in the tally, runs collapsed: "#1", "#3–6, 16"."""
    have = set(sources)
    return named_list([f"#{i}" for i, sid in enumerate(ids, 1) if sid in have])


def _about_line(link: FactLink, head: str) -> str:
    """What a link is about, clipped; a misquote's closing "(what changed)" is never clipped,
    only the words naming the remark before it."""
    limit = 80 if head == "quote" else 60
    if link.change is None:
        return clip_width(_safe_line(link.about), limit)
    change = f" ({_safe_line(link.change)})"
    remark = _safe_line(link.about.removesuffix(f" ({link.change})"))
    return clip_width(remark, max(20, limit - display_width(change))) + change


MAX_WORDINGS = 3
MAX_PLACES = 3


def _places(tally: FactTally, mentions: Sequence[Mention]) -> str:
    """Where mentions are, each paragraph once (two mentions in one paragraph: one place)."""
    places = list(dict.fromkeys(_where(tally, m) for m in mentions))
    where = "; ".join(places[:MAX_PLACES])
    return where + (f"; +{len(places) - MAX_PLACES}" if len(places) > MAX_PLACES else "")


def _wordings(tally: FactTally, mentions: Sequence[Mention]) -> str:
    """Each wording of a fact with where it is: “January 23rd” in 1 a1 ¶3 · “Jan. 23” in 3 a3 ¶3."""
    by_text: dict[str, list[Mention]] = {}
    for m in mentions:
        by_text.setdefault(_safe_line(m.text), []).append(m)
    parts = [f"“{clip_width(text, 40)}” in {_places(tally, group)}"
             for text, group in list(by_text.items())[:MAX_WORDINGS]]
    if len(by_text) > MAX_WORDINGS:
        more = len(by_text) - MAX_WORDINGS
        parts.append(f"+{more} other wording{'s' if more > 1 else ''}")
    return " · ".join(parts)
