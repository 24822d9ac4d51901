"""The one normaliser: a hook event from any supported tool → what the guard must scan.

Each tool's event becomes a :class:`Check`: its ``kind`` (what a block means for it) and the texts to
scan. The kinds:

- ``prompt``: the user's prompt is about to be sent (Claude/Codex ``UserPromptSubmit``, Cursor
  ``beforeSubmitPrompt``, Gemini ``BeforeAgent``);
- ``pre``: a tool call is about to run (Claude/Codex ``PreToolUse``, Gemini ``BeforeTool``, Cursor
  ``beforeShellExecution`` / ``beforeMCPExecution`` / ``beforeReadFile`` / ``preToolUse``);
- ``post``: a tool ran and its output is about to reach the model (``PostToolUse``, ``AfterTool``);
- ``observe``: any other event (session start, stop, notifications, after-edit reports): nothing to
  decide, the guard allows it with the tool's neutral answer.

What is scanned per tool call: ``Write``/``write_file`` content, ``Edit``/``replace`` new text (not
the old text: removing a secret from a file must stay possible), ``MultiEdit`` edits, ``Bash``/shell
commands, ``Read``/``read_file`` the file itself (first :data:`MAX_READ` bytes), and for any other
tool (MCP tools, web fetches) every string in its input as ``name=value`` lines, so that a key name
gives generic rules their context. Tool outputs are flattened the same way.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from tether.errors import UsageError
from tether.guard.check import Text

__all__ = ["MAX_READ", "TOOLS", "Check", "normalise", "speaker"]

MAX_READ = 32 * 1024 * 1024  # bytes of a file read for a Read check (a Read returns at most ~4 MB)
MAX_FLAT = 64 * 1024 * 1024  # flattened tool input/output larger than this blocks: cannot check
_MAX_FILES = 64  # files read for one event (read_many_files, attachments)

TOOLS = ("claude-code", "cursor", "gemini", "codex")

_CLAUDE_EVENTS = {"UserPromptSubmit": "prompt", "PreToolUse": "pre", "PostToolUse": "post"}
_GEMINI_EVENTS = {"BeforeAgent": "prompt", "BeforeTool": "pre", "AfterTool": "post"}
_CURSOR_EVENTS = {
    "beforeSubmitPrompt": "prompt",
    "beforeShellExecution": "pre",
    "beforeMCPExecution": "pre",
    "beforeReadFile": "pre",
    "beforeTabFileRead": "pre",
    "preToolUse": "pre",
}


@dataclass
class Check:
    tool: str
    event: str
    kind: str  # prompt | pre | post | observe
    texts: list[Text] = field(default_factory=list)
    tool_name: str = ""
    transcript_path: str | None = None
    session_id: str | None = None


def _str(payload: Mapping[str, Any], key: str) -> str:
    value = payload.get(key)
    return value if isinstance(value, str) else ""


def _leaves(value: Any, name: str, depth: int = 0) -> Iterator[str]:
    if depth > 32:  # deeper than any real input: scanned as JSON text, never skipped
        yield json.dumps(value, ensure_ascii=False)
        return
    if isinstance(value, str):
        yield f"{name}={value}" if name else value
    elif isinstance(value, Mapping):
        for k, v in value.items():
            yield from _leaves(v, str(k), depth + 1)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _leaves(v, name, depth + 1)


def flatten(value: Any) -> bytes:
    """Every string in a JSON value as ``name=value`` lines. More than :data:`MAX_FLAT` bytes
    raises (the hook blocks): cutting the text would let what follows the cut through."""
    data = "\n".join(_leaves(value, "")).encode("utf-8", "replace")
    if len(data) > MAX_FLAT:
        raise UsageError(f"the tool input is larger than {MAX_FLAT // (1024 * 1024)} MB")
    return data


def _read_file(path: str, cwd: str) -> bytes:
    if not path:
        return b""
    full = path if os.path.isabs(path) else os.path.join(cwd or os.getcwd(), path)
    try:
        # non-blocking: a FIFO or a device must not hang the hook past its timeout (fail open)
        fd = os.open(full, os.O_RDONLY | os.O_NONBLOCK)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return b""  # the tool's own read fails the same way: nothing can leak
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            return b""
        raise UsageError(f"{_base(path)} is not a regular file")  # blocks: cannot check it
    with os.fdopen(fd, "rb") as fh:
        return fh.read(MAX_READ)


def _command(value: Any) -> str:
    """A shell command as one line: Codex sends an argv list (``["bash", "-lc", "…"]``)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return " ".join(v for v in value if isinstance(v, str))
    return ""


def _attachments(payload: Mapping[str, Any], cwd: str) -> list[Text]:
    """Cursor's attached files (``[{type: "file", filePath}]``): read from disk."""
    out: list[Text] = []
    attachments = payload.get("attachments")
    for att in (attachments if isinstance(attachments, list) else [])[:_MAX_FILES]:
        if isinstance(att, Mapping) and att.get("type", "file") == "file":
            path = _str(att, "filePath") or _str(att, "file_path")
            out.append(Text(f"attached {_base(path)}", _read_file(path, cwd), path, True))
    return out


def _base(path: str) -> str:
    return os.path.basename(path) or path


_PATCH_START = "*** Begin Patch"


def _added_only(text: str) -> str:
    """A Codex patch (``*** Begin Patch``) without its removed lines: removing a secret from a
    file must stay possible, as with ``Edit``."""
    if _PATCH_START not in text:
        return text
    return "\n".join(line for line in text.split("\n") if not line.startswith("-"))


def _tool_texts(tool_name: str, tool_input: Any, cwd: str) -> list[Text]:
    """Texts of a tool call about to run (Claude, Codex and Gemini tool names)."""
    if isinstance(tool_input, str):  # Cursor passes MCP input as a JSON string
        try:
            tool_input = json.loads(tool_input)
        except ValueError:
            return [Text(f"{tool_name} input", tool_input.encode("utf-8", "replace"))]
    if not isinstance(tool_input, Mapping):
        return [Text(f"{tool_name} input", flatten(tool_input))]
    path = _str(tool_input, "file_path") or _str(tool_input, "absolute_path") or "-"
    name = tool_name.lower()
    if name in ("write", "write_file"):
        return [Text(f"{tool_name} to {_base(path)}", _str(tool_input, "content").encode(), path)]
    if name in ("edit", "replace"):
        return [
            Text(f"{tool_name} of {_base(path)}", _str(tool_input, "new_string").encode(), path)
        ]
    if name == "multiedit":
        edits = tool_input.get("edits")
        news = [
            e.get("new_string", "")
            for e in (edits if isinstance(edits, list) else [])
            if isinstance(e, Mapping) and isinstance(e.get("new_string"), str)
        ]
        return [Text(f"{tool_name} of {_base(path)}", "\n".join(news).encode(), path)]
    if name == "notebookedit":
        path = _str(tool_input, "notebook_path") or path
        return [
            Text(f"{tool_name} of {_base(path)}", _str(tool_input, "new_source").encode(), path)
        ]
    if name in ("bash", "run_shell_command", "shell", "exec_command", "local_shell"):
        command = _added_only(_command(tool_input.get("command")))
        return [Text(f"{tool_name} command", command.encode())]
    if name == "apply_patch":
        return [Text(f"{tool_name} input", _added_only(flatten(tool_input).decode()).encode())]
    if name in ("read", "read_file"):
        return [Text(f"{tool_name} of {_base(path)}", _read_file(path, cwd), path, True)]
    if name == "read_many_files":
        paths = tool_input.get("paths")
        texts = [Text(f"{tool_name} input", flatten(tool_input))]
        for p in (paths if isinstance(paths, list) else [])[:_MAX_FILES]:
            if isinstance(p, str):
                texts.append(Text(f"{tool_name} of {_base(p)}", _read_file(p, cwd), p, True))
        return texts
    return [Text(f"{tool_name} input", flatten(tool_input))]


def _claude_like(tool: str, payload: Mapping[str, Any], events: Mapping[str, str]) -> Check:
    event = _str(payload, "hook_event_name")
    kind = events.get(event, "observe")
    check = Check(
        tool=tool,
        event=event,
        kind=kind,
        tool_name=_str(payload, "tool_name"),
        transcript_path=_str(payload, "transcript_path") or None,
        session_id=_str(payload, "session_id") or None,
    )
    cwd = _str(payload, "cwd")
    if kind == "prompt":
        prompt = _str(payload, "prompt").encode("utf-8", "replace")
        check.texts.append(Text("the prompt", prompt, honour_allow=True))
    elif kind == "pre":
        check.texts.extend(_tool_texts(check.tool_name, payload.get("tool_input"), cwd))
    elif kind == "post":
        response = payload.get("tool_response")
        check.texts.append(Text(f"the output of {check.tool_name}", flatten(response)))
    return check


def _cursor(payload: Mapping[str, Any]) -> Check:
    event = _str(payload, "hook_event_name")
    kind = _CURSOR_EVENTS.get(event, "observe")
    check = Check(
        tool="cursor", event=event, kind=kind, session_id=_str(payload, "conversation_id")
    )
    roots = payload.get("workspace_roots")
    cwd = _str(payload, "cwd") or (
        roots[0] if isinstance(roots, list) and roots and isinstance(roots[0], str) else ""
    )
    if event == "beforeSubmitPrompt":
        prompt = _str(payload, "prompt").encode("utf-8", "replace")
        check.texts.append(Text("the prompt", prompt, honour_allow=True))
        check.texts.extend(_attachments(payload, cwd))
    elif event in ("beforeReadFile", "beforeTabFileRead"):
        path = _str(payload, "file_path")
        content = payload.get("content")
        data = content.encode("utf-8", "replace") if isinstance(content, str) else None
        check.tool_name = "Read"
        check.texts.append(
            Text(
                f"read of {_base(path)}",
                data if data is not None else _read_file(path, cwd),
                path,
                honour_allow=True,
            )
        )
        check.texts.extend(_attachments(payload, cwd))
    elif event == "beforeShellExecution":
        check.tool_name = "Shell"
        check.texts.append(Text("shell command", _command(payload.get("command")).encode()))
    elif event == "beforeMCPExecution":
        check.tool_name = _str(payload, "tool_name")
        check.texts.extend(_tool_texts(check.tool_name, payload.get("tool_input"), cwd))
    elif event == "preToolUse":
        check.tool_name = _str(payload, "tool_name")
        check.texts.extend(_tool_texts(check.tool_name, payload.get("tool_input"), cwd))
    return check


def speaker(tool: str, payload: Any) -> str:
    """The tool whose protocol an event is in. Cursor runs Claude Code's hooks too (third-party
    configs), so ``tether guard claude-code`` may be handed a Cursor event: answered in Cursor's
    protocol, since Cursor reads the answer, rather than allowed as an event it does not know."""
    event = payload.get("hook_event_name") if isinstance(payload, Mapping) else None
    if not isinstance(event, str):
        return tool
    if event in _CURSOR_EVENTS:
        return "cursor"
    if event in _GEMINI_EVENTS:
        return "gemini"
    if event in _CLAUDE_EVENTS and tool not in ("claude-code", "codex"):
        return "claude-code"
    return tool


def normalise(tool: str, payload: Any) -> Check:
    """The :class:`Check` for one hook event. Raises ``UsageError`` on input that is not an event."""
    if not isinstance(payload, Mapping):
        raise UsageError("the hook input is not a JSON object")
    if not isinstance(payload.get("hook_event_name"), str):
        raise UsageError("the hook input has no hook_event_name")
    if tool in ("claude-code", "codex"):
        return _claude_like(tool, payload, _CLAUDE_EVENTS)
    if tool == "gemini":
        return _claude_like(tool, payload, _GEMINI_EVENTS)
    if tool == "cursor":
        return _cursor(payload)
    raise UsageError(f"unknown tool {tool!r}", hint=f"use one of {', '.join(TOOLS)}")
