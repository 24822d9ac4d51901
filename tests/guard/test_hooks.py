"""Each hook, fed its tool's recorded event, blocks a secret and allows a clean one, in that tool's
exact protocol; anything that goes wrong inside blocks; the value never appears in the output."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_tether
from tests.guard.support import CLEAN, event_files, hook, kind_of, load_event, new_token
from tether.guard.check import suggest_reference

ALL = event_files()
DECIDING = [n for n in ALL if kind_of(n) != "observe"]
OBSERVE = [n for n in ALL if kind_of(n) == "observe"]
TOOLS = ("claude-code", "cursor", "gemini", "codex")


def _tool(name: str) -> str:
    return name.split("/", 1)[0]


def _prepare(name: str, value: str, project: Path) -> str:
    if name.endswith("pre_tool_use_read"):  # Read is checked against the file on disk
        (project / "settings.ini").write_text(f"[gh]\ngithub_token = {value}\n")
    return load_event(name, value, project)


def _assert_no_value(value: str, *texts: str) -> None:
    for text in texts:
        assert value not in text
        assert value[4:16] not in text  # nor a piece of it past the provider prefix


def _reason_of(tool: str, kind: str, answer: dict[str, object]) -> str:
    """Check the answer is exactly the tool's block shape and return its message."""
    if tool in ("claude-code", "codex") and kind == "pre":
        assert set(answer) == {"hookSpecificOutput"}
        out = answer["hookSpecificOutput"]
        assert isinstance(out, dict)
        assert set(out) == {"hookEventName", "permissionDecision", "permissionDecisionReason"}
        assert out["hookEventName"] == "PreToolUse"
        assert out["permissionDecision"] == "deny"
        return str(out["permissionDecisionReason"])
    if tool in ("claude-code", "codex"):
        assert set(answer) == {"decision", "reason"} and answer["decision"] == "block"
        return str(answer["reason"])
    if tool == "gemini":
        assert set(answer) == {"decision", "reason"} and answer["decision"] == "deny"
        return str(answer["reason"])
    if kind == "prompt":
        assert set(answer) == {"continue", "user_message"} and answer["continue"] is False
        return str(answer["user_message"])
    assert set(answer) == {"permission", "user_message", "agent_message"}
    assert answer["permission"] == "deny"
    assert answer["user_message"] == answer["agent_message"]
    return str(answer["user_message"])


ALLOW = {
    ("claude-code", "prompt"): "",
    ("claude-code", "pre"): "",
    ("claude-code", "post"): "",
    ("claude-code", "observe"): "",
    ("codex", "prompt"): "{}",
    ("codex", "pre"): "{}",
    ("gemini", "prompt"): "{}",
    ("gemini", "pre"): "{}",
    ("gemini", "post"): "{}",
    ("cursor", "prompt"): '{"continue":true}',
    ("cursor", "pre"): '{"permission":"allow"}',
    ("cursor", "observe"): "{}",
}


@pytest.mark.parametrize("name", DECIDING)
def test_secret_is_blocked_in_the_tools_protocol(guard_env: Path, name: str) -> None:
    value = new_token()
    tool, kind = _tool(name), kind_of(name)
    code, out, err = hook(tool, _prepare(name, value, guard_env))
    assert code == 0, err
    assert err == ""
    reason = _reason_of(tool, kind, json.loads(out))
    assert "github-pat" in reason
    assert re.search(r"fingerprint [0-9a-f]{8}\b", reason)
    assert "tether set tether://dev/github/" in reason
    _assert_no_value(value, out, err)


@pytest.mark.parametrize("name", ALL)
def test_clean_event_is_allowed_with_the_exact_allow_answer(guard_env: Path, name: str) -> None:
    tool, kind = _tool(name), kind_of(name)
    code, out, err = hook(tool, _prepare(name, CLEAN, guard_env))
    assert (code, out, err) == (0, ALLOW[(tool, kind)], "")


@pytest.mark.parametrize("name", OBSERVE)
def test_observe_only_events_are_allowed(guard_env: Path, name: str) -> None:
    value = new_token()
    code, out, err = hook(_tool(name), _prepare(name, value, guard_env))
    assert (code, out, err) == (0, ALLOW[(_tool(name), "observe")], "")


def test_claude_alias(guard_env: Path) -> None:
    value = new_token()
    code, out, _ = hook("claude", load_event("claude-code/user_prompt_submit", value, guard_env))
    assert code == 0 and json.loads(out)["decision"] == "block"


FAIL_STDOUT = {
    "claude-code": lambda out: out == "",
    "codex": lambda out: out == "",
    "gemini": lambda out: json.loads(out)["decision"] == "deny",
    "cursor": lambda out: json.loads(out)["continue"] is False,
}


@pytest.mark.parametrize("tool", TOOLS)
def test_a_crash_inside_the_guard_blocks(guard_env: Path, tool: str) -> None:
    name = {
        "claude-code": "claude-code/user_prompt_submit",
        "codex": "codex/pre_tool_use_bash",
        "gemini": "gemini/before_tool_shell",
        "cursor": "cursor/before_submit_prompt",
    }[tool]
    code, out, err = hook(tool, load_event(name, CLEAN, guard_env), TETHER_GUARD_FAULT="1")
    assert code == 2
    assert "tether guard: blocked" in err and "GuardFault" in err
    assert FAIL_STDOUT[tool](out)


@pytest.mark.parametrize("tool", TOOLS)
@pytest.mark.parametrize(
    "stdin",
    [b"not json {", b"", b"[]", b"{}", b'{"hook_event_name": 7}', b'{"prompt": "\xff\xfe"}'],
)
def test_malformed_input_blocks(guard_env: Path, tool: str, stdin: bytes) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tether.cli", "guard", tool],
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith("tether guard: blocked")


def test_fingerprint_matches_tether_scan(guard_env: Path) -> None:
    value = new_token()
    code, out, _ = hook("gemini", load_event("gemini/before_agent", value, guard_env))
    short = re.search(r"fingerprint ([0-9a-f]{8})", json.loads(out)["reason"])
    scan = run_tether("scan", "-", "--format", "json", "--no-vault", input=f"GITHUB_TOKEN={value}")
    assert short is not None and code == 0
    assert json.loads(scan.stdout)["findings"][0]["fingerprint"].startswith(short.group(1))


def test_cursor_failure_on_an_unknown_event_denies_in_both_dialects(guard_env: Path) -> None:
    code, out, _ = hook("cursor", "{}")
    answer = json.loads(out)
    assert code == 2 and answer["continue"] is False and answer["permission"] == "deny"


def test_unknown_tool_is_a_usage_error(guard_env: Path) -> None:
    proc = run_tether("guard", "copilot", input="{}")
    assert proc.returncode == 2


def test_read_of_a_missing_file_is_allowed(guard_env: Path) -> None:
    code, out, err = hook(
        "claude-code", load_event("claude-code/pre_tool_use_read", CLEAN, guard_env)
    )
    assert (code, out, err) == (0, "", "")


def test_edit_removing_a_secret_is_allowed(guard_env: Path) -> None:
    value = new_token()
    event = {
        "session_id": "s",
        "transcript_path": str(guard_env / "t.jsonl"),
        "cwd": str(guard_env),
        "hook_event_name": "PreToolUse",
        "tool_name": "Edit",
        "tool_input": {
            "file_path": str(guard_env / "a.py"),
            "old_string": f'TOKEN = "{value}"',
            "new_string": 'TOKEN = os.environ["GITHUB_TOKEN"]',
        },
    }
    code, out, _ = hook("claude-code", json.dumps(event))
    assert (code, out) == (0, "")


def test_inline_allow_is_honoured(guard_env: Path) -> None:
    value = new_token()
    event = {"hook_event_name": "UserPromptSubmit", "prompt": f"x = '{value}'  # tether:allow"}
    assert hook("claude-code", json.dumps(event)) == (0, "", "")


def test_value_already_in_the_vault_is_named_and_the_block_audited(
    guard_env: Path, initialized: Path
) -> None:
    value = new_token()
    stored = run_tether("set", "tether://dev/gh/token", input=value)
    assert stored.returncode == 0, stored.stderr
    code, out, err = hook("codex", load_event("codex/pre_tool_use_bash", value, guard_env))
    reason = json.loads(out)["hookSpecificOutput"]["permissionDecisionReason"]
    assert code == 0
    assert "This value is tether://dev/gh/token" in reason
    log = run_tether("audit", "log", "--action", "guard.block", "--json")
    assert log.returncode == 0, log.stderr
    events = json.loads(log.stdout)
    assert len(events) == 1
    assert events[0]["ref"] == "tether://dev/gh/token"
    assert "tool=codex event=PreToolUse rule=github-pat fp=" in events[0]["detail"]
    _assert_no_value(value, out, err, log.stdout)
    _assert_no_value(value, (initialized / "tether.db").read_bytes().decode("latin-1"))


@pytest.mark.parametrize(
    ("name", "provider", "ref"),
    [
        ("OPENAI_API_KEY", "OpenAI", "tether://dev/openai/api_key"),
        ("GITHUB_TOKEN", "GitHub", "tether://dev/github/token"),
        ("stripe.secretKey", "Stripe", "tether://dev/stripe/secretkey"),
        ("oauth_token", "GitHub", "tether://dev/github/oauth_token"),
        ("password", "generic", "tether://dev/secret/api_key"),
        ("DB_PASSWORD", "generic", "tether://dev/db/password"),
        (None, "GitHub", "tether://dev/github/api_key"),
        ("token", "generic", "tether://dev/secret/api_key"),
    ],
)
def test_suggested_reference(name: str | None, provider: str, ref: str) -> None:
    assert suggest_reference(name, provider) == ref
