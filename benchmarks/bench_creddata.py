"""tether on the rebuilt CredData subset, side by side with peer scanners.

Steps: unpack ``/work/shared/corpora/creddata/data.tar.gz`` (once, under ``--work-dir``), scan
``data/`` with tether, convert the findings to the scorer's JSONL form, score them with the
corpus' ``score.py`` (line mode, and value mode when values are available), read the peers' scores
written by ``/work/shared/bench/creddata/run.sh`` (run it with ``--run-peers``; it installs
nothing: run ``bash /work/shared/bench/setup.sh`` first), print a table and write
``benchmarks/RESULTS-accuracy.md``.

Engines (``--engine``):
  ``cli``        ``tether scan --format json DATA`` (the product path; needs scan/engine.py)
  ``reference``  a line-by-line matcher over ``load_rules()`` + ``filters.reject_reason``, the same
                 decision procedure without the engine (used before the engine existed)
  ``auto``       ``cli`` when ``src/tether/scan/engine.py`` exists, else ``reference``

CredData is a yardstick, not training data: nothing here feeds its labels back into rules.

    .venv/bin/python benchmarks/bench_creddata.py                  # tether only + existing peer scores
    .venv/bin/python benchmarks/bench_creddata.py --run-peers      # also (re)run the peers (~20 min)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tarfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CREDDATA = Path("/work/shared/corpora/creddata")
PEERS_RUN = Path("/work/shared/bench/creddata/run.sh")
PEER_TOOLS = (
    "betterleaks",
    "detect-secrets",
    "trufflehog3",
    "gitleaks",
    "kingfisher",
    "credsweeper",
)
MAX_BYTES = 8 * 1024 * 1024


# ----------------------------------------------------------------------------- unpack


def unpack(creddata: Path, work: Path) -> Path:
    data = work / "data"
    manifest = creddata / "manifest.tsv"
    expected = sum(1 for _ in manifest.open(encoding="utf-8")) - 1
    if data.is_dir() and sum(1 for p in data.rglob("*") if p.is_file()) == expected:
        return data
    work.mkdir(parents=True, exist_ok=True)
    with tarfile.open(creddata / "data.tar.gz") as tar:
        tar.extractall(work, filter="data")
    return data


# ----------------------------------------------------------------------------- reference matcher


def iter_matches(pattern: re.Pattern[str], line: str) -> list[re.Match[str]]:
    """Every match of ``pattern`` on ``line``, overlapping ones included (as Hyperscan reports them):
    ``key="ApiKey" value="…"`` holds two candidates that share characters."""
    out: list[re.Match[str]] = []
    pos = 0
    while pos <= len(line):
        m = pattern.search(line, pos)
        if not m:
            break
        out.append(m)
        pos = m.start() + 1
    return out


def _scan_file(args: tuple[str, str]) -> list[dict[str, object]]:
    from tether.scan.filters import reject_reason
    from tether.scan.rules import load_rules

    root, rel = args
    full = os.path.join(root, rel)
    try:
        if os.path.getsize(full) > MAX_BYTES:
            return []
        raw = Path(full).read_bytes()
    except OSError:
        return []
    if b"\0" in raw[:8192]:
        return []
    text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    rules = load_rules()
    out: list[dict[str, object]] = []
    for n, line in enumerate(text.split("\n"), 1):
        low = line.lower()
        seen: set[tuple[str, str]] = set()
        for rule in rules:
            if rule.keywords and not any(k in low for k in rule.keywords):
                continue
            for m in iter_matches(rule.compiled, line):
                secret = m.group("secret")
                if not secret or (rule.id, secret) in seen:
                    continue
                seen.add((rule.id, secret))
                if reject_reason(rule, secret, line, rel) is None:
                    out.append({"path": rel, "line": n, "value": secret, "rule": rule.id})
    return out


def scan_reference(data: Path, jobs: int) -> list[dict[str, object]]:
    files = sorted(str(p.relative_to(data)) for p in data.rglob("*") if p.is_file())
    findings: list[dict[str, object]] = []
    with ProcessPoolExecutor(jobs) as pool:
        for res in pool.map(_scan_file, [(str(data), f) for f in files], chunksize=16):
            findings.extend(res)
    return findings


# ----------------------------------------------------------------------------- CLI engine


def scan_cli(data: Path, tether: str, work: Path, jobs: int) -> list[dict[str, object]]:
    """``tether scan --format json`` over ``data``; values are kept (CredData's True values are
    obfuscated) so that value-mode scoring works. The raw report stays in the work directory."""
    raw = work / "results" / "tether.raw.json"
    raw.parent.mkdir(parents=True, exist_ok=True)
    cmd = [tether, "scan", "--format", "json", "--show-values", "--no-vault", "--no-ignore",
           "-j", str(jobs), "-o", str(raw), str(data)]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"tether scan failed ({proc.returncode}): {proc.stderr[-2000:]}")
    doc = json.loads(raw.read_text(encoding="utf-8"))
    out: list[dict[str, object]] = []
    for f in doc.get("findings", []):
        path, line = f.get("path"), f.get("line")
        if not path or not line:
            continue
        rec: dict[str, object] = {"path": str(path), "line": int(line), "rule": f.get("rule")}
        value = f.get("secret")
        if isinstance(value, str) and value:
            first = value.split("\n", 1)[0]
            if first:
                rec["value"] = first
        end = f.get("end_line")
        if end and int(end) > int(line):
            rec["line_end"] = int(end)
        out.append(rec)
    return out


# ----------------------------------------------------------------------------- scoring


def score(creddata: Path, report: Path, data: Path, mode: str, out_json: Path) -> dict[str, object]:
    subprocess.run(
        [sys.executable, str(creddata / "score.py"), str(report), "--match", mode, "--data", str(data),
         "--json", str(out_json)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    result: dict[str, object] = json.loads(out_json.read_text())
    return result


def _without_uuid(sc: dict[str, object]) -> tuple[float | None, float | None, float]:
    tot = sc["total"]
    cat = sc["categories"].get("UUID", {})  # type: ignore[attr-defined]
    tp, fp, fn = (tot.get(k, 0) - cat.get(k, 0) for k in ("TP", "FP", "FN"))  # type: ignore[attr-defined]
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * p * r / (p + r) if tp and p and r else 0.0
    return p, r, f


def f3(x: object) -> str:
    return "–" if x is None else f"{float(x):.3f}"  # type: ignore[arg-type]


def row(tool: str, line: dict, value: dict | None, findings: object, note: str = "") -> str:  # type: ignore[type-arg]
    lo = line["overall"]
    st = line["strict"]
    vo = (value or {}).get("overall", {})
    _, r_nu, f_nu = _without_uuid(line)
    return (
        f"| {tool}{note} | {f3(lo['precision'])} | {f3(lo['recall'])} | **{f3(lo['f1'])}** "
        f"| {f3(st['precision'])} | {f3(r_nu)} | {f3(f_nu)} "
        f"| {f3(vo.get('precision'))} | {f3(vo.get('recall'))} | {f3(vo.get('f1'))} "
        f"| {findings} | {st.get('unlabeled_finding_lines')} |"
    )


HEADER = (
    "| tool | P line | R line | F1 line | strict P line | R line excl. UUID | F1 line excl. UUID "
    "| P value | R value | F1 value | findings | unlabelled lines |\n"
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--creddata-dir", type=Path, default=CREDDATA)
    ap.add_argument("--work-dir", type=Path, default=Path("/tmp/tether_creddata"))
    ap.add_argument("--peers-work-dir", type=Path, default=Path("/tmp/creddata_run"))
    ap.add_argument("--engine", choices=("auto", "cli", "reference"), default="auto")
    ap.add_argument("--tether", default=str(ROOT / ".venv" / "bin" / "tether"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--run-peers", action="store_true", help="run the peers via run.sh first")
    ap.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "RESULTS-accuracy.md")
    ap.add_argument(
        "--no-write", action="store_true", help="print only; leave RESULTS-accuracy.md alone"
    )
    a = ap.parse_args(argv)

    data = unpack(a.creddata_dir, a.work_dir)
    engine = a.engine
    if engine == "auto":
        engine = "cli" if (ROOT / "src" / "tether" / "scan" / "engine.py").exists() else "reference"

    t0 = time.monotonic()
    findings = (
        scan_cli(data, a.tether, a.work_dir, a.jobs)
        if engine == "cli"
        else scan_reference(data, a.jobs)
    )
    wall = time.monotonic() - t0
    out = a.work_dir / "results"
    out.mkdir(parents=True, exist_ok=True)
    report = out / "tether.jsonl"
    with report.open("w", encoding="utf-8") as fh:
        for f in findings:
            fh.write(json.dumps(f) + "\n")
    line = score(a.creddata_dir, report, data, "line", out / "tether.line.json")
    value = score(a.creddata_dir, report, data, "value", out / "tether.value.json")
    by_rule = Counter(str(f.get("rule")) for f in findings)

    if a.run_peers:
        subprocess.run(
            ["bash", str(PEERS_RUN)],
            env={
                **os.environ,
                "WORK_DIR": str(a.peers_work_dir),
                "CREDDATA_DIR": str(a.creddata_dir),
            },
            check=False,
        )
    rows = [row("**tether**", line, value, len(findings), f" ({engine})")]
    peer_dir = a.peers_work_dir / "results"
    for tool in PEER_TOOLS:
        lj, vj = peer_dir / "score" / f"{tool}.line.json", peer_dir / "score" / f"{tool}.value.json"
        if not lj.exists():
            continue
        pl = json.loads(lj.read_text())
        pv = json.loads(vj.read_text()) if vj.exists() else None
        conv = peer_dir / "logs" / f"{tool}.convert.log"
        n: object = "?"
        if conv.exists():
            try:
                n = json.loads(conv.read_text().strip().splitlines()[-1]).get("tool_findings", "?")
            except (json.JSONDecodeError, IndexError):
                pass
        rows.append(row(tool, pl, pv, n, " ⚠ in-sample" if tool == "credsweeper" else ""))

    cats = line["categories"]
    top = sorted(cats, key=lambda c: -cats[c].get("P", 0))[:14]
    cat_lines = [
        "| category | positives | TP | FN | FP | recall | precision |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for c in top:
        d = cats[c]
        cat_lines.append(
            f"| {c} | {d.get('P', 0)} | {d.get('TP', 0)} | {d.get('FN', 0)} | {d.get('FP', 0)} "
            f"| {f3(d.get('recall'))} | {f3(d.get('precision'))} |"
        )
    peer_note = ""
    if len(rows) == 1 and not a.no_write:  # no peer scores here: keep the rows of the last run
        kept = _previous_peer_rows(a.results)
        if kept:
            rows += kept
            peer_note = " (peer rows from an earlier run of this script; the peers and the data are unchanged)"
    table = HEADER + "\n" + "\n".join(rows)
    print(table)
    print()
    print("\n".join(cat_lines))
    print()
    print(
        f"tether: {len(findings)} findings in {wall:.1f} s ({engine}); by rule: {dict(by_rule.most_common())}"
    )
    if not a.no_write:
        write_results(a.results, table, "\n".join(cat_lines), engine, wall, by_rule, peer_note)
    return 0


def _previous_peer_rows(path: Path) -> list[str]:
    """The peer rows of the CredData table in an earlier results file (tether's own row left out)."""
    if not path.exists():
        return []
    names = {*PEER_TOOLS}
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## ") and out:
            break
        cell = line.split("|")[1].strip() if line.startswith("| ") else ""
        if cell.split(" ")[0] in names:
            out.append(line)
    return out


def write_results(
    path: Path,
    table: str,
    cats: str,
    engine: str,
    wall: float,
    by_rule: Counter[str],
    peer_note: str = "",
) -> None:
    rules = ", ".join(f"`{k}` {v}" for k, v in by_rule.most_common())
    text = f"""# Scanner accuracy: measured results

Generated by `benchmarks/bench_creddata.py` (CredData), `benchmarks/bench_corpora_recall.py`
(provider examples) and `benchmarks/bench_planted_precision.py` (realistic files); see
`docs/scan-accuracy.md` for what the numbers mean and how to rerun them.

## CredData (rebuilt subset, 285 repositories, 7,095 True rows), offline, line mode

tether engine: `{engine}`; scan wall time {wall:.0f} s on this machine (2 cores, shared with other work,
not a performance measurement). Peers: `/work/shared/bench/creddata/run.sh` with default rules{peer_note}.
Scorer: `/work/shared/corpora/creddata/score.py` (`--match line`, and `--match value` where values are
reported).

{table}

- **strict P** counts every finding line without markup as a false positive (upper bound on FPs).
- **excl. UUID** leaves out the UUID category (22 % of the positives): CredData marks bare UUIDs as
  True, which only CredSweeper (trained on CredData) reports; tether does not report bare UUIDs.
- CredSweeper's model is trained on CredData, so its score is in-sample: a ceiling, not a bar.

tether findings by rule: {rules}

### tether per category (line mode, the categories with most positives)

{cats}
"""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    # the other scripts' sections (realistic files, provider examples) follow the CredData one
    others = [m.start() for m in re.finditer(r"\n## (?!CredData)", old)]
    if others:
        text = text.rstrip("\n") + "\n" + old[others[0] :]
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
