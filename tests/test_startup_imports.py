"""The reader's first screen (the source list) needs the corpus, not the word machinery: reading
a folder and building the reader load neither tokens, pairing nor the word diff (nor rapidfuzz
and diff-match-patch), which load in the workers that compare and tally after the first paint."""

from __future__ import annotations

import subprocess
import sys

_CODE = """
import sys
import seedreader.cli, seedreader.ui.app
from seedreader.corpus import load_corpus
load_corpus()
print(" ".join(sorted(m for m in sys.modules if m.startswith(
    ("seedreader.tokens", "seedreader.align", "seedreader.pairing", "seedreader.worddiff",
     "seedreader.facts", "rapidfuzz", "diff_match_patch")))))
"""


def test_reading_a_folder_and_building_the_reader_load_no_word_machinery():
    out = subprocess.run([sys.executable, "-c", _CODE], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.split() == []
