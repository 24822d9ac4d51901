"""The ``Backend`` protocol and the plain data types it returns.

Values only ever travel as :class:`tether.values.SecretValue`. Every method raises
:class:`tether.errors.TetherError` subclasses, never anything else on purpose.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from tether.refs import Reference
from tether.values import SecretValue

__all__ = ["Backend", "FingerprintMatch", "ItemInfo", "ItemMeta", "VaultInfo", "VersionInfo"]


@dataclass(frozen=True)
class VaultInfo:
    name: str
    id: str
    created_at: str
    items: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "id": self.id, "created_at": self.created_at, "items": self.items}


@dataclass
class ItemMeta:
    """Metadata a caller may set when writing an item. ``None`` leaves the current value alone."""

    owner: str | None = None
    tags: list[str] | None = None
    environment: str | None = None
    temporary: bool | None = None
    expires_at: str | None = None
    rotation_days: int | None = None
    review_days: int | None = None
    rotator: str | None = None
    rotator_config: dict[str, Any] | None = None


@dataclass(frozen=True)
class VersionInfo:
    vault: str
    item: str
    field: str
    version: int
    state: str  # current | superseded | rotated | revoked
    created_at: str
    created_by: str

    @property
    def ref(self) -> str:
        return f"tether://{self.vault}/{self.item}/{self.field}"

    def to_json(self) -> dict[str, Any]:
        return {
            "ref": self.ref,
            "version": self.version,
            "state": self.state,
            "created_at": self.created_at,
            "created_by": self.created_by,
        }


@dataclass(frozen=True)
class ItemInfo:
    vault: str
    name: str
    id: str
    fields: dict[str, int]  # field name -> current version
    owner: str
    tags: list[str] = field(default_factory=list)
    environment: str | None = None
    temporary: bool = False
    expires_at: str | None = None
    rotation_days: int | None = None
    review_days: int | None = None
    rotator: str | None = None
    created_at: str = ""
    updated_at: str = ""
    rotated_at: str | None = None
    reviewed_at: str | None = None
    accessed_at: str | None = None

    @property
    def ref(self) -> str:
        return f"tether://{self.vault}/{self.name}"

    def to_json(self) -> dict[str, Any]:
        return {
            "ref": self.ref,
            "vault": self.vault,
            "item": self.name,
            "fields": self.fields,
            "owner": self.owner,
            "tags": self.tags,
            "environment": self.environment,
            "temporary": self.temporary,
            "expires_at": self.expires_at,
            "rotation_days": self.rotation_days,
            "review_days": self.review_days,
            "rotator": self.rotator,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "rotated_at": self.rotated_at,
            "reviewed_at": self.reviewed_at,
            "accessed_at": self.accessed_at,
        }


@dataclass(frozen=True)
class FingerprintMatch:
    """A managed version whose value has the fingerprint asked about."""

    ref: str  # tether://vault/item/field
    version: int
    state: str  # current | superseded | rotated | revoked

    def describe(self) -> str:
        if self.state == "current":
            return f"copy of {self.ref} (current version)"
        return f"copy of {self.ref} ({self.state} version {self.version})"


class Backend(Protocol):
    """What every front end may call. Implemented by ``LocalBackend`` (and later ``RemoteBackend``)."""

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

    def close(self) -> None: ...
