"""Pair exports say how much of each side the other has word for word (overlap()): how much of a
press release a story copied, and how much of the story is the release; similarity mixes both."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

from export_support import make_source

from seedreader import compare
from seedreader.export import render_pair, render_report
from seedreader.export.common import shared_words
from seedreader.models import Corpus
from seedreader.overlap import overlap, words

RELEASE = [
    "Halvorsen Rail will open a new factory in Leeds next spring, creating 400 jobs.",
    "The plant will build carriages for regional lines across the north of England.",
    "Chief executive Ingrid Halvorsen said the company had chosen Leeds for its skills.",
    "The company was founded in Trondheim in 1962 and employs 3,000 people worldwide.",
]
STORY = [RELEASE[0], "Local councillors welcomed the news on Monday evening.", RELEASE[3]]


def _pair():
    return compare(make_source("release", RELEASE, title="Release"),
                   make_source("story", STORY, title="Story"))


def _figures() -> tuple[int, int, int]:
    copied = words(RELEASE[0]) + words(RELEASE[3])
    return copied, sum(map(words, RELEASE)), sum(map(words, STORY))


def test_the_sentence_gives_each_sides_share_the_other_has():
    copied, release, story = _figures()
    assert shared_words(_pair()) == (
        f"{copied} of A's {release} words ({copied / release:.0%}) are in B; "
        f"{copied} of B's {story} words ({copied / story:.0%}) are in A")


def test_every_pair_format_shows_it_next_to_the_similarity():
    comparison = _pair()
    line = shared_words(comparison)
    text = render_pair(comparison, "text").split("\n")
    assert text[2].startswith("similarity ") and text[3] == f"word for word: {line}"
    md = render_pair(comparison, "md")
    assert f"Word for word, {line}." in md
    html = render_pair(comparison, "html")
    summary = re.search(r'<div class="summary">.*?</div>', html).group()
    assert f"Word for word, {line}." in unescape(summary)
    data = json.loads(render_pair(comparison, "json"))
    assert data["overlap"] == overlap(comparison).to_dict()
    assert list(data).index("overlap") == list(data).index("similarity") + 1


def test_large_counts_are_grouped_and_one_word_is_singular():
    big = " ".join(["word"] * 1200)
    line = shared_words(compare(big, big))
    assert line == "1,200 of A's 1,200 words (100%) are in B; 1,200 of B's 1,200 words (100%) are in A"
    one = shared_words(compare("Hello.", "Hello."))
    assert one == "1 of A's 1 word (100%) is in B; 1 of B's 1 word (100%) is in A"


def test_a_side_without_words_says_so_rather_than_a_share():
    line = shared_words(compare("", "Two words."))
    assert line == "A has no words; 0 of B's 2 words (0%) are in A"


def test_the_report_names_the_base_and_the_other_source():
    a = make_source("release", RELEASE, title="Release")
    b = make_source("story", STORY, title="Story")
    copied, release, story = _figures()
    md = render_report(Corpus(path=None, sources=(a, b)), "md")
    assert (f"Word for word, {copied} of #1's {release} words ({copied / release:.0%}) are in #2; "
            f"{copied} of #2's {story} words ({copied / story:.0%}) are in #1.") in md
    html = unescape(render_report(Corpus(path=None, sources=(a, b)), "html"))
    assert f"{copied} of #2's {story} words ({copied / story:.0%}) are in #1." in html


def test_cli_diff_json_has_the_overlap(tmp_path):
    for name, paragraphs in (("release.txt", RELEASE), ("story.txt", STORY)):
        (tmp_path / name).write_text("\n\n".join(paragraphs), encoding="utf-8")
    env = {"PYTHONPATH": str(Path(__file__).parents[1] / "src"),
           "SEEDREADER_STATE_DIR": str(tmp_path / "state"),
           "SEEDREADER_CONFIG_DIR": str(tmp_path / "cfg")}
    out = subprocess.run([sys.executable, "-m", "seedreader", "diff", "release.txt", "story.txt",
                          "--format", "json"], cwd=tmp_path, env=env, capture_output=True,
                         text=True, check=True).stdout
    copied, release, story = _figures()
    assert json.loads(out)["overlap"] == {"left_shared": copied, "left_words": release,
                                          "right_shared": copied, "right_words": story}
