"""False-positive classes of authentication libraries, HTTP mocks and recorded-traffic fixtures
(precision round 14: oauthlib, pyotp, passlib, httpx-auth, social-auth, django-allauth, moto,
nock, pyjwt, webauthn, …).

Kept apart from ``filters.py`` (one call site in ``reject_reason``) so that it merges cleanly with
other rounds' filters. Every check here is a class of non-secret, never one value: the values in
this module's own table are published specification examples (RFC 5849), like ``PUBLIC_VALUES``.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from tether.scan.heuristics import (
    is_byte_counter,
    is_counting_filler,
    is_dictionary_word,
    is_placeholder,
    looks_random,
)
from tether.scan.lazyre import lazy
from tether.scan.rules import Rule
from tether.scan.validators import b64_text, b64decode_any

# OAuth 1.0 (RFC 5849 3.5.1): the client and token credentials of the Authorization header
# example, copied into OAuth 1 libraries' docstrings and tests
SPEC_EXAMPLE_VALUES = frozenset({"0685bd9184jfhq22", "ad180jjd733klru7"})

# a published value shorter than this is too short to recognise in a changed copy
_VARIANT_MIN = 12


@lru_cache(maxsize=1)
def _published() -> tuple[frozenset[str], dict[int, frozenset[str]], tuple[int, ...]]:
    from tether.scan.filters import PUBLIC_VALUES  # filters imports this module

    values = frozenset(v for v in PUBLIC_VALUES | SPEC_EXAMPLE_VALUES if len(v) >= _VARIANT_MIN)
    by_last: dict[int, set[str]] = {}
    for v in values:
        by_last.setdefault(len(v), set()).add(v[:-1])
    lengths = tuple(sorted({len(v) for v in values}))
    return values, {n: frozenset(vs) for n, vs in by_last.items()}, lengths


def published_variant(secret: str) -> bool:
    """Whether ``secret`` is a published example value (RFC 6749's ``2YotnFZFEjr1zCsicMWpAA``,
    Google Authenticator's ``JBSWY3DPEHPK3PXP``) that a test changed to get a second value: the
    same value with its last character changed (``…MWpAB``), or the value followed by more text (a
    doubled seed ``JBSWY3DPEHPK3PXPJBSWY3DP``, a query string's next parameter ``…&period=0``).
    A generated secret shares no 12-character prefix with a published one by chance."""
    if len(secret) < _VARIANT_MIN:
        return False
    values, by_last, lengths = _published()
    for n in lengths:
        if n > len(secret):
            break
        if n < len(secret) and secret[:n] in values:
            return True
    # the last character bumped (…MWpAA → …MWpAB): how a test makes a second token
    return secret[:-1] in by_last.get(len(secret), frozenset())


# a test module named test.py / tests.py (pyotp's test.py, a Django app's tests.py)
_TEST_MODULE_RE = lazy(r"(?:^|/)tests?\.(?:py|js|ts|rb)$")


@lru_cache(maxsize=4096)
def _is_test_or_docs(path: str | None) -> bool:
    """Memoised: a file's candidates all ask about the same path."""
    from tether.scan.filters import _is_fixture_path

    if not path:
        return False
    return _is_fixture_path(path) or _TEST_MODULE_RE.search(path) is not None


def is_alphabet_steps(value: str) -> bool:
    """Whether ``value`` (12+ letters and digits) is typed by walking the alphabet or the digit
    row: at least four in five neighbours are the next or next-but-one character
    (``ABCDEFGHABCDEFGH``, ``ACDEFGHJKL234567``: the base32 alphabet without look-alikes). A
    generated value has such a neighbour about once in sixteen."""
    low = value.lower()
    if len(low) < 12 or not low.isalnum():
        return False
    steps = sum(1 for a, b in pairwise(low) if 1 <= ord(b) - ord(a) <= 2)
    return steps >= 0.8 * (len(low) - 1)


# the signature of a JWT written as words: "not-a-real-signature", "invalid_signature", "sig"
_WORDY_SIGNATURE_RE = lazy(r"^[a-z]{2,}(?:[-_][a-z]{1,}){0,8}$")
_SIGNATURE_WORDS_RE = lazy(r"sig|fake|invalid|bogus|dummy|wrong|bad|not|tamper")


def _wordy_jwt_signature(secret: str) -> bool:
    parts = secret.split(".")
    if len(parts) != 3 or not parts[2]:
        return False
    sig = parts[2]
    return (
        len(sig) <= 40
        and _WORDY_SIGNATURE_RE.match(sig) is not None
        and _SIGNATURE_WORDS_RE.search(sig) is not None
    )


# the next parameter of a query string or form body: &state=…
_NEXT_PARAM_RE = lazy(r"^&[A-Za-z_][\w.\[\]-]{0,40}=")
# a query string's or a quoted form body's parameter name right before the value: ?access_token=,
# &access_token=, "access_token= (not a line's own NAME=, as a .env file writes it)
_QUERY_PARAM_BEFORE_RE = lazy(r"[?&\"'`][A-Za-z_][\w.\[\]-]{0,40}=$")


# a bare `key` or `Key` (not api_key, secret_key: nothing qualifies it) right before the value
_BARE_KEY_BEFORE_RE = lazy(r"(?:^|[^\w.$-])[\"']?[Kk]ey[\"']?\]?\s{0,3}(?:==|[:=])\s{0,3}[\"']?$")
_HEX128_RE = lazy(r"^[0-9a-f]{128}$")

# a regular expression in the value's place: a character class with a quantifier ([^&]*)
_REGEX_CLASS_RE = lazy(r"^\[\^?[^\]\s]{1,24}\][*+?]")

# the name of a setting about a credential, not the credential: a hasher, a policy, a check
_SETTING_NAME_BEFORE_RE = lazy(
    r"(?i)(?:secret|password|passwd|token)_(?:\w{1,30}_)?"
    r"(?:hashers?|checks?|checker|breached|polic(?:y|ies)|validators?|complexity|strength)"
    r"[\"']?\]?\s{0,3}[:=]\s{0,3}[\"']?$"
)

# a gettext catalogue entry or a message setting (SECURITY_MSG_INVALID_PASSWORD): UI text
_MESSAGE_BEFORE_RE = lazy(
    r"(?:^\s{0,8}msg(?:id|str)(?:\[\d\])?\s{1,3}\"|_MSG_\w{0,60}[\"']?\]?\s{0,3}[:=])"
)

# an Amazon resource name (also written the wrong way round, aws:arn:…): an identifier
_ARN_RE = lazy(r"^(?:aws:)?arn:(?:aws|aws-cn|aws-us-gov|kms|[a-z0-9-]{2,20}):")

# an object key or path under a bare `key` (an S3 object, a cache entry): lower-case pieces joined
# by "/" or its escape, maybe a query (reports/q1?draft=true, incoming%2Fmyfile)
_OBJECT_PATH_RE = lazy(
    r"^[a-z0-9_.-]{1,40}(?:(?:/|%2[Ff])[a-z0-9_.-]{1,40}){1,8}(?:\?[a-z0-9_.=&-]{1,60})?$"
)
# ... or one whose pieces may open with a capital (datasource/Ec2/strict_id, cloud-init's
# ds-identify), a dictionary word among them: base64 key material has capitals inside its pieces
_CASED_OBJECT_PATH_RE = lazy(r"^[A-Z]?[a-z0-9_.-]{1,40}(?:/[A-Z]?[a-z0-9_.-]{1,40}){1,8}$")
_PATH_WORD_RE = lazy(r"[a-z]{4,}")

# a GUID-named member (xoauth_yahoo_guid, userGuid) or macro (#define SEV_SECRET_GUID "…", QEMU's
# AMD SEV code): an identifier
_GUID_NAME_BEFORE_RE = lazy(r"(?i)guid[\"']?(?:\s{0,3}[:=]|[ \t])\s{0,3}[\"']?$")

# a word prefix and a counting run of digits: waka_tok_67890, sk_test_12345
_PREFIX_COUNTING_RE = lazy(r"^[A-Za-z]{2,12}(?:[_-][A-Za-z]{2,12}){0,3}[_-](\d{5,10})$")


def _counting_digits(digits: str) -> bool:
    return all((int(b) - int(a)) % 10 == 1 for a, b in pairwise(digits))


# base64 of "user:password": its password part, printable ASCII
_B64_RE = lazy(r"^[A-Za-z0-9+/]{8,200}={0,2}$")
# a user name or password of a login pair: one token, no spaces, braces or quotes
_LOGIN_PART_RE = lazy(r"^[\w.@!#$%^&*+=~-]{1,64}$")
# a password that names what it stands for: "…-auth-token", "…_password", "-secret"
_SELF_NAMED_RE = lazy(r"(?i)[-_.](?:auth[-_])?(?:token|password|passwd|secret|key)$")


def _encoded_login_reason(secret: str) -> str | None:
    if len(secret) > 200 or not _B64_RE.match(secret):
        return None
    text = b64_text(secret)
    if text is None or not text.isprintable() or ":" not in text:
        return None
    user, _, password = text.partition(":")
    if not _LOGIN_PART_RE.match(user) or (password and not _LOGIN_PART_RE.match(password)):
        # a structured or spaced text after the colon is no login pair (a JSON fragment)
        return None
    if not password:
        return "base64 of a user name with an empty password"
    if is_placeholder(password) or _SELF_NAMED_RE.search(password):
        return "base64 of user:password whose password is a placeholder"
    return None


def auth_fixture_reason(rule: Rule, secret: str, line: str, path: str | None) -> str | None:
    """Why ``secret`` is one of the round's non-secret classes, or ``None``."""
    if secret in SPEC_EXAMPLE_VALUES:
        return "published specification example value"
    if published_variant(secret):
        return "a published example value, changed or extended by a test"
    at = line.find(secret)
    if (
        secret[:1] == "&"
        and at > 0
        and line[at - 1] == "="
        and _NEXT_PARAM_RE.match(secret)
        and _QUERY_PARAM_BEFORE_RE.search(line, 0, at)
    ):
        # access_token=&state=…: the parameter is empty; the match ran on into the next one (in a
        # query string or a quoted form body: SECRET_KEY=&wbv4g=… in a .env file is a value
        # that starts with &)
        return "empty parameter (the match ran into the next one)"
    if secret.startswith("eyJ") and _wordy_jwt_signature(secret):
        return "JSON Web Token with a signature of words (a test's forged token)"
    if secret.startswith(("AAECAwQF", "AQIDBAUG")):
        raw = b64decode_any(secret)
        if raw is not None and is_byte_counter(raw):
            return "base64 of a counting byte sequence (00 01 02 …), not key material"
    if _ARN_RE.match(secret):
        return "resource name (ARN), an identifier"
    if _REGEX_CLASS_RE.match(secret):
        return "regular expression, not a value"
    if not rule.generic:
        if _is_test_or_docs(path) and len(body := _TOKEN_PREFIX_RE.sub("", secret)) >= 16:
            if is_alphabet_steps(body) or is_counting_filler(body):
                # "shpat_0123456789abcdef0123456789abcdef" in a redaction test: a provider's
                # prefix on typed filler, as the generic rules' values are judged there
                return "alphabet or counting filler in a test or documentation file"
        return None
    if at > 0 and (reason := _named_before_reason(secret, line, at, path)) is not None:
        return reason
    if (m := _PREFIX_COUNTING_RE.match(secret)) and _counting_digits(m.group(1)):
        return "a word prefix and counting digits (a placeholder)"
    if _is_test_or_docs(path) and (is_alphabet_steps(secret) or is_counting_filler(secret)):
        return "alphabet or counting filler in a test or documentation file"
    return _encoded_login_reason(secret)


def _repeats_id(secret: str, line: str) -> bool:
    """Whether ``line`` holds ``secret`` quoted under both a bare ``key`` and an ``id`` (or
    ``_id``) name."""
    quoted = (f'"{secret}"', f"'{secret}'")
    names = {
        m.group(1).lower().lstrip("_")
        for m in _ID_OR_KEY_RE.finditer(line)
        if line.startswith(quoted, m.end())
    }
    return names == {"id", "key"}


# an item's kind in capitalised words, then a UUID: Artist-Musicbrainz-3071d829-b9ca-…
_TYPED_UUID_RE = lazy(
    r"^((?:[a-z]{2,20}:)?(?:[A-Z][A-Za-z]{2,40}-){1,3})"
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)
_CAMEL_WORD_RE = lazy(r"[A-Z][a-z]{2,}")


# what follows a key/value pair's key: its quote, a comma and the value's name and operator
# (", value=", "', 'Value':")
_VALUE_SIBLING_AFTER_RE = lazy(r"[\"']?\s{0,3}[,;]\s{0,3}[\"']?[Vv]alue[\"']?\s{0,3}[:=]")


# a bare key's or an id's quoted name and operator, just before a quoted value ("id":, 'key' =)
_ID_OR_KEY_RE = lazy(r"[\"'](_?id|_?ID|key)[\"']\s{0,3}[:=]\s{0,3}")


# a provider token's prefix: up to three words of letters and digits, each ended by _ or -
# (shpat_, sk_live_, xoxb-)
_TOKEN_PREFIX_RE = lazy(r"^(?:[A-Za-z0-9]{1,12}[_-]){1,3}")


def _named_before_reason(secret: str, line: str, at: int, path: str | None) -> str | None:
    """The checks that read the name and operator before the value at ``at`` (> 0)."""
    # the name and operator before the value: [lo, at) of the line (bounded: on a minified line
    # the text before a value is tens of kilobytes, and the patterns below are anchored at its
    # end; searching the line with pos/endpos keeps ^ at the line's real start)
    lo = max(0, at - 120)
    before = line[lo:at]
    if ("msg" in before or "_MSG_" in before) and _MESSAGE_BEFORE_RE.search(line, lo, at):
        return "message text (a gettext entry or a message setting)"
    if _SETTING_NAME_BEFORE_RE.search(line, lo, at):
        return "setting about a credential (hasher, policy, check), not the credential"
    if (
        _HEX128_RE.match(secret)
        and _BARE_KEY_BEFORE_RE.search(line, lo, at)
        and _is_test_or_docs(path)
    ):
        # token_cache._add_token(key="<sha512 hex>") in a test: a lookup key (a digest of the
        # request) written out; in application code or config a 512-bit hex key under a bare
        # `key` is still reported
        return "SHA-512-length hex digest under a bare `key` in a test (a cache or lookup key)"
    if ("uid" in before or "UID" in before) and _GUID_NAME_BEFORE_RE.search(line, lo, at):
        return "identifier (a GUID-named member), not a credential"
    if (
        (m := _TYPED_UUID_RE.match(secret))
        and (secret[0].islower() or _BARE_KEY_BEFORE_RE.search(line, lo, at))
        and any(is_dictionary_word(w) for w in _CAMEL_WORD_RE.findall(m.group(1)))
    ):
        # "Key": "MusicAlbum-MusicBrainzReleaseGroup-8e40a68c-…" (Jellyfin's items, in
        # Mopidy-Jellyfin's fixtures): an item's kind in words, then its UUID, an identifier;
        # shared_key = "shared:SharedSync-6E1C0494-…" (pyicloud's tests): with a namespace
        # before the kind, an iCloud record zone's name, under any key name
        return "an item's kind and UUID (MusicAlbum-…-<uuid>), an identifier, not key material"
    if (
        ("value" in line or "Value" in line)
        and _BARE_KEY_BEFORE_RE.search(line, lo, at)
        and _VALUE_SIBLING_AFTER_RE.match(line, at + len(secret))
        and not (len(secret) >= 32 and looks_random(secret, 32))
    ):
        # String(key="averyverylongstringkey", value='"v"') (bibtexparser's tests), Tag(Key=…,
        # Value=…): the key of a key/value pair names the entry its value holds; 32 generated
        # characters or more are still key material
        return "the key of a key/value pair (key=…, value=…), a name, not key material"
    if ("id" in line or "ID" in line) and _repeats_id(secret, line):
        # {"id":"webhookit-xml2js","key":"webhookit-xml2js",…} (a CouchDB view's row, in
        # JSONStream's fixtures): a key that repeats the row's id is an identifier
        return "the row's id repeated under a bare `key`, not key material"
    if (
        _OBJECT_PATH_RE.match(secret)
        or (
            _CASED_OBJECT_PATH_RE.match(secret)
            and any(is_dictionary_word(w) for w in _PATH_WORD_RE.findall(secret.lower()))
        )
    ) and _BARE_KEY_BEFORE_RE.search(line, lo, at):
        return "object key or path under a bare `key`, not key material"
    return None
