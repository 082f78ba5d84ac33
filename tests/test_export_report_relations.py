"""The corpus report's "who resembles whom": each sentence says what the numbers show (how much
of each source the other has word for word, the longest passage in common, which is dated
earlier, a third source both are more like), never a direction the dates do not give; a source
that quotes a sentence of another shares text with it however unalike the rest."""

from __future__ import annotations

import json
import re

from export_support import make_source

from seedreader import compare, load_corpus
from seedreader.export import render_report
from seedreader.export.common import NO_REWRITES
from seedreader.export.report import PASSAGE_WORDS, Relation, build_report
from seedreader.models import Corpus
from seedreader.overlap import overlap

RELEASE = [
    "Halvorsen Rail will open a new train factory in Leeds next spring, creating 400 jobs.",
    "The plant will build carriages for regional lines across the north of England.",
    "Chief executive Ingrid Halvorsen said the company had chosen Leeds for its skills.",
    "The company was founded in Trondheim in 1962 and employs 3,000 people worldwide.",
    "Construction of the halls starts in March, with the first carriages due in 2028.",
    "The city council will improve the road to the site and add a new bus route there.",
    "Training places for 120 apprentices will open with the local college next autumn.",
    "Halvorsen said the new works would use power from a nearby solar farm built for it.",
]
# Two stories that each copy part of the release: they share its words, not each other's.
STORY_A = RELEASE[:5] + ["Local councillors welcomed the news on Monday evening."]
STORY_B = RELEASE[2:8] + ["Unions asked for talks about pay before the factory opens."]
# A story of its own that quotes one sentence of the release.
QUOTING = [
    "Residents of Leeds gave the plan a cautious welcome at a packed meeting on Tuesday night.",
    ("One speaker read from the announcement: the company was founded in Trondheim in 1962 and "
     "employs 3,000 people worldwide, she noted, asking how many of them would move here."),
    "Others worried about lorries on the narrow lanes near the old colliery where it will stand.",
    "The council leader promised a public consultation before any planning decision is made.",
]


def _corpus(*sources):
    return Corpus(path=None, sources=tuple(sources))


def test_two_stories_of_one_release_are_not_called_a_rewrite_of_each_other():
    release = make_source("release", RELEASE, title="Release", published="2026-11-03")
    a = make_source("a", STORY_A, title="Story A", published="2026-11-03")
    b = make_source("b", STORY_B, title="Story B", published="2026-11-04")
    report = build_report(_corpus(release, a, b))
    pair = next(r for r in report.relations if {r.a.id, r.b.id} == {"a", "b"})
    sentence = pair.sentence(report.label)
    assert not re.search(r"#\d\S* reads as a rewrite of", sentence)  # no direction claimed
    assert "both are more like #1" in sentence
    # Whoever is dated earlier is the one named so (it read "#3 ... of #2, published earlier").
    assert "#2 is dated earlier (2026-11-03; #3: 2026-11-04)" in sentence
    # The release and a story: the story is nearly all in the release, the release only partly
    # in the story; the larger share comes first.
    copy = next(r for r in report.relations if {r.a.id, r.b.id} == {"release", "a"})
    o = overlap(compare(release, a))
    assert o.right_share > o.left_share
    assert copy.sentence(report.label).startswith(
        "one reads as a rewrite of the other, or both of one text; ")
    assert (f"; word for word, {o.right_share:.0%} of #2's words are in #1, "
        f"{o.left_share:.0%} of #1's in #2; ") in copy.sentence(report.label)
    assert "both are dated 2026-11-03" in copy.sentence(report.label)


def test_shares_are_the_overlap_of_each_pair_whatever_the_base():
    release = make_source("release", RELEASE, title="Release")
    a = make_source("a", STORY_A, title="Story A")
    b = make_source("b", STORY_B, title="Story B")
    corpus = _corpus(release, a, b)
    for base in (None, "b"):
        report = build_report(corpus, base)
        for i, x in enumerate(corpus.sources):
            for j, y in enumerate(corpus.sources):
                if i < j:
                    o = overlap(compare(x, y))
                    assert report.share(i, j) == o.left_share and report.share(j, i) == o.right_share


def test_a_story_quoting_one_sentence_shares_text_and_says_how_long():
    release = make_source("release", RELEASE, title="Release", published="2026-11-03")
    quoting = make_source("quoting", QUOTING, title="Meeting", published="2026-11-05")
    report = build_report(_corpus(release, quoting))
    (relation,) = report.relations
    assert relation.similarity < 0.2  # unalike on the whole
    assert relation.passage >= PASSAGE_WORDS and relation.verdict == "shared"
    sentence = relation.sentence(report.label)
    assert f"their longest passage in common is {relation.passage} words" in sentence
    assert "#1 is dated earlier (2026-11-03; #2: 2026-11-05)" in sentence
    md = render_report(_corpus(release, quoting), "md")
    assert "- **#1 and #2**" in md and NO_REWRITES not in md
    data = json.loads(render_report(_corpus(release, quoting), "json"))
    (rel,) = data["relations"]
    assert rel["verdict"] == "shared" and rel["longest_passage"] == relation.passage


def test_separate_reports_sharing_only_short_phrases_stay_separate():
    seeds = load_corpus()
    report = build_report(seeds)
    for relation in report.relations:
        if relation.similarity < 0.2:
            assert relation.verdict == "independent" and relation.passage < PASSAGE_WORDS
    # The two rewrites of one wire story: no date, no third source, the shares both ways.
    top = report.relations[0]
    assert top.verdict == "rewrite"
    assert top.sentence(report.label).startswith(
        "one reads as a rewrite of the other, or both of one text; word for word, ")
    assert "dated" not in top.sentence(report.label)


def test_no_date_clause_without_two_iso_dates():
    a = make_source("a", ["x y z"], published="2026-11-03")
    b = make_source("b", ["x y z"], published="Tuesday")
    report = build_report(_corpus(a, b))
    assert "dated" not in report.relations[0].sentence(report.label)


def test_the_matrix_of_shares_reads_one_way_in_every_format():
    release = make_source("release", RELEASE, title="Release")
    a = make_source("a", STORY_A, title="Story A")
    corpus = _corpus(release, a)
    report = build_report(corpus)
    o = overlap(compare(release, a))
    md = render_report(corpus, "md")
    section = md[md.index("### Word for word"):]
    assert f"| **#2** | {o.right_share:.0%} | — |" in section
    assert f"| **#1** | — | {o.left_share:.0%} |" in section
    html = render_report(corpus, "html")
    assert '<table class="matrix shared">' in html
    data = json.loads(render_report(corpus, "json"))
    assert data["overlap"] == {"ids": ["release", "a"],
                               "words": [o.left_words, o.right_words],
                               "shared": [[o.left_words, o.left_shared],
                                          [o.right_shared, o.right_words]]}
    assert report.share(1, 0) == o.right_share


def test_a_relation_made_by_hand_keeps_its_verdict_sentence():
    a = make_source("a", ["x"], published="2026-01-12")
    b = make_source("b", ["y"], published="2026-01-13")
    assert Relation(a, b, 0.3).sentence(lambda s: s.id) == "they share passages or a common source"
    assert Relation(a, b, 0.05, passage=PASSAGE_WORDS).verdict == "shared"
    assert str(PASSAGE_WORDS) in NO_REWRITES
