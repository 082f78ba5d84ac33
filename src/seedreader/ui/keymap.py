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


# Keys of the application itself, wherever the reader is: the palette, quit, copy.
APP_KEYS = ("ctrl+p", "ctrl+q", "ctrl+c")


def scopes() -> list[list[Binding]]:
    """The bindings that work at the same time: the main screen's with those of one of its
    panels (a key both have would do one of the two things), and each dialog's own."""
    from .dialogs.export import ExportDialog
    from .dialogs.help import HelpScreen
    from .dialogs.warnings import WarningsScreen

    groups = dict(binding_groups())
    everywhere = groups["Everywhere"]
    panels = [groups[name] for name in ("Comparison", "Sources", "Facts", "Search bar")]
    return [everywhere + panel for panel in panels] + [
        list(dialog.BINDINGS) for dialog in (HelpScreen, WarningsScreen, ExportDialog)]


def _keys(keys: str) -> list[str]:
    from textual.keys import _normalize_key_list  # ("?" and "question_mark" are one key)

    return [key.strip() for key in _normalize_key_list(as_pressed(keys)).split(",")
            if key.strip()]


def _one_key(key: str) -> str:
    """``key`` as the terminal reports it: "shift+n" is "N" (the key a terminal sends for
    Shift+N; a binding to "shift+n" never fires), other keys as they are."""
    key = key.strip()
    modifiers, _, last = key.rpartition("+")
    if modifiers.lower() == "shift" and len(last) == 1 and last.isalpha():
        return last.upper()
    return key


def as_pressed(keys: str) -> str:
    """A keymap entry's keys with each shift+letter as the capital the terminal sends."""
    return ",".join(_one_key(key) for key in keys.split(","))


def _clash(accepted: dict[str, str]) -> tuple[str, str, str] | None:
    """An entry of ``accepted`` that gives a key another binding working at the same time has
    (or one of the application's): (its binding id, the key, who has it). Of two entries that
    give the same key, the later one."""
    order = list(accepted)
    for scope in scopes():
        holders: dict[str, list[Binding]] = {}
        for binding in scope:
            for key in _keys(accepted.get(binding.id, binding.key)):
                holders.setdefault(key, []).append(binding)
        for key, bindings in holders.items():
            moved = sorted((b for b in bindings if b.id in accepted
                            and key not in _keys(b.key)), key=lambda b: order.index(b.id))
            if not moved:
                continue  # the reader's own keys: none of the user's doing
            victim = moved[-1]
            if key in APP_KEYS:
                return victim.id, key, "the application"
            others = [b for b in bindings if b is not victim]
            if others:
                return victim.id, key, f"{others[0].id!r}"
    return None


def checked(keymap: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """A config's keymap: the entries for the reader's bindings, and a notice for each other
    and for each that would take a key another binding has where both work (that one keeps
    it; the entry is ignored, its binding keeps its own keys)."""
    known = all_binding_ids()
    accepted = {binding_id: as_pressed(keys) for binding_id, keys in keymap.items()
                if binding_id in known}
    notices = [f"config keymap: no binding called {binding_id!r} (see the ids in the README); "
               f"ignored" for binding_id in keymap if binding_id not in known]
    builtin = {b.id: b.key for scope in scopes() for b in scope}
    while (clash := _clash(accepted)) is not None:
        binding_id, key, holder = clash
        del accepted[binding_id]
        notices.append(f"config keymap: {binding_id!r} cannot have {key}: {holder} has it; "
                       f"{binding_id!r} keeps {builtin[binding_id]}")
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


WAIT_NOTICE = "wait"  # the kind of the notice about keys that wait (one at a time)


def notify_waiting(app, doing: str, keys: list[str], until: str) -> None:
    """One notice for the keys pressed while the reader is busy, each key's replacing the last:
    "comparing: j n will apply once the comparison is shown"."""
    shown = " ".join(app.get_key_display(Binding(key, "")) for key in keys)
    app.notify(f"{doing}: {shown} will apply once {until}", timeout=4, replaces=WAIT_NOTICE)
