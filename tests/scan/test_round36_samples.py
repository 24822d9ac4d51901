"""Round 36: Debian's source packages of mail, directory, VPN, database and messaging servers
(Postfix, Dovecot, Exim, OpenLDAP, FreeRADIUS, Samba, BIND, strongSwan, OpenVPN, HAProxy, Squid,
PostgreSQL 15, MariaDB, Redis, RabbitMQ, Erlang/OTP, Elixir, cryptography): MySQL's and MariaDB's
mysql-test suite read as a test folder, and a NIST known-answer file's KEY lines with CRLF ends.

Every quiet case has a reported counterpart one step away.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import check_case, table_cases

RSP_KEY = "aecc5e18088bf9fd7b17f089bdd5607b69903b04b726361f8a81e221b1c91891"
RSP = "otp/lib/crypto/test/crypto_SUITE_data/VNT256.rsp"
SP_SECURITY = "CREATE USER mysqltest_1@localhost IDENTIFIED BY '{}';\n"

# (text, path, rule, value) reported
REPORTED = [
    # a Key line that goes on after the digits is no known-answer line
    (f"Key = {RSP_KEY} (x)\r\n", RSP, "generic-key", RSP_KEY),
    # the same statement outside a test suite, with a chosen password (meow is a dictionary
    # word, quiet anywhere)
    (
        SP_SECURITY.format("mewq"),
        "mariadb/scripts/create_users.sql",
        "generic-sql-password",
        "mewq",
    ),
]

# (text, path) with no finding
QUIET = [
    (f"Key = {RSP_KEY}\r\n", RSP),
    (SP_SECURITY.format("meow"), "mariadb-10.11.18/mysql-test/main/sp-security.result"),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round36_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
