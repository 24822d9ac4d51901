"""The baseline file: written once, honoured, survives moved lines, updated on request."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tether.errors import ScanError
from tether.scan.baseline import Baseline
from tether.scan.engine import Engine
from tether.scan.sources.files import FileSource

from .conftest import github_token

T1, T2 = github_token(400), github_token(401)


def scan(root: Path, key: bytes) -> list[object]:
    return Engine(key=key, jobs=1).scan([FileSource([str(root)])]).findings  # type: ignore[return-value]


def test_round_trip_survives_moving_the_secret(tmp_path: Path, hs_cache: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.py").write_text(f"t = '{T1}'\n")
    path = tmp_path / "baseline.json"
    base = Baseline.new()
    assert base.write(str(path), scan(src, base.salt)) == 1  # type: ignore[arg-type]
    doc = json.loads(path.read_text())
    assert doc["version"] == 1 and len(bytes.fromhex(doc["salt"])) == 32
    [entry] = doc["findings"]
    assert set(entry) == {"rule", "fingerprint", "path", "line"}
    assert T1 not in path.read_text()

    # the secret moves down, into another file; a new secret appears
    (src / "a.py").write_text("# moved\n")
    (src / "b.py").write_text(f"\n\n\nother = 1\nt = '{T1}'\nnew = '{T2}'\n")
    loaded = Baseline.load(str(path))
    found = scan(src, loaded.salt)
    left = [f for f in found if f not in loaded]
    assert [f.secret.reveal() for f in left] == [T2]  # type: ignore[attr-defined]

    loaded.write(str(path), found)  # type: ignore[arg-type]
    again = Baseline.load(str(path))
    assert again.salt == loaded.salt
    assert all(f in again for f in scan(src, again.salt))


def test_identity_is_rule_and_value(tmp_path: Path, hs_cache: Path) -> None:
    (tmp_path / "a.py").write_text(f"{T1}\n")
    base = Baseline.new()
    [f] = scan(tmp_path, base.salt)
    base.write(str(tmp_path / "b.json"), [f])  # type: ignore[list-item]
    other = Baseline.new()  # another salt: the same value is not recognised
    assert f not in other
    (tmp_path / "a.py").write_text(f"{T2}\n")  # same line, different value: not baselined
    [g] = scan(tmp_path, base.salt)
    assert g not in base


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("{nope", "not valid JSON"),
        ('{"findings": []}', "no version"),
        ('{"version": 99, "salt": "00", "findings": []}', "version 99"),
        ('{"version": 1, "salt": "zz", "findings": []}', "malformed"),
    ],
)
def test_bad_baselines_are_refused(tmp_path: Path, content: str, needle: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(content)
    with pytest.raises(ScanError) as err:
        Baseline.load(str(path))
    assert needle in err.value.message
