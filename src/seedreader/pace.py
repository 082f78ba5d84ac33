"""Points where long engine work lets the interface go first: ``pause_point()`` and ``paced()``.

The engine calls ``pause_point()`` between small units of its long loops (a block's word diff, a
window of paragraphs to pair, an article's facts). It costs an attribute lookup and does nothing
unless the calling thread runs inside ``paced(hook)``: the reader's background workers do, with a
hook that sleeps while the user is pressing keys. Python runs one thread at a time; a comparison
the user has not asked for yet would otherwise take turns with the screen they are looking at.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_local = threading.local()


def pause_point() -> None:
    """Call this thread's hook, if it has one (``paced``)."""
    hook = getattr(_local, "hook", None)
    if hook is not None:
        hook()


@contextmanager
def paced(hook: Callable[[], None]) -> Iterator[None]:
    """Within the block, every ``pause_point()`` of this thread calls ``hook`` (which may sleep)."""
    before = getattr(_local, "hook", None)
    _local.hook = hook
    try:
        yield
    finally:
        _local.hook = before
