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
