"""The per-user fingerprint key: 32 random bytes in a 0600 file in the scanner's cache directory.

Findings are fingerprinted with a keyed HMAC; keeping one key per user makes fingerprints comparable
across runs (``tether scan``, ``tether redact``, ``tether mcp``) without ever storing a value. The key
is not a secret of the vault: losing it only makes old fingerprints incomparable with new ones.
"""

from __future__ import annotations

import os
import secrets

from tether.errors import FileSafetyError

__all__ = ["KEY_FILE", "user_key"]

KEY_FILE = "fingerprint.key"
_KEY_BYTES = 32


def _read(path: str) -> bytes | None:
    try:
        with open(path, "rb") as fh:
            key = fh.read(_KEY_BYTES + 1)
    except OSError:
        return None
    return key if len(key) == _KEY_BYTES else None


def user_key() -> bytes:
    """The key, created on first use. An unwritable cache gives a key stable within this run only."""
    from tether.scan.hs import cache_dir

    folder = cache_dir()
    path = os.path.join(folder, KEY_FILE)
    key = _read(path)
    if key is not None:
        return key
    from tether.fileio import atomic_write  # only to create the key (tempfile: ~5 ms to import)

    key = secrets.token_bytes(_KEY_BYTES)
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        # a short or damaged file is replaced; a valid one written meanwhile by another process wins
        atomic_write(path, key, mode=0o600, overwrite=os.path.exists(path))
    except FileSafetyError:
        return _read(path) or key
    except OSError:
        pass
    return key
