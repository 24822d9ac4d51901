"""Masked values in command lines: a deploy tool's dry run or a CI log prints where a password
went (pyinfra writes ``*MASKED*``; many tools print ``********``). The shell rules judge their
value themselves (not through the generic rules' placeholder checks), so the marker is known to
every rule. Found in held-out precision round 8 (11 findings in pyinfra). Values here are made up.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import found_by_both


@pytest.mark.parametrize(
    "line",
    [
        "mysql -u root -p*MASKED* app",
        "PGPASSWORD=*MASKED* psql -h db.internal -U app",
        "echo *MASKED* | docker login -u bob --password-stdin",
        "mysql -u root -p********** app",
        "mysql -u root -p**REDACTED** app",
    ],
)
def test_masked_value_is_not_reported(engines: dict[str, Engine], line: str) -> None:
    assert found_by_both(engines, line + "\n", "deploy.log") == []


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("mysql -u root -p*Kq9x*Lm2 app", "*Kq9x*Lm2"),
        ("PGPASSWORD=*Tz8qLm3Kx9Wr psql -h db.internal -U app", "*Tz8qLm3Kx9Wr"),
    ],
)
def test_a_password_with_asterisks_is_still_reported(
    engines: dict[str, Engine], line: str, value: str
) -> None:
    assert value in {v for _, v in found_by_both(engines, line + "\n", "deploy.sh")}
