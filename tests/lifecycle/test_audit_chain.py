"""The audit chain: every edit, deletion or reordering is detected and located; seals resist a
consistent rewrite by someone without the root key; no value is ever recorded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tether.client.local import LocalBackend
from tether.errors import AuditChainError
from tether.refs import parse
from tether.vault import audit

REF = parse("tether://dev/api/key")
CANARY = "CANARY-audit-value-7f3a"


@pytest.fixture
def store(owner, home: Path) -> Path:  # type: ignore[no-untyped-def]
    owner.set_value(REF, CANARY, create_vault=True)
    for _ in range(3):
        owner.read(REF)
    owner.add_person("alice")
    owner.seal_audit()
    owner.read(REF)
    return home / "tether.db"


def _verify(db: Path) -> audit.Verification:
    b = LocalBackend.open()
    try:
        return b.audit_verify()
    finally:
        b.service.store.close()  # close without sealing


def _con(db: Path) -> sqlite3.Connection:
    con = sqlite3.connect(db, isolation_level=None)
    return con


def test_intact_chain_verifies(store: Path) -> None:
    v = _verify(store)
    assert v.ok and v.events >= 7 and v.keyed and v.seals >= 1
    assert v.last_sealed_seq == v.head_seq and v.unsealed_tail == 0  # opening as owner seals


def test_no_value_in_audit(store: Path) -> None:
    rows = _con(store).execute("SELECT * FROM audit").fetchall()
    assert rows and CANARY not in repr(rows)


@pytest.mark.parametrize("column", ["actor", "action", "ref", "result", "ts", "detail"])
def test_edit_is_detected_at_the_row(store: Path, column: str) -> None:
    _con(store).execute(f"UPDATE audit SET {column} = 'tampered' WHERE seq = 3")
    v = _verify(store)
    assert not v.ok and v.breaks[0].seq == 3 and "edited" in v.breaks[0].reason


def test_delete_is_detected(store: Path) -> None:
    _con(store).execute("DELETE FROM audit WHERE seq = 4")
    v = _verify(store)
    assert not v.ok and v.breaks[0].seq == 4 and "missing" in v.breaks[0].reason


def test_delete_first_row_is_detected(store: Path) -> None:
    _con(store).execute("DELETE FROM audit WHERE seq = 1")
    v = _verify(store)
    assert not v.ok and v.breaks[0].seq == 1


def test_reorder_is_detected(store: Path) -> None:
    con = _con(store)
    a = con.execute(
        "SELECT ts, actor, action, ref, result, detail, prev_hash, hash FROM audit WHERE seq = 3"
    ).fetchone()
    b = con.execute(
        "SELECT ts, actor, action, ref, result, detail, prev_hash, hash FROM audit WHERE seq = 4"
    ).fetchone()
    upd = "UPDATE audit SET ts=?, actor=?, action=?, ref=?, result=?, detail=?, prev_hash=?, hash=? WHERE seq=?"
    con.execute(upd, (*b, 3))
    con.execute(upd, (*a, 4))
    v = _verify(store)
    assert not v.ok and v.breaks[0].seq == 3


def test_consistent_rewrite_without_key_breaks_the_seal(store: Path) -> None:
    """An attacker edits a row and recomputes every later hash: the chain is self-consistent,
    but the seal (HMAC under a root-derived key) no longer matches."""
    con = _con(store)
    con.execute("UPDATE audit SET actor = 'mallory' WHERE seq = 2")
    prev = audit.GENESIS
    for row in con.execute(
        "SELECT seq, ts, actor, action, ref, result, detail FROM audit ORDER BY seq"
    ).fetchall():
        event = dict(
            zip(("seq", "ts", "actor", "action", "ref", "result", "detail"), row, strict=True)
        )
        h = audit.event_hash(prev, event)
        con.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, h, row[0]))
        prev = h
    v = _verify(store)
    assert not v.ok
    assert any("seal" in b.reason for b in v.breaks)


def test_truncating_sealed_history_is_detected(store: Path) -> None:
    con = _con(store)
    (last_sealed,) = con.execute("SELECT max(seq) FROM audit_seals").fetchone()
    con.execute("DELETE FROM audit WHERE seq >= ?", (last_sealed,))
    v = _verify(store)
    assert not v.ok and any("sealed event is missing" in b.reason for b in v.breaks)


def test_check_raises(store: Path) -> None:
    _con(store).execute("UPDATE audit SET ref = 'x' WHERE seq = 2")
    b = LocalBackend.open()
    with pytest.raises(AuditChainError) as err:
        b.lifecycle.audit_check()
    assert "event 2" in err.value.message


def test_events_filters(owner) -> None:  # type: ignore[no-untyped-def]
    owner.set_value(REF, "v", create_vault=True)
    owner.read(REF)
    ev = owner.audit_events(action="read")
    assert ev and all(e.action == "read" for e in ev)
    assert len(owner.audit_events(limit=1)) == 1
