r"""The Hyperscan side of the engine: translating rules, compiling one database, caching it on disk.

Each rule gets a *mode* that says how Hyperscan's hits become regions for Python ``re``. Hyperscan
reports every offset at which some match ends (no start-of-match tracking: it is slow to compile and
to scan), so a region must reach back far enough to hold the start:

- ``lines``: the regex cannot match a newline, so a match lies on one line. Hyperscan gets
  ``(?:R)[^\n]*(?:\n|\z)`` and so reports each line holding a match once, at its end (instead of
  every end offset of every match: thousands for ``key = …`` patterns with open-ended repeats).
- ``line``: the same for a regex with an end anchor (``$``), which Hyperscan cannot embed; it reports
  the match end offsets and ``re`` searches the lines they fall on.
- ``window``: the regex has a finite maximum width W (from ``re``'s parser), so a match ending at
  ``e`` starts at or after ``e - W``.
- ``blob``: neither; compiled with ``HS_FLAG_SINGLEMATCH`` as a per-blob prefilter, then ``re``
  searches the whole blob (of a changed blob in a history scan, only the lines around the change
  that a match can span: ``max_newlines``).
- ``python``: Hyperscan rejects the pattern (even in prefilter mode) or misses a match in the rule's
  own examples; the engine runs ``re`` on blobs that contain one of the rule's keywords, which a
  second, literal-only Hyperscan database finds. Path-scoped rules (``paths``) are always in this
  mode: they run only on the few blobs at a path they name, so they are kept out of the database
  that every blob goes through (their keyword-less, line-shaped patterns would report matches in
  many files only for the path check to drop them).

Hyperscan expressions: a rule may give Hyperscan a part of its regex instead (``hyperscan`` in its
TOML table; ``lines``, ``window`` and ``blob`` modes): a pattern that matches a piece of every match
(a prefix, or any piece that ends inside it). In ``window`` mode the reported end is then that of
the piece, at or after the match's start and at most W past it, so the region (``[end - W, end]``)
still holds the start, and ``re`` may read up to W past the region's end; in ``lines`` mode the
piece lies on the match's line. A leading guard or optional character run is dropped from every
expression (``_unguarded``).

A pattern Hyperscan cannot compile exactly is compiled with ``HS_FLAG_PREFILTER``: it then matches a
superset of the exact language, so it still reports every end offset an exact match has.

All give exactly the matches ``re.finditer`` gives over the whole blob (see engine.py).

Git history scans only the changed part of a file's new version (see engine.py): the database then
runs over the changed lines plus ``margin`` bytes either side, which holds every match of a rule
whose matches are at most ``margin`` long. The few *wide* rules (matches longer than ``WIDE``:
private-key blocks, JWKs, long tokens) are also compiled into a second, small database that runs
over the changed lines plus ``wide_margin`` bytes (their longest match), and the rules that list
secrets around an anchor (which may be anywhere in the file) into a third that runs over the whole
blob.

The
compiled database and the modes are cached in ``$XDG_CACHE_HOME/tether`` (or ``TETHER_CACHE_DIR``)
under a name that hashes the rules and the Hyperscan version; the file is written atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import struct
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from tether import paths
from tether.scan.rules import Rule

__all__ = [
    "HsDatabase",
    "available",
    "cache_dir",
    "can_match_newline",
    "has_end_anchor",
    "load_database",
    "translate",
]

FORMAT = 15  # 10, 11: unmerged experiments; 13: path-scoped rules; 14: optional leads, pieces;
# 15: blob-mode reach
MAX_WINDOW = 64 * 1024
WIDE = 1200
_MAGIC = b"TETHERHS"

_hs: Any
try:  # optional dependency
    import hyperscan as _hs
except ImportError:  # pragma: no cover - exercised where hyperscan is absent
    _hs = None


def available() -> bool:
    return _hs is not None


def cache_dir() -> str:
    """The scanner's cache folder (:func:`tether.paths.cache_dir`)."""
    return str(paths.cache_dir())


def translate(regex: str) -> tuple[bytes, bool]:
    """Rule regex -> (Hyperscan expression, caseless). Drops the group name, lifts a leading ``(?i)``."""
    caseless = regex.startswith("(?i)")
    if caseless:
        regex = regex[4:]
    return regex.replace("(?P<secret>", "(").encode("utf-8"), caseless


def _set_has_newline(items: list[tuple[Any, Any]]) -> bool:
    """Whether a parsed character class (``re``'s ``IN``) admits ``\\n`` (True when unsure)."""
    from re import _constants as c  # type: ignore[attr-defined]

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


def can_match_newline(regex: str) -> bool:
    """Whether any match of ``regex`` can contain ``\\n`` (conservative: True when unsure)."""
    try:
        import re._parser as sre_parse  # type: ignore[import-not-found]
        from re import _constants as c  # type: ignore[attr-defined]

        parsed = sre_parse.parse(regex, re.ASCII)
    except Exception:
        return True
    dotall = bool(parsed.state.flags & re.DOTALL) or "(?s" in regex
    in_set = _set_has_newline

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


def max_newlines(regex: str) -> int | None:
    """The most newlines one match of ``regex`` can hold, or ``None`` when unbounded or unsure (a
    lookahead, which may read past the match, counts as unsure). A ``blob``-mode rule with a bound
    K has every match that touches some bytes start at most K lines before them and end at most K
    lines after them: the engine searches just those lines of a changed blob (see engine.py)."""
    try:
        import re._parser as sre_parse
        from re import _constants as c  # type: ignore[attr-defined]

        parsed = sre_parse.parse(regex, re.ASCII)
    except Exception:
        return None
    dotall = bool(parsed.state.flags & re.DOTALL) or "(?s" in regex
    many = 1 << 30  # stands for "unbounded" while walking

    def one(op: Any, av: Any) -> int:
        if op is c.LITERAL:
            return 1 if av == 10 else 0
        if op is c.NOT_LITERAL:
            return 1 if av != 10 else 0
        if op is c.ANY:
            return 1 if dotall else 0
        if op is c.IN:
            return 1 if _set_has_newline(av) else 0
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            inner = walk(av[2])
            if inner == 0:
                return 0
            return many if av[1] is c.MAXREPEAT or inner >= many else min(many, inner * av[1])
        if op is c.SUBPATTERN:
            return walk(av[3])
        if op is c.ATOMIC_GROUP:
            return walk(av)
        if op is c.BRANCH:
            return max(walk(sub) for sub in av[1])
        if op is c.AT:
            return 0
        if op in (c.ASSERT, c.ASSERT_NOT) and av[0] < 0:  # a lookbehind: reads before the match
            return 0
        return many

    def walk(seq: Any) -> int:
        total = 0
        for op, av in seq:
            total = min(many, total + one(op, av))
        return total

    found = walk(parsed)
    return None if found >= many else found


def has_end_anchor(regex: str) -> bool:
    """Whether ``regex`` uses ``$`` or ``\\Z`` (whose meaning depends on where the string ends)."""
    try:
        import re._parser as sre_parse
        from re import _constants as c  # type: ignore[attr-defined]

        parsed = sre_parse.parse(regex, re.ASCII)
    except Exception:
        return True

    def walk(seq: Any) -> bool:
        for op, av in seq:
            if op is c.AT and av in (c.AT_END, c.AT_END_STRING, c.AT_END_LINE):
                return True
            if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and walk(av[2]):
                return True
            if op is c.SUBPATTERN and walk(av[3]):
                return True
            if op is c.BRANCH and any(walk(sub) for sub in av[1]):
                return True
            if op in (c.ASSERT, c.ASSERT_NOT, c.GROUPREF_EXISTS, c.ATOMIC_GROUP):
                return True
        return False

    return walk(parsed)


def max_width(regex: str) -> int | None:
    """The longest match ``regex`` can have, or ``None`` when unbounded (or unknown)."""
    try:
        import re._parser as sre_parse

        hi = sre_parse.parse(regex, re.ASCII).getwidth()[1]
    except Exception:
        return None
    return int(hi) if hi < MAX_WINDOW else None


@dataclass
class HsDatabase:
    db: Any
    modes: tuple[str, ...]  # per rule index: lines | line | window | blob | python
    widths: tuple[int, ...]  # per rule index: maximum match width for window mode, else 0
    keywords: Any = None  # literal database: keywords of python-mode rules, id = rule index
    # per rule index: the regex has no end anchor (see has_end_anchor), so ``re`` may be given an
    # ``endpos``; cached with the database, as parsing ~40 regexes cost every process ~10 ms
    bounded: tuple[bool, ...] | None = None
    # the wide and the anchored rules (see the module docstring), each compiled on their own;
    # ``wide_ids`` holds both. None: there are none, or they would not compile apart (then
    # ``margin`` is None and every blob is scanned whole)
    wide: Any = None
    wide_ids: frozenset[int] = frozenset()
    margin: int | None = None
    anchored: Any = None
    wide_margin: int = 0
    # per rule index, ``blob`` mode: the most newlines a match holds (max_newlines), -1 unbounded
    reach: tuple[int, ...] | None = None


def _key(rules: Sequence[Rule]) -> str:
    h = hashlib.sha256()
    h.update(f"{FORMAT}|{getattr(_hs, '__version__', '')}|".encode())
    for r in rules:
        # a path-scoped rule is in python mode, whatever its regex (see the module docstring)
        h.update(json.dumps([r.id, r.regex, r.hyperscan, *(["paths"] if r.paths else [])]).encode())
    return h.hexdigest()[:24]


def _compile(exprs: list[bytes], ids: list[int], flags: list[int]) -> Any:
    assert _hs is not None
    db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
    db.compile(expressions=exprs, ids=ids, elements=len(exprs), flags=flags)
    return db


# the modes in which a rule's ``hyperscan`` piece stands in for its regex: the reported end of a
# piece lies on the match's line (lines) or within the match's width after its start (window);
# ``line`` mode reads the lines the ends fall on, and is left to the regex
_PREFIX_MODES = frozenset({"lines", "window", "blob"})


def _base_mode(rule: Rule) -> tuple[str, int]:
    if not can_match_newline(rule.regex):
        return ("line" if has_end_anchor(rule.regex) else "lines"), 0
    width = max_width(rule.regex)
    return ("window", width) if width is not None else ("blob", 0)


_LONG_REPEAT = re.compile(rb"(?<!\\)\{(\d+),(\d+)\}")


def _loosen(expr: bytes) -> bytes:
    """``{m,n}`` with a large ``n`` becomes ``{m,}``: a superset (so still every match end is
    reported; regions come from ``re``'s own widths) that Hyperscan compiles far faster."""
    return _LONG_REPEAT.sub(
        lambda m: m.group(0) if int(m.group(2)) <= 255 else b"{" + m.group(1) + b",}", expr
    )


# a leading guard such as ``(?:^|\n)`` or ``(?:^|[^A-Za-z0-9])``: the match starts a line or
# follows a character that is not part of a token
_GUARD = re.compile(rb"\(\?:\^\|(?:\\n|\\s|\[(?:\\.|[^\]\\])*\])\)")
# a leading optional run of one character class, such as the ``[\w.-]{0,40}`` of a key name's
# words before its keyword
_OPTIONAL_LEAD = re.compile(rb"(?:\[(?:\\.|[^\]\\])*\]|\\[wsdWSD]|\.)(?:\{0,\d+\}|\*|\?)\??")


def _unguarded(expr: bytes) -> bytes:
    """``expr`` without a leading guard (see _GUARD) or optional character run (_OPTIONAL_LEAD),
    as long as what follows cannot match empty.

    Dropping the start of a pattern leaves a superset of its match ends, and the engine's regions
    and ``re`` decide the matches (as with ``_loosen``); Hyperscan scans much faster without it (a
    guard starting at every line, or at nearly every character, cannot be skipped by a literal
    search: ``pgpass-password`` alone 11 -> 2.6 ms over the gitrepo benchmark's 18 MB, the main
    database 76 -> 67 ms; ``generic-yaml-block-scalar``'s leading ``[\\w.-]{0,40}`` alone was 13 %
    of the main database's instructions on the peer tree)."""
    while True:
        m = _GUARD.match(expr) or _OPTIONAL_LEAD.match(expr)
        if m is None:
            return expr
        rest = expr[m.end() :]
        try:
            import re._parser as sre_parse

            if sre_parse.parse(rest.decode("utf-8"), re.ASCII).getwidth()[0] == 0:
                return expr
        except Exception:
            return expr
        expr = rest


def _source(rule: Rule, mode: str) -> str:
    """The pattern Hyperscan gets for ``rule``: its ``hyperscan`` piece where the mode allows one
    (see the module docstring), else its regex."""
    return rule.hyperscan if rule.hyperscan and mode in _PREFIX_MODES else rule.regex


def _expression(rule: Rule, mode: str) -> bytes:
    expr = _unguarded(_loosen(translate(_source(rule, mode))[0]))
    return b"(?:" + expr + b")[^\\n]*(?:\\n|\\z)" if mode == "lines" else expr


def line_end_report(data: bytes, match_start: int) -> int:
    """Where Hyperscan reports a ``line``-mode match starting at ``match_start``: after its line."""
    end = data.find(b"\n", match_start)
    return len(data) if end < 0 else end + 1


def _flags(rule: Rule, mode: str, prefilter: bool) -> int:
    assert _hs is not None
    f = _hs.HS_FLAG_CASELESS if translate(_source(rule, mode))[1] else 0
    if mode == "blob":
        f |= _hs.HS_FLAG_SINGLEMATCH
    if prefilter:
        f |= _hs.HS_FLAG_PREFILTER
    return f


def _build(rules: Sequence[Rule]) -> HsDatabase:
    base = [_base_mode(r) for r in rules]
    modes = [m for m, _ in base]
    widths = [w for _, w in base]
    exprs = [_expression(r, m) for r, m in zip(rules, modes, strict=True)]
    flags = [_flags(r, m, False) for r, m in zip(rules, modes, strict=True)]
    for i, r in enumerate(rules):
        if r.paths:  # see the module docstring
            modes[i] = "python"
    keep = [i for i in range(len(rules)) if modes[i] != "python"]
    try:  # the common case: everything compiles together
        db = _compile([exprs[i] for i in keep], keep, [flags[i] for i in keep]) if keep else None
    except Exception:  # noqa: S110 - find the culprits one by one below
        pass
    else:
        return _finish(_verified(HsDatabase(db, tuple(modes), tuple(widths)), rules), rules)
    for i, r in enumerate(rules):
        if r.paths:
            continue
        for prefilter in (False, True):
            try:
                _compile([exprs[i]], [0], [_flags(r, modes[i], prefilter)])
            except Exception:  # noqa: S112 - try the next, looser way
                continue
            flags[i] = _flags(r, modes[i], prefilter)
            break
        else:
            modes[i] = "python"
    keep = [i for i in range(len(rules)) if modes[i] != "python"]
    db = _compile([exprs[i] for i in keep], keep, [flags[i] for i in keep]) if keep else None
    return _finish(_verified(HsDatabase(db, tuple(modes), tuple(widths)), rules), rules)


def _finish(built: HsDatabase, rules: Sequence[Rule]) -> HsDatabase:
    """Add the literal keyword database for ``python``-mode rules (cheap: literals compile fast),
    the ``bounded`` flags and the wide rules' database."""
    assert _hs is not None
    bounded = tuple(not has_end_anchor(r.regex) for r in rules)
    reach = tuple(
        # a rule that lists secrets around an anchor (``expand``) needs its anchor, which may be
        # anywhere in the blob
        _reach(r.regex) if mode == "blob" and not r.expand else -1
        for r, mode in zip(rules, built.modes, strict=True)
    )
    exprs, ids = [], []
    for i, r in enumerate(rules):
        if built.modes[i] == "python" and not r.paths:  # the engine runs those by path
            for kw in r.keywords:
                exprs.append(b"".join(b"\\x%02x" % c for c in kw.lower().encode("utf-8")))
                ids.append(i)
    kwdb = None
    if exprs:
        flag = _hs.HS_FLAG_CASELESS | _hs.HS_FLAG_SINGLEMATCH
        kwdb = _compile(exprs, ids, [flag] * len(exprs))
    return _trimming(
        HsDatabase(built.db, built.modes, built.widths, kwdb, bounded, reach=reach), rules
    )


# a blob-mode rule whose matches may span more lines than this is searched over the whole blob
MAX_REACH = 64


def _reach(regex: str) -> int:
    found = max_newlines(regex)
    return -1 if found is None or found > MAX_REACH else found


def _trimming(built: HsDatabase, rules: Sequence[Rule]) -> HsDatabase:
    """Add the wide and the anchored rules' databases and the margins (see the docstring)."""
    modes, widths = built.modes, built.widths
    anchored = [
        i for i, r in enumerate(rules) if modes[i] != "python" and (r.expand or modes[i] == "blob")
    ]
    wide = [
        i
        for i in range(len(rules))
        if modes[i] == "window" and widths[i] > WIDE and i not in anchored
    ]
    margin = max(
        (widths[i] for i in range(len(rules)) if modes[i] == "window" and i not in wide),
        default=0,
    )
    wide_margin = max((widths[i] for i in wide), default=0)
    dbs = []
    for ids in (wide, anchored):
        db = _compile_apart(ids, rules, modes) if ids else None
        if ids and db is None:  # they would not compile apart: scan every blob whole
            return replace(built, wide_ids=frozenset(wide + anchored), margin=None)
        dbs.append(db)
    return replace(
        built,
        wide=dbs[0],
        anchored=dbs[1],
        wide_ids=frozenset(wide + anchored),
        margin=margin,
        wide_margin=wide_margin,
    )


def _compile_apart(ids: list[int], rules: Sequence[Rule], modes: Sequence[str]) -> Any:
    exprs = [_expression(rules[i], modes[i]) for i in ids]
    for prefilter in (False, True):
        flags = [_flags(rules[i], modes[i], prefilter) for i in ids]
        try:
            return _compile(exprs, ids, flags)
        except Exception:  # noqa: S112 - the looser way, else none
            continue
    return None


def _verified(built: HsDatabase, rules: Sequence[Rule]) -> HsDatabase:
    """Check the database against every rule's own examples and counter-examples.

    Hyperscan must report the end offset of every match ``re`` finds there (in ``blob`` mode, at least
    one hit). A rule for which it does not (a Hyperscan defect, or a construct whose meaning differs)
    is switched to ``python`` mode, which the engine runs without Hyperscan.
    """
    if built.db is None:
        return built
    modes = list(built.modes)
    for i, r in enumerate(rules):
        if modes[i] == "python":
            continue
        pattern = re.compile(r.regex.encode("utf-8"), re.ASCII)
        piece = modes[i] == "window" and bool(r.hyperscan)
        for text in (*r.examples, *r.counter_examples):
            data = text.encode("utf-8")
            if modes[i] == "lines":
                need = {line_end_report(data, m.start()) for m in pattern.finditer(data)}
            elif piece:  # a match's start, which the window before some reported end must hold
                need = {m.start() for m in pattern.finditer(data)}
            else:
                need = {m.end() for m in pattern.finditer(data)}
            if not need:
                continue
            got: set[int] = set()

            def on_match(
                rid: int,
                start: int,
                end: int,
                flags: int,
                ctx: Any,
                i: int = i,
                got: set[int] = got,
            ) -> None:
                if rid == i:
                    got.add(end)

            built.db.scan(data, match_event_handler=on_match)
            if piece:
                width = built.widths[i]
                held = all(any(s <= g <= s + width for g in got) for s in need)
            else:
                held = need <= got
            if (modes[i] == "blob" and not got) or (modes[i] != "blob" and not held):
                modes[i] = "python"
                break
    return HsDatabase(built.db, tuple(modes), built.widths, built.keywords)


def _write_atomic(path: str, payload: bytes) -> None:
    from tether.fileio import atomic_write  # only after a compile (tempfile costs ~4 ms to import)

    os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
    atomic_write(path, payload, mode=0o600)


def _load(blob: bytes) -> Any:
    if not blob:
        return None
    assert _hs is not None
    db = _hs.loadb(blob, _hs.HS_MODE_BLOCK)
    db.scratch = _hs.Scratch(db)
    return db


def load_database(rules: Sequence[Rule], directory: str | None = None) -> HsDatabase:
    """The compiled database for ``rules``: from the cache when present, else compiled and cached."""
    assert _hs is not None, "hyperscan is not installed"
    folder = directory or cache_dir()
    path = os.path.join(folder, f"hs-{_key(rules)}.db")
    try:
        with open(path, "rb") as fh:
            # the header, then each database read straight into its own bytes (slicing one read
            # of the whole file copied the ~3.5 MB main database twice before Hyperscan's own copy)
            head = fh.read(len(_MAGIC) + 4)
            if head[: len(_MAGIC)] != _MAGIC or len(head) != len(_MAGIC) + 4:
                raise ValueError("not a database file")
            (hlen,) = struct.unpack(">I", head[len(_MAGIC) :])
            header = json.loads(fh.read(hlen))
            modes = tuple(header["modes"])
            widths = tuple(header["widths"])
            bounded = tuple(bool(b) for b in header["bounded"])
            reach = tuple(int(k) for k in header["reach"])
            parts = [fh.read(int(n)) for n in header["sizes"]]
            if [len(p) for p in parts] != [int(n) for n in header["sizes"]]:
                raise ValueError("truncated database file")
            db, kwdb, wide, anchored = (_load(p) for p in parts)
            if len(modes) == len(rules) == len(widths) == len(bounded) == len(reach):
                return HsDatabase(
                    db,
                    modes,
                    widths,
                    kwdb,
                    bounded,
                    wide,
                    frozenset(int(i) for i in header["wide"]),
                    header["margin"],
                    anchored,
                    int(header["wide_margin"]),
                    reach,
                )
    except (OSError, ValueError, KeyError, struct.error, _hs.error):
        pass
    built = _build(rules)
    parts = [
        _hs.dumpb(db) if db is not None else b""
        for db in (built.db, built.keywords, built.wide, built.anchored)
    ]
    meta = {
        "modes": list(built.modes),
        "widths": list(built.widths),
        "bounded": list(built.bounded or ()),
        "reach": list(built.reach or ()),
        "sizes": [len(p) for p in parts],
        "wide": sorted(built.wide_ids),
        "margin": built.margin,
        "wide_margin": built.wide_margin,
    }
    header = json.dumps(meta).encode()
    body = b"".join(parts)
    try:
        _write_atomic(path, _MAGIC + struct.pack(">I", len(header)) + header + body)
    except OSError:
        pass  # an unwritable cache only costs the next run a compile
    return built
