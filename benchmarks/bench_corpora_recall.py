"""Recall and false-positive rate of tether's rules on other scanners' rule examples.

Reads ``/work/shared/corpora/examples/*.jsonl`` (one snippet per row: ``source``, ``rule_id``,
``text``, ``label``; see that folder's README). For each source:

- **recall**: rows labelled ``secret`` (Kingfisher ``helper_rule`` rows skipped), deduplicated by
  (upstream rule, expected value or text) because gitleaks wraps one generated value in ~26
  templates; a row counts as found when tether reports a finding in its text — and, for rows that
  list ``expected`` values (TruffleHog), only when a reported value contains one of them;
- **FP rate**: rows labelled ``not_secret`` that get any finding. Such rows are negatives *for one
  upstream rule* (often a malformed token of that provider), so a generic finding there is not
  always wrong; the column shows how much noise the generic rules add over the provider rules.

Each configuration scans every row as one blob through the real engine (``Engine.scan_blob``):
``provider`` = provider rules only, ``all`` = provider + generic rules. The generic rules must
not lower recall or add much to the FP rate.

    .venv/bin/python benchmarks/bench_corpora_recall.py              # prints the table
    .venv/bin/python benchmarks/bench_corpora_recall.py --write      # also into RESULTS-accuracy.md
    .venv/bin/python benchmarks/bench_corpora_recall.py --list-misses /tmp/misses.jsonl

``--list-misses FILE`` writes one JSON object per missed positive (``missed_by``: ``provider`` when
only the provider rules miss it, ``all`` when every rule does; ``found_rules``: what tether did report)
and per ``not_secret`` row that got a finding (``kind``: ``fp``), to classify misses by hand. The
rows are the corpora's own text; the file is for local analysis, not for the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from tether.scan.engine import Engine
from tether.scan.findings import Provenance
from tether.scan.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = Path("/work/shared/corpora/examples")
KEY = b"b" * 32


def load_rows(folder: Path) -> dict[str, list[dict[str, object]]]:
    by_source: dict[str, list[dict[str, object]]] = defaultdict(list)
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for raw in fh:
                raw = raw.strip()
                if raw:
                    row = json.loads(raw)
                    by_source[str(row["source"])].append(row)
    return by_source


def dedup_positives(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    seen: set[tuple[str, str]] = set()
    out = []
    for row in rows:
        if row.get("label") != "secret" or row.get("helper_rule"):
            continue
        expected = row.get("expected")
        value = (
            json.dumps(sorted(expected)) if isinstance(expected, list) and expected else row["text"]
        )
        key = (str(row["rule_id"]), str(value))
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def found(engine: Engine, row: dict[str, object]) -> tuple[bool, set[str]]:
    text = str(row["text"])
    findings, _ = engine.scan_blob(text.encode("utf-8"), Provenance("file", "example.txt"))
    rules = {f.rule_id for f in findings}
    expected = row.get("expected")
    if isinstance(expected, list) and expected:
        values = [f.secret.reveal() for f in findings]
        ok = any(str(e) in v or v in str(e) for e in expected for v in values if v)
        return ok, rules
    return bool(findings), rules


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--examples", type=Path, default=EXAMPLES)
    ap.add_argument("--engine", default="re", choices=("re", "hyperscan", "auto"))
    ap.add_argument("--write", action="store_true", help="append the table to RESULTS-accuracy.md")
    ap.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "RESULTS-accuracy.md")
    ap.add_argument(
        "--list-misses",
        type=Path,
        metavar="FILE",
        help="write missed positives and hit negatives as JSONL to FILE",
    )
    a = ap.parse_args(argv)

    rules = load_rules()
    engines = {
        "provider": Engine([r for r in rules if not r.generic], key=KEY, engine=a.engine, jobs=1),
        "all": Engine(rules, key=KEY, engine=a.engine, jobs=1),
    }
    for e in engines.values():
        e.prepare()

    lines = [
        "| source | positives (dedup) | recall provider | recall all | negatives | FP rate provider "
        "| FP rate all | negatives hit by a generic rule |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    tot = defaultdict(int)
    misses: list[dict[str, object]] = []
    for source, rows in sorted(load_rows(a.examples).items()):
        pos = dedup_positives(rows)
        neg = [r for r in rows if r.get("label") == "not_secret"]
        hit = {name: 0 for name in engines}
        for r in pos:
            got = {name: found(e, r) for name, e in engines.items()}
            for name, (ok, _) in got.items():
                hit[name] += ok
            if not got["provider"][0]:
                misses.append(
                    {
                        "kind": "miss",
                        "missed_by": "provider" if got["all"][0] else "all",
                        "found_rules": sorted(got["all"][1]),
                        **r,
                    }
                )
        fp = {name: 0 for name in engines}
        generic_fp = 0
        for r in neg:
            fired: set[str] = set()
            for name, e in engines.items():
                _, ids = found(e, r)
                fp[name] += bool(ids)
                fired |= ids
                if name == "all" and any(i.startswith("generic-") for i in ids):
                    generic_fp += 1
            if fired:
                misses.append({"kind": "fp", "found_rules": sorted(fired), **r})
        for k, v in (("pos", len(pos)), ("neg", len(neg)), ("hp", hit["provider"]), ("ha", hit["all"]),
                     ("fp", fp["provider"]), ("fa", fp["all"]), ("gf", generic_fp)):  # fmt: skip
            tot[k] += v

        def pct(x: int, n: int) -> str:
            return f"{x / n:.3f}" if n else "–"

        lines.append(
            f"| {source} | {len(pos)} | {pct(hit['provider'], len(pos))} | {pct(hit['all'], len(pos))} "
            f"| {len(neg)} | {pct(fp['provider'], len(neg))} | {pct(fp['all'], len(neg))} | {generic_fp} |"
        )
    lines.append(
        f"| **all** | {tot['pos']} | {tot['hp'] / tot['pos']:.3f} | {tot['ha'] / tot['pos']:.3f} "
        f"| {tot['neg']} | {tot['fp'] / tot['neg']:.3f} | {tot['fa'] / tot['neg']:.3f} | {tot['gf']} |"
    )
    table = "\n".join(lines)
    print(table)
    if a.list_misses:
        with a.list_misses.open("w", encoding="utf-8") as fh:
            for m in misses:
                fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    if a.write:
        old = (
            a.results.read_text(encoding="utf-8") if a.results.exists() else "# Scanner accuracy\n"
        )
        marker = "\n## Provider examples"
        if marker in old:
            end = old.find("\n## ", old.index(marker) + 1)
            old = old[: old.index(marker)] + (old[end:] if end > 0 else "")
        section = (
            f"{marker} (`shared/corpora/examples`), engine `{a.engine}`\n\n"
            "Recall on rows labelled `secret` (deduplicated by upstream rule and value; Kingfisher helper\n"
            "rows skipped; rows with `expected` values count only when one is reported), and the share of\n"
            "`not_secret` rows with any finding. `provider` = provider rules only, `all` = with the generic\n"
            "rules. Command: `.venv/bin/python benchmarks/bench_corpora_recall.py --write`.\n\n"
            f"{table}\n"
        )
        a.results.write_text(old.rstrip("\n") + "\n" + section, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
