"""`tether rotate`: a new version from the item's rotator; the previous one marked ``rotated``.

Order of operations for rotators that change something outside tether (PostgreSQL):
1. the rotator makes the new value;
2. the new version is stored (the previous version becomes ``rotated``, kept for rollback);
3. the rotator applies it at the provider;
4. if that fails, the previous value is written back as a new version (``rollback``) so the vault
   matches the provider again, and the error is raised.
A crash between 2 and 3 leaves the new value stored but not applied; `tether restore` (or a new
rotation) recovers, and the old value is never lost.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from tether.errors import TetherError, UsageError
from tether.lifecycle.context import Ctx
from tether.lifecycle.governance import item_policy
from tether.lifecycle.rotators import RotationContext, load_rotator
from tether.refs import Reference, parse
from tether.values import SecretValue
from tether.vault.lookup import find_field, find_item, find_vault

__all__ = ["DueItem", "RotationResult", "due_items", "rotate", "rotate_due"]


@dataclass(frozen=True)
class RotationResult:
    ref: str
    version: int
    previous_version: int
    rotator: str

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class DueItem:
    ref: str
    reason: str  # needs_rotation | warn | fail
    age_days: int
    rotator: str | None

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def rotate(ctx: Ctx, ref: Reference, *, rotator: str | None = None) -> list[RotationResult]:
    """Rotate every field of the item (or just ``ref.field``) with the item's rotator."""
    with ctx.svc.store.read() as tx:
        vault = find_vault(tx, ref.vault)
        item = find_item(tx, vault, ref.item)
        if ref.field is not None:
            fields = [find_field(tx, vault, item, ref.field)]
        else:
            fields = tx.all(
                "SELECT * FROM fields WHERE item_id = ? ORDER BY name_key", (item["id"],)
            )
    name = rotator or item["rotator"]
    label = f"tether://{vault['name']}/{item['name']}"
    if not name:
        err = UsageError(
            f"{label} has no rotator",
            hint=f"set one: `tether policy {label} --rotator random` (or postgres), "
            "or pass --rotator",
        )
        ctx.svc.audit("rotate", label, "error", "no rotator")
        raise err
    config: dict[str, Any] = json.loads(item["rotator_config"] or "{}")
    plugin = load_rotator(name)
    out: list[RotationResult] = []
    for f in fields:
        target = Reference(vault["name"], item["name"], f["name"])
        rctx = RotationContext(
            ref=target,
            config=config,
            now=ctx.now(),
            resolve=lambda text: ctx.svc.read(parse(text)),
            current=lambda t=target: ctx.svc.read(t),  # type: ignore[misc]
        )
        try:
            value = plugin.rotate(rctx)
        except TetherError as exc:
            ctx.svc.audit("rotate", str(target), "error", f"{name}: {type(exc).__name__}")
            raise
        previous = f["current_version"]
        old_value: SecretValue | None = None
        apply = getattr(plugin, "apply", None)
        if apply is not None:
            old_value = ctx.svc.read(target)
        info = ctx.svc.set_value(target, value, state_of_previous="rotated", action="rotate")
        if apply is not None:
            try:
                apply(rctx, value)
            except TetherError as exc:
                assert old_value is not None
                ctx.svc.set_value(target, old_value, action="rotate.rollback")
                ctx.svc.audit("rotate", str(target), "error", f"{name}: {type(exc).__name__}")
                raise
        out.append(RotationResult(info.ref, info.version, previous, name))
    return out


def due_items(ctx: Ctx) -> list[DueItem]:
    now = ctx.now()
    out: list[DueItem] = []
    with ctx.svc.store.read() as tx:
        for vault in tx.all("SELECT * FROM vaults ORDER BY name_key"):
            for item in tx.all(
                "SELECT * FROM items WHERE vault_id = ? ORDER BY name_key", (vault["id"],)
            ):
                pol = item_policy(item, vault, now)
                if not pol.rotation_due:
                    continue
                reason = "needs_rotation" if pol.needs_rotation else pol.rotation
                out.append(
                    DueItem(
                        f"tether://{vault['name']}/{item['name']}",
                        reason,
                        pol.age_days,
                        item["rotator"],
                    )
                )
    return out


def rotate_due(
    ctx: Ctx, *, dry_run: bool = False
) -> tuple[list[RotationResult], list[DueItem], list[tuple[DueItem, str]]]:
    """Rotate every due item that has a rotator. Returns (rotated, skipped: no rotator, failed)."""
    rotated: list[RotationResult] = []
    skipped: list[DueItem] = []
    failed: list[tuple[DueItem, str]] = []
    for due in due_items(ctx):
        if not due.rotator:
            skipped.append(due)
            continue
        if dry_run:
            continue
        try:
            rotated += rotate(ctx, parse(due.ref))
        except TetherError as exc:
            failed.append((due, exc.message))
    return rotated, skipped, failed
