"""The store interface the vault layer talks to."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

__all__ = ["Row", "Store", "Tx"]

Row = dict[str, Any]
Params = Sequence[Any]


class Tx(Protocol):
    """One transaction. Commits when the ``with`` block ends normally, rolls back otherwise."""

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run a statement; return the number of rows changed."""
        ...

    def one(self, sql: str, params: Params = ()) -> Row | None: ...

    def all(self, sql: str, params: Params = ()) -> list[Row]: ...

    def iter(self, sql: str, params: Params = ()) -> Iterator[Row]: ...


class Store(Protocol):
    path: str

    def write(self) -> AbstractContextManager[Tx]:
        """A write transaction (serialised against other writers)."""
        ...

    def read(self) -> AbstractContextManager[Tx]:
        """A read-only snapshot."""
        ...

    def close(self) -> None: ...
