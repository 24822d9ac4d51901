"""A second pass over a command's captured (already masked) output: values in disguise.

The streaming masker (:mod:`tether.runtime.mask`) replaces the spellings of a value it can match
byte for byte. An agent's command can also print a value

- split across lines, spaced out, upper-cased, reversed, or with ANSI colour codes between its
  characters (``printf '\\e[31m%s' …``): found by searching the output with whitespace and escape
  sequences removed and case folded, and mapping the hit back to the original bytes;
- base64-encoded with line wrapping (``base64`` wraps at 76 columns) or inside a longer encoded
  text (``printf "KEY=%s" "$K" | base64``); hex wrapped or with separators (``xxd -p``, ``od``);
  percent-encoded; ``\\xNN``-escaped: each such run is decoded and dropped when it holds a value.

What is found is replaced by :data:`~tether.runtime.mask.MASK`. Nothing here returns or logs a
value. A command that encrypts, hashes or sends a value elsewhere still defeats any output filter.
"""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse
from collections.abc import Sequence

from tether.runtime.mask import MASK

__all__ = ["MIN_DISGUISED", "conceal_disguised"]

MIN_DISGUISED = 8  # shorter values are too likely to match ordinary text once spaces are removed
_IGNORED = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]|\s+")
_B64_RUN = re.compile(rb"[A-Za-z0-9+/_-]+={0,2}(?:[ \t]*\r?\n[ \t]*[A-Za-z0-9+/_-]+={0,2})*")
_HEX_RUN = re.compile(rb"[0-9a-fA-F]{2}(?:[\s:.-]{0,3}[0-9a-fA-F]{2}){5,}")
_PCT_RUN = re.compile(
    rb"(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~+-])*%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~+-])*"
)
_XESC_RUN = re.compile(rb"(?:\\x[0-9a-fA-F]{2})+")
_SEP = re.compile(rb"[^0-9a-fA-F]")


def _normalised(data: bytes) -> tuple[bytes, list[int]]:
    """``data`` without whitespace and escape sequences, case folded; and each kept byte's offset."""
    kept: list[bytes] = []
    where: list[int] = []
    pos = 0
    for m in _IGNORED.finditer(data):
        if m.start() > pos:
            kept.append(data[pos : m.start()])
            where.extend(range(pos, m.start()))
        pos = m.end()
    kept.append(data[pos:])
    where.extend(range(pos, len(data)))
    return b"".join(kept).lower(), where


def _spans_plain(data: bytes, needles: Sequence[bytes]) -> list[tuple[int, int]]:
    flat, where = _normalised(data)
    spans: list[tuple[int, int]] = []
    for needle in needles:
        start = flat.find(needle)
        while start >= 0:
            spans.append((where[start], where[start + len(needle) - 1] + 1))
            start = flat.find(needle, start + 1)
    return spans


def _b64_decodings(run: bytes) -> list[bytes]:
    """The run decoded at each of the four alignments, standard and URL-safe alphabets."""
    compact = re.sub(rb"\s+", b"", run).rstrip(b"=")
    out: list[bytes] = []
    for skip in range(4):
        body = compact[skip:]
        rem = len(body) % 4
        body = body[:-1] if rem == 1 else body + b"=" * ((4 - rem) % 4)
        for alt in (b"+/", b"-_"):
            try:
                out.append(base64.b64decode(body, altchars=alt, validate=False))
            except (binascii.Error, ValueError):
                continue
    return out


def _hex_decodings(run: bytes) -> list[bytes]:
    digits = _SEP.sub(b"", run)
    out = []
    for skip in (0, 1):
        body = digits[skip:]
        try:
            out.append(binascii.unhexlify(body[: len(body) // 2 * 2]))
        except (binascii.Error, ValueError):
            continue
    return out


def _spans_encoded(data: bytes, needles: Sequence[bytes], shortest: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []

    def check(pattern: re.Pattern[bytes], min_len: int, decode: object) -> None:
        assert callable(decode)
        for m in pattern.finditer(data):
            if m.end() - m.start() < min_len:
                continue
            for plain in decode(m.group()):
                if any(n in plain for n in needles):
                    spans.append((m.start(), m.end()))
                    break

    check(_B64_RUN, (shortest * 4) // 3, _b64_decodings)
    check(_HEX_RUN, shortest * 2, _hex_decodings)
    check(_PCT_RUN, shortest, lambda r: [urllib.parse.unquote_to_bytes(r)])
    check(_XESC_RUN, shortest * 4, lambda r: [bytes(int(h, 16) for h in r.split(b"\\x")[1:])])
    return spans


def conceal_disguised(data: bytes, secrets: Sequence[str]) -> bytes:
    """``data`` with every disguised spelling of ``secrets`` (see the module doc) replaced."""
    values = [s.encode("utf-8", "surrogateescape") for s in secrets if len(s) >= MIN_DISGUISED]
    if not data or not values:
        return data
    plain_needles: set[bytes] = set()
    for v in values:
        flat = _normalised(v)[0]
        if len(flat) >= MIN_DISGUISED:
            plain_needles |= {flat, flat[::-1]}
    spans = _spans_plain(data, sorted(plain_needles))
    spans += _spans_encoded(data, values, min(len(v) for v in values))
    if not spans:
        return data
    spans.sort()
    out: list[bytes] = []
    pos = 0
    for start, end in spans:
        if end <= pos:
            continue
        start = max(start, pos)
        out.append(data[pos:start])
        out.append(MASK)
        pos = end
    out.append(data[pos:])
    return b"".join(out)
