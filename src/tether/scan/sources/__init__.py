"""Sources yield blobs (bytes + provenance) for the engine to scan.

A :class:`Source` splits its work into :class:`Chunk` objects. A chunk is small and picklable (a list
of paths, a list of git blob ids) and is turned into blobs inside whichever process scans it, so file
contents are read by the worker that scans them instead of being copied between processes. Sources
that already hold their data in memory yield :class:`BlobChunk`.

Extension point: other packages (AI-tool transcripts, shell histories, …) register a source class
under the entry-point group ``tether.scan_sources``; :func:`available_sources` merges them with the
built-ins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from tether.scan.findings import Provenance, Skipped

__all__ = [
    "ENTRY_POINT_GROUP",
    "Blob",
    "BlobChunk",
    "Chunk",
    "Source",
    "available_sources",
]

ENTRY_POINT_GROUP = "tether.scan_sources"


@dataclass(frozen=True)
class Blob:
    data: bytes
    provenance: Provenance
    # [start, end): the only bytes that differ from a previous version of this file whose findings
    # the source reports itself (git history); the engine may match only around them
    changed: tuple[int, int] | None = None


@runtime_checkable
class Chunk(Protocol):
    """A picklable unit of work. ``size`` is the number of blobs it will yield (for progress)."""

    @property
    def size(self) -> int: ...

    def blobs(self) -> Iterator[Blob | Skipped]: ...


@runtime_checkable
class Source(Protocol):
    """Anything that can be scanned. ``kind`` names it in findings (file, git, staged, stdin, …)."""

    kind: str

    def chunks(self) -> Iterable[Chunk]: ...


@dataclass(frozen=True)
class BlobChunk:
    """Blobs already in memory (stdin, extension sources)."""

    items: tuple[Blob | Skipped, ...]

    @property
    def size(self) -> int:
        return len(self.items)

    def blobs(self) -> Iterator[Blob | Skipped]:
        yield from self.items


def available_sources() -> dict[str, Callable[..., Source]]:
    """Built-in source classes by name, plus those registered under ``tether.scan_sources``."""
    from importlib.metadata import entry_points

    from tether.scan.sources.files import FileSource
    from tether.scan.sources.git import GitHistorySource, StagedSource
    from tether.scan.sources.machine import MachineSource
    from tether.scan.sources.stdin import StdinSource

    found: dict[str, Callable[..., Source]] = {
        "files": FileSource,
        "git": GitHistorySource,
        "staged": StagedSource,
        "stdin": StdinSource,
        "machine": MachineSource,
    }
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        found.setdefault(ep.name, ep.load())
    return found
