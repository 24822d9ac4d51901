"""Fixtures for the MCP server tests: a real ``tether mcp`` process driven by the SDK's stdio client.

Every tool result a test receives goes through :class:`Agent`, which keeps the full text of each one
(content blocks and structured content) so that a test can assert no secret value ever came back.
"""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from mcp.client.session import ClientSession, ElicitationFnT
from mcp.client.stdio import StdioServerParameters, stdio_client

from mcp import types


@pytest.fixture(scope="session")
def scan_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One scanner cache (Hyperscan database, fingerprint key) for all MCP tests."""
    return tmp_path_factory.mktemp("mcp-cache")


def server_env(home: Path, cache: Path, **extra: str) -> dict[str, str]:
    env = {
        "TETHER_HOME": str(home),
        "TETHER_KEYRING": "0",
        "TETHER_USER": "alice",
        "TETHER_CACHE_DIR": str(cache),
        "NO_COLOR": "1",
    }
    env.update(extra)
    return env


class Agent:
    """A connected MCP client that records everything the server returned."""

    def __init__(self, session: ClientSession) -> None:
        self.session = session
        self.seen: list[str] = []

    async def call(self, name: str, args: dict[str, Any] | None = None) -> dict[str, Any]:
        """Call a tool that must succeed; returns its structured result."""
        res = await self.session.call_tool(name, args or {})
        self._record(res)
        assert not res.is_error, f"{name} failed: {self._text(res)}"
        assert res.structured_content is not None
        return dict(res.structured_content)

    async def fail(self, name: str, args: dict[str, Any] | None = None) -> str:
        """Call a tool that must fail; returns the error text."""
        res = await self.session.call_tool(name, args or {})
        self._record(res)
        assert res.is_error, f"{name} unexpectedly succeeded: {self._text(res)}"
        return self._text(res)

    @staticmethod
    def _text(res: types.CallToolResult) -> str:
        return "\n".join(c.text for c in res.content if isinstance(c, types.TextContent))

    def _record(self, res: types.CallToolResult) -> None:
        self.seen.append(self._text(res))
        if res.structured_content is not None:
            self.seen.append(json.dumps(res.structured_content, ensure_ascii=False))
            self.seen.append(json.dumps(res.structured_content))

    def assert_never_returned(self, *values: str) -> None:
        blob = "\n".join(self.seen)
        for v in values:
            assert v not in blob, "a secret value reached a tool result"


@asynccontextmanager
async def connect(
    env: dict[str, str],
    errlog: Path,
    *,
    args: tuple[str, ...] = (),
    client_name: str = "test-agent",
    elicitation: ElicitationFnT | None = None,
    cwd: Path | None = None,
) -> AsyncIterator[Agent]:
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "tether.cli", "mcp", *args],
        env=env,
        cwd=str(cwd) if cwd else None,
    )
    with errlog.open("a") as err:
        async with stdio_client(params, errlog=err) as (read, write):
            async with ClientSession(
                read,
                write,
                client_info=types.Implementation(name=client_name, version="1.0"),
                elicitation_callback=elicitation,
            ) as session:
                await session.initialize()
                yield Agent(session)


def tether_backend() -> Any:
    """The test process's own view of the store (TETHER_HOME from the fixture)."""
    from tether.client.local import LocalBackend

    return LocalBackend.open()
