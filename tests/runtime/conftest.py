"""Fixtures for runtime tests: an initialised vault holding canary values, and a project folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_tether

SECRETS = {
    "tether://dev/app/stripe_key": "sk_live_CANARY_4eC39HqLyjWDarjtT1zdp7dc",
    "tether://dev/app/db_password": "CANARY-pw-Zr8#q!x 2",
    "tether://dev/app/jwt_secret": "CANARY_jwt_9f8a7sd6f5a4s3d2f1g0h9",
}


def set_secret(ref: str, value: str) -> None:
    res = run_tether("set", ref, "--file", "-", input=value)
    assert res.returncode == 0, res.stderr


@pytest.fixture
def vault(initialized: Path) -> dict[str, str]:
    for ref, value in SECRETS.items():
        set_secret(ref, value)
    return dict(SECRETS)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "proj"
    folder.mkdir()
    return folder
