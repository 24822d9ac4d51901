"""E-mail messages, with their encoded text bodies decoded so that the secrets in them can be seen.

Mail clients rarely store a text body as typed. Quoted-printable (RFC 2045 6.7) breaks lines longer
than 76 characters with a trailing ``=`` ("soft line break") and writes ``=`` as ``=3D``: a
40-character token in a paragraph lands across two lines about half the time, and
``password=3Dabc`` no longer reads as an assignment. Base64 (RFC 2045 6.8), which Gmail and Outlook
use for many text parts and which carries attached ``.env`` or ``.txt`` files, hides the text
entirely.

:func:`message_view` returns the message with every quoted-printable body, and every base64 body
that decodes to text (a text body, an attached ``.env`` or script), decoded in place, keeping line
numbers where it can: the lines a soft break joined become one line followed by as many empty lines
as breaks were removed, and a decoded base64 body is padded with empty lines to the length of its
encoded block. A finding in a wrapped line is reported on the line where that line starts; one in a
base64 body, on its decoded line counted from the body's first line. Headers, binary attachments
and messages without such parts are left as they are.
"""

from __future__ import annotations

import binascii
import re

__all__ = ["message_view"]

# a message starts with a header (Received:, Return-Path:, MIME-Version:, X-…:) or an mbox "From "
_MESSAGE_START_RE = re.compile(rb"From |[A-Z][A-Za-z0-9]{0,30}(?:-[A-Za-z0-9]{1,30}){0,4}:[ \t]")
# a part whose body is encoded: quoted-printable, or base64 (decoded only when it is text)
_ENCODED_RE = re.compile(
    rb"(?im)^content-transfer-encoding:[ \t]*(?:quoted-printable|base64)[ \t]*\r?$"
)
_CTE_RE = re.compile(rb"(?i)^content-transfer-encoding:[ \t]*([\w-]+)")
_TYPE_RE = re.compile(rb"(?i)^content-type:[ \t]*([\w.+-]+/[\w.+-]+)")
# attachments that are never text (images, audio, video, fonts): their base64 is left undecoded
_MEDIA_TYPES = (b"image/", b"audio/", b"video/", b"font/")
_BOUNDARY_RE = re.compile(rb'(?i)\bboundary="?([^"\s;]{1,70})"?')
_ESCAPE_RE = re.compile(rb"=([0-9A-Fa-f]{2})")


def message_view(data: bytes) -> bytes | None:
    """``data`` with its encoded text bodies decoded (see the module docstring), or ``None`` when it
    is not a message with such a part (the usual case costs one anchored match)."""
    if _MESSAGE_START_RE.match(data) is None or _ENCODED_RE.search(data) is None:
        return None
    boundaries = tuple(b"--" + b for b in _BOUNDARY_RE.findall(data))
    mbox = data.startswith(b"From ")  # elsewhere a body line may start with "From "

    def starts_part(line: bytes) -> bool:
        return (mbox and line.startswith(b"From ")) or (
            bool(boundaries) and line.startswith(boundaries)
        )

    out: list[bytes] = []
    body: list[bytes] = []  # the current part's body lines, kept until the part ends
    in_headers = True
    encoding, ctype = b"", b""
    for line in data.split(b"\n"):
        if in_headers:
            out.append(line)
            if not line.strip():
                in_headers = False  # the body starts after the blank line
                continue
            m = _CTE_RE.match(line)
            if m is not None:
                encoding = m.group(1).lower()
            m = _TYPE_RE.match(line)
            if m is not None:
                ctype = m.group(1).lower()
            continue
        if starts_part(line):
            out.extend(_decoded_body(body, encoding, ctype))
            body = []
            out.append(line)
            in_headers, encoding, ctype = True, b"", b""
            continue
        body.append(line)
    out.extend(_decoded_body(body, encoding, ctype))
    return b"\n".join(out)


def _decoded_body(lines: list[bytes], encoding: bytes, ctype: bytes) -> list[bytes]:
    """A part's body lines, decoded when the part is quoted-printable, or base64 that decodes to
    UTF-8 text (a text body, an attached ``.env``, JSON or script)."""
    if encoding == b"quoted-printable":
        return _qp_lines(lines)
    if encoding == b"base64" and not ctype.startswith(_MEDIA_TYPES):
        return _base64_lines(lines)
    return lines


def _qp_lines(lines: list[bytes]) -> list[bytes]:
    out: list[bytes] = []
    pending: list[bytes] = []  # the pieces of a logical line joined by soft breaks so far
    for line in lines:
        text = line[:-1] if line.endswith(b"\r") else line
        if text.endswith(b"="):  # a soft line break: the line goes on with the next one
            pending.append(text[:-1])
            continue
        pending.append(line)
        out.append(_unescape(b"".join(pending)))
        out.extend([b""] * (len(pending) - 1))
        pending = []
    if pending:
        out.append(_unescape(b"".join(pending)))
        out.extend([b""] * (len(pending) - 1))
    return out


def _base64_lines(lines: list[bytes]) -> list[bytes]:
    """The decoded text in place of the encoded block, padded with empty lines to its length; the
    block itself when it does not decode to text."""
    try:
        raw = binascii.a2b_base64(b"".join(lines))
    except binascii.Error:
        return lines
    if not raw or b"\0" in raw[:8192]:
        return lines  # binary (a NUL byte in the first 8 KB, as for files)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return lines
    text = raw.replace(b"\r\n", b"\n").split(b"\n")
    return text + [b""] * (len(lines) - len(text))


def _unescape(line: bytes) -> bytes:
    """``=XX`` escapes of one (joined) line decoded; a malformed ``=`` stays as it is. An escaped
    control character (``=0D=0A``, ``=00``) becomes a space: the line stays one line of text."""
    if b"=" not in line:
        return line
    return _ESCAPE_RE.sub(_escaped_byte, line)


def _escaped_byte(m: re.Match[bytes]) -> bytes:
    byte = binascii.unhexlify(m.group(1))
    return b" " if byte < b" " and byte != b"\t" else byte
