"""Provider rules widened to the providers' real formats (Slack http:// webhooks, CoinAPI's
upper-case keys, Facebook app tokens named only by a nearby ``facebook``)."""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine
from tether.scan.validators import slack_webhook

from .conftest import found_by_both

_HOOK = "hooks.slack.com/services/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"


@pytest.mark.parametrize(
    ("secret", "ok"),
    [
        ("https://" + _HOOK, True),
        ("http://" + _HOOK, True),
        ("http://hooks.slack.com/services/T4KQ7ZP2M/B7WD93RXJ1N/qqqqqqqqqqqqqqqqqqqqqqqq", False),
        ("ftp://" + _HOOK, False),
    ],
)
def test_slack_webhook_accepts_either_scheme(secret: str, ok: bool) -> None:
    assert slack_webhook(secret) is ok


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (f"curl -X POST http://{_HOOK} -d @msg.json", "slack-webhook-url"),
        ("X-CoinAPI-Key: 5E0C2A91-7B3D-4F68-9A1E-C4D27B8F6035", "coinapi-api-key"),
        (
            "# facebook app 1520986374421759|Qm4vT8xZr2LkPa9_cW3nYd6-HsE",
            "facebook-app-access-token",
        ),
    ],
)
def test_widened_rules_find(engines: dict[str, Engine], text: str, rule: str) -> None:
    assert rule in {r for r, _ in found_by_both(engines, text, "notes.txt")}


@pytest.mark.parametrize(
    "text",
    [
        # CoinAPI's own documentation key
        "X-CoinAPI-Key: 73034021-0EBC-493D-8A00-E0F138111F41",
        # an app id | secret shape with no Facebook name near it
        "| 1520986374421759|Qm4vT8xZr2LkPa9_cW3nYd6-HsE |",
        # the id glued to a longer number is not an app id
        "facebook 91520986374421759|Qm4vT8xZr2LkPa9_cW3nYd6-HsE",
    ],
)
def test_widened_rules_still_reject(engines: dict[str, Engine], text: str) -> None:
    rules = {r for r, _ in found_by_both(engines, text, "notes.txt")}
    assert not rules & {"coinapi-api-key", "facebook-app-access-token"}
