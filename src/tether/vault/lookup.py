"""Finding vaults, items and fields by name, with errors that list what exists nearby."""

from __future__ import annotations

import difflib

from tether.errors import NotFoundError, UsageError
from tether.store.base import Row, Tx

__all__ = ["find_field", "find_item", "find_vault", "nearby"]


def nearby(name: str, candidates: list[str], what: str) -> str | None:
    """A hint naming the closest matches, or listing what exists."""
    if not candidates:
        return None
    close = difflib.get_close_matches(name.casefold(), [c.casefold() for c in candidates], n=3)
    by_key = {c.casefold(): c for c in candidates}
    if close:
        return "did you mean " + " or ".join(repr(by_key[c]) for c in close) + "?"
    shown = sorted(candidates, key=str.casefold)[:10]
    more = f" (and {len(candidates) - 10} more)" if len(candidates) > 10 else ""
    return f"existing {what}: " + ", ".join(shown) + more


def find_vault(tx: Tx, name: str) -> Row:
    row = tx.one("SELECT * FROM vaults WHERE name_key = ?", (name.casefold(),))
    if row is None:
        names = [r["name"] for r in tx.all("SELECT name FROM vaults")]
        hint = nearby(name, names, "vaults") or "create it with `tether vault create NAME`"
        raise NotFoundError(f"no vault named {name!r}", hint=hint)
    return row


def find_item(tx: Tx, vault: Row, name: str) -> Row:
    row = tx.one(
        "SELECT * FROM items WHERE vault_id = ? AND name_key = ?", (vault["id"], name.casefold())
    )
    if row is None:
        names = [
            r["name"] for r in tx.all("SELECT name FROM items WHERE vault_id = ?", (vault["id"],))
        ]
        hint = (
            nearby(name, names, f"items in {vault['name']}") or f"vault {vault['name']!r} is empty"
        )
        raise NotFoundError(f"no item {name!r} in vault {vault['name']!r}", hint=hint)
    return row


def find_field(tx: Tx, vault: Row, item: Row, name: str | None) -> Row:
    fields = tx.all("SELECT * FROM fields WHERE item_id = ? ORDER BY name_key", (item["id"],))
    if name is None:
        if len(fields) == 1:
            return fields[0]
        listed = ", ".join(f["name"] for f in fields)
        raise UsageError(
            f"item {vault['name']}/{item['name']} has {len(fields)} fields; name one",
            hint=f"use tether://{vault['name']}/{item['name']}/FIELD with one of: {listed}",
        )
    for f in fields:
        if f["name_key"] == name.casefold():
            return f
    hint = nearby(name, [f["name"] for f in fields], f"fields of {vault['name']}/{item['name']}")
    raise NotFoundError(f"no field {name!r} in item {vault['name']}/{item['name']}", hint=hint)
