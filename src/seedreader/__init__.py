"""seedreader: compare how several sources report the same event.

The engine is importable without Textual::

    from seedreader import load_corpus, compare, tally_facts
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["load_corpus", "compare", "tally_facts", "__version__"]


def __getattr__(name: str):
    # Lazy so that `import seedreader` (and every CLI verb) stays cheap.
    if name == "load_corpus":
        from .corpus import load_corpus

        return load_corpus
    if name == "compare":
        from .align import compare

        return compare
    if name == "tally_facts":
        from .facts import tally_facts

        return tally_facts
    raise AttributeError(f"module 'seedreader' has no attribute {name!r}")
