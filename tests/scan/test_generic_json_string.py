"""``generic-json-string``: a credential object serialised as a JSON string under a credential-like
name (escaped JSON inside JSON or JS, JSON inside a single-quoted literal), through both engines."""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import found_by_both as found

HEX = "9f2c7a1e4b8d3f60c5a2e7b9d1f4c8a3"
TOKEN = "Zk8q2LmX9wR3vT7pYb4NcF5s"


@pytest.mark.parametrize(
    ("text", "path"),
    [
        # a request-header map in a docs page, the header's value a JSON object
        ('var h = {"Apitoken":"{\\"uid\\": \\"' + HEX + '\\", \\"name\\": \\"svc\\"}"};', "a.html"),
        # the same in a JSON file, members in the other order, no spaces
        ('  "ApiToken": "{\\"name\\":\\"svc\\",\\"uid\\":\\"' + HEX + '\\"}",', "req.json"),
        # JSON inside a single-quoted literal
        ('AUTH = \'{"user": "deploy", "sig": "' + TOKEN + "\"}'", "settings.py"),
        ('service_credentials: \'{"id": "svc", "data": "' + TOKEN + "\"}'", "app.yaml"),
    ],
)
def test_serialised_credential_object_is_reported(
    engines: dict[str, Engine], text: str, path: str
) -> None:
    got = found(engines, text, path)
    assert [rule for rule, _ in got] == ["generic-json-string"], got
    assert HEX in got[0][1] or TOKEN in got[0][1]


@pytest.mark.parametrize(
    ("text", "path"),
    [
        # no member looks generated
        ('"token": "{\\"type\\": \\"bearer\\", \\"ttl\\": \\"3600\\"}"', "a.json"),
        ('"password": "{\\"a\\": 1, \\"b\\": \\"hello world\\"}"', "a.json"),
        # a placeholder or template as the member value
        ('"ApiToken": "{\\"uid\\": \\"${API_TOKEN}\\"}"', "a.json"),
        ('"ApiToken": "{\\"uid\\": \\"your_api_token_here\\"}"', "a.json"),
        # the outer name is not a credential, or names a property of one
        ('"keyboard": "{\\"layout\\": \\"' + TOKEN + '\\"}"', "a.json"),
        ('"tokenConfig": "{\\"seed\\": \\"' + TOKEN + '\\"}"', "a.json"),
        ('"public_key": "{\\"n\\": \\"' + TOKEN + '\\"}"', "a.json"),
        # a documentation example
        ('"ApiToken": "{\\"uid\\": \\"' + HEX + '\\"}" // EXAMPLE', "a.js"),
        # {"… right after a double quote: the outer string ended at the brace
        ('"token": "{"uid": "' + HEX + '"}"', "a.js"),
    ],
)
def test_object_without_a_generated_member_is_not_reported(
    engines: dict[str, Engine], text: str, path: str
) -> None:
    assert found(engines, text, path) == []


def test_credential_named_member_is_left_to_its_keyword_rule(engines: dict[str, Engine]) -> None:
    # one finding per credential: the member's own keyword rule reports the value, not the object
    got = found(
        engines, '"auth": "{\\"user\\": \\"deploy\\", \\"token\\": \\"' + TOKEN + '\\"}"', "a.json"
    )
    assert got == [("generic-token", TOKEN)]
