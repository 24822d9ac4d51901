"""The audit log: an append-only hash chain of events, sealed with a key. Never holds a value.

Each event's ``hash`` is SHA-256 over the previous event's hash and the canonical JSON of the
event's own columns (seq, ts, actor, action, ref, result, detail), so editing, removing or
reordering any row breaks the chain from there on, and :func:`verify` names the first bad row.

A plain hash chain can be rewritten wholesale by anyone who can write the file. So the chain is
also **sealed**: whenever the root-key holder finishes a command, :func:`seal` stores
``HMAC-SHA256(audit key, "<seq>:<hash>")`` for the current head in ``audit_seals``, where the audit
key is HKDF(root key, "tether audit chain v1") and is never stored. A seal authenticates the head
and, through the chain, every event before it. Service-account processes hold no root key; they
append unsealed events, which the next root-key command seals. With the key, :func:`verify`
checks every seal, so an attacker with file access but no key cannot rewrite sealed history
consistently; what they can do is append or drop events after the last seal (verify reports the
"unsealed tail"), or truncate the log together with its later seals back to an earlier seal
(detectable only against a head hash kept elsewhere).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from tether.store.base import Row, Tx

__all__ = [
    "GENESIS",
    "AuditEvent",
    "ChainBreak",
    "Verification",
    "event_hash",
    "events",
    "record",
    "seal",
    "seal_mac",
    "verify",
]

GENESIS = "0" * 64
_COLUMNS = ("seq", "ts", "actor", "action", "ref", "result", "detail")


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
    """Append one event. Must run in a write transaction (the head is read under the lock)."""
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


# -- sealing ---------------------------------------------------------------------------------


def seal_mac(key: bytes, seq: int, head_hash: str) -> str:
    return hmac.new(key, f"{seq}:{head_hash}".encode(), hashlib.sha256).hexdigest()


def seal(tx: Tx, key: bytes, now: str) -> int | None:
    """Seal the current head (idempotent). Returns the sealed seq, or ``None`` for an empty log."""
    head = tx.one("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
    if head is None:
        return None
    seq = int(head["seq"])
    if tx.one("SELECT 1 AS x FROM audit_seals WHERE seq = ?", (seq,)) is None:
        tx.execute(
            "INSERT INTO audit_seals (seq, mac, sealed_at) VALUES (?, ?, ?)",
            (seq, seal_mac(key, seq, head["hash"]), now),
        )
    return seq


# -- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    ts: str
    actor: str
    action: str
    ref: str | None
    result: str
    detail: str | None
    hash: str

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _event(row: Row) -> AuditEvent:
    return AuditEvent(
        row["seq"],
        row["ts"],
        row["actor"],
        row["action"],
        row["ref"],
        row["result"],
        row["detail"],
        row["hash"],
    )


def events(
    tx: Tx,
    *,
    limit: int | None = None,
    actor: str | None = None,
    action: str | None = None,
    ref_prefix: str | None = None,
    since: str | None = None,
) -> list[AuditEvent]:
    """Events in chain order (the last ``limit`` of them when ``limit`` is given)."""
    where, params = [], []
    if actor is not None:
        where.append("actor = ?")
        params.append(actor)
    if action is not None:
        where.append("(action = ? OR action LIKE ?)")
        params += [action, action + ".%"]
    if ref_prefix is not None:
        where.append("ref LIKE ?")
        params.append(ref_prefix.replace("%", r"\%") + "%")
    if since is not None:
        where.append("ts >= ?")
        params.append(since)
    sql = "SELECT * FROM audit"
    if where:
        sql += " WHERE " + " AND ".join(where)
    if limit is not None:
        sql += f" ORDER BY seq DESC LIMIT {int(limit)}"
        return [_event(r) for r in reversed(tx.all(sql, params))]
    return [_event(r) for r in tx.all(sql + " ORDER BY seq", params)]


# -- verification ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainBreak:
    seq: int  # the first row (by seq) where the chain stops verifying
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "reason": self.reason}


@dataclass
class Verification:
    events: int = 0
    head_seq: int | None = None
    head_hash: str = GENESIS
    seals: int = 0
    last_sealed_seq: int | None = None
    unsealed_tail: int = 0
    keyed: bool = False  # were seals checked with the key?
    breaks: list[ChainBreak] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.breaks

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "events": self.events,
            "head_seq": self.head_seq,
            "head_hash": self.head_hash,
            "seals": self.seals,
            "last_sealed_seq": self.last_sealed_seq,
            "unsealed_tail": self.unsealed_tail,
            "seals_checked_with_key": self.keyed,
            "breaks": [b.to_json() for b in self.breaks],
        }


def _rows(tx: Tx) -> Iterator[Row]:
    # rowid order is insertion order in SQLite; seq order is the chain's claimed order. Walking
    # by seq and checking prev_hash/seq continuity detects reordering either way.
    yield from tx.iter("SELECT * FROM audit ORDER BY seq")


def verify(tx: Tx, key: bytes | None = None) -> Verification:
    """Walk the chain; report every break (the first one is where tampering starts).

    Checks: seq runs 1, 2, 3… with no gap; each ``prev_hash`` equals the previous row's hash;
    each ``hash`` recomputes from the row's columns; and, with ``key``, each seal's MAC.
    """
    out = Verification(keyed=key is not None)
    prev_hash, expected_seq = GENESIS, 1
    hashes: dict[int, str] = {}
    for row in _rows(tx):
        seq = int(row["seq"])
        out.events += 1
        if seq != expected_seq:
            what = "missing" if seq > expected_seq else "duplicated"
            span = f"{expected_seq}" if seq - expected_seq <= 1 else f"{expected_seq}-{seq - 1}"
            out.breaks.append(ChainBreak(expected_seq, f"event(s) {span} {what} before {seq}"))
        if row["prev_hash"] != prev_hash:
            out.breaks.append(
                ChainBreak(seq, "does not follow the previous event (removed or reordered)")
            )
        computed = event_hash(row["prev_hash"], {c: row[c] for c in _COLUMNS})
        if computed != row["hash"]:
            out.breaks.append(ChainBreak(seq, "content does not match its hash (edited)"))
        prev_hash, expected_seq = row["hash"], seq + 1
        hashes[seq] = row["hash"]
    out.head_seq = expected_seq - 1 if out.events else None
    out.head_hash = prev_hash
    for s in tx.all("SELECT seq, mac FROM audit_seals ORDER BY seq"):
        seq = int(s["seq"])
        out.seals += 1
        if seq not in hashes:
            out.breaks.append(ChainBreak(seq, "a sealed event is missing (truncated or removed)"))
            continue
        if key is not None and not hmac.compare_digest(
            seal_mac(key, seq, hashes[seq]), str(s["mac"])
        ):
            out.breaks.append(
                ChainBreak(seq, "seal does not match (history before it was rewritten)")
            )
            continue
        out.last_sealed_seq = seq
    if out.head_seq is not None:
        out.unsealed_tail = out.head_seq - (out.last_sealed_seq or 0)
    out.breaks.sort(key=lambda b: b.seq)
    return out


def result_of(exc: BaseException) -> str:
    """The ``result`` column for a failed action."""
    from tether.errors import AccessDeniedError, ConflictError, NotFoundError

    if isinstance(exc, AccessDeniedError):
        return "denied"
    if isinstance(exc, NotFoundError):
        return "not_found"
    if isinstance(exc, ConflictError):
        return "conflict"
    return "error"
