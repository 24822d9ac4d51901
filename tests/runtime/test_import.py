"""`tether import`: vault first, atomic rewrite, read-back; lossless rewriting; crash safety; undo."""

from __future__ import annotations

import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import dotenv.main as pd_main
import pytest

from tests.conftest import run_tether
from tether import dotenv
from tether.refs import parse

FULL_ENV = (
    "# Sample with every python-dotenv feature\r\n"
    "\n"
    "export PORT=3000\n"
    "DEBUG=true\n"
    "API_TOKEN=tok_CANARY_8dJ3kL0pQ9zzW   # inline comment\n"
    "SINGLE_SECRET='it\\'s a \\\\ CANARY secret'\n"
    'DOUBLE_SECRET="tab\\there \\"quoted\\" CANARY\\nline"\n'
    'MULTILINE_PRIVATE_KEY="-----BEGIN KEY-----\n'
    "MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9CnzCANARY\n"
    '-----END KEY-----"\n'
    "CRLF_PASSWORD=crlf-CANARY-pw\r\n"
    "SPACED_SECRET = spaced CANARY value   # comment\n"
    "DATABASE_URL=postgres://u:CANARYpw9x@db:5432/app\n"
    "DERIVED_URL=http://localhost:${PORT}/x\n"
    "DEFAULTED=${NOPE:-fallback}\n"
    "EMPTY_SECRET=\n"
    "NOVALUE\n"
    "'QUOTED_NAME'=qk\n"
    "EMPTY_COMMENT= # c\n"
    "HASH_SECRET=abc#CANARYdef123\n"
    "ALREADY=tether://dev/app/jwt_secret\n"
    "LAST_SECRET=no-newline-CANARY"
)
SECRET_KEYS = {
    "API_TOKEN",
    "SINGLE_SECRET",
    "DOUBLE_SECRET",
    "MULTILINE_PRIVATE_KEY",
    "CRLF_PASSWORD",
    "SPACED_SECRET",
    "DATABASE_URL",
    "HASH_SECRET",
    "LAST_SECRET",
}
STEPS = [
    "import:planned",
    "import:stored-one",
    "import:vault-committed",
    "write:temp-synced",
    "write:renamed",
    "import:file-written",
    "import:verified",
]


def normalised_values(text: str) -> dict[str, str | None]:
    return dotenv.values(
        dotenv.parse(text.replace("\r\n", "\n").replace("\r", "\n")), interpolate=False
    )


def resolved_values(path: Path) -> dict[str, str | None]:
    """What the file means: references resolved through the real vault."""
    from tether.client import open_backend

    values = normalised_values(path.read_bytes().decode())
    refs = {k: parse(v) for k, v in values.items() if v and v.startswith("tether://")}
    if refs:
        backend = open_backend()
        got = backend.resolve_many(list(refs.values()))
        backend.close()
        for k, r in refs.items():
            values[k] = got[r].reveal()
    return values


def test_full_feature_file_round_trips_through_import_and_run(
    vault: dict[str, str], project: Path
) -> None:
    env_file = project / ".env"
    env_file.write_bytes(FULL_ENV.encode())
    expected = dict(pd_main.dotenv_values(stream=io.StringIO(FULL_ENV)))
    expected["ALREADY"] = vault["tether://dev/app/jwt_secret"]

    res = run_tether("import", ".env", cwd=project)
    assert res.returncode == 0, res.stderr
    new_text = env_file.read_bytes().decode()
    for canary_line in new_text.splitlines():
        assert "CANARY" not in canary_line
    old_doc, new_doc = dotenv.parse(FULL_ENV), dotenv.parse(new_text)
    assert len(old_doc.bindings) == len(new_doc.bindings)
    changed = set()
    for old, new in zip(old_doc.bindings, new_doc.bindings, strict=True):
        if old.original != new.original:
            changed.add(old.key)
            assert new.value is not None and new.value.startswith("tether://")
            assert new.quote == old.quote
    assert changed == SECRET_KEYS

    dump = "import os, json; print(json.dumps(dict(os.environ)))"
    res = run_tether("run", "--no-masking", "--", sys.executable, "-c", dump, cwd=project)
    assert res.returncode == 0, res.stderr
    child = json.loads(res.stdout)
    for key, value in expected.items():
        if value is None:
            assert key not in child or key in os.environ
        else:
            assert child[key] == value, key


def test_plain_settings_stay_and_dry_run_changes_nothing(initialized: Path, project: Path) -> None:
    env_file = project / ".env"
    env_file.write_text("PORT=3000\nDEBUG=true\nSTRIPE_SECRET_KEY=sk_live_CANARY_51HxYzAbCdEf\n")
    before = env_file.read_bytes()
    res = run_tether("import", "--dry-run", "--json", ".env", cwd=project)
    assert res.returncode == 0, res.stderr
    plan = json.loads(res.stdout)[0]
    actions = {e["key"]: e["action"] for e in plan["entries"]}
    assert actions == {"PORT": "keep", "DEBUG": "keep", "STRIPE_SECRET_KEY": "import"}
    assert "CANARY" not in res.stdout
    assert env_file.read_bytes() == before
    assert not (project / ".gitignore").exists()


def test_only_and_all_override_detection(initialized: Path, project: Path) -> None:
    env_file = project / ".env"
    env_file.write_text("PORT=3000\nNAME=hello\n")
    res = run_tether("import", "--only", "NAME", "--no-gitignore", ".env", cwd=project)
    assert res.returncode == 0, res.stderr
    assert env_file.read_text() == "PORT=3000\nNAME=tether://dev/proj/name\n"
    res = run_tether("import", "--all", "--no-gitignore", ".env", cwd=project)
    assert res.returncode == 0, res.stderr
    assert env_file.read_text() == "PORT=tether://dev/proj/port\nNAME=tether://dev/proj/name\n"


def test_undo_restores_the_original_file(vault: dict[str, str], project: Path) -> None:
    env_file = project / ".env"
    env_file.write_bytes(FULL_ENV.encode())
    assert run_tether("import", ".env", cwd=project).returncode == 0
    res = run_tether("import", "--undo", ".env", cwd=project)
    assert res.returncode == 0, res.stderr
    after = env_file.read_bytes().decode()
    # every value means what it meant; lines that were never references are byte-identical
    want = normalised_values(FULL_ENV)
    want["ALREADY"] = vault["tether://dev/app/jwt_secret"]
    assert normalised_values(after) == want


def test_gitignore_gets_missing_patterns_and_keeps_its_lines(
    initialized: Path, project: Path
) -> None:
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    (project / ".gitignore").write_text("node_modules/\n# keep me")
    (project / ".env").write_text("API_KEY=sk_CANARY_abcdefghijklmnop1234\n")
    res = run_tether("import", ".env", cwd=project)
    assert res.returncode == 0, res.stderr
    text = (project / ".gitignore").read_text()
    assert text.startswith("node_modules/\n# keep me\n")
    assert ".env\n" in text and ".env.*\n" in text
    assert ".gitignore" in res.stderr
    # already ignored: nothing added the second time
    (project / ".env.local").write_text("OTHER_TOKEN=tok_CANARY_zyxwvutsrq98765\n")
    assert run_tether("import", ".env.local", cwd=project).returncode == 0
    assert (project / ".gitignore").read_text() == text


def test_file_permissions_are_kept(initialized: Path, project: Path) -> None:
    env_file = project / ".env"
    env_file.write_text("API_KEY=sk_CANARY_abcdefghijklmnop1234\n")
    env_file.chmod(0o640)
    assert run_tether("import", "--no-gitignore", ".env", cwd=project).returncode == 0
    assert env_file.stat().st_mode & 0o777 == 0o640


def test_conflicting_value_is_refused_not_overwritten(initialized: Path, project: Path) -> None:
    (project / ".env").write_text("API_KEY=sk_CANARY_first_value_123456\n")
    assert run_tether("import", "--no-gitignore", ".env", cwd=project).returncode == 0
    (project / ".env").write_text("API_KEY=sk_CANARY_other_value_654321\n")
    res = run_tether("import", "--no-gitignore", ".env", cwd=project)
    assert res.returncode == 1
    assert "different value" in res.stderr and "CANARY" not in res.stderr
    assert (project / ".env").read_text() == "API_KEY=sk_CANARY_other_value_654321\n"


def _assert_consistent(env_file: Path, original: str) -> None:
    """The file works as before, or works through references to the very same values."""
    text = env_file.read_bytes().decode()
    want = normalised_values(original)
    if text != original:
        assert resolved_values(env_file) == want
    for leftover in env_file.parent.glob(".*tether-*.tmp"):
        assert "CANARY" not in leftover.read_text()


@pytest.mark.parametrize("step", STEPS)
def test_crash_at_every_step_leaves_a_working_file(
    initialized: Path, project: Path, step: str
) -> None:
    env_file = project / ".env"
    original = "# c\nPORT=1\nAPI_KEY=sk_CANARY_abcdefghijklmnop1234\nDB_PASSWORD='CANARY pw'\n"
    env_file.write_bytes(original.encode())
    res = run_tether(
        "import", "--no-gitignore", ".env", env={"TETHER_FAULT_INJECT": step}, cwd=project
    )
    assert res.returncode == 86, (step, res.stderr)
    _assert_consistent(env_file, original)
    # running again finishes the job
    res = run_tether("import", "--no-gitignore", ".env", cwd=project)
    assert res.returncode == 0, res.stderr
    assert "CANARY" not in env_file.read_text()
    assert resolved_values(env_file) == normalised_values(original)


def test_random_kills_never_lose_a_value(initialized: Path, project: Path) -> None:
    rng = random.Random(1234)
    original = FULL_ENV.replace("ALREADY=tether://dev/app/jwt_secret\n", "")
    for trial in range(12):
        folder = project / f"t{trial}"
        folder.mkdir()
        env_file = folder / ".env"
        env_file.write_bytes(original.encode())
        proc = subprocess.Popen(
            [sys.executable, "-m", "tether.cli", "import", "--no-gitignore", ".env"],
            cwd=folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.05, 0.9))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        _assert_consistent(env_file, original)
        res = run_tether("import", "--no-gitignore", ".env", cwd=folder)
        assert res.returncode == 0, res.stderr
        assert resolved_values(env_file) == normalised_values(original)


def test_plan_repr_shows_no_value(project: Path) -> None:
    from tether.runtime.importer import plan_import

    env_file = project / ".env"
    env_file.write_text("API_KEY=sk_CANARY_abcdefghijklmnop1234\nPORT=1\n")
    plan = plan_import(env_file, gitignore=False)
    assert "CANARY" not in repr(plan)
    assert "CANARY" not in str(plan.to_json())


def test_default_vault_follows_the_file_name() -> None:
    from tether.runtime.importer import default_vault

    assert default_vault(Path(".env")) == "dev"
    assert default_vault(Path(".env.local")) == "dev"
    assert default_vault(Path(".env.production")) == "prod"
    assert default_vault(Path(".env.test")) == "test"
    assert default_vault(Path(".env.qa")) == "qa"


def test_several_files_in_one_call(initialized: Path, project: Path) -> None:
    (project / ".env").write_text("API_KEY=sk_CANARY_abcdefghijklmnop1234\n")
    (project / ".env.production").write_text("API_KEY=sk_CANARY_prodprodprodprod9876\n")
    res = run_tether("import", "--no-gitignore", ".env", ".env.production", cwd=project)
    assert res.returncode == 0, res.stderr
    assert (project / ".env").read_text() == "API_KEY=tether://dev/proj/api_key\n"
    assert (project / ".env.production").read_text() == "API_KEY=tether://prod/proj/api_key\n"
