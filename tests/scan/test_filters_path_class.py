"""The engine memoises keep/drop decisions by ``filters.path_class(path)`` instead of the path, so
the filters may read a path only through the predicates that class is made of. These tests keep
that true as filters.py changes: a new direct use of ``path`` fails here until the class covers it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tether.scan import filters
from tether.scan.engine import Engine
from tether.scan.findings import Provenance

from .conftest import KEY

SOURCE = Path(filters.__file__).read_text()
# the only functions that look at the path itself; path_class is made of what they compute
DIRECT = {"_is_code", "_extension", "_path_matches", "path_class"}
# the patterns _path_matches may be asked about, each behind a predicate in path_class
PATH_PATTERNS = {
    "_I18N_PATH_RE",
    "_FIXTURE_PATH_RE",
    "_PRODUCTION_PATH_RE",
    "_ANSIBLE_MODULE_RE",
    "_DOCSEARCH_PATH_RE",
    "_TEST_LOG_PATH_RE",
}


def _functions() -> list[ast.FunctionDef]:
    return [n for n in ast.walk(ast.parse(SOURCE)) if isinstance(n, ast.FunctionDef)]


def test_path_is_only_passed_along_outside_the_direct_helpers() -> None:
    offenders = []
    for fn in _functions():
        if fn.name in DIRECT:
            continue
        passed = {
            id(arg)
            for call in ast.walk(fn)
            if isinstance(call, ast.Call)
            for arg in [*call.args, *(k.value for k in call.keywords)]
        }
        for node in ast.walk(fn):
            if (
                isinstance(node, ast.Name)
                and node.id == "path"
                and isinstance(node.ctx, ast.Load)
                and id(node) not in passed
            ):
                offenders.append(f"{fn.name}:{node.lineno}")
    assert offenders == [], "read the path through a predicate in filters.path_class"


def test_path_patterns_are_all_in_the_class() -> None:
    asked = {
        call.args[0].id
        for call in ast.walk(ast.parse(SOURCE))
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id == "_path_matches"
        and isinstance(call.args[0], ast.Name)
    }
    assert asked <= PATH_PATTERNS


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("src/app/settings.py", "lib/other/module.py", True),
        ("src/app/settings.py", "tests/test_settings.py", False),  # a fixture path
        ("config/app.yaml", "config/prod.yaml", False),  # production config
        ("src/main.go", "src/main.py", False),  # Go may hold config text in raw strings
        ("locales/de.json", "data/de.json", False),  # translations
        ("website/docusaurus.config.js", "website/webpack.config.js", False),  # DocSearch key
    ],
)
def test_class_separates_what_the_filters_tell_apart(a: str, b: str, same: bool) -> None:
    assert (filters.path_class(a) == filters.path_class(b)) is same


def test_a_line_repeated_across_files_of_one_class_is_judged_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str | None] = []
    real = filters.reject_reason

    def counting(
        rule: object, secret: str, line: str, path: str | None = None, at: int | None = None
    ) -> str | None:
        calls.append(path)
        return real(rule, secret, line, path, at)  # type: ignore[arg-type]

    monkeypatch.setattr(filters, "reject_reason", counting)
    engine = Engine(key=KEY, jobs=1)
    text = b'cache_key = compute_key(request, "users")\n'
    for path in ("app/a.py", "app/b.py", "lib/c.py"):
        engine.scan_blob(text, Provenance("file", path))
    assert calls and len(set(calls)) == 1  # judged for the first file only
    engine.scan_blob(text, Provenance("file", "tests/test_a.py"))  # another class: judged again
    assert calls[-1] == "tests/test_a.py"
