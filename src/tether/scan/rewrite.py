"""Format-preserving, atomic redaction of one file: :func:`redact_file`.

Each secret the engine finds becomes ``[REDACTED:<rule-id>]``, or what ``replacement(finding)``
returns (the CLI answers with the value's ``tether://`` reference when the vault holds it). The
file stays what it was:

- ``text`` (histories, notes, credential files): the value's bytes are replaced in place; every
  other byte is kept, so line structure survives.
- ``jsonl``: each line is parsed; a value is replaced inside its JSON string and only that string
  token is re-encoded, so untouched lines (and untouched bytes of changed lines) are identical and
  every line stays valid JSON. A line that does not parse is treated as text.
- ``json`` / ``notebook``: the same token-level replacement on the whole document (indentation and
  key order kept as they were).
- ``sqlite``: the affected cells are rewritten with ``UPDATE`` in one ``BEGIN IMMEDIATE``
  transaction (busy timeout, ``secure_delete`` so that freed pages do not keep the old value, WAL
  checkpointed afterwards); a JSON cell stays valid JSON.

Files are written with :func:`tether.fileio.atomic_write` (temp file beside it, fsync, rename); no
backup or temp copy ever holds the plaintext. AI tools append to transcripts while they run: for
``text`` and ``jsonl`` the bytes appended after the file was read are redacted and kept (read again
just before the rename, and from the old inode just after it); a ``json`` document that changed
while it was being processed is processed again.

The result lists rule ids, fingerprints and locations — never a value.
"""

from __future__ import annotations

import bisect
import json
import os
import sqlite3
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field

from tether.errors import FileSafetyError
from tether.fileio import atomic_write
from tether.scan.engine import Engine
from tether.scan.findings import Finding, Provenance
from tether.scan.sources.structured import (
    MIN_LEAF,
    Leaf,
    batch_blobs,
    cell_text,
    detect_format,
    entry_keys,
    format_path,
    fts_tables,
    is_joined,
    is_media,
    jsonl_leaves,
    leaf_blob_data,
    leaf_record,
    leaves_of,
    locate_in_map,
    looks_json,
    resolve_format,
    restore_owner,
    sqlite_cells,
    string_leaves,
    walk,
)

__all__ = ["Redaction", "RedactionResult", "redact_file"]

Replacement = Callable[[Finding], "str | None"]
Only = Callable[[Finding], bool]
RETRIES = 5
_APPENDABLE = ("text", "jsonl")


@dataclass(frozen=True)
class Redaction:
    """One replaced value: which rule, its keyed fingerprint, where, and the reference used."""

    rule_id: str
    fingerprint: str
    location: str
    line: int
    ref: str | None = None


@dataclass
class RedactionResult:
    path: str
    fmt: str
    items: list[Redaction] = field(default_factory=list)
    skipped: str | None = None  # why the file was not rewritten (zstd-compressed, …)

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def rule_ids(self) -> list[str]:
        return sorted({r.rule_id for r in self.items})

    @property
    def fingerprints(self) -> list[str]:
        return sorted({r.fingerprint for r in self.items})


class _Ctx:
    def __init__(
        self, path: str, engine: Engine, replacement: Replacement | None, only: Only | None
    ) -> None:
        self.path = path
        self.engine = engine
        self.replacement = replacement
        self.only = only

    def prov(self, line: int | None = None, record: str | None = None) -> Provenance:
        extra: list[tuple[str, str]] = []
        if line is not None:
            extra.append(("line", str(line)))
        if record:
            extra.append(("record", record))
        return Provenance(kind="sweep", path=self.path, extra=tuple(extra))

    def redaction(
        self, f: Finding, line: int | None, record: str | None
    ) -> tuple[bytes, Redaction]:
        """What replaces ``f`` and the record of it (``line`` None or 0: no line to show)."""
        ref = self.replacement(f) if self.replacement is not None else None
        loc = f"{self.path}:{line}" if line else self.path
        loc += f" ({record})" if record else ""
        text = (ref or f"[REDACTED:{f.rule_id}]").encode("utf-8")
        return text, Redaction(f.rule_id, f.fingerprint, loc, line or 0, ref)

    def splice(
        self, data: bytes, prov: Provenance, lo: int, hi: int, line: int | None, record: str | None
    ) -> tuple[bytes, list[Redaction]]:
        """``data`` with the findings whose value lies inside ``[lo, hi)`` replaced.

        ``line`` is the file line to report (0: the engine's line in ``data``; None: no line)."""
        findings, _ = self.engine.scan_blob(data, prov, honour_allow=False)
        out: list[bytes] = []
        items: list[Redaction] = []
        pos = lo
        for f in sorted(findings, key=lambda f: (f.span[0], -f.span[1])):
            start, end = f.span
            if start < pos or end > hi:
                continue
            if self.only is not None and not self.only(f):
                continue
            text, red = self.redaction(f, (line or f.line) if line is not None else None, record)
            out.append(data[pos:start])
            out.append(text)
            pos = end
            items.append(red)
        if not items:
            return data[lo:hi], []
        out.append(data[pos:hi])
        return b"".join(out), items


# -- bytes-level formats ---------------------------------------------------------------------------


def _redact_text(ctx: _Ctx, data: bytes, base_line: int = 0) -> tuple[bytes, list[Redaction]]:
    if not data:
        return data, []
    findings_ctx = ctx.prov()
    new, items = ctx.splice(data, findings_ctx, 0, len(data), 0, None)
    if base_line:
        items = [
            Redaction(
                r.rule_id,
                r.fingerprint,
                f"{ctx.path}:{r.line + base_line}",
                r.line + base_line,
                r.ref,
            )
            for r in items
        ]
    return new, items


def _dump(value: str, ascii_only: bool) -> bytes:
    if not ascii_only:
        try:
            return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            pass
    return json.dumps(value, ensure_ascii=True).encode("ascii")


def _redact_doc(
    ctx: _Ctx, doc: bytes, base_line: int, *, notebook: bool = False, where: str = ""
) -> tuple[bytes, list[Redaction]]:
    """A JSON document with values replaced inside its string tokens (other bytes kept).

    The strings are scanned exactly as the sweep scans them (batched, argument lists on one
    line), then each string that holds a value is re-encoded in place.
    """
    all_strs = list(string_leaves(doc))  # names of name/value entries may be short strings
    strs = [
        leaf
        for leaf in all_strs
        if len(leaf.value) >= MIN_LEAF and not (notebook and is_media(leaf.path))
    ]
    leaves: list[Leaf] = []
    prev: tuple[str | int, ...] | None = None
    keys = dict(
        zip(
            (sl.span for sl in all_strs),
            entry_keys([(sl.key, sl.value, sl.path) for sl in all_strs]),
            strict=True,
        )
    )
    for sl in strs:
        record = (where + " " if where else "") + leaf_record(sl.path, sl.value, notebook)
        line = base_line + sl.line + 1 if base_line >= 0 else 0
        key = keys[sl.span]
        leaves.append(Leaf(key, sl.value, line, record, is_joined(prev, sl.path, sl.key)))
        prev = sl.path
    cuts: dict[int, list[tuple[int, int, bytes, Redaction]]] = {}
    first = 0
    for blob, entries in batch_blobs(leaves):
        findings, _ = ctx.engine.scan_blob(blob, ctx.prov(), honour_allow=False)
        starts = [e[0] for e in entries]
        for f in findings:
            i = bisect.bisect_right(starts, f.span[0]) - 1
            if i < 0:
                continue
            leaf = leaves[first + i]
            a, b = f.span[0] - starts[i], f.span[1] - starts[i]
            if b > len(leaf.value.encode("utf-8", "surrogatepass")):
                continue  # runs past the string: not a value inside it
            if ctx.only is not None and not ctx.only(f):
                continue
            record = leaf.record if isinstance(leaf.record, str) else format_path(leaf.record)
            text, red = ctx.redaction(f, leaf.line if base_line >= 0 else None, record)
            cuts.setdefault(first + i, []).append((a, b, text, red))
        first += len(entries)
    edits: list[tuple[int, int, bytes]] = []
    items: list[Redaction] = []
    for i, found in sorted(cuts.items()):
        raw = leaves[i].value.encode("utf-8", "surrogatepass")
        out: list[bytes] = []
        pos = 0
        for a, b, text, red in sorted(found, key=lambda c: (c[0], -c[1])):
            if a < pos:
                continue  # overlaps a value already replaced
            out += [raw[pos:a], text]
            pos = b
            items.append(red)
        out.append(raw[pos:])
        value = b"".join(out).decode("utf-8", "surrogatepass")
        edits.append((strs[i].span[0], strs[i].span[1], _dump(value, strs[i].ascii)))
    if not edits:
        return doc, []
    result: list[bytes] = []
    pos = 0
    for start, end, token in edits:
        result.append(doc[pos:start])
        result.append(token)
        pos = end
    result.append(doc[pos:])
    return b"".join(result), items


def _hit_lines(ctx: _Ctx, data: bytes, first_line: int) -> set[int]:
    """File lines (1-based) holding a value to replace: one batched scan of every string, so
    that only those lines are parsed again token by token."""
    leaves: list[Leaf] = []
    hits: set[int] = set()
    for item in jsonl_leaves(data, first_line):
        if isinstance(item, Leaf):
            leaves.append(item)
        else:
            hits.add(item[0])  # not JSON: scanned as text
    for blob, entries in batch_blobs(leaves):
        findings, _ = ctx.engine.scan_blob(blob, ctx.prov(), honour_allow=False)
        for f in findings:
            if ctx.only is None or ctx.only(f):
                hits.add(locate_in_map(entries, f.span[0], f.line)[0])
    return hits


def _redact_jsonl(ctx: _Ctx, data: bytes, first_line: int = 0) -> tuple[bytes, list[Redaction]]:
    out: list[bytes] = []
    items: list[Redaction] = []
    hits = _hit_lines(ctx, data, first_line)
    pos, lineno, n = 0, first_line, len(data)
    while pos < n:
        end = data.find(b"\n", pos)
        stop = n if end < 0 else end + 1
        line = data[pos : n if end < 0 else end]
        new_line: bytes = line
        got: list[Redaction] = []
        if lineno + 1 in hits and line.strip():
            try:
                json.loads(line)
                is_json = True
            except ValueError:
                is_json = False
            if is_json:
                new_line, got = _redact_doc(ctx, line, lineno)
                if got:
                    try:
                        json.loads(new_line)
                    except ValueError:  # never write an invalid line: fall back to text
                        new_line, got = _redact_text(ctx, line, lineno)
            else:
                new_line, got = _redact_text(ctx, line, lineno)
        out.append(new_line + data[pos + len(line) : stop])
        items.extend(got)
        pos = stop
        lineno += 1
    return b"".join(out), items


def _redact_bytes(
    ctx: _Ctx, data: bytes, fmt: str, first_line: int = 0
) -> tuple[bytes, list[Redaction]]:
    if fmt == "jsonl":
        return _redact_jsonl(ctx, data, first_line)
    if fmt in ("json", "notebook"):
        try:
            json.loads(data)
        except ValueError:
            return _redact_text(ctx, data)
        return _redact_doc(ctx, data, 0, notebook=fmt == "notebook")
    return _redact_text(ctx, data, first_line)


# -- files -----------------------------------------------------------------------------------------


def _read_fd(fd: int, offset: int) -> bytes:
    parts = []
    while chunk := os.pread(fd, 1 << 20, offset):
        parts.append(chunk)
        offset += len(chunk)
    return b"".join(parts)


def _stamp(st: os.stat_result) -> tuple[int, int, int]:
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def redact_file(
    path: str | os.PathLike[str],
    engine: Engine,
    replacement: Replacement | None = None,
    *,
    fmt: str | None = None,
    only: Only | None = None,
) -> RedactionResult:
    """Replace every secret in ``path`` (those ``only`` accepts), keeping the format valid.

    ``replacement(finding)`` gives the text to put instead (a ``tether://`` reference) or ``None``
    for ``[REDACTED:<rule-id>]``. Nothing is written when nothing is found.
    """
    p = os.fspath(path)
    given = fmt
    if fmt is None:
        try:
            with open(p, "rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise FileSafetyError(
                f"cannot read {p}: {exc.strerror}", hint="check the path and its permissions"
            ) from None
        fmt = detect_format(p, head)
    result = RedactionResult(p, fmt)
    ctx = _Ctx(p, engine, replacement, only)
    if fmt == "sqlite":
        result.items = _redact_sqlite(ctx)
        return result
    if fmt == "zst":
        result.skipped = "zstd-compressed"
        return result
    for _ in range(RETRIES):
        done = _redact_once(ctx, given, result)
        if done:
            return result
    raise FileSafetyError(
        f"{p} kept changing while it was being redacted",
        hint="close the application writing it and run the redaction again",
    )


def _redact_once(ctx: _Ctx, given: str | None, result: RedactionResult) -> bool:
    p = ctx.path
    fd = os.open(p, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        st0 = os.fstat(fd)
        data = _read_fd(fd, 0)
        fmt = resolve_format(p, data, given)
        result.fmt = fmt
        appendable = fmt in _APPENDABLE
        cut = data.rfind(b"\n") + 1 if appendable else len(data)
        head_new, items = _redact_bytes(ctx, data[:cut], fmt)
        read_to = len(data)
        if appendable:
            # what the tool appended since (and a last line that was still being written)
            tail = data[cut:] + _read_fd(fd, read_to)
            read_to = cut + len(tail)
            first_line = data.count(b"\n", 0, cut)
            tail_new, tail_items = _redact_bytes(ctx, tail, fmt, first_line)
            new, items = head_new + tail_new, items + tail_items
        else:
            new = head_new
            if _stamp(os.stat(p)) != _stamp(st0):
                return False  # changed under us: start again
        if not items:
            result.items = []
            return True
        atomic_write(p, new)
        if appendable:
            late = _read_fd(fd, read_to)  # appended to the old inode before the rename
            if late:
                late_new, late_items = _redact_bytes(ctx, late, fmt, new.count(b"\n"))
                with open(p, "ab") as fh:
                    fh.write(late_new)
                items += late_items
        result.items = items
        return True
    finally:
        os.close(fd)


def _cell_has_hit(ctx: _Ctx, column: str, text: str) -> bool:
    """One batched scan of a cell's strings, before the exact (token-level) pass."""
    if looks_json(text):
        leaves = list(leaves_of(walk(json.loads(text)), 0, lambda p, v: ""))
    else:
        leaves = [Leaf(column, text, 0, "")]
    for blob, _ in batch_blobs(leaves):
        findings, _ = ctx.engine.scan_blob(blob, ctx.prov(), honour_allow=False)
        if any(ctx.only is None or ctx.only(f) for f in findings):
            return True
    return False


def _qi(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _redact_sqlite(ctx: _Ctx) -> list[Redaction]:
    uri = "file:" + urllib.parse.quote(os.path.abspath(ctx.path)) + "?mode=rw"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=10.0, isolation_level=None)
    except sqlite3.Error as exc:
        raise FileSafetyError(
            f"cannot open {ctx.path} for redaction ({exc})",
            hint="check that the file is a database you may write",
        ) from None
    items: list[Redaction] = []
    try:
        conn.execute("PRAGMA busy_timeout=10000")
        conn.execute("PRAGMA secure_delete=ON")  # freed pages are zeroed, not left with the value
        mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        if mode in ("persist", "truncate"):
            conn.execute("PRAGMA journal_mode=DELETE")  # no journal file left holding old pages
        conn.execute("BEGIN IMMEDIATE")
        try:
            updates: list[tuple[str, str, int, str | bytes]] = []
            for cell in sqlite_cells(conn):
                text = cell_text(cell.value)
                if text is None:
                    continue
                where = f"table {cell.table} {cell.label} column {cell.column}"
                if not _cell_has_hit(ctx, cell.column, text):
                    continue
                if looks_json(text):
                    raw = text.encode("utf-8", "surrogatepass")
                    new_raw, got = _redact_doc(ctx, raw, -1, where=where)
                    new_text = new_raw.decode("utf-8", "surrogatepass")
                else:
                    blob, off = leaf_blob_data(cell.column, text)
                    new_blob, got = ctx.splice(
                        blob, ctx.prov(None, where), off, len(blob) - 1, None, where
                    )
                    new_text = new_blob.decode("utf-8", "surrogatepass")
                if not got:
                    continue
                items.extend(got)
                value: str | bytes = (
                    new_text.encode("utf-8", "surrogatepass")
                    if isinstance(cell.value, bytes)
                    else new_text
                )
                updates.append((cell.table, cell.column, cell.rowid, value))
            for table, column, rowid, value in updates:
                conn.execute(
                    f"UPDATE {_qi(table)} SET {_qi(column)} = ? WHERE rowid = ?",  # noqa: S608
                    (value, rowid),
                )
            # a full-text index keeps the old terms in its segments until they are merged
            for table in sorted({u[0] for u in updates} & set(fts_tables(conn))):
                conn.execute(f"INSERT INTO {_qi(table)}({_qi(table)}) VALUES('optimize')")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        if mode == "wal" and items:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        raise FileSafetyError(
            f"cannot redact {ctx.path} ({exc})",
            hint="close the application using the database and try again",
        ) from None
    finally:
        conn.close()
        restore_owner(ctx.path)
    return items
