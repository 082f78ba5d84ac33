"""The inline stylesheet of the HTML exports: light and dark by prefers-color-scheme, print-ready.

Changes carry colour and a cue that survives without it: deletions are struck through,
insertions underlined, one-sided paragraphs hatched and labelled.
"""


CSS = """
:root {
  color-scheme: light dark;
  --bg: #fbfbf9; --fg: #1c1c1e; --muted: #5d6166; --rule: #d8d8d3; --card: #f1f1ed;
  --del-bg: #fde2e1; --del-fg: #8c1d18; --ins-bg: #d8f2dd; --ins-fg: #0f5a27;
  --moved: #6a48c2; --only: #8f5d00; --accent: #1657c9; --conflict: #b3261e;
  --hatch: rgba(0, 0, 0, .045);
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #151619; --fg: #e7e6e2; --muted: #a2a6ad; --rule: #34363c; --card: #1e2024;
    --del-bg: #4b1f22; --del-fg: #ffb4ae; --ins-bg: #183a24; --ins-fg: #9fe6b1;
    --moved: #bba6ff; --only: #e6b84f; --accent: #8ab4f8; --conflict: #ff8a80;
    --hatch: rgba(255, 255, 255, .05);
  }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body {
  margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans",
  "Helvetica Neue", Arial, sans-serif;
}
.page { max-width: 1400px; margin: 0 auto; padding: 1.5rem 2rem 3rem; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: .2rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem;
  border-bottom: 1px solid var(--rule); }
h3 { font-size: 1rem; margin: 1.4rem 0 .4rem; }
a { color: var(--accent); overflow-wrap: anywhere; }
code, .id { font: .85em/1.4 ui-monospace, "SF Mono", Menlo, Consolas, monospace;
  overflow-wrap: anywhere; }
.kicker { margin: 0; color: var(--muted); font-size: .8rem; letter-spacing: .06em;
  text-transform: uppercase; }
.muted, .unknown { color: var(--muted); }
.unknown { font-style: italic; white-space: nowrap; }
.note { color: var(--muted); font-size: .9rem; max-width: 62rem; }

.sources { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.src { background: var(--card); border: 1px solid var(--rule); border-radius: 8px;
  padding: .8rem 1rem; border-top: 4px solid var(--del-fg); }
.src.side-B { border-top-color: var(--ins-fg); }
.src .tag { font-weight: 700; font-size: .8rem; color: var(--muted); }
.src h2 { border: 0; margin: .2rem 0 .5rem; font-size: 1.1rem; padding: 0; }
.src dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; margin: 0;
  font-size: .9rem; }
.src dt { color: var(--muted); }
.src dd { margin: 0; overflow-wrap: anywhere; }

.summary { display: flex; flex-wrap: wrap; align-items: baseline; gap: .4rem 1.2rem;
  margin: 1rem 0 0; }
.summary .big { font-size: 1.8rem; font-weight: 700; }
.summary .shared { flex-basis: 100%; }
.chip { display: inline-block; padding: 0 .5rem; border-radius: 999px; font-size: .8rem;
  border: 1px solid var(--rule); white-space: nowrap; }

.legend ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap;
  gap: .4rem 1.6rem; font-size: .9rem; }

del, ins { text-decoration-skip-ink: none; border-radius: 2px; padding: 0 .08em; }
del { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through;
  text-decoration-thickness: 1.5px; }
ins { background: var(--ins-bg); color: var(--ins-fg); text-decoration: underline;
  text-decoration-thickness: 2px; text-underline-offset: .18em; }
del.minor, ins.minor { background: none; color: inherit; text-decoration-style: dotted; }
/* A change of one character or of punctuation only ("." deleted): framed and padded, so it
   shows on screen and paper, in colour or grey (dashed: A's, solid: B's). */
del.slight, ins.slight { padding: 0 .25em; margin: 0 .05em; outline: 1.5px dashed currentColor;
  outline-offset: -1px; font-weight: 700; }
ins.slight { outline-style: solid; }
/* A paragraph break only the other side has (one side splits a paragraph in two): a framed ¶
   in that side's colours, the same in the legend. */
del.split, ins.split { text-decoration: none; font-weight: 700; padding: 0 .3em;
  margin: 0 .2em; outline: 1.5px solid currentColor; outline-offset: -1px; }
.split.by-B { background: var(--ins-bg); color: var(--ins-fg); }
.split.by-A { background: var(--del-bg); color: var(--del-fg); }
.split::before { content: "¶"; }
/* A paragraph with no counterpart, or reworded throughout: the row's label (and the hatched cell
   opposite) say so; the text itself stays readable. */
del.whole, ins.whole { text-decoration: none; color: inherit; padding: 0; }

.badge { display: inline-block; font-size: .72rem; font-weight: 700; letter-spacing: .03em;
  text-transform: uppercase; padding: .05rem .45rem; border-radius: 4px;
  border: 1px solid currentColor; white-space: nowrap; }
:is(.badge, .chip).k-same { color: var(--muted); }
:is(.badge, .chip).k-changed { color: var(--accent); }
:is(.badge, .chip).k-moved { color: var(--moved); }
:is(.badge, .chip).k-left_only { color: var(--del-fg); }
:is(.badge, .chip).k-right_only { color: var(--ins-fg); }
.bar { display: inline-block; width: 4.5rem; height: .45rem; border-radius: 3px;
  background: var(--rule); vertical-align: middle; overflow: hidden; }
.bar > span { display: block; height: 100%; background: var(--accent); }

table { border-collapse: collapse; }
.diff { width: 100%; table-layout: fixed; margin-top: .5rem; }
.diff col.side { width: 44.5%; }
.diff col.meta { width: 11%; }
.diff thead th { position: sticky; top: 0; background: var(--bg); text-align: left;
  font-size: .85rem; padding: .5rem .8rem; border-bottom: 2px solid var(--rule); z-index: 1; }
.diff thead th.meta { text-align: center; }
.diff td { vertical-align: top; padding: .55rem .8rem; border-top: 1px solid var(--rule); }
.diff td.meta { text-align: center; font-size: .8rem; color: var(--muted); }
.diff td.meta > * { display: block; margin: .1rem auto .3rem; }
.diff td.meta .num { font-weight: 700; color: var(--fg); }
.diff tr.k-same td.side { color: var(--muted); }
.diff tr.k-moved td.side { box-shadow: inset 3px 0 0 var(--moved); }
.diff td.absent { background: repeating-linear-gradient(135deg, var(--hatch) 0 8px,
  transparent 8px 16px); color: var(--muted); font-style: italic; font-size: .85rem; }
.diff tr.k-left_only td.side-A { background: color-mix(in srgb, var(--del-bg) 40%, transparent); }
.diff tr.k-right_only td.side-B { background: color-mix(in srgb, var(--ins-bg) 40%, transparent); }
.para { margin: 0 0 .6rem; white-space: pre-wrap; overflow-wrap: anywhere;
  font-family: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif;
  font-size: 1rem; line-height: 1.55; }
.para:last-child { margin-bottom: 0; }
/* A preformatted paragraph (a table, code): monospace and its spacing kept, so its columns
   line up; a line too wide for the column wraps, its continuation indented under the line. */
.para.pre { white-space: pre-wrap; overflow-wrap: anywhere;
  font: .8rem/1.45 ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
.para.pre .ln { display: block; min-height: 1.45em; padding-left: 4ch; text-indent: -4ch; }
.para.pre::before { display: block; margin-bottom: .15rem; }
.para::before { content: "¶" attr(data-n) " "; font: 700 .72rem/1 system-ui, sans-serif;
  color: var(--muted); }

.facts-table { width: 100%; font-size: .9rem; }
.facts-table th, .facts-table td { text-align: left; vertical-align: top; padding: .35rem .6rem;
  border-bottom: 1px solid var(--rule); overflow-wrap: break-word; }
.facts-table th { font-size: .8rem; color: var(--muted); border-bottom-width: 2px;
  white-space: nowrap; }
.facts-table td.value { font-weight: 600; }
.facts-table td.quote { font-family: Charter, Cambria, Georgia, serif; }
.facts-table .qual { font-weight: 400; color: var(--muted); }
.facts-table tr.conflict td:first-child { box-shadow: inset 3px 0 0 var(--conflict); }
.flag { color: var(--conflict); font-weight: 700; font-size: .8rem; white-space: nowrap; }
.dots { letter-spacing: .1em; white-space: nowrap; color: var(--accent); }
.dots .off { color: var(--rule); }
.support { white-space: nowrap; }
.facts-table.key td:nth-child(-n+2) { white-space: nowrap; }
.facts-table.key code { overflow-wrap: break-word; }  /* an id whole, unless it cannot fit */
.flag.near, .flag.update { color: var(--accent); }  /* not a contradiction: no conflict red */
.conflicts li, .variants li, .near li, .updates li { margin: .3rem 0; }
.conflicts .cno { color: var(--conflict); font-weight: 700; margin-right: .3rem; }
.near .cno, .updates .cno { color: var(--accent); font-weight: 700; margin-right: .3rem; }
.val { font-weight: 700; }

.matrix td, .matrix th { padding: .35rem .55rem; text-align: center; font-size: .85rem;
  border: 1px solid var(--rule); }
.matrix td { background: color-mix(in srgb, var(--accent) calc(var(--s) * 55%), transparent); }
.matrix td.self { background: var(--card); color: var(--muted); }
.plain { width: 100%; font-size: .9rem; }
/* Cells break between words, links at their slashes (<wbr>): no column is squeezed narrower
   than its longest word, as "anywhere" let a printed page cut "Riverwa / tch". */
.plain th, .plain td { text-align: left; vertical-align: top; padding: .35rem .6rem;
  border-bottom: 1px solid var(--rule); overflow-wrap: break-word; }
.plain td a { overflow-wrap: break-word; }
.plain th { font-size: .8rem; color: var(--muted); border-bottom-width: 2px;
  white-space: nowrap; overflow-wrap: normal; }
.plain td.n { white-space: nowrap; text-align: right; font-variant-numeric: tabular-nums; }
/* A date never breaks at its hyphens ("2025-03-" / "04" in a narrow column). */
.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
.toc { columns: 2; font-size: .9rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; }

/* In a narrow middle column a label wraps rather than spill into B's text. */
.diff td.meta .badge { white-space: normal; max-width: 100%; }
.diff td.meta .bar { max-width: 100%; }
.diff td.meta { overflow-wrap: anywhere; }

@media (max-width: 800px) {
  .page { padding: 1rem; }
  .sources { grid-template-columns: 1fr; }
  .diff col.meta { width: 18%; }
  .diff col.side { width: 41%; }
}
/* A phone: one column. Each block is its label line, then A's paragraphs, then B's, each
   paragraph numbered with its side ("A ¶3", "B ¶4"); a facts row or a source of the report is
   a card whose lines name their column; the similarity grid scrolls inside its own box, never
   the page. (Screen only: on
   paper the two texts stay side by side.) */
@media screen and (max-width: 640px) {
  .page { padding: .8rem; }
  .diff, .diff tbody, .diff tr, .diff td { display: block; width: auto; }
  .diff colgroup, .diff thead { display: none; }
  .diff tr { display: flex; flex-direction: column; border-top: 2px solid var(--rule);
    padding: .3rem 0 .6rem; }
  .diff td { border-top: 0; padding: .35rem .5rem; }
  .diff td.meta { order: -1; display: flex; flex-wrap: wrap; align-items: center;
    gap: .2rem .7rem; text-align: left; padding: .2rem 0; }
  .diff td.meta > * { display: inline-block; margin: 0; }
  .diff td.meta .badge { white-space: nowrap; }
  .diff td.absent { padding: .2rem .5rem; }
  .para::before { content: attr(data-side) " ¶" attr(data-n) " "; }
  .facts-table, .facts-table tbody, .facts-table tr, .facts-table td,
  .plain, .plain tbody, .plain tr, .plain td { display: block; }
  .facts-table thead, .plain thead { display: none; }
  .facts-table tr, .plain tr { border-bottom: 1px solid var(--rule); padding: .35rem 0; }
  .facts-table td, .plain td { border: 0; padding: .1rem 0 .1rem 5.8rem; position: relative;
    overflow-wrap: anywhere; }
  .facts-table td::before, .plain td::before { content: attr(data-label); position: absolute;
    left: 0; width: 5.3rem; color: var(--muted); font-size: .8rem; }
  .plain td.n { text-align: left; white-space: normal; }
  .facts-table tr.conflict { box-shadow: inset 3px 0 0 var(--conflict); padding-left: .5rem; }
  .facts-table tr.conflict td:first-child { box-shadow: none; }
  /* One dot per source: many sources' dots wrap inside the card. */
  .support, .dots { white-space: normal; }
  .dots { word-break: break-all; }
  .matrix { display: block; overflow-x: auto; }
  .toc { columns: 1; }
}
@media print {
  :root {
    --bg: #fff; --fg: #000; --muted: #555; --rule: #bbb; --card: #fff;
    --del-bg: #fde2e1; --del-fg: #8c1d18; --ins-bg: #d8f2dd; --ins-fg: #0f5a27;
    --moved: #5a3aa8; --only: #7a4f00; --accent: #1a4fa8; --conflict: #a01d15;
    --hatch: rgba(0, 0, 0, .06);
  }
  html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 10pt; }
  .page { max-width: none; padding: 0; }
  .diff thead { display: table-header-group; }
  .diff thead th { position: static; }
  tr, .src, li { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
"""
