"""Precision fixes from a third held-out set (PyPI sdists, npm packages, Debian packages' configs
and docs): classes of false findings, each with the values the same rule must still report.

Every generated-looking value here is made up for the test; the published ones are the point.
"""

from __future__ import annotations

import pytest

from .test_filters import kept

reported = kept  # a candidate of the rule on the line passes the filters


# ------------------------------------------------------------------ published values


@pytest.mark.parametrize(
    ("rule_id", "line"),
    [
        (
            "generic-key",
            "'account_key': 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/"
            "K1SZFPTOtr/KBHBeksoGMGw=='",
        ),
        ("openssl-passphrase-arg", "openssl pkcs12 -in ORIG.p12 -passin pass:notasecret \\"),
        ("generic-secret", "        secret = radsec"),
        ("generic-password", "#    file needs this password: `xxj31ZMTZzkVA'."),
        ("stripe-test-secret-key", 'test_api_key = "sk_test_BQokikJOvBiI2HlWgH4olfQ2"'),
    ],
)
def test_published_values_are_not_reported(rule_id: str, line: str) -> None:
    assert not reported(rule_id, line, "etc/app.conf")


def test_a_private_stripe_test_key_is_still_reported() -> None:
    assert reported("stripe-test-secret-key", 'api_key = "sk_test_Q8mZ3vK7pLx2Wn4Rt9Yb6Hc1"')
