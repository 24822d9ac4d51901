"""Round 34: Debian's source packages of servers and web applications (WordPress, MediaWiki,
DokuWiki, nginx, Apache httpd, git, sudo, GnuPG, Keystone, Swift, Zabbix, Icinga 2, Nagios, LXD):
libtool's link passes and an algorithm's first pass, a value built from shell variables, a key
grip, OpenStack's API reference samples, "Sekr3t", the word after "Password:" that names the
prompt, an option name in capitals where the value goes, and base64 of a placeholder after a
"base64:" prefix.

Every quiet case has a reported counterpart one step away.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import check_case, table_cases

LTMAIN = "httpd-2.4.68/build/ltmain.sh"
LIB_HTTPD = "git-2.39.5/t/lib-httpd.sh"
URL_PASS = "\tHTTPD_URL_USER_PASS={}$HTTPD_PROTO://user%40host:pass%40host@$HTTPD_DEST\n"
GRIP = "gnupg-2.2.40/sm/certreqgen.c"
FINGERPRINT = "68A638998DFABAC510EA645CE34F9686B2EDF7EA"
SAMPLE = '        "secret": "rEaqvJka48mpv",\n'
SERVICES = "keystone/doc/source/admin/manage-services.rst"
NEWS = "sudo-1.9.13p3/NEWS"
LDAP = "sudo-1.9.13p3/docs/sudoers.ldap.man.in"

# (text, path, rule, value) reported
REPORTED = [
    ("\tfi # $pass = Zq4vT9mKx2\n", LTMAIN, "generic-password", "Zq4vT9mKx2"),
    (
        "\t/* pass: tally9Zq4vT, in j, the size of the new_msg string: */\n",
        "git-2.39.5/imap-send.c",
        "generic-password",
        "tally9Zq4vT",
    ),
    (
        URL_PASS.format("Zq4vT9mKx2Rw"),
        LIB_HTTPD,
        "generic-password",
        "Zq4vT9mKx2Rw$HTTPD_PROTO://user%40host:pass%40host@$HTTPD_DEST",
    ),
    (f"     Key-Secret: {FINGERPRINT}\n", GRIP, "generic-secret", FINGERPRINT),
    (SAMPLE, "keystone/tests/unit/credential.json", "generic-secret", "rEaqvJka48mpv"),
    (
        "   $ openstack user create --password Sekr4tPass glance\n",
        SERVICES,
        "generic-cli-password",
        "Sekr4tPass",
    ),
    (
        " * Prior to version 1.7.0, hitting enter/return at the Password: Zq4vT9mK\n",
        NEWS,
        "generic-password",
        "Zq4vT9mK",
    ),
    ("BINDPW base64:WnE0dlQ5bUt4MlJ3\n", LDAP, "generic-ldap-bindpw", "base64:WnE0dlQ5bUt4MlJ3"),
]

# (text, path) with no finding
QUIET = [
    ("\tfi # $pass = dlpreopen\n", LTMAIN),
    (
        "\t/* First pass: tally, in j, the size of the new_msg string: */\n",
        "git-2.39.5/imap-send.c",
    ),
    (URL_PASS.format(""), LIB_HTTPD),
    (f"     Key-Grip: {FINGERPRINT}\n", GRIP),
    (SAMPLE, "keystone/api-ref/source/v3/samples/admin/application-credential-create-request.json"),
    ("   $ openstack user create --password Sekr3tPass glance\n", SERVICES),
    (" * Prior to version 1.7.0, hitting enter/return at the Password: prompt\n", NEWS),
    ("BINDPW base64:dGVzdA==\n", LDAP),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round34_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
