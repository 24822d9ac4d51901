"""Precision fixes from a ninth held-out set (Go and Rust library source from Debian: Docker,
gophercloud, aws-sdk-go, Azure SDK, smallstep, etcd, go-sql-driver/mysql, lib/pq, golang.org/x/oauth2,
NATS; ring, rustls, openssl, reqwest, jsonwebtoken …): classes of false findings, each beside a
value the same rule must still report.

Every generated-looking value here is made up for the test.
"""

from __future__ import annotations

import base64

import pytest

from .test_filters import kept

reported = kept  # a candidate of the rule on the line passes the filters

_RANDOM32 = "Qm7vR2kX9Lz4Tb8NwP3cJd6YhF1sGa5E"


# ------------------------------------------------------------------ real shapes stay reported


@pytest.mark.parametrize("name", ["password", "Password", "secret", "clientSecret", "token"])
@pytest.mark.parametrize("path", ["internal/auth/client_test.go", "pkg/auth/client.go"])
def test_random_literal_assigned_in_go_is_reported(name: str, path: str) -> None:
    assert reported(_rule_for(name), f'\t{name} := "{_RANDOM32}"', path)
    assert reported(_rule_for(name), f'\t\t{name[0].upper() + name[1:]}: "{_RANDOM32}",', path)


@pytest.mark.parametrize("name", ["password", "secret", "token"])
@pytest.mark.parametrize("path", ["tests/auth.rs", "src/client.rs"])
def test_random_literal_assigned_in_rust_is_reported(name: str, path: str) -> None:
    assert reported(_rule_for(name), f'    let {name} = "{_RANDOM32}";', path)


def _rule_for(name: str) -> str:
    low = name.lower()
    if "pass" in low:
        return "generic-password"
    if "secret" in low:
        return "generic-secret"
    return "generic-token"


# ------------------------------------------------------------------ key locators


@pytest.mark.parametrize(
    "line",
    [
        '\t\tSigningKey: "pkcs11:id=7371;object=rsa-key",',
        '\t\tSigningKey: "awskms:key-id=0f3c5a7e-9b1d-4e2f-8a6c-1d2e3f4a5b6c",',
        '\tkey := "yubikey:slot-id=9c"',
    ],
)
def test_key_locator_uri_is_not_reported(line: str) -> None:
    assert not reported("generic-key", line, "kms/pkcs11/pkcs11_test.go")


def test_key_with_a_scheme_but_random_body_is_still_reported() -> None:
    assert reported("generic-key", f'\tSigningKey: "kms{_RANDOM32}",', "kms/kms.go")


# ------------------------------------------------------------------ format names, operation names


@pytest.mark.parametrize(
    "line",
    [
        '\t\tKey:                  aws.String("Base64EncodedString"),',
        '\tsecret := "HexEncodedSecret"',
    ],
)
def test_value_naming_its_format_is_not_reported(line: str) -> None:
    assert not reported("generic-key", line, "protocol/build_bench_test.go") and not reported(
        "generic-secret", line, "protocol/build_bench_test.go"
    )


def test_dated_operation_name_is_not_reported() -> None:
    assert not reported("generic-key", 'const opListKeyGroups = "ListKeyGroups2020_05_31"',
                        "service/cloudfront/api.go")  # fmt: skip


def test_pascal_case_value_with_a_digit_run_is_still_reported() -> None:
    assert reported("generic-key", '\tapiKey := "Hexa9QmZt4Kv7Lw2Rb5N"', "client/client.go")


# ------------------------------------------------------------------ code where a value stands


@pytest.mark.parametrize(
    "line",
    [
        "//!     pub fn store_password(&mut self, username: &str, password: &str) {",
        "//!     pub fn verify_password(&self, username: &str, attempted_password: &str)",
        "//oidChallengePassword  = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 7}",
    ],
)
def test_type_or_composite_literal_is_not_reported(line: str) -> None:
    assert not reported("generic-password", line, "src/pbkdf2.rs")


def test_password_starting_with_ampersand_is_still_reported() -> None:
    assert reported("generic-password", '    let password = "&q7Vx2Lm9Kz4T";', "src/db.rs")


# ------------------------------------------------------------------ key names


@pytest.mark.parametrize(
    ("rule", "line"),
    [
        ("generic-auth", '\t\tOAuthNonce:           "71416001758914252991586795052",'),
        ("generic-token", '\tu := "https://contoso.com/x?$skipToken=US1:0637720028736481134:ad5b2d5b"'),
    ],
)  # fmt: skip
def test_nonce_and_paging_token_are_not_reported(rule: str, line: str) -> None:
    assert not reported(rule, line, "testing/requests_test.go")


# ------------------------------------------------------------------ prose and status lines


@pytest.mark.parametrize(
    "line",
    [
        '\tfmt.Printf("PASS: Throughput is %d writes/s\\n", int(s.RPS)+1)',
        '\tfmt.Printf("PASS: Stddev is %fs\\n", s.Stddev)',
    ],
)
def test_pass_status_line_is_not_reported(line: str) -> None:
    assert not reported("generic-password", line, "ctlv3/command/check.go")


@pytest.mark.parametrize("line", ["PASS: Xq7vR2mK9Lz4Tb8N", "PASS: Xq7vR2mK9Lz4 is the vpn one"])
def test_pass_key_with_a_generated_value_is_still_reported(line: str) -> None:
    assert reported("generic-password", line, "notes/creds.txt")


def test_documented_format_example_is_not_reported() -> None:
    line = ("// stack event would be assigned the same token in the following format: "
            "Console-CreateStack-7f59c3cf-00d2-40c7-b2ff-e75db0987002.")  # fmt: skip
    assert not reported("generic-prose-colon-credential", line, "service/cloudformation/api.go")


def test_word_and_two_numbers_password_is_not_reported() -> None:
    assert not reported(
        "generic-password", '\t\tpassword: "user1-123",', "integration/auth_test.go"
    )
    assert reported("generic-password", '\t\tpassword: "u8Kq1-93Xz7",', "integration/auth_test.go")


# ------------------------------------------------------------------ base64 logins


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize("login", ["joejoe:hello", "user:password", "admin:hunter2"])
def test_docker_auth_of_a_placeholder_login_is_not_reported(login: str) -> None:
    line = f'{{"auths": {{"https://index.docker.io/v1/": {{"auth": "{_b64(login)}"}}}}}}'
    assert not reported("docker-config-auth", line, "cli/config/config_test.go")
    assert not reported("generic-auth", line, "cli/config/config_test.go")


@pytest.mark.parametrize(
    "login", ["ci-bot:Vq8mT2xK7pLz4Rb9", "alice:correct horse battery", "deploy:deploy"]
)
def test_docker_auth_of_a_real_login_is_still_reported(login: str) -> None:
    line = f'{{"auths": {{"registry.acme.io": {{"auth": "{_b64(login)}"}}}}}}'
    assert reported("docker-config-auth", line, ".docker/config.json")
    assert reported("generic-auth", line, ".docker/config.json")
