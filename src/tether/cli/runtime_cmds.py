"""`tether run|inject|mount|import`: secrets at execution time, and moving plaintext into the vault.

Kept light on purpose: ``tether run`` imports only click, the env-file parser, the resolver and the
runner; the vault is opened only when a reference needs resolving, and the scanner only by import.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from tether.cli.output import note
from tether.errors import ConflictError, NotFoundError, TetherError, UsageError
from tether.refs import Reference

if TYPE_CHECKING:
    from tether.client.backend import Backend
    from tether.runtime.resolve import ChildEnv

_CMD_SETTINGS = {"ignore_unknown_options": True, "allow_interspersed_args": False}


class _LazyResolver:
    """Opens the vault on first use only (a file without references needs none)."""

    def __init__(self, vault: str | None = None) -> None:
        self._backend: Backend | None = None
        self.vault = vault
        self.leases: list[str] = []  # dynamic-credential leases to end when the child exits

    @property
    def backend(self) -> Backend:
        if self._backend is None:
            from tether.client import open_backend

            self._backend = open_backend()
        return self._backend

    def __call__(self, refs: Sequence[Reference]) -> Mapping[Reference, str]:
        if self.vault is None:
            from tether.client.lifecycle_api import resolve_with_leases

            values, leases = resolve_with_leases(self.backend, refs)
            self.leases += leases
            return values
        swapped = {r: Reference(self.vault, r.item, r.field, r.version) for r in refs}
        got = self.backend.resolve_many(list(dict.fromkeys(swapped.values())))
        return {r: got[s] for r, s in swapped.items()}


def _env_files(env_files: tuple[str, ...], no_env_file: bool) -> list[str]:
    if env_files:
        return list(env_files)
    if not no_env_file and os.path.isfile(".env"):
        return [".env"]
    return []


def _child_env(
    env_files: list[str], vault: str | None, allow_env: tuple[str, ...]
) -> tuple[ChildEnv, _LazyResolver]:
    from tether.runtime.resolve import build_child_env

    resolver = _LazyResolver(vault)
    try:
        return build_child_env(env_files, os.environ, resolver, allow_env=allow_env), resolver
    except BaseException:
        _end_leases(resolver)  # a later reference failed: give back what was leased already
        raise


def _end_leases(resolver: _LazyResolver) -> None:
    for lease_id in resolver.leases:
        try:
            resolver.backend.end_lease(lease_id)
        except TetherError as exc:
            note(f"could not end lease {lease_id} ({exc.message}); its TTL still applies")
    resolver.leases.clear()


def _fast_exit(status: int) -> None:
    """Leave like the child did, skipping interpreter teardown (tens of ms with the vault loaded).

    Safe: the vault's writes (audit events) were committed when the values were read.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def _masking(no_masking: bool) -> bool:
    flag = os.environ.get("TETHER_NO_MASKING", "").lower() in ("1", "true", "yes")
    return not (no_masking or flag)


@click.command("run", context_settings=_CMD_SETTINGS)
@click.option(
    "--env-file",
    "env_files",
    multiple=True,
    metavar="FILE",
    help="Env file to load (repeatable; later files win). Default: ./.env if it exists.",
)
@click.option("--no-env-file", is_flag=True, help="Do not load ./.env by default.")
@click.option("--vault", metavar="V", help="Resolve every reference in vault V instead.")
@click.option("--no-masking", is_flag=True, help="Exec the command directly; output not masked.")
@click.option(
    "--allow-env", multiple=True, metavar="NAME", help="Let a file set this dangerous name."
)
@click.argument("command", nargs=-1, required=True, type=click.UNPROCESSED)
def run_cmd(
    env_files: tuple[str, ...],
    no_env_file: bool,
    vault: str | None,
    no_masking: bool,
    allow_env: tuple[str, ...],
    command: tuple[str, ...],
) -> None:
    """Run COMMAND with the references in env files and the environment resolved.

    Secret values are masked in the command's output unless --no-masking; signals are forwarded
    and tether exits with the command's status.
    """
    child, resolver = _child_env(_env_files(env_files, no_env_file), vault, allow_env)
    leased = bool(resolver.leases)  # dynamic credentials: tether must outlive the child
    if (not _masking(no_masking) or not child.secrets) and not leased:
        from tether.runtime.run import exec_direct

        exec_direct(list(command), child.env)
    from tether.runtime.run import run_masked

    sys.stdout.flush()
    secrets = child.secrets if _masking(no_masking) else []
    try:
        status = run_masked(list(command), child.env, secrets)
    finally:
        _end_leases(resolver)
    _fast_exit(status)


@click.command("inject")
@click.option("-i", "--in-file", "in_file", default="-", metavar="TEMPLATE", help="Template.")
@click.option("-o", "--out-file", "out_file", metavar="OUT", help="Output file (mode 0600).")
@click.option("-f", "--force", is_flag=True, help="Overwrite OUT if it exists.")
@click.option(
    "--file-mode", default="0600", show_default=True, help="Octal permissions of the output file."
)
@click.option("--vault", metavar="V", help="Resolve every reference in vault V instead.")
@click.option("--reveal", is_flag=True, help="Allow printing the result to a terminal.")
def inject_cmd(
    in_file: str,
    out_file: str | None,
    force: bool,
    file_mode: str,
    vault: str | None,
    reveal: bool,
) -> None:
    """Fill {{ tether://… }} placeholders in a template (stdin by default)."""
    from tether.runtime.inject import render

    try:
        mode = int(file_mode, 8)
    except ValueError:
        raise UsageError(f"--file-mode {file_mode} is not octal", hint="e.g. 0600") from None
    if out_file is None and sys.stdout.isatty() and not reveal:
        raise UsageError(
            "refusing to print secrets to the terminal",
            hint="use -o OUT, pipe the output, or pass --reveal",
        )
    if out_file is not None and os.path.lexists(out_file) and not force:
        raise UsageError(f"{out_file} already exists", hint="pass --force to overwrite it")
    try:
        template = sys.stdin.read() if in_file == "-" else Path(in_file).read_text("utf-8")
    except FileNotFoundError:
        raise UsageError(f"template {in_file} does not exist", hint="check the -i path") from None
    text, _ = render(template, _LazyResolver(vault))
    if out_file is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from tether.fileio import atomic_write

    atomic_write(out_file, text.encode("utf-8"), mode=mode, overwrite=force)
    note(f"wrote {out_file} (mode {mode:04o})")


@click.command("mount", context_settings={"ignore_unknown_options": True})
@click.argument("path")
@click.option("--env-file", "env_files", multiple=True, metavar="FILE", help="Env file to serve.")
@click.option("--vault", metavar="V", help="Resolve every reference in vault V instead.")
@click.option("--max-reads", default=0, help="Stop serving after N reads (0: no limit).")
@click.option("--no-masking", is_flag=True, help="Do not mask values in the command's output.")
@click.option("--allow-env", multiple=True, metavar="NAME", help="Allow a dangerous name.")
@click.argument("command", nargs=-1, required=True, type=click.UNPROCESSED)
def mount_cmd(
    path: str,
    env_files: tuple[str, ...],
    vault: str | None,
    max_reads: int,
    no_masking: bool,
    allow_env: tuple[str, ...],
    command: tuple[str, ...],
) -> None:
    """Serve the resolved env file at PATH (a named pipe) while COMMAND runs.

    The pipe exists only while COMMAND runs; the command finds its path in TETHER_MOUNT_PATH.
    """
    from tether.runtime.mount import mount_and_run
    from tether.runtime.resolve import TOKEN_VARIABLES, build_child_env

    files = list(env_files) or ([".env"] if os.path.isfile(".env") else [])
    if not files:
        raise UsageError("nothing to serve", hint="name the env file with --env-file FILE")
    if os.path.lexists(path):
        raise UsageError(f"{path} already exists", hint="choose a path that does not exist")
    resolved = build_child_env(files, {}, _LazyResolver(vault), allow_env=allow_env)
    env = {k: v for k, v in os.environ.items() if k not in TOKEN_VARIABLES}
    code = mount_and_run(
        path,
        resolved.env,
        list(command),
        env,
        masking=_masking(no_masking),
        max_reads=max_reads,
    )
    _fast_exit(code)


class _BackendVault:
    """The importer's view of the vault: create-only writes, batch reads."""

    def __init__(self, backend: Backend, owner: str) -> None:
        self.backend = backend
        self.owner = owner

    def store(self, ref: Reference, value: str) -> str:
        from tether.client import ItemMeta

        try:
            self.backend.get_item(Reference(ref.vault, ref.item))
            meta = None  # an existing item keeps its owner
        except NotFoundError:
            meta = ItemMeta(owner=self.owner, tags=["imported"])
        try:
            self.backend.set_value(ref, value, expected_version=0, meta=meta, create_vault=True)
            return "created"
        except ConflictError:
            if self.backend.read(ref).reveal() == value:
                return "unchanged"
            raise ConflictError(
                f"{ref} already holds a different value",
                hint="import under another item with --item NAME, or remove the field first",
            ) from None

    def resolve(self, refs: Sequence[Reference]) -> Mapping[Reference, str]:
        return self.backend.resolve_many(refs)


def _owner(backend: Backend) -> str:
    """The person importing: the backend's actor (``TETHER_USER`` or the login name)."""
    actor = getattr(backend, "actor", "") or ""
    if actor:
        return str(actor)
    import getpass

    return getpass.getuser()


@click.command("import")
@click.argument("paths", nargs=-1, required=True)
@click.option("--vault", metavar="V", help="Vault to store into (default: from the file name).")
@click.option("--item", metavar="NAME", help="Item name (default: the project folder's name).")
@click.option("--all", "import_all", is_flag=True, help="Import every non-empty value.")
@click.option("--only", multiple=True, metavar="KEY", help="Import only KEY (repeatable).")
@click.option("--dry-run", is_flag=True, help="Show the plan; change nothing.")
@click.option("--undo", is_flag=True, help="Write the referenced values back into the file.")
@click.option("--no-gitignore", is_flag=True, help="Leave .gitignore alone.")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def import_cmd(
    paths: tuple[str, ...],
    vault: str | None,
    item: str | None,
    import_all: bool,
    only: tuple[str, ...],
    dry_run: bool,
    undo: bool,
    no_gitignore: bool,
    as_json: bool,
) -> None:
    """Move the secrets in .env files into the vault and leave tether:// references behind.

    Plain settings (PORT=3000) stay. The vault is written first, then the file is replaced
    atomically and read back; --undo puts the values back.
    """
    from tether.runtime import importer

    if import_all and only:
        raise UsageError("--all and --only cannot be combined", hint="pick one")
    report: list[dict[str, Any]] = []
    if undo:
        if any(_planner(p) is not importer.plan_import for p in paths):
            raise UsageError(
                "--undo works on .env files",
                hint="read the values with tether read and put them back by hand",
            )
        undo_be = _open()
        for p in paths:
            keys = importer.undo_import(p, _BackendVault(undo_be, _owner(undo_be)))
            report.append({"path": p, "restored": keys})
            if not as_json:
                note(
                    f"{p}: restored {len(keys)} value(s)" + (f": {', '.join(keys)}" if keys else "")
                )
        _emit(report, as_json)
        return
    plans = [
        _planner(p)(
            p,
            vault=vault,
            item=item,
            only=only,
            import_all=import_all,
            gitignore=not no_gitignore,
        )
        for p in paths
    ]
    if dry_run:
        if as_json:
            _emit([pl.to_json() for pl in plans], True)
            return
        for pl in plans:
            _print_plan(pl)
        return
    be: Backend | None = _open() if any(pl.to_import for pl in plans) else None
    for pl in plans:
        if be is None:
            result = importer.ImportResult(pl.path)
            if pl.gitignore and pl.gitignore[1]:
                result.gitignore_path = pl.gitignore[0]
                result.gitignore_added = importer.append_gitignore(*pl.gitignore)
        else:
            store = _BackendVault(be, _owner(be))
            if isinstance(pl, importer.ComposePlan):
                result = importer.apply_compose_import(pl, store)
            elif isinstance(pl, importer.AwsPlan):
                result = importer.apply_aws_import(pl, store)
            else:
                result = importer.apply_import(pl, store)
        entry = pl.to_json()
        entry["created"] = result.created
        entry["unchanged"] = result.unchanged
        entry["gitignore_added"] = result.gitignore_added
        report.append(entry)
        if not as_json:
            _print_result(pl, result)
    _emit(report, as_json)


def _planner(path: str) -> Callable[..., Any]:
    """Which importer reads ``path``: compose file, AWS credentials INI, or .env (default)."""
    import functools

    from tether.runtime import importer
    from tether.runtime.awscreds import is_aws_credentials
    from tether.runtime.compose import is_compose_file

    name = Path(path).name
    if is_compose_file(name):
        return importer.plan_compose_import
    if not name.startswith(".env"):
        try:
            head = Path(path).read_bytes()[:1_000_000].decode("utf-8", "replace")
        except OSError:
            head = ""
        if is_aws_credentials(head):
            return functools.partial(importer.plan_aws_import, tether_cmd=_tether_cmd())
    return importer.plan_import


def _tether_cmd() -> str:
    """How credential_process should start this tether: ``tether`` if PATH finds this one."""
    import shlex
    import shutil

    beside = Path(sys.executable).with_name("tether")
    on_path = shutil.which("tether")
    if beside.exists():
        if on_path and Path(on_path).resolve() == beside.resolve():
            return "tether"
        return shlex.quote(str(beside))
    return f"{shlex.quote(sys.executable)} -m tether.cli"


@click.command("aws-credentials")
@click.argument("item_ref", metavar="REF")
@click.option("--reveal", is_flag=True, help="Allow printing to a terminal.")
def aws_credentials_cmd(item_ref: str, reveal: bool) -> None:
    """Print AWS credentials stored at REF for credential_process (written by tether import)."""
    from tether.cli.common import parse_ref
    from tether.runtime.awscreds import credential_json

    if sys.stdout.isatty() and not reveal:
        raise UsageError(
            "refusing to print credentials to the terminal",
            hint="this is for AWS credential_process; pass --reveal to see them",
        )
    ref = parse_ref(item_ref)
    be = _open()
    values: dict[str, str] = {}
    for name in ("aws_access_key_id", "aws_secret_access_key", "aws_session_token"):
        try:
            values[name] = be.read(ref.with_field(name)).reveal()
        except NotFoundError:
            if name != "aws_session_token":
                raise
    sys.stdout.write(credential_json(values) + "\n")
    sys.stdout.flush()


def _open() -> Backend:
    from tether.client import open_backend

    return open_backend()


def _emit(data: Any, as_json: bool) -> None:
    if as_json:
        from tether.cli.output import emit_json

        emit_json(data)


def _print_plan(pl: Any) -> None:
    from tether.cli.output import echo, table

    echo(f"{pl.path}: {len(pl.to_import)} secret(s) to import into vault {pl.vault}")
    rows = [
        {
            "line": e.line,
            "key": e.key,
            "action": e.action,
            "reference": str(e.ref) if e.ref else "",
            "why": e.reason,
        }
        for e in pl.entries
    ]
    table(rows, ["line", "key", "action", "reference", "why"])
    if pl.gitignore and pl.gitignore[1]:
        echo(f"would add to {pl.gitignore[0]}: {' '.join(pl.gitignore[1])}")


def _print_result(pl: Any, result: Any) -> None:
    n = len(result.created) + len(result.unchanged)
    if n:
        note(
            f"{pl.path}: moved {n} secret(s) into vault {pl.vault}; the file now refers to the vault"
        )
        for e in pl.to_import:
            note(f"  {e.key} -> {e.ref}")
    else:
        note(f"{pl.path}: no secrets found; file unchanged (use --only KEY or --all to choose)")
    if result.gitignore_added:
        note(f"added to {result.gitignore_path}: {' '.join(result.gitignore_added)}")
