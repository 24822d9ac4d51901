"""In-process checks of the normaliser, the adapters and the scrub loop (no subprocess)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.guard.support import new_token
from tether.errors import UsageError
from tether.guard import protocols
from tether.guard.events import normalise


def _texts(tool: str, payload: dict[str, object]) -> list[bytes]:
    return [t.data for t in normalise(tool, payload).texts]


def test_edit_scans_only_the_new_text() -> None:
    payload = {
        "hook_event_name": "PreToolUse",
        "tool_name": "Edit",
        "tool_input": {"file_path": "/a.py", "old_string": "OLD", "new_string": "NEW"},
    }
    assert _texts("claude-code", payload) == [b"NEW"]


def test_gemini_replace_and_read_file_with_absolute_path(tmp_path: Path) -> None:
    (tmp_path / "f.txt").write_text("contents")
    replace = {
        "hook_event_name": "BeforeTool",
        "tool_name": "replace",
        "tool_input": {"file_path": "x", "old_string": "a", "new_string": "b"},
    }
    read = {
        "hook_event_name": "BeforeTool",
        "tool_name": "read_file",
        "tool_input": {"absolute_path": str(tmp_path / "f.txt")},
    }
    assert _texts("gemini", replace) == [b"b"]
    assert _texts("gemini", read) == [b"contents"]


def test_relative_read_uses_the_event_cwd(tmp_path: Path) -> None:
    (tmp_path / "conf.ini").write_text("k = v")
    payload = {
        "hook_event_name": "PreToolUse",
        "cwd": str(tmp_path),
        "tool_name": "Read",
        "tool_input": {"file_path": "conf.ini"},
    }
    assert _texts("claude-code", payload) == [b"k = v"]


def test_other_tools_are_flattened_with_key_names() -> None:
    payload = {
        "hook_event_name": "PreToolUse",
        "tool_name": "mcp__db__query",
        "tool_input": {"sql": "select 1", "auth": {"password": "pw"}, "tags": ["a", "b"], "n": 3},
    }
    assert _texts("codex", payload) == [b"sql=select 1\npassword=pw\ntags=a\ntags=b"]


def test_cursor_mcp_input_is_a_json_string_and_prompt_attachments_are_read(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("attached text")
    mcp = {"hook_event_name": "beforeMCPExecution", "tool_name": "t", "tool_input": '{"q": "x"}'}
    prompt = {
        "hook_event_name": "beforeSubmitPrompt",
        "prompt": "hi",
        "workspace_roots": [str(tmp_path)],
        "attachments": [
            {"type": "file", "filePath": "notes.md"},
            {"type": "rule", "filePath": "r"},
        ],
    }
    assert _texts("cursor", mcp) == [b"q=x"]
    assert _texts("cursor", prompt) == [b"hi", b"attached text"]


@pytest.mark.parametrize("payload", [[], "x", {}, {"hook_event_name": None}])
def test_not_an_event(payload: object) -> None:
    with pytest.raises(UsageError):
        normalise("claude-code", payload)


def test_unknown_events_are_observe_only() -> None:
    check = normalise("claude-code", {"hook_event_name": "Stop", "prompt": "x"})
    assert check.kind == "observe" and check.texts == []


def test_allow_answers_are_exact() -> None:
    assert protocols.allow("claude-code", "pre").stdout == ""
    assert protocols.allow("codex", "pre").stdout == "{}"
    assert protocols.allow("gemini", "prompt").stdout == "{}"
    assert json.loads(protocols.allow("cursor", "pre").stdout) == {"permission": "allow"}


def test_scrub_until_polls_until_the_deadline(tmp_path: Path) -> None:
    from tether.guard.scrub import scrub_until
    from tether.scan.engine import Engine

    engine = Engine(key=b"k" * 32, jobs=1)
    value = new_token()
    path = tmp_path / "t.jsonl"
    now = [0.0]
    writes = {2.0: json.dumps({"m": f"GITHUB_TOKEN={value}"}) + "\n"}
    fp = engine.scan_bytes(f"GITHUB_TOKEN={value}".encode())[0].fingerprint

    def sleep(seconds: float) -> None:
        now[0] += seconds
        if now[0] in writes:
            path.write_text(writes.pop(now[0]))

    total = scrub_until(
        [str(path)], engine, {fp}, 3.0, interval=1.0, clock=lambda: now[0], sleep=sleep
    )
    assert total == 1 and now[0] == 3.0
    assert value not in path.read_text()
