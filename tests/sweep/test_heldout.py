"""Held-out checks of ``tether sweep`` on an independently written fake home (``heldout_home``)."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_tether
from tests.sweep.heldout_home import Home, all_files, build

SQLITE = b"SQLite format 3\x00"


def sweep(h: Home, *args: str) -> Any:
    r = run_tether("sweep", "--home", str(h.home), str(h.root), *args)
    assert r.returncode in (0, 1), r.stderr
    return r


def findings(h: Home, *args: str) -> list[dict[str, Any]]:
    r = sweep(h, "-f", "json", "--show-values", "--no-vault", *args)
    out: list[dict[str, Any]] = json.loads(r.stdout)["findings"]
    return out


def valid(path: Path) -> str | None:
    """Why the file is no longer valid in its format, or None."""
    data = path.read_bytes()
    try:
        if data.startswith(SQLITE):
            con = sqlite3.connect(path)
            try:
                ok = con.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                con.close()
            return None if ok == "ok" else ok
        if path.suffix in (".json", ".ipynb"):
            json.loads(data.decode("utf-8-sig"))
        elif path.suffix == ".jsonl":
            for line in data.splitlines():
                if line.strip():
                    json.loads(line)
    except ValueError as exc:
        return str(exc)
    return None


@pytest.fixture
def home(tmp_path: Path, tether_home: Path) -> Home:
    return build(tmp_path)


def test_every_planted_secret_is_found_where_a_person_can_open_it(home: Home) -> None:
    found = findings(home)
    missed = []
    for p in home.plants:
        ok = [
            f
            for f in found
            if f["secret"]
            and (p.value in f["secret"] or f["secret"] in p.value)
            and f["path"] == str(p.path)
            and (p.line is None or f["line"] == p.line)
            and (p.record is None or p.record in f["location"])
        ]
        if not ok:
            missed.append((p.kind, str(p.path.relative_to(home.home.parent.parent))))
    assert not missed
    assert len(home.plants) > 80


def test_decoys_are_not_reported(home: Home) -> None:
    found = findings(home)
    decoy_files = ("decoys.jsonl", ".env.example")
    assert not [f for f in found if f["path"].endswith(decoy_files)]
    planted = {p.value for p in home.plants}
    # the only extra findings are the well-known gcloud installed-app client secrets
    extra = [f for f in found if not any(f["secret"] in v or v in f["secret"] for v in planted)]
    assert all(f["rule"] == "generic-secret" and "gcloud" in f["path"] for f in extra)


def test_projects_under_the_home_are_swept_when_roots_are_given(home: Home) -> None:
    found = findings(home, "--only", "projects")
    paths = {f["path"] for f in found}
    assert str(home.home / "code/shop/.env") in paths
    assert str(home.root / "api/.env") in paths
    assert str(home.home / "code/shop/analysis.ipynb") in paths


def test_name_value_entries_are_scanned_under_their_name(home: Home) -> None:
    """Amazon Q saves the environment as [{"key": "AWS_SECRET_ACCESS_KEY", "value": "…"}]."""
    found = findings(home, "--only", "amazon-q")
    rules = sorted(f["rule"] for f in found)
    assert rules == ["aws-access-key-id", "aws-secret-access-key"]
    r = sweep(home, "--only", "amazon-q", "--redact", "--yes")
    assert r.returncode == 0, r.stdout
    db = home.home / ".local/share/amazon-q/data.sqlite3"
    data = db.read_bytes()
    assert not [p for p in home.plants if p.path == db and p.value.encode() in data]
    con = sqlite3.connect(db)
    (value,) = con.execute("SELECT value FROM conversations").fetchone()
    con.close()
    env = json.loads(value)["env_context"]["env_state"]["environment_variables"]
    assert env[1]["value"] == "[REDACTED:aws-secret-access-key]"


def test_redact_leaves_files_valid_without_plaintext_and_is_idempotent(
    home: Home, initialized: Path
) -> None:
    vaulted = home.plants[0].value  # the Claude transcript's Anthropic key
    s = run_tether("set", "tether://dev/anthropic/api_key", input=vaulted)
    assert s.returncode == 0, s.stderr
    os.chmod(home.home / ".aws/credentials", 0o600)
    before = {p: (p.stat().st_mode, p.stat().st_uid, p.stat().st_gid) for p in all_files(home)}
    r = sweep(home, "--redact", "--yes")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "rotate" in r.stdout
    leaks = []
    for path in all_files(home):
        assert valid(path) is None, path
        data = path.read_bytes()
        for p in home.plants:
            for piece in (p.value, *p.value.splitlines()[1:2]):
                if piece.encode() in data:
                    leaks.append((p.kind, path.name))
        if path in before:
            st = path.stat()
            assert (st.st_mode, st.st_uid, st.st_gid) == before[path], path
    assert not leaks
    transcript = next(p.path for p in home.plants if p.value == vaulted)
    assert "tether://dev/anthropic/api_key" in transcript.read_text()
    assert stat.S_IMODE((home.home / ".aws/credentials").stat().st_mode) == 0o600
    # nothing leaked into tether's own records or output
    records = [r.stdout, r.stderr, (initialized / "redactions.jsonl").read_text()]
    audit = run_tether("audit", "log")
    records += [audit.stdout, audit.stderr]
    for text in records:
        assert not [p.kind for p in home.plants if p.value in text]
    # a second run finds nothing and changes no byte
    snapshot = {p: p.read_bytes() for p in all_files(home)}
    again = sweep(home, "--redact", "--yes")
    assert again.returncode == 0
    assert {p: p.read_bytes() for p in all_files(home)} == snapshot


def test_messy_files_are_found_redacted_and_kept_valid(tmp_path: Path, tether_home: Path) -> None:
    from tests.sweep.heldout_home import build_messy

    home = tmp_path / "home"
    planted = build_messy(home)
    h = Home(home=home, root=home / "proj")
    found = findings(h)
    where = {
        name: sorted(f["location"] for f in found if f["secret"] and f["secret"] in v)
        for name, v in planted.items()
    }
    assert all(where.values()), where
    assert len(where["shared"]) == 5  # every place the value was copied to
    assert where["corrupt-jsonl"] == [
        f"{home}/.claude/projects/-a/corrupt.jsonl:3 (message.content)"
    ]
    assert where["crlf-jsonl"][0].endswith("crlf.jsonl:2 (message.content)")
    assert "line 2 of the value" in where["escaped-newlines"][0]
    # a writer holds the database open (WAL) while the sweep redacts
    db = home / ".config/Code/User/globalStorage/state.vscdb"
    writer = sqlite3.connect(db)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("INSERT INTO ItemTable VALUES ('other', 'x')")
    writer.commit()
    r = sweep(h, "--redact", "--yes")
    writer.close()
    assert r.returncode == 0, r.stdout + r.stderr
    crlf = (home / ".claude/projects/-a/crlf.jsonl").read_bytes()
    assert crlf.count(b"\r\n") == 2 and b"[REDACTED:" in crlf
    assert (home / ".cursor/mcp.json").read_bytes().startswith("\ufeff".encode())
    corrupt = (home / ".claude/projects/-a/corrupt.jsonl").read_text().splitlines()
    assert corrupt[1] == '{"type":"user","message":{"content":"tru'  # left as it was
    assert stat.S_IMODE((home / ".zsh_history").stat().st_mode) == 0
    for path in all_files(h):
        if path.is_symlink():
            continue
        data = path.read_bytes()
        assert not [n for n, v in planted.items() if v.encode() in data], path
        if path.name != "corrupt.jsonl":
            assert valid(path) is None, path


def test_a_locked_database_is_reported_and_left_valid(tmp_path: Path, tether_home: Path) -> None:
    from tests.sweep.heldout_home import build_messy

    home = tmp_path / "home"
    planted = build_messy(home)
    h = Home(home=home, root=home / "proj")
    db = home / ".config/Code/User/globalStorage/state.vscdb"
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another writer holds the lock past the busy timeout
    writer.execute("UPDATE ItemTable SET key = key")
    try:
        r = sweep(h, "--only", "editor-state", "--redact", "--yes")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert r.returncode == 1
    assert "not redacted" in r.stderr and "state.vscdb" in r.stderr and "locked" in r.stderr
    assert planted["wal"] not in r.stdout + r.stderr
    assert valid(db) is None
    con = sqlite3.connect(db)
    assert planted["wal"] in con.execute("SELECT value FROM ItemTable").fetchone()[0]
    con.close()


def test_a_token_used_as_a_json_key_never_reaches_a_location(
    tmp_path: Path, tether_home: Path
) -> None:
    from tests.sweep.heldout_home import Gen

    g = Gen(3)
    key_token, value_token = g.github(), g.github()
    home = tmp_path / "home"
    home.mkdir()
    doc = {"projects": {f"/srv/{key_token}": {"note": f"GITHUB_TOKEN={value_token}"}}}
    (home / ".claude.json").write_text(json.dumps(doc))
    h = Home(home=home, root=home)
    for args in (("-f", "json"), ("--redact", "--yes")):
        r = sweep(h, *args)
        assert key_token not in r.stdout + r.stderr
        assert "/srv/****.note" in r.stdout
    assert key_token not in (tether_home / "redactions.jsonl").read_text()
