"""``tether inject``: fill ``{{ tether://… }}`` placeholders in a template.

Placeholders are the enclosed form only (padding spaces allowed), so a reference may contain spaces.
All references are resolved in one batch through the resolver the caller passes in. Errors name the
line of the placeholder and the reference, never a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tether.errors import ReferenceSyntaxError, ResolveError
from tether.refs import Reference, parse
from tether.runtime.resolve import Resolver, resolve_refs

__all__ = ["Placeholder", "find_placeholders", "render"]

_PLACEHOLDER = re.compile(r"\{\{[ \t]*(tether://[^{}\r\n]*?)[ \t]*\}\}")


@dataclass(frozen=True)
class Placeholder:
    start: int
    end: int
    line: int
    ref: Reference


def find_placeholders(template: str) -> list[Placeholder]:
    found: list[Placeholder] = []
    for m in _PLACEHOLDER.finditer(template):
        line = template.count("\n", 0, m.start()) + 1
        try:
            ref = parse(m.group(1))
        except ReferenceSyntaxError as exc:
            raise ResolveError(
                f"line {line}: malformed reference: expected {exc.expected} "
                f"at position {exc.position + 1}",
                hint="placeholders look like {{ tether://VAULT/ITEM/FIELD }}",
            ) from None
        found.append(Placeholder(m.start(), m.end(), line, ref))
    return found


def render(template: str, resolver: Resolver) -> tuple[str, list[str]]:
    """The filled template and the values used (for masking)."""
    places = find_placeholders(template)
    got = resolve_refs([(f"line {p.line}", p.ref) for p in places], resolver)
    out: list[str] = []
    pos = 0
    for p in places:
        out.append(template[pos : p.start])
        out.append(got[p.ref])
        pos = p.end
    out.append(template[pos:])
    return "".join(out), list(dict.fromkeys(got.values()))
