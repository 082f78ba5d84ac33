"""The command line as a user sees it: output, errors and exit codes."""

from __future__ import annotations

import json

from seedreader.cli import main


def test_sources_lists_the_five_seeds(capsys):
    assert main(["sources"]) == 0
    out = capsys.readouterr().out
    for sid in ("000_01a57e45cf902546", "003_9fbe53a63cb7d28f", "004_6211ef95165c6f03"):
        assert sid in out


def test_sources_json_has_the_documented_fields(capsys):
    assert main(["sources", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["sources"]) == 5
    assert set(data["sources"][0]) == {"id", "title", "outlet", "published", "url", "paragraphs", "text",
                                    "file", "notes"}


def test_unknown_position_is_one_line_error(capsys):
    assert main(["diff", "99", "1"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "seedreader: error: no source 99 (the corpus has 5)"


def test_usage_error_exits_2(capsys):
    assert main(["diff", "1"]) == 2
    assert "seedreader: error:" in capsys.readouterr().err


def test_diff_json_is_compare_to_dict(capsys):
    assert main(["diff", "3", "1", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["left"]["id"] == "002_709c97691079b0b5"
    assert data["right"]["id"] == "000_01a57e45cf902546"
    assert {"similarity", "blocks"} <= set(data)
