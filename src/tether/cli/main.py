"""The ``tether`` entry point: a lazily loaded Click group and the one error table.

Commands live in sibling modules and are imported only when invoked. To add a command, add a line
to ``COMMANDS``: ``"name": ("tether.cli.module", "attribute", "one-line help")``.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from tether import __version__
from tether.errors import TetherError

# name -> (module, attribute, short help). Order here is the order in `tether --help`.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "init": ("tether.cli.vault_cmds", "init_cmd", "Create the local store and root key"),
    "vault": ("tether.cli.vault_cmds", "vault_group", "Create, list and remove vaults"),
    "set": ("tether.cli.item_cmds", "set_cmd", "Store a secret value at a reference"),
    "read": ("tether.cli.item_cmds", "read_cmd", "Print the value a reference points to"),
    "list": ("tether.cli.item_cmds", "list_cmd", "List items (names and metadata, never values)"),
    "rm": ("tether.cli.item_cmds", "rm_cmd", "Remove an item or one of its fields"),
    "history": ("tether.cli.item_cmds", "history_cmd", "Show the versions of a field"),
    "restore": ("tether.cli.item_cmds", "restore_cmd", "Make an old version current again"),
    "import": ("tether.cli.runtime_cmds", "import_cmd", "Move .env secrets into the vault"),
    "run": ("tether.cli.runtime_cmds", "run_cmd", "Run a command with secrets, output masked"),
    "inject": ("tether.cli.runtime_cmds", "inject_cmd", "Fill {{ tether://… }} in a template"),
    "mount": ("tether.cli.runtime_cmds", "mount_cmd", "Serve a resolved .env via a named pipe"),
    "aws-credentials": ("tether.cli.runtime_cmds", "aws_credentials_cmd", "AWS credential_process"),
    "scan": (
        "tether.cli.scan_cmds",
        "scan_cmd",
        "Find plaintext secrets in files, git history, stdin",
    ),
    "redact": ("tether.cli.scan_cmds", "redact_cmd", "Print text with every secret replaced"),
    "hook": ("tether.cli.scan_cmds", "hook_group", "Install the pre-commit secret scan hook"),
    "sweep": (
        "tether.cli.sweep_cmds",
        "sweep_cmd",
        "Find secrets in this machine's AI-tool, shell and credential files",
    ),
    "guard": ("tether.cli.guard_cmds", "guard_group", "Hooks that stop secrets reaching AI agents"),
    "mcp": (
        "tether.cli.mcp_cmds",
        "mcp_cmd",
        "MCP server for AI agents (references, never values)",
    ),
    "person": ("tether.cli.lifecycle_cmds", "person_group", "Register and offboard people"),
    "sa": ("tether.cli.lifecycle_cmds", "sa_group", "Service accounts, grants and tokens"),
    "owner": ("tether.cli.lifecycle_cmds", "owner_group", "Set who owns a secret"),
    "review": ("tether.cli.lifecycle_cmds", "review_cmd", "Record a review of a secret"),
    "promote": ("tether.cli.lifecycle_cmds", "promote_cmd", "Keep a temporary secret"),
    "policy": ("tether.cli.lifecycle_cmds", "policy_cmd", "Rotation/review policy and rotators"),
    "rotate": ("tether.cli.lifecycle_cmds", "rotate_cmd", "Rotate a secret (or all that are due)"),
    "dynamic": (
        "tether.cli.lifecycle_cmds",
        "dynamic_group",
        "Define dynamic PostgreSQL credentials",
    ),
    "lease": (
        "tether.cli.lifecycle_cmds",
        "lease_group",
        "List and revoke dynamic-credential leases",
    ),
    "audit": ("tether.cli.lifecycle_cmds", "audit_group", "Show and verify the audit log"),
    "report": ("tether.cli.lifecycle_cmds", "report_cmd", "Posture and sprawl report (OWASP NHI)"),
    "completion": ("tether.cli.vault_cmds", "completion_cmd", "Print a shell completion script"),
}

GROUPS_HELP = """\b
tether keeps every secret on a tether: one encrypted vault, tether:// references
everywhere else, values fetched only when a program runs.

\b
Quick start:
  tether init
  tether set tether://dev/stripe/api_key      (value from stdin or a hidden prompt)
  tether read tether://dev/stripe/api_key --reveal
"""


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        spec = COMMANDS.get(cmd_name)
        if spec is None:
            return None
        module = importlib.import_module(spec[0])
        cmd = getattr(module, spec[1])
        assert isinstance(cmd, click.Command)
        return cmd

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # short help comes from the table, so `tether --help` imports no command module
        rows = [(name, spec[2]) for name, spec in COMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(
    cls=LazyGroup,
    help=GROUPS_HELP,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(
    __version__, "-V", "--version", prog_name="tether", message="%(prog)s %(version)s"
)
def cli() -> None:
    pass


def main(argv: list[str] | None = None) -> Any:
    """Run the CLI; map every ``TetherError`` to ``tether: error: …`` and its exit code."""
    from tether.cli.output import error

    try:
        return cli.main(args=argv, prog_name="tether", standalone_mode=False)
    except TetherError as exc:
        error(exc.message, exc.hint)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("tether: aborted", err=True)
        sys.exit(130)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
