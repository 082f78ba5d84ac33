"""Titles that begin alike are cut so that what differs shows; a row's word count is whole."""

from __future__ import annotations

import re

import pytest
from test_ui_sources_rows import corpus_with_bylines
from ui_support import STORM, quiet_textual, running, settle, sync, write_corpus

from seedreader import load_corpus
from seedreader.ui.clip import clip_distinct, clip_words, distinct_cuts
from seedreader.ui.widgets.compare_header import CompareHeader
from seedreader.ui.widgets.source_list import SourceList

__all__ = ["quiet_textual"]

A = "Sheinbaum rules out U.S. military intervention in Mexico after call with Trump"
E = "Sheinbaum rules out U.S. military intervention after “good conversation” with Trump"
B = "Sheinbaum rejects U.S. military involvement against drug cartels after talk with Trump"


@pytest.mark.parametrize("cells", [20, 30, 36, 44, 60])
def test_titles_that_begin_alike_show_where_they_differ(cells):
    a, e = clip_distinct(A, [A, B, E], cells), clip_distinct(E, [A, B, E], cells)
    assert a != e
    assert len(a) <= cells and len(e) <= cells


def test_titles_that_already_differ_are_cut_as_before():
    assert clip_distinct(B, [A, B, E], 36) == clip_words(B, 36)
    assert clip_distinct(A, [B], 36) == clip_words(A, 36)
    assert clip_distinct(A, [A, E], 200) == A  # not cut at all


def heads(app) -> list[str]:
    rows = app.screen.query_one(SourceList)
    return [re.sub(r"^\s*\d+ [L ][R ] ", "", str(rows.get_option_at_index(i).prompt)
                   .split("\n")[0]).rstrip() for i in range(rows.option_count)]


@pytest.mark.parametrize("size", [(160, 48), (120, 36), (80, 24)])
@sync
async def test_no_two_sources_look_alike_in_the_list_or_the_header(size):
    async with running(size=size) as (app, pilot):
        assert len(set(heads(app))) == 5, heads(app)
        app.screen.set_pair(app.screen.corpus.ids[0], app.screen.corpus.ids[4])
        await settle(pilot)
        header = str(app.screen.query_one(CompareHeader).render())
        left, right = (re.sub(r"^▌?[LR] \d+ ", "", c.strip()) for c in header.split(" │"))
        assert left != right, header


def line2(app, i: int) -> str:
    return str(app.screen.query_one(SourceList).get_option_at_index(i).prompt).split("\n")[1]


@pytest.mark.parametrize("width", [110, 120, 160])
@sync
async def test_the_word_count_is_never_cut(width):
    async with running(size=(width, 36)) as (app, _pilot):
        for i, source in enumerate(app.screen.corpus.sources):
            # (words hold a letter or digit: a dash alone is none, as the exports count)
            words = sum(any(c.isalnum() for c in w) for w in source.text.split())
            assert "wor…" not in line2(app, i)
            assert re.search(rf"\b{words} words\b", line2(app, i)) or "words" not in line2(app, i)
        assert all("words" in line2(app, i) for i in range(5)) or width < 120


@pytest.mark.parametrize("width", [110, 160])
@sync
async def test_outlet_and_date_leave_room_for_the_left_source_s_length(width, tmp_path):
    async with running(corpus_with_bylines(tmp_path / "by"), size=(width, 36)) as (app, _p):
        row = line2(app, 0)
        assert "AP" in row and "words" in row and row.rstrip().endswith("source"), row
        if width == 160:
            assert "2026-01-12" in row and "the left source" in row  # room for all


@sync
async def test_a_short_list_row_keeps_its_layout(tmp_path):
    """The counter-example: when everything fits, nothing moves (indent, order, wording)."""
    folder = write_corpus(tmp_path / "s", {"a.txt": "\n\n".join(STORM),
                                           "b.txt": "\n\n".join(reversed(STORM))})
    async with running(load_corpus(folder), size=(160, 36)) as (app, _pilot):
        assert re.match(r"^ {6}\d+ words +the left source$", line2(app, 0)), line2(app, 0)
        assert heads(app) == ["a", "b"]


LIVE = "Live updates: storm batters the northern coast as officials order evacuations part {}"


def test_thousands_of_titles_that_begin_alike_each_show_their_own_end():
    # Cut one against another, 5,000 alike titles took minutes; each row shows its own number.
    titles = [LIVE.format(i) for i in range(5000)]
    cut = distinct_cuts(titles, 40)
    assert [cut[t] for t in titles] == [f"Live … part {i}" for i in range(5000)]
    assert clip_distinct(titles[7], titles, 40) == "Live … part 7"


def test_cutting_titles_together_leaves_what_does_not_need_it():
    unlike = [f"{word} storm batters the northern coast as officials order evacuations"
              for word in ("Live", "Earlier", "Later")]
    same = [LIVE.format(1)] * 3  # the same title three times: nothing tells them apart
    cut = distinct_cuts(unlike + same, 40)
    assert [cut[t] for t in unlike] == [clip_words(t, 40) for t in unlike]
    assert cut[LIVE.format(1)] == clip_words(LIVE.format(1), 40)
    assert distinct_cuts([A, B, E], 200) == {t: t for t in (A, B, E)}  # not cut at all
    # the words shared with the nearest title, not with any title of the group
    south = LIVE.replace("northern", "southern").format(3)
    near = distinct_cuts([LIVE.format(1), LIVE.format(2), south], 40)
    assert near[LIVE.format(1)] == "Live … part 1"
    assert near[south] == "Live … the southern coast as officials…"


MANY = 600  # (the cut itself is checked on 5,000 titles above; this is the list that shows them)


@sync
async def test_a_list_of_many_alike_sources_tells_each_apart(tmp_path):
    folder = write_corpus(tmp_path / "many", {
        f"a{i}.txt": f"{LIVE.format(i)}\n\nThe storm hit the coast on Monday. Number {i}."
        for i in range(MANY)}, index=False)
    async with running(load_corpus(folder), size=(46, 36)) as (app, pilot):
        rows = app.screen.query_one(SourceList)
        rows.set_words({source_id: 10 for source_id in app.screen.corpus.ids})
        await settle(pilot)
        shown = heads(app)
        assert len(shown) == MANY and len(set(shown)) == MANY
        numbers = [int(re.search(r"part (\d+)$", h).group(1)) for h in shown]
        assert sorted(numbers) == list(range(MANY))


@sync
async def test_sources_with_one_title_are_told_apart_by_their_ids(tmp_path):
    """Files without INDEX.md are titled by their first line: three that begin alike read the
    same in the list and the header, unless the id says which is which."""
    first = "*version7.txt* For Vim version 9.0. Last change: 2021 May 17"
    body = "\n\n".join(STORM)
    folder = write_corpus(tmp_path / "vim", {
        "vim_orig.txt": f"{first}\n\n{body}\n",
        "vim_edit.txt": f"{first}\n\n{body} One more line.\n",
        "vim-version7.txt": f"{first}\n\n{STORM[0]}\n",
        "other.txt": f"A title of its own\n\n{body}\n",
    }, index=False)
    corpus = load_corpus(folder)
    async with running(corpus, size=(120, 36)) as (app, _pilot):
        shown = heads(app)
        alike = [h for h in shown if "version7" in h and "other" not in h]
        assert len(alike) == 3 and len(set(alike)) == 3, shown
        for h, source in zip(shown, corpus.sources, strict=True):
            if source.id != "other":
                assert h.startswith(f"{source.id}: "), (h, source.id)
        assert "A title of its own" in shown  # a title no other has is shown as it is
        header = str(app.screen.query_one(CompareHeader).render())
        left, right = (corpus[i] for i in app.screen.query_one(CompareHeader).pair)
        for source in (left, right):
            if source.id != "other":
                assert f"{source.id}: " in header, header
        # the command palette's "Right: n. …" entries too
        from seedreader.ui.commands import ReaderCommands

        picks = [title for title, _, _ in ReaderCommands(app.screen)._commands()
                 if title.startswith("Right: ")]
        assert len(picks) == 3 and all(re.search(r"^Right: \d\. (vim[-_]\w+: |A title of its own)", t)
                                       for t in picks), picks
