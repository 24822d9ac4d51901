"""The ``tether://`` reference grammar (ARCHITECTURE.md §3).

    reference := "tether://" vault "/" item [ "/" field ] [ "?version=" N ]
    name      := 1*( ALPHA / DIGIT / "." / "_" / "-" / " " )     (no leading or trailing space)

Names compare case-insensitively. An item with a single field may be referenced without the field.
Errors point at the exact position that is wrong. This module is a leaf: it imports nothing of tether.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tether.errors import ReferenceSyntaxError

__all__ = ["SCHEME", "Reference", "is_reference", "parse"]

SCHEME = "tether://"
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._- ")
_NAME_RE = re.compile(r"[A-Za-z0-9._-](?:[A-Za-z0-9._ -]*[A-Za-z0-9._-])?")


@dataclass(frozen=True, slots=True)
class Reference:
    """A parsed reference. ``field`` is ``None`` when the reference names only the item."""

    vault: str
    item: str
    field: str | None = None
    version: int | None = None

    def __str__(self) -> str:
        text = f"{SCHEME}{self.vault}/{self.item}"
        if self.field is not None:
            text += f"/{self.field}"
        if self.version is not None:
            text += f"?version={self.version}"
        return text

    def with_field(self, field: str) -> Reference:
        return Reference(self.vault, self.item, field, self.version)

    def without_version(self) -> Reference:
        return Reference(self.vault, self.item, self.field, None)

    @property
    def key(self) -> tuple[str, str, str | None]:
        """Case-folded identity, for comparing references."""
        return (
            self.vault.casefold(),
            self.item.casefold(),
            None if self.field is None else self.field.casefold(),
        )


def is_reference(text: str) -> bool:
    """True when ``text`` (stripped) starts with the tether scheme."""
    return text.strip().startswith(SCHEME)


def validate_name(name: str, what: str = "name") -> str:
    """Check a single vault / item / field name; raise ``ReferenceSyntaxError`` pointing at the fault."""
    pos = _bad_name_position(name)
    if pos is not None:
        raise ReferenceSyntaxError(name, pos, _name_expectation(what))
    return name


def _name_expectation(what: str) -> str:
    article = "an" if what[0] in "aeiou" else "a"
    return f"{article} {what} name of letters, digits, '.', '_', '-' or inner spaces"


def _bad_name_position(name: str) -> int | None:
    if not name:
        return 0
    if name[0] == " ":
        return 0
    for i, ch in enumerate(name):
        if ch not in _NAME_CHARS:
            return i
    if name[-1] == " ":
        return len(name) - 1
    return None


def parse(text: str) -> Reference:
    """Parse ``text`` into a :class:`Reference` or raise :class:`ReferenceSyntaxError`."""
    if not text.startswith(SCHEME):
        # point at the first character that differs from the scheme
        pos = 0
        while pos < len(text) and pos < len(SCHEME) and text[pos] == SCHEME[pos]:
            pos += 1
        raise ReferenceSyntaxError(text, pos, "'tether://' at the start")
    rest = text[len(SCHEME) :]
    offset = len(SCHEME)
    query = None
    if "?" in rest:
        q = rest.index("?")
        rest, query = rest[:q], rest[q + 1 :]
    parts = rest.split("/")
    what = ("vault", "item", "field")
    if len(parts) < 2:
        raise ReferenceSyntaxError(text, offset + len(rest), "'/' and an item name after the vault")
    if len(parts) > 3:
        pos = offset + sum(len(p) + 1 for p in parts[:3]) - 1
        raise ReferenceSyntaxError(text, pos, "at most three parts: vault/item/field")
    names: list[str] = []
    for idx, part in enumerate(parts):
        bad = _bad_name_position(part)
        if bad is not None:
            raise ReferenceSyntaxError(text, offset + bad, _name_expectation(what[idx]))
        names.append(part)
        offset += len(part) + 1
    version = None
    if query is not None:
        qpos = len(SCHEME) + len(rest) + 1
        if not query.startswith("version="):
            raise ReferenceSyntaxError(text, qpos, "'version=N' after '?'")
        digits = query[len("version=") :]
        if not digits.isdigit() or not digits.isascii():
            bad = next((i for i, c in enumerate(digits) if not (c.isascii() and c.isdigit())), 0)
            raise ReferenceSyntaxError(
                text, qpos + len("version=") + bad, "a version number (digits)"
            )
        version = int(digits)
        if version < 1:
            raise ReferenceSyntaxError(
                text, qpos + len("version="), "a version number of 1 or more"
            )
    field = names[2] if len(names) == 3 else None
    return Reference(names[0], names[1], field, version)
