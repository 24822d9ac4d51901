"""Long all-digit keys and tokens: a quoted run of 16+ digits, or one that is the whole value of a
config line, can be a generated credential (53+ bits); shorter numbers and numbers in code are not."""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import found_by_both as found

DIGITS = "4820571938462017"  # made up; 16 digits with no run or sequence


@pytest.mark.parametrize(
    ("text", "path"),
    [
        (f"OVH_APPLICATION_KEY={DIGITS}\n", ".env"),
        (f"INFOMANIAK_ACCESS_TOKEN={DIGITS} \\\n  lego run\n", "run.sh.txt"),
        (f"  api_token: {DIGITS}  # from the console\n", "config.yaml"),
        (f'API_TOKEN = "{DIGITS}"\n', "settings.py"),
    ],
)
def test_long_number_as_a_whole_config_value_is_reported(
    engines: dict[str, Engine], text: str, path: str
) -> None:
    assert [value for _, value in found(engines, text, path)] == [DIGITS]


@pytest.mark.parametrize(
    ("text", "path"),
    [
        # shorter than 16 digits: an account or app number
        ("OVH_APPLICATION_KEY=482057193846\n", ".env"),
        # not the whole value of the line
        (f"api_token: {DIGITS} and more text\n", "notes.txt"),
        # unquoted in code: a number literal, not a string
        (f"API_TOKEN = {DIGITS}\n", "settings.py"),
        # a sequence or a repeated digit
        ("ACCESS_TOKEN=1234567890123456\n", ".env"),
        ("ACCESS_TOKEN=0000000000000000\n", ".env"),
    ],
)
def test_number_that_is_no_credential_is_not_reported(
    engines: dict[str, Engine], text: str, path: str
) -> None:
    assert found(engines, text, path) == []
