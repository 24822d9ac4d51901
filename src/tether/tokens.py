"""tether's own token format (ARCHITECTURE.md §5): generate, parse, validate, hash, compare.

    tth_<kind>_<id>_<secret>_<checksum>

    kind      [a-z]{2,3}           "sa" for service-account tokens
    id        12 base62 chars      public: names the token in listings, audit rows and storage
    secret    32 base62 chars      from ``secrets`` (~190 bits); the only part that must stay secret
    checksum  6 base62 chars       zlib.crc32 of the ASCII bytes of everything before the final
                                   underscore, base62 (alphabet 0-9A-Za-z), left-padded with '0'

The checksum lets a scanner (and this module) reject typos and random look-alikes offline, as
GitHub's and npm's tokens do. Tokens are stored only as :func:`hash_token` (SHA-256 of the whole
token: the secret has enough entropy that no slow KDF is needed) and compared with
:func:`hmac.compare_digest`.

A leaf module: it imports nothing of tether except :mod:`tether.errors`. No message raised here ever
contains the token's secret part.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import zlib
from dataclasses import dataclass

from tether.errors import TokenError

__all__ = [
    "ALPHABET",
    "ID_LEN",
    "PREFIX",
    "SECRET_LEN",
    "ParsedToken",
    "base62_encode",
    "checksum",
    "generate",
    "hash_token",
    "is_token",
    "parse",
    "token_matches",
]

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
PREFIX = "tth"
ID_LEN = 12
SECRET_LEN = 32
CHECKSUM_LEN = 6
_KIND_RE = re.compile(r"[a-z]{2,3}")
_B62 = frozenset(ALPHABET)
TOKEN_RE = re.compile(r"tth_[a-z]{2,3}_[0-9A-Za-z]{12}_[0-9A-Za-z]{32}_[0-9A-Za-z]{6}")
_HINT = (
    "tether tokens look like tth_sa_<12 chars>_<32 chars>_<6 chars>; "
    "copy it again from `tether sa token create`"
)


@dataclass(frozen=True, slots=True)
class ParsedToken:
    """A token split into its parts. ``repr`` never shows the secret."""

    kind: str
    id: str
    secret: str

    def __repr__(self) -> str:
        return f"ParsedToken(kind={self.kind!r}, id={self.id!r}, secret='****')"

    @property
    def text(self) -> str:
        """The full token again (with its checksum)."""
        return _assemble(self.kind, self.id, self.secret)


def base62_encode(number: int, width: int = CHECKSUM_LEN) -> str:
    """``number`` in base62 (0-9A-Za-z), left-padded with '0' to ``width``."""
    if number < 0:
        raise ValueError("base62_encode needs a non-negative number")
    digits: list[str] = []
    while number:
        number, rem = divmod(number, 62)
        digits.append(ALPHABET[rem])
    return "".join(reversed(digits)).rjust(width, "0")


def checksum(body: str) -> str:
    """The 6-char checksum of ``body`` (everything before the final underscore)."""
    return base62_encode(zlib.crc32(body.encode("ascii")) & 0xFFFFFFFF)


def _random_b62(n: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(n))


def _assemble(kind: str, token_id: str, secret: str) -> str:
    body = f"{PREFIX}_{kind}_{token_id}_{secret}"
    return f"{body}_{checksum(body)}"


def generate(kind: str = "sa", *, token_id: str | None = None) -> str:
    """A fresh token of ``kind``. ``token_id`` may be fixed (tests); the secret never is."""
    if not _KIND_RE.fullmatch(kind):
        raise ValueError(f"token kind must be 2-3 lower-case letters, got {kind!r}")
    if token_id is None:
        token_id = _random_b62(ID_LEN)
    elif len(token_id) != ID_LEN or not set(token_id) <= _B62:
        raise ValueError(f"token id must be {ID_LEN} base62 characters")
    return _assemble(kind, token_id, _random_b62(SECRET_LEN))


def is_token(text: str) -> bool:
    """True when ``text`` is a well-formed tether token with a correct checksum."""
    try:
        parse(text)
    except TokenError:
        return False
    return True


def parse(text: str, *, kind: str | None = None) -> ParsedToken:
    """Split and check a token; raise :class:`TokenError` (message never contains the secret)."""
    token = text.strip()
    parts = token.split("_")
    if len(parts) != 5 or parts[0] != PREFIX:
        raise TokenError(
            "not a tether token (expected tth_<kind>_<id>_<secret>_<checksum>)", hint=_HINT
        )
    _, tkind, token_id, secret, check = parts
    if not _KIND_RE.fullmatch(tkind):
        raise TokenError(
            "malformed tether token: the kind must be 2-3 lower-case letters", hint=_HINT
        )
    if len(token_id) != ID_LEN or not set(token_id) <= _B62:
        raise TokenError(
            f"malformed tether token: the id must be {ID_LEN} letters or digits", hint=_HINT
        )
    if len(secret) != SECRET_LEN or not set(secret) <= _B62:
        raise TokenError(
            f"malformed tether token {token_id}: the secret part must be {SECRET_LEN} "
            "letters or digits",
            hint=_HINT,
        )
    if len(check) != CHECKSUM_LEN or not set(check) <= _B62:
        raise TokenError(
            f"malformed tether token {token_id}: the checksum must be {CHECKSUM_LEN} "
            "letters or digits",
            hint=_HINT,
        )
    body = token[: token.rindex("_")]
    if not hmac.compare_digest(checksum(body), check):
        raise TokenError(
            f"tether token {token_id} has a wrong checksum (mistyped or truncated)", hint=_HINT
        )
    if kind is not None and tkind != kind:
        raise TokenError(
            f"tether token {token_id} is a {tkind!r} token, expected {kind!r}", hint=_HINT
        )
    return ParsedToken(kind=tkind, id=token_id, secret=secret)


def hash_token(token: str) -> str:
    """The stored form of a token: hex SHA-256 of the whole token text."""
    return hashlib.sha256(token.strip().encode("utf-8")).hexdigest()


def token_matches(token: str, stored_hash: str) -> bool:
    """Constant-time check of ``token`` against a stored :func:`hash_token` value."""
    return hmac.compare_digest(hash_token(token), stored_hash)
