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

Each configuration scans every row as one blob through the real engine (``Engine.scan_blob``),
as ``example.txt`` (leaky-repo's whole files under their own path in that repository):
``provider`` = provider rules only, ``all`` = provider + generic rules. The generic rules must
not lower recall or add much to the FP rate.

    .venv/bin/python benchmarks/bench_corpora_recall.py              # prints the table
    .venv/bin/python benchmarks/bench_corpora_recall.py --write      # also into RESULTS-accuracy.md
    .venv/bin/python benchmarks/bench_corpora_recall.py --list-misses /tmp/misses.jsonl

Each positive row is also put in a class, by the heuristics in ``miss_class`` (a row in class 3 or 5
is counted whether or not tether finds it):

- ``3-filler``: the value is filler (``abcdef``, ``123456``, ``a1b2c3``, ``xxxxx``, a repeated
  character, the RFC 4122 sample UUID, ``example``/``sample``/``fake`` …), and
- ``3-checksum``: the value fails a documented check (GitHub/npm CRC32, age bech32, PyPI macaroon,
  a JWT header without ``alg``, a Discord id segment), and
- ``3-rejected`` (rows every rule misses): a provider rule matches the value's shape but drops it on
  purpose — its validator fails, it is a published documentation value (the jwt.io token, the
  Telegram docs token, AWS ``…EXAMPLE`` keys), or its entropy is below the rule's floor —
  all three left rejected on purpose;
- ``4-multiline``: the value sits alone on a line (its name is on another line, as in
  ``<nameToken>\n  value\n</nameToken>``): tether's keyword rules are line-bound;
- ``5-identifier``: the upstream rule reports an identifier, not a credential (ARNs, bucket names,
  account ids, public IPs, user names, age *public* keys, OAuth client ids);
- ``1/2-rule``: the rest (no rule for the format, or a rule narrower than the value).

The second table gives the classes of the rows every rule misses and the recall without classes 3
and 5.

``--list-misses FILE`` writes one JSON object per missed positive (``missed_by``: ``provider`` when
only the provider rules miss it, ``all`` when every rule does; ``found_rules``: what tether did report)
and per ``not_secret`` row that got a finding (``kind``: ``fp``), to classify misses by hand. The
rows are the corpora's own text; the file is for local analysis, not for the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from tether.scan.engine import Engine
from tether.scan.filters import reject_reason
from tether.scan.findings import Provenance
from tether.scan.rules import Rule, load_rules
from tether.scan.validators import VALIDATORS, validate

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


_FILLER = re.compile(
    r"(?i)abcdef|bcdefg|123456|234567|345678|987654|qwerty|asdfgh|x{5}|(.)\1{5}|example|examp1"
    r"|1234-?abcd|abcd-?1234|0000-0000|aaaa-?bbbb|sample|placeholder|your[_-]|fake|dummy|a1b2c3"
    r"|1a2b3c|b2c3d4|123e4567-e89b|zyxwv|uvwxyz|hello_?world|(?:ab|12)(?:cd|34)(?:ef|56)|random"
)
_TOKEN = re.compile(r"[A-Za-z0-9_\-+/=.:~$]{8,}")
_IDENTIFIER_RULES = frozenset(
    {"np.arn.1", "np.s3.1", "np.s3.2", "np.aws.3", "np.gcs.1", "np.gcs.2", "np.shopify.1",
     "ip_public", "np.reactapp.1", "kingfisher.reactapp.1", "kingfisher.azuresearch.url.1",
     "np.linkedin.1", "kingfisher.linkedin.1", "np.jenkins.2", "kingfisher.age.1", "np.age.1",
     "gcp-service-account", "pkcs12-file", "asana-client-id", "discord-client-id",
     "linkedin-client-id", "plaid-client-id", "adobe-client-id", "bitbucket-client-id",
     "messagebird-client-id", "new-relic-user-api-id"}
)  # fmt: skip
_CHECKS = (
    (re.compile(r"\bgh[pousr]_[0-9A-Za-z]{36}\b"), "github"),
    (re.compile(r"\bnpm_[0-9A-Za-z]{36}\b"), "npm"),
    (re.compile(r"AGE-SECRET-KEY-1[0-9A-Z]{58}"), "bech32"),
    (re.compile(r"pypi-[A-Za-z0-9_-]{50,}"), "pypi"),
    (re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*\.?[A-Za-z0-9_-]*"), "jwt"),
    (re.compile(r"^[A-Za-z0-9+/]{40,}={0,2}$"), "jwt_base64"),
    (re.compile(r"\b[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}"), "discord"),
)


def example_value(row: dict[str, object]) -> str:
    """The row's secret: its longest ``expected`` value, else its longest token-like run."""
    expected = row.get("expected")
    if isinstance(expected, list) and expected:
        return max((str(e) for e in expected), key=len)
    tokens = _TOKEN.findall(str(row["text"]))
    if row.get("generated"):  # gitleaks templates name the variable <name>Token / <NAME>_TOKEN
        tokens = [t for t in tokens if "token" not in t.lower()] or tokens
    return max(tokens, key=len) if tokens else ""


def miss_class(row: dict[str, object]) -> str:
    """Heuristic class of a positive row (see the module docstring)."""
    if row["rule_id"] in _IDENTIFIER_RULES:
        return "5-identifier"
    value, text = example_value(row), str(row["text"])
    for pattern, check in _CHECKS:
        m = pattern.search(value)
        if m and not (check == "jwt_base64" and not value.startswith("ZXlK")):
            if not VALIDATORS[check](m.group(0)):
                return "3-checksum"
    short_text = len(text) < 200 and not row.get("expected")
    if _FILLER.search(value) or (short_text and _FILLER.search(text)):
        return "3-filler"
    lines = [ln for ln in text.splitlines() if value and value in ln]
    if "\n" in text.strip() and lines and all(len(ln.strip()) <= len(value) + 6 for ln in lines):
        return "4-multiline"
    return "1/2-rule"


def rejected_by_rule(row: dict[str, object], rules: list[Rule]) -> bool:
    """A provider rule matches the row's value but its validator, allow list or entropy floor drops it."""
    text, value = str(row["text"]), example_value(row)
    if not value:
        return False
    for rule in rules:
        if not any(k in text.lower() for k in rule.keywords):
            continue
        for m in rule.compiled.finditer(text):
            secret = m.group("secret") or ""
            if len(secret) >= 8 and (secret in value or value in secret):
                if reject_reason(rule, secret, text) or not validate(rule.validator, secret):
                    return True
    return False


def found(engine: Engine, row: dict[str, object]) -> tuple[bool, set[str]]:
    text = str(row["text"])
    # leaky-repo's rows are whole files named by their path in the repository (rule_id), and
    # some credentials are credentials by their file's name (config/master.key); the other
    # sources' rows are snippets without a file
    path = str(row["rule_id"]) if row["source"] == "leaky-repo" else "example.txt"
    findings, _ = engine.scan_blob(text.encode("utf-8"), Provenance("file", path))
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
    provider_rules = [r for r in rules if not r.generic]
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
    classes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    clean = defaultdict(int)  # positives outside classes 3 and 5, and how many of them are found
    by_value: dict[tuple[str, str, str], list[bool]] = defaultdict(list)
    misses: list[dict[str, object]] = []
    for source, rows in sorted(load_rows(a.examples).items()):
        pos = dedup_positives(rows)
        neg = [r for r in rows if r.get("label") == "not_secret"]
        hit = {name: 0 for name in engines}
        for r in pos:
            got = {name: found(e, r) for name, e in engines.items()}
            for name, (ok, _) in got.items():
                hit[name] += ok
                if r.get("generated"):  # one generated value in ~26 templates: also count per value
                    by_value[(str(r["rule_id"]), example_value(r), name)].append(ok)
            cls = miss_class(r)
            if not got["all"][0]:
                if cls == "1/2-rule" and rejected_by_rule(r, provider_rules):
                    cls = "3-rejected"
                classes[source][cls] += 1
            if cls[0] not in "35":
                clean[(source, "pos")] += 1
                clean[(source, "provider")] += got["provider"][0]
                clean[(source, "all")] += got["all"][0]
            if not got["provider"][0]:
                misses.append(
                    {
                        "kind": "miss",
                        "missed_by": "provider" if got["all"][0] else "all",
                        "class": cls,
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
    for name in engines:
        groups = [v for k, v in by_value.items() if k[2] == name]
        print(
            f"\ngitleaks generated values ({name} rules): {len(groups)} values, "
            f"found in every template {sum(all(g) for g in groups)}, "
            f"in at least one {sum(any(g) for g in groups)}"
        )
    names = ("1/2-rule", "3-filler", "3-checksum", "3-rejected", "4-multiline", "5-identifier")
    class_lines = [
        f"| source | {' | '.join(names)} | positives w/o 3, 5 | recall provider | recall all |",
        f"|---|{'---:|' * (len(names) + 3)}",
    ]
    for source in [*sorted(classes), "all"]:
        if source == "all":
            counts = {n: sum(c[n] for c in classes.values()) for n in names}
            n, hp, ha = (sum(clean[(s_, k)] for s_ in classes) for k in ("pos", "provider", "all"))
        else:
            counts = classes[source]
            n, hp, ha = (clean[(source, k)] for k in ("pos", "provider", "all"))
        row = " | ".join(str(counts.get(c, 0)) for c in names)
        label = "**all**" if source == "all" else source
        class_lines.append(
            f"| {label} | {row} | {n} | {hp / n:.3f} | {ha / n:.3f} |" if n else f"| {label} |"
        )
    class_table = "\n".join(class_lines)
    print("\nRows every rule misses, by class; recall without classes 3 and 5:\n\n" + class_table)
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
            f"{table}\n\n"
            "Rows every rule misses, by class (`--list-misses FILE` lists them): 1/2 no rule or too\n"
            "narrow a rule; 3 synthetic values the rules reject on purpose (filler such as\n"
            "`abcdef…`/`xxxx`/`1234…`, a failed checksum or structure check, a published or placeholder\n"
            "value); 4 needs more than tether's line model; 5 identifiers, not credentials (ARNs, bucket\n"
            "names, OAuth client ids). Recall without classes 3 and 5:\n\n"
            f"{class_table}\n\n"
            "The classes come from heuristics in this script (approximate); 40 filler rows were checked\n"
            "by hand.\n"
        )
        a.results.write_text(old.rstrip("\n") + "\n" + section, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
