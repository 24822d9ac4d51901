"""Held-out round 13 (integration hubs and data-pipeline code: Airflow and its providers, Dagster,
Prefect, dlt, Meltano, Great Expectations, dbt, SQLAlchemy dialects, Home Assistant, Apprise, n8n and
Node-RED nodes): classes of non-secrets found there, each with the real-looking values kept beside
it. All values are made up."""

from __future__ import annotations

import pytest

from tether.scan.rules import load_rules

from .test_filters import kept

RULES = {r.id: r for r in load_rules()}


def found(rule_id: str, line: str) -> bool:
    return RULES[rule_id].compiled.search(line) is not None


# ----------------------------------------------------------------- type name + digest (Dagster)


@pytest.mark.parametrize(
    "line",
    [
        '    "type_key": "Shape.4be1c0a7d2f39e6b58a1c0d7e2f4b6a8c9d0e1f2",',
        '  "key": "Selector.9a8b7c6d5e4f30211f2e3d4c5b6a79881726354a",',
        '  "key": "ScalarUnion.String-Selector.895747542690d408428ed48b7fdbda3b8e4ee596",',
        '  "loader_schema_key": "Array.Shape.77aa66bb55cc44dd33ee22ff1100aa99bb88cc77",',
        '  "root_config_key": "Permissive.5b8be88c4f776b42dec0d174fe85d8b6b47f611b"',
    ],
)
def test_type_name_with_definition_digest_is_an_identifier(line: str) -> None:
    assert found("generic-key", line) and not kept("generic-key", line, "snap.json")


@pytest.mark.parametrize(
    "line",
    [
        # a random key after a dot, a credential word in the prefix, or no type name at all
        '  "key": "Token.4be1c0a7d2f39e6b58a1c0d7e2f4b6a8c9d0e1f2",',
        '  "api_key": "4be1c0a7d2f39e6b58a1c0d7e2f4b6a8c9d0e1f2",',
        '  "api_key": "Shape.Q7v2Lk9XmW3zR8tY5nB1cD4fG6hJ0kPz",',
    ],
)
def test_digest_like_keys_without_a_type_name_are_kept(line: str) -> None:
    assert kept("generic-key", line, "app.json")


# ----------------------------------------------------------------- name + Unix timestamp


def test_run_key_with_unix_timestamp_is_not_a_secret() -> None:
    line = "    'dagster/run_key': 'hourly_load:1652389174.5518203',"
    assert found("generic-key", line) and not kept("generic-key", line, "pg_dump.txt")
    line = '  "run_key": "bx_backfill_7:1610388763.2417717"'
    assert not kept("generic-key", line, "dump.json")


def test_random_value_with_colon_is_kept() -> None:
    assert kept("generic-key", '  "api_key": "kR8vT2mQ:9xLp4WzN7bYc",', "app.json")
    # a password is not judged by this shape
    assert kept("generic-password", 'password = "sunrise:1634567890"', "app.py")


# ----------------------------------------------------------------- key-agreement / KDF names


@pytest.mark.parametrize(
    "line",
    [
        'KEY_AGREEMENT = "curve25519-hkdf-sha256"',
        '    "key_agreement_protocols": ["x25519-hkdf-sha256"],',
        'DERIVE_KEY = "ecdh-p256-hkdf-sha384"',
    ],
)
def test_key_agreement_algorithm_names(line: str) -> None:
    assert found("generic-key", line) and not kept("generic-key", line, "e2ee.py")


def test_generated_key_with_dashes_is_kept() -> None:
    assert kept("generic-key", 'SIGNING_KEY = "hkdf-9Xq2Lm7vR4tW8zPn"', "app.py")


# ----------------------------------------------------------------- URL template user-info


@pytest.mark.parametrize(
    "line",
    [
        "| Chatly | chatly:// | chatly://password:login/#crew:alpha1/bravo2/#crew3:delta |",
        "sipcall://password:email/FromNo/ToNo1/ToNo2/ToNoN/",
    ],
)
def test_url_template_user_info_names_its_parts(line: str) -> None:
    assert found("generic-password", line)
    assert not kept("generic-password", line, "README.md")


def test_password_assignment_after_url_is_kept() -> None:
    # the name is the user, the value the password of the user-info: it ends at the "@"
    line = "curl http://api_key:Xq7vL2mZ9tRk4WpN8sYcQ3@dbhost:6600/v1/items"
    assert kept("generic-url-credentials", line, "README.md")
    # read from the name, the value would run on into the host: the URL rule reports it alone
    assert not kept("generic-key", line, "README.md")
    assert kept("generic-password", 'url = "x://h"; password: "Tq8#vL2mZr9K"', "conf.yaml")


# ----------------------------------------------------------------- a secret's tag


def test_secrets_tag_names_a_label() -> None:
    assert not kept("generic-secret", '    secrets_tag="etlbox",', "resources.py")
    assert not kept("generic-secret", "  secrets_tag: etlbox", "config.yaml")
    assert kept("generic-secret", '    client_secret="Wq7#Lm2vR9tZ8xKp",', "resources.py")


# ----------------------------------------------------------------- asdf filler


def test_asdf_filler_is_a_placeholder() -> None:
    assert not kept("generic-secret", '  "qwer_secret": "asdf_value",', "tests/test_s.py")
    assert not kept("generic-secret", 'SECRET = "asdf-7fq2"', "app.py")
    assert kept("generic-password", "password = '`987ZXCVasdf'", "app.py")
    assert kept("generic-secret", 'SECRET = "Hv7q2LmZ9xRt"', "app.py")


# ----------------------------------------------------------------- values that name themselves


@pytest.mark.parametrize(
    ("rule", "line"),
    [
        ("generic-key", 'apikey = "mykey123"'),
        ("generic-token", '    assert parsed["token"] == "mywebhookkey"'),
        ("generic-token", '    {"access_token": "newT0k3n", "expires_in": 600}'),
        ("generic-password", 'password = "shortpw"'),
    ],
)
def test_self_named_values_in_tests(rule: str, line: str) -> None:
    assert not kept(rule, line, "tests/test_plugin.py")


def test_self_named_values_outside_tests_and_random_values_in_tests_are_kept() -> None:
    assert kept("generic-key", 'apikey = "mykey123"', "src/app/settings.py")
    assert kept("generic-key", 'apikey = "Xk7q2LmZ9vRt"', "tests/test_plugin.py")
    assert kept("generic-token", 'TOKEN = "k4m2q8t6v1x9"', "tests/test_plugin.py")


# ----------------------------------------------------------------- query value run past '&'


def test_query_value_ending_at_ampersand() -> None:
    line = '    "json://localhost?+X-Token=abc&-p1=v&:key=val"'
    assert found("generic-token", line) and not kept("generic-token", line, "tests/test_f.py")
    # the part before '&' is a real-looking key: kept
    line = "#   apiKey=3f9c2b7e-1a4d-4e8f-9b6c-5d2e7f1a0c3b&recipients=jdoe"
    assert kept("generic-key", line, "plugins/notify.py")


# ----------------------------------------------------------------- translations with \u escapes


@pytest.mark.parametrize(
    "line",
    [
        '    "username": "Nombre de usuario / direcci\\u00f3n de correo"',
        '    "username": "Nome de utilizador / Endere\\u00e7o de e-mail"',
    ],
)
def test_json_escaped_translation_is_prose(line: str) -> None:
    rule = "generic-prose-user-slash-password"
    assert found(rule, line) and not kept(rule, line, "translations/es.json")


def test_user_slash_password_with_digits_is_kept() -> None:
    rule = "generic-prose-user-slash-password"
    assert kept(rule, "login: deploy / Xq7#2vLm9RtZ", "notes.txt")


# ----------------------------------------------------------------- Title Case titles


def test_title_case_password_is_word() -> None:
    line = "        d: 'Check Password Is Strong',"
    assert found("generic-prose-password", line)
    assert not kept("generic-prose-password", line, "dist/nodes/Tools.js")
    assert kept("generic-prose-password", "The admin password is Vq8#zL2kX9mW", "notes.txt")


# ----------------------------------------------------------------- connection URIs in docs/tests


@pytest.mark.parametrize(
    "line",
    [
        "'snowflake://testuser1:0123456@abc123/testdb/public?warehouse=testwh'",
        '    == "snowflake://admin:pa%3Fss@testaccount/"',
        '    == "snowflake://admin:%5Bmypass@testaccount/"',
        '    "postgresql://user:p%40ss@host:5433/db"',
        '    "mysql://user%40domain:pass%2Fword%21@host/schema"',
    ],
)
def test_uri_stand_in_passwords_in_docs_and_tests(line: str) -> None:
    rule = next(r for r in ("snowflake", "postgres", "mysql") if r in line) + "-connection-uri"
    assert found(rule, line)
    assert not kept(rule, line, "tests/test_unit_url.py")


def test_uri_passwords_kept() -> None:
    # a random-looking password in a test, and a sequence outside tests and docs
    assert kept(
        "snowflake-connection-uri",
        '    == "snowflake://admin:kq%40%25%20zz7%2Fw@testaccount/"',
        "tests/test_unit_url.py",
    )
    assert kept(
        "snowflake-connection-uri",
        "url = 'snowflake://svc:0123456@acct/db'",
        "src/app/settings.py",
    )
    assert kept(
        "postgres-connection-uri",
        'DSN = "postgresql://etl:Rq7vLm2Z9xKt@db:5432/warehouse"',
        "tests/test_db.py",
    )


def test_pkg_info_is_documentation() -> None:
    line = "'snowflake://testuser1:0123456@abc123/testdb/public?warehouse=testwh'"
    assert not kept("snowflake-connection-uri", line, "pkg-1.0/PKG-INFO")


# ----------------------------------------------------------------- provider rules


def test_pagerduty_snake_case_identifier_is_allowed() -> None:
    line = '"encryption_config": {"gce_pd_kms_key_name": "project_default_keys"},'
    assert not kept("pagerduty-api-key", line)
    assert kept("pagerduty-api-key", 'pagerduty_token: "u+Q7vR2kLm9xZt4wNp8s"')


def test_snowflake_password_self_named_placeholder() -> None:
    assert not kept("snowflake-password", "SNOWFLAKE_TEST_PASSWORD=my_password", "test.env.example")
    assert kept("snowflake-password", "SNOWFLAKE_TEST_PASSWORD=Rq7vLm2Z9xKt", "test.env.example")


# ----------------------------------------------------------------- second pass


def test_url_credentials_stand_ins_in_tests() -> None:
    rule = "generic-url-credentials"
    assert not kept(rule, '    == "snowflake://admin:mypass%5D@testaccount/"', "tests/test_url.py")
    assert not kept(
        rule, '    url8 = "ringc://15559990000:shortpw@client_id/secret"', "tests/test_r.py"
    )
    assert kept(rule, '    url = "smtps://mailer:Vq8zL2kX9mWt@mail.internal/"', "tests/test_r.py")
    assert kept(rule, '    url = "smtps://mailer:mypass%5D@mail.internal/"', "src/app/mail.py")


def test_camel_case_code_name_in_backticks() -> None:
    rule = "generic-prose-password-bare"
    line = "// Only offered by nodes that pass `includeOAuth2Flow` (not Wait)."
    assert found(rule, line) and not kept(rule, line, "dist/nodes/Webhook/description.js")


def test_pascal_case_field_name_under_bare_key() -> None:
    assert not kept("generic-key", '                key="SecondaryIPv6Dns",', "sensor.py")
    assert not kept("generic-key", '    key="PrimaryMacAddress2",', "sensor.py")
    # a qualified key name, or a value that does not split into words: judged as before
    assert kept("generic-key", '    api_key="SecondaryIPv6Dns",', "sensor.py")
    assert kept("generic-key", '    key="Xk7qLmZvRtWp9sQ2",', "sensor.py")


def test_url_escaped_whitespace_only() -> None:
    assert not kept("generic-password", '    passwd = "%20%2520"', "tests/test_email.py")
    assert kept("generic-password", '    passwd = "%41b9%2FxQ7%3Dz"', "tests/test_email.py")


def test_foo_bar_metasyntactic_pair() -> None:
    assert not kept(
        "generic-password", '        "password": "foo$x$9$bar",', "tests/test_settings.py"
    )
    assert kept("generic-password", '        "password": "fooq7$Lx9$Wz",', "tests/test_settings.py")
