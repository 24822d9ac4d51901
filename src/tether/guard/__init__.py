"""Hooks for AI coding tools that block secrets before they reach a prompt, a file or a tool.

- ``events``: the one normaliser (a tool's hook event → what to scan);
- ``check``: scanning, fingerprints, suggested references and the block message (never a value);
- ``protocols``: one thin adapter per tool (Claude Code, Cursor, Gemini CLI, Codex);
- ``hook``: one event end to end, failing closed;
- ``install``: merging the hooks into each tool's settings;
- ``scrub``: redacting a blocked prompt from Claude Code's transcript and history.

Nothing here prints or exits; ``tether.cli.guard_cmds`` does the I/O.
"""
