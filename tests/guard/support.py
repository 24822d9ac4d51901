"""Helpers for the guard tests: recorded events, a fresh GitHub token per test, the CLI."""

from __future__ import annotations

import json
import secrets
import string
from pathlib import Path

from tests.conftest import run_tether
from tether.scan.validators import base62_crc32

EVENTS = Path(__file__).parent / "events"
CLEAN = "tether://dev/github/token"


def new_token() -> str:
    """A GitHub PAT with a valid checksum, fresh each call (a canary: it must appear nowhere)."""
    alphabet = string.ascii_letters + string.digits
    body = "".join(secrets.choice(alphabet) for _ in range(30))
    return f"ghp_{body}{base62_crc32(body)}"


def event_files() -> list[str]:
    return sorted(str(p.relative_to(EVENTS).with_suffix("")) for p in EVENTS.rglob("*.json"))


def load_event(name: str, value: str, cwd: Path, transcript: Path | None = None) -> str:
    raw = (EVENTS / f"{name}.json").read_text()
    raw = raw.replace("@@VALUE@@", value).replace("@@CWD@@", str(cwd))
    raw = raw.replace("@@TRANSCRIPT@@", str(transcript or cwd / "transcript.jsonl"))
    json.loads(raw)  # the fixture stays valid JSON after substitution
    return raw


def kind_of(name: str) -> str:
    event = name.split("/", 1)[1]
    if event in ("user_prompt_submit", "before_agent", "before_submit_prompt"):
        return "prompt"
    if event in ("post_tool_use_bash", "after_tool"):
        return "post"
    if event in ("session_start", "after_file_edit"):
        return "observe"
    return "pre"


def hook(tool: str, stdin: str, **env: str) -> tuple[int, str, str]:
    proc = run_tether("guard", tool, input=stdin, env=env or None)
    return proc.returncode, proc.stdout, proc.stderr
