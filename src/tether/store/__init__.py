"""Storage: the embedded SQLite store (default). The PostgreSQL store for the team server will
implement the same ``Store`` interface over the same schema.

Stores know tables and transactions, not secrets: everything they hold is either metadata or
ciphertext. SQL lives with the vault modules that own the tables; it is written in the portable
subset (``?`` placeholders, no SQLite-only functions).
"""

from tether.store.base import Row, Store, Tx
from tether.store.schema import SCHEMA_VERSION
from tether.store.sqlite import SqliteStore

__all__ = ["SCHEMA_VERSION", "Row", "SqliteStore", "Store", "Tx"]
