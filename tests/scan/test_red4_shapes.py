"""Shapes from the fourth red-team round (notebooks, Terraform state, API-client collections, HAR,
IDE and package-manager configs, SQL dumps, chat and ticket exports) that tether missed or
misjudged; each test fails on the tree before its fix."""

from __future__ import annotations

from tether.scan.engine import Engine

from .conftest import found_by_both


def test_prose_password_chat_shorthand_and_reset_notes(engines: dict[str, Engine]) -> None:
    mail = "Your temporary VPN password is: yF#qDq54WGlHT1\n"
    assert found_by_both(engines, mail, "exports/mail/onboarding.eml") == [
        ("generic-prose-password", "yF#qDq54WGlHT1")
    ]
    chat = '"text": "user is `stg_admin` pw is `YrTwvGHD60P5js` - please dont paste it"\n'
    assert found_by_both(engines, chat, "exports/slack/general/2024-03-12.json") == [
        ("generic-prose-password", "YrTwvGHD60P5js")
    ]
    ticket = "  The password for the jira-bot account was reset to qLpgjzZgEdWgG5\n"
    assert found_by_both(engines, ticket, "exports/tickets/OPS-4821.txt") == [
        ("generic-prose-password", "qLpgjzZgEdWgG5")
    ]
    for text in (
        "Your password was reset to the default value\n",
        "the new pw is: required\n",
        "Your password has been changed to something stronger.\n",
    ):
        assert found_by_both(engines, text, "notes.txt") == []


TFSTATE = """{
  "version": 4,
  "outputs": {
    "db_password": {
      "value": "#5YQ-X%mL-4JCOPlO!R*",
      "type": "string",
      "sensitive": true
    },
    "db_host": {
      "value": "db-prod-01.cluster-k3lq9z.eu-west-1.rds.amazonaws.com",
      "type": "string"
    }
  },
  "resources": [
    {
      "mode": "managed",
      "type": "random_password",
      "name": "db",
      "instances": [
        {
          "schema_version": 3,
          "attributes": {
            "id": "none",
            "length": 24,
            "override_special": "!#$%&*()-_=+[]{}<>:?",
            "result": "yMOA6m-_vp2+eD+hBtZZ4F+x",
            "special": true
          }
        }
      ]
    }
  ]
}
"""


def test_terraform_state_sensitive_output_and_random_password(engines: dict[str, Engine]) -> None:
    assert found_by_both(engines, TFSTATE, "infra/terraform.tfstate") == [
        ("terraform-state-random-password", "yMOA6m-_vp2+eD+hBtZZ4F+x"),
        ("terraform-state-sensitive-output", "#5YQ-X%mL-4JCOPlO!R*"),
    ]


def test_go_mysql_driver_dsn(engines: dict[str, Engine]) -> None:
    code = 'var dbDSN = "app:IcuT4fT6bguHO8QBdH@tcp(10.0.0.4:3306)/app?parseTime=true"\n'
    assert found_by_both(engines, code, "cmd/api/main.go") == [
        ("go-mysql-dsn-password", "IcuT4fT6bguHO8QBdH")
    ]
    for text in (
        'dsn := "root:password@tcp(127.0.0.1:3306)/test"\n',
        'dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, db)\n',
    ):
        assert found_by_both(engines, text, "cmd/api/main.go") == []


def test_twilio_auth_token_after_sid_in_chat(engines: dict[str, Engine]) -> None:
    sid = "AC00b0fdb5e8c214efd651fb564ac746d8"
    text = f"here's my twilio creds: SID {sid} auth token 8773e93bc53845f2cc6a58fce22df2b0\n"
    found = found_by_both(engines, text, "exports/slack/general/2024-03-12.json")
    assert ("twilio-auth-token-after-sid", "8773e93bc53845f2cc6a58fce22df2b0") in found


def test_sql_settings_row_name_and_value(engines: dict[str, Engine]) -> None:
    dump = (
        "INSERT INTO settings (name, value) VALUES ('smtp_password', 'jwtnA$BVaLN1j7'), "
        "('site_name', 'Acme');\n"
    )
    assert found_by_both(engines, dump, "db/dump.sql") == [("generic-password", "jwtnA$BVaLN1j7")]
    # a list of names is still a list of names
    listing = "INSERT INTO perms (a, b) VALUES ('password', 'token'), ('read', 'write');\n"
    assert found_by_both(engines, listing, "db/dump.sql") == []
    code = "fields = ('password', 'username')\n"
    assert found_by_both(engines, code, "app/forms.py") == []


UNATTEND = """<UserAccounts>
  <AdministratorPassword>
    <Value>{admin}</Value>
    <PlainText>false</PlainText>
  </AdministratorPassword>
  <LocalAccounts>
    <LocalAccount wcm:action="add">
      <Password>
        <Value>UABhAHMAcwB3AG8AcgBkAA==</Value>
        <PlainText>false</PlainText>
      </Password>
    </LocalAccount>
  </LocalAccounts>
</UserAccounts>
"""


def test_unattend_hidden_empty_password_is_not_reported(engines: dict[str, Engine]) -> None:
    import base64

    real = base64.b64encode("Kq7#mWz2Rv9AdministratorPassword".encode("utf-16-le")).decode()
    text = UNATTEND.format(admin=real)
    assert found_by_both(engines, text, "sysprep/unattend.xml") == [
        ("windows-unattend-password", real)
    ]


def test_sql_dump_credential_columns(engines: dict[str, Engine]) -> None:
    dump = (
        "INSERT INTO `users` (`id`,`email`,`password_hash`,`api_key`) VALUES "
        "(1,'a@acme.io','$2b$12$Kq3zL8mW2xR9vT7pYb3NuOe8Zr2Kd7Jk4Qm7Vx2Rb9Tn3Wp6Ys1Hc',"
        "'AXsCGajlr8VGXFqPajxz5ar8UqUb1K6tH30eDqk0'),"
        "(2,'b@acme.io','$2b$12$Zr2Kd7Jk4Qm7Vx2Rb9Tn3Wp6Ys1HcKq3zL8mW2xR9vT7pYb3NuOe8',NULL);\n"
        "COPY public.oauth_clients (id, name, client_id, client_secret) FROM stdin;\n"
        "1\tweb\t5f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0\t73gOgbEGaIjdww0y3j44bjRaw1nfIz1fmE8tFdkI\n"
        "2\tcli\t0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d\t\\N\n"
        "\\.\n"
    )
    assert found_by_both(engines, dump, "db/dump.sql") == [
        ("sql-credential-columns", "73gOgbEGaIjdww0y3j44bjRaw1nfIz1fmE8tFdkI"),
        ("sql-credential-columns", "AXsCGajlr8VGXFqPajxz5ar8UqUb1K6tH30eDqk0"),
    ]
    derived = (
        "INSERT INTO users (id, encrypted_password, reset_password_token, token_type) VALUES "
        "(1, 'Kq3zL8mW2xR9vT7p', 'Zr2Kd7Jk4Qm7Vx2R', 'bearer');\n"
    )
    assert found_by_both(engines, derived, "db/dump.sql") == []


def test_sql_dump_login_password_column_is_left_out(engines: dict[str, Engine]) -> None:
    dump = (
        "INSERT INTO `dashboard_user` (`id`, `user_name`, `password`, `role`) VALUES "
        "('1','admin','jHcpKkiDbbQh7W7hh8yQSA==', '1');\n"
    )
    assert found_by_both(engines, dump, "db/schema.sql") == []


def test_password_repeating_the_user_is_not_reported(engines: dict[str, Engine]) -> None:
    for text, path in (
        ('GORM_DSN="gorm:gorm@tcp(mariadb:3306)/gorm?charset=utf8"\n', "ci.yml"),
        ("rabbitmqctl add_user deploy deploy\n", "setup.sh"),
        ("sqlplus -s report/report@reporting @run.sql\n", "run.sh"),
    ):
        assert found_by_both(engines, text, path) == []


def test_cloudformation_parameter_file(engines: dict[str, Engine]) -> None:
    text = (
        "[\n"
        '  {"ParameterKey": "Environment", "ParameterValue": "prod"},\n'
        '  {"ParameterKey": "DBPassword", "ParameterValue": "1Cew43brBW3bo_J2yu"}\n'
        "]\n"
    )
    assert found_by_both(engines, text, "cfn/params-prod.json") == [
        ("generic-env-name-value", "1Cew43brBW3bo_J2yu")
    ]


def test_oracle_redis_acl_and_rabbitmq_command_passwords(engines: dict[str, Engine]) -> None:
    script = (
        "sqlplus -s system/TwiHOILGvLo9nw@//db.acme.io:1521/ORCLPDB1 @migrate.sql\n"
        "rabbitmqctl change_password app sav1yFNZiBY0SsSmpX\n"
    )
    assert found_by_both(engines, script, "deploy/setup.sh") == [
        ("oracle-connect-string-password", "TwiHOILGvLo9nw"),
        ("rabbitmqctl-password", "sav1yFNZiBY0SsSmpX"),
    ]
    acl = "user default off\nuser app on >VZE6cU6jvK6o5lSET8iXvflb ~app:* +@all\n"
    assert found_by_both(engines, acl, "redis/users.acl") == [
        ("redis-acl-user-password", "VZE6cU6jvK6o5lSET8iXvflb")
    ]


def test_ipsec_secrets_and_cisco_plain_text_credentials(engines: dict[str, Engine]) -> None:
    secrets = ': RSA moon.key\n10.1.0.1 10.2.0.1 : PSK "RCH04wmHrgXpoPaN6u1ThAWBw339UokA"\n'
    assert found_by_both(engines, secrets, "etc/ipsec.secrets") == [
        ("ipsec-secrets-psk", "RCH04wmHrgXpoPaN6u1ThAWBw339UokA")
    ]
    config = (
        "hostname edge01\n"
        "enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0\n"
        "username backup password 0 Wz4kQ9rLm2Tx\n"
        "snmp-server community hF0OMRj9s9Njj5fv RO\n"
        "snmp-server community public RO\n"
        "radius server dc1\n"
        " key 0 9OkchVprf8uRf5awpI\n"
    )
    assert found_by_both(engines, config, "network/edge01.cfg") == [
        ("cisco-snmp-community", "hF0OMRj9s9Njj5fv"),
        ("cisco-type0-password", "9OkchVprf8uRf5awpI"),
        ("cisco-type0-password", "Wz4kQ9rLm2Tx"),
    ]
