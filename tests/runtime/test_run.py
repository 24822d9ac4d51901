"""`tether run`: references resolved, values masked (pipes and pty), signals, exit status."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import run_tether

PRINT_ALL = r"""
import os, sys, time
names = [n for n in os.environ if n.startswith("S_")]
for n in sorted(names):
    v = os.environ[n]
    for ch in v:                        # byte by byte, flushed
        sys.stdout.write(ch); sys.stdout.flush()
    sys.stdout.write("\n")
    print("whole", v, flush=True)       # one write
    sys.stderr.write("err " + v + "\n"); sys.stderr.flush()
    os.write(1, v.encode()[:3]); time.sleep(0.05); os.write(1, v.encode()[3:] + b"\n")
print("tty", sys.stdout.isatty(), "token" , os.environ.get("TETHER_TOKEN"))
print("done", len(names))
"""


def write_env(project: Path) -> Path:
    env = project / ".env"
    env.write_text(
        "S_STRIPE=tether://dev/app/stripe_key\n"
        "S_DB='tether://dev/app/db_password'\n"
        'S_JWT="tether://dev/app/jwt_secret"\n'
        "PLAIN=visible-setting\n"
    )
    return env


def test_child_gets_values_and_output_is_masked(vault: dict[str, str], project: Path) -> None:
    write_env(project)
    res = run_tether("run", "--", sys.executable, "-c", PRINT_ALL, cwd=project)
    assert res.returncode == 0, res.stderr
    assert "done 3" in res.stdout
    for value in vault.values():
        assert value not in res.stdout
        assert value not in res.stderr
    assert res.stdout.count("<concealed by tether>") == 9
    assert "tty False" in res.stdout


def test_child_environment_has_the_values(vault: dict[str, str], project: Path) -> None:
    write_env(project)
    code = "import os,json; print(json.dumps({k: os.environ[k] for k in os.environ if k.startswith('S_') or k=='PLAIN'}))"
    res = run_tether("run", "--no-masking", "--", sys.executable, "-c", code, cwd=project)
    assert res.returncode == 0, res.stderr
    import json

    got = json.loads(res.stdout)
    assert got == {
        "S_STRIPE": vault["tether://dev/app/stripe_key"],
        "S_DB": vault["tether://dev/app/db_password"],
        "S_JWT": vault["tether://dev/app/jwt_secret"],
        "PLAIN": "visible-setting",
    }


def test_inherited_environment_references_are_resolved(
    vault: dict[str, str], project: Path
) -> None:
    expected = vault["tether://dev/app/jwt_secret"]
    code = f"import os; print(os.environ['FROM_ENV'] == {expected!r})"
    res = run_tether(
        "run",
        "--no-env-file",
        "--",
        sys.executable,
        "-c",
        code,
        env={"FROM_ENV": "tether://dev/app/jwt_secret"},
        cwd=project,
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "True"


def test_token_variables_are_removed(vault: dict[str, str], project: Path) -> None:
    write_env(project)
    code = "import os; print(sorted(k for k in os.environ if k in ('TETHER_TOKEN','TETHER_PASSPHRASE')))"
    res = run_tether(
        "run", "--", sys.executable, "-c", code, env={"TETHER_PASSPHRASE": "x" * 12}, cwd=project
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "[]"


def test_exit_status_is_the_childs(vault: dict[str, str], project: Path) -> None:
    write_env(project)
    res = run_tether("run", "--", sys.executable, "-c", "import sys; sys.exit(7)", cwd=project)
    assert res.returncode == 7
    res = run_tether(
        "run",
        "--",
        sys.executable,
        "-c",
        "import os,signal; os.kill(os.getpid(), signal.SIGKILL)",
        cwd=project,
    )
    assert res.returncode == 128 + signal.SIGKILL


def test_missing_reference_names_variable_and_reference(
    vault: dict[str, str], project: Path
) -> None:
    (project / ".env").write_text(
        "GOOD=tether://dev/app/jwt_secret\nMISSING_ONE=tether://dev/app/nope\n"
    )
    res = run_tether("run", "--", "true", cwd=project)
    assert res.returncode == 1
    assert "MISSING_ONE" in res.stderr
    assert "tether://dev/app/nope" in res.stderr
    assert vault["tether://dev/app/jwt_secret"] not in res.stderr


@pytest.mark.parametrize("name", ["PATH", "LD_PRELOAD", "PYTHONPATH", "NODE_OPTIONS"])
def test_dangerous_names_refused_unless_allowed(
    initialized: Path, project: Path, name: str
) -> None:
    (project / ".env").write_text(f"{name}=/tmp/evil\n")
    res = run_tether("run", "--", "true", cwd=project)
    assert res.returncode == 1
    assert name in res.stderr and "--allow-env" in res.stderr
    code = f"import os; print(os.environ[{name!r}])"
    res = run_tether("run", "--allow-env", name, "--", sys.executable, "-c", code, cwd=project)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "/tmp/evil"


def test_stdin_reaches_the_child(vault: dict[str, str], project: Path) -> None:
    write_env(project)
    code = "import sys; print('got', sys.stdin.readline().strip())"
    res = run_tether("run", "--", sys.executable, "-c", code, input="hello there\n", cwd=project)
    assert res.returncode == 0, res.stderr
    assert "got hello there" in res.stdout


def test_command_not_found(vault: dict[str, str], project: Path) -> None:
    write_env(project)
    res = run_tether("run", "--", "no-such-command-xyz", cwd=project)
    assert res.returncode == 127
    assert "command not found" in res.stderr


def _start(project: Path, code: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "tether.cli", "run", "--", sys.executable, "-c", code],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.mark.parametrize(
    ("sig", "expected"),
    [(signal.SIGTERM, 42), (signal.SIGHUP, 128 + signal.SIGHUP), (signal.SIGINT, 130)],
)
def test_signals_are_forwarded(
    vault: dict[str, str], project: Path, sig: int, expected: int
) -> None:
    write_env(project)
    code = (
        "import signal, sys, time\n"
        "signal.signal(signal.SIGTERM, lambda *a: sys.exit(42))\n"
        "signal.signal(signal.SIGINT, signal.SIG_DFL)\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n"
    )
    proc = _start(project, code)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"ready"
    proc.send_signal(sig)
    assert proc.wait(timeout=30) == expected


def _read_pty(master: int, proc: subprocess.Popen[bytes]) -> bytes:
    out = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 1.0)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            out += data
        elif proc.poll() is not None:
            break
    return out


def test_masking_with_a_pseudo_terminal(vault: dict[str, str], project: Path) -> None:
    write_env(project)
    master, slave = os.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tether.cli", "run", "--", sys.executable, "-c", PRINT_ALL],
        cwd=project,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        start_new_session=True,
    )
    os.close(slave)
    out = _read_pty(master, proc)
    os.close(master)
    assert proc.wait(timeout=30) == 0
    assert b"tty True" in out
    assert b"done 3" in out
    for value in vault.values():
        assert value.encode() not in out
    assert out.count(b"<concealed by tether>") == 12  # stdout and stderr share the terminal


def test_no_masking_execs_directly(vault: dict[str, str], project: Path) -> None:
    write_env(project)
    code = "import os; print(os.getppid())"
    res = run_tether("run", "--no-masking", "--", sys.executable, "-c", code, cwd=project)
    assert res.returncode == 0
    # exec: the child replaced tether, so its parent is the test process itself
    assert int(res.stdout.strip()) == os.getpid()


def test_run_path_stays_light(vault: dict[str, str], project: Path) -> None:
    write_env(project)
    res = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "tether.cli", "run", "--", "true"],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stderr
    imported = {line.split("|")[-1].strip() for line in res.stderr.splitlines() if "|" in line}
    assert "tether.runtime.resolve" in imported  # the probe works
    for heavy in ("rich", "httpx", "tether.scan", "fastapi", "sqlalchemy", "shutil"):
        assert heavy not in imported, heavy


def test_vault_option_swaps_the_vault_of_every_reference(
    vault: dict[str, str], project: Path
) -> None:
    from tests.runtime.conftest import set_secret

    set_secret("tether://prod/app/jwt_secret", "PROD-CANARY-value-123")
    (project / ".env").write_text("J=tether://dev/app/jwt_secret\n")
    code = "import os; print(os.environ['J'] == 'PROD-CANARY-value-123')"
    res = run_tether("run", "--vault", "prod", "--", sys.executable, "-c", code, cwd=project)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "True"
