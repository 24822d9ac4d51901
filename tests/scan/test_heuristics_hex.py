"""Random hex keys are not placeholders by chance: leetspeak and short words inside hex digits."""

from __future__ import annotations

import random

import pytest

from tether.scan.heuristics import is_placeholder


@pytest.mark.parametrize("length", [32, 40, 64, 128])
def test_random_hex_keys_are_not_placeholders(length: int) -> None:
    rnd = random.Random(length)
    flagged = [
        v
        for v in (
            "".join(rnd.choice("0123456789abcdef") for _ in range(length)) for _ in range(1500)
        )
        if is_placeholder(v)
    ]
    assert len(flagged) <= 1  # before: ~1 in 150 (70d0 read as "todo", a chance 1234 or abcd)


def test_chance_words_in_hex_but_not_hex_placeholders() -> None:
    assert is_placeholder("3f9a70d01c2b4e5f6a7b8c9d0e1f2a3b") is None  # 70d0 is not "todo"
    assert is_placeholder("9c81234e5f6a7b8c9d0e1f2a3b4c5d6e") is None  # a chance 1234
    for placeholder in (
        "0123456789abcdef0123456789abcdef",
        "deadbeefdeadbeefdeadbeefdeadbeef",
        "a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4",
        "abcdef1234abcdef1234abcdef123456",
    ):
        assert is_placeholder(placeholder) is not None, placeholder
    assert is_placeholder("p4ssw0rd") is not None  # leetspeak outside hex still reads as a word
