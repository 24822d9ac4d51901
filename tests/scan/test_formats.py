"""JSON and SARIF reports: shape, redaction, and what GitHub code scanning requires of SARIF."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tether.scan.engine import Engine, ScanResult
from tether.scan.formats import to_json, to_sarif
from tether.scan.rules import load_rules
from tether.scan.sources.files import FileSource

from .conftest import AWS_ID, KEY, github_token

TOKEN = github_token(300)


@pytest.fixture
def result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hs_cache: Path) -> ScanResult:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "app.py").write_text(f"x = 1\ntoken = '{TOKEN}'\n")
    (tmp_path / "keys.env").write_text(f"AWS_ACCESS_KEY_ID={AWS_ID}\n")
    (tmp_path / "blob.bin").write_bytes(b"\0\0\0")
    monkeypatch.chdir(tmp_path)
    engine = Engine(
        key=KEY,
        jobs=1,
        link=lambda v: "copy of tether://dev/gh/token (current version)" if v == TOKEN else None,
    )
    return engine.scan([FileSource(["."])])


def test_json_envelope_and_redaction(result: ScanResult) -> None:
    doc = to_json(result, tool_version="9.9")
    text = json.dumps(doc)
    assert TOKEN not in text and AWS_ID not in text
    assert doc["version"] == 1 and doc["tool"] == {"name": "tether", "version": "9.9"}
    assert doc["scan"]["skipped"] == {"binary": 1}
    assert doc["scan"]["findings"] == 2 == len(doc["findings"])
    gh = next(f for f in doc["findings"] if f["rule"] == "github-pat")
    assert gh["path"] == "src/app.py" and gh["line"] == 2 and gh["column"] == 10
    assert gh["secret"] == "****" and len(gh["fingerprint"]) == 64
    assert gh["vault"] == "copy of tether://dev/gh/token (current version)"
    shown = to_json(result, show_values=True)
    assert {f["secret"] for f in shown["findings"]} == {TOKEN, AWS_ID}


def check_sarif(doc: dict[str, Any]) -> None:
    """The SARIF 2.1.0 shape GitHub code scanning accepts (required properties and their types)."""
    assert doc["version"] == "2.1.0"
    assert doc["$schema"].endswith("sarif-2.1.0.json")
    assert isinstance(doc["runs"], list) and doc["runs"]
    for run in doc["runs"]:
        driver = run["tool"]["driver"]
        assert isinstance(driver["name"], str) and driver["name"]
        ids = []
        for rule in driver["rules"]:
            assert isinstance(rule["id"], str) and rule["id"]
            assert isinstance(rule["shortDescription"]["text"], str)
            assert rule["defaultConfiguration"]["level"] in {"none", "note", "warning", "error"}
            float(rule["properties"]["security-severity"])
            ids.append(rule["id"])
        assert len(ids) == len(set(ids)), "rule ids must be unique"
        for res in run["results"]:
            assert res["ruleId"] in ids
            assert ids[res["ruleIndex"]] == res["ruleId"]
            assert res["level"] in {"none", "note", "warning", "error"}
            assert isinstance(res["message"]["text"], str) and res["message"]["text"]
            assert res["locations"], "GitHub needs at least one location"
            for loc in res["locations"]:
                phys = loc["physicalLocation"]
                uri = phys["artifactLocation"]["uri"]
                assert isinstance(uri, str) and not uri.startswith(("/", "./", "file:"))
                region = phys["region"]
                assert isinstance(region["startLine"], int) and region["startLine"] >= 1
                assert isinstance(region["startColumn"], int) and region["startColumn"] >= 1
            fps = res["partialFingerprints"]
            assert fps and all(isinstance(v, str) for v in fps.values())


def test_sarif_shape_and_redaction(result: ScanResult) -> None:
    doc = to_sarif(result, load_rules(), tool_version="9.9")
    check_sarif(doc)
    text = json.dumps(doc)
    assert TOKEN not in text and AWS_ID not in text
    run = doc["runs"][0]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["aws-access-key-id", "github-pat"]
    gh = next(r for r in run["results"] if r["ruleId"] == "github-pat")
    loc = gh["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "src/app.py"
    assert loc["region"]["startLine"] == 2 and loc["region"]["startColumn"] == 10
    assert "tether://dev/gh/token" in gh["message"]["text"]
    assert TOKEN in json.dumps(to_sarif(result, load_rules(), show_values=True))


def test_sarif_of_no_findings_is_valid(tmp_path: Path, hs_cache: Path) -> None:
    (tmp_path / "a.txt").write_text("nothing\n")
    empty = Engine(key=KEY, jobs=1).scan([FileSource([str(tmp_path)])])
    doc = to_sarif(empty, load_rules())
    check_sarif(doc)
    assert doc["runs"][0]["results"] == []


def test_the_shape_check_can_fail(result: ScanResult) -> None:
    doc = to_sarif(result, load_rules())
    del doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"]
    with pytest.raises(KeyError):
        check_sarif(doc)
