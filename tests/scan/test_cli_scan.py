"""`tether scan`, `tether redact`, `tether hook install` as a user runs them (separate processes)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from ..conftest import run_tether
from .conftest import AWS_ID, git, github_token

TOKEN = github_token(500)
OTHER = github_token(501)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "proj"
    (root / "src").mkdir(parents=True)
    (root / "src" / "app.py").write_text(f"import os\nTOKEN = '{TOKEN}'\n")
    (root / "src" / "aws.env").write_text(f"AWS_ACCESS_KEY_ID={AWS_ID}\n")
    (root / "README.md").write_text("clean\n")
    return root


def test_exit_codes(project: Path, tmp_path: Path) -> None:
    assert run_tether("scan", str(project)).returncode == 1
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "a.txt").write_text("nothing here\n")
    r = run_tether("scan", str(clean))
    assert r.returncode == 0, r.stderr
    assert "0 findings in 1 blob" in r.stderr
    assert run_tether("scan", "--format", "xml", str(clean)).returncode == 2
    assert run_tether("scan", "--update-baseline", str(clean)).returncode == 2
    assert run_tether("scan", "--staged", "--git", str(clean)).returncode == 2
    assert run_tether("scan", "--max-file-size", "lots", str(clean)).returncode == 2
    missing = run_tether("scan", str(tmp_path / "missing"))
    assert missing.returncode == 1 and "tether: error: cannot scan" in missing.stderr


@pytest.mark.parametrize("fmt", ["table", "json", "sarif"])
def test_canary_values_never_printed_by_default(project: Path, fmt: str) -> None:
    r = run_tether("scan", "--format", fmt, "--verbose", str(project))
    assert r.returncode == 1
    for value in (TOKEN, AWS_ID):
        assert value not in r.stdout and value not in r.stderr
    assert "github-pat" in r.stdout
    shown = run_tether("scan", "--format", fmt, "--show-values", str(project))
    assert TOKEN in shown.stdout


def test_table_lists_location(project: Path) -> None:
    r = run_tether("scan", str(project), env={"NO_COLOR": "1"})
    assert f"{project}/src/app.py:2:10" in r.stdout
    assert "2 findings in 3 blobs" in r.stderr


def test_json_counts_skips_and_verbose_names_them(project: Path) -> None:
    (project / "image.png").write_bytes(b"\x89PNG\0\0" + TOKEN.encode())
    (project / "big.log").write_text("z" * 5000)
    r = run_tether("scan", "-f", "json", "--max-file-size", "4k", "-v", str(project))
    doc = json.loads(r.stdout)
    assert doc["scan"]["skipped"] == {"binary": 1, "too large": 1}
    assert {f["rule"] for f in doc["findings"]} == {"github-pat", "aws-access-key-id"}
    assert f"skipped {project}/image.png: binary" in r.stderr
    assert f"skipped {project}/big.log: too large" in r.stderr


def test_stdin(project: Path) -> None:
    r = run_tether("scan", "-", "-f", "json", input=f"hello\nkey={TOKEN}\n")
    assert r.returncode == 1
    [f] = json.loads(r.stdout)["findings"]
    assert (f["path"], f["line"], f["source"]) == ("-", 2, "stdin")
    assert run_tether("scan", "-", input="nothing\n").returncode == 0


def test_exclude_and_allow(project: Path) -> None:
    r = run_tether("scan", "--exclude", "*.env", "-f", "json", str(project))
    assert [f["rule"] for f in json.loads(r.stdout)["findings"]] == ["github-pat"]
    (project / "src" / "app.py").write_text(f"TOKEN = '{TOKEN}'  # tether:allow github-pat\n")
    r = run_tether("scan", "--exclude", "*.env", str(project))
    assert r.returncode == 0
    assert "1 inline" in r.stderr


def test_baseline_cycle(project: Path, tmp_path: Path) -> None:
    base = tmp_path / "baseline.json"
    first = run_tether("scan", "--baseline", str(base), str(project))
    assert first.returncode == 0, first.stderr
    assert "wrote baseline" in first.stderr and base.exists()
    assert TOKEN not in base.read_text()
    assert run_tether("scan", "--baseline", str(base), str(project)).returncode == 0
    # move the secret to another line: still known
    (project / "src" / "app.py").write_text(f"\n\n\n# moved\nTOKEN = '{TOKEN}'\n")
    assert run_tether("scan", "--baseline", str(base), str(project)).returncode == 0
    # a new secret is reported
    (project / "src" / "new.py").write_text(f"X = '{OTHER}'\n")
    r = run_tether("scan", "--baseline", str(base), "-f", "json", str(project))
    assert r.returncode == 1
    doc = json.loads(r.stdout)
    assert [f["path"].rsplit("/", 1)[1] for f in doc["findings"]] == ["new.py"]
    assert doc["scan"]["suppressed"]["baseline"] == 2
    upd = run_tether("scan", "--baseline", str(base), "--update-baseline", str(project))
    assert upd.returncode == 0
    assert len(json.loads(base.read_text())["findings"]) == 3
    assert run_tether("scan", "--baseline", str(base), str(project)).returncode == 0


def test_sarif_to_file(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.sarif"
    r = run_tether("scan", "-f", "sarif", "-o", str(out), str(project))
    assert r.returncode == 1 and r.stdout == ""
    doc = json.loads(out.read_text())
    assert doc["version"] == "2.1.0" and len(doc["runs"][0]["results"]) == 2
    assert TOKEN not in out.read_text()


def test_git_history_via_cli(repo: Path) -> None:
    (repo / "a.txt").write_text(f"{TOKEN}\n")
    git(repo, "add", "a.txt")
    git(repo, "commit", "-q", "-m", "leak")
    (repo / "a.txt").write_text("gone\n")
    git(repo, "commit", "-q", "-am", "fix")
    assert run_tether("scan", str(repo)).returncode == 0  # the work tree is clean
    r = run_tether("scan", "--git", "-f", "json", str(repo))
    assert r.returncode == 1
    [f] = json.loads(r.stdout)["findings"]
    assert (
        f["source"] == "git" and f["path"] == "a.txt" and f["author"] == "Alice <alice@example.com>"
    )


# random, format-valid Rails master key (SecureRandom.hex(16)); a secret by its file name only
MASTER_KEY = "7c1e94d2a05b38f6e9d40c7a21b85f3e"


def test_stdin_filename_names_standard_input() -> None:
    """``--stdin-filename`` gives standard input the path it stands for: rules that apply to
    named files run (``git show HEAD:config/master.key | tether scan - --stdin-filename …``) and
    the report shows that path."""
    data = MASTER_KEY + "\n"
    unnamed = run_tether("scan", "-", "-f", "json", input=data)
    assert unnamed.returncode == 0, unnamed.stderr
    r = run_tether("scan", "-", "--stdin-filename", "config/master.key", "-f", "json", input=data)
    assert r.returncode == 1, r.stderr
    [f] = json.loads(r.stdout)["findings"]
    assert (f["rule"], f["path"], f["line"], f["source"]) == (
        "rails-master-key",
        "config/master.key",
        1,
        "stdin",
    )
    assert MASTER_KEY not in r.stdout + r.stderr  # redacted by default


def test_stdin_filename_needs_standard_input(project: Path) -> None:
    r = run_tether("scan", str(project), "--stdin-filename", "config/master.key")
    assert r.returncode == 2
    assert "--stdin-filename names standard input: add - to the paths" in r.stderr
    r = run_tether("redact", str(project / "src" / "app.py"), "--stdin-filename", "x.key")
    assert r.returncode == 2
    assert "give - as the FILE" in r.stderr


def test_redact_stdin_filename() -> None:
    data = f"{MASTER_KEY}\n"
    assert run_tether("redact", input=data).stdout == data
    r = run_tether("redact", "-", "--stdin-filename", "config/master.key", input=data)
    assert r.stdout == "[REDACTED:rails-master-key]\n"


def test_redact(tmp_path: Path) -> None:
    f = tmp_path / "log.txt"
    f.write_text(f"start\nAuthorization: token {TOKEN}\naws {AWS_ID} end\n")
    r = run_tether("redact", str(f))
    assert r.returncode == 0
    assert (
        r.stdout
        == "start\nAuthorization: token [REDACTED:github-pat]\naws [REDACTED:aws-access-key-id] end\n"
    )
    r = run_tether("redact", input=f"x {TOKEN} y\n")
    assert r.stdout == "x [REDACTED:github-pat] y\n"


def test_vault_linking_and_redaction_by_reference(tether_home: Path, project: Path) -> None:
    assert run_tether("init").returncode == 0
    assert run_tether("set", "dev/github/token", "--file", "-", input=TOKEN).returncode == 0
    r = run_tether("scan", "-f", "json", str(project))
    linked = {f["rule"]: f["vault"] for f in json.loads(r.stdout)["findings"]}
    assert linked == {
        "github-pat": "copy of tether://dev/github/token (current version)",
        "aws-access-key-id": None,
    }
    table = run_tether("scan", str(project))
    assert "copy of tether://dev/github/token (current version)" in table.stdout
    assert TOKEN not in table.stdout + table.stderr
    red = run_tether("redact", input=f"TOKEN={TOKEN}\n")
    assert red.stdout == "TOKEN=tether://dev/github/token\n"
    assert (
        run_tether(
            "set", "dev/github/token", "--file", "-", input="rotated-Zq7vR2pL9xK3"
        ).returncode
        == 0
    )
    r = run_tether("scan", "-f", "json", str(project))
    gh = next(f for f in json.loads(r.stdout)["findings"] if f["rule"] == "github-pat")
    assert (
        gh["vault"].startswith("copy of tether://dev/github/token (")
        and "version 1)" in gh["vault"]
    )
    assert (
        run_tether("scan", "--no-vault", "-f", "json", str(project)).stdout.count('"vault": null')
        == 2
    )


def test_hook_install_blocks_a_commit_with_a_secret(repo: Path) -> None:
    r = run_tether("hook", "install", str(repo))
    assert r.returncode == 0, r.stderr
    hook = repo / ".git" / "hooks" / "pre-commit"
    assert os.access(hook, os.X_OK) and "# tether-hook" in hook.read_text()
    (repo / "ok.txt").write_text("fine\n")
    git(repo, "add", "ok.txt")
    git(repo, "commit", "-q", "-m", "clean")  # the hook lets it through
    (repo / "leak.py").write_text(f"t = '{TOKEN}'\n")
    git(repo, "add", "leak.py")
    with pytest.raises(subprocess.CalledProcessError) as err:
        git(repo, "commit", "-q", "-m", "leak")
    assert "leak.py" in err.value.stdout + err.value.stderr
    assert TOKEN not in err.value.stdout + err.value.stderr
    assert run_tether("hook", "install", str(repo)).returncode == 0  # re-install over our own hook


def test_hook_install_refuses_a_foreign_hook(repo: Path) -> None:
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.parent.mkdir(parents=True, exist_ok=True)
    hook.write_text("#!/bin/sh\nexit 0\n")
    r = run_tether("hook", "install", str(repo))
    assert r.returncode == 2 and "not tether's hook" in r.stderr
    assert hook.read_text() == "#!/bin/sh\nexit 0\n"
    assert run_tether("hook", "install", "--force", str(repo)).returncode == 0
    assert "# tether-hook" in hook.read_text()


def test_pre_commit_hooks_manifest() -> None:
    manifest = Path(__file__).parents[2] / ".pre-commit-hooks.yaml"
    text = manifest.read_text()
    assert "id: tether-scan" in text and "entry: tether scan --staged" in text
    assert "pass_filenames: false" in text


def test_a_kubernetes_secret_value_links_to_the_vault_item_it_encodes(
    tether_home: Path, tmp_path: Path
) -> None:
    import base64

    password = "Vq8zL2kX9mW4-tR7pB3n"
    manifest = tmp_path / "secret.yaml"
    encoded = base64.b64encode(password.encode()).decode()
    manifest.write_text(f"apiVersion: v1\nkind: Secret\ndata:\n  DB_PASSWORD: {encoded}\n")
    assert run_tether("init").returncode == 0
    assert run_tether("set", "prod/db/password", "--file", "-", input=password).returncode == 0
    r = run_tether("scan", "-f", "json", str(manifest))
    [f] = json.loads(r.stdout)["findings"]
    assert f["rule"] == "kubernetes-secret-data"
    assert f["vault"] == "copy of tether://prod/db/password (current version)"
    assert password not in r.stdout + r.stderr and encoded not in r.stdout + r.stderr
