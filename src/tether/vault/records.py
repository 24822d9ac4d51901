"""Plain records the vault returns and front ends display. No values live here.

Re-exported by ``tether.client``; front ends import them from there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "FingerprintMatch",
    "ItemInfo",
    "ItemMeta",
    "VaultInfo",
    "VersionInfo",
    "best_match",
]


@dataclass(frozen=True)
class VaultInfo:
    name: str
    id: str
    created_at: str
    items: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "id": self.id,
            "created_at": self.created_at,
            "items": self.items,
        }


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

    @property
    def pinned_ref(self) -> str:
        """The reference that yields exactly this value (``?version=N`` unless it is current)."""
        return self.ref if self.state == "current" else f"{self.ref}?version={self.version}"


def best_match(matches: Sequence[FingerprintMatch]) -> FingerprintMatch | None:
    """The match to report for a plaintext copy: a current version, else the newest one."""
    if not matches:
        return None
    current = [m for m in matches if m.state == "current"]
    return (current or sorted(matches, key=lambda m: -m.version))[0]
