from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from tether.crypto.rootkey import create_root_key, load_root_key
from tether.errors import KeyUnavailableError, NotInitializedError

FAST = {"TETHER_PASSPHRASE": None}


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
    key, kf = create_root_key(path, passphrase="correct horse battery")
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
