"""A key that ends in "<password> secret" with a Kubernetes-style object name as its value names the
stored secret that holds the password (Helm values, operators); a generated value under such a key
(Graylog's password_secret, the pepper of its password hashes) is the secret itself."""

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
        # Graylog's password_secret is the generated pepper of its password hashes
        ("password_secret = qzwvlkrtmnbxcyhgfdsapoiuzt7!\n", "qzwvlkrtmnbxcyhgfdsapoiuzt7!"),
        (
            "      - GRAYLOG_PASSWORD_SECRET=Xk29vLq7Tm4Rz8Wp2Yb6Nc3Hs5Jd0Gf1Qe7Ua9\n",
            "Xk29vLq7Tm4Rz8Wp2Yb6Nc3Hs5Jd0Gf1Qe7Ua9",
        ),
    ],
)
def test_credentials_named_secret_are_still_found(
    engines: dict[str, Engine], line: str, value: str
) -> None:
    for engine in engines.values():
        found = engine.scan_bytes(line.encode(), path="values.yaml")
        assert [f.secret.reveal() for f in found] == [value]
