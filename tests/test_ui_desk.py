"""The reader on a wire desk's day: 32 short items on one story, INDEX.md giving each an outlet
and the time it was published. The list follows the pair, shows the time of day, keeps titles
that differ at the end apart and numbers in a column; the palette finds an item by its outlet;
a notice never hides the mention it points to."""

from __future__ import annotations

import re

import pytest
from test_ui_step_notices import eventually, toasts
from test_ui_step_notices import running as noticed
from ui_support import quiet_textual, running, settle, sync, write_corpus

from seedreader import load_corpus
from seedreader.models import Corpus, Source
from seedreader.ui.clip import distinct_cuts
from seedreader.ui.commands import ReaderCommands
from seedreader.ui.widgets.source_list import SourceList

__all__ = ["quiet_textual"]

DAY = "2026-11-21"
# (title, outlet, time): a day of items on a derailment, as a desk lists them
ITEMS = [
    ("FLASH: Train derails near Calder Falls", "Wire A", "06:58"),
    ("URGENT: Passenger train derails in Calder Falls", "Wire B", "07:03"),
    ("Three killed as train derails near Calder Falls", "Wire A", "07:41"),
    ("Train derailment near Calder Falls kills three", "Wire B", "07:55"),
    ("Derailment on the Brenton line: what we know", "Calder Falls Courier", "08:10"),
    ("Death toll in Calder Falls derailment rises to five", "Wire A", "09:02"),
    ("Five dead, dozens hurt in Calder Falls derailment", "Wire B", "09:15"),
    ("Calder Falls train crash: five dead", "National Broadcaster", "09:30"),
    ("HORROR ON THE RAILS: five dead as packed train flips", "The Daily Post", "09:45"),
    ("CORRECTED: Calder Falls derailment time", "Wire A", "10:20"),
    ("Five killed in Calder Falls derailment; minister orders inquiry", "Wire A", "10:35"),
    ("Five confirmed dead in Calder Falls derailment", "KCFT News", "10:50"),
    ("Northline Rail shares fall 8% after derailment", "Markets Daily", "11:05"),
    ("Cinco muertos al descarrilar un tren cerca de Calder Falls", "Agencia Sur", "11:20"),
    ("Six dead in Calder Falls derailment as injured man dies", "Wire B", "11:40"),
    ("Live: Calder Falls train derailment", "Calder Falls Courier", "07:12"),
    ("Why the Brenton line keeps failing", "Policy Review", "12:00"),
    ("Death toll in Calder Falls derailment rises to seven", "Wire A", "13:15"),
    ("Seven dead in Calder Falls rail crash", "Wire C", "13:30"),
    ("Seven dead in Calder Falls rail crash (syndicated copy)", "Wire C", "13:30"),
    ("Calder Falls train crash: seven dead", "National Broadcaster", "13:45"),
    ("Calder Falls mourns after derailment", "Northern Herald", "14:05"),
    ("Union statement on Calder Falls", "Rail Workers Union (statement)", "14:30"),
    ("Seven dead in Calder Falls derailment", "Wire B", "14:40"),
    ("SEVEN DEAD: rail bosses face questions", "The Daily Post", "15:00"),
    ("Calder Falls: the questions for Northline Rail", "The Week Ahead", "16:00"),
    ("Inquiry to report within 30 days on Calder Falls derailment", "Wire A", "16:30"),
    ("Calder Falls: survivors speak", "Radio North", "17:00"),
    ("URGENT: Northline Rail suspends Brenton line services", "Wire B", "17:20"),
    ("Northline Rail shares close down 11%", "Markets Daily", "17:45"),
    ("Eight killed in Calder Falls derailment", "Wire D", "18:00"),
    ("A day of grief in Calder Falls", "Evening Standard-Times", "19:00"),
]
BODY = ["A Northline Rail passenger train derailed near Calder Falls on Saturday morning.",
        "Police said {n} people were being treated in hospital and {m} were missing.",
        "The line between Brenton and Maple Quay stays closed while investigators work.",
        "Item {i} of the desk's day, filed by {outlet}."]


def desk(folder, items=ITEMS, day: str = DAY) -> Corpus:
    """The desk's items under ``folder``: a few paragraphs each, INDEX.md with the outlet and
    the time (``day`` and the time, or the time alone where ``day`` is "")."""
    articles = {f"{i:02d}.txt": "\n\n".join(p.format(n=i + 3, m=i % 4, i=i, outlet=outlet)
                                            for p in BODY)
                for i, (_, outlet, _) in enumerate(items, 1)}
    write_corpus(folder, articles)
    rows = ["| file | title | outlet | published |", "| --- | --- | --- | --- |"]
    rows += [f"| {i:02d}.txt | {title} | {outlet} | {f'{day} {time}'.strip()} |"
             for i, (title, outlet, time) in enumerate(items, 1)]
    (folder / "INDEX.md").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return load_corpus(folder)


def rows(app) -> SourceList:
    return app.screen.query_one(SourceList)


def row_lines(app, i: int) -> list[str]:
    return str(rows(app).get_option_at_index(i).prompt).split("\n")


def row_in_view(sources: SourceList, index: int) -> bool:
    top = sources._index_to_line[index]
    height = sources._heights[index]
    first = round(sources.scroll_y)
    return first <= top and top + height <= first + sources.scrollable_content_region.height


# ----- 1: the list follows the pair --------------------------------------------------------

@sync
async def test_the_list_scrolls_to_the_source_the_pair_moves_to(tmp_path):
    corpus = desk(tmp_path / "desk")
    async with running(corpus, size=(160, 48)) as (app, pilot):
        sources, screen = rows(app), app.screen
        screen.set_focus(screen.compare_view)
        await settle(pilot)
        assert not row_in_view(sources, 16)  # the list shows its first rows
        for _ in range(15):  # ] from R 2 to R 17
            await pilot.press("]")
            await settle(pilot)
        assert screen.right_id == corpus.ids[16]
        assert row_in_view(sources, 16), sources.scroll_y
        screen.pick("left", corpus.ids[17])  # as the palette's "Left: 18." does
        await settle(pilot)
        assert row_in_view(sources, 17) and sources.highlighted == 17
        screen.pick("right", corpus.ids[26])
        await settle(pilot)
        assert row_in_view(sources, 26) and sources.highlighted == 26
        assert (screen.left_id, screen.right_id) == (corpus.ids[17], corpus.ids[26])


@sync
async def test_a_pair_already_in_view_leaves_the_list_where_it_is(tmp_path):
    async with running(desk(tmp_path / "desk"), size=(160, 48)) as (app, pilot):
        sources, screen = rows(app), app.screen
        screen.pick("right", screen.corpus.ids[3])
        await settle(pilot)
        assert sources.scroll_y == 0 and row_in_view(sources, 3)


# ----- 2, 5: the row's second line ----------------------------------------------------------

@sync
async def test_a_desk_row_shows_the_time_the_length_and_the_outlet_in_its_width(tmp_path):
    corpus = desk(tmp_path / "desk")
    async with running(corpus, size=(160, 48)) as (app, pilot):
        sources = rows(app)
        sources.set_words({sid: 100 + i for i, sid in enumerate(corpus.ids)})  # 3 digits
        await settle(pilot)
        width = sources.scrollable_content_region.width
        for i, (title, outlet, time) in enumerate(ITEMS):
            meta = row_lines(app, i)[1]
            assert len(meta) <= width, meta
            if i:  # (the left source's row: the indent gives way before its note shortens)
                assert meta.startswith(" " * 7) and meta[7] != " ", meta  # under the title
            info = re.split(r"  +", meta.strip())[0].split(" · ")
            assert info[1:] == [time, f"{100 + i} words"], meta  # the time of day, the length
            shown = info[0]  # the outlet, whole or its start cut after a word
            assert shown == outlet or (shown.endswith("…") and outlet.startswith(shown[:-1])
                                       and len(shown) >= 8), (shown, outlet)


@sync
async def test_the_full_date_where_the_row_has_room(tmp_path):
    async with running(desk(tmp_path / "desk"), size=(100, 30)) as (app, pilot):
        await pilot.press("tab")  # the list, full width
        await settle(pilot)
        assert "Wire A · 2026-11-21 06:58 · " in row_lines(app, 0)[1]
        assert "Calder Falls Courier · 2026-11-21 08:10 · " in row_lines(app, 4)[1]


def forms(*published: str) -> list[list[str]]:
    from seedreader.ui.source_labels import published_forms

    corpus = Corpus(None, tuple(Source(id=f"s{i}", title=f"s{i}", text="", segments=(),
                                       published=p) for i, p in enumerate(published)))
    return [published_forms(corpus, s) for s in corpus.sources]


def test_a_date_is_shortened_by_what_every_source_shares():
    # one day: the time alone
    assert forms("2026-11-21 06:58", "2026-11-21 13:15") == [
        ["2026-11-21 06:58", "06:58"], ["2026-11-21 13:15", "13:15"]]
    assert forms("2026-11-21T06:58:00Z", "2026-11-21T13:15:30Z") == [
        ["2026-11-21T06:58:00Z", "06:58"], ["2026-11-21T13:15:30Z", "13:15"]]
    # two days of one year: the day and the time, never the time alone
    assert forms("2026-11-21 23:50", "2026-11-22 00:10") == [
        ["2026-11-21 23:50", "11-21 23:50"], ["2026-11-22 00:10", "11-22 00:10"]]
    # two years: the whole date (seconds and a shared zone dropped)
    assert forms("2025-12-31 23:59:59", "2026-01-01 00:00:10") == [
        ["2025-12-31 23:59:59", "2025-12-31 23:59"], ["2026-01-01 00:00:10", "2026-01-01 00:00"]]
    # zones that differ are kept
    assert forms("2026-11-21 06:58+01:00", "2026-11-21 06:58-05:00")[1][-1] == "06:58-05:00"


def test_a_date_that_cannot_be_shortened_is_left_whole():
    assert forms("2026-01-12", "2026-01-12") == [["2026-01-12"], ["2026-01-12"]]  # one day
    assert forms("2026-01-12", "2026-01-14") == [["2026-01-12", "01-12"], ["2026-01-14", "01-14"]]
    assert forms("21 November 2026", "2026-11-21 07:00") == [["21 November 2026"],
                                                              ["2026-11-21 07:00", "07:00"]]
    assert forms("", "2026-11-21 07:00") == [[], ["2026-11-21 07:00", "07:00"]]
    # a day's items and one of another day: no time alone for any
    assert forms("2026-11-21 07:00", "2026-11-21 08:00", "2026-11-22 07:00")[0][-1] \
        == "11-21 07:00"


@sync
async def test_rows_of_two_days_never_show_a_time_alone(tmp_path):
    items = ITEMS[:6]
    folder = tmp_path / "days"
    desk(folder, items)
    index = (folder / "INDEX.md").read_text(encoding="utf-8").replace(
        f"{DAY} 09:02", "2026-11-22 09:02")
    (folder / "INDEX.md").write_text(index, encoding="utf-8")
    corpus = load_corpus(folder)
    async with running(corpus, size=(160, 48)) as (app, _pilot):
        for i in range(len(items)):
            meta = row_lines(app, i)[1]
            assert re.search(r"\b11-2[12] \d\d:\d\d\b", meta) or "2026-11-2" in meta \
                or not re.search(r"\d\d:\d\d", meta), meta


# ----- 3, 4: titles and numbers -------------------------------------------------------------

@sync
async def test_titles_that_differ_at_the_end_keep_their_start_and_their_end(tmp_path):
    async with running(desk(tmp_path / "desk"), size=(160, 48)) as (app, _pilot):
        five, seven = (row_lines(app, i)[0] for i in (5, 17))
        assert re.search(r"Death toll in \w.* … to five$", five.rstrip()), five
        assert re.search(r"Death toll in \w.* … to seven$", seven.rstrip()), seven


def test_the_start_is_kept_only_where_the_different_end_fits_whole():
    a = "Death toll in Calder Falls derailment rises to five"
    b = "Death toll in Calder Falls derailment rises to seven"
    cut = distinct_cuts([a, b], 40, lead=True)
    assert cut == {a: "Death toll in Calder Falls … to five",
                   b: "Death toll in Calder Falls … to seven"}
    assert distinct_cuts([a, b], 40) == {a: "Death … to five", b: "Death … to seven"}
    long_a = "Sheinbaum rules out U.S. military intervention in Mexico after call with Trump"
    long_e = "Sheinbaum rules out U.S. military intervention after “good conversation” with Trump"
    for cells in (30, 41, 50):  # the end does not fit: cut as before
        assert distinct_cuts([long_a, long_e], cells, lead=True) == distinct_cuts(
            [long_a, long_e], cells)
    assert distinct_cuts([a, b], 60, lead=True) == {a: a, b: b}  # no cut at all


@pytest.mark.parametrize("count", [9, 32, 120])
@sync
async def test_numbers_sit_in_a_column_of_their_own(tmp_path, count):
    items = (ITEMS * 4)[:count]
    async with running(desk(tmp_path / "desk", items), size=(160, 48)) as (app, _pilot):
        digits = len(str(count))
        for i in range(count):
            head, meta = row_lines(app, i)
            # a space after the border, the number right-aligned, every title in one column
            assert re.fullmatch(rf" {i + 1:>{digits}} [L ][R ] ", head[:digits + 5]), head
            assert head[digits + 5] != " ", head
            if i:  # (the left source's row: its indent gives way before its note shortens)
                assert meta.startswith(" " * (digits + 5)) and meta[digits + 5] != " ", meta


# ----- 6: the palette ------------------------------------------------------------------------

@sync
async def test_the_palette_finds_a_source_by_its_outlet(tmp_path):
    corpus = desk(tmp_path / "desk")
    async with running(corpus, size=(160, 48)) as (app, pilot):
        titles = [t for t, _, _ in ReaderCommands(app.screen)._commands()]
        assert "Right: 14. Cinco muertos al descarrilar un tren cerca de Calder Falls · " \
            "Agencia Sur" in titles
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"Right: Agencia")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.right_id == corpus.ids[13]


@sync
async def test_a_source_without_an_outlet_is_offered_by_its_title_alone():
    async with running(size=(120, 36)) as (app, _pilot):
        titles = [t for t, _, _ in ReaderCommands(app.screen)._commands()
                  if t.startswith("Right: ")]
        assert titles and not any(" · " in t for t in titles), titles


# ----- 7: the notice of enter on a fact another source holds --------------------------------

FLASH = ("A Northline Rail passenger train has derailed near Calder Falls, police said. There "
         "are reports of casualties.")
WIRE_B = ("A passenger train derailed near Calder Falls early on Saturday, emergency services "
          "said. No further details were immediately available.")
LIVE = """Live: Calder Falls train derailment

07:12 - We are getting reports of a train derailment near Calder Falls. Follow this page for updates.

07:45 - Police say three people have died. 24 people have been injured.

08:30 - Transport Minister David Okafor is on his way to the scene.

09:05 - The death toll has risen to five, police say.

10:22 - Northline Rail now says the derailment happened at 6:14 a.m., not 6:40 a.m.

11:42 - A sixth person has died in hospital.

13:10 - Police now say seven people have died and 41 were injured.

14:00 - Mayor Irene Dube: "This is the darkest day in the history of our town."
"""


@pytest.mark.parametrize("size", [(100, 30), (160, 48)])
@sync
async def test_the_notice_of_a_fact_shown_in_another_pair_misses_its_mention(tmp_path, size):
    from seedreader.ui.widgets.compare_view import CompareView
    from seedreader.ui.widgets.facts_panel import FactList

    # (a title long enough for the notice to take four rows, as "showing 16 “Live: Calder…")
    corpus = load_corpus(write_corpus(tmp_path / "live", {
        "a.txt": FLASH, "b.txt": WIRE_B, "live_calder_falls_train_derailment.md": LIVE}))
    async with noticed(corpus, size) as (app, pilot):
        screen = app.screen
        panel, view = screen.facts_panel, screen.query_one(CompareView)
        screen.set_focus(screen.query_one(FactList))
        await settle(pilot)
        index = next(i for i, f in enumerate(panel._shown) if "41" in str(f.value))
        fact = panel._shown[index]
        panel.fact_list.highlighted = index
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert screen.right_id == corpus.ids[2]

        def clear() -> bool:
            shown = [t for t in toasts(app) if "holds this fact" in str(t._notification.message)]
            spot = view.highlight(*screen._mentions(fact))
            y = None if spot is None else view.screen_row(spot)
            return bool(shown) and y is not None and all(
                not t.region.y <= y < t.region.bottom for t in shown if t.region.height)

        assert await eventually(pilot, clear)


@sync
async def test_l_on_the_right_source_swaps_and_the_cursor_stays_on_its_row(tmp_path):
    """Review: the cursor jumped to the other source of the pair, so a second l acted on it."""
    corpus = desk(tmp_path / "desk")
    async with running(corpus, size=(160, 48)) as (app, pilot):
        sources, screen = rows(app), app.screen
        screen.pick("right", corpus.ids[23])
        await settle(pilot)
        sources.focus()
        sources.highlighted = 23
        await pilot.press("l")
        await settle(pilot)
        assert (screen.left_id, screen.right_id) == (corpus.ids[23], corpus.ids[0])
        assert sources.highlighted == 23
        await pilot.press("l")  # the same row again: already the left one, nothing swaps back
        await settle(pilot)
        assert (screen.left_id, screen.right_id) == (corpus.ids[23], corpus.ids[0])


@sync
async def test_the_facts_detail_names_a_near_value(tmp_path):
    """Two hedged values a hedge allows both of (FactTally.near) are named in each other's
    detail, as the CLI's "Near values" section names them."""
    folder = write_corpus(tmp_path / "near", {
        "a.txt": "Dam ruling\n\nAbout 3,400 families live in the valley that the reservoir "
                 "would have flooded, the court heard.",
        "b.txt": "Dam decision\n\nAbout 3,500 families live in the valley that the reservoir "
                 "would have flooded, the court heard.",
    })
    async with running(load_corpus(folder), size=(160, 48)) as (app, pilot):
        panel = app.screen.facts_panel
        view = panel.view
        fact = next(f for f in view.facts if f.kind == "count" and f.value == "3400")
        assert [o.value for o in view.near_of(fact)] == ["3500"]
        panel._show_detail(fact)
        await settle(pilot)
        detail = " ".join(str(panel.query_one("#facts-detail").render()).split())
        assert "≈ near 3,500 in 2" in detail, detail


def bar_and_date(meta: str) -> tuple[int, str]:
    """(cells of the row's similarity bar, the form of its date) of a row's second line."""
    bar = re.search(r"[█▏▎▍▌▋▊▉·]+(?= +\d+%)", meta)
    info = re.split(r"  +", meta.strip())[0].split(" · ")
    return (len(bar.group()) if bar else 0), re.sub(r"\d", "9", info[1])


async def rows_known(app, pilot, corpus, words: int) -> SourceList:
    """The list with every row's length (``words`` + its position) and closeness (50%)."""
    sources = rows(app)
    sources.set_words({sid: words + i for i, sid in enumerate(corpus.ids)})
    for sid in corpus.ids[1:]:
        sources.set_similarity(corpus.ids[0], sid, 0.5)
    await settle(pilot)
    return sources


@sync
@pytest.mark.parametrize("size", [(160, 48), (220, 48), (100, 30)])
async def test_every_row_shows_its_bar_and_its_date_alike(tmp_path, size):
    """Review: at 160 columns a row whose outlet is long dropped its similarity bar and the
    next kept it, and a wider list showed "2026-11-21 07:03" in one row and "08:10" in the
    next: one bar width and one form of date for the whole list, and no outlet cut for
    them (a bar only repeats the percent)."""
    corpus = desk(tmp_path / "desk")
    async with running(corpus, size=size) as (app, pilot):
        if size[0] == 100:
            await pilot.press("tab")  # the list, full width
        sources = await rows_known(app, pilot, corpus, 100)
        seen = {bar_and_date(row_lines(app, i)[1]) for i in range(1, len(ITEMS))}
        assert len(seen) == 1, seen
        bars, date = seen.pop()
        assert bars == 0 or bars >= 4
        assert date in ("99:99", "9999-99-99 99:99"), date
        outlets = [re.split(r"  +", row_lines(app, i)[1].strip())[0].split(" · ")[0]
                   for i in range(1, len(ITEMS))]
        width = sources.scrollable_content_region.width
        if bars:  # a bar never costs an outlet
            assert not any(o.endswith("…") for o in outlets), (width, outlets)


@sync
async def test_an_outlet_cut_anyway_takes_no_bar_from_the_others(tmp_path):
    """Review: one outlet too long to fit whole even without a bar took the bar from every
    row though it was cut all the same; it keeps a bar too, its outlet cut further."""
    items = [(title, "Wire A" if i != 4 else "The Calder Falls Community Courier and Gazette", time)
             for i, (title, _, time) in enumerate(ITEMS[:9])]
    corpus = desk(tmp_path / "desk", items)
    async with running(corpus, size=(160, 48)) as (app, pilot):
        await rows_known(app, pilot, corpus, 10)
        seen = {bar_and_date(row_lines(app, i)[1]) for i in range(1, len(items))}
        assert len(seen) == 1 and seen.pop()[0] >= 4, seen
        outlet = re.split(r"  +", row_lines(app, 4)[1].strip())[0].split(" · ")[0]
        assert outlet.endswith("…") and outlet.startswith("The Cal"), outlet
