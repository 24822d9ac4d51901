"""Rule definitions: data files under ``scan/rules/*.toml``, one per provider family.

Each file holds ``[[rule]]`` tables::

    [[rule]]
    id = "github-pat"                 # stable kebab-case, unique across all files
    description = "GitHub personal access token (classic)"
    provider = "GitHub"
    severity = "high"                 # critical | high | medium | low
    regex = '''(?P<secret>ghp_[0-9A-Za-z]{36})'''
    keywords = ["ghp_"]               # literals (matched case-insensitively); one must occur for a match
    entropy = 3.0                     # optional: minimum Shannon entropy (bits/char) of the secret
    validator = "github"              # optional: checksum/structure validator in scan/validators.py
    allow = ['''EXAMPLE$''']          # optional: regexes; a secret matching any of them is dropped
    generic = false                   # optional: generic (keyword=value) rule; gets placeholder filters
    examples = ['token: ghp_...']     # lines that must produce a finding of this rule
    counter_examples = ['ghp_short']  # lines that must produce no finding of this rule

The regex dialect is the intersection of Python ``re`` and Hyperscan: no look-around, no
back-references, no possessive or atomic groups; inline flags only as ``(?i)`` at the very start or
``(?i:…)`` groups. There must be exactly one named group, ``secret``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

__all__ = ["SEVERITIES", "Rule", "load_rules"]

SEVERITIES = ("critical", "high", "medium", "low")
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    provider: str
    severity: str
    regex: str
    keywords: tuple[str, ...]
    entropy: float = 0.0
    validator: str | None = None
    allow: tuple[str, ...] = ()
    generic: bool = False
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    family: str = ""
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)
    allow_compiled: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile(self.regex))
        object.__setattr__(self, "allow_compiled", tuple(re.compile(a) for a in self.allow))


def _rule_from_table(table: dict[str, object], family: str) -> Rule:
    def strs(key: str) -> tuple[str, ...]:
        raw = table.get(key, [])
        if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
            raise ValueError(f"rule {table.get('id')!r}: {key} must be a list of strings")
        return tuple(raw)

    rid = str(table["id"])
    if not _ID_RE.match(rid):
        raise ValueError(f"rule id {rid!r} is not kebab-case")
    severity = str(table.get("severity", "high"))
    if severity not in SEVERITIES:
        raise ValueError(f"rule {rid!r}: severity must be one of {SEVERITIES}")
    regex = str(table["regex"])
    if "(?P<secret>" not in regex:
        raise ValueError(f"rule {rid!r}: regex needs a named group 'secret'")
    validator = table.get("validator")
    return Rule(
        id=rid,
        description=str(table.get("description", rid)),
        provider=str(table.get("provider", family)),
        severity=severity,
        regex=regex,
        keywords=tuple(k.lower() for k in strs("keywords")),
        entropy=float(table.get("entropy", 0.0)),  # type: ignore[arg-type]
        validator=str(validator) if validator else None,
        allow=strs("allow"),
        generic=bool(table.get("generic", False)),
        examples=strs("examples"),
        counter_examples=strs("counter_examples"),
        family=family,
    )


@cache
def load_rules() -> tuple[Rule, ...]:
    """All built-in rules, in file order. Raises ``ValueError`` on a malformed or duplicate rule."""
    rules: list[Rule] = []
    seen: set[str] = set()
    folder = resources.files("tether.scan") / "rules"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        family = entry.name[: -len(".toml")]
        data = tomllib.loads(entry.read_text(encoding="utf-8"))
        for table in data.get("rule", []):
            rule = _rule_from_table(table, family)
            if rule.id in seen:
                raise ValueError(f"duplicate rule id {rule.id!r} in {entry.name}")
            seen.add(rule.id)
            rules.append(rule)
    return tuple(rules)
