"""Scrub a blocked prompt out of Claude Code's transcript and prompt history.

Claude Code writes a prompt to its session transcript (JSONL) and to ``history.jsonl`` even when a
``UserPromptSubmit`` hook blocks it, and the transcript is written asynchronously, after the hook has
answered. So the guard scrubs once at once and then a detached ``tether guard scrub`` keeps watching
both files for a while and redacts every value whose keyed fingerprint is one the guard blocked.

The rewriting is :func:`tether.scan.rewrite.redact_file` in ``jsonl`` mode, restricted to those
fingerprints: only the JSON string holding such a value changes, every other line stays
byte-identical, every line stays valid JSON, lines appended while it works are kept, and the file is
replaced atomically with its mode kept.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Collection, Iterator, Sequence

from tether.scan.engine import Engine
from tether.scan.rewrite import redact_file

__all__ = ["claude_history_path", "scrub_file", "scrub_until"]

MAX_SCRUB = 256 * 1024 * 1024  # a transcript larger than this is left alone


def claude_history_path() -> str:
    root = os.environ.get("CLAUDE_CONFIG_DIR") or os.path.join(os.path.expanduser("~"), ".claude")
    return os.path.join(root, "history.jsonl")


def scrub_file(path: str, engine: Engine, fingerprints: Collection[str]) -> int:
    """Redact, in a JSONL file, every value whose keyed fingerprint is in ``fingerprints``.

    Returns how many values were replaced (0 leaves the file untouched)."""
    try:
        if os.path.getsize(path) > MAX_SCRUB:
            return 0
    except OSError:
        return 0
    wanted = frozenset(fingerprints)
    with _locked(path):
        try:
            result = redact_file(path, engine, fmt="jsonl", only=lambda f: f.fingerprint in wanted)
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            return 0
    return result.count


@contextlib.contextmanager
def _locked(path: str) -> Iterator[None]:
    """One scrub of ``path`` at a time, across processes: two scrubs rewriting the same file at
    once would each write back the other's value. The lock file lives in tether's cache folder
    (keyed by a hash of the path), not next to the transcript; without one the scrub runs anyway."""
    import fcntl
    import hashlib

    from tether.scan.hs import cache_dir

    name = hashlib.sha256(os.path.realpath(path).encode("utf-8", "surrogateescape")).hexdigest()
    try:
        folder = os.path.join(cache_dir(), "scrub-locks")
        os.makedirs(folder, mode=0o700, exist_ok=True)
        fd = os.open(os.path.join(folder, name[:24]), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def scrub_until(
    paths: Sequence[str],
    engine: Engine,
    fingerprints: Collection[str],
    wait: float,
    *,
    interval: float = 0.25,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Scrub ``paths`` now and whenever they change, for ``wait`` seconds. Returns values replaced."""
    deadline = clock() + wait
    seen: dict[str, tuple[int, int]] = {}
    total = 0
    while True:
        for path in paths:
            try:
                st = os.stat(path)
            except OSError:
                continue
            stamp = (st.st_size, st.st_mtime_ns)
            if seen.get(path) == stamp:
                continue
            total += scrub_file(path, engine, fingerprints)
            try:
                st = os.stat(path)
                seen[path] = (st.st_size, st.st_mtime_ns)
            except OSError:
                seen.pop(path, None)
        if clock() >= deadline:
            return total
        sleep(interval)
