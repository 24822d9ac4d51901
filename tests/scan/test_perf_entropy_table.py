"""The precomputed entropy floors are exactly the fixed-seed simulation's results."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from tether.scan import heuristics
from tether.scan.entropy_table import FLOORS, MAX_N


def _simulated(n: int, alphabet: int) -> float:
    # the simulation random_entropy_floor runs for shapes outside the table
    rng = random.Random(n * 131 + alphabet)
    draw = rng.randrange
    samples = sorted(
        heuristics._counts_entropy(Counter([draw(alphabet) for _ in range(n)]), n)
        for _ in range(400)
    )
    return samples[20]


def test_table_covers_every_alphabet_the_heuristics_name() -> None:
    values = ["1234567890123", "deadbeef0123", "abcdefgh", "abcz1234", "aBcD1234", "aB+/12", "a!b"]
    assert {heuristics.alphabet_size(v) for v in values} == set(FLOORS)
    assert all(len(row) == MAX_N for row in FLOORS.values())


@pytest.mark.parametrize("alphabet", sorted(FLOORS))
def test_table_entries_equal_the_simulation(alphabet: int) -> None:
    for n in (*range(1, 25), 31, 40, 41, 57, 64, MAX_N):
        assert FLOORS[alphabet][n - 1] == _simulated(n, alphabet), (alphabet, n)


def test_floor_uses_the_table_and_simulates_outside_it() -> None:
    heuristics.random_entropy_floor.cache_clear()
    assert heuristics.random_entropy_floor(16, 16) == FLOORS[16][15]
    assert heuristics.random_entropy_floor(MAX_N + 1, 16) == _simulated(MAX_N + 1, 16)
    assert heuristics.random_entropy_floor(20, 50) == _simulated(20, 50)
    # 16 random hex digits: about 2.85 bits, below log2(16)
    assert 2.6 < heuristics.random_entropy_floor(16, 16) < 3.0
