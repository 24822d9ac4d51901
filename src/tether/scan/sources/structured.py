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

import json
import os
import re
import sqlite3
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass

from tether.scan.findings import Provenance, Skipped
from tether.scan.sources import Blob

__all__ = [
    "FORMATS",
    "MIN_LEAF",
    "StrLeaf",
    "detect_format",
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
    """``cell 3 source line 2`` for a string inside ``cells``; None for notebook metadata."""
    if len(path) < 3 or path[0] != "cells" or not isinstance(path[1], int):
        return None
    cell = path[1]
    where = str(path[2])
    if where == "outputs" and len(path) > 3:
        where = f"output {path[3]}"
    line_in = path[-1] if isinstance(path[-1], int) and len(path) >= 4 else 0
    return f"cell {cell} {where} line {line_in + 1}"


def leaf_blob_data(key: str, value: str) -> tuple[bytes, int]:
    """The blob a string is scanned as, and the offset of the value inside it."""
    prefix = ('"' + key.replace('"', "'").replace("\n", " ")[:200] + '": "').encode()
    return prefix + value.encode("utf-8", "surrogatepass") + b'"', len(prefix)


# -- files ----------------------------------------------------------------------------------------


def _prov(path: str, place: str, line: int | None = None, record: str | None = None) -> Provenance:
    extra: list[tuple[str, str]] = [("place", place)]
    if line is not None:
        extra.append(("line", str(line)))
    if record:
        extra.append(("record", record))
    return Provenance(kind=KIND, path=path, extra=tuple(extra))


def file_blobs(
    path: str, place: str, fmt: str | None, data: bytes | None, max_size: int
) -> Iterator[Blob | Skipped]:
    """Blobs of one file. ``data`` is the file's bytes when already read (not for SQLite)."""
    if fmt is None:
        fmt = detect_format(path, (data or b"")[:16])
    if fmt == "sqlite":
        yield from sqlite_blobs(path, place, max_size)
        return
    if data is None:
        return
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
            json.loads(data)
        except ValueError:  # JSON with comments, a truncated file: scan as text
            yield Blob(data, _prov(path, place))
            return
        yield from _doc_blobs(path, place, data, 0, notebook=fmt == "notebook")
    else:
        yield Blob(data, _prov(path, place))


def _jsonl_blobs(path: str, place: str, data: bytes) -> Iterator[Blob | Skipped]:
    pos = 0
    lineno = 0
    n = len(data)
    while pos < n:
        end = data.find(b"\n", pos)
        if end < 0:
            end = n
        line = data[pos:end]
        if line.strip():
            try:
                json.loads(line)
                ok = True
            except ValueError:
                ok = False
            if ok:
                yield from _doc_blobs(path, place, line, lineno, notebook=False)
            else:
                yield Blob(line, _prov(path, place, lineno + 1, "text"))
        lineno += 1
        pos = end + 1


def _doc_blobs(
    path: str, place: str, doc: bytes, base_line: int, *, notebook: bool
) -> Iterator[Blob | Skipped]:
    for leaf in string_leaves(doc):
        if len(leaf.value) < MIN_LEAF:
            continue
        record = None
        if notebook:
            record = notebook_record(leaf.path, leaf.value)
        if record is None:
            record = format_path(leaf.path)
        blob, _ = leaf_blob_data(leaf.key, leaf.value)
        yield Blob(blob, _prov(path, place, base_line + leaf.line + 1, record))


# -- SQLite ---------------------------------------------------------------------------------------


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


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = [n for n, sql in rows if sql and sql.upper().startswith("CREATE VIRTUAL")]
    out = []
    for name, sql in rows:
        if name in virtual or any(name.startswith(v + "_") for v in virtual):
            continue  # full-text indexes: their content tables are not ours to rewrite
        if sql and "WITHOUT ROWID" in sql.upper():
            continue
        out.append(name)
    return out


def _qi(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def sqlite_cells(conn: sqlite3.Connection) -> Iterator[Cell]:
    """Every TEXT/BLOB cell of every ordinary table (rowid tables; FTS indexes skipped)."""
    for table in _tables(conn):
        info = conn.execute(f"PRAGMA table_info({_qi(table)})").fetchall()
        cols = [r[1] for r in info]
        if not cols:
            continue
        # the column that names a row for a person: key/name/id, else a single text primary key
        key_col = next((c for c in cols if c.lower() in ("key", "name", "id")), None)
        pks = [r for r in info if r[5]]
        if key_col is None and len(pks) == 1 and "INT" not in str(pks[0][2]).upper():
            key_col = pks[0][1]
        sel = ", ".join(_qi(c) for c in cols)
        for row in conn.execute(f"SELECT rowid, {sel} FROM {_qi(table)}"):  # noqa: S608
            rowid = row[0]
            label = f"rowid {rowid}"
            if key_col is not None:
                kv = row[1 + cols.index(key_col)]
                if isinstance(kv, str):
                    label = f"key {kv[:120]!r}"
            for col, value in zip(cols, row[1:], strict=True):
                if isinstance(value, str | bytes) and len(value) >= MIN_LEAF:
                    if col == key_col and key_col is not None and isinstance(value, str):
                        continue
                    yield Cell(table, col, rowid, label, value)


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
    try:
        for cell in sqlite_cells(conn):
            where = f"table {cell.table} {cell.label} column {cell.column}"
            text = cell_text(cell.value)
            if text is None:
                raw = bytes(cell.value) if isinstance(cell.value, bytes) else b""
                if raw.startswith(ZSTD_MAGIC):
                    yield Skipped(_prov(path, place, None, where), "zstd-compressed")
                continue  # binary cells (protobuf, images) are not scanned
            if looks_json(text):
                for leaf in string_leaves(text.encode("utf-8", "surrogatepass")):
                    if len(leaf.value) < MIN_LEAF:
                        continue
                    blob, _ = leaf_blob_data(leaf.key, leaf.value)
                    rec = f"{where} {format_path(leaf.path)}"
                    yield Blob(blob, _prov(path, place, None, rec))
            else:
                blob, _ = leaf_blob_data(cell.column, text)
                yield Blob(blob, _prov(path, place, None, where))
    except sqlite3.Error:
        yield Skipped(_prov(path, place), "unreadable (database busy or corrupt)")
    finally:
        conn.close()
