"""Decide which settings of an env file are secrets (used by ``tether import``).

A value is a secret when the scanner's rules find a secret in ``KEY=value`` (``tether.scan`` is a pure
package, imported here lazily so that ``tether run`` never loads it), when its key is named like a
credential (``*_KEY``, ``*_TOKEN``, ``*_SECRET``, ``*PASSWORD*``…), or when it is a URL with a
password in it. Plain settings (``PORT=3000``, ``DEBUG=true``) are not.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

__all__ = ["secret_reason"]

_SECRET_KEY = re.compile(
    r"(?ix)("
    r"(^|_)(api_?)?key$ | (^|_)token$ | (^|_)secret$ | password | passwd | (^|_)pass$ | (^|_)pwd$"
    r"| (^|_)credentials?$ | private_?key | (^|_)dsn$ | (^|_)auth$ | secret_?key | access_?key$"
    r"| (^|_)salt$ | (^|_)pepper$ | signing_?key | (^|_)cookie_secret"
    r")"
)
_NOT_SECRET_KEY = re.compile(r"(?i)(public|publishable|(^|_)id$|_path$|_file$|_url$|_host$)")
_URL_WITH_PASSWORD = re.compile(r"^[a-z][a-z0-9+.-]*://[^/\s:@]*:[^/\s@]+@", re.I)
_PLAIN = re.compile(r"(?i)^(true|false|yes|no|on|off|null|none|\d{1,9}(\.\d+)?)$")


@cache
def _engine() -> Any:
    try:
        from tether.scan.engine import Engine

        return Engine(key=b"\0" * 32, engine="re", jobs=1)
    except Exception:  # the scanner is optional here: key names still decide
        return None


def _scanner_finds(key: str, value: str) -> str | None:
    engine = _engine()
    if engine is None:
        return None
    try:
        from tether.scan.findings import Provenance

        findings, _ = engine.scan_blob(f"{key}={value}\n".encode(), Provenance("file", ".env"))
    except Exception:
        return None
    for f in findings:
        reveal = getattr(f.secret, "reveal", None)
        found = reveal() if callable(reveal) else str(f.secret)
        if found and found in value:
            return f"scanner rule {f.rule_id}"
    return None


def secret_reason(key: str, value: str) -> str | None:
    """Why ``key=value`` should go into the vault, or ``None`` for a plain setting."""
    if not value.strip() or _PLAIN.match(value.strip()):
        return None
    found = _scanner_finds(key, value)
    if found:
        return found
    if _URL_WITH_PASSWORD.match(value):
        return "URL with a password"
    if _SECRET_KEY.search(key) and not _NOT_SECRET_KEY.search(key):
        return "key name"
    return None
