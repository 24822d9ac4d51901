"""`tether set|read|list|rm|history|restore`: the everyday item commands."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tether.cli.common import backend, json_option, parse_ref
from tether.cli.output import emit_json, note, table, write_secret
from tether.errors import UsageError

CHARSETS = {
    "alnum": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    "hex": "0123456789abcdef",
    "alpha": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "digits": "0123456789",
    "symbols": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#%+-.:=@^_~",
    "urlsafe": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_",
}


def generate_value(length: int, charset: str) -> str:
    import secrets

    if length < 8 or length > 4096:
        raise UsageError(f"--length {length} is out of range", hint="use a length from 8 to 4096")
    alphabet = CHARSETS[charset]
    return "".join(secrets.choice(alphabet) for _ in range(length))


def _value_from_input(file: str | None, generate: bool, length: int, charset: str) -> str:
    if generate:
        if file:
            raise UsageError(
                "--generate and --file cannot be combined", hint="pick one value source"
            )
        return generate_value(length, charset)
    if file:
        if file == "-":
            return sys.stdin.read()
        try:
            return Path(file).read_text()
        except OSError as exc:
            raise UsageError(f"cannot read {file}: {exc.strerror}", hint="check the path") from None
    if not sys.stdin.isatty():
        data = sys.stdin.read()
        return data[:-1] if data.endswith("\n") else data
    value: str = click.prompt("value", hide_input=True, confirmation_prompt=True, err=True)
    return value


@click.command("set")
@click.argument("ref")
@click.option(
    "--file", "file", metavar="PATH", help="Read the value from a file ('-' for stdin, verbatim)."
)
@click.option("--generate", is_flag=True, help="Generate a random value.")
@click.option("--length", default=32, show_default=True, help="Length of a generated value.")
@click.option("--charset", type=click.Choice(sorted(CHARSETS)), default="alnum", show_default=True)
@click.option("--owner", help="Owner of the item (default: you).")
@click.option("--tag", "tags", multiple=True, help="Tag the item (repeatable).")
@click.option("--env", "environment", help="Environment the item belongs to (dev, prod, …).")
@click.option(
    "--temporary", is_flag=True, help="Mark as a prototype secret that expires unless promoted."
)
@click.option(
    "--if-version", type=int, help="Write only if the field is at this version (0: new field)."
)
@json_option
def set_cmd(
    ref: str,
    file: str | None,
    generate: bool,
    length: int,
    charset: str,
    owner: str | None,
    tags: tuple[str, ...],
    environment: str | None,
    temporary: bool,
    if_version: int | None,
    as_json: bool,
) -> None:
    """Store a value at REF (from stdin, a hidden prompt, --file or --generate).

    The value is never printed. A new version is written each time; old ones stay in history.
    """
    from tether.vault.records import ItemMeta

    reference = parse_ref(ref)
    value = _value_from_input(file, generate, length, charset)
    if value == "":
        raise UsageError(
            "refusing to store an empty value", hint="pass the value on stdin or use --generate"
        )
    meta = ItemMeta(
        owner=owner,
        tags=list(tags) or None,
        environment=environment,
        temporary=True if temporary else None,
    )
    info = backend().set_value(
        reference, value, expected_version=if_version, meta=meta, create_vault=True
    )
    if as_json:
        emit_json(info.to_json())
    else:
        note(f"stored {info.ref} (version {info.version})")


@click.command("read")
@click.argument("ref")
@click.option("--reveal", is_flag=True, help="Allow printing the value to a terminal.")
@click.option(
    "--out-file", "-o", metavar="PATH", help="Write the value to PATH (mode 0600) instead."
)
@click.option("--force", is_flag=True, help="Overwrite --out-file if it exists.")
@click.option("-n", "--no-newline", is_flag=True, help="Do not print a trailing newline.")
def read_cmd(ref: str, reveal: bool, out_file: str | None, force: bool, no_newline: bool) -> None:
    """Print the value REF points to (to a pipe, a file, or a terminal with --reveal)."""
    reference = parse_ref(ref)
    if out_file is None and sys.stdout.isatty() and not reveal:
        raise UsageError(
            "refusing to print a secret to the terminal",
            hint="pipe it, use --out-file PATH, or pass --reveal",
        )
    value = backend().read(reference)
    if out_file is not None:
        from tether.fileio import atomic_write

        atomic_write(out_file, value.reveal().encode(), mode=0o600, overwrite=force)
        note(f"wrote {out_file} (mode 0600)")
    else:
        write_secret(value.reveal(), newline=not no_newline)


@click.command("list")
@click.argument("vault", required=False)
@json_option
def list_cmd(vault: str | None, as_json: bool) -> None:
    """List items with their metadata (never values)."""
    items = backend().list_items(vault)
    if as_json:
        emit_json([i.to_json() for i in items])
        return
    if not items:
        note(
            "no items" + (f" in vault {vault}" if vault else "") + "; add one with `tether set REF`"
        )
        return
    rows = [
        {
            "ref": i.ref,
            "fields": ",".join(f"{k}@v{v}" for k, v in i.fields.items()),
            "owner": i.owner,
            "env": i.environment,
            "tags": i.tags,
            "temp": i.temporary,
            "updated": i.updated_at,
        }
        for i in items
    ]
    table(rows, ["ref", "fields", "owner", "env", "tags", "temp", "updated"])


@click.command("rm")
@click.argument("ref")
def rm_cmd(ref: str) -> None:
    """Remove an item (tether://VAULT/ITEM) or one field (tether://VAULT/ITEM/FIELD)."""
    reference = parse_ref(ref)
    backend().remove(reference)
    note(f"removed {reference}")


@click.command("history")
@click.argument("ref")
@json_option
def history_cmd(ref: str, as_json: bool) -> None:
    """Show every version of a field (never values)."""
    versions = backend().history(parse_ref(ref))
    if as_json:
        emit_json([v.to_json() for v in versions])
    else:
        table([v.to_json() for v in versions], ["version", "state", "created_at", "created_by"])


@click.command("restore")
@click.argument("ref")
@click.option("--version", "version", type=int, required=True, help="The version to bring back.")
@json_option
def restore_cmd(ref: str, version: int, as_json: bool) -> None:
    """Make an old version current again (as a new version; history is kept)."""
    info = backend().restore(parse_ref(ref), version)
    if as_json:
        emit_json(info.to_json())
    else:
        note(f"restored {info.ref} from version {version} as version {info.version}")
