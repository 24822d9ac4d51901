"""C and C++ character arrays named for a credential (``const char WIFI_PASSWORD[] = "…";``,
``char apiKey[33] = "…";``): the keyword rules read an array's brackets between the name and the
``=``, so firmware sketches and embedded configs are judged like any other assignment."""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import found_by_both as found


@pytest.mark.parametrize(
    ("text", "rule", "value"),
    [
        ('const char WIFI_PASSWORD[] = "Lq8vTz2mKx9w";', "generic-password", "Lq8vTz2mKx9w"),
        (
            'static const char AWS_IOT_SECRET_KEY[] = "Zq7vLp2sWx9cBt4NkR8mHf3J";',
            "generic-secret",
            "Zq7vLp2sWx9cBt4NkR8mHf3J",
        ),
        (
            'char apiKey[33] = "f3a9c1d27be84e0f9a6b5c4d3e2f1a0b";',
            "generic-key",
            "f3a9c1d27be84e0f9a6b5c4d3e2f1a0b",
        ),
        (
            'const char auth_token[41] = "xQ9vLm2Rk7Tz4WbNc8PaYd3F";',
            "generic-token",
            "xQ9vLm2Rk7Tz4WbNc8PaYd3F",
        ),
    ],
)
def test_credential_array_is_reported(
    engines: dict[str, Engine], text: str, rule: str, value: str
) -> None:
    assert found(engines, text, "src/main.ino") == [(rule, value)]


@pytest.mark.parametrize(
    "text",
    [
        'char password[64] = "";',
        "char key[32] = {0};",
        'static const char token_chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";',
        'const char secret_fmt[] = "%s:%s";',
        'const char PASSWORD_PROMPT[] = "Enter password: ";',
        'static const char key_usage[] = "digitalSignature";',
        'const char WIFI_PASSWORD[] = "YOUR_WIFI_PASSWORD";',
    ],
)
def test_array_of_a_non_secret_is_not_reported(engines: dict[str, Engine], text: str) -> None:
    assert found(engines, text, "src/main.c") == []
