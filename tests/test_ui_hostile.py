"""Article text is never markup and never a terminal control code, wherever the reader shows it."""

from __future__ import annotations

from export_support import make_source
from ui_support import quiet_textual, running, screen_text, settle, sync, write_corpus

from seedreader import load_corpus
from seedreader.models import Corpus
from seedreader.ui.widgets.compare_view import CompareView

__all__ = ["quiet_textual"]

HOSTILE = [
    "He said [bold]loudly[/bold] that [/] closes nothing and “[sic]” stays.",
    "Click [@click=app.quit]x[/] to leave, or [link=https://evil.example]here[/link].",
    "Escape \x1b[31mred\x1b[0m then \x1b]0;pwned\x07 a title and \x9b2J a clear.",
    "Bidi \u202eevil\u202c and a bell \x07 and 12 people were killed.",
]
CALM = [
    "He said loudly that nothing closes and it stays.",
    "Click to leave, or go there.",
    "Escape red then a title and a clear.",
    "Bidi evil and a bell and 14 people were killed.",
]
LITERALS = ["[bold]loudly[/bold]", "[/] closes", "[sic]", "[@click=app.quit]x[/]",
            "[link=https://evil.example]here[/link]"]


def screen_strips(app) -> list:
    return app.screen._compositor.render_strips()


def assert_no_control_codes(app) -> None:
    for strip in screen_strips(app):
        for segment in strip:
            bad = [c for c in segment.text if ord(c) < 32 or 0x7F <= ord(c) < 0xA0
                   or c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"]
            assert not bad, repr(segment.text)


def raw_corpus() -> Corpus:
    """Built without the loader, so nothing was cleaned: the reader must cope on its own."""
    left = make_source("hostile", HOSTILE, title="[b]Loud[/b] \x1b[2J title [@click=app.quit]q")
    right = make_source("calm", CALM, title="Calm [/] title")
    return Corpus(path=None, sources=(left, right))


@sync
async def test_raw_hostile_text_is_shown_literally_and_drives_nothing():
    async with running(raw_corpus(), size=(160, 40)) as (app, pilot):
        for keys in (("n",), ("n",), ("tab",), ("tab",), ("down",), ("tab",), ("question_mark",),
                     ("escape",)):
            await pilot.press(*keys)
            await settle(pilot)
        assert app.is_running
        text = "\n".join(strip.text for strip in screen_strips(app))
        flat = text.replace("\n", " ")
        view = app.screen.query_one(CompareView)
        column = "".join(u.left.text for u in view.units if u.left)
        for literal in LITERALS:
            assert literal in column
        assert "[b]Loud[/b]" in text and "Calm [/] title" in text  # titles: list and header
        assert "[@click=app.quit]x[/]" in flat or "[@click=app.quit]x" in flat
        assert "␛[31mred␛[0m" in column  # escape codes made visible, not sent
        assert_no_control_codes(app)


@sync
async def test_hostile_corpus_from_disk_renders_literally(tmp_path):
    folder = write_corpus(tmp_path / "hostile", {
        "hostile.txt": "\n\n".join(HOSTILE), "calm.txt": "\n\n".join(CALM)})
    async with running(load_corpus(folder), size=(200, 50)) as (app, pilot):
        await pilot.press("slash", *"[/]", "enter")
        await settle(pilot)
        view = app.screen.query_one(CompareView)
        assert view.match_position[1] >= 1  # markup-looking text is searchable text
        text = "\n".join(strip.text for strip in screen_strips(app))
        for literal in ("[bold]loudly[/bold]", "[sic]", "[@click=app.quit]x[/]"):
            assert literal in text
        assert_no_control_codes(app)
        await pilot.press("slash", "ctrl+a", *"[/nothing", "enter")  # the notice quotes it
        await settle(pilot)
        assert view.match_position == (0, 0)
        assert any("[/nothing" in n.message for n in app._notifications)
        assert app.is_running


@sync
async def test_right_to_left_text_keeps_its_direction_marks_on_screen(tmp_path):
    hebrew = ["\u200fהסופה הגיעה לחוף ביום שלישי בלילה\u200f.", "12 בני אדם נהרגו\u200e."]
    folder = write_corpus(tmp_path / "rtl", {"he.txt": "\n\n".join(hebrew),
                                             "calm.txt": "\n\n".join(CALM)})
    async with running(load_corpus(folder), size=(160, 40)) as (app, _pilot):
        text = screen_text(app)
        assert "\u200fהסופה" in text and "נהרגו\u200e" in text
        assert "\ufffd" not in text
        assert_no_control_codes(app)


def test_an_error_is_reported_as_one_line_of_limited_length():
    from seedreader.ui.safe import error_line

    assert error_line(OSError("cannot read\n  /tmp/x:\tdenied")) == "cannot read /tmp/x: denied"
    assert error_line(KeyError()) == "KeyError"  # no message: at least its kind
    assert error_line(ValueError("word " * 100)) == ("word " * 40).strip()
