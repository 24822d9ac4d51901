"""Rotators: plugins that make a new value for an item (and install it at the provider).

A rotator is a class registered under the entry-point group ``tether.rotators``; built-ins are
declared the same way in pyproject.toml::

    random   = tether.lifecycle.rotators:RandomRotator        (config: length, charset)
    postgres = tether.lifecycle.rotators:PostgresRoleRotator  (config: dsn, role)

``rotate(ctx)`` returns the new value. A rotator that changes something outside tether also
implements ``apply(ctx, value)`` (called after the new version is stored, so a crash never loses
the only copy of the new secret) and ``rollback(ctx, previous)`` if ``apply`` may half-succeed.
Rotator configuration is metadata stored in the clear: it must hold references (``tether://…``),
never secrets — :func:`check_config` refuses a literal DSN with a password.
"""

from __future__ import annotations

import secrets
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from importlib.metadata import entry_points
from typing import Any, Protocol

from tether.errors import UsageError
from tether.refs import Reference
from tether.values import SecretValue

__all__ = [
    "PostgresRoleRotator",
    "RandomRotator",
    "RotationContext",
    "Rotator",
    "check_config",
    "load_rotator",
]

CHARSETS = {
    "alnum": string.ascii_letters + string.digits,
    "hex": "0123456789abcdef",
    "urlsafe": string.ascii_letters + string.digits + "-_",
    "symbols": string.ascii_letters + string.digits + "!#%+-.:=@^_~",
}


@dataclass
class RotationContext:
    ref: Reference  # the field being rotated
    config: dict[str, Any]
    now: datetime
    resolve: Callable[[str], SecretValue]  # read another tether:// reference (audited)
    current: Callable[[], SecretValue]  # the value being replaced


class Rotator(Protocol):
    name: str

    def rotate(self, ctx: RotationContext) -> SecretValue: ...


class RandomRotator:
    """A fresh random value: ``length`` (default 32) characters from ``charset`` (alnum)."""

    name = "random"

    def rotate(self, ctx: RotationContext) -> SecretValue:
        length = int(ctx.config.get("length", 32))
        charset = str(ctx.config.get("charset", "alnum"))
        if charset not in CHARSETS:
            raise UsageError(
                f"unknown charset {charset!r} for the random rotator",
                hint="use one of: " + ", ".join(sorted(CHARSETS)),
            )
        if not 16 <= length <= 4096:
            raise UsageError(f"random rotator length {length} out of range", hint="use 16 to 4096")
        alphabet = CHARSETS[charset]
        return SecretValue("".join(secrets.choice(alphabet) for _ in range(length)))


class PostgresRoleRotator:
    """A new password for a PostgreSQL role, set with ``ALTER ROLE`` over an admin connection.

    Config: ``role`` (required) and ``dsn``: the admin connection, normally a ``tether://``
    reference to a stored connection string (a literal DSN without a password also works, e.g.
    for peer/trust auth over a local socket).
    """

    name = "postgres"

    def _role(self, ctx: RotationContext) -> str:
        role = ctx.config.get("role")
        if not role:
            raise UsageError(
                f"the postgres rotator of {ctx.ref} needs a role",
                hint="tether policy REF --rotator postgres --config role=NAME --config dsn=tether://…",
            )
        return str(role)

    def _dsn(self, ctx: RotationContext) -> str:
        dsn = ctx.config.get("dsn")
        if not dsn:
            raise UsageError(
                f"the postgres rotator of {ctx.ref} needs an admin dsn",
                hint="store the admin connection string in the vault and pass "
                "--config dsn=tether://VAULT/ITEM",
            )
        dsn = str(dsn)
        return ctx.resolve(dsn).reveal() if dsn.startswith("tether://") else dsn

    def rotate(self, ctx: RotationContext) -> SecretValue:
        from tether.lifecycle.pg import generate_password

        self._role(ctx)
        return generate_password(int(ctx.config.get("length", 32)))

    def apply(self, ctx: RotationContext, value: SecretValue) -> None:
        from tether.lifecycle.pg import set_role_password

        set_role_password(self._dsn(ctx), self._role(ctx), value.reveal())


_BUILTIN: dict[str, type] = {"random": RandomRotator, "postgres": PostgresRoleRotator}


def load_rotator(name: str) -> Rotator:
    """The rotator registered as ``name`` (entry points first, then the built-ins)."""
    for ep in entry_points(group="tether.rotators"):
        if ep.name == name:
            cls = ep.load()
            rotator: Rotator = cls()
            return rotator
    if name in _BUILTIN:
        built: Rotator = _BUILTIN[name]()
        return built
    known = sorted({ep.name for ep in entry_points(group="tether.rotators")} | set(_BUILTIN))
    raise UsageError(f"no rotator named {name!r}", hint="installed rotators: " + ", ".join(known))


def check_config(config: dict[str, Any]) -> None:
    """Refuse secrets in rotator configuration (it is stored as plain metadata)."""
    for key, value in config.items():
        text = str(value)
        if text.startswith("tether://"):
            continue
        lowered = text.lower()
        looks_secret = "password=" in lowered or ("://" in text and "@" in text.split("://", 1)[1])
        if looks_secret or key.lower() in ("password", "secret", "token"):
            raise UsageError(
                f"rotator setting {key!r} looks like it holds a secret",
                hint="store it in the vault and pass its tether:// reference instead",
            )
