"""Shapes from the second red-team round (realistic files from builders and non-developers) that
tether missed or misjudged; each test fails on the tree before its fix."""

from __future__ import annotations

from tether.scan.engine import Engine

from .conftest import found_by_both


def test_every_line_of_a_pgpass_file(engines: dict[str, Engine]) -> None:
    # the newline that ends one entry is also the start of the next: every entry is read, not
    # every other one
    text = (
        "# hostname:port:database:username:password\n"
        "localhost:5432:*:postgres:postgres\n"
        "analytics.internal:5432:analytics:analyst:Cobalt_copper72\n"
        "10.0.3.12:5432:*:replicator:Hq7vN2kLp9Zr2x\n"
    )
    got = found_by_both(engines, text, "home/.pgpass")
    assert got == [("pgpass-password", "Cobalt_copper72"), ("pgpass-password", "Hq7vN2kLp9Zr2x")]


def test_passwd_records_are_not_pgpass_entries(engines: dict[str, Engine]) -> None:
    text = (
        "root:*:0:0:root:/root:/bin/bash\n"
        "nobody:*:65534:65534:Unprivileged:/nonexistent:/usr/sbin/nologin\n"
        "postgres:*:5432:5432:PostgreSQL administrator:/var/lib/postgresql:/bin/sh\n"
    )
    assert found_by_both(engines, text, "etc/passwd") == []


def test_a_policy_arn_is_not_a_pgpass_entry(engines: dict[str, Engine]) -> None:
    text = '{\n     "Resource":"arn:aws:secretsmanager:*:*:secret:aws/ssm/3p/*",\n}\n'
    assert found_by_both(engines, text, "iam/policies.py") == []
