"""The root key: created once by ``tether init``, loaded on every command that touches values.

Where it lives is recorded in the key file (JSON, mode 0600), so loading never has to guess:

- ``{"format": 1, "kind": "keyring", "service": "tether", "account": ID}``: the key is in the OS keyring;
- ``{"format": 1, "kind": "plain", "key": B64}``: the key is in this file;
- ``{"format": 1, "kind": "passphrase", "kdf": "argon2id", ..., "salt": B64, "wrapped": B64}``: the key
  is in this file, wrapped (AES-256-GCM) under an Argon2id key derived from a passphrase.

The passphrase comes from ``TETHER_PASSPHRASE`` or a no-echo prompt on a terminal.
``keyring`` is imported only when the key file says so (it is slow to import).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tether.crypto.blobs import KEY_SIZE, unwrap_key, wrap_key
from tether.crypto.kdf import ARGON2_PARAMS, passphrase_key
from tether.errors import DecryptionError, KeyUnavailableError, NotInitializedError

__all__ = ["KeyFile", "create_root_key", "keyring_usable", "load_root_key"]

KEYRING_SERVICE = "tether"
KEY_FILE_FORMAT = 1


@dataclass(frozen=True)
class KeyFile:
    path: Path
    kind: str  # keyring | plain | passphrase


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode(), validate=True)


def keyring_usable() -> bool:
    """True when an OS keyring backend is available (and not disabled with TETHER_KEYRING=0)."""
    if os.environ.get("TETHER_KEYRING", "1").lower() in ("0", "no", "false", "off"):
        return False
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return False
        chained = getattr(backend, "backends", None)
        if chained is not None and not chained:
            return False
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:  # any keyring import/config failure means "no keyring"
        return False


def _write_private(path: Path, data: str) -> None:
    """Write ``data`` to ``path`` with mode 0600, atomically, never replacing an existing file."""
    from tether.fileio import atomic_write  # lazily: tempfile is not needed to read a key

    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write(path, data.encode(), mode=0o600, overwrite=False)


def create_root_key(
    path: Path,
    *,
    passphrase: str | None = None,
    use_keyring: bool | None = None,
    account: str = "default",
) -> tuple[bytes, KeyFile]:
    """Create a new root key and record where it lives. Refuses if ``path`` exists."""
    if path.exists():
        raise KeyUnavailableError(
            f"a key file already exists at {path}",
            hint="tether init never replaces a key; move it away first if you mean to start over",
        )
    key = secrets.token_bytes(KEY_SIZE)
    doc: dict[str, object] = {"format": KEY_FILE_FORMAT}
    if passphrase is not None:
        salt = secrets.token_bytes(16)
        kek = passphrase_key(passphrase, salt, **ARGON2_PARAMS)
        doc.update(
            kind="passphrase",
            kdf="argon2id",
            **ARGON2_PARAMS,
            salt=_b64(salt),
            wrapped=_b64(wrap_key(kek, key, "root-key")),
        )
    else:
        if use_keyring is None:
            use_keyring = keyring_usable()
        if use_keyring:
            import keyring

            keyring.set_password(KEYRING_SERVICE, account, _b64(key))
            doc.update(kind="keyring", service=KEYRING_SERVICE, account=account)
        else:
            doc.update(kind="plain", key=_b64(key))
    _write_private(path, json.dumps(doc, indent=2) + "\n")
    return key, KeyFile(path, str(doc["kind"]))


def _prompt_passphrase() -> str | None:
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass("tether passphrase: ")


def load_root_key(
    path: Path, *, passphrase: Callable[[], str | None] | None = None
) -> tuple[bytes, KeyFile]:
    """Load the root key described by the key file at ``path``."""
    try:
        raw = path.read_text()
    except FileNotFoundError:
        raise NotInitializedError(
            f"no root key at {path}",
            hint="run `tether init` to create a store and key, or restore your key file there",
        ) from None
    try:
        doc = json.loads(raw)
        kind = doc["kind"]
        if doc.get("format") != KEY_FILE_FORMAT:
            raise KeyUnavailableError(
                f"the key file {path} has format {doc.get('format')}, this tether reads {KEY_FILE_FORMAT}",
                hint="upgrade tether",
            )
        if kind == "plain":
            key = _unb64(doc["key"])
        elif kind == "keyring":
            import keyring

            stored = keyring.get_password(doc.get("service", KEYRING_SERVICE), doc["account"])
            if stored is None:
                raise KeyUnavailableError(
                    "the root key is missing from the OS keyring",
                    hint="unlock your keyring, or restore the key into it",
                )
            key = _unb64(stored)
        elif kind == "passphrase":
            supplied = os.environ.get("TETHER_PASSPHRASE")
            if supplied is None:
                supplied = (passphrase or _prompt_passphrase)()
            if supplied is None:
                raise KeyUnavailableError(
                    "the root key is sealed with a passphrase and none was given",
                    hint="set TETHER_PASSPHRASE or run on a terminal to be prompted",
                )
            kek = passphrase_key(
                supplied,
                _unb64(doc["salt"]),
                time_cost=int(doc["time_cost"]),
                memory_cost=int(doc["memory_cost"]),
                parallelism=int(doc["parallelism"]),
            )
            try:
                key = unwrap_key(kek, _unb64(doc["wrapped"]), "root-key")
            except DecryptionError:
                raise KeyUnavailableError(
                    "wrong passphrase for the root key", hint="try again; nothing was changed"
                ) from None
        else:
            raise KeyUnavailableError(f"the key file {path} has an unknown kind {kind!r}")
    except (KeyError, ValueError, TypeError):
        raise KeyUnavailableError(
            f"the key file {path} is damaged", hint="restore it from your backup"
        ) from None
    if len(key) != KEY_SIZE:
        raise KeyUnavailableError(
            f"the key file {path} is damaged", hint="restore it from your backup"
        )
    return key, KeyFile(path, kind)
