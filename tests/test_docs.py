"""Documentation that is tested: every command the CLI offers is shown in the README."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from tether.cli.main import COMMANDS, cli

README = (Path(__file__).parent.parent / "README.md").read_text()


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"tether {name}" in README, f"README.md never shows `tether {name}`"


def _subcommands() -> list[str]:
    ctx = click.Context(cli)
    out = []
    for name in COMMANDS:
        cmd = cli.get_command(ctx, name)
        if isinstance(cmd, click.Group):
            out.extend(f"{name} {sub}" for sub in cmd.list_commands(ctx))
    return out


@pytest.mark.parametrize("name", _subcommands())
def test_every_subcommand_is_in_the_readme(name: str) -> None:
    group, sub = name.split(" ", 1)
    assert sub in README and f"tether {group}" in README, f"README.md never shows `tether {name}`"


def test_readme_first_screen_has_the_two_commands() -> None:
    first_screen = "\n".join(README.splitlines()[:25])
    assert "make demo" in first_screen and "make test" in first_screen
