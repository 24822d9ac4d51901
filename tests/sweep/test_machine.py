"""The catalog walk: environment overrides, bounds, formats."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.sweep.fakehome import ghp, openai, slack
from tether.scan.engine import Engine
from tether.scan.sources import available_sources
from tether.scan.sources.machine import MachineSource
from tether.scan.sources.structured import detect_format, string_leaves


def _scan(source: MachineSource) -> list[tuple[str, str, str]]:
    result = Engine(key=b"k" * 32, jobs=1).scan([source])
    return [(f.path, dict(f.provenance.extra)["place"], f.secret.reveal()) for f in result.findings]


def test_registered_as_a_builtin_source() -> None:
    assert available_sources()["machine"] is MachineSource


def test_environment_overrides_apply_to_the_current_user_only(tmp_path: Path) -> None:
    home, elsewhere = tmp_path / "home", tmp_path / "else"
    home.mkdir()
    tokens = {name: ghp() for name in ("claude", "codex", "gemini", "hist", "kube")}
    files = {
        "claude": elsewhere / "claude" / "history.jsonl",
        "codex": elsewhere / "codex" / "history.jsonl",
        "gemini": elsewhere / "g" / ".gemini" / "settings.json",
        "hist": elsewhere / "my_history",
        "kube": elsewhere / "kc.yaml",
    }
    for name, path in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix in (".jsonl", ".json"):
            path.write_text(json.dumps({"display": f"token {tokens[name]}"}) + "\n")
        else:
            path.write_text(f"export GITHUB_TOKEN={tokens[name]}\n")
    env = {
        "CLAUDE_CONFIG_DIR": str(elsewhere / "claude"),
        "CODEX_HOME": str(elsewhere / "codex"),
        "GEMINI_CLI_HOME": str(elsewhere / "g"),
        "HISTFILE": str(files["hist"]),
        "KUBECONFIG": f"{tmp_path / 'missing'}{os.pathsep}{files['kube']}",
    }
    found = _scan(MachineSource(str(home), use_env=True, env=env, projects=False))
    places = {secret: place for _, place, secret in found}
    assert places == {
        tokens["claude"]: "claude-history",
        tokens["codex"]: "codex-history",
        tokens["gemini"]: "gemini-config",
        tokens["hist"]: "shell-history",
        tokens["kube"]: "kube",
    }
    # --home (another user's home): the administrator's environment is not theirs
    assert _scan(MachineSource(str(home), env=env, projects=False)) == []


def test_symlinks_are_not_followed_and_large_files_are_skipped(tmp_path: Path) -> None:
    home, outside = tmp_path / "home", tmp_path / "outside"
    (home / ".claude").mkdir(parents=True)
    outside.mkdir()
    (outside / "history.jsonl").write_text(json.dumps({"display": ghp()}) + "\n")
    os.symlink(outside / "history.jsonl", home / ".claude" / "history.jsonl")
    os.symlink(outside, home / ".claude" / "projects")
    (home / ".bash_history").write_text(f"export T={ghp()}\n" + "x" * 2000)
    source = MachineSource(str(home), projects=False, max_file_size=1000)
    assert _scan(source) == []
    assert [(Path(s.provenance.path).name, s.reason) for s in source.skipped] == []
    result = Engine(key=b"k" * 32, jobs=1).scan([MachineSource(str(home), max_file_size=1000)])
    assert [(Path(s.provenance.path).name, s.reason) for s in result.stats.skipped_items] == [
        (".bash_history", "too large")
    ]


def test_project_walk_skips_vendored_folders_and_reads_only_git_config(tmp_path: Path) -> None:
    root = tmp_path / "code"
    keep, vendored, obj = openai(), openai(), slack()
    (root / "app" / "node_modules" / "pkg").mkdir(parents=True)
    (root / "app" / ".env").write_text(f"OPENAI_API_KEY={keep}\n")
    (root / "app" / "node_modules" / "pkg" / ".env").write_text(f"OPENAI_API_KEY={vendored}\n")
    (root / "app" / ".git" / "objects").mkdir(parents=True)
    (root / "app" / ".git" / "objects" / "note").write_text(f"SLACK={obj}\n")
    home = tmp_path / "home"
    home.mkdir()
    found = _scan(MachineSource(str(home), [str(root)]))
    assert [(Path(p).name, place) for p, place, _ in found] == [(".env", "project-env")]


def test_formats() -> None:
    assert detect_format("/h/.claude/projects/x/s.jsonl") == "jsonl"
    assert detect_format("/h/a.ipynb") == "notebook"
    assert detect_format("/h/state.vscdb.backup", b"SQLite format 3\x00") == "sqlite"
    assert detect_format("/h/r.jsonl.zst") == "zst"
    assert detect_format("/h/.local/share/fish/fish_history") == "text"
    leaves = list(string_leaves(b'{"a": {"b": ["x\\u002by", {"c": "d\\/e"}]}, "k": 1}'))
    assert [(leaf.value, leaf.key, leaf.path) for leaf in leaves] == [
        ("x+y", "b", ("a", "b", 0)),
        ("d/e", "c", ("a", "b", 1, "c")),
    ]


def test_content_decides_json_without_extension_and_jsonl_in_json(tmp_path: Path) -> None:
    home = tmp_path / "home"
    todos = home / ".claude" / "todos"
    todos.mkdir(parents=True)
    a, b = ghp(), ghp()
    (todos / "abc").write_text('{"content": "use ' + a.replace("_", "\\u005f") + '"}')
    (todos / "lines.json").write_text('{"a": "x"}\n{"b": "' + b.replace("_", "\\u005f") + '"}\n')
    found = {secret for _, _, secret in _scan(MachineSource(str(home), projects=False))}
    assert found == {a, b}
