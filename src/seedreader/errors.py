"""Errors that reach the user as one line: ``seedreader: error: <message>``."""


class SeedreaderError(Exception):
    """A problem the user can act on; its message is shown as is, without a traceback."""


class UsageError(SeedreaderError):
    """The command line was wrong (exit status 2)."""


class OutputExists(SeedreaderError):
    """The target file exists and --force was not given."""
