"""The audit chain: every edit, deletion or reordering is detected and located; seals resist a
consistent rewrite by someone without the root key; no value is ever recorded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


KEY = b"k" * 32


def _chain(n: int):  # type: ignore[no-untyped-def]
    """An in-memory audit table with ``n`` events, written by the real ``audit.record``."""
    from tether.store.schema import MIGRATIONS

    con = sqlite3.connect(":memory:", isolation_level=None)
    con.row_factory = lambda c, r: {d[0]: v for d, v in zip(c.description, r, strict=True)}
    for stmt in MIGRATIONS[0]:
        con.execute(stmt)

    class Tx:
        def execute(self, sql, params=()):  # type: ignore[no-untyped-def]
            return con.execute(sql, params).rowcount

        def one(self, sql, params=()):  # type: ignore[no-untyped-def]
            return con.execute(sql, params).fetchone()

        def all(self, sql, params=()):  # type: ignore[no-untyped-def]
            return con.execute(sql, params).fetchall()

        def iter(self, sql, params=()):  # type: ignore[no-untyped-def]
            yield from con.execute(sql, params)

    tx = Tx()
    for i in range(n):
        audit.record(
            tx,
            ts=f"2026-01-01T00:00:{i:02d}Z",
            actor=f"a{i % 3}",
            action="read",
            ref=f"tether://v/i{i}",
            result="ok",
        )
    audit.seal(tx, KEY, "2026-01-01T00:01:00Z")  # as the owner's next command would
    return con, tx


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=12),
    op=st.sampled_from(["edit", "delete", "swap"]),
    data=st.data(),
)
def test_any_single_tampering_is_detected(n: int, op: str, data: st.DataObject) -> None:
    con, tx = _chain(n)
    assert audit.verify(tx, KEY).ok
    i = data.draw(st.integers(min_value=1, max_value=n))
    if op == "edit":
        col = data.draw(st.sampled_from(["ts", "actor", "action", "ref", "result", "detail"]))
        con.execute(f"UPDATE audit SET {col} = coalesce({col}, '') || 'x' WHERE seq = ?", (i,))
    elif op == "delete":
        con.execute("DELETE FROM audit WHERE seq = ?", (i,))
    else:
        j = data.draw(st.integers(min_value=1, max_value=n).filter(lambda j: j != i))
        cols = "ts, actor, action, ref, result, detail, prev_hash, hash"
        a = con.execute(f"SELECT {cols} FROM audit WHERE seq = ?", (i,)).fetchone()
        b = con.execute(f"SELECT {cols} FROM audit WHERE seq = ?", (j,)).fetchone()
        upd = (
            "UPDATE audit SET "
            + ", ".join(f"{c.strip()} = ?" for c in cols.split(","))
            + " WHERE seq = ?"
        )
        con.execute(upd, (*b.values(), i))
        con.execute(upd, (*a.values(), j))
        i = min(i, j)
    v = audit.verify(tx, KEY)
    assert not v.ok
    assert v.breaks[0].seq == i  # names exactly where the tampering starts
