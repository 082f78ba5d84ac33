"""Session 7 final mend: background work that no longer races the keys (] and [ back and forth
compare nothing twice; a long pair's overlap measured with it in the background), a cheap look
at the folder, and an export that does not look at a whole big folder first."""

from __future__ import annotations

from pathlib import Path

from ui_support import quiet_textual, running, settle, sync

__all__ = ["quiet_textual"]


@sync
async def test_right_back_and_forth_compares_no_pair_twice(monkeypatch):
    """Each ] used to compare the pair swapped again (one slot for it): a long one held the
    interpreter while the next key was to repaint."""
    from seedreader import align

    real, calls = align.compare, []

    def counted(left, right, **kwargs):
        if kwargs.get("spans", True):
            calls.append((left.id, right.id))
        return real(left, right, **kwargs)

    async with running(size=(160, 48)) as (app, pilot):
        monkeypatch.setattr(align, "compare", counted)
        screen = app.screen
        left = screen.left_id
        for key in "][][][":
            await pilot.press(key)
            await settle(pilot)
            assert screen.comparison is not None
        assert len(calls) == len(set(calls)), calls  # nothing compared twice
        assert all(pair[1] == left or pair[0] == left for pair in calls)
        right = screen.right_id
        await pilot.press("s")  # the pair swapped: kept, shown at once
        await pilot.pause()
        assert screen.comparison is not None
        assert (screen.comparison.left.id, screen.comparison.right.id) == (right, left)


def test_a_long_pair_prepared_in_the_background_brings_its_overlap():
    from seedreader import compare, load_corpus
    from seedreader.overlap import overlap
    from seedreader.ui.compare_rows import LAZY_CHARS, prepare

    corpus = load_corpus(Path(__file__).resolve().parent.parent / "seeds")
    a, b = corpus.sources[0], corpus.sources[1]
    short = compare(a, b)
    assert prepare(short, 60, measure=True).shared is None  # measured at once where shown
    long_text = "\n\n".join([a.text] * (LAZY_CHARS // max(len(a.text), 1) + 1))
    from seedreader.corpus import source_from_text

    la = source_from_text(long_text, "la")
    lb = source_from_text(long_text.replace("the", "a", 50), "lb")
    comparison = compare(la, lb)
    prepared = prepare(comparison, 60, measure=True)
    assert prepared.shared == overlap(comparison)
    assert prepare(comparison, 60).shared is None  # (the foreground compare: not waited for)

