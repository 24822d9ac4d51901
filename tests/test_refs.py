from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tether.errors import ReferenceSyntaxError
from tether.refs import Reference, is_reference, parse

NAME = st.from_regex(r"[A-Za-z0-9._-]([A-Za-z0-9._ -]{0,20}[A-Za-z0-9._-])?", fullmatch=True)


def test_parse_full_reference() -> None:
    ref = parse("tether://dev/stripe/api_key?version=3")
    assert ref == Reference("dev", "stripe", "api_key", 3)


def test_parse_item_only_and_spaces() -> None:
    ref = parse("tether://My Vault/db creds")
    assert ref.vault == "My Vault" and ref.item == "db creds" and ref.field is None


def test_names_compare_case_insensitively() -> None:
    assert parse("tether://Dev/Stripe/API_KEY").key == parse("tether://dev/stripe/api_key").key


@pytest.mark.parametrize(
    ("text", "position", "expected"),
    [
        ("op://dev/x", 0, "'tether://'"),
        ("tether:/dev/x", 8, "'tether://'"),
        ("tether://dev", 12, "item name"),
        ("tether://dev/st$ripe/k", 15, "item name"),
        ("tether://dev/a/b/c", 16, "at most three parts"),
        ("tether://dev//k", 13, "item name"),
        ("tether://dev/a/ k", 15, "field name"),
        ("tether://dev/a/b?ver=2", 17, "'version=N'"),
        ("tether://dev/a/b?version=2x", 26, "version number"),
        ("tether://dev/a/b?version=0", 25, "1 or more"),
    ],
)
def test_errors_point_at_the_position(text: str, position: int, expected: str) -> None:
    with pytest.raises(ReferenceSyntaxError) as info:
        parse(text)
    assert info.value.position == position
    assert expected in info.value.message
    # the caret line points at the same column
    caret_line = info.value.message.splitlines()[-1]
    assert caret_line.index("^") - 2 == position


@given(NAME, NAME, st.one_of(st.none(), NAME), st.one_of(st.none(), st.integers(1, 10**6)))
def test_round_trip(vault: str, item: str, field: str | None, version: int | None) -> None:
    ref = Reference(vault, item, field, version)
    assert parse(str(ref)) == ref
    assert is_reference(str(ref))
