"""Scrub a blocked prompt out of Claude Code's transcript and prompt history.

Claude Code writes a prompt to its session transcript (JSONL) and to ``history.jsonl`` even when a
``UserPromptSubmit`` hook blocks it, and the transcript is written asynchronously, after the hook has
answered. So the guard scrubs once at once and then a detached ``tether guard scrub`` keeps watching
both files for a while and redacts every value whose keyed fingerprint is one the guard blocked.

Only lines holding such a value change; every other line stays byte-identical and every line stays
valid JSON. A value is replaced in the raw line where that still parses as JSON (the line keeps its
exact formatting); otherwise, or when the value only shows once the JSON string is decoded (escapes
inside it), the line is decoded, its strings redacted, and the line re-encoded compactly as Claude
Code writes it. Files are rewritten with :func:`tether.fileio.atomic_write` (mode kept).
"""

from __future__ import annotations

import bisect
import json
import os
import time
from collections.abc import Callable, Collection, Sequence
from typing import Any

from tether.fileio import atomic_write
from tether.scan.engine import Engine
from tether.scan.findings import Provenance

__all__ = ["claude_history_path", "scrub_file", "scrub_until"]

MAX_SCRUB = 256 * 1024 * 1024  # a transcript larger than this is left alone


def claude_history_path() -> str:
    root = os.environ.get("CLAUDE_CONFIG_DIR") or os.path.join(os.path.expanduser("~"), ".claude")
    return os.path.join(root, "history.jsonl")


def _redact_bytes(engine: Engine, data: bytes, fps: Collection[str]) -> tuple[bytes, int, bool]:
    """``data`` with matching values replaced, how many, and whether any finding was seen at all."""
    findings, _ = engine.scan_blob(data, Provenance(kind="guard", path="-"), honour_allow=False)
    if not findings:
        return data, 0, False
    out: list[bytes] = []
    pos = count = 0
    for f in sorted(findings, key=lambda f: (f.span[0], -f.span[1])):
        start, end = f.span
        if f.fingerprint not in fps or start < pos:
            continue
        out.append(data[pos:start])
        out.append(f"[REDACTED:{f.rule_id}]".encode())
        pos = end
        count += 1
    out.append(data[pos:])
    return b"".join(out), count, True


def _redact_strings(value: Any, engine: Engine, fps: Collection[str]) -> tuple[Any, int]:
    if isinstance(value, str):
        new, n, _ = _redact_bytes(engine, value.encode("utf-8", "surrogatepass"), fps)
        return (new.decode("utf-8", "replace"), n) if n else (value, 0)
    if isinstance(value, dict):
        total = 0
        out_d: dict[str, Any] = {}
        for k, v in value.items():
            out_d[k], n = _redact_strings(v, engine, fps)
            total += n
        return out_d, total
    if isinstance(value, list):
        total = 0
        out_l: list[Any] = []
        for v in value:
            nv, n = _redact_strings(v, engine, fps)
            out_l.append(nv)
            total += n
        return out_l, total
    return value, 0


def _scrub_line(line: bytes, engine: Engine, fps: Collection[str]) -> tuple[bytes, int]:
    body = line.rstrip(b"\r\n")
    ending = line[len(body) :]
    new, count, _ = _redact_bytes(engine, body, fps)
    try:
        obj = json.loads(new)
    except ValueError:
        try:
            obj = json.loads(body)
        except ValueError:  # not JSON: keep the raw replacement (never leave the value)
            return new + ending, count
        new, count = body, 0
    obj, more = _redact_strings(obj, engine, fps)
    if more:
        new = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        count += more
    return new + ending, count


def scrub_file(path: str, engine: Engine, fingerprints: Collection[str]) -> int:
    """Redact, in a JSONL file, every value whose keyed fingerprint is in ``fingerprints``.

    Returns how many values were replaced (0 leaves the file untouched)."""
    try:
        if os.path.getsize(path) > MAX_SCRUB:
            return 0
        with open(path, "rb") as fh:
            data = fh.read()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return 0
    findings, _ = engine.scan_blob(data, Provenance(kind="guard", path=path), honour_allow=False)
    if not findings:
        return 0
    # every line holding any candidate is looked at closely: inside JSON a generic value may be
    # cut differently (an escape glued to it), so the decoded strings are scanned too
    lines = data.splitlines(keepends=True)
    starts: list[int] = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line)
    wanted = {bisect.bisect_right(starts, f.span[0]) - 1 for f in findings}
    total = 0
    for i in sorted(wanted):
        new, n = _scrub_line(lines[i], engine, fingerprints)
        if n:
            lines[i] = new
            total += n
    if not total:
        return 0
    with open(path, "rb") as fh:  # the file grew meanwhile: keep what was appended
        tail = fh.read()[len(data) :]
    atomic_write(path, b"".join(lines) + tail)
    return total


def scrub_until(
    paths: Sequence[str],
    engine: Engine,
    fingerprints: Collection[str],
    wait: float,
    *,
    interval: float = 0.25,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Scrub ``paths`` now and whenever they change, for ``wait`` seconds. Returns values replaced."""
    deadline = clock() + wait
    seen: dict[str, tuple[int, int]] = {}
    total = 0
    while True:
        for path in paths:
            try:
                st = os.stat(path)
            except OSError:
                continue
            stamp = (st.st_size, st.st_mtime_ns)
            if seen.get(path) == stamp:
                continue
            total += scrub_file(path, engine, fingerprints)
            try:
                st = os.stat(path)
                seen[path] = (st.st_size, st.st_mtime_ns)
            except OSError:
                seen.pop(path, None)
        if clock() >= deadline:
            return total
        sleep(interval)
