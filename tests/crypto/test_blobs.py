"""The blob formats against their test vectors (tests/vectors/blobs.json), and misuse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tether.crypto.blobs import open_value, seal_value, unwrap_key, wrap_key
from tether.crypto.kdf import fingerprint
from tether.errors import DecryptionError

VECTORS = json.loads((Path(__file__).parent.parent / "vectors" / "blobs.json").read_text())


@pytest.mark.parametrize("vec", VECTORS["value_blobs"])
def test_value_vectors(vec: dict[str, object]) -> None:
    key, nonce = bytes.fromhex(str(vec["key"])), bytes.fromhex(str(vec["nonce"]))
    ctx = {k: vec[k] for k in ("vault_id", "item_id", "field", "version")}
    blob = seal_value(key, bytes.fromhex(str(vec["plaintext"])), nonce=nonce, **ctx)  # type: ignore[arg-type]
    assert blob.hex() == vec["blob"]
    assert open_value(key, blob, **ctx).hex() == vec["plaintext"]  # type: ignore[arg-type]


@pytest.mark.parametrize("vec", VECTORS["value_blobs"])
def test_value_vectors_match_the_documented_format(vec: dict[str, object]) -> None:
    """Decrypt with raw AES-GCM and the AAD built as docs/formats.md describes."""
    blob = bytes.fromhex(str(vec["blob"]))
    assert blob[0] == 1
    aad = b"tether:value:1\0" + b"\0".join(
        str(x).encode()
        for x in (vec["vault_id"], vec["item_id"], str(vec["field"]).casefold(), vec["version"])
    )
    plain = AESGCM(bytes.fromhex(str(vec["key"]))).decrypt(blob[1:13], blob[13:], aad)
    assert plain.hex() == vec["plaintext"]


@pytest.mark.parametrize("vec", VECTORS["wrapped_keys"])
def test_wrap_vectors(vec: dict[str, str]) -> None:
    wk, key, nonce = (bytes.fromhex(vec[k]) for k in ("wrapping_key", "key", "nonce"))
    blob = wrap_key(wk, key, vec["context"], nonce=nonce)
    assert blob.hex() == vec["blob"]
    assert unwrap_key(wk, blob, vec["context"]) == key
    with pytest.raises(DecryptionError):
        unwrap_key(wk, blob, vec["context"] + "x")


def test_fingerprint_vector() -> None:
    vec = VECTORS["fingerprints"][0]
    assert fingerprint(bytes.fromhex(vec["key"]), vec["value"]) == vec["fingerprint"]


KEY = bytes(32)
CTX = {"vault_id": "v", "item_id": "i", "field": "f", "version": 1}


@pytest.mark.parametrize(
    "other",
    [
        {"vault_id": "v2"},
        {"item_id": "i2"},
        {"field": "g"},
        {"version": 2},
    ],
)
def test_ciphertext_cannot_move_to_another_place(other: dict[str, object]) -> None:
    blob = seal_value(KEY, b"secret", **CTX)  # type: ignore[arg-type]
    with pytest.raises(DecryptionError):
        open_value(KEY, blob, **{**CTX, **other})  # type: ignore[arg-type]


def test_every_tampered_byte_is_detected() -> None:
    blob = seal_value(KEY, b"secret-value", **CTX)  # type: ignore[arg-type]
    for i in range(len(blob)):
        bad = bytearray(blob)
        bad[i] ^= 0x01
        with pytest.raises(DecryptionError) as info:
            open_value(KEY, bytes(bad), **CTX)  # type: ignore[arg-type]
        assert str(info.value) == "decryption failed"


def test_truncated_and_wrong_key() -> None:
    blob = seal_value(KEY, b"secret", **CTX)  # type: ignore[arg-type]
    for cut in (0, 1, 12, 20, len(blob) - 1):
        with pytest.raises(DecryptionError):
            open_value(KEY, blob[:cut], **CTX)  # type: ignore[arg-type]
    with pytest.raises(DecryptionError):
        open_value(bytes([1]) * 32, blob, **CTX)  # type: ignore[arg-type]


def test_nonces_are_fresh() -> None:
    a = seal_value(KEY, b"same", **CTX)  # type: ignore[arg-type]
    b = seal_value(KEY, b"same", **CTX)  # type: ignore[arg-type]
    assert a[1:13] != b[1:13] and a != b
