"""Loading a corpus folder: INDEX.md, reading files, cleaning and segmenting them.

MINIMAL VERSION: to be replaced by the full loader (INDEX.md safety, encodings, furniture).
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import SeedreaderError
from .models import Corpus, Segment, Source
from .paths import bundled_seeds


def source_from_text(raw: str, id: str = "text", title: str = "", **fields) -> Source:
    paragraphs = [line.strip() for line in raw.splitlines() if line.strip()]
    text = "\n\n".join(paragraphs)
    segments, pos = [], 0
    for p in paragraphs:
        segments.append(Segment(pos, pos + len(p)))
        pos += len(p) + 2
    return Source(id=id, title=title or (paragraphs[0][:80] if paragraphs else id), text=text,
                  segments=tuple(segments), **fields)


def load_source(path: str | os.PathLike, **fields) -> Source:
    p = Path(path)
    raw = p.read_text(encoding="utf-8")
    return source_from_text(raw, id=fields.pop("id", p.stem), path=p, **fields)


def load_corpus(path: str | os.PathLike | None = None) -> Corpus:
    folder = Path(path) if path is not None else bundled_seeds()
    if not folder.is_dir():
        raise SeedreaderError(f"{folder} is not a folder")
    files = sorted(f for f in folder.iterdir() if f.suffix in (".txt", ".md") and f.name != "INDEX.md")
    return Corpus(path=folder, sources=tuple(load_source(f) for f in files))


def resolve(corpus: Corpus, ref: str) -> Source:
    """A source by id, by 1-based position in the index, or a path to a text file."""
    if ref in corpus:
        return corpus[ref]
    if ref.isdigit():
        n = int(ref)
        if 1 <= n <= len(corpus):
            return corpus.sources[n - 1]
        raise SeedreaderError(f"no source {ref} (the corpus has {len(corpus)})")
    if Path(ref).is_file():
        return load_source(ref)
    raise SeedreaderError(f"no source {ref!r}: not an id, a position or a file")
