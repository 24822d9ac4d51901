"""Precision fixes from a fifth held-out set (cloud SDKs from PyPI and npm, Salt, Django,
openstacksdk, Debian Go, Rust, PHP and Ruby libraries): classes of false findings, each beside
a value the same rule must still report.

Every generated-looking value here is made up for the test.
"""

from __future__ import annotations

import base64

import pytest

from tether.scan.filters import reject_reason

from .test_filters import RULES, kept

reported = kept  # a candidate of the rule on the line passes the filters


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# ------------------------------------------------------------------ base64 of a sentence


@pytest.mark.parametrize(
    "text", ["this is not a real value", "This is a fake token.", "not a real access token here"]
)
def test_base64_of_a_sentence_is_not_reported(text: str) -> None:
    line = f'AccessToken: "{_b64(text)}",'
    assert not reported("generic-token", line, "credentials/ssocreds/cached_token_test.go")


@pytest.mark.parametrize(
    "text",
    [
        "correct horse battery staple",  # a passphrase: no function word
        "Hq3zK8mL2xW9pQ7vT4nB",  # generated text, no spaces
    ],
)
def test_base64_of_a_passphrase_or_random_text_is_still_reported(text: str) -> None:
    line = f'AccessToken: "{_b64(text)}",'
    assert reported("generic-token", line, "credentials/ssocreds/cached_token.go")


# ------------------------------------------------------------------ code read as a value


def test_a_reference_type_in_a_signature_is_not_reported() -> None:
    line = "    fn new(suite: &'static Tls13CipherSuite, secret: &hkdf::Prk) -> Self {"
    assert not reported("generic-secret", line, "src/quic.rs")


def test_a_secret_beginning_with_an_ampersand_is_still_reported() -> None:
    assert reported("generic-secret", 'secret: "&Hq3zK8mL2xW9pQ7v"', "config/app.yaml")


def test_interpolated_variables_only_are_not_reported() -> None:
    line = "$options['curl'][\\CURLOPT_USERPWD] = \"$value[0]:$value[1]\";"
    assert not reported("generic-password", line, "src/Client.php")
    assert not reported("generic-password", 'password = "${user}:${pass}"', "deploy/run.sh")


def test_a_literal_after_a_variable_is_still_reported() -> None:
    assert reported("generic-password", 'password = "$user:Hq3zK8mL2x"', "deploy/app.ini")


@pytest.mark.parametrize(
    "line", ["    password: !encrypted/pkcs1-oaep", "  token: !vault |", "  token: !vault >-"]
)
def test_a_yaml_tag_in_the_value_place_is_not_reported(line: str) -> None:
    rule = "generic-password" if "password" in line else "generic-token"
    assert not reported(rule, line, "zuul.d/jobs.yaml")


def test_an_unquoted_password_beginning_with_a_bang_is_still_reported() -> None:
    assert reported("generic-password", "  password: !Hq3zK8mL2x", "deploy/app.yaml")
    assert reported("generic-password", "  password: !hq3zk8ml2x", "deploy/app.yaml")


def test_a_signing_algorithm_name_is_not_reported() -> None:
    assert not reported("generic-auth", 'wantAuth = "AWS4-ECDSA-P256-SHA256"', "api_test.go")
    assert reported("generic-auth", 'wantAuth = "Hq3zK8mL2xW9pQ7vT4nB"', "api_test.go")


def test_a_url_port_and_path_after_a_keyword_in_the_host_is_not_reported() -> None:
    line = "    identity_url: http://auth.api.thenebulacloud.com:5000/v2.0/tokens"
    assert not reported("generic-auth", line, "doc/topics/cloud/vexxhost.rst")


def test_a_private_name_is_not_reported_but_a_generated_key_is() -> None:
    assert not reported("generic-key", 'CSRF_SESSION_KEY = "_csrftoken"', "middleware/csrf.py")
    assert reported("generic-key", 'CSRF_SESSION_KEY = "_Hq3zK8mL2xW9pQ7v"', "app/settings.py")


def test_a_word_slug_under_a_bare_key_is_not_reported() -> None:
    assert not reported("generic-key", '    key = "issue-54941-ping"', "tests/test_pillar.py")
    assert reported("generic-key", '    key = "k7Qz-54941-xW9pLm3v"', "tests/test_pillar.py")


# ------------------------------------------------------------------ names of properties


@pytest.mark.parametrize(
    ("rule", "line"),
    [
        (
            "generic-key",
            "p12.getBags({localKeyIdHex: '7b59377ff142d0be4565e9ac3d396c01401cd879'});",
        ),
        ("generic-key", 'key_fname = "issue_10198.id_rsa.pub"'),
        ("generic-key", "self.proxy._IMAGE_MD5_KEY: '144c9defac04969c7bfad8efaa8ea194',"),
    ],
)
def test_a_key_naming_an_id_file_or_digest_is_not_reported(rule: str, line: str) -> None:
    assert not reported(rule, line, "tests/unit/test_proxy.py")


@pytest.mark.parametrize(
    ("rule", "line"),
    [
        ("generic-key", "p12.getBags({localKeyHex: '7b59377ff142d0be4565e9ac3d396c01401cd879'});"),
        ("generic-key", 'api_key_hex = "7b59377ff142d0be4565e9ac3d396c01401cd879"'),
        ("generic-key", 'key = "Hq3zK8mL2xW9pQ7vT4nB"'),
    ],
)
def test_the_credential_itself_is_still_reported(rule: str, line: str) -> None:
    assert reported(rule, line, "app/settings.py")


# ------------------------------------------------------------------ prose


def test_a_misspelled_word_in_a_comment_is_not_a_prose_password() -> None:
    line = "        # If v2password is explcitly requested, this is to deal with old"
    assert not reported("generic-prose-password", line, "openstack/config/loader.py")


def test_a_password_in_a_sentence_is_still_reported() -> None:
    line = "the password is Hq3zK8mL2x, can you check the server?"
    assert reported("generic-prose-password", line, "notes/chat.txt")


# ------------------------------------------------------------------ public by design


def test_a_firebase_storage_download_token_is_not_reported() -> None:
    line = (
        'imageUrl: "https://firebasestorage.googleapis.com/v0/b/demo.appspot.com/o/movie%2Fa.jpeg'
        '?alt=media&token=4142e2a1-bf43-43b5-b7cf-6616be3fd4e3"'
    )
    assert not reported("generic-query-credential", line, "templates/seed_data.gql")


def test_a_token_on_another_host_is_still_reported() -> None:
    line = 'url = "https://files.corp.test/v0/b/x/o/a.jpeg?alt=media&token=Hq3zK8mL2xW9pQ7vT4nB"'
    assert reported("generic-query-credential", line, "app/config.py")


# ------------------------------------------------------------------ elided key blocks

_PGP_ELIDED = """gpg_pkg_priv_key: |
  -----BEGIN PGP PRIVATE KEY BLOCK-----
  Version: GnuPG v1

  lQO+BFciIfQBCADAPCtzx7I5Rl32escCMZsPzaEKWe7bIX1em4KCKkBoX47IG54b
  w82PCE8Y1jF/9Uk2m3RKVWp3YcLlc7Ap3gj6VO4ysvVz28UbnhPxsIkOlf2cq8qc
  .
  .
  Ebe+8JCQTwqSXPRTzXmy/b5WXDeM79CkLWvuGpXFor76D+ECMRPv/rawukEcNp
  =x8Jq
  -----END PGP PRIVATE KEY BLOCK-----
"""


def _key_verdicts(rule_id: str, text: str) -> list[str | None]:
    rule = RULES[rule_id]
    return [
        reject_reason(rule, m.group("secret"), text, "salt/states/pkgbuild.py")
        for m in rule.compiled.finditer(text)
    ]


def test_a_key_block_with_lines_left_out_is_not_reported() -> None:
    verdicts = _key_verdicts("pgp-private-key", _PGP_ELIDED)
    assert verdicts
    assert None not in verdicts


def test_a_whole_key_block_is_still_reported() -> None:
    whole = _PGP_ELIDED.replace(
        "  .\n  .\n", "  w82PCE8Y1jF/9Uk2m3RKVWp3YcLlc7Ap3gj6VO4ysvVz28UbnhPxsIkOlf2cq8\n"
    )
    assert None in _key_verdicts("pgp-private-key", whole)


# ------------------------------------------------------------------ Home Assistant shapes


def test_a_qualified_name_is_not_reported() -> None:
    line = '"low": "[%key:component::nam::entity::sensor::pmsx003_caqi_level::state::low%]",'
    assert not reported("generic-key", line, "components/nam/strings.json")


def test_a_value_that_closes_a_call_is_not_reported() -> None:
    line = 'return f"ftp://{self.user}:{self.passwd}@{host}:{self.port}{ftp.pwd()}/{video}"'
    assert not reported("generic-password", line, "components/xiaomi/camera.py")


@pytest.mark.parametrize(
    "line",
    [
        '"app_key": "Anwendungsschl\\u00fcssel"',
        '"api_key": "Vadovaukit\\u0117s dokumentacija, kad gautum\\u0117te API rakt\\u0105"',
    ],
)
def test_text_going_on_with_an_escaped_letter_is_not_reported(line: str) -> None:
    assert not reported("generic-key", line, "components/x/translations/de.json")


def test_a_key_before_an_escaped_symbol_is_still_reported() -> None:
    line = '"app_key": "Hq3zK8mL2xW9pQ7vT4nB\\u0022"'
    assert reported("generic-key", line, "config/app.json")


def test_an_entity_key_with_a_unit_piece_is_not_reported() -> None:
    assert not reported("generic-key", '        key="air_quality_pm2_5",', "components/sensor.py")


def test_an_optional_chaining_expression_is_not_reported() -> None:
    line = '"sourcesContent":["  messages.reduce((f, message) => {\\n    const key = message.i18n?.key;\\n'
    assert not reported("generic-key", line, "cjs/idx/util.js.map")
    assert not reported("generic-key", "  key: message.i18n?.key,", "lib/idx/util.ts")


def test_a_password_with_question_mark_and_dots_is_still_reported() -> None:
    assert reported("generic-password", 'DB_PASSWORD = "Qek4k.NN?.yO"', "config/secrets_dev.py")
