"""Command palette entries (ctrl+p) for the reader's main actions and for picking sources."""

from __future__ import annotations

from functools import partial

from textual.actions import parse
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from .clip import clip_words
from .facts_model import FILTER_LABELS, FILTERS
from .safe import display_line
from .source_labels import listed_title

PALETTE_TITLE = 70  # cells of a source's title in the palette
PALETTE_OUTLET = 30  # cells of its outlet after it

_OTHER = {"left": "right", "right": "left"}

# (title, help, screen action)
ACTIONS = [
    ("Swap sides", "Exchange the left and the right source", "swap"),
    ("Next difference", "Move to the next changed, moved or one-sided paragraph",
     "difference(1)"),
    ("Previous difference", "Move to the previous difference", "difference(-1)"),
    ("Next conflict", "Move to the next figure, date or quote the sources disagree on",
     "conflict(1)"),
    ("Previous conflict", "Move to the previous figure, date or quote the sources disagree on",
     "conflict(-1)"),
    ("Jump to moved counterpart", "Go to where a moved paragraph sits in the other article",
     "moved"),
    ("Search", "Find text in both articles", "search"),
    ("Copy paragraph", "Copy the current paragraph to the clipboard", "copy"),
    ("Export comparison", "Write the comparison as HTML, Markdown, JSON or text", "export"),
    ("Export report", "Every source against the left one, and the facts: HTML, Markdown, JSON",
     "export_report"),
    ("Next right source", "Compare the left source with the next one in the list",
     "step_right(1)"),
    ("Previous right source", "Compare the left source with the previous one",
     "step_right(-1)"),
    ("Facts: conflicts first", "Toggle listing conflicting facts first", "facts_order"),
    ("Help", "Show every key", "help"),
    ("Load warnings", "The files skipped or repaired when the corpus was read", "warnings"),
    ("Reload articles", "Read the articles again: they changed on disk", "app.reload"),
] + [(f"Facts: show {FILTER_LABELS[name]}", f"Filter the facts panel: {FILTER_LABELS[name]}",
      f"facts_filter('{name}')") for name in FILTERS]


class ReaderCommands(Provider):
    """The reader's actions, and 'Left: …' / 'Right: …' for every source."""

    _titles: list[str] | None = None  # the sources' titles (and outlets) as the palette shows them

    def _commands(self) -> list[tuple[str, str, object]]:
        from .screens.main import MainScreen

        screen = self.screen
        if not isinstance(screen, MainScreen):
            return []
        # Offered when their key would work now (check_action: what the keys bar shows), since
        # an action that does not apply is not run, not even from the palette.
        commands: list[tuple[str, str, object]] = [
            (title, help_text, partial(screen.run_action, action))
            for title, help_text, action in ACTIONS if screen.check_action(*parse(action)[1:])
        ]
        if self._titles is None:  # clipped once, not on every key
            # The outlet after the title: a desk finds "the Agencia Sur one" by typing it.
            self._titles = [" · ".join([clip_words(listed_title(screen.corpus, source),
                                                   PALETTE_TITLE)]
                                       + ([clip_words(display_line(source.outlet),
                                                      PALETTE_OUTLET)] if source.outlet else []))
                            for source in screen.corpus]
        for n, (source, title) in enumerate(zip(screen.corpus.sources, self._titles,
                                                strict=True), 1):
            # Help text is parsed as markup by the palette: no article text in it.
            for side, own, other in (("right", screen.right_id, screen.left_id),
                                     ("left", screen.left_id, screen.right_id)):
                if source.id == own:
                    continue  # there already: the entry would do nothing
                help_text = (f"Swap the sides: source {n} is on the {_OTHER[side]}"
                             if source.id == other else f"Compare source {n} on the {side}")
                commands.append((f"{side.title()}: {n}. {title}", help_text,
                                 partial(screen.pick, side, source.id)))
        return commands

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(Content(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, _highlight(matcher, title), callback, text=title, help=help_text)


def _highlight(matcher, title: str) -> Content:
    """The title with the matched letters marked; never parsed as markup (titles are articles')."""
    content = Content(title)
    _, offsets = matcher.fuzzy_search.match(matcher.query, title)
    for offset in offsets:
        if offset < len(title) and not title[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
