"""Round 21. Credentials written in notes and chats the way people write them: the place a password
is for ("wifi password at the office: …", "root pw on the pi -> …"), a secret by itself with its
abbreviation in brackets ("the vpn shared secret (PSK) is …"), a new value set ("I set the JWT
secret to …"), a Gmail app password in a sentence, "Password - …" in a list, and a login pair
after "the creds are" ("admin:…"). Each form has its look-alikes in code and docs, which stay
quiet. Also: an entry on the line right after another (a rule that took the newline had consumed
that line's start), and a Jinja template's default (Ansible, Salt). Values here are made up.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import found_by_both


@pytest.mark.parametrize(
    ("text", "rule", "value"),
    [
        (
            "- wifi password at the office: PurpleMonkey-4471\n",
            "generic-prose-password",
            "PurpleMonkey-4471",
        ),
        ("root pw on the raspberry pi -> Gn5tRb8wQz\n", "generic-prose-password", "Gn5tRb8wQz"),
        ("staging db password → Hq7#vR2kLm9x\n", "generic-prose-password", "Hq7#vR2kLm9x"),
        (
            "the vpn shared secret (PSK) is 7fQ2mZ9xL4pK8wR1\n",
            "generic-prose-token",
            "7fQ2mZ9xL4pK8wR1",
        ),
        (
            "- I set the JWT secret to k9Zx7Qw2Lm4Np8Rt6Vb3Yc1Hd5Fg0Js\n",
            "generic-prose-token",
            "k9Zx7Qw2Lm4Np8Rt6Vb3Yc1Hd5Fg0Js",
        ),
        (
            "the gmail app password is hxkz qpmw rtvb nyla\n",
            "google-app-password",
            "hxkz qpmw rtvb nyla",
        ),
        (
            "Netflix - user jo@acme.io - Password - Tb6nW2xK9q!\n",
            "generic-prose-password-bare",
            "Tb6nW2xK9q!",
        ),
        ("the DB creds are admin:Hk7m2Lq9xW\n", "generic-prose-user-colon-password", "Hk7m2Lq9xW"),
        (
            '{"type": "text", "text": "creds for grafana are `viewer:Summer*8411!jy`"}\n',
            "generic-prose-user-colon-password",
            "Summer*8411!jy",
        ),
    ],
)
def test_note_forms_are_reported(
    engines: dict[str, Engine], text: str, rule: str, value: str
) -> None:
    assert (rule, value) in found_by_both(engines, text, "notes/launch.md")


@pytest.mark.parametrize(
    ("text", "path"),
    [
        # an arrow in code and docs points at a type or a name, not a value
        ("fn password(&self) -> Option<String> {\n", "src/auth.rs"),
        ("password -> hashedPassword\n", "docs/flow.md"),
        ("Password on the login page -> <your password>\n", "docs/setup.md"),
        ("the password in the form: required\n", "docs/forms.md"),
        # "secret" by itself before "is": words and placeholders
        ("the secret (if any) is read_from_the_environment\n", "docs/config.md"),
        ("the secret is out\n", "notes/a.md"),
        ("we changed the api key to YOUR_API_KEY_HERE\n", "notes/a.md"),
        ("Set the client secret to the value shown on the console\n", "docs/oauth.md"),
        # an app password in a sentence that explains it
        ("the app password is used with less secure apps\n", "docs/mail.md"),
        # "Password -" before a description
        ("  password - Required\n", "docs/api.md"),
        ("  --password - optional password for auth\n", "docs/cli.md"),
        # "login is" / "creds are" before a host and port, a placeholder pair or a URL
        ("the login is db.internal:5432\n", "notes/a.md"),
        ("the creds are user:password\n", "notes/a.md"),
        ("credentials are username:${PASSWORD}\n", "notes/a.md"),
        ("login is admin:changeme123\n", "notes/a.md"),
    ],
)
def test_look_alikes_are_not_reported(engines: dict[str, Engine], text: str, path: str) -> None:
    assert found_by_both(engines, text, path) == []


def test_a_login_pair_in_a_url_is_the_url_rules(engines: dict[str, Engine]) -> None:
    found = found_by_both(engines, "the creds are admin:Hk7m2Lq9xW@db.acme.io\n", "notes/a.md")
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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "mysql_root_password: \"{{ vault_mysql_root_password | default('Xk7pQ2vR9mLw') }}\"\n",
            "Xk7pQ2vR9mLw",
        ),
        ('DB_PASS={{ db.password | default("Hk9mW2vLq7zR", true) }}\n', "Hk9mW2vLq7zR"),
    ],
)
def test_a_jinja_default_is_reported(engines: dict[str, Engine], text: str, value: str) -> None:
    """Ansible's and Salt's Jinja: ``{{ name | default('…') }}``, judged as ``name = "…"``."""
    found = found_by_both(engines, text, "roles/db/templates/my.cnf.j2")
    assert ("generic-template-default", value) in found


@pytest.mark.parametrize(
    "text",
    [
        "admin_password: \"{{ admin_password | default('changeme') }}\"\n",
        "api_key: \"{{ api_key | default(lookup('env', 'API_KEY')) }}\"\n",
        "keycloak_port: {{ keycloak_port | default('8443') }}\n",
        "ssl_key: {{ ssl_key_file | default('/etc/ssl/private/server.key') }}\n",
        "sid: {{ oracle_sid | default('ORCLCDB7x') }}\n",
    ],
)
def test_jinja_defaults_that_are_no_secret(engines: dict[str, Engine], text: str) -> None:
    assert found_by_both(engines, text, "roles/db/templates/my.cnf.j2") == []


@pytest.mark.parametrize(
    ("text", "rule", "value"),
    [
        # where Windows users keep an API key: setx, and .NET's setter with a target scope
        (
            "setx API_TOKEN Rt5kW9mX2qLz7Vb3Nc8Hd1Jf /M\n",
            "generic-windows-setx",
            "Rt5kW9mX2qLz7Vb3Nc8Hd1Jf",
        ),
        ('setx DB_PASSWORD "Hq8vKz2mLp4xW"\n', "generic-password", "Hq8vKz2mLp4xW"),
        (
            '[Environment]::SetEnvironmentVariable("API_KEY", "Rt5kW9mX2qLz7Vb3Nc8Hd1Jf", "User")\n',
            "generic-key",
            "Rt5kW9mX2qLz7Vb3Nc8Hd1Jf",
        ),
    ],
)
def test_windows_environment_setters_are_reported(
    engines: dict[str, Engine], text: str, rule: str, value: str
) -> None:
    assert (rule, value) in found_by_both(engines, text, "setup.ps1")


@pytest.mark.parametrize(
    "text",
    [
        'setx PATH "%PATH%;C:\\tools\\bin"\n',
        'setx OPENAI_API_KEY "your_api_key_here"\n',
        "setx JAVA_HOME C:\\Java\\jdk-21\n",
        "setx BUILD_ID Rt5kW9mX2qLz7Vb3Nc8Hd1Jf\n",
        '[Environment]::SetEnvironmentVariable("API_KEY", "your-api-key", "User")\n',
        # a list of three names is still a list
        'fields = ("password", "confirm_password", "username")\n',
    ],
)
def test_windows_setters_without_a_secret(engines: dict[str, Engine], text: str) -> None:
    assert found_by_both(engines, text, "setup.ps1") == []


@pytest.mark.parametrize(
    "text",
    [
        "that uses cracklib to check the password quality\\&.\n",
        "\\m[blue]\\fBunix password sync\\fR\\m[]\n",
        "Show/set password settings\\&.\n",
    ],
)
def test_words_of_a_man_page_are_no_password(engines: dict[str, Engine], text: str) -> None:
    """troff escapes (``\\&``, ``\\fR``, ``\\m[]``) after a word do not make it a password."""
    assert found_by_both(engines, text, "docs/man/smb.conf.5") == []


@pytest.mark.parametrize(
    ("text", "path"),
    [
        # a manual page is documentation: a word after "passphrase is" is English there
        (
            "active key\\-slot with known passphrase is undamaged. Damaging the LUKS\n",
            "usr/share/man/man8/cryptsetup.8",
        ),
        ("passphrase is undamaged. Damaging the LUKS header\n", "man/cryptsetup.8"),
        # a word set in bold by troff
        ("Enter password for new role: \\fBxyzzy\\fR\n", "doc/src/sgml/man1/createuser.1"),
        # the pass password store shows an entry by its name
        (".B zx2c4@laptop ~ $ pass Email/zx2c4.com\n", "man/pass.1"),
        ("pass Email/zx2c4.com\n", "home/jo/.bash_history"),
    ],
)
def test_manual_pages_and_pass_entries(engines: dict[str, Engine], text: str, path: str) -> None:
    assert found_by_both(engines, text, path) == []


def test_a_generated_password_after_pass_stays(engines: dict[str, Engine]) -> None:
    found = found_by_both(engines, "pass Qx7/kR2mLw9\n", "home/jo/.bash_history")
    assert ("generic-prose-password-bare", "Qx7/kR2mLw9") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a setting of the pass password store, not a password
        ("PASSWORD_STORE_X_SELECTION=clipboard\n", []),
        ('X_SELECTION="${PASSWORD_STORE_X_SELECTION:-clipboard}"\n', []),
        # a credential named after its store is still one
        (
            "PASSWORD_MANAGER_API_KEY=Xk7mQ2pL9vR4wZ8tN3yB\n",
            [("generic-password", "Xk7mQ2pL9vR4wZ8tN3yB")],
        ),
        ("SECRET_STORE_TOKEN=Xk7mQ2pL9vR4wZ8tN3yB\n", [("generic-secret", "Xk7mQ2pL9vR4wZ8tN3yB")]),
    ],
)
def test_settings_of_a_credential_store(
    engines: dict[str, Engine], text: str, expected: list[tuple[str, str]]
) -> None:
    assert found_by_both(engines, text, "home/jo/.config/env") == expected


def test_labels_in_a_pkcs11_uri_are_no_token(engines: dict[str, Engine]) -> None:
    """RFC 7512: ``token=`` and ``object=`` name a smart card and a key on it (msmtp's manual)."""
    line = (
        "tls_cert_file pkcs11:model=PKCS%2315%20emulated;manufacturer=piv_II;serial=00000000;"
        "token=PIV_II%20%28PIV%20Card%20Holder%20pin%29;id=%01;object=PIV%20AUTH%20key;type=cert\n"
    )
    assert found_by_both(engines, line, "doc/msmtp.texi") == []
    assert found_by_both(engines, "auth_token=Xk7mQ2pL9vR4wZ8tN3yB\n", "msmtprc") != []
