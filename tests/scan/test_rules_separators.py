"""Keyword-anchored provider rules: which name/value separators they accept, and which they refuse.

The shared glue accepts an assignment operator (``=``, ``:``, ``=>``, ``:=``, ``.=``, ``:::=``, …).
Rules whose value cannot be a program identifier or a word — hex, a literal prefix with a digit or a
``-``/``_`` in it, or base64 padding — also accept a bare space or tab (``--x-api-key VALUE``,
Dockerfile ``ENV X_API_KEY VALUE``, ``setx``, fish ``set -x``). Rules with an identifier-like alphabet
(``[0-9A-Za-z_-]{20}``, …) still need an operator: ``Type name`` declarations and word lists would
otherwise match. The key name of every keyword-anchored rule may also hold spaces (``Datadog API key:``).
"""

from __future__ import annotations

import re

import pytest

from tether.scan.filters import reject_reason
from tether.scan.rules import Rule, load_rules
from tether.scan.validators import validate

PROVIDER_RULES = [r for r in load_rules() if not r.generic]
_OPERATORS = r"""(?:=>|[:?.+]{0,3}=|=[ \t]{0,3}[(\\]?[ \t]{0,3}\r?\n[ \t]{1,40}["'`]|:|["'][ \t]{0,3},|>[ \t]{0,5}(?:\r?\n[ \t]{0,40})?"""
SPACE_RULES = [r for r in PROVIDER_RULES if _OPERATORS + r"|[ \t])" in r.regex]
OPERATOR_RULES = [r for r in PROVIDER_RULES if _OPERATORS + ")" in r.regex]
# the key name in front of the value: strip the quotes, brackets and operator that follow it
_TAIL = re.compile(r"""["'`\])\s]*(?:=>|[:?.+]{0,3}=|:|,)?\s*["'`]?\s*$""")


def findings(rule: Rule, text: str) -> list[str]:
    out = []
    for m in rule.compiled.finditer(text):
        secret = m.group("secret")
        if reject_reason(rule, secret, text) is None and validate(rule.validator, secret):
            out.append(secret)
    return out


def name_and_value(rule: Rule) -> tuple[str, str] | None:
    """The key name and value of the rule's first example written as ``name = value``."""
    for example in rule.examples:
        m = rule.compiled.search(example)
        if m is None or "\n" in m.group(0):
            continue
        head = _TAIL.sub("", m.group(0)[: m.start("secret") - m.start()])
        if re.search(r"[A-Za-z0-9_]$", head) and not re.search(r"[<>\s]", head.strip()):
            return head.strip().strip("\"'[("), m.group("secret")
    return None


# the rules whose first single-line example reads ``name = value`` (the others are checked through
# their own examples in test_rules.py)
SPACE_PAIRS = [(r, p) for r in SPACE_RULES if (p := name_and_value(r)) is not None]
OPERATOR_PAIRS = [(r, p) for r in OPERATOR_RULES if (p := name_and_value(r)) is not None]


def test_partition_covers_the_glue_rules() -> None:
    assert len(SPACE_RULES) >= 70
    assert len(OPERATOR_RULES) >= 60
    assert not set(r.id for r in SPACE_RULES) & set(r.id for r in OPERATOR_RULES)
    # nearly every rule has a name = value example, so the tests below cover the glue
    assert len(SPACE_PAIRS) >= 0.8 * len(SPACE_RULES)
    assert len(OPERATOR_PAIRS) >= 0.8 * len(OPERATOR_RULES)


@pytest.mark.parametrize(("rule", "pair"), SPACE_PAIRS, ids=lambda x: getattr(x, "id", ""))
def test_space_separated_value_is_found(rule: Rule, pair: tuple[str, str]) -> None:
    name, value = pair
    for line in (f"  --{name} {value} \\", f"ENV {name} {value}", f"setx {name}\t{value}"):
        assert value in findings(rule, line), line


@pytest.mark.parametrize(("rule", "pair"), OPERATOR_PAIRS, ids=lambda x: getattr(x, "id", ""))
def test_identifier_alphabet_needs_an_operator(rule: Rule, pair: tuple[str, str]) -> None:
    name, value = pair
    assert findings(rule, f"{name} {value}") == []
    assert value in findings(rule, f"{name} = {value}")


@pytest.mark.parametrize(
    "text",
    [
        "syn keyword phpFunctions pdf_set_info_keywords pdf_set_info_subject pdf_show_boxed",
        "private final MistralApiKey mistralApiKeyProviderImplementation;",
        "TwilioAuthToken twilioAuthTokenFromEnvironment",
        "Datadog API key rotated in 2f7c0e1d9b8a4c3e5f6a7b8c9d0e1f2a",
    ],
)
def test_word_lists_and_declarations_are_not_keys(text: str) -> None:
    # path-scoped rules read whole files at their path (a one-line .vault_pass is its password)
    assert [r.id for r in PROVIDER_RULES if not r.paths and findings(r, text)] == []


@pytest.mark.parametrize(
    ("rule_id", "text"),
    [
        ("datadog-api-key", "Datadog API key: 6c1e0b7f2d9a4e3b8c5f1a0d7e2b9c4f"),
        (
            "sentry-auth-token-legacy",
            "Sentry auth token = " + "9d4c2b7e1f0a8c3d6e5b4a7f2c1d0e9b" * 2,
        ),
        ("codecov-token", "codecov upload-process --token 5b0f3c2e-8d4a-4f6b-9c1e-2a7d3e8f0b6c"),
        ("squarespace-api-key", "Squarespace API key: 4e1b9c7a-2d3f-4a8e-b6c5-0f9d8e7a6b5c"),
        ("mistral-api-key", "Mistral API key: Qk7vR2mXw9LpT4sN8bYc3HdF6gJz1aEu"),
    ],
)
def test_key_name_with_spaces(rule_id: str, text: str) -> None:
    rule = next(r for r in PROVIDER_RULES if r.id == rule_id)
    assert len(findings(rule, text)) == 1


NESTED_RULES = [r for r in PROVIDER_RULES if r":[ \t]{0,3}\r?\n[ \t]{1,20}[\w.-]{0,20})" in r.regex]


def test_most_keyword_anchored_rules_read_a_nested_yaml_key() -> None:
    assert len(NESTED_RULES) >= 120


@pytest.mark.parametrize(
    ("rule_id", "text", "found"),
    [
        # Helm values.yaml / Spring application.yml: the provider is the parent key
        ("datadog-api-key", "datadog:\n  apiKey: 6c1e0b7f2d9a4e3b8c5f1a0d7e2b9c4f", True),
        (
            "sendbird-api-token",
            "sendbird:\n  api_token: 3f9c2a7e1b0d4c8f6a5e2d1b9c7a0e4f3d2b1a6c",
            True,
        ),
        ("datadog-api-key", "datadog:\n  clusterName: 6c1e0b7f2d9a4e3b8c5f1a0d7e2b9c4f", False),
        # only the immediate child: a sibling block below is another service's key
        (
            "datadog-api-key",
            "datadog:\n\nother:\n  apiKey: 6c1e0b7f2d9a4e3b8c5f1a0d7e2b9c4f",
            False,
        ),
        ("datadog-api-key", "datadog:\napiKey: 6c1e0b7f2d9a4e3b8c5f1a0d7e2b9c4f", False),
    ],
)
def test_nested_yaml_key(rule_id: str, text: str, found: bool) -> None:
    rule = next(r for r in PROVIDER_RULES if r.id == rule_id)
    assert bool(findings(rule, text)) is found
