"""Generic-rule assignment glue (PHP ``.=``, Makefile ``:::=``/``+=``, XML elements with the value on
the next line) through both engines, with the file type deciding what an append means."""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine
from tether.scan.findings import Provenance

TOKEN = "Zk8q2LmX9wR3vT7pYb4NcF5s"
PASSWORD = "Pq4zLk9wXr2m"


def found(engines: dict[str, Engine], text: str, path: str) -> list[tuple[str, str]]:
    """(rule, value) of every finding; both engines must agree."""
    out = {}
    for name, engine in engines.items():
        findings, _ = engine.scan_blob(text.encode(), Provenance("file", path))
        out[name] = sorted((f.rule_id, f.secret.reveal()) for f in findings)
    assert out["re"] == out["hyperscan"]
    return out["re"]


@pytest.mark.parametrize(
    ("text", "path", "rule"),
    [
        (f'$api_key .= "{TOKEN}";', "config.php", "generic-key"),
        (f"API_TOKEN :::= {TOKEN}", "Makefile", "generic-token"),
        (f"API_TOKEN ::= {TOKEN}", "Makefile", "generic-token"),
        (f"API_TOKEN ?= {TOKEN}", "Makefile", "generic-token"),
        (f"API_TOKEN += {TOKEN}", "Makefile", "generic-token"),
        (f"<apiToken>\n    {TOKEN}\n</apiToken>\n", "settings.xml", "generic-xml-element"),
        (f"<cfg>\r\n  <password>\r\n    {PASSWORD}\r\n  </password>\r\n", "a.xml", None),
        (f"<s>\n  <ns2:clientSecret>\n    {TOKEN}\n  </ns2:clientSecret>\n", "a.xml", None),
    ],
)
def test_assignment_glue_is_read(
    engines: dict[str, Engine], text: str, path: str, rule: str | None
) -> None:
    got = found(engines, text, path)
    assert len(got) == 1, got
    assert got[0][1] in (TOKEN, PASSWORD)
    if rule:
        assert got[0][0] == rule


@pytest.mark.parametrize(
    ("text", "path"),
    [
        # appends of expressions in code build a value piecewise
        (f"$api_key .= {TOKEN};", "config.php"),
        (f"password += {TOKEN};", "gen.py"),
        (f"token += {TOKEN}", "build.js"),
        # Makefile defaults that reference variables
        ("API_TOKEN ?= $(SECRET_API_TOKEN)", "Makefile"),
        ("API_TOKEN :::= ${API_TOKEN_FROM_ENV}", "Makefile"),
        # elements that are not credentials or do not hold the value
        (f"<tokenType>\n    {TOKEN}\n</tokenType>\n", "a.xml"),
        (f"<keyboard>\n    {TOKEN}\n</keyboard>\n", "a.xml"),
        (f"<password>\n    <value>{PASSWORD}</value>\n</password>\n", "a.xml"),
        ("<password>\n    ${env.DB_PASSWORD}\n</password>\n", "pom.xml"),
        ("<apiKey>\n    your_api_key_here\n</apiKey>\n", "a.xml"),
        # the tag must end its line: text after it is not the element's value
        (f'<div class="token">\n    {TOKEN}\n</div>\n', "a.xml"),
    ],
)
def test_not_an_assignment_of_a_literal(engines: dict[str, Engine], text: str, path: str) -> None:
    assert found(engines, text, path) == []


def test_quoted_literal_appended_in_code_is_reported(engines: dict[str, Engine]) -> None:
    """``$key .= "…"`` appends a hard-coded literal: the literal is in the source."""
    got = found(engines, f'$api_key .= "{TOKEN}";', "lib/client.php")
    assert got == [("generic-key", TOKEN)]
