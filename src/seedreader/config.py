"""The user's config (key overrides, theme) and the reader's state (the last pair of each
corpus, the theme last chosen, the folder and format of each corpus's last export).

Both are JSON files in the folders seedreader.paths names. A file that is empty, corrupt,
unreadable or written by a newer seedreader is never trusted and never overwritten: it is renamed
aside (``state.json.bad``, ``state.json.bad.1``, ...), defaults are used, and a notice says so.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import paths
from .errors import SeedreaderError
from .fileio import NotReadable, read_regular_bytes

VERSION = 1
MAX_BYTES = 1024 * 1024  # far more than any config or state we write; a bigger file is not ours
BUNDLED = "<bundled>"  # the state's name for the bundled corpus
MAX_PAIRS = 50
MAX_PATH = 4096  # a saved folder longer than any path a system takes is not one we wrote


@dataclass(frozen=True, slots=True)
class Config:
    """Written by the user: ``{"version": 1, "theme": "nord", "keymap": {"swap": "x"}}``."""

    keymap: dict[str, str] = field(default_factory=dict)  # binding id -> keys ("n,j")
    theme: str | None = None


@dataclass(frozen=True, slots=True)
class State:
    """Written by the reader: what to show next time. (Which corpus to open is never
    remembered: a bare ``seedreader`` opens the bundled seeds.)"""

    pairs: dict[str, tuple[str, str]] = field(default_factory=dict)  # corpus -> (left, right)
    theme: str | None = None
    writable: bool = True  # False when a bad file could not be moved aside: never write over it
    # corpus -> (absolute folder, format) of its last export: each corpus is one story, whose
    # exports go together; another story's folder would file them under the wrong one
    exports: dict[str, tuple[str, str]] = field(default_factory=dict)

    def pair_for(self, corpus: str) -> tuple[str, str] | None:
        return self.pairs.get(corpus)

    def with_pair(self, corpus: str, left: str, right: str) -> State:
        return replace(self, pairs=_latest(self.pairs, corpus, (left, right)))

    def export_for(self, corpus: str) -> tuple[str, str] | None:
        """(folder, format) of the last export from ``corpus``, if any."""
        return self.exports.get(corpus)

    def with_export(self, corpus: str, folder: str, fmt: str) -> State:
        return replace(self, exports=_latest(self.exports, corpus, (folder, fmt)))

    def with_theme(self, theme: str) -> State:
        return replace(self, theme=theme)

    def to_dict(self) -> dict:
        data = {"version": VERSION, "theme": self.theme,
                "pairs": {k: list(v) for k, v in self.pairs.items()}}
        if self.exports:  # (absent until the first export)
            data["exports"] = {k: {"folder": folder, "format": fmt}
                               for k, (folder, fmt) in self.exports.items()}
        return data


def _latest(entries: dict[str, tuple[str, str]], corpus: str, value: tuple[str, str]
            ) -> dict[str, tuple[str, str]]:
    """``entries`` with ``corpus``'s value last, keeping the MAX_PAIRS most recent corpora."""
    entries = {k: v for k, v in entries.items() if k != corpus}
    entries[corpus] = value
    return dict(list(entries.items())[-MAX_PAIRS:])


def corpus_key(path: str | os.PathLike | None) -> str:
    """How the state names a corpus: its absolute folder, or BUNDLED."""
    if path is None:
        return BUNDLED
    return str(Path(path).resolve())


def _aside(path: Path) -> Path | None:
    """Rename ``path`` to a free ``<name>.bad[.N]`` next to it; None if that fails."""
    for n in range(1000):
        target = path.with_name(f"{path.name}.bad" + (f".{n}" if n else ""))
        if not target.exists():
            try:
                os.replace(path, target)
            except OSError:
                return None
            return target
    return None


def _read_json(path: Path, what: str, notices: list[str]) -> tuple[dict | None, bool]:
    """The file's JSON object, or None (with a notice) when it is absent or not to be trusted.

    The second value is False when a bad file could not be moved aside.
    """
    problem = None
    raw = b""
    try:
        raw = read_regular_bytes(path, MAX_BYTES)
    except FileNotFoundError:
        return None, True
    except NotReadable as exc:
        problem = exc.problem
    data = None
    if problem is None:
        try:
            data = json.loads(raw.decode("utf-8")) if raw.strip() else None
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            problem = "is not valid JSON"
        else:
            if data is None:
                problem = "is empty"
            elif not isinstance(data, dict):
                problem = "is not a JSON object"
            elif not isinstance(data.get("version", VERSION), int):
                problem = "has a version that is not a number"
            elif data.get("version", VERSION) > VERSION:
                problem = (f"was written by a newer seedreader (version {data['version']}, "
                           f"this one reads {VERSION})")
    if problem is None:
        return data, True
    moved = _aside(path)
    if moved is not None:
        notices.append(f"{what} {path} {problem}; using defaults (the file is now {moved.name})")
        return None, True
    notices.append(f"{what} {path} {problem}; using defaults (it could not be moved aside, "
                   f"so it is left as it is)")
    return None, False


def load_config(path: Path | None = None) -> tuple[Config, list[str]]:
    """The user's config and notices about anything in it that was not used."""
    path = path or paths.config_file()
    notices: list[str] = []
    data, _ = _read_json(path, "config", notices)
    if data is None:
        return Config(), notices
    keymap: dict[str, str] = {}
    raw_keymap = data.get("keymap", {})
    if not isinstance(raw_keymap, dict):
        notices.append(f"config {path}: 'keymap' should map binding ids to keys; ignored")
        raw_keymap = {}
    for binding_id, keys in raw_keymap.items():
        if isinstance(keys, list) and all(isinstance(k, str) for k in keys):
            keys = ",".join(keys)
        if not isinstance(keys, str) or not keys.strip():
            notices.append(f"config {path}: keymap entry {binding_id!r} is not a key; ignored")
            continue
        keymap[str(binding_id)] = keys.replace(" ", "")
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str):
        notices.append(f"config {path}: 'theme' should be a theme name; ignored")
        theme = None
    return Config(keymap=keymap, theme=theme), notices


def load_state(path: Path | None = None) -> tuple[State, list[str]]:
    """The reader's last state and notices; defaults when there is none or it is bad."""
    path = path or paths.state_file()
    notices: list[str] = []
    data, writable = _read_json(path, "state", notices)
    if data is None:
        return State(writable=writable), notices
    pairs: dict[str, tuple[str, str]] = {}
    raw_pairs = data.get("pairs")
    if isinstance(raw_pairs, dict):
        for key, value in raw_pairs.items():
            if (isinstance(value, list) and len(value) == 2
                    and all(isinstance(v, str) for v in value)):
                pairs[str(key)] = (value[0], value[1])
    theme = data.get("theme")  # ("corpus", written by earlier versions, was never used)
    return State(pairs=pairs, theme=theme if isinstance(theme, str) else None,
                 exports=_exports(data.get("exports"))), notices


def _exports(raw: object) -> dict[str, tuple[str, str]]:
    """The saved exports that can be used: a folder ``usable_folder`` takes and a format the
    reader exports; any other entry is dropped, as a bad pair is."""
    from .export import PAIR_FORMATS

    exports: dict[str, tuple[str, str]] = {}
    if not isinstance(raw, dict):
        return exports
    for key, value in raw.items():
        if not isinstance(value, dict):
            continue
        folder, fmt = value.get("folder"), value.get("format")
        if isinstance(folder, str) and usable_folder(folder) and fmt in PAIR_FORMATS:
            exports[str(key)] = (folder, fmt)
    return exports


def usable_folder(folder: str) -> bool:
    """Whether the state can hold ``folder`` and give it back: an absolute path, with no NUL,
    no more than MAX_PATH characters, in UTF-8 (a name with bytes that are not, kept as lone
    surrogates, could not be written to the JSON file)."""
    try:
        folder.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return os.path.isabs(folder) and "\0" not in folder and len(folder) <= MAX_PATH


def save_state(state: State, path: Path | None = None) -> bool:
    """Write the state atomically; False (nothing written) when it must not or cannot be."""
    if not state.writable:
        return False
    path = path or paths.state_file()
    from .fileio import atomic_write_text

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps(state.to_dict(), ensure_ascii=False, indent=2) + "\n",
                          force=True)
    except (OSError, SeedreaderError):
        return False
    return True
