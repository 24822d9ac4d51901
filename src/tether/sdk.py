"""The Python SDK: ``secret()``, ``resolve_env()``, ``load_dotenv()`` (python-dotenv compatible).

    from tether import secret, load_dotenv
    load_dotenv()                                   # was: from dotenv import load_dotenv
    key = secret("tether://prod/stripe/api_key")    # SecretValue: a str whose repr is masked

``load_dotenv`` / ``dotenv_values`` / ``find_dotenv`` keep python-dotenv's signatures and behaviour
(same parser, same precedence, ``PYTHON_DOTENV_DISABLED``) and additionally resolve values that are
``tether://`` references; a variable that expands ``${NAME}`` of a reference gets the resolved value.
The vault is opened only when a reference is actually found. A front end like the CLI: it may
import ``tether.client``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO

from tether import dotenv
from tether.refs import Reference, parse
from tether.values import SecretValue

__all__ = [
    "SecretValue",
    "dotenv_values",
    "find_dotenv",
    "load_dotenv",
    "resolve_env",
    "secret",
]

StrPath = str | os.PathLike[str]


def _resolve(refs: Sequence[Reference]) -> Mapping[Reference, SecretValue]:
    from tether.client import open_backend

    backend = open_backend()
    try:
        return backend.resolve_many(refs)
    finally:
        backend.close()


def secret(ref: str | Reference) -> SecretValue:
    """The current value of ``ref`` (``tether://vault/item[/field][?version=N]``)."""
    reference = ref if isinstance(ref, Reference) else parse(ref.strip())
    return SecretValue(_resolve([reference])[reference])


def resolve_env(mapping: Mapping[str, str] | None = None) -> dict[str, str]:
    """A copy of ``mapping`` (default ``os.environ``) with every reference value resolved.

    Resolved values are :class:`SecretValue`; other values are returned as they are.
    """
    from tether.runtime.resolve import find_references, resolve_named

    source = dict(os.environ if mapping is None else mapping)
    named = find_references(source)
    if not named:
        return source
    for name, value in resolve_named(named, _resolve).items():
        source[name] = SecretValue(value)
    return source


def _walk_to_root(path: Path) -> list[Path]:
    path = path.resolve()
    return [path, *path.parents]


def find_dotenv(
    filename: str = ".env", raise_error_if_not_found: bool = False, usecwd: bool = False
) -> str:
    """python-dotenv's ``find_dotenv``: search upwards from the calling file (or the cwd)."""
    start: Path
    if usecwd or hasattr(sys, "ps1") or getattr(sys, "frozen", False):
        start = Path.cwd()
    else:
        frame = sys._getframe()
        here = __file__
        while frame.f_back is not None and (
            frame.f_code.co_filename == here or not os.path.exists(frame.f_code.co_filename)
        ):
            frame = frame.f_back
        filename_of_caller = frame.f_code.co_filename
        start = (
            Path(filename_of_caller).parent
            if os.path.exists(filename_of_caller) and filename_of_caller != here
            else Path.cwd()
        )
    for folder in _walk_to_root(start):
        candidate = folder / filename
        if candidate.is_file() or _is_fifo(candidate):
            return str(candidate)
    if raise_error_if_not_found:
        raise OSError("File not found")
    return ""


def _is_fifo(path: Path) -> bool:
    import stat

    try:
        return stat.S_ISFIFO(path.stat().st_mode)
    except OSError:
        return False


def _read(dotenv_path: StrPath | None, stream: IO[str] | None, encoding: str | None) -> str:
    if dotenv_path and (Path(dotenv_path).is_file() or _is_fifo(Path(dotenv_path))):
        with open(dotenv_path, encoding=encoding) as fh:
            return fh.read()
    if stream is not None:
        return stream.read()
    return ""


def _values(
    text: str, *, interpolate: bool, override: bool, skip_existing: bool
) -> dict[str, str | None]:
    """Bindings with references resolved first, then ``${VAR}`` expansion (python-dotenv order)."""
    doc = dotenv.parse(text)
    pairs = doc.raw_values()
    named: dict[str, Reference] = {}
    for key, value in pairs:
        if value is None or (skip_existing and key in os.environ):
            continue
        stripped = value.strip()
        if stripped.startswith("tether://"):
            named[key] = parse(stripped)
    resolved: dict[str, str] = {}
    if named:
        from tether.runtime.resolve import resolve_named

        resolved = {k: SecretValue(v) for k, v in resolve_named(named, _resolve).items()}
    result: dict[str, str | None] = {}
    environ = dict(os.environ)
    for key, value in pairs:
        if value is None:
            result[key] = None
        elif key in resolved:
            result[key] = resolved[key]
        elif not interpolate:
            result[key] = value
        else:
            env: dict[str, str | None] = (
                {**environ, **result} if override else {**result, **environ}
            )
            result[key] = dotenv.expand(value, env)
    return result


def dotenv_values(
    dotenv_path: StrPath | None = None,
    stream: IO[str] | None = None,
    verbose: bool = False,
    interpolate: bool = True,
    encoding: str | None = "utf-8",
) -> dict[str, str | None]:
    """python-dotenv's ``dotenv_values``, with references resolved."""
    if dotenv_path is None and stream is None:
        dotenv_path = find_dotenv()
    text = _read(dotenv_path, stream, encoding)
    return _values(text, interpolate=interpolate, override=True, skip_existing=False)


def load_dotenv(
    dotenv_path: StrPath | None = None,
    stream: IO[str] | None = None,
    verbose: bool = False,
    override: bool = False,
    interpolate: bool = True,
    encoding: str | None = "utf-8",
) -> bool:
    """python-dotenv's ``load_dotenv``, with references resolved. True if a variable was set.

    Existing environment variables win unless ``override=True`` (their references, if any, are
    left alone: use :func:`resolve_env` for those).
    """
    if os.environ.get("PYTHON_DOTENV_DISABLED", "").casefold() in {"1", "true", "t", "yes", "y"}:
        return False
    if dotenv_path is None and stream is None:
        dotenv_path = find_dotenv()
    text = _read(dotenv_path, stream, encoding)
    values = _values(text, interpolate=interpolate, override=override, skip_existing=not override)
    if not values:
        return False
    for key, value in values.items():
        if key in os.environ and not override:
            continue
        if value is not None:
            os.environ[key] = str.__str__(value)
    return True
