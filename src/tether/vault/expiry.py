"""Expiry of ``--temporary`` (prototype) items: they stop being readable unless promoted.

A temporary item expires at its ``expires_at``, or ``DEFAULT_TEMPORARY_DAYS`` after creation when
none was set. `tether promote REF` clears the flag. Timestamps are tether's UTC ISO-8601 strings,
which compare correctly as text.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tether.errors import AccessDeniedError
from tether.store.base import Row

__all__ = ["DEFAULT_TEMPORARY_DAYS", "TS_FORMAT", "check_not_expired", "temporary_expires_at", "ts"]

DEFAULT_TEMPORARY_DAYS = 30
TS_FORMAT = _FMT = "%Y-%m-%dT%H:%M:%SZ"


def ts(moment: datetime) -> str:
    """tether's timestamp text: UTC ISO-8601 with a Z (compares correctly as text)."""
    return moment.astimezone(UTC).strftime(TS_FORMAT)


def temporary_expires_at(item: Row) -> str | None:
    """When a temporary item expires (``None`` for a permanent item)."""
    if not item["temporary"]:
        return None
    if item["expires_at"]:
        return str(item["expires_at"])
    created = datetime.strptime(item["created_at"], _FMT).replace(tzinfo=UTC)
    return (created + timedelta(days=DEFAULT_TEMPORARY_DAYS)).strftime(_FMT)


def check_not_expired(vault: Row, item: Row, now: str) -> None:
    expires = temporary_expires_at(item)
    if expires is not None and expires <= now:
        label = f"tether://{vault['name']}/{item['name']}"
        raise AccessDeniedError(
            f"{label} is a temporary secret that expired at {expires}",
            hint=f"keep it with `tether promote {label}`, or store a permanent value",
        )
