"""Keys written as byte arrays (``byte[] KEY = {0x3f, …}``), Basic credentials that do not
decode to ``user:password``, and ``user:password`` pairs encoded for a Basic header in code."""

from __future__ import annotations

import random

import pytest

from tether.scan.engine import Engine

from .conftest import found_by_both

KEY = bytes.fromhex("c4197de258a30f963bd164ef278a50bc")


def hexes(data: bytes) -> str:
    return ", ".join(f"0x{b:02x}" for b in data)


def decimals(data: bytes) -> str:
    return ", ".join(str(b) for b in data)


@pytest.mark.parametrize(
    ("line", "path"),
    [
        (
            f"    private static final byte[] AES_KEY = new byte[] {{{hexes(KEY)}}};",
            "app/src/main/java/Crypto.java",
        ),
        (f"static const uint8_t hmac_secret[16] = {{ {hexes(KEY)} }};", "firmware/keys.c"),
        (f"\tSecret: []byte{{{decimals(KEY)}}},", "internal/session/config.go"),
        (f"let key: [u8; 16] = [{hexes(KEY)}];", "src/crypt.rs"),
        (f"API_TOKEN = bytes([{hexes(KEY)}])", "tools/sign.py"),
        (f"const signingKey = new Uint8Array([{decimals(KEY)}]);", "web/sign.js"),
    ],
)
def test_a_key_written_as_bytes(engines: dict[str, Engine], line: str, path: str) -> None:
    found = found_by_both(engines, line + "\n", path)
    assert [rule for rule, _ in found] == ["generic-byte-array-key"]
    assert found[0][1].replace("0x", "").replace(", ", "").replace(" ", "") in (
        KEY.hex(),
        decimals(KEY).replace(", ", ""),
    )


def test_the_values_may_start_on_the_next_line(engines: dict[str, Engine]) -> None:
    text = f"var sessionKey = []byte{{\n\t{hexes(KEY)},\n}}\n"
    assert [r for r, _ in found_by_both(engines, text, "auth/keys.go")] == [
        "generic-byte-array-key"
    ]


def test_random_keys_are_found_whatever_their_bytes(engines: dict[str, Engine]) -> None:
    # a fixed draw (16 random bytes fall under the "repeated bytes" bar, 12 distinct of 16, about
    # once in 10,000 draws; a flaky test would be worse than a fixed one)
    rng = random.Random(20261129)
    for _ in range(200):
        key = rng.randbytes(16)
        found = found_by_both(engines, f"byte[] secretKey = {{{hexes(key)}}};\n", "src/Keys.java")
        assert [r for r, _ in found] == ["generic-byte-array-key"], hexes(key)


@pytest.mark.parametrize(
    "line",
    [
        # key codes, sizes, token ids: numbers, not bytes
        "keyCodes = [37, 38, 39, 40, 13, 27, 32, 9, 8, 46, 36, 35]",
        "keySizes = new int[] {16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 1024};",
        "token_ids = [101, 2023, 2003, 1037, 3231, 102, 0, 0, 0, 0, 0, 0]",
        # patterns, public parts, published vectors
        f"byte[] key = {{{hexes(bytes(range(16)))}}};",
        "var key = []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}",
        f"publicKey := []byte{{{decimals(KEY)}}}",
        "var commonKey128 = []byte{0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c}",
        # printable bytes are the text they spell: "password1234"
        "byte[] password = {112, 97, 115, 115, 119, 111, 114, 100, 49, 50, 51, 52};",
        # not a credential name
        f"static const uint8_t sbox_row[16] = {{ {hexes(KEY)} }};",
    ],
)
def test_arrays_that_are_not_keys(engines: dict[str, Engine], line: str) -> None:
    assert found_by_both(engines, line + "\n", "src/crypto/tables.c") == []


@pytest.mark.parametrize("value", ["fC60XUqtULm2==", "Wv0dTjLrypQ8Zk=="])
def test_a_basic_value_that_is_not_user_password_but_looks_generated(
    engines: dict[str, Engine], value: str
) -> None:
    found = found_by_both(engines, f"Authorization: Basic {value}\n", "docs/api.md")
    assert value in {v for _, v in found}


@pytest.mark.parametrize(
    "value",
    [
        "QWxhZGRpbg==",  # base64 of a word without a colon ("Aladdin")
        "dXNlcm5hbWU=",  # "username"
        "realm",
    ],
)
def test_basic_values_that_are_words(engines: dict[str, Engine], value: str) -> None:
    assert found_by_both(engines, f"Authorization: Basic {value}\n", "docs/api.md") == []


@pytest.mark.parametrize(
    "line",
    [
        'headers = {"Authorization": "Basic " + base64.b64encode(b"deploy:Vq8zL2kX9mW4").decode()}',
        "fetch(url, { headers: { Authorization: 'Basic ' + btoa('svc-reports:Vq8zL2kX9mW4') } })",
        'String auth = Base64.getEncoder().encodeToString("ci-bot:Vq8zL2kX9mW4".getBytes());',
        'auth := base64.StdEncoding.EncodeToString([]byte("backup:Vq8zL2kX9mW4"))',
    ],
)
def test_a_pair_encoded_for_a_basic_header(engines: dict[str, Engine], line: str) -> None:
    assert ("basic-auth-encoded-pair", "Vq8zL2kX9mW4") in found_by_both(
        engines, line + "\n", "scripts/sync.py"
    )


@pytest.mark.parametrize(
    "line",
    [
        'base64.b64encode(b"user:password")',
        "btoa(`${user}:${password}`)",
        'base64.b64encode(b"https://example.com/path")',
        'base64.b64encode(b"admin:admin")',
    ],
)
def test_encoded_pairs_that_are_not_credentials(engines: dict[str, Engine], line: str) -> None:
    assert found_by_both(engines, line + "\n", "scripts/sync.py") == []
