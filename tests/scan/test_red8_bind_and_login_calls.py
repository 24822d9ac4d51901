"""Red-team round 8, third probe: LDAP binds, mail/FTP logins, Azure credential constructors,
Windows account commands and Rust byte-string constants with a literal credential."""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import found_by_both as found

PW = "Velvet43!&bxl"
TOKEN = "xQ9vLm2Rk7Tz4WbNc8PaYd3F"


@pytest.mark.parametrize(
    ("text", "path", "rule", "value"),
    [
        (
            f'env.put(Context.SECURITY_CREDENTIALS, "{PW}");',
            "LdapAuth.java",
            "ldap-bind-password",
            PW,
        ),
        (
            f'conn.simple_bind_s("cn=svc,dc=acme,dc=local", "{PW}")',
            "auth.py",
            "ldap-bind-password",
            PW,
        ),
        (
            f'$bind = ldap_bind($ds, "cn=svc,dc=acme,dc=local", "{PW}");',
            "auth.php",
            "ldap-bind-password",
            PW,
        ),
        (f'l.simple_bind_s(BIND_DN, "{PW}")', "sync.py", "ldap-bind-password", PW),
        (
            f'var e = new DirectoryEntry("LDAP://ad.acme.local", "ACME\\\\svc", "{PW}");',
            "Ldap.cs",
            "ldap-bind-password",
            PW,
        ),
        (
            f'var c = new ClientSecretCredential(tenantId, clientId, "{TOKEN}");',
            "Identity.cs",
            "azure-client-secret-credential-positional",
            TOKEN,
        ),
        (
            f'transport.connect("smtp.acme.local", "mailer", "{PW}");',
            "Sender.java",
            "http-auth-tuple-password",
            PW,
        ),
        (f'ftpClient.login("uploader", "{PW}");', "Upload.java", "http-auth-tuple-password", PW),
        (f"$smtp->auth('notify@acme.io', '{PW}');", "send.pl", "http-auth-tuple-password", PW),
        (
            f"Net::SMTP.start('smtp.acme.io', 587, 'acme.io', 'notify@acme.io', '{PW}', :login) do |smtp|",
            "notify.rb",
            "ruby-net-smtp-password",
            PW,
        ),
        (
            f"net user svc_backup {PW} /add /expires:never",
            "setup.bat",
            "windows-net-user-password",
            PW,
        ),
        (
            f'schtasks /create /tn "Backup" /tr C:\\backup.bat /sc daily /ru ACME\\svc /rp {PW}',
            "setup.cmd",
            "windows-net-user-password",
            PW,
        ),
        (f'const WEBHOOK_SECRET: &[u8] = b"{TOKEN}";', "src/keys.rs", "generic-secret", TOKEN),
        (f'static SECRET: &[u8; 24] = b"{TOKEN}";', "src/keys.rs", "generic-secret", TOKEN),
        (
            f'pub static API_TOKEN: &\'static str = "{TOKEN}";',
            "src/keys.rs",
            "generic-token",
            TOKEN,
        ),
    ],
)
def test_reported(engines: dict[str, Engine], text: str, path: str, rule: str, value: str) -> None:
    assert found(engines, text, path) == [(rule, value)]


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("env.put(Context.SECURITY_CREDENTIALS, password);", "LdapAuth.java"),
        ('conn.simple_bind_s("cn=admin,dc=example,dc=com", "secret")', "auth.py"),
        ("$bind = ldap_bind($ds, $dn, $pass);", "auth.php"),
        ("cred = ClientSecretCredential(tenant_id, client_id, client_secret)", "identity.py"),
        ('cred = ClientSecretCredential(TENANT, CLIENT, "<client-secret>")', "identity.py"),
        ("transport.connect(host, user, password);", "Sender.java"),
        ('transport.connect("smtp.gmail.com", "user", "password");', "Sender.java"),
        (
            "Net::SMTP.start('your.smtp.server', 25, 'mail.from.domain', 'Your Account', 'Your Password', :plain)",
            "n.rb",
        ),
        ("net user svc_backup * /add", "setup.bat"),
        ("net user svc_backup /delete", "setup.bat"),
        ("net user admin %ADMIN_PASSWORD% /add", "setup.bat"),
        ('schtasks /create /tn "Backup" /ru SYSTEM /sc daily', "setup.bat"),
        ('const SECRET: &[u8] = include_bytes!("secret.bin");', "keys.rs"),
        ("const SECRET: &[u8] = SECRET_BYTES;", "keys.rs"),
    ],
)
def test_not_reported(engines: dict[str, Engine], text: str, path: str) -> None:
    assert found(engines, text, path) == []
