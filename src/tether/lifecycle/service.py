"""``Lifecycle``: one object the client layer calls for everything in this package.

Wraps a :class:`tether.vault.service.VaultService` (its store, keys, actor and audit) and an
injectable clock, so expiry, policy ages and leases are testable without sleeping.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from tether.errors import AuditChainError
from tether.lifecycle import dynamic, findings, governance, identities, offboard, report, rotation
from tether.lifecycle.context import Ctx
from tether.lifecycle.dynamic import DynamicInfo, LeaseInfo
from tether.lifecycle.findings import FindingRecord, RecordResult
from tether.lifecycle.identities import GrantSpec
from tether.lifecycle.offboard import OffboardReport
from tether.lifecycle.rotation import DueItem, RotationResult
from tether.refs import Reference
from tether.values import SecretValue
from tether.vault import audit
from tether.vault.identities import AccountInfo, GrantInfo, PersonInfo, TokenInfo
from tether.vault.keys import RootKeyAccess
from tether.vault.service import VaultService

__all__ = ["Lifecycle"]


class Lifecycle:
    def __init__(self, svc: VaultService, *, clock: Callable[[], datetime] | None = None) -> None:
        self.ctx = Ctx(svc, clock or (lambda: datetime.now(UTC)))

    # people and service accounts
    def add_person(self, name: str, email: str | None = None) -> PersonInfo:
        return identities.add_person(self.ctx, name, email)

    def list_people(self) -> list[PersonInfo]:
        return identities.list_people(self.ctx)

    def offboard(self, person: str, to: str | None = None) -> OffboardReport:
        return offboard.offboard(self.ctx, person, to=to)

    def create_account(
        self, name: str, *, owner: str, grants: list[GrantSpec], expires_in: str | None = None
    ) -> AccountInfo:
        return identities.create_account(
            self.ctx, name, owner=owner, grants=grants, expires_in=expires_in
        )

    def list_accounts(self) -> list[AccountInfo]:
        return identities.list_accounts(self.ctx)

    def grant(self, account: str, spec: GrantSpec) -> GrantInfo:
        return identities.grant(self.ctx, account, spec)

    def revoke_grant(self, account: str, vault: str) -> bool:
        return identities.revoke_grant(self.ctx, account, vault)

    def disable_account(self, account: str) -> int:
        return identities.disable_account(self.ctx, account)

    def create_token(
        self, account: str, *, expires_in: str | None = "90d"
    ) -> tuple[TokenInfo, SecretValue]:
        return identities.create_token(self.ctx, account, expires_in=expires_in)

    def list_tokens(self, account: str | None = None) -> list[TokenInfo]:
        return identities.list_tokens(self.ctx, account)

    def revoke_token(self, token_id: str) -> str:
        return identities.revoke_token(self.ctx, token_id)

    # ownership, review, policy
    def set_owner(self, ref: Reference, person: str) -> str:
        return governance.set_owner(self.ctx, ref, person)

    def review(self, ref: Reference, note: str | None = None) -> str:
        return governance.review(self.ctx, ref, note)

    def promote(self, ref: Reference) -> None:
        governance.promote(self.ctx, ref)

    def set_policy(self, target: str, **kw: Any) -> None:
        governance.set_policy(self.ctx, target, **kw)

    def item_status(self, ref: Reference) -> governance.ItemPolicy:
        from tether.vault.lookup import find_item, find_vault

        with self.ctx.svc.store.read() as tx:
            vault = find_vault(tx, ref.vault)
            item = find_item(tx, vault, ref.item)
            return governance.item_policy(item, vault, self.ctx.now())

    # rotation
    def rotate(self, ref: Reference, *, rotator: str | None = None) -> list[RotationResult]:
        return rotation.rotate(self.ctx, ref, rotator=rotator)

    def rotate_due(
        self, *, dry_run: bool = False
    ) -> tuple[list[RotationResult], list[DueItem], list[tuple[DueItem, str]]]:
        return rotation.rotate_due(self.ctx, dry_run=dry_run)

    def due_items(self) -> list[DueItem]:
        return rotation.due_items(self.ctx)

    # dynamic credentials
    def define_dynamic(
        self, name: str, *, dsn_ref: str, ttl: str, grant_template: str, owner: str | None = None
    ) -> DynamicInfo:
        return dynamic.define(
            self.ctx, name, dsn_ref=dsn_ref, ttl=ttl, grant_template=grant_template, owner=owner
        )

    def list_dynamic(self) -> list[DynamicInfo]:
        return dynamic.list_definitions(self.ctx)

    def lease_dynamic(self, name: str, *, ttl: str | None = None) -> tuple[SecretValue, str]:
        return dynamic.lease(self.ctx, name, ttl=ttl)

    def end_lease(self, lease_id: str) -> bool:
        return dynamic.end_lease(self.ctx, lease_id)

    def list_leases(self, *, all_leases: bool = False) -> list[LeaseInfo]:
        return dynamic.list_leases(self.ctx, all_leases=all_leases)

    def expire_leases(self) -> tuple[list[str], list[tuple[str, str]]]:
        return dynamic.expire_leases(self.ctx)

    # findings and report
    def record_findings(
        self, records: list[FindingRecord], *, scope: list[str] | None = None
    ) -> RecordResult:
        return findings.record_findings(self.ctx, records, scope=scope)

    def report(self) -> dict[str, Any]:
        return report.build_report(self.ctx)

    # audit
    def audit_events(self, **filters: Any) -> list[audit.AuditEvent]:
        with self.ctx.svc.store.read() as tx:
            return audit.events(tx, **filters)

    def audit_verify(self) -> audit.Verification:
        keys = self.ctx.svc.keys
        key = keys.audit_key() if isinstance(keys, RootKeyAccess) else None
        with self.ctx.svc.store.read() as tx:
            return audit.verify(tx, key)

    def audit_check(self) -> audit.Verification:
        """Like :meth:`audit_verify`, but raise :class:`AuditChainError` at the first break."""
        result = self.audit_verify()
        if result.breaks:
            first = result.breaks[0]
            raise AuditChainError(
                f"the audit chain breaks at event {first.seq}: {first.reason}",
                hint="the store was modified outside tether; compare with a backup",
            )
        return result

    def seal_audit(self) -> int | None:
        keys = self.ctx.svc.keys
        if not isinstance(keys, RootKeyAccess):
            return None
        with self.ctx.svc.store.write() as tx:
            return audit.seal(tx, keys.audit_key(), self.ctx.now_ts())
