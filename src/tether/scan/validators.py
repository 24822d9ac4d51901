"""Offline structure and checksum validators for rule matches.

Each validator is a pure function ``name(secret: str) -> bool`` that returns ``True`` when the captured
secret has the structure its issuer gives it (a checksum that verifies, a payload that decodes). Rules
name a validator with ``validator = "<name>"``; the engine looks it up in :data:`VALIDATORS` and drops a
candidate for which it returns ``False``. Validators never raise on malformed input and never log.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import zlib
from collections.abc import Callable

__all__ = [
    "BASE62",
    "VALIDATORS",
    "b64_text",
    "b64decode_any",
    "base62_crc32",
    "placeholder_basic_credentials",
    "validate",
]

BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_BASE62_SET = frozenset(BASE62)
_DIGITS = frozenset("0123456789")
_LETTERS = frozenset(BASE62[10:])


def base62_crc32(data: str, width: int = 6) -> str:
    """CRC32 of ``data`` (ASCII) in base62 (alphabet ``0-9A-Za-z``), left-padded with ``0``."""
    n = zlib.crc32(data.encode("ascii"))
    digits = ""
    while n:
        n, r = divmod(n, 62)
        digits = BASE62[r] + digits
    return digits.rjust(width, "0")


def b64_text(value: str, encoding: str = "ascii") -> str | None:
    """Standard base64 (padding optional) decoded to text in ``encoding``; ``None`` if ``value``
    is not base64 of such text. The filters ask it whether a value encodes words or a login."""
    raw = value.rstrip("=")
    try:
        return base64.b64decode(raw + "=" * (-len(raw) % 4), validate=True).decode(encoding)
    except (binascii.Error, ValueError):
        return None


def b64decode_any(text: str) -> bytes | None:
    """Decode standard or URL-safe base64 with or without padding; ``None`` if it is not base64."""
    cleaned = text.strip().replace("-", "+").replace("_", "/")
    cleaned += "=" * (-len(cleaned) % 4)
    try:
        return base64.b64decode(cleaned, validate=True)
    except (binascii.Error, ValueError):
        return None


def _json_object(data: bytes | None) -> dict[str, object] | None:
    if data is None:
        return None
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def b64_json_object(text: str) -> dict[str, object] | None:
    """``text`` as base64 or base64url of a JSON object (a JWT's header or payload), or ``None``."""
    return _json_object(b64decode_any(text))


# --- CRC32 / base62 tokens (GitHub, npm, tether) -------------------------------------------------


def github(secret: str) -> bool:
    """``gh[pousr]_`` + 30 random base62 chars + 6-char base62 CRC32 of the random part."""
    if len(secret) != 40 or secret[3] != "_":
        return False
    body = secret[4:]
    if not set(body) <= _BASE62_SET:
        return False
    return base62_crc32(body[:30]) == body[30:]


def github_refresh(secret: str) -> bool:
    """``ghr_`` refresh token: the 40-character form carries the CRC32; the long form is accepted."""
    if len(secret) == 40:
        return github(secret)
    return secret.startswith("ghr_") and set(secret[4:]) <= _BASE62_SET


def github_stateless(secret: str) -> bool:
    """GitHub App installation token in the stateless format GitHub issues since April 2026:
    ``ghs_`` + the app's numeric id + ``_`` + a signed JSON Web Token (:func:`jwt`)."""
    prefix, _, rest = secret.partition("_")
    app_id, _, token = rest.partition("_")
    return prefix == "ghs" and app_id.isdigit() and jwt(token)


def npm(secret: str) -> bool:
    """``npm_`` + 30 random base62 chars + 6-char base62 CRC32 (GitHub's scheme)."""
    if len(secret) != 40 or not secret.lower().startswith("npm_"):
        return False
    return github(secret)


_TETHER_RE = re.compile(r"tth_[a-z]{2,3}_[0-9A-Za-z]{12}_[0-9A-Za-z]{32}_[0-9A-Za-z]{6}")


def tether(secret: str) -> bool:
    """``tth_<kind>_<id>_<secret>_<checksum>``; checksum = base62 CRC32 of everything before it."""
    if not _TETHER_RE.fullmatch(secret):
        return False
    head, _, checksum = secret.rpartition("_")
    return base62_crc32(head) == checksum


# --- Structured payloads ---------------------------------------------------------------------------


def jwt(secret: str) -> bool:
    """Header and payload base64url-decode to JSON objects and the header names an ``alg``."""
    parts = secret.split(".")
    if len(parts) not in (3, 5):  # JWS compact (3) or JWE compact (5)
        return False
    header = b64_json_object(parts[0])
    if header is None or not isinstance(header.get("alg"), str):
        return False
    if len(parts) == 5:
        return True  # JWE payload is ciphertext
    return b64_json_object(parts[1]) is not None


def _macaroon_v2(raw: bytes) -> bytes | None:
    """Parse a libmacaroons v2 binary macaroon; return its location (or ``b""``), ``None`` if malformed.

    Layout: version byte ``0x02``; fields ``(type varint, length varint, data)``; the macaroon header is
    optional location (1) and identifier (2) then end-of-section (0); each caveat is optional location
    (1), identifier (2), optional verification id (4), end-of-section; an end-of-section closes the
    caveats; the signature (6) is 32 bytes.
    """

    def varint(pos: int) -> tuple[int, int] | None:
        value = shift = 0
        while pos < len(raw) and shift < 35:
            byte = raw[pos]
            pos += 1
            value |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return value, pos
            shift += 7
        return None

    def field(pos: int) -> tuple[int, bytes, int] | None:
        got = varint(pos)
        if got is None:
            return None
        ftype, pos = got
        if ftype == 0:
            return 0, b"", pos
        got = varint(pos)
        if got is None:
            return None
        length, pos = got
        if pos + length > len(raw):
            return None
        return ftype, raw[pos : pos + length], pos + length

    if len(raw) < 40 or raw[0] != 2:
        return None
    pos = 1
    location = b""
    section: list[int] = []
    caveats = 0
    header_done = False
    while True:
        got = field(pos)
        if got is None:
            return None
        ftype, data, pos = got
        if ftype == 0:
            if not section:  # empty section closes the caveat list
                if not header_done:
                    return None
                break
            if 2 not in section:
                return None
            header_done = True
            caveats += 1
            section = []
            continue
        if ftype not in (1, 2, 4) or (section and ftype <= section[-1]):
            return None
        if ftype == 1 and not header_done:
            location = data
        section.append(ftype)
        if caveats > 256:
            return None
    got = field(pos)
    if got is None:
        return None
    ftype, data, pos = got
    return location if ftype == 6 and len(data) == 32 and pos == len(raw) else None


def pypi(secret: str) -> bool:
    """``pypi-`` + base64url macaroon whose location is ``pypi.org`` or ``test.pypi.org``."""
    if not secret.startswith("pypi-"):
        return False
    raw = b64decode_any(secret[5:])
    if raw is None:
        return False
    return _macaroon_v2(raw) in (b"pypi.org", b"test.pypi.org")


_SLACK_WEBHOOK_RE = re.compile(
    r"https?://hooks\.slack\.com/(?:services|workflows|triggers)/"
    r"(T[0-9A-Z]{8,12})/([AB][0-9A-Z]{8,12})/(?:[0-9]+/)?([0-9A-Za-z]{24,40})"
)
# Workflow Builder webhook trigger: team id, numeric trigger id, 32 lower-case hex
_SLACK_TRIGGER_RE = re.compile(
    r"https?://hooks\.slack\.com/triggers/T[0-9A-Z]{8,12}/[0-9]{10,16}/([0-9a-f]{32})"
)


def slack_webhook(secret: str) -> bool:
    """Team id ``T…`` and hook id ``B…``/``A…`` in Slack's upper-case id alphabet, mixed-case secret.
    ``http://`` is accepted too: Slack redirects it, the secret is the same.

    A Workflow Builder trigger (``/triggers/T…/<digits>/<32 hex>``) needs letters and digits in its hex.
    """
    trigger = _SLACK_TRIGGER_RE.fullmatch(secret)
    if trigger is not None:
        return mixed_charset(trigger.group(1))
    m = _SLACK_WEBHOOK_RE.fullmatch(secret)
    if m is None:
        return False
    token = m.group(3)
    return any(c in _DIGITS for c in token) and any(c in _LETTERS for c in token)


# --- bech32 (age) ------------------------------------------------------------------------------------

_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def bech32(secret: str) -> bool:
    """A bech32 string (BIP 173 checksum, any length), e.g. ``AGE-SECRET-KEY-1…``."""
    if secret.lower() != secret and secret.upper() != secret:
        return False
    text = secret.lower()
    hrp, sep, data = text.rpartition("1")
    if not sep or not hrp or len(data) < 6:
        return False
    if any(c not in _BECH32 for c in data):
        return False
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    values += [_BECH32.index(c) for c in data]
    return _bech32_polymod(values) == 1


# --- Others ------------------------------------------------------------------------------------------


def luhn(secret: str) -> bool:
    """Luhn (mod 10) check over the digits of ``secret`` (separators ignored)."""
    digits = [int(c) for c in secret if c in _DIGITS]
    if len(digits) < 12:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def grafana_cloud(secret: str) -> bool:
    """``glc_`` + base64 JSON object with an ``o`` (org) and a ``k`` (key) member."""
    obj = b64_json_object(secret.removeprefix("glc_"))
    return obj is not None and "k" in obj and "o" in obj


def grafana_legacy(secret: str) -> bool:
    """Legacy Grafana API key: base64 JSON ``{"k": …, "n": …, "id": …}``."""
    obj = b64_json_object(secret)
    return obj is not None and isinstance(obj.get("k"), str) and "n" in obj


def neptune(secret: str) -> bool:
    """neptune.ai API token: base64 JSON with ``api_address`` and ``api_key``."""
    obj = b64_json_object(secret)
    return obj is not None and isinstance(obj.get("api_key"), str) and "api_address" in obj


_CF_ACCOUNT_TAG = re.compile(r"[0-9a-f]{32}")
_UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def cloudflare_tunnel_token(secret: str) -> bool:
    """Cloudflare Tunnel token: base64 JSON ``{"a": account tag, "s": secret, "t": tunnel id}``
    (cloudflared's ``TunnelToken``), the secret at least 32 bytes of base64."""
    obj = b64_json_object(secret)
    if obj is None:
        return False
    account, tunnel_secret, tunnel = obj.get("a"), obj.get("s"), obj.get("t")
    if not (
        isinstance(account, str) and isinstance(tunnel_secret, str) and isinstance(tunnel, str)
    ):
        return False
    raw = b64decode_any(tunnel_secret)
    return (
        _CF_ACCOUNT_TAG.fullmatch(account) is not None
        and _UUID_TEXT.fullmatch(tunnel) is not None
        and raw is not None
        and len(raw) >= 32
    )


def basic_auth_b64(secret: str) -> bool:
    """Base64 of ``user:password`` with a non-empty password (Docker ``auth``, npm ``_auth``)."""
    raw = b64decode_any(secret)
    if raw is None:
        return False
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    user, sep, password = text.partition(":")
    return bool(sep and user and password and text.isprintable())


# passwords of documentation examples of a Basic header (user:pass, john:secret, foo:bar)
_BASIC_EXAMPLE_PASSWORDS = frozenset(
    {"pass", "passwd", "pwd", "pw", "secret", "bar", "baz", "qux", "pass1", "passe"}
)


def base64_text(secret: str) -> bool:
    """Base64 of a password (npm ``_password``): decodes to printable text without spaces, at least
    4 characters long, that is not a documentation placeholder (``password``, ``your_password``)."""
    from tether.scan.heuristics import is_placeholder  # heuristics is heavier: import on use

    raw = b64decode_any(secret)
    if raw is None or len(raw) < 4:
        return False
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    if not text.isprintable() or any(c.isspace() for c in text):
        return False
    return text.lower() not in _BASIC_EXAMPLE_PASSWORDS and not is_placeholder(text)


def basic_auth_header(secret: str) -> bool:
    """:func:`basic_auth_b64` whose credentials are not a documentation placeholder
    (:func:`placeholder_basic_credentials`)."""
    if not basic_auth_b64(secret):
        return False
    raw = b64decode_any(secret)
    return raw is not None and not placeholder_basic_credentials(raw.decode("utf-8"))


def placeholder_basic_credentials(text: str) -> bool:
    """Whether decoded ``user:password`` is what docs and tests put in an ``Authorization: Basic``
    header: ``user:pass``, ``username:password``, ``foo:bar``, ``fake_login:fake_password``, a password
    under 3 characters, or letters of other scripts or accented ones (``user:passé``); also such a
    pair numbered for a test's second or third login (``foo2:bar2``, Chromium's network tests)."""
    from tether.scan.heuristics import is_placeholder  # heuristics is heavier: import on use

    password = text.partition(":")[2]
    letters = re.sub(r"[^A-Za-z0-9]", "", text)
    if len(password) < 3 or password.lower() in _BASIC_EXAMPLE_PASSWORDS:
        return True
    if is_placeholder(password) or is_placeholder(letters):
        return True
    if (
        password[-1:].isdigit()
        and (numbered := _NUMBERED_PAIR_RE.match(text))
        and numbered.group(2) == numbered.group(4)
        and placeholder_basic_credentials(f"{numbered.group(1)}:{numbered.group(3)}")
    ):
        return True
    return password.isalpha() and not password.isascii()


# user:password with the same number after both: foo2:bar2, user1:pass1
_NUMBERED_PAIR_RE = re.compile(r"^([^:]*?)(\d{1,3}):(.*?)(\d{1,3})$")


def base64_pem(secret: str) -> bool:
    """Base64 text that decodes to the start of a PEM private key (``-----BEGIN … PRIVATE KEY-----``)."""
    body = secret.rstrip("=")
    raw = b64decode_any(body[: len(body) - len(body) % 4])
    if raw is None:
        return False
    head = raw[:64].decode("ascii", errors="replace")
    return head.startswith("-----BEGIN ") and "PRIVATE KEY-----" in head


def discord(secret: str) -> bool:
    """Discord bot token: the first segment is the base64 of the bot's numeric user id (17-20 digits)."""
    first = secret.split(".", 1)[0]
    raw = b64decode_any(first)
    return raw is not None and 17 <= len(raw) <= 20 and raw.isdigit()


def jwt_base64(secret: str) -> bool:
    """Base64 (standard or URL-safe) of a JWS or JWE compact token that passes :func:`jwt`."""
    raw = b64decode_any(secret.rstrip("="))
    if raw is None:
        return False
    try:
        text = raw.decode("ascii").strip()
    except UnicodeDecodeError:
        return False
    return text.startswith("eyJ") and jwt(text)


def atlassian_dc_pat(secret: str) -> bool:
    """Jira/Confluence Data Center personal access token: base64 of ``<numeric id>:<20 random bytes>``."""
    raw = b64decode_any(secret)
    if raw is None:
        return False
    ident, sep, rest = raw.partition(b":")
    return bool(sep) and 6 <= len(ident) <= 15 and ident.isdigit() and len(rest) >= 16


_NKEY_PUBLIC_RE = re.compile(r"[NCOAUX][A-Z2-7]{55}")


def nats_public_nkey(secret: str) -> bool:
    """A NATS public NKey (server, cluster, operator, account, user or curve key: 56 base32
    characters): its prefix byte names the key type and its CRC-16 (XMODEM, little-endian) covers
    the rest, as in the nkeys library. Public keys are printed by ``nsc`` and listed in configs."""
    if len(secret) != 56 or not _NKEY_PUBLIC_RE.fullmatch(secret):
        return False
    raw = base64.b32decode(secret)
    if raw[0] >> 3 not in (13, 2, 14, 0, 20, 23):  # N, C, O, A, U, X
        return False
    return binascii.crc_hqx(raw[:-2], 0) == int.from_bytes(raw[-2:], "little")


def nats_seed(secret: str) -> bool:
    """A NATS NKey seed is base32 of random bytes, so its 56 characters after the prefix hold one
    of the digits 2-7 (letters alone happen about once in 100,000 seeds); 58 capitals alone are a
    run of letters, such as a protein's translation in a GenBank record (``SAKQDENMTRFL…``). The
    seed's CRC-16 is not checked: CredData's rows keep a seed's shape but replace its characters,
    so a checksum would drop every labelled seed there (seven did in a trial)."""
    return len(secret) == 58 and any(c in "234567" for c in secret[2:])


def mixed_charset(secret: str) -> bool:
    """At least one digit and one letter: drops words and pure numbers in keyword-anchored rules."""
    return any(c in _DIGITS for c in secret) and any(c in _LETTERS for c in secret)


def bip39_mnemonic(secret: str) -> bool:
    """A BIP-39 mnemonic: 12, 15, 18, 21 or 24 words of the English list whose last bits are the
    SHA-256 checksum of the entropy the others encode (one phrase in 16 to 256 passes by chance)."""
    from tether.scan.bip39 import word_index

    words = secret.lower().split()
    if len(words) not in (12, 15, 18, 21, 24):
        return False
    index = word_index()
    if any(w not in index for w in words):
        return False
    value = 0
    for w in words:
        value = value << 11 | index[w]
    checksum_bits = len(words) // 3
    entropy = (value >> checksum_bits).to_bytes(len(words) * 4 // 3, "big")
    expected = hashlib.sha256(entropy).digest()[0] >> (8 - checksum_bits)
    return value & ((1 << checksum_bits) - 1) == expected


_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _base58_decode(text: str) -> bytes | None:
    """Bitcoin-alphabet base58 to bytes (leading ``1`` digits are zero bytes); ``None`` if not base58."""
    value = 0
    for ch in text:
        digit = _BASE58.find(ch)
        if digit < 0:
            return None
        value = value * 58 + digit
    body = value.to_bytes((value.bit_length() + 7) // 8, "big")
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def ed25519_keypair(secret: str) -> bool:
    """A Solana keypair: 64 bytes, written as a JSON array of numbers or in base58, whose second half
    is the Ed25519 public key of the first (the seed), as ``solana-keygen`` and web3.js write it."""
    raw: bytes | None
    if "," in secret:
        try:
            numbers = [int(part) for part in secret.split(",")]
        except ValueError:
            return False
        if len(numbers) != 64 or any(n > 255 for n in numbers):
            return False
        raw = bytes(numbers)
    else:
        raw = _base58_decode(secret)
    if raw is None or len(raw) != 64:
        return False
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    public = Ed25519PrivateKey.from_private_bytes(raw[:32]).public_key().public_bytes_raw()
    return public == raw[32:]


# the version bytes of BIP-32 extended private keys: xprv and tprv (BIP-32), and SLIP-132's yprv,
# zprv, Yprv, Zprv with their testnet forms uprv, vprv, Uprv, Vprv
_BIP32_PRIVATE_VERSIONS = frozenset(
    bytes.fromhex(v)
    for v in (
        "0488ade4", "04358394", "049d7878", "04b2430c", "0295b005", "02aa7a99", "044a4e28",
        "045f18bc", "024285b5", "02575048",
    )
)  # fmt: skip


def bip32_xprv(secret: str) -> bool:
    """A BIP-32 extended private key (``xprv…``): base58check of 78 bytes whose double-SHA-256
    checksum holds, with a private key's version bytes and its key data's leading zero byte."""
    raw = _base58_decode(secret)
    if raw is None or len(raw) != 82:
        return False
    payload = raw[:78]
    if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != raw[78:]:
        return False
    return payload[:4] in _BIP32_PRIVATE_VERSIONS and payload[45] == 0


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "github": github,
    "github_refresh": github_refresh,
    "github_stateless": github_stateless,
    "npm": npm,
    "tether": tether,
    "jwt": jwt,
    "pypi": pypi,
    "slack_webhook": slack_webhook,
    "bech32": bech32,
    "luhn": luhn,
    "grafana_cloud": grafana_cloud,
    "grafana_legacy": grafana_legacy,
    "basic_auth_b64": basic_auth_b64,
    "base64_text": base64_text,
    "basic_auth_header": basic_auth_header,
    "neptune": neptune,
    "base64_pem": base64_pem,
    "discord": discord,
    "mixed_charset": mixed_charset,
    "nats_seed": nats_seed,
    "jwt_base64": jwt_base64,
    "atlassian_dc_pat": atlassian_dc_pat,
    "cloudflare_tunnel_token": cloudflare_tunnel_token,
    "bip39_mnemonic": bip39_mnemonic,
    "ed25519_keypair": ed25519_keypair,
    "bip32_xprv": bip32_xprv,
}


def validate(name: str | None, secret: str) -> bool:
    """Run the validator called ``name`` (``None`` passes). An unknown name raises ``KeyError``."""
    if name is None:
        return True
    return VALIDATORS[name](secret)
