"""The filter modules define each module-level name once: a second ``_NAME_RE = …`` further down
silently replaces the first for every check that reads it (a later round's pattern once took the
place of an earlier one of the same name)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import tether.scan as scan

MODULES = ["filters.py", "heuristics.py", "validators.py", "authfixtures.py", "engine.py"]


def _top_level_names(source: str) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names[node.name] += 1
        for target in targets:
            if isinstance(target, ast.Name):
                names[target.id] += 1
    return names


@pytest.mark.parametrize("module", MODULES)
def test_each_module_level_name_is_defined_once(module: str) -> None:
    source = (Path(scan.__file__).parent / module).read_text(encoding="utf-8")
    twice = sorted(name for name, n in _top_level_names(source).items() if n > 1)
    assert twice == []


def test_the_check_sees_a_second_definition() -> None:
    assert _top_level_names("_A_RE = 1\ndef f(): pass\n_A_RE = 2\n")["_A_RE"] == 2
