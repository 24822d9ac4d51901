"""Lifecycle methods of the ``Backend``: identities, ownership, rotation, dynamic credentials,
audit, findings and the report.

:class:`LifecycleBackend` is the protocol part (``Backend`` extends it); :class:`LifecycleMethods`
implements it for ``LocalBackend`` over :class:`tether.lifecycle.service.Lifecycle`.

How a front end uses the two hooks other packages need:

- ``tether run`` resolving ``tether://dynamic/<name>``: ``url, lease_id = backend.lease_dynamic(name)``
  before starting the child; ``backend.end_lease(lease_id)`` in a ``finally`` after it exits.
- ``tether scan --record``: ``backend.record_findings([FindingRecord(rule, location,
  value=SecretValue(...) or fingerprint=..., source_kind=...)], scope=[scanned root])``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from tether.refs import Reference
from tether.values import SecretValue

if TYPE_CHECKING:
    from tether.client.backend import Backend
    from tether.lifecycle.dynamic import DynamicInfo, LeaseInfo
    from tether.lifecycle.findings import FindingRecord, RecordResult
    from tether.lifecycle.governance import ItemPolicy
    from tether.lifecycle.identities import GrantSpec
    from tether.lifecycle.offboard import OffboardReport
    from tether.lifecycle.rotation import DueItem, RotationResult
    from tether.lifecycle.service import Lifecycle
    from tether.vault.audit import AuditEvent, Verification
    from tether.vault.identities import AccountInfo, GrantInfo, PersonInfo, TokenInfo
    from tether.vault.service import VaultService

__all__ = [
    "DYNAMIC_VAULT",
    "LifecycleBackend",
    "LifecycleMethods",
    "ci_name",
    "resolve_with_leases",
]

DYNAMIC_VAULT = "dynamic"  # tether://dynamic/<name> names a dynamic credential, not a vault


class LifecycleBackend(Protocol):
    # people and service accounts
    def add_person(self, name: str, email: str | None = None) -> PersonInfo: ...
    def list_people(self) -> list[PersonInfo]: ...
    def offboard(self, person: str, to: str | None = None) -> OffboardReport: ...
    def create_account(
        self, name: str, *, owner: str, grants: list[GrantSpec], expires_in: str | None = None
    ) -> AccountInfo: ...
    def list_accounts(self) -> list[AccountInfo]: ...
    def grant(self, account: str, spec: GrantSpec) -> GrantInfo: ...
    def revoke_grant(self, account: str, vault: str) -> bool: ...
    def disable_account(self, account: str) -> int: ...
    def create_token(
        self, account: str, *, expires_in: str | None = "90d"
    ) -> tuple[TokenInfo, SecretValue]: ...
    def list_tokens(self, account: str | None = None) -> list[TokenInfo]: ...
    def revoke_token(self, token_id: str) -> str: ...

    # ownership, review, policy
    def set_owner(self, ref: Reference, person: str) -> str: ...
    def review(self, ref: Reference, note: str | None = None) -> str: ...
    def promote(self, ref: Reference) -> None: ...
    def set_policy(self, target: str, **kw: Any) -> None: ...
    def item_status(self, ref: Reference) -> ItemPolicy: ...

    # rotation
    def rotate(self, ref: Reference, *, rotator: str | None = None) -> list[RotationResult]: ...
    def rotate_due(
        self, *, dry_run: bool = False
    ) -> tuple[list[RotationResult], list[DueItem], list[tuple[DueItem, str]]]: ...
    def due_items(self) -> list[DueItem]: ...

    # dynamic credentials
    def define_dynamic(
        self, name: str, *, dsn_ref: str, ttl: str, grant_template: str, owner: str | None = None
    ) -> DynamicInfo: ...
    def list_dynamic(self) -> list[DynamicInfo]: ...
    def lease_dynamic(self, name: str, *, ttl: str | None = None) -> tuple[SecretValue, str]: ...
    def end_lease(self, lease_id: str) -> bool: ...
    def list_leases(self, *, all_leases: bool = False) -> list[LeaseInfo]: ...
    def expire_leases(self) -> tuple[list[str], list[tuple[str, str]]]: ...

    # findings, report, audit
    def record_findings(
        self, records: list[FindingRecord], *, scope: list[str] | None = None
    ) -> RecordResult: ...
    def report(self) -> dict[str, Any]: ...
    def audit_events(self, **filters: Any) -> list[AuditEvent]: ...
    def audit_verify(self) -> Verification: ...


class LifecycleMethods:
    """Mixin for ``LocalBackend``: needs ``self.service`` (a ``VaultService``)."""

    service: VaultService
    clock: Callable[[], datetime] | None = None
    _lifecycle: Lifecycle | None = None

    @property
    def lifecycle(self) -> Lifecycle:
        if self._lifecycle is None:
            from tether.lifecycle.service import Lifecycle

            self._lifecycle = Lifecycle(self.service, clock=self.clock)
        return self._lifecycle

    def add_person(self, name: str, email: str | None = None) -> PersonInfo:
        return self.lifecycle.add_person(name, email)

    def list_people(self) -> list[PersonInfo]:
        return self.lifecycle.list_people()

    def offboard(self, person: str, to: str | None = None) -> OffboardReport:
        return self.lifecycle.offboard(person, to)

    def create_account(
        self, name: str, *, owner: str, grants: list[GrantSpec], expires_in: str | None = None
    ) -> AccountInfo:
        return self.lifecycle.create_account(
            name, owner=owner, grants=grants, expires_in=expires_in
        )

    def list_accounts(self) -> list[AccountInfo]:
        return self.lifecycle.list_accounts()

    def grant(self, account: str, spec: GrantSpec) -> GrantInfo:
        return self.lifecycle.grant(account, spec)

    def revoke_grant(self, account: str, vault: str) -> bool:
        return self.lifecycle.revoke_grant(account, vault)

    def disable_account(self, account: str) -> int:
        return self.lifecycle.disable_account(account)

    def create_token(
        self, account: str, *, expires_in: str | None = "90d"
    ) -> tuple[TokenInfo, SecretValue]:
        return self.lifecycle.create_token(account, expires_in=expires_in)

    def list_tokens(self, account: str | None = None) -> list[TokenInfo]:
        return self.lifecycle.list_tokens(account)

    def revoke_token(self, token_id: str) -> str:
        return self.lifecycle.revoke_token(token_id)

    def set_owner(self, ref: Reference, person: str) -> str:
        return self.lifecycle.set_owner(ref, person)

    def review(self, ref: Reference, note: str | None = None) -> str:
        return self.lifecycle.review(ref, note)

    def promote(self, ref: Reference) -> None:
        self.lifecycle.promote(ref)

    def set_policy(self, target: str, **kw: Any) -> None:
        self.lifecycle.set_policy(target, **kw)

    def item_status(self, ref: Reference) -> ItemPolicy:
        return self.lifecycle.item_status(ref)

    def rotate(self, ref: Reference, *, rotator: str | None = None) -> list[RotationResult]:
        return self.lifecycle.rotate(ref, rotator=rotator)

    def rotate_due(
        self, *, dry_run: bool = False
    ) -> tuple[list[RotationResult], list[DueItem], list[tuple[DueItem, str]]]:
        return self.lifecycle.rotate_due(dry_run=dry_run)

    def due_items(self) -> list[DueItem]:
        return self.lifecycle.due_items()

    def define_dynamic(
        self, name: str, *, dsn_ref: str, ttl: str, grant_template: str, owner: str | None = None
    ) -> DynamicInfo:
        return self.lifecycle.define_dynamic(
            name, dsn_ref=dsn_ref, ttl=ttl, grant_template=grant_template, owner=owner
        )

    def list_dynamic(self) -> list[DynamicInfo]:
        return self.lifecycle.list_dynamic()

    def lease_dynamic(self, name: str, *, ttl: str | None = None) -> tuple[SecretValue, str]:
        return self.lifecycle.lease_dynamic(name, ttl=ttl)

    def end_lease(self, lease_id: str) -> bool:
        return self.lifecycle.end_lease(lease_id)

    def list_leases(self, *, all_leases: bool = False) -> list[LeaseInfo]:
        return self.lifecycle.list_leases(all_leases=all_leases)

    def expire_leases(self) -> tuple[list[str], list[tuple[str, str]]]:
        return self.lifecycle.expire_leases()

    def record_findings(
        self, records: list[FindingRecord], *, scope: list[str] | None = None
    ) -> RecordResult:
        return self.lifecycle.record_findings(records, scope=scope)

    def report(self) -> dict[str, Any]:
        return self.lifecycle.report()

    def audit_events(self, **filters: Any) -> list[AuditEvent]:
        return self.lifecycle.audit_events(**filters)

    def audit_verify(self) -> Verification:
        return self.lifecycle.audit_verify()

    def seal_audit(self) -> int | None:
        """Seal the audit chain's head (root key only; a no-op for service accounts)."""
        # kept free of tether.lifecycle imports: this runs on the `tether read` hot path
        from tether.errors import TetherError
        from tether.vault import audit
        from tether.vault.expiry import ts
        from tether.vault.keys import RootKeyAccess

        keys = self.service.keys
        if not isinstance(keys, RootKeyAccess):
            return None
        now = self.clock() if self.clock is not None else datetime.now(UTC)
        ci = ci_name()
        try:
            with self.service.store.write() as tx:
                if ci is not None:
                    # a person's own credential (the root key) driven by automation: NHI10
                    audit.record(
                        tx,
                        ts=ts(now),
                        actor=self.service.actor,
                        action="automation.use",
                        ref=None,
                        result="ok",
                        detail=f"ci={ci}",
                    )
                return audit.seal(tx, keys.audit_key(), ts(now))
        except TetherError:
            return None


# environment variables that CI systems set (the value of CI is checked, the others' presence)
_CI_VARIABLES = (
    ("GITHUB_ACTIONS", "github-actions"),
    ("GITLAB_CI", "gitlab-ci"),
    ("BUILDKITE", "buildkite"),
    ("CIRCLECI", "circleci"),
    ("JENKINS_URL", "jenkins"),
    ("TF_BUILD", "azure-pipelines"),
    ("TEAMCITY_VERSION", "teamcity"),
    ("BITBUCKET_BUILD_NUMBER", "bitbucket-pipelines"),
)


def ci_name() -> str | None:
    """The CI system this process runs under, or ``None`` (not automation, as far as we can tell)."""
    import os

    for var, name in _CI_VARIABLES:
        if os.environ.get(var):
            return name
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        return "ci"
    return None


def resolve_with_leases(
    backend: Backend, refs: Sequence[Reference], *, ttl: str | None = None
) -> tuple[dict[Reference, SecretValue], list[str]]:
    """Resolve ``refs`` like ``resolve_many``, leasing ``tether://dynamic/<name>`` ones.

    Returns the values and the lease ids the caller must end (``backend.end_lease(id)``) when the
    process that uses them exits. If anything fails, leases already taken are ended before the
    error propagates. Each distinct dynamic name is leased once per call.
    """
    static = [r for r in refs if r.vault.casefold() != DYNAMIC_VAULT]
    dynamic = list(dict.fromkeys(r for r in refs if r.vault.casefold() == DYNAMIC_VAULT))
    leases: list[str] = []
    out: dict[Reference, SecretValue] = {}
    try:
        by_name: dict[str, SecretValue] = {}
        for ref in dynamic:
            key = ref.item.casefold()
            if key not in by_name:
                url, lease_id = backend.lease_dynamic(ref.item, ttl=ttl)
                leases.append(lease_id)
                by_name[key] = url
            out[ref] = by_name[key]
        if static:
            out.update(backend.resolve_many(static))
    except BaseException:
        import contextlib

        for lease_id in leases:
            # the TTL still bounds a lease we fail to end; the original error matters more
            with contextlib.suppress(Exception):
                backend.end_lease(lease_id)
        raise
    return out, leases
