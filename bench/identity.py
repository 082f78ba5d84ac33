"""Write every output of the engine that a speed change must not alter, for `diff -r`.

    python bench/identity.py /tmp/before      # on the tree before the change
    python bench/identity.py /tmp/after       # on the tree after it
    diff -r /tmp/before /tmp/after            # must print nothing

Outputs: `compare().to_dict()` of the 20 ordered seed pairs, of gpl-2/gpl-3 both ways and of
perturbed copies of GPL texts and seeds; the facts of the seeds and of 200 generated articles;
the Vim pairs (hashed: megabytes); and, for every corpus, seed and test file, hashes of the cleaned
text, paragraphs, segment kinds, content words, tokens and token keys. Each run uses its own
string-hash seed, so a result that depends on set order shows up as a difference too.
The corpora come from ../shared (next to the checkout); without it those outputs are left out.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from bench_compare import perturb
from run import shared_file

SRC = Path(__file__).resolve().parents[1] / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

from seedreader import compare, load_corpus, tally_facts, tokens
from seedreader.corpus import source_from_text

TESTS = Path(__file__).resolve().parents[1] / "tests"


def digest(obj: object) -> str:
    return hashlib.sha256(json.dumps(obj, ensure_ascii=False).encode()).hexdigest()


def write_all(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)

    def write(name: str, obj: object) -> None:
        (out / name).write_text(json.dumps(obj, ensure_ascii=False, indent=0, sort_keys=True),
                                encoding="utf-8")

    seeds = load_corpus()
    for x in seeds.sources:
        for y in seeds.sources:
            if x is not y:
                write(f"seed_{x.id[:3]}_{y.id[:3]}.json", compare(x, y).to_dict())
    write("seed_facts.json", tally_facts(seeds).to_dict())
    for x in seeds.sources[:3]:
        for s in range(1, 6):
            edited = perturb(x.text, s, drop=0.1, edit=0.08, move=0.1)
            write(f"seedp_{x.id[:3]}_{s}.json", compare(x, edited).to_dict())

    texts = {name: path.read_text(encoding="utf-8")
             for name in ("gpl-2.txt", "gpl-3.txt", "vim-version7.txt", "vim-version8.txt")
             if (path := shared_file("corpora", name)) is not None}
    if "gpl-2.txt" in texts and "gpl-3.txt" in texts:
        g2, g3 = texts["gpl-2.txt"], texts["gpl-3.txt"]
        write("gpl_23.json", compare(g2, g3).to_dict())
        write("gpl_32.json", compare(g3, g2).to_dict())
        for s in range(1, 6):
            write(f"gpl3_p{s}.json", compare(g3, perturb(g3, s)).to_dict())
            write(f"gpl2_p{s}.json", compare(perturb(g2, s + 10, edit=0.1), g2).to_dict())
    if "vim-version7.txt" in texts and "vim-version8.txt" in texts:
        v7, v8 = texts["vim-version7.txt"], texts["vim-version8.txt"]
        c = compare(v7 + v8, perturb(v7 + v8, 6))
        write("vim_perturbed.json", {"sim": c.similarity, "blocks": digest(c.to_dict())})
        c = compare(v7, v8)
        write("vim_78.json", {"sim": c.similarity, "blocks": digest(c.to_dict())})

    from bench_facts import articles
    write("facts_generated.json", digest(tally_facts(articles(200, seed=3)).to_dict()))

    every = dict(texts)
    every.update((x.id, x.text) for x in seeds.sources)
    for path in sorted(TESTS.rglob("*")):
        if path.is_file() and path.suffix in (".txt", ".md") and path.stat().st_size < 2_000_000:
            try:
                every[str(path.relative_to(TESTS))] = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                pass
    units = {}
    for name, text in every.items():
        source = source_from_text(text, id="x")
        paragraphs = list(source.paragraphs)
        toks = [tokens.tokenize(p) for p in paragraphs]
        units[name] = {
            "text": digest(source.text), "paragraphs": digest(paragraphs),
            "kinds": digest([seg.kind for seg in source.segments]),
            "content": digest([tokens.content_words(p) for p in paragraphs]),
            "content_50": digest([tokens.content_words(p, 50) for p in paragraphs]),
            "tokens": digest(toks), "keys": digest([[tokens.token_key(t) for t in ts] for ts in toks]),
        }
    write("units.json", units)
    return len(list(out.iterdir()))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.split("\n\n")[1])
    print(f"{write_all(Path(sys.argv[1]))} files written to {sys.argv[1]}")
