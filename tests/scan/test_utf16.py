"""UTF-16 text (PowerShell scripts, .reg exports, files saved as "Unicode") is scanned, not skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tether.scan.engine import Engine
from tether.scan.redact import redact
from tether.scan.sources.files import FileSource, scan_text, utf16_codec
from tether.scan.sources.git import GitHistorySource

from ..conftest import run_tether
from .conftest import KEY, git, github_token

TOKEN = github_token(1601)
SCRIPT = (
    f"# deploy.ps1\r\n$headers = @{{ Authorization = 'token {TOKEN}' }}\r\nWrite-Host 'done'\r\n"
)


@pytest.mark.parametrize(
    ("raw", "codec"),
    [
        (b"\xff\xfe" + SCRIPT.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + SCRIPT.encode("utf-16-be"), "utf-16-be"),
        (SCRIPT.encode("utf-16-le"), "utf-16-le"),  # no byte-order mark
    ],
)
def test_utf16_files_are_scanned_at_the_right_line(tmp_path: Path, raw: bytes, codec: str) -> None:
    assert utf16_codec(raw) == codec
    (tmp_path / "deploy.ps1").write_bytes(raw)
    result = Engine(key=KEY, jobs=1).scan([FileSource([str(tmp_path)])])
    [f] = result.findings
    assert (f.rule_id, f.secret.reveal(), f.line) == ("github-pat", TOKEN, 2)
    assert result.stats.skipped["binary"] == 0


def test_binary_and_broken_utf16_stay_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.bin").write_bytes(b"\x7fELF\x02\x01\x01\x00" + TOKEN.encode() + b"\x00" * 64)
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe" + SCRIPT.encode("utf-16-le")[:-1])  # odd length
    (tmp_path / "c.txt").write_bytes(b"\xff\xfe\x00\x00" + SCRIPT.encode("utf-32-le"))  # UTF-32
    result = Engine(key=KEY, jobs=1).scan([FileSource([str(tmp_path)])])
    assert result.findings == []
    assert result.stats.skipped["binary"] == 3
    assert scan_text(b"plain\n") == b"plain\n"


def test_utf16_blobs_in_git_history(repo: Path) -> None:
    (repo / "setup.ps1").write_bytes(b"\xff\xfe" + SCRIPT.encode("utf-16-le"))
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "add")
    edited = SCRIPT.replace("done", "finished")  # a later edit keeps the token: reported once
    (repo / "setup.ps1").write_bytes(b"\xff\xfe" + edited.encode("utf-16-le"))
    git(repo, "commit", "-q", "-am", "edit")
    found = Engine(key=KEY, jobs=1).scan([GitHistorySource(str(repo))]).findings
    assert [(f.rule_id, f.line) for f in found] == [("github-pat", 2)]


@pytest.mark.parametrize("bom", [b"\xff\xfe", b""])
def test_redact_keeps_the_utf16_encoding(bom: bytes) -> None:
    raw = bom + SCRIPT.encode("utf-16-le")
    out, count = redact(raw, Engine(key=KEY, jobs=1))
    assert count == 1
    assert out.startswith(bom)
    text = out[len(bom) :].decode("utf-16-le")
    assert TOKEN not in text and "[REDACTED:github-pat]" in text
    assert text.count("\r\n") == 3


def test_cli_scan_reports_a_utf16_file(tmp_path: Path) -> None:
    (tmp_path / "deploy.ps1").write_bytes(b"\xff\xfe" + SCRIPT.encode("utf-16-le"))
    r = run_tether("scan", "-f", "json", "--no-vault", str(tmp_path))
    assert r.returncode == 1
    [f] = json.loads(r.stdout)["findings"]
    assert (f["rule"], f["line"]) == ("github-pat", 2)
    assert TOKEN not in r.stdout + r.stderr
