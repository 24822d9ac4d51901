"""`tether read` of one reference as a whole process: median wall time over N runs.

    .venv/bin/python benchmarks/bench_read.py [--runs 30]

Budget (ARCHITECTURE.md §8): under 150 ms median on the 2-core reference machine.
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    # read cached bytecode like an installed tether would (PYTHONDONTWRITEBYTECODE may be set)
    src = Path(__file__).resolve().parent.parent / "src"
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(src)], check=True, capture_output=True
    )
    exe = shutil.which("tether", path=str(Path(sys.executable).parent)) or "tether"
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, TETHER_HOME=home, TETHER_KEYRING="0")
        subprocess.run([exe, "init"], env=env, check=True, capture_output=True)
        subprocess.run(
            [exe, "set", "tether://dev/stripe/api_key", "--generate"],
            env=env,
            check=True,
            capture_output=True,
        )
        cmd = [exe, "read", "tether://dev/stripe/api_key"]
        subprocess.run(cmd, env=env, check=True, capture_output=True)  # warm the page cache
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    median = statistics.median(times)
    p90 = times[int(len(times) * 0.9) - 1]
    print(
        f"tether read (1 reference), {args.runs} runs: median {median:.1f} ms, p90 {p90:.1f} ms, min {times[0]:.1f} ms"
    )
    print(f"budget 150 ms: {'OK' if median < 150 else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
