"""``tether mount``: serve a resolved ``.env`` through a named pipe that exists only while a command runs.

For tools that insist on reading a file. The FIFO is created with mode 0600 at an absolute path that
must not exist yet; a writer thread waits for a reader, writes the whole file, closes (the reader sees
EOF), pauses 10 ms and starts over, as Doppler's ``--mount`` does. A reader that closes early (EPIPE)
is tolerated. The pipe is removed when the command ends, also when tether is told to stop by a
signal (the signal is forwarded to the command first). Linux and macOS only (needs ``os.mkfifo``).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import signal
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from tether import dotenv
from tether.errors import FileSafetyError, UsageError
from tether.runtime.run import FORWARDED, run_masked

__all__ = ["FifoServer", "mount_and_run", "render_env"]


def render_env(values: Mapping[str, str]) -> bytes:
    """A ``.env`` text that python-dotenv (and most loaders) read back to exactly ``values``."""
    return "".join(f"{k}={dotenv.encode_value(v)}\n" for k, v in values.items()).encode("utf-8")


class FifoServer:
    def __init__(self, path: Path, payload: bytes, max_reads: int = 0) -> None:
        self.path = path
        self._payload = payload
        self.max_reads = max_reads
        self.reads = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"FifoServer(path={str(self.path)!r}, reads={self.reads})"

    def start(self) -> None:
        if not hasattr(os, "mkfifo"):
            raise UsageError(
                "tether mount needs named pipes", hint="use tether run or tether inject"
            )
        try:
            os.mkfifo(self.path, 0o600)
        except FileExistsError:
            raise FileSafetyError(
                f"{self.path} already exists",
                hint="another tether mount may be running; remove the path if it is stale",
            ) from None
        # the writer thread takes no signal: those meant for the command, and SIGCHLD, which
        # run_masked waits for in the main thread (a process-directed signal goes to any thread
        # that does not block it; taken here, the command's exit went unnoticed and tether hung)
        old = signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())
        try:
            self._thread = threading.Thread(target=self._serve, daemon=True)
            self._thread.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as exc:
                if exc.errno in (errno.ENXIO, errno.EINTR):  # no reader yet
                    time.sleep(0.01)
                    continue
                return  # removed or unusable: stop serving
            try:
                flags = fcntl.fcntl(fd, fcntl.F_GETFL)
                fcntl.fcntl(fd, fcntl.F_SETFL, flags & ~os.O_NONBLOCK)
                view = memoryview(self._payload)
                while view:
                    view = view[os.write(fd, view) :]
            except BrokenPipeError:
                pass  # the reader stopped early
            except OSError:
                pass
            finally:
                os.close(fd)
            self.reads += 1
            if self.max_reads and self.reads >= self.max_reads:
                return
            time.sleep(0.01)  # let the reader see EOF before the next writer opens

    def stop(self) -> None:
        self._stop.set()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)
        if self._thread is not None:
            self._thread.join(timeout=1.0)


def mount_and_run(
    path: str | os.PathLike[str],
    values: Mapping[str, str],
    argv: Sequence[str],
    env: dict[str, str],
    *,
    masking: bool = True,
    max_reads: int = 0,
) -> int:
    """Serve ``values`` at ``path`` while ``argv`` runs; return its exit status."""
    target = Path(os.path.abspath(path))
    if os.path.lexists(target):
        raise FileSafetyError(
            f"{path} already exists",
            hint="tether mount creates the file itself; choose a path that does not exist",
        )
    if not target.parent.is_dir():
        raise UsageError(f"folder {target.parent} does not exist", hint="create it first")
    server = FifoServer(target, render_env(values), max_reads)
    # a signal that comes after the pipe exists but before the command runs waits (blocked) until
    # run_masked forwards it, instead of killing tether and leaving the pipe behind
    old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, FORWARDED)
    try:
        server.start()
        try:
            child_env = dict(env)
            child_env["TETHER_MOUNT_PATH"] = str(target)
            secrets = list(values.values()) if masking else []
            return run_masked(argv, child_env, secrets)
        finally:
            server.stop()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)
