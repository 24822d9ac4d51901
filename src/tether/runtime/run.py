"""Start a command with resolved secrets, mask them in its output, forward signals, return its status.

Two ways to run:

- :func:`exec_direct` (``--no-masking``): ``os.execvpe``, tether disappears, zero overhead.
- :func:`run_masked`: the child's stdout/stderr pass through a :class:`~tether.runtime.mask.Masker`.
  When stdout is a terminal the child gets a pseudo-terminal (colours, line editing, ``isatty()``
  and window size keep working; keystrokes are passed through raw); otherwise pipes.

Signals: SIGINT, SIGTERM, SIGHUP (and SIGQUIT, SIGUSR1, SIGUSR2) sent to tether are forwarded to the
child. In pipe mode the child shares tether's terminal, so a Ctrl-C typed at the terminal already
reaches it; on Linux such kernel-sent signals are recognised (``si_code == SI_KERNEL``) and not sent
twice. The exit status is the child's, or 128+N when a signal N ended it.

Signals are blocked in tether and collected with ``sigwaitinfo`` in the main thread; pumping output
happens in threads. The child starts with an empty signal mask (``preexec_fn``), before any thread.
"""

from __future__ import annotations

import contextlib
import errno
import os
import select
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from typing import NoReturn

from tether.errors import UsageError
from tether.runtime.mask import Masker

__all__ = ["CommandNotFoundError", "exec_direct", "exit_status", "run_masked"]

FORWARDED = (
    signal.SIGINT,
    signal.SIGTERM,
    signal.SIGHUP,
    signal.SIGQUIT,
    signal.SIGUSR1,
    signal.SIGUSR2,
)
_SI_KERNEL = 0x80
_IDLE = 0.5  # seconds of silence after which a short held-back tail is released (prompts)


class CommandNotFoundError(UsageError):
    exit_code = 127


def exit_status(returncode: int) -> int:
    """Shell convention: a child killed by signal N gives 128+N."""
    return 128 - returncode if returncode < 0 else returncode


def _find(argv: Sequence[str], env: dict[str, str]) -> str:
    if not argv:
        raise UsageError(
            "no command given", hint="put the command after --, e.g. tether run -- env"
        )
    cmd = argv[0]
    if os.sep in cmd:
        if not os.path.exists(cmd):
            raise CommandNotFoundError(f"{cmd}: no such file", hint="check the command path")
        return cmd
    found = _which(cmd, env.get("PATH", os.defpath))
    if found is None:
        raise CommandNotFoundError(f"{cmd}: command not found", hint="check the name and PATH")
    return found


def _which(cmd: str, path: str) -> str | None:
    """``shutil.which`` without importing shutil (it loads the archive modules)."""
    for folder in path.split(os.pathsep):
        candidate = os.path.join(folder or ".", cmd)
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def exec_direct(argv: Sequence[str], env: dict[str, str]) -> NoReturn:
    """Replace this process with the command (no masking, no overhead)."""
    path = _find(argv, env)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(path, list(argv), env)  # noqa: S606 - the user asked to run it


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        try:
            n = os.write(fd, view)
        except InterruptedError:
            continue
        except BlockingIOError:
            select.select([], [fd], [])
            continue
        view = view[n:]


def _pump(
    src: int,
    dst: int,
    masker: Masker,
    on_done: Callable[[], None] | None = None,
    close: bool = True,
) -> None:
    """Copy ``src`` to ``dst`` through ``masker`` until EOF (EIO on a pty master)."""
    try:
        while True:
            ready, _, _ = select.select([src], [], [], _IDLE if masker.held else None)
            if not ready:
                _write_all(dst, masker.release_short())
                continue
            try:
                data = os.read(src, 65536)
            except OSError as exc:
                if exc.errno == errno.EIO:  # pty: every slave end closed
                    break
                raise
            if not data:
                break
            out = masker.feed(data)
            if out:
                _write_all(dst, out)
        _write_all(dst, masker.flush())
    except BrokenPipeError:
        pass  # our reader went away; closing src gives the child SIGPIPE as usual
    finally:
        if on_done is not None:
            on_done()
        if close:
            with contextlib.suppress(OSError):
                os.close(src)


def _child_setup(ctty: bool) -> Callable[[], None]:
    def setup() -> None:
        signal.pthread_sigmask(signal.SIG_SETMASK, [])
        if ctty:
            import fcntl
            import termios

            with contextlib.suppress(OSError):
                fcntl.ioctl(1, termios.TIOCSCTTY, 0)

    return setup


def _copy_winsize(src_fd: int, dst_fd: int) -> None:
    import fcntl
    import termios

    with contextlib.suppress(OSError):
        size = fcntl.ioctl(src_fd, termios.TIOCGWINSZ, b"\0" * 8)
        fcntl.ioctl(dst_fd, termios.TIOCSWINSZ, size)


def run_masked(
    argv: Sequence[str],
    env: dict[str, str],
    secrets: Sequence[str],
    *,
    use_pty: bool | None = None,
) -> int:
    """Run ``argv`` with ``env``, masking ``secrets`` in its output; return the exit status."""
    path = _find(argv, env)
    if use_pty is None:
        use_pty = os.isatty(1)
    if use_pty and not hasattr(os, "openpty"):
        use_pty = False
    waited = set(FORWARDED) | {signal.SIGCHLD}
    if use_pty:
        waited.add(signal.SIGWINCH)
    old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, waited)
    threads: list[threading.Thread] = []
    restore_tty: Callable[[], None] | None = None
    master = -1
    try:
        if use_pty:
            proc, threads, restore_tty, master = _start_pty(path, argv, env, secrets)
        else:
            proc, threads = _start_pipes(path, argv, env, secrets)
        in_own_group = use_pty
        while True:
            sig, code = _wait_signal(waited)
            if sig == 0 or sig == signal.SIGCHLD:  # 0: no signal within the poll interval
                if proc.poll() is not None:
                    break
                continue
            if sig == signal.SIGWINCH:
                _copy_winsize(1, master)
                continue
            if not in_own_group and code == _SI_KERNEL:
                continue  # typed at the shared terminal: the child got it already
            with contextlib.suppress(ProcessLookupError):
                if in_own_group:
                    os.killpg(proc.pid, sig)
                else:
                    proc.send_signal(sig)
        for t in threads:
            t.join(timeout=5.0)
        return exit_status(proc.returncode)
    finally:
        if master >= 0:
            with contextlib.suppress(OSError):
                os.close(master)
        if restore_tty is not None:
            restore_tty()
        signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)


# how often the wait looks at the command without a signal: a SIGCHLD taken by a thread that does
# not block it (a library's, or one started before the mask) would otherwise be waited for forever
_POLL_SECONDS = 0.5


def _wait_signal(sigs: set[signal.Signals]) -> tuple[int, int]:
    """The next of ``sigs`` and its ``si_code``, or ``(0, 0)`` when none came within the poll
    interval."""
    if hasattr(signal, "sigtimedwait"):
        info = signal.sigtimedwait(sigs, _POLL_SECONDS)
        return (0, 0) if info is None else (info.si_signo, info.si_code)
    return signal.sigwait(sigs), 0  # macOS: no siginfo; forward everything


def _start_pipes(
    path: str, argv: Sequence[str], env: dict[str, str], secrets: Sequence[str]
) -> tuple[subprocess.Popen[bytes], list[threading.Thread]]:
    try:
        proc = subprocess.Popen(  # preexec_fn: before any thread starts
            list(argv),
            executable=path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            preexec_fn=_child_setup(False),
        )
    except PermissionError:
        raise CommandNotFoundError(
            f"{argv[0]}: permission denied", hint="is it executable?"
        ) from None
    assert proc.stdout is not None and proc.stderr is not None
    out_fd, err_fd = os.dup(proc.stdout.fileno()), os.dup(proc.stderr.fileno())
    proc.stdout.close()
    proc.stderr.close()
    threads = [
        threading.Thread(target=_pump, args=(out_fd, 1, Masker(secrets)), daemon=True),
        threading.Thread(target=_pump, args=(err_fd, 2, Masker(secrets)), daemon=True),
    ]
    for t in threads:
        t.start()
    return proc, threads


def _start_pty(
    path: str, argv: Sequence[str], env: dict[str, str], secrets: Sequence[str]
) -> tuple[subprocess.Popen[bytes], list[threading.Thread], Callable[[], None], int]:
    import termios
    import tty

    master, slave = os.openpty()
    _copy_winsize(1, slave)
    stdin_tty = os.isatty(0)
    stderr_tty = os.isatty(2)
    try:
        proc = subprocess.Popen(  # preexec_fn: before any thread starts
            list(argv),
            executable=path,
            env=env,
            stdin=slave if stdin_tty else None,
            stdout=slave,
            stderr=slave if stderr_tty else subprocess.PIPE,
            start_new_session=True,
            preexec_fn=_child_setup(True),
        )
    except PermissionError:
        os.close(master)
        os.close(slave)
        raise CommandNotFoundError(
            f"{argv[0]}: permission denied", hint="is it executable?"
        ) from None
    os.close(slave)
    saved: list[object] | None = None
    if stdin_tty:
        saved = termios.tcgetattr(0)
        tty.setraw(0)

    def restore() -> None:
        if saved is not None:
            termios.tcsetattr(0, termios.TCSAFLUSH, saved)  # type: ignore[arg-type]

    done = threading.Event()
    threads = [
        threading.Thread(
            target=_pump, args=(master, 1, Masker(secrets), done.set, False), daemon=True
        )
    ]
    if stdin_tty:
        threads_in = threading.Thread(target=_feed_stdin, args=(master, done), daemon=True)
        threads_in.start()
    if not stderr_tty:
        assert proc.stderr is not None
        err_fd = os.dup(proc.stderr.fileno())
        proc.stderr.close()
        threads.append(
            threading.Thread(target=_pump, args=(err_fd, 2, Masker(secrets)), daemon=True)
        )
    for t in threads:
        t.start()
    return proc, threads, restore, master


def _feed_stdin(master: int, done: threading.Event) -> None:
    """Pass keystrokes to the child's terminal until the child's side closes."""
    while not done.is_set():
        ready, _, _ = select.select([0], [], [], 0.2)
        if not ready:
            continue
        try:
            data = os.read(0, 4096)
        except OSError:
            return
        if not data:
            return
        try:
            _write_all(master, data)
        except OSError:
            return
