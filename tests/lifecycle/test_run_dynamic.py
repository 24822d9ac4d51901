"""`tether run` with a tether://dynamic reference: the role exists while the child runs and is
dropped when it exits (with and without masking)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from conftest import CI_VARIABLES  # type: ignore[import-not-found]


@pytest.mark.postgres
def test_run_leases_and_drops(tmp_path: Path, pg_cluster) -> None:  # type: ignore[no-untyped-def]
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("TETHER_") and k not in CI_VARIABLES
    }
    env.update(TETHER_HOME=str(tmp_path / "h"), TETHER_KEYRING="0", TETHER_USER="alice")

    def t(*args: str, stdin: str | None = None, extra: dict | None = None):  # type: ignore[no-untyped-def]
        return subprocess.run(
            [sys.executable, "-c", "from tether.cli.main import main; main()", *args],
            env={**env, **(extra or {})},
            input=stdin,
            capture_output=True,
            text=True,
            timeout=60,
        )

    assert t("init").returncode == 0
    assert t("set", "tether://prod/pg-admin/dsn", stdin=pg_cluster.admin_dsn).returncode == 0
    assert (
        t(
            "dynamic",
            "create",
            "rep",
            "--dsn-ref",
            "tether://prod/pg-admin/dsn",
            "--ttl",
            "10m",
            "--grant-template",
            "GRANT SELECT ON widgets TO {role}",
        ).returncode
        == 0
    )
    child = (
        "import os, psycopg; c = psycopg.connect(os.environ['DATABASE_URL']); "
        "print(c.execute('SELECT name FROM widgets').fetchone()[0]); "
        "print(c.execute('SELECT current_user').fetchone()[0])"
    )
    for flags in ([], ["--no-masking"]):
        r = t(
            "run",
            "--no-env-file",
            *flags,
            "--",
            sys.executable,
            "-c",
            child,
            extra={"DATABASE_URL": "tether://dynamic/rep"},
        )
        assert r.returncode == 0, r.stderr
        name, role = r.stdout.split()
        assert name == "sprocket" and role.startswith("tether_rep_")
        with psycopg.connect(pg_cluster.admin_dsn) as c:
            assert (
                c.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is None
            )
    assert t("lease", "list", "--json").stdout.strip() == "[]"
