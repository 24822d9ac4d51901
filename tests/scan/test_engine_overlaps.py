"""Generic findings that overlap a provider finding are dropped: the sweep agrees with the pairwise
definition on arbitrary spans (a file with hundreds of example keys made the pairwise check slow)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tether.scan.engine import Engine, _Candidate, _Compiled, _drop_generic_overlaps
from tether.scan.findings import Provenance
from tether.scan.rules import load_rules

RULES = load_rules()
GENERIC = _Compiled(0, next(r for r in RULES if r.generic))
PROVIDER = [_Compiled(i + 1, r) for i, r in enumerate(r for r in RULES if not r.generic)][:3]

spans = st.tuples(st.integers(0, 60), st.integers(1, 15)).map(lambda t: (t[0], t[0] + t[1]))


def naive(cands: list[_Candidate]) -> list[_Candidate]:
    specific = [(c.start, c.end) for c in cands if not c.rule.rule.generic]
    return [
        c
        for c in cands
        if not c.rule.rule.generic or not any(s < c.end and c.start < e for s, e in specific)
    ]


@settings(max_examples=300)
@given(
    st.lists(spans, max_size=12),
    st.lists(st.tuples(spans, st.integers(0, 2)), max_size=12),
)
def test_sweep_matches_the_pairwise_definition(
    generic: list[tuple[int, int]], provider: list[tuple[tuple[int, int], int]]
) -> None:
    # distinct generic spans too (one generic rule per span: see the test below)
    cands = [_Candidate(GENERIC, s, e, s, e) for s, e in dict.fromkeys(generic)]
    # distinct provider spans (several rules on one span are de-duplicated first, by preference)
    seen: set[tuple[int, int]] = set()
    for (s, e), r in provider:
        if (s, e) not in seen:
            seen.add((s, e))
            cands.append(_Candidate(PROVIDER[r], s, e, s, e))
    assert _drop_generic_overlaps(list(cands)) == naive(cands)


def test_touching_spans_do_not_overlap() -> None:
    a = _Candidate(PROVIDER[0], 10, 20, 10, 20)
    g_before = _Candidate(GENERIC, 0, 10, 0, 10)
    g_after = _Candidate(GENERIC, 20, 30, 20, 30)
    g_inside = _Candidate(GENERIC, 15, 25, 15, 25)
    assert _drop_generic_overlaps([a, g_before, g_after, g_inside]) == [a, g_before, g_after]


def test_two_generic_rules_on_one_value_make_one_finding(engines: dict[str, Engine]) -> None:
    # a password given as a command's option is both a CLI password and a password assignment
    line = b'Connect-VIServer "vc01.corp" -User "ops@corp.local" -Password "Vm#Wr4re2024!"\n'
    for engine in engines.values():
        findings, _ = engine.scan_blob(line, Provenance("file", "deploy.ps1"))
        assert len(findings) == 1
    other = _Compiled(len(RULES), next(r for r in RULES if r.generic and r is not GENERIC.rule))
    a = _Candidate(GENERIC, 5, 17, 0, 17)
    b = _Candidate(other, 5, 17, 0, 17)
    c = _Candidate(other, 20, 30, 18, 30)
    assert _drop_generic_overlaps([a, b, c]) == [a, c]
