"""Shapes from the second red-team round (realistic files from builders and non-developers) that
tether missed or misjudged; each test fails on the tree before its fix."""

from __future__ import annotations

import base64

from tether.scan.engine import Engine

from .conftest import found_by_both


def test_every_line_of_a_pgpass_file(engines: dict[str, Engine]) -> None:
    # the newline that ends one entry is also the start of the next: every entry is read, not
    # every other one
    text = (
        "# hostname:port:database:username:password\n"
        "localhost:5432:*:postgres:postgres\n"
        "analytics.internal:5432:analytics:analyst:Cobalt_copper72\n"
        "10.0.3.12:5432:*:replicator:Hq7vN2kLp9Zr2x\n"
    )
    got = found_by_both(engines, text, "home/.pgpass")
    assert got == [("pgpass-password", "Cobalt_copper72"), ("pgpass-password", "Hq7vN2kLp9Zr2x")]


def test_passwd_records_are_not_pgpass_entries(engines: dict[str, Engine]) -> None:
    text = (
        "root:*:0:0:root:/root:/bin/bash\n"
        "nobody:*:65534:65534:Unprivileged:/nonexistent:/usr/sbin/nologin\n"
        "postgres:*:5432:5432:PostgreSQL administrator:/var/lib/postgresql:/bin/sh\n"
    )
    assert found_by_both(engines, text, "etc/passwd") == []


def test_google_app_password_in_four_groups(engines: dict[str, Engine]) -> None:
    text = "EMAIL_HOST = 'smtp.gmail.com'\nEMAIL_HOST_PASSWORD = 'qwvd lkhz mpte rsaf'\n"
    assert found_by_both(engines, text, "mysite/settings.py") == [
        ("google-app-password", "qwvd lkhz mpte rsaf")
    ]
    env = "GMAIL_USER=sam@example.org\nGMAIL_APP_PASSWORD=qmzx hrtw pkvn eulc\n"
    assert found_by_both(engines, env, ".env") == [("google-app-password", "qmzx hrtw pkvn eulc")]


def test_httpie_auth_option(engines: dict[str, Engine]) -> None:
    text = "http -a admin:CobaltTundra38% GET https://grafana.acme.io/api/dashboards/home\n"
    assert found_by_both(engines, text, "docs/httpie-notes.txt") == [
        ("httpie-basic-auth", "CobaltTundra38%")
    ]
    assert found_by_both(engines, "http -a admin:$GRAFANA_PASSWORD GET :3000/api\n", "n.txt") == []


def test_cloudformation_noecho_parameter_default(engines: dict[str, Engine]) -> None:
    text = (
        "Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: Sparrow15#\n"
        "  DBUser:\n    Type: String\n    Default: app_admin\n"
    )
    assert found_by_both(engines, text, "cloudformation/stack.yaml") == [
        ("cloudformation-noecho-default", "Sparrow15#")
    ]


def test_mercado_pago_access_token(engines: dict[str, Engine]) -> None:
    token = "APP_USR-8036061147761742-166008-f015c74827abc692649d397350bc4363-628389475"
    text = f"Token de produção do Mercado Pago (não compartilhar): {token}\n"
    assert found_by_both(engines, text, "docs/pt-BR/README.md") == [
        ("mercadopago-access-token", token)
    ]


def test_rails_active_record_encryption_primary_key(engines: dict[str, Engine]) -> None:
    text = (
        "active_record_encryption:\n  primary_key: 1dE4JE6Sc4WwITqrRZ01FK0SZrSj5GPq\n"
        "  deterministic_key: aPA5XyALhf75NNnMzaspW7akTfZp0lPY\n"
    )
    got = found_by_both(engines, text, "config/credentials.yml")
    assert ("rails-active-record-encryption-key", "1dE4JE6Sc4WwITqrRZ01FK0SZrSj5GPq") in got


def test_a_policy_arn_is_not_a_pgpass_entry(engines: dict[str, Engine]) -> None:
    text = '{\n     "Resource":"arn:aws:secretsmanager:*:*:secret:aws/ssm/3p/*",\n}\n'
    assert found_by_both(engines, text, "iam/policies.py") == []


def _jwt(payload: str) -> str:
    def enc(raw: str) -> str:
        return base64.urlsafe_b64encode(raw.encode()).rstrip(b"=").decode()

    header = enc('{"alg":"HS256","typ":"JWT"}')
    return f"{header}.{enc(payload)}.Qm7vX2pL9kRt4WzNcB8yHd3fKxT1uVa5sE0gJ6iOq2w"


def test_supabase_anon_key_is_public_service_role_is_not(engines: dict[str, Engine]) -> None:
    anon = _jwt('{"iss":"supabase","ref":"qwhzkdjrnvbpxtmslcoa","role":"anon","iat":1718000000}')
    service = _jwt(
        '{"iss":"supabase","ref":"qwhzkdjrnvbpxtmslcoa","role":"service_role","iat":1718000000}'
    )
    text = f"NEXT_PUBLIC_SUPABASE_ANON_KEY={anon}\nSUPABASE_SERVICE_ROLE_KEY={service}\n"
    got = found_by_both(engines, text, ".env.local")
    assert [value for _, value in got] == [service]


def test_publishable_keys_under_generic_names(engines: dict[str, Engine]) -> None:
    pk = "pk_live_51HZJgOaG0uKhBwIgLzGnee8JSt19kp3t6OrvjvpuQ24lojW4Xmf"
    mapbox = "pk.eyJ1IjogInN0dWRpby1sdW1lbiIsICJhIjogImNseDRpY3VkNn0.Qm7vX2pL9kRt4WzNcB8yHd"
    text = f'STRIPE_KEY={pk}\nVITE_MAPBOX_TOKEN = "{mapbox}"\nAPI_TOKEN=Hq7vN2kLp9Zr2xWm4TcB8yRd\n'
    got = found_by_both(engines, text, "netlify.env")
    assert [value for _, value in got] == ["Hq7vN2kLp9Zr2xWm4TcB8yRd"]


def test_password_named_in_other_languages(engines: dict[str, Engine]) -> None:
    text = (
        "const MOT_DE_PASSE_ADMIN = 'Violet65*x'; // mot de passe du compte admin\n"
        'String senha = "Vq8zL2kX9mW4";\n'
    )
    got = found_by_both(engines, text, "scripts/sync.js")
    assert [value for _, value in got] == ["Violet65*x", "Vq8zL2kX9mW4"]
    assert found_by_both(engines, "Benutzer: root\nKennwort: PepperEmber53!\n", "Zugang.txt") == [
        ("generic-password", "PepperEmber53!")
    ]
    assert found_by_both(engines, "contraseña: Falcon_violet44\n", "guia.txt") == [
        ("generic-password", "Falcon_violet44")
    ]
    # a word that only contains one of them is not a name for a password
    assert found_by_both(engines, "passe = 'Violet65*x'\nheslovar: Vq8zL2kX9mW4\n", "a.js") == []


def test_policy_shaped_password_as_a_config_value(engines: dict[str, Engine]) -> None:
    text = "RELEASE_STORE_PASSWORD=Nimbus8740!\nRELEASE_KEY_ALIAS=plantpal\n"
    assert found_by_both(engines, text, "android/gradle.properties") == [
        ("generic-password", "Nimbus8740!")
    ]
    # a number that counts or repeats is an example's (Summer1234!, Admin7777!)
    text = "postgres_password: Summer1234!\nredis_password: Admin7777!\n"
    assert found_by_both(engines, text, "ansible/group_vars/all.yml") == []


def test_password_column_of_a_credential_sheet(engines: dict[str, Engine]) -> None:
    text = (
        "service,url,username,password,notes\n"
        "Gmail (shared),https://mail.google.com,team@bloomstudio.co,Ember-tundra19,2FA on phone\n"
        "Canva,https://canva.com,design@bloomstudio.co,Qu@rtz1682!,\n"
        "Printful,https://printful.com,anna@bloomstudio.co,(in 1password),\n"
        "\n"
        "total,,,,3\n"
    )
    got = found_by_both(engines, text, "ops/credentials.csv")
    assert got == [
        ("csv-password-column", "Ember-tundra19"),
        ("csv-password-column", "Qu@rtz1682!"),
    ]
    bitwarden = (
        "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,"
        "login_totp\n"
        ",,login,Shop,,,0,https://shop.io,anna,Hq3zK8mL2xW9!,\n"
    )
    assert found_by_both(engines, bitwarden, "bitwarden_export.csv") == [
        ("csv-password-column", "Hq3zK8mL2xW9!")
    ]


def test_a_password_word_in_code_or_a_schema_table_is_no_sheet(engines: dict[str, Engine]) -> None:
    text = (
        "def login(user, password, host):\n    return connect(user, password, host)\n"
        "field,type,password,required\nemail,string,no,yes\n"
    )
    assert found_by_both(engines, text, "app.py") == []


def test_csv_expander_spans_stay_inside_the_blob() -> None:
    from tether.scan.expanders import csv_password_column

    for data in (
        b"a,b,password\n",
        b'a,b,password\n"x,"y"",z\n1,2,"unterminated\n',
        b"a;b;password\r\n1;2;Hq3zK8mL2xW9\r\n1;2\r\n",
        b"a\tpassword\tb\n\t\t\n",
        b'x,password,"',
    ):
        for s, e, a, b in csv_password_column(data, 0):
            assert 0 <= a <= s < e <= b <= len(data)
            assert b"\n" not in data[a:s]


def test_a_function_signature_is_no_sheet_header(engines: dict[str, Engine]) -> None:
    text = (
        "isSSOValid(sso,username,password,sessid)\n"
        " QUIT $$isSSOValid^%zewdMgrAjax2($g(sso),$g(username),$g(password),$g(sessid))\n"
    )
    assert found_by_both(engines, text, "routines/zewd.m") == []


def test_alibaba_accesskey_secret_as_the_console_names_it(engines: dict[str, Engine]) -> None:
    text = (
        "## 阿里云\n- AccessKey ID：LTAI5tQm7vX2pL9kRt4WzNcB\n"
        "- AccessKey Secret：hcFveMsTm3XOmC0QnDVJgrMNGRuicG\n"
    )
    got = found_by_both(engines, text, "docs/zh/配置说明.md")
    assert ("alibaba-access-key-secret", "hcFveMsTm3XOmC0QnDVJgrMNGRuicG") in got
