"""The tally of a generated mid-size corpus is pinned: a faster or restructured tally_facts must give
exactly the same facts, mentions, conflicts and variants.

The corpus is made here, from the seeds and a few paragraphs written for the purpose (hedges,
ranges, money, ages, written numbers, nested quotes, page furniture), varied by a seeded generator.
The expected tally is tests/fixtures/facts_generated.json. When a change to the facts is meant to
change results, regenerate it with `python tests/test_facts_same.py --write` and review the diff.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from seedreader.corpus import load_corpus, source_from_text
from seedreader.facts import tally_facts
from seedreader.models import Source

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "facts_generated.json"
ARTICLES = 20
ARTICLE_WORDS = 450

EXTRA = (
    ("Twelve people died when the Old Mill bridge collapsed on Tuesday, officials said. At least 30 "
     "people were injured and taken to four area hospitals."),
    ("The death toll from Tuesday's bridge collapse rose to 14, police said. The collapse also "
     "injured dozens of people, and 300 residents were evacuated from nearby homes."),
    ("The town's mayor, Ana Lopez, 58, said the bridge had been inspected in March 2023. \"We will "
     "find out what went wrong, and we will rebuild,\" Lopez said. She added: 'It isn't over.'"),
    ("Repairs will cost about $4.5 million, according to the council, or between 80 and 90 million "
     "pesos; a 31-year-old engineer said the work would take 10 to 15 weeks."),
    ("Inflation rose to more than 4 per cent in late 2024, up from nearly three percent, while "
     "unemployment fell by 0.5 percentage points to 5.1% between January 22–23 and Feb. 3."),
    ("“The ‘help’ we were offered was not help at all,” Garcia told reporters on Friday. “We don’t "
     "need it, and Mexico’s people know it,” he said, calling the plan “a non-starter.”"),
    ("See section 4.2 of the treaty, version 2.1, at https://example.org/2024/05/report-73 or "
     "write to press@example.gov.mx; case No. 5 and Route 66 are unrelated, as are 73 20 and 100M."),
    ("A dozen officials met for 45 minutes on 3 March 2025, and hundreds of troops stood by. "
     "« Nous verrons », said Reyes, aged 62, after a two-hour meeting on Sunday."),
    ("Officials from both countries are scheduled to meet on January 23rd to continue discussions, "
     "Ortiz said, adding that about 50 per cent of shipments had been stopped since 2019."),
    ("Trump said: \"We want 'total' cooperation, and we will get it.\" Smith, 45, replied that "
     "nearly 300 troops and up to $2bn were \"on the table\" for the first year."),
)
_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})*\b")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_MONTH_DAY = re.compile(r"\b(" + "|".join(_MONTHS) + r") (\d{1,2})\b")
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_NAMES = ("Sheinbaum", "Trump", "Rubio", "Lopez", "Garcia", "Ortiz", "Reyes", "Smith")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _vary(paragraph: str, rng: random.Random) -> str:
    def number(m: re.Match) -> str:
        return str(rng.randint(1, 400)) if rng.random() < 0.3 else m.group()

    def date(m: re.Match) -> str:
        return f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}" if rng.random() < 0.3 else m.group()

    def weekday(m: re.Match) -> str:
        return rng.choice(_WEEKDAYS) if rng.random() < 0.2 else m.group()

    paragraph = _MONTH_DAY.sub(date, paragraph)
    paragraph = _NUMBER.sub(number, paragraph)
    paragraph = _WEEKDAY.sub(weekday, paragraph)
    if rng.random() < 0.3:
        paragraph = paragraph.replace(rng.choice(_NAMES), rng.choice(_NAMES))
    return paragraph


def generated_articles(n: int = ARTICLES, seed: int = 13) -> list[Source]:
    """``n`` articles of seed paragraphs (two in three) and the ones above, varied; deterministic."""
    rng = random.Random(seed)
    seeds = [p for s in load_corpus().sources
             for seg, p in zip(s.segments, s.paragraphs, strict=True)
             if seg.kind == "paragraph" and len(p.split()) >= 12]
    out = []
    for i in range(n):
        paragraphs, words = [], 0
        while words < ARTICLE_WORDS:
            pool = EXTRA if rng.random() < 1 / 3 else seeds
            p = _vary(rng.choice(pool), rng)
            paragraphs.append(p)
            words += len(p.split())
        if i % 5 == 0:  # a trailing list of sources, which is not read
            paragraphs += ["Sources:", "- Reuters, January 12, 2026, 40 percent", "- AP, 15-minute call"]
        title = f"Generated report {i}: {' '.join(paragraphs[0].split()[:8])}"
        out.append(source_from_text("\n\n".join([title, *paragraphs]), id=f"g{i:02d}"))
    return out


def _tally_json() -> dict:
    return json.loads(json.dumps(tally_facts(generated_articles()).to_dict()))


def test_the_tally_of_a_generated_corpus_is_the_pinned_one():
    expected = json.loads(FIXTURE.read_text(encoding="utf-8"))
    got = _tally_json()
    assert got["sources"] == expected["sources"]
    assert len(got["facts"]) == len(expected["facts"])
    for g, e in zip(got["facts"], expected["facts"], strict=True):
        assert g == e
    assert got["conflicts"] == expected["conflicts"]
    assert got["variants"] == expected["variants"]


def test_the_generated_corpus_exercises_every_kind_and_links():
    expected = json.loads(FIXTURE.read_text(encoding="utf-8"))
    kinds = {f["kind"] for f in expected["facts"]}
    assert kinds == {"percent", "count", "money", "duration", "age", "date", "quote"}
    assert expected["conflicts"] and expected["variants"]
    assert any(f["support"] >= 5 for f in expected["facts"])


if __name__ == "__main__" and "--write" in sys.argv:
    FIXTURE.write_text(json.dumps(_tally_json(), ensure_ascii=False, separators=(",", ":")) + "\n",
                       encoding="utf-8")
    print(f"wrote {FIXTURE}")
