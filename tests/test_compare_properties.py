"""compare() invariants over random texts: shuffled, split, merged, edited, dropped paragraphs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_align import check_invariants

from seedreader import compare
from seedreader.models import Segment, Source
from seedreader.pairing import anchor_key

WORDS = ["report", "minister", "border", "trade", "fentanyl", "cartel", "call", "talks", "week", "January", "security", "agreed", "denied", "12", "14", "50%", "2.5", "40,000", "U.S.", "co-ordination", "“own”", "'own'", "the", "a", "of", "and", "said", "per", "cent", "percent", "harbour", "storm", "ships", "quote", "Monday"]

word = st.sampled_from(WORDS)
sentence = st.lists(word, min_size=3, max_size=12).map(lambda ws: " ".join(ws).capitalize() + ".")
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
document = st.lists(paragraph, min_size=0, max_size=12)


def source(paragraphs: list[str], id: str) -> Source:
    text, segments, pos = "", [], 0
    for p in paragraphs:
        if text:
            text += "\n\n"
            pos += 2
        text += p
        segments.append(Segment(pos, pos + len(p)))
        pos += len(p)
    return Source(id=id, title=id, text=text, segments=tuple(segments))


@st.composite
def edited(draw, base: list[str]) -> list[str]:
    """``base`` after random edits of the kinds outlets make."""
    out = list(base)
    for _ in range(draw(st.integers(0, 6))):
        if not out:
            out.append(draw(paragraph))
            continue
        k = draw(st.integers(0, len(out) - 1))
        op = draw(st.sampled_from(["move", "split", "merge", "edit", "drop", "insert"]))
        if op == "move":
            p = out.pop(k)
            out.insert(draw(st.integers(0, len(out))), p)
        elif op == "split":
            words = out[k].split(" ")
            if len(words) > 1:
                cut = draw(st.integers(1, len(words) - 1))
                out[k:k + 1] = [" ".join(words[:cut]), " ".join(words[cut:])]
        elif op == "merge" and k + 1 < len(out):
            out[k:k + 2] = [out[k] + " " + out[k + 1]]
        elif op == "edit":
            words = out[k].split(" ")
            words[draw(st.integers(0, len(words) - 1))] = draw(word)
            out[k] = " ".join(words)
        elif op == "drop":
            out.pop(k)
        else:
            out.insert(k, draw(paragraph))
    return out


@st.composite
def pairs(draw):
    base = draw(document)
    return base, draw(edited(base))


def check(c) -> None:
    check_invariants(c)
    for b in c.blocks:
        if b.kind == "same":
            assert not any(s.op != "equal" and not s.minor for s in b.spans)


@settings(max_examples=120, deadline=None)
@given(pairs())
def test_invariants_hold_after_random_edits(pair):
    left, right = pair
    check(compare(source(left, "l"), source(right, "r")))


@settings(max_examples=40, deadline=None)
@given(pairs())
def test_invariants_hold_from_plain_strings(pair):
    left, right = pair
    check(compare("\n\n".join(left), "\n\n".join(right)))


@settings(max_examples=60, deadline=None)
@given(st.lists(paragraph, min_size=1, max_size=10, unique_by=anchor_key),
       st.randoms(use_true_random=False))
def test_a_shuffle_pairs_every_paragraph_with_itself(paragraphs, rnd):
    shuffled = list(paragraphs)
    rnd.shuffle(shuffled)
    c = compare(source(paragraphs, "l"), source(shuffled, "r"))
    check(c)
    for b in c.blocks:
        assert b.kind in ("same", "moved")
        assert [paragraphs[i] for i in b.left] == [shuffled[j] for j in b.right]
    in_place = [b for b in c.blocks if b.kind == "same"]
    assert [b.right for b in in_place] == sorted(b.right for b in in_place)


@settings(max_examples=40, deadline=None)
@given(document)
def test_a_document_against_itself_is_all_same(paragraphs):
    c = compare(source(paragraphs, "l"), source(paragraphs, "r"))
    assert [b.kind for b in c.blocks] == ["same"] * len(paragraphs)
    assert c.similarity == 1.0
