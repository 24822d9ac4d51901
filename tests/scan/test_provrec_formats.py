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

import base64
import zlib

import pytest

from tether.scan.engine import Engine
from tether.scan.findings import Provenance
from tether.scan.heuristics import is_placeholder
from tether.scan.rules import load_rules

from .test_filters import kept as kept_in

RULES = load_rules()
BY_ID = {r.id: r for r in RULES}
ENGINE = Engine(RULES, key=b"p" * 32, engine="re", jobs=1)

# made-up random bodies
BODY32 = "Kx7pQ2mZ9vR4tW8yB3nL6cF1hJ5sD0gA"
BODY58 = "q7Zk2Lp9Xw4Rt6Yb1Nc8Mv3Hs5Jd0Gf2Qe7Ua9Io4Py6Tr1Ew3Sd5Fg8hK"


def kept(rule_id: str, line: str, path: str = "settings.env") -> bool:
    return kept_in(rule_id, line, path)


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


def test_meta_token_with_app_id_a() -> None:
    token = "EAAAAUaZ" + BODY58 + BODY32 + BODY32
    got = scan(f"FACEBOOK_ACCESS_TOKEN={token}")
    assert token in got.get("facebook-access-token", set())
    # a Square-length EAAA token is not a Meta token
    square = "EAAAE" + BODY58 + "q"
    assert "facebook-access-token" not in scan(f"SQUARE_ACCESS_TOKEN={square}")


# --- Dependency-Track --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "token",
    [
        "odt_" + BODY32,  # Alpine < 3.2: prefix + 32
        "odt_Rk2mQ9xL_" + BODY32,  # Alpine >= 3.2: prefix + 8-character public id + _ + 32
        "odt_Rk2mQ_" + BODY32,  # a regenerated legacy key keeps its 5-character public id
    ],
)
def test_dependency_track_formats(token: str) -> None:
    got = scan(f'curl -H "X-Api-Key: {token}" https://dtrack.example.invalid/api/v1/project')
    assert token in got.get("dependency-track-api-key", set())


@pytest.mark.parametrize(
    "token",
    [
        "odt_Rk2mQ9xL_" + BODY32[:-1],  # secret one short
        "odt_Rk2mQ9x_" + BODY32,  # public id of 7
        "odt_" + BODY32[:-2],
    ],
)
def test_dependency_track_malformed(token: str) -> None:
    got = scan(f"DTRACK_API_KEY={token}")
    assert "dependency-track-api-key" not in got


# --- GitLab routable tokens ---------------------------------------------------------------------
# GitLab's RoutableToken generator: <prefix><base64url payload>.<version 2>.<payload length 2><crc 7>
# (the first form had no version field); runner tokens of group and project runners are routable
# with the prefix glrt-t2_ / glrt-t3_. Made-up tokens built the same way.


def _b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out or "0"


def routable(prefix: str, payload: str, versioned: bool = True) -> str:
    body = payload.encode() + bytes(range(40, 56)) + bytes([16])
    enc = base64.urlsafe_b64encode(body).decode().rstrip("=")
    length = _b36(len(enc)).rjust(2, "0")
    head = f"{prefix}{enc}.01.{length}" if versioned else f"{prefix}{enc}.{length}"
    return head + _b36(zlib.crc32(head.encode())).rjust(7, "0")


@pytest.mark.parametrize(
    ("prefix", "payload", "versioned"),
    [
        ("glrt-t2_", "g:5k\no:1", True),
        ("glrt-t3_", "o:1\np:2q", True),
        ("glrt-t2_", "g:5k\no:1", False),
    ],
)
def test_gitlab_routable_runner_token(prefix: str, payload: str, versioned: bool) -> None:
    token = routable(prefix, payload, versioned)
    got = scan(f'  token = "{token}"', "config.toml")
    assert token in got.get("gitlab-runner-token", set())


def test_gitlab_unversioned_routable_pat() -> None:
    token = routable("glpat-", "o:1\nu:3f", versioned=False)
    assert token in scan(f"GITLAB_TOKEN={token}").get("gitlab-routable-pat", set())
    versioned = routable("glpat-", "o:1\nu:3f")
    assert versioned in scan(f"GITLAB_TOKEN={versioned}").get("gitlab-routable-pat", set())


@pytest.mark.parametrize(
    "text",
    [
        "token = glrt-t2_" + "Zk2Lp9Xw4Rt6Yb1Nc8Mv3Hs5Jd0Gf" + ".01.0y1",  # checksum cut short
        "token = glrt-t2_" + "Zk2Lp9Xw4Rt6Yb1" + ".01.0y18osis2",  # payload under 27
        "GITLAB_TOKEN=glpat-" + "Zk2Lp9Xw4Rt6Yb1Nc8Mv3Hs5Jd0Gf" + ".0y1kmc",  # unversioned, short
    ],
)
def test_gitlab_routable_malformed(text: str) -> None:
    got = scan(text)
    assert "gitlab-runner-token" not in got
    assert "gitlab-routable-pat" not in got
