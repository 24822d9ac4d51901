"""``tether guard``: hook commands for AI coding tools, their installer, and the transcript scrub.

The hook commands (``claude-code``/``claude``, ``cursor``, ``gemini``, ``codex``) read one event on
stdin and answer in that tool's protocol (see tether.guard.protocols). They fail closed: anything
that goes wrong — even failing to import the guard — exits 2 with a one-line reason on stderr. They
print nothing but the answer on stdout. Imports stay light (no rich): a hook runs on every tool call.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import click

from tether.cli import output

SCRUB_WAIT_DEFAULT = 60.0


def _spawn_scrub(transcript: str | None, history: str, fingerprints: tuple[str, ...]) -> None:
    """Start ``tether guard scrub`` detached (own session, no inherited pipes: the AI tool must
    not wait for it). Its argv holds keyed fingerprints only, never a value."""
    try:
        wait = float(os.environ.get("TETHER_GUARD_SCRUB_WAIT", SCRUB_WAIT_DEFAULT))
    except ValueError:
        wait = SCRUB_WAIT_DEFAULT
    argv = [sys.executable, "-m", "tether.cli", "guard", "scrub", "--history", history]
    if transcript:
        argv += ["--transcript", transcript]
    for fp in fingerprints:
        argv += ["--fingerprint", fp]
    argv += ["--wait", str(wait)]
    subprocess.Popen(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        close_fds=True,
    )


def _crash_answer(tool: str, text: str) -> str:
    """The deny JSON for tools that read stdout on exit 2 (built here: the guard may not import)."""
    import json

    if tool == "gemini":
        return json.dumps({"decision": "deny", "reason": text})
    if tool == "cursor":
        deny = {
            "continue": False,
            "permission": "deny",
            "user_message": text,
            "agent_message": text,
        }
        return json.dumps(deny)
    return ""  # Claude Code and Codex: exit 2 and stderr; Codex fails open on unknown output


def _run_hook(tool: str) -> None:
    code = 2
    written = False
    try:
        from tether.guard.hook import run

        raw = sys.stdin.buffer.read()
        outcome = run(tool, raw)
        answer = outcome.answer
        written = True
        sys.stdout.write(answer.stdout)
        sys.stdout.flush()
        if answer.stderr:
            sys.stderr.write(answer.stderr)
            sys.stderr.flush()
        code = answer.exit_code
        if outcome.scrub is not None:
            try:
                _spawn_scrub(
                    outcome.scrub.transcript, outcome.scrub.history, outcome.scrub.fingerprints
                )
            except OSError:
                sys.stderr.write("tether guard: could not start the transcript scrub\n")
    except Exception as exc:  # fail closed, even if the guard cannot be imported
        text = f"tether guard: blocked because the guard failed ({type(exc).__name__})"
        if not written:
            try:
                sys.stdout.write(_crash_answer(tool, text))
                sys.stdout.flush()
            except Exception:  # noqa: S110 - exit 2 alone still blocks
                pass
        sys.stderr.write(text + "\n")
        code = 2
    sys.exit(code)  # not click.Exit: `python -m tether.cli` would drop the status


@click.group("guard")
def guard_group() -> None:
    """Hooks that stop secrets reaching AI coding agents (prompts, file writes, tool calls).

    \b
    tether guard install claude-code      (also: cursor, gemini, codex; --user for all projects)
    """


def _hook_command(name: str, tool: str, help_text: str) -> click.Command:
    short = (
        "Alias of claude-code" if name == "claude" else f"Hook for {help_text.split(' hook')[0]}"
    )

    @click.command(name, help=help_text, short_help=short)
    def cmd() -> None:
        _run_hook(tool)

    return cmd


guard_group.add_command(
    _hook_command(
        "claude-code",
        "claude-code",
        "Claude Code hook (UserPromptSubmit, PreToolUse, PostToolUse): event JSON on stdin.",
    )
)
guard_group.add_command(
    _hook_command("claude", "claude-code", "Alias of `tether guard claude-code`.")
)
guard_group.add_command(
    _hook_command(
        "cursor",
        "cursor",
        "Cursor hook (beforeSubmitPrompt, beforeReadFile, beforeShellExecution, "
        "beforeMCPExecution): event JSON on stdin.",
    )
)
guard_group.add_command(
    _hook_command(
        "gemini", "gemini", "Gemini CLI hook (BeforeAgent, BeforeTool, AfterTool): event on stdin."
    )
)
guard_group.add_command(
    _hook_command(
        "codex", "codex", "Codex CLI hook (UserPromptSubmit, PreToolUse): event JSON on stdin."
    )
)


def _program() -> str:
    """The shell-quoted command that runs this tether (absolute path)."""
    argv0 = sys.argv[0] if sys.argv else ""
    if os.path.basename(argv0).startswith("tether") and not argv0.endswith(".py"):
        found = shutil.which(argv0) if os.sep not in argv0 else argv0
        if found and os.path.isfile(found):
            return shlex.quote(os.path.abspath(found))
    return f"{shlex.quote(sys.executable)} -m tether.cli"


@guard_group.command("install", short_help="Write the guard's hooks into a tool's settings")
@click.argument("tool", type=click.Choice(["claude-code", "claude", "cursor", "gemini", "codex"]))
@click.option("--project", "scope", flag_value="project", default=True, help="This project.")
@click.option("--user", "scope", flag_value="user", help="Every project of this user.")
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    default=".",
    show_default=True,
    help="Project folder (with --project).",
)
def install_cmd(tool: str, scope: str, directory: Path) -> None:
    """Write the guard's hooks into TOOL's settings, keeping everything already there."""
    from tether.guard.install import install

    tool = "claude-code" if tool == "claude" else tool
    result = install(tool, user=scope == "user", directory=directory.resolve(), program=_program())
    for path in result.changed:
        output.note(f"updated {path}")
    for path in result.unchanged:
        output.note(f"{path} already has the guard")
    for what in result.added:
        output.note(f"  added {what}")
    from tether.guard.check import make_engine

    make_engine().prepare()  # compile and cache the rules now, not in the first hook call


@guard_group.command("scrub", short_help="Redact blocked values from a transcript")
@click.option("--transcript", type=click.Path(dir_okay=False), help="Session transcript (JSONL).")
@click.option("--history", type=click.Path(dir_okay=False), help="Prompt history (JSONL).")
@click.option(
    "--fingerprint",
    "fingerprints",
    multiple=True,
    required=True,
    help="Keyed fingerprint (hex) of a blocked value; repeatable.",
)
@click.option(
    "--wait",
    type=float,
    default=0.0,
    show_default=True,
    help="Keep watching the files for this many seconds.",
)
def scrub_cmd(
    transcript: str | None, history: str | None, fingerprints: tuple[str, ...], wait: float
) -> None:
    """Redact blocked values (by fingerprint) from a Claude Code transcript and prompt history."""
    from tether.guard.check import make_engine
    from tether.guard.scrub import scrub_until

    paths = [p for p in (transcript, history) if p]
    total = scrub_until(paths, make_engine(), set(fingerprints), max(0.0, wait))
    output.note(f"redacted {total} value{'s' if total != 1 else ''}")
