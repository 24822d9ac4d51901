"""`tether person|sa|owner|review|promote|policy|rotate|lease|dynamic|audit|report`.

Thin Click layer over the lifecycle methods of the ``Backend``. Data commands take ``--json``.
The only value ever printed here is a new service-account token (shown once, on stdout).
"""

from __future__ import annotations

import sys
from typing import Any

import click

from tether.cli.common import backend, json_option, parse_ref
from tether.cli.output import echo, emit_json, note, table, warn, write_secret
from tether.errors import UsageError

# -- people ----------------------------------------------------------------------------------


@click.group("person")
def person_group() -> None:
    """Register people (owners) and offboard them."""


@person_group.command("add")
@click.argument("name")
@click.option("--email", help="Contact address.")
@json_option
def person_add(name: str, email: str | None, as_json: bool) -> None:
    """Register NAME as a person who can own secrets and service accounts."""
    info = backend().add_person(name, email)
    emit_json(info.to_json()) if as_json else note(f"added {info.name}")


@person_group.command("list")
@json_option
def person_list(as_json: bool) -> None:
    """List people and their status."""
    people = backend().list_people()
    if as_json:
        emit_json([p.to_json() for p in people])
    else:
        table([p.to_json() for p in people], ["name", "status", "email", "offboarded_to"])


@person_group.command("offboard")
@click.argument("name")
@click.option("--to", "to", metavar="PERSON", help="Transfer ownership to PERSON.")
@json_option
def person_offboard(name: str, to: str | None, as_json: bool) -> None:
    """Offboard NAME: transfer ownership, revoke their tokens, flag what they could read."""
    rep = backend().offboard(name, to)
    if as_json:
        emit_json(rep.to_json())
        return
    note(f"offboarded {rep.person}" + (f"; ownership transferred to {rep.to}" if rep.to else ""))
    for what, rows in (
        ("items transferred", rep.items_transferred),
        ("service accounts transferred", rep.accounts_transferred),
        ("dynamic credentials transferred", rep.dynamic_transferred),
        ("tokens revoked", rep.tokens_revoked),
    ):
        if rows:
            echo(f"{what}: {', '.join(rows)}")
    if rep.needs_rotation:
        echo(
            f"secrets {rep.person} could read, now flagged for rotation ({len(rep.needs_rotation)}):"
        )
        for ref in rep.needs_rotation:
            echo(f"  {ref}")
        note("rotate them with `tether rotate --due` (items with a rotator) or at the provider")


# -- service accounts ------------------------------------------------------------------------


@click.group("sa")
def sa_group() -> None:
    """Service accounts: non-human identities with grants and tokens."""


@sa_group.command("create")
@click.argument("name")
@click.option("--owner", required=True, metavar="PERSON", help="The person accountable for it.")
@click.option(
    "--grant",
    "grants",
    multiple=True,
    metavar="VAULT:PERMS",
    help="e.g. dev:read or prod:read,write",
)
@click.option("--expires", metavar="DURATION", help="Account lifetime, e.g. 30d (default: none).")
@json_option
def sa_create(
    name: str, owner: str, grants: tuple[str, ...], expires: str | None, as_json: bool
) -> None:
    """Create service account NAME owned by --owner with --grant permissions."""
    from tether.lifecycle.identities import parse_grant

    info = backend().create_account(
        name, owner=owner, grants=[parse_grant(g) for g in grants], expires_in=expires
    )
    if as_json:
        emit_json(info.to_json())
    else:
        note(
            f"created service account {info.name}; create a token with `tether sa token create {info.name}`"
        )


@sa_group.command("list")
@json_option
def sa_list(as_json: bool) -> None:
    """List service accounts, owners and grants."""
    accounts = backend().list_accounts()
    if as_json:
        emit_json([a.to_json() for a in accounts])
        return
    rows = [{**a.to_json(), "grants": [f"{g.vault}:{g.perms}" for g in a.grants]} for a in accounts]
    table(rows, ["name", "owner", "status", "grants", "active_tokens", "expires_at"])


@sa_group.command("grant")
@click.argument("name")
@click.argument("grant")
def sa_grant(name: str, grant: str) -> None:
    """Grant NAME access to a vault: VAULT:read or VAULT:read,write."""
    from tether.lifecycle.identities import parse_grant

    g = backend().grant(name, parse_grant(grant))
    note(f"{name} may now {g.perms} vault {g.vault}")


@sa_group.command("revoke-grant")
@click.argument("name")
@click.argument("vault")
def sa_revoke_grant(name: str, vault: str) -> None:
    """Remove NAME's access to VAULT (its tokens can no longer decrypt it)."""
    removed = backend().revoke_grant(name, vault)
    note(f"revoked {name}'s grant on {vault}" if removed else f"{name} had no grant on {vault}")


@sa_group.command("disable")
@click.argument("name")
def sa_disable(name: str) -> None:
    """Disable NAME: revoke all its tokens and grants."""
    n = backend().disable_account(name)
    note(f"disabled {name}; revoked {n} token(s)")


@sa_group.group("token")
def token_group() -> None:
    """Create, list and revoke service-account tokens."""


@token_group.command("create")
@click.argument("name")
@click.option(
    "--expires", default="90d", show_default=True, metavar="DURATION", help="Token lifetime."
)
@click.option("--no-expiry", is_flag=True, help="A token that never expires (flagged by reports).")
@json_option
def token_create(name: str, expires: str, no_expiry: bool, as_json: bool) -> None:
    """Create a token for NAME. It is printed once, on stdout; tether keeps only a hash."""
    info, token = backend().create_token(name, expires_in=None if no_expiry else expires)
    if as_json:
        emit_json({**info.to_json(), "token": token.reveal()})
        return
    note(
        f"token {info.id} for {name}, expires {info.expires_at or 'never'}; it is shown only once:"
    )
    write_secret(token.reveal())


@token_group.command("list")
@click.argument("name", required=False)
@json_option
def token_list(name: str | None, as_json: bool) -> None:
    """List tokens (ids, expiry, last use; never the tokens)."""
    toks = backend().list_tokens(name)
    if as_json:
        emit_json([t.to_json() for t in toks])
    else:
        table(
            [t.to_json() for t in toks],
            ["id", "account", "status", "expires_at", "last_used_at", "use_count"],
        )


@token_group.command("revoke")
@click.argument("token_id")
def token_revoke(token_id: str) -> None:
    """Revoke a token by its id (effective on the token's next call)."""
    account = backend().revoke_token(token_id)
    note(f"revoked a token of {account}")


# -- ownership, review, policy ---------------------------------------------------------------


@click.group("owner")
def owner_group() -> None:
    """Who owns a secret."""


@owner_group.command("set")
@click.argument("ref")
@click.argument("person")
def owner_set(ref: str, person: str) -> None:
    """Make PERSON the owner of REF."""
    who = backend().set_owner(parse_ref(ref), person)
    note(f"{who} now owns {ref}")


@click.command("review")
@click.argument("ref")
@click.option("--note", "text", help="What was checked.")
@json_option
def review_cmd(ref: str, text: str | None, as_json: bool) -> None:
    """Record that REF was reviewed (still needed, right owner, right grants)."""
    b = backend()
    r = parse_ref(ref)
    at = b.review(r, text)
    status = b.item_status(r)
    if as_json:
        emit_json({"ref": ref, "reviewed_at": at, "policy": status.to_json()})
    else:
        note(f"reviewed {ref}; next review due in {status.review_days} days")


@click.command("promote")
@click.argument("ref")
def promote_cmd(ref: str) -> None:
    """Keep a --temporary item: clear its temporary flag and expiry."""
    backend().promote(parse_ref(ref))
    note(f"promoted {ref}")


@click.command("policy")
@click.argument("target")
@click.option("--rotation-days", type=int, help="Rotate every N days (default 90; fail at 365).")
@click.option("--review-days", type=int, help="Review every N days (default 90).")
@click.option("--rotator", help="Rotator plugin for the item: random, postgres, …")
@click.option("--config", "config", multiple=True, metavar="KEY=VALUE", help="Rotator setting.")
def policy_cmd(
    target: str,
    rotation_days: int | None,
    review_days: int | None,
    rotator: str | None,
    config: tuple[str, ...],
) -> None:
    """Set rotation/review policy on a VAULT or an item REF, and an item's rotator."""
    cfg: dict[str, Any] | None = None
    if config:
        from tether.lifecycle.rotators import check_config

        cfg = {}
        for kv in config:
            k, sep, v = kv.partition("=")
            if not sep or not k:
                raise UsageError(f"invalid --config {kv!r}", hint="use KEY=VALUE")
            cfg[k] = int(v) if v.isdigit() else v
        check_config(cfg)
    if rotator:
        from tether.lifecycle.rotators import load_rotator

        load_rotator(rotator)
    backend().set_policy(
        target,
        rotation_days=rotation_days,
        review_days=review_days,
        rotator=rotator,
        rotator_config=cfg,
    )
    note(f"policy updated for {target}")


# -- rotation --------------------------------------------------------------------------------


@click.command("rotate")
@click.argument("ref", required=False)
@click.option("--due", is_flag=True, help="Rotate every item past its policy (with a rotator).")
@click.option("--dry-run", is_flag=True, help="With --due: list what would rotate.")
@click.option("--rotator", help="Use this rotator for REF this time.")
@json_option
def rotate_cmd(
    ref: str | None, due: bool, dry_run: bool, rotator: str | None, as_json: bool
) -> None:
    """Rotate REF (a new version from its rotator; the old one kept as 'rotated'), or --due."""
    b = backend()
    if due == (ref is not None):
        raise UsageError("give a reference or --due", hint="tether rotate tether://VAULT/ITEM")
    if ref is not None:
        results = b.rotate(parse_ref(ref), rotator=rotator)
        if as_json:
            emit_json([r.to_json() for r in results])
        for r in results if not as_json else []:
            note(f"rotated {r.ref} (version {r.previous_version} -> {r.version}, {r.rotator})")
        return
    rotated, skipped, failed = b.rotate_due(dry_run=dry_run)
    if as_json:
        emit_json(
            {
                "rotated": [r.to_json() for r in rotated],
                "no_rotator": [d.to_json() for d in skipped],
                "failed": [{"due": d.to_json(), "error": msg} for d, msg in failed],
            }
        )
    else:
        for r in rotated:
            note(f"rotated {r.ref} (version {r.version})")
        for d in skipped:
            warn(f"{d.ref} is due ({d.reason}, {d.age_days} days) but has no rotator")
        for d, msg in failed:
            warn(f"{d.ref}: {msg}")
        if dry_run:
            for d in b.due_items():
                if d.rotator:
                    echo(f"would rotate {d.ref} ({d.reason}, {d.age_days} days, {d.rotator})")
        if not (rotated or skipped or failed or (dry_run and b.due_items())):
            note("nothing is due for rotation")
    if failed:
        sys.exit(1)


# -- dynamic credentials and leases ----------------------------------------------------------


@click.group("dynamic")
def dynamic_group() -> None:
    """Dynamic PostgreSQL credentials (tether://dynamic/NAME)."""


@dynamic_group.command("create")
@click.argument("name")
@click.option(
    "--dsn-ref", required=True, help="tether:// reference to the admin connection string."
)
@click.option("--ttl", default="1h", show_default=True, help="Lease lifetime (max 7d).")
@click.option(
    "--grant-template",
    default="GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}",
    show_default=True,
    help="SQL run for each new role; {role} is the quoted role name.",
)
@json_option
def dynamic_create(name: str, dsn_ref: str, ttl: str, grant_template: str, as_json: bool) -> None:
    """Define dynamic credential NAME."""
    info = backend().define_dynamic(name, dsn_ref=dsn_ref, ttl=ttl, grant_template=grant_template)
    emit_json(info.to_json()) if as_json else note(f"defined {info.ref}")


@dynamic_group.command("list")
@json_option
def dynamic_list(as_json: bool) -> None:
    """List dynamic credential definitions."""
    defs = backend().list_dynamic()
    if as_json:
        emit_json([d.to_json() for d in defs])
    else:
        table([d.to_json() for d in defs], ["ref", "dsn_ref", "ttl_seconds", "owner"])


@click.group("lease")
def lease_group() -> None:
    """Leases of dynamic credentials."""


@lease_group.command("list")
@click.option("--all", "all_leases", is_flag=True, help="Include ended leases.")
@json_option
def lease_list(all_leases: bool, as_json: bool) -> None:
    """List leases."""
    leases = backend().list_leases(all_leases=all_leases)
    if as_json:
        emit_json([lease.to_json() for lease in leases])
    else:
        table(
            [lease.to_json() for lease in leases],
            ["id", "name", "role", "status", "expires_at", "actor"],
        )


@lease_group.command("revoke")
@click.argument("lease_id")
def lease_revoke(lease_id: str) -> None:
    """End a lease now: drop its role."""
    ended = backend().end_lease(lease_id)
    note(f"ended lease {lease_id}" if ended else f"lease {lease_id} had already ended")


@lease_group.command("expire")
def lease_expire() -> None:
    """Drop the roles of every lease whose TTL has passed."""
    done, failed = backend().expire_leases()
    note(f"expired {len(done)} lease(s)")
    for lid, msg in failed:
        warn(f"lease {lid}: {msg}")
    if failed:
        sys.exit(1)


# -- audit and report ------------------------------------------------------------------------


@click.group("audit")
def audit_group() -> None:
    """The hash-chained audit log."""


@audit_group.command("log")
@click.option("--limit", "-n", type=int, help="Only the last N events.")
@click.option("--actor", help="Only events by this actor (a person or sa:NAME).")
@click.option("--action", help="Only this action (read, write, rotate, sa.token, …).")
@click.option("--ref", "ref_prefix", help="Only references starting with this.")
@json_option
def audit_log(
    limit: int | None, actor: str | None, action: str | None, ref_prefix: str | None, as_json: bool
) -> None:
    """Show audit events (never values)."""
    events = backend().audit_events(limit=limit, actor=actor, action=action, ref_prefix=ref_prefix)
    if as_json:
        emit_json([e.to_json() for e in events])
    else:
        table(
            [e.to_json() for e in events],
            ["seq", "ts", "actor", "action", "ref", "result", "detail"],
        )


@audit_group.command("verify")
@json_option
def audit_verify(as_json: bool) -> None:
    """Check the hash chain and its seals; exit 1 and name the first bad event if broken."""
    v = backend().audit_verify()
    if as_json:
        emit_json(v.to_json())
    elif v.ok:
        sealed = (
            f"sealed up to event {v.last_sealed_seq}" if v.last_sealed_seq else "not sealed yet"
        )
        keyed = "" if v.keyed else " (seals not checked: needs the root key)"
        note(f"audit chain intact: {v.events} events, {sealed}{keyed}")
        if v.unsealed_tail:
            note(f"{v.unsealed_tail} event(s) after the last seal")
    else:
        first = v.breaks[0]
        from tether.cli.output import error

        error(
            f"audit chain broken at event {first.seq}: {first.reason}",
            "the store was modified outside tether; compare with a backup",
        )
        for b in v.breaks[1:10]:
            echo(f"  also at event {b.seq}: {b.reason}", err=True)
    if not v.ok:
        sys.exit(1)


@click.command("report")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "html"]),
    default="table",
    show_default=True,
)
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
@click.option("--output", "-o", metavar="PATH", help="Write to PATH instead of stdout.")
def report_cmd(fmt: str, as_json: bool, output: str | None) -> None:
    """Posture and sprawl report, mapped to OWASP NHI Top 10 (2025) and NIST CSF 2.0."""
    import json

    rep = backend().report()
    fmt = "json" if as_json else fmt
    if fmt == "json":
        text = json.dumps(rep, indent=2) + "\n"
    elif fmt == "html":
        from tether.lifecycle.report import render_html

        text = render_html(rep)
    else:
        if output is None:
            _print_report(rep)
            return
        text = json.dumps(rep, indent=2) + "\n"
    if output:
        from pathlib import Path

        Path(output).write_text(text)
        note(f"wrote {output}")
    else:
        click.echo(text, nl=False)


def _print_report(rep: dict[str, Any]) -> None:
    s = rep["summary"]
    echo(
        f"{_n(s['items'], 'item')}, {_n(s['service_accounts'], 'service account')}, "
        f"{_n(s['findings'], 'finding')}"
    )
    if s["by_nhi"]:
        echo("by OWASP NHI: " + ", ".join(f"{k} {v}" for k, v in s["by_nhi"].items()))
    table(
        [{**f, "csf": ",".join(f["csf"])} for f in rep["findings"]],
        ["nhi", "check", "severity", "subject", "message"],
    )
    sp = rep["sprawl"]
    echo("")
    if not sp["open_copies"] and not sp["time_to_remediate_days"]["count"]:
        echo("sprawl: no plaintext copies recorded (`tether scan --record` records them)")
        return
    age, ttr = sp["open_copy_age_days"], sp["time_to_remediate_days"]
    line = f"sprawl: {sp['open_copies']} open plaintext copies of managed secrets"
    if sp["open_copies"]:
        line += f" (age median {age['median']} d, p90 {age['p90']} d)"
    if ttr["count"]:
        line += f"; time to remediate median {ttr['median']} d, p90 {ttr['p90']} d"
    echo(line)
    for ref, n in list(sp["copies_per_secret"].items())[:10]:
        echo(f"  {n:4d}  {ref}")


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"
