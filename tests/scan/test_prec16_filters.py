"""Held-out round 16 (client SDKs of SaaS providers: Twilio, Stripe, Slack, GitHub, GitLab, Google
APIs, Okta, Square, LaunchDarkly, Sentry, Airtable …): classes of non-secrets in their tests,
recorded responses and generated docs, each with the real-looking values kept beside it. All
values are made up."""

from __future__ import annotations

import base64

import pytest

from tether.scan.rules import load_rules

from .test_filters import kept, verdicts

RULES = {r.id: r for r in load_rules()}


def found(rule_id: str, line: str) -> bool:
    return RULES[rule_id].compiled.search(line) is not None


_PUB = "Zq3mV9xT2bLk8RwPy4Nc6Hd1Gs7Fj0Ae5Ku2Mo9Tix4="  # 32 bytes, made up


# ----------------------------------------------------------- sealed-box public key beside key_id


@pytest.mark.parametrize(
    "line",
    [
        '{"key_id":"4711081512345678901","key":"' + _PUB + '"}',
        '{"key": "' + _PUB + '", "key_id": "4711081512345678901"}',
        '    \'PublicKey(key_id="4711081512", key="' + _PUB + "\")',",
    ],
)
def test_sealed_box_public_key_beside_its_numeric_id(line: str) -> None:
    assert found("generic-key", line) and not kept("generic-key", line, "tests/replay.txt")


@pytest.mark.parametrize(
    "line",
    [
        # no numeric key id (an access key id names a key pair), or not a 32-byte value
        '{"key_id":"kid-7Rq2VxLp","key":"' + _PUB + '"}',
        '{"key":"' + _PUB + '"}',
        '{"key_id":"4711081512345678901","key":"Zq3mV9xT2bLk8RwPy4Nc6Hd1Gs7Fj0Ae5Ku2Mo9Ti4Qx7Lp"}',
    ],
)
def test_other_keys_are_kept(line: str) -> None:
    assert kept("generic-key", line, "app.json")


# -------------------------------------------------------------- HTML-escaped prose (OpenAPI JSDoc)


def test_html_escaped_backticks_in_generated_docs() -> None:
    line = (
        "     * Auto-activation is supported by &#x60;sms&#x60;, &#x60;call&#x60; and "
        "&#x60;token:hotp&#x60; (Custom TOTP) factors."
    )
    assert all(v is not None for v in verdicts("generic-token", line, "src/apis/FactorApi.js"))


def test_value_with_an_entity_and_no_escaped_prose_is_kept() -> None:
    line = 'token: "Rq7vWm2&#39Xp4Lk9Tz"'
    assert kept("generic-token", line, "app.yml") or not found("generic-token", line)


# ------------------------------------------------------- URL host after an empty or elided password


def test_url_host_after_password_equals_is_not_a_value() -> None:
    line = (
        '    ("rediss://user:password=@cache-host-url:6380/0?ssl_cert_reqs=CERT_REQUIRED", '
        '"rediss://user:xxxx@cache-host-url:6380/0?ssl_cert_reqs=CERT_REQUIRED"),'
    )
    assert found("generic-password", line)
    assert all(
        v is not None for v in verdicts("generic-password", line, "lib/testing/test_util.py")
    )


def test_password_equals_a_value_is_kept() -> None:
    assert kept("generic-password", 'dsn = "password=Vq8#tLm2Rz@9"', "settings.py")


# ------------------------------------------------------------------ hyphenated word in a sentence


def test_hyphenated_word_after_password_is_prose() -> None:
    line = '          "Password protection warning is shown if a protected password is re-used.",'
    assert found("generic-prose-password", line)
    assert all(v is not None for v in verdicts("generic-prose-password", line, "disco/v1.json"))


def test_password_is_a_value_with_digits_is_kept() -> None:
    line = "The password is Xk-29-vQ7 for the demo account."
    assert kept("generic-prose-password", line, "notes.txt") or kept(
        "generic-prose-password-bare", line, "notes.txt"
    )


# ------------------------------------------------------------- label name of hyphen-joined words


def test_kebab_label_name_under_key_is_a_name() -> None:
    line = (
        r'"description": "Label keys have a special format. E.g. \"key\": '
        r'\"zorq-k8s-cluster-name\",\"value\": \"us-east1-b4rk\"",'
    )
    assert found("generic-key", line) and not kept("generic-key", line, "discovery.json")


@pytest.mark.parametrize(
    "line",
    [
        '"key": "x7rq-k2vm-p9tz-w4nb"',  # no dictionary words: a license-key shape
        '"api_key": "qz7f-Xr29-kLm4-Tw8v-Np3d"',
    ],
)
def test_hyphen_grouped_keys_are_kept(line: str) -> None:
    assert kept("generic-key", line, "app.json")


# ------------------------------------------------------------------ base64 of English words


def test_base64_of_words_is_a_stand_in() -> None:
    value = base64.b64encode(b"super duper secret").decode()
    line = f"    mac_secret_base64='{value}',"
    assert not kept("generic-secret", line, "pyairtable/models/webhook.py")


def test_base64_of_random_bytes_is_kept() -> None:
    value = base64.b64encode(
        bytes(
            [201, 17, 88, 3, 250, 141, 66, 9, 173, 52, 230, 119, 14, 97, 188, 35, 240, 71, 126, 5]
        )
    ).decode()
    assert kept("generic-secret", f"    mac_secret_base64='{value}',", "app/webhook.py")


# ------------------------------------------------------------- provider tokens with stand-in bodies


@pytest.mark.parametrize(
    ("rule_id", "line"),
    [
        ("launchdarkly-sdk-key", 'SDK_KEY = "sdk-12345678-1234-1234-1234-123456789012"'),
        ("gitlab-pat", "token.set_token('glpat-python-gitlab-token_');"),
    ],
)
def test_provider_token_with_stand_in_body(rule_id: str, line: str) -> None:
    assert found(rule_id, line) and not kept(rule_id, line, "tests/fixtures/setup.rb")


@pytest.mark.parametrize(
    ("rule_id", "line"),
    [
        ("launchdarkly-sdk-key", 'SDK_KEY = "sdk-3f9c2a71-8b4e-4d6a-9c1f-7e2b5a8d0c34"'),
        ("gitlab-pat", "token.set_token('glpat-Xq7vLm2RzTk9Wp4Nc8Hd');"),
    ],
)
def test_provider_token_with_random_body_is_kept(rule_id: str, line: str) -> None:
    assert kept(rule_id, line, "tests/fixtures/setup.rb")


# ------------------------------------------------- placeholder login, base64, under a token scheme


def test_token_scheme_with_base64_of_a_placeholder_login() -> None:
    value = base64.b64encode(b"fake_user:fake_password").decode()
    line = f"{{'Authorization': 'token {value}', 'User-Agent': 'Client/Python'}}"
    assert found("generic-authorization-header", line)
    assert not kept("generic-authorization-header", line, "tests/ReplayData/auth.txt")


def test_token_scheme_with_base64_of_a_real_looking_login_is_kept() -> None:
    value = base64.b64encode(b"deploy-bot:Vq8tLm2Rz9Xk4Wp").decode()
    line = f"{{'Authorization': 'token {value}', 'User-Agent': 'Client/Python'}}"
    assert kept("generic-authorization-header", line, "tests/ReplayData/auth.txt")


def test_counting_uuid_outside_tests_and_docs_is_left_to_the_rule() -> None:
    line = 'SDK_KEY = "sdk-12345678-1234-1234-1234-123456789012"'
    assert kept("launchdarkly-sdk-key", line, "config/settings.py")


def test_base64_of_a_passphrase_without_a_stand_in_word_is_kept() -> None:
    value = base64.b64encode(b"purple monkey dishwasher lamp").decode()
    assert kept("generic-secret", f"    mac_secret_base64='{value}',", "app/webhook.py")
