"""Building the child's environment: precedence, expansion through references, safety rules.

The resolver here is a plain function over a dict: `build_child_env` accepts any callable that maps
references to values (the CLI passes the vault's `resolve_many`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from tether.errors import FileSafetyError, ResolveError
from tether.refs import Reference, parse
from tether.runtime.resolve import build_child_env

VALUES = {"tether://dev/app/a": "value-a", "tether://dev/app/b": "value-b"}
calls: list[int] = []


def resolver(refs: Sequence[Reference]) -> Mapping[Reference, str]:
    calls.append(len(refs))
    out = {}
    for r in refs:
        if str(r) not in VALUES:
            from tether.errors import NotFoundError

            raise NotFoundError(f"no item {r}")
        out[r] = VALUES[str(r)]
    return out


def test_later_files_win_and_expansion_sees_resolved_values(tmp_path: Path) -> None:
    one = tmp_path / "one.env"
    two = tmp_path / "two.env"
    one.write_text("A=tether://dev/app/a\nX=1\n")
    two.write_text("X=2\nURL=https://u:${A}@host\nDEF=${MISSING:-dflt}\n")
    calls.clear()
    child = build_child_env([one, two], {"X": "0", "KEEP": "k", "TETHER_TOKEN": "t"}, resolver)
    assert child.env["A"] == "value-a"
    assert child.env["X"] == "2"
    assert child.env["URL"] == "https://u:value-a@host"
    assert child.env["DEF"] == "dflt"
    assert child.env["KEEP"] == "k"
    assert "TETHER_TOKEN" not in child.env
    assert child.secrets == ["value-a"]
    assert calls == [1]  # one batch
    assert "value-a" not in repr(child)


def test_reference_reached_through_a_default(tmp_path: Path) -> None:
    f = tmp_path / ".env"
    f.write_text("B=${UNSET:-tether://dev/app/b}\n")
    child = build_child_env([f], {}, resolver)
    assert child.env["B"] == "value-b"
    assert "value-b" in child.secrets


def test_no_reference_needs_no_resolver(tmp_path: Path) -> None:
    f = tmp_path / ".env"
    f.write_text("A=1\n")
    assert build_child_env([f], {}, None).env == {"A": "1"}


def test_missing_reference_names_variable(tmp_path: Path) -> None:
    f = tmp_path / ".env"
    f.write_text("OK=tether://dev/app/a\nBROKEN=tether://dev/app/zzz\n")
    with pytest.raises(ResolveError) as info:
        build_child_env([f], {}, resolver)
    assert "BROKEN" in info.value.message and "tether://dev/app/zzz" in info.value.message


def test_malformed_reference_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / ".env"
    f.write_text("BAD=tether://only-vault\n")
    with pytest.raises(ResolveError, match="BAD"):
        build_child_env([f], {}, resolver)


def test_dangerous_name_from_file_refused_but_inherited_is_fine(tmp_path: Path) -> None:
    f = tmp_path / ".env"
    f.write_text("LD_PRELOAD=/x.so\n")
    with pytest.raises(FileSafetyError, match="sets LD_PRELOAD") as info:
        build_child_env([f], {}, resolver)
    assert info.value.hint is not None and "--allow-env LD_PRELOAD" in info.value.hint
    assert build_child_env([f], {}, resolver, allow_env=["LD_PRELOAD"]).env["LD_PRELOAD"] == "/x.so"
    g = tmp_path / "g.env"
    g.write_text("A=1\n")
    assert build_child_env([g], {"PATH": "/bin"}, resolver).env["PATH"] == "/bin"


def test_same_reference_twice_is_resolved_once(tmp_path: Path) -> None:
    f = tmp_path / ".env"
    f.write_text("A=tether://dev/app/a\nB=tether://dev/app/a\n")
    calls.clear()
    child = build_child_env([f], {"C": "tether://dev/app/a"}, resolver)
    assert child.env["A"] == child.env["B"] == child.env["C"] == "value-a"
    assert calls == [1]
    assert parse("tether://dev/app/a") in child.references.values()
