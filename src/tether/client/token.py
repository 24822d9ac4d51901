"""Service-account mode (``TETHER_TOKEN``): the store opened with only a token's grants.

The token is checked (hash, revocation, expiry, account status) when the backend opens, and again
inside every decryption, so revoking a token or a grant takes effect on the very next call. Every
use and every refusal is an audit event; a refused token is recorded as actor ``token:<id>``
(the id is the public middle part; the secret part is never recorded).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tether import paths
from tether.client.backend import Backend
from tether.client.local import LocalBackend
from tether.errors import AccessDeniedError, NotInitializedError, TetherError, TokenError
from tether.refs import Reference
from tether.store.sqlite import SqliteStore
from tether.vault import audit
from tether.vault.identities import TokenKeyAccess, ts
from tether.vault.records import ItemInfo, VaultInfo, VersionInfo
from tether.vault.service import VaultService

__all__ = ["TokenBackend", "open_token_backend"]


def _interactive() -> bool:
    """A person at a terminal (not CI): a service-account token used so is NHI10."""
    from tether.client.lifecycle_api import ci_name

    try:
        return os.isatty(0) and os.isatty(1) and ci_name() is None
    except OSError:
        return False


def open_token_backend(
    token: str,
    *,
    store_path: Path | None = None,
    clock: Callable[[], datetime] | None = None,
    interactive: bool | None = None,
) -> Backend:

    clock = clock or (lambda: datetime.now(UTC))
    store_path = store_path or paths.store_path()
    if not store_path.exists():
        raise NotInitializedError(
            f"no tether store at {store_path}",
            hint="TETHER_TOKEN works against an existing store; set TETHER_HOME to its folder",
        )
    store = SqliteStore(store_path)
    try:
        keys = TokenKeyAccess(token.strip(), now=clock)
    except TokenError as exc:
        with store.write() as tx:
            audit.record(
                tx,
                ts=ts(clock()),
                actor="token:malformed",
                action="token.use",
                ref=None,
                result="denied",
                detail="malformed token",
            )
        store.close()
        raise exc from None
    try:
        failure: TokenError | None = None
        with store.write() as tx:
            try:
                account = keys.authenticate(tx)
            except TokenError as exc:
                failure = exc
            else:
                keys.record_use(
                    tx, interactive=_interactive() if interactive is None else interactive
                )
                audit.record(
                    tx,
                    ts=ts(clock()),
                    actor=f"sa:{account['name']}",
                    action="token.use",
                    ref=f"token:{keys.token_id}",
                    result="ok",
                )
        if failure is not None:
            with store.write() as tx:
                audit.record(
                    tx,
                    ts=ts(clock()),
                    actor=f"token:{keys.token_id}",
                    action="token.use",
                    ref=f"token:{keys.token_id}",
                    result="denied",
                    detail=failure.message.split(" of service account")[0][:120],
                )
            raise failure
    except TetherError:
        store.close()
        raise
    service = VaultService(
        store,
        keys,
        actor=f"sa:{account['name']}",
        now=lambda: ts(clock()),
        can_write=keys.can_write,
    )
    backend = TokenBackend(service, keys)
    backend.clock = clock
    return backend


class TokenBackend(LocalBackend):
    """``LocalBackend`` as a service account: metadata, too, is limited to granted vaults."""

    def __init__(self, service: VaultService, keys: TokenKeyAccess) -> None:
        super().__init__(service)
        self._keys = keys

    def _granted(self) -> set[str]:
        with self.service.store.read() as tx:
            account = self._keys.authenticate(tx)
            rows = tx.all(
                "SELECT v.name_key FROM grants g JOIN vaults v ON v.id = g.vault_id "
                "WHERE g.account_id = ? AND g.can_read = 1",
                (account["id"],),
            )
        return {r["name_key"] for r in rows}

    def _require(self, vault: str) -> None:
        if vault.casefold() not in self._granted():
            self.service.audit("list", f"tether://{vault}", "denied", "AccessDeniedError")
            raise AccessDeniedError(
                f"service account {self.actor.removeprefix('sa:')!r} has no grant for "
                f"vault {vault!r}",
                hint="its owner can grant it with `tether sa grant`",
            )

    def list_vaults(self) -> list[VaultInfo]:
        granted = self._granted()
        return [v for v in super().list_vaults() if v.name.casefold() in granted]

    def list_items(self, vault: str | None = None) -> list[ItemInfo]:
        if vault is not None:
            self._require(vault)
            return super().list_items(vault)
        granted = self._granted()
        return [i for i in super().list_items() if i.vault.casefold() in granted]

    def get_item(self, ref: Reference) -> ItemInfo:
        self._require(ref.vault)
        return super().get_item(ref)

    def history(self, ref: Reference) -> list[VersionInfo]:
        self._require(ref.vault)
        return super().history(ref)
