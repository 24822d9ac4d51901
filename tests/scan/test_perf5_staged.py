"""``--staged`` asks git for the sizes of the staged blobs only (not a listing of every object in
the repository, whose cost grows with the whole history), and still skips a too-large blob unread."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from tether.scan.engine import Engine
from tether.scan.sources.git import StagedSource

from .conftest import KEY, git, github_token


def _repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    for i in range(5):  # some history: objects a staged scan has no business listing
        (repo / f"old{i}.txt").write_text(f"version {i}\n")
        git(repo, "add", ".")
        git(repo, "commit", "-qm", f"c{i}")
    (repo / "old0.txt").write_text(f"version 0\nGITHUB_TOKEN={github_token(6)}\n")
    (repo / "new.env").write_text(f"GITHUB_TOKEN={github_token(7)}\n")
    (repo / "big.txt").write_text("x" * 5000 + "\n")
    git(repo, "add", ".")
    return repo


def test_staged_scan_sizes_only_the_staged_blobs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _repo(tmp_path)
    calls: list[list[str]] = []
    real_run = subprocess.run

    def recording_run(args: Any, *rest: Any, **kwargs: Any) -> Any:
        calls.append([str(a) for a in args])
        return real_run(args, *rest, **kwargs)

    monkeypatch.setattr(subprocess, "run", recording_run)
    source = StagedSource(str(repo), max_file_size=1000)
    result = Engine(key=KEY, jobs=1).scan([source])
    assert sorted((f.path, f.line) for f in result.findings) == [("new.env", 1), ("old0.txt", 2)]
    assert not any("--batch-all-objects" in c for c in calls)
    assert any(
        c[3:5] == ["cat-file", "--batch-check=%(objecttype) %(objectname) %(objectsize)"]
        for c in calls
    )
    # the size was known before reading: skipped by the source, not read through cat-file
    assert [(s.provenance.path, s.reason) for s in source.skipped] == [("big.txt", "too large")]
