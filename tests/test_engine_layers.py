"""The engine (everything but ``seedreader.ui`` and the CLI that starts it) is usable from Python
without Textual: importing every engine module loads neither Textual nor any module of the
reader. (A rule of the code, kept by a test since s11 found the facts' text output importing a
helper from ``ui/``.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import seedreader

CODE = """
import importlib, pkgutil, sys
import seedreader
names = []
def walk(path, prefix):  # (pkgutil.walk_packages would import the reader's packages itself)
    for m in pkgutil.iter_modules(path, prefix):
        if m.name in ("seedreader.ui", "seedreader.cli", "seedreader.__main__"):
            continue
        names.append(m.name)
        module = importlib.import_module(m.name)
        if m.ispkg:
            walk(module.__path__, m.name + ".")
walk(seedreader.__path__, "seedreader.")
print(len(names))
print(sorted(m for m in sys.modules if m.split(".")[0] == "textual" or m.startswith("seedreader.ui")))
"""


def test_no_engine_module_loads_textual_or_the_reader():
    src = str(Path(seedreader.__file__).parent.parent)  # (this tree's, not an installed one)
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True,
                         env=dict(os.environ, PYTHONPATH=src))
    count, loaded = out.stdout.strip().splitlines()
    assert int(count) > 40  # every engine module, facts and exports included
    assert loaded == "[]"
