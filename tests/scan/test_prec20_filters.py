"""Round 20: software no round had read (Debian's DokuWiki, FreeRADIUS, Kamailio, OpenVPN and
Postfix packages, Go modules from golang-*-dev, Rust crates, OpenStack clients, npm SDKs, PyPI auth
and database-URL libraries), each class of non-secret it met kept beside the real-looking line it
must not hide; and the shapes this round taught the generic rules to read (a variable reference's
default in docker-compose files, prose in chat transcripts, an AWS key that looks like a path).
All values are made up."""

from __future__ import annotations

import pytest

from tether.scan.heuristics import is_placeholder, masks_password_word

from .test_filters import dropped, kept

# (rule, line, path) that must not be reported
DROPPED = [
    # DokuWiki's plugin tests live in _test/ folders; "password" spelled with 4 for a and zz for ss
    (
        "generic-password",
        "        'pass' => 'P4zzW0rd!',",
        "lib/plugins/authpdo/_test/pgsql/django.php",
    ),
    # ... which reads as the word outside tests too, as P@ssw0rd does
    ("generic-password", "        'pass' => 'P4zzW0rd!',", "conf/local.php"),
    # "password" with one letter written as a symbol DELEET does not read (dj-database-url's README)
    ("postgres-connection-uri", "    postgres://user:p#ssword!@localhost/foobar", "README.rst"),
    ("postgres-connection-uri", "    postgres://user:p%23ssword!@localhost/foobar", "README.rst"),
    ("generic-password", '    assert config["PASSWORD"] == "p#ssword!"', "tests/test_url.py"),
    # a dictionary word in mixed case in a test (pydantic-settings)
    ("generic-secret", "        {'secrets_dir_missing': 'uNeXpEcTeD'},", "tests/test_secrets.py"),
    # a .pgpass written by a Go test: "pass" and a letter or a word after an underscore
    ("pgpass-password", "localhost:*:*:*:pass_C", "github.com/lib/pq/conn_test.go"),
    ("pgpass-password", "*:*:*:*:pass_fallback", "github.com/lib/pq/conn_test.go"),
    # Oracle's scott/tiger demo account, with a suffix for SQL Server's rules (SQLAlchemy's setup)
    (
        "mssql-connection-uri",
        "pymssql = mssql+pymssql://scott:tiger^5HHH@mssql2022:1433/test",
        "setup.cfg",
    ),
    (
        "generic-password",
        "CREATE LOGIN scott WITH PASSWORD = 'tiger^5HHH';",
        "README.unittests.rst",
    ),
    # a Redis ACL rule's password word after + or > (redis-py's tests)
    (
        "generic-password",
        '    r.acl_setuser(username, passwords="+mypass", nopass=True)',
        "tests/test_commands.py",
    ),
    # the URL standard's test data (vendored by URL parsers): escaped punctuation and non-ASCII
    ("generic-password", '    "password": "%3A%40c",', "tests/urltestdata.json"),
    ("generic-password", '    "password": "%F0%9F%92%A9",', "tests/urltestdata.json"),
    ("generic-password", '    "password": "%c3%89t%C3%A9"', "tests/setters_tests.json"),
    # an ABNF grammar in a comment (RFC 4616 in a SASL library)
    ("generic-password", "#   passwd    = 1*SAFE ; MUST accept up to 255 octets", "sasl/plain.py"),
    # an LDAP schema's attribute names, one with a digit piece (389 Directory Server)
    (
        "generic-password",
        "    \"( 2.16.840.1.113730.3.1.2080 NAME ( 'passwordMin8bit' 'pwdMin8bit' ) DESC 'x' )\",",
        "ldap3/protocol/schemas/ds389.py",
    ),
    # a variable reference's default that is no credential (Mattermost's SAML name-id format)
    (
        "generic-shell-default",
        "OAUTH_SAML_NAME_IDENTIFIER_FORMAT=${OAUTH_SAML_NAME_IDENTIFIER_FORMAT:-urn:oasis:names:tc:x}",
        "docker/.env",
    ),
    ("generic-shell-default", "      - TOKEN_TTL=${TOKEN_TTL:-36000000}", "docker-compose.yml"),
    (
        "generic-shell-default",
        "      - MINIO_SECRET_KEY=${MINIO_SECRET_KEY:-minio123}",
        "compose.yml",
    ),
    # a Helm template's default whose value has no credential name (an Oracle chart's SID)
    (
        "generic-template-default",
        '  value: {{ default "ORCLCDB" .Values.oracle_sid | quote }}',
        "t.tpl",
    ),
    # the ":" of a reference's ":-" is no assignment for the keyword rules
    (
        "generic-password",
        "  DATABASE_URL: postgres://${DB_USER:-app}:${DB_PASSWORD:-Hk9mW2vLq7zR}@db:5432/app",
        "docker-compose.yml",
    ),
    # a Helm template's default that is a placeholder
    (
        "generic-template-default",
        'default_pass = {{ .Values.authentication.password | default "changeme" }}',
        "templates/rabbitmq.conf",
    ),
    # a random-looking folder under a lower-case path is still a path
    ("generic-secret", 'secret = "/var/lib/docker/overlay2/3f9c2aB7xQ9"', "config.py"),
]

KEPT = [
    # a chosen password in the same places
    (
        "generic-password",
        "        'pass' => 'Qv7#mZ2kLp9x',",
        "lib/plugins/authpdo/_test/pgsql/django.php",
    ),
    ("postgres-connection-uri", "    postgres://user:Vd4#kQ9zLm2T@db.internal/app", "README.rst"),
    ("pgpass-password", "db.internal:5432:billing:billing_rw:6XXBfQZFB1*pq2dp", ".pgpass"),
    # a mixed-case value that is no word stays in a test; a word in mixed case stays outside tests
    ("generic-secret", "        {'client_secret': 'uNxPqTrWvZkD'},", "tests/test_secrets.py"),
    ("generic-secret", "    client_secret = 'uNeXpEcTeD'", "app/settings.py"),
    # tiger without scott, and a chosen ACL password
    ("mssql-connection-uri", "DATABASE_URL=mssql+pyodbc://app:tiger^5HHH@db.internal/prod", ".env"),
    (
        "generic-password",
        '    r.acl_setuser("app", passwords="+Qm7vT2xK9pL4", on=True)',
        "ops/acl.py",
    ),
    # the default of a variable reference is a literal in the file (docker-compose, shell)
    (
        "generic-shell-default",
        "  POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-Xk7pQ2vR9mLw}",
        "docker-compose.yml",
    ),
    (
        "generic-shell-default",
        'export API_TOKEN="${API_TOKEN-q8Zr3LmW7xYp2Kd9vN4tB6hJ}"',
        "deploy.sh",
    ),
    # ... also when another reference comes first on the line
    (
        "generic-shell-default",
        "  DATABASE_URL: postgres://${DB_USER:-app}:${DB_PASSWORD:-Hk9mW2vLq7zR}@db:5432/app",
        "docker-compose.yml",
    ),
    # ... and of a Helm template's value
    (
        "generic-template-default",
        '  password: {{ .Values.auth.password | default "Xk7pQ2vR9mLw" | quote }}',
        "templates/secret.yaml",
    ),
    # an escaped symbol inside a chosen password
    ("generic-password", '    "password": "Xk7%23pQ2vR9mLw",', "config/prod.json"),
    # an AWS secret access key that starts with "/" and holds two more is no file path (once in
    # about 1,300 random keys; the sweep test's fake home met one)
    ("generic-secret", "secret_key = /pgZjZF835yuHjplZ1G4OXMFk1RME/k9LV4Cw/Vq", ".s3cfg"),
    # a token or key named in a sentence with "use", or after an arrow (notes, chat transcripts)
    (
        "generic-prose-token",
        "Use token 9f8e7d6c5b4a39281716f5e4d3c2b1a0 for the webhook",
        "notes.md",
    ),
    ("generic-prose-colon-credential", "API secret → 3k144a5af729351d0fc58bdrj9a21mkr", "notes.md"),
    # ... and with a clause between the name and "is" (a chat transcript)
    (
        "generic-prose-token",
        "the token we use is aKtXJ5RZhSO69ajCvBq+P/Ky23YlcmrQv1MaafIJ",
        "chat.jsonl",
    ),
]


@pytest.mark.parametrize(("rule", "line", "path"), DROPPED)
def test_dropped(rule: str, line: str, path: str) -> None:
    assert dropped(rule, line, path)


@pytest.mark.parametrize(("rule", "line", "path"), KEPT)
def test_kept(rule: str, line: str, path: str) -> None:
    assert kept(rule, line, path)


def test_masked_password_word() -> None:
    for value in ("p#ssword!", "passw*rd", "Pa^sword1", "chang*me", "P4zzW0rd!"):
        assert masks_password_word(value) or is_placeholder(value), value
    # a long value that merely holds the letters, and values with no such word
    assert not masks_password_word("x" * 20 + "pssword")
    for value in ("Xk7pQ2vR9mLw", "Vd4#kQ9zLm2T", "psw-2024", "sword-fish"):
        assert not masks_password_word(value), value
