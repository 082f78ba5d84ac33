"""Background work waits while the user is at the keys: the engine's pause points
(seedreader.pace) and the reader's hook (MainScreen._pace)."""

from __future__ import annotations

import threading

import pytest
from ui_support import quiet_textual, running, sync

from seedreader import compare, load_corpus, tally_facts
from seedreader.caches import forget
from seedreader.pace import paced, pause_point
from seedreader.ui.screens import main as main_screen

__all__ = ["quiet_textual"]

TOPICS = ("bridge repairs", "school budget", "river flooding", "bus routes", "park lighting",
          "library hours", "market stalls")
LEFT = "\n\n".join(f"The council met on Monday to discuss the {t} and voted to delay them."
                    for t in TOPICS[:6])
RIGHT = "\n\n".join(f"On Tuesday the council discussed the {t}, then voted for a delay."
                     for t in TOPICS)


def test_compare_and_tally_reach_pause_points_only_where_a_hook_is_set():
    calls = []
    compare(LEFT, RIGHT)  # no hook: nothing called, nothing fails
    forget()  # (else the same texts are compared from what was kept)
    with paced(lambda: calls.append(1)):
        compare(LEFT, RIGHT)
    between_blocks = len(calls)
    assert between_blocks >= 6  # (at least one per block diffed)
    with paced(lambda: calls.append(1)):
        tally_facts(load_corpus())
    assert len(calls) > between_blocks
    compare(LEFT, RIGHT)
    pause_point()
    assert len(calls) > between_blocks  # (still: the hook went with its block)


def test_a_hook_is_this_threads_own_and_nested_hooks_restore_the_outer_one():
    seen = []
    with paced(lambda: seen.append("outer")):
        with paced(lambda: seen.append("inner")):
            pause_point()
            other = threading.Thread(target=pause_point)
            other.start()
            other.join()
        pause_point()
    assert seen == ["inner", "outer"]


class Clock:
    """time.monotonic and time.sleep for main_screen: sleeping moves the clock on."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept = 0.0
        self.on_sleep = None

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        self.slept += seconds
        if self.on_sleep is not None:
            self.on_sleep()


@pytest.fixture
def clock(monkeypatch):
    fake = Clock()
    monkeypatch.setattr(main_screen, "time", fake)
    return fake


@sync
async def test_background_work_waits_until_the_keys_are_quiet(clock):
    async with running(load_corpus()) as (app, _pilot):
        screen = app.screen
        app.last_input = clock.now - 10  # no key for a while: on at once
        screen._pace()
        assert clock.slept == 0
        app.last_input = clock.now  # a key just now: waits until QUIET has passed
        screen._pace()
        assert main_screen.QUIET <= clock.slept < main_screen.QUIET + 2 * main_screen.PACE_STEP


@sync
async def test_background_work_waits_while_the_pair_asked_for_is_compared(clock):
    async with running(load_corpus()) as (app, _pilot):
        screen = app.screen
        app.last_input = clock.now - 10
        screen._comparing.add("a comparison the user waits for")
        clock.on_sleep = lambda: clock.slept >= 1.0 and screen._comparing.clear()
        screen._pace()
        assert clock.slept >= 1.0  # until it was done


@sync
async def test_work_the_user_waits_for_does_not_wait(clock):
    async with running(load_corpus()) as (app, _pilot):
        screen = app.screen
        app.last_input = clock.now  # a key just now
        # s pressed while the background prepares the pair swapped: that work goes on
        screen.left_id, screen.right_id = screen.right_id, screen.left_id
        screen._preparing.add((screen.left_id, screen.right_id))
        screen._pace()
        assert clock.slept == 0


@sync
async def test_a_key_press_is_the_time_background_work_waits_from():
    async with running(load_corpus()) as (app, pilot):
        before = app.last_input
        await pilot.press("j")
        assert app.last_input > before
