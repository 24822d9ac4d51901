"""`tether guard install` merges into existing settings: nothing lost, twice adds nothing, invalid
JSON refused and left untouched, mode kept; the installed command really guards."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import tomllib
from pathlib import Path

import pytest

from tests.conftest import run_tether
from tests.guard.support import load_event, new_token
from tether.guard.install import CLAUDE_DENY

CLAUDE_EXISTING = {
    "model": "opus",
    "env": {"FOO": "bar"},
    "permissions": {"allow": ["Bash(npm test)"], "deny": ["Read(./.env)", "Bash(rm -rf:*)"]},
    "hooks": {
        "PreToolUse": [
            {"matcher": "Bash", "hooks": [{"type": "command", "command": "./lint-hook.sh"}]}
        ],
        "Stop": [{"hooks": [{"type": "command", "command": "notify-send done"}]}],
    },
}


def _install(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return run_tether("guard", "install", *args, cwd=cwd)


def _commands(groups: list[dict[str, object]]) -> list[str]:
    out = []
    for g in groups:
        for h in g["hooks"]:  # type: ignore[attr-defined]
            out.append(h["command"])
    return out


def test_claude_merge_keeps_everything_and_is_idempotent(guard_env: Path) -> None:
    path = guard_env / ".claude" / "settings.json"
    path.parent.mkdir()
    path.write_text(json.dumps(CLAUDE_EXISTING, indent=4))
    os.chmod(path, 0o644)
    proc = _install("claude-code", "--dir", str(guard_env))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(path.read_text())
    assert data["model"] == "opus" and data["env"] == {"FOO": "bar"}
    assert data["permissions"]["allow"] == ["Bash(npm test)"]
    deny = data["permissions"]["deny"]
    assert deny[:2] == ["Read(./.env)", "Bash(rm -rf:*)"]
    assert deny.count("Read(./.env)") == 1
    assert set(CLAUDE_DENY) <= set(deny)
    assert data["hooks"]["Stop"] == CLAUDE_EXISTING["hooks"]["Stop"]  # type: ignore[index]
    pre = _commands(data["hooks"]["PreToolUse"])
    assert pre[0] == "./lint-hook.sh" and pre[1].endswith(" guard claude-code")
    for event in ("UserPromptSubmit", "PreToolUse", "PostToolUse"):
        assert sum(c.endswith("guard claude-code") for c in _commands(data["hooks"][event])) == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    before = path.read_bytes()
    again = _install("claude-code", "--dir", str(guard_env))
    assert again.returncode == 0 and "already has the guard" in again.stderr
    assert path.read_bytes() == before


def test_invalid_json_is_refused_and_untouched(guard_env: Path) -> None:
    path = guard_env / ".claude" / "settings.json"
    path.parent.mkdir()
    path.write_bytes(b'{"hooks": {,}\n')
    proc = _install("claude-code", "--dir", str(guard_env))
    assert proc.returncode == 1
    assert "not valid JSON" in proc.stderr and "left untouched" in proc.stderr
    assert path.read_bytes() == b'{"hooks": {,}\n'
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp file left


def test_hooks_of_the_wrong_type_are_refused(guard_env: Path) -> None:
    path = guard_env / ".gemini" / "settings.json"
    path.parent.mkdir()
    path.write_text('{"hooks": []}')
    proc = _install("gemini", "--dir", str(guard_env))
    assert proc.returncode == 1 and path.read_text() == '{"hooks": []}'


def test_user_scope_honours_claude_config_dir(guard_env: Path, tmp_path: Path) -> None:
    proc = _install("claude", "--user")
    assert proc.returncode == 0, proc.stderr
    data = json.loads((tmp_path / "claude" / "settings.json").read_text())
    assert "UserPromptSubmit" in data["hooks"]
    assert not (guard_env / ".claude").exists()


def test_cursor_merge(guard_env: Path) -> None:
    path = guard_env / ".cursor" / "hooks.json"
    path.parent.mkdir()
    existing = {"version": 1, "hooks": {"afterFileEdit": [{"command": "./format.sh"}]}}
    path.write_text(json.dumps(existing))
    assert _install("cursor", "--dir", str(guard_env)).returncode == 0
    data = json.loads(path.read_text())
    assert data["version"] == 1
    assert data["hooks"]["afterFileEdit"] == [{"command": "./format.sh"}]
    for event in ("beforeSubmitPrompt", "beforeReadFile", "beforeShellExecution"):
        assert [e["command"].split()[-2:] for e in data["hooks"][event]] == [["guard", "cursor"]]
    before = path.read_bytes()
    assert _install("cursor", "--dir", str(guard_env)).returncode == 0
    assert path.read_bytes() == before


def test_gemini_user_scope_and_timeout_in_ms(guard_env: Path, tmp_path: Path) -> None:
    root = tmp_path / "gemini-home"
    proc = run_tether("guard", "install", "gemini", "--user", env={"GEMINI_CLI_HOME": str(root)})
    assert proc.returncode == 0, proc.stderr
    data = json.loads((root / ".gemini" / "settings.json").read_text())
    hook = data["hooks"]["BeforeAgent"][0]["hooks"][0]
    assert hook["timeout"] == 30000 and hook["type"] == "command"
    assert hook["name"] == "tether-guard"
    assert "write_file" in data["hooks"]["BeforeTool"][0]["matcher"]


def test_codex_enables_hooks_with_a_minimal_toml_edit(guard_env: Path) -> None:
    codex = guard_env / ".codex"
    codex.mkdir()
    toml_text = (
        '# my settings\nmodel = "gpt-5-codex"\n\n[features]\nweb_search_request = true  # yes\n\n'
        '[mcp_servers.docs]\ncommand = "npx"\n'
    )
    (codex / "config.toml").write_text(toml_text)
    assert _install("codex", "--dir", str(guard_env)).returncode == 0
    new = (codex / "config.toml").read_text()
    assert new == toml_text.replace("[features]\n", "[features]\ncodex_hooks = true\n")
    assert tomllib.loads(new)["features"]["codex_hooks"] is True
    hooks = json.loads((codex / "hooks.json").read_text())["hooks"]
    assert _commands(hooks["PreToolUse"])[0].endswith(" guard codex")
    assert "matcher" not in hooks["PreToolUse"][0]
    snapshot = ((codex / "config.toml").read_bytes(), (codex / "hooks.json").read_bytes())
    assert _install("codex", "--dir", str(guard_env)).returncode == 0
    assert ((codex / "config.toml").read_bytes(), (codex / "hooks.json").read_bytes()) == snapshot


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("[features]\ncodex_hooks = false\n", "[features]\ncodex_hooks = true\n"),
        ('model = "o3"', 'model = "o3"\n\n[features]\ncodex_hooks = true\n'),
        ("features.codex_hooks = false\n", "features.codex_hooks = true\n"),
    ],
)
def test_codex_toml_variants(guard_env: Path, before: str, after: str) -> None:
    codex = guard_env / ".codex"
    codex.mkdir()
    (codex / "config.toml").write_text(before)
    assert _install("codex", "--dir", str(guard_env)).returncode == 0
    assert (codex / "config.toml").read_text() == after


def test_codex_invalid_toml_refused_untouched(guard_env: Path) -> None:
    codex = guard_env / ".codex"
    codex.mkdir()
    (codex / "config.toml").write_text("[features\n")
    proc = _install("codex", "--dir", str(guard_env))
    assert proc.returncode == 1 and "not valid TOML" in proc.stderr
    assert (codex / "config.toml").read_text() == "[features\n"
    assert not (codex / "hooks.json").exists()


def test_installed_command_guards(guard_env: Path) -> None:
    assert _install("claude-code", "--dir", str(guard_env)).returncode == 0
    data = json.loads((guard_env / ".claude" / "settings.json").read_text())
    command = data["hooks"]["UserPromptSubmit"][0]["hooks"][0]["command"]
    assert os.path.isabs(command.split()[0].strip("'"))
    value = new_token()
    event = load_event("claude-code/user_prompt_submit", value, guard_env)
    proc = subprocess.run(
        command, shell=True, input=event, capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 0 and json.loads(proc.stdout)["decision"] == "block"
    assert value not in proc.stdout + proc.stderr
