"""``tether mcp`` end to end: the SDK's stdio client against the real server process.

One server per test (start-up costs about a second), many calls each. Every tool result is kept and
checked for secret values at the end, as are the server's stderr and the audit log.
"""

from __future__ import annotations

import base64
import json
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread

from tests.conftest import CANARY
from tests.mcp import pages
from tests.mcp.conftest import Agent, connect, server_env, tether_backend
from tests.scan.conftest import AWS_ID, github_token
from tether.refs import parse

DB_PASSWORD = 'p@ss"word\\with\\quotes-and-\u00e9-1234'
AWS_SECRET = "Zq8Lr2Xw9Vb4Nc7Mk1Pj5Hd3Gf6Ts0Ya2Ue8Ri4O"
VAULT_TOKEN = github_token(3)  # in the vault, never injected: only the scanner can catch it
TYPED_VALUE = "typed-in-the-browser-Vm3kQ8zR"
TOOLS = {
    "list_vaults",
    "list_secrets",
    "check_reference",
    "run_with_secrets",
    "scan_text",
    "scan_file",
    "request_secret",
}

CHILD = f"""
import base64, json, os, sys, time
v = os.environ["API_KEY"]
p = os.environ["DB_PASSWORD"]
print("mode", os.environ.get("MODE"))
print("raw", v)
print("b64", base64.b64encode(v.encode()).decode())
print("json", json.dumps({{"password": p}}))
print("json-ascii", json.dumps({{"password": p}}, ensure_ascii=True))
sys.stdout.flush()
for ch in v:  # one byte at a time: the masker must catch a value split across reads
    sys.stderr.write(ch)
    sys.stderr.flush()
    time.sleep(0.001)
sys.stderr.write("\\n")
print("aws", "{AWS_ID}")
print("aws_secret_access_key = {AWS_SECRET}")
print(open("leak.txt").read())
print("token-passed", "TETHER_TOKEN" in os.environ)
sys.exit(3)
"""


def _plant() -> None:
    from tether.client import ItemMeta

    b = tether_backend()
    try:
        meta = ItemMeta(owner="bob", tags=["payments", "api"], environment="dev")
        b.set_value(parse("tether://dev/app/api_key"), CANARY, meta=meta, create_vault=True)
        b.set_value(parse("tether://dev/db/password"), DB_PASSWORD)
        b.set_value(parse("tether://dev/github/token"), VAULT_TOKEN)
        b.set_value(parse("tether://prod/stripe/key"), "sk-prod-" + "x9" * 12, create_vault=True)
        old = ItemMeta(temporary=True, expires_at="2001-01-01T00:00:00Z")
        b.set_value(parse("tether://dev/old/key"), "expired-value-123456", meta=old)
        b.set_value(parse("tether://dev/broken/key"), "broken-value-123456")
    finally:
        b.close()
    from tether import paths

    db = sqlite3.connect(paths.store_path())
    with db:
        db.execute(
            "UPDATE versions SET ciphertext = ? WHERE field_id IN (SELECT f.id FROM fields f "
            "JOIN items i ON f.item_id = i.id WHERE i.name = 'broken')",
            (b"\x01" + b"\x00" * 40,),
        )
    db.close()


def _all_values() -> list[str]:
    forms = [CANARY, DB_PASSWORD, AWS_SECRET, VAULT_TOKEN, TYPED_VALUE, "expired-value-123456"]
    forms.append(base64.b64encode(CANARY.encode()).decode())
    forms.append(json.dumps(DB_PASSWORD)[1:-1])
    forms.append(json.dumps(DB_PASSWORD, ensure_ascii=False)[1:-1])
    return forms


def _audit_rows() -> list[Any]:
    b = tether_backend()
    try:
        return list(b.audit_events())
    finally:
        b.close()


async def _listing(agent: Agent) -> None:
    tools = await agent.session.list_tools()
    assert {t.name for t in tools.tools} == TOOLS
    run = next(t for t in tools.tools if t.name == "run_with_secrets")
    assert set(run.input_schema["properties"]) >= {"command", "env", "env_file", "timeout_seconds"}

    vaults = await agent.call("list_vaults")
    assert {v["name"]: v["items"] for v in vaults["vaults"]} == {"dev": 5, "prod": 1}

    listed = await agent.call("list_secrets", {"vault": "dev"})
    by_ref = {s["ref"]: s for s in listed["secrets"]}
    app = by_ref["tether://dev/app"]
    assert app["fields"] == [{"ref": "tether://dev/app/api_key", "field": "api_key", "version": 1}]
    assert app["owner"] == "bob"
    assert app["environment"] == "dev"
    assert sorted(app["tags"]) == ["api", "payments"]
    assert app["temporary"] is False and app["age_days"] == 0
    assert by_ref["tether://dev/old"]["temporary"] is True
    assert by_ref["tether://dev/old"]["expired"] is True
    every = await agent.call("list_secrets")
    assert every["count"] == 6
    assert "fingerprint" not in json.dumps(every)


async def _checks(agent: Agent) -> None:
    good = await agent.call("check_reference", {"ref": "tether://dev/app/api_key"})
    assert good["parses"] and good["resolves"] and good["item"]["owner"] == "bob"
    single = await agent.call("check_reference", {"ref": "tether://dev/app"})
    assert single["resolves"]
    cases = {
        "tether://nope/x/y": "unknown_vault",
        "tether://dev/missing/key": "unknown_item",
        "tether://dev/app/nofield": "unknown_field",
        "tether://dev/app/api_key?version=9": "unknown_version",
        "tether://dev/old/key": "expired",
        "tether://dev/broken/key": "undecryptable",
    }
    for ref, reason in cases.items():
        got = await agent.call("check_reference", {"ref": ref})
        assert got["parses"] and not got["resolves"], ref
        assert got["reason"] == reason, (ref, got)
        assert got["message"], ref
    bad = await agent.call("check_reference", {"ref": "tether://dev"})
    assert not bad["parses"] and bad["reason"] == "invalid"


async def _runs(agent: Agent, work: Path) -> None:
    (work / "child.py").write_text(CHILD)
    (work / "leak.txt").write_text(f"copied into a file: {VAULT_TOKEN}\n")
    (work / ".env.agent").write_text("DB_PASSWORD=tether://dev/db/password\n")
    out = await agent.call(
        "run_with_secrets",
        {
            "command": [sys.executable, "child.py"],
            "env": {"API_KEY": "tether://dev/app/api_key", "MODE": "test"},
            "env_file": ".env.agent",
            "cwd": str(work),
            "timeout_seconds": 30,
        },
    )
    assert out["exit_code"] == 3 and not out["timed_out"]
    assert out["variables"] == {
        "API_KEY": "tether://dev/app/api_key",
        "DB_PASSWORD": "tether://dev/db/password",
    }
    stdout = out["stdout"]
    assert "mode test" in stdout
    assert "raw <concealed by tether>" in stdout
    assert "b64 <concealed by tether>" in stdout
    assert stdout.count("<concealed by tether>") >= 4
    assert "[REDACTED:aws-secret-access-key]" in stdout
    assert "[REDACTED:tether://dev/github/token/" not in stdout
    assert "[REDACTED:tether://dev/github/token]" in stdout  # the scanner linked it to the vault
    assert "token-passed False" in stdout  # tether's own credentials are not passed on
    assert out["stderr"].strip() == "<concealed by tether>"
    assert out["redacted_by_scanner"] >= 2

    err = await agent.fail(
        "run_with_secrets", {"command": ["true"], "env": {"LD_PRELOAD": "/tmp/x.so"}}
    )
    assert "LD_PRELOAD" in err
    (work / "bad.env").write_text("PATH=/tmp/evil\n")
    err = await agent.fail(
        "run_with_secrets", {"command": ["true"], "env_file": "bad.env", "cwd": str(work)}
    )
    assert "PATH" in err and "hint:" in err
    err = await agent.fail(
        "run_with_secrets", {"command": ["true"], "env": {"K": "tether://dev/missing/key"}}
    )
    assert "K" in err and "tether://dev/missing/key" in err
    err = await agent.fail("run_with_secrets", {"command": ["no-such-command-xyz"]})
    assert "not found" in err

    started = time.monotonic()
    slow = await agent.call(
        "run_with_secrets",
        {
            "command": ["sh", "-c", "sleep 30 & echo $! > bg.pid; wait"],
            "cwd": str(work),
            "timeout_seconds": 1,
        },
    )
    assert slow["timed_out"] and slow["exit_code"] is None
    assert time.monotonic() - started < 10
    background = int((work / "bg.pid").read_text())
    await anyio.sleep(0.2)
    try:
        os.kill(background, 0)
        alive = not _is_zombie(background)
    except ProcessLookupError:
        alive = False
    assert not alive, "the timed-out command's process group was not killed"

    big = await agent.call(
        "run_with_secrets",
        {"command": [sys.executable, "-c", "print(('x' * 99 + '\\n') * 3000)"]},
    )
    assert big["stdout_truncated"] and 60_000 < len(big["stdout"]) <= 65536
    assert big["stdout"].endswith("\n")


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except OSError:
        return False


async def _scans(agent: Agent, work: Path) -> None:
    text = f"line one\nexport GITHUB_TOKEN={VAULT_TOKEN}\naws_secret_access_key = {AWS_SECRET}\n"
    got = await agent.call("scan_text", {"text": text})
    by_rule = {f["rule_id"]: f for f in got["findings"]}
    assert by_rule["github-pat"]["line"] == 2
    assert by_rule["github-pat"]["ref"] == "tether://dev/github/token"
    assert by_rule["aws-secret-access-key"]["line"] == 3
    assert by_rule["aws-secret-access-key"]["ref"] is None
    assert all(len(f["fingerprint"]) == 16 for f in got["findings"])

    (work / "config.py").write_text(f"# settings\n\nTOKEN = '{VAULT_TOKEN}'\n")
    found = await agent.call("scan_file", {"path": str(work / "config.py")})
    assert [(f["rule_id"], f["line"], f["column"]) for f in found["findings"]] == [
        ("github-pat", 3, 10)
    ]
    clean = await agent.call("scan_text", {"text": "nothing to see here"})
    assert clean["count"] == 0
    err = await agent.fail("scan_file", {"path": str(work / "missing.txt")})
    assert "does not exist" in err


async def _request_without_elicitation(agent: Agent) -> None:
    got = await agent.call(
        "request_secret", {"ref": "tether://dev/new/key", "description": "the new API key"}
    )
    assert got["status"] == "pending" and got["ref"] == "tether://dev/new/key"
    url = got["url"]
    assert (
        url.startswith("http://127.0.0.1:")
        and "tether set tether://dev/new/key" in (got["instructions"])
    )
    before = await agent.call("check_reference", {"ref": "tether://dev/new/key"})
    assert not before["resolves"]

    def browser() -> tuple[int, str]:
        status, page = pages.get(url)
        assert status == 200 and "tether://dev/new/key" in page and "the new API key" in page
        csrf = pages.csrf_of(page)
        port = url.split(":")[2].split("/")[0]
        bad_token = url.rsplit("/", 1)[0] + "/not-the-token"
        assert pages.post(bad_token, {"csrf": csrf, "value": "x"})[0] == 404
        assert pages.post(url, {"csrf": csrf, "value": "x"}, host=f"evil.test:{port}")[0] == 421
        assert pages.post(url, {"csrf": csrf, "value": "x"}, origin="http://evil.test")[0] == 403
        assert pages.post(url, {"csrf": "wrong", "value": "x"})[0] == 403
        ok = pages.post(url, {"csrf": csrf, "value": TYPED_VALUE})
        again = pages.post(url, {"csrf": csrf, "value": "second-try"})
        assert again[0] == 404  # single use
        return ok

    status, page = await anyio.to_thread.run_sync(browser)
    assert status == 200 and "Stored" in page and TYPED_VALUE not in page
    after = await agent.call("check_reference", {"ref": "tether://dev/new/key"})
    assert after["resolves"]


def test_agent_lists_checks_runs_scans_and_never_sees_a_value(
    initialized: Path, scan_cache: Path, tmp_path: Path
) -> None:
    _plant()
    work = tmp_path / "work"
    work.mkdir()
    errlog = tmp_path / "server-stderr.log"
    env = server_env(initialized, scan_cache)
    agents: list[Agent] = []

    async def scenario() -> None:
        async with connect(env, errlog, cwd=work) as agent:
            agents.append(agent)
            await _listing(agent)
            await _checks(agent)
            await _runs(agent, work)
            await _scans(agent, work)
            await _request_without_elicitation(agent)

    anyio.run(scenario)
    agent = agents[0]
    agent.assert_never_returned(*_all_values())

    stderr = errlog.read_text()
    for v in _all_values():
        assert v not in stderr
    assert "Traceback" not in stderr

    b = tether_backend()
    try:
        assert b.read(parse("tether://dev/new/key")) == TYPED_VALUE
    finally:
        b.close()

    rows = _audit_rows()
    dumped = json.dumps([r.to_json() for r in rows], ensure_ascii=False)
    for v in _all_values():
        assert v not in dumped
    mcp_rows = [r for r in rows if r.action.startswith("mcp.")]
    assert {r.action for r in mcp_rows} >= {f"mcp.{t}" for t in TOOLS}
    assert {r.actor for r in mcp_rows} == {"agent:test-agent via alice"}
    denied = [r for r in mcp_rows if r.action == "mcp.run_with_secrets" and r.result == "denied"]
    assert len(denied) == 2 and all("FileSafetyError" in (r.detail or "") for r in denied)
    ran = [r for r in mcp_rows if r.action == "mcp.run_with_secrets" and r.result == "ok"]
    assert any("API_KEY=tether://dev/app/api_key" in (r.detail or "") for r in ran)
    assert all("child.py" not in (r.detail or "") for r in ran)  # argv[0] only
    reads = [r for r in rows if r.action == "read" and r.ref == "tether://dev/app/api_key"]
    assert reads and all(r.actor == "agent:test-agent via alice" for r in reads)
    checks = [r for r in mcp_rows if r.action == "mcp.check_reference"]
    assert {r.result for r in checks} == {"ok", "error", "denied"}


def test_url_elicitation_vault_limits_and_no_run(
    initialized: Path, scan_cache: Path, tmp_path: Path
) -> None:
    _plant()
    errlog = tmp_path / "server-stderr.log"
    env = server_env(initialized, scan_cache)
    asked: list[str] = []

    async def on_elicit(context: Any, params: Any) -> Any:
        from mcp import types

        assert params.mode == "url"
        asked.append(params.message)
        if "declined" in params.message:
            return types.ElicitResult(action="decline")
        status, _ = await anyio.to_thread.run_sync(pages.submit, params.url, TYPED_VALUE)
        assert status == 200
        return types.ElicitResult(action="accept")

    async def scenario() -> Agent:
        async with connect(
            env,
            errlog,
            args=("--vault", "dev", "--no-run"),
            client_name="Claude Code",
            elicitation=on_elicit,
        ) as agent:
            vaults = await agent.call("list_vaults")
            assert [v["name"] for v in vaults["vaults"]] == ["dev"]
            listed = await agent.call("list_secrets")
            assert all(s["vault"] == "dev" for s in listed["secrets"])
            err = await agent.fail("list_secrets", {"vault": "prod"})
            assert "not available to this agent" in err
            prod = await agent.call("check_reference", {"ref": "tether://prod/stripe/key"})
            assert not prod["resolves"] and prod["reason"] == "access_denied"
            tools = await agent.session.list_tools()
            assert {t.name for t in tools.tools} == TOOLS - {"run_with_secrets"}
            err = await agent.fail("run_with_secrets", {"command": ["env"]})
            assert "Unknown tool" in err or "unknown tool" in err

            got = await agent.call(
                "request_secret", {"ref": "tether://dev/fresh/key", "description": "needed"}
            )
            assert got == {"ref": "tether://dev/fresh/key", "status": "stored", "version": 1}
            check = await agent.call("check_reference", {"ref": "tether://dev/fresh/key"})
            assert check["resolves"]
            no = await agent.call("request_secret", {"ref": "tether://dev/declined/key"})
            assert no["status"] == "declined"
            err = await agent.fail("request_secret", {"ref": "tether://prod/other/key"})
            assert "not available" in err
            return agent

    agent = anyio.run(scenario)
    assert len(asked) == 2
    agent.assert_never_returned(*_all_values())
    assert TYPED_VALUE not in errlog.read_text()
    rows = _audit_rows()
    actors = {r.actor for r in rows if r.action.startswith("mcp.")}
    assert actors == {"agent:Claude Code via alice"}
    stored = [r for r in rows if r.action == "write" and r.ref == "tether://dev/fresh/key"]
    assert len(stored) == 1
    assert TYPED_VALUE not in json.dumps([r.to_json() for r in rows])


def test_uninitialised_store_gives_a_tool_error_with_a_hint(
    tether_home: Path, scan_cache: Path, tmp_path: Path
) -> None:
    errlog = tmp_path / "server-stderr.log"

    async def scenario() -> str:
        async with connect(server_env(tether_home, scan_cache), errlog) as agent:
            return await agent.fail("list_vaults")

    text = anyio.run(scenario)
    assert "no tether store" in text and "tether init" in text
    assert "Traceback" not in text + errlog.read_text()


def test_help_names_the_tools_and_options() -> None:
    from tests.conftest import run_tether

    res = run_tether("mcp", "--help")
    assert res.returncode == 0
    for word in ("--vault", "--no-run", "--no-request", "run_with_secrets", "request_secret"):
        assert word in res.stdout


def test_service_account_grants_limit_the_agent_and_its_token_never_leaks(
    initialized: Path, scan_cache: Path, tmp_path: Path
) -> None:
    from tests.conftest import run_tether

    _plant()
    assert run_tether("person", "add", "alice").returncode == 0
    assert (
        run_tether("sa", "create", "ci", "--owner", "alice", "--grant", "dev:read").returncode == 0
    )
    made = run_tether("sa", "token", "create", "ci")
    assert made.returncode == 0
    token = made.stdout.strip()
    assert token.startswith("tth_")
    errlog = tmp_path / "server-stderr.log"
    env = server_env(initialized, scan_cache, TETHER_TOKEN=token)

    async def scenario() -> Agent:
        async with connect(env, errlog, client_name="ci-bot") as agent:
            denied = await agent.call("check_reference", {"ref": "tether://prod/stripe/key"})
            assert not denied["resolves"] and denied["reason"] == "access_denied"
            ok = await agent.call("check_reference", {"ref": "tether://dev/app/api_key"})
            assert ok["resolves"]
            ran = await agent.call(
                "run_with_secrets",
                {
                    "command": ["sh", "-c", 'env; echo "token=$TETHER_TOKEN"; echo "$API_KEY"'],
                    "env": {"API_KEY": "tether://dev/app/api_key"},
                },
            )
            assert "token=\n" in ran["stdout"] and "<concealed by tether>" in ran["stdout"]
            err = await agent.fail(
                "run_with_secrets",
                {"command": ["true"], "env": {"K": "tether://prod/stripe/key"}},
            )
            assert "no grant" in err
            got = await agent.call("request_secret", {"ref": "tether://dev/ci/new"})
            status, page = await anyio.to_thread.run_sync(pages.submit, got["url"], TYPED_VALUE)
            assert status == 500 and "could not store" in page and TYPED_VALUE not in page
            return agent

    agent = anyio.run(scenario)
    agent.assert_never_returned(token, *_all_values())
    stderr = errlog.read_text()
    assert token not in stderr and CANARY not in stderr
    rows = _audit_rows()
    assert token not in json.dumps([r.to_json() for r in rows])
    assert {r.actor for r in rows if r.action.startswith("mcp.")} == {"agent:ci-bot via sa:ci"}
