"""Cleaning and segmenting: corpus.source_from_text() on raw text (issue 6, the loader's share).

Every compare() from text and every corpus load starts here: decoding aside, this is sanitize()
(control codes, escape sequences, NFC) and segment() (furniture, blocks, layout, headings).

1. gpl-2.txt and gpl-3.txt (53 KB): both texts, as compare() from text cleans them. Goal: 3 ms.
2. The large pair of bench_compare.py: vim-version7.txt + vim-version8.txt concatenated (2.2 MB)
   and its perturbed copy, 4.4 MB in all. Goal: 150 ms.
3. Hostile sizes that must stay bounded (figures only): 10 MB on one line, 100,000 short lines.

Times are the best of several runs, wall and CPU (CPU is steadier when other work shares the
machine). quick=True: a few KB of generated text, no ../shared needed; only checks the script runs.
"""

from __future__ import annotations

import random
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

from bench_compare import _best, perturb
from run import Row, shared_file

SRC = Path(__file__).resolve().parents[1] / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

from seedreader.corpus import source_from_text

GPL_GOAL_MS = 3.0
VIM_GOAL_MS = 150.0


def _row(name: str, texts: list[str], repeat: int, goal_ms: float | None) -> Row:
    wall, cpu = _best(lambda: [source_from_text(t) for t in texts], repeat)
    sources = [source_from_text(t) for t in texts]
    kinds = Counter(seg.kind for s in sources for seg in s.segments)
    size = sum(len(t.encode("utf-8")) for t in texts)
    shown = f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size // 1000} KB"
    note = (f"CPU {cpu * 1000:.1f} ms; {shown}; "
            f"{' + '.join(f'{len(s.segments):,}' for s in sources)} segments "
            f"({', '.join(f'{n:,} {k}' for k, n in kinds.most_common())})")
    return Row(name, f"{wall * 1000:.1f} ms", f"<= {goal_ms:g} ms" if goal_ms else "",
               wall * 1000 <= goal_ms if goal_ms else None, note)


def _quick_text(seed: int) -> str:
    """Hard-wrapped prose, a heading, indented code and a table: every path of the segmenter."""
    rng = random.Random(seed)
    words = ("the", "report", "said", "forty", "two", "cases", "rose", "by", "50%", "in", "2024",
             "while", "officials", "met")
    prose = [" ".join(rng.choice(words) for _ in range(rng.randint(20, 60))) + "."
             for _ in range(20)]
    return "\n\n".join(
        [textwrap.fill(p, 72) for p in prose[:10]]
        + ["Next Steps", "Use it like this: >\n\t:let x += 1\n\t:let x -= 1\nThen it is done."]
        + ["Patch 8.0.0001\nProblem:    It broke.\nSolution:   Mend it.\nFiles:\t    src/a.c"]
        + prose[10:])


def run(quick: bool) -> list[Row]:
    if quick:
        text = _quick_text(1)
        return [_row("load: quick pair", [text, perturb(text)], 1, None)]
    rows: list[Row] = []
    gpl2, gpl3 = shared_file("corpora", "gpl-2.txt"), shared_file("corpora", "gpl-3.txt")
    if gpl2 and gpl3:
        texts = [gpl2.read_text(encoding="utf-8"), gpl3.read_text(encoding="utf-8")]
        rows.append(_row("load: gpl-2 + gpl-3", texts, 60, GPL_GOAL_MS))
    else:
        rows.append(Row("load: gpl-2 + gpl-3", "skipped", note="no ../shared/corpora"))
    v7, v8 = shared_file("corpora", "vim-version7.txt"), shared_file("corpora", "vim-version8.txt")
    if v7 and v8:
        big = v7.read_text(encoding="utf-8") + v8.read_text(encoding="utf-8")
        rows.append(_row("load: vim7+8 + perturbed", [big, perturb(big)], 10, VIM_GOAL_MS))
    else:
        rows.append(Row("load: vim7+8 + perturbed", "skipped", note="no ../shared/corpora"))
    rows.append(_row("load: 10 MB on one line", ["Word " * (10 * 1024 * 1024 // 5)], 3, None))
    rows.append(_row("load: 100,000 short lines",
                     ["\n".join(f"Line {i} is short." for i in range(100_000))], 3, None))
    return rows


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    t0 = time.perf_counter()
    for row in run(quick="--quick" in sys.argv):
        print(row)
    print(f"({time.perf_counter() - t0:.1f} s)")
