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

import hashlib
import json
import os
import re
import sys
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from tether import paths
from tether.fileio import atomic_write

__all__ = ["SEVERITIES", "Rule", "load_rules"]

_CACHE_FORMAT = 1

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
    # compiled on first use: a scan needs only the rules whose candidates it meets, and compiling
    # all ~460 patterns up front cost ~0.2 s of every start
    _compiled: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)
    _allow: tuple[re.Pattern[str], ...] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            object.__setattr__(self, "_compiled", re.compile(self.regex))
        assert self._compiled is not None
        return self._compiled

    @property
    def allow_compiled(self) -> tuple[re.Pattern[str], ...]:
        if self._allow is None:
            object.__setattr__(self, "_allow", tuple(re.compile(a) for a in self.allow))
        assert self._allow is not None
        return self._allow


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


def _parsed_files(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    """(file name, parsed TOML) of every rule file, in name order.

    The parsed tables are cached as JSON (rule files hold only strings, numbers, booleans and lists)
    in the cache folder, under a name that hashes the files' names, sizes and modification times,
    so an edited rule file is parsed afresh; this saves the TOML parse (~30 ms) on every start.
    """
    entries = sorted(
        (e for e in folder.iterdir() if e.name.endswith(".toml")), key=lambda e: e.name
    )
    h = hashlib.sha256(f"{_CACHE_FORMAT} {sys.version_info[:2]} {folder}".encode())
    for e in entries:
        st = e.stat()
        h.update(f"\0{e.name}\0{st.st_size}\0{st.st_mtime_ns}".encode())
    name = f"rules-{h.hexdigest()[:24]}.json"
    path = os.path.join(paths.cache_dir(), name)
    try:
        with open(path, "rb") as fh:
            cached = json.loads(fh.read())
        if isinstance(cached, list) and all(
            isinstance(x, list) and len(x) == 2 and isinstance(x[1], dict) for x in cached
        ):
            return [(str(file), data) for file, data in cached]
    except (OSError, ValueError, TypeError):
        pass
    parsed = [(e.name, tomllib.loads(e.read_text(encoding="utf-8"))) for e in entries]
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        atomic_write(path, json.dumps(parsed).encode("utf-8"), mode=0o600)
        for stale in os.listdir(os.path.dirname(path)):  # caches of earlier rule files
            if stale.startswith("rules-") and stale.endswith(".json") and stale != name:
                os.unlink(os.path.join(os.path.dirname(path), stale))
    except (OSError, ValueError):
        pass  # an unwritable cache only costs the next run the parse
    return parsed


def _rule_files() -> list[tuple[str, dict[str, Any]]]:
    folder = resources.files("tether.scan") / "rules"
    if isinstance(folder, Path):
        return _parsed_files(folder)
    entries = sorted(
        (e for e in folder.iterdir() if e.name.endswith(".toml")), key=lambda e: e.name
    )
    return [(e.name, tomllib.loads(e.read_text(encoding="utf-8"))) for e in entries]


@cache
def load_rules() -> tuple[Rule, ...]:
    """All built-in rules, in file order. Raises ``ValueError`` on a malformed or duplicate rule."""
    rules: list[Rule] = []
    seen: set[str] = set()
    for name, data in _rule_files():
        family = name[: -len(".toml")]
        for table in data.get("rule", []):
            rule = _rule_from_table(table, family)
            if rule.id in seen:
                raise ValueError(f"duplicate rule id {rule.id!r} in {name}")
            seen.add(rule.id)
            rules.append(rule)
    return tuple(rules)
