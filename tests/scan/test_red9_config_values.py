"""Red-team round 9, second pass (variants of the dotfile set): .pgpass entries with libpq's
``\\:``-escaped fields, Erlang distribution cookies (``RABBITMQ_ERLANG_COOKIE``, ``RELEASE_COOKIE``,
``-setcookie``, ``.erlang.cookie``) and name/value entries named ``*_pass`` or ``authKey`` (Postman
environments and Hawk auth)."""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import found_by_both as found

PASSWORD = "Hollow62!fzq"
COOKIE = "ZPLQWMRTXKVBNHDCYGFJ"
KEY = "Tz4WbNc8PaYd3FxQ9vLm2Jh6Gs1UeRk7Mq5Dn8Ax"


@pytest.mark.parametrize(
    ("text", "path", "rule", "value"),
    [
        (
            f"db\\:primary.acme.dev:5432:app:app_rw:{PASSWORD}\n",
            "home/jdoe/.pgpass",
            "pgpass-password",
            PASSWORD,
        ),
        (
            f"localhost:5432:app:ops\\\\admin:{PASSWORD}\n",
            "home/jdoe/.pgpass",
            "pgpass-password",
            PASSWORD,
        ),
        (
            f"services:\n  rabbitmq:\n    environment:\n      RABBITMQ_ERLANG_COOKIE: {COOKIE}\n",
            "docker-compose.yml",
            "erlang-cookie",
            COOKIE,
        ),
        (f"export RELEASE_COOKIE={KEY}\n", "rel/env.sh.eex", "erlang-cookie", KEY),
        (f"-name api@127.0.0.1\n-setcookie {COOKIE}\n", "rel/vm.args", "erlang-cookie", COOKIE),
        (f"{COOKIE}\n", "var/lib/rabbitmq/.erlang.cookie", "erlang-cookie-file", COOKIE),
        (
            f'{{"key": "smtp_pass", "value": "{PASSWORD}", "type": "secret", "enabled": true}}\n',
            "Prod.postman_environment.json",
            "generic-env-name-value",
            PASSWORD,
        ),
        (
            f'"hawk": [{{"key": "authKey", "value": "{KEY}", "type": "string"}}, '
            '{"key": "authId", "value": "svc-reporting", "type": "string"}]\n',
            "Acme.postman_collection.json",
            "generic-env-name-value",
            KEY,
        ),
    ],
)
def test_reported(engines: dict[str, Engine], text: str, path: str, rule: str, value: str) -> None:
    assert (rule, value) in found(engines, text, path)


@pytest.mark.parametrize(
    ("text", "path"),
    [
        # a policy ARN is no .pgpass entry, escaped or not
        ('"Resource": "arn:aws:rds:*:*:db\\:prod:cluster"\n', "policy.json"),
        # Erlang cookie references and documentation words
        ("      RABBITMQ_ERLANG_COOKIE: ${RABBITMQ_ERLANG_COOKIE}\n", "docker-compose.yml"),
        ("export RELEASE_COOKIE=my_secret_cookie\n", "README.md"),
        ("erl -sname node1 -setcookie <cookie>\n", "docs/cluster.md"),
        ("erl -sname node1 -setcookie mycookie\n", "docs/cluster.md"),
        ("AAAAAAAAAAAAAAAAAAAA\n", "var/lib/rabbitmq/.erlang.cookie"),
        # names that hold "pass" without being a password
        ('{"key": "bypass", "value": "Wn4Kq8ZrT2mL9xVb7Hc3"}\n', "Prod.postman_environment.json"),
        ('{"key": "compass_heading", "value": "Wn4Kq8ZrT2mL9xVb7Hc3"}\n', "env.json"),
        (
            '{"key": "db_pass", "value": "{{DB_PASS}}", "type": "secret"}\n',
            "Prod.postman_environment.json",
        ),
    ],
)
def test_not_reported(engines: dict[str, Engine], text: str, path: str) -> None:
    assert found(engines, text, path) == []
