"""``tether scan``, ``tether redact`` and ``tether hook``: the scanner's command-line front end.

The scan layer stays pure; this module supplies what it needs from above: the fingerprint key (the
baseline's salt, or a per-user key kept in the cache directory), the vault link (``backend.match_value``
when a vault exists), the progress bar (rich, imported only here and only on a terminal) and the
exit code (1 when findings remain, 0 when none, 2 on usage errors).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import click

from tether.cli import output
from tether.errors import TetherError, UsageError

if TYPE_CHECKING:
    from tether.scan.baseline import Baseline
    from tether.scan.engine import Engine, ScanResult
    from tether.scan.findings import Finding
    from tether.scan.sources import Source

HOOK_MARKER = "# tether-hook"
BASELINE_DEFAULT = ".tether-baseline.json"
_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?i?b?)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def parse_size(text: str) -> int:
    m = _SIZE_RE.match(text)
    if not m:
        raise UsageError(f"invalid size {text!r}", hint="use a number of bytes or e.g. 500k, 10MB")
    unit = (m.group(2) or "").lower()[:1]
    return int(float(m.group(1)) * _UNITS[unit])


def _user_key() -> bytes:
    """A stable per-user fingerprint key (0600 file in the cache dir), so reports compare across runs."""
    from tether.scan.userkey import user_key

    return user_key()


def _vault_matcher() -> Callable[[str], Any] | None:
    """``value -> best FingerprintMatch or None``, or ``None`` when there is no vault to link to.

    With no store file there is nothing to link to, and the client (``cryptography`` and the store,
    ~100 ms of imports) is never loaded: that check is ``open_backend(required=False)``'s own, made
    here first."""
    from tether import paths

    if not paths.store_path().exists():
        return None
    try:
        from tether.client import open_backend

        backend = open_backend(required=False)
    except (ImportError, TetherError) as exc:
        if isinstance(exc, TetherError):
            output.warn(f"findings are not linked to the vault: {exc.message}")
        return None
    if backend is None:
        return None

    from tether.client import best_match

    def best(value: str) -> Any:
        return best_match(backend.match_value(value))

    return best


def vault_link() -> Callable[[str], str | None]:
    """``value -> the vault item holding it, or None``. The vault is opened on the first value to
    link: a scan with no findings (a pre-commit hook's usual run) never imports the client
    (~70 ms) nor opens the store."""
    opened: list[Callable[[str], Any] | None] = []

    def link(value: str) -> str | None:
        if not opened:
            opened.append(_vault_matcher())
        matcher = opened[0]
        if matcher is None:
            return None
        m = matcher(value)
        return m.describe() if m is not None else None

    return link


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(
        TextColumn("scanning"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("scan", total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def _sources(
    paths: tuple[str, ...],
    *,
    git: bool,
    staged: bool,
    branch: str | None,
    since: str | None,
    exclude: tuple[str, ...],
    no_ignore: bool,
    max_size: int,
    stdin_name: str | None = None,
) -> list[Source]:
    from tether.scan.sources.files import FileSource
    from tether.scan.sources.git import GitHistorySource, StagedSource
    from tether.scan.sources.stdin import StdinSource

    if stdin_name is not None and "-" not in paths:
        raise UsageError("--stdin-filename names standard input: add - to the paths to scan")
    if staged and (git or branch or since):
        raise UsageError("--staged cannot be combined with --git, --branch or --since")
    if git or branch or since or staged:
        if "-" in paths:
            raise UsageError("standard input cannot be scanned as a git repository")
        repos = paths or (".",)
        if staged:
            return [StagedSource(r, exclude=exclude, max_file_size=max_size) for r in repos]
        return [
            GitHistorySource(r, branch=branch, since=since, exclude=exclude, max_file_size=max_size)
            for r in repos
        ]
    sources: list[Source] = []
    files = [p for p in paths if p != "-"]
    if "-" in paths:
        sources.append(StdinSource(name=stdin_name or "-"))
    if files or not paths:
        sources.append(
            FileSource(
                files or ["."],
                respect_gitignore=not no_ignore,
                exclude=exclude,
                max_file_size=max_size,
            )
        )
    return sources


def _close_sources(sources: list[Source]) -> None:
    for source in sources:
        close = getattr(source, "close", None)
        if close is not None:
            close()


def _summary(result: ScanResult, elapsed: float, verbose: bool) -> None:
    st = result.stats
    n = len(result.findings)
    parts = [f"{n} finding{'s' if n != 1 else ''} in {st.blobs} blob{'s' if st.blobs != 1 else ''}"]
    if st.skipped:
        detail = ", ".join(f"{reason} {count}" for reason, count in sorted(st.skipped.items()))
        parts.append(f"{sum(st.skipped.values())} skipped ({detail})")
    if st.capped_lines:
        parts.append(f"{st.capped_lines} very long lines only partly checked by generic rules")
    if st.suppressed_inline or st.suppressed_baseline:
        parts.append(
            f"suppressed: {st.suppressed_inline} inline, {st.suppressed_baseline} baseline"
        )
    output.note("; ".join(parts))
    if verbose:
        mb = st.bytes / 1e6
        output.note(f"engine {result.backend}, {mb:.1f} MB in {elapsed:.2f} s")
        for item in st.skipped_items:
            output.note(f"skipped {item.provenance.path}: {item.reason}")


def _table(findings: list[Finding], show_values: bool) -> None:
    rows = []
    for f in findings:
        p = f.provenance
        rows.append(
            {
                "rule": f.rule_id,
                "severity": f.severity,
                "location": f"{p.path}:{f.line}:{f.column}",
                "commit": (p.commit or "")[:10] or None,
                "secret": f.secret.reveal() if show_values else "****",
                "vault": f.link,
            }
        )
    columns = ["rule", "severity", "location"]
    if any(r["commit"] for r in rows):
        columns.append("commit")
    columns.append("secret")
    if any(r["vault"] for r in rows):
        columns.append("vault")
    output.table(rows, columns)


@click.command("scan")
@click.argument("paths", nargs=-1)
@click.option("--git", "git", is_flag=True, help="Scan the git history of the repository at PATH.")
@click.option("--staged", is_flag=True, help="Scan what the next commit would add (pre-commit).")
@click.option("--branch", metavar="REF", help="With --git: only history reachable from REF.")
@click.option("--since", metavar="DATE", help="With --git: only commits after DATE.")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "sarif"]),
    default="table",
    show_default=True,
)
@click.option("-o", "--output", "out_path", metavar="FILE", help="Write the report to FILE.")
@click.option("--show-values", is_flag=True, help="Print secret values (redacted by default).")
@click.option("--baseline", metavar="FILE", help="Write FILE if missing, else hide what it lists.")
@click.option(
    "--update-baseline", is_flag=True, help="Rewrite --baseline FILE with current findings."
)
@click.option(
    "--exclude", multiple=True, metavar="GLOB", help="Skip paths matching GLOB (repeatable)."
)
@click.option("--no-ignore", is_flag=True, help="Do not honour .gitignore files.")
@click.option(
    "--stdin-filename",
    metavar="PATH",
    help="With -: the file standard input holds (rules for named files; reported path).",
)
@click.option("--max-file-size", default="10MB", show_default=True, metavar="SIZE")
@click.option("--engine", type=click.Choice(["auto", "hyperscan", "re"]), default=None)
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes.")
@click.option("--no-vault", is_flag=True, help="Do not link findings to vault items.")
@click.option(
    "--record",
    is_flag=True,
    help="Store the findings (fingerprints only) in the vault for `tether report`.",
)
@click.option("-v", "--verbose", is_flag=True, help="Show skipped files and scan statistics.")
def scan_cmd(
    paths: tuple[str, ...],
    git: bool,
    staged: bool,
    branch: str | None,
    since: str | None,
    fmt: str,
    out_path: str | None,
    show_values: bool,
    baseline: str | None,
    update_baseline: bool,
    exclude: tuple[str, ...],
    no_ignore: bool,
    stdin_filename: str | None,
    max_file_size: str,
    engine: str | None,
    jobs: int | None,
    no_vault: bool,
    record: bool,
    verbose: bool,
) -> None:
    """Find plaintext secrets in files, folders, git history or standard input (-).

    Exit status: 0 no findings, 1 findings, 2 usage error.
    """
    if update_baseline and not baseline:
        raise UsageError("--update-baseline needs --baseline FILE")
    max_size = parse_size(max_file_size)
    # the sources first: a git history source starts ``git log`` (which lists nothing until it has
    # walked every commit) and the size listing now, so they run while the engine is imported and
    # loads its rules (~60 ms on the critical path of a history scan otherwise)
    sources = _sources(
        paths,
        git=git,
        staged=staged,
        branch=branch,
        since=since,
        exclude=exclude,
        no_ignore=no_ignore,
        max_size=max_size,
        stdin_name=stdin_filename,
    )
    try:
        from tether.scan.engine import Engine

        base: Baseline | None = None
        writing_baseline = False
        if baseline:
            from tether.scan.baseline import Baseline  # tempfile and pathlib: only with a baseline

            if os.path.exists(baseline):
                base = Baseline.load(baseline)
                writing_baseline = update_baseline
            else:
                base = Baseline.new()
                writing_baseline = True
        key = base.salt if base is not None else _user_key()
        link = None if no_vault else vault_link()
        eng = Engine(key=key, engine=engine, link=link, jobs=jobs)
    except BaseException:
        _close_sources(sources)  # e.g. an unreadable baseline: stop the git processes started
        raise
    started = time.monotonic()
    with _progress(sys.stderr.isatty() and not verbose) as progress:
        result = eng.scan(sources, progress=progress)
    elapsed = time.monotonic() - started
    if record:  # every plaintext copy counts as sprawl, baselined or not
        full_tree_scan = not (git or staged or "-" in paths or exclude)
        _record(result.findings, list(paths or (".",)) if full_tree_scan else None)
    if base is not None and baseline:
        if writing_baseline:
            n = base.write(baseline, result.findings)
            output.note(f"wrote baseline {baseline} with {n} finding{'s' if n != 1 else ''}")
            result.stats.suppressed_baseline = len(result.findings)
            result.findings = []
        else:
            kept = [f for f in result.findings if f not in base]
            result.stats.suppressed_baseline = len(result.findings) - len(kept)
            result.findings = kept
    report: str | None = None
    from tether import __version__
    from tether.scan.formats import to_json, to_sarif

    if fmt == "json":
        report = json.dumps(
            to_json(result, show_values=show_values, tool_version=__version__), indent=2
        )
    elif fmt == "sarif":
        report = json.dumps(
            to_sarif(result, eng.rules, show_values=show_values, tool_version=__version__),
            indent=2,
        )
    if out_path:
        with open(out_path, "w", encoding="utf-8") as fh:
            if report is not None:
                fh.write(report + "\n")
            else:
                for f in result.findings:
                    fh.write(f"{f.rule_id}\t{f.path}:{f.line}:{f.column}\n")
    elif report is not None:
        click.echo(report)
    else:
        _table(result.findings, show_values)
    _summary(result, elapsed, verbose)
    _exit_now(1 if result.findings else 0)


def _exit_now(code: int) -> None:
    """End the scan with ``code``. When this is the ``tether`` process itself (not a caller that
    runs the command in-process, e.g. a test runner with its own streams), the exit handlers run
    and the process ends without the interpreter's teardown of every module and object (~20 ms
    of a ~0.4 s history scan, after all output is written)."""
    import atexit

    real = sys.stdout is sys.__stdout__ and sys.stderr is sys.__stderr__
    if not real or os.environ.get("TETHER_NO_FAST_EXIT") or not hasattr(atexit, "_run_exitfuncs"):
        if code:
            sys.exit(code)
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(code or 1)  # e.g. a closed pipe: let the normal exit report it
    atexit._run_exitfuncs()
    os._exit(code)


def _record(findings: list[Finding], scanned_paths: list[str] | None) -> None:
    """Store findings for the sprawl report. File locations are made absolute so that later
    scans from another folder match them; a full scan of a folder marks the open findings under
    it that it no longer sees as remediated."""
    from dataclasses import replace

    from tether.client import open_backend
    from tether.lifecycle.findings import FindingRecord

    records = []
    for f in findings:
        rec = FindingRecord.from_scan(f)
        if f.provenance.kind == "file" and not f.provenance.commit:
            rec = replace(rec, location=f"{os.path.abspath(f.path)}:{f.line}")
        records.append(rec)
    scope = None
    if scanned_paths is not None:
        scope = []
        for p in scanned_paths:
            absolute = os.path.abspath(p)
            scope.append(absolute.rstrip(os.sep) + os.sep if os.path.isdir(p) else absolute + ":")
    result = open_backend().record_findings(records, scope=scope)
    output.note(
        f"recorded {len(records)} finding(s): {result.new} new, {result.linked} linked to the vault, "
        f"{result.remediated} no longer found"
    )


@click.command("redact")
@click.argument("file", default="-")
@click.option("--engine", type=click.Choice(["auto", "hyperscan", "re"]), default=None)
@click.option(
    "--no-vault", is_flag=True, help="Do not replace values with their tether:// reference."
)
@click.option(
    "--stdin-filename",
    metavar="PATH",
    help="With -: the file standard input holds (rules for named files).",
)
def redact_cmd(file: str, engine: str | None, no_vault: bool, stdin_filename: str | None) -> None:
    """Print FILE (or standard input) with every secret replaced by [REDACTED:rule-id].

    Values that the vault holds are replaced by their tether:// reference instead.
    """
    from tether.scan.engine import Engine
    from tether.scan.redact import redact

    if stdin_filename is not None and file != "-":
        raise UsageError("--stdin-filename names standard input: give - as the FILE")
    if file == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            with open(file, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            raise UsageError(f"cannot read {file}: {exc.strerror}") from None
    matcher = None if no_vault else _vault_matcher()

    def replacement(f: Finding) -> str | None:
        if matcher is None:
            return None
        m = matcher(f.secret.reveal())
        return str(m.ref) if m is not None else None

    eng: Engine = Engine(key=_user_key(), engine=engine, jobs=1)
    text, _ = redact(data, eng, replacement, path=stdin_filename or file)
    sys.stdout.buffer.write(text)
    sys.stdout.flush()


@click.group("hook")
def hook_group() -> None:
    """Install tether as a git pre-commit hook."""


def _hooks_dir(repo: str) -> str:
    proc = subprocess.run(
        ["git", "-C", repo, "rev-parse", "--git-path", "hooks"], capture_output=True, text=True
    )
    if proc.returncode != 0:
        raise UsageError(f"{repo} is not a git repository", hint="run this inside a git work tree")
    path = proc.stdout.strip()
    return path if os.path.isabs(path) else os.path.join(repo, path)


def hook_script() -> str:
    python = shlex.quote(sys.executable)
    return f"""#!/bin/sh
{HOOK_MARKER}: installed by `tether hook install`; blocks commits that add plaintext secrets.
# Known findings: list them in {BASELINE_DEFAULT} (tether scan --staged --baseline {BASELINE_DEFAULT}).
tether_scan() {{
  if command -v tether >/dev/null 2>&1; then tether scan "$@"; else {python} -m tether.cli scan "$@"; fi
}}
if [ -f {BASELINE_DEFAULT} ]; then
  tether_scan --staged --baseline {BASELINE_DEFAULT}
else
  tether_scan --staged
fi
"""


@hook_group.command("install")
@click.option(
    "--force", is_flag=True, help="Replace an existing pre-commit hook that is not tether's."
)
@click.argument("repo", default=".")
def hook_install_cmd(force: bool, repo: str) -> None:
    """Write .git/hooks/pre-commit so that every commit is scanned (tether scan --staged)."""
    hooks = _hooks_dir(repo)
    path = os.path.join(hooks, "pre-commit")
    if os.path.exists(path) and not force:
        with open(path, encoding="utf-8", errors="replace") as fh:
            existing = fh.read()
        if HOOK_MARKER not in existing:
            raise UsageError(
                f"{path} exists and is not tether's hook",
                hint="add `tether scan --staged` to it yourself, or pass --force to replace it",
            )
    os.makedirs(hooks, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(hook_script())
    os.chmod(path, 0o755)  # noqa: S103 - git runs hooks only when they are executable
    output.note(f"installed pre-commit hook {path}")
