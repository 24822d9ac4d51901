"""Git history and the staged index as sources; every blob is read once.

History: one ``git log --raw --topo-order --reverse`` pass lists, oldest first, every blob each commit
introduced; the first time a blob id appears gives the commit, author, date and path reported for it.
One ``git cat-file --batch-check --batch-all-objects`` pass gives sizes (so huge blobs are skipped
unread and chunks are balanced). Both start in the background when the source is created, so they
run while the engine loads its rules and database. Workers read their chunk's blobs with their own
``git cat-file --batch``, so contents never cross process boundaries.

Staged: the blobs ``git diff --cached`` would commit (added or modified files), for pre-commit hooks.
Each blob is scanned whole (so multi-line secrets and their context are seen), but for a modified
file only findings on the lines the commit adds are reported: a secret that is already in ``HEAD``
belongs to ``tether scan --git``, not to every later commit that touches the file.
"""

from __future__ import annotations

import os
import re
import subprocess
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO

from pathspec import GitIgnoreSpec

from tether.errors import ScanError
from tether.scan.findings import Provenance, Skipped
from tether.scan.sources import Blob
from tether.scan.sources.files import DEFAULT_MAX_FILE_SIZE, is_binary

__all__ = ["GitChunk", "GitHistorySource", "StagedSource", "first_introductions"]

CHUNK_BYTES = 4 * 1024 * 1024
CHUNK_BLOBS = 1024
_NULL_SHA = b"0" * 40
_FILE_MODES = (b"100644", b"100755")
_HUNK = re.compile(rb"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


def _git(repo: str, *args: str, check: bool = True) -> bytes:
    try:
        proc = subprocess.run(["git", "-C", repo, *args], capture_output=True, check=False)
    except FileNotFoundError as exc:
        raise ScanError("git is not installed", hint="install git or scan files instead") from exc
    if check and proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ScanError(
            f"git {args[0]} failed in {repo}: {detail[-1] if detail else 'exit ' + str(proc.returncode)}",
            hint="pass the path of a git repository (with at least one commit)",
        )
    return proc.stdout


class _Background:
    """A git command started now whose output is collected later (a thread drains the pipe, so
    git never blocks on a full pipe while the caller does other work)."""

    def __init__(self, repo: str, args: Sequence[str]) -> None:
        self.repo = repo
        self.args = list(args)
        try:
            self.proc = subprocess.Popen(
                ["git", "-C", repo, *self.args],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
        except FileNotFoundError as exc:
            raise ScanError(
                "git is not installed", hint="install git or scan files instead"
            ) from exc
        self._out = b""
        self._err = b""
        self._thread = threading.Thread(target=self._drain, daemon=True)
        self._thread.start()

    def _drain(self) -> None:
        self._out, self._err = self.proc.communicate()

    def result(self) -> bytes:
        self._thread.join()
        if self.proc.returncode != 0:
            detail = self._err.decode("utf-8", "replace").strip().splitlines()
            code = "exit " + str(self.proc.returncode)
            raise ScanError(
                f"git {self.args[0]} failed in {self.repo}: {detail[-1] if detail else code}",
                hint="pass the path of a git repository (with at least one commit)",
            )
        return self._out


def _repo_root(path: str) -> str:
    out = _git(path, "rev-parse", "--show-toplevel")
    return out.decode("utf-8", "surrogateescape").strip()


@dataclass(frozen=True)
class GitChunk:
    """Blobs of one repository to read with ``git cat-file --batch``: (blob id, provenance)."""

    repo: str
    items: tuple[tuple[str, Provenance], ...]
    max_file_size: int = DEFAULT_MAX_FILE_SIZE

    @property
    def size(self) -> int:
        return len(self.items)

    def blobs(self) -> Iterator[Blob | Skipped]:
        proc = subprocess.Popen(
            ["git", "-C", self.repo, "cat-file", "--batch"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert proc.stdin is not None and proc.stdout is not None
        request = b"".join(sha.encode() + b"\n" for sha, _ in self.items)

        stdin = proc.stdin

        def feed() -> None:
            try:
                stdin.write(request)
                stdin.close()
            except OSError:
                pass

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        out = proc.stdout
        try:
            for _sha, prov in self.items:
                header = out.readline().split()
                if len(header) != 3:
                    yield Skipped(prov, "unreadable")
                    continue
                size = int(header[2])
                if size > self.max_file_size:
                    _discard(out, size + 1)
                    yield Skipped(prov, "too large")
                    continue
                data = out.read(size)
                out.read(1)
                if is_binary(data):
                    yield Skipped(prov, "binary")
                    continue
                yield Blob(data, prov)
        finally:
            writer.join()
            out.close()
            proc.wait()


def _discard(stream: IO[bytes], n: int) -> None:
    read = stream.read
    while n > 0:
        got = read(min(n, 1 << 20))
        if not got:
            return
        n -= len(got)


def _log_args(revs: Sequence[str], since: str | None) -> list[str]:
    args = [
        "log",
        "--raw",
        "--no-renames",
        "--no-abbrev",
        "--topo-order",
        "--reverse",
        "--diff-merges=first-parent",
        "-z",
        "--format=%x01%H%x00%aI%x00%an <%ae>",
    ]
    if since:
        args.append(f"--since={since}")
    return [*args, *revs, "--"]


def first_introductions(
    repo: str, revs: Sequence[str], since: str | None = None
) -> dict[str, Provenance]:
    """Map blob id -> provenance of the first commit (oldest first, topological) that added it."""
    return _parse_log(_git(repo, *_log_args(revs, since)))


def _parse_log(out: bytes) -> dict[str, Provenance]:
    found: dict[str, Provenance] = {}
    for record in out.split(b"\x01"):
        if not record:
            continue
        parts = record.split(b"\0")
        if len(parts) < 3:
            continue
        commit = parts[0].decode()
        date = parts[1].decode()
        author = parts[2].decode("utf-8", "replace")
        rest = parts[3:]
        for i in range(0, len(rest) - 1, 2):
            meta = rest[i].strip()
            if not meta.startswith(b":"):
                continue
            fields = meta[1:].split(b" ")
            if len(fields) < 5 or fields[1] not in _FILE_MODES or fields[3] == _NULL_SHA:
                continue
            sha = fields[3].decode()
            if sha in found:
                continue
            path = rest[i + 1].decode("utf-8", "surrogateescape")
            found[sha] = Provenance(kind="git", path=path, commit=commit, author=author, date=date)
    return found


_SIZES_ARGS = (
    "cat-file",
    "--batch-check=%(objecttype) %(objectname) %(objectsize)",
    "--batch-all-objects",
    "--unordered",
)


def _blob_sizes(repo: str, out: bytes | None = None) -> list[tuple[str, int]]:
    """(blob id, size) of every blob in the object store, in pack order."""
    if out is None:
        out = _git(repo, *_SIZES_ARGS)
    sizes: list[tuple[str, int]] = []
    for line in out.splitlines():
        kind, _, rest = line.partition(b" ")
        if kind == b"blob":
            sha, _, size = rest.partition(b" ")
            sizes.append((sha.decode(), int(size)))
    return sizes


def _chunked(
    repo: str,
    wanted: dict[str, Provenance],
    max_file_size: int,
    skipped: list[Skipped],
    sizes: list[tuple[str, int]] | None = None,
) -> Iterator[GitChunk]:
    batch: list[tuple[str, Provenance]] = []
    batch_bytes = 0
    if sizes is None:
        sizes = _blob_sizes(repo)
    ordered = [(sha, size) for sha, size in sizes if sha in wanted]
    seen = {sha for sha, _ in ordered}
    # blobs not listed (e.g. in an alternate object store) still get read
    ordered += [(sha, 0) for sha in wanted if sha not in seen]
    for sha, size in ordered:
        prov = wanted[sha]
        if size > max_file_size:
            skipped.append(Skipped(prov, "too large"))
            continue
        batch.append((sha, prov))
        batch_bytes += size
        if batch_bytes >= CHUNK_BYTES or len(batch) >= CHUNK_BLOBS:
            yield GitChunk(repo, tuple(batch), max_file_size)
            batch, batch_bytes = [], 0
    if batch:
        yield GitChunk(repo, tuple(batch), max_file_size)


class GitHistorySource:
    """Every blob in the history of ``repo`` (all refs, or ``branch``), each read once."""

    kind = "git"

    def __init__(
        self,
        repo: str = ".",
        *,
        branch: str | None = None,
        since: str | None = None,
        exclude: Sequence[str] = (),
        max_file_size: int = DEFAULT_MAX_FILE_SIZE,
    ) -> None:
        self.repo = _repo_root(os.path.abspath(repo))
        self.branch = branch
        self.since = since
        self.exclude = GitIgnoreSpec.from_lines(list(exclude)) if exclude else None
        self.max_file_size = max_file_size
        self.skipped: list[Skipped] = []
        # the history walk and the size listing start now and run while the engine loads its
        # rules and Hyperscan database; chunks() collects them
        revs = [self.branch] if self.branch else ["--all"]
        self._log: _Background | None = _Background(self.repo, _log_args(revs, since))
        self._sizes: _Background | None = _Background(self.repo, _SIZES_ARGS)

    def _started(self) -> tuple[bytes, bytes]:
        log, sizes = self._log, self._sizes
        if log is None or sizes is None:  # chunks() called again: walk afresh
            revs = [self.branch] if self.branch else ["--all"]
            log = _Background(self.repo, _log_args(revs, self.since))
            sizes = _Background(self.repo, _SIZES_ARGS)
        self._log = self._sizes = None
        return log.result(), sizes.result()

    def chunks(self) -> Iterator[GitChunk]:
        log_out, sizes_out = self._started()
        wanted = _parse_log(log_out)
        if self.exclude is not None:
            spec = self.exclude
            wanted = {s: p for s, p in wanted.items() if not spec.match_file(p.path)}
        sizes = _blob_sizes(self.repo, sizes_out)
        yield from _chunked(self.repo, wanted, self.max_file_size, self.skipped, sizes)


class StagedSource:
    """The staged versions of added and modified files (what the next commit would contain)."""

    kind = "staged"

    def __init__(
        self,
        repo: str = ".",
        *,
        exclude: Sequence[str] = (),
        max_file_size: int = DEFAULT_MAX_FILE_SIZE,
    ) -> None:
        self.repo = _repo_root(os.path.abspath(repo))
        self.exclude = GitIgnoreSpec.from_lines(list(exclude)) if exclude else None
        self.max_file_size = max_file_size
        self.skipped: list[Skipped] = []

    def chunks(self) -> Iterator[GitChunk]:
        out = _git(
            self.repo,
            "diff",
            "--cached",
            "--raw",
            "-z",
            "--no-renames",
            "--no-abbrev",
            "--diff-filter=AM",
        )
        parts = out.split(b"\0")
        added = _added_lines(self.repo)
        wanted: dict[str, Provenance] = {}
        for i in range(0, len(parts) - 1, 2):
            fields = parts[i].lstrip(b":").split(b" ")
            if len(fields) < 5 or fields[1] not in _FILE_MODES:
                continue
            path = parts[i + 1].decode("utf-8", "surrogateescape")
            if self.exclude is not None and self.exclude.match_file(path):
                continue
            lines = None
            if fields[4].startswith(b"M"):
                lines = added.get(path, ())
            wanted.setdefault(fields[3].decode(), Provenance(kind="staged", path=path, lines=lines))
        if wanted:
            yield from _chunked(self.repo, wanted, self.max_file_size, self.skipped)


def _added_lines(repo: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """For each staged modified file, the (first, last) line ranges the commit adds to it."""
    out = _git(
        repo,
        "-c",
        "core.quotePath=false",
        "diff",
        "--cached",
        "-U0",
        "--no-color",
        "--no-ext-diff",
        "--no-renames",
        "--diff-filter=M",
        "--src-prefix=a/",
        "--dst-prefix=b/",
    )
    result: dict[str, list[tuple[int, int]]] = {}
    current: list[tuple[int, int]] | None = None
    for line in out.split(b"\n"):
        if line.startswith(b"+++ "):
            name = line[4:]
            if name.startswith(b"b/"):
                current = result.setdefault(name[2:].decode("utf-8", "surrogateescape"), [])
            else:  # a quoted or unusual name: report the whole file rather than guess
                current = None
        elif line.startswith(b"@@") and current is not None:
            m = _HUNK.match(line)
            if m:
                start, count = int(m.group(1)), int(m.group(2) or b"1")
                if count:
                    current.append((start, start + count - 1))
    return {path: tuple(ranges) for path, ranges in result.items()}
