"""The command line: `seedreader [CORPUS]` opens the reader; verbs script the engine.

Verbs other than the reader must not import textual: they stay fast to start.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

from . import __version__
from .errors import PROG, SeedreaderError, UsageError, closest
from .sanitize import shown, typed, visible

FACT_FORMATS = ("text", "json", "csv")  # facts.render.FORMATS, without loading the engine to parse


def _corpus_arg(parser, *, flag: bool = False) -> None:
    help_text = "corpus folder (default: the bundled seeds)"
    if flag:
        parser.add_argument("--corpus", metavar="DIR", help=help_text)
    else:
        parser.add_argument("corpus", nargs="?", metavar="CORPUS", help=help_text)


def _output_args(parser, *, html: bool = True) -> None:
    # (an HTML page goes to a terminal only with -o -: said where the verb writes HTML)
    page = " (an HTML page goes to a terminal only with -o -)" if html else ""
    parser.add_argument("-o", "--output", metavar="FILE",
                        help=f"write to FILE (atomically); '-' or nothing: stdout{page}")
    parser.add_argument("--force", action="store_true", help="overwrite an existing FILE")


def _at_least_one(text: str) -> int:
    """An argparse type: a whole number of 1 or more."""
    from argparse import ArgumentTypeError

    try:
        n = int(text)
    except ValueError:
        raise ArgumentTypeError(f"not a whole number: {text!r}") from None
    if n < 1:
        raise ArgumentTypeError(f"must be 1 or more, not {n}")
    return n


def build_parser():
    # argparse is imported here, not at module level: the reader's start-up does not need it.
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str):  # one line, exit 2, with our prefix (no usage lines)
            raise _ParseError(message, self.prog)

    parser = _Parser(
        prog=PROG,
        description="Compare how several sources report the same event.",
        epilog="Run 'seedreader [CORPUS]' to open the reader; 'seedreader VERB --help' for a verb.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser)

    p = sub.add_parser("sources", help="list the sources of a corpus",
                       description="List the sources of a corpus, in INDEX.md order.")
    _corpus_arg(p)
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser("diff", help="compare two sources word by word",
                       description="Compare two sources: paragraphs aligned, words diffed. "
                       "LEFT and RIGHT are source ids, their file names, 1-based positions in the "
                       "index, or files; CORPUS (or --corpus) their folder. Text: [-A only-]{+B only+}, and {~~A's~>B's~~} "
                       "(CriticMarkup's substitution) for a difference that does not count (case, "
                       "quote marks, 5% vs 5 percent). When a text holds such markers itself, a "
                       "backslash comes before each of them and each backslash of the texts "
                       "(the output says so); --format json gives each side's exact wording.")
    p.add_argument("left", metavar="LEFT")
    p.add_argument("right", metavar="RIGHT")
    p.add_argument("corpus_here", nargs="?", metavar="CORPUS",
                   help="corpus folder, as with the other verbs (the same as --corpus)")
    _corpus_arg(p, flag=True)
    p.add_argument("--format", choices=("text", "json", "html", "md"),
                   help="default: what -o's suffix says (.html .htm .md .markdown .json .txt), "
                   "else text")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="colour the text diff: auto (on a terminal, unless NO_COLOR is set or "
                   "TERM=dumb), always (for less -R), never")
    _output_args(p)

    p = sub.add_parser("index", help="write an INDEX.md for a folder of articles",
                       description="Write DIR/INDEX.md listing DIR's articles: its .txt and .md "
                       "files in name order, each titled from its text. Left out, each with a "
                       "warning: the folder's own documents (README, LICENSE, notes...), "
                       "seedreader's exports, empty and unreadable files, and subfolders (add "
                       "rows such as 'sub/a.txt' by hand).")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--force", action="store_true",
                   help="rewrite an existing INDEX.md from scratch (its outlets, dates, urls, "
                   "notes and titles are lost)")
    p.add_argument("--update", action="store_true",
                   help="add rows for the files INDEX.md does not list, after its table's last "
                   "row; every row and line already there stays as it is (rows whose file is "
                   "missing are named, for you to fix or remove)")

    p = sub.add_parser("facts", help="tally figures, dates and quotes across sources",
                       description="Tally the figures, dates and quotes of a corpus: how many "
                       "sources support each, and where they contradict each other.")
    _corpus_arg(p)
    p.add_argument("--format", choices=FACT_FORMATS,
                   help="default: what -o's suffix says (.txt .json .csv), else text")
    p.add_argument("--min-support", type=_at_least_one, default=1, metavar="N",
                   help="only facts that N or more sources support")
    p.add_argument("--kind", metavar="K", action="append",
                   help="only facts of kind K (percent, count, date, quote...); several: "
                   "--kind date --kind percent, or --kind date,percent")
    _output_args(p, html=False)

    p = sub.add_parser("export", help="a corpus report: every source against a base",
                       description="Export a corpus report: every source against a base source, "
                       "a similarity matrix and the fact tally.")
    _corpus_arg(p)
    p.add_argument("--format", choices=("html", "md", "json"),
                   help="default: what -o's suffix says (.html .htm .md .markdown .json), else html")
    p.add_argument("--base", metavar="ID", help="base source: its id, file name, position or "
                   "the path of its file (default: the first, as 'seedreader sources' lists "
                   "them, unless it has under half the median source's words: then the source "
                   "most like the others; the report says which and why)")
    _output_args(p)
    parser.verbs = sub.choices  # each verb's own parser, for hints about its options
    return parser


class _ParseError(UsageError):
    """argparse's complaint; ``message`` and ``prog`` kept apart, to add a hint between them."""

    def __init__(self, message: str, prog: str):
        super().__init__(f"{message} (see {prog} --help)")
        self.message, self.prog = message, prog


def _options(parser) -> dict[str, object]:
    """A parser's option strings ('--format', '-o') and their actions."""
    return {option: action for action in parser._actions for option in action.option_strings}


def _argument_hint(parser, verb: str | None, argv: list[str]) -> str:
    """What to add to a parse error about ``argv``: ' (did you mean '--format'?)' for a mistyped
    option of the verb; for an id or name that starts with '-' (taken for an option), how to
    give it: after '--', or as --base=-x after an option that takes a value."""
    options = _options(parser)
    previous = None
    for word in argv:
        if word == "--":
            break
        before, previous = previous, word  # (an option before the word may take it as its value)
        if not word.startswith("-") or word == "-" or parser._negative_number_matcher.match(word):
            continue
        name = word.split("=", 1)[0]
        if name in options or any(o.startswith(name) for o in options if name.startswith("--")):
            continue  # known, or an abbreviation argparse takes
        hint = closest(name, options)
        if hint:
            return hint
        action = options.get(before)
        if action is not None and action.nargs != 0:
            return f" (a value that starts with '-' is given as {before}={word})"
        if verb is not None and not word.startswith("--"):
            return (f" (ids and names that start with '-' go after '--': "
                    f"{PROG} {verb} [options] -- {word})")
    return ""


def _say(message: str) -> None:
    """One line on stderr, ``seedreader: message``. Messages quote paths, arguments and file
    names the user gave: nothing in them may reach the terminal as a control code."""
    print(f"{PROG}: {visible(message)}", file=sys.stderr)


def _load(path: str | None):
    from .corpus import load_corpus

    corpus = load_corpus(path)
    for warning in corpus.warnings:
        _say(f"warning: {warning}")
    return corpus


def _encodable(text: str, fmt: str = "text") -> str:
    """``text`` as stdout's encoding can carry it: a terminal set to ASCII or Latin-1 gets ``?``
    for what it cannot show (with one warning), never a UnicodeEncodeError. JSON and HTML lose
    nothing: JSON gets ``\\u2019`` escapes instead (what ``ensure_ascii=True`` writes), HTML
    character references (``&#8217;``)."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        if fmt == "json":
            from .export.jsonfmt import ascii_json

            return ascii_json(text)
        if fmt == "html":
            return text.encode(encoding, "xmlcharrefreplace").decode(encoding)
        _say(f"warning: the output encoding ({encoding}) cannot show some characters; "
             "they are written as '?' (use -o FILE for UTF-8, or set PYTHONIOENCODING=utf-8)")
        return text.encode(encoding, "replace").decode(encoding)
    except LookupError:
        pass
    return text


def emit(text: str, output: str, force: bool, *, fmt: str = "text") -> None:
    """Write ``text`` to stdout (``-``) or atomically to a file (``fmt``: what ``text`` is, for a
    stdout that cannot encode all of it)."""
    if output in (None, "-"):
        if sys.stdout is None:  # started with stdout closed (`seedreader ... >&-`)
            raise SeedreaderError("standard output is closed; give -o FILE")
        try:
            sys.stdout.write(_encodable(text, fmt))
            if text and not text.endswith("\n"):
                sys.stdout.write("\n")
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:  # e.g. > /dev/full
            raise SeedreaderError(f"cannot write to standard output: {exc.strerror or exc}"
                                  ) from None
        return
    from .fileio import atomic_write_text

    target = atomic_write_text(output, text, force=force)
    _say(f"wrote {target}")


def _check_output(args, corpus, *sides) -> None:
    """Refuse ``-o`` before the work (which may take minutes), where the write after it would
    be refused: a file this run reads, even with --force (a compared file, one of the corpus's
    articles or its INDEX.md: the export would replace what it was made from); then a file that
    exists (without --force), a folder missing or not writable, a folder, a name ending in '/'
    (``fileio.check_target``; the write itself checks again)."""
    output = args.output
    if output in (None, "-"):
        return
    from .corpus import INDEX_NAME, index_to_be, input_at
    from .fileio import check_target

    if not os.path.lexists(output):  # nothing there to replace; an INDEX.md to be?
        whose = index_to_be(output, corpus, *sides)
        if whose is not None:
            raise SeedreaderError(
                f"{typed(output)} would become the index of {whose} (where its {INDEX_NAME} "
                "goes: every later load of the folder would read it); not writing an export "
                "there, even with --force (write elsewhere, or under another name)")
    else:
        what = input_at(output, corpus, *sides)
        if what is not None:
            raise SeedreaderError(f"{typed(output)} is {what}, an input of this run; not "
                                  "replacing it, even with --force (write elsewhere)")
    check_target(output, force=args.force)


def _cmd_sources(args) -> int:
    corpus = _load(args.corpus)
    if args.format == "json":
        from .export.jsonfmt import dump_json  # indent=2 when small, fast when large

        data = corpus.to_dict()  # ("file": its path in the folder, not this machine's path)
        emit(dump_json(data), "-", False, fmt="json")
        return 0
    from .textout import sources_table

    emit(sources_table(corpus), "-", False)
    return 0


def _cmd_diff(args) -> int:
    from .align import compare
    from .corpus import name_shown, outside_source
    from .export import PAIR_FORMATS, render_pair
    from .export.factview import same_file

    fmt = _output_format(args, PAIR_FORMATS, "text")
    _no_page_on_terminal(args, fmt)
    _corpus_once(args)
    corpus = _load(args.corpus)
    _no_folder_side(corpus, args)
    for ref in dict.fromkeys((args.left, args.right)):
        _warn_ambiguous(corpus, ref)
    sides = {ref: _source_ref(corpus, ref, files=True, given=args.corpus is not None)
             for ref in (args.left, args.right)}
    for ref, found in sides.items():  # (a file outside the corpus: read once)
        sides[ref] = found if found is not None else outside_source(corpus, ref)
    left, right = sides[args.left], sides[args.right]
    if args.corpus is None and any(s in corpus.sources for s in (left, right)) and _articles_here():
        _say("warning: compared the bundled seeds' sources (no --corpus given); for the articles "
             "in the current folder, add --corpus .")
    _check_output(args, corpus, left, right)
    if same_file(left, right):
        _say(f"warning: comparing {left.id!r} with itself")
    # A side given by the path of a file outside the corpus: what loading it found (the
    # corpus's own sources had theirs said with the corpus's warnings).
    in_corpus = {id(s) for s in corpus.sources}
    notes = [f"warning: {name_shown(side.path.name) if side.path else shown(side.id)}: {warning}"
             for side in (left, right) if id(side) not in in_corpus
             for warning in side.warnings]
    for note in dict.fromkeys(notes):
        _say(note)
    comparison = compare(left, right)
    color = fmt == "text" and _colour(args.color, args.output)
    # The text's "how to read" line: in a file and through a pipe (an e-mail, a ticket), not
    # on the terminal of someone who runs the tool.
    legend = not (args.output in (None, "-") and _on_terminal())
    emit(render_pair(comparison, fmt, corpus=corpus, color=color, legend=legend), args.output,
         args.force, fmt=fmt)
    return 0


def _no_folder_side(corpus, args) -> None:
    """UsageError when, without a corpus given, LEFT or RIGHT is a folder of articles that
    names no source: that folder is the corpus and a side is missing (``diff wire DIR``), which
    is said with the command to type. (Any other folder: the engine's "it is a folder, not a
    file".)"""
    from .corpus import find_source, holds_articles, shell_word

    if args.corpus is not None:
        return
    for ref, other in ((args.right, args.left), (args.left, args.right)):
        if not _is_folder(ref) or find_source(corpus, ref) is not None:
            continue
        try:
            if not holds_articles(Path(ref)):
                continue
        except (OSError, SeedreaderError):
            continue
        given = other if other != ref and not _is_folder(other) else None
        left = "LEFT" if given is None else shell_word(given)
        # (an id or folder that starts with "-" is read as an option unless after "--")
        ends = "-- " if any(w is not None and w.startswith("-") for w in (given, ref)) else ""
        raise UsageError(f"{typed(ref)} is a folder of articles, not a source: give LEFT and "
                         f"RIGHT, then the folder: {PROG} diff {ends}{left} RIGHT "
                         f"{shell_word(ref)}")


def _is_folder(path: str) -> bool:
    try:  # (a NUL, a name too long: no folder)
        return os.path.isdir(path)
    except (OSError, ValueError):
        return False


def _corpus_once(args) -> None:
    """diff's corpus, given as a third word (CORPUS, as the other verbs take it) or as --corpus:
    into ``args.corpus``; both, naming different folders, a usage error."""
    here, flag = args.corpus_here, args.corpus
    if here is None:
        return
    if flag is not None and not _same_path(here, flag):
        raise UsageError(f"two corpus folders: {typed(here)} and --corpus {typed(flag)}; give one")
    args.corpus = here


def _same_path(a: str, b: str) -> bool:
    """Whether two paths name the same file or folder (the same words, if either is missing)."""
    try:
        return a == b or os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def _colour(choice: str, output: str) -> bool:
    """Whether to colour: ``always``, ``never``, or ``auto``: writing to a terminal that is not
    TERM=dumb, with NO_COLOR unset or empty (https://no-color.org)."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return output in (None, "-") and _on_terminal()


def _on_terminal() -> bool:
    """Whether stdout is a terminal."""
    try:
        return sys.stdout is not None and sys.stdout.isatty()
    except (OSError, ValueError):  # closed
        return False


def _no_page_on_terminal(args, fmt: str) -> None:
    """Refuse, before any work, to print an HTML page (tens of KB of markup, for a browser) on a
    terminal when no -o was given; a pipe or a redirect gets it, and so does ``-o -``."""
    if fmt == "html" and args.output is None and _on_terminal():
        other = "md" if args.verb == "export" else "text"
        raise UsageError(f"not printing an HTML page on the terminal: give -o FILE (such as "
                         f"-o {'report' if args.verb == 'export' else 'pair'}.html), or "
                         f"--format {other} to read it here (-o - prints it anyway)")


def _output_format(args, formats: tuple[str, ...], default: str) -> str:
    """--format if given, else what -o's suffix says (if the verb writes it), else ``default``;
    a warning when the format written is not the one the file's name says."""
    from .export import format_of

    named = format_of(args.output) if args.output not in (None, "-") else None
    fmt = args.format or (named if named in formats else None) or default
    if named is not None and named != fmt:
        _say(f"warning: writing {fmt} to {args.output}, whose name says {named}")
    return fmt


def _source_ref(corpus, ref: str, *, files: bool = False, option: str = "", given: bool = True):
    """The source of ``corpus`` that ``ref`` names (``corpus.find_source``: an id, a 1-based
    position, a file name as INDEX.md lists it, a path), or None when it names none but the
    engine takes it (a file to read, a position past the end, whose error the engine gives);
    SeedreaderError saying what is accepted when it names none (nor, with ``files``, a file to
    read), and that it searched the bundled seeds when no corpus was ``given``)."""
    from .corpus import find_source, sources_named, unlisted_source_file

    try:
        exists = os.path.exists(ref)
    except (OSError, ValueError):  # a NUL, a name too long
        exists = False
    found = find_source(corpus, ref)
    if found is not None:
        if files and exists and ref not in corpus and found.path is not None \
                and not os.path.samefile(found.path, ref):  # a file of that name here too
            _say(f"warning: {typed(ref)} is the file name of source {typed(found.id)} and a "
                 f"file here; took the source (for the file here, give {typed('./' + ref)})")
        return found
    if ref.isascii() and ref.isdigit() and not option:
        return None  # (a source past the end: the engine says how many there are)
    if exists:  # a file to read (diff), or not one of the corpus's (--base: the engine says so)
        return None
    unlisted = unlisted_source_file(corpus, ref)
    if unlisted is not None:
        raise SeedreaderError(f"{f'unknown {option}' if option else 'no source'} {typed(ref)}: "
                              f"{unlisted}")
    named = sources_named(corpus, ref)
    n = len(corpus)
    searched = ""  # which corpus, when the user may think it was another (theirs, this one)
    if not given and _is_bundled(corpus):
        if _articles_here():
            searched = (f" in the bundled seeds (no {'--corpus' if files else 'corpus'} given; "
                        "the current folder holds articles: "
                        + ("add --corpus .)" if files else "give it, as .)"))
        else:
            searched = (" in the bundled seeds (no corpus given; for your own articles, name "
                        f"their folder: {PROG} "
                        + ("diff LEFT RIGHT DIR)" if files else "export DIR --base ID)"))
    accepted = (f"give a source's id, file name or position ({'1-' if n > 1 else ''}{n}, as "
                f"'{PROG} sources' lists them){', or the path of a text file' if files else ''}")
    if len(named) > 1:
        accepted = f"it is the file name of {len(named)} sources; give its id or position"
    raise SeedreaderError(f"{f'unknown {option}' if option else 'no source'} {typed(ref)}"
                          f"{searched}: {accepted}")


def _is_seeds(folder: Path) -> bool:
    """Whether ``folder`` is the bundled seeds' (what a verb reads without a corpus folder)."""
    from .paths import bundled_seeds

    return folder.resolve() == bundled_seeds().resolve()


def _is_bundled(corpus) -> bool:
    """Whether ``corpus`` is the bundled seeds."""
    try:
        return corpus.path is not None and _is_seeds(corpus.path)
    except (OSError, RuntimeError):
        return False


def _articles_here() -> bool:
    """Whether the current folder (not the bundled seeds) holds an INDEX.md or articles
    (``corpus.holds_articles``: files that would load as articles, not an empty one, a README
    or a requirements.txt)."""
    from .corpus import holds_articles

    try:
        here = Path.cwd()
        return not _is_seeds(here) and holds_articles(here)
    except (OSError, RuntimeError, SeedreaderError):
        return False


def _warn_ambiguous(corpus, ref: str | None) -> None:
    from .corpus import ambiguity

    note = ambiguity(corpus, ref) if ref is not None else None
    if note:
        _say(f"warning: {note}")


def _cmd_index(args) -> int:
    from .corpus import INDEX_NAME, shell_word, write_index

    if args.update:
        if args.force:
            raise UsageError("--update keeps INDEX.md's rows and --force rewrites it from "
                             "scratch: give one")
        return _update_index(args.dir)
    warnings: list[str] = []
    existed = os.path.lexists(os.path.join(args.dir, INDEX_NAME))
    target = write_index(args.dir, force=args.force, warnings=warnings)
    for warning in warnings:
        _say(f"warning: {warning}")
    _say(f"rewrote {target} from scratch: what was written into it (outlets, dates, urls, "
         f"notes, titles, row order) is gone ('{PROG} index {shell_word(args.dir)} --update' "
         "would have kept it)"
         if existed else f"wrote {target}")
    return 0


def _update_index(folder: str) -> int:
    """``index --update``: add rows for the files INDEX.md does not list, and say what changed."""
    from .corpus import name_shown, update_index

    warnings: list[str] = []
    update = update_index(folder, warnings=warnings)
    for warning in warnings:
        _say(f"warning: {warning}")
    for name in update.missing:
        _say(f"warning: listed but missing: {name_shown(name)}; kept its row (fix its file name, or "
             "remove the row by hand)")
    if update.created:
        _say(f"wrote {update.path}")
    elif not update.written:
        _say(f"{update.path} lists every file already; nothing to change")
    else:
        added = ", ".join(name_shown(name) for name in update.added[:5])
        more = f" and {len(update.added) - 5} more" if len(update.added) > 5 else ""
        _say(f"updated {update.path}: kept {update.kept} row{'s' if update.kept != 1 else ''}"
             f", added {len(update.added)}{f' ({added}{more})' if added else ''}")
    return 0


def _cmd_facts(args) -> int:
    from .facts import render_facts, tally_facts
    from .facts.models import KINDS
    from .facts.render import check_options

    fmt = _output_format(args, FACT_FORMATS, "text")
    # --kind date --kind percent, --kind date,percent (or "date,"): facts of any of them
    kinds = None
    if args.kind:
        kinds = [part.strip() for value in args.kind for part in value.split(",") if part.strip()]
        if not kinds:
            raise UsageError(f"--kind names no kind; expected one of: {', '.join(KINDS)}")
    check_options(fmt, kinds)  # before the tally, which may take a while
    corpus = _load(args.corpus)
    _check_output(args, corpus)
    text = render_facts(tally_facts(corpus), fmt, min_support=args.min_support, kind=kinds)
    emit(text, args.output, args.force, fmt=fmt)
    return 0


def _cmd_export(args) -> int:
    from .export import REPORT_FORMATS, render_report

    fmt = _output_format(args, REPORT_FORMATS, "html")
    _no_page_on_terminal(args, fmt)
    corpus = _load(args.corpus)
    _check_output(args, corpus)
    _warn_ambiguous(corpus, args.base)
    base = args.base
    if base is not None:  # (by its id once found: a path is not looked for again)
        found = _source_ref(corpus, base, option="--base", given=args.corpus is not None)
        base = base if found is None else found.id
    emit(render_report(corpus, fmt, base=base), args.output, args.force, fmt=fmt)
    return 0


def _did_you_mean(word: str) -> str:
    """' (did you mean 'sources'?)' when ``word`` is close to a verb and names no file;
    ' (did you mean --help?)' for 'help'."""
    try:
        exists = os.path.lexists(word)
    except (ValueError, OSError):  # a NUL in it, a name too long
        exists = False
    if exists:
        return ""
    if word.lower().lstrip("-") in ("help", "h", "?"):
        return " (did you mean --help?)"
    if closest(word.lstrip("-"), ("version",)):
        return " (did you mean --version?)"
    return closest(word, VERBS)


def _cmd_reader(corpus_path: str | None) -> int:
    if corpus_path is not None and not Path(corpus_path).is_dir():
        hint = _did_you_mean(corpus_path)  # a mistyped verb is a usage error
        raise (UsageError if hint else SeedreaderError)(
            f"{typed(corpus_path)} is not a folder of articles{hint}")
    # Textual reads keys from stdin and draws on stderr: without a terminal there it would wait
    # for keys forever (`seedreader DIR < /dev/null` in a script).
    if not all(stream is not None and stream.isatty() for stream in (sys.stdin, sys.__stderr__)):
        raise SeedreaderError("the reader needs a terminal (stdin and stderr); in scripts use "
                              f"a verb: {', '.join(VERBS)}")
    try:
        from .ui.app import run
    except ImportError as exc:
        raise SeedreaderError(f"the reader is not available: {exc}") from None
    return run(corpus_path)


COMMANDS = {
    "sources": _cmd_sources,
    "diff": _cmd_diff,
    "index": _cmd_index,
    "facts": _cmd_facts,
    "export": _cmd_export,
}
VERBS = tuple(COMMANDS)


def _terminated(signum, frame):
    # SIGTERM/SIGHUP end a verb like an exception would: pending `finally` blocks run, so an
    # interrupted atomic write removes its temporary file and leaves the target as it was.
    raise SystemExit(128 + signum)


@contextmanager
def _ending_cleanly():
    wanted = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    previous = {}
    if threading.current_thread() is threading.main_thread():
        for sig in wanted:
            previous[sig] = signal.signal(sig, _terminated)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _refuse_empty(args) -> None:
    """An empty argument (`seedreader index ""`, an unset variable in a script) would mean the
    current folder to the file system: a usage error instead."""
    names = (("corpus", "--corpus" if args.verb == "diff" else "CORPUS"),
             ("corpus_here", "CORPUS"), ("dir", "DIR"),
             ("output", "-o"), ("left", "LEFT"), ("right", "RIGHT"), ("base", "--base"))
    for attr, label in names:
        if getattr(args, attr, None) == "":
            raise UsageError(f"{label} is an empty {'id' if attr == 'base' else 'path'}")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if sys.stderr is None:  # started with stderr closed: print(file=None) would go to stdout
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115
    try:
        if not argv or (argv[0] not in VERBS and not argv[0].startswith("-")):
            if len(argv) > 1:
                raise UsageError(f"unknown verb {argv[0]!r}{_did_you_mean(argv[0])}; expected "
                                 f"one of: {', '.join(VERBS)}")
            if argv and argv[0] == "":
                raise UsageError("CORPUS is an empty path")
            return _cmd_reader(argv[0] if argv else None)
        parser = build_parser()
        verb = argv[0] if argv[0] in VERBS else None
        own = parser.verbs[verb] if verb else parser  # the parser whose options argv holds
        try:
            args, extra = parser.parse_known_args(argv)
        except _ParseError as exc:
            hint = _argument_hint(own, verb, argv[1:] if verb else argv)
            raise UsageError(f"{exc.message}{hint} (see {exc.prog} --help)") from None
        if (args.verb == "diff" and args.corpus_here is None and len(extra) == 1
                and not extra[0].startswith("-")):
            # `diff 1 2 --format md DIR`: argparse fills the optional CORPUS with nothing when
            # it takes LEFT and RIGHT, before the option; the word after it is that CORPUS.
            args.corpus_here, extra = extra[0], []
        if extra:  # named with the verb's own usage, not the top level's
            where = f"{PROG} {args.verb}" if args.verb else PROG
            raise UsageError(f"unrecognized arguments: {' '.join(map(typed, extra))}"
                             f"{_argument_hint(own, verb, extra)} (see {where} --help)")
        if args.verb is None:
            return _cmd_reader(None)
        _refuse_empty(args)
        with _ending_cleanly():
            return COMMANDS[args.verb](args)
    except UsageError as exc:
        _say(f"error: {exc}")
        return 2
    except SeedreaderError as exc:  # (OutputExists among them)
        _say(f"error: {exc}")
        return 1
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:
        # Output piped into e.g. `head`: stop quietly.
        try:
            sys.stdout = open("/dev/null", "w")  # noqa: SIM115
        except OSError:
            pass
        return 0
    except OSError as exc:
        _say(f"error: {exc.strerror or exc}"
             f"{': ' + str(exc.filename) if getattr(exc, 'filename', None) else ''}")
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
