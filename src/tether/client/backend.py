"""The ``Backend`` protocol and the plain data types it returns.

Values only ever travel as :class:`tether.values.SecretValue`. Every method raises
:class:`tether.errors.TetherError` subclasses, never anything else on purpose.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from tether.client.lifecycle_api import LifecycleBackend
from tether.refs import Reference
from tether.values import SecretValue
from tether.vault.records import (
    FingerprintMatch,
    ItemInfo,
    ItemMeta,
    VaultInfo,
    VersionInfo,
    best_match,
)

__all__ = [
    "Backend",
    "FingerprintMatch",
    "ItemInfo",
    "ItemMeta",
    "VaultInfo",
    "VersionInfo",
    "best_match",
]


class Backend(LifecycleBackend, Protocol):
    """What every front end may call. Implemented by ``LocalBackend`` (and later ``RemoteBackend``).

    Lifecycle methods (identities, rotation, dynamic credentials, audit, report) are declared in
    :class:`tether.client.lifecycle_api.LifecycleBackend`.
    """

    actor: str

    # vaults
    def create_vault(self, name: str) -> VaultInfo: ...
    def list_vaults(self) -> list[VaultInfo]: ...
    def remove_vault(self, name: str, *, force: bool = False) -> None: ...

    # items, fields, versions
    def set_value(
        self,
        ref: Reference,
        value: str,
        *,
        expected_version: int | None = None,
        meta: ItemMeta | None = None,
        create_vault: bool = False,
    ) -> VersionInfo: ...
    def read(self, ref: Reference) -> SecretValue: ...
    def resolve_many(self, refs: Iterable[Reference]) -> dict[Reference, SecretValue]: ...
    def get_item(self, ref: Reference) -> ItemInfo: ...
    def list_items(self, vault: str | None = None) -> list[ItemInfo]: ...
    def remove(self, ref: Reference) -> None: ...
    def history(self, ref: Reference) -> list[VersionInfo]: ...
    def restore(self, ref: Reference, version: int) -> VersionInfo: ...
    def update_meta(self, ref: Reference, meta: ItemMeta) -> ItemInfo: ...

    # linking plaintext copies to managed secrets
    def match_value(self, value: str) -> list[FingerprintMatch]: ...

    # audit for front ends (MCP tool calls, sweep redactions, guard blocks)
    def record_event(
        self, action: str, ref: str | None, result: str, detail: str | None = None
    ) -> None: ...
    def act_as(self, actor: str) -> None: ...

    def close(self) -> None: ...
