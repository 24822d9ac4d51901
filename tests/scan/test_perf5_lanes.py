"""Git history lanes leave room on lane 0 for the process that lists the history.

Lane 0 is scanned by the parent process, which also parses ``git log``, sends the other lanes'
chunks and takes in their results; new paths therefore go to it only when its estimated load is
``LISTING_LOAD`` per blob listed lighter than another lane's. Every blob is still listed once.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tether.scan.engine import Engine
from tether.scan.sources import git as gitsrc
from tether.scan.sources.git import GitHistorySource

from .conftest import KEY, git, github_token


def _repo(tmp_path: Path, files: int) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    for i in range(files):
        (repo / f"f{i:03d}.txt").write_text(f"line {i}\n" + "x" * 1000 + "\n")
    (repo / "config.env").write_text(f"GITHUB_TOKEN={github_token(4)}\n")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "files")
    return repo


def _lanes(repo: Path, lanes: int) -> Counter[int | None]:
    src = GitHistorySource(str(repo))
    src.lanes = lanes
    try:
        per_lane: Counter[int | None] = Counter()
        for chunk in src.chunks():
            per_lane[chunk.lane] += len(chunk.items)
        return per_lane
    finally:
        src.close()


def test_lane_zero_takes_fewer_new_paths(tmp_path: Path) -> None:
    repo = _repo(tmp_path, 60)
    per_lane = _lanes(repo, 2)
    assert sum(per_lane.values()) == 61  # every blob once
    assert per_lane[0] < per_lane[1]
    # one lane: no bias, no lane number
    assert _lanes(repo, 1) == Counter({None: 61})


def test_lane_bias_is_sized_by_listing_cost() -> None:
    assert 0 < gitsrc.LISTING_LOAD < 4096  # a fraction of a small file's scan


def test_findings_do_not_depend_on_the_lanes(tmp_path: Path) -> None:
    repo = _repo(tmp_path, 30)
    one = Engine(key=KEY, jobs=1).scan([GitHistorySource(str(repo))]).findings
    three = Engine(key=KEY, jobs=3).scan([GitHistorySource(str(repo))]).findings
    assert [f.rule_id for f in one] == ["github-pat"]
    assert [(f.rule_id, f.path, f.fingerprint) for f in one] == [
        (f.rule_id, f.path, f.fingerprint) for f in three
    ]
