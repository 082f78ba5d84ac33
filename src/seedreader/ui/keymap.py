"""The reader's remappable keys: every binding with an id, grouped by where it works (the help
lists them so), the check of a config's keymap against them, and how a binding's keys read
after the user's keymap (for the help, the dialogs' footers and messages)."""

from __future__ import annotations

from textual.binding import Binding


def binding_groups() -> list[tuple[str, list[Binding]]]:
    """The reader's bindings, grouped by the panel they belong to; each has an id (README lists
    them), which a config's keymap can give other keys."""
    from .dialogs.export import ExportDialog
    from .dialogs.help import HelpScreen
    from .dialogs.warnings import WarningsScreen
    from .screens.main import MainScreen
    from .widgets.compare_view import CompareView
    from .widgets.facts_panel import FactList
    from .widgets.find_bar import FindInput
    from .widgets.source_list import SourceList

    return [
        ("Everywhere", list(MainScreen.BINDINGS)),
        ("Comparison", list(CompareView.BINDINGS)),
        ("Sources", list(SourceList.BINDINGS)),
        ("Facts", list(FactList.BINDINGS)),
        ("Search bar", list(FindInput.BINDINGS)),
        ("Dialogs", list(HelpScreen.BINDINGS) + list(WarningsScreen.BINDINGS)
         + list(ExportDialog.BINDINGS)),
    ]


def all_binding_ids() -> set[str]:
    """The ids a config's keymap may name."""
    return {b.id for _, bindings in binding_groups() for b in bindings if b.id}


def checked(keymap: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """A config's keymap: the entries for the reader's bindings, and a notice for each other."""
    known = all_binding_ids()
    accepted = {binding_id: keys for binding_id, keys in keymap.items() if binding_id in known}
    notices = [f"config keymap: no binding called {binding_id!r} (see the ids in the README); "
               f"ignored" for binding_id in keymap if binding_id not in known]
    return accepted, notices


def key_names(app, binding: Binding) -> str:
    """How the keys of ``binding`` read now (after the user's keymap)."""
    keys = getattr(app, "keymap", {}).get(binding.id, binding.key) if binding.id else binding.key
    return " ".join(app.get_key_display(binding.with_key(k.strip())) for k in keys.split(","))


def key_of(app, binding_id: str) -> str:
    """How the keys of the reader's binding ``binding_id`` read now (for a message)."""
    for _, bindings in binding_groups():
        for binding in bindings:
            if binding.id == binding_id:
                return key_names(app, binding)
    raise KeyError(binding_id)
