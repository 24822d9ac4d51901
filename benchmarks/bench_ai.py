"""Measure the AI-workflow commands as whole processes: `tether sweep` and `tether guard`.

- sweep: `tether sweep --home H` (and `--redact --yes` on a fresh copy) on the fake home the test
  suite builds (`tests/sweep/fakehome.py`: a secret in every place), wall time and peak RSS;
- guard: one hook call per tool (Claude Code, Cursor, Gemini, Codex) with the recorded events in
  `tests/guard/events/`, once with a clean input (allowed) and once with a secret (blocked).

Medians over ``--runs`` runs after one warm-up run (the Hyperscan cache is warm). Nothing here is a
test; numbers depend on the machine and its load (printed with the results).

    .venv/bin/python benchmarks/bench_ai.py [--runs 15]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import string
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.sweep.fakehome import build  # noqa: E402

TETHER = [str(Path(sys.executable).with_name("tether"))]
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
EVENTS = {
    "claude-code": ["user_prompt_submit.json", "pre_tool_use_write.json"],
    "cursor": ["before_submit_prompt.json", "before_shell_execution.json"],
    "gemini": ["before_agent.json", "before_tool_write_file.json"],
    "codex": ["pre_tool_use_bash.json"],
}


def github_token(rnd: random.Random) -> str:
    body = "".join(rnd.choice(B62) for _ in range(30))
    n, digits = zlib.crc32(body.encode()), ""
    while n:
        n, r = divmod(n, 62)
        digits = B62[r] + digits
    return "ghp_" + body + digits.rjust(6, "0")


def timed(args: list[str], env: dict[str, str], stdin: bytes | None = None) -> tuple[float, int]:
    """(wall seconds, exit code) of one run."""
    t = time.perf_counter()
    proc = subprocess.run(args, input=stdin, capture_output=True, env=env)
    return time.perf_counter() - t, proc.returncode


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="tether-bench-ai-") as tmp:
        base = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith("TETHER_")}
        env.update(
            TETHER_HOME=str(base / "th"),
            TETHER_KEYRING="0",
            TETHER_CACHE_DIR=str(base / "cache"),
            NO_COLOR="1",
        )
        home = base / "home"
        planted = build(home)
        files = sum(1 for p in home.rglob("*") if p.is_file())
        print(f"load average: {os.getloadavg()}; fake home: {files} files, {len(planted)} secrets")

        sweep = [*TETHER, "sweep", "--home", str(home), "--no-vault", "-f", "json"]
        timed(sweep, env)  # warm-up: compiles the Hyperscan cache
        walls = [timed(sweep, env)[0] for _ in range(args.runs)]
        rss = peak_rss_mb()
        print(
            f"sweep --home: median {statistics.median(walls) * 1000:.0f} ms "
            f"(min {min(walls) * 1000:.0f}), peak RSS {rss:.0f} MB"
        )

        redact_walls = []
        for i in range(max(3, args.runs // 3)):
            copy = base / f"copy{i}"
            shutil.copytree(home, copy, symlinks=True)
            cmd = [*TETHER, "sweep", "--home", str(copy), "--no-vault", "--redact", "--yes"]
            wall, code = timed(cmd, env)
            if code != 0:
                print(f"sweep --redact exited {code}", file=sys.stderr)
                return 1
            redact_walls.append(wall)
        print(
            f"sweep --home --redact --yes: median {statistics.median(redact_walls) * 1000:.0f} ms"
        )

        rnd = random.Random(1)
        print("\n| tool | event | allowed median (ms) | blocked median (ms) |")
        print("|---|---|---:|---:|")
        for tool, names in EVENTS.items():
            for name in names:
                raw = (ROOT / "tests/guard/events" / tool / name).read_text()
                raw = raw.replace("@@CWD@@", tmp).replace("@@TRANSCRIPT@@", "")
                clean = raw.replace("@@VALUE@@", "tether://dev/github/token").encode()
                cmd = [*TETHER, "guard", tool]
                timed(cmd, env, clean)
                allowed = [timed(cmd, env, clean) for _ in range(args.runs)]
                blocked = [
                    timed(cmd, env, raw.replace("@@VALUE@@", github_token(rnd)).encode())
                    for _ in range(args.runs)
                ]
                if any(code != 0 for _, code in allowed):
                    print(f"{tool} {name}: a clean input was not allowed", file=sys.stderr)
                    return 1
                a = statistics.median(w for w, _ in allowed) * 1000
                b = statistics.median(w for w, _ in blocked) * 1000
                event = json.loads(clean)["hook_event_name"]
                print(f"| {tool} | {event} | {a:.0f} | {b:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
