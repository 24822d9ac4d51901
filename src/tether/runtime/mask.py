"""Streaming output masker: replaces every secret value in a byte stream, even across chunk splits.

``Masker.feed(chunk)`` returns the bytes that are safe to emit now; it holds back only the shortest
tail that could still become a secret (at most ``max_len - 1`` bytes), so a value written one byte at
a time is still caught. ``flush()`` releases the tail at end of stream.

Besides the raw value it masks the forms a value commonly takes in output: its JSON-escaped form, the
``\\r\\n`` form a pseudo-terminal turns ``\\n`` into, and each long line of a multi-line value (PEM keys).
Values shorter than :data:`MIN_LENGTH` are not masked (masking ``1`` everywhere would wreck output).
Nothing here ever logs or returns a value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

__all__ = ["MASK", "MIN_LENGTH", "Masker", "variants"]

MASK = b"<concealed by tether>"
MIN_LENGTH = 3
_MIN_LINE = 8


def variants(value: str) -> set[bytes]:
    """The byte strings that stand for ``value`` in output."""
    out: set[str] = set()
    if len(value) < MIN_LENGTH:
        return set()
    out.add(value)
    escaped = json.dumps(value, ensure_ascii=False)[1:-1]
    out.add(escaped)
    out.add(json.dumps(value)[1:-1])
    if "\n" in value:
        out.add(value.replace("\r\n", "\n").replace("\n", "\r\n"))
        for line in value.splitlines():
            if len(line.strip()) >= _MIN_LINE:
                out.add(line.strip())
    return {v.encode("utf-8", "surrogateescape") for v in out if len(v) >= MIN_LENGTH}


class Masker:
    """Replace every occurrence of the given values in a stream of chunks with :data:`MASK`."""

    __slots__ = ("_firsts", "_held", "_max", "_pattern", "mask")

    def __init__(self, values: Iterable[str], mask: bytes = MASK) -> None:
        pats: set[bytes] = set()
        for v in values:
            pats |= variants(v)
        self.mask = mask
        self._held = b""
        # longest first, so the longest value wins at a given position
        ordered = sorted(pats, key=len, reverse=True)
        self._pattern = re.compile(b"|".join(re.escape(p) for p in ordered)) if ordered else None
        self._max = max((len(p) for p in ordered), default=0)
        self._firsts: dict[int, list[bytes]] = {}
        for p in ordered:
            self._firsts.setdefault(p[0], []).append(p)

    def __repr__(self) -> str:
        return f"Masker(patterns={'yes' if self._pattern else 'none'})"

    @property
    def active(self) -> bool:
        return self._pattern is not None

    @property
    def held(self) -> int:
        """How many bytes are held back waiting for more data."""
        return len(self._held)

    def feed(self, chunk: bytes) -> bytes:
        if self._pattern is None:
            return chunk
        buf = self._held + chunk
        n = len(buf)
        # the earliest position whose tail could still grow into a value
        cut = n
        for p in range(max(0, n - self._max + 1), n):
            candidates = self._firsts.get(buf[p])
            if candidates:
                tail = buf[p:]
                if any(len(c) > len(tail) and c.startswith(tail) for c in candidates):
                    cut = p
                    break
        out: list[bytes] = []
        pos = 0
        for m in self._pattern.finditer(buf):
            if m.start() >= cut:
                break
            out.append(buf[pos : m.start()])
            out.append(self.mask)
            pos = m.end()
        stop = max(cut, pos)
        out.append(buf[pos:stop])
        self._held = buf[stop:]
        return b"".join(out)

    def flush(self) -> bytes:
        """End of stream: mask and release what was held back."""
        if self._pattern is None:
            held, self._held = self._held, b""
            return held
        buf, self._held = self._held, b""
        return self._pattern.sub(self.mask, buf)

    def release_short(self, limit: int = 3) -> bytes:
        """After an idle pause: release a held tail of at most ``limit`` bytes (keeps prompts live)."""
        if 0 < len(self._held) <= limit:
            held, self._held = self._held, b""
            return held
        return b""
