"""Files in and out: atomic writes (the target is either the complete new file or the untouched
old one, and nothing is replaced without --force), bounded reads of regular files only, and the
decoding of what is read (``decode_file``, over ``sanitize.decode``)."""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import unicodedata
from pathlib import Path

from .errors import OutputExists, SeedreaderError
from .sanitize import BOMS, decode, visible


def check_link_within(path: str | os.PathLike, folder: str | os.PathLike) -> None:
    """Refuse (SeedreaderError) when ``path`` is a symlink that leads outside ``folder``: a file
    a folder's owner let a link point to (``INDEX.md -> ~/notes.md``) is not ours to replace."""
    link = Path(path)
    if not link.is_symlink():
        return
    real, root = Path(os.path.realpath(link)), Path(os.path.realpath(folder))
    if not real.is_relative_to(root):
        raise SeedreaderError(f"{visible(str(link))} is a link to {visible(str(real))}, outside "
                              f"{visible(str(folder))}; not writing through it (remove the link "
                              "to write a new file)")


def check_target(path: str | os.PathLike, *, force: bool = False) -> None:
    """Refuse (SeedreaderError; OutputExists) a target ``atomic_write_text`` would refuse, so a
    command can ask before its work rather than after it: a name ending in '/' (a folder's), a
    folder, a file that exists (without ``force``), a missing folder, one that is not
    writable, a name the system finds too long."""
    _writable_target(path, force=force)


def _writable_target(path: str | os.PathLike, *, force: bool
                     ) -> tuple[Path, str, os.stat_result | None]:
    """(the file to write, its name for messages, its stat if it exists: a regular file when
    ``force``, or a character device or pipe to write through), or SeedreaderError."""
    given = os.fspath(path)
    name = visible(given)
    if isinstance(given, str) and given.endswith(("/", os.sep)):
        raise SeedreaderError(f"cannot write {name}: a name ending in '/' is a folder's; give a "
                              "file name")
    target = Path(given)
    try:
        info = os.stat(target)
    except OSError as exc:  # absent, a dangling link; a name too long is said now
        _too_long(exc, name)
        info = None
    except ValueError:  # a NUL in the name
        info = None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise SeedreaderError(f"{name} is a folder, not a file")
    if info is not None and not stat.S_ISREG(info.st_mode):
        if not (stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
            raise SeedreaderError(f"cannot write {name}: it is not a regular file, a character "
                                  "device or a pipe")
        return target, name, info
    try:
        link = target.is_symlink()
    except OSError as exc:
        _too_long(exc, name)
        raise SeedreaderError(f"cannot write {name}: {exc.strerror or exc}") from None
    if (info is not None or link) and not force:
        raise OutputExists(f"{name} exists; use --force to overwrite it")
    if link:  # replace the file it leads to; the link stays a link
        target = Path(os.path.realpath(target))
    folder = target.parent if str(target.parent) else Path(".")
    try:
        is_folder = folder.is_dir()
    except OSError as exc:
        _too_long(exc, name)
        raise SeedreaderError(f"cannot write {name}: {exc.strerror or exc}") from None
    if not is_folder:
        raise SeedreaderError(f"cannot write {name}: {no_folder(folder, visible(str(folder)))}")
    if not os.access(folder, os.W_OK | os.X_OK):  # (no permission, a read-only file system)
        raise SeedreaderError(f"cannot write {name}: folder {visible(str(folder))} is not "
                              "writable")
    return target, name, info


def no_folder(folder: Path, where: str) -> str:
    """Why ``folder`` (not a folder; ``where``: its name as a message shows it) holds no file:
    "folder new does not exist", or "notes is not a folder" when something else is there."""
    return f"{where} is not a folder" if folder.exists() else f"folder {where} does not exist"


def _too_long(exc: OSError, name: str) -> None:
    """The one message for a name too long, whichever call found it."""
    if exc.errno == errno.ENAMETOOLONG:
        raise SeedreaderError(f"cannot write {name}: {os.strerror(errno.ENAMETOOLONG)}") from None


def atomic_write_text(path: str | os.PathLike, text: str, *, force: bool = False) -> Path:
    """Write ``text`` (UTF-8) to ``path`` via a temporary file in the same folder and a rename.

    A target that exists and is not a regular file is no file to lose and cannot be renamed
    over: a character device or a pipe (``/dev/null``, ``/dev/stdout``, ``>(gzip)``) is written
    to directly, anything else (a block device, a socket) is refused. So is everything
    ``check_target`` refuses (checked again here: things may have changed since).

    A symlink at ``path`` stays a link: the file it leads to gets the text (with ``force``; the
    user named it, as ``-o link.html``); a writer of a folder's own file refuses a link out of
    the folder first (``check_link_within``).
    """
    given = Path(path)
    target, name, info = _writable_target(path, force=force)
    if info is not None and not stat.S_ISREG(info.st_mode):
        return _write_through(target, name, info, text)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        # (the name cut short: a target name near the system's limit leaves no room for more)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name[:64]}.", suffix=".tmp",
                                        dir=folder)
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        raise SeedreaderError(f"cannot write {name}: {getattr(exc, 'strerror', None) or exc}"
                              ) from None
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would have,
        # or keep the mode of the file it replaces.
        os.fchmod(fd, stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_UMASK)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists() and not force:
            raise OutputExists(f"{name} exists; use --force to overwrite it")
        os.replace(tmp_name, target)
    except BaseException as exc:  # KeyboardInterrupt and SystemExit too: never leave the temp
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise SeedreaderError(f"cannot write {name}: {exc.strerror or exc}") from None
        raise
    return given


def _write_through(target: Path, name: str, info: os.stat_result, text: str) -> Path:
    """Write to an existing character device or pipe as it is (no temporary file, no rename)."""
    # Non-blocking open: a named pipe nobody reads from is an error now, never a hang.
    nonblock = getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(target, os.O_WRONLY | nonblock | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise SeedreaderError(f"cannot write {name}: nothing is reading from it") from None
        raise SeedreaderError(f"cannot write {name}: {exc.strerror or exc}") from None
    try:
        if nonblock:
            os.set_blocking(fd, True)
        with os.fdopen(fd, "w", encoding="utf-8", newline="", closefd=False) as handle:
            handle.write(text)
    except OSError as exc:
        raise SeedreaderError(f"cannot write {name}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    return target


def _read_umask() -> int:
    # os.umask can only be read by setting it; do that once, at import, before any thread runs.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


class NotReadable(Exception):
    """Why a file is not read. ``problem`` completes "the file ..." ("is not a regular file",
    "cannot be read (Permission denied)"); ``os_error`` is set when the system refused."""

    def __init__(self, problem: str, os_error: str | None = None):
        super().__init__(problem)
        self.problem = problem
        self.os_error = os_error


def megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def read_regular_bytes(path: str | os.PathLike, limit: int, *, nofollow: bool = False) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (FileNotFoundError when absent,
    NotReadable otherwise).

    A FIFO or device is refused without blocking on it, and the size is checked on the open
    file before reading, so a huge file costs nothing and memory stays bounded.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if nofollow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except OSError as exc:
        error = exc.strerror or str(exc)
        raise NotReadable(f"cannot be read ({error})", error) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise NotReadable("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise NotReadable("is not a regular file")
        if info.st_size > limit:
            raise NotReadable(f"is too large ({megabytes(info.st_size)}; "
                              f"the limit is {megabytes(limit)})")
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as handle:
        try:
            # read(n) allocates n bytes up front: ask for what the file holds (+1 to see growth).
            data = handle.read(info.st_size + 1)
        except OSError as exc:
            error = exc.strerror or str(exc)
            raise NotReadable(f"cannot be read ({error})", error) from None
    if len(data) > limit:  # it grew while we looked
        raise NotReadable(f"is too large (the limit is {megabytes(limit)})")
    return data


# --- decoding what sanitize.decode does not read well ---------------------------------------------
# Each byte that is not part of valid UTF-8, as surrogateescape leaves it (U+DC80-U+DCFF), read
# as cp1252, or as latin-1 where cp1252 has no character (0x81, 0x8D, 0x8F, 0x90, 0x9D).
def _stray_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")


_STRAY_BYTES = {0xDC00 + byte: _stray_char(byte) for byte in range(0x80, 0x100)}
_STRAYS = re.compile("[\udc80-\udcff]")
_MULTIBYTE = re.compile("[^\x00-\x7f\udc80-\udcff]")  # a character of a valid multi-byte sequence
# Of the characters of a sample of UTF-16 text, this share at least prints (or is whitespace).
_PRINTABLE_SHARE = 0.95


def decode_file(data: bytes) -> tuple[str, list[str]]:
    """``sanitize.decode``, plus two kinds of text it does not read (notes say how they were):

    - UTF-8 with a few stray bytes of another encoding (a cp1252 apostrophe pasted into a UTF-8
      article): read as UTF-8 with only the bytes that are not valid UTF-8 read as cp1252 (latin-1
      where cp1252 has none), instead of the whole file as cp1252. Only a file that holds valid
      multi-byte UTF-8 sequences: one that holds none (plain cp1252 or latin-1) is decoded as
      before.
    - UTF-16 without a byte-order mark (little- or big-endian): NUL bytes in every other
      position, text in the others, decoding without error to printable text; binary stays
      refused (BinaryContent).
    """
    marked = data.startswith(tuple(bom for bom, _ in BOMS))
    if not marked and b"\x00" in data:  # (decode refuses NULs as binary)
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
    text, notes = decode(data)  # BinaryContent for what is not text
    if not notes and not text.isascii():  # UTF-8: it may have been cp1252 before (mojibake)
        repaired = unmojibake(text)
        if repaired is not None:
            return repaired, [_REPAIRED]
    if marked or not notes:  # a byte-order mark decided, or valid UTF-8
        return text, notes
    mixed = data.decode("utf-8", "surrogateescape")
    if _MULTIBYTE.search(mixed) is None:
        return text, notes
    strays = len(_STRAYS.findall(mixed))
    return mixed.translate(_STRAY_BYTES), [
        f"{strays} byte{'s' if strays != 1 else ''} not valid UTF-8: read as cp1252"]


# Mojibake: UTF-8 read as cp1252 (or latin-1) and saved as UTF-8 again, so that each byte of a
# multi-byte character became a character of its own: "’" (E2 80 99) is "â€™", "é" (C3 A9) "Ã©".
# A telltale pair: a character of a lead byte (C2-F4) and one of a continuation byte (80-BF).
_CONTINUATION = "".join(_stray_char(byte) for byte in range(0x80, 0xC0))
_REPAIRED = 'double-encoded UTF-8 (UTF-8 once read as cp1252, "â€™" for "’"): repaired'
_BACK_TO_BYTES = {ord(_stray_char(byte)): 0xDC00 + byte for byte in range(0x80, 0x100)}


# A telltale sequence: a whole UTF-8 character's bytes read as cp1252 (a lead byte's character and
# as many continuation bytes' characters as it takes). The evidence it gives is its continuation
# characters: "â€™" (three bytes) gives two, "ß’" one (a German "ß" before a curly apostrophe).
_C = "[" + re.escape(_CONTINUATION) + "]"
# One leading character class (not three alternatives) so that the scan skips ahead to a lead
# character; ``_evidence`` counts only as many continuation characters as the lead takes.
_MOJIBAKE_SEQUENCE = re.compile(f"[\u00c2-\u00f4]{_C}{{1,3}}")
MOJIBAKE_EVIDENCE = 2  # continuation characters in telltale sequences, at least


def _continuations(lead: str) -> int:
    """How many continuation bytes follow the UTF-8 lead byte whose cp1252 character is ``lead``."""
    return 1 if lead <= "\u00df" else 2 if lead <= "\u00ef" else 3


def _evidence(text: str) -> int:
    total = 0
    for found in _MOJIBAKE_SEQUENCE.findall(text):
        needed = _continuations(found[0])
        if len(found) > needed:
            total += needed
    return total


def _repairs_to(char: str) -> bool:
    """Whether a repair may bring ``char`` into a text: mojibake is made of Latin-1 letters and
    cp1252 punctuation, so its repair is what a Latin-script article holds (Latin letters,
    punctuation, symbols, emoji), not a letter of another script ("Ó’Brien" is no "ӒBrien")."""
    if char.isascii() or unicodedata.name(char, "").startswith("LATIN"):
        return True
    category = unicodedata.category(char)
    return category[0] == "S" or category[0] in "PNZ" and ord(char) < 0x2C00 \
        or category == "Mn" and 0x300 <= ord(char) < 0x370


def unmojibake(text: str) -> str | None:
    """``text`` repaired when it is clearly UTF-8 read as cp1252 (or latin-1): every non-ASCII
    character is one a byte decodes to there, those bytes read as UTF-8 without error, the text
    has two telltale continuation characters at least (``_MOJIBAKE_SEQUENCE``: one "â€™", or two
    "Ã©") and the result fewer, and every character the repair makes is one a Latin-script text
    holds (``_repairs_to``); else None. Text that mixes mojibake with characters it cannot be made
    of ("café" and "â€™") is left alone: it does not round-trip. So is right text that holds one
    such sequence by chance ("Strauß’s", "5×—") or repairs to another script.
    """
    found = _evidence(text)
    if found < MOJIBAKE_EVIDENCE:
        return None
    as_bytes = text.translate(_BACK_TO_BYTES)
    if _MULTIBYTE.search(as_bytes) is not None:  # a character no cp1252 byte decodes to
        return None
    try:
        repaired = as_bytes.encode("utf-8", "surrogateescape").decode("utf-8")
    except UnicodeDecodeError:
        return None
    if _evidence(repaired) >= found:
        return None
    return repaired if all(map(_repairs_to, set(repaired) - set(text))) else None


def _utf16_without_bom(data: bytes) -> tuple[str, list[str]] | None:
    """(text, notes) when ``data`` (which holds NULs) is UTF-16 without a byte-order mark, else
    None."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:8192]
    pairs = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # The high byte of every ASCII character is NUL (of a space, a digit, punctuation in any
    # script: 10% of the units at least), the low byte almost never (a NUL character).
    if odd >= pairs * 0.1 and even <= pairs * 0.01:
        encoding, order = "utf-16-le", "little-endian"
    elif even >= pairs * 0.1 and odd <= pairs * 0.01:
        encoding, order = "utf-16-be", "big-endian"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:  # lone surrogates: not UTF-16
        return None
    head = text[:4096]
    printable = sum(1 for char in head if char.isprintable() or char in "\t\n\r\f\v")
    if printable < len(head) * _PRINTABLE_SHARE:
        return None
    return text, [f"UTF-16 ({order}) without a byte-order mark: decoded as {encoding}"]
