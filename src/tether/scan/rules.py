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
    expand = "kubernetes-secret"      # optional: the regex finds a place, scan/expanders.py the secrets
    paths = ['**/config/master.key']  # optional: globs; the rule reports only in blobs at such a path
    example_path = 'app/config/master.key'  # with paths: the path its examples are tested under
    examples = ['token: ghp_...']     # lines that must produce a finding of this rule
    counter_examples = ['ghp_short']  # lines that must produce no finding of this rule

The regex dialect is the intersection of Python ``re`` and Hyperscan: no look-around, no
back-references, no possessive or atomic groups; inline flags only as ``(?i)`` at the very start or
``(?i:…)`` groups. There must be exactly one named group, ``secret``.
"""

from __future__ import annotations

import contextlib
import fnmatch
import hashlib
import json
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from functools import cache

from tether import paths
from tether.scan import recache

__all__ = ["SEVERITIES", "Rule", "glob_regex", "load_rules", "path_key"]

_CACHE_FORMAT = 2

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
    expand: str | None = None
    paths: tuple[str, ...] = ()
    example_path: str = ""
    # what Hyperscan gets instead of ``regex``: a pattern that matches a part of every match of
    # ``regex`` (a prefix, or any piece that ends inside it; hs.py, "Hyperscan expressions"); ""
    # for ``regex`` itself
    hyperscan: str = ""
    # compiled on first use: a scan needs only the rules whose candidates it meets, and compiling
    # all ~460 patterns up front cost ~0.2 s of every start
    _compiled: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)
    _allow: tuple[re.Pattern[str], ...] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _paths: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            object.__setattr__(self, "_compiled", recache.compile(self.regex))
        assert self._compiled is not None
        return self._compiled

    @property
    def allow_compiled(self) -> tuple[re.Pattern[str], ...]:
        if self._allow is None:
            object.__setattr__(self, "_allow", tuple(recache.compile(a) for a in self.allow))
        assert self._allow is not None
        return self._allow

    def path_matches(self, path: str | None) -> bool:
        """Whether a blob at ``path`` may hold this rule's secrets: always for a rule without
        ``paths``; otherwise when one of its globs matches the path, with ``\\`` read as ``/`` and a
        leading ``/`` added (so ``**/config/master.key`` also matches ``config/master.key``).
        Globs have ``fnmatch.fnmatchcase`` semantics: case-sensitive, and ``*`` (like ``**``)
        also matches ``/``. Stdin without a name (``-``) matches no glob."""
        if not self.paths:
            return True
        key = path_key(path)
        if key is None:
            return False
        if self._paths is None:
            object.__setattr__(self, "_paths", glob_regex(self.paths))
        assert self._paths is not None
        return self._paths.match(key) is not None


def path_key(path: str | None) -> str | None:
    """``path`` as the ``paths`` globs see it (``/``-separated, with a leading ``/``), or ``None``
    for no path (unnamed stdin, ``-``)."""
    if not path or path == "-":
        return None
    return "/" + path.replace("\\", "/").lstrip("/")


def glob_regex(globs: Sequence[str]) -> re.Pattern[str]:
    """One pattern that matches a :func:`path_key` that any of ``globs`` matches."""
    return re.compile("|".join(fnmatch.translate(g) for g in globs))


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
    expand = table.get("expand")
    if expand is not None:
        from tether.scan.expanders import EXPANDERS  # only when the rule files changed

        if expand not in EXPANDERS:
            raise ValueError(f"rule {rid!r}: unknown expand {expand!r}")
    paths = strs("paths")
    example_path = str(table.get("example_path", ""))
    if paths:
        key = path_key(example_path)
        if key is None or glob_regex(paths).match(key) is None:
            raise ValueError(f"rule {rid!r}: example_path must match one of its paths")
    elif example_path:
        raise ValueError(f"rule {rid!r}: example_path without paths")
    hyperscan = str(table.get("hyperscan", ""))
    if hyperscan:
        try:
            re.compile(hyperscan)
        except re.error as exc:
            raise ValueError(f"rule {rid!r}: hyperscan does not compile: {exc}") from None
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
        expand=str(expand) if expand is not None else None,
        paths=paths,
        example_path=example_path,
        hyperscan=hyperscan,
    )


_FIELDS = tuple(f.name for f in fields(Rule) if f.init)
_RULES_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rules")


def _cache_path(folder: str, names: list[str]) -> tuple[str, list[bytes]] | None:
    """(cache file, file contents) for the rule files in ``folder``: the name hashes the files'
    names and *contents* (so any edit is noticed, whatever its size or mtime), the cache format,
    the Python version and the fields of :class:`Rule`."""
    h = hashlib.sha256(f"{_CACHE_FORMAT} {sys.version_info[:2]} {_FIELDS}".encode())
    contents = []
    try:
        for name in names:
            with open(os.path.join(folder, name), "rb") as fh:
                data = fh.read()
            contents.append(data)
            h.update(b"\0%s\0%d\0" % (name.encode("utf-8", "surrogateescape"), len(data)))
            h.update(data)
    except OSError:
        return None
    return os.path.join(str(paths.cache_dir()), f"rules-{h.hexdigest()[:24]}.json"), contents


def _from_cache(path: str) -> tuple[Rule, ...] | None:
    try:
        with open(path, "rb") as fh:
            rows = json.loads(fh.read())
    except (OSError, ValueError):
        return None
    if not isinstance(rows, list) or not all(
        isinstance(row, list) and len(row) == len(_FIELDS) for row in rows
    ):
        return None
    rules = []
    new = object.__new__
    for row in rows:
        # the rows were validated by _rule_from_table before they were cached: skip __init__
        # (a frozen dataclass's __init__ costs ~15 object.__setattr__ calls per rule)
        rule = new(Rule)
        rule.__dict__.update(
            zip(_FIELDS, [tuple(v) if type(v) is list else v for v in row], strict=True)
        )
        rules.append(rule)
    return tuple(rules)


def _to_cache(path: str, rules: tuple[Rule, ...]) -> None:
    from tether.fileio import atomic_write  # only when the rule files changed

    rows = tuple(tuple(getattr(r, name) for name in _FIELDS) for r in rules)
    folder = os.path.dirname(path)
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        atomic_write(path, json.dumps(rows).encode(), mode=0o600)
        base = os.path.basename(path)
        for stale in os.listdir(folder):  # caches of earlier rule files
            if stale.startswith("rules-") and stale != base:
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, stale))
    except (OSError, ValueError):
        pass  # an unwritable cache only costs the next run the parse


def _build(files: list[tuple[str, str]]) -> tuple[Rule, ...]:
    """Rules from (file name, TOML text) pairs, in order; ``ValueError`` on a malformed or
    duplicate rule."""
    import tomllib  # only when the rule files changed since the cache was written

    rules: list[Rule] = []
    seen: set[str] = set()
    for name, text in files:
        family = name[: -len(".toml")]
        for table in tomllib.loads(text).get("rule", []):
            rule = _rule_from_table(table, family)
            if rule.id in seen:
                raise ValueError(f"duplicate rule id {rule.id!r} in {name}")
            seen.add(rule.id)
            rules.append(rule)
    return tuple(rules)


def _load(folder: str) -> tuple[Rule, ...]:
    """The rules of the ``*.toml`` files in ``folder``, from the cache when their contents match."""
    names = sorted(n for n in os.listdir(folder) if n.endswith(".toml"))
    found = _cache_path(folder, names)
    if found is None:
        return _build([(n, _read_text(os.path.join(folder, n))) for n in names])
    path, contents = found
    rules = _from_cache(path)
    if rules is None:
        rules = _build([(n, c.decode("utf-8")) for n, c in zip(names, contents, strict=True)])
        _to_cache(path, rules)
    return rules


def _read_text(path: str) -> str:
    with open(path, encoding="utf-8") as fh:
        return fh.read()


@cache
def load_rules() -> tuple[Rule, ...]:
    """All built-in rules, in file order. Raises ``ValueError`` on a malformed or duplicate rule.

    Parsed rules are cached (see :func:`_cache_path`): a start loads them with one JSON
    read instead of parsing ~20 TOML files and building ~460 rules (~10 ms -> ~2 ms).
    """
    if os.path.isdir(_RULES_DIR):
        return _load(_RULES_DIR)
    from importlib import resources  # an installation without a rules folder on disk (a zip)

    entries = sorted(
        (
            e
            for e in (resources.files("tether.scan") / "rules").iterdir()
            if e.name.endswith(".toml")
        ),
        key=lambda e: e.name,
    )
    return _build([(e.name, e.read_text(encoding="utf-8")) for e in entries])
