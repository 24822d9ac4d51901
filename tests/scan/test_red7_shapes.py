"""Shapes from the seventh red-team round: command output that people paste into notes, chats,
tickets, AI prompts and CI logs (`az storage account keys list`, PowerShell `Get-ChildItem Env:`,
`redis-cli CONFIG GET requirepass`, `ngrok config add-authtoken`, `openssl rand`, `terraform output
-raw`); each test fails on the tree before its fix."""

from __future__ import annotations

from tether.scan.engine import Engine

from .conftest import found_by_both

_AZ_KEY = "Qm9rZ1lXbTR2VDdwWWIzTmNGNXNIajZkR2gyS3E4TG1aNHhXOXZSN3RQbkJ4c0Q2ZzlIcTNLOG1MMnhXOXZSNw=="


def test_az_storage_account_keys_list_table_and_json(engines: dict[str, Engine]) -> None:
    table = (
        "$ az storage account keys list -g rg-data -n acmelogs01 -o table\n"
        "KeyName    Permissions    Value\n"
        "---------  -------------  -----\n"
        f"key1       FULL           {_AZ_KEY}\n"
    )
    assert found_by_both(engines, table, "notes/azure.txt") == [("azure-storage-key-list", _AZ_KEY)]
    js = (
        '[\n  {\n    "creationTime": "2026-03-02T10:11:12+00:00",\n    "keyName": "key1",\n'
        f'    "permissions": "FULL",\n    "value": "{_AZ_KEY}"\n  }}\n]\n'
    )
    assert found_by_both(engines, js, "notes/azure.txt") == [("azure-storage-key-list", _AZ_KEY)]
    # an npm integrity hash has the same length but is no storage key
    lock = f'    "permissions": "FULL",\n    "value": "sha512-{_AZ_KEY}"\n'
    assert found_by_both(engines, lock, "notes/azure.txt") == []


def test_powershell_env_listing_rows(engines: dict[str, Engine]) -> None:
    listing = (
        "PS C:\\> Get-ChildItem Env:\n\n"
        "Name                           Value\n"
        "----                           -----\n"
        "ALLUSERSPROFILE                C:\\ProgramData\n"
        "DATABASE_PASSWORD              Quartz113Glacier.\n"
        "SENTRY_AUTH_TOKEN              5f1c0e9d8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a\n"
        "USERNAME                       builder\n"
    )
    assert sorted(found_by_both(engines, listing, "ticket/env.txt")) == [
        ("generic-env-table-row", "5f1c0e9d8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a"),
        ("generic-env-table-row", "Quartz113Glacier."),
    ]
    # `fly secrets list` prints digests followed by a date; a docs table describes variables
    digests = (
        "NAME                    DIGEST                  CREATED AT\n"
        "STRIPE_API_KEY          3b9f1c0e2d4a5b6c        2024-05-12T08:10:00Z\n"
        "GITHUB_TOKEN            GitHub token used for API calls\n"
        "API_TOKEN               ********\n"
    )
    assert found_by_both(engines, digests, "ticket/env.txt") == []


def test_redis_cli_config_get_reply(engines: dict[str, Engine]) -> None:
    reply = (
        '127.0.0.1:6379> CONFIG GET requirepass\n1) "requirepass"\n2) "Wq8zL2kX9mR4vT7pYb3NcF5s"\n'
    )
    assert found_by_both(engines, reply, "chat/redis.txt") == [
        ("generic-redis-password", "Wq8zL2kX9mR4vT7pYb3NcF5s")
    ]
    empty = '127.0.0.1:6379> CONFIG GET requirepass\n1) "requirepass"\n2) ""\n'
    assert found_by_both(engines, empty, "chat/redis.txt") == []


def test_ngrok_add_authtoken_command(engines: dict[str, Engine]) -> None:
    tok = "2bWq8zLkX9mR4vT7pYb3NcF5sHj_6dGh2Kq8LmZ4xW9vR7tPn"
    assert found_by_both(engines, f"$ ngrok config add-authtoken {tok}\n", "setup.md") == [
        ("ngrok-authtoken", tok)
    ]
    assert found_by_both(engines, "ngrok config add-authtoken $NGROK_AUTHTOKEN\n", "setup.md") == []


def test_openssl_rand_output_after_the_prompt(engines: dict[str, Engine]) -> None:
    hexkey = "6b3f9d2e8a1c7045f2e9b8d3a6c1f0e74d2b9a8c3e6f1d0b7a5c4e3f2d1b0a9c"
    b64key = "Wq8zL2kX9mR4vT7pYb3NcF5sHj6dGh2Kq8LmZ4xW9vE="
    session = f"$ openssl rand -hex 32\n{hexkey}\n$ openssl rand -base64 32\n{b64key}\n"
    assert sorted(found_by_both(engines, session, "notes/keys.md")) == [
        ("openssl-rand-output", hexkey),
        ("openssl-rand-output", b64key),
    ]
    redirected = f"$ openssl rand -hex 32 > secret.key\n{hexkey}\n"
    assert found_by_both(engines, redirected, "notes/keys.md") == []
    assert found_by_both(engines, "openssl rand -base64 32\n```\n", "README.md") == []


def test_terraform_output_and_heroku_config_get(engines: dict[str, Engine]) -> None:
    tf = (
        "$ terraform output -raw db_password\nHq3zK8mL2xW9vR7t%x\n"
        '$ terraform output lb_dns\n"web-1234567890.eu-west-1.elb.amazonaws.com"\n'
        "$ terraform output db_password\n<sensitive>\n"
    )
    assert found_by_both(engines, tf, "ops/notes.txt") == [
        ("generic-command-output-named", "Hq3zK8mL2xW9vR7t%x")
    ]
    heroku = "$ heroku config:get STRIPE_SECRET_KEY -a acme-api\nZq8vTnR2kLw9XcB4mYp7HsJ3dF6gQ1aE\n"
    assert found_by_both(engines, heroku, "ops/notes.txt") == [
        ("generic-command-output-named", "Zq8vTnR2kLw9XcB4mYp7HsJ3dF6gQ1aE")
    ]


def test_secret_read_from_a_store_printed_on_the_next_line(engines: dict[str, Engine]) -> None:
    cases = [
        ("$ gcloud secrets versions access latest --secret=db-pass", "Wq8zL2kX9mR4vT7pYb3NcF5s"),
        ("$ vault kv get -field=password secret/payments/db", "Hq3zK8mL2xW9vR7t%x"),
        (
            "$ kubectl get secret db -o jsonpath='{.data.password}' | base64 -d",
            "Zq8vTnR2kLw9XcB4mYp7",
        ),
        ('$ op read "op://Private/Stripe/api key"', "Zq8vTnR2kLw9XcB4mYp7HsJ3dF6gQ1aE5uN0oIrK"),
        ("$ doppler secrets get DATABASE_PASSWORD --plain", "Walnut899Thistle."),
        (
            "$ aws ssm get-parameter --name /prod/x --with-decryption --query Parameter.Value --output text",
            "Lq7WnZ3xKp9TmR2vB6cD",
        ),
    ]
    for command, value in cases:
        text = f"{command}\n{value}\n"
        assert found_by_both(engines, text, "ticket/INC-1.txt") == [
            ("generic-secret-command-output", value)
        ], command
    # redirected or captured: the next line is not the command's output
    for text in (
        "$ vault kv get -field=password secret/payments/db > /tmp/pw\nHq3zK8mL2xW9vR7t%x\n",
        "PW=$(kubectl get secret db -o jsonpath='{.data.password}' | base64 -d)\necho_done_now\n",
        "$ gcloud secrets versions access latest --secret=db-pass\n<redacted>\n",
    ):
        assert found_by_both(engines, text, "ticket/INC-1.txt") == [], text
