"""One thin adapter per AI tool: a decision → that tool's exact stdout, exit code and stderr.

| tool | event kind | allow | block |
|---|---|---|---|
| Claude Code | prompt | exit 0, empty stdout | ``{"decision":"block","reason":…}`` |
| Claude Code | pre | exit 0, empty stdout | ``{"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"deny",…}}`` |
| Claude Code | post | exit 0, empty stdout | ``{"decision":"block","reason":…}`` |
| Codex | prompt / pre / post | exactly ``{}`` | as Claude Code (Codex fails open on any unknown field) |
| Cursor | prompt | ``{"continue":true}`` | ``{"continue":false,"user_message":…}`` |
| Cursor | pre | ``{"permission":"allow"}`` | ``{"permission":"deny","user_message":…,"agent_message":…}`` |
| Gemini CLI | any | ``{}`` | ``{"decision":"deny","reason":…}`` |

Observe-only events get the allow answer of their tool (``{}`` for Cursor).

A failure (malformed input, an exception inside the guard, an unknown tool) blocks: exit 2 with a
one-line reason on stderr, which every one of these tools treats as a block. Cursor and Gemini also get
their deny JSON on stdout; Claude Code and Codex ignore stdout on exit 2, and Codex treats any output
it does not understand as a failed hook that lets the call run, so they get none. Never "ask": Codex
rejects it and Cursor ignores it in Auto-review.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

__all__ = ["Answer", "allow", "block", "fail"]

FAIL_EXIT = 2


@dataclass(frozen=True)
class Answer:
    stdout: str  # the whole of stdout (JSON or empty)
    exit_code: int
    stderr: str = ""
    blocked: bool = False


def _dump(data: object) -> str:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def allow(tool: str, kind: str, event: str = "") -> Answer:
    if tool == "claude-code":
        return Answer("", 0)
    if tool == "codex":
        return Answer("{}", 0)
    if tool == "gemini":
        return Answer("{}", 0)
    if tool == "cursor":
        if kind == "prompt":
            return Answer(_dump({"continue": True}), 0)
        if kind == "pre":
            return Answer(_dump({"permission": "allow"}), 0)
        return Answer("{}", 0)
    raise ValueError(f"unknown tool {tool}")


def _deny_json(tool: str, kind: str, event: str, reason: str) -> dict[str, object] | None:
    if tool in ("claude-code", "codex"):
        if kind == "pre":
            return {
                "hookSpecificOutput": {
                    "hookEventName": "PreToolUse",
                    "permissionDecision": "deny",
                    "permissionDecisionReason": reason,
                }
            }
        if kind in ("prompt", "post"):
            return {"decision": "block", "reason": reason}
        return None
    if tool == "gemini":
        return {"decision": "deny", "reason": reason}
    if tool == "cursor":
        if kind == "prompt":
            return {"continue": False, "user_message": reason}
        if kind == "pre":
            return {"permission": "deny", "user_message": reason, "agent_message": reason}
        return None
    return None


def block(tool: str, kind: str, event: str, reason: str) -> Answer:
    """The tool's block answer for an event the guard understood (exit 0 with a deny JSON)."""
    data = _deny_json(tool, kind, event, reason)
    if data is None:  # an observe-only event cannot be blocked: say so the tool's hard way
        return Answer("", FAIL_EXIT, reason + "\n", blocked=True)
    return Answer(_dump(data), 0, blocked=True)


def fail(tool: str, kind: str | None, event: str, reason: str) -> Answer:
    """Fail closed: exit 2 and a short reason; a deny JSON where the tool reads one on exit 2."""
    text = f"tether guard: blocked because the guard could not check this ({reason})"
    stdout = ""
    if tool == "cursor":
        if kind in ("prompt", "pre"):
            stdout = _dump(_deny_json(tool, kind, event, text))
        else:  # unknown event: say no in both Cursor dialects
            stdout = _dump(
                {
                    "continue": False,
                    "permission": "deny",
                    "user_message": text,
                    "agent_message": text,
                }
            )
    elif tool == "gemini":
        stdout = _dump({"decision": "deny", "reason": text})
    return Answer(stdout, FAIL_EXIT, text + "\n", blocked=True)
