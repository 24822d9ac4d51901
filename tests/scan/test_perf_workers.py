"""The engine's forked workers: the parent and its workers share the chunks, results and errors
come back, and no worker outlives the scan."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tether.errors import ScanError
from tether.scan.engine import Engine
from tether.scan.findings import Provenance, Skipped
from tether.scan.sources import Blob

from .conftest import KEY, github_token

PARENT = os.getpid()


@dataclass(frozen=True)
class TokenChunk:
    """One blob holding a token; ``fail`` says what to do when read in a worker process."""

    n: int
    fail: str = ""

    @property
    def size(self) -> int:
        return 1

    def blobs(self) -> Iterator[Blob | Skipped]:
        if os.getpid() != PARENT:
            if self.fail == "raise":
                raise ValueError(f"chunk {self.n} failed")
            if self.fail == "unpicklable":
                raise Unpicklable(lambda: None)
            if self.fail == "die":
                os._exit(3)
        prov = Provenance(kind="test", path=f"t{self.n}.txt", extra=(("pid", str(os.getpid())),))
        yield Blob(f"token = {github_token(700 + self.n)}\n".encode(), prov)


class Unpicklable(Exception):
    def __init__(self, fn: object) -> None:
        super().__init__("cannot cross a pipe")
        self.fn = fn


@dataclass
class ListSource:
    items: list[TokenChunk]
    kind: str = "test"

    def chunks(self) -> Iterator[TokenChunk]:
        yield from self.items


def _scan(chunks: list[TokenChunk], jobs: int = 2) -> list[object]:
    return Engine(key=KEY, jobs=jobs).scan([ListSource(chunks)]).findings  # type: ignore[list-item]


def test_parent_and_worker_both_scan_and_every_chunk_is_reported(hs_cache: Path) -> None:
    found = _scan([TokenChunk(i) for i in range(40)])
    assert sorted(f.provenance.path for f in found) == sorted(f"t{i}.txt" for i in range(40))  # type: ignore[attr-defined]
    pids = {dict(f.provenance.extra)["pid"] for f in found}  # type: ignore[attr-defined]
    assert str(PARENT) in pids and len(pids) == 2
    serial = _scan([TokenChunk(i) for i in range(40)], jobs=1)
    key = lambda f: (f.rule_id, f.fingerprint, f.provenance.path, f.line)  # noqa: E731
    assert sorted(map(key, found)) == sorted(map(key, serial))


def test_more_jobs_start_more_workers(hs_cache: Path) -> None:
    found = _scan([TokenChunk(i) for i in range(60)], jobs=3)
    assert len(found) == 60
    assert len({dict(f.provenance.extra)["pid"] for f in found}) >= 2  # type: ignore[attr-defined]


def _no_children_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_an_error_in_a_worker_is_raised_in_the_parent(hs_cache: Path) -> None:
    # the first chunks go to the worker before the parent takes any for itself
    chunks = [TokenChunk(99, "raise")] + [TokenChunk(i) for i in range(30)]
    with pytest.raises(ValueError, match="chunk 99 failed"):
        _scan(chunks)
    assert _no_children_left()


def test_an_exception_that_does_not_pickle_still_reaches_the_parent(hs_cache: Path) -> None:
    chunks = [TokenChunk(0), TokenChunk(1, "unpicklable")] + [TokenChunk(i) for i in range(2, 9)]
    with pytest.raises(ScanError, match="Unpicklable: cannot cross a pipe"):
        _scan(chunks)
    assert _no_children_left()


def test_a_worker_that_dies_is_a_scan_error(hs_cache: Path) -> None:
    chunks = [TokenChunk(0), TokenChunk(1, "die")] + [TokenChunk(i) for i in range(2, 9)]
    with pytest.raises(ScanError, match="worker process stopped"):
        _scan(chunks)
    assert _no_children_left()


def test_an_abandoned_scan_stops_its_workers(hs_cache: Path) -> None:
    engine = Engine(key=KEY, jobs=2)
    engine.prepare()
    run = engine._run(iter([TokenChunk(i) for i in range(30)]))
    next(run)
    run.close()
    assert _no_children_left()


def test_workers_work_with_descriptors_above_1023(hs_cache: Path) -> None:
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < 1200:  # raise the soft limit as far as the hard one allows (no privilege needed)
        want = 1200 if hard == resource.RLIM_INFINITY else min(hard, 1200)
        resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
        if want < 1200:
            pytest.skip("the hard open-file limit is too low to push pipes past descriptor 1023")
    held = []
    try:
        while True:  # use up the low descriptors, so the workers' pipes get high ones
            fd = os.open(os.devnull, os.O_RDONLY)
            held.append(fd)
            if fd > 1030:
                break
        found = _scan([TokenChunk(i) for i in range(12)])
    finally:
        for fd in held:
            os.close(fd)
    assert len(found) == 12
