"""A placeholder word in a value counts only when written in one case, as people write words: in
a random key ``pASsw`` or ``TeSt`` is chance (one AWS secret key in a few hundred held one)."""

from __future__ import annotations

import random
import string

import pytest

from tether.scan.heuristics import is_placeholder

ALPHABET = string.ascii_letters + string.digits + "+/"


@pytest.mark.parametrize(
    "value",
    [
        "jv/M1ZBTpASswUEvJtwKdQ237+FXTFlR8V3OHObb",  # "pASsw"
        "Kq8vTnR2kLw9XcB4TeStHsJ3dF6gQ1aE5uN0oIrK",  # "TeSt"
        "Qm4vT8xZr2LkPa9DeMOnYd6HsE3wB7uJ1cF5gN0a",  # "DeMO"
        "oLNZs8Q~3Wf.swjnxXxeTxKsk0.CikDjHR92RO.",  # "xXx": short filler, mixed case
        "eoZ0K8Q~aBCd.1ygL~M4ewSWQjRdpzbepu9umwp",  # "aBCd"
    ],
)
def test_a_word_in_mixed_case_inside_a_random_key_is_chance(value: str) -> None:
    assert is_placeholder(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "MyPassword123",
        "PASSWORD1",
        "p@ssw0rd",
        "TestKey123456",
        "your-api-key",
        "sk-TEST-key-1",
        "aBcDeFgHOjAxOjAwMDAwMDAwMDA6awJQVlZkdEVy",  # filler in alternating case
        "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6",
    ],
)
def test_words_people_write_still_count(value: str) -> None:
    assert is_placeholder(value) == "placeholder or test value"


def test_random_keys_are_rarely_taken_for_placeholders() -> None:
    rnd = random.Random(1)
    values = ["".join(rnd.choice(ALPHABET) for _ in range(40)) for _ in range(5000)]
    assert sum(1 for v in values if is_placeholder(v)) <= 10  # ~0.1 %: "xxx", "dddd" by chance
