"""The facts panel calls a remark given to two speakers misattributed, not misquoted (session 11,
QA health & science reporter, F15)."""

from __future__ import annotations

from ui_support import running, settle, sync, write_corpus

from seedreader import load_corpus
from seedreader.ui.widgets.facts_panel import FactsPanel


@sync
async def test_a_misattribution_is_labelled_as_such_in_the_facts_detail(tmp_path):
    corpus = load_corpus(write_corpus(tmp_path / "statins", {
        "a.txt": "Trial\n\n“The absolute benefit is modest, and people should not stop taking "
                 "their statins,” said Dr Samuel Reyes.",
        "b.txt": "Trial\n\nProf Jane Okoro said: “The absolute benefit is modest, and people "
                 "should not stop taking their statins.”"}))
    async with running(corpus, size=(160, 48)) as (app, pilot):
        panel = app.screen.query_one(FactsPanel)
        index = next(i for i, f in enumerate(panel._shown) if f.speaker == "Okoro")
        await pilot.press("tab", "tab")
        app.focused.highlighted = index
        await settle(pilot)
        detail = " ".join(str(panel.query_one("#facts-detail").render()).split())
        assert "≠ misattributed: absolute benefit" in detail
        assert "(said by “Reyes” against “Okoro”)" in detail or \
            "(said by “Okoro” against “Reyes”)" in detail
        assert "misquoted" not in detail
        # The same words: the quote is shown from its start, not cut "where it differs".
        assert detail.startswith("“The absolute benefit is modest")
