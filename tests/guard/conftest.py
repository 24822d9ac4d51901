"""The guard tests' environment: isolated fingerprint key, Claude config dir and HOME."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def guard_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder (fingerprint key, compiled rules) for the session: compiling once is enough."""
    return tmp_path_factory.mktemp("guard-cache")


@pytest.fixture
def guard_env(
    tether_home: Path, tmp_path: Path, guard_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Isolated cache (fingerprint key), Claude config dir and HOME; no lingering scrub."""
    monkeypatch.setenv("TETHER_CACHE_DIR", str(guard_cache))
    monkeypatch.setenv("CLAUDE_CONFIG_DIR", str(tmp_path / "claude"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("TETHER_GUARD_SCRUB_WAIT", "0")
    monkeypatch.delenv("TETHER_GUARD_FAULT", raising=False)
    (tmp_path / "home").mkdir()
    project = tmp_path / "project"
    project.mkdir()
    yield project
