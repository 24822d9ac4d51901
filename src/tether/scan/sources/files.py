"""Files and folders on disk: a gitignore-aware walk split into chunks that workers read and scan.

Rules: ``.git`` directories are never entered; ``.gitignore`` files (nested, plus the repository's
``.git/info/exclude`` and those of parent directories up to the repository root) are respected unless
``respect_gitignore=False``; ``exclude`` globs (gitignore syntax, relative to the scan root) always
apply; symbolic links are not followed. Files over ``max_file_size`` bytes and files with a NUL byte
in their first 8 KB (or a raw Netpbm, an XPM or an EPS image's header) are skipped with a reason — except
UTF-16 text (Windows PowerShell scripts, ``.reg`` exports, files saved as "Unicode"), which is
scanned as UTF-8 (:func:`scan_text`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tether.errors import ScanError
from tether.scan.findings import Provenance, Skipped
from tether.scan.mime import message_view
from tether.scan.sources import Blob

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

__all__ = [
    "DEFAULT_MAX_FILE_SIZE",
    "FileChunk",
    "FileSource",
    "is_binary",
    "scan_text",
    "utf16_codec",
]

DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024
BINARY_SNIFF = 8192
CHUNK_FILES = 256


# a raw Netpbm image's header: P4, P5 or P6, comments, then its width and height; its pixels hold
# no NUL byte when no sample is zero (gutenprint's calibrate.ppm, a near-white test image)
_NETPBM_RAW = re.compile(rb"P[456]\s+(?:#[^\n]*\n\s*)*\d+\s+\d+\s")


def is_binary(data: bytes) -> bool:
    """A NUL byte in the first 8 KB, a raw Netpbm image (binary without one), an XPM image (a
    picture written as C strings: its pixel rows read as random text, Audacity's logo) or an
    Encapsulated PostScript image (its pixels in ASCII85 or hex, Octave's logo)."""
    return (
        data.find(b"\0", 0, BINARY_SNIFF) >= 0
        or (data[:1] == b"P" and _NETPBM_RAW.match(data) is not None)
        or data.startswith(b"/* XPM */")
        or (data.startswith(b"%!PS-Adobe-") and b" EPSF-" in data[:40])
    )


def utf16_codec(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when ``data`` is UTF-16 text: a byte-order mark, or (little
    endian without one) a start in which every second byte is NUL and no other is. ``None`` else."""
    head = data[:2]
    if head == b"\xff\xfe" and data[2:4] != b"\0\0":  # (FF FE 00 00 is UTF-32)
        return "utf-16-le"
    if head == b"\xfe\xff":
        return "utf-16-be"
    sniff = data[:512]
    if len(sniff) >= 8 and len(sniff) % 2 == 0:
        odd, even = sniff[1::2], sniff[0::2]
        if odd.count(0) == len(odd) and 0 not in even:
            return "utf-16-le"
    return None


def utf16_text(data: bytes) -> tuple[bytes, str, bytes] | None:
    """(UTF-8 text, codec, byte-order mark or ``b""``) when ``data`` is UTF-16 text, else ``None``."""
    codec = utf16_codec(data)
    if codec is None:
        return None
    bom = data[:2] if data[:2] in (b"\xff\xfe", b"\xfe\xff") else b""
    try:
        text = data[len(bom) :].decode(codec).encode("utf-8")
    except UnicodeError:
        return None
    return None if is_binary(text) else (text, codec, bom)


def scan_text(data: bytes) -> bytes | None:
    """The bytes to scan for a file's content: the content itself for text (an e-mail message with
    its encoded text bodies decoded, :func:`tether.scan.mime.message_view`), its UTF-8 transcoding
    for UTF-16 text, ``None`` for binary content (a NUL byte in the first 8 KB)."""
    if not is_binary(data):
        view = message_view(data)
        return data if view is None else view
    decoded = utf16_text(data)
    return decoded[0] if decoded is not None else None


@dataclass(frozen=True)
class FileChunk:
    """Files to read and scan: (absolute path, path to report) pairs. ``size`` counts files."""

    files: tuple[tuple[str, str], ...]
    kind: str = "file"
    max_file_size: int = DEFAULT_MAX_FILE_SIZE

    @property
    def size(self) -> int:
        return len(self.files)

    def blobs(self) -> Iterator[Blob | Skipped]:
        for abspath, shown in self.files:
            try:
                data = _read(abspath, self.max_file_size)
            except OSError:
                yield Skipped(Provenance(kind=self.kind, path=shown), "unreadable")
                continue
            if data is None:
                yield Skipped(Provenance(kind=self.kind, path=shown), "too large")
            elif data:
                text = scan_text(data)
                if text is None:
                    yield Skipped(Provenance(kind=self.kind, path=shown), "binary")
                else:
                    yield Blob(text, Provenance(kind=self.kind, path=shown))


def _read(path: str, limit: int) -> bytes | None:
    """The file's bytes, or ``None`` when it is larger than ``limit`` (not read)."""
    fd = os.open(path, _OPEN_FLAGS)
    try:
        size = os.fstat(fd).st_size
        if size > limit:
            return None
        data = os.read(fd, size + 1)
        if len(data) == size:
            return data
        parts, total = [data], len(data)  # a short read, or the file changed while we read it
        while chunk := os.read(fd, 1 << 20):
            parts.append(chunk)
            total += len(chunk)
            if total > limit:
                return None
        return b"".join(parts)
    finally:
        os.close(fd)


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)


class _Ignores:
    """The stack of .gitignore specs in effect for one directory (deepest last)."""

    def __init__(self, specs: tuple[tuple[str, GitIgnoreSpec], ...] = ()) -> None:
        self.specs = specs

    def with_dir(self, dirpath: str) -> _Ignores:
        spec = _load_spec(os.path.join(dirpath, ".gitignore"))
        if spec is None:
            return self
        return _Ignores((*self.specs, (dirpath, spec)))

    def ignored(self, path: str, is_dir: bool) -> bool:
        decision: bool | None = None
        for base, spec in self.specs:
            if not path.startswith(base + os.sep):
                continue
            rel = path[len(base) + 1 :].replace(os.sep, "/")
            result = spec.check_file(rel + "/" if is_dir else rel)
            if result.include is not None:
                decision = result.include
        return bool(decision)


def _load_spec(path: str) -> GitIgnoreSpec | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return None
    lines = [ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    return _gitignore(lines) if lines else None


def _gitignore(lines: list[str]) -> GitIgnoreSpec:
    # imported on first use: pathspec costs ~10 ms of imports, and the git sources use this
    # module only for is_binary
    from pathspec import GitIgnoreSpec

    return GitIgnoreSpec.from_lines(lines)


def _repo_ignores(root: str) -> _Ignores:
    """Specs of the enclosing repository above ``root`` (info/exclude, parents' .gitignore)."""
    top = root
    while True:
        if os.path.exists(os.path.join(top, ".git")):
            break
        parent = os.path.dirname(top)
        if parent == top:
            return _Ignores()
        top = parent
    ignores = _Ignores()
    exclude = _load_spec(os.path.join(top, ".git", "info", "exclude"))
    if exclude is not None:
        ignores = _Ignores(((top, exclude),))
    parents: list[str] = []
    d = root
    while d != top:
        d = os.path.dirname(d)
        parents.append(d)
    for d in reversed(parents):
        ignores = ignores.with_dir(d)
    return ignores


class FileSource:
    """Scan files and folders. ``paths`` may mix files and directories."""

    kind = "file"

    def __init__(
        self,
        paths: Sequence[str],
        *,
        respect_gitignore: bool = True,
        exclude: Sequence[str] = (),
        max_file_size: int = DEFAULT_MAX_FILE_SIZE,
    ) -> None:
        self.paths = list(paths)
        self.respect_gitignore = respect_gitignore
        self.exclude = _gitignore(list(exclude)) if exclude else None
        self.max_file_size = max_file_size
        self.skipped: list[Skipped] = []

    def _excluded(self, rel: str, is_dir: bool) -> bool:
        if self.exclude is None:
            return False
        return self.exclude.match_file(rel + "/" if is_dir else rel)

    def chunks(self) -> Iterator[FileChunk]:
        batch: list[tuple[str, str]] = []
        for item in self.iter_files():
            batch.append(item)
            if len(batch) >= CHUNK_FILES:
                yield FileChunk(tuple(batch), self.kind, self.max_file_size)
                batch = []
        if batch:
            yield FileChunk(tuple(batch), self.kind, self.max_file_size)

    def iter_files(self) -> Iterator[tuple[str, str]]:
        """(absolute path, reported path) of every file to scan, in a stable order.

        Sizes are checked by the worker that reads the file (it has to open it anyway).
        """
        for given in self.paths:
            root = os.path.abspath(given)
            if os.path.isfile(root):
                yield (root, given)
                continue
            if not os.path.isdir(root):
                raise ScanError(
                    f"cannot scan {given}: no such file or directory",
                    hint="pass existing files or folders, or - for standard input",
                )
            ignores = _repo_ignores(root) if self.respect_gitignore else _Ignores()
            shown = "" if given in (".", "./") else given.rstrip("/") + "/"
            yield from self._walk(root, shown, ignores)

    def _walk(self, root: str, shown_root: str, ignores: _Ignores) -> Iterator[tuple[str, str]]:
        exclude = self.exclude
        stack: list[tuple[str, str, _Ignores]] = [(root, "", ignores)]
        while stack:
            dirpath, rel_dir, ign = stack.pop()
            if self.respect_gitignore:
                ign = ign.with_dir(dirpath)
            use_ignores = bool(ign.specs)
            try:
                with os.scandir(dirpath) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError:
                prov = Provenance(kind=self.kind, path=(shown_root + rel_dir).rstrip("/") or ".")
                self.skipped.append(Skipped(prov, "unreadable"))
                continue
            subdirs: list[tuple[str, str, _Ignores]] = []
            for entry in entries:
                try:
                    is_dir = entry.is_dir(follow_symlinks=False)
                    is_file = not is_dir and entry.is_file(follow_symlinks=False)
                except OSError:
                    continue
                if not (is_dir or is_file) or (is_dir and entry.name == ".git"):
                    continue
                rel = rel_dir + entry.name
                if exclude is not None and exclude.match_file(rel + "/" if is_dir else rel):
                    continue
                if use_ignores and ign.ignored(entry.path, is_dir):
                    continue
                if is_dir:
                    subdirs.append((entry.path, rel + "/", ign))
                else:
                    yield (entry.path, shown_root + rel)
            stack.extend(reversed(subdirs))
