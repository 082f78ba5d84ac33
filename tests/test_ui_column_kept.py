"""j and k keep to the column the reader chose: past a paragraph only the other side has, the
cursor comes back to its column (QA: after a one-sided row, j stayed in the other column and k
did not return)."""

from __future__ import annotations

from ui_support import quiet_textual, running, sync, write_corpus

from seedreader import load_corpus
from seedreader.ui.widgets.compare_view import CompareView

__all__ = ["quiet_textual"]

SHARED = [
    "The council approved the new bridge budget on Monday after a long debate.",
    "Engineers said the old bridge had cracks in three of its supporting piers.",
    "Work on the new crossing is expected to start in the spring and last two years.",
]
ONLY_LEFT = "A reader's letter about the ferry timetable was printed beside the story."


@sync
async def test_j_and_k_come_back_to_the_column_chosen(tmp_path):
    folder = write_corpus(tmp_path / "c", {
        "a.txt": "\n\n".join([SHARED[0], SHARED[1], ONLY_LEFT, SHARED[2]]),
        "b.txt": "\n\n".join(s.replace("the", "a", 1) for s in SHARED),
    })
    async with running(load_corpus(folder)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        kinds = [("L" if u.left else "") + ("R" if u.right else "") for u in view.units]
        lonely = kinds.index("L")
        assert kinds[lonely - 1] == kinds[lonely + 1] == "LR", kinds
        view.focus()
        view.jump(view.spot_of("right", 1))
        await pilot.pause()
        assert (view.cursor, view.side) == (lonely - 1, "right")
        await pilot.press("j")
        assert (view.cursor, view.side) == (lonely, "left")  # only the left column has it
        await pilot.press("j")
        assert (view.cursor, view.side) == (lonely + 1, "right")
        await pilot.press("k", "k")
        assert (view.cursor, view.side) == (lonely - 1, "right")
        await pilot.press("left", "j", "j")  # the left column chosen: kept
        assert (view.cursor, view.side) == (lonely + 1, "left")
