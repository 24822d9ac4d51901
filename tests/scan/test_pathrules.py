"""Path-scoped rules (``paths`` in a rule): secrets known by their file name and place.

A rule with ``paths`` reports only in a blob whose path matches one of its globs; the same bytes
anywhere else are not its finding. Checked on single blobs, on a real folder (file source), on a real
git history and on stdin, with both engines, which must agree.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tether.scan.engine import Engine
from tether.scan.findings import Finding
from tether.scan.rules import Rule, _rule_from_table, load_rules
from tether.scan.sources.files import FileSource
from tether.scan.sources.git import GitHistorySource
from tether.scan.sources.stdin import StdinSource

from .conftest import KEY, found_by_both, git, summary

MASTER_KEY = (
    "7c1e94d2a05b38f6e9d40c7a21b85f3e"  # random, format-valid (Rails: SecureRandom.hex(16))
)
VAULT_PASS = "Hq8vZ2rTk9Lm-otter"
ENGINES = ("re", "hyperscan")


def _ids(findings: list[Finding]) -> set[tuple[str, str]]:
    return {(f.rule_id, f.secret.reveal()) for f in findings}


def test_glob_semantics() -> None:
    rule = {r.id: r for r in load_rules()}["rails-master-key"]
    assert rule.path_matches("config/master.key")
    assert rule.path_matches("/srv/app/config/master.key")
    assert rule.path_matches("./config/master.key")
    assert rule.path_matches("C:\\src\\app\\config\\master.key")  # backslashes read as /
    assert rule.path_matches("app/config/credentials/production.key")
    assert not rule.path_matches("app/config/master.key.bak")
    assert not rule.path_matches("app/myconfig/master.key")  # a whole folder name
    assert not rule.path_matches("app/config/Master.key")  # case-sensitive (fnmatchcase)
    assert not rule.path_matches("-")  # unnamed stdin
    assert not rule.path_matches("")
    plain = {r.id: r for r in load_rules()}["netrc-password"]
    assert plain.path_matches("-") and plain.path_matches("anything")


def test_schema_checks_example_path() -> None:
    base: dict[str, object] = {
        "id": "x-file",
        "regex": "^(?P<secret>[0-9a-f]{32})$",
        "paths": ["**/x.key"],
    }
    with pytest.raises(ValueError, match="example_path"):
        _rule_from_table(dict(base), "t")
    with pytest.raises(ValueError, match="example_path"):
        _rule_from_table({**base, "example_path": "y.key"}, "t")
    with pytest.raises(ValueError, match="example_path without paths"):
        _rule_from_table({"id": "y", "regex": "(?P<secret>a)", "example_path": "y"}, "t")
    rule: Rule = _rule_from_table({**base, "example_path": "a/x.key"}, "t")
    assert rule.paths == ("**/x.key",) and rule.example_path == "a/x.key"


@pytest.mark.parametrize(
    ("path", "text", "rule_id", "value"),
    [
        ("app/config/master.key", MASTER_KEY, "rails-master-key", MASTER_KEY),
        ("config/credentials/production.key", MASTER_KEY + "\n", "rails-master-key", MASTER_KEY),
        ("ansible/.vault_pass", VAULT_PASS + "\n", "ansible-vault-password-file", VAULT_PASS),
        # weak but real: the file exists to hold the vault password (documented decision)
        ("ansible/vault_pass.txt", "changeme\n", "ansible-vault-password-file", "changeme"),
        (
            "openvpn/auth.txt",
            "p8830142\nv7QmX2rTk9Lw\n",
            "openvpn-auth-user-pass-file",
            "v7QmX2rTk9Lw",
        ),
        (
            "etc/postfix/sasl_passwd",
            "[smtp.relay.net]:587 ops@acme.io:Zq4vT9mKx2Rw\n",
            "postfix-sasl-password",
            "Zq4vT9mKx2Rw",
        ),
        (
            "home/ana/.msmtprc",
            "account x\npassword Hq8vZ2rTk9Lm\n",
            "msmtp-password",
            "Hq8vZ2rTk9Lm",
        ),
    ],
)
def test_reported_at_its_path_only(
    engines: dict[str, Engine], path: str, text: str, rule_id: str, value: str
) -> None:
    assert (rule_id, value) in found_by_both(engines, text, path)
    for elsewhere in ("notes.txt", "app/config/master.key.example", "-", "docs/auth.md"):
        assert rule_id not in {r for r, _ in found_by_both(engines, text, elsewhere)}


def test_placeholders_are_not_reported(engines: dict[str, Engine]) -> None:
    assert found_by_both(engines, "00000000000000000000000000000000\n", "config/master.key") == []
    assert found_by_both(engines, "{{ vault_password }}\n", ".vault_pass") == []
    assert found_by_both(engines, "username\npassword\n", "auth.txt") == []


def _tree(root: Path) -> None:
    (root / "config").mkdir(parents=True)
    (root / "config" / "master.key").write_text(MASTER_KEY + "\n")
    (root / "notes.txt").write_text(MASTER_KEY + "\n")  # the same bytes, no path to vouch for them
    (root / ".vault_pass").write_text(VAULT_PASS + "\n")
    (root / "README.md").write_text(VAULT_PASS + "\n")


@pytest.mark.parametrize("engine", ENGINES)
def test_file_scan(tmp_path: Path, engine: str) -> None:
    _tree(tmp_path)
    result = Engine(key=KEY, engine=engine, jobs=1).scan([FileSource([str(tmp_path)])])
    got = {(f.rule_id, Path(f.provenance.path).name) for f in result.findings}
    assert got == {
        ("rails-master-key", "master.key"),
        ("ansible-vault-password-file", ".vault_pass"),
    }


def test_file_scan_engines_agree(tmp_path: Path) -> None:
    _tree(tmp_path)
    runs = [
        summary(Engine(key=KEY, engine=e, jobs=1).scan([FileSource([str(tmp_path)])]).findings)
        for e in ENGINES
    ]
    assert runs[0] == runs[1] and len(runs[0]) == 2


@pytest.mark.parametrize("engine", ENGINES)
def test_git_history(repo: Path, engine: str) -> None:
    _tree(repo)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "one")
    (repo / "config" / "master.key").unlink()  # removed later: history still holds it
    git(repo, "mv", ".vault_pass", "vault_pass.bak")  # renamed out of its name: not reported there
    git(repo, "commit", "-q", "-am", "two")
    result = Engine(key=KEY, engine=engine, jobs=1).scan([GitHistorySource(str(repo))])
    got = {(f.rule_id, f.provenance.path, f.secret.reveal()) for f in result.findings}
    assert got == {
        ("rails-master-key", "config/master.key", MASTER_KEY),
        ("ansible-vault-password-file", ".vault_pass", VAULT_PASS),
    }


@pytest.mark.parametrize("engine", ENGINES)
def test_stdin_only_with_a_name(engine: str) -> None:
    data = (MASTER_KEY + "\n").encode()
    unnamed = Engine(key=KEY, engine=engine, jobs=1).scan([StdinSource(io.BytesIO(data))])
    assert "rails-master-key" not in {f.rule_id for f in unnamed.findings}
    named = Engine(key=KEY, engine=engine, jobs=1).scan(
        [StdinSource(io.BytesIO(data), name="config/master.key")]
    )
    assert _ids(named.findings) == {("rails-master-key", MASTER_KEY)}


@pytest.mark.parametrize("engine", ENGINES)
def test_git_history_edits(repo: Path, engine: str) -> None:
    """A later version of the file is matched around its changed bytes: a new whole-file value
    (anchored at the blob's start) and a line appended to a map are both found."""
    (repo / ".vault_pass").write_text(VAULT_PASS + "\n")
    (repo / "sasl_passwd").write_text("[smtp.relay.net]:587 ops@acme.io:Zq4vT9mKx2Rw\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "one")
    (repo / ".vault_pass").write_text("Wq7vN2kLp9Zr-heron\n")
    with (repo / "sasl_passwd").open("a") as fh:
        fh.write("# backup relay\n[smtp.backup.net]:465 ops@acme.io:Rt5nW8qLz3Vb\n")
    git(repo, "commit", "-q", "-am", "two")
    result = Engine(key=KEY, engine=engine, jobs=1).scan([GitHistorySource(str(repo))])
    assert {(f.rule_id, f.secret.reveal()) for f in result.findings} == {
        ("ansible-vault-password-file", VAULT_PASS),
        ("ansible-vault-password-file", "Wq7vN2kLp9Zr-heron"),
        ("postfix-sasl-password", "Zq4vT9mKx2Rw"),
        ("postfix-sasl-password", "Rt5nW8qLz3Vb"),
    }


_PATHS = [
    "config/master.key",
    "/srv/app/config/master.key",
    "C:\\app\\config\\master.key",
    "app/config/credentials/production.key",
    "app/credentials/production.key",
    "vpn/client.auth",
    "vpn/auth.txt",
    "etc/postfix/sasl/passwd",
    "etc/passwd",
    "home/u/.msmtprc",
    "home/u/.config/msmtp/config",
    "home/u/.config/git/config",
    "src/main.py",
    "master.key.bak",
    "home/u/.subversion/auth/svn.simple/5f3a0c4d9e8b7a6f",
    "home\\u\\svn.simple\\5f3a0c4d9e8b7a6f",
    "svn.simple/5f3a0c4d9e8b7a6f",
    "svn.simple",
    "home/u/.config/httpie/sessions/api.example.com/default.json",
    "home/u/.httpie/sessions/api.example.com/default.json",
    "home/u/sessions/default.json",
    "-",
]


@pytest.mark.parametrize(
    "extra", [(), ("**/secrets/*",), ("**/deploy/*.pass?",)], ids=["builtin", "wide", "wild"]
)
def test_file_name_prefilter_agrees_with_the_globs(extra: tuple[str, ...]) -> None:
    """The engine rules out most paths by their file name before the glob regex; it must say
    exactly what the rules' own ``path_matches`` says, also when a glob's last part is wide."""
    rules = list(load_rules())
    if extra:
        table = {"id": "x-file", "regex": "^(?P<secret>[0-9a-f]{32})$", "paths": list(extra)}
        example = "a/secrets/x" if extra[0].startswith("**/secrets") else "a/deploy/x.passw"
        rules.append(_rule_from_table({**table, "example_path": example}, "test"))
    eng = Engine(rules, key=KEY, engine="re", jobs=1)
    paths = [*_PATHS, "x/secrets/anything", "deploy/db.passw", "deploy/db.pass"]
    for p in paths:
        want = any(r.path_matches(p) for r in rules if r.paths)
        assert (eng._scoped_path(p) is not None) == want, p
