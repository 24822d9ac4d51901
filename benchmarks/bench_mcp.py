"""Measure ``tether mcp``: start to initialised, list and run round trips, shutdown (not a test).

    .venv/bin/python benchmarks/bench_mcp.py [ROUNDS]

Uses a throw-away TETHER_HOME with one secret; prints medians in milliseconds.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import anyio
from mcp.client.session import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client

from mcp import types


async def one_session(env: dict[str, str], timings: dict[str, list[float]]) -> None:
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "tether.cli", "mcp"], env=env
    )
    t0 = time.perf_counter()
    async with stdio_client(params) as (read, write):
        async with ClientSession(
            read, write, client_info=types.Implementation(name="bench", version="1")
        ) as session:
            await session.initialize()
            t1 = time.perf_counter()
            await session.call_tool("list_secrets", {})
            t2 = time.perf_counter()
            await session.call_tool("list_secrets", {})
            t3 = time.perf_counter()
            args = {"command": ["true"], "env": {"K": "tether://dev/app/key"}}
            await session.call_tool("run_with_secrets", args)
            t4 = time.perf_counter()
            await session.call_tool("run_with_secrets", args)
            t5 = time.perf_counter()
    t7 = time.perf_counter()
    timings["start to initialised"].append(t1 - t0)
    timings["first list_secrets (opens vault)"].append(t2 - t1)
    timings["list_secrets"].append(t3 - t2)
    timings["first run_with_secrets (loads scanner)"].append(t4 - t3)
    timings["run_with_secrets (true, 1 ref)"].append(t5 - t4)
    timings["shutdown"].append(t7 - t5)


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            "TETHER_HOME": str(Path(tmp) / "home"),
            "TETHER_KEYRING": "0",
            "TETHER_USER": "bench",
            "TETHER_CACHE_DIR": str(Path(tmp) / "cache"),
            "PATH": os.environ.get("PATH", ""),
        }
        tether = [sys.executable, "-m", "tether.cli"]
        subprocess.run([*tether, "init"], env=env, check=True, capture_output=True)
        subprocess.run(
            [*tether, "set", "tether://dev/app/key"],
            env=env,
            input=b"bench-value-123456",
            check=True,
            capture_output=True,
        )
        timings: dict[str, list[float]] = {}
        for key in (
            "start to initialised",
            "first list_secrets (opens vault)",
            "list_secrets",
            "first run_with_secrets (loads scanner)",
            "run_with_secrets (true, 1 ref)",
            "shutdown",
        ):
            timings[key] = []
        for _ in range(rounds + 1):  # the first round also compiles the scanner cache
            anyio.run(one_session, env, timings)
        for key, values in timings.items():
            values = values[1:]
            print(f"{key:42s} median {statistics.median(values) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
