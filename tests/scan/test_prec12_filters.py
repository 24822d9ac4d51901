"""Precision fixes from a twelfth held-out set (server configuration files and their documentation
from Debian packages: Zabbix templates, Dovecot, FreeRADIUS, wpa_supplicant, strongSwan, Squid,
Courier, Icinga 2 …): classes of false findings, each beside a value the same rule must still
report.

Every generated-looking value here is made up for the test.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import found_by_both
from .test_filters import kept

reported = kept  # a candidate of the rule on the line passes the filters


# ------------------------------------------------------------------ dotted item / metric names


@pytest.mark.parametrize(
    "value",
    [
        "zyxel.aam1212.contact",
        "zyxel.ies500x.net.adsl.discovery",
        "consul.gc_pause.p50",
        "etcd.http.requests.4xx.rate",
        "rabbitmq.healthcheck.v3810.discovery",
        "aws.ec2.ebs.io_balance",
    ],
)
@pytest.mark.parametrize("quote", ["", "'"])
def test_dotted_item_key_names_are_not_keys(value: str, quote: str) -> None:
    # a Zabbix template's item "key:" (and a metric or property name anywhere) is a name
    assert not reported("generic-key", f"    key: {quote}{value}{quote}", "template_app.yaml")


@pytest.mark.parametrize(
    "value",
    [
        "k3j9xq.p0q2zr.z8m1vw",  # pieces with letters and digits mixed: generated
        "1000.f74e7b6fc16c95bbc1fa2f06.9768e796b6273774",  # an OAuth token with dots
        "Qm7vR2kX.9Lz4Tb8N.wP3cJd6Y",  # mixed case
        "a1.b2.c3",  # no word pieces: judged as before
    ],
)
def test_generated_dotted_values_are_still_judged(value: str) -> None:
    from tether.scan.filters import _is_dotted_item_name

    assert not _is_dotted_item_name(value)


def test_dotted_key_with_random_value_still_reported() -> None:
    assert reported("generic-key", "api_key: k3j9xq.p0q2zr.z8m1vw7T", "config.yaml")
    assert reported("generic-key", "key: Qm7vR2kX9Lz4Tb8NwP3cJd6YhF1sGa5E", "template.yaml")


def test_dotted_name_rule_leaves_passwords_alone() -> None:
    # a person's password may be dotted words: the password family keeps its own checks
    from tether.scan.filters import _value_reason

    assert _value_reason("zyxel.aam1212.contact", "key") is not None
    assert _value_reason("zyxel.aam1212.contact", "password") is None


# ------------------------------------------------------------------ auth mechanism names


@pytest.mark.parametrize(
    "line",
    [
        'phase2="auth=MSCHAPV2"',
        "# ntlm auth = mschapv2-and-ntlmv2-only",
        "rightauth=rsa-2048-ecdsa-256-sha256-sha384-sha512",
        "auth = eap-ttls",
        "smtp_auth: CRAM-MD5",
    ],
)
def test_auth_setting_naming_a_mechanism_is_not_a_credential(line: str) -> None:
    assert not reported("generic-auth", line, "wpa_supplicant.conf")


@pytest.mark.parametrize(
    "line",
    [
        'auth = "Lq8zK2mX9wR3vT7pYb4N"',
        "NPM_AUTH=bXk9Zq2Lm7wR3vT8pY",
        "auth = rsa-Qm7vR2kX9Lz4Tb8NwP3c",  # a mechanism word glued to a random tail
    ],
)
def test_auth_setting_with_a_generated_value_is_reported(line: str) -> None:
    assert reported("generic-auth", line, "app.conf")


# ------------------------------------------------------------------ passwd-style lines


@pytest.mark.parametrize(
    "line",
    [
        "user:{plain}pass:1000:1000::/home/user::userdb_mail=maildir:~/Maildir",
        "user2:{PLAIN}password:1001:1001::/home/user2",
        "user3:{plain}pass3:1002:1002:Some One:/home/user3::userdb_quota_rule=*:bytes=100M",
    ],
)
def test_passwd_file_fields_after_the_password_are_not_a_password(line: str) -> None:
    assert not reported("generic-password", line, "passwd-file.txt")


def test_passwd_file_like_but_password_value_still_reported() -> None:
    assert reported("generic-password", "password: 1000:Qm7vR2kX9Lz4Tb8N", "app.yaml")
    assert reported("generic-password", 'pass = "1000:1000:Kx9!Wr2q"', "app.conf")


# ------------------------------------------------------------------ "basic" and a word


@pytest.mark.parametrize(
    "line",
    [
        "description: 'Runs basic healthchecks in the current node.'",
        "##auth_param basic credentialsttl 2 hours",
        "#  auth_param basic CREDENTIALSTTL 2 hours",
    ],
)
def test_basic_followed_by_a_word_is_no_header(line: str) -> None:
    assert not reported("generic-authorization-header", line, "squid.conf")


@pytest.mark.parametrize(
    "line",
    [
        "Authorization: Basic YWRtaW46VDd6cTJLbUw5eA==",
        "curl -H 'Authorization: Basic cm9vdDpRbTd2UjJrWDlMejQ='",
        "proxy_set_header X-Auth basic cm9vdDpRbTd2UjJrWDlMejQ=",
    ],
)
def test_basic_credentials_still_reported(line: str) -> None:
    assert reported("generic-authorization-header", line, "nginx.conf")


# ------------------------------------------------------------------ attributes of a password


@pytest.mark.parametrize(
    "line",
    [
        "pass_attrs = proxy=y proxy_mech=%m",
        "  password_attribute = userPassword",
        "pass_attrs = host=127.0.0.1 proxy=y proxy_mech=xoauth2",
    ],
)
def test_password_attributes_setting_is_not_a_password(line: str) -> None:
    assert not reported("generic-password", line, "dovecot-ldap.conf.ext")


def test_password_setting_in_same_file_still_reported() -> None:
    assert reported("generic-password", "dnpass = Wr9kLm2Qx7Tb", "dovecot-ldap.conf.ext")
    assert reported("generic-password", "pass = Wr9kLm2Qx7Tb", "dovecot-ldap.conf.ext")


def test_hash_scheme_name_is_not_a_password() -> None:
    assert not reported("generic-password", "password-scheme-sodium: ARGON2I - print errno", "NEWS")
    assert not reported("generic-password", "default_pass_scheme = ARGON2ID", "dovecot.conf")


# ------------------------------------------------------------------ Wi-Fi passphrase examples


@pytest.mark.parametrize(
    "line",
    [
        '\tpsk="very secret passphrase"',
        '\tpsk="not so secure passphrase"',
        '  psk="secret passphrase"',
        "\tpsk=123456789...",
        "wpa_passphrase=my wifi password",
    ],
)
def test_wifi_passphrase_described_or_elided_is_not_reported(
    engines: dict[str, Engine], line: str
) -> None:
    assert found_by_both(engines, f"network={{\n{line}\n}}\n", "wpa_supplicant.conf") == []


@pytest.mark.parametrize(
    "value",
    ["walrus lantern copper ninety", "Corvid-Lantern-48!", "secret Harbor 7 passphrase"],
)
def test_wifi_passphrase_still_reported(engines: dict[str, Engine], value: str) -> None:
    text = f'network={{\n\tssid="HomeNet"\n\tpsk="{value}"\n}}\n'
    assert found_by_both(engines, text, "wpa_supplicant.conf") == [("wifi-wpa-passphrase", value)]


# ------------------------------------------------------------------ command-line boundaries


def test_mysql_in_a_comma_list_of_names_is_no_command(engines: dict[str, Engine]) -> None:
    text = "The authentication method (courier-authlib-userdb, -mysql, -postgresql,\n"
    assert found_by_both(engines, text, "NEWS.Debian") == []


@pytest.mark.parametrize(
    "line",
    [
        "mysql -h db -u root -pQv7rTz2Lm9x shop",
        "mysql -pQv7rTz2Lm9x shop",
        '"C:\\mysql\\bin\\mysql.exe" -uroot -pQv7rTz2Lm9x',
        'EMAIL=`mysql -Bsuser -pQv7rTz2Lm9x -e "$QUERY" ser`;',
        "mysqldump --password=Qv7rTz2Lm9x --all-databases",
    ],
)
def test_mysql_commands_still_reported(engines: dict[str, Engine], line: str) -> None:
    assert ("mysql-cli-password", "Qv7rTz2Lm9x") in found_by_both(engines, line + "\n", "run.sh")


def test_pgpassword_ends_at_the_shell_semicolon(engines: dict[str, Engine]) -> None:
    # export PGPASSWORD=…; psql: the semicolon ends the assignment, it is no part of the password
    text = "export PGPASSWORD=Wr9kLm2Qx7; psql -U app -d app -c 'select 1'\n"
    assert found_by_both(engines, text, "notes.md") == [("psql-inline-password", "Wr9kLm2Qx7")]
    text = "PGPASSWORD=Wr9kLm2Qx7 psql -h db -U app\n"
    assert found_by_both(engines, text, "run.sh") == [("psql-inline-password", "Wr9kLm2Qx7")]


# ------------------------------------------------------------------ references and filler


@pytest.mark.parametrize(
    "line",
    [
        "password_key = passdb/%u",  # Dovecot dict passdb: %u is the user name
        "Cleartext-Password := &session-state:Tmp-Integer-0",  # FreeRADIUS unlang reference
        "$pw = $args{p};",  # Perl hash element
        "$password = $_POST['pw'];",  # PHP superglobal element
        'test0001 Max-All-Session := 54000, User-Password == "blah"',
        '    client-key-password: "d3cryptPr1v4t3K3y"',  # leet self-description
        'mysecret = "03#pa33w0rd"',  # 33 written for ss
    ],
)
def test_references_and_filler_are_not_passwords(line: str) -> None:
    rule = "generic-secret" if "secret" in line.split("=")[0] else "generic-password"
    assert not reported(rule, line, "radsqlrelay")


@pytest.mark.parametrize(
    "line",
    [
        "password_key = Kx9%u2WrQm7v",  # a % inside a generated value
        "Cleartext-Password := &Bx8mQ2vLz7Tq",  # & and a random tail, no attribute name
        'User-Password == "Wr9kLm2Qx7Tb"',
        'password = "Qm7vR2kX9L/%Tb"',  # a % that is no variable
        'client-key-password: "Tr0ub4dor&3horse"',
    ],
)
def test_values_beside_references_still_reported(line: str) -> None:
    assert reported("generic-password", line, "users.conf")


# ------------------------------------------------------------------ space-separated directives


@pytest.mark.parametrize(
    ("text", "path"),
    [
        (
            "vrrp_instance VI_1 {\n  authentication {\n    auth_type PASS\n    auth_pass Kq8mL2x9\n",
            "keepalived.conf",
        ),
        (
            "connection cloud\naddress broker:8883\nremote_username edge\nremote_password Zq8vTnR2kLw9XcB4\n",
            "bridge.conf",
        ),
        ("user_scores_sql_username sa\nuser_scores_sql_password Hq3zK8mL2xW9vT7p\n", "local.cf"),
        ('<Location />\n  AuthLDAPBindPassword "Wn4kQ8zL2mX7rT9v"\n', "ldap.conf"),
    ],
)
def test_config_directive_with_a_password_is_reported(
    engines: dict[str, Engine], text: str, path: str
) -> None:
    # (a quoted value may be claimed by generic-password first: one finding either way)
    found = found_by_both(engines, text, path)
    assert len(found) == 1
    assert found[0][0] in ("generic-config-directive", "generic-password")
    assert found[0][1] in text


@pytest.mark.parametrize(
    "text",
    [
        "through the checkpassword script.\n",
        "<p>Set this to the value of the hostname_password option.</p>\n",
        "# remote_password Zq8vTnR2kLw9XcB4\n",
        "    auth_pass ${VRRP_PASS}\n",
        "password_file /etc/mosquitto/passwd\n",
        "    proxy_pass http://backend;\n",
        "ProxyPass /app http://backend:8080/app\n",
        "bypass localnetwork\n",
        "then run passwd jsmith12\n",
        "the admin can change the remote_password Zq8vTnR2kLw9XcB4 later\n",
        "auth_pass changeme\n",
    ],
)
def test_config_directive_prose_comments_and_references_are_not_reported(
    engines: dict[str, Engine], text: str
) -> None:
    assert [
        r for r in found_by_both(engines, text, "app.conf") if r[0] == "generic-config-directive"
    ] == []


# ------------------------------------------------------------------ an option's choices


@pytest.mark.parametrize(
    "line",
    [
        "* 'auth_verbose_passwords=no|plain|sha1' If authentication fails, this setting",
        "ssl_password = yes|no|required",
    ],
)
def test_option_choices_are_not_a_password(line: str) -> None:
    assert not reported("generic-password", line, "Logging.txt")


@pytest.mark.parametrize(
    "line",
    ["password = Qm7v|R2kX|9Lz4", "password = no|Qm7vR2kX9L", "password = kq|zx|wm|tr9"],
)
def test_values_with_bars_are_still_judged(line: str) -> None:
    assert reported("generic-password", line, "app.conf")
