"""Pure predicates that drop candidate secrets which are not real credentials.

The engine calls :func:`reject_reason` for every regex candidate; ``None`` means keep.
"""

from __future__ import annotations

import math
from collections import Counter

from tether.scan.rules import Rule

__all__ = ["reject_reason", "shannon_entropy"]


def shannon_entropy(value: str) -> float:
    if not value:
        return 0.0
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def reject_reason(rule: Rule, secret: str, line: str, path: str | None = None) -> str | None:
    """Why ``secret`` (matched by ``rule`` on ``line`` of ``path``) is not a finding, or ``None``."""
    if rule.entropy and shannon_entropy(secret) < rule.entropy:
        return "low entropy"
    for pattern in rule.allow_compiled:
        if pattern.search(secret):
            return "allowlisted"
    return None
