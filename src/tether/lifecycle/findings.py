"""Plaintext copies found by scans, recorded against the managed secrets they copy.

The scanner (`tether scan --record`) hands over :class:`FindingRecord` s: rule, location, and
either the keyed fingerprint (HMAC-SHA256 under the store's fingerprint key) or the value itself
(in memory only; it is fingerprinted here and dropped). Findings are identified by
(rule, fingerprint, location); recording one again updates ``last_seen``. When the caller says a
scan covered ``scope`` (location prefixes), open findings in that scope that were not seen again
are marked ``remediated`` (the copy was removed).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tether.lifecycle.context import Ctx

__all__ = ["FindingRecord", "RecordResult", "record_findings"]


def _iso(text: str) -> str | None:
    """A git/ISO date as tether's UTC timestamp, or None when it does not parse."""
    from datetime import UTC, datetime

    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class FindingRecord:
    rule: str
    location: str  # path[:line] or commit:path or a source-specific locator
    fingerprint: str | None = None
    value: Any = None  # tether.values.SecretValue or the scanner's SecretValue (has reveal())
    source_kind: str | None = None  # file, git, shell-history, ai-transcript, …
    first_seen: str | None = None  # ISO-8601 UTC; default now

    def __repr__(self) -> str:
        return f"FindingRecord(rule={self.rule!r}, location={self.location!r})"

    @classmethod
    def from_scan(cls, finding: Any) -> FindingRecord:
        """From a :class:`tether.scan.findings.Finding` (duck-typed: lifecycle does not import
        the scanner). Git findings take the commit date as ``first_seen``."""
        prov = finding.provenance
        where = f"{prov.path}:{finding.line}"
        if prov.commit:
            where = f"{prov.commit[:12]}:{where}"
        return cls(
            rule=finding.rule_id,
            location=where,
            value=finding.secret,
            source_kind=prov.kind,
            first_seen=_iso(prov.date) if prov.commit and prov.date else None,
        )


@dataclass(frozen=True)
class RecordResult:
    new: int
    seen_again: int
    linked: int  # findings that copy a managed secret
    remediated: int

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def record_findings(
    ctx: Ctx, records: list[FindingRecord], *, scope: list[str] | None = None
) -> RecordResult:
    now = ctx.now_ts()
    prepared: list[tuple[FindingRecord, str]] = []
    for r in records:
        fp = r.fingerprint
        if fp is None:
            if r.value is None:
                continue
            raw = r.value.reveal() if hasattr(r.value, "reveal") else str(r.value)
            fp = ctx.svc.fingerprint(raw)
        prepared.append((r, fp))
    new = again = linked = remediated = 0
    seen_ids: set[int] = set()
    with ctx.svc.store.write() as tx:
        for r, fp in prepared:
            match = tx.one(
                "SELECT v.name AS vault, i.name AS item, f.name AS field FROM versions ver "
                "JOIN fields f ON f.id = ver.field_id JOIN items i ON i.id = f.item_id "
                "JOIN vaults v ON v.id = i.vault_id WHERE ver.fingerprint = ? "
                "ORDER BY (ver.state = 'current') DESC, ver.version DESC LIMIT 1",
                (fp,),
            )
            ref = f"tether://{match['vault']}/{match['item']}/{match['field']}" if match else None
            linked += ref is not None
            row = tx.one(
                "SELECT id FROM findings WHERE rule = ? AND fingerprint = ? AND location = ?",
                (r.rule, fp, r.location),
            )
            if row is None:
                tx.execute(
                    "INSERT INTO findings (rule, fingerprint, ref, location, source_kind, "
                    "first_seen, last_seen, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'open')",
                    (r.rule, fp, ref, r.location, r.source_kind, r.first_seen or now, now),
                )
                got = tx.one(
                    "SELECT id FROM findings WHERE rule = ? AND fingerprint = ? AND location = ?",
                    (r.rule, fp, r.location),
                )
                assert got is not None
                seen_ids.add(int(got["id"]))
                new += 1
            else:
                tx.execute(
                    "UPDATE findings SET last_seen = ?, ref = coalesce(?, ref), status = "
                    "CASE WHEN status = 'remediated' THEN 'open' ELSE status END, "
                    "remediated_at = CASE WHEN status = 'remediated' THEN NULL ELSE remediated_at END "
                    "WHERE id = ?",
                    (now, ref, row["id"]),
                )
                seen_ids.add(int(row["id"]))
                again += 1
        for prefix in scope or []:
            for row in tx.all(
                "SELECT id FROM findings WHERE status = 'open' AND location LIKE ?",
                (prefix.replace("%", r"\%") + "%",),
            ):
                if int(row["id"]) not in seen_ids:
                    tx.execute(
                        "UPDATE findings SET status = 'remediated', remediated_at = ? WHERE id = ?",
                        (now, row["id"]),
                    )
                    remediated += 1
        ctx.record(
            tx,
            "findings.record",
            None,
            detail=ctx.meta(new=new, seen_again=again, linked=linked, remediated=remediated),
        )
    return RecordResult(new, again, linked, remediated)
