"""Identities: people, service accounts, their grants and tokens, and token key access.

Key hierarchy for service accounts (ARCHITECTURE.md §5)::

    root key ──wraps──▶ account key (service_accounts.key_wrapped)
    HKDF-SHA256(token secret, info "tether sa token <id>") ──wraps──▶ account key (sa_tokens.key_wrapped)
    account key ──wraps──▶ vault data key   (vault_keys, principal "sa:<account id>") per granted vault
    account key ──wraps──▶ fingerprint key  (meta "fingerprint_key:sa:<account id>")

One account key per account (not per token) keeps grants and tokens independent: a grant is one
wrap however many tokens exist, a new token is one wrap however many vaults are granted.
Revoking a grant deletes that vault's wrap (every token of the account loses it at once); revoking
a token deletes its wrap of the account key. A vault with no wrap for the account cannot be
decrypted with its token at all. Tokens are stored only as SHA-256 hashes.

This module never sees a token's secret except inside :class:`TokenKeyAccess` and
:func:`issue_token`, and never logs or stores it.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tether import tokens
from tether.crypto.blobs import KEY_SIZE, unwrap_key, wrap_key
from tether.crypto.kdf import derive_key
from tether.errors import (
    AccessDeniedError,
    AlreadyExistsError,
    DecryptionError,
    NotFoundError,
    TokenError,
    UsageError,
)
from tether.store.base import Row, Tx
from tether.vault.expiry import TS_FORMAT, ts
from tether.vault.keys import ROOT, RootKeyAccess, vault_key_context
from tether.vault.lookup import find_vault, nearby

__all__ = [
    "AccountInfo",
    "GrantInfo",
    "PersonInfo",
    "TokenInfo",
    "TokenKeyAccess",
    "add_grant",
    "add_person",
    "create_account",
    "find_account",
    "find_person",
    "issue_token",
    "list_accounts",
    "list_people",
    "list_tokens",
    "principal_of",
    "remove_grant",
    "revoke_token",
    "ts",
]


def parse_ts(text: str) -> datetime:
    return datetime.strptime(text, TS_FORMAT).replace(tzinfo=UTC)


def principal_of(account_id: str) -> str:
    return f"sa:{account_id}"


def _account_ctx(account_id: str) -> str:
    return f"sa-key:{account_id}"


def _token_ctx(token_id: str) -> str:
    return f"sa-token:{token_id}"


def token_wrapping_key(secret: str, token_id: str) -> bytes:
    return derive_key(secret.encode("ascii"), f"tether sa token {token_id}")


def _fp_meta_key(principal: str) -> str:
    return f"fingerprint_key:{principal}"


# -- records ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonInfo:
    name: str
    email: str | None
    status: str
    created_at: str
    offboarded_at: str | None = None
    offboarded_to: str | None = None

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class GrantInfo:
    vault: str
    read: bool
    write: bool
    created_at: str

    @property
    def perms(self) -> str:
        return ",".join(p for p, on in (("read", self.read), ("write", self.write)) if on)

    def to_json(self) -> dict[str, Any]:
        return {"vault": self.vault, "perms": self.perms, "created_at": self.created_at}


@dataclass(frozen=True)
class AccountInfo:
    name: str
    id: str
    owner: str
    status: str
    expires_at: str | None
    created_at: str
    created_by: str
    grants: list[GrantInfo]
    tokens: int = 0

    @property
    def actor(self) -> str:
        return f"sa:{self.name}"

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "id": self.id,
            "owner": self.owner,
            "status": self.status,
            "expires_at": self.expires_at,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "grants": [g.to_json() for g in self.grants],
            "active_tokens": self.tokens,
        }


@dataclass(frozen=True)
class TokenInfo:
    id: str
    account: str
    created_at: str
    created_by: str
    expires_at: str | None
    last_used_at: str | None
    last_interactive_at: str | None
    use_count: int
    revoked_at: str | None
    status: str  # active | expired | revoked

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


# -- people ----------------------------------------------------------------------------------


def _person(row: Row) -> PersonInfo:
    return PersonInfo(
        row["name"],
        row["email"],
        row["status"],
        row["created_at"],
        row["offboarded_at"],
        row["offboarded_to"],
    )


def add_person(tx: Tx, name: str, email: str | None, now: str) -> PersonInfo:
    _check_name(name, "person")
    if tx.one("SELECT 1 AS x FROM people WHERE name_key = ?", (name.casefold(),)):
        raise AlreadyExistsError(f"person {name!r} already exists")
    tx.execute(
        "INSERT INTO people (id, name, name_key, email, status, created_at) "
        "VALUES (?, ?, ?, ?, 'active', ?)",
        (secrets.token_hex(8), name, name.casefold(), email, now),
    )
    return PersonInfo(name, email, "active", now)


def find_person(tx: Tx, name: str) -> Row:
    row = tx.one("SELECT * FROM people WHERE name_key = ?", (name.casefold(),))
    if row is None:
        names = [r["name"] for r in tx.all("SELECT name FROM people")]
        raise NotFoundError(
            f"no person named {name!r}",
            hint=nearby(name, names, "people") or f"add them with `tether person add {name}`",
        )
    return row


def list_people(tx: Tx) -> list[PersonInfo]:
    return [_person(r) for r in tx.all("SELECT * FROM people ORDER BY name_key")]


def _check_name(name: str, what: str) -> None:
    ok = name and len(name) <= 64 and all(c.isalnum() or c in "._-@" for c in name)
    if not ok:
        raise UsageError(
            f"invalid {what} name {name!r}",
            hint="use letters, digits, '.', '_', '-' or '@' (at most 64 characters)",
        )


# -- service accounts ------------------------------------------------------------------------


def find_account(tx: Tx, name: str) -> Row:
    row = tx.one("SELECT * FROM service_accounts WHERE name_key = ?", (name.casefold(),))
    if row is None:
        names = [r["name"] for r in tx.all("SELECT name FROM service_accounts")]
        raise NotFoundError(
            f"no service account named {name!r}",
            hint=nearby(name, names, "service accounts") or "create one with `tether sa create`",
        )
    return row


def _account_info(tx: Tx, row: Row, now: str) -> AccountInfo:
    grants = [
        GrantInfo(g["vault"], bool(g["can_read"]), bool(g["can_write"]), g["created_at"])
        for g in tx.all(
            "SELECT v.name AS vault, g.can_read, g.can_write, g.created_at FROM grants g "
            "JOIN vaults v ON v.id = g.vault_id WHERE g.account_id = ? ORDER BY v.name_key",
            (row["id"],),
        )
    ]
    n = tx.one(
        "SELECT count(*) AS n FROM sa_tokens WHERE account_id = ? AND revoked_at IS NULL "
        "AND (expires_at IS NULL OR expires_at > ?)",
        (row["id"], now),
    )
    return AccountInfo(
        row["name"],
        row["id"],
        row["owner"],
        row["status"],
        row["expires_at"],
        row["created_at"],
        row["created_by"],
        grants,
        int(n["n"]) if n else 0,
    )


def list_accounts(tx: Tx, now: str) -> list[AccountInfo]:
    return [
        _account_info(tx, r, now)
        for r in tx.all("SELECT * FROM service_accounts ORDER BY name_key")
    ]


def account_info(tx: Tx, name: str, now: str) -> AccountInfo:
    return _account_info(tx, find_account(tx, name), now)


def _account_key(tx: Tx, root: RootKeyAccess, account: Row) -> bytes:
    try:
        return root.unwrap_under_root(bytes(account["key_wrapped"]), _account_ctx(account["id"]))
    except DecryptionError:
        raise DecryptionError(
            f"the key of service account {account['name']!r} failed its integrity check",
            hint="the store was modified outside tether; restore it from a backup",
        ) from None


def create_account(
    tx: Tx,
    root: RootKeyAccess,
    *,
    name: str,
    owner: str,
    expires_at: str | None,
    actor: str,
    now: str,
) -> Row:
    _check_name(name, "service account")
    if tx.one("SELECT 1 AS x FROM service_accounts WHERE name_key = ?", (name.casefold(),)):
        raise AlreadyExistsError(f"service account {name!r} already exists")
    owner_row = find_person(tx, owner)
    if owner_row["status"] != "active":
        raise UsageError(
            f"{owner_row['name']} is offboarded and cannot own a service account",
            hint="pick an active person as owner",
        )
    aid = secrets.token_hex(8)
    account_key = secrets.token_bytes(KEY_SIZE)
    tx.execute(
        "INSERT INTO service_accounts (id, name, name_key, owner, status, expires_at, key_wrapped, "
        "created_at, created_by) VALUES (?, ?, ?, ?, 'active', ?, ?, ?, ?)",
        (
            aid,
            name,
            name.casefold(),
            owner_row["name"],
            expires_at,
            root.wrap_under_root(account_key, _account_ctx(aid)),
            now,
            actor,
        ),
    )
    fp = root.fingerprint_key(tx)
    tx.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)",
        (
            _fp_meta_key(principal_of(aid)),
            base64.b64encode(wrap_key(account_key, fp, "fingerprint")).decode(),
        ),
    )
    row = tx.one("SELECT * FROM service_accounts WHERE id = ?", (aid,))
    assert row is not None
    return row


def add_grant(
    tx: Tx,
    root: RootKeyAccess,
    account: Row,
    vault_name: str,
    *,
    read: bool,
    write: bool,
    actor: str,
    now: str,
) -> GrantInfo:
    """Grant (or change) ``account``'s access to a vault; wraps the vault's data key for it."""
    if write and not read:
        raise UsageError("a write grant needs read too", hint="use VAULT:read,write")
    vault = find_vault(tx, vault_name)
    data_key = root.data_key(tx, vault["id"], vault["name"])
    account_key = _account_key(tx, root, account)
    principal = principal_of(account["id"])
    tx.execute(
        "DELETE FROM vault_keys WHERE vault_id = ? AND principal = ?", (vault["id"], principal)
    )
    tx.execute(
        "INSERT INTO vault_keys (vault_id, principal, wrapped, created_at) VALUES (?, ?, ?, ?)",
        (
            vault["id"],
            principal,
            wrap_key(account_key, data_key, vault_key_context(vault["id"])),
            now,
        ),
    )
    tx.execute(
        "INSERT INTO grants (account_id, vault_id, can_read, can_write, created_at, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, vault_id) DO UPDATE SET "
        "can_read = excluded.can_read, can_write = excluded.can_write",
        (account["id"], vault["id"], int(read), int(write), now, actor),
    )
    return GrantInfo(vault["name"], read, write, now)


def remove_grant(tx: Tx, account: Row, vault_name: str) -> bool:
    """Drop the grant and the wrapped data key: the account's tokens can no longer decrypt it."""
    vault = find_vault(tx, vault_name)
    n = tx.execute(
        "DELETE FROM grants WHERE account_id = ? AND vault_id = ?", (account["id"], vault["id"])
    )
    tx.execute(
        "DELETE FROM vault_keys WHERE vault_id = ? AND principal = ?",
        (vault["id"], principal_of(account["id"])),
    )
    return n > 0


def disable_account(tx: Tx, account: Row, now: str) -> int:
    """Revoke every token and delete every wrap: the account can decrypt nothing any more."""
    n = tx.execute(
        "UPDATE sa_tokens SET revoked_at = ?, key_wrapped = NULL "
        "WHERE account_id = ? AND revoked_at IS NULL",
        (now, account["id"]),
    )
    tx.execute("DELETE FROM vault_keys WHERE principal = ?", (principal_of(account["id"]),))
    tx.execute("DELETE FROM grants WHERE account_id = ?", (account["id"],))
    tx.execute("UPDATE service_accounts SET status = 'disabled' WHERE id = ?", (account["id"],))
    return n


# -- tokens ----------------------------------------------------------------------------------


def issue_token(
    tx: Tx,
    root: RootKeyAccess,
    account: Row,
    *,
    expires_at: str | None,
    actor: str,
    now: str,
) -> tuple[str, str]:
    """Create a token for ``account``; return ``(token id, full token)``. Shown once, stored hashed."""
    if account["status"] != "active":
        raise UsageError(
            f"service account {account['name']!r} is {account['status']}",
            hint="create a new service account",
        )
    if account["expires_at"] and (expires_at is None or expires_at > account["expires_at"]):
        expires_at = account["expires_at"]  # a token never outlives its account
    token = tokens.generate("sa")
    parsed = tokens.parse(token)
    account_key = _account_key(tx, root, account)
    wrapped = wrap_key(
        token_wrapping_key(parsed.secret, parsed.id), account_key, _token_ctx(parsed.id)
    )
    tx.execute(
        "INSERT INTO sa_tokens (id, account_id, token_hash, key_wrapped, created_at, created_by, "
        "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (parsed.id, account["id"], tokens.hash_token(token), wrapped, now, actor, expires_at),
    )
    return parsed.id, token


def _token_status(row: Row, now: str) -> str:
    if row["revoked_at"]:
        return "revoked"
    if row["expires_at"] and row["expires_at"] <= now:
        return "expired"
    return "active"


def list_tokens(tx: Tx, now: str, account: str | None = None) -> list[TokenInfo]:
    sql = (
        "SELECT t.*, a.name AS account FROM sa_tokens t JOIN service_accounts a "
        "ON a.id = t.account_id"
    )
    params: tuple[Any, ...] = ()
    if account is not None:
        sql += " WHERE a.name_key = ?"
        params = (account.casefold(),)
        find_account(tx, account)
    rows = tx.all(sql + " ORDER BY a.name_key, t.created_at", params)
    return [
        TokenInfo(
            r["id"],
            r["account"],
            r["created_at"],
            r["created_by"],
            r["expires_at"],
            r["last_used_at"],
            r["last_interactive_at"],
            r["use_count"],
            r["revoked_at"],
            _token_status(r, now),
        )
        for r in rows
    ]


def safe_token_id(text: str) -> str:
    """What of a user-supplied token id may be shown or logged: the id part only, never a secret.

    Accepts an id or a full token; anything else (a pasted secret, a typo) becomes "invalid".
    """
    text = text.strip()
    if text.startswith("tth_") and text.count("_") >= 2:
        text = text.split("_")[2]
    if len(text) == tokens.ID_LEN and all(c in tokens.ALPHABET for c in text):
        return text
    return "invalid"


def revoke_token(tx: Tx, token_id: str, now: str) -> Row:
    """Revoke by id (the public middle part of a token) or by full token text."""
    if token_id.startswith("tth_"):
        token_id = tokens.parse(token_id).id
    shown = safe_token_id(token_id)
    if shown == "invalid":
        raise NotFoundError(
            "that is not a token id", hint="token ids are 12 characters; see `tether sa token list`"
        )
    row = tx.one(
        "SELECT t.*, a.name AS account FROM sa_tokens t JOIN service_accounts a "
        "ON a.id = t.account_id WHERE t.id = ?",
        (token_id,),
    )
    if row is None:
        raise NotFoundError(f"no token with id {shown!r}", hint="see `tether sa token list`")
    tx.execute(
        "UPDATE sa_tokens SET revoked_at = coalesce(revoked_at, ?), key_wrapped = NULL WHERE id = ?",
        (now, token_id),
    )
    return row


# -- token key access ------------------------------------------------------------------------


class TokenKeyAccess:
    """A service account's access, opened by one of its tokens.

    Every ``data_key`` call re-checks the token (revoked? expired? account disabled? grant still
    there?) inside the caller's transaction, so revocation takes effect on the next call even in
    a long-running process. Nothing is cached across transactions except the parsed token.
    """

    def __init__(self, token: str, *, now: Callable[[], datetime] | None = None) -> None:
        self._token = tokens.parse(token, kind="sa")
        self._hash = tokens.hash_token(token)
        self._now = now or (lambda: datetime.now(UTC))
        self.token_id = self._token.id
        self.principal = f"token:{self._token.id}"
        self.account_name: str | None = None

    def __repr__(self) -> str:
        return f"TokenKeyAccess(token_id={self.token_id!r})"

    def authenticate(self, tx: Tx) -> Row:
        """Check the token and return its account row; raise :class:`TokenError` otherwise."""
        tid = self._token.id
        row = tx.one("SELECT * FROM sa_tokens WHERE id = ?", (tid,))
        if row is None or not tokens.token_matches(self._token.text, row["token_hash"]):
            raise TokenError(
                f"unknown service-account token {tid}",
                hint="the token was mistyped or belongs to another store; create one with "
                "`tether sa token create`",
            )
        now = ts(self._now())
        account = tx.one("SELECT * FROM service_accounts WHERE id = ?", (row["account_id"],))
        assert account is not None
        self.account_name = account["name"]
        self.principal = principal_of(account["id"])
        if row["revoked_at"]:
            raise TokenError(
                f"token {tid} of service account {account['name']!r} was revoked at "
                f"{row['revoked_at']}",
                hint="ask the account's owner for a new token",
            )
        if row["expires_at"] and row["expires_at"] <= now:
            raise TokenError(
                f"token {tid} of service account {account['name']!r} expired at {row['expires_at']}",
                hint="ask the account's owner for a new token (`tether sa token create`)",
            )
        if account["status"] != "active":
            raise TokenError(
                f"service account {account['name']!r} is {account['status']}",
                hint="ask its owner to re-enable it or create a new account",
            )
        if account["expires_at"] and account["expires_at"] <= now:
            raise TokenError(
                f"service account {account['name']!r} expired at {account['expires_at']}",
                hint="ask its owner for a new account",
            )
        return account

    def _account_key(self, tx: Tx) -> tuple[Row, bytes]:
        account = self.authenticate(tx)
        row = tx.one("SELECT key_wrapped FROM sa_tokens WHERE id = ?", (self._token.id,))
        if row is None or row["key_wrapped"] is None:
            raise TokenError(f"token {self._token.id} has no key", hint="create a new token")
        try:
            key = unwrap_key(
                token_wrapping_key(self._token.secret, self._token.id),
                bytes(row["key_wrapped"]),
                _token_ctx(self._token.id),
            )
        except DecryptionError:
            raise TokenError(
                f"token {self._token.id} does not open its account key",
                hint="the store was modified outside tether, or the token is not this store's",
            ) from None
        return account, key

    def grant(self, tx: Tx, vault: Row) -> Row | None:
        account = self.authenticate(tx)
        return tx.one(
            "SELECT * FROM grants WHERE account_id = ? AND vault_id = ?",
            (account["id"], vault["id"]),
        )

    def data_key(self, tx: Tx, vault_id: str, vault_name: str) -> bytes:
        account, key = self._account_key(tx)
        grant = tx.one(
            "SELECT can_read FROM grants WHERE account_id = ? AND vault_id = ?",
            (account["id"], vault_id),
        )
        wrapped = tx.one(
            "SELECT wrapped FROM vault_keys WHERE vault_id = ? AND principal = ?",
            (vault_id, principal_of(account["id"])),
        )
        if grant is None or not grant["can_read"] or wrapped is None:
            raise AccessDeniedError(
                f"service account {account['name']!r} has no grant for vault {vault_name!r}",
                hint=f"its owner can grant it with `tether sa grant {account['name']} "
                f"{vault_name}:read`",
            )
        try:
            return unwrap_key(key, bytes(wrapped["wrapped"]), vault_key_context(vault_id))
        except DecryptionError:
            raise DecryptionError(
                f"the data key of vault {vault_name!r} failed its integrity check",
                hint="the store was modified outside tether; restore it from a backup",
            ) from None

    def fingerprint_key(self, tx: Tx) -> bytes:
        account, key = self._account_key(tx)
        row = tx.one(
            "SELECT value FROM meta WHERE key = ?", (_fp_meta_key(principal_of(account["id"])),)
        )
        if row is None:
            raise AccessDeniedError(f"service account {account['name']!r} has no fingerprint key")
        return unwrap_key(key, base64.b64decode(row["value"]), "fingerprint")

    def can_create_vaults(self) -> bool:
        return False

    def store_new_vault_key(self, tx: Tx, vault_id: str, data_key: bytes, now: str) -> None:
        raise AccessDeniedError(
            "service accounts cannot create vaults", hint="ask a person to create the vault"
        )

    def can_write(self, tx: Tx, vault: Row) -> bool:
        grant = self.grant(tx, vault)
        return bool(grant and grant["can_write"])

    def record_use(self, tx: Tx, *, interactive: bool) -> None:
        now = ts(self._now())
        tx.execute(
            "UPDATE sa_tokens SET last_used_at = ?, use_count = use_count + 1, "
            "last_interactive_at = CASE WHEN ? THEN ? ELSE last_interactive_at END WHERE id = ?",
            (now, int(interactive), now, self._token.id),
        )


def is_root(keys: object) -> bool:
    return getattr(keys, "principal", None) == ROOT
