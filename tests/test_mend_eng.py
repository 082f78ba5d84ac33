"""Mends from a final read of the engine: the files INDEX.md leaves out found without resolving
the listed ones, kept on the Corpus; one rule for what ``index --update`` adds; a source found
once per reference; one grouping of minor differences for both exports; PROG outside the CLI."""

from __future__ import annotations

from pathlib import Path

from seedreader.corpus import load_corpus, unlisted_files


def article(n: int) -> str:
    return f"Article {n} headline\n\nThe body of article {n} says something.\nA second paragraph.\n"


def folder_with(tmp_path: Path, files: dict[str, str], index: str | None,
                name: str = "corpus") -> Path:
    folder = tmp_path / name
    folder.mkdir(parents=True)
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    if index is not None:
        (folder / "INDEX.md").write_text(index, encoding="utf-8", newline="")
    return folder


def table(*names: str) -> str:
    return "| file | title |\n|---|---|\n" + "".join(f"| {n} | {n} |\n" for n in names)


# --- 1. files INDEX.md lists are known by name, without resolving each -----------------------------
def test_unlisted_files_resolves_only_the_files_whose_name_is_not_listed(tmp_path, monkeypatch):
    folder = folder_with(tmp_path, {f"a{n}.txt": article(n) for n in range(20)}
                         | {"late.txt": article(99)}, None)
    (folder / "link.txt").symlink_to(folder / "a3.txt")  # another name for a listed file
    root = folder.resolve()
    listed = {root / f"a{n}.txt" for n in range(20)}
    resolved = []
    real_resolve = Path.resolve

    def counting(self, *args, **kwargs):
        resolved.append(self.name)
        return real_resolve(self, *args, **kwargs)

    monkeypatch.setattr(Path, "resolve", counting)
    assert unlisted_files(folder, listed, root) == ["late.txt"]  # (the link names a3.txt)
    assert sorted(resolved) == ["late.txt", "link.txt"]
