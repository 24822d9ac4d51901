"""Build a child process's environment: env files + inherited environment, references resolved.

Runtime does not know where values come from: callers pass a *resolver*, any callable that maps a
list of :class:`~tether.refs.Reference` to values (``Backend.resolve_many`` is one). All references
are resolved in one batch.

Precedence (documented in docs/runtime.md): the inherited environment first, then each env file in
order, later ones winning, the way ``op run`` and ``pass-cli run`` do. Within a file ``${VAR}`` and
``${VAR:-default}`` expand against what is known so far (python-dotenv's ``dotenv_values`` rules),
and a variable that holds a reference expands to its resolved value.

Values from files may not set dangerous names (``PATH``, ``LD_PRELOAD``, ``PYTHONPATH``…) unless the
caller allows each by name; tether's own credential variables are never passed on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tether import dotenv
from tether.errors import (
    FileSafetyError,
    ReferenceSyntaxError,
    ResolveError,
    TetherError,
    UsageError,
)
from tether.refs import SCHEME, Reference, parse

__all__ = [
    "DANGEROUS_NAMES",
    "TOKEN_VARIABLES",
    "ChildEnv",
    "Resolver",
    "build_child_env",
    "find_references",
    "read_env_file",
    "resolve_named",
    "resolve_refs",
]

Resolver = Callable[[Sequence[Reference]], Mapping[Reference, str]]

# tether's own credentials: never handed to the child
TOKEN_VARIABLES = frozenset(
    {"TETHER_TOKEN", "TETHER_PASSPHRASE", "TETHER_ROOT_KEY", "TETHER_SERVER_TOKEN"}
)

# names that change how programs load code or find executables (Doppler's list and more)
DANGEROUS_NAMES = frozenset(
    {
        "PATH",
        "HOME",
        "SHELL",
        "IFS",
        "ENV",
        "BASH_ENV",
        "PROMPT_COMMAND",
        "PS4",
        "SHELLOPTS",
        "LD_PRELOAD",
        "LD_LIBRARY_PATH",
        "LD_AUDIT",
        "DYLD_INSERT_LIBRARIES",
        "DYLD_LIBRARY_PATH",
        "DYLD_FRAMEWORK_PATH",
        "PYTHONPATH",
        "PYTHONHOME",
        "PYTHONSTARTUP",
        "PYTHONWARNINGS",
        "PYTHONINSPECT",
        "PERL5OPT",
        "PERL5LIB",
        "PERLLIB",
        "RUBYOPT",
        "RUBYLIB",
        "NODE_OPTIONS",
        "NODE_PATH",
        "JAVA_TOOL_OPTIONS",
        "_JAVA_OPTIONS",
        "GIT_SSH_COMMAND",
        "GIT_EXEC_PATH",
        "BROWSER",
        "EDITOR",
        "PAGER",
        "PHPRC",
    }
)


@dataclass
class ChildEnv:
    """The environment to start the child with and the values to mask in its output."""

    env: dict[str, str]
    secrets: list[str] = field(default_factory=list)
    references: dict[str, Reference] = field(default_factory=dict)  # variable -> reference

    def __repr__(self) -> str:
        return f"ChildEnv(variables={len(self.env)}, references={sorted(self.references)})"


def _as_reference(name: str, value: str, where: str) -> Reference | None:
    text = value.strip()
    if not text.startswith(SCHEME):
        return None
    try:
        return parse(text)
    except ReferenceSyntaxError as exc:
        raise ResolveError(
            f"{name} in {where} holds a malformed reference: expected {exc.expected} "
            f"at position {exc.position + 1}",
            hint="references look like tether://VAULT/ITEM/FIELD",
        ) from None


def find_references(
    mapping: Mapping[str, str | None], where: str = "the environment"
) -> dict[str, Reference]:
    """Variables whose whole value is a ``tether://`` reference."""
    found: dict[str, Reference] = {}
    for name, value in mapping.items():
        if value is None:
            continue
        ref = _as_reference(name, value, where)
        if ref is not None:
            found[name] = ref
    return found


def resolve_refs(
    pairs: Sequence[tuple[str, Reference]], resolver: Resolver
) -> dict[Reference, str]:
    """Resolve the references of ``(variable, reference)`` pairs in one batch.

    On failure the error names the variable and the reference (never a value).
    """
    unique = list(dict.fromkeys(ref for _, ref in pairs))
    if not unique:
        return {}
    try:
        got = _lookup(unique, resolver(unique))
    except TetherError:
        got = {}
        for ref in unique:  # find the culprit to name it
            try:
                got.update(_lookup([ref], resolver([ref])))
            except TetherError as exc:
                culprit = next(n for n, r in pairs if r == ref)
                raise ResolveError(
                    f"{culprit}: cannot resolve {ref}: {exc.message}",
                    hint=exc.hint or "check the reference with `tether list`",
                ) from None
    return got


def _lookup(asked: Sequence[Reference], got: Mapping[Reference, str]) -> dict[Reference, str]:
    by_key = {(r.key, r.version): v for r, v in got.items()}
    out: dict[Reference, str] = {}
    for ref in asked:
        if ref in got:
            out[ref] = got[ref]
        elif (ref.key, ref.version) in by_key:
            out[ref] = by_key[(ref.key, ref.version)]
        else:
            raise ResolveError(
                f"cannot resolve {ref}", hint="check the reference with `tether list`"
            )
    return out


def resolve_named(named: Mapping[str, Reference], resolver: Resolver) -> dict[str, str]:
    """``{variable: reference}`` → ``{variable: value}``, one batch."""
    got = resolve_refs(list(named.items()), resolver)
    return {name: got[ref] for name, ref in named.items()}


def read_env_file(path: str | os.PathLike[str]) -> dotenv.Document:
    """Parse an env file (a regular file or a FIFO); a missing file is a usage error."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(
            f"env file {path} does not exist", hint="check the --env-file path"
        ) from None
    except IsADirectoryError:
        raise UsageError(
            f"env file {path} is a folder", hint="name a file with --env-file"
        ) from None
    except UnicodeDecodeError:
        raise UsageError(f"env file {path} is not UTF-8 text", hint="save it as UTF-8") from None
    return dotenv.parse(text)


def build_child_env(
    env_files: Iterable[str | os.PathLike[str]],
    inherited: Mapping[str, str],
    resolver: Resolver | None,
    *,
    allow_env: Iterable[str] = (),
    documents: Iterable[tuple[str, dotenv.Document]] = (),
) -> ChildEnv:
    """The child's environment. ``documents`` adds already-parsed files (name, document)."""
    allowed = {a.upper() for a in allow_env}
    files: list[tuple[str, dotenv.Document]] = [(str(p), read_env_file(p)) for p in env_files]
    files.extend(documents)
    for where, doc in files:
        for b in doc.bindings:
            if b.key is not None and b.value is not None:
                if b.key.upper() in DANGEROUS_NAMES and b.key.upper() not in allowed:
                    raise FileSafetyError(
                        f"{where} line {b.line} sets {b.key}, which can change what programs run",
                        hint=f"pass --allow-env {b.key} if you mean it",
                    )
    base = {k: v for k, v in inherited.items() if k not in TOKEN_VARIABLES}
    named: dict[str, Reference] = {}
    for name, ref in find_references(base).items():
        named[f"env:{name}"] = ref
    for fi, (where, doc) in enumerate(files):
        for bi, b in enumerate(doc.bindings):
            if b.key is not None and b.value is not None:
                file_ref = _as_reference(b.key, b.value, where)
                if file_ref is not None:
                    named[f"{fi}:{bi}:{b.key}"] = file_ref
    resolved = _resolve_labelled(named, resolver)
    env = dict(base)
    secrets: list[str] = []
    references: dict[str, Reference] = {}
    for label, value in resolved.items():
        if label.startswith("env:"):
            env[label[4:]] = value
            references[label[4:]] = named[label]
        secrets.append(value)
    for fi, (_where, doc) in enumerate(files):
        for bi, b in enumerate(doc.bindings):
            if b.key is None or b.value is None:
                continue
            label = f"{fi}:{bi}:{b.key}"
            if label in resolved:
                env[b.key] = resolved[label]
                references[b.key] = named[label]
            else:
                env[b.key] = dotenv.expand(b.value, env)
    # a value that became a reference only through expansion (`${X:-tether://…}`)
    late = {
        name: ref
        for name, ref in find_references({k: env[k] for k in env if k not in references}).items()
    }
    if late:
        for name, value in resolve_named(late, _require(resolver)).items():
            env[name] = value
            references[name] = late[name]
            secrets.append(value)
    for name in TOKEN_VARIABLES:
        env.pop(name, None)
    return ChildEnv(env, secrets, references)


def _require(resolver: Resolver | None) -> Resolver:
    if resolver is None:
        raise ResolveError(
            "references found but no vault to resolve them", hint="run `tether init`"
        )
    return resolver


def _resolve_labelled(named: dict[str, Reference], resolver: Resolver | None) -> dict[str, str]:
    if not named:
        return {}
    pairs = [(label.split(":")[-1], ref) for label, ref in named.items()]
    got = resolve_refs(pairs, _require(resolver))
    return {label: got[ref] for label, ref in named.items()}
