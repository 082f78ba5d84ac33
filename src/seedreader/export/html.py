"""HTML exports: one self-contained page (inline CSS, no script, no network) for a pair or a corpus.

Every piece of source text goes through :func:`h` (cleaned, then escaped, quotes too); the only
link to another site is a source's own http(s) url. A Content-Security-Policy forbids scripts and
every fetch, so even a mistake here could not make the page load or run anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from ..models import Block, Comparison, Source, Span
from ..overlap import Overlap
from ..sanitize import safe_url
from .common import (
    ALIGNED_NOTE,
    BASE_NOTE,
    KIND_LABELS,
    LOAD_NOTES_LABEL,
    NO_FACTS,
    NO_REWRITES,
    ONE_SOURCE,
    ONE_SOURCE_INTRO,
    REPORT_INTRO,
    REPORT_SIDES,
    SIMILARITY_NOTE,
    VARIANTS_NOTE,
    SideParagraph,
    block_where,
    clean,
    counted,
    kind_counts,
    load_notes,
    named_list,
    one_line,
    order_note,
    percent,
    reworded,
    shared_note,
    shared_words,
    short_title,
    side_paragraphs,
    word_count,
)
from .factview import (
    FACT_FLAGS,
    KEY_NOTE,
    NEAR_NOTE,
    SAME_SIDE,
    SAME_WORDS,
    UPDATES_NOTE,
    FactSelection,
    KeyRow,
    conflict_refs,
    conflicts_note,
    corpus_intro,
    fact_label,
    group_sides,
    pair_intro,
    pair_names,
    source_key,
    update_steps,
    wordings,
)
from .html_style import CSS
from .report import CorpusReport

# The columns of the corpus report's Sources table; on a phone each row is a card whose lines
# show them (each cell's data-label).
SOURCE_COLUMNS = ("#", "Title and id", "Outlet", "Published", "Link", "Paragraphs", "Words",
                  "Closest")

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
       "form-action 'none'")


def h(text: str) -> str:
    """Source text made safe for HTML content and attribute values."""
    return escape(clean(text), quote=True)


def h1(text: str) -> str:
    """Like :func:`h`, on one line."""
    return escape(one_line(text), quote=True)


# On the elements that hold an article's own text (its paragraphs, title, a source's notes, a
# quote, a fact's wordings and speaker): lang="" says its language is unknown (articles come in
# any language, and nothing reliable says which), while the page's own words stay lang="en".
# (Outlets, names rather than words, are not marked.)
ARTICLE_LANG = 'lang=""'


def bdi(text: str) -> str:
    """:func:`h1` isolated in <bdi>: a title or field in Arabic or Hebrew among our own words
    keeps its own direction and cannot reorder theirs. (Elements that hold article text alone
    get dir="auto" instead.)"""
    return f"<bdi>{h1(text)}</bdi>"


def article_bdi(text: str) -> str:
    """:func:`bdi` for a piece of article text itself (a title, a fact's value or wording, a
    speaker): its language unknown (``ARTICLE_LANG``)."""
    return f"<bdi {ARTICLE_LANG}>{h1(text)}</bdi>"


def _page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
        "<meta name=\"referrer\" content=\"no-referrer\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"color-scheme\" content=\"light dark\">\n"
        "<meta name=\"generator\" content=\"seedreader\">\n"
        f"<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<main class=\"page\">\n{body}\n</main>\n</body>\n</html>\n"
    )


def _or_unknown(value: str) -> str:
    return bdi(value) if value.strip() else "<span class=\"unknown\">not stated</span>"


def _link(url: str) -> str:
    safe = safe_url(url)
    if safe is None:
        return _or_unknown(url)
    return (f"<a href=\"{h1(safe)}\" rel=\"noopener noreferrer nofollow\">"
            f"{_url_breaks(h1(safe))}</a>")


def _url_breaks(shown: str) -> str:
    """An escaped URL with a line break allowed after each '/' (after "//" whole) and before each '?', '&amp;',
    '#' and '=' (``<wbr>``): a narrow column or page breaks it between its parts, never inside
    a host name or a word (the CSS's break-word only splits a part that fits no line)."""
    return _URL_PARTS.sub(lambda m: "/<wbr>" if m.group() == "/" else f"<wbr>{m.group()}", shown)


_URL_PARTS = re.compile(r"/(?!/)|\?|&amp;|#|=")  # (not between the slashes of "https://")


# --- the side-by-side diff ------------------------------------------------------------------

# Where the other side starts a new paragraph and this one does not (``split_points``): a
# framed ¶ in the other side's colours (``.by-B``: as B's words are). The ¶ is the CSS's
# (``.split::before``), not text of the page: a cell copied holds the article's words only. Its
# tag is the side's own (<del> in A), so that it holds this side's spacing there if any.
SPLIT_MARKS = {
    "A": "<del class=\"split by-B\" title=\"B starts a new paragraph here\">{}</del>",
    "B": "<ins class=\"split by-A\" title=\"A starts a new paragraph here\">{}</ins>",
}


def _run(run: Span, whole: bool = False, letter: str = "A") -> str:
    if run.op == "split":
        return SPLIT_MARKS[letter].format(h(run.text))
    if run.op == "equal":
        return h(run.text)
    tag = "del" if run.op == "delete" else "ins"
    if whole:
        return f"<{tag} class=\"whole\">{h(run.text)}</{tag}>"
    if run.minor:
        return (f"<{tag} class=\"minor\" title=\"a difference that does not count\">"
                f"{h(run.text)}</{tag}>")
    if _slight(run.text):
        return f"<{tag} class=\"slight\">{h(run.text)}</{tag}>"
    return f"<{tag}>{h(run.text)}</{tag}>"


def _slight(text: str) -> bool:
    """Whether a change is one character, or punctuation only (a full stop, a comma, a dash):
    a strike or underline through so little is nearly invisible, in colour or grey; the CSS
    frames it (``del.slight``, ``ins.slight``)."""
    core = text.strip()
    return bool(core) and (len(core) == 1 or not any(ch.isalnum() for ch in core))


def _pre_run(run: Span, whole: bool, letter: str = "A") -> str:
    """A run of a preformatted paragraph (a table, code): a change of spacing alone is not
    marked (the columns of each side are padded to their own widths, so padding differs on
    most rows when one cell grows), and the spaces around a change stay outside its mark (a
    mark stretched over a column's padding reads as more changed than there is)."""
    core = run.text.strip()
    if run.op == "split":
        return _run(run, whole, letter)
    if run.op == "equal" or not core:
        return h(run.text)
    lead, trail = run.text[: len(run.text) - len(run.text.lstrip())], run.text[len(run.text.rstrip()):]
    return h(lead) + _run(Span(run.op, core, run.minor), whole) + h(trail)


def _pre_lines(runs: tuple[Span, ...], whole: bool, letter: str = "A") -> str:
    """A preformatted paragraph line by line, each line a block of its own (``.ln``): one too
    wide for the column wraps with its continuation indented, so a table's rows stay told
    apart and nothing scrolls out of sight (a change in its last column)."""
    lines: list[list[str]] = [[]]
    for run in runs:
        if run.op == "split" and not run.text:
            lines[-1].append(_pre_run(run, whole, letter))
        for n, piece in enumerate(run.text.split("\n")):
            if n:
                lines.append([])
            if piece:
                lines[-1].append(_pre_run(Span(run.op, piece, run.minor), whole, letter))
    return "".join(f"<span class=\"ln\">{''.join(parts)}</span>" for parts in lines)


def _paragraph(letter: str, paragraph: SideParagraph, whole: bool, pre: bool = False) -> str:
    """One paragraph of a side; ``pre``: a preformatted one (a table, code), set in a
    monospace font with its spacing kept, so its columns line up."""
    body = (_pre_lines(paragraph.runs, whole, letter) if pre
            else "".join(_run(run, whole, letter) for run in paragraph.runs))
    return (f"<p class=\"para{' pre' if pre else ''}\" data-side=\"{letter}\" "
            f"data-n=\"{paragraph.index + 1}\" dir=\"auto\" {ARTICLE_LANG}>{body}</p>")


def _side_cell(comparison: Comparison, block: Block, side: str, letter: str) -> str:
    paragraphs = side_paragraphs(comparison, block, side, splits=True)
    if not paragraphs:
        return f"<td class=\"side side-{letter} absent\">not in {letter}</td>"
    whole = block.kind in ("left_only", "right_only") or reworded(block)
    segments = (comparison.left if side == "left" else comparison.right).segments
    return (f"<td class=\"side side-{letter}\">"
            + "".join(_paragraph(letter, p, whole, segments[p.index].kind == "preformatted")
                      for p in paragraphs) + "</td>")


def _bar(similarity: float, label: str) -> str:
    width = max(0.0, min(1.0, similarity)) * 100
    return (f"<span class=\"bar\" title=\"{label} {percent(similarity)}\">"
            f"<span style=\"width:{width:.0f}%\"></span></span>")


def _meta_cell(number: int, block: Block) -> str:
    parts = [f"<span class=\"num\">{number}</span>",
             f"<span class=\"badge k-{block.kind}\">{KIND_LABELS[block.kind]}</span>"]
    if block.left and block.right:
        parts.append(_bar(block.similarity, "block similarity"))
        parts.append(f"<span>{percent(block.similarity)} alike</span>")
        if reworded(block):
            parts.append("<span>reworded throughout</span>")
    parts.append(f"<span>{escape(block_where(block))}</span>")
    return "<td class=\"meta\">" + "".join(parts) + "</td>"


def _diff_table(comparison: Comparison, names: tuple[str, str] | None = None) -> str:
    """The aligned blocks side by side; ``names``: what A and B are, in the column heads
    (the corpus report's "#1, the base" and "#3")."""
    left, right = comparison.left, comparison.right
    a, b = (f"A ({names[0]})", f"B ({names[1]})") if names else ("A", "B")
    rows = []
    for number, block in enumerate(comparison.blocks, 1):
        rows.append(
            f"<tr class=\"block k-{block.kind}\">"
            + _side_cell(comparison, block, "left", "A")
            + _meta_cell(number, block)
            + _side_cell(comparison, block, "right", "B")
            + "</tr>"
        )
    return (
        "<table class=\"diff\">\n"
        "<colgroup><col class=\"side\"><col class=\"meta\"><col class=\"side\"></colgroup>\n"
        f"<thead><tr><th scope=\"col\">{a} · {article_bdi(left.title)}</th>"
        "<th scope=\"col\" class=\"meta\">block</th>"
        f"<th scope=\"col\">{b} · {article_bdi(right.title)}</th></tr></thead>\n"
        "<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
    )


def _summary(comparison: Comparison, a: str = "A", b: str = "B",
             measured: Overlap | None = None) -> str:
    """How alike, the blocks by kind, and how much of each side (``a``, ``b``) the other has
    word for word (``measured``: that overlap, if known already)."""
    chips = "".join(
        f"<span class=\"chip k-{kind}\">{count} {KIND_LABELS[kind]}</span>"
        for kind, count in kind_counts(comparison)
    )
    n = len(comparison.blocks)
    return (
        "<div class=\"summary\">"
        f"<span class=\"big\">{percent(comparison.similarity)}</span>"
        f"<span>alike overall, in {counted(n, 'aligned block')}</span>"
        f"<span>{chips}</span>"
        f"<span class=\"shared\">Word for word, {escape(shared_words(comparison, a, b, measured=measured), quote=False)}."
        "</span>"
        "</div>"
    )


def _legend(a: str, b: str, *, facts: bool, sides: str = "") -> str:
    """The key to the marks; ``sides``: what A and B are, first (the corpus report's)."""
    items = [f"<li>{sides}</li>"] if sides else []
    items += [
        f"<li><del>struck through</del> words only in {a}</li>",
        f"<li><ins>underlined</ins> words only in {b}</li>",
        ("<li><del class=\"minor\">dotted</del> a difference that does not count "
        "(quote marks, spelling)</li>"),
        (f"<li>{SPLIT_MARKS['A'].format('')} in A: B starts a new paragraph here; "
         f"{SPLIT_MARKS['B'].format('')} in B: A does (one side splits a paragraph that the "
         "other keeps whole)</li>"),
        "<li><span class=\"badge k-moved\">moved</span> a matching paragraph in another place</li>",
        ("<li><span class=\"badge k-left_only\">only in A</span> "
        "<span class=\"badge k-right_only\">only in B</span> no counterpart</li>"),
        f"<li>{_bar(0.7, 'example:')} how alike a block's two sides are</li>",
    ]
    if facts:
        items.append("<li><span class=\"dots\">●●<span class=\"off\">○</span></span> "
                     "sources of the corpus that state a fact, in the order of "
                     "<a href=\"#sources-counted\">Sources counted</a></li>")
    return ("<section class=\"legend\" aria-label=\"Legend\"><h2>How to read this</h2><ul>"
            + "".join(items) + "</ul></section>")


def _source_card(source: Source, letter: str, role: str) -> str:
    n = len(source.paragraphs)
    return (
        f"<section class=\"src side-{letter}\" aria-label=\"Source {letter}\">"
        f"<div class=\"tag\">{letter} · {role}</div><h2 dir=\"auto\" {ARTICLE_LANG}>{h1(source.title)}</h2><dl>"
        f"<dt>Outlet</dt><dd>{_or_unknown(source.outlet)}</dd>"
        f"<dt>Published</dt><dd class=\"date\">{_or_unknown(source.published)}</dd>"
        f"<dt>Link</dt><dd>{_link(source.url)}</dd>"
        f"<dt>Source id</dt><dd><code>{h1(source.id)}</code></dd>"
        + (f"<dt>Notes</dt><dd dir=\"auto\" {ARTICLE_LANG}>{h1(source.notes)}</dd>" if source.notes.strip()
           else "")
        + (f"<dt>{LOAD_NOTES_LABEL}</dt><dd class=\"loaded\">{h1(load_notes(source))}</dd>"
           if source.warnings else "") +
        f"<dt>Length</dt><dd>{counted(n, 'paragraph')} · "
        f"{counted(word_count(source), 'word')}</dd></dl></section>"
    )


# --- facts -----------------------------------------------------------------------------------

def _fact_value(fact: dict) -> str:
    if fact["kind"] == "quote":
        return f"<bdi {ARTICLE_LANG}>“{h1(fact['value'])}”</bdi>"
    qualifier = fact.get("qualifier")
    value = bdi(fact_label(fact))  # (a figure or date as seedreader writes it)
    # after the value, as the reader shows it: '50% · “about” in 2 of 5', '2024 · late'
    return f"{value} · <span class=\"qual\">{bdi(qualifier)}</span>" if qualifier else value


def _dots(fact: dict, view: FactSelection, name: Callable[[str], str]) -> str:
    holders = set(fact["sources"])
    dots = "".join("●" if s["id"] in holders else "<span class=\"off\">○</span>"
                   for s in view.sources)
    who = ", ".join(name(s["id"]) for s in view.sources if s["id"] in holders)
    return (f"<span class=\"support\"><span class=\"dots\" title=\"stated by {h1(who)}\">{dots}"
            f"</span> {len(holders)}/{view.n}</span>")


def _wording(fact: dict, source_id: str) -> str:
    texts = wordings(fact, source_id)
    return "<br>".join(bdi(t) if t == SAME_WORDS else article_bdi(t) for t in texts) or "<span class=\"muted\">—</span>"


def _facts_table(facts: tuple[dict, ...], columns: list[tuple[str, Callable[[dict], str]]],
                 view: FactSelection) -> str:
    head = "".join(f"<th scope=\"col\">{title}</th>" for title, _ in columns)
    rows = []
    for fact in facts:
        conflict = view.in_conflict(fact["id"])
        cells = "".join(f"<td dir=\"auto\" data-label=\"{escape(title)}\">{cell(fact)}</td>"
                        for title, cell in columns)
        row_class = " class=\"conflict\"" if conflict else ""
        rows.append(f"<tr{row_class}>{cells}</tr>")
    return (f"<table class=\"facts-table\"><thead><tr>{head}</tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


def _fact_cell(view: FactSelection) -> Callable[[dict], str]:
    def cell(fact: dict) -> str:  # ⚠ conflict 1, ≈ near values 1, ↑ update 1
        flags = "".join(f" <span class=\"flag {what}\">{mark} {refs}</span>"
                        for mark, what, refs_of in FACT_FLAGS
                        if (refs := refs_of(view, fact["id"])))
        return f"<strong>{_fact_value(fact)}</strong>{flags}"

    return cell


def _about_cell(view: FactSelection) -> Callable[[dict], str]:
    def cell(fact: dict) -> str:  # a conflict's facts: its one label, in the list below
        refs = conflict_refs(view, fact["id"])
        return f"see {refs}" if refs else bdi(fact.get("about") or "")

    return cell


def _groups(groups: tuple[dict, ...], view: FactSelection, name: Callable[[str], str],
            cls: str, joiner: str, numbered: bool = False) -> str:
    items = []
    for number, group in enumerate(groups, 1):
        if cls == "updates":  # each value with when it was first published
            # (value, when, who: as `seedreader facts` and the reader write an update)
            values = [f"<span class=\"val\">{_fact_value(fact)}</span> ("
                      + (f"<span class=\"date\">{h1(when)}</span>, " if when else "")
                      + f"{bdi(who)})" for fact, who, when in update_steps(view, group, name)]
        else:  # (a misquote's wordings that say the same thing: one side, SAME_SIDE)
            values = [SAME_SIDE.join(f"<span class=\"val\">{_fact_value(fact)}</span> ({bdi(who)})"
                                     for fact, who in side)
                      for side in group_sides(view, group, name)]
        label = f"<span class=\"cno\">{number}</span> " if numbered else ""
        items.append(f"<li>{label}<strong>{bdi(group.get('about') or '')}</strong>: "
                     + joiner.join(values) + "</li>")
    return f"<ul class=\"{cls}\">" + "".join(items) + "</ul>"


def _key(rows: list[KeyRow]) -> str:
    """The key to the support dots: each source named, in dot order."""
    columns = ("Dot", "Source", "Title", "Outlet", "Id")
    body = []
    for row in rows:
        cells = (f"<span class=\"dots\">●</span> #{row.position}", escape(row.name),
                 f"<strong>{article_bdi(row.title)}</strong>", _or_unknown(row.outlet),
                 f"<code>{h1(row.id)}</code>")
        body.append("<tr>" + "".join(f"<td dir=\"auto\" data-label=\"{title}\">{cell}</td>"
                                     for title, cell in zip(columns, cells)) + "</tr>")
    head = "".join(f"<th scope=\"col\">{title}</th>" for title in columns)
    return (f"<h3 id=\"sources-counted\">Sources counted</h3><p class=\"note\">{KEY_NOTE}</p>"
            f"<table class=\"facts-table key\"><thead><tr>{head}</tr></thead><tbody>"
            + "".join(body) + "</tbody></table>")


def _facts_section(view: FactSelection | None, name: Callable[[str], str], *, heading: str,
                   intro: str, per_source: list[tuple[str, str]],
                   key: list[KeyRow] | None = None) -> str:
    """The facts: figures and quotes tables, conflicts and variants.

    ``per_source``: (column title, source id) pairs whose wording gets a column; when empty, a
    column lists the sources that state each fact; ``key``: the sources of the dots
    (``source_key``), shown first. No view (facts not asked for): no section.
    """
    if view is None:
        return ""
    out = [f"<section class=\"facts\" id=\"facts\"><h2>{heading}</h2>",
           f"<p class=\"note\">{intro}</p>"]
    if key is not None and view.facts:
        out.append(_key(key))
    if per_source:
        tail = [(title, lambda f, sid=sid: _wording(f, sid)) for title, sid in per_source]
    else:
        tail = [("Stated by", lambda f: bdi(named_list([name(s) for s in f["sources"]])))]
    support = ("Support", lambda f: _dots(f, view, name))
    if view.figures:
        out.append("<h3>Figures and dates</h3>")
        columns = [("Fact", _fact_cell(view)), ("Kind", lambda f: h1(f["kind"])),
                   ("About", _about_cell(view)), support, *tail]
        out.append(_facts_table(view.figures, columns, view))
    if view.quotes:
        out.append("<h3>Quotes</h3>")
        columns = [("Quote", _fact_cell(view)),
                   ("Speaker", lambda f: article_bdi(f["speaker"]) if f.get("speaker") else
                    "<span class=\"muted\">—</span>"), support, *tail]
        out.append(_facts_table(view.quotes, columns, view))
    if not view.facts:
        out.append(f"<p>{NO_FACTS}</p>")
    if view.conflicts:
        out.append(f"<h3>Conflicts</h3><p class=\"note\">{conflicts_note(view)}</p>")
        out.append(_groups(view.conflicts, view, name, "conflicts", " <em>vs</em> ",
                           numbered=True))
    if view.variants:
        out.append(f"<h3>Possible variants of one remark</h3><p class=\"note\">{VARIANTS_NOTE}"
                   "</p>")
        out.append(_groups(view.variants, view, name, "variants", " · "))
    if view.near:
        out.append(f"<h3>Near values</h3><p class=\"note\">{escape(NEAR_NOTE, quote=False)}</p>")
        out.append(_groups(view.near, view, name, "near", " · ", numbered=True))
    if view.updates:
        out.append(f"<h3>Updates</h3><p class=\"note\">{escape(UPDATES_NOTE, quote=False)}</p>")
        out.append(_groups(view.updates, view, name, "updates", " → ", numbered=True))
    out.append("</section>")
    return "".join(out)


# --- pages -----------------------------------------------------------------------------------

def render_pair_html(comparison: Comparison, facts: FactSelection | None) -> str:
    left, right = comparison.left, comparison.right
    name = pair_names(comparison, facts)
    body = [
        "<header class=\"doc-head\"><p class=\"kicker\">seedreader · two sources compared</p>",
        (f"<h1>{article_bdi(left.title)} <span class=\"muted\">vs</span> "
         f"{article_bdi(right.title)}</h1>"),
        "<div class=\"sources\">", _source_card(left, "A", "left"),
        _source_card(right, "B", "right"), "</div>", _summary(comparison), "</header>",
        _legend("A", "B", facts=bool(facts and facts.facts)),
        "<section class=\"pair\"><h2>The two texts, aligned</h2>",
        f"<p class=\"note\">{escape(ALIGNED_NOTE + order_note(comparison), quote=False)}</p>",
        _diff_table(comparison), "</section>",
        _facts_section(
            facts, name, heading="Facts in these two sources",
            intro=pair_intro(facts, comparison),
            per_source=[("A says", left.id), ("B says", right.id)],
            key=source_key(facts, comparison) if facts is not None else None,
        ),
        ("<footer>Made with seedreader. Similarity is the share of text the two sides have in "
        "common.</footer>"),
    ]
    title = f"{short_title(left.title, 60)} vs {short_title(right.title, 60)} — seedreader"
    return _page(escape(title), "\n".join(body))


def render_report_html(report: CorpusReport) -> str:
    label, name = report.label, report.name_of
    base = report.base
    body = [
        "<header class=\"doc-head\"><p class=\"kicker\">seedreader · corpus report</p>",
        f"<h1>{_report_title(report)} compared</h1>",
        "<p>" + (REPORT_INTRO if report.comparisons else ONE_SOURCE_INTRO).format(
            label=label(base), title=f"<strong>{article_bdi(base.title)}</strong>")
        + (BASE_NOTE.format(label=label(base), reason=h1(report.base_reason))
           if report.comparisons and report.base_reason else "") + "</p>",
        _report_toc(report, label), "</header>",
        _report_sources(report, label),
        _report_similarity(report, label),
        _facts_section(
            report.facts, name, heading="Facts across the corpus",
            intro=corpus_intro(report.facts),
            per_source=[],
        ),
    ]
    if report.comparisons:
        body.append(_legend(f"the base ({label(base)})", "the other source", facts=False,
                            sides=REPORT_SIDES.format(label=label(base))))
    for comparison in report.comparisons:
        other = comparison.right
        body.append(
            f"<section class=\"pair\" id=\"vs-{report.position(other)}\">"
            f"<h2>{label(other)} {article_bdi(other.title)} <span class=\"muted\">against the base "
            f"{label(base)}</span></h2>"
            + _summary(comparison, label(base), label(other), report.overlap(comparison))
            + _diff_table(comparison, (f"{label(base)}, the base", label(other)))
            + "</section>"
        )
    body.append("<footer>Made with seedreader. Similarity is the share of text two sources have "
                "in common.</footer>")
    return _page(f"{h1(report.heading or report.name)} — seedreader corpus report",
                 "\n".join(body))


def _report_title(report: CorpusReport) -> str:
    """'Court ruling on river dam — 5 sources' after INDEX.md's heading; else after the folder,
    'corp: 5 sources'."""
    sources = counted(len(report.sources), "source")
    if report.heading:
        return f"{bdi(report.heading)} — {sources}"
    return f"{bdi(report.name)}: {sources}"


def _report_toc(report: CorpusReport, label: Callable[[Source], str]) -> str:
    items = ["<li><a href=\"#sources\">Sources</a></li>",
             "<li><a href=\"#similarity\">Who resembles whom</a></li>",
             "<li><a href=\"#facts\">Facts across the corpus</a></li>"]
    for comparison in report.comparisons:
        other = comparison.right
        items.append(f"<li><a href=\"#vs-{report.position(other)}\">{label(other)} "
                     f"{article_bdi(short_title(other.title, 60))} against the base</a></li>")
    return "<nav><ul class=\"toc\">" + "".join(items) + "</ul></nav>"


def _class(name: str) -> str:
    return f' class="{name}"' if name else ""


def _report_sources(report: CorpusReport, label: Callable[[Source], str]) -> str:
    rows = []
    for source in report.sources:
        closest = report.closest(source)
        near = (f"{label(closest.b)} ({percent(closest.similarity)})" if closest
                else "<span class=\"muted\">—</span>")
        base = " <span class=\"badge k-same\">base</span>" if source.id == report.base.id else ""
        cells = (("n", label(source)),
                 ("", f"<strong>{article_bdi(source.title)}</strong>{base}<br><code>{h1(source.id)}</code>"),
                 ("", _or_unknown(source.outlet)), ("date", _or_unknown(source.published)),
                 ("", _link(source.url)), ("n", f"{len(source.paragraphs):,}"),
                 ("n", f"{report.word_count(source):,}"), ("n", near))
        rows.append("<tr>" + "".join(
            f"<td{_class(cls)} data-label=\"{title}\">{content}</td>"
            for (cls, content), title in zip(cells, SOURCE_COLUMNS, strict=True)) + "</tr>")
    loaded = " · ".join(f"{label(source)}: {h1(load_notes(source))}"
                        for source in report.sources if source.warnings)
    return (
        "<section id=\"sources\"><h2>Sources</h2><table class=\"plain\"><thead><tr>"
        + "".join(f"<th>{title}</th>" for title in SOURCE_COLUMNS) + "</tr></thead><tbody>"
        + "".join(rows) + "</tbody></table>"
        + (f"<p class=\"note loaded\">{LOAD_NOTES_LABEL}: {loaded}</p>" if loaded else "")
        + "</section>"
    )


def _report_similarity(report: CorpusReport, label: Callable[[Source], str]) -> str:
    if len(report.sources) < 2:
        return (f"<section id=\"similarity\"><h2>Who resembles whom</h2><p>{ONE_SOURCE}</p>"
                "</section>")
    head = "".join(f"<th scope=\"col\" title=\"{h1(s.title)}\">{label(s)}</th>"
                   for s in report.sources)
    rows = []
    for i, source in enumerate(report.sources):
        cells = []
        for j, value in enumerate(report.matrix[i]):
            if i == j:
                cells.append("<td class=\"self\">—</td>")
            else:
                cells.append(f"<td style=\"--s:{value:.2f}\">{percent(value)}</td>")
        rows.append(f"<tr><th scope=\"row\" title=\"{h1(source.title)}\">{label(source)}</th>"
                    + "".join(cells) + "</tr>")
    relations = []
    for relation in report.relations:
        if relation.verdict == "independent":
            continue
        relations.append(
            f"<li><strong>{label(relation.a)} and {label(relation.b)}</strong>, "
            f"{percent(relation.similarity)} alike: {h1(relation.sentence(label))}.</li>"
        )
    if not relations:
        relations.append(f"<li>{NO_REWRITES}</li>")
    return (
        "<section id=\"similarity\"><h2>Who resembles whom</h2>"
        f"<p class=\"note\">{SIMILARITY_NOTE}</p>"
        f"<table class=\"matrix\"><thead><tr><th></th>{head}</tr></thead><tbody>"
        + "".join(rows) + "</tbody></table><ul class=\"relations\">" + "".join(relations)
        + "</ul>" + _shared_matrix(report, label, head) + "</section>"
    )


def _shared_matrix(report: CorpusReport, label: Callable[[Source], str], head: str) -> str:
    """How much of each source (row) another (column) has word for word; '' unmeasured."""
    if not report.shared:
        return ""
    rows = []
    for i, source in enumerate(report.sources):
        cells = ["<td class=\"self\">—</td>" if i == j else
                 f"<td style=\"--s:{report.share(i, j):.2f}\">{percent(report.share(i, j))}</td>"
                 for j in range(len(report.sources))]
        rows.append(f"<tr><th scope=\"row\" title=\"{h1(source.title)}\">{label(source)}</th>"
                    + "".join(cells) + "</tr>")
    note = shared_note(len(report.sources))
    return (f"<h3>Word for word</h3><p class=\"note\">{note}</p>"
            f"<table class=\"matrix shared\"><thead><tr><th></th>{head}</tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")

