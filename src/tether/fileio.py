"""Atomic file writes and the fault-injection checkpoints used to test them.

``atomic_write`` writes a temp file in the target's own folder (same permissions as the file it
replaces, or the mode asked for), fsyncs it, renames it over the target and fsyncs the folder. A crash
at any point leaves either the old file or the new one, never a mix. A symlinked target is written
through (the link stays a link).

``checkpoint(step)`` lets a test kill the process at a named step: with ``TETHER_FAULT_INJECT=step``
in the environment the process exits at once with status :data:`FAULT_EXIT` (no clean-up, like a
power cut). It costs one dict lookup otherwise.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from tether.errors import FileSafetyError

__all__ = ["FAULT_EXIT", "atomic_write", "checkpoint"]

FAULT_EXIT = 86


def checkpoint(step: str) -> None:
    if os.environ.get("TETHER_FAULT_INJECT") == step:
        os._exit(FAULT_EXIT)


def atomic_write(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    mode: int | None = None,
    overwrite: bool = True,
) -> Path:
    """Replace ``path`` with ``data`` atomically and return the path written.

    ``mode`` defaults to the existing file's permissions (0600 for a new file). With
    ``overwrite=False`` an existing file is never replaced (checked atomically, not just before).
    """
    target = Path(os.path.realpath(path))
    folder = target.parent
    try:
        st: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise FileSafetyError(
            f"{path} is not a regular file",
            hint="tether only rewrites regular files; remove it or choose another path",
        )
    if st is not None and not overwrite:
        raise FileSafetyError(f"{path} already exists", hint="pass --force to overwrite it")
    final_mode = mode if mode is not None else (stat.S_IMODE(st.st_mode) if st else 0o600)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.tether-", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, final_mode)
        if st is not None and hasattr(os, "fchown"):
            with contextlib.suppress(PermissionError):
                os.fchown(fd, st.st_uid, st.st_gid)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
        os.close(fd)
        fd = -1
        checkpoint("write:temp-synced")
        if overwrite:
            os.replace(tmp, target)
        else:
            try:
                os.link(tmp, target)  # fails if the target appeared meanwhile
            except FileExistsError:
                raise FileSafetyError(
                    f"{path} already exists", hint="pass --force to overwrite it"
                ) from None
            os.unlink(tmp)
        tmp = ""
        checkpoint("write:renamed")
        _fsync_dir(folder)
    finally:
        if fd >= 0:
            os.close(fd)
        if tmp:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
    return target


def _fsync_dir(folder: Path) -> None:
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)
