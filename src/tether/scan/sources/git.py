"""Git history and the staged index as sources; every blob is read once.

History: one ``git log --raw --topo-order --reverse`` pass lists, oldest first, every blob each commit
introduced; the first time a blob id appears gives the commit, author, date and path reported for it.
One ``git cat-file --batch-check --batch-all-objects`` pass gives sizes (so huge blobs are skipped
unread and chunks are balanced). Both start in the background when the source is created, so they
run while the engine loads its rules and database, and the log is parsed as it streams in: the first
chunks go to the workers while git is still walking later commits. Each process reads its chunks'
blobs through one long-lived ``git cat-file --batch`` of its own (one per process and repository, not
one per chunk), so contents never cross process boundaries.

A file's new version is scanned around what changed only: each process keeps the blobs it has
read lately (``HELD_BYTES``), and the log gives each new version the blob id of the version before
it; when this process holds that version, the blob is handed to the engine with the byte range
that differs (common prefix and suffix dropped; see engine.py). All versions of a path go to one
*lane*, and the engine scans a lane's chunks in one process, in history order, so the previous
version is almost always at hand. A secret already in the previous version is that version's
finding (``GitChunk.settle``), so nothing that would be reported is left out.

Staged: the blobs ``git diff --cached`` would commit (added or modified files), for pre-commit hooks.
Each blob is scanned whole (so multi-line secrets and their context are seen), but for a modified
file only findings on the lines the commit adds are reported: a secret that is already in ``HEAD``
belongs to ``tether scan --git``, not to every later commit that touches the file.
"""

from __future__ import annotations

import atexit
import itertools
import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from tether.errors import ScanError
from tether.scan.findings import Finding, Provenance, Skipped
from tether.scan.sources import Blob
from tether.scan.sources.files import DEFAULT_MAX_FILE_SIZE, scan_text

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

__all__ = ["GitChunk", "GitHistorySource", "StagedSource", "first_introductions"]

# small chunks: the first reach the workers early and the last ones leave little imbalance; a
# chunk costs only a few requests to the process's long-lived ``git cat-file``. The first chunks of
# a history are smaller still (FIRST_CHUNK_BLOBS, doubling up to CHUNK_BLOBS): the engine starts its
# workers once it has two chunks in hand, and git is still listing the rest.
CHUNK_BYTES = 1024 * 1024
CHUNK_BLOBS = 256
FIRST_CHUNK_BLOBS = 32
# the recently read blobs a process keeps, so that the next version of a file is compared with
# its previous one instead of being scanned whole (bytes of text, per process)
HELD_BYTES = 48 * 1024 * 1024
# lane 0 is scanned by the process that also parses the log, sends the other lanes' chunks to
# their workers and takes in their results (engine._Workers): that costs it, per blob listed in any
# lane, about as much as scanning this many units of a lane's estimated load (bytes of a new file,
# a quarter of a modified file's), so a new path goes to lane 0 only when it is that much lighter
# (else that process finishes last while the others wait; measured: ~14-19 us of listing per blob
# against ~45 us of scanning per 1000 units, plus the chunks' pickles)
LISTING_LOAD = 400
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
    """A git command started now whose output a thread collects as it arrives (so git never blocks
    on a full pipe while the caller does other work); :meth:`pieces` hands it over as it comes,
    :meth:`result` all at once."""

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
        self._pieces: list[bytes] = []
        self._ended = False
        self._err = b""
        self._cond = threading.Condition()
        self._threads = [_start_thread(self._drain), _start_thread(self._drain_err)]

    def _drain(self) -> None:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        try:
            while True:
                try:
                    piece = os.read(fd, 1 << 16)
                except OSError:
                    break
                if not piece:
                    break
                with self._cond:
                    self._pieces.append(piece)
                    self._cond.notify()
        finally:
            with self._cond:
                self._ended = True
                self._cond.notify()

    def _drain_err(self) -> None:
        # os.read on the descriptor, not the buffered file: a thread blocked inside a buffered
        # read holds its lock, and closing the file at interpreter exit would then abort
        assert self.proc.stderr is not None
        fd = self.proc.stderr.fileno()
        parts = []
        try:
            while piece := os.read(fd, 1 << 16):
                parts.append(piece)
        except OSError:
            pass
        self._err = b"".join(parts)

    def pieces(self) -> Iterator[bytes]:
        """The output, piece by piece as git writes it; ``ScanError`` at the end if git failed."""
        while True:
            with self._cond:
                while not self._pieces and not self._ended:
                    self._cond.wait()
                got, self._pieces = self._pieces, []
                ended = self._ended
            yield from got
            if ended and not got:
                break
        for t in self._threads:
            t.wait()
        self.proc.wait()
        self._close_pipes()
        if self.proc.returncode != 0:
            detail = self._err.decode("utf-8", "replace").strip().splitlines()
            code = "exit " + str(self.proc.returncode)
            raise ScanError(
                f"git {self.args[0]} failed in {self.repo}: {detail[-1] if detail else code}",
                hint="pass the path of a git repository (with at least one commit)",
            )

    def result(self) -> bytes:
        return b"".join(self.pieces())

    def finished(self) -> bool:
        """Whether git has written all its output (so :meth:`result` will not wait)."""
        with self._cond:
            return self._ended

    def close(self) -> None:
        """Stop git if its output is no longer wanted (a no-op once it has finished)."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        if sys.is_finalizing():  # daemon threads are frozen now: leave the pipes to the OS
            return
        for t in self._threads:
            t.wait()
        self._close_pipes()

    def _close_pipes(self) -> None:
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


def _start_thread(target: Callable[[], None]) -> threading.Event:
    """Run ``target`` in a daemon thread; the event is set when it returns. Started with
    ``_thread`` rather than ``threading.Thread``, whose ``start`` waits until the new thread has
    run (up to several ms while the git processes just started hold the cores)."""
    import _thread

    done = threading.Event()

    def run() -> None:
        try:
            target()
        finally:
            done.set()

    _thread.start_new_thread(run, ())
    return done


class _CatFile:
    """One ``git cat-file --batch`` that a process keeps open for one repository and reuses for
    every chunk it reads from there (starting git once per chunk cost ~2 ms per chunk)."""

    def __init__(self, repo: str) -> None:
        self.repo = repo
        self.pid = os.getpid()
        self.busy = False
        self.proc = subprocess.Popen(
            ["git", "-C", repo, "cat-file", "--batch"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        # room for git to run ahead of the scan (a 64 KB pipe holds a few blobs: git and the scan
        # would take turns instead of working at the same time), and for a whole chunk's requests
        _pipe_size(self.proc.stdout.fileno(), 1 << 20)
        self.request_room = _pipe_size(self.proc.stdin.fileno(), 1 << 16)

    def alive(self) -> bool:
        return self.pid == os.getpid() and self.proc.poll() is None

    def blobs(
        self, items: Sequence[tuple[str, Provenance]], max_file_size: int
    ) -> Iterator[Blob | Skipped]:
        proc = self.proc
        assert proc.stdin is not None and proc.stdout is not None
        request = memoryview(b"".join(sha.encode() + b"\n" for sha, _ in items))
        fd = proc.stdin.fileno()

        def feed() -> None:  # a thread, so that git never waits on a full pipe in either direction
            # os.write, not the buffered file: no lock that closing the file would wait for
            sent = 0
            try:
                while sent < len(request):
                    sent += os.write(fd, request[sent:])
            except OSError:
                pass

        writer: threading.Thread | None = None
        if len(request) <= self.request_room:
            # git has read every earlier request, so the pipe is empty and this cannot block
            feed()
        else:
            writer = threading.Thread(target=feed, daemon=True)
            writer.start()
        out = proc.stdout
        answered = 0
        complete = False
        self.busy = True
        try:
            for _sha, prov in items:
                line = out.readline()
                if not line:  # git is gone: the rest cannot be read
                    break
                answered += 1
                header = line.split()
                if len(header) != 3:
                    yield Skipped(prov, "unreadable")
                    continue
                size = int(header[2])
                if size > max_file_size:
                    _discard(out, size + 1)
                    yield Skipped(prov, "too large")
                    continue
                data = out.read(size)
                out.read(1)
                text = scan_text(data)
                if text is None:
                    yield Skipped(prov, "binary")
                    continue
                yield Blob(text, prov)
            for _sha, prov in items[answered:]:
                yield Skipped(prov, "unreadable")
            complete = True
        finally:
            self.busy = False
            if not complete:  # stopped early or failed: what git still sends is out of step
                self.close()
            if writer is not None:
                writer.join()

    def close(self) -> None:
        if _CAT_FILES.get(self.repo) is self:
            del _CAT_FILES[self.repo]
        if self.pid != os.getpid():
            return  # a forked worker holds a copy of its parent's handle: not its to stop
        if self.proc.poll() is None:
            self.proc.kill()  # read-only: nothing to lose, and EOF would not come while a forked
            # worker still holds a copy of the pipe
        self.proc.wait()
        if sys.is_finalizing():
            return
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass


_CAT_FILES: dict[str, _CatFile] = {}

# blob id -> text of the blobs this process read lately, oldest first (see HELD_BYTES)
_HELD: dict[str, bytes] = {}
_held_bytes = [0]


def _hold(sha: str, data: bytes) -> None:
    if len(data) > HELD_BYTES // 4 or sha in _HELD:
        return
    _HELD[sha] = data
    _held_bytes[0] += len(data)
    while _held_bytes[0] > HELD_BYTES:  # dicts keep insertion order: the oldest go first
        _held_bytes[0] -= len(_HELD.pop(next(iter(_HELD))))


def changed_range(new: bytes, old: bytes, grain: int = 64) -> tuple[int, int]:
    """[start, end) of ``new`` that holds everything outside its common prefix and suffix with
    ``old``: exact for an append, else within ``grain`` bytes (the engine widens it to whole lines
    anyway). memcmp by halving: no copies, a few microseconds for a large file."""
    n, m = len(new), len(old)
    if new.startswith(old):  # an append (the most common edit)
        return m, n
    view_old = memoryview(old)
    lo, hi = 0, min(n, m)
    while hi - lo > grain:  # bytes [0, lo) are common; the first difference is before hi
        mid = (lo + hi) // 2
        if new.startswith(view_old[:mid]):
            lo = mid
        else:
            hi = mid
    prefix = lo
    lo, hi = 0, min(n, m) - prefix + 1
    while hi - lo > grain:  # the last lo bytes are common, and not part of the prefix
        mid = (lo + hi) // 2
        if new.endswith(view_old[m - mid :]):
            lo = mid
        else:
            hi = mid
    return prefix, n - lo


def _pipe_size(fd: int, want: int) -> int:
    """Grow a pipe's buffer towards ``want`` bytes (Linux); its size afterwards (0: unknown)."""
    try:
        import fcntl

        try:
            return int(fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, want))
        except OSError:  # over the per-user limit: keep what it has
            return int(fcntl.fcntl(fd, fcntl.F_GETPIPE_SZ))
    except (ImportError, AttributeError, OSError):
        return 0


def _cat_file(repo: str) -> tuple[_CatFile, bool]:
    """This process's reader for ``repo`` and whether it is shared (kept for later chunks)."""
    reader = _CAT_FILES.get(repo)
    if reader is not None and reader.alive():
        if not reader.busy:
            return reader, True
        return _CatFile(repo), False  # a second chunk read at the same time: a reader of its own
    reader = _CAT_FILES[repo] = _CatFile(repo)
    return reader, True


def close_readers(repo: str | None = None) -> None:
    """Stop this process's ``git cat-file`` readers (of ``repo``, or all)."""
    for key, reader in list(_CAT_FILES.items()):
        if repo is None or key == repo:
            if reader.pid == os.getpid():
                reader.close()
            else:
                del _CAT_FILES[key]


atexit.register(close_readers)


def _spec(exclude: Sequence[str]) -> GitIgnoreSpec | None:
    if not exclude:
        return None
    from pathspec import GitIgnoreSpec  # only for --exclude (~10 ms of imports)

    return GitIgnoreSpec.from_lines(list(exclude))


def _repo_root(path: str, *, bare: bool = False) -> str:
    """The top folder of the repository at ``path``; with ``bare``, a bare repository (a mirror
    made with ``git clone --mirror``, a server's ``repo.git``) is its git folder.

    One ``git rev-parse`` answers both questions for a work tree (it prints ``false`` and the top
    folder); in a bare repository it prints ``true`` and then fails on ``--show-toplevel``, and a
    second call asks for the git folder (a start of git saved on every scan: ~5 ms)."""
    args = ("rev-parse", "--is-bare-repository", "--show-toplevel")
    try:
        proc = subprocess.run(["git", "-C", path, *args], capture_output=True, check=False)
    except FileNotFoundError as exc:
        raise ScanError("git is not installed", hint="install git or scan files instead") from exc
    answer, _, top = proc.stdout.partition(b"\n")
    if answer.strip() == b"true":
        if not bare:
            raise ScanError(
                f"{path} is a bare repository: it has no index to take staged files from",
                hint="scan its history with --git, or run --staged in a clone with a work tree",
            )
        out = _git(path, "rev-parse", "--absolute-git-dir")
    elif proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ScanError(
            f"git rev-parse failed in {path}: "
            f"{detail[-1] if detail else 'exit ' + str(proc.returncode)}",
            hint="pass the path of a git repository (with at least one commit)",
        )
    else:
        out = top
    return out.decode("utf-8", "surrogateescape").strip()


@dataclass(frozen=True)
class GitChunk:
    """Blobs of one repository to read with ``git cat-file --batch``: (blob id, provenance).

    ``parents`` pairs the index of an item that modified an existing file with the blob id of the
    file's previous version: when this process holds that version, the blob is marked with the
    bytes that changed, and :meth:`settle` drops findings whose value that version already held.
    ``lane``: the engine scans all chunks of a lane in one process, in order (see the module
    docstring); None: any process.
    """

    repo: str
    items: tuple[tuple[str, Provenance], ...]
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    parents: tuple[tuple[int, str], ...] = ()
    lane: int | None = None

    @property
    def size(self) -> int:
        return len(self.items)

    def blobs(self) -> Iterator[Blob | Skipped]:
        parent_of = dict(self.parents)
        for i, item in enumerate(self._read(self.items)):
            if isinstance(item, Blob):
                before = _HELD.get(parent_of.get(i, ""))
                _hold(self.items[i][0], item.data)
                if before is not None:
                    item = Blob(item.data, item.provenance, changed_range(item.data, before))
            yield item

    def _read(self, items: Sequence[tuple[str, Provenance]]) -> Iterator[Blob | Skipped]:
        reader, shared = _cat_file(self.repo)
        try:
            yield from reader.blobs(items, self.max_file_size)
        finally:
            if not shared:
                reader.close()

    def settle(self, findings: list[Finding]) -> tuple[list[Finding], int]:
        """The findings a commit introduced: a finding in a modified file whose value the file's
        previous version already held was reported with that version (or an earlier one), so it is
        dropped here instead of being reported again for every later commit that touches the file.
        Returns the findings kept and how many were dropped. Only the previous versions of blobs
        with findings are read (a second, small request to ``git cat-file``)."""
        if not findings or not self.parents:
            return findings, 0
        parent_of = {self.items[i][1]: sha for i, sha in self.parents}
        wanted = {parent_of[f.provenance] for f in findings if f.provenance in parent_of}
        if not wanted:
            return findings, 0
        held = {sha: _HELD[sha] for sha in wanted if sha in _HELD}
        requests = [(sha, Provenance(kind="git", path=sha)) for sha in sorted(wanted - set(held))]
        for item in self._read(requests) if requests else ():
            if isinstance(item, Blob):  # a previous version that cannot be read keeps findings
                held[item.provenance.path] = item.data
        kept = []
        for f in findings:
            before = held.get(parent_of.get(f.provenance, ""))
            if before is None or f.secret.reveal_bytes() not in before:
                kept.append(f)
        return kept, len(findings) - len(kept)


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
    parser = _LogParser()
    return {sha: prov for sha, prov, _ in [*parser.feed(out), *parser.close()]}


class _LogParser:
    """``git log`` output (see :func:`_log_args`) fed piece by piece as it streams in; each call
    returns the blobs seen for the first time, with the provenance of the commit that added them
    and, where that commit modified an existing file, the blob id of the file's previous version
    (``""`` for a new file)."""

    def __init__(self) -> None:
        self._seen: set[bytes] = set()
        self._tail: list[bytes] = []  # the start of a commit record whose end has not come yet

    def feed(self, piece: bytes) -> list[tuple[str, Provenance, str]]:
        if b"\x01" not in piece:
            self._tail.append(piece)
            return []
        records = piece.split(b"\x01")
        self._tail.append(records[0])
        records[0] = b"".join(self._tail)
        self._tail = [records.pop()]
        return self._parse(records)

    def close(self) -> list[tuple[str, Provenance, str]]:
        last, self._tail = b"".join(self._tail), []
        return self._parse([last])

    def _parse(self, records: list[bytes]) -> list[tuple[str, Provenance, str]]:
        found: list[tuple[str, Provenance, str]] = []
        seen = self._seen
        for record in records:
            if not record:
                continue
            parts = record.split(b"\0")
            if len(parts) < 3:
                continue
            head: tuple[str, str, str] | None = None
            for i in range(3, len(parts) - 1, 2):
                meta = parts[i].strip()
                if not meta.startswith(b":"):
                    continue
                fields = meta[1:].split(b" ")
                if len(fields) < 5 or fields[1] not in _FILE_MODES:
                    continue
                sha = fields[3]
                if sha in seen or not sha.strip(b"0"):  # seen, or the null id (a deletion)
                    continue
                seen.add(sha)
                if head is None:
                    head = (
                        parts[0].decode(),
                        parts[1].decode(),
                        parts[2].decode("utf-8", "replace"),
                    )
                path = parts[i + 1].decode("utf-8", "surrogateescape")
                parent = ""
                if fields[4].startswith(b"M") and fields[0] in _FILE_MODES:
                    parent = fields[2].decode()
                found.append(
                    (
                        sha.decode(),
                        Provenance(
                            kind="git", path=path, commit=head[0], author=head[2], date=head[1]
                        ),
                        parent,
                    )
                )
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
        if line.startswith(b"blob "):
            sha, _, size = line[5:].partition(b" ")
            sizes.append((sha.decode(), int(size)))
    return sizes


def _sizes_of(repo: str, shas: Sequence[str]) -> list[tuple[str, int]]:
    """(blob id, size) of these blobs only: one ``git cat-file --batch-check`` fed their ids (the
    listing of every object that a history scan uses would cost a pre-commit hook time in
    proportion to the whole repository's object count, for the few blobs a commit stages)."""
    try:
        proc = subprocess.run(
            ["git", "-C", repo, "cat-file", _SIZES_ARGS[1]],
            input="".join(sha + "\n" for sha in shas).encode(),
            capture_output=True,
            check=False,
        )
    except FileNotFoundError as exc:
        raise ScanError("git is not installed", hint="install git or scan files instead") from exc
    # a blob git cannot answer for ("<id> missing") is left out: it is still requested, and its
    # cat-file header decides (as for a blob in an alternate object store)
    return _blob_sizes(repo, proc.stdout)


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
        self.repo = _repo_root(os.path.abspath(repo), bare=True)
        self.branch = branch
        self.since = since
        self.exclude = _spec(exclude)
        self.max_file_size = max_file_size
        self.skipped: list[Skipped] = []
        # how many processes will scan (the engine sets it): the paths are spread over as many lanes
        self.lanes = 1
        # the history walk and the size listing start now and run while the engine loads its
        # rules and Hyperscan database; chunks() collects them
        revs = [self.branch] if self.branch else ["--all"]
        self._log: _Background | None = _Background(self.repo, _log_args(revs, since))
        self._sizes: _Background | None = _Background(self.repo, _SIZES_ARGS)

    def _started(self) -> tuple[_Background, _Background]:
        log, sizes = self._log, self._sizes
        if log is None or sizes is None:  # chunks() called again: walk afresh
            revs = [self.branch] if self.branch else ["--all"]
            log = _Background(self.repo, _log_args(revs, self.since))
            sizes = _Background(self.repo, _SIZES_ARGS)
        self._log = self._sizes = None
        return log, sizes

    def chunks(self) -> Iterator[GitChunk]:
        """Chunks in history order (oldest first) within each lane, each as soon as the log has
        listed its blobs; a new path joins the lane with the least work so far."""
        log, sizes_listing = self._started()
        # sizes skip huge blobs unread and balance the chunks; the first chunks do not wait for
        # the listing (a blob listed before it is in is checked by its cat-file header instead)
        sizes: dict[str, int] | None = None
        spec = self.exclude
        parser = _LogParser()
        lanes = max(1, self.lanes)
        lane_of: dict[str, int] = {}  # every version of a path goes to the same lane
        load = [0] * lanes  # estimated bytes to scan per lane, to give a new path the lightest
        batch: list[list[tuple[str, Provenance]]] = [[] for _ in range(lanes)]
        parents: list[list[tuple[int, str]]] = [[] for _ in range(lanes)]
        batch_bytes = [0] * lanes
        limit = [min(FIRST_CHUNK_BLOBS, CHUNK_BLOBS)] * lanes

        def flush(lane: int) -> GitChunk:
            chunk = GitChunk(
                self.repo,
                tuple(batch[lane]),
                self.max_file_size,
                tuple(parents[lane]),
                lane if lanes > 1 else None,
            )
            batch[lane], parents[lane], batch_bytes[lane] = [], [], 0
            limit[lane] = min(2 * limit[lane], CHUNK_BLOBS)
            return chunk

        try:
            for piece in itertools.chain(log.pieces(), [None]):
                if sizes is None and (piece is None or sizes_listing.finished()):
                    sizes = dict(_blob_sizes(self.repo, sizes_listing.result()))
                for sha, prov, parent in (
                    parser.feed(piece) if piece is not None else parser.close()
                ):
                    if spec is not None and spec.match_file(prov.path):
                        continue
                    # not listed (an alternate object store) or not yet known: read anyway
                    size = sizes.get(sha, 0) if sizes is not None else 0
                    if size > self.max_file_size:
                        self.skipped.append(Skipped(prov, "too large"))
                        continue
                    lane = lane_of.get(prov.path)
                    if lane is None:
                        lane = lane_of[prov.path] = min(range(lanes), key=load.__getitem__)
                    # a new version is mostly scanned around its changes only
                    load[lane] += (size // 4 if parent else size) + 512
                    if lanes > 1:
                        load[0] += LISTING_LOAD
                    if parent:
                        parents[lane].append((len(batch[lane]), parent))
                    batch[lane].append((sha, prov))
                    batch_bytes[lane] += size
                    if batch_bytes[lane] >= CHUNK_BYTES or len(batch[lane]) >= limit[lane]:
                        yield flush(lane)
        finally:
            log.close()
            sizes_listing.close()
        for lane in range(lanes):
            if batch[lane]:
                yield flush(lane)

    def close(self) -> None:
        """Stop this process's ``git cat-file`` reader for the repository (the engine calls this
        when a scan ends; forked workers' readers end with the workers)."""
        close_readers(self.repo)
        for bg in (self._log, self._sizes):
            if bg is not None:
                bg.close()
        self._log = self._sizes = None


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
        self.exclude = _spec(exclude)
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
            sizes = _sizes_of(self.repo, list(wanted))
            yield from _chunked(self.repo, wanted, self.max_file_size, self.skipped, sizes)

    def close(self) -> None:
        """Stop this process's ``git cat-file`` reader for the repository."""
        close_readers(self.repo)


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
