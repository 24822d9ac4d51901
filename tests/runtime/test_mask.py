"""The streaming masker: every value masked, whatever the chunk boundaries."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tether.runtime.mask import MASK, Masker

SECRETS = ["sk_live_canary_4eC39HqLy", "abcabd", "p@ss w0rd\nline two!", "aaab"]


def run_chunks(masker: Masker, chunks: list[bytes]) -> bytes:
    return b"".join(masker.feed(c) for c in chunks) + masker.flush()


def split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    out, prev = [], 0
    for p in points:
        out.append(data[prev:p])
        prev = p
    out.append(data[prev:])
    return out


FILLER = st.text(alphabet="abc d\n_-sk", max_size=12)


@settings(max_examples=400)
@given(
    st.lists(st.one_of(FILLER, st.sampled_from(SECRETS)), max_size=12),
    st.lists(st.integers(0, 10_000), max_size=20),
)
def test_any_split_gives_the_same_output_as_one_chunk(parts: list[str], cuts: list[int]) -> None:
    data = "".join(parts).encode()
    whole = run_chunks(Masker(SECRETS), [data])
    pieces = run_chunks(Masker(SECRETS), split(data, cuts))
    assert pieces == whole
    for s in SECRETS:
        assert s.encode() not in pieces


@settings(max_examples=200)
@given(st.lists(st.one_of(FILLER, st.sampled_from(SECRETS)), max_size=12))
def test_byte_by_byte_equals_one_shot(parts: list[str]) -> None:
    data = "".join(parts).encode()
    masker = Masker(SECRETS)
    out = run_chunks(masker, [data[i : i + 1] for i in range(len(data))])
    assert out == run_chunks(Masker(SECRETS), [data])
    for s in SECRETS:
        assert s.encode() not in out


def test_hold_back_is_bounded_and_released_at_end() -> None:
    m = Masker(["0123456789"])
    assert m.feed(b"hello 01234") == b"hello "
    assert m.held == 5
    assert m.flush() == b"01234"


def test_no_values_passes_through() -> None:
    m = Masker([])
    assert m.feed(b"abc") == b"abc"
    assert not m.active


def test_longest_value_wins() -> None:
    m = Masker(["secretvalue", "secretvalue-extended"])
    assert run_chunks(m, [b"x secretvalue-extended y"]) == b"x " + MASK + b" y"


def test_json_escaped_and_pty_forms_are_masked() -> None:
    value = 'multi\nline "quoted" value'
    m = Masker([value])
    text = b'{"v": "multi\\nline \\"quoted\\" value"} and multi\r\nline "quoted" value'
    out = run_chunks(m, [text])
    assert b"quoted" not in out
    assert out.count(MASK) == 2


def test_very_short_values_are_not_masked() -> None:
    m = Masker(["ab"])
    assert run_chunks(m, [b"abc"]) == b"abc"


def test_repr_shows_no_value() -> None:
    assert "canary" not in repr(Masker(["canary-secret-value"]))


def test_masked_output_has_no_secret_fragments_beyond_the_mask() -> None:
    secret = "zq9-very-random-token-77"
    m = Masker([secret])
    out = run_chunks(m, [b"token=" + secret.encode()[:10], secret.encode()[10:] + b"\n"])
    assert re.fullmatch(rb"token=" + re.escape(MASK) + rb"\n", out)
