"""``tether scan`` run as its own process ends without the interpreter's teardown, yet its output,
exit code and exit handlers are exactly those of a normal exit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.scan.conftest import github_token

CHILD = """
import atexit, sys
atexit.register(lambda: open(sys.argv[1], "w").write("ran"))
from tether.cli.main import main
main(sys.argv[2:])
"""


def _run(
    tmp_path: Path, target: Path, *extra: str
) -> tuple[subprocess.CompletedProcess[str], Path]:
    marker = tmp_path / "marker"
    env = dict(os.environ)
    env.pop("TETHER_NO_FAST_EXIT", None)
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(marker), "scan", "--no-vault", *extra, str(target)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    return proc, marker


def test_findings_exit_1_with_complete_output_and_exit_handlers_run(tmp_path: Path) -> None:
    target = tmp_path / "config.env"
    target.write_text(f"GITHUB_TOKEN={github_token(3)}\n")
    proc, marker = _run(tmp_path, target, "-f", "json")
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)  # the whole report was flushed before the process ended
    assert [f["rule"] for f in report["findings"]] == ["github-pat"]
    assert "1 finding" in proc.stderr
    assert marker.read_text() == "ran"


def test_clean_scan_exits_0_and_exit_handlers_run(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("nothing to see here\n")
    proc, marker = _run(tmp_path, target)
    assert proc.returncode == 0, proc.stderr
    assert "0 findings" in proc.stderr
    assert marker.read_text() == "ran"
