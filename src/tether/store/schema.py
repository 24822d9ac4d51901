"""The schema, as ordered DDL. Version 1 is the first released schema.

Each entry of ``MIGRATIONS`` upgrades the schema by one version; a store records its version
(``PRAGMA user_version`` in SQLite, the ``meta`` table everywhere) and an older tether refuses a
newer store. Until 0.1.0 ships, new tables join version 1 in their own section.
"""

from __future__ import annotations

__all__ = ["MIGRATIONS", "SCHEMA_VERSION"]

_CORE = [
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE vaults (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        rotation_days INTEGER,
        review_days INTEGER
    )""",
    # Data keys, wrapped once per principal that may decrypt the vault:
    # principal 'root' (the root key) or 'token:<token id>' (a service-account token).
    """CREATE TABLE vault_keys (
        vault_id TEXT NOT NULL REFERENCES vaults(id) ON DELETE CASCADE,
        principal TEXT NOT NULL,
        wrapped BLOB NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (vault_id, principal)
    )""",
    """CREATE TABLE items (
        id TEXT PRIMARY KEY,
        vault_id TEXT NOT NULL REFERENCES vaults(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        owner TEXT NOT NULL,
        team TEXT,
        environment TEXT,
        tags TEXT NOT NULL DEFAULT '[]',
        temporary INTEGER NOT NULL DEFAULT 0,
        expires_at TEXT,
        rotation_days INTEGER,
        review_days INTEGER,
        rotator TEXT,
        rotator_config TEXT,
        provider TEXT,
        needs_rotation INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        rotated_at TEXT,
        reviewed_at TEXT,
        accessed_at TEXT,
        UNIQUE (vault_id, name_key)
    )""",
    """CREATE TABLE fields (
        id TEXT PRIMARY KEY,
        item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        current_version INTEGER NOT NULL,
        UNIQUE (item_id, name_key)
    )""",
    """CREATE TABLE versions (
        field_id TEXT NOT NULL REFERENCES fields(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        ciphertext BLOB NOT NULL,
        fingerprint TEXT NOT NULL,
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        PRIMARY KEY (field_id, version)
    )""",
    "CREATE INDEX versions_fingerprint ON versions (fingerprint)",
    """CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        ref TEXT,
        result TEXT NOT NULL,
        detail TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
]

# --- identities and lifecycle (issue 5) ---------------------------------------------------------
_LIFECYCLE: list[str] = []

MIGRATIONS: list[list[str]] = [_CORE + _LIFECYCLE]
SCHEMA_VERSION = len(MIGRATIONS)
