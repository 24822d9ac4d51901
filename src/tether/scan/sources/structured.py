"""Format readers for ``tether sweep``: turn one file into the strings a scanner should see.

Formats (``detect_format`` picks one from the path and the first bytes):

- ``text``: plain text, scanned as is (shell histories incl. zsh extended ``: 1700000000:0;cmd`` and
  fish ``- cmd: …`` histories, ini / netrc / yaml / toml credential files, markdown notes). The
  engine's own line numbers are the file's.
- ``jsonl``: one JSON document per line (Claude Code, Codex and Cursor transcripts, history.jsonl).
  A line that does not parse (a line being written) is scanned as text.
- ``json``: one JSON document (Gemini sessions, Copilot chat sessions, Cline/Continue tasks, MCP
  configs, ``~/.claude.json``, docker ``config.json``).
- ``notebook``: a Jupyter notebook; locations name the cell and the line inside it.
- ``sqlite``: every TEXT/BLOB cell of every ordinary table (``state.vscdb`` ``ItemTable`` and
  ``cursorDiskKV``, gcloud ``credentials.db``, IPython history, …), opened read-only through a
  ``file:…?mode=ro`` URI so that the owning application is never locked out.
- ``zst``: zstd-compressed JSONL (Codex), read only when the optional ``zstandard`` module exists.

Inside JSON every string value is decoded before scanning, so values that the file stores escaped
(a PEM key with ``\\n``, ``\\/``, ``\\u002b``) are found. Each string becomes its own small blob
``"<key>": "<value>"`` (the key keeps the keyword context generic rules need) whose provenance
carries the file line of the string and a record description in ``extra``: ``line``, ``record``.

:func:`string_leaves` is also what :mod:`tether.scan.rewrite` uses to put redacted values back: it
yields each string with the byte span of its token in the raw document.

Nothing here writes anything; nothing here imports above ``tether.scan``.
"""

from __future__ import annotations

import bisect
import json
import os
import re
import sqlite3
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from tether.scan.findings import Provenance, Skipped
from tether.scan.sources import Blob

__all__ = [
    "FORMATS",
    "MIN_LEAF",
    "StrLeaf",
    "detect_format",
    "entry_keys",
    "file_blobs",
    "leaf_blob_data",
    "open_sqlite_ro",
    "sqlite_cells",
    "string_leaves",
]

FORMATS = ("text", "jsonl", "json", "notebook", "sqlite", "zst")
MIN_LEAF = 6  # strings shorter than this cannot hold a reportable secret
SQLITE_MAGIC = b"SQLite format 3\x00"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
KIND = "sweep"

_TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\]:,]')


def detect_format(path: str, head: bytes = b"") -> str:
    """The reader for ``path``; ``head`` (the first bytes, when known) settles SQLite and JSON."""
    name = os.path.basename(path).lower()
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if name.endswith(".zst") or head.startswith(ZSTD_MAGIC):
        return "zst"
    if name.endswith(".ipynb"):
        return "notebook"
    if name.endswith(".jsonl") or name.endswith(".ndjson"):
        return "jsonl"
    if name.endswith((".vscdb", ".sqlite", ".sqlite3", ".db")) and not head:
        return "sqlite"
    if name.endswith(".json") or name == ".claude.json":
        return "json"
    return "text"


def resolve_format(path: str, data: bytes, fmt: str | None = None) -> str:
    """The reader for a file whose bytes are known: ``fmt`` (a place's choice) or the detected
    format, settled by content. A ``.json`` file holding one document per line is JSONL; an
    extension-less file holding JSON is JSON; a ``.json`` file that does not parse (comments) is
    text. A place that says ``text`` (shell histories) stays text."""
    if fmt == "text" or fmt == "notebook":
        return fmt
    fmt = fmt or detect_format(path, data[:16])
    if fmt not in ("json", "text"):
        return fmt
    if fmt == "text" and data.lstrip()[:1] not in (b"{", b"["):
        return "text"
    try:
        json.loads(data)
        return "json"
    except ValueError:
        pass
    first = data.lstrip().split(b"\n", 1)[0]
    try:
        return "jsonl" if isinstance(json.loads(first), dict) else "text"
    except ValueError:
        return "text"


# -- JSON strings ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StrLeaf:
    """A string value inside a JSON document (object keys are not leaves)."""

    value: str
    key: str  # the nearest object key above it ("" at the top)
    path: tuple[str | int, ...]
    span: tuple[int, int]  # byte span of the string token (quotes included) in the document
    line: int  # 0-based line of the token inside the document
    escaped: bool  # the token contains backslash escapes
    ascii: bool  # the token is pure ASCII


def _decode_token(tok: bytes) -> str:
    if b"\\" not in tok:
        return tok[1:-1].decode("utf-8", "surrogateescape")
    text = tok.decode("utf-8", "surrogateescape")
    value = json.loads(text)
    assert isinstance(value, str)
    return value


def string_leaves(raw: bytes) -> Iterator[StrLeaf]:
    """Every string value of the JSON document ``raw`` (assumed valid), in document order.

    A regex tokeniser (strings and punctuation; numbers and literals need no token) tracks the
    path, so the byte span of each value is known and a rewrite can replace that token alone.
    """
    # frames: [is_dict, elem_in_parent, current_key, index, expect_key, inherited_key]
    stack: list[list[object]] = []
    line, last = 0, 0
    for m in _TOKEN.finditer(raw):
        tok = m.group()
        c = tok[0]
        top = stack[-1] if stack else None
        if c == 0x22:  # a string
            if top is not None and top[0] and top[4]:
                top[2] = _decode_token(tok)
                continue
            start = m.start()
            line += raw.count(b"\n", last, start)
            last = start
            try:
                value = _decode_token(tok)
            except ValueError:
                continue
            path = _path(stack)
            if top is None:
                key = ""
            elif top[0]:
                key = str(top[2])
            else:
                key = str(top[5])
            yield StrLeaf(value, key, path, (start, m.end()), line, b"\\" in tok, tok.isascii())
        elif c in (0x7B, 0x5B):  # { [
            elem: object = None
            inherited = ""
            if top is not None:
                elem = top[2] if top[0] else top[3]
                inherited = str(top[2]) if top[0] else str(top[5])
            stack.append([c == 0x7B, elem, "", 0, c == 0x7B, inherited])
        elif c in (0x7D, 0x5D):  # } ]
            if stack:
                stack.pop()
        elif c == 0x3A:  # :
            if top is not None:
                top[4] = False
        elif c == 0x2C and top is not None:  # ,
            if top[0]:
                top[4] = True
            else:
                top[3] = int(str(top[3])) + 1


def _path(stack: list[list[object]]) -> tuple[str | int, ...]:
    out: list[str | int] = []
    for frame in stack[1:]:
        elem = frame[1]
        out.append(elem if isinstance(elem, int) else str(elem))
    if stack:
        top = stack[-1]
        out.append(str(top[2]) if top[0] else int(str(top[3])))
    return tuple(out)


def format_path(path: tuple[str | int, ...]) -> str:
    """``mcpServers.github.env.TOKEN`` / ``message.content[0].text``."""
    parts: list[str] = []
    for p in path:
        if isinstance(p, int):
            parts.append(f"[{p}]")
        else:
            parts.append(("." if parts else "") + p)
    return "".join(parts) or "$"


def notebook_record(path: tuple[str | int, ...], value: str) -> str | None:
    """``cell 3 source line 2`` / ``cell 3 output 0 line 1`` for a cell's text (cells counted
    from 0, as in the file; lines from 1); None for metadata and other fields."""
    if len(path) < 3 or path[0] != "cells" or not isinstance(path[1], int):
        return None
    cell, field, rest = path[1], path[2], path[3:]
    if field == "source":
        where = "source"
    elif field == "outputs" and len(rest) >= 2 and isinstance(rest[0], int):
        kind, rest = rest[1], rest[2:]
        if kind == "data" and rest and isinstance(rest[0], str):
            kind, rest = str(rest[0]), rest[1:]
        elif kind not in ("text", "traceback"):
            return None
        where = f"output {path[3]}" + ("" if kind == "text" else f" {kind}")
    else:
        return None
    if len(rest) > 1 or (rest and not isinstance(rest[0], int)):
        return None
    line_in = rest[0] if rest and isinstance(rest[0], int) else 0
    return f"cell {cell} {where} line {line_in + 1}"


def leaf_blob_data(key: str, value: str) -> tuple[bytes, int]:
    """The blob a string is scanned as, and the offset of the value inside it."""
    prefix = ('"' + key.replace('"', "'").replace("\n", " ")[:200] + '": "').encode()
    return prefix + value.encode("utf-8", "surrogatepass") + b'"', len(prefix)


JsonPath = tuple[str | int, ...]


def walk(obj: object) -> list[tuple[str, str, JsonPath]]:
    """(nearest object key, value, path) of every string in a parsed JSON value, in order."""
    out: list[tuple[str, str, JsonPath]] = []
    add = out.append

    def rec(node: object, key: str, path: JsonPath) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                k = str(k)
                if isinstance(v, str):
                    add((k, v, (*path, k)))
                elif isinstance(v, dict | list):
                    rec(v, k, (*path, k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                if isinstance(v, str):
                    add((key, v, (*path, i)))
                elif isinstance(v, dict | list):
                    rec(v, key, (*path, i))

    if isinstance(obj, str):
        return [("", obj, ())]
    try:
        rec(obj, "", ())
    except RecursionError:  # deeper than Python's stack: walk it with an explicit stack
        out.clear()
        stack: list[tuple[object, str, JsonPath]] = [(obj, "", ())]
        while stack:
            node, key, path = stack.pop()
            if isinstance(node, str):
                add((key, node, path))
            elif isinstance(node, dict):
                stack.extend(reversed([(v, str(k), (*path, str(k))) for k, v in node.items()]))
            elif isinstance(node, list):
                stack.extend(reversed([(v, key, (*path, i)) for i, v in enumerate(node)]))
    return out


def leaf_record(path: tuple[str | int, ...], value: str, notebook: bool) -> str:
    """How a person finds a string inside its document: a notebook cell, else its JSON path."""
    record = notebook_record(path, value) if notebook else None
    return record or format_path(path)


@dataclass(frozen=True)
class Leaf:
    """A string to scan: its key (context for generic rules), its file line (0: not known yet)
    and a record description."""

    key: str
    value: str
    line: int
    record: str | JsonPath  # a JSON path is formatted only when a finding needs it
    joined: bool = False  # goes on the previous string's line (items of a command's argument list)


# list-valued keys whose string items are one command line: ["--api-key", "…"] is scanned as
# `"args": "--api-key" "…"`, so that option rules see the option and its value together
ARG_KEYS = frozenset({"args", "argv", "arguments", "command", "cmd", "commandargs"})


def is_joined(prev: tuple[str | int, ...] | None, path: tuple[str | int, ...], key: str) -> bool:
    """Whether the string at ``path`` continues the line of the string at ``prev``."""
    return (
        prev is not None
        and bool(path)
        and isinstance(path[-1], int)
        and key.lower() in ARG_KEYS
        and prev[:-1] == path[:-1]
    )


def is_media(path: tuple[str | int, ...]) -> bool:
    """A base64 image or other binary payload (notebook ``data["image/png"]``): not scanned, so
    that a chance match in random bytes can never lead to rewriting an image."""
    return any(
        isinstance(p, str) and p.startswith(("image/", "audio/", "video/", "application/pdf"))
        for p in path
    )


_ENTRY_NAMES = ("name", "key", "variable")


def entry_keys(items: Sequence[tuple[str, str, JsonPath]]) -> list[str]:
    """The key each string is scanned with. In a name/value entry (``{"name": "OPENAI_API_KEY",
    "value": "…"}``: Amazon Q's saved environment, VS Code ``launch.json``, Kubernetes ``env``)
    the value is scanned under the entry's name, so that generic rules see ``OPENAI_API_KEY``."""
    names: dict[JsonPath, str] = {}
    for _key, value, p in items:
        if p and isinstance(p[-1], str) and p[-1].lower() in _ENTRY_NAMES and len(value) <= 200:
            names.setdefault(p[:-1], value)
    if not names:
        return [key for key, _v, _p in items]
    return [
        names.get(p[:-1], key) if p and isinstance(p[-1], str) and p[-1].lower() == "value" else key
        for key, _v, p in items
    ]


def leaves_of(
    items: Iterable[tuple[str, str, JsonPath]],
    line: int,
    record: Callable[..., str | JsonPath],
    *,
    notebook: bool = False,
) -> Iterator[Leaf]:
    """Leaves (strings of at least :data:`MIN_LEAF` characters) of walked JSON strings; a
    notebook's media payloads are left out (:func:`is_media`)."""
    prev: tuple[str | int, ...] | None = None
    items = list(items)
    for key, (_k, value, p) in zip(entry_keys(items), items, strict=True):
        if len(value) < MIN_LEAF or (notebook and is_media(p)):
            continue
        yield Leaf(key, value, line, record(p, value), is_joined(prev, p, key))
        prev = p


BATCH_LEAVES = 256
BATCH_BYTES = 1 << 20


MapEntry = tuple[int, int, int, "str | JsonPath"]


def batch_blobs(leaves: Iterable[Leaf]) -> Iterator[tuple[bytes, list[MapEntry]]]:
    """Strings packed into blobs of at most :data:`BATCH_LEAVES` strings or about
    :data:`BATCH_BYTES` bytes, one ``"key": "value"`` per line (one engine call per blob instead
    of one per string). Each blob comes with its map: for each string, (offset of the value in
    the blob, blob line where it starts, file line, record)."""
    parts: list[bytes] = []
    entries: list[MapEntry] = []
    size, blob_line = 0, 1
    for leaf in leaves:
        # a blob ends before a string that starts a line (an argument list stays together)
        if not leaf.joined and (len(entries) >= BATCH_LEAVES or size >= BATCH_BYTES):
            yield b"".join(parts) + b"\n", entries
            parts, entries, size, blob_line = [], [], 0, 1
        if leaf.joined and entries:
            value = leaf.value.encode("utf-8", "surrogatepass")
            data, off = b' "' + value + b'"', 2
        else:
            if entries:
                parts.append(b"\n")
                size += 1
                blob_line += 1
            data, off = leaf_blob_data(leaf.key, leaf.value)
        entries.append((size + off, blob_line, leaf.line, leaf.record))
        parts.append(data)
        size += len(data)
        blob_line += data.count(b"\n")
    if entries:
        yield b"".join(parts) + b"\n", entries


def locate_in_map(
    entries: Sequence[Sequence[Any]], offset: int, blob_line: int
) -> tuple[int, str, int]:
    """(file line, record, line inside the value) of a finding at ``offset`` of a batch blob."""
    i = bisect.bisect_right([e[0] for e in entries], offset) - 1
    _, first_line, file_line, record = entries[max(i, 0)]
    if not isinstance(record, str):
        record = format_path(tuple(record))
    return file_line, record, blob_line - first_line + 1


# -- files ----------------------------------------------------------------------------------------


def _prov(
    path: str,
    place: str,
    line: int | None = None,
    record: str | None = None,
    entries: list[MapEntry] | None = None,
    fmt: str | None = None,
) -> Provenance:
    extra: list[tuple[str, str]] = [("place", place)]
    if line is not None:
        extra.append(("line", str(line)))
    if record:
        extra.append(("record", record))
    if entries is not None:
        extra.append(("map", json.dumps(entries, ensure_ascii=False)))
    if fmt is not None:
        extra.append(("fmt", fmt))
    return Provenance(kind=KIND, path=path, extra=tuple(extra))


def _batched(
    path: str, place: str, leaves: Iterable[Leaf], fmt: str | None = None
) -> Iterator[Blob]:
    for blob, entries in batch_blobs(leaves):
        yield Blob(blob, _prov(path, place, entries=entries, fmt=fmt))


def file_blobs(
    path: str, place: str, fmt: str | None, data: bytes | None, max_size: int
) -> Iterator[Blob | Skipped]:
    """Blobs of one file. ``data`` is the file's bytes when already read (not for SQLite)."""
    if fmt == "sqlite" or (fmt is None and detect_format(path, (data or b"")[:16]) == "sqlite"):
        yield from sqlite_blobs(path, place, max_size)
        return
    if data is None:
        return
    fmt = resolve_format(path, data, fmt)
    if fmt == "zst":
        try:
            import zstandard  # type: ignore[import-not-found]  # optional, never a dependency
        except ImportError:
            yield Skipped(_prov(path, place), "zstd-compressed")
            return
        try:
            data = zstandard.ZstdDecompressor().stream_reader(data).read(max_size + 1)
        except Exception:
            yield Skipped(_prov(path, place), "unreadable")
            return
        if len(data) > max_size:
            yield Skipped(_prov(path, place), "too large")
            return
        fmt = "jsonl"
    if fmt == "jsonl":
        yield from _jsonl_blobs(path, place, data)
    elif fmt in ("json", "notebook"):
        try:
            doc = json.loads(data)
        except ValueError:  # JSON with comments, a truncated file: scan as text
            yield Blob(data, _prov(path, place))
            return
        notebook = fmt == "notebook"
        # the file line of a string is looked up only for findings (doc_lines), not here
        yield from _batched(
            path,
            place,
            leaves_of(walk(doc), 0, lambda p, v: leaf_record(p, v, notebook), notebook=notebook),
            fmt,
        )
    else:
        yield Blob(data, _prov(path, place))


def jsonl_leaves(data: bytes, first_line: int = 0) -> Iterator[Leaf | tuple[int, bytes]]:
    """The strings of every JSON line (file line known), or (line, bytes) for a line that does
    not parse (scanned as text)."""
    pos, lineno, n = 0, first_line, len(data)
    while pos < n:
        end = data.find(b"\n", pos)
        if end < 0:
            end = n
        line = data[pos:end]
        lineno += 1
        pos = end + 1
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except ValueError:
            yield (lineno, line)
            continue
        yield from leaves_of(walk(doc), lineno, lambda p, v: p)


def _jsonl_blobs(path: str, place: str, data: bytes) -> Iterator[Blob | Skipped]:
    pending: list[Leaf] = []
    for item in jsonl_leaves(data):
        if isinstance(item, Leaf):
            pending.append(item)
            if len(pending) >= BATCH_LEAVES:
                yield from _batched(path, place, pending)
                pending = []
        else:
            yield Blob(item[1], _prov(path, place, item[0], "text"))
    if pending:
        yield from _batched(path, place, pending)


def doc_lines(raw: bytes, notebook: bool) -> dict[str, int]:
    """record -> file line (1-based) of every string of a JSON document (for findings)."""
    out: dict[str, int] = {}
    for leaf in string_leaves(raw):
        out.setdefault(leaf_record(leaf.path, leaf.value, notebook), leaf.line + 1)
    return out


# -- SQLite ---------------------------------------------------------------------------------------


def restore_owner(path: str) -> None:
    """Give SQLite's side files (``-wal``, ``-shm``, ``-journal``) back to the database's owner.

    An administrator sweeping another user's home as root would otherwise leave root-owned side
    files that the user's own application can no longer open."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return
    try:
        st = os.stat(path)
    except OSError:
        return
    for suffix in ("-wal", "-shm", "-journal"):
        side = path + suffix
        try:
            if os.lstat(side).st_uid != st.st_uid:
                os.chown(side, st.st_uid, st.st_gid, follow_symlinks=False)
        except OSError:
            continue


def open_sqlite_ro(path: str) -> sqlite3.Connection:
    """A read-only connection that never takes a write lock (``mode=ro``)."""
    uri = "file:" + urllib.parse.quote(os.path.abspath(path)) + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=2.0)
    conn.execute("PRAGMA query_only=1")
    return conn


@dataclass(frozen=True)
class Cell:
    """One TEXT/BLOB value of one row."""

    table: str
    column: str
    rowid: int
    label: str  # "key 'composerData:…'" or "rowid 12"
    value: str | bytes


_FTS_RE = re.compile(r"USING\s+fts[345]\s*\((?P<args>.*)\)\s*$", re.I | re.S)


def fts_tables(conn: sqlite3.Connection) -> list[str]:
    """Full-text tables that hold their own text (FTS3/4/5 without ``content=``): read and
    rewritten through the virtual table, so that the index follows."""
    out = []
    for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL%'"
    ):
        m = _FTS_RE.search(sql or "")
        if m and not re.search(r"\bcontent\s*=", m.group("args"), re.I):
            out.append(name)
    return out


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = [n for n, sql in rows if sql and sql.upper().startswith("CREATE VIRTUAL")]
    fts = set(fts_tables(conn))
    out = []
    for name, sql in rows:
        if name in fts:
            out.append(name)  # through the virtual table: the index is updated with it
            continue
        if name in virtual or any(name.startswith(v + "_") for v in virtual):
            continue  # other virtual tables and the shadow tables of full-text indexes
        if sql and "WITHOUT ROWID" in sql.upper():
            continue
        out.append(name)
    return out


def _qi(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def sqlite_cells(conn: sqlite3.Connection) -> Iterator[Cell]:
    """Every TEXT/BLOB cell of every ordinary rowid table and full-text table."""
    for table in _tables(conn):
        info = conn.execute(f"PRAGMA table_info({_qi(table)})").fetchall()
        cols = [r[1] for r in info]
        if not cols:
            continue
        # the column that names a row for a person: key/name/id, else a single text primary key
        # with an id-like name (account_id, cwd, path)
        key_col = next((c for c in cols if c.lower() in ("key", "name", "id")), None)
        pks = [r for r in info if r[5]]
        if (
            key_col is None
            and len(pks) == 1
            and "INT" not in str(pks[0][2]).upper()
            and str(pks[0][1]).lower().endswith(("_id", "id", "cwd", "path", "uri", "account"))
        ):
            key_col = pks[0][1]
        sel = ", ".join(_qi(c) for c in cols)
        for row in conn.execute(f"SELECT rowid, {sel} FROM {_qi(table)}"):  # noqa: S608
            rowid = row[0]
            label = f"rowid {rowid}"
            if key_col is not None:
                kv = row[1 + cols.index(key_col)]
                if isinstance(kv, str) and _readable_key(kv):
                    label = f"key {kv[:120]!r}"
            for col, value in zip(cols, row[1:], strict=True):
                if isinstance(value, str | bytes) and len(value) >= MIN_LEAF:
                    yield Cell(table, col, rowid, label, value)


def _readable_key(key: str) -> bool:
    """Whether a key may name its row in a location (``composerData:…``, a path, an e-mail):
    short or structured. A long unstructured key could be a token itself; the row id is used."""
    return len(key) <= 24 or any(c in key for c in ":./@ ")


def cell_text(value: str | bytes) -> str | None:
    """A cell as text, or None when it is binary (not UTF-8)."""
    if isinstance(value, str):
        return value
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return None


def looks_json(text: str) -> bool:
    s = text.lstrip()[:1]
    if s not in ("{", "["):
        return False
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def sqlite_blobs(path: str, place: str, max_size: int) -> Iterator[Blob | Skipped]:
    try:
        if os.path.getsize(path) > max_size:
            yield Skipped(_prov(path, place), "too large")
            return
        conn = open_sqlite_ro(path)
    except (OSError, sqlite3.Error):
        yield Skipped(_prov(path, place), "unreadable")
        return
    skipped: list[Skipped] = []

    def leaves() -> Iterator[Leaf]:
        for cell in sqlite_cells(conn):
            where = f"table {cell.table} {cell.label} column {cell.column}"
            text = cell_text(cell.value)
            if text is None:
                raw = bytes(cell.value) if isinstance(cell.value, bytes) else b""
                if raw.startswith(ZSTD_MAGIC):
                    skipped.append(Skipped(_prov(path, place, None, where), "zstd-compressed"))
                continue  # binary cells (protobuf, images) are not scanned
            if looks_json(text):
                yield from leaves_of(
                    walk(json.loads(text)), 0, lambda p, v, w=where: f"{w} {format_path(p)}"
                )
            else:
                yield Leaf(cell.column, text, 0, where)

    try:
        yield from _batched(path, place, leaves())
    except sqlite3.Error:
        yield Skipped(_prov(path, place), "unreadable (database busy or corrupt)")
    finally:
        conn.close()
        restore_owner(path)
    yield from skipped
