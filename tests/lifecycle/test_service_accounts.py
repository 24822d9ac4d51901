"""Service accounts: grants are enforced by cryptography, tokens by hash, expiry and revocation."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import pytest

from conftest import token_backend  # type: ignore[import-not-found]
from tether import tokens
from tether.errors import AccessDeniedError, TokenError, UsageError
from tether.lifecycle.identities import parse_duration, parse_grant
from tether.refs import parse

if TYPE_CHECKING:
    from conftest import Clock

DEV = parse("tether://dev/db/password")
PROD = parse("tether://prod/db/password")


@pytest.fixture
def setup(owner, clock):  # type: ignore[no-untyped-def]
    owner.set_value(DEV, "dev-value-CANARY-1", create_vault=True)
    owner.set_value(PROD, "prod-value-CANARY-2", create_vault=True)
    owner.add_person("alice")
    owner.create_account("ci", owner="alice", grants=[parse_grant("dev:read")])
    info, token = owner.create_token("ci", expires_in="30d")
    return owner, info, token.reveal()


def test_token_shown_once_and_stored_only_as_hash(setup, home) -> None:  # type: ignore[no-untyped-def]
    owner, info, token = setup
    assert tokens.parse(token).id == info.id
    assert repr(owner.create_token("ci")[1]) == "SecretValue('****')"
    raw = (home / "tether.db").read_bytes()
    for part in (token, tokens.parse(token).secret):
        assert part.encode() not in raw
    con = sqlite3.connect(home / "tether.db")
    (stored,) = con.execute("SELECT token_hash FROM sa_tokens WHERE id = ?", (info.id,)).fetchone()
    assert stored == tokens.hash_token(token)


def test_read_grant_reads_dev_only(setup, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    owner, _, token = setup
    sa = token_backend(token, clock)
    assert sa.actor == "sa:ci"
    assert sa.read(DEV).reveal() == "dev-value-CANARY-1"
    with pytest.raises(AccessDeniedError) as info:
        sa.read(PROD)
    assert "no grant for vault 'prod'" in info.value.message and info.value.hint
    with pytest.raises(AccessDeniedError) as info:
        sa.set_value(DEV, "new")
    assert "may not write" in info.value.message
    assert sa.read(DEV).reveal() == "dev-value-CANARY-1"  # unchanged
    events = [(e.actor, e.action, e.ref, e.result) for e in owner.audit_events()]
    assert ("sa:ci", "read", "tether://dev/db/password", "ok") in events
    assert ("sa:ci", "read", "tether://prod/db/password", "denied") in events
    assert any(e[0] == "sa:ci" and e[1] == "write" and e[3] == "denied" for e in events)
    assert ("sa:ci", "token.use", f"token:{tokens.parse(token).id}", "ok") in events


def test_prod_is_cryptographically_unreachable(setup, home) -> None:  # type: ignore[no-untyped-def]
    # the token's account has a wrapped data key for dev only: no row to unwrap for prod
    con = sqlite3.connect(home / "tether.db")
    rows = con.execute(
        "SELECT v.name, k.principal FROM vault_keys k JOIN vaults v ON v.id = k.vault_id"
    ).fetchall()
    principals = {(v, p.split(":")[0]) for v, p in rows}
    assert ("dev", "sa") in principals and ("prod", "sa") not in principals


def test_forged_grant_row_does_not_decrypt(setup, home, clock) -> None:  # type: ignore[no-untyped-def]
    # an attacker with file access adds a grant row: without a wrapped key, still no access
    con = sqlite3.connect(home / "tether.db")
    con.execute(
        "INSERT INTO grants SELECT a.id, v.id, 1, 1, '2026-01-01T00:00:00Z', 'x' "
        "FROM service_accounts a, vaults v WHERE v.name = 'prod'"
    )
    con.commit()
    _, _, token = setup
    with pytest.raises(AccessDeniedError):
        token_backend(token, clock).read(PROD)


def test_revocation_takes_effect_on_next_call(setup, clock) -> None:  # type: ignore[no-untyped-def]
    owner, info, token = setup
    sa = token_backend(token, clock)
    assert sa.read(DEV).reveal() == "dev-value-CANARY-1"
    owner.revoke_token(info.id)
    with pytest.raises(TokenError) as err:
        sa.read(DEV)  # the same open backend: revocation is checked on every decryption
    assert "revoked" in err.value.message
    with pytest.raises(TokenError):
        token_backend(token, clock)
    events = [(e.actor, e.action, e.result) for e in owner.audit_events()]
    assert (f"token:{info.id}", "token.use", "denied") in events


def test_grant_revocation_takes_effect_on_next_call(setup, clock) -> None:  # type: ignore[no-untyped-def]
    owner, _, token = setup
    sa = token_backend(token, clock)
    assert sa.read(DEV)
    owner.revoke_grant("ci", "dev")
    with pytest.raises(AccessDeniedError):
        sa.read(DEV)


def test_expiry(setup, clock) -> None:  # type: ignore[no-untyped-def]
    _, _, token = setup
    clock.advance(days=29)
    assert token_backend(token, clock).read(DEV)
    clock.advance(days=1, seconds=1)
    with pytest.raises(TokenError) as err:
        token_backend(token, clock)
    assert "expired" in err.value.message


def test_write_grant_and_account_expiry(owner, clock) -> None:  # type: ignore[no-untyped-def]
    owner.set_value(DEV, "v1", create_vault=True)
    owner.add_person("bob")
    owner.create_account(
        "deployer", owner="bob", grants=[parse_grant("dev:write")], expires_in="7d"
    )
    _, tok = owner.create_token("deployer", expires_in="30d")  # capped at the account's expiry
    sa = token_backend(tok.reveal(), clock)
    sa.set_value(DEV, "v2")
    assert owner.read(DEV).reveal() == "v2"
    clock.advance(days=8)
    with pytest.raises(TokenError):
        sa.read(DEV)


def test_bad_tokens(setup, clock) -> None:  # type: ignore[no-untyped-def]
    _, _, token = setup
    with pytest.raises(TokenError):
        token_backend(token[:-1] + ("A" if token[-1] != "A" else "B"), clock)
    forged = tokens.generate(token_id=tokens.parse(token).id)  # right id, wrong secret
    with pytest.raises(TokenError) as err:
        token_backend(forged, clock)
    assert tokens.parse(forged).secret not in err.value.message


def test_tokens_cannot_manage(setup, clock) -> None:  # type: ignore[no-untyped-def]
    _, _, token = setup
    sa = token_backend(token, clock)
    with pytest.raises(AccessDeniedError):
        sa.create_token("ci")
    with pytest.raises(AccessDeniedError):
        sa.grant("ci", parse_grant("prod:read"))
    with pytest.raises(AccessDeniedError):
        sa.create_vault("other")


def test_list_and_last_used(setup, clock) -> None:  # type: ignore[no-untyped-def]
    owner, info, token = setup
    assert owner.list_tokens("ci")[0].last_used_at is None
    clock.advance(hours=1)
    token_backend(token, clock)
    t = next(t for t in owner.list_tokens("ci") if t.id == info.id)
    assert t.last_used_at == clock.ts() and t.use_count == 1 and t.status == "active"
    acc = owner.list_accounts()[0]
    assert acc.name == "ci" and acc.grants[0].perms == "read" and acc.tokens == 1


def test_parsers() -> None:
    assert parse_grant("dev") == ("dev", True, False)
    assert parse_grant("prod:read,write") == ("prod", True, True)
    assert parse_grant("prod:write") == ("prod", True, True)
    with pytest.raises(UsageError):
        parse_grant("prod:admin")
    assert parse_duration("30d").days == 30
    with pytest.raises(UsageError):
        parse_duration("soon")


def test_scanner_recognises_tether_tokens(setup) -> None:  # type: ignore[no-untyped-def]
    from tether.scan import validators

    _, _, token = setup
    assert validators.VALIDATORS["tether"](token)


def test_metadata_limited_to_granted_vaults(setup, clock) -> None:  # type: ignore[no-untyped-def]
    _, _, token = setup
    sa = token_backend(token, clock)
    assert [v.name for v in sa.list_vaults()] == ["dev"]
    assert {i.vault for i in sa.list_items()} == {"dev"}
    assert sa.get_item(DEV).name == "db"
    with pytest.raises(AccessDeniedError):
        sa.list_items("prod")
    with pytest.raises(AccessDeniedError):
        sa.get_item(PROD)
    with pytest.raises(AccessDeniedError):
        sa.history(PROD)


def test_revoke_never_echoes_what_was_pasted(setup) -> None:  # type: ignore[no-untyped-def]
    from tether.errors import NotFoundError

    owner, _, token = setup
    secret_like = "S3cretPastedByMistake0123456789xyz"
    with pytest.raises(NotFoundError) as err:
        owner.revoke_token(secret_like)
    assert secret_like not in err.value.message + (err.value.hint or "")
    assert all(secret_like not in str(e.to_json()) for e in owner.audit_events())
    assert owner.revoke_token(token) == "ci"  # a full token works too; only its id is logged
    assert all(tokens.parse(token).secret not in str(e.to_json()) for e in owner.audit_events())
