"""compare() against `git diff --no-index --word-diff=porcelain` (issue 6, benchmarks 1 and 2).

1. gpl-2.txt vs gpl-3.txt: best wall time of compare() from raw text (cleaning, segmenting,
   aligning and word-diffing included, as git reads and splits the files too) against the best
   wall time of the git process. Goal: at most 2x git. Every timed run starts with the engine's
   caches empty (``caches.forget()``): a first comparison, as git's every run is one.
2. vim-version7.txt + vim-version8.txt (~2.2 MB) against a copy perturbed with a fixed seed (5% of
   paragraphs dropped, 3% of words edited, 2% of paragraphs moved). Goal: at most 5x git, and a
   peak resident size of at most 300 MB for a fresh Python process that reads both files and runs
   compare() (interpreter and imports included).

quick=True: a few KB of generated text, no ../shared needed; only checks that the script runs.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import Row, best_of, shared_file

SRC = Path(__file__).resolve().parents[1] / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

from seedreader.align import compare
from seedreader.caches import forget


def perturb(text: str, seed: int = 6, drop: float = 0.05, edit: float = 0.03,
            move: float = 0.02) -> str:
    """A copy of ``text`` with paragraphs (blank-line separated) dropped and moved, words edited."""
    rng = random.Random(seed)
    paragraphs = re.split(r"\n[ \t]*\n", text)
    kept = [p for p in paragraphs if rng.random() >= drop]
    vocabulary = re.findall(r"[A-Za-z]{3,}", text[:200_000]) or ["word"]

    def edit_word(m: re.Match) -> str:
        return rng.choice(vocabulary) if rng.random() < edit else m.group()

    kept = [re.sub(r"\S+", edit_word, p) for p in kept]
    for _ in range(round(len(kept) * move)):
        p = kept.pop(rng.randrange(len(kept)))
        kept.insert(rng.randrange(len(kept) + 1), p)
    return "\n\n".join(kept)


def _best(fn, repeat: int, cold: bool = True) -> tuple[float, float]:
    """Best wall time and best CPU time (this process) of ``fn()`` over ``repeat`` runs: CPU
    time is steadier when other work shares the machine. ``cold``: the engine's caches are
    emptied before each run (untimed), so that each run is a first comparison of these words,
    as in a fresh process and as git always runs; else the runs after the first find the words
    of these texts cached."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        if cold:
            forget()
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall = min(wall, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    return wall, cpu


def git_seconds(a: Path, b: Path, repeat: int) -> float:
    cmd = ["git", "diff", "--no-index", "--word-diff=porcelain", str(a), str(b)]
    return best_of(lambda: subprocess.run(cmd, stdout=subprocess.DEVNULL, check=False), repeat)


_PEAK = """
import resource, sys, time
sys.path.insert(0, {src!r})
from seedreader.align import compare
a = open({a!r}, encoding="utf-8").read()
b = open({b!r}, encoding="utf-8").read()
t0 = time.perf_counter()
c = compare(a, b)
t = time.perf_counter() - t0
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, t, len(c.blocks))
"""


def peak_rss_mb(a: Path, b: Path) -> tuple[float, float, int]:
    """Peak RSS (MB) of a fresh process running compare() on two files, its time, its blocks."""
    code = _PEAK.format(src=str(SRC), a=str(a), b=str(b))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    kb, seconds, blocks = out.stdout.split()
    return int(kb) / 1024, float(seconds), int(blocks)


def _pair_rows(name: str, a: Path, b: Path, goal: float | None, repeat: int,
               memory: bool = False) -> list[Row]:
    """Rows for one pair of files; ``goal`` None: figures only, nothing judged (quick runs)."""
    ta, tb = a.read_text(encoding="utf-8"), b.read_text(encoding="utf-8")
    git = git_seconds(a, b, 3 * repeat)  # cheap: more runs steady its best against noise
    from seedreader.corpus import source_from_text

    sa, sb = source_from_text(ta, id="a"), source_from_text(tb, id="b")

    def timed(what: str, fn, note: str, cold: bool = True, judged: bool = False) -> Row:
        wall, cpu = _best(fn, repeat, cold)
        ratio = wall / git
        return Row(f"{name}: {what}", f"{wall * 1000:.1f} ms",
                   f"<= {goal:g}x git" if judged and goal else "",
                   ratio <= goal if judged and goal else None,
                   f"{ratio:.1f}x git; CPU {cpu * 1000:.1f} ms; {note}")

    kb = (len(ta) + len(tb)) // 1024
    rows = [
        Row(f"{name}: git diff --word-diff", f"{git * 1000:.1f} ms", note=f"{kb} KB in all"),
        timed("compare() from text", lambda: compare(ta, tb),
              "cleaning+segmenting included; caches empty", judged=True),
        timed("compare() from text, again", lambda: compare(ta, tb),
              "the same texts again: their words and paragraphs cached", cold=False),
        timed("compare() of Sources", lambda: compare(sa, sb), "align + word diff only"),
        timed("compare(spans=False)", lambda: compare(sa, sb, spans=False),
              "blocks without word diffs (a reader fills in what it shows)"),
        timed("cleaning+segmenting",
              lambda: (source_from_text(ta, id="a"), source_from_text(tb, id="b")),
              f"source_from_text() of both texts; "
              f"{len(sa.paragraphs)}+{len(sb.paragraphs)} paragraphs"),
    ]
    if memory:
        mb, _, blocks = peak_rss_mb(a, b)
        rows.append(Row(f"{name}: peak RSS", f"{mb:.0f} MB", "<= 300 MB" if goal else "",
                        mb <= 300 if goal else None,
                        f"fresh process: read + compare(); {blocks} blocks"))
    return rows


def _quick_text(seed: int) -> str:
    rng = random.Random(seed)
    words = ("the", "report", "said", "forty", "two", "cases", "rose", "by", "50%", "in", "2024",
             "while", "officials", "met")
    return "\n\n".join(" ".join(rng.choice(words) for _ in range(rng.randint(8, 40)))
                       for _ in range(30))


def run(quick: bool) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if quick:
            a, b = tmp / "a.txt", tmp / "b.txt"
            a.write_text(_quick_text(1), encoding="utf-8")
            b.write_text(perturb(_quick_text(1), drop=0.2, edit=0.1, move=0.1), encoding="utf-8")
            return _pair_rows("quick pair", a, b, None, 1, memory=True)
        rows: list[Row] = []
        gpl2, gpl3 = shared_file("corpora", "gpl-2.txt"), shared_file("corpora", "gpl-3.txt")
        if gpl2 and gpl3:
            rows += _pair_rows("gpl-2 vs gpl-3", gpl2, gpl3, 2.0, 15)
        else:
            rows.append(Row("gpl-2 vs gpl-3", "skipped", note="no ../shared/corpora"))
        v7, v8 = shared_file("corpora", "vim-version7.txt"), shared_file("corpora",
                                                                        "vim-version8.txt")
        if v7 and v8:
            big = v7.read_text(encoding="utf-8") + v8.read_text(encoding="utf-8")
            a, b = tmp / "vim78.txt", tmp / "vim78-perturbed.txt"
            a.write_text(big, encoding="utf-8")
            b.write_text(perturb(big), encoding="utf-8")
            rows += _pair_rows("vim7+8 vs perturbed", a, b, 5.0, 5, memory=True)
        else:
            rows.append(Row("vim7+8 vs perturbed", "skipped", note="no ../shared/corpora"))
        return rows


if __name__ == "__main__":
    t0 = time.perf_counter()
    for row in run(quick="--quick" in sys.argv):
        print(row)
    print(f"({time.perf_counter() - t0:.1f} s)")
