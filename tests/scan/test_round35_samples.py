"""Round 35: Debian's source packages of go-github, golang.org/x/oauth2, golang-jwt, jose (Node.js)
and viper: published example values (GitHub's REST reference runner tokens, the secret of jose's
documented JWT encryption), each with a mid-string variant that is still reported.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import changed_mid, check_case, table_cases

RUNNER_TOKEN = "LLBF3JGZDX3P5PMEXLND6TS6FCWO6"
JOSE_SECRET = "zH4NRP1HMALxxCFnRZABFA7GOJtzU_gIj02alfL1lvI"
RUNNERS_TEST = "go-github-48.1.0/github/actions_runners_test.go"
JOSE_DOC = "jose-4.11.4/docs/classes/jwt_encrypt.EncryptJWT.md"
RUNNER_LINE = '\t\tfmt.Fprint(w, `{{"token":"{}","expires_at":"2020-01-22T12:13:35.123Z"}}`)\n'
JOSE_LINE = "const secret = jose.base64url.decode('{}')\n"


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    table_cases(
        [
            (
                RUNNER_LINE.format(changed_mid(RUNNER_TOKEN, 10)),
                RUNNERS_TEST,
                "generic-token",
                changed_mid(RUNNER_TOKEN, 10),
            ),
            (
                JOSE_LINE.format(changed_mid(JOSE_SECRET, 12)),
                JOSE_DOC,
                "generic-secret",
                changed_mid(JOSE_SECRET, 12),
            ),
        ],
        [
            (RUNNER_LINE.format(RUNNER_TOKEN), RUNNERS_TEST),
            (JOSE_LINE.format(JOSE_SECRET), JOSE_DOC),
        ],
    ),
)
def test_round35_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
