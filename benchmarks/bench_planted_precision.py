"""Precision on realistic files: tether and peers on the planted peer-benchmark tree.

The tree (``/tmp/peers/corpus/tree_planted``, built by ``/work/shared/bench/make_corpus.py``) is
480 MB of real text from this machine — the Python standard library and site-packages,
``/usr/include``, ``/usr/share`` — with ~214 fake secrets planted in ~60 files (``truth.jsonl``).
None of it comes from CredData, so it is a held-out check of the generic rules and filters on
ordinary code, the kind of file where a scanner fitted to CredData loses its precision.

A planted secret counts as found by the shared scorer's rules (``/work/shared/bench/score.py``:
same file and line, or a finding containing the value). Every other finding is "extra": an upper
bound on false positives, because the copied trees hold real test keys and example credentials
(crypto test vectors, cloud SDK documentation samples).

tether runs through ``tether scan --format json``; its report is converted to the gitleaks JSON
shape that the shared scorer reads. Peers come from ``/work/shared/bench/run_peers.sh`` (run it
with ``--run-peers``, or point ``--peers-results`` at an earlier ``RESULTS_DIR``).

    .venv/bin/python benchmarks/bench_planted_precision.py --run-peers
    .venv/bin/python benchmarks/bench_planted_precision.py --write     # table into RESULTS-accuracy.md
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("CORPUS_DIR", "/tmp/peers/corpus"))
SHARED_BENCH = Path("/work/shared/bench")


def scan_tether(tree: Path, tether: str, work: Path) -> tuple[Path, Counter[str]]:
    raw = work / "tether_tree.json"
    subprocess.run(
        [
            tether,
            "scan",
            "--format",
            "json",
            "--show-values",
            "--no-vault",
            "-o",
            str(raw),
            str(tree),
        ],
        capture_output=True,
        check=False,
    )
    doc = json.loads(raw.read_text(encoding="utf-8"))
    rules: Counter[str] = Counter()
    items = []
    for f in doc.get("findings", []):
        rules[str(f.get("rule"))] += 1
        items.append(
            {"File": f.get("path"), "StartLine": f.get("line"), "EndLine": f.get("end_line"),
             "RuleID": f.get("rule"), "Secret": f.get("secret"), "Match": f.get("secret")}
        )  # fmt: skip
    out = work / "tether_tree.gitleaks.json"
    out.write_text(json.dumps(items), encoding="utf-8")
    raw.unlink()  # the report holds values; keep only the converted copy for the scorer
    return out, rules


def score(report: Path, corpus: Path, work: Path) -> dict[str, object]:
    js = work / "tether_score.json"
    subprocess.run(
        [sys.executable, str(SHARED_BENCH / "score.py"), "--output", f"gitleaks:fs:{report}",
         "--corpus-dir", str(corpus), "--json", str(js)],
        capture_output=True, check=True,
    )  # fmt: skip
    entry: dict[str, object] = json.loads(js.read_text())["results"][0]
    return entry


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--corpus-dir", type=Path, default=CORPUS)
    ap.add_argument("--tether", default=str(ROOT / ".venv" / "bin" / "tether"))
    ap.add_argument("--peers-results", type=Path, default=Path("/tmp/tether_planted_peers"))
    ap.add_argument("--run-peers", action="store_true")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "RESULTS-accuracy.md")
    a = ap.parse_args(argv)
    tree = a.corpus_dir / "tree_planted"
    if not tree.is_dir():
        raise SystemExit(f"no {tree}: build it with python3 {SHARED_BENCH}/make_corpus.py")
    if a.run_peers:
        env = {**os.environ, "RESULTS_DIR": str(a.peers_results), "MODES": "fs", "RUNS_FAST": "1",
               "WARMUP_FAST": "0", "TOOLS": "kingfisher betterleaks gitleaks"}  # fmt: skip
        subprocess.run(["bash", str(SHARED_BENCH / "run_peers.sh")], env=env, check=False)

    with tempfile.TemporaryDirectory(prefix="tether-planted-") as tmp:
        report, rules = scan_tether(tree, a.tether, Path(tmp))
        mine = score(report, a.corpus_dir, Path(tmp))
    rows = [("tether", mine)]
    peers = a.peers_results / "results.json"
    if peers.exists():
        for r in json.loads(peers.read_text())["results"]:
            if r.get("mode") == "fs" and r.get("tool") != "tether":
                rows.append((str(r.get("tool")), r))

    lines = [
        "| tool | planted found | recall | findings | matched findings | extra findings (FP upper bound) "
        "| extra lines outside planted files | precision lower bound |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in rows:
        found, total = r.get("truth_found"), r.get("truth_total")
        n, matched, extra = r.get("findings"), r.get("matched_findings"), r.get("extra_findings")
        prec = (
            f"{matched / n:.3f}" if isinstance(matched, int) and isinstance(n, int) and n else "–"
        )
        lines.append(
            f"| {name} | {found}/{total} | {r.get('recall')} | {n} | {matched} | {extra} "
            f"| {r.get('extra_elsewhere_unique_locations')} | {prec} |"
        )
    table = "\n".join(lines)
    print(table)
    print("\ntether findings by rule:", dict(rules.most_common()))
    if a.write:
        old = (
            a.results.read_text(encoding="utf-8") if a.results.exists() else "# Scanner accuracy\n"
        )
        marker = "\n## Realistic files"
        if marker in old:
            end = old.find("\n## ", old.index(marker) + 1)
            old = old[: old.index(marker)] + (old[end:] if end > 0 else "")
        section = (
            f"{marker}: the planted peer-benchmark tree (held out)\n\n"
            "480 MB of real source text from this machine (Python stdlib and site-packages, /usr/include,\n"
            "/usr/share) with 214 planted fake secrets; built by `shared/bench/make_corpus.py`, scored by\n"
            "`shared/bench/score.py`. Extra findings are an upper bound on false positives (the trees\n"
            "contain real test vectors and documentation keys). Command:\n"
            "`.venv/bin/python benchmarks/bench_planted_precision.py --run-peers --write`.\n\n"
            f"{table}\n\ntether findings by rule: {', '.join(f'`{k}` {v}' for k, v in rules.most_common())}\n"
        )
        a.results.write_text(old.rstrip("\n") + "\n" + section, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
