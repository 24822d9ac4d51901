"""``LocalBackend``: the vault in-process over the embedded SQLite store."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tether import paths
from tether.client.lifecycle_api import LifecycleMethods
from tether.crypto.rootkey import create_root_key, keyring_usable, load_root_key
from tether.errors import NotInitializedError, StoreError
from tether.refs import Reference
from tether.store.sqlite import SqliteStore
from tether.values import SecretValue
from tether.vault.keys import KeyAccess, RootKeyAccess
from tether.vault.records import FingerprintMatch, ItemInfo, ItemMeta, VaultInfo, VersionInfo
from tether.vault.service import VaultService, current_user

__all__ = ["InitResult", "LocalBackend", "initialize"]


class LocalBackend(LifecycleMethods):
    """Implements :class:`tether.client.Backend` over a :class:`VaultService`.

    Lifecycle methods (identities, rotation, dynamic credentials, audit, report) come from
    :class:`tether.client.lifecycle_api.LifecycleMethods`.
    """

    def __init__(self, service: VaultService) -> None:
        self.service = service
        self.actor = service.actor

    @classmethod
    def open(cls, store_path: Path | None = None, key_path: Path | None = None) -> LocalBackend:
        """Open the store as its owner, with the root key."""
        store_path = store_path or paths.store_path()
        key_path = key_path or paths.key_path()
        if not store_path.exists():
            raise NotInitializedError(
                f"no tether store at {store_path}", hint="run `tether init` first"
            )
        root, _ = load_root_key(key_path)
        store = SqliteStore(store_path)
        backend = cls(
            VaultService(store, RootKeyAccess(root, str(store_path)), actor=current_user())
        )
        backend.seal_audit()  # seals events appended since the last root-key command
        return backend

    @classmethod
    def with_keys(
        cls, store: SqliteStore, keys: KeyAccess, actor: str, **kwargs: object
    ) -> LocalBackend:
        return cls(VaultService(store, keys, actor=actor, **kwargs))  # type: ignore[arg-type]

    # vaults
    def create_vault(self, name: str) -> VaultInfo:
        return self.service.create_vault(name)

    def list_vaults(self) -> list[VaultInfo]:
        return self.service.list_vaults()

    def remove_vault(self, name: str, *, force: bool = False) -> None:
        self.service.remove_vault(name, force=force)

    # items
    def set_value(
        self,
        ref: Reference,
        value: str,
        *,
        expected_version: int | None = None,
        meta: ItemMeta | None = None,
        create_vault: bool = False,
    ) -> VersionInfo:
        return self.service.set_value(
            ref, value, expected_version=expected_version, meta=meta, create_vault=create_vault
        )

    def read(self, ref: Reference) -> SecretValue:
        return self.service.read(ref)

    def resolve_many(self, refs: Iterable[Reference]) -> dict[Reference, SecretValue]:
        return self.service.resolve_many(refs)

    def get_item(self, ref: Reference) -> ItemInfo:
        return self.service.get_item(ref)

    def list_items(self, vault: str | None = None) -> list[ItemInfo]:
        return self.service.list_items(vault)

    def remove(self, ref: Reference) -> None:
        self.service.remove(ref)

    def history(self, ref: Reference) -> list[VersionInfo]:
        return self.service.history(ref)

    def restore(self, ref: Reference, version: int) -> VersionInfo:
        return self.service.restore(ref, version)

    def update_meta(self, ref: Reference, meta: ItemMeta) -> ItemInfo:
        return self.service.update_meta(ref, meta)

    def match_value(self, value: str) -> list[FingerprintMatch]:
        return self.service.match_value(value)

    def record_event(
        self, action: str, ref: str | None, result: str, detail: str | None = None
    ) -> None:
        """Append one audit event as the current actor (front ends: MCP calls, redactions, blocks).

        ``detail`` must never carry a secret value: callers pass rule ids, fingerprints and paths.
        """
        self.service.audit(action, ref, result, detail)

    def act_as(self, actor: str) -> None:
        """Record every later event as ``actor`` (e.g. ``agent:claude-code via alice`` for MCP)."""
        self.service.actor = actor
        self.actor = actor

    def close(self) -> None:
        self.seal_audit()  # root key only: HMAC-seal the audit chain's head (see vault/audit.py)
        self.service.store.close()


@dataclass(frozen=True)
class InitResult:
    store_path: Path
    key_path: Path
    key_kind: str
    created_store: bool
    created_key: bool


def initialize(*, passphrase: str | None = None, use_keyring: bool | None = None) -> InitResult:
    """Create the store and root key where missing. Never replaces or destroys anything."""
    store_path, key_path = paths.store_path(), paths.key_path()
    store_exists, key_exists = store_path.exists(), key_path.exists()
    if store_exists and not key_exists:
        raise NotInitializedError(
            f"the store at {store_path} exists but its key file {key_path} is missing",
            hint="restore the key file; creating a new key would not open the existing store",
        )
    if key_exists:
        root, keyfile = load_root_key(key_path)
        created_key = False
    else:
        if use_keyring is None and passphrase is None:
            use_keyring = keyring_usable()
        root, keyfile = create_root_key(key_path, passphrase=passphrase, use_keyring=use_keyring)
        created_key = True
    try:
        store = SqliteStore(store_path, create=True)
    except StoreError:
        raise
    try:
        keys = RootKeyAccess(root, str(store_path))
        with store.write() as tx:
            keys.initialize(tx)
        with store.read() as tx:
            keys.fingerprint_key(tx)  # the key must open this store
    finally:
        store.close()
    return InitResult(store_path, key_path, keyfile.kind, not store_exists, created_key)
