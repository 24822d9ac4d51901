"""Precision fixes from a fourth held-out set (PyPI sdists of data and AI tooling, npm SDKs,
Debian server packages): classes of false findings, each beside a value the same rule must
still report.

Every generated-looking value here is made up for the test.
"""

from __future__ import annotations

import pytest

from tether.scan.heuristics import is_placeholder

from .test_filters import kept

reported = kept  # a candidate of the rule on the line passes the filters


# ------------------------------------------------------------------ BPE vocabulary lines


@pytest.mark.parametrize("line", ["IOC0pw== 100309", "PW1heA== 102952", "IG1pw7A= 102442"])
def test_bpe_vocabulary_line_is_not_reported(line: str) -> None:
    # tiktoken's cache files ship in llama-index-core: a base64 token and its rank per line
    assert not reported("generic-password", line, "core/_static/tiktoken_cache/fb374d41")


def test_a_numeric_password_assignment_is_still_reported() -> None:
    assert reported("generic-password", "pw= 83920417", "deploy/app.env")
    assert reported("generic-password", "  password: 83920417", "deploy/app.yaml")


# ------------------------------------------------------------------ code in the value's place


@pytest.mark.parametrize(
    "line",
    [
        'return t&&("input"===t&&("text"===e.type||"password"===e.type)||"textarea"===t)',
        'g="pass-fail"===o.dtype||"boolean"===o.dtype;return(0,R.FD)("div",{})',
        "return Kn(n),new yI(n)}function pw(e){var n,o,a;for(n=Dg(1+e.c.i);;)",
    ],
)
def test_code_in_the_value_place_is_not_reported(line: str) -> None:
    assert not reported("generic-password", line, "build/static/js/main.00d66947.js")


def test_a_password_in_minified_code_is_still_reported() -> None:
    line = 'var n={user:"svc",password:"Hq3zK8mL2xW9"};function pw(e){return e}'
    assert reported("generic-password", line, "build/static/js/main.00d66947.js")


# ------------------------------------------------------------------ leetspeak with 2 for a


@pytest.mark.parametrize("value", ["P2$Sword", "P2$$word", "P2$Sword2"])
def test_password_spelled_with_2_for_a_is_a_placeholder(value: str) -> None:
    assert is_placeholder(value)
    assert not reported("generic-password", f'password = "{value}"', "tests/test_auth.py")


def test_a_password_with_digit_2_is_still_reported() -> None:
    assert is_placeholder("Pz2$Kq8wLm") is None
    assert reported("generic-password", 'password = "Pz2$Kq8wLm"', "tests/test_auth.py")


# ------------------------------------------------------------------ reserved .invalid hosts


@pytest.mark.parametrize(
    "line",
    [
        '"server_url": "https://user:synthetic-url@fixture.invalid/mcp/path?team=fixture",',
        'dsn = "postgresql://app:Hq3zK8mL2xW9@db.example/app"',
    ],
)
def test_credentials_of_a_reserved_tld_host_are_not_reported(line: str) -> None:
    rule = "url-basic-auth" if line.startswith('"server') else "postgres-connection-uri"
    assert not reported(rule, line, "tests/test_runner.py")


def test_credentials_of_a_real_host_are_still_reported() -> None:
    line = '"server_url": "https://user:Hq3zK8mL2xW9@fixture.invalid.io/mcp/path",'
    assert reported("url-basic-auth", line, "tests/test_runner.py")
    assert reported(
        "postgres-connection-uri", 'dsn = "postgresql://app:Hq3zK8mL2xW9@db.examples.net/app"'
    )


# ------------------------------------------------------------------ snowflake-password


@pytest.mark.parametrize(
    "line",
    [
        '    snowflake_password: Optional[SecretStr] = Field(default=None, alias="password")',
        '    values["snowflake_password"] = convert_to_secret_str(',
        '        get_from_dict_or_env(values, "snowflake_password", "SNOWFLAKE_PASSWORD")',
        '    SNOWFLAKE_PASSWORD="YOUR_SNOWFLAKE_PASSWORD",',
    ],
)
def test_snowflake_password_code_is_not_reported(line: str) -> None:
    assert not reported("snowflake-password", line, "chat_models/snowflake.py")


def test_a_snowflake_password_is_still_reported() -> None:
    assert reported("snowflake-password", 'snowflake_password = "Q7V_K2M9_XP4T"')
    assert reported("snowflake-password", "SNOWFLAKE_PASSWORD=j1l3X9hWJ4Ihy8!kBq")


# ------------------------------------------------------------------ a vendor prefix with a stub body


@pytest.mark.parametrize(
    ("rule_id", "line"),
    [
        ("generic-token", 'credentials={"access_token": "sk-ant-oat01-x", "expires_at": 1},'),
        ("generic-token", 'return_value={"access_token": "sk-ant-oat01-file", "expires_in": 600}'),
        ("generic-authorization-header", 'assert h["Authorization"] == "Bearer sk-ant-oat01-file"'),
        ("generic-authorization-header", 'assert v == "Bearer k8s-aws-v1.token-1"'),
    ],
)
def test_a_prefix_with_a_stub_body_is_not_reported(rule_id: str, line: str) -> None:
    assert not reported(rule_id, line, "tests/lib/test_credentials.py")


@pytest.mark.parametrize(
    ("rule_id", "line"),
    [
        ("generic-token", 'credentials={"access_token": "sk-ant-oat01-Q8mZ3vK7pLx2Wn4Rt9"}'),
        ("generic-token", 'credentials={"access_token": "A7B2-C9D4-E1F6"}'),
        (
            "generic-authorization-header",
            'h["Authorization"] = "Bearer k8s-aws-v1.aHR0cHM6Ly9zdHM"',
        ),
    ],
)
def test_a_prefix_with_a_generated_body_is_still_reported(rule_id: str, line: str) -> None:
    assert reported(rule_id, line, "tests/lib/test_credentials.py")


# ------------------------------------------------------------------ the user or key name in leetspeak


@pytest.mark.parametrize(
    "line",
    [
        'Users=[{"Username": "admin", "Password": "adm1n"}],',
        'client.create_user(BrokerId=broker_id, Username="user1", Password="us3r1")',
    ],
)
def test_the_user_name_in_leetspeak_is_not_reported(line: str) -> None:
    assert not reported("generic-password", line, "tests/test_mq/test_mq.py")


def test_a_password_unlike_the_user_name_is_still_reported() -> None:
    line = 'Users=[{"Username": "admin", "Password": "Hq3zK8mL2xW9"}],'
    assert reported("generic-password", line, "tests/test_mq/test_mq.py")


def test_the_key_name_in_leetspeak_is_not_reported() -> None:
    line = '    ApiKeySelectionExpression="s3l3ction",'
    assert not reported("generic-key", line, "tests/test_apigatewayv2.py")
    assert reported("generic-key", '    ApiKey="s3Lq8ZkX2mW9vT4p"', "tests/test_apigatewayv2.py")


# ------------------------------------------------------------------ ACME challenge tokens


@pytest.mark.parametrize(
    ("rule_id", "line"),
    [
        ("generic-token", 'chall=challenges.HTTP01(token=b"m8TdO1qik4JVFtgPPurJmg"),'),
        ("generic-token", 'DNS01 = challenges.DNS01(token=b"17817c66b60ce2e4012dfad92657527a")'),
        ("generic-key", "key_authorization='foo.oKGqedy-b-acd5eoybm2f-NVFxvyOoET5CNy3xnv8WY')"),
    ],
)
def test_acme_challenge_token_is_not_reported(rule_id: str, line: str) -> None:
    assert not reported(rule_id, line, "tests/plugins/nginx/http_01_test.py")


def test_a_token_beside_an_acme_call_is_still_reported() -> None:
    line = 'client = Client(token=b"m8TdO1qik4JVFtgPPurJmgZx"); HTTP01(path="/x")'
    assert reported("generic-token", line, "tests/plugins/nginx/http_01_test.py")


# ------------------------------------------------------------------ base64 of user:placeholder


def test_base64_of_a_pair_with_a_placeholder_password_is_not_reported() -> None:
    # base64("AWS:123456789012-auth-token"), moto's ECR authorization token
    line = '"authorizationToken": "QVdTOjEyMzQ1Njc4OTAxMi1hdXRoLXRva2Vu",'
    assert not reported("generic-token", line, "tests/test_ecr/test_ecr.py")


def test_base64_of_a_pair_with_a_real_looking_password_is_still_reported() -> None:
    # base64("AWS:Hq3zK8mL2xW9vT4pQz"), made up for the test
    line = '"authorizationToken": "QVdTOkhxM3pLOG1MMnhXOXZUNHBReg==",'
    assert reported("generic-token", line, "tests/test_ecr/test_ecr.py")
