"""``tether sweep`` end to end on a fake home with secrets planted in every known place."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import run_tether
from tests.sweep.fakehome import DECOYS, Planted, build, ghp


@pytest.fixture
def fake(tmp_path: Path, tether_home: Path) -> tuple[Path, list[Planted]]:
    home = tmp_path / "home"
    home.mkdir()
    return home, build(home)


def _all_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]


def _holding(value: str, *roots: Path) -> list[Path]:
    raw = value.encode()
    return [p for r in roots if r.exists() for p in _all_files(r) if raw in p.read_bytes()]


def _sweep_json(home: Path, *extra: str) -> tuple[int, dict[str, object], str]:
    proc = run_tether("sweep", "--home", str(home), "-f", "json", "--no-vault", *extra)
    return proc.returncode, json.loads(proc.stdout), proc.stderr


def test_every_planted_secret_is_found_at_its_location(fake: tuple[Path, list[Planted]]) -> None:
    home, planted = fake
    rc, out, _ = _sweep_json(home, "--show-values")
    assert rc == 1
    findings = out["findings"]
    assert isinstance(findings, list)
    for p in planted:
        path = str(home / p.path)
        hits = [
            f
            for f in findings
            if f["path"] == path and (p.value in f["secret"] or f["secret"] in p.value)
        ]
        assert hits, f"missed {p.path} line {p.line}"
        if p.line is not None:
            assert any(f["line"] == p.line for f in hits), (p.path, [f["line"] for f in hits])
        if p.record is not None:
            assert any(p.record in (f["record"] or "") for f in hits), (p.path, p.record)
    # every finding is a planted value: the decoys (placeholders, references) report nothing
    values = [p.value for p in planted]
    extra = [f["location"] for f in findings if not any(f["secret"] in v for v in values)]
    assert extra == []
    decoys = {str(home / k.replace("{p}", "code/app")) for k in DECOYS}
    assert not [f for f in findings if f["path"] in decoys]
    # the summary counts files and findings per place; unreadable-at-rest places are skipped
    places = {row["id"]: row for row in out["places"]}
    assert places["claude-transcripts"]["findings"] >= 6
    assert places["shell-history"]["files"] == 5
    docker = [f for f in findings if f["path"] == str(home / ".docker/config.json")]
    assert docker[0]["record"] == "auths.registry.example.com.auth, user alice"
    reasons = {Path(s["path"]).suffix: s["reason"] for s in out["skipped"]}
    assert reasons[".zst"] == "zstd-compressed"
    assert reasons[".pb"].startswith("encrypted")


def test_table_output_has_summary_by_place_and_no_values(fake: tuple[Path, list[Planted]]) -> None:
    home, planted = fake
    proc = run_tether("sweep", "--home", str(home), "--no-vault")
    assert proc.returncode == 1
    assert "Claude Code transcripts" in proc.stdout
    assert "Shell histories (bash, zsh, fish)" in proc.stdout
    assert ".aws/credentials:3" in proc.stdout
    for p in planted:
        assert p.value not in proc.stdout + proc.stderr


def _check_valid(home: Path, before: dict[Path, int]) -> None:
    for path in _all_files(home):
        data = path.read_bytes()
        name = path.name
        if data.startswith(b"SQLite format 3\x00"):
            conn = sqlite3.connect(path)
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            conn.close()
        elif name.endswith(".jsonl"):
            for line in data.decode().splitlines():
                json.loads(line)
        elif name.endswith((".json", ".ipynb")) and name != "settings.json":
            json.loads(data)
        if path in before:  # line-structured files keep their number of lines
            assert data.count(b"\n") == before[path], path


def test_redact_leaves_every_file_valid_and_no_plaintext(
    fake: tuple[Path, list[Planted]], tether_home: Path
) -> None:
    home, planted = fake
    before = {p: p.read_bytes().count(b"\n") for p in _all_files(home)}
    proc = run_tether("sweep", "--home", str(home), "--no-vault", "--redact", "--yes")
    assert proc.returncode == 0, proc.stderr
    assert "exposed — rotate these" in proc.stdout
    _check_valid(home, before)
    for p in planted:
        assert _holding(p.value, home, tether_home) == [], p.path
    assert "[REDACTED:github-pat]" in (home / ".bash_history").read_text()
    # every redaction is logged, without values, in a 0600 file
    log = tether_home / "redactions.jsonl"
    assert os.stat(log).st_mode & 0o777 == 0o600
    entries = [json.loads(x) for x in log.read_text().splitlines()]
    assert len(entries) >= len(planted)  # a value twice in one row counts twice
    assert {"time", "path", "location", "rule", "fingerprint"} <= set(entries[0])
    # a second sweep finds nothing
    rc, out, _ = _sweep_json(home)
    assert rc == 0 and out["findings"] == []


def test_untouched_jsonl_lines_stay_byte_identical(fake: tuple[Path, list[Planted]]) -> None:
    home, _ = fake
    path = next((home / ".claude" / "projects").rglob("6f1c*.jsonl"))
    old = path.read_bytes().splitlines()
    run_tether("sweep", "--home", str(home), "--no-vault", "--redact", "--yes", "--only", "claude")
    new = path.read_bytes().splitlines()
    assert len(new) == len(old)
    assert new[0] == old[0] and new[2] == old[2]  # the lines without secrets
    assert new[1] != old[1]


def test_refuses_to_redact_without_yes_when_not_a_terminal(
    fake: tuple[Path, list[Planted]],
) -> None:
    home, _ = fake
    digest = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in _all_files(home)}
    proc = run_tether("sweep", "--home", str(home), "--no-vault", "--redact", input="y\n")
    assert proc.returncode == 2
    assert "not a terminal" in proc.stderr and "--yes" in proc.stderr
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in _all_files(home)} == digest


def test_vault_linked_value_becomes_its_reference(tmp_path: Path, initialized: Path) -> None:
    home = tmp_path / "home"
    token = ghp()
    (home / ".claude" / "projects" / "-x").mkdir(parents=True)
    transcript = home / ".claude" / "projects" / "-x" / "s.jsonl"
    transcript.write_text(json.dumps({"message": {"content": f"push with {token}"}}) + "\n")
    (home / ".bash_history").write_text(f"export GITHUB_TOKEN={token}\nls\n")
    assert run_tether("set", "tether://dev/github/token", input=token).returncode == 0
    proc = run_tether("sweep", "--home", str(home), "--redact", "--yes")
    assert proc.returncode == 0, proc.stderr
    assert "tether://dev/github/token" in proc.stdout  # in the rotate list
    assert json.loads(transcript.read_text())["message"]["content"] == (
        "push with tether://dev/github/token"
    )
    assert (
        home / ".bash_history"
    ).read_text() == "export GITHUB_TOKEN=tether://dev/github/token\nls\n"
    audit = run_tether("audit", "log", "--action", "sweep.redact")
    assert audit.returncode == 0
    assert audit.stdout.count("sweep.redact") == 2
    assert "fp=" in audit.stdout and token not in audit.stdout


def test_canary_values_never_leave_through_output_logs_or_store(
    fake: tuple[Path, list[Planted]], initialized: Path
) -> None:
    home, planted = fake
    texts = []
    for args in (
        ("--no-vault",),
        ("-f", "json"),
        ("--record",),
        ("--redact", "--yes", "--record"),
    ):
        proc = run_tether("sweep", "--home", str(home), *args)
        texts += [proc.stdout, proc.stderr]
    audit = run_tether("audit", "log")
    texts += [audit.stdout, audit.stderr]
    blob = "\n".join(texts)
    assert "sweep.redact" in audit.stdout
    for p in planted:
        assert p.value not in blob, p.path
        assert _holding(p.value, home, initialized) == [], p.path


def test_unknown_place_is_a_usage_error(tmp_path: Path, tether_home: Path) -> None:
    proc = run_tether("sweep", "--home", str(tmp_path), "--only", "nosuchplace")
    assert proc.returncode == 2
    assert "unknown place" in proc.stderr
    proc = run_tether("sweep", "--home", str(tmp_path / "missing"))
    assert proc.returncode == 2 and "not a folder" in proc.stderr
    proc = run_tether("sweep", "--home", str(tmp_path), "--yes")
    assert proc.returncode == 2 and "--redact" in proc.stderr


def test_only_and_skip_select_places(fake: tuple[Path, list[Planted]]) -> None:
    home, _ = fake
    _, out, _ = _sweep_json(home, "--only", "shell")
    places = {f["place"] for f in out["findings"]}
    assert places == {"shell-history", "shell-rc", "repl-history"}
    _, out, _ = _sweep_json(home, "--skip", "ai", "--skip", "projects")
    assert {f["place"] for f in out["findings"]} <= {
        "shell-history",
        "shell-rc",
        "repl-history",
        "aws",
        "registries",
        "docker",
        "git",
        "netrc",
        "kube",
        "gh",
        "gcloud",
        "azure",
        "cloud-misc",
    }


def test_a_secret_used_as_a_database_key_never_shows_in_locations(
    tmp_path: Path, tether_home: Path
) -> None:
    home = tmp_path / "home"
    db = home / ".config" / "Cursor" / "User" / "globalStorage" / "state.vscdb"
    db.parent.mkdir(parents=True)
    token = ghp()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE ItemTable (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB)")
    conn.execute("INSERT INTO ItemTable VALUES (?, ?)", (f"cache:{token}", "{}"))
    conn.commit()
    conn.close()
    proc = run_tether("sweep", "--home", str(home), "--no-vault", "-f", "json")
    out = json.loads(proc.stdout)
    assert [f["rule"] for f in out["findings"]] == ["github-pat"]
    assert token not in proc.stdout + proc.stderr
    proc = run_tether("sweep", "--home", str(home), "--no-vault", "--redact", "--yes")
    assert proc.returncode == 0
    assert token not in proc.stdout + proc.stderr
    assert token not in (tether_home / "redactions.jsonl").read_text()
    assert token.encode() not in db.read_bytes()
