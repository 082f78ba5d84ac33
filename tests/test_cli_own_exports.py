"""Every file seedreader writes, in every format and under any name, is recognised as its own
export when the folder it was written into is read again (a folder without INDEX.md): never
taken for an article. And text that merely looks similar still is an article."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from seedreader import load_corpus
from seedreader.cli import main
from seedreader.export.common import is_export

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """Three seed articles, no INDEX.md."""
    out = tmp_path_factory.mktemp("own") / "corpus"
    out.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(path, out / path.name)
    return out


def _written(folder: Path, argv: list[str], name: str) -> str:
    """Run ``argv`` writing ``folder/name`` (a .txt or .md name: what loading reads)."""
    target = folder / name
    assert main([*argv, "-o", str(target), "--force"]) == 0
    return target.read_text(encoding="utf-8")


CASES = [
    # (verb arguments without the corpus, how the corpus is passed)
    *[(["diff", "1", "2", "--format", fmt], "flag") for fmt in ("text", "json", "html", "md")],
    (["diff", "1", "2", "--format", "text", "--color", "always"], "flag"),
    *[(["facts", "--format", fmt, *opts], "positional")
      for fmt in ("text", "json", "csv")
      for opts in ([], ["--kind", "count"], ["--min-support", "2"],
                   ["--kind", "percent", "--min-support", "2"])],
    *[(["export", "--format", fmt, *opts], "positional")
      for fmt in ("html", "md", "json") for opts in ([], ["--base", "2"])],
]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize(("argv", "how"), CASES, ids=lambda v: "-".join(v) if isinstance(v, list) else v)
def test_every_export_is_left_out_when_its_folder_is_read_again(folder, capsys, argv, how, suffix):
    articles = [s.id for s in load_corpus(folder).sources]
    assert len(articles) == 3
    verb, rest = argv[0], argv[1:]
    corpus = ["--corpus", str(folder)] if how == "flag" else [str(folder)]
    name = "out-" + "-".join(a.lstrip("-") for a in argv) + suffix
    text = _written(folder, [verb, *corpus, *rest], name)
    try:
        assert is_export(text)
        capsys.readouterr()
        corpus_again = load_corpus(folder)
        assert [s.id for s in corpus_again.sources] == articles
        assert any("a seedreader export" in w for w in corpus_again.warnings)
    finally:
        (folder / name).unlink()


def test_the_sources_table_and_json_redirected_into_the_folder_are_left_out(folder, capsys):
    articles = [s.id for s in load_corpus(folder).sources]
    for fmt in ("text", "json"):
        assert main(["sources", str(folder), "--format", fmt]) == 0
        out = capsys.readouterr().out
        target = folder / f"sources-{fmt}.txt"
        target.write_text(out, encoding="utf-8")
        try:
            assert is_export(out)
            assert [s.id for s in load_corpus(folder).sources] == articles
        finally:
            target.unlink()


@pytest.mark.parametrize("text", [
    "Facts in 3 sources: a reporter's notes\n\nThe council said on Monday that 12 people died.\n",
    "Facts in 3 sources (so far) are clear.\n\nMore text.\n",
    "{sources: unnamed} said the mayor.\n\nThe council met on Monday.\n",
    '{"title": "a JSON-looking article"}\n\nText.\n',
    "fact_id,kind\nThe table above is a sample.\n",
    "<!DOCTYPE html>\n<html><head><meta name=\"generator\" content=\"WordPress\"></head>\n",
    "# id title\n\nA heading about ids.\n",
])
def test_articles_that_merely_look_like_exports_are_articles(text):
    assert not is_export(text)
