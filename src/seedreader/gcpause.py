"""``gc_paused()``: the cyclic garbage collector paused around work that makes many small objects.

Aligning two long documents or tallying the facts of a thousand articles allocates hundreds of
thousands of small, acyclic objects; the collections they trigger pass over them again and again,
find nothing, and cost up to a fifth of the time. Reference counting still frees them all.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cyclic collector for the ``with`` block; re-enable it after (even on error)
    only if it was enabled before, so pauses nest."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
