"""People, service accounts, grants and tokens: the audited operations behind `tether person`
and `tether sa`. Storage and key wrapping live in :mod:`tether.vault.identities`.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from tether.errors import UsageError
from tether.lifecycle.context import Ctx
from tether.values import SecretValue
from tether.vault import identities as ids
from tether.vault.identities import AccountInfo, GrantInfo, PersonInfo, TokenInfo

__all__ = [
    "GrantSpec",
    "add_person",
    "create_account",
    "create_token",
    "grant",
    "list_accounts",
    "list_people",
    "list_tokens",
    "parse_duration",
    "parse_grant",
    "revoke_grant",
    "revoke_token",
]

GrantSpec = tuple[str, bool, bool]  # vault, read, write

_DURATION = re.compile(r"^\s*(\d+)\s*([smhdwy])\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400, "y": 365 * 86400}


def parse_duration(text: str) -> timedelta:
    """``30d``, ``12h``, ``90m``, ``2w``, ``1y`` → timedelta."""
    m = _DURATION.match(text)
    if not m or int(m.group(1)) <= 0:
        raise UsageError(
            f"invalid duration {text!r}", hint="use a number and a unit: 90m, 12h, 30d, 2w, 1y"
        )
    return timedelta(seconds=int(m.group(1)) * _UNITS[m.group(2)])


def parse_grant(text: str) -> GrantSpec:
    """``VAULT:read``, ``VAULT:read,write`` (``VAULT`` alone means read)."""
    vault, _, perms = text.partition(":")
    if not vault:
        raise UsageError(f"invalid grant {text!r}", hint="use VAULT:read or VAULT:read,write")
    wanted = {p.strip().lower() for p in (perms or "read").split(",") if p.strip()}
    unknown = wanted - {"read", "write"}
    if unknown:
        raise UsageError(
            f"unknown permission {sorted(unknown)[0]!r} in grant {text!r}",
            hint="permissions are read and write",
        )
    if "write" in wanted:
        wanted.add("read")  # writing implies reading (as 1Password's write_items does)
    return vault, "read" in wanted, "write" in wanted


def _expiry(ctx: Ctx, expires_in: str | None) -> str | None:
    if expires_in is None:
        return None
    return ids.ts(ctx.now() + parse_duration(expires_in))


# -- people ----------------------------------------------------------------------------------


def add_person(ctx: Ctx, name: str, email: str | None = None) -> PersonInfo:
    ctx.root("add people")

    def run() -> PersonInfo:
        with ctx.svc.store.write() as tx:
            info = ids.add_person(tx, name, email, ctx.now_ts())
            ctx.record(tx, "person.add", f"person:{name}")
            return info

    return ctx.audited("person.add", f"person:{name}", run)


def list_people(ctx: Ctx) -> list[PersonInfo]:
    with ctx.svc.store.read() as tx:
        return ids.list_people(tx)


# -- service accounts ------------------------------------------------------------------------


def create_account(
    ctx: Ctx,
    name: str,
    *,
    owner: str,
    grants: list[GrantSpec],
    expires_in: str | None = None,
) -> AccountInfo:
    root = ctx.root("create service accounts")
    expires_at = _expiry(ctx, expires_in)

    def run() -> AccountInfo:
        with ctx.svc.store.write() as tx:
            now = ctx.now_ts()
            row = ids.create_account(
                tx, root, name=name, owner=owner, expires_at=expires_at, actor=ctx.actor, now=now
            )
            for vault, read, write in grants:
                g = ids.add_grant(
                    tx, root, row, vault, read=read, write=write, actor=ctx.actor, now=now
                )
                ctx.record(
                    tx, "sa.grant", f"tether://{g.vault}", detail=f"sa={name} perms={g.perms}"
                )
            ctx.record(
                tx, "sa.create", f"sa:{name}", detail=ctx.meta(owner=owner, expires=expires_at)
            )
            return ids.account_info(tx, name, now)

    return ctx.audited("sa.create", f"sa:{name}", run)


def list_accounts(ctx: Ctx) -> list[AccountInfo]:
    with ctx.svc.store.read() as tx:
        return ids.list_accounts(tx, ctx.now_ts())


def grant(ctx: Ctx, account: str, spec: GrantSpec) -> GrantInfo:
    root = ctx.root("grant vault access")
    vault, read, write = spec

    def run() -> GrantInfo:
        with ctx.svc.store.write() as tx:
            row = ids.find_account(tx, account)
            g = ids.add_grant(
                tx, root, row, vault, read=read, write=write, actor=ctx.actor, now=ctx.now_ts()
            )
            ctx.record(
                tx, "sa.grant", f"tether://{g.vault}", detail=f"sa={row['name']} perms={g.perms}"
            )
            return g

    return ctx.audited("sa.grant", f"tether://{vault}", run)


def revoke_grant(ctx: Ctx, account: str, vault: str) -> bool:
    ctx.root("revoke vault access")

    def run() -> bool:
        with ctx.svc.store.write() as tx:
            row = ids.find_account(tx, account)
            removed = ids.remove_grant(tx, row, vault)
            ctx.record(
                tx,
                "sa.ungrant",
                f"tether://{vault}",
                "ok" if removed else "noop",
                detail=f"sa={row['name']}",
            )
            return removed

    return ctx.audited("sa.ungrant", f"tether://{vault}", run)


def disable_account(ctx: Ctx, account: str) -> int:
    ctx.root("disable service accounts")

    def run() -> int:
        with ctx.svc.store.write() as tx:
            row = ids.find_account(tx, account)
            n = ids.disable_account(tx, row, ctx.now_ts())
            ctx.record(tx, "sa.disable", f"sa:{row['name']}", detail=f"tokens_revoked={n}")
            return n

    return ctx.audited("sa.disable", f"sa:{account}", run)


# -- tokens ----------------------------------------------------------------------------------


def create_token(
    ctx: Ctx, account: str, *, expires_in: str | None = "90d"
) -> tuple[TokenInfo, SecretValue]:
    """A new token for ``account``: returned once (as a masked ``SecretValue``), stored hashed."""
    root = ctx.root("create service-account tokens")
    expires_at = _expiry(ctx, expires_in)

    def run() -> tuple[TokenInfo, SecretValue]:
        with ctx.svc.store.write() as tx:
            now = ctx.now_ts()
            row = ids.find_account(tx, account)
            token_id, token = ids.issue_token(
                tx, root, row, expires_at=expires_at, actor=ctx.actor, now=now
            )
            ctx.record(
                tx,
                "sa.token.create",
                f"sa:{row['name']}",
                detail=ctx.meta(token=token_id, expires=expires_at),
            )
            info = next(t for t in ids.list_tokens(tx, now, row["name"]) if t.id == token_id)
            return info, SecretValue(token)

    return ctx.audited("sa.token.create", f"sa:{account}", run)


def list_tokens(ctx: Ctx, account: str | None = None) -> list[TokenInfo]:
    with ctx.svc.store.read() as tx:
        return ids.list_tokens(tx, ctx.now_ts(), account)


def revoke_token(ctx: Ctx, token_id: str) -> str:
    """Revoke a token by id; returns the account name. Takes effect on the token's next call."""
    ctx.root("revoke tokens")
    shown = ids.safe_token_id(token_id)

    def run() -> str:
        with ctx.svc.store.write() as tx:
            row = ids.revoke_token(tx, token_id, ctx.now_ts())
            ctx.record(tx, "sa.token.revoke", f"sa:{row['account']}", detail=f"token={row['id']}")
            return str(row["account"])

    return ctx.audited("sa.token.revoke", f"token:{shown}", run)


def expires_at_from(now: datetime, text: str | None) -> str | None:
    return None if text is None else ids.ts(now + parse_duration(text))
