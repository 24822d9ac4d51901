from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from tether.crypto.rootkey import create_root_key, load_root_key
from tether.errors import KeyUnavailableError, NotInitializedError


def test_plain_key_file_is_private(tmp_path: Path) -> None:
    key, kf = create_root_key(tmp_path / "k" / "root.key", use_keyring=False)
    assert kf.kind == "plain"
    assert stat.S_IMODE((tmp_path / "k" / "root.key").stat().st_mode) == 0o600
    assert load_root_key(kf.path)[0] == key


def test_create_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "root.key"
    create_root_key(path, use_keyring=False)
    before = path.read_bytes()
    with pytest.raises(KeyUnavailableError):
        create_root_key(path, use_keyring=False)
    assert path.read_bytes() == before


def test_passphrase_sealed_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TETHER_PASSPHRASE", raising=False)
    path = tmp_path / "root.key"
    key, _ = create_root_key(path, passphrase="correct horse battery")
    doc = json.loads(path.read_text())
    assert doc["kind"] == "passphrase" and doc["kdf"] == "argon2id"
    assert doc["memory_cost"] == 65536 and doc["time_cost"] == 3 and doc["parallelism"] == 4
    assert key.hex() not in path.read_text()
    assert load_root_key(path, passphrase=lambda: "correct horse battery")[0] == key
    with pytest.raises(KeyUnavailableError, match="wrong passphrase"):
        load_root_key(path, passphrase=lambda: "wrong horse")
    monkeypatch.setenv("TETHER_PASSPHRASE", "correct horse battery")
    assert load_root_key(path)[0] == key


def test_missing_and_damaged_key(tmp_path: Path) -> None:
    with pytest.raises(NotInitializedError, match="no root key"):
        load_root_key(tmp_path / "nope.key")
    bad = tmp_path / "bad.key"
    bad.write_text("{not json")
    with pytest.raises(KeyUnavailableError, match="damaged"):
        load_root_key(bad)
    bad.write_text(json.dumps({"format": 1, "kind": "plain", "key": "c2hvcnQ="}))
    with pytest.raises(KeyUnavailableError, match="damaged"):
        load_root_key(bad)


def test_keyring_storage_with_a_real_backend(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The keyring path, against keyrings.alt's file backend (a real keyring implementation)."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("TETHER_KEYRING", "1")
    import keyring.core

    keyring.core.init_backend()  # re-read PYTHON_KEYRING_BACKEND
    from tether.crypto.rootkey import keyring_usable

    assert keyring_usable()
    path = tmp_path / "root.key"
    key, kf = create_root_key(path, account="test-account")
    assert kf.kind == "keyring"
    doc = json.loads(path.read_text())
    assert doc == {"format": 1, "kind": "keyring", "service": "tether", "account": "test-account"}
    assert load_root_key(path)[0] == key
    keyring.delete_password("tether", "test-account")
    with pytest.raises(KeyUnavailableError, match="missing from the OS keyring"):
        load_root_key(path)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    keyring.core.init_backend()
