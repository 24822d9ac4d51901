"""Small pieces shared by command modules: reference arguments, the backend, JSON flags."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from tether.refs import Reference, parse

if TYPE_CHECKING:
    from tether.client.backend import Backend

F = TypeVar("F", bound=Callable[..., Any])


def json_option(fn: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")(fn)


def parse_ref(text: str) -> Reference:
    """Parse a reference argument; ``tether://`` may be omitted on the command line."""
    if not text.startswith("tether://") and "://" not in text:
        text = "tether://" + text
    return parse(text)


def backend() -> Backend:
    from tether.client import open_backend

    return open_backend()
