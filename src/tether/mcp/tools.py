"""What the MCP tools do, without MCP: plain methods over a ``Backend`` that return JSON-able dicts.

Every method returns references and metadata, never a value, never a fingerprint of a vault value.
The one place values exist in memory is :meth:`AgentTools.prepare_run` (resolved for the child) and
the scanner's findings (plaintext the agent itself supplied or pointed at); neither is returned.

The backend is used from one thread only (the server's event loop thread): SQLite connections are
bound to the thread that opened them.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tether.client import Backend, ItemInfo, ItemMeta, best_match
from tether.errors import (
    AccessDeniedError,
    DecryptionError,
    FileSafetyError,
    NotFoundError,
    ScanError,
    TetherError,
    UsageError,
)
from tether.refs import SCHEME, Reference, parse

if TYPE_CHECKING:
    from tether.mcp.runner import Captured
    from tether.scan.engine import Engine
    from tether.scan.findings import Finding

__all__ = ["AgentTools", "Options", "PreparedRun"]

_VAR_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_TS_FMT = "%Y-%m-%dT%H:%M:%SZ"
MAX_SCAN_BYTES = 10 * 1024 * 1024
MAX_TEXT_CHARS = 1024 * 1024
_TOKEN = re.compile(rb"[^\s\"'`,;()\[\]{}<>]{8,4096}")
_MIN_TOKEN = 8  # shorter output tokens are not looked up in the vault
_MAX_TOKEN = 4096
_MAX_CANDIDATES = 20_000  # distinct tokens looked up per stream (about 1 s at worst)


@dataclass(frozen=True)
class Options:
    """What the agent may do. ``vaults`` (case-folded names) limits what it sees; ``None``: all."""

    vaults: frozenset[str] | None = None
    allow_run: bool = True
    allow_request: bool = True
    max_output: int = 64 * 1024  # bytes of each stream returned to the agent
    lookahead: int = 64 * 1024  # bytes captured past max_output so a cut value is still found
    default_timeout: int = 60
    max_timeout: int = 600
    request_ttl: int = 600  # seconds a request_secret page stays valid

    def allows(self, vault: str) -> bool:
        return self.vaults is None or vault.casefold() in self.vaults


@dataclass
class PreparedRun:
    """A command ready to start: its environment and the values to mask (never returned)."""

    argv: list[str]
    env: dict[str, str]
    cwd: str | None
    timeout: int
    secrets: list[str] = field(default_factory=list)
    variables: dict[str, str] = field(default_factory=dict)  # variable -> reference (text)
    leases: list[str] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"PreparedRun(argv0={self.argv[0]!r}, variables={sorted(self.variables)})"


def _age_days(ts: str | None, now: datetime) -> int | None:
    if not ts:
        return None
    try:
        when = datetime.strptime(ts, _TS_FMT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return max(0, (now - when).days)


def describe_item(item: ItemInfo, now: datetime | None = None) -> dict[str, Any]:
    """An item's metadata for an agent: references and facts, never values or fingerprints."""
    now = now or datetime.now(UTC)
    expired = None
    if item.expires_at:
        expired = item.expires_at <= now.strftime(_TS_FMT)
    return {
        "ref": item.ref,
        "vault": item.vault,
        "item": item.name,
        "fields": [
            {"ref": f"{item.ref}/{name}", "field": name, "version": version}
            for name, version in item.fields.items()
        ],
        "owner": item.owner,
        "environment": item.environment,
        "tags": list(item.tags),
        "temporary": item.temporary,
        "expires_at": item.expires_at,
        "expired": expired,
        "provider": item.rotator,
        "rotation_days": item.rotation_days,
        "review_days": item.review_days,
        "created_at": item.created_at or None,
        "age_days": _age_days(item.created_at, now),
        "rotated_at": item.rotated_at,
        "days_since_rotation": _age_days(item.rotated_at or item.created_at, now),
        "updated_at": item.updated_at or None,
    }


def _reason(exc: TetherError) -> str:
    if isinstance(exc, NotFoundError):
        return "not_found"
    if isinstance(exc, AccessDeniedError):
        return "expired" if "expired" in exc.message else "access_denied"
    if isinstance(exc, DecryptionError):
        return "undecryptable"
    if isinstance(exc, UsageError):
        return "invalid"
    return "error"


def _error_info(exc: TetherError) -> dict[str, Any]:
    return {"reason": _reason(exc), "message": exc.message, "hint": exc.hint}


class AgentTools:
    """The tools an agent gets. ``engine`` builds the scanner on first use (it loads the rules)."""

    def __init__(
        self,
        backend: Backend,
        options: Options,
        engine: Callable[[], Engine] | None = None,
    ) -> None:
        self.backend = backend
        self.options = options
        self._engine_factory = engine
        self._engine: Engine | None = None
        self._engine_lock = threading.Lock()

    # -- access ------------------------------------------------------------------------------

    def check_vault(self, vault: str) -> None:
        if not self.options.allows(vault):
            raise AccessDeniedError(
                f"vault {vault} is not available to this agent",
                hint="the MCP server was started with --vault; ask the user to add it",
            )

    def parse_ref(self, text: str) -> Reference:
        ref = parse(text.strip())
        self.check_vault(ref.vault)
        return ref

    # -- listing ------------------------------------------------------------------------------

    def list_vaults(self) -> dict[str, Any]:
        vaults = [v for v in self.backend.list_vaults() if self.options.allows(v.name)]
        return {
            "vaults": [
                {"name": v.name, "items": v.items, "created_at": v.created_at} for v in vaults
            ]
        }

    def list_secrets(self, vault: str | None = None) -> dict[str, Any]:
        if vault is not None:
            self.check_vault(vault)
            items = self.backend.list_items(vault)
        elif self.options.vaults is None:
            items = self.backend.list_items(None)
        else:
            items = []
            for v in self.backend.list_vaults():
                if self.options.allows(v.name):
                    items.extend(self.backend.list_items(v.name))
        now = datetime.now(UTC)
        return {"secrets": [describe_item(i, now) for i in items], "count": len(items)}

    def check_reference(self, text: str) -> tuple[dict[str, Any], str]:
        """Whether ``text`` parses and decrypts; the audit result ("ok", "denied", "error")."""
        out: dict[str, Any] = {"ref": text, "parses": False, "resolves": False}
        try:
            ref = parse(text.strip())
        except TetherError as exc:
            out.update(_error_info(exc))
            return out, "error"
        out["parses"] = True
        out["ref"] = str(ref)
        stage = "item"
        try:
            self.check_vault(ref.vault)
            item = self.backend.get_item(ref)
            out["item"] = describe_item(item)
            stage = "field"
            if ref.field is not None and ref.field.casefold() not in {
                f.casefold() for f in item.fields
            }:
                raise NotFoundError(
                    f"{ref.without_version()} has no field {ref.field}",
                    hint=f"its fields: {', '.join(sorted(item.fields)) or 'none'}",
                )
            stage = "value"
            value = self.backend.read(ref)  # decrypts, then the value is dropped
            del value
        except TetherError as exc:
            out.update(_error_info(exc))
            if isinstance(exc, NotFoundError):
                out["reason"] = self._missing(ref, stage)
            return out, "denied" if isinstance(exc, AccessDeniedError) else "error"
        out["resolves"] = True
        return out, "ok"

    def _missing(self, ref: Reference, stage: str) -> str:
        """Which part of a reference does not exist: vault, item, field or version."""
        if stage == "item":
            try:
                names = {v.name.casefold() for v in self.backend.list_vaults()}
            except TetherError:
                return "not_found"
            return "unknown_item" if ref.vault.casefold() in names else "unknown_vault"
        if stage == "field":
            return "unknown_field"
        return "unknown_version" if ref.version is not None else "not_found"

    # -- creating -----------------------------------------------------------------------------

    def check_writable_ref(self, text: str) -> Reference:
        ref = self.parse_ref(text)
        if ref.version is not None:
            raise UsageError(
                "cannot write to a specific version", hint="drop ?version=N from the reference"
            )
        return ref

    def current_version(self, ref: Reference) -> int | None:
        """The version a write to ``ref`` would replace (``None``: it would create the field)."""
        try:
            item = self.backend.get_item(ref)
        except TetherError:
            return None
        if ref.field is None:
            return next(iter(item.fields.values())) if len(item.fields) == 1 else None
        for name, version in item.fields.items():
            if name.casefold() == ref.field.casefold():
                return version
        return None

    def store_value(self, ref: Reference, value: str, requester: str) -> int:
        """Store what the human typed on the local page; returns the new version number."""
        info = self.backend.set_value(ref, value, meta=ItemMeta(), create_vault=True)
        self.backend.record_event(
            "mcp.request_secret.stored",
            info.ref,
            "ok",
            f"entered on the local page for {requester}",
        )
        return info.version

    # -- running ------------------------------------------------------------------------------

    def prepare_run(
        self,
        command: Sequence[str],
        env: Mapping[str, str],
        env_file: str | None,
        cwd: str | None,
        timeout_seconds: int | None,
    ) -> PreparedRun:
        """Resolve the references for a command; raises before anything starts."""
        from tether.client.lifecycle_api import resolve_with_leases
        from tether.runtime.resolve import (
            DANGEROUS_NAMES,
            TOKEN_VARIABLES,
            build_child_env,
            resolve_named,
        )

        if not self.options.allow_run:
            raise AccessDeniedError(
                "running commands is turned off for this agent",
                hint="the MCP server was started with --no-run",
            )
        argv = [str(a) for a in command]
        if not argv or not argv[0]:
            raise UsageError("no command given", hint='pass the argv list, e.g. ["npm", "test"]')
        timeout = self.options.default_timeout if timeout_seconds is None else timeout_seconds
        if timeout < 1 or timeout > self.options.max_timeout:
            raise UsageError(
                f"timeout_seconds must be between 1 and {self.options.max_timeout}",
                hint="split long jobs or ask the user to run them",
            )
        if cwd is not None and not os.path.isdir(cwd):
            raise UsageError(f"cwd {cwd} is not a folder", hint="pass an existing folder")
        named: dict[str, Reference] = {}
        literal: dict[str, str] = {}
        for name, value in env.items():
            if not _VAR_NAME.match(name):
                raise UsageError(
                    f"{name!r} is not a valid variable name", hint="use letters, digits and _"
                )
            if name.upper() in DANGEROUS_NAMES or name.upper() in TOKEN_VARIABLES:
                raise FileSafetyError(
                    f"refusing to set {name}, which can change what programs run",
                    hint="ask the user to run the command with `tether run` instead",
                )
            if value.strip().startswith(SCHEME):
                named[name] = self.parse_ref(value)
            else:
                literal[name] = value
        if env_file is not None:
            path = env_file if cwd is None else os.path.join(cwd, env_file)
            env_files = [path]
        else:
            env_files = []
        leases: list[str] = []

        def resolver(refs: Sequence[Reference]) -> Mapping[Reference, str]:
            for ref in refs:
                self.check_vault(ref.vault)
            values, taken = resolve_with_leases(self.backend, refs)
            leases.extend(taken)
            return values

        # the server's own environment is passed on, but references in it are not resolved
        inherited = {k: v for k, v in os.environ.items() if not v.strip().startswith(SCHEME)}
        try:
            child = build_child_env(env_files, inherited, resolver)
            resolved = resolve_named(named, resolver)
        except BaseException:
            self.end_leases(leases)
            raise
        child_env = dict(child.env)
        child_env.update(literal)
        child_env.update(resolved)
        variables = {k: str(r) for k, r in child.references.items()}
        variables.update({k: str(r) for k, r in named.items()})
        return PreparedRun(
            argv=argv,
            env=child_env,
            cwd=cwd,
            timeout=timeout,
            secrets=[*child.secrets, *resolved.values()],
            variables=variables,
            leases=leases,
        )

    def end_leases(self, leases: list[str]) -> None:
        for lease_id in leases:
            try:
                self.backend.end_lease(lease_id)
            except TetherError:
                pass  # the lease's TTL still bounds it
        leases.clear()

    def finish_run(self, prepared: PreparedRun, captured: Captured) -> dict[str, Any]:
        """The agent's view of a finished command: output masked, then scanned and redacted."""
        out: dict[str, Any] = {
            "exit_code": captured.exit_code,
            "timed_out": captured.timed_out,
            "duration_ms": round(captured.duration * 1000),
            "variables": prepared.variables,
        }
        redacted = 0
        for name, data, truncated in (
            ("stdout", captured.stdout, captured.stdout_truncated),
            ("stderr", captured.stderr, captured.stderr_truncated),
        ):
            text, known = self._conceal_vault_values(data)
            text, n = self._redact(text)
            n += known
            text, cut = _truncate(text, self.options.max_output)
            out[name] = text.decode("utf-8", "replace")
            out[f"{name}_truncated"] = truncated or cut
            redacted += n
        out["redacted_by_scanner"] = redacted
        return out

    # -- scanning -----------------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            if self._engine_factory is not None:
                self._engine = self._engine_factory()
            else:
                from tether.scan.engine import Engine
                from tether.scan.userkey import user_key

                self._engine = Engine(key=user_key(), jobs=1)
        return self._engine

    def _vault_ref(self, value: str) -> str | None:
        """The reference of the managed secret this plaintext copies, within the allowed vaults."""
        try:
            matches = self.backend.match_value(value)
        except TetherError:
            return None
        best = best_match([m for m in matches if self.options.allows(m.ref.split("/")[2])])
        return best.ref if best is not None else None

    def _conceal_vault_values(self, data: bytes) -> tuple[bytes, int]:
        """Replace every token of the output that is a value held in the vault (any vault, any
        version), found by keyed fingerprint: a value the command got some other way than this
        call's references (``tether read`` in a child, ``cat .env``, a dump of the environment).
        A value of a vault this agent may see becomes ``[REDACTED:tether://…]``, any other
        ``<concealed by tether>``. Returns the text and how many distinct values were replaced."""
        from tether.runtime.mask import MASK

        if not data:
            return data, 0
        candidates: set[bytes] = set()
        for line in data.splitlines():
            line = line.strip()
            if _MIN_TOKEN <= len(line) <= _MAX_TOKEN:
                candidates.add(line)
            for m in _TOKEN.finditer(line):
                token = m.group()
                candidates.add(token)
                for sep in (b"=", b":"):
                    if sep in token:
                        candidates.add(token.split(sep, 1)[1])
        found: list[tuple[bytes, bytes]] = []
        for c in sorted(candidates, key=len, reverse=True)[:_MAX_CANDIDATES]:
            if not _MIN_TOKEN <= len(c) <= _MAX_TOKEN:
                continue
            value = c.decode("utf-8", "surrogateescape")
            try:
                if not self.backend.match_value(value):
                    continue
            except TetherError:
                continue
            ref = self._vault_ref(value)
            found.append((c, f"[REDACTED:{ref}]".encode() if ref else MASK))
        for plain, replacement in found:  # longest first
            data = data.replace(plain, replacement)
        return data, len(found)

    def _redact(self, data: bytes) -> tuple[bytes, int]:
        from tether.scan.redact import redact

        if not data:
            return data, 0

        def replacement(f: Finding) -> str:
            ref = self._vault_ref(f.secret.reveal())
            return f"[REDACTED:{ref or f.rule_id}]"

        with self._engine_lock:
            return redact(data, self.engine, replacement, path="output")

    def scan(self, data: bytes, path: str, kind: str) -> list[Finding]:
        """Scanner findings in ``data``; pure (no backend), so it may run on a worker thread."""
        from tether.scan.findings import Provenance

        with self._engine_lock:
            found, _ = self.engine.scan_blob(data, Provenance(kind=kind, path=path))
        return found

    def describe_findings(self, found: Sequence[Finding]) -> list[dict[str, Any]]:
        """Findings as the agent sees them: where and what kind, linked to the vault; no value."""
        out: list[dict[str, Any]] = []
        for f in found:
            ref = self._vault_ref(f.secret.reveal())
            out.append(
                {
                    "rule_id": f.rule_id,
                    "description": f.description,
                    "severity": f.severity,
                    "line": f.line,
                    "column": f.column,
                    "fingerprint": f.fingerprint[:16],
                    "ref": ref,
                    "managed": ref is not None,
                }
            )
        return out

    def scan_text(self, text: str) -> dict[str, Any]:
        if len(text) > MAX_TEXT_CHARS:
            raise UsageError(
                f"text is longer than {MAX_TEXT_CHARS} characters", hint="use scan_file instead"
            )
        found = self.scan(text.encode("utf-8", "surrogateescape"), "text", "mcp")
        findings = self.describe_findings(found)
        return {"findings": findings, "count": len(findings)}

    def scan_file_pure(self, path: str) -> tuple[str, list[Finding]]:
        """Read and scan a file (no backend: may run on a worker thread)."""
        _refuse_private(path)
        p = Path(path)
        try:
            st = p.stat()
        except FileNotFoundError:
            raise UsageError(f"{path} does not exist", hint="check the path") from None
        except OSError as exc:
            raise ScanError(
                f"cannot read {path}: {exc.strerror}", hint="check permissions"
            ) from None
        if not p.is_file():
            raise UsageError(f"{path} is not a regular file", hint="pass a file, not a folder")
        if st.st_size > MAX_SCAN_BYTES:
            raise UsageError(
                f"{path} is larger than {MAX_SCAN_BYTES // (1024 * 1024)} MB",
                hint="ask the user to run `tether scan` on it",
            )
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise ScanError(
                f"cannot read {path}: {exc.strerror}", hint="check permissions"
            ) from None
        return str(p), self.scan(data, str(p), "file")

    def scan_file(self, path: str) -> dict[str, Any]:
        name, found = self.scan_file_pure(path)
        findings = self.describe_findings(found)
        return {"path": name, "findings": findings, "count": len(findings)}


_PROC_PRIVATE = re.compile(r"^/proc/[^/]+/(?:task/[^/]+/)?(?:environ|mem|cmdline|auxv)$")


def _private_roots() -> list[str]:
    """Folders that hold tether's own secrets: the store, the root key, the scanner's keyed
    fingerprint key (an agent must not scan them, not even for fingerprints)."""
    from tether import paths
    from tether.scan.hs import cache_dir

    roots = {paths.data_dir(), paths.config_dir(), paths.store_path().parent, paths.key_path()}
    out = [os.path.realpath(r) for r in roots] + [os.path.realpath(cache_dir())]
    if os.environ.get("TETHER_HOME"):
        out.append(os.path.realpath(os.environ["TETHER_HOME"]))
    return out


def _refuse_private(path: str) -> None:
    """Refuse tether's own files and other processes' environments and memory."""
    real = os.path.realpath(path)
    for root in _private_roots():
        if real == root or real.startswith(root.rstrip(os.sep) + os.sep):
            raise AccessDeniedError(
                f"{path} is one of tether's own files; agents may not scan it",
                hint="scan your project's files instead",
            )
    if _PROC_PRIVATE.match(real) or _PROC_PRIVATE.match(os.path.normpath(path)):
        raise AccessDeniedError(
            f"{path} holds a process's environment or memory; agents may not scan it",
            hint="scan files, not processes",
        )


def _truncate(data: bytes, limit: int) -> tuple[bytes, bool]:
    """At most ``limit`` bytes, cut at a line end (a cut line could hold a cut value)."""
    if len(data) <= limit:
        return data, False
    cut = data[:limit]
    nl = cut.rfind(b"\n")
    return (cut[: nl + 1] if nl >= 0 else b""), True
