"""Redaction: the text of a blob with every secret replaced.

Each value becomes ``[REDACTED:<rule-id>]``, or whatever ``replacement`` returns for it (the CLI passes
a function that answers with the value's ``tether://`` reference when the vault holds it). Inline
``tether:allow`` does not protect a value from redaction: redaction is for sharing text safely.
"""

from __future__ import annotations

from collections.abc import Callable

from tether.scan.engine import Engine
from tether.scan.findings import Finding, Provenance
from tether.scan.mime import message_view
from tether.scan.sources.files import is_binary, utf16_text

__all__ = ["redact"]


def _default(finding: Finding) -> str | None:
    return None


def redact(
    data: bytes,
    engine: Engine,
    replacement: Callable[[Finding], str | None] = _default,
    *,
    path: str = "-",
) -> tuple[bytes, int]:
    """``data`` with every finding's value replaced, and the number of values replaced. UTF-16
    text is scanned as what it says and written back in its own encoding (byte-order mark kept);
    an e-mail message's encoded text bodies are decoded first, and written out decoded (a value
    split by a soft line break, or hidden in base64, is replaced whole)."""
    decoded = utf16_text(data) if is_binary(data) else None
    if decoded is not None:
        text, codec, bom = decoded
        redacted, count = redact(text, engine, replacement, path=path)
        return bom + redacted.decode("utf-8").encode(codec), count
    view = message_view(data)
    if view is not None:  # an e-mail message: its encoded text bodies come out decoded
        data = view
    findings, _ = engine.scan_blob(data, Provenance(kind="stdin", path=path), honour_allow=False)
    out: list[bytes] = []
    pos = 0
    count = 0
    for f in sorted(findings, key=lambda f: (f.span[0], -f.span[1])):
        start, end = f.span
        if start < pos:  # overlaps a value already replaced
            continue
        out.append(data[pos:start])
        out.append((replacement(f) or f"[REDACTED:{f.rule_id}]").encode("utf-8"))
        pos = end
        count += 1
    out.append(data[pos:])
    return b"".join(out), count
