"""CLI transcripts: the judged scenarios through real `tether` processes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CI_VARIABLES  # type: ignore[import-not-found]

CANARY_DEV = "dev-CANARY-5b1c9e"
CANARY_PROD = "prod-CANARY-77aa01"


def tether(
    home: Path,
    *args: str,
    token: str | None = None,
    stdin: str | None = None,
    extra_env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("TETHER_") and k not in CI_VARIABLES
    }
    env.update(TETHER_HOME=str(home), TETHER_KEYRING="0", TETHER_USER="alice", NO_COLOR="1")
    env.update(extra_env or {})
    if token is not None:
        env["TETHER_TOKEN"] = token
    return subprocess.run(
        [sys.executable, "-c", "from tether.cli.main import main; main()", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    h = tmp_path / "home"
    assert tether(h, "init").returncode == 0
    assert tether(h, "set", "tether://dev/db/password", stdin=CANARY_DEV).returncode == 0
    assert tether(h, "set", "tether://prod/db/password", stdin=CANARY_PROD).returncode == 0
    assert tether(h, "person", "add", "alice").returncode == 0
    return h


def test_service_account_token_flow(home: Path) -> None:
    r = tether(home, "sa", "create", "ci", "--owner", "alice", "--grant", "dev:read", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["grants"] == [
        {
            "vault": "dev",
            "perms": "read",
            "created_at": json.loads(r.stdout)["grants"][0]["created_at"],
        }
    ]
    r = tether(home, "sa", "token", "create", "ci", "--expires", "30d")
    assert r.returncode == 0, r.stderr
    token = r.stdout.strip()
    assert token.startswith("tth_sa_") and "shown only once" in r.stderr

    ok = tether(home, "read", "tether://dev/db/password", token=token)
    assert ok.returncode == 0 and ok.stdout.strip() == CANARY_DEV

    denied = tether(home, "read", "tether://prod/db/password", token=token)
    assert denied.returncode == 1
    assert "tether: error: service account 'ci' has no grant for vault 'prod'" in denied.stderr
    assert CANARY_PROD not in denied.stdout + denied.stderr

    write = tether(home, "set", "tether://dev/db/password", token=token, stdin="x")
    assert write.returncode == 1 and "may not write" in write.stderr

    listing = json.loads(tether(home, "sa", "token", "list", "--json").stdout)
    assert listing[0]["last_used_at"] and token not in json.dumps(listing)
    revoke = tether(home, "sa", "token", "revoke", listing[0]["id"])
    assert revoke.returncode == 0, revoke.stderr
    after = tether(home, "read", "tether://dev/db/password", token=token)
    assert after.returncode == 1 and "revoked" in after.stderr

    log = json.loads(tether(home, "audit", "log", "--json").stdout)
    seen = {(e["actor"], e["action"], e["result"]) for e in log}
    assert ("sa:ci", "read", "denied") in seen and ("sa:ci", "read", "ok") in seen
    assert all(token not in json.dumps(e) and CANARY_DEV not in json.dumps(e) for e in log)


def test_audit_verify_detects_tampering(home: Path) -> None:
    tether(home, "read", "tether://dev/db/password")
    ok = tether(home, "audit", "verify")
    assert ok.returncode == 0 and "intact" in ok.stderr
    con = sqlite3.connect(home / "tether.db")
    con.execute("UPDATE audit SET actor = 'someone-else' WHERE seq = 2")
    con.commit()
    bad = tether(home, "audit", "verify", "--json")
    assert bad.returncode == 1
    out = json.loads(bad.stdout)
    assert out["ok"] is False and out["breaks"][0]["seq"] == 2
    text = tether(home, "audit", "verify")
    assert "audit chain broken at event 2" in text.stderr


def test_offboard_and_report(home: Path) -> None:
    assert tether(home, "person", "add", "bob").returncode == 0
    tether(home, "read", "tether://prod/db/password")  # alice reads prod
    r = tether(home, "person", "offboard", "alice", "--to", "bob", "--json")
    assert r.returncode == 0, r.stderr
    rep = json.loads(r.stdout)
    assert (
        "tether://prod/db" in rep["needs_rotation"]
        and "tether://dev/db" in rep["items_transferred"]
    )
    people = json.loads(tether(home, "person", "list", "--json").stdout)
    assert {p["name"]: p["status"] for p in people} == {"alice": "offboarded", "bob": "active"}
    report = json.loads(tether(home, "report", "--json").stdout)
    checks = {(f["check"], f["nhi"], f["subject"]) for f in report["findings"]}
    assert ("NEEDS-ROTATION", "NHI1", "tether://prod/db") in checks
    html = tether(home, "report", "--format", "html")
    assert html.returncode == 0 and "<table>" in html.stdout


def test_help_lists_commands(home: Path) -> None:
    out = tether(home, "--help").stdout
    for cmd in ("person", "sa", "owner", "review", "rotate", "lease", "dynamic", "audit", "report"):
        assert f"  {cmd}" in out


def test_sdk_and_inject_with_token(home: Path, tmp_path: Path) -> None:
    tether(home, "sa", "create", "app", "--owner", "alice", "--grant", "dev:read")
    token = tether(home, "sa", "token", "create", "app").stdout.strip()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TETHER_")}
    env.update(TETHER_HOME=str(home), TETHER_TOKEN=token)
    code = (
        "from tether import secret\n"
        "print(secret('tether://dev/db/password'))\n"
        "try:\n"
        "    secret('tether://prod/db/password')\n"
        "except Exception as e:\n"
        "    print(type(e).__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [CANARY_DEV, "AccessDeniedError"]
    tpl = tmp_path / "t.tpl"
    tpl.write_text("pw={{ tether://dev/db/password }}\n")
    r = tether(home, "inject", "-i", str(tpl), "-o", str(tmp_path / "out"), token=token)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out").read_text() == f"pw={CANARY_DEV}\n"


def test_run_with_token(home: Path) -> None:
    tether(home, "sa", "create", "runner", "--owner", "alice", "--grant", "dev:read")
    token = tether(home, "sa", "token", "create", "runner").stdout.strip()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TETHER_")}
    env.update(
        TETHER_HOME=str(home), TETHER_TOKEN=token, DB_PW="tether://dev/db/password", NO_COLOR="1"
    )
    child = "import os; print(len(os.environ['DB_PW']), 'TETHER_TOKEN' in os.environ)"
    r = subprocess.run(
        [
            sys.executable,
            "-c",
            "from tether.cli.main import main; main()",
            "run",
            "--no-env-file",
            "--",
            sys.executable,
            "-c",
            child,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == [str(len(CANARY_DEV)), "False"]
    env["DB_PW"] = "tether://prod/db/password"
    r = subprocess.run(
        [
            sys.executable,
            "-c",
            "from tether.cli.main import main; main()",
            "run",
            "--no-env-file",
            "--",
            sys.executable,
            "-c",
            child,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode != 0 and "no grant for vault 'prod'" in r.stderr


@pytest.mark.postgres
def test_cli_rotate_postgres_role(home: Path, pg_cluster) -> None:  # type: ignore[no-untyped-def]
    pg_cluster.admin_sql("DROP ROLE IF EXISTS app_cli")
    pg_cluster.admin_sql("CREATE ROLE app_cli LOGIN PASSWORD 'cli-old-password'")
    assert (
        tether(home, "set", "tether://prod/pg-admin/dsn", stdin=pg_cluster.admin_dsn).returncode
        == 0
    )
    assert (
        tether(home, "set", "tether://prod/app-db/password", stdin="cli-old-password").returncode
        == 0
    )
    bad = tether(
        home,
        "policy",
        "tether://prod/app-db",
        "--rotator",
        "postgres",
        "--config",
        f"dsn={pg_cluster.admin_dsn}",
    )
    assert bad.returncode == 2 and "looks like it holds a secret" in bad.stderr
    r = tether(
        home,
        "policy",
        "tether://prod/app-db",
        "--rotator",
        "postgres",
        "--config",
        "role=app_cli",
        "--config",
        "dsn=tether://prod/pg-admin/dsn",
    )
    assert r.returncode == 0, r.stderr
    r = tether(home, "rotate", "tether://prod/app-db", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)[0]["version"] == 2
    new = tether(home, "read", "tether://prod/app-db/password").stdout.strip()
    assert new and new != "cli-old-password"
    assert not pg_cluster.can_login("app_cli", "cli-old-password")
    assert pg_cluster.can_login("app_cli", new)
    hist = json.loads(tether(home, "history", "tether://prod/app-db/password", "--json").stdout)
    assert [h["state"] for h in hist] == ["rotated", "current"]


@pytest.mark.postgres
def test_cli_dynamic_and_leases(home: Path, pg_cluster) -> None:  # type: ignore[no-untyped-def]
    tether(home, "set", "tether://prod/pg-admin/dsn", stdin=pg_cluster.admin_dsn)
    r = tether(
        home,
        "dynamic",
        "create",
        "ro",
        "--dsn-ref",
        "tether://prod/pg-admin/dsn",
        "--ttl",
        "30m",
        "--grant-template",
        "GRANT SELECT ON widgets TO {role}",
        "--json",
    )
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["ref"] == "tether://dynamic/ro"
    assert json.loads(tether(home, "dynamic", "list", "--json").stdout)[0]["ttl_seconds"] == 1800
    assert json.loads(tether(home, "lease", "list", "--json").stdout) == []


def test_person_credentials_used_by_ci_are_nhi10(home: Path) -> None:
    r = tether(home, "read", "tether://dev/db/password", extra_env={"GITHUB_ACTIONS": "true"})
    assert r.returncode == 0, r.stderr
    report = json.loads(tether(home, "report", "--json").stdout)
    (f,) = [f for f in report["findings"] if f["check"] == "PERSON-AUTOMATION"]
    assert (
        f["nhi"] == "NHI10" and f["subject"] == "person:alice" and "github-actions" in f["message"]
    )


def test_every_lifecycle_command_runs(home: Path, tmp_path: Path) -> None:
    def ok(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        r = tether(home, *args, stdin=stdin)
        assert r.returncode == 0, (args, r.stderr)
        return r

    ok("person", "add", "bob", "--email", "bob@example.com")
    assert {p["name"] for p in json.loads(ok("person", "list", "--json").stdout)} == {
        "alice",
        "bob",
    }
    ok("sa", "create", "svc", "--owner", "bob", "--expires", "30d")
    ok("sa", "grant", "svc", "dev:read,write")
    assert json.loads(ok("sa", "list", "--json").stdout)[0]["grants"][0]["perms"] == "read,write"
    ok("sa", "revoke-grant", "svc", "dev")
    ok("sa", "token", "create", "svc", "--no-expiry")
    ok("sa", "disable", "svc")
    assert json.loads(ok("sa", "token", "list", "svc", "--json").stdout)[0]["status"] == "revoked"
    ok("owner", "set", "dev/db", "bob")
    assert "bob" in ok("list", "--json").stdout
    review = json.loads(ok("review", "tether://dev/db", "--note", "checked", "--json").stdout)
    assert review["policy"]["review"] == "ok"
    ok("set", "tether://dev/proto/key", "--temporary", stdin="p")
    ok("promote", "tether://dev/proto")
    ok("policy", "dev", "--rotation-days", "30", "--review-days", "60")
    ok("policy", "tether://dev/proto", "--rotator", "random", "--config", "length=24")
    rotated = json.loads(ok("rotate", "tether://dev/proto", "--json").stdout)
    assert rotated[0]["rotator"] == "random"
    assert len(ok("read", "tether://dev/proto/key").stdout.strip()) == 24
    due = json.loads(ok("rotate", "--due", "--json").stdout)
    assert due == {"rotated": [], "no_rotator": [], "failed": []}
    assert json.loads(ok("lease", "list", "--all", "--json").stdout) == []
    ok("lease", "expire")
    assert json.loads(ok("dynamic", "list", "--json").stdout) == []
    events = json.loads(ok("audit", "log", "--actor", "alice", "--action", "sa", "--json").stdout)
    assert events and all(e["action"].startswith("sa.") for e in events)
    assert ok("audit", "log", "-n", "3").stdout.count("\n") == 4  # header + 3
    out = tmp_path / "r.html"
    ok("report", "--format", "html", "-o", str(out))
    assert out.read_text().startswith("<!doctype html>")
    ok("report")
    bad = tether(home, "rotate")
    assert bad.returncode == 2 and "give a reference or --due" in bad.stderr
    bad = tether(home, "sa", "create", "x", "--owner", "alice", "--grant", "dev:admin")
    assert bad.returncode == 2 and "unknown permission" in bad.stderr
