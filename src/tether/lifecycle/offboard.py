"""`tether person offboard PERSON [--to OTHER]`.

Following OWASP NHI1's prevention list: transfer what the person owned (items, service accounts,
dynamic-credential definitions) to ``to``; revoke every token the person created; mark every
secret the person could read as needing rotation; store and return the list.

"Could read" = items the person read or wrote (audit log), items they owned, and every item in a
vault granted to a service account they owned (they held its tokens).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from tether.errors import UsageError
from tether.lifecycle.context import Ctx
from tether.store.base import Tx
from tether.vault import identities as ids

__all__ = ["OffboardReport", "offboard"]


@dataclass
class OffboardReport:
    person: str
    to: str | None
    at: str
    items_transferred: list[str] = field(default_factory=list)
    accounts_transferred: list[str] = field(default_factory=list)
    dynamic_transferred: list[str] = field(default_factory=list)
    tokens_revoked: list[str] = field(default_factory=list)
    needs_rotation: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _readable_items(tx: Tx, person: str, account_ids: list[str]) -> dict[str, str]:
    """item id -> tether://vault/item for everything ``person`` could read."""
    out: dict[str, str] = {}
    rows = tx.all(
        "SELECT i.id, v.name AS vault, i.name FROM items i JOIN vaults v ON v.id = i.vault_id"
    )
    by_label = {f"tether://{r['vault']}/{r['name']}".casefold(): r for r in rows}
    for ev in tx.all(
        "SELECT DISTINCT ref FROM audit WHERE actor = ? AND result = 'ok' AND ref LIKE 'tether://%' "
        "AND action IN ('read', 'write', 'rotate', 'restore')",
        (person,),
    ):
        parts = str(ev["ref"]).split("/")
        if len(parts) >= 4:
            key = "/".join(parts[:4]).casefold()
            r = by_label.get(key)
            if r is not None:
                out[r["id"]] = f"tether://{r['vault']}/{r['name']}"
    for r in tx.all(
        "SELECT i.id, v.name AS vault, i.name FROM items i JOIN vaults v ON v.id = i.vault_id "
        "WHERE lower(i.owner) = lower(?)",
        (person,),
    ):
        out[r["id"]] = f"tether://{r['vault']}/{r['name']}"
    for aid in account_ids:
        for r in tx.all(
            "SELECT i.id, v.name AS vault, i.name FROM grants g JOIN vaults v ON v.id = g.vault_id "
            "JOIN items i ON i.vault_id = v.id WHERE g.account_id = ?",
            (aid,),
        ):
            out[r["id"]] = f"tether://{r['vault']}/{r['name']}"
    return out


def offboard(ctx: Ctx, person: str, *, to: str | None = None) -> OffboardReport:
    ctx.root("offboard people")

    def run() -> OffboardReport:
        with ctx.svc.store.write() as tx:
            now = ctx.now_ts()
            p = ids.find_person(tx, person)
            if p["status"] == "offboarded":
                raise UsageError(
                    f"{p['name']} is already offboarded", hint="see `tether person list`"
                )
            target = None
            if to is not None:
                t = ids.find_person(tx, to)
                if t["status"] != "active" or t["name_key"] == p["name_key"]:
                    raise UsageError(
                        f"cannot transfer to {t['name']}", hint="pick another active person"
                    )
                target = t["name"]
            name = p["name"]
            rep = OffboardReport(name, target, now)
            accounts = tx.all(
                "SELECT * FROM service_accounts WHERE lower(owner) = lower(?)", (name,)
            )
            readable = _readable_items(tx, name, [a["id"] for a in accounts])
            if target is not None:
                for r in tx.all(
                    "SELECT i.id, v.name AS vault, i.name FROM items i JOIN vaults v "
                    "ON v.id = i.vault_id WHERE lower(i.owner) = lower(?) ORDER BY v.name_key, i.name_key",
                    (name,),
                ):
                    rep.items_transferred.append(f"tether://{r['vault']}/{r['name']}")
                    tx.execute("UPDATE items SET owner = ? WHERE id = ?", (target, r["id"]))
                for a in accounts:
                    rep.accounts_transferred.append(a["name"])
                    tx.execute(
                        "UPDATE service_accounts SET owner = ? WHERE id = ?", (target, a["id"])
                    )
                for d in tx.all(
                    "SELECT id, name FROM dynamic_creds WHERE lower(owner) = lower(?)", (name,)
                ):
                    rep.dynamic_transferred.append(d["name"])
                    tx.execute("UPDATE dynamic_creds SET owner = ? WHERE id = ?", (target, d["id"]))
            for t in tx.all(
                "SELECT id FROM sa_tokens WHERE lower(created_by) = lower(?) AND revoked_at IS NULL",
                (name,),
            ):
                tx.execute(
                    "UPDATE sa_tokens SET revoked_at = ?, key_wrapped = NULL WHERE id = ?",
                    (now, t["id"]),
                )
                rep.tokens_revoked.append(t["id"])
            for item_id, label in sorted(readable.items(), key=lambda kv: kv[1].casefold()):
                tx.execute("UPDATE items SET needs_rotation = 1 WHERE id = ?", (item_id,))
                rep.needs_rotation.append(label)
            tx.execute(
                "UPDATE people SET status = 'offboarded', offboarded_at = ?, offboarded_to = ? WHERE id = ?",
                (now, target, p["id"]),
            )
            tx.execute(
                "INSERT INTO offboardings (person, to_person, at, actor, report) VALUES (?, ?, ?, ?, ?)",
                (name, target, now, ctx.actor, json.dumps(rep.to_json())),
            )
            for label in rep.needs_rotation:
                ctx.record(tx, "flag.needs_rotation", label, detail=f"offboarded={name}")
            for tid in rep.tokens_revoked:
                ctx.record(tx, "sa.token.revoke", f"token:{tid}", detail=f"offboarded={name}")
            ctx.record(
                tx,
                "person.offboard",
                f"person:{name}",
                detail=ctx.meta(
                    to=target,
                    items=len(rep.items_transferred),
                    accounts=len(rep.accounts_transferred),
                    tokens=len(rep.tokens_revoked),
                    rotate=len(rep.needs_rotation),
                ),
            )
            return rep

    return ctx.audited("person.offboard", f"person:{person}", run)


def offboarding_records(ctx: Ctx) -> list[dict[str, Any]]:
    with ctx.svc.store.read() as tx:
        rows = tx.all("SELECT report FROM offboardings ORDER BY id")
    return [json.loads(r["report"]) for r in rows]
