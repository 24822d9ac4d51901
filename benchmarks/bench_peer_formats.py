"""Token formats a peer scanner knows, checked against tether: one value per peer rule.

The labelled corpora hold the peers' own test examples (gitleaks, Kingfisher, Nosey Parker,
TruffleHog, detect-secrets). Betterleaks, a gitleaks fork, has some 250 rules gitleaks lacks (newer
AI, platform and payment providers) and ships no examples with its binary, only its default
configuration. This script reads that configuration out of the installed binary (or any
gitleaks-format TOML given with ``--config``), writes one value per rule from the rule's own
``secret`` group (the shortest length its open-ended repeats allow, a seeded random length within
bounded ones, random characters from each class) and scans it twice with tether's engine:

- **named**: ``NAME_API_KEY=<value>`` in ``.env``, NAME from the rule's first keyword, so a generic
  rule may report it;
- **bare**: the value alone on a line of ``notes.md``, which only a rule that knows the format reports;
  counted apart for values with a distinctive prefix (two values written for the rule share their
  first three or more characters, e.g. ``rnd_``, ``AIK_CI_``): a value without one (32 hex
  characters) can only be told from any other string by the name it is given.

A value is *found* when a finding covers it. The generated values are crude (uniform random
characters, lengths at the edge of what the peer's regex allows), so a miss is a lead to check
against the provider's documented format, not a verdict: a peer regex may be looser than the
format. Rules whose secret group is not a token (host names, user names, whole JSON blocks) are
left out of the totals, as are values a tether rule with a checksum or structure validator matches
(GitHub, npm, Slack, JWT, …): a written value has no valid checksum, and dropping it is right.

    .venv/bin/python benchmarks/bench_peer_formats.py             # Betterleaks from ../shared/bench
    .venv/bin/python benchmarks/bench_peer_formats.py --only-new  # rules gitleaks lacks
    .venv/bin/python benchmarks/bench_peer_formats.py --config rules.toml --list-misses
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tomllib
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from bench_scan_peers import peers_env  # noqa: E402  (this folder: the peers' install record)

from tether.scan.engine import Engine  # noqa: E402
from tether.scan.findings import Provenance  # noqa: E402

MARKER = b"# This file has been auto-generated"
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
# secret groups that name a place or a person, not a credential: not counted
NOT_TOKENS = re.compile(
    r"(?:url|host|domain|username|name|account-id|client-id|app-id|\bid)(?:\.\d+)?$"
)

POSIX_CLASSES = {
    "[:alnum:]": "A-Za-z0-9",
    "[:alpha:]": "A-Za-z",
    "[:digit:]": "0-9",
    "[:xdigit:]": "0-9A-Fa-f",
    "[:upper:]": "A-Z",
    "[:lower:]": "a-z",
    "[:word:]": "A-Za-z0-9_",
    "[:space:]": " ",
}

_parser = re.__dict__.get("_parser") or __import__("sre_parse")
_c = re.__dict__.get("_constants") or __import__("sre_constants")
CATEGORIES = {
    _c.CATEGORY_DIGIT: "0123456789",
    _c.CATEGORY_WORD: ALNUM + "_",
    _c.CATEGORY_SPACE: " ",
    _c.CATEGORY_NOT_SPACE: ALNUM,
    _c.CATEGORY_NOT_WORD: "-",
    _c.CATEGORY_NOT_DIGIT: "abc",
}


def peer_binary(name: str) -> str | None:
    """The path ``../shared/bench/setup.sh`` wrote for peer ``name`` (BETTERLEAKS, GITLEAKS)."""
    return peers_env().get(name)


def embedded_config(binary: str) -> str:
    """The default configuration a gitleaks-family binary carries (a NUL-terminated string)."""
    data = Path(binary).read_bytes()
    start = data.find(MARKER)
    if start < 0:
        raise SystemExit(f"no embedded configuration in {binary}; pass --config FILE")
    end = data.find(b"\x00", start)
    return data[start:end].decode("utf-8", "replace")


def _chars(items: list[tuple[object, object]]) -> list[str]:
    out: list[str] = []
    negate = False
    for op, av in items:
        if op == _c.NEGATE:
            negate = True
        elif op == _c.LITERAL:
            out.append(chr(av))  # type: ignore[arg-type]
        elif op == _c.RANGE:
            lo, hi = av  # type: ignore[misc]
            out.extend(chr(c) for c in range(lo, hi + 1))
        elif op == _c.CATEGORY:
            out.extend(CATEGORIES.get(av, "a"))
    if negate:
        banned = set(out)
        return [c for c in ALNUM + "-_" if c not in banned]
    return out


def generate(tree: object, rng: random.Random, groups: dict[int, str]) -> str:
    """A string the parsed pattern matches, or close to it (look-arounds are ignored)."""
    out: list[str] = []
    for op, av in tree:  # type: ignore[attr-defined]
        if op == _c.LITERAL:
            out.append(chr(av))
        elif op == _c.NOT_LITERAL:
            out.append(rng.choice([c for c in ALNUM if ord(c) != av]))
        elif op == _c.ANY:
            out.append(rng.choice(ALNUM))
        elif op == _c.IN:
            out.append(rng.choice(_chars(av) or ["a"]))
        elif op == _c.BRANCH:
            out.append(generate(rng.choice(av[1]), rng, groups))
        elif op == _c.SUBPATTERN:
            text = generate(av[-1], rng, groups)
            if av[0] is not None:
                groups[av[0]] = text
            out.append(text)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            lo, hi, sub = av
            # open-ended: the least a real token would have (``+`` alone: a dozen characters)
            n = (lo if lo >= 8 else lo + 12) if hi == _c.MAXREPEAT else rng.randint(lo, hi)
            if lo == 0 and hi == 1:
                n = rng.choice((0, 1))
            out.append("".join(generate(sub, rng, groups) for _ in range(n)))
        elif op == _c.GROUPREF:
            out.append(groups.get(av, ""))
        # AT, ASSERT, ASSERT_NOT: nothing to write
    return "".join(out)


def value_for(rule: dict[str, object], rng: random.Random) -> str | None:
    """A value for the rule's secret group that the peer's own regex accepts, or None."""
    regex = str(rule["regex"]).replace(r"\z", r"\Z")
    for posix, chars in POSIX_CLASSES.items():  # RE2 classes Python's re does not know
        regex = regex.replace(posix, chars)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # RE2 classes such as [[:alnum:]]
            pattern = re.compile(regex)
            tree = _parser.parse(regex)
    except (re.error, ValueError, TypeError):
        return None
    group = int(rule.get("secretGroup", 1 if pattern.groups else 0))  # type: ignore[call-overload]
    for _ in range(200):
        groups: dict[int, str] = {}
        try:
            text = generate(tree, rng, groups)
        except (IndexError, ValueError):
            return None
        m = pattern.search(text)
        if m and m.group(group):
            return m.group(group)
    return None


def checksummed(engine: Engine, value: str) -> bool:
    """Whether a tether rule that verifies a checksum or structure matches the value: a written
    value has no valid checksum, so the validator rightly drops it (not counted)."""
    data = value.encode()
    return any(c.rule.rule.validator for c in engine._candidates(data))


def found(engine: Engine, text: str, path: str, value: str) -> list[str]:
    findings, _ = engine.scan_blob(text.encode(), Provenance("file", path))
    hits = []
    for f in findings:
        secret = f.secret.reveal()
        if value in secret or (len(secret) >= 8 and secret in value):
            hits.append(f.rule_id)
    return sorted(set(hits))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--config", type=Path, help="a gitleaks-format rules TOML (default: Betterleaks')"
    )
    ap.add_argument(
        "--only-new", action="store_true", help="skip rules gitleaks' default config has"
    )
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--list-misses", action="store_true", help="print every rule missed bare")
    ap.add_argument("--prefixed-only", action="store_true", help="list only misses with a prefix")
    args = ap.parse_args(argv)

    if args.config:
        text = args.config.read_text()
    else:
        binary = peer_binary("BETTERLEAKS")
        if not binary:
            raise SystemExit(
                "Betterleaks is not installed: run ../shared/bench/setup.sh or pass --config"
            )
        text = embedded_config(binary)
    rules = [r for r in tomllib.loads(text).get("rules", []) if "regex" in r]
    if args.only_new:
        gl = peer_binary("GITLEAKS")
        if not gl:
            raise SystemExit("--only-new needs gitleaks from ../shared/bench/setup.sh")
        known = {r["id"] for r in tomllib.loads(embedded_config(gl)).get("rules", [])}
        rules = [r for r in rules if r["id"] not in known]

    rng = random.Random(args.seed)
    engine = Engine(key=b"\x00" * 32, engine="re", jobs=1)
    engine.prepare()
    counted = named_hits = bare_hits = prefixed = prefixed_hits = 0
    skipped: list[str] = []
    checksum: list[str] = []
    misses: list[tuple[str, list[str]]] = []
    for rule in rules:
        rid = str(rule["id"])
        value = value_for(rule, rng)
        if not value or len(value) < 8 or NOT_TOKENS.search(rid) or "\n" in value:
            skipped.append(rid)
            continue
        if checksummed(engine, value):
            checksum.append(rid)
            continue
        keyword = str((rule.get("keywords") or [rid.split("-")[0]])[0])
        name = re.sub(r"\W", "_", keyword).upper().strip("_") or "SERVICE"
        counted += 1
        named = found(engine, f"{name}_API_KEY={value}\n", ".env", value)
        bare = found(engine, value + "\n", "notes.md", value)
        named_hits += bool(named)
        bare_hits += bool(bare)
        other = value_for(rule, random.Random(args.seed + 1)) or ""
        is_prefixed = value[:3] == other[:3]
        if is_prefixed:  # a literal start: a format of its own
            prefixed += 1
            prefixed_hits += bool(bare)
        if not bare and (is_prefixed or not args.prefixed_only):
            misses.append((rid, named))

    print(
        f"peer rules: {len(rules)}, values counted: {counted}, not a token or no value: "
        f"{len(skipped)}, format with a checksum tether verifies: {len(checksum)}"
    )
    print()
    print("| context | found | share |")
    print("|---|---:|---:|")
    print(
        f"| named (`NAME_API_KEY=value` in .env) | {named_hits} | {named_hits / max(counted, 1):.3f} |"
    )
    print(
        f"| bare (the value alone in notes.md) | {bare_hits} | {bare_hits / max(counted, 1):.3f} |"
    )
    print(
        f"| bare, values with a distinctive prefix ({prefixed}) | {prefixed_hits} "
        f"| {prefixed_hits / max(prefixed, 1):.3f} |"
    )
    if args.list_misses:
        print()
        for rid, named in misses:
            print(f"missed bare: {rid} (named: {', '.join(named) or 'missed'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
