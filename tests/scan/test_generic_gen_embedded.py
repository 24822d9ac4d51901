"""Config text held in a multi-line string of a Go, Java, C or PHP file (Go raw strings, Java text
blocks, heredocs): a line such as ``password: X`` or ``users: [{user: a, password: b}]`` is no
code of the file's language, so its unquoted value is a literal, not a variable reference."""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import found_by_both as found

PASSWORD = "Xk92mLqTz7"


@pytest.mark.parametrize(
    ("text", "path"),
    [
        (f"\t\tpassword: {PASSWORD}\n", "server_test.go"),
        (f"\t\tusers: [ {{user: svc, password: {PASSWORD}}} ]\n", "server_test.go"),
        (f"\tauthorization: {{ user: gw, password: {PASSWORD} }}\n", "gateway.go"),
        (f"\t\t\tpassword={PASSWORD}\n", "credential_test.go"),
        (f"  password: {PASSWORD}\n", "ConfigTest.java"),
    ],
)
def test_config_line_inside_a_string_is_reported(
    engines: dict[str, Engine], text: str, path: str
) -> None:
    # the generic rules' value runs up to a space, so a flow map's closing brace comes along
    assert [value.rstrip("}]") for _, value in found(engines, text, path)] == [PASSWORD]


@pytest.mark.parametrize(
    ("text", "path"),
    [
        # Go code: keyed elements end with a comma or sit in a typed literal on their line
        ("\t\tPassword: dbPassword,\n", "config.go"),
        ("\tcfg := Config{Password: dbPassword}\n", "config.go"),
        ("\treturn Config{User: u, Password: dbPassword}\n", "config.go"),
        ("\tpassword = dbPassword\n", "config.go"),
        # other languages keep reading a bare name as a variable
        ("  password: dbPassword\n", "config.ts"),
        ("password: dbPassword\n", "config.py"),
        # embedded config still drops words and references
        ("\t\tpassword: $DB_PASSWORD\n", "server_test.go"),
        ("\t\tpassword: password\n", "server_test.go"),
    ],
)
def test_code_and_placeholders_are_not_reported(
    engines: dict[str, Engine], text: str, path: str
) -> None:
    assert found(engines, text, path) == []
