"""Raw HTML and character references in .md articles (QA round 4: "<br>", "&amp;", "<p>" and a
script's "alert('x')" reached the text, the diffs and the facts)."""

from __future__ import annotations

from pathlib import Path

from seedreader import load_corpus, tally_facts
from seedreader.corpus import source_from_text
from seedreader.strip_markdown import plain_markdown

LOCAL = ("# Boil order for Riverton\n\n"
         "The notice will last at least 48 hours, the mayor said. The spill happened at 6:40 a.m. "
         "on March 3, 2026.<br>Schools stay closed Wednesday &amp; Thursday.\n\n"
         "<p>Hartline Logistics said it was cooperating.</p>\n"
         "<script>alert('x')</script>\n")


def md(text):
    return source_from_text(text, id="m", path=Path("m.md"))


def test_tags_go_and_references_are_decoded_as_a_reader_sees_them():
    assert md(LOCAL).paragraphs == (
        "Boil order for Riverton",
        ("The notice will last at least 48 hours, the mayor said. The spill happened at 6:40 a.m. "
         "on March 3, 2026."),
        "Schools stay closed Wednesday & Thursday.",
        "Hartline Logistics said it was cooperating.")


def test_a_scripts_content_is_no_quote_of_the_article(tmp_path):
    (tmp_path / "local.md").write_text(LOCAL + "\nShe said \"we are ready\" on Monday.\n",
                                       encoding="utf-8")
    quotes = [f.value for f in tally_facts(load_corpus(tmp_path)).facts if f.kind == "quote"]
    assert quotes == ["we are ready"]


def test_pocket_markup_blocks_images_and_named_and_numbered_references():
    text = ('<div class="article-body">\n'
            "<p>The tanker overturned at 6:40 a.m. on Route 9.</p>\n"
            "<p>Officials said &quot;no chances&quot; would be taken &mdash; the mayor&#8217;s "
            "words&#x2E;</p>\n</div>\n\n"
            '<img src="https://t.example/p.gif" width="1"\n height="1">\n\n'
            "<STYLE type=text/css>p { color: red }</STYLE>A <span>last</span> line.")
    assert md(text).paragraphs == (
        "The tanker overturned at 6:40 a.m. on Route 9.",
        "Officials said \"no chances\" would be taken — the mayor’s words.",
        "A last line.")


def test_decoded_references_are_sanitized():
    # a bidi override, an escape, a line break and a NUL written as references come out as nothing
    # (or a space): never as the characters the sanitizer removes
    text = "Storm &#x202E;hits&#x202C; the &#27;[31mcoast&#10;today &#0; &#xD800;now.\n"
    plain = plain_markdown(text)
    assert "\u202e" not in plain and "\x1b" not in plain and "\x00" not in plain
    assert plain.count("\n") == text.count("\n")
    assert plain.startswith("Storm hits the [31mcoast today")


def test_what_is_not_html_stays_text():
    assert plain_markdown("Copyright <year>  <name of author>, a <b and AT&T's R&D.") == (
        "Copyright <year>  <name of author>, a <b and AT&T's R&D.")
    assert plain_markdown("The <bridge> and <brick> &unknownthing; stay.") == (
        "The <bridge> and <brick> &unknownthing; stay.")


def test_html_in_a_fenced_code_block_stays():
    text = "Example:\n\n```\n<p>kept &amp; shown</p>\n```\n\n<p>gone</p>"
    assert plain_markdown(text).split("\n") == ["Example:", "", "", "<p>kept &amp; shown</p>", "",
                                                "", "", "", "gone", "", ""]


def test_an_unclosed_script_hides_nothing_after_it_and_is_read_once():
    n = 50_000
    text = "<script>word " * n
    assert plain_markdown(text) == "word " * n
    assert plain_markdown("<script>a</script> b <script>c") == " b c"


def test_a_txt_article_is_what_it_says():
    source = source_from_text("Storm &amp; rain<br>hit the coast on Monday.", id="t",
                              path=Path("t.txt"))
    assert source.paragraphs == ("Storm &amp; rain<br>hit the coast on Monday.",)
