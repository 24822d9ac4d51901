"""Scanner gaps found by sweeping realistic credential files (fixed in general, not per file)."""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(key=b"k" * 32, jobs=1)


def _rules(engine: Engine, line: str, path: str = "x.json") -> list[str]:
    return [f.rule_id for f in engine.scan_bytes(line.encode(), path=path)]


@pytest.mark.parametrize(
    "token",
    [
        # long random tokens in which a short placeholder word or a run of four equal
        # characters occurs by chance (MSAL refresh tokens, AWS SSO cache tokens)
        "1.AXoAtestq8Zr2-Kd_" + "Jk4Qm7Vx2Rb9Tn3Wp6Ys1Hc5Lf8Gd0Ae7Uo2Iz4" * 7,
        "aoaNoNeZ3k9Pq" + "Xw7Lm2Rt8Yv4Bn6Kj1Hs5Gd3Fa0Qe9Wc2Mz" * 6 + "AAAA7Lm2R",
    ],
)
def test_long_random_tokens_with_chance_words_are_found(engine: Engine, token: str) -> None:
    assert _rules(engine, f'"secret": "{token}"') == ["generic-secret"]


@pytest.mark.parametrize(
    "line",
    [
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        'API_TOKEN="your-api-token-goes-here-replace-me-with-the-real-one-from-the-dashboard"',
        'TOKEN="sk-' + "*" * 70 + '"',
        '"secret": "' + "Jk4Qm7Vx2Rb9Tn3W" * 4 + "00000000" + '"',
    ],
)
def test_placeholders_and_masks_are_still_rejected(engine: Engine, line: str) -> None:
    assert _rules(engine, line, ".env") == []


def test_unquoted_django_key_in_env_file(engine: Engine) -> None:
    key = "&xwfe!4p1$c9#)m-gg(*srh7ewet3k0b$2v@ld8q^n5y%j1+z_"
    assert _rules(engine, f"SECRET_KEY={key}\n", ".env") == ["django-secret-key-env"]
