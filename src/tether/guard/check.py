"""What the guard checks and how it words a block: scan texts, name each secret without its value.

A :class:`Text` is one piece of an event to scan (a prompt, a file's new content, a shell command).
:func:`find_secrets` runs the scanner over them (one process, no workers: a hook runs on every tool
call) and :func:`describe` turns the findings into :class:`Hit` records: the rule, a short keyed
fingerprint, where it was seen, and the reference the value should live at. Nothing here holds on to
a value longer than the scan; no string built here contains one.

The fingerprint key is the scanner's per-user key (``fingerprint.key`` in tether's cache folder), the
same file ``tether scan`` uses, so the 8-hex fingerprint a block shows matches ``tether scan`` output.
"""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tether.scan.engine import Engine
from tether.scan.findings import Finding, Provenance

__all__ = [
    "FP_LEN",
    "Hit",
    "Text",
    "describe",
    "find_secrets",
    "make_engine",
    "message",
    "suggest_reference",
]

FP_LEN = 8  # hex digits of the keyed fingerprint shown in messages
_NAME_BEFORE = re.compile(rb"([A-Za-z_][A-Za-z0-9_.-]{0,63})[\"']?\s*(?::=|=|:)\s*[\"']?$")
_NAME_PARTS = re.compile(r"[^a-z0-9]+")
_BAD_NAMES = {"export", "set", "env", "value", "secret", "key", "token", "password"}
_B64_TOKEN = re.compile(rb"[A-Za-z0-9+/_-]{16,}={0,2}")
_HEX_TOKEN = re.compile(rb"[0-9a-fA-F]{24,}")
_PERCENT = re.compile(rb"%[0-9A-Fa-f]{2}")
MAX_DECODE = 1024 * 1024  # bytes of encoded tokens decoded per text
MAX_TOKEN = 64 * 1024  # a longer encoded run is data (an image), not a secret


@dataclass(frozen=True)
class Text:
    """One thing to scan. ``where`` names it for the user (``prompt``, ``Write .env``, ``Bash``)."""

    where: str
    data: bytes
    path: str = "-"
    # inline ``tether:allow`` counts only in what the user wrote (a prompt, a file on disk): in a
    # tool call or its output the model would add the marker to get a secret past the guard
    honour_allow: bool = False


@dataclass(frozen=True)
class Hit:
    """A secret the guard found, described without its value."""

    rule_id: str
    fingerprint: str  # full keyed HMAC hex (never shown whole)
    where: str
    suggested: str  # tether:// reference to store it at
    known: str | None = None  # the reference that already holds this value, if the vault has it

    @property
    def short_fp(self) -> str:
        return self.fingerprint[:FP_LEN]


def make_engine() -> Engine:
    """A single-process engine keyed with the per-user key."""
    from tether.scan.userkey import user_key

    return Engine(key=user_key(), jobs=1)


def _printable(raw: bytes) -> bool:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(ch.isprintable() or ch in "\t\r\n" for ch in text)


def _from_base64(token: bytes) -> bytes | None:
    token = token.rstrip(b"=")
    if len(token) % 4 == 1:
        return None
    padded = token + b"=" * (-len(token) % 4)
    alt = b"-_" if (b"-" in token or b"_" in token) else b"+/"
    try:
        return base64.b64decode(padded, altchars=alt, validate=True)
    except (binascii.Error, ValueError):
        return None


def decoded_views(text: Text) -> list[Text]:
    """The same text with its encoded parts decoded: percent-encoding (a token in a URL), and each
    base64 or hex token that decodes to printable text (``echo Z2hwX… | base64 -d``), so that an
    encoded secret is found too. Decoding stops after :data:`MAX_DECODE` bytes of tokens."""
    data = text.data
    out: list[Text] = []
    if _PERCENT.search(data):
        plain = urllib.parse.unquote_to_bytes(data)
        if plain != data:
            out.append(Text(f"{text.where} (URL-encoded)", plain, text.path, text.honour_allow))
    parts: list[bytes] = []
    budget = MAX_DECODE
    for pattern, decode in ((_B64_TOKEN, _from_base64), (_HEX_TOKEN, _from_hex)):
        for m in pattern.finditer(data):
            token = m.group()
            if len(token) > MAX_TOKEN:
                continue
            budget -= len(token)
            if budget < 0:
                break
            raw = decode(token)
            if raw and _printable(raw):
                parts.append(raw)
    if parts:
        out.append(Text(f"{text.where} (encoded)", b"\n".join(parts), text.path, text.honour_allow))
    return out


def _from_hex(token: bytes) -> bytes | None:
    try:
        return binascii.unhexlify(token[: len(token) // 2 * 2])
    except (binascii.Error, ValueError):
        return None


def find_secrets(engine: Engine, texts: Sequence[Text]) -> list[tuple[Finding, Text]]:
    """Every finding in ``texts`` and in their decoded views (:func:`decoded_views`). Inline
    ``tether:allow`` is honoured only where :attr:`Text.honour_allow` says so."""
    out: list[tuple[Finding, Text]] = []
    for text in [*texts, *(v for t in texts if t.data for v in decoded_views(t))]:
        if not text.data:
            continue
        found, _ = engine.scan_blob(
            text.data, Provenance(kind="guard", path=text.path), honour_allow=text.honour_allow
        )
        out.extend((f, text) for f in found)
    return out


def _variable_name(data: bytes, start: int) -> str | None:
    """The name assigned on the same line just before offset ``start`` (``OPENAI_API_KEY=`` …)."""
    line_start = data.rfind(b"\n", 0, start) + 1
    m = _NAME_BEFORE.search(data[max(line_start, start - 200) : start])
    if m is None:
        return None
    return m.group(1).decode("ascii", "replace").rsplit(".", 1)[-1]


def suggest_reference(name: str | None, provider: str | None, vault: str = "dev") -> str:
    """A reference to store a value at, from the name it was assigned to and the rule's provider:
    ``OPENAI_API_KEY`` → ``tether://dev/openai/api_key``; ``oauth_token`` (GitHub) →
    ``tether://dev/github/oauth_token``; no usable name → ``tether://dev/<provider>/api_key``."""
    parts = [p for p in _NAME_PARTS.split((name or "").lower()) if p]
    words = [w for w in _NAME_PARTS.split((provider or "").lower()) if w]
    prov = "_".join(words) if words and words != ["generic"] else ""
    if parts and not (len(parts) == 1 and parts[0] in _BAD_NAMES):
        if prov and parts[0] not in words and parts[0] != prov:
            return f"tether://{vault}/{prov}/{'_'.join(parts)}"
        if len(parts) == 1:
            return f"tether://{vault}/{parts[0]}/value"
        return f"tether://{vault}/{parts[0]}/{'_'.join(parts[1:])}"
    return f"tether://{vault}/{prov or 'secret'}/api_key"


def describe(
    found: Sequence[tuple[Finding, Text]],
    engine: Engine,
    known: Callable[[str], str | None] | None = None,
) -> list[Hit]:
    """One :class:`Hit` per distinct value. ``known(value)`` answers the vault reference holding a
    value, if any (it sees the value; nothing it returns is a value)."""
    providers = {r.id: r.provider for r in engine.rules}
    values = {f.secret.reveal() for f, _ in found}
    hits: list[Hit] = []
    seen: set[str] = set()
    for finding, text in found:
        if finding.fingerprint in seen:
            continue
        seen.add(finding.fingerprint)
        name = _variable_name(text.data, finding.span[0])
        if name is not None and any(v in name or (len(name) >= 8 and name in v) for v in values):
            name = None  # a value used as a name (a JSON key) must not become the reference
        where = text.where
        for v in values:  # a file name or tool name may hold the value too
            where = where.replace(v, "[secret]")
        ref = None
        if known is not None:
            try:
                ref = known(finding.secret.reveal())
            except Exception:  # a vault that cannot answer only loses the hint
                ref = None
        hits.append(
            Hit(
                rule_id=finding.rule_id,
                fingerprint=finding.fingerprint,
                where=where,
                suggested=suggest_reference(name, providers.get(finding.rule_id)),
                known=ref,
            )
        )
    return hits


def message(hits: Sequence[Hit], *, after: bool = False) -> str:
    """The block message: rules, short fingerprints, and the one command to fix it. No value."""
    first = hits[0]
    found = ", ".join(f"{h.rule_id} (fingerprint {h.short_fp}) in {h.where}" for h in hits[:5])
    more = f" and {len(hits) - 5} more" if len(hits) > 5 else ""
    head = (
        f"tether guard found a secret in tool output: {found}{more}; do not repeat or use it"
        if after
        else f"tether guard blocked a secret: {found}{more}"
    )
    if first.known:
        fix = f"This value is {first.known}: use the reference {first.known} instead of the value."
    else:
        fix = (
            f"Store it in the vault with `tether set {first.suggested}`, "
            f"then use {first.suggested} instead of the value."
        )
    return f"{head}. {fix}"
