"""Versioned blob formats. Specified in docs/formats.md; vectors in tests/vectors/.

Value blob, format 1::

    0x01 || nonce (12 bytes) || AES-256-GCM(data key, nonce, value, aad) (ciphertext || 16-byte tag)
    aad = b"tether:value:1\\0" || vault_id || 0x00 || item_id || 0x00 || field || 0x00 || version (ASCII)

Wrapped key blob, format 1::

    0x01 || nonce (12 bytes) || AES-256-GCM(wrapping key, nonce, key (32 bytes), b"tether:wrap:1\\0" || context)

The AAD binds a value to its place, so a ciphertext copied onto another field, item, vault or
version fails to decrypt.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tether.errors import DecryptionError

__all__ = [
    "KEY_SIZE",
    "VALUE_FORMAT",
    "WRAP_FORMAT",
    "open_value",
    "seal_value",
    "unwrap_key",
    "value_aad",
    "wrap_key",
]

KEY_SIZE = 32
NONCE_SIZE = 12
VALUE_FORMAT = 1
WRAP_FORMAT = 1
_VALUE_AAD_PREFIX = b"tether:value:1\0"
_WRAP_AAD_PREFIX = b"tether:wrap:1\0"


def value_aad(vault_id: str, item_id: str, field: str, version: int) -> bytes:
    parts = (vault_id, item_id, field.casefold(), str(version))
    return _VALUE_AAD_PREFIX + b"\0".join(p.encode() for p in parts)


def _seal(key: bytes, plaintext: bytes, aad: bytes, fmt: int, nonce: bytes | None) -> bytes:
    if len(key) != KEY_SIZE:
        raise ValueError("key must be 32 bytes")
    nonce = nonce if nonce is not None else os.urandom(NONCE_SIZE)
    return bytes([fmt]) + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def _open(key: bytes, blob: bytes, aad: bytes, fmt: int) -> bytes:
    if len(blob) < 1 + NONCE_SIZE + 16 or blob[0] != fmt or len(key) != KEY_SIZE:
        raise DecryptionError("decryption failed")
    try:
        return AESGCM(key).decrypt(blob[1 : 1 + NONCE_SIZE], blob[1 + NONCE_SIZE :], aad)
    except InvalidTag:
        raise DecryptionError("decryption failed") from None


def seal_value(
    data_key: bytes,
    value: bytes,
    *,
    vault_id: str,
    item_id: str,
    field: str,
    version: int,
    nonce: bytes | None = None,
) -> bytes:
    """Encrypt ``value`` for one (vault, item, field, version). ``nonce`` is for test vectors only."""
    aad = value_aad(vault_id, item_id, field, version)
    return _seal(data_key, value, aad, VALUE_FORMAT, nonce)


def open_value(
    data_key: bytes, blob: bytes, *, vault_id: str, item_id: str, field: str, version: int
) -> bytes:
    return _open(data_key, blob, value_aad(vault_id, item_id, field, version), VALUE_FORMAT)


def wrap_key(wrapping_key: bytes, key: bytes, context: str, *, nonce: bytes | None = None) -> bytes:
    """Wrap a 32-byte key under ``wrapping_key``; ``context`` names what the key is for."""
    if len(key) != KEY_SIZE:
        raise ValueError("wrapped keys must be 32 bytes")
    return _seal(wrapping_key, key, _WRAP_AAD_PREFIX + context.encode(), WRAP_FORMAT, nonce)


def unwrap_key(wrapping_key: bytes, blob: bytes, context: str) -> bytes:
    key = _open(wrapping_key, blob, _WRAP_AAD_PREFIX + context.encode(), WRAP_FORMAT)
    if len(key) != KEY_SIZE:
        raise DecryptionError("decryption failed")
    return key
