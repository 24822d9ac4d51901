"""Compiled regular expressions kept in a disk cache between runs.

Compiling a pattern with :mod:`re` costs ~0.25 ms (the parser and code generator are pure Python); a
scan meets a hundred or more (the filters' patterns, the rules it has candidates for) in every
process, ~30 ms per process of a ~0.4 s history scan. :func:`compile` gives the same pattern object
``re.compile`` would, but builds it from the code ``re`` generated for it in an earlier run
(``_sre.compile`` on the cached code takes ~5 µs).

The cache is one ``marshal`` file per Python build in the scanner's cache folder (next to the
Hyperscan database, same permissions); it holds each pattern's text, flags and generated code, and
is read only by a Python whose version and ``_sre`` magic number match. Anything unexpected (another
Python, a damaged file, an internal API that moved) falls back to ``re.compile``. Forked workers
use what their parent loaded; only the process that loaded the cache writes it back.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from collections.abc import Iterable
from typing import Any, AnyStr

__all__ = ["compile", "load", "save"]

_Key = tuple[type, Any, int]

# each entry: the marshalled arguments of ``_sre.compile``, decoded only when the pattern is met
_TABLE: dict[_Key, bytes] = {}  # loaded from disk
_USED: dict[_Key, bytes] = {}  # met in this process (from the table or compiled now)
_STATE: dict[str, Any] = {"path": None, "pid": None, "dirty": False}

try:  # CPython internals: present from 3.11 on; without them everything goes through re.compile
    import _sre
    import importlib

    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")

    _TAG = f"{sys.implementation.name}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"
    _OK = sys.implementation.name == "cpython" and hasattr(_compiler, "_code")
except ImportError:  # pragma: no cover - another interpreter
    _OK = False
    _TAG = ""


def _build(pattern: str | bytes, flags: int) -> bytes:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` for this pattern (marshalled)."""
    p = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(p, flags)]
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    args = (pattern, int(flags | p.state.flags), code, p.state.groups - 1, groupindex, indexgroup)
    return marshal.dumps(args)


def _make(blob: bytes, pattern: str | bytes) -> Any:
    pat, flags, code, groups, groupindex, indexgroup = marshal.loads(blob)  # noqa: S302
    if pat != pattern:
        raise ValueError("entry for another pattern")
    return _sre.compile(pat, flags, code, groups, groupindex, tuple(indexgroup))


def compile(pattern: AnyStr, flags: int | re.RegexFlag = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, from the cache when it holds the pattern."""
    flags = int(flags)
    if not _OK or flags & (re.DEBUG | re.TEMPLATE):
        return re.compile(pattern, flags)
    key: _Key = (type(pattern), pattern, flags)
    blob = _USED.get(key) or _TABLE.get(key)
    if blob is not None:
        try:
            compiled: re.Pattern[AnyStr] = _make(blob, pattern)
            _USED[key] = blob
            return compiled
        except Exception:  # noqa: S110 - a damaged entry: compile afresh
            pass
    try:
        blob = _build(pattern, flags)
        compiled = _make(blob, pattern)
    except re.error:
        raise
    except Exception:  # internals changed: the public way
        return re.compile(pattern, flags)
    _USED[key] = blob
    _STATE["dirty"] = True
    return compiled


def _path(folder: str) -> str:
    return os.path.join(folder, f"re-{_TAG}.bin")


def load(folder: str) -> None:
    """Read the cache in ``folder`` (once per process; a missing or damaged file is an empty one)."""
    if not _OK or _STATE["path"] is not None:
        return
    path = _path(folder)
    _STATE["path"], _STATE["pid"] = path, os.getpid()
    try:
        with open(path, "rb") as fh:
            entries = marshal.loads(fh.read())  # noqa: S302 - our own file in our 0700 folder
        table = {}
        for pattern, flags, blob in entries:
            if isinstance(pattern, (str, bytes)) and isinstance(flags, int):
                table[(type(pattern), pattern, flags)] = bytes(blob)
        _TABLE.update(table)
    except (OSError, ValueError, EOFError, TypeError, IndexError):
        pass


def save(extra: Iterable[tuple[str | bytes, int]] = ()) -> None:
    """Write the patterns this process met (and ``extra`` ones, compiled now if new) back, when
    it loaded the cache and compiled something the cache did not hold. Patterns no longer used
    drop out of the file."""
    if not _OK or _STATE["path"] is None or _STATE["pid"] != os.getpid():
        return
    if _TABLE and not _STATE["dirty"]:
        return  # the file holds what this process met (patterns only a worker met: compiled there)
    for pattern, flags in extra:
        key: _Key = (type(pattern), pattern, int(flags))
        if key not in _USED:
            if key in _TABLE:
                _USED[key] = _TABLE[key]
            else:
                try:
                    _USED[key] = _build(pattern, int(flags))
                    _STATE["dirty"] = True
                except Exception:  # noqa: S110 - not cacheable: compiled when met
                    pass
    if not _STATE["dirty"]:
        return
    entries = [(key[1], key[2], blob) for key, blob in _USED.items()]
    try:
        from tether.fileio import atomic_write

        path = str(_STATE["path"])
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        atomic_write(path, marshal.dumps(entries), mode=0o600)
        _TABLE.update(_USED)
        _STATE["dirty"] = False
    except (OSError, ValueError):
        pass  # an unwritable cache only costs the next run its compiles
