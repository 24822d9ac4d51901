"""The scan engine: rules in, findings out, over blobs from any source, on all cores.

Two backends give the same findings:

- ``hyperscan``: one Hyperscan database over all rules (compiled once, cached on disk — see hs.py)
  finds candidate regions in one pass per blob; Python ``re`` then runs the rule's own regex on those
  regions only and extracts the ``secret`` group.
- ``re``: a keyword prefilter (a rule runs only on blobs containing one of its keywords) then
  ``re.finditer`` over the blob.

Both produce exactly the matches of ``re.finditer(rule_regex, blob)`` (bytes, ASCII semantics — the
semantics Hyperscan has without its UTF-8 mode), because every region handed to ``re`` contains every
position where such a match can start and end (hs.py explains the modes). Each match then passes the
same checks, in this order (a rule with ``paths`` runs only on blobs at a path it names, in both
backends): a keyword must occur on the matched line(s); the rule's validator;
``filters.reject_reason``; inline ``tether:allow``. Where a provider rule and a generic rule report
overlapping secrets, the generic one is dropped.

Choose the backend with ``Engine(engine=...)`` or ``TETHER_SCAN_ENGINE=re|hyperscan|auto``.

A blob a source marks ``changed`` (git history: a file's new version, whose previous version this
process holds) is matched only around the changed bytes: every match that overlaps them is found,
and a match that does not lies in bytes the previous version also has, so its value is that
version's (the git source drops such findings anyway, see ``GitChunk.settle``). The ``re`` backend
and blobs without ``changed`` are matched whole.

Work is spread over forked worker processes and this one, fed chunks as the sources list them; the
filters are pure, so each keep/drop decision is memoised per process by (rule, matched lines,
secret, offsets, path).
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from tether.errors import ScanError, UsageError
from tether.scan import hs, lazyre, recache
from tether.scan.findings import Finding, Provenance, SecretValue, Skipped, fingerprint
from tether.scan.rules import Rule, glob_regex, load_rules, path_key
from tether.scan.sources import Chunk, Source

# the filters, validators and expanders (with the heuristics under them, ~20 ms of imports) are
# imported when a scan first has a candidate to judge (:func:`_checks`): most blobs have none, and
# a pre-commit scan of a few clean files then never loads them

__all__ = ["BACKENDS", "Engine", "ScanResult", "ScanStats"]

BACKENDS = ("auto", "hyperscan", "re")
CONTEXT = 1024  # bytes of a line either side of a match handed to filters and keyword checks
GENERIC_PER_LINE = 50  # generic-rule candidates checked per line (a minified line has thousands)
ALLOW_MARKER = b"tether:allow"
_ALLOW_IDS = re.compile(rb"tether:allow[ \t:]*([a-z0-9][a-z0-9 \t,-]*)")
# the characters a generic rule's value stops at outside quotes (markup, statements); not "," —
# a quoted list's items are values of their own (Go's struct tag `key:"value3,range=(1:5]"`)
_CUT_CHARS = (b";", b"<", b">")
# what runs from a cut value to its closing quote: no space, quote or backslash, 128 at most
_QUOTED_REST = re.compile(rb"""[^\s"'`\\]{1,128}""")
_VERSION_BOUND = re.compile(rb"[<>]=?[ \t]*v?[0-9]")


def _to_closing_quote(data: bytes, start: int, end: int) -> int:
    """Where a quoted generic value that stopped at ``;``, ``<`` or ``>`` really ends:
    at its closing quote, when that follows on the line with no space, quote or backslash
    between (``password = "nNRST4j*->sEat!"`` is one value, and ``tether redact`` must hide
    all of it); ``end`` unchanged otherwise."""
    if _VERSION_BOUND.match(data, end):
        return end  # "azure-identity>=1.4.0": a package and its version bound, two things
    m = _QUOTED_REST.match(data, end)
    if m is not None and data[m.end() : m.end() + 1] == data[start - 1 : start]:
        return m.end()
    return end


# the HTML entities of a double quote, as they end an escaped quoted value before their ";" (not
# the single quote's: &#39; is as often an apostrophe inside a word, "dell&#39;utente"), and of
# the closing curly one (&ldquo;pass block&rdquo;, gutenprint's DocBook)
_QUOTE_ENTITIES = (b"&quot", b"&#34", b"&#x22", b"&rdquo", b"&#8221", b"&#x201d", b"&#x201D")


def _quote_entity_len(data: bytes, start: int, end: int) -> int:
    """The length of the double quote's entity (``&quot``, ``&#34``) that ends
    ``data[start:end]`` before its ``;`` at ``end``, when the value holds more; 0 otherwise."""
    for entity in _QUOTE_ENTITIES:
        if data.endswith(entity, start, end) and end - start > len(entity):
            return len(entity)
    return 0


def _parens_closed_before(data: bytes, start: int, end: int) -> int:
    """How many of the ``)`` that end an unquoted generic value close brackets opened before it
    on its line (``root (password: airoot)``, archinstall's message; ``(&(sn=admin)(password=
    MYKE))``, an LDAP filter): the sentence's, not the value's, when it holds no ``(``."""
    if b"(" in data[start:end] or data[start - 1 : start] in (b'"', b"'", b"`"):
        return 0
    head = data[data.rfind(b"\n", 0, start) + 1 : start]
    value = data[start:end]
    # a colon or full stop after the bracket ends the statement or the sentence with it (def
    # f(key = 0x4ABA…):, "(password: airoot).")
    stop = 1 if value[-1:] in (b":", b".") else 0
    closing = len(value) - stop - len(value[: len(value) - stop].rstrip(b")"))
    opened = head.count(b"(") - head.count(b")")
    if closing <= 0 or opened <= 0:
        return 0
    trimmed = min(closing, opened, len(value) - stop - 1)
    return trimmed + stop if trimmed > 0 else 0


VERDICT_CACHE = 20_000
PIPE_BYTES = 1 << 20  # buffer of the pipes to and from each worker (see _Workers._start)


@dataclass
class ScanStats:
    blobs: int = 0
    bytes: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    skipped_items: list[Skipped] = field(default_factory=list)
    suppressed_inline: int = 0
    suppressed_baseline: int = 0
    capped_lines: int = 0  # lines on which generic rules stopped after GENERIC_PER_LINE candidates
    # git history: findings dropped because the file's previous version held their value (a lower
    # bound on the repeats: a new version is matched around its changes only)
    inherited: int = 0

    def add_skip(self, item: Skipped) -> None:
        self.skipped[item.reason] += 1
        self.skipped_items.append(item)

    def merge(self, other: ScanStats) -> None:
        self.blobs += other.blobs
        self.bytes += other.bytes
        self.skipped.update(other.skipped)
        self.skipped_items.extend(other.skipped_items)
        self.suppressed_inline += other.suppressed_inline
        self.suppressed_baseline += other.suppressed_baseline
        self.capped_lines += other.capped_lines
        self.inherited += other.inherited


@dataclass
class ScanResult:
    findings: list[Finding]
    stats: ScanStats
    backend: str


class _Compiled:
    """A rule as the engine runs it: bytes regex (ASCII semantics), compiled on first use."""

    __slots__ = ("_bounded", "_pattern", "index", "keywords", "paths", "rule")

    def __init__(self, index: int, rule: Rule) -> None:
        self.index = index
        self.rule = rule
        self.keywords = tuple(k.lower().encode("utf-8") for k in rule.keywords)
        self.paths = bool(rule.paths)  # path-scoped: runs only on blobs at a path it names
        self._bounded: bool | None = None
        self._pattern: re.Pattern[bytes] | None = None

    @property
    def bounded(self) -> bool:
        """Whether it is safe to pass ``endpos`` (no end anchor); parsed on first use."""
        if self._bounded is None:
            self._bounded = not hs.has_end_anchor(self.rule.regex)
        return self._bounded

    @property
    def pattern(self) -> re.Pattern[bytes]:
        if self._pattern is None:
            self._pattern = recache.compile(self.rule.regex.encode("utf-8"), re.ASCII)
        return self._pattern


@dataclass
class _Candidate:
    rule: _Compiled
    start: int
    end: int
    match_start: int
    match_end: int


def _resolve_backend(engine: str | None) -> str:
    choice = (engine or os.environ.get("TETHER_SCAN_ENGINE") or "auto").lower()
    if choice not in BACKENDS:
        raise UsageError(
            f"unknown scan engine {choice!r}", hint="use one of: " + ", ".join(BACKENDS)
        )
    if choice == "re":
        return "re"
    if hs.available():
        return "hyperscan"
    if choice == "hyperscan":
        raise ScanError(
            "the hyperscan engine was requested but hyperscan is not installed",
            hint="pip install 'tether[hyperscan]' or use TETHER_SCAN_ENGINE=re",
        )
    return "re"


def _own_line_start(c: _Candidate, data: bytes) -> int:
    """Where the match ``c`` starts, past the newline a rule anchored with ``(?:^|\n)`` takes
    from the end of the line above: the filters and ``tether:allow`` read the match's own line."""
    if data[c.match_start : c.match_start + 1] == b"\n" and c.start > c.match_start:
        return c.match_start + 1
    return c.match_start


class Engine:
    """Scan blobs with a set of rules. ``key`` keys the findings' fingerprints (HMAC-SHA256)."""

    def __init__(
        self,
        rules: Sequence[Rule] | None = None,
        *,
        key: bytes,
        engine: str | None = None,
        link: Callable[[str], str | None] | None = None,
        jobs: int | None = None,
        cache_dir: str | None = None,
    ) -> None:
        # the built-in rules are loaded on first use (``prepare``), so that a source's start-up
        # work (git starts its history walk in the background) overlaps with loading them
        self._rules: tuple[Rule, ...] | None = tuple(rules) if rules is not None else None
        self.backend = _resolve_backend(engine)
        self.key = key
        self.link = link
        self.jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
        self.cache_dir = cache_dir
        self._rule_ids: frozenset[str] | None = None
        self._compiled_rules: tuple[_Compiled, ...] | None = None
        # every path-scoped rule's globs in one pattern: most blobs are at a path none names, and
        # one match of this rules all of them out (None: no path-scoped rule)
        self._any_paths: re.Pattern[str] | None = None
        self._path_names: tuple[frozenset[str], tuple[str, ...], tuple[str, ...]] | None = None
        self._hsdb: hs.HsDatabase | None = None
        self._fallback: tuple[_Compiled, ...] = ()
        self._scoped: tuple[_Compiled, ...] = ()  # path-scoped rules (Hyperscan: run by ``re``)
        self._prepared = False
        # keep/drop decisions by (rule, matched lines, secret, offsets in them, the path's class
        # for the filters), kept across blobs: successive versions of a file in git history repeat
        # most of their lines, and so do files of one kind (licence headers, common declarations);
        # a repeated line is decided without decoding or filtering it again; cleared when it grows
        # past VERDICT_CACHE entries
        self._decisions: dict[tuple[int, bytes, bytes, int, int, tuple[object, ...]], bool] = {}

    @property
    def rules(self) -> tuple[Rule, ...]:
        if self._rules is None:
            self._rules = load_rules()
        return self._rules

    @property
    def rule_ids(self) -> frozenset[str]:
        if self._rule_ids is None:
            self._rule_ids = frozenset(r.id for r in self.rules)
        return self._rule_ids

    @property
    def _compiled(self) -> tuple[_Compiled, ...]:
        if self._compiled_rules is None:
            self._compiled_rules = tuple(_Compiled(i, r) for i, r in enumerate(self.rules))
            globs = [g for r in self.rules for g in r.paths]
            self._any_paths = glob_regex(globs) if globs else None
            # the file names the globs end in, to rule most paths out without the regex (~8 us
            # a blob): an exact name (master.key), a suffix (*.auth), a folder above a wider last
            # part (svn.simple/*, sessions/*.json), or None when a glob gives none of
            # these and every path must go to the regex
            names: set[str] = set()
            suffixes: list[str] = []
            folders: set[str] = set()
            for g in globs:
                parts = g.rsplit("/", 2)
                last = parts[-1]
                parent = parts[-2] if len(parts) > 1 else ""
                if not any(c in last for c in "*?["):
                    names.add(last)
                elif parent and not any(c in parent for c in "*?["):
                    # a glob's * crosses "/" (httpie/sessions/<host>/<name>.json), so the folder
                    # may be any one above the file
                    folders.add(f"/{parent}/" if len(parts) > 2 else f"{parent}/")
                elif last[:1] == "*" and not any(c in last[1:] for c in "*?["):
                    suffixes.append(last[1:])
                else:
                    self._path_names = None
                    break
            else:
                self._path_names = (frozenset(names), tuple(suffixes), tuple(folders))
        return self._compiled_rules

    def _scoped_path(self, path: str) -> str | None:
        """``path`` if some path-scoped rule may run on a blob there, else ``None`` (with which
        every path-scoped rule is skipped, see ``Rule.path_matches``)."""
        self._compiled  # noqa: B018 - sets _any_paths
        any_paths = self._any_paths
        if any_paths is None:
            return None
        key = path_key(path)
        if key is None:
            return None
        if self._path_names is not None:
            names, suffixes, folders = self._path_names
            base = key[key.rfind("/") + 1 :]
            if (
                base not in names
                and not base.endswith(suffixes)
                and not any(f in key for f in folders)
            ):
                return None
        return path if any_paths.match(key) is not None else None

    # -- matching ------------------------------------------------------------------------------

    def prepare(self) -> None:
        """Load the rules and (or compile and cache) the Hyperscan database now rather than on the
        first blob."""
        compiled = self._compiled
        if not self._prepared:
            self._prepared = True
            recache.load(self.cache_dir or hs.cache_dir())
        if self.backend == "hyperscan" and self._hsdb is None:
            self._hsdb = hs.load_database(self.rules, self.cache_dir)
            modes = self._hsdb.modes
            self._fallback = tuple(
                cr for cr in compiled if modes[cr.index] == "python" and not cr.paths
            )
            self._scoped = tuple(cr for cr in compiled if cr.paths)
            bounded = self._hsdb.bounded
            if bounded is not None and len(bounded) == len(compiled):
                for cr in compiled:  # saved with the database: no regex parse per process
                    cr._bounded = bounded[cr.index]

    def _re_matches(
        self, data: bytes, only: Iterable[_Compiled], path: str | None = None
    ) -> Iterator[tuple[_Compiled, re.Match[bytes]]]:
        lowered: bytes | None = None
        for cr in only:
            if cr.paths and not cr.rule.path_matches(path):
                continue
            if cr.keywords:
                if lowered is None:
                    lowered = data.lower()
                if not any(k in lowered for k in cr.keywords):
                    continue
            for m in cr.pattern.finditer(data):
                yield cr, m

    def _hs_matches(
        self, data: bytes, changed: tuple[int, int] | None = None, path: str | None = None
    ) -> Iterator[tuple[_Compiled, re.Match[bytes]]]:
        self.prepare()
        assert self._hsdb is not None
        modes = self._hsdb.modes
        raw: list[tuple[int, int]] = []
        hsdb = self._hsdb
        if hsdb.db is not None:
            append = raw.append
            window = _around(data, changed, hsdb.margin) if changed is not None else None
            if window is None:

                def on_match(rid: int, start: int, end: int, flags: int, ctx: Any) -> None:
                    append((rid, end))

                hsdb.db.scan(data, match_event_handler=on_match)
            else:
                # the changed lines and ``margin`` bytes around them; the wide rules with their
                # own (larger) margin and the anchored ones over the whole blob, each from its own
                # database (hs.py)
                assert changed is not None
                a, b = window
                wide = hsdb.wide_ids

                def on_part(rid: int, start: int, end: int, flags: int, ctx: Any) -> None:
                    if rid not in wide:
                        append((rid, end + a))

                if b > a:
                    hsdb.db.scan(data[a:b], match_event_handler=on_part)
                if hsdb.wide is not None:
                    wa, wb = _around(data, changed, hsdb.wide_margin) or (0, len(data))

                    def on_wide(rid: int, start: int, end: int, flags: int, ctx: Any) -> None:
                        append((rid, end + wa))

                    part = data[wa:wb] if wb - wa < len(data) else data
                    hsdb.wide.scan(part, match_event_handler=on_wide)
                if hsdb.anchored is not None:

                    def on_anchor(rid: int, start: int, end: int, flags: int, ctx: Any) -> None:
                        append((rid, end))

                    hsdb.anchored.scan(data, match_event_handler=on_anchor)
        ends: dict[int, list[int]] = {}
        for rid, end in raw:
            lst = ends.get(rid)
            if lst is None:
                ends[rid] = [end]
            else:
                lst.append(end)
        if self._fallback:  # rules Hyperscan cannot run: their keywords, from the literal database
            present: set[int] = set()
            if self._hsdb.keywords is not None:
                add = present.add

                def on_keyword(rid: int, start: int, end: int, flags: int, ctx: Any) -> None:
                    add(rid)

                self._hsdb.keywords.scan(data, match_event_handler=on_keyword)
            for cr in self._fallback:
                if not cr.keywords or cr.index in present:
                    for m in cr.pattern.finditer(data):
                        yield cr, m
        if path is not None:  # a blob at a path some path-scoped rule names
            yield from self._re_matches(data, self._scoped, path)
        n = len(data)
        for rid in sorted(ends):
            cr = self._compiled[rid]
            mode = modes[rid]
            if mode == "blob":
                reach = hsdb.reach[rid] if changed is not None and hsdb.reach else -1
                if reach < 0:
                    for m in cr.pattern.finditer(data):
                        yield cr, m
                    continue
                # a match holds at most ``reach`` newlines (hs.max_newlines): one that touches
                # the changed bytes starts at most that many lines above them and ends at most
                # that many lines below (plus a character for a lookahead or \b). Searching the
                # whole of each changed blob was a third of an edit history's scan.
                assert changed is not None
                a, b, end = _reach_region(data, changed, reach)
                regions = [(a, b)]
                slack = end - b
            elif mode == "lines" and cr.bounded:
                # a match cannot contain the newline at b, so none starts at b or reaches b + 1:
                # finditer within [a, b + 1) is exactly the matches that start on the line
                finditer = cr.pattern.finditer
                for a, b in _line_regions(data, ends[rid]):
                    for m in finditer(data, a, b + 1):
                        yield cr, m
                continue
            else:
                if mode == "lines":
                    regions = _line_regions(data, ends[rid])
                elif mode == "line":
                    regions = _lines_of(data, ends[rid])
                else:
                    regions = _window_regions(ends[rid], self._hsdb.widths[rid])
                # how far past a region's end re may read. A regex with an end anchor cannot be
                # cut at the region's end (``$`` would match there), but its matches are short:
                # one that starts in the region ends within its width (window) or its line, so
                # past that point (plus one character for a lookahead) only a match starting
                # after the region could end, and those are not taken. Searching to the blob's
                # end instead made every Hyperscan hit that re does not confirm cost a scan of
                # the rest of the blob.
                slack = 1 if cr.bounded else (self._hsdb.widths[rid] if mode == "window" else 0) + 2
                if mode == "window" and cr.rule.hyperscan:
                    # Hyperscan reported where a piece of the match ends (the rule's
                    # ``hyperscan`` pattern): the region holds the match's start, the rest may run
                    # a width past it
                    slack = self._hsdb.widths[rid] + 2
            search = cr.pattern.search
            for a, b in regions:
                # endpos keeps re inside the region; a match that reaches endpos may depend on
                # what lies beyond it (\b), so it is searched again without endpos (rare)
                stop = min(n, b + slack)
                pos = a
                while True:
                    found = search(data, pos, stop)
                    if found is not None and stop < n and found.end() >= stop:
                        found = search(data, pos)
                    if found is None or found.start() > b:
                        break
                    yield cr, found
                    pos = found.end() if found.end() > found.start() else found.end() + 1

    def _candidates(
        self,
        data: bytes,
        capped: list[int] | None = None,
        changed: tuple[int, int] | None = None,
        path: str | None = None,
    ) -> list[_Candidate]:
        """Every match with a non-empty secret (with ``changed``: at least every match that overlaps
        those bytes, see the module docstring). A generic rule gets at most ``GENERIC_PER_LINE``
        candidates per line (minified files); ``capped`` counts the lines cut short. A rule with
        ``paths`` has candidates only in a blob whose ``path`` matches one of its globs: both
        backends skip it before running its regex (Hyperscan runs such rules in ``python`` mode,
        see hs.py), so they agree; ``path`` is ``None`` when no path-scoped rule applies.

        Both backends yield a rule's matches consecutively and in position order, so the cap
        keeps the same candidates in both.
        """
        it = (
            self._hs_matches(data, changed, path)
            if self.backend == "hyperscan"
            else self._re_matches(data, self._compiled, path)
        )
        out: list[_Candidate] = []
        current: _Compiled | None = None
        prev, on_line = 0, 0
        for cr, m in it:
            s, e = m.span("secret")
            if s < 0 or s == e:
                continue
            if cr.rule.expand:  # the match is a place; the secrets are listed around it
                from tether.scan.expanders import EXPANDERS

                for vs, ve, ls, le in EXPANDERS[cr.rule.expand](data, m.start("secret")):
                    out.append(_Candidate(cr, vs, ve, ls, le))
                continue
            if cr.rule.generic:
                start = m.start()
                if cr is not current or data.count(b"\n", prev, start):
                    current, on_line = cr, 0
                prev = start
                on_line += 1
                if on_line > GENERIC_PER_LINE:
                    if on_line == GENERIC_PER_LINE + 1 and capped is not None:
                        capped[0] += 1
                    continue
                if data[e : e + 1] in _CUT_CHARS and s and data[s - 1 : s] in (b'"', b"'"):
                    e = _to_closing_quote(data, s, e)
                elif data[e : e + 1] == b";" and data[e - 1 : e].isalnum():
                    # &quot;password=bloggs&quot; (TiddlyWiki's docs, HTML-escaped quotes): the
                    # value stops at the ";" of the entity that closes it; the entity is not its
                    e -= _quote_entity_len(data, s, e)
                elif data[e - 1 : e] == b")" or data[e - 2 : e] in (b"):", b")."):
                    e -= _parens_closed_before(data, s, e)
            out.append(_Candidate(cr, s, e, m.start(), m.end()))
        return out

    # -- one blob ------------------------------------------------------------------------------

    def scan_blob(
        self,
        data: bytes,
        provenance: Provenance,
        *,
        honour_allow: bool = True,
        stats: ScanStats | None = None,
        changed: tuple[int, int] | None = None,
    ) -> tuple[list[Finding], int]:
        """Findings in one blob, and how many matches inline ``tether:allow`` suppressed.

        ``changed`` (``[start, end)``): only these bytes differ from a previous version of the blob
        whose findings were reported already; matches wholly outside them may be left out."""
        capped = [0]
        kept: list[_Candidate] = []
        allowed = 0
        n = len(data)
        path = provenance.path
        decisions = self._decisions
        if len(decisions) > VERDICT_CACHE:
            decisions.clear()
        candidates = self._candidates(data, capped, changed, self._scoped_path(path))
        if not candidates:  # most blobs
            return [], 0
        if stats is not None:
            stats.capped_lines += capped[0]
        path_class = _checks().path_class(path)
        for c in candidates:
            # the matched line(s), clipped to CONTEXT bytes either side (minified files)
            lo = max(0, c.match_start - CONTEXT)
            nl = data.rfind(b"\n", lo, c.match_start)
            if nl >= 0:
                lo = nl + 1
            hi = min(n, c.match_end + CONTEXT)
            nl = data.find(b"\n", max(c.match_end - 1, c.match_start), hi)
            if nl >= 0:
                hi = nl
            # every check below reads only these bytes, the secret, the offsets and the path
            region = data[lo:hi]
            decision_key = (
                c.rule.index,
                region,
                data[c.start : c.end],
                c.start - lo,
                c.match_start - lo,
                path_class,
            )
            keep = decisions.get(decision_key)
            if keep is None:
                keep = decisions[decision_key] = self._keep(c, data, lo, hi, path)
            if keep:
                kept.append(c)
        kept = _drop_generic_overlaps(kept)
        if honour_allow:
            before = len(kept)
            kept = [
                c for c in kept if not self._allowed(data, _own_line_start(c, data), c.rule.rule.id)
            ]
            allowed = before - len(kept)
        findings: list[Finding] = []
        kept.sort(key=lambda c: c.start)
        line_no, counted_to = 1, 0
        for c in kept:
            line_no += data.count(b"\n", counted_to, c.start)
            counted_to = c.start
            line_start = data.rfind(b"\n", 0, c.start) + 1
            column = len(data[line_start : c.start].decode("utf-8", "replace")) + 1
            raw = data[c.start : c.end]
            rule = c.rule.rule
            findings.append(
                Finding(
                    rule_id=rule.id,
                    description=rule.description,
                    severity=rule.severity,
                    secret=SecretValue(raw),
                    fingerprint=fingerprint(self.key, raw),
                    provenance=provenance,
                    line=line_no,
                    column=column,
                    end_line=line_no + data.count(b"\n", c.start, c.end),
                    span=(c.start, c.end),
                )
            )
        if provenance.lines is not None:
            ranges = provenance.lines
            findings = [
                f for f in findings if any(a <= f.end_line and f.line <= b for a, b in ranges)
            ]
        return findings, allowed

    def _keep(self, c: _Candidate, data: bytes, lo: int, hi: int, path: str) -> bool:
        """Whether a candidate passes its rule's keyword, validator and filter checks; it reads
        ``data[lo:hi]`` (the matched lines), the secret, the candidate's offsets and ``path``."""
        rule = c.rule.rule
        if c.rule.keywords and not rule.expand:  # an expanded secret's keyword is at its anchor
            region = data[lo:hi].lower()
            if not any(k in region for k in c.rule.keywords):
                return False
        secret_text = data[c.start : c.end].decode("utf-8", "replace")
        if rule.validator:
            from tether.scan.validators import VALIDATORS  # imported with the filters

            check = VALIDATORS.get(rule.validator)
            if check is not None and not check(secret_text):
                return False
        match_start = _own_line_start(c, data)
        if match_start != c.match_start:
            lo = match_start
        first_line_end = data.find(b"\n", match_start, hi)
        line_text = data[lo : first_line_end if first_line_end >= 0 else hi].decode(
            "utf-8", "replace"
        )
        # the match's place on the line in characters (reject_reason checks it holds the secret)
        if data[lo : c.end].isascii():
            span = (match_start - lo, c.start - lo, c.end - lo)
        else:
            at = len(data[lo : c.start].decode("utf-8", "replace"))
            head = len(data[match_start : c.start].decode("utf-8", "replace"))
            span = (at - head, at, at + len(secret_text))
        return _checks().reject_reason(rule, secret_text, line_text, path, span) is None

    def _allowed(self, data: bytes, at: int, rule_id: str) -> bool:
        """Whether the line holding offset ``at`` says ``tether:allow`` (for this rule)."""
        line_start = data.rfind(b"\n", 0, at) + 1
        line_end = data.find(b"\n", at)
        if line_end < 0:
            line_end = len(data)
        lo = max(line_start, line_end - 64 * 1024)  # cap work on minified lines
        line = data[lo:line_end]
        at = line.find(ALLOW_MARKER)
        if at < 0:
            return False
        m = _ALLOW_IDS.match(line, at)
        named = set()
        if m:
            named = {t for t in re.split(r"[\s,]+", m.group(1).decode()) if t in self.rule_ids}
        return not named or rule_id in named

    # -- many blobs ----------------------------------------------------------------------------

    def scan_chunk(self, chunk: Chunk) -> tuple[list[Finding], ScanStats]:
        stats = ScanStats()
        findings: list[Finding] = []
        for item in chunk.blobs():
            if isinstance(item, Skipped):
                stats.add_skip(item)
                continue
            found, allowed = self.scan_blob(
                item.data, item.provenance, stats=stats, changed=item.changed
            )
            findings.extend(found)
            stats.blobs += 1
            stats.bytes += len(item.data)
            stats.suppressed_inline += allowed
        settle = getattr(chunk, "settle", None)
        if settle is not None:  # git history: drop what an earlier version of the file held
            findings, inherited = settle(findings)
            stats.inherited += inherited
        return findings, stats

    def scan_bytes(self, data: bytes, path: str = "-", kind: str = "stdin") -> list[Finding]:
        found, _ = self.scan_blob(data, Provenance(kind=kind, path=path))
        self._apply_link(found)
        return found

    def scan(
        self,
        sources: Iterable[Source],
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> ScanResult:
        """Scan every chunk of every source, spread over ``jobs`` processes; sorted findings.

        Chunks go to the workers as the sources produce them, so a folder walk overlaps with the
        scanning of what it has found so far; ``progress`` gets (blobs done, blobs listed so far).
        """
        self.prepare()
        stats = ScanStats()
        listed = [0]
        skipped: list[Skipped] = []  # the sources' own skips, merged once they are exhausted

        opened: list[Source] = []

        def chunks() -> Iterator[Chunk]:
            for source in sources:
                opened.append(source)
                if hasattr(source, "lanes"):  # spreads its work over as many lanes as processes
                    source.lanes = self.jobs
                for chunk in source.chunks():
                    listed[0] += chunk.size
                    yield chunk
                skipped.extend(getattr(source, "skipped", ()))

        done = 0
        findings: list[Finding] = []
        try:
            for chunk, (found, st) in self._run(chunks()):
                findings.extend(found)
                stats.merge(st)
                done += chunk.size
                if progress is not None:
                    progress(done, listed[0])
        finally:
            for source in opened:  # e.g. the git sources' long-lived ``git cat-file`` readers
                close = getattr(source, "close", None)
                if close is not None:
                    close()
        for item in skipped:
            stats.add_skip(item)
        findings = _dedupe(findings)
        findings.sort(key=Finding.sort_key)
        self._apply_link(findings)
        self._save_patterns()
        return ScanResult(findings, stats, self.backend)

    def _save_patterns(self) -> None:
        """Keep the patterns this scan compiled for the next run (:mod:`recache`): the rules' and
        the filters' patterns, compiled now if this process did not meet them (a first run)."""

        def wanted() -> Iterator[tuple[str | bytes, int]]:
            _checks()  # the filters' patterns too, even when this scan judged no candidate
            yield from lazyre.sources()
            for r in self.rules:
                yield r.regex, 0
                yield r.regex.encode("utf-8"), int(re.ASCII)
                for a in r.allow:
                    yield a, 0

        recache.save(wanted())

    def _run(
        self, chunks: Iterator[Chunk]
    ) -> Iterator[tuple[Chunk, tuple[list[Finding], ScanStats]]]:
        first = list(itertools.islice(chunks, 2))  # one chunk (a pre-commit hook): no workers
        if self.jobs <= 1 or len(first) <= 1 or not _can_fork():
            for chunk in itertools.chain(first, chunks):
                yield chunk, self.scan_chunk(chunk)
            return
        self._warm()
        yield from _Workers(self, self.jobs - 1).run(itertools.chain(first, chunks))

    def _warm(self) -> None:
        """Compile, once and before forking, what almost every scan needs (the filters' patterns,
        the generic rules'), so the workers inherit it instead of each compiling its own copy."""
        _checks()
        lazyre.warm()
        for cr in self._compiled:
            if cr.rule.generic:
                _ = (cr.pattern, cr.bounded, cr.rule.compiled, cr.rule.allow_compiled)

    def _apply_link(self, findings: list[Finding]) -> None:
        if self.link is None:
            return
        from tether.scan.expanders import ENCODED_EXPANDERS

        cache: dict[str, str | None] = {}
        # rules whose values are written encoded (a Kubernetes Secret's base64): the vault holds
        # the decoded value
        decoders = {
            r.id: ENCODED_EXPANDERS[r.expand] for r in self.rules if r.expand in ENCODED_EXPANDERS
        }
        for f in findings:
            if f.fingerprint not in cache:
                value = f.secret.reveal()
                linked = self.link(value)
                decode = decoders.get(f.rule_id)
                if linked is None and decode is not None:
                    decoded = decode(value)
                    linked = self.link(decoded) if decoded is not None else None
                cache[f.fingerprint] = linked
            f.link = cache[f.fingerprint]


_CHECKS: list[ModuleType] = []


def _checks() -> ModuleType:
    """:mod:`tether.scan.filters`, imported on first use (see the imports above). Its functions
    are looked up on the module at each use, so a test may replace them."""
    if not _CHECKS:
        from tether.scan import filters

        _CHECKS.append(filters)
    return _CHECKS[0]


class _Workers:
    """``n`` forked worker processes plus this one: the parent hands each worker up to ``DEPTH``
    chunks at a time and scans the others itself, so all ``n + 1`` processes scan.

    Lighter than ``multiprocessing.Pool`` (whose import, start and three handler threads cost the
    parent ~40 ms of CPU per scan): a fork, two pipes per worker, length-prefixed pickles. Workers
    inherit the engine, its compiled rules and caches; a worker's reader thread takes in its tasks
    as they come, so the parent never blocks on a full pipe while the worker waits to send.
    ``DEPTH`` chunks queued per worker keep it busy while the parent scans one (longer when the
    machine is loaded and the parent waits for a core), and leave little to wait for at the end.
    """

    DEPTH = 3

    def __init__(self, engine: Engine, n: int) -> None:
        self.engine = engine
        self.n = max(1, n)
        self.pids: list[int] = []
        self.tasks: list[int] = []  # write ends, per worker
        self.results: list[int] = []  # read ends, per worker
        self.queued: list[list[Chunk]] = []  # chunks handed to each worker, oldest first

    def run(
        self, chunks: Iterator[Chunk]
    ) -> Iterator[tuple[Chunk, tuple[list[Finding], ScanStats]]]:
        """Scan every chunk. A chunk with a ``lane`` (git history: all versions of a file share
        one) is scanned by process ``lane % (n + 1)`` (0: this one), in the order given, so that
        process holds the file's previous version; any other chunk goes to whichever process has
        room first."""
        from collections import deque

        free: deque[Chunk] = deque()  # chunks any process may scan
        own: deque[Chunk] = deque()  # this process's lane
        pending: list[deque[Chunk]] = [deque() for _ in range(self.n)]  # a worker's lane
        procs = self.n + 1

        def route(chunk: Chunk) -> None:
            lane = getattr(chunk, "lane", None)
            if lane is None:
                free.append(chunk)
            elif lane % procs == 0:
                own.append(chunk)
            else:
                pending[lane % procs - 1].append(chunk)

        try:
            self._start()
            exhausted = False
            while True:
                for w in range(self.n):
                    while len(self.queued[w]) < self.DEPTH and (pending[w] or free):
                        chunk = pending[w].popleft() if pending[w] else free.popleft()
                        self._hand(w, chunk)
                    if exhausted and len(self.queued[w]) < 2 and len(own) > 2:
                        # the end of a history, the other way round: a worker about to run dry
                        # takes the last of this process's backlog
                        self._hand(w, own.pop())
                yield from self._collect(block=False)
                # list more while this process has nothing to scan, or a worker has room and
                # this process's own backlog is short (a lane may have nothing for a while)
                if not exhausted and (
                    not (own or free)
                    or (len(own) < 2 * self.DEPTH and any(len(q) < self.DEPTH for q in self.queued))
                ):
                    listed = next(chunks, None)
                    if listed is None:
                        exhausted = True
                    else:
                        route(listed)
                    if own or free or not exhausted:
                        continue
                if own or free:
                    chunk = own.popleft() if own else free.popleft()
                    yield chunk, self.engine.scan_chunk(chunk)
                    continue
                if exhausted and any(pending):
                    # the end of a history: this process has no lane left while a worker still
                    # has chunks waiting to be sent. Take the last of the longest backlog (the
                    # worker goes on in order; this process reads that chunk's previous versions
                    # itself, so it scans those blobs whole and settles them the same way)
                    backlog = max(pending, key=len)
                    chunk = backlog.pop()
                    yield chunk, self.engine.scan_chunk(chunk)
                    continue
                if exhausted and not any(self.queued) and not any(pending):
                    break
                yield from self._collect(block=True)
        finally:
            self._stop()

    def _hand(self, w: int, chunk: Chunk) -> None:
        """Send ``chunk`` to worker ``w``."""
        try:
            _send(self.tasks[w], chunk)
        except OSError as exc:  # its end of the pipe is closed: it is gone
            raise ScanError("a scan worker process stopped unexpectedly") from exc
        self.queued[w].append(chunk)

    def _start(self) -> None:
        import pickle  # noqa: F401 - imported once here, not by this process and each worker

        for _ in range(self.n):
            task_r, task_w = os.pipe()
            result_r, result_w = os.pipe()
            # room for DEPTH chunks (a git chunk pickles to tens of KB): with the default 64 KB a
            # send blocked until the worker's reader thread got the GIL from its scanning thread
            # (up to the 5 ms switch interval per chunk, on this process's critical path)
            _grow_pipe(task_w, PIPE_BYTES)
            _grow_pipe(result_w, PIPE_BYTES)
            pid = os.fork()
            if pid == 0:  # the worker: never returns
                code = 1
                try:
                    for fd in (task_w, result_r, *self.tasks, *self.results):
                        os.close(fd)
                    _worker_loop(self.engine, task_r, result_w)
                    code = 0
                finally:
                    os._exit(code)
            os.close(task_r)
            os.close(result_w)
            self.pids.append(pid)
            self.tasks.append(task_w)
            self.results.append(result_r)
            self.queued.append([])

    def _collect(self, block: bool) -> Iterator[tuple[Chunk, tuple[list[Finding], ScanStats]]]:
        """Results that are ready (``block``: wait for at least one)."""
        import select

        busy = [w for w in range(self.n) if self.queued[w]]
        if not busy:
            return
        poller = select.poll()  # not select.select: it fails on descriptors over 1023
        for w in busy:
            poller.register(self.results[w], select.POLLIN)
        ready = {fd for fd, _ in poller.poll(None if block else 0)}
        for w in busy:
            if self.results[w] not in ready:
                continue
            try:
                status, payload = _receive(self.results[w])
            except EOFError as exc:
                raise ScanError("a scan worker process stopped unexpectedly") from exc
            chunk = self.queued[w].pop(0)
            if status != "ok":
                raise payload if isinstance(payload, BaseException) else ScanError(str(payload))
            yield chunk, payload

    def _stop(self) -> None:
        for fd in self.tasks:  # end of input: idle workers exit
            _close(fd)
        unfinished = any(self.queued)
        for pid in self.pids:
            if unfinished:  # an error or an abandoned scan: do not wait for their work
                try:
                    os.kill(pid, 9)
                except OSError:
                    pass
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass
        for fd in self.results:
            _close(fd)
        self.pids, self.tasks, self.results, self.queued = [], [], [], []


def _worker_loop(engine: Engine, task_r: int, result_w: int) -> None:
    import _thread
    import queue

    inbox: queue.SimpleQueue[Chunk | None] = queue.SimpleQueue()

    def read_tasks() -> None:
        try:
            while True:
                inbox.put(_receive(task_r)[1])
        except (EOFError, OSError):
            inbox.put(None)

    # _thread: threading.Thread.start would wait until the reader has run (ms on busy cores)
    _thread.start_new_thread(read_tasks, ())
    try:
        while (chunk := inbox.get()) is not None:
            try:
                result: object = engine.scan_chunk(chunk)
                status = "ok"
            except Exception as exc:
                result, status = exc, "error"
            try:
                _send(result_w, result, status)
            except Exception:  # an exception that does not pickle
                _send(result_w, f"{type(result).__name__}: {result}", "error")
    finally:
        from tether.scan.sources.git import close_readers

        close_readers()


def _send(fd: int, obj: object, status: str = "ok") -> None:
    import pickle

    data = pickle.dumps((status, obj), protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(len(data).to_bytes(8, "big") + data)
    while view:
        view = view[os.write(fd, view) :]


def _receive(fd: int) -> tuple[str, Any]:
    import pickle

    size = int.from_bytes(_read_exactly(fd, 8), "big")
    status, obj = pickle.loads(_read_exactly(fd, size))  # noqa: S301 - from our own fork
    return status, obj


def _read_exactly(fd: int, n: int) -> bytes:
    parts: list[bytes] = []
    while n > 0:
        piece = os.read(fd, min(n, 1 << 20))
        if not piece:
            raise EOFError("a scan worker stopped")
        parts.append(piece)
        n -= len(piece)
    return b"".join(parts)


def _grow_pipe(fd: int, size: int) -> None:
    """Ask for a pipe buffer of ``size`` bytes (Linux; elsewhere, or over the per-user limit, the
    pipe keeps its size and a full pipe only makes the writer wait)."""
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, size)
    except (ImportError, AttributeError, OSError):
        pass


def _close(fd: int) -> None:
    try:
        os.close(fd)
    except OSError:
        pass


def _can_fork() -> bool:
    import select

    return hasattr(os, "fork") and hasattr(select, "poll")


def _around(data: bytes, changed: tuple[int, int], margin: int | None) -> tuple[int, int] | None:
    """Whole lines holding ``changed`` and ``margin`` bytes either side of those lines: [a, b) with
    ``a`` at a line start and ``b`` after a newline (or at the end). None: the whole blob."""
    if margin is None:
        return None
    n = len(data)
    lo, hi = changed
    hi = max(hi, lo + 1)  # a deletion: the line where the two sides now meet
    first = data.rfind(b"\n", 0, max(0, lo)) + 1
    last = data.find(b"\n", min(n, hi) - 1) if hi <= n else -1
    last = n if last < 0 else last + 1
    a = 0 if first - margin <= 0 else data.rfind(b"\n", 0, first - margin) + 1
    if last + margin >= n:
        b = n
    else:
        nl = data.find(b"\n", last + margin)
        b = n if nl < 0 else nl + 1
    if a == 0 and b == n:
        return None
    return a, b


def _reach_region(data: bytes, changed: tuple[int, int], reach: int) -> tuple[int, int, int]:
    """For a match of at most ``reach`` newlines that touches ``changed``: (a, b, end) with its
    start in [a, b] and its end at most ``end``: a at the start of the line ``reach`` lines above
    the changed bytes' first line, b the last changed byte, end one character past the newline that
    ends the line ``reach`` lines below b's (clipped to the blob)."""
    n = len(data)
    lo, hi = changed
    b = min(max(hi, lo + 1), n) - 1 if n else 0  # a deletion: the byte where the sides meet
    a = data.rfind(b"\n", 0, max(0, min(lo, n))) + 1
    for _ in range(reach):
        if a == 0:
            break
        a = data.rfind(b"\n", 0, a - 1) + 1
    end = b
    for _ in range(reach + 1):
        nl = data.find(b"\n", end)
        if nl < 0:
            return a, b, n
        end = nl + 1
    return a, b, min(n, end + 1)


def _line_regions(data: bytes, ends: list[int]) -> list[tuple[int, int]]:
    """Lines (start, index of their newline or len) from ``line``-mode reports (see hs.py)."""
    regions: list[tuple[int, int]] = []
    last = -1
    for end in sorted(ends):
        if end == last:
            continue
        last = end
        line_end = end - 1 if end and data[end - 1] == 10 else end
        regions.append((data.rfind(b"\n", 0, line_end) + 1, line_end))
    return regions


def _lines_of(data: bytes, ends: list[int]) -> list[tuple[int, int]]:
    """The lines (start, index of their newline or len) on which match end offsets lie."""
    regions: list[tuple[int, int]] = []
    line_end = -1
    n = len(data)
    for end in sorted(ends):
        last = end - 1 if end else 0
        if last <= line_end:
            continue
        line_start = data.rfind(b"\n", 0, last) + 1
        line_end = data.find(b"\n", last)
        if line_end < 0:
            line_end = n
        regions.append((line_start, line_end))
    return regions


def _window_regions(ends: list[int], width: int) -> list[tuple[int, int]]:
    """Merged ``[end - width, end]`` intervals."""
    regions: list[tuple[int, int]] = []
    for end in sorted(ends):
        start = max(0, end - width)
        if regions and start <= regions[-1][1]:
            regions[-1] = (regions[-1][0], end)
        else:
            regions.append((start, end))
    return regions


_SEVERITY_RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3}


def _one_per_span(cands: list[_Candidate], generic: bool) -> list[_Candidate]:
    """Of the rules of one kind (generic or provider) that claim the very same span, the preferred
    one (:func:`_preference`)."""
    spans = [(c.start, c.end) for c in cands if c.rule.rule.generic is generic]
    if len(set(spans)) == len(spans):
        return cands
    best: dict[tuple[int, int], _Candidate] = {}
    for c in cands:
        if c.rule.rule.generic is generic:
            held = best.get((c.start, c.end))
            if held is None or _preference(c) < _preference(held):
                best[(c.start, c.end)] = c
    return [c for c in cands if c.rule.rule.generic is not generic or best[(c.start, c.end)] is c]


def _drop_generic_overlaps(cands: list[_Candidate]) -> list[_Candidate]:
    """A generic match that overlaps a provider match goes; of several rules of one kind that
    claim the very same value, one finding stays (the one with a checksum validator, then the most
    severe, then the first rule), so one secret is one finding."""
    cands = _one_per_span(_one_per_span(cands, True), False)
    specific = [(c.start, c.end) for c in cands if not c.rule.rule.generic]
    if not specific or len(specific) == len(cands):
        return cands
    # a generic [start, end) overlaps a provider span when some span starting before ``end`` ends
    # after ``start``: the largest end among the spans sorted by start (a test file with hundreds
    # of example keys made the pairwise check quadratic)
    specific.sort()
    starts = [s for s, _ in specific]
    reach = list(itertools.accumulate((e for _, e in specific), max))
    kept = []
    for c in cands:
        if c.rule.rule.generic:
            i = bisect.bisect_left(starts, c.end)
            if i and reach[i - 1] > c.start:
                continue
        kept.append(c)
    return kept


def _preference(c: _Candidate) -> tuple[int, int, int]:
    rule = c.rule.rule
    return (0 if rule.validator else 1, _SEVERITY_RANK.get(rule.severity, 9), c.rule.index)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """Drop repeats: the same rule and value again on one line of one blob (a minified bundle
    says a value a dozen times on its one line; the first place on the line stands for all), or
    the same finding twice (a path given twice). ``scan_blob`` keeps every place (redaction needs
    them all); this is for reports."""
    seen: set[tuple[object, ...]] = set()
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: f.column):
        k = (f.rule_id, f.fingerprint, f.provenance, f.line)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out
