"""Precision fixes from a third held-out set (PyPI sdists, npm packages, Debian packages' configs
and docs): classes of false findings, each with the values the same rule must still report.

Every generated-looking value here is made up for the test; the published ones are the point.
"""

from __future__ import annotations

import random

import pytest

from tether.scan.heuristics import is_placeholder

from .test_filters import kept

reported = kept  # a candidate of the rule on the line passes the filters


# ------------------------------------------------------------------ published values


@pytest.mark.parametrize(
    ("rule_id", "line"),
    [
        (
            "generic-key",
            "'account_key': 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/"
            "K1SZFPTOtr/KBHBeksoGMGw=='",
        ),
        ("openssl-passphrase-arg", "openssl pkcs12 -in ORIG.p12 -passin pass:notasecret \\"),
        ("generic-secret", "        secret = radsec"),
        ("generic-password", "#    file needs this password: `xxj31ZMTZzkVA'."),
        ("stripe-test-secret-key", 'test_api_key = "sk_test_BQokikJOvBiI2HlWgH4olfQ2"'),
    ],
)
def test_published_values_are_not_reported(rule_id: str, line: str) -> None:
    assert not reported(rule_id, line, "etc/app.conf")


def test_a_private_stripe_test_key_is_still_reported() -> None:
    assert reported("stripe-test-secret-key", 'api_key = "sk_test_Q8mZ3vK7pLx2Wn4Rt9Yb6Hc1"')


# ------------------------------------------------------------------ another tool's redaction


@pytest.mark.parametrize(
    ("rule_id", "line"),
    [
        ("url-basic-auth", '"https://[Filtered]:[Filtered]@api.internal.io/graphql"'),
        ("ftp-url-credentials", '"ftp://[Filtered]:[Filtered]@ftp.internal.io:9876/bla"'),
        ("generic-token", '"access_token=%5BFiltered%5D&v=1&page=2",'),
    ],
)
def test_bracketed_redaction_marker_is_not_reported(rule_id: str, line: str) -> None:
    assert not reported(rule_id, line, "tests/test_utils.py")


def test_a_token_in_the_same_query_is_still_reported() -> None:
    # a form body's first parameter, reported by generic-query-credential (up to the "&")
    line = '"access_token=Q8mZ3vK7pLx2Wn4Rt9Yb6Hc1&v=1",'
    assert reported("generic-query-credential", line, "app.py")


# ------------------------------------------------------------------ elided RSA key


def test_short_rsa_key_body_is_an_elided_example() -> None:
    line = (
        "For example, `-----BEGIN RSA PRIVATE KEY----- MIIEpQIBAAKCAQEAuyf/lNrH9ck8DmNyo3fG"
        "gvCI1l9s+cmBY3WIz+cUDqmxiieR. -----END RSA PRIVATE KEY-----`"
    )
    assert not reported("private-key-rsa", line, "lib/credential.d.ts")


def test_full_length_rsa_key_body_is_still_reported() -> None:
    rng = random.Random(3)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    body = "MIIEowIBAAKCAQEA" + "".join(rng.choice(alphabet) for _ in range(1570))
    lines = "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
    text = f"-----BEGIN RSA PRIVATE KEY-----\n{lines}\n-----END RSA PRIVATE KEY-----"
    assert reported("private-key-rsa", text, "deploy/id_rsa")


# ------------------------------------------------------------------ structures misread as name = value


@pytest.mark.parametrize(
    ("rule_id", "line"),
    [
        # a timestamp under a field named for a password
        ("generic-password", '"PasswordLastUsed": "2016-09-08T21:47:36Z",'),
        # the keyword inside a URL's user-info: the "value" runs into the host
        (
            "generic-password",
            '"uri": "mongodb://testuser:SENTINELpassword1234:x@localhost:27017/admin"',
        ),
        # names listed as alternatives in prose
        ("generic-password", '#  "IPASS" or "ntdomain", as the proxying is based on'),
        ("generic-password", "    ``htpasswd`` or ``htdigest``."),
        # a key inside a description string
        ("generic-password", '"description": "unencoded at-sign in the password: pw-at-after-1",'),
        # a comparison with a variable (Jinja in YAML)
        ("generic-password", "- data1_vaulted|unvault(data1_password) == data1_plaintext"),
        # WebSocket's handshake nonce
        ("generic-key", "Sec-WebSocket-Key: s65VsgHigh7v/Jcf4nXHnA=="),
        # an AWS Signature V4 credential scope
        ("generic-credential", '"Credential=my_key/20150304/my_region/my_service/aws4_request, "'),
        # %{…} interpolation (FreeRADIUS unlang, log formats)
        ("generic-password", '&User-Password := "%{string:Tmp-String-0}"'),
    ],
)
def test_misread_structures_are_not_reported(rule_id: str, line: str) -> None:
    assert not reported(rule_id, line, "etc/app.conf")


@pytest.mark.parametrize(
    ("rule_id", "line"),
    [
        ("generic-password", '"password": "Tq8#vLz2@Wm4pXr",'),
        ("generic-password", '"comment": "rotated", "password": "Tq8#vLz2Wm4pXr",'),
        ("generic-password", 'assert config.sudo.password == "Tq8vLz2Wm4pXr"'),
        ("generic-password", "password: Tq8vLz2Wm4pXr or else"),
        ("generic-key", "X-Api-Key: s65VsgHigh7v/Jcf4nXHnA=="),
    ],
)
def test_real_shapes_next_to_them_are_still_reported(rule_id: str, line: str) -> None:
    assert reported(rule_id, line, "etc/app.conf")


# ------------------------------------------------------------------ made-up words


def test_hexspeak_in_hex_is_made_up() -> None:
    assert is_placeholder("e3b68aa711e6deadc62d5b76355674beef7cc3116062ddbacafe5f7e465bfdc9")
    assert not reported("generic-key", "service_key: 1626dead5ecafe46231e968eb1be29c4", "d.rst")


def test_hexspeak_rarely_hits_a_random_hex_key() -> None:
    rng = random.Random(5)
    hits = sum(
        bool(is_placeholder("".join(rng.choice("0123456789abcdef") for _ in range(64))))
        for _ in range(5000)
    )
    assert hits <= 25  # other placeholder checks included; hexspeak alone is ~1 in 20000


@pytest.mark.parametrize("value", ["xyzzy", "plugh"])
def test_five_letter_metasyntactic_word_is_a_placeholder(value: str) -> None:
    assert not reported("generic-password", f"#  password: {value}", "conf/cloud.providers")


def test_five_letter_made_up_password_is_still_reported() -> None:
    assert reported("generic-password", "password: Zq7x9", "conf/cloud.providers")


# ------------------------------------------------------------------ format slots in a Redis URL


def test_format_slot_in_redis_url_is_a_template() -> None:
    line = "url = 'rediss://enigma:sec{}ret@cache.internal:25061/2'.format(chars)"
    assert not reported("redis-connection-uri", line, "tests/test_cache.py")
    assert reported(
        "redis-connection-uri", "url = 'rediss://enigma:Tq8vLz2Wm4@cache.internal:25061/2'"
    )


# ------------------------------------------------------------------ PascalCase names under a key


@pytest.mark.parametrize("value", ["DBProxyEndpoints", "ReservedDBInstances", "TableNames"])
def test_pascal_case_name_is_not_a_key(value: str) -> None:
    assert not reported("generic-key", f'"result_key": "{value}"', "apis/rds.paginators.json")


@pytest.mark.parametrize("value", ["QwErTyZxCvBnMlKjHg", "XkSdfPqLmWzRtVbNcY", "AbCdEfGhIjKlMnOp"])
def test_letters_only_generated_key_is_still_judged_as_a_key(value: str) -> None:
    from tether.scan.filters import _is_pascal_name

    assert not _is_pascal_name(value)


# ------------------------------------------------------------------ escapes and broken base64


@pytest.mark.parametrize(
    ("rule_id", "line"),
    [
        ("generic-url-credentials", '"mongodb://\\u2168:\\u2163@%s:%d/testscram" % (host, port)'),
        ("mongodb-connection-uri", '"mongodb://IX:I\\u00adX@%s:%d/testscram" % (host, port)'),
        (
            "generic-authorization-header",
            "It injects the 'Authorization: Basic Base64String===' header",
        ),
    ],
)
def test_escaped_short_values_and_broken_base64_are_not_reported(rule_id: str, line: str) -> None:
    assert not reported(rule_id, line, "test/test_auth.py")


@pytest.mark.parametrize(
    ("rule_id", "line"),
    [
        ("mongodb-connection-uri", '"mongodb://app:Tq8\\u00e9vLz2Wm4@db.internal:27017/prod"'),
        ("generic-authorization-header", "Authorization: Basic dXNlcjpUcTh2THoyV200cFhy"),
    ],
)
def test_longer_escaped_values_and_real_basic_values_are_still_reported(
    rule_id: str, line: str
) -> None:
    assert reported(rule_id, line, "app/settings.py")
