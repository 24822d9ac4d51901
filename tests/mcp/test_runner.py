"""The agent's command runner in-process: masking while capturing, limits, timeout, encodings."""

from __future__ import annotations

import base64
import os
import sys
import time

import pytest

from tether.errors import TetherError
from tether.mcp.runner import Captured, encoded_forms, run_captured
from tether.mcp.tools import _truncate

SECRET = "runner-secret-Hq4vX9pL"


def _run(code: str, *, timeout: float = 20, keep: int = 1 << 20) -> Captured:
    return run_captured(
        [sys.executable, "-c", code],
        dict(os.environ),
        [SECRET],
        cwd=None,
        timeout=timeout,
        keep=keep,
    )


def test_masks_raw_split_and_encoded_forms() -> None:
    code = (
        "import base64, sys, time\n"
        f"s = {SECRET!r}\n"
        "print(s); print(base64.b64encode(s.encode()).decode())\n"
        "print(base64.b64encode((s + '\\n').encode()).decode())\n"
        "print(base64.urlsafe_b64encode(s.encode()).decode().rstrip('='))\n"
        "print(s.encode().hex())\n"
        "sys.stdout.flush()\n"
        "for ch in s:\n"
        "    sys.stdout.write(ch); sys.stdout.flush(); time.sleep(0.002)\n"
        "print(); print('x' + s, file=sys.stderr)\n"
    )
    got = _run(code)
    out = got.stdout.decode()
    err = got.stderr.decode()
    assert SECRET not in out + err
    for form in encoded_forms(SECRET):
        assert form not in out + err
    assert out.count("<concealed by tether>") == 6
    assert err == "x<concealed by tether>\n"
    assert got.exit_code == 0


def test_encoded_forms_cover_common_spellings() -> None:
    forms = set(encoded_forms(SECRET))
    assert base64.b64encode(SECRET.encode()).decode() in forms
    assert base64.b64encode((SECRET + "\n").encode()).decode() in forms
    assert SECRET.encode().hex() in forms
    assert encoded_forms("ab") == [] or all(len(f) >= 8 for f in encoded_forms("ab"))


def test_keeps_at_most_keep_bytes_but_drains_the_pipe() -> None:
    got = _run("import sys\nfor _ in range(2000): sys.stdout.write('y' * 1000 + '\\n')", keep=5000)
    assert got.stdout_truncated and len(got.stdout) == 5000
    assert got.exit_code == 0


def test_timeout_kills_the_process_group() -> None:
    started = time.monotonic()
    got = _run(
        "import subprocess, time\n"
        "subprocess.Popen(['sleep', '30'])\n"
        "print('started', flush=True)\n"
        "time.sleep(30)\n",
        timeout=1,
    )
    assert got.timed_out and got.exit_code is None
    assert got.stdout == b"started\n"
    assert time.monotonic() - started < 8


def test_exit_status_and_missing_command() -> None:
    assert _run("raise SystemExit(7)").exit_code == 7
    with pytest.raises(TetherError, match="command not found"):
        run_captured(["no-such-cmd-qq"], dict(os.environ), [], cwd=None, timeout=5, keep=100)


def test_truncate_cuts_at_a_line_end() -> None:
    assert _truncate(b"abc\ndef\n", 100) == (b"abc\ndef\n", False)
    assert _truncate(b"abc\ndefghij", 6) == (b"abc\n", True)
    assert _truncate(b"abcdefghij", 6) == (b"", True)


def test_kill_running_ends_commands_on_shutdown() -> None:
    import threading

    from tether.mcp.runner import kill_running

    results: list[Captured] = []
    worker = threading.Thread(target=lambda: results.append(_run("import time; time.sleep(30)")))
    started = time.monotonic()
    worker.start()
    time.sleep(0.5)
    kill_running()
    worker.join(timeout=10)
    assert results and results[0].exit_code == 128 + 9
    assert time.monotonic() - started < 8
