"""Generic-rule assignment glue (PHP ``.=``, Makefile ``:::=``/``+=``, XML elements with the value on
the next line) through both engines, with the file type deciding what an append means; and the
JSON Web Key rules (private ``d``, symmetric ``k``) on freshly generated keys."""

from __future__ import annotations

import base64
import json
import os

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from tether.scan.engine import Engine

from .conftest import found_by_both as found

TOKEN = "Zk8q2LmX9wR3vT7pYb4NcF5s"
PASSWORD = "Pq4zLk9wXr2m"


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


# ----------------------------------------------------------------------------- JSON Web Keys


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _uint(n: int, size: int | None = None) -> str:
    return _b64url(n.to_bytes(size or (n.bit_length() + 7) // 8, "big"))


@pytest.fixture(scope="module")
def rsa_jwk() -> dict[str, str]:
    """A freshly generated RSA private JWK, members in RFC 7518 order."""
    n = rsa.generate_private_key(65537, 2048).private_numbers()
    return {
        "kty": "RSA",
        "n": _uint(n.public_numbers.n),
        "e": _uint(n.public_numbers.e),
        "d": _uint(n.d),
        "p": _uint(n.p),
        "q": _uint(n.q),
        "dp": _uint(n.dmp1),
        "dq": _uint(n.dmq1),
        "qi": _uint(n.iqmp),
        "kid": "signing-2025",
    }


@pytest.fixture(scope="module")
def ec_jwk() -> dict[str, str]:
    n = ec.generate_private_key(ec.SECP256R1()).private_numbers()
    return {
        "kty": "EC",
        "crv": "P-256",
        "x": _uint(n.public_numbers.x, 32),
        "y": _uint(n.public_numbers.y, 32),
        "d": _uint(n.private_value, 32),
    }


def _public(jwk: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in jwk.items() if k not in {"d", "p", "q", "dp", "dq", "qi"}}


@pytest.mark.parametrize(
    "style", ["compact", "pretty", "sorted", "escaped", "python", "javascript", "php"]
)
def test_private_jwk_reports_d(
    engines: dict[str, Engine], rsa_jwk: dict[str, str], ec_jwk: dict[str, str], style: str
) -> None:
    for jwk in (rsa_jwk, ec_jwk):
        if style == "compact":
            text = json.dumps(jwk, separators=(",", ":"))
        elif style == "pretty":
            text = json.dumps({"keys": [_public(ec_jwk), jwk]}, indent=2)
        elif style == "sorted":  # "d" before "kty"
            text = json.dumps(jwk, indent=4, sort_keys=True)
        elif style == "escaped":  # a JWK in an environment variable or a JSON string
            text = "JWT_KEY=" + json.dumps(json.dumps(jwk, separators=(",", ":")))
        elif style == "python":
            text = "KEY = " + repr(jwk)
        elif style == "javascript":  # an object literal: member names unquoted
            text = "const key = {\n" + "".join(f"  {k}: '{v}',\n" for k, v in jwk.items()) + "};"
        else:
            text = "$jwk = [" + ", ".join(f"'{k}' => '{v}'" for k, v in jwk.items()) + "];"
        got = found(engines, text, "keys/signing.json")
        assert [v for _, v in got] == [jwk["d"]], (style, got)
        assert got[0][0].startswith("jwk-private-key")


def test_public_jwks_thumbprints_and_urls_are_not_reported(
    engines: dict[str, Engine], rsa_jwk: dict[str, str], ec_jwk: dict[str, str]
) -> None:
    text = "\n".join(
        [
            json.dumps({"keys": [_public(rsa_jwk), _public(ec_jwk)]}, indent=2),
            json.dumps({"cnf": {"jkt": _b64url(os.urandom(32))}}),
            '"jwks_uri": "https://auth.internal.net/.well-known/jwks.json"',
            # "kid" ends in d: not the private member
            f"const pub = {{ kty: 'EC', crv: 'P-256', kid: '{_b64url(os.urandom(32))}' }};",
            # a "d" in a neighbouring object is not the key's
            json.dumps([_public(ec_jwk), {"d": _b64url(os.urandom(32))}]),
        ]
    )
    assert found(engines, text, "jwks.json") == []


def test_symmetric_jwk_reports_k(engines: dict[str, Engine]) -> None:
    k = _b64url(os.urandom(32))
    for text in (
        json.dumps({"kty": "oct", "alg": "HS256", "k": k}),
        json.dumps({"alg": "HS256", "k": k, "kid": "hook", "kty": "oct"}, indent=2),
    ):
        assert [v for _, v in found(engines, text, "hmac.json")] == [k]


def test_rfc_example_keys_are_published_values(engines: dict[str, Engine]) -> None:
    """The JOSE RFCs' example keys sit in every JOSE library's tests: not secrets."""
    rfc = (
        '{"kty":"EC","crv":"P-256","x":"MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4",'
        '"y":"4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM",'
        '"d":"870MB6gfuTJ4HtUnUvYMyJpr5eUZNP4Bk43bVdj3eAE","use":"enc","kid":"1"}\n'
        '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",'
        '"d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"}\n'
        '{"kty":"oct","k":"GawgguFyGrWKav7AX4VKUg"}\n'
    )
    assert found(engines, rfc, "test_jwk.py") == []
