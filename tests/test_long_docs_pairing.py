"""Long structured documents (bills, licences): a clause's leading enumerator ("4.2", "(a)",
"3.", "Part 6 —") is its place in the document, not what it says. It must neither make two
unrelated clauses pair (a shared number weighs as a fact) nor keep a renumbered clause from its
counterpart; numbers inside a clause's text still count."""

from __future__ import annotations

import pytest

from seedreader import compare
from seedreader.labels import without_labels
from seedreader.pairing import pair_paragraphs

_SCOPE = [
    "# Online Safety Bill (version {v})",
    "## Part 1 — Scope",
    "1.1 This Act may be cited as the Online Safety Act 2026.",
    "1.2 This Act extends to the whole of the United Kingdom.",
]
_REPORTING = [
    "## Part {p} — Transparency reporting",
    ("{p}.1 A provider must publish a transparency report at least once every six months, in the"
    " form the regulator sets out in guidance."),
    ("{p}.2 The regulator may, by notice, require a provider to publish additional information in"
    " a transparency report, where it considers the information necessary."),
]
_RETENTION = [
    "## Part {p} — Retention of data",
    ("{p}.1 A provider must retain the records of each risk assessment for a period of six years"
    " from the date on which the assessment was completed."),
    ("{p}.2 Records retained under this Part must be stored securely and must not be used for any"
    " other purpose."),
]
_APPEALS = [
    "## Part {p} — Appeals",
    ("{p}.1 A provider may appeal to the Upper Tribunal against a decision of the regulator to"
    " impose a penalty, within 30 days of the day on which notice of the decision is given."),
    ("{p}.2 The Upper Tribunal must decide the appeal by applying the principles that a court"
    " would apply on an application for judicial review."),
]
_NEW = ("1.3 \"Online service\" means an internet service that allows users to share content"
        " with, or to contact, other users.")


def _part(lines, p):
    return [line.format(p=p) for line in lines]


def _bills():
    """v2 adds 1.3, moves Appeals from Part 4 to Part 2 and Reporting from Part 2 to Part 3,
    and deletes Part 3 (Retention)."""
    v1 = [s.format(v=1) for s in _SCOPE] + _part(_REPORTING, 2) + _part(_RETENTION, 3) + \
        _part(_APPEALS, 4)
    v2 = [s.format(v=2) for s in _SCOPE] + [_NEW] + _part(_APPEALS, 2) + _part(_REPORTING, 3)
    return "\n\n".join(v1) + "\n", "\n\n".join(v2) + "\n"


def _index(paragraphs, needle):
    found = [k for k, p in enumerate(paragraphs) if needle in p]
    assert len(found) == 1, (needle, found)
    return found[0]


def _partner(comparison, needle):
    """The right paragraphs paired with the left paragraph holding ``needle`` (() if none)."""
    i = _index(comparison.left.paragraphs, needle)
    for block in comparison.blocks:
        if i in block.left:
            return tuple(comparison.right.paragraphs[j] for j in block.right)
    raise AssertionError(needle)


def test_renumbered_clauses_pair_with_their_counterparts_wherever_they_moved():
    c = compare(*_bills())
    for clause, number in [("publish a transparency report", "3.1"),
                           ("require a provider to publish additional", "3.2"),
                           ("appeal to the Upper Tribunal", "2.1"),
                           ("must decide the appeal", "2.2")]:
        partner = _partner(c, clause)
        assert len(partner) == 1 and partner[0].startswith(number) and clause in partner[0]


def test_a_moved_part_heading_pairs_with_its_renumbered_heading():
    c = compare(*_bills())
    assert _partner(c, "Part 2 — Transparency reporting") == ("## Part 3 — Transparency reporting",)
    assert _partner(c, "Part 4 — Appeals") == ("## Part 2 — Appeals",)


def test_a_deleted_part_stands_alone_though_its_numbers_live_on():
    c = compare(*_bills())
    assert _partner(c, "Part 3 — Retention of data") == ()
    assert _partner(c, "retain the records of each risk assessment") == ()
    assert _partner(c, "stored securely") == ()


def test_a_new_clause_is_only_in_b_and_the_clauses_around_it_keep_their_partners():
    c = compare(*_bills())
    j = _index(c.right.paragraphs, "Online service")
    kinds = [b.kind for b in c.blocks if j in b.right]
    assert kinds == ["right_only"]
    assert _partner(c, "1.2 This Act extends") == (
        "1.2 This Act extends to the whole of the United Kingdom.",)


def test_unrelated_clauses_that_share_only_their_number_do_not_pair():
    left = ["Part 1 — General", ("4.2 The regulator may require a provider to publish"
            " additional information in a transparency report."),
            "4.3 A report must remain available for three years."]
    right = ["Part 1 — General", ("4.2 A provider may appeal to the tribunal against a penalty"
             " within thirty days of the notice."),
             "4.3 A report must remain available for three years."]
    matches = pair_paragraphs(left, right)
    assert (1,) not in [m.left for m in matches]


def test_numbers_inside_a_clause_still_count():
    # the same clause but for its figure, among others that share the words but not the number
    left = ["The fine is at most £18 million for a provider that fails the duty.",
            "The penalty notice must be given within 28 days of the finding."]
    right = ["The penalty notice must be given within 21 days of the finding.",
             "A different paragraph entirely about reporting duties and guidance.",
             "The fine is at most £18 million for a provider that fails the duty."]
    matches = {m.left: m.right for m in pair_paragraphs(left, right)}
    assert matches[(0,)] == (2,)
    assert matches[(1,)] == (0,)


@pytest.mark.parametrize(("text", "expected"), [
    ("4.2 The regulator may", "The regulator may"),
    ("(a) the number of users", "the number of users"),
    ("(iv) the fourth", "the fourth"),
    ("b) the second", "the second"),
    ("3. You may copy", "You may copy"),
    ("2.3 \"Child\" means", "\"Child\" means"),
    ("Part 6 — Transparency reporting", "Transparency reporting"),
    ("Section 4: Definitions", "Definitions"),
    ("Article 12 Freedom of expression", "Freedom of expression"),
    ("Chapter IV — Enforcement", "Enforcement"),
    ("§ 4 Scope", "Scope"),
    ("(a) first\n(b) second", "first\nsecond"),
    ("## Part 2 — Appeals", "Appeals"),
])
def test_leading_labels_are_dropped(text, expected):
    assert without_labels(text) == expected


@pytest.mark.parametrize("text", [
    "3.5 million people were affected.",  # a figure, not a clause number
    "Section 4 of the Act applies.",  # a reference to a clause
    "Part 6 extends to England and Wales only.",
    "2024. The year began badly.",
    "12.",  # nothing but a label: kept
    "Part 6",
    "A) not a label of ours",
    "Mr. Smith said 4.2 was the figure.",
    "Sections 3 to 5 apply.",
])
def test_text_that_only_looks_like_a_label_is_kept(text):
    assert without_labels(text) == text


def test_clauses_merged_inside_a_moved_part_pair_as_a_merge():
    # The merged clause and its two halves fall in different windows (the part moved): the
    # pass over what is left finds the merge, not just one half.
    v1 = [s.format(v=1) for s in _SCOPE] + _part(_REPORTING, 2) + _part(_APPEALS[:2], 3) + [
        ("3.2 The Upper Tribunal must decide the appeal by applying the principles of judicial"
        " review."),
        ("3.3 The Upper Tribunal may confirm the decision, quash it, or reduce the amount of the"
        " penalty."),
        "## Part 4 — Commencement", "4.1 This Act comes into force on 1 October 2027."]
    v2 = [s.format(v=2) for s in _SCOPE] + _part(_APPEALS[:2], 2) + [
        ("2.2 The Upper Tribunal must decide the appeal by applying the principles of judicial"
        " review, and may confirm the decision, quash it, or reduce the amount of the penalty.")] + \
        _part(_REPORTING, 3) + ["## Part 4 — Commencement",
                                "4.1 This Act comes into force on 1 April 2028."]
    c = compare("\n\n".join(v1) + "\n", "\n\n".join(v2) + "\n")
    i = _index(c.left.paragraphs, "must decide the appeal")
    j = _index(c.right.paragraphs, "must decide the appeal")
    [block] = [b for b in c.blocks if i in b.left]
    assert block.left == (i, i + 1) and block.right == (j,)


def _only_block(left, right, spans=True):
    c = compare(left, right, spans=spans)
    [block] = c.blocks
    return block


@pytest.mark.parametrize("spans", [True, False])
def test_a_clause_only_renumbered_is_the_same_clause_with_its_number_changed(spans):
    # (the same clause: it pairs; its new number is an ordinary change, as what reads as a
    # clause's number may be a figure or a time that matters: tests/test_mend_s9_pair.py)
    left = "2.4 \"Risk assessment\" means an assessment carried out in accordance with Part 3."
    right = "2.5 \"Risk assessment\" means an assessment carried out in accordance with Part 3."
    block = _only_block(left, right, spans)
    assert block.kind == "changed" and block.left == (0,) and block.right == (0,)
    if spans:
        changes = [(s.op, s.text, s.minor) for s in block.spans if s.op != "equal"]
        assert changes == [("delete", "2.4", False), ("insert", "2.5", False)]


@pytest.mark.parametrize("spans", [True, False])
@pytest.mark.parametrize(("left", "right"), [
    ("Part 4 — Transparency reporting", "Part 6 — Transparency reporting"),
    ("(a) the number of users who are children;\n(b) the features of the service;",
     "(b) the number of users who are children;\n(c) the features of the service;"),
])
def test_renumbered_headings_and_items_pair_and_show_the_change(left, right, spans):
    block = _only_block(left, right, spans)
    assert block.kind == "changed" and block.left == (0,) and block.right == (0,)


@pytest.mark.parametrize("spans", [True, False])
@pytest.mark.parametrize(("left", "right"), [
    # a number inside the clause: a change, renumbered or not
    ("2.5 \"Transparency report\" means a report published under Part 4.",
     "2.6 \"Transparency report\" means a report published under Part 6."),
    ("2.5 \"Transparency report\" means a report published under Part 4.",
     "2.5 \"Transparency report\" means a report published under Part 6."),
    ("5.2 The penalty is up to £18 million.", "5.3 The penalty is up to £20 million."),
    # a figure that starts a sentence is no clause number
    ("3.5 million people were affected.", "4.5 million people were affected."),
    ("Section 4 of the Act applies.", "Section 5 of the Act applies."),
])
def test_a_renumbered_clause_with_another_change_is_changed(left, right, spans):
    assert _only_block(left, right, spans).kind == "changed"
