"""The Python API as a scripter meets it (QA round 9): README's recipes, Corpus as a sequence,
the tally's lookups, to_dict() shapes, render_report's base, type errors."""

from __future__ import annotations

import collections.abc
from pathlib import Path

import pytest

from seedreader import load_corpus, tally_facts
from seedreader.corpus import source_from_text
from seedreader.models import Corpus

WIRE = ("Fire at paint works kills three\n\nThree workers were killed when fire tore through the "
        "paint works on Tuesday, officials said. About 45% of its output is made there.\n\n"
        "The fire broke out at 4:40 p.m. in a mixing hall.\n")
DAILY = ("Paint works inferno\n\nFour workers were feared dead after the blaze on Tuesday. "
         "About 45 per cent of the firm's output is made at the site.\n\n"
         "The fire began at 5:10 p.m. in the mixing hall, the company said.\n")


def _corpus(root: Path, texts: dict[str, str], name: str = "corp") -> Corpus:
    folder = root / name
    folder.mkdir(parents=True)
    rows = ["| file | title | outlet | published | url |", "|---|---|---|---|---|"]
    for file, text in texts.items():
        (folder / file).write_text(text, encoding="utf-8")
        rows.append(f"| {file} | {text.splitlines()[0]} | {file[:-4].title()} | 2026-03-03 | "
                    f"https://{file[:-4]}.example/fire |")
    (folder / "INDEX.md").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return load_corpus(folder)


@pytest.fixture
def corp(tmp_path) -> Corpus:
    return _corpus(tmp_path, {"wire.txt": WIRE, "daily.txt": DAILY})


# --- 2: a Corpus is a sequence that also takes ids --------------------------------------------
def test_a_corpus_is_a_sequence(corp):
    assert isinstance(corp, collections.abc.Sequence)
    assert corp[0:2] == (corp[0], corp[1]) and corp[1:] == (corp[1],) and corp[::-1][0] is corp[1]
    assert list(reversed(corp)) == [corp[1], corp[0]]
    assert corp.index(corp[1]) == 1 and corp.index("daily") == corp.index(corp["daily"])
    assert corp.count(corp[0]) == 1
    # what worked keeps working
    assert corp["wire"] is corp[0] and corp[-1] is corp[1] and len(corp) == 2
    assert list(corp) == list(corp.sources) and "wire" in corp and corp[0] in corp
    assert tally_facts(corp[0:2]).source_ids == ("wire", "daily")  # (a slice tallies)


@pytest.mark.parametrize("key", [1.5, None, [0], b"wire"])
def test_a_key_that_is_neither_a_position_nor_an_id_is_a_type_error(corp, key):
    with pytest.raises(TypeError, match="position .* slice or a source id"):
        corp[key]


def test_index_of_a_source_not_there_is_a_value_error_and_of_an_id_a_key_error(corp, tmp_path):
    stranger = source_from_text("Other\n\nA story of its own.\n", id="other")
    with pytest.raises(ValueError, match="not in the corpus"):
        corp.index(stranger)
    with pytest.raises(KeyError, match="no source 'zzz'"):
        corp.index("zzz")
    with pytest.raises(TypeError, match="a Source or a source id"):
        corp.index(3)
    # start/stop, as for a list
    assert corp.index(corp[1], 1) == 1
    with pytest.raises(ValueError):
        corp.index(corp[0], 1)
    with pytest.raises(KeyError):
        corp.index("wire", 1)


def test_an_equal_source_made_again_is_found_as_for_a_list(corp):
    again = load_corpus(corp.path)["daily"]
    assert again is not corp["daily"] and corp.index(again) == 1
