"""The everyday CLI as a user runs it: a real process, a real store."""

from __future__ import annotations

import json
import os
import pty
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import CANARY, run_tether


@pytest.fixture
def home(tether_home: Path) -> Path:
    r = run_tether("init")
    assert r.returncode == 0, r.stderr
    return tether_home


def test_version_and_help() -> None:
    r = run_tether("--version")
    assert r.returncode == 0 and r.stdout.startswith("tether 0.")
    r = run_tether("--help")
    assert r.returncode == 0
    for cmd in ("init", "vault", "set", "read", "list", "history", "restore"):
        assert f"  {cmd} " in r.stdout


def test_init_twice_destroys_nothing(home: Path) -> None:
    key_before = (home / "root.key").read_bytes()
    assert run_tether("set", "dev/a/v", input="keep").returncode == 0
    r = run_tether("init")
    assert r.returncode == 0 and "already initialized" in r.stderr
    assert (home / "root.key").read_bytes() == key_before
    assert run_tether("read", "dev/a/v").stdout == "keep\n"


def test_init_json(tether_home: Path) -> None:
    r = run_tether("init", "--json")
    doc = json.loads(r.stdout)
    assert doc["created_store"] and doc["created_key"] and doc["key_storage"] == "plain"


def test_set_read_list_history_restore(home: Path) -> None:
    assert (
        run_tether(
            "set", "tether://dev/stripe/api_key", "--tag", "payments", input=CANARY + "\n"
        ).returncode
        == 0
    )
    r = run_tether("read", "tether://dev/stripe/api_key")
    assert r.returncode == 0 and r.stdout == CANARY + "\n"
    r = run_tether("read", "-n", "dev/stripe/api_key")
    assert r.stdout == CANARY
    assert run_tether("set", "dev/stripe/api_key", "--generate", "--length", "40").returncode == 0
    generated = run_tether("read", "-n", "dev/stripe/api_key").stdout
    assert len(generated) == 40 and generated.isalnum()
    listing = json.loads(run_tether("list", "--json").stdout)
    assert listing[0]["ref"] == "tether://dev/stripe" and listing[0]["tags"] == ["payments"]
    assert listing[0]["fields"] == {"api_key": 2}
    hist = json.loads(run_tether("history", "dev/stripe/api_key", "--json").stdout)
    assert [h["state"] for h in hist] == ["superseded", "current"]
    assert run_tether("restore", "dev/stripe/api_key", "--version", "1").returncode == 0
    assert run_tether("read", "-n", "dev/stripe/api_key").stdout == CANARY
    assert run_tether("rm", "dev/stripe").returncode == 0
    r = run_tether("read", "dev/stripe/api_key")
    assert r.returncode == 1 and "no item 'stripe'" in r.stderr


def test_read_refuses_a_terminal_without_reveal(home: Path) -> None:
    run_tether("set", "dev/a/v", input=CANARY)
    env = dict(os.environ)

    def on_tty(*extra: str) -> tuple[int, bytes]:
        pid, fd = pty.fork()
        if pid == 0:
            os.execve(
                sys.executable, [sys.executable, "-m", "tether.cli", "read", "dev/a/v", *extra], env
            )
        out = b""
        while True:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        _, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status), out

    code, out = on_tty()
    assert code == 2 and b"refusing to print a secret to the terminal" in out
    assert CANARY.encode() not in out
    code, out = on_tty("--reveal")
    assert code == 0 and CANARY.encode() in out


def test_out_file_is_private_and_not_overwritten(home: Path, tmp_path: Path) -> None:
    run_tether("set", "dev/a/v", input=CANARY)
    out = tmp_path / "secret.txt"
    assert run_tether("read", "dev/a/v", "--out-file", str(out)).returncode == 0
    assert out.read_text() == CANARY and stat.S_IMODE(out.stat().st_mode) == 0o600
    r = run_tether("read", "dev/a/v", "--out-file", str(out))
    assert r.returncode == 1 and "already exists" in r.stderr


def test_conflict_from_cli(home: Path) -> None:
    run_tether("set", "dev/a/v", input="one")
    assert run_tether("set", "dev/a/v", "--if-version", "1", input="two").returncode == 0
    r = run_tether("set", "dev/a/v", "--if-version", "1", input="three")
    assert r.returncode == 1
    assert "tether: error: tether://dev/a/v is at version 2, not 1" in r.stderr
    assert "tether: hint:" in r.stderr


def test_vault_commands(home: Path) -> None:
    assert run_tether("vault", "create", "prod").returncode == 0
    r = run_tether("vault", "create", "prod")
    assert r.returncode == 1 and "already exists" in r.stderr
    run_tether("set", "prod/db/pw", input="x")
    vaults = json.loads(run_tether("vault", "list", "--json").stdout)
    assert vaults[0]["name"] == "prod" and vaults[0]["items"] == 1
    r = run_tether("vault", "rm", "prod")
    assert r.returncode == 2 and "--force" in r.stderr
    assert run_tether("vault", "rm", "prod", "--force").returncode == 0
    assert json.loads(run_tether("vault", "list", "--json").stdout) == []


def test_bad_reference_points_at_the_position(home: Path) -> None:
    r = run_tether("read", "tether://dev/st$ripe/k")
    assert r.returncode == 2
    assert "position 16" in r.stderr and "^" in r.stderr


def test_missing_key_and_wrong_passphrase(tether_home: Path) -> None:
    r = run_tether("read", "dev/a/v")
    assert r.returncode == 1 and "tether init" in r.stderr
    env = {"TETHER_PASSPHRASE": "correct horse battery"}
    assert run_tether("init", "--passphrase", env=env).returncode == 0
    assert run_tether("set", "dev/a/v", input=CANARY, env=env).returncode == 0
    store = (tether_home / "tether.db").read_bytes()
    r = run_tether("set", "dev/a/v", input="new", env={"TETHER_PASSPHRASE": "wrong"})
    assert r.returncode == 1 and "wrong passphrase" in r.stderr and "Traceback" not in r.stderr
    assert (tether_home / "tether.db").read_bytes() == store
    assert run_tether("read", "dev/a/v", env=env).stdout == CANARY + "\n"
    (tether_home / "root.key").unlink()
    r = run_tether("read", "dev/a/v", env=env)
    assert r.returncode == 1 and "no root key" in r.stderr and "Traceback" not in r.stderr


def test_corrupt_store_from_cli(home: Path) -> None:
    (home / "tether.db").write_bytes(b"\x00garbage" * 1000)
    for f in home.glob("tether.db-*"):
        f.unlink()
    r = run_tether("list")
    assert r.returncode == 1 and "unreadable" in r.stderr and "Traceback" not in r.stderr


def test_canary_never_leaks_into_output(home: Path) -> None:
    outputs = []
    outputs.append(run_tether("set", "dev/c/v", input=CANARY))
    outputs.append(run_tether("set", "dev/c/v", "--if-version", "7", input=CANARY))
    for args in (
        ["list"],
        ["list", "--json"],
        ["history", "dev/c/v"],
        ["history", "dev/c/v", "--json"],
        ["vault", "list", "--json"],
    ):
        outputs.append(run_tether(*args))
    outputs.append(run_tether("read", "dev/c/nope"))
    for r in outputs:
        assert CANARY not in r.stdout and CANARY not in r.stderr
    for f in home.rglob("*"):
        if f.is_file():
            assert CANARY.encode() not in f.read_bytes()


def test_no_color_and_completion(home: Path) -> None:
    r = run_tether("completion", "bash")
    assert r.returncode == 0 and "_TETHER_COMPLETE" in r.stdout
    r = run_tether("read", "dev/x/y", env={"NO_COLOR": "1"})
    assert "\x1b[" not in r.stderr


def test_read_path_imports_stay_light(home: Path) -> None:
    run_tether("set", "dev/a/v", input="x")
    code = (
        "import sys, runpy; sys.argv=['tether','read','dev/a/v'];\n"
        "from tether.cli.main import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy=[m for m in ('rich','httpx','fastapi','sqlalchemy','tether.scan','keyring') if m in sys.modules]\n"
        "sys.stderr.write('HEAVY=' + ','.join(heavy))\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ)
    )
    assert "HEAVY=" in r.stderr and r.stderr.split("HEAVY=")[1].strip() == ""
