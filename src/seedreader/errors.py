"""Errors that reach the user as one line: ``seedreader: error: <message>``."""

PROG = "seedreader"  # the command's name, in that line and in the commands hints give


class SeedreaderError(Exception):
    """A problem the user can act on; its message is shown as is, without a traceback."""


class UsageError(SeedreaderError):
    """The command line was wrong (exit status 2)."""


class OutputExists(SeedreaderError):
    """The target file exists and --force was not given."""


def closest(word: str, choices) -> str:
    """' (did you mean 'percent'?)' when ``word`` is close to one of ``choices``, else ''."""
    import difflib

    close = difflib.get_close_matches(word.lower(), choices, n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""
