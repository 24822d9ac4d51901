"""Service-account mode (``TETHER_TOKEN``): the store opened with only a token's grants.

The token is checked (hash, revocation, expiry, account status) when the backend opens, and again
inside every decryption, so revoking a token or a grant takes effect on the very next call. Every
use and every refusal is an audit event; a refused token is recorded as actor ``token:<id>``
(the id is the public middle part; the secret part is never recorded).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tether import paths
from tether.client.backend import Backend
from tether.errors import NotInitializedError, TetherError, TokenError

__all__ = ["open_token_backend"]


def _interactive() -> bool:
    try:
        return os.isatty(0) and os.isatty(1)
    except OSError:
        return False


def open_token_backend(
    token: str,
    *,
    store_path: Path | None = None,
    clock: Callable[[], datetime] | None = None,
    interactive: bool | None = None,
) -> Backend:
    from tether.client.local import LocalBackend
    from tether.store.sqlite import SqliteStore
    from tether.vault import audit
    from tether.vault.identities import TokenKeyAccess, ts

    clock = clock or (lambda: datetime.now(UTC))
    store_path = store_path or paths.store_path()
    if not store_path.exists():
        raise NotInitializedError(
            f"no tether store at {store_path}",
            hint="TETHER_TOKEN works against an existing store; set TETHER_HOME to its folder",
        )
    store = SqliteStore(store_path)
    try:
        keys = TokenKeyAccess(token.strip(), now=clock)
    except TokenError as exc:
        with store.write() as tx:
            audit.record(
                tx,
                ts=ts(clock()),
                actor="token:malformed",
                action="token.use",
                ref=None,
                result="denied",
                detail="malformed token",
            )
        store.close()
        raise exc from None
    try:
        failure: TokenError | None = None
        with store.write() as tx:
            try:
                account = keys.authenticate(tx)
            except TokenError as exc:
                failure = exc
            else:
                keys.record_use(
                    tx, interactive=_interactive() if interactive is None else interactive
                )
                audit.record(
                    tx,
                    ts=ts(clock()),
                    actor=f"sa:{account['name']}",
                    action="token.use",
                    ref=f"token:{keys.token_id}",
                    result="ok",
                )
        if failure is not None:
            with store.write() as tx:
                audit.record(
                    tx,
                    ts=ts(clock()),
                    actor=f"token:{keys.token_id}",
                    action="token.use",
                    ref=f"token:{keys.token_id}",
                    result="denied",
                    detail=failure.message.split(" of service account")[0][:120],
                )
            raise failure
    except TetherError:
        store.close()
        raise
    backend = LocalBackend.with_keys(
        store,
        keys,
        actor=f"sa:{account['name']}",
        now=lambda: ts(clock()),
        can_write=keys.can_write,
    )
    backend.clock = clock
    return backend
