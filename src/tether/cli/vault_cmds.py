"""`tether init` and `tether vault create|list|rm`."""

from __future__ import annotations

import os

import click

from tether.cli.common import backend, json_option
from tether.cli.output import echo, emit_json, note, table
from tether.errors import UsageError


@click.command("init")
@click.option("--passphrase", is_flag=True, help="Seal the root key with a passphrase (Argon2id).")
@click.option(
    "--no-keyring", is_flag=True, help="Keep the root key in a 0600 file, not the OS keyring."
)
@json_option
def init_cmd(passphrase: bool, no_keyring: bool, as_json: bool) -> None:
    """Create the local store and root key (safe to run again: nothing is replaced)."""
    from tether.client.local import initialize

    secret_phrase = None
    if passphrase:
        secret_phrase = os.environ.get("TETHER_PASSPHRASE")
        if secret_phrase is None:
            secret_phrase = click.prompt(
                "new passphrase", hide_input=True, confirmation_prompt=True, err=True
            )
        if len(secret_phrase) < 8:
            raise UsageError("the passphrase is too short", hint="use at least 8 characters")
    result = initialize(passphrase=secret_phrase, use_keyring=False if no_keyring else None)
    where = {
        "keyring": "in the OS keyring",
        "plain": f"in {result.key_path} (mode 0600)",
        "passphrase": f"in {result.key_path}, sealed with your passphrase",
    }[result.key_kind]
    if as_json:
        emit_json(
            {
                "store": str(result.store_path),
                "key_file": str(result.key_path),
                "key_storage": result.key_kind,
                "created_store": result.created_store,
                "created_key": result.created_key,
            }
        )
        return
    if not result.created_store and not result.created_key:
        note(f"already initialized: store {result.store_path}, root key {where}; nothing changed")
        return
    note(f"store {result.store_path}" + (" (created)" if result.created_store else ""))
    note(f"root key {where}" + (" (created)" if result.created_key else ""))
    if result.key_kind == "plain":
        note("back up the key file: without it the store cannot be opened")


@click.group("vault")
def vault_group() -> None:
    """Create, list and remove vaults."""


@vault_group.command("create")
@click.argument("name")
@json_option
def vault_create(name: str, as_json: bool) -> None:
    """Create a vault with its own data key."""
    info = backend().create_vault(name)
    if as_json:
        emit_json(info.to_json())
    else:
        note(f"created vault {info.name}")


@vault_group.command("list")
@json_option
def vault_list(as_json: bool) -> None:
    """List vaults and how many items each holds."""
    vaults = backend().list_vaults()
    if as_json:
        emit_json([v.to_json() for v in vaults])
    elif not vaults:
        note("no vaults yet; create one with `tether vault create NAME`")
    else:
        table([v.to_json() for v in vaults], ["name", "items", "created_at"])


@vault_group.command("rm")
@click.argument("name")
@click.option("--force", is_flag=True, help="Also delete the items the vault holds.")
def vault_rm(name: str, force: bool) -> None:
    """Remove a vault (empty unless --force)."""
    backend().remove_vault(name, force=force)
    note(f"removed vault {name}")


@click.command("completion")
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion_cmd(shell: str) -> None:
    """Print the shell completion script (e.g. `eval "$(tether completion bash)"`)."""
    from click.shell_completion import get_completion_class

    from tether.cli.main import cli

    cls = get_completion_class(shell)
    assert cls is not None
    echo(cls(cli, {}, "tether", "_TETHER_COMPLETE").source())
