"""Exports and the CLI, fix round 8: sharing a report, and a desk's many sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from seedreader.cli import main

RULING = ("Top court blocks river dam\n\nThe court ruled 5-4 on Tuesday that the dam may not go "
          "ahead.\n")
DAILY = "Judges halt dam project\n\nJudges ruled 5-4 on Tuesday against the dam.\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def court(tmp_path) -> Path:
    folder = tmp_path / "court"
    folder.mkdir()
    (folder / "wire.txt").write_text(RULING, encoding="utf-8")
    (folder / "daily.txt").write_text(DAILY, encoding="utf-8")
    return folder


# --- 1. diff takes the corpus folder as a third word, as the other verbs do ----------------------
def test_diff_takes_the_corpus_as_a_third_word_like_the_other_verbs(court, capsys):
    by_flag = run(capsys, "diff", "wire", "daily", "--corpus", str(court))
    assert by_flag[0] == 0 and "dam" in by_flag[1]
    assert run(capsys, "diff", "wire", "daily", str(court)) == by_flag
    # after an option too (argparse leaves it over: it is still the corpus)
    code, out, err = run(capsys, "diff", "wire", "daily", "--format", "md", str(court))
    assert code == 0 and out.startswith("<!-- seedreader export -->"), err
    # both, naming one folder: fine; naming two: a usage error, nothing compared
    assert run(capsys, "diff", "wire", "daily", str(court), "--corpus", f"{court}/") == by_flag
    other = court.parent / "other"
    other.mkdir()
    code, out, err = run(capsys, "diff", "wire", "daily", str(court), "--corpus", str(other))
    assert (code, out) == (2, "")
    assert err.startswith("seedreader: error: two corpus folders: ") and err.endswith("give one\n")
    # a fourth word is still refused
    code, _, err = run(capsys, "diff", "wire", "daily", str(court), "more")
    assert code == 2 and "unrecognized arguments: 'more'" in err
    code, _, err = run(capsys, "diff", "wire", "daily", "")
    assert code == 2 and "CORPUS is an empty path" in err


def test_an_unknown_source_without_a_corpus_says_the_bundled_seeds_were_searched(
        tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)  # no articles here
    code, out, err = run(capsys, "diff", "wire", "daily")
    assert (code, out) == (1, "")
    assert err.startswith("seedreader: error: no source 'wire' in the bundled seeds (no corpus "
                          "given; for your own articles, name their folder: seedreader diff "
                          "LEFT RIGHT DIR): ")
    code, _, err = run(capsys, "export", "--base", "wire")
    assert code == 1 and "'wire' in the bundled seeds (no corpus given;" in err
    assert "seedreader export DIR --base ID" in err


def test_a_corpus_given_names_no_bundled_seeds_even_when_it_is_them(court, capsys):
    code, _, err = run(capsys, "diff", "wire", "nope", str(court))
    assert code == 1 and "no source 'nope':" in err and "bundled" not in err
    from seedreader.paths import bundled_seeds

    code, _, err = run(capsys, "diff", "1", "nope", str(bundled_seeds()))
    assert code == 1 and "no source 'nope':" in err and "bundled" not in err


# --- 2. an HTML page is not printed on a terminal ------------------------------------------------
@pytest.fixture
def terminal(monkeypatch):
    """Call in the test (capsys's stdout is in place only then): stdout is a terminal."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    return lambda: monkeypatch.setattr("sys.stdout.isatty", lambda: True)


def test_export_to_a_terminal_writes_no_html_and_says_how_to_get_it(court, capsys, terminal):
    terminal()
    code, out, err = run(capsys, "export", str(court))
    assert (code, out) == (2, "")
    assert err == ("seedreader: error: not printing an HTML page on the terminal: give -o FILE "
                   "(such as -o report.html), or --format md to read it here (-o - prints it "
                   "anyway)\n")
    code, _, err = run(capsys, "diff", "1", "2", str(court), "--format", "html")
    assert code == 2 and "(such as -o pair.html), or --format text to read it" in err


def test_on_a_terminal_other_formats_a_file_and_dash_o_still_work(court, tmp_path, capsys,
                                                                 terminal):
    terminal()
    code, out, _ = run(capsys, "export", str(court), "--format", "md")
    assert code == 0 and out.startswith("<!-- seedreader export -->")
    code, out, _ = run(capsys, "export", str(court), "-o", "-")
    assert code == 0 and out.startswith("<!DOCTYPE html>")
    target = tmp_path / "r.html"
    code, out, _ = run(capsys, "export", str(court), "-o", str(target))
    assert (code, out) == (0, "") and target.read_text(encoding="utf-8").startswith("<!DOCTYPE")
    code, out, _ = run(capsys, "diff", "1", "2", str(court))  # (text: coloured, as before)
    assert code == 0 and "\x1b[" in out


def test_a_pipe_or_redirect_still_gets_the_html(court, capsys):
    code, out, err = run(capsys, "export", str(court))  # capsys: not a terminal
    assert code == 0 and out.startswith("<!DOCTYPE html>") and err == ""


# --- 3. the report is titled by INDEX.md's heading --------------------------------------------
def indexed(court: Path, head: str, tail: str = "") -> Path:
    (court / "INDEX.md").write_text(
        f"{head}| file | title | outlet |\n|---|---|---|\n| wire.txt | Top court blocks river dam "
        f"| Wire |\n| daily.txt | Judges halt dam project | The Daily |\n{tail}", encoding="utf-8")
    return court


def reports(court: Path) -> dict[str, str]:
    from seedreader import load_corpus
    from seedreader.export import render_report

    corpus = load_corpus(court)
    return {fmt: render_report(corpus, fmt) for fmt in ("html", "md", "json")}


def test_the_report_is_titled_by_the_index_heading_in_every_format(court):
    import json

    out = reports(indexed(court, "# Court ruling on river dam\n\nNotes of the desk.\n\n"))
    assert "<title>Court ruling on river dam — seedreader corpus report</title>" in out["html"]
    assert "<h1><bdi>Court ruling on river dam</bdi> — 2 sources compared</h1>" in out["html"]
    assert "\n# Corpus report: Court ruling on river dam (2 sources)\n" in out["md"]
    data = json.loads(out["json"])
    assert (data["title"], data["corpus"]) == ("Court ruling on river dam", "court")


def test_the_heading_is_escaped_and_its_markup_taken_out(court):
    out = reports(indexed(court, "# Dam *ruling* <script>x()</script> A & B_1\n"))
    assert "<h1><bdi>Dam ruling A &amp; B_1</bdi> — 2 sources compared</h1>" in out["html"]
    assert "<script>" not in out["html"].split("<style>")[0]
    assert "\n# Corpus report: Dam ruling A & B\\_1 (2 sources)\n" in out["md"]


@pytest.mark.parametrize("head,tail", [
    ("", ""),  # no heading
    ("## Sources\n\n", ""),  # a section heading is not the folder's title
    ("", "\n# Corrections\n"),  # a heading below the table is not either
])
def test_without_a_heading_above_the_table_the_report_is_titled_by_the_folder(court, head, tail):
    import json

    out = reports(indexed(court, head, tail))
    assert "<h1><bdi>court</bdi>: 2 sources compared</h1>" in out["html"]
    assert "\n# Corpus report: court, 2 sources\n" in out["md"]
    assert json.loads(out["json"])["title"] is None
    indexless = court.parent / "plain"
    indexless.mkdir()
    (indexless / "a.txt").write_text(RULING, encoding="utf-8")
    assert "\n# Corpus report: plain, 1 source\n" in reports(indexless)["md"]


# --- 4. the printed Sources table breaks between words, and links at their slashes ------------
def test_report_cells_break_between_words_and_links_between_their_parts(court):
    import re

    from seedreader.export.html_style import CSS

    (court / "INDEX.md").write_text(
        "| file | title | outlet | url |\n|---|---|---|---|\n"
        "| wire.txt | Top court blocks river dam | Riverwatch Blog | "
        "https://example.com/wire/story?a=1&b=2 |\n| daily.txt | Judges halt | Daily | |\n",
        encoding="utf-8")
    html = reports(court)["html"]
    assert ('>https://<wbr>example.com/<wbr>wire/<wbr>story<wbr>?a<wbr>=1<wbr>&amp;b<wbr>=2</a>'
            in html)
    assert 'href="https://example.com/wire/story?a=1&amp;b=2"' in html  # the link itself whole
    # The sources table's cells may split a word only when it fits no line: never "anywhere",
    # which lets a squeezed column (a printed page) cut "Riverwatch" into "Riverwa" / "tch".
    rule = re.search(r"\.plain th, \.plain td \{([^}]*)\}", CSS).group(1)
    assert "overflow-wrap: break-word" in rule and "anywhere" not in rule
    assert re.search(r"\.plain td a \{[^}]*overflow-wrap: break-word", CSS)
    print_css = CSS[CSS.index("@media print"):]
    assert "anywhere" not in print_css


# --- 5. Markdown: a deletion and an insertion that meet are apart; the Dot column has dots ------
def md_pair(a: str, b: str) -> str:
    from export_support import make_source

    from seedreader import compare
    from seedreader.export import render_pair

    left = make_source("a", ["Court ruling", a], title="A")
    right = make_source("b", ["Court ruling", b], title="B")
    return render_pair(compare(left, right), "md")


def test_a_deletion_next_to_an_insertion_is_kept_apart_by_a_space():
    import re

    a = "The state ended a 12-year legal fight over the dam on Tuesday."
    b = "The state ended a legal fight that lasted 12 years over the dam on Tuesday."
    text = md_pair(a, b)
    assert "fight </del><ins>legal" in text  # (read without colour: "fight legal")
    line = next(x for x in text.splitlines() if "<ins>" in x and "12" in x)
    assert re.sub(r"</?ins>", "", re.sub(r"<del>.*?</del>", "", line)) == b  # B's text exact
    text = md_pair("The state must pay $2.5 million in costs, the court said on Tuesday.",
                   "The state must pay $2.4 million in costs, the court said on Tuesday.")
    assert "million </del><ins>\\$2.4 million</ins>" in text


def test_no_space_is_added_before_punctuation_after_an_opening_or_where_a_side_has_one():
    from seedreader.export.markdown import _runs_into
    from seedreader.models import Span

    def apart(a: str, b: str, *, minor: bool = False) -> bool:
        return _runs_into([Span("equal", "x "), Span("delete", a, minor), Span("insert", b, minor)],
                          2)

    assert apart("fight", "legal fight") and apart("$2.5m", "$2.4m") and apart("a.", "B")
    assert not apart(".", ", which came")  # "ruling., which": punctuation takes no space
    assert not apart("fight ", "legal") and not apart("fight", " legal")  # a side has one
    assert not apart("(", "about")  # after what opens
    assert not apart("Of", "of", minor=True)  # (a minor pair shows as A has it: one wording)
    assert not _runs_into([Span("equal", "the "), Span("insert", "dam")], 1)  # no change before
    text = md_pair("The river dam was halted by the court on Tuesday morning.",
                   "The river dam was stopped by the court on Tuesday morning.")
    assert "The river dam was <del>halted </del><ins>stopped</ins> by the court" in text
    text = md_pair("The judge said the state would study the ruling.",
                   "The judge said the state would study the ruling, which came on Tuesday.")
    assert "the ruling<ins>, which came on Tuesday</ins>." in text  # (an insertion alone: as before)


def test_the_json_and_text_still_give_each_side_exactly():
    import json

    from export_support import make_source

    from seedreader import compare
    from seedreader.export import render_pair

    a = "The state ended a 12-year legal fight over the dam on Tuesday."
    b = "The state ended a legal fight that lasted 12 years over the dam on Tuesday."
    comparison = compare(make_source("a", [a]), make_source("b", [b]))
    data = json.loads(render_pair(comparison, "json"))
    spans = [span for block in data["blocks"] for span in block["spans"]]
    assert "".join(s["text"] for s in spans if s["op"] != "insert") == a
    assert "".join(s["text"] for s in spans if s["op"] != "delete") == b
    text = render_pair(comparison, "text")
    assert "fight-]{+legal" in text  # (the text diff's markers keep the sides apart)


def test_the_markdown_dot_column_holds_a_dot():
    text = md_pair("The court ruled 5-4 on Tuesday.", "The court ruled 5-4 on Tuesday.")
    key = text[text.index("Sources counted"):]
    assert "| ● #1 | A (left) |" in key and "| ● #2 | B (right) |" in key


# --- 6. HTML: a change of one character or of punctuation is framed, on screen and paper -------
def test_a_lone_punctuation_or_one_character_change_is_framed_and_words_are_not():
    import re

    from export_support import make_source

    from seedreader import compare
    from seedreader.export import render_pair
    from seedreader.export.html_style import CSS

    left = make_source("a", ["The judge said the state would not study the ruling.",
                             "The vote was 5-4 in the end, he said."])
    right = make_source("b", ["The judge said the state would study the ruling",
                              "The vote was 6-3 in the end, he said."])
    html = render_pair(compare(left, right), "html")
    assert '<del class="slight">.</del>' in html
    assert "<del>not " in html or "<del>not</del>" in html or '<del> not</del>' in html
    assert 'class="slight">not' not in html and 'class="slight"> not' not in html
    found = re.search(r"del\.slight, ins\.slight \{([^}]*)\}", CSS)
    before = CSS[:found.start()]
    assert before.count("{") == before.count("}")  # outside any media query: screen and print
    assert "outline" in found.group(1) and "padding" in found.group(1)


def test_what_counts_as_slight():
    from seedreader.export.html import _slight

    assert _slight(".") and _slight(" , ") and _slight("—") and _slight("5") and _slight("?!")
    assert not _slight("not") and not _slight(" ab") and not _slight("") and not _slight(" ")


# --- 7. a desk's report: the base, times of day, holders listed whole -------------------------
FLASH = "Train derails near Calder\n\nA passenger train derailed near Calder on Saturday.\n"
STORY = ("Train derailment near Calder kills {n}\n\n"
         "A passenger train derailed near Calder on Saturday morning, killing {n} people and "
         "injuring dozens, officials said.\n\n"
         "The train was carrying about 200 passengers from the coast to the capital when several "
         "carriages left the track on a bend outside the town.\n\n"
         "Rescue teams worked through the morning to free passengers trapped in two carriages, "
         "the regional fire service said.\n\n"
         "Northline Rail said it was cooperating with investigators and had suspended services on "
         "the line until further notice.\n")


def desk(tmp_path: Path, *, flash_first: bool = True, times: tuple[str, ...] = ()) -> Path:
    folder = tmp_path / "desk"
    folder.mkdir()
    files = {"flash.txt": FLASH, "update.txt": STORY.format(n="three"),
             "wt1.txt": STORY.format(n="five"), "wt2.txt": STORY.format(n="seven") + "\nMore.\n"}
    if not flash_first:
        files = {name: files[name] for name in ("update.txt", "flash.txt", "wt1.txt", "wt2.txt")}
    rows = ""
    for n, (name, text) in enumerate(files.items()):
        (folder / name).write_text(text, encoding="utf-8")
        when = times[n] if n < len(times) else ""
        rows += f"| {name} | {text.splitlines()[0]} | Wire | {when} |\n"
    (folder / "INDEX.md").write_text("| file | title | outlet | published |\n|---|---|---|---|\n"
                                     + rows, encoding="utf-8")
    return folder


def test_a_short_first_source_is_not_the_default_base_and_the_report_says_which_and_why(
        tmp_path):
    import json

    out = reports(desk(tmp_path))
    data = json.loads(out["json"])
    assert data["base"] != "flash" and data["base"] in ("update", "wt1", "wt2")
    assert data["base_reason"].startswith("the source most like the others (")
    assert "#1, first in the index, has 12 words, under half the median source's" in (
        data["base_reason"])
    place = ["flash", "update", "wt1", "wt2"].index(data["base"]) + 1
    assert f"The base is #{place}, the source most like the others (" in out["md"]
    assert f"The base is #{place}, the source most like the others (" in out["html"]


def test_the_first_source_stays_the_base_unless_short_and_a_base_asked_for_is_not_explained(
        tmp_path, capsys):
    import json

    folder = desk(tmp_path, flash_first=False)
    out = reports(folder)
    data = json.loads(out["json"])
    assert (data["base"], data["base_reason"]) == ("update", "the first in the index")
    assert "The base is #1, the first in the index (another: --base)." in out["md"]
    code, text, _ = run(capsys, "export", str(folder), "--format", "json", "--base", "2")
    data = json.loads(text)
    assert code == 0 and (data["base"], data["base_reason"]) == ("flash", None)
    code, text, _ = run(capsys, "export", str(folder), "--format", "md", "--base", "2")
    assert "The base is" not in text


def test_relations_use_the_times_of_day_the_index_gives():
    from export_support import make_source

    from seedreader.export.report import _dates

    def when(a: str, b: str) -> str:
        one = make_source("one", ["x"], published=a)
        two = make_source("two", ["x"], published=b)
        return _dates(one, two, lambda s: s.id)

    assert when("2026-11-21 13:15", "2026-11-21 07:41") == (
        "two is dated earlier (2026-11-21 07:41; one: 2026-11-21 13:15)")
    assert when("2026-11-21T06:58", "2026-11-21 09:02") == (
        "one is dated earlier (2026-11-21 06:58; two: 2026-11-21 09:02)")
    assert when("2026-11-21 13:30", "2026-11-21 13:30") == "both are dated 2026-11-21 13:30"
    # without a time on both, or in different zones: the day only, as before
    assert when("2026-11-21 13:30", "2026-11-21") == "both are dated 2026-11-21"
    assert when("2026-11-21 13:30 CET", "2026-11-21 09:00 EST") == "both are dated 2026-11-21"
    assert when("2026-11-20 23:30", "2026-11-21") == (
        "one is dated earlier (2026-11-20; two: 2026-11-21)")
    assert when("", "2026-11-21 09:00") == ""


def test_a_desk_report_dates_pairs_by_their_times(tmp_path):
    times = ("2026-11-21 06:58", "2026-11-21 07:41", "2026-11-21 09:02", "2026-11-21 13:15")
    md = reports(desk(tmp_path, times=times))["md"]
    assert "both are dated 2026-11-21;" not in md and "both are dated 2026-11-21." not in md
    assert ("is dated earlier (2026-11-21 07:41; " in md
            or "is dated earlier (2026-11-21 09:02; " in md)


def test_holders_are_listed_whole_with_runs_collapsed():
    from seedreader.export.common import named_list

    assert named_list(["#16", "#18", "#19", "#20", "#22", "#24", "#25", "#26"]) == (
        "#16, 18–20, 22, 24–26")
    assert named_list([f"#{n}" for n in range(1, 33)]) == "#1–32"
    assert named_list(["#1", "#2", "#4", "#5", "#9"]) == "#1, 2, 4, 5, 9"
    assert named_list(["#1", "#4"]) == "#1, #4"  # (two: each named, as before)
    assert named_list(["#1", "A (left)", "#3"]) == "#1, A (left), #3"  # not all numbers
    assert named_list([]) == ""
