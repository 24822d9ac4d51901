"""What a scan reports: provenance of a blob, the masked secret wrapper and the finding itself.

A finding's identity is its rule id plus a keyed fingerprint of the value (HMAC-SHA256 under a key
the caller supplies); path, line, column, commit, author, date and source kind are metadata, so a
baseline survives line moves and rebases. The value itself lives only in :class:`SecretValue`, whose
``repr``/``str`` are masked. Nothing here prints, logs or writes the value anywhere.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field

__all__ = ["Finding", "Provenance", "SecretValue", "Skipped", "fingerprint"]

MASK = "****"


class SecretValue:
    """A secret held in memory only. ``repr`` and ``str`` are masked; ``reveal()`` is explicit."""

    __slots__ = ("_raw",)

    def __init__(self, raw: bytes) -> None:
        self._raw = raw

    def reveal(self) -> str:
        """The value as text (UTF-8, undecodable bytes replaced)."""
        return self._raw.decode("utf-8", "replace")

    def reveal_bytes(self) -> bytes:
        return self._raw

    def __len__(self) -> int:
        return len(self._raw)

    def __repr__(self) -> str:
        return f"SecretValue({MASK})"

    def __str__(self) -> str:
        return MASK

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SecretValue) and hmac.compare_digest(self._raw, other._raw)

    def __hash__(self) -> int:
        return hash(("SecretValue", hashlib.sha256(self._raw).digest()))

    def __reduce__(self) -> tuple[type[SecretValue], tuple[bytes]]:
        # picklable so that worker processes can hand findings back (in memory, over a pipe)
        return (SecretValue, (self._raw,))


def fingerprint(key: bytes, value: bytes) -> str:
    """Keyed fingerprint of a value: hex HMAC-SHA256 under ``key``. Never the value itself."""
    return hmac.new(key, value, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Provenance:
    """Where a blob came from. ``kind`` is the source kind: file, git, staged, stdin, …"""

    kind: str
    path: str
    commit: str | None = None
    author: str | None = None
    date: str | None = None
    extra: tuple[tuple[str, str], ...] = ()
    # only findings touching these (first, last) line ranges count (``--staged``: the added lines);
    # ``None`` means the whole blob
    lines: tuple[tuple[int, int], ...] | None = None


@dataclass(frozen=True)
class Skipped:
    """A blob a source or the engine chose not to scan, and why (binary, too large, unreadable…)."""

    provenance: Provenance
    reason: str


@dataclass
class Finding:
    rule_id: str
    description: str
    severity: str
    secret: SecretValue = field(repr=False)
    fingerprint: str
    provenance: Provenance
    line: int
    column: int
    end_line: int
    link: str | None = None
    span: tuple[int, int] = (0, 0)  # byte offsets of the value in its blob (for redaction)

    @property
    def path(self) -> str:
        return self.provenance.path

    @property
    def identity(self) -> tuple[str, str]:
        """What makes two findings the same finding: rule and keyed fingerprint of the value."""
        return (self.rule_id, self.fingerprint)

    def sort_key(self) -> tuple[str, str, int, int, str]:
        return (
            self.provenance.path,
            self.provenance.commit or "",
            self.line,
            self.column,
            self.rule_id,
        )
