"""Held-out checks of ``tether mcp``: an adversarial agent over the SDK's stdio client.

Commands that print a resolved value in disguise (split, spaced, upper-cased, reversed, coloured,
wrapped base64, hex dumps, percent-encoding, on stderr, late, from a background child), scans of
tether's own files and of process environments, references with versions, the secret-entry page
from a real HTTP client, and the audit trail of every call (failures too). No tool result may hold
the value, in any of those forms.
"""

from __future__ import annotations

import base64
import os
import sys
import time
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread

from tests.conftest import CANARY
from tests.mcp import pages
from tests.mcp.conftest import Agent, connect, server_env, tether_backend
from tether.mcp.disguise import conceal_disguised
from tether.refs import parse

PY = sys.executable
ENV = {"K": "tether://dev/app/key"}
# each prints the value in a spelling the byte-for-byte masker does not know
DISGUISES: dict[str, list[str]] = {
    "split across lines": [PY, "-c", "import os;k=os.environ['K'];print(k[:9]);print(k[9:])"],
    "spaced out": [PY, "-c", "import os;print(' '.join(os.environ['K']))"],
    "upper case": ["sh", "-c", "echo $K | tr a-z A-Z"],
    "reversed": [PY, "-c", "import os;print(os.environ['K'][::-1])"],
    "ansi between chars": [PY, "-c", "import os;print('\\x1b[31m'.join(os.environ['K']))"],
    "ansi in the middle": [PY, "-c", "import os;k=os.environ['K'];print(k[:5]+'\\x1b[0;1m'+k[5:])"],
    "base64 wrapped": ["sh", "-c", 'printf %s "$K$K$K" | base64 -w 24'],
    "base64 with prefix": ["sh", "-c", 'printf "TOKEN=%s" "$K" | base64'],
    "hex wrapped": [
        PY,
        "-c",
        "import os;h=os.environ['K'].encode().hex();print(h[:40]);print(h[40:])",
    ],
    "hex dump spaced": [
        PY,
        "-c",
        "import os;print(' '.join('%02x'%b for b in os.environ['K'].encode()))",
    ],
    "percent all bytes": [
        PY,
        "-c",
        "import os;print(''.join('%%%02X'%b for b in os.environ['K'].encode()))",
    ],
    "backslash x": [
        PY,
        "-c",
        "import os;print(''.join('\\\\x%02x'%b for b in os.environ['K'].encode()))",
    ],
    "stderr split": [
        PY,
        "-c",
        "import os,sys;k=os.environ['K'];sys.stderr.write(k[:6]+'\\n'+k[6:]+'\\n')",
    ],
    "after a sleep": ["sh", "-c", "sleep 1; echo $K | rev"],
    "tether read in the child": [PY, "-m", "tether.cli", "read", "tether://dev/app/key?version=1"],
    "an old version as KEY=VALUE": [
        "sh",
        "-c",
        f"echo \"OLD_KEY=$({PY} -m tether.cli read 'tether://dev/app/key?version=1')\"",
    ],
    "background child": ["sh", "-c", "(sleep 0.5; echo $K | base64 -w 8) & echo started"],
}


def _plant() -> None:
    b = tether_backend()
    try:
        b.set_value(parse("tether://dev/app/key"), CANARY, create_vault=True)
        b.set_value(parse("tether://dev/app/key"), CANARY + "-v2")
    finally:
        b.close()


def _audit() -> list[Any]:
    b = tether_backend()
    try:
        return list(b.audit_events())
    finally:
        b.close()


def _forms(value: str) -> list[str]:
    raw = value.encode()
    return [
        value,
        value.upper(),
        value[::-1],
        raw.hex(),
        base64.b64encode(raw).decode(),
        value[9:],  # the tail of a split value is long enough to matter
    ]


def test_disguised_values_never_come_back(
    initialized: Path, scan_cache: Path, tmp_path: Path
) -> None:
    _plant()
    env = server_env(initialized, scan_cache)
    work = tmp_path / "work"
    work.mkdir()
    outputs: dict[str, str] = {}

    async def scenario() -> Agent:
        async with connect(env, tmp_path / "err.log", client_name="evil-agent") as agent:
            for name, command in DISGUISES.items():
                res = await agent.call(
                    "run_with_secrets",
                    {"command": command, "env": ENV, "cwd": str(work), "timeout_seconds": 20},
                )
                outputs[name] = res["stdout"] + res["stderr"]
            clean = await agent.call(
                "run_with_secrets", {"command": ["sh", "-c", "echo hello; ls /"], "env": ENV}
            )
            assert clean["stdout"].startswith("hello\n") and "<concealed" not in clean["stdout"]
            return agent

    agent = anyio.run(scenario)
    for name, text in outputs.items():
        assert "<concealed by tether>" in text or "[REDACTED:tether://dev/app" in text, name
        for form in _forms(CANARY):
            assert form not in text, f"{name}: the value came back"
    agent.assert_never_returned(*_forms(CANARY))
    logged = (tmp_path / "err.log").read_text()
    audit = "\n".join(f"{r.actor} {r.action} {r.ref} {r.detail}" for r in _audit())
    for form in _forms(CANARY):
        assert form not in logged and form not in audit
    assert "agent:evil-agent via alice" in audit


def test_a_background_child_is_ended_with_its_command(
    initialized: Path, scan_cache: Path, tmp_path: Path
) -> None:
    _plant()
    env = server_env(initialized, scan_cache)
    work = tmp_path / "work"
    work.mkdir()

    async def scenario() -> None:
        async with connect(env, tmp_path / "err.log") as agent:
            res = await agent.call(
                "run_with_secrets",
                {
                    "command": ["sh", "-c", "(sleep 20; echo $K) & echo $! > bg.pid"],
                    "env": ENV,
                    "cwd": str(work),
                },
            )
            assert res["exit_code"] == 0 and res["duration_ms"] < 10_000

    anyio.run(scenario)
    pid = int((work / "bg.pid").read_text())
    time.sleep(0.2)
    try:
        os.kill(pid, 0)
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
        alive = state != "Z"
    except (ProcessLookupError, FileNotFoundError):
        alive = False
    assert not alive, "a background child holding the secrets outlived its command"


def test_scans_checks_page_and_audit(initialized: Path, scan_cache: Path, tmp_path: Path) -> None:
    _plant()
    env = server_env(initialized, scan_cache)
    project = tmp_path / "project"
    project.mkdir()
    (project / "ok.txt").write_text("nothing here\n")
    typed = "typed-in-browser-Zr8Qm3Kx9"
    errors: dict[str, str] = {}

    async def scenario() -> Agent:
        async with connect(env, tmp_path / "err.log", client_name="claude-code") as agent:
            from tether import paths

            for name, path in (
                ("store", str(paths.store_path())),
                ("key", str(paths.key_path())),
                ("traversal", str(project / ".." / initialized.name / paths.store_path().name)),
                ("fingerprint key", str(scan_cache / "fingerprint.key")),
                ("environ", "/proc/self/environ"),
                ("other environ", f"/proc/{os.getpid()}/environ"),
            ):
                errors[name] = await agent.fail("scan_file", {"path": path})
            assert (await agent.call("scan_file", {"path": str(project / "ok.txt")}))["count"] == 0

            v1 = await agent.call("check_reference", {"ref": "tether://dev/app/key?version=1"})
            v2 = await agent.call("check_reference", {"ref": "tether://dev/app/key?version=2"})
            v9 = await agent.call("check_reference", {"ref": "tether://dev/app/key?version=9"})
            bad = await agent.call("check_reference", {"ref": "tether://dev/app/key?version=x"})
            assert v1["resolves"] and v2["resolves"] and not v9["resolves"]
            assert v9["reason"] == "unknown_version" and bad["reason"] == "invalid"
            await agent.fail("request_secret", {"ref": "tether://dev/app/key?version=1"})

            pending = await agent.call("request_secret", {"ref": "tether://dev/new/key"})
            url = pending["url"]
            port = url.split(":")[2].split("/")[0]

            def browser() -> None:
                assert pages.get(url, host=f"evil.example:{port}")[0] == 421
                status, page = pages.get(url)
                assert status == 200
                csrf = pages.csrf_of(page)
                fields = {"csrf": csrf, "value": typed}
                assert pages.post(url, fields, origin="http://evil.example")[0] == 403
                assert pages.post(url, fields, origin="null")[0] == 403
                assert pages.post(url, fields, extra={"Sec-Fetch-Site": "cross-site"})[0] == 403
                assert pages.post(url, {"csrf": "x" * len(csrf), "value": typed})[0] == 403
                assert pages.post(url, fields, host=f"127.0.0.2:{port}")[0] == 421
                status, body = pages.post(url, fields)
                assert status == 200 and typed not in body
                assert pages.post(url, fields)[0] == 404  # single use

            await anyio.to_thread.run_sync(browser)
            after = await agent.call("check_reference", {"ref": "tether://dev/new/key"})
            assert after["resolves"]
            await agent.fail("list_secrets", {"vault": "nope"})
            await agent.fail("run_with_secrets", {"command": ["true"], "env": {"PATH": "/x"}})
            errors["schema"] = await agent.fail("run_with_secrets", {"command": CANARY})
            errors["unknown"] = await agent.fail("read_secret", {"ref": CANARY})
            return agent

    agent = anyio.run(scenario)
    assert "invalid arguments: command" in errors.pop("schema")
    assert "unknown tool read_secret" in errors.pop("unknown")
    for name, text in errors.items():
        assert "may not scan" in text, name
    agent.assert_never_returned(CANARY, CANARY + "-v2", typed)
    rows = _audit()
    actor = "agent:claude-code via alice"
    mcp_rows = [r for r in rows if r.action.startswith("mcp.")]
    assert mcp_rows and all(r.actor == actor for r in mcp_rows)
    counts: dict[str, int] = {}
    for r in mcp_rows:
        counts[r.action] = counts.get(r.action, 0) + 1
    assert counts["mcp.scan_file"] == 7 and counts["mcp.check_reference"] == 5
    assert counts["mcp.request_secret"] == 2 and counts["mcp.list_secrets"] == 1
    assert counts["mcp.run_with_secrets"] == 2 and counts["mcp.read_secret"] == 1
    denied = [r for r in mcp_rows if r.action == "mcp.scan_file" and r.result == "denied"]
    assert len(denied) == 6
    writes = [r for r in rows if r.action == "write" and "new/key" in str(r.ref)]
    assert writes and writes[0].actor == actor
    blob = "\n".join(f"{r.action} {r.ref} {r.result} {r.detail}" for r in rows)
    assert CANARY not in blob and typed not in blob


def test_disguise_pass_leaves_ordinary_output_alone() -> None:
    secrets = [CANARY, "sk_live_abcdefgh12345678", "abc12345"]
    ordinary = (
        b"total 48\ndrwxr-xr-x  2 root root 4096 Nov 28 18:00 bin\n"
        + base64.b64encode(os.urandom(3000))
        + b"\n"
        + os.urandom(200).hex().encode()
        + b"\nhttps://example.com/a%20b?x=1\n\x1b[32mPASSED\x1b[0m 12 tests\n"
    )
    assert conceal_disguised(ordinary, secrets) == ordinary
    started = time.monotonic()
    conceal_disguised(ordinary * 40, secrets)
    assert time.monotonic() - started < 2
