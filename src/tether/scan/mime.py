"""Quoted-printable e-mail bodies, decoded so that a secret split by a soft line break is seen whole.

Mail clients write a text part as quoted-printable (RFC 2045 6.7): lines longer than 76 characters
are broken with a trailing ``=`` ("soft line break") and ``=`` itself becomes ``=3D``. A 40-character
token in a paragraph then lands across two lines about half the time, and ``password=3Dabc`` no
longer reads as an assignment. :func:`qp_view` returns the message with every quoted-printable body
decoded, keeping line numbers: the lines a soft break joined become one line followed by as many
empty lines as breaks were removed, so every other line keeps its number, and a finding in a wrapped
line is reported on the line where that line starts (its column counted in the unwrapped, decoded
line). Headers, other parts (base64 attachments) and other encodings are left as they are.
"""

from __future__ import annotations

import binascii
import re

__all__ = ["qp_view"]

# the declaration of a quoted-printable part, and what may start a MIME part or an mbox message
# a message starts with a header (Received:, Return-Path:, MIME-Version:, X-…:) or an mbox "From "
_MESSAGE_START_RE = re.compile(rb"From |[A-Z][A-Za-z0-9]{0,30}(?:-[A-Za-z0-9]{1,30}){0,4}:[ \t]")
_QP_HEADER_RE = re.compile(rb"(?im)^content-transfer-encoding:[ \t]*quoted-printable[ \t]*\r?$")
_CTE_RE = re.compile(rb"(?i)^content-transfer-encoding:[ \t]*([\w-]+)")
_BOUNDARY_RE = re.compile(rb'(?i)\bboundary="?([^"\s;]{1,70})"?')
_ESCAPE_RE = re.compile(rb"=([0-9A-Fa-f]{2})")


def qp_view(data: bytes) -> bytes | None:
    """``data`` with its quoted-printable bodies decoded (see the module docstring), or ``None``
    when it declares no quoted-printable part."""
    if _MESSAGE_START_RE.match(data) is None:  # the usual case: not a message (one short match)
        return None
    if _QP_HEADER_RE.search(data) is None:
        return None
    boundaries = tuple(b"--" + b for b in _BOUNDARY_RE.findall(data))
    mbox = data.startswith(b"From ")  # elsewhere a body line may start with "From "
    lines = data.split(b"\n")
    out: list[bytes] = []
    in_headers = True  # a message starts with its headers
    qp = False
    pending: list[bytes] = []  # the pieces of a logical line joined by soft breaks so far
    joined = 0  # how many soft breaks the pending line has swallowed
    for line in lines:
        if pending or (qp and not in_headers):
            if _starts_part(line, boundaries, mbox):
                # a MIME boundary or the next mbox message: what follows has headers again
                if pending:
                    out.append(_decode(b"".join(pending)))
                    out.extend([b""] * joined)
                    pending, joined = [], 0
                out.append(line)
                in_headers, qp = True, False
                continue
            body = line[:-1] if line.endswith(b"\r") else line
            if body.endswith(b"="):  # a soft line break: the line goes on with the next one
                pending.append(body[:-1])
                joined += 1
                continue
            pending.append(line)
            out.append(_decode(b"".join(pending)))
            out.extend([b""] * joined)
            pending, joined = [], 0
            continue
        out.append(line)
        if in_headers:
            if not line.strip():
                in_headers = False  # the body starts after the blank line
            else:
                m = _CTE_RE.match(line)
                if m is not None:
                    qp = m.group(1).lower() == b"quoted-printable"
        elif _starts_part(line, boundaries, mbox):
            in_headers, qp = True, False
    if pending:
        out.append(_decode(b"".join(pending)))
        out.extend([b""] * joined)
    return b"\n".join(out)


def _starts_part(line: bytes, boundaries: tuple[bytes, ...], mbox: bool) -> bool:
    """A MIME boundary line (``--`` and a boundary the message declares) or, in an mbox file, the
    ``From `` line that starts the next message."""
    return (mbox and line.startswith(b"From ")) or (
        bool(boundaries) and line.startswith(boundaries)
    )


def _decode(line: bytes) -> bytes:
    """``=XX`` escapes of one (joined) line decoded; a malformed ``=`` stays as it is."""
    if b"=" not in line:
        return line
    return _ESCAPE_RE.sub(lambda m: binascii.unhexlify(m.group(1)), line)
