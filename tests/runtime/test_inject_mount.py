"""`tether inject` (templates, 0600, no silent overwrite) and `tether mount` (FIFO while a command runs)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from tests.conftest import run_tether


def test_inject_fills_placeholders_into_a_0600_file(vault: dict[str, str], project: Path) -> None:
    tpl = project / "config.tpl"
    tpl.write_text(
        "db:\n  password: {{ tether://dev/app/db_password }}\n"
        "  key: {{tether://dev/app/stripe_key}}\nliteral: {{ not a ref }}\n"
    )
    res = run_tether("inject", "-i", str(tpl), "-o", "config.yml", cwd=project)
    assert res.returncode == 0, res.stderr
    out = project / "config.yml"
    assert out.read_text() == (
        f"db:\n  password: {vault['tether://dev/app/db_password']}\n"
        f"  key: {vault['tether://dev/app/stripe_key']}\nliteral: {{{{ not a ref }}}}\n"
    )
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "CANARY" not in res.stderr


def test_inject_refuses_to_overwrite_without_force(vault: dict[str, str], project: Path) -> None:
    tpl = project / "t.tpl"
    tpl.write_text("{{ tether://dev/app/jwt_secret }}")
    (project / "out.txt").write_text("keep me")
    res = run_tether("inject", "-i", str(tpl), "-o", "out.txt", cwd=project)
    assert res.returncode == 2
    assert (project / "out.txt").read_text() == "keep me"
    res = run_tether("inject", "-i", str(tpl), "-o", "out.txt", "--force", cwd=project)
    assert res.returncode == 0, res.stderr
    assert (project / "out.txt").read_text() == vault["tether://dev/app/jwt_secret"]


def test_inject_stdin_to_stdout_and_missing_reference(vault: dict[str, str], project: Path) -> None:
    res = run_tether("inject", input="k={{ tether://dev/app/jwt_secret }}\n", cwd=project)
    assert res.returncode == 0, res.stderr
    assert res.stdout == f"k={vault['tether://dev/app/jwt_secret']}\n"
    res = run_tether("inject", input="a\nk={{ tether://dev/app/missing }}\n", cwd=project)
    assert res.returncode == 1
    assert "line 2" in res.stderr and "tether://dev/app/missing" in res.stderr


def test_mount_serves_the_file_only_while_the_command_runs(
    vault: dict[str, str], project: Path
) -> None:
    (project / ".env").write_text(
        "STRIPE=tether://dev/app/stripe_key\nDB='tether://dev/app/db_password'\nPORT=3000\n"
    )
    code = (
        "import os, stat, sys\n"
        "from dotenv import dotenv_values\n"
        "p = os.environ['TETHER_MOUNT_PATH']\n"
        "assert stat.S_ISFIFO(os.stat(p).st_mode)\n"
        "assert stat.S_IMODE(os.stat(p).st_mode) == 0o600\n"
        "first = dotenv_values(p)\n"
        "second = dotenv_values(p)\n"
        "assert first == second\n"
        f"assert first['STRIPE'] == {vault['tether://dev/app/stripe_key']!r}\n"
        f"assert first['DB'] == {vault['tether://dev/app/db_password']!r}\n"
        "assert first['PORT'] == '3000'\n"
        "assert 'STRIPE' not in os.environ\n"
        "print('ok', first['STRIPE'])\n"
    )
    res = run_tether(
        "mount", "secrets.env", "--env-file", ".env", "--", sys.executable, "-c", code, cwd=project
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("ok <concealed by tether>")
    assert not (project / "secrets.env").exists()


def test_mount_refuses_an_existing_path_and_cleans_up_on_failure(
    vault: dict[str, str], project: Path
) -> None:
    (project / ".env").write_text("S=tether://dev/app/jwt_secret\n")
    (project / "taken").write_text("x")
    res = run_tether("mount", "taken", "--", "true", cwd=project)
    assert res.returncode == 2
    assert (project / "taken").read_text() == "x"
    res = run_tether(
        "mount", "pipe.env", "--", sys.executable, "-c", "raise SystemExit(5)", cwd=project
    )
    assert res.returncode == 5
    assert not os.path.lexists(project / "pipe.env")


def test_mount_removes_the_pipe_when_tether_is_signalled(
    vault: dict[str, str], project: Path
) -> None:
    import signal
    import subprocess
    import time

    (project / ".env").write_text("S=tether://dev/app/jwt_secret\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tether.cli", "mount", "live.env", "--", "sleep", "60"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    pipe = project / "live.env"
    deadline = time.monotonic() + 30
    while not pipe.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 128 + signal.SIGTERM
    assert not os.path.lexists(pipe)


# A command's exit reaches tether as SIGCHLD, which run_masked waits for with the signal blocked.
# A process-directed signal goes to any thread that does not block it: the pipe's writer thread
# used to leave SIGCHLD unblocked, took the signal now and then, and tether waited forever for a
# command that had exited (a CI run hung on `tether mount … -- python -c 'raise SystemExit(5)'`).
_SWALLOWED_SIGCHLD = """
import signal, sys, time
import tether.runtime.run as run
run._POLL_SECONDS = 0.05
real = run._wait_signal
def lossy(sigs):
    while True:  # every SIGCHLD is lost, as if another thread had taken it
        sig, code = real(sigs)
        if sig != signal.SIGCHLD:
            return sig, code
run._wait_signal = lossy
start = time.monotonic()
status = run.run_masked([sys.executable, "-c", "raise SystemExit(7)"], {}, [], use_pty=False)
print(status, round(time.monotonic() - start, 1))
"""


def test_a_lost_sigchld_does_not_leave_tether_waiting() -> None:
    import subprocess

    res = subprocess.run(
        [sys.executable, "-c", _SWALLOWED_SIGCHLD], capture_output=True, text=True, timeout=60
    )
    assert res.returncode == 0, res.stderr
    status, seconds = res.stdout.split()
    assert status == "7"
    assert float(seconds) < 30


def test_the_pipe_writer_thread_blocks_every_signal(tmp_path: Path) -> None:
    import signal

    from tether.runtime.mount import FifoServer

    server = FifoServer(tmp_path / "p.env", b"S=x\n")
    server.start()
    try:
        assert server._thread is not None
        tid = server._thread.native_id
        status = Path(f"/proc/self/task/{tid}/status").read_text()
        blocked = int(
            next(ln for ln in status.splitlines() if ln.startswith("SigBlk:")).split()[1], 16
        )
        for sig in (signal.SIGCHLD, signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            assert blocked & (1 << (sig - 1)), sig
        # the thread that started it gets its own mask back
        assert signal.SIGCHLD not in signal.pthread_sigmask(signal.SIG_BLOCK, [])
    finally:
        server.stop()
