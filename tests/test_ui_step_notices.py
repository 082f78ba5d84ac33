"""The notices of N and P: one at a time (each step's replaces the last, no stack over the
comparison), and never over the row of the mention stepped to (QA: at 160x48 two notices
stacked over the bottom right and hid the "a 54-year-old" line N had just gone to)."""

from __future__ import annotations

import contextlib

import pytest
from textual.widgets._toast import Toast
from ui_support import STORM, make_app, quiet_textual, settle, sync, write_corpus

from seedreader import load_corpus
from seedreader.ui.widgets.compare_view import CompareView

__all__ = ["quiet_textual"]

FIRE_A = [("Four workers were killed and 27 people were injured when a fire swept through the "
           "Kestrel Chemicals plant on Tuesday, officials said."),
          ("The four workers who died had all worked at the plant for more than ten years, the "
           "company said. All four were on the night shift."),
          "\"We do not believe this fire was set deliberately,\" Fire Chief Dana Whitfield said."]
FIRE_B = [("Five workers were killed and 27 people were injured when a fire swept through the "
           "Kestrel Chemicals plant on Tuesday, officials said."),
          ("The five workers who died had all worked at the plant for more than ten years, the "
           "company said."),
          "\"We believe this fire was set deliberately,\" Fire Chief Dana Whitfield said."]


def corpus(tmp_path, before: int, after: int):
    """Two articles, the same ``before`` paragraphs then the three in conflict, then ``after``
    more: the conflicts near the end of a long comparison (no scrolling them higher) or in the
    middle."""
    plain = [s for s in STORM if not any(c.isdigit() for c in s)]  # no figure to tally
    filler = [f"{s} Part {word}." for word in ("one", "two", "three", "four", "five", "six")
              for s in plain]
    head, tail = filler[:before], filler[before:before + after]
    return load_corpus(write_corpus(tmp_path / "fire", {
        "a.txt": "\n\n".join(["Workers killed in plant fire", *head, *FIRE_A, *tail]),
        "b.txt": "\n\n".join(["Plant fire kills workers", *head, *FIRE_B, *tail])}))


@contextlib.asynccontextmanager
async def running(corpus, size):
    """The reader with its notices shown (a test app shows none by default), the step notices
    up for ten minutes (a loaded machine may take more than their seconds)."""
    app = make_app(corpus)
    notify = app.notify

    def lasting(message, *, timeout=None, replaces=None, **kwargs):
        return notify(message, timeout=600 if replaces else timeout, replaces=replaces,
                      **kwargs)

    app.notify = lasting
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        yield app, pilot


@pytest.fixture
def spots(monkeypatch) -> list:
    """The places the comparison is made to jump to, in order."""
    jumped = []
    jump = CompareView.jump

    def spy(self, spot, **kwargs):
        jumped.append(spot)
        return jump(self, spot, **kwargs)

    monkeypatch.setattr(CompareView, "jump", spy)
    return jumped


def toasts(app) -> list[Toast]:
    return list(app.screen.query(Toast))


async def eventually(pilot, check, seconds: float = 5) -> bool:
    """Whether ``check()`` holds within ``seconds``: the notices are placed over a few
    refreshes (laid out, measured, moved), slow on a loaded machine."""
    for _ in range(int(seconds / 0.05)):
        if check():
            return True
        await pilot.pause(0.05)
    return check()


@pytest.mark.parametrize("size", [(160, 48), (80, 24)])
@pytest.mark.parametrize("before,after", [(14, 0), (6, 14), (0, 20)])
@sync
async def test_one_step_notice_at_a_time_and_never_over_the_place_stepped_to(
        tmp_path, spots, size, before, after):
    async with running(corpus(tmp_path, before, after), size=size) as (app, pilot):
        view = app.screen.query_one(CompareView)
        app.clear_notifications()
        await settle(pilot)
        seen = []
        for key in ("N", "N", "N", "P", "P"):
            await pilot.press(key)
            await settle(pilot)
            await pilot.pause(0.05)
            shown = toasts(app)
            assert len(shown) == 1, [t._notification.title for t in shown]  # no stack
            title = shown[0]._notification.title or shown[0]._notification.message
            seen.append(title)
            if not title.startswith("conflict"):
                continue
            spot = spots[-1]
            region = view.scrollable_content_region
            y = view.wrapped.row_of(spot.unit, spot.side, spot.offset) - round(view.scroll_y)
            assert 0 <= y < region.height  # the mention stepped to is in view...
            y += region.y  # (on the screen)
            box = shown[0].region
            assert not box.y <= y < box.bottom, (title, y, box)  # ...and not under the notice
        assert seen == ["conflict 1 of 2 in these articles",
                        "conflict 2 of 2 in these articles · misquote", "no more conflicts below",
                        "conflict 1 of 2 in these articles", "no more conflicts above"]


@sync
async def test_the_notices_go_back_to_the_bottom_once_the_step_notice_is_gone(tmp_path):
    async with running(corpus(tmp_path, 14, 0), size=(160, 48)) as (app, pilot):
        screen = app.screen
        await pilot.press("N", "N")
        await settle(pilot)
        await pilot.pause(0.05)
        # The misquote's tall notice at the bottom would cover its mention, at the end of the
        # comparison (no scrolling it higher): the notices are at the top.
        assert await eventually(pilot, lambda: screen.has_class("-notices-top"))
        for notice in list(app._notifications):
            app._unnotify(notice)
        screen._notices_back()
        assert not screen.has_class("-notices-top")
        app.notify("an ordinary notice")
        await settle(pilot)
        (toast,) = toasts(app)
        assert toast.region.bottom > app.size.height // 2  # at the bottom, as always


@sync
async def test_a_tall_notice_misses_the_place_wherever_it_is_in_a_small_terminal(
        tmp_path, spots):
    """At 80x24 a misquote's notice is half the comparison tall: with the place in the middle
    rows it would cover it at either end; the comparison then scrolls it out from under it."""
    async with running(corpus(tmp_path, 14, 20), size=(80, 24)) as (app, pilot):
        view, screen = app.screen.query_one(CompareView), app.screen
        app.clear_notifications()
        await pilot.press("N", "N")
        await settle(pilot)
        await pilot.pause(0.05)
        (toast,) = toasts(app)
        assert toast._notification.title.endswith("misquote")
        region = view.scrollable_content_region
        assert toast.region.height * 2 >= region.height - 2  # tall indeed
        spot = spots[-1]
        row = view.wrapped.row_of(spot.unit, spot.side, spot.offset)
        for y in range(region.height):  # the place on each row of the view in turn
            view.scroll_to(y=row - y, animate=False, immediate=True)
            await pilot.pause()
            screen._place_notices(spot)
            await settle(pilot)
            await pilot.pause(0.05)
            at = row - round(view.scroll_y)
            assert 0 <= at < region.height, y
            box = toasts(app)[0].region
            assert not box.y <= region.y + at < box.bottom, (y, at, box)


@sync
async def test_a_pair_slower_than_its_step_notice_leaves_the_notices_at_the_bottom(
        tmp_path, monkeypatch):
    """Review: enter on a fact held by another source whose pair took longer than the notice's
    life moved the notices to the top right for good (the notice's timer had already fired)."""
    import threading

    from seedreader import align
    from seedreader.ui.widgets.facts_panel import FactsPanel

    plain = [s for s in STORM if not any(c.isdigit() for c in s)]
    filler = [f"{s} Part {w}." for w in ("one", "two", "three", "four") for s in plain]
    folder = write_corpus(tmp_path / "slow", {
        "a.txt": "\n\n".join(["Storm report", *filler[:4]]),
        "b.txt": "\n\n".join(["Storm report two", *filler[:4]]),
        "c.txt": "\n\n".join(["Storm almanac", *filler,
                              "The lighthouse keeper said 7,315 gulls nested on the rock."])})
    go, real = threading.Event(), align.compare

    def slow(left, right, *args, **kwargs):
        if "c" in (left.id, right.id):
            go.wait(30)
        return real(left, right, *args, **kwargs)

    app = make_app(load_corpus(folder))
    notify = app.notify

    def brief(message, *, timeout=None, replaces=None, **kwargs):  # step notices: 0.3 s
        return notify(message, timeout=0.3 if replaces else timeout, replaces=replaces,
                      **kwargs)

    app.notify = brief
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await settle(pilot)
        screen = app.screen
        monkeypatch.setattr(align, "compare", slow)
        screen._compared.clear()
        fact = next(f for f in screen.facts.facts if list(f.sources) == ["c"])
        screen.post_message(FactsPanel.FactChosen(fact))
        await pilot.pause(0.8)  # the step notice comes and goes while the pair is compared
        assert not app.notice_up("step")
        go.set()
        await settle(pilot)
        await pilot.pause(0.3)
        assert (screen.left_id, screen.right_id) == ("a", "c")
        assert not screen.has_class("-notices-top")
        app.notify("copied ¶3")
        await settle(pilot)
        (toast,) = toasts(app)
        assert toast.region.bottom > app.size.height // 2  # at the bottom, as always


@pytest.mark.parametrize("size", [(160, 48), (80, 24)])
@sync
async def test_the_notices_stay_at_the_bottom_while_the_place_can_be_scrolled_above_them(
        tmp_path, spots, size):
    """Review: at 160x48 the step notice, moved to the top right whenever the place was in the
    lower half, covered the comparison's right-hand heading and first lines for 6 s, and the
    other notices jumped up and down with it. Now the comparison scrolls the place above the
    notices, which stay at the bottom, off the headings; only at the end of the comparison do
    they go to the top (the test above)."""
    from seedreader.ui.widgets.compare_header import CompareHeader

    async with running(corpus(tmp_path, 6, 14), size=size) as (app, pilot):
        view, screen = app.screen.query_one(CompareView), app.screen
        heading = screen.query_one(CompareHeader).region
        app.notify("2 warnings about this corpus; press w to read them", timeout=600)
        for key in ("N", "N", "P"):
            await pilot.press(key)
            await settle(pilot)
            await pilot.pause(0.05)
            spot = spots[-1]

            def clear(spot=spot):
                y = view.screen_row(spot)
                return y is not None and not any(t.region.y <= y < t.region.bottom
                                                 for t in toasts(app))

            assert await eventually(pilot, clear), key
            assert not screen.has_class("-notices-top"), key
            y = view.screen_row(spot)
            assert y is not None, key  # in view...
            for toast in toasts(app):
                box = toast.region
                assert box.y >= heading.bottom, (key, box)  # ...the headings uncovered...
                assert not box.y <= y < box.bottom, (key, y, box)  # ...and the place too


def shown_toasts(screen) -> list[Toast]:
    """The notices ``screen`` shows: none when its rack is hidden."""
    return [t for t in screen.query(Toast) if t.display and all(a.display for a in t.ancestors
                                                                 if a is not screen.app)]


@sync
async def test_a_notice_up_when_a_dialog_opens_shows_once_on_the_dialog_and_again_after(
        tmp_path):
    # QA (s10): N then e showed the step notice twice, on the dialog and on the screen beneath
    async with running(corpus(tmp_path, 14, 0), size=(160, 48)) as (app, pilot):
        main = app.screen
        app.clear_notifications()
        await pilot.press("N")
        await settle(pilot)
        assert await eventually(pilot, lambda: len(shown_toasts(main)) == 1)
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert dialog is not main
        assert await eventually(pilot, lambda: len(shown_toasts(dialog)) == 1)
        assert shown_toasts(main) == []  # not a second time beneath the dialog
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is main
        assert await eventually(pilot, lambda: len(shown_toasts(main)) == 1)  # back on it
