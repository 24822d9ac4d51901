"""Round 21: where people write credentials, and the look-alikes in the same places.

Notes and chats: the place a password is for ("wifi password at the office: …", "root pw on the pi
-> …"), a secret by itself with its abbreviation in brackets ("the vpn shared secret (PSK) is …"),
a new value set ("I set the JWT secret to …"), a Gmail app password in a sentence, "Password - …"
in a list, a login pair after "the creds are" ("admin:…"). Windows' two ways of keeping an API key
(setx, .NET's SetEnvironmentVariable), a Jinja template's default (Ansible, Salt), and an entry on
the line right after another (a rule that took the newline had consumed that line's start).
Quiet: manual pages and their troff escapes, the pass password store's entries and settings, the
labels of a PKCS #11 URI. Values here are made up.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import found_by_both

NOTES = "notes/launch.md"
J2 = "roles/db/templates/my.cnf.j2"

# (text, path, rule, value) reported
REPORTED = [
    (
        "- wifi password at the office: PurpleMonkey-4471\n",
        NOTES,
        "generic-prose-password",
        "PurpleMonkey-4471",
    ),
    ("root pw on the raspberry pi -> Gn5tRb8wQz\n", NOTES, "generic-prose-password", "Gn5tRb8wQz"),
    ("staging db password → Hq7#vR2kLm9x\n", NOTES, "generic-prose-password", "Hq7#vR2kLm9x"),
    (
        "the vpn shared secret (PSK) is 7fQ2mZ9xL4pK8wR1\n",
        NOTES,
        "generic-prose-token",
        "7fQ2mZ9xL4pK8wR1",
    ),
    (
        "- I set the JWT secret to k9Zx7Qw2Lm4Np8Rt6Vb3Yc1Hd5Fg0Js\n",
        NOTES,
        "generic-prose-token",
        "k9Zx7Qw2Lm4Np8Rt6Vb3Yc1Hd5Fg0Js",
    ),
    (
        "the gmail app password is hxkz qpmw rtvb nyla\n",
        NOTES,
        "google-app-password",
        "hxkz qpmw rtvb nyla",
    ),
    (
        "Netflix - user jo@acme.io - Password - Tb6nW2xK9q!\n",
        NOTES,
        "generic-prose-password-bare",
        "Tb6nW2xK9q!",
    ),
    (
        "the DB creds are admin:Hk7m2Lq9xW\n",
        NOTES,
        "generic-prose-user-colon-password",
        "Hk7m2Lq9xW",
    ),
    (
        '{"type": "text", "text": "creds for grafana are `viewer:Summer*8411!jy`"}\n',
        NOTES,
        "generic-prose-user-colon-password",
        "Summer*8411!jy",
    ),
    # Windows: setx, and .NET's setter with a target scope after the value
    (
        "setx API_TOKEN Rt5kW9mX2qLz7Vb3Nc8Hd1Jf /M\n",
        "setup.ps1",
        "generic-windows-setx",
        "Rt5kW9mX2qLz7Vb3Nc8Hd1Jf",
    ),
    ('setx DB_PASSWORD "Hq8vKz2mLp4xW"\n', "setup.ps1", "generic-password", "Hq8vKz2mLp4xW"),
    (
        '[Environment]::SetEnvironmentVariable("API_KEY", "Rt5kW9mX2qLz7Vb3Nc8Hd1Jf", "User")\n',
        "setup.ps1",
        "generic-key",
        "Rt5kW9mX2qLz7Vb3Nc8Hd1Jf",
    ),
    # Jinja: {{ name | default('…') }}, judged as name = "…"
    (
        "mysql_root_password: \"{{ vault_mysql_root_password | default('Xk7pQ2vR9mLw') }}\"\n",
        J2,
        "generic-template-default",
        "Xk7pQ2vR9mLw",
    ),
    (
        'DB_PASS={{ db.password | default("Hk9mW2vLq7zR", true) }}\n',
        J2,
        "generic-template-default",
        "Hk9mW2vLq7zR",
    ),
    # a generated password after pass, a credential named after its store
    ("pass Qx7/kR2mLw9\n", "home/jo/.bash_history", "generic-prose-password-bare", "Qx7/kR2mLw9"),
    (
        "PASSWORD_MANAGER_API_KEY=Xk7mQ2pL9vR4wZ8tN3yB\n",
        ".env",
        "generic-password",
        "Xk7mQ2pL9vR4wZ8tN3yB",
    ),
    ("SECRET_STORE_TOKEN=Xk7mQ2pL9vR4wZ8tN3yB\n", ".env", "generic-secret", "Xk7mQ2pL9vR4wZ8tN3yB"),
]

# (text, path) with no finding at all
QUIET = [
    # an arrow in code and docs points at a type or a name, not a value
    ("fn password(&self) -> Option<String> {\n", "src/auth.rs"),
    ("password -> hashedPassword\n", "docs/flow.md"),
    ("Password on the login page -> <your password>\n", "docs/setup.md"),
    ("the password in the form: required\n", "docs/forms.md"),
    # "secret" by itself before "is", "set … to": words and placeholders
    ("the secret (if any) is read_from_the_environment\n", "docs/config.md"),
    ("the secret is out\n", NOTES),
    ("we changed the api key to YOUR_API_KEY_HERE\n", NOTES),
    ("Set the client secret to the value shown on the console\n", "docs/oauth.md"),
    # an app password in a sentence that explains it; "Password -" before a description
    ("the app password is used with less secure apps\n", "docs/mail.md"),
    ("  password - Required\n", "docs/api.md"),
    ("  --password - optional password for auth\n", "docs/cli.md"),
    # "login is" / "creds are" before a host and port or a placeholder pair
    ("the login is db.internal:5432\n", NOTES),
    ("the creds are user:password\n", NOTES),
    ("credentials are username:${PASSWORD}\n", NOTES),
    ("login is admin:changeme123\n", NOTES),
    # a translated sentence in JSON escapes, judged as the letters they stand for
    ('"hint": "the creds are usuario:contrase\\u00f1a"\n', "locales/es.json"),
    # setx and SetEnvironmentVariable without a secret; a list of three names is still a list
    ('setx PATH "%PATH%;C:\\tools\\bin"\n', "setup.ps1"),
    ('setx OPENAI_API_KEY "your_api_key_here"\n', "setup.ps1"),
    ("setx JAVA_HOME C:\\Java\\jdk-21\n", "setup.ps1"),
    ("setx BUILD_ID Rt5kW9mX2qLz7Vb3Nc8Hd1Jf\n", "setup.ps1"),
    ('[Environment]::SetEnvironmentVariable("API_KEY", "your-api-key", "User")\n', "setup.ps1"),
    ('fields = ("password", "confirm_password", "username")\n', "setup.ps1"),
    # Jinja defaults that are no secret: placeholders, lookups, ports, paths, no credential name
    ("admin_password: \"{{ admin_password | default('changeme') }}\"\n", J2),
    ("api_key: \"{{ api_key | default(lookup('env', 'API_KEY')) }}\"\n", J2),
    ("keycloak_port: {{ keycloak_port | default('8443') }}\n", J2),
    ("ssl_key: {{ ssl_key_file | default('/etc/ssl/private/server.key') }}\n", J2),
    ("sid: {{ oracle_sid | default('ORCLCDB7x') }}\n", J2),
    # a manual page is documentation; troff escapes after a word do not make it a value
    ("that uses cracklib to check the password quality\\&.\n", "docs/man/smb.conf.5"),
    ("\\m[blue]\\fBunix password sync\\fR\\m[]\n", "docs/man/smb.conf.5"),
    ("Show/set password settings\\&.\n", "docs/man/smb.conf.5"),
    (
        "active key\\-slot with known passphrase is undamaged. Damaging the LUKS\n",
        "usr/share/man/man8/cryptsetup.8",
    ),
    ("passphrase is undamaged. Damaging the LUKS header\n", "man/cryptsetup.8"),
    ("Enter password for new role: \\fBxyzzy\\fR\n", "doc/src/sgml/man1/createuser.1"),
    # the pass password store: an entry it shows, one of its settings
    (".B zx2c4@laptop ~ $ pass Email/zx2c4.com\n", "man/pass.1"),
    ("pass Email/zx2c4.com\n", "home/jo/.bash_history"),
    ("PASSWORD_STORE_X_SELECTION=clipboard\n", ".env"),
    ('X_SELECTION="${PASSWORD_STORE_X_SELECTION:-clipboard}"\n', "bin/pass"),
    # RFC 7512: token= and object= name a smart card and a key on it (msmtp's manual)
    (
        "tls_cert_file pkcs11:model=PKCS%2315%20emulated;manufacturer=piv_II;serial=00000000;"
        "token=PIV_II%20%28PIV%20Card%20Holder%20pin%29;id=%01;object=PIV%20AUTH%20key;type=cert\n",
        "doc/msmtp.texi",
    ),
]


@pytest.mark.parametrize(("text", "path", "rule", "value"), REPORTED)
def test_reported(engines: dict[str, Engine], text: str, path: str, rule: str, value: str) -> None:
    assert (rule, value) in found_by_both(engines, text, path)


@pytest.mark.parametrize(("text", "path"), QUIET)
def test_quiet(engines: dict[str, Engine], text: str, path: str) -> None:
    assert found_by_both(engines, text, path) == []


def test_a_login_pair_in_a_url_is_the_url_rules(engines: dict[str, Engine]) -> None:
    found = found_by_both(engines, "the creds are admin:Hk7m2Lq9xW@db.acme.io\n", NOTES)
    assert all(rule != "generic-prose-user-colon-password" for rule, _ in found)


@pytest.mark.parametrize(
    ("text", "path", "rule", "values"),
    [
        # a rule that reads its line's start and takes the newline after its value: the next
        # line's entry starts where that match ended, and was missed
        (
            "ssh root@10.0.0.5 with password Rz8kP3mQ7v\nPassword - Tb6nW2xK9q!\n",
            "notes/boxes.md",
            "generic-prose-password-bare",
            {"Rz8kP3mQ7v", "Tb6nW2xK9q!"},
        ),
        (
            "[smtp.a-relay.net]:587 a@acme.io:Zq4vT9mKx2Rw\n[smtp.b-relay.net]:587 b@acme.io:Hk8mW2xQ7zLp\n",
            "etc/postfix/sasl_passwd",
            "postfix-sasl-password",
            {"Zq4vT9mKx2Rw", "Hk8mW2xQ7zLp"},
        ),
        (
            "_auth=eGV1cmR5Om55aFV1YXBKU0NTUlNw\n_auth=a2R3anVsOlBHWWxwR2pjUEluMHlr\n",
            "home/.npmrc",
            "npmrc-basic-auth",
            {"eGV1cmR5Om55aFV1YXBKU0NTUlNw", "a2R3anVsOlBHWWxwR2pjUEluMHlr"},
        ),
    ],
)
def test_entries_on_consecutive_lines_are_each_reported(
    engines: dict[str, Engine], text: str, path: str, rule: str, values: set[str]
) -> None:
    found = found_by_both(engines, text, path)
    assert {v for r, v in found if r == rule} == values
