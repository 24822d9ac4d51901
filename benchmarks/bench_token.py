"""`tether read` as the owner (root key) vs as a service account (TETHER_TOKEN), whole processes.

    .venv/bin/python benchmarks/bench_token.py [--runs 30]

Token mode adds: token hash lookup, HKDF of the token secret, two key unwraps, a write of the
token's last use and a `token.use` audit event. Owner mode adds the audit seal (one HMAC + insert).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _measure(cmd: list[str], env: dict[str, str], runs: int) -> list[float]:
    subprocess.run(cmd, env=env, check=True, capture_output=True)  # warm up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    src = Path(__file__).resolve().parent.parent / "src"
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(src)], check=True, capture_output=True
    )
    exe = shutil.which("tether", path=str(Path(sys.executable).parent)) or "tether"
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if not k.startswith("TETHER_")}
        env.update(TETHER_HOME=home, TETHER_KEYRING="0", TETHER_USER="bench")

        def run(*a: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run([exe, *a], env=env, check=True, capture_output=True, text=True)

        run("init")
        run("set", "tether://dev/stripe/api_key", "--generate")
        run("person", "add", "bench")
        run("sa", "create", "ci", "--owner", "bench", "--grant", "dev:read")
        token = run("sa", "token", "create", "ci").stdout.strip()
        cmd = [exe, "read", "tether://dev/stripe/api_key"]
        for label, e in (("owner", env), ("token", {**env, "TETHER_TOKEN": token})):
            t = _measure(cmd, e, args.runs)
            p90 = t[int(len(t) * 0.9) - 1]
            print(
                f"tether read as {label}, {args.runs} runs: median {statistics.median(t):.1f} ms, p90 {p90:.1f} ms, min {t[0]:.1f} ms"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
