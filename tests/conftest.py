"""Fixtures shared by every test: a throw-away tether home and CLI runners."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

CANARY = "tth-canary-Qx7pZ9wLm2VbR4sK8dJ3"


@pytest.fixture
def tether_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An isolated TETHER_HOME with the key in a 0600 file (no OS keyring), not yet initialised."""
    home = tmp_path / "tether-home"
    monkeypatch.setenv("TETHER_HOME", str(home))
    monkeypatch.setenv("TETHER_KEYRING", "0")
    monkeypatch.setenv("TETHER_USER", "alice")
    monkeypatch.delenv("TETHER_TOKEN", raising=False)
    monkeypatch.delenv("TETHER_PASSPHRASE", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    yield home


@pytest.fixture
def initialized(tether_home: Path) -> Path:
    from tether.client.local import initialize

    initialize(use_keyring=False)
    return tether_home


def run_tether(
    *args: str,
    input: str | bytes | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the real ``tether`` CLI as a separate process (the environment comes from os.environ)."""
    full_env = dict(os.environ)
    if env:
        full_env.update(env)
    text_input = input.decode() if isinstance(input, bytes) else input
    return subprocess.run(
        [sys.executable, "-m", "tether.cli", *args],
        input=text_input,
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture
def tether() -> object:
    return run_tether
