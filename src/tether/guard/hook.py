"""Run one hook event end to end: raw stdin bytes in, the tool's answer out. Fails closed.

:func:`run` never raises: malformed input, an unknown tool or any exception inside becomes the
tool's block answer (exit 2). The allow path does no more than parse, scan and answer; only a block
opens the vault (to name the reference that already holds the value and to write a ``guard.block``
audit event) and, for a Claude Code prompt, scrubs the transcript and history once and asks the
caller to start a background scrub (see scrub.py).

``TETHER_GUARD_FAULT=1`` in the environment raises inside the guard after the input is parsed: the
test of the fail-closed path.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field

from tether.guard import protocols
from tether.guard.check import Hit, Text, describe, find_secrets, make_engine, message
from tether.guard.events import TOOLS, Check, normalise, speaker
from tether.guard.protocols import Answer
from tether.scan.engine import Engine
from tether.scan.findings import Finding

__all__ = ["ALIASES", "Outcome", "ScrubRequest", "canonical_tool", "run"]

ALIASES = {"claude": "claude-code", "claude-code": "claude-code"}


@dataclass(frozen=True)
class ScrubRequest:
    """What a background scrub must watch: files and the keyed fingerprints (never values)."""

    transcript: str | None
    history: str
    fingerprints: tuple[str, ...]


@dataclass
class Outcome:
    answer: Answer
    hits: list[Hit] = field(default_factory=list)
    scrub: ScrubRequest | None = None


def canonical_tool(name: str) -> str:
    return ALIASES.get(name, name)


class GuardFault(RuntimeError):
    pass


def run(tool: str, raw: bytes) -> Outcome:
    tool = canonical_tool(tool)
    check: Check | None = None
    try:
        if tool not in TOOLS:
            return Outcome(protocols.fail("claude-code", None, "", f"unknown tool {tool!r}"))
        try:
            payload = json.loads(raw.decode("utf-8-sig"))  # a BOM (Windows shells) is not an error
        except (UnicodeDecodeError, ValueError):
            return Outcome(protocols.fail(tool, None, "", "the hook input is not valid JSON"))
        tool = speaker(tool, payload)
        check = normalise(tool, payload)
        if os.environ.get("TETHER_GUARD_FAULT") == "1":
            raise GuardFault("fault injected by TETHER_GUARD_FAULT")
        if check.kind == "observe" or not any(t.data for t in check.texts):
            return Outcome(protocols.allow(tool, check.kind, check.event))
        engine = make_engine()
        found = find_secrets(engine, check.texts)
        if not found:
            return Outcome(protocols.allow(tool, check.kind, check.event))
        return _blocked(check, engine, found)
    except Exception as exc:  # fail closed on anything
        kind = check.kind if check is not None else None
        event = check.event if check is not None else ""
        reason = getattr(exc, "message", None) or type(exc).__name__
        return Outcome(
            protocols.fail(tool if tool in TOOLS else "claude-code", kind, event, reason)
        )


VAULT_BUDGET = 5.0  # seconds the vault may take (keyring, a locked store) before it is skipped


def _vault_hits(check: Check, engine: Engine, found: list[tuple[Finding, Text]]) -> list[Hit]:
    """Describe the hits with the vault's help (the reference already holding a value) and record
    the block. Runs on its own thread: everything it opens stays there."""
    from tether.client import open_backend

    backend = open_backend(required=False)
    if backend is None:
        return describe(found, engine, None)
    try:
        from tether.client import best_match

        def known(value: str) -> str | None:
            m = best_match(backend.match_value(value))
            return str(m.ref) if m is not None else None

        hits = describe(found, engine, known)
        try:
            for h in hits:
                backend.record_event(
                    "guard.block",
                    h.known,
                    "denied",
                    detail=f"tool={check.tool} event={check.event} rule={h.rule_id} fp={h.short_fp}",
                )
        except Exception:  # noqa: S110 - an unwritable audit log does not unblock
            pass
        return hits
    finally:
        backend.close()


def _blocked(check: Check, engine: Engine, found: list[tuple[Finding, Text]]) -> Outcome:
    """The block answer. The vault is opened (if there is one) to name the reference that already
    holds the value and to record the block; a vault that cannot be opened, or does not answer
    within :data:`VAULT_BUDGET` seconds (a keyring prompt, a locked store: the AI tool's hook
    timeout would let the call through), loses only those."""
    result: list[list[Hit]] = []

    def work() -> None:
        try:
            result.append(_vault_hits(check, engine, found))
        except Exception:  # noqa: S110 - best effort, the block stands
            pass

    worker = threading.Thread(target=work, name="tether-guard-vault", daemon=True)
    worker.start()
    worker.join(VAULT_BUDGET)
    hits = result[0] if result else describe(found, engine, None)
    answer = protocols.block(
        check.tool, check.kind, check.event, message(hits, after=check.kind == "post")
    )
    scrub = None
    if check.tool == "claude-code" and check.kind == "prompt":
        from tether.guard.scrub import claude_history_path, scrub_file  # only on a block

        history = claude_history_path()
        fps = tuple(h.fingerprint for h in hits)
        for path in (check.transcript_path, history):
            if not path:
                continue  # the entry may already be there; the background scrub does the rest
            try:
                scrub_file(path, engine, fps)
            except Exception:  # noqa: S110 - the background scrub retries
                pass
        scrub = ScrubRequest(check.transcript_path, history, fps)
    return Outcome(answer, hits, scrub)
