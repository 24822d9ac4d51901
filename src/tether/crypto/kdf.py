"""Key derivation and keyed fingerprints.

- ``derive_key``: HKDF-SHA256 (RFC 5869) with a purpose label as ``info``.
- ``passphrase_key``: Argon2id with the RFC 9106 second recommended parameters (t=3, 64 MiB, p=4).
- ``fingerprint``: HMAC-SHA256 of a value under the installation's fingerprint key, hex-encoded.
"""

from __future__ import annotations

import hashlib
import hmac

__all__ = ["ARGON2_PARAMS", "derive_key", "fingerprint", "passphrase_key"]

ARGON2_PARAMS = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}


def derive_key(ikm: bytes, info: str, *, salt: bytes | None = None, length: int = 32) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info.encode()).derive(ikm)


def passphrase_key(
    passphrase: str,
    salt: bytes,
    *,
    time_cost: int = 3,
    memory_cost: int = 65536,
    parallelism: int = 4,
) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        passphrase.encode(),
        salt,
        time_cost=time_cost,
        memory_cost=memory_cost,
        parallelism=parallelism,
        hash_len=32,
        type=Type.ID,
    )


def fingerprint(key: bytes, value: str | bytes) -> str:
    data = value.encode() if isinstance(value, str) else value
    return hmac.new(key, data, hashlib.sha256).hexdigest()
