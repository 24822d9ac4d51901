"""The versioned baseline file: known findings that a scan should not report again.

Format (version 1)::

    {"version": 1,
     "salt": "<64 hex chars, random per baseline>",
     "findings": [{"rule": "github-pat", "fingerprint": "<HMAC-SHA256(salt, value) hex>",
                   "path": "src/app.py", "line": 12}, ...]}

Identity is ``(rule, fingerprint)``; ``path`` and ``line`` are informational, so a baseline survives the
secret moving to another line, a rebase or a squash. The salt lives in the file, so CI without a vault
computes the same fingerprints. Values never appear in the file.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field

from tether.errors import ScanError
from tether.fileio import atomic_write
from tether.scan.findings import Finding, fingerprint

__all__ = ["VERSION", "Baseline"]

VERSION = 1


@dataclass
class Baseline:
    salt: bytes
    known: set[tuple[str, str]] = field(default_factory=set)

    @classmethod
    def new(cls) -> Baseline:
        return cls(secrets.token_bytes(32))

    @classmethod
    def load(cls, path: str) -> Baseline:
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except OSError as exc:
            raise ScanError(f"cannot read baseline {path}: {exc.strerror}") from None
        except ValueError:
            raise ScanError(
                f"baseline {path} is not valid JSON",
                hint="delete it and run the scan again with --baseline to write a fresh one",
            ) from None
        if not isinstance(data, dict) or not isinstance(data.get("version"), int):
            raise ScanError(f"baseline {path} has no version", hint="is this a tether baseline?")
        if data["version"] > VERSION:
            raise ScanError(
                f"baseline {path} has version {data['version']}; this tether reads version {VERSION}",
                hint="upgrade tether",
            )
        try:
            salt = bytes.fromhex(data["salt"])
            known = {(str(e["rule"]), str(e["fingerprint"])) for e in data.get("findings", [])}
        except (KeyError, TypeError, ValueError):
            raise ScanError(
                f"baseline {path} is malformed",
                hint="delete it and run the scan again with --baseline to write a fresh one",
            ) from None
        return cls(salt, known)

    def fingerprint(self, finding: Finding) -> str:
        return fingerprint(self.salt, finding.secret.reveal_bytes())

    def __contains__(self, finding: object) -> bool:
        if not isinstance(finding, Finding):
            return False
        return (finding.rule_id, self.fingerprint(finding)) in self.known

    def write(self, path: str, findings: Iterable[Finding]) -> int:
        """Replace ``path`` atomically with this salt and ``findings``; returns how many entries."""
        entries: dict[tuple[str, str], dict[str, object]] = {}
        for f in sorted(findings, key=Finding.sort_key):
            key = (f.rule_id, self.fingerprint(f))
            entries.setdefault(
                key, {"rule": key[0], "fingerprint": key[1], "path": f.path, "line": f.line}
            )
        self.known = set(entries)
        doc = {"version": VERSION, "salt": self.salt.hex(), "findings": list(entries.values())}
        text = json.dumps(doc, indent=2) + "\n"
        atomic_write(path, text.encode(), mode=0o644)  # committed with the repository
        return len(entries)
