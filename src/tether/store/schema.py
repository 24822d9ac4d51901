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
    # principal 'root' (the root key) or 'sa:<account id>' (a service account's key, which each of
    # its tokens unwraps; see the identities section below).
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
# People and service accounts; grants; tokens (stored as SHA-256 hashes; each token row wraps its
# account's key under HKDF(token secret)); reviews; dynamic credentials and their leases; scan
# findings linked by keyed fingerprint; offboarding records; and HMAC seals over the audit chain.
_LIFECYCLE: list[str] = [
    """CREATE TABLE people (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        email TEXT,
        status TEXT NOT NULL DEFAULT 'active',
        created_at TEXT NOT NULL,
        offboarded_at TEXT,
        offboarded_to TEXT
    )""",
    # key_wrapped: the account key wrapped under the root key. The account key wraps the data key
    # of every granted vault (vault_keys principal 'sa:<id>') and the fingerprint key.
    """CREATE TABLE service_accounts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        owner TEXT NOT NULL,
        description TEXT,
        status TEXT NOT NULL DEFAULT 'active',
        expires_at TEXT,
        key_wrapped BLOB NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
    )""",
    """CREATE TABLE grants (
        account_id TEXT NOT NULL REFERENCES service_accounts(id) ON DELETE CASCADE,
        vault_id TEXT NOT NULL REFERENCES vaults(id) ON DELETE CASCADE,
        can_read INTEGER NOT NULL DEFAULT 1,
        can_write INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        PRIMARY KEY (account_id, vault_id)
    )""",
    """CREATE TABLE sa_tokens (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES service_accounts(id) ON DELETE CASCADE,
        token_hash TEXT NOT NULL,
        key_wrapped BLOB,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        expires_at TEXT,
        last_used_at TEXT,
        last_interactive_at TEXT,
        use_count INTEGER NOT NULL DEFAULT 0,
        revoked_at TEXT
    )""",
    """CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        reviewed_at TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        note TEXT
    )""",
    """CREATE TABLE dynamic_creds (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        provider TEXT NOT NULL,
        dsn_ref TEXT NOT NULL,
        ttl_seconds INTEGER NOT NULL,
        grant_template TEXT NOT NULL,
        owner TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
    )""",
    """CREATE TABLE leases (
        id TEXT PRIMARY KEY,
        dynamic_id TEXT NOT NULL REFERENCES dynamic_creds(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        actor TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL DEFAULT 'active'
    )""",
    """CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        rule TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        ref TEXT,
        location TEXT NOT NULL,
        source_kind TEXT,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open',
        remediated_at TEXT,
        UNIQUE (rule, fingerprint, location)
    )""",
    "CREATE INDEX findings_fingerprint ON findings (fingerprint)",
    """CREATE TABLE offboardings (
        id INTEGER PRIMARY KEY,
        person TEXT NOT NULL,
        to_person TEXT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        report TEXT NOT NULL
    )""",
    """CREATE TABLE audit_seals (
        seq INTEGER PRIMARY KEY,
        mac TEXT NOT NULL,
        sealed_at TEXT NOT NULL
    )""",
]

MIGRATIONS: list[list[str]] = [_CORE + _LIFECYCLE]
SCHEMA_VERSION = len(MIGRATIONS)
