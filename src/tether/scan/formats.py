"""Report formats for scan results: JSON (with a scan envelope), SARIF 2.1.0, and table rows.

Values are redacted unless ``show_values=True``. SARIF follows what GitHub code scanning accepts:
``tool.driver.rules`` with ids and short descriptions, results with ``ruleId``, ``level``, a
``physicalLocation`` (relative ``artifactLocation.uri``, ``region.startLine``/``startColumn``) and
``partialFingerprints`` (the keyed fingerprint, never the value).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from tether.scan.engine import ScanResult
from tether.scan.findings import MASK, Finding
from tether.scan.rules import Rule

__all__ = ["SARIF_SCHEMA", "finding_dict", "to_json", "to_sarif"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
JSON_VERSION = 1
_LEVELS = {"critical": "error", "high": "error", "medium": "warning", "low": "note"}
_SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0"}


def finding_dict(f: Finding, *, show_values: bool = False) -> dict[str, Any]:
    p = f.provenance
    out: dict[str, Any] = {
        "rule": f.rule_id,
        "description": f.description,
        "severity": f.severity,
        "fingerprint": f.fingerprint,
        "source": p.kind,
        "path": p.path,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "commit": p.commit,
        "author": p.author,
        "date": p.date,
        "secret": f.secret.reveal() if show_values else MASK,
        "vault": f.link,
    }
    if p.extra:
        out["extra"] = dict(p.extra)
    return out


def to_json(
    result: ScanResult,
    *,
    show_values: bool = False,
    tool_version: str = "",
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    st = result.stats
    scan: dict[str, Any] = {
        "engine": result.backend,
        "blobs": st.blobs,
        "bytes": st.bytes,
        "skipped": dict(sorted(st.skipped.items())),
        "suppressed": {"inline": st.suppressed_inline, "baseline": st.suppressed_baseline},
        "capped_lines": st.capped_lines,
        "inherited": st.inherited,
        "findings": len(result.findings),
    }
    scan.update(extra or {})
    return {
        "version": JSON_VERSION,
        "tool": {"name": "tether", "version": tool_version},
        "scan": scan,
        "findings": [finding_dict(f, show_values=show_values) for f in result.findings],
    }


def _uri(path: str) -> str:
    if os.path.isabs(path):
        rel = os.path.relpath(path)
        path = rel if not rel.startswith("..") else path
    path = path.replace(os.sep, "/")
    while path.startswith("./"):
        path = path[2:]
    return path


def to_sarif(
    result: ScanResult,
    rules: Sequence[Rule],
    *,
    show_values: bool = False,
    tool_version: str = "",
) -> dict[str, Any]:
    used = sorted({f.rule_id for f in result.findings})
    by_id = {r.id: r for r in rules}
    index = {rid: i for i, rid in enumerate(used)}
    driver_rules = []
    for rid in used:
        r = by_id.get(rid)
        desc = r.description if r else rid
        sev = r.severity if r else "high"
        driver_rules.append(
            {
                "id": rid,
                "name": "".join(part.capitalize() for part in rid.split("-")),
                "shortDescription": {"text": desc},
                "fullDescription": {"text": f"{desc} ({r.provider if r else 'generic'})"},
                "defaultConfiguration": {"level": _LEVELS.get(sev, "error")},
                "help": {
                    "text": "Move the value into the vault (tether import / tether set), rotate it, "
                    "and reference it as tether://VAULT/ITEM/FIELD."
                },
                "properties": {
                    "tags": ["security", "secret"],
                    "security-severity": _SECURITY_SEVERITY.get(sev, "8.0"),
                },
            }
        )
    results = []
    for f in result.findings:
        p = f.provenance
        where = f"{p.path}:{f.line}" + (f" (commit {p.commit[:12]})" if p.commit else "")
        text = f"{f.description} at {where}"
        if f.link:
            text += f"; {f.link}"
        if show_values:
            text += f": {f.secret.reveal()}"
        props: dict[str, Any] = {"source": p.kind}
        for key in ("commit", "author", "date"):
            val = getattr(p, key)
            if val:
                props[key] = val
        if f.link:
            props["vault"] = f.link
        results.append(
            {
                "ruleId": f.rule_id,
                "ruleIndex": index[f.rule_id],
                "level": _LEVELS.get(f.severity, "error"),
                "message": {"text": text},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": _uri(p.path), "uriBaseId": "%SRCROOT%"},
                            "region": {
                                "startLine": f.line,
                                "startColumn": f.column,
                                "endLine": f.end_line,
                            },
                        }
                    }
                ],
                "partialFingerprints": {"tether/v1": f"{f.rule_id}:{f.fingerprint}"},
                "properties": props,
            }
        )
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "tether",
                        "version": tool_version or "0",
                        "rules": driver_rules,
                    }
                },
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
