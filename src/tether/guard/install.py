"""``tether guard install``: merge the guard's hooks into an AI tool's settings file.

Merging rules: every existing key, hook and permission stays; a guard hook already present (any
command ending in ``guard <tool>``) is updated in place, never duplicated, so running install twice
changes nothing; a settings file that is not valid JSON (or whose ``hooks`` is not an object) is
refused and left untouched. Files are written with :func:`tether.fileio.atomic_write`, keeping their
mode. For Claude Code, ``permissions.deny`` also gets rules that stop ``.env`` and key files from
being read at all (``PreToolUse`` does not fire for ``@file`` mentions). For Codex, hooks are an
experimental feature: ``[features] codex_hooks = true`` is set in ``config.toml`` by a minimal text
edit that keeps the rest of the file.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tether.errors import FileSafetyError, UsageError
from tether.fileio import atomic_write

__all__ = ["CLAUDE_DENY", "InstallResult", "install", "settings_path", "strip_jsonc"]

CLAUDE_DENY = (
    "Read(./.env)",
    "Read(./.env.*)",
    "Read(./**/.env)",
    "Read(./**/.env.*)",
    "Read(./**/*.pem)",
    "Read(./**/*.key)",
    "Read(./**/id_rsa)",
    "Read(./**/id_ed25519)",
    "Read(./**/.npmrc)",
    "Read(./**/.pypirc)",
    "Read(./**/credentials.json)",
)

# event -> matcher (None: every call of that event). Timeouts: seconds, Gemini milliseconds.
_CLAUDE: dict[str, str | None] = {
    "UserPromptSubmit": None,
    "PreToolUse": "Read|Write|Edit|MultiEdit|NotebookEdit|Bash|WebFetch|WebSearch|Task|mcp__.*",
    "PostToolUse": "Bash|Read|Grep|WebFetch|mcp__.*",
}
_CODEX: dict[str, str | None] = {"UserPromptSubmit": None, "PreToolUse": None}
_GEMINI: dict[str, str | None] = {
    "BeforeAgent": None,
    "BeforeTool": (
        "read_file|read_many_files|write_file|replace|run_shell_command|web_fetch"
        "|google_web_search|mcp__.*"
    ),
    "AfterTool": "read_file|read_many_files|search_file_content|run_shell_command|web_fetch|mcp__.*",
}
_CURSOR = ("beforeSubmitPrompt", "beforeReadFile", "beforeShellExecution", "beforeMCPExecution")
TIMEOUT = 30


@dataclass
class InstallResult:
    tool: str
    changed: list[str] = field(default_factory=list)  # files written
    unchanged: list[str] = field(default_factory=list)  # files that already had everything
    added: list[str] = field(default_factory=list)  # what was added, for the user


def _home() -> Path:
    return Path(os.environ.get("HOME") or os.path.expanduser("~"))


def settings_path(tool: str, user: bool, directory: Path) -> Path:
    """The file ``install`` merges into for ``tool`` (project scope: under ``directory``)."""
    if tool == "claude-code":
        if user:
            root = os.environ.get("CLAUDE_CONFIG_DIR")
            return (Path(root) if root else _home() / ".claude") / "settings.json"
        return directory / ".claude" / "settings.json"
    if tool == "cursor":
        return (_home() if user else directory) / ".cursor" / "hooks.json"
    if tool == "gemini":
        gemini_home = os.environ.get("GEMINI_CLI_HOME")
        base = (Path(gemini_home) if gemini_home else _home()) if user else directory
        return base / ".gemini" / "settings.json"
    if tool == "codex":
        if user:
            root = os.environ.get("CODEX_HOME")
            return (Path(root) if root else _home() / ".codex") / "hooks.json"
        return directory / ".codex" / "hooks.json"
    raise UsageError(f"unknown tool {tool!r}", hint="use claude-code, cursor, gemini or codex")


def strip_jsonc(text: str) -> str:
    """JSON with comments (``//``, ``/* */``) and trailing commas → JSON, every removed character
    replaced by a space (newlines kept) so that offsets stay the same."""
    out = list(text)
    i, n = 0, len(text)
    last_comma: int | None = None
    while i < n:
        ch = text[i]
        if ch == '"':
            last_comma = None
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
            i += 1
            continue
        if text.startswith("//", i) or text.startswith("/*", i):
            end = text.find("\n", i) if text[i + 1] == "/" else text.find("*/", i + 2)
            end = n if end < 0 else (end if text[i + 1] == "/" else end + 2)
            for j in range(i, end):
                if out[j] != "\n":
                    out[j] = " "
            i = end
            continue
        if ch == ",":
            last_comma = i
        elif ch in "}]" and last_comma is not None:
            out[last_comma] = " "
            last_comma = None
        elif not ch.isspace():
            last_comma = None
        i += 1
    return "".join(out)


def _load_json(path: Path) -> tuple[dict[str, Any], bytes | None, bool]:
    """(settings, raw bytes or None when missing, whether the file is JSONC: has comments)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}, None, False
    if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
        raise FileSafetyError(
            f"{path} is read-only; it was left untouched",
            hint="make it writable (chmod u+w) if you want tether to add its hooks",
        )
    jsonc = False
    try:
        text = raw.decode("utf-8")
        try:
            data = json.loads(text) if text.strip() else {}
        except ValueError:
            data = json.loads(strip_jsonc(text))  # Gemini and Cursor settings may hold comments
            jsonc = True
    except (UnicodeDecodeError, ValueError):
        raise FileSafetyError(
            f"{path} is not valid JSON; it was left untouched",
            hint="fix the file (or move it aside) and run `tether guard install` again",
        ) from None
    if not isinstance(data, dict):
        raise FileSafetyError(
            f"{path} does not hold a JSON object; it was left untouched",
            hint="fix the file (or move it aside) and run `tether guard install` again",
        )
    return data, raw, jsonc


def _jsonc_insert(path: Path, raw: bytes, before: dict[str, Any], after: dict[str, Any]) -> bytes:
    """Add the guard's new top-level keys to a file with comments by a text insertion after its
    opening brace, keeping every comment and byte; refuse what needs a change inside the file."""
    text = raw.decode("utf-8")
    changed = [k for k in after if before.get(k) != after[k]]
    if any(k in before for k in changed):
        keys = ", ".join(k for k in changed if k in before)
        raise FileSafetyError(
            f"{path} has comments and already has {keys}: tether will not rewrite it and drop "
            "them; it was left untouched",
            hint="remove the comments, or add the guard's hooks by hand (see docs/guard.md)",
        )
    brace = strip_jsonc(text).find("{")
    body = ",\n".join(
        f"  {json.dumps(k)}: "
        + json.dumps(after[k], indent=2, ensure_ascii=False).replace("\n", "\n  ")
        for k in changed
    )
    sep = "," if before else ""
    new = f"{text[: brace + 1]}\n{body}{sep}{text[brace + 1 :]}"
    if json.loads(strip_jsonc(new)) != after:  # the insertion went wrong: refuse, never guess
        raise FileSafetyError(
            f"could not add the hooks to {path} safely; it was left untouched",
            hint="add the guard's hooks by hand (see docs/guard.md)",
        )
    return new.encode("utf-8")


def _obj(parent: dict[str, Any], key: str, path: Path) -> dict[str, Any]:
    value = parent.setdefault(key, {})
    if not isinstance(value, dict):
        raise FileSafetyError(
            f"{path}: {key!r} is not a JSON object; the file was left untouched",
            hint=f"fix {key!r} by hand and run `tether guard install` again",
        )
    return value


def _list(parent: dict[str, Any], key: str, path: Path) -> list[Any]:
    value = parent.setdefault(key, [])
    if not isinstance(value, list):
        raise FileSafetyError(
            f"{path}: {key!r} is not a JSON list; the file was left untouched",
            hint=f"fix {key!r} by hand and run `tether guard install` again",
        )
    return value


def _is_guard(command: object, tool_args: tuple[str, ...]) -> bool:
    if not isinstance(command, str):
        return False
    words = command.split()
    return len(words) >= 2 and words[-2] == "guard" and words[-1] in tool_args


def _merge_grouped(
    hooks: dict[str, Any],
    events: Mapping[str, str | None],
    command: str,
    tool_args: tuple[str, ...],
    path: Path,
    *,
    timeout: int,
    name: str | None = None,
) -> list[str]:
    """Claude-style ``event -> [{matcher, hooks: [{type, command, timeout}]}]``."""
    added: list[str] = []
    for event, matcher in events.items():
        groups = _list(hooks, event, path)
        present = False
        for group in groups:
            inner = group.get("hooks") if isinstance(group, dict) else None
            for hook in inner if isinstance(inner, list) else []:
                if isinstance(hook, dict) and _is_guard(hook.get("command"), tool_args):
                    present = True
                    if hook["command"] != command:
                        hook["command"] = command
                        added.append(f"{event} hook (command updated)")
                    # the guard's own group follows the tools it must see (never a shared group)
                    alone = isinstance(inner, list) and len(inner) == 1
                    if alone and matcher is not None and group.get("matcher") != matcher:
                        group["matcher"] = matcher
                        added.append(f"{event} hook (matcher updated)")
        if not present:
            group_new: dict[str, Any] = {} if matcher is None else {"matcher": matcher}
            hook_new: dict[str, Any] = {"type": "command", "command": command, "timeout": timeout}
            if name:  # Gemini: lets `hooksConfig.disabled` name it
                hook_new = {"name": name, **hook_new}
            group_new["hooks"] = [hook_new]
            groups.append(group_new)
            added.append(f"{event} hook")
    return added


def _merge_cursor(hooks: dict[str, Any], command: str, path: Path) -> list[str]:
    added: list[str] = []
    for event in _CURSOR:
        entries = _list(hooks, event, path)
        present = False
        for entry in entries:
            if isinstance(entry, dict) and _is_guard(entry.get("command"), ("cursor",)):
                present = True
                if entry["command"] != command:
                    entry["command"] = command
                    added.append(f"{event} hook (command updated)")
        if not present:
            entries.append({"command": command})
            added.append(f"{event} hook")
    return added


def _enable_codex_hooks(path: Path) -> tuple[bytes | None, bytes]:
    """(old bytes or None, new bytes) of ``config.toml`` with ``[features] codex_hooks = true``."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, b"[features]\ncodex_hooks = true\n"
    try:
        text = raw.decode("utf-8")
        doc = tomllib.loads(text)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        raise FileSafetyError(
            f"{path} is not valid TOML; it was left untouched",
            hint="fix the file and run `tether guard install codex` again",
        ) from None
    features = doc.get("features")
    if isinstance(features, dict) and features.get("codex_hooks") is True:
        return raw, raw
    lines = text.splitlines(keepends=True)
    header = re.compile(r"^\s*\[\s*features\s*\]\s*(#.*)?$")
    any_header = re.compile(r"^\s*\[")
    key = re.compile(r"^(\s*)codex_hooks\s*=.*?(\r?\n)?$")
    dotted = re.compile(r"^(\s*)features\s*\.\s*codex_hooks\s*=.*?(\r?\n)?$")
    new_text: str | None = None
    in_features = False
    seen_table = False
    for i, line in enumerate(lines):
        if any_header.match(line):
            seen_table = True
            in_features = bool(header.match(line))
            if in_features:
                nl = "" if line.endswith("\n") else "\n"
                after = lines[: i + 1]
                after[-1] = line + nl
                new_text = "".join(after) + "codex_hooks = true\n" + "".join(lines[i + 1 :])
            continue
        m = key.match(line) if in_features else (None if seen_table else dotted.match(line))
        if m:
            name = "codex_hooks" if in_features else "features.codex_hooks"
            lines[i] = f"{m.group(1)}{name} = true{m.group(2) or ''}"
            new_text = "".join(lines)
            break
    if new_text is None:
        sep = "" if not text or text.endswith("\n") else "\n"
        new_text = f"{text}{sep}\n[features]\ncodex_hooks = true\n"
    check = tomllib.loads(new_text)
    expected = dict(doc)
    expected["features"] = {**(features if isinstance(features, dict) else {}), "codex_hooks": True}
    if check != expected:  # the text edit went wrong: refuse rather than guess
        raise FileSafetyError(
            f"could not enable codex_hooks in {path} safely; it was left untouched",
            hint="add `codex_hooks = true` under `[features]` by hand",
        )
    return raw, new_text.encode("utf-8")


def _dump(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _write(path: Path, old: bytes | None, new: bytes, result: InstallResult) -> None:
    if old == new:
        result.unchanged.append(str(path))
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, new)
    result.changed.append(str(path))


def install(tool: str, *, user: bool, directory: Path, program: str) -> InstallResult:
    """Merge the guard's hooks for ``tool`` into its settings. ``program`` is the shell-quoted
    command that runs tether (absolute path)."""
    path = settings_path(tool, user, directory)
    result = InstallResult(tool=tool)
    data, old, jsonc = _load_json(path)
    before = json.loads(json.dumps(data))
    toml_change: tuple[Path, bytes | None, bytes] | None = None
    if tool == "claude-code":
        command = f"{program} guard claude-code"
        hooks = _obj(data, "hooks", path)
        result.added += _merge_grouped(
            hooks, _CLAUDE, command, ("claude-code", "claude"), path, timeout=TIMEOUT
        )
        deny = _list(_obj(data, "permissions", path), "deny", path)
        for rule in CLAUDE_DENY:
            if rule not in deny:
                deny.append(rule)
                result.added.append(f"deny rule {rule}")
    elif tool == "codex":
        command = f"{program} guard codex"
        hooks = _obj(data, "hooks", path)
        result.added += _merge_grouped(hooks, _CODEX, command, ("codex",), path, timeout=TIMEOUT)
        config = path.parent / "config.toml"
        toml_old, toml_new = _enable_codex_hooks(config)
        toml_change = (config, toml_old, toml_new)
    elif tool == "gemini":
        command = f"{program} guard gemini"
        hooks = _obj(data, "hooks", path)
        result.added += _merge_grouped(
            hooks, _GEMINI, command, ("gemini",), path, timeout=TIMEOUT * 1000, name="tether-guard"
        )
    elif tool == "cursor":
        command = f"{program} guard cursor"
        data.setdefault("version", 1)
        hooks = _obj(data, "hooks", path)
        result.added += _merge_cursor(hooks, command, path)
    else:
        raise UsageError(f"unknown tool {tool!r}", hint="use claude-code, cursor, gemini or codex")
    if not result.added and old is not None:
        new = old
    elif jsonc and old is not None:
        new = _jsonc_insert(path, old, before, data)
    else:
        new = _dump(data)
    _write(path, old, new, result)
    if toml_change is not None:
        if toml_change[1] != toml_change[2]:
            result.added.append(f"[features] codex_hooks = true in {toml_change[0]}")
        _write(toml_change[0], toml_change[1], toml_change[2], result)
    return result
