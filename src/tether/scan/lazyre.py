"""Regular expressions compiled on first use.

The filters and heuristics hold a few dozen module-level patterns. Compiling them all at import cost
~25 ms of every ``tether scan`` / ``tether guard`` start, even when no candidate ever reaches a
filter (the usual case for a guard hook on a clean tool call). :class:`LazyPattern` compiles on the
first call and then delegates.

:func:`warm` compiles every pattern made so far: the scan engine calls it before it forks its worker
processes, so that each worker inherits them compiled instead of compiling its own copies.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from tether.scan import recache

__all__ = ["LazyPattern", "lazy", "sources", "warm"]

_CREATED: list[LazyPattern] = []


# the methods a LazyPattern answers for its compiled pattern
_DELEGATED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


class LazyPattern:
    """A pattern compiled on its first use. From then on its methods *are* the compiled pattern's
    bound methods (kept in the instance), so a call costs what a call on ``re.Pattern`` costs: the
    filters make tens of thousands of them per scan, and a Python wrapper around each was ~8 % of
    their time."""

    def __init__(self, source: str, flags: int | re.RegexFlag = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        _CREATED.append(self)

    @property
    def compiled(self) -> re.Pattern[str]:
        c = self._compiled
        if c is None:
            c = self._compiled = recache.compile(self._source, self._flags)
            for name in _DELEGATED:
                self.__dict__[name] = getattr(c, name)
        return c

    @property
    def pattern(self) -> str:
        return self._source

    def __getattr__(self, name: str) -> Any:
        # called only for what the instance does not hold yet: the first call of a method
        if name in _DELEGATED:
            return getattr(self.compiled, name)
        raise AttributeError(name)

    if TYPE_CHECKING:  # the delegated methods, as the type checker sees them

        def search(
            self, string: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> re.Match[str] | None: ...

        def match(
            self, string: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> re.Match[str] | None: ...

        def fullmatch(
            self, string: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> re.Match[str] | None: ...

        def finditer(
            self, string: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> Iterator[re.Match[str]]: ...

        def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]: ...

        def sub(
            self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
        ) -> str: ...

        def split(self, string: str, maxsplit: int = 0) -> list[str | Any]: ...


def lazy(source: str, flags: int | re.RegexFlag = 0) -> LazyPattern:
    return LazyPattern(source, flags)


def warm() -> int:
    """Compile every pattern created so far; returns how many were compiled now."""
    n = 0
    for p in _CREATED:
        if p._compiled is None:
            p.compiled  # noqa: B018 - compiles and keeps it
            n += 1
    return n


def sources() -> list[tuple[str, int]]:
    """(source, flags) of every pattern created so far (for :func:`recache.save`)."""
    return [(p._source, int(p._flags)) for p in _CREATED]
