"""The end of a scan: when the parent has scanned its own lane and the history is listed, it takes
the chunks still waiting for a worker (the last of the longest backlog) instead of waiting idle,
and a worker about to run dry takes the last of the parent's backlog.
Findings stay the same: a stolen chunk's blobs are scanned whole and settled against their
previous versions, as when those versions are no longer held."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tether.scan import engine as engine_mod
from tether.scan.engine import Engine
from tether.scan.findings import Provenance, Skipped
from tether.scan.sources import Blob
from tether.scan.sources import git as gitsrc
from tether.scan.sources.git import GitHistorySource

from .conftest import KEY, git, github_token

PARENT = os.getpid()


@dataclass(frozen=True)
class LaneChunk:
    """One blob holding a token, in the lane of the first worker."""

    n: int
    lane: int = 1

    @property
    def size(self) -> int:
        return 1

    def blobs(self) -> Iterator[Blob | Skipped]:
        prov = Provenance(kind="test", path=f"t{self.n}.txt", extra=(("pid", str(os.getpid())),))
        yield Blob(f"token = {github_token(900 + self.n)}\n".encode(), prov)


@dataclass
class ListSource:
    items: list[LaneChunk]
    kind: str = "test"

    def chunks(self) -> Iterator[LaneChunk]:
        yield from self.items


def test_parent_takes_a_workers_backlog_at_the_end(hs_cache: Path) -> None:
    chunks = [LaneChunk(i) for i in range(40)]  # nothing in the parent's lane 0
    found = Engine(key=KEY, jobs=2).scan([ListSource(chunks)]).findings
    assert sorted(f.provenance.path for f in found) == sorted(f"t{i}.txt" for i in range(40))
    by = {dict(f.provenance.extra)["pid"] for f in found}
    assert str(PARENT) in by and len(by) == 2  # without stealing every chunk went to the worker


def test_an_idle_worker_takes_the_parents_backlog_at_the_end(hs_cache: Path) -> None:
    chunks = [LaneChunk(i, lane=0) for i in range(40)]  # everything in the parent's lane 0
    found = Engine(key=KEY, jobs=2).scan([ListSource(chunks)]).findings
    assert sorted(f.provenance.path for f in found) == sorted(f"t{i}.txt" for i in range(40))
    by = {dict(f.provenance.extra)["pid"] for f in found}
    assert str(PARENT) in by and len(by) == 2  # without it the worker had nothing to do


def _edited_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / "a.txt").write_text("the first path listed goes to lane 0, the parent's\n")
    env = repo / "secret.env"  # the next one to lane 1, a worker's
    env.write_text(f"GITHUB_TOKEN={github_token(5)}\n")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "token")
    for i in range(30):  # every later version still holds the token: reported once, first commit
        with env.open("a") as fh:
            fh.write(f"LINE_{i}=value {i}\n")
        git(repo, "commit", "-qam", f"edit {i}")
    return repo


def test_stolen_history_chunks_keep_the_findings(
    tmp_path: Path, hs_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _edited_repo(tmp_path)
    serial = Engine(key=KEY, jobs=1).scan([GitHistorySource(str(repo))]).findings
    monkeypatch.setattr(gitsrc, "FIRST_CHUNK_BLOBS", 1)
    monkeypatch.setattr(gitsrc, "CHUNK_BLOBS", 1)  # one version per chunk: a long backlog
    stolen: list[int | None] = []
    scan_chunk = Engine.scan_chunk

    def recording(self: Engine, chunk: object) -> object:
        if os.getpid() == PARENT:
            stolen.append(getattr(chunk, "lane", None))
        return scan_chunk(self, chunk)  # type: ignore[arg-type]

    monkeypatch.setattr(engine_mod.Engine, "scan_chunk", recording)
    parallel = Engine(key=KEY, jobs=2).scan([GitHistorySource(str(repo))]).findings
    assert 1 in stolen  # the one path's lane is the worker's; the parent took some of it
    key = lambda f: (f.rule_id, f.fingerprint, f.path, f.provenance.extra, f.line)  # noqa: E731
    assert [f.rule_id for f in serial] == ["github-pat"]
    assert sorted(map(key, parallel)) == sorted(map(key, serial))
