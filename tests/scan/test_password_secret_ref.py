"""A key that ends in "<password> secret" names the stored secret that holds the password (Helm
values, operators, Airflow's Kubernetes settings): its value is that secret's name."""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine


@pytest.mark.parametrize(
    "line",
    [
        'postgres_password_secret: "postgres-bizbuz"\n',
        "  adminPasswordSecret: redis-qwzrt\n",
        'DB_PASSWD_SECRET = "mysql-creds-vfx"\n',
    ],
)
def test_name_of_the_secret_holding_a_password_is_no_finding(
    engines: dict[str, Engine], line: str
) -> None:
    for engine in engines.values():
        assert engine.scan_bytes(line.encode(), path="values.yaml") == []


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # OAuth 1's token secret and an app's client secret are credentials themselves
        (
            'access_token_secret: "Wq8zL2kX9mR4vT7pYb3NcF5sGh6Jd1Ae"\n',
            "Wq8zL2kX9mR4vT7pYb3NcF5sGh6Jd1Ae",
        ),
        ('postgres_password: "postgres-bizbuz"\n', "postgres-bizbuz"),
    ],
)
def test_credentials_named_secret_are_still_found(
    engines: dict[str, Engine], line: str, value: str
) -> None:
    for engine in engines.values():
        found = engine.scan_bytes(line.encode(), path="values.yaml")
        assert [f.secret.reveal() for f in found] == [value]
