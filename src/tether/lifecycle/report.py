"""`tether report`: posture and sprawl debt, every finding mapped to OWASP NHI Top 10 (2025) and
NIST CSF 2.0 (governance.md §1, §2, §9).

Checks (id → NHI, CSF):

=====================  =====  ===================  ==============================================
OWNER-MISSING          NHI1   GV.RR, PR.AA-01      item or account without an owner
OWNER-UNKNOWN          NHI1   GV.RR, PR.AA-01      owner is not a registered person
OWNER-DEPARTED         NHI1   GV.RR, PR.AA-01      owner was offboarded
NEEDS-ROTATION         NHI1   PR.AA-01             flagged (e.g. a person who could read it left)
SA-UNUSED              NHI1   PR.AA-01             service account unused for 90 days
REVIEW-OVERDUE         NHI1   PR.AA-05             no review within the review cadence
LEAK-PLAINTEXT         NHI2   PR.DS-01             a scan found a plaintext copy of the value
GRANT-UNUSED           NHI5   PR.AA-05             a grant never (or not for 90 days) used
GRANT-WRITE-UNUSED     NHI5   PR.AA-05             write permission never used for writing
AGE-MAX                NHI7   PR.AA-01             past its rotation policy (warn / fail)
TEMPORARY-EXPIRED      NHI7   PR.AA-01             a temporary secret past expiry, not promoted
TOKEN-LONG-LIVED       NHI7   PR.AA-01             a token with no expiry or a lifetime > 90 days
CROSS-ENV              NHI8   PR.AA-05             the same value in vaults of different envs
SA-CROSS-ENV           NHI8   PR.AA-05             one account granted several environments
REUSE                  NHI9   PR.AA-05             one credential read by several accounts or
                                                   found in several repositories
HUMAN-USE              NHI10  DE.CM-03             a service-account token used from a terminal,
                                                   a ``personal`` item read by automation, or a
                                                   copy in shell history / AI transcripts
PERSON-AUTOMATION      NHI10  DE.CM-03, PR.AA-02   a person's own credential (the root key) used
                                                   by CI / automation
=====================  =====  ===================  ==============================================
"""

from __future__ import annotations

import html
import re
import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tether.lifecycle.context import Ctx
from tether.lifecycle.governance import item_policy
from tether.store.base import Row, Tx
from tether.vault import identities as ids

__all__ = ["CHECKS", "NHI_NAMES", "Finding", "build_report", "render_html"]

NHI_NAMES = {
    "NHI1": "Improper Offboarding",
    "NHI2": "Secret Leakage",
    "NHI3": "Vulnerable Third-Party NHI",
    "NHI4": "Insecure Authentication",
    "NHI5": "Overprivileged NHI",
    "NHI6": "Insecure Cloud Deployment Configurations",
    "NHI7": "Long-Lived Secrets",
    "NHI8": "Environment Isolation",
    "NHI9": "NHI Reuse",
    "NHI10": "Human Use of NHI",
}

CHECKS: dict[str, tuple[str, list[str]]] = {
    "OWNER-MISSING": ("NHI1", ["GV.RR", "PR.AA-01"]),
    "OWNER-UNKNOWN": ("NHI1", ["GV.RR", "PR.AA-01"]),
    "OWNER-DEPARTED": ("NHI1", ["GV.RR", "PR.AA-01"]),
    "NEEDS-ROTATION": ("NHI1", ["PR.AA-01"]),
    "SA-UNUSED": ("NHI1", ["PR.AA-01"]),
    "REVIEW-OVERDUE": ("NHI1", ["PR.AA-05"]),
    "LEAK-PLAINTEXT": ("NHI2", ["PR.DS-01"]),
    "GRANT-UNUSED": ("NHI5", ["PR.AA-05"]),
    "GRANT-WRITE-UNUSED": ("NHI5", ["PR.AA-05"]),
    "AGE-MAX": ("NHI7", ["PR.AA-01"]),
    "TEMPORARY-EXPIRED": ("NHI7", ["PR.AA-01"]),
    "TOKEN-LONG-LIVED": ("NHI7", ["PR.AA-01"]),
    "CROSS-ENV": ("NHI8", ["PR.AA-05"]),
    "SA-CROSS-ENV": ("NHI8", ["PR.AA-05"]),
    "REUSE": ("NHI9", ["PR.AA-05"]),
    "HUMAN-USE": ("NHI10", ["DE.CM-03"]),
    "PERSON-AUTOMATION": ("NHI10", ["DE.CM-03", "PR.AA-02"]),
}

UNUSED_DAYS = 90
GRACE_DAYS = 30  # a new grant or account is not "unused" before this
TOKEN_MAX_DAYS = 90
INTERACTIVE_SOURCES = {"shell-history", "history", "ai-transcript", "transcript", "ai"}
ENV_ALIASES = {
    "prod": "prod",
    "production": "prod",
    "live": "prod",
    "dev": "dev",
    "development": "dev",
    "local": "dev",
    "staging": "staging",
    "stage": "staging",
    "test": "test",
    "testing": "test",
    "qa": "test",
}


@dataclass(frozen=True)
class Finding:
    check: str
    subject: str  # tether://vault/item, sa:NAME, token:ID
    severity: str  # high | medium | low
    message: str

    def to_json(self) -> dict[str, Any]:
        nhi, csf = CHECKS[self.check]
        return {
            "check": self.check,
            "nhi": nhi,
            "owasp": f"{nhi}:2025 {NHI_NAMES[nhi]}",
            "csf": csf,
            "subject": self.subject,
            "severity": self.severity,
            "message": self.message,
        }


def _env_of(item: Row, vault: Row) -> str | None:
    for cand in (item["environment"], vault["name"]):
        if cand:
            norm = ENV_ALIASES.get(str(cand).casefold())
            if norm:
                return norm
    return item["environment"] or None


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return round(values[0], 2)
    s = sorted(values)
    pos = (len(s) - 1) * q
    lo, hi = int(pos), min(int(pos) + 1, len(s) - 1)
    return round(s[lo] + (s[hi] - s[lo]) * (pos - lo), 2)


def _days(a: datetime, b: datetime) -> float:
    return (a - b).total_seconds() / 86400


_COMMIT_PREFIX = re.compile(r"^[0-9a-f]{7,40}:")


def _repo_of(location: str) -> str:
    """The repository / project part of a location: its first directory ("." at the top)."""
    loc = _COMMIT_PREFIX.sub("", location)
    if loc.startswith("/"):  # absolute: the directory holding the file
        return loc.rsplit("/", 1)[0] or "/"
    loc = loc.removeprefix("./")
    return loc.split("/", 1)[0] if "/" in loc else "."


def build_report(ctx: Ctx) -> dict[str, Any]:
    now = ctx.now()
    now_s = ids.ts(now)
    findings: list[Finding] = []
    with ctx.svc.store.read() as tx:
        people = {r["name_key"]: r for r in tx.all("SELECT * FROM people")}
        vaults = {r["id"]: r for r in tx.all("SELECT * FROM vaults")}
        items = tx.all("SELECT * FROM items ORDER BY vault_id, name_key")
        label_of = {i["id"]: f"tether://{vaults[i['vault_id']]['name']}/{i['name']}" for i in items}
        _owner_checks(findings, people, [(label_of[i["id"]], i["owner"]) for i in items], "item")
        _item_checks(tx, findings, items, vaults, label_of, now)
        leak_rows = _leak_checks(tx, findings, items, label_of, now)
        _account_checks(tx, findings, people, vaults, now)
        _automation_checks(tx, findings)
        sprawl = _sprawl(tx, leak_rows, items, label_of, now)
        inventory = _inventory(tx, items, vaults, label_of, now)
    findings.sort(key=lambda f: (int(CHECKS[f.check][0][3:]), f.check, f.subject))
    by_nhi: dict[str, int] = defaultdict(int)
    for f in findings:
        by_nhi[CHECKS[f.check][0]] += 1
    per_subject: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in findings:
        per_subject[f.subject].append(f.to_json())
    return {
        "generated_at": now_s,
        "summary": {
            "items": len(items),
            "service_accounts": _count(ctx, "service_accounts"),
            "findings": len(findings),
            "by_nhi": {k: by_nhi[k] for k in sorted(by_nhi, key=lambda k: int(k[3:]))},
        },
        "findings": [f.to_json() for f in findings],
        "subjects": dict(per_subject),
        "inventory": {
            "items": [
                {**row, "checks": sorted({f["check"] for f in per_subject.get(row["ref"], [])})}
                for row in inventory["items"]
            ],
            "service_accounts": [
                {**row, "checks": sorted({f["check"] for f in per_subject.get(row["subject"], [])})}
                for row in inventory["service_accounts"]
            ],
        },
        "sprawl": sprawl,
    }


def _automation_checks(tx: Tx, out: list[Finding]) -> None:
    for r in tx.all(
        "SELECT actor, max(ts) AS last, count(*) AS n, max(detail) AS detail FROM audit "
        "WHERE action = 'automation.use' GROUP BY actor ORDER BY actor"
    ):
        ci = str(r["detail"] or "").removeprefix("ci=") or "automation"
        out.append(
            Finding(
                "PERSON-AUTOMATION",
                f"person:{r['actor']}",
                "medium",
                f"{r['actor']}'s own credentials (the root key) were used by {ci} {r['n']} "
                f"time(s), last at {r['last']}; give that automation a service account",
            )
        )


def _inventory(
    tx: Tx, items: list[Row], vaults: dict[str, Row], label_of: dict[str, str], now: datetime
) -> dict[str, list[dict[str, Any]]]:
    """One row per item and per service account, findings or not."""
    out_items = []
    for item in items:
        vault = vaults[item["vault_id"]]
        pol = item_policy(item, vault, now)
        out_items.append(
            {
                "ref": label_of[item["id"]],
                "owner": item["owner"] or None,
                "environment": _env_of(item, vault),
                "age_days": pol.age_days,
                "rotation": pol.rotation,
                "review": pol.review,
                "rotator": item["rotator"],
                "temporary": bool(item["temporary"]),
                "needs_rotation": pol.needs_rotation,
            }
        )
    out_accounts = []
    for a in tx.all("SELECT * FROM service_accounts ORDER BY name_key"):
        grants = tx.all(
            "SELECT v.name, g.can_write FROM grants g JOIN vaults v ON v.id = g.vault_id "
            "WHERE g.account_id = ? ORDER BY v.name_key",
            (a["id"],),
        )
        toks = tx.all("SELECT * FROM sa_tokens WHERE account_id = ?", (a["id"],))
        now_s = ids.ts(now)
        active = [
            t
            for t in toks
            if not t["revoked_at"] and not (t["expires_at"] and t["expires_at"] <= now_s)
        ]
        uses = [t["last_used_at"] for t in toks if t["last_used_at"]]
        out_accounts.append(
            {
                "subject": f"sa:{a['name']}",
                "owner": a["owner"],
                "status": a["status"],
                "grants": [
                    f"{g['name']}:{'read,write' if g['can_write'] else 'read'}" for g in grants
                ],
                "active_tokens": len(active),
                "last_used_at": max(uses) if uses else None,
            }
        )
    return {"items": out_items, "service_accounts": out_accounts}


def _count(ctx: Ctx, table: str) -> int:
    with ctx.svc.store.read() as tx:
        row = tx.one(f"SELECT count(*) AS n FROM {table}")  # noqa: S608 (fixed table names)
    return int(row["n"]) if row else 0


def _owner_checks(
    out: list[Finding], people: dict[str, Row], owned: list[tuple[str, str | None]], what: str
) -> None:
    for subject, owner in owned:
        if not owner or not owner.strip():
            out.append(Finding("OWNER-MISSING", subject, "high", f"{what} has no owner"))
            continue
        p = people.get(owner.casefold())
        if p is None:
            if people:  # only meaningful once people are registered
                out.append(
                    Finding(
                        "OWNER-UNKNOWN",
                        subject,
                        "medium",
                        f"owner {owner!r} is not a registered person (`tether person add`)",
                    )
                )
        elif p["status"] != "active":
            out.append(
                Finding(
                    "OWNER-DEPARTED",
                    subject,
                    "high",
                    f"owner {p['name']} was offboarded on {p['offboarded_at']}",
                )
            )


def _item_checks(
    tx: Tx,
    out: list[Finding],
    items: list[Row],
    vaults: dict[str, Row],
    label_of: dict[str, str],
    now: datetime,
) -> None:
    fp_envs: dict[str, set[tuple[str, str]]] = defaultdict(set)  # fingerprint -> (env, label)
    for item in items:
        vault = vaults[item["vault_id"]]
        label = label_of[item["id"]]
        pol = item_policy(item, vault, now)
        if pol.needs_rotation:
            out.append(
                Finding("NEEDS-ROTATION", label, "high", "flagged for rotation (offboarding)")
            )
        if pol.rotation != "ok":
            sev = "high" if pol.rotation == "fail" else "medium"
            limit = pol.fail_days if pol.rotation == "fail" else pol.rotation_days
            out.append(
                Finding(
                    "AGE-MAX",
                    label,
                    sev,
                    f"{pol.age_days} days since last rotation (policy {limit} days, {pol.rotation})",
                )
            )
        if pol.review == "due":
            out.append(
                Finding(
                    "REVIEW-OVERDUE",
                    label,
                    "low",
                    f"last reviewed {pol.review_age_days} days ago (every {pol.review_days} days)",
                )
            )
        if pol.temporary_expired:
            out.append(
                Finding(
                    "TEMPORARY-EXPIRED",
                    label,
                    "medium",
                    f"temporary secret expired at {pol.temporary_expires_at}; promote or remove it",
                )
            )
        env = _env_of(item, vault)
        for v in tx.all(
            "SELECT ver.fingerprint FROM versions ver JOIN fields f ON f.id = ver.field_id "
            "WHERE f.item_id = ? AND ver.state = 'current'",
            (item["id"],),
        ):
            if env:
                fp_envs[v["fingerprint"]].add((env, label))
        readers = {
            r["actor"]
            for r in tx.all(
                "SELECT DISTINCT actor FROM audit WHERE action = 'read' AND result = 'ok' "
                "AND actor LIKE 'sa:%' AND (ref = ? OR ref LIKE ?)",
                (label, label + "/%"),
            )
        }
        if len(readers) > 1:
            out.append(
                Finding(
                    "REUSE",
                    label,
                    "medium",
                    f"read by {len(readers)} service accounts ({', '.join(sorted(readers))}); "
                    "give each service its own credential",
                )
            )
        import json

        if "personal" in json.loads(item["tags"] or "[]") and readers:
            out.append(
                Finding(
                    "HUMAN-USE",
                    label,
                    "medium",
                    f"a personal credential is read by automation ({', '.join(sorted(readers))})",
                )
            )
    for _fp, pairs in fp_envs.items():
        envs = {e for e, _ in pairs}
        if len(envs) > 1:
            labels = sorted({lbl for _, lbl in pairs})
            for lbl in labels:
                others = [x for x in labels if x != lbl]
                out.append(
                    Finding(
                        "CROSS-ENV",
                        lbl,
                        "high",
                        f"same value as {', '.join(others)} (environments {', '.join(sorted(envs))})",
                    )
                )


def _leak_checks(
    tx: Tx, out: list[Finding], items: list[Row], label_of: dict[str, str], now: datetime
) -> list[dict[str, Any]]:
    """LEAK-PLAINTEXT / REUSE / HUMAN-USE from scan findings; returns enriched finding rows."""
    rows: list[dict[str, Any]] = []
    for f in tx.all("SELECT * FROM findings ORDER BY first_seen"):
        r = dict(f)
        m = tx.one(
            "SELECT ver.state, ver.version, f.item_id, i.rotated_at, i.owner FROM versions ver "
            "JOIN fields f ON f.id = ver.field_id JOIN items i ON i.id = f.item_id "
            "WHERE ver.fingerprint = ? ORDER BY (ver.state = 'current') DESC LIMIT 1",
            (f["fingerprint"],),
        )
        r["item_id"] = m["item_id"] if m else None
        r["owner"] = m["owner"] if m else None
        r["state"] = m["state"] if m else None
        r["rotated_at"] = m["rotated_at"] if m and m["state"] != "current" else None
        rows.append(r)
    by_item: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        if r["item_id"] and r["status"] == "open":
            by_item[r["item_id"]].append(r)
    for item_id, copies in by_item.items():
        label = label_of.get(item_id, item_id)
        live = [c for c in copies if c["state"] == "current"]
        rotated = [c for c in copies if c["state"] != "current"]
        if live:
            locs = ", ".join(sorted({c["location"] for c in live})[:5])
            out.append(
                Finding(
                    "LEAK-PLAINTEXT",
                    label,
                    "high",
                    f"{len(live)} plaintext cop{'y' if len(live) == 1 else 'ies'} of the current "
                    f"value: {locs}",
                )
            )
        if rotated:
            out.append(
                Finding(
                    "LEAK-PLAINTEXT",
                    label,
                    "low",
                    f"{len(rotated)} rotated cop{'y' if len(rotated) == 1 else 'ies'} "
                    "(old values) still in plaintext; remove them",
                )
            )
        repos = {
            _repo_of(c["location"])
            for c in copies
            if (c["source_kind"] or "file") != "shell-history"
        }
        if len(repos) > 1:
            out.append(
                Finding(
                    "REUSE",
                    label,
                    "medium",
                    f"copies in {len(repos)} repositories/projects ({', '.join(sorted(repos))})",
                )
            )
        human = [c for c in copies if (c["source_kind"] or "") in INTERACTIVE_SOURCES]
        if human:
            out.append(
                Finding(
                    "HUMAN-USE",
                    label,
                    "medium",
                    f"found in {len(human)} interactive store(s) (shell history / AI transcripts)",
                )
            )
    return rows


def _account_checks(
    tx: Tx, out: list[Finding], people: dict[str, Row], vaults: dict[str, Row], now: datetime
) -> None:
    now_s = ids.ts(now)
    accounts = tx.all("SELECT * FROM service_accounts WHERE status = 'active' ORDER BY name_key")
    _owner_checks(
        out, people, [(f"sa:{a['name']}", a["owner"]) for a in accounts], "service account"
    )
    for a in accounts:
        subject = f"sa:{a['name']}"
        actor = subject
        created = ids.parse_ts(a["created_at"])
        toks = tx.all("SELECT * FROM sa_tokens WHERE account_id = ?", (a["id"],))
        uses = [t["last_used_at"] for t in toks if t["last_used_at"]]
        last_use = max(uses) if uses else None
        ref_time = ids.parse_ts(last_use) if last_use else created
        if _days(now, ref_time) > UNUSED_DAYS:
            what = f"last used {last_use}" if last_use else "never used"
            out.append(Finding("SA-UNUSED", subject, "medium", f"{what}; disable it if not needed"))
        for t in toks:
            if t["revoked_at"] or (t["expires_at"] and t["expires_at"] <= now_s):
                continue
            if t["expires_at"] is None:
                out.append(
                    Finding(
                        "TOKEN-LONG-LIVED",
                        f"token:{t['id']}",
                        "high",
                        f"token of {subject} never expires",
                    )
                )
            else:
                life = _days(ids.parse_ts(t["expires_at"]), ids.parse_ts(t["created_at"]))
                if life > TOKEN_MAX_DAYS:
                    out.append(
                        Finding(
                            "TOKEN-LONG-LIVED",
                            f"token:{t['id']}",
                            "medium",
                            f"token of {subject} lives {int(life)} days (> {TOKEN_MAX_DAYS})",
                        )
                    )
            if t["last_interactive_at"]:
                out.append(
                    Finding(
                        "HUMAN-USE",
                        f"token:{t['id']}",
                        "medium",
                        f"token of {subject} used from an interactive terminal at "
                        f"{t['last_interactive_at']}",
                    )
                )
        envs: set[str] = set()
        for g in tx.all("SELECT * FROM grants WHERE account_id = ?", (a["id"],)):
            vault = vaults[g["vault_id"]]
            env = ENV_ALIASES.get(vault["name"].casefold())
            if env:
                envs.add(env)
            prefix = f"tether://{vault['name']}/"
            used = tx.one(
                "SELECT max(ts) AS last FROM audit WHERE actor = ? AND result = 'ok' "
                "AND action = 'read' AND ref LIKE ?",
                (actor, prefix + "%"),
            )
            wrote = tx.one(
                "SELECT max(ts) AS last FROM audit WHERE actor = ? AND result = 'ok' "
                "AND action IN ('write', 'rotate', 'restore') AND ref LIKE ?",
                (actor, prefix + "%"),
            )
            granted = ids.parse_ts(g["created_at"])
            last = (used or {}).get("last") or (wrote or {}).get("last")
            if _days(now, granted) > GRACE_DAYS and (
                last is None or _days(now, ids.parse_ts(last)) > UNUSED_DAYS
            ):
                out.append(
                    Finding(
                        "GRANT-UNUSED",
                        subject,
                        "medium",
                        f"grant on vault {vault['name']!r} "
                        + ("never used" if last is None else f"unused since {last}"),
                    )
                )
            if (
                g["can_write"]
                and _days(now, granted) > GRACE_DAYS
                and not (wrote or {}).get("last")
            ):
                out.append(
                    Finding(
                        "GRANT-WRITE-UNUSED",
                        subject,
                        "low",
                        f"write permission on vault {vault['name']!r} never used; make it read-only",
                    )
                )
        if len(envs) > 1:
            out.append(
                Finding(
                    "SA-CROSS-ENV",
                    subject,
                    "high",
                    f"granted vaults of several environments ({', '.join(sorted(envs))})",
                )
            )


def _sprawl(
    tx: Tx, rows: list[dict[str, Any]], items: list[Row], label_of: dict[str, str], now: datetime
) -> dict[str, Any]:
    open_rows = [r for r in rows if r["status"] == "open" and r["state"] == "current"]
    per_secret: dict[str, int] = defaultdict(int)
    per_owner: dict[str, int] = defaultdict(int)
    for r in open_rows:
        if r["item_id"]:
            per_secret[label_of.get(r["item_id"], r["item_id"])] += 1
            per_owner[r["owner"] or "(none)"] += 1
    ages = [_days(now, ids.parse_ts(r["first_seen"])) for r in open_rows]
    ttr: list[float] = []
    for r in rows:
        ends = []
        if r["status"] == "remediated" and r["remediated_at"]:
            ends.append(ids.parse_ts(r["remediated_at"]))
        if r["rotated_at"]:
            ends.append(ids.parse_ts(r["rotated_at"]))
        if ends:
            ttr.append(max(0.0, _days(min(ends), ids.parse_ts(r["first_seen"]))))
    unlinked = sum(1 for r in rows if r["status"] == "open" and not r["item_id"])
    return {
        "open_copies": len(open_rows),
        "unmanaged_open_findings": unlinked,
        "copies_per_secret": dict(sorted(per_secret.items(), key=lambda kv: (-kv[1], kv[0]))),
        "copies_per_owner": dict(sorted(per_owner.items(), key=lambda kv: (-kv[1], kv[0]))),
        "open_copy_age_days": {
            "median": _pct(ages, 0.5),
            "p90": _pct(ages, 0.9),
            "max": round(max(ages), 2) if ages else None,
        },
        "time_to_remediate_days": {
            "count": len(ttr),
            "median": round(statistics.median(ttr), 2) if ttr else None,
            "p90": _pct(ttr, 0.9),
        },
    }


def render_html(report: dict[str, Any]) -> str:
    e = html.escape
    rows = "\n".join(
        "<tr>"
        + "".join(
            f"<td>{e(str(v))}</td>"
            for v in (
                f["nhi"],
                f["check"],
                f["severity"],
                f["subject"],
                f["message"],
                ", ".join(f["csf"]),
            )
        )
        + "</tr>"
        for f in report["findings"]
    )
    sprawl = report["sprawl"]
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>tether report {e(report["generated_at"])}</title>
<style>body{{font-family:system-ui,sans-serif;margin:2em}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:4px 8px;text-align:left}}th{{background:#f3f3f3}}</style>
</head><body>
<h1>tether posture report</h1>
<p>Generated {e(report["generated_at"])}: {report["summary"]["items"]} items,
{report["summary"]["service_accounts"]} service accounts, {report["summary"]["findings"]} findings.</p>
<h2>Findings (OWASP NHI Top 10 2025, NIST CSF 2.0)</h2>
<table><tr><th>NHI</th><th>check</th><th>severity</th><th>subject</th><th>finding</th><th>CSF</th></tr>
{rows}
</table>
<h2>Sprawl debt</h2>
<p>Open plaintext copies: {sprawl["open_copies"]}; median age {e(str(sprawl["open_copy_age_days"]["median"]))} days,
p90 {e(str(sprawl["open_copy_age_days"]["p90"]))} days. Time to remediate: median
{e(str(sprawl["time_to_remediate_days"]["median"]))} days, p90 {e(str(sprawl["time_to_remediate_days"]["p90"]))} days
({sprawl["time_to_remediate_days"]["count"]} remediated).</p>
</body></html>
"""
