"""Slack Workflow Builder webhook triggers: ``https://hooks.slack.com/triggers/T…/<digits>/<32 hex>``."""

from __future__ import annotations

import pytest

from tether.scan.validators import slack_webhook

_BASE = "https://hooks.slack.com/triggers/T05QK7RW2LM/7203958146621/"


@pytest.mark.parametrize(
    ("secret", "ok"),
    [
        (_BASE + "9c41e0b7d25a6f83e1c0d94b7a2f56e3", True),
        (_BASE + "abcdefabcdefabcdefabcdefabcdefab", False),  # no digit: a placeholder
        (_BASE + "12345678901234567890123456789012", False),  # no letter
        (_BASE + "9c41e0b7d25a6f83e1c0d94b7a2f56", False),  # too short
        (
            "https://hooks.slack.com/triggers/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",
            False,
        ),
        ("https://hooks.slack.com/services/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", True),
    ],
)
def test_slack_trigger_url(secret: str, ok: bool) -> None:
    assert slack_webhook(secret) is ok
