"""Run every benchmark once and print one table: `python bench/run.py [--quick] [--only NAME]`.

Each bench/bench_*.py module defines `run(quick: bool) -> list[Row]`. `--quick` runs each on tiny
inputs (the test suite does this so the scripts do not rot); figures only mean something without it.
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"


@dataclass(frozen=True)
class Row:
    """One measured figure against its goal."""

    name: str
    measured: str
    goal: str = ""
    ok: bool | None = None
    note: str = ""


def shared_file(*parts: str) -> Path | None:
    """A file of ../shared/ (corpora), or None when this checkout has no shared folder."""
    for base in (SHARED, Path.cwd().parent / "shared"):
        path = base.joinpath(*parts)
        if path.exists():
            return path
    return None


def best_of(fn, repeat: int = 5) -> float:
    """Best wall time of ``fn()`` in seconds over ``repeat`` runs."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def modules() -> list[Path]:
    return sorted(HERE.glob("bench_*.py"))


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny inputs, to check the scripts run")
    parser.add_argument("--only", metavar="NAME", help="only bench_NAME.py")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    rows: list[Row] = []
    for path in modules():
        if args.only and path.stem != f"bench_{args.only}":
            continue
        rows.extend(load(path).run(quick=args.quick))
    print(f"seedreader benchmarks, {date.today()}, {platform.platform()}, "
          f"Python {platform.python_version()}, {platform.processor() or platform.machine()}")
    width = max([len(r.name) for r in rows] + [9])
    print(f"{'benchmark'.ljust(width)}  {'measured':>14}  {'goal':>14}  ok  note")
    for r in rows:
        ok = {True: "yes", False: "NO", None: "-"}[r.ok]
        print(f"{r.name.ljust(width)}  {r.measured:>14}  {r.goal:>14}  {ok:>3}  {r.note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
