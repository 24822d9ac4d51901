"""Precision fixes from a fourteenth held-out set (authentication libraries, HTTP mocking and
recorded-traffic fixtures: oauthlib, pyotp, passlib, httpx-auth, social-auth, django-allauth,
moto, nock, pyjwt, passport-* …): classes of false findings, each beside a value the same rule
must still report.

Every generated-looking value here is made up for the test; published example values are taken
from the filters' own tables, not written out.
"""

from __future__ import annotations

import base64

import pytest

from tether.scan.authfixtures import (
    SPEC_EXAMPLE_VALUES,
    is_alphabet_steps,
    published_variant,
)
from tether.scan.filters import PUBLIC_VALUES

from .test_filters import kept

reported = kept

RFC6749_TOKEN = next(v for v in PUBLIC_VALUES if v.startswith("2Yotn"))
TOTP_SAMPLE = next(v for v in PUBLIC_VALUES if v.startswith("JBSWY3"))


# ------------------------------------------------------- published example values, changed


def test_published_value_with_last_character_changed() -> None:
    variant = RFC6749_TOKEN[:-1] + ("B" if RFC6749_TOKEN[-1] != "B" else "C")
    assert published_variant(variant)
    assert not reported("generic-token", f'"access_token": "{variant}",', "tests/test_client.py")
    assert not reported(
        "generic-authorization-header", f'"Authorization": "Bearer {variant}",', "tests/t.py"
    )


def test_published_value_extended() -> None:
    doubled = TOTP_SAMPLE + TOTP_SAMPLE[:8]
    assert published_variant(doubled)
    assert published_variant(TOTP_SAMPLE + "&period=0")
    assert not reported("generic-otp-seed", f'totp = pyotp.TOTP("{doubled}")', "README.rst")
    assert not reported("generic-secret", f'"secret={TOTP_SAMPLE}&period=0")', "tests/test_t.py")


@pytest.mark.parametrize("value", sorted(SPEC_EXAMPLE_VALUES))
def test_rfc5849_example_credentials(value: str) -> None:
    assert not reported("generic-key", f'oauth_consumer_key="{value}",', "oauth1/params.py")
    assert not reported("generic-token", f'oauth_token="{value}",', "oauth1/params.py")


@pytest.mark.parametrize(
    "value",
    [
        "Q7vLm2XkR9pT4wZs8NbC",  # no published prefix
        "k2Rf8QwZ7mXv3LpN9tYb4H",
    ],
)
def test_generated_values_are_no_published_variant(value: str) -> None:
    assert not published_variant(value)
    assert reported("generic-token", f'"access_token": "{value}",', "tests/test_client.py")


def test_two_changes_are_not_a_variant() -> None:
    assert not published_variant(RFC6749_TOKEN[:-2] + "Zq")


def test_a_change_inside_is_not_a_variant() -> None:
    # other scanners' examples change a published key's first character to make a "real" one
    assert not published_variant("Q" + RFC6749_TOKEN[1:])


# ------------------------------------------------------------------- empty query parameter


def test_empty_parameter_runs_into_the_next() -> None:
    line = 'data=f"access_token=&state=9f3a7c2e81d44b6a0c5e7f1d2b3a4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d",'
    assert not reported("generic-token", line, "tests/test_implicit.py")


def test_value_starting_with_ampersand_still_reported() -> None:
    # a generated key may start with "&" (Django's alphabet has it); only "&name=" is a parameter
    assert reported("generic-secret", "SECRET=&k9!vQ2m$Lp7#zR4x^Tb8", ".env")


def test_value_starting_with_an_ampersand_and_a_name_is_reported_outside_a_query() -> None:
    # a .env file's own NAME=: "&wbv4g=" at the start of a generated Django key is no parameter
    # (a random 50-character key starts so about once in 1,500)
    value = "&wbv4g=eu!)59^h-m7r18+5on0dr@@#iz458+nfxkmliq924^5"
    assert reported("django-secret-key-env", f"SECRET_KEY={value}", "code/app/.env.production")


def test_filled_parameter_still_reported() -> None:
    # a form body's first parameter: generic-query-credential reports it, its value up to the "&"
    line = 'data=f"access_token=Xk9mQ2vL7pR4tW8zN3bC6hJ1&state=abc",'
    assert reported("generic-query-credential", line, "tests/test_implicit.py")
    assert not reported("generic-token", line, "tests/test_implicit.py")


# -------------------------------------------------------------- JWT signed with words


def _jwt(payload: dict[str, object], sig: str) -> str:
    enc = lambda d: base64.urlsafe_b64encode(str(d).replace("'", '"').encode()).rstrip(b"=")  # noqa: E731
    return f"{enc({'alg': 'RS256'}).decode()}.{enc(payload).decode()}.{sig}"


@pytest.mark.parametrize("sig", ["not-a-real-signature", "invalid_signature", "fakesig"])
def test_jwt_with_a_signature_of_words(sig: str) -> None:
    token = _jwt({"sub": "u81", "iss": "https://idp.corp.test"}, sig)
    assert not reported("jwt", f'bogus = "{token}"', "tests/test_introspect.py")


def test_jwt_with_a_real_looking_signature_still_reported() -> None:
    token = _jwt(
        {"sub": "u81", "iss": "https://idp.corp.test"},
        "Xq9vT2kLm8RzP4wN7bYc1HdF6jS3aG5e0uQiOoVtKxE",
    )
    assert reported("jwt", f'token = "{token}"', "tests/test_introspect.py")


# ---------------------------------------------------------------- counting byte sequences


def test_jwk_symmetric_key_of_counting_bytes() -> None:
    k = base64.urlsafe_b64encode(bytes(range(48))).decode().rstrip("=")
    line = f"{{ 'kid': 'sym', 'kty': 'oct', 'k': '{k}'}},"
    assert not reported("jwk-symmetric-key", line, "README.md")


# --------------------------------------------------------------------- identifiers, regexes


def test_arn_is_an_identifier() -> None:
    assert not reported(
        "generic-key", '"KmsKey": "arn:aws:kms:us-east-1:111122223333:key/abc-1",', "t.py"
    )
    assert not reported("generic-key", '"KmsKey": "aws:arn:kms:99:us-east-1:key/n-1",', "t.py")


def test_regex_in_the_value_place() -> None:
    line = ".filteringPath(/password=[^&]*/g, 'password=XXX')"
    assert not reported("generic-password", line, "README.md")
    assert reported("generic-password", 'password = "Tq8#zLm2!vR"', "settings.py")
    from tether.scan.authfixtures import _REGEX_CLASS_RE

    assert _REGEX_CLASS_RE.match("[Tq8#zLm2!vR") is None  # a bracket, no class and quantifier


# --------------------------------------------------------- settings about a credential


@pytest.mark.parametrize(
    "line",
    [
        '@override_settings(OAUTH2_PROVIDER={"CLIENT_SECRET_HASHER": "fast_pbkdf2"})',
        '@pytest.mark.settings(password_check_breached="strict")',
        'PASSWORD_COMPLEXITY = "medium"',
    ],
)
def test_settings_about_a_credential(line: str) -> None:
    rule = "generic-secret" if "SECRET" in line else "generic-password"
    assert not reported(rule, line, "tests/test_models.py")


def test_credential_setting_itself_still_reported() -> None:
    assert reported("generic-password", 'DB_PASSWORD = "Tq8zLm2vRk4x"', "settings.py")
    assert reported("generic-secret", 'CLIENT_SECRET = "Tq8zLm2vRk4xW7pN"', "settings.py")


# ----------------------------------------------------------------------- message text


def test_message_settings_and_gettext_entries() -> None:
    assert not reported(
        "generic-prose-password-bare",
        'app.config["SECURITY_MSG_INVALID_PASSWORD"] = ("Password no-worky", "error")',
        "docs/customizing.rst",
    )
    assert not reported("generic-prose-password-bare", 'msgid "Password no-worky"', "docs/x.rst")


# --------------------------------------------------------- digest under a bare key


def test_sha512_hex_under_a_bare_key() -> None:
    digest = ("9f3a7c2e81d44b6a" * 8)[:-1] + "e"
    assert len(digest) == 128
    assert not reported("generic-key", f'        key="{digest}",', "tests/test_cache.py")


def test_hex_key_material_still_reported() -> None:
    key64 = "3c9f1a7e2b8d4c6a0f5e1d7b9a3c2e8f4d6b0a1c7e9f3b5d2a4c6e8f0b1d3a5c"
    assert reported("generic-key", f'        key="{key64}",', "tests/test_cache.py")
    digest = "3c9f1a7e2b8d4c6a0f5e1d7b9a3c2e8f4d6b0a1c7e9f3b5d2a4c6e8f0b1d3a5c" * 2
    assert reported("generic-key", f'        api_key="{digest}",', "tests/test_cache.py")
    # outside tests, a 512-bit hex key under a bare `key` is key material
    digest = ("9f3a7c2e81d44b6a" * 8)[:-1] + "e"
    assert reported("generic-key", f'  key: "{digest}"', "config/signing.yaml")


# ------------------------------------------------------------------- alphabet filler


@pytest.mark.parametrize(
    "value", ["ABCDEFGHABCDEFGHABCDEFGH", "ACDEFGHJKL234567", "bcdefghijklmnopq"]
)
def test_alphabet_steps(value: str) -> None:
    assert is_alphabet_steps(value)


@pytest.mark.parametrize("value", ["K7QW2MZP4XRB6TNE", "c7ux9qhgf3pw7oru"])
def test_random_base32_is_no_alphabet_walk(value: str) -> None:
    assert not is_alphabet_steps(value)


def test_alphabet_filler_in_a_test_module() -> None:
    assert not reported(
        "generic-otp-seed", 'hotp = pyotp.HOTP("ABCDEFGHABCDEFGHABCDEFGH")', "test.py"
    )
    assert not reported(
        "generic-key", '[dict(key="ACDEFGHJKL234567", digits=6),', "tests/test_totp.py"
    )
    assert reported("generic-otp-seed", 'hotp = pyotp.HOTP("K7QW2MZP4XRB6TNEK7QW")', "test.py")


# ---------------------------------------------------- base64 of user:password placeholders


def test_base64_of_a_user_with_empty_password() -> None:
    enc = base64.b64encode(b"someuser:").decode()
    assert not reported("generic-secret", f'BASIC_SECRETLESS = "{enc}"', "tests/test_utils.py")


def test_base64_of_a_self_named_password() -> None:
    enc = base64.b64encode(b"AWS:4471-auth-token").decode()
    assert not reported("generic-token", f'"authorizationToken": "{enc}",', "tests/test_ecr.py")


def test_base64_of_a_structured_text_is_not_a_login_pair() -> None:
    enc = base64.b64encode(b'user:{"plan":"pro", "seat":"abcdefghijklmnop"}').decode()
    assert reported("generic-key", f'acme_key = "{enc}"', "config.py")


def test_base64_of_a_real_looking_password_still_reported() -> None:
    enc = base64.b64encode(b"AWS:Xk9mQ2vL7pR4tW8zN3bC").decode()
    assert reported("generic-token", f'"authorizationToken": "{enc}",', "tests/test_ecr.py")


# ------------------------------------------------------------- second pass: identifiers


@pytest.mark.parametrize(
    "value", ["reports/q1?draft=true", "incoming%2Fmyfile", "logs/2024/app.log"]
)
def test_object_paths_under_a_bare_key(value: str) -> None:
    assert not reported("generic-key", f'key = "{value}"', "tests/test_s3.py")
    assert not reported("generic-key", f'assert rec["s3"]["key"] == "{value}"', "tests/test_s3.py")


def test_base64_with_slashes_under_a_bare_key_still_reported() -> None:
    assert reported("generic-key", 'key = "Xk9mQ2vL/7pR4tW8zN3b/C6hJ1Tq"', "tests/test_s3.py")


def test_guid_member_is_an_identifier() -> None:
    assert not reported(
        "generic-auth", '"xoauth_provider_guid": "QWERTZ7MKD4PXN2VBL5HGT9RSA",', "tests/t.py"
    )
    assert reported("generic-auth", '"provider_auth": "QWERTZ7MKD4PXN2VBL5HGT9RSA",', "tests/t.py")


@pytest.mark.parametrize("value", ["acme_tok_67890", "demo-key-12345", "tok_456789"])
def test_prefix_and_counting_digits(value: str) -> None:
    assert not reported(
        "generic-authorization-header", f'"Authorization": "Bearer {value}",', "tests/test_a.py"
    )


def test_prefix_and_random_digits_still_reported() -> None:
    assert reported(
        "generic-authorization-header", '"Authorization": "Bearer acme_tok_83920571",', "t.py"
    )


# ---------------------------------------------------------- JWT with a demo number payload


def _jwt_raw(payload: str, sig: str = "Xq9vT2kLm8RzP4wN7bYc1HdF6jS3aG5e0uQiOoVtKxE") -> str:
    enc = lambda t: base64.urlsafe_b64encode(t.encode()).rstrip(b"=").decode()  # noqa: E731
    header = enc('{"alg":"HS256"}')
    return f"{header}.{enc(payload)}.{sig}"


@pytest.mark.parametrize("payload", ['{"test":1234}', '{"foo": 12345, "bar": 123}'])
def test_jwt_with_demo_word_and_counting_number(payload: str) -> None:
    assert not reported("jwt", f'encoded = "{_jwt_raw(payload)}"', "tests/test_api.py")


@pytest.mark.parametrize("payload", ['{"test":1987}', '{"sub":1234}', '{"exp":1234567890}'])
def test_jwt_with_claims_or_other_numbers_still_reported(payload: str) -> None:
    assert reported("jwt", f'encoded = "{_jwt_raw(payload)}"', "tests/test_api.py")
