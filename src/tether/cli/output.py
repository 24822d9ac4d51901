"""Output helpers shared by every command: JSON, colour (``NO_COLOR``), error lines.

Error wording follows age: ``tether: error: …`` then ``tether: hint: …``, lower-case, no trailing
period. Never pass a secret value to anything here except ``write_secret``.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import click


def color_enabled(stream: Any = None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    stream = stream or sys.stdout
    return bool(getattr(stream, "isatty", lambda: False)())


def style(text: str, **kwargs: Any) -> str:
    return click.style(text, **kwargs) if color_enabled() else text


def echo(text: str = "", *, err: bool = False) -> None:
    click.echo(text, err=err, color=color_enabled(sys.stderr if err else sys.stdout))


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, sort_keys=False, default=str))


def error(message: str, hint: str | None = None) -> None:
    prefix = (
        style("tether: error:", fg="red", bold=True)
        if color_enabled(sys.stderr)
        else "tether: error:"
    )
    click.echo(f"{prefix} {message}", err=True)
    if hint:
        click.echo(f"tether: hint: {hint}", err=True)


def warn(message: str) -> None:
    click.echo(f"tether: warning: {message}", err=True)


def note(message: str) -> None:
    click.echo(f"tether: {message}", err=True)


def write_secret(value: str, *, newline: bool = True) -> None:
    """The one place a value goes to stdout (``tether read``), raw and unstyled."""
    sys.stdout.write(value + ("\n" if newline else ""))
    sys.stdout.flush()


def table(rows: list[dict[str, Any]], columns: list[str]) -> None:
    """A plain aligned table (rich is kept off the hot paths; the scanner may use it)."""
    if not rows:
        return
    widths = {c: max(len(c), *(len(_cell(r.get(c))) for r in rows)) for c in columns}
    echo("  ".join(style(c.upper().ljust(widths[c]), bold=True) for c in columns).rstrip())
    for r in rows:
        echo("  ".join(_cell(r.get(c)).ljust(widths[c]) for c in columns).rstrip())


def _cell(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, list | tuple):
        return ",".join(str(x) for x in v) or "-"
    return str(v)
