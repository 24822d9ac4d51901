"""`tether run -- true` with 10 references, side by side with `dotenvx run` on the same env file.

    .venv/bin/python benchmarks/bench_run.py [--runs 30] [--json] [--no-dotenvx]

Each tool runs as a whole process, N times; we report median / p90 / min wall time in ms.
dotenvx (npm @dotenvx/dotenvx) is installed with npm into a temporary prefix inside this script.
dotenvx cannot resolve tether:// references, so it gets the same file with the plaintext values
(what the file held before `tether import`); tether gets the file with references, resolved from the
embedded vault. python-dotenv's `dotenv run` is measured too when its CLI is installed.

Budget (ARCHITECTURE.md §8): tether run -- true with 10 references under 150 ms median.
Also prints the slowest imports of `tether run` (python -X importtime) to keep the path light.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

N_REFS = 10


def measure(cmd: list[str], env: dict[str, str], cwd: Path, runs: int) -> dict[str, float]:
    subprocess.run(cmd, env=env, cwd=cwd, check=True, capture_output=True)  # warm caches
    times, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, env=env, cwd=cwd, check=True, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
    times.sort()
    return {
        "median_ms": round(statistics.median(times), 1),
        "p90_ms": round(times[max(0, int(len(times) * 0.9) - 1)], 1),
        "min_ms": round(times[0], 1),
        # CPU time (user + system) of the whole process tree: steadier than wall time on a busy box
        "cpu_median_ms": round(statistics.median(cpu), 1),
    }


def install_dotenvx(prefix: Path) -> str | None:
    npm = shutil.which("npm")
    if npm is None:
        return None
    res = subprocess.run(
        [
            npm,
            "install",
            "--silent",
            "--no-audit",
            "--no-fund",
            "--prefix",
            str(prefix),
            "@dotenvx/dotenvx",
        ],
        capture_output=True,
        text=True,
    )
    exe = prefix / "node_modules" / ".bin" / "dotenvx"
    return str(exe) if res.returncode == 0 and exe.exists() else None


def import_profile(exe_dir: Path, env: dict[str, str], cwd: Path) -> list[tuple[int, str]]:
    res = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "tether.cli", "run", "--", "true"],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
    )
    rows = []
    for line in res.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        parts = line[len("import time:") :].split("|")
        cumulative, name = parts[1].strip(), parts[2].rstrip()
        rows.append((int(cumulative), name))
    top = [
        (us, name.strip())
        for us, name in rows
        if name.startswith(" ") and not name.startswith("  ")
    ]
    return sorted(top, reverse=True)[:12]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-dotenvx", action="store_true")
    args = parser.parse_args()
    src = Path(__file__).resolve().parent.parent / "src"
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(src)], check=True, capture_output=True
    )
    exe_dir = Path(sys.executable).parent
    tether = shutil.which("tether", path=str(exe_dir)) or "tether"
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="tether-bench-") as tmp:
        root = Path(tmp)
        home, proj, plain = root / "home", root / "proj", root / "plain"
        proj.mkdir()
        plain.mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith("TETHER_")}
        env.update(TETHER_HOME=str(home), TETHER_KEYRING="0")
        subprocess.run([tether, "init"], env=env, check=True, capture_output=True)
        ref_lines, plain_lines = [], []
        for i in range(N_REFS):
            value = "sk_" + secrets.token_urlsafe(24)
            ref = f"tether://dev/bench/key_{i}"
            subprocess.run(
                [tether, "set", ref, "--file", "-"],
                input=value.encode(),
                env=env,
                check=True,
                capture_output=True,
            )
            ref_lines.append(f"KEY_{i}={ref}\n")
            plain_lines.append(f"KEY_{i}={value}\n")
        (proj / ".env").write_text("".join(ref_lines))
        (plain / ".env").write_text("".join(plain_lines))

        results["tether run (masked)"] = measure(
            [tether, "run", "--", "true"], env, proj, args.runs
        )
        results["tether run --no-masking"] = measure(
            [tether, "run", "--no-masking", "--", "true"], env, proj, args.runs
        )
        results["true (no tool, floor)"] = measure(["true"], env, proj, args.runs)
        dotenv_cli = shutil.which("dotenv", path=str(exe_dir))
        if dotenv_cli:
            try:
                results["python-dotenv run (plaintext)"] = measure(
                    [dotenv_cli, "run", "--", "true"], env, plain, args.runs
                )
            except subprocess.CalledProcessError:
                pass
        if not args.no_dotenvx:
            dotenvx = install_dotenvx(root / "npm")
            if dotenvx is None:
                results["dotenvx run"] = {"error": "npm install @dotenvx/dotenvx failed"}  # type: ignore[dict-item]
            else:
                results["dotenvx run (plaintext)"] = measure(
                    [dotenvx, "run", "-q", "--", "true"], env, plain, args.runs
                )
                results["dotenvx run --redact (plaintext)"] = measure(
                    [dotenvx, "run", "-q", "--redact", "--", "true"], env, plain, args.runs
                )
        profile = import_profile(exe_dir, env, proj)
    if args.json:
        print(json.dumps({"runs": args.runs, "results": results, "imports_us": profile}, indent=2))
        return 0
    load = os.getloadavg()[0]
    print(f"`CMD -- true` with {N_REFS} variables, {args.runs} runs each (ms; load {load:.1f})")
    print(f"{'tool':36} {'median':>8} {'p90':>8} {'min':>8} {'cpu':>8}")
    for name, r in results.items():
        if "error" in r:
            print(f"{name:36} {r['error']}")
            continue
        print(
            f"{name:36} {r['median_ms']:8.1f} {r['p90_ms']:8.1f} {r['min_ms']:8.1f}"
            f" {r['cpu_median_ms']:8.1f}"
        )
    med = results["tether run (masked)"]["median_ms"]
    print(f"budget 150 ms (tether run, masked): {'OK' if med < 150 else 'OVER'}")
    print("\nslowest top-level imports of `tether run -- true` (cumulative µs):")
    for us, name in profile:
        print(f"  {us:8d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
