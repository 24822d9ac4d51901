"""Fixtures for lifecycle tests: a throw-away PostgreSQL cluster with password (SCRAM) auth on TCP.

The cluster is created with ``initdb`` in a temp dir, started with ``pg_ctl`` on a free port, and
removed at the end of the session. ``initdb`` refuses to run as root, so as root every server
binary runs as the ``postgres`` system user via ``runuser``. Local (unix socket) connections are
``trust`` so the fixture can bootstrap; every test connects over TCP, where scram-sha-256 applies.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import make_conninfo

ADMIN = "tether_admin"
CI_VARIABLES = (
    "CI",
    "GITHUB_ACTIONS",
    "GITLAB_CI",
    "BUILDKITE",
    "CIRCLECI",
    "JENKINS_URL",
    "TF_BUILD",
    "TEAMCITY_VERSION",
    "BITBUCKET_BUILD_NUMBER",
)
ADMIN_PASSWORD = "admin-Pw-for-tests-only"


@dataclass(frozen=True)
class PgCluster:
    host: str
    port: int
    dbname: str
    admin: str
    admin_password: str
    socket_dir: str
    log_path: str

    def dsn(
        self, user: str | None = None, password: str | None = None, db: str | None = None
    ) -> str:
        user = user or self.admin
        pw = self.admin_password if password is None and user == self.admin else password
        return make_conninfo(
            host=self.host, port=self.port, dbname=db or self.dbname, user=user, password=pw
        )

    @property
    def admin_dsn(self) -> str:
        return self.dsn()

    def admin_sql(self, statement: str) -> None:
        with psycopg.connect(self.admin_dsn, autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def can_login(self, user: str, password: str) -> bool:
        """True when ``user``/``password`` gets a TCP session (password auth is enforced)."""
        try:
            with psycopg.connect(self.dsn(user, password), connect_timeout=5) as conn:
                conn.execute("SELECT 1")
        except psycopg.OperationalError:
            return False
        return True


def _pg_bin() -> Path | None:
    cands = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4])
    )
    return Path(cands[-1]).parent if cands else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_pg_user(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    bindir = _pg_bin()
    if bindir is None:
        pytest.fail(
            "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin; "
            "install the 'postgresql' package (.ci/run does)"
        )
    root = Path(tempfile.mkdtemp(prefix="tether-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        pg = pwd.getpwnam("postgres")
        for p in (root, sock):
            os.chown(p, pg.pw_uid, pg.pw_gid)
    port = _free_port()
    env = {**os.environ, "LC_ALL": "C.UTF-8"}
    subprocess.run(
        _as_pg_user(
            [
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                ADMIN,
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
            ]
        ),
        check=True,
        capture_output=True,
        env=env,
    )
    # log_statement=all lets tests prove no plaintext password ever reaches the server's log
    opts = f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off -c log_statement=all"
    subprocess.run(
        _as_pg_user(
            [
                str(bindir / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                opts,
                "-l",
                str(root / "log"),
                "-w",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
        env=env,
    )
    try:
        with psycopg.connect(
            host=str(sock), port=port, user=ADMIN, dbname="postgres", autocommit=True
        ) as c:
            c.execute(f"ALTER ROLE {ADMIN} PASSWORD '{ADMIN_PASSWORD}'")  # type: ignore[arg-type]
            c.execute("CREATE DATABASE app")
        with psycopg.connect(
            host=str(sock), port=port, user=ADMIN, dbname="app", autocommit=True
        ) as c:
            c.execute("CREATE TABLE widgets (id int primary key, name text)")
            c.execute("INSERT INTO widgets VALUES (1, 'sprocket')")
            c.execute("CREATE TABLE secrets_table (id int)")
            c.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
            c.execute("GRANT USAGE ON SCHEMA public TO PUBLIC")
        yield PgCluster(
            "127.0.0.1", port, "app", ADMIN, ADMIN_PASSWORD, str(sock), str(root / "log")
        )
    finally:
        subprocess.run(
            _as_pg_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
            env=env,
        )
        shutil.rmtree(root, ignore_errors=True)


# -- a fresh store with a root key, and a settable clock ------------------------------------


class Clock:
    """A settable UTC clock: ``clock()`` returns the current fake time; ``advance(days=…)``."""

    def __init__(self) -> None:
        from datetime import UTC, datetime

        self.t = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)

    def __call__(self):  # type: ignore[no-untyped-def]
        return self.t

    def advance(self, **kw: float) -> None:
        from datetime import timedelta

        self.t = self.t + timedelta(**kw)

    def ts(self) -> str:
        return self.t.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from tether.client.local import initialize

    monkeypatch.setenv("TETHER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("TETHER_KEYRING", "0")
    monkeypatch.setenv("TETHER_USER", "alice")
    monkeypatch.delenv("TETHER_TOKEN", raising=False)
    monkeypatch.delenv("TETHER_PASSPHRASE", raising=False)
    for var in CI_VARIABLES:  # tests decide for themselves whether they run "in CI"
        monkeypatch.delenv(var, raising=False)
    initialize(use_keyring=False)
    return tmp_path / "home"


@pytest.fixture
def owner(home: Path, clock: Clock):  # type: ignore[no-untyped-def]
    """The store's owner (root key), with the fake clock driving both vault and lifecycle."""
    from tether.client.local import LocalBackend

    b = LocalBackend.open()
    b.service.now = clock.ts
    b.clock = clock
    yield b
    b.close()


def token_backend(token: str, clock: Clock, interactive: bool = False):  # type: ignore[no-untyped-def]
    from tether.client.token import open_token_backend

    return open_token_backend(token, clock=clock, interactive=interactive)
