"""The command line, QA round 4 (scripting): what a script gets for what it asks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seedreader.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- 5: several --kind ---------------------------------------------------------------------------
def _kinds(out: str) -> set[str]:
    return {fact["kind"] for fact in json.loads(out)["facts"]}


def test_kind_given_twice_keeps_both_kinds(capsys):
    code, out, err = run(capsys, "facts", "--format", "json", "--kind", "date", "--kind", "percent")
    assert code == 0, err
    assert _kinds(out) == {"date", "percent"}
    values = {fact["value"] for fact in json.loads(out)["facts"]}
    assert {"50%", "40%"} <= values


def test_kinds_separated_by_commas_are_the_same_as_given_twice(capsys):
    _, twice, _ = run(capsys, "facts", "--format", "json", "--kind", "date", "--kind", "percent")
    code, out, err = run(capsys, "facts", "--format", "json", "--kind", "date,percent")
    assert code == 0, err
    assert json.loads(out) == json.loads(twice)


def test_several_kinds_keep_the_support_bar(capsys):
    code, out, err = run(capsys, "facts", "--format", "json", "--kind", "percent,date",
                         "--min-support", "2")
    assert code == 0, err
    facts = json.loads(out)["facts"]
    assert facts and all(f["support"] >= 2 and f["kind"] in ("percent", "date") for f in facts)
    assert "15 min" not in {f["value"] for f in facts}


def test_one_kind_is_as_before(capsys):
    code, out, err = run(capsys, "facts", "--kind", "percent")
    assert code == 0, err
    assert "kind percent" in out.splitlines()[0]


@pytest.mark.parametrize("kinds", [("--kind", "date", "--kind", "dates"), ("--kind", "date,dates"),
                                   ("--kind", "date,")])
def test_a_bad_kind_among_several_is_refused(capsys, kinds):
    code, _, err = run(capsys, "facts", *kinds)
    assert code == 2 and "unknown kind" in err
