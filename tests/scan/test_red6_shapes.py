"""Shapes from the sixth red-team round: files kept by people who build software without being
developers (analysts' R scripts and notebooks, Tableau data sources, Notion/Obsidian exports,
handover notes, chat pastes, a desktop password list) that tether missed or misjudged; each test
fails on the tree before its fix."""

from __future__ import annotations

from tether.scan.engine import Engine

from .conftest import found_by_both


def test_odbc_pwd_keyword_is_a_password_not_the_working_directory(
    engines: dict[str, Engine],
) -> None:
    r_script = (
        'con <- dbConnect(odbc::odbc(), Driver = "ODBC Driver 17 for SQL Server",\n'
        '                 UID = "svc_reports", PWD = "Fennel-Coral-58", Port = 1433)\n'
    )
    assert found_by_both(engines, r_script, "analysis/load_data.R") == [
        ("generic-password", "Fennel-Coral-58")
    ]
    tds = (
        "<connection class='snowflake' dbname='SALES' "
        "odbc-connect-string-extras='role=ANALYST;PWD=qsEp1t*g%3YMNxr' username='TABLEAU_SVC' />\n"
    )
    assert found_by_both(engines, tds, "tableau/Sales.tds") == [
        ("generic-password", "qsEp1t*g%3YMNxr")
    ]
    # the shell's working directory stays out
    for text in ("PWD=/home/dana/src/app\n", "export OLDPWD=~/work/site\n", "PWD=./build\n"):
        assert found_by_both(engines, text, "env.txt") == []


def test_file_key_names_a_document_not_a_credential(engines: dict[str, Engine]) -> None:
    code = 'const FILE_KEY = "Qx9LmT2pRv8WsZ4n";\nconst fileKey = "Lq7WnZ3xKp9TmR2v";\n'
    assert found_by_both(engines, code, "figma_plugin/code.ts") == []
    key = 'const FILE_ENCRYPTION_KEY = "Qx9LmT2pRv8WsZ4nYb7Kc3Jd";\n'
    assert found_by_both(engines, key, "src/crypto.ts") == [
        ("generic-key", "Qx9LmT2pRv8WsZ4nYb7Kc3Jd")
    ]


def test_password_that_starts_with_an_at_sign(engines: dict[str, Engine]) -> None:
    table = (
        "| Service | Login | Password |\n|---|---|---|\n| UPS | acme_ups | @#Xrt93sKlAnm4Tg*P |\n"
    )
    assert found_by_both(engines, table, "notion/Accounts.md") == [
        ("markdown-password-column", "@#Xrt93sKlAnm4Tg*P")
    ]
    assert found_by_both(engines, 'DB_PASSWORD="@q7&Lm2#Zx9!"\n', "deploy/.env") == [
        ("generic-password", "@q7&Lm2#Zx9!")
    ]
    # a handle or a reference is still not a password
    for text in ("password: @db_password\n", "password = @env:DB_PASS\n"):
        assert found_by_both(engines, text, "config.yml") == []


def test_user_slash_password_after_a_network_server_or_database_label(
    engines: dict[str, Engine],
) -> None:
    notes = (
        "Guest Wi-Fi:    Acme-Guest   /   meadow319Puffin.\n"
        "Router (192.168.1.1): admin / w*PF#kYAi85Ck\n"
        "MySQL: clientsite_wp / b7PH#&j*ZHeRWnR\n"
        "- Staging basic auth: staging / Thistle&2018\n"
    )
    assert found_by_both(engines, notes, "it/office-network.txt") == [
        ("generic-prose-user-slash-password", "Thistle&2018"),
        ("generic-prose-user-slash-password", "b7PH#&j*ZHeRWnR"),
        ("generic-prose-user-slash-password", "meadow319Puffin"),
        ("generic-prose-user-slash-password", "w*PF#kYAi85Ck"),
    ]
    for text in (
        "Wi-Fi bands: 2.4 GHz / 5 GHz\n",
        "router modes: bridge / access-point\n",
        "Database: postgres / ${DB_PASSWORD}\n",
    ):
        assert found_by_both(engines, text, "it/office-network.txt") == []


def test_bare_password_word_then_value_in_notes(engines: dict[str, Engine]) -> None:
    notes = (
        "- Synology DS920+, user `backup`, pw eqcRMbZ6O4LzW\n"
        "* X/Twitter - pass gE&j@#~R2Aee1F\n"
        "    Bill.com: same email, password 06DUms*uz*J8&\n"
    )
    assert found_by_both(engines, notes, "notes/handover.txt") == [
        ("generic-prose-password-bare", "06DUms*uz*J8&"),
        ("generic-prose-password-bare", "eqcRMbZ6O4LzW"),
        ("generic-prose-password-bare", "gE&j@#~R2Aee1F"),
    ]
    for text in (
        "Reset the password afterwards\n",
        "the pw hash is stored with bcrypt\n",
        "Please change your password regularly.\n",
        "password ********\n",
        "for x in xs:\n    pass  # nothing to do\n",
    ):
        assert found_by_both(engines, text, "notes/handover.txt") == []


def test_prose_password_for_a_longer_account_name(engines: dict[str, Engine]) -> None:
    mail = "The password for the shared support@ account is VYobh~N~BH8l&wtq - please change it\n"
    assert found_by_both(engines, mail, "mail/Re_ shared account.eml") == [
        ("generic-prose-password", "VYobh~N~BH8l&wtq")
    ]
    assert (
        found_by_both(engines, "The password for the new admin user is required.\n", "a.txt") == []
    )


def test_prose_token_named_a_private_key(engines: dict[str, Engine]) -> None:
    notes = "- Priya: Klaviyo flows done; private key is pk_ffb2acabed3f341009c6dc833772036ad3\n"
    assert found_by_both(engines, notes, "obsidian/Daily/2026-03-14.md") == [
        ("generic-prose-token", "pk_ffb2acabed3f341009c6dc833772036ad3")
    ]
    # the PEM block a sentence introduces is read by the private-key rules, not as a token
    assert (
        found_by_both(engines, "the private key is -----BEGIN OPENSSH PRIVATE KEY-----\n", "a.md")
        == []
    )


def test_notes_shapes_stay_out_of_source_code(engines: dict[str, Engine]) -> None:
    code = "def login(pw):\n    check(pw Xq7#Lm2kV9wT)\n"
    assert found_by_both(engines, code, "src/app/auth.py") == []
    # the same note in a comment is still a note
    comment = "# staging db pw Zq8#vL2kX9mW\n"
    assert found_by_both(engines, comment, "deploy/setup.py") == [
        ("generic-prose-password-bare", "Zq8#vL2kX9mW")
    ]


def test_password_list_file(engines: dict[str, Engine]) -> None:
    text = (
        "aws console - sam@acme.io - Lantern%2006\n"
        "godaddy - acme2019 - falcon821Coral?\n"
        "username: acme2019\n"
        "paypal: UFZQ936$ghrax06\n"
        "bank: (call the branch)\n"
        "site: https://dash.cloudflare.com/login\n"
    )
    expected = [
        ("password-list-file-entry", "Lantern%2006"),
        ("password-list-file-entry", "UFZQ936$ghrax06"),
        ("password-list-file-entry", "falcon821Coral?"),
    ]
    assert found_by_both(engines, text, "Desktop/credentials.txt") == expected
    assert found_by_both(engines, text, "Desktop/old passwords.txt") == expected
    # the same lines in a file not named after passwords are not read as a password list
    assert found_by_both(engines, text, "Desktop/todo.txt") == []


def test_a_comment_about_what_code_passes_is_no_password(engines: dict[str, Engine]) -> None:
    # found scanning held-out code after round 6: scipy's tests say what a tolerance lets pass
    text = "        # Tolerances atol and rtol adjusted to pass np.float32\n"
    assert found_by_both(engines, text, "sparse/tests/test_svds.py") == []
    note = "- NAS admin, pw Kq9.x2Lm#7\n"  # a dotted value that is no name stays in a note
    assert ("generic-prose-password-bare", "Kq9.x2Lm#7") in found_by_both(engines, note, "it.md")
