"""The NATS seed validator: a seed is base32 of random bytes, so it holds one of the digits 2-7
after its prefix; 58 capitals alone (a protein's amino acids in a GenBank record) are no seed."""

from __future__ import annotations

import base64
import binascii

from hypothesis import given
from hypothesis import strategies as st

from tether.scan.validators import nats_seed, validate

# the nkeys library's prefix bytes of the key types a seed can hold
KINDS = {"U": 20 << 3, "A": 0, "O": 14 << 3, "N": 13 << 3, "C": 2 << 3, "X": 23 << 3}
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def seed(kind: str, key: bytes) -> str:
    """A seed as the nkeys library encodes it: prefix bytes, the key, a CRC-16."""
    prefix = KINDS[kind]
    raw = bytes([(18 << 3) | (prefix >> 5), (prefix & 31) << 3]) + key
    raw += binascii.crc_hqx(raw, 0).to_bytes(2, "little")
    return base64.b32encode(raw).decode().rstrip("=")


@given(kind=st.sampled_from(sorted(KINDS)), key=st.binary(min_size=32, max_size=32))
def test_encoded_seeds_are_accepted_unless_all_letters(kind: str, key: bytes) -> None:
    encoded = seed(kind, key)
    assert encoded[:2] == "S" + kind and len(encoded) == 58
    assert validate("nats_seed", encoded) == any(c in "234567" for c in encoded[2:])


@given(body=st.text(alphabet=BASE32, min_size=56, max_size=56), digit=st.sampled_from("234567"))
def test_a_digit_anywhere_after_the_prefix_is_enough(body: str, digit: str) -> None:
    letters = "".join(c for c in body if c.isalpha()).ljust(55, "Q")
    assert nats_seed("SU" + letters + digit)
    assert nats_seed("SA" + digit + letters)
    assert not nats_seed("SU" + letters + "Q")


def test_documented_seed_and_sequences() -> None:
    assert nats_seed("SUACSSL3UAHUDXKFSNVUZRF5UHPMWZ6BFDTJ7M6USDXIEDNPPQYYYCU3VY")  # docs.nats.io
    # EMBOSS's GenBank test record: a protein's translation that starts with S and A
    assert not nats_seed("SAKQDENMTRFLGKLASQEHREPKRPEIIFLPSVDFGLEISKQRLLSGNYSFIPDAMT")
    assert not nats_seed(seed("A", bytes(range(32)))[:-1])  # one character short


@given(st.text())
def test_never_raises(text: str) -> None:
    assert nats_seed(text) in (True, False)
