"""Every rule's examples and counter-examples, through both engines and the full rule set.

An example must produce a finding of its rule; a generic rule's example may instead be reported by
a provider rule for the same value (the engine prefers the specific rule when both match one value).
A counter-example must produce no finding of its rule. Both engines must agree on every line.
A rule with ``paths`` is run at its ``example_path``; its examples must also give no finding of it
under any other path (``example.txt``).
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine
from tether.scan.findings import Provenance
from tether.scan.rules import load_rules

from .conftest import summary

CASES = [
    pytest.param(r.id, kind, i, id=f"{r.id}-{kind}-{i}")
    for r in load_rules()
    for kind, items in (("example", r.examples), ("counter", r.counter_examples))
    for i in range(len(items))
]
RULES = {r.id: r for r in load_rules()}


@pytest.mark.parametrize(("rule_id", "kind", "index"), CASES)
def test_rule_example_through_both_engines(
    engines: dict[str, Engine], rule_id: str, kind: str, index: int
) -> None:
    rule = RULES[rule_id]
    text = (rule.examples if kind == "example" else rule.counter_examples)[index]
    prov = Provenance("file", rule.example_path or "example.txt")
    found = {name: e.scan_blob(text.encode(), prov)[0] for name, e in engines.items()}
    assert summary(found["re"]) == summary(found["hyperscan"])
    if rule.paths:  # the same text under a path the rule does not name is not its finding
        elsewhere = Provenance("file", "example.txt")
        for e in engines.values():
            assert rule_id not in {f.rule_id for f in e.scan_blob(text.encode(), elsewhere)[0]}
    ids = {f.rule_id for f in found["hyperscan"]}
    if kind == "counter":
        assert rule_id not in ids
        return
    if rule_id in ids:
        return
    assert rule.generic, f"{rule_id} example gave no finding of its rule (got {sorted(ids)})"
    specific = [f for f in found["hyperscan"] if not RULES[f.rule_id].generic]
    assert specific, f"{rule_id} example gave no finding at all"


def test_every_rule_has_examples() -> None:
    assert all(r.examples for r in load_rules())
