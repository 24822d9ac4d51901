"""Held-out round 18 (the AWS CLI's examples, npm's Octokit packages, Debian's server packages:
wpa_supplicant, squid, RabbitMQ, bacula, openvpn): classes of non-secrets found there, each with
the real-looking value kept beside it. All values are made up, except the published examples
named in ``PUBLIC_VALUES``."""

from __future__ import annotations

import secrets

import pytest

from tether.scan.heuristics import is_counting_filler, is_counting_hex

from .test_filters import dropped, kept

PASSWORD = "Tq7zK2mLx9W"

# (rule, line, path) that must not be reported
DROPPED = [
    # "EXAMPLE" inside an AWS key, not only at its end (the AWS CLI's devicefarm examples)
    (
        "aws-access-key-id",
        '"url": "https://uploads.s3.amazonaws.com/arn?X-Amz-Credential=AKIAEXAMPLEPBUMBC3GA%2F2018"',
        "awscli/examples/devicefarm/create-upload.rst",
    ),
    (
        "aws-secret-access-key",
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/EXAMPLEbPxRfiCYzK1",
        "docs/setup.md",
    ),
    # the digit row counted through with letters between (the AWS CLI's iotwireless examples)
    (
        "generic-key",
        '            "AppServerPrivateKey": '
        '"a123b45c6d78e9f012a34cd5e6a7890b12c3d45e6f78a1b234c56d7e890a1234"',
        "awscli/examples/iotwireless/associate-aws-account-with-partner-account.rst",
    ),
    # GitHub's REST docs' example repository public key, in every Octokit install
    (
        "generic-key",
        '     * key = Base64.decode64("+ZYvJDZMHUfBkJdyq5Zm9SKqeuBQ4sj+6sfjlH4CgG0=")',
        "node_modules/@octokit/openapi-types/types.d.ts",
    ),
    # wpa_supplicant's annotated example config: its example PSK, and a PSK of counting bytes
    (
        "wifi-wpa-passphrase",
        "\tpsk=06b4be19da289f475aa46a33cb793029d4ab3db7a23ee92382eb0106c72ac7bb",
        "doc/wpasupplicant/examples/wpa_supplicant.conf",
    ),
    (
        "wifi-wpa-passphrase",
        "\tpsk=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
        "doc/wpasupplicant/examples/wpa_supplicant.conf",
    ),
    # an SQL account whose password is its name (squid's log_db_daemon)
    (
        "generic-sql-password",
        "  GRANT INSERT,SELECT,CREATE ON squid_log.* TO 'squid'@'localhost' IDENTIFIED BY 'squid';",
        "usr/lib/squid/log_db_daemon",
    ),
    ("generic-sql-password", "CREATE USER dbuser IDENTIFIED BY dbuser;", "db/init.sql"),
    # a path whose last part is a shell variable, after $(… && pwd) (RabbitMQ's wrappers)
    (
        "generic-password",
        '  HOME="$(cd ~rabbitmq && pwd)" "/usr/lib/rabbitmq/bin/$SCRIPT" "$@"',
        "usr/sbin/rabbitmq-upgrade",
    ),
    # a placeholder written with URL escapes (SQLAlchemy's changelog, pymongo's URI tests)
    (
        "generic-password",
        "        just the plus sign — ``PWD=pass%2Bword`` — which would then get unquoted",
        "doc/build/changelog/changelog_21.rst",
    ),
    (
        "mongodb-connection-uri",
        'c = MongoClient("mongodb://user:foo%2Fbar@localhost:27017")',
        "test/test_uri_parser.py",
    ),
    # "password" in Spanish in a translation's example URI (Superset's messages.po); TDengine's
    # documented root password
    (
        "postgres-connection-uri",
        'msgstr "postgresql://usuario:contraseña@host:puerto/base"',
        "translations/es/LC_MESSAGES/messages.po",
    ),
    ("generic-url-credentials", '    "taos://root:taosdata@localhost:6030/db"', "db/tdengine.py"),
    # a password that repeats the name of the account made with it (CKAN's test data, Python 2's
    # u'' strings)
    (
        "generic-password",
        "            model.User(name=u'joeadmin', password=u'joeadmin'),",
        "ckan/lib/create_test_data.py",
    ),
]

# a Facebook token's prefix inside a bundle's base64 text (Superset's source map chunk): the
# token and the base64 characters around it, with no separator between them
BASE64_RUN = (
    "AAAACzAAAABADtAgCfuQAAALwAAAAEAO0CAJEn7AAAACzAAAA+"
    "EAAABTSgAAAADFAgAABAAUHAAABAFSEgAAHQArCwAAJHcAAGkAAAAAAAAA4AQgAAAFlegAAAAnOVAAAkQXzJhb"
    "EnAJRWvL3PTUGdq0bhtC8cM2xFQyP"
    "/QgAAAFlegAAAAnOVAAA"
)
DROPPED.append(("facebook-access-token", f'e.exports="{BASE64_RUN}"', "static/assets/chunk.js"))

KEPT = [
    ("aws-access-key-id", "AWS_ACCESS_KEY_ID=AKIA43U5NG265U2VFML3", "deploy/.env"),
    # a generated key with digits that do not count on
    (
        "generic-key",
        '            "AppServerPrivateKey": "3f4ca100e2fc675ea123f4eb12c4a012"',
        "tests/fixtures/device.json",
    ),
    ("wifi-wpa-passphrase", "\tpsk=9c1f04be7a2d3e58b6f0c4a9d2e7b1f3", "wpa_supplicant.conf"),
    (
        "generic-sql-password",
        f"CREATE USER 'squid'@'localhost' IDENTIFIED BY '{PASSWORD}';",
        "db/init.sql",
    ),
    ("generic-sql-password", "CREATE USER 'app'@'%' IDENTIFIED BY 'squid2024x';", "db/init.sql"),
    ("generic-password", f'PASSWORD="/{PASSWORD}$x"', "deploy.sh"),
    # URL escapes in a generated value
    ("generic-password", 'password = "Xk9%2Fq2LmZ"', "app/config.py"),
    ("postgres-connection-uri", "DATABASE_URL=postgres://app:Xk9%2Fq2Lm7Z@db/app", "deploy/.env"),
    ("postgres-connection-uri", "postgresql://usuario:Tq7zK2mLx9W@db/app", "deploy/.env"),
    ("generic-password", f"model.User(name=u'joeadmin', password=u'{PASSWORD}'),", "app/seed.py"),
    # the same token written on its own, in a URL, a string or an assignment
    ("facebook-access-token", f"FB_TOKEN={BASE64_RUN[50:-21]}", "deploy/.env"),
    (
        "facebook-access-token",
        f"https://graph.facebook.com/me?access_token={BASE64_RUN[50:-21]}",
        "notes.txt",
    ),
]


@pytest.mark.parametrize(("rule", "line", "path"), DROPPED)
def test_dropped(rule: str, line: str, path: str) -> None:
    assert dropped(rule, line, path)


@pytest.mark.parametrize(("rule", "line", "path"), KEPT)
def test_kept(rule: str, line: str, path: str) -> None:
    assert kept(rule, line, path)


def test_counting_digits_between_letters_are_filler_and_random_values_are_not() -> None:
    assert is_counting_filler("a123b45c6d78e9f012a34cd5e6a7890b12c3d45e")
    assert is_counting_filler("x9y8z7w6v5u4t3s2r1q0p9")  # counting down
    # ten random digits count on at 85 % of their steps about once in ten million
    assert not any(is_counting_filler(secrets.token_hex(32)) for _ in range(2000))
    assert not is_counting_filler("3f4ca100e2fc675ea123f4eb12c4a012")


def test_counting_hex_bytes() -> None:
    assert is_counting_hex("000102030405060708090a0b0c0d0e0f")
    assert is_counting_hex("1F1E1D1C1B1A1918")  # counting down, upper case
    assert not is_counting_hex("00010203040506")  # seven bytes: too short to tell
    assert not is_counting_hex("000102030405060708090a0b0c0d0e0")  # odd: not whole bytes
    assert not any(is_counting_hex(secrets.token_hex(16)) for _ in range(2000))
