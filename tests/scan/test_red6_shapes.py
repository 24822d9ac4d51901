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
