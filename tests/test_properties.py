"""Properties across modules over hostile text: files -> load_corpus -> compare() -> exports, and
tally_facts(). No exception on any input; the invariants users rely on always hold; nothing that
could drive a terminal survives cleaning or reaches an export.

The counts follow the hypothesis profile (tests/conftest.py): fast by default, many more with
SEEDREADER_HYPOTHESIS_PROFILE=long.

Single-module properties live with their modules and are not repeated here: decoding any bytes
and any INDEX.md text (test_corpus.py), segmenting any text and idempotence (test_segment.py),
tokens and spans rebuilding any text (test_worddiff.py), compare() invariants over paraphrased
word-list documents (test_compare_properties.py), tally offsets over figure/date/quote pieces
(test_facts_tally.py).
"""

from __future__ import annotations

import codecs
import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_align import check_invariants

from seedreader import compare, load_corpus, tally_facts
from seedreader.corpus import source_from_text
from seedreader.errors import SeedreaderError
from seedreader.export import render_pair
from seedreader.facts import render_facts

# What cleaned text must never hold: C0 but tab and newline, DEL, C1, bidi embeddings, overrides
# and isolates, and the invisible characters sanitize removes.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff"
                     "\u00ad\ud800-\udfff]")
SECRET = "SECRET-OUTSIDE"

HOSTILE = st.sampled_from([
    "\x1b[31m", "\x1b[5m", "\x1b]0;T\x07", "\x1b]8;;http://x.example\x07", "\x1b]2;t\x1b\\", "\x1b",
    "\x1bPq\x1b\\", "\x9b1m", "\x9d0;x\x9c", "\x07", "\x00", "\x08", "\x7f", "\x85", "\u2028",
    "\u202e", "\u2066", "\u2069", "\u200b", "\u200d", "\u200f", "\ufeff", "\u00ad", "e\u0301",
    "\u0301", "\ud800", "👍🏽", "👨‍👩‍👧", "🇲🇽", "港口因风暴关闭", "東京の港は閉鎖", "قالت الرئيسة",
    "הנמל ייפתח", "١٢٣", "５０％", "50\u00a0%", "[bold]", "[/]", "[@click=app.quit]x[/]", "[/foo]",
    "<script>", "</td>", "&amp;", "`", "*", "|", "#", "\r\n", "\r", "\n", "\n\n", "\t", " ",
])
FACTS = st.sampled_from([
    "50%", "50 per cent", "about", "40,000", "12 people", "January 23", "Jan. 22–23", "$4.5m",
    "aged 58", "“We will reopen,” she said.", "‘no’", "Monday", "three days", "killed", ".", ",",
])
WORDS = st.sampled_from(["storm", "harbour", "port", "ships", "said", "the", "minister", "Storm",
                         "closed", "reopen", "cargo", "week"])
PIECE = st.one_of(HOSTILE, FACTS, WORDS, st.just(" "), st.text(max_size=6))
TEXT = st.lists(PIECE, max_size=30).map("".join)
PARAGRAPHS = st.lists(st.lists(st.one_of(WORDS, FACTS, HOSTILE), min_size=1, max_size=12)
                      .map(" ".join), min_size=0, max_size=6)


def assert_clean(text: str, what: str) -> None:
    found = CONTROL.findall(text)
    assert not found, f"{what}: {[hex(ord(c)) for c in found]}"


# --- files on disk -> load_corpus -------------------------------------------------------------------
def encoded(text: str, how: str) -> bytes:
    if how == "utf-16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le", "surrogatepass")
    if how == "utf-8-sig":
        return codecs.BOM_UTF8 + text.encode("utf-8", "surrogatepass")
    if how in ("latin-1", "cp1252"):
        return text.encode(how, "replace")
    return text.encode("utf-8", "surrogatepass")  # lone surrogates: invalid UTF-8 on purpose


FILE = st.one_of(
    st.binary(max_size=200),
    st.tuples(TEXT, st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "latin-1", "cp1252"]))
    .map(lambda pair: encoded(*pair)),
)
INDEX_ROW = st.sampled_from([
    "| {name} | [bold]T[/] |", "| {name} | \x1b]0;x\x07T |", "| ../outside.txt | up |",
    "| {outside} | abs |", "| link.txt | out |", "| {name} | dup |", "| missing.txt | m |",
    "| {name} | a | b | c | d |", "| | no file |", "|---|---|",
])


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(FILE, min_size=1, max_size=4), st.none() | st.lists(INDEX_ROW, max_size=6),
       st.data())
def test_any_folder_of_files_loads_clean_text_or_says_why(files, rows, data):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        outside = root / "outside.txt"
        outside.write_text(f"{SECRET} words outside the corpus.\n")
        folder = root / "corpus"
        folder.mkdir()
        names = [f"f{i}.txt" for i in range(len(files))]
        for name, content in zip(names, files):
            (folder / name).write_bytes(content)
        (folder / "link.txt").symlink_to(outside)
        if rows is not None:
            lines = ["| file | title |", "|---|---|"] + [
                row.format(name=data.draw(st.sampled_from(names)), outside=outside)
                for row in rows]
            (folder / "INDEX.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
        try:
            corpus = load_corpus(folder)
        except SeedreaderError as exc:
            assert "holds no readable articles" in str(exc)
            assert_clean(str(exc), "error")
            return
    assert len(set(corpus.ids)) == len(corpus)
    for source in corpus:
        assert_clean(source.text, source.id)
        assert_clean(source.title + source.id, "title/id")
        assert source.paragraphs and source.text == "\n\n".join(source.paragraphs)
        assert "\n" not in source.title and SECRET not in source.text
    for warning in corpus.warnings:
        assert "\n" not in warning
        assert_clean(warning, "warning")


# --- compare() and the exports --------------------------------------------------------------------------
@st.composite
def edited_pair(draw) -> tuple[str, str]:
    """Hostile paragraphs and a copy with the edits outlets make (drop, insert, edit, move)."""
    left = draw(PARAGRAPHS)
    right = list(left)
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["drop", "insert", "edit", "move"]))
        if op == "insert" or not right:
            right.insert(draw(st.integers(0, len(right))), draw(TEXT))
            continue
        k = draw(st.integers(0, len(right) - 1))
        if op == "drop":
            right.pop(k)
        elif op == "edit":
            words = right[k].split(" ")
            words[draw(st.integers(0, len(words) - 1))] = draw(PIECE)
            right[k] = " ".join(words)
        else:
            right.insert(draw(st.integers(0, len(right) - 1)), right.pop(k))
    return "\n\n".join(left), "\n\n".join(right)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(edited_pair())
def test_compare_and_every_export_hold_on_hostile_text(pair):
    left, right = (source_from_text(text, id=side) for text, side in zip(pair, ("l", "r")))
    comparison = compare(left, right)
    check_invariants(comparison)  # each index in one block; spans rebuild both sides exactly
    for block in comparison.blocks:
        for span in block.spans:
            assert_clean(span.text, "span")
    json.dumps(comparison.to_dict())
    for fmt in ("text", "json", "md", "html"):
        assert_clean(render_pair(comparison, fmt), fmt)
    assert "<script" not in render_pair(comparison, "html").lower()
    assert "<script>" not in render_pair(comparison, "md")
    coloured = render_pair(comparison, "text", color=True)
    for sequence in re.findall(r"\x1b[^a-zA-Z]*[a-zA-Z]?", coloured):  # only colours
        assert re.fullmatch(r"\x1b\[[0-9;]*m", sequence), repr(sequence)
    assert_clean(re.sub(r"\x1b\[[0-9;]*m", "", coloured), "coloured text")


@given(PARAGRAPHS.map("\n\n".join))
def test_hostile_text_against_itself_is_all_same(text):
    source = source_from_text(text)
    comparison = compare(source, source)
    assert all(block.kind == "same" for block in comparison.blocks)
    assert len(comparison.blocks) == len(source.paragraphs)


# --- tally_facts() --------------------------------------------------------------------------------------
@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.one_of(FACTS, HOSTILE, WORDS, st.just(" ")), max_size=40)
                .map("".join), min_size=1, max_size=3))
def test_tally_facts_offsets_hold_on_hostile_sources(texts):
    sources = [source_from_text(text, id=f"s{i}") for i, text in enumerate(texts)]
    by_id = {s.id: s for s in sources}
    tally = tally_facts(sources)
    for fact in tally.facts:
        assert_clean(fact.value + fact.about + (fact.qualifier or "") + (fact.speaker or ""), "fact")
        for mention in fact.mentions:
            source = by_id[mention.source]
            assert source.text[mention.start:mention.end] == mention.text
            segment = source.segments[mention.paragraph]
            assert segment.start <= mention.start <= mention.end <= segment.end
    json.dumps(tally.to_dict())
    for fmt in ("text", "json", "csv"):
        assert_clean(render_facts(tally, fmt), fmt)
