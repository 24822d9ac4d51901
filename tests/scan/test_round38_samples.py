"""Round 38: secret stores and their clients (Debian's source packages of KeePassXC, MIT Kerberos,
libsecret, SOGo, git-secret, pass and DAViCal; keyring, passlib, python-gnupg, Akeyless, Azure Key
Vault, Google Secret Manager, Infisical and 1Password SDKs and the settings libraries django-environ,
dynaconf, environs and everett on PyPI; dotenv, convict and node-vault on npm): a C function's
parameter declaration, an elliptic curve's name, a UUID in hexspeak, the first half of a published
test vector's key, a Square-shaped hex test vector and a Snowflake field name as its own value.

Every quiet case has a reported counterpart one step away.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import changed_mid, check_case, table_cases

KRB5_HIN = "src/include/krb5/krb5.hin"
GSSAPI_DOC = "doc/appdev/gssapi.rst"
KRB5_CONF = "etc/krb5.conf"
DAV_TEST = "testing/tests/regression-suite/0808-Spec-UNLOCK-1.test"
# (DAViCal's line is Lock-Token: <opaquelocktoken:…>; round 181 reads any lock token as a lock's id,
# so the UUID stands under a token header here to test the hexspeak check alone)
LOCK = "HEADER=X-Auth-Token: {}\n"
HEXSPEAK_UUID = "cafefeed-c001-b055-ea75-deadbeef4a11"
# the first half of SP 800-38A's AES-256 key, as KeePassXC's self-test writes it
AES256_HALF = "603deb1015ca71be2b73aef0857d7781"
FROM_HEX = '        QByteArray key = QByteArray::fromHex("{}"\n'
SPAKE_VECTOR = "EAAA08807D0616026FF51C849EFBF35BA0CE3C5300E7D486DA46351B13D4605B"
SPAKE_C = "src/plugins/preauth/spake/t_vectors.c"
AKEYLESS = "akeyless/models/create_db_target.py"
ATTRIBUTE_MAP = "        'snowflake_api_private_key_password': '{}',\n"

# (text, path, rule, value) reported
REPORTED = [
    # the type without a parameter's name after it
    (
        "krb5_cc_store_cred(krb5_context, krb5_ccache cache, krb5_creds *creds);\n",
        KRB5_HIN,
        "generic-credential",
        "krb5_context",
    ),
    ("    OM_uint32 gss_import_cred(OM_uint32,\n", GSSAPI_DOC, "generic-credential", "OM_uint32"),
    # a curve's name with a letter put in
    ("        spake_preauth_groups = Edw4rds25519\n", KRB5_CONF, "generic-auth", "Edw4rds25519"),
    # one hexspeak word only
    (
        LOCK.format("cafefe3d-c001-b055-ea75-d3adb33f4a11"),
        DAV_TEST,
        "generic-token",
        "cafefe3d-c001-b055-ea75-d3adb33f4a11",
    ),
    (
        FROM_HEX.format(changed_mid(AES256_HALF, 30)),
        "src/crypto/Crypto.cpp",
        "generic-key",
        changed_mid(AES256_HALF, 30),
    ),
    # one lower-case letter in the body
    (
        f'    "{SPAKE_VECTOR[:8]}d{SPAKE_VECTOR[9:]}",\n',
        SPAKE_C,
        "square-access-token",
        f"{SPAKE_VECTOR[:8]}d{SPAKE_VECTOR[9:]}",
    ),
    (
        ATTRIBUTE_MAP.format("sn0wflake-Qx7#api-k3y"),
        AKEYLESS,
        "snowflake-password",
        "sn0wflake-Qx7#api-k3y",
    ),
]

# (text, path) with no finding
QUIET = [
    ("krb5_cc_store_cred(krb5_context context, krb5_ccache cache, krb5_creds *creds);\n", KRB5_HIN),
    ("    OM_uint32 gss_import_cred(OM_uint32 *minor_status,\n", GSSAPI_DOC),
    ("        spake_preauth_groups = edwards25519\n", KRB5_CONF),
    (LOCK.format(HEXSPEAK_UUID), DAV_TEST),
    (FROM_HEX.format(AES256_HALF), "src/crypto/Crypto.cpp"),
    (f'    "{SPAKE_VECTOR}",\n', SPAKE_C),
    (ATTRIBUTE_MAP.format("snowflake-api-private-key-password"), AKEYLESS),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round38_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
