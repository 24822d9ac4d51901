"""The audit log: an append-only hash chain of events. Never holds a value.

Each event's ``hash`` is SHA-256 over the previous event's hash and the canonical JSON of the
event's own columns, so editing, removing or reordering any row breaks the chain from there on.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from tether.store.base import Tx

__all__ = ["GENESIS", "event_hash", "record"]

GENESIS = "0" * 64


def event_hash(prev_hash: str, event: dict[str, Any]) -> str:
    body = json.dumps(event, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256((prev_hash + "\n" + body).encode()).hexdigest()


def record(
    tx: Tx,
    *,
    ts: str,
    actor: str,
    action: str,
    ref: str | None,
    result: str,
    detail: str | None = None,
) -> None:
    """Append one event. Must run inside a write transaction (the chain head is read under the lock)."""
    last = tx.one("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
    prev = last["hash"] if last else GENESIS
    seq = (last["seq"] + 1) if last else 1
    event = {
        "seq": seq,
        "ts": ts,
        "actor": actor,
        "action": action,
        "ref": ref,
        "result": result,
        "detail": detail,
    }
    tx.execute(
        "INSERT INTO audit (seq, ts, actor, action, ref, result, detail, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, ts, actor, action, ref, result, detail, prev, event_hash(prev, event)),
    )
