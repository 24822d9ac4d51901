"""Which env settings `tether import` treats as secrets."""

from __future__ import annotations

import pytest

from tether.runtime.detect import secret_reason

SECRET = [
    ("STRIPE_KEY", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
    ("SOMETHING", "sk_live_9Qm2Xv7LpR4tZk8WnB3cJd6F"),
    ("DATABASE_URL", "postgres://app:S3cr3tPw0rd9x@db:5432/app"),
    ("JWT_SECRET", "short"),
    ("DB_PASSWORD", "hunter2hunter2"),
    ("GITHUB_TOKEN", "abc123def456"),
    ("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY"),
]
PLAIN = [
    ("PORT", "3000"),
    ("DEBUG", "true"),
    ("NODE_ENV", "development"),
    ("APP_NAME", "shop"),
    ("PUBLIC_URL", "http://localhost:3000"),
    ("NEXT_PUBLIC_STRIPE_KEY", "pk_test_abc"),
    ("API_KEY", ""),
    ("LOG_LEVEL", "info"),
]


@pytest.mark.parametrize(("key", "value"), SECRET)
def test_secrets_are_detected(key: str, value: str) -> None:
    assert secret_reason(key, value) is not None


@pytest.mark.parametrize(("key", "value"), PLAIN)
def test_plain_settings_are_not(key: str, value: str) -> None:
    assert secret_reason(key, value) is None
