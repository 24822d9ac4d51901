"""Value and key-name heuristics for generic (keyword = value) candidates. Pure functions, no I/O.

What lives here: the word lists and predicates that say whether a value looks like a real credential
rather than a placeholder, a template or environment reference, a variable or expression, a type
name, a path, a URL, a hash of a known non-secret kind, a word or an identifier; and how a key name
splits into words and which credential family (password, secret, token, key, auth, credential) it
names. :mod:`tether.scan.filters` combines them into reasons. Nothing here knows about files on
disk or prints; no function returns or embeds the value it inspects in its result.

The ideas follow the documented heuristics of other scanners (detect-secrets' filters, gitleaks'
generic rule and stop-words, CredSweeper's value checks, Kingfisher's pattern requirements,
Betterleaks' token efficiency): natural language and identifiers are made of a few long,
pronounceable pieces; generated credentials are made of many short, unpronounceable ones.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from tether.scan.lazyre import lazy

__all__ = [
    "CODE_EXTENSIONS",
    "FAMILY_ORDER",
    "alphabet_size",
    "credential_families",
    "english_score",
    "families_of_segment",
    "is_comment_line",
    "is_placeholder",
    "key_families",
    "key_segments",
    "key_words",
    "looks_random",
    "random_entropy_floor",
    "shannon_entropy",
    "split_words",
    "word_fraction",
]

# ----------------------------------------------------------------------------- entropy / words


def shannon_entropy(value: str) -> float:
    """Shannon entropy of ``value`` in bits per character."""
    if not value:
        return 0.0
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


_CAMEL_RE = lazy(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_VOWELS = frozenset("aeiouy")
# regular camelCase / PascalCase / snake_case made of letter pieces of 3+ (getUserName, max_retries)
_IDENTIFIER_RE = lazy(r"^[A-Za-z][a-z]{2,}(?:[A-Z][a-z]{2,}|_[a-z]{3,})+$")


def split_words(text: str) -> list[str]:
    """Split an identifier or value into lower-case pieces at separators, case and digit changes."""
    return [p.lower() for p in _CAMEL_RE.findall(text)]


def key_segments(key: str) -> list[str]:
    """The words of a key name: ``DB_PASSWORD`` / ``dbPassword`` / ``db.password`` -> db, password."""
    return list(key_words(key))


@lru_cache(maxsize=4096)
def key_words(key: str) -> tuple[str, ...]:
    """:func:`key_segments` as a tuple, memoised: the scanner asks about the same key names often."""
    return tuple(s for s in split_words(key) if not s.isdigit())


# Letter-pair log-odds against uniform letters, log2(676 * P(pair)) rounded to whole bits and clipped
# to -9..+9, stored as one letter per pair ("a" = -9, "j" = 0, "s" = +9), rows "a".."z" then columns.
# Counted once over the lower-case letter runs (identifiers, comments, docstrings) of the Python 3.11
# standard library's top-level modules, add-one smoothed: English-like text, no secrets data.
_PAIR_TABLE = (
    "ckllehjekdimlmbkcmlmjihiidjehgjbddijbjeeigaiifjbaaidlbhfleckjakkhfmfejhljeeaga"
    "kgfjmfdaleciegjfdijhjecehalhlljlifhdhnkmikinmmgjiljekcffjjeclaajffledkihjbcaga"
    "hdedldghjaaifiheaikgjfcabekcdemdbbkacfffkbaighhaaafbjjkjjjjafbgllnljeklldjaiaj"
    "fabajaaadacaaahbacbagaaabagbdfkdfbhaahbgefbeidfbhabalhgjmmedlaekdhlhagkkkffbjd"
    "ljehmdbbjaehifklaejgibcafalflmmjlfjciifimhdflmjidchcikklhiicibijkmjkamklkijgdf"
    "leghlfdgjafkefkjdlhkiegaiaaaacaaaabaabadaaaedajaaaaalgjjnhkdlcihjllhakkljhhcka"
    "jejgnghjldhihhjkeglmkehdjaleiimhdnmcdihgkiblkjlehfkfhiihkihaiabkklgjalkkebadbb"
    "kbcalcbdiaabfegdacbbacdbaajcdgieajkaagbhicdjhdbcfdaahdjdhfaciaafdaeiadfkbbbdeb"
    "dfffhfechaafghgkaejjbdgabceabajaaahaaeddfaacbbaaaaca"
)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def english_score(word: str) -> float:
    """Mean log-odds (bits) of the letter pairs of ``word`` under English-like text vs random letters.

    Words and identifier pieces mostly score above -0.5; uniformly random letters mostly below
    (on held-out words: 82-98 % of words of 4-10 letters pass, 3-15 % of random strings do).
    """
    w = word.lower()
    scores = [
        ord(_PAIR_TABLE[_LETTERS.index(a) * 26 + _LETTERS.index(b)]) - ord("a") - 9
        for a, b in pairwise(w)
        if a in _LETTERS and b in _LETTERS
    ]
    return sum(scores) / len(scores) if scores else -9.0


def _pronounceable(word: str) -> bool:
    """A letters-only piece that reads like a word or a syllable run (not a random letter string)."""
    if len(word) < 3:
        return False
    vowels = sum(1 for c in word if c in _VOWELS)
    ratio = vowels / len(word)
    if not 0.2 <= ratio <= 0.7:
        return False
    run = 0
    for c in word:
        run = 0 if c in _VOWELS else run + 1
        if run >= 5:
            return False
    # letter pairs say little about pieces of three letters (max, Key): trust the vowels there
    return len(word) <= 3 or english_score(word) >= -0.5


def word_fraction(value: str) -> float:
    """Share of the characters of ``value`` that belong to pronounceable pieces of 3+ letters.

    Identifiers and prose (``getUserName``, ``my-app-token``) score near 1; generated keys score near
    0 because case and digit changes cut them into short, unpronounceable pieces.
    """
    if not value:
        return 0.0
    # split camelCase only where it is regular: all-lower or Capitalised pieces
    pieces = _CAMEL_RE.findall(value)
    covered = 0
    for piece in pieces:
        if piece.isalpha() and (piece.islower() or piece.isupper() or piece.istitle()):
            if _pronounceable(piece.lower()):
                covered += len(piece)
    return covered / len(value)


_HEX_RE = lazy(r"^(?:[0-9a-f]+|[0-9A-F]+)$")
_B64_EXTRA = frozenset("+/=_-")
# a generated credential carries at least as many bits as the shortest value accepted with mixed
# classes (8 characters of a 36-symbol alphabet: 41 bits); single-class values must reach it too
_MIN_BITS = 8 * math.log2(36)


def alphabet_size(value: str) -> int:
    """Size of the smallest common alphabet ``value`` is drawn from (digits 10, hex 16, one-case
    letters 26, one-case alphanumerics 36, mixed alphanumerics 62, base64 64, printable 94)."""
    if value.isdigit():
        return 10
    if _HEX_RE.match(value) and any(c.isdigit() for c in value):
        return 16
    lower, upper = any(c.islower() for c in value), any(c.isupper() for c in value)
    digit = any(c.isdigit() for c in value)
    other = {c for c in value if not c.isalnum()}
    if not other:
        if lower and upper:
            return 62
        return 36 if digit else 26
    return 64 if other <= _B64_EXTRA else 94


@lru_cache(maxsize=4096)
def random_entropy_floor(n: int, alphabet: int) -> float:
    """The 5th percentile of the Shannon entropy of uniformly random strings of ``n`` symbols drawn
    from an alphabet of ``alphabet`` symbols: 95 % of generated values of that shape score above it.

    Computed by a fixed-seed simulation (deterministic, no data): short strings repeat symbols by
    chance, so their entropy sits well below log2(alphabet) (16 random hex digits: about 2.85).
    """
    rng = random.Random(n * 131 + alphabet)
    draw = rng.randrange
    samples = sorted(
        _counts_entropy(Counter([draw(alphabet) for _ in range(n)]), n) for _ in range(400)
    )
    return samples[20]


def _counts_entropy(counts: Counter[int], n: int) -> float:
    """:func:`shannon_entropy` of a string with these symbol counts (same order, same float)."""
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def looks_random(value: str, min_length: int = 8) -> bool:
    """Whether ``value`` looks machine-generated (a key or token) rather than a word or identifier."""
    n = len(value)
    if n < min_length:
        return False
    alphabet = alphabet_size(value)
    # too few bits to be a generated credential (all-digit strings need 13+, one-case letters 9+)
    if n * math.log2(alphabet) < _MIN_BITS:
        return False
    classes = sum(
        (
            any(c.islower() for c in value),
            any(c.isupper() for c in value),
            any(c.isdigit() for c in value),
            any(not c.isalnum() for c in value),
        )
    )
    entropy = shannon_entropy(value)
    # a uniformly random string reaches close to log2(n) bits per symbol for small n and close to
    # log2(alphabet) for large n; demand what 95 % of random strings of this length and alphabet
    # reach, capped at 3.0 bits (long hex keys sit near 3.7-4)
    if entropy < 3.0 and entropy < random_entropy_floor(n, alphabet):  # the floor is costly: last
        return False
    if classes < 2 and (n < 12 or (value.isdigit() and n < 16)):
        # one character class: digits need 16+ (53 bits), letters 12+ (56 bits), and the
        # pronounceable-piece test below keeps words and glued words (``keyboardcat``) out
        return False
    if word_fraction(value) >= 0.6 or _IDENTIFIER_RE.match(value):
        return False
    # words glued with separators: my_app_token, X-Auth-Token, db.internal.name
    pieces = [p for p in re.split(r"[^A-Za-z0-9]+", value) if p]
    return not (
        len(pieces) >= 2 and all(p.isalpha() or (p.isdigit() and len(p) <= 4) for p in pieces)
    )


# ----------------------------------------------------------------------------- key names

FAMILY_ORDER = ("password", "secret", "token", "key", "auth", "credential")

_NOT_PASS = frozenset(
    {"bypass", "compass", "overpass", "underpass", "surpass", "trespass", "encompass", "impasse"}
)
_KEY_WORDS_NOT_KEY = frozenset(
    {
        "monkey",
        "donkey",
        "turkey",
        "whiskey",
        "jockey",
        "hockey",
        "hotkey",
        "keyboard",
        "keyword",
        "keywords",
        "keystroke",
        "keypress",
        "keycode",
        "keyframe",
        "keyframes",
        "keychain",
        "keyup",
        "keydown",
        "keymap",
        "keypad",
        "keyspace",
        "keyring",
        "keystore",
        "keytab",
        "keyset",
        "keys",
        "keyed",
        "keying",
        "keynote",
        "keyof",
        "keyvalue",
        "turnkey",
        "passkey",
        "foreignkey",
        "pkey",
    }
)


def families_of_segment(seg: str) -> set[str]:
    """The credential families one word of a key name names (``passwd`` -> {password})."""
    return set(_segment_families(seg))


@lru_cache(maxsize=8192)
def _segment_families(seg: str) -> frozenset[str]:
    fams: set[str] = set()
    if seg in _NOT_PASS:
        return frozenset()
    if (
        any(w in seg for w in ("password", "passwd", "passphrase", "passcode", "passwort", "pwd"))
        or seg in {"pass", "pword", "pswd", "pw", "passw", "pwds"}
        or (seg.endswith("pass") and len(seg) <= 12)
        or seg.startswith("pword")
    ):
        fams.add("password")
    if "secret" in seg and not seg.startswith("secretar"):
        fams.add("secret")
    if "token" in seg and "tokeniz" not in seg and "tokenis" not in seg:
        fams.add("token")
    if seg not in _KEY_WORDS_NOT_KEY and (seg == "key" or (seg.endswith("key") and len(seg) > 3)):
        fams.add("key")
    if seg in {"auth", "authz", "authn", "authorization", "authorisation"} or (
        seg.endswith("auth") and seg not in {"oauth"}
    ):
        fams.add("auth")
    if seg in {"cred", "creds", "credential", "credentials"}:
        fams.add("credential")
    return frozenset(fams)


def credential_families(key: str) -> set[str]:
    """The credential families named by a key (``db_password`` -> {password})."""
    return set(key_families(key))


def key_families(key: str) -> frozenset[str]:
    """:func:`credential_families` as a frozenset (its words' families are memoised)."""
    fams: set[str] = set()
    for seg in key_words(key):
        fams |= _segment_families(seg)
    return frozenset(fams)


# ----------------------------------------------------------------------------- placeholders

_TEMPLATE_RE = lazy(
    r"""
    \$\{ | \$\( | \{\{ | \}\} | \{% | <%= | <% | \#\{             # ${VAR} $(cmd) {{ var }} #{x}
    | (?:^|[=:/({])\$\$                                        # $$VAR (compose, Make), not P@$$w
    | ^\$[A-Za-z_][\w.]*-?$                                    # $VAR, $var.attr, $this->
    | ^%%?[A-Za-z_][\w.-]*%%?$ | ^%\(?[\w.]*\)?[sdr]$ | ^%[sd]$  # %VAR% %%VAR%% %(name)s %s
    | ^<[^<>]*>?$ | ^\[[^\[\]]*\]?$ | ^\{[^{}]*\}?$ | ^\([^()]*\)?$   # <your-key> [secret] {0}
    | ^@[\w.-]+@$ | ^__[\w-]+__$ | ^\?+$                       # @TOKEN@ __KEY__ ???
    | ^:[a-z_]\w*$                                             # :password (bind/symbol)
    | ^ENC\( | ^!vault | ^vault: | ^ref\+ | ^op:// | ^env: | ^arn:aws:secretsmanager
    """,
    re.X,
)
_PLACEHOLDER_WORDS = (
    "example", "sample", "placeholder", "dummy", "changeme", "change_me", "change-me", "changeit",
    "your", "replace", "redacted", "fake", "todo", "fixme", "foobar", "lorem", "insert",
    "enter_", "enteryour", "xxx", "test", "mock", "secret_here", "here_", "_here", "notreal",
    "not_real", "not-real", "default", "demo", "passw", "p@ssw", "pa55w", "s3cr3t", "hunter2",
    "qwerty", "letmein", "undefined", "null", "none", "empty", "invalid", "random", "abcdef",
    "abc123", "123abc", "abcd", "1234", "a1b2c3", "1a2b3c",
)  # fmt: skip
# leetspeak back to letters: P@55w0rd -> password, s3cr3t -> secret
_DELEET = str.maketrans("@4310$57!", "aaeiosstl")
# placeholder words still readable once separators and digits are dropped (Pass@Word1, s-e-c-r-e-t)
_SPELLED_WORDS = ("password", "passwd", "changeme", "secret", "example", "sample", "dummy")
# one search for all of them: a value is a placeholder if any word occurs anywhere in it
_PLACEHOLDER_WORDS_RE = lazy("|".join(re.escape(w) for w in _PLACEHOLDER_WORDS))
_FORMAT_RE = lazy(r"%\(\w+\)[sdr]|\{\d*\}")
_PERCENT_RE = lazy(r"%[sdr](?![A-Za-z0-9])")
_SEQUENCES = ("0123456789", "9876543210", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl")
_MASK_RE = lazy(r"(.)\1{3,}|\*{2,}|\.{3,}|•|…|(?:^|\W)(?:x{2,}|X{2,})(?:\W|$)")


def _has_placeholder_word(low: str, plain: str, long_random: bool) -> bool:
    """A placeholder word in the value. In a long random token (an OAuth refresh token, an SSO
    cache token) a word of four letters or fewer (``test``, ``none``, ``xxx``, ``1234``) turns up
    by chance — about one 300-character token in thirty — so there only longer words count."""
    words = [m.group() for t in (low, plain) for m in _PLACEHOLDER_WORDS_RE.finditer(t)]
    if not words:
        return False
    return any(len(w) > 4 for w in words) if long_random else True


# "long random": at least this long and this random (bits per character); in such a value short
# placeholder words and runs of four equal characters are chance, not intent
_CHANCE_LEN = 64
_CHANCE_ENTROPY = 4.5
# a short piece said over and over: 123123, abcabc, Xy7!Xy7!
_REPEATED_UNIT_RE = lazy(r"^(.{1,8}?)\1+$", re.S)
_MASK_LONG_RE = lazy(r"(.)\1{7,}|\*{2,}|\.{3,}|•|…|(?:^|\W)(?:x{2,}|X{2,})(?:\W|$)")


@lru_cache(maxsize=2048)
def is_placeholder(value: str) -> str | None:
    """Why ``value`` is a template, reference, placeholder or mask, or ``None`` (memoised: pure)."""
    low = value.lower()
    if _TEMPLATE_RE.search(value):
        return "template or variable reference"
    if low.startswith("tether://"):
        return "tether reference"
    long_random = len(value) >= _CHANCE_LEN and shannon_entropy(value) >= _CHANCE_ENTROPY
    if (_MASK_LONG_RE if long_random else _MASK_RE).search(value) or len(set(low)) <= 2:
        return "masked or repeated characters"
    if _REPEATED_UNIT_RE.match(low):
        return "masked or repeated characters"
    plain = low.translate(_DELEET)
    if _has_placeholder_word(low, plain, long_random):
        return "placeholder or test value"
    letters_only = re.sub(r"[^a-z]", "", plain)
    if any(w in letters_only for w in _SPELLED_WORDS):
        return "placeholder or test value"
    if _FORMAT_RE.search(value) or len(_PERCENT_RE.findall(value)) >= 2:
        return "format string"
    letters = [c for c in value if c.isalpha()]
    if (
        len(letters) >= 6
        and any(c > "f" for c in letters)
        and all(c in "asdfghjkl" for c in letters)
    ):
        return "keyboard mash (home row)"
    alnum = re.sub(r"[^a-z0-9]", "", low)
    if len(alnum) >= 4:
        for seq in _SEQUENCES:
            if alnum in seq or (len(alnum) >= 6 and seq[: len(alnum)] == alnum):
                return "keyboard or alphabet sequence"
    return None


# ----------------------------------------------------------------------------- files / lines

CODE_EXTENSIONS = frozenset(
    {".py", ".pyi", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".java", ".kt", ".kts",
     ".scala", ".groovy", ".go", ".rs", ".c", ".h", ".cc", ".cpp", ".cxx", ".hpp", ".hh", ".cs",
     ".vb", ".fs", ".swift", ".m", ".mm", ".rb", ".php", ".pl", ".pm", ".lua", ".dart", ".r",
     ".jl", ".ex", ".exs", ".erl", ".clj", ".coffee", ".vue", ".svelte", ".sol", ".idl", ".proto",
     ".hx", ".nim", ".zig", ".v", ".cshtml", ".razor", ".jsp", ".aspx", ".erb", ".twig", ".tpl",
     ".ejs", ".hbs", ".html", ".htm"}
)  # fmt: skip

_COMMENT_RE = lazy(r"^\s*(?:#|//|/\*|\*|<!--|--|;|%|rem\s|')", re.I)


def is_comment_line(line: str) -> bool:
    """Whether ``line`` is a comment in common languages (its text is prose or sample config)."""
    return bool(_COMMENT_RE.match(line))
