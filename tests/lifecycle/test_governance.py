"""Owners, reviews, policies, temporary items, rotate --due, offboarding and finding records."""

from __future__ import annotations

import pytest

from conftest import token_backend  # type: ignore[import-not-found]
from tether.errors import AccessDeniedError, NotFoundError, TokenError, UsageError
from tether.lifecycle.findings import FindingRecord
from tether.lifecycle.identities import parse_grant
from tether.refs import parse
from tether.values import SecretValue
from tether.vault.records import ItemMeta

KEY = parse("tether://dev/api/key")


def test_owner_set_needs_active_person(owner) -> None:  # type: ignore[no-untyped-def]
    owner.set_value(KEY, "v", create_vault=True)
    with pytest.raises(NotFoundError):
        owner.set_owner(KEY, "nobody")
    owner.add_person("carol")
    assert owner.set_owner(KEY, "Carol") == "carol"
    assert owner.get_item(KEY).owner == "carol"
    ev = owner.audit_events(action="owner.set")
    assert ev[-1].detail == "from=alice to=carol"


def test_policy_defaults_and_overrides(owner, clock) -> None:  # type: ignore[no-untyped-def]
    owner.set_value(KEY, "v", create_vault=True)
    st = owner.item_status(KEY)
    assert (st.rotation_days, st.fail_days, st.review_days) == (90, 365, 90)
    assert st.rotation == "ok" and st.review == "ok"
    clock.advance(days=91)
    st = owner.item_status(KEY)
    assert st.rotation == "warn" and st.review == "due"
    clock.advance(days=275)
    assert owner.item_status(KEY).rotation == "fail"
    owner.review(KEY, "still used by the billing job")
    assert owner.item_status(KEY).review == "ok"
    owner.set_policy("dev", rotation_days=400)  # vault-wide
    assert owner.item_status(KEY).rotation == "ok"
    owner.set_policy(str(KEY), rotation_days=30)  # item wins over vault
    st = owner.item_status(KEY)
    assert st.rotation_days == 30 and st.rotation == "fail"  # 366 days > 365
    with pytest.raises(UsageError):
        owner.set_policy(str(KEY), rotation_days=0)


def test_temporary_items_expire_unless_promoted(owner, clock) -> None:  # type: ignore[no-untyped-def]
    owner.set_value(KEY, "proto", create_vault=True, meta=ItemMeta(temporary=True))
    assert not owner.item_status(KEY).temporary_expired
    assert owner.read(KEY).reveal() == "proto"
    clock.advance(days=31)
    assert owner.item_status(KEY).temporary_expired
    assert any(f["check"] == "TEMPORARY-EXPIRED" for f in owner.report()["findings"])
    with pytest.raises(AccessDeniedError) as err:
        owner.read(KEY)  # expired: no longer readable…
    assert "temporary secret that expired" in err.value.message and "promote" in (
        err.value.hint or ""
    )
    assert owner.audit_events(action="read")[-1].result == "denied"
    owner.promote(KEY)
    assert not owner.item_status(KEY).temporary_expired
    assert owner.read(KEY).reveal() == "proto"  # …until promoted
    with pytest.raises(UsageError):
        owner.promote(KEY)


def test_rotate_due(owner, clock) -> None:  # type: ignore[no-untyped-def]
    a, b = parse("tether://dev/a/key"), parse("tether://dev/b/key")
    owner.set_value(a, "a1", create_vault=True)
    owner.set_value(b, "b1")
    owner.set_policy(str(a), rotator="random")
    assert owner.rotate_due() == ([], [], [])
    clock.advance(days=100)
    assert [d.ref for d in owner.due_items()] == ["tether://dev/a", "tether://dev/b"]
    rotated, skipped, failed = owner.rotate_due(dry_run=True)
    assert rotated == [] and [d.ref for d in skipped] == ["tether://dev/b"]
    assert owner.read(a).reveal() == "a1"
    rotated, skipped, failed = owner.rotate_due()
    assert [r.ref for r in rotated] == ["tether://dev/a/key"] and not failed
    assert owner.read(a).reveal() != "a1"
    assert [d.ref for d in owner.due_items()] == ["tether://dev/b"]


def test_offboarding(owner, clock) -> None:  # type: ignore[no-untyped-def]
    owner.add_person("bob")
    owner.add_person("dave")
    owner.set_value(KEY, "v", create_vault=True, meta=ItemMeta(owner="bob"))
    owner.set_value(parse("tether://prod/db/pw"), "p", create_vault=True)
    owner.set_value(parse("tether://staging/x/y"), "s", create_vault=True)
    owner.create_account("deploy", owner="bob", grants=[parse_grant("prod:read")])
    # bob creates a token (acting as bob, with the root key)
    owner.service.actor = "bob"
    owner.lifecycle.ctx.svc.actor = "bob"
    _, tok = owner.create_token("deploy")
    owner.read(parse("tether://staging/x/y"))  # bob read staging
    owner.service.actor = "alice"
    rep = owner.offboard("bob", to="dave")
    assert rep.items_transferred == ["tether://dev/api"]
    assert rep.accounts_transferred == ["deploy"]
    assert len(rep.tokens_revoked) == 1
    assert rep.needs_rotation == ["tether://dev/api", "tether://prod/db", "tether://staging/x"]
    assert owner.get_item(KEY).owner == "dave"
    assert owner.list_accounts()[0].owner == "dave"
    with pytest.raises(TokenError):
        token_backend(tok.reveal(), clock)
    assert {d.ref for d in owner.due_items()} >= {"tether://prod/db", "tether://staging/x"}
    with pytest.raises(UsageError):
        owner.offboard("bob")
    from tether.lifecycle.offboard import offboarding_records

    assert offboarding_records(owner.lifecycle.ctx)[0]["person"] == "bob"


def test_findings_link_and_remediate(owner, clock) -> None:  # type: ignore[no-untyped-def]
    owner.set_value(KEY, "managed-value", create_vault=True)
    res = owner.record_findings(
        [
            FindingRecord("generic", "repo/.env:1", value=SecretValue("managed-value")),
            FindingRecord("generic", "repo/b.txt:1", value=SecretValue("unmanaged")),
            FindingRecord("generic", "elsewhere/c:1", fingerprint="ab" * 32),
        ]
    )
    assert (res.new, res.linked) == (3, 1)
    clock.advance(days=3)
    res = owner.record_findings(
        [FindingRecord("generic", "repo/.env:1", value=SecretValue("managed-value"))],
        scope=["repo/"],
    )
    assert (res.new, res.seen_again, res.remediated) == (0, 1, 1)
    sprawl = owner.report()["sprawl"]
    assert sprawl["copies_per_secret"] == {"tether://dev/api": 1}
    assert sprawl["time_to_remediate_days"] == {"count": 1, "median": 3.0, "p90": 3.0}
    assert "FindingRecord(rule='generic', location='repo/.env:1')" == repr(
        FindingRecord("generic", "repo/.env:1", value=SecretValue("managed-value"))
    )


def test_token_cannot_offboard_or_report_write(owner, clock) -> None:  # type: ignore[no-untyped-def]
    owner.set_value(KEY, "v", create_vault=True)
    owner.add_person("alice")
    owner.create_account("ci", owner="alice", grants=[parse_grant("dev:read")])
    _, tok = owner.create_token("ci")
    sa = token_backend(tok.reveal(), clock)
    for call in (
        lambda: sa.offboard("alice"),
        lambda: sa.set_owner(KEY, "alice"),
        lambda: sa.set_policy("dev", rotation_days=1),
        lambda: sa.add_person("eve"),
    ):
        with pytest.raises(AccessDeniedError):
            call()
    v = sa.audit_verify()
    assert v.ok and not v.keyed  # a token can check the chain, not the seals


def test_records_from_scanner_findings(owner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tether.scan import findings as scan

    owner.set_value(KEY, "ghp_" + "a" * 36, create_vault=True)
    prov = scan.Provenance(
        kind="git",
        path="app/config.py",
        commit="0123456789abcdef",
        date="2025-12-01T10:00:00+01:00",
    )
    f = scan.Finding(
        rule_id="github-pat",
        description="GitHub token",
        severity="high",
        secret=scan.SecretValue(("ghp_" + "a" * 36).encode()),
        fingerprint="x",
        provenance=prov,
        line=3,
        column=1,
        end_line=3,
    )
    rec = FindingRecord.from_scan(f)
    assert (
        rec.location == "0123456789ab:app/config.py:3" and rec.first_seen == "2025-12-01T09:00:00Z"
    )
    assert owner.record_findings([rec]).linked == 1
    assert owner.report()["sprawl"]["copies_per_secret"] == {"tether://dev/api": 1}
