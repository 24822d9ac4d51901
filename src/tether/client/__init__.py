"""``Backend``: the one interface front ends use (CLI, SDK, MCP, server).

``LocalBackend`` runs the vault in-process over the embedded SQLite store; a ``RemoteBackend`` will
speak the team server's REST API with the same methods and the same errors. ``open_backend()`` picks
one from the environment:

- ``TETHER_TOKEN`` set  → local store, acting as that service account (only its grants decrypt);
- otherwise            → local store, acting as the current user with the root key.
"""

from __future__ import annotations

from tether.client.backend import (
    Backend,
    FingerprintMatch,
    ItemInfo,
    ItemMeta,
    VaultInfo,
    VersionInfo,
    best_match,
)
from tether.client.factory import open_backend

__all__ = [
    "Backend",
    "FingerprintMatch",
    "ItemInfo",
    "ItemMeta",
    "VaultInfo",
    "VersionInfo",
    "best_match",
    "open_backend",
]
