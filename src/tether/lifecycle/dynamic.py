"""Dynamic PostgreSQL credentials: definitions, leases, and their end.

A definition (`tether dynamic create NAME --dsn-ref tether://… --ttl 1h --grant-template …`) names
an admin connection *reference* (never a literal password), a TTL and grant statements. Leasing
it creates a login role ``VALID UNTIL now+ttl`` with those grants and returns a full connection
URL; ending the lease drops the role. The server itself refuses the password after the TTL even if
nobody ends the lease; :func:`expire_leases` drops roles whose TTL has passed.

`tether://dynamic/<name>` references resolve through :func:`lease` (see the runtime's use of
``Backend.lease_dynamic`` / ``Backend.end_lease``).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from tether.errors import AlreadyExistsError, NotFoundError, TetherError, UsageError
from tether.lifecycle.context import Ctx
from tether.lifecycle.identities import parse_duration
from tether.refs import parse
from tether.values import SecretValue
from tether.vault import identities as ids
from tether.vault.lookup import nearby

__all__ = [
    "DYNAMIC_VAULT",
    "DynamicInfo",
    "LeaseInfo",
    "define",
    "end_lease",
    "expire_leases",
    "lease",
    "list_definitions",
    "list_leases",
]

DYNAMIC_VAULT = "dynamic"  # tether://dynamic/<name>
MAX_TTL = timedelta(days=7)


@dataclass(frozen=True)
class DynamicInfo:
    name: str
    provider: str
    dsn_ref: str
    ttl_seconds: int
    grant_template: str
    owner: str
    created_at: str

    @property
    def ref(self) -> str:
        return f"tether://{DYNAMIC_VAULT}/{self.name}"

    def to_json(self) -> dict[str, Any]:
        return {"ref": self.ref, **self.__dict__}


@dataclass(frozen=True)
class LeaseInfo:
    id: str
    name: str
    role: str
    actor: str
    created_at: str
    expires_at: str
    ended_at: str | None
    status: str  # active | ended | expired

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def define(
    ctx: Ctx, name: str, *, dsn_ref: str, ttl: str, grant_template: str, owner: str | None = None
) -> DynamicInfo:
    ctx.root("define dynamic credentials")
    if not dsn_ref.startswith("tether://"):
        raise UsageError(
            "--dsn-ref must be a tether:// reference to the admin connection string",
            hint="store it first: `tether set tether://prod/pg-admin/dsn`, then pass that reference",
        )
    parse(dsn_ref)
    period = parse_duration(ttl)
    if period > MAX_TTL:
        raise UsageError(
            f"ttl {ttl} is longer than 7 days", hint="dynamic credentials are short-lived"
        )
    from tether.lifecycle import pg

    pg.render_grants(grant_template, "probe")  # validates {role} placement
    label = f"tether://{DYNAMIC_VAULT}/{name}"

    def run() -> DynamicInfo:
        with ctx.svc.store.write() as tx:
            if tx.one("SELECT 1 AS x FROM dynamic_creds WHERE name_key = ?", (name.casefold(),)):
                raise AlreadyExistsError(f"dynamic credential {name!r} already exists")
            now = ctx.now_ts()
            who = owner or ctx.actor
            tx.execute(
                "INSERT INTO dynamic_creds (id, name, name_key, provider, dsn_ref, ttl_seconds, "
                "grant_template, owner, created_at, created_by) VALUES (?, ?, ?, 'postgres', ?, ?, ?, ?, ?, ?)",
                (
                    secrets.token_hex(8),
                    name,
                    name.casefold(),
                    dsn_ref,
                    int(period.total_seconds()),
                    grant_template,
                    who,
                    now,
                    ctx.actor,
                ),
            )
            ctx.record(tx, "dynamic.create", label, detail=f"ttl={ttl} dsn_ref={dsn_ref}")
            return DynamicInfo(
                name, "postgres", dsn_ref, int(period.total_seconds()), grant_template, who, now
            )

    return ctx.audited("dynamic.create", label, run)


def _definition(ctx: Ctx, name: str) -> dict[str, Any]:
    with ctx.svc.store.read() as tx:
        row = tx.one("SELECT * FROM dynamic_creds WHERE name_key = ?", (name.casefold(),))
        if row is None:
            names = [r["name"] for r in tx.all("SELECT name FROM dynamic_creds")]
            raise NotFoundError(
                f"no dynamic credential named {name!r}",
                hint=nearby(name, names, "dynamic credentials")
                or "define one with `tether dynamic create`",
            )
        return dict(row)


def list_definitions(ctx: Ctx) -> list[DynamicInfo]:
    with ctx.svc.store.read() as tx:
        rows = tx.all("SELECT * FROM dynamic_creds ORDER BY name_key")
    return [
        DynamicInfo(
            r["name"],
            r["provider"],
            r["dsn_ref"],
            r["ttl_seconds"],
            r["grant_template"],
            r["owner"],
            r["created_at"],
        )
        for r in rows
    ]


def lease(ctx: Ctx, name: str, *, ttl: str | None = None) -> tuple[SecretValue, str]:
    """Create a role for the definition ``name``; return (connection URL, lease id)."""
    label = f"tether://{DYNAMIC_VAULT}/{name}"

    def run() -> tuple[SecretValue, str]:
        d = _definition(ctx, name)
        _sweep(ctx, d["name"])
        period = timedelta(seconds=d["ttl_seconds"])
        if ttl is not None:
            period = min(period, parse_duration(ttl))  # a caller may ask for less, never more
        dsn = ctx.svc.read(parse(d["dsn_ref"]))  # audited; a token needs a grant on that vault
        now = ctx.now()
        from tether.lifecycle import pg

        made = pg.create_login_role(
            dsn.reveal(), prefix=d["name"], ttl=period, grant_template=d["grant_template"], now=now
        )
        lease_id = secrets.token_hex(8)
        with ctx.svc.store.write() as tx:
            tx.execute(
                "INSERT INTO leases (id, dynamic_id, role, actor, created_at, expires_at, status) "
                "VALUES (?, ?, ?, ?, ?, ?, 'active')",
                (lease_id, d["id"], made.role, ctx.actor, ids.ts(now), ids.ts(made.valid_until)),
            )
            ctx.record(
                tx,
                "lease.create",
                label,
                detail=f"lease={lease_id} role={made.role} expires={ids.ts(made.valid_until)}",
            )
        return made.url, lease_id

    return ctx.audited("lease.create", label, run)


def _sweep(ctx: Ctx, name: str) -> None:
    """Drop this definition's roles whose TTL has passed (best effort, before a new lease).

    PostgreSQL already refuses their passwords; this keeps expired roles from piling up even when
    nobody runs `tether lease expire`.
    """
    for info in list_leases(ctx):
        if info.status == "expired" and info.name.casefold() == name.casefold():
            try:
                end_lease(ctx, info.id, status="expired")
            except TetherError:
                continue  # reported by `tether lease list`; the new lease matters more


def _lease_row(ctx: Ctx, lease_id: str) -> dict[str, Any]:
    with ctx.svc.store.read() as tx:
        row = tx.one(
            "SELECT l.*, d.name AS name, d.dsn_ref FROM leases l JOIN dynamic_creds d "
            "ON d.id = l.dynamic_id WHERE l.id = ?",
            (lease_id,),
        )
    if row is None:
        raise NotFoundError(f"no lease {lease_id!r}", hint="see `tether lease list`")
    return dict(row)


def end_lease(ctx: Ctx, lease_id: str, *, status: str = "ended") -> bool:
    """Drop the lease's role. Returns ``False`` when the lease had already ended."""

    def run() -> bool:
        row = _lease_row(ctx, lease_id)
        label = f"tether://{DYNAMIC_VAULT}/{row['name']}"
        if row["ended_at"]:
            return False
        dsn = ctx.svc.read(parse(row["dsn_ref"]))
        from tether.lifecycle import pg

        pg.drop_login_role(dsn.reveal(), row["role"])
        with ctx.svc.store.write() as tx:
            tx.execute(
                "UPDATE leases SET ended_at = ?, status = ? WHERE id = ? AND ended_at IS NULL",
                (ctx.now_ts(), status, lease_id),
            )
            ctx.record(
                tx,
                "lease." + ("expire" if status == "expired" else "end"),
                label,
                detail=f"lease={lease_id} role={row['role']}",
            )
        return True

    return ctx.audited("lease.end", f"lease:{lease_id}", run)


def list_leases(ctx: Ctx, *, all_leases: bool = False) -> list[LeaseInfo]:
    now = ctx.now_ts()
    where = "" if all_leases else " WHERE l.ended_at IS NULL"
    sql = (
        "SELECT l.*, d.name AS name FROM leases l JOIN dynamic_creds d ON d.id = l.dynamic_id"  # noqa: S608
        + where
        + " ORDER BY l.created_at"
    )
    with ctx.svc.store.read() as tx:
        rows = tx.all(sql)
    out = []
    for r in rows:
        status = r["status"]
        if status == "active" and r["expires_at"] <= now:
            status = "expired"  # the server already refuses it; the role is dropped on next sweep
        out.append(
            LeaseInfo(
                r["id"],
                r["name"],
                r["role"],
                r["actor"],
                r["created_at"],
                r["expires_at"],
                r["ended_at"],
                status,
            )
        )
    return out


def expire_leases(ctx: Ctx) -> tuple[list[str], list[tuple[str, str]]]:
    """Drop every role whose TTL has passed. Returns (ended lease ids, failures)."""
    done: list[str] = []
    failed: list[tuple[str, str]] = []
    for info in list_leases(ctx):
        if info.status != "expired":
            continue
        try:
            end_lease(ctx, info.id, status="expired")
            done.append(info.id)
        except TetherError as exc:
            failed.append((info.id, exc.message))
    return done, failed
