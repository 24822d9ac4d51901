"""Rules whose regex finds a *place* and whose secrets a function here lists.

Some formats say what is secret by structure, not by the value or its line: a Kubernetes ``Secret``
manifest holds base64 values under arbitrary key names (``api-key``, ``.dockerconfigjson``,
``tls.key``) and only the document's ``kind: Secret`` says they are secrets. A rule with
``expand = "NAME"`` matches the anchor (``kind: Secret``); the engine hands the anchor's offset to
``EXPANDERS[NAME]``, which returns the spans of the secrets it finds around it, each with the span of
its line. Those spans then go through the rule's filters like any match (see engine.py).

Expanders read bytes and return offsets only: they never build messages that could hold a value.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Iterator

from tether.scan import heuristics
from tether.scan.lazyre import lazy

__all__ = [
    "ENCODED_EXPANDERS",
    "EXPANDERS",
    "Span",
    "csv_password_column",
    "kubernetes_secret_data",
    "kubernetes_secret_json",
    "markdown_password_column",
    "sql_credential_columns",
]


class _LazyBytes:
    """A bytes regex compiled on first use (``tether scan`` imports this module at start-up)."""

    __slots__ = ("_pattern", "flags", "source")

    def __init__(self, source: bytes, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._pattern: re.Pattern[bytes] | None = None

    @property
    def compiled(self) -> re.Pattern[bytes]:
        if self._pattern is None:
            self._pattern = re.compile(self.source, self.flags)
        return self._pattern


# (secret start, secret end, line start, line end), offsets into the blob
Span = tuple[int, int, int, int]

_DOC_SEPARATOR = _LazyBytes(rb"^---(?:[ \t].*)?\r?$", re.M)
_TOP_KEY = _LazyBytes(rb"([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*(?:#.*)?\r?$")
_ENTRY = _LazyBytes(
    rb"""([ \t]+)("[^"\n]+"|'[^'\n]+'|[^\s:#"'][^:\n]*?)[ \t]*:(?:[ \t]+(.*?))?[ \t]*\r?$"""
)
_BASE64 = _LazyBytes(rb"[A-Za-z0-9+/]+={0,2}")
_BLOCK = _LazyBytes(rb"[|>][0-9]?[-+]?[0-9]?")
# keys whose values a Secret holds next to the credential but which are not secret themselves
_PLAIN_KEYS = frozenset(
    """user username login email host hostname port namespace database db dbname region endpoint
    server address name ca cacert ca-bundle cert certificate crt cer pub type""".split()
)
_PLAIN_SUFFIXES = (".crt", ".cer", ".pub", "-cert", "_cert", ".cert")
_URL_WITH_PASSWORD = lazy(r"^[A-Za-z][A-Za-z0-9+.-]*://[^/@\s:]*:[^/@\s]+@")
_URL = lazy(r"^[A-Za-z][A-Za-z0-9+.-]*://\S+$")
_HOST_OR_EMAIL = lazy(r"^(?:[^@\s]+@)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?$")
_PUBLIC_MATERIAL = (
    b"-----BEGIN CERTIFICATE",
    b"-----BEGIN PUBLIC KEY",
    b"ssh-rsa ",
    b"ssh-ed25519 ",
)


def _lines(data: bytes, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line in ``data[start:end]``, end exclusive of the newline."""
    out = []
    pos = start
    while pos < end:
        nl = data.find(b"\n", pos, end)
        stop = end if nl < 0 else nl
        out.append((pos, stop))
        pos = stop + 1
    return out


def _document(data: bytes, at: int) -> tuple[int, int]:
    """The YAML document (between ``---`` lines) holding offset ``at``."""
    start, end = 0, len(data)
    for m in _DOC_SEPARATOR.compiled.finditer(data):
        if m.end() <= at:
            start = m.end() + 1
        else:
            end = m.start()
            break
    return start, end


def _plain_key(key: str) -> bool:
    """Whether a key names a value that is not secret (``username``, ``db-host``, ``ca.crt``)."""
    low = key.strip("\"'").lower()
    return (
        low in _PLAIN_KEYS
        or low.endswith(_PLAIN_SUFFIXES)
        or re.split(r"[._-]", low)[-1] in _PLAIN_KEYS
    )


def _looks_secret(key: str, encoded: bytes) -> bool:
    """Whether a ``data`` value (base64 as written) decodes to something a Secret keeps secret."""
    if len(encoded) < 8 or len(encoded) % 4 or not _BASE64.compiled.fullmatch(encoded):
        return False
    try:
        raw = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        return False
    stripped = raw.strip()
    if len(stripped) < 6 or any(marker in stripped for marker in _PUBLIC_MATERIAL):
        return False
    try:
        text = stripped.decode("utf-8")
    except UnicodeDecodeError:
        return True  # binary key material (a keystore, a DER key)
    if not text.isprintable() and "\n" not in text:
        return True
    if _URL_WITH_PASSWORD.match(text):
        return True
    if _plain_key(key):
        return False
    if text.isdigit() or _URL.match(text) or _HOST_OR_EMAIL.match(text):
        return False
    if len(text.split()) > 1 or "{" in text:
        return True  # a file kept in the Secret (JSON, a .env, a config): its content is secret
    if heuristics.is_placeholder(text):
        return False
    if text.isalpha():  # a word or words glued together (``mypass``): a sample, not a secret
        return not (heuristics.is_dictionary_word(text) or heuristics.is_glued_words(text))
    return True


def kubernetes_secret_data(data: bytes, at: int) -> list[Span]:
    """The base64 values under the top-level ``data:`` of the Kubernetes Secret whose ``kind:``
    line is at ``at`` (YAML; one document of a ``---`` stream). Values that decode to certificates,
    public keys, host names, user names, numbers, placeholders or single dictionary words are left
    out, as are keys that name such values (``ca.crt``, ``username``, ``namespace``)."""
    start, end = _document(data, at)
    lines = _lines(data, start, end)
    spans: list[Span] = []
    i = 0
    while i < len(lines):
        a, b = lines[i]
        i += 1
        top = _TOP_KEY.compiled.match(data, a, b)
        if not top or top.group(1) != b"data" or top.group(2):
            continue
        indent: bytes | None = None
        while i < len(lines):
            a, b = lines[i]
            text = data[a:b]
            body = text.strip()
            if not body or body.startswith(b"#"):
                i += 1
                continue
            if not text[:1].isspace():
                break  # the next top-level key: the data block has ended
            i += 1
            entry = _ENTRY.compiled.match(data, a, b)
            if not entry:
                continue
            if indent is None:
                indent = entry.group(1)
            if entry.group(1) != indent:
                continue  # deeper lines belong to a block scalar handled below
            key = entry.group(2).decode("utf-8", "replace")
            vs, ve = entry.span(3) if entry.group(3) is not None else (b, b)
            value = data[vs:ve]
            if _BLOCK.compiled.fullmatch(value) and i < len(lines):
                a2, b2 = lines[i]
                nxt = data[a2:b2]
                if len(nxt) - len(nxt.lstrip()) > len(indent) and nxt.strip():
                    content = nxt.strip()
                    vs = a2 + nxt.index(content[:1])
                    ve, value, a, b = vs + len(content), content, a2, b2
            if value[:1] in (b'"', b"'") and value[-1:] == value[:1] and len(value) >= 2:
                vs, ve, value = vs + 1, ve - 1, value[1:-1]
            if value and _looks_secret(key, value):
                spans.append((vs, ve, a, b))
    return spans


_JSON_TOKEN = _LazyBytes(rb'"(?:[^"\\\n]|\\.)*"|[{}]')


def _enclosing_object(data: bytes, at: int) -> int | None:
    """Offset of the ``{`` of the innermost JSON object open at ``at`` (strings skipped)."""
    opened: list[int] = []
    for m in _JSON_TOKEN.compiled.finditer(data, 0, at):
        token = data[m.start()]
        if token == 0x7B:  # {
            opened.append(m.start())
        elif token == 0x7D and opened:  # }
            opened.pop()
    return opened[-1] if opened else None


def kubernetes_secret_json(data: bytes, at: int) -> list[Span]:
    """The values of ``data`` in the JSON Kubernetes Secret object whose ``"kind": "Secret"`` is
    at ``at`` (``kubectl get secret -o json``, also inside a ``List``); the same checks as YAML."""
    import json

    start = _enclosing_object(data, at)
    if start is None:
        return []
    try:
        text = data.decode("utf-8")
        obj, _ = json.JSONDecoder().raw_decode(text, len(data[:start].decode("utf-8")))
    except (UnicodeDecodeError, ValueError):
        return []
    if not isinstance(obj, dict) or obj.get("kind") != "Secret":
        return []
    values = obj.get("data")
    if not isinstance(values, dict):
        return []
    spans: list[Span] = []
    for key, value in values.items():
        if not isinstance(key, str) or not isinstance(value, str) or not value:
            continue
        if not _looks_secret(key, value.encode("utf-8")):
            continue
        pair = re.compile(
            re.escape(json.dumps(key).encode())
            + rb"[ \t\r\n]*:[ \t\r\n]*\"("
            + re.escape(value.encode())
            + rb')"'
        )
        m = pair.search(data, start)
        if m is None:
            continue
        a = data.rfind(b"\n", 0, m.start()) + 1
        b = data.find(b"\n", m.end())
        spans.append((m.start(1), m.end(1), a, len(data) if b < 0 else b))
    return spans


def _b64_text(value: str) -> str | None:
    """The text a base64 value encodes (a Secret's ``data``), or ``None``."""
    try:
        return base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None


# a header field that names the password column of a credential sheet or a password manager's
# export (Chrome/Edge name,url,username,password; Firefox "url","username","password",…; LastPass
# url,username,password,…; Bitwarden …,login_username,login_password,…)
_CSV_PASSWORD_FIELD = lazy(r"^(?:login[ _]?)?(?:password|passwd|pwd)$", re.I)
_CSV_FIELD_NAME = lazy(r"^[A-Za-z][\w .-]{0,40}$")
_CSV_MAX_ROWS = 5000


def _csv_fields(data: bytes, a: int, b: int, delim: bytes) -> list[tuple[int, int]]:
    """Spans of the fields of ``data[a:b]`` split at ``delim``; a double-quoted field may hold the
    delimiter and ``""``, and its span leaves the quotes out."""
    fields: list[tuple[int, int]] = []
    i = a
    while i <= b:
        if data[i : i + 1] == b'"':
            j = i + 1
            while j < b and not (data[j : j + 1] == b'"' and data[j + 1 : j + 2] != b'"'):
                j += 2 if data[j : j + 2] == b'""' else 1
            fields.append((i + 1, min(j, b)))
            k = data.find(delim, j, b)
        else:
            k = data.find(delim, i, b)
            fields.append((i, b if k < 0 else k))
        if k < 0:
            break
        i = k + 1
    return fields


def csv_password_column(data: bytes, at: int) -> list[Span]:
    """The values in the password column of the CSV/TSV table whose header line starts at ``at``:
    every following row with as many fields as the header, up to a blank or differently shaped line.
    The header must be a row of short names with exactly one password field; empty values and
    values with spaces (a note such as "(in 1password)") are left out."""
    end = data.find(b"\n", at)
    end = len(data) if end < 0 else end
    hb = end - 1 if data[end - 1 : end] == b"\r" else end
    for delim in (b",", b"\t", b";"):
        fields = _csv_fields(data, at, hb, delim)
        names = [data[s:e].decode("utf-8", "replace").strip() for s, e in fields]
        cols = [i for i, n in enumerate(names) if _CSV_PASSWORD_FIELD.match(n)]
        if len(fields) >= 3 and len(cols) == 1 and all(_CSV_FIELD_NAME.match(n) for n in names):
            break
    else:
        return []
    col, width = cols[0], len(fields)
    spans: list[Span] = []
    for a, lb in _rows_after(data, end):
        if not data[a:lb].strip():
            break
        row = _csv_fields(data, a, lb, delim)
        if len(row) != width:
            break
        vs, ve = row[col]
        value = data[vs:ve]
        if len(value) >= 4 and not any(c in value for c in b" \t"):
            spans.append((vs, ve, a, lb))
    return spans


def _rows_after(data: bytes, end: int) -> Iterator[tuple[int, int]]:
    """The lines after the one ending at ``end`` (its newline or the end of ``data``), at most
    ``_CSV_MAX_ROWS``: their start and their end before any ``\\r``."""
    a = end + 1
    for _ in range(_CSV_MAX_ROWS):
        if a >= len(data):
            return
        b = data.find(b"\n", a)
        b = len(data) if b < 0 else b
        yield a, (b - 1 if data[b - 1 : b] == b"\r" else b)
        a = b + 1


# Markdown tables: a credential sheet kept in notes or a README (| env | host | user | password |),
# the header row, the |---|---| delimiter row, then one row per account. Cells are trimmed and a
# value written as code (`…`) loses its backticks.
_MD_DELIMITER_ROW = lazy(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?$")
# another column that says whose or where the password is: a table of accounts, not of settings
_MD_ACCOUNT_FIELD = lazy(
    r"^(?:user(?:[ _-]?name)?|login|account|e-?mail|host(?:name)?|server|service|site|url|env"
    r"|environment|name|system|app|database|db)$",
    re.I,
)


def _md_cells(data: bytes, a: int, b: int) -> list[tuple[int, int]]:
    r"""Trimmed spans of the cells of the Markdown table row ``data[a:b]`` (outer pipes optional,
    ``\|`` is a pipe inside a cell)."""
    while a < b and data[a : a + 1] in (b" ", b"\t"):
        a += 1
    while b > a and data[b - 1 : b] in (b" ", b"\t"):
        b -= 1
    if data[a : a + 1] == b"|":
        a += 1
    if data[b - 1 : b] == b"|" and data[b - 2 : b - 1] != b"\\":
        b -= 1
    cells: list[tuple[int, int]] = []
    i = start = a
    while i <= b:
        if i == b or (data[i : i + 1] == b"|" and data[i - 1 : i] != b"\\"):
            cs, ce = start, i
            while cs < ce and data[cs : cs + 1] in (b" ", b"\t"):
                cs += 1
            while ce > cs and data[ce - 1 : ce] in (b" ", b"\t"):
                ce -= 1
            cells.append((cs, ce))
            start = i + 1
        i += 1
    return cells


def markdown_password_column(data: bytes, at: int) -> list[Span]:
    """The values in the password column of the Markdown table whose header row starts at ``at``:
    the header needs exactly one password column and another naming the account (user, host,
    service …), the next line must be the delimiter row; rows follow up to a line that is no row
    of the same width. Empty cells and cells with spaces ("(in 1Password)", "see vault") are
    left out."""
    end = data.find(b"\n", at)
    end = len(data) if end < 0 else end
    hb = end - 1 if data[end - 1 : end] == b"\r" else end
    header = _md_cells(data, at, hb)
    names = [data[s:e].decode("utf-8", "replace").strip("*_ ") for s, e in header]
    cols = [i for i, n in enumerate(names) if _CSV_PASSWORD_FIELD.match(n)]
    if (
        len(header) < 2
        or len(cols) != 1
        or not all(_CSV_FIELD_NAME.match(n) for n in names)
        or not any(_MD_ACCOUNT_FIELD.match(n) for n in names)
    ):
        return []
    a = end + 1
    b = data.find(b"\n", a)
    b = len(data) if b < 0 else b
    if not _MD_DELIMITER_ROW.match(data[a:b].decode("utf-8", "replace").rstrip("\r")):
        return []
    col, width = cols[0], len(header)
    spans: list[Span] = []
    for a, lb in _rows_after(data, b):
        if b"|" not in data[a:lb]:
            break
        row = _md_cells(data, a, lb)
        if len(row) != width:
            break
        vs, ve = row[col]
        if ve - vs >= 2 and data[vs : vs + 1] == b"`" and data[ve - 1 : ve] == b"`":
            vs, ve = vs + 1, ve - 1
        value = data[vs:ve]
        if len(value) >= 4 and not any(c in value for c in b" \t`"):
            spans.append((vs, ve, a, lb))
    return spans


# SQL dumps: the columns of an ``INSERT INTO t (a, b, …) VALUES (…), (…);`` statement (mysqldump
# --complete-insert, pg_dump --column-inserts, ORM fixtures) or of a pg_dump ``COPY t (a, b, …) FROM
# stdin;`` block (tab-separated rows up to ``\.``) name the values: a column named after a credential
# (``api_key``, ``client_secret``, ``smtp_password``) holds one per row. Columns whose name says
# the value is derived (``password_hash``, ``encrypted_password``, ``token_type``, ``api_key_id``)
# do not end in a credential word or start with a derivation word and are left out, and so is a
# users table's login column (``password``: a hash there).
_SQL_INSERT_HEAD = _LazyBytes(
    rb"(?i)insert[ \t]+(?:ignore[ \t]+)?into[ \t]+[^\s(]{1,128}[ \t]*\(([^()\n]{1,2000})\)"
    rb"[ \t\r\n]{0,4}values[ \t\r\n]{0,4}"
)
_SQL_COPY_HEAD = _LazyBytes(
    rb"(?i)copy[ \t]+[^\s(]{1,128}[ \t]*\(([^()\n]{1,2000})\)[ \t]+from[ \t]+stdin[^\n]{0,80}\n"
)
_SQL_CRED_COLUMN = lazy(
    r"^(?:[a-z0-9]+_)*(?:password|passwd|secret|token|api_?key|apikey|access_?key|secret_?key"
    r"|private_?key|client_?secret|auth_?token|access_?token|refresh_?token|webhook_?secret)$",
    re.I,
)
_SQL_DERIVED_WORDS = frozenset(
    "hash hashed encrypted enc crypted salted digest masked hint reset last4 prefix".split()
)
# a users table's own password column holds the login hash or an encrypted value
# (jHcpKkiDbbQh7W7hh8yQSA==) far more often than the password: left out
_SQL_LOGIN_PASSWORD_COLUMNS = frozenset(
    "password passwd user_password userpassword login_password user_pass".split()
)
_SQL_MAX_ROWS = 5000


def _sql_columns(raw: bytes) -> list[int] | None:
    """Indexes of the credential columns in a column list, ``None`` if it is no plain list."""
    names = [c.strip().strip("`\"[]'").strip() for c in raw.decode("utf-8", "replace").split(",")]
    if not all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,63}", n) for n in names):
        return None
    cols = []
    for i, name in enumerate(names):
        words = name.lower().split("_")
        if name.lower() in _SQL_LOGIN_PASSWORD_COLUMNS or (
            # c_password (SOGo's users table): a one-letter prefix before the same column
            len(words) == 2 and len(words[0]) == 1 and words[1] in _SQL_LOGIN_PASSWORD_COLUMNS
        ):
            continue
        if _SQL_CRED_COLUMN.match(name) and _SQL_DERIVED_WORDS.isdisjoint(words):
            cols.append(i)
    return cols if cols else None


def _sql_tuple(data: bytes, i: int) -> tuple[list[tuple[int, int, bool]], int] | None:
    """The cells of the ``( … )`` row at ``data[i]``: (start, end, quoted) each, and the offset
    after the closing parenthesis; ``None`` if it is not a row of literals."""
    n = len(data)
    cells: list[tuple[int, int, bool]] = []
    i += 1
    while i < n:
        while i < n and data[i] in b" \t\r\n":
            i += 1
        if i < n and data[i : i + 1] in (b"'", b'"'):
            q = data[i : i + 1]
            j = i + 1
            while j < n:
                c = data[j : j + 1]
                if c == b"\\":
                    j += 2
                    continue
                if c == q:
                    if data[j + 1 : j + 2] == q:
                        j += 2
                        continue
                    break
                j += 1
            if j >= n:
                return None
            cells.append((i + 1, j, True))
            i = j + 1
        else:
            j = i
            while j < n and data[j] not in b",)\n":
                j += 1
            cells.append((i, j, False))
            i = j
        while i < n and data[i] in b" \t\r\n":
            i += 1
        if data[i : i + 1] == b")":
            return cells, i + 1
        if data[i : i + 1] != b",":
            return None
        i += 1
    return None


def sql_credential_columns(data: bytes, at: int) -> list[Span]:
    """The values in the credential-named columns of the ``INSERT … VALUES`` statement or the
    ``COPY … FROM stdin`` block that starts at ``at`` (rows with as many cells as columns; quoted
    cells of an INSERT, non-null cells of a COPY; empty values and values with spaces left out)."""
    spans: list[Span] = []
    m = _SQL_INSERT_HEAD.compiled.match(data, at)
    if m is not None:
        cols = _sql_columns(m.group(1))
        if cols is None:
            return []
        width = m.group(1).count(b",") + 1
        i = m.end()
        for _ in range(_SQL_MAX_ROWS):
            if data[i : i + 1] != b"(":
                break
            row = _sql_tuple(data, i)
            if row is None:
                break
            cells, i = row
            if len(cells) == width:
                for c in cols:
                    vs, ve, quoted = cells[c]
                    value = data[vs:ve]
                    if quoted and len(value) >= 4 and not any(ch in value for ch in b" \t\n"):
                        ls = data.rfind(b"\n", 0, vs) + 1
                        le = data.find(b"\n", ve)
                        spans.append((vs, ve, ls, len(data) if le < 0 else le))
            while data[i : i + 1] in (b" ", b"\t", b"\r", b"\n", b","):
                i += 1
        return spans
    m = _SQL_COPY_HEAD.compiled.match(data, at)
    if m is None:
        return []
    cols = _sql_columns(m.group(1))
    if cols is None:
        return []
    width = m.group(1).count(b",") + 1
    a = m.end()
    for _ in range(_SQL_MAX_ROWS):
        if a >= len(data):
            break
        b = data.find(b"\n", a)
        b = len(data) if b < 0 else b
        lb = b - 1 if data[b - 1 : b] == b"\r" else b
        if data[a:lb] == b"\\.":
            break
        fields: list[tuple[int, int]] = []
        i = a
        while True:  # COPY text format: tab-separated, tabs inside a value are written \t
            k = data.find(b"\t", i, lb)
            fields.append((i, lb if k < 0 else k))
            if k < 0:
                break
            i = k + 1
        if len(fields) != width:
            break
        for c in cols:
            vs, ve = fields[c]
            value = data[vs:ve]
            if len(value) >= 4 and value != b"\\N" and b" " not in value:
                spans.append((vs, ve, a, lb))
        a = b + 1
    return spans


# expanders whose secrets are written encoded: how to get the value a vault would hold (so a
# finding can say it copies a vault item)
ENCODED_EXPANDERS: dict[str, Callable[[str], str | None]] = {
    "kubernetes-secret": _b64_text,
    "kubernetes-secret-json": _b64_text,
}

EXPANDERS: dict[str, Callable[[bytes, int], list[Span]]] = {
    "csv-password-column": csv_password_column,
    "kubernetes-secret": kubernetes_secret_data,
    "kubernetes-secret-json": kubernetes_secret_json,
    "markdown-password-column": markdown_password_column,
    "sql-credential-columns": sql_credential_columns,
}
