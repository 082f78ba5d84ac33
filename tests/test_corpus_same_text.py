"""Two files with the same text (one wire story filed twice) are both loaded, with a warning
naming them: each counts as a source, in the facts' support too (QA: a desk's exact duplicates
were counted twice with no word about it)."""

from __future__ import annotations

from seedreader import load_corpus, tally_facts

STORY = ("Seven people were killed when a train derailed near Calder Falls on Saturday, "
         "police said.\n\nThe line will stay closed until Monday.\n")


def test_a_file_with_another_ones_text_is_loaded_and_named_in_a_warning(tmp_path):
    (tmp_path / "a_wire.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b_copy.txt").write_text(STORY.replace("\n", "\r\n"), encoding="utf-8")
    (tmp_path / "c_other.txt").write_text(STORY.replace("Seven", "Eight"), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.ids == ("a_wire", "b_copy", "c_other")
    same = [w for w in corpus.warnings if "same text" in w]
    assert same == ["b_copy has the same text as a_wire: both count as sources, in the facts too"]
    sevens = [f for f in tally_facts(corpus).facts if (f.kind, f.value) == ("count", "7")]
    assert sevens and sevens[0].support == 2  # (what the warning says)


def test_different_texts_give_no_such_warning(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY + "\nMore to follow.\n", encoding="utf-8")
    assert not [w for w in load_corpus(tmp_path).warnings if "same text" in w]
    assert load_corpus().warnings == ()  # the seeds
