"""Session 9 mend (UI/API/exports review): lookups, source_from_text, exports, the reader."""

from __future__ import annotations

import pytest

from seedreader import load_corpus, tallied_sources, tally_facts
from seedreader.corpus import source_from_text


def _folder(tmp_path, name, files):
    folder = tmp_path / name
    folder.mkdir()
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    return load_corpus(folder)


FIRE = "Fire report\n\nThree people were killed in the fire on Monday, officials said.\n"
BUDGET = "Other story\n\nThe council approved a budget of $40 million on 12 March 2026.\n"


@pytest.fixture
def merged(tmp_path):
    c1 = _folder(tmp_path, "c1", {"a.txt": FIRE})
    c2 = _folder(tmp_path, "c2", {"a.txt": BUDGET})
    return c1, c2, tally_facts([c1["a"], c2["a"]])


# 1. A Source given to facts_for / mentions_for: the one tallied, not another of its id.
def test_facts_for_a_renamed_source_answers_for_that_source(merged):
    c1, c2, tally = merged
    assert tally.source_ids == ("a", "a (c2)")
    second = tally.facts_for(c2["a"])
    assert second == tally.facts_for("a (c2)")
    assert all(f.sources == ("a (c2)",) for f in second) and second
    assert any("40" in f.value for f in second)
    first = tally.facts_for(c1["a"])
    assert first == tally.facts_for("a") and first
    assert all(f.sources == ("a",) for f in first)
    assert not any("40" in f.value for f in first)


def test_mentions_for_a_renamed_source_point_into_its_own_text(merged):
    c1, c2, tally = merged
    for source in (c1["a"], c2["a"]):
        mentions = tally.mentions_for(source)
        assert mentions
        for mention, _fact in mentions:
            assert source.text[mention.start:mention.end] == mention.text
    # tallied_sources' renamed copy is the same source as the one given.
    renamed = tallied_sources([c1["a"], c2["a"]])[1]
    assert renamed.id == "a (c2)"
    assert tally.mentions_for(renamed) == tally.mentions_for(c2["a"])


def test_a_source_the_tally_was_not_made_of_is_an_error_not_its_namesakes_facts(merged, tmp_path):
    _c1, _c2, tally = merged
    other = _folder(tmp_path, "c3", {"a.txt": "Third\n\nFive people were hurt on Friday.\n"})
    with pytest.raises(KeyError, match="not one the tally was made of"):
        tally.facts_for(other["a"])
    with pytest.raises(KeyError):
        tally.mentions_for(other["a"])


def test_a_whole_corpus_and_equal_tallies_still_work(tmp_path):
    corpus = _folder(tmp_path, "c", {"a.txt": FIRE, "b.txt": BUDGET})
    tally = tally_facts(corpus)
    assert tally.facts_for(corpus["a"]) == tally.facts_for("a")
    reloaded = load_corpus(tmp_path / "c")  # the same files read again: the same sources
    assert tally.facts_for(reloaded["b"]) == tally.facts_for("b")
    # What a ref keeps to find its Source is not part of the tally's equality nor its JSON.
    assert tally == tally_facts(load_corpus(tmp_path / "c"))
    assert tally.to_dict()["sources"] == [{"id": "a", "title": "Fire report"},
                                          {"id": "b", "title": "Other story"}]
    assert tally.filtered(min_support=1).facts_for(corpus["b"]) == tally.facts_for("b")


def test_sources_made_of_text_with_the_same_text_are_told_apart_by_id():
    p = source_from_text("Ten people were hurt on Friday.", id="p")
    q = source_from_text("Ten people were hurt on Friday.", id="q")
    tally = tally_facts([p, q])
    assert tally.facts_for(p) == tally.facts_for("p")
    assert all("p" in f.sources for f in tally.facts_for(p))


# 6. A Fact is accepted where a fact is looked up; wrong types are TypeErrors that say why.
def test_fact_lookup_takes_a_fact_and_refuses_other_types(merged):
    _c1, _c2, tally = merged
    fact = tally.facts[0]
    assert tally.fact(fact) is tally.fact(fact.id)
    with pytest.raises(KeyError):
        tally.fact("no-such-fact")
    with pytest.raises(TypeError, match="a fact is given"):
        tally.fact(3)
    with pytest.raises(TypeError, match="a source is given"):
        tally.facts_for(fact)
    with pytest.raises(TypeError, match="kind takes"):
        tally.filtered(kind=5)
    assert tally.filtered(kind=["date"]).facts == tuple(f for f in tally.facts if f.kind == "date")


# 2. Markdown <pre> blocks keep B's wording of a difference that does not count, as prose does.
def _md_diff(tmp_path, a, b):
    from seedreader import compare
    from seedreader.export import render_pair

    corpus = _folder(tmp_path, "pre", {"a.txt": a, "b.txt": b})
    return render_pair(compare(corpus["a"], corpus["b"]), "md")


def _pre(text):
    return text.split("<pre>\n", 1)[1].split("\n</pre>", 1)[0]


TABLE = "Rates table\n\nItem      Rate      When\n{row}\nFee       7%        Monthly\n\nClosing words.\n"


def test_pre_block_shows_b_wording_of_a_minor_difference(tmp_path):
    out = _md_diff(tmp_path, TABLE.format(row="Tax       5%        Yearly"),
                   TABLE.format(row="Tax       5 percent   YEARLY"))
    rows = _pre(out).splitlines()
    assert rows[1].startswith("Tax       5%        Yearly")
    assert "(B: 5 percent YEARLY)" in rows[1]
    assert rows[2] == "Fee       7%        Monthly"  # (a spacing change alone: no note)


def test_pre_block_b_wording_is_escaped_and_typography_alone_adds_nothing(tmp_path):
    out = _md_diff(tmp_path, TABLE.format(row="Firm      AT&T      Yearly"),
                   TABLE.format(row="Firm      at&t      Yearly"))
    pre = _pre(out)
    assert "(B: at)" in pre and "(B: t)" in pre  # (as prose says it: the words of "AT&T")
    assert "&amp;" in pre and "&T" not in pre  # (escaped as HTML, inside an HTML block)
    (tmp_path / "q").mkdir()
    quotes = _md_diff(tmp_path / "q", TABLE.format(row='Motto     "Go"      Yearly'),
                      TABLE.format(row="Motto     “Go”      Yearly"))
    assert "(B:" not in _pre(quotes)


# 3. None means "not given" for every optional argument of source_from_text.
@pytest.mark.parametrize("name", ["outlet", "published", "url", "notes", "path"])
def test_source_from_text_takes_none_for_an_optional_field(name):
    source = source_from_text("Some text here.", **{name: None})
    plain = source_from_text("Some text here.")
    assert source.text == plain.text == "Some text here."
    assert getattr(source, name) == getattr(plain, name)


def test_source_from_text_takes_none_for_id_and_title_and_still_checks_types():
    source = source_from_text("Some text here.", id=None, title=None)
    assert source.id == "text" and source.title
    with pytest.raises(TypeError, match="outlet must be a str"):
        source_from_text("Some text here.", outlet=3)
    with pytest.raises(TypeError, match="text must be a str"):
        source_from_text(None)


# 4. A path given as a str is a path: to_dict names its file, with or without a corpus.
def test_source_from_text_with_a_str_path_exports(tmp_path):
    source = source_from_text("x.", path="/tmp/somewhere/x.txt")
    assert source.to_dict()["file"] == "x.txt"
    corpus = _folder(tmp_path, "c", {"a.txt": FIRE})
    assert source.to_dict(corpus)["file"] == "x.txt"  # (outside the corpus's folder)
    inside = source_from_text("x.", id="x", path=str(tmp_path / "c" / "a.txt"))
    assert inside.to_dict(corpus)["file"] == "a.txt"
    assert source_from_text("# Head\n\n**bold** words", path="n.md").text.startswith("Head")


# 5. The status line names the changes of a tall block however the cursor came to it.
@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
def test_status_names_the_changes_of_a_tall_block_reached_without_a_scroll(tmp_path, size):
    from test_ui_long_docs import corpus as long_corpus
    from test_ui_long_docs import where
    from ui_support import running, settle, sync

    from seedreader.ui.widgets.compare_view import CompareView

    @sync
    async def run():
        async with running(long_corpus(tmp_path), size=size) as (app, pilot):
            view = app.screen.query_one(CompareView)
            tall = view.locator.find("left", 2)
            await pilot.press("tab")
            await settle(pilot)
            await pilot.press("n")
            await settle(pilot)
            assert view.cursor == tall and view.changes_in_view() == (0, 0, 5)
            assert "difference 2 of 3 · 5 changes in it, the first below" in where(app)
            await pilot.press("p")  # (a block that fits: no changes item)
            await settle(pilot)
            assert view.cursor == 0 and "changes in it" not in where(app)

    run()


# 7. The command the diff folder hint gives works for ids and folders that start with "-".
def _cli_error(capsys, *argv):
    from seedreader.cli import main

    capsys.readouterr()
    assert main(list(argv)) == 2
    return capsys.readouterr().err.removeprefix("seedreader: error: ").rstrip("\n")


def test_diff_folder_hint_puts_ids_starting_with_a_dash_after_double_dash(tmp_path, capsys,
                                                                          monkeypatch):
    monkeypatch.setenv("SEEDREADER_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("SEEDREADER_CONFIG_DIR", str(tmp_path / "config"))
    folder = tmp_path / "corp"
    folder.mkdir()
    (folder / "-draft.txt").write_text(FIRE, encoding="utf-8")
    (folder / "wire.txt").write_text(BUDGET, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    hint = _cli_error(capsys, "diff", "--", "-draft", "corp")
    assert hint.endswith("then the folder: seedreader diff -- -draft RIGHT corp")
    # The command it gives, RIGHT filled in, runs.
    from seedreader.cli import main

    assert main(["diff", "--", "-draft", "wire", "corp"]) == 0
    (tmp_path / "-dir").mkdir()
    (tmp_path / "-dir" / "a.txt").write_text(FIRE, encoding="utf-8")
    assert _cli_error(capsys, "diff", "--", "a", "-dir").endswith(
        "seedreader diff -- a RIGHT -dir")
    # (no "--" where nothing starts with "-", as before)
    assert _cli_error(capsys, "diff", "wire", "corp").endswith("seedreader diff wire RIGHT corp")


# 8b. corpus.index(id, start) of an id outside the range says so; count() takes ids as `in` does.
def test_corpus_index_out_of_range_and_count_of_an_id(tmp_path):
    corpus = _folder(tmp_path, "c", {"a.txt": FIRE, "b.txt": BUDGET})
    first = corpus.ids[0]
    assert corpus.index(first) == 0 and corpus.index(first, 0, 1) == 0
    with pytest.raises(KeyError) as raised:
        corpus.index(first, 1)
    message = str(raised.value)
    assert "not in the range searched" in message and "corpus[1:]" in message
    assert "no source" not in message
    with pytest.raises(KeyError, match="no source 'zzz'"):
        corpus.index("zzz")
    assert first in corpus and corpus.count(first) == 1
    assert corpus.count("zzz") == 0 and corpus.count(corpus[1]) == 1 and corpus.count(3) == 0


# 8c. An int base: the message says what to give for each way the int may have been meant.
def test_an_int_base_message_gives_both_readings_and_no_tautology(tmp_path):
    from seedreader.export import render_report

    corpus = _folder(tmp_path, "c", {"a.txt": FIRE, "b.txt": BUDGET,
                                     "c.txt": "Third\n\nFive people were hurt on Friday.\n"})
    with pytest.raises(TypeError) as caught:
        render_report(corpus, "json", base=2)
    message = str(caught.value)
    assert "is base=" not in message
    assert "for corpus[2], give base=corpus[2] or base='3'" in message
    assert "for #2 of 'seedreader sources', base=corpus[1] or base='2'" in message
    with pytest.raises(TypeError) as caught:
        render_report(corpus, "json", base=3)  # (only #3: corpus[3] is past the end)
    assert "corpus[3]" not in str(caught.value) and "base=corpus[2] or base='3'" in str(
        caught.value)


# 8d. One way notices are shown: the same notice replaces a copy still shown, by either path.
def test_one_mechanism_replaces_a_repeated_notice_however_it_was_sent(tmp_path):
    from ui_support import running, settle, sync

    corpus = _folder(tmp_path, "c", {"a.txt": FIRE, "b.txt": BUDGET})

    @sync
    async def run():
        async with running(corpus, size=(100, 30)) as (app, pilot):
            def shown(words):
                return [n for n in app._notifications if n.message == words]

            app.notify("no more differences below", title="n", timeout=30)
            await settle(pilot)
            app.notify("no more differences below", title="n", timeout=30, replaces="step")
            assert len(shown("no more differences below")) == 1  # (at once: replaces)
            assert app.notice_up("step")
            app.notify("no more differences below", title="n", timeout=30)
            await settle(pilot)
            assert len(shown("no more differences below")) == 1
            assert not app.notice_up("step")  # (replaced by its copy, sent the other way)
            # Other words, or the same at another severity: both stay.
            app.notify("no more differences below", title="n", timeout=30, severity="warning")
            app.notify("another notice", title="n", timeout=30, replaces="other")
            await settle(pilot)
            assert len(shown("no more differences below")) == 2 and len(shown("another notice")) == 1

    run()
