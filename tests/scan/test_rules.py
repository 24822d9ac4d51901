"""Self-test of the provider rules under ``scan/rules/*.toml``: dialect, keywords, examples.

Every rule's examples must produce a finding through a reference matcher (regex, secret group, filters,
validator) and its counter-examples must not. The full engine runs the same examples separately.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tether.scan import validators
from tether.scan.expanders import EXPANDERS
from tether.scan.filters import reject_reason
from tether.scan.rules import Rule, load_rules
from tether.scan.validators import VALIDATORS, base62_crc32, validate

RULES = load_rules()
PROVIDER_RULES = [r for r in RULES if not r.generic]
_CLASS_OR_ESCAPE = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]")
FAMILIES = sorted({r.family for r in PROVIDER_RULES})


def findings(rule: Rule, text: str) -> list[str]:
    """Secrets ``rule`` reports in ``text``: regex match, then filters, then the validator. A rule
    with ``expand`` matches an anchor; its secrets are what the expander lists around it."""
    out = []
    for m in rule.compiled.finditer(text):
        secret = m.group("secret")
        if secret is None:
            continue
        if rule.expand:
            data = text.encode()
            at = len(text[: m.start("secret")].encode())
            secrets = [data[s:e].decode() for s, e, _, _ in EXPANDERS[rule.expand](data, at)]
        else:
            secrets = [secret]
        for secret in secrets:
            if reject_reason(rule, secret, text) is None and validate(rule.validator, secret):
                out.append(secret)
    return out


def test_enough_provider_rules() -> None:
    assert len(PROVIDER_RULES) >= 200
    assert len(FAMILIES) >= 12


def test_docs_family_table_is_current() -> None:
    """docs/rules.md lists every provider family with its rule and validator counts."""
    doc = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
    rows = re.findall(r"^\| `(\w+)\.toml` \| (\d+) \| (\d+) \|", doc.read_text(), re.M)
    documented = {name: (int(n), int(v)) for name, n, v in rows}
    actual = {
        f: (
            sum(1 for r in PROVIDER_RULES if r.family == f),
            sum(1 for r in PROVIDER_RULES if r.family == f and r.validator),
        )
        for f in FAMILIES
    }
    assert documented == actual
    total = re.search(r"Total: (\d+) provider rules", doc.read_text())
    assert total is not None and int(total.group(1)) == len(PROVIDER_RULES)


def test_rule_ids_unique() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("rule", PROVIDER_RULES, ids=lambda r: r.id)
def test_rule_shape(rule: Rule) -> None:
    # a path-scoped rule's keyword is its path (a Rails master.key is 32 hex characters)
    assert rule.keywords or rule.paths, "a rule needs at least one keyword (or paths)"
    assert not rule.paths or rule.path_matches(rule.example_path)
    assert all(k == k.lower() and k.strip() for k in rule.keywords)
    assert rule.validator is None or rule.validator in VALIDATORS
    assert rule.compiled.groupindex == {"secret": 1} or list(rule.compiled.groupindex) == ["secret"]
    assert len(rule.examples) >= 2, "at least two examples"
    assert len(rule.counter_examples) >= 2, "at least two counter-examples"
    # dialect shared with Hyperscan
    body = rule.regex[4:] if rule.regex.startswith("(?i)") else rule.regex
    for forbidden in (
        "(?=",
        "(?!",
        "(?<=",
        "(?<!",
        "(?>",
        "\\Z",
        "\\A",
        "(?P=",
        "(?s",
        "(?m",
        "(?x",
    ):
        # (?m:^) alone: a line start that consumes nothing (docs/rules.md)
        assert forbidden not in rule.regex.replace("(?m:^)", ""), forbidden
    assert "(?i)" not in body, "(?i) only at the very start; use (?i:...) elsewhere"
    assert not re.search(r"\\[1-9]", rule.regex), "no back-references"
    outside = _CLASS_OR_ESCAPE.sub("x", rule.regex)
    assert not re.search(r"[*+]|\{\d+,\}", outside), "unbounded repetition; use {n,m}"


@pytest.mark.parametrize("rule", PROVIDER_RULES, ids=lambda r: r.id)
def test_rule_compiles_with_hyperscan(rule: Rule) -> None:
    """Compiles alone in block mode and reports every match end ``re`` finds in the rule's lines."""
    import hyperscan

    pattern = rule.regex.replace("(?P<secret>", "(")
    flags = 0
    if pattern.startswith("(?i)"):
        pattern, flags = pattern[4:], hyperscan.HS_FLAG_CASELESS
    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    db.compile(expressions=[pattern.encode()], ids=[0], flags=[flags])
    exact = re.compile(rule.regex.encode(), re.ASCII)
    for text in (*rule.examples, *rule.counter_examples):
        data = text.encode()
        ends: set[int] = set()
        db.scan(data, match_event_handler=lambda _i, _s, end, _f, _c: ends.add(end))
        assert {m.end() for m in exact.finditer(data)} <= ends, (
            f"Hyperscan misses a match in {text!r}"
        )


@pytest.mark.parametrize("rule", PROVIDER_RULES, ids=lambda r: r.id)
def test_examples_match(rule: Rule) -> None:
    for example in rule.examples:
        assert not rule.keywords or any(k in example.lower() for k in rule.keywords), (
            f"no keyword in {example!r}"
        )
        found = findings(rule, example)
        assert found, f"example not found: {example!r}"
        for m in rule.compiled.finditer(example):
            assert not rule.keywords or any(k in m.group(0).lower() for k in rule.keywords), (
                "match lacks a keyword"
            )


@pytest.mark.parametrize("rule", PROVIDER_RULES, ids=lambda r: r.id)
def test_counter_examples_do_not_match(rule: Rule) -> None:
    for counter in rule.counter_examples:
        assert findings(rule, counter) == [], f"counter-example matched: {counter!r}"


# --- validators -------------------------------------------------------------------------------------


def test_base62_crc32_published_vector() -> None:
    assert base62_crc32("zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ") == "0mLq17"


def test_github_checksum() -> None:
    body = "zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ"
    assert validators.github("ghp_" + body + "0mLq17")
    assert not validators.github("ghp_" + body + "0mLq18")
    assert not validators.github("ghp_" + body[:-1] + "K0mLq17")
    assert validators.npm("npm_" + body + "0mLq17")
    assert not validators.npm("ghp_" + body + "0mLq17")


def test_tether_checksum() -> None:
    head = "tth_svc_" + "A1b2C3d4E5f6" + "_" + "Z" * 16 + "y" * 16
    crc = zlib.crc32(head.encode("ascii"))
    token = head + "_" + base62_crc32(head)
    assert len(token.rsplit("_", 1)[1]) == 6
    assert validators.tether(token)
    assert not validators.tether(head + "_" + base62_crc32(head + "x"))
    assert not validators.tether(token.replace("tth_svc_", "tth_SVC_"))
    assert crc >= 0


def test_jwt_structure() -> None:
    header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"  # {"alg":"HS256","typ":"JWT"}
    payload = "eyJzdWIiOiIxMjMifQ"  # {"sub":"123"}
    assert validators.jwt(f"{header}.{payload}.c2lnbmF0dXJl")
    assert not validators.jwt(f"eyJ0eXAiOiJKV1QifQ.{payload}.c2ln")  # no alg
    assert not validators.jwt(f"{header}.bm90IGpzb24.c2ln")  # payload not JSON
    assert not validators.jwt("eyJhbGciOi.x.y")


def test_bech32() -> None:
    # BIP 173 valid test vector
    assert validators.bech32("A12UEL5L")
    assert validators.bech32("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw")
    assert not validators.bech32("A12UEL5M")
    assert not validators.bech32("Abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw")  # mixed case


def test_luhn() -> None:
    assert validators.luhn("4111 1111 1111 1111")
    assert not validators.luhn("4111 1111 1111 1112")


def test_pypi_rejects_garbage() -> None:
    assert not validators.pypi("pypi-AgEIcHlwaS5vcmc" + "A" * 80)
    assert not validators.pypi("pypi-!!!")


def test_basic_auth_b64() -> None:
    assert validators.basic_auth_b64("dXNlcjpwYXNzd29yZA==")  # user:password
    assert not validators.basic_auth_b64("dXNlcg==")  # user


def test_validators_never_raise() -> None:
    for name, fn in VALIDATORS.items():
        for junk in ("", "_", "a" * 500, "eyJ.eyJ.", "tth____", "\x00\xff", "1" * 40):
            assert fn(junk) in (True, False), name


def test_discord_user_id_segment() -> None:
    uid = "MTk4NjIyNDgzNDcxOTI1MjQ4"  # base64("198622483471925248")
    assert validators.discord(uid + ".Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs")
    assert not validators.discord("MZ1yGvKTjE0rY0cV8i47CjAa.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs")


def test_base64_pem() -> None:
    import base64

    pem = b"-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n"
    assert validators.base64_pem(base64.b64encode(pem).decode())
    cert = b"-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgIJ\n-----END CERTIFICATE-----\n"
    assert not validators.base64_pem(base64.b64encode(cert).decode())


def test_github_refresh_long_form() -> None:
    assert validators.github_refresh("ghr_" + "a1B2" * 19)
    assert not validators.github_refresh("ghr_" + "a" * 30 + "000000")


_B62 = st.text(alphabet=validators.BASE62, min_size=30, max_size=30)


@given(st.text(max_size=300))
def test_validators_total_on_any_text(text: str) -> None:
    for fn in VALIDATORS.values():
        assert fn(text) in (True, False)


@given(_B62, st.sampled_from(["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"]))
def test_crc_tokens_round_trip(body: str, prefix: str) -> None:
    token = prefix + body + base62_crc32(body)
    check = validators.npm if prefix == "npm_" else validators.github
    assert check(token)
    assert not check(token[:-1] + ("0" if token[-1] != "0" else "1"))


@given(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=3),
    st.text(alphabet=validators.BASE62, min_size=12, max_size=12),
    st.text(alphabet=validators.BASE62, min_size=32, max_size=32),
)
def test_tether_token_round_trip(kind: str, ident: str, secret: str) -> None:
    head = f"tth_{kind}_{ident}_{secret}"
    token = f"{head}_{base62_crc32(head)}"
    assert validators.tether(token)
    flipped = secret[:-1] + ("A" if secret[-1] != "A" else "B")
    assert not validators.tether(f"tth_{kind}_{ident}_{flipped}_{base62_crc32(head)}")


# Pairs that may both report one value: a provider-specific form of a general format.
_OVERLAP_OK = {
    frozenset({"sidekiq-enterprise-url", "url-basic-auth"}),
    frozenset({"netrc-password", "wandb-api-key"}),
    # an Azure Batch account key under "batch_account_key": both rules name the same Azure key
    frozenset({"azure-batch-key", "azure-account-key-in-code"}),
}


@pytest.mark.parametrize("rule", PROVIDER_RULES, ids=lambda r: r.id)
def test_no_second_provider_rule_reports_the_same_value(rule: Rule) -> None:
    for example in rule.examples:
        mine = set(findings(rule, example))
        for other in PROVIDER_RULES:
            if other.id == rule.id or frozenset({rule.id, other.id}) in _OVERLAP_OK:
                continue
            if other.paths and not other.path_matches(rule.example_path or "example.txt"):
                continue
            if other.keywords and not any(k in example.lower() for k in other.keywords):
                continue
            clash = [s for s in findings(other, example) if any(s in m or m in s for m in mine)]
            assert not clash, f"{other.id} also reports the value in {example!r}"


@pytest.mark.parametrize("rule", [r for r in load_rules() if r.hyperscan], ids=lambda r: r.id)
def test_hyperscan_expression_matches_a_piece_of_each_match(rule: Rule) -> None:
    """A rule's ``hyperscan`` pattern (what Hyperscan gets instead of its regex) matches a piece of
    each match of the regex: the engine reads a window back from the piece's end, and a piece that
    did not end inside the match could leave the match's start out of it."""
    piece = re.compile(rule.hyperscan.encode(), re.ASCII)
    exact = re.compile(rule.regex.encode(), re.ASCII)
    seen = 0
    for text in (*rule.examples, *rule.counter_examples):
        data = text.encode()
        for m in exact.finditer(data):
            assert piece.search(data, m.start(), m.end()) is not None, (rule.id, text)
            seen += 1
    assert seen, "no example of the rule matches"
