"""The vault over a real SQLite store: versions, check-and-set, damage, errors, no plaintext."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from tether.client.local import LocalBackend, initialize
from tether.errors import (
    ConflictError,
    DecryptionError,
    NotFoundError,
    SchemaVersionError,
    StoreError,
    UsageError,
)
from tether.paths import key_path, store_path
from tether.refs import parse
from tether.store.schema import SCHEMA_VERSION
from tether.vault.records import ItemMeta

from ..conftest import CANARY


@pytest.fixture
def backend(initialized: Path) -> LocalBackend:
    return LocalBackend.open()


def test_write_read_versions_and_restore(backend: LocalBackend) -> None:
    ref = parse("tether://dev/stripe/api_key")
    assert backend.set_value(ref, "v1", create_vault=True).version == 1
    assert backend.set_value(ref, "v2").version == 2
    assert backend.read(ref) == "v2"
    assert backend.read(parse("tether://dev/stripe/api_key?version=1")) == "v1"
    assert backend.read(parse("tether://DEV/Stripe")) == "v2"  # single field, any case
    states = [(v.version, v.state) for v in backend.history(ref)]
    assert states == [(1, "superseded"), (2, "current")]
    restored = backend.restore(ref, 1)
    assert restored.version == 3 and backend.read(ref) == "v1"


def test_item_metadata(backend: LocalBackend) -> None:
    ref = parse("tether://dev/db/password")
    backend.set_value(
        ref,
        "pw",
        create_vault=True,
        meta=ItemMeta(tags=["b", "a"], environment="dev", temporary=True),
    )
    item = backend.get_item(ref)
    assert (
        item.owner == "alice"
        and item.tags == ["a", "b"]
        and item.temporary
        and item.environment == "dev"
    )
    backend.update_meta(ref, ItemMeta(owner="bob"))
    assert backend.get_item(ref).owner == "bob"


def test_check_and_set(backend: LocalBackend) -> None:
    ref = parse("tether://dev/k/v")
    backend.set_value(ref, "a", create_vault=True, expected_version=0)
    backend.set_value(ref, "b", expected_version=1)
    with pytest.raises(ConflictError, match="at version 2, not 1"):
        backend.set_value(ref, "c", expected_version=1)
    assert backend.read(ref) == "b"


def _writer(
    home: str, value: str, barrier: multiprocessing.synchronize.Barrier, out: multiprocessing.Queue
) -> None:  # type: ignore[type-arg]
    import os

    os.environ["TETHER_HOME"] = home
    os.environ["TETHER_KEYRING"] = "0"
    b = LocalBackend.open()
    barrier.wait()
    try:
        b.set_value(parse("tether://dev/race/v"), value, expected_version=1)
        out.put(("ok", value))
    except ConflictError:
        out.put(("conflict", value))


def test_two_processes_never_lose_an_update(backend: LocalBackend, initialized: Path) -> None:
    ref = parse("tether://dev/race/v")
    for _ in range(5):
        backend.remove_vault("dev", force=True) if backend.list_vaults() else None
        backend.set_value(ref, "base", create_vault=True)
        ctx = multiprocessing.get_context("spawn")
        barrier, out = ctx.Barrier(2), ctx.Queue()
        procs = [
            ctx.Process(target=_writer, args=(str(initialized), v, barrier, out))
            for v in ("x", "y")
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
        results = sorted(out.get(timeout=5) for _ in procs)
        assert [r[0] for r in results] == ["conflict", "ok"]
        winner = next(v for status, v in results if status == "ok")
        assert backend.read(ref) == winner
        assert [v.version for v in backend.history(ref)] == [1, 2]


def test_unknown_names_list_what_exists(backend: LocalBackend) -> None:
    backend.set_value(parse("tether://dev/stripe/api_key"), "x", create_vault=True)
    backend.set_value(parse("tether://dev/stripe/webhook"), "y")
    with pytest.raises(NotFoundError) as e:
        backend.read(parse("tether://dve/stripe/api_key"))
    assert "did you mean 'dev'" in (e.value.hint or "")
    with pytest.raises(NotFoundError) as e:
        backend.read(parse("tether://dev/strip/api_key"))
    assert "'stripe'" in (e.value.hint or "")
    with pytest.raises(NotFoundError) as e:
        backend.read(parse("tether://dev/stripe/apikey"))
    assert "'api_key'" in (e.value.hint or "")
    with pytest.raises(UsageError) as u:
        backend.read(parse("tether://dev/stripe"))
    assert "api_key" in (u.value.hint or "") and "webhook" in (u.value.hint or "")
    with pytest.raises(NotFoundError, match="no version 9"):
        backend.read(parse("tether://dev/stripe/api_key?version=9"))


def test_tampered_ciphertext_names_the_item_and_spares_others(backend: LocalBackend) -> None:
    backend.set_value(parse("tether://dev/a/v"), "aaa", create_vault=True)
    backend.set_value(parse("tether://dev/b/v"), "bbb")
    backend.close()
    conn = sqlite3.connect(store_path())
    row = conn.execute(
        "SELECT ver.field_id, ver.ciphertext FROM versions ver JOIN fields f ON f.id = ver.field_id "
        "JOIN items i ON i.id = f.item_id WHERE i.name = 'a'"
    ).fetchone()
    bad = bytearray(row[1])
    bad[-1] ^= 0xFF
    conn.execute("UPDATE versions SET ciphertext = ? WHERE field_id = ?", (bytes(bad), row[0]))
    conn.commit()
    conn.close()
    b = LocalBackend.open()
    with pytest.raises(DecryptionError) as e:
        b.read(parse("tether://dev/a/v"))
    assert "tether://dev/a/v" in e.value.message
    assert b.read(parse("tether://dev/b/v")) == "bbb"


def test_swapped_ciphertext_is_refused(backend: LocalBackend) -> None:
    backend.set_value(parse("tether://dev/a/v"), "aaa", create_vault=True)
    backend.set_value(parse("tether://dev/b/v"), "bbb")
    backend.close()
    conn = sqlite3.connect(store_path())
    blobs = dict(
        conn.execute(
            "SELECT i.name, ver.ciphertext FROM versions ver JOIN fields f ON f.id = ver.field_id "
            "JOIN items i ON i.id = f.item_id"
        ).fetchall()
    )
    conn.execute(
        "UPDATE versions SET ciphertext = ? WHERE field_id = (SELECT f.id FROM fields f JOIN items i ON i.id = f.item_id WHERE i.name = 'a')",
        (blobs["b"],),
    )
    conn.commit()
    conn.close()
    with pytest.raises(DecryptionError):
        LocalBackend.open().read(parse("tether://dev/a/v"))


@pytest.mark.parametrize("damage", ["garbage", "truncate"])
def test_corrupted_store_is_a_clear_error(backend: LocalBackend, damage: str) -> None:
    for i in range(50):
        backend.set_value(parse(f"tether://dev/item{i}/v"), "x" * 500, create_vault=True)
    backend.close()
    path = store_path()
    # fold the WAL into the main file so the damage hits real pages
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"this is not a database at all" * 100)
    else:
        path.write_bytes(data[: len(data) // 3])
    with pytest.raises(StoreError) as e:
        b = LocalBackend.open()
        b.list_items()
        for i in range(50):
            b.read(parse(f"tether://dev/item{i}/v"))
    assert str(path) in e.value.message


def test_newer_schema_is_refused(backend: LocalBackend) -> None:
    backend.close()
    conn = sqlite3.connect(store_path())
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 4}")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaVersionError) as e:
        LocalBackend.open()
    assert f"schema version {SCHEMA_VERSION + 4}" in e.value.message
    assert f"up to version {SCHEMA_VERSION}" in e.value.message


def test_wrong_key_for_store(backend: LocalBackend) -> None:
    from tether.errors import KeyUnavailableError

    backend.set_value(parse("tether://dev/a/v"), "x", create_vault=True)
    backend.close()
    kp = key_path()
    kp.unlink()
    from tether.crypto.rootkey import create_root_key

    create_root_key(kp, use_keyring=False)
    with pytest.raises(KeyUnavailableError, match="does not open the store"):
        LocalBackend.open().read(parse("tether://dev/a/v"))


def test_init_is_idempotent_and_keeps_data(backend: LocalBackend) -> None:
    backend.set_value(parse("tether://dev/a/v"), "keep-me", create_vault=True)
    key_before = key_path().read_bytes()
    result = initialize(use_keyring=False)
    assert not result.created_store and not result.created_key
    assert key_path().read_bytes() == key_before
    assert LocalBackend.open().read(parse("tether://dev/a/v")) == "keep-me"


def test_store_is_opaque_and_values_are_masked(backend: LocalBackend) -> None:
    ref = parse("tether://dev/canary/v")
    backend.set_value(ref, CANARY, create_vault=True)
    value = backend.read(ref)
    assert CANARY not in repr(value) and "****" in repr(value)
    assert value.reveal() == CANARY
    backend.close()
    home = store_path().parent
    for f in home.iterdir():
        if f.is_file():
            assert CANARY.encode() not in f.read_bytes(), f
    root = key_path().read_text()
    # the key file holds the root key; the store must hold no plaintext key material
    import base64
    import json

    raw = base64.b64decode(json.loads(root)["key"])
    for f in home.glob("tether.db*"):
        assert raw not in f.read_bytes()


def test_store_file_mode(initialized: Path) -> None:
    import stat

    assert stat.S_IMODE(store_path().stat().st_mode) == 0o600
    assert stat.S_IMODE(key_path().stat().st_mode) == 0o600
