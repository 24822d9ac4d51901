"""The embedded default: one SQLite file (WAL), mode 0600, in a 0700 folder.

Every ``sqlite3`` failure surfaces as :class:`tether.errors.StoreError` naming the file, never as a
traceback. Writers take the write lock up front (``BEGIN IMMEDIATE``) so check-and-set is exact.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tether.errors import NotInitializedError, SchemaVersionError, StoreError
from tether.store.base import Row
from tether.store.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["SqliteStore"]


def _dict_row(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> Row:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


class _SqliteTx:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self._conn.execute(sql, params).rowcount

    def one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        row: Row | None = self._conn.execute(sql, params).fetchone()
        return row

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return list(self._conn.execute(sql, params).fetchall())

    def iter(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
        yield from self._conn.execute(sql, params)


class SqliteStore:
    """Open (``create=False``) or create (``create=True``) the store at ``path``."""

    def __init__(self, path: Path, *, create: bool = False) -> None:
        self.path = str(path)
        if not path.exists():
            if not create:
                raise NotInitializedError(
                    f"no tether store at {path}", hint="run `tether init` to create one"
                )
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        try:
            self._conn = sqlite3.connect(path, isolation_level=None, timeout=15.0)
            self._conn.row_factory = _dict_row
            version = self._conn.execute("PRAGMA user_version").fetchone()["user_version"]
            self._conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            raise self._store_error(exc) from None
        if version > SCHEMA_VERSION:
            self._conn.close()
            raise SchemaVersionError(
                f"the store at {path} has schema version {version}; "
                f"this tether supports up to version {SCHEMA_VERSION}",
                hint="upgrade tether to open this store",
            )
        try:
            if version == 0 and self._is_empty():
                self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            if version < SCHEMA_VERSION:
                self._migrate(version)
        except sqlite3.DatabaseError as exc:
            raise self._store_error(exc) from None

    def _is_empty(self) -> bool:
        row = self._conn.execute("SELECT count(*) AS n FROM sqlite_master").fetchone()
        return bool(row["n"] == 0)

    def _store_error(self, exc: sqlite3.DatabaseError) -> StoreError:
        reason = str(exc).split("\n")[0]
        return StoreError(
            f"the store at {self.path} is unreadable ({reason})",
            hint="restore the file from a backup; the key file alone cannot recover it",
        )

    def _migrate(self, current: int) -> None:
        if current == 0 and not self._is_empty():
            raise StoreError(
                f"{self.path} is not a tether store", hint="point TETHER_HOME at a tether folder"
            )
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            for statements in MIGRATIONS[current:]:
                for sql in statements:
                    self._conn.execute(sql)
            self._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self._conn.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(SCHEMA_VERSION),),
            )
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise

    @contextmanager
    def _tx(self, begin: str) -> Iterator[_SqliteTx]:
        try:
            self._conn.execute(begin)
        except sqlite3.DatabaseError as exc:
            raise self._store_error(exc) from None
        try:
            yield _SqliteTx(self._conn)
        except sqlite3.IntegrityError:
            self._conn.execute("ROLLBACK")
            raise
        except sqlite3.DatabaseError as exc:
            self._conn.execute("ROLLBACK")
            raise self._store_error(exc) from None
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            try:
                self._conn.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                raise self._store_error(exc) from None

    def write(self) -> Any:
        return self._tx("BEGIN IMMEDIATE")

    def read(self) -> Any:
        return self._tx("BEGIN")

    def close(self) -> None:
        self._conn.close()
