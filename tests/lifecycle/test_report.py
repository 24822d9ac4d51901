"""`tether report` on a prepared store: each planted problem appears with the right NHI ID; the
sprawl numbers are computed from recorded findings; no value appears in the report."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from conftest import token_backend  # type: ignore[import-not-found]
from tether.lifecycle.findings import FindingRecord
from tether.lifecycle.identities import parse_grant
from tether.refs import parse
from tether.values import SecretValue

SHARED = "shared-CANARY-value-0042"


@pytest.fixture
def report(owner, clock, home: Path) -> dict:  # type: ignore[no-untyped-def]
    o = owner
    for p in ("alice", "bob", "carol"):
        o.add_person(p)
    # NHI8: the same value in dev and prod
    o.set_value(parse("tether://dev/stripe/key"), SHARED, create_vault=True)
    o.set_value(parse("tether://prod/stripe/key"), SHARED, create_vault=True)
    # NHI1: owner missing / departed
    o.set_value(parse("tether://dev/orphan/key"), "orphan-value-1")
    o.set_value(parse("tether://dev/bobs/key"), "bobs-value-1")
    o.set_owner(parse("tether://dev/bobs/key"), "bob")
    # NHI2: plaintext copies of the current value, and a rotated copy
    o.set_value(parse("tether://prod/leaky/key"), "leaky-value-1")
    o.set_policy("tether://prod/leaky/key", rotator="random")
    o.record_findings(
        [
            FindingRecord(
                "generic-api-key",
                "app/.env:3",
                value=SecretValue("leaky-value-1"),
                source_kind="file",
            ),
            FindingRecord(
                "generic-api-key",
                "other-repo/config.yml:9",
                value=SecretValue("leaky-value-1"),
                source_kind="file",
            ),
            FindingRecord(
                "generic-api-key",
                "~/.bash_history:120",
                value=SecretValue("leaky-value-1"),
                source_kind="shell-history",
            ),
            FindingRecord(
                "stripe", "app/settings.py:1", value=SecretValue(SHARED), source_kind="file"
            ),
        ]
    )
    # service accounts: NHI5 unused grant, NHI9 shared credential, NHI10 interactive use, NHI7 no-expiry token
    o.create_account(
        "ci", owner="alice", grants=[parse_grant("dev:read"), parse_grant("prod:read")]
    )
    o.create_account("web", owner="alice", grants=[parse_grant("prod:read,write")])
    o.create_account("idle", owner="carol", grants=[parse_grant("dev:read")])
    _, t_ci = o.create_token("ci", expires_in=None)
    _, t_web = o.create_token("web", expires_in="30d")
    ci = token_backend(t_ci.reveal(), clock, interactive=True)
    web = token_backend(t_web.reveal(), clock)
    ci.read(parse("tether://prod/stripe/key"))
    web.read(parse("tether://prod/stripe/key"))
    # time passes: past the rotation warning, past grant grace periods
    clock.advance(days=100)
    o.rotate(parse("tether://prod/leaky/key"))  # the leaked copy becomes a rotated copy…
    o.record_findings(  # …and a fresh leak of the new value appears
        [
            FindingRecord(
                "generic-api-key",
                "app/.env:3",
                value=o.read(parse("tether://prod/leaky/key")),
                source_kind="file",
            )
        ]
    )
    o.offboard("bob")  # no --to: bob's item keeps a departed owner
    con = sqlite3.connect(home / "tether.db")
    con.execute("UPDATE items SET owner = '' WHERE name = 'orphan'")
    con.commit()
    return o.report()


def _has(rep: dict, check: str, nhi: str, subject: str) -> bool:
    return any(
        f["check"] == check and f["nhi"] == nhi and f["subject"] == subject for f in rep["findings"]
    )


def test_planted_problems_have_the_right_nhi(report: dict) -> None:  # type: ignore[type-arg]
    r = report
    assert _has(r, "OWNER-MISSING", "NHI1", "tether://dev/orphan")
    assert _has(r, "OWNER-DEPARTED", "NHI1", "tether://dev/bobs")
    assert _has(r, "NEEDS-ROTATION", "NHI1", "tether://dev/bobs")
    assert _has(r, "SA-UNUSED", "NHI1", "sa:idle")
    assert _has(r, "LEAK-PLAINTEXT", "NHI2", "tether://prod/leaky")
    assert _has(r, "GRANT-UNUSED", "NHI5", "sa:ci")  # dev grant never used
    assert _has(r, "GRANT-WRITE-UNUSED", "NHI5", "sa:web")
    assert _has(r, "AGE-MAX", "NHI7", "tether://dev/stripe")
    assert any(f["check"] == "TOKEN-LONG-LIVED" and f["nhi"] == "NHI7" for f in r["findings"])
    assert _has(r, "CROSS-ENV", "NHI8", "tether://dev/stripe")
    assert _has(r, "CROSS-ENV", "NHI8", "tether://prod/stripe")
    assert _has(r, "SA-CROSS-ENV", "NHI8", "sa:ci")
    assert _has(r, "REUSE", "NHI9", "tether://prod/stripe")  # read by ci and web
    assert any(
        f["check"] == "HUMAN-USE" and f["nhi"] == "NHI10" and f["subject"].startswith("token:")
        for f in r["findings"]
    )
    # every finding carries its CSF outcome and OWASP name
    assert all(f["csf"] and f["owasp"].startswith(f["nhi"] + ":2025") for f in r["findings"])
    assert r["summary"]["by_nhi"]["NHI1"] >= 4


def test_clean_item_has_no_findings(report: dict) -> None:  # type: ignore[type-arg]
    assert not any(
        f["subject"] == "tether://prod/leaky" and f["check"] == "AGE-MAX"
        for f in report["findings"]
    )


def test_sprawl_numbers(report: dict) -> None:  # type: ignore[type-arg]
    s = report["sprawl"]
    assert s["copies_per_secret"]["tether://prod/leaky"] == 1  # the new value's copy
    assert (
        s["copies_per_secret"]["tether://dev/stripe"] == 1
        or s["copies_per_secret"].get("tether://prod/stripe") == 1
    )
    # the three copies of the old value were "remediated" by rotation 100 days after first seen
    assert s["time_to_remediate_days"]["count"] == 3
    assert s["time_to_remediate_days"]["median"] == 100.0
    assert s["open_copy_age_days"]["max"] == 100.0


def test_no_values_in_report(report: dict) -> None:  # type: ignore[type-arg]
    text = json.dumps(report)
    for v in (SHARED, "leaky-value-1", "orphan-value-1", "bobs-value-1"):
        assert v not in text


def test_inventory_lists_every_item_and_account(report: dict) -> None:  # type: ignore[type-arg]
    inv = report["inventory"]
    refs = {i["ref"] for i in inv["items"]}
    assert refs == {
        "tether://dev/stripe",
        "tether://prod/stripe",
        "tether://dev/orphan",
        "tether://dev/bobs",
        "tether://prod/leaky",
    }
    bobs = next(i for i in inv["items"] if i["ref"] == "tether://dev/bobs")
    assert "OWNER-DEPARTED" in bobs["checks"] and bobs["needs_rotation"]
    accounts = {a["subject"]: a for a in inv["service_accounts"]}
    assert set(accounts) == {"sa:ci", "sa:web", "sa:idle"}
    assert accounts["sa:web"]["grants"] == ["prod:read,write"]
    assert "SA-UNUSED" in accounts["sa:idle"]["checks"]
