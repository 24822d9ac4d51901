"""``tether mcp``: run the MCP server for AI agents on stdio (see docs/mcp.md).

Standard output belongs to the MCP protocol: nothing here prints to it. The SDK is imported only
when the command runs.
"""

from __future__ import annotations

import click

from tether.errors import UsageError


@click.command("mcp")
@click.option(
    "--vault",
    "vaults",
    multiple=True,
    metavar="V",
    help="Let the agent see only vault V (repeatable). Default: every vault.",
)
@click.option(
    "--allow-run/--no-run",
    default=True,
    show_default=True,
    help="Offer run_with_secrets (commands get secrets; their output is masked).",
)
@click.option(
    "--allow-request/--no-request",
    default=True,
    show_default=True,
    help="Offer request_secret (a local page where you type a value the agent asked for).",
)
@click.option(
    "--max-output",
    default=65536,
    show_default=True,
    metavar="BYTES",
    help="Bytes of stdout and of stderr returned per command.",
)
@click.option(
    "--max-timeout",
    default=600,
    show_default=True,
    metavar="SECONDS",
    help="Longest timeout_seconds an agent may ask for.",
)
def mcp_cmd(
    vaults: tuple[str, ...],
    allow_run: bool,
    allow_request: bool,
    max_output: int,
    max_timeout: int,
) -> None:
    """Serve tether to an AI agent over MCP (stdio): references, never values.

    Tools: list_vaults, list_secrets, check_reference, run_with_secrets, scan_text, scan_file,
    request_secret. Every call is audited as agent:<client> via you.

    \b
    Claude Code:  claude mcp add tether -- tether mcp
    Codex:        codex mcp add tether -- tether mcp
    """
    from tether.mcp.tools import Options

    if max_output < 1024:
        raise UsageError("--max-output must be at least 1024", hint="e.g. --max-output 65536")
    if max_timeout < 1:
        raise UsageError("--max-timeout must be positive", hint="e.g. --max-timeout 600")
    options = Options(
        vaults=frozenset(v.casefold() for v in vaults) if vaults else None,
        allow_run=allow_run,
        allow_request=allow_request,
        max_output=max_output,
        max_timeout=max_timeout,
        default_timeout=min(60, max_timeout),
    )
    from tether.mcp.server import serve

    serve(options)
