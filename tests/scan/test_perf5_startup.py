"""Start-up order of ``tether scan``: what it imports and when git starts.

- A git history source is created (its ``git log`` and size listing started) before the engine
  module is imported, so git walks the history while the engine loads.
- The filters, validators and expanders are imported only when a scan has a candidate to judge:
  a scan of clean files (a pre-commit hook's usual case) does not load them, and a scan with a
  candidate still judges it.
- ``tether.scan.userkey`` imports ``tether.fileio`` only to create the key.
- Without ``--no-vault`` (the pre-commit hook), the vault client is imported only when there is a
  finding to link and a store to link it to.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.scan.conftest import git, github_token

# runs ``tether scan`` in a fresh interpreter and prints what the probes saw as JSON on stderr's
# last line (stdout carries the report)
CHILD = """
import json, sys
seen = {}
from tether.scan.sources import git as gitsrc
real_init = gitsrc.GitHistorySource.__init__
def init(self, *args, **kwargs):
    seen["engine_imported_before_source"] = "tether.scan.engine" in sys.modules
    real_init(self, *args, **kwargs)
gitsrc.GitHistorySource.__init__ = init
from tether.cli.main import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
for name in ("tether.scan.filters", "tether.scan.validators", "tether.scan.expanders",
             "tether.scan.heuristics", "tether.fileio", "tether.client"):
    seen[name] = name in sys.modules
print(json.dumps(seen), file=sys.stderr)
"""


def _probe(tmp_path: Path, *args: str, vault: bool = False) -> tuple[dict[str, bool], str]:
    env = dict(os.environ)
    env["TETHER_HOME"] = str(tmp_path / "home")  # no store: nothing to link to
    env["TETHER_NO_FAST_EXIT"] = "1"  # TETHER_CACHE_DIR: the session's (conftest.hs_cache)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            "scan",
            *([] if vault else ["--no-vault"]),
            "-f",
            "json",
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    return json.loads(proc.stderr.strip().splitlines()[-1]), proc.stdout


def _warm_cache(tmp_path: Path) -> None:
    """A first scan writes the key and the caches (creating the key imports tether.fileio)."""
    seed = tmp_path / "seed.txt"
    seed.write_text("x = 1\n")
    _probe(tmp_path, str(seed))


def test_git_starts_before_the_engine_is_imported(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / "config.env").write_text(f"GITHUB_TOKEN={github_token(1)}\n")
    git(repo, "add", "config.env")
    git(repo, "commit", "-qm", "add")
    seen, out = _probe(tmp_path, "--git", str(repo))
    assert seen["engine_imported_before_source"] is False
    assert [f["rule"] for f in json.loads(out)["findings"]] == ["github-pat"]


def test_a_clean_file_is_scanned_without_the_filters(tmp_path: Path) -> None:
    _warm_cache(tmp_path)
    clean = tmp_path / "notes.txt"
    clean.write_text("nothing to see here\n")
    seen, out = _probe(tmp_path, str(clean))
    assert json.loads(out)["findings"] == []
    for name in ("tether.scan.filters", "tether.scan.validators", "tether.scan.expanders"):
        assert seen[name] is False, name
    assert seen["tether.fileio"] is False  # the key exists: read, not created


def test_a_candidate_still_loads_the_filters_and_is_judged(tmp_path: Path) -> None:
    _warm_cache(tmp_path)
    target = tmp_path / "config.env"
    # one real token and one placeholder the filters reject
    target.write_text(f"GITHUB_TOKEN={github_token(2)}\npassword = 'changeme'\n")
    seen, out = _probe(tmp_path, str(target))
    assert seen["tether.scan.filters"] is True
    assert [f["rule"] for f in json.loads(out)["findings"]] == ["github-pat"]


def test_a_clean_scan_does_not_open_the_vault(tmp_path: Path) -> None:
    _warm_cache(tmp_path)
    clean = tmp_path / "notes.txt"
    clean.write_text("nothing to see here\n")
    seen, out = _probe(tmp_path, str(clean), vault=True)
    assert json.loads(out)["findings"] == []
    assert seen["tether.client"] is False


def test_a_finding_without_a_store_does_not_import_the_client(tmp_path: Path) -> None:
    """No store file: nothing to link to, so the client (~70 ms of imports) stays unloaded; the
    linking itself is covered by test_cli_scan's vault tests."""
    _warm_cache(tmp_path)
    target = tmp_path / "config.env"
    target.write_text(f"GITHUB_TOKEN={github_token(5)}\n")
    seen, out = _probe(tmp_path, str(target), vault=True)
    (finding,) = json.loads(out)["findings"]
    assert finding["rule"] == "github-pat" and finding["vault"] is None  # no store to link to
    assert seen["tether.client"] is False
