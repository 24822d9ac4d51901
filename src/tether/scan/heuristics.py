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

import base64
import hashlib
import math
import random
import re
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from tether.scan.lazyre import LazyPattern, lazy

__all__ = [
    "CODE_EXTENSIONS",
    "FAMILY_ORDER",
    "alphabet_size",
    "char_classes",
    "credential_families",
    "english_score",
    "families_of_segment",
    "is_comment_line",
    "is_dictionary_word",
    "is_glued_words",
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
_NOT_ALNUM_RUN_RE = lazy(r"[^A-Za-z0-9]+")
_NOT_LOWER_ALNUM_RE = lazy(r"[^a-z0-9]")
_NOT_LOWER_RE = lazy(r"[^a-z]")
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
    The common shapes come from a table of that simulation's results (:mod:`entropy_table`).
    """
    from tether.scan.entropy_table import FLOORS, MAX_N

    row = FLOORS.get(alphabet)
    if row is not None and 1 <= n <= MAX_N:
        return row[n - 1]
    rng = random.Random(n * 131 + alphabet)
    draw = rng.randrange
    samples = sorted(
        _counts_entropy(Counter([draw(alphabet) for _ in range(n)]), n) for _ in range(400)
    )
    return samples[20]


def _counts_entropy(counts: Counter[int], n: int) -> float:
    """:func:`shannon_entropy` of a string with these symbol counts (same order, same float)."""
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def char_classes(value: str) -> int:
    """How many of lower case, upper case, digits and other characters ``value`` holds."""
    return (
        any(c.islower() for c in value)
        + any(c.isupper() for c in value)
        + any(c.isdigit() for c in value)
        + any(not c.isalnum() for c in value)
    )


def looks_random(value: str, min_length: int = 8) -> bool:
    """Whether ``value`` looks machine-generated (a key or token) rather than a word or identifier."""
    n = len(value)
    if n < min_length:
        return False
    alphabet = alphabet_size(value)
    # too few bits to be a generated credential (all-digit strings need 13+, one-case letters 9+)
    if n * math.log2(alphabet) < _MIN_BITS:
        return False
    classes = char_classes(value)
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
    pieces = [p for p in _NOT_ALNUM_RUN_RE.split(value) if p]
    return not (
        len(pieces) >= 2 and all(p.isalpha() or (p.isdigit() and len(p) <= 4) for p in pieces)
    )


# ----------------------------------------------------------------------------- dictionary words

# A Bloom filter (1 % false positives) over 45,400 lower-case words of 3-14 letters: the 10,090 that
# occur at least three times in the Python 3.11 standard library's own modules (comments, docstrings
# and identifier pieces; tests and site-packages left out: programming vocabulary), and the
# lower-case words of SCOWL's size-35 American English list (Debian's wamerican-small: common
# English, no proper nouns or possessives). No secrets data. Bits 435160, hashes 7, positions by
# double hashing of a 16-byte BLAKE2b digest. It tells a word (``hidden``, ``suggest``,
# ``welcome``) from a pronounceable string that is none (``velkor``): :func:`word_fraction` says
# only that a string *could* be a word. The script that rebuilds it is in docs/scan-accuracy.md
# ("Rerun").
#
# SCOWL is Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and
# sell these word lists, the associated scripts, the output created from the scripts, and its
# documentation for any purpose is hereby granted without fee, provided that the above copyright
# notice appears in all copies and that both that copyright notice and this permission notice
# appear in supporting documentation. Kevin Atkinson makes no representations about the
# suitability of this array for any purpose. It is provided "as is" without express or implied
# warranty. The whole notice, with its contributors' (WordNet, 12dicts, ispell, UK word lists):
# docs/licenses/SCOWL.txt, Debian's /usr/share/doc/wamerican-small/copyright.
_WORD_FILTER_BITS = 435160
_WORD_FILTER_HASHES = 7
_WORD_FILTER_B64 = (
    "+8xv1kIjazz3o0js/C7qaaf8nO2Iqjy3d6LME1ldBZR/HWcx/HLe/v4zOqU6nRCnedaP+7aGewJ3nna1P3D9GLN+4TyiByuO"
    "69gdl7NdNsl4ZPYic12s3ZB0OutZornq+oA6j/AoUROPwlhPy2XXExPeg3oCDKaqy0fMRfq95QppdeibRfpMt2U7bO6B1/FO"
    "TS1VAQDw0T2XYd/MOOmNAY1Lz3i6rm5TGHd38084BmYxnEilTJRFbalUjxRRi+UdapZNMqQegBDv12yDs/DX6D3oE89clR86"
    "tF+xbqfkBpyZL0E8qSxhpu+3aoWk1kZsLmrA+GWaCO4dB+KOpXx23u91BNhamLW0TfAOxymQnPomX3Kmffny+oAtU7BSqWyK"
    "RNZpJ0yeL7LcMSeTuL7nGgsd1vFGlpS3N4g7+yJd7UFK7kgpZ3L9kJI0VhGReIPC1c/Xc89p2hH08G3njn+tfnxoAmJOTgKx"
    "IpA5AnFI6eSlK7R/kdmIqRPwaoxXmJPXIZ+LFdbXUQoAhQ5Nso1tlKwWYk+b7NJyc8Cg9JuDcF5+y+oFdVKkTfMHvjub9IJW"
    "fi8PGQKJQulyjKJ1zssiANgpP9o2BuLfVX/iMfJRCWxgYXS+8E66nWGfM8mtEuGihDQD6JFIJIOBPYDeXkb2Rta9vy+EJmPU"
    "MZreq9uAGxv5ne+EBlipEaDxS7NZvkVgQhDOm2k2l/H7nNkf7oPdmZfLqJwce0Cx8vq99e7Ycod0N0yS9vmkxKeE1QZCXNr6"
    "akkj3J9MN1+uPywedRvym/w2E1ZO+vPyoFVjglpYnMpfefI2y6BI9nyDjpn3H+odnVWpS7v/Fp2epak9jsJXih9yKpfs28kT"
    "oPvW86+qRP0XboTI3sIXST+cIM7ZqflliDTVxDOUU8hShHHI+v6SkRY1Ilg1/rI43nSb/vl04N/N+iWhKnY0rTn7wMOp5xPO"
    "kS5adhnh1bWgRQ+dDnI+PXyZuaJuB4bQEGOF8T90jJt81vql/pY+aBSmVybPVceBjvDP2fVokEZBPD0D/eO1oqM+bKpvJuY8"
    "F196bc7pVynVDnsoVVagi1fZ6mDb9ZnkV7ViuJpx5BUNY7WtFVDcX0AWzvImm1AheoFdrBtYmdqC9MRndbRh++b4TBNIXQxc"
    "2xjHw83LEoT/s0LvXsCPTDh86R24bIOQCUnGT9tgiF0bJPNbzcK2YVqXoyDW2f36NQo3y64EAv3mQkSuMnGUalohCm6DaoRO"
    "re9LyEJ2j5MwaNYGBd7DDzrJ1OtId7Ykzi8QjJ3s/+iqIl0Z5ftPxXwq9aWDdxNy3c6lW1/MtoIMcYidp5APjlRMLQwFtW1Z"
    "7f5PZ/b5d8CxkiIZfeQxIDHtc2H/EdUfH0LbEbmeQL+h28t86+eidGvxlar1lQh0Os6iuG9SJlTvbB4C+BZw97DIkUdYbnCv"
    "XIea79Dr8ztgmGgq4vOb4dBjxjOyON8BwlzMOPmj9nO7Qx4/2GqFxz0kQMi15rccOL33i771zDO3c0uulO8BVgVf99chzSX/"
    "3YYvKm0ZtRVmbLJNIFUWmDsB7ywrvwLJiHE93MKUwYasUqzc+llRdXQgZ4Ka1HiHcWKP1m8hIdizY3LqYYavv+UVlANfthpb"
    "i8ALRbigHeOE97gLG5I1x05+B/8N9f+fvy2ZBc5ofiJg1F6N6/0PC6UWlIGluX78/pe1JqUQs3xCtxTnA1D3eppyuMGf9vQm"
    "2oIgi5+DZoZVh+tzMdx9cLWHiCRncV3ll7rw9EY3Wu3ki48pJPFE5HeDWdiSwGqyWCs9rLlQQxjNaAUfyl5jSYTeMj48bFgB"
    "1LO6uBw8SmW0PJK2j4s43C9m15Ybovy6FW0NGvghn8td/59kVfGDWVVtSijCDiVDbl20tLQCmrKNO+0ZAKe9f9J/dXwIzuoJ"
    "soWUTb2rPidKmHZqK3Tte38/P5dKcyXJXEhIBH5NTprt2rncmxHC9lmbjXI/Z75bba77sqdGsbdtMa5rGExaHOzah3OB8Vr8"
    "pOKaS8E2bqYMj9qsDgg/xRIVV5JwZRMb6hubp2Fqe3YHzy/i2l7VFJfuGR/2USQ2uWYCKZGOvGpNewYM6y2x0flj/3IR+pnf"
    "l5V01j/COumPE40WSmEtBG8pryyttI2n47FPsjutQ0iJT8/WiLE3TlkzmfP5Kxv3K78e4dQ1tuM8Q/UNHS1ro9uTN+trQWdA"
    "udKVzu2+pQYXiqgLmPqbiVF28TzgGFEfG5gu5D1ilz5ZE5fGQ9GlT8bHwhsNhhRQUmmW9ACGN/5zj1tyT8nuybdJ+kulAcmF"
    "ReUMj0Wd2OCF7SrOyeuNoUbiWy9/dz8ulmaT034IuIj/c8E++DPN6XWFpj/rwbR1cSdr6HI3zeuGduz9hfyDPivR/0qpg7tO"
    "zDMHaifrR1HTYsQQPzUIjQ4mhTp1F+V+f9JkRuQbelyOZV8o0ecfxAtmx21uVZjXXOel1Rv0JeJW9qUpsMf/ub4txh1GZikY"
    "F19SCt6uVX70DKky8BtVtuDLm1YYpGx/WO6yrQMR7HjVL3JP0sdOXjaHt32XxlMkrOlXPSGl5c7iWG8eouIri0RLSVk2o5f4"
    "vEJe+kQ0XfhcqA9dnfoEZT+94nIVbrGiM3scd09bh+xzrKMJT0hqrqDO/JfA35ZP970HZRqBsjmsHt5KgY2aSJ7EwtCbfcCr"
    "n/J9PdV/rmfj7t2tC+MvloWr6tdNDBTp+gZV+fNaFug8aacLWvjTdkCM6U6OUhpcuSxk3uyVb6CUV3PSpQHly2zRLwH1e1Bd"
    "7RPPvqswksSWR8yz3aDHxktEMzb/F/ZB3Tez1+V2H4n+2Bk0kcSltRu/vDrT1BtzLfrrnxl/KDqPC0mJJYeUlGpblmqrA3uh"
    "yv+LKtX4sb7k27XS+2MzMgUfLuMxfWw0Bx6g11UM7zLwXknZFf5jCOvLyWPGeTYGaLCl2HwH1m+GoMgr2OA7sZZTqjoBqV6z"
    "d5PKuWC0Ul2vIaZMe+0tf4o6UciDgbBFa9l+dclbkhSQjuI/Dh44v7RehY5uTChaRZq5GNFi3jdJaLswPPf0sTTGlwssGbWo"
    "t/eWCNnGqUbjrKWVMgCYk2xqrZXsa9WZBlmGkCxMfnC+3GNzGxcI9N7CrfwAgGl+F5ZlfsNQu3aYrB4GpoMU5/Oeb41UoLpc"
    "q8zn1eTjn71wJS1x4006xXy0WSfCIgOd1Wlferyf6bVeqJWyiSU6mEmYwDme6YthL+/+r+p45M9Ru2mhWTfpGIxul64//gv9"
    "3DtZUkPsN7tGN3G0A5zy/PqG3hM3ptL5dWxsDoyL4+f91vHTh8aMCcpOEaQeSF9yo+l5z74k70EnGm+FHzdalZRYnGXU511+"
    "Re/oS3OZcewW04AdEsFtqx2t1ooZe7/rATAEHc4a6T3t3s0geZbNRlAa9BA+z3rlz6deJfuVlSQ515C6E3jLYk4n27QH6nYp"
    "JysSBtx9elhepblMuSKvZib/pWadpm2dEn9IwXeiPt0Mr62Vw8je/eSPA2MRuLwg4a9v9s9dL+r8iLSVMU14k4Vfw26zny/n"
    "yGHBvCtAQduFDxzqnvmKJSrmpn7e+ESA6mKXMNdTVIn2zduabIY8dQpFTYueHfLdHGHgwb1Q12+s5tJYtp53NseVad0+ccfv"
    "sz60RTiXItyd37pDvlJUM9lvTkTNNBvfM9gK/Y1aTXr/gfZpTmpZGmgAoidFvL5b1qfJ5qXSg8g7gX2sjZT9rv/p0c9yc5Rx"
    "qCfzhMAmCUdb3DhvHIEG/S377tXVu9HYaegwGaQTXDb+MmCv/T6Q72Qc4VyOSo90KT8UXZv2z7Hi1OUXqmv8PTi4lvfSrog7"
    "njOBwdY6kX8QwZpmgn37H4bysfxYdmEWR9hFRbubLp701GWXtyduSnxCmp67191wvo6WUk9psCisQdTsSaOe0IxqAsHj/oXJ"
    "Al7vwgK6Rj7oKeOA8f1So/dfTh7FgVFT2kB1LcuPY7WMLv9zEnZ7Xwvar7Ym1j/gQvogVQHUjxudf9Ia7Juo2OtwkspQRmko"
    "Lb0VCN86qiclHX53eCiFxG3MjJMtPCnbfqlyBWnPdz0iCU+rS6c7BA6xCAO+/eW03eE1YvgUTWUyOPrjaxqo3vtlvozvv0Mj"
    "e1vnH4InKbL/yqp2+1P0ym1+kQS78PS2ZqY1dXDt4GX2LROJs+8bOFVFzoQwxQoS2wOHyf9JRv2viGm4JneT+D5Bkkosifc9"
    "05cI0B14WBlubeYrw3BcYBuIcznm1FN5/Cw8wES3kzPXaCF7CjHVY286BOSI8/fgCsXwvhNYgQz2h6gnj2Gf9VhC2ec92j7M"
    "MUzR9FEU3SgE2L0p9O3aJUfesUGd3MJUwADmO6/hrqI/DxBl0il7f/Ap0ZzbqVIfn3eJuR3hpdcIkf8Xkdbrk652D5HmweaR"
    "1q6m9rjr23aMZR0GvTBjR76OTnAhRoXiyzR4bDfLto1SHKQV8rUduqQ6Qw9YDNzyiLP3KyMpK0p+ZccdWavyRy/UpqunuEw5"
    "wkosgzwPvF+LmzlERt9DXm/6WUxmWJHmyZ0Rj8WMPbtzPmJz9n9hDrHPJKV4ajhyLxq711n5V4w64peh4KTuP8DHe9PEEd1n"
    "nbspIfvSbN74a8NcpnW8MNlcH9fwOY7rriCee7AirndQgjJi7WOx4lGtmbEpoSPMepiTlUosygye4D8rvNHsxuPC/UxjiJsL"
    "5DmJSbLmfkR7LlViZq+fP1+9+P/viPbf5PQVKaLFCgna6BvoyWmUb8RllkK4ry3ijXRIBqMxe7vJttj/TLHGdW25kssvzJE7"
    "cn3AHiYgBSiNoBJMTSsSQc4vi7ga8NA691FvtQgwBF5yXWAuQsGySXvmuM/NhzX4kuBg8oy5u+VtoatqAk/XeigZgIMPXyQ1"
    "aKZj+dyNb1ie3hlPoKQ1hMF4viiO/NpG72mbuloOBHX4LSV1be+obNGyptfgP8WKc+8yTv9pfK8YjlejiuC7ZdPLr5Zdzth0"
    "/kegdTyipsECvSAWYUkg6caf7Ob3KWGr0fhp8Vxp/IAbtVhrjPqM3Px4UI0bktD3k1rUUYEayCObud5hXJYP3fCfNEP3tzcs"
    "Q9mIx0q54twh3rgXy8ZtqLHW06C+ayj7QfgOosmoqY3n2lSQfTfbUzUVjBeDFc7v9zIc+C2HCCdFU7cMISPXsc5W3VKhDRTy"
    "0xRnFIgCZRmR/DDYdZfAgT7jmQKrJ891j9nH/X+/hVAxi726tnP7X6fIBpdgh+SayDWBJ9nkKXk77TwVP8EXvpnkouYIRbzG"
    "Z5T4Qe4HJrVihskaa9GRdZn3tAo3gCMF8IpRbgMaExaoTfZY+e3QOimhZAYV46v12UPaV311M9b7j3ZaOG9/5/AEzoQ+9b0z"
    "WojtYevsp621dsBTIWJaqyakkZmleXnvHrTaMz7xvg9e84mQzqzcfbUrmHZk6W5seaLxgnQKxhj/1hCFbRvSHW7oy6j0BaLf"
    "Oabg8+0c37v+1chwDZR76buW/BvjiSzN0Mg8WmagDBu1apF4/my3jDuWFH6JTGTAkZYnOZZhPPKM4NOW8JON2+/WLmUkGVb5"
    "Ip/SWwgQqsAMsrBBcX8MS+ZSxMmuc9HckN/a/XJ/LzAiwiydz8PCfPLdh3YBn02rL+35u0RObVQrr0+PcD91S3WSx4QUt5RQ"
    "Qg8wo9sYheKGunbKFER+vhV42VhJHaw1MXkOB/7lEr/VNyXp3t/LAqptucKijmd/NjNudOtWvtpxiqtB4dTF/ctezeskMJ5n"
    "xBd84Z2T3l+KK6/fMaK9XFImPVA3aGR8c/kqom4MZnA3k9XK+T14XLCgnaToRj18R6FZwGHIjea7gCMn0BBBx29iWLtT+RAi"
    "Wf6Enh9XvLDr1u2afpvTqfJ6apvaT14f4pYt28cyTVCM6ZKhCe+qB+UVtERyJ0x7jLMz++DCHF7n8h2DP95BDGFG7gpV3IKc"
    "N7AfGxISAi2XwbG3NDUa9wmu11144186zPWHOjXBKPyeVWUXqhoIghrBsCGhl9RYSU8GmO30z8ExzeDPecl1Uab6ltUIE1bz"
    "yHm898PiWi7Ev6ncVzXZucWZdagrUnKX6lkROscs8TIA4I96VHW15PeK9bF1duiM4PgKHaHE69pjdFGrZpOv4N6rA4QLBWor"
    "x/Nf4a5893g4u+fOUz5g9kO4neXlq13dTtVm6DNCbB1j0miFoXdZqVLm9s63G9cDY5Mh+8r/hGkdnoKauwbG5gzUXC2s1csp"
    "oEuPV2S6Lm2Stm2gUeQfRY/7IQfx5OQT1dUO81oINFUIYGdYp3iHs9/v3/T/0o/ipwA7dI78vbTOBeyyiomKR+mi7pXgEACd"
    "ZW3bvofx22YKaJMupuCVCWvT9depufzSQ80SVnj5tHrcqpotxXvKSRdf+v4704wgqZ6vbI84LHD3u2oNA/OWdcalShsY9VYJ"
    "u2FEdC8kZRzzGGWAbAbcRQh68Ze4GuYPxVzD+iaWXryjtrsd/pYmETRrLnLW4+oG0VPso9ZruJ5Es1/ui9/iBCWPgyE9RH/f"
    "LRtQtb9W3PoFWqeE41W3C0z/j1wUybzmqLogk/n3c4bh0giYTk88H/Jst1Bw+snzfPT2RD7jjlTaJXLVK/O/329XHAJNdUGT"
    "sz0KS1Nv6sQzJJ+1z75MMkiNeF+SNgaeqertZhlCwrRIiiXfD3wbeQPbLlyZvyldS8/K8hcL6/McrJSSbW0QTmySzfn67pBI"
    "ODFVaJ+KGHNeTHa/wU+HvzvTyURCHlZP/j9l+lhXSBSAs8nkVoX6iCeDLVZA0/2ZfXRcerVCe2UXiqgzcgao58uTYE6wrke6"
    "+iYAH5bvj/WkvG2xLycu/iruKOL3oioA5FNyl9O+7OGL3taPiiODZPaSWw/xpUEoO3jut8LgGbr8O0Z9KbQEpEXmSf7gKmn5"
    "jx0IWITHF4SCbrftgcZ4SB339Eorf/fSPQyXIClSD+/EBe4De3roJZfOa8EaRLpGnHE2lTLZxRfcV9syPqspydzvPlDfs+WE"
    "FskiZHb1mTXv3iH8hJrX1rUbtcohVBvdvWFJ8dY/8eb2SUvuBrCB0uuuWxB6O53bOh6dfh4zv9tE2wSLZRAq88Suicmi5SBb"
    "Z8+XiZRA7C3m3I/9YbYVkYJH4+hvuny9PNXzgfqLXnLUQXI1GRZx5OWOlX2XuIKC8riRXHyjHXbOCbAXHqUxlb+MosUH3w1q"
    "Pxrqb5QAbezPvTY21Gf2GfJWnW4br3P6hkoMqyPBdJ3hr11ROPaQDIhYanT+Ai4PkG+8x3xoJiNkJp2PNTeEC5ZwM3e4iYOw"
    "xPs+r37LEdK2SNB4Nraga3R5cjjXjQvyCq6X/Ey9EbT6L5Pom5N6A35ChYqO/cJeOhgglp2zdKhgBAy6rPzXCH0e2Mj5DQhV"
    "xz/vfZWnlfS+0ahOty+pPVW8Ipa24HVWhka56qtFVhTqgoxKMosM0POuvxSqouH012Ch8uM+mZfy9lq1Y5w9altdIw1JrwCz"
    "qXVRfExIS0WmxM1cljFCqVuuqN7cPwCBHtd4Gn+5wkuQxfCxtEa/AhBAkLMwEMZ6+lIVE1YdAxh/ijzp/DLlTE22lxW404Ut"
    "4SODOhA7pd245pc7Y9nFeOaEqX70qCULT9uOdfXFYxBSaovz2pJ3OFBT43WJU0+80RhA8hMmPjE/82+yQnqR9wY+jGJrsOkm"
    "qI1/Hb94+a7LKWfZrFdDx/kePq/dENUXjmHHtnEz1rY2jdJ0baOTxSpIXMcwc+lVO2OdPvDZq+5wgrpei/dl7thM15w70die"
    "mze/IyhXSkbLez8psDwCO3fvJwG1UAvc+/KqPoZUVhNAC2ij6veLUHxXhqd3sUHFUJvCgdUv0w7sbnLpbbdL8NQfjVaz9UL7"
    "8qHksfy/CbXF1ElsSeM4bPnWe31LbgPTnFIaEyEMJE1p0d/0XTFUYPk+SO0gQzvGS5Ks//zR94ZpDdfFTmX6gpBPFQxusSoU"
    "7cM5t8EtCsktqoHL0ZiNz+0/yl+yXKD9FL8Yx6aj8/krwReqHjWnc2Im3yW1LGFerb31+ZMl09em33DvP4zVrhKzDLz8blVF"
    "Xpwo/1H8u63vwIdIslDIwDcALgD/VP+N2E7c+sr9EdXvrWZbCO+mNKrHRHQ1rI4xnzRrsrwPfexiO/1uD82+2XhyWZeAeP+w"
    "HlOV2XXbocKhLiRULscbxtAyJSKmKg2uM9AHhQuY7mSDwL9v+FtAfUztBw4viihehF9OO3cSeMy43jSC+LVjVI95M+iFVLB3"
    "dsdedhl3N4UvsXy6WMhiMumPJv1xhq7c0Jhhf5MBIht1EAU2SrjFxf3xTzOFU18XipCb7gQPbLw50gJ5+Utlkq5JnykZfozr"
    "M1xCn4zS1L3yQZXLfkkGQYTM/fz7tbYdhIyblCf+IhCcMXm+Ly93baIUgSTrXvcrpb9d56hINblkMdzjrOIyz8al6vhwkKuj"
    "MvkX2lv3Bz2e8Op5PEdnBVBtq8PDstUUqOgQrA1Pb7/sDKaAfLYouQgkiWDezTX/HjDJQjZ9pHDV4cIJoFZ3UYZvpbu1xz0z"
    "WFm9OFLuZGzfIdliK26kWomls+DV3d3zdpxQDqOPmKwP2KPS+bKA/HCYgD/NAh/uQFk/6jo2eiGkYN8zN/AYgspPcvFR9vdn"
    "aUGMTOjDLLhXco3pz69WcL3T7p2bZjKMW5vkvKvlPvIsNUhb/CU77iMr6E+ziDyqAm8Ge0obcdX20fnzpOLyYLrL1MADejGv"
    "esC1HTqm0Zg9OqWCTQuChtbW0r+xpspuJctonsEB0RhwsSqjTMRPSUo+lcq1X4wQTCgrcUW4sb1JcHqt387P5WXy7MFJWVGy"
    "310Xd1atv3QH8GQf3jBX2CA7D48cEQjWXzOsYaVWRpxX3p5kwkFWBvl0VtffzfPcMVKGcbwlvcOYX4bKZRlmFIR0vKKvpn+q"
    "IGHTx9qBQ1m/LFrxRKI0Nd04Z1+VMWL7Lke6EQOHMOXLmCUVG50QKIQ1xh4g40bXtybtJvMzf1dU0N6Tr8utOsClxXOSnAnz"
    "J7nbQAnoo7IqctMZ9yDPd/j5FplUN2Iv9BdtqbQUd+V03ZU5xXn0s4ziguiwa4l+jOm3/SKohKwqKHdSSDG+W73c0Sywe0bZ"
    "Fok8orIEew7BUnyzc6JvqbO6z66fXMqQJYi4rHXLVHHwIOx8mJ9GJ/f/GB3NxQVXnHTb7elpr0bQHCuCYlQQYhv+GYN13Nzn"
    "Z68Zi1MMS4TmXvKT9TA4X7jtWSKZ8UU6DGyEST0xyP3/WYj60po11xum2htVfQeWzGq5uvl6O78dLrNebHKfHRW9JkOVgHO5"
    "Hwd2ApPuhWCvFJfcD9WYlGg5kqO4DK7SHafRtVh64johJr6/yhVZupCg4P6wC6lRu66jbEPdOdQYhJnkFl/fxu9ECYLDyXoT"
    "6EbwZjhMBODpuf9D+f0HeKSTBKctKNhk+C1ncrQ816e49ohZ1SkuQYvv80YNvsMJu3YW1/GvBjb6VfSYJp/vYeZBH2nxtfoB"
    "lCnK0RnqlgG/MTC9tsLpEt41u9rMD5GBIj6egzGYoZC7rzM8EDS1asSOqdQN5K+nLktyvNfZMZdbOMs3bPL24tHrxNn5kwm/"
    "/19GxfiOqrr7AiKesDhfuyEU1eV+y+M+NHv0MovS8sF4TGCnRP4fojuVzdwZL5bHYNnqirtm8jSVVlMPEpXZJOcyEvhsF6/P"
    "YE397OCzVFHkez9PMYtGRxyhzVELt+k/I5ieuDF1SDD5viVDEPw9XZt4UP0uiRieJw+nLTG5rs1OM/T8ZXnVyR/n8rI86Io2"
    "QfyVftXNR98aeBEqbs4bEvpdX7CcFpvnV2w/zNJ9Fw2jfZgX442Cy461HY+SqugthlQXIO9M5tlDLS692X4hxK1G56tgdNFg"
    "tW4BE7567W28qES9+7nfQTkwPOuXahKLXH1VaFGOp5p8dVpiXOoTiCQb/+f7ngp8aXZIbdQD4k6A/1F2/Z3Nce+fW+o1nzOV"
    "AKnzbW5ge1/FQsrDT9QCdzxhqNXEgCQyOpJXmYkk/G0tAfSRLv/F0opPxKT9gNllJhQOAewNZnBLuheg2PfojgoHuXMy6ccI"
    "zrabo7xCgKVC67M+R9rqxvYnWSUihQA9iE+9XIFQAWLYXgKYI6jR458IFiNt9vyPe6MW5toMQBjw57mHuZrruM0D25ilB2dx"
    "SqP8Bqxlkw4Ky2nrW2a9/fZc7K/Lo7eJbMW6WftRhkDnk2/l0zYJJljXE+9gGs8u2fRIltXwnfWLi3GTQGGM7emN6ZycrO19"
    "qKanS8QxYNv2JZzyqmEJ1F41dYW1G3RSQgqPAUyjTXg05VTsF/JrQeyUfW1Fb1P5FRZYqfll/AGHxxFXbUlWZU3Ou6XLbVr+"
    "188tcray5BNBkOeoDyQpPzLp2Xhl65snSgJkOEY9MlCyOOsQJv8jzjP5dwO4zlUkz/21LD+fIw86KEPjQqum8bYKHDr1hdwj"
    "Kf44vbOXqCYXGlrrQu8oi4yJck9r5efuWdZM+b/azPs5Y2QD6oyLXOL6Md+HVrFITP5WmgL7thHbEsHxZ/r7CvzgEIjWJkL2"
    "VkhxJdu+fi/ZqjLKXnWw3lD0rh7rJybry4m1yCD7xTdyNaPTNgFdV9xfoWqwvRBkC9Cjr8z1u2WtZAkXHSdGKZ0B0xcy1ZaT"
    "Nq0Dc6i121mSOX5Qn9/QA+45zLbP0k80nlfU1ttpjSflWnE6SJBOUp+Hv+j1NtYBSta3TlSmqQzXCkq0579T/i4ckWofLOBa"
    "O1YyPGgE5yO2J+RJhX8od2Se+EJ6gT6ZN9yEJJp/yRc2qOkRoOHhvk/hrb/HMpg0VOSPobRtAB5UC6HeGzTMsNPZIipmWNfX"
    "m36Nvh2czZxyTSfgzbEa5ecal8cnqqEWB2Yv8vKq493V5syxQ3NWopDkJlSw3IGRqjHD3KYTaF2sCPe00cO1inHftF8qOsV0"
    "qHlP1W1NxYUqH+Y+uXa7+gP8tIV8re9GC8aL75i9N7tE59jJiap2y8yHaL8TGu5r4qhW0vussBHJwG4NxTSY0Ua6Kjhi2VLE"
    "vPoK7hJmXsA7l+DMfrmjp3Y4SY3ORY1/u6+/Nqnl8rMF7M7MoNU/5OWep461c8t8VIFE5r3geTTzfPLLRAYJZ+d5fZNqW1jJ"
    "VhtT/itDmf9CoIR31JmUv0hu4P/nULrWcgPEIMUW91pAnkd8JqYr1LW1a/Ctb+vK+udy+mS9ex25P6uSm9gLFPd7nEfdvvod"
    "F8OSkhEVzM5x7scuxokPN0eXUc+XecQetYGzzIl8R/ijdkdtgHEcPCW6Y/d/Gg9GgMQLP79WDL0dMMW+vg0x5jPoo9Yh6bOY"
    "jmkN0UBPrv+KrR8JXjKWU/ltv4tQ+bCXdeOkMkfia+rtVoVSb4Zl2WCMLd/g+h9LOLpB3sm/BQV//S7+6OCGQnnHykqYzhTw"
    "Sg86rLZ8nWr/GRRXdrp7cOXGOIbl/ecUctKnHKoPlq+wkUQiheuA3MO5/mbW5i4clLsoubEG31C0myv6V2hNRx7+jFxJnNrE"
    "LOd722yvC2G0W2flLuKtit+Uxm3sXj36cyex1+ZH/q8koRQjtd54ze9j5f07eUlwXNccio+rjb/a2x66ZnzWJV+a57FVp7OV"
    "noZEyw/zjQXCz/vKLljf38M14hQmJWXUxTDKV5m/feD0L5Iw1Bp5Yvaz1Nfla02JozmmXi/ENk+y19+e4Pcn5o/CfEfVf7u9"
    "LkZe3jhwJfEp+41B1ogqpJLerRUeVRM3Tu2qxFxECeSDg9bIcoAtRy+eNNShSpHTzNz5mvMWBBozvREw0fA2mcw6qiMI9rTg"
    "S/rfExYdc7yKDvO/WoxjRVXvEIlcVqnZrGOdq+T4V/rJDwwMBe7anzdV/rGK4Ifz+/0blr+OgvWOlFDux3l0N2/p5iaCvV7k"
    "2hMzBsaYPZ0n/rKv3YpozvT5JrEMhG681rfMjfUqk0QUR28SUqTV3gdautnt1zsVS2UJ3c33FklHDr/QPaq6D6w8lHFg6x/+"
    "QuKGj/KQyvQo7AUwJI6VrgZeBjLMxZ7EPcVstKdSK+x/U+3tnEGo+Zh1wMzGXbV3ZauHX3mV8mEA+IFbcPjdZOOI2sYZPbEm"
    "kmQX793zqWYrBOam3tyHgb1fI0yukouTb347v5lA6f2VQzTELqnLhGKnMfq+e1cvIbgBO+5vZ89Bf0MR/CbAcB2HgG6H5Y8m"
    "8tedb207oXXu7HLTQQqXvn1dfr38umnnmxvJlbqFJg846+FMb80JAXzxUkfrOQhwN1GSDQeUU7kTEyebNLOW8v5XznKTiyGg"
    "TLmddDHzwBvMkoUfWXfBEpSIs0viLiDIsh/cD5yIVKBd2aklKO1/qz2ePJBQOB2nenNIPHugjQBj/bVOLtJUsj0caRXLt8BJ"
    "M49y/crHpfaMDGuc+Q+4ewNcQvTb2XtB+mZFFOv+I6w9TK46z2f9Yr0RKdI176R/nrCCjNKfD54c8/4Hp+f225kx245T+TLR"
    "nipuQXiGlnhy3JwTW78HQVUY12/49JtogCcZAvZn/NMq6KAhy1P/bMKrOZxaqmlFeHpjAYtr341fnw7uZvwopStwyeFJYEbk"
    "h2E7pm3wI519dVrOA3Kteol7FiR2+KR3R7eXe6Yc2sxHTncpc2ymcv4AXfj6bhi36ZGVuZPJiK/AMOJF7NFtinGe58B1daN7"
    "dhCxXx0A27hwZnnwrMpu0iQGHRmS+j+wpu9Xa/j2Gy5xjbF6Am1k3v4/T6PVaXuQfwVqOSB2kQ0kH9MdU0UAkRQB31RKSIlc"
    "N62Kj/jLwlXVeeHuR3Cnxk6ikNFQnz0j7QP+ydby90bLGHKp6nM+9j73OLrM8BLPrsdjal0SjT8yVK8J5I3CalxEPMRNwhpH"
    "NVOVru7Jvrtz8VnpBkjfDGHg6D30/4StK6rW/rKoWnHYyrvgz8zstgvu4mdhdir+fpZZpgXHha/XIPQVG6dqlwS2eraw7joF"
    "tvcqhrmj+vLiv4GbkdgUPeWk0+qd/riWc2ZkD7JWdxrNxtnwqmpIo7X8J2j8IRcMBdTHPYDa5Tn4mp9QZWdo/IwfdhacClvn"
    "xvfjOGzec//q2QvheXiNlxZ/Giou4QumyKnSpwWL20snH7kL0S/qFVphrqxQf0Dp4LwNjFsjf7UKlIE9g3bzk9NvZj+xcWpG"
    "xI1FdB7ReY6+hu0Mv8+Z4JszjKxtP+2ArDt39HBtRE/emukIHPLAcbQ3p04DpJu71lBcf6e7+Nj2hwPezdzauIn37D2HsZqu"
    "3P+81jnGRn8eT6U9R0ncle1idLbQdZveahqPH9PVGRN1cePr2yvyy/KtYl/PkrQptOjHRRgAm060qUNpan0QkH5l1VnBxYGZ"
    "ukXbTXvOsHBllaQ6CUhqjiEaT+rjcJrkxRhXT1Edbw8mFLy+Vxz1ONg8bvhfM75nwcdu6WdK8UYoKu1Iv+t7PKBrqZY64UfF"
    "zgay1Yntn97N/OqwzRaJjGYvl8CeePY0FqJjNqygfNt1xZj6bxp7l8iL39dWYiiWJf+jwyJmp2zavuMF52Z9VR65la2Aruc8"
    "1/+URI5z6G5rEUzK2ouPDcQy2OyOA5tTitptNNN2LtYuH76794H95mBYNFJS2ZLuQcEZ+GzmwVYOKa6qJ2vU76D0DJGuQue8"
    "P87ivYYFf2Flz5P/8gccyq1gwobL3fXCBCBbUCMN7eCQtcIOHO3tu0U+zzaO5RsqOkAOzVsWfXpPIc4DOjSO4Gt/I0iDcZ4l"
    "nV+2TvHFC772mVtY24wLcBJQR/67zjkGt7ovU33tD6POvYeNnAh055j8GsBEMT5z/+l3vG6Asz0HpQBbR+hENJ0Zgk1TwzAn"
    "irkfPMTqlalgNaTsps7fV1528MK+03m7yZDxNtgHsnqYAFg3dbNs0IoZ8o/28EAe42o3btP1kGL5FfFef1geL8mgVuyFwgYm"
    "PpLN0bmK/ii986tJsg635V2bl38Sdwnrjoeyni+hW63TfaMF4tf906sZDSH8FGYS4k//25do4MNraYmXB1Ofo1Q+J2Crz3wd"
    "HwAC303roKdRCbfu7/b/3rdeW32iHlVRnvuAQw/UoZDAKVmky/R0smCr4Xt+X62zKb9G/z13sfzNBUHrG8roYLZ7HSd1WQZF"
    "KrcNf9u1Aft8WMJWlAtbILwXAzKPsIflu2oygVvcEnNEAgJO8XMdKHHNFjY4lI3r/Pa82wZ8r6GNHb6fpN/WVnT2dYUu6+Nf"
    "lEdxqnW1ngHIG6U0bzcV2yfUIA0CFsgb1zq49nunxysNzykcoUz2OiBJp7+ej1EDvTThodk+35ROQDf8U8DnB1qTfcDhKEjY"
    "caodgZecrAU+qX7/dC4Uzi9WUrI2/tNG1+7o01sPyzLe5Y++suNXemBmjyUe0OVmk3dYHLwWkrRSw/lAFQeritdn4+BxLT56"
    "VW8Fovf3mVElkr6c6iTK5Eo1/qGd4xu4PXblZsgpntJSajF70lkB7D5tfl+oKGb7bCooeKFtdRq3rXf68RxcUP86ayvBovyb"
    "JEETI7ob2Pdp5gV4kAls8ZKOaQE7YA8FP4rzeuR2Ib5SvD2WB26mntPVxc7DlhBmCU0r8lj5dbGh5y6KJDaaDyUbmfXgBzA3"
    "KS8dbwJ9sagup/b2Ati3RvuDzZVbS2a7+GP+rp3e4nvw9du/u6peRXRFbvZ2+hSwnzkV+Q6lU9LDoGpM8BICB2XhOhr7fa8h"
    "7Y+U8tJ2qdtdi4D2zEvb5g/JRtN0eq+2Dy7CpgGC/xMpN7SHAvW9PL3Pn8vuI3fkMsT7nB8iz+8pJGQ59mq6Jm/Tod9vp7Kv"
    "TufycDjyzAGTa+fHi4XeSZJQwKsGSfpj8gzOMVHdEfNIn930cv89z3sBZRQ1XvaChX00VVjfLVlb8nt8CuF37WSw98hANh/Y"
    "k/t48vG1lMavK+dod7dgb3dDE91b48nuEiB4sRalk0Kn8dbScd2H8uqO8j3zKfSGPBnGYqMi2SGU6fNn3r32dAZx/aRlvWox"
    "tf777RnqwfInOs4tKeY0VFD9kOgodiNb0S2aU6HqB5k762fvKKK1N/9Ux1YQ2KEZU/QIVF8+HltXdvPqQZiuemPiuxxnfzOm"
    "MjCb4BpRiAtS/oz9stPOipcRe/fv4tseXt2YAM7on4WRFgxoc4N2YcwKz8T8NfrO21YNALLYs+jZpJW8714Px+l+3DLfMs0g"
    "CvNcAqvP13kRr3isEE/kesKBHGB6tSsIMhanrDddh8Z1ODhf9gtkrxiN0m/Ghvi8CC+q4deQsMLpDINittTW+JTPvIRXCwlw"
    "S6t2AGxjm/hvuX+UdgFzGVl+BD1DYSOt0PC9yE2gPWSfid/qlp0SSGXWkMCZmWA6j/r8pc3CqVX+oZN4/kNzm+v8uf/Drc0d"
    "ueu2E+YW0UPJ9ZcrbfPVVfN3vNDDEZst1JKUgx46qhgZv74f/5OR/u9M0u0K3XrtcOtaDfblcV3XrouyAe7o0OlsRyr6ue6+"
    "ZTvo4mv3DqJ/4frN+CPdv+Ty9V2GPsZub7eDhdS3E1SWz8cmAVHBph6jFyiOll9wByxOVyI/MwhSnQGH8q2WapPtvWIHi8sV"
    "/Nkn1jvp5G4smmHxVw5dJNvuCnypnrqXf7kENG7+Zxr1GbdBbRFeMiz39Y8dPUprSD55eaRmN3uy3YJyZjMue+O9gWRWe7w6"
    "i0uQBTgTyzPfvwH2ggR+aqhq/68fHB+wlWRgu1qMlPm937aKJKQkNeo+SCtL62NZpkv4IV3LVoql1O/uIrlSQNJFB/Z9kFHC"
    "5vWu6xD7n4c5UbfIixX1vf/sh/kqBgYsi0PEZZN5N+ESspa8e+NVvk1rmjjcPsc0wMY0ftB2uNJsdxGWL/U8ratCN5y8R0/d"
    "eVJphiCZSyqfAIHpXsgY/zSivK8ZekA2Ost+HEN6HUHZ+QjtzDX5WD8pWp+Dto1Yf95Yb0V3lmdqYUfGOrz4j3wdPqX2pCZz"
    "4DT8pw7P/L79dAHyHdJWjSX9QuVMlNZVbt2XRLxuO5hkHotyfzqvoiLzuVE/XnJiYaliKbwqCOWWtcm2+gze7ePcAKgtlk8S"
    "xqONCw2jPxN3ehbIwNnZXbtsxYxzu5n3HADD6kmNVVh5tomNwZZV5bebvrY4yY4GlenZCrS/35zyP/Wb57nufbdWyBykN8Ky"
    "sVJvPmuSyCegRyV2mnBXaKTHYzjJ9TVBeYjRtFnIPV/CZ/LFv/+A56G1VBvLqLAHK2bFrY6y/OO+y5h4bDmFjfv78/MbxkmJ"
    "ndksUGRTW/slQMwN2xp0wtyO/zrJQ5VeIK5ok4Cztmba6GXHX+pegu9r8F8MBJFRAwiFC9Tnvuf+PIuKHpzJZFPLCZjl6Fn4"
    "/OH8gDD281l+v8WY+bOnAdJjAimuWbLOT7Ux95Z/ItSP9cbxdURD3XGozyQ/FW0MaSmCXXgsXqZyl3hz98Y9dUGVvcoaLc3m"
    "MTpOHK6ySZp1r6YAaLwEsfdf/VSwQ4KRyOlpmpKvJxs5yqejvD397GzHvgQwfxJhh5+btzPzNZPm8eoq5+kvqS5zovEPAwm6"
    "YMm+jPAtF/k6bgoQg6vZK/SInkyhAdeaPGAz2YXIHs7h1QXhkEjXQqTVmAJiUBuXXwUSF35f0u+N6LquT6E6O+LocGguR09L"
    "e7ee8MxmcIvWmRtIPikVcHqHlLhh+FIaMYcI3RArUjtLTME4sCPiW3weg9Gfg0a+tj0tW5NREE+38gF+2FzHZi7WfynR4kYi"
    "mb4HVOSIfwOTJWszkG2zjlyyRWguicgAnd3ULSaq/4f00gqrCcGQrI0OIUVzKKK3/3cvD9WYZPvL8dkIhBP2m8wmLGRAOudS"
    "fLu+H+KkPmJNdm/LoP115ujc/VODdeUqlZhIqO5I6PytCKnhyYgkxp21NyxdsRS0M5sZTp8xWa2eMa/QdC9k4uPabyIq98CT"
    "3x7gVoj/rAQzzskaaxZ93wtS7vqd+EYx+m/2BdQey6gkqjl4lmPiiZeXU88EO1WdJzVn0iF8E7iz+vLKDs4nvtw5Z5GRu4ek"
    "XE95E8hVldnLbJhUIUfQbPdJ7Goy9BTZ5ImyzPFXQ+6CXrSBkiZ6YPUR5MF9DyxAr/w2Ko3u0/849Won5K3w5BmAh2mHza1C"
    "va1Gcgmqze50jYlYUj8IMiCMQQ1Ok9M0uWCbt6Gm60T+vA/WCDWqb31I1I/gKQFqihRX63kDFK29Ugq4CD2PoF3j296Wykkx"
    "lDL8LeuuU3k21/XNKE3q+P/D6y2W5WH20LlxkZdhQGin+CQWmfUh+PulLF+ejYqmo817euEbK9XbmLJVP2pHiUb1dTQobyYv"
    "oILLwUoqcj0T/fix0PXlmeXnKsJ8KajUfFFQsD8KBbmgcctWN0kcqsZhrtQdHwl3wDqXriwupm2aalisT/sBk7IiHChV9mxW"
    "dn8t6dF2K9App0g10txTwMd7qhQVVfUPL0DrOze147P1w/Gt9wWKXgZAXW8ETvbPtdUFXHP7fJt4q0jkT5XGwg3DQ0dynHtM"
    "dn+koInJ0OqeC7DVw8QRwEnDp1mfCcSXeSR4pNDnvEjN1qtm31HAvPVKUmfOouGST/1QNkk0Stq2aYyxIK99xQTcFYL5uBiF"
    "u+7l9LnsCOkU7mwKbH9w0wtb2Mzo6UT/x+f1hIhpKAOBrfxpgW67uYS7kQOW7flvjIxcuNGa1sqDRTik3DaMfTM1t4NMBMGz"
    "1/E42zrwxOvdlYA8j0T8OlzayljjiUkfcu6jrbE9YBfAxUU+p4JY53JiKDoEQd1ASUOZ0qLuo9j0SJzqXh/u7p0Zb42PJ5eD"
    "q2mHlT+Z5pn65wBNGCb5+3iwSTksmsw2dGc64KAiatN66F5UwLeoCeaPJ1FfNmEZ8MLYMiWAolzyGxGfUKYKCggJ9p640KIw"
    "nGj48CsAW+WvKSf2MAUX7LS9BiYPlA+NtB93EuJX25TASfc3XsaUmXlH1QcD8HDv7pLXbltzj8ruFl4HtcHzRpAZHj4gn6aU"
    "wTHNYV3mSYsVFsX2s4+h60v5v6JKzjeo/1th7nEQr2o/+a1cRDX7wiit+42eM6Pqi9k/Ud25fE4sTVAmb8/xuvFflxwxOpjv"
    "L5xwJegoXgbVtxEpHTxOTBoB/C14HZcJg+TlZwJGN4b8DEucNNVDfITYuA9p59RVOzibDyGZqgJ61JzQQnx3M91G1iLAL4Q5"
    "nyMiU4aZpI5r2KeWT8itu1l9/0zcpZp8W8zB+a4zLX+YqWdUfaOosdVd6i8obVyQtRXSpWLO+qPQ62sbTcSa+U5Fwoi6O3PX"
    "NWUr2ZmEN47De8ZV+PJ40PxIr+mLg5nVxVmyRAQBuhWpI9VjkPRbfK4/cb19FD/d085aebrVQcymj0EuCq/dnhfdE4bqBDrN"
    "gQRGHPlFq7TSaFWxKFp89p7j7rZrnv3AffCX0OK8EcEMWJpBdk3hlm4yJX8ZIP6ZNsAxOQDrGUk6hjH0gC2cBcIptdgF9yV/"
    "xK3Gd0pH8QMkzREsA7iQsAS/mWsAcVFp5vsw3UTbCQUip11s4+bXgkt3Js6+yZJOX7w39DGannwQhLnzPehi6L0/wcCw04Wz"
    "9iA6Bm5SRLnQobjNfUpuPFwG98p8/5ZYFQjsz3e3RlxgxKkwuNbbcwitQ2p72Sh0XGq58RrpuD1OLPzi1N1Xt+DKglzwt37q"
    "mkF+TVQVCImP5tXDEtX31ZaYlNx/iCKGus5gnc2ft6M2F18O7+0PRD9f+5tYJOVBeztB9iSBUHm88zkiub1x5zuwnPz56OPV"
    "y1/F4+b3Ju/XILArmqwzOkUHDCHte2NgXABXuaAlFNYBNIkg8tsgKyUvH1c0dEUeuf6JnZKYqQlCOIgh6yo9GxbM1JZ7PF8P"
    "i8mbsxgpR92cwlAudcP/XFyEv1JW2/WusM7QKnkV7j2qTpHjHy0YnMoKDRHDgXBgEoPvOu1JcxheZ+n1UJFZo4YiWNvIQOnE"
    "POYmsr2TH7zyf7Ses4dhaqjV3BzoPDJ/jCmt4RVe9xtLmU1qbxS265evS3b3Z145fnTaTbu6sdgYqjcP4pk9rU4E4NDf7Ppd"
    "mKOW/tjb9iML76FQOppN0avP6992+rGhHAoCmhTfMehCocWeIPaMfAn8S6slF/QMXu4aIQ61ocvFLWOYZyG6vrXJS3ohR9Hy"
    "Cdp2G14BZrlLxG59D6PfE9FDwFqFPSqhEujoV8z5lvb/F+zOolkKczkCoPDWUBBv0ypSvEZyafwxnDn8hmdH8BsBDPzlne5F"
    "R1Pf4PL0yIxgHKzv71g5kGQ1tKpX9E41QHWGc2unSiEur+bvBN6sJ+Pm1MkiyU3Gtqr34bntIur696+g20eo23B5Xv5Zfvvc"
    "+bHpj1VMhiikcHC+GbWktrwicZZDKL8MjkRjXYJK/Dd24y6KWvqNOeBUfcPWZDShqxrzb4oMP3ZTuGY53QOq4OrA3320DW9Z"
    "nL/0N6XgConM1Y9r09+Gf2bFCB/9JzMawpmTzi8/tp1DKtV/aT/7TN3pg9ZoJk3lAM1rtm2F74rmVD57q8iiXgg2u/82niYj"
    "YyMgYjm5PziF1PKug1KFFZaAsD2O3v4SnVsztSacLNxxMG2K3CpbKJUB9Xs9NPVx48B63YPiRWv+ovA+ORNSVej3gAeXy4Kj"
    "9nWyEYnhEmYcPV8igJYleeN6GdK6rph8VthKeRR9SoFIOCKK7YHGCTvrhcuNa7hbuffqjsFhYbNLa0PGatE0GIqBK+hS62mj"
    "h59i03rn5tWSv+4kp7Otw4jdfGFsO/6zJgjkxc0kBVheqfRqeXq55x8c8Z1d58yTLryPr1MbZTuKPGHUmxbal0aavr45vF8e"
    "pBfd3oc6SUGD+rqwCQmXBzqkZ/wldQtv4PNDlSMhnD1afFgLnfzb0Q95tCXRwSTgjcy2PSGNXWjbgAjLVDCZtSH5iV+v1IRi"
    "FPQoOTl2vpSUwjWQEiY0+fV3LfJhYYWApdQhfX+QqUdalrTafbvJ2C7JXeL50/DDkRPVAEOBMHwpJmqFrYq3U+bn/2LD2QIe"
    "ZTkZKRuZit9YmvHkpl6FG+v9ArIq5uNBvZ4qcHxu9NPeWgsnrbjnCCGfdHhwZ+ibt2fLMPyZ72Izk9Aiebpkud4TsX/Gjm6I"
    "6n27X4XsaKG835o9dcl77//Wat45XBB9b9BEv9Z+MrhfHso9VX7Yxy84CMPNhIu7K/8cx9OHmoT3X48nhN85qLtUcDbDZ5DJ"
    "s6sFNPAfkG81ismXoU+h3z3ebgD6vCMOW6cfn16ccw4fvyQFV8Mjx/MihiOpRnwrBWu9T77e3Ctubvz2L/S6f2yjXqJ8sAP7"
    "L829r3gdRn2ZS0IavjR7+3NOGce6wtsJwcHLOkfB9JDYkjBeQkTgOJRwIEQQelx3WSiGNwKGlN5kPKr87HGLod67tytuUObd"
    "8kVAwm16tg6X28pdj103rAY1S3OInNaqF5y6rxuoKCApxk5uCi3ebfzaBrnl+4bw44W//MR35Lc1n1yWdunZP4v2IkhQAP9i"
    "C7Hgula4kamFfxyw/zc3eXofdzNDlv9JqN1eBK1YuZ4is0NXJ9rwiFFjiMLdZqyg6sQNfGcSuOKIhcKIRRZ8pwr7HjFjgkrO"
    "fuxAAqPoak+IZYnPW0d6mkL9CNwx+a0te50Mn2pq0gqxcH7SRw2oFZwX28b/gcgoPQxI6SdiRPgm1mqyUqUo4Mkfoj58dEY9"
    "SSrAfvHRgVcY0pJuD+m4eyOrpYxjWz6X2jk1Xd6XukV/qannufbQ4VNExoFlcbpqWC43gvjv/zF3VSyUxLvhLbJC9ug6Gtgv"
    "L357/tIeYhYPsEJx/noXmXs28bLlgpseTtRpUyIIVzO0k/e+BtOHgPDyPtPqBJfWTj9FHmjLH/jill9U0bw6MoYZ8il8Ud8O"
    "pxH8QnF9bWU+Lq9K/1JwBjjRwgz60W4ByiegR86jCHND8eoAb7ZQjkJsLFIQRR9+kApwFWw3drLD12YRn+3SR3ILHhy3Tz0C"
    "ZhSVMsqTPgGI2Ss0gXHBeEc678K3xiYmHci+p+nTZsdVYwv6F/MC6nZp+p0BtDECROp424Ux7m92nyjXVDlPHn+DTOm89U3P"
    "g9nc1BNL4ffarwOY5ou6JZTP6S5r+2RXUspTMTCukdf3noP3y9c160ogx7eA0c1vjcebSXW+7C3ul3PypjBg4z/Yq2jXhQ7K"
    "WLNNoDG7+19XkBcXzG+Rr5fexnGqxssps94lrUtNoo4RMe51W0yV5XMhtvAEVT9xfaMOi+Jxac0BGg9zbKgxQza5zA55cR9x"
    "5Ty99ao8WbbUXI+3Ci2aiXX+mQuHUgPJgHpYyBKuZR8K+WOxosTSbpGiKB2qD0jMToS026WHC7jit3G+DxikOy3aqqtp5ETy"
    "y/w0JoIppvjAXqvrU1ls3H3MoVwYEETg1C+KAw/2d/lh6xglYyUDGly0HYB4HqxgtOdPhR0Ay/sLwnnxrJtmQcwJnnIEXqi2"
    "5qtnjQPbgTll9quiXt/ZaPUokbJirdcDxvHDym7ckOGsKMFU0VcU1CyOp9NlRjH7YoQe6fLFQd/1+cD9XECRokN9WQrnWX5N"
    "qrtpS7e5RVm5HRavLaaPylcWU8k6J5XfIj/s25gFkY3tr6/1/sMkTj2XRXvqgs5PIir17WePUsnRSxoLXaVOSLf5cfg11EyK"
    "Gf7mTQjnqVGTH7DZW/mEX8Fg+qVBN7CNsivrEiC5UKHx7+aUXu2pUew6s7KDzHYrYQFVkOVFbmwlTX/CqpszTgm1gW51tLGw"
    "2PNeCsg1pdwgz1SOaNWgx8ape+vrrNQ3cYL1w2N/tjT0Mh0ifLI7UNWUCCnu7s9cnJSzzJ7XSTUKtvMeQk5lw3X+O9P6+Iiy"
    "N8iQatL3nC+l9HE9sTOt0xsZNx8CRIr7Gh/xIVghDpo67kG2UDLD/9Xc5McCo2MyaKqPvShi4IfLdKAa9869jlU7d3coB7UH"
    "gcfzzeVnHVqAVTVIxIta28ascGKytOZI/sibzhnajYU/hGdR/DRaeolusHHPVIpYvXPIrDGxJphwuuXF+s5QlOx5M/2qzzXd"
    "5SSPK+xBwZVBOqBouHSUY4i2rzy9SIHXmA4pBcfTrcBzafZidw8Dpcunqs+SPEZ+C+AxKMJm7aOfExLODS62pDjvJRb8t+LR"
    "aGAfqdC9WRJIhlvKxF+YvJfKgJVK2XSRqPcn4mhfVhsgp2WGjTZsV8o6z+0phuuE6Ff5yuon7ipexewjXLT0XfzuSltdq+19"
    "x3di91n1rLHJr7vJhvJgFzWoLO5pvHUtzezSN2W+3OoMhiJ73DlHurzaBeYRHkws0yXeht9ENPu6viGTo+RCDz6pO8rpqv6p"
    "Bnzu4esMWzF7Lew1WGKBvlPvMl+uxqF+AgPLWNaqtW3B3Rp63HtfjeA8Pm/n3LE2XYRmrKbgA5LHwL7iJW34JeCz7fT9DnFL"
    "nn+AwLgS9NmjhKdOCdYwG3jwB3C4clJx4Pei993YnWbFZ9Uy9YyoCIBKSLRdSfTXu67IRP2fkwEXrR1sPLCuEZ5mTb/+uKH3"
    "As14jNbO6rRevzMDCuD37/+pD7IR3gtIL1I/lqEBuPZFsQxWhkT6w13qF/NuXYcL8ST/H2n9KO4iXijW4+Sfeh2WIvil5jX7"
    "Zb4YPP2GvNxLU/fxqWL81YUWz0yPW72uEKMZtoN4fEwRJkW2Tn9gANluvYdes9dafw31IjrgWPz7pmJWS0phveynCQTNd13A"
    "sR1Pq59r0sIfF7HfHJrdiJck3Od0KVe0gNcDZ+mMrprHogDPRTna9rW2tmGjhL+esoBOIWcAPz2a6VWgI3OrcUAX3Y1trZ18"
    "0P3Yiocx/erYv579nPMuU+2O+8KbPugvTa9wble8jaQlst7fKG85krYG/ekkfOyW5Mx4uY1taSzfZuEVrr9yqgJox5G0Ppu1"
    "wKdZpPqlcro4V32Y+R+kSLHmjugUBOi99d2yyzzL6dr/7rLQdltADJ3Dr7lIdFlZp8qGnx/Fgckf6eSqrqyM7YTHSvJTfgzw"
    "WqjZdgi3u5+QNeKW9FhSoYfdSIcAs3zyJbWv1GD2pg3OdvFlnJo+0g3WQBARgVfYcse4rLetc6XYta9BEJpB3bQm3h2jErhO"
    "S3CoMnKGc4nm8DeUPIuSDmmrHV1PLg/oTvZr1vMd+Haca8OMsjL3foAuhJs+xgwRX4q15WWBPNOlNX9/kvY4ph3ciTzKWis1"
    "LBjU/8fi0Hh3a37J9layP7UUFsXWj4ME9yiM/7HEf4a9r/Hk3EEo7MowLx4mv6vSAi/33a02Hb/4dZWR2OJg89pCJ0WMMOBq"
    "9erJ79xLV4OXgF5msuYJKtA2yWqXjKizxm8mtP7u+8tnL/Kqe33vboi1+sun3NrWTW9SUdnG2CCJ/hB7hdXe3Opnb/FMn8Ks"
    "a8Y6a25i76XZCqR9yplOXBJr5LdDZn61LkuQb7AoDlRH580BeY75Oe8G5y/JRFXUgoe3JcN5NZzU1sPIZ38dewGWFDq8tfrC"
    "OaQFs1BUddQ9HUWrnKn2ovvEhn0lLfOaEccSlA1NnrcloD7CBO93o8SBUEeJC9ddvzbcq/hw5OJBkBKhRDj7W4YDRom6BsLJ"
    "0y+W46npvtncZ7MlcKkbUR7qtNPzTPT3spuoIGkHeVwplBEeTVYed/ujkie2soe+57MmaHwh9kuzsColQUYKc1mlxCK2+yiq"
    "bDW8copENI2acHJoalkfNAGb2pAAFOrzAi436i5TZJ4Mtmm/nfodGVPRq36PUDrixizYkXrql0sjon2mLme0rmaK1jOqBZSz"
    "42nWwTBsAAwVrVNKVRFxYKJRSewyTPQFRffAckoh8uSlrOHGZ0P0y7OXD0kwfHF2kLgPh9iqrpebfcZZuiBWz+K4fPO/tZMI"
    "BeH5rtoDdqCqD/HXrtrGpWxQy1s/zx7bvRRmYzzTs1ESXIOLu/miDs7uFkW367mfFj1cEcs5NEGD/IgrTPLZr//8/NXwyC0F"
    "ojxHwhLhz/3XKVsdFRNp2oY+hWcr6em61N4/fz7D4TLI20TMBPluW72sMGGLg5PHeFPj2pFqCinwZmZ2TtaFyDq0kTwaCeFc"
    "HMnnreUww7mXbH5j7v2grylMddSOFmuBqwYwi79f++tBysCAp7l0jjNz6J1T7PwSUJYvDCMb1TOFixM/8afR5fwbybEQumm2"
    "GqLwP75l1PUS3cAUOQaPB/w3QQncHaRvHJ0wOAj7V3eDpAN8/+qbOMcjl53sMxiNqA0FYfUn6tENl2/htgQD0G12f3oggaT2"
    "tMJcv/Y9Ch69vl2vqLkM18WRF0aXZW82JddbpmiPwxoPeFc97F7GPtsRvHgfprxUuPHfPj/2enFqXu8FAfhbqscCTLj2XsFO"
    "QUt/sMoPJlb5hywmfh+sOrjkIuOEwPHGsGauhd8oq28aix9VcTQrO300TQ+aMq5Zq7us5+vDIG0H5LDOftNmFlvBJ2Xq010d"
    "07+cp4Qmuqpb7wU1jFcND4MRaOOHdGq5TGrHdXiOfWXKnoV/Bfb5GeFBqac27flpcx358/39B7T9iXeTVwRV1iHkQnrxA9of"
    "PyjvdMRWel0D2MTwNR8ftMjbdXd5daG7BBLJZJh6u7L/0U5KdkftcgCkI3s6lzI0pd0rfVfl5yC5mWPrhLHbn1IwuSis9bGc"
    "1dmv2Nrgd0NnGLJSpXue2E+ga/E6PK7+N3/xTHPQXfnP5zwdtDpLW8Xh/x1D3JGeXy7EdYOjscaE+Y2WBdLzwOomS1fSOpfo"
    "sjCo8MLcF2GGxdUQzZ75/YnVL5fal5SZF1PMVijBtKtUZWsTZWu8el6p38oGhFvcwO9vfE+xpsgSPiD84oRQYCAgWEN48yPB"
    "YCupbMYiZc4VS2J59KDm4eOvynKp7X3J9tUJPnNRiV0qseKSCx3QkAZDwL1drR879zwCKLuIb1FUcxcDH/FH98iseGogo3lp"
    "Jlaud3cXI207kdqp+0KxopLHcjK8EXdIyug49WOsBR1FInHfWazeNcAhjtUe85a96yezouzB8Zdd8zm+S6iwnVORsqssEMde"
    "6f53sq1Mywr9dDOvGgi8Gs7bdnJh3jeq9XXfKcLbh+YOxmUHUBq1gSfkqf580oTP0CT+MYCvlbJ4HCEMuPnYKmjeGiDt55lC"
    "l6iycdRiXQMEfstfboGYHLNCfFRGWaw5JuhE173mEtvtAdJbth+IwM/9rO3mwETmsskR7kj6U4eXx/aTf3nsiweWX05IoQtT"
    "oETIFBl3esMrt38M9T6C/drAqZXjVbm2icIyZSry1BUmq+CI9k9LpVbyJZu0qfio0MKc4sW85ymJG22pIfWJF0k4TUsqKYiV"
    "13Zam9NbIe0WRMKWNf69yaDviC+dYWp7Gk1AAItGaLRdW7xHo3FKHnBsy1LDseZB0/tA6uu5aV9pgVHue/Qc/eBwSUGxhkzp"
    "/99IOMTlOd37RrcEP+iZ/6C+4d8zP4SrEXNrF1tYuYxRfj4rxt99u6Dn8nfLC+Ark7NrvVEnki44beGHplL9aLNn0OZEscPo"
    "0i0tJcrGDlJULH7xTmLvApC2N/eS+m2MUYFErztj5NjE58b9ErdML3NSWkHK9qlZ0fVhlf0yXgLcdynFxGukxjrOkPO9RziP"
    "chTq9cHmPRx7sWHA7ojYc0Qu+7ZAhXOpXZZ+0bLHyx7Tx9HYV+Y69K98XjLTi8f746F3a9sMUlAHi89OHzTgMUQQiC1bnt2m"
    "z0kEM9Pi+Q02Pv+IRYnqawv7h9Lm+PIf1lsuu6QxA+PXuyoI18Lu4Bw47HQ4jfFHWLLGvNvP9Du01O7LtURLmNfbGFWg78Nf"
    "mma8OBIjau9dN3i9RTe/q+5sRXK7/+DN40+dkXMqD/cfOUivaViy4qNehD2twZuonMROv8lfnL69lKqVE7JejghTY5EKInQS"
    "r3ec3iQnlT754EKdKxqRfXyRtyDPV911s8USe9ZudTh9uZf5h1Y7Gy202tKnc/uMOsX3kw1T/zJ87Ga31qdwOofTg/9dKWvE"
    "WNIS38vimRYwb4oxlo/PrAcKu7PqZmqrQb56r9OvYwe1nnouCOrDqHOAZ4/HcGqoKmTUblYTPeV0cq6nUrjAV5pt9esUqd+I"
    "6NNwrtyeCrZ10d5Uh15YC4E8KF7gcOuIe8egdMBp137aUKTS9AYx/2foh7W/bP8pSxn89fM77cq6cpvGrhC57bXsIQzCM6Gr"
    "vdlmJ5pOEHah1iO3Qv8CreZhQyVvdWwbMdGNh7jFUF+UsGDtfZeiicISloEiKYWXTxMfwvvCdD6zN7YAbjboT3uC9L0/4/SN"
    "u9qcvddIOXmRQQZQo8YFppYQoHHEuQnMe/3TXYk+4B75DNxfnt01mda2H6xQlpiQinF6O7gS15HNrFSnW0cCrPQHJL4psuwF"
    "o1QtQKWxRu2cAYwzZtrKZY0xLDu8fkD5AAePQiO/p8z6jtmCosbSF5gnwC56iHFaSFfE4Q3brOOn/ObMSFGpukQF94Kuorm6"
    "a0Cb/qSscb7mBkwIZsPuWiTLw3ZfYi1Pg+psMGN0dWXlP3PFvv4mQ6vwcptSfUfFx6906qWBny94dEwIXnBFGKHx9r4N1rjM"
    "EqpA6hbccz8uyuy6fRv1XmL+4zmlzvk4X6QXRhXG5fo2LAptFvCtXaTj95ZyQKs7zVqnnwPTVV0DyB4jP2JK43Mh7EjVFPRU"
    "QxQhgHlBccksW/AArBU96nFb4iO1TfO18MD0XtryTAC/Lv6t3b3vQh/r8bdclWMCickuuBC9n22tm227OBrXgOUZHSjZHgF+"
    "74PcXvx3vhm/qOlqUpSF2193n4M09bdY84WTIK/ZRVYdxOeOSsnRRV0Stf68GKeIcclf9iQpdU/JQvKfmiWdWoZg57ztS8Ca"
    "25TKOm47VjPRid0O5O3JDJDo2teFYl35ISH+IoNkHdtN4u0c4p4NwjUm9pKXJ+zPp0VhcJA4wyqG2xaPiEWBksXOfu7FQe7H"
    "7zx830JxBrD17btzGsuehtwkDLJDTVsE/PoXZgWTR/dAAWtjIKaxqm6LhsIKe15fwLHxk4rj3pDlee9BsVhQIVfBJiO8AnOD"
    "6z0ivVyfghxNRVRc4XZHp78CVVILo/CrpK26vtOyqu6Eh7/HMGew7HzhOoWlicYrsJxMIykZz88QmZRaF618+eKzt8nag9LZ"
    "dpqlS7hZ1Dv9PNy9O48ILF95YrEN8ctgTi3iEXbx9B1rkgje1h8GZg9wlyUaq0NPdoTJoBQt5SEpnUua6C8CV4ZSMbh5ZckK"
    "DaLA3g4zPDyaU8pGqf3fzk2ftkdI/6h8xw2RXfo652B4EvQnM283lA36nMSj9Rf/7QYhKE7Ho5OW/Nt26DRam9Cf8I6FQY75"
    "j7r4b6Ph9KFBB5Vy7KKqsUD8eQWpCTDBdiIb8fZgZYF0T0K53lKiP18zPr0po61zV1GlEC5KvnABOc60V/FyAcE0xd/YNioP"
    "cMH3aWTKAh4P5vfVDkiL8Bf1tBQrE4UZ7WJHXm9jGWP0I5MvsZTQceHNwVSfG8M0527/VcwsXUuBKvds0jzm/mW6CBUy+Nb2"
    "BavlBFLS4+GOjQlo+7Xp6T9iLPVq1bJZCv8Qmt5p1cIaiehELTfL989QiWqA05yKo79WlbjBtcE1ful7/jqbtpJIF1P5o7RV"
    "Tsg3fTHF7RRzy7CuykLBF+bR0U5VWEH3IX0g0sYpFJfIDf9nzMF8ZyZN2yHrdi5M5WTMGuPF9wgD5DY+ye1XyRsRLUPjg11w"
    "1jfU2LGMpfBKS7cimLN/ojsQdRRWpTXWePZzCPKv1JdIrry3qx/17DzoSsAqUIEq5P9MKsoIuPfrfyBAdnJchr/O+X3p57XX"
    "j0fwIUiTkloJvXjxJZ2Hmi3aA3IQ+LxS8KcXSp6F0kdy/aCA3FQd7yLF+dxr9lmD6/veY/Ul84FaMc15748hx7OMj7MUT68C"
    "NDblru6YZCHszqyGp64aLs1plc53/J2XXRvX6sys6EmEp/n7pXVUpCa4iOPpC48B2UR/mOZ21hwPIAK9FjFyPJWUTisnGJ70"
    "xLN9nDEHPG57gk3fy1avYQeq00gZArpA04dBP+2PchJPOSkz2tomIVl08qO1VhZ97ZWCR1IUVJp++WZgP/MvvqG/jR3ojW3O"
    "/yAOASoJJtaJnVfln1QQ6XGLLtAeIZJELn8FaxfsGUPY0jqkpfi/jz99OX7xjpZUvbZ3fZI8By3ft+PJbHTQOlwpzdex/Nr/"
    "fPc1/NAp9Yeppv5iiuZHWv8x57Kl+NT5ut+UxCuUmoB75bhATX0NyZ0OxuhfyxPTpHO6delWmxF2e09u4XCfgijkf4r0qObk"
    "AtjSn34UXlHpmA1zAic09185cSO3+CBN2Ml5lXvbou5teLg8/x9vA/EyuKCG2C97m2v1tpOf5836zZWoY/1tgiTML12CVzY4"
    "0/IRDm2FVCXAkRgoFG5E0QMPYSXYWHgvEPVofy+WrbujusiPAnDOVUm+hngucLA660HJXurHeOkMNcRsg3rydGmS/4Pi9V9i"
    "K5zr+fyp4JQP3lCchMRmmUVCGJI8wqvwbTxl/26fjT9C7H1Pt6hUdjWixC+MnhjjYt0K9AD3d0M/1SYgUDLDTHK2CX2TQ/OP"
    "Qt68TDox9pv0ha+KxvhaW1beuXK3NH/K6rjhaC837jKfZX1Tp3K2KqnGJXbvemJdHHMlDTm/9F6LZhNt/mbAOkk6hRS4OSNl"
    "n7u8hmMZPRVaz3To+n7Fv26VlTYRsgMJgt2xPV/cw7puqgqz2MM/m/DWzaHqOC8m5OBfECNCnsVosCWG1KTeaxje578/IYAP"
    "L2ew+3AVuZDjrhrlm5RA5ENY4PcGPR59m0CZct1xS61URa2754/U9GGux7M3EhfO0rFne2X0Haur4XIH9qNv9hIRan6zloSy"
    "pyH3FkTCvIZnMoZ8JWpmAc6/a4r0kPWNIKnPMX6pjpqd+gdGQHZUZfqr+o7zfRRzcPuNEj7rfi8Xs50hNdWQT7L6XZXIFsvu"
    "yBe1PIIS98yLojJuD/HnSg/XGVlsvjlfQn/TfX7I/5YKv0219y0n7rW1X8g/3bc9A7Qy5JRlwCX5HrFWuv5LicPWs0ByTTL3"
    "OMqyh91YIv8aelU/PZjYiaKsDjLnIZeopMEq83lJT/s/MJkWLuHdQidYSt1ze4UI7fUwdM++6dko3XTzUY2AcKyaq1BKZWrO"
    "VDkV3/bJMwxr8v02+srw9v/m4oD9qM5aBnj7uJ0fR6HdAocAQDvFe3qcxcWbB+ItjfkwbHHm63Nde4afTwlvZO9qtPuvF3z8"
    "WGq8gckC1OMONe8UPCgxRuBQmXK/QjYTkse7Cpac/x4/duj+uUNTYPztCEgYKKeDhnmyVD2z4qW3ATBotuIBIYZ2/VJiuU1p"
    "cYe14v7EIbiWkFiDoM5Bn6OC7CDjOTMWhCyPSZmx3K+mSI9koknNbRmv1gMkdiv13vYMKOjWQyegapfof3B6sQrmhlKp7csy"
    "UXcGwdPUZimJth0oW9cSoVyE3M1q5h3dkk9NyG9yG+4J9SYOrpjHnPtZyQizg0N2gPB/3RFPX2hfATx0GdO63rGXj7qlHpA3"
    "WMsLdZNCD/4y0NJiBK2hs/epGL2ZWQI2OUlq1rFZ+N6MlHTHkUYU9TrWAhnOCzN1wRTp9uWFyGX5v9FFmJ5no40ivKsFnyDO"
    "POSsVeGkeyGC5fqL9xdvleCdcCNR11mTbuUgbYSrDr9KzZ9P+1E3eM5XoR4tqAw55JlVbaTqypwrdl72RwztscZ9ESzDihyr"
    "EbgBE2rzBtVzzAFX5WXnN1W3ruOAIVt3gOg3/bYibR6UQsWHqb22/UAxcjHA6PbiHwxC7LLFztvUqtsRnGcF+dozzRBVgXNr"
    "S6U+Kc3yEdfqmKZzJXEqHixxm5KzLoPr7YiqaZmyNp6UwpaUGB/+kltdc3B3kYgMS1LWqco5F3o1m6wbaQCp6o8FUt71MMuA"
    "p5xw9fprNY7z8KhKG1S2ccdo1kgG6pWGPPlhW97iNIdbfxSNLXj/84y9w+xVsUZ5KJryDRVx9R+oPIeWzPdCHc3r4vxy762T"
    "sBfd9n05TLj+sXtH94ft4pp3xmzNnY3bcvbz47UfSUtC1Ig08Hgk9t1TnY2jKrXEK6DIQa4L2HP1ssv2afvgs6kr/CS0mM8d"
    "eSJ/610zajbQpGVnyjZyPf+Iqvx++u1az5m2QqK+92Qk+6R151xVVLH/Cx2ana9sAaIWL7E3NQ5zvXcrNz2ou9agjBdonTVO"
    "UE55IuuNI/vVFUGbYDPH1lNAFv13f8+kkIxXd3YL3TRCDjy8v85L66zvRtEr4yu1Hrvk4LIav8nzV6sLmbJhS8tulwrpp17/"
    "lDfN9fgSMbA5du8qav1bpjXn7fXFMO/qV9hw589BGrVvaXOGTN/DeraSiN1dvxTx+ukvYr8Mf7KbWnKED0sAA7YYufG9mR+q"
    "r0vvGAPhNFRI2/oPqqLHod/WaSlZwcym+iROgEvLISyvTDalKt03UDz2E+S0SRXNdQOcxvP/nLZq11fkQBg9gvONJqnG9V/y"
    "SZVIqvcciti4VQuMNSy87GIHwLHVsP/cfcjNW8Lba3M0qWlppJXvT/V+H43rQ4XEh1pUEI1NGXSVeD/dxMbmo4AjP6Ue0S5d"
    "bb1XvO1Kvc32Mc39Zro90FIT4zDrbIac/HDRkXESietye004mVCu5l5eBqmuU3Yj2ZVoTm1EdJCviLSjTaZkUtmhsA4tXNCU"
    "o8DxFu7YSd+wzdLuFEmvsX0sMLi3p2pF2QvWRt0GINTz9QK6HBNfoFtOlScCHivEy+TGlUWG8XCLP+qTjckTnaFYOxrxOoq5"
    "a42VaHYvUzHXjwH1EDRr2brrUnZtn7S2NchPv1WWM6JGbRuQvXcXv+A55rd++4i0q4AEHWt5Gqk3ibF428nE66WNp54La/Yv"
    "ss2VmHYP4KV+ScouzMa8rnhNXLdUiCfl3tL7BCt/1Qzvq5SoMcqtCFAZQGPMGH11xpvbfR2qUCkuPt2zNTrW21mo2730f+X9"
    "WDHDZMyjgLm5DZvsnGYSJmKJvpLsPiW9XWW1tjA/eLAgSqEsFGnbSSCWe3UFdwWH+mXy7B/4WjlbQ8xG/GM/WkYFNR51bHPW"
    "qn0LznzmqxxRLoMc1W/x/3nrIzd7KXfX/LZtfO3e1CtJ8u80QU5cHqWW795l27trnaCVtMU1y2FxAf8pS+1ExtHNROMXBp+0"
    "eXyI5SYpJFOUDeBi2+Fb/DPftIE3eHecp4/fzNw1VBF5MVHEXe/TS50QMPFPuJSGyurz+ZhqoCP+ie+B/dHWEK/5vRG6WfuX"
    "HCZa0x3irOZSi6ilR/L44YpWD1pZV7XwoeqYvP+dRZg7uk7KZKnpxXSi0fvkTEeceupyTR/ey+ez22O7d6qVwWJljw+at0Cn"
    "IiFRj14WApD9iOHPbHxOHw8D5M6Qy4WXWvaQLnVVhz0Fi+upwQLq1LX12lBd5km3WZax2kCax5XQr5njqUjU3XaGfgTiUpQm"
    "qilEaXX9pj/4/hR+yjD+C+ccRqzqMLiv5HP4/GaAj+vrMXCqBMxkStL2LJEU8YD3afWBqqq6dlCfCeaDI77XTLgj8efd4Ss1"
    "oTTlLdqsq441ckbQj3hPeV2lwD+Jq0J2Mk4/Fl72w13WsuA8DIgIFIOsH2/bLnZ+JMNdaGy17XPL2PLuYIa/OJfqC/kD4cVJ"
    "EZuFxRCGPKRh96TfA8F1sgn4U5PMrTr6SmDN+v+rIYJ/UXHMOCe00UTh6SxvJer6zmHigJQTGtkCSGP0mXtPX/ojaLjPD3vX"
    "Cnw5/s7BRd/G2/UL/OdFQQTNpUycen735aTyNU6QF84qIz9K/hOSh5raxbFE8VNvzIG8+zvRTecpeWD6EX21DzrO1z3l5OCT"
    "O3dRUTFo/x1AWn3qc90beGEc74xZjM+FQ6keo3yJh2Bw+d4dx7TgMKgb4r449ebXfpH70iYZxiZLsukJY/EkPdGcMarzUc9o"
    "+f4/RiSerqm92FZSCU77I3ZKsQD7EGGyF7L0znBhBUpreukkFgeJx8mLcxz66Wt1aNJo3/XRb5VzebVBsTTG1jlF4PuZat7H"
    "l9BwIbGKsAeezpJ1i6YXYpWVAAkRNWkya4dnNfDZRasibRdSHgbTS4TbhlFNMqwDnDf0VT5wRLrB2sWh/cVaelHTYdHIDzxM"
    "O18ELU9zQ1fqEBsh5m87Sx7fN/cVD3dwwRF81MJn4YPzrrnMIM7IDlfZiAGZztDgJ+WRaIbXvwUynY4mKNfLYPYBEmfj7Sn2"
    "OMjX98UupwgbVOnb/Hc2+PuPh18tW/0sqMjrw97/BJ+yVl8sm3zVutVB3QuOieG4xk57vS+kClCziu0e34+RPi7yg0E4T7Ku"
    "f6xlEoqWNubqdJoKTu1QYqcUPO2NnfvnY/Qlra6zxhHv/d1lYDl+9gV8jIGDs3eeNVtu6WhebME624ZmZnJO1bdzjnMpKC/M"
    "ZsJEMgnGjDb7d54V74JjRnJzw3J8U6eX3sYD4LPI3HEe/fgs/g1w+spTPsRzCxdall3NizD53jtYRC2kLtAiPVx/EbTP5gQe"
    "ky/Dw6F9Eqq1kJiyVmyH1ePPg0cF7Wog6I9/3HXTGrqzTIxkTK2VPX7DlITZCNVa47oIjJqwiPg9CfNq6tpU83FeG07sF97n"
    "yzD1DESGA2YelRfpsRyyuYtK/+1z2rztl/vPlG2ecdZqXfo5I149/J/4Ukhcx/NLOSfw39oSF4HuTmkXR7FvNBqWfejqpoRm"
    "iA0cxqvzbxjNLJSw+ewqc3L87TAck1zCT9Fg40KVFPQyKkan+GHO3+wVuwcu9oCaV9eZrFVX4Q+Xj1i2sW1ccHkQGASOPOX2"
    "ZnZTu90lUj1WllLJvJtLds/9KlZnCuQmwEWhIoO7k3mD1V2nxu2N/V3ntHL3pJPft0K7viEcgy8bGl9cyixyVBLQQgpzTaHZ"
    "9I3pxJSNarnpuaNWeUhbg9Nf9xmYY16tv6pPbRt1mAmPRNObo4uOJeRw6XNOkFX4SXrqfBpWdavm5QjjuYF74tQUvdZ0QX8l"
    "V7HIBqD1d7Ef6DFdeZQtsi0nmFFVyQ0ebXsizHCdukeupg/rjlxngSnVEbUkmXksARdtwxLDa+KNZlEePlKuFLXrlewBDeDu"
    "ldqNWrxYMT08LRHTfZJJSXcbQkfHaIzPwdzT5JAc76c3klWh9zu9zjblFfIdS7mn1cIUa8Ee+wr6iTYR+9SKhEHao6LNkLnh"
    "HoWbYB1MBOr81p4CUP18sZmHYqQzMKaYVqcUPCTOmaPTlLoVFC6WZOVxmOEpHFSqB1ueYEYCcswPBgTEx6y1/vLTHdP+LyQB"
    "ZY2/FVFm7Ia0Sjq/nI9085jZer+/qGP4LgsFZP7wrFV90xAVmR2TarMr4P2V9EM/w8gscT19VdrBjWhaq3ruDXl5VKkbaMTB"
    "BqJuH72OEOcrGubOk/vfB11NBGWXnFdV26PULb516OS2wP0y7Hc1PHMixMpSbkCBEj4lCqu7ui0VT94GgPIY0uh7ePE6v6m1"
    "PkKhUxHgyDsdyVhqXMwh/1FW2zF13favl80X9kZZoQZRv+XS0RvkV8G4K8LAr7+rP+o7kqaZZ8tv1VXd5y/bFdKKQpOppYIS"
    "Rc1j+3RuehI2R20WS2T30vqRUNajNfZ/7FyxEc1/C9rh2e0cCb3GSPETdppn5H1xvt3MYXINEBzNVCYhUbt/79NyTBWj53U6"
    "1tW6vzBF2OuxUmcLF5517rexMDmzM/QMuk8EEe97v5dE8sdMOd6AcxCQ+3iDTdi5VSFPaMFR1Xcd69bKrrZoIBQbbqIt+pUj"
    "rW59ftkNF+UOoHtRZwcG6nNCOh+RcPUBSNGGb+9daqtVZgudJxWgzouke8c26f7NH6ZHIuaVmy3I4oF8jVln+Ux9RXO1EDd7"
    "c2x9bt9b0nQ3GjRC84Qk5PPnRPy5Xj/H2V7QNFbQX7/2Fa/qV2val7CIj9TzfxzUx8sGrOHoja11P0VuPPxqkp7B+Zls42fj"
    "LE5sokpDGnFk0HwrfIFZk74eACdjKL0Ne6QtWBtWaGf7C/coxvSU/y2o0ZK0SpAQ6em7tHmaH1tzHt93gs0lF7eVu/QuaGnj"
    "bUqY20PJL90cv1gdxXn/xXRAn2MUE/U+HSy1aO3rs3B+065S5GuSaBpllqUn6x7+DusIdeumJsNedxRep/n+tR4rWhGiy3gt"
    "Jyk+tfAV1JTAEZPYf9DuhR3fh0RQtLN/9betNerABPoAGoi+tPH/arad4IWHhF++RPtlpYvH6w/xx9UasnhV/6qjhlrx0GKS"
    "Z7rQyJlwF1GfSTcQesNqyEHxs4b4/XVCwnwaeb77qNtJFGYulGjvftZLhRir11igLqFxASW5NRhV3rqcIbEF8av3tVcuoqX7"
    "taq6xF+Xv/nEv+3klY8dmW7TUb5nf+X85GB/hl+kLGRf4FS7xdVJZIkONI5EUnA3uAxnTfxHtX9kBIGPufjo/MuF4srQaxyW"
    "TP2P6rNz7MVdDa2LrDHcxeHkxst2gpeXl6znz41jnnzv4ZMSYpOn/qe8jttBQdkhigzNERMz2gXMSI0tWtMJc6eIHJ1Vt1nw"
    "lLndY1Nj11s2pWgdXDDYgBcyTh37Vth0NPIZzY7ccluD+4FbuSAqiwlb+jV+Crw83kjKEZBS5MBIQJA+6KcnBOozsvUso20j"
    "EPWOo4F8BJrOPO7s4dW/J8P2JPXg3tFECVHlaPy2MLhJhvaK3zK3ANSFdNn9TknjbRanK9ocx4G8iojfpWwfg0hiIkJ2AdQL"
    "lJU4z9YMGZjRU0L+5rOq88NHcBq1gIlvXmQw/hWpnvh7kf+i60LbvJsQcfIBbrUhwA54KiMfLLRVCg3dSvtRTNyzvnbO9/XA"
    "FmIplzkfWGV7WVduuH7REclxPgBHz1SNC4LTV6kpp/+9Lw4nvN7StButEMxH8J0kpdAqC+D7t3En/nwG0BykXqfMxG2bKeDk"
    "Eit1jRPJXXo6Y2uBPpwkqWgg+8S8bJDmvGu8fgvRvierKabZ0ezBHx5lxfFom/vQtuY30fW9xZvGR686LAKUsRb3PI4aqCnJ"
    "k+AIhm65CHYwfFI9KxprJhqnJ5EWy7vMFrQYb1vFnSW9m/a/ZiGnD7GkwacEf8O/tOuEE8uQK3T2cXCXdi7GBvRkpAed9x8T"
    "2qbvP9FstzYNfkOhqBDKBMaaMaOT2ozgwAWMLPgNsgU8FElq73BtIftFuK5919mpOwphDkj/5PlhQS+5krWu2iQoCKkcEz3J"
    "yw+dB6acImFfCVpWpKvAVrpeb/LtNSCKJd8WpiaQtDU4jBrlgEcrYHXvdq++3giY0gQbl/XHVY8Sd97BYf+Z4Ljz8X6+qM0Y"
    "juOfsUgbqwFAEQeXkZbbRVmP4C7YqS86gLhy/Qnt0oBGAnm9/SWhcMLtaCWe6D2OTVm3zN4zjF4/Wv6Z+vSHOJLnULl9E32M"
    "5GLMuJNEPxaRXXjyM9ehe8zpZ8fcq9N1f9CSZN2PFk0uOTh67yP/vlM89dyvrSSJl+uImtrYVlRStkfuBRCBBrM8CmcuMw3r"
    "o/wWlC9kJ3ltNZ33ptKt4LdVphgmsn8spww7obH+UNVEyte+51jmN+4+ZxAdT0c5wN9kanec41Kopx9zELgqEm60gVy4ZugV"
    "w39PxXngsELdIqxomuv3rpFyuNLv+16znNcSK3ku7Set3FSF/GhPZO3bW35XtUEz/FG0SrJ52qPzWEyeFQrmBsvtvwAGzA09"
    "/CH+as0NPsIxxwvovChmeyg+hUoppWXQ/8PXGnnHadRbdBm3wX/ucNJG+EfHJDu0hNrO82/Bpih19zJyQPYvdTGdS+vDX0a3"
    "PUGo29BNexKkvXZsG1RKz877Zv//A56oQTbh2ELs6vvOGxawbdkUVXdIC/yXBSa23mQpmUt2McaFWG5p7FRhm4wbaVIXJG9P"
    "vg0QqJsB86e7htsXxaxkfp537rTHvwyTO2NvOiOEm1wlxFwA/TjBHVmSBvzFBx7WlAzYOTEvRuy/TbIC4CkXEESM8QodXz56"
    "jQUMClyvobgkUpZbxdPVNA6nUUrthARNoZLCLu7/7SpdOo+Rajwu53jZiydHDMxM2QdSgJptjT0kATQY379PahaDOB57P/LT"
    "2ijlTshhK+rBxrNSH13sh8+6OdzRL8oAu47tyMG9JxDtKWZ5+dttsjQxYvQxLFadUe4TdBfa0qWqQpfFzpRwpbQ6eEl6AbN8"
    "Fg2zMLE7c6FjA4mjg3fZ/rreEdvW7DQUKKAsYUszltXxUbZ//hMP7pc1prSsdji1ct2+7zMw7w7lEQvYxHb3miFirbkGWW/v"
    "JTpvU4/0BKIeUIQcwErCV6zOJcKNFSjA7xp+l2VyPiWaOOZU6vsI8WqrK1POYz6K5C2fta4bgf1TwCfu6IZqfqxN/I9BMvL+"
    "z+ravxvhOvz/I5Q8Tq43jOBv241LMt4nZD0Wl+l6MaqFnbf/sXJnmd449Qqz/3P4SjFyjVum9aQHYpEcxi+wWZOkBYh5f/rW"
    "mNLSRFu/NaKAbGL4qyLsuBcDVTnQeRDqYavkpzpAJ6mfHY3QGh5a4jn8toktuAUmVUiuDsA+Ss1j92kFew2NdzUAtiBVpzDc"
    "VzW1f0+hyFz5D+NkLw9bPkrsgvkxZSRJNU8/Xesw2w+HEMdFD3zVLTu1G18PRxdtHgi+Y0S1lvPidvdqN9fG268vJu6Ja/ck"
    "779Cyni0rH/4ewjlewhg6BXwJhxxiY51OgKAylWzIGRiMZYfh1zNWbA/+lasMCZ373gE3Gz8KDYPB8H2HH8zjEMjZIE9xzAQ"
    "s3ZDsrSuJINczHL4WbRWGa+hANzkntyRrYJAOme8Mm/GGoGw335Nn9jb13q5rboR2fRlUtOxsTn/42lz6CNJdr2rJirbQ482"
    "hLmvZy5ianGO/6hOjnukdahPx9aPvBgnOjOofni5YvKAp+lxWf4spIheyVwq0t+KvnhguAbOYlVN3RXLM4aYO3PlW6akEIzb"
    "ofdyyJ7Go3csitILJGl2zBgwHi//8euL6Ei27csjcea+kbDAR9zLIat9buJRPaORLHitZ7OtrbX3ImkzYScKXORGj6P/sm4T"
    "v9h9cNOXVjp0BHxL857EeTFvCXpHkyCQ3+imIPIT7HscwIS8XsvRH/WZrd/i+KveMG2mSAWA0ZpZk2YhViZN5n4ahMpYNYf3"
    "mymowvmmtGHsRzkludRxMoDePO5rf4j4EdWHrH98i+o4FWh7jqcfxFxZkfP6fk9OOPNAsASAz/z7sl00pxD/tfvi5sm3L3YB"
    "3ea+vcrDSgqj2mNPJPdUDy2c70NaZ5ojXXVCuOJ9VGHgrNG6DMy6xHNGWySkYTlKTJDXitWgHTAl3g6wbKdRMw/WImg0p3vO"
    "H56PucruJPJYle+EsjcutryLUIOctaiCTMTVnDiY+KF3eoEjczVK72Omvi4HaXEO+5aMlbwj2OKW+dhdV8VJUcIvmtPUvSPO"
    "JL+4ycCdpGkIX0S/op7VMPhJIHS2WErdS/wRMJ8IeqPXt/NDrWvOkvVf6DQlHLyQ62oef8ls8X0G3f8BWbjO/4KVQVFV8Obs"
    "Z7wd1GxzJJsH9UCwPA+ayjIs1qyBhpUjXFhH97LlhSAlMzuhoAP5YVFqJKMEuA5hmPnQHXrXkOFJd8fSM6N+8xe4ykTZrudc"
    "UtAalPgHsT5MFys7ywI2mrbYXqGJnXJ1/ETriPHr7Cm1KrN1C517ZqSK3P8ENAp5DFDbG30Nt1RDIiAeLr65PYFFg36V5yA+"
    "Cl11MILKqxb1ktGmfG0MSxwe4N4i7KoQla4s0w1dfUbz59UKGQ0dMMfJz6i7vdcxSghi31/6R5k+B2bR0R3NbTB7P3CUuK1r"
    "5j2utMWWluepHpc/mlZBsrJZ+X0i+4YL/+EvtWXmg7SMs4Xbdg6xSRA668crjoWF0oHolDHB2mM81xKVyvlEvYJkWieVfZxO"
    "J0psUJndJsynMKBmfBr4f53v03EzlcN2OvzIjNqM2oZArJ8itcaRv+ZxUbR4G9kYNkYWo4Jk7R+t7dD3AoIAeTCzZfjHewa5"
    "GNNfLY5+1Ylt8m0gWx+Ud3TJNaHghY+DV3FVbN40FRlU0IhS30KXFLh8Zf8S5vpuphpnETz8FzU1WZm19LdeKm6UoJzcmGoj"
    "FI9A985qS7E79HPOEgmVG76gUiTnYSshdTjwIyRkinYd3cXEV2Xc5E5talbbPyORvusLsDxrH+1WDlj/x7feDRtJ7Me9i3Bo"
    "/NjTj7rc+pGPmQ++K2+Nxxq4jRalvyj9eoUSyR6mW+iM+mghQ/kREjlhNxcj/8u+LM7Hb6CH1eNGYazNPqb0FRyOKGwqmAye"
    "uffyMEg9adyVJkM4/REpw35bYzOeG8dM7F04X9GWM/zgt5lKE0ZzOOi/fYXsr8y5GZt50xbM6X217tJQoQ7A3M99UbrZF6rN"
    "rM9yMzIARk4CO4lrYNO8f0yRm35/TfccMLrZ1dP973b7b9Yr+5Yx+h935iDYunhueb8TwhET7K5qQSP+XjYVcPPQIehP/Sn5"
    "yKj6Y4WXBgxN8BN39tWHy8yu+s8vumK1uV8eyK8fVSmjD/q9yUEYoqiobm8NgitSeRex4qmUs8791UVdidEwrqAv6egXw2A8"
    "wIKUFy4ZmRvj/Zo/40gDlGj3cmA/xyscq7zZzjT2/Vtay4Dt9uUdMkOhs2s+kyOdoe+A3neCGucw9oN6cfjwQkJ6/ffLPQxY"
    "BG/2W9Xee+H2n6T5/IpK2tZgBJ3GrHkSPM1DMWLGauK0TvLqbw1VG1pqUU2aLWuXMkarV+KDoCI5/f1o6NeX78kdg62WX544"
    "U4W+jH1DLxQ3Il95l8rd/DJo0XCNILjsbu+arUI/0swp0W8svuP/zQfhGLck3AKK+Jfgkjm7ggudBp2+/9vlfSytqz2mUmnZ"
    "7pkk+/M/y5bnxbXDWuTiP4kRCYEsUnfSjqmniFb/e4/6T3KPakWBmv6k2e85OgPMEiB56a4sMQw3YbWmnIN5q+IDxrXVWTxr"
    "TbEFSnE13Vjw2m3cob2IeHjcecM1M/zFP1nhqVL0XdK12CxYxu/6DQpRvaLNLsO7sdILAFHlNUQzkKY3uvsVi33NwnAhLDjV"
    "2g7svVC6+Oznt7s4DmodpcP3FynrzXIe3U/WwrW3bzTo9KlvAClIzMhfjCoZNo2XGwF+Ha5oopz8embG+3kfyk2KL8xeFMNO"
    "m3rZX/e7nGVIdjXPBxV+f27LVHV29C0A7p4j2dS6mH6OF7iLZMruKuoyx+RfDRS3h4U+9mYfm2UvfKPsUjnk6dRCf4hE6deF"
    "jv9jAU+1QhXJPlfh1vDHSl6j3E9w3ee/sWrFKZkMmhDe5gsfLZJ3/dhVr56CkvSNJ/MLjDOt8EDA+mLLPnvJAXSw1ce0dVm9"
    "RmdOjJv3mY/hMsMdWCP88J7Z05Flgujqysiz2ICvF9FWaXX0okriR3lfMOt2WE9i3R0/R5F9DVf/H6ipcb+utXeivgkcTaJL"
    "ts3yTv3OFViwoLWnk3tu6bhRFsMhALIBaomAlf5M90ocMMLSpp0vUkcPzGLVSjq/u3de7ePYm11A8tD2ldYaxjbsvQpG2uer"
    "Fhzyl88Ez5zUtKQlQTQvyRlzVEs+yuIz1V3NYYinhxCIyvesvsRzorSamdOcV8a/ADxu79Fm57MElX154jFmqnSdyi77Z50r"
    "a72I38np1Hpey5uGeSbWqulFj7/8TU1l3Hr+SkiqMuSKV9kHVrN8eiH7ufsjhe03861cMpwJtnYroMn+Hy5lN0qNVQzPHlIc"
    "y+RlIKPZnRTXwFhB6XY/XqtwKoMr2KuYeGB/o0eLbIqaC4xl/Sr4ny2q9x+18U54Ard5f1pJUrYHk1SIdC40C9ERosND+Cc6"
    "esdu3AG7RQ8ehJd0IgxbNrk2Ltae+fJwkyhpWZ3Hvl1JsgSpG9R1XtkHpQGeaQri5SLog8CibCps4yPYMf578ZzBcJcoWbUl"
    "r5LJ+5y8+fs2bs3CevmOsjQsMfBORAhaMzGtka4ohVwKMiNAvEWuxbzWDVK/zVaK5u5olp7Gh5nwVq6a9w96u2pVQvlG+wWq"
    "yw1pSHkCHA8TmJvqjMy/jpPXC/cNf5yzpRXgwVjQYywbPzY5WlLMtWpHIV6F7cZJt8/ftnRj+0uzYCVhw+nXGtV36uOZi6Aq"
    "UmWGnY9/zGRWPo+qgKUDCPM+PjobXTq5fgjFcB+BdGQINLE8MBfqBgWEknE1HQ63/p3gP1Fyh8/2+MZmZu6UfH4lQ7UWamiq"
    "1f5rcRE9nfvYHDivVfurm4PclRScVI+XAW5RpL0uyxbUMmseKw5FnQXYjnLsBhYbym2qV2554a7G+0jrqCJ7VUTXYv8Ni2W5"
    "TfBrygC4RsZ7NxnDByIkkUQP/6G3351/lP0bJXr1YCM34ov7zdV8/6KTe961qz8ilSXWgkyioZmTC6XMO36GGHmvzhW2/ncz"
    "NGjsew605lDkcaHlSyoZueweG4HRZbpN0qyRq3D/3vIWUYlNGOjwZvT81AWldxPRmkh+JartkH39b2lcE6EwL+Bf49JvbAnq"
    "H/MZszxmHshtmSvusaZB/SiynyevM3GXC1fsqfbW/tttvgEYILhtjxI2mkkzpbTLfu7z7Or7OFcaxcVVG1/+QAdj5HLtnR1J"
    "hPYhBIgEZb1i/g4ffHuigMcUJ5IjYIZ5wf9gSZebFYcfaeEwlk5CGBgJ8yaPZwlI1d6gbF0Tzf0zmspmE3G0FYnuZm4umVsa"
    "ydNajyaEbrmlg212JpW/Sz/U1BYYnHrGktp0qj0c4z7pnKK06KOcI4eaON26z48X81u0Z9VjNSRbV4+OXAqoX6FkbLB/Yrt/"
    "BF50nzzkjO0nARHTplDliYTLkA2uQFHQWTSzDJX2nukFe/sXktzmRFY2ZXJvgOVmJ265X0M3CLmWnxx+RXygs8f7drLSqk//"
    "svhleKYaNcHlcl//FK8aGfzjLx1GfdPcKtsqV92o3p054fN77tAoGY80d0lX81lKTO1fgyJoA1LsQs1tZ5nLEqkI7zQiyoNq"
    "BzDXFqVQoPkruUnTBJ90wEKeQth+jvv3fdr8B6MGpvOf/rGXXeBcCJ562EB3zoB0BNc6Ibq92Lzb/gAdoKp2uBaLjoVYQYAn"
    "GoNNP62R6nPJT+jNF5n41Nz2HuWg1pFhicX9axYJRB5hEpsknkBgWrkfjBi3WaDRvV46rz6vpdo1n9LmgYlKVftRacNnxA0S"
    "LLSq9nSsBIpHJFihP+MFRyhlLIGcBHGnWpBdBHh/k+3kwfqjXawzQZfNV3Qsme4Q4cLOc/gwUo7fSuToa+b9E6mX5XAgoitZ"
    "nbdzG6FGvizxJ72f1ifOi2p085U5SW6w27KQUg3+dloPHmQPhZnO4o9HoKkuOJcgUVzCTQRmPkr1+tHNH/segZyRho6xR3vq"
    "iy2IyhIaF8bOKkOX1xJ1BeqlcyEX7anw7PZfD2hwpvBITKFn3BvtBx/OZBs+zi63zfIeup2DF0i+iHRO+orJ9fdkeMXjO78A"
    "oQueTyZ3scs7JeFuxaKpXY6avpj1Lb+zBv3PW337WJ/W4qZyI2O/GfkfG1jaz8VgqNi8i/rC96O8K+M2E1Br71GtftNvowy9"
    "UuB/HV6KLBgKo/eAckzQHovwr/nIw54M89tZ66cRjD22hTyU81+zStNBshOsTEGrCxwHtGzImvk/oFdlH9Q2eVxwSw/eCjW1"
    "vyUyH4F6vQi54U+n4+iApsaKrkYBV5gWr4zaPWHfL8xNFCu8Y9OefVPDIdxhWMLjxq+r9OiW7TbViN6fQEcVINFKBIXrrq/K"
    "AUHnrNHEuraMVvTsjRL39gZhOsKueqjvL0Peo/33bQtryHOMl3BFp9GjFz+ue373UbfC32AuSir9jRvYbN3zbfgkqHJo2dXa"
    "EmqG60GN94mlw9IXKzgyFDtadpwef69X006BcAe39VS+fuEI+hFV/7hI3nGtBpOj1Zpg9v4w7JSEOtu2YFhnJrTJrPrul5BS"
    "fxr+mIyDybKJM/kiSheQyieXZjnXD2hFgtOvAXXTyQF2oBHTMOWu7q1z4Hdag7MZ6ExGj63LOA/dbokDy4A3f0o364R9QOlU"
    "8T6weJpeXm0BMcZL6YapD2cuOzV79/DYvvkGQvTUxAAjWd6++EtM4l6xDV1DsBbNB4WJ/mCBFislwuYpINkQdUeM0ZsS0ky3"
    "5wCRhfwwitH8lowwV+6z59g2uI88X7IAgtr3YQUHm1P6JnFyy3IVMUn1zVFl51QNV6KNZ5gK1cUYZDQ06I3y1IU13IwKHfGW"
    "v99nuI2qLsuVZG5D/JYNPtdvAMXw8xuTWal+YHUF6Ybs/2TlP2G4xvjrkmq+OAQXdk7wb7/3i3CiPC6CcDppD+DOMszj6+rZ"
    "ghq0hlHWhcWV/4Yl0WiLyp6ORDtf2nCp6NJe3nTXShlj7Lw2whsUTyISBu8oi1izGJDHdLJv7SoFHurMG71Q0yXcSkBPLJA+"
    "wvAWI2vmrPYk/FONuUUGge3stfk8Eh/F/mgwPD+DGZ6yXqq4sIVqyZ4DuNw4wQ483gO3YWVw6XNj3R4W2UCn3n5pzRrU9EUN"
    "TGst2P0jTCJkUXP6U4XcOiyWWKo90jv0yRlUQjgphiChaFj2NZYEj3QsH6KOkkmPmwrmX2i6tsHvcUrQ7V5gjZa8mkr+ywMv"
    "VNrkRb3oJJNXYR9wyM1UtE58Q+JoQgtXPEYrDsAOhWoPeKSFXr5Lf85i6iGRZ9bijOy048wnizTcTVTti8g1tvoIPsNM342m"
    "VH04SusqxEvInYySZOaxr6YSrjiZ6nPc/1g18hd9rgyeMi0E97Nw6pvSGq++4NZTOPYL/u3EEP6n4M3U8QlcUyOIHJFLy+A4"
    "Or91zluPjaP09YwRsMQfR0AAYPwA2gKk9n5AnCwFAxnystem4csWkMEWrHANClYKAdqZcHw/Zi4dd2E1VWXxO1t3ca1RcoI7"
    "nE0svu+J7pzNupwSllib1id+q9vAGxhPHmmdmbGanyDusr5IYrT1Ee08/cGYSB4wuz2/eDT+KVLNQrCWPrIUOYvg/nZUxzJc"
    "Iam+vzJ0N24YfnAez48A7vKF0jahC9som/Kqo+mCucDGTKf4PoAtTQ3OvCKyNVCAVtJWCkdtpV8GTnEuf4Lalzp3Icewqy3U"
    "JEdHdyTSBW0awMLR+6JQmLrJTHP3qw5R4YqxTw+Ty0pdMxcW9BQae2H0R1nedyEOoXgs+TLdwE/IDUbcGU8yk8SC5WIVMX6Y"
    "KUII27ILnaARvuE2/rkiATphjuNjAz2a0T+Tzxdp32AvuRr77FnvNSKCs/reD9zeHZrOwG6M98mLr19fFLn9ZQyskBPFS8IM"
    "cdv+0wCmng4XvvinrmoP99IpqKGYD2F1T2l7uH3uNMSRTNJVo+wtECV+SeRE351v7/ZXehHUpIXjH3a09Pxcl6LPNL3wGJtu"
    "Gtil4aPenlG6c69qXpn7t39WecuBW/5TrNZRFf1Chc1yz2gP8FS0ydqaVdft2v+Jtb2w6dnONKmvi3vJq0wI/vkPATB1IZ4i"
    "qF1luhdrJqlD/3gc6LfsNFQ7ziofJnSVIWkWEtv8FHWD+6+zB/tgMcXOtkphUSTP2EUbQxFE96oK1sPqQIvCP3lrdfsw63fV"
    "OSz5X6WFY7eV9v1gepSfDI6il/t8sBvkovnTXlbUc28CKMlF51D6LkbvwuPHHXFJKwKYSNzc5B4ke0cRfZG0ySLH6uf4gr50"
    "bfTTPauh2T4nVnCeVqPmMdceyTp5m5Gr5+PVKaiME1Wzyv1N4UGfOM+rop35ig4764VtCrJpCAGSh82wxp2yK9btHJS3EnPb"
    "zefyj3f9oCzA02SLxtNDxW+3n/ceVTWTwrVaKi3teOGIE2e+z6S7vQ0psdAfcom7GXlc+j3lh//Sa4A5G21mQPeFeDEtQH+N"
    "6Vfp7cUE+mjmMzYeVfE0rKNpURZ63/ysmhpO8awdjGQuKi/AumdBmZ5nYxNOFcm5no6VSoR2Z/e4ovtC3r1AHql5H41Evq4N"
    "e8RTm0WDBfbKzpVS2oOPsy9gLJk17vWvsdbI7uP/EBWifs6AmC+1sRtDiFlox7X9scuVkTnQBlJukZ4d1B++/dUX9QRJ3vKP"
    "J4nDQs5bUGrw5aT5i8dTZ0E32WgXXRzlAHVmtGbrHvkMapr00vFxp6MFTDXLJ+9aPt48h9yqwXbqodLxbIpsoJnLaiBvdQy7"
    "jwFuiUToTXrK36YzxL0OoNeKEeLU2fDvif91i1e+zLKzOhTNjobtjdWzU3ZiB0faZ3mn9caHUUpr1el8YF+SHKgnCN6lnd9/"
    "Baufc0h7cKQX1ul1+F8yHxkw1wh7xfjQb42i50wHeyrlp4jCktM+tDCb3WjXK65SDMM03YCiW64/G5vIMm/exbfdXB6CN1fe"
    "su1SD+QRdmJT6oP97HeN6+1UmDmuv1Y30WGKYF7qd+j0b0mmE5YPiDGQ+G8IP9K+C8AgVdaZT9n/i/CxgDfFqy51sP8tK1EQ"
    "HU4NJU/WfJ20HUO2o/iOnxEHbCSWlDzW/y7u+4fezmGR1GrZnW2PHr0Y4bDjbWw9LUkEfJo4BBzcSWwHRL9QDe3VVnV6QABf"
    "IzP2AODP6LK5i/FfpV/Aj0oyX3C88VgKUhtN1g1Sj+lZRbixHvDhrJhKsYFCfmWCcxWssYTVTR56BzXwqASbd+3ixE8zJGwt"
    "XYa/qKbl3FJrHnVMljSJL7NXqr+IW/9yVWOEsh2DCxp7VElQ3N15bgPCOfNt6L3xoeLrAWv18FDS3hYuhy/KzJruyd9hD8M8"
    "k7lRFe8q/VkuMPVMhGBfvAswlxcaN3TQ1lwoerQ8q2yfDzbakB3V82/nN3Fe3O9cwxOR95qse50N/X2Rkyq7jqnNP3sViqHa"
    "JV7wdFeWMxt3bbQy+zSNrGslk5g3OF+soDLpXjuCIxx+dNFmh1XEl9cjI1asbudK/S2bXXtlVrzFBaF89+ZLJtEYMaYn8YsS"
    "YmEbrDZwWfO9+z/W/94eXu56j+D74jif8KwyExJw006odyK2pGp8YwfteG57BRZXqdQvstI+0q8GoZ03GGZQYj7NDDi/Ad/v"
    "hAoaxP4+J/bxwoD4SBtWxDGz6k2fdyj6flD4oLMB7nT5ZQe19kHvhTSUwDwKgd2QR5K/OyPugcZsB3FblbeOAIuW542sRSTF"
    "4Us8H+fk65Dk4T5YMkAmN22E72if5I/t04jhaVoFEKsQKuhMx151RJI+dVF9oJwIwIa3OEJhVSBi7nCeTCSd9LvssJZCt//O"
    "E7kVr8xiju19EeOSZx5wmLfAnPJjdKYL8Q122n2g1SccrjObcsPyMm6iNAai6HMlrkViM6b4ISI2IikFJq8OJxcfihfyed5q"
    "7VQ3t0zzcb0n5/VtBOKwmIxS2ZGi9NDeHs2t4jDLJKf9XFBV0q4C5U0DFy/Do7LksAfZ/Y7iDAcORkpHhk/W1A6vHec61VOv"
    "OtyMUIu38DJwVsDavXE3Pt9K1lK4QX+w7aLmd0rLW+vexC+FLHmBSXACYC4t4g2uErg0aC1su+KyrRf9AW5tbDnewxTP1i6I"
    "mSMiek9TDb7PhJLW/Q0OLr1tmNZNnq6qwPb9PdW07vZ5JGkZyExNhz9wmYkEM+xZ/dteAbqqNekjbEl7zYSxyt/vKvYsJxj0"
    "due6XUyL5+hkyhx/hxcnnemhImnZXv+dxo45Gc41j+Q04g/67WfL/jvjyPhjnPQ4x5r5Bua9nDx52H8/k2jw6MzeKEjrjeEY"
    "1k31AS80MC0Wi+VMksdWMMhneFHLsx99Vkm4T4fFpWJG8n3/7CL+Xjbah+fiDoS7d0icJALTUNSui7tE3OiAJmLU9zzWz30w"
    "Qaaph3179hGEhmOgfdXChJAHOG+9TQiP9VyveTJDnicnPMkVFZAQmA+yMguA7sF0s006ATj8UOJ3BSaJpj4bRXFrmMcUy8ze"
    "AO7q/g45td3bgyFanJzqgcZxexRNssiJVXgbah6ewpaTfHVnXPFkZkO720fSo7Jmmv7nwnNxwuERjc+v/DLye5OEZAsAcZUj"
    "2Eta3kAQe6KDxgTK5ieeuxYZO0Co/VNrGAtWhcIansbb8yXmIZxCnJheqYwUq46vFXY/gurK9X1ERq8fFmJ7tLIbwAkPI1km"
    "3/sy0F2tC42/HhbhxX70ItKzo2lrAXYpL23EjzIq4MnDPKUq1iv9wW2BzcfS5jeGPu240cm6Xq3/wJzVysS+zqn2VP3NR8dz"
    "V3BqWIsjy3MjSZtOGZ4+pSgdxzQ8O/RqP9IYNIGF4uAV1FnvZLbdr9RSSKAk+6y6az781JiREmFx4EuwTpzFpKzP3sRRYu3P"
    "RW6MObrBUy4n9CvzfkfmDHg0h0Wvd953a0zWTYK/p2Vew9uCx8c35NBFt688CFMXx4tmJQRnuNL3XDmaN9v+6k0JpNON7nKW"
    "90NehfEtOLyM5GPS3H+cqCI2cCfF9N9qGqd/GD2WYvqwdDOmmB9Avp9Lt37tLoBP67QaFZkelbb9dGxKGg8yrNVpqqtk0xxh"
    "ZWJDgpEBkIK7ZoCO371Y5KGym4i1n89CSIp6GkzoKlFlOHgSnHWy6fOo208peuD6Qhp9nW6a116DRvbe/mgbfhSvIOUHh9ne"
    "ASvObfN7lxte2kAirDWdgtGihf11mE0oQutNY0xDl6GAhwukPt8GDyQ0Ir0xbgJo61DPBzpDzJiE6qc+0rJ85tO4VL2VCkWw"
    "jYUVGGT720Qkm0+d+P9YfvPWdv5WYxte1beka2t3dku2Lb87XfVzok7eJjjLwdClebh7iIINHKVdf+CAW0EjfXdIcx2Zutv3"
    "wvHIevtRNfYDd74qGrd2Oi7ts24vLNoytJ1bXBsK2/Qilj+gUpKG9yJo7EuTgwJ7jb0jE2HFfh5c8ykH/XVfXGeb7tmWI/9Q"
    "lchuxqEpRPF3tsFfnp1IjTTnlbFp4VLGouSY1PgcBmHJdtVb8z9Yrm4NQeM4ciJ61pkWyk+x5xwZ2qLWzVzxk5/xz4/nqyn9"
    "jaqJgWpzSKl36zAwgRb/OTEa9rusoI2633JMS1bFnkWOyxFWT6REBgmmlszvBd+nR/BP9Qzt04vDWSqtzWx+bm7tmMX+hHf1"
    "LnvDZi/0mGL2YGpsgEs7Dw9wqzhFdQ54+w8hkIw5hdlHnMXbmmB3LcNemzsCAe8XdtQ12TmKgf89rifxKNhSbdJLNPuX02kX"
    "rx+/agfxWL2Frr27Zhzb0AFWcuZ4h18noa87Nx9hFgnpJ9zdTx+zSOB514CASH1AgcC99A/nNxtFPHwR5xH8lgk6v1lftce2"
    "VmZyuHPC/yy9JvPKSyc11Pt69sLWqbZLTkjJ5bJ6k0VejfnMwzLvVXD5IvZmFJwOuEZr7oT4rSDu5J4bUdiALvpBlahyntNx"
    "+xEdvmPG+rhOsL6CoXYd7W4meYif4vxRcoXSioT+rwJqs688FnS5LgyUCE+XAMu7X/pIG83wz6i5Y9hI8abNu0n8e67O/xbk"
    "dp0R4pmmbLGNMUnwI4pRXSpUxGe860BvSV0ZPQv41/iFU+nAH2M+g6o+R40rlHVjVGB9JVGXuEVmnKPyo1tau3S7n61fdsmy"
    "tcZyVlaLhRafnWJHiiK4UaLmEG6F0FpNmrnb2D9tTYOqdObOx4vXwXbU7F7qxuJ3J61Omgb9K2Ow1HDm07nSy4+9cdlsdu47"
    "ezbeK0Zn3izP61EYYI4B66nanswsvC6ftCsJM+t2GM3/xLXUBSNN5ZSJnkt/TJe0SlfG1aECE8qBXKqKZgfOHdFBewbZFGju"
    "oHh59QCdgRwcdUYugZrV6YOt6ipXb0s/iHL9tNc+C4ijYc3P+xCo1QnAQ6TktSznJBdr/ej7W+y8pho2mlWdP3taPvOAE7+P"
    "YwM4De1gejG6HDytVcwFU/T186sxJDsLgxwuXEeQnq/iXqHu2pE/Bj0NOoLkkNMzgIENePjpClxFtt9wk+MYAUbu9cT85gY4"
    "CwZSu+0k8MlvxypGH77On07PItRcfQYv3Kdr/13X/XzG2+Kb6QujgBh6L68pbRjdRszRczRVfSBCWdn5lYapey3n4jbzmGor"
    "wCp3OeTeXg/qUWO3+fOybv2MIn7C0079fivOCIKwMScdThTIal8KL98MOXBGwY9dHJIk58bRiZV7ZkCIFHQ1cI3qpLwO1lVR"
    "BI56PEjfLb8myQdckNqPelJszoh/aev0oVGO+mRVUejzfnEN70NMqugkuJ8qLKbKMofEAQolbBtwnj5+wRUELx4cMfpAYg5l"
    "lBxC7pSco2VdQqBAMOQ99v4SdQOlc5BHNbVOc0wvhSP+n5T0YtAnP11IDz5UgrJEWtbmA9J4I3bJtyqgWNakDJ5tVgz9Mst1"
    "bvsYtrjbl35C+mO8lPkcMs3JaHzSVDortLJiyk+kmno4jnA1mRJpJQ6LsIV3dCvM5lka4PcUn/Ow4XxVLVQJwMT7/BF68t+q"
    "3KrVa6fGciedWfW4jLtRd7tfX6lrBhg1R02ONfXgoddCQfrccEgkIqme5ah7DiWMHDhGeY31VyGm8FzD9clR3K9PAu53UxDS"
    "11kCG2nIMtMPjYc9f5JLco9lG8OBK/Z6qUkbfYjRGZEIh+aBHIK2KNJPwcY4o5L4goCQ+++U7yyireButi5oKUEQtK9bZbEF"
    "INVVjuVwAMXBrXaEy2dPQyIDE2aeLu27malr4G5G3xgDi+G8D8LATrc9PCQCfhC5TQo7szHxyR8SmqtngnFDRnDajbiL4t69"
    "HFg21voWgU58nH1W9ypqP/xPrt8t999Dyiddpvyfl24BGxZRVFEZrhdPceBlFfPeSuyU7najQERInr//PzrL95033pf8Ckl6"
    "HxKTd8IvFOqpxRRwVrVkM4D99dmHv/ySo7pbpP4VVwIN6zGKspGwPFTcbPWT8RIc/W/NaBEfS0jn4uYvyyFVs8LfSuY+18bM"
    "jUSm01/0wFTzjuSqYonsRUwq56uOQXIYPtcLak6sPZDLejllTTUNz/HhvAUm/OsUbeU8z+df3A8jmm8a0+Xq+pe7RmC+xUQB"
    "4qa5wzKYc6P+zoTRmEwdFOyXDYv7vUtpqFb9F+5LtVpDPDH7FShD5lzeh09B4Xpt+3ic9WhLt3Xt3rJRk9DfyRMT6E+xGnPi"
    "pm3uQQ1dHQqpPy4U4lxQTVv5kO0C78dmNold0gh18ILKD+APcaMz2xdPXpIJ5tvVZGueXad5yTirtdJ2uEiCNF6ntrAX/p2I"
    "qTgB48BmeeDKctukir5rvkJ5MPNY1BpIGAaTtoWALX284uQWP/VNk+J9A3HwRP+hlRpR1BWgYoqesIKxSbHB8/OuLwhnUJkL"
    "yr5+1sBOX/VCWB4F6tbUfOhAeEpOE8QTIcoNCbEy7aSvCE1jUnc5L8liiMcuQ5avP9GJNA9/y0pu6c13KwTUtvFZ/Ge/wTO5"
    "twS265L0KMICOn5mWsz3icgMuhX5f26MNMC7wrD4t+To5htGoZz2370WNZ4pyM8J/Vfdpsitu7WWYlgrnDOzQ/9vZY+tdTED"
    "S50dodu/7WabA+Wr2KZ66EjVZsiEJmhILsTAauvPggTMB4YfV6ii7ha8uWVokN6HQcsS9AGl+UgRySMoBvWXqVLjBxUbYnDB"
    "IPXsXspUhkNoLc03xUvr6prQZeO3g6ER8U5PLr1P+q90Hh8vx2p4lYGr13yXpuuid1QnTgryKm6i+sOYahuEHpJx7hrYayv/"
    "/q7vo73kGyy2Nc+JjTR+RWArcys/WvONBrVha2lPuE8oXHBnwoSU9vd/XNmye6Ks9EmfleNaHLftybbJ330vEOd3moZw+Uyq"
    "4VCNM27oTR0dp+9Ud3EgWm8oRA+lCXdTJa2lUzceBuwtWy6TuUUXdOjMj2RxtU5T5Ht9f8mvTpebzvjX3BDbGC7rMB9n3XK/"
    "M4BCEO99OUciBoQfozK89zKMk7BSvL/0pf0tjvKKoJkjMby/A9ySJhcHSb2iV/+v0BX09/Xoz8Os8ZwR9K7QlZuV68MmJCJ4"
    "BX3d/sEZahDs2ckoIF/JpF4HkVVjUpOT6r82BlvPX0RoWxxoCbcAu/tN5uBXdx3n47a014O670oZ1QzqPjvHxuqB2wdM3dSJ"
    "lIFPJeB9WVy9fhWt/b1RblFG5xtWMwHJsv/7zHKdA9o6X7pRt7F0/DQlRWI0BoZv7v2j/TBmOZz9pjdqzmy1PM0Gy7Y66i6k"
    "F3FYcE9QYtFXgJ9Hb2gtvdIKU2dgHn7dAC7HOO1QaglT0HAHb+chClKHvvdkayE+6fTeEOi1N7jv0Hqhi8Qq13mwgmEaAfYw"
    "knna2uPo/y5atO+7bS14iIk7+vdiRH1x34fEtBOcy3CIEQQzJXu3mDkXqKSnvDD/r0K2KUSrLjJleuFURdRRPROd1nuJHvmf"
    "KcruATiBaPwZTpi/37reSRJ3tJF2M3FeGZXJZfqWMuPFxJcqioa/V/BTR8CPqpLUToTiX6OE05PmHiUOQojxCEAVF9dCi7vB"
    "d7Snxt34nMOeQMZ8gUUeFSqcgrCNxaY8vG8ZHiVavTz7/Z66rrOHo5XayEMqSeNg1J7s0UPkoEGngxPa0tv9m6T9bPwe2Ms4"
    "+1TbcHp6fH/9L4BVEZUrqTEJAS2Cl922rptURpa9ff62KyY16MLFMCvRbqBiOIovvDdEECihKO0hm/j4kREapglsC1B6C1S+"
    "YHMmbHx7TQ8aEtBPxZLbs3qbNz8P88dU1P6GR77Vh4zIcY+ZwkGzA1A24f9N71u9jGRHsSUYN1w4QgA+CwMdcmhZSXcowwd/"
    "8236FGFP5RfDHMb5h7LzN8i7gQ/6e6/1B7Z0TMeDFFx9y5xAX54/vMYfdqpdUxuIkcJAKyczS7c4TH1uOtrteMmA7y2fFjUK"
    "kdgiUaiFTEWWFgGFT/j53/jSqt6eO/AAd7rXHITJ6g3tNX1C0MsIafgW4W5bB+s221R52oVx78fVqb+S+wzJ8SDDXGqXB2Rz"
    "J8KG1G/GjnicT//jnobYmR6fdc+KTcnw41cuL/3pCkxZVSh3v97Xh7v/EfjgiL6zlrbrnVZLrQem/+wiKQ5hPUCyOzrbBcWY"
    "bGhtmfxK6Hqh5YF9B+1UNDfG9l57Oipt+aWKd8fZfXRqoExkweN+eLw8es69hT7oSSRioMgx78NR82alKlV6sbKY6sC1IX3E"
    "VU8lRk1ujUMkju7ir4PBnm8Z7rrW5MvqdWpxLiifSZZNYOMlvq80N6Gmta6n5115NDPvP/Fjbo2VNzglJDs0He/y0+NXsV5I"
    "mF594Nr0OU3pcoZcvUURARgUUH5ygwtS+4J48xdtrww5VVj2ZJit/ksXsUTJfNxxISBy+pDx0bUTuhE0LVWATlvvPqJYxZi3"
    "I3LmvwUAR81Va0g6s0/5gou/JikGw1yPG9o0nZJxYGdQGfotJPWgdigeXD9t3yFNw0SpiuzX6cl9q1BMhs8TDh/6cXiRfhIr"
    "p+fUrPXuNPbkhvmIcBi593KHRuZdDIB/k9rCrF3UTJPgLh0wqnuoIwyruNakz6PjvO45Xek37kvxlir4REipHQP1MGmtLVf3"
    "j97nmeBU5jXnISWHAMLpPo56riTLFMGJg5tcp1M+drhHNv2bNnCjAfzok5LyPaS/28SNz0SrrOBxtL3/gLb2lEIj7gd1z8MT"
    "zQjC1B3u0pl4vSFtKIiO8vz92nctv+ueaSzl9MOPhjOxmjf0vI2z+QRZx2QfXIpSoq0VB9Q5f9gOJSo3SOnQ10YUQtI1VQkY"
    "pS0udoA7zgRwd090cNJdvsjTzPMXSC/PrTOQZaJXoTkJX3/U/Eu/temHsr0ncNL68E++ob5NaALkltt8TGzNlK+OsozkJHZL"
    "2vOcNMoR60diBa8sX9GTGgBrkXI/VSSJi7bMZ5ImXXAzgKdA/G9m2lFrjWJdjeEauuiVpwrCfJX03XB7Jxs1N3F9aNQgnk4d"
    "f7sZGmuT6KxJVi31JNs64Q2M4GZr0UVU9uePWdu8+5v0Rzth+hycDNRrX7NSuodxFqsY9mo1ao+BF1SQJs4tYliQAiQyPEFr"
    "8CNNGgv/WxOPp+yapIFgI1kbZ7ymYZubnwVdnzkacR8G8ZhLw/VhrRTLBrJs2yTGQYnE1Oeqs8smIQ843EgYdn2FW/gM715s"
    "B/5Ee/Y2hvTkAoV9iZ7lkTHlOSsNyXSRCrbtXXqP4aiGNvI6KssNrOWed3BsCHoQKoNVmbZ/EhzuBc2nV0uFkthjCfaP/vVQ"
    "/ehFrkPAdCQZDJ1niF6xE9iuAUeaG7EjfNfBkOVB4gesfACHRLFLq/rPZSR3QfHN7ZXhtcfwaxrmWJXn+76f0vs2qMm/HVap"
    "WTl8u/2BgVKZd9QUUbwuoBNW7htypxeC+tB8LHIlOewVW8/bVIlxpO3vBSjHcBE1xUytXe5t5LMPRa3dz3tLHsrJTS58rFTD"
    "aSuFx8HhK02dKaubFcUE2FC7/5kJ1pZtY6Xn8uSP25MP63gehidMsehfjIML2AEnsGF54J5kh5I6FhRsDzt8Jcaziuq082Ds"
    "r70vOO7Gt71HYPyfHfsq0dU6vt0U1uCYONRSnWU+n0R9j/3KUOGxtZNSZuZ2mDCq7+YbeMEe6u7YGntdfmY/ycdugkdV7jwq"
    "P3/UVPYsOwI+xKkRowbTji5B1Ib3Sll3VYcA/xut1m/dv8TupcAfi3llbzZgUr+fVSgPjNLGNievCetvYO67OJtMqVec8TXK"
    "vEkq30HH1jLyq/ZfeaChM3+D5GqNelb6TkfjcvPriM6cC5epbbNXuMnr88Od+knTKpKDXe26ZMTDbYglOmjKumE61PAi/O5X"
    "Hv0jqfe13Z+gAtnBgZtZhrp76AxBFeh33S/KVsghTrrExCuIprBEH4WP78sgMks9VSc4q8kFrG9hpYqWJG9z/DOdc0PydDRt"
    "BnZs1b1Oi5SFWUqpB6covDKc8WXmIyBo6DEUKjK1pt36a9khU11Pww15FnTThqyB7BmX9QDV9unxrlzXNbDD36Ptjfe7hqih"
    "6HTh+ZeqacCWgh1q5xakQOtMvzvMLZtkbJZLwM9t7fih8730jmYh8mauHMHPybqvQm1PXzz1i+J+3YfZloutEgthKmvskCEv"
    "4LRTfxRolAG7Vhg/JVTgg+FeaYdO/AGSVDZgtvMm1uCHv0crqORtEeDPsTuRHstARoLFXGHnD6phuPL6ZNTmLpiJ6QwINYt7"
    "O68zmoyIunL7P+hX3tOD4gH69OwaM2fRJSbm81nnyENIKbdfHpFmtuCibjxeJypackLP2u7gHYos1b+3b6nLnfMB5iff1IjH"
    "s5U326uJ7SJHWpr23LwlWRrtfUixKRf1HTYa3SpPNTjaotq6Z6ZEA73z1wNr1e4bBtClfjv8lssunSTf0B33YMtUJlJ1D+tc"
    "/mggsaxXno0FItpIKya526HQ/3P5zah+Oe+tzq/qwXjSdaLLz1d0WEXnLrUwaQmPFuMc56l21qAtcS485XuLetUlzg52HjeA"
    "9q/GDf0i9mZpg+i8Y46eqFIundPM08TTnUMOB/viC1E4A8+/3O+M8GcIErB/HU8cAcOEGCEXKPK+wKZeJ71GxPQjtD9D/2NY"
    "xqEvBVDmAbz52t9D5eBAp91uT6GabvsOai9CjSrt9OOscnqSwBr3QOZN2T+xovblXsOMdnm+MPG3hnBgM8WJyMdHwggL+T9p"
    "I6D8R3UuSyU8dP8tGtZb7KIrlinzbJcM3HGaAzIfYVUPqIphg5UJvwO9H0LQSjs72IwecimuxImZb9+aND9oNuufzrsLJOVl"
    "aq+I/5Le/Blu+38QW4jTRXLAVefSBca2v1BWuQtWNkY5s2FMesx5FLYsFHZ8wLmJCNttFbh6g8hBPc6v4RqxdzAfKFOiaC3Z"
    "48F1Yoy7g6AtDVIevaL49mmHf4mjvxz6Z0IssNIB8xFZvqcJrkLC4HA5JW8B3/dem90gpefC3bDAUa0Maojyyyu9W+c2RbG2"
    "/GEuILloknygnatXfu8ood8Vf0QsxLooXovQCN+5rFLM1gE64pgdhekGDfqWD8YwgwLyE/UrtKncxWt5ecJrTfnZzQLsvOml"
    "+NJ646ltbKxvrubXNlhWOrleh/VIvLiuHbqvMqgm06ewH7gTJBRS1iYeJ4a/wqrNZdNaNP7YK8Odvzu2Y/Rn7FEcZqji/Fk0"
    "oNMe3/U0Rt+2du4imN0kLvFOXE1Vu1TTzVX88bA9VIJfVhAwhS08Sfrmf6SRqoVcJott4+RnN9ZrMsuWzLk5WoFEzYb6pyok"
    "HmVz6m+jgctxAlYJx59of/c6MtYdOGPt4LACpkn36VrobHej8cu2NGM5hgQyXXOi/pOVO23xULaIs5ieUTNH/2mGucK8cez0"
    "c6spgm4NLvFCrbf1DB+E8ChzuX0RmUoeC9DpuKs9vHsEHSMptObVrvCweJ6I3c8p/NNUgIwi5UufNwN+m63+eLOjXi4hF+tq"
    "Ww4x12Zp5oGnZ2756Ybx55taoIm+FIkcPyh6sna/b+S2mHDatqD6e8nuPTj0Nu3iGV8HU1m33LDBrWwW7FmMkKjCidcNz1U0"
    "N6wrhvCP13ZsL8PoxGSF7t4eOunRRxzmT0n3Rah+lLF9eUVNMpQNM0jpZGE7AJZ800vjSIBsP7Yfl/7zGDgwT+K0YnhbHDt9"
    "xj+v9wMihTXzddZpY+GM8vwJyZs5pp9fE3ebud7axntGahnNemEqoz90ZSw5/T7vSElh7JfxJXUI+Z39APe9j7a+9NYtkB2f"
    "0eNj9R0PYUoiTreti4FwW5ie0XHQrsQLhK1u0xu2WFou7mcVEA3L1jvvR4rDXzSZph9qr3RqucuEniIMPsO636kXZe1qj0xm"
    "3rX7+jNMvn75xmi6PDyr/pLGpAfN57sAtn2Gdg/+j1xjiqwBAMuevC2Gv5Kk3rBkYkNLf+9FbezoF5GK7GEffXiz9HSAmVsZ"
    "vPUuN3WJP9F037LzgVGKqPZO++wwtMq40OK2enr6uUJ8J2d/WuwYM2DKGfbEUJdVe0X/bD84/n6Yz42EWDhuWkMf7lt4pRdT"
    "0kURg1yIbxoekIVfLrXW8kmc/ZAKTpIpjvVv1TtkaM2/YV6tmbJDXxM4VQMED7oQlgXRVenUFfdfiAzGuvpaD4Y+AQr5fpZN"
    "zLoUpahsh4MsgIQx7LJbfElfmXfNLdSq6QefXdb6w5Oby6RY+KpLmrkAvxUejO/CfFe055DqvPxDXf3V26AfRs/YstHoXJGC"
    "Zb7cWPFoD8f+nGEt59lbNXTUwVjSYJ8U4bqLu2VLGwy+t8I4ZgsxGZwG+mHwVyzIvaTrMyO2Ccp10Bl4iFzWQu3QIeOCMZaD"
    "3GCpb28aEGDb+2rAY+6iLzN4VlqSZG7CNOjLm9U+CEGVAseysYMnk3PYPg6q6T/xiwfT+zn9H27puS4jfrY+d4tZbQdpSkpy"
    "yZUq5O/kj8bXT1z+OxHS3hqQrWcM5OYBr4Uxyv+wP2yF/EmQj/zc3T1vT6Nt+PUYIauPMEWqo9rxbBUYL6CHbRzHVUcYG0tV"
    "HOVI8f4ufrtdc3fZtHRwffGIfCVwSmojb/erXq5x8WuIZXnMhzLGkOWFekZJDkwBlZkfWnsVj9rg9tYSbmoPH+iwGplsXhc+"
    "p0nzmiFPp6ivugBD0EotUdMrrRk12+Ut7FygyI3kGA9gqsciiCP9C9tc16x6hvTuZ4pyQamJ7XO0/VGnkUe1cFknfqils/pE"
    "nT+IP/Dev0f9pAmNU3+H/M8jIAnQ65WQ580Oic5HfHt037FxpaiKUHNHgZqeblqVVoVcsFbU582sIEM371T6mida3/zYMzEr"
    "mFkNFt6rs64q6fNGmHAAz9EMO5hVNRGDjE1x8p+7VjN5SolchV+F98f+Z7ii7VsuucHrfKq2QGYiIHv3ZiZgE++b5zBbxu9i"
    "U//0uHlQJqY5rlSuvem+rFap7S5bov6RqiVOz+Y5zHpQh5/eyixkMaDjihVrKptWkJeiyD/0H5UgaCUGG8g98o4CkSUc0yho"
    "R2Qn0l1Oz17JAi4zjxveUWX6Wy4j5re3lrrJ+R01P9utGfitHpepymH7sSWdHikNctYEYd7fQqzlB9V3dgm38p5fD+DeyKFP"
    "VtXO//HhzPNaOCXR86zus0owjMwT3jmhvickaTMnI/20PzAvL4getD1hEhKQGPPuobByROCPW0Nf+/JEexFy5Haje9DdAbof"
    "i2sz/3GqNSV2YCZT/LAd0WXpb+Qs42Z/EbAF/yJwSFoKRyGYFIsv8Q5NzQSeqcQkneYPELjsyyQZ8Hi/624XDlBGzWtmc/wE"
    "OIVzw12citNVz9YQZLHK3L7ViSVl1Nz9gRYj8UbejxzmpIMfHc/IxcaZ+x0ntCkRzIP8os0Ox3OYPwGBZ0icI4I3tV/8894u"
    "ZB7EeflSPZ7orK9rifp6kYzOmbsylFQSmtXbsOwpoPf+bx1VuBqPX8qAWBTzb+cS3dH9hWyyxs9/PvPgZ7vu7wroyiA/UwQM"
    "HEL4T19fzBcSwxwFF5023HWrfsdpQ0PMamjA99wmt4UL87BWVhMUF22Jb//y3/vBU+JDWqYjQkJjPh3dn2oJ218fWE/H69u+"
    "rmXwC0dzaR1RYy0dcdbKvdVabiIc80gI9tqRukrvh1rnvkRhjgcITMmtliQyl313NtYZa+h9F9nc7svSsUKjVl0p8G05wALV"
    "NMu2PNKyyn4QjmhPp369sHLCm6vnrr3UAB3zD1c5/WTj+1hZTF172PTIlmQefIyPrpdNInuBvcdpjbaPW20mC7qQ9+cYwLvy"
    "5OUvjbu9lMOTMniF5zK+n+zSeNXU6ZDtKL3qv9t3VWntVxukx5WUBb00ZudiNhzLfoNj58KHPMzHpE5cfoQTtVNqNrCYm3km"
    "fd133LDpUezDCGdqKZzqg+F9WzGO19fak0pQFRkLPR8+l5qOSCuKN+3IqiXeQbpEWZhENISY/CpibnbFSosEWxTWiEd++Wgx"
    "HGepSv+6YDgND8scFDgkFzGD4qL8UZru2da3EqgNPpveb3EnGLLHT5p9PTbaF6kZny4xYQ+l5WJn0C7mCmGb/wzV0uxGkbsQ"
    "6+3dS/dqadSyuza0xC5b7u9cwF987bCiy4VRKi6Sp86IFZiT+9Jo4iNQkrzH4PsNw+CZ9pO7G1f0pll/Myci6eW0nWfi7YX8"
    "My9L00F1yVxQ95eHG6io8KZP8HH1zQMN9iBMFamQExSpy9+dD7U3dMXjcux9wGBJt240tObAeSY+wKeVT6zQSMASHpExt57M"
    "STgTIQPmkDTm/AtlSZlccTN++YB7InzD1N+ldb3KD0Kf2mwbeqENGt+hKUHKq7KtqlXW+NdhWE+fbRE+93CASmXyEtJHljG4"
    "8hAcBFbHbiM22dm8SZt0hgoZjlpzbRpLxQXhNNtp0I09DXhwbJJvyS3pLPA2ccHbemMxfziZYAwxMYf7ZGWr9PiMRd+SE7N5"
    "VVYBZ/IAsenSDs9uZ2oHr9jX3xxKI+iO8YugMwKj/A+NVe37l9/Hlkb/kWzTkcd9jSPD9qPonRpRJF9riKw/u/hTFkSdbtbZ"
    "UanurAl32KOmLa8RcWn3OnfuiO9VI+EUdt1qyprymMUIN6FkyBNRI+3AFQO0fXQltzFv5z4XOTmHDRS49bVnAdLbKgjaOw80"
    "zNhjV8Iacif/hfphgw7DSEZUySGBf77qwnqYRrnl8002pGcpxJwyjlalSMfS2AoppImk9fmZV4DO9MqtF/B/TkUXO0Y0h6AD"
    "xMtBpAnFzyau/5sNYmj75C4KS5QJS2KWybKMiZUKkQK6fqejvV5jIhOgD78F75t5zR8Kd8yhoidhifOPe8PvW1eSpRjtyCkL"
    "FO3cBxm8uF7qpFEtbDzL/YkChu5dyJ8P6JJwLsSr3287EUzeSHz8LosjIrtGAti8SC9RZuQtIiI6NBsH/TTW69dwJXrd+FWd"
    "Otd4nqNYhMTelHvc1pwo9BnP07ioT8Iw5xfj5TJeqCw/QDegdFfcotYd8PeubTMoC3SsXRFiRINea6CH2819SMd44CcUGo6/"
    "VoQPQUj/qN70MfnwFua3FKhR4gb77GG+bFPTOx5Nkv4YeoEY2O2SIGfUmSXY9+0ma338F6ZvzylzjlUNxztuo52saKUD5j6Q"
    "vBOi67HKG17XsRagyuFabjpuq0sax72P+u7nE9wknM7XfI05a5pGMRd8pt0VSlJZCpWzrW0L5Pln32rn7tptmx0Dsk5JK/cY"
    "Nml02lbivsByijkSgMCAImqB69uGuhBRVO2/Tx91ZAdksz6I1idXDKNt/wWXV6m7o7/++/s4lydlbigDA5c9qbtLcI5rzcYk"
    "AGFMey/WzLnh210Cx95/W2wS0uLJKUWJ+CWxyn3nzl7Zq1jwumb1OZWLKWEl7mnzu/fYLyZI+yPx6oSTFY2byPz8DWt24U5L"
    "z2ehslAv24v0MMcyYnCrtSeT9xYx4A94+taVNwqolN/5GSoAYaqoPaI1fnTb+8UifJAMnhhfmY6whXN7A9/b7ZOyxwk87x0W"
    "4JnJcwsL8YPGG/Fd5pGGvKTP+EFsgsjz6SKdk7sxCDSvtKNIgOC7Dpmg4c9lUwPbzXAzmu+4JzUkpYMTgWR3siu69r48b+lX"
    "SqowXjvSGpFY6q16ZuF7wDrRI+bIiS9vx/Yj3quQe6XF2Acp22STpr98QBczjp6MD+IKjV5Je9FPmJsaonr3d94te0FT9NYX"
    "3ZaxDQd9lB6pB4DdMUY4owVdCzgf17eEsQVWOL1hT3/wFHwDX3jImR6w/1EIqbD3GrytdjhRL8vYVF8ZL2HmA2grmbdDiub3"
    "FfjUwV5r9d1TiFZxz7wVkPEpqVi2/nRdwMcCFR9/KN2tUX1D656COc9ryO6VOicx7Nvl2uJfpB9WfcNX/KlhswdcUekXqHeB"
    "zLqrsVcGeLxSZ/2EawfRchbUhjtS0oI6Ir0clnlQWFpxlZzyItkhjc0VQhbwWCTFrNox3ZmDL6h7HErwNmgm/X8VTrN13udH"
    "cL3HBkgeV0chiOa95ntZPR+z7HEI5663CmGXYDtuJE+sRouLehCH9V7h5V/vJgLqvdn1QwF5zgF8BWjIm01amru+18cr66NV"
    "NbI3dTfua1I3y017xydFx1A3i6xGjqiZij60l1xEeBXwS2UhmBXPZIT9OTdfqP0vu95m6kDPTcxgjz5HFrpJ/vKg02n0JY96"
    "aR6Wgmnt5qhDk9vuzFqRvQAInl8ekb2pb/QNaDVv6xvXJDL3Eha5GM3Q037H08BjAdtCb9lJiw0jpTB7l7e85GfhbisDxHnO"
    "dRu2twZd1w61Sj7NIC36zfuDWoOCLMbU+q64N5QKDlNnseVLMy3zYWY/CJ4jpGpscDeh2LW9CdrrZ339DLGdG31YWjctOTM7"
    "iqDjESFn8gEwH+S/53zOvQ5sLRrnpaa8b9S+urFAsQFzbe4evBGd5dms15PsFj+8FiDv5mw/yQwfjjTsmWGccVLVVY+LXrYT"
    "wdDBvxJS/Nsv4V1Gwsz2asDWK73IMDfZ2wXY37TZFcYGH1bMz2LGZe5EQ99S7ZIYjbewWhiyu1F1tbk5x/DffAYFKRf990xT"
    "TY10KImrMoFODbCaSw/LDJbKPQxGahHpe/WlDyxs2td0nMZXHy7cO18btRzeKYC9R605V1CmmDtYZv3H9tEKBN1inUCA7ajm"
    "1eZ5H1qVTfCKOZkvz2E7i9HW2OM42FIKLJZ5G8Jwg6D3CXtDojO771lPsVc8S4JRAn++r6/nKzt+W7/nNdY9x+nIfxLcLMfj"
    "rY/EbR+VXOWjQa/e7OnGkBrdw5IH4TaJNQH164GzvLIDVAGex707ueZ0V4Tw5+JAsDwPTxVHF9O2LoEfkoIZpbV0EB9Z9fGJ"
    "IwWstikcp2gkJNF+7w+sbsOMv3nOvuDcEPPbd+YZCbvrpOCV7Pa9dfhTocU64/Cy8fEgvqgimhcq9r7DMZCujP0jR4iZzsEP"
    "KJfzIEU9KsQWhFHq6OTDw2Xddfgd31kDAwoD6iaiK4YX7vkLvqdpqpv/A/UjZt40DiFIqtKksr/DsRArSc+55j03f8PvgEUi"
    "Wg7/6OS49Nzr7n7TKbe+SMDhWOhebVkd4anfxUCmJ+Hqkxtz9DvyEKHw35hzTLw3V7kUs/rI56zIKv3NtV0+v/NRjxpkpE8l"
    "QNZYtUVOwwWvT5M66rpk53jAXwD+a47pctncAyk0DGHUi1zfOWBSsnyNe6fQSR0USRoV+4Eb/EA3gxa84uF+Z638lEYplkhe"
    "Yu2d8MB36e5DOA1tu7I6S3KB8x24P4jnJPyMH3uRGakcX8nppXecy4fxsuLMYoHphMH3hMkahxzbzN9QC4BSglOnvs+7B9ZM"
    "qH7FTpebaMn/H6dAENF+YFVzg1XlLhPtWatkorNlEb71bN1waTsc6i8sjOFzJbQu/+RnaEv/QAZWZqkdJtjNB+2tKD5p3fnQ"
    "mJ7ms49uhNX7Qu1U0sKLZUa3MkhRfXFgSj7QpjDKj/3uA7SSpOyvbhttxl9kgl8c6bt+D77pzpzLXj53BVuIXgPARNlG41Xc"
    "xlRrzq/Xv9hVEvniftVM0Wi7fgChM7p+mcL1wTsix4f+tLXrnhRtRmU/wj2t2TXaiTBQaPSHYRNtiWIYAtmQcsLXDagcR2ku"
    "zcEMzHV9iNbRvD0KZpLjstR+a9U4N3/CCwr7jTyWX+AOOnqaUBYLUSvPH3L57SHH/Hi88g9ny6/YzkXipa1DX+V0Hvn12DiZ"
    "Xr6fYl91tk9Yiq79y71+lVF+i67yxuEQ++mStnzREO+O94/MgMO70lkzBU/yzVW0vWdaZhH+OIPHEZGv9VS+W7igTa8neBzY"
    "Jce/nl48Ptsda2WjZEnYu+aYHET/N5O4EhiS3hdzwgdgdQPvRAafZf6x8BFj3zJ/fKgM3cBewe0xqgOKRkkfBS/0oDfJgYVu"
    "wdZRUFlrwy+sq4i7ovMOrmRr6KLcutYJqnWUxl6jyh0rXf2rHNWLb32hC6drjRQz+omyr2SiiICMKLPmObR1L2Ydna3bkRro"
    "0C08qjpJyeW311lv3nX3MVrqhloHVO7L2JY03eEuKqSnmSv+L2czQQ+XFDf/mG0ITinFdchvKdvKa3VHa97EK9ZipiT8l41S"
    "OKfyeyp74hNgzNtxe0sUVUKCij1zes7B2LjNZ+6px7WOTUrhylJg1Y7XjtVoa2fY5J83yW+WMpXfXL/8s7e9Kk3jKNZ/iKm3"
    "uXe6zrtX8EYxWSQ4m3d3k4B8q3o7q8wyciL+OQap14r9FSQOSerg8kZQlP2Kw17NkMW11jHMRvmjf/BUrXKX9Tpaf2d8h4/p"
    "+WEof4yrVtt890wSExm3Hwm8uu3lCl46+1CdnJOtZn/e2z92I1hw3nJOFd5+MAqsSF+mMX+65r69zMU4Rh9HOlr9eLtHvx1U"
    "5Lvr9OzaPXb8vBo74zb4NRoIVHC4+3TxMZ7oyvkae7dcBPXh7Vkibh/V30DSUwGmv7aEPPyNKqLohgxqHBqDPON0kiEryhwf"
    "3U7fgbUVeepbmlGvFGKCE0O3gl35QNPbxC6urDtSgUMolxefUwjnnMVH7TWfBud36qIBu81NZkWRz3X4BZOdqcGM7DoaQpf/"
    "EvnfK+D4JoAuQyzrUf+WofL+HfUHX/166D+uUFs9aQMGbSFi9Cwtz59E2bgJiYCxulJTGC2JWyhnlx/1h61+u5Bx9UCzNNlb"
    "JNqZ7+Jwk2vAsOM47pPyz8ZZ98gJVQM43E1db7hjO5uHemHOCjI/Hf118vI4skKksI/tVEz5NmrETB22E6P11RPkPu/78IV6"
    "DgFk97rK0MvvVYfcIrPVRaWIsnbfyJzLpFvX9X+oyne8eIMkwKVk5HLyHjvcB8LV9dGm+bhbH5+nJzk4tx6c/BN8QNNMJ/t9"
    "qJOS4Rhwptjp2ocx5nf2QS24xAnM+wYbd91pWXzCN92RxqYLlS6kDHKZx6o+Tl5s5GFc7Hr8pukBXxvBoc1rZK1+Va0b3tut"
    "klXnCpV25mnUSvi7xyeVKdb1GkmVgyVDjDhua9GuVqrJ/PWiO3TiNlhvxhAmZ5OzqWQkPcHxio8Uib+8D0I9HwkSlNwwutJR"
    "S8VYFyUXlv866/Vwlb+9N1/Chxy5wH4wtaJn64gv1JcV7OilX2VCMquF8J2aGvrOZNLmb/bo3XRlN6FXeYDWxF/XzgA4rnz6"
    "6Bgbbhx5LbAqK6Fhru2vjqmlPwxRUQuMnwWz3ZkMSSSqma5SNwmJ5puJ0DhJ+IvVOI0U1WuU1N4NlIYCHYPdw/NosPR/hCSk"
    "M+D8xtBNeenkgQ/yU+1+FGLGPeii1z8qjOHcv271++jgt2uBR1Z4TuHeRT427jllD06CH+aUnY3fjijJ1zYQTxquLXnhVzmz"
    "rPGtVuOAIIO9r8b8eZBFhnqU08hYxY+98HfrfH/gWKKFzoMlPHRC0KjdUOCkZDCkMMCMfmPhuq63jFWgOydiw/gclW9e2lv3"
    "brGBX3DI5x+4a5xB9d/QBGTC9cd+2+66gnjrAdvcb+QuRA3nC6ffs5N4rH3kyrN0HotTFKkBirUHpB/Z2LgsNUCxTrxLWfVZ"
    "1BzXYy7gD8vA3p8twzJikPzdFZeVl3ld23E3GwiX9Op9fOABv+nl2GfWN4u1rA9iODKbtqIF3PvwUyVnly1K3hj925x2iLa/"
    "lKRbm3nmwpgePpgkkYw3nl0jYH/DH216wt3Luf7i2OdT7R9q+PQ71RS0h5F218k+V7qxN1jZ+pzjFN33Suvrk5remAnwbfD6"
    "XMnKf7wetBqb7/wj2ThNVNnq/UfDv/tCHtjZpx0QfI1KwRnixWlEoUjX3diIC/7dptuMunlDvIzamLfi9Y5A+Vv3H80IXH9R"
    "b05v3zocib11jrMsn9KVdQztoe7NiXmbI1w7WACrgvmza9Anq40EUI7ttr3gqKY296j0j+mH6V9XdbxvOA6FGwsvovFsr1hh"
    "q8XVpgdRmWkcJyYQWj45nHprQblVL64WF/E4q0KQSbJ2Il2FLKpWyelvaI0Q70ncJ2UU8MGwu1WyUrTsoMoGP7E9YFXMK/5w"
    "zfgtT2zeDk7sKjUp5nrjrou5+quoniVbv7VqOuLLQsN3+kztoh/iNHe4nZNMP8qxt1F1qErlKZkhuITCWvOkvt4TVH+R9v+t"
    "xlyQufrN8cSoK675dD+0d/lyR1P3uc1JiB9Ol0nhvryKZno2UYPrSaMbXHns9cEl2keBun5qPBJGPrADtwUiJTFOqZZHWkV7"
    "XtNxb2ozUmcRiuxosiFLw9svO7lVQzYo7rqt/1j+0Wc0hHmHKUKKFkqLbi9sBGnd1UNGX15QhkDDyTux10pFkhOJka+q4mjz"
    "lQdozA/HXHaVpmQOzgGPj0YT7PFAupWyXahQmM2GPZPtlxETsTshAzxg52+fse8Stkr86iqLvLOA3fn8AJ1Zz8cnnU+ENNPR"
    "+fn/ie/r81nMXwfJ6yd1ESZlBnmQNmxSzW3IrC9V+aD13zyN8iSBIr4O2VfC0JVbdEi3Vq/ng10/3H1vIfv+FIvY1J99OTGt"
    "bW8DF12bykkTFxCsjScV/Ol/l9QV32/VcplC3YeZyHzlm2V41BCh4x7r3BZSG/QaJA1g9QIRde2b5DVrZV9xpTrH99pWDWDa"
    "f3XfstRKVrJDYYdOPIVDOsGqMnjPxTXWC595bW1xbBpvXKjedRrINs28P7RM/oPAiVkYb/ez95xMQhuCflXfjil8cZOsU9BJ"
    "Eo6w8rPyxpGwvL0rNn6WKpTNPOmLO0Rq7KkDvbp5cEOxxwJ0frhvg0actdeo3sBG65YX3bGTLhDsmAsFI2zaHlPD5A+8KW/W"
    "uxZ63tVaz/ZXYJU4zoxny4GlrnK2BTEFnN9Mp/XDjyLDsmsbeCFEzQarXNOc91nRdCzcP3DEx+AAXbZJ862HiDN/7+72QC38"
    "M0dFJz65jlXwS75T8qwmInNjl+WMM7dH3/GPJGpQUNw5W7OKQTdMC0LjIgfypzSgPfmOUKif5yyWfwnWKyrRa3sFiE3y7V0d"
    "C93ZzRIqiQWg+bFvm+gJFQEjtefijgTm4jTex27j0nolurRArAvpp9zXqXT5lXDOtuDdnD+QcL7Ge9ow5yLnWPCli7XtaStm"
    "WAhPItj6+66NxDzPvl/NZRdME1F26gdm83+lh2+5rzsPB0AZlxQTVzPAGq5343qWtV+t2aBftUXMoSyCw3iknxdo06nIxFce"
    "AOIvigw2mWXd2fpUiOUWh6DB+Ui01paf55dSDPlW10syu9Lpu7IP1g9Naewe2eudmxbZxI2ErKaul1IFL3kXq37QV9jOumi4"
    "cHmxitD2kSLbvgSiJFy9DcMmO7pGgxC+HVx1C8Ru/VwY2wTnICAW0/CEIbOIZ8n0iYgEYZ95vNWhueP5ioPOeDTcxV1SvsQN"
    "jPxJ/xUXWdPi+rBUtA0Bjvw1+r2gt2b3eAFaEL25dOdRhudRTyJrnao6wCOhPlvh2s1P5bWv2/x87aie7TtMYdu9lU3dXwE9"
    "akIwXIJAQsuerSDAZNefUKMcwCpMxWQvDp+0bclIxXUutiRzNDpWV6rQEA3T0J7vtnXI1NvVu2tCegn7DSckMGVlZe9gWByS"
    "1GhdNov0ZwE5AC3Johqfta/BUloeeZvl67yXnN3TXHdzKv3uu9pB3cLbWK/XUMbH+CcW8qUufIVyiYV5XAGS75cgRSJQYtPB"
    "5zrBV98aypUykfejtVO3HaY29CMwUPVa8XtYavXPdP/4uxs1RHfyVwxOnrpoCEvv+J428RJ7u8Nuox8ALe2kCzTGR0VuO6At"
    "92qqHPLheN5mvVnv7n9fw/oh2Hos6m4S8HeHjXtvbngAjOGs56oX07aqoJHSdODBnHpJHZQn2lh13pLEbXCZ3Kl+1/fta86K"
    "x+N/b4zDEmLCr/5RGgKPFQs/6dchhyJ/rLXEpL0HgKXCNoPkkel1H7teehoOvhP06w4K1p3QJLLjexWoE0YvYytbpzToRf9n"
    "vm8fXU6gdpePCXMNy1Y1DE9alXSzXF/iu4qwUmDZ1heH78JXKkSFmskOD7r6rnPWBT8mp0D3kaqp9vXAfNgRFu8J2qpa2HUl"
    "3XK+YbmlrcBvONFpVZh6u9cy6C2w/XyIsS/8o3zNs9eJk/ajwXa1ly3USpQNDokfWWQOgehHZw46EZ3FS6k/Gh6fM7xdec12"
    "yE3IiOLekAFvlsRHoPQcBtpQk5mUu1CHNVqNtgXjiUzb2CpyQ83OLg0mQDPpVxbfUTIk5Z2npanxAuv6xDl9nGRY5F3UuEoJ"
    "gEYjj73LczteBYIB/7gp2Q8mx2fY2zdyilstzQjSUvH1X491nOifKgBeOjqS796iunyuNAIgbjnbnPPlkeZpt+a6vf1Bi+Xk"
    "zdu0S8JzRIT3KZ6Oc7FsJAFXElaVuL0lsIptTY6czqnvHBpGLlrvREz7ytt/X1O2xU4ywsl72bqZ3fbTs7BOvsSQCHhm/KlK"
    "lOLvi/PGRGakB8/b4Qiso27DxsOARXuR4jxRKrXJQmKpfj79n/S75sLB23DZGoBXVYncHB7cRPtTYGerTNrz9BXQGwI++7vP"
    "dptkSyq8CzriLMN+z+iq3+heYguVO/ROLqXiMrXiyS7v1Pc9ogrZCMReeArPvKVG3/754P9uuq2Zx0rJbsrtOeJgVSg8SA8P"
    "C0FvreBNAa/8DE7VM13A//eIz/lIz2/W4+FB4lh3lNikyCTUiXO/k74ZG88N+lZFbVTZFBOcdkSmno1XamLCRK9ijV4ENufO"
    "3jmDioPG6fnNArBWZxKr2LUE60tLYA7Yg0eihby2cz99TLLsPPPtxit4vk88KJcDNFUirhK9qlpNx2BOjtTK0xpp4lhl9hHL"
    "leGPGmZDf+2nWKZtT21XONzaTPex5G67e0bixUM0vC7zij7nenryDPGDgiytZYyprxH8U7Ixsh37Svl+9iqt5UYptVby60T1"
    "Kh/4DEZkK/H/qbebhp0ZxYhvaT3ZBC08WB2wT+0tGPb59f6T7MDqjPFE/1ulD9LrX/slDWqyYV06Nvj8WuS+QU5S+2/xNh31"
    "nNfLYGJDEP/ToX+Ar1ek7yXDPye/ZTlpJXm5Gbj3ayhDxv6mL50iffh8PT5OqzBzJRmXPEpcFQiJzxdn8TSpq468DFP/oZjc"
    "ciwwQpNa3lkuU9le2WvujsPatxmz35zujFT5aUrzo/N9JN28Bx2idjvvzTYp0hIVQyHHc1X1/SnsIyZR1DBuSp4NOsiu77zT"
    "ZlfWqh00zXmTepypKgjEtHT1ZkkuU6Tbb2u+WD5GoSy6mS1kr3vW1Yl3aHegi4DDrGfiTh2rpN6p4qFXLNpRMzQZ52Eio9b+"
    "lYjWt2LjVjc2LRLk6r4NPQ4c1T1nNuz8n/5dNqazn6inGXaAXNd3zPAJwRcaBJ7QW3XxHAG6n1XaigET5zwkI+fwTJ74n+u9"
    "L5NTFYuDvy+J8ztsNGaR7g3pD/uiL4fDwBKhEbGGSjTfRf02Bo7CSnG7err82OzM4D5HKzz0HkYYeDZ528ap3eJKNfHhVjAA"
    "DX7LW/UX/DoPB4vILBDUH61xNPWfv+9J58UENublC0Zfy6zMe61fm1gu2279v1RY1SotrcM5crmf/W5swuqHcmxUM0EKszr3"
    "dDOkbyV/8qASDT3CIpdVNvj5aDUr7ZHz6XDkbzgIGe/P625HP+0r7WsPU0mT4IyHlj1jYedq4rN77SOS+c5wtVu4hCLkornr"
    "kdniMAp89UXXeUz9fz2RlTCyz96cG8dOzi/9MLBazP8+Em6/xvrAKxQpaPpd4BGIlc8/DIn7MkiwKP3XyWpDqN6eVh2WFy85"
    "A0/8pEr+bp+KM52fgcO8d3Vo4shV73nGHOfRRVJ8l2QZffmGTn47qYUii75//y5zf51eytxpnpZV4nZlmflW+6sTuZzRpYJx"
    "aHGx6UJg78OQe5/0FIv9JqF3JxbYrT+qWppzVLgoRh9Jpfwtfs/w5TH9M4bwY/kaurT4C9Or1vc+4PUvbvMpdnfkcoJe7RBo"
    "umo3pDW39NvD1Xa+HqIDWcUPacxdajua/Lg0VvKSNAYvPFW0+GmsfWuul274ODfEboW5s1haeqpgkV4n9L1yJpBy/jJdppx5"
    "OZp+hKY2T1tOizW6GXeauRQ7hz6gbzLuoqiOPAboffax/79BbvnRrCmv1bu4yaKaGwNSOK9sH/+onNJjNGDnbsb3ler3fV92"
    "ZSi/Qv25i9T1FKw8OKVhkCcBH+yxjlspLCKtsAieo9GEaBzublDIzZasTiLRwW6ctHPS53SAGA6IM1Xke8pyLAto4Ck1rD/x"
    "mX+z2JKI+Z9MfU2R849NN69ahlZaeyj9umlRmUAoDDi+G2f33d1mo5sS5L1dwkPZ18UGZ93a4Ew+Uwlm/4vNSem8coftfBvZ"
    "FvSqBCM6gltKfjedlX2k5TkuInR3DZDeGJT0oRneU7kOEnZ15apRlYVybr+wp0pye3z+B7Qoqdg5YwgM2V1WuRjLDtTTezta"
    "u2zCBuGmSYBv5OdKrX476SV/HkGuEfTzKgPofw7SThLghuT+8BigCfZi1mgF6Ob8Ecrsenjf1UKDOuurvBgTGNPu4hBzNjpd"
    "edeytiwi/QrB7s4u13U/R8hz4oGpgSTvUCqjK2Ev9znNdCED5pLrqUeO1Ty7lU5tiS9kEDQX57XkKXLZ5nLJ5PLe7/k9TcPT"
    "x2ytOXRxj7gOuBuKnVqAqa+oLwJHuJXVSJJ6O+U/cePCXSjfoImQ3armAwiWW0JmfCka6w5h+4yA939RYRdVxhVVSEOSW+9a"
    "kGasXuZ9BtoeOwec23n0pkymYzSfyQxX0nxU/7WwpZ6AUYZdqIXjEpiySl2j5tIjrWNrSWUQCYrokcJTtKX9e4xS0Ykh8vZz"
    "G7MW03oXwPXCMYxWyMfEZgRTU3MND1u5Nd1lkZlb5CWRD10/UOHC4znaDqDf9pwKfXmRf9Gptd9hz+bAXEN4ypomCbauBXFN"
    "11uuudS2X++NjOEVGVZeSsfrL9OFko6uH1V2KKDHDtvW+qZYpSySqS7+denKQfH6y1zRffrqiB0tzmC4q2K05v9pC3eWdbJl"
    "KvJX+iO/u/46LVHftLheraMbxqg6bbIwKv3qjqLA+HDK4D+S+N8PMVQJFxd0LRfoWUzckhR8pCYodJP5+5YDvo2c/953dnsy"
    "PaaRy9anqrL7IWgI0Kxx55UnBoV//Eo9SfY34TjTL9V8rFcGIc0I3JkTfyo7aNDhJzBi1hTseuW6JQhc6I+4z4nGit8aRP3b"
    "lkyr/PtxdRdvShSqossFJ0fMpeoYjSUN+2GPfknVCTHkjoU1zDBaXqTdB6kdkDcItib503eXGc2cOkfD95Zz07FMh63JH1x0"
    "1Ie5DlgkoJoiFKFT8lkl7jIlk+6ufKsXKZ5OUP5Vk/R5JP2jeaG9gloYM/3UKRn+O6L02q5aYsUKSM0dDkAmPzCiz+bdNmXu"
    "c5SyH8+n9rsxJnrcxfkaaPDWwS5SXngRxIvnP1ZvTsBKJj4MB1sxefrwu18xWaF9i1r1dy/j6RpkY95oW9613+K9mMbK+vPU"
    "6q7eaAJxX+6UISfSsR77PxFFNxTsBEOv1j6CmtkOtv1LhybNUTTvjORgDuPOgSDIJnzS79YZblkhxln9Tq99KHPP/3kLf7h4"
    "Z7ax8s7SOHnCcCGqBbboURYjgUiP3iuEXPdgq8jvVgka7ki5aINFpNVRb4Q3w/woJwh5mk45qmMWwU1DXN7Pu+3LeK0/B9B8"
    "AF4ZWV+42FAdWHL2RTJMX9P3v2jLmA6nkm4y9WVcFYv8M9mtLyvFkRcB6I3q9DIwyhQBD7+zM8wd1CYc+pfZnNwqM4AUtXX6"
    "6l4nPj/RLrzkegtiCE2JfJ9bl+0anNX3fHmJe3iAlRs/b3crlfYWeshf7e6ioHKV+yhKMRAz8tLYTvAONV6oH6TcaC9lujVF"
    "340bjdUQuu7jeajQwFfGarDyn74O1n1HZ53tkqqdoDxZRKW5Gg/yF32WmHbu/zdNr2+6dEX6qOnLqPrLx3n2n8scIgWvb6eb"
    "wnyRsO83e1VNR73TVgyTOXcla+78Earkixlgi09T0vX/ok59AcVIkO/yMF2fckuGQKy5uULfbcU1ht5JzZE3QkGAbC9tvw0P"
    "7Dv98XUxBNJ1/3ua+eEsnHIg2tLwAq4z0auuZV+nrDik+c1TkQiEavKMkXZF3zyNukZtraK6A+qctIWO/sR1V9/Fq83jAfA7"
    "QtJwAcGO4twTFQ3rBusGeYnigBQyFXVVW9hadSqHHv0Y3THB9guy5JuAiM3PTSOROm4s7UAch9AzUaXJ9FJTh0RpObJ47E5R"
    "kyS8qKHP3Urnju3kK748OtSEfZsIUrlsPjmmUhmDMPhD9fz0lJ1LvshBW1f/9hjuIPrxhrO5Qn35RyxqK+tFd2facnAbledC"
    "XS+7oRwmS91bt8ZNY/8wJVqQOJqQ74gAm3r1Hpu12XIXnjWDS0oNHzgc7XoNR3zIYxW48gKv211hrqBZiN/UtMOqyBqiXTC1"
    "HmcuL32iaWFJlHkDTrwc+yVwRGxiX24j/VxOaiWz4ij1/bNsRHx9InBO2p1044lXtn8KiTwPj+d9pcOS8odxKOr8WleU1Nku"
    "kCiLjNwa31X2PhkuJ3eAJ72f7AJq3OSPLNndGVW2/ovzdiQ96dvsomBR1l7xtN3U3b0k+q1iv/BQtRPmA/NLwY8eDTsynzz3"
    "ZAEn4zl8pBuzqiF6nEnhxMstq/XLcytNk/ZYayFAzquH2yVTz1io+r75+S9PrJL9+3QI/hZrMKUew7i1NHakHWIqQFoZqWCs"
    "Mz3VWTuz7+lD7CfHkbAKwduQFuKPgsV8pDM+vTCbD33TxNGgg8XblLzX1ppYkJD4EAckGbItWHdoxkZDNWEme1SzIgv0gAzy"
    "kRGCItdUkjzoU0V+HOMgP12YEp04PVw6JfZu/3m9Nj70bC0rMymIWbldi5O94bmn4hU7Rgm1Lbr8+3gvbvd0jWoZZWHa6cdA"
    "S7BON+nMXbPJXx0NPrLjF2QihdHoucdshx7RSYrI1NyOzFa3L6IhwWrViK5+sRXGjP0d6toe6Pxja/6WNLGsFhidB3AlXKtM"
    "di2jWkMzHjmZ04K/MDayxpAX66/LV5EOwJy59vqzhWMtiq8Ay5P+BOJH4al6YA7XYqIavRr0r+rS98rQl67Jg4215UGO6Spa"
    "KXSuWSv9f+Nl3EEMfg+4jWeKMfC8J0GStZTX40XR5HuiqsKbclkUTRc7q2SyV6kXDaLG+rbe8cez8eYW3c1vs8D7dTbv0vwU"
    "O9BsezJ33exDP6N9ItFsgXOmJz6Z25+aTVMLQv/dFW+VlvncZqxyt/KMPFLRSGBHNnPCrFM3A7X1PRSor9q9smxiAT5NHz4q"
    "eK81M8nH6mvyO7f95BnV7KETawNRHZSpZxthAk8dbQTa3by7M/r2TQfQhbuvw7GgU67H7tb9kR711c7FG0BK97EFTpezVhRp"
    "hCnFeM3qHNihqCJCk02/3TbfCDfp5k3cORsf2Tiz81M7z/6oCIlZIUWPUndYOWV7H8QLsb0f2Nc2VS40TID+6s3b9YfVm2rD"
    "lmo0g+Z+BH4z1U4qCRfTVtYtb4hLgZ3FS2mSh0Ey1N36b/UI2wreipduK+ugU/SW32YDzvuvgo76f5t4JTgrOY87t3QR2SPT"
    "gyLjMBqu7zxYmHNQDXu5V51BH91oiZLed6YvrfPN6eVr/uZa/Lauona8H0y+tUe6nYe4svBX4I7qeRLrc8Hfmxx74Tqv/f9v"
    "Gv9D0A8j3+HX67+1gBsmN3IFLaHF0YlNNZUtEPmJVpj12pLfJoFaE+aEIMCJ+QpjHs/WW8YM2xxj4cdVYlnh/UoD0O4V2AOj"
    "o6TUtH3GxSIehr9OTWTlWagNH4dqPOeDX0dcR3I1/BpbKahaqG4U3QqqSDSOqX+9B7WLRDP9/rOSjcGeeBezWVZO+VB/HRpG"
    "eyKznEN10gktW0F7QZ6+4Sw272Ps9F6/Or3Ea4olU3OcRlaq125Xw8r0zrjrF80xOP6B5B0aMxy7xunY/dVCqhdW6pfrgFEt"
    "b7Luz2T0TUNUC8y4mqth4ZFuwCb96z8tym9t7qQVk5C6rMNtmRTV5H7YLED2P7lb4+DiqprbFK2GtB9jG2dVCz2N8MWWupqZ"
    "9qoY+BCA+JPGZvKXQh5ilx1uYm8apFxmkT6/jxiHv3ENZzjMS0x29k18ffH0lSW73+gkPTUTVY+8nOiaz3SskmKtP0MVV6sg"
    "7ybAMdU+duAVc1nbHX7D3s66hrVug0NotuWNtk46cOF97aH39V8KnOrjW521+CT9Z6GBQ3HTlTNBfLNITvBo5z2NvG6EtpmV"
    "8kRG6ecLuTy6EizMCud5sN2DB93B7Uro87sHCr8UOEIuV93IHsj1xCnUUu6/4cm2C4/6ke89k/dn3YwJw/QZdfPXyRzkNB5y"
    "MvxWdxRpEQ8cPNA04VBhKv/pqNuZNRPtAZY1ocq/nfP4yzuUzSisczUt6a8dmL7e7pAqrK3p989nIm5weirryXnRJyVDLW+f"
    "xouD7wJmjSLHNb558laeB0adrHLP9CAKnYY4vvYalV9G52UeEN30ZM3NWvb0vuvBbO9GQEC0MFPLgzt6DL/xcsoCBRfPy8yP"
    "MXIGXUt1bM4zibEtdLl6/PSbVhnsX2Hqf4tvuwVXL1BAwFmFYZhVJxTOSHC6+NzI0YivaNn17/1SAjEnH0Y2xJD474QrsbGj"
    "6rcRRZR3PYtgX3wlk066G0NvCKZe12eTbEd8zZ5uC2Q8wn/45vnfiBOJVBn9yj7YR4G3jDgt8PPK6TL/Y1HadefhSYYcAYxJ"
    "k5wxz0ONc2n5uNnm/f74L5BphTLbtgaCHaHtjKuu/SNnScK+1p/YZxEkZPVtQnNyxDkZO7ZnPlVa2HcQJ3ClqQ8jgYbQB/Vd"
    "yJUVjeq/xwFpNyN1U8g2SI3WE1C03S8s2zoQ8GGlYNWngRh+rF2VfsWw7XGY+2FNf8g6M3O17oNabMB2usXCeZ0NNUNgYznn"
    "7c2MnOXC5L2UTWQxDsN3KqFc+WVRuUCdrsQwGDaXtVtBdv9EzG43+68Gv2WUDzP/Bzg+AgxSsUVeDxwhIXTZfpihLnuGNEkP"
    "4ksqJnc8HqAZDM3DO77NO0GG1F96v/l9h62zUWyn8uuTANdtT5M5B+iYM0GwlgPvWqSqejrU2t5w0siodsWBhd0OsKcTvqLP"
    "TpwXy+1IDAtYIrW0eafXdv7DRW+m48dW5UHWnHwOMM6N93azEbRZw+tJPdcxwjxM3NY+ja29AsxOxNceQT8L7rnr6AsFi24h"
    "ZY59aeu61y2FMWGwPBA91GCR6cOUHmViCTylQU7n4dF8MrskL6WMYxaOUqkwR6JtcJjufV8Jj+zdl92bjthk9QUxD+0rxfjh"
    "iV0Rhy2OPrRWqrg53d2cGULW0JxK9cRbM45a6vFFzSEGXHFUDenIv7NiFQsG5Nowq8/M4YaT3LwHwczvQu+pDUROQe+bZQot"
    "lV9RpLCue6YoQQ/z+gtw6x7/46F90NDpqU1wDfPMm9X7oVKjMQb1+/k76IR2j/9IZUloyCdwK8nnN/Q56CUrBZ6QxvHajV8N"
    "qvZ+zAW8p0a4x1LTIdmoVsA6cKHA5swaYwW+Ovr1gkUOfPDK/1i59ODRNVjmPVhnXwpje80rcd5IL+z6b6JfrsG4sB18g5mQ"
    "ypLa+WjRc+7jtzgi+k6eBG8DCFak2L9GX1hrrPaSsFxWl+42f2xnumyl0lvJw6eAs1VxR62E/qwx953rcMbru7r+Rm3poLTO"
    "b5SYX69wprgDM0vkyBr1o873S5enM64QM4pwjZfuHl4vP5s="
)


@lru_cache(maxsize=1)
def _word_filter() -> bytes:
    return base64.b64decode("".join(_WORD_FILTER_B64))


@lru_cache(maxsize=8192)
def is_dictionary_word(word: str) -> bool:
    """Whether ``word`` (letters only, any case) is in the dictionary (1 % false positives)."""
    w = word.lower()
    if not 3 <= len(w) <= 14 or not w.isascii() or not w.isalpha():
        return False  # the filter holds words of 3-14 letters; anything else would be chance
    digest = hashlib.blake2b(w.encode(), digest_size=16).digest()
    a = int.from_bytes(digest[:8], "little")
    b = int.from_bytes(digest[8:], "little") | 1
    bits = _word_filter()
    for i in range(_WORD_FILTER_HASHES):
        pos = (a + i * b) % _WORD_FILTER_BITS
        if not bits[pos >> 3] & (1 << (pos & 7)):
            return False
    return True


# short words that glue into names and phrases: mypass, newpass, doesnotexist, dbadmin, isdone
_GLUE_SHORT = frozenset(
    {"my", "no", "is", "it", "of", "to", "in", "on", "at", "by", "or", "me", "we", "up", "an",
     "do", "so", "be", "if", "as", "the", "and", "not", "for", "you", "are", "all", "any", "one",
     "two", "new", "old", "out", "off", "has", "can", "get", "set", "use", "our", "now", "non",
     "db", "app", "web", "dev", "sys", "top", "key", "pwd", "api",
     # shadow-utils' verbs: groupadd, userdel, usermod (pyinfra's `"pw", "groupadd"`)
     "add", "del", "mod",
     # an adverb before an adjective: "password":"tooeasy" (mssql's README), toosimple
     "too",
     # borg's key modes (repokey, migrate passphrase -> repokey)
     "repo"}
)  # fmt: skip


@lru_cache(maxsize=4096)
def is_glued_words(word: str) -> bool:
    """Whether ``word`` is dictionary words glued together (``correcthorse``, ``doesnotexist``):
    pieces of four or more letters or short common words, two to four pieces. A word that is
    itself in the filter counts when its pieces are words too (``newkey``, ``password``)."""
    w = word.lower()
    n = len(w)
    if n > 32:
        return False
    # best[i]: fewest pieces that spell w[:i] (None: cannot)
    best: list[int | None] = [0] + [None] * n
    for end in range(1, n + 1):
        for start in range(max(0, end - 14), end):  # dictionary words have 3-14 letters
            prev = best[start]
            if prev is None or prev >= 4:
                continue
            if start == 0 and end == n:
                # two pieces at least: a word the filter holds (or takes for one by chance,
                # "newkey") is still glued if its pieces are words
                continue
            piece = w[start:end]
            if (len(piece) >= 4 and is_dictionary_word(piece)) or piece in _GLUE_SHORT:
                if best[end] is None or prev + 1 < best[end]:  # type: ignore[operator]
                    best[end] = prev + 1
    return best[n] is not None


# ----------------------------------------------------------------------------- key names

FAMILY_ORDER = ("password", "secret", "token", "key", "auth", "credential")

_NOT_PASS = frozenset(
    {"bypass", "compass", "overpass", "underpass", "surpass", "trespass", "encompass", "impasse",
     "getpass", "bandpass", "highpass", "lowpass", "allpass", "multipass", "onepass", "twopass",
     "singlepass", "firstpass",
     # German and Scandinavian for compass (Kompass\tpusula in FreeDict's German-Turkish)
     "kompass",
     # SSH_ASKPASS, GIT_ASKPASS, SUDO_ASKPASS: the program that asks for the password
     "askpass"}
)  # fmt: skip
_NOT_PASS_TAILS = tuple(sorted(w for w in _NOT_PASS if w.endswith("pass")))
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


# the words that make a compound with a "key" before them (keyframe, keydown; _KEY_WORDS_NOT_KEY
# holds the compounds written as one word). Not all of its compounds: after a qualifier, key
# value, key store or key set still name a key (apiKeyValue = "sk-…")
_KEY_COMPOUND_NEXT = frozenset(
    {"frame", "frames", "board", "word", "words", "stroke", "strokes", "press", "code", "codes",
     "up", "down", "map", "pad",
     # key derivation (a KDF): _ENCRYPTION_KEY_DERIVATION_SALT = b"phoenix-database-…"
     # (Arize Phoenix, round 85) names the derivation's salt
     "derivation"}
)  # fmt: skip


def families_of_segment(seg: str) -> set[str]:
    """The credential families one word of a key name names (``passwd`` -> {password})."""
    return set(_segment_families(seg))


# "password" as code and notes in other languages name it (Portuguese senha, Spanish contraseña,
# German Kennwort, Dutch wachtwoord, Swedish losenord, Norwegian passord, Danish adgangskode,
# Finnish salasana, Polish haslo, Czech heslo, Hungarian jelszo, Turkish sifre, French motdepasse
# and mot de passe/mdp below); split_words cuts names at non-ASCII letters, so contraseña is
# matched by its ASCII stem
_FOREIGN_PASSWORD_WORDS = (
    "senha", "contrase", "kennwort", "wachtwoord", "losenord", "passord", "adgangskode",
    "salasana", "haslo", "heslo", "jelszo", "sifre", "motdepasse",
)  # fmt: skip


@lru_cache(maxsize=8192)
def _segment_families(seg: str) -> frozenset[str]:
    fams: set[str] = set()
    if seg in _NOT_PASS:
        return frozenset()
    if (
        any(w in seg for w in ("password", "passwd", "passphrase", "passcode", "passwort", "pwd"))
        # at the word's start or end (minhasenha, senhaadmin): inside a glued name the letters are
        # chance (metricsenhanced, theslot, bypassorder)
        or any(seg.startswith(w) or seg.endswith(w) for w in _FOREIGN_PASSWORD_WORDS)
        or seg == "mdp"
        or seg in {"pass", "pword", "pswd", "pw", "passw", "pwds"}
        # (NOBYPASS, a FileCheck prefix in LLVM's tests: a word of _NOT_PASS ends it)
        or (seg.endswith("pass") and len(seg) <= 12 and not seg.endswith(_NOT_PASS_TAILS))
        or seg.startswith("pword")
    ):
        fams.add("password")
    # libsecret: GNOME's Secret Service library (libsecret_dependencies += gcrypt_dep in its
    # meson.build); its own word still counts in a name beside it (libsecret_password)
    if (
        "secret" in seg
        and not seg.startswith(("secretar", "libsecret"))
        and seg != "secretsmanager"
    ):
        fams.add("secret")
    if "token" in seg and "tokeniz" not in seg and "tokenis" not in seg:
        fams.add("token")
    if seg not in _KEY_WORDS_NOT_KEY and (seg == "key" or (seg.endswith("key") and len(seg) > 3)):
        fams.add("key")
    # sssd.conf ldap_default_authtok / krb5 authtok: the PAM "authentication token", a password
    if seg in {"auth", "authz", "authn", "authorization", "authorisation", "authtok"} or (
        seg.endswith("auth") and seg not in {"oauth"}
    ):
        fams.add("auth")
    if seg in {"cred", "creds", "credential", "credentials"}:
        fams.add("credential")
    return frozenset(fams)


def credential_families(key: str) -> set[str]:
    """The credential families named by a key (``db_password`` -> {password})."""
    return set(key_families(key))


# words that make a "ticket" a bearer credential: WeChat's jsapi_ticket / api_ticket, a CAS or
# Kerberos service ticket, an SSO login ticket (a support or event ticket is not one)
_TICKET_QUALIFIERS = frozenset(
    {"jsapi", "api", "access", "auth", "session", "service", "sso", "cas", "login", "logon",
     "signin", "kerberos", "krb", "tgt", "proxy", "grant"}
)  # fmt: skip


# words before a bare "pass" that make it a stage of rendering or compiling, not a password:
# renderPass, shadow_pass, blurPass (WebGL/Vulkan render passes), optimization_pass
_STAGE_BEFORE_PASS = frozenset(
    {"render", "draw", "shader", "shadow", "depth", "blur", "bloom", "compute", "geometry",
     "lighting", "composite", "tracing", "offscreen", "picking", "pick", "stencil", "opaque",
     "translucent", "transparent", "raster", "forward", "deferred", "outline", "ssao",
     "optimization", "optimize", "lowering", "codegen", "compiler", "compile", "analysis",
     "transform",
     # a filter's pass band (kFidSpecLowPassBessel4, Mixxx's audio filters; a notch passes
     # all but one band)
     "low", "high", "band", "all", "notch",
     # audio_pass: '15000' (GNU Radio's flowgraphs: an FM receiver's audio low-pass cutoff)
     "audio"}
)  # fmt: skip
# words after a bare "pass" that make it a verb phrase (pass_through, passThru, pass_by) or a
# test's verdict (*passFail = DmtxFail in libdmtx, pass_fail = "FAIL")
_AFTER_PASS = frozenset({"through", "thru", "by", "fail", "fails", "failed"})


def _stage_pass(words: tuple[str, ...], i: int) -> bool:
    """Whether ``words[i]`` (a bare ``pass``) is a render or compiler pass, a filter's pass band
    or a pass-through or a pass/fail verdict."""
    return (i > 0 and words[i - 1] in _STAGE_BEFORE_PASS) or (
        i + 1 < len(words) and words[i + 1] in _AFTER_PASS
    )


_AUTH0_RE = lazy(r"(?i)(?<![a-z])auth0(?![0-9])")


def key_families(key: str) -> frozenset[str]:
    """:func:`credential_families` as a frozenset (its words' families are memoised)."""
    fams: set[str] = set()
    if "0" in key and _AUTH0_RE.search(key):
        # Auth0, the identity vendor: its name is no "auth" (AUTH0_CLIENT, auth0Domain hold an
        # identifier; AUTH0_CLIENT_SECRET is still a secret by its own word)
        key = _AUTH0_RE.sub("_", key)
    words = key_words(key)
    for i, seg in enumerate(words):
        if seg == "pass" and _stage_pass(words, i):
            continue
        if seg == "key" and words[i + 1 : i + 2] and words[i + 1] in _KEY_COMPOUND_NEXT:
            # VP8KeyFrame8x8, onKeyDown, KeyCode: "keyframe", "keydown" written in camelCase,
            # split by the word splitter (LiveKit's SIF payloads, round 82)
            continue
        fams |= _segment_families(seg)
        if seg == "ticket" and i and words[i - 1] in _TICKET_QUALIFIERS:
            fams.add("token")
        if seg == "passe" and i >= 2 and words[i - 2 : i] == ("mot", "de"):
            fams.add("password")  # MOT_DE_PASSE, mot-de-passe
    return frozenset(fams)


# ----------------------------------------------------------------------------- placeholders

_TEMPLATE_RE = lazy(
    r"""
    \$\{ | \$\( | \{\{ | \}\} | \{% | <%= | <% | \#\{             # ${VAR} $(cmd) {{ var }} #{x}
    | ^\[%                                                     # [% var %] (Template Toolkit)
    | (?:^|[=:/({])\$\$                                        # $$VAR (compose, Make), not P@$$w
    | ^\$[A-Za-z_][\w.]*-?$                                    # $VAR, $var.attr, $this->
    | /\$[A-Za-z_]\w*(?:/|$)                                   # /usr/lib/app/bin/$SCRIPT
    | ^\$[A-Za-z_]\w*(?:\{['"]?\w+['"]?\}|\[['"]?\w+['"]?\])+;?$  # $args{p} $_POST['pw'] (Perl, PHP)
    | ^\$[A-Za-z_]\w*[{\[]$                                   # "$Global{'bindpw'}" cut at its quote
    | %\{[A-Za-z_][\w:.-]*\} | (?:^|/)%[A-Za-z]$                 # %{oauth2:token} passdb/%u (Dovecot)
    | ^&(?:[a-z][a-z-]*:)?[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$   # &session-state:Tmp-Integer-0 (unlang)
    | ^%%?[A-Za-z_][\w.-]*%%?$ | ^%\(?[\w.]*\)?[sdr]$ | ^%[sd]$  # %VAR% %%VAR%% %(name)s %s
    | ^%[A-Za-z_][\w.-]*;$                                      # %disabled; (a DTD's entity)
    | ^[A-Za-z_]\w*=\[?%[-+0-9.]*[sdiuxXp]\]?$                  # code=[%d] (a printf field)
    | ^[A-Za-z_]\w*\[(?:0x)?%[-+0-9.]*(?:l{1,2}|h{1,2}|z)?[diuxXp]\]$  # direction[0x%08X]
    | ^-{1,2}[A-Za-z][\w-]*=?\$\{?\w+\}?$                       # -p$PW --password=$2 (shell)
    | \$[A-Za-z_]\w*-$                                         # "GIMP_PDB_$arg->{name}" (Perl)
    | ^&lt;[^&]*(?:&gt)?$                                      # &lt;username&gt; (HTML-escaped)
    | ^(?:~[-0-9.*]{0,4}[aswpPWBXcdefginstx~]){1,6}$             # ~p~n ~s (Erlang, Lisp format)
    | ^<[^<>]*>?$ | ^\[[^\[\]]*\]?$ | ^\{[^{}]*\}?$ | ^\([^()]*\)?$   # <your-key> [secret] {0}
    | ^@[\w.-]+@$ | ^__[\w-]+__$ | ^\?+$ | ^\#{3}  # @TOKEN@ __KEY__ ??? ###KEY###
    | ^:[a-z_]\w*$                                             # :password (bind/symbol)
    | ^\$[A-Z][A-Z0-9_]{1,30}\$$                               # $ARG6$ $USER1$ (Nagios macros)
    | ^ENC\( | ^!vault | ^vault: | ^ref\+ | ^op:// | ^env: | ^arn:aws:secretsmanager
    | ^ENCRYPTED\[[0-9a-f]{32,}\]$                              # Cirrus CI's encrypted variable
    """,
    re.X,
)
_PLACEHOLDER_WORDS = (
    "example", "sample", "placeholder", "dummy", "changeme", "change_me", "change-me", "changeit",
    # Buildbot's documented sendchange password (changepw) and its kin
    "changepw", "change_pw", "changepass", "changethis", "change_this",
    "your", "replace", "redacted", "fake", "todo", "fixme", "foobar", "lorem", "insert",
    "enter_", "enteryour", "xxx", "test", "mock", "secret_here", "here_", "_here", "notreal",
    "not_real", "not-real", "default", "demo", "passw", "p@ssw", "pa55w", "s3cr3t", "hunter2",
    # "secret" as slang spells it (s3krit: Django's multi-database docs, seekr3t: openstacksdk's
    # tests)
    "sekrit", "seekret", "sekret",
    # the value saying what it is (Ghost's development config: "pass": "unsecure")
    "insecure", "unsecure",
    "qwerty", "letmein", "undefined", "null", "none", "empty", "invalid", "random", "abcdef",
    "abc123", "123abc", "abcd", "1234", "a1b2c3", "1a2b3c",
    # the top row and the digit row typed in turn (q1w2e3r4: Rails' dbconsole tests)
    "q1w2e3",
    # filler a person types where any value will do (User-Password == "blah"), and the
    # placeholder person's name typed as a test user's password ("password1": "johndoe")
    "blah", "johndoe", "janedoe",
    # the British placeholder person (username=joe password=bloggs: TiddlyWiki's server docs)
    "bloggs",
    # the metasyntactic words of tests after foo and bar ("Secret":"fizzbuzz": containers/image's
    # credential-helper fixture), and "passphrase" as "password" is (WithPassphrase123)
    "fizzbuzz", "passphr",
    # how to make one, written where the value goes (.env.example: generate-with-openssl-rand-
    # base64-32, use_openssl_rand_hex_32): an instruction, not a key
    "openssl",
)  # fmt: skip
# leetspeak back to letters: P@55w0rd -> password, s3cr3t -> secret (filters.py uses it too)
DELEET = str.maketrans("@4310$57!", "aaeiosstl")
# placeholder words still readable once separators and digits are dropped (Pass@Word1, s-e-c-r-e-t)
_SPELLED_WORDS = ("password", "passwd", "pswd", "changeme", "secret", "example", "sample", "dummy",
                  "privatekey")  # fmt: skip
# "password" and "changeme" with one inner letter dropped: what is left of them once a symbol put in
# a letter's place (p#ssword, chang*me) is taken out with the other non-letters
_MASKED_LETTER_WORDS = tuple(
    sorted({w[:i] + w[i + 1 :] for w in ("password", "changeme") for i in range(1, len(w) - 1)})
)
# one search for all of them: a value is a placeholder if any word occurs anywhere in it
_PLACEHOLDER_WORDS_RE = lazy("|".join(re.escape(w) for w in _PLACEHOLDER_WORDS))
# lower-case words of a few letters or digits, ending in the kind of credential (…-api-key)
_KIND_TAIL_RE = lazy(
    r"^(?:[a-z0-9]{1,12}[-_]){1,4}(?:api[-_]?key|apikey|access[-_]?key|token|secret|key|sk|ak)$"
)
_FORMAT_RE = lazy(r"%\(\w+\)[sdr]|\{\d*\}|^\{[A-Za-z_]\w*\}")  # {0} {} {url}/v2.0
# asdf / qwer standing alone as a piece of the value (between separators or at an end)
_FILLER_PIECE_RE = lazy(r"(?:^|[^a-z0-9])(?:asdf|qwer)(?:[^a-z0-9]|$)")
# foo, bar, baz or qux joined to a short piece (tkey_foo, key-bar): a test's stand-in name
_META_PIECE_RE = lazy(r"^(?:[a-z]{1,5}[-_](?:foo|bar|baz|qux)|(?:foo|bar|baz|qux)[-_][a-z]{1,5})$")
_PERCENT_RE = lazy(r"%[sdr](?![A-Za-z0-9])")
_SEQUENCES = ("0123456789", "9876543210", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl",
              "0123456789abcdef0123456789abcdef")  # fmt: skip
# a length rule spelled out (8chars, eightcharacters, 12characters, mustbeeightcharaters)
_LENGTH_RULE_RE = lazy(
    r"(?:\d{1,2}|six|seven|eight|nine|ten|twelve|sixteen)(?:chars?|chara?c?ters?|charecters?)"
)
_MASK_RE = lazy(r"(.)\1{3,}|\*{2,}|\.{3,}|•|…|(?:^|\W)(?:x{2,}|X{2,})(?:\W|$)")


def _has_placeholder_word(
    value: str, low: str, plain: str, long_random: bool, short_letters_chance: bool = False
) -> bool:
    """A placeholder word in the value. In a long random token (an OAuth refresh token, an SSO
    cache token) a word of four letters or fewer (``test``, ``none``, ``xxx``, ``1234``) turns up
    by chance — about one 300-character token in thirty — so there only longer words count. A word
    a person wrote has one case (``test``, ``TEST``, ``Test``); with its case mixed (``pASsw`` in
    a random AWS secret key) it is chance too; filler such as ``aBcDeF`` counts in any case.
    ``short_letters_chance``: a random key of 40+ characters in one case (base32 NKey and TOTP
    seeds), where a short word of letters (XXX, ABCD, NULL) is chance too."""
    words = [
        m.group()
        for t in (low, plain)
        for m in _PLACEHOLDER_WORDS_RE.finditer(t)
        if m.group() in _SEQUENCE_WORDS
        or len(low) != len(value)
        or _one_case(value[m.start() : m.end()])
        or (m.end() - m.start() >= 6 and _is_pascal_words(value[m.start() : m.end()]))
    ]
    if not words:
        return False
    if short_letters_chance:
        # a one-case random key: a word of four letters or fewer is chance there, a counting run
        # of digits (1234 in mykeyid123456789…) is still typed
        return any(len(w) > 4 or not w.isalpha() for w in words)
    return any(len(w) > 4 for w in words) if long_random else True


# filler, not words: written in any case (aBcDeFgH, a1B2c3D4 are placeholders too). Shorter
# filler (xxx, abcd) needs one case like a word: "XxX" or "aBCd" turns up by chance in about one
# random 40-character secret in a thousand
_SEQUENCE_WORDS = frozenset({"abcdef", "abc123", "123abc", "a1b2c3", "1a2b3c"})


# two or more capitalised words run together, leetspeak read back (FooBar, L3tM3In, F0oB4r)
_PASCAL_WORDS_RE = lazy(r"^(?:[A-Z][a-z]+){2,}$")


def _is_pascal_words(text: str) -> bool:
    """``FooBar``, ``LetMeIn``, ``JohnDoe``: a placeholder of several words as a person writes it
    in PascalCase. It adds one case pattern to the one-case ones for words of six letters or more,
    which a random token still holds by chance too rarely to matter; mixed case such as
    ``fOoBaR`` still does not count."""
    return _PASCAL_WORDS_RE.match(text.translate(DELEET)) is not None


def _one_case(text: str) -> bool:
    letters = "".join(c for c in text if c.isalpha())
    return letters.islower() or letters.isupper() or letters.istitle() or not letters


# "long random": at least this long and this random (bits per character); in such a value short
# placeholder words and runs of four equal characters are chance, not intent
_CHANCE_LEN = 64
_CHANCE_ENTROPY = 4.5
# a short piece said over and over: 123123, abcabc, Xy7!Xy7!, 0123456789 0123456789 …
_REPEATED_UNIT_RE = lazy(r"^(.{1,16}?)\1+$", re.S)
_MASKED_TAIL_RE = lazy(r"(?:X{4,}|x{4,})$")
_MASK_LONG_RE = lazy(r"(.)\1{7,}|\*{2,}|\.{3,}|•|…|(?:^|\W)(?:x{2,}|X{2,})(?:\W|$)")


def _is_zero_run_header(value: str, hit: re.Match[str], mask: LazyPattern) -> bool:
    """A run of ``A`` in the first characters of a long encoded token is structure, not a mask:
    ``A`` is base64's zero, so the small integers and zero bytes of a token's binary header
    encode as ``AAAA`` (Square's ``EAAA`` prefix with a body that starts with ``A``, Meta's
    ``EAAAAU…`` app tokens, base64 of binary whose first bytes are zero). Only a run of four to
    eight ``A`` starting within the first three characters, followed by at least 24 characters
    with no other mask and of random-looking variety; a mask (``AAAA…`` filler,
    ``EAAA********``) keeps its reason, and so does a run further in (Jenkins' encrypted
    ``AQAAABAAAA…`` blobs: ciphertext under the controller's key, not a plaintext secret)."""
    start, end = hit.span()
    if hit.group(0)[0] != "A" or start > 2 or end - start > 8 or len(value) - end < 24:
        return False
    rest = value[end:]
    return mask.search(rest) is None and len(set(rest)) >= 16 and shannon_entropy(rest) >= 4.0


def _is_periodic(low: str) -> bool:
    """A short unit said over and over and cut anywhere: ``01234567890123456789012345678901``
    (32 characters of 0-9 counting), ``abcabcab``; at least two whole units and eight or more
    characters (a generated value never repeats itself)."""
    n = len(low)
    if n < 8:
        return False
    return any(low[k:] == low[:-k] for k in range(1, min(16, n // 2) + 1))


# the keyboard's digit row ends in 0: 1234567890, read backwards 0987654321
_COUNTING_SEQUENCES = (*_SEQUENCES, "1234567890")


def is_counting_filler(value: str) -> bool:
    """Filler a person types for a test key: a unit repeated and cut anywhere
    (``01234567890123456789012345678901``) or runs of the alphabet and the keyboard's digit row
    (``fedcba0987654321``), eight characters or more, or ten digits or more counting on through
    the digit row with other characters between them (``a123b45c6d78e9f0…``). is_placeholder
    leaves these to the caller: other scanners' rule examples use them as stand-ins for real keys
    (a finding there is expected), so filters.py drops them only in test, fixture and
    documentation files."""
    alnum = _NOT_LOWER_ALNUM_RE.sub("", value.lower())
    if len(alnum) < 8:
        return False
    if _is_periodic(alnum):
        return True
    digits = [int(c) for c in alnum if c.isdigit()]
    if len(digits) >= 10:
        steps = [(b - a) % 10 for a, b in pairwise(digits)]
        if max(steps.count(1), steps.count(9)) >= 0.85 * len(steps):
            # a123b45c6d78e9f012a34cd5e6a7890b…: the digit row counted through (or back, and
            # started again once in a while), other characters put in between; a random value's
            # ten digits count on like that by chance about once in ten million
            return True
    runs = _RUNS_RE.findall(alnum)
    if len(runs) == 3:
        # gh567890ijkl (ldap3's tests, after ab123456cdef): the alphabet typed on around a run of
        # the digit row, the letters one sequence once the digits are taken out
        letters = runs[0] + runs[2]
        if (
            len(letters) >= 4
            and len(runs[1]) >= 4
            and any(letters in seq for seq in _SEQUENCES)
            and any(runs[1] in seq for seq in _COUNTING_SEQUENCES)
        ):
            return True
    return len(runs) >= 2 and all(
        len(r) >= 3 and any(r in seq or r[::-1] in seq for seq in _COUNTING_SEQUENCES) for r in runs
    )


def masks_password_word(value: str) -> bool:
    """p#ssword!, passw*rd, chang*me: "password" or "changeme" with one inner letter written as a
    symbol DELEET does not read (dj-database-url's README), as plain a placeholder as P@ssw0rd."""
    if len(value) > 24:
        return False
    low = value.lower()
    if any(
        len(low) == len(w)
        and low != w
        and all(a == b or not a.isalnum() for a, b in zip(low, w, strict=True))
        # most of the word's letters are still there: "!@#$%^" is a row of symbols, not a mask
        and sum(a == b for a, b in zip(low, w, strict=True)) * 2 >= len(w)
        for w in _SYMBOL_MASKED_WORDS
    ):
        # s$cr$t (Symfony's security tests): the word with a symbol put for each of some of its
        # letters, wherever they are
        return True
    letters = _NOT_LOWER_RE.sub("", low.translate(DELEET))
    return any(w in letters for w in _MASKED_LETTER_WORDS)


# words whose letters a test masks one by one with symbols (s$cr$t, p*ssw*rd)
_SYMBOL_MASKED_WORDS = ("password", "passwd", "changeme", "secret")


# wfuzz's payload markers, one per payload list: FUZZ, FUZ2Z, FUZ3Z …
_FUZZ_MARK_RE = lazy(r"^FUZ\d*Z$")


@lru_cache(maxsize=2048)
def is_placeholder(value: str) -> str | None:
    """Why ``value`` is a template, reference, placeholder or mask, or ``None`` (memoised: pure)."""
    low = value.lower()
    if _TEMPLATE_RE.search(value):
        return "template or variable reference"
    if value[:3] == "FUZ" and _FUZZ_MARK_RE.match(value):
        # ?user=FUZZ&pass=FUZ2Z (wfuzz's docs; ffuf's FUZZ): a fuzzer's payload markers
        return "placeholder or test value"
    if low.startswith("tether://"):
        return "tether reference"
    if value[-2:] == ".." and value[-3:-2].isalnum() and ("_" in value or "-" in value):
        # dotenv://:key_899..@dotenv.org/… (a listing of keys shown cut short): a token's prefix
        # that ends in an ellipsis of two dots (three are a mask, below); a password may end in
        # dots ("(Password: G9a71u565..)")
        return "value shown cut short (ends in ..)"
    if value[:2] in ("0x", "0X") and len(value) >= 18 and _HEX_RE.match(value[2:]):
        # secret: 0xdeadbeefdeadbeef… (Knot's docs): a hex literal is judged by its digits, as
        # hex (a run of four equal digits in 32 is chance there, two hexspeak words are not)
        return is_placeholder(value[2:])
    long_random = len(value) >= _CHANCE_LEN and shannon_entropy(value) >= _CHANCE_ENTROPY
    # 32+ random hex digits hold a run of four equal digits about once in 140 values: in pure
    # hex only a run of eight is a mask
    long_hex = len(value) >= 32 and _HEX_RE.match(value) is not None
    # a random key of 40+ characters in one case (base32: NKey seeds, TOTP seeds) holds a short
    # word (XXX, ABCD, NULL) or four equal characters about once in 175 values; typed capitals
    # (YOURAPIKEYGOESHERE…) are words, and keep the short-word check
    one_case_random = (
        not long_random
        and not long_hex
        and len(value) >= 40
        and value.isalnum()
        and (value.isupper() or value.islower())
        and word_fraction(value) < 0.3
    )
    mask = _MASK_LONG_RE if long_random or long_hex or one_case_random else _MASK_RE
    hit = mask.search(value)
    if (hit and not _is_zero_run_header(value, hit, mask)) or len(set(low)) <= 2:
        return "masked or repeated characters"
    if len(value) >= 16 and _MASKED_TAIL_RE.search(value):
        # api_token=QX29…L1AKHXXXXX (Zuul's Pagure driver): a token's last characters masked with
        # X; a random token ends in four Xs about once in two million (base36)
        return "masked or repeated characters"
    if _REPEATED_UNIT_RE.match(low):
        return "masked or repeated characters"
    # leetspeak (p4ssw0rd) is how people disguise a word; in hex digits it is chance: 70d0 is not
    # "todo", and 1234 or abcd inside 32+ random hex digits is no more a placeholder than in a long
    # random token (about one random 64-digit hex key in 150 was taken for a placeholder)
    plain = low if long_hex else low.translate(DELEET)
    if _has_placeholder_word(value, low, plain, long_random or long_hex, one_case_random):
        return "placeholder or test value"
    letters_only = _NOT_LOWER_RE.sub("", plain)
    if any(w in letters_only for w in _SPELLED_WORDS):
        return "placeholder or test value"
    if masks_password_word(value):
        return "placeholder or test value"
    # P2$Sword (moto's tests: 2 written for a), pa33w0rd (a documented example), P4zzW0rd!
    # (DokuWiki's tests): the spellings DELEET leaves alone, for a and for ss
    respelled = low.replace("33", "ss").replace("zz", "ss").replace("2", "a")
    if respelled != low and len(value) <= 24 and "passw" in respelled.translate(DELEET):
        return "placeholder or test value"
    if low.startswith("foo") and low.endswith("bar") and len(low) <= 24:
        # foo$r$6$bar, foo-x-bar: the metasyntactic pair around what a test puts in between
        return "placeholder or test value"
    if ("-" in low or "_" in low) and _META_PIECE_RE.match(low):
        # token_secret: "tkey_foo" (cloud-init's reporting example): an abbreviation and foo
        return "placeholder or test value"
    if ("asdf" in low or "qwer" in low) and _FILLER_PIECE_RE.search(low):
        # "asdf_value", "qwer-1": the home or top row's first keys typed as one piece of the
        # value (`123QWERasdf, run into other characters, is a keyboard-walk password, judged on)
        return "placeholder or test value"
    if ("-" in value or "_" in value) and _KIND_TAIL_RE.match(value):
        # password=my-nfsn-api-key, password=pdd-token (ddclient's usage text): words that end
        # in the kind of credential that goes there, a name for it, not the value
        return "placeholder or test value"
    if _FORMAT_RE.search(value) or len(_PERCENT_RE.findall(value)) >= 2:
        return "format string"
    if not long_random and _LENGTH_RULE_RE.search(_NOT_LOWER_ALNUM_RE.sub("", low)):
        # must_be_eight_characters, Mustbe8characters, barbut8chars: the length rule written
        # where the value goes (provider docs' examples), an instruction, not a password
        return "placeholder or test value"
    letters = [c for c in value if c.isalpha()]
    if (
        len(letters) >= 6
        and any(c > "f" for c in letters)
        and all(c in "asdfghjkl" for c in letters)
    ):
        return "keyboard mash (home row)"
    alnum = _NOT_LOWER_ALNUM_RE.sub("", low)
    while len(alnum) >= 8 and len(alnum) % 2 == 0 and alnum[::2] == alnum[1::2]:
        # 00112233… reads as 0123…, and 0000111122223333… (certbot's DigitalOcean token) too
        alnum = alnum[::2]
    if len(alnum) >= 12 and len(alnum) % 3 == 0 and alnum[::3] == alnum[1::3] == alnum[2::3]:
        # aaabbbcccdddeee111222333444 (opsdroid's example configuration): each key typed three
        # times reads as abcde1234
        alnum = alnum[::3]
    if len(alnum) >= 4:
        # the digit row too (restartpass="7890" in InspIRCd's shipped config)
        for seq in _COUNTING_SEQUENCES:
            if alnum in seq or (len(alnum) >= 6 and seq[: len(alnum)] == alnum):
                return "keyboard or alphabet sequence"
    if len(alnum) >= 6 and _is_sequence_runs(alnum):
        return "keyboard or alphabet sequence"
    if len(alnum) >= 8 and _is_row_pieces(alnum):
        # --password=asdfqwer (qpdf's encryption tests): runs along two rows of keys
        return "keyboard or alphabet sequence"
    if len(alnum) >= 8 and _is_interleaved_counting(alnum):
        # TOKEN = "z9y8x7w6v5u4t3" (schemathesis' fixtures): letters and digits taking turns,
        # each counting down (or up) by one
        return "keyboard or alphabet sequence"
    # a UUID's 32 digits count as long hex too (cafefeed-c001-b055-ea75-deadbeef4a11, git-secret's
    # tests: a UUID spelled in hexspeak)
    uuid_digits = low.replace("-", "") if len(value) == 36 and value.count("-") == 4 else ""
    if (long_hex and _is_hexspeak(low)) or (
        _HEX_RE.match(uuid_digits) and _is_hexspeak(uuid_digits)
    ):
        return "hexspeak words in hex (dead, beef, cafe): made up, not generated"
    if long_hex and _is_byte_counter(low):
        return "counting byte sequence (a test pattern such as 000102…, not a key)"
    if _is_keyboard_mash(value):
        return "keyboard mash (typed along the key rows)"
    return None


def _is_interleaved_counting(alnum: str) -> bool:
    """``z9y8x7w6``, ``k1l2m3n4``: letters and digits in turn, and the letters and the digits
    each a run that goes up or down by one."""
    first, second = alnum[::2], alnum[1::2]
    if not ((first.isalpha() and second.isdigit()) or (first.isdigit() and second.isalpha())):
        return False
    return all(
        {ord(b) - ord(a) for a, b in pairwise(part)} in ({1}, {-1}) for part in (first, second)
    )


# words spelled in hex digits that people type into made-up keys (0xdeadbeef, cafebabe)
_HEXSPEAK = ("dead", "beef", "cafe", "babe", "f00d", "c0de", "feed", "face", "d00d", "b00b")


def _is_hexspeak(hex_low: str) -> bool:
    """Two or more hexspeak words in 32+ hex digits (``…6deadc62…beef7c…bacafe5…``): someone
    wrote it. One such word turns up by chance in about one random 64-digit key in a hundred,
    two of them in about one in twenty thousand."""
    return sum(w in hex_low for w in _HEXSPEAK) >= 2


def is_byte_counter(raw: bytes) -> bool:
    """Eight or more bytes that go up or down by one fixed step (00 01 02 …, 1f 1e 1d …)."""
    return len(raw) >= 8 and _is_byte_counter(raw.hex())


def is_counting_hex(value: str) -> bool:
    """Sixteen or more hex digits (eight bytes) that count up or down by one step
    (``000102…``, ``1f1e1d…``): :func:`_is_byte_counter` on a value written in hex."""
    return len(value) >= 16 and _HEX_RE.match(value) is not None and _is_byte_counter(value.lower())


def _is_byte_counter(hex_low: str) -> bool:
    """``000102030405…``, ``1f1e1d1c…``: hex bytes that go up or down by one fixed step, the key
    and message pattern of cipher and hash known-answer tests. A random key does this by chance
    with odds of 256 to the power of (bytes - 2)."""
    if len(hex_low) % 2:
        return False
    raw = bytes.fromhex(hex_low)
    step = (raw[1] - raw[0]) % 256
    return step != 0 and all((b - a) % 256 == step for a, b in pairwise(raw))


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_HOME_ROW = frozenset("asdfghjkl")
_LETTER_RUN_RE = lazy(r"[a-z]+")


def _row_run_letters(word: str) -> set[int]:
    """Positions in ``word`` (lower-case letters) that belong to a run of three or more keys next
    to each other on one keyboard row, forwards or backwards (``qwe``, ``lkj``, ``sdf``)."""
    hits: set[int] = set()
    for i in range(len(word) - 2):
        tri = word[i : i + 3]
        if any(tri in row or tri[::-1] in row for row in _KEY_ROWS):
            hits.update((i, i + 1, i + 2))
    return hits


def _is_keyboard_mash(value: str) -> bool:
    """``sdf0o9823sjdfsdf``, ``asdfoiw37850234lkjsdfsdf``, ``qwe089234lkjsdf``: lower-case letters
    hit along the keyboard rows, with some digits, as docs and tests make up tokens: nine or more
    letters, six or more of them in runs of three neighbouring keys on one row, and three quarters
    of them on the home row or in such runs. Hex digits cannot hold such a run (no s, g, q, w …),
    and a generated token's letters land on the home row about a third of the time. A few capitals
    (a fifth of the letters at most) are read as their letters: ``askdjghsdfjkghWupUjasdf…`` (a
    test's made-up secret key); a mixed-case generated token has about half (no hit in 600,000
    random base-62, base-36 and lower-case tokens of 12-48 characters)."""
    if not value.isascii():
        return False
    letters = [c for c in value if c.isalpha()]
    if len(letters) < 9:
        return False
    if any(c.isupper() for c in letters):
        if sum(c.isupper() for c in letters) * 5 > len(letters):
            return False
        value = value.lower()
    mashed = in_runs = 0
    for m in _LETTER_RUN_RE.finditer(value):
        word = m.group()
        runs = _row_run_letters(word)
        in_runs += len(runs)
        mashed += sum(1 for i, c in enumerate(word) if i in runs or c in _HOME_ROW)
    return in_runs >= 6 and mashed >= 0.75 * len(letters)


_RUNS_RE = lazy(r"[a-z]+|[0-9]+")


def _is_sequence_runs(alnum: str) -> bool:
    """``321cba``, ``cba987``, ``xyz789``: every letter and digit run is three or more steps of
    a sequence, forwards or backwards, or such a piece typed again (``123asdasd``, read from
    ``123!@#asdASD``: the keys typed, then typed again with shift)."""
    runs = _RUNS_RE.findall(alnum)
    return len(runs) >= 2 and all(_is_sequence_piece(_repeated_unit(r)) for r in runs)


def _is_row_pieces(alnum: str) -> bool:
    """``asdfqwer``, ``zxcvasdf``: runs of four or more neighbouring keys along the keyboard's
    letter rows, one after another, and nothing else (the digit row typed on and on,
    ``1234567890123…``, is counting filler, left to is_counting_filler's callers)."""
    i, n = 0, len(alnum)
    while i < n:
        j = next(
            (
                j
                # (a row has ten keys at most: no longer piece can lie along one)
                for j in range(min(n, i + 10), i + 3, -1)
                if any(alnum[i:j] in row or alnum[i:j][::-1] in row for row in _KEY_ROWS)
            ),
            0,
        )
        if not j:
            return False
        i = j
    return True


def _is_sequence_piece(run: str) -> bool:
    return len(run) >= 3 and any(run in seq or run[::-1] in seq for seq in _SEQUENCES)


def _repeated_unit(run: str) -> str:
    """The shortest piece that ``run`` repeats whole (``asd`` for ``asdasd``), else ``run``."""
    n = len(run)
    for k in range(3, n // 2 + 1):
        if n % k == 0 and run == run[:k] * (n // k):
            return run[:k]
    return run


# ----------------------------------------------------------------------------- files / lines

CODE_EXTENSIONS = frozenset(
    {".py", ".pyi", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx", ".java", ".kt", ".kts",
     ".scala", ".groovy", ".go", ".rs", ".c", ".h", ".cc", ".cpp", ".cxx", ".hpp", ".hh", ".cs",
     ".vb", ".fs", ".swift", ".m", ".mm", ".rb", ".php", ".pl", ".pm", ".lua", ".dart", ".r",
     ".jl", ".ex", ".exs", ".erl", ".clj", ".coffee", ".vue", ".svelte", ".sol", ".idl", ".proto",
     ".hx", ".nim", ".zig", ".v", ".cshtml", ".razor", ".jsp", ".aspx", ".erb", ".twig", ".tpl",
     ".ejs", ".hbs", ".html", ".htm", ".hs", ".ml", ".elm", ".purs", ".fsx", ".hrl", ".cljs",
     ".cljc", ".mli", ".hxx", ".inl", ".ipp", ".tcc", ".cu", ".cuh", ".gradle", ".f90", ".pas",
     ".cr", ".gd", ".td", ".i", ".swg",
     # GPU kernels and shaders (darktable's OpenCL kernels: rgb1pw1 = rgb1[idx + w];)
     ".cl", ".glsl", ".hlsl", ".frag", ".vert", ".metal",
     # yacc, bison and lex grammars, their actions in C (WordNet's wnparse.y: p->pword == …)
     ".y", ".yy", ".l",
     # fixed-form Fortran (profnet's phd.f: a comment line starts with C, Cxxpass LOK=…) and its
     # include files (NWChem's cf_f.fh: pl(…)=pw(iwfr+iwm,1,iwa,1))
     ".f", ".for", ".f77", ".fh",
     # Cython (libseccomp's seccomp.pyx: self._token = libseccomp.SCMP_ARCH_X86)
     ".pyx", ".pxd", ".pxi",
     # Free Pascal's units (wininet.pp: lpszPassword : LPSTR;) and Puppet's manifests, whose
     # values are quoted or variables ($db_password, hiera('db_pass')) as in code
     ".pp"}
)  # fmt: skip

# (``#[…]`` and ``#![…]`` are Rust attributes, code: #[serde(rename = "PASSWORD", …)])
# a leading ' is a VB comment, unless it opens a quoted key or item ('name': value, 'item',)
_COMMENT_RE = lazy(
    r"^\s*(?:#(?!!?\[)|//|/\*|\*|<!--|--|;|%|rem\s|'(?![^'\n]*'\s*(?:[:,)\]}=]|$)))", re.I
)


def is_comment_line(line: str) -> bool:
    """Whether ``line`` is a comment in common languages (its text is prose or sample config)."""
    return bool(_COMMENT_RE.match(line))
