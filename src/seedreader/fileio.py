"""Atomic writes: the target is either the complete new file or the untouched old one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputExists, SeedreaderError


def atomic_write_text(path: str | os.PathLike, text: str, *, force: bool = False) -> Path:
    """Write ``text`` (UTF-8) to ``path`` via a temporary file in the same folder and a rename."""
    target = Path(path)
    if target.is_dir():
        raise SeedreaderError(f"{target} is a folder, not a file")
    if target.exists() and not force:
        raise OutputExists(f"{target} exists; use --force to overwrite it")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise SeedreaderError(f"cannot write {target}: folder {folder} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise SeedreaderError(f"cannot write {target}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists() and not force:
            raise OutputExists(f"{target} exists; use --force to overwrite it")
        os.replace(tmp_name, target)
    except BaseException as exc:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise SeedreaderError(f"cannot write {target}: {exc.strerror or exc}") from None
        raise
    return target
