"""Loading a corpus folder: INDEX.md, reading files safely, cleaning and segmenting them.

A folder is read through its INDEX.md (a Markdown table, see ``parse_index``) or, without one, as
every .txt and .md file in name order. Nothing outside the folder is ever read: entries are checked
(after resolving symlinks) before a byte of them is opened. Entries that cannot be used become one
warning each in ``Corpus.warnings``; the rest loads.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import shlex
import stat
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from .errors import PROG, OutputExists, SeedreaderError
from .export.common import is_export
from .fileio import (
    NotReadable,
    atomic_write_text,
    check_link_within,
    decode_file,
    read_regular_bytes,
)
from .gcpause import gc_paused
from .models import Corpus, Source
from .paths import bundled_seeds
from .sanitize import (
    BinaryContent,
    clip,
    escaped,
    safe_url,
    sanitize,
    sanitize_line,
    sanitize_utf8,
    shown,
    typed,
    url_problem,
)
from .segment import segment
from .strip_markdown import heading_text, plain_markdown, table_cells

INDEX_NAME = "INDEX.md"
ARTICLE_SUFFIXES = (".txt", ".md")
MAX_FILE_BYTES = 20 * 1024 * 1024
INDEX_COLUMNS = ("file", "title", "outlet", "published", "url", "notes")
TITLE_MAX_CHARS = 100


# --- one article -----------------------------------------------------------------------------------
# How far the title's line is looked for (see first_line): it is near the top of a text.
_TITLE_SCAN_LINES, _TITLE_SCAN_CHARS = 40, 4000


def title_from(source_text: str, first_segment_is_heading: bool) -> str:
    """A headline first line as is; otherwise the first line shortened at a word boundary.
    Markdown heading marks are not part of it."""
    end = source_text.find("\n")
    first = source_text if end < 0 else source_text[:end]  # (split() would copy all the rest)
    heading = heading_text(first)
    if heading is not None:
        first = heading
    if first_segment_is_heading or len(first) <= TITLE_MAX_CHARS:
        return first
    cut = first.rfind(" ", 0, TITLE_MAX_CHARS)
    return first[: cut if cut > TITLE_MAX_CHARS // 2 else TITLE_MAX_CHARS - 1].rstrip(" ,;:") + "…"


def first_line(clean: str, first_segment: str) -> str:
    """The line of ``clean`` (sanitized text) that ``first_segment`` (the text's first segment
    after segmenting) starts with: the segmenter may join a headline with the line under it
    into one paragraph, which is not a title. ``first_segment``'s first line when none is found
    near the top (the lines above it are page furniture, or it is not made of whole lines)."""
    own_end = first_segment.find("\n")
    own = first_segment if own_end < 0 else first_segment[:own_end]
    head = " ".join(own[:_TITLE_SCAN_CHARS].split())
    at = 0
    for _ in range(_TITLE_SCAN_LINES):
        end = clean.find("\n", at, at + _TITLE_SCAN_CHARS)
        line = " ".join(clean[at:end if end >= 0 else at + _TITLE_SCAN_CHARS].split())
        if line and head.startswith(line) and head[len(line):len(line) + 1] in ("", " "):
            return line if len(line) < len(head) else own
        if end < 0:
            break
        at = end + 1
    return own


# From this length a text makes thousands of small acyclic objects (units, segments): the cyclic
# GC's collections would pass over them for nothing, so it is paused (not for shorter texts,
# where pausing it would cost more than it saves).
PAUSE_GC_FROM = 50_000


def source_from_text(raw: str, id: str | None = "text", title: str | None = "", **fields
                     ) -> Source:
    """A Source from text: sanitized, furniture removed, segmented (as files are).

    ``id`` names it in a tally and exports (give each source its own); ``fields``: ``outlet``,
    ``published``, ``url``, ``notes``, ``path``. Importable as ``seedreader.source_from_text``.
    TypeError naming the argument for a text, id, title or field of another type (bytes:
    decode them first). None, for any of id, title and the fields, means not given; a
    ``path`` given as a str is a Path.
    """
    id = "text" if id is None else id
    fields = {name: value for name, value in fields.items() if value is not None}
    _check_types(raw, id, title, fields)
    if "path" in fields and not isinstance(fields["path"], Path):
        fields["path"] = Path(fields["path"])
    with gc_paused() if len(raw) >= PAUSE_GC_FROM else nullcontext():
        return _source_from_text(raw, id, title, fields)


_TEXT_FIELDS = ("outlet", "published", "url", "notes")


def _check_types(raw: object, id: object, title: object, fields: dict) -> None:
    """TypeError for an argument of ``source_from_text`` of the wrong type, naming it."""
    given = {"text": raw, "id": id, "title": "" if title is None else title,  # (None: untitled)
             **{name: fields[name] for name in _TEXT_FIELDS if name in fields}}
    for name, value in given.items():
        if not isinstance(value, str):
            decode = " (decode bytes first: data.decode('utf-8'))" if isinstance(
                value, (bytes, bytearray)) else ""
            raise TypeError(f"source_from_text(): {name} must be a str, not "
                            f"{type(value).__name__}{decode}")
    path = fields.get("path")
    if path is not None and not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"source_from_text(): path must be a str or a path, not "
                        f"{type(path).__name__}")


def _source_from_text(raw: str, id: str, title: str, fields: dict) -> Source:
    notes = list(fields.pop("warnings", ()))
    id = sanitize_line(id) or "text"  # ids come from file names, which can hold escape codes too
    clean, utf8 = sanitize_utf8(raw, notes)
    path = fields.get("path")
    if path is not None and Path(path).suffix.lower() == ".md":
        clean, utf8 = plain_markdown(clean), None  # what a reader sees of the Markdown
    cleaned = segment(clean, utf8=utf8)
    if not cleaned.segments:
        notes.append("no text left after cleaning")
    title = sanitize_line(title) if title else ""
    if not title:
        segments = cleaned.segments
        first_heading = bool(segments) and segments[0].kind == "heading"
        text = cleaned.text if not segments or first_heading else first_line(
            clean, cleaned.text[segments[0].start:segments[0].end])
        title = title_from(text, first_heading) or id
    extra = {k: sanitize_line(v) if isinstance(v, str) else v for k, v in fields.items()}
    url = extra.get("url", "")
    if url:  # never a javascript: or data: link, whoever made it; and one safe to write anywhere
        extra["url"] = safe_url(url) or ""
        if not extra["url"]:
            notes.append(f"url ignored ({url_problem(url)}): {shown(url)}")
    return Source(id=id, title=title, text=cleaned.text, segments=cleaned.segments,
                  warnings=tuple(notes), **extra)


class UnusableFile(SeedreaderError):
    """A file that cannot be loaded; ``reason`` says why without naming it again."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"cannot use {shown(name)}: {reason}")
        self.reason = reason


def read_text_file(path: Path, limit: int = MAX_FILE_BYTES, *, nofollow: bool = False
                   ) -> tuple[str, list[str]]:
    """Decoded text of a regular file and notes on its decoding; UnusableFile when unusable.

    The size is checked on the open file before reading, so a huge file costs nothing and memory
    stays bounded; a FIFO or device is refused without blocking.
    """
    try:
        data = read_regular_bytes(path, limit, nofollow=nofollow)
    except FileNotFoundError:
        raise UnusableFile(str(path), "it does not exist") from None
    except NotReadable as exc:
        reason = f"cannot read it ({exc.os_error})" if exc.os_error else f"it {exc.problem}"
        raise UnusableFile(str(path), reason) from None
    try:
        return decode_file(data)
    except BinaryContent as exc:
        raise UnusableFile(str(path), f"it is not text: {exc}") from None


def load_source(path: str | os.PathLike, **fields) -> Source:
    """One article file as a Source (id: the file name without extension); UnusableFile (a
    ``seedreader.SeedreaderError``) when it is missing, unreadable or not text."""
    p = Path(path)
    text, notes = read_text_file(p)
    fields.setdefault("id", p.stem)
    fields.setdefault("path", p)
    return source_from_text(text, warnings=notes, **fields)


# --- INDEX.md --------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class IndexEntry:
    line: int  # 1-based line of INDEX.md
    file: str
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ParsedIndex:
    entries: tuple[IndexEntry, ...]
    warnings: tuple[str, ...]
    has_table: bool  # False: no usable table (empty, prose, no `file` column)
    header: tuple[str, ...] = ()  # the table's column names, in lower case
    end: int = 0  # 0-based number of the line after the table's last row (its header, if none)
    malformed: tuple[str, ...] = ()  # the files of the rows skipped as malformed
    # The files later tables (with a `file` column) list: not loaded (one warning says so), and
    # not files INDEX.md leaves out either (``index --update`` must not add them again).
    later: tuple[str, ...] = ()


_DELIMITER_CELL = re.compile(r"^:?-+:?$")
_LINK = re.compile(r"^\[[^\]]*\]\((<[^>]*>|[^)\s]*)\)$")


def _file_cell(cell: str) -> str:
    """The path in a file cell: plain, `code`, <path>, or a Markdown link [text](path) (whose
    destination is a URL: "my%20story.txt" is "my story.txt", as a Markdown reader follows it)."""
    cell = cell.strip()
    if len(cell) >= 2 and cell[0] == cell[-1] == "`":
        cell = cell[1:-1].strip()
    link = _LINK.match(cell)
    if link:
        cell = unquote(_unbracket(link.group(1)))
    return _unbracket(cell)


def _unbracket(path: str) -> str:
    return path[1:-1].strip() if len(path) > 2 and path[0] == "<" and path[-1] == ">" else path


def _is_delimiter(lines: list[str], n: int) -> bool:
    """Whether line ``n`` is a table's |---|:---:| line."""
    return (n < len(lines) and "-" in lines[n]
            and all(_DELIMITER_CELL.match(c.replace(" ", "")) for c in table_cells(lines[n])))


def parse_index(text: str) -> ParsedIndex:
    """The first Markdown table of an INDEX.md: its rows, in order, and warnings about bad ones.

    The table ends at the first line that is no row of it: one without a | (or, in a table whose
    header starts with |, one that does not start with |); blank lines between rows are skipped.
    ``index --update`` reads the same table, and adds its rows after the last one. A later table
    with a `file` column gets one warning (only the first lists articles), and its files are in
    ``later``."""
    warnings: list[str] = []
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines)
                  if line.lstrip().startswith("|") or ("|" in line and _is_delimiter(lines, i + 1))),
                 None)
    if start is None:
        return ParsedIndex((), (), False)
    header = [c.lower() for c in table_cells(lines[start])]
    if "file" not in header:
        warnings.append(f"{INDEX_NAME} line {start + 1}: the table has no 'file' column")
        return ParsedIndex((), tuple(warnings), False, tuple(header), start + 1)
    if "title" not in header:
        warnings.append(f"{INDEX_NAME}: the table has no 'title' column; titles come from the texts")
    row = start + 1
    end = row
    if _is_delimiter(lines, row):
        row += 1
        end = row
    else:
        warnings.append(f"{INDEX_NAME} line {start + 2}: no |---| line under the header; "
                        "reading the rows anyway")
    entries: list[IndexEntry] = []
    malformed: list[str] = []
    kinds = WarningsOfAKind(warnings)
    for n in _row_lines(lines, row, lines[start].lstrip().startswith("|")):
        end = n + 1
        if _is_delimiter(lines, n):
            continue  # a stray |---| line
        line = lines[n]
        cells = table_cells(line)
        if len(cells) > len(header):  # most likely an unescaped | in a title: columns would shift
            malformed.append(_file_cell(cells[header.index("file")]))
            kinds.add("malformed rows", INDEX_NAME, malformed[-1],
                      f"{INDEX_NAME} line {n + 1}: skipped a malformed row ({len(cells)} cells, "
                      f"the header has {len(header)}; write | in a cell as \\|): {shown(line)}")
            continue
        cells += [""] * (len(header) - len(cells))  # missing trailing cells are empty, as in GFM
        row_fields = {}
        for name, cell in zip(header, cells):
            if name in INDEX_COLUMNS and name not in row_fields:
                row_fields[name] = cell
        file = _file_cell(row_fields.pop("file", ""))
        if not file:
            kinds.add("rows with no file", INDEX_NAME, f"line {n + 1}",
                      f"{INDEX_NAME} line {n + 1}: skipped a row with no file: {shown(line)}")
            continue
        entries.append(IndexEntry(n + 1, file, row_fields))
    kinds.close()
    found = _later_tables(lines, end)
    later = [name for name, _ in found]
    # (a later table that lists only files the first lists, a corrections log, loses nothing)
    listed = {entry.file for entry in entries}
    unloaded: dict[str, int] = {}  # file -> its table's header line
    for name, at in found:
        if name not in listed:
            unloaded.setdefault(name, at)
    if unloaded:
        warnings.append(f"{INDEX_NAME} line {min(unloaded.values()) + 1}: a second table; only the "
                        f"first lists articles (make it one table; not loaded: "
                        f"{names_listed(list(unloaded))})")
    return ParsedIndex(tuple(entries), tuple(warnings), True, tuple(header), end, tuple(malformed),
                       tuple(later))


def _row_lines(lines: list[str], row: int, piped: bool) -> Iterator[int]:
    """The numbers of a table's row lines from line ``row`` on (blank lines skipped). The table
    ends at a line without a | (or, ``piped``: its header starts with | and so does every row,
    one that does not: a footer "Compiled by J. Smith | updated March 2025", a "> note | ..."), or
    at another table's header."""
    for n in range(row, len(lines)):
        line = lines[n]
        if not line.strip():
            continue  # (rows after a blank line are still read, as they always were)
        if ("|" not in line or (piped and not line.lstrip().startswith("|"))
                or _is_delimiter(lines, n + 1)):
            return
        yield n


def _later_tables(lines: list[str], start: int) -> list[tuple[str, int]]:
    """The files listed by the tables with a `file` column from line ``start`` on (a header
    line over a |---| line, then its rows), each with the 0-based line of its table's header."""
    files: list[tuple[str, int]] = []
    n = start
    while n < len(lines):
        if not ("|" in lines[n] and _is_delimiter(lines, n + 1)):
            n += 1
            continue
        header = [c.lower() for c in table_cells(lines[n])]
        at, n = n, n + 2
        for row in _row_lines(lines, at + 2, lines[at].lstrip().startswith("|")):
            cells = table_cells(lines[row])
            if "file" in header and len(cells) > header.index("file") and not _is_delimiter(lines, row):
                file = _file_cell(cells[header.index("file")])
                if file:
                    files.append((file, at))
            n = row + 1
    return files


# A drive letter: "C:" on Windows; elsewhere "a:b.md" is a file name, and only "C:\\..." or "C:/..."
# (an index written on Windows) names a drive.
_DRIVE = re.compile(r"^[A-Za-z]:" if os.name == "nt" else r"^[A-Za-z]:[\\/]")


def contained(folder: Path, name: str, root: Path | None = None) -> tuple[Path, Path]:
    """(path as listed, fully resolved path) of entry ``name`` if it stays inside ``folder``
    (``root``: the folder resolved, when the caller has it already).

    Raises UnusableFile otherwise. Checked with symlinks resolved, before anything is opened.
    """
    if "\x00" in name:
        raise UnusableFile(name, "its name holds a NUL character")
    if name.startswith(("/", "\\")) or _DRIVE.match(name) or os.path.isabs(name):
        raise UnusableFile(name, "absolute paths are not allowed; give a path inside the corpus folder")
    if ".." in name and ".." in re.split(r"[\\/]", name):
        raise UnusableFile(name, "'..' is not allowed in a path of the index (it can lead outside "
                                 "the corpus folder); give the path without it")
    candidate = folder / name
    try:
        if root is None:
            root = folder.resolve(strict=True)
        if _plain_entry(candidate, name):  # (the usual case, with one lstat)
            return candidate, root / name
        real = candidate.resolve(strict=False)
    except (OSError, RuntimeError) as exc:  # symlink loops
        raise UnusableFile(name, f"cannot follow it ({exc})") from None
    if not real.is_relative_to(root):
        raise UnusableFile(name, "it is a link that leads outside the corpus folder")
    return candidate, real


# --- warnings ---------------------------------------------------------------------------------------
SHOWN_OF_A_KIND = 10  # warnings of one kind given in full, before one line names the rest


class WarningsOfAKind:
    """Warnings added to ``warnings``, the first ``SHOWN_OF_A_KIND`` of each kind in full; the
    rest of a kind, however many (an INDEX.md of 600,000 bad rows), make one line that
    ``close()`` adds: how many, and the first few names, as the unlisted-files warning does."""

    def __init__(self, warnings: list[str]):
        self.warnings = warnings
        self.counts: dict[str, int] = {}
        self.rest: dict[str, tuple[str, list[str]]] = {}  # kind -> (where, names)

    def add(self, kind: str, where: str, name: str, text: str | Callable[[], str]) -> None:
        """``text``, a warning of ``kind`` about ``name`` (in ``where``: "INDEX.md", or ""); a
        function that makes it, to make only the warnings given in full."""
        n = self.counts.get(kind, 0)
        self.counts[kind] = n + 1
        if n < SHOWN_OF_A_KIND:
            self.warnings.append(text if isinstance(text, str) else text())
        else:
            self.rest.setdefault(kind, (where, []))[1].append(name)

    def close(self) -> None:
        """One line for each kind that had more warnings than were given in full. A name that
        several of them are about (the same file listed again and again) says how many
        ("ok.txt (9 rows)"): the count and the names add up."""
        for kind, (where, names) in self.rest.items():
            times = Counter(names)
            self.warnings.append(
                f"{where + ': ' if where else ''}{len(names):,} more of the same ({kind}), not "
                "shown one by one: " + names_listed(list(times), functools.partial(
                    _name_times, times=times, what="rows" if where == INDEX_NAME else "times")))
        self.rest.clear()


def _name_times(name: str, times: Counter, what: str) -> str:
    """``name`` shown, and how many ``what`` (rows) it was in, if more than one."""
    return name_shown(name) + (f" ({times[name]:,} {what})" if times[name] > 1 else "")


def names_listed(names: list[str], show: Callable[[str], str] | None = None) -> str:
    """The first ``UNLISTED_SHOWN`` of ``names`` (each as ``show`` gives it; ``name_shown``) and
    how many more: "a.txt, b.txt, c.txt and 7 more"; never "and 1 more", which names the one."""
    show = show or name_shown
    n = UNLISTED_SHOWN if len(names) > UNLISTED_SHOWN + 1 else len(names)
    listed = ", ".join(show(name) for name in names[:n])
    return listed + (f" and {len(names) - n:,} more" if len(names) > n else "")


def _plain_entry(candidate: Path, name: str) -> bool:
    """Whether ``candidate`` (the folder / ``name``) resolves to the resolved folder / ``name``:
    ``name`` is a plain name (no folder in it) of a file that is no link, or of none (as
    ``resolve()`` finds taking each part of the path in turn), known with one lstat."""
    if "/" in name or "\\" in name or name in (".", ""):
        return False
    try:
        return not stat.S_ISLNK(os.lstat(candidate).st_mode)
    except FileNotFoundError:
        return True
    except OSError:
        return False


# --- the folder ------------------------------------------------------------------------------------
def _natural_key(name: str) -> tuple:
    return tuple(int(part) if part.isdigit() else part.casefold()
                 for part in re.split(r"(\d+)", name))


def article_files(folder: Path) -> list[Path]:
    """The .txt and .md files of ``folder`` in name order (not INDEX.md, not hidden files)."""
    try:
        names = os.listdir(folder)
    except OSError as exc:
        raise SeedreaderError(f"cannot read folder {shown(str(folder))}: {exc.strerror or exc}"
                             ) from None
    found = [name for name in names
             if name.lower().endswith(ARTICLE_SUFFIXES) and name.lower() != INDEX_NAME.lower()
             and not name.startswith(".")]
    # (INDEX.md's name from this listing: the folder is listed once)
    index = _resolved_index(folder, _index_name(folder, names))
    if index is not None and index.parent == folder.resolve():  # (INDEX.md -> notes.md)
        found = [name for name in found if name != index.name]
    return [folder / name for name in sorted(found, key=_natural_key)]


def _resolved_index(folder: Path, name: str | None) -> Path | None:
    """The file ``folder``'s INDEX.md called ``name`` (``_index_name``; None: none) is, resolved:
    itself, or the file it is a link to (an INDEX.md -> notes.md: notes.md is the index, never an
    article); None when it leads nowhere."""
    if name is None:
        return None
    try:
        return (folder / name).resolve(strict=True)
    except (OSError, RuntimeError):
        return None


EXPORT_HEAD_BYTES = 4096  # of a file, read to tell one of seedreader's exports
EXPORTS_LOOKED_AT = 50  # files of a subfolder looked at for one that is no export


def _is_export_file(path: str) -> bool:
    """Whether the file at ``path`` is one of seedreader's exports (its first bytes tell; a file
    that cannot be read is none). No link is followed, no FIFO waited on."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        head = os.read(fd, EXPORT_HEAD_BYTES)
    except OSError:
        return False
    finally:
        os.close(fd)
    return is_export(head.decode("utf-8", "replace"))


def subfolder_articles(folder: Path) -> list[tuple[str, str]]:
    """(subfolder, one of its files) for each subfolder of ``folder`` (not hidden, not a link)
    that holds .txt or .md files (not INDEX.md, not a folder's own documents, not seedreader's
    exports: a folder of reports written with ``-o`` is no articles to include): articles a
    folder without INDEX.md does not load, in name order."""
    found = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: _natural_key(e.name))
    except OSError:
        return []
    for entry in entries:
        try:
            if entry.name.startswith(".") or not entry.is_dir(follow_symlinks=False):
                continue
            names = sorted(os.listdir(entry.path), key=_natural_key)
        except OSError:
            continue
        candidates = (name for name in names
                      if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith(".")
                      and name.lower() != INDEX_NAME.lower() and not is_folder_document(name))
        first = next((name for _, name in zip(range(EXPORTS_LOOKED_AT), candidates)
                      if not _is_export_file(os.path.join(entry.path, name))), None)
        if first is not None:
            found.append((entry.name, first))
    return found


def subfolder_warning(folder: Path, found: list[tuple[str, str]], *, writing: bool = False) -> str:
    """One warning naming the subfolders ``subfolder_articles`` found, and how to include them
    (``writing``: for ``index``, which lists the folder's own files only)."""
    n = len(found)
    names = ", ".join(typed(name) for name, _ in found[:UNLISTED_SHOWN])
    more = f" and {n - UNLISTED_SHOWN} more" if n > UNLISTED_SHOWN else ""
    sub, first = found[0]
    row = f"`| {sub}/{first} | … |`"
    how = (f"add rows like {row} to {INDEX_NAME}" if writing else
           f"write one ({PROG} index {shell_word(str(folder))}) and add rows like {row}")
    return (f"{n} subfolder{'s' if n != 1 else ''} with .txt or .md files not "
            f"{'listed' if writing else 'loaded'}: {names}{more} ("
            + ("" if writing else f"without {INDEX_NAME} only the folder's own files load; ")
            + f"to include these, {how})")


@dataclass
class _Loader:
    folder: Path
    warnings: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    seen: dict[Path, str] = field(default_factory=dict)  # resolved path -> where it was listed
    listed: set[Path] = field(default_factory=set)  # resolved paths of every entry, loaded or not
    ids: set[str] = field(default_factory=set)  # of ``sources`` (a folder may hold thousands)
    root: Path | None = None  # the folder, resolved once (an existing folder: callers check)
    by_nfc: dict[str, str] | None = None  # the folder's names by their NFC form, when needed
    # Listing a folder without INDEX.md: seedreader's own exports written into it are not articles.
    leave_out_exports: bool = False
    # The ids of the files to load whose names are clean (``_clean_name``): theirs, whatever the
    # order. A file whose name differs from one of them only by what cleaning removes (an escape
    # code, a bidi control) would otherwise take its id when its name sorts first.
    reserved: set[str] = field(default_factory=set)
    index: Path | None = None  # the file INDEX.md is (resolved: the file a link leads to)

    kinds: WarningsOfAKind = None  # type: ignore[assignment]  # (made on self.warnings)

    def __post_init__(self):
        self.kinds = WarningsOfAKind(self.warnings)

    def skip(self, where: str, name: str, reason: str) -> None:
        """One warning that entry ``name`` (at ``where``: "INDEX.md line 4: ") is skipped for
        ``reason``; past the first few of one kind, a line at the end names the rest."""
        self.kinds.add(reason.split(" (")[0], where.split(" line ")[0], name,
                       lambda: f"{where}skipped {name_shown(name)}: {reason}")

    def reserve(self, names) -> None:
        """Keep the ids of the clean names among ``names`` (entries of the folder) for them."""
        for name in names:
            if _clean_name(name):
                self.reserved.add(Path(name).stem)

    def add(self, name: str, fields: dict[str, str], where: str = "") -> None:
        """Load entry ``name`` of the folder, or add one warning naming it."""
        if self.root is None:
            self.root = self.folder.resolve()
        name = self._on_disk(name)
        try:
            path, real = contained(self.folder, name, self.root)
            self.listed.add(real)
            if (real.name.lower() == INDEX_NAME.lower() and real.parent == self.root
                    or real == self.index):
                raise UnusableFile(name, f"it is {INDEX_NAME} itself, not an article")
            if real in self.seen:
                raise UnusableFile(name, f"it is listed twice (first: {self.seen[real]})")
            text, notes = read_text_file(real, nofollow=True)
        except UnusableFile as exc:
            self.skip(where, name, exc.reason)
            return
        if self.leave_out_exports and is_export(text):
            self.kinds.add("export", "", name, f"left out {name_shown(name)}: a seedreader export")
            return
        label = f"{where}{name_shown(name)}"  # for notes; warnings about skipping: "skipped NAME"
        self.seen[real] = label
        source = source_from_text(text, id=self._unique_id(path, name), path=path, warnings=notes,
                                  **fields)
        if not source.segments:
            self.skip(where, name, "it is empty (no text after cleaning)")
            return
        for note in source.warnings:  # (past the first few of a kind, a line at the end)
            self.kinds.add(_note_kind(note), where.split(" line ")[0], name, f"{label}: {note}")
        self.sources.append(source)
        self.ids.add(source.id)

    def _on_disk(self, name: str) -> str:
        """``name`` as the folder spells it. INDEX.md is read as NFC text, while a file made on a
        Mac or unpacked from its archive may be named in NFD ("Cafe\u0301.txt"): the same name
        to a reader, another to the file system."""
        if name.isascii() or "/" in name or os.path.lexists(self.folder / name):
            return name
        if self.by_nfc is None:
            try:
                self.by_nfc = {unicodedata.normalize("NFC", n): n for n in os.listdir(self.folder)}
            except OSError:
                self.by_nfc = {}
        return self.by_nfc.get(unicodedata.normalize("NFC", name), name)

    def _unique_id(self, path: Path, name: str) -> str:
        """The id of the file at ``path`` (entry ``name``): its name's stem, cleaned; for a name
        that cleaning changes, never the id of a file with a clean name (see ``reserved``)."""
        taken = self.ids
        stem = sanitize_line(path.stem)
        if _clean_name(name):
            for candidate in (stem, sanitize_line(Path(name).as_posix())):
                if candidate and candidate not in taken:
                    return candidate
        elif stem and stem not in taken and stem not in self.reserved:
            return stem
        n = len(self.sources) + 1
        while f"{stem or 'source'}-{n}" in taken or f"{stem or 'source'}-{n}" in self.reserved:
            n += 1
        return f"{stem or 'source'}-{n}"


def escaped_name(name: str) -> str:
    """File ``name`` quoted for a message as it is: its spaces kept (the spaces at its ends may
    be what is wrong with it), control and invisible characters as escapes (``\\x1b``), never
    cleaned into another file's name."""
    return "'" + clip(escaped(name), 200) + "'"


def _note_kind(note: str) -> str:
    """The kind of a note on a file loaded (``WarningsOfAKind``): what it says without the file's
    own details, its counts and what follows a colon ("removed 1 terminal escape sequence",
    "removed 2 ..." are one kind: "removed terminal escape sequences")."""
    head = note.split(": ")[0]
    if head.startswith("removed "):  # (sanitize's note)
        return re.sub(r"(sequence|character)s?\b", r"\1s", re.sub(r"\d[\d,]* ", "", head))
    return re.sub(r"\d[\d,]*", "N", head)


def name_shown(name: str) -> str:
    """File ``name`` for a message: as ``shown`` cleans it when that is the name itself (nearly
    always), else escaped (``escaped_name``): a name that cleaning changes (an escape code, a
    bidi control, a joiner between Latin letters) is never shown as another file's name."""
    return shown(name) if _clean_name(name) else escaped_name(name)


def _clean_name(name: str) -> bool:
    """Whether the name ``name`` is what cleaning makes of it (one line, no control or invisible
    characters, no spaces at its ends or runs of them), so that it is what every message shows."""
    if name.isascii() and name.isprintable():  # (the usual case, known at once)
        return name == name.strip(" ") and "  " not in name
    return sanitize_line(name) == unicodedata.normalize("NFC", name)


def unlisted_files(folder: Path, listed: set[Path], root: Path | None = None) -> list[str]:
    """The names of ``folder``'s .txt and .md files (``article_files``) that none of ``listed``
    (resolved paths of INDEX.md's entries) names, in name order."""
    if root is None:
        root = folder.resolve()
    left_out = []
    for path in article_files(folder):
        if root / path.name in listed:
            continue  # (the usual case, known without resolving the path)
        try:
            real = path.resolve(strict=False)
        except (OSError, RuntimeError):
            real = path
        if real not in listed:
            left_out.append(path.name)
    return left_out


UNLISTED_SHOWN = 3  # names an "N files not in INDEX.md" warning shows before "and N more"


def unlisted_warning(folder: Path, names: list[str]) -> str:
    """One warning naming (the first few of) ``names``, files of ``folder`` INDEX.md leaves out."""
    n = len(names)
    return (f"{n} file{'s' if n != 1 else ''} not in {INDEX_NAME}, not loaded: {names_listed(names)} "
            f"(to add {'them' if n != 1 else 'it'}: {PROG} index {shell_word(str(folder))} --update)")


# A folder of articles may hold its README, its licence, notes on purpose: files by these names
# (any case, any suffix) are no articles for ``index``, ``--update`` and the warning about files
# INDEX.md leaves out. Listed in INDEX.md by hand, they load as any file does.
NOT_ARTICLES = frozenset({"readme", "license", "licence", "changelog", "contributing", "notes",
                          "todo"})


def is_folder_document(name: str) -> bool:
    """Whether file ``name`` is one of a folder's own documents (``NOT_ARTICLES``)."""
    return Path(name).stem.casefold() in NOT_ARTICLES


def _add_article(loader: _Loader, name: str) -> None:
    """``loader.add`` for a file ``index`` lists, unless it is one of the folder's documents."""
    if is_folder_document(name):
        loader.warnings.append(f"left out {name_shown(name)}: a folder's own document, not an article "
                               f"(list it in {INDEX_NAME} by hand to compare it)")
        return
    loader.add(name, {})


def _add_unlisted(loader: _Loader) -> None:
    """Load into ``loader`` the folder's .txt and .md files that none of ``loader.listed`` (the
    resolved paths of INDEX.md's entries) names, as ``index --update`` adds them: the one rule
    for what --update adds and what the warning and hints about files INDEX.md leaves out name
    (the whole file read, as loading reads it: such files are few)."""
    for file in unlisted_files(loader.folder, loader.listed, loader.root):
        _add_article(loader, file)


def _index_name(folder: Path, names: list[str] | None = None) -> str | None:
    """INDEX.md, or failing that index.md in any case (a case-sensitive file system).
    ``names``: the folder's entries, when the caller has listed it (else it is listed here,
    unless INDEX.md is there)."""
    if names is None:
        exact = folder / INDEX_NAME
        if exact.exists() or exact.is_symlink():
            return INDEX_NAME
        try:
            names = os.listdir(folder)
        except OSError:
            return None
    # (INDEX.md, when there, sorts first of the names that differ from it in case only)
    return min((n for n in names if n.lower() == INDEX_NAME.lower()), default=None)


def _read_index(folder: Path, warnings: list[str], name: str | None) -> ParsedIndex | None:
    """The parsed INDEX.md of ``folder``, called ``name`` (``_index_name``; None: there is
    none); None (with a warning saying why) to list files instead."""
    if name is None:
        return None
    try:
        _, real = contained(folder, name)
        text, _ = read_text_file(real, nofollow=True)
    except UnusableFile as exc:
        warnings.append(f"cannot use {INDEX_NAME}: {exc.reason}; listing the folder's files instead")
        return None
    parsed = parse_index(index_text(text))
    warnings.extend(parsed.warnings)
    if not parsed.has_table:
        what = "is empty" if not text.strip() else "has no table of files"
        warnings.append(f"{INDEX_NAME} {what}; listing the folder's .txt and .md files instead")
        return None
    if not parsed.entries:
        warnings.append(f"{INDEX_NAME} lists no files (a header only); "
                        "listing the folder's .txt and .md files instead")
        return None
    return parsed


def index_heading(folder: Path) -> str:
    """The text of the first level-1 heading above the table of ``folder``'s INDEX.md ("# Court
    ruling on river dam"), as plain text on one line (its Markdown and HTML taken out); "" when
    there is none, or no INDEX.md to read. (Untrusted: each format escapes it.)"""
    try:
        _, real = contained(folder, _index_name(folder) or INDEX_NAME)
        text, _ = read_text_file(real, nofollow=True)
    except (UnusableFile, OSError):
        return ""
    for line in index_text(text).split("\n"):
        if "|" in line:  # the table (or a row) starts: a heading below it is not the folder's
            break
        title = heading_text(line) if line.lstrip().startswith("# ") else None
        if title:
            return " ".join(plain_markdown(title).split())
    return ""


def load_corpus(path: str | os.PathLike | None = None) -> Corpus:
    """The sources of a folder, in INDEX.md order (or name order without one); None: the
    bundled seeds.

    Raises ``seedreader.SeedreaderError`` (``seedreader.errors``) when ``path`` does not exist,
    is not a folder, cannot be listed, or holds no readable article. Files that cannot be used
    (missing, unreadable, binary, empty, outside the folder) are skipped, each with one line in
    ``Corpus.warnings``, as the CLI prints them.
    """
    if isinstance(path, str) and not path:  # (not the current folder: Path("") is)
        raise SeedreaderError("no folder given (an empty path); None opens the bundled seeds")
    folder = _existing_folder(path if path is not None else bundled_seeds())
    index_name = _index_name(folder)  # (found once: without INDEX.md, a listing of the folder)
    loader = _Loader(folder, index=_resolved_index(folder, index_name))
    unlisted: list[str] = []  # the warnings naming files INDEX.md leaves out
    left_out: list[str] = []  # (their names)
    index = _read_index(folder, loader.warnings, index_name)
    if index is not None:
        loader.reserve(entry.file for entry in index.entries)
        for entry in index.entries:
            loader.add(entry.file, entry.fields, where=f"{INDEX_NAME} line {entry.line}: ")
        root = loader.root or folder.resolve()
        left_out, unnamed = _left_out(loader, index, root)
        if left_out:
            unlisted.append(unlisted_warning(folder, left_out))
        if unnamed:
            unlisted.append(unnamed_warning(unnamed))
    else:
        loader.leave_out_exports = True
        files = article_files(folder)
        loader.reserve(file.name for file in files)
        for file in files:
            loader.add(file.name, {})
        nested = subfolder_articles(folder)
        if nested:
            unlisted.append(subfolder_warning(folder, nested))  # (said last, as files left out are)
    loader.kinds.close()
    if not loader.sources:  # (the last entry's warning says why; then the files left out)
        detail = "; ".join(loader.warnings[-1:] + unlisted)
        raise SeedreaderError(f"{shown(str(folder))} holds no readable articles"
                              f"{f' ({detail})' if detail else ''}")
    loader.warnings.extend(unlisted)
    loader.warnings.extend(same_text_warnings(loader.sources))
    return Corpus(path=folder, sources=tuple(loader.sources), warnings=tuple(loader.warnings),
                  unlisted=tuple(left_out))


def same_text_warnings(sources: list[Source]) -> list[str]:
    """One warning for each source whose cleaned text another one before it has word for word:
    two files of one wire story, or one file saved twice, count as two sources everywhere (in
    the facts' support too), which a reader should know."""
    first: dict[str, Source] = {}
    out = []
    for source in sources:
        earlier = first.setdefault(source.text, source)
        if earlier is not source and source.text:
            out.append(f"{shown(source.id)} has the same text as {shown(earlier.id)}: "
                       "both count as sources, in the facts too")
    return out


def _left_out(loader: _Loader, index: ParsedIndex, root: Path) -> tuple[list[str], list[str]]:
    """The names of the folder's files that INDEX.md leaves out and ``index --update`` would add
    (``_add_unlisted``, and a name a row can hold), in name order; and those it would add but for
    their names, which no row can hold (``_index_can_name``). ``loader.listed``: the
    resolved paths of INDEX.md's entries; the files of its malformed rows count as listed (the
    row needs fixing, not adding), and those of later tables (moved into the first)."""
    listed = set(loader.listed) | set(_listed_paths(loader, index.malformed + index.later,
                                                    root).values())
    adder = _Loader(loader.folder, listed=listed, root=root, leave_out_exports=True)
    _add_unlisted(adder)
    names = [source.path.name for source in adder.sources if source.path is not None]
    return ([name for name in names if _index_can_name(name)],
            [name for name in names if not _index_can_name(name)])


def unnamed_warning(names: list[str]) -> str:
    """One warning naming (the first few of) ``names``, files of the folder that no INDEX.md row
    can name as they are, so not loaded (escaped: never cleaned into another file's name)."""
    n = len(names)
    listed = names_listed(names, escaped_name)
    return (f"{n} file{'s' if n != 1 else ''} not loaded: {listed} ({INDEX_NAME} cannot name "
            f"{'them' if n != 1 else 'it'} as {'they are' if n != 1 else 'it is'}: control "
            "characters, line breaks or spaces at the ends; rename "
            f"{'them' if n != 1 else 'it'} to load {'them' if n != 1 else 'it'})")


def _listed_paths(loader: _Loader, names, root: Path) -> dict[str, Path]:
    """The names of ``names`` (files as INDEX.md writes them) that stay inside the folder, each
    with its resolved path."""
    paths = {}
    for name in names:
        try:
            paths[name] = contained(loader.folder, loader._on_disk(name), root)[1]
        except UnusableFile:
            continue
    return paths


def ambiguity(corpus: Corpus, ref: str) -> str | None:
    """What to tell the user when ``ref`` is the id of one source and the 1-based position of
    another (files named 2.txt, 3.txt): the id wins (``resolve``), and the message says how to
    pick the other. None when ``ref`` names one source only."""
    if ref not in corpus or not (ref.isascii() and ref.isdigit()):
        return None
    n = int(ref)
    if not 1 <= n <= len(corpus) or corpus.index(ref) == n - 1:
        return None
    other = corpus.sources[n - 1]
    return (f"{ref!r} is both the id of source #{corpus.index(ref) + 1} and the position of "
            f"source {other.id!r}; took the id (for #{n}, give its id {other.id!r} or its path)")


def input_at(path: str | os.PathLike, corpus: Corpus | None, *sources: Source,
             index: str = f"the corpus's {INDEX_NAME}") -> str | None:
    """What the existing file at ``path`` is, if an export there would replace what it was made
    from: one of ``sources`` or of the corpus's articles ("source 'a'"), the corpus's INDEX.md
    (``index``: "the corpus's INDEX.md") or another file it lists ("a file the corpus's INDEX.md
    lists"; loaded or not: empty, binary...); None for any other file (or none). Links and other
    names of the same file count: the file itself is compared, not its name."""
    found = input_of(path, corpus, *sources, index=index)
    return None if found is None else found[0]


def input_of(path: str | os.PathLike, corpus: Corpus | None, *sources: Source,
             index: str = f"the corpus's {INDEX_NAME}") -> tuple[str, bool] | None:
    """``input_at``'s answer and whether the file is one of ``sources`` (not only the corpus's),
    or None. Each distinct path is looked at once, in that order, and INDEX.md is read only
    when no article is the file."""
    try:
        written = os.stat(path)
    except (OSError, ValueError):  # a new file (or a bad name): nobody's input, unless the
        whose = index_to_be(path, corpus, *sources)  # INDEX.md to be: every load would read it
        if whose is not None:
            return (f"where {index if whose == 'the corpus' else f'the {INDEX_NAME} of {whose}'}"
                    " goes (every load would read it as the index)"), False
        return None
    seen: set[Path] = set()
    for input_path, what, given in _inputs(corpus, sources, index):
        if input_path in seen:
            continue
        seen.add(input_path)
        try:
            if os.path.samestat(written, os.stat(input_path)):
                return what, given
        except OSError:
            continue
    return None


def index_to_be(path: str | os.PathLike, corpus: Corpus | None, *sources: Source) -> str | None:
    """Whose INDEX.md ``path`` (no file) would be, read by every later load of its folder: "the
    corpus" (its folder has none yet), "the folder of the compared files" (``sources``: an input
    of this run), "a folder of articles" (``holds_articles``); None for any other path (any case
    of the name counts, as loading reads index.md)."""
    try:
        target = Path(path)
        if target.name.lower() != INDEX_NAME.lower():
            return None
        folder = target.parent.resolve()
        if corpus is not None and corpus.path is not None and folder == corpus.path.resolve():
            return "the corpus"
        if any(source.path is not None and source.path.parent.resolve() == folder
               for source in sources):
            return "the folder of the compared files"
        return "a folder of articles" if holds_articles(folder) else None
    except (OSError, RuntimeError, ValueError, SeedreaderError):  # (no such folder)
        return None


# Files of a project folder that are no articles although their names end in .txt or .md (with
# ``NOT_ARTICLES``): ``holds_articles`` does not count them. Listed in INDEX.md they load.
PROJECT_FILES = frozenset({"requirements", "constraints", "cmakelists", "robots", "humans",
                           "authors", "contributors", "maintainers", "copying",
                           "code_of_conduct", "dependencies", "pull_request_template",
                           "issue_template"})


def holds_articles(folder: Path) -> bool:
    """Whether ``folder`` holds an INDEX.md or a file that would load as an article: a .txt or
    .md file (``article_files``) that is not empty, none of a folder's own documents (README,
    LICENSE, ``NOT_ARTICLES``) or a project's files (requirements.txt, ``PROJECT_FILES``), no
    export of seedreader's. Cheap: a stat for each such file (and the first bytes of one that
    may be an export), until one is found; the texts are not read."""
    if _index_name(folder) is not None:
        return True
    for path in article_files(folder):
        stem = path.stem.casefold()
        if is_folder_document(path.name) or stem in PROJECT_FILES \
                or stem.startswith("requirements"):
            continue
        try:
            info = os.stat(path)
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and info.st_size > 0 and not _is_export_file(str(path)):
            return True
    return False


def _inputs(corpus: Corpus | None, sources: tuple[Source, ...], index: str):
    """The files an export must not replace, each with what it is and whether it is one of
    ``sources``: those, the corpus's articles, its INDEX.md and the other files it lists."""
    for given, group in ((True, sources), (False, corpus.sources if corpus is not None else ())):
        for source in group:
            if source.path is not None:
                yield source.path, f"source {typed(source.id)}", given
    if corpus is None or corpus.path is None:
        return
    yield corpus.path / INDEX_NAME, index, False
    # The files it lists that did not load (empty, unreadable, binary, in a later table): an
    # export there would load next time as an article holding the diff.
    listed = _read_index(corpus.path, [], _index_name(corpus.path))
    for name in (*(e.file for e in listed.entries), *listed.later) if listed else ():
        try:
            yield contained(corpus.path, name)[1], f"a file {index} lists", False
        except UnusableFile:  # outside the folder: never loaded
            continue


def source_at(corpus: Corpus, path: str | os.PathLike) -> Source | None:
    """The source of ``corpus`` read from the file at ``path`` (``num/3.txt``), if any."""
    try:
        real = Path(path).resolve(strict=True)
    except (OSError, RuntimeError, ValueError):  # no such file, a loop, a NUL
        return None
    for source in corpus:
        try:
            if source.path is not None and source.path.resolve() == real:
                return source
        except (OSError, RuntimeError):
            continue
    return None


def find_source(corpus: Corpus, ref: str) -> Source | None:
    """The source of ``corpus`` that ``ref`` names: its id, its 1-based position in the index,
    its file's name as INDEX.md lists it ("003_x.txt", "sub/a.txt"; a name of one source only),
    or the path of its file (in that order: an id that is also another source's position names
    the source with that id); None if none."""
    if ref in corpus:
        return corpus[ref]
    if ref.isascii() and ref.isdigit():  # (not "²", which str.isdigit() accepts)
        n = int(ref)
        return corpus.sources[n - 1] if 1 <= n <= len(corpus) else None
    named = sources_named(corpus, ref)
    return named[0] if len(named) == 1 else source_at(corpus, ref)


def sources_named(corpus: Corpus, name: str) -> list[Source]:
    """The sources whose file goes by ``name`` (NFC) in the corpus: its file name, or its path
    in the corpus folder."""
    wanted = unicodedata.normalize("NFC", name)
    return [source for source in corpus.sources if wanted in _listed_names(corpus, source)]


def path_in_folder(corpus: Corpus, source: Source) -> str | None:
    """``source``'s file as a path in the corpus folder (``sub/a.txt``), as INDEX.md lists it;
    None without a file, a folder, or with a file outside it."""
    if source.path is None or corpus.path is None:
        return None
    try:
        return source.path.relative_to(corpus.path).as_posix()
    except ValueError:
        return None


def _listed_names(corpus: Corpus, source: Source) -> tuple[str, ...]:
    if source.path is None:
        return ()
    names = [source.path.name]
    if (in_folder := path_in_folder(corpus, source)) is not None:
        names.append(in_folder)
    return tuple(unicodedata.normalize("NFC", name) for name in names)


def unlisted_source_file(corpus: Corpus, ref: str) -> str | None:
    """What to say (after the name) when ``ref`` (a path, or a file name in the corpus folder) is
    a file of the folder that its INDEX.md leaves out and ``index --update`` would add (what
    ``load_corpus`` warned about); None otherwise (no INDEX.md, another file, one INDEX.md lists
    but could not load, one --update would not add)."""
    folder = corpus.path
    if folder is None or not ref or not corpus.unlisted:
        return None
    try:
        root = folder.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    for candidate in (Path(ref), folder / ref):
        try:
            real = candidate.resolve(strict=True)
        except (OSError, RuntimeError, ValueError):
            continue
        if real.parent == root and real.name in corpus.unlisted:
            return (f"a file of the corpus folder that {INDEX_NAME} does not list, so no source of "
                    f"it (to add it: {PROG} index {shell_word(str(folder))} --update)")
    return None


def shell_word(text: str) -> str:
    """``text`` quoted for a shell, for a command to copy: as it is (a folder "sp dir " keeps
    its trailing space); shown (``sanitize.shown``) when it holds characters a message cannot
    show (control characters), which no copied command could give anyway."""
    if sanitize(text) == text and text.isprintable():
        return shlex.quote(text)
    return shlex.quote(shown(text, limit=1000))


def resolve(corpus: Corpus, ref: str) -> Source:
    """``find_source``, or else a text file outside the corpus read as a source."""
    found = find_source(corpus, ref)
    return found if found is not None else outside_source(corpus, ref)


def outside_source(corpus: Corpus, ref: str) -> Source:
    """The text file at ``ref`` read as a source, for a ``ref`` that ``find_source`` found no
    source of ``corpus`` for; SeedreaderError saying so when there is no such file."""
    if ref.isascii() and ref.isdigit():
        raise SeedreaderError(f"no source {ref} (the corpus has {len(corpus)})")
    candidate = Path(ref)
    try:
        exists = candidate.exists()
    except (OSError, ValueError):  # NUL bytes, names too long
        exists = False
    if exists:
        return load_source(candidate)
    raise SeedreaderError(f"no source {typed(ref)}: not an id, a position or a file")


# --- seedreader index DIR --------------------------------------------------------------------------
def _cell(text: str) -> str:
    return sanitize_line(text).replace("|", "\\|")


def write_index(dir: str | os.PathLike, force: bool = False,
                warnings: list[str] | None = None) -> Path:
    """Write DIR/INDEX.md listing DIR's .txt and .md files (``article_files``) with a title from
    each one's text; not the folder's own documents (``is_folder_document``), seedreader's
    exports, nor empty files.

    Refuses (OutputExists) to replace an existing INDEX.md unless ``force``, which rewrites it
    from scratch (``update_index`` keeps its rows). Unreadable files are left out, and so are
    files whose names INDEX.md cannot hold as they are (control characters, line breaks, spaces
    at either end): a line about each is added to ``warnings`` when given. The write is atomic;
    an INDEX.md that is a link leading out of DIR is refused, even with ``force`` (the file it
    leads to is not the folder's to replace).
    """
    folder = _existing_folder(dir)
    target = folder / INDEX_NAME
    check_link_within(target, folder)  # (before --force is asked for: it would not help)
    if (target.exists() or target.is_symlink()) and not force:
        raise OutputExists(f"{shown(str(target))} exists; use --force to overwrite it (or "
                           "--update to keep its rows and add the files it does not list)")
    loader = _Loader(folder, leave_out_exports=True)
    for file in article_files(folder):
        _add_article(loader, file.name)
    if not loader.sources:
        raise SeedreaderError(f"{shown(str(folder))} holds no readable articles")
    rows = ["| file | title | outlet | published | url | notes |",
            "|------|-------|--------|-----------|-----|-------|"]
    rows += _new_rows(loader, ("file", "title", "outlet", "published", "url", "notes")).values()
    if warnings is not None:
        loader.kinds.close()
        warnings.extend(loader.warnings)
        nested = subfolder_articles(folder)
        if nested:
            warnings.append(subfolder_warning(folder, nested, writing=True))
    return atomic_write_text(target, "\n".join(rows) + "\n", force=force)


def _existing_folder(path: str | os.PathLike) -> Path:
    """``path`` as a Path; SeedreaderError saying it does not exist or is not a folder (the
    same words for every verb)."""
    folder = Path(path)
    if not folder.exists():
        raise SeedreaderError(f"{typed(os.fspath(path))} does not exist")
    if not folder.is_dir():
        raise SeedreaderError(f"{typed(os.fspath(path))} is not a folder")
    return folder


def _index_can_name(name: str) -> bool:
    """Whether an INDEX.md row can name file ``name`` as it is: no control characters, line
    breaks or spaces at its ends (an NFD name is fine: INDEX.md rows find it by its NFC form)."""
    return (sanitize(name, joiners=False) == unicodedata.normalize("NFC", name)
            and name == name.strip()
            and "\n" not in name)


def _new_rows(loader: _Loader, header: tuple[str, ...]) -> dict[str, str]:
    """File name -> INDEX.md row (cells in ``header``'s columns) for the sources ``loader`` loaded: file and
    title filled in, the rest empty. A file whose name INDEX.md cannot hold as it is gets a note
    in ``loader.warnings`` instead."""
    rows = {}
    for source in loader.sources:
        name = source.path.name if source.path else source.id
        if not _index_can_name(name):
            loader.warnings.append(
                f"left out {escaped_name(name)}: INDEX.md cannot name it as it "
                "is (control characters, line breaks or spaces at its ends); rename the file")
            continue
        cells = {"file": name.replace("|", "\\|"),  # as it is: _cell() would fold its spaces
                 "title": _cell(source.title)}
        rows[name] = "| " + " | ".join(cells.get(column, "") for column in header) + " |"
    return rows


@dataclass(frozen=True, slots=True)
class IndexUpdate:
    """What ``update_index`` did: INDEX.md's path, how many rows it kept (all of them), the files
    it added rows for, and the files of rows it kept although nothing of that name is there
    (``missing``: for the user to fix or remove by hand); ``created``: there was no INDEX.md (one
    was written as ``write_index`` writes it); ``written``: False when nothing changed."""

    path: Path
    kept: int = 0
    added: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    created: bool = False
    written: bool = True


def update_index(dir: str | os.PathLike, warnings: list[str] | None = None) -> IndexUpdate:
    """Bring DIR's INDEX.md up to date without losing what was written into it: rows are only
    added, never removed or changed (a row whose file is missing may be a name written another
    way, or a file to come back: ``missing`` names them), for the .txt and .md files its table
    does not list, right after the table's last row, titled as ``write_index`` titles them
    (exports, unreadable and empty files left out, with a note in ``warnings``). Every other
    byte of the file stays as it was (its line endings, a missing final newline, lines that
    cleaning would split). Without an INDEX.md, ``write_index``. Written atomically, and only
    when something changed."""
    folder = _existing_folder(dir)
    name = _index_name(folder)
    if name is None:
        path = write_index(folder, warnings=warnings)
        return IndexUpdate(path, created=True)
    target = folder / name
    check_link_within(target, folder)
    try:
        root = folder.resolve(strict=True)
        _, real = contained(folder, name, root)
        raw = _raw_index_text(real)
    except UnusableFile as exc:
        raise SeedreaderError(f"cannot update {name}: {exc.reason}") from None
    parsed = parse_index(index_text(raw))
    if parsed.header and not parsed.has_table:
        raise SeedreaderError(f"cannot update {name}: its table has no 'file' column (add one, "
                              "or rewrite it with --force)")
    loader = _Loader(folder, leave_out_exports=True, root=root, index=real)
    # The files of malformed rows count as listed (the row needs fixing), and so do those of a
    # later table (loading warns that only the first table lists articles: adding them to it
    # would list them twice); rows whose file is outside the folder are kept (loading says what
    # is wrong with them).
    inside = _listed_paths(loader, [e.file for e in parsed.entries] + list(parsed.malformed)
                           + list(parsed.later), root)
    loader.listed = set(inside.values())
    missing = [entry.file for entry in parsed.entries
               if entry.file in inside and not os.path.lexists(folder / loader._on_disk(entry.file))]
    _add_unlisted(loader)
    header = parsed.header or ("file", "title", "outlet", "published", "url", "notes")
    rows = _new_rows(loader, header)
    if warnings is not None:
        loader.kinds.close()
        warnings.extend(loader.warnings)
    kept = len(parsed.entries)
    if not rows:
        return IndexUpdate(target, kept=kept, missing=tuple(missing), written=False)
    text = _with_rows(raw, parsed, header, list(rows.values()))
    path = atomic_write_text(target, text, force=True)
    return IndexUpdate(path, kept=kept, added=tuple(rows), missing=tuple(missing))


def _raw_index_text(path: Path) -> str:
    """INDEX.md's text as it is: UTF-8 decoded strictly (a byte-order mark kept as U+FEFF), so that
    writing it back gives the same bytes; another encoding decoded as loading decodes it."""
    try:
        data = read_regular_bytes(path, MAX_FILE_BYTES, nofollow=True)
    except (FileNotFoundError, NotReadable):
        return read_text_file(path, nofollow=True)[0]  # (its UnusableFile says why)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return read_text_file(path, nofollow=True)[0]


# Breaks that sanitize() makes lines of, inside a line of INDEX.md: a U+2028 or a stray \r in a
# cell is a space there, not the end of its row.
_BREAKS_IN_LINE = re.compile(r"[\r\x0b\x0c\x85\u2028\u2029]")


def _line_break(raw: str) -> str:
    """What ends INDEX.md's lines: \n (after a \r or not), or \r in a file without any \n."""
    return "\n" if "\n" in raw or "\r" not in raw else "\r"


def index_text(raw: str) -> str:
    """INDEX.md's text cleaned for ``parse_index``, one line for each line of ``raw`` (so that
    ``index --update`` finds its rows in the file again). Zero width joiners and non-joiners
    are kept (``sanitize(joiners=False)``): in a file cell they are part of the name it looks up
    ("Auf<ZWNJ>lage.txt"), and every other cell is cleaned of them where it is read."""
    lines = raw.split(_line_break(raw))
    return sanitize("\n".join(_BREAKS_IN_LINE.sub(" ", line) for line in lines), joiners=False)


def _line_ending(raw: str) -> str:
    """The line ending most lines of ``raw`` end with (\n without any)."""
    if _line_break(raw) == "\r":
        return "\r"
    crlf = raw.count("\r\n")
    return "\r\n" if crlf > raw.count("\n") - crlf else "\n"


def _with_rows(raw: str, parsed: ParsedIndex, header: tuple[str, ...], rows: list[str]) -> str:
    """``raw`` (INDEX.md as written) with ``rows`` added after its table's last row (after a new
    table at its end when it has none), every other character kept."""
    eol = _line_ending(raw)
    if not parsed.header:  # no table yet: one after what is there, a blank line between
        table = ["| " + " | ".join(header) + " |",
                 "|" + "|".join("-" * (len(column) + 2) for column in header) + "|"]
        head = raw if not raw or raw.endswith(("\n", "\r")) else raw + eol
        if head.strip() and head.splitlines()[-1].strip():
            head += eol
        return head + "".join(line + eol for line in table + rows)
    # The table's last row is line parsed.end - 1 of the file (index_text keeps its lines).
    ending = re.compile(re.escape(_line_break(raw)))
    end = None
    for end in itertools.islice(ending.finditer(raw), parsed.end - 1, parsed.end):
        pass
    if end is None:  # the last line, without a line ending
        return raw + "".join(eol + row for row in rows)
    return raw[:end.end()] + "".join(row + eol for row in rows) + raw[end.end():]
