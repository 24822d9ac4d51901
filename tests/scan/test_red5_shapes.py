"""Shapes from the fifth red-team round (files that people building with AI coding tools write in
2026: MCP configs, workflow exports, app configs, bot code, notes) that tether missed; each test
fails on the tree before its fix."""

from __future__ import annotations

from tether.scan.engine import Engine

from .conftest import found_by_both


def test_make_webhook_url(engines: dict[str, Engine]) -> None:
    url = "https://hook.eu2.make.com/q7m2x9kd4lw8r3tz1vbn6pc5hy0sfgje"
    line = f'        "url": "{url}",\n'
    assert found_by_both(engines, line, "workflows/make_blueprint_crm.json") == [
        ("make-webhook-url", url)
    ]
    # the documentation's address and a short or placeholder path are not hooks
    for text in (
        "MAKE_WEBHOOK_URL=https://hook.eu2.make.com/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
        "MAKE_WEBHOOK_URL=https://hook.eu1.make.com/<your-webhook-id>\n",
    ):
        assert found_by_both(engines, text, ".env.example") == []


def test_positional_passwords_pdo_jdbc_go_smtp(engines: dict[str, Engine]) -> None:
    php = "$pdo = new PDO($dsn, 'shop_rw', 'Falcon_6730zC2', [PDO::ATTR_ERRMODE => 1]);\n"
    assert found_by_both(engines, php, "legacy/pdo.php") == [
        ("php-db-connect-password", "Falcon_6730zC2")
    ]
    java = (
        'return DriverManager.getConnection("jdbc:mysql://10.0.2.8:3306/erp", "erp_app", '
        '"Harbor-1523LmnZ");\n'
    )
    assert found_by_both(engines, java, "src/main/java/acme/Db.java") == [
        ("positional-connect-password", "Harbor-1523LmnZ")
    ]
    go = 'var auth = smtp.PlainAuth("", "noreply@acme.dev", "Cobalt-8081QrZ", "smtp.gmail.com")\n'
    assert found_by_both(engines, go, "internal/mail/mail.go") == [
        ("positional-connect-password", "Cobalt-8081QrZ")
    ]
    # variables, empty and default passwords are not literals to report
    for text, path in (
        ("$pdo = new PDO($dsn, $user, $pass);\n", "db.php"),
        ("DriverManager.getConnection(url, user, password);\n", "Db.java"),
        ('DriverManager.getConnection("jdbc:h2:mem:test", "sa", "");\n', "Db.java"),
        (
            'DriverManager.getConnection("jdbc:postgresql://localhost/t", "postgres", "password");\n',
            "Db.java",
        ),
        ('auth := smtp.PlainAuth("", from, password, "smtp.gmail.com")\n', "mail.go"),
    ):
        assert found_by_both(engines, text, path) == [], text


def test_nodemailer_gmail_app_password(engines: dict[str, Engine]) -> None:
    text = (
        "const transporter = nodemailer.createTransport({\n"
        "  service: 'gmail',\n"
        "  auth: {\n"
        "    user: 'tally.app.notifications@gmail.com',\n"
        "    pass: 'qzvm ktrw bfxe plhd',\n"
        "  },\n"
        "});\n"
    )
    assert found_by_both(engines, text, "server/mailer.js") == [
        ("google-app-password", "qzvm ktrw bfxe plhd")
    ]
    one_line = "  auth: { user: 'alerts.acme@gmail.com', pass: 'hbvk ofmw yxtr qzap' },\n"
    assert found_by_both(engines, one_line, "mailer.js") == [
        ("google-app-password", "hbvk ofmw yxtr qzap")
    ]
    # not a Gmail user, or the documentation's letters
    other = "  auth: { user: 'alerts@acme.io', pass: 'qzvm ktrw bfxe plhd' },\n"
    assert found_by_both(engines, other, "mailer.js") == []
    doc = "    user: 'me@gmail.com',\n    pass: 'abcd efgh ijkl mnop',\n"
    assert found_by_both(engines, doc, "mailer.js") == []


def test_config_value_with_parenthesis_or_dot_is_a_password(engines: dict[str, Engine]) -> None:
    # Django's get_random_secret_key() alphabet has ( and ): in a .env file the whole value is
    # the key, not a call
    key = "k#9v!x2@q$7m^z&1p*w(4r)b_8n+y=3t5c-h6j0f%l~u"
    found = found_by_both(engines, f"DJANGO_SECRET_KEY={key}\n", "server/.env.local")
    assert [v for _, v in found] == [key]
    # a generated password with a dot is no accessor chain when it has a character none has
    pw = "KOVlx.e*LSLFpPnS"
    found = found_by_both(
        engines, f"spring.rabbitmq.password={pw}\n", "src/main/resources/application-dev.properties"
    )
    assert [v for _, v in found] == [pw]
    # still references or calls: a dotted name, a call in the value
    for text, path in (
        ("spring.rabbitmq.password=settings.rabbit.password\n", "application.properties"),
        ("DJANGO_SECRET_KEY=get_random_secret_key()\n", ".env"),
        ("SESSION_SECRET=derive(base_secret)\n", ".env"),
        ("db.password=ENC(Qx7fK2mNp9Lr4Tv8Wz1Yb3)\n", "application.properties"),
    ):
        assert found_by_both(engines, text, path) == [], text


def test_markdown_table_password_column(engines: dict[str, Engine]) -> None:
    text = (
        "# Infra notes\n\n"
        "| env | host | user | password |\n"
        "|-----|------|------|----------|\n"
        "| staging | db.staging.tally.app | postgres | Nimbus*2433!Zf |\n"
        "| prod | db.tally.app | postgres | (in 1Password) |\n"
        "| qa | db.qa.tally.app | qa_app | `Tq7zK2mLx9Wv` |\n"
        "\nRedis lives on the same hosts.\n"
    )
    assert found_by_both(engines, text, "notes/infra.md") == [
        ("markdown-password-column", "Nimbus*2433!Zf"),
        ("markdown-password-column", "Tq7zK2mLx9Wv"),
    ]
    # documented defaults, a table of options (no account column), no delimiter row, references
    for text in (
        "| Service | Username | Password |\n|---|---|---|\n| Grafana | admin | admin |\n",
        "| Option | Type | Password |\n|---|---|---|\n| --force | bool | Qv8zL2kX9mW4 |\n",
        "| user | password |\n| alice | Qv8zL2kX9mW4 |\n",
        "| name | password |\n|---|---|\n| app | ${DB_PASSWORD} |\n",
    ):
        assert found_by_both(engines, text, "README.md") == [], text


def test_prose_password_changed_to(engines: dict[str, Engine]) -> None:
    line = '    "text": "staging db pw changed to Granite.6187x4X fyi",\n'
    assert found_by_both(engines, line, "exports/slack/general/2025-05-14.json") == [
        ("generic-prose-password", "Granite.6187x4X")
    ]
    for text in (
        "Password reset to default after 3 failed attempts\n",
        "pw updated to ${NEW_PASSWORD}\n",
        "the user's password changed to the value they typed\n",
    ):
        assert found_by_both(engines, text, "notes/log.md") == [], text


def test_openssl_instruction_is_a_placeholder(engines: dict[str, Engine]) -> None:
    text = (
        "NEXTAUTH_SECRET=generate-with-openssl-rand-base64-32\n"
        'AUTH_SECRET="use_openssl_rand_hex_32"\n'
        "JWT_SECRET=run-openssl-rand-hex-32\n"
    )
    assert found_by_both(engines, text, "docs/.env.example") == []
    # a generated value next to it is still reported
    real = "NEXTAUTH_SECRET=Qx7fK2mNp9Lr4Tv8Wz1Yb3cDe5Fg6Hj8Kl0Mn2Pq4=\n"
    assert [v for _, v in found_by_both(engines, real, ".env")] == [
        "Qx7fK2mNp9Lr4Tv8Wz1Yb3cDe5Fg6Hj8Kl0Mn2Pq4="
    ]
