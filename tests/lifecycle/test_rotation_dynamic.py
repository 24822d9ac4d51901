"""`tether rotate` (random and PostgreSQL rotators) and dynamic PostgreSQL credentials, end to end
through the backend against a real server with password authentication."""

from __future__ import annotations

from typing import TYPE_CHECKING

import psycopg
import pytest

from conftest import token_backend  # type: ignore[import-not-found]
from tether.errors import AccessDeniedError, NotFoundError, ProviderError, UsageError
from tether.lifecycle.identities import parse_grant
from tether.lifecycle.rotators import load_rotator
from tether.refs import parse

if TYPE_CHECKING:
    from conftest import PgCluster

APP = parse("tether://prod/app-db/password")
ADMIN = parse("tether://prod/pg-admin/dsn")


def test_entry_points_expose_builtins() -> None:
    assert load_rotator("random").name == "random"
    assert load_rotator("postgres").name == "postgres"
    with pytest.raises(UsageError):
        load_rotator("nope")


def test_random_rotation_keeps_previous_as_rotated(owner) -> None:  # type: ignore[no-untyped-def]
    ref = parse("tether://dev/session/secret")
    owner.set_value(ref, "first-value", create_vault=True)
    with pytest.raises(UsageError):
        owner.rotate(ref)  # no rotator yet
    owner.set_policy(str(ref), rotator="random", rotator_config={"length": 40})
    (res,) = owner.rotate(ref)
    assert res.version == 2 and res.previous_version == 1
    new = owner.read(ref).reveal()
    assert len(new) == 40 and new != "first-value"
    states = [(v.version, v.state) for v in owner.history(ref)]
    assert states == [(1, "rotated"), (2, "current")]
    assert owner.read(parse("tether://dev/session/secret?version=1")).reveal() == "first-value"
    # a scan finding of the old value is a "rotated copy"
    assert owner.match_value("first-value")[0].state == "rotated"


def test_rotator_config_refuses_secrets(owner) -> None:  # type: ignore[no-untyped-def]
    from tether.lifecycle.rotators import check_config

    with pytest.raises(UsageError):
        check_config({"dsn": "postgresql://admin:hunter2@db/app"})
    with pytest.raises(UsageError):
        check_config({"dsn": "host=db password=hunter2"})
    check_config({"dsn": "tether://prod/pg-admin/dsn", "role": "app"})


@pytest.mark.postgres
def test_postgres_rotation_old_refused_new_works(owner, pg_cluster: PgCluster) -> None:  # type: ignore[no-untyped-def]
    pg_cluster.admin_sql("DROP ROLE IF EXISTS app_rotated")
    pg_cluster.admin_sql("CREATE ROLE app_rotated LOGIN PASSWORD 'initial-app-pass'")
    owner.set_value(ADMIN, pg_cluster.admin_dsn, create_vault=True)
    owner.set_value(APP, "initial-app-pass")
    owner.set_policy(
        str(APP), rotator="postgres", rotator_config={"dsn": str(ADMIN), "role": "app_rotated"}
    )
    owner.rotate(APP)
    new = owner.read(APP).reveal()
    assert new != "initial-app-pass"
    assert not pg_cluster.can_login("app_rotated", "initial-app-pass")
    assert pg_cluster.can_login("app_rotated", new)
    ev = [(e.action, e.result) for e in owner.audit_events(ref_prefix=str(APP))]
    assert ("rotate", "ok") in ev


@pytest.mark.postgres
def test_postgres_rotation_failure_rolls_back(owner, pg_cluster: PgCluster) -> None:  # type: ignore[no-untyped-def]
    owner.set_value(ADMIN, pg_cluster.admin_dsn, create_vault=True)
    ref = parse("tether://prod/ghost/password")
    owner.set_value(ref, "ghost-pass")
    owner.set_policy(
        str(ref), rotator="postgres", rotator_config={"dsn": str(ADMIN), "role": "no_such_role"}
    )
    with pytest.raises(ProviderError):
        owner.rotate(ref)
    assert owner.read(ref).reveal() == "ghost-pass"  # the vault matches the server again


@pytest.mark.postgres
def test_dynamic_credential_lifecycle(owner, pg_cluster: PgCluster, clock) -> None:  # type: ignore[no-untyped-def]
    owner.set_value(ADMIN, pg_cluster.admin_dsn, create_vault=True)
    with pytest.raises(UsageError):
        owner.define_dynamic(
            "ro", dsn_ref=pg_cluster.admin_dsn, ttl="1h", grant_template="GRANT x TO {role}"
        )
    owner.define_dynamic(
        "reporting",
        dsn_ref=str(ADMIN),
        ttl="1h",
        grant_template="GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}",
    )
    # leases use the real clock's notion of VALID UNTIL, so drive them with the present time
    from datetime import UTC, datetime

    clock.t = datetime.now(UTC)
    url, lease_id = owner.lease_dynamic("reporting")
    assert "****" in repr(url)
    with psycopg.connect(url.reveal()) as conn:
        assert conn.execute("SELECT name FROM widgets").fetchall() == [("sprocket",)]
    (lease,) = owner.list_leases()
    assert lease.id == lease_id and lease.status == "active"
    assert owner.end_lease(lease_id) is True
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(url.reveal(), connect_timeout=5)
    assert owner.list_leases() == []
    assert owner.end_lease(lease_id) is False


@pytest.mark.postgres
def test_dynamic_ttl_expiry_sweep(owner, pg_cluster: PgCluster, clock) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    owner.set_value(ADMIN, pg_cluster.admin_dsn, create_vault=True)
    owner.define_dynamic(
        "short", dsn_ref=str(ADMIN), ttl="1h", grant_template="GRANT SELECT ON widgets TO {role}"
    )
    clock.t = datetime.now(UTC)
    _url, lease_id = owner.lease_dynamic("short")
    role = owner.list_leases()[0].role
    clock.advance(hours=2)
    assert owner.list_leases()[0].status == "expired"
    done, failed = owner.expire_leases()
    assert done == [lease_id] and not failed
    with psycopg.connect(pg_cluster.admin_dsn) as c:
        assert c.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is None


@pytest.mark.postgres
def test_dynamic_with_token_needs_grant_on_admin_vault(owner, pg_cluster: PgCluster, clock) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    clock.t = datetime.now(UTC)
    owner.set_value(ADMIN, pg_cluster.admin_dsn, create_vault=True)
    owner.set_value(parse("tether://dev/x/y"), "z", create_vault=True)
    owner.define_dynamic(
        "ci-ro", dsn_ref=str(ADMIN), ttl="10m", grant_template="GRANT SELECT ON widgets TO {role}"
    )
    owner.add_person("alice")
    owner.create_account("ci", owner="alice", grants=[parse_grant("dev:read")])
    _, tok = owner.create_token("ci")
    sa = token_backend(tok.reveal(), clock)
    with pytest.raises(AccessDeniedError):
        sa.lease_dynamic("ci-ro")
    owner.grant("ci", parse_grant("prod:read"))
    url, lease_id = sa.lease_dynamic("ci-ro")
    with psycopg.connect(url.reveal()) as conn:
        assert conn.execute("SELECT count(*) FROM widgets").fetchone() == (1,)
    assert sa.end_lease(lease_id)


@pytest.mark.postgres
def test_resolve_with_leases_as_run_uses_it(owner, pg_cluster: PgCluster, clock) -> None:  # type: ignore[no-untyped-def]
    """What `tether run` does with tether://dynamic/NAME: lease before, end after the child."""
    import subprocess
    import sys
    from datetime import UTC, datetime

    from tether.client.lifecycle_api import resolve_with_leases

    clock.t = datetime.now(UTC)
    owner.set_value(ADMIN, pg_cluster.admin_dsn, create_vault=True)
    owner.set_value(parse("tether://dev/app/name"), "widgets-app", create_vault=True)
    owner.define_dynamic(
        "reader", dsn_ref=str(ADMIN), ttl="15m", grant_template="GRANT SELECT ON widgets TO {role}"
    )
    dyn, static = parse("tether://dynamic/reader"), parse("tether://dev/app/name")
    values, leases = resolve_with_leases(owner, [dyn, static, dyn])
    assert len(leases) == 1 and values[static].reveal() == "widgets-app"
    child = (
        "import os, psycopg; c = psycopg.connect(os.environ['DATABASE_URL']); "
        "print(c.execute('SELECT name FROM widgets').fetchone()[0])"
    )
    env = {"DATABASE_URL": values[dyn].reveal(), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", child], env=env, capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == "sprocket"
    for lease_id in leases:
        owner.end_lease(lease_id)
    out = subprocess.run([sys.executable, "-c", child], env=env, capture_output=True, text=True)
    assert out.returncode != 0  # the role is gone after the run
    # a failure while resolving ends the leases already taken
    with pytest.raises(NotFoundError):
        resolve_with_leases(owner, [dyn, parse("tether://dev/nope/x")])
    assert owner.list_leases() == []


def test_third_party_rotator_via_entry_point(owner, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A plugin package registering under `tether.rotators` is found and used by `rotate`."""
    import importlib
    import sys

    pkg = tmp_path / "site"
    (pkg / "acme_rotator").mkdir(parents=True)
    (pkg / "acme_rotator" / "__init__.py").write_text(
        "from tether.values import SecretValue\n"
        "class Acme:\n"
        "    name = 'acme'\n"
        "    def rotate(self, ctx):\n"
        "        return SecretValue('acme-' + str(ctx.config.get('n', 0)))\n"
    )
    dist = pkg / "acme_rotator-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-rotator\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[tether.rotators]\nacme = acme_rotator:Acme\n")
    monkeypatch.syspath_prepend(str(pkg))
    importlib.invalidate_caches()
    ref = parse("tether://dev/acme/key")
    owner.set_value(ref, "old", create_vault=True)
    owner.set_policy(str(ref), rotator="acme", rotator_config={"n": 7})
    owner.rotate(ref)
    assert owner.read(ref).reveal() == "acme-7"
    sys.modules.pop("acme_rotator", None)


@pytest.mark.postgres
def test_new_lease_sweeps_expired_roles(owner, pg_cluster: PgCluster, clock) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    owner.set_value(ADMIN, pg_cluster.admin_dsn, create_vault=True)
    owner.define_dynamic(
        "sweep", dsn_ref=str(ADMIN), ttl="1h", grant_template="GRANT SELECT ON widgets TO {role}"
    )
    clock.t = datetime.now(UTC)
    _, first = owner.lease_dynamic("sweep")
    old_role = owner.list_leases()[0].role
    clock.advance(hours=2)
    _, second = owner.lease_dynamic("sweep", ttl="30m")
    leases = {lease.id: lease for lease in owner.list_leases(all_leases=True)}
    assert leases[first].status == "expired" and leases[first].ended_at
    assert leases[second].status == "active"
    with psycopg.connect(pg_cluster.admin_dsn) as c:
        assert (
            c.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (old_role,)).fetchone() is None
        )
    owner.end_lease(second)
