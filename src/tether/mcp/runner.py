"""Run a command for an agent: no terminal, output captured through a masker, a hard timeout.

Unlike ``tether run`` (which streams to a terminal and forwards signals), the agent gets the output
back as data, so it is captured: each stream goes through its own
:class:`~tether.runtime.mask.Masker` as it is read (a value split across reads is still caught), and
at most ``keep`` masked bytes are kept while the rest is read and dropped so the child never blocks
on a full pipe. The child runs in a new session (its own process group, no controlling terminal,
stdin from /dev/null); on timeout the whole group gets SIGTERM, then SIGKILL.

Besides the forms the masker knows (raw, JSON-escaped, ``\\r\\n``, lines of multi-line values), the
base64 and hex encodings of each value are masked too: agents like to ``base64`` things.
Nothing here logs, returns or raises a value.
"""

from __future__ import annotations

import base64
import contextlib
import os
import select
import signal
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass

from tether.mcp.disguise import conceal_disguised
from tether.runtime.mask import Masker
from tether.runtime.run import CommandNotFoundError, exit_status

__all__ = ["Captured", "encoded_forms", "kill_running", "run_captured"]

_GRACE = 2.0  # seconds between SIGTERM and SIGKILL, and for readers after the child exits
_running: set[int] = set()  # process groups of commands still running (ended on shutdown)
_running_lock = threading.Lock()


def kill_running() -> None:
    """End every command still running (the server is shutting down)."""
    with _running_lock:
        groups = list(_running)
    for pgid in groups:
        _kill_group(pgid, signal.SIGKILL)


@dataclass
class Captured:
    exit_code: int | None  # None when the command was killed for its timeout
    stdout: bytes
    stderr: bytes
    stdout_truncated: bool
    stderr_truncated: bool
    timed_out: bool
    duration: float

    def __repr__(self) -> str:
        return f"Captured(exit_code={self.exit_code}, timed_out={self.timed_out})"


def encoded_forms(value: str) -> list[str]:
    """Base64 (standard and URL-safe, padded and not) and hex spellings of ``value``."""
    forms: set[str] = set()
    for raw in (
        value.encode("utf-8", "surrogateescape"),
        (value + "\n").encode("utf-8", "surrogateescape"),
    ):
        # `echo $X | base64` encodes the newline too
        forms |= {
            base64.b64encode(raw).decode(),
            base64.urlsafe_b64encode(raw).decode(),
            raw.hex(),
            raw.hex().upper(),
        }
    forms |= {f.rstrip("=") for f in forms}
    return [f for f in forms if len(f) >= 8]


class _Reader(threading.Thread):
    def __init__(self, fd: int, masker: Masker, keep: int, stop: threading.Event) -> None:
        super().__init__(daemon=True)
        self.fd = fd
        self.masker = masker
        self.keep = keep
        self.stop = stop
        self.parts: list[bytes] = []
        self.kept = 0
        self.truncated = False

    def _add(self, data: bytes) -> None:
        if not data:
            return
        room = self.keep - self.kept
        if room <= 0:
            self.truncated = True
            return
        if len(data) > room:
            data = data[:room]
            self.truncated = True
        self.parts.append(data)
        self.kept += len(data)

    def run(self) -> None:
        try:
            while not self.stop.is_set():
                ready, _, _ = select.select([self.fd], [], [], 0.1)
                if not ready:
                    continue
                try:
                    data = os.read(self.fd, 65536)
                except OSError:
                    break
                if not data:
                    break
                self._add(self.masker.feed(data))
            self._add(self.masker.flush())
        finally:
            with contextlib.suppress(OSError):
                os.close(self.fd)

    @property
    def data(self) -> bytes:
        return b"".join(self.parts)


def _kill_group(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)


def run_captured(
    argv: Sequence[str],
    env: dict[str, str],
    secrets: Sequence[str],
    *,
    cwd: str | None,
    timeout: float,
    keep: int,
) -> Captured:
    """Run ``argv`` and return its masked output (at most ``keep`` bytes per stream)."""
    values = list(secrets)
    for v in secrets:
        values.extend(encoded_forms(v))
    started = time.monotonic()
    try:
        proc = subprocess.Popen(  # the agent asked to run it; no shell
            list(argv),
            env=env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
            close_fds=True,
        )
    except FileNotFoundError:
        raise CommandNotFoundError(
            f"{argv[0]}: command not found", hint="check the name and PATH"
        ) from None
    except PermissionError:
        raise CommandNotFoundError(
            f"{argv[0]}: permission denied", hint="is it executable?"
        ) from None
    assert proc.stdout is not None and proc.stderr is not None
    with _running_lock:
        _running.add(proc.pid)
    stop = threading.Event()
    readers = [
        _Reader(os.dup(proc.stdout.fileno()), Masker(values), keep, stop),
        _Reader(os.dup(proc.stderr.fileno()), Masker(values), keep, stop),
    ]
    proc.stdout.close()
    proc.stderr.close()
    for r in readers:
        r.start()
    timed_out = False
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        _kill_group(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=_GRACE)
        except subprocess.TimeoutExpired:
            _kill_group(proc.pid, signal.SIGKILL)
            proc.wait()
    if timed_out:
        _kill_group(proc.pid, signal.SIGKILL)  # stragglers that ignored SIGTERM
    deadline = time.monotonic() + _GRACE
    for r in readers:  # a background process may keep a pipe open: stop reading after a grace
        r.join(timeout=max(0.0, deadline - time.monotonic()))
    stop.set()
    for r in readers:
        r.join()
    # a background child that outlived its command still holds the secrets: end it too
    _kill_group(proc.pid, signal.SIGKILL)
    with _running_lock:
        _running.discard(proc.pid)
    return Captured(
        exit_code=None if timed_out else exit_status(proc.returncode),
        stdout=conceal_disguised(readers[0].data, secrets),
        stderr=conceal_disguised(readers[1].data, secrets),
        stdout_truncated=readers[0].truncated,
        stderr_truncated=readers[1].truncated,
        timed_out=timed_out,
        duration=time.monotonic() - started,
    )
