"""The context every lifecycle operation runs in: the vault service, the clock, the keys.

Operations that change identities or keys need the root key (the installation's owner); a
service-account process gets :class:`AccessDeniedError` for those. Every operation, success or
failure, is an audit event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from tether.errors import AccessDeniedError, AuditChainError, TetherError
from tether.store.base import Tx
from tether.vault import audit
from tether.vault.identities import ts
from tether.vault.keys import RootKeyAccess
from tether.vault.service import VaultService

__all__ = ["Ctx"]

T = TypeVar("T")


def _utc() -> datetime:
    return datetime.now(UTC)


@dataclass
class Ctx:
    svc: VaultService
    clock: Callable[[], datetime] = field(default=_utc)

    @property
    def actor(self) -> str:
        return self.svc.actor

    def now(self) -> datetime:
        return self.clock()

    def now_ts(self) -> str:
        return ts(self.clock())

    def root(self, what: str) -> RootKeyAccess:
        keys = self.svc.keys
        if not isinstance(keys, RootKeyAccess):
            raise AccessDeniedError(
                f"{self.actor} may not {what}",
                hint="service-account tokens cannot manage identities, keys or policies; "
                "unset TETHER_TOKEN and run as the store's owner",
            )
        return keys

    def record(
        self, tx: Tx, action: str, ref: str | None, result: str = "ok", detail: str | None = None
    ) -> None:
        audit.record(
            tx,
            ts=self.now_ts(),
            actor=self.actor,
            action=action,
            ref=ref,
            result=result,
            detail=detail,
        )

    def audited(self, action: str, ref: str | None, fn: Callable[[], T]) -> T:
        """Run ``fn``; on a tether error, record the failure in its own transaction and re-raise."""
        try:
            return fn()
        except AuditChainError:
            raise
        except TetherError as exc:
            self.svc.audit(action, ref, audit.result_of(exc), type(exc).__name__)
            raise

    def meta(self, **kw: Any) -> str:
        """A short ``k=v`` detail string for audit rows (never values)."""
        return " ".join(f"{k}={v}" for k, v in kw.items() if v is not None)
