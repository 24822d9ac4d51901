"""Ownership, reviews, policies and the temporary flag.

Defaults (governance.md §4, all configurable per item or per vault):

- rotation: the policy is a period of ``rotation_days`` (item, else vault, else 90). Past the
  period the item *warns*; past 365 days (or the period, if longer) it *fails*.
- review: every ``review_days`` (item, else vault, else 90) someone records `tether review`.
- temporary items expire ``expires_at`` (default: 30 days after creation) unless promoted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tether.errors import UsageError
from tether.lifecycle.context import Ctx
from tether.refs import Reference
from tether.store.base import Row, Tx
from tether.vault import identities as ids
from tether.vault.expiry import DEFAULT_TEMPORARY_DAYS, temporary_expires_at
from tether.vault.lookup import find_item, find_vault

__all__ = [
    "DEFAULT_REVIEW_DAYS",
    "DEFAULT_ROTATION_DAYS",
    "DEFAULT_TEMPORARY_DAYS",
    "ROTATION_FAIL_DAYS",
    "ItemPolicy",
    "item_policy",
    "promote",
    "review",
    "set_owner",
    "set_policy",
]

DEFAULT_ROTATION_DAYS = 90
ROTATION_FAIL_DAYS = 365
DEFAULT_REVIEW_DAYS = 90


@dataclass(frozen=True)
class ItemPolicy:
    """Where an item stands against its policies at ``now``."""

    rotation_days: int
    fail_days: int
    age_days: int  # since the last rotation (or creation)
    rotation: str  # ok | warn | fail
    review_days: int
    review_age_days: int
    review: str  # ok | due
    temporary_expires_at: str | None
    temporary_expired: bool
    needs_rotation: bool

    @property
    def rotation_due(self) -> bool:
        return self.needs_rotation or self.rotation != "ok"

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _days(a: datetime, b: datetime) -> int:
    return int((a - b).total_seconds() // 86400)


def item_policy(item: Row, vault: Row, now: datetime) -> ItemPolicy:
    period = int(item["rotation_days"] or vault.get("rotation_days") or DEFAULT_ROTATION_DAYS)
    fail = max(period, ROTATION_FAIL_DAYS)
    age = _days(now, ids.parse_ts(item["rotated_at"] or item["created_at"]))
    rotation = "fail" if age > fail else "warn" if age > period else "ok"
    review_every = int(item["review_days"] or vault.get("review_days") or DEFAULT_REVIEW_DAYS)
    review_age = _days(now, ids.parse_ts(item["reviewed_at"] or item["created_at"]))
    temp_exp = temporary_expires_at(item)
    expired = temp_exp is not None and temp_exp <= ids.ts(now)
    return ItemPolicy(
        period,
        fail,
        age,
        rotation,
        review_every,
        review_age,
        "due" if review_age > review_every else "ok",
        temp_exp,
        expired,
        bool(item["needs_rotation"]),
    )


def _item(tx: Tx, ref: Reference) -> tuple[Row, Row]:
    vault = find_vault(tx, ref.vault)
    return vault, find_item(tx, vault, ref.item)


def _label(vault: Row, item: Row) -> str:
    return f"tether://{vault['name']}/{item['name']}"


def set_owner(ctx: Ctx, ref: Reference, person: str) -> str:
    ctx.root("change owners")

    def run() -> str:
        with ctx.svc.store.write() as tx:
            vault, item = _item(tx, ref)
            p = ids.find_person(tx, person)
            if p["status"] != "active":
                raise UsageError(
                    f"{p['name']} is offboarded and cannot own secrets",
                    hint="pick an active person",
                )
            tx.execute(
                "UPDATE items SET owner = ?, updated_at = ? WHERE id = ?",
                (p["name"], ctx.now_ts(), item["id"]),
            )
            ctx.record(
                tx, "owner.set", _label(vault, item), detail=f"from={item['owner']} to={p['name']}"
            )
            return str(p["name"])

    return ctx.audited("owner.set", str(ref), run)


def review(ctx: Ctx, ref: Reference, note: str | None = None) -> str:
    """Record that someone looked at the item (still needed, right owner, right grants)."""

    def run() -> str:
        with ctx.svc.store.write() as tx:
            vault, item = _item(tx, ref)
            now = ctx.now_ts()
            tx.execute(
                "INSERT INTO reviews (item_id, reviewed_at, reviewer, note) VALUES (?, ?, ?, ?)",
                (item["id"], now, ctx.actor, note),
            )
            tx.execute("UPDATE items SET reviewed_at = ? WHERE id = ?", (now, item["id"]))
            ctx.record(tx, "review", _label(vault, item))
            return now

    return ctx.audited("review", str(ref), run)


def promote(ctx: Ctx, ref: Reference) -> None:
    """Clear the temporary flag (and its expiry): the prototype secret is here to stay."""
    ctx.root("promote items")

    def run() -> None:
        with ctx.svc.store.write() as tx:
            vault, item = _item(tx, ref)
            if not item["temporary"]:
                raise UsageError(
                    f"{_label(vault, item)} is not temporary", hint="nothing to promote"
                )
            tx.execute(
                "UPDATE items SET temporary = 0, expires_at = NULL, updated_at = ? WHERE id = ?",
                (ctx.now_ts(), item["id"]),
            )
            ctx.record(tx, "promote", _label(vault, item))

    ctx.audited("promote", str(ref), run)


def set_policy(
    ctx: Ctx,
    target: str,
    *,
    rotation_days: int | None = None,
    review_days: int | None = None,
    rotator: str | None = None,
    rotator_config: dict[str, Any] | None = None,
) -> None:
    """Set rotation / review policy on a vault (``target`` = vault name) or an item (a reference)."""
    import json

    from tether.refs import parse

    ctx.root("change policies")
    for v in (rotation_days, review_days):
        if v is not None and v <= 0:
            raise UsageError(
                "policy periods are positive numbers of days", hint="e.g. --rotation-days 90"
            )

    def run() -> None:
        with ctx.svc.store.write() as tx:
            if "/" not in target.removeprefix("tether://"):
                vault = find_vault(tx, target.removeprefix("tether://"))
                if rotator is not None:
                    raise UsageError("a rotator is set per item", hint="pass an item reference")
                tx.execute(
                    "UPDATE vaults SET rotation_days = coalesce(?, rotation_days), "
                    "review_days = coalesce(?, review_days) WHERE id = ?",
                    (rotation_days, review_days, vault["id"]),
                )
                label = f"tether://{vault['name']}"
            else:
                text = target if target.startswith("tether://") else "tether://" + target
                vault, item = _item(tx, parse(text))
                tx.execute(
                    "UPDATE items SET rotation_days = coalesce(?, rotation_days), "
                    "review_days = coalesce(?, review_days), rotator = coalesce(?, rotator), "
                    "rotator_config = coalesce(?, rotator_config), updated_at = ? WHERE id = ?",
                    (
                        rotation_days,
                        review_days,
                        rotator,
                        json.dumps(rotator_config) if rotator_config is not None else None,
                        ctx.now_ts(),
                        item["id"],
                    ),
                )
                label = _label(vault, item)
            ctx.record(
                tx,
                "policy.set",
                label,
                detail=ctx.meta(
                    rotation_days=rotation_days, review_days=review_days, rotator=rotator
                ),
            )

    ctx.audited("policy.set", target, run)
