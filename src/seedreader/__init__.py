"""seedreader: compare how several sources report the same event.

The engine is importable without Textual::

    from seedreader import load_corpus, compare, tally_facts

``load_corpus(path)`` reads a folder (SeedreaderError when it cannot), ``source_from_text(text)``
makes a Source of a text, ``compare(a, b)`` aligns two sources (TypeError for anything but
Sources or strings), ``tally_facts(corpus)`` counts their facts (TypeError for a path or a text;
two sources with one id are told apart as the CLI does, "a (corp2)"; ``tallied_sources(corpus)``
gives the sources as tallied, by which a mention's ``source`` id finds its text). ``SeedreaderError`` is every error seedreader itself
raises about files and folders; its message is one line for the user.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = [
    "SeedreaderError",
    "__version__",
    "compare",
    "load_corpus",
    "source_from_text",
    "tallied_sources",
    "tally_facts",
]


def __getattr__(name: str):
    # Lazy so that `import seedreader` (and every CLI verb) stays cheap.
    if name in ("load_corpus", "source_from_text"):
        from . import corpus

        return getattr(corpus, name)
    if name == "compare":
        from .align import compare

        return compare
    if name in ("tally_facts", "tallied_sources"):
        from .facts import tally

        return getattr(tally, name)
    if name == "SeedreaderError":
        from .errors import SeedreaderError

        return SeedreaderError
    raise AttributeError(f"module 'seedreader' has no attribute {name!r}")


def __dir__() -> list[str]:
    # (the lazy names too: dir(seedreader) and completion show what there is to import)
    return sorted((set(globals()) - {"annotations"}) | set(__all__))
