"""Key access: how a caller turns a vault id into that vault's data key.

A vault's data key is stored once per principal that may decrypt it (table ``vault_keys``):
``root`` wraps it under the root key; ``sa:<account id>`` wraps it under a service account's key,
which each of the account's tokens unwraps with a key derived from the token's secret
(:mod:`tether.vault.identities`). Whoever has no wrap cannot decrypt the vault at all: access is cryptographic.
The installation's fingerprint key is wrapped the same way (meta ``fingerprint_key:<principal>``).
"""

from __future__ import annotations

import base64
import secrets
from typing import Protocol

from tether.crypto.blobs import KEY_SIZE, unwrap_key, wrap_key
from tether.errors import AccessDeniedError, DecryptionError, KeyUnavailableError, StoreError
from tether.store.base import Tx

__all__ = ["ROOT", "KeyAccess", "RootKeyAccess", "vault_key_context"]

ROOT = "root"


def vault_key_context(vault_id: str) -> str:
    return f"vault:{vault_id}"


def _fp_meta_key(principal: str) -> str:
    return f"fingerprint_key:{principal}"


class KeyAccess(Protocol):
    principal: str

    def data_key(self, tx: Tx, vault_id: str, vault_name: str) -> bytes: ...

    def fingerprint_key(self, tx: Tx) -> bytes: ...

    def can_create_vaults(self) -> bool: ...

    def store_new_vault_key(self, tx: Tx, vault_id: str, data_key: bytes, now: str) -> None: ...


class RootKeyAccess:
    """The installation owner's access: the root key unwraps everything."""

    principal = ROOT

    def __init__(self, root_key: bytes, store_path: str = "") -> None:
        if len(root_key) != KEY_SIZE:
            raise ValueError("root key must be 32 bytes")
        self._root = root_key
        self._store_path = store_path
        self._cache: dict[str, bytes] = {}
        self._fp: bytes | None = None

    def can_create_vaults(self) -> bool:
        return True

    def initialize(self, tx: Tx) -> None:
        """Create the fingerprint key on a new store (idempotent)."""
        if tx.one("SELECT value FROM meta WHERE key = ?", (_fp_meta_key(ROOT),)) is None:
            fp_key = secrets.token_bytes(KEY_SIZE)
            blob = wrap_key(self._root, fp_key, "fingerprint")
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                (_fp_meta_key(ROOT), base64.b64encode(blob).decode()),
            )

    def fingerprint_key(self, tx: Tx) -> bytes:
        if self._fp is None:
            row = tx.one("SELECT value FROM meta WHERE key = ?", (_fp_meta_key(ROOT),))
            if row is None:
                raise StoreError("the store has no fingerprint key", hint="run `tether init`")
            try:
                self._fp = unwrap_key(self._root, base64.b64decode(row["value"]), "fingerprint")
            except DecryptionError:
                raise KeyUnavailableError(
                    f"the root key does not open the store at {self._store_path}",
                    hint="this key file belongs to another store; restore the right key file",
                ) from None
        return self._fp

    def data_key(self, tx: Tx, vault_id: str, vault_name: str) -> bytes:
        cached = self._cache.get(vault_id)
        if cached is not None:
            return cached
        self.fingerprint_key(tx)  # proves the root key belongs to this store
        row = tx.one(
            "SELECT wrapped FROM vault_keys WHERE vault_id = ? AND principal = ?", (vault_id, ROOT)
        )
        if row is None:
            raise AccessDeniedError(f"no key for vault {vault_name!r} under the root key")
        try:
            key = unwrap_key(self._root, bytes(row["wrapped"]), vault_key_context(vault_id))
        except DecryptionError:
            raise DecryptionError(
                f"the data key of vault {vault_name!r} failed its integrity check",
                hint="the store was modified outside tether; restore it from a backup",
            ) from None
        self._cache[vault_id] = key
        return key

    def store_new_vault_key(self, tx: Tx, vault_id: str, data_key: bytes, now: str) -> None:
        tx.execute(
            "INSERT INTO vault_keys (vault_id, principal, wrapped, created_at) VALUES (?, ?, ?, ?)",
            (vault_id, ROOT, wrap_key(self._root, data_key, vault_key_context(vault_id)), now),
        )

    # -- used by identities (service-account keys) and the audit seal --------------------------

    def wrap_under_root(self, key: bytes, context: str) -> bytes:
        """Wrap another 32-byte key (e.g. a service account's key) under the root key."""
        return wrap_key(self._root, key, context)

    def unwrap_under_root(self, blob: bytes, context: str) -> bytes:
        return unwrap_key(self._root, blob, context)

    def audit_key(self) -> bytes:
        """The key that seals the audit chain (HKDF of the root key; never stored)."""
        from tether.crypto.kdf import derive_key

        return derive_key(self._root, "tether audit chain v1")
