"""tether's token format: generate, parse, checksum, hashing; never echo the secret part."""

from __future__ import annotations

import importlib
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tether import tokens
from tether.errors import TokenError


def test_github_checksum_vector() -> None:
    # the published GitHub/npm vector (governance.md §8): same base62 CRC32 scheme
    crc = zlib.crc32(b"zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ")
    assert tokens.base62_encode(crc) == "0mLq17"


def test_generate_shape_and_roundtrip() -> None:
    tok = tokens.generate("sa")
    assert tokens.TOKEN_RE.fullmatch(tok)
    parts = tok.split("_")
    assert parts[0] == "tth" and parts[1] == "sa"
    assert len(parts[2]) == 12 and len(parts[3]) == 32 and len(parts[4]) == 6
    body = tok.rsplit("_", 1)[0]
    assert parts[4] == tokens.base62_encode(zlib.crc32(body.encode()))
    parsed = tokens.parse(tok)
    assert (parsed.kind, parsed.id, parsed.secret) == ("sa", parts[2], parts[3])
    assert parsed.text == tok
    assert tokens.is_token(tok)


def test_generate_is_random_and_id_can_be_fixed() -> None:
    a, b = tokens.generate(), tokens.generate()
    assert a != b
    fixed = tokens.generate(token_id="ABCDEFabcdef")
    assert tokens.parse(fixed).id == "ABCDEFabcdef"
    with pytest.raises(ValueError):
        tokens.generate(token_id="short")
    with pytest.raises(ValueError):
        tokens.generate("SA")


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "ghp_abc",
        "tth_sa_abc",
        "tth_s_ABCDEFabcdef_" + "a" * 32 + "_000000",
        "tth_sa_ABCDEFabcde_" + "a" * 32 + "_000000",
        "tth_sa_ABCDEFabcdef_" + "a" * 31 + "_000000",
        "tth_sa_ABCDEFabcdef_" + "a" * 31 + "!_000000",
        "tth_sa_ABCDEFabcdef_" + "a" * 32 + "_00000",
    ],
)
def test_malformed_tokens_are_refused_with_hint(bad: str) -> None:
    with pytest.raises(TokenError) as info:
        tokens.parse(bad)
    assert info.value.hint
    assert not tokens.is_token(bad)


def test_checksum_catches_a_typo_and_never_echoes_the_secret() -> None:
    tok = tokens.generate()
    secret = tokens.parse(tok).secret
    flipped = secret[:-1] + ("a" if secret[-1] != "a" else "b")
    typo = tok.replace(secret, flipped)
    with pytest.raises(TokenError) as info:
        tokens.parse(typo)
    assert "checksum" in info.value.message
    text = f"{info.value.message} {info.value.hint} {info.value!r}"
    assert secret not in text and flipped not in text
    assert "****" in repr(tokens.parse(tok)) and secret not in repr(tokens.parse(tok))


def test_malformed_secret_part_is_not_echoed() -> None:
    leaked = "S3cr3tValue" * 3  # 33 chars: wrong length
    bad = f"tth_sa_ABCDEFabcdef_{leaked}_000000"
    with pytest.raises(TokenError) as info:
        tokens.parse(bad)
    assert leaked not in info.value.message and leaked not in (info.value.hint or "")


def test_kind_filter() -> None:
    tok = tokens.generate("pt")
    assert tokens.parse(tok).kind == "pt"
    with pytest.raises(TokenError):
        tokens.parse(tok, kind="sa")


def test_hash_and_constant_time_compare() -> None:
    tok = tokens.generate()
    h = tokens.hash_token(tok)
    assert len(h) == 64 and tokens.parse(tok).secret not in h
    assert tokens.token_matches(tok, h)
    assert tokens.token_matches(f"  {tok}\n", h)
    assert not tokens.token_matches(tokens.generate(), h)


@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_base62_roundtrip(n: int) -> None:
    enc = tokens.base62_encode(n)
    assert len(enc) == 6
    back = 0
    for ch in enc:
        back = back * 62 + tokens.ALPHABET.index(ch)
    assert back == n


@given(st.text(max_size=80))
def test_parse_never_crashes_otherwise(text: str) -> None:
    try:
        tokens.parse(text)
    except TokenError:
        pass


def test_scanner_validator_accepts_our_tokens() -> None:
    validators = importlib.import_module("tether.scan.validators")
    check = validators.VALIDATORS["tether"]
    tok = tokens.generate()
    assert check(tok)
    body, _, _ = tok.rpartition("_")
    assert not check(body + "_000000") or tokens.checksum(body) == "000000"
