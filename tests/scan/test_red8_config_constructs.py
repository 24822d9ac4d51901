"""Red-team round 8 (credentials in application config across languages): constructs that recur in
real code and were missed — PHPMailer's ``$mail->Password`` holding a Google app password, sssd's
``ldap_default_authtok``, ``bindpw``/``rootpw`` directives of LDAP clients and slapd, credentials as
Go flag / Python argparse defaults, and Bundler's ``BUNDLE_<HOST>: "user:password"``."""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import found_by_both as found

PASSWORD = "Velvet43!&bxl"
TOKEN = "xQ9vLm2Rk7Tz4WbNc8PaYd3F"


@pytest.mark.parametrize(
    ("text", "path", "rule", "value"),
    [
        (
            "$mail->Password   = 'vbrk qmzt hwxe plaf';",
            "includes/mailer.php",
            "google-app-password",
            "vbrk qmzt hwxe plaf",
        ),
        (
            f"ldap_default_bind_dn = cn=sssd,dc=acme,dc=local\nldap_default_authtok = {PASSWORD}\n",
            "etc/sssd/sssd.conf",
            "generic-auth",
            PASSWORD,
        ),
        (
            f"uri ldap://ldap.acme.local/\nbinddn cn=nslcd,dc=acme,dc=local\nbindpw {PASSWORD}\n",
            "etc/nslcd.conf",
            "generic-ldap-bindpw",
            PASSWORD,
        ),
        (
            f"BASE dc=acme,dc=io\nBINDPW   {PASSWORD}\n",
            "etc/ldap.conf",
            "generic-ldap-bindpw",
            PASSWORD,
        ),
        (
            f'rootdn "cn=admin,dc=acme,dc=io"\nrootpw {PASSWORD}\n',
            "etc/openldap/slapd.conf",
            "generic-ldap-bindpw",
            PASSWORD,
        ),
        (
            f'\tdbPass := flag.String("db-pass", "{PASSWORD}", "database password")',
            "cmd/server/main.go",
            "generic-cli-flag-default",
            PASSWORD,
        ),
        (
            f'\tflag.StringVar(&cfg.APIToken, "api-token", "{TOKEN}", "API token")',
            "main.go",
            "generic-cli-flag-default",
            TOKEN,
        ),
        (
            f'\tcmd.Flags().StringVarP(&pw, "password", "p", "{PASSWORD}", "admin password")',
            "cmd/root.go",
            "generic-cli-flag-default",
            PASSWORD,
        ),
        (
            f'parser.add_argument("--password", default="{PASSWORD}", help="db password")',
            "tool.py",
            "generic-argparse-default",
            PASSWORD,
        ),
        (
            f"@click.option('--api-key', envvar='API_KEY', default='{TOKEN}')",
            "cli.py",
            "generic-argparse-default",
            TOKEN,
        ),
        (
            f'BUNDLE_GEMS__ACME__IO: "deploy:{TOKEN}"',
            ".bundle/config",
            "bundler-source-credentials",
            TOKEN,
        ),
    ],
)
def test_reported(engines: dict[str, Engine], text: str, path: str, rule: str, value: str) -> None:
    assert found(engines, text, path) == [(rule, value)]


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("$mail->Password = 'your app password';", "mailer.php"),
        ("$user->Password = 'vbrk qmzt hwxe plaf';", "user.php"),
        ("ldap_default_authtok_type = password\nldap_default_authtok = ${LDAP_PW}\n", "sssd.conf"),
        ("ldap_default_authtok = obfuscated_password\n", "sssd.conf"),
        ("rootpw {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=\n", "slapd.conf"),
        ("# bindpw secret\nbindpw ${LDAP_BIND_PASSWORD}\nbindpw <password>\n", "nslcd.conf"),
        ("The bindpw option sets the password used to bind.\n", "README"),
        ('flag.String("token", os.Getenv("API_TOKEN"), "API token")', "main.go"),
        ('flag.StringVar(&pw, "password", "", "database password")', "main.go"),
        ('flag.String("key-file", "/etc/app/key.pem", "path to the key")', "main.go"),
        ('flag.String("db-password", "", "Xq7mL2vRt9Kw")', "main.go"),
        ('flag.String("auth-mode", "basic", "authentication mode")', "main.go"),
        ('flag.String("api-key", "YOUR_API_KEY", "API key")', "main.go"),
        ('parser.add_argument("--password", default=os.environ.get("DB_PASSWORD"))', "tool.py"),
        ('parser.add_argument("--token", default="YOUR_TOKEN_HERE")', "tool.py"),
        ('parser.add_argument("--auth-type", default="basic")', "tool.py"),
        ('parser.add_argument("--key-file", default="/etc/app/key.pem")', "tool.py"),
        ('BUNDLE_GEMS__CONTRIBSYS__COM: "${SIDEKIQ_USER}:${SIDEKIQ_PASS}"', ".bundle/config"),
        ('BUNDLE_GEMS__EXAMPLE__COM: "username:password"', ".bundle/config"),
        ('BUNDLE_BUILD__PG: "--with-pg-config=/usr/pgsql-9.1/bin/pg_config"', ".bundle/config"),
    ],
)
def test_not_reported(engines: dict[str, Engine], text: str, path: str) -> None:
    assert found(engines, text, path) == []
