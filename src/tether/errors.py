"""tether's one exception tree.

Every error tether raises on purpose derives from :class:`TetherError`. Front ends (the CLI, the
server, the MCP server) map these classes to messages and exit codes through one table each; library
code never prints and never exits.

    TetherError
    ├── UsageError                  bad input from the user (exit 2 in the CLI)
    │   └── ReferenceSyntaxError    a tether:// reference that does not parse (names the position)
    ├── NotInitializedError         no store or no root key yet: run `tether init`
    ├── KeyUnavailableError         the root key cannot be loaded (missing key file, wrong passphrase)
    ├── NotFoundError               unknown vault / item / field / version / person / account
    ├── AlreadyExistsError          creating something that exists
    ├── ConflictError               check-and-set failed: someone else wrote first
    ├── StoreError                  the store file is unusable (corrupt, truncated, not a store)
    │   └── SchemaVersionError      the store was written by a newer tether
    ├── DecryptionError             one opaque error for every failed decryption or integrity check
    ├── AccessDeniedError           the caller's identity has no grant for this
    │   └── TokenError              a service-account token that is malformed, unknown, revoked or expired
    ├── ResolveError                a reference in an env file or template cannot be resolved
    ├── FileSafetyError             refusing to overwrite, unsafe permissions, dangerous variable names
    ├── ScanError                   a scan source that cannot be read
    ├── ProviderError               a rotator / dynamic-credential provider (e.g. PostgreSQL) failed
    └── AuditChainError             the audit hash chain does not verify (names the first bad row)

No message ever contains a secret value. Messages name the thing (vault, item, field, reference) and a
``hint`` says what to do about it.
"""

from __future__ import annotations

__all__ = [
    "AccessDeniedError",
    "AlreadyExistsError",
    "AuditChainError",
    "ConflictError",
    "DecryptionError",
    "FileSafetyError",
    "KeyUnavailableError",
    "NotFoundError",
    "NotInitializedError",
    "ProviderError",
    "ReferenceSyntaxError",
    "ResolveError",
    "ScanError",
    "SchemaVersionError",
    "StoreError",
    "TetherError",
    "TokenError",
    "UsageError",
]


class TetherError(Exception):
    """Base class. ``message`` says what failed; ``hint`` (optional) says what to do."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class UsageError(TetherError):
    exit_code = 2


class ReferenceSyntaxError(UsageError):
    """A reference that does not parse. ``position`` is the 0-based index of the offending character."""

    def __init__(self, text: str, position: int, expected: str) -> None:
        self.text = text
        self.position = position
        self.expected = expected
        pointer = " " * position + "^"
        super().__init__(
            f"invalid reference at position {position + 1}: expected {expected}\n  {text}\n  {pointer}",
            hint="references look like tether://VAULT/ITEM/FIELD, optionally ?version=N",
        )


class NotInitializedError(TetherError):
    pass


class KeyUnavailableError(TetherError):
    pass


class NotFoundError(TetherError):
    pass


class AlreadyExistsError(TetherError):
    pass


class ConflictError(TetherError):
    pass


class StoreError(TetherError):
    pass


class SchemaVersionError(StoreError):
    pass


class DecryptionError(TetherError):
    pass


class AccessDeniedError(TetherError):
    pass


class TokenError(AccessDeniedError):
    pass


class ResolveError(TetherError):
    pass


class FileSafetyError(TetherError):
    pass


class ScanError(TetherError):
    pass


class ProviderError(TetherError):
    """A rotator or dynamic-credential provider failed (never carries the value it was setting)."""


class AuditChainError(TetherError):
    """The audit log's hash chain is broken: a row was edited, removed or reordered."""
