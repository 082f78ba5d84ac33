"""Theme colours made readable: a light theme's accent, warning, success and error colours are
often pale (textual-light's orange accent is 1.3:1 on its white), fine as a tint behind text but
not as text or a mark. The reader's text and marks use these variables instead: the theme's own
colour, darkened on a light theme until it reads on the theme's backgrounds. A list's highlighted
row has its own background (the block cursor's): marks drawn on it use $reader-accent-on-cursor
(focused list) and $reader-accent-on-cursor-blurred: the accent where it reads there, else the
row's own text colour."""

from __future__ import annotations

from textual.color import Color, ColorParseError

TEXT_CONTRAST = 4.5  # WCAG AA for text; marks need 3:1, and get this too
MARK_CONTRAST = 3.0  # WCAG for marks: on a highlighted row the accent is kept from here
ROLES = ("accent", "warning", "success", "error")
BACKGROUNDS = ("background", "surface", "panel")
PREFIX = "reader-"  # $reader-accent, $reader-warning, ...
ON_CURSOR = {  # variable -> the highlighted row's background and foreground (a list's cursor)
    "reader-accent-on-cursor": ("block-cursor-background", "block-cursor-foreground"),
    "reader-accent-on-cursor-blurred": ("block-cursor-blurred-background",
                                        "block-cursor-blurred-foreground"),
}



def cursor_accent(focused: bool) -> str:
    """The variable for marks on a list's highlighted row (``ON_CURSOR``), focused or not."""
    return "$reader-accent-on-cursor" if focused else "$reader-accent-on-cursor-blurred"

def _luminance(color: Color) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    """The WCAG contrast ratio of two opaque colours (1 to 21)."""
    la, lb = _luminance(a), _luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def _parse(value: str) -> Color | None:
    """A theme variable's colour ("#fea62b", "#fea62b 50%"), None for "auto" and the like."""
    parts = value.split()
    try:
        color = Color.parse(parts[0])
    except (ColorParseError, IndexError):
        return None
    if color.ansi is not None:  # the terminal's own colour: nothing to measure
        return None
    if len(parts) > 1 and parts[1].endswith("%"):
        color = color.with_alpha(float(parts[1][:-1]) / 100)
    return color


def readable(color: Color, backgrounds: list[Color], target: float = TEXT_CONTRAST) -> Color:
    """``color`` darkened in small steps until it reaches ``target`` on every background (as
    dark as it gets if it never does)."""
    best = color
    for step in range(21):
        candidate = color.darken(step * 0.05) if step else color
        if min(contrast(candidate, b) for b in backgrounds) >= target:
            return candidate
        best = candidate
    return best


def reader_colors(variables: dict[str, str], dark: bool) -> dict[str, str]:
    """``reader-accent`` etc. for a theme's variables: the theme's colours as they are on a
    dark theme, made readable (see ``readable``) on a light one."""
    out = {}
    backgrounds = [c for c in (_parse(variables.get(name, "")) for name in BACKGROUNDS)
                   if c is not None and c.a == 1]
    for role in ROLES:
        value = variables.get(role, "")
        color = _parse(value)
        if dark or color is None or not backgrounds or color.a < 1:
            out[PREFIX + role] = value or f"${role}"
        else:
            out[PREFIX + role] = readable(color, backgrounds).hex
    out.update(_on_cursor(variables, out[PREFIX + "accent"]))
    return out


def _on_cursor(variables: dict[str, str], accent: str) -> dict[str, str]:
    """The accent for marks on a list's highlighted row, focused and not: the reader's accent
    where it reads on that row's background (3:1, a mark's due), else the row's own text colour
    (as the theme draws the row's text), or where the colours are the terminal's, that text
    colour as it is (nothing to measure)."""
    out = {}
    color, surface = _parse(accent), _parse(variables.get("surface", ""))  # under the list
    for name, (background, foreground) in ON_CURSOR.items():
        under = _parse(variables.get(background, ""))
        if under is not None and under.a < 1:  # a tint over the list
            under = surface.blend(under.with_alpha(1), under.a) if surface else None
        text = variables.get(foreground, "")
        if color is None or color.a < 1 or under is None:
            out[name] = text or accent
        elif contrast(color, under) >= MARK_CONTRAST:
            out[name] = accent
        else:
            out[name] = _text_on(text, under).hex
    return out


def _text_on(value: str, background: Color) -> Color:
    """A foreground variable's colour as drawn on ``background``: "auto 87%" is black or white
    (which reads better) at 87%; black or white when the theme's own does not read."""
    parts = value.split()
    if parts[:1] == ["auto"]:
        alpha = float(parts[1][:-1]) / 100 if len(parts) > 1 and parts[1].endswith("%") else 1.0
        color = background + background.get_contrast_text(alpha)
    else:
        color = _parse(value)
        color = background + color if color is not None else None
    if color is None or contrast(color, background) < MARK_CONTRAST:
        return background.get_contrast_text(1.0)
    return color
