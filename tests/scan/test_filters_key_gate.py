"""The engine tells the filters where a match lies on the line (``reject_reason(..., span)``); with
it, a keyword rule's candidate under a key name the key-name check rejects is rejected before
every other check. That early rejection must change no verdict: every check it skips only
rejects."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tether.scan import filters
from tether.scan.engine import Engine
from tether.scan.rules import Rule, load_rules

FAMILY_RULES = (
    "generic-password",
    "generic-secret",
    "generic-token",
    "generic-key",
    "generic-auth",
    "generic-credential",
)


@cache
def _rules() -> dict[str, Rule]:
    return {r.id: r for r in load_rules()}


def _both(rule: Rule, line: str, path: str) -> list[tuple[str, str | None, str | None]]:
    """(secret, verdict with the match's place, verdict without) of each match on ``line``."""
    out = []
    for m in rule.compiled.finditer(line):
        secret = m.group("secret")
        if not secret or line.count(secret) != 1:
            # a value written twice on a line: without the place both are judged at the first
            continue
        out.append(
            (
                secret,
                filters.reject_reason(
                    rule, secret, line, path, (m.start(), m.start("secret"), m.end("secret"))
                ),
                filters.reject_reason(rule, secret, line, path),
            )
        )
    return out


def test_the_gate_rejects_before_the_other_checks() -> None:
    """The reason shows which check ran first: the key name's, given the place."""
    rule = _rules()["generic-key"]
    line = 'monkey = "2016-09-08T21:47:36Z"'
    [(secret, with_place, without)] = _both(rule, line, "app.py")
    assert secret == "2016-09-08T21:47:36Z"
    assert with_place == "key name is not credential-like or names no credential value"
    assert without == "timestamp or %{…} interpolation, not a credential"


@pytest.mark.parametrize(
    ("rule_id", "line"),
    [
        ("generic-key", 'api_key = "Zk8q2LmX9wR3vT7pYb4NcF"'),
        ("generic-key", '<add key="ApiKey" value="k2Lq9ZmX7wR3vT8pYb4N"/>'),
        ("generic-password", 'testPassword = "Hq2m9T41xN8sLvaBzK3pQw7R"'),
        ("generic-token", 'FAKE_API_TOKEN = "Hq2m9T41xN8sLvaBzK3pQw7R"'),
    ],
)
def test_credential_names_are_not_gated(rule_id: str, line: str) -> None:
    """A credential name, an XML pair's key attribute and a test name whose quoted value looks
    generated are still reported."""
    [(_, with_place, without)] = _both(_rules()[rule_id], line, "app.py")
    assert with_place is None
    assert without is None


def test_rule_examples_get_the_same_verdicts() -> None:
    """Every example and counter-example line of every rule, run through the six keyword rules."""
    lines = [t for r in load_rules() for t in (*r.examples, *r.counter_examples)]
    compared = 0
    for rule_id in FAMILY_RULES:
        rule = _rules()[rule_id]
        for text in lines:
            for line in text.splitlines():
                for path in ("app.py", "README.md", "config.yml"):
                    for secret, with_place, without in _both(rule, line, path):
                        assert (with_place is None) == (without is None), (rule_id, line, path)
                        compared += 1
    assert compared > 1000


_KEYS = st.sampled_from(
    [
        "api_key",
        "apiKey",
        "keyboard",
        "monkey",
        "KEYWORDS",
        "keys",
        "primary_key",
        "auth",
        "author",
        "Authority",
        "authToken",
        "passwd",
        "password_hash",
        "passThrough",
        "token",
        "tokens",
        "next_token",
        "secret",
        "secretary",
        "credentials",
        "credit",
        "testPassword",
        "mock_api_key",
        "PWD",
        "keyId",
        "key",
        "cache_key",
        "AUTH_HEADER",
        "pw",
        "token_type",
        "next_page_token",
        "api_key_id",
        "fileKey",
        "password_key",
        "OLDPWD",
        "verify_password",
        "labelAuthToken",
    ]
)
_OPS = st.sampled_from([" = ", ": ", "=", " := ", " => ", '": "', "': '", "(", '", "', " "])
_VALUES = st.sampled_from(
    [
        "Zk8q2LmX9wR3vT7pYb4NcF",
        "self.layout",
        "${VAR}",
        "changeme",
        "2016-09-08T21:47:36Z",
        "-0.001",
        'getenv("KEY")',
        "hunter2",
        "xxxxxxxxxxxx",
        "a1b2c3d4e5f6a7b8c9d0",
        "{noop}Zk8q2LmX9wR3",
        "user_id",
        "Q9mZ2kL8xW3vR7tP4yBn==",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    prefix=st.sampled_from(["", "    ", "const ", "# ", "  - ", "export ", "$", '<add key="']),
    key=_KEYS,
    op=_OPS,
    quote=st.sampled_from(["", '"', "'"]),
    value=_VALUES,
    path=st.sampled_from(["app.py", "main.go", "README.md", ".env", "config.yml", "tests/t.py"]),
)
def test_generated_assignments_get_the_same_verdicts(
    prefix: str, key: str, op: str, quote: str, value: str, path: str
) -> None:
    line = f"{prefix}{key}{op}{quote}{value}{quote}"
    for rule_id in FAMILY_RULES:
        for _secret, with_place, without in _both(_rules()[rule_id], line, path):
            assert (with_place is None) == (without is None), (rule_id, line, path)


def test_a_value_written_twice_is_judged_at_each_place(engines: dict[str, Engine]) -> None:
    """A JSON record holding a code excerpt and the value it expects: the excerpt's
    ``"AccountKey", "…"`` reads as a list of names, the record's ``"accountKey":"…"`` as an
    assignment. Each candidate is judged at its own place (once, both were judged at the first)."""
    value = "8jqRVtXUWiEthgIhR+dFwrB8gh3lFuquvJQ1v4eabOb=="
    line = (
        '{"text": "new Dictionary { { \\"AccountKey\\", \\"' + value + '\\" } }", '
        '"expected": {"accountKey":"' + value + '"}}\n'
    )
    for name, engine in engines.items():
        found = engine.scan_bytes(line.encode(), path="cases.jsonl")
        assert [(f.rule_id, f.column) for f in found] == [
            ("generic-key", line.rindex(value) + 1)
        ], name


@pytest.mark.parametrize(
    "line",
    [
        'api_key = "Zk8q2LmX9wR3vT7pYb4NcF"  # rotated\n',
        '# clé de l’API (ünïcode) — api_key = "Zk8q2LmX9wR3vT7pYb4NcF"\n',
        'ключ = "x"; api_key = "Zk8q2LmX9wR3vT7pYb4NcF"\n',
    ],
)
def test_the_engine_hands_over_the_place_also_after_non_ascii_text(
    engines: dict[str, Engine], line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The engine's byte offsets become character offsets on the decoded line: the filters find
    the candidate there and never search the line for it."""

    def no_search(*args: object) -> tuple[int, int, int]:
        raise AssertionError("the filters searched the line for the match")

    monkeypatch.setattr(filters, "_locate", no_search)
    for name, engine in engines.items():
        engine._decisions.clear()
        found = engine.scan_bytes(line.encode(), path="settings.py")
        assert [(f.rule_id, f.column) for f in found] == [
            ("generic-key", line.index("Zk8q") + 1)
        ], name
