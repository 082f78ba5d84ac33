"""The collector pause is shared by every thread: the reader compares and tallies in worker
threads at once, and the collector must be off while any of them works and back on after the
last (never left off for good)."""

from __future__ import annotations

import gc
import threading

from seedreader.gcpause import gc_paused


def test_overlapping_pauses_in_two_threads_end_with_the_collector_on():
    a_inside, a_may_leave, a_left, b_may_leave = (threading.Event() for _ in range(4))
    seen: dict[str, bool] = {}

    def a():
        with gc_paused():
            a_inside.set()
            a_may_leave.wait(5)
        a_left.set()

    def b():
        a_inside.wait(5)
        with gc_paused():
            a_may_leave.set()
            a_left.wait(5)
            seen["b after a left"] = gc.isenabled()  # b still working: still paused
            b_may_leave.wait(5)

    was = gc.isenabled()
    gc.enable()
    try:
        threads = [threading.Thread(target=a), threading.Thread(target=b)]
        for t in threads:
            t.start()
        a_left.wait(5)
        b_may_leave.set()
        for t in threads:
            t.join(5)
        assert seen == {"b after a left": False}
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
