"""Provider-rule recall from documented token formats (branch ``provrec``). Values are made up.

- a key named for a provider whose name starts with a verb word (New Relic, MaxMind, ReadMe, New
  York Times) names that provider's credential, not a "new", "max" or "read" value;
- a run of ``A`` (base64's zero) in the first characters of a long encoded token is its binary
  header (Square ``EAAA`` + a body starting with ``A``, Meta ``EAAAAU…``), not a mask;
- Dependency-Track keys of Alpine 3.2's format ``odt_<public id>_<secret>``;
- Meta access tokens whose app-id character after ``EAA`` is ``A``;
- GitLab routable runner tokens (``glrt-t2_…``) and the unversioned routable PAT form.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine
from tether.scan.filters import reject_reason
from tether.scan.findings import Provenance
from tether.scan.heuristics import is_placeholder
from tether.scan.rules import load_rules

RULES = load_rules()
BY_ID = {r.id: r for r in RULES}
ENGINE = Engine(RULES, key=b"p" * 32, engine="re", jobs=1)

# made-up random bodies
BODY32 = "Kx7pQ2mZ9vR4tW8yB3nL6cF1hJ5sD0gA"
BODY58 = "q7Zk2Lp9Xw4Rt6Yb1Nc8Mv3Hs5Jd0Gf2Qe7Ua9Io4Py6Tr1Ew3Sd5Fg8hK"


def kept(rule_id: str, line: str, path: str = "settings.env") -> bool:
    rule = BY_ID[rule_id]
    pos = 0
    while (m := rule.compiled.search(line, pos)) is not None:
        if reject_reason(rule, m.group("secret"), line, path) is None:
            return True
        pos = m.start() + 1
    return False


def scan(text: str, path: str = "config.env") -> dict[str, set[str]]:
    findings, _ = ENGINE.scan_blob(text.encode(), Provenance("file", path))
    out: dict[str, set[str]] = {}
    for f in findings:
        out.setdefault(f.rule_id, set()).add(f.secret.reveal())
    return out


# --- provider names that begin with a verb word -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        f"NEW_RELIC_API_KEY={BODY32}",
        f'new_relic_token = "{BODY32}"',
        f'newRelicApiKey: "{BODY32}"',
        f'new-relic-token: "{BODY32}"',
        f'String newRelicToken = "{BODY32}";',
        f"MAX_MIND_LICENSE_KEY={BODY32}",
        f'readMeApiKey = "{BODY32}"',
        f"NEW_YORK_TIMES_API_KEY={BODY32}",
    ],
)
def test_provider_name_starting_with_a_verb_word_is_kept(line: str) -> None:
    assert any(v == BODY32 for vs in scan(line).values() for v in vs), "no finding"


@pytest.mark.parametrize(
    "line",
    [
        # the verb words still mean what they meant before a credential word or another noun
        f'new_token = "{BODY32}"',
        f'newApiKey = "{BODY32}"',
        f'max_token = "{BODY32}"',
        f'read_secret = "{BODY32}"',
        f'new_relay_token = "{BODY32}"',
    ],
)
def test_verb_word_keys_still_rejected(line: str) -> None:
    assert not any(kept(rid, line) for rid in ("generic-token", "generic-key", "generic-secret"))


# --- runs of A in a token's encoded header ----------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        # under 64 characters a run of four is a mask unless it is such a header (64 or more
        # random-looking characters already needed a run of eight)
        "EAAAAA" + BODY58[:49],  # EAAA + a body that starts with AA
        "EAAAAU" + BODY32,
        "AAAAB" + BODY58,  # base64 of a blob whose first bytes are zero
        "AAAAAAAB" + BODY32,
    ],
)
def test_zero_run_header_is_not_a_mask(value: str) -> None:
    assert len(value) < 64
    assert is_placeholder(value) is None


def test_zero_run_header_token_under_a_credential_name_is_reported() -> None:
    token = "EAAAAA" + BODY58[:49]
    got = scan(f'squareToken = "{token}"')
    assert any(token in vs for vs in got.values()), "no finding"


@pytest.mark.parametrize(
    "value",
    [
        "A" * 48,  # filler
        "EAAAAAAAAAAAAAAAAAAA" + BODY32,  # a run too long for a header
        "EAAAA" + "*" * 40,  # a masked token
        "AAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",  # masked after the header
        "EAAAA" + "Zk2Lp9",  # too short to be an encoded token
        "sk_live_AAAA" + BODY32,  # a run after the first three characters
        # Jenkins' encrypted secret (version 1, IV length 16, data length): ciphertext, and the
        # run of A starts at the seventh character
        "AQAAABAAAAAQ" + BODY32,
        "BBBBB" + BODY58,  # only A is base64's zero
        "EAAAAA" + "abababababababababababababab",  # the rest is no random body
    ],
)
def test_masks_and_fillers_keep_their_reason(value: str) -> None:
    assert is_placeholder(value) == "masked or repeated characters"


def test_square_token_with_a_body_starting_with_a() -> None:
    token = "EAAAAA" + BODY58
    assert len(token) == 64
    got = scan(f"SQUARE_ACCESS_TOKEN={token}")
    assert token in got.get("square-access-token", set())
    got = scan(f'squareToken = "{token}"')
    assert token in got.get("square-access-token", set())
