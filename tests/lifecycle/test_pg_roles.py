"""PostgreSQL role rotation and dynamic login roles against a real server with SCRAM auth."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import psycopg
import pytest

from tether.errors import ProviderError, UsageError
from tether.lifecycle import pg

if TYPE_CHECKING:
    from conftest import PgCluster

pytestmark = pytest.mark.postgres

NOW = datetime.now(UTC)


def _make_role(cluster: PgCluster, name: str, password: str) -> None:
    cluster.admin_sql(f"DROP ROLE IF EXISTS {name}")
    cluster.admin_sql(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")


def test_rotation_refuses_old_password_and_accepts_new(pg_cluster: PgCluster) -> None:
    _make_role(pg_cluster, "app_rot", "old-password-1")
    assert pg_cluster.can_login("app_rot", "old-password-1")
    new = pg.generate_password()
    pg.set_role_password(pg_cluster.admin_dsn, "app_rot", new)
    assert not pg_cluster.can_login("app_rot", "old-password-1")
    assert pg_cluster.can_login("app_rot", new)


def test_server_sees_only_a_scram_verifier(pg_cluster: PgCluster) -> None:
    _make_role(pg_cluster, "app_canary", "x-initial")
    canary = "CanaryPw" + pg.generate_password(16)
    pg.set_role_password(pg_cluster.admin_dsn, "app_canary", canary)
    with psycopg.connect(pg_cluster.admin_dsn) as c:
        row = c.execute("SELECT rolpassword FROM pg_authid WHERE rolname='app_canary'").fetchone()
    assert row is not None and str(row[0]).startswith("SCRAM-SHA-256$")
    log = Path(pg_cluster.log_path).read_text(errors="replace")
    assert "ALTER ROLE" in log  # log_statement=all is on, so the statement was logged…
    assert canary not in log  # …but only with the verifier in it
    assert pg_cluster.can_login("app_canary", canary)


def test_quoted_identifiers(pg_cluster: PgCluster) -> None:
    pg_cluster.admin_sql('DROP ROLE IF EXISTS "Odd Role"')
    pg_cluster.admin_sql("CREATE ROLE \"Odd Role\" LOGIN PASSWORD 'first-pass'")
    pg.set_role_password(pg_cluster.admin_dsn, "Odd Role", "second-pass")
    assert pg_cluster.can_login("Odd Role", "second-pass")
    assert not pg_cluster.can_login("Odd Role", "first-pass")


def test_rotation_errors_name_the_role_not_the_password(pg_cluster: PgCluster) -> None:
    with pytest.raises(ProviderError) as info:
        pg.set_role_password(pg_cluster.admin_dsn, "no_such_role", "CanaryValue123")
    assert "no_such_role" in info.value.message
    assert "CanaryValue123" not in info.value.message + (info.value.hint or "")


def test_bad_admin_password_never_echoed(pg_cluster: PgCluster) -> None:
    dsn = pg_cluster.dsn(pg_cluster.admin, "WrongAdminCanary")
    with pytest.raises(ProviderError) as info:
        pg.set_role_password(dsn, "anyone", "NewCanary999")
    text = info.value.message + (info.value.hint or "")
    assert "cannot connect" in text
    assert "WrongAdminCanary" not in text and "NewCanary999" not in text


def test_dynamic_role_works_during_lease_and_is_gone_after(pg_cluster: PgCluster) -> None:
    lease = pg.create_login_role(
        pg_cluster.admin_dsn,
        prefix="reporting",
        ttl=timedelta(hours=1),
        grant_template="GRANT SELECT ON widgets TO {role}",
        now=datetime.now(UTC),
    )
    assert lease.role.startswith("tether_reporting_")
    assert "****" in repr(lease) and lease.password not in repr(lease)
    with psycopg.connect(lease.url) as conn:
        assert conn.execute("SELECT name FROM widgets").fetchall() == [("sprocket",)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM secrets_table")
    assert pg.role_exists(pg_cluster.admin_dsn, lease.role)
    assert pg.drop_login_role(pg_cluster.admin_dsn, lease.role) is True
    assert not pg.role_exists(pg_cluster.admin_dsn, lease.role)
    assert not pg_cluster.can_login(lease.role, lease.password)
    assert pg.drop_login_role(pg_cluster.admin_dsn, lease.role) is False


def test_dynamic_role_expired_ttl_is_refused_by_the_server(pg_cluster: PgCluster) -> None:
    past = datetime.now(UTC) - timedelta(hours=2)
    lease = pg.create_login_role(
        pg_cluster.admin_dsn,
        prefix="expired",
        ttl=timedelta(hours=1),
        grant_template="GRANT SELECT ON widgets TO {role}",
        now=past,
    )
    assert not pg_cluster.can_login(lease.role, lease.password)
    pg.drop_login_role(pg_cluster.admin_dsn, lease.role)


def test_drop_handles_owned_objects_and_open_sessions(pg_cluster: PgCluster) -> None:
    lease = pg.create_login_role(
        pg_cluster.admin_dsn,
        prefix="owner",
        ttl=timedelta(minutes=30),
        grant_template="GRANT CREATE ON SCHEMA public TO {role}; GRANT SELECT ON widgets TO {role}",
        now=datetime.now(UTC),
    )
    held = psycopg.connect(lease.url, autocommit=True)
    held.execute("CREATE TABLE made_by_lease (x int)")
    assert pg.drop_login_role(pg_cluster.admin_dsn, lease.role)
    with pytest.raises(psycopg.OperationalError):
        held.execute("SELECT 1")
    held.close()
    assert not pg.role_exists(pg_cluster.admin_dsn, lease.role)
    with psycopg.connect(pg_cluster.admin_dsn) as c:
        owner = c.execute(
            "SELECT tableowner FROM pg_tables WHERE tablename='made_by_lease'"
        ).fetchone()
    assert owner == (pg_cluster.admin,)


def test_failed_grant_rolls_back_the_role(pg_cluster: PgCluster) -> None:
    with pytest.raises(ProviderError):
        pg.create_login_role(
            pg_cluster.admin_dsn,
            prefix="broken",
            ttl=timedelta(hours=1),
            grant_template="GRANT SELECT ON no_such_table TO {role}",
            now=NOW,
            role="tether_broken_fixed",
        )
    assert not pg.role_exists(pg_cluster.admin_dsn, "tether_broken_fixed")


def test_template_must_mention_role() -> None:
    with pytest.raises(UsageError):
        pg.render_grants("GRANT SELECT ON widgets TO public", "r")
    with pytest.raises(UsageError):
        pg.create_login_role(
            "host=127.0.0.1", prefix="x", ttl=timedelta(0), grant_template="x {role}", now=NOW
        )


def test_connection_url_quotes() -> None:
    url = pg.connection_url("host=db.example port=6543 dbname=app user=a", "r", "p@ss/w:rd")
    assert url == "postgresql://r:p%40ss%2Fw%3Ard@db.example:6543/app"


def test_unparsable_dsn_never_quotes_it() -> None:
    with pytest.raises(ProviderError) as info:
        pg.set_role_password("host=127.0.0.1 password=Canary Fragment99", "r", "x")
    text = info.value.message + (info.value.hint or "")
    assert "Fragment99" not in text and "Canary" not in text
