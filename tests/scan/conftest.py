"""Fixtures for scanner tests: one Hyperscan cache per session, real files, real git repositories."""

from __future__ import annotations

import os
import random
import subprocess
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tether.scan.engine import Engine
from tether.scan.findings import Finding, Provenance

BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
KEY = b"k" * 32


def github_token(seed: int = 0, prefix: str = "ghp_") -> str:
    """A fake GitHub token with a valid CRC32 checksum (so the github validator accepts it)."""
    rnd = random.Random(seed)
    body = "".join(rnd.choice(BASE62) for _ in range(30))
    n = zlib.crc32(body.encode())
    digits = ""
    while n:
        n, r = divmod(n, 62)
        digits = BASE62[r] + digits
    return prefix + body + digits.rjust(6, "0")


AWS_ID = "AKIAZ5T7Q2WXRM4LPB6N"


@pytest.fixture(scope="session", autouse=True)
def hs_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Compile the Hyperscan database once per session, in a private cache directory."""
    folder = tmp_path_factory.mktemp("tether-cache")
    old = os.environ.get("TETHER_CACHE_DIR")
    os.environ["TETHER_CACHE_DIR"] = str(folder)
    yield folder
    if old is None:
        os.environ.pop("TETHER_CACHE_DIR", None)
    else:
        os.environ["TETHER_CACHE_DIR"] = old


@pytest.fixture(scope="session")
def engines(hs_cache: Path) -> dict[str, Engine]:
    out = {name: Engine(key=KEY, engine=name, jobs=1) for name in ("re", "hyperscan")}
    for e in out.values():
        e.prepare()
    return out


def summary(findings: list[Finding]) -> list[tuple[object, ...]]:
    """What must be identical between engines: everything but the in-memory value wrapper."""
    return sorted(
        (f.rule_id, f.fingerprint, f.provenance, f.line, f.column, f.end_line, f.span)
        for f in findings
    )


def git(repo: Path, *args: str, env: dict[str, str] | None = None) -> str:
    full = dict(os.environ)
    full.update(
        {
            "GIT_AUTHOR_NAME": "Alice",
            "GIT_AUTHOR_EMAIL": "alice@example.com",
            "GIT_COMMITTER_NAME": "Alice",
            "GIT_COMMITTER_EMAIL": "alice@example.com",
            "GIT_CONFIG_GLOBAL": "/dev/null",
            "GIT_CONFIG_NOSYSTEM": "1",
        }
    )
    full.update(env or {})
    out = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, env=full, check=True
    )
    return out.stdout.strip()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    path = tmp_path / "repo"
    path.mkdir()
    git(path, "init", "-q", "-b", "main")
    return path


def spy_reject_reason(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str | None]]:
    """Record the (line, path) of every call the engine makes to ``filters.reject_reason``."""
    from tether.scan import filters

    calls: list[tuple[str, str | None]] = []
    real = filters.reject_reason

    def recording(
        rule: object,
        secret: str,
        line: str,
        path: str | None = None,
        span: tuple[int, int, int] | None = None,
    ) -> str | None:
        calls.append((line, path))
        return real(rule, secret, line, path, span)  # type: ignore[arg-type]

    monkeypatch.setattr(filters, "reject_reason", recording)
    return calls


def found_by_both(engines: dict[str, Engine], text: str, path: str) -> list[tuple[str, str]]:
    """(rule, value) of every finding in ``text`` at ``path``; both engines must agree."""
    out = {}
    for name, engine in engines.items():
        findings, _ = engine.scan_blob(text.encode(), Provenance("file", path))
        out[name] = sorted((f.rule_id, f.secret.reveal()) for f in findings)
    assert out["re"] == out["hyperscan"]
    return out["re"]


def table_cases(
    reported: list[tuple[str, str, str, str]], quiet: list[tuple[str, str]]
) -> list[tuple[str, str, tuple[str, str] | None]]:
    """One parameter list of (text, path, expected) for a round's tables: a REPORTED row expects
    its (rule, value), a QUIET row no finding."""
    return [*((t, p, (r, v)) for t, p, r, v in reported), *((t, p, None) for t, p in quiet)]


def changed_mid(value: str, at: int) -> str:
    """``value`` with the character at ``at`` replaced by a letter of the same case: a mid-string
    change, which the published-value variant check (last character changed, or text appended)
    does not read as the published value."""
    low = value[at].islower()
    new = ("q" if value[at] != "q" else "r") if low else ("Q" if value[at] != "Q" else "R")
    return value[:at] + new + value[at + 1 :]


def check_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    """A reported case's (rule, value) is among the findings; a quiet case has none."""
    found = found_by_both(engines, text, path)
    if expected is None:
        assert found == []
    else:
        assert expected in found
