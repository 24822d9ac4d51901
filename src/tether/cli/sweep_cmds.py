"""``tether sweep``: scan this machine's known leak points, and redact what was found.

The places (AI-tool transcripts and configs, shell histories, credential files, project files) are
the catalog in :mod:`tether.scan.sources.machine`; the formats are read by
:mod:`tether.scan.sources.structured`; redaction is :func:`tether.scan.rewrite.redact_file`.

Redaction asks first (a terminal prompt, or ``--yes``), replaces each value by its ``tether://``
reference when the vault holds it and by ``[REDACTED:<rule-id>]`` otherwise, records every
replacement (an audit event when a store exists, and a 0600 ``redactions.jsonl`` in the data
folder: time, path, location, rule, fingerprint — never the value) and then lists the secrets that
were exposed: redaction does not un-leak a key, so they should be rotated.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import click

from tether.cli import output
from tether.cli.scan_cmds import _progress, _user_key, _vault_matcher, parse_size
from tether.errors import TetherError, UsageError

if TYPE_CHECKING:
    from tether.scan.findings import Finding
    from tether.scan.rewrite import RedactionResult
    from tether.scan.sources.machine import MachineSource


@dataclass
class Located:
    """A finding with the location a person can open: file + line, or file + record."""

    finding: Finding
    place: str
    path: str
    line: int  # 0 when the place has no lines (a database cell)
    record: str | None

    @property
    def location(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return where + (f" ({self.record})" if self.record else "")


def locate(f: Finding, doc_lines: Callable[[str, bool], dict[str, int]] | None = None) -> Located:
    """Where ``f`` is: the file line (JSON strings: the line of the string; text: the engine's
    line), and a record (JSON path, notebook cell, database table and key)."""
    from tether.scan.sources.structured import locate_in_map

    extra = dict(f.provenance.extra)
    record = extra.get("record")
    inner = f.line
    if "map" in extra:
        line, record, inner = locate_in_map(json.loads(extra["map"]), f.span[0], f.line)
        if not line and extra.get("fmt") in ("json", "notebook") and doc_lines is not None:
            line = doc_lines(f.provenance.path, extra["fmt"] == "notebook").get(record, 0)
    elif "line" in extra:
        line = int(extra["line"])
    elif record:
        line = 0
    else:
        line, inner = f.line, 1
    if inner > 1 and record:
        record = f"{record}, line {inner} of the value"
    if record == "text":
        record = None
    user = _basic_auth_user(f)
    if user:  # which account to rotate (the user name, never the password)
        record = f"{record}, user {user}" if record else f"user {user}"
    return Located(f, extra.get("place", "?"), f.provenance.path, line, record)


def _basic_auth_user(f: Finding) -> str | None:
    """The user name inside a base64 ``user:password`` value (Docker ``auths.*.auth``, npm
    ``_auth``)."""
    if f.rule_id not in ("docker-config-auth", "npmrc-basic-auth"):
        return None
    import base64
    import binascii

    try:
        raw = base64.b64decode(f.secret.reveal_bytes(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, sep, _ = raw.partition(":")
    return user[:64] if sep and user.isprintable() else None


def _doc_lines_cache() -> Callable[[str, bool], dict[str, int]]:
    from tether.scan.sources.structured import doc_lines

    cache: dict[str, dict[str, int]] = {}

    def lines(path: str, notebook: bool) -> dict[str, int]:
        if path not in cache:
            try:
                with open(path, "rb") as fh:
                    cache[path] = doc_lines(fh.read(), notebook)
            except (OSError, ValueError):
                cache[path] = {}
        return cache[path]

    return lines


def _mask(text: str | None, values: list[str], engine: Any = None) -> str | None:
    """``text`` (a record: JSON path, database key) with the values found, and any other value
    the engine finds in it (a token used as a JSON object key is not itself a finding), masked."""
    if text:
        for v in values:
            if v in text:
                text = text.replace(v, "****")
        if engine is not None:
            raw = text.encode("utf-8", "surrogatepass")
            spans = sorted(f.span for f in engine.scan_bytes(raw, "-", "record"))
            if spans:
                out, pos = [], 0
                for a, b in spans:
                    if a >= pos:
                        out += [raw[pos:a], b"****"]
                        pos = b
                out.append(raw[pos:])
                text = b"".join(out).decode("utf-8", "surrogatepass")
    return text


def _mask_records(found: list[Located], engine: Any) -> list[str]:
    """Mask every record in place; the values found (to mask other records with)."""
    values = sorted({x.finding.secret.reveal() for x in found if len(x.finding.secret) >= 6})
    for x in found:
        x.record = _mask(x.record, values, engine)
    return values


def _labels() -> dict[str, str]:
    from tether.scan.sources.machine import all_places

    return {p.id: p.label for p in all_places()}


def _place_rows(source: MachineSource, found: list[Located]) -> list[dict[str, Any]]:
    labels = _labels()
    by_place = Counter(x.place for x in found)
    rows = []
    for place_id, label in labels.items():
        files = source.files_by_place.get(place_id, 0)
        if not files and not by_place.get(place_id):
            continue
        rows.append(
            {"place": label, "id": place_id, "files": files, "findings": by_place.get(place_id, 0)}
        )
    return rows


def _finding_json(x: Located, show_values: bool) -> dict[str, Any]:
    f = x.finding
    return {
        "rule": f.rule_id,
        "severity": f.severity,
        "place": x.place,
        "path": x.path,
        "line": x.line or None,
        "record": x.record,
        "location": x.location,
        "fingerprint": f.fingerprint,
        "vault": f.link,
        "secret": f.secret.reveal() if show_values else None,
    }


def _log_path() -> str:
    from tether import paths

    return str(paths.data_dir() / "redactions.jsonl")


def _append_log(entries: list[dict[str, Any]]) -> None:
    if not entries:
        return
    path = _log_path()
    os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        os.fchmod(fh.fileno(), 0o600)
        for e in entries:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")


def _open_audit() -> Any:
    try:
        from tether.client import open_backend

        return open_backend(required=False)
    except (ImportError, TetherError) as exc:
        if isinstance(exc, TetherError):
            output.warn(f"redactions are not in the audit log: {exc.message}")
        return None


def _replacement(matcher: Callable[[str], Any] | None) -> Callable[[Finding], str | None]:
    cache: dict[str, str | None] = {}

    def rep(f: Finding) -> str | None:
        if matcher is None:
            return None
        if f.fingerprint not in cache:
            m = matcher(f.secret.reveal())
            cache[f.fingerprint] = m.pinned_ref if m is not None else None
        return cache[f.fingerprint]

    return rep


def _confirm(found: list[Located], yes: bool) -> None:
    files = Counter(x.path for x in found)
    fragile = sorted({x.path for x in found if _is_config(x.place)})
    fragile_places = sorted({x.place for x in found if _is_config(x.place)})
    if yes:
        return
    if not sys.stdin.isatty():
        raise UsageError(
            "refusing to redact without confirmation: standard input is not a terminal",
            hint="run it in a terminal to be asked, or pass --yes",
        )
    output.note(f"about to redact {len(found)} value(s) in {len(files)} file(s)")
    if fragile:
        output.warn(
            f"{len(fragile)} of these files are credential, configuration or project files: the "
            "tools reading them stop working until you store the keys in the vault or rotate them "
            f"(leave them alone with: {' '.join('--skip ' + p for p in fragile_places)})"
        )
    if not click.confirm("tether: redact them now?", default=False, err=True):
        raise click.Abort()


def _is_config(place: str) -> bool:
    return (
        place in _CREDENTIAL_PLACES
        or place.startswith("project")
        or place.endswith("-config")
        or place in ("editor-mcp", "windsurf", "continue", "claude-desktop")
    )


_CREDENTIAL_PLACES = frozenset(
    {
        "aws",
        "registries",
        "docker",
        "git",
        "netrc",
        "kube",
        "gh",
        "gcloud",
        "azure",
        "cloud-misc",
        "shell-rc",
        "ai-cli-config",
    }
)


def _redact(
    found: list[Located], engine: Any, matcher: Callable[[str], Any] | None, no_vault: bool
) -> tuple[list[RedactionResult], list[tuple[str, str]]]:
    """Rewrite every file with findings; (results, failures as (path, reason))."""
    from tether.scan.rewrite import redact_file
    from tether.scan.sources.machine import place_by_id

    by_file: dict[str, set[str]] = defaultdict(set)
    fmt_of: dict[str, str | None] = {}
    for x in found:
        by_file[x.path].add(x.finding.fingerprint)
        place = place_by_id(x.place)
        fmt_of[x.path] = place.fmt if place is not None else None
    rep = _replacement(None if no_vault else matcher)
    results: list[RedactionResult] = []
    failures: list[tuple[str, str]] = []
    for path, fps in sorted(by_file.items()):
        fmt = fmt_of[path]
        if fmt == "sqlite":
            fmt = None  # decided from the first bytes (a .backup may not be a database)

        def only(f: Finding, fps: set[str] = fps) -> bool:
            return f.fingerprint in fps

        try:
            results.append(redact_file(path, engine, rep, fmt=fmt, only=only))
        except TetherError as exc:
            failures.append((path, exc.message))
        except OSError as exc:
            failures.append((path, exc.strerror or "cannot rewrite"))
    return results, failures


def _record_redactions(results: list[RedactionResult]) -> None:
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    entries = []
    for r in results:
        for item in r.items:
            entries.append(
                {
                    "time": now,
                    "path": r.path,
                    "location": item.location,
                    "rule": item.rule_id,
                    "fingerprint": item.fingerprint,
                    "replaced_by": item.ref or f"[REDACTED:{item.rule_id}]",
                }
            )
    _append_log(entries)
    if not entries:
        return
    backend = _open_audit()
    if backend is None:
        return
    try:
        for e in entries:
            ref = e["replaced_by"] if e["replaced_by"].startswith("tether://") else None
            backend.record_event(
                "sweep.redact",
                ref,
                "ok",
                detail=f"path={e['path']} rule={e['rule']} fp={e['fingerprint'][:12]}",
            )
    except TetherError as exc:
        output.warn(f"redactions are not all in the audit log: {exc.message}")
    finally:
        backend.close()


def _rotate_rows(found: list[Located]) -> list[dict[str, Any]]:
    """One row per exposed secret (rule + fingerprint): where it was, and its vault item."""
    groups: dict[tuple[str, str], list[Located]] = defaultdict(list)
    for x in found:
        groups[x.finding.identity].append(x)
    rows = []
    for (rule, fp), xs in sorted(groups.items(), key=lambda kv: kv[1][0].location):
        more = f" (+{len(xs) - 1} more)" if len(xs) > 1 else ""
        rows.append(
            {
                "rule": rule,
                "fingerprint": fp[:12],
                "location": xs[0].location + more,
                "vault": xs[0].finding.link,
            }
        )
    return rows


@click.command("sweep")
@click.argument("roots", nargs=-1, type=click.Path(file_okay=False))
@click.option(
    "--home",
    "home",
    metavar="DIR",
    help="Sweep DIR as the home folder (tests, or another user's home as an administrator).",
)
@click.option(
    "--only", multiple=True, metavar="PLACE", help="Only these places (id, tool or category)."
)
@click.option("--skip", multiple=True, metavar="PLACE", help="Leave out these places.")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
)
@click.option("--show-values", is_flag=True, help="Print secret values (hidden by default).")
@click.option("--redact", is_flag=True, help="Replace the values found in the files.")
@click.option("--yes", "-y", is_flag=True, help="With --redact: do not ask for confirmation.")
@click.option("--no-vault", is_flag=True, help="Do not link findings to vault items.")
@click.option("--record", is_flag=True, help="Store the findings (fingerprints only) for reports.")
@click.option("--no-projects", is_flag=True, help="Do not look for project files (.env, …).")
@click.option("--max-file-size", default="256MB", show_default=True, metavar="SIZE")
@click.option("--engine", type=click.Choice(["auto", "hyperscan", "re"]), default=None)
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes.")
@click.option("-v", "--verbose", is_flag=True, help="List skipped files.")
@click.option("--list-places", is_flag=True, help="Print the catalog of places and exit.")
def sweep_cmd(
    roots: tuple[str, ...],
    home: str | None,
    only: tuple[str, ...],
    skip: tuple[str, ...],
    fmt: str,
    show_values: bool,
    redact: bool,
    yes: bool,
    no_vault: bool,
    record: bool,
    no_projects: bool,
    max_file_size: str,
    engine: str | None,
    jobs: int | None,
    verbose: bool,
    list_places: bool,
) -> None:
    """Find secrets in this machine's AI-tool, shell-history and credential files.

    ROOTS are project folders searched for .env files, notebooks and project AI settings (the home
    folder is always searched too). Exit status: 0 nothing left, 1 findings remain, 2 usage error.
    """
    from tether.scan.engine import Engine
    from tether.scan.sources.machine import MachineSource, all_places, place_matches

    if list_places:
        _print_places(fmt)
        return
    for sel in (*only, *skip):
        if not any(place_matches(p, sel) for p in all_places()):
            raise UsageError(
                f"unknown place {sel!r}", hint="see `tether sweep --list-places` for the names"
            )
    if yes and not redact:
        raise UsageError("--yes only applies to --redact")
    source = MachineSource(
        home,
        roots,
        only=only,
        skip=skip,
        max_file_size=parse_size(max_file_size),
        projects=not no_projects,
    )
    matcher = None if no_vault else _vault_matcher()

    def link(value: str) -> str | None:
        m = matcher(value) if matcher is not None else None
        return m.describe() if m is not None else None

    eng = Engine(key=_user_key(), engine=engine, link=link if matcher else None, jobs=jobs)
    started = time.monotonic()
    with _progress(sys.stderr.isatty() and not verbose) as progress:
        result = eng.scan([source], progress=progress)
    elapsed = time.monotonic() - started
    lines = _doc_lines_cache()
    found = [locate(f, lines) for f in result.findings]
    # a record names a row by its key or a JSON path: never let a value through that way
    values = _mask_records(found, eng)
    found.sort(key=lambda x: (x.path, x.line, x.record or "", x.finding.rule_id))
    if record:
        _record(found, source.home)
    redacted: list[RedactionResult] = []
    failures: list[tuple[str, str]] = []
    remaining = found
    if redact and found:
        _confirm(found, yes)
        redacted, failures = _redact(found, eng, matcher, no_vault)
        for r in redacted:
            r.items = [replace(i, location=_mask(i.location, values, eng) or "") for i in r.items]
        _record_redactions(redacted)
        remaining = _rescan(eng, found, lines)
    skipped_rows = [
        {"path": s.provenance.path, "reason": s.reason} for s in result.stats.skipped_items
    ]
    if fmt == "json":
        output.emit_json(
            {
                "home": source.home,
                "findings": [_finding_json(x, show_values) for x in found],
                "places": _place_rows(source, found),
                "skipped": skipped_rows,
                "redacted": [
                    {"path": r.path, "count": r.count, "rules": r.rule_ids} for r in redacted
                ]
                if redact
                else None,
                "not_redacted": [{"path": p, "reason": why} for p, why in failures]
                + [{"path": r.path, "reason": r.skipped} for r in redacted if r.skipped],
                "rotate": _rotate_rows(found) if redact else None,
                "remaining": len(remaining),
            }
        )
    else:
        _print_table(found, show_values)
        if found:
            output.echo()
        output.table(_place_rows(source, found), ["place", "files", "findings"])
        if redact and found:
            _print_redaction(redacted, failures, found)
    files = sum(source.files_by_place.values())
    n = len(found)
    output.note(
        f"{n} finding{'s' if n != 1 else ''} in {files} file{'s' if files != 1 else ''} "
        f"({elapsed:.2f} s)"
        + (f"; {len(skipped_rows)} skipped" if skipped_rows else "")
        + ("" if not redact or not found else f"; {len(remaining)} left after redaction")
    )
    if verbose:
        for s in skipped_rows:
            output.note(f"skipped {s['path']}: {s['reason']}")
    if remaining:
        sys.exit(1)


def _rescan(
    engine: Any, found: list[Located], lines: Callable[[str, bool], dict[str, int]]
) -> list[Located]:
    """What is still there after redaction: the files that had findings, scanned again (so a
    value is reported as gone only when it is really gone)."""
    from tether.scan.sources.machine import MachineChunk, place_by_id

    files: dict[str, tuple[str, str, str | None]] = {}
    for x in found:
        place = place_by_id(x.place)
        files[x.path] = (x.path, x.place, place.fmt if place is not None else None)
    chunk = MachineChunk(tuple(files.values()))
    again, _ = engine.scan_chunk(chunk)
    left = [locate(f, lines) for f in again]
    _mask_records(left, engine)
    return left


def _print_table(found: list[Located], show_values: bool) -> None:
    rows = [
        {
            "rule": x.finding.rule_id,
            "severity": x.finding.severity,
            "location": x.location,
            "secret": x.finding.secret.reveal() if show_values else "****",
            "vault": x.finding.link,
        }
        for x in found
    ]
    columns = ["rule", "severity", "location", "secret"]
    if any(r["vault"] for r in rows):
        columns.append("vault")
    output.table(rows, columns)


def _print_redaction(
    redacted: list[RedactionResult], failures: list[tuple[str, str]], found: list[Located]
) -> None:
    total = sum(r.count for r in redacted)
    output.echo()
    output.echo(f"redacted {total} value(s) in {sum(1 for r in redacted if r.count)} file(s)")
    for path, why in failures:
        output.warn(f"not redacted: {path}: {why}")
    for r in redacted:
        if r.skipped:
            output.warn(f"not redacted: {r.path}: {r.skipped}")
    output.echo()
    output.echo("exposed — rotate these (redaction does not un-leak a key):")
    output.table(_rotate_rows(found), ["rule", "fingerprint", "location", "vault"])


def _print_places(fmt: str) -> None:
    from tether.scan.sources.machine import all_places

    rows = [
        {
            "id": p.id,
            "category": p.category,
            "tool": p.tool,
            "place": p.label,
            "patterns": list(p.patterns),
        }
        for p in all_places()
    ]
    if fmt == "json":
        output.emit_json(rows)
    else:
        output.table(rows, ["id", "category", "tool", "place"])


def _record(found: list[Located], home: str) -> None:
    from tether.client import open_backend
    from tether.lifecycle.findings import FindingRecord

    records = []
    for x in found:
        rec = FindingRecord.from_scan(x.finding)
        records.append(replace(rec, location=x.location))
    result = open_backend().record_findings(records, scope=None)
    output.note(
        f"recorded {len(records)} finding(s): {result.new} new, {result.linked} linked to the vault"
    )
