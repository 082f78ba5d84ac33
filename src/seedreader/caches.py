"""What the engine remembers between calls, and one way to forget all of it.

Words repeat across paragraphs and documents, so tokens, token keys and content stems are kept
per distinct word, and pairing keeps what it found in the last few documents. ``forget()``
empties every such cache: benchmarks measure a first comparison, of words never seen before,
as a fresh process (or ``git diff``) would. Every cache is made through this module, so that
none is missed.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
_CLEARERS: list[Callable[[], None]] = []


def memo(maxsize: int) -> Callable[[F], F]:
    """``functools.lru_cache(maxsize)``, emptied by ``forget()``."""
    def wrap(fn: F) -> F:
        cached = lru_cache(maxsize=maxsize)(fn)
        _CLEARERS.append(cached.cache_clear)
        return cached  # type: ignore[return-value]
    return wrap


def table() -> dict:
    """A new dict to cache in, emptied by ``forget()``."""
    kept: dict = {}
    _CLEARERS.append(kept.clear)
    return kept


def on_forget(clear: Callable[[], None]) -> None:
    """Call ``clear`` on ``forget()`` (a cache with its own lock)."""
    _CLEARERS.append(clear)


def forget() -> None:
    """Empty every cache of the engine (loaded modules only)."""
    for clear in _CLEARERS:
        clear()
