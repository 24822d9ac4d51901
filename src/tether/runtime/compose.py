"""``environment:`` blocks of docker-compose files: find the settings, rewrite values in place.

A line-based reader (no YAML library, so every other byte of the file stays as it was). It understands
the two forms compose allows under a service's ``environment:`` key::

    environment:                    environment:
      - API_KEY=sk_live_...           API_KEY: sk_live_...
      - "DEBUG=true"                  DB_PASSWORD: "quoted value"

Values with YAML escapes, flow style (``{…}`` / ``[…]``) or block scalars are left alone (reported
as not understood). ``$$`` is compose's escaped ``$``; a value using ``${VAR}`` / ``$VAR`` is derived.

``tether import`` moves such values to the vault, writes ``KEY=tether://…`` to the ``.env`` beside
the compose file and turns the compose value into ``${KEY}``: compose interpolates it from the
environment that ``tether run -- docker compose up`` provides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ComposeSetting", "is_compose_file", "parse_compose", "rewrite_compose"]

_ENV_KEY = re.compile(r"^(?P<indent>[ \t]*)environment:[ \t]*(?:#.*)?$")
_LIST_ITEM = re.compile(
    r"^[ \t]*-[ \t]+(?P<q>[\"']?)(?P<key>[A-Za-z_][A-Za-z0-9_.]*)=(?P<value>.*?)(?P=q)[ \t]*(?:#.*)?$"
)
_MAP_ITEM = re.compile(r"^[ \t]*(?P<key>[A-Za-z_][A-Za-z0-9_.]*):(?:[ \t]+(?P<value>.*?))?[ \t]*$")
_COMMENT_TAIL = re.compile(r"[ \t]+#.*$")
_NAME = re.compile(r"(?i)^(docker-)?compose([.-][\w.-]+)?\.ya?ml$")
_VAR_USE = re.compile(r"\$(?:\{|[A-Za-z_])")


def is_compose_file(name: str) -> bool:
    return bool(_NAME.match(name))


@dataclass(frozen=True)
class ComposeSetting:
    key: str
    value: str  # the value compose passes to the container (``$$`` unescaped)
    line: int  # 1-based
    start: int  # offset of the value token in the whole text
    end: int
    form: str  # "list" | "map"
    derived: bool = False  # uses ${VAR} / $VAR

    def __repr__(self) -> str:
        return f"ComposeSetting(key={self.key!r}, line={self.line})"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def parse_compose(text: str) -> list[ComposeSetting]:
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln))
    found: list[ComposeSetting] = []
    i = 0
    while i < len(lines):
        m = _ENV_KEY.match(lines[i].rstrip("\r\n"))
        if not m:
            i += 1
            continue
        base = len(m.group("indent"))
        j = i + 1
        while j < len(lines):
            body = lines[j].rstrip("\r\n")
            if not body.strip() or body.lstrip().startswith("#"):
                j += 1
                continue
            if _indent(body) <= base:
                break
            setting = _parse_item(body, offsets[j], j + 1)
            if setting is not None:
                found.append(setting)
            j += 1
        i = j
    return found


def _parse_item(body: str, offset: int, line: int) -> ComposeSetting | None:
    m = _LIST_ITEM.match(body)
    if m:
        raw = m.group("value")
        if "\\" in raw or (m.group("q") and m.group("q") in raw):
            return None
        if not m.group("q"):
            raw = _COMMENT_TAIL.sub("", raw)
        start = offset + m.start("value")
        return _setting(m.group("key"), raw, line, start, start + len(raw), "list")
    m = _MAP_ITEM.match(body)
    if m and m.group("value") is not None:
        token = m.group("value")
        start = offset + m.start("value")
        if token[:1] in ("'", '"'):
            q = token[0]
            close = token.find(q, 1)
            if close < 0 or "\\" in token[: close + 1]:
                return None
            rest = token[close + 1 :].strip()
            if rest and not rest.startswith("#"):
                return None
            raw = token[1:close]
            return _setting(m.group("key"), raw, line, start + 1, start + 1 + len(raw), "map")
        if token[:1] in ("{", "[", "|", ">", "&", "*", "!"):
            return None
        raw = _COMMENT_TAIL.sub("", token)
        return _setting(m.group("key"), raw, line, start, start + len(raw), "map")
    return None


def _setting(key: str, raw: str, line: int, start: int, end: int, form: str) -> ComposeSetting:
    derived = bool(_VAR_USE.search(raw.replace("$$", "")))
    return ComposeSetting(key, raw.replace("$$", "$"), line, start, end, form, derived)


def rewrite_compose(text: str, changes: dict[int, str], settings: list[ComposeSetting]) -> str:
    """Replace the value token of ``settings[i]`` by ``changes[i]`` (raw text), keep every other byte."""
    out: list[str] = []
    pos = 0
    for i in sorted(changes, key=lambda k: settings[k].start):
        s = settings[i]
        out.append(text[pos : s.start])
        out.append(changes[i])
        pos = s.end
    out.append(text[pos:])
    return "".join(out)
