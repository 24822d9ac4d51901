"""After a blocked Claude Code prompt, the prompt is scrubbed from the transcript (even when the
transcript is written after the hook answered) and from history.jsonl; nothing else changes."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

from tests.conftest import run_tether
from tests.guard.support import hook, load_event, new_token
from tether.scan.findings import fingerprint
from tether.scan.userkey import user_key


def _transcript_lines(prompt: str, other_secret: str) -> list[bytes]:
    rows = [
        {"type": "summary", "summary": "Fix deploy", "leafUuid": "a1"},
        {
            "parentUuid": None,
            "type": "user",
            "message": {"role": "user", "content": prompt},
            "uuid": "u-1",
            "timestamp": "2026-11-28T17:40:12.345Z",
            "cwd": "/work/app",
            "sessionId": "9f2c1a7e",
        },
        {
            "type": "assistant",
            "message": {"role": "assistant", "content": [{"type": "text", "text": "ok"}]},
            "uuid": "a-1",
        },
        {"type": "user", "message": {"role": "user", "content": f"old: GH_TOKEN={other_secret}"}},
    ]
    return [json.dumps(r).encode() + b"\n" for r in rows]


def _wait_for(predicate: object, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def test_blocked_prompt_is_scrubbed_from_late_transcript_and_history(
    guard_env: Path, tmp_path: Path
) -> None:
    value, other = new_token(), new_token()
    transcript = guard_env / "session.jsonl"
    event = load_event("claude-code/user_prompt_submit", value, guard_env, transcript)
    prompt = json.loads(event)["prompt"]
    history = tmp_path / "claude" / "history.jsonl"
    history.parent.mkdir()
    clean_line = json.dumps({"display": "hello", "timestamp": 1, "project": "/w"}).encode() + b"\n"
    history.write_bytes(
        clean_line
        + json.dumps({"display": prompt, "timestamp": 2, "project": "/w"}).encode()
        + b"\n"
    )
    code, out, err = hook("claude-code", event, TETHER_GUARD_SCRUB_WAIT="8")
    assert code == 0 and json.loads(out)["decision"] == "block"
    # history was already there: scrubbed before the hook answered
    lines = history.read_bytes().splitlines(keepends=True)
    assert lines[0] == clean_line
    assert value not in history.read_text()
    assert "[REDACTED:github-pat]" in json.loads(lines[1])["display"]
    # the transcript appears a second later (written asynchronously), the prompt twice
    time.sleep(1.0)
    rows = _transcript_lines(prompt, other)
    transcript.write_bytes(b"".join(rows) + rows[1])
    assert _wait_for(lambda: value not in transcript.read_text())
    got = transcript.read_bytes().splitlines(keepends=True)
    assert len(got) == 5
    for line in got:
        json.loads(line)
    assert got[0] == rows[0] and got[2] == rows[2] and got[3] == rows[3]  # byte-identical
    assert other in got[3].decode()  # a value that was not blocked is not touched
    for i in (1, 4):
        content = json.loads(got[i])["message"]["content"]
        assert "[REDACTED:github-pat]" in content and "can you fix it?" in content
    for text in (out, err):
        assert value not in text


def test_scrub_command_watches_a_file_until_it_appears(guard_env: Path) -> None:
    value = new_token()
    fp = fingerprint(user_key(), value.encode())
    path = guard_env / "t.jsonl"
    line = json.dumps({"type": "user", "message": {"content": f"GITHUB_TOKEN={value}"}}) + "\n"

    def late_writer() -> None:
        time.sleep(1.0)
        path.write_text(line)

    writer = threading.Thread(target=late_writer)
    writer.start()
    proc = run_tether(
        "guard", "scrub", "--transcript", str(path), "--fingerprint", fp, "--wait", "3"
    )
    writer.join()
    assert proc.returncode == 0, proc.stderr
    assert "redacted 1 value" in proc.stderr
    assert value not in path.read_text()
    assert (
        json.loads(path.read_text())["message"]["content"] == "GITHUB_TOKEN=[REDACTED:github-pat]"
    )


def test_scrub_leaves_other_fingerprints_and_missing_files_alone(guard_env: Path) -> None:
    value = new_token()
    path = guard_env / "t.jsonl"
    data = json.dumps({"display": f"GITHUB_TOKEN={value}"}).encode() + b"\n"
    path.write_bytes(data)
    proc = run_tether(
        "guard",
        "scrub",
        "--transcript",
        str(path),
        "--history",
        str(guard_env / "missing.jsonl"),
        "--fingerprint",
        "0" * 64,
    )
    assert proc.returncode == 0 and "redacted 0 values" in proc.stderr
    assert path.read_bytes() == data
