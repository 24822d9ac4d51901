"""The Hyperscan side of the engine: translating rules, compiling one database, caching it on disk.

Each rule gets a *mode* that says how Hyperscan's hits are turned into regions for Python ``re``:

- ``line``: the regex cannot match a newline, so every match lies on one line; Hyperscan reports
  end offsets (no start-of-match tracking, which is costly) and ``re`` searches the lines they end on.
- ``som``: multi-line regex compiled with ``HS_FLAG_SOM_LEFTMOST``; ``re`` searches the merged
  ``[start, end]`` intervals.
- ``blob``: multi-line regex too large for start-of-match; compiled with ``HS_FLAG_SINGLEMATCH`` as a
  per-blob prefilter, then ``re`` searches the whole blob.
- ``python``: Hyperscan rejects the pattern; the engine falls back to the keyword prefilter.

All four give exactly the matches ``re.finditer`` gives over the whole blob (see engine.py). The
compiled database and the modes are cached in ``$XDG_CACHE_HOME/tether`` (or ``TETHER_CACHE_DIR``)
under a name that hashes the rules and the Hyperscan version; the file is written atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import struct
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tether.scan.rules import Rule

__all__ = [
    "HsDatabase",
    "available",
    "cache_dir",
    "can_match_newline",
    "load_database",
    "translate",
]

FORMAT = 1
_MAGIC = b"TETHERHS"

_hs: Any
try:  # optional dependency
    import hyperscan as _hs
except ImportError:  # pragma: no cover - exercised where hyperscan is absent
    _hs = None


def available() -> bool:
    return _hs is not None


def cache_dir() -> str:
    explicit = os.environ.get("TETHER_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "tether")


def translate(regex: str) -> tuple[bytes, bool]:
    """Rule regex -> (Hyperscan expression, caseless). Drops the group name, lifts a leading ``(?i)``."""
    caseless = regex.startswith("(?i)")
    if caseless:
        regex = regex[4:]
    return regex.replace("(?P<secret>", "(").encode("utf-8"), caseless


def can_match_newline(regex: str) -> bool:
    """Whether any match of ``regex`` can contain ``\\n`` (conservative: True when unsure)."""
    try:
        import re._parser as sre_parse  # type: ignore[import-not-found]
        from re import _constants as c  # type: ignore[attr-defined]

        parsed = sre_parse.parse(regex, re.ASCII)
    except Exception:
        return True
    dotall = bool(parsed.state.flags & re.DOTALL) or "(?s" in regex

    def in_set(items: list[tuple[Any, Any]]) -> bool:
        negate = False
        hit = False
        for op, av in items:
            if op is c.NEGATE:
                negate = True
            elif op is c.LITERAL:
                hit = hit or av == 10
            elif op is c.RANGE:
                hit = hit or av[0] <= 10 <= av[1]
            elif op is c.CATEGORY:
                hit = hit or av in (c.CATEGORY_SPACE, c.CATEGORY_NOT_DIGIT, c.CATEGORY_NOT_WORD)
            else:
                return True
        return hit != negate

    def walk(seq: Any) -> bool:
        for op, av in seq:
            if op is c.LITERAL:
                if av == 10:
                    return True
            elif op is c.NOT_LITERAL:
                if av != 10:
                    return True
            elif op is c.ANY:
                if dotall:
                    return True
            elif op is c.IN:
                if in_set(av):
                    return True
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                if walk(av[2]):
                    return True
            elif op is c.SUBPATTERN:
                if walk(av[3]):
                    return True
            elif op is c.BRANCH:
                if any(walk(sub) for sub in av[1]):
                    return True
            elif op is c.AT:
                continue
            else:
                return True
        return False

    return walk(parsed)


@dataclass
class HsDatabase:
    db: Any
    modes: tuple[str, ...]  # per rule index: line | som | blob | python


def _key(rules: Sequence[Rule]) -> str:
    h = hashlib.sha256()
    h.update(f"{FORMAT}|{getattr(_hs, '__version__', '')}|".encode())
    for r in rules:
        h.update(json.dumps([r.id, r.regex]).encode())
    return h.hexdigest()[:24]


def _compile(exprs: list[bytes], ids: list[int], flags: list[int]) -> Any:
    assert _hs is not None
    db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
    db.compile(expressions=exprs, ids=ids, elements=len(exprs), flags=flags)
    return db


def _flags_for(rule: Rule, mode: str) -> int:
    assert _hs is not None
    _, caseless = translate(rule.regex)
    f = _hs.HS_FLAG_CASELESS if caseless else 0
    if mode == "som":
        f |= _hs.HS_FLAG_SOM_LEFTMOST
    elif mode == "blob":
        f |= _hs.HS_FLAG_SINGLEMATCH
    return f


def _choose_modes(rules: Sequence[Rule]) -> list[str]:
    """Try each rule alone: line (or som) first, then blob, else python."""
    modes: list[str] = []
    for r in rules:
        expr, _ = translate(r.regex)
        tries = ["blob"] if can_match_newline(r.regex) else ["line"]
        if tries == ["blob"]:
            tries = ["som", "blob"]
        chosen = "python"
        for mode in tries:
            try:
                _compile([expr], [0], [_flags_for(r, mode)])
            except Exception:  # noqa: S112 - a pattern this mode cannot compile
                continue
            chosen = mode
            break
        modes.append(chosen)
    return modes


def _build(rules: Sequence[Rule]) -> HsDatabase:
    modes = _choose_modes(rules)
    exprs, ids, flags = [], [], []
    for i, (r, mode) in enumerate(zip(rules, modes, strict=True)):
        if mode == "python":
            continue
        exprs.append(translate(r.regex)[0])
        ids.append(i)
        flags.append(_flags_for(r, mode))
    db = _compile(exprs, ids, flags) if exprs else None
    return HsDatabase(db, tuple(modes))


def _write_atomic(path: str, payload: bytes) -> None:
    folder = os.path.dirname(path)
    os.makedirs(folder, mode=0o700, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".hs-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def load_database(rules: Sequence[Rule], directory: str | None = None) -> HsDatabase:
    """The compiled database for ``rules``: from the cache when present, else compiled and cached."""
    assert _hs is not None, "hyperscan is not installed"
    folder = directory or cache_dir()
    path = os.path.join(folder, f"hs-{_key(rules)}.db")
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
        if raw[: len(_MAGIC)] == _MAGIC:
            (hlen,) = struct.unpack(">I", raw[len(_MAGIC) : len(_MAGIC) + 4])
            start = len(_MAGIC) + 4
            modes = tuple(json.loads(raw[start : start + hlen])["modes"])
            blob = raw[start + hlen :]
            db = _hs.loadb(bytes(blob), _hs.HS_MODE_BLOCK) if blob else None
            if len(modes) == len(rules):
                if db is not None:
                    db.scratch = _hs.Scratch(db)
                return HsDatabase(db, modes)
    except (OSError, ValueError, KeyError, struct.error, _hs.error):
        pass
    built = _build(rules)
    header = json.dumps({"modes": list(built.modes)}).encode()
    body = _hs.dumpb(built.db) if built.db is not None else b""
    try:
        _write_atomic(path, _MAGIC + struct.pack(">I", len(header)) + header + body)
    except OSError:
        pass  # an unwritable cache only costs the next run a compile
    return built
