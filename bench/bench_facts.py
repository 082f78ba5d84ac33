"""tally_facts on 10, 100 and 1,000 news-length articles (issue 6, benchmark 3).

The articles come from a seeded generator: paragraphs of the bundled seeds (three in four) and, when
../shared is there, prose paragraphs of the GPL and Vim corpora (full of section and version numbers,
quoted option names and identifiers), with figures, dates and names changed at random so that the
facts do not all collapse into the five seeds' ones. Each article is about 600 words, like the seeds. Time is the
best of a few runs of tally_facts() on already loaded Sources (loading is measured by the corpus
benchmarks), wall and CPU. Goal: about linear (per-article CPU time), 1,000 articles well under 2 s.

quick=True: 2 and 5 articles, once each; only checks that the script runs.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

from run import Row, shared_file

SRC = Path(__file__).resolve().parents[1] / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

from seedreader.corpus import load_corpus, source_from_text
from seedreader.caches import forget
from seedreader.facts import tally_facts
from seedreader.models import Source

ARTICLE_WORDS = 600
CORPORA_SHARE = 0.25  # of paragraphs; the rest are (varied) news paragraphs of the seeds
GOAL_SECONDS = 2.0
_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})*\b")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_MONTH_DAY = re.compile(r"\b(" + "|".join(_MONTHS) + r") (\d{1,2})\b")
_NAMES = ("Sheinbaum", "Trump", "Rubio", "Lopez", "Garcia", "Ortiz", "Reyes", "Smith")


def _paragraph_pools() -> tuple[list[str], list[str]]:
    """Prose paragraphs of the seeds, and of the GPL and Vim corpora when ../shared is there."""
    seeds = [p for s in load_corpus().sources
             for seg, p in zip(s.segments, s.paragraphs, strict=True)
             if seg.kind == "paragraph" and len(p.split()) >= 12]
    corpora: list[str] = []
    for name in ("gpl-3.txt", "vim-version8.txt"):
        path = shared_file("corpora", name)
        if path is None:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")[:400_000]
        chunks = (" ".join(c.split()) for c in re.split(r"\n\s*\n", text))
        corpora += [c for c in chunks if 40 <= len(c.split()) <= 160 and re.search(r"\d", c)][:300]
    return seeds, corpora


def _vary(paragraph: str, rng: random.Random) -> str:
    def number(m: re.Match) -> str:
        return str(rng.randint(1, 400)) if rng.random() < 0.3 else m.group()

    def date(m: re.Match) -> str:
        if rng.random() < 0.3:
            return f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}"
        return m.group()

    paragraph = _MONTH_DAY.sub(date, paragraph)
    paragraph = _NUMBER.sub(number, paragraph)
    if rng.random() < 0.3:
        paragraph = paragraph.replace(rng.choice(_NAMES), rng.choice(_NAMES))
    return paragraph


def articles(n: int, seed: int = 3) -> list[Source]:
    """``n`` generated articles of about ARTICLE_WORDS words each, the same for the same seed."""
    rng = random.Random(seed)
    seeds, corpora = _paragraph_pools()
    out = []
    for i in range(n):
        paragraphs, words = [], 0
        while words < ARTICLE_WORDS:
            pool = corpora if corpora and rng.random() < CORPORA_SHARE else seeds
            p = _vary(rng.choice(pool), rng)
            paragraphs.append(p)
            words += len(p.split())
        title = f"Generated report {i}: {' '.join(paragraphs[0].split()[:8])}"
        out.append(source_from_text("\n\n".join([title, *paragraphs]), id=f"a{i:04d}"))
    return out


def _timed(sources: list[Source], repeat: int) -> tuple[float, float]:
    """Best wall and best CPU seconds of tally_facts(sources) over ``repeat`` runs, each with
    the engine's caches emptied first (as in a fresh process: no word seen before)."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        forget()
        c0, w0 = time.process_time(), time.perf_counter()
        tally_facts(sources)
        wall = min(wall, time.perf_counter() - w0)
        cpu = min(cpu, time.process_time() - c0)
    return wall, cpu


def run(quick: bool) -> list[Row]:
    sizes = (2, 5) if quick else (10, 100, 1000)
    repeat = {2: 1, 5: 1, 10: 7, 100: 5, 1000: 5}
    rows: list[Row] = []
    per_article: dict[int, float] = {}  # CPU seconds: other processes on the machine add to wall
    for n in sizes:
        sources = articles(n)
        words = sum(len(s.text.split()) for s in sources)
        seconds, cpu = _timed(sources, repeat[n])
        tally = tally_facts(sources)
        per_article[n] = cpu / n
        mentions = sum(len(f.mentions) for f in tally.facts)
        goal = f"< {GOAL_SECONDS:g} s" if n == 1000 else ""
        ok = seconds < GOAL_SECONDS if n == 1000 else None
        rows.append(Row(f"facts: tally_facts, {n} articles", f"{seconds * 1000:.0f} ms", goal, ok,
                        f"CPU {cpu * 1000:.0f} ms; {words // n} words each; {mentions} mentions, "
                        f"{len(tally.facts)} facts, {len(tally.conflicts)} conflicts"))
    if not quick:
        growth = per_article[1000] / per_article[100]
        rows.append(Row("facts: per-article time, 1000 vs 100", f"{growth:.2f}x", "about 1x",
                        growth <= 1.5, "CPU time per article; 1.00x is linear"))
    return rows


if __name__ == "__main__":
    for row in run("--quick" in sys.argv):
        print(row)
