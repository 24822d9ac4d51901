"""``.env`` files: a parser with python-dotenv's semantics and a lossless rewriter.

A leaf module (imports nothing of tether but :mod:`tether.errors`). The parser is a port of
python-dotenv 1.2's reader (``dotenv/parser.py``) that also records *where* each value sits in
its line, so that :func:`rewrite` can replace exactly the value token of the bindings it is
asked to change and keep every other byte (comments, order, blank lines, quoting, ``export``,
line endings, a leading BOM) as it was.

    doc = parse(text)                   # bindings whose ``original`` texts concatenate to ``text``
    values(doc)                         # {"KEY": "value" | None}, ${VAR} / ${VAR:-default} expanded
    rewrite(doc, {index: "new value"})  # new text; only those bindings' value tokens differ

Rules (python-dotenv): keys unquoted or single-quoted; values unquoted, single- or double-quoted;
``export`` prefix; inline ``# comment`` after whitespace; escapes ``\\\\ \\'`` in single quotes and
``\\\\ \\' \\" \\a \\b \\f \\n \\r \\t \\v`` in double quotes; quoted values may span lines;
``${NAME}`` and ``${NAME:-default}`` expand everywhere (also inside single quotes); ``$NAME`` does
not; a ``KEY`` with no ``=`` has the value ``None``. A line that does not parse is kept verbatim
and reported as an error binding, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

__all__ = [
    "Binding",
    "Document",
    "encode_value",
    "expand",
    "parse",
    "rewrite",
    "values",
]

_BOM = "\ufeff"
_multiline_whitespace = re.compile(r"\s*", re.MULTILINE)
_whitespace = re.compile(r"[^\S\r\n]*")
_export = re.compile(r"(?:export[^\S\r\n]+)?")
_single_quoted_key = re.compile(r"'([^']+)'")
_unquoted_key = re.compile(r"([^=\#\s]+)")
_equal_sign = re.compile(r"(=[^\S\r\n]*)")
_single_quoted_value = re.compile(r"'((?:\\.|[^'\\])*)'", re.DOTALL)
_double_quoted_value = re.compile(r'"((?:\\.|[^"\\])*)"', re.DOTALL)
_unquoted_value = re.compile(r"([^\r\n]*)")
_comment = re.compile(r"(?:[^\S\r\n]*#[^\r\n]*)?")
_end_of_line = re.compile(r"[^\S\r\n]*(?:\r\n|\n|\r|$)")
_rest_of_line = re.compile(r"[^\r\n]*(?:\r|\n|\r\n)?")
_inline_comment = re.compile(r"\s+#.*")
_double_quote_escapes = re.compile(r"\\[\\'\"abfnrtv]")
_single_quote_escapes = re.compile(r"\\[\\']")
_newline = re.compile(r"\r\n|\n|\r")
_variable = re.compile(r"\$\{(?P<name>[^\}:]*)(?::-(?P<default>[^\}]*))?\}")
_ESCAPES = {
    "\\\\": "\\",
    "\\'": "'",
    '\\"': '"',
    "\\a": "\a",
    "\\b": "\b",
    "\\f": "\f",
    "\\n": "\n",
    "\\r": "\r",
    "\\t": "\t",
    "\\v": "\v",
}


@dataclass(frozen=True, slots=True)
class Binding:
    """One statement of the file (a binding, a comment/blank run, or an unparsable line).

    ``value`` is the decoded value before ``${VAR}`` expansion (``None`` for ``KEY`` without ``=``).
    ``value_span`` is the (start, end) of the value token inside ``original``, quotes included;
    ``quote`` is ``"'"``, ``'"'`` or ``""`` (unquoted).
    """

    key: str | None
    value: str | None
    original: str
    line: int
    error: bool = False
    value_span: tuple[int, int] | None = None
    quote: str = ""

    def __repr__(self) -> str:  # values may be secrets: never show them
        return f"Binding(key={self.key!r}, line={self.line}, error={self.error})"


@dataclass(frozen=True, slots=True)
class Document:
    bindings: tuple[Binding, ...]
    bom: bool = False

    def render(self) -> str:
        return (_BOM if self.bom else "") + "".join(b.original for b in self.bindings)

    def keys(self) -> list[str]:
        return [b.key for b in self.bindings if b.key is not None]

    def raw_values(self) -> list[tuple[str, str | None]]:
        """(key, un-expanded value) pairs in file order, duplicates included."""
        return [(b.key, b.value) for b in self.bindings if b.key is not None]


class _ParseError(Exception):
    pass


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line = 1
        self.mark = 0
        self.mark_line = 1

    def has_next(self) -> bool:
        return self.pos < len(self.text)

    def peek(self, count: int) -> str:
        return self.text[self.pos : self.pos + count]

    def advance_to(self, end: int) -> None:
        self.line += len(_newline.findall(self.text, self.pos, end))
        self.pos = end

    def read_regex(self, regex: re.Pattern[str]) -> tuple[str, ...]:
        match = regex.match(self.text, self.pos)
        if match is None:
            raise _ParseError
        self.advance_to(match.end())
        return tuple(g or "" for g in match.groups())


def _decode(regex: re.Pattern[str], text: str) -> str:
    return regex.sub(lambda m: _ESCAPES[m.group(0)], text)


def _parse_binding(r: _Reader) -> Binding:
    r.mark, r.mark_line = r.pos, r.line
    try:
        r.read_regex(_multiline_whitespace)
        if not r.has_next():
            return Binding(None, None, r.text[r.mark : r.pos], r.mark_line)
        r.read_regex(_export)
        key: str | None
        if r.peek(1) == "#":
            key = None
        elif r.peek(1) == "'":
            (key,) = r.read_regex(_single_quoted_key)
        else:
            (key,) = r.read_regex(_unquoted_key)
        r.read_regex(_whitespace)
        value: str | None = None
        span: tuple[int, int] | None = None
        quote = ""
        if r.peek(1) == "=":
            (eq,) = r.read_regex(_equal_sign)
            start = r.pos
            char = r.peek(1)
            if len(eq) > 1 and char == "#":
                value = ""
                span = (start, start)
            elif char == "'":
                (raw,) = r.read_regex(_single_quoted_value)
                value = _decode(_single_quote_escapes, raw)
                span, quote = (start, r.pos), "'"
            elif char == '"':
                (raw,) = r.read_regex(_double_quoted_value)
                value = _decode(_double_quote_escapes, raw)
                span, quote = (start, r.pos), '"'
            elif char in ("", "\n", "\r"):
                value = ""
                span = (start, start)
            else:
                (part,) = r.read_regex(_unquoted_value)
                value = _inline_comment.sub("", part).rstrip()
                span = (start, start + len(value))
        r.read_regex(_comment)
        r.read_regex(_end_of_line)
        if span is not None:
            span = (span[0] - r.mark, span[1] - r.mark)
        return Binding(key, value, r.text[r.mark : r.pos], r.mark_line, False, span, quote)
    except _ParseError:
        # like python-dotenv: skip the rest of the line from where the reader stopped
        m = _rest_of_line.match(r.text, r.pos)
        assert m is not None
        r.advance_to(m.end())
        return Binding(None, None, r.text[r.mark : r.pos], r.mark_line, True)


def parse(text: str) -> Document:
    """Parse ``text`` (the whole file). Never raises: unparsable lines become error bindings."""
    bom = text.startswith(_BOM)
    body = text[1:] if bom else text
    reader = _Reader(body)
    bindings: list[Binding] = []
    while reader.has_next():
        bindings.append(_parse_binding(reader))
    return Document(tuple(bindings), bom)


def expand(value: str, env: Mapping[str, str | None]) -> str:
    """Expand ``${NAME}`` and ``${NAME:-default}`` against ``env`` (python-dotenv's rules)."""

    def sub(m: re.Match[str]) -> str:
        default = m.group("default")
        result = env.get(m.group("name"), default if default is not None else "")
        return result if result is not None else ""

    return _variable.sub(sub, value)


def values(
    doc: Document,
    *,
    interpolate: bool = True,
    environ: Mapping[str, str] | None = None,
    override: bool = True,
) -> dict[str, str | None]:
    """The file's bindings as a dict, later duplicates winning, like ``dotenv_values()``.

    Expansion looks up earlier bindings of the file and ``environ``; with ``override=True`` the
    file's own bindings win over ``environ`` (python-dotenv's ``dotenv_values``), with ``False``
    the environment wins (``load_dotenv()``'s default).
    """
    return resolve_variables(
        doc.raw_values(), interpolate=interpolate, environ=environ, override=override
    )


def resolve_variables(
    pairs: Iterable[tuple[str, str | None]],
    *,
    interpolate: bool = True,
    environ: Mapping[str, str] | None = None,
    override: bool = True,
) -> dict[str, str | None]:
    env_base = dict(environ) if environ is not None else {}
    result: dict[str, str | None] = {}
    for name, value in pairs:
        if value is None or not interpolate:
            result[name] = value
            continue
        env: dict[str, str | None]
        if override:
            env = {**env_base, **result}
        else:
            env = {**result, **env_base}
        result[name] = expand(value, env)
    return result


def _is_plain(value: str) -> bool:
    """True when ``value`` survives being written unquoted."""
    if value == "":
        return True
    if value[0] in "'\"#" or value != value.strip() or "\n" in value or "\r" in value:
        return False
    return not re.search(r"\s#", value)


_DOUBLE_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\r": "\\r",
    "\t": "\\t",
    "\a": "\\a",
    "\b": "\\b",
    "\f": "\\f",
    "\v": "\\v",
}
_DOUBLE_ESCAPE_RE = re.compile(r'[\\"\r\t\a\b\f\v]')


def encode_value(value: str, quote: str = "") -> str:
    """The token that parses back to exactly ``value``, in the wanted quoting where it can be.

    Unquoted when asked and possible, else single quotes, else double quotes. Double quotes write
    control characters as escapes (a literal CR would read back as LF: python-dotenv opens files in
    text mode) but keep newlines literal, the way multi-line keys are usually written.
    """
    if quote == "" and _is_plain(value):
        return value
    if quote != '"' and "\r" not in value:
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    return '"' + _DOUBLE_ESCAPE_RE.sub(lambda m: _DOUBLE_ESCAPES[m.group(0)], value) + '"'


def rewrite(doc: Document, changes: Mapping[int, str]) -> str:
    """Render ``doc`` with the value of binding ``i`` set to ``changes[i]``.

    Only the value token of those bindings changes (its quoting is kept where the new value
    allows); every other byte of the file is kept. The result is parsed again to prove it: an
    unparsable line elsewhere (an unterminated quote) could otherwise swallow a quote of the new
    token, so other quotings are tried, and ``ValueError`` is raised if none is safe.
    """
    for i in changes:
        b = doc.bindings[i]
        if b.key is None or b.value_span is None or b.error:
            raise ValueError(f"binding {i} (line {b.line}) has no value to change")
    for style in (None, '"', "'", ""):
        text = _render(doc, changes, style)
        if _is_faithful(doc, changes, text):
            return text
    raise ValueError("the new values cannot be written without changing other lines")


def _render(doc: Document, changes: Mapping[int, str], style: str | None) -> str:
    out: list[str] = [_BOM] if doc.bom else []
    for i, b in enumerate(doc.bindings):
        if i not in changes or b.value_span is None:
            out.append(b.original)
            continue
        start, end = b.value_span
        token = encode_value(changes[i], b.quote if style is None else style)
        after = b.original[end:]
        if start == end and after.startswith("#") and token:
            token += " "  # `KEY= # comment`: keep the comment a comment
        out.append(b.original[:start] + token + after)
    return "".join(out)


def _is_faithful(doc: Document, changes: Mapping[int, str], text: str) -> bool:
    new = parse(text)
    if len(new.bindings) != len(doc.bindings):
        return False
    for i, (old, nb) in enumerate(zip(doc.bindings, new.bindings, strict=True)):
        if i in changes:
            if nb.key != old.key or nb.value != changes[i] or nb.error:
                return False
        elif nb.original != old.original:
            return False
    return True


def rewrite_keys(doc: Document, changes: Mapping[str, str]) -> str:
    """Like :func:`rewrite`, addressed by key (every binding of that key changes)."""
    idx = {
        i: changes[b.key]
        for i, b in enumerate(doc.bindings)
        if b.key is not None and b.key in changes and b.value_span is not None
    }
    return rewrite(doc, idx)
